"""What a reply states that a later reply can break: a day, a clock time, a sum, "free", a yes.

The consistency criterion holds the trainee to these. Each reader takes one normalised
sentence and returns plain values, so two sentences can be compared without reading them
again: the same topic with a different value is a promise changed.
"""

from __future__ import annotations

import re

from trainer.language import content_words, find, stems
from trainer.meaning import lemma
from trainer.text import NEGATORS, verb_lemma

_MONTHS = "january february march april may june july august september october november december".split()
# a weekday, a relative day, or a date by its day of the month ("the 30th", "1 september", "march 3")
DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight)\b"
                 r"|\bthe (\d{1,2})(?:st|nd|rd|th)\b|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(?:" + "|".join(_MONTHS) + r")\b"
                 r"|\b(?:" + "|".join(_MONTHS) + r") (\d{1,2})(?:st|nd|rd|th)?\b")
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
AMOUNT = re.compile(r"(?:[$£€]\s?" + _NUMBER + r"|\b" + _NUMBER + r"\s*(?:percent|%|pounds|dollars|euros)|\b\d{1,2}p\b)")  # "25p": pence
_HOURS = "one two three four five six seven eight nine ten eleven twelve".split()
_HOUR = r"(\d{1,2}|" + "|".join(_HOURS) + ")"
CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b|\b(\d{1,2}):(\d{2})\b|\b(noon|midday|midnight)\b"
    r"|\b(half past|half|quarter past|quarter to) " + _HOUR + r"\b"
    r"|\b(?:at|from|by|for|until|till) " + _HOUR + r"(?![:.,]\d)(?: (o'clock|thirty|fifteen|forty five))?\b(?! (?:percent|pounds|dollars|euros|minutes|mins|days|hours|weeks|months|years|nights|items|people|adults|children|guests|of)\b)"
)
# phrase families naming what a stated day, time or sum is about
TOPICS = ("CLAIM_ARRIVAL", "CLAIM_DISPATCH", "CLAIM_AMOUNT", "CLAIM_BOOKING", "CLAIM_DUE", "FOLLOW_UP")

_CLAUSES = re.compile(r";|[,:](?!\d)|\band\b|\bso\b|\bthen\b")  # "15:30" and "1,000" are not two clauses


def _amount(text: str) -> str:
    """One spelling per sum: "20 percent" and "20%" are the same claim, "$10" and "10 dollars" too."""
    number = re.search(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.,]\d+)?", text).group()
    number = re.sub(r",(?=\d{3}\b)", "", number).replace(",", ".")  # "1,000" is a thousand; "4,99" is four ninety-nine
    if re.fullmatch(r"\d{1,2}p", text.strip()):
        return f"{int(text.strip()[:-1]) / 100:g}£"
    unit = "%" if re.search(r"%|percent", text) else next((u for u, words in (("$", "$ dollars"), ("£", "£ pounds"), ("€", "€ euros")) if any(w in text for w in words.split())), "")
    return f"{float(number):g}{unit}"


def _day(match: re.Match[str]) -> str:
    """One spelling per day: a weekday or "tomorrow" as said, a date as its day of the month ("the 30th" is "30")."""
    return match.group(1) or str(int(next(g for g in match.groups()[1:] if g)))


def _hour(text: str) -> int:
    return int(text) if text.isdigit() else _HOURS.index(text) + 1


def _clock(match: re.Match[str]) -> str:
    """One spelling per time of day, on a twelve-hour face (people rarely say am or pm twice):
    "3pm", "3 p.m.", "15:00" and "at three" are the same time; so are "half three" and "3:30"."""
    hour, minute, _, hour24, minute24, word, fraction, fraction_hour, at_hour, spoken = match.groups()
    if word:
        return "12:00" if word != "midnight" else "12:00am"
    if hour24 is not None:
        hour, minute = hour24, minute24
    elif fraction:
        base = _hour(fraction_hour)
        if fraction == "quarter to":
            return f"{(base - 2) % 12 + 1}:45"
        return f"{(base - 1) % 12 + 1}:{'15' if fraction == 'quarter past' else '30'}"
    elif at_hour is not None:
        hour, minute = at_hour, {"thirty": "30", "fifteen": "15", "forty five": "45"}.get(spoken or "", "00")
    return f"{(_hour(hour) - 1) % 12 + 1}:{minute or '00'}"


def claims(norm: str) -> list[tuple[str, str]]:
    """(topic, value) pairs such as ("CLAIM_ARRIVAL", "friday") or ("FOLLOW_UP:clock", "15:00"), clause by clause."""
    out: list[tuple[str, str]] = []
    if not (DAY.search(norm) or AMOUNT.search(norm) or CLOCK.search(norm)):
        return out  # nothing dated, timed or priced, nothing to hold the agent to
    if _FALLBACK.match(norm):
        return out  # "if the courier misses Tuesday, I'll send it Wednesday": a plan B beside the promise, not a new one
    for clause in _CLAUSES.split(norm):
        if _FALLBACK.match(clause.strip()):
            continue  # "... and if the van is late, by five instead"
        found = {topic: match for topic in TOPICS if (match := find(topic, clause))}
        if "CLAIM_AMOUNT" in found:  # a sum is held to what it is for: a fee and a credit are two promises
            out += [(f"CLAIM_AMOUNT:{_paid_for(clause, m)}", _amount(m.group())) for m in AMOUNT.finditer(clause)]
        # a day or time belongs to the topic said nearest to it: in "I'll ring you tomorrow to confirm the
        # engineer is still on", tomorrow is the call's day, not the engineer's
        dated = {t: m for t, m in found.items() if t != "CLAIM_AMOUNT"}
        if not dated:
            continue
        for suffix, values in (("", [(_day(m), m.start()) for m in DAY.finditer(clause)]),
                               (":clock", [(_clock(m), m.start()) for m in CLOCK.finditer(clause)])):
            owned: dict[str, set[str]] = {}
            for value, at in values:
                nearest = min(dated, key=lambda t: _distance(dated[t], at))
                owned.setdefault(nearest, set()).add(value)
            out += [(topic + suffix, next(iter(vals))) for topic, vals in owned.items() if len(vals) == 1]
    return out


_FALLBACK = re.compile(r"(?:if|unless|in case|otherwise|failing that|should (?:it|the|that|they))\b")


def _distance(match: re.Match[str], at: int) -> int:
    return 0 if match.start() <= at < match.end() else min(abs(at - match.start()), abs(at - match.end()))


# What a sum can be for, so "$4.99 fee refunded" and "$15 credit" are two promises, not one changed.
_MONEY_KINDS = {"refund": "refund", "refunded": "refund", "refunding": "refund", "back": "refund", "reimburse": "refund",
                "reimbursed": "refund", "credit": "credit", "credits": "credit", "credited": "credit", "voucher": "voucher",
                "vouchers": "voucher", "fee": "fee", "fees": "fee", "charge": "charge", "charged": "charge", "charges": "charge",
                "discount": "discount", "off": "discount", "compensation": "compensation", "deposit": "deposit",
                "price": "price", "cost": "price", "costs": "price", "total": "price", "bill": "price", "fine": "fine"}


def _paid_for(clause: str, match: re.Match[str]) -> str:
    """What a sum is for: the kind named just after it ("$15 credit"), else just before it ("a refund of $15")."""
    after = re.findall(r"[a-z]+", clause[match.end():])[:4]
    before = re.findall(r"[a-z]+", clause[:match.start()])[-4:]
    kinds = [_MONEY_KINDS[w] for w in [*after, *reversed(before)] if w in _MONEY_KINDS]
    # "refund 20 percent of the price": the price is what the sum is measured on; the refund is what it is
    return next((k for k in kinds if k != "price"), kinds[0] if kinds else "")


_FREE = re.compile(r"(?<!feel )(?<!gluten )(?<!sugar )(?<!-)\b(?:free(?: of charge)?|at no (?:extra |additional )?(?:cost|charge)|no (?:extra |additional |[a-z]+ )?(?:charge|cost|fee)|on the house|complimentary|will not cost you"
                   r"|(?:will|would|are|is) not (?:be )?(?:charged|charging you|paying)|unlimited)\b"
                   r"|(?<!that is )(?<!this is )(?<!that is all )(?<!that is totally )\bon us\b")
_PRICED = re.compile(
    r"\b(?:fee|fees|charge|charges|charged|cost|costs|pay|payable|price|priced|surcharge|fare|fares|rate|fixed|taken|will be|comes to|come to|that is|is|are|"
    r"a month|per month|a year|per year|a night|per night|each|per person|a head)\b"
)
_MONEY_WORDS = frozenset("free charge charges charged cost costs fee fees pay price priced surcharge complimentary house extra additional pounds dollars euros percent included include quote quoted".split())


def costs(norm: str) -> list[tuple[frozenset[str], str]]:
    """What the sentence says something costs: ("free") or a sum, with the words saying what it is."""
    out = []
    whole = _thing(norm)
    for clause in _CLAUSES.split(norm):
        value = None
        if _FREE.search(clause) and not _negated_free(clause):
            value = "free"
        elif (amount := AMOUNT.search(clause)) and _PRICED.search(clause) and not find("CLAIM_AMOUNT", clause):
            value = _amount(amount.group())
        elif _VARIES.search(clause) and _COSTED.search(norm):
            value = "varies"  # "it depends on the traffic, it could come to about forty": no longer a set price
        elif (_INCLUDED.search(clause) and not _negated_free(clause)) or (_EXTRA.search(clause) and not _negated_free(clause)):
            # "that's in the quote" costs nothing more; "taking it away is extra" does: said of what the sentence names
            value = "free" if _INCLUDED.search(clause) else "extra"
            out.append((_thing(clause) | whole, value))
            continue
        if value is None:
            continue
        # "at no cost" names nothing: the sentence says what is free; "it is 25p a mile" answers about
        # what was just priced, whatever it was called then
        thing = _thing(clause) or whole
        out.append((thing | {ANAPHOR} if _ANAPHORIC.match(clause.strip()) else thing, value))
    return out


ANAPHOR = "<it>"  # a cost said of "it" or "there": about the thing last priced
_ANAPHORIC = re.compile(r"^(?:(?:and|then|so|yes|no|but|well|right) )*(?:it|that|this|there|which)\b(?! (?:is|was) (?:a|an|the|your|our)\b)")
_VARIES = re.compile(r"\b(?:depends|depending|will depend|varies|will vary|could come to|might come to|may come to|could be|might be) (?:on |about |around |roughly |up to |anything )")
_COSTED = re.compile(r"\b(?:cost|costs|price|fare|charge|charged|come to|comes to|pay|meter)\b|" + AMOUNT.pattern)


def _negated_free(clause: str) -> bool:
    return bool(re.search(r"\b(?:not|no longer|is not|are not|isn't|never) (?:\w+ )?(?:free|included|in the (?:quote|price)|extra)\b", clause))


# no charge beyond what was agreed, said without "free": "it's in the quote", "included", "as quoted"
_INCLUDED = re.compile(r"\b(?:included|includes|including|in the (?:quote|quoted price|price|package)|as quoted|part of the (?:quote|price|package|service))\b")
# a charge beyond it, said without a sum: "taking it away is extra", "that costs extra", "charged on top"
_EXTRA = re.compile(r"\b(?:is|are|costs?|charged|comes?|will be|would be) (?:an? )?extra\b(?! (?:hour|day|week|night|minute|one|copy|pair|room|bed|seat|bag|box|set)s?\b)|\b(?:charged|paid|payable) (?:on top|separately)\b")


def changed(before: str, after: str) -> bool:
    """Does a later cost break an earlier one? Any other value breaks "free" (and "free" after a charge is a
    waiver, not a break); "extra" names no sum, so it breaks only "free"."""
    if after in (before, "free"):
        return False
    if "extra" in (before, after):
        return before == "free"
    return True


def _thing(clause: str) -> frozenset[str]:
    """The words naming what a cost is for, as lemmas: "the holding fee" is about "hold it for you"."""
    return stems(frozenset(lemma(w) for w in content_words(clause) if w not in _MONEY_WORDS and not w[0].isdigit()))


def same_thing(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two cost claims are about one thing when they share a word for it, or when neither names one ("it's free")."""
    return bool(a & b) or not a and not b or ANAPHOR in b


# "we can not refund", "it is not covered", "you will not get", "i am unable to offer"
_DENIED = re.compile(
    r"\b(?:can not|could not|will not|would not|do not|does not|did not|is not|are not|was not|were not|have not|has not|"
    r"am not|no longer|never|unable to|not able to|not allowed to)(?: be| been| able to| going to| have)? ([a-z]{3,})\b( [a-z' ]+)?"
)
_NOT_A_CLAIM = frozenset(
    """need worry hesitate mind think know believe expect want wish mean apologise apologize hear see afraid sure be have has had
    do does did any the your our my that this there quite really very just even all too much many yet happen again
    you me him her them us it i we they someone anyone everyone nobody one""".split()  # "the payment wasn't you" denies nothing promised
)


def status(norm: str) -> bool:
    """ "Not sent yet", "still waiting on the warehouse": where things stand, not a promise taken back."""
    return bool(re.search(r"\byet\b|\bstill (?:waiting|working|processing|checking)\b", norm))


def denials(norm: str) -> list[tuple[str, frozenset[str]]]:
    """What a statement says will not or cannot happen: (verb, the words after it), for holding
    against an earlier yes. "Not yet" reports progress, not a reversal, and is left out."""
    if status(norm) or re.match(r"^(?:please )?(?:do not|never) |^(?:if|unless|in case|should|when)\b", norm):
        return []  # an instruction ("don't worry") or a status ("not sent yet") takes nothing back
    out = []
    for match in _DENIED.finditer(norm):
        word = match.group(1)
        if word in _NOT_A_CLAIM or word in NEGATORS:
            continue
        lemma = verb_lemma(word) or word
        after = stems(frozenset(w for w in content_words(match.group(2) or "") if not w[0].isdigit()))
        out.append((lemma, after))
    return out


_WORD = re.compile(r"\b[a-z]{3,}\b")


def affirms(norm: str, lemma: str, objects: frozenset[str]) -> bool:
    """Did an earlier sentence say yes to this: the same verb, unnegated, about the same thing (when one is named)?"""
    for found in _WORD.finditer(norm):
        word, position = found.group(), found.start()
        if word[:3] != lemma[:3] or (verb_lemma(word) or word) != lemma:
            continue
        if re.search(r"\b(?:the|a|an|your|any|our|this|that|duplicate|extra)\s+$", norm[:position]):
            continue  # "the duplicate charge" names a thing; it says nothing will be charged
        before = norm[max(0, norm.rfind(",", 0, position) + 1):position].split()[-3:]
        if any(w in NEGATORS for w in before):
            continue
        if not objects or objects & stems(content_words(norm)):  # "the warranty covers it" is about the warranty too
            return True
    return False
