"""One row per session, one column per pillar: the history for spreadsheets and LMS imports."""

from __future__ import annotations

import csv
import io

from trainer.history.records import SessionRecord


def csv_text(records: list[SessionRecord], pillars: list[str]) -> str:
    """The grader's own scores in the pillar columns; coaches' overrides in a column of their own."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["session", "trainee", "date", "kind", "scenario_or_question", "official", "outcome", "overall", *pillars,
                     "pass_mark", "passed", "flags", "hints", "overrides", "interview_criteria", "engine", "rubric_hash", "transcript"])
    for r in records:
        talk = r.kind == "conversation"
        writer.writerow([
            r.id, r.trainee, r.at, r.kind, r.subject, "yes" if r.official else "no", r.outcome or "", r.overall,
            *[_cell(r.scores.get(p)) if talk else "" for p in pillars],
            _cell(r.pass_mark), "" if r.passed is None else ("yes" if r.passed else "no"),
            " ".join(r.flags), r.hints,
            "; ".join(f"{o.pillar}={o.score} by {o.coach}: {o.reason}" for o in r.overrides),
            "" if talk else "; ".join(f"{c}={_cell(s)}" for c, s in r.scores.items()),
            r.engine, r.rubric_hash, r.transcript or "",
        ])
    return out.getvalue()


def _cell(value) -> str:
    return "" if value is None else str(value)
