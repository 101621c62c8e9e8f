"""The detectors recognise behaviour in many natural phrasings, and refuse the near-misses."""

import pytest

from trainer.language import Context, analyse

DANA = Context(
    names=("Dana", "Ms Whitfield"),
    entities=("lily", "music box", "birthday", "party", "saturday", "gift", "present"),
    customer_words=frozenset({"music", "birthday", "daughter", "broken", "cracked", "engraved"}),
)


def acts(text, context=DANA):
    return analyse(text, context)


ACKNOWLEDGES_FEELING = [
    "Oh no, that must have been awful to open on her birthday week.",
    "I can only imagine how disappointing that was for you.",
    "That's really upsetting, especially with a birthday coming up.",
    "You must be so frustrated - that's completely understandable.",
    "What a horrible surprise to find when you opened the box.",
    "I'd be gutted too if my daughter's present turned up cracked.",
    "No wonder you're upset; you'd planned everything around it.",
    "That sounds incredibly stressful with the party so close.",
    "I hate that this happened to Lily's gift.",
    "A broken present was the very last thing you needed right now.",
]

APOLOGISES_FOR_PROBLEM = [
    "I'm so sorry the music box arrived broken.",
    "I apologise that Lily's present reached you damaged.",
    "Sorry the lid came cracked - that should never have happened.",
    "We let you down with this order, and I'm sorry.",
    "My apologies for the broken winding key on the music box.",
    "I'm really sorry about the state the gift arrived in.",
    "That's our mistake and I apologise for it.",
    "Please accept my apologies for the damaged birthday present.",
]

ASKS_WHAT_MATTERS = [
    "What matters most to you for the party?",
    "When do you need it by?",
    "What would make this right for you?",
    "Would you prefer a replacement or a refund?",
    "How are you placed for time before Saturday?",
    "Is there a particular time the party starts?",
    "Would you like the same engraving on the new one?",
    "Can you tell me a bit more about what happened when you opened it?",
    "How would you like us to handle this?",
]

COMMITS_TO_A_TIME = [
    "I'll send the tracking link to your email by 5 pm today.",
    "You'll have a new one on Friday.",
    "I will call you tomorrow morning to confirm it has shipped.",
    "It will arrive on Friday, before the party.",
    "I'm going to get the replacement out to you by Thursday.",
    "We'll have it engraved today and dispatched first thing tomorrow.",
    "I promise you'll have tracking details within the hour.",
    "The replacement will be with you by Friday afternoon.",
]


@pytest.mark.parametrize("text", ACKNOWLEDGES_FEELING)
def test_acknowledging_a_feeling_is_recognised(text):
    assert acts(text).has("empathy"), text


@pytest.mark.parametrize("text", APOLOGISES_FOR_PROBLEM)
def test_apologising_for_the_specific_problem_is_recognised_as_specific(text):
    apology = acts(text).best("apology")
    assert apology is not None and apology.strength == 2, text


@pytest.mark.parametrize("text", ASKS_WHAT_MATTERS)
def test_asking_what_matters_is_recognised(text):
    assert acts(text).has("exploration"), text


@pytest.mark.parametrize("text", COMMITS_TO_A_TIME)
def test_committing_to_a_time_is_a_strong_commitment(text):
    assert acts(text).has("commitment", 2), text


NEAR_MISSES = [
    ("I understand the policy.", "understanding"),
    ("Sorry, not my department.", "apology"),
    ("Sorry, not my department.", "empathy"),
    ("Sorry for the inconvenience.", "apology", 2),
    ("I'm not sorry, that's how it works.", "apology"),
    ("We will never ask for your password.", "secrets"),
    ("Can I take the last 4 digits on your card to verify you?", "secrets"),
    ("I can't offer a refund.", "offer"),
    ("I won't be able to send it today.", "commitment"),
    ("No problem at all!", "refusal"),
    ("How can I help?", "exploration", 2),
    ("I'll try to look into it.", "commitment", 2),
    ("It is not frustrating at all, it is simple.", "empathy"),
    ("Is it for a birthday, if you don't mind me asking?", "blame"),
    ("What do you want for the party, a replacement or a refund?", "rudeness"),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses_are_not_rewarded(case):
    text, act, *strength = case
    assert not acts(text).has(act, strength[0] if strength else 1), text


DAMAGING = [
    ("Calm down, it's only a music box.", "dismissal"),
    ("You should have checked the parcel before signing for it.", "blame"),
    ("That's our policy and there's nothing I can do.", "policy_wall"),
    ("Can you give me your password so I can check?", "secrets"),
    ("Read me the full card number, please.", "secrets"),
    ("Are you stupid? I already told you.", "rudeness"),
    ("The courier broke it, it's not our fault.", "deflection"),
    ("This usually happens when people leave the charger plugged in all night.", "blame"),
    ("As you approved the transfer yourself, there is little we can do.", "blame"),
    ("You should always read the booking conditions before paying.", "blame"),
    ("Five years of photos and no backup?", "blame"),
    ("Great plan, deleting the folder. Check the bin I guess.", "rudeness"),
    ("Listen sweetie, it's the blue cable.", "rudeness"),
]


@pytest.mark.parametrize("text,act", DAMAGING)
def test_damaging_acts_are_recognised(text, act):
    assert acts(text).has(act), text


def test_name_is_recognised_in_any_case_and_position():
    assert acts("thanks so much, dana.").has("name")
    assert acts("I've sorted it, Ms Whitfield.").has("name")
    assert not acts("Thanks so much.").has("name")


def test_generic_sympathy_is_weak_and_specific_sympathy_is_strong():
    assert acts("Sorry for any inconvenience.").best("empathy").strength == 1
    assert acts("I'm so sorry Lily's music box arrived broken.").best("empathy").strength == 2


def test_politeness_strategies():
    polite = acts("Thanks for your patience - could you send me a photo of the damage, please?").politeness
    assert {"gratitude", "indirect", "please"} <= set(polite)
    curt = acts("Send me a photo. Actually, you need to read the terms.").politeness
    assert {"imperative", "factuality"} <= set(curt)


def test_quotes_are_exact_sentences_of_the_reply():
    text = "Hi Dana!  I'm so sorry about Lily's present.\nI'll email you by 5 pm."
    for act in acts(text).acts:
        assert act.quote in text


@pytest.mark.parametrize("text, offered", [
    ("A replacement lamp is on its way to you today.", True),
    ("We've run out of the replacement lamps, I'm afraid.", False),
    ("The replacement lamp is sold out at the moment.", False),
    ("There are no more replacement lamps in the warehouse.", False),
    ("The replacement lamps are all gone this week.", False),
    ("We're out of the blue ones, but a replacement lamp in grey can go out today.", True),
])
def test_saying_a_thing_has_run_out_does_not_offer_it(text, offered):
    from trainer.language import find_patterns
    from trainer.text import normalise

    sentences = [normalise(s) for s in text.replace(", but", ". But").split(". ")]
    found = any(find_patterns(("replacement (lamp|lamps)",), s) for s in sentences)
    assert found is offered


@pytest.mark.parametrize("question, reply", [
    ("Quick one - does the Saturday class still run?", "Yes, it runs at ten as usual."),
    ("Just wondering, can I bring my own racket?", "Yes, of course."),
    ("Is the blue jacket in a medium?", "Not that one, but the green is in a medium."),
])
def test_a_yes_or_no_after_a_lead_in_answers_the_question(question, reply):
    from trainer.language import answers, customer_questions

    ((asked, kinds),) = customer_questions(question)
    assert answers(asked, kinds, analyse(reply, Context()))


@pytest.mark.parametrize("text", [
    "I'll transfer you to Priya in billing, who can reverse the charge.",
    "I'm putting you through to the parking office because they issue the permits.",
])
def test_a_handover_to_a_named_person_or_office_with_a_reason_is_good_etiquette(text):
    assert any(a.name == "transfer" and a.strength == 2 for a in analyse(text, Context()).acts)


MOCKING = [
    "Cheers ever so much for yelling at me.",
    "Wow, fascinating, never heard that one before.",
    "Right, because we've got nothing better to do than sort out your boiler.",
    "Apologies that our shop isn't posh enough for you.",
    "Good for you for finally opening the letter.",
    "Wonderful, so you read nothing we sent.",
    "Whatever you say - you're obviously the expert here.",
    "I'm delighted to go over the terms for the fourth time.",
    "Lovely, another voucher you've lost.",
    "Sorry, I didn't realise you were our most important customer.",
    "Kind of you to eventually reply.",
]
SINCERE = [
    "Cheers for waiting, I've found it.",
    "Happy to go over it again if that helps.",
    "Lovely, you'll have it by Friday.",
    "Great, you're all set for Tuesday.",
    "Thanks so much for your patience while I checked.",
    "Brilliant, you've done everything right - the fault is on our side.",
]


@pytest.mark.parametrize("text", MOCKING)
def test_kind_words_that_mock_the_customer_are_sarcasm(text):
    assert acts(text).has("rudeness"), text


@pytest.mark.parametrize("text", SINCERE)
def test_kind_words_that_mean_it_are_not_sarcasm(text):
    assert not acts(text).has("rudeness"), text


EVERYDAY_FORMS = [
    ("Dear Ms Adeyemi, thanks for getting back to me.", "greeting"),
    ("Best regards, Malik", "closing"),
    ("Yours faithfully, Customer Relations", "closing"),
    ("Safe journey home!", "closing"),
    ("Plumber booked for Monday, 10 till 2.", "done"),
    ("Replacement ordered, tracking to follow.", "done"),
    ("Want me to call the branch for you?", "offer"),
    ("Shall I wrap it as a gift?", "offer"),
    ("Fancy the smaller size instead?", "offer"),
    ("The optician isn't in until Friday.", "bad_news"),
    ("The blue ones are all gone.", "bad_news"),
    ("Your prescription is ready to collect.", "good_news"),
    ("We are currently reviewing your complaint.", "stalling"),
    ("Marta will ring you on Thursday at 11.", "commitment"),
]


@pytest.mark.parametrize("text,act", EVERYDAY_FORMS)
def test_everyday_forms_of_service_acts_are_read(text, act):
    assert acts(text).has(act), text


NOT_THOSE = [
    ("Could I take your postcode, please?", "offer"),
    ("Refunds are processed within five working days.", "done"),
    ("The parcel was sent to the wrong address.", "done"),
    ("Nothing booked yet, sorry.", "done"),
    ("Thanks for calling, and I hope the party goes well.", "greeting"),
    ("I'm going to put you on hold now.", "offer"),
    ("Your case will be reviewed within ten days.", "commitment"),
]


@pytest.mark.parametrize("text,act", NOT_THOSE)
def test_look_alikes_are_not_read_as_those_acts(text, act):
    assert not acts(text).has(act), text


HANDOVERS = [
    ("Putting you through to billing now - they can take the fee off today.", 2),
    ("I'm passing this chat to someone in claims since they deal with storm damage.", 2),
    ("I'm handing you to Jess, our returns lead; I've told her everything so you won't have to repeat it.", 2),
    ("ok moving you", 1),
    ("I'll transfer you.", 1),
]


@pytest.mark.parametrize("text,strength", HANDOVERS)
def test_a_handover_that_says_to_whom_and_why_is_courteous_in_any_words(text, strength):
    transfers = [a for a in acts(text).acts if a.name == "transfer"]
    assert transfers and max(a.strength for a in transfers) == strength, text


ORDINARY = [
    ("The extended warranty costs 49 pounds.", "done"),
    ("Hopefully sorted by Friday.", "done"),
    ("Brilliant, if you try again now, it should go through.", "rudeness"),
    ("Great, you pay nothing extra for that.", "rudeness"),
    ("Let me explain it simply: the bill has two parts.", "rudeness"),
    ("They will charge a 30 pound fee on Friday.", "commitment"),
    ("He will be off until Tuesday.", "commitment"),
    ("Nothing left to pay, the balance is cleared.", "bad_news"),
]


@pytest.mark.parametrize("text,act", ORDINARY)
def test_ordinary_replies_are_not_misread_by_the_newer_readers(text, act):
    assert not acts(text).has(act), text


def test_a_promise_beside_a_hold_still_counts():
    assert acts("I'll refund the 20 pound fee today, then pop you on hold for a minute while I check the rest.").has("commitment", 2)


# A stock "sorry" fits anyone; a reaction fits this customer.
@pytest.mark.parametrize("text", [
    "Apologies for any inconvenience caused.",
    "We are very sorry indeed.",
    "I know how you feel, sorry about that.",
])
def test_a_formula_apology_is_warmth_by_rote_not_a_reaction(text):
    empathy = [a for a in acts(text).acts if a.name in ("empathy", "understanding")]
    assert empathy and all(a.kind == "cliche" for a in empathy if a.strength == 1)


def test_a_reaction_to_their_situation_is_not_a_formula():
    found = [a for a in acts("How maddening, after all the planning for the party.").acts if a.name == "empathy"]
    assert found and all(a.kind != "cliche" for a in found)


@pytest.mark.parametrize("text", ["I can't give out a patient's results over the phone.", "We won't be able to swap it."])
def test_a_modal_followed_by_not_is_no_ownership(text):
    from trainer.language import find
    from trainer.text import normalise

    assert find("OWNERSHIP", normalise(text), inner=True) is None


@pytest.mark.parametrize("text", ["I've re-issued the gym pass to your email.", "I'll post the new fob tomorrow."])
def test_work_done_or_promised_is_not_also_an_offer(text):
    names = acts(text).names()
    assert "offer" not in names and names & {"done", "commitment"}


@pytest.mark.parametrize("customer, reply, news", [
    ("Could you move my slot to Thursday?", "Sure, I'll move it to Thursday at ten.", False),
    ("Can you sort the invoice?", "Of course.", False),
    ("Can I still get the discount?", "Yes, you can.", True),
    ("Is the green one back?", "Yes, it's back in stock.", True),
])
def test_a_yes_that_agrees_to_act_is_assent_and_a_yes_about_their_situation_is_news(customer, reply, news):
    found = analyse(reply, Context(last_customer_line=customer)).names()
    assert ("good_news" in found) is news


@pytest.mark.parametrize("text", [
    "Have a seat while your lenses are fitted.",
    "The opening hours were printed on the leaflet.",
    "I was told the meter was replaced.",
    "Sorry, the clinic is short-staffed today.",
])
def test_a_passive_in_a_time_clause_a_report_or_a_notice_is_not_work_done(text):
    assert "done" not in acts(text).names()


def test_a_plain_passive_report_of_work_is_still_done():
    assert "done" in acts("Your lenses are fitted and ready at the front desk.").names()


@pytest.mark.parametrize("text, kind", [
    ("I am not sure, so let me ask Marguerite in accounts, two ticks.", "escalation"),
    ("Let me ask my supervisor and come back to you in five minutes.", "escalation"),
    ("I ring you tomorrow when the van come back.", "plain"),
    ("If the courier misses you, I will drop it round myself.", "fallback"),
])
def test_promises_in_plain_words_a_named_helper_or_a_plan_b_are_commitments(text, kind):
    found = acts(text).acts
    assert any(a.name == "commitment" and a.kind == kind for a in found) and "stalling" not in {a.name for a in found}


@pytest.mark.parametrize("text", ["I post the statements every month.", "Let me ask.", "I will ask the team later."])
def test_habits_and_bare_stalls_are_not_those_commitments(text):
    assert not any(a.name == "commitment" and a.kind in ("plain", "escalation") for a in acts(text).acts)


def test_a_time_clause_then_what_happens_is_a_statement_not_a_question():
    assert "question" not in acts("When the form arrives, you just sign and post it back.").names()
    assert "bad_news" not in acts("If the courier misses you, I will drop it round myself.").names()


@pytest.mark.parametrize("reply", ["How maddening, a flat tyre on the way to the airport.", "How kind of you to wait.",
                                   "How frustrating for you!", "How annoying that the lift is out again."])
def test_how_and_a_feeling_exclaims_it_does_not_ask(reply):
    assert "question" not in acts(reply).names()
    assert "question" in acts("How long, roughly?").names() and "question" in acts("How do I reset it").names()


@pytest.mark.parametrize("question, echo, answer", [
    ("Can I pay my parking permit online?", "Thanks for asking about parking permits, we love hearing from residents.",
     "Yes - log in with your permit number and pay under Renewals."),
    ("How do I reset the router?", "Great question about the router, lots of people ask about routers.",
     "Hold the pin-hole button on the back of the router for ten seconds; it takes a minute to come back."),
])
def test_an_echo_of_the_topic_is_not_an_answer_but_the_information_is(question, echo, answer):
    from trainer.language import answers

    assert not answers(question, [], analyse(echo))
    assert answers(question, [], analyse(answer))


def test_a_negator_at_the_start_of_a_sentence_still_governs_it():
    assert "good_news" not in acts("No upgrade is possible on this fare.").names()
    assert "refusal" not in acts("Yes, that is possible.").names()


def test_without_in_the_subject_does_not_cancel_the_feeling():
    assert "empathy" in acts("A wedding without the photographer you booked is heartbreaking.").names()


def test_how_long_something_takes_is_not_a_stall():
    assert "stalling" not in acts("The update installs overnight and takes a minute to restart.").names()


@pytest.mark.parametrize("text", [
    "You can't have scanned the barcode properly.",
    "You must have typed the old postcode.",
    "Account holders are responsible for reporting a lost card.",
])
def test_fault_inferred_or_put_on_a_rule_is_blame(text):
    assert "blame" in acts(text).names()


@pytest.mark.parametrize("text", ["You must have been so anxious.", "You will have had a text from us.", "You must have felt let down."])
def test_inferring_their_feelings_or_what_they_received_is_not_blame(text):
    assert "blame" not in acts(text).names()


@pytest.mark.parametrize("text", [
    "We haven't any in navy until the spring.",
    "The locksmith has yet to arrive.",
    "Your passport photos are not ready yet.",
    "The earliest appointment is not until next Tuesday.",
])
def test_unwelcome_news_told_as_not_yet_or_not_until_is_bad_news(text):
    assert "bad_news" in acts(text).names()


@pytest.mark.parametrize("text", ["The slimline kettle would suit your gran best.", "The quiet room at the back would be ideal for you."])
def test_a_recommendation_that_fits_them_is_an_offer(text):
    assert "offer" in acts(text).names()


def test_saying_something_would_not_suit_them_offers_nothing():
    assert "offer" not in acts("The top bunk would not suit your gran.").names()


def test_a_step_to_take_answers_a_how_do_i_question_without_repeating_its_words():
    from trainer.language import answers

    question = "How do I get my deposit back?"
    assert answers(question, [], analyse("Just email the checkout photos to the lettings desk."))
    assert not answers(question, [], analyse("Lots of tenants wonder about that."))


# Near-misses a fresh-eyes reviewer found for this session's readers.
@pytest.mark.parametrize("text", ["We close at 6 tomorrow.", "We ship within 2 working days of payment.", "We deliver on Mondays and Thursdays."])
def test_timetables_and_house_rules_are_not_promises(text):
    assert not any(a.name == "commitment" for a in acts(text).acts)


@pytest.mark.parametrize("customer, reply", [("Can you check my payment went through?", "Yes, it cleared this morning."),
                                             ("Could you see if the table is still booked?", "Yes, your table for four is still on for Saturday.")])
def test_a_yes_that_reports_how_things_stand_is_good_news_even_after_a_request(customer, reply):
    assert "good_news" in analyse(reply, Context(last_customer_line=customer)).names()


@pytest.mark.parametrize("text, act, kind", [
    ("If you'd like, I'll post it by recorded delivery tomorrow.", "offer", ""),
    ("When the spare arrives on Tuesday, I'll ring you to book the fitting.", "commitment", ""),
])
def test_a_courtesy_if_offers_and_a_when_clause_promises_neither_is_a_plan_b(text, act, kind):
    assert any(a.name == act and a.kind == kind for a in acts(text).acts)


def test_closing_courtesies_and_neutral_inferences_are_not_promises_or_blame():
    assert not any(a.kind == "fallback" for a in acts("If you have any other questions, I'll be happy to help.").acts)
    assert "blame" not in acts("You must have spoken to my colleague Imran yesterday.").names()
    assert "good_news" not in acts("It is possible that the parcel is held at customs.").names()
    assert "bad_news" not in acts("The next bus is in 5 minutes.").names()


@pytest.mark.parametrize("reply", ["If it were me, I'd go for the walnut frame.", "Then I'd pick the aisle seat - more legroom.",
                                   "For a first-time camper, I'd go with the two-person tent."])
def test_saying_what_you_would_pick_recommends(reply):
    assert "offer" in analyse(reply, Context()).names()


def test_picking_something_up_is_no_recommendation():
    assert "offer" not in analyse("I'd pick it up from the depot myself.", Context()).names()


def test_discourse_words_and_a_push_do_not_say_the_customer_back():
    customer = "To be honest I'm not sure, which one would you pick for a beginner?"
    found = analyse("Honestly, you had better take the dearest one before it goes.", Context(last_customer_line=customer)).names()
    assert "understanding" not in found


def test_can_you_tell_me_what_asks_what_not_yes_or_no():
    from trainer.language import answers, customer_questions

    ((asked, kinds),) = customer_questions("Can you tell me which platform the Leeds train leaves from?")
    assert not answers(asked, kinds, analyse("Yes, of course I can.", Context()))
    assert answers(asked, kinds, analyse("The Leeds train leaves from platform 4.", Context()))


def test_a_plan_b_typed_without_a_comma_is_still_a_promise():
    found = analyse("if the plumber cancels again we will send our own engineer on friday", Context()).acts
    assert any(a.name == "commitment" and a.kind == "fallback" for a in found)


@pytest.mark.parametrize("reply", [
    # their situation said first, then judged
    "Locked out at midnight with the baby asleep inside, that's a proper headache.",
    "A leaking roof the week the in-laws arrive, that must be bleak.",
    # a feeling explained by what happened to them
    "I can see why a water rate three times last year's came as a real blow.",
    "No wonder a second refusal in a week came as a shock.",
    "I understand why losing the deposit was such a worry.",
    # their lot judged without a feeling frame
    "Losing your only spare key the night before a flight is a proper setback.",
    "Still no heating after three visits, and miserable for your little one.",
    "Aw, poor you, a whole weekend without the car.",
])
def test_their_situation_judged_or_explained_is_a_reaction(reply):
    assert "empathy" in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", [
    "Good question about the warranty, that's a tricky one.", "The rubbish is collected on Tuesdays.",
    # a fact explained, and the shop's own troubles
    "I understand why the hinge was cracked.", "I can see how the mix-up happened.", "No wonder the screen was scratched.",
    "Our courier network is a shambles this month.", "I understand why that was a problem for the system.",
])
def test_a_judgement_of_a_question_a_plain_fact_or_the_shops_troubles_is_no_reaction(reply):
    assert "empathy" not in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", ["The alterations aren't done yet.", "Yeah, none of the large ones left, sorry.",
                                   "We've run out of the blue paint.", "Still waiting on the part from the warehouse."])
def test_unfinished_work_and_empty_shelves_are_bad_news(reply):
    found = analyse(reply, Context(last_customer_line="Is my order ready?")).names()
    assert "bad_news" in found and "good_news" not in found


def test_a_leading_yeah_is_good_news_only_as_the_answer_to_a_yes_or_no_question():
    assert "good_news" in analyse("Yes.", Context(last_customer_line="Is the pool open on Sundays?")).names()
    assert "good_news" not in analyse("Absolutely, the last swim is at seven.", Context(last_customer_line="I'd like to book a swim.")).names()


@pytest.mark.parametrize("reply", ["The boilers are serviced by an outside contractor, so ring them.", "Your application has been received.",
                                   "Your letter was logged on Monday."])
def test_someone_elses_work_and_a_receipt_are_not_work_done(reply):
    assert "done" not in analyse(reply, Context()).names()


def test_work_done_by_our_own_people_is_still_done():
    assert "done" in analyse("The lock was changed by our locksmith this morning.", Context()).names()


def test_a_handover_that_says_what_the_colleague_can_do_is_a_full_handover():
    found = analyse("The mortgage adviser can look at the rate with you, so I'm passing you to her now.", Context()).acts
    assert any(a.name == "transfer" and a.strength == 2 for a in found)
    assert "transfer" in analyse("Connecting you.", Context()).names()


@pytest.mark.parametrize("reply", ["The car park closes at ten tonight.", "The library opens at nine on Saturdays."])
def test_a_timetable_is_no_promise(reply):
    assert "commitment" not in analyse(reply, Context()).names()


def test_a_plan_for_them_in_the_present_is_still_a_promise():
    assert "commitment" in analyse("The fitter delivers your new door at ten tomorrow.", Context()).names()


def test_telling_a_browsing_customer_to_take_their_time_is_not_a_curt_order():
    assert "imperative" not in analyse("Take your time, there's no rush at all.", Context()).politeness
    assert "imperative" in analyse("Take the form to the desk.", Context()).politeness


@pytest.mark.parametrize("reply", ["The parks team has your report and will get back to you in due course.",
                                   "It depends on the weather, so we'll just have to wait and see."])
def test_a_promise_to_wait_is_a_stall_not_a_commitment(reply):
    found = analyse(reply, Context()).names()
    assert "stalling" in found and "commitment" not in found and "follow_up" not in found


def test_a_promise_with_a_time_stays_a_promise_whatever_it_waits_for():
    found = analyse("I'll ring you at 4 tomorrow, once I hear back from the roofer.", Context()).names()
    assert "commitment" in found and "stalling" not in found


def test_a_yes_or_no_question_after_a_rushed_lead_in_is_answered_by_a_plain_yes():
    from trainer.language import answers, customer_questions

    ((asked, kinds),) = customer_questions("Sorry, I'm on the platform, bit of a rush - is the 10:15 to Bath running?")
    assert answers(asked, kinds, analyse("Yes, on time, platform 2.", Context()))


def test_what_should_i_do_is_answered_by_telling_them_what_to_do():
    from trainer.language import answers, customer_questions

    ((asked, kinds),) = customer_questions("Water is coming through the kitchen ceiling - what should I do?")
    assert answers(asked, kinds, analyse("Turn off the stopcock under the sink and put a bucket down.", Context()))
    assert not answers(asked, kinds, analyse("Thank you so much for your patience today.", Context()))


def test_a_promise_after_a_time_clause_typed_without_its_comma_is_still_a_promise():
    found = analyse("Once I have the valuation I will send your offer letter within three working days, and no fee is due before then.", Context()).acts
    assert any(a.name == "commitment" and a.strength == 2 for a in found)


@pytest.mark.parametrize("reply, asking", [("When the valuation comes back I'll ring you with the figure.", False),
                                           ("When will the valuation come back", True),
                                           ("when do you think we can collect it", True)])
def test_a_time_clause_without_its_comma_is_a_statement_not_a_question(reply, asking):
    assert ("question" in analyse(reply, Context()).names()) is asking


def test_an_offer_of_choices_closed_by_a_dashed_question_is_still_an_offer():
    found = analyse("I can text you the minute the frames are in, or we can post them out to you - whichever suits you better?", Context()).names()
    assert "offer" in found


def test_certainty_about_what_nobody_at_the_desk_controls_is_an_overpromise():
    assert "overpromise" in analyse("Absolutely - the coach always waits for late trains, you'll get on it.", Context()).names()
    assert "overpromise" not in analyse("Absolutely, I will ring the depot at four and call you straight back.", Context()).names()


@pytest.mark.parametrize("reply", ["The blue sofa is sold out, but we have the same frame in grey in the warehouse.",
                                   "Tuesday's class is full; however the Thursday evening group is open."])
def test_what_is_available_after_a_no_is_an_offer(reply):
    assert "offer" in analyse(reply, Context()).names()


def test_work_awaited_in_a_when_clause_is_not_work_done():
    found = analyse("We'll replace the cracked tiles this week and ring you once it's all done.", Context()).names()
    assert "done" not in found and "commitment" in found


@pytest.mark.parametrize("reply", ["Let me check the boarding list, two minutes.", "I'm ringing the kennels now to see if there's space."])
def test_a_check_that_says_what_and_how_soon_is_a_courteous_hold_not_a_stall(reply):
    found = analyse(reply, Context()).acts
    assert any(a.name == "hold" and a.strength == 2 for a in found) and "stalling" not in {a.name for a in found}


@pytest.mark.parametrize("reply", ["Let me check.", "I'm just checking."])
def test_a_check_that_says_nothing_of_what_or_when_still_stalls(reply):
    assert "stalling" in analyse(reply, Context()).names()


def test_a_promise_in_the_plain_present_with_now_is_a_promise():
    assert "commitment" in analyse("I cancel the second booking now for you.", Context()).names()


@pytest.mark.parametrize("reply", ["So that's your locker code reset and your deposit back on the card.", "That's your meter reading logged."])
def test_work_reported_as_a_status_is_work_done(reply):
    assert "done" in analyse(reply, Context()).names()


def test_a_brief_hold_with_its_reason_is_a_hold():
    found = analyse("I'll put you on a short hold while I ring the warehouse - about two minutes.", Context()).acts
    assert any(a.name == "hold" and a.strength == 2 for a in found)


def test_have_you_even_is_condescending():
    assert "rudeness" in analyse("Have you even checked the fuse box?", Context()).names()
    assert "rudeness" not in analyse("Have you checked the fuse box yet?", Context()).names()


def test_if_you_had_after_the_customers_name_still_blames_them():
    assert "blame" in analyse("Mr Osei, if you had answered the door, the driver would not have taken it back.", Context()).names()


@pytest.mark.parametrize("reply", ["Yes, the leaking valve is the problem.", "That's the issue, the seal has perished."])
def test_naming_what_went_wrong_is_not_blaming_the_customer(reply):
    assert "blame" not in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", ["Sorting the recycling is your responsibility, not ours.", "Checking the size was the buyer's job."])
def test_putting_it_on_the_customer_still_blames(reply):
    assert "blame" in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", ["I'll send the revised quote within three working days.", "We will send your new permit by Friday."])
def test_sending_the_document_by_a_time_is_a_follow_up(reply):
    assert "follow_up" in analyse(reply, Context()).names()


def test_sending_it_with_no_time_is_a_promise_but_no_follow_up():
    found = analyse("I will send it.", Context()).names()
    assert "commitment" in found and "follow_up" not in found


@pytest.mark.parametrize("reply", ["Four visits and still no hot water - I'd be fed up too.", "You must be at the end of your tether with it.",
                                   "Anyone would be beside themselves after a week of that."])
def test_a_feeling_said_in_an_idiom_is_a_reaction(reply):
    assert "empathy" in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", ["The old bracket must be in bits by now.", "The bins would be put out on Monday."])
def test_an_idiom_about_a_thing_is_no_reaction(reply):
    assert "empathy" not in analyse(reply, Context()).names()


def test_their_situation_said_back_and_judged_is_a_reaction():
    said = Context(last_customer_line="The boiler's packed in again and I've got twins in the bath every night.")
    assert "empathy" in analyse("right, a dead boiler and twins needing a bath every night is a real headache.", said).names()
    assert "empathy" not in analyse("Our boiler supplier this winter is a proper ordeal.", said).names()


@pytest.mark.parametrize("reply, expected", [("ill msg u the moment its back", "follow_up"), ("ill txt u b4 5", "follow_up")])
def test_ill_before_a_shorthand_verb_is_a_promise(reply, expected):
    assert expected in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", ["The brake bleed we did in April should still be fine.", "I see we serviced it last spring."])
def test_work_done_for_them_at_an_earlier_date_is_their_history(reply):
    from trainer.language import find
    from trainer.text import normalise

    assert find("HISTORY", normalise(reply))


@pytest.mark.parametrize("reply", ["I can see you on the booking system.", "I can see you paid for the upgrade on Monday."])
def test_i_can_see_you_is_neither_a_goodbye_nor_a_promise(reply):
    found = analyse(reply, Context()).names()
    assert "closing" not in found and "commitment" not in found


@pytest.mark.parametrize("reply", ["See you on Friday!", "Thanks, see you soon.", "Lovely, see you then."])
def test_see_you_at_the_end_is_still_a_goodbye(reply):
    assert "closing" in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", [
    "The frames come in at ten and I have your glasses ready by three today.",
    "Courier picks up at noon, so we get the spare key to you tomorrow morning.",
    "I have it fixed for you by Thursday.",
    "If I put the order in now it goes on the 11 am van and she'll have it by half one.",
    "Your parcel goes on tomorrow's courier run at 9.",
    "Your son will have the new charger by Thursday.",
])
def test_a_promise_in_the_plain_present_or_told_as_the_plan_is_timed(reply):
    """Learners promise in the plain present mid-sentence too, and with "have it ready" rather than a work verb;
    a plan is told by the run it goes on or by when they will have it."""
    assert any(a.name == "commitment" and a.strength == 2 for a in analyse(reply, Context()).acts)


@pytest.mark.parametrize("reply", ["I have a training session at four today.", "The shop opens at nine and we close at six tomorrow.",
                                   "I think we get it back by Monday."])
def test_a_plan_of_ones_own_a_timetable_or_a_guess_in_the_plain_present_promises_nothing(reply):
    assert "commitment" not in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", ["Oh you poor thing, what a way to end the day.", "Oh dear, you poor love, that sounds exhausting."])
def test_you_poor_thing_said_about_their_trouble_is_sympathy(reply):
    names = analyse(reply, Context()).names()
    assert "empathy" in names and "rudeness" not in names


@pytest.mark.parametrize("reply", ["Aww, you poor thing, did the big scary form confuse you?", "You poor thing, was the button too hard for you?"])
def test_you_poor_thing_that_mocks_their_ability_is_sarcasm(reply):
    assert "rudeness" in analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", [
    "Please hold the power button for ten seconds, and the router will restart.",
    "You are a gold star member, so delivery is free.",
    "I've put your homework folder aside at the front desk.",
    "Like everyone else who booked, you get a free drink on arrival.",
    "If you look here on the invoice, the second line is the deposit.",
    "If it is life-threatening, call 999 straight away.",
    "Most customers can claim online in five minutes.",
    "It takes at least three working days to clear.",
    "Don't worry, we'll deal with it today.",
    "Obviously we will refund you in full.",
    "You will be fine, the engineer arrives at 2.",
    "Is there anybody nearby who could pick something up for him?",
    "Let's move on to your second question.",
    "You're not the only one who found the form confusing, so we're changing it.",
])
def test_plain_operational_words_that_share_an_idiom_are_neither_rude_nor_dismissive(reply):
    """The words of a put-down ("deal with it", "the power button", "like everyone else") in an ordinary
    instruction or promise: an auto-fail here would fail a trainee for doing the job."""
    assert not {"rudeness", "dismissal"} & analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", [
    "Have you tried the power button?", "You get a gold star.", "Did you even do your homework?",
    "Like everyone else, you will have to wait.", "Look here, mate.", "Are you even listening?", "That's life.",
    "Most people manage it fine.", "Deal with it.", "Obviously you didn't read it.", "You'll live.", "Just pick one.",
    "You're not the only customer, you know.",
])
def test_the_same_idioms_said_at_the_customer_still_cost(reply):
    assert {"rudeness", "dismissal"} & analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", ["We have no-added-sugar ones too.", "There's a no-quibble returns desk by the door."])
def test_a_no_compound_is_a_kind_of_thing_not_bad_news(reply):
    assert "bad_news" not in analyse(reply, Context()).names()


def test_a_plain_present_that_is_a_refusal_is_not_a_promise():
    assert "commitment" not in analyse("No, sorry, we can't fit six in, we're full until Saturday.", Context()).names()


@pytest.mark.parametrize("reply", [
    "Look, I've gone over this twice already.", "You should know that by now.", "We're slammed, so make it quick.",
    "I don't know what you expect me to do, mate.", "Are you seriously telling me you lost it again?",
    "If you'd bothered to open the letter you'd know.", "Whatever, just bin it.", "What is it this time?",
    "I haven't got all day.", "Can you come to the point?", "Sounds like a you problem.", "Read the notice.",
    "No one else has ever had a problem with it.",
])
def test_impatience_and_talking_down_in_any_trade_cost(reply):
    assert {"rudeness", "dismissal"} & analyse(reply, Context()).names()


@pytest.mark.parametrize("reply", ["You've had a rough week by the sound of it.", "Sounds like you've had a really long day."])
def test_saying_they_have_had_a_hard_time_is_a_reaction_to_their_feelings(reply):
    assert "empathy" in analyse(reply, Context()).names()


def test_a_name_is_not_spelling_corrected_into_a_word():
    from trainer.text import normalise

    assert "walter" in normalise("Right, Walter's been with us forty years.")
    assert "refund" in normalise("I will refnud you today.")  # a plain slip is still put right


@pytest.mark.parametrize("reply", ["We won't leave her stranded, I promise.", "We will not let you down on this one."])
def test_refusing_to_let_them_down_is_not_a_refusal(reply):
    assert not {"refusal", "bad_news"} & analyse(reply, Context()).names()
