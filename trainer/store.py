"""Where sessions are kept: YAML transcripts under ``$TRAINER_HOME/transcripts``, written atomically."""

from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import yaml

from trainer import yaml_limits
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # as an ordinary new file would be, not mkstemp's owner-only
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _stem(name_hint: str, started: datetime | None) -> str:
    started = started or datetime.now(UTC)
    return f"{started.strftime('%Y-%m-%dT%H%M%S')}-{_slug(name_hint)}"


def _link_new(tmp: str, path: Path) -> bool:
    """Give the finished temporary file the name ``path`` only if nobody has it: True if it did."""
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: claim the name, then fill it
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            return False
        os.replace(tmp, path)
        return True


def create(name_hint: str, record: dict, started: datetime | None = None) -> Path:
    """Write a new transcript under a fresh, sortable name such as
    ``2026-11-23T114650-damaged-birthday-gift.yaml``; never another run's file.

    The name is taken exclusively (a hard link to the finished temporary file fails if the
    name exists), so two runs started in the same second get two files.
    """
    folder = transcripts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = _stem(name_hint, started)
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(dump(record))
            handle.flush()
            os.fsync(handle.fileno())
        for n in range(1, 10_000):
            path = folder / (f"{stem}.yaml" if n == 1 else f"{stem}-{n}.yaml")
            if _link_new(tmp, path):
                return path
        raise TrainerError(f"could not find a free transcript name for {stem} in {folder}")
    finally:
        Path(tmp).unlink(missing_ok=True)


def save(record: dict, path: Path) -> Path:
    """Write the whole transcript (atomically) and drop its journal, which it now contains."""
    write_atomic(path, dump(record))
    journal_path(path).unlink(missing_ok=True)
    return path


# --- the journal: one line per event, so saving a turn costs what the turn costs ---------


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


def append(path: Path, event: dict) -> None:
    """Add one event to the transcript's journal, flushed to disk before returning."""
    line = json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n"
    with open(journal_path(path), "a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def _replay_journal(record: dict, path: Path) -> dict:
    """Fold a journal left by a session that did not finish (a crash, a killed terminal)."""
    journal = journal_path(path)
    try:
        lines = journal.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return record
    turns = record["turns"]
    for line in lines:
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line torn by the crash itself
        if not isinstance(event, dict):
            continue
        if isinstance(event.get("turn"), dict):
            turns.append(event["turn"])
        elif isinstance(event.get("amend"), int) and 0 <= event["amend"] < len(turns):
            turns[event["amend"]].update(event.get("fields") or {})
        elif isinstance(event.get("head"), dict):
            record.update({k: v for k, v in event["head"].items() if k != "turns"})
    return record


def load(path: Path) -> dict:
    """A saved transcript, with any journal a crash left beside it folded in; anything else
    is a clear error, never a traceback."""
    from trainer.inputs import read_text

    text = read_text(path, "transcript")
    try:
        yaml_limits.check(text, _SafeLoader)
    except yaml_limits.YamlTooComplex as exc:
        raise TrainerError(f"{path}:{exc.line}: {exc.message}") from None
    try:
        data = yaml.load(text, Loader=_SafeLoader)  # the C safe loader when present
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise TrainerError(f"{path}{line}: YAML syntax error: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise TrainerError(f"{path}: not a transcript ({exc})") from None
    except RecursionError:
        raise TrainerError(f"{path}: not a transcript (nested too deeply)") from None
    if not isinstance(data, dict) or not isinstance(data.get("turns"), list):
        raise TrainerError(f"{path} is not a transcript (expected a 'turns' list); chat logs must end in .jsonl or .json")
    return _replay_journal(data, path)


def list_saved() -> list[Path]:
    folder = transcripts_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []
