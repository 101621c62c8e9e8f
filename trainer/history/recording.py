"""From a graded result (what the user saw, as JSON) to a history record, and into the store.

The graders are not called here: a record is made from the result they already produced, so the
history never disagrees with the scorecard that was shown.
"""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime
from pathlib import Path

from trainer.errors import TrainerError
from trainer.history.records import SessionRecord
from trainer.history.store import open_store


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def trainee_name(given: str | None = None) -> str:
    """Who is practising: ``--trainee``, else ``TRAINER_TRAINEE``, else the login name."""
    name = (given or os.environ.get("TRAINER_TRAINEE") or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):  # no login name (a bare container)
            name = "trainee"
    if len(name) > 80 or any(ord(ch) < 32 for ch in name):
        raise TrainerError("the trainee's name must be one line of at most 80 characters")
    return name


def rubric_hash(rubric) -> str:
    """The rubric's content hash as the history keeps it: an edited rubric is a different rubric."""
    from trainer.transcript import content_hash

    return content_hash(rubric.model_dump_json())


def engine_of(result: dict) -> str:
    judge = result.get("judge") or {}
    return f"llm:{judge.get('model')}" if judge.get("engine") == "llm" else "rules"


def conversation_record(result: dict, *, trainee: str, rubric_hash: str, official: bool = False, pass_mark: int | None = None,
                        difficulty: int | None = None, at: str | None = None) -> SessionRecord:
    """A graded conversation (``results.session_result`` or a line of ``trainer grade --json``)."""
    pillars = result.get("pillars") or {}
    return SessionRecord(
        trainee=trainee,
        kind="conversation",
        subject=result.get("scenario") or Path(str(result.get("file") or "log")).stem,
        at=at or now(),
        engine=engine_of(result),
        rubric_hash=rubric_hash,
        overall=int(result.get("overall") or 0),
        scores={pid: (p.get("score") if isinstance(p, dict) else p) for pid, p in pillars.items()},
        outcome=result.get("outcome"),
        flags=[f.get("id", "") for f in result.get("flags") or []],
        hints=int(result.get("hints") or 0),
        transcript=_path(result.get("transcript") or result.get("file")),
        official=official,
        pass_mark=pass_mark,
        difficulty=difficulty,
        strengths=[_item(s) for s in result.get("strengths") or []],
        improvements=[_item(s) for s in result.get("improvements") or []],
    )


def interview_record(result: dict, *, trainee: str, rubric_hash: str, official: bool = False, transcript: str | None = None,
                     at: str | None = None) -> SessionRecord:
    """A graded interview answer (the dict ``trainer interview --json`` prints)."""
    criteria = {cid: c for cid, c in (result.get("criteria") or {}).items() if isinstance(c, dict)}
    scored = sorted((cid for cid in criteria if criteria[cid].get("score") is not None), key=lambda cid: criteria[cid]["score"])

    def item(cid: str) -> dict:
        c = criteria[cid]
        quote = next(iter(c.get("evidence") or []), None)
        return {"pillar": cid, "criterion": cid, "text": f"{c.get('name') or cid}: {c.get('feedback') or ''}".strip(),
                **({"quote": quote} if quote else {})}

    return SessionRecord(
        trainee=trainee,
        kind="interview",
        subject=result.get("question") or "question",
        at=at or now(),
        engine="rules",
        rubric_hash=rubric_hash,
        overall=int(result.get("overall") or 0),
        scores={cid: c.get("score") for cid, c in criteria.items()},
        flags=[f.get("id", "") if isinstance(f, dict) else str(f) for f in result.get("flags") or []],
        transcript=_path(transcript or result.get("transcript")),
        official=official,
        strengths=[item(cid) for cid in reversed(scored) if criteria[cid]["score"] >= 75][:2],
        improvements=[item(cid) for cid in scored if criteria[cid]["score"] < 75][:3],
    )


def save(record: SessionRecord) -> int:
    store = open_store()
    try:
        return store.add(record)
    finally:
        store.close()


def _item(item: dict) -> dict:
    keep = ("pillar", "criterion", "text", "turn", "quote", "better")
    return {k: item[k] for k in keep if item.get(k) is not None}


def _path(value) -> str | None:
    """Transcript paths are kept absolute: the history outlives the folder a command ran in."""
    if not value:
        return None
    return str(Path(str(value)).expanduser().resolve())
