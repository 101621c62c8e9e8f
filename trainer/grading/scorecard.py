"""The scorecard as plain data: per-criterion judgements, pillar scores, flags and advice."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    turn: int
    quote: str
    criterion: str

    def as_dict(self) -> dict:
        return {"turn": self.turn, "quote": self.quote, "criterion": self.criterion}


@dataclass(frozen=True)
class Finding:
    """One sentence a detector found: the turn, the trainee's exact words, and what they show."""

    turn: int
    quote: str
    kind: str = ""


@dataclass(frozen=True)
class Suggestion:
    """Advice as parts, so the engine can compose it and check it against what the trainee did.

    ``how`` says what to do; ``say`` is the sentence a person would say; ``act`` is the act
    ``say`` performs (read by the same analyser as the replies); ``again`` marks advice to do
    once more what was done once.
    """

    how: str = ""
    say: str = ""
    act: str | None = None
    again: bool = False

    def __str__(self) -> str:
        if self.how and self.say:
            return f"{self.how}: \"{self.say}\""
        return f"\"{self.say}\"" if self.say else self.how


def _finding(item) -> Finding:
    return item if isinstance(item, Finding) else Finding(*item)


@dataclass
class Judgement:
    """What a detector found: a value in [0, 1] (None when it does not apply), why, and what to do."""

    value: float | None
    evidence: list[Finding] = field(default_factory=list)
    note: str = ""
    missed: Finding | None = None  # the sentence an improvement should refer to
    suggestion: Suggestion | None = None
    positive: bool = True  # False when the evidence shows what went wrong

    def __post_init__(self) -> None:  # (turn, quote) pairs read as findings
        self.evidence = [_finding(e) for e in self.evidence]
        if self.missed is not None:
            self.missed = _finding(self.missed)


@dataclass
class CriterionResult:
    id: str
    name: str
    weight: float
    score: int | None
    level: str | None
    note: str
    evidence: list[Evidence]
    feedback: str
    missed: Finding | None = None
    suggestion: Suggestion | None = None
    positive: bool = True

    def as_dict(self) -> dict:
        return {
            "score": self.score,
            "level": self.level,
            "note": self.note,
            "evidence": [e.as_dict() for e in self.evidence],
            "feedback": self.feedback,
        }


@dataclass
class PillarResult:
    id: str
    name: str
    score: int | None
    criteria: list[CriterionResult]
    feedback: str

    @property
    def evidence(self) -> list[Evidence]:
        return [e for c in self.criteria for e in c.evidence]

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "score": self.score,
            "evidence": [e.as_dict() for e in self.evidence],
            "feedback": self.feedback,
            "criteria": {c.id: c.as_dict() for c in self.criteria},
        }


@dataclass(frozen=True)
class Flag:
    id: str
    description: str
    turn: int
    quote: str
    cap: int

    def as_dict(self) -> dict:
        return {"id": self.id, "description": self.description, "turn": self.turn, "quote": self.quote, "cap": self.cap}


@dataclass
class Advice:
    pillar: str
    criterion: str
    text: str
    turn: int | None = None
    quote: str | None = None
    better: str | None = None

    def as_dict(self) -> dict:
        out = {"pillar": self.pillar, "criterion": self.criterion, "text": self.text}
        if self.turn is not None:
            out.update(turn=self.turn, quote=self.quote)
        if self.better:
            out["better"] = self.better
        return out


@dataclass
class Scorecard:
    rubric: str
    overall: int
    pillars: dict[str, PillarResult]
    flags: list[Flag]
    outcome: str | None
    strengths: list[Advice]
    improvements: list[Advice]
    caps: list[str] = field(default_factory=list)
    scenario: str | None = None
    hints: int = 0  # nudges the trainee asked for: part of the record, shown with the score
    judge: dict | None = None  # with an LLM judge: model, usage, cache, and criteria that fell back to the detectors

    def as_dict(self) -> dict:
        return {
            "scenario": self.scenario,
            "hints": self.hints,
            "outcome": self.outcome,
            "overall": self.overall,
            "pillars": {pid: p.as_dict() for pid, p in self.pillars.items()},
            "flags": [f.as_dict() for f in self.flags],
            "caps": self.caps,
            "strengths": [a.as_dict() for a in self.strengths],
            "improvements": [a.as_dict() for a in self.improvements],
            **({"judge": self.judge} if self.judge else {}),
        }
