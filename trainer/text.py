"""Normalising and splitting text, shared by patterns, customer and grader."""

from __future__ import annotations

import re
from functools import lru_cache

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": " - ", "\u00a0": " "})

_WORDS = {
    "cannot": "can not", "cant": "can not", "dont": "do not", "didnt": "did not", "doesnt": "does not",
    "isnt": "is not", "wasnt": "was not", "arent": "are not", "couldnt": "could not", "wouldnt": "would not",
    "shouldnt": "should not", "havent": "have not", "im": "i am", "ive": "i have", "thats": "that is",
    "u": "you", "ur": "your", "fri": "friday", "thurs": "thursday", "thur": "thursday", "tues": "tuesday",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow", "2moro": "tomorrow", "2day": "today", "pls": "please", "plz": "please", "thx": "thanks", "thnx": "thanks",
}
_WORD_RE = re.compile(r"\b(" + "|".join(_WORDS) + r")\b")
_APOSTROPHE = re.compile(r"\b(\w+)'(t|re|ll|ve|d|m|s)\b")
_NOT = {"can": "can not", "won": "will not", "shan": "shall not", "ain": "is not"}
_SUFFIX = {"re": " are", "ll": " will", "ve": " have", "d": " would", "m": " am"}
_IS = {"it", "that", "there", "what", "here", "he", "she", "who", "where", "how"}
_PERCENT = re.compile(r"(\d)\s*%")


def _expand(match: re.Match[str]) -> str:
    base, suffix = match.group(1), match.group(2)
    if suffix == "t":
        if base in _NOT:
            return _NOT[base]
        return base[:-1] + " not" if base.endswith("n") else match.group(0)
    if suffix == "s":
        if base == "let":
            return "let us"
        return base + " is" if base in _IS else match.group(0)
    return base + _SUFFIX[suffix]


_SPACES = re.compile(r"[ \t]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower-case, straight quotes, contractions expanded, spaces squeezed."""
    text = _CONTROL.sub(" ", text.translate(_QUOTES).lower())
    if "'" in text:
        text = _APOSTROPHE.sub(_expand, text)
    text = _WORD_RE.sub(lambda m: _WORDS[m.group(1)], text)
    if "%" in text:
        text = _PERCENT.sub(r"\1 percent", text)
    return _SPACES.sub(" ", text).strip()


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")


def sentences(text: str) -> list[str]:
    """Split into sentences, each an exact substring of the input (so it can be quoted)."""
    out = []
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if piece:
            out.append(piece)
    return out
