"""The interview coach's phrase tables, loaded from ``phrasebook/interview.yaml``.

Patterns are in the pattern language ("{name}" inserts a fragment); ``filler_regexes`` are
regular expressions. Word sets (actors, state verbs...) come back as frozensets. The
analyser reads them as attributes of ``PHRASES`` (``PHRASES.SITUATION``), as plain data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import Field

from trainer.models import Strict
from trainer.patterns import check_pattern

SHIPPED = Path(__file__).parents[1] / "phrasebook" / "interview.yaml"
_FRAGMENT = re.compile(r"\{([a-z_]+)\}")
_REGEX_TABLES = frozenset({"filler_regexes"})


class InterviewPhrasebook(Strict):
    fragments: dict[str, str] = Field(default_factory=dict)
    patterns: dict[str, list[str]] = Field(default_factory=dict)
    word_sets: dict[str, list[str]] = Field(default_factory=dict)
    grouped: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    synonyms: dict[str, list[str]] = Field(default_factory=dict)
    value_pillars: dict[str, str] = Field(default_factory=dict)

    def expand(self, pattern: str) -> str:
        return _FRAGMENT.sub(lambda m: self.fragments[m.group(1)], pattern)

    def reference_problems(self) -> list[tuple[tuple, str]]:
        out = []
        tables = [(("patterns", name), items) for name, items in self.patterns.items() if name not in _REGEX_TABLES]
        tables += [(("grouped", name, key), items) for name, groups in self.grouped.items() for key, items in groups.items()]
        for where, items in tables:
            for i, pattern in enumerate(items):
                missing = [f for f in _FRAGMENT.findall(pattern) if f not in self.fragments]
                problem = f"unknown fragment {{{missing[0]}}}" if missing else check_pattern(self.expand(pattern))
                if problem:
                    out.append(((*where, i), problem))
        for i, regex in enumerate(self.patterns.get("filler_regexes", [])):
            try:
                re.compile(regex)
            except re.error as exc:
                out.append((("patterns", "filler_regexes", i), f"not a regular expression: {exc}"))
        return out


class _Tables:
    """Read-only attribute access to the loaded tables: ``PHRASES.RED_FLAGS``."""

    def __init__(self, book: InterviewPhrasebook):
        data: dict[str, Any] = {k.upper(): v for k, v in book.fragments.items()}
        for name, items in book.patterns.items():
            data[name.upper()] = list(items) if name in _REGEX_TABLES else [book.expand(p) for p in items]
        data.update({name.upper(): frozenset(words) for name, words in book.word_sets.items()})
        for name, groups in book.grouped.items():
            data[name.upper()] = {key: [book.expand(p) for p in items] for key, items in groups.items()}
        data["VALUE_SYNONYMS"] = {key: tuple(words) for key, words in book.synonyms.items()}
        data["VALUE_PILLARS"] = dict(book.value_pillars)
        self.__dict__.update(data)


@lru_cache(maxsize=1)
def load() -> _Tables:
    from trainer.loading import load_model

    return _Tables(load_model(InterviewPhrasebook, SHIPPED))


PHRASES = load()
VALUE_PILLARS = PHRASES.VALUE_PILLARS
VALUE_SYNONYMS = PHRASES.VALUE_SYNONYMS
