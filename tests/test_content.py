"""The shipped content validates, and content is found where a user expects it."""

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trainer import catalog
from trainer.cli import app
from trainer.validation import validate_paths

runner = CliRunner()


def test_every_shipped_file_validates():
    report = validate_paths([])
    assert report.ok, [str(p) for p in report.problems]
    assert any("damaged-birthday-gift" in c for c in report.checked)
    assert any("six-pillars" in c for c in report.checked)


def test_flagship_scenarios_are_shipped():
    found = catalog.scenarios()
    assert {"damaged-birthday-gift", "out-of-stock-regular"} <= set(found.entries)
    dana = found.get("damaged-birthday-gift")
    assert dana.customer.name == "Dana Whitfield" and dana.channel == "phone" and dana.difficulty == 4


def test_rubric_has_the_six_pillars():
    rubric = catalog.load_rubric("six-pillars")
    assert [p.id for p in rubric.pillars] == [
        "responsiveness", "empathy", "knowledge", "professionalism", "personalization", "reliability"
    ]
    assert {a.detector for a in rubric.auto_fail} == {"rudeness", "blame_customer", "secrets", "forbidden_promise"}


def _copy_shipped(folder, scenario_id, new_id=None, title=None):
    folder.mkdir(parents=True, exist_ok=True)
    text = (catalog.shipped_dir("scenarios") / f"{scenario_id}.yaml").read_text()
    if new_id:
        text = text.replace(f"id: {scenario_id}", f"id: {new_id}", 1)
    if title:
        text = text.replace("title: ", f"title: {title} #", 1)
    target = folder / f"{new_id or scenario_id}-copy.yaml"
    target.write_text(text)
    return target


def test_users_own_scenario_overrides_the_shipped_one(tmp_path):
    _copy_shipped(tmp_path / "scenarios", "out-of-stock-regular", title="My coffee shop")
    found = catalog.scenarios()
    entry = found.entries["out-of-stock-regular"]
    assert entry.origin == "user" and entry.item.title == "My coffee shop"
    assert entry.overrides is not None
    result = runner.invoke(app, ["scenarios"])
    assert "overrides" in result.output


def test_scenarios_option_adds_a_folder(tmp_path):
    _copy_shipped(tmp_path / "extra", "out-of-stock-regular", new_id="late-latte")
    result = runner.invoke(app, ["scenarios", "--scenarios", str(tmp_path / "extra"), "--json"])
    assert result.exit_code == 0
    assert "late-latte" in result.output


def test_same_id_twice_in_one_folder_names_both_files(tmp_path):
    folder = tmp_path / "scenarios"
    first = _copy_shipped(folder, "out-of-stock-regular")
    shutil.copy(first, folder / "zz-again.yaml")
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    assert "scenarios/zz-again.yaml:1: id: id 'out-of-stock-regular' is also defined in scenarios/out-of-stock-regular-copy.yaml" in result.output


def test_trainer_home_defaults_to_the_environment(trainer_home):
    assert catalog.home() == trainer_home


@pytest.mark.parametrize("scenario_id", ["damaged-birthday-gift", "out-of-stock-regular"])
def test_show_never_reveals_hidden_facts(scenario_id):
    scenario = catalog.scenarios().get(scenario_id)
    for as_json in ([], ["--json"]):
        result = runner.invoke(app, ["show", scenario_id, *as_json], env={"COLUMNS": "200"})
        assert result.exit_code == 0
        for fact in scenario.facts:
            assert fact.text not in result.output
            for line in fact.reveal:
                assert line not in result.output
        assert scenario.customer.name in result.output


def test_validating_a_folder_finds_the_same_id_twice(tmp_path):
    folder = tmp_path / "mine"
    first = _copy_shipped(folder, "out-of-stock-regular")
    shutil.copy(first, folder / "zz-again.yaml")
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    assert "id 'out-of-stock-regular' is also defined in" in result.output


def test_older_difficulty_words_still_read_as_levels(tmp_path):
    import yaml

    from trainer.loading import load_model
    from trainer.models import Scenario

    source = (Path(__file__).parent.parent / "scenarios" / "out-of-stock-regular.yaml").read_text()
    for word, level in (("easy", 2), ("medium", 3), ("hard", 4), (5, 5)):
        data = yaml.safe_load(source)
        data["difficulty"] = word
        path = tmp_path / "s.yaml"
        path.write_text(yaml.safe_dump(data))
        assert load_model(Scenario, path).difficulty == level
