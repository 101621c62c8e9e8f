"""`trainer progress`: the trend, the weakest pillar with the trainee's own words, the commonest
advice, and a next scenario that fits (harder after two strong results, easier after an abandonment)."""

from __future__ import annotations

from trainer import catalog
from trainer.history.progress import progress
from trainer.history.records import Override, SessionRecord

PILLARS = [(p.id, p.name) for p in catalog.load_rubric().pillars]
LIBRARY = [e.item for e in catalog.scenarios().entries.values()]


def talk(overall, *, empathy=None, outcome="resolved", difficulty=3, subject="damaged-birthday-gift", improvements=(), day=1):
    scores = {pid: overall for pid, _ in PILLARS}
    if empathy is not None:
        scores["empathy"] = empathy
    return SessionRecord(trainee="ana", kind="conversation", subject=subject, at=f"2026-11-{day:02d}T10:00:00Z", engine="rules",
                         rubric_hash="h", overall=overall, scores=scores, outcome=outcome, difficulty=difficulty,
                         improvements=list(improvements))


def advice(quote, criterion="interpretation", pillar="empathy"):
    return {"pillar": pillar, "criterion": criterion, "text": "Shows it understood the situation: none found.", "turn": 2, "quote": quote}


def test_the_weakest_pillar_is_named_with_the_trainees_own_words():
    records = [talk(70, empathy=30, improvements=[advice("Fine, whatever you say.")], day=1),
               talk(75, empathy=40, improvements=[advice("Refund done.")], day=2)]
    found = progress(records, "ana", PILLARS, LIBRARY)
    assert found.weakest["pillar"] == "empathy" and found.weakest["average"] == 35
    assert found.weakest["example"]["quote"] == "Refund done."  # the latest example
    assert found.frequent["criterion"] == "interpretation" and found.frequent["count"] == 2


def test_the_trend_shows_improvement_as_a_positive_change():
    records = [talk(40 + 5 * i, day=i + 1) for i in range(6)]
    found = progress(records, "ana", PILLARS, LIBRARY)
    assert found.overall == [40, 45, 50, 55, 60, 65]
    assert found.change["knowledge"] > 0


def test_the_next_scenario_stresses_the_weakest_pillar():
    records = [talk(60, empathy=20, day=1), talk(62, empathy=25, day=2)]
    chosen = progress(records, "ana", PILLARS, LIBRARY).next
    scenario = next(s for s in LIBRARY if s.id == chosen.scenario)
    assert "empathy" in scenario.stresses and "weakest" in chosen.why


def test_two_strong_results_raise_the_difficulty_and_an_abandonment_lowers_it():
    strong = [talk(85, difficulty=3, day=1), talk(90, difficulty=3, day=2)]
    harder = progress(strong, "ana", PILLARS, LIBRARY).next
    abandoned = [talk(85, difficulty=3, day=1), talk(30, difficulty=3, outcome="abandoned", day=2)]
    easier = progress(abandoned, "ana", PILLARS, LIBRARY).next
    steady = progress([talk(60, difficulty=3, day=1), talk(65, difficulty=3, day=2)], "ana", PILLARS, LIBRARY).next
    assert (harder.difficulty, steady.difficulty, easier.difficulty) == (4, 3, 2)
    assert "harder" in harder.why and "easier" in easier.why


def test_a_coachs_override_counts_in_the_trend():
    record = talk(50, empathy=20, day=1)
    record.overrides.append(Override(1, "empathy", 90, "warm tone", "kim", "2026-11-02T00:00:00Z"))
    found = progress([record], "ana", PILLARS, LIBRARY)
    assert found.trend["empathy"] == [90] and found.weakest["pillar"] != "empathy"


def test_with_no_sessions_a_gentle_start_is_recommended():
    found = progress([], "ana", PILLARS, LIBRARY)
    assert found.conversations == 0 and found.weakest is None and found.next.difficulty <= 2


def test_after_two_strong_results_at_the_top_the_next_is_never_easier():
    strong = [talk(92, difficulty=4, day=1, empathy=95), talk(94, difficulty=4, day=2, empathy=95)]
    for record in strong:
        record.scores["personalization"] = 40  # a pillar few hard scenarios stress
    chosen = progress(strong, "ana", PILLARS, LIBRARY).next
    assert chosen.difficulty >= 4, chosen
