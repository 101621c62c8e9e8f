"""Advice drawn from the customer card is something a person would say to the customer, not the
card's shorthand read out. Every note here is invented."""

import pytest

from tests.helpers import scorecard
from trainer import catalog
from trainer.grading.echo import spoken_note


@pytest.mark.parametrize(("note", "said"), [
    ("Member since 2016; renews every January.", "I can see you've been a member since 2016"),
    ("Nine years with us.", "I can see you've been with us nine years"),
    ("Third booking this summer.", "I can see this is your third booking this summer"),
    ("Always asks for the window table.", "I can see you always ask for the window table"),
    ("Brings her spaniel to every appointment.", "I can see you bring your spaniel to every appointment"),
    ("Never missed a class in two years.", "I can see you've never missed a class in two years"),
    ("Was refunded for a cancelled lesson in May.", "I can see you were refunded for a cancelled lesson in May"),
    ("Priya Nair has rented from us since 2019 and pays by standing order.",
     "I can see you have rented from us since 2019 and pay by standing order"),
])
def test_a_card_note_is_said_to_the_customer(note, said):
    assert spoken_note(note, ("Priya Nair", "Priya")) == said


@pytest.mark.parametrize("note", [
    "Visit 2, last Monday (agent Sam): boiler pressure reset.",
    "No previous orders on record.",
    "Parents of two under five.",
    "Kit list: helmet, gloves, boots.",
])
def test_shorthand_the_rules_cannot_turn_into_speech_is_left_alone(note):
    assert spoken_note(note, ("Priya Nair", "Priya")) is None


def test_someone_elses_his_or_her_stays_theirs_when_the_note_names_the_customer():
    said = spoken_note("Priya is listed as her father's carer and usually phones on Mondays.", ("Priya Nair", "Priya"))
    assert said == "I can see you are listed as her father's carer and usually phone on Mondays"


@pytest.mark.parametrize("scenario_id", sorted(
    e.item.id for e in catalog.scenarios().entries.values() if e.item.customer.history_cues and e.item.customer.history))
def test_advice_to_mention_their_history_is_not_the_card_read_out(scenario_id):
    card, _ = scorecard(scenario_id, "Hello, thanks for getting in touch. Let me look into that for you now.")
    scenario = catalog.scenarios().get(scenario_id)
    advice = next(c.suggestion for p in card.pillars.values() for c in p.criteria if c.id == "history")
    names = (scenario.customer.name, scenario.customer.name.split()[0])
    assert advice is not None
    if any(spoken_note(note, names) for note in scenario.customer.history):  # a sentence said to them, no note read out
        assert advice.say and " you" in advice.say and not any(note.rstrip(".") in str(advice) for note in scenario.customer.history), advice


def _log_card(agent_first: str):
    from trainer.grading import grade
    from trainer.transcript import Transcript, Turn

    turns = [Turn("customer", "my direct debit for the allotment rent went out twice"),
             Turn("agent", agent_first),
             Turn("customer", "ok thanks"),
             Turn("agent", "I've refunded the second £12 just now; it'll be back in 3 working days.")]
    return grade(Transcript(scenario=None, turns=turns, channel="chat"), catalog.load_rubric())


def _criterion(card, pillar, criterion):
    return next(c for c in card.pillars[pillar].criteria if c.id == criterion)


def test_in_a_helpdesk_log_the_name_the_agent_greets_them_by_is_their_name():
    named = _criterion(_log_card("Hi Moira, sorry about that. Let me look now."), "personalization", "name-use")
    unnamed = _criterion(_log_card("Hi there, sorry about that. Let me look now."), "personalization", "name-use")
    business = _criterion(_log_card("Hello Greenway Allotments, sorry about that. Let me look now."), "personalization", "name-use")
    assert named.score >= 75 and unnamed.score is None and business.score is None


@pytest.mark.parametrize("recalled", [
    "Hi, sorry about that - I can see you've been a tenant with us since 2015. Let me look now.",
    "Hi, sorry about that; you've been a member here for years and this is a first. Let me look now.",
])
def test_in_a_helpdesk_log_their_history_said_back_counts(recalled):
    assert _criterion(_log_card(recalled), "personalization", "history").score == 100


def test_the_name_worked_into_a_greeting_keeps_the_sentences_as_they_were():
    from trainer.grading import grade
    from trainer.transcript import Transcript, Turn

    turns = [Turn("customer", "Hello, this is Noor. Is the sauna open today?"), Turn("agent", "Morning! Yes, it's open until nine tonight.")]
    card = grade(Transcript(scenario=None, turns=turns, channel="phone"), catalog.load_rubric())
    advice = _criterion(card, "personalization", "name-use").suggestion
    assert advice.say == "Morning Noor! Yes, it's open until nine tonight.", advice
