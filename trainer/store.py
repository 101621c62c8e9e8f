"""Where sessions are kept: YAML transcripts under ``$TRAINER_HOME/transcripts``, written atomically."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import yaml

from trainer.catalog import home
from trainer.errors import TrainerError


def transcripts_dir() -> Path:
    return home() / "transcripts"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50] or "session"


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump(record: dict) -> str:
    return yaml.dump(record, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def new_path(name_hint: str, started: datetime | None = None) -> Path:
    """A fresh, sortable file name such as ``2026-11-23T114650-damaged-birthday-gift.yaml``."""
    started = started or datetime.now(UTC)
    stem = f"{started.strftime('%Y-%m-%dT%H%M%S')}-{_slug(name_hint)}"
    path = transcripts_dir() / f"{stem}.yaml"
    n = 2
    while path.exists():
        path = transcripts_dir() / f"{stem}-{n}.yaml"
        n += 1
    return path


def save(record: dict, path: Path) -> Path:
    write_atomic(path, dump(record))
    return path


def load(path: Path) -> dict:
    """A saved transcript; anything else is a clear error, never a traceback."""
    from trainer.inputs import read_text

    text = read_text(path, "transcript")
    try:
        data = yaml.load(text, Loader=_SafeLoader)  # the C safe loader when present
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise TrainerError(f"{path}{line}: YAML syntax error: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise TrainerError(f"{path}: not a transcript ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("turns"), list):
        raise TrainerError(f"{path} is not a transcript (expected a 'turns' list); chat logs must end in .jsonl or .json")
    return data


def list_saved() -> list[Path]:
    folder = transcripts_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []
