"""Nothing is lost: every session gets its own file, a crash keeps what was said, a turn
costs what the turn costs, and an oversized reply is refused without ending the session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml
from typer.testing import CliRunner

from tests.helpers import scenario
from trainer import store
from trainer.cli import app
from trainer.session import MAX_REPLY_CHARS, Session, parse_script, play_script

runner = CliRunner()
SCRIPT = "Hi Dana, I'm so sorry the music box arrived broken.\nWhen is the party?\n"


def _env(home: Path) -> dict:
    return {**os.environ, "TRAINER_HOME": str(home), "PYTHONPATH": str(Path(__file__).resolve().parents[1])}


def test_runs_started_in_the_same_second_never_share_a_file(trainer_home):
    """Eight processes create a transcript for the same scenario at the same instant."""
    code = textwrap.dedent(
        """
        import sys, time
        from datetime import datetime, UTC
        from trainer import store
        start = float(sys.argv[1])
        while time.time() < start:
            pass
        path = store.create("same-second", {"turns": [], "who": sys.argv[2]}, datetime(2026, 1, 1, tzinfo=UTC))
        print(path)
        """
    )
    import time

    start = time.time() + 1.5
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(start), str(i)], env=_env(trainer_home), stdout=subprocess.PIPE, text=True)
        for i in range(8)
    ]
    paths = [p.communicate(timeout=60)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert len(set(paths)) == 8
    whos = sorted(yaml.safe_load(Path(p).read_text())["who"] for p in paths)
    assert whos == [str(i) for i in range(8)]


def test_concurrent_plays_each_keep_their_session(trainer_home, tmp_path):
    script = tmp_path / "s.txt"
    script.write_text(SCRIPT)
    command = [sys.executable, "-m", "trainer", "play", "damaged-birthday-gift", "--script", str(script), "--json"]
    procs = [subprocess.Popen(command, env=_env(trainer_home), stdout=subprocess.PIPE, text=True) for _ in range(4)]
    results = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    paths = {r["transcript"] for r in results}
    assert len(paths) == 4
    for path in paths:
        saved = store.load(Path(path))
        assert [t["text"] for t in saved["turns"] if t["speaker"] == "agent"] == SCRIPT.splitlines()


def test_a_turn_is_appended_not_the_whole_transcript_rewritten(trainer_home):
    session = Session(scenario("damaged-birthday-gift"), seed=1)
    session.start()
    header = session.path.read_bytes()
    long_reply = "I hear you, and I am sorry. " * 300  # ~8 KB
    for i in range(3):
        session.reply(f"{long_reply}({i})")
    assert session.path.read_bytes() == header  # the big replies went to the journal only
    journal = store.journal_path(session.path)
    assert journal.stat().st_size < 4 * len(long_reply.encode()) + 4000
    replies = [t for t in store.load(session.path)["turns"] if t["speaker"] == "agent"]
    assert [r["text"] for r in replies] == [f"{long_reply}({i})" for i in range(3)]
    session.end()
    assert not journal.exists()  # folded into the transcript at the end
    assert yaml.safe_load(session.path.read_text())["outcome"] == "unfinished"


def test_a_killed_session_keeps_every_turn(trainer_home):
    """The process dies without any clean-up; the listing, replay and grading still see it all."""
    code = textwrap.dedent(
        """
        import os
        from trainer import catalog
        from trainer.session import Session
        session = Session(catalog.scenarios().get("damaged-birthday-gift"), seed=3)
        session.start()
        session.reply("Hi Dana, I'm so sorry the music box arrived broken.")
        session.hint()
        session.reply("When is the party?")
        print(session.path, flush=True)
        os._exit(9)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], env=_env(trainer_home), capture_output=True, text=True, timeout=60)
    assert out.returncode == 9
    path = Path(out.stdout.strip())
    listed = json.loads(runner.invoke(app, ["transcripts", "--json"]).stdout)
    assert [(row["file"], row["replies"]) for row in listed] == [(str(path), 2)]
    saved = store.load(path)
    assert saved["hints"] == 1 and saved["outcome"] == "unfinished"
    assert [t["speaker"] for t in saved["turns"]] == ["customer", "agent", "customer", "coach", "agent", "customer"]
    graded = runner.invoke(app, ["grade", str(path), "--json"])
    assert graded.exit_code == 0 and json.loads(graded.stdout)["turns"] == 2


def test_a_torn_last_journal_line_is_skipped(trainer_home):
    session = Session(scenario("damaged-birthday-gift"))
    session.start()
    session.reply("Hello Dana, I'm sorry to hear that.")
    with open(store.journal_path(session.path), "a", encoding="utf-8") as handle:
        handle.write('{"turn": {"speaker": "agent", "te')  # the crash hit mid-line
    saved = store.load(session.path)
    assert [t["speaker"] for t in saved["turns"]] == ["customer", "agent", "customer"]


def test_an_oversized_reply_is_refused_and_the_session_goes_on(trainer_home, tmp_path):
    script = tmp_path / "s.txt"
    huge = "word " * (MAX_REPLY_CHARS // 4)
    script.write_text(f"Hi Dana, I'm so sorry.\n{huge}\nWhen is the party?\n")
    result = runner.invoke(app, ["play", "damaged-birthday-gift", "--script", str(script), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["refused_replies"] == 1 and data["turns"] == 2
    assert "refused" in result.stderr and f"{MAX_REPLY_CHARS:,}" in result.stderr
    texts = [t["text"] for t in store.load(Path(data["transcript"]))["turns"]]
    assert huge.strip() not in texts and "When is the party?" in texts


def test_refusal_in_the_library_names_the_limit(trainer_home):
    session = Session(scenario("damaged-birthday-gift"), save=False)
    transcript = play_script(session, parse_script("x" * (MAX_REPLY_CHARS + 1) + "\nHello Dana.\n"))
    assert len(session.refused) == 1
    assert [t.text for t in transcript.turns if t.speaker == "agent"] == ["Hello Dana."]
