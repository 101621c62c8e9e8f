"""Auto-fail checks: few, yes or no, and each one caps the overall score."""

from __future__ import annotations

from collections.abc import Callable

from trainer import vocab
from trainer.grading.view import View

FLAGS: dict[str, Callable[[View], list[tuple[int, str]]]] = {}


def flag(name: str):
    def register(func):
        FLAGS[name] = func
        return func

    return register


def _acts(view: View, name: str, strength: int = 1) -> list[tuple[int, str]]:
    return [(r.turn, a.quote) for r in view.replies for a in r.analysis.acts if a.name == name and a.strength >= strength]


@flag("rudeness")
def rudeness(view: View) -> list[tuple[int, str]]:
    return _acts(view, "rudeness", 2)


@flag("blame_customer")
def blame_customer(view: View) -> list[tuple[int, str]]:
    return _acts(view, "blame")


@flag("secrets")
def secrets(view: View) -> list[tuple[int, str]]:
    return _acts(view, "secrets")


@flag("forbidden_promise")
def forbidden_promise(view: View) -> list[tuple[int, str]]:
    if view.scenario is None:
        return []
    hits = []
    for item in view.scenario.policy:
        if not item.forbidden:
            continue
        for reply in view.replies:
            sentence = reply.sentence_matching(tuple(item.forbidden))
            if sentence:
                hits.append((reply.turn, sentence))
    return sorted(hits)


missing = set(vocab.FLAGS) ^ set(FLAGS)
assert not missing, f"flag registry and vocabulary disagree: {sorted(missing)}"
