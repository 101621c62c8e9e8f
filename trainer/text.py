"""Normalising and splitting text, shared by patterns, customer and grader."""

from __future__ import annotations

import re
from functools import lru_cache

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": " - ", "\u00a0": " "})

_CONTRACTIONS = [
    (r"\bcan'?t\b", "can not"),
    (r"\bcannot\b", "can not"),
    (r"\bwon'?t\b", "will not"),
    (r"\bshan't\b", "shall not"),
    (r"\bain't\b", "is not"),
    (r"\blet's\b", "let us"),
    (r"\b(\w+)n't\b", r"\1 not"),
    (r"\bi'm\b", "i am"),
    (r"\bim\b", "i am"),
    (r"\b(\w+)'re\b", r"\1 are"),
    (r"\b(\w+)'ll\b", r"\1 will"),
    (r"\b(\w+)'ve\b", r"\1 have"),
    (r"\b(\w+)'d\b", r"\1 would"),
    (r"\b(it|that|there|what|here|he|she|who|where|how)'s\b", r"\1 is"),
    (r"\bdont\b", "do not"),
    (r"\bdidnt\b", "did not"),
    (r"\bdoesnt\b", "does not"),
    (r"\bisnt\b", "is not"),
    (r"\bwasnt\b", "was not"),
    (r"\bcouldnt\b", "could not"),
    (r"\bwouldnt\b", "would not"),
    (r"\bshouldnt\b", "should not"),
    (r"\bthats\b", "that is"),
    (r"(\d)\s*%", r"\1 percent"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
    (r"\bpls\b|\bplz\b", "please"),
    (r"\bthx\b|\bthnx\b", "thanks"),
]
_CONTRACTION_RES = [(re.compile(p), r) for p, r in _CONTRACTIONS]
_SPACES = re.compile(r"[ \t]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower-case, straight quotes, contractions expanded, spaces squeezed."""
    text = _CONTROL.sub(" ", text.translate(_QUOTES).lower())
    for pattern, replacement in _CONTRACTION_RES:
        text = pattern.sub(replacement, text)
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


_WORD = re.compile(r"[a-z0-9][a-z0-9'$%.-]*[a-z0-9%]|[a-z0-9]")


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))
