"""The six interview criteria as judges: each turns an analysed answer into a score, quotes and a coach's note.

Judges are a registry keyed by criterion id, so the rubric file can only name ones that exist.
Scores come from parts a coach listens for (a definition, a situation, an action, a result...),
each worth a fixed share; lists of keywords and off-topic answers earn no part.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from trainer.interview.analysis import STAFF, Analysis, Sentence, customer_acts, find, staff_subject
from trainer.interview.models import CompanyProfile, Question, WordRange
from trainer.interview.phrases import VALUE_PILLARS, VALUE_SYNONYMS
from trainer.text import normalise

PILLAR_WORDS = {
    "responsiveness": "responsiveness",
    "empathy": "empathy",
    "knowledge": "knowledge",
    "professionalism": "professionalism",
    "personalization": "a personal touch",
    "reliability": "reliability",
}
VALUE_STOP = frozenset(
    "a an the we our us you your to of and for in on with is are be it its every always do does make makes that this who what by at as from".split()
)


# Attitude red flags: what each one is called, what to say instead, and which pillars it contradicts.
RED_FLAG_LABELS = {
    "contempt": ("contempt for customers", "Talking down about customers tells an interviewer how you will treat theirs; take it out."),
    "retaliation": ("getting back at a customer", "Hanging up, snapping back or making someone wait on purpose is the one thing a service interviewer cannot hire; tell what you did to stay professional instead."),
    "blame": ("blaming others", "Blaming colleagues, the system or an old employer sounds like you will do it here; say what you owned."),
    "hides-behind-policy": ("hiding behind policy", "\"Rules are rules\" with nothing offered is the answer interviewers are screening out; explain the reason, offer what you can, and escalate when asked."),
    "denies-premise": ("denying the question", "Saying it never happens to you avoids the question and sounds untrue; pick a real time it did."),
    "bluffing": ("guessing or bluffing", "Guessing sends customers away with wrong answers; say you will find out, and then do it."),
}
CONTRADICTS = {
    "contempt": {"empathy", "personalization", "professionalism"},
    "retaliation": {"professionalism", "empathy"},
    "blame": {"professionalism", "reliability"},
    "hides-behind-policy": {"personalization", "empathy"},
    "denies-premise": set(),
    "bluffing": {"knowledge", "reliability"},
}


def flag_kinds(a: Analysis) -> list[str]:
    return list(dict.fromkeys(kind for kind, _ in a.red_flags))


@dataclass
class Judgement:
    score: int | None
    evidence: list[str] = field(default_factory=list)
    feedback: str = ""
    reason: str = ""  # why the criterion was not assessed
    missing: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    question: Question
    company: CompanyProfile | None
    words: WordRange


def _quotes(sentences: list[Sentence], limit: int = 3) -> list[str]:
    out: list[str] = []
    for s in sentences:
        if s.text not in out:
            out.append(s.text)
    return out[:limit]


def _sentence(notes: list[str]) -> str:
    text = "; ".join(notes)
    return text[:1].upper() + text[1:] + "." if text else ""


def _clip(value: float) -> int:
    return max(0, min(100, round(value)))


def _off_topic(what: str) -> Judgement:
    return Judgement(0, [], f"The answer does not address the question, so it earns nothing for {what}. Answer what was asked first.", missing=["on-topic answer"])


_TRAILING = re.compile(r"\b(?:hope (?:that|this|it) makes sense|that is basically (?:it|what)|so yeah|or whatever|i guess that is (?:it|all)|that is about it|that is all really)\b")
_HAZE = re.compile(r"\b(?:can not (?:totally |really |quite |fully )?remember|do not (?:really )?remember|(?:or|and) something|something like that|some (?:thing|stuff)|more or less|sort of thing|i forget|whatever it was)\b")


def _hazy(s: Sentence, fillers: bool = True) -> bool:
    """A sentence that blurs its point: unremembered, hedged twice over, or (for structure) mostly filler."""
    return bool(_HAZE.search(s.clean)) or len(s.hedges) >= 2 or fillers and len(s.fillers) >= 2 or bool(s.vague and s.hedges)


def opens(s: Sentence, question: Question) -> bool:
    """Does this sentence answer the question directly (or, for a behavioural one, set the scene)?"""
    if question.answer_cues and find(tuple(question.answer_cues), s.clean, negatable=False):
        return True
    if question.style == "behavioural":
        return bool(s.situation or s.topic or (s.actions and s.service))
    return bool(s.thesis and (s.topic or s.service))


def opening(a: Analysis, question: Question) -> tuple[Sentence | None, bool]:
    """The sentence that opens the answer, and whether it comes early (first two sentences):
    one reading for the structure score and the outline, so they never disagree."""
    sents = [s for s in a.sentences if not s.listy]
    first = next((s for s in sents[:2] if opens(s, question)), None)
    if first:
        return first, True
    return next((s for s in sents[2:] if opens(s, question)), None), False


def structure(a: Analysis, ctx: Context) -> Judgement:
    if a.off_topic:
        return _off_topic("structure")
    sents = [s for s in a.sentences if not s.listy]
    behavioural = ctx.question.style == "behavioural"
    score, evidence, missing, notes = 0.0, [], [], []
    start, early = opening(a, ctx.question)
    first, later = (start, None) if early else (None, start)
    if first:
        score += 35
        evidence.append(first)
        notes.append("you open by answering the question")
    elif later:
        score += 15
        evidence.append(later)
        notes.append("your direct answer comes late; lead with it")
        missing.append("opening")
    else:
        missing.append("opening")
        notes.append("no opening line answers the question directly" if not behavioural else "no opening line sets the scene")
    if a.story:
        score += 35
        evidence.append(a.sentences[a.story[0]])
        notes.append("you back it with an example")
    elif any(s.hypothetical or s.claim for s in sents):
        score += 10
        missing.append("example")
        notes.append("you describe what you would do instead of a real example")
    else:
        missing.append("example")
        notes.append("there is no example")
    tie = [s for s in sents[1:] if (s.role or s.reflection) and not _TRAILING.search(s.clean)]
    last = sents[-1] if len(sents) > 2 else None
    if tie:
        score += 30
        evidence.append(tie[-1])
        notes.append("you close by relating it to the role" if tie[-1].role else "you close with what you learned")
    elif early and a.story and last is not None and last is not start and last.thesis and a.sentences.index(last) > a.story[0]:
        # "For me, that is what service means": the story brought back to the point it opened with; a close,
        # though not yet the link to the job that makes it an answer for this interview
        score += 15
        evidence.append(last)
        missing.append("tie")
        notes.append("you close by bringing the story back to your point; link it to this role as well")
    else:
        missing.append("tie")
        notes.append("nothing relates it back to the role or what you learned")
    hazy = sum(1 for s in sents if _hazy(s)) / max(1, len(sents))
    if hazy > 0.3:  # vagueness and filler blur the shape, however complete the parts
        score -= round(50 * (hazy - 0.3))
        notes.append("much of it is vague or padded; say each point once, plainly")
    if not a.on_topic and ctx.question.topic:
        score = min(score, 50)
        notes.append("and the answer never addresses the question's own subject")
    feedback = _sentence(notes)
    return Judgement(_clip(score), _quotes(evidence), feedback, missing=missing)


def example(a: Analysis, ctx: Context) -> Judgement:
    if a.off_topic:
        return _off_topic("an example")
    story = a.story_sentences()
    if not story:
        started = [s for s in a.sentences if s.situation and (s.service or s.topic) and not s.listy and not s.hypothetical]
        if started:
            return Judgement(
                20,
                _quotes(started, 1),
                "You start a story but never say what you did or how it ended. Finish it: two things you did, in the past tense, and the result for the customer.",
                missing=["action", "result", "details"],
            )
        hypothetical = [s for s in a.sentences if (s.hypothetical or s.claim) and not s.listy]
        if hypothetical:
            return Judgement(
                15,
                _quotes(hypothetical, 1),
                "You say what you would do or have done in general, not what you did once. Tell one real time: where you were, what you did, how it ended.",
                missing=["situation", "action", "result", "details"],
            )
        return Judgement(0, [], "There is no example. Pick one real moment, as a provider or as a customer, and tell it in a few sentences.", missing=["situation", "action", "result", "details"])
    after = [a.sentences[i] for i in range(a.story[-1] + 1, min(a.story[-1] + 3, len(a.sentences)))]
    situation = next((s for s in story if s.situation), None)
    actions = list(dict.fromkeys(v for s in story for v in s.actions))
    result = next((s for s in story + after if s.result and not s.hypothetical), None)
    specifics = list(dict.fromkeys(d.lower() for s in story for d in s.specifics))
    score, missing, have = 0.0, [], []
    if situation:
        score += 20
        have.append("the situation")
    else:
        score += 8 if actions else 0
        missing.append("situation")
    score += {0: 0, 1: 18, 2: 28}.get(len(actions), 35)
    if actions:
        have.append("what you did" if len(actions) > 1 else "one thing you did")
    if len(actions) < 2:
        missing.append("action")
    if result:
        score += 25
        have.append("how it ended")
    else:
        missing.append("result")
    score += {0: 0, 1: 10}.get(len(specifics), 20)
    if len(specifics) < 2:
        missing.append("details")
    evidence = [s for s in (situation, next((s for s in story if s.actions), None), result) if s]
    parts = {
        "situation": "where and when it happened",
        "action": "the steps you took yourself, in the past tense (\"I checked\", \"I called\")",
        "result": "how it ended for the customer",
        "details": "one or two specifics (a time, a number, the product, who the customer was)",
    }
    if not result:  # a story that never says how it ended is a weak example, however well it starts
        score = min(score, 65)
    if sum(1 for s in story if _hazy(s, fillers=False)) * 2 >= len(story):  # "I can't totally remember... something about an order"
        score = min(score, 50)
        missing.append("clear")
        parts["clear"] = "the story told clearly: what exactly happened, without \"I can't remember\" or \"something like that\""
    if a.implausible:
        score = min(score, 45)
        missing.append("plausible")
        parts["plausible"] = "a story an interviewer can believe (the ordinary version of what you did is stronger than heroics)"
    if not missing:
        feedback = "A real, specific example: " + ", ".join(have) + f", with details such as {', '.join(specifics[:3])}."
    else:
        feedback = ("Your example has " + ", ".join(have) + ". " if have else "") + "Add " + "; ".join(parts[m] for m in missing) + "."
    return Judgement(_clip(score), _quotes(evidence), feedback, missing=missing)


def qualities(a: Analysis, ctx: Context) -> Judgement:
    if a.off_topic:
        return _off_topic("qualities")
    story = a.story_sentences()
    kinds = flag_kinds(a)
    contradicted = set().union(*(CONTRADICTS[k] for k in kinds)) if kinds else set()
    shown: dict[str, Sentence] = {}
    for s in story:
        for pillar in s.shown:
            if pillar not in contradicted:
                shown.setdefault(pillar, s)
    named = {p: s for s in a.where("named") for p in s.named}
    listed = {p for s in a.sentences if s.listy for p in s.named}
    if not shown:
        if a.stuffed or not named:
            note = "Naming qualities in a list earns nothing; show one or two of them in a real example." if (listed or a.stuffed) else "No service quality comes through. Pick two (say, empathy and reliability) and show them in what you did."
            return Judgement(0, [], note, missing=["qualities"])
        names = ", ".join(PILLAR_WORDS[p] for p in named)
        return Judgement(
            min(25, 10 + 5 * len(named)),
            _quotes(list(named.values()), 2),
            f"You name {names} but never show it. Interviewers believe qualities they can see in what you did: add the moment that proves one.",
            missing=["qualities"],
        )
    score = {1: 50, 2: 82, 3: 90}.get(len(shown), 94)
    linked = [p for p in shown if p in named]
    naming = sum(len(s.named) for s in a.sentences)  # every time a quality is called by name, not each pillar once
    if linked and not (naming >= 4 and len(shown) <= 1):  # one quality shown among many claimed is not "naming what you show"
        score += 6
    if (len(named) + len(listed) >= 5 or naming >= 4) and len(shown) <= 1:
        score -= 15
    if kinds:  # what the candidate let slip undoes what the story shows
        score = min(score, 35 if contradicted else 50)
    shown_names = [PILLAR_WORDS[p] for p in shown]
    if kinds:
        label = RED_FLAG_LABELS[kinds[0]][0]
        return Judgement(
            _clip(score),
            _quotes(list(shown.values())),
            f"Your story shows {', '.join(shown_names)}, but {label} contradicts it; an interviewer will remember that line, not the rest.",
            missing=["qualities"],
        )
    feedback = f"Your story shows {', '.join(shown_names[:-1]) + ' and ' + shown_names[-1] if len(shown_names) > 1 else shown_names[0]}"
    if len(shown) == 1:
        feedback += "; show a second quality in the same story (what you did next, or how you followed up)."
    elif not linked:
        feedback += f"; say the word once so the interviewer hears it (\"that is what I mean by {shown_names[0]}\")."
    else:
        feedback += ", and you name what you show."
    return Judgement(_clip(score), _quotes(list(shown.values())), feedback, missing=[] if len(shown) >= 2 else ["qualities"])


_STAFF_NAMED = re.compile(r"\b(?:" + STAFF + r"|pharmacist|doctor|nurse|technician|engineer|chef)s?\b")


def _customer_ending(a: Analysis) -> Sentence | None:
    """How the story ends for the customer, told as what they then did or got ("she rang back to
    say...", "nobody left"): a closing sentence, after the candidate's own steps, with the customer as
    its subject. Sentences about a manager or colleague (or a pronoun right after one) do not count."""
    if not a.story:
        return None
    first_step = next((i for i in a.story if a.sentences[i].actions), None)
    if first_step is None:
        return None
    last = a.story[-1]
    closing = range(max(first_step + 1, last - 1), min(last + 3, len(a.sentences)))
    for i in closing:
        s = a.sentences[i]
        if s.need or s.hypothetical or s.listy or s.repeated or staff_subject(s.clean):
            continue
        if i and re.match(r"(?:she|he|they)\b", s.clean) and (staff_subject(a.sentences[i - 1].clean) or _STAFF_NAMED.search(a.sentences[i - 1].clean)):
            continue  # "my manager came over. she said..." is the manager speaking
        if customer_acts(s.clean):
            return s
    return None


def perspective(a: Analysis, ctx: Context) -> Judgement:
    if a.off_topic:
        return _off_topic("the customer's perspective")
    in_story = set(a.story)
    need = a.where("need")
    outcome = a.where("outcome")
    lens = a.where("lens") + a.where("benefit")
    score, evidence, missing, notes = 0.0, [], [], []
    need_story = [s for s in need if s.index in in_story]
    if need_story or need:
        score += 35 if need_story else 20
        evidence.append((need_story or need)[0])
        notes.append("you say what the customer needed or felt")
    else:
        missing.append("need")
        notes.append("say what the customer needed or was worried about")
    out_story = [s for s in outcome if s.index in in_story or s.index > (a.story[-1] if a.story else 10**6)]
    ending = _customer_ending(a)
    if out_story or ending:
        out_story = out_story or [ending]
        score += 40
        evidence.append(out_story[0])
        notes.append("you give the outcome for them")
    elif outcome or [s for s in lens if re.search(r"\b(leave|leaves|walk away|walks away|go away|hang up|come away)\b", s.clean)]:
        score += 20
        evidence.append((outcome or lens)[0])
        notes.append("the outcome for the customer stays general; say how it actually ended for them")
        missing.append("outcome")
    else:
        missing.append("outcome")
        notes.append("say how it ended for the customer")
    if lens:
        score += 25 if any(s.index in in_story or s.benefit for s in lens) else 15
        evidence.append(lens[0])
    elif score:
        score += 5
    if not score:
        return Judgement(0, [], "The answer is about you or the company, not the customer. Say what the customer needed and how they were better off.", missing=["need", "outcome"])
    against = [k for k in flag_kinds(a) if k in ("contempt", "retaliation", "hides-behind-policy")]
    if against:
        score = min(score, 25)
        notes.append(f"and {RED_FLAG_LABELS[against[0]][0]} shows you were not on the customer's side")
    feedback = _sentence(notes)
    return Judgement(_clip(score), _quotes(evidence), feedback, missing=missing)


_DERIVED = ("fulness", "fully", "ation", "ness", "ment", "ship", "ity", "ful", "ive", "ion", "ty", "ly")


def _root(word: str) -> str:
    """"safety" -> "safe", "carefully" -> "care", "honesty" -> "honest": values meet their everyday forms."""
    for suffix in _DERIVED:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _value_regex(word: str) -> str:
    stem = _root(word)
    stem = stem[:-1] if len(stem) > 4 and stem[-1] in "ey" else stem
    return rf"\b{re.escape(stem)}(?:e|y|s|es|ed|d|ing|er|ers|ly|ful|fully|ness|ship|ity|ty|ive|ion|ions|ation|ment|al|able|ies|ied)?\b"


def _value_terms(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'-]+", normalise(text)) if w not in VALUE_STOP and len(w) > 2]


def _echoes(terms: list[str], clean: str) -> bool:
    if not terms:
        return False
    hits = sum(1 for t in terms if re.search(_value_regex(t), clean) or any(re.search(rf"\b{syn}", clean) for syn in VALUE_SYNONYMS.get(t, ())))
    return hits >= (len(terms) if len(terms) <= 2 else (len(terms) + 1) // 2)


def fit(a: Analysis, ctx: Context) -> Judgement:
    company = ctx.company
    if company is None or not company.given:
        return Judgement(None, [], "", reason="no company given; pass --company and --values (or --profile FILE) to judge fit")
    if a.off_topic or a.stuffed:
        return _off_topic("fit") if a.off_topic else Judgement(0, [], "Listing the company's values earns nothing; connect one of them to something you did.", missing=["values"])
    sents = [s for s in a.sentences if not s.listy]
    name_terms = _value_terms(company.name)
    short_name = name_terms[:1]  # "Harbour" for Harbour Bikes: people use the distinctive first word
    named_at = [
        s for s in sents
        if name_terms and (_echoes(name_terms, s.clean) or _echoes(short_name, s.clean))
        or re.search(r"\b(your|this) (company|team|store|business|brand|organisation|organization|shop|practice|branch|firm)\b", s.clean)
    ]  # fmt: skip
    values = [(v, _value_terms(v)) for v in company.values]
    echoed: dict[str, Sentence] = {}
    for value, terms in values:
        for s in sents:
            if _echoes(terms, s.clean):
                echoed.setdefault(value, s)
                break
    recited = {v for v, s in echoed.items() if not s.actions and sum(1 for _, t in values if _echoes(t, s.clean)) >= 2}
    recital = {s.index for v, s in echoed.items() if v in recited}
    echoed = {v: s for v, s in echoed.items() if v not in recited}
    named_at = [s for s in named_at if s.index not in recital]  # naming them while reciting their list earns nothing
    near_story = set(a.story) | {i + 1 for i in a.story} | {i - 1 for i in a.story}
    if a.story:
        near_story |= {a.story[-1] + 2, a.story[-1] + 3}
    link = r"\b(like|as) (when )?i\b|\b(that|this|which) (is|was) (why|what|how|exactly)\b|\bthe (kind|sort) of\b|\bwhat i did\b"
    connected = [v for v, s in echoed.items() if s.actions or (s.index in near_story and (a.story and s.index in a.story or re.search(link, s.clean)))]
    story_shown = {pillar for i in a.story for pillar in a.sentences[i].shown} if a.story else set()
    embodied = {}
    for value, _ in values:
        if value in echoed:
            continue
        wants = {p for p, rx in VALUE_PILLARS.items() if re.search(rx, normalise(value))}
        if wants & story_shown:  # the story shows what the value asks for, even without its words
            embodied[value] = next(a.sentences[i] for i in a.story if wants & set(a.sentences[i].shown))
    mission_hit = next((s for s in sents if company.mission and len(_value_terms(company.mission)) >= 2 and sum(1 for t in _value_terms(company.mission) if re.search(_value_regex(t), s.clean)) >= 2), None)
    score, evidence, notes, missing = 0.0, [], [], []
    if values:
        shown_values = len(echoed) + len(embodied)
        score += {0: 0, 1: 45, 2: 65}.get(shown_values, 75)  # a pasted list of their values earns nothing
        if connected or (embodied and echoed):
            score += 15
        if echoed or embodied:
            evidence += list(echoed.values()) + list(embodied.values())
            if echoed:
                notes.append(f"you echo {', '.join(repr(v) for v in echoed)}" + (" and tie it to what you did" if connected else ""))
            if embodied:
                notes.append(f"your story shows {', '.join(repr(v) for v in embodied)} without naming it; one sentence linking it to {company.name or 'them'} would land it")
            if not connected and not embodied:
                missing.append("values")
        else:
            missing.append("values")
            notes.append(f"none of the company's values ({', '.join(company.values)}) comes through")
        if named_at:
            score += 15
            evidence.append(named_at[0])
        if mission_hit:
            score += 10
            evidence.append(mission_hit)
    else:
        why = [s for s in named_at if re.search(r"\b(because|why|drawn|admire|noticed|read|saw|love|like) ", s.clean)]
        score += 35 if named_at else 0
        score += 35 if why else 0
        score += 10 if mission_hit else 0
        if any(s.role for s in sents):
            score += 30
            evidence.append(next(s for s in sents if s.role))
        evidence = (named_at[:1] + why[:1] + evidence)
        notes.append("you mention the company" if named_at else f"you never mention {company.name or 'the company'}")
        if not why:
            missing.append("values")
            notes.append("say what draws you to them")
    feedback = _sentence(notes)
    if not score:
        feedback = f"Nothing links the answer to {company.name or 'the company'}. Close with the one value of theirs that your example shows."
    return Judgement(_clip(score), _quotes(evidence), feedback, missing=missing)


TIDY = 82  # a tidy answer of the right length with nothing wrong: good, not yet crisp
CRISP = 91  # also direct from the first sentence, no padding, no hedging
_INTENSIFIERS = frozenset("really very just actually totally absolutely definitely super honestly literally".split())


def delivery(a: Analysis, ctx: Context) -> Judgement:
    words, low, high = a.words, ctx.words.min, ctx.words.max
    score = float(TIDY)
    notes, evidence = [], []
    if words < low:
        score -= 85 * (low - words) / low
        notes.append(f"{words} words is short (aim for {low}-{high}, one to two minutes spoken)")
    elif words > high:
        score -= min(60, 15 + 75 * (words - high) / high)  # carries on from where the range's last third stopped
        notes.append(f"{words} words runs long (aim for {low}-{high}); cut what does not serve the example")
    else:
        notes.append(f"{words} words, about {'one' if words < 180 else 'two'} minute{'s' if words >= 180 else ''} spoken")
        if words > 2 * high / 3:  # the last third of the range costs steadily: every extra sentence asks more of the listener
            score -= 15 * (words - 2 * high / 3) / (high / 3)
    per100 = 100 / max(words, 1)
    fillers = Counter(f for s in a.sentences for f in s.fillers)
    filler_count = sum(fillers.values())
    if filler_count:
        score -= 13 * max(0.0, filler_count * per100 - 0.4)
        top = ", ".join(f"\"{f}\" x{n}" for f, n in fillers.most_common(4))
        notes.append(f"{filler_count} filler word{'s' if filler_count > 1 else ''} ({top})")
        evidence += sorted((s for s in a.sentences if s.fillers), key=lambda s: -len(s.fillers))[:2]
    hedges = Counter(h for s in a.sentences for h in s.hedges)
    hedge_count = sum(n for h, n in hedges.items() if h != "i think") + max(0, hedges.get("i think", 0) - 1)
    if hedge_count * per100 > 0.5:
        score -= min(35, 10 * (hedge_count * per100 - 0.5) + 3)
        notes.append(f"hedging ({', '.join(repr(h) for h in hedges)}) makes you sound unsure; say it plainly")
        evidence += [s for s in a.sentences if s.hedges][:1]
    story = set(a.story)
    vague = [s for s in a.sentences if (s.vague or s.listy) and s.index not in story]
    vague_count = sum(len(s.vague) + (2 if s.listy else 0) for s in vague)
    if vague_count > 1:
        score -= min(40, 9 * (vague_count - 1) + 3)
        phrases = [repr(v) for s in vague for v in s.vague[:1]]
        notes.append(("stock phrases (" + ", ".join(phrases[:4]) + ")" if phrases else "lists of keywords") + " say little; replace them with what you actually did")
        evidence += vague[:1]
    repeats = sum(s.repeats for s in a.sentences)
    words_said = [w for s in a.sentences for w in s.clean.split()]
    intensifiers = sum(1 for w in words_said if w in _INTENSIFIERS)
    padding = repeats + max(0, intensifiers - max(2, words // 40))
    if padding:
        score -= min(20, 4 * padding)
        notes.append("repeated words and intensifiers (\"really\", \"very\", \"just\") pad it out")
    if words >= 60 and not any(s.specifics for s in a.sentences):
        score -= 12
        notes.append("nothing specific anywhere (no time, number, product or person)")
    first = next((s for s in a.sentences if not s.listy), None)
    direct = first is not None and first.words <= 32 and not first.hedges and not first.fillers and bool(
        first.thesis or first.situation or first.topic or (ctx.question.answer_cues and find(tuple(ctx.question.answer_cues), first.clean, negatable=False))
    )
    clean = filler_count == 0 and hedge_count == 0 and vague_count <= 1 and not padding and low <= words <= 2 * high / 3
    if clean and direct and any(s.specifics for s in a.sentences):
        score = max(score, CRISP - 3 * max(0, sum(len(s.vague) for s in a.sentences) - 1))
        notes.append("crisp: a direct first sentence and nothing wasted")
    elif filler_count == 0 and hedge_count * per100 <= 0.5 and vague_count <= 1 and low <= words <= high:
        notes.append("clear" + ("" if direct else "; open with a sentence that answers the question directly"))
    if a.off_topic:
        score = min(score, 40)
        notes.append("and it is off the question")
    if a.stuffed:
        score = min(score, 30)
    return Judgement(_clip(score), _quotes(evidence), _sentence(notes))


JUDGES = {
    "structure": structure,
    "example": example,
    "qualities": qualities,
    "perspective": perspective,
    "fit": fit,
    "delivery": delivery,
}
