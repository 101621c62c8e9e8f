"""Phrase tables are data: shipped in YAML, checked by validate, extended by content authors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from trainer import phrases

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_the_shipped_families_load_from_data():
    names = set(phrases.families())
    assert {"greeting", "apology", "blame", "bad_news", "stalling"} <= names
    assert all(isinstance(p, str) and "{" not in p for f in phrases.families().values() for p in f)  # fragments expanded


def test_an_authors_phrases_extend_a_family(tmp_path):
    code = "from trainer.language import analyse; print(sorted({a.name for a in analyse('Howdy folks, what can I do ya for?').acts}))"
    before = _run(code, tmp_path)
    (tmp_path / "phrases").mkdir()
    (tmp_path / "phrases" / "regional.yaml").write_text("families:\n  greeting:\n    - howdy (folks|there)?\n", encoding="utf-8")
    after = _run(code, tmp_path)
    assert "greeting" not in before.stdout and "greeting" in after.stdout, (before.stderr, after.stderr)


def test_validate_names_the_line_of_a_bad_family_or_pattern(tmp_path):
    (tmp_path / "phrases").mkdir()
    (tmp_path / "phrases" / "mine.yaml").write_text(
        "families:\n  greting:\n    - hiya\n  apology:\n    - (so sorry\n", encoding="utf-8"
    )
    out = subprocess.run([sys.executable, "-m", "trainer", "validate"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert "phrases/mine.yaml:2: families.greting: unknown phrase family 'greting'; did you mean 'greeting'?" in out.stdout
    assert "phrases/mine.yaml:5: families.apology[0]: unclosed '('" in out.stdout


def test_no_shipped_phrase_pattern_is_written_as_a_regular_expression():
    """A pattern like "(\\w+ )?" is read as the literal text "\\w+", so it silently never matches."""
    from trainer.authoring.probe import _REGEX_LOOK
    from trainer.interview.phrases import _REGEX_TABLES, SHIPPED, InterviewPhrasebook
    from trainer.loading import load_model

    book = load_model(InterviewPhrasebook, SHIPPED)
    written = [p for name, items in book.patterns.items() if name not in _REGEX_TABLES for p in items]
    written += [p for groups in book.grouped.values() for items in groups.values() for p in items]
    written += [p for items in phrases.families().values() for p in items]
    assert len(written) > 500 and [p for p in written if _REGEX_LOOK.search(p)] == []
