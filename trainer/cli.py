"""The command line: parse arguments, call the core, hand the result to render or JSON.

Heavy modules (pydantic, the engines, openai, questionary) are imported inside
the commands so that ``trainer --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from trainer.errors import ContentError, ExitCode, TrainerError


class _Group(TyperGroup):
    """Catches the core's errors once, prints them plainly, and exits with their code."""

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
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

ScenarioDirs = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer needs Optional here
    typer.Option("--scenarios", help="Another folder of scenario YAML files (searched after ./scenarios).", show_default=False),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON instead of tables.")]


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n")


@app.command("scenarios")
def list_scenarios(scenarios: ScenarioDirs = None, as_json: JsonFlag = False) -> None:
    """List the scenarios you can play."""
    from trainer import catalog

    found = catalog.scenarios(scenarios)
    rows = []
    for entry in found.entries.values():
        card = entry.item.brief_card()
        rows.append(
            {
                "id": entry.id,
                "title": card["title"],
                "channel": card["channel"],
                "difficulty": card["difficulty"],
                "stresses": card["stresses"],
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
        typer.echo(f"warning: {files} scenario file(s) could not be loaded; run 'trainer validate' to see why", err=True)


@app.command()
def show(
    scenario: Annotated[str, typer.Argument(help="Scenario id, as listed by 'trainer scenarios'.")],
    scenarios: ScenarioDirs = None,
    as_json: JsonFlag = False,
) -> None:
    """Show the brief a trainee reads before starting (never the customer's hidden facts)."""
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
    as_json: JsonFlag = False,
) -> None:
    """Check scenario, rubric and question files; print file:line problems and exit 1 if any."""
    from trainer.validation import validate_paths

    report = validate_paths(list(paths or []))
    if as_json:
        _print_json(report.as_dict())
    else:
        from trainer import render

        for problem in report.problems:
            typer.echo(str(problem))
        render.validation(report)
    if not report.ok:
        raise typer.Exit(ExitCode.USER_ERROR)


def main() -> None:
    app()
