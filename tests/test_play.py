"""Playing through --script, saving transcripts, and never losing what was said."""

import json
import subprocess
import sys

import pytest
import yaml
from typer.testing import CliRunner

from tests.helpers import scenario
from trainer import store
from trainer.cli import app
from trainer.session import Session, parse_script, play_script
from trainer.transcript import Transcript

runner = CliRunner()

DANA_GOOD = """\
# a good trainee
[+10s] Hi Dana, I'm so sorry - Lily's music box arriving broken days before her birthday is awful.
[+12s] When is the party, so I can get a new one to you in time?
[+20s] I'll send a free replacement with the same engraving by free express shipping: it ships Thursday and arrives Friday. There's no need to return the damaged one.
[+9s] On Thursday I'll email the tracking number to you as soon as it ships.
"""

MARCUS_GOOD = """\
[+4s] Morning Marcus! Sierra Madre's sold out today, sorry - can I make your usual with the Colombian Huila? Smooth, not bitter.
[+3s] On the house today, and I'll keep a bag of Sierra Madre under the counter for you tomorrow.
"""


def test_parse_script_skips_comments_and_blank_lines_and_reads_seconds():
    lines = parse_script("# note\n\n[+12s] Hello there\n  plain line  \n[+1.5s]Quick\n")
    assert [(line.text, line.seconds) for line in lines] == [("Hello there", 12.0), ("plain line", None), ("Quick", 1.5)]


@pytest.mark.parametrize("scenario_id,script", [("damaged-birthday-gift", DANA_GOOD), ("out-of-stock-regular", MARCUS_GOOD)])
def test_flagship_scenarios_resolve_with_a_good_script(tmp_path, scenario_id, script):
    path = tmp_path / "script.txt"
    path.write_text(script)
    result = runner.invoke(app, ["play", scenario_id, "--script", str(path), "--seed", "1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["outcome"] == "resolved"
    assert set(data["pillars"]) == {"responsiveness", "empathy", "knowledge", "professionalism", "personalization", "reliability"}
    assert 0 <= data["overall"] <= 100
    saved = yaml.safe_load(open(data["transcript"], encoding="utf-8"))
    assert saved["outcome"] == "resolved" and saved["scenario"] == scenario_id and saved["seed"] == 1
    agent = [t for t in saved["turns"] if t["speaker"] == "agent"]
    assert agent[0]["seconds"] in (10.0, 4.0)
    assert all("mood" in t for t in saved["turns"] if t["speaker"] == "customer")


def test_transcript_reads_back_identically(trainer_home):
    session = Session(scenario("damaged-birthday-gift"), seed=2)
    transcript = play_script(session, parse_script(DANA_GOOD))
    again = Transcript.from_dict(store.load(session.path))
    assert again.as_dict() == transcript.as_dict()
    assert session.path.parent == trainer_home / "transcripts"


def test_same_script_and_seed_give_byte_identical_json(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(DANA_GOOD)
    outputs = []
    for _ in range(2):
        result = runner.invoke(app, ["play", "damaged-birthday-gift", "--script", str(path), "--seed", "7", "--json"])
        data = json.loads(result.stdout)
        data.pop("transcript"), data.pop("session_id")  # where it was kept differs; what happened must not
        outputs.append(json.dumps(data))
    assert outputs[0] == outputs[1]


def test_script_that_runs_out_is_unfinished_and_exits_0(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("Hello.\n")
    result = runner.invoke(app, ["play", "damaged-birthday-gift", "--script", str(path), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["outcome"] == "unfinished"


def test_script_from_stdin():
    result = runner.invoke(app, ["play", "out-of-stock-regular", "--script", "-", "--json"], input=MARCUS_GOOD)
    assert result.exit_code == 0 and json.loads(result.stdout)["outcome"] == "resolved"


def test_play_without_a_terminal_or_script_is_a_clear_error():
    result = subprocess.run([sys.executable, "-m", "trainer", "play", "damaged-birthday-gift"], stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert result.returncode == 1
    assert "--script" in result.stderr and "Traceback" not in result.stderr


def test_interrupt_mid_session_keeps_everything_said_so_far(monkeypatch):
    session = Session(scenario("damaged-birthday-gift"))
    session.start()
    session.reply("Hi Dana, I'm sorry to hear that.")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(session.customer, "respond", interrupted)
    with pytest.raises(KeyboardInterrupt):
        session.reply("When is the party?")
    saved = store.load(session.path)
    texts = [t["text"] for t in saved["turns"]]
    assert "Hi Dana, I'm sorry to hear that." in texts and "When is the party?" in texts


def test_engine_failure_keeps_the_conversation_and_says_where(monkeypatch):
    from trainer.errors import EngineError

    session = Session(scenario("damaged-birthday-gift"))
    session.start()

    def broken(*args, **kwargs):
        raise ConnectionError("endpoint went away")

    monkeypatch.setattr(session.customer, "respond", broken)
    with pytest.raises(EngineError) as info:
        session.reply("Hello Dana.")
    assert str(session.path) in str(info.value)
    saved = store.load(session.path)
    assert saved["outcome"] == "unfinished" and saved["turns"][-1]["text"] == "Hello Dana."


def test_transcripts_and_replay_commands(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(MARCUS_GOOD)
    played = json.loads(runner.invoke(app, ["play", "out-of-stock-regular", "--script", str(path), "--json"]).stdout)
    listed = json.loads(runner.invoke(app, ["transcripts", "--json"]).stdout)
    assert [row["file"] for row in listed] == [played["transcript"]]
    shown = runner.invoke(app, ["replay", played["transcript"]], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "Huila" in shown.output


def test_demo_runs_offline_and_shows_a_scorecard():
    result = runner.invoke(app, ["demo"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "Scorecard" in result.output and "Overall" in result.output
    data = json.loads(runner.invoke(app, ["demo", "--json"]).stdout)
    assert data["scenario"] == "damaged-birthday-gift" and data["outcome"] == "resolved"


def test_writes_are_atomic_no_temporary_files_left(trainer_home):
    session = Session(scenario("out-of-stock-regular"))
    play_script(session, parse_script(MARCUS_GOOD))
    leftovers = [p.name for p in (trainer_home / "transcripts").iterdir() if p.suffix != ".yaml"]
    assert leftovers == []


def test_empty_script_is_an_error_not_a_zero_score(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("# nothing yet\n\n")
    result = runner.invoke(app, ["play", "damaged-birthday-gift", "--script", str(path)])
    assert result.exit_code == 1 and "no replies" in result.output


def test_scripted_play_shows_the_conversation_and_says_when_replies_went_unused(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(MARCUS_GOOD + "And have a great day!\n")
    result = runner.invoke(app, ["play", "out-of-stock-regular", "--script", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Morning Marcus!" in result.stdout and "Scorecard" in result.stdout
    assert "were not used" in result.stderr


def test_placeholders_and_brackets_in_suggestions_survive_rendering(monkeypatch):
    from rich.console import Console

    from trainer import render

    console = Console(record=True, width=200)
    monkeypatch.setattr(render, "console", console)
    advice = {"text": "Commit.", "turn": 2, "quote": "I'll [maybe] call", "better": "I'll [do it] by [time]"}
    result = {"pillars": {}, "overall": 50, "flags": [], "caps": [], "strengths": [], "improvements": [advice]}
    render.session_scorecard(result)
    shown = console.export_text()
    assert "I'll [do it] by [time]" in shown and "I'll [maybe] call" in shown


def test_hints_are_recorded_but_do_not_shift_turn_numbers_and_do_not_repeat():
    from trainer import catalog
    from trainer.grading import grade

    session = Session(scenario("damaged-birthday-gift"), save=False)
    session.start()
    first, second = session.hint(), session.hint()
    assert first != second
    session.reply("Hi Dana, I'm so sorry Lily's music box arrived broken.")
    assert session.transcript.hints == 2
    card = grade(session.transcript, catalog.load_rubric(), session.scenario)
    turns = {e.turn for p in card.pillars.values() for e in p.evidence}
    assert turns == {2}


def test_marcus_is_not_asked_for_an_alternative_before_hearing_it_is_sold_out():
    session = Session(scenario("out-of-stock-regular"), save=False)
    session.start()
    turn = session.reply("Hi, what can I get you?")
    assert "instead" not in turn.text.lower() and "closest" not in turn.text.lower()
    turn = session.reply("Sorry, the Sierra Madre is sold out today.")
    assert "?" in turn.text


def test_commands_in_a_script_mean_what_they_mean_live(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("/policy\nHi Dana, I'm so sorry the music box arrived broken.\n/hint\n/end\nThis line is never played.\n")
    data = json.loads(runner.invoke(app, ["play", "damaged-birthday-gift", "--script", str(path), "--json"]).stdout)
    said = [t["text"] for t in data["conversation"] if t["speaker"] == "agent"]
    assert said == ["Hi Dana, I'm so sorry the music box arrived broken."]
    assert data["hints"] == 1 and data["outcome"] == "unfinished"


def test_commands_in_a_script_are_not_counted_as_unused_replies(tmp_path):
    only = tmp_path / "only.txt"
    only.write_text("/policy\n/customer\n")
    result = runner.invoke(app, ["play", "lost-card-abroad", "--script", str(only), "--json"])
    assert result.exit_code == 0 and "unused_replies" not in json.loads(result.stdout)
    mixed = tmp_path / "mixed.txt"
    mixed.write_text("/policy\nHello Mrs Doyle, thanks for calling the card line.\n/end\n")
    result = runner.invoke(app, ["play", "lost-card-abroad", "--script", str(mixed), "--json"])
    assert result.exit_code == 0 and "unused_replies" not in json.loads(result.stdout)
