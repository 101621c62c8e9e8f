"""Single replies with no scenario: work finished on the spot, the answer put first, a no with a way
forward, a day turned vague, and counter talk in note form. Every sentence here is invented."""

from trainer import catalog
from trainer.grading import grade
from trainer.language import analyse
from trainer.transcript import Transcript, Turn


def _card(customer, reply, channel="chat", context=()):
    turns = []
    for said, answered in context:
        turns += [Turn("customer", said), Turn("agent", answered)]
    turns += [Turn("customer", customer), Turn("agent", reply)]
    return grade(Transcript(scenario=None, turns=turns, channel=channel), catalog.load_rubric())


def _criterion(card, pillar, criterion):
    return next(c for c in card.pillars[pillar].criteria if c.id == criterion)


def test_work_finished_on_the_spot_beats_the_same_work_promised_for_later():
    customer = "Can I switch my spin class to the evening one?"
    promised = _card(customer, "I'll move you to the 6 pm class first thing tomorrow morning.")
    finished = _card(customer, "I've moved you to the 6 pm class - it's on your account now.")
    assert _criterion(finished, "reliability", "follow-up").score > _criterion(promised, "reliability", "follow-up").score
    assert finished.pillars["reliability"].score > promised.pillars["reliability"].score


def test_a_handover_or_a_vague_all_done_is_not_work_finished_for_them():
    customer = "My shelf bracket arrived snapped."
    for reply in ("I've passed this to our warehouse team.", "All sorted!"):
        assert _criterion(_card(customer, reply), "reliability", "follow-up").score == 0


def test_an_answer_buried_under_a_paragraph_fits_worse_than_the_answer_first():
    customer = "Does the 8.15 ferry take bikes?"
    buried = ("Thank you for contacting Harbour Lines, where we have proudly carried foot passengers and their families "
              "across the bay since 1962. Yes, the 8.15 ferry takes bikes on the lower deck.")
    first = "Yes - bikes go on the lower deck of the 8.15."
    assert _criterion(_card(customer, buried), "responsiveness", "length-fit").score < _criterion(_card(customer, first), "responsiveness", "length-fit").score


def test_a_hurried_customer_is_owed_a_short_reply():
    customer = "Quick question - is the pool open late tonight?"
    long_reply = ("The pool is open until nine tonight, and the lane swim runs from seven to eight, with the family splash "
                  "session before that and the sauna open until half eight for members over eighteen.")
    assert _criterion(_card(customer, long_reply, "phone"), "responsiveness", "length-fit").score < 100
    assert _criterion(_card(customer, "Yes, till nine tonight.", "phone"), "responsiveness", "length-fit").score == 100


def test_a_no_with_a_way_forward_resolves_more_than_a_bare_no():
    customer = "Can I bring my van in for its MOT on Sunday?"
    bare = _card(customer, "Sorry, we can't do Sundays, there's nothing I can do about that.")
    forward = _card(customer, "Sorry, we can't do Sundays. I can take it at 7.30 on Monday before you start work, though.")
    assert _criterion(bare, "knowledge", "resolution").score == 0
    assert _criterion(forward, "knowledge", "resolution").score == 100
    assert bare.overall < forward.overall


def test_a_no_alone_without_a_scenario_still_judges_nothing_else():
    card = _card("What time do you open?", "Nine o'clock, every day.")
    assert _criterion(card, "knowledge", "resolution").score is None


def test_a_named_day_turned_vague_is_a_promise_changed():
    context = [("When can I pick up my framed print?", "It'll be ready to collect on the 14th, after lunch.")]
    vague = _card("The 14th after lunch - definitely?", "At some point later this month, hopefully.", "phone", context)
    kept = _card("The 14th after lunch - definitely?", "Yes - the 14th after lunch, glass fitted and wrapped.", "phone", context)
    assert _criterion(vague, "reliability", "consistency").score == 0
    assert _criterion(kept, "reliability", "consistency").score != 0


def test_counter_talk_in_note_form_carries_its_act():
    assert any(a.name == "offer" for a in analyse("Half nine Thursday for the next fitting, same tailor?").acts)
    assert not any(a.name == "offer" for a in analyse("Twenty minutes?").acts)
