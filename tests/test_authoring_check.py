"""`trainer check`: a scenario's examples are played and held to their expectations, like tests."""

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from trainer import catalog
from trainer.cli import app
from trainer.models import within

runner = CliRunner()
SHIPPED = Path(__file__).parent.parent / "scenarios" / "out-of-stock-regular.yaml"


def test_every_shipped_scenario_passes_its_examples():
    result = runner.invoke(app, ["check", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["failed"] == 0 and report["without_examples"] == []
    for entry in catalog.scenarios().entries.values():
        kinds = {e.id for e in entry.item.examples}
        assert {"strong", "middling", "weak"} <= kinds, entry.id


def test_strong_example_outscores_weak_in_every_shipped_scenario():
    report = json.loads(runner.invoke(app, ["check", "--json"]).output)
    overall = {(r["scenario"], r["example"]): r["actual"]["overall"] for r in report["results"]}
    for entry in catalog.scenarios().entries.values():
        assert overall[(entry.id, "strong")] >= overall[(entry.id, "middling")] + 10 >= overall[(entry.id, "weak")] + 20


def _copy(tmp_path, change) -> Path:
    data = yaml.safe_load(SHIPPED.read_text())
    data["id"] = "my-coffee"
    change(data)
    path = tmp_path / "my-coffee.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def test_a_failing_expectation_is_named_with_the_actual_value(tmp_path):
    path = _copy(tmp_path, lambda d: d["examples"][0]["expect"].update(empathy=">= 99", outcome="abandoned"))
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert "FAIL my-coffee::strong" in result.output
    assert "outcome: expected abandoned, got resolved" in result.output
    assert "empathy: expected >= 99, got " in result.output
    assert "PASS my-coffee::weak" in result.output
    data = json.loads(runner.invoke(app, ["check", str(path), "--json"]).output)
    failed = [r for r in data["results"] if not r["passed"]]
    assert [f["expectation"] for f in failed[0]["failures"]] == ["outcome", "empathy"]
    assert failed[0]["failures"][0]["actual"] == "resolved"


def test_a_flag_expected_but_not_raised_fails(tmp_path):
    path = _copy(tmp_path, lambda d: d["examples"][0]["expect"].update(flags=["rudeness"], no_flags=[]))
    result = runner.invoke(app, ["check", str(path), "--json"])
    assert result.exit_code == 1
    failure = json.loads(result.output)["results"][0]["failures"][0]
    assert failure["expectation"] == "flags" and "'rudeness' raised" in failure["expected"]


def test_an_unknown_flag_is_reported_not_ignored(tmp_path):
    path = _copy(tmp_path, lambda d: d["examples"][0]["expect"].update(flags=["rudenes"], no_flags=[]))
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert "unknown flag 'rudenes'" in result.output


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["examples"][0]["expect"].update(empathy="at least 70"), "expected a bound on a 0-100 score"),
        (lambda d: d["examples"][0]["expect"].update(empathy=">= 170"), "expected a bound on a 0-100 score"),
        (lambda d: d["examples"][0]["expect"].update(revealed=["train-time"]), "unknown fact 'train-time'"),
        (lambda d: d["examples"][0]["expect"].update(kindness=">= 5"), "unknown field"),
        (lambda d: d["examples"][0].update(script=[]), "at least 1 item"),
    ],
)
def test_bad_examples_are_content_errors_with_a_line(tmp_path, change, message):
    path = _copy(tmp_path, change)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    line = next(ln for ln in result.output.splitlines() if message in ln)
    assert line.startswith(f"{path}:") or "my-coffee.yaml:" in line
    assert ": examples[0]" in line


@pytest.mark.parametrize(
    ("bound", "value", "ok"),
    [(">= 70", 70, True), (">= 70", 69, False), ("< 40", 39, True), ("< 40", 40, False), ("50-80", 80, True),
     ("50-80", 81, False), ("85", 85, True), (85, 84, False), ("== 100", 100, True), ("<= 35", None, False)],
)
def test_bounds_mean_what_they_say(bound, value, ok):
    assert within(str(bound), value) is ok


def test_new_writes_a_skeleton_that_validates_strictly_and_checks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["new", "hotel-double-booked", "--channel", "in-person"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "scenarios" / "hotel-double-booked.yaml"
    assert "channel: in-person" in path.read_text()
    assert runner.invoke(app, ["validate", "--strict", str(path)]).exit_code == 0
    assert runner.invoke(app, ["check", "hotel-double-booked"]).exit_code == 0
    tried = runner.invoke(app, ["try", "hotel-double-booked", "I've fixed it on our side, Sam.", "--json"])
    assert json.loads(tried.output)["turns"][0]["goals_met"][0]["goal"] == "fix"
    again = runner.invoke(app, ["new", "hotel-double-booked"])
    assert again.exit_code == 1 and "already exists" in again.output


@pytest.mark.parametrize("bad", ["Hotel Booked", "hotel_booked", "x!"])
def test_new_refuses_an_id_that_would_not_validate(tmp_path, monkeypatch, bad):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["new", bad])
    assert result.exit_code == 1 and "lower-case letters" in result.output
