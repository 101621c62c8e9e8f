"""Lint: a scenario that validates but cannot work as meant gets a located warning, and --strict fails."""

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from trainer.authoring.probe import probe
from trainer.cli import app

runner = CliRunner()
SHIPPED = Path(__file__).parent.parent / "scenarios" / "out-of-stock-regular.yaml"


@pytest.mark.parametrize(
    ("pattern", "kind"),
    [
        ("\\d+ days", "regex"),
        ("<number> days", "regex"),
        ("refund .* days", "regex"),
        ("(refund)?", "empty"),
        ("(free|complimentary)? (breakfast)?", "empty"),
        ("(hello|hi)", "everyday"),
        ("help you", "everyday"),
        ("by (5|five) pm", None),
    ],
)
def test_probe_names_what_is_wrong_with_a_pattern(pattern, kind):
    found = [f.kind for f in probe(pattern)]
    assert (found[:1] == [kind]) if kind else not found


@pytest.mark.parametrize(
    ("pattern", "typed"),
    [
        ("(5|five) (to|-) (10|ten) (business|working)? days", "It takes 5-10 business days."),
        ("refund of 49", "You'll get a refund of $49."),
        ("<num> percent off", "That's twelve percent off."),
        ("by (5|five) pm", "It'll be there by 5pm."),
        ("by (5|five) pm", "It'll be there by 5 p.m. today."),
        ("(set|put) ... bag ... (aside|for you)?", "I'll put a bag aside for you"),
    ],
)
def test_patterns_match_what_people_type(pattern, typed):
    from trainer.language import find_patterns
    from trainer.text import normalise

    assert find_patterns((pattern,), normalise(typed))
    assert not probe(pattern)


def test_a_number_written_one_way_is_flagged_with_the_fix():
    messages = [f.message for f in probe("by 5 pm")] + [f.message for f in probe("in 3 days")]
    assert any("'in three days'" in m and "(5|five)" in m for m in messages)


def _scenario(tmp_path, change) -> Path:
    data = yaml.safe_load(SHIPPED.read_text())
    change(data)
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "mine.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _validate(path, *flags):
    result = runner.invoke(app, ["validate", str(path), "--json", *flags])
    return result.exit_code, json.loads(result.output)


def _rename(data):
    data["id"] = "my-coffee"


def test_the_shipped_scenario_copied_under_a_new_id_has_no_warnings(tmp_path):
    code, report = _validate(_scenario(tmp_path, _rename))
    assert code == 0 and report["warnings"] == []


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: d["goals"][0].update(met_by=["(huila)?"], examples=[]), "goals[0].met_by[0]", "optional"),
        (lambda d: d["goals"][0].update(met_by=["(huila)?"], examples=[]), "resolution.needs", "never be resolved"),
        (lambda d: d["facts"][0].update(asked_by=[], cues=[], examples=[]), "facts[0]", "no question can reveal"),
        (lambda d: d.update(max_turns=3, par_turns=5), "max_turns", "below par_turns"),
        (lambda d: (d.update(policy=[]), [e.pop("policy", None) for e in d["extras"]]), "policy", "not graded"),
        (lambda d: d["lines"].update(ignored=["What?"]), "lines.ignored", "only one wording"),
        (lambda d: d["objections"][0].update(policy="free-drink"), "objections[0].policy", "not used"),
        (lambda d: d.update(id="out-of-stock-regular"), "id", "overrides the shipped"),
    ],
)
def test_lint_warns_with_the_field_and_line(tmp_path, change, field, words):
    def both(data):
        if data["id"] == "out-of-stock-regular":
            _rename(data)
        change(data)

    path = _scenario(tmp_path, both)
    code, report = _validate(path)
    assert code == 0 and report["ok"]
    hits = [w for w in report["warnings"] if w["field"] == field and words in w["message"]]
    assert hits, report["warnings"]
    assert hits[0]["line"] > 1 or field in ("id", "policy")  # on the field's own line, not the top of the file
    strict, _ = _validate(path, "--strict")
    assert strict == 1


def test_a_broken_file_is_named_when_its_scenario_is_asked_for(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "whatever.yaml").write_text("id: hotel-double-booked\ntitle: Hotel\nchannel: fax\n")
    result = runner.invoke(app, ["show", "hotel-double-booked"])
    assert result.exit_code == 1
    assert "scenarios/whatever.yaml:3: channel: unknown channel 'fax'" in result.output
    other = runner.invoke(app, ["show", "no-such-thing"])
    assert "could not be loaded (scenarios/whatever.yaml)" in other.output


def test_shipped_scenarios_pass_strict_validation():
    result = runner.invoke(app, ["validate", "--strict"])
    assert result.exit_code == 0, result.output


def test_question_mark_error_says_how_to_make_a_word_optional(tmp_path):
    path = _scenario(tmp_path, lambda d: (_rename(d), d["goals"][0].update(met_by=["refunds?"])))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "write '(refunds)?'" in result.output
    shutil.rmtree(path.parent)
