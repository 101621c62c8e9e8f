"""One row per session, one column per pillar: the history for spreadsheets and LMS imports."""

from __future__ import annotations

import csv
import io
import json

from trainer.history.records import SessionRecord


def csv_text(records: list[SessionRecord], pillars: list[str]) -> str:
    """The scores that count (a coach's override where there is one, as in the report and the pass
    mark) in the score columns; the grader's own overall beside them, and every override as JSON."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["session", "trainee", "date", "kind", "scenario_or_question", "official", "outcome", "overall", *pillars,
                     "pass_mark", "passed", "grader_overall", "flags", "hints", "overrides", "interview_criteria", "engine",
                     "rubric_hash", "transcript"])
    for r in records:
        talk = r.kind == "conversation"
        changes = [{"pillar": o.pillar, "grader": r.overall if o.pillar == "overall" else r.scores.get(o.pillar), "coach_score": o.score,
                    "coach": o.coach, "reason": o.reason, "at": o.at} for o in r.overrides]
        writer.writerow([
            r.id, r.trainee, r.at, r.kind, r.subject, "yes" if r.official else "no", r.outcome or "", r.effective("overall"),
            *[_cell(r.effective(p)) if talk else "" for p in pillars],
            _cell(r.pass_mark), "" if r.passed is None else ("yes" if r.passed else "no"), r.overall,
            " ".join(r.flags), r.hints,
            json.dumps(changes, ensure_ascii=False) if changes else "",
            "" if talk else "; ".join(f"{c}={_cell(r.effective(c))}" for c in r.scores),
            r.engine, r.rubric_hash, r.transcript or "",
        ])
    return out.getvalue()


def _cell(value) -> str:
    return "" if value is None else str(value)
