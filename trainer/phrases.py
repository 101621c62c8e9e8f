"""Phrase families as data: how people say each thing a service reply can do.

The tables live in ``phrasebook/conversation.yaml`` (shipped) and may be extended by content
authors with ``phrases/*.yaml`` in the working directory, in the same layout; an author's
entries are added to a family, never replace it. Both are checked by ``trainer validate``.
Readers ask for a family by name (``family("apology")``); nothing is looked up with getattr.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import Field, model_validator

from trainer.models import Strict
from trainer.patterns import check_pattern

SHIPPED = Path(__file__).parent / "phrasebook" / "conversation.yaml"
_FRAGMENT = re.compile(r"\{([a-z_]+)\}")


class Phrasebook(Strict):
    """A file of phrase families; fragments are inserted where a pattern says ``{name}``."""

    fragments: dict[str, str] = Field(default_factory=dict)
    families: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _lowercase_names(self):
        self.families = {k.lower(): v for k, v in self.families.items()}
        return self

    def reference_problems(self) -> list[tuple[tuple, str]]:
        fragments = {**_shipped_fragments(), **self.fragments}
        families = _shipped_names()
        out = []
        for name, patterns in self.families.items():
            if families and name not in families:
                import difflib

                close = difflib.get_close_matches(name, sorted(families), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                out.append((("families", name), f"unknown phrase family {name!r}{hint}"))
                continue
            for i, pattern in enumerate(patterns):
                missing = [f for f in _FRAGMENT.findall(pattern) if f not in fragments]
                if missing:
                    out.append((("families", name, i), f"unknown fragment {{{missing[0]}}}"))
                    continue
                problem = check_pattern(expand(pattern, fragments))
                if problem:
                    out.append((("families", name, i), problem))
        return out


def expand(pattern: str, fragments: dict[str, str]) -> str:
    return _FRAGMENT.sub(lambda m: fragments[m.group(1)], pattern)


@lru_cache(maxsize=1)
def _shipped() -> Phrasebook:
    from trainer.loading import load_model

    return load_model(Phrasebook, SHIPPED)


@lru_cache(maxsize=1)
def _shipped_data() -> dict:
    from trainer.loading import read_yaml

    return read_yaml(SHIPPED)[0]


def _shipped_fragments() -> dict[str, str]:
    return dict(_shipped_data().get("fragments") or {})


def _shipped_names() -> set[str]:
    return {str(name).lower() for name in _shipped_data().get("families") or {}}


def user_files() -> list[Path]:
    folder = Path.cwd() / "phrases"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


@lru_cache(maxsize=1)
def families() -> dict[str, tuple[str, ...]]:
    """Every family, shipped entries first, then the working directory's additions."""
    from trainer.loading import load_model

    books = [_shipped()] + [load_model(Phrasebook, path) for path in user_files()]
    out: dict[str, list[str]] = {}
    for book in books:
        fragments = {**_shipped_fragments(), **book.fragments}
        for name, patterns in book.families.items():
            out.setdefault(name, []).extend(expand(p, fragments) for p in patterns)
    return {name: tuple(patterns) for name, patterns in out.items()}


def family(name: str) -> tuple[str, ...]:
    """The patterns of one family (``KeyError`` for a name that does not exist: a bug, not input)."""
    return families()[name.lower()]


def fragment(name: str) -> str:
    return _shipped_fragments()[name.lower()]
