"""Bounded typo repair for content words: "arives" reads as "arrives", "replacment" as "replacement".

Only a word that is not English (lemminflect does not know it) and not already a word the
engine listens for is repaired, and only to a word the engine listens for (the phrase tables,
the service lexicon, and the words of every scenario loaded) within one edit (two for long
words) that starts with the same letter. So a real word is never changed into another, and
a name the scenario uses is known. rapidfuzz finds the nearest word; both libraries load on
the first unknown word, not at start-up.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MIN_LENGTH = 5
_WORD = re.compile(r"[a-z]{5,}")
_learned: set[str] = set()


def learn(words) -> None:
    """Add a scenario's words (names, products, places) to what can be repaired towards."""
    new = {w for w in words if w.isalpha() and len(w) >= 3} - _learned
    if new:
        _learned.update(new)
        _by_letter.cache_clear()
        _repair_word.cache_clear()
        from trainer.text import normalise

        normalise.cache_clear()  # earlier readings may have missed these words


@lru_cache(maxsize=1)
def _base() -> frozenset[str]:
    from trainer import phrases
    from trainer.meaning import lexicon

    words: set[str] = set()
    for patterns in phrases.families().values():
        for pattern in patterns:
            words.update(re.findall(r"[a-z]{3,}", pattern))
    for phrase in lexicon()[0]:
        words.update(w for w in phrase if w.isalpha())
    return frozenset(words)


@lru_cache(maxsize=32)
def _by_letter(letter: str) -> tuple[str, ...]:
    return tuple(sorted(w for w in _base() | _learned if w[0] == letter))


def known(word: str) -> bool:
    return word in _base() or word in _learned or _english(word)


@lru_cache(maxsize=16384)
def _english(word: str) -> bool:
    from lemminflect import getAllLemmas, getAllLemmasOOV

    if getAllLemmas(word):
        return True
    # a regular inflection of a known lemma ("emailed", "rebooking") is English too
    for pos in ("VERB", "NOUN"):
        lemma = getAllLemmasOOV(word, upos=pos).get(pos, ("",))[0]
        if lemma and lemma != word and getAllLemmas(lemma):
            return True
    return False


@lru_cache(maxsize=16384)
def _repair_word(word: str) -> str:
    if known(word):
        return word
    from rapidfuzz import process
    from rapidfuzz.distance import OSA  # a swapped pair of letters is one slip, not two

    limit = 1 if len(word) < 8 else 2
    found = process.extractOne(word, _by_letter(word[0]), scorer=OSA.distance, score_cutoff=limit)
    return found[0] if found else word


def repair(norm: str, names: frozenset[str] = frozenset()) -> str:
    """Normalised text with its misspelt content words put right (cheap when nothing is wrong);
    ``names`` (written with a capital, as people and places are) are left as they are: Walter is not water."""
    if not _WORD.search(norm):
        return norm
    return _WORD.sub(lambda m: m.group(0) if m.group(0) in names else _repair_word(m.group(0)), norm)
