"""Feeling words from a maintained sentiment lexicon (VADER), for reactions no phrase list names.

"That's isolating for her" and "what a shock" react to how the customer feels, in words no
hand-written list can hold them all. A word counts when VADER rates it (or its lemma) clearly
negative; it must stand in a frame that describes the customer's situation ("that must be
...", "that's ... for you", "what a ..."), and words that judge a person ("stupid", "wrong")
never count, so an insult is not read as sympathy.
"""

from __future__ import annotations

import re
from functools import lru_cache

THRESHOLD = -1.0  # VADER valences run from -4 to +4; -1 is "clearly unpleasant"
FOR_THEM = -0.5  # "... for you": the frame itself says it is about them, so a milder word will do

# Words VADER rates negative that judge a person or a claim rather than name a feeling.
JUDGEMENTS = frozenset(
    "wrong stupid silly dumb ridiculous pathetic lazy rude idiot idiotic useless incompetent fault blame "
    "liar lie lying cheat dishonest ignorant careless mistake mistaken false fake impossible no not".split()
)

# Feelings said in more than one word, which a lexicon of single words cannot rate.
IDIOMS = {"fed up": -2.0, "hacked off": -2.0, "cheesed off": -1.5, "ticked off": -1.5, "browned off": -1.5, "stressed out": -2.0,
          "freaked out": -2.0, "let down": -2.0, "up the wall": -2.0, "sick of it": -2.0, "sick and tired": -2.0,
          "climbing the walls": -2.0, "at the end of (?:my|your|his|her|their|our) (?:tether|rope)": -2.5,
          "at (?:my|your|his|her|their|our) wits'? end": -2.5, "beside (?:myself|yourself|himself|herself|themselves)": -2.5,
          "tearing (?:my|your|his|her|their|our) hair out": -2.0}
_IDIOM_RES = [(re.compile(pattern + "$"), rating) for pattern, rating in IDIOMS.items()]
_WORD = r"(" + "|".join(sorted(IDIOMS, key=len, reverse=True)) + r"|[a-z]+)"

_INTENSIFIERS = r"(?:(?:so|really|very|such|quite|pretty|a|an|incredibly|truly|absolutely|utterly|just|bit of a|real|proper|right|genuinely|totally|rather|awfully|terribly|horribly)\s+)*"
_FRAMES = [
    re.compile(r"\b(?:must|would|will|might)\s+(?:be|have\s+been|feel|have\s+felt|find\s+(?:it|this|that))\s+" + _INTENSIFIERS + _WORD),
    re.compile(
        r"\b(?:that|this|it|which)\s+(?:is|was|must\s+be|must\s+have\s+been|sounds|sounded|seems|seemed|would\s+be|has\s+been)\s+"
        + _INTENSIFIERS + r"([a-z]+)(?:\s+[a-z]+)?\s+(?:for|on)\s+(?:you|her|him|them|your\s+\w+|the\s+family)\b"
    ),
    re.compile(r"\b(?:that|this|it)\s+(?:sounds|sounded|seems|seemed|must\s+be|must\s+have\s+been)\s+" + _INTENSIFIERS + _WORD),
    re.compile(r"(?:^|[,;-]\s*)(?:what|such)\s+a\s+" + _INTENSIFIERS + r"([a-z]+)"),
    re.compile(r"(?:^|[,;-]\s*)how\s+([a-z]+)\b"),
    # their situation said first, then judged: "stranded at midnight with a flat, that is a proper headache"
    re.compile(r"^((?:[a-z0-9']+ ){2,}[a-z0-9']+)(?:,| -) (?:that|which|it) (?:is|was|must be|must have been|sounds|sounded|seems|seemed) "
               + _INTENSIFIERS + r"([a-z]+)"),
]
_SAID_FIRST = len(_FRAMES) - 1
# nouns VADER rates negative that name a fault in the goods, not the customer's lot
_NOT_THEIRS = frozenset("problem problems issue issues error errors fault faults bug bugs delay charge fee fine penalty risk".split())
_EXTRA = [
    # elliptic, after their situation: "..., and exhausting for your kids", "- so stressful for her"
    (re.compile(r"(?:[,;]\s*|\s-\s|\band\s+)(?:so\s+|really\s+|very\s+|quite\s+|such\s+|incredibly\s+|a\s+)*([a-z]+)\s+(?:for|on)\s+(?:you|her|him|them|your\s+\w+|the\s+family|both\s+of\s+you)\b"), FOR_THEM),
    # a gerund or noun-phrase subject judged with a noun: "missing your graduation over a visa delay is a real setback"
    # (a gerund subject, or one that is theirs: "the supply chain is a mess" describes the shop, not their lot)
    (re.compile(r"^(?:[a-z]+ing |(?:(?!our |we |us )[a-z0-9']+ )*?(?:your|you|her|his|their|him|them) )(?:[a-z0-9']+ )*?(?:is|was|would be|must be|has been) (?:such |quite |a |an |real |proper |bit of |right )+([a-z]+)(?=$|[ ,.;!-])"), THRESHOLD),
]

# "I can see why a bill twice the usual came as a shock", "no wonder you were rattled": the feeling
# explained by what happened to them. A fact explained ("I understand why the item was broken") is
# not a feeling, so after "was" the word must be a noun ("a worry") or an -ing word ("upsetting").
_WHY = re.compile(r"\b(?:see|understand|imagine|appreciate|realise|realize|get) (?:why|how)\b|\bno wonder\b")
_EXPLAINED = re.compile(
    r"\b(?:came|comes|come|coming) as " + _INTENSIFIERS + r"(?P<came>[a-z]+)"
    r"|\b(?:is|was|were|are|has been|have been|had been|would be|must be|must have been|felt|feels|would feel) "
    r"(?P<article>(?:such |quite |a bit of |rather )?(?:a|an) )?" + _INTENSIFIERS + r"(?P<copula>[a-z]+)"
    r"|\b(?:you|he|she|they) (?:are|were|feel|felt|must be|must feel|would be|would feel|got|get) " + _INTENSIFIERS + r"(?P<felt>[a-z]+)"
)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    from importlib.resources import files

    text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0]] = float(parts[1])
    return out


# Everyday (often British) words for a hard time that the lexicon does not rate at all.
UNLISTED = {"bleak": -2.0, "headache": -1.5, "faff": -1.2, "hassle": -1.5, "palaver": -1.2, "ordeal": -2.0, "slog": -1.2,
            "gutting": -2.5, "galling": -2.0, "nightmare": -2.5, "shambles": -2.0, "stressy": -1.5, "rubbish": -1.5,
            "blow": -1.5, "setback": -1.5, "wrench": -1.5}


@lru_cache(maxsize=8192)
def valence(word: str) -> float:
    """The lexicon's rating of a word or, failing that, of its lemma (0.0 when unknown)."""
    if " " in word:
        return next((rating for idiom, rating in _IDIOM_RES if idiom.match(word)), 0.0)
    lexicon = _lexicon()
    if word in lexicon:
        return lexicon[word]
    if word in UNLISTED:
        return UNLISTED[word]
    from lemminflect import getAllLemmas

    for lemmas in getAllLemmas(word).values():
        for lemma in lemmas:
            if lemma in lexicon:
                return lexicon[lemma]
    if "is" in word:  # the lexicon spells "-ize": "demoralising" is "demoralizing"
        american = re.sub(r"is(e|ed|es|ing|ation)$", r"iz\1", word)
        if american != word:
            return valence(american)
    return 0.0


def feeling_word(word: str, threshold: float = THRESHOLD) -> bool:
    return word not in JUDGEMENTS and valence(word) <= threshold


def reaction(norm: str) -> re.Match[str] | None:
    """A frame around an unpleasant feeling word: the customer's situation, felt for."""
    for number, frame in enumerate(_FRAMES):
        for match in frame.finditer(norm):
            if number == _SAID_FIRST:
                if sum(len(w) > 3 for w in match.group(1).split()) >= 2 and feeling_word(match.group(2)):
                    return match
            elif feeling_word(match.group(1), FOR_THEM if number == 1 else THRESHOLD):
                return match
    for frame, threshold in _EXTRA:
        for match in frame.finditer(norm):
            if feeling_word(match.group(1), threshold) and match.group(1) not in _NOT_THEIRS:
                return match
    return _explained(norm)


# "a full cafe and no till at lunch is a nightmare": a situation judged with a feeling noun, whoever's it is
_JUDGED = re.compile(r"(?:^|[,;:-] )(?!(?:our|we|us|the company|the system|the app|the platform)\b)((?:[a-z0-9']+ ){2,}?)(?:is|was|sounds|sounded|must be|would be|has been) "
                     r"(?:such |quite |a |an |real |proper |bit of |right |total |complete |absolute )+([a-z]+)(?=$|[ ,.;!-])")


def judged(norm: str) -> re.Match[str] | None:
    """A situation, said in any words, judged with an unpleasant noun ("..., and no till at lunch is a nightmare").
    Whose situation it is the caller decides (it must say back what the customer told them)."""
    for match in _JUDGED.finditer(norm):
        if feeling_word(match.group(2)) and match.group(2) not in _NOT_THEIRS:
            return match
    return None


def _explained(norm: str) -> re.Match[str] | None:
    why = _WHY.search(norm)
    if why is None:
        return None
    for match in _EXPLAINED.finditer(norm, why.end()):
        word = match.group("came") or match.group("copula") or match.group("felt")
        if match.group("copula") and not (match.group("article") or word.endswith("ing")):
            continue
        if feeling_word(word) and word not in _NOT_THEIRS:
            return match
    return None

