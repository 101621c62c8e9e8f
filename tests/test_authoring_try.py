"""`trainer try`: an author sees what a reply did in a scenario and which pattern or example matched."""

import json

from typer.testing import CliRunner

from tests.helpers import scenario
from trainer.authoring.explain import policy_said, try_replies
from trainer.cli import app
from trainer.session import ScriptLine

runner = CliRunner()


def _try(*replies, scenario_id="out-of-stock-regular"):
    explained, _ = try_replies(scenario(scenario_id), [ScriptLine(r) for r in replies])
    return explained


def test_a_goal_met_names_the_pattern_that_met_it():
    turn = _try("I can make your flat white with the Colombian Huila instead.")[0]
    met = {g["goal"]: g for g in turn["goals_met"]}
    assert met["alternative"]["by"] == "pattern"
    assert "huila" in met["alternative"]["match"]


def test_a_goal_met_by_meaning_names_the_example_and_the_sentence():
    base = scenario("out-of-stock-regular")
    goals = [g.model_copy(update={"met_by": []}) if g.id == "alternative" else g for g in base.goals]
    examples_only = base.model_copy(update={"goals": goals})
    sentence = "Could I make you the same drink with the Colombian Huila instead?"
    explained, _ = try_replies(examples_only, [ScriptLine(sentence)])
    met = {g["goal"]: g for g in explained[0]["goals_met"]}
    assert met["alternative"]["by"] == "example"
    assert met["alternative"]["sentence"] == sentence
    assert met["alternative"]["match"] in goals[0].examples


def test_a_revealed_fact_says_which_cue_asked_for_it():
    turn = _try("How do you like your coffee to taste?")[0]
    assert [r["fact"] for r in turn["revealed"]] == ["less-bitter"]
    assert turn["revealed"][0]["by"] == "cue"


def test_the_same_reply_without_a_question_reveals_nothing():
    turn = _try("I like my coffee to taste smooth.")[0]
    assert turn["revealed"] == []


def test_a_wrong_policy_statement_is_wrong_even_when_it_names_the_right_thing():
    said = policy_said(scenario("out-of-stock-regular"), "The Huila is a dark roast, more bitter.")
    assert [(s["policy"], s["said"]) for s in said] == [("alternative-huila", "wrong")]
    turn = _try("The Huila is a dark roast, more bitter.")[0]
    assert [c["policy"] for c in turn["corrections"]] == ["alternative-huila"]


def test_a_forbidden_promise_is_named_with_its_pattern():
    said = policy_said(scenario("out-of-stock-regular"), "We'll deliver a bag to your house tomorrow.")
    assert ("bag-aside", "forbidden") in [(s["policy"], s["said"]) for s in said]


def test_mood_change_is_reported_and_adds_up():
    turn = _try("That's not my problem, you should have come earlier.")[0]
    mood = turn["mood"]
    assert mood["change"] < 0
    assert round(mood["before"] + mood["change"], 3) == mood["after"]
    assert any(a["act"] == "blame" for a in turn["acts"])


def test_try_cli_json_explains_only_the_reply_after_a_script(tmp_path):
    script = tmp_path / "before.txt"
    script.write_text("Hi Marcus, how do you like your coffee?\n")
    result = runner.invoke(app, ["try", "out-of-stock-regular", "How about the house blend today?", "--script", str(script), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["played"] == 2
    assert [t["turn"] for t in data["turns"]] == [4]
    assert data["turns"][0]["goals_met"][0]["goal"] == "alternative"


def test_try_cli_without_a_reply_or_script_is_a_clear_error():
    result = runner.invoke(app, ["try", "out-of-stock-regular"])
    assert result.exit_code == 1
    assert "give a reply to try" in result.output


def test_try_saves_no_transcript(tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path))
    result = runner.invoke(app, ["try", "out-of-stock-regular", "Hello Marcus!"])
    assert result.exit_code == 0, result.output
    assert "greeting" in result.output
    assert not (tmp_path / "transcripts").exists() or not list((tmp_path / "transcripts").iterdir())


def _play_json(tmp_path, *flags):
    script = tmp_path / "replies.txt"
    script.write_text("Morning Marcus, sorry - the Sierra Madre is sold out today.\nI can make your usual with the Colombian Huila instead, ready in two minutes.\n")
    result = runner.invoke(app, ["play", "out-of-stock-regular", "--script", str(script), "--json", *flags])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_play_json_carries_mood_and_acts_per_turn(tmp_path):
    turns = _play_json(tmp_path)["conversation"]
    assert [t["speaker"] for t in turns] == ["customer", "agent", "customer", "agent", "customer"]
    assert [t["turn"] for t in turns] == [1, 2, 3, 4, 5]
    moods = [t["mood"] for t in turns if t["speaker"] == "customer"]
    assert moods[0] - 0.1 <= moods[1] < moods[0] < moods[2]  # bad news told kindly costs a little; the fix more than wins it back
    assert "bad_news" in turns[1]["acts"] and "offer" in turns[3]["acts"]
    assert "explain" not in turns[1]


def test_play_explain_json_says_which_pattern_met_each_need(tmp_path):
    turns = _play_json(tmp_path, "--explain")["conversation"]
    met = turns[3]["explain"]["goals_met"]
    assert {g["goal"] for g in met} == {"alternative", "quick"}
    assert all(g["by"] == "pattern" and g["match"] for g in met)


def test_show_mood_works_with_a_script(tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path))
    script = tmp_path / "replies.txt"
    script.write_text("Morning Marcus, sorry - the Sierra Madre is sold out today.\n")
    result = runner.invoke(app, ["play", "out-of-stock-regular", "--script", str(script), "--show-mood"])
    assert result.exit_code == 0, result.output
    assert result.output.count("mood ") >= 2
