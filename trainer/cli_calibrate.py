"""The ``trainer calibrate`` command body; registered in ``trainer.cli`` with ``app.command("calibrate")``.

Only typer and the standard library are imported here: the grader, pydantic and rich
load inside the function, so ``trainer --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer


def calibrate(
    labels: Annotated[Path, typer.Argument(help="A CSV of your reviewers' scores: transcript, reviewer, a column per pillar (id or name), optional overall and scenario; scores 0-100, an empty cell is not scored.", show_default=False)],
    rubric: Annotated[Optional[str], typer.Option("--rubric", help="Rubric id or path to a rubric YAML.", show_default=False)] = None,  # noqa: UP045
    channel: Annotated[Optional[str], typer.Option("--channel", help="phone, chat, email or in-person: how the logs without a scenario were held (default chat).", show_default=False)] = None,  # noqa: UP045
    scenarios: Annotated[Optional[list[Path]], typer.Option("--scenarios", help="Another folder of scenario YAML files (searched after ./scenarios).", show_default=False)] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole comparison as one JSON object.")] = False,
) -> None:
    """Compare the grader with your QA reviewers: agreement per pillar, and where it parts with them."""
    from trainer.errors import TrainerError
    from trainer.history import calibrate as core
    from trainer.vocab import CHANNELS

    if channel is not None and channel not in CHANNELS:
        raise TrainerError(f"--channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    result = core.calibrate(labels, rubric, scenarios, channel)
    if as_json:
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
        return
    _render(result.as_dict())


def _number(value, places: int = 2) -> str:
    if value is None:
        return "-"
    return str(int(value)) if float(value).is_integer() else f"{value:.{places}f}"


def _render(data: dict) -> None:
    """Tables a calibration session can read aloud: one per pair of raters, then the worst pillars."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    from trainer.render import console

    names = {p["pillar"]: p["name"].split(" &")[0] for p in data["pillars"]}
    names["overall"] = "Overall"
    target = f"{data['target']:.0%}"
    reviewers = data["reviewers"]
    console.print(f"[bold]Calibration[/bold] of {escape(data['labels'])}: {len(data['items'])} transcript(s), "
                  f"{len(reviewers)} reviewer(s) ({escape(', '.join(reviewers))}), rubric {escape(data['rubric'])}")
    console.print(f"[dim]Target: within {data['within']} points on more than {target} of transcripts. "
                  "Spearman: same order (1 = identical); kappa: same score bands, weighted (1 = identical); "
                  "mean gap: average points apart.[/dim]\n")
    for comparison in data["comparisons"]:
        table = Table(title=f"{comparison['first']} vs {comparison['second']}", title_justify="left",
                      header_style="bold", box=box.SIMPLE_HEAD)
        table.add_column("pillar")
        for column in ("n", "Spearman", "kappa", f"within {data['within']}", "mean gap"):
            table.add_column(column, justify="right")
        for dim, agreement in comparison["dimensions"].items():
            share = agreement["within_10"]
            if share is None:
                within = "-"
            elif agreement["meets_target"]:
                within = f"[green]{share:.0%} ✓[/green]"
            else:
                within = f"[red]{share:.0%} ✗[/red]"
            table.add_row(escape(names.get(dim, dim)), str(agreement["n"]), _number(agreement["spearman"]),
                          _number(agreement["kappa"]), within, _number(agreement["mean_abs_difference"], 1))
        console.print(table)

    gaps = [g for g in data["pillars"] if g["mean_abs_difference"] is not None]
    if not gaps:
        console.print("No pillar was scored by both the grader and a reviewer.")
        return
    console.print("[bold]Where the grader and the reviewers part most[/bold] (mean distance, grader vs each reviewer)")
    for rank, gap in enumerate(gaps, start=1):
        lean = gap["mean_difference"] or 0
        side = "higher" if lean > 0 else "lower" if lean < 0 else "neither higher nor lower"
        console.print(f"{rank}. [bold]{escape(gap['name'])}[/bold]: {_number(gap['mean_abs_difference'], 1)} points apart "
                      f"(the grader scores {_number(abs(lean), 1)} {side} on average); "
                      f"{gap['disagreeing']} of {gap['transcripts']} transcript(s) more than {data['within']} apart")
        likely = [s for s in gap["suspects"] if s["pull"] > 0][:2]
        for suspect in likely:
            direction = "above" if suspect["mean_difference"] > 0 else "below"
            console.print(f"   likely criterion [cyan]{escape(suspect['criterion'])}[/cyan] ({escape(suspect['name'])}): carries "
                          f"{_number(suspect['pull'], 1)} points of the gap; scores {_number(abs(suspect['mean_difference']), 1)} "
                          f"{direction} the reviewers on {suspect['n']} transcript(s)")
        for example in gap["examples"]:
            said = ", ".join(f"{escape(r)} {_number(s, 1)}" for r, s in example["reviewers"].items())
            console.print(f"   [dim]e.g.[/dim] {escape(example['transcript'])} (line {example['line']}): grader "
                          f"{_number(example['grader'], 1)}, {said}")
            if example["feedback"]:
                console.print(f"        [dim]grader: {escape(example['feedback'])}[/dim]")
