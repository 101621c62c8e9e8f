"""The history in one SQLite file: nothing to install, and safe for sessions finishing at once.

WAL mode lets readers carry on while one writer writes; a writer that finds the file busy waits
(up to ``BUSY_SECONDS``) instead of failing, so two sessions ending together both land.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

from trainer.errors import TrainerError
from trainer.history.store import SqlStore

BUSY_SECONDS = 30


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch a new file to WAL (it stays so). Two processes creating the file at once can find it
    locked, and SQLite does not wait for that lock by itself: wait and try again."""
    for attempt in range(100):
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            time.sleep(min(0.01 * (attempt + 1), 0.3))
    connection.execute("PRAGMA journal_mode=WAL")  # the last try says why, if it fails


class SqliteStore(SqlStore):
    def __init__(self, path: Path | None):
        """``path`` None is an empty history in memory (reading one that does not exist yet)."""
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path or ":memory:", timeout=BUSY_SECONDS, isolation_level=None)  # transactions are ours
            _use_wal(connection)
            connection.execute("PRAGMA synchronous=NORMAL")  # with WAL: never corrupt, and no fsync per session
            connection.execute("PRAGMA foreign_keys=ON")
        except (sqlite3.Error, OSError) as exc:
            raise TrainerError(f"{path}: cannot open the history ({exc})") from None
        super().__init__(connection, str(path or "an empty history"))

    @contextmanager
    def _transaction(self, exclusive: bool = False):
        cursor = self.db.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE" if exclusive else "BEGIN")
            yield cursor
            cursor.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.db.in_transaction:
                cursor.execute("ROLLBACK")
            raise TrainerError(f"{self.where}: {exc}") from None
        except BaseException:
            if self.db.in_transaction:
                cursor.execute("ROLLBACK")
            raise
