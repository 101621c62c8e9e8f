"""Call-centre script language read for what it does: asking for a reference is not an offer, opening
the record is not work done, "the standard timeframe" is no time, and the answer quoted as evidence
is the sentence that answers. Every sentence here is invented."""

import pytest

from trainer import catalog
from trainer.grading import grade
from trainer.language import analyse, answers, customer_questions
from trainer.transcript import Transcript, Turn


def _acts(text):
    return {a.name for a in analyse(text).acts}


@pytest.mark.parametrize("asking", [
    "May I please take your booking reference?",
    "Could I please have the postcode on the account?",
])
def test_asking_for_a_reference_politely_is_not_an_offer(asking):
    assert "offer" not in _acts(asking)


def test_offering_politely_with_please_is_still_an_offer():
    assert "offer" in _acts("May I please book you onto the Thursday class instead?")


@pytest.mark.parametrize("looked_up", [
    "I have located your booking.",
    "I've pulled up the account now.",
    "Right, I've brought up your reservation on my screen.",
])
def test_opening_the_record_is_not_work_done_for_them(looked_up):
    assert not {"done", "commitment"} & _acts(looked_up)


@pytest.mark.parametrize("worked", [
    "I've located your booking and moved it to Friday.",
    "I have found you a table for six at eight.",
])
def test_work_done_after_finding_the_record_still_counts(worked):
    assert "done" in _acts(worked)


@pytest.mark.parametrize(("question", "reply", "answered"), [
    ("Will the new part be here before my trip?", "The part will be sent within the standard timeframe.", False),
    ("Will the new part be here before my trip?", "Yes - it's booked on Thursday's courier, so you'll have it Friday.", True),
    ("And the refund, will it reach me before the weekend?", "Refunds are processed within our usual turnaround.", False),
])
def test_a_question_about_timing_wants_a_time(question, reply, answered):
    asked, kinds = customer_questions(question)[0]
    assert answers(asked, kinds, analyse(reply)) is answered


def test_the_evidence_for_an_answer_is_the_sentence_that_answers():
    turns = [Turn("customer", "Can I bring my dog to the dental surgery?"),
             Turn("agent", "Thanks for asking. Yes, well-behaved dogs can wait with you in reception.")]
    card = grade(Transcript(scenario=None, turns=turns, channel="phone"), catalog.load_rubric())
    answered = next(c for c in card.pillars["responsiveness"].criteria if c.id == "answers-questions")
    quotes = [e.quote for e in answered.evidence]
    assert quotes == ["Yes, well-behaved dogs can wait with you in reception."], quotes


def test_a_short_question_pointing_back_explores_as_specifically_as_what_it_points_to():
    from trainer.language import Context

    context = Context(entities=("(locker|locker 14)",))
    plain = analyse("Was that you?", context)
    pointing = analyse("Someone opened locker 14 at six this morning. Was that you?", context)
    strength = {a.name: a.strength for a in pointing.acts}
    assert strength.get("exploration") == 2 and {a.name: a.strength for a in plain.acts}.get("exploration", 0) < 2


@pytest.mark.parametrize(("channel", "said"), [("phone", "ring you back"), ("chat", "message you here"), ("email", "email you")])
def test_advice_to_say_when_they_will_hear_back_speaks_in_the_channel(channel, said):
    turns = [Turn("customer", "My locker code stopped working."), Turn("agent", "I'll reset the code for you.")]
    card = grade(Transcript(scenario=None, turns=turns, channel=channel), catalog.load_rubric())
    follow = next(c for c in card.pillars["reliability"].criteria if c.id == "follow-up")
    assert follow.suggestion is not None and said in follow.suggestion.say, follow.suggestion


@pytest.mark.parametrize(("greeting", "wrong"), [
    ("Good evening Ms Okafor, welcome back.", True),
    ("Good evening Ms Brennan, welcome back.", False),
    ("Hello Dr Okafor, your room is ready.", True),
])
def test_a_title_and_the_wrong_surname_is_the_wrong_name(greeting, wrong):
    from trainer.language import Context

    acts = {a.name for a in analyse(greeting, Context(names=("Nuala Brennan", "Nuala", "Ms Brennan"))).acts}
    assert ("wrong_name" in acts) is wrong, acts
