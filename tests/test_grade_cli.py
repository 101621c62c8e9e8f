"""`trainer grade`: saved transcripts and real chat logs, one scorecard per line, in order."""

import json

from typer.testing import CliRunner

from trainer.cli import app

runner = CliRunner()

CHAT = [
    {"role": "customer", "content": "Hi, my name is Priya. My new router keeps dropping the connection every evening and I work from home."},
    {"role": "agent", "content": "Hi Priya, I'm sorry - losing the connection every evening when you work from home must be really frustrating. When did it start?", "seconds": 20},
    {"role": "customer", "content": "About a week ago. Can you fix it?"},
    {"role": "agent", "content": "Yes. I'll send a replacement router today, and I'll call you tomorrow at 10 am to check it's working.", "seconds": 35},
]


def write_jsonl(path, messages):
    path.write_text("\n".join(json.dumps(m) for m in messages) + "\n")
    return path


def test_grades_a_jsonl_chat_log_without_a_scenario(tmp_path):
    path = write_jsonl(tmp_path / "chat.jsonl", CHAT)
    result = runner.invoke(app, ["grade", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["file"] == str(path) and data["outcome"] is None
    knowledge = data["pillars"]["knowledge"]["criteria"]
    assert knowledge["accurate-facts"]["score"] is None and "no scenario" in knowledge["accurate-facts"]["note"]
    assert data["pillars"]["empathy"]["score"] >= 60
    assert data["pillars"]["personalization"]["criteria"]["name-use"]["score"] >= 75  # name learnt from "my name is Priya"


def test_openai_roles_and_json_lists_are_read(tmp_path):
    messages = [{"role": "system", "content": "You are a support agent."}] + [
        {**m, "role": {"customer": "user", "agent": "assistant"}[m["role"]]} for m in CHAT
    ]
    path = tmp_path / "chat.json"
    path.write_text(json.dumps(messages))
    result = runner.invoke(app, ["grade", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["turns"] == 2


def test_many_files_give_one_line_each_in_the_order_given(tmp_path):
    paths = []
    for i in range(3):
        messages = CHAT if i != 1 else [CHAT[0], {"role": "agent", "content": "Calm down. Read the manual."}]
        paths.append(str(write_jsonl(tmp_path / f"c{i}.jsonl", messages)))
    result = runner.invoke(app, ["grade", *paths, "--json"])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["file"] for line in lines] == paths
    assert lines[1]["overall"] < lines[0]["overall"]


def test_with_a_scenario_policy_is_checked(tmp_path):
    messages = [
        {"role": "customer", "content": "My daughter's music box arrived broken. Her party is Saturday."},
        {"role": "agent", "content": "You'll need to send it back first, and standard shipping takes 5-7 business days."},
    ]
    path = write_jsonl(tmp_path / "dana.jsonl", messages)
    data = json.loads(runner.invoke(app, ["grade", str(path), "--scenario", "damaged-birthday-gift", "--json"]).stdout)
    facts = data["pillars"]["knowledge"]["criteria"]["accurate-facts"]
    assert facts["score"] is not None and facts["score"] < 30
    assert any(e["quote"].startswith("You'll need to send it back first") for e in facts["evidence"])


def test_bad_chat_log_is_a_clear_error_with_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"role": "customer", "content": "hi"}\n{"role": "robot", "content": "beep"}\n')
    result = runner.invoke(app, ["grade", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2: role" in result.output and "Traceback" not in result.output


def test_regrades_a_saved_transcript_with_its_scenario(tmp_path):
    script = tmp_path / "s.txt"
    script.write_text("Morning Marcus! Sierra Madre's out - can I do your usual with the Colombian Huila?\n")
    played = json.loads(runner.invoke(app, ["play", "out-of-stock-regular", "--script", str(script), "--json"]).stdout)
    regraded = json.loads(runner.invoke(app, ["grade", played["transcript"], "--json"]).stdout)
    assert regraded["overall"] == played["overall"]
    assert regraded["pillars"] == played["pillars"]


def test_human_output_for_one_file(tmp_path):
    path = write_jsonl(tmp_path / "chat.jsonl", CHAT)
    result = runner.invoke(app, ["grade", str(path)], env={"COLUMNS": "160"})
    assert result.exit_code == 0 and "Scorecard" in result.output


def test_unreadable_files_are_reported_and_the_rest_still_graded(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [b\n")
    not_a_transcript = tmp_path / "note.txt"
    not_a_transcript.write_text('{"role": "customer", "content": "hi"}\n')
    good = write_jsonl(tmp_path / "good.jsonl", CHAT)
    result = runner.invoke(app, ["grade", str(broken), str(not_a_transcript), str(tmp_path), str(good), "--json"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in line) for line in lines] == [True, True, True, False]
    assert "broken.yaml:2: YAML syntax error" in lines[0]["error"]
    assert "is a folder" in lines[2]["error"]
    assert lines[3]["overall"] > 0
    assert "Traceback" not in result.output


def test_replay_of_a_folder_or_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text("a: [b\n")
    for target in (tmp_path, bad):
        result = runner.invoke(app, ["replay", str(target)])
        assert result.exit_code == 1 and "Traceback" not in result.output


def test_grading_in_parallel_processes_gives_each_file_the_score_it_gets_alone(tmp_path):
    variants = [CHAT, [CHAT[0], {"role": "agent", "content": "Calm down. Read the manual."}], CHAT[:2], CHAT]
    paths = [str(write_jsonl(tmp_path / f"c{i}.jsonl", variants[i % 4])) for i in range(8)]
    paths.insert(3, str(tmp_path / "missing.jsonl"))  # a failure in the middle of the batch keeps its place
    together = [json.loads(line) for line in runner.invoke(app, ["grade", *paths, "--json", "--jobs", "2"]).stdout.splitlines()]
    alone = [json.loads(runner.invoke(app, ["grade", path, "--json", "--jobs", "1"]).stdout) for path in paths]
    assert [r["file"] for r in together] == paths
    assert together == alone
    assert "error" in together[3] and together[1]["overall"] < together[0]["overall"]
