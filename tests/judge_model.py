"""Scripted judges for the Chat Completions test server: they read the prompt as a model would."""

import json
import re

from tests.chat_server import Reply


def criteria_ids(request) -> list[str]:
    return re.findall(r"^- id: ([a-z0-9-]+)", request.messages[0]["content"], re.MULTILINE)


def conversation(request) -> list[dict]:
    text = request.messages[1]["content"]
    return json.loads(text[text.index("["):text.rindex("]") + 1])


def verdict(request, level="strong", score=90, quote=None, turn=None) -> Reply:
    """A well-formed verdict quoting the first agent line (or the given quote) for every criterion."""
    first = next(t for t in conversation(request) if t["speaker"] == "agent")
    body = {"criteria": {cid: {"level": level, "score": score, "note": "scripted",
                                "evidence": [] if level == "none" else [{"turn": turn or first["turn"], "quote": quote or first["text"][:40]}]}
                         for cid in criteria_ids(request)}}
    return Reply(json.dumps(body))


def good_judge(request) -> Reply:
    return verdict(request)
