"""Everything rich draws. The core hands over plain data; this module decides how it looks."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from trainer.vocab import PILLAR_NAMES

console = Console(highlight=False)


def scenarios_table(rows: list[dict]) -> None:
    from rich import box

    table = Table(title="Scenarios", title_justify="left", header_style="bold", box=box.SIMPLE_HEAD)
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("title", ratio=1)
    table.add_column("channel", no_wrap=True)
    table.add_column("level", no_wrap=True)
    table.add_column("stresses", no_wrap=True)
    for row in rows:
        title = row["title"]
        if row.get("overrides"):
            title += f"\n[dim](your copy; overrides {row['overrides']})[/dim]"
        stresses = "\n".join(PILLAR_NAMES[p].split(" &")[0] for p in row["stresses"])
        table.add_row(row["id"], title, row["channel"], f"{row['difficulty']}/5", stresses)
    console.print(table)


def brief(card: dict) -> None:
    customer = card["customer"]
    body = Text()
    body.append(f"{card['setting']}  ·  {card['channel']}  ·  difficulty {card['difficulty']}/5\n\n", style="dim")
    body.append(card["brief"].strip() + "\n\n")
    body.append("Customer: ", style="bold")
    body.append(customer["name"] + "\n")
    body.append(customer["card"].strip() + "\n")
    for item in customer["history"]:
        body.append(f"  • {item}\n", style="dim")
    if card["stresses"]:
        body.append("\nThis scenario stresses: ", style="bold")
        body.append(", ".join(PILLAR_NAMES[p] for p in card["stresses"]))
    console.print(Panel(body, title=f"[bold]{card['title']}[/bold]", subtitle=card["id"], expand=False))


def validation(report, strict: bool = False) -> None:
    warned = len(report.warnings)
    note = f", [yellow]{warned} lint warning(s)[/yellow]{' (errors with --strict)' if strict else ''}" if warned else ""
    if report.ok:
        console.print(f"[green]ok[/green]: {len(report.checked)} file(s) valid{note}")
    else:
        files = len({p.path for p in report.problems})
        console.print(f"[red]{len(report.problems)} problem(s)[/red] in {files} of {len(report.checked)} file(s){note}")


SPEAKER_STYLE = {"customer": "bold magenta", "agent": "bold cyan", "coach": "bold yellow", "interviewer": "bold magenta", "candidate": "bold cyan"}


def mood_bar(mood: float, width: int = 20) -> Text:
    filled = round((mood + 1) / 2 * width)
    colour = "red" if mood < -0.3 else "green" if mood > 0.3 else "yellow"
    bar = Text("mood ", style="dim")
    bar.append("█" * filled, style=colour)
    bar.append("░" * (width - filled), style="dim")
    bar.append(f" {mood:+.2f}", style="dim")
    return bar


def chat_line(speaker: str, name: str, text: str, mood: float | None = None, show_mood: bool = False) -> None:
    line = Text()
    line.append(f"{name}: ", style=SPEAKER_STYLE.get(speaker, "bold"))
    line.append(text)
    console.print(line)
    if show_mood and mood is not None:
        console.print(mood_bar(mood))


def stream_start(name: str) -> None:
    """The customer's name, before a streamed line arrives."""
    console.print(Text(f"{name}: ", style=SPEAKER_STYLE["customer"]), end="")


def stream_token(piece: str) -> None:
    console.print(piece, end="", markup=False, highlight=False, soft_wrap=True)


def stream_end(mood: float | None, show_mood: bool) -> None:
    console.print()
    if show_mood and mood is not None:
        console.print(mood_bar(mood))


def customer_card(scenario) -> None:
    card = scenario.brief_card()["customer"]
    body = Text(card["card"].strip() + "\n")
    for item in card["history"]:
        body.append(f"• {item}\n", style="dim")
    console.print(Panel(body, title=card["name"], expand=False))


def policy(scenario) -> None:
    table = Table(title="What you may offer and should know", title_justify="left", show_header=False, box=None)
    table.add_column("id", style="cyan")
    table.add_column("text")
    for item in scenario.policy:
        table.add_row(item.id, item.text)
    console.print(table)


def play_help() -> None:
    console.print(
        "[dim]Type your reply and press Enter. Alt+Enter (or Esc then Enter) starts a new line; pasted blocks keep their lines.\n"
        "Commands: /customer (customer card), /policy (what you may offer), /hint (one nudge, recorded), /end, /help[/dim]"
    )


def outcome(transcript, path) -> None:
    colour = {"resolved": "green", "abandoned": "red", "unfinished": "yellow"}[transcript.outcome]
    agent_turns = sum(1 for t in transcript.turns if t.speaker == "agent")
    turns = sum(1 for t in transcript.turns if t.speaker in ("agent", "customer"))
    # turn numbers count every line of the conversation, the customer's too, as the evidence does
    console.print(
        f"\n[bold {colour}]{transcript.outcome.upper()}[/bold {colour}] at turn {turns}, after {agent_turns} "
        f"repl{'y' if agent_turns == 1 else 'ies'} of yours - {escape(transcript.reason)}"
    )
    if path:
        console.print(f"[dim]transcript saved to {path}[/dim]")


def transcripts_table(rows: list[dict], folder) -> None:
    from pathlib import Path

    from rich import box

    table = Table(title=f"Saved sessions in {folder}", title_justify="left", header_style="bold", box=box.SIMPLE, pad_edge=False)
    table.add_column("file", no_wrap=True, style="cyan")
    table.add_column("outcome", no_wrap=True, min_width=10)
    table.add_column("replies", justify="right", no_wrap=True)
    for row in rows:  # the file name already says the scenario or question
        table.add_row(Path(row["file"]).name, row["outcome"], str(row["replies"]))
    console.print(table)
    console.print("[dim]trainer replay FILE shows one again[/dim]")


def replay(transcript, names: dict[str, str], show_outcome: bool = True, show_mood: bool = False) -> None:
    for turn in transcript.turns:
        speaker = names.get(turn.speaker, turn.speaker)
        suffix = f" [dim](+{turn.seconds:g}s)[/dim]" if turn.seconds is not None else ""
        line = Text()
        line.append(f"{speaker}: ", style=SPEAKER_STYLE.get(turn.speaker, "bold"))
        line.append(turn.text)
        console.print(line, end="")
        console.print(suffix)
        if show_mood and turn.speaker == "customer" and turn.mood is not None:
            console.print(mood_bar(turn.mood))
    if show_outcome:
        outcome(transcript, None)


def _short(quote: str, limit: int = 160) -> str:
    """Long replies are cut for the screen; --json keeps every word."""
    return quote if len(quote) <= limit else quote[: limit - 1].rsplit(" ", 1)[0] + " …"


def _bar(score: int | None, width: int = 20) -> Text:
    if score is None:
        return Text("not assessed", style="dim")
    filled = round(score / 100 * width)
    colour = "green" if score >= 75 else "yellow" if score >= 50 else "red"
    bar = Text("█" * filled, style=colour)
    bar.append("░" * (width - filled), style="dim")
    return bar


def session_scorecard(result: dict) -> None:
    wide = console.width >= 110  # on a narrow terminal the feedback goes under the table
    table = Table(title="Scorecard", title_justify="left", header_style="bold", show_lines=False)
    table.add_column("pillar")
    table.add_column("", no_wrap=True)
    table.add_column("score", justify="right")
    if wide:
        table.add_column("feedback", ratio=1)
    for pillar_id, pillar in result["pillars"].items():
        score = pillar["score"]
        cells = [PILLAR_NAMES.get(pillar_id, pillar_id), _bar(score, 20 if wide else 12), "-" if score is None else str(score)]
        if wide:
            cells.append(Text(pillar["feedback"], style="dim"))
        table.add_row(*cells)
    console.print(table)
    if not wide:
        for pillar_id, pillar in result["pillars"].items():
            console.print(f"[bold]{escape(PILLAR_NAMES.get(pillar_id, pillar_id).split(' &')[0])}[/bold] [dim]{escape(pillar['feedback'])}[/dim]")
    overall = result["overall"]
    colour = "green" if overall >= 75 else "yellow" if overall >= 50 else "red"
    hints = result.get("hints") or 0
    used = f"  [dim]({hints} hint{'s' if hints != 1 else ''} used)[/dim]" if hints else ""
    verdict = ""
    if result.get("pass_mark") is not None:
        verdict = (f"  [bold green]PASS[/bold green] [dim](pass mark {result['pass_mark']})[/dim]" if result.get("passed")
                   else f"  [bold yellow]NOT YET[/bold yellow] [dim](pass mark {result['pass_mark']})[/dim]")
    official = "  [bold]official attempt[/bold]" if result.get("official") else ""
    console.print(f"[bold]Overall[/bold] [{colour}]{overall}/100[/{colour}]{verdict}{used}{official}")
    for cap in result.get("caps", []):
        console.print(f"  [dim]{escape(cap)}[/dim]")
    for flag in result["flags"]:
        console.print(f"[bold red]AUTO-FAIL[/bold red] [red]{escape(flag['description'])}[/red] (turn {flag['turn']}): \"{escape(_short(flag['quote']))}\"")
    _advice("[bold green]Strengths[/bold green]", "+", "", result["strengths"])
    _advice("[bold yellow]To improve[/bold yellow]", "-", ", you said", result["improvements"])


def _advice(title: str, mark: str, said: str, items: list[dict]) -> None:
    if not items:
        return
    console.print("\n" + title)
    for item in items:
        console.print(f"  {mark} {escape(item['text'])}")
        if item.get("quote"):
            console.print(f"    [dim]turn {item['turn']}{said}:[/dim] \"{escape(_short(item['quote']))}\"")
        if item.get("better"):
            console.print(f"    [green]try:[/green] {escape(item['better'])}")


def grade_summary(results, total: int) -> None:
    from rich.progress import Progress

    rows = []
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("grading", total=total)
        for result in results:
            rows.append(result)
            progress.advance(task)
    from pathlib import Path

    table = Table(title="Graded", title_justify="left", header_style="bold")
    table.add_column("file", overflow="fold")
    table.add_column("all", justify="right")
    for short in ("resp", "emp", "know", "prof", "pers", "rel"):
        table.add_column(short, justify="right")
    table.add_column("flags", overflow="fold")
    for row in rows:
        cells = [("-" if row["pillars"][p]["score"] is None else str(row["pillars"][p]["score"])) for p in PILLAR_NAMES if p in row["pillars"]]
        table.add_row(Path(row["file"]).name, str(row["overall"]), *cells, ", ".join(sorted({f["id"] for f in row["flags"]})))
    console.print(table)


def _matched(item: dict) -> str:
    how = item.get("by", "pattern")
    match = str(item.get("match") or item.get("pattern"))
    text = f"{how} [italic]{escape(match if how != 'example' else repr(match))}[/italic]"
    if item.get("sentence"):
        text += f" in \"{escape(item['sentence'])}\""
    return text


def explained_turn(item: dict, customer: str) -> None:
    """One trainee turn as an author sees it: every act, match and reaction, with what matched."""
    console.print(f"[bold cyan]turn {item['turn']} you:[/bold cyan] {escape(item['reply'])}")
    rows: list[tuple[str, str]] = []
    acts = [escape(f"{a['act'].replace('_', ' ')}{' (strong)' if a['strength'] >= 2 else ''}{' [' + a['kind'] + ']' if a.get('kind') else ''}") for a in item["acts"]]
    rows.append(("acts", ", ".join(dict.fromkeys(acts)) or "[dim]none[/dim]"))
    for key, label, name in (("opened", "opens need", "goal"), ("goals_met", "meets need", "goal"), ("revealed", "reveals fact", "fact"),
                             ("answered", "answers", "knows"), ("extras", "extra", "extra")):
        for entry in item[key]:
            rows.append((label, f"[green]{entry[name]}[/green] ← {_matched(entry)}"))
    for entry in item["objections"]:
        rows.append(("objection", f"[red]{entry['id']}[/red] ← pattern [italic]{escape(entry['pattern'] or '')}[/italic]"))
    for entry in item["corrections"]:
        rows.append(("corrected", f"[red]{entry['policy']}[/red] stated wrong ← pattern [italic]{escape(entry['pattern'] or '')}[/italic]"))
    colours = {"right": "green", "wrong": "red", "forbidden": "bold red"}
    for entry in item["policy"]:
        colour = colours[entry["said"]]
        rows.append(("policy", f"[{colour}]{entry['policy']}: {entry['said']}[/{colour}] ← pattern [italic]{escape(entry['pattern'])}[/italic] in \"{escape(entry['sentence'])}\""))
    if item["reasons"]:
        rows.append(("noticed", ", ".join(item["reasons"])))
    mood = item["mood"]
    colour = "green" if mood["change"] > 0 else "red" if mood["change"] < 0 else "dim"
    patience = f"   patience {item['patience']:g}" if item.get("patience") is not None else ""
    rows.append(("mood", f"{mood['before']:+.2f} → {mood['after']:+.2f} ([{colour}]{mood['change']:+.2f}[/{colour}]){patience}"))
    table = Table(show_header=False, box=None, padding=(0, 1, 0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column()
    for label, value in rows:
        table.add_row(label, value)
    console.print(table)
    line = Text()
    line.append(f"{customer}: ", style=SPEAKER_STYLE["customer"])
    line.append(item["customer"])
    console.print(line)
    if item.get("outcome"):
        console.print(f"[bold]{item['outcome'].upper()}[/bold]")
    console.print()


def check_results(results: list, without: list[str]) -> None:
    """Examples checked, one line each, failures with what was expected and what came out."""
    for result in results:
        name = f"{result.scenario}::{result.example}"
        if result.passed:
            console.print(f"[green]PASS[/green] {name}  [dim]{escape(result.about)}[/dim]")
            continue
        console.print(f"[red]FAIL[/red] {name}  [dim]{escape(result.about)}[/dim]")
        for failure in result.failures:
            console.print(f"     {escape(str(failure))}")
    passed = sum(r.passed for r in results)
    failed = len(results) - passed
    summary = f"{passed} passed" + (f", [red]{failed} failed[/red]" if failed else "")
    if without:
        summary += f"; no examples in: {', '.join(without)}"
    console.print(summary)


def progress(items, total: int, label: str):
    """Pass items through while a progress bar on stderr counts them."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            bar.advance(task)
            yield item
