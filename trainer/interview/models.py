"""Interview content as strict data: question files, the interview rubric, a company profile.

Question and rubric files are written by coaches, so unknown keys and bad phrase
patterns are refused with their line, exactly like scenario files.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trainer.models import Id, Levels, Lines, Pattern, Strict

CRITERIA = ("structure", "example", "qualities", "perspective", "fit", "delivery")
CriterionId = Literal["structure", "example", "qualities", "perspective", "fit", "delivery"]


class FollowUp(Strict):
    """A probe the interviewer asks next; ``targets`` says which gap in the answer it digs into."""

    text: str
    targets: list[CriterionId] = Field(default_factory=list)


class Question(Strict):
    """One interview question with what a strong answer covers and how to tell it is on topic."""

    id: Id
    question: str
    style: Literal["opinion", "behavioural"] = Field(
        "opinion", description="opinion: define, illustrate, relate; behavioural: situation, action, result, lesson"
    )
    covers: Lines = Field(description="what a strong answer covers, in a coach's words")
    topic: Annotated[list[Pattern], Field(min_length=1, description="phrases that show the answer is about this question")]
    answer_cues: list[Pattern] = Field(default_factory=list, description="ways of answering this question head-on")
    follow_ups: Annotated[list[FollowUp], Field(min_length=2)]

    def reference_problems(self) -> list[tuple[tuple, str]]:
        """Probes asked twice, and a question with no probe for a missing example."""
        out: list[tuple[tuple, str]] = []
        seen: dict[str, int] = {}
        for i, probe in enumerate(self.follow_ups):
            key = probe.text.lower()
            if key in seen:
                out.append((("follow_ups", i, "text"), f"same probe as follow_ups[{seen[key]}]"))
            seen.setdefault(key, i)
        if not any("example" in p.targets for p in self.follow_ups):
            out.append((("follow_ups",), "no follow-up targets 'example'; add a probe for an answer without a concrete example"))
        return out


class InterviewCriterion(Strict):
    id: CriterionId
    name: str
    weight: float = Field(gt=0)
    levels: Levels
    advice: str = ""
    needs_company: bool = Field(False, description="not assessed unless a company or its values are given")


class WordRange(Strict):
    min: int = Field(90, ge=1)
    max: int = Field(300, ge=1)


class InterviewRubric(Strict):
    """The interview rubric lives in ``rubrics/`` beside the six-pillar one; ``kind`` tells them apart."""

    kind: Literal["interview"]
    id: Id
    title: str
    words: WordRange = Field(default_factory=WordRange)
    criteria: Annotated[list[InterviewCriterion], Field(min_length=1)]

    def reference_problems(self) -> list[tuple[tuple, str]]:
        out: list[tuple[tuple, str]] = []
        first: dict[str, int] = {}
        for i, criterion in enumerate(self.criteria):
            if criterion.id in first:
                out.append((("criteria", i, "id"), f"duplicate id {criterion.id!r} (first used at item {first[criterion.id] + 1})"))
            first.setdefault(criterion.id, i)
        if self.words.min >= self.words.max:
            out.append((("words", "max"), f"max ({self.words.max}) must be above min ({self.words.min})"))
        return out

    def criterion(self, criterion_id: str) -> InterviewCriterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)


class CompanyProfile(Strict):
    """What a candidate knows about the employer: enough to judge fit, nothing more."""

    name: str = ""
    values: list[str] = Field(default_factory=list)
    mission: str = ""

    @property
    def given(self) -> bool:
        return bool(self.name or self.values or self.mission)
