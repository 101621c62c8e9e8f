"""Readers that go by what a sentence does, not by stock words: a brush-off, a question about a person,
an apology said in passing, the person served named by any role, and a subject shared by two verbs."""

from __future__ import annotations

import pytest

from trainer.interview.analysis import served_by_role, with_subjects
from trainer.language import analyse


def _names(text: str) -> set[str]:
    return {a.name for a in analyse(text).acts}


@pytest.mark.parametrize("reply", [
    "That's the courier's job, not me. I only run the till.",
    "Not my problem the kiln cracked. Buy another vase or don't.",
    "Power cuts happen. Read the notice on the door.",
    "Do you want the last berth or not?",
])  # fmt: skip
def test_a_curt_brush_off_is_rude(reply):
    assert "rudeness" in _names(reply)


def test_the_same_words_with_courtesy_are_not_a_brush_off():
    assert "rudeness" not in _names("I'm sorry, the courier missed you. Would you like me to rebook it for Friday or not?")


@pytest.mark.parametrize("question", [
    "How's your grandad getting on with the new hearing aid?",
    "What's she like, more of a reader or a gardener?",
    "Is he comfortable for now?",
    "Who do you normally knit for?",
    "Are you both here for anything special this weekend?",
])  # fmt: skip
def test_a_question_about_a_person_is_personal(question):
    asked = [a for a in analyse(question).acts if a.name == "question"]
    assert asked and "personal" in asked[0].kind.split(",")


@pytest.mark.parametrize("question", ["Has he been charged twice?", "Is she waiting at the gate?", "Is it still under warranty?"])
def test_a_question_about_the_account_is_not_personal(question):
    asked = [a for a in analyse(question).acts if a.name == "question"]
    assert asked and "personal" not in asked[0].kind.split(",")


@pytest.mark.parametrize("reply", ["Two bags of gravel - um, sorry, which colour was it?", "Right, sorry, I only started this week.", "I must apologise for the wait on the line."])
def test_an_apology_said_in_passing_or_after_an_auxiliary_counts(reply):
    assert "apology" in _names(reply)


def test_a_bare_sorry_asking_to_repeat_is_no_apology():
    assert "apology" not in _names("Sorry?")


def test_the_person_served_may_be_named_by_any_role():
    assert served_by_role("the beekeeper, a teacher, told me her hive frames had arrived warped")
    assert served_by_role("a young cyclist asked whether the tyre would fit his rim")
    assert not served_by_role("my supervisor asked me to cover the late shift")
    assert not served_by_role("the boiler needed a new valve")


def test_a_subject_shared_by_two_verbs_is_said_again():
    assert with_subjects("she had waited an hour and was close to tears") == "she had waited an hour and she was close to tears"
    assert with_subjects("he was on the platform and could not find the lift") == "he was on the platform and could not find the lift"
