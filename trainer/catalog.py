"""Where content is found: the user's folders first, then ``--scenarios DIR``, then the shipped files."""

from __future__ import annotations

import os
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from trainer.errors import ContentError, NotFound, Problem, TrainerError
from trainer.loading import load_model, read_yaml, validate

M = TypeVar("M", bound=BaseModel)
PACKAGE = Path(__file__).resolve().parent


def shipped_dir(kind: str) -> Path:
    """Shipped content: inside the wheel, or at the repository root in a checkout."""
    packaged = PACKAGE / "_content" / kind
    return packaged if packaged.is_dir() else PACKAGE.parent / kind


def home() -> Path:
    """Where transcripts and history live: ``TRAINER_HOME`` or the current directory."""
    return Path(os.environ.get("TRAINER_HOME") or ".").expanduser()


def label(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass
class Entry(Generic[M]):
    id: str
    path: Path
    origin: str  # "user", "extra" or "shipped"
    item: M
    overrides: Path | None = None


@dataclass
class Catalog(Generic[M]):
    """Everything found for one kind of content, with the problems met on the way."""

    entries: dict[str, Entry[M]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    broken: dict[str, list[Problem]] = field(default_factory=dict)  # id (or file stem) -> why its file did not load

    def get(self, item_id: str) -> M:
        if item_id in self.entries:
            return self.entries[item_id].item
        if item_id in self.broken:
            raise ContentError(self.broken[item_id])
        known = ", ".join(sorted(self.entries)) or "none"
        unloaded = sorted({p.path for p in self.problems})
        note = f"; {len(unloaded)} file(s) could not be loaded ({', '.join(unloaded)}): run 'trainer validate' to see why" if unloaded else ""
        raise NotFound(f"no such id {item_id!r}; available: {known}{note}")


def folders(kind: str, extra: list[Path] | None = None, subdir: str = "") -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    seen: set[Path] = set()
    candidates = [("user", Path(kind))] + [("extra", Path(p)) for p in extra or []] + [("shipped", shipped_dir(kind))]
    for origin, folder in candidates:
        folder = folder / subdir if subdir else folder
        if origin == "extra" and not folder.is_dir():
            raise NotFound(f"--{kind} folder {str(folder)!r} does not exist")
        if folder.is_dir() and folder.resolve() not in seen:
            seen.add(folder.resolve())
            found.append(("shipped" if folder.resolve() == (shipped_dir(kind) / subdir).resolve() else origin, folder))
    return found


# Kinds that share a folder with another model (the interview rubric lives in rubrics/).
OTHER_KINDS = frozenset({"interview"})


def _declared_kind(model: type[BaseModel]) -> str | None:
    """The ``kind`` a model's files must declare (a Literal field), or None for the folder's default model."""
    field = model.model_fields.get("kind")
    args = typing.get_args(field.annotation) if field is not None else ()
    return args[0] if args else None


def discover(model: type[M], kind: str, extra: list[Path] | None = None, subdir: str = "") -> Catalog[M]:
    """Load every ``*.yaml`` in each folder; a later folder never overrides an earlier one.

    A file declaring a ``kind`` is loaded only by the model of that kind, so two kinds can share a folder.
    """
    catalog: Catalog[M] = Catalog()
    own = _declared_kind(model)
    for origin, folder in folders(kind, extra, subdir):
        in_this_folder: dict[str, Path] = {}
        for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
            name = label(path)
            try:
                data, lines = read_yaml(path, name)
            except ContentError as exc:
                if own is None:  # an unreadable file is reported once, by the folder's default model
                    catalog.files.append(path)
                    catalog.problems.extend(exc.problems)
                    catalog.broken.setdefault(path.stem, exc.problems)
                continue
            if data.get("kind") != own and (own is not None or data.get("kind") in OTHER_KINDS):
                continue
            catalog.files.append(path)
            try:
                item = validate(model, data, lines, name)
            except ContentError as exc:
                catalog.problems.extend(exc.problems)
                for key in (data.get("id"), path.stem):  # "trainer play hotel-double-booked" names the file that broke it
                    if isinstance(key, str):
                        catalog.broken.setdefault(key, exc.problems)
                continue
            item_id = item.id
            if item_id in in_this_folder:
                catalog.problems.append(Problem(name, 1, "id", f"id {item_id!r} is also defined in {label(in_this_folder[item_id])}"))
                continue
            in_this_folder[item_id] = path
            if item_id in catalog.entries:
                catalog.entries[item_id].overrides = catalog.entries[item_id].overrides or path
                continue
            catalog.entries[item_id] = Entry(item_id, path, origin, item)
    return catalog


def scenarios(extra: list[Path] | None = None):
    from trainer.models import Scenario

    return discover(Scenario, "scenarios", extra)


def rubrics(extra: list[Path] | None = None):
    from trainer.models import Rubric

    return discover(Rubric, "rubrics", extra)


def load_rubric(name_or_path: str | Path = "six-pillars"):
    """A rubric by id, or by path to a YAML file."""
    from trainer.models import Rubric

    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_model(Rubric, path, label(path))
    return rubrics().get(str(name_or_path))


def matching(entries: list[Entry], *, channel: str | None = None, difficulty: str | None = None, pillar: str | None = None,
             tag: str | None = None) -> list[Entry]:
    """Scenario entries that fit every filter given: channel, difficulty ("3" or "2-4"), a stressed pillar, a tag."""
    from trainer import vocab

    if channel and channel not in vocab.CHANNELS:
        raise TrainerError(f"unknown channel {channel!r}; expected one of: {', '.join(vocab.CHANNELS)}")
    if pillar and pillar not in vocab.PILLARS:
        raise TrainerError(f"unknown pillar {pillar!r}; expected one of: {', '.join(vocab.PILLARS)}")
    low = high = None
    if difficulty:
        parts = difficulty.replace("..", "-").split("-")
        if not all(p.strip().isdigit() for p in parts) or len(parts) > 2:
            raise TrainerError(f"difficulty {difficulty!r}: give a level from 1 to 5, or a range such as 2-4")
        low, high = int(parts[0]), int(parts[-1])
    out = []
    for entry in entries:
        item = entry.item
        if channel and item.channel != channel or pillar and pillar not in item.stresses:
            continue
        if tag and tag.lower() not in [t.lower() for t in item.tags]:
            continue
        if low is not None and not low <= item.difficulty <= high:
            continue
        out.append(entry)
    return out
