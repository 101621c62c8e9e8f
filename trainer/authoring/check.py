"""Play a scenario's examples and hold each to its expectations, like a test runner.

An example is a trainee script with what it should lead to (outcome, score bounds, flags,
facts revealed, needs met). Checking them after every edit keeps a scenario honest: a
pattern change that stops the strong way of playing from resolving fails at once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from trainer.grading import grade
from trainer.models import Example, Rubric, Scenario, within
from trainer.session import Session, parse_script, play_script
from trainer.vocab import PILLARS


@dataclass
class Failure:
    expectation: str  # "empathy", "outcome", "flags"...
    expected: str
    actual: str

    def __str__(self) -> str:
        return f"{self.expectation}: expected {self.expected}, got {self.actual}"


@dataclass
class ExampleResult:
    scenario: str
    example: str
    about: str
    failures: list[Failure] = field(default_factory=list)
    actual: dict = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not self.failures

    def as_dict(self) -> dict:
        return {"scenario": self.scenario, "example": self.example, "about": self.about, "passed": self.passed,
                "failures": [asdict(f) for f in self.failures], "actual": self.actual}


def run_example(scenario: Scenario, example: Example, rubric: Rubric) -> ExampleResult:
    """Play one example offline (nothing saved), grade it, and compare with what it expects."""
    session = Session(scenario, seed=example.seed, save=False)
    transcript = play_script(session, parse_script("\n".join(line.replace("\n", " ") for line in example.script)))
    card = grade(transcript, rubric, scenario)
    pillars = {pid: p.score for pid, p in card.pillars.items()}
    raised = sorted({name for f in card.flags for name in (f.id, _detector(rubric, f.id))})
    revealed = [fact for t in transcript.turns for fact in t.revealed]
    met = [goal for t in transcript.turns for goal in t.goals_met]
    actual = {"outcome": transcript.outcome, "turns": session.agent_turns, "overall": card.overall, **pillars,
              "flags": sorted({f.id for f in card.flags}), "revealed": revealed, "goals_met": met}
    result = ExampleResult(scenario.id, example.id, example.about, actual=actual)
    expect, fail = example.expect, result.failures.append
    if expect.outcome and transcript.outcome != expect.outcome:
        fail(Failure("outcome", expect.outcome, transcript.outcome))
    if expect.turns is not None and not within(str(expect.turns), session.agent_turns):
        fail(Failure("turns", str(expect.turns), str(session.agent_turns)))
    for goal in expect.goals_met:
        if goal not in met:
            fail(Failure("goals_met", f"{goal!r} met", f"met: {', '.join(met) or 'none'}"))
    for fact in expect.revealed:
        if fact not in revealed:
            fail(Failure("revealed", f"{fact!r} revealed", f"revealed: {', '.join(revealed) or 'none'}"))
    for fact in expect.not_revealed:
        if fact in revealed:
            fail(Failure("not_revealed", f"{fact!r} kept back", "it was revealed"))
    known = {a.id for a in rubric.auto_fail} | {a.detector for a in rubric.auto_fail}
    for name in [*expect.flags, *([] if expect.no_flags == "any" else expect.no_flags)]:
        if name not in known:
            fail(Failure("flags", f"a flag of the rubric ({', '.join(sorted(known))})", f"unknown flag {name!r}"))
    for name in expect.flags:
        if name in known and name not in raised:
            fail(Failure("flags", f"{name!r} raised", f"raised: {', '.join(actual['flags']) or 'none'}"))
    if expect.no_flags == "any" and card.flags:
        fail(Failure("no_flags", "no flag", f"raised: {', '.join(actual['flags'])}"))
    elif expect.no_flags != "any" and (present := [n for n in expect.no_flags if n in raised]):
        fail(Failure("no_flags", f"{', '.join(present)} not raised", f"raised: {', '.join(actual['flags'])}"))
    for name in ("overall", *PILLARS):
        bound = getattr(expect, name)
        if bound is not None and not within(str(bound), actual.get(name)):
            fail(Failure(name, str(bound), "not assessed" if actual.get(name) is None else str(actual[name])))
    return result


def _detector(rubric: Rubric, flag_id: str) -> str:
    return next((a.detector for a in rubric.auto_fail if a.id == flag_id), flag_id)


def check(scenarios: list[Scenario], rubric: Rubric) -> list[ExampleResult]:
    """Every example of every scenario given, in order."""
    return [run_example(scenario, example, rubric) for scenario in scenarios for example in scenario.examples]


def resolve_targets(targets: list[str], found) -> list[Scenario]:
    """Scenario ids from the catalog, or scenario files and folders named on the command line."""
    from pathlib import Path

    from trainer.catalog import label
    from trainer.errors import ContentError
    from trainer.loading import load_model

    if not targets:
        if found.problems:
            raise ContentError(found.problems)
        return [entry.item for entry in found.entries.values()]
    out: list[Scenario] = []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            files = sorted(p for p in [*path.glob("*.yaml"), *path.glob("*.yml")])
            out += [load_model(Scenario, f, label(f)) for f in files]
        elif path.suffix in (".yaml", ".yml") or path.exists():
            out.append(load_model(Scenario, path, label(path)))
        else:
            out.append(found.get(target))
    return out
