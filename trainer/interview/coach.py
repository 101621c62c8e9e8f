"""Interview rehearsal: find questions, grade an answer like a coach, and keep the session.

The core never prints. ``grade_answer`` is deterministic: the same question, answer,
rubric and company give the same result, down to the follow-up probe.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from trainer import catalog, store
from trainer.errors import NotFound, TrainerError
from trainer.interview.analysis import Analysis, analyse, fillers_in
from trainer.interview.criteria import (
    JUDGES,
    PILLAR_WORDS,
    RED_FLAG_LABELS,
    Context,
    Judgement,
    flag_kinds,
)
from trainer.interview.criteria import (
    opening as opening_sentence,
)
from trainer.interview.models import CompanyProfile, FollowUp, InterviewRubric, Question
from trainer.loading import load_model

RUBRIC_ID = "interview"


def questions(extra: list[Path] | None = None) -> catalog.Catalog[Question]:
    return catalog.discover(Question, "scenarios", extra, subdir="interview")


def get_question(question_id: str, extra: list[Path] | None = None) -> Question:
    return questions(extra).get(question_id)


def pick_question(seed: int | None = None, extra: list[Path] | None = None) -> Question:
    """A random question; the same seed always picks the same one."""
    found = questions(extra)
    if not found.entries:
        raise NotFound("no interview questions found (looked in ./scenarios/interview and the shipped ones)")
    ids = sorted(found.entries)
    return found.entries[random.Random(seed).choice(ids)].item


def load_rubric(name_or_path: str | Path = RUBRIC_ID) -> InterviewRubric:
    """The interview rubric by id (user's ./rubrics first, then shipped) or by path."""
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml"):
        return load_model(InterviewRubric, path, catalog.label(path))
    return catalog.discover(InterviewRubric, "rubrics").get(str(name_or_path))


def company_profile(name: str | None = None, values: str | None = None, profile: Path | None = None) -> CompanyProfile | None:
    """A company from a profile file and/or ``--company``/``--values``; flags override the file."""
    base = load_model(CompanyProfile, profile, catalog.label(profile)) if profile else CompanyProfile()
    if profile and not profile.exists():  # pragma: no cover - load_model reports it first
        raise NotFound(f"no such profile: {profile}")
    listed = [v.strip() for v in re.split(r"[;,\n]", values or "") if v.strip()]
    merged = base.model_copy(update={"name": name or base.name, "values": listed or base.values})
    return merged if merged.given else None


@dataclass
class CriterionScore:
    id: str
    name: str
    weight: float
    score: int | None
    level: str | None
    evidence: list[str]
    feedback: str
    reason: str = ""
    missing: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "score": self.score,
            "level": self.level,
            "evidence": list(self.evidence),
            "feedback": self.feedback,
            "reason": self.reason or None,
        }


@dataclass
class InterviewResult:
    question: Question
    answer: str
    overall: int
    criteria: dict[str, CriterionScore]
    feedback: list[str]
    outline: list[dict]
    follow_up: FollowUp
    words: int
    flags: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "question": self.question.id,
            "question_text": self.question.question,
            "overall": self.overall,
            "criteria": {cid: c.as_dict() for cid, c in self.criteria.items()},
            "feedback": list(self.feedback),
            "outline": [dict(step) for step in self.outline],
            "follow_up": self.follow_up.text,
            "words": self.words,
            "flags": list(self.flags),
        }


def level(score: int | None) -> str | None:
    if score is None:
        return None
    return "strong" if score >= 70 else "weak" if score >= 35 else "none"


def grade_answer(question: Question, answer_text: str, rubric: InterviewRubric, company: CompanyProfile | None = None, *, seed: int = 0) -> InterviewResult:
    """Score each rubric criterion from the answer's own sentences, then build the coaching around the gaps."""
    if not answer_text or not answer_text.strip():
        raise TrainerError("the answer is empty")
    analysis = analyse(answer_text, tuple(question.topic), question.question)
    ctx = Context(question, company, rubric.words)
    scores: dict[str, CriterionScore] = {}
    for criterion in rubric.criteria:
        judged: Judgement = JUDGES[criterion.id](analysis, ctx)
        if criterion.needs_company and (company is None or not company.given):
            judged = Judgement(None, [], "", reason=judged.reason or "no company given; pass --company and --values to judge fit")
        feedback = judged.feedback if judged.score is not None else judged.reason
        scores[criterion.id] = CriterionScore(
            criterion.id, criterion.name, criterion.weight, judged.score, level(judged.score), judged.evidence, feedback, judged.reason, judged.missing
        )
    applicable = [c for c in scores.values() if c.score is not None]
    total = sum(c.weight for c in applicable)
    overall = round(sum(c.score * c.weight for c in applicable) / total) if total else 0
    overall = attitude_cap(overall, analysis)
    overall = length_cap(overall, analysis, rubric.words.max)
    flags = [name for name, on in (("off-topic", analysis.off_topic), ("keyword-list", analysis.stuffed), ("implausible", bool(analysis.implausible)),
                                    ("repeated", any(s.repeated for s in analysis.sentences)), ("too-long", analysis.words > 2 * rubric.words.max)) if on]
    flags += [f"red-flag:{kind}" for kind in flag_kinds(analysis)]
    return InterviewResult(
        question=question,
        answer=answer_text,
        overall=overall,
        criteria=scores,
        feedback=coach_notes(scores, rubric, analysis),
        outline=outline(question, analysis, scores, company),
        follow_up=choose_follow_up(question, scores, seed),
        words=analysis.words,
        flags=flags,
    )


def attitude_cap(overall: int, analysis: Analysis) -> int:
    """A red flag outweighs a well-told story: the overall falls to the bottom band, lower with each kind.

    An unbelievable story is capped more lightly: it may be true, but the interviewer will doubt it.
    """
    kinds = flag_kinds(analysis)
    if kinds:
        overall = min(overall, max(5, round(10 + 0.2 * overall) - 7 * (len(kinds) - 1)))
    if analysis.implausible:
        overall = min(overall, 45)
    return overall


def length_cap(overall: int, analysis: Analysis, most: int) -> int:
    """Past the length an interviewer will listen to, the overall falls steadily (halving the
    patience left with each doubling); and an answer said twice is not twice as good."""
    if analysis.words > most:
        overall = min(overall, max(10, round(100 - 30 * math.log2(analysis.words / most))))
    repeated = sum(1 for s in analysis.sentences if s.repeated)
    if repeated and analysis.sentences:
        overall = min(overall, round(100 * (1 - repeated / len(analysis.sentences))))
    return overall


def coach_notes(scores: dict[str, CriterionScore], rubric: InterviewRubric, analysis: Analysis) -> list[str]:
    """Red flags first, with the sentence that raised them; then one strength to keep and the biggest gains."""
    notes: list[str] = []
    seen: set[str] = set()
    for kind, sentence in analysis.red_flags:
        if kind in seen:
            continue
        seen.add(kind)
        label, advice = RED_FLAG_LABELS[kind]
        notes.append(f"Red flag ({label}): \"{sentence.text}\" {advice}")
    if analysis.implausible:
        notes.append(f"Hard to believe: \"{analysis.implausible[0].text}\" An interviewer will doubt the whole story; tell what really happened, even if it is smaller.")
    if analysis.wrong_subject and analysis.off_topic:
        notes.append("Your story is about someone you were not serving (a colleague, a friend, a game); the question asks about a customer.")
    if analysis.off_topic:
        notes.append("This answer drifts away from the question; an interviewer would stop you and ask it again.")
    if analysis.stuffed:
        notes.append("A list of qualities is not an answer: every word in it is a claim the interviewer cannot check.")
    repeated = sum(1 for s in analysis.sentences if s.repeated)
    if repeated:
        notes.append(f"{repeated} sentence(s) said again word for word; saying it twice earns nothing more and costs the interviewer's attention.")
    if analysis.words > rubric.words.max:
        notes.append(f"{analysis.words} words is longer than an interviewer will follow (aim for {rubric.words.min}-{rubric.words.max}); the overall falls the longer it runs.")
    graded = [c for c in scores.values() if c.score is not None]
    best = max(graded, key=lambda c: (c.score, c.weight), default=None)
    if best and best.score >= 70 and not analysis.red_flags:
        notes.append(f"Keep: {best.name.lower()} ({best.score}). {best.feedback}")
    gaps = sorted((c for c in graded if c.score < 70), key=lambda c: (-(100 - c.score) * c.weight, c.id))
    for c in gaps[:3]:
        advice = rubric.criterion(c.id).advice if rubric.criterion(c.id) else ""
        notes.append(f"Improve {c.name.lower()} ({c.score}): {c.feedback}" + (f" {advice}" if advice else ""))
    return notes


def choose_follow_up(question: Question, scores: dict[str, CriterionScore], seed: int = 0) -> FollowUp:
    """The probe an interviewer would ask next: aimed at the weakest part, or deeper when all is strong."""
    graded = sorted((c for c in scores.values() if c.score is not None), key=lambda c: (-(100 - c.score) * c.weight, c.score))
    for c in graded:
        if c.score >= 75:
            break
        aimed = [p for p in question.follow_ups if c.id in p.targets]
        if aimed:
            return aimed[random.Random(seed).randrange(len(aimed))]
    deeper = [p for p in question.follow_ups if not p.targets] or question.follow_ups
    return deeper[random.Random(seed).randrange(len(deeper))]


def _tidy(sentence) -> str | None:
    """The candidate's own sentence without its filler words: only the spans the filler reader
    marked (a verb "like" or "kind of" before a noun stays), so the sentence still reads."""
    if not sentence.fillers:
        return None
    text = sentence.text
    lowered = text.translate(_STRAIGHT).lower()
    if len(lowered) != len(text):
        return None
    for start, end in sorted(fillers_in(lowered), reverse=True):
        before, after = text[:start].rstrip(), text[end:].lstrip()
        if after.startswith(","):  # "Um, I called" -> "I called"; "was, like, really" -> "was really"
            after = after[1:].lstrip()
            if before.endswith(","):
                before = before[:-1]
        elif before.endswith(",") and after[:1] in (".", "!", "?", ""):
            before = before[:-1]  # "it, you know." -> "it."
        text = f"{before} {after}".strip() if before and after[:1] not in (",", ".", "!", "?") else f"{before}{after}"
    text = re.sub(r"\s{2,}", " ", text).strip(" ,")
    return text[:1].upper() + text[1:] if text and text != sentence.text else None


_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def outline(question: Question, analysis: Analysis, scores: dict[str, CriterionScore], company: CompanyProfile | None) -> list[dict]:
    """A stronger answer's shape, filled with the candidate's own sentences where they exist."""
    sents = [s for s in analysis.sentences if not s.listy]
    story = analysis.story_sentences()
    behavioural = question.style == "behavioural"
    usable = [s for s in sents if not s.red_flags and not s.repeated]  # never hold up what the coach just flagged
    opening, early = opening_sentence(analysis, question)
    situation = next((s for s in story if s.situation), story[0] if story else None)
    actions = [s for s in story if s.actions and s is not situation][:2]
    after_story = [s for s in usable if story and s.index > story[-1].index][:2]
    result = next((s for s in story + after_story if (s.outcome or s.result) and s is not situation and not s.need), None)
    shown = {p for s in story for p in s.shown}
    quality = next((s for s in usable if s.named and (set(s.named) & shown or not shown)), None)
    tie = next((s for s in reversed(usable) if s.role or s.reflection), None)
    values = company.values if company else []

    def step(part: str, sentence, tip_missing: str, tip_have: str = "Keep this.") -> dict:
        if sentence is None:
            return {"part": part, "yours": None, "tidy": None, "tip": tip_missing}
        tidy = _tidy(sentence)
        return {"part": part, "yours": sentence.text, "tidy": tidy, "tip": "Keep it, without the filler words." if tidy else tip_have}

    quality_hint = ", ".join(PILLAR_WORDS[p] for p in sorted(shown)) if shown else "two qualities (say, empathy and reliability)"
    steps = [
        step(
            "Set the scene" if behavioural else "Say what it means to you",
            opening,
            "Open with one plain sentence that answers the question before any story." if not behavioural else "Open with one sentence: where you were and what was at stake.",
            "Keep this." if early else "Move this to the very start: it answers the question.",
        ),
        # a situation already told in the opening sentence needs no step of its own
        *([] if situation is not None and situation is opening else
          [step("The situation", situation, "Name one real time: where you worked, who the customer was, what went wrong.")]),
        *[step("What you did", s, "") for s in actions],
    ]
    if not actions:
        steps.append(step("What you did", None, "Two or three steps you took yourself, in the past tense: \"I checked...\", \"I called her back...\"."))
    steps.append(step("The result for the customer", result, "Say how it ended for the customer: what they got, how they felt, whether they came back."))
    steps.append(step("The quality it shows", quality, f"Name the quality your story shows: {quality_hint}."))
    tie_tip = f"Close by linking it to {company.name or 'the company'}" + (f"'s value '{values[0]}'." if values else ".") if company else "Close by saying why this matters in the role you are applying for."
    steps.append(step("What you learned" if behavioural else "Why it matters in this role", tie, tie_tip))
    return steps


def grade_follow_up(probe: FollowUp, answer_text: str, question: Question, rubric: InterviewRubric, company: CompanyProfile | None = None) -> dict:
    """The answer to the probe, judged on what the probe asked: the criteria it digs into, and
    whether it is taken up at all. Feedback names the probe, not the first question."""
    if not answer_text or not answer_text.strip():
        return {"probe": probe.text, "answer": "", "score": None, "criteria": {}, "feedback": "No answer to the follow-up."}
    analysis = analyse(answer_text, tuple(question.topic), question.question)
    shared = _probe_words(probe.text) & _probe_words(answer_text)
    # a reply to a probe carries on the story already told: it is off the point only when it is about nothing of it
    analysis.off_topic = not shared and not any(s.customer or s.others or s.actions or s.result or s.outcome or s.service or s.named for s in analysis.sentences)
    analysis.stuffed = False
    ctx = Context(question, company, rubric.words)
    asks_here = bool(set(probe.targets) & {"fit", "structure"})  # "how would that look here?" invites a plan
    targets = [t for t in probe.targets if t not in ("delivery", "fit", "structure")] or (["example", "perspective"] if not asks_here else [])
    criteria = {}
    for target in targets:
        judged = JUDGES[target](analysis, ctx)
        shown = _part_shown(target, analysis)  # a short reply answers one part; the full-answer rubric would ask for all
        score = judged.score if judged.score is None or shown is None else max(judged.score, shown)
        criteria[target] = {"score": score, "evidence": judged.evidence, "feedback": judged.feedback or judged.reason}
    if asks_here:
        criteria["relevance"] = _here(analysis, company)
    evidence = any(c["evidence"] for c in criteria.values())
    taken_up = not analysis.off_topic and (evidence or shared)
    graded = [c["score"] for c in criteria.values() if c["score"] is not None]
    score = round(sum(graded) / len(graded)) if graded else None
    if not taken_up:
        score = min(score or 0, 15)
        feedback = f"This does not take up what the interviewer asked (\u201c{probe.text}\u201d). Answer that first, in a sentence, then add one detail."
    else:
        best = [c["feedback"] for c in criteria.values() if c["feedback"]][:1]
        feedback = f"On \u201c{probe.text}\u201d: " + (best[0] if best else "you take it up.")
    return {"probe": probe.text, "answer": answer_text, "score": score, "criteria": criteria, "feedback": feedback}


def _part_shown(target: str, analysis: Analysis) -> int | None:
    """What a probe's own part is worth on its own: the ending for "how did they feel?", one real
    time for "give me an example", qualities shown for "which quality mattered?"."""
    sents = analysis.sentences
    if target == "perspective" and any(s.outcome or s.result for s in sents):
        return 80 + (20 if any(s.others for s in sents) else 0)  # how it ended, and how they know
    if target == "example" and analysis.story and any(s.result or s.outcome for s in analysis.story_sentences()):
        return 85
    if target == "qualities":
        shown = {p for s in sents for p in s.shown}
        return {0: None, 1: 70}.get(len(shown), 90)
    return None


def _probe_words(text: str) -> frozenset[str]:
    from trainer.meaning import tokens

    return frozenset(t for t in tokens(text) if len(t) > 3 and t not in _PROBE_STOP)


_PROBE_STOP = frozenset({"customer", "would", "think", "know", "tell", "time", "thing", "something", "give", "what", "that", "like", "your", "about"})


def _here(analysis: Analysis, company: CompanyProfile | None) -> dict:
    """For "how would that look here?": a concrete plan for this role or these customers."""
    sents = analysis.sentences
    tied = [s for s in sents if s.role or (company and company.name and company.name.lower().split()[0] in s.clean)]
    plan = [s for s in sents if s.hypothetical or s.actions]
    score = (50 if tied else 0) + (40 if plan else 0) + (10 if any(s.specifics for s in sents) else 0)
    evidence = [s.text for s in (tied[:1] + plan[:1])]
    feedback = "You say what you would do here, for these customers." if tied and plan else "Say what you would do in this role, for these customers, in a sentence or two."
    return {"score": min(100, score), "evidence": evidence, "feedback": feedback}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def session_record(
    result: InterviewResult,
    *,
    seconds: float | None = None,
    company: CompanyProfile | None = None,
    follow_up_answer: str | None = None,
    follow_up_result: dict | None = None,
    started: str | None = None,
) -> dict:
    """What is saved: the question, the answer, the grade, and the follow-up exchange if there was one."""
    turns = [
        {"speaker": "interviewer", "text": result.question.question},
        {"speaker": "candidate", "text": result.answer, **({"seconds": round(seconds, 1)} if seconds is not None else {})},
        {"speaker": "interviewer", "text": result.follow_up.text},
    ]
    if follow_up_answer:
        turns.append({"speaker": "candidate", "text": follow_up_answer})
    return {
        "kind": "interview",
        "question": result.question.id,
        "question_text": result.question.question,
        "started": started or _now(),
        "ended": _now(),
        "company": company.model_dump() if company else None,
        "answer": result.answer,
        "seconds": round(seconds, 1) if seconds is not None else None,
        "result": result.as_dict(),
        "follow_up": result.follow_up.text,
        "follow_up_answer": follow_up_answer or None,
        "follow_up_result": follow_up_result,
        "turns": turns,
    }


def save_session(record: dict, path: Path | None = None) -> Path:
    """Written atomically under ``$TRAINER_HOME/transcripts`` like conversation sessions."""
    if path:
        return store.save(record, path)
    return store.create(f"interview-{record['question']}", record)
