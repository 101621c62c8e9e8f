"""Probe a phrase pattern with what it seems to say: its own wordings, numbers and money written
the usual ways, and everyday lines that should never match. A pattern that fails its own
wordings, or matches "Hello there.", is a mistake the author cannot see until someone plays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.patterns import compile_pattern
from trainer.text import normalise, normalise_plain

MAX_SAMPLES = 40

# Lines any conversation has; a need, a fact or a policy statement must not be found in them.
EVERYDAY = (
    "Hello there.",
    "Hi, how can I help you today?",
    "Thanks for calling, how are you?",
    "Okay.",
    "Good morning!",
    "Sorry, we are full.",
    "Let me check that for you.",
)

_NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_REGEX_LOOK = re.compile(r"\\[a-z]|\.\*|\.\+|\[[^\]]*\]|\{\d|[+](?!\+)|<(?!num>)[a-z]+>")


@dataclass(frozen=True)
class Finding:
    """One thing wrong with a pattern, said so an author can fix it."""

    kind: str  # "regex", "empty", "everyday", "own-wording", "usual-way"
    message: str


# --- turning a pattern back into the words it stands for -------------------------------


class _Samples:
    """A pattern read back as sentences: the first choice everywhere, then each alternative and
    each optional part varied one at a time (so a pattern of many groups gives few samples)."""

    def __init__(self, text: str):
        self.text, self.pos = text, 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def alternatives(self) -> list[str]:
        options = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            options.append(self.sequence())
        first = [o[0] for o in options]
        rest = [v for o in options for v in o[1:]]
        return list(dict.fromkeys(first + rest))

    def sequence(self) -> list[str]:
        items: list[list[str]] = []
        while self.peek() and self.peek() not in "|)":
            if self.peek().isspace():
                self.pos += 1
                continue
            items.append(self.item())
        base = [i[0] for i in items]
        out = [" ".join(w for w in base if w)]
        for n, variants in enumerate(items):
            for variant in variants[1:]:
                out.append(" ".join(w for w in base[:n] + [variant] + base[n + 1:] if w))
        return list(dict.fromkeys(out))[:MAX_SAMPLES] or [""]

    def item(self) -> list[str]:
        if self.text.startswith("...", self.pos):
            self.pos += 3
            return ["", "really"]
        if self.peek() == "(":
            self.pos += 1
            inner = self.alternatives()
            self.pos += 1  # ")"
            if self.peek() == "?":
                self.pos += 1
                return [inner[0], "", *inner[1:]]
            return inner
        start = self.pos
        while self.peek() and not self.peek().isspace() and self.peek() not in "()|?" and not self.text.startswith("...", self.pos):
            self.pos += 1
        word = self.text[start:self.pos].replace("<num>", "12")
        if word.endswith("*"):
            stem = word.rstrip("*")
            word = stem + ("ing" if stem[-1:].isalpha() and stem[-1] not in "aeiou" else "s")
        return [word]


def samples(pattern: str) -> list[str]:
    """Sentences a pattern seems to say, as an author reads it."""
    text = normalise_plain(pattern.strip().removeprefix("^").removesuffix("$"))
    try:
        found = _Samples(text).alternatives()
    except IndexError:  # pragma: no cover - only valid patterns are probed
        return []
    return [s for s in found if s.strip()][:MAX_SAMPLES]


# --- numbers and money the usual ways ---------------------------------------------------


_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_MONEY = re.compile(r"\b(pay|paid|charg|cost|price|fee|refund|credit|total|owe|bill|spend|worth|discount|dollar|pound|euro|voucher|fine|deposit)")


def usual_ways(sample: str) -> list[str]:
    """The same words with numbers written as people type them: "5-10", "$49" (for money), "five", "5pm"."""
    out = []
    if re.search(r"\d+ (?:to|-) \d+", sample):
        out.append(re.sub(r"(\d+) (?:to|-) (\d+)", r"\1-\2", sample))
    money = bool(_MONEY.search(sample)) and not re.search(r"\d+ (to|-|or) \d+ (working |business |bank )?(days|weeks|hours)|\d+ (working |business |bank )?(days|weeks|hours)", sample)
    for match in re.finditer(r"(?<![\w$£€.,])(\d+(?:[.,]\d+)?)(?![\w.,])", sample):
        number = match.group(1)
        before, after = sample[: match.start()], sample[match.end():]
        if money and not re.match(r"\s*(?:percent|%|dollars?|pounds?|euros?|days?|weeks?|hours?|minutes?)\b", after):
            out.append(f"{before}${number}{after}")
        clock_or_date = after.startswith((":", "-")) or before.endswith((":", "-")) or _MONTHS.search(f"{before[-12:]} {after[:12]}")
        if number.isdigit() and 2 <= int(number) <= 12 and not clock_or_date:
            out.append(f"{before}{_NUMBER_WORDS[int(number)]}{after}")
        if re.match(r"\s*(?:am|pm)\b", after):
            out.append(f"{before}{number}{after.lstrip()}")
    return out


# --- the probe --------------------------------------------------------------------------


def probe(pattern: str) -> list[Finding]:
    """Everything wrong with one (syntactically valid) pattern, worst first."""
    regex_like = _REGEX_LOOK.search(pattern)
    if regex_like:
        return [Finding("regex", f"{regex_like.group(0)!r} is read as plain text: patterns are words, not regular expressions "
                                 "(write <num> for any number, '...' for a gap of a few words, 'word*' for a word start)")]
    compiled = compile_pattern(pattern)
    if any(m.end() == m.start() for m in compiled.finditer("okay, sure.")):
        return [Finding("empty", "every part of it is optional, so it stands for nothing in particular; "
                                 "remove the '?' after the part that must be said")]
    for line in EVERYDAY:
        hit = compiled.search(normalise(line))
        if hit and hit.end() > hit.start():
            return [Finding("everyday", f"matches an everyday line ({line!r}), so it would be found in almost any reply")]
    out: list[Finding] = []
    for sample in samples(pattern):
        if not compiled.search(normalise_plain(sample)):
            out.append(Finding("own-wording", f"does not match {sample!r}, one of its own wordings"))
            continue
        for typed in usual_ways(sample):
            if not compiled.search(normalise(typed)):
                hint = "; write the number both ways, e.g. (5|five)" if any(w in typed.split() for w in _NUMBER_WORDS) else ""
                out.append(Finding("usual-way", f"does not match {typed!r}, as people usually write {sample!r}{hint}"))
                break
    return out[:3]
