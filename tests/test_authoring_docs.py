"""The authoring reference covers every field and value an author can write, so it cannot go stale."""

from pathlib import Path

import pytest
from pydantic import BaseModel

from trainer import vocab
from trainer.loading import _unwrap
from trainer.models import Scenario

DOC = (Path(__file__).parent.parent / "docs" / "authoring.md").read_text()


def _fields(model: type[BaseModel], seen=None) -> set[str]:
    seen = seen if seen is not None else set()
    names = set()
    for name, info in model.model_fields.items():
        names.add(name)
        inner = _unwrap(info.annotation)
        if inner is not None and inner not in seen:
            seen.add(inner)
            names |= _fields(inner, seen)
    return names


@pytest.mark.parametrize("name", sorted(_fields(Scenario)))
def test_every_scenario_field_is_documented(name):
    assert f"`{name}`" in DOC or f".{name}`" in DOC or f"`{name}," in DOC or f" {name}:" in DOC


@pytest.mark.parametrize(
    "value",
    sorted({*vocab.CHANNELS, *vocab.DIFFICULTY_WORDS, *vocab.TEMPERAMENTS, *vocab.QUESTION_KINDS, *vocab.ACTS, *vocab.SITUATIONS, *vocab.PILLARS}),
)
def test_every_allowed_value_is_documented(value):
    assert f"`{value}`" in DOC


def test_the_readme_points_authors_at_the_reference():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert "docs/authoring.md" in readme
