"""What a reply does: dialogue acts found by phrase families, with negation scoped to the clause.

Shared by the simulated customer (to react) and the grader (to judge). Every act keeps
the exact sentence that earned it, so a scorecard can quote the trainee's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from trainer import affect
from trainer import phrases as P
from trainer.patterns import (
    compile_pattern,
    could_match,
    first_keys,
    required_keys,
    sentence_keys,
    translate,
    union,
)
from trainer.text import (
    NEGATORS,
    chat_speak,
    name_regex,
    normalise,
    normalise_plain,
    sentences,
    verb_lemma,
)

STOP = frozenset(
    """about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of off on
    once only or other our ours out over own same she should so some such than that the their them then there these they
    this those through to too under until up very was we were what when where which while who whom why will with would
    you your yours yourself okay ok yes yeah hi hello hey please thanks thank sorry really well just like going get got
    want need know think make made said says tell told call calling phone order ordered help today something anything
    someone thing things time right good great fine sure still even much many maybe would could should will shall
    may say see too new put use yet via per etc lot bit ask let
    morning afternoon evening hiya cheers bye goodbye honest honestly actually basically literally quite totally definitely
    probably instead else""".split()
)


@lru_cache(maxsize=256)
def family(name: str) -> re.Pattern[str]:
    """One compiled alternation for a family of phrase patterns in ``trainer.phrases``."""
    return union(P.family(name))


@dataclass(frozen=True)
class _Index:
    """A pattern list made ready to match: which patterns each telling word can start, so a
    sentence tries only the patterns it could match, and the negators the patterns spell out."""

    keys: frozenset[str] | None  # None: some pattern has no telling word, so always try
    always: tuple[int, ...]
    by_key: dict[str, tuple[int, ...]]
    sources: tuple[str, ...]  # each pattern's regular expression, compiled only when a sentence needs it
    negators: frozenset[str]
    required: tuple  # per pattern, the word starts each of its alternatives needs (None: unknown)
    unions: dict = field(default_factory=dict, compare=False)  # candidate positions -> one compiled alternation

    def union_of(self, positions: tuple[int, ...]) -> re.Pattern[str]:
        """The candidate patterns as one alternation (in list order), compiled once per distinct set."""
        regex = self.unions.get(positions)
        if regex is None:
            if len(self.unions) > 4096:
                self.unions.clear()
            regex = self.one(positions[0]) if len(positions) == 1 else re.compile(_alternation([self.sources[p] for p in positions]))
            self.unions[positions] = regex
        return regex

    def one(self, position: int) -> re.Pattern[str]:
        return _compiled(self.sources[position])

    def candidates(self, norm: str) -> list[int]:
        """Positions of the patterns this sentence could match: those its telling words start, and those with none."""
        words = sentence_keys(norm)
        if self.keys is not None and self.keys.isdisjoint(words):
            return []
        found = set(self.always)
        for key in self.by_key.keys() & words:
            found.update(self.by_key[key])
        # a pattern whose telling word is here may still lack another word it needs: no need to run it
        required = self.required
        return sorted([p for p in found if required[p] is None or could_match(required[p], words)])


_WORD_START = "(?<![\\w$])"


def _alternation(sources: list[str]) -> str:
    """One alternation, with the word-start check every pattern opens with tested once per
    position rather than once per pattern (the same matches, leftmost-first, in list order)."""
    if all(s.startswith(_WORD_START) for s in sources):
        return _WORD_START + "(?:" + "|".join(f"(?:{s[len(_WORD_START):]})" for s in sources) + ")"
    return "|".join(f"(?:{s})" for s in sources)


def _build_index(patterns: tuple[str, ...]) -> _Index:
    always: list[int] = []
    by_key: dict[str, list[int]] = {}
    for index, pattern in enumerate(patterns):
        keys = first_keys(pattern)
        if keys is None:
            always.append(index)
        else:
            for key in keys:
                by_key.setdefault(key, []).append(index)
    negators = frozenset(w for p in patterns for w in re.findall(r"[a-z]+", normalise_plain(p)) if w in NEGATORS)
    return _Index(
        None if always else frozenset(by_key), tuple(always), {k: tuple(v) for k, v in by_key.items()},
        tuple(translate(p) for p in patterns), negators, tuple(_worth_checking(required_keys(p)) for p in patterns),
    )  # fmt: skip


def _worth_checking(required):
    """A pattern that needs one word at most is settled by its telling word alone: no second check."""
    return required if required is not None and any(len(alternative) > 1 for alternative in required) else None


@lru_cache(maxsize=8192)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


@lru_cache(maxsize=4096)
def _pattern_index(patterns: tuple[str, ...]) -> _Index:
    return _build_index(patterns)


@lru_cache(maxsize=256)
def _family_index(name: str) -> _Index:
    return _build_index(P.family(name))


def may_match(patterns: tuple[str, ...], norm: str) -> bool:
    keys = _pattern_index(patterns).keys
    return keys is None or not keys.isdisjoint(sentence_keys(norm))


# "We've run out of the oat milk" and "the oat milk is sold out" deny the thing as surely as "no oat milk".
_GONE_BEFORE = re.compile(r"\b(?:out of|no more|none of|short of)(?: (?:the|our|your|any|that|those|these|this))? ?$")
_GONE_AFTER = re.compile(r"^(?: [a-z'-]+){0,3}?(?: (?:is|are|was|were|has|have|had|s|'s|ve))?(?: (?:been|gone|all|completely|totally|just))*"
                         r" (?:(?:sold out|out of stock|unavailable|gone|finished|run out|ran out)\b|out(?= *$| (?:today|now|again|too|as well|"
                         r"at the moment|for (?:now|today|the|a)|until|till)\b))")
_CLAUSE_END = re.compile(r"[,;:.!?]| but | and | - ")


def negated(norm: str, start: int, end: int | None = None, allowed: frozenset[str] = frozenset()) -> bool:
    """True when a negator governs the match: earlier in the same clause, or inside the match itself;
    with ``end``, also when the clause says the thing matched has run out."""
    dash = norm.rfind(" - ", 0, start)
    clause_start = max(max(norm.rfind(c, 0, start) for c in ",;:.!?(") + 1, dash + 3 if dash >= 0 else 0)
    but = norm.rfind(" but ", 0, start)
    clause_start = max(clause_start, but + 5 if but >= 0 else 0)
    before = norm[clause_start:start].split()[-4:]
    if any(w in NEGATORS for w in before) and not _governs_other_verb(before, norm[start:start + 12].split()[:1]):
        return True
    if end is not None:
        after = norm[end:end + 60]
        cut = _CLAUSE_END.search(after)
        if _GONE_BEFORE.search(norm, clause_start, start) or _GONE_AFTER.match(after[:cut.start()] if cut else after):
            return True
        inside = norm[start:end].split()
        return any(w in NEGATORS and w not in allowed for w in inside)
    return False


_COPULAS = frozenset("is are was were must sounds sounded seems seemed has have had will would can could".split())
_THINKING = frozenset("think believe feel say know see mean".split())


def _governs_other_verb(before: list[str], first: list[str]) -> bool:
    """ "A boiler that has not worked since Monday is miserable": the "not" belongs to "worked", and the
    match brings its own verb ("is miserable"), so it stays unnegated. "I don't think that is..." still negates."""
    last = max(i for i, w in enumerate(before) if w in NEGATORS)
    between = before[last + 1:]
    if between and first and first[0] in _COPULAS and before[last] == "without":
        return True  # "a first day without the right blazer is miserable": "without" belongs to the subject
    return bool(between and first and first[0] in _COPULAS and not any(w in _THINKING for w in between)
                and any(w.endswith(("ed", "ing", "en")) for w in between))


_TRAILING_AUX = frozenset("can could will would shall should may might must do does did am is are was were have has had".split())
_NOT_NEXT = re.compile(r" (?:not|never)\b")


def _negated_after(norm: str, match: re.Match[str]) -> bool:
    """A match that stops on an auxiliary followed by "not" ("i can" in "I can't share that") says the opposite."""
    words = norm[match.start():match.end()].split()
    return bool(words) and words[-1] in _TRAILING_AUX and _NOT_NEXT.match(norm, match.end()) is not None


def _first_unnegated(index: _Index, norm: str, inner: bool, allowed: frozenset[str]) -> re.Match[str] | None:
    """The leftmost non-negated match, trying only the patterns whose telling words the sentence has
    (as one alternation, so a sentence costs one scan per family, not one per pattern)."""
    positions = index.candidates(norm)
    if not positions:
        return None
    regex, pos = index.union_of(tuple(positions)), 0
    while (match := regex.search(norm, pos)) is not None:
        # an all-optional pattern matching nothing says nothing; a negated match gives way to the next one
        if match.end() > match.start() and not negated(norm, match.start(), match.end() if inner else None, allowed) \
                and not _negated_after(norm, match):
            return match
        pos = match.start() + 1
    return None


@lru_cache(maxsize=1)
def _families_by_key() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """For each telling word, the families it can start; the families that need none; all names."""
    by_key: dict[str, set[str]] = {}
    always: set[str] = set()
    for name in P.families():
        keys = _family_index(name.upper()).keys
        if keys is None:
            always.add(name.upper())
        else:
            for key in keys:
                by_key.setdefault(key, set()).add(name.upper())
    return {k: frozenset(v) for k, v in by_key.items()}, frozenset(always), frozenset(n.upper() for n in P.families())


@lru_cache(maxsize=16384)
def _possible(norm: str) -> frozenset[str]:
    """The families a sentence could match at all: one pass over its words, not one per family."""
    by_key, always, _ = _families_by_key()
    found = set(always)
    for key in sentence_keys(norm):
        found |= by_key.get(key, frozenset())
    return frozenset(found)


@lru_cache(maxsize=65536)
def find(name: str, norm: str, *, inner: bool = False) -> re.Match[str] | None:
    """The first non-negated match of a family in a normalised sentence."""
    if name not in _possible(norm):
        if name not in _families_by_key()[2]:
            raise KeyError(f"no phrase family {name!r}")
        return None
    index = _family_index(name)
    return _first_unnegated(index, norm, inner, index.negators if inner else frozenset())


def find_patterns(patterns: tuple[str, ...], norm: str) -> re.Match[str] | None:
    """Like ``find`` for a scenario's own patterns; negation anywhere in the clause or match counts."""
    if not patterns:
        return None
    index = _pattern_index(patterns)
    return _first_unnegated(index, norm, True, index.negators)


def matching_pattern(patterns: tuple[str, ...] | list[str], norm: str) -> str | None:
    """Which one of a list of patterns a normalised sentence states (for explaining a match)."""
    return next((p for p in patterns if find_patterns((p,), norm)), None)


@dataclass(frozen=True)
class PatternBank:
    """Many pattern lists (a scenario's goals, policy statements, extras) read in one pass per
    sentence: each distinct pattern is tried once, only when the sentence has a word that could
    start it, and credited to every list that holds it."""

    lists: tuple[tuple[str, ...], ...]
    index: _Index
    members: tuple[tuple[int, ...], ...]  # pattern position -> the lists that hold it
    negators: tuple[frozenset[str], ...]  # per list, the negators its own patterns spell out


@lru_cache(maxsize=64)
def pattern_bank(lists: tuple[tuple[str, ...], ...]) -> PatternBank:
    distinct = tuple(dict.fromkeys(p for patterns in lists for p in patterns))
    position = {p: i for i, p in enumerate(distinct)}
    members: list[list[int]] = [[] for _ in distinct]
    for number, patterns in enumerate(lists):
        for pattern in patterns:
            members[position[pattern]].append(number)
    return PatternBank(lists, _build_index(distinct), tuple(tuple(m) for m in members), tuple(_pattern_index(p).negators for p in lists))


def bank_matches(bank: PatternBank, norm: str) -> set[int]:
    """The lists (by number) that one of this sentence's clauses states, unnegated."""
    index, hit = bank.index, set()
    for position in index.candidates(norm):
        waiting = [n for n in bank.members[position] if n not in hit]
        if not waiting:
            continue
        for match in index.one(position).finditer(norm):
            if match.end() == match.start():
                continue
            for n in waiting:
                if n not in hit and not negated(norm, match.start(), match.end(), bank.negators[n]):
                    hit.add(n)
            if all(n in hit for n in waiting):
                break
    return hit


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z']{2,}|\d+(?:[.,]\d+)?", normalise(text)) if w not in STOP)


RECENT_LINES = 12  # a reply answers what the customer said lately, not a whole day's log


def recent_words(lines: list[str]) -> frozenset[str]:
    """Content words of the customer's last few lines: constant cost per turn, however long the log."""
    return frozenset().union(*(content_words(line) for line in lines[-RECENT_LINES:]))


def stems(words: frozenset[str]) -> frozenset[str]:
    """Crude stems, so "transfers" meets "transferred" and "drops" meets "dropping"."""
    return frozenset(w[:5] if not w[0].isdigit() else w for w in words)


@dataclass(frozen=True)
class Context:
    """What the reply is judged against: who the customer is and what they have said."""

    names: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    customer_words: frozenset[str] = frozenset()
    last_customer_line: str = ""


@dataclass(frozen=True)
class Act:
    name: str
    quote: str
    strength: int = 1  # 1 generic or weak, 2 specific or strong
    kind: str = ""


@dataclass
class Analysis:
    text: str
    acts: list[Act] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    word_count: int = 0
    politeness: dict[str, list[str]] = field(default_factory=dict)
    specific: list[str] = field(default_factory=list)

    def has(self, name: str, strength: int = 1) -> bool:
        return any(a.name == name and a.strength >= strength for a in self.acts)

    def first(self, name: str) -> Act | None:
        return next((a for a in self.acts if a.name == name), None)

    def best(self, name: str) -> Act | None:
        found = [a for a in self.acts if a.name == name]
        return max(found, key=lambda a: a.strength) if found else None

    def names(self) -> set[str]:
        return {a.name for a in self.acts}


QUESTION_START = re.compile(
    r"^(what|when|where|which|who|whom|whose|why|how|could|would|shall|should|does|did|is|are|was|were|has|may|might|any)\b"
    r"|^(can|will)\b(?! do\b)"  # "will do", "can do" agree; they do not ask
    r"|^have\b(?! (a|an|fun|yourself|a (nice|good|great|lovely|safe))\b)"  # "have a good evening" wishes
    r"|^do\b(?! (not|let|take|call|come|get|feel|remember|enjoy|pop|ring|give|drop|keep)\b)"  # "do let me know" invites, "do not worry" reassures
)

QUESTION_KINDS = {
    "deadline": compile_pattern(
        "(^(so |and |okay |ok )?when|when (is|are|do|does|will|would|should|can|must|exactly)|what (time|day|date)|by when|how soon|how long|deadline|(placed|fixed|doing|set) for time|how much time|time (frame|scale|do you have)|need (it|this|them|the|a) ... (by|for|before)|in time|(arrive|arrives|get here|gets here|reach (me|us|her|him|them)|be (here|there|ready|back|fixed|done|delivered|with (me|us|her|him|them))) ... before|which day|what day|(what|which|the|a|due|delivery|arrival|that|this|start|end|closing) date|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight))"
    ),
    "details": compile_pattern(
        "(what happened|what (exactly )?(is|was) (wrong|damaged|broken|the problem|the issue|the damage)|describe|photo|photos|picture|pictures|pic|image|which (item|one|order|part)|tell me (more|about|what|exactly)|more (detail|details|information)|how (did|does|is) (it|the) ... (look|break|broken|happen|damaged)|what (does|did) (it|the damage) (look|say)|(how|where) (is|was) it (damaged|broken|cracked))"
    ),
    "preference": compile_pattern(
        "(would you (prefer|like|rather|want)|do you (prefer|want|like|usually)|how do you (like|take|usually)|what (kind|sort|type|size|flavour|flavor|colour|color|style|do you usually|do you like|would you like)|which (one|would you|do you|suits|would suit|works|would work|is (better|best|easier)|of (those|these|them|the two|the three))|(suit|suits|work|works) (you|for you) (best|better)|rather|instead|(same|identical) (name|text|design|one|wording|as before)|anything (in particular|specific)|milder|stronger|taste|like it)"
    ),
    "priority": compile_pattern(
        "((what|which) matters (most|more)|(what|which) (matters|is important|would help|would make|are you hoping|do you need|would you like us|would be best|would work)|most important|priority|what would (work|be best|be ideal|make (this|it) right)|how can (i|we) make (this|it) right|what outcome|what would you like to happen)"
    ),
    "feelings": compile_pattern(
        "(how are you (feeling|doing|holding up|coping)|are you (okay|ok|alright|all right)|how (do|did|does) (you|that|this|it) (feel|make you feel))"
    ),
    "identity": compile_pattern(
        "(your (full )?(name|email|e-mail|address|postcode|zip code|phone number|account number|date of birth|order number)|(can|could|may) i (take|get|have|grab) (your|the|that) (full )?(name|email|order|order number|number|postcode|details|reference|account|booking)|confirm (your|the) (name|email|address|details|order|order number)|(what|which) (is|was) (your|the) (order|reference|account|booking) (number|reference))"
    ),
}

SECRET_REQUEST = compile_pattern(
    "((can|could|would|will) you|(i|we) (need|require|will need|will just need|must have|have to have|just need|would need)|need (your|her|his|the)|please|give|tell|read|send|provide|confirm|type|enter|say|share|what is|what are|what was|may i (have|take|get)|let me (have|get|take)|verify|pop|put|input|write|jot down|scribble|note down|pass me|hand me|reply with|answer)"
)
SECRET_SAFE = compile_pattern(
    "(last (four|4) (digits|numbers)|reset|change (your|the)|update (your|the)|new password|forgot*|never (share|give|tell|send|ask)"
    "|(do not|will not|would never|will never|never) (ever )?(share|give|tell|send|ask|need)"
    # the customer keying it in themselves, where no one else sees it: "enter your PIN on the keypad"
    "|(key|enter|type|put|tap|pop) (in )?(your|the) ... (yourself|(on|into|in) the (keypad|pin pad|card machine|machine|reader|terminal|app|website|screen)))"
)
_PASSIVE_RECORD = re.compile(r"(signed|marked|ticked|selected|chosen|accepted) (off )?as\b")
_EITHER_OR = re.compile(r"\b\w+ or (did|was|were|is|are|have|has|do|does) \b|\bor (did|do) you\b")
_YOUR_FAULT = re.compile(
    r"\byou (really |honestly |probably )?(should|ought to) have (been more|known|read|checked|kept|looked|called|told|asked|noticed|waited|listened)\b"
    r"|\b(probably|must be|likely|definitely|almost certainly|it is|that is|it is just) (your|on your) (end|side|router|wiring|device|equipment|settings|connection|phone|computer|fault|mistake)\b"
)
# "You can't have opened the email", "you must have ticked the wrong box": the customer's fault, inferred
_INFERRED_FAULT = re.compile(r"\byou (?:must|can not|could not|would not) have (?:not )?([a-z]+(?:ed|en|t))\b")
_NOT_FAULT = frozenset("feel think want expect hope wonder hear see be have get know go spend wait speak talk mean receive meet".split())
_RESPONSIBLE = re.compile(r"\b(?:customers|members|guests|passengers|tenants|residents|patients|account holders|cardholders|you) (?:are|were) (?:solely |fully |entirely )?responsible for\b(?! nothing)"
                          r"|\bit is (?:the customer|the member|the guest|the passenger|your) (?:own )?responsibility\b")
_CONSEQUENCE = re.compile(r"(so|which is why|that is why|that is how|this is why)\b")
_SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself|u|ur)\b")
_EYE_ROLL = re.compile("\U0001f644|\\*sighs?\\*|\\bsmh\\b|\\(sigh\\)")
_COUNTERFACTUAL_BLAME = re.compile(
    r"^(?:\w+ )?(?:(?:mr|mrs|ms|miss|dr|sir|madam) \w+, )?(?:(?:but|and|well|honestly|to be honest|though|mind you|look|oh),? )?(?:if|had) (?!i\b|we\b|it\b|there\b)[^.!?]*?\b(?:would|could|might)(?: not)? have\b"
)
_HEDGED = re.compile(r"\b(should|should not|hopefully|i hope|we hope|i would not expect|unlikely|try to|aim to|do our best|do my best)\b")
_SENDING_THEM = re.compile(r"\b(i|we) (will |can |am going to |are going to )?(send|text|email|post|give) you\b")
SHOUTING = re.compile(r"(?:\b[A-Z]{2,}\b[\s,!.?]*){4,}")


PERSONAL = re.compile(
    r"\b(you|your|yours|yourself|he|she|they|him|her|them|his|their|anyone|anybody|someone|everyone|everybody|family"
    r"|kids|children|child|dad|mum|mom|husband|wife|partner|son|daughter|baby|friend|friends|guests)\b"
)
CONFIRMATION = compile_pattern(
    "^(and )?(does|would|will|is|can|could|shall|should) (that|this|it|thursday|friday|monday|tuesday|wednesday|saturday|sunday|tomorrow|today|i) (work|suit|be okay|be ok|be alright|sound good|sound okay|help|do|go ahead|book|add|send|place|proceed)"
)
REQUEST = compile_pattern(
    "^(can|could|would|will) you (please )?(kindly )?(just )?(send|provide|confirm|give|check|try|restart|email|upload|share|spell|read|hold|pop|snap|attach|forward|verify|log|click|turn|unplug|reboot)"
)


DIRECT = compile_pattern("^(and |so |well |yeah |yes |right |look |ok |okay )?(what do you want|what is your problem|why (did|would|do|are|did not|have) you|what did you (do|expect))")


def _exploration_level(norm: str, kinds: set[str], specific: bool) -> int:
    """How much a question explores the customer's situation: 2 their circumstances, 1 logistics, 0 none."""
    if DIRECT.search(norm) or find("BLAME", norm) or find("UPSELL", norm):
        return 0
    if kinds & {"priority", "feelings"}:
        return 2
    if REQUEST.search(norm):
        return 1 if "details" in kinds else 0
    if CONFIRMATION.search(norm) and len(norm.split()) <= 7:
        return 1
    if specific and kinds & {"preference", "deadline"}:
        return 2
    if family("OFFER").search(norm):
        return 1
    if specific or (PERSONAL.search(norm) and kinds & {"deadline", "preference", "details"}):
        return 2
    return 1 if PERSONAL.search(norm) else 0  # "crazy weather, right?" explores nothing about them


def is_vague(norm: str) -> bool:
    """"Soon", "we'll try", or an estimate with no day or time to it ("it should arrive")."""
    return bool(find("VAGUE", norm)) or bool(find("ESTIMATE", norm)) and not find("TIME", norm)


def is_question(sentence: str, norm: str) -> bool:
    if sentence.rstrip().endswith("?"):
        return True
    # "What happened is...", "What a lovely idea.", "Should be with you by 9." start like questions and are not;
    # nor is "When it arrives, you'll need to sign for it": a time clause, then what happens
    return bool(QUESTION_START.match(norm)) and not _NOT_ASKING.match(norm) and not _WHEN_THEN.match(norm)


_WHEN_THEN = re.compile(
    r"^(?:when|where|once|whenever|wherever)\b[^,?]*, (?:i|we|you|it|they|he|she|there|the|your|our|this|that|just|please)\b"
    # the same typed without the comma: "when the reading comes in i will send the new bill"
    r"|^(?:when|once|whenever) (?!(?:do|does|did|will|would|can|could|is|are|was|were|should|shall|might|may|has|have|had|am)\b)[^,?]*?"
    r" (?:then )?(?:i|we) (?:will|shall|can|am going to|are going to)\b"
)


# A question about a person rather than the order: how someone in the customer's life is, what they are like
# or doing ("how is your grandad getting on?", "is she comfortable?", "what is he like?"), who the purchase
# is for ("who do you normally knit for?"), or what brings the customer here ("are you both here for a show?").
_ABOUT_A_PERSON = re.compile(
    r"\b(?:how (?:is|was|has|are)|what (?:is|are)) (?:he|she|mr [a-z]+|mrs [a-z]+|ms [a-z]+|miss [a-z]+|"
    r"your (?:son|daughter|mum|mom|dad|mother|father|wife|husband|partner|little one|friend|family|kids|children|baby|gran|grandad|grandma|grandpa))\b"
    r"(?!(?: [a-z]+)? (?:been )?(?:sent|charged|refunded|booked|given|told|billed|emailed|called|contacted|registered|listed|named)\b)"
    r"|\b(?:is|are) (?:he|she|they) (?!(?:[a-z]+ing|[a-z]+ed|been|being|got|going|the|a|an|on|in|at|with|still|also|already|able|allowed|due|ok|okay)\b)[a-z]+(?: and [a-z]+)?(?: (?:for now|now|enough|there|at home))?\?*$"
    r"|\b(?:is|will) (?:mr|mrs|ms|miss|dr) [a-z]+ (?:coming|joining|arriving|staying|travelling|traveling)\b"
    r"|\bwho (?:do )?you (?:usually |normally |mostly |often )?[a-z]+ for\b|\bfor yourself\b|\b(?:are|were) you (?:two|both|all) (?:here|in town|visiting|off|staying)\b"
)


def question_kinds(norm: str) -> list[str]:
    kinds = [kind for kind, regex in QUESTION_KINDS.items() if regex.search(norm)]
    norm = re.sub(r"\b(when|where|who|how|what)'s\b", r"\1 is", norm)
    if find("PERSONAL_QUESTION", norm) or _ABOUT_A_PERSON.search(norm):
        kinds.append("personal")
    return kinds + ["any"]


def _entity_hits(entities: tuple[str, ...], norm: str) -> int:
    """How many different scenario entities a sentence mentions (only those its words could start)."""
    if not entities:
        return 0
    index = _pattern_index(entities)
    return sum(1 for i in index.candidates(norm) if any(m.end() > m.start() for m in index.one(i).finditer(norm)))


def is_specific(norm: str, context: Context) -> bool:
    """Mentions the customer's own things: a scenario entity or a word the customer used."""
    if context.entities and may_match(context.entities, norm) and _entity_hits(context.entities, norm):
        return True
    if context.customer_words and content_words(norm) & context.customer_words:
        return True
    # "your baby" meets "my newborn", "your dad's medicine" meets "my father's tablets": lemmas and concepts
    return bool(context.customer_words) and bool(_meaning_tokens(norm) & _customer_tokens(context.customer_words))


def _meaning_tokens(norm: str) -> frozenset[str]:
    from trainer.meaning import tokens

    return frozenset(t for t in tokens(norm) if t not in _GENERIC_TOKENS)


@lru_cache(maxsize=1024)
def _customer_tokens(words: frozenset[str]) -> frozenset[str]:
    return _meaning_tokens(" ".join(sorted(words)))


# Concepts too common in any service talk to show a reply is about this customer.
_GENERIC_TOKENS = frozenset({"#today", "#tomorrow", "#email", "#phone", "#name", "#send", "#book"})


_ADDRESSED = re.compile(r"\b(?:(?i:hi|hello|hey|morning|afternoon|evening|thanks|thank you|sorry|dear)[,!]?|(?i:okay|ok|right|sure)[,!])\s+"
                        r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?([A-Z][a-z]{2,})\b")  # "Good evening Ms Osei" to Ms Mensah names her wrongly too
_BUSINESS = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:Pharmacy|Hotel|Bank|Clinic|Surgery|Support|Team|Services?|Store|Shop|Caf[eé]|Airlines?|Airways|Air|Energy|Telecom|"
    r"Broadband|Mobile|Travel|Restaurant|Bakery|Market|Foods?|Grocers?|Insurance|Health|Group|Ltd|Limited|Inc|Customer|Help|Desk|Booking|Reservations|Homes?|Motors|Rail|Water|Gas)\b"
)
_NOT_A_NAME = frozenset("There Sir Madam Ma'am Mate Everyone Team Again Though Love Folks All Guys".split())


def wrong_name(text: str, names: tuple[str, ...], mentioned: frozenset[str] = frozenset()) -> str | None:
    """A name the trainee greets the customer with that is not theirs ("Morning Mark!" to Marcus);
    names the customer has used themselves (their son's, their dog's) are not wrong."""
    if not names:
        return None
    known = {part.lower() for name in names for part in name.replace(".", "").split()}
    for match in _ADDRESSED.finditer(text):
        word = match.group(1)
        if _BUSINESS.match(text, match.end()):
            continue  # "Hello, Oakfield Pharmacy" says who is answering, not who is calling
        if word not in _NOT_A_NAME and word.lower() not in known and word.lower() not in mentioned:
            return word
    return None


_GENERIC_UNDERSTANDING_OK = re.compile(r"^\s*($|[,.;!:\-]|and\b|but\b|completely\b|totally\b|how\b|why\b|what you\b|your\b|you\b|that (must|is|was|would)\b)")


_NEWS = re.compile(r"\b(sold out|out of stock|unfortunately|afraid|good news|great news|luckily|fortunately|delayed|cancell?ed|in stock|available)\b")
_INFO_REQUEST = re.compile(
    r"^(please |could you |can you |would you |just )?(tell|send|give|share|let) (me|us) (know |have )?(the |your |a |what|when|where|which|how|if|whether)"
    r"|^(please )?(describe|explain|confirm|spell|read out|read me) "
)
_WILL_DO = re.compile(
    r"\b(i|we) (will|shall|am going to|are going to) (definitely |personally |also |now |then |just |right away |immediately |first )?"
    r"(?!be (honest|happy|glad|sure|right with)|try\b|see\b|check\b|look\b|have to\b|need to\b|think\b|wait\b|ask\b(?! (the|our|my|him|her|them|[a-z]+ (in|from|at)) )|not\b|never\b)(?:re-)?[a-z]{3,}"  # "we will re-bill you"
)
_SENDS_AWAY = re.compile(r"\b(you|u) (will |would )?(have|need|must|got) to\b|\bi will have to (check|ask|see|find out|confirm)\b")
_CAN_DO = re.compile(
    r"\b(i|we) (can|could) (also |still |easily |happily |definitely )?"
    r"(?!not\b|see\b|hear\b|understand\b|imagine\b|tell\b|only\b|assure\b|appreciate\b|relate\b|feel\b|check\b|look\b|try\b|help\b|do\b|ask\b|be\b|get back\b|confirm\b)[a-z]{3,}"
)
_CONDITIONAL = re.compile(r"^(if|unless|when|once|should|as soon as)\b")
_CANNOT_DO = re.compile(
    r"\b(i|we) (can not|could not|are unable to|am unable to|are not able to|am not able to|will not be able to|will not|are not allowed to|am not allowed to|are not permitted to) "
    r"(?!wait|believe|imagine|stress|thank|agree|tell you how|say enough|apologi[sz]e enough|help (but|feeling)|ever (need|ask)|need|ask|promise|guarantee|say for (sure|certain)|charge you"
    r"|leave (you|him|her|them|it) (stuck|stranded|alone|without|hanging|waiting|out)|let (you|him|her|them) down|forget (you|him|her|them|about)|abandon|give up|rest until|stop until|let (that|this|it) happen)[a-z]{3,}"  # "we won't leave him stuck" reassures
)


@dataclass
class _Sentence:
    """One sentence of a reply, with what several readers need to know about it."""

    text: str
    norm: str
    index: int
    specific: bool
    deflects: bool
    asking: bool
    acts: list[Act]  # the reply's acts so far (shared)
    polite: dict[str, list[str]]

    def add(self, name: str, strength: int = 1, kind: str = "") -> None:
        act = Act(name, self.text, strength, kind)
        if act not in self.acts:  # two readers finding the same act in one sentence find one act
            self.acts.append(act)

    def did(self, name: str) -> bool:
        return any(a.name == name and a.quote == self.text for a in self.acts)


_COURTEOUS = ("please", "patience_thanks", "indirect", "modal", "hedge", "deference", "reassurance", "first_plural", "gratitude", "apology", "greeting", "closing")


def _unsay_courtesy(sentence: str, polite: dict[str, list[str]]) -> None:
    """ "Of course, you clearly didn't read it" is no deference: courteous words in a hostile sentence count for nothing."""
    for key in _COURTEOUS:
        if sentence in polite.get(key, ()):
            polite[key] = [q for q in polite[key] if q != sentence]
            if not polite[key]:
                del polite[key]


_POINTS_BACK = re.compile(r"\b(?:this|that|it|these|those|them|they)\b")


def points_back(norm: str) -> bool:
    """A short question about what the sentence before it said: "... a chemist this morning. Was that you?"."""
    return len(norm.split()) <= 8 and _POINTS_BACK.search(norm) is not None


def analyse(reply: str, context: Context = Context()) -> Analysis:
    """Find the acts in one trainee reply, sentence by sentence, each kind of act by its own reader."""
    analysis = Analysis(text=reply, sentences=sentences(reply))
    analysis.word_count = len(re.findall(r"\w+", reply))
    before_specific = False
    for index, text in enumerate(analysis.sentences):
        norm = normalise(text)
        specific = is_specific(norm, context)
        if specific:
            analysis.specific.append(text)
        asking = is_question(text, norm)
        # "I can see €62 at a chemist this morning. Was that you?" asks about the chemist: a short
        # question pointing back is as specific as what it points to
        pointing = asking and not specific and before_specific and points_back(norm)
        before_specific = specific
        s = _Sentence(
            text, norm, index, specific or pointing,
            deflects=bool(find("POLICY_WALL", norm) or find("DEFLECTION", norm) or find("REFUSAL", norm)),
            asking=asking, acts=analysis.acts, polite=analysis.politeness,
        )  # fmt: skip
        _courtesy(s, context)
        _feeling(s, context)
        _questions(s)
        _actions(s, context)
        _hostility(s)
        _politeness(text, norm, analysis.politeness)
        if any(s.did(name) for name in ("rudeness", "blame", "dismissal")):
            _unsay_courtesy(text, analysis.politeness)
    acts = analysis.acts
    norms = [normalise(t) for t in analysis.sentences]
    _brush_off(analysis, norms)
    _courteous_handovers(analysis, norms)
    _assent_before_acting(analysis, norms)
    if {"offer", "done", "good_news", "bad_news", "refusal"} & analysis.names() or analysis.has("commitment", 2):
        acts[:] = [a for a in acts if a.name != "stalling"]  # "one moment" before an answer is not stalling
    has_offer = analysis.has("offer")
    for i, act in enumerate(acts):  # a wall with a way forward is softer than a flat no
        if act.name == "policy_wall" and not has_offer:
            acts[i] = Act(act.name, act.quote, 2, act.kind)
    return analysis


# A brush-off: the speaker disowns the problem ("not my problem", "that's the courier, not me", "I only run
# the till"), forces a take-it-or-leave-it choice ("a later berth or not?"), sends the customer off to serve
# themselves ("take that up with the kennel", "read our leaflet") or shrugs the problem off as everyone's
# ("power cuts happen", "people ask for that all week"). Said with no courtesy anywhere in the reply, it is rude.
_BRUSH_OFF = re.compile(
    r"\bnot my (?:fault|problem|job|department|call|responsibility|concern)\b|\bnot (?:on )?me\b[.!]?$"
    r"|\bi (?:just|only) (?:work|do|run|sit|man|handle) (?:the |on the |at the |in the )?[a-z]+[.!]?$"
    r"|\bor not\??$|\bor do not[.!]?$"
    r"|^(?:just )?(?:take it up with|take that up with|read (?:our|the|your))\b"
    r"|^(?:everyone|everybody|people|customers) (?:wants?|asks? for|says?)\b[^,]*[.!]?$"
    r"|^[a-z]+s happen\b|(?:^|, )they (?:just |do )?happen[.!]?$"
    r"|^(?:and )?so (?:has|have|is|are|did|does|was|were) (?:everyone|everybody|every one|half the \w+)(?: else)?\b"
    r"|\b(?:that is|it is|this is) (?:just )?(?:how it (?:works|is|goes)|the way it (?:works|is|goes))[.!]?$"
)
_COURTEOUS_ACTS = frozenset({"greeting", "apology", "empathy", "understanding", "thanks", "offer", "deference", "patience"})


def _brush_off(analysis: Analysis, norms: list[str]) -> None:
    if analysis.names() & _COURTEOUS_ACTS or analysis.has("rudeness"):
        return
    for text, norm in zip(analysis.sentences, norms, strict=True):
        if _BRUSH_OFF.search(norm.strip()):
            analysis.acts.append(Act("rudeness", text, 1, "brush-off"))
            return


_AGENT_DOES = frozenset({"done", "commitment", "offer", "secrets"})


def _assent_before_acting(analysis: Analysis, norms: list[str]) -> None:
    """A bare "Certainly." or "Yes." before the agent does or asks for something agrees to act; the act says
    what happens, and the yes is no news of its own (nor is a "yeah" that goes on only to sympathise)."""
    acting = {a.quote for a in analysis.acts if a.name in _AGENT_DOES}
    for text, norm in zip(analysis.sentences, norms, strict=True):
        agreement = _AGREEMENT.match(norm)
        if not agreement or text in acting or not acting or find("GOOD_NEWS", norm[agreement.end():]):
            continue
        rest = norm[agreement.end():].strip(" .!,")
        feeling = any(a.quote == text and a.name in ("empathy", "understanding") for a in analysis.acts)
        if not rest or feeling:
            analysis.acts[:] = [a for a in analysis.acts if not (a.quote == text and a.name == "good_news")]


# "Great plan, deleting the folder": praise aimed at what the customer did wrong mocks them; "Great choice." praises.
_MOCK_PRAISE = re.compile(
    r"\b(great|brilliant|smart|genius|nice|good) (plan|move|idea|strategy|choice|one|job|thinking)\b,? "
    r"(deleting|ignoring|forgetting|losing|missing|breaking|dropping|throwing|leaving|skipping|waiting|clicking|unplugging|wiping|erasing|overwriting|spilling|paying twice|not)\b"
)
# "Brilliant, so you've tried nothing then", "Lovely, another password you've forgotten": praise
# opening a sentence whose news is the customer's own failure mocks them.
_PRAISE_OPENING = re.compile(
    r"^(?:oh |well |wow |ah |ooh )?(?:great|brilliant|lovely|fantastic|marvellous|marvelous|wonderful|perfect|super|splendid|"
    r"excellent|amazing|terrific|charming|well done|congratulations|bravo|good job|nice one)\b[,!.]*\s+(.*)$"
)
_FAILED = re.compile(r"\byou(?: have| had| just| have just| did| went and| have gone and| have managed to| managed to| somehow)? ([a-z]+)\b(?: (nothing))?")


def _mocks_a_failure(norm: str) -> bool:
    opening = _PRAISE_OPENING.match(norm)
    if not opening:
        return False
    for match in _FAILED.finditer(opening.group(1)):
        word, after = match.groups()
        if affect.valence(word) <= -0.8 or after == "nothing" and word in ("tried", "did", "read", "checked", "done", "bothered"):
            return True
    return False


_NOT_ASKING = re.compile(
    r"^(what|how|where|why|when) (i|we|you|they|he|she|it|happened|went wrong|matters|helps)\b[^?]*\b(is|was|are)\b( \S+){2,}"
    r"|^what an? \w+|^(should|would|could|will|can|might|must) (be|have been|do|work|help|arrive|get)\b"
    # "How awful, the week before her party." and "How kind of you." exclaim; they do not ask
    r"|^how (?!(?:much|many|long|old|soon|often|far|come|about|so|do|does|did|is|are|was|were|can|could|would|will|should|may|might)\b)"
    r"[a-z']+(?: [a-z]+ly)?(?:[,!.]|$| for\b| that\b| of\b| to\b)"
    # a learner's dropped subject ("Is no problem, we put it on the account") states; it has no "?" to ask with
    r"|^is (?:no|not|very|more|less|too|so|really|quite|a bit|a little|ok|okay|fine|good|nice|safe|possible|better|cheaper|ready|done)\b"
)
_ON_IT = re.compile(r"\b(i am|we are) (on it|(looking at|working on|sorting|fixing) (it|this|that|your \w+) (right )?now)\b|\b(right|now) on it\b")
_WH_START = re.compile(r"^(and |so )?(how|what|when|where|which|who|why)\b")
_GLAD_TO_SEE = re.compile(r"\b(great|good|nice|lovely|wonderful|so good|a pleasure) to see you\b(?!.*\b(bye|goodbye|take care|next time|soon)\b)")
_SHORT_SPAN = r"(?:about |around |just |roughly )?(?:a|one|two|three|four|five|ten|\d+|a couple of|a few|just a) (?:minute|minutes|moment|moments|second|seconds|mins|min)\b"
# how long a hold lasts: "for two minutes", "give me about three minutes", "one minute on hold", "back within five minutes"
_DURATION = re.compile(r"\b(?:for|give me|back (?:with you )?(?:in|within)) " + _SHORT_SPAN + r"|\b" + _SHORT_SPAN + r" on hold\b")


def _courteous_handovers(analysis: Analysis, norms: list[str]) -> None:
    """A hold or a transfer is courteous when the reply as a whole says why and for how long, or
    to whom: "Billing handles refunds, so I'm putting you through to them now" spans two clauses."""
    whole = " ".join(norms)
    handles = re.search(r"\b(handle|handles|handled by|deal with|deals with|look after|looks after|are the team for|specialist|specialists)\b", whole)
    reason = bool(REASON.search(whole) or _NAMED_HANDOVER.search(whole) or handles)
    # "the licensing office handle permits; I'll put you through to them": who handles it is who they go to
    target = bool(TRANSFER_TARGET.search(whole) or handles or re.search(r"\b(team|department|desk|colleague|specialist|manager|supervisor|nurse|engineer|technician)\b", whole))
    timed = any(told_time(n) or _DURATION.search(n) for n in norms)
    for i, act in enumerate(analysis.acts):
        if act.name == "hold" and act.strength == 1 and (timed or reason):
            analysis.acts[i] = Act("hold", act.quote, 2, act.kind)
        elif act.name == "transfer" and act.strength == 1 and target and reason:
            analysis.acts[i] = Act("transfer", act.quote, 2, act.kind)
            if not analysis.has("commitment"):
                analysis.acts.append(Act("commitment", act.quote, 2, "handover"))


# "Sorry" said in passing, set off by punctuation inside a sentence ("two bags - sorry, which colour was it?"),
# still apologises; so does an apology verb after an auxiliary ("we really apologise", "I have to apologise").
_SORRY_ASIDE = re.compile(r"(?:[,;:-]|\.\.\.) (?:um,? |oh,? |ah,? )?sorry(?:,| -|!)? (?=[a-z])")
_AUX_APOLOGY = re.compile(r"\b(?:i|we) (?:do|must|really|truly|sincerely|genuinely|also|again|have to|would like to|want to|wanted to|need to) apologi[sz]e\b")


_WELCOME_BACK = re.compile(r"^(?:(?:oh|ah|no problem|not at all),? )?(?:you are (?:very |most |so |more than )?)?welcome\b(?! (?:to|back|in|aboard|home)\b)")
_THANKED = re.compile(r"\b(?:thanks|thank you|cheers|ta)\b")


def _courtesy(s: _Sentence, context: Context) -> None:
    """Greeting, the customer's name (or a wrong one), thanks and apology."""
    greeting = find("GREETING", s.norm)
    if greeting and greeting.group() == "welcome" and _WELCOME_BACK.match(s.norm) and (
            s.norm.startswith("you") or _THANKED.search(normalise(context.last_customer_line))):
        greeting = None  # "You're welcome." and a bare "Welcome." after "thanks" answer the thanks
    if greeting and any(a.name == "closing" for a in s.acts):
        greeting = None  # "It has been a pleasure. Thanks for coming in": a reply that has said goodbye opens nothing
    if greeting and s.index <= 1 and greeting.start() <= 30 and not find("FAREWELL", s.norm):
        # a greeting opens a reply; "thanks for calling" later, or with a goodbye, is thanks
        s.add("greeting")
        if s.index == 0:
            s.polite.setdefault("greeting", []).append(s.text)
    names = name_regex(context.names)
    if names and names.search(s.text):
        s.add("name", 2)
    elif wrong := wrong_name(s.text, context.names, context.customer_words):
        s.add("wrong_name", 2, wrong)
    if find("THANKS", s.norm):
        s.add("thanks")
        s.polite.setdefault("gratitude", []).append(s.text)
    generic = find("GENERIC_APOLOGY", s.norm)
    non_apology = find("DISMISSAL", s.norm) is not None  # "sorry you feel that way"
    walled = find("POLICY_WALL", s.norm) or find("DEFLECTION", s.norm)  # "sorry, that's policy" apologises for nothing
    owned = find("OWNED_FAULT", s.norm)
    said_sorry = find("APOLOGY", s.norm) or _SORRY_ASIDE.search(s.norm) or _AUX_APOLOGY.search(s.norm)
    if said_sorry and s.norm.strip(" ?!.") != "sorry" and not walled and not non_apology:
        s.add("apology", 2 if (s.specific or owned) and not generic else 1)  # "sorry, I don't have a room" still apologises
        s.polite.setdefault("apology", []).append(s.text)
    elif owned and not walled:
        s.add("apology", 2, "owned")  # "that's our failure, not yours" owns it without the word sorry
        s.polite.setdefault("apology", []).append(s.text)


def _feeling(s: _Sentence, context: Context) -> None:
    """Empathy (warmth about their situation) and understanding (showing what they went through)."""
    norm = s.norm
    generic = find("GENERIC_APOLOGY", norm)
    non_apology = find("DISMISSAL", norm) is not None
    entity_hits = _entity_hits(context.entities, norm) if s.specific else 0
    just_said = content_words(context.last_customer_line) if context.last_customer_line else context.customer_words
    shared = len(stems(content_words(norm)) & stems(just_said))
    restates = shared + entity_hits >= 2
    reaction = find("EMOTIONAL_REACTION", norm) or affect.reaction(norm) or (restates and affect.judged(norm))
    sympathy = "sorry" in norm and s.did("apology")
    aside = _SORRY_ASIDE.search(norm) is not None  # "two bags - sorry, which colour?"
    perfunctory = not reaction and (re.match(r"^(oh |ah |so |really )?sorry\b\W", norm) is not None or aside)  # "Sorry, it's sold out."
    person = PERSONAL.search(norm) is not None
    news = bool(find("BAD_NEWS", norm))
    warm = not s.deflects and not non_apology
    if warm and (reaction or sympathy and not (perfunctory or news)):
        strength = 2 if s.specific and not generic and not perfunctory else 1
        # a bare or stock "sorry" that reacts to nothing of theirs fits anyone: a formula, not a reaction
        formula = strength == 1 and (generic or find("BOILERPLATE", norm) or not reaction)
        s.add("empathy", strength, "cliche" if formula else "")
    elif warm and sympathy or generic and not s.deflects:
        # "sorry, it's sold out" apologises for news: a formula's worth of warmth, not an acknowledgement
        s.add("empathy", 1, "cliche")
    elif warm and find("PATIENCE_THANKS", norm):
        s.add("empathy", 1, "patience")  # thanking them for waiting acknowledges what the wait cost them
    elif warm and s.specific and person and not s.asking and (_PRIORITISES.search(norm) or find("REASSURANCE", norm)):
        # "Your daughter's first regatta - let's get her kayak back on the water by Saturday": what is at stake, put first
        s.add("empathy", 1, "stakes")

    if find("BLAME", norm):
        return  # "that sounds like it's been forced" is an accusation, not understanding
    if find("INTERPRETATION", norm):
        names_feeling = person and find("EMOTIONAL_REACTION", norm) is not None  # "it sounds like you're feeling overwhelmed"
        formula = bool(find("GENERIC_UNDERSTANDING", norm)) and not s.specific  # "I understand your frustration" fits anyone
        strength = 2 if s.specific or names_feeling and not formula else 1
        s.add("understanding", strength, "cliche" if strength == 1 and formula else "")
    elif (reaction or sympathy and not (perfunctory and aside)) and restates and person and not s.deflects:
        # warmth that says back their situation shows understanding too
        s.add("understanding", 2, "inferred")
    elif restates and person and not s.asking and not _INSTRUCTS.search(norm) and (said_back := _said_back(norm, just_said)):
        # "three delivery attempts and still no parcel": their situation, said back
        s.add("understanding", 2 if said_back >= 2 else 1, "restated")
    else:
        match = find("GENERIC_UNDERSTANDING", norm)
        if match and _GENERIC_UNDERSTANDING_OK.match(norm[match.end():]):
            s.add("understanding", 1)


_INSTRUCTS = re.compile(r"\byou (?:will )?(?:need|have|must|should|ought|are required|are expected|will have) to\b|\byou had better\b|^(?:please |just )?(?:bring|send|fill|go|take|call|ring|visit|click|log|read|check)\b")


_CLAUSES = re.compile(r" - |; |: ")


def _said_back(norm: str, just_said: frozenset[str]) -> int:
    """Words of the customer's situation said back in a clause that does only that (not an offer,
    a promise or news): "at 1 am with two tired kids, you need a bed - I've booked you one"."""
    best = 0
    for clause in _CLAUSES.split(norm):
        if family("OFFER").search(clause) or find("COMMITMENT", clause, inner=True) or _NEWS.search(clause) or find("DONE", clause) \
                or _news_in(clause):
            continue
        best = max(best, len(stems(content_words(clause)) & stems(just_said)))
    return best


def _news_in(clause: str) -> bool:
    """ "No, you do not need to pay it while we review the bill" answers them with news; it does not say back their trouble."""
    good = find("GOOD_NEWS", clause)
    return bool(good and good.group() not in _MARKERS or find("BAD_NEWS", clause))


_PERMISSION = re.compile(
    r"^(?:(?:so|okay|ok|right),? )?(?:may|can|could|shall) (?:i|we) (?:just |quickly |also |please )?(?:put|place|pop|book|send|arrange|call|ring|transfer|offer|get|order|reserve|hold|set|add|move|swap|change|refund|upgrade|email|text|pass|connect)\b"
)
_ASKS_LEAVE = re.compile(r"\b(?:is that|would that be|are you) (?:okay|ok|alright|all right|fine)\b[?.! ]*$")  # "two minutes on hold, is that okay?"
_REQUEST = re.compile(
    r"^(?:(?:so|okay|ok|right),? )?(?:could|would|can|will) you (?:please |kindly |just )?(?:hold|send|drop|bring|confirm|try|pop|read|email|come|take|fill|upload|restart|click|log|pay|return|attach|forward|reply|sign|keep|switch|turn|unplug|plug|pick|collect)\b"
    r"|^(?:(?:so|okay|ok|right),? )?would you mind\b"
)


_PRIORITISES = re.compile(
    r"\b(?:let us (?:get|make sure|sort|fix)|(?:comes|come|goes|go) first|(?:is|are) (?:the|my|our) (?:priority|first priority|top priority)|top of (?:my|the) list"
    r"|(?:you|she|he|they) (?:need|needs|deserve|deserves) (?:a|an|the|your|her|his|their|to)|can wait|matters most)\b"
)


def _questions(s: _Sentence) -> None:
    """Questions (and requests for information), their kinds, and how far they explore the customer's situation."""
    norm = s.norm
    if s.asking and (_PERMISSION.match(norm) or _offers_to(norm) or _ASKS_LEAVE.search(norm) and _DURATION.search(norm)):  # "may I put you on hold?", "shall I book it?": an offer, asked politely
        s.add("question", 1, "permission")
        if not re.search(r"\b(put|place|pop|hold|transfer|pass|connect)\b", norm):  # a hold or a handover is no offer
            s.add("offer", 2 if s.specific or find("TIME", norm) else 1, "permission")
        return
    if s.asking and _REQUEST.match(norm):  # "could you drop the form at reception?": an instruction, softened
        # "could you confirm your postcode?" still asks who they are, and wants the answer
        s.add("question", 1, "request,identity" if QUESTION_KINDS["identity"].search(norm) else "request")
        return
    if s.asking or _INFO_REQUEST.search(norm):
        kinds = question_kinds(norm)
        s.add("question", 2 if s.specific else 1, ",".join(kinds))
        if set(kinds) & {"deadline", "priority", "feelings", "preference"} or not ("identity" in kinds or find("EXPLORATION_GENERIC", norm)):
            level = _exploration_level(norm, set(kinds), s.specific)
            if level:
                s.add("exploration", level)
        elif find("EXPLORATION_GENERIC", norm):
            s.add("exploration", 1, "generic")
    elif find("EXPLORATION_STRONG", norm) and norm.startswith(("tell me", "i would love to hear", "i would like to know")):
        s.add("exploration", 2 if s.specific else 1)


_OFFER_THEN_ASK = re.compile(r"^(?P<offer>[^?]*?\b(?:i|we) (?:can|could) [^?]*?)(?:,| -)\s*(?:which|whichever|what|whatever|does|do|would|is|will|how)\b[^,]*\?*$")
_MAY_I = re.compile(r"^(?:shall|should|can|could|may) (?:i|we) (?:just )?(?:set|put|hold|book|reserve|send|order|get|make|keep|add|arrange|pop|save|sort|fix|switch|swap|move|change|cancel|refund|upgrade|credit|replace|bring|pack|wrap|ring|call|email|text|organise|organize|schedule|pencil)\b")
_OFFERING = re.compile(
    r"^(?:(?:so|okay|ok|right|or|and),? )?(?:(?:shall|should|can|could|may) (?:i|we)|(?:do )?you want (?:me|us) to|would you like (?:me|us) to|"
    r"want (?:me|us) to|how about (?:i|we)|what if (?:i|we)|why do not (?:i|we)) (?:just |quickly |also |please |go ahead and |try and |try to )?([a-z]+)\b"
)
_FANCY = re.compile(r"^(?:(?:so|or|and),? )?(?:do you )?fancy (?:a|an|the|some|trying|going|having|swapping|switching)\b|^(?:would|do) you like (?:a|an|the|some|to try)\b")


def _offers_to(norm: str) -> bool:
    """An offer put as a question, with any verb of work: "shall I print the label?", "want me to ring the depot?"."""
    match = _OFFERING.match(norm)
    if not match or match.group(1) in NOT_WORK or match.group(1) in _TAKING or norm[match.end():].startswith((" your", " you for")):
        return False  # "could I take your order number?" asks them for something
    return _work_verb(match.group(1), "VB")


_ASKS = re.compile(r"\b(?:let me|i will|i am going to|i am just going to|i will just|i am gonna) (?:just |quickly |go and |pop and )?(?:ask|check with|run it by|speak to|talk to|grab) (?P<who>(?:[a-z]+ ){0,3}[a-z]+)")
_OWNERS = frozenset("manager supervisor colleague pharmacist team desk department lead boss specialist engineer technician expert chef mechanic vet nurse doctor office".split())
_SOON = re.compile(r"\b(?:two|a couple of|a few|five|ten|one|a) (?:ticks|tick|secs|seconds|minutes|mins|moments)\b|\bright back\b|\bcome back to you\b|\bstraight back\b")


def _asks_an_owner(s: _Sentence) -> bool:
    """Asking someone who knows, named or by role, and saying when you'll be back: not a stall."""
    match = _ASKS.search(s.norm)
    if not match:
        return False
    who = match.group("who").split()
    named = any(w in _OWNERS for w in who) or any(re.search(rf"\b{re.escape(w.capitalize())}\b", s.text) for w in who[:1] if len(w) > 2)
    return named and bool(told_time(s.norm) or _SOON.search(s.norm))


_PLAN_B = re.compile(r"^(?:if|unless|should|in case)\b")
_COURTESY_IF = re.compile(r"^if (?:you (?:would like|like|want|wish|prefer|need|have|could|can|are ready|are happy)|that is (?:ok|okay|alright|fine|convenient)|that suits|it helps|i am honest|i may|i can|you do not mind)\b")
_AT_YOUR_SERVICE = re.compile(r"\b(?:i|we) will be (?:happy|glad|here|around|pleased|delighted)\b")


def _main_clause(norm: str) -> str:
    """After "if ..., ": what happens then. The condition itself ("if the parts are late") is no news."""
    if not _CONDITIONAL.match(norm):
        return norm
    comma = norm.find(", ")
    main = _MAIN_START.search(norm, 3, comma if comma > 0 else len(norm))
    if main:  # typed without the comma: "if it slips past 7.50 i will refund the lot, ..."
        return norm[main.start() + 1:]
    return norm[comma + 2:] if comma > 0 else norm


_MAIN_START = re.compile(r" (?:then )?(?:i|we|you|they|he|she) (?:will|shall|can|could|would|am going to|are going to)\b")


# at the start, or where a new clause begins: "the parts come at 2 and i have it ready by 4"
_BARE = re.compile(r"(?:^|(?:,|;| -)? (?:and|so|then) |, )(?:(?:ok|okay|yes|so|right|no problem|sure|then),? )?(?:i|we) (?:also |then |now )?([a-z]{3,})\b")
# "i have it ready by 4", "we get your bike back to you friday": the work is promised through its result
_RESULT = re.compile(r" (?:it|them|this|that|these|those|everything|(?:your|the|a|an) [a-z]+(?: [a-z]+)?) (?:all )?(?:ready|done|fixed|sorted|repaired|finished|delivered|sent|back|with you|over to you|to you)\b")
_HABIT = re.compile(r"\b(?:every|always|usually|normally|often|each|sometimes|generally|within|working days|business days|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays)\b")
_SCHEDULE_VERBS = frozenset("open close start stop finish need work serve run take do ship process deliver charge accept".split())  # "we close at 6 tomorrow" is a timetable
_FUTURE = re.compile(r"\b(?:tomorrow|tonight|later|next|before|this (?:afternoon|evening|morning|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by|within|in (?:a|an|one|two|three|five|ten|\d+)|when|once|as soon as)\b")


def _bare_promise(norm: str) -> bool:
    """Learners of English often promise in the plain present ("I send it tomorrow", "we call you when it
    comes"): first person, a verb of work in its base form, a time ahead, and no word of habit. The clause
    may come after another ("the parts come at 2 and I have it ready by 4")."""
    if _HABIT.search(norm):
        return False
    return any(_bare_clause(norm, match) for match in _BARE.finditer(norm))


def _bare_clause(norm: str, match: re.Match[str]) -> bool:
    if not (_FUTURE.search(norm, match.end()) or _NOW_OR_SOON.search(norm, match.end())):
        return False
    verb = match.group(1)
    if verb in ("can", "could"):  # "I can get it to you by Friday" promises the work; "I can see you ordered it" does not
        following = re.match(r" ([a-z]{3,})\b", norm[match.end():])
        # after another clause, "..., I can send you a hub tomorrow" offers; it is judged as an offer
        verb = following.group(1) if following and match.start() == 0 else ""
    if verb in ("have", "get") and _RESULT.match(norm, match.end()):
        return True
    if verb in _TRAILING_AUX or verb in NEGATORS or verb.endswith("ly") or not verb:  # "we can not do eight" refuses; "i really do" is no verb
        return False
    return verb_lemma(verb) == verb and verb not in _SCHEDULE_VERBS and (verb in ("check", "call") or verb not in NOT_WORK and _work_verb(verb, "VB"))


_TAKING = frozenset("take grab borrow confirm verify start just need double".split())


_RECOMMEND = re.compile(r"(?:^|[,;:] | - )(?:(?:then|so|well|honestly|personally|myself|if it (?:were|was) (?:me|up to me)|if i (?:were|was) (?:you|her|him|them)"
                        r"|in your shoes|for (?:her|him|them|you|a \w+)"
                        r"|for (?:a|an|the|your|someone|somebody|anyone|people)(?: [a-z0-9'-]+){0,5}?),? )*(?:i would|i'd) (?:go for|go with|recommend|suggest|pick|choose|try)\b"
                        r"(?! (?:(?:it|them|that|this|you|her|him) )?up\b)"
                        r"|\b(?:would|will|should|might) (?:suit|fit) (?:you|her|him|them|your \w+)(?: (?:best|perfectly|well|nicely|better))?\b"
                        r"|\b(?:would|will) be (?:ideal|perfect|just right|a good fit|a great fit|the best fit|the one) for (?:you|her|him|them|your)\b")


_AGREEMENT = re.compile(r"^(?:(?:oh|ah|well|ok|okay|right),? )?(?:yes|yep|yeah|absolutely|of course|certainly|sure|definitely|no problem)\b[ ,.!]*")


_ASKS_AGENT = re.compile(r"\b(?:can|could|will|would) you\b|\b(?:can|could|may) (?:i|we) (?:get|have|book|order|change|swap|add|cancel|move|make)\b|\bplease\b")


_MARKERS = frozenset({"yes", "yep", "yeah", "absolutely", "of course", "certainly", "sure", "definitely", "no problem"})
_YES_NO_ASKED = re.compile(r"(?:^|[.!?] )(?:(?:so|and|but|ok|okay|right),? )?(?:will|can|could|would|is|are|was|were|do|does|did|have|has|should|shall|may|any)\b[^.!?]*\?")


def _bare_marker(norm: str, news: re.Match[str], context: Context) -> bool:
    """A leading "yeah" or "sure" is good news only as the answer to a yes-or-no question: before
    "none of the nines left" it is a way of starting a sentence."""
    return news.start() == 0 and news.group() in _MARKERS and find("GOOD_NEWS", norm[news.end():]) is None \
        and not _YES_NO_ASKED.search(normalise(context.last_customer_line))


def _agrees_only(s: _Sentence, context: Context, news: re.Match[str]) -> bool:
    """A leading "yes" or "sure" that agrees to act is assent, not news: "Sure, I'll book it" promises,
    and the promise is judged as one; a bare "Of course." to "can you sort the invoice?" agrees.
    A yes that goes on to say how things stand ("Yes, it cleared this morning") is good news."""
    agreement = _AGREEMENT.match(s.norm)
    if agreement is None or news.start() >= agreement.end() or find("GOOD_NEWS", s.norm[max(news.end(), agreement.end()):]):
        return False
    if any(a.quote == s.text and a.name in ("offer", "commitment", "done") for a in s.acts):
        return True
    return len(s.norm[agreement.end():].split()) <= 2 and bool(_ASKS_AGENT.search(normalise(context.last_customer_line)))


# "no doubles left, but we have a twin upstairs" / "...; however the lunchtime group is open" / "..., but we could squeeze you in Monday?":
# the same no, with an alternative put as what is available rather than as "I can offer"
_ALTERNATIVE = re.compile(
    r"(?:,|;| -)? (?:but|however|though|instead),? (?:(?:i|we) (?:have got|have|got|still have) (?:a|an|one|two|three|four|five|\d+|some|another|the same|plenty of|space|room|seats?|slots?|spaces?|places?|availability)\b"
    r"|(?:i|we) (?:could|can)\b(?! not\b| no\b| only\b)"
    r"|there (?:is|are|is still|are still) (?!no\b|nothing\b)"
    r"|(?:(?!i |we |you )[a-z0-9',]+ ){1,10}(?:is|are) (?:still )?(?:free|available|open)\b"
    r"|(?:(?!i |we |you )[a-z0-9',]+ ){1,10}(?:has|have) (?:space|room|seats|spaces|availability|slots)\b)"
)
_LIMIT = re.compile(r"\b(?:sold out|full|fully booked|booked up|taken|not|no|none|closed|gone|only)\b|[a-z]-free\b")


def _alternative_offer(norm: str) -> bool:
    alt = _ALTERNATIVE.search(norm)
    if not alt or alt.start() < 3:
        return False
    before = norm[:alt.start()]
    return bool(find("BAD_NEWS", before) or find("REFUSAL", before) or _CANNOT_DO.search(before) or _LIMIT.search(before))


# "we'll re-grout the shower and text you when it's finished": the work is awaited, not reported
_AWAITED = re.compile(r"\b(?:once|when|after|as soon as|until|till|before) (?:it|that|this|everything|they|all|the \w+|your \w+)(?: is| are| has been| have been| gets| get)? (?:all )?(?:done|sorted|fixed|finished|complete|completed|through|ready|renewed|booked|sent)\b")


def _actions(s: _Sentence, context: Context = Context()) -> None:
    """What the trainee offers, refuses, has done or will do, the news they give, and goodbyes."""
    norm, asking = s.norm, s.asking
    if not s.did("offer") and _alternative_offer(norm):
        s.add("offer", 2 if s.specific or find("TIME", norm) else 1)
    if s.did("offer"):
        pass  # asked as a question already ("shall I print the label?")
    elif asking and ((tagged := _OFFER_THEN_ASK.match(norm)) and _CAN_DO.search(tagged.group("offer")) or _MAY_I.match(norm) or _FANCY.match(norm)):
        # "fancy the oat one instead?", "would you like the same engraving?" offer while they ask
        s.add("offer", 2 if s.specific or find("TIME", norm) else 1)  # an offer put as a question is still an offer
    elif (recommends := _RECOMMEND.search(norm)) and not asking and not negated(norm, recommends.start()):
        s.add("offer", 2 if s.specific else 1)  # "I'd go for the oak one", "the 16-25 railcard would suit him best" recommend
    can_do = _CAN_DO.search(norm)
    if can_do and not negated(norm, can_do.start()) and not asking:
        s.add("offer", 2 if s.specific or find("TIME", norm) else 1)  # "I can't..., but I can move you to six"
    elif family("OFFER").search(norm):
        offered = find("OFFER", norm, inner=True)
        if offered and _REPORTS.match(offered.group()):
            pass  # "I can see Sam booked a fitter" reads the file back; it offers nothing
        elif offered:
            hedged = find("HEDGES", norm) is not None  # "there's the house blend, I guess"
            s.add("offer", 2 if (s.specific or find("TIME", norm)) and not hedged and not is_vague(norm) else 1)
        else:
            s.add("refusal")
    elif find("REFUSAL", norm) or _CANNOT_DO.search(norm) and not asking:
        s.add("refusal")
    timed = bool(find("TIME", norm))
    vague = is_vague(norm)
    handover = bool(find("TRANSFER", norm))  # a handover is judged as one: to whom and why
    asks_someone = _ASKS_SOMEONE.search(norm)
    if asks_someone and not asking:  # "I'll ask the courier to redeliver tomorrow": an escalation with an owner
        done = asks_someone.group(1) == "have"
        s.add("done" if done else "commitment", 2 if timed or done else 1, "escalation")
        if done:
            s.add("commitment", 2, "escalation")
    elif not asking and _asks_an_owner(s):
        # "let me ask Bronwen on the trade desk, two ticks": finding out from someone named, with a when, is a step taken
        s.add("commitment", 2 if told_time(norm) else 1, "escalation")
    elif (find("DONE", (finished := _AWAITED.sub(" ", norm)), inner=True) or _done_verb(finished) or find("WAIVED", norm) or _nominal_done(norm) or _learner_done(norm)) \
            and not asking and not (find("BAD_NEWS", norm) and not _BY_ME.search(norm)) and not _LOOKED_UP.search(norm):
        # work done on the spot is a kept promise: at least as good as "I will"
        s.add("done", 2)
        s.add("commitment", 2, "done")
    elif (
        (find("COMMITMENT", norm, inner=True) or _WILL_DO.search(norm) and not find("STALLING", norm))
        and not asking and not _CONDITIONAL.match(norm) and not _SENDS_AWAY.search(norm)
        and not (vague and not timed) and not handover and not _RIGHT_WITH_YOU.search(norm)
    ):  # "you'll have to contact your bank" is a job handed to them; "we'll look into it" is no promise
        s.add("commitment", 2 if timed and not vague else 1)
    elif not asking and _CONDITIONAL.match(norm) and (main := _main_clause(norm)) != norm and (
            find("COMMITMENT", main, inner=True) or _WILL_DO.search(main)) and not _SENDS_AWAY.search(main) and not _AT_YOUR_SERVICE.search(main):
        if _COURTESY_IF.match(norm):
            s.add("offer", 2 if told_time(main) or s.specific else 1)  # "if you'd like, I'll send it by special delivery tomorrow"
        elif _PLAN_B.match(norm):
            s.add("commitment", 1, "fallback")  # "if the parts are late, I'll lend you a car": a promise for when things slip
        else:
            s.add("commitment", 2 if told_time(norm) else 1)  # "when the part arrives on Tuesday, I'll call you to book the fitting"
    elif (timed or _NOW_OR_SOON.search(norm) and not handover) and not asking and _bare_promise(norm):  # "i transfer you now" is a handover
        if _HANDED.search(norm):  # "I give you the form now, here", "I put a note on it now, done": done as they watch
            s.add("done", 2)
            s.add("commitment", 2, "done")
        else:
            s.add("commitment", 2 if told_time(norm) else 1, "plain")  # "I call you tomorrow when the part come": a promise in plain present
    elif timed and not vague and not asking and (find("SCHEDULED", norm) or _scheduled_verb(norm) or _future_plan(norm)):
        s.add("commitment", 2, "scheduled")  # "if I book it now, it arrives Friday" is a plan too
    elif not asking and _ON_IT.search(norm):
        s.add("commitment", 1, "doing")  # "I'm on it" takes the job, though it says no when
    elif not asking and (doing := _doing_now(norm)):
        s.add("commitment", 2 if timed or doing == "now" else 1, "doing")  # "I'm cancelling the duplicate booking now"
    if find("TRANSFER", norm) and not asking and not s.did("done"):
        # a handover is service when it says to whom and why; "I'll transfer you" alone is not
        target, reason = TRANSFER_TARGET.search(norm), REASON.search(norm) or _NAMED_HANDOVER.search(norm)
        s.add("transfer", 2 if target and reason else 1)  # "to Omar in our pensions team" says to whom, and so why
        if target and not s.did("commitment"):
            s.add("commitment", 2 if reason else 1, "handover")
    if find("HOLD", norm) and not find("PATIENCE_THANKS", norm) and not _WH_START.match(norm):  # "how long can you hold on?" asks
        # a hold is courteous with why and how long; "now" says when it starts, not how long it lasts
        s.add("hold", 2 if told_time(norm) or REASON.search(norm) or _DURATION.search(norm) else 1)
        _not_an_offer(s, "HOLD")
    elif not asking and _checking_for_them(norm):
        s.add("hold", 2, "checking")  # "let me check the rota, two minutes", "I'm checking the stock room now": what for, and when
    elif handover:
        _not_an_offer(s, "TRANSFER")
    if find("FOLLOW_UP", norm, inner=True) and not asking:
        s.add("follow_up", 2 if (timed or bool(find("CHANNEL", norm))) and not vague else 1)
    courteous_hold = any(a.name == "hold" and a.strength >= 2 and a.quote == s.text for a in s.acts)
    good = find("GOOD_NEWS", norm)
    if good and (_agrees_only(s, context, good) or good.group().endswith("possible") and norm[good.end():].startswith(" that")
                 or _bare_marker(norm, good, context)):
        good = None  # "it is possible that it is held at customs" hedges; it brings no news
    if good and _FREE.fullmatch(good.group()) and (norm[good.start() - 1:good.start()] == "-" or any(s.did(a) for a in ("offer", "commitment", "done"))
                                                    and (not _PREDICATED.search(norm, 0, good.start()) or _ATTRIBUTIVE.match(norm, good.end()))):
        good = None  # "I'll send a free charger" is the promise itself ("the charger is free" is news); "feather-free pillows" describes them
    if (news := find("BAD_NEWS", _main_clause(norm)) or s.did("refusal")) and not asking and not find("WAIVED", norm) and not courteous_hold:
        s.add("bad_news", 1, "" if news is not True else "refusal")  # a refusal is unwelcome news too
    elif not asking and (news := good or s.did("done")):
        s.add("good_news", 1, "" if news is not True else "done")  # something already done for them is good news too
    if not any(a.quote == s.text and a.name in _SERVICE_ACTS for a in s.acts) and _verbless(norm):
        _note_form(s, context)
    if find("CLOSING", norm) and not (find("GREETING", norm) and not find("FAREWELL", norm)) and not _GLAD_TO_SEE.search(norm):
        # "Hello, thanks for calling" opens a conversation; only a farewell closes one that opened
        s.add("closing")
        s.polite.setdefault("closing", []).append(s.text)


_REPORTS = re.compile(r"(?:i|we) (?:can|could) (?:see|hear|imagine|understand)\b")
_HANDED = re.compile(r"(?:,|;| -) (?:here|here you are|here you go|there you go|there you are|done|all done|that is done)[.!]*$")
_PREDICATED = re.compile(r"\b(?:is|are|was|s|will be|would be|comes|come)(?: all| completely| totally| also| still)? $")
_ATTRIBUTIVE = re.compile(r" (?!(?:today|tonight|now|this|for|of|to|with|as|and|too|again|until|till|on|at|by|if|when|because|so|but)\b)[a-z]")  # "a month's free storage"
_FREE = re.compile(r"on the house|on us|on me|free|complimentary|at no (?:extra )?(?:cost|charge)|(?:no|free of|without) (?:extra )?(?:charge|cost|fee)")
# a learner's past: "I am refund it already", "we already send the form": a base verb of work, made past by "already"
_ALREADY_DONE = re.compile(r"\b(?:i|we) (?:am |are |have )?([a-z]{3,}) (?:[a-z]+ ){0,3}?already\b|\b(?:i|we) already ([a-z]{3,})\b")


def _learner_done(norm: str) -> bool:
    match = _ALREADY_DONE.search(norm)
    if not match:
        return False
    verb = match.group(1) or match.group(2)
    return verb_lemma(verb) == verb and verb not in _TRAILING_AUX and verb not in NOT_WORK and _work_verb(verb, "VB")


_SERVICE_ACTS = frozenset({"offer", "commitment", "done", "refusal", "bad_news", "transfer", "hold", "follow_up"})
# a clause with a verb in it: a subject pronoun, an auxiliary or a modal
_FINITE = re.compile(r"\b(?:i|we|you|he|she|they|it|is|are|was|were|be|been|am|will|would|can|could|shall|should|may|might|must|have|has|had|do|does|did|not|no|sorry|thanks|thank)\b")


def _verbless(norm: str) -> bool:
    return len(norm.split()) <= 12 and not _FINITE.search(norm)


def _note_form(s: _Sentence, context: Context) -> None:
    """Counter talk in note form, with no verb to carry the act: "Half nine Thursday for the next fitting, same tailor?"
    proposes a slot (an echo of their own words, "Twenty minutes?!", proposes nothing)."""
    norm = s.norm
    timed = told_time(norm) or bool(_SHORT_WAIT.search(norm)) or bool(re.search(r"\b(?:minutes?|mins?)\b", norm) and find("TIME", norm))
    echo = content_words(norm) <= content_words(context.last_customer_line)  # "Twenty minutes?!" says their words back
    if s.asking and timed and len(norm.split()) >= 5 and not echo:
        s.add("offer", 2, "note")


_JUST_NOW = re.compile(r"(?:right |just )?now|immediately|straight away|right away")


def only_now(time: str) -> bool:
    """ "Now", "right away": when something starts, not a time anyone can plan by."""
    return bool(_JUST_NOW.fullmatch(time.strip(" .,!;:")))


def told_time(norm: str) -> bool:
    """A time the customer can plan by: "by 4 pm", "in two minutes"; "now" says only that it starts."""
    found = find("TIME", norm)
    return bool(found) and not only_now(found.group())


def _not_an_offer(s: _Sentence, family_name: str) -> None:
    """Putting someone on hold or through to a colleague is etiquette, judged as a hold or a
    handover: "I'm going to put you on hold now" offers and promises them nothing. What the rest
    of the sentence promises ("I'll refund the fee today and then put you on hold") stands."""
    found = find(family_name, s.norm)
    rest = s.norm[:found.start()] + " " + s.norm[found.end():] if found else s.norm
    if find("COMMITMENT", rest, inner=True) or find("OFFER", rest, inner=True) or _WILL_DO.search(rest):
        return
    s.acts[:] = [a for a in s.acts if not (a.quote == s.text and (a.name == "offer" or a.name == "commitment" and a.kind in ("", "permission")))]


REASON = re.compile(
    r"\b(while|so (that )?(i|we|they|he|she) can|to (check|look|find|see|confirm|speak|ask)|because|as (i|we|they|he|she)|since (they|he|she)"
    r"|who (can|will|is|are|deal|deals|handle|handles|look|looks|sort|sorts)"
    r"|(they|she|he) (can|could|will be able to|are able to|is able to|handle|handles|deal with|deals with|look after|looks after|sort|sorts|"
    r"are the ones|is the one|have access|has access|specialise|specialize|will sort|will fix|will be able)"
    r"|so (that )?you (do not|will not|would not) (have|need) to (repeat|explain|go through)|(i|we) (have )?(told|briefed|filled|updated|given) (them|her|him)"
    r"|(they|she|he) (will )?(already )?(has|have|will have|can see) (your|all the|the) (notes|details|history|file)"
    # "the claims handler can check the photos": what the colleague or team can do is why they are the ones
    r"|(handler|team|department|manager|supervisor|specialist|colleague|engineer|nurse|pharmacist|technician|adviser|advisor|desk|officer|expert|doctor)s? "
    r"(can|will be able to|is able to|are able to|handles|deal with|deals with|looks after|look after|sorts|has access|have access))\b"
)
TRANSFER_TARGET = re.compile(
    r"\bto (my|our|the|a|an) (?!right |relevant |appropriate |correct |proper |other |next )(\w+ )?(manager|supervisor|team|department|colleague|specialist|desk|line|billing|claims|technical|tech|sales|returns|support|agent|nurse|doctor|engineer|technician|expert|adviser|advisor|pharmacist|office|unit|service|services|clinic|ward|branch|counter|helpline|lead|officer)"
    r"|\bto [a-z]+ (in|from|on|at) (the |our )?(\w+ )?(team|department|accounts|billing|claims|returns|support|sales|repairs|lettings|bookings|reception|desk|office|unit|ward|pharmacy|branch)\b"  # "to Sam in accounts"
    r"|\bto (someone|somebody|one of (our|the) \w+) (in|from|at|on) (the |our )?\w+"  # "to someone in claims"
    r"|\b(handler|specialist|colleague|engineer|nurse|pharmacist|technician|adviser|advisor|officer|expert|doctor|manager|supervisor)\b.* to (him|her|them)\b"  # named, then "to him"
    r"|\bto [a-z]+,? (who|our|my|the) "  # "to Jess, our billing specialist"
    r"|\b(to|over to|across to|through to) (billing|accounts|claims|returns|sales|support|tech support|technical support|repairs|lettings|bookings|"
    r"reception|pharmacy|maintenance|complaints|collections|payments|refunds|customer relations|the \w+ (people|folks|guys|lot|crew))\b"
)


_NAMED_HANDOVER = re.compile(r"\bto [a-z]+ (?:in|from|on) (?:the |our )(?:\w+ )?(?:team|department|desk|office|unit|ward)\b")


_AINT = re.compile(r"\bain[’']?t\b", re.I)  # read as typed: expanded, "ain't" would look like "isn't"


_ASKS_SOMEONE = re.compile(r"\b(?:i|we) (will|have|am going to|are going to) (?:just |now |also |personally )?(?:ask|asked|tell|told|get|got) (?:the|our|my|him|her|them|\w+ (?:in|from|at) (?:the|our)) (?:\w+ )?(?:\w+ )?to [a-z]+")
_BY_ME = re.compile(r"\b(?:i|we) (?:have|just|went ahead and|have just|have now) ")
_RIGHT_WITH_YOU = re.compile(r"\bbe (?:right )?with you (?:in a|shortly|soon|in just)|\bbe right with you\b")
_PASSIVE_DONE = re.compile(
    r"\b(?:it|that|this|everything|all|your (?:\w+ )?\w+|the (?:\w+ )?\w+)(?: has| have| is| are| was| were)(?: now| all| just| already| also)?(?: been)? ([a-z][a-z-]{2,}(?:ed|en|t|de|ne|un|ht))\b"
)
_OPENING_PARTICIPLE = re.compile(r"^(?:(?:yes|yep|yeah|ok|okay|right|sure),? )?(?:all |now |just )?([a-z][a-z-]{1,}(?:ed|en|t|ne|de|un|ht))\b(?:$|\s*[:.!,-]|\s(?:just now|now|for you|and|today|it|that|the|your)\b)")
_PRESENT_PLAN = re.compile(r"\b(?:he|she|they|it|the \w+|your \w+|our \w+|[a-z]+ from (?:the|our) \w+)(?: also| then| just)? ([a-z]+s)\b")
# Participles that report something that happened to the customer, not work done for them.
_BAD_EVENTS = frozenset(
    """cancelled canceled delayed declined rejected refused suspended closed blocked lost damaged charged overcharged stolen broken
    missed postponed denied frozen locked expired stuck held dropped disconnected cut""".split()
) | frozenset(  # and feelings that look like work: "Gutted, sorry" is not something done
    """gutted chuffed stunned shocked delighted pleased relieved devastated stressed thrilled worried concerned amazed surprised
    disappointed annoyed frustrated confused puzzled floored flattered honoured honored impressed""".split()
)
_GOT_DONE = re.compile(r"\b(i|we) have (?:already |just |now )?(got|had) (?:(a|an|the|your|you|it|that|this|him|her|them) )?(?:[\w-]+ ){0,3}?(booked|arranged|scheduled|reserved|ordered|sent|set up|lined up|sorted|fixed|cancelled|refunded|put|placed|moved|changed|swapped|delivered|brought|fitted|installed|made up|cleaned)\b")
_DOING = re.compile(r"\b(?:i am|we are) (?:just |now |already |currently |also )?([a-z]{3,}ing)\b(.*)")
_HAVE_DONE = re.compile(r"\b(?:i|we) have (?:just |now |already |also |since |gone ahead and |personally )?(set|put|[a-z][a-z-]{2,}(?:ed|en|t|de|ne|un|ht))\b")
# Verbs that report talk, thought or looking rather than work done for the customer.
NOT_WORK = frozenset(
    """be have get go see hear notice say tell explain ask try check look find think feel know understand
    read mention note realise realize wonder want hope forget remember lose spend keep leave pass forward refer hand base""".split()
)


def _work_verb(word: str, form: str) -> bool:
    """A form (VBG, VBN) of a verb that does something, not one that talks, looks or waits."""
    from lemminflect import getInflection

    word = word.removeprefix("re-")  # "re-enabled" is "enabled" again
    lemma = verb_lemma(word)
    return bool(lemma) and lemma not in NOT_WORK and word in (getInflection(lemma, tag=form) or ())


# Looking something up for them, said with what is being checked: "let me check the rota", "I'm ringing the depot".
_CHECKING = re.compile(
    r"^(?:(?:ok|okay|right|sure|so),? )?(?:(?:i am|we are|i will|we will|let me|i am just going to|i am going to|going to|i will just) (?:just |quickly |now )?)?"
    r"(?:check|checking|look|looking|find|finding|ask|asking|call|calling|ring|ringing|phone|phoning|search|searching|(?:have|having|take|taking) a (?:quick )?look)"
    r" (?:up |into |at |in |with |on |through )?(?:the|your|our|their|that|this|it|a|an|if|whether|my)\b")
_NOW_OR_SOON = re.compile(r"\b(?:now|right now|as we speak|straight away|right away)\b")
# how long, said without "for" (which _DURATION needs): "let me check the rota, two minutes"
_SHORT_WAIT = re.compile(r"(?:^|[,;-] ?)(?:(?:about|around|just|only) )?(?:a|one|two|three|five|\d+|a couple of|a few) (?:minutes|minute|mins|min|seconds|secs|sec|ticks|tick)\b")


def _checking_for_them(norm: str) -> bool:
    """A brief hold put as the step being taken, with what is checked and how soon: not a stall."""
    return bool(_CHECKING.match(norm)) and bool(_NOW_OR_SOON.search(norm) or _DURATION.search(norm) or _SHORT_WAIT.search(norm))


def _doing_now(norm: str) -> str | None:
    """Work under way as they speak: "now" when said so, "yes" when under way, None otherwise."""
    match = _DOING.search(norm)
    if not match or not _work_verb(match.group(1), "VBG") or match.group(1) in ("going", "waiting", "hoping", "trying"):
        return None
    return "now" if _NOW_OR_SOON.search(match.group(2)) else "yes"


# "while your prescription is prepared", "I was told it was fixed": a passive in a time clause or a report is not work done now
_SUBORDINATE = re.compile(r"\b(?:while|whilst|when|until|till|before|after|once|if|as soon as|being told|told|said|says)\b(?:(?![,;:.]| - | but ).)*$")
_NOTICE = frozenset("print post state advertise display show write announce mention list publish".split())  # "it was printed on the invoice" says where it is written
_WHERE_WRITTEN = re.compile(r" (?:on|in|at) (?:the|your|our|its|their)\b")
_MISDONE = re.compile(r" (?:to the wrong|twice|by mistake|in error|without)\b")  # "sent to the wrong address" went wrong


def _passive_done(norm: str) -> bool:
    """ "Your account is unblocked": work done, unless it is bad news, negated, gone wrong, in a
    time clause or a report, a notice ("printed on the invoice") or a compound adjective ("short-staffed")."""
    passive = _PASSIVE_DONE.search(norm)
    if not passive:
        return False
    verb = passive.group(1)
    compound = "-" in verb and not verb.startswith("re-")
    return (verb not in _BAD_EVENTS and not compound and _work_verb(verb, "VBN") and not negated(norm, passive.start())
            and not _MISDONE.match(norm, passive.end()) and not _SUBORDINATE.search(norm, 0, passive.start())
            and not (verb_lemma(verb) in _NOTICE and _WHERE_WRITTEN.match(norm, passive.end()))
            and not _BY_SOMEONE_ELSE.match(norm, passive.end()) and verb_lemma(verb) not in _RECEIPT
            and not _BECAUSE.search(norm, passive.end()))


# "the meters are installed by an outside firm" is someone else's work; "your form has been received" a receipt;
# "it was replaced because the seal failed" explains a cause
_BY_SOMEONE_ELSE = re.compile(r"(?: [a-z]+ly)? by (?!(?:me|us|myself|ourselves|our team|my team|my colleague|one of us)\b)(?:an?|the|their|your|his|her|its|[a-z]+s)\b")
_RECEIPT = frozenset("receive note log register acknowledge record".split())
_BECAUSE = re.compile(r"^(?:(?![,;:.]| - ).){0,40}?\b(?:because|as a result of|due to)\b")


# "I've located your order", "I've pulled up the account": the record is open on the screen, nothing is done for them yet
_LOOKED_UP = re.compile(
    r"\b(?:located|found|pulled up|brought up|accessed|opened|retrieved|loaded|looked up|identified|verified|got up|called up)"
    r" (?:up )?(?:your|the|their|his|her|that|this) (?:account|order|booking|reservation|record|records|details|file|profile|case|ticket|"
    r"notes|history|information|info|claim|reference|order number|booking reference|account number|policy)(?: (?:up|here|now|on (?:my|the) (?:screen|system)))*(?= *$| *[,;:.!-]| and (?:can|i|we)\b)"
)


def _done_verb(norm: str) -> bool:
    """Work finished, in any verb of work: "I've re-enabled your badge", "your account is
    unblocked", "re-sent just now", "Updated: the address is now 12 Mill Lane", "I've got an engineer booked"."""
    if _GOT_DONE.search(norm):
        return True
    match = _HAVE_DONE.search(norm)
    if match and _work_verb(match.group(1), "VBN") and not negated(norm, match.start()):
        return True
    if _passive_done(norm):
        return True
    opening = _OPENING_PARTICIPLE.match(norm)  # "Gutted - ..." is a feeling, "Re-sent just now" is work
    return bool(opening) and opening.group(1) not in _BAD_EVENTS and affect.valence(opening.group(1)) >= 0 and _work_verb(opening.group(1), "VBN")


_NOMINAL_DONE = re.compile(
    r"^(?:(?:the|your|a|an|new|one|our) )?(?!(?:i|we|you|he|she|they|it|that|this|there|nothing|no|not|one i|what|wow|oh|so|well|ah|great|sorry|"
    r"hopefully|nearly|almost|should|will|items|customers|anything|everything|the)\b)(?:[a-z]+ ){0,2}?[a-z]+ (?:now |all |also |just )?"
    r"(booked|ordered|refunded|sent|arranged|reserved|set aside|put aside|done|sorted|fixed|logged|raised|scheduled|rebooked|issued|credited|"
    r"processed|reset|unlocked|replaced|dispatched|emailed|confirmed|approved|renewed|extended|waived|upgraded|reversed|reactivated|"
    r"repaired|topped up)(?= *$| *[,;:.!-]| (?:for|on|at|by|and|now|today|tomorrow|this|tonight|in|from|with|to you|already|just now)\b)"
    r"(?! by you| yet| to the wrong| twice| by mistake| in error| without)"
)


_AUXILIARIES = frozenset("is are was were be been being will would can could may might must should shall get gets got do does did has have had".split())


def _nominal_done(norm: str) -> bool:
    """Work reported in note form, without "I have" or "has been": "Engineer booked Thursday, 8 till 12", "Refund done".
    "Refunds are processed in 5 days" describes a procedure, not work done, so a verb before it rules it out."""
    norm = _STATUS_LEAD.sub("", norm, count=1)  # "so that's your quota raised and the case closed"
    match = _NOMINAL_DONE.match(norm)
    return bool(match) and not any(w in NEGATORS or w in _AUXILIARIES for w in norm[:match.start(1)].split())


_STATUS_LEAD = re.compile(r"^(?:(?:so|right|okay|ok|there|and|great|lovely|perfect|brilliant),? )*that is ")


_FUTURE_PLAN = re.compile(
    r"^(?:(?:the|your|our|a|an) )?(?:[a-z]+ )?([a-z]+) (?:will|is going to|are going to) (?:also |then |just |personally )?(?:be )?([a-z]+)\b"
)
_PEOPLE = frozenset("driver engineer technician courier nurse doctor gp pharmacist manager supervisor colleague specialist chef fitter plumber electrician installer surveyor inspector porter vet dentist he she they".split())
_ON_THE_WAY = frozenset("with there round over back ready delivered sent posted fixed repaired done booked open available".split())


def _future_plan(norm: str) -> bool:
    """A named person's part of the plan, with a time: "Sandra will text you the link on Thursday", "the driver
    will call 30 minutes before". "Your case will be reviewed within 10 days" is a procedure, and is left out."""
    match = _FUTURE_PLAN.match(norm)
    if not match or any(w in NEGATORS for w in norm[:match.end()].split()):
        return False
    who, word = match.groups()
    if who not in _PEOPLE and (match.start(1) > 0 or _english(who)):
        return False  # a person named at the start ("sandra will..."), or someone in a role
    if re.search(r"\bif\b|\bunless\b", norm) or word in _AGAINST_THEM:
        return False  # "they will close the account if...", "they will charge a fee" is no service to them
    if norm[match.start(2) - 3:match.start(2)] == "be ":
        return word in _ON_THE_WAY  # "he will be with you", not "he will be off until Tuesday"
    return word in _ON_THE_WAY or word not in NOT_WORK and _work_verb(word, "VB")


_AGAINST_THEM = frozenset("charge close cancel decline suspend terminate refuse stop cut bill fine chase disconnect remove block".split())


def _english(word: str) -> bool:
    from trainer.spelling import known

    return known(word)


def _scheduled_verb(norm: str) -> bool:
    """A plan in the present tense with any verb of work: "the driver texts you at 8", "the pool reopens Monday"."""
    for match in _PRESENT_PLAN.finditer(norm):
        verb = match.group(1)
        if verb in ("is", "has", "does", "says", "means", "needs", "seems", "looks") or verb in _NOT_VERBS or not _work_verb(verb, "VBZ"):
            continue
        if _NEXT_IS_VERB.match(norm, match.end()) or _HOW_IT.search(norm, 0, match.start(1)):
            continue  # "the payments are yours" has its verb next; "that is how it works" describes
        if verb_lemma(verb) in _TIMETABLE_VERBS and not _FOR_THEM.match(norm, match.end()):
            continue  # "the pool closes at eight" is a timetable; "the driver delivers your sofa at ten" is a plan
        return True
    return False


_FOR_THEM = re.compile(r" (?:you|your|it to you|them to you)\b")
_NOT_VERBS = frozenset("this his its yours ours theirs hers thus plus less unless always perhaps besides across as us yes".split())
_NEXT_IS_VERB = re.compile(r" (?:are|were|is|was|will|would|can|could|have|had|should|must|do|did)\b")
_HOW_IT = re.compile(r"\b(?:how|what|why|where) [a-z]+ $")
_TIMETABLE_VERBS = frozenset("open close start stop finish serve".split())


# "Definitely - the ferry always waits, you'll make it": certainty put as a yes or a tag, about an
# outcome nobody at the desk controls (the agent's own "I will" is a promise, judged as one)
_CERTAIN = re.compile(r"^(?:(?:oh|yes|yeah|yep|well|ah),? )*(?:definitely|absolutely|certainly|100 percent|without a doubt|no doubt)\b"
                      r"|\bno (?:question|doubt|worries on that score)(?: about it)?\W*$|\b(?:absolutely|totally|completely|definitely) (?:fine|sure|certain)\b")
_OUTCOME = re.compile(r"\byou (?:will|are going to) (?:be|get|make|have|arrive|find)\b|\bthere (?:is|are) always\b|\b(?:it|they|he|she) (?:will|is going to|are going to) (?:be|get|make|arrive)\b")
_MINE = re.compile(r"\b(?:i|we) (?:will|shall|can|am going to|are going to|have)\b")


def _hostility(s: _Sentence) -> None:
    """Blame, deflection, dismissal, policy walls, rudeness, asking for secrets, stalling, slang, upselling."""
    norm = s.norm
    blame = find("BLAME", norm)
    if blame and (_CONSEQUENCE.match(blame.group(0)) or _PASSIVE_RECORD.match(blame.group(0))) and not _SECOND_PERSON.search(norm):
        blame = None  # "so the distributor was late", "it was marked as fixed": nobody here is at fault
    if blame and s.asking and _EITHER_OR.search(norm):
        blame = None  # "was it stolen or did you lose it?" asks; it does not accuse
    if not blame and not s.asking:
        blame = _YOUR_FAULT.search(norm) or _RESPONSIBLE.search(norm) or (
            (inferred := _INFERRED_FAULT.search(norm)) and (verb_lemma(inferred.group(1)) or inferred.group(1)) not in _NOT_FAULT
            and affect.valence(inferred.group(1)) >= 0)  # "you must have been worried" feels for them
    if blame or _COUNTERFACTUAL_BLAME.search(norm) and not re.search(r"\b(i|we) (would|could|might)( not)? have\b", norm):
        s.add("blame", 2)  # and a sentence that blames them does them no service, whatever else it says
        s.acts[:] = [a for a in s.acts if not (a.quote == s.text and a.name in ("commitment", "done", "good_news", "offer"))]
    if find("DEFLECTION", norm):
        s.add("deflection")
    dismissal = find("DISMISSAL", norm)
    if dismissal and _THINGS_SETTLE.search(norm, 0, dismissal.start()):
        dismissal = None  # "when things settle down" is about the weather, not an order to the customer
    if dismissal:
        s.add("dismissal", 2)
    if find("POLICY_WALL", norm):
        s.add("policy_wall")
    if find("RUDENESS", norm):
        s.add("rudeness", 2)
    elif _EYE_ROLL.search(s.text):
        s.add("rudeness", 1, "eye-roll")
    elif SHOUTING.search(s.text):
        s.add("rudeness", 1, "shouting")
    elif find("CONDESCENDING", norm):
        s.add("rudeness", 1, "condescending")  # "I'll explain it nice and slowly for you" promises nothing
        s.acts[:] = [a for a in s.acts if not (a.quote == s.text and a.name in ("commitment", "offer", "deference"))]
    elif _MOCK_PRAISE.search(norm) or find("SARCASM", norm) or _mocks_a_failure(norm):
        s.add("rudeness", 1, "sarcasm")
        # the kind words of a sarcastic line promise nothing
        s.acts[:] = [a for a in s.acts if not (a.quote == s.text and a.name in ("commitment", "offer", "good_news", "done", "deference", "empathy", "understanding"))]
    if find("SECRETS", norm) and (SECRET_REQUEST.search(norm) or s.asking) and not SECRET_SAFE.search(norm) and not _SENDING_THEM.search(norm):
        s.add("secrets", 2)  # and asking for one delivers no service
        s.acts[:] = [a for a in s.acts if not (a.quote == s.text and a.name in ("commitment", "offer", "done", "exploration", "understanding", "empathy"))]
    if (find("OVERPROMISE", norm) or _CERTAIN.search(norm) and _OUTCOME.search(norm) and not _MINE.search(norm)) \
            and not s.asking and not _HEDGED.search(norm):  # sure of what is not theirs to promise; "it shouldn't" hedges
        s.add("overpromise")
    stall = find("STALLING", norm)
    if stall and norm.startswith(" you", stall.end()):
        stall = None  # "we'll see you at 9:40" is an appointment, not wait-and-see
    if stall and not find("PATIENCE_THANKS", norm) and not _WH_START.match(norm) and not _ON_IT.search(norm) \
            and not any(a.kind in ("escalation", "checking") and a.quote == s.text for a in s.acts):  # "thanks for holding on" thanks; it does not stall
        s.add("stalling")
    if _NONCOMMITTAL.search(norm) and not s.asking and not find("TIME", norm):
        # "we'll be in touch in due course", "we'll just have to wait and see": a promise to wait is a stall
        s.acts[:] = [a for a in s.acts if not (a.quote == s.text and a.name in ("commitment", "follow_up"))]
        if not s.did("stalling"):
            s.add("stalling")
    if find("SLANG", normalise_plain(s.text)) or _AINT.search(s.text):  # slang is in the words as typed, before expansion
        s.add("slang")
    elif chat_speak(s.text):
        s.add("slang", 1, "chat-speak")
    upsell = find("UPSELL", norm)
    if upsell and (s.asking or "would you like" in norm or upsell.start() == 0 or _IMPERATIVE_START.search(norm)):
        s.add("upsell")  # "sign up for our store card today" pushes as hard as any question


_THINGS_SETTLE = re.compile(r"\b(?:when|once|until|till|after|as soon as|if) (?:things|it|everything|they|the \w+)(?: \w+)? $")
_NONCOMMITTAL = re.compile(
    r"\b(?:in due course|at some (?:point|stage)|sooner or later|one of these days|when(?:ever)? (?:i|we) (?:hear|know|get) (?:more|something|anything|back)"
    r"|once (?:i|we) (?:hear|know|get) (?:more|something|anything|back)|(?:have|need|got) to (?:wait and )?see|wait and see|see how (?:it|things) (?:goes|go|pan out)"
    r"|see what (?:happens|comes back|they say)|see how (?:the \w+|things|it|everything) (?:is|are|go|goes|look|looks)"
    r"|when things (?:settle|calm|improve|clear|ease|quieten|die down)|hopefully,? soon|soon,? hopefully|later(?: on)?,? hopefully"
    r"|(?:try|trying|attempt) to get back to you)\b"
    r"|\bwhen (?:we|i|they|someone) (?:can|are able)[.!]*$")  # "we'll update you when we can": no time, no step
_IMPERATIVE_START = compile_pattern("^(just )?" + P.fragment("imperative_verbs"))
_YOU_START = compile_pattern("^(so )?you (need|have|must|should|will have|will need|got|gotta|better|are supposed)")


def _politeness(sentence: str, norm: str, polite: dict[str, list[str]]) -> None:
    """Politeness strategies, polite and impolite, as request-politeness research describes them."""

    def add(key: str) -> None:
        polite.setdefault(key, []).append(sentence)

    if re.search(r"\S\s+please\b|\bplease\s*[,.!?]?$", norm) and not norm.startswith("please"):
        add("please")
    elif norm.startswith("please") and not re.search(r"\b(could|would|can|let|feel free|accept|bear|hold)\b", norm):
        add("please_start")
    if find("PATIENCE_THANKS", norm):
        add("patience_thanks")  # thanks for their patience lands better than sorry for the wait
    if find("INDIRECT_REQUEST", norm):
        add("indirect")
    elif find("MODAL_REQUEST", norm):
        add("modal")
    if find("HEDGES", norm):
        add("hedge")
    if find("DEFERENCE", norm):
        add("deference")
    if find("REASSURANCE", norm):
        add("reassurance")
    if re.search(r"\blet us\b|\bwe can\b|\bwe will\b|\btogether\b", norm):
        add("first_plural")
    if find("FACTUALITY", norm):
        add("factuality")
    if _IMPERATIVE_START.search(norm) and not norm.startswith(("let me", "let us", "take care", "see you", "have a", "take your time", "take a seat",
                                                                "make yourself", "take a look", "take as long")):
        add("imperative")
    if _YOU_START.search(norm):
        add("you_start")
    if sentence.count("!") >= 2 or sentence.count("?") >= 2:
        add("exclaim")
    question = is_question(sentence, norm)
    if question and re.match(r"^(why (?!not\b)|what (do|did|are|were|is) you\b|who (told|asked) you\b)", norm):
        add("direct_question")
    if (question or _IMPERATIVE_START.search(norm[4:] if norm.startswith("and ") else norm)) and re.match(r"^(so|and|but|then)\b", norm):
        add("direct_start")


def customer_questions(line: str) -> list[tuple[str, list[str]]]:
    """The questions in a customer's line, each with its kinds, for judging whether they were answered."""
    out = []
    for sentence in sentences(line):
        norm = normalise(sentence)
        if is_question(sentence, norm):
            out.append((sentence, question_kinds(norm)))
    return out


_LEAD_IN = re.compile(r"^(?:(?:hi|hello|hey|hiya|ok|okay|right|so|um|and|also|sorry)[\s,!.-]+)+")
_YES_OR_NO = re.compile(r"^(?:(?:hi|hello|hey|ok|okay|right|so|well)[\s,!.-]+)?(?:yes|yeah|yep|no|nope|sure|certainly|absolutely|of course|definitely|not yet|not that one|not at the moment|not right now|not really|not today|unfortunately|i am afraid|afraid not|it does|it is|it can|it will|we do|we can|we will|i can|i will|you can|you will|they do|they are|they will)\b")


_TELL_ME = re.compile(r"^(?:(?:can|could|would|will) you (?:just |please |possibly |at least )?(?:tell|let) me(?: know)?|(?:do|does) (?:you|anyone) know|any idea) (?=(?:what|where|when|why|how|who|which)\b)")
_LAST_CLAUSE_ASKS = re.compile(r"(?:,|:|;| -)\s*(?:(?:so|and|but|then|just)\s+)?(?:will|can|could|would|is|are|do|does|did|have|has|should|shall|may)\b(?:[^,:;]|(?<=\d):(?=\d))*\?\s*$")
_WHAT_TO_DO = re.compile(r"(?:^|[,:;.!] | - )(?:(?:so|and|but|then|now),? )?what (?:should|do|can|shall|must) (?:i|we) do\b")


def _opens_with_an_instruction(norm: str) -> bool:
    """A sentence that starts by telling them what to do: a verb in its base form, "do not" or "never"."""
    from lemminflect import getAllLemmas

    words = [w.strip(",.!") for w in norm.removeprefix("please ").removeprefix("just ").split()[:2]]
    if not words:
        return False
    if words == ["do", "not"] or words[0] in ("never", "always"):
        return True
    return words[0] not in STOP and words[0] in getAllLemmas(words[0]).get("VERB", ())


_EMPTY_ACTS = frozenset({"thanks", "greeting", "closing", "stalling", "deflection", "dismissal", "apology", "empathy", "transfer", "hold"})
_SAYING_ACTS = frozenset({"offer", "commitment", "done", "good_news", "bad_news", "refusal", "follow_up"})


_INFORMATION = re.compile(
    r"\d|\b(?:yes|yeah|yep|no|not|never|because|since|so that|which means|means|unless|only|every|each|first|then|after|before|until)\b"
    r"|^(?:just |simply |please )?(?:press|click|tap|hold|go|open|log|sign|pick|choose|select|bring|send|fill|turn|use|take|call|ring|visit|enter|type|try|pop|drop|switch|unplug|restart|check)\b"
    r"|\byou (?:can|could|just|need to|have to|will need to|will want to|would|should) [a-z]+"
)


_STEP = re.compile(
    r"^(?:(?:so|okay|ok|right|easy|sure),? )?(?:(?:you )?(?:just|simply|first) |you (?:can|need to|have to|just|simply) |please )?"
    r"(?:press|click|tap|hold|go|open|log|sign|pick|choose|select|bring|send|fill|turn|use|take|call|ring|visit|enter|type|try|pop|drop|switch|unplug|restart|reset|scan|upload|download|head|pay|book|text|email|reply)\b"
)


def informative(sentence: str, reply: Analysis) -> bool:
    """A sentence that tells them something (an act of substance, a number or time, a yes or no, a step to
    take, a reason), not one that only thanks, greets, sympathises, stalls or names their topic back."""
    acts = {a.name for a in reply.acts if a.quote == sentence}
    if acts & _SAYING_ACTS:
        return True
    if acts & _EMPTY_ACTS:
        return False
    norm = normalise(sentence)
    return bool(_INFORMATION.search(norm) or find("TIME", norm))


_COURTESY_ONLY = frozenset({"thanks", "greeting", "apology", "name"})


def _after_courtesy(reply: Analysis, opening: str) -> str:
    """The first sentence that is more than thanks, a greeting or an apology: "Thanks for asking. Yes, ..."
    still opens with the answer."""
    return next((normalise(x) for x in reply.sentences if {a.name for a in reply.acts if a.quote == x} - _COURTESY_ONLY
                 or not any(a.quote == x for a in reply.acts)), opening)


def answers(question: str, kinds: list[str], reply: Analysis, extra_hit: bool = False) -> bool:
    """Does the reply take up a customer's question? Judged by what kind of answer the question wants."""
    norm = normalise(reply.text)
    if "deadline" in kinds:  # "when?" wants a time, and "in a few days" or "the standard timeframe" is not one
        return (extra_hit or bool(find("TIME", norm))) and not is_vague(norm) or bool(find("YES", norm) and find("TIME", norm))
    if extra_hit:
        return True
    qnorm = _LEAD_IN.sub("", normalise(question))  # "hey, do you..." asks "do you..."
    qnorm = _TELL_ME.sub("", qnorm)  # "can you tell me what's going on?" asks what is going on, not yes or no
    # "quick one - does it...", "just wondering, can you..." ask yes or no after a lead-in
    yes_no = re.match(r"^(?:[^,:;?]{0,40}?(?:,|:|;| -)\s*)?(so )?(will|can|could|would|is|are|do|does|did|have|has|should|shall|may)\b", qnorm) \
        or _LAST_CLAUSE_ASKS.search(qnorm)  # "sorry to rush you, I'm parking, so - is the 8pm still on?"
    opening = normalise(reply.sentences[0]) if reply.sentences else norm
    asked = content_words(question)
    # the thing itself, up front or about what they asked: an unrelated "done" later in the reply answers nothing
    on_point = [a for a in reply.acts if (a.name in ("offer", "refusal", "done", "bad_news") or a.name == "commitment" and a.strength >= 2)
                and (a.quote in reply.sentences[:2] or asked & content_words(a.quote))]
    if yes_no and (_YES_OR_NO.match(opening) or _YES_OR_NO.match(_after_courtesy(reply, opening)) or on_point):  # a "yes" buried in talk about the topic is not an answer
        return True
    first_acts = {a.name for a in reply.acts if reply.sentences and a.quote == reply.sentences[0]}
    if yes_no and not first_acts & _EMPTY_ACTS and not first_acts & {"question"} and asked & content_words(opening):
        return True  # "does the room have a kettle?" - "all our rooms have a kettle and tea things" says so
    if yes_no and find("TIME", qnorm) and told_time(opening):
        return True  # "will it be back before the 20th?" - "it should reach you by the 14th" answers with the date
    if re.match(r"^(so )?(what|how|which)\b", qnorm) and (reply.has("offer") or reply.has("commitment", 2) or reply.has("exploration", 2)):
        return True  # a clarifying question about what they need takes the question up too
    # an echo of the topic is no answer: "thanks for asking about renewals" names it and says nothing
    said = " ".join(sentence for sentence in reply.sentences if informative(sentence, reply))
    overlap = asked & content_words(said)
    asks = any(a.name == "question" and a.kind not in ("request", "permission") for a in reply.acts)
    if _WHAT_TO_DO.search(qnorm) and reply.sentences and _opens_with_an_instruction(normalise(reply.sentences[0])):
        return True  # "what should I do?" - "open the windows and leave the house" tells them
    if re.match(r"^(so )?how (do|can|should|would|could) (i|we)\b", qnorm) and (
            any(a.name == "question" and a.kind == "request" for a in reply.acts) or any(_STEP.match(normalise(s)) for s in reply.sentences[:2])):
        return True  # "how do I renew?" - "could you drop the form at reception?" or "just hold the button for ten seconds" tells them how
    return len(overlap) >= 2 or (len(overlap) == 1 and reply.word_count >= 6 and not asks)
