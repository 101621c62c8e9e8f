"""The command line: parse arguments, call the core, hand the result to render or JSON.

Heavy modules (pydantic, the engines, openai, questionary) are imported inside
the commands so that ``trainer --help`` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from trainer.errors import ContentError, ExitCode, TrainerError

ORDER = ("demo", "play", "scenarios", "show", "interview", "grade", "transcripts", "replay", "progress", "history", "override", "report",
         "export", "calibrate", "validate", "new", "try", "check")


class _Group(TyperGroup):
    """Catches the core's errors once, prints them plainly, and exits with their code."""

    def list_commands(self, ctx):
        names = super().list_commands(ctx)
        return sorted(names, key=lambda name: ORDER.index(name) if name in ORDER else len(ORDER))

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ContentError as exc:
            for problem in exc.problems:
                typer.echo(str(problem), err=True)
            raise typer.Exit(exc.exit_code) from None
        except TrainerError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("\ninterrupted", err=True)
            raise typer.Exit(ExitCode.INTERRUPTED) from None


app = typer.Typer(
    cls=_Group,
    help="Practise customer service and rehearse service interviews, graded on the six service pillars.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"trainer {version('service-trainer')}")
        except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
            typer.echo("trainer (not installed)")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the installed version and exit.")] = False,
) -> None:
    """Practise customer service and rehearse service interviews, graded on the six service pillars."""


ScenarioDirs = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer needs Optional here
    typer.Option("--scenarios", help="Another folder of scenario YAML files (searched after ./scenarios).", show_default=False),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON instead of tables.")]
Trainee = Annotated[Optional[str], typer.Option("--trainee", help="Who is practising, for the history (default: TRAINER_TRAINEE, else your login name).", show_default=False)]  # noqa: UP045
Record = Annotated[bool, typer.Option("--record/--no-record", help="Add the graded session to the history ($TRAINER_HOME/history.db, or TRAINER_DB).")]


def _print_json(data) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n")


@app.command("scenarios")
def list_scenarios(
    channel: Annotated[Optional[str], typer.Option(help="Only this channel: phone, chat, email or in-person.", show_default=False)] = None,  # noqa: UP045
    difficulty: Annotated[Optional[str], typer.Option(help="Only this difficulty (1-5) or range ('2-4').", show_default=False)] = None,  # noqa: UP045
    pillar: Annotated[Optional[str], typer.Option(help="Only scenarios that stress this pillar (empathy, reliability...).", show_default=False)] = None,  # noqa: UP045
    tag: Annotated[Optional[str], typer.Option(help="Only scenarios with this tag (a trade such as retail or healthcare).", show_default=False)] = None,  # noqa: UP045
    scenarios: ScenarioDirs = None,
    as_json: JsonFlag = False,
) -> None:
    """List the scenarios you can play, optionally filtered."""
    from trainer import catalog
    from trainer.catalog import matching

    found = catalog.scenarios(scenarios)
    rows = []
    for entry in matching(list(found.entries.values()), channel=channel, difficulty=difficulty, pillar=pillar, tag=tag):
        card = entry.item.brief_card()
        rows.append(
            {
                "id": entry.id,
                "title": card["title"],
                "channel": card["channel"],
                "difficulty": card["difficulty"],
                "stresses": card["stresses"],
                "tags": card["tags"],
                "path": str(entry.path),
                "origin": entry.origin,
                "overrides": str(entry.overrides) if entry.overrides else None,
            }
        )
    if as_json:
        _print_json(rows)
    else:
        from trainer import render

        render.scenarios_table(rows)
    if found.problems:
        files = len({p.path for p in found.problems})
        command = " ".join(["trainer validate", *(str(p) for p in scenarios or [])])
        typer.echo(f"warning: {files} scenario file(s) could not be loaded; run '{command}' to see why", err=True)


@app.command()
def show(
    scenario: Annotated[str, typer.Argument(help="Scenario id, as listed by 'trainer scenarios'.")],
    scenarios: ScenarioDirs = None,
    as_json: JsonFlag = False,
) -> None:
    """Show a scenario's brief (never the hidden facts)."""
    from trainer import catalog

    card = catalog.scenarios(scenarios).get(scenario).brief_card()
    if as_json:
        _print_json(card)
    else:
        from trainer import render

        render.brief(card)


@app.command()
def validate(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders to check (default: all scenarios and rubrics).", show_default=False)] = None,  # noqa: UP045
    strict: Annotated[bool, typer.Option("--strict", help="Treat lint warnings (patterns that cannot match as meant, facts nothing reveals...) as errors.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Check content files; print file:line problems, then lint warnings; exit 1 on problems (or warnings with --strict)."""
    from trainer.validation import validate_paths

    report = validate_paths(list(paths or []))
    if as_json:
        _print_json({**report.as_dict(), "strict": strict})
    else:
        from trainer import render

        for problem in report.problems:
            typer.echo(str(problem))
        for warning in report.warnings:
            typer.echo(f"{warning} ({'error' if strict else 'warning'})")
        render.validation(report, strict)
    if not report.ok or strict and report.warnings:
        raise typer.Exit(ExitCode.USER_ERROR)


def _read_script(path: Path) -> str:
    from trainer.inputs import read_text

    return read_text(path, "script file")


@app.command()
def play(
    scenario: Annotated[str, typer.Argument(help="Scenario id, as listed by 'trainer scenarios'.")],
    script: Annotated[Optional[Path], typer.Option("--script", help="Play without a terminal: one reply per line ('-' reads stdin); '[+12s]' at the start of a line says the reply took 12 s.", show_default=False)] = None,  # noqa: UP045
    seed: Annotated[int, typer.Option(help="Seed for the customer's choice of words; same seed, same conversation.")] = 0,
    engine: Annotated[str, typer.Option("--customer", "--engine", help="Who plays the customer: rules (offline, default) or llm (a model; see --model, --base-url).")] = "rules",
    model: Annotated[Optional[str], typer.Option(help="Model for --customer llm (default: TRAINER_MODEL).", show_default=False)] = None,  # noqa: UP045
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama (default: OPENAI_BASE_URL).", show_default=False)] = None,  # noqa: UP045
    show_mood: Annotated[bool, typer.Option("--show-mood", help="Show the customer's mood after each line (a real customer does not show one).")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="For authors: after each reply, show its acts, the needs it met, the facts it revealed, policy said right or wrong, and which pattern or example matched.")] = False,
    typing: Annotated[bool, typer.Option("--typing/--no-typing", help="Pause briefly before the customer's lines, as if typing.")] = True,
    trainee: Trainee = None,
    official: Annotated[bool, typer.Option("--official", help="Record this as an official attempt (checked against the pass mark, seen in reports); otherwise it is practice.")] = False,
    record: Record = True,
    scenarios: ScenarioDirs = None,
    as_json: JsonFlag = False,
) -> None:
    """Play a scenario live, or scripted with --script."""
    from trainer import catalog
    from trainer.session import MAX_REPLY_CHARS, Session, is_command, parse_script, play_script

    chosen = catalog.scenarios(scenarios).get(scenario)
    options: dict = {}
    streaming = engine == "llm" and script is None and not as_json and not explain
    if engine == "llm":
        from trainer import llm

        options = {"settings": llm.settings(model, base_url, seed), "on_notice": lambda line: typer.echo(f"note: {line}", err=True)}
        if streaming:
            from trainer import render

            options["on_token"] = render.stream_token
    if record:
        from trainer.history.recording import trainee_name

        trainee = trainee_name(trainee)
    session = Session(chosen, engine=engine, seed=seed, trainee=trainee, official=official, **options)
    unused = 0
    if script is not None:
        lines = parse_script(_read_script(script))
        if not lines:
            raise TrainerError(f"{script}: no replies in the script (one reply per line; '#' lines and blank lines are skipped)")
        transcript = play_script(session, lines)
        for text in session.refused:
            typer.echo(f"note: a reply of {len(text):,} characters was refused (the limit is {MAX_REPLY_CHARS:,}); the script went on", err=True)
        replies = [line for line in lines if not is_command(line.text)]
        unused = len(replies) - session.agent_turns - len(session.refused)
        if unused > 0:
            typer.echo(f"note: the conversation ended after {session.agent_turns} of {len(replies)} replies; the rest were not used", err=True)
    else:
        if not sys.stdin.isatty():
            raise TrainerError("standard input is not a terminal; use --script FILE (or --script - to read replies from stdin)")
        from trainer import terminal

        try:
            terminal.play_interactive(session, show_mood=show_mood, typing=typing and not streaming, explain=explain, streaming=streaming)
        except KeyboardInterrupt:
            session.end("interrupted")
            typer.echo(f"\ninterrupted; the conversation so far is saved in {session.path}", err=True)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        transcript = session.transcript
    _finish_session(session, transcript, as_json, show_conversation=script is not None, unused=unused, show_mood=show_mood, explain=explain,
                    record=record)


@app.command("try")
def try_reply(
    scenario: Annotated[str, typer.Argument(help="Scenario id, as listed by 'trainer scenarios'.")],
    reply: Annotated[Optional[str], typer.Argument(help="The reply to try; with --script, it is tried after the script's replies.", show_default=False)] = None,  # noqa: UP045
    script: Annotated[Optional[Path], typer.Option("--script", help="Replies to play first, one per line (as for 'play --script'); without REPLY, every one is explained.", show_default=False)] = None,  # noqa: UP045
    seed: Annotated[int, typer.Option(help="Seed for the customer's choice of words.")] = 0,
    scenarios: ScenarioDirs = None,
    as_json: JsonFlag = False,
) -> None:
    """Show what a reply does in a scenario: acts, needs met, facts revealed, policy said right or wrong,
    the customer's reaction and mood, and which pattern or example matched each. Nothing is saved.
    """
    from trainer import catalog
    from trainer.authoring.explain import try_replies
    from trainer.session import ScriptLine, parse_script

    chosen = catalog.scenarios(scenarios).get(scenario)
    lines = parse_script(_read_script(script)) if script is not None else []
    if reply is not None:
        lines.append(ScriptLine(reply))
    if not lines:
        raise TrainerError("give a reply to try (trainer try ID \"your reply\") or --script FILE")
    explained, opening = try_replies(chosen, lines, seed)
    if reply is not None and len(explained) < len(lines):
        raise TrainerError(f"the customer ended the conversation after {len(explained)} of the script's {len(lines) - 1} replies, so the reply was not reached")
    shown = explained[-1:] if reply is not None else explained
    if as_json:
        _print_json({"scenario": chosen.id, "opening": opening, "played": len(explained), "turns": shown})
        return
    from trainer import render

    if len(shown) == len(explained):
        render.chat_line("customer", chosen.first_name, opening)
    else:
        render.console.print(f"[dim]after {len(explained) - 1} scripted replies (the customer last said: {render.escape(explained[-2]['customer'])})[/dim]")
    for item in shown:
        render.explained_turn(item, chosen.first_name)
    if len(explained) < len(lines):
        typer.echo(f"note: the conversation ended after {len(explained)} of {len(lines)} replies; the rest were not played", err=True)


@app.command()
def new(
    scenario: Annotated[str, typer.Argument(help="The new scenario's id (lower case and hyphens), also its file name.")],
    title: Annotated[Optional[str], typer.Option(help="Its title (default: from the id).", show_default=False)] = None,  # noqa: UP045
    channel: Annotated[str, typer.Option(help="phone, chat, email or in-person.")] = "phone",
    difficulty: Annotated[int, typer.Option(help="1 (gentlest) to 5 (hardest).", min=1, max=5)] = 3,
    tag: Annotated[Optional[list[str]], typer.Option("--tag", help="A tag such as the trade (retail, healthcare...); repeat for more.", show_default=False)] = None,  # noqa: UP045
    folder: Annotated[Path, typer.Option("--folder", help="Where to write it.")] = Path("scenarios"),
    as_json: JsonFlag = False,
) -> None:
    """Start a new scenario: a commented skeleton that validates, ready to fill in and try."""
    from trainer.authoring.scaffold import scaffold

    path = scaffold(scenario, folder, title=title, channel=channel, difficulty=difficulty, tags=tag)
    if as_json:
        _print_json({"id": scenario, "path": str(path)})
        return
    typer.echo(f"wrote {path}")
    typer.echo(f"next: edit it, then  trainer validate --strict {path}  and  trainer try {scenario} \"your reply\"")


@app.command()
def check(
    targets: Annotated[Optional[list[str]], typer.Argument(help="Scenario ids, files or folders (default: every scenario found).", show_default=False)] = None,  # noqa: UP045
    rubric: Annotated[str, typer.Option(help="Rubric id or YAML file to grade with.")] = "six-pillars",
    scenarios: ScenarioDirs = None,
    as_json: JsonFlag = False,
) -> None:
    """Play each scenario's examples and check what they should score, like a test runner; exit 1 on a failure."""
    from trainer import catalog
    from trainer.authoring.check import check as run_checks
    from trainer.authoring.check import resolve_targets

    chosen = resolve_targets(list(targets or []), catalog.scenarios(scenarios))
    results = run_checks(chosen, catalog.load_rubric(rubric))
    without = [s.id for s in chosen if not s.examples]
    if as_json:
        _print_json({"passed": sum(r.passed for r in results), "failed": sum(not r.passed for r in results),
                     "without_examples": without, "results": [r.as_dict() for r in results]})
    else:
        from trainer import render

        render.check_results(results, without)
    if any(not r.passed for r in results):
        raise typer.Exit(ExitCode.USER_ERROR)


def _explained(session) -> list[dict]:
    from trainer.authoring.explain import explain_turn

    return [explain_turn(session.scenario, 2 * i + 2, text, turn) for i, (text, turn) in enumerate(session.exchanges)]


def _finish_session(session, transcript, as_json: bool, show_conversation: bool = False, unused: int = 0,
                    show_mood: bool = False, explain: bool = False, record: bool = False) -> None:
    from trainer.results import conversation, session_result

    result = session_result(session.scenario, transcript, session.path)
    if transcript.official:
        result["official"] = True
    if record and transcript.trainee and result["turns"]:  # a peek at the brief with no reply is not a session
        result["session_id"] = _record_conversation(result, transcript, session.scenario)
    explained = _explained(session) if explain else None
    if as_json:
        if unused:
            result["unused_replies"] = unused
        if session.refused:
            result["refused_replies"] = len(session.refused)
        result["conversation"] = conversation(transcript, explained)
        _print_json(result)
        return
    from trainer import render

    if show_conversation and explained is not None:
        render.chat_line("customer", session.scenario.first_name, transcript.turns[0].text)
        for item in explained:
            render.explained_turn(item, session.scenario.first_name)
    elif show_conversation:
        render.replay(transcript, {"agent": "you", "customer": session.scenario.first_name, "coach": "hint"}, show_outcome=False, show_mood=show_mood)
    render.outcome(transcript, session.path)
    render.session_scorecard(result)


def _record_conversation(result: dict, transcript, scenario) -> int | None:
    """Keep the graded session in the history; a history that cannot be written costs a warning, not the session."""
    from trainer import catalog
    from trainer.history import recording

    rubric = catalog.load_rubric()
    made = recording.conversation_record(result, trainee=transcript.trainee, rubric_hash=recording.rubric_hash(rubric),
                                         official=transcript.official, pass_mark=result.get("pass_mark"),
                                         difficulty=scenario.difficulty if scenario else None)
    try:
        return recording.save(made)
    except TrainerError as exc:
        typer.echo(f"warning: the session was not added to the history: {exc}", err=True)
        return None


@app.command()
def demo(
    seed: Annotated[int, typer.Option(help="Seed for the customer's choice of words.")] = 0,
    as_json: JsonFlag = False,
) -> None:
    """Watch an example trainee play, then see the scorecard.

    Plays 'damaged-birthday-gift' offline with a built-in example trainee, in a few seconds.
    """
    from trainer import catalog, demo
    from trainer.session import Session, parse_script, play_script

    scenario = catalog.scenarios().get(demo.SCENARIO)
    session = Session(scenario, seed=seed)
    transcript = play_script(session, parse_script(demo.SCRIPT))
    if not as_json:
        from trainer import render

        render.brief(scenario.brief_card())
        render.replay(transcript, {"agent": "you", "customer": scenario.first_name, "coach": "hint"}, show_outcome=False)
        render.outcome(transcript, None)
        render.console.print(f"[dim]transcript saved to {session.path}[/dim]\n")
        result = _result(session, transcript)
        render.session_scorecard(result)
        render.console.print("\n[dim]Your turn: trainer play damaged-birthday-gift[/dim]")
        return
    _print_json(_result(session, transcript))


def _result(session, transcript) -> dict:
    from trainer.results import session_result

    return session_result(session.scenario, transcript, session.path)


@app.command()
def grade(
    files: Annotated[list[Path], typer.Argument(help="Saved transcripts (.yaml) or chat logs (.jsonl / .json: role customer|agent or user|assistant, content, optional seconds).")],
    scenario: Annotated[Optional[str], typer.Option("--scenario", help="Judge against this scenario's policy and needs (otherwise those criteria are not assessed).", show_default=False)] = None,  # noqa: UP045
    rubric: Annotated[Optional[str], typer.Option("--rubric", help="Rubric id or path to a rubric YAML.", show_default=False)] = None,  # noqa: UP045
    channel: Annotated[Optional[str], typer.Option("--channel", help="phone, chat, email or in-person: how a log without a scenario was held (default chat).", show_default=False)] = None,  # noqa: UP045
    judge: Annotated[str, typer.Option("--judge", help="Who judges the criteria: rules (offline detectors, default) or llm (a model that must quote its evidence).")] = "rules",
    model: Annotated[Optional[str], typer.Option(help="Model for --judge llm (default: TRAINER_MODEL).", show_default=False)] = None,  # noqa: UP045
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible endpoint (default: OPENAI_BASE_URL).", show_default=False)] = None,  # noqa: UP045
    seed: Annotated[Optional[int], typer.Option(help="Seed sent to the model with --judge llm (recorded with the score).", show_default=False)] = None,  # noqa: UP045
    trainee: Annotated[Optional[str], typer.Option("--trainee", help="Record the scores in this trainee's history (saved transcripts are recorded under the trainee they name).", show_default=False)] = None,  # noqa: UP045
    record: Record = True,
    jobs: Annotated[Optional[int], typer.Option("--jobs", help="Files graded at once (default: one per CPU core offline, 8 with --judge llm).", min=1, max=64, show_default=False)] = None,  # noqa: UP045
    scenarios: ScenarioDirs = None,
    as_json: JsonFlag = False,
) -> None:
    """Grade saved transcripts or real chat logs.

    With --json, one scorecard per line, in the order the files were given.
    """
    from trainer.results import grade_files
    from trainer.vocab import CHANNELS

    if channel is not None and channel not in CHANNELS:
        typer.echo(f"error: --channel must be one of {', '.join(CHANNELS)}, not {channel!r}", err=True)
        raise typer.Exit(ExitCode.USER_ERROR)
    if judge not in ("rules", "llm"):
        raise TrainerError(f"unknown judge {judge!r}; available: rules, llm")
    settings = None
    if judge == "llm":
        from trainer import llm

        settings = llm.settings(model, base_url, seed)
    failed = []

    def graded():
        results = grade_files(list(files), scenario, rubric, scenarios, channel, settings, jobs)
        if len(files) > 1 and sys.stderr.isatty():
            from trainer import render

            results = render.progress(results, len(files), "grading")
        keep = _history_keeper(rubric, trainee) if record else None
        for result in results:
            if "error" in result:
                failed.append(result)
                typer.echo(f"error: {result['error']}", err=True)
            elif keep is not None:
                keep(result)
            yield result

    if as_json:
        for result in graded():
            _print_json(result)
    else:
        from trainer import render

        good = (r for r in graded() if "error" not in r)
        if len(files) == 1:
            result = next(good, None)
            if result:
                render.console.print(f"[bold]{render.escape(result['file'])}[/bold]")
                render.session_scorecard(result)
        else:
            render.grade_summary(good, len(files))
    if failed:
        raise typer.Exit(ExitCode.USER_ERROR)


def _history_keeper(rubric_path: str | None, trainee: str | None):
    """Records each graded file that belongs to a trainee: a saved session (under the trainee it
    names), or any file when --trainee is given. A helpdesk log on its own is not a training session."""
    from trainer import catalog
    from trainer.history import recording
    from trainer.history.store import open_store

    rubric_hash = recording.rubric_hash(catalog.load_rubric(rubric_path or "six-pillars"))
    store = None

    def keep(result: dict) -> None:
        nonlocal store
        who = trainee or result.get("trainee")
        if not who or not result.get("turns") or (result.get("judge") or {}).get("note"):  # nobody's, no reply, or the model failed
            return
        made = recording.conversation_record(result, trainee=recording.trainee_name(who), rubric_hash=rubric_hash,
                                             official=bool(result.get("official")), pass_mark=result.get("pass_mark"),
                                             difficulty=result.get("difficulty"))
        try:
            store = store or open_store()
            result["session_id"] = store.add(made)
        except TrainerError as exc:
            typer.echo(f"warning: not added to the history: {exc}", err=True)

    return keep


@app.command()
def transcripts(as_json: JsonFlag = False) -> None:
    """List saved sessions (in $TRAINER_HOME/transcripts)."""
    from trainer import store

    rows = []
    for path in store.list_saved():
        try:
            data = store.load(path)
        except TrainerError:
            continue
        rows.append(
            {
                "file": str(path),
                "kind": data.get("kind", "conversation"),
                "scenario": data.get("scenario") or data.get("question"),
                "started": data.get("started"),
                "outcome": data.get("outcome") or ("graded" if data.get("result") else ""),
                "replies": sum(1 for t in data.get("turns") or [] if isinstance(t, dict) and t.get("speaker") in ("agent", "candidate")),
            }
        )
    if as_json:
        _print_json(rows)
        return
    from trainer import render

    if not rows:
        render.console.print(f"no saved sessions yet in {store.transcripts_dir()}")
    else:
        render.transcripts_table(rows, store.transcripts_dir())


@app.command()
def replay(
    file: Annotated[Path, typer.Argument(help="A saved transcript: a path, or a name as listed by 'trainer transcripts'.")],
    as_json: JsonFlag = False,
) -> None:
    """Show a saved session again."""
    from trainer import store
    from trainer.transcript import Transcript

    if not file.exists() and (store.transcripts_dir() / file).exists():
        file = store.transcripts_dir() / file  # a name as listed by 'trainer transcripts'
    data = store.load(file)
    if as_json:
        _print_json(data)
        return
    from trainer import render

    if data.get("kind") == "interview":
        from trainer import render_interview

        for turn in data.get("turns") or []:
            render.chat_line(turn.get("speaker", ""), turn.get("speaker", ""), str(turn.get("text", "")))
        if isinstance(data.get("result"), dict):
            render_interview.result(data["result"])
        return
    transcript = Transcript.from_dict(data)
    names = {"agent": "you", "customer": "customer", "coach": "hint"}
    if transcript.scenario:
        from trainer import catalog

        entry = catalog.scenarios().entries.get(transcript.scenario)
        if entry:
            names["customer"] = entry.item.first_name
    render.replay(transcript, names)


from trainer.cli_calibrate import calibrate  # noqa: E402
from trainer.cli_history import export, history_app, override, progress, report  # noqa: E402
from trainer.cli_interview import interview  # noqa: E402 - typer and stdlib only, keeps --help fast

app.command("interview")(interview)
app.command("calibrate")(calibrate)
app.add_typer(history_app, name="history")
app.command("override")(override)
app.command("progress")(progress)
app.command("report")(report)
app.command("export")(export)


def main() -> None:
    app()
