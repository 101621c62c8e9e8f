"""Commands over the history: ``history list|show|import``, ``override``, ``progress``, ``report``, ``export``.

Only typer and the standard library are imported here; the store, the catalogue and rich load
inside the commands, so ``trainer --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

history_app = typer.Typer(help="The record of graded sessions: list, show, import.", no_args_is_help=True)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON instead of tables.")]
TraineeOption = Annotated[Optional[str], typer.Option("--trainee", help="Whose sessions (default: TRAINER_TRAINEE, else your login name).", show_default=False)]  # noqa: UP045
Trainees = Annotated[Optional[list[str]], typer.Option("--trainee", help="Whose sessions; repeat for several (default: everyone).", show_default=False)]  # noqa: UP045
Practice = Annotated[bool, typer.Option("--practice", help="Include practice sessions, not only official attempts (for the trainee's own copy).")]


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _pillars() -> list[tuple[str, str]]:
    from trainer import catalog

    return [(p.id, p.name) for p in catalog.load_rubric().pillars]


def _interview_names() -> dict[str, str]:
    """Interview criteria by name ("A concrete example"), as the interview scorecard shows them."""
    from trainer import interview

    return {c.id: c.name for c in interview.load_rubric().criteria}


def _open(create: bool = True):
    from trainer.history.store import open_store

    return open_store(create=create)


def _write(path: Path, text: str, sessions: int) -> None:
    """Write a report or export atomically and say so, or say plainly why it cannot be written."""
    from trainer.errors import TrainerError
    from trainer.store import write_atomic

    if path.is_dir():
        raise TrainerError(f"{path} is a folder; give a file name, e.g. {path / 'report.html'}")
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise TrainerError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    typer.echo(f"wrote {path} ({sessions} session{'s' if sessions != 1 else ''})", err=True)


def _trainer_view(trainees: list[str] | None, practice: bool) -> list:
    """The sessions a report or export covers, warning about names that match nobody."""
    store = _open(create=False)
    try:
        _known(store, trainees)
        return _chosen(store, trainees, practice)
    finally:
        store.close()


def _known(store, names: list[str] | None) -> None:
    """Warn about a trainee name that matches nobody (a typo or the wrong case starts a second history)."""
    import difflib

    if not names:
        return
    everyone = store.trainees()
    for name in names:
        if name not in everyone:
            close = [n for n in everyone if n.casefold() == name.casefold()] or difflib.get_close_matches(name, everyone, n=2)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            typer.echo(f"warning: no sessions recorded for {name!r}{hint}", err=True)


def _pillar_id(given: str, choices: list[str]) -> str:
    """A pillar or criterion by its id or its name, in any case ("Empathy", "empathy & understanding")."""
    from trainer import catalog

    names = {p.name.casefold(): p.id for p in catalog.load_rubric().pillars}
    names.update({p.name.split(" &")[0].casefold(): p.id for p in catalog.load_rubric().pillars})
    wanted = given.strip().casefold()
    return next((c for c in choices if c.casefold() == wanted), names.get(wanted, given))


def _chosen(store, trainees: list[str] | None, practice: bool) -> list:
    """Sessions for a manager's view: official attempts only unless --practice; oldest first."""
    records = []
    for name in trainees or [None]:
        records += store.sessions(name, official_only=not practice)
    return sorted(records, key=lambda r: (r.trainee, r.at, r.id or 0))


@history_app.command("list")
def list_sessions(
    trainee: TraineeOption = None,
    everyone: Annotated[bool, typer.Option("--all", help="Everyone's official attempts (a trainer's view); with --practice, practice too.")] = False,
    practice: Annotated[bool, typer.Option("--practice", help="With --all, include practice sessions too (your own list always has them).")] = False,
    last: Annotated[int, typer.Option("--last", help="Show at most this many, newest last.", min=1)] = 30,
    as_json: JsonFlag = False,
) -> None:
    """List graded sessions: yours (practice and official), or with --all everyone's official attempts."""
    from trainer import render_history
    from trainer.history.recording import trainee_name

    store = _open(create=False)
    try:
        if not everyone:
            _known(store, [trainee_name(trainee)] if trainee else None)
        records = _chosen(store, None, practice) if everyone else store.sessions(trainee_name(trainee))
    finally:
        store.close()
    records = sorted(records, key=lambda r: (r.at, r.id or 0))[-last:]
    if as_json:
        _print_json([render_history.record_dict(r) for r in records])
        return
    render_history.sessions_table(records, _pillars())


@history_app.command("show")
def show_session(
    session: Annotated[int, typer.Argument(help="Session number, as `trainer history list` shows.")],
    as_json: JsonFlag = False,
) -> None:
    """One session in full: scores, flags, overrides beside the grader's scores, and where its transcript is."""
    from trainer import render_history
    from trainer.errors import TrainerError

    store = _open(create=False)
    try:
        record = store.get(session)
    finally:
        store.close()
    if record is None:
        raise TrainerError(f"no session {session} in the history; `trainer history list` shows them")
    if as_json:
        _print_json(render_history.record_dict(record))
        return
    render_history.session_detail(record, _pillars())


@history_app.command("import")
def import_transcripts(
    paths: Annotated[list[Path], typer.Argument(help="Saved transcripts, or folders of them (e.g. transcripts/).")],
    trainee: Annotated[Optional[str], typer.Option("--trainee", help="Whose sessions the transcripts that name nobody are (default: your login name); a transcript that names its trainee keeps that name.", show_default=False)] = None,  # noqa: UP045
    as_json: JsonFlag = False,
) -> None:
    """Add saved transcripts to the history; conversations are graded now, interview answers keep their grade."""
    from trainer.errors import TrainerError
    from trainer.history.importing import import_files, transcript_files

    if not transcript_files(paths):
        raise TrainerError(f"no transcripts (.yaml) in {', '.join(map(str, paths))}")
    added = known = skipped = failed = 0
    for line in import_files(paths, trainee):
        if as_json:
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        elif "error" in line:
            typer.echo(f"{line['file']}: {line['error']}", err=True)
        if "error" in line:
            failed += 1
        elif "skipped" in line:
            skipped += 1
        elif line["added"]:
            added += 1
        else:
            known += 1
    if not as_json:
        parts = [f"{added} added", f"{known} already in the history"]
        if skipped:
            parts.append(f"{skipped} skipped (no reply from the trainee)")
        if failed:
            parts.append(f"{failed} could not be imported")
        typer.echo(", ".join(parts))
    if failed:
        raise typer.Exit(1)


def override(
    session: Annotated[int, typer.Argument(help="Session number, as `trainer history list` shows.")],
    pillar: Annotated[str, typer.Option("--pillar", help="Pillar id (empathy, knowledge...), an interview criterion, or 'overall'.")],
    score: Annotated[int, typer.Option("--score", help="The coach's score, 0-100.", min=0, max=100)],
    reason: Annotated[str, typer.Option("--reason", help="Why: kept with the score and shown beside the grader's.")],
    coach: Annotated[Optional[str], typer.Option("--coach", help="Who overrides (default: your login name).", show_default=False)] = None,  # noqa: UP045
    as_json: JsonFlag = False,
) -> None:
    """A coach's score beside the grader's own for one pillar of a session; both are kept and shown."""
    from trainer.errors import TrainerError
    from trainer.history.recording import now, trainee_name
    from trainer.history.records import Override

    if not reason.strip():
        raise TrainerError("--reason must say why the score is overridden")
    store = _open()
    try:
        record = store.get(session)
        if record is None:
            raise TrainerError(f"no session {session} in the history; `trainer history list` shows them")
        known = ["overall", *record.scores]
        pillar = _pillar_id(pillar, known)
        if pillar not in known:
            raise TrainerError(f"session {session} has no score {pillar!r}; one of: {', '.join(known)}")
        made = Override(session, pillar, score, reason.strip(), trainee_name(coach), now())
        store.add_override(made)
        record = store.get(session)
    finally:
        store.close()
    grader = record.overall if pillar == "overall" else record.scores.get(pillar)
    if as_json:
        _print_json({"session": session, "pillar": pillar, "grader": grader, "coach": made.coach, "score": score, "reason": made.reason,
                     "passed": record.passed})
        return
    typer.echo(f"session {session}, {pillar}: grader {grader if grader is not None else '-'}, {made.coach} {score} ({made.reason})")


def progress(
    trainee: TraineeOption = None,
    last: Annotated[int, typer.Option("--last", help="Sessions the weakest pillar and the commonest advice are taken over.", min=1, max=200)] = 10,
    scenarios: Annotated[Optional[list[Path]], typer.Option("--scenarios", help="Also recommend from the scenarios in DIR.", show_default=False)] = None,  # noqa: UP045
    as_json: JsonFlag = False,
) -> None:
    """Are you getting better? Per-pillar trend, your weakest pillar with an example, and what to play next."""
    from trainer import catalog, render_history
    from trainer.history.progress import of_trainee
    from trainer.history.recording import trainee_name

    name = trainee_name(trainee)
    library = [entry.item for entry in catalog.scenarios(scenarios).entries.values()]
    store = _open(create=False)
    try:
        _known(store, [name] if trainee else None)
        found = of_trainee(store, name, _pillars(), library, window=last, criteria=_interview_names())
    finally:
        store.close()
    if as_json:
        _print_json(found.as_dict())
        return
    render_history.progress(found)


def report(
    html: Annotated[Optional[Path], typer.Option("--html", help="Write a self-contained HTML page here.", show_default=False)] = None,  # noqa: UP045
    md: Annotated[Optional[Path], typer.Option("--md", help="Write a Markdown report here.", show_default=False)] = None,  # noqa: UP045
    trainee: Trainees = None,
    practice: Practice = False,
    title: Annotated[str, typer.Option("--title", help="The report's title.")] = "Service training report",
) -> None:
    """A report for a trainer or manager: sessions, scores over time, official attempts, advice, flags, overrides."""
    from trainer.errors import TrainerError
    from trainer.history import report as pages
    from trainer.history.recording import now

    if html is None and md is None:
        raise TrainerError("say where to write the report: --html FILE and/or --md FILE")
    records = _trainer_view(trainee, practice)
    pillars, stamp = _pillars(), now()
    for path, render in ((html, pages.html_report), (md, pages.markdown_report)):
        if path is not None:
            _write(path, render(records, pillars, title, stamp), len(records))


def export(
    csv_file: Annotated[Path, typer.Option("--csv", help="Write the CSV here ('-' for standard output).")],
    trainee: Trainees = None,
    practice: Practice = False,
) -> None:
    """One row per session, one column per pillar, for spreadsheets and learning-management systems."""
    from trainer.history.export import csv_text

    records = _trainer_view(trainee, practice)
    text = csv_text(records, [pid for pid, _ in _pillars()])
    if str(csv_file) == "-":
        sys.stdout.write(text)
        return
    _write(csv_file, text, len(records))
