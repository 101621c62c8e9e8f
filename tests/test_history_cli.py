"""The history as a trainee and a coach use it: play records, grade re-records on a new rubric,
import, override, progress, export, and the pass mark on the scorecard."""

from __future__ import annotations

import csv
import io
import json
import re

from typer.testing import CliRunner

from trainer.cli import app

runner = CliRunner()

GOOD = """Hi, I'm so sorry the music box arrived broken - and just before your daughter's birthday.
Could you tell me the order number?
Thank you. I'll send a replacement by express today so it arrives Friday, and I'll email you the tracking number by 5 pm.
"""
RUDE = "Calm down. You probably dropped it yourself.\nNot my problem.\n"


def play(tmp_path, script: str, *extra: str) -> dict:
    path = tmp_path / f"s{abs(hash(script + ''.join(extra)))}.txt"
    path.write_text(script)
    result = runner.invoke(app, ["play", "damaged-birthday-gift", "--script", str(path), "--json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def listed(*args: str) -> list[dict]:
    result = runner.invoke(app, ["history", "list", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_played_session_is_recorded_with_its_pass_mark(tmp_path):
    data = play(tmp_path, GOOD, "--official")
    assert data["pass_mark"] == 70 and data["passed"] == (data["overall"] >= 70) and data["session_id"] == 1
    (kept,) = listed()
    assert kept["trainee"] == "test-trainee" and kept["official"] is True and kept["overall"] == data["overall"]
    assert kept["scores"]["empathy"] == data["pillars"]["empathy"]["score"]


def test_practice_is_only_in_the_trainees_own_view(tmp_path):
    play(tmp_path, GOOD)
    play(tmp_path, RUDE, "--official", "--trainee", "ben")
    assert [r["trainee"] for r in listed()] == ["test-trainee"]
    assert [r["trainee"] for r in listed("--all")] == ["ben"]  # a trainer sees official attempts
    assert len(listed("--all", "--practice")) == 2


def test_no_record_keeps_the_history_untouched(tmp_path):
    play(tmp_path, GOOD, "--no-record")
    assert listed() == []


def test_regrading_with_a_changed_rubric_adds_a_row(tmp_path):
    data = play(tmp_path, GOOD)
    rubric = tmp_path / "strict.yaml"
    from trainer import catalog

    original = (catalog.load_rubric().model_dump(mode="json"))
    original["id"] = "strict"
    original["pass_mark"] = 95
    import yaml

    rubric.write_text(yaml.safe_dump(original))
    assert runner.invoke(app, ["grade", data["transcript"], "--json"]).exit_code == 0  # same rubric: nothing new
    assert len(listed()) == 1
    assert runner.invoke(app, ["grade", data["transcript"], "--rubric", str(rubric), "--json"]).exit_code == 0
    assert [r["rubric_hash"] != listed()[0]["rubric_hash"] for r in listed()[1:]] == [True]


def test_a_coach_override_is_shown_beside_the_graders_score(tmp_path):
    data = play(tmp_path, RUDE, "--official")
    result = runner.invoke(app, ["override", "1", "--pillar", "empathy", "--score", "55", "--reason", "Tone was fine on the recording",
                                 "--coach", "kim", "--json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(runner.invoke(app, ["history", "show", "1", "--json"]).stdout)
    assert shown["scores"]["empathy"] == data["pillars"]["empathy"]["score"]
    assert shown["overrides"][0]["score"] == 55 and shown["overrides"][0]["coach"] == "kim"
    human = " ".join(runner.invoke(app, ["history", "show", "1"]).stdout.split())
    assert f"kim set Empathy & Understanding from {data['pillars']['empathy']['score']} to 55" in human
    assert "Tone was fine on the recording" in human
    wrong = runner.invoke(app, ["override", "1", "--pillar", "kindness", "--score", "5", "--reason", "x"])
    assert wrong.exit_code != 0 and "no score 'kindness'" in wrong.output and "Traceback" not in wrong.output


def test_progress_names_the_weakest_pillar_and_what_to_play_next(tmp_path):
    play(tmp_path, RUDE)
    play(tmp_path, GOOD)
    data = json.loads(runner.invoke(app, ["progress", "--json"]).stdout)
    assert data["conversations"] == 2 and len(data["overall"]) == 2
    assert data["weakest"]["pillar"] in dict((p["id"], p["name"]) for p in data["pillars"])
    assert data["next"]["scenario"]
    human = runner.invoke(app, ["progress"]).stdout
    assert "Weakest lately" in human and "trainer play" in human


def test_import_records_saved_transcripts_once(tmp_path):
    play(tmp_path, GOOD, "--no-record")
    play(tmp_path, RUDE, "--no-record")
    answer = tmp_path / "answer.txt"
    answer.write_text("Good service means the customer leaves with their problem solved. Once a parcel went missing before a "
                      "wedding; I called the courier and had it delivered that afternoon, and the bride wrote to thank us.")
    assert runner.invoke(app, ["interview", "good-service-meaning", "--answer-file", str(answer), "--json", "--no-record"]).exit_code == 0
    first = runner.invoke(app, ["history", "import", "home/transcripts", "--json"])
    assert first.exit_code == 0, first.output
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(lines) == 3 and all(line["added"] and line["session_id"] for line in lines)
    runner.invoke(app, ["history", "import", "home/transcripts"])
    kinds = sorted(r["kind"] for r in listed())
    assert kinds == ["conversation", "conversation", "interview"]


def test_export_writes_one_row_per_session_and_one_column_per_pillar(tmp_path):
    play(tmp_path, GOOD, "--official")
    play(tmp_path, RUDE)
    result = runner.invoke(app, ["export", "--csv", "-"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1 and rows[0]["official"] == "yes"  # practice stays private
    assert {"empathy", "knowledge", "reliability", "overall", "passed"} <= set(rows[0])
    everything = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--csv", "-", "--practice"]).stdout)))
    assert len(everything) == 2


def test_report_needs_somewhere_to_write(tmp_path):
    result = runner.invoke(app, ["report"])
    assert result.exit_code != 0 and "--html FILE" in result.output


def test_report_writes_html_and_markdown(tmp_path):
    play(tmp_path, GOOD, "--official")
    result = runner.invoke(app, ["report", "--html", "r.html", "--md", "r.md"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r.html").read_text()
    assert page.lstrip().lower().startswith("<!doctype html") and "damaged-birthday-gift" in page
    assert not re.search(r"(src|href|url)\s*[=(]\s*[\"']?https?:", page)  # nothing fetched from the network
    assert "damaged-birthday-gift" in (tmp_path / "r.md").read_text()


def test_importing_what_was_already_recorded_adds_nothing(tmp_path):
    play(tmp_path, GOOD)
    answer = tmp_path / "answer.txt"
    answer.write_text("Good service is solving the problem the first time. Last year I sorted a double charge in one call.")
    assert runner.invoke(app, ["interview", "good-service-meaning", "--answer-file", str(answer), "--json"]).exit_code == 0
    assert len(listed()) == 2
    assert runner.invoke(app, ["history", "import", "home/transcripts"]).exit_code == 0
    assert len(listed()) == 2


def test_an_attempt_cannot_be_imported_as_someone_elses(tmp_path):
    data = play(tmp_path, GOOD, "--official", "--trainee", "alice")
    moved = runner.invoke(app, ["history", "import", data["transcript"], "--trainee", "mallory"])
    assert moved.exit_code == 1 and "alice's" in moved.output
    assert [r["trainee"] for r in listed("--all")] == ["alice"]


def test_a_session_without_a_reply_is_not_recorded(tmp_path):
    data = play(tmp_path, "/policy\n/end\n")
    assert "session_id" not in data
    assert listed() == []


def test_writing_a_report_into_a_folder_is_a_clear_error(tmp_path):
    play(tmp_path, GOOD, "--official")
    for args in (["report", "--html", "home"], ["export", "--csv", "home"]):
        result = runner.invoke(app, args)
        assert result.exit_code != 0 and "is a folder" in result.output and "Traceback" not in result.output


def test_a_name_that_matches_nobody_is_warned_about(tmp_path):
    play(tmp_path, GOOD, "--trainee", "alice")
    result = runner.invoke(app, ["progress", "--trainee", "Alice"])
    assert "did you mean alice" in result.output


def test_override_takes_a_pillar_by_its_name(tmp_path):
    play(tmp_path, RUDE)
    result = runner.invoke(app, ["override", "1", "--pillar", "Empathy", "--score", "40", "--reason", "heard the call", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["pillar"] == "empathy"


def test_the_export_counts_a_coachs_score_and_keeps_the_graders_beside_it(tmp_path):
    data = play(tmp_path, RUDE, "--official")
    runner.invoke(app, ["override", "1", "--pillar", "overall", "--score", "72", "--reason", "Fine; the caller was abusive", "--coach", "kim"])
    (row,) = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--csv", "-"]).stdout)))
    assert row["overall"] == "72" and row["grader_overall"] == str(data["overall"]) and row["passed"] == "yes"
    (change,) = json.loads(row["overrides"])
    assert change == {**change, "pillar": "overall", "coach_score": 72, "coach": "kim", "reason": "Fine; the caller was abusive"}


def test_progress_names_interview_criteria_as_the_scorecard_does(tmp_path):
    answer = tmp_path / "answer.txt"
    answer.write_text("Good service is fixing the problem the first time. Last winter I sorted a customer's double charge in one call.")
    assert runner.invoke(app, ["interview", "good-service-meaning", "--answer-file", str(answer), "--json"]).exit_code == 0
    data = json.loads(runner.invoke(app, ["progress", "--json"]).stdout)
    from trainer import interview

    names = {c.name for c in interview.load_rubric().criteria}
    assert data["interviews"] == 1 and data["interview_weakest"]["name"] in names
