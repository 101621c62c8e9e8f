"""Weigh detector judgements into pillar scores, apply auto-fail caps, and pick the advice."""

from __future__ import annotations

from functools import lru_cache

from trainer.grading import detectors, flags
from trainer.grading.scorecard import (
    Advice,
    CriterionResult,
    Evidence,
    Flag,
    Judgement,
    PillarResult,
    Scorecard,
)
from trainer.grading.view import View, build
from trainer.language import Context, analyse
from trainer.models import Rubric, Scenario
from trainer.transcript import Transcript


def _level(value: float | None) -> str | None:
    if value is None:
        return None
    return "strong" if value >= 0.75 else "weak" if value >= 0.3 else "none"


def _exact(view: View, turn: int, quote: str) -> bool:
    """Evidence must be the trainee's own words, character for character."""
    return any(r.turn == turn and quote in r.text for r in view.replies)


def _criterion(view: View, criterion, judgement: Judgement) -> CriterionResult:
    evidence = [Evidence(f.turn, f.quote, criterion.id) for f in judgement.evidence if f.quote and _exact(view, f.turn, f.quote)]
    level = _level(judgement.value)
    score = None if judgement.value is None else round(100 * judgement.value)
    if score is None:
        feedback = f"Not assessed: {judgement.note}."
    else:
        anchor = getattr(criterion.levels, level)
        feedback = f"{anchor} ({judgement.note})" if judgement.note else anchor
    return CriterionResult(criterion.id, criterion.name, criterion.weight, score, level, judgement.note, evidence, feedback,
                           judgement.missed, judgement.suggestion, judgement.positive)


def _weighted(items: list[tuple[float, int | None]]) -> int | None:
    scored = [(w, s) for w, s in items if s is not None]
    if not scored:
        return None
    total = sum(w for w, _ in scored)
    return round(sum(w * s for w, s in scored) / total)


def grade(transcript: Transcript, rubric: Rubric, scenario: Scenario | None = None,
          judged: dict[str, Judgement] | None = None) -> Scorecard:
    """The scorecard; ``judged`` holds judgements made elsewhere (an LLM judge) by criterion id,
    used instead of the detectors for those criteria. Flags and caps are always the detectors'."""
    view = build(transcript, scenario)
    judged = judged or {}
    pillars: dict[str, PillarResult] = {}
    for pillar in rubric.pillars:
        if not view.replies:  # nothing was said: there is nothing to judge, which is not the same as zero
            results = [_criterion(view, c, Judgement(None, note="the trainee never replied")) for c in pillar.criteria]
        else:
            results = [_criterion(view, c, judged[c.id] if c.id in judged else detectors.DETECTORS[c.detector](view)) for c in pillar.criteria]
        score = _weighted([(c.weight, c.score) for c in results])
        for criterion, result in zip(pillar.criteria, results, strict=True):
            if score is not None and criterion.limits_pillar is not None and result.score is not None:
                score = min(score, result.score + criterion.limits_pillar)  # slow is slow, however good the words
        weakest = min((c for c in results if c.score is not None), key=lambda c: (c.score, -c.weight), default=None)
        if score is None:
            feedback = "Not assessed: " + "; ".join(dict.fromkeys(c.note for c in results)) + "."
        elif weakest and weakest.score < 75:
            advice = next((c.advice for c in pillar.criteria if c.id == weakest.id), "")
            feedback = f"{weakest.name}: {weakest.note}. {advice}".strip()
        else:
            best = max((c for c in results if c.score is not None), key=lambda c: (c.score, c.weight))
            feedback = f"Solid throughout. Strongest: {best.name.lower()}."
        pillars[pillar.id] = PillarResult(pillar.id, pillar.name, score, results, feedback)

    overall = _weighted([(p.weight, pillars[p.id].score) for p in rubric.pillars]) or 0
    found: list[Flag] = []
    for rule in rubric.auto_fail:
        for turn, quote in flags.FLAGS[rule.detector](view):
            found.append(Flag(rule.id, rule.description, turn, quote, rule.cap))
    caps = []
    for item in found:
        if overall > item.cap:
            caps.append(f"capped at {item.cap}: {item.description.lower().rstrip('.')} (turn {item.turn})")
        overall = min(overall, item.cap)
    repeats = len(found) - len({f.id for f in found})
    if repeats:  # the same breach again and again
        cap = max(20, min(f.cap for f in found) - 5 * repeats)
        if overall > cap:
            caps.append(f"capped at {cap}: the same auto-fail behaviour {len(found) - repeats + repeats} times")
        overall = min(overall, cap)
    kinds = len({f.id for f in found})
    if kinds > 1:  # several different auto-fail behaviours are worse than any one of them
        cap = max(0, min(f.cap for f in found) - 10 * (kinds - 1))
        if overall > cap:
            caps.append(f"capped at {cap}: {kinds} different auto-fail behaviours")
        overall = min(overall, cap)
    outcome = view.outcome
    cap = rubric.outcome_caps.get(outcome) if outcome else None
    if outcome == "unfinished" and scenario is not None and not _any_goal_met(view):
        cap = min(cap if cap is not None else 100, 40)  # stopped before anything the customer needed was offered
    if cap is not None and overall > cap:
        caps.append(f"capped at {cap}: the conversation ended {outcome}")
        overall = min(overall, cap)

    return Scorecard(
        rubric=rubric.id,
        overall=overall,
        pillars=pillars,
        flags=found,
        outcome=outcome,
        strengths=_strengths(rubric, pillars, {(f.turn, f.quote) for f in found}, _contradicted(rubric, found)),
        improvements=_improvements(rubric, pillars, view),
        caps=caps,
        scenario=scenario.id if scenario else transcript.scenario,
        hints=transcript.hints,
    )


def _two_best(ranked: list, make) -> list[Advice]:
    """The two highest-ranked criteria, at most one per pillar."""
    ranked.sort(key=lambda r: -r[0])
    out, seen = [], set()
    for _, pillar_id, c in ranked:
        if pillar_id not in seen:
            seen.add(pillar_id)
            out.append(make(pillar_id, c))
        if len(out) == 2:
            break
    return out


def _any_goal_met(view: View) -> bool:
    return bool(detectors.goals_met(view)[1])


# An auto-fail behaviour contradicts praise in these pillars: no "right resolution through the
# right process" beside a promise policy forbids, no "respectful language" beside an insult.
CONTRADICTS = {
    "forbidden_promise": {"knowledge", "reliability"},
    "rudeness": {"professionalism", "empathy"},
    "blame_customer": {"professionalism", "empathy"},
    "secrets": {"professionalism", "knowledge"},
}


def _contradicted(rubric: Rubric, found: list[Flag]) -> set[str]:
    detector_of = {rule.id: rule.detector for rule in rubric.auto_fail}
    return {pillar for f in found for pillar in CONTRADICTS.get(detector_of.get(f.id, ""), set())}


def _strengths(rubric: Rubric, pillars: dict[str, PillarResult], flagged: set[tuple[int, str]], contradicted: set[str] = frozenset()) -> list[Advice]:
    """Praise only what a trainer would hold up as an example: never a line that was flagged,
    never a pillar an auto-fail behaviour contradicts."""

    def exemplary(c) -> list:
        return [e for e in c.evidence if len(e.quote.split()) >= 4 and (e.turn, e.quote) not in flagged]

    ranked = [
        (c.score * c.weight * pillar.weight, pillar.id, c)
        for pillar in rubric.pillars
        if pillar.id not in contradicted
        for c in pillars[pillar.id].criteria
        if c.score is not None and c.score >= 75 and c.positive and exemplary(c)
    ]
    return _two_best(ranked, lambda pid, c: Advice(pid, c.id, f"{c.name}: {c.note}.", exemplary(c)[0].turn, exemplary(c)[0].quote))


def _already_done(view: View, c) -> bool:
    """Advice whose sentence performs an act the trainee already performed as well (or, for
    advice to do it again, already performed twice) is noise: the same analyser reads both."""
    suggestion = c.suggestion
    if suggestion is None or not suggestion.act or not suggestion.say:
        return False
    shown = [a.strength for a in _acts_of(suggestion.say, view.names) if a.name == suggestion.act]
    if not shown:
        return False
    done = [a.strength for r in view.replies for a in r.analysis.acts if a.name == suggestion.act]
    return bool(done) and max(done) >= max(shown) and len(done) >= (2 if suggestion.again else 1)


@lru_cache(maxsize=1024)
def _acts_of(sentence: str, names: tuple[str, ...]) -> tuple:
    return tuple(analyse(sentence, Context(names=names)).acts)


def _improvements(rubric: Rubric, pillars: dict[str, PillarResult], view: View | None = None) -> list[Advice]:
    """Where the most points are to be won, with the turn and a better phrasing
    (never a phrasing of something the trainee already did as well)."""
    advice = {cr.id: cr.advice for p in rubric.pillars for cr in p.criteria}
    ranked = [
        ((100 - c.score) * c.weight * pillar.weight, pillar.id, c)
        for pillar in rubric.pillars
        for c in pillars[pillar.id].criteria
        if c.score is not None and c.score < 100 and not (view is not None and _already_done(view, c))
    ]

    def make(pillar_id, c):
        turn, quote = (c.missed.turn, c.missed.quote) if c.missed else (None, None)
        return Advice(pillar_id, c.id, f"{c.name}: {c.note}. {advice.get(c.id, '')}".strip(), turn, quote, str(c.suggestion) if c.suggestion else None)

    return _two_best(ranked, make)
