"""The command line as a user meets it: help everywhere, clear errors, the right exit codes."""

import json
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from trainer.cli import app

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_text(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    assert typer.main.get_command(app).commands[command].help


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert f"trainer {command}" in readme


def test_validate_broken_file_prints_file_line_and_exits_1(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("id: x\ntitle: X\nchannel: fax\n")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3: channel: unknown channel 'fax'" in result.output or "broken.yaml:3: channel" in result.output


def test_validate_json(tmp_path):
    result = runner.invoke(app, ["validate", "--json"])
    data = json.loads(result.output)
    assert result.exit_code == 0 and data["ok"] and data["problems"] == []


def test_unknown_scenario_is_a_user_error_not_a_traceback():
    result = runner.invoke(app, ["show", "no-such-scenario"])
    assert result.exit_code == 1
    assert "no such id 'no-such-scenario'" in result.output
    assert "Traceback" not in result.output


def test_usage_error_exits_2():
    result = runner.invoke(app, ["show"])
    assert result.exit_code == 2


def test_scenarios_json_lists_id_title_channel_difficulty_stresses():
    data = json.loads(runner.invoke(app, ["scenarios", "--json"]).output)
    dana = next(row for row in data if row["id"] == "damaged-birthday-gift")
    assert dana["channel"] == "phone" and dana["difficulty"] == 4 and "empathy" in dana["stresses"]


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "trainer", "--help"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 0 and "scenarios" in result.stdout


def test_help_does_not_import_heavy_modules():
    code = "import sys; from trainer import cli; bad = [m for m in ('openai', 'questionary', 'pydantic') if m in sys.modules]; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
    assert out == "[]"


def test_version_prints_the_installed_version():
    from importlib.metadata import version

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"trainer {version('service-trainer')}"


def test_scenarios_filters_by_channel_difficulty_pillar_and_tag():
    def ids(*args):
        result = runner.invoke(app, ["scenarios", "--json", *args])
        assert result.exit_code == 0, result.output
        return {row["id"] for row in json.loads(result.output)}

    everything = ids()
    assert {"damaged-birthday-gift", "out-of-stock-regular"} <= everything
    assert "out-of-stock-regular" in ids("--channel", "in-person") and "damaged-birthday-gift" not in ids("--channel", "in-person")
    assert "damaged-birthday-gift" in ids("--difficulty", "4") and "out-of-stock-regular" not in ids("--difficulty", "3-5")
    assert "damaged-birthday-gift" in ids("--pillar", "empathy")
    assert "out-of-stock-regular" in ids("--tag", "Hospitality") and "damaged-birthday-gift" not in ids("--tag", "hospitality")
    bad = runner.invoke(app, ["scenarios", "--pillar", "kindness"])
    assert bad.exit_code == 1 and "unknown pillar 'kindness'" in bad.output
