"""The history store: the same behaviour from SQLite and from a real PostgreSQL server."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from tests.postgres_server import Cluster
from trainer.errors import TrainerError
from trainer.history.records import Override, SessionRecord
from trainer.history.store import MIGRATIONS, SCHEMA_VERSION, open_store


@pytest.fixture(scope="session")
def postgres():
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[dev]' brings it)")
    try:
        cluster = Cluster()
    except RuntimeError as exc:
        pytest.skip(f"no PostgreSQL server to test against: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'history.db'}"
    return request.getfixturevalue("postgres").fresh_database()


def make(trainee="ana", subject="damaged-birthday-gift", overall=60, at="2026-11-01T10:00:00Z", transcript=None, rubric="sha256:aaa", **kw):
    scores = kw.pop("scores", {"empathy": overall - 10, "knowledge": overall + 5, "reliability": None})
    return SessionRecord(trainee=trainee, kind="conversation", subject=subject, at=at, engine="rules", rubric_hash=rubric,
                         overall=overall, scores=scores, transcript=transcript, **kw)


def test_a_session_comes_back_as_it_was_kept(url):
    store = open_store(url)
    kept = make(flags=["rude"], hints=2, official=True, pass_mark=70, difficulty=3, outcome="resolved",
                improvements=[{"pillar": "empathy", "criterion": "interpretation", "text": "Say back what you heard.", "turn": 2, "quote": "ok"}])
    session = store.add(kept)
    back = store.get(session)
    assert back.scores == {"empathy": 50, "knowledge": 65, "reliability": None}
    assert (back.flags, back.hints, back.official, back.pass_mark, back.difficulty, back.outcome) == (["rude"], 2, True, 70, 3, "resolved")
    assert back.improvements[0]["quote"] == "ok" and back.passed is False
    store.close()


def test_sessions_are_filtered_by_trainee_and_official_and_come_oldest_first(url):
    store = open_store(url)
    store.add(make("ana", at="2026-11-03T10:00:00Z", official=True))
    store.add(make("ana", at="2026-11-01T10:00:00Z"))
    store.add(make("ben", at="2026-11-02T10:00:00Z", official=True))
    assert [r.at[:10] for r in store.sessions("ana")] == ["2026-11-01", "2026-11-03"]
    assert [r.trainee for r in store.sessions(official_only=True)] == ["ben", "ana"]
    assert store.trainees() == ["ana", "ben"]
    store.close()


def test_regrading_adds_a_row_only_when_the_rubric_changed(url):
    store = open_store(url)
    first = store.add(make(transcript="/t/one.yaml", rubric="sha256:aaa"))
    again = store.add(make(transcript="/t/one.yaml", rubric="sha256:aaa", overall=99))
    changed = store.add(make(transcript="/t/one.yaml", rubric="sha256:bbb", overall=40))
    assert again == first and changed != first
    assert [r.overall for r in store.sessions("ana")] == [60, 40]  # history is added to, never rewritten
    store.close()


def test_an_override_sits_beside_the_graders_score(url):
    store = open_store(url)
    session = store.add(make(overall=65, pass_mark=70))
    store.add_override(Override(session, "empathy", 80, "Warm on the phone; the grader missed it", "coach-kim", "2026-11-05T09:00:00Z"))
    store.add_override(Override(session, "overall", 72, "Resolved in the end", "coach-kim", "2026-11-05T09:01:00Z"))
    back = store.get(session)
    assert back.scores["empathy"] == 55 and back.effective("empathy") == 80
    assert back.overall == 65 and back.effective("overall") == 72 and back.passed is True
    assert [o.reason for o in back.overrides] == ["Warm on the phone; the grader missed it", "Resolved in the end"]
    with pytest.raises(TrainerError, match="no session 999"):
        store.add_override(Override(999, "empathy", 1, "x", "c", "2026-11-05T09:00:00Z"))
    store.close()


def test_a_version_one_history_is_migrated_and_keeps_its_sessions(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for statement in MIGRATIONS[0]:
        old.execute(statement.format(id="INTEGER PRIMARY KEY"))
    old.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    old.execute("INSERT INTO sessions (trainee, kind, subject, at, engine, rubric_hash, overall) "
                "VALUES ('ana', 'conversation', 'damaged-birthday-gift', '2026-10-01T10:00:00Z', 'rules', 'sha256:old', 61)")
    old.execute("INSERT INTO scores VALUES (1, 'empathy', 44)")
    old.commit()
    old.close()
    store = open_store(f"sqlite:///{path}")
    (kept,) = store.sessions("ana")
    assert (kept.overall, kept.scores, kept.official, kept.pass_mark) == (61, {"empathy": 44}, False, None)
    store.add_override(Override(kept.id, "empathy", 60, "checked the call", "kim", "2026-11-05T09:00:00Z"))  # version 2's table
    assert store.get(kept.id).effective("empathy") == 60
    store.close()
    assert sqlite3.connect(path).execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION)


def test_a_history_from_a_newer_version_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "new.db"
    open_store(f"sqlite:///{path}").close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    raw.commit()
    raw.close()
    with pytest.raises(TrainerError, match="newer service-trainer"):
        open_store(f"sqlite:///{path}")


def _write_many(url: str, who: str, count: int) -> None:
    store = open_store(url)
    for i in range(count):
        store.add(make(who, at=f"2026-11-01T10:{i // 60:02d}:{i % 60:02d}Z"))
    store.close()


def test_two_sessions_finishing_at_once_both_land(url):
    context = multiprocessing.get_context("spawn")  # real separate processes, as two terminals would be
    writers = [context.Process(target=_write_many, args=(url, who, 40)) for who in ("ana", "ben")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
    assert [w.exitcode for w in writers] == [0, 0]
    store = open_store(url)
    assert len(store.sessions("ana")) == 40 and len(store.sessions("ben")) == 40
    store.close()


def test_an_unknown_database_url_is_a_clear_error():
    with pytest.raises(TrainerError, match="a file path .* or postgresql://"):
        open_store("mysql://localhost/history")


def test_a_plain_path_names_a_sqlite_history_and_reading_one_that_is_missing_creates_nothing(tmp_path):
    store = open_store(str(tmp_path / "team" / "history.db"))
    store.add(make())
    store.close()
    assert len(open_store(f"sqlite:///{tmp_path / 'team' / 'history.db'}").sessions()) == 1
    missing = tmp_path / "typo" / "history.db"
    assert open_store(str(missing), create=False).sessions() == [] and not missing.parent.exists()


def test_the_same_transcript_is_one_session_whoever_records_it(url):
    store = open_store(url)
    first = store.add(make("alice", transcript="/t/one.yaml"))
    assert store.add(make("mallory", transcript="/t/one.yaml")) == first
    assert store.find(make("anyone", transcript="/t/one.yaml")) == first and store.trainees() == ["alice"]
    store.close()


def test_an_unreachable_postgres_server_is_one_line_without_the_password():
    pytest.importorskip("psycopg")
    with pytest.raises(TrainerError) as caught:
        open_store("postgresql://trainer:s3cret-pass@127.0.0.1:9/history")
    assert "cannot reach the history database" in str(caught.value) and "s3cret" not in str(caught.value)


def test_the_newest_sessions_and_a_tally_are_read_without_the_rest(url):
    store = open_store(url)
    for day in range(1, 8):
        store.add(make(at=f"2026-11-{day:02d}T10:00:00Z", subject="a" if day % 2 else "b", overall=50 + day))
    store.add(make("ben"))
    assert [r.overall for r in store.sessions("ana", last=3)] == [55, 56, 57]  # the newest three, oldest first
    assert store.tally("ana") == {("conversation", "a"): 4, ("conversation", "b"): 3}
    store.close()
