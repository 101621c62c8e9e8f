"""The rubric engine: detectors judge each criterion, the rubric weighs them into a scorecard."""

from __future__ import annotations

from trainer.grading.scorecard import Scorecard


def grade(transcript, rubric, scenario=None) -> Scorecard:
    from trainer.grading.engine import grade as _grade

    return _grade(transcript, rubric, scenario)


__all__ = ["grade", "Scorecard"]
