"""No reply can make the pattern matcher hang, whatever patterns a scenario uses.

Python's regular expressions backtrack; a pattern language compiled to them is safe only
if no input can make them try exponentially many splits. These tests run every shipped
pattern, and patterns of every shape the language allows, against adversarial replies
(runs of apostrophes and punctuation, one word repeated, the pattern's own words over and
over) under Hypothesis' per-call deadline.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer import catalog
from trainer import phrases as P
from trainer.interview.phrases import PHRASES as IP
from trainer.patterns import (
    MAX_NESTING,
    PatternSyntaxError,
    check_pattern,
    compile_pattern,
    could_match,
    first_keys,
    required_keys,
    sentence_keys,
)
from trainer.text import normalise


def _module_patterns(module) -> list[str]:
    found = []
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
            found.extend(v for v in value if check_pattern(v) is None)  # some tables hold plain regexes
    return found


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _scenario_patterns() -> list[str]:
    out = []
    for entry in catalog.scenarios().entries.values():
        out.extend(s for s in _strings(entry.item.model_dump()) if len(s) < 400 and check_pattern(s) is None)
    return out


SHIPPED = sorted(set([p for f in P.families().values() for p in f] + _module_patterns(IP) + _scenario_patterns()))


def _words(pattern: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", normalise(pattern)) or ["we"]


def _hostile(pattern: str) -> list[str]:
    """Replies built to make a backtracking matcher try every split."""
    words = _words(pattern)
    head = " ".join(words[:2])
    return [
        head + "'" * 60,
        head + " " + "' " * 200,
        head + " " + ". " * 200 + "x",
        " ".join(words * (400 // len(words) + 1)),
        " ".join(w for w in words for _ in range(30)),
        (head + " ") * 150 + "!" * 100,
        "we can" + "'" * 200 + " " + words[-1],
    ]


@pytest.mark.parametrize("chunk", range(8))
def test_every_shipped_pattern_is_fast_on_hostile_replies(chunk):
    """A budget per pattern that an exponential matcher blows by orders of magnitude."""
    import time

    assert len(SHIPPED) > 400  # the collector really found the phrase tables and scenarios
    slow = []
    for pattern in SHIPPED[chunk::8]:
        regex = compile_pattern(pattern)
        for text in _hostile(pattern):
            start = time.perf_counter()
            list(regex.finditer(text))
            if time.perf_counter() - start > 0.25:
                slow.append(pattern)
    assert slow == []


# --- every shape the language allows ---------------------------------------------------

WORDS = st.sampled_from(["we", "can", "send", "it", "refund*", "<num>", "$<num>", "re", "sorry", "arrive", "day", "'s"])


def _group(inner):
    return st.builds(lambda parts, optional: "(" + "|".join(parts) + ")" + ("?" if optional else ""),
                     st.lists(inner, min_size=1, max_size=3), st.booleans())


ITEM = st.recursive(WORDS, lambda inner: _group(st.lists(inner, min_size=1, max_size=3).map(" ".join)), max_leaves=8)


@st.composite
def patterns(draw) -> str:
    items = draw(st.lists(ITEM, min_size=1, max_size=6))
    out = [items[0]]
    for item in items[1:]:
        out.append(draw(st.sampled_from(["", " ", " ... "])))
        out.append(item)
    pattern = "".join(out)
    if draw(st.booleans()):
        pattern = "^" + pattern
    return pattern


HOSTILE_PIECES = st.sampled_from(["we", "can", "send", "it", "'", "''", ".", " ", "  ", "-", ",", "5", "$5", "re", "s", "!", "day"])


@settings(deadline=timedelta(milliseconds=500), max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(patterns(), st.lists(HOSTILE_PIECES, max_size=60), st.integers(1, 40))
def test_any_pattern_shape_stays_fast(pattern, pieces, repeat):
    try:
        regex = compile_pattern(pattern)
    except PatternSyntaxError:
        return
    text = normalise("".join(pieces) * repeat)
    list(regex.finditer(text))
    first_keys(pattern)


def test_deep_nesting_is_a_clear_error_not_a_crash():
    deep = "(" * 1200 + "refund" + ")" * 1200
    message = check_pattern(deep)
    assert message and f"nested more than {MAX_NESTING} deep" in message
    assert first_keys(deep) is None
    assert check_pattern("(" * MAX_NESTING + "refund" + ")" * MAX_NESTING) is None


def test_gaps_still_find_what_they_should():
    """Atomic gaps keep the meaning: the shortest stretch that reaches the next word, whole words only."""
    gap = compile_pattern("we ... send ... replacement")
    assert gap.search("we will happily send you a replacement")
    assert gap.search("we sender send a replacement")  # a longer word is not the word
    assert not gap.search("we will send it, and a replacement")  # never across a clause
    assert not gap.search("we one two three four five six seven send a replacement")


def test_every_phrase_family_entry_is_a_valid_pattern():
    """The conversation tables are written in the pattern language only; a regex slipped in is an error."""
    broken = [(name, p) for name, patterns in P.families().items() for p in patterns if check_pattern(p)]
    assert broken == []


# --- the word filters never hide a match ------------------------------------------------

SPOKEN = st.sampled_from(["we", "can", "sent", "sending", "it", "refunded", "refunds", "5", "$5", "five", "re", "sorry",
                          "arrived", "arriving", "day", "days", "'s", "making", "made", "tried", "tries", "trying",
                          "copies", "using", "used", "a", "the", "!", ",", "."])
FILTER_WORDS = st.sampled_from(["we", "can", "send", "it", "refund*", "<num>", "re", "sorry", "arrive", "day",
                                "make", "try", "copy", "use", "a"])


@settings(max_examples=400)
@given(st.lists(FILTER_WORDS, min_size=1, max_size=4), st.lists(SPOKEN, max_size=12))
def test_the_word_filters_never_skip_a_sentence_the_pattern_matches(words, spoken):
    """Sentences are skipped before any regex runs when they lack the words a pattern needs;
    that shortcut must be exact, inflections included ("make" is in "making", "try" in "tried")."""
    pattern = " ".join(words)
    norm = normalise(" ".join(spoken + words[:1] + spoken[:3]))
    for text in (norm, norm.replace("make", "making").replace("try", "tried").replace("copy", "copies").replace("use", "using")):
        if compile_pattern(pattern).search(text):
            keys = sentence_keys(text)
            assert first_keys(pattern) is None or not first_keys(pattern).isdisjoint(keys), (pattern, text)
            assert could_match(required_keys(pattern), keys), (pattern, text)


def test_a_pattern_word_finds_its_inflections_past_the_filter():
    from trainer.language import find_patterns

    assert find_patterns(("make a copy",), normalise("I'm making a copy for you now"))
    assert find_patterns(("try again",), normalise("I tried again this morning"))
    assert not find_patterns(("make a copy",), normalise("I'm making a cake"))
