"""The domain as plain data: what trainers write (scenario, rubric) is checked strictly.

Everything here is a pydantic model with unknown keys refused, so a misspelt
field is reported with its line instead of being silently ignored.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from trainer import vocab
from trainer.patterns import check_pattern


def _valid_pattern(value: str) -> str:
    problem = check_pattern(value)
    if problem:
        raise ValueError(problem)
    return value


def _one_of(names: tuple[str, ...], what: str):
    def check(value: str) -> str:
        if value not in names:
            raise ValueError(f"unknown {what} {value!r}; expected one of: {', '.join(names)}")
        return value

    return AfterValidator(check)


Pattern = Annotated[str, AfterValidator(_valid_pattern)]
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]
PillarId = Annotated[str, _one_of(vocab.PILLARS, "pillar")]
ActName = Annotated[str, _one_of(vocab.ACTS, "act")]
QuestionKind = Annotated[str, _one_of(vocab.QUESTION_KINDS, "question kind")]
Situation = Annotated[str, _one_of(vocab.SITUATIONS, "situation")]
DetectorName = Annotated[str, _one_of(vocab.DETECTORS, "detector")]
FlagName = Annotated[str, _one_of(vocab.FLAGS, "flag detector")]
Lines = Annotated[list[str], Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _all_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _all_strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _all_strings(v)]
    return []


def _duplicates(items: list, where: tuple) -> list[tuple[tuple, str]]:
    first: dict[str, int] = {}
    out = []
    for i, item in enumerate(items):
        if item.id in first:
            out.append(((*where, i, "id"), f"duplicate id {item.id!r} (first used at item {first[item.id] + 1})"))
        first.setdefault(item.id, i)
    return out


# --- scenarios -------------------------------------------------------------


class Knowledge(Strict):
    """Something the customer knows about themselves and says when asked (a name, an age, how to reach them)."""

    id: Id
    asked_by: list[Pattern] = Field(default_factory=list, description="patterns of the questions that ask for it")
    examples: list[str] = Field(default_factory=list, description="natural questions that ask for it")
    answer: Lines


class Persona(Strict):
    """The simulated customer, as the scenario author imagines them."""

    name: str
    address_as: list[str] = Field(default_factory=list, description="names the trainee may use")
    name_known: bool = Field(True, description="false when staff cannot know the name until the customer says it (a walk-in)")
    card: str = Field(description="the one-paragraph customer card the trainee may see")
    history: list[str] = Field(default_factory=list)
    history_cues: list[Pattern] = Field(default_factory=list)
    temperament: Annotated[str, _one_of(vocab.TEMPERAMENTS, "temperament")] = "calm"
    mood: float = Field(0.0, ge=-1, le=1)
    patience: int = Field(6, ge=1, le=30)
    max_words: int | None = Field(None, ge=5, description="replies longer than this try them")
    slow_seconds: int = Field(45, ge=1, description="a reply slower than this costs patience")
    knows: list[Knowledge] = Field(default_factory=list, description="what they can tell about themselves when asked")


class Fact(Strict):
    """Something the customer knows and says only when asked the right kind of question."""

    id: Id
    text: str
    asked_by: list[QuestionKind] = Field(default_factory=list)
    cues: list[Pattern] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list, description="natural questions about this very thing")
    reveal: Lines


class PolicyItem(Strict):
    """Something the trainee is expected to know, with the ways of stating it right or wrong."""

    id: Id
    text: str
    right: list[Pattern] = Field(default_factory=list)
    wrong: list[Pattern] = Field(default_factory=list)
    forbidden: list[Pattern] = Field(default_factory=list)
    correction: list[str] = Field(default_factory=list, description="what the customer says to a wrong statement")
    say: str = Field("", description="how an agent would tell the customer this, used in coaching advice")


class Goal(Strict):
    """One thing the customer needs before they are satisfied."""

    id: Id
    text: str
    met_by: list[Pattern] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list, description="natural sentences that meet it, matched by meaning")
    ask: Lines
    acknowledge: list[str] = Field(default_factory=list)
    after: list[Pattern] = Field(default_factory=list, description="the customer presses for this only once the trainee has said one of these")


class Objection(Strict):
    """A reply that makes things worse, and how the customer reacts to it."""

    id: Id
    when: Annotated[list[Pattern], Field(min_length=1)]
    unless: list[Pattern] = Field(default_factory=list, description="no objection when the same reply also says one of these")
    mood: float = Field(-0.3, ge=-1, le=1)
    reply: Lines
    policy: str | None = None


class Extra(Strict):
    """A proactive gesture within policy that a good trainee might add."""

    id: Id
    text: str
    met_by: list[Pattern] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list, description="natural sentences that offer it, matched by meaning and used in coaching advice")
    policy: str | None = None


class Resolution(Strict):
    needs: Annotated[list[list[str]], Field(min_length=1, description="any one of these sets of goal ids resolves it")]
    min_mood: float = Field(0.0, ge=-1, le=1)
    accept: Lines


class Reaction(Strict):
    mood: float = Field(0.0, ge=-1, le=1)
    reply: list[str] = Field(default_factory=list)


_BOUND = re.compile(r"^\s*(>=|<=|>|<|==)?\s*(\d{1,3})\s*$|^\s*(\d{1,3})\s*(?:-|\.\.|to)\s*(\d{1,3})\s*$")


def _bound(value) -> str:
    """A score bound as trainers write it: ">= 70", "< 40", "== 100", "50-80", or a bare number."""
    text = str(value)
    match = _BOUND.match(text)
    if not match or any(int(n) > 100 for n in match.groups() if n and n.isdigit()):
        raise ValueError(f"expected a bound on a 0-100 score such as '>= 70', '< 40', '50-80' or 85 (got {text!r})")
    return text.strip()


Bound = Annotated[str | int, AfterValidator(_bound)]


def _difficulty(value):
    """1 (gentlest) to 5 (hardest); "easy", "medium" and "hard" read as 2, 3 and 4."""
    if isinstance(value, str) and value.strip().lower() in vocab.DIFFICULTY_WORDS:
        return vocab.DIFFICULTY_WORDS[value.strip().lower()]
    if isinstance(value, int) and not isinstance(value, bool) and value in vocab.DIFFICULTIES:
        return value
    raise ValueError(f"expected a difficulty from 1 (gentlest) to 5 (hardest), or easy, medium or hard (got {value!r})")


Difficulty = Annotated[int, BeforeValidator(_difficulty)]


def within(bound: str, value: float | None) -> bool:
    """Does a score meet a bound written as ``_bound`` accepts?"""
    if value is None:
        return False
    match = _BOUND.match(bound)
    op, number, low, high = match.groups()
    if low is not None:
        return int(low) <= value <= int(high)
    limit = int(number)
    return {">=": value >= limit, "<=": value <= limit, ">": value > limit, "<": value < limit}.get(op or "==", value == limit)


class Expectation(Strict):
    """What a scripted example must lead to: outcome, scores within bounds, flags, what came out."""

    outcome: Literal["resolved", "abandoned", "unfinished"] | None = None
    overall: Bound | None = None
    turns: Bound | None = Field(None, description="how many replies the conversation took")
    responsiveness: Bound | None = None
    empathy: Bound | None = None
    knowledge: Bound | None = None
    professionalism: Bound | None = None
    personalization: Bound | None = None
    reliability: Bound | None = None
    flags: list[str] = Field(default_factory=list, description="auto-fail flags that must be raised (rubric id or detector name)")
    no_flags: list[str] | Literal["any"] = Field(default_factory=list, description="flags that must not be raised; 'any' for none at all")
    revealed: list[str] = Field(default_factory=list, description="fact ids the customer must have told")
    not_revealed: list[str] = Field(default_factory=list)
    goals_met: list[str] = Field(default_factory=list, description="goal ids the replies must have met")


class Example(Strict):
    """A trainee script with what it should lead to: checked by ``trainer check`` like a test."""

    id: Id
    about: str = Field("", description="what this way of playing shows")
    seed: int = 0
    script: Annotated[list[str], Field(min_length=1, description="the trainee's replies, one per item; '[+12s]' says how long one took")]
    expect: Expectation


class Scenario(Strict):
    id: Id
    title: str
    channel: Annotated[str, _one_of(vocab.CHANNELS, "channel")]
    difficulty: Difficulty
    tags: list[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9 -]*$", max_length=40)]] = Field(
        default_factory=list, description="the trade and anything else to filter by: retail, healthcare, banking...")
    stresses: list[PillarId] = Field(default_factory=list)
    pass_mark: int | None = Field(None, ge=0, le=100, description="overall score an official attempt needs; overrides the rubric's")
    setting: str
    brief: str
    customer: Persona
    entities: list[Pattern] = Field(default_factory=list, description="the customer's own things: names, items, dates")
    facts: list[Fact] = Field(default_factory=list)
    policy: list[PolicyItem] = Field(default_factory=list)
    goals: Annotated[list[Goal], Field(min_length=1)]
    resolution: Resolution
    objections: list[Objection] = Field(default_factory=list)
    extras: list[Extra] = Field(default_factory=list)
    reactions: dict[ActName, Reaction] = Field(default_factory=dict)
    lines: dict[Situation, Lines] = Field(default_factory=dict)
    par_turns: int = Field(5, ge=1, le=40)
    max_turns: int = Field(16, ge=2, le=60)
    examples: list[Example] = Field(default_factory=list, description="scripted ways to play it, with what each should score (trainer check)")

    def model_post_init(self, context, /) -> None:
        """Teach the typo repair this scenario's words, so "Whitfeild" reads as the customer's name."""
        from trainer import spelling

        spelling.learn(re.findall(r"[a-z]{3,}", " ".join(_all_strings(self.model_dump(exclude={"examples"}))).lower()))

    def reference_problems(self) -> list[tuple[tuple, str]]:
        """Ids used twice or referred to but never defined, each with its location."""
        out: list[tuple[tuple, str]] = []
        for field in ("facts", "policy", "goals", "objections", "extras"):
            out += _duplicates(getattr(self, field), (field,))
        out += _duplicates(self.customer.knows, ("customer", "knows"))
        for i, goal in enumerate(self.goals):
            if not goal.met_by and not goal.examples:
                out.append((("goals", i, "met_by"), "a goal needs met_by patterns or examples (sentences that meet it)"))
        for i, extra in enumerate(self.extras):
            if not extra.met_by and not extra.examples:
                out.append((("extras", i, "met_by"), "an extra needs met_by patterns or examples (sentences that offer it)"))
        for i, item in enumerate(self.customer.knows):
            if not item.asked_by and not item.examples:
                out.append((("customer", "knows", i, "examples"), "give examples of the questions that ask for this (or asked_by patterns)"))
        goals = {g.id for g in self.goals}
        policies = {p.id for p in self.policy}
        facts = {f.id for f in self.facts}
        out += _duplicates(self.examples, ("examples",))
        for i, example in enumerate(self.examples):
            for field, known, what in (("revealed", facts, "fact"), ("not_revealed", facts, "fact"), ("goals_met", goals, "goal")):
                for j, name in enumerate(getattr(example.expect, field)):
                    if name not in known:
                        out.append((("examples", i, "expect", field, j), f"unknown {what} {name!r}; {what}s are: {', '.join(sorted(known)) or 'none'}"))
        for i, line in enumerate(self.resolution.accept):
            for goal in re.findall(r"\{when:([a-z0-9-]+)\}", line):
                if goal not in goals:
                    out.append((("resolution", "accept", i), f"{{when:{goal}}} names an unknown goal; goals are: {', '.join(sorted(goals))}"))
        for i, needs in enumerate(self.resolution.needs):
            for j, goal in enumerate(needs):
                if goal not in goals:
                    out.append((("resolution", "needs", i, j), f"unknown goal {goal!r}; goals are: {', '.join(sorted(goals))}"))
        for field in ("objections", "extras"):
            for i, item in enumerate(getattr(self, field)):
                if item.policy and item.policy not in policies:
                    out.append(((field, i, "policy"), f"unknown policy {item.policy!r}; policy ids are: {', '.join(sorted(policies)) or 'none'}"))
        return out

    @property
    def first_name(self) -> str:
        return self.customer.name.split()[0]

    def brief_card(self) -> dict:
        """What a trainee may see before starting: never the hidden facts."""
        return {
            "id": self.id,
            "title": self.title,
            "setting": self.setting,
            "channel": self.channel,
            "difficulty": self.difficulty,
            "tags": list(self.tags),
            "stresses": list(self.stresses),
            "brief": self.brief,
            "customer": {"name": self.customer.name, "card": self.customer.card, "history": list(self.customer.history)},
        }


# --- rubrics ---------------------------------------------------------------


class Levels(Strict):
    """Behavioural anchors: what no credit, partial credit and full credit look like."""

    none: str
    weak: str
    strong: str


class Criterion(Strict):
    id: Id
    name: str
    weight: float = Field(gt=0)
    detector: DetectorName
    levels: Levels
    advice: str = ""
    limits_pillar: int | None = Field(None, ge=0, le=100, description="the pillar can be at most this many points above this criterion")


class Pillar(Strict):
    id: PillarId
    name: str
    weight: float = Field(1.0, gt=0)
    criteria: Annotated[list[Criterion], Field(min_length=1)]


class AutoFail(Strict):
    id: Id
    detector: FlagName
    description: str
    cap: int = Field(40, ge=0, le=100)


class Rubric(Strict):
    id: Id
    title: str
    pillars: Annotated[list[Pillar], Field(min_length=1)]
    auto_fail: list[AutoFail] = Field(default_factory=list)
    outcome_caps: dict[Literal["resolved", "abandoned", "unfinished"], int] = Field(default_factory=dict)
    pass_mark: int | None = Field(None, ge=0, le=100, description="overall score that passes, unless the scenario sets its own")

    def reference_problems(self) -> list[tuple[tuple, str]]:
        out = _duplicates(self.pillars, ("pillars",)) + _duplicates(self.auto_fail, ("auto_fail",))
        for i, pillar in enumerate(self.pillars):
            out += _duplicates(pillar.criteria, ("pillars", i, "criteria"))
        return out

    def pillar(self, pillar_id: str) -> Pillar | None:
        return next((p for p in self.pillars if p.id == pillar_id), None)
