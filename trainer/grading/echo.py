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
