"""One pass over a transcript that every detector reads: each reply analysed in its context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainer.language import (
    Analysis,
    Context,
    analyse,
    bank_matches,
    customer_questions,
    find,
    find_patterns,
    may_match,
    pattern_bank,
    recent_words,
)
from trainer.models import Scenario
from trainer.text import normalise, sentences
from trainer.transcript import Transcript

_NOT_NAMES = frozenset(
    """calling sorry not just so really here monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december christmas easter the this that there someone somebody
    nobody staff everyone everybody anyone""".split()
)
_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")
_GREETED = re.compile(r"(?i:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|afternoon|evening|thanks|thank you),?\s+"
                      r"((?:(?:" + "|".join(_TITLES) + r")\.?\s+)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?=\s*[,!.?]|\s*$)")  # "Hello Oakfield Pharmacy" is who answers
_NOT_ADDRESSED = frozenset("there all team folks guys sir madam again both you for customer customers valued member guest friend friends everyone".split())
_NAME_INTRO = re.compile(
    r"(?:\b(?i:my name is|my name's|name's|this is|i am|i'm|i’m|it's|it’s|it is)\s+|^(?=[A-Z][a-z]+ here\b))"
    r"((?:(?:" + "|".join(_TITLES) + r")\.?\s+)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+)?)"
)


@dataclass
class Reply:
    """One trainee reply, with what came before it."""

    turn: int
    text: str
    seconds: float | None
    analysis: Analysis
    prompt: str  # the customer's line it answers
    prompt_questions: list[tuple[str, list[str]]]
    sentences: list[str] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    _matched: dict = field(default_factory=dict, repr=False)

    @property
    def joined(self) -> str:
        if "_joined" not in self._matched:
            self._matched["_joined"] = " ".join(self.norms)
        return self._matched["_joined"]

    def sentence_matching(self, patterns: tuple[str, ...]) -> str | None:
        """The first sentence of this reply that states one of the patterns (not negated)."""
        if patterns in self._matched:
            return self._matched[patterns]
        found = None
        if may_match(patterns, self.joined):
            found = next((s for s, n in zip(self.sentences, self.norms, strict=True) if find_patterns(patterns, n)), None)
        self._matched[patterns] = found
        return found


    def sentence_in(self, family_name: str) -> str | None:
        """The first sentence of this reply that says something in a phrase family (not negated)."""
        return next((s for s, n in zip(self.sentences, self.norms, strict=True) if find(family_name, n)), None)

    def sentence_like(self, examples: tuple[str, ...]) -> str | None:
        """The first sentence of this reply that means one of the examples (not negated)."""
        if not examples:
            return None
        from trainer.meaning import stated_example

        return next((sentence for sentence in self.sentences if stated_example(sentence, examples)), None)


@dataclass
class View:
    transcript: Transcript
    scenario: Scenario | None
    replies: list[Reply]
    customer_lines: list[str]
    names: tuple[str, ...]
    cache: dict = field(default_factory=dict, repr=False)  # results several detectors share

    def once(self, key: str, compute):
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    @property
    def outcome(self) -> str | None:
        """The session's outcome, or for a chat log, what the customer's last words show."""
        if self.transcript.source is None:
            return self.transcript.outcome
        return infer_outcome(self.transcript)

    @property
    def channel(self) -> str:
        if self.scenario:
            return self.scenario.channel
        return self.transcript.channel or "chat"


def customer_names(transcript: Transcript, scenario: Scenario | None) -> tuple[str, ...]:
    """How the customer may be addressed: from the scenario, or from their own introduction."""
    if scenario and scenario.customer.name_known:
        return tuple(dict.fromkeys([*scenario.customer.address_as, scenario.first_name]))
    for turn in transcript.turns:  # a walk-in's name, or any name in a log, is known once they say it
        if turn.speaker == "customer":
            match = _NAME_INTRO.search(turn.text)
            if match and match.group(1).split()[0].lower() not in _NOT_NAMES:
                full = match.group(1).replace(".", "")
                if full.split()[0] in _TITLES:  # "it's Dr Singh": she is Dr Singh, not "Dr"
                    return (full,)
                last = full.split()[-1]
                titled = [f"{title} {last}" for title in _TITLES] if len(full.split()) > 1 else []
                return tuple(dict.fromkeys([full, full.split()[0], *titled]))  # "Mr Adeyemi" uses the name too
    if scenario is None:  # a helpdesk log: "Hi Priya," from the agent means the name is on their screen
        for turn in transcript.turns:
            if turn.speaker == "agent" and (match := _GREETED.match(turn.text.strip())) and match.group(1).lower() not in _NOT_NAMES | _NOT_ADDRESSED:
                return (match.group(1),)
    return ()


def infer_outcome(transcript: Transcript) -> str | None:
    """'abandoned' when the customer walks off, 'resolved' when they end satisfied, else unknown."""
    last = next((t for t in reversed(transcript.turns) if t.speaker in ("customer", "agent")), None)
    customer = [t for t in transcript.turns if t.speaker == "customer"]
    if not customer or not last:
        return None
    final = normalise(customer[-1].text)
    if find("CUSTOMER_LEAVES", final):
        return "abandoned"
    if last.speaker == "customer" or len(customer) > 1:
        if find("CUSTOMER_SATISFIED", final) and not final.rstrip().endswith("?"):
            return "resolved"
    return None


def build(transcript: Transcript, scenario: Scenario | None) -> View:
    names = customer_names(transcript, scenario)
    entities = tuple(scenario.entities) if scenario else ()
    replies: list[Reply] = []
    customer_lines: list[str] = []
    last_customer = ""
    number = 0
    for turn in transcript.turns:
        if turn.speaker not in ("customer", "agent"):
            continue  # hints and notes are not turns of the conversation
        number += 1
        if turn.speaker == "customer":
            customer_lines.append(turn.text)
            last_customer = turn.text
        elif turn.speaker == "agent":
            context = Context(
                names=names,
                entities=entities,
                customer_words=recent_words(customer_lines),
                last_customer_line=last_customer,
            )
            text = turn.text[:20000]
            parts = sentences(text)
            replies.append(
                Reply(
                    turn=number,
                    text=text,
                    seconds=turn.seconds,
                    analysis=analyse(text, context),
                    prompt=last_customer,
                    prompt_questions=customer_questions(last_customer) if last_customer else [],
                    sentences=parts,
                    norms=[normalise(s) for s in parts],
                )
            )
            last_customer = ""
    if scenario is not None:
        _match_scenario_patterns(replies, scenario)
    return View(transcript, scenario, replies, customer_lines, names)


def _match_scenario_patterns(replies: list[Reply], scenario: Scenario) -> None:
    """Every pattern list of the scenario, matched against every reply in one pass per sentence,
    so detectors asking "which sentence states this goal?" find the answer waiting."""
    lists = [tuple(g.met_by) for g in scenario.goals] + [tuple(e.met_by) for e in scenario.extras]
    lists += [tuple(p) for item in scenario.policy for p in (item.right, item.wrong, item.forbidden)]
    lists.append(tuple(scenario.customer.history_cues))
    bank = pattern_bank(tuple(dict.fromkeys(patterns for patterns in lists if patterns)))
    for reply in replies:
        first: dict[int, str] = {}
        for sentence, norm in zip(reply.sentences, reply.norms, strict=True):
            for number in bank_matches(bank, norm):
                first.setdefault(number, sentence)
        for number, patterns in enumerate(bank.lists):
            reply._matched[patterns] = first.get(number)
