"""The interview coach: questions, an answer read sentence by sentence, criteria scored from
what the story shows, and the coaching built from the same reading.

``coach`` runs a rehearsal (grade, follow-up, session record); ``analysis`` reads an answer;
``criteria`` scores it; ``models`` and ``phrases`` hold the data they use.
"""

from trainer.interview.coach import (
    CriterionScore,
    InterviewResult,
    company_profile,
    get_question,
    grade_answer,
    grade_follow_up,
    load_rubric,
    pick_question,
    questions,
    save_session,
    session_record,
)

__all__ = [
    "CriterionScore",
    "InterviewResult",
    "company_profile",
    "get_question",
    "grade_answer",
    "grade_follow_up",
    "load_rubric",
    "pick_question",
    "questions",
    "save_session",
    "session_record",
]
