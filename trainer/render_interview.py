"""How an interview rehearsal looks in the terminal: the question, the coach's table, the outline."""

from __future__ import annotations

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from trainer.render import _bar, console


def question(item, *, timed: bool = False) -> None:
    body = Text(item.question + "\n", style="bold")
    body.append(
        "\nAnswer as you would out loud: one to two minutes is about 90-300 words.\n"
        "Type or paste your answer (blank lines between paragraphs are fine);\n"
        "finish with a line holding only a full stop (.) or with Ctrl-D.",
        style="dim",
    )
    if timed:
        body.append("\nThe clock is running: each line shows the time so far.", style="dim")
    console.print(Panel(body, title="[bold]Interview question[/bold]", subtitle=item.id, expand=False))


def question_list(rows: list[dict]) -> None:
    table = Table(title="Interview questions", title_justify="left", header_style="bold")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("question")
    table.add_column("style")
    for row in rows:
        table.add_row(row["id"], row["question"], row["style"])
    console.print(table)


def elapsed(seconds: float, words: int) -> None:
    minutes, secs = divmod(int(seconds), 60)
    console.print(f"[dim]{minutes}:{secs:02d} elapsed, {words} words[/dim]")


def result(data: dict) -> None:
    """The criterion table with bars, then the evidence, the coach's notes and the outline."""
    table = Table(title="Interview scorecard", title_justify="left", header_style="bold")
    table.add_column("criterion")
    table.add_column("", no_wrap=True)
    table.add_column("score", justify="right")
    table.add_column("what the coach heard", ratio=1)
    for criterion in data["criteria"].values():
        score = criterion["score"]
        note = Text(criterion["feedback"] or "", style="dim")
        if criterion["evidence"]:
            note.append("\n“" + criterion["evidence"][0] + "”", style="italic")
        table.add_row(criterion["name"], _bar(score), "-" if score is None else str(score), note)
    console.print(table)
    overall = data["overall"]
    colour = "green" if overall >= 75 else "yellow" if overall >= 50 else "red"
    console.print(f"[bold]Overall[/bold] [{colour}]{overall}/100[/{colour}]  [dim]({data['words']} words)[/dim]")
    for flag in data.get("flags", []):
        console.print(f"[bold red]{escape(str(flag))}[/bold red]")
    if data["feedback"]:
        console.print("\n[bold]Coach's notes[/bold]")
        for note in data["feedback"]:
            console.print(f"  • {escape(note)}")
    console.print("\n[bold]A stronger answer, from your own material[/bold]")
    for number, step in enumerate(data["outline"], start=1):
        console.print(f"  {number}. [bold]{step['part']}[/bold]")
        if step["yours"]:
            console.print(f"     [green]you said:[/green] “{escape(step['tidy'] or step['yours'])}”")
            if step["tidy"]:
                console.print(f"     [dim]{escape(step['tip'])}[/dim]")
        else:
            console.print(f"     [yellow]add:[/yellow] {escape(step['tip'])}")


def follow_up(text: str) -> None:
    console.print(Panel(Text(text, style="bold"), title="[bold]The interviewer follows up[/bold]", expand=False))
    console.print("[dim]Answer it the same way (a line with only . or Ctrl-D to finish); finish straight away to skip.[/dim]")


def follow_up_result(data: dict) -> None:
    if data.get("score") is None:
        return
    console.print(f"\n[bold]Follow-up answer[/bold]: {data['score']}/100")
    if data.get("feedback"):
        console.print(f"  {escape(data['feedback'])}")
    for cid, criterion in data["criteria"].items():
        console.print(f"  {cid}: {criterion['score']} - [dim]{escape(str(criterion['feedback']))}[/dim]")


def saved(path) -> None:
    console.print(f"[dim]session saved to {path}[/dim]")
