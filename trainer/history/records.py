"""One graded session as the history keeps it, and a coach's override of one of its scores."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Override:
    """A coach's score beside the grader's own; the grader's is never replaced."""

    session_id: int
    pillar: str  # a pillar id, or "overall"
    score: int
    reason: str
    coach: str
    at: str  # ISO 8601, UTC
    id: int | None = None


@dataclass
class SessionRecord:
    """A graded conversation or interview answer.

    ``scores`` maps pillar ids (a conversation) or criterion ids (an interview answer) to a score,
    None where the grader could not assess it. ``strengths`` and ``improvements`` keep the
    scorecard's items as dicts with ``pillar``, ``criterion``, ``text`` and, where there is one,
    ``turn`` and ``quote`` (the trainee's own words).
    """

    trainee: str
    kind: str  # "conversation" or "interview"
    subject: str  # the scenario id, or the interview question id
    at: str  # ISO 8601, UTC, when it was graded
    engine: str  # "rules", or "llm:<model>" when a model judged
    rubric_hash: str  # the content hash of the rubric that graded it
    overall: int
    scores: dict[str, int | None]
    outcome: str | None = None  # resolved, abandoned, unfinished; None for an interview or a log
    flags: list[str] = field(default_factory=list)  # auto-fail flag ids, one per occurrence
    hints: int = 0
    transcript: str | None = None  # the saved transcript's path
    official: bool = False  # an official attempt; practice is seen only in the trainee's own view
    pass_mark: int | None = None
    difficulty: int | None = None  # the scenario's, 1-5
    strengths: list[dict] = field(default_factory=list)
    improvements: list[dict] = field(default_factory=list)
    id: int | None = None
    overrides: list[Override] = field(default_factory=list)

    def effective(self, pillar: str) -> int | None:
        """The score that counts: the latest coach's override where there is one, else the grader's."""
        chosen = [o for o in self.overrides if o.pillar == pillar]
        if chosen:
            return chosen[-1].score
        return self.overall if pillar == "overall" else self.scores.get(pillar)

    @property
    def passed(self) -> bool | None:
        """Pass or not against the pass mark (None when there is none); an override of the overall counts."""
        if self.pass_mark is None:
            return None
        return (self.effective("overall") or 0) >= self.pass_mark
