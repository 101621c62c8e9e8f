"""Readers fixed by kind of language, not by sentence: short news and short refusals, learners' past
tenses, vague promises with no time, a yes that only agrees to act, free things inside a promise,
questions about someone in the customer's life, courtesy that answers thanks, and shrugs."""

from __future__ import annotations

import pytest

from trainer.language import Context, analyse

_DERIVED = {("commitment", "done"), ("good_news", "done"), ("bad_news", "refusal"), ("empathy", "cliche")}


def _names(text: str, customer: str = "") -> set[str]:
    """The acts a reader would label: not those derived from another act for grading, nor a formula's warmth."""
    acts = analyse(text, Context(last_customer_line=customer)).acts
    return {a.name for a in acts if (a.name, a.kind) not in _DERIVED}


def _personal(text: str) -> bool:
    return any(a.name == "question" and "personal" in a.kind.split(",") for a in analyse(text).acts)


@pytest.mark.parametrize("reply", [
    "Sorry, we sold the last pair in that size on Monday.",
    "The tiles for your bathroom are still awaiting stock from the quarry.",
    "Every berth on the overnight ferry is taken until Friday.",
    "No repair date yet, the lift engineer is still on site.",
])  # fmt: skip
def test_short_bad_news_without_the_stock_words(reply):
    assert "bad_news" in _names(reply)


@pytest.mark.parametrize("reply", [
    "Your standing order went through fine, and there is nothing owed on the allotment.",
    "Nothing has been charged to the card since you reported it.",
    "Your gym fee was paid in full on the 2nd.",
    "You will not need to queue at the counter, the parcel is in the locker.",
])  # fmt: skip
def test_news_in_their_favour_without_a_yes(reply):
    assert "good_news" in _names(reply)


@pytest.mark.parametrize("reply", [
    "yep, renewed it just now, the permit comes through this week",
    "I am renew it already, the new permit is in the post.",
    "I print your boarding pass now, here.",
    "I put the spare key in the safe now, done.",
])  # fmt: skip
def test_work_done_in_note_form_or_a_learners_past(reply):
    names = _names(reply)
    assert "done" in names and "commitment" not in names


@pytest.mark.parametrize("reply", [
    "I've already had fresh towels put in the cabin for you.",
    "I have set your wake-up call for six.",
])  # fmt: skip
def test_short_participles_and_work_had_done(reply):
    assert "done" in _names(reply)


def test_a_re_prefixed_verb_still_promises():
    assert "commitment" in _names("If you send the meter photo, I will re-issue the invoice within two working days.")


def test_based_on_describes_it_is_not_work_done():
    assert "done" not in _names("The quote was based on the old square footage.")


@pytest.mark.parametrize("reply", [
    "The surveyors are on it and we'll update you when we can.",
    "The window fitter is with another job, hopefully soon, we'll let you know.",
    "Someone will try to get back to you about the boiler later on, hopefully.",
    "We'll see how the tides are and be in touch when things calm down.",
])  # fmt: skip
def test_a_promise_with_no_time_or_step_is_a_stall(reply):
    names = _names(reply)
    assert "stalling" in names and "follow_up" not in names and "commitment" not in names and "dismissal" not in names


def test_see_you_at_a_time_is_no_stall():
    assert "stalling" not in _names("We'll see you and your dog at 4:15 for the jab.")


@pytest.mark.parametrize("reply, customer", [
    ("Certainly. Please send the form back with your signature and I will file it.", "Can I pay the permit fee by card?"),
    ("Yes. I have added a month's free storage to your unit for the lock fault.", "Will I get anything back for this?"),
    ("Yeah, I hear you, that's been a miserable month with the leak. I've knocked ten pounds off the repair.", "Are you going to take something off?"),
])  # fmt: skip
def test_a_yes_that_only_agrees_to_act_is_no_news(reply, customer):
    assert "good_news" not in _names(reply, customer)


@pytest.mark.parametrize("reply", [
    "I'll pop a spare charger in the box with it, on the house.",
    "I can courier the contract to you free, as we did last time.",
    "I've booked the fitter for Monday and I'll lend you a free heater today.",
    "The groundsheet has feather-free filling, if that helps.",
])  # fmt: skip
def test_free_inside_an_offer_or_a_promise_is_not_news(reply):
    assert "good_news" not in _names(reply)


def test_free_said_as_the_news_stays_news():
    assert "good_news" in _names("The alterations are free this month.")


@pytest.mark.parametrize("question", [
    "Oh lovely, is he out there with you?",
    "Does she know about the cancellation yet?",
    "Is it family party at the weekend?",
])  # fmt: skip
def test_questions_about_someone_in_their_life_are_personal(question):
    assert _personal(question)


@pytest.mark.parametrize("reply", [
    "Want to taste the darker roast first?",
    "You want I make you a copy of the key?",
])  # fmt: skip
def test_offers_to_try_and_a_learners_you_want_i(reply):
    assert "offer" in _names(reply)


def test_reading_the_file_back_offers_nothing():
    assert "offer" not in _names("I can see Priti booked the plumber, then Joe cancelled him.")


def test_a_learners_dropped_subject_is_not_a_question():
    names = _names("Is no problem, we send it to your office like always.")
    assert "question" not in names


@pytest.mark.parametrize("reply, customer", [
    ("You're welcome, Mr Dale.", "Thanks for sorting the gate."),
    ("Welcome. Bye.", "ok cheers"),
])  # fmt: skip
def test_welcome_after_thanks_is_no_greeting(reply, customer):
    assert "greeting" not in _names(reply, customer)


def test_a_pleasure_looking_back_closes_and_opens_nothing():
    names = _names("It has been a real pleasure, Mr Dale. Thank you for coming in, and do enjoy the garden.")
    assert "closing" in names and "greeting" not in names


def test_an_unfair_burden_named_is_empathy():
    assert "empathy" in _names("You should not have had to chase us for a refund this size.") | _names(
        "You should not have had to chase us for a refund this size.").intersection({"understanding"})


@pytest.mark.parametrize("reply", [
    "So has every other tenant. The office opens at nine, that's how it works.",
    "It's a leak, they happen. Nothing I can do about it.",
])  # fmt: skip
def test_shrugging_it_off_as_everyones_is_rude(reply):
    names = _names(reply)
    assert "rudeness" in names and "commitment" not in names


def test_blame_after_well_with_a_comma():
    assert "blame" in _names("Well, if you'd kept the receipt, you could have swapped it yourself.")


def test_news_said_back_is_not_understanding():
    acts = analyse("No, you do not need to pay the deposit while we check the van.",
                   Context(last_customer_line="Do I have to pay the deposit for the van?")).acts
    assert not any(a.name == "understanding" and a.kind == "restated" for a in acts)


def test_weather_settling_down_is_no_dismissal():
    assert "dismissal" not in _names("We'll restock the stall once things settle down with the storm.")
