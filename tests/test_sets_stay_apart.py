"""Evaluation text never leaks into the engine or its tests.

A set whose sentences appear in the code has been tuned on, and stops measuring. Any run of
seven words shared between an evaluation set and ``trainer/`` or ``tests/`` fails this test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = 7


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'", ""))


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _set_texts(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.extend(_strings(json.loads(line)))
    for path in sorted(folder.rglob("*.json")):
        texts.extend(_strings(json.loads(path.read_text(encoding="utf-8"))))
    return texts


def _code_runs() -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str] = {}
    for folder in ("trainer", "tests"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".yaml", ".txt", ".md") and path.name != Path(__file__).name:
                for run in _runs(path.read_text(encoding="utf-8")):
                    found.setdefault(run, str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize("name", ["sealed", "development"])
def test_no_seven_word_run_of_an_evaluation_set_is_in_code_or_tests(name):
    folder = ROOT / "benchmarks" / name
    if not folder.exists():
        pytest.skip(f"benchmarks/{name} is not in this checkout")
    code = _code_runs()
    shared = {run for path in (ROOT / "scenarios").rglob("*.yaml") for run in _runs(path.read_text(encoding="utf-8"))}
    code = {run: where for run, where in code.items() if run not in shared}  # the scenarios' own lines are everyone's
    leaks = sorted({(code[run], " ".join(run)) for text in _set_texts(folder) for run in _runs(text) if run in code})
    assert leaks == []
