"""Phrase patterns: the small matching language trainers write in scenario files.

A pattern is words separated by spaces, matched on word boundaries against
normalised text. ``(a|b c)`` gives alternatives, ``(...)?`` makes a group
optional, a trailing ``*`` matches the rest of a word (``engrav*``), ``...`` lets
up to six words pass between two parts, and ``<num>`` stands for any number
(``%`` is read as the word ``percent``). A plain word also matches its regular
inflections, so ``arrive`` finds "arrives", "arrived" and "arriving".
Trainers never write regular expressions, and a typo is caught at load time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.text import (
    normalise_plain as normalise,  # patterns are read as written: no chat-speak expansion
)

SEP = r"[^\w$%#]+"
# Up to six whole words, never across a clause boundary. A word starts with a word
# character and is taken whole (possessive), and the space after it is taken whole
# too, so a run of punctuation can be split only one way: matching stays linear,
# whatever the reply (no catastrophic backtracking).
GAP = r"(?:[\w$%][\w$%'.]*+[^\w$%#.!?,;:]++){0,6}?"
# "<num> days" finds "five days" too; "one" is left out ("the new one" counts nothing)
NUMBER_WORDS = tuple("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred".split())
NUMBER = r"(?:\d+(?:[.,:]\d+)?|(?:" + "|".join(NUMBER_WORDS) + r")(?![\w]))"
MAX_NESTING = 8  # groups inside groups; more is a mistake, and deep nesting would exhaust the parser
MAX_LENGTH = 10_000  # characters in one pattern


class PatternSyntaxError(ValueError):
    pass


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.text = normalise(source)
        self.pos = 0
        self.depth = 0

    def error(self, message: str) -> PatternSyntaxError:
        return PatternSyntaxError(f"{message} in pattern {self.source!r}")

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_space(self) -> None:
        while self.peek().isspace():
            self.pos += 1

    def parse(self) -> str:
        result = self.alternatives()
        if self.pos != len(self.text):
            raise self.error(f"unexpected {self.peek()!r}")
        return result

    def alternatives(self) -> str:
        options = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            options.append(self.sequence())
        if any(not option for option in options):
            raise self.error("empty alternative")
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    def sequence(self) -> str:
        items: list[tuple[str, bool, bool, bool]] = []  # (regex, optional, is_gap, spaced before)
        begin = self.pos
        self.skip_space()
        # "thank(s| you)": a space opening an alternative inside a group separates it from the word before
        leading = SEP if self.depth and self.pos > begin else ""
        spaced = False
        while self.peek() and self.peek() not in "|)":
            items.append((*self.item(), spaced))
            start = self.pos
            self.skip_space()
            # "(express )?shipping": a space just inside the group separates it from what follows
            inner_space = self.text[start - 1] in ")?" and self.text[: start].rstrip(")?").endswith(" ")
            spaced = self.pos > start or inner_space
        if items and items[0][2] or items and items[-1][2]:
            raise self.error("'...' must stand between two words")
        return leading + _join(items) if items else ""

    def item(self) -> tuple[str, bool, bool]:
        if self.text.startswith("...", self.pos):
            self.pos += 3
            return GAP, False, True
        if self.peek() == "(":
            self.pos += 1
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise self.error(f"groups nested more than {MAX_NESTING} deep")
            inner = self.alternatives()
            if self.peek() != ")":
                raise self.error("unclosed '('")
            self.pos += 1
            self.depth -= 1
            optional = self.peek() == "?"
            if optional:
                self.pos += 1
            return f"(?:{inner})", optional, False
        start = self.pos
        while self.peek() and not self.peek().isspace() and self.peek() not in "()|?":
            if self.text.startswith("...", self.pos):
                break
            self.pos += 1
        word = self.text[start:self.pos]
        if not word and self.peek() == "?" and start and not self.text[start - 1].isspace():
            before = re.findall(r"[\w'*<>]+$", self.text[:start])
            last = before[0] if before else "word"
            raise self.error(f"'?' makes a group optional, not a letter or word: write '({last})?' for an optional word"
                             f" (a plain word already finds its inflections: 'refund' matches 'refunds')")
        if not word:
            raise self.error(f"unexpected {self.peek()!r}")
        return _word(word), False, False


# Short words that never take an inflection worth matching ("the", "not"); others of three letters do ("pay", "fix").
_UNINFLECTED = frozenset("the and you not can for are was but has had his her its our who how why any all too yes off out may did him she they".split())


def _inflected(word: str) -> str:
    """A plain word also matches its regular inflections: arrive, arrives, arrived, arriving; pay, pays, paying."""
    if len(word) < 3 or not word.isalpha() or word in _UNINFLECTED:
        return re.escape(word)
    if word.endswith("e"):
        return f"{word[:-1]}(?:e|es|ed|ing)"
    if word.endswith("y") and word[-2] not in "aeiou":
        return f"{word[:-1]}(?:y|ies|ied|ying)"
    if word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        return f"{word}(?:{word[-1]}?(?:ed|ing)|s|es)?"
    return f"{word}(?:s|es|ed|ing)?"


def _word(word: str) -> str:
    if "<num>" not in word and not word.endswith("*"):
        return _inflected(word)
    prefix = word.endswith("*")
    word = word.rstrip("*")
    parts = []
    for i, chunk in enumerate(word.split("<num>")):
        if i:
            parts.append(NUMBER)
        parts.append(re.escape(chunk))
    return "".join(parts) + (r"\w*" if prefix else "")


def _join(items: list[tuple[str, bool, bool, bool]]) -> str:
    """Regex for a sequence. A gap and the next required item form an atomic group: once the
    shortest gap reaches that item the choice is final, so no input can make the matcher
    retry every split of every gap (the cost stays linear in the length of the sentence)."""
    out = ""
    last_required = max((i for i, item in enumerate(items) if not item[1] and not item[2]), default=-1)
    closes: dict[int, int] = {}  # item index -> atomic groups to close after it
    for i, (regex, optional, is_gap, _) in enumerate(items):
        if i > last_required and is_gap:
            continue  # "... (aside)?" at the end: what is optional cannot decide a match, so the gap is dropped
        if i > last_required:  # trailing optional items carry the separator before them
            sep = SEP if items[i][3] else ""
            out += f"(?:{sep}{regex})?" if out else f"(?:{regex})?"
            continue
        piece = regex
        if i < last_required and not is_gap and items[i + 1][3]:
            piece += SEP
        if is_gap:
            anchor = next((j for j in range(i + 1, last_required + 1) if not items[j][1] and not items[j][2]), None)
            if anchor is not None:
                closes[anchor] = closes.get(anchor, 0) + 1
                piece = "(?>" + piece
        if i in closes and not piece.endswith(SEP) and (i + 1 >= len(items) or items[i + 1][3]):
            piece += r"(?![\w])"  # the word ends here, decided inside the atomic group
        piece = f"(?:{piece})?" if optional else piece
        out += piece + ")" * closes.get(i, 0)
    return out


@lru_cache(maxsize=4096)
def compile_pattern(source: str) -> re.Pattern[str]:
    """Compile one phrase pattern; raises PatternSyntaxError with a readable message."""
    return re.compile(translate(source))


_ENDS_NEGATED = re.compile(r"\b(?:no|not|none|never|nothing)\W*$")


@lru_cache(maxsize=4096)
def translate(source: str) -> str:
    """The regular expression for one phrase pattern; raises PatternSyntaxError with a readable message.

    Checking a pattern needs only this; compiling waits until a reply is matched against it, so
    loading a library of scenarios does not pay for patterns a session never uses.
    """
    if not source or not source.strip():
        raise PatternSyntaxError("empty pattern")
    text = source.strip()
    if len(text) > MAX_LENGTH:
        raise PatternSyntaxError(f"pattern longer than {MAX_LENGTH} characters; split it into several patterns")
    start, end = r"(?<![\w$])", r"(?![\w])"
    if _ENDS_NEGATED.search(text):
        end = r"(?![\w]|-[a-z])"  # "we have no" is not said by "we have no-added-salt ones"
    if text.startswith("^"):  # at the start of the sentence
        start, text = "^", text[1:]
    elif re.match(r"\(*(?:\d|<num>)", normalise(text)):
        start = r"(?<!\w)(?<!\d[.,])"  # "49" finds "$49" and "£49", never the 49 of "1.49"
    if text.endswith("$") and not text.endswith(" $"):  # at the end of the sentence
        end, text = r"\W*$", text[:-1]
    return start + _Parser(text).parse() + end


def check_pattern(source: str) -> str | None:
    """Return an error message, or None when the pattern is well formed."""
    try:
        translate(source)
    except PatternSyntaxError as exc:
        return str(exc)
    return None


def _nesting(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        deepest = max(deepest, depth)
    return deepest


def _split_top(text: str, sep: str = "|") -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _closing(text: str) -> int:
    """Index of the parenthesis closing the one at index 0."""
    depth = 0
    for index, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return index
    return len(text) - 1


def _first(text: str) -> set[str] | None:
    text = text.strip()
    if not text:
        return set()
    if text.startswith("("):
        end = _closing(text)
        keys: set[str] = set()
        for option in _split_top(text[1:end]):
            found = _first(option)
            if found is None:
                return None
            keys |= found
            if not option.strip():
                return None
        rest = text[end + 1:]
        if rest.startswith("?"):
            after = _first(rest[1:])
            return None if after is None or not rest[1:].strip() else keys | after
        return keys
    raw = re.split(r"[\s(|]", text, maxsplit=1)[0]
    word = raw.rstrip("*")
    if word.startswith("<num>"):
        return {"<num>"}
    head = word[:4]
    if not head or not re.fullmatch(r"[a-z0-9']+", head) or "<" in word[:5]:
        return None
    return {form[:4] for form in _forms(word)} if raw == word else {head}


def _forms(word: str) -> set[str]:
    """The inflections ``_inflected`` lets a plain word match, so a sentence saying "making" or
    "tried" is not skipped by a filter looking for "make" or "try"."""
    if len(word) < 3 or not word.isalpha() or word in _UNINFLECTED:
        return {word}
    if word.endswith("e"):
        return {word, word[:-1] + "ing"}
    if word.endswith("y") and word[-2] not in "aeiou":
        return {word, word[:-1] + "ies", word[:-1] + "ied"}
    return {word}


COMMON = frozenset("i we you your the a an to it that this is are so and for of in on my our can will have be do not me us what how at by".split())


def _items(sequence: str) -> list[str]:
    """Top-level items of a sequence: words and groups, with optional groups and gaps left out."""
    items, depth, current = [], 0, ""
    for ch in sequence + " ":
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch.isspace() and depth == 0:
            if current:
                items.append(current)
            current = ""
        else:
            current += ch
    return [item for item in items if item != "..." and not item.endswith(")?")]


def _selective(sequence: str) -> set[str] | None:
    best: set[str] | None = None
    best_rank: tuple | None = None
    for item in _items(sequence):
        keys = _first(item)
        if not keys:
            continue
        rank = (bool(keys & COMMON), len(keys))
        if best_rank is None or rank < best_rank:
            best, best_rank = keys, rank
    return best


@lru_cache(maxsize=4096)
def first_keys(source: str) -> frozenset[str] | None:
    """Four-letter word starts of which a sentence must contain one to match, or None when unknown.

    Taken from the most telling word the pattern requires, so a sentence without any
    of them is skipped before the regular expression runs: a cheap filter that keeps
    grading fast.
    """
    text = normalise(source.strip().removeprefix("^"))
    if _nesting(text) > MAX_NESTING:
        return None  # not a valid pattern; compile_pattern says why
    if text.endswith("$"):
        text = text[:-1]
    keys: set[str] = set()
    for alternative in _split_top(text):
        found = _selective(alternative)
        if found is None:
            return None
        keys |= found
    return frozenset(keys)


@lru_cache(maxsize=4096)
def required_keys(source: str) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For each top-level alternative of a pattern, the word starts of every word or group it
    requires: a sentence can match only if, for some alternative, it has one start from each.
    None when a part's starts cannot be told. A stricter filter than ``first_keys``, which
    looks at one word only."""
    text = normalise(source.strip().removeprefix("^"))
    if _nesting(text) > MAX_NESTING:
        return None
    text = text.removesuffix("$")
    alternatives = []
    for alternative in _split_top(text):
        needed = [_first(item) for item in _items(alternative)]
        alternatives.append(tuple(frozenset(keys) for keys in needed if keys))
    return tuple(alternatives)


def could_match(required: tuple[tuple[frozenset[str], ...], ...], keys: frozenset[str]) -> bool:
    for alternative in required:  # plain loops: this runs for every candidate pattern of every sentence
        for part in alternative:
            if part.isdisjoint(keys):
                break
        else:
            return True
    return False


_TOKEN = re.compile(r"[a-z0-9']+")
_DIGIT = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b")


@lru_cache(maxsize=16384)
def sentence_keys(norm: str) -> frozenset[str]:
    # four-letter heads, and three-letter ones, so a pattern word like "pay" or "pay*" finds "paying"
    tokens = _TOKEN.findall(norm)  # and each without its quote marks: "'that" starts "that" too
    keys = {head for token in tokens for word in {token, token.strip("'")} for head in (word[:4], word[:3])}
    if _DIGIT.search(norm):
        keys.add("<num>")
    return frozenset(keys)


@lru_cache(maxsize=4096)
def union(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation for a family of phrase patterns.

    The shared word-start check comes first, so most positions (mid-word) fail at once.
    """
    return re.compile(r"(?<![\w$])(?:" + "|".join(f"(?:{compile_pattern(p).pattern})" for p in patterns) + ")")
