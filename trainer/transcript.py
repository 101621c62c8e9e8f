"""A session as plain data: who said what, when, how long it took, and what it did."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from trainer.vocab import CHANNELS

OUTCOMES = ("resolved", "abandoned", "unfinished")


@dataclass
class Turn:
    speaker: str  # "customer" or "agent"
    text: str
    at: str | None = None  # ISO time, when known
    seconds: float | None = None  # how long the agent took to reply
    acts: list[str] = field(default_factory=list)
    mood: float | None = None
    revealed: list[str] = field(default_factory=list)
    goals_met: list[str] = field(default_factory=list)
    hint: bool = False

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: v for k, v in data.items() if v not in (None, [], False)}


@dataclass
class Transcript:
    scenario: str | None
    turns: list[Turn] = field(default_factory=list)
    outcome: str = "unfinished"
    reason: str = ""
    scenario_hash: str | None = None
    engine: str = "rules"
    seed: int | None = None
    started: str | None = None
    ended: str | None = None
    hints: int = 0
    kind: str = "conversation"
    source: str | None = None
    channel: str | None = None  # phone, chat, email or in-person, when no scenario says so
    llm: dict | None = None  # model, base URL, seed, token usage and fallbacks, when a model played the customer
    trainee: str | None = None  # who played, for the history
    official: bool = False  # an official attempt rather than practice

    def agent_turns(self) -> list[tuple[int, Turn]]:
        """(turn number, turn) for the trainee's replies; turns are numbered from 1 over the whole conversation."""
        spoken = [t for t in self.turns if t.speaker in ("customer", "agent")]
        return [(i + 1, t) for i, t in enumerate(spoken) if t.speaker == "agent"]

    def as_dict(self) -> dict[str, Any]:
        head = {
            "kind": self.kind,
            "scenario": self.scenario,
            "scenario_hash": self.scenario_hash,
            "engine": self.engine,
            "seed": self.seed,
            "started": self.started,
            "ended": self.ended,
            "outcome": self.outcome,
            "reason": self.reason,
            "hints": self.hints,
        }
        if self.source:
            head["source"] = self.source
        if self.channel:
            head["channel"] = self.channel
        if self.llm:
            head["llm"] = self.llm
        if self.trainee:
            head["trainee"] = self.trainee
        if self.official:
            head["official"] = True
        return {**head, "turns": [t.as_dict() for t in self.turns]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        turns = []
        for raw in data.get("turns") or []:
            known = {k: raw[k] for k in Turn.__dataclass_fields__ if k in raw}
            known["text"] = str(known.get("text", ""))
            turns.append(Turn(**known))
        outcome = data.get("outcome") if data.get("outcome") in OUTCOMES else "unfinished"
        return cls(
            scenario=data.get("scenario"),
            turns=turns,
            outcome=outcome,
            reason=data.get("reason") or "",
            scenario_hash=data.get("scenario_hash"),
            engine=data.get("engine") or "rules",
            seed=data.get("seed"),
            started=data.get("started"),
            ended=data.get("ended"),
            hints=int(data.get("hints") or 0),
            kind=data.get("kind") or "conversation",
            source=data.get("source"),
            channel=data.get("channel") if data.get("channel") in CHANNELS else None,
            llm=data.get("llm") if isinstance(data.get("llm"), dict) else None,
            trainee=str(data["trainee"]) if data.get("trainee") else None,
            official=data.get("official") is True,
        )


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
