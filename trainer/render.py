"""Everything rich draws. The core hands over plain data; this module decides how it looks."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from trainer.vocab import PILLAR_NAMES

console = Console(highlight=False)


def scenarios_table(rows: list[dict]) -> None:
    table = Table(title="Scenarios", title_justify="left", header_style="bold")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("title")
    table.add_column("channel")
    table.add_column("difficulty")
    table.add_column("stresses")
    for row in rows:
        title = row["title"]
        if row.get("overrides"):
            title += f"\n[dim](your copy; overrides {row['overrides']})[/dim]"
        stresses = ", ".join(PILLAR_NAMES[p].split(" &")[0] for p in row["stresses"])
        table.add_row(row["id"], title, row["channel"], row["difficulty"], stresses)
    console.print(table)


def brief(card: dict) -> None:
    customer = card["customer"]
    body = Text()
    body.append(f"{card['setting']}  ·  {card['channel']}  ·  {card['difficulty']}\n\n", style="dim")
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


def validation(report) -> None:
    if report.ok:
        console.print(f"[green]ok[/green]: {len(report.checked)} file(s) valid")
    else:
        files = len({p.path for p in report.problems})
        console.print(f"[red]{len(report.problems)} problem(s)[/red] in {files} of {len(report.checked)} file(s)")
