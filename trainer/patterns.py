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

from trainer.text import normalise

SEP = r"[^\w$%#]+"
GAP = r"(?:[\w$%'.]+[^\w$%#.!?]+){0,6}?"
NUMBER = r"\d+(?:[.,]\d+)?"


class PatternSyntaxError(ValueError):
    pass


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.text = normalise(source)
        self.pos = 0

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
        self.skip_space()
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
        return _join(items)

    def item(self) -> tuple[str, bool, bool]:
        if self.text.startswith("...", self.pos):
            self.pos += 3
            return GAP, False, True
        if self.peek() == "(":
            self.pos += 1
            inner = self.alternatives()
            if self.peek() != ")":
                raise self.error("unclosed '('")
            self.pos += 1
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
        if not word:
            raise self.error(f"unexpected {self.peek()!r}")
        return _word(word), False, False


def _inflected(word: str) -> str:
    """A plain word also matches its regular inflections: arrive, arrives, arrived, arriving."""
    if len(word) < 4 or not word.isalpha():
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
    out = ""
    last_required = max((i for i, item in enumerate(items) if not item[1]), default=-1)
    for i, (regex, optional, is_gap, _) in enumerate(items):
        if i > last_required:  # trailing optional items carry the separator before them
            sep = SEP if items[i][3] else ""
            out += f"(?:{sep}{regex})?" if out else f"(?:{regex})?"
            continue
        piece = regex
        if i < last_required and not is_gap and items[i + 1][3]:
            piece += SEP
        out += f"(?:{piece})?" if optional else piece
    return out


@lru_cache(maxsize=4096)
def compile_pattern(source: str) -> re.Pattern[str]:
    """Compile one phrase pattern; raises PatternSyntaxError with a readable message."""
    if not source or not source.strip():
        raise PatternSyntaxError("empty pattern")
    text = source.strip()
    start, end = r"(?<![\w$])", r"(?![\w])"
    if text.startswith("^"):  # at the start of the sentence
        start, text = "^", text[1:]
    if text.endswith("$") and not text.endswith(" $"):  # at the end of the sentence
        end, text = r"\W*$", text[:-1]
    body = _Parser(text).parse()
    return re.compile(start + body + end)


def check_pattern(source: str) -> str | None:
    """Return an error message, or None when the pattern compiles."""
    try:
        compile_pattern(source)
    except PatternSyntaxError as exc:
        return str(exc)
    except re.error as exc:  # pragma: no cover - the parser should prevent these
        return f"{exc} in pattern {source!r}"
    return None
