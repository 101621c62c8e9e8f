"""Normalising and splitting text, shared by patterns, customer and grader."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import spelling

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": " - ", "\u00a0": " "})

_WORDS = {
    "cannot": "can not", "cant": "can not", "dont": "do not", "didnt": "did not", "doesnt": "does not",
    "isnt": "is not", "wasnt": "was not", "arent": "are not", "couldnt": "could not", "wouldnt": "would not",
    "shouldnt": "should not", "havent": "have not", "im": "i am", "ive": "i have", "thats": "that is",
    "u": "you", "ur": "your", "fri": "friday", "thurs": "thursday", "thur": "thursday", "tues": "tuesday",
    "no-one": "no one", "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2day": "today", "pls": "please", "plz": "please", "thx": "thanks", "thnx": "thanks",
}
# Chat-speak, so typed shorthand reads like the words it stands for. Replies are read with it;
# patterns are not (an author's "gonna" in a slang list must stay "gonna").
_CHAT = {
    "b4": "before", "rn": "right now", "atm": "at the moment", "asap": "as soon as possible", "2nite": "tonight", "tonite": "tonight",
    "l8r": "later", "gr8": "great", "w8": "wait", "msg": "message", "msgs": "messages", "txt": "text", "ppl": "people", "abt": "about",
    "bc": "because", "bcos": "because", "cuz": "because", "coz": "because", "cos": "because", "tho": "though", "thru": "through",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "lemme": "let me", "gimme": "give me", "dunno": "do not know",
    "idk": "i do not know", "np": "no problem", "ty": "thank you", "tysm": "thank you so much", "sry": "sorry", "soz": "sorry",
    "rly": "really", "prob": "probably", "probs": "probably", "def": "definitely", "defo": "definitely", "ya": "you", "yr": "your",
    "youre": "you are", "ure": "you are", "theyre": "they are", "whats": "what is", "theres": "there is", "wont": "will not",
    "aint": "is not", "hasnt": "has not", "hadnt": "had not", "werent": "were not", "mins": "minutes", "min": "minute",
    "hrs": "hours", "hr": "hour", "secs": "seconds", "sec": "second", "wk": "week", "wks": "weeks",
    "r": "are", "n": "and", "ok": "okay",
    "cud": "could", "wud": "would", "shud": "should", "wat": "what", "wot": "what", "dat": "that", "da": "the", "bday": "birthday",
    "b'day": "birthday", "acct": "account", "acc": "account", "pw": "password", "info": "information", "approx": "approximately",
}
# "ill email you" is "I'll email you": only before a verb, so "feeling ill" stays ill
_ILL = re.compile(
    r"\b(ill|youll) (?=(?:email|e-mail|call|ring|send|check|get|make|do|be|have|look|sort|text|message|let|put|book|see|find|pass|give|arrange"
    r"|refund|ship|update|follow|contact|try|ask|take|keep|fix|bring|pop|grab|order|change|cancel|chase|need|just|also|definitely|def|personally)\b)"
)
_CHAT_RE = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _CHAT), key=len, reverse=True)) + r")(?![\w'])")
_WORD_RE = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")(?![\w'])")
_NUMBER_UNIT = re.compile(r"\b(\d+)(mins?|hrs?|secs?|days?|wks?|weeks?|hours?|minutes?|am|pm)\b")
_DOTTED_HOUR = re.compile(r"\b(\d+)\s*([ap])\.m\.?(?!\w)")  # "5 p.m." is "5 pm"
_APOSTROPHE = re.compile(r"\b(\w+)'(t|re|ll|ve|d|m|s)\b(?=((?:\s+[a-z]+){0,2}))")
_NOT = {"can": "can not", "won": "will not", "shan": "shall not", "ain": "is not"}
_SUFFIX = {"re": " are", "ll": " will", "ve": " have", "d": " would", "m": " am"}
_IS = {"it", "that", "there", "what", "here", "he", "she", "who", "where", "how"}
_PERCENT = re.compile(r"(\d)\s*%")
_MONEY = re.compile(r"([$£€])\s?(\d+(?:[.,]\d+)?)")
_CURRENCY = {"$": "dollars", "£": "pounds", "€": "euros"}
# "5-10 business days" is a range; "555-0192" is not, so only before a unit
_RANGE = re.compile(r"\b(\d+)\s*-\s*(\d+)(?=\s*(?:business |working )?(?:days?|weeks?|hours?|minutes?|mins?|months?|years?|pounds|dollars|euros|percent|%)\b)")


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
    if suffix == "d" and _had(match.group(3).split()):
        return base + " had"  # "by then I'd already wrapped it" tells the past; it is no hypothetical
    return base + _SUFFIX[suffix]


_HAD_ADVERBS = frozenset({"already", "just", "never", "been", "got", "had", "only", "recently", "since", "once", "better"})


def _had(following: list[str]) -> bool:
    """Is the "'d" before these words "had"? A past participle (or "already", "never"...) says so."""
    if not following:
        return False
    word = following[1] if following[0] in _HAD_ADVERBS - {"been", "got", "had", "better"} and len(following) > 1 else following[0]
    if word in _HAD_ADVERBS:
        return True
    from lemminflect import getInflection

    lemma = verb_lemma(word)
    if lemma is None:
        return False
    return word in (getInflection(lemma, tag="VBN") or ()) and word != lemma


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str | None:
    """The base form of a word read as a verb (lemminflect guesses for words it does not know)."""
    from lemminflect import getLemma  # loaded on first use

    lemmas = getLemma(word, upos="VERB")
    return lemmas[0] if lemmas else None


_SPACES = re.compile(r"[ \t]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


# a capitalised word inside a sentence, or any with a possessive: a name ("Right, Walter's been with us")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)(?<![.!?])\b([A-Z][a-z]{2,})\b|\b([A-Z][a-z]{2,})'s\b")


_CALENDAR = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august"
                       r"|september|october|november|december)s?")


def _names(text: str) -> frozenset[str]:
    """Capitalised words that name someone or somewhere; days and months are capitalised too, and are not names."""
    return frozenset(w.lower() for pair in _NAME.findall(text) for w in pair if w and not _CALENDAR.fullmatch(w.lower()))


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """What a reply says, in plain words: ``normalise_plain`` and then chat-speak expanded."""
    plain = normalise_plain(text)
    if _CHAT_RE.search(plain):
        plain = _SPACES.sub(" ", _CHAT_RE.sub(lambda m: _CHAT[m.group(1)], plain))
    if "ill " in plain or "youll " in plain:  # after the shorthand: "ill msg u" is "ill message you", a verb after "ill"
        plain = _ILL.sub(lambda m: "i will " if m.group(1) == "ill" else "you will ", plain)
    return spelling.repair(plain, _names(text))


@lru_cache(maxsize=8192)
def normalise_plain(text: str) -> str:
    """Lower-case, straight quotes, contractions expanded, spaces squeezed."""
    text = _CONTROL.sub(" ", text.translate(_QUOTES).lower())
    if "'" in text:
        text = _APOSTROPHE.sub(_expand, text)
    if "-" in text:
        text = _RANGE.sub(r"\1 to \2", text)
    if "m." in text:
        text = _DOTTED_HOUR.sub(r"\1 \2m", text)
    text = _NUMBER_UNIT.sub(r"\1 \2", text)  # "2mins" -> "2 mins", "5pm" -> "5 pm"
    text = _WORD_RE.sub(lambda m: _WORDS[m.group(1)], text)
    if "%" in text:
        text = _PERCENT.sub(r"\1 percent", text)
    if "$" in text or "£" in text or "€" in text:  # "$49" and "49 dollars" read alike, in replies and patterns
        text = _MONEY.sub(lambda m: f"{m.group(2)} {_CURRENCY[m.group(1)]}", text)
    return _SPACES.sub(" ", text).strip()


# Shorthand anyone might write in a formal message; the rest of _CHAT is chat register.
_NEUTRAL_SHORTHAND = frozenset({"ok", "info", "approx", "asap", "mins", "min", "hrs", "hr", "secs", "sec", "wk", "wks", "acct", "acc", "atm"})
_CHAT_TOKENS = re.compile(r"(?<![\w'])(u|ur|pls|plz|thx|thnx|tmrw|tmr|2moro|2day|im|ive|dont|cant|" + "|".join(sorted(map(re.escape, set(_CHAT) - _NEUTRAL_SHORTHAND), key=len, reverse=True)) + r")(?![\w'])")


def chat_speak(text: str) -> list[str]:
    """The chat-register shorthand in a text as typed ("ur", "b4", "rn"): fine in a chat, not on a call."""
    lowered = text.lower().translate(_QUOTES)
    return _CHAT_TOKENS.findall(lowered) + [m.group(1) for m in _ILL.finditer(lowered)]


NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "barely", "unable"})


@lru_cache(maxsize=256)
def name_regex(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The one name finder: any of the names, with or without a title ("Ms Whitfield", "Dana")."""
    if not names:
        return None
    alts = "|".join(re.escape(n.lower()) for n in sorted(names, key=len, reverse=True))
    title = r"(?:mr|mrs|ms|miss|mx|dr|sir|madam)\.?"
    return re.compile(rf"(?<![\w])(?:{title} (?:and {title} )?)?(?:{alts})(?![\w])", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")


def sentences(text: str) -> list[str]:
    """Split into sentences, each an exact substring of the input (so it can be quoted)."""
    out = []
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if piece:
            out.append(piece)
    return out
