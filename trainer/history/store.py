"""Where the history is kept: one interface, SQLite by default, PostgreSQL for a team.

``TRAINER_DB`` chooses: unset, the SQLite file ``$TRAINER_HOME/history.db``; ``sqlite:///PATH``
another file; ``postgresql://...`` a PostgreSQL database (psycopg is imported only then). Both
run the same SQL, schema and migrations; only the placeholders and the id column differ.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

from trainer import catalog
from trainer.errors import TrainerError
from trainer.history.records import Override, SessionRecord

# Each migration takes the schema one version further; a database records the version it is at.
# Never edit a shipped step: add the next one. "{id}" is the dialect's auto-increment primary key.
MIGRATIONS: list[list[str]] = [
    [  # 1: graded sessions and their scores
        """CREATE TABLE sessions (
            id {id}, trainee TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, at TEXT NOT NULL,
            engine TEXT NOT NULL, rubric_hash TEXT NOT NULL, outcome TEXT, overall INTEGER NOT NULL,
            hints INTEGER NOT NULL DEFAULT 0, transcript TEXT, difficulty INTEGER,
            flags TEXT NOT NULL DEFAULT '[]', strengths TEXT NOT NULL DEFAULT '[]', improvements TEXT NOT NULL DEFAULT '[]')""",
        "CREATE INDEX sessions_by_trainee ON sessions (trainee, at)",
        "CREATE INDEX sessions_by_transcript ON sessions (transcript)",
        """CREATE TABLE scores (
            session_id INTEGER NOT NULL REFERENCES sessions (id), pillar TEXT NOT NULL, score INTEGER,
            PRIMARY KEY (session_id, pillar))""",
    ],
    [  # 2: official attempts with a pass mark, and coaches' overrides
        "ALTER TABLE sessions ADD COLUMN official INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE sessions ADD COLUMN pass_mark INTEGER",
        """CREATE TABLE overrides (
            id {id}, session_id INTEGER NOT NULL REFERENCES sessions (id), pillar TEXT NOT NULL,
            score INTEGER NOT NULL, reason TEXT NOT NULL, coach TEXT NOT NULL, at TEXT NOT NULL)""",
        "CREATE INDEX overrides_by_session ON overrides (session_id)",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = ("trainee", "kind", "subject", "at", "engine", "rubric_hash", "outcome", "overall", "hints", "transcript",
            "difficulty", "flags", "strengths", "improvements", "official", "pass_mark")


class HistoryStore(Protocol):
    """What the rest of the program may ask of a history, whatever keeps it."""

    def add(self, record: SessionRecord) -> int: ...
    def find(self, record: SessionRecord) -> int | None: ...
    def get(self, session_id: int) -> SessionRecord | None: ...
    def sessions(self, trainee: str | None = None, *, official_only: bool = False, kind: str | None = None,
                 last: int | None = None) -> list[SessionRecord]: ...
    def tally(self, trainee: str) -> dict[tuple[str, str], int]: ...
    def add_override(self, override: Override) -> int: ...
    def trainees(self) -> list[str]: ...
    def close(self) -> None: ...


class SqlStore:
    """The history over a DB-API connection; subclasses say how to connect and how to spell things."""

    placeholder = "?"
    id_column = "INTEGER PRIMARY KEY"

    def __init__(self, connection, where: str):
        self.db = connection
        self.where = where
        self._migrate()

    # -- schema ---------------------------------------------------------------------------------
    def _version(self) -> int:
        cursor = self.db.cursor()
        cursor.execute(self._q("SELECT value FROM meta WHERE key = ?"), ("schema_version",))
        row = cursor.fetchone()
        return int(row[0]) if row else 0

    def _current(self) -> bool:
        """Already at this version (the usual case): no need to take the writers' lock to check."""
        try:
            with self._transaction() as cursor:
                cursor.execute(self._q("SELECT value FROM meta WHERE key = ?"), ("schema_version",))
                row = cursor.fetchone()
        except TrainerError:  # no meta table yet
            return False
        return bool(row) and int(row[0]) == SCHEMA_VERSION

    def _migrate(self) -> None:
        if self._current():
            return
        with self._transaction(exclusive=True) as cursor:  # two processes opening a new history at once: one migrates
            cursor.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            version = self._version()
            if version > SCHEMA_VERSION:
                raise TrainerError(f"{self.where}: the history was written by a newer service-trainer "
                                   f"(schema {version}, this one knows {SCHEMA_VERSION}); upgrade to read it")
            for step in MIGRATIONS[version:]:
                for statement in step:
                    cursor.execute(statement.format(id=self.id_column))
            if version < SCHEMA_VERSION:
                cursor.execute(self._q("DELETE FROM meta WHERE key = ?"), ("schema_version",))
                cursor.execute(self._q("INSERT INTO meta (key, value) VALUES (?, ?)"), ("schema_version", str(SCHEMA_VERSION)))

    # -- writing --------------------------------------------------------------------------------
    def find(self, record: SessionRecord, cursor=None) -> int | None:
        """The session already kept for this transcript, rubric and engine, if there is one."""
        if not record.transcript:
            return None
        cursor = cursor or self.db.cursor()
        cursor.execute(self._q("SELECT id FROM sessions WHERE transcript = ? AND rubric_hash = ? AND engine = ? ORDER BY id"),
                       (record.transcript, record.rubric_hash, record.engine))
        row = cursor.fetchone()
        return int(row[0]) if row else None

    def add(self, record: SessionRecord) -> int:
        """Keep a graded session and return its id. The same transcript graded again by the same
        rubric and engine is the row already there (whoever asks); a changed rubric adds a row,
        never rewrites one."""
        with self._transaction(exclusive=True) as cursor:
            known = self.find(record, cursor)  # inside the writers' lock: the check and the insert stay together
            if known is not None:
                record.id = known
                return known
            values = [getattr(record, c) for c in _COLUMNS]
            for i, name in enumerate(_COLUMNS):
                if name in ("flags", "strengths", "improvements"):
                    values[i] = json.dumps(values[i], ensure_ascii=False)
                elif name == "official":
                    values[i] = int(bool(values[i]))
            cursor.execute(self._q(f"INSERT INTO sessions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})")
                           + self._returning(), values)
            record.id = self._new_id(cursor)
            cursor.executemany(self._q("INSERT INTO scores (session_id, pillar, score) VALUES (?, ?, ?)"),
                               [(record.id, pillar, score) for pillar, score in record.scores.items()])
        return record.id

    def add_override(self, override: Override) -> int:
        if self.get(override.session_id) is None:
            raise TrainerError(f"no session {override.session_id} in the history ({self.where}); `trainer history list` shows them")
        with self._transaction() as cursor:
            cursor.execute(self._q("INSERT INTO overrides (session_id, pillar, score, reason, coach, at) VALUES (?, ?, ?, ?, ?, ?)")
                           + self._returning(),
                           (override.session_id, override.pillar, override.score, override.reason, override.coach, override.at))
            override.id = self._new_id(cursor)
        return override.id

    # -- reading --------------------------------------------------------------------------------
    def get(self, session_id: int) -> SessionRecord | None:
        found = self._select("WHERE id = ?", (session_id,))
        return found[0] if found else None

    def sessions(self, trainee: str | None = None, *, official_only: bool = False, kind: str | None = None,
                 last: int | None = None) -> list[SessionRecord]:
        """Sessions oldest first, each with its scores and overrides; ``last`` keeps only the newest N."""
        clauses, args = [], []
        if trainee is not None:
            clauses.append("trainee = ?")
            args.append(trainee)
        if official_only:
            clauses.append("official = 1")
        if kind is not None:
            clauses.append("kind = ?")
            args.append(kind)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        if last is not None:  # the newest N, still returned oldest first
            where = (f"WHERE id IN (SELECT id FROM sessions {where} ORDER BY at DESC, id DESC LIMIT {int(last)})")
        return self._select(where, tuple(args))

    def tally(self, trainee: str) -> dict[tuple[str, str], int]:
        """How many sessions of each (kind, scenario or question) a trainee has: cheap, whatever the history's size."""
        cursor = self.db.cursor()
        cursor.execute(self._q("SELECT kind, subject, COUNT(*) FROM sessions WHERE trainee = ? GROUP BY kind, subject"), (trainee,))
        return {(kind, subject): int(count) for kind, subject, count in cursor.fetchall()}

    def trainees(self) -> list[str]:
        cursor = self.db.cursor()
        cursor.execute("SELECT DISTINCT trainee FROM sessions ORDER BY trainee")
        return [row[0] for row in cursor.fetchall()]

    def close(self) -> None:
        self.db.close()

    def _select(self, where: str, args: tuple) -> list[SessionRecord]:
        cursor = self.db.cursor()
        cursor.execute(self._q(f"SELECT id, {', '.join(_COLUMNS)} FROM sessions {where} ORDER BY at, id"), args)
        rows = cursor.fetchall()
        if not rows:
            return []
        records: dict[int, SessionRecord] = {}
        for row in rows:
            data = dict(zip(("id", *_COLUMNS), row, strict=True))
            for name in ("flags", "strengths", "improvements"):
                data[name] = json.loads(data[name])
            data["official"] = bool(data["official"])
            records[data["id"]] = SessionRecord(scores={}, **data)
        scope = "" if not where else f"WHERE session_id IN (SELECT id FROM sessions {where})"
        cursor.execute(self._q(f"SELECT session_id, pillar, score FROM scores {scope}"), args)
        for session_id, pillar, score in cursor.fetchall():
            if session_id in records:
                records[session_id].scores[pillar] = score
        cursor.execute(self._q(f"SELECT id, session_id, pillar, score, reason, coach, at FROM overrides {scope} ORDER BY id"), args)
        for oid, session_id, pillar, score, reason, coach, at in cursor.fetchall():
            if session_id in records:
                records[session_id].overrides.append(Override(session_id, pillar, score, reason, coach, at, oid))
        return list(records.values())

    # -- dialect --------------------------------------------------------------------------------
    def _q(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _returning(self) -> str:
        return ""

    def _new_id(self, cursor) -> int:
        return int(cursor.lastrowid)

    def _transaction(self, exclusive: bool = False):
        raise NotImplementedError


def default_url() -> str:
    return os.environ.get("TRAINER_DB") or str(catalog.home() / "history.db")


def sqlite_path(url: str) -> Path | None:
    """The file a SQLite URL or plain path names: ``/abs/h.db``, ``h.db``, ``sqlite:///h.db`` (relative)
    or ``sqlite:////abs/h.db`` (absolute, as SQLAlchemy spells them); None for anything else."""
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///"):]).expanduser()
    if "://" in url or not url.strip():
        return None
    return Path(url).expanduser()


def open_store(url: str | None = None, create: bool = True) -> HistoryStore:
    """The history named by ``url`` (default: ``TRAINER_DB``, else ``$TRAINER_HOME/history.db``).

    ``create=False`` is for commands that only read: a SQLite history that does not exist yet reads
    as empty instead of being created (a mistyped path leaves nothing behind).
    """
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://")):
        from trainer.history.postgres import PostgresStore

        return PostgresStore(url)
    path = sqlite_path(url)
    if path is None:
        raise TrainerError(f"TRAINER_DB={url!r} is not understood; use a file path (or sqlite:///PATH) or postgresql://USER@HOST/DB")
    from trainer.history.sqlite import SqliteStore

    if not create and not path.exists():
        return SqliteStore(None)
    return SqliteStore(path)

