"""Bring transcripts saved before the history existed (or on another machine) into it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

from trainer import catalog, store
from trainer.errors import TrainerError
from trainer.history import recording
from trainer.history.store import open_store


def transcript_files(paths: list[Path]) -> list[Path]:
    """The files named, and the .yaml transcripts inside the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.yaml") if p.is_file())
        else:
            found.append(path)
    return found


def import_files(paths: list[Path], trainee: str | None = None, scenario_dirs=None) -> Iterator[dict]:
    """One line per file: ``{"file", "session_id", "added"}`` when in the history (``added`` false
    when it already was), ``{"file", "error"}`` when not.

    A conversation is graded now, with today's rubric; an interview answer keeps the grade it was
    given. The trainee is the one the transcript names; ``trainee`` names only transcripts that name
    nobody (an attempt cannot be moved to someone else). A session with no reply from the trainee
    is not a session. Importing the same file twice records it once.
    """
    history = open_store()
    try:
        yield from _import(history, paths, trainee, scenario_dirs)
    finally:
        history.close()


def _keep(history, made, path) -> dict:
    known = history.find(made)
    session = known if known is not None else history.add(made)
    return {"file": str(path), "session_id": session, "added": known is None, "trainee": made.trainee, "overall": made.overall}


def _who(data: dict, trainee: str | None, path: Path) -> str:
    named = data.get("trainee")
    if named and trainee and named != trainee:
        raise TrainerError(f"{path}: this attempt is {named}'s; --trainee only names transcripts that name nobody")
    return recording.trainee_name(named or trainee)


def _import(history, paths: list[Path], trainee: str | None, scenario_dirs) -> Iterator[dict]:
    from trainer.results import grade_files

    rubric = catalog.load_rubric()
    found = catalog.scenarios(scenario_dirs)
    rubric_hash = recording.rubric_hash(rubric)
    files = transcript_files(paths)
    heads: dict[str, dict] = {}
    conversations: list[Path] = []
    for path in files:
        try:
            data = store.load(path)
        except TrainerError as exc:
            yield {"file": str(path), "error": str(exc)}
            continue
        heads[str(path)] = data
        try:
            if data.get("kind") == "interview":
                yield _interview(history, path, data, trainee)
            elif data.get("kind") in (None, "conversation"):
                _who(data, trainee, path)
                if not any(isinstance(t, dict) and t.get("speaker") == "agent" for t in data.get("turns") or []):
                    yield {"file": str(path), "skipped": "the trainee never replied"}
                else:
                    conversations.append(path)
            else:
                yield {"file": str(path), "error": f"not a transcript (kind {data.get('kind')!r})"}
        except TrainerError as exc:
            yield {"file": str(path), "error": str(exc)}
    for result in grade_files(conversations, scenario_dirs=scenario_dirs):
        if "error" in result:
            yield {"file": result["file"], "error": result["error"]}
            continue
        data = heads[result["file"]]
        entry = found.entries.get(data.get("scenario") or "")
        made = recording.conversation_record(
            result, trainee=_who(data, trainee, Path(result["file"])), rubric_hash=rubric_hash,
            official=data.get("official") is True, pass_mark=result.get("pass_mark"),
            difficulty=entry.item.difficulty if entry else None, at=_when(data))
        yield _keep(history, made, result["file"])


def _interview(history, path: Path, data: dict, trainee: str | None) -> dict:
    result = data.get("result")
    if not isinstance(result, dict) or "overall" not in result:
        return {"file": str(path), "error": "an interview transcript without its grade"}
    made = recording.interview_record(result, trainee=_who(data, trainee, path),
                                      rubric_hash=str(data.get("rubric_hash") or "interview"), official=data.get("official") is True,
                                      transcript=str(path), at=_when(data))
    return _keep(history, made, path)


def _when(data: dict) -> str | None:
    """When the session ended, as the history writes times (UTC, to the second)."""
    stamp = data.get("ended") or data.get("started")
    if not stamp:
        return None
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
