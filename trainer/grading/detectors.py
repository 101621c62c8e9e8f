"""Criterion detectors: each reads the conversation view and returns a Judgement.

The rubric names a detector for every criterion; this registry is what those names
mean. A detector returns None as its value when the criterion cannot be judged here
(no scenario, no reply times, nothing to answer), so a pillar is scored only on
what could be judged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from trainer import vocab
from trainer.grading import claims, echo
from trainer.grading.scorecard import Finding, Judgement, Suggestion
from trainer.grading.view import Reply, View
from trainer.language import (
    STOP,
    Context,
    analyse,
    answers,
    content_words,
    find,
    find_patterns,
    informative,
    is_question,
    is_vague,
    told_time,
)
from trainer.meaning import recalled
from trainer.text import normalise

DETECTORS: dict[str, Callable[[View], Judgement]] = {}

CHANNEL_SECONDS = {"in-person": 20, "phone": 30, "chat": 60, "email": 4 * 3600}
CHANNEL_WORDS = {"in-person": 60, "phone": 90, "chat": 90, "email": 250}


def detector(name: str):
    def register(func):
        DETECTORS[name] = func
        return func

    return register


def _replies(n: int) -> str:
    return f"{n} reply" if n == 1 else f"{n} replies"


def _substantive(view: View) -> list[Reply]:
    """Replies that do more than greet or say goodbye."""
    out = []
    for reply in view.replies:
        names = reply.analysis.names() - {"greeting", "closing", "thanks", "name"}
        if names or reply.analysis.word_count > 6:
            out.append(reply)
    return out


def _best(view: View, act: str) -> tuple[int, list[tuple[int, str]]]:
    best, evidence = 0, []
    for reply in view.replies:
        for a in reply.analysis.acts:
            if a.name == act:
                if a.strength > best:
                    best, evidence = a.strength, [(reply.turn, a.quote)]
                elif a.strength == best and len(evidence) < 2 and (reply.turn, a.quote) not in evidence:
                    evidence.append((reply.turn, a.quote))
    return best, evidence


def _first_reply(view: View) -> tuple[int, str] | None:
    return (view.replies[0].turn, view.replies[0].text) if view.replies else None


# --- responsiveness ----------------------------------------------------------


def _speed(seconds: float, limit: float) -> float:
    for factor, score in ((1.0, 1.0), (1.5, 0.6), (2.0, 0.4), (3.0, 0.2)):
        if seconds <= factor * limit:
            return score
    return 0.0


@detector("reply_speed")
def reply_speed(view: View) -> Judgement:
    timed = [r for r in view.replies if r.seconds is not None]
    if not timed:
        return Judgement(None, note="reply times were not recorded")
    limit = view.scenario.customer.slow_seconds if view.scenario else CHANNEL_SECONDS.get(view.channel, 60)
    scores = [_speed(r.seconds, limit) for r in timed]
    slowest = max(timed, key=lambda r: r.seconds)
    value = sum(scores) / len(scores)
    note = f"{sum(1 for s in scores if s == 1.0)} of {len(scores)} replies within {limit:g} s; slowest {slowest.seconds:g} s"
    fast = [(r.turn, r.text) for r in timed if r.seconds <= limit][:1]
    missed = (slowest.turn, slowest.text) if slowest.seconds > limit else None
    return Judgement(value, fast if value >= 0.75 else [(slowest.turn, slowest.text)], note, missed,
                     Suggestion(f"Reply within {limit:g} s; if you need time, say so first", "Let me check that for you right now."))


@detector("answers_questions")
def answers_questions(view: View) -> Judgement:
    asked = answered = streak = longest = 0
    evidence, missed, missed_question = [], None, ""
    for reply in view.replies:
        for question, kinds in reply.prompt_questions:
            asked += 1
            hit = _scenario_answer(view, reply)
            if answers(question, kinds, reply.analysis, extra_hit=hit):
                answered += 1
                streak = 0
                if len(evidence) < 2:
                    # the sentence that answers, not the "Thank you." or "Hello" before it
                    said = next((s for s in reply.sentences if informative(s, reply.analysis)), None) or next(
                        (s for s, n in zip(reply.sentences, reply.norms, strict=True) if not find("GREETING", n)), reply.text)
                    evidence.append((reply.turn, said))
            else:
                streak += 1
                longest = max(longest, streak)
                if missed is None:
                    missed, missed_question = (reply.turn, reply.text), question
            break  # one answer per customer line is enough
    if not asked:
        return Judgement(None, note="the customer asked no questions")
    value = answered / asked
    note = f"answered {answered} of {asked} customer questions"
    if longest >= 3:  # the same need asked again and again, and talked past every time
        value = min(value, 0.2)
        note += f"; {longest} in a row left unanswered"
    suggestion = Suggestion(f"Answer \"{missed_question}\" first, in one sentence, then go on") if missed else None
    return Judgement(value, evidence, note, missed, suggestion)


def _scenario_answer(view: View, reply: Reply) -> bool:
    if not view.scenario:
        return False
    norm = normalise(reply.text)
    patterns = [p for g in view.scenario.goals for p in g.met_by] + [p for item in view.scenario.policy for p in item.right]
    return bool(find_patterns(tuple(patterns), norm))


@detector("efficiency")
def efficiency(view: View) -> Judgement:
    outcome = view.outcome
    if view.scenario is None and outcome is None:
        return Judgement(None, note="no scenario: the resolution cannot be judged")
    turns = len(view.replies)
    par = view.scenario.par_turns if view.scenario else 5
    if outcome == "resolved" or (outcome is None and goals_met(view)[0] == 1.0):
        value = 1.0 if turns <= par else 0.75 if turns <= par + 2 else 0.5 if turns <= par + 4 else 0.3
        note = f"resolved in {_replies(turns)} (par {par})"
    elif outcome == "abandoned":
        value, note = 0.0, f"the customer gave up after {_replies(turns)}"
    else:
        fraction = goals_met(view)[0] if view.scenario else 0.0
        value, note = 0.6 * fraction, f"not resolved after {_replies(turns)}"
    evidence = [(view.replies[-1].turn, view.replies[-1].text)] if view.replies else []
    return Judgement(value, evidence, note, None if value >= 0.75 else _first_reply(view),
                     Suggestion("Offer the complete fix as soon as you know enough to offer it"))


_SHORT_ANSWER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|half|noon|midday|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|tomorrow|tonight)\b|^(?:yes|yeah|yep|no|nope|sure|certainly|absolutely|of course)\b"
)


_HURRIED_WORDS = 30
_PREAMBLE_WORDS = 15
# the customer says time is short: "quick question", "I'm in a rush", "the film starts in five minutes"
_HURRY = re.compile(
    r"\b(?:quick (?:one|question|q)|just quickly|in a (?:hurry|rush)|no time"
    r"|(?:leaves|leaving|goes|going|starts|closes|boards|boarding|departs|in) in (?:a|one|two|three|five|ten|\d+) (?:minutes?|mins?|secs?|seconds?))\b"
)


def _hurried(line: str) -> bool:
    return bool(line) and bool(_HURRY.search(normalise(line)))


def _preamble(reply: Reply) -> int:
    """Words said before the first sentence that, on its own, answers the customer's question
    (greetings and salutations aside); 0 when no single sentence answers it."""
    question, kinds = reply.prompt_questions[0]
    before = 0
    for sentence in reply.sentences:
        alone = analyse(sentence, Context())
        if answers(question, kinds, alone):
            return before
        if alone.names() <= {"greeting"} and alone.acts:
            continue
        before += alone.word_count
    return 0


@detector("length_fit")
def length_fit(view: View) -> Judgement:
    if not view.replies:
        return Judgement(None, note="no replies")
    limit = view.scenario.customer.max_words if view.scenario and view.scenario.customer.max_words else CHANNEL_WORDS.get(view.channel, 90)
    scores, worst = [], None
    for reply in view.replies:
        n = reply.analysis.word_count
        rushed = bool(view.scenario and view.scenario.customer.max_words)
        if n <= limit:
            score = 1.0
        elif n <= (1.3 if rushed else 1.6) * limit:
            score = 0.6
        elif n <= (1.8 if rushed else 2.2) * limit:
            score = 0.3
        else:
            score = 0.0
        curt = n <= 3 and not reply.analysis.names() & {"thanks", "closing", "greeting", "offer", "commitment", "done", "good_news", "bad_news"}
        if curt and reply.prompt_questions and not _SHORT_ANSWER.search(normalise(reply.text)):  # "Four on Saturdays." answers "how many?"
            score = 0.5
        if score > 0.6 and n > _HURRIED_WORDS and _hurried(reply.prompt):
            score = 0.6  # "I'm in a rush", "the film starts in five minutes": a full answer that makes them wait is too long
        if score > 0.6 and reply.prompt_questions and _preamble(reply) > _PREAMBLE_WORDS:
            score = 0.6  # the answer they asked for comes only after a paragraph of something else
        scores.append(score)
        if score < 1 and (worst is None or score < worst[0]):
            worst = (score, reply)
    value = sum(scores) / len(scores)
    if worst:
        reply = worst[1]
        shorter = " ".join(reply.sentences[:2])
        return Judgement(value, [(reply.turn, reply.text)], f"longest reply {max(r.analysis.word_count for r in view.replies)} words (fits up to {limit})",
                         (reply.turn, reply.text), Suggestion("Shorter", shorter), positive=False)
    return Judgement(value, [(view.replies[0].turn, view.replies[0].text)], f"every reply within {limit} words")


# --- empathy -------------------------------------------------------------------


_SYMPATHY = ("APOLOGY", "GENERIC_APOLOGY", "EMOTIONAL_REACTION", "GENERIC_UNDERSTANDING")


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[.!?;,]+|\s-\s|\band\b", normalise(text)) if len(c.split()) >= 2]


def _sympathy_clauses(text: str, theirs: set[str] = frozenset()) -> int:
    """Generic apologies and sympathy counted clause by clause: "so sorry, really sorry, I do apologise"
    is three; a clause about the customer's own situation (their words) is feeling, not padding."""
    return sum(1 for clause in _clauses(text)
               if any(find(name, clause) for name in _SYMPATHY) and not theirs & set(re.findall(r"[a-z]{4,}", clause)))


def _stuffing(view: View) -> bool:
    """Sympathy phrases with nothing behind them, or the same one over and over (in one reply or across several)."""
    return view.once("stuffing", lambda: _stuffed(view))


def _stuffed(view: View) -> bool:
    soft = [(r, a) for r in view.replies for a in r.analysis.acts if a.name in ("empathy", "apology", "understanding")]
    if not soft:
        return False
    said = [normalise(sentence) for r in view.replies for sentence in r.sentences]
    soft_quotes = {normalise(a.quote) for _, a in soft}
    repeats = sum(count - 1 for quote in soft_quotes if (count := said.count(quote)) > 1)
    sentences = len(said) or 1
    substance = any(a.name in ("offer", "commitment", "question", "follow_up") for r in view.replies for a in r.analysis.acts)
    theirs = {w for line in view.customer_lines for w in re.findall(r"[a-z]{4,}", normalise(line))} - STOP
    piled = any((n := _sympathy_clauses(r.text, theirs)) >= 3 and n >= len(_clauses(r.text)) / 2
                for r in view.replies)  # half generic sympathy or more, however the apologies are strung together
    return repeats >= 2 or piled or (len(soft_quotes) >= 3 and len({(r.turn, a.quote) for r, a in soft}) / sentences > 0.75 and not substance)


AGAIN = {  # done well once: the advice is to keep it up, not to start
    "empathy": Suggestion("Come back to how they feel when you confirm the fix", "I know this isn't how you hoped this would go.", "empathy", again=True),
    "understanding": Suggestion("Check once more near the end that you have it right", "So, to sum up: ... - have I got that right?", "understanding", again=True),
    "exploration": Suggestion("Before you close, ask if anything else matters to them", "Is there anything else that would make this easier for you?", "exploration", again=True),
}


def _empathy(view: View, act: str, advise: Callable[[Finding | None], Suggestion]) -> Judgement:
    """The best level shown, sustained across the conversation, undone by hostility."""
    best, evidence = _best(view, act)
    calm = view.scenario is not None and view.scenario.customer.mood >= 0 and "empathy" not in view.scenario.stresses
    if calm and act == "empathy":  # a small upset needs a light touch, not grief
        advise = lambda _: Suggestion("A light touch fits a small upset", "Sorry about that - I know it's not what you came in for.", "empathy")  # noqa: E731
    if calm and act == "understanding" and not best:
        return Judgement(None, note="a cheerful customer with a small problem needs no restating of feelings")
    value = {0: 0.0, 1: 0.75 if calm else 0.5, 2: 1.0}[best]  # for a small upset, a brief "sorry" is enough
    note = {0: "none found", 1: "generic", 2: "specific to the customer's situation"}[best]
    formula = best == 1 and all(a.kind == "cliche" for r in view.replies for a in r.analysis.acts if a.name == act and a.strength == 1)
    if formula and not calm:  # "sorry for the inconvenience" is said to everyone; "that must have been a shock" is said to them
        value, note = 0.3, "a stock apology, not a reaction to their situation"
    turns = {r.turn for r in view.replies for a in r.analysis.acts if a.name == act}
    expected = 2 if len(_substantive(view)) >= 3 else 1
    if best:
        value *= 0.75 + 0.25 * min(1.0, len(turns) / expected)
        if len(turns) < expected:
            note += ", once"
    if _stuffing(view):
        value = 0.5 if best == 2 and value > 0.5 else 0.0
        note = "repeated or piled-up sympathy phrases with no substance"
    hostile = sum(1 for r in view.replies for a in r.analysis.acts if a.name in ("dismissal", "blame") or (a.name == "rudeness" and a.strength == 2))
    if hostile:
        value = max(0.0, value - (0.2 if act == "exploration" else 0.4) * hostile)
        note += "; undone by dismissive or blaming words"
    missed = None if value >= 1 or not view.replies else Finding(*(evidence[0] if evidence else _called_for(view, act)))
    suggestion = advise(missed)
    if best == 2 and len(turns) < expected:
        missed = Finding(view.replies[-1].turn, view.replies[-1].text)
        suggestion = AGAIN[act]
    return Judgement(value, evidence, note, missed, suggestion)


def _called_for(view: View, act: str) -> tuple[int, str] | None:
    """Where the missing reaction was most called for: feelings are owed first where the trainee's own
    news let the customer down ("the harbour rooms are all taken tonight"), not at the greeting."""
    if act == "empathy":
        for reply in view.replies:
            news = next((a for a in reply.analysis.acts if a.name == "bad_news"), None)
            if news:
                return reply.turn, news.quote
    return _first_reply(view)


@detector("emotional_reaction")
def emotional_reaction(view: View) -> Judgement:
    def advise(missed: Finding | None) -> Suggestion:
        situation = echo.situation(view.customer_lines)
        cheerful = view.scenario is not None and view.scenario.customer.mood >= 0
        if situation and cheerful:  # a shopper a bit lost among the pans is not "really upset"
            say = f"No wonder - {situation}; it can feel like a lot."
        elif situation:
            say = f"I'm so sorry - {situation}, that must be really upsetting."
        elif missed and any(a.name == "bad_news" and a.quote == missed.quote for r in view.replies for a in r.analysis.acts):
            say = "I'm sorry, I know that's not what you were hoping to hear."  # said with the news that let them down
        else:
            say = "I'm so sorry this happened - that must be really frustrating."
        return Suggestion("Name what happened and how it must feel", say, "empathy")

    return _empathy(view, "empathy", advise)


@detector("interpretation")
def interpretation(view: View) -> Judgement:
    def advise(missed: Finding | None) -> Suggestion:
        prompt = next((r.prompt for r in view.replies if missed and r.turn == missed.turn), "")
        restated = echo.restate(view.customer_lines, prompt)
        if restated:
            return Suggestion("Say back what you heard", f"So, to make sure I have this right: {restated}.", "understanding")
        return Suggestion("Say back in your own words what they told you, and check you have it right")

    return _empathy(view, "understanding", advise)


@detector("exploration")
def exploration(view: View) -> Judgement:
    def advise(_missed) -> Suggestion:
        if not any(r.prompt_questions for r in view.replies):
            return Suggestion("Ask about what matters to them", "What matters most to you here?", "exploration")
        # they said what they want to know: the open question left is whether the answer covered it
        if view.channel == "email":
            return Suggestion("Invite them to say what the answer missed", "Have I covered what matters most to you? If not, just reply and I will pick it up.", "exploration")
        return Suggestion("Check the answer covered what they asked", "Have I covered what matters most to you, or is there more to it?", "exploration")

    return _empathy(view, "exploration", advise)


# --- knowledge -------------------------------------------------------------------


def _policy_statements(view: View) -> tuple[list, list]:
    right, wrong = [], []
    for item in view.scenario.policy:
        for reply in view.replies:
            bad = reply.sentence_matching(tuple(item.wrong)) if item.wrong else None
            good = reply.sentence_matching(tuple(item.right)) if item.right else None
            if bad:  # "the Huila is a dark roast" names the right coffee and gets it wrong
                wrong.append((item, reply.turn, bad))
                break
            if good:
                right.append((item, reply.turn, good))
                break
    return right, wrong


@detector("accurate_facts")
def accurate_facts(view: View) -> Judgement:
    if view.scenario is None:
        return Judgement(None, note="no scenario: facts cannot be checked against policy")
    if not view.scenario.policy:
        return Judgement(None, note="the scenario lists no policy")
    right, wrong = _policy_statements(view)
    wrong += [(None, turn, quote) for turn, quote in _forbidden(view)]
    needed = min(3, (len(view.scenario.policy) + 1) // 2)  # the key half of what there is to know
    value = max(0.0, min(1.0, len(right) / needed) - 0.5 * len(wrong))
    note = f"{len(right)} correct and {len(wrong)} wrong policy facts"
    evidence = [(turn, quote) for _, turn, quote in wrong] + [(turn, quote) for _, turn, quote in right]
    if wrong:
        item, turn, quote = wrong[0]
        if item and item.say:
            fix = Suggestion("Instead, say what policy allows", item.say)
        elif item:
            fix = Suggestion(f"Instead, say in your own words what policy allows: {item.text.rstrip('.')}")
        else:
            fix = Suggestion("Promise only what policy allows; check /policy first")
        return Judgement(value, evidence[:3], note, (turn, quote), fix)
    stated = {item.id for item, _, _ in right}
    linked = {e.policy for e in view.scenario.extras if e.policy}  # what policy lets them do for this customer comes first
    candidates = sorted((p for p in view.scenario.policy if p.id not in stated and p.right), key=lambda p: p.id not in linked)
    missing = candidates[0] if candidates else None
    if missing and missing.say:
        suggestion = Suggestion("Tell them what the policy lets you do", missing.say)
    elif missing:
        suggestion = Suggestion(f"Tell them, in your own words, what this means for them: {missing.text.rstrip('.')}")
    else:
        suggestion = None
    return Judgement(value, evidence[:3], note, None if value >= 1 else _where_facts_belong(view, right), suggestion)


def _where_facts_belong(view: View, right: list) -> tuple[int, str] | None:
    """A missing fact belongs beside the facts already given, or in the reply that offers the solution; the
    greeting is no place to point at."""
    if right:
        return right[0][1], right[0][2]
    acting = next((r for r in view.replies if r.analysis.names() & {"offer", "done", "commitment"}), None)
    return (acting.turn, acting.text) if acting else _first_reply(view)


def goals_met(view: View) -> tuple[float, list, list]:
    """Fraction of the closest resolution's goals the trainee offered, with evidence and the missing goals."""
    return view.once("goals", lambda: _compute_goals_met(view))


def _compute_goals_met(view: View) -> tuple[float, list, list]:
    if view.scenario is None:
        return 0.0, [], []
    met: dict[str, tuple[int, str]] = {}
    for goal in view.scenario.goals:
        for reply in view.replies:
            sentence = reply.sentence_matching(tuple(goal.met_by)) or reply.sentence_like(tuple(goal.examples))
            if sentence:
                met[goal.id] = (reply.turn, sentence)
                break
    best = max(view.scenario.resolution.needs, key=lambda needs: sum(1 for g in needs if g in met) / len(needs))
    fraction = sum(1 for g in best if g in met) / len(best)
    missing = [g for g in view.scenario.goals if g.id in best and g.id not in met]
    return fraction, [met[g] for g in best if g in met], missing


_FORWARD = frozenset({"offer", "commitment", "done", "follow_up", "transfer"})


def _way_forward(view: View) -> Judgement | None:
    """Without a scenario, one thing can still be judged: a no ("the hall is booked that night") either comes with
    a way forward (another date, another product, a way round it) or leaves the customer with nothing."""
    for reply in view.replies:
        acts = reply.analysis.acts
        no = next((a for a in acts if a.name in ("refusal", "bad_news")), None)
        if no is None:
            continue
        at = reply.sentences.index(no.quote) if no.quote in reply.sentences else 0
        later = [a for a in acts if (a.name in _FORWARD | {"good_news"} or a.name == "exploration" and a.kind != "generic")
                 and a.quote in reply.sentences[at:] and not (a.name == "good_news" and a.quote == no.quote)]  # "anything else?" is no way forward
        if later:
            return Judgement(1.0, [(reply.turn, later[0].quote)], "a no, with a way forward")
        refused = any(a.name in ("refusal", "policy_wall") for a in acts)  # unwelcome news alone may simply be the truth
        return Judgement(0.0 if refused else 0.5, [(reply.turn, no.quote)], "a no, with nothing instead", (reply.turn, no.quote),
                         Suggestion("After the no, offer what you can do", "That size has sold out, but I can order it in for Friday or show you the next size up."))
    return None


@detector("resolution")
def resolution(view: View) -> Judgement:
    if view.scenario is None:
        if (verdict := _way_forward(view)) is not None:
            return verdict
        return Judgement(None, note="no scenario: the resolution cannot be judged")
    fraction, evidence, missing = goals_met(view)
    outcome = view.outcome
    value = 1.0 if fraction == 1.0 else 0.8 * fraction
    if outcome == "abandoned":
        value = min(value, 0.4)
    needs = len(evidence) + len(missing)
    note = f"met {len(evidence)} of the customer's {needs} needs" if evidence else "no workable solution offered"
    suggestion = None
    if missing:
        goal = missing[0]
        suggestion = Suggestion("Offer what they still need", goal.examples[0]) if goal.examples else Suggestion(f"Offer what they still need: {goal.text.rstrip('.')}")
    return Judgement(value, evidence[:3], note, None if not missing else (view.replies[-1].turn, view.replies[-1].text) if view.replies else None, suggestion)


@detector("specific_information")
def specific_information(view: View) -> Judgement:
    replies = _substantive(view)
    if not replies:
        return Judgement(None, note="no substantive replies")
    concrete, vague_only = [], []  # (turn, the sentence that carries the detail, or the vague one)
    for reply in replies:
        strong = {a.quote for a in reply.analysis.acts if a.name in ("commitment", "offer", "done") and a.strength >= 2}
        found = vague = None
        for sentence, norm in zip(reply.sentences, reply.norms, strict=True):
            if is_question(sentence, norm) or find("GREETING", norm):
                continue  # "how can I help you today?" asks; it informs nobody
            if is_vague(norm):
                vague = vague or sentence
            elif told_time(norm) or re.search(r"\d", norm) or sentence in strong:
                found = found or sentence
        if found:
            concrete.append((reply.turn, found))
        elif vague:
            vague_only.append((reply.turn, vague))
    if not concrete:
        value = 0.0 if vague_only else 0.25
    else:
        value = min(1.0, 0.5 + len(concrete) / len(replies))
    evidence = concrete[:2] or vague_only[:1]
    missed = vague_only[0] if vague_only else (None if concrete else _first_reply(view))
    return Judgement(value, evidence, f"{len(concrete)} of {len(replies)} replies give concrete details", missed,
                     Suggestion("Replace \"soon\" and \"we'll look into it\" with what will happen, and when"))


# --- professionalism ---------------------------------------------------------------

POLITE = {"helpful": 0.1, "patience_thanks": 0.15, "greeting": 0.08, "gratitude": 0.12, "apology": 0.1, "please": 0.1, "indirect": 0.12, "deference": 0.12, "first_plural": 0.05, "closing": 0.08, "hedge": 0.04, "reassurance": 0.1, "warmth": 0.15, "modal": 0.05, "etiquette": 0.12}
BARE_HANDOVER = 0.15
IMPOLITE = {"direct_question": 0.25, "factuality": 0.2, "imperative": 0.15, "you_start": 0.2, "please_start": 0.08, "exclaim": 0.1, "direct_start": 0.08}


def politeness(reply: Reply) -> tuple[float, list[str], list[str]]:
    """0..1 for one reply from its polite and impolite strategies."""
    found = reply.analysis.politeness
    score = 0.55 + sum(w for k, w in POLITE.items() if k in found) - sum(w for k, w in IMPOLITE.items() if k in found)
    acts = reply.analysis.names()
    if "rudeness" in acts:
        score -= 0.45
    if "dismissal" in acts or "blame" in acts:
        score -= 0.3
    if "slang" in acts:
        score -= 0.1
    polite = [q for k in POLITE if k in found for q in found[k]]
    impolite = [q for k in IMPOLITE if k in found for q in found[k]]
    return max(0.0, min(1.0, score)), polite, impolite


def _courteous_rewrite(quote: str) -> str:
    text = quote.strip()
    lowered = text[0].lower() + text[1:] if text else text
    if re.match(r"(?i)^why (did|didn't|did not) you\b", text):
        return "Could you tell me a little more about what happened?"
    if re.match(r"(?i)^(so )?you (need|have|must|should) to\b", text):
        return re.sub(r"(?i)^(so )?you (need|have|must|should) to\b", "Could you please", text).rstrip(".!") + "?"
    if re.match(r"(?i)^(actually|in fact|obviously|clearly|look|listen),?\s*", text):
        return re.sub(r"(?i)^(actually|in fact|obviously|clearly|look|listen),?\s*", "", text)
    lowered = re.sub(r"(?i)^please,?\s*", "", lowered)
    return "Could you please " + lowered.rstrip(".!") + "?"


@detector("courtesy")
def courtesy(view: View) -> Judgement:
    """Distinct polite strategies across the conversation lift it; every curt phrasing costs."""
    if not view.replies:
        return Judgement(None, note="no replies")
    polite: dict[str, tuple[int, str]] = {}
    impolite: list[tuple[int, str, str]] = []
    penalty = 0.0
    for reply in view.replies:
        found = dict(reply.analysis.politeness)
        warm = [a.quote for a in reply.analysis.acts if a.name in ("empathy", "understanding") and a.kind != "cliche"]
        if warm:  # attending to what the customer feels is positive politeness too
            found["warmth"] = warm
        helped = [a.quote for a in reply.analysis.acts if a.name in ("done", "commitment", "offer") and a.strength >= 2]
        if helped:  # doing what they came for is the first courtesy
            found["helpful"] = helped
        etiquette = [a.quote for a in reply.analysis.acts if a.name in ("hold", "transfer") and a.strength >= 2]
        if etiquette:  # a hold with why and how long, a handover with to whom and why
            found["etiquette"] = etiquette
        asked = [a.quote for a in reply.analysis.acts if a.name == "question" and a.kind == "permission"]
        if asked:  # "may I put you on hold?" leaves the choice with them
            found["deference"] = found.get("deference", []) + asked
        for key in ("gratitude", "apology", "deference"):  # "we value your custom" is a form letter, not a thank-you
            kept = [q for q in found.get(key, []) if not find("BOILERPLATE", normalise(q))]
            if kept:
                found[key] = kept
            else:
                found.pop(key, None)
        for key in POLITE:
            if key in found and key not in polite:
                polite[key] = (reply.turn, found[key][0])
        for key, weight in IMPOLITE.items():
            for quote in found.get(key, []):
                impolite.append((reply.turn, quote, key))
                penalty += weight
        # a hold with no why or how long, a handover to no one: cheer around it does not make it courteous
        bare = [a.quote for a in reply.analysis.acts if a.name in ("hold", "transfer") and a.strength < 2]
        penalty += BARE_HANDOVER * len(bare)
        acts = reply.analysis.names()
        penalty += 0.45 * ("rudeness" in acts) + 0.3 * bool(acts & {"dismissal", "blame"}) + 0.1 * ("slang" in acts and view.channel != "chat")
    texts = [r.joined for r in view.replies if r.text.strip()]
    repeats = len(texts) - len(set(texts))
    penalty += 0.12 * repeats  # the same line again and again sounds like a script, not a person
    value = 0.55 + min(0.45, sum(POLITE[k] for k in polite)) - penalty
    value = max(0.0, min(1.0, value))
    note = f"{len(polite)} courteous strategies, {len(impolite)} curt or pointed phrasing(s)"
    kept = list(polite.values())
    if impolite:
        turn, quote, _ = impolite[0]
        return Judgement(value, [(turn, quote)] + kept[:1], note, (turn, quote), Suggestion("Softer", _courteous_rewrite(quote)), positive=False)
    missed = None if value >= 0.75 else (view.replies[0].turn, view.replies[0].text)
    if repeats:
        note += f"; {repeats} repeated line(s)"
    return Judgement(value, kept[:2], note, missed, Suggestion("Thank them, soften requests (\"could you...?\") and close warmly"))


NEGATIVE_COST = {"blame": 0.6, "dismissal": 0.4, "deflection": 0.25, "slang": 0.1, "secrets": 0.8, "upsell": 0.2}


# What to do instead, for each kind of negative language: the advice follows the finding.
INSTEAD = {
    "blame": Suggestion("Describe what happened without fault, then fix it", "It went to the wrong address - let's get it back to you."),
    "dismissal": Suggestion("Take the feeling seriously", "I can hear how frustrating this is - let's sort it out."),
    "rudeness": Suggestion("Keep it courteous whatever the provocation: say what you will do next, without comment on them"),
    "slang": Suggestion("On a call or in an email, write it out in full and in plain words"),
    "deflection": Suggestion("Own the next step", "I'll contact them for you and call you back by 4 pm."),
    "policy_wall": Suggestion("Explain what the rule protects for them, then what you can do"),
    "secrets": Suggestion("Verify with what is safe to ask (order number, last four digits) - never a password or PIN"),
    "upsell": Suggestion("Solve their problem first; offer extras only once it is fixed and only if they help"),
    "cant_only": Suggestion("Lead with what you can do", "I can't do that, but what I can do is ..."),
    "dont_know": Suggestion("Not knowing is fine; say how you'll find out and when", "Let me check and come back to you in ten minutes."),
    "hold": Suggestion("Say why and for how long", "May I put you on hold for two minutes while I check?"),
    "transfer": Suggestion("Say to whom and why", "I'm transferring you to our billing team, who can refund it today."),
}
def _service_language(reply: Reply) -> list[tuple[str, str]]:
    """Everyday-language slips a trainer coaches first: can't with no can-do, not knowing and
    stopping there, holds without why or how long, transfers without to whom."""
    names = reply.analysis.names()
    helps = bool(names & {"offer", "commitment", "done", "good_news", "follow_up"})
    found = []
    if names & {"refusal", "bad_news"} and not helps:
        found.append(("cant_only", next(a.quote for a in reply.analysis.acts if a.name in ("refusal", "bad_news"))))
    for sentence, norm in zip(reply.sentences, reply.norms, strict=True):
        if find("DONT_KNOW", norm) and not helps:
            found.append(("dont_know", sentence))
    found += [(a.name, a.quote) for a in reply.analysis.acts if a.name in ("hold", "transfer") and a.strength < 2]
    return found


SERVICE_COST = {"cant_only": 0.15, "dont_know": 0.2, "hold": 0.1, "transfer": 0.1}


@detector("no_negative_language")
def no_negative_language(view: View) -> Judgement:
    if not view.replies:
        return Judgement(None, note="no replies")
    cost, findings = 0.0, []  # (kind, turn, quote)
    casual_ok = view.channel == "chat"  # a casual register suits a chat; on a call or in an email it reads as careless
    for reply in view.replies:
        for act in reply.analysis.acts:
            c = NEGATIVE_COST.get(act.name, 0.0)
            if act.name == "slang":
                c = 0.0 if casual_ok else 0.2
            if act.name == "rudeness":
                c = 0.7 if act.strength == 2 else 0.3
            if act.name == "policy_wall" and act.strength == 2:
                c = 0.3
            if c:
                cost += c
                findings.append((act.name, reply.turn, act.quote))
        for kind, quote in _service_language(reply):
            cost += SERVICE_COST[kind]
            findings.append((kind, reply.turn, quote))
    value = max(0.0, 1.0 - cost)
    if findings:
        worst = max(findings, key=lambda f: NEGATIVE_COST.get(f[0], SERVICE_COST.get(f[0], 0.7)))
        return Judgement(value, [(t, q) for _, t, q in findings][:3], f"{len(findings)} negative phrase(s)", (worst[1], worst[2]),
                         INSTEAD.get(worst[0], Suggestion("Say what you will do instead")), positive=False)
    return Judgement(value, [], "clean, respectful language throughout")


_LOOKING = re.compile(r"\blet me (?:just |quickly )?(?:check|see|look|have a look|take a look|find out|pull)\b|\bbe right with you\b")


@detector("ownership")
def ownership(view: View) -> Judgement:
    owned, pushed = [], []
    for reply in view.replies:
        for sentence, norm in zip(reply.sentences, reply.norms, strict=True):
            acts = {(a.name, a.strength) for a in reply.analysis.acts if a.quote == sentence}
            names = {name for name, _ in acts}
            if find("PUSH_TO_CUSTOMER", norm) or find("POLICY_WALL", norm) or find("DEFLECTION", norm):
                pushed.append((reply.turn, sentence))
            elif names & {"rudeness", "blame", "dismissal"}:
                continue  # "I'll explain it slowly for you" owns nothing
            elif "done" in names or ("commitment", 2) in acts or ("offer", 2) in acts:
                owned.append((reply.turn, sentence))  # doing the thing is the plainest ownership
            elif (
                find("OWNERSHIP", norm, inner=True) and not find("DISMISSAL", norm) and not find("STALLING", norm) and not find("TRANSFER", norm) and not find("HOLD", norm)
                and not is_question(sentence, norm) and not _LOOKING.search(norm)
            ):  # fmt: skip
                # "as I've said" and "let me check" own nothing; a handover is judged as a handover
                owned.append((reply.turn, sentence))
    if not owned and not pushed:
        return Judgement(None, note="no actions promised or passed on")
    value = len(owned) / (len(owned) + 1.5 * len(pushed))
    if owned and not pushed:
        value = 1.0
    if pushed:
        turn, quote = pushed[0]
        better = re.sub(r"(?i)\byou(?:'ll| will)? (?:have|need) to\b", "I will", quote)
        better = re.sub(r"(?i)\b(that's|that is|it's|it is) (just )?(our|the) policy\b", "here is what I can do", better)
        better = re.sub(r"(?i)\bthere('s| is) nothing (else )?(i|we) can do\b", "let me find what I can do", better)
        return Judgement(value, pushed[:1] + owned[:1], f"{len(owned)} owned, {len(pushed)} passed back to the customer", (turn, quote),
                         Suggestion("Own it", better) if better != quote else Suggestion("Say what you will do", "I'll take care of this myself."))
    return Judgement(value, owned[:2], f"{len(owned)} statements of ownership")


# --- personalization ------------------------------------------------------------------


def _with_name(text: str, name: str, used: bool) -> Suggestion | None:
    """The trainee's own reply with the name worked in: after a greeting word, or in front."""
    if not text:
        return None
    if used:
        return Suggestion("Use it once more at the close", f"Thanks for bearing with me, {name}.", "name", again=True)
    greeting = re.match(r"(?i)^(hi|hello|hey|good (?:morning|afternoon|evening)|morning|thanks|thank you|oh|ah)\b([,!.]?)\s*", text)
    if greeting:  # "Morning! Large oat?" keeps its two sentences: "Morning Marcus! Large oat?"
        stop = greeting.group(2) if greeting.group(2) in ("!", ".") else ","
        return Suggestion(say=f"{greeting.group(1)} {name}{stop} {text[greeting.end():]}".rstrip(", "), act="name")
    first_word = text.split()[0]
    keep = first_word in ("I", "I'm", "I'll", "I've", "I'd") or first_word[:1].isupper() and first_word[1:2].isupper()
    return Suggestion(say=f"{name}, {text if keep else text[0].lower() + text[1:]}", act="name")


@detector("name_use")
def name_use(view: View) -> Judgement:
    if not view.names:
        return Judgement(None, note="the customer's name is not known")
    uses = [(r.turn, a.quote) for r in view.replies for a in r.analysis.acts if a.name == "name"]
    wrong = [(r.turn, a.quote, a.kind) for r in view.replies for a in r.analysis.acts if a.name == "wrong_name"]
    if wrong:
        turn, quote, said = wrong[0]
        right = view.scenario.first_name if view.scenario else (view.names[-1] if view.names else "their name")
        fixed = re.sub(rf"\b{re.escape(said)}\b", right, quote)
        return Judgement(0.1, [(turn, quote)], f"called the customer {said!r}, not their name", (turn, quote), Suggestion(say=fixed), positive=False)
    n, replies = len(uses), len(view.replies)
    said = re.compile(r"(?i)\b(?:" + "|".join(re.escape(nm) for nm in view.names) + r")\b")
    most_in_one = max((len(said.findall(r.text)) for r in view.replies), default=0)
    if n == 0:
        value, note = 0.0, "the customer's name was never used"
    elif n == 1 and replies > 1:  # in a single reply (one email, one answer) once is exactly right
        value, note = 0.75, "the name was used once"
    elif most_in_one >= 3:
        value, note = 0.6, "the name was used over and over in one reply"
    elif n > 3 and n > 0.6 * replies:
        value, note = 0.6, "the name was used in almost every reply"
    else:
        value, note = 1.0, "the name was used once, in the one reply" if n == 1 else f"the name was used {n} times"
    missed = None if value >= 1 or not view.replies else (view.replies[0].turn, view.replies[0].text)
    first = view.scenario.first_name if view.scenario else (view.names[-1] if view.names else "")
    if uses:  # keep to the form the trainee chose ("Ms Whitfield" stays "Ms Whitfield")
        used_form = next((nm for nm in view.names if re.search(rf"(?i)\b{re.escape(nm)}\b", uses[0][1])), first)
        first = used_form
    suggestion = _with_name(missed[1].strip(), first, used=n > 0) if missed else None
    return Judgement(value, uses[:2], note, missed, suggestion)


@detector("history_reference")
def history_reference(view: View) -> Judgement:
    if view.scenario is not None and not view.scenario.customer.history_cues:
        return Judgement(None, note="the scenario gives no customer history")
    if view.scenario is None:
        hits = [(r.turn, s) for r in view.replies if (s := r.sentence_in("HISTORY"))]
    else:
        cues, facts, known = tuple(view.scenario.customer.history_cues), view.scenario.customer.history, " ".join(view.customer_lines)
        # the author's cues, or the card's own facts brought up in the trainee's words
        hits = [(r.turn, s) for r in view.replies
                if (s := r.sentence_matching(cues) or next((t for t in r.sentences if recalled(t, facts, known)), None))]
    if view.scenario is None and not hits:
        return Judgement(None, note="no scenario: the customer's history is unknown")
    value = 1.0 if len(hits) >= 1 else 0.0
    missed = None if hits or not view.replies else (view.replies[0].turn, view.replies[0].text)
    return Judgement(value, hits[:2], f"{len(hits)} reference(s) to what is known about the customer", missed, _history_advice(view))


def _history_advice(view: View) -> Suggestion | None:
    """The card's history said to the customer ("I can see you've been with us four years"), or,
    when no note reads as speech, the note itself to put in their own words."""
    notes = view.scenario.customer.history if view.scenario else []
    if not notes:
        return None
    said = next((s for note in notes if (s := echo.spoken_note(note, view.names))), None)
    if said:
        return Suggestion("Show you know them", say=said + ".")
    return Suggestion(f"Show you know them, in your own words, from what the customer card says: \"{notes[0].rstrip('.')}\"")


@detector("tailored_solution")
def tailored_solution(view: View) -> Judgement:
    solutions = [(r, a) for r in view.replies for a in r.analysis.acts if a.name in ("offer", "commitment")]
    if not solutions:
        return Judgement(0.0 if view.replies else None, [], "no solution offered", _first_reply(view),
                         Suggestion("Offer a solution built around their details (the date, the person, the preference)"))
    specific = [(r.turn, a.quote) for r, a in solutions if normalise(a.quote) and r.analysis.specific and a.quote in r.analysis.specific]
    courtesy_only = {"apology", "empathy", "thanks", "greeting", "closing", "name"}
    mentions = [
        (r.turn, s) for r in view.replies for s in r.analysis.specific
        if {a.name for a in r.analysis.acts if a.quote == s} - courtesy_only  # "sorry about the queue" echoes; it tailors nothing
    ]  # fmt: skip
    if specific:
        return Judgement(1.0, specific[:2], "the solution is built around the customer's particulars")
    if mentions:
        return Judgement(0.5, mentions[:1], "their details are mentioned, but the solution is generic", (solutions[0][0].turn, solutions[0][1].quote),
                         Suggestion("Tie the fix to their details in the same sentence"))
    return Judgement(0.2, [(solutions[0][0].turn, solutions[0][1].quote)], "a generic solution", (solutions[0][0].turn, solutions[0][1].quote),
                     Suggestion("Tie the fix to their details in the same sentence"))


@detector("extra_mile")
def extra_mile(view: View) -> Judgement:
    hits: list[tuple[int, str]] = []
    if view.scenario:
        for extra in view.scenario.extras:
            for reply in view.replies:
                sentence = reply.sentence_matching(tuple(extra.met_by)) or reply.sentence_like(tuple(extra.examples))
                if sentence:
                    hits.append((reply.turn, sentence))
                    break
    generic = [(r.turn, s) for r in view.replies if (s := r.sentence_in("EXTRA"))]
    if hits:
        value, note = 1.0, f"{len(hits)} fitting extra(s) within policy"
    elif generic:
        value, note, hits = 0.6, "a gesture beyond the minimum", generic
    else:
        value, note = 0.0, "only the minimum was done"
    missed = None if value >= 1 or not view.replies else (view.replies[-1].turn, view.replies[-1].text)
    return Judgement(value, hits[:2], note, missed, _extra_advice(view))


def _extra_advice(view: View) -> Suggestion:
    """The scenario's own way of offering its first extra: an example, else what its policy lets you say."""
    if not view.scenario or not view.scenario.extras:
        return Suggestion("Add a small, fitting gesture within policy that they did not ask for")
    extra = view.scenario.extras[0]
    policy = next((p for p in view.scenario.policy if p.id == extra.policy), None)
    say = extra.examples[0] if extra.examples else policy.say if policy and policy.say else ""
    if say:
        return Suggestion("Add something they did not ask for", say)
    return Suggestion(f"Add something they did not ask for, such as: {extra.text.rstrip('.')}")


# --- reliability ------------------------------------------------------------------------


_NO_PROMISE = re.compile(r"\b(?:can not|could not|will not|do not want to|would not want to) (?:promise|guarantee)\b|\bno (?:guarantee|promises)\b")


# a plan B put as what there is, not as "I'll": "if the frost holds, the next slot is the 14th"
_IF_NOT = re.compile(r"(?:^|[;,.:] |\bbut )(?:if|unless|should|failing that|otherwise|in case)\b[^;.]*?, (?:then )?"
                     r"(?:the next|the following|there is (?:a|an|another)|another|a later|an earlier|we have|we have got|you (?:can|could) have)\b(.*)")


def _alternative_if(norm: str) -> bool:
    """A fallback with its own day or time, said impersonally: the honest half of "likely Friday; if not, ..."."""
    match = _IF_NOT.search(norm)
    return bool(match) and told_time(match.group(1))


@detector("concrete_commitment")
def concrete_commitment(view: View) -> Judgement:
    best, evidence = _best(view, "commitment")
    vague = [(r.turn, s) for r in view.replies for s, n in zip(r.sentences, r.norms, strict=True) if is_vague(n)]
    value = {0: 0.0, 1: 0.5, 2: 1.0}[best]
    if best < 2 and view.channel == "in-person":  # at a counter, the offer is carried out on the spot
        offer, offered = _best(view, "offer")
        if offer and (0.5 + 0.25 * (offer - 1)) > value:
            best, value, evidence = max(best, 1), 0.5 + 0.25 * (offer - 1), offered
    if best == 0 and vague:
        value, evidence = 0.15, vague[:1]
    sure = {(r.turn, a.quote) for r in view.replies for a in r.analysis.acts if a.name == "overpromise"}
    if best and evidence and all(e in sure for e in evidence):  # a guarantee is not a plan
        value = 0.5 if best == 2 else 0.15
    note = {0: "no commitment", 1: "a commitment without a time or a how", 2: "commits to what and when"}[best]
    estimate = next(((r.turn, s) for r in view.replies for s, n in zip(r.sentences, r.norms, strict=True) if find("ESTIMATE", n) and told_time(n)), None)
    plan_b = next(((r.turn, a.quote) for r in view.replies for a in r.analysis.acts if a.kind == "fallback"), None)
    honest = next(((r.turn, s) for r in view.replies for s, n in zip(r.sentences, r.norms, strict=True) if _NO_PROMISE.search(n)), None)
    step = next(((r.turn, a.quote) for r in view.replies for a in r.analysis.acts if a.name in ("offer", "commitment", "done") and (r.turn, a.quote) not in sure), None)
    if honest and step and value < 0.75 and not sure:  # "I can't promise a berth, but I can put you top of the standby list" is honest and still acts
        best, value, evidence, note = max(best, 1), 0.75, [honest, step], "honest about what cannot be promised, with what you will do"
    plan_b = plan_b or next(((r.turn, s) for r in view.replies for s, n in zip(r.sentences, r.norms, strict=True) if _alternative_if(n)), None)
    if estimate and plan_b and value < 1.0:  # "it should be with you by the 14th; if not, I'll fast-track it" is the honest plan
        best, value, evidence, note = 2, 1.0, [estimate, plan_b], "an honest estimate with what you will do if it slips"
    missed = None if value >= 1 else (evidence[0] if evidence else _first_reply(view))
    at_counter = view.channel == "in-person"
    example = _scenario_example(view, "commitment")
    if example:
        tip = Suggestion("Commit to what, when and how, in this customer's terms", example, "commitment")
    elif at_counter:
        tip = Suggestion("Say when", "It'll be ready in two minutes.", "commitment")
    else:
        tip = Suggestion("Commit to what, when and how", "I'll sort this today and email you to confirm by 5 pm.", "commitment")
    return Judgement(value, evidence, note, missed, tip)


def _scenario_example(view: View, act: str) -> str | None:
    """An example sentence from the scenario's own goals that performs the act, with a time in it:
    advice in the scenario's setting, never hard-coded for one scenario."""
    if not view.scenario:
        return None
    return _example_performing(tuple(e for goal in view.scenario.goals for e in goal.examples), act)


@lru_cache(maxsize=512)
def _example_performing(examples: tuple[str, ...], act: str) -> str | None:
    return next((e for e in examples if any(a.name == act and a.strength >= 2 for a in analyse(e).acts)), None)


@detector("follow_up")
def follow_up(view: View) -> Judgement:
    best, evidence = _best(view, "follow_up")
    if best == 0 and view.scenario and view.scenario.channel == "in-person" and not any("follow" in g.id for g in view.scenario.goals):
        return Judgement(None, note="an in-person sale settled on the spot needs no follow-up")
    pending = [a for r in view.replies for a in r.analysis.acts if a.name == "commitment" and a.kind != "done"]
    done = [a for r in view.replies for a in r.analysis.acts if a.name == "done"]
    if best == 0 and done and not pending and view.outcome == "resolved":
        return Judgement(None, note="everything was done on the spot; nothing is left to follow up")
    if best == 0 and not pending and view.outcome != "abandoned" and (finished := _finished_here(view)):
        # the work is finished while they wait: little is left to chase, though a word on how they will see it done is better
        shown = next(((r.turn, s) for r in view.replies[-1:] for s, n in zip(r.sentences, r.norms, strict=True) if _PROOF.search(n)), None)
        if shown:  # done, and the proof already in their hands: better than a promise to confirm later
            return Judgement(1.0, [finished[0], shown] if shown != finished[0] else [shown], "the work was done on the spot, with the proof already sent")
        return Judgement(0.75, [(r.turn, a.quote) for r in view.replies for a in r.analysis.acts if a.name == "done"][:1],
                         "the work was done on the spot; nothing is left to chase", None,
                         Suggestion("Say how they will see it done", "You'll get a confirmation email in the next few minutes.", "follow_up"))
    value = {0: 0.0, 1: 0.5, 2: 1.0}[best]
    note = {0: "the customer is left to chase", 1: "a vague promise to be in touch", 2: "a specific follow-up"}[best]
    missed = None if value >= 1 else (evidence[0] if evidence else (view.replies[-1].turn, view.replies[-1].text) if view.replies else None)
    example = _scenario_example(view, "follow_up") or _FOLLOW_UP_BY_CHANNEL.get(view.channel, _FOLLOW_UP_BY_CHANNEL["email"])
    return Judgement(value, evidence, note, missed, Suggestion("Say how and when they will hear from you", example, "follow_up"))


# how a person in each channel would say they will be back in touch (a scenario's own example comes first)
_FOLLOW_UP_BY_CHANNEL = {
    "phone": "I'll ring you back on this number before 5 pm today to confirm it's done.",
    "chat": "I'll message you here before 5 pm today to confirm it's done.",
    "email": "I'll email you before 5 pm today to confirm it's done.",
    "in-person": "I'll give you a ring before 5 pm today to let you know it's done.",
}


# the proof of work done, already with them: "the receipt is in your inbox", "confirmation attached"
_PROOF = re.compile(r"\b(?:confirmation|receipt|reference|tracking|invoice|certificate|booking code|ticket)s?\b(?:(?![.;]).)*?"
                    r"\b(?:in your (?:inbox|email|emails|account|app)|attached|enclosed|below|on its way to you|sent to you|(?:has|have) (?:just )?been (?:sent|emailed|texted))\b")
_PAST_DAY = re.compile(r"\b(?:yesterday|last (?:week|month|night|time)|ago|on (?:the \d|monday|tuesday|wednesday|thursday|friday|saturday|sunday))")


# done by the one speaking, or said to be done as of now: "I have unlocked it", "your seat is now upgraded", "the form is enclosed"
_HERE_AND_NOW = re.compile(r"\b(?:i|we)\b|\b(?:now|just|today|already|attached|enclosed|here)\b|\b(?:has|have) been\b")


def _finished_here(view: View) -> list:
    """Work reported done for the customer while they wait, not handed to someone else nor told as past history:
    "I've unlocked your account" leaves nothing to chase; "I've passed it to the warehouse" or "we emailed you on
    Tuesday" do not."""
    out = []
    for reply in view.replies[-1:]:  # the last word: work done earlier may have been followed by new business
        for a in reply.analysis.acts:
            if a.name != "done" or a.kind == "escalation":
                continue
            norm = normalise(a.quote)
            if find("TRANSFER", norm) or _PAST_DAY.search(norm) or len(content_words(a.quote)) < 2 or not _HERE_AND_NOW.search(norm):
                continue  # "all sorted!" names nothing; "the parcel was left in the porch" is a report, not work done for them
            out.append((reply.turn, a.quote))
    return out


def _forbidden(view: View) -> list[tuple[int, str]]:
    from trainer.grading.flags import forbidden_promise

    return view.once("forbidden", lambda: forbidden_promise(view))


@detector("consistency")
def consistency(view: View) -> Judgement:
    promised: dict[str, tuple[str, int, str]] = {}
    priced: list[tuple[frozenset[str], str, int, str]] = []
    offered: list[tuple[set[str], int, str, str]] = []
    problems: list[tuple[int, str, str]] = []
    kept: list[tuple[int, str]] = []
    promises: list[tuple[int, int, str]] = []
    dated: list[tuple[int, str]] = []  # sentences that named a day
    stated = 0
    for reply in view.replies:
        for sentence, norm in zip(reply.sentences, reply.norms, strict=True):
            acts = {a.name for a in reply.analysis.acts if a.quote == sentence}
            if find("RETRACTION", norm):
                problems.append((reply.turn, sentence, "takes back what was said"))
                continue
            if sentence.rstrip().endswith("?"):
                continue
            if taken_back := _taken_back(norm, acts, offered, reply.turn):
                problems.append((reply.turn, sentence, f"contradicts turn {taken_back[0]}: \"{taken_back[1]}\""))
            stated += bool(acts & {"commitment", "offer", "follow_up"})
            if acts & {"commitment", "offer", "follow_up", "done"}:  # the promises themselves, the firmest first, are the evidence
                strength = max(a.strength for a in reply.analysis.acts if a.quote == sentence and a.name in ("commitment", "offer", "follow_up", "done"))
                promises.append((-strength, reply.turn, sentence))
            if acts & {"commitment", "offer", "follow_up", "good_news", "done"} or _YES.match(norm):  # a yes to hold them to
                offered.append(({w for w in re.findall(r"[a-z]{5,}", norm) if w not in {"would", "could", "there", "about", "today"}}, reply.turn, sentence, norm))
            if dated and is_vague(norm) and not claims.DAY.search(norm) and not acts & {"follow_up"}:
                turn, earlier = dated[0]
                if turn != reply.turn:  # "the frame will be ready on Wednesday", then "probably later in the month"
                    problems.append((reply.turn, sentence, f"changes turn {turn}: \"{earlier}\""))
            if claims.DAY.search(norm) and not is_vague(norm):
                dated.append((reply.turn, sentence))
            for topic, value in claims.claims(norm):  # a day, a time or a sum stated, promised or said back
                if topic in promised and promised[topic][0] != value and promised[topic][1] != reply.turn:
                    _, turn, earlier = promised[topic]
                    problems.append((reply.turn, sentence, f"changes turn {turn}: \"{earlier}\""))
                elif topic in promised and promised[topic][1] != reply.turn:
                    kept.append((reply.turn, sentence))  # said again, the same: a promise held to
                promised.setdefault(topic, (value, reply.turn, sentence))
            for thing, value in claims.costs(norm):  # "free" that becomes a fee, a price that changes
                earlier = next(((t, s) for th, v, t, s in priced if claims.same_thing(th, thing) and claims.changed(v, value) and t != reply.turn), None)
                if earlier:
                    problems.append((reply.turn, sentence, f"changes turn {earlier[0]}: \"{earlier[1]}\""))
                elif any(claims.same_thing(th, thing) and v == value and t != reply.turn for th, v, t, _ in priced):
                    kept.append((reply.turn, sentence))  # "still free, as I said"
                priced.append((thing, value, reply.turn, sentence))
    for turn, quote in _forbidden(view):
        problems.append((turn, quote, "promises what policy forbids"))
    for reply in view.replies:
        problems += [(reply.turn, a.quote, "guarantees what is not in your hands") for a in reply.analysis.acts if a.name == "overpromise"]
    problems = sorted(dict.fromkeys(problems))
    concrete = any(a.name in ("commitment", "follow_up") and a.strength == 2 for r in view.replies for a in r.analysis.acts)
    if not problems and kept:  # a day, time or sum confirmed later as first given
        return Judgement(1.0, kept[:1] + [(turn, s) for _, turn, s, _ in offered[:1]], f"{len(kept)} earlier promise(s) confirmed unchanged")
    if not problems and (not stated or not concrete):
        return Judgement(None, note="nothing concrete was promised, so nothing could be broken")
    # a promise changed without a word, or a guarantee of what is not in the trainee's hands, is a promise
    # broken: worth nothing, never more than having promised nothing (an honest estimate is not assessed);
    # owning a change ("I gave you the wrong date") costs half
    silent = sum(1 for _, _, why in problems if why.startswith(("changes", "contradicts", "guarantees")))
    value = max(0.0, 1.0 - silent - 0.5 * (len(problems) - silent))
    if problems:
        turn, quote, why = problems[0]
        if why.startswith("guarantees"):
            advice = Suggestion("Give an honest estimate and what you will do if it slips", "It should be with you by Thursday - if it isn't, I'll chase it myself that day.")
        else:
            advice = Suggestion("Keep your word; if something really changed, own it", "I gave you the wrong date earlier - I'm sorry. Here's what I can do instead.")
        return Judgement(value, [(turn, quote)], f"{len(problems)} broken, changed or unkeepable promise(s): {why}", (turn, quote), advice)
    keep = [(turn, s) for _, turn, s in sorted(promises)[:2]] or [(turn, s) for _, turn, s, _ in offered[:2]]
    return Judgement(value, keep, f"{stated} promise(s), none contradicted")


_YES = re.compile(r"^(?:yes|yeah|yep|absolutely|of course|certainly|definitely)\b")


def _taken_back(norm: str, acts: set[str], offered: list[tuple[set[str], int, str, str]], turn: int) -> tuple[int, str] | None:
    """An earlier yes that this sentence turns into a no: a refusal of what was offered, or
    "it isn't covered" after "it's covered"."""
    earlier = [(words, t, s, n) for words, t, s, n in offered if t != turn]
    if not earlier or claims.status(norm):
        return None
    if "refusal" in acts:
        key = set(re.findall(r"[a-z]{5,}", norm))
        for words, t, s, _ in earlier:
            if words & key:
                return t, s
    for lemma, objects in claims.denials(norm):
        for _, t, s, n in earlier:
            if claims.affirms(n, lemma, objects):
                return t, s
    return None


missing = set(vocab.DETECTORS) ^ set(DETECTORS)
assert not missing, f"detector registry and vocabulary disagree: {sorted(missing)}"
