"""The history in PostgreSQL, for a team: every trainer sees every new hire's sessions.

Chosen with ``TRAINER_DB=postgresql://...``; psycopg (``pip install 'service-trainer[postgres]'``)
is imported only then. The schema and migrations are the SQLite ones.
"""

from __future__ import annotations

from contextlib import contextmanager

from trainer.errors import TrainerError
from trainer.history.store import SqlStore


class PostgresStore(SqlStore):
    placeholder = "%s"
    id_column = "BIGSERIAL PRIMARY KEY"

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError:
            raise TrainerError("TRAINER_DB names PostgreSQL but psycopg is not installed: "
                               "pip install 'service-trainer[postgres]'") from None
        self._errors = psycopg.Error
        try:
            connection = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise TrainerError(f"cannot reach the history database: {str(exc).strip().splitlines()[0]}") from None
        super().__init__(connection, _safe(url))

    @contextmanager
    def _transaction(self, exclusive: bool = False):
        try:
            with self.db.transaction(), self.db.cursor() as cursor:
                if exclusive:  # one writer at a time (the schema check, or a duplicate check and its insert)
                    cursor.execute("SELECT pg_advisory_xact_lock(7406121)")
                yield cursor
        except self._errors as exc:
            raise TrainerError(f"{self.where}: {str(exc).strip().splitlines()[0]}") from None

    def _returning(self) -> str:
        return " RETURNING id"

    def _new_id(self, cursor) -> int:
        return int(cursor.fetchone()[0])


def _safe(url: str) -> str:
    """The URL without its password, fit for a message."""
    if "@" in url and ":" in url.split("@", 1)[0].split("//", 1)[-1]:
        scheme, rest = url.split("//", 1)
        user = rest.split("@", 1)[0].split(":", 1)[0]
        return f"{scheme}//{user}:***@{rest.split('@', 1)[1]}"
    return url
