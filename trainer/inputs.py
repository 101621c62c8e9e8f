"""Reading a file named on the command line ('-' for stdin), with errors a user can act on."""

from __future__ import annotations

import sys
from pathlib import Path

from trainer.errors import NotFound, TrainerError


def read_text(path: Path, what: str = "file") -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise NotFound(f"no such {what}: {path}") from None
    except IsADirectoryError:
        raise TrainerError(f"{path} is a folder, not a {what}") from None
    except UnicodeDecodeError:
        raise TrainerError(f"{path}: not valid UTF-8; save the {what} as UTF-8") from None
