"""The customer's own situation, said back from the agent's side, for advice in their terms.

"I was charged twice for my order" becomes "you were charged twice for your order". Only
sentences about the customer's own situation are echoed: a line about the agent ("you never
called me back") would turn into an accusation when said back, and a greeting or a question
would garble.
"""

from __future__ import annotations

import re

from trainer.language import find
from trainer.text import normalise, sentences

_SWAPS = {"i": "you", "my": "your", "me": "you", "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd",
          "mine": "yours", "am": "are", "we": "you", "our": "your", "us": "you", "myself": "yourself"}
_LEAD = re.compile(r"^((hi|hello|hey|hiya)( there)?|morning|good (morning|afternoon|evening)|yes|yeah|okay|ok|right|so|well|um|uh)\b[\s,!.-]*", re.I)
_TAIL = re.compile(r"[\s,]+(please|thanks|thank you)$", re.I)


def swap(text: str) -> str:
    """Say the customer's words back from the agent's side."""
    words = _TAIL.sub("", _LEAD.sub("", text.strip())).split()
    out: list[str] = []
    for word in words:
        lower = word.lower().rstrip(",")
        if lower == "was" and out and out[-1].lower() == "you":
            out.append("were" + ("," if word.endswith(",") else ""))
            continue
        swapped = _SWAPS.get(lower)
        out.append(swapped + ("," if word.endswith(",") else "") if swapped else word)
    result = " ".join(out)
    return result[:1].lower() + result[1:]


def echoable(sentence: str) -> bool:
    """About the customer's own situation, long enough to mean something, and not a question."""
    norm = normalise(_LEAD.sub("", sentence))
    words = norm.split()
    return (
        len(words) >= 5
        and not ({"you", "your", "yours"} & set(words))
        and not sentence.rstrip().endswith("?")
        and not norm.startswith(("thank", "please", "can ", "could "))
    )


def situation(customer_lines: list[str]) -> str | None:
    """What went wrong, in the customer's first words that describe a problem, said back."""
    for line in customer_lines[:2]:
        for sentence in sentences(line):
            if echoable(sentence) and find("PROBLEM", normalise(sentence)):
                return swap(sentence.strip().rstrip(".!?"))
    return None


def restate(customer_lines: list[str], prompt: str = "") -> str | None:
    """The customer's need as the agent would say it back: the problem, else any echoable sentence."""
    found = situation(customer_lines)
    if found:
        return found
    for sentence in sentences(prompt) + [s for line in customer_lines[:1] for s in sentences(line)]:
        if echoable(sentence):
            return swap(sentence.rstrip(".?!"))
    return None


_ROLE = re.compile(r"^(customer|member|client|patient|guest|regular|subscriber|tenant|account holder)s? ((?:for|since) .+)$", re.I)
_WITH_US = re.compile(r"^((?:\w+|\d+) (?:years?|months?)) (with us|here)$", re.I)
_ORDINAL = re.compile(r"^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (\w.*)$", re.I)
_FREQUENCY = frozenset({"always", "usually", "often", "normally", "regularly", "never", "once", "still", "also"})
_BE_HAVE = {"has": "have", "is": "are", "was": "were"}
_POSSESSIVES = {"her": "your", "his": "your", "their": "your", "she": "you", "he": "you", "they": "you", "him": "you", "hers": "yours"}


def _verb(word: str, following: str = "") -> str | None:
    """A verb said of someone, in the form said to them ("orders" -> "order", "moved", "has" -> "have"), else None."""
    from lemminflect import getAllLemmas

    lower = word.lower()
    if lower in _BE_HAVE:
        return _BE_HAVE[lower]
    if not lower.isalpha() or following.lower() == "of":  # "Parents of two" names them; it does not say what they do
        return None
    lemma = (getAllLemmas(lower).get("VERB") or (None,))[0]  # the dictionary only: a guessed lemma makes "this" a verb
    if lemma is None or lemma == lower:
        return None
    if lower.endswith("s") and not lower.endswith("ss"):
        return lemma
    return lower if lower.endswith("ed") else None


def _said_to_them(words: list[str], pronouns: bool) -> str:
    """The rest of a note with its verbs ("and usually settles" -> "and usually settle") and, where the
    note is about the customer throughout, its pronouns ("her partner" -> "your partner") turned to them."""
    out = []
    for i, word in enumerate(words):
        before = [w.lower() for w in words[max(0, i - 2):i]]
        if before and (before[-1] == "and" or before[-2:-1] == ["and"] and before[-1] in _FREQUENCY):
            out.append(_verb(word) or word)
        elif pronouns and word.lower() in _POSSESSIVES:
            out.append(_POSSESSIVES[word.lower()])
        else:
            out.append(word)
    return " ".join(out)


def spoken_note(note: str, names: tuple[str, ...] = ()) -> str | None:
    """A customer-card note said to the customer, or None when no plain rule turns it into speech.

    "Customer for four years; never missed a payment" becomes "I can see you've been a customer for
    four years"; "Always orders a large flat white" becomes "I can see you always order a large flat
    white"; "Helen is listed as his contact" becomes "I can see you are listed as his contact" (the
    "his" is someone else). Notes in shorthand ("Call 1, last Tuesday (agent Leanne): ...") are left alone."""
    clause = re.split(r"[;.](?:\s|$)|\s-\s", note.strip(), maxsplit=1)[0].strip().rstrip(".")
    if not clause or re.search(r"[()]|:(?!\d)", clause):
        return None
    words = clause.split()
    for name in sorted(names, key=len, reverse=True):  # "Walter Brask has shopped..." is said of the customer
        size = len(name.split())
        if clause.lower().startswith(name.lower() + " ") and len(words) > size and (verb := _verb(words[size])):
            return f"I can see you {verb} {_said_to_them(words[size + 1:], pronouns=False)}".rstrip()
    if role := _ROLE.match(clause):
        return f"I can see you've been a {role[1].lower()} {_said_to_them(role[2].split(), pronouns=True)}"
    if with_us := _WITH_US.match(clause):
        return f"I can see you've been {with_us[2]} {with_us[1].lower()}"
    if ordinal := _ORDINAL.match(clause):
        return f"I can see this is your {ordinal[1].lower()} {_said_to_them(ordinal[2].split(), pronouns=True)}"
    lead = 1 if words[0].lower() in _FREQUENCY and len(words) > 1 else 0
    verb = _verb(words[lead], words[lead + 1] if len(words) > lead + 1 else "")
    if verb is None:
        return None
    adverb = words[0].lower() + " " if lead else ""
    if adverb == "never " and verb == words[lead].lower():  # "Never contacted support before"
        return f"I can see you've never {verb} {_said_to_them(words[lead + 1:], pronouns=True)}".rstrip()
    return f"I can see you {adverb}{verb} {_said_to_them(words[lead + 1:], pronouns=True)}".rstrip()
