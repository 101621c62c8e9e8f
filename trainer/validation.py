"""Check content files and folders, collecting every problem instead of stopping at the first."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trainer import catalog
from trainer.errors import ContentError, NotFound, Problem
from trainer.loading import read_yaml, validate


@dataclass
class Report:
    checked: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # lint: valid, but will not work as meant

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"ok": self.ok, "checked": self.checked, "problems": [p.as_dict() for p in self.problems],
                "warnings": [p.as_dict() for p in self.warnings]}


def _kind_of(path: Path) -> str:
    """A file's kind, from its folder first, then from its top-level keys."""
    parents = {p.name for p in path.resolve().parents}
    if parents & {"phrases", "phrasebook"}:
        return "interview-phrases" if path.name == "interview.yaml" and "phrasebook" in parents else "phrases"
    if "rubrics" in parents:
        return "interview-rubric" if _declares_interview(path) else "rubric"
    if "interview" in parents:
        return "question"
    try:
        data, _ = read_yaml(path)
    except ContentError:
        return "scenario"
    if data.get("kind") == "interview":
        return "interview-rubric"
    if "pillars" in data:
        return "rubric"
    if "question" in data:
        return "question"
    if "families" in data:
        return "phrases"
    return "scenario"


def _declares_interview(path: Path) -> bool:
    """The interview rubric shares ``rubrics/`` with six-pillar ones and says ``kind: interview``."""
    try:
        data, _ = read_yaml(path)
    except ContentError:
        return False
    return data.get("kind") == "interview"


def _model_for(kind: str):
    from trainer import models

    if kind == "phrases":
        from trainer.phrases import Phrasebook

        return Phrasebook
    if kind == "interview-phrases":
        from trainer.interview.phrases import InterviewPhrasebook

        return InterviewPhrasebook
    if kind == "interview-rubric":
        from trainer.interview.models import InterviewRubric

        return InterviewRubric
    if kind == "question":
        from trainer.interview.models import Question

        return Question
    return models.Rubric if kind == "rubric" else models.Scenario


def validate_file(path: Path, report: Report):
    label = catalog.label(path)
    report.checked.append(label)
    kind = _kind_of(path)
    try:
        data, lines = read_yaml(path, label)
        item = validate(_model_for(kind), data, lines, label)
    except ContentError as exc:
        report.problems.extend(exc.problems)
        return kind, None
    if kind == "scenario":
        report.warnings += _lint(item, lines, label, shipped_scenarios(), path)
    return kind, item


def _lint(item, lines, label: str, shipped: dict[str, Path], path: Path) -> list[Problem]:
    """Lint warnings for one scenario; none while the user's phrase files are broken (those are reported as problems)."""
    from trainer.authoring.lint import lint_scenario

    try:
        return lint_scenario(item, lines, label, shipped, path)
    except ContentError:
        return []


def shipped_scenarios() -> dict[str, Path]:
    """The shipped scenario ids and their files, so a user's copy can be told it overrides one."""
    out: dict[str, Path] = {}
    for path in sorted(catalog.shipped_dir("scenarios").glob("*.yaml")):
        try:
            data, _ = read_yaml(path)
        except ContentError:
            continue
        if isinstance(data.get("id"), str):
            out.setdefault(data["id"], path)
    return out


def validate_paths(paths: list[Path]) -> Report:
    """Validate the named files and folders, or every scenario and rubric found."""
    report = Report()
    if not paths:
        for kind, subdir, model in _default_kinds():
            cat = catalog.discover(model, kind, subdir=subdir)
            report.checked += [catalog.label(p) for p in cat.files]
            report.problems += cat.problems
            if kind == "scenarios" and not subdir and model.__name__ == "Scenario":
                _lint_catalog(cat, report)
        from trainer import phrases
        from trainer.interview import phrases as interview_phrases

        for path in [phrases.SHIPPED, interview_phrases.SHIPPED, *phrases.user_files()]:
            validate_file(path, report)
        report.problems.sort()
        report.warnings.sort()
        return report
    for path in paths:
        if path.is_dir():
            files = sorted(path.rglob("*.yaml")) + sorted(path.rglob("*.yml"))
            seen: dict[tuple, Path] = {}
            for file in files:
                kind, item = validate_file(file, report)
                key = (kind, file.parent, getattr(item, "id", None))
                if item is None or key[2] is None:
                    continue
                if key in seen:  # the same id twice in one folder: which one would play?
                    report.problems.append(
                        Problem(catalog.label(file), 1, "id", f"id {key[2]!r} is also defined in {catalog.label(seen[key])}")
                    )
                seen.setdefault(key, file)
        elif path.exists():
            validate_file(path, report)
        else:
            raise NotFound(f"no such file or folder: {path}")
    report.problems.sort()
    report.warnings.sort()
    return report


def _lint_catalog(cat, report: Report) -> None:
    shipped = shipped_scenarios()
    for entry in cat.entries.values():
        label = catalog.label(entry.path)
        _, lines = read_yaml(entry.path, label)
        report.warnings += _lint(entry.item, lines, label, shipped, entry.path)


def _default_kinds():
    from trainer.models import Rubric, Scenario

    kinds = [("scenarios", "", Scenario), ("rubrics", "", Rubric)]
    try:
        from trainer.interview.models import InterviewRubric, Question
    except ImportError:  # interview rehearsal not installed yet
        return kinds
    return kinds + [("rubrics", "", InterviewRubric), ("scenarios", "interview", Question)]
