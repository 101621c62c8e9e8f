"""Meaning from examples: is a reply close enough to one of a few natural example sentences?

Scenario authors can give examples ("What's your daughter's name?") instead of, or as well
as, phrase patterns. Both sides are reduced to what carries meaning: words are normalised
(contractions, chat-speak), lemmatised (lemminflect, loaded on first use), mapped to
concepts through the shipped service lexicon (``lexicon.yaml``: refund = money back = back
to your card...), and stripped of function words. A reply matches an example when it holds
most of the example's weight; concepts and numbers weigh more than plain words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from trainer.patterns import NUMBER_WORDS
from trainer.text import NEGATORS, normalise, normalise_plain

THRESHOLD = 0.7
_FUNCTION = frozenset(
    """a an the and or but so to of in on at for with from by about as into than then that this these those it its is are was
    were be been being am do does did doing have has had having i me my we us our you your yours he him his she her they
    them their what which who whom whose when where why how can could would will shall should may might must just really
    very please okay ok yes yeah well hi hello hey there here not no any some all if up out get got let""".split()
)
_WORD = re.compile(r"[a-z0-9$%]+(?:'[a-z]+)?")


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[tuple[str, ...], str], int]:
    """Phrase (as a tuple of words) -> concept, and the longest phrase length."""
    data = yaml.safe_load((Path(__file__).parent / "lexicon.yaml").read_text(encoding="utf-8")) or {}
    table: dict[tuple[str, ...], str] = {}
    for concept, phrases in data.items():
        for phrase in phrases:
            words = tuple(_WORD.findall(normalise_plain(str(phrase))))
            if len(words) == 1 and words[0] in _FUNCTION:
                continue  # a lone "do" is a verb far more often than a party
            table[words] = f"#{concept}"
    return table, max((len(k) for k in table), default=1)


@lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    if not word.isalpha() or len(word) < 3:
        return word
    from lemminflect import getAllLemmas  # about 0.2 s on first use, so only when needed

    lemmas = getAllLemmas(word)
    for pos in ("VERB", "NOUN", "ADJ", "ADV"):
        if pos in lemmas:
            return lemmas[pos][0]
    return word


@lru_cache(maxsize=8192)
def tokens(text: str) -> frozenset[str]:
    """The meaning-bearing tokens of a text: concepts, lemmas and numbers."""
    words = [w.removesuffix("'s") for w in _WORD.findall(normalise(text))]
    table, longest = lexicon()
    out: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            concept = table.get(tuple(words[i:i + size]))
            if concept:
                out.add(concept)
                if size > 1:  # "back to your card" is a refund, and it is about the card
                    out.update(table.get((w,), "") for w in words[i:i + size] if (w,) in table)
                    out.discard("")
                i += size
                break
        else:
            word = words[i]
            if word not in _FUNCTION:
                root = lemma(word)
                out.add(table.get((root,), root))
            i += 1
    return frozenset(out)


def _weight(token: str) -> float:
    return 2.0 if token.startswith("#") or token[0].isdigit() or token[0] == "$" else 1.0


def similarity(text: str, example: str) -> float:
    """Share of the example's meaning (by weight) that the text carries: 0 to 1."""
    wanted = tokens(example)
    if not wanted:
        return 0.0
    have = tokens(text)
    total = sum(_weight(t) for t in wanted)
    return sum(_weight(t) for t in wanted & have) / total


# Set phrases where a negator negates nothing the sentence offers: "no problem", "at no charge".
_IDIOMS = re.compile(r"\b(no problem|no worries|no trouble|not a problem|no rush|no bother|not at all|no charge|no cost|no extra|no fee|no need to worry)\b")
# Questions that offer rather than ask: "shall I send a new one?" meets "I'll send a new one".
_OFFER_QUESTION = re.compile(r"^(and |so |okay |ok )?((shall|can|could|may|should) (i|we)|(would|do) you (like|want) (me|us)|(how|what) about|why do not (i|we))\b")
_QUESTION_WORD = re.compile(r"^(what|when|where|which|who|why|how|could|would|can|will|is|are|do|does|did|have|has|shall|should)\b")


def stated_example(sentence: str, examples: tuple[str, ...] | list[str]) -> str | None:
    """The example a sentence states, or None. A negated sentence states nothing (unless the example
    is negated the same way: "no need to send it back"), and a question states only what it offers:
    "could you check your statement?" is not "you'll see the refund on your statement"."""
    from trainer.language import is_vague  # the language layer reads meaning on top of this module

    norm = normalise(sentence)
    asking = sentence.rstrip().endswith("?") or bool(_QUESTION_WORD.match(norm))
    if is_vague(norm):
        return None  # "we'll look into the double payment" reverses nothing
    # the whole sentence, then each clause: "it's on its way, and your PIN won't change" states the first clause
    parts = [sentence] + ([c for c in _CLAUSES.split(sentence) if len(c.split()) >= 3] if _CLAUSES.search(sentence) else [])
    for example in examples:
        wanted = _negators(normalise(example))
        if asking and "?" not in example and not _OFFER_QUESTION.match(norm):
            continue
        if asking and not _same_ask(sentence, example):
            continue  # "when is the party?" is not "who is the gift for?", however many words they share
        for part in parts:
            if _negators(normalise(part)) != wanted:
                continue  # "this won't happen again" and "this will happen again" say opposite things
            if similarity(part, example) >= THRESHOLD:
                return example
    return None


_LOOKS_BACK = re.compile(
    r"\b(?:last (?:time|year|month|week|spring|summer|autumn|fall|winter|visit|stay|order|trip|booking|call)|before|previously|usual|usually|"
    r"always|again|as ever|every time|(?:like|as) (?:we|you) did|you have been|your last|ago|regular|as you like it|as before)\b")


_COUNTS = frozenset(("one", *NUMBER_WORDS))


def recalled(sentence: str, facts: tuple[str, ...] | list[str], known: str) -> str | None:
    """The fact from the customer's past a sentence brings up, in any words or order ("post it like
    we did last spring" recalls "an item was sent on by post last spring"): said as the past or a
    habit, with two of the fact's meaning tokens that the customer never said. Echoing their own
    words is not knowing them, and "a room by the lift" names the lift without recalling anything."""
    if not _LOOKS_BACK.search(normalise(sentence)):
        return None
    have = tokens(sentence) - tokens(known)
    if len(have) < 2:
        return None
    for fact in facts:
        shared = (tokens(fact) - tokens(known)) & have
        # broad concepts ("#deliver") and numbers back a recall up but cannot make one alone
        if len(shared) >= 2 and any(not (t[0] in "#$" or t[0].isdigit() or t in _COUNTS) for t in shared):
            return fact
    return None


_CLAUSES = re.compile(r"[;:]|,\s+(?:and|but|so)\s+|\s+-\s+")

# What a question asks for, by its question word; "what", "which" and a bare "how" can ask for anything.
_ASKS = re.compile(r"(?:^|[,;:.!?(]\s*|\s-\s|\b(?:and|so|but)\s)(?:who|whom|whose|when|where|why|how (?:many|much|old|long|soon|often|far))\b|"
                   r"(?:^|[,;:.!?(]\s*|\s-\s|\b(?:and|so|but)\s)what (?:time|day|date)\b")
_ASK_KIND = {"whom": "who", "whose": "who", "what time": "when", "what day": "when", "what date": "when", "how soon": "when",
             "how many": "amount", "how much": "amount", "how old": "amount", "how long": "amount", "how often": "amount"}


def _asked_for(text: str) -> str | None:
    """The kind of thing the last question in a text asks for (who, when, where, why, an amount), if it says."""
    found = None
    for match in _ASKS.finditer(normalise(text)):
        words = match.group(0).strip(" ,;:.!?(-").removeprefix("and ").removeprefix("so ").removeprefix("but ").strip()
        found = _ASK_KIND.get(words, words)
    return found


def _same_ask(question: str, example: str) -> bool:
    """A question means an example question only if they ask for the same kind of thing, when both say."""
    mine, theirs = _asked_for(question), _asked_for(example)
    return mine is None or theirs is None or mine == theirs


def _negators(norm: str) -> frozenset[str]:
    return frozenset(w for w in _IDIOMS.sub(" ", norm).split() if w in NEGATORS)
