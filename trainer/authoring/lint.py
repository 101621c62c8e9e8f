"""Lint a scenario that validates: what it says cannot work, or will play badly.

Validation says a file is well formed; lint says whether it will behave: patterns that cannot
match what they seem to say (or match anything), facts no question can reveal, needs nothing
can meet, turn limits that contradict each other, an empty policy, a shipped id overridden,
customer lines with a single wording, fields the engine does not read. Warnings by default;
``trainer validate --strict`` makes them errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from trainer.authoring.probe import probe
from trainer.errors import Problem
from trainer.loading import LineMap, _field
from trainer.models import Scenario

# Moments that come at most once in a conversation: one wording is enough.
ONCE = frozenset({"opening", "abandon", "goodbye_unresolved", "identity", "accept"})

# Line situations the engine never says, and where the author's words belong instead.
UNSAID = {
    "thanks": "the customer has no 'thanks' moment; put thanks in a goal's acknowledge lines",
    "accept": "the customer accepts with resolution.accept; move these lines there",
    "wrong_name": "a wrong name is answered by reactions.wrong_name.reply; move these lines there",
}

# Kinds of probe finding after which a pattern can be taken never to match as meant.
_BROKEN = ("regex", "empty", "own-wording")


def _patterns(scenario: Scenario) -> Iterator[tuple[tuple, str]]:
    """Every phrase pattern in a scenario, with where it sits."""
    for j, p in enumerate(scenario.entities):
        yield ("entities", j), p
    for j, p in enumerate(scenario.customer.history_cues):
        yield ("customer", "history_cues", j), p
    for i, item in enumerate(scenario.customer.knows):
        for j, p in enumerate(item.asked_by):
            yield ("customer", "knows", i, "asked_by", j), p
    for i, fact in enumerate(scenario.facts):
        for j, p in enumerate(fact.cues):
            yield ("facts", i, "cues", j), p
    for i, item in enumerate(scenario.policy):
        for field in ("right", "wrong", "forbidden"):
            for j, p in enumerate(getattr(item, field)):
                yield ("policy", i, field, j), p
    for i, goal in enumerate(scenario.goals):
        for field in ("met_by", "after"):
            for j, p in enumerate(getattr(goal, field)):
                yield ("goals", i, field, j), p
    for i, objection in enumerate(scenario.objections):
        for field in ("when", "unless"):
            for j, p in enumerate(getattr(objection, field)):
                yield ("objections", i, field, j), p
    for i, extra in enumerate(scenario.extras):
        for j, p in enumerate(extra.met_by):
            yield ("extras", i, "met_by", j), p


def lint_scenario(scenario: Scenario, lines: LineMap, label: str, shipped_ids: dict[str, Path] | None = None,
                  path: Path | None = None) -> list[Problem]:
    """Every warning for one scenario, located by file, line and field."""
    out: list[tuple[tuple, str]] = []
    broken: set[tuple] = set()  # locations of patterns that cannot match as meant
    for loc, pattern in _patterns(scenario):
        findings = probe(pattern)
        for finding in findings:
            out.append((loc, f"pattern {pattern!r}: {finding.message}"))
        if any(f.kind in _BROKEN for f in findings):
            broken.add(loc)
    out += _reachability(scenario, broken)
    out += _turn_limits(scenario)
    out += _single_wordings(scenario)
    if not scenario.policy:
        out.append((("policy",), "no policy: the trainee's facts cannot be checked, so Knowledge & Competence's accuracy is not graded; "
                                  "list what they should know, with right (and wrong) ways of saying it"))
    for i, item in enumerate(scenario.policy):
        if not item.right and not item.wrong and not item.forbidden:
            out.append((("policy", i), f"policy {item.id!r} has no right, wrong or forbidden patterns, so no reply is ever checked against it"))
    for i, objection in enumerate(scenario.objections):
        if objection.policy:
            out.append((("objections", i, "policy"), "is not used by the engine; say in the objection's reply what the policy is, or remove the field"))
    if shipped_ids and scenario.id in shipped_ids and path is not None and shipped_ids[scenario.id].resolve() != path.resolve():
        out.append((("id",), f"overrides the shipped scenario {scenario.id!r} ({shipped_ids[scenario.id].name}); choose another id to keep both"))
    return sorted(Problem(label, lines.line_for(loc), _field(loc), message) for loc, message in out)


def _reachability(scenario: Scenario, broken: set[tuple]) -> list[tuple[tuple, str]]:
    out = []
    for i, fact in enumerate(scenario.facts):
        cues = [j for j in range(len(fact.cues)) if ("facts", i, "cues", j) not in broken]
        if not fact.asked_by and not cues and not fact.examples:
            out.append((("facts", i), f"no question can reveal fact {fact.id!r}: give examples of the questions that ask for it (or asked_by kinds or cues)"))
    unmeetable = set()
    for i, goal in enumerate(scenario.goals):
        working = [j for j in range(len(goal.met_by)) if ("goals", i, "met_by", j) not in broken]
        if not working and not goal.examples:
            unmeetable.add(goal.id)
            out.append((("goals", i, "met_by"), f"nothing can meet goal {goal.id!r}: none of its patterns can match; fix them or give examples"))
    reachable = [needs for needs in scenario.resolution.needs if not set(needs) & unmeetable]
    if not reachable:
        out.append((("resolution", "needs"), "no set of needs can be met, so the conversation can never be resolved"))
    if scenario.resolution.min_mood > 0.8:
        out.append((("resolution", "min_mood"), f"min_mood {scenario.resolution.min_mood:g} is rarely reached (the mood tops out at 1); 0.0-0.5 is usual"))
    return out


def _turn_limits(scenario: Scenario) -> list[tuple[tuple, str]]:
    out = []
    if scenario.max_turns < scenario.par_turns:
        out.append((("max_turns",), f"max_turns ({scenario.max_turns}) is below par_turns ({scenario.par_turns}): the conversation is cut off before a good trainee could finish"))
    fewest = min(len(needs) for needs in scenario.resolution.needs)
    if scenario.max_turns < fewest:
        out.append((("max_turns",), f"max_turns ({scenario.max_turns}) is fewer than the {fewest} needs the quickest resolution asks for"))
    return out


def _single_wordings(scenario: Scenario) -> list[tuple[tuple, str]]:
    """The customer never says the same line twice, so a moment with one wording runs dry."""
    out = []
    for situation, variants in scenario.lines.items():
        if situation in UNSAID:
            out.append((("lines", situation), f"is never said: {UNSAID[situation]}"))
        elif len(variants) < 2 and situation not in ONCE:
            out.append((("lines", situation), f"only one wording for {situation!r}; give at least two so the customer does not repeat themselves"))
    for i, goal in enumerate(scenario.goals):
        if len(goal.ask) < 2:
            out.append((("goals", i, "ask"), f"only one way to ask for {goal.id!r}; give at least two (the customer presses more than once)"))
    if len(scenario.resolution.accept) < 2:
        out.append((("resolution", "accept"), "only one wording for accepting the resolution; give at least two"))
    return out
