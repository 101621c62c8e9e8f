"""Fair on any wording: change one thing in a reply and the right criterion moves, across
shipped scenarios and ones written only for testing (blind round 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import catalog
from trainer.grading import grade
from trainer.loading import load_model
from trainer.models import Scenario
from trainer.transcript import Transcript, Turn

ROUND_1 = Path(__file__).resolve().parents[1] / "benchmarks" / "understanding" / "round-1" / "scenarios"


def _scenario(scenario_id: str) -> Scenario:
    entries = catalog.scenarios().entries
    if scenario_id in entries:
        return entries[scenario_id].item
    return load_model(Scenario, ROUND_1 / f"{scenario_id}.yaml")


SCENARIOS = ["damaged-birthday-gift", "out-of-stock-regular", "hotel-midnight-overbooked", "gym-double-charge-chat"]


def card(scenario_id: str, replies: list[str], outcome: str = "unfinished", hints: int = 0):
    scenario = _scenario(scenario_id)
    turns = [Turn("customer", "Hi, I need some help with this, please.")]
    for reply in replies:
        turns += [Turn("agent", reply, seconds=15), Turn("customer", "Okay.")]
    transcript = Transcript(scenario=scenario.id, turns=turns, outcome=outcome, hints=hints)
    return grade(transcript, catalog.load_rubric(), scenario)


def criterion(c, pillar: str, cid: str):
    return {x.id: x.score for x in c.pillars[pillar].criteria}[cid]


@pytest.mark.parametrize("sid", SCENARIOS)
def test_pasting_the_same_apology_twelve_times_earns_nothing_more(sid):
    apology = "I'm so sorry this happened to you. I completely understand how upsetting this must be. "
    fix = "I'll sort this out for you today and confirm by email within the hour."
    once, stuffed = card(sid, [apology + fix]), card(sid, [apology * 12 + fix])
    assert stuffed.pillars["empathy"].score < once.pillars["empathy"].score
    assert stuffed.overall <= once.overall


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_question_is_not_a_commitment(sid):
    asked = card(sid, ["Hi, what can I get for you today?"])
    promised = card(sid, ["I'll have this sorted for you within ten minutes."])
    assert criterion(asked, "reliability", "concrete-commitment") == 0
    assert criterion(promised, "reliability", "concrete-commitment") > 0


@pytest.mark.parametrize("sid", SCENARIOS)
def test_work_done_on_the_spot_counts_at_least_as_much_as_a_promise(sid):
    done = card(sid, ["I've booked that for you and sent the confirmation to your email just now."])
    will = card(sid, ["I will book that for you and send the confirmation to your email."])
    assert criterion(done, "reliability", "concrete-commitment") >= criterion(will, "reliability", "concrete-commitment")
    assert criterion(done, "reliability", "concrete-commitment") == 100


@pytest.mark.parametrize(("sid", "costs"), [("damaged-birthday-gift", True), ("hotel-midnight-overbooked", True), ("gym-double-charge-chat", False)])
def test_chat_speak_costs_on_a_call_but_not_in_a_chat(sid, costs):
    plain = card(sid, ["Thanks for your patience, I will email you the details before Friday."])
    casual = card(sid, ["thx for ur patience, ill email u the details b4 friday"])
    delta = plain.pillars["professionalism"].score - casual.pillars["professionalism"].score
    assert (delta >= 10) if costs else (delta <= 5)
    for pillar in ("empathy", "reliability"):
        assert abs(plain.pillars[pillar].score - casual.pillars[pillar].score) <= 10


@pytest.mark.parametrize("sid", SCENARIOS)
def test_sending_the_customer_elsewhere_is_deflection_not_ownership(sid):
    owned = card(sid, ["I'll contact the bank about the charge for you and call you back by 5 pm."])
    pushed = card(sid, ["You'll have to contact your bank about the charge."])
    assert criterion(pushed, "professionalism", "ownership") < criterion(owned, "professionalism", "ownership")
    assert not any(s.criterion == "tailored" for s in pushed.strengths)


def test_no_praise_for_resolution_beside_a_forbidden_promise():
    promised = card("damaged-birthday-gift", [
        "I'm so sorry, Dana. I'll send a free replacement with the same engraving by express so it arrives Friday.",
        "And I guarantee it will arrive by tomorrow morning, no matter what.",
        "On Thursday you'll get the tracking number from me by email.",
    ], outcome="resolved")
    if promised.flags:
        contradicted = {f.id for f in promised.flags}
        assert contradicted
        assert not any(s.pillar in ("knowledge", "reliability") for s in promised.strengths), promised.strengths


@pytest.mark.parametrize("sid", ["out-of-stock-regular", "gym-double-charge-chat"])
def test_resolved_on_the_spot_needs_no_follow_up(sid):
    c = card(sid, ["I've refunded the duplicate charge and sorted it all out for you now."], outcome="resolved")
    scores = {x.id: x.score for x in c.pillars["reliability"].criteria}
    assert scores.get("follow-up") is None


def test_hints_used_are_on_the_scorecard():
    c = card("damaged-birthday-gift", ["I'll look into it."], hints=2)
    assert c.as_dict()["hints"] == 2


SERVICE_LANGUAGE = [
    # (slip, better): the same content, coached the way trainers coach it
    ("I can't change the booking.", "I can't change the booking, but I can move you to the 6 pm slot today instead."),
    ("I don't know.", "I don't know yet - I'll check with the team and message you within ten minutes."),
    ("Please hold.", "May I put you on hold for two minutes while I check that for you?"),
    ("I'll transfer you.", "I'm transferring you to our billing team, who can refund it today."),
]


@pytest.mark.parametrize("sid", SCENARIOS)
@pytest.mark.parametrize(("slip", "better"), SERVICE_LANGUAGE)
def test_everyday_service_language_is_coached(sid, slip, better):
    worse, good = card(sid, [slip]), card(sid, [better])
    assert criterion(worse, "professionalism", "no-negative-language") < criterion(good, "professionalism", "no-negative-language")
    advice = next((a for a in worse.improvements if a.criterion == "no-negative-language"), None)
    if advice is not None:  # the advice is about this slip, quoted from the reply
        assert advice.quote == slip


def test_a_forbidden_promise_is_not_filed_as_negative_language():
    c = card("damaged-birthday-gift", ["I guarantee it will arrive by tomorrow morning, no matter what."])
    assert criterion(c, "professionalism", "no-negative-language") == 100


SCRIPTS = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "understanding").glob("round-*/scripts/*.txt"))


@pytest.mark.parametrize("path", SCRIPTS[::3], ids=lambda p: p.stem)
def test_no_suggestion_asks_for_what_the_trainee_already_did_as_well(path):
    from trainer.language import Context, analyse
    from trainer.session import Session, parse_script, play_script

    sid = path.stem.split("--")[0]
    try:
        scenario = _scenario(sid)
    except Exception:
        scenario = load_model(Scenario, next(path.parent.parent.glob(f"scenarios/{sid}.yaml")))
    transcript = play_script(Session(scenario, save=False), parse_script(path.read_text(encoding="utf-8")))
    scorecard = grade(transcript, catalog.load_rubric(), scenario)
    names = tuple(dict.fromkeys([*scenario.customer.address_as, scenario.first_name]))
    for advice in scorecard.improvements:
        criterion = next(c for p in scorecard.pillars.values() for c in p.criteria if c.id == advice.criterion)
        suggestion = criterion.suggestion
        if suggestion is None or not suggestion.act or not suggestion.say:
            continue
        assert suggestion.say in advice.better
        act = suggestion.act
        shown = [a.strength for a in analyse(suggestion.say, Context(names=names)).acts if a.name == act]
        done = [a.strength for t in transcript.turns if t.speaker == "agent" for a in analyse(t.text, Context(names=names)).acts if a.name == act]
        if shown and done:  # only advice to do better, or (after doing it once) to do it again
            assert max(done) < max(shown) or (len(done) == 1 and suggestion.again), (advice, transcript.turns)


@pytest.mark.parametrize("sid", SCENARIOS)
def test_concrete_information_is_never_evidenced_by_a_greeting_or_a_question(sid):
    c = card(sid, ["Hello, thanks for calling, how can I help you today?", "It will be ready by 3 pm today."])
    quotes = [e.quote for p in c.pillars.values() for x in p.criteria if x.id == "specific-information" for e in x.evidence]
    assert quotes == ["It will be ready by 3 pm today."]


def test_a_question_talked_past_reply_after_reply_limits_responsiveness():
    scenario = _scenario("damaged-birthday-gift")

    def run(replies):
        turns = [Turn("customer", "When exactly would it get here?")]
        for reply in replies:
            turns += [Turn("agent", reply, seconds=10), Turn("customer", "When exactly would it get here?")]
        return grade(Transcript(scenario=scenario.id, turns=turns), catalog.load_rubric(), scenario)

    talked_past = run(["I understand.", "Let me see what I can do.", "We value your business.", "Thanks for your patience."])
    answered = run(["It will arrive on Friday.", "Yes, Friday by noon.", "Friday, by express.", "It ships Thursday and lands Friday."])
    assert talked_past.pillars["responsiveness"].score <= 60
    assert answered.pillars["responsiveness"].score - talked_past.pillars["responsiveness"].score >= 30


@pytest.mark.parametrize("sid", SCENARIOS)
def test_thanks_for_patience_lands_better_than_sorry_for_the_wait(sid):
    thanked = card(sid, ["Thanks for your patience - it's sorted and the confirmation is in your inbox."])
    sorry = card(sid, ["Sorry for the wait - it's sorted and the confirmation is in your inbox."])
    assert criterion(thanked, "professionalism", "courtesy") > criterion(sorry, "professionalism", "courtesy")
    assert thanked.pillars["reliability"].score == sorry.pillars["reliability"].score


@pytest.mark.parametrize("sid", SCENARIOS)
def test_thanking_for_patience_scores_at_least_as_well_as_apologising_for_the_wait(sid):
    sorry = card(sid, ["Sorry for the wait. I've found your account and I'm looking at it now."])
    thanks = card(sid, ["Thanks for waiting. I've found your account and I'm looking at it now."])
    assert criterion(thanks, "professionalism", "courtesy") >= criterion(sorry, "professionalism", "courtesy")
    assert criterion(thanks, "professionalism", "no-negative-language") == criterion(sorry, "professionalism", "no-negative-language")
    assert thanks.overall >= sorry.overall


@pytest.mark.parametrize("sid", SCENARIOS)
def test_changing_a_stated_sum_is_a_contradiction_but_respelling_it_is_not(sid):
    first = "I'll refund 20 percent of the price to your card today."
    same = card(sid, [first, "So that's 20% back on your card, processed today."])
    changed = card(sid, [first, "So that's 30% back on your card, processed today."])
    assert criterion(changed, "reliability", "consistency") < criterion(same, "reliability", "consistency")
    for pillar in ("empathy", "professionalism"):
        assert changed.pillars[pillar].score == same.pillars[pillar].score


@pytest.mark.parametrize("sid", SCENARIOS)
def test_sums_for_different_things_are_different_promises(sid):
    one = "I've taken the $5 delivery fee off your bill today."
    alone = card(sid, [one, "Is there anything else I can help with?"])
    two_things = card(sid, [one, "I've also added a $15 credit to your account, and if you'd rather cancel you get the full $60 back."])
    changed = card(sid, [one, "Sorry, I've taken the $3 delivery fee off your bill today."])
    assert criterion(two_things, "reliability", "consistency") >= criterion(alone, "reliability", "consistency")
    assert criterion(changed, "reliability", "consistency") < criterion(alone, "reliability", "consistency")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_plan_in_the_present_tense_with_a_time_is_a_commitment(sid):
    planned = card(sid, ["Your replacement goes out today and arrives Thursday morning."])
    vague = card(sid, ["Your replacement will be dealt with at some point."])
    assert criterion(planned, "reliability", "concrete-commitment") == 100
    assert criterion(vague, "reliability", "concrete-commitment") < 100


def test_the_engine_composes_findings_without_reaching_into_detectors():
    source = (Path(__file__).resolve().parents[1] / "trainer" / "grading" / "engine.py").read_text(encoding="utf-8")
    assert "detectors._" not in source
    assert ".suggestion.replace" not in source and "re.findall" not in source  # advice is data, not text to pick apart


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_guarantee_of_what_is_out_of_your_hands_costs_reliability_an_honest_estimate_does_not(sid):
    sure = card(sid, ["I guarantee it will be with you tomorrow, 100%."])
    honest = card(sid, ["It should be with you tomorrow - if it isn't, I'll chase the courier myself and call you by noon."])
    assert sure.pillars["reliability"].score < honest.pillars["reliability"].score
    assert any(f.criterion == "consistency" for f in sure.improvements) or criterion(sure, "reliability", "consistency") <= 50


@pytest.mark.parametrize("sid", SCENARIOS)
def test_feeling_for_the_customer_in_words_no_list_names_counts_as_a_reaction(sid):
    plain = card(sid, ["I'll send the new one by next-day delivery."])
    felt = card(sid, ["That's isolating for her. I'll send the new one by next-day delivery."])
    assert criterion(felt, "empathy", "emotional-reaction") > criterion(plain, "empathy", "emotional-reaction")
    insult = card(sid, ["That's a stupid question. I'll send the new one by next-day delivery."])
    assert criterion(insult, "empathy", "emotional-reaction") == 0


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_form_letter_is_less_courteous_than_doing_what_they_asked(sid):
    form = card(sid, ["We value your custom and thank you for your feedback."])
    helped = card(sid, ["I've moved your booking to Tuesday at 9 and sent the confirmation."])
    assert criterion(helped, "professionalism", "courtesy") > criterion(form, "professionalism", "courtesy")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_sarcasm_costs_professionalism_and_promises_nothing(sid):
    sincere = card(sid, ["Sure, I'll sort that out for you by tonight."])
    sarcastic = card(sid, ["Oh sure, I'll just rebuild the whole warehouse for you by tonight."])
    assert sarcastic.pillars["professionalism"].score < sincere.pillars["professionalism"].score
    assert criterion(sarcastic, "reliability", "concrete-commitment") < criterion(sincere, "reliability", "concrete-commitment")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_softened_request_is_not_an_exploring_question_and_beats_a_command(sid):
    request = card(sid, ["Could you send me a photo of the label when you get a moment?"])
    command = card(sid, ["You need to send me a photo of the label."])
    assert criterion(request, "empathy", "exploration") == criterion(command, "empathy", "exploration")
    assert criterion(request, "professionalism", "courtesy") > criterion(command, "professionalism", "courtesy")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_warm_handover_across_two_sentences_is_not_coached_as_a_blind_transfer(sid):
    warm = card(sid, ["Refunds are handled by our billing team. I'm putting you through to them now so they can process it today."])
    blind = card(sid, ["Let me pass you to someone else."])
    assert criterion(warm, "professionalism", "no-negative-language") > criterion(blind, "professionalism", "no-negative-language")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_putting_what_is_at_stake_for_them_first_is_a_reaction_to_how_they_feel(sid):
    scenario = _scenario(sid)

    def run(reply):
        turns = [Turn("customer", "My daughter's birthday is on Saturday and the present you sent is broken."), Turn("agent", reply, seconds=10)]
        return grade(Transcript(scenario=scenario.id, turns=turns), catalog.load_rubric(), scenario)

    plain = run("The order will be replaced by Saturday.")
    stakes = run("Your daughter's birthday comes first - let's get the replacement to you by Saturday.")
    assert criterion(stakes, "empathy", "emotional-reaction") > criterion(plain, "empathy", "emotional-reaction")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_sympathy_piled_up_in_other_words_is_stuffing_too(sid):
    fix = "I'll sort this out for you today and confirm by email within the hour."
    once = card(sid, ["I'm sorry this happened. " + fix])
    piled = card(sid, ["I'm so sorry this happened. I truly apologise for the trouble. I understand how upsetting that is. "
                       "I know how stressful this must feel. " + fix])
    assert piled.pillars["empathy"].score < once.pillars["empathy"].score
    assert piled.pillars["knowledge"].score == once.pillars["knowledge"].score


@pytest.mark.parametrize("sid", SCENARIOS)
def test_the_name_three_times_in_one_reply_earns_less_than_twice(sid):
    name = _scenario(sid).first_name
    twice = card(sid, [f"Hi {name}, I'll look into that for you now.", f"Thanks {name}, that's all booked."])
    thrice = card(sid, [f"Hi {name}, I'll look into that for you now, {name}. Right, {name}, that's all booked."])
    assert criterion(thrice, "personalization", "name-use") < criterion(twice, "personalization", "name-use")


def test_a_session_with_no_reply_is_not_assessed_rather_than_scored_zero():
    empty = card("damaged-birthday-gift", [])
    assert all(p.score is None for p in empty.pillars.values())
    assert all(c.score is None for p in empty.pillars.values() for c in p.criteria)


def _consistency(sid: str, first: str, later: str):
    return criterion(card(sid, [first, later]), "reliability", "consistency")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_changed_time_free_becoming_a_fee_and_a_yes_becoming_a_no_are_contradictions(sid):
    call = "I'll call you back at 3pm today with an update."
    assert _consistency(sid, call, "I'll ring you back at 5 pm today with an update.") < _consistency(sid, call, "So I'll ring you at 3 pm today, as I said.")
    free = "Delivery on the replacement is free of charge."
    assert _consistency(sid, free, "There will be a £4.99 delivery fee on the replacement.") <= 50
    assert _consistency(sid, "There's a £4.99 delivery fee on the replacement.", "I've waived that - delivery is free.") in (None, 100)
    covered = "Yes, the warranty covers accidental damage, so I'll book the repair for Friday."
    assert _consistency(sid, covered, "Accidental damage isn't covered by the warranty, I'm afraid.") <= 50
    assert _consistency(sid, covered, "You won't need to pay anything for the repair.") in (None, 100)


@pytest.mark.parametrize("sid", SCENARIOS)
def test_saying_where_things_stand_is_not_taking_a_promise_back(sid):
    first = "I'll text you the courier's reference by Wednesday."
    assert _consistency(sid, first, "I haven't texted the reference yet - it comes through Wednesday as promised.") == 100
    assert _consistency(sid, first, "You don't need to send the old one back, by the way.") == 100


@pytest.mark.parametrize("sid", SCENARIOS)
def test_taking_a_yes_back_moves_reliability_and_nothing_else(sid):
    covered = "Yes, the warranty covers accidental damage, so I'll book the repair for Friday."
    kept = card(sid, [covered, "The warranty covers it, so the repair is booked for Friday."])
    broken = card(sid, [covered, "The warranty does not cover accidental damage, so the repair is booked for Friday."])
    assert broken.pillars["reliability"].score < kept.pillars["reliability"].score
    for pillar in ("empathy", "professionalism", "personalization"):
        assert broken.pillars[pillar].score == kept.pillars[pillar].score


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_hold_that_asks_and_says_why_and_how_long_beats_one_that_is_announced(sid):
    announced = card(sid, ["I'm going to put you on hold now."])
    asked = card(sid, ["May I put you on hold for about three minutes while I check the stock room?"])
    assert asked.pillars["professionalism"].score > announced.pillars["professionalism"].score
    assert asked.overall >= announced.overall
    # putting someone on hold promises them nothing: no offer, no commitment, no ownership earned by it
    assert criterion(announced, "reliability", "concrete-commitment") in (None, 0)
    assert criterion(announced, "professionalism", "ownership") is None


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_handover_is_not_an_offer(sid):
    bare = card(sid, ["Let me put you through to someone."])
    assert criterion(bare, "reliability", "concrete-commitment") in (None, 0)
    warm = card(sid, ["I'm passing you to Lena in our accounts team because she can reverse the charge; she'll have your notes."])
    assert warm.pillars["professionalism"].score > bare.pillars["professionalism"].score


@pytest.mark.parametrize("sid", [s for s in SCENARIOS if s != "out-of-stock-regular"])  # a calm customer needs only a light touch
def test_a_reaction_to_their_situation_beats_a_stock_apology_without_saying_sorry(sid):
    stock = card(sid, ["Apologies for any inconvenience caused."])
    felt = card(sid, ["Finding that the moment you opened it must have been a horrible shock."])
    assert criterion(felt, "empathy", "emotional-reaction") > criterion(stock, "empathy", "emotional-reaction")
    assert criterion(stock, "professionalism", "courtesy") <= criterion(felt, "professionalism", "courtesy") + 10


def test_a_not_that_belongs_to_another_verb_does_not_cancel_the_reaction():
    from trainer.language import analyse

    assert analyse("A heater that has not worked since Friday is miserable in this weather.").has("empathy")
    assert not analyse("I don't think that is a big deal.").has("empathy")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_booking_moved_in_other_words_is_a_changed_promise_and_confirming_it_keeps_it(sid):
    booked = "I've booked you in for 2pm on Tuesday."
    moved = _consistency(sid, booked, "I've got you down for Wednesday at half four.")
    confirmed = _consistency(sid, booked, "So that's you down for Tuesday at two.")
    assert moved <= 50 and confirmed == 100


def test_times_are_read_however_they_are_said():
    from trainer.grading.claims import claims
    from trainer.text import normalise

    def clock(text):
        return dict(claims(normalise(text))).get("CLAIM_BOOKING:clock")

    assert clock("Your appointment is at 15:30.") == clock("Your appointment is at half three.") == "3:30"
    assert clock("The table is booked for quarter to eight.") == clock("The table is booked for 7:45 pm.") == "7:45"
    assert clock("The slot is booked for 20 people.") is None


@pytest.mark.parametrize("sid", SCENARIOS)
def test_condescension_earns_no_ownership_and_doing_the_thing_does(sid):
    talked_down = card(sid, ["I'll explain it nice and slowly for you."])
    plain = card(sid, ["Your replacement is booked for Thursday and the confirmation is in your inbox."])
    assert criterion(talked_down, "professionalism", "ownership") is None
    assert criterion(plain, "professionalism", "ownership") == 100
    assert talked_down.pillars["professionalism"].score < plain.pillars["professionalism"].score


@pytest.mark.parametrize("sid", SCENARIOS)
def test_courteous_words_in_a_hostile_line_do_not_count_as_courtesy(sid):
    hostile = card(sid, ["Of course, because like I said twice already, it's not that hard."])
    neutral = card(sid, ["I've checked and it's with the courier now."])
    assert criterion(hostile, "professionalism", "courtesy") < criterion(neutral, "professionalism", "courtesy")


def test_asking_for_a_banking_login_is_asking_for_a_secret_and_pointing_to_the_login_page_is_not():
    from trainer.language import analyse

    assert analyse("Just note down your banking login for me and I'll sort it.").has("secrets")
    assert not analyse("Please use the log in page on our website.").has("secrets")


def test_a_customer_who_introduces_themselves_in_any_usual_way_has_a_name_to_use():
    from trainer.grading.view import customer_names

    def names(line):
        return customer_names(Transcript(scenario=None, turns=[Turn("customer", line)]), None)

    assert names("Hi, it's Dr Okafor from number 12.") == ("Dr Okafor",)
    assert "Lena" in names("Hello, It is Lena Marsh about my order.")
    assert names("Priya here, the router is down again.") == ("Priya",)
    assert names("It is Monday and still nothing.") == ()


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_short_reply_that_answers_the_question_is_not_curt(sid):
    def fit(reply):
        transcript = Transcript(scenario=sid, turns=[Turn("customer", "How many spaces are left on Saturday?"), Turn("agent", reply)])
        return criterion(grade(transcript, catalog.load_rubric(), _scenario(sid)), "responsiveness", "length-fit")

    assert fit("Four on Saturday.") == 100
    assert fit("Dunno really.") < 100


def test_the_same_time_or_sum_written_differently_is_not_a_change():
    from trainer.grading.claims import _amount, claims, costs
    from trainer.text import normalise

    assert dict(claims(normalise("Engineer booked for 5.30pm on Friday.")))["CLAIM_BOOKING:clock"] == "5:30"
    assert _amount("$1,000") == _amount("1000 dollars") == "1000$"
    assert "CLAIM_BOOKING:clock" not in dict(claims(normalise("I've booked you in for 3 nights.")))
    assert costs(normalise("Feel free to ring us if the delivery is late.")) == []


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_cost_said_again_unchanged_is_a_promise_kept_and_a_silent_change_is_worth_nothing(sid):
    free = "The courier collection is free of charge."
    assert _consistency(sid, free, "As I said, the courier collection stays free.") == 100
    assert _consistency(sid, free, "The courier collection will cost £6.") == 0


@pytest.mark.parametrize("sid", SCENARIOS)
def test_breaking_a_promise_never_beats_making_none(sid):
    changed = card(sid, ["The courier collection is free of charge.", "The courier collection will cost £6."])
    nothing = card(sid, ["The courier collection is free of charge.", "Anything else I can help with?"])
    assert changed.pillars["reliability"].score <= nothing.pillars["reliability"].score


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_plan_b_in_the_same_reply_and_a_call_about_an_earlier_booking_are_no_change(sid):
    booked = "I've booked the fitter for Thursday at 9am, at no cost."
    assert _consistency(sid, booked, "I'll phone you tomorrow by noon to confirm the fitter is still on.") in (None, 100)
    fallback = "Your frames will be ready by 3 pm, and if the lab runs late I'll have them at our other branch by six instead."
    assert _consistency(sid, fallback, "Is that everything for today?") in (None, 100)
    assert _consistency(sid, "You were sent the wrong size, and that's on us.", "The exchange costs £4.") in (None, 100)


@pytest.mark.parametrize("sid", SCENARIOS)
def test_an_honest_estimate_with_a_plan_b_beats_a_guarantee_on_reliability(sid):
    sure = card(sid, ["Trust me, the new valve will definitely be fitted by Friday, one hundred percent."])
    honest = card(sid, ["The new valve should be fitted by Friday; if the supplier lets us down, I'll book the first Monday slot and ring you."])
    assert honest.pillars["reliability"].score > sure.pillars["reliability"].score
    assert criterion(sure, "reliability", "consistency") < 50


def test_a_date_that_answers_a_yes_or_no_question_about_a_date_is_an_answer():
    from trainer.language import analyse, answers

    assert answers("Will the blinds be up before my sister visits on the 9th?", [], analyse("They should be fitted by the 6th."))


CHANGED_DAYS = [  # (first said, changed without a word, kept)
    ("I'll ring you on Tuesday if that suits.", "I'll ring you on Thursday then.", "So I'll ring you on Tuesday, as agreed."),
    ("Your loan laptop is due back on the 14th.", "So the laptop is now due back on the 21st.", "Just a reminder, it's due back on the 14th."),
]


@pytest.mark.parametrize("sid", SCENARIOS)
@pytest.mark.parametrize("first, changed, kept", CHANGED_DAYS)
def test_a_changed_day_or_due_date_is_caught_however_the_first_was_said(sid, first, changed, kept):
    assert _consistency(sid, first, changed) < _consistency(sid, first, kept)


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_guarantee_of_what_is_not_in_your_hands_keeps_nothing_on_consistency(sid):
    """Worth no more than promising nothing: an honest estimate is not even assessed there."""
    sure = card(sid, ["Trust me, the engineer will definitely be there by 8 tomorrow, one hundred percent guaranteed."])
    assert criterion(sure, "reliability", "consistency") == 0


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_missing_policy_fact_is_pointed_at_the_reply_with_the_solution_not_the_greeting(sid):
    from trainer.grading import detectors
    from trainer.grading.view import build

    scenario = _scenario(sid)
    turns = [Turn("customer", "Hi, I need some help with this, please."), Turn("agent", "Hello there, thanks for getting in touch!", seconds=10),
             Turn("customer", "Okay."), Turn("agent", "I've sorted that for you now.", seconds=10), Turn("customer", "Okay.")]
    judged = detectors.accurate_facts(build(Transcript(scenario=scenario.id, turns=turns, outcome="unfinished"), scenario))
    assert judged.missed is not None and "sorted" in judged.missed.quote, judged.missed


@pytest.mark.parametrize("sid", SCENARIOS)
def test_saying_a_charge_was_not_them_takes_back_no_promise(sid):
    promise = "Don't worry, we'll get you sorted - I'll put the refund through today."
    told = card(sid, [promise, "Right, so the second payment at the petrol station wasn't you."])
    assert criterion(told, "reliability", "consistency") == criterion(card(sid, [promise, "Right, noted."]), "reliability", "consistency")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_a_price_put_on_what_was_free_breaks_the_promise_in_any_words(sid):
    free = "I've booked the recheck for you, and there's no charge for it."
    assert _consistency(sid, free, "It's £18 for the recheck, payable on the day.") <= 50
    assert _consistency(sid, free, "The recheck is on Thursday.") in (None, 100)
    at_no_cost = "We'll replace the valve at no cost."
    assert _consistency(sid, at_no_cost, "That'll be £35 for the valve, I'm afraid.") <= 50


@pytest.mark.parametrize("sid", SCENARIOS)
def test_thanks_around_a_hold_that_says_nothing_do_not_beat_a_hold_that_says_why_and_how_long(sid):
    cheery = card(sid, ["Thanks so much! Hang tight for me, back soon!"])
    proper = card(sid, ["I need to check the stock system for you - give me about three minutes, is that okay?"])
    assert criterion(proper, "professionalism", "courtesy") > criterion(cheery, "professionalism", "courtesy")
