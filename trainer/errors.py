"""One family of errors, caught once by the CLI and turned into an exit code."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    USER_ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a content file, located for a human to fix."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "field": self.field, "message": self.message}


class TrainerError(Exception):
    """Anything a user can cause and fix; never shown as a traceback."""

    exit_code = ExitCode.USER_ERROR


class ContentError(TrainerError):
    """Scenario, rubric or question files that do not validate."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class NotFound(TrainerError):
    """A scenario, question or file the user named does not exist."""


class EngineError(TrainerError):
    """A customer or grading engine failed mid-session (for example an endpoint)."""
