"""Weigh detector judgements into pillar scores, apply auto-fail caps, and pick the advice."""

from __future__ import annotations

import re

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
from trainer.text import normalise, sentences
from trainer.transcript import Transcript


def _level(value: float | None) -> str | None:
    if value is None:
        return None
    return "strong" if value >= 0.75 else "weak" if value >= 0.3 else "none"


def _exact(view: View, turn: int, quote: str) -> bool:
    """Evidence must be the trainee's own words, character for character."""
    return any(r.turn == turn and quote in r.text for r in view.replies)


def _personalise(template: str, view: View, missed: tuple[int, str] | None) -> str:
    """Fill a suggestion with the customer's own situation and words."""
    if "{situation}" in template:
        situation = _situation(view)
        if situation == "this happened":
            template = template.replace("I'm so sorry - {situation}, that must be really upsetting.", "I'm so sorry this happened - that must be really frustrating.")
        template = template.replace("{situation}", situation)
    if "{restated}" in template:
        template = template.replace("{restated}", _restate(view, missed))
    return template


def _situation(view: View) -> str:
    line = view.customer_lines[0] if view.customer_lines else ""
    for sentence in sentences(line):
        norm = normalise(sentence)
        if any(w in norm for w in ("broken", "damaged", "late", "missing", "wrong", "out of", "sold out", "cracked", "never", "not")):
            return _swap(sentence.strip().rstrip(".!?"))
    return "this happened"


_SWAPS = {"i": "you", "my": "your", "me": "you", "i'm": "you're", "i've": "you've", "i'll": "you'll", "mine": "yours", "am": "are", "we": "you", "our": "your", "us": "you"}


_GREETING_LEAD = re.compile(r"^(hi|hello|hey|hiya|morning|good (morning|afternoon|evening)|yes|yeah|okay|ok|right|so|well|um|uh)\b[\s,!.-]*", re.I)


def _swap(text: str) -> str:
    """Say the customer's words back from the agent's side: "I was charged" -> "you were charged"."""
    text = _GREETING_LEAD.sub("", text.strip())
    words = text.split()
    out = []
    for w in words:
        lower = w.lower().strip(",")
        if lower == "was" and out and out[-1].lower() == "you":
            out.append("were")
            continue
        swapped = _SWAPS.get(lower)
        out.append(swapped + ("," if w.endswith(",") else "") if swapped else w)
    result = " ".join(out)
    return result[0].lower() + result[1:] if result else result


def _echoable(sentence: str) -> bool:
    """A customer sentence that can be said back without garbling it or turning it on them:
    about their own situation (not about the agent), long enough to mean something."""
    norm = normalise(_GREETING_LEAD.sub("", sentence))
    words = norm.split()
    return len(words) >= 5 and not ({"you", "your", "yours"} & set(words)) and not norm.startswith(("thank", "please", "can ", "could "))


def _restate(view: View, missed) -> str:
    prompt = ""
    if missed:
        prompt = next((r.prompt for r in view.replies if r.turn == missed[0]), "")
    situation = _situation(view)
    if situation != "this happened":
        return situation
    candidates = sentences(prompt) + [s for line in view.customer_lines[:1] for s in sentences(line)]
    for sentence in candidates:
        if _echoable(sentence) and not sentence.rstrip().endswith("?"):
            return _swap(sentence.rstrip(".?!"))
    return "what you need"


def _criterion(view: View, criterion, judgement: Judgement) -> CriterionResult:
    evidence = [Evidence(t, q, criterion.id) for t, q in judgement.evidence if q and _exact(view, t, q)]
    level = _level(judgement.value)
    score = None if judgement.value is None else round(100 * judgement.value)
    if score is None:
        feedback = f"Not assessed: {judgement.note}."
    else:
        anchor = getattr(criterion.levels, level)
        feedback = f"{anchor} ({judgement.note})" if judgement.note else anchor
    suggestion = _personalise(judgement.suggestion, view, judgement.missed) if judgement.suggestion else ""
    return CriterionResult(criterion.id, criterion.name, criterion.weight, score, level, judgement.note, evidence, feedback,
                           judgement.missed, suggestion, judgement.positive)


def _weighted(items: list[tuple[float, int | None]]) -> int | None:
    scored = [(w, s) for w, s in items if s is not None]
    if not scored:
        return None
    total = sum(w for w, _ in scored)
    return round(sum(w * s for w, s in scored) / total)


def grade(transcript: Transcript, rubric: Rubric, scenario: Scenario | None = None) -> Scorecard:
    view = build(transcript, scenario)
    pillars: dict[str, PillarResult] = {}
    for pillar in rubric.pillars:
        results = [_criterion(view, c, detectors.DETECTORS[c.detector](view)) for c in pillar.criteria]
        score = _weighted([(c.weight, c.score) for c in results])
        for criterion, result in zip(pillar.criteria, results, strict=True):
            if score is not None and criterion.limits_pillar is not None and result.score is not None:
                score = min(score, result.score + criterion.limits_pillar)  # slow is slow, however good the words
        weakest = min((c for c in results if c.score is not None), key=lambda c: (c.score, -c.weight), default=None)
        if score is None:
            feedback = "Not assessed: " + "; ".join(c.note for c in results) + "."
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


# The act a criterion's suggestion demonstrates: advice to do what the trainee already did,
# as well as they did it, is noise, so it is left out.
CRITERION_ACT = {
    "emotional-reaction": "empathy",
    "interpretation": "understanding",
    "exploration": "exploration",
    "concrete-commitment": "commitment",
    "follow-up": "follow_up",
    "name-use": "name",
}


def _already_done(view: View, c) -> bool:
    act = CRITERION_ACT.get(c.id)
    if not act or not c.suggestion:
        return False
    quoted = " ".join(re.findall(r'"([^"]+)"', c.suggestion)) or c.suggestion
    shown = [a.strength for a in analyse(quoted, Context(names=view.names)).acts if a.name == act]
    if not shown:
        return False
    done = [a.strength for r in view.replies for a in r.analysis.acts if a.name == act]
    # advice to do it again is right after doing it once ("..., once"); advice to do it better is not
    return bool(done) and max(done) >= max(shown) and (len(done) >= 2 or ", once" not in c.note)


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
        turn, quote = c.missed if c.missed else (None, None)
        return Advice(pillar_id, c.id, f"{c.name}: {c.note}. {advice.get(c.id, '')}".strip(), turn, quote, c.suggestion or None)

    return _two_best(ranked, make)
