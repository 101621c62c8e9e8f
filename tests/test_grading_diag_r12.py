"""Single replies with no scenario, one thing changed at a time: work done with its proof already sent,
an honest estimate whose plan B is said without "I'll", a promise of what a third party decides, a
feeling named through an intensifier or through what is at stake, and talking down to a customer
who forgot. Every sentence here is invented."""

from trainer import catalog
from trainer.grading import grade
from trainer.language import analyse
from trainer.transcript import Transcript, Turn


def _card(customer, reply, channel="chat"):
    turns = [Turn("customer", customer), Turn("agent", reply)]
    return grade(Transcript(scenario=None, turns=turns, channel=channel), catalog.load_rubric())


def _criterion(card, pillar, criterion):
    return next(c for c in card.pillars[pillar].criteria if c.id == criterion)


def _acts(text):
    return {a.name for a in analyse(text).acts}


def test_work_done_with_the_proof_already_sent_follows_up_as_well_as_a_promise_to_confirm():
    customer = "Can you take the late fee off my library account?"
    promised = _card(customer, "I'll remove the late fee by 5 pm today and email you to confirm.")
    done_bare = _card(customer, "I've removed the late fee from your account just now.")
    done_shown = _card(customer, "I've removed the late fee from your account just now; the receipt is attached to this chat.")
    assert _criterion(done_bare, "reliability", "follow-up").score < _criterion(done_shown, "reliability", "follow-up").score
    assert _criterion(done_shown, "reliability", "follow-up").score >= _criterion(promised, "reliability", "follow-up").score
    assert done_shown.pillars["reliability"].score >= promised.pillars["reliability"].score


def test_an_honest_estimate_with_an_impersonal_plan_b_is_a_concrete_commitment():
    customer = "Will the marquee be up before the garden party on Sunday?"
    alone = "Friday is the plan, so likely yes."
    with_plan_b = alone + " If the ground is waterlogged, the next slot is Saturday morning, still in time."
    assert _criterion(_card(customer, alone, "email"), "reliability", "concrete-commitment").score < 100
    assert _criterion(_card(customer, with_plan_b, "email"), "reliability", "concrete-commitment").score == 100
    # a plan B with no day of its own is no plan
    vague = alone + " If the ground is waterlogged, the next slot is whenever the crew is free."
    assert _criterion(_card(customer, vague, "email"), "reliability", "concrete-commitment").score < 100


def test_promising_what_a_third_party_decides_is_an_overpromise_however_it_is_sworn():
    for sworn in ("It will pass the inspection, I promise you, the board always signs our kitchens off.",
                  "You have my word the surveyor will approve the loft."):
        assert "overpromise" in _acts(sworn)
    # promising one's own part stays a promise
    assert "overpromise" not in _acts("I promise you I'll ring you back by four.")
    customer = "Will the board approve my kitchen refit?"
    sworn = _card(customer, "It will pass the inspection, I promise you, the board always signs our kitchens off.", "in-person")
    honest = _card(customer, "Most refits we submit pass, but the board decides; if they ask for changes, we'll redo the drawings free.", "in-person")
    assert sworn.pillars["reliability"].score < honest.pillars["reliability"].score


def test_a_feeling_named_with_an_intensifier_is_still_a_feeling():
    plain = "Two hours on hold and then cut off. That's a letdown."
    intensified = "Two hours on hold and then cut off. That's a proper letdown."
    assert "empathy" in _acts(plain) and "empathy" in _acts(intensified)
    assert "empathy" in _acts("A whole day lost to the wrong part: that's a proper headache.")


def test_naming_what_is_at_stake_reacts_to_their_situation_more_than_a_stock_apology():
    customer = "The boiler has packed up and we've got a newborn at home."
    stock = _card(customer, "I'm very sorry for any inconvenience this may have caused you today.", "phone")
    stakes = _card(customer, "No heating with a newborn at home: that's an emergency. I'm booking the first engineer out for you now.", "phone")
    assert _criterion(stakes, "empathy", "emotional-reaction").score > _criterion(stock, "empathy", "emotional-reaction").score
    assert "empathy" not in _acts("It isn't an emergency, so I'll book the engineer for Monday.")


def test_talking_down_to_a_customer_who_forgot_costs_professionalism():
    customer = "Sorry, I've forgotten how to set the timer on the oven again."
    kind = "No problem at all. Hold the clock button for three seconds, then turn the dial."
    for talking_down in ("We've been through this before, dear.",
                         "Do try to remember the steps next time, won't you?"):
        assert "rudeness" in _acts(talking_down)
        worse = _card(customer, talking_down + " " + kind, "in-person")
        assert worse.pillars["professionalism"].score < _card(customer, kind, "in-person").pillars["professionalism"].score
    # "Dear" opening a letter is a greeting, not a pet name
    assert "rudeness" not in _acts("Dear Mr Okafor, the new hinges arrived this morning.")


def _reliability(context, customer, reply, channel="phone"):
    turns = []
    for said, answered in context:
        turns += [Turn("customer", said), Turn("agent", answered)]
    turns += [Turn("customer", customer), Turn("agent", reply)]
    return grade(Transcript(scenario=None, turns=turns, channel=channel), catalog.load_rubric()).pillars["reliability"]


def test_included_then_extra_is_a_price_changed_without_a_word():
    context = [("Do you take the old fridge away?", "Yes, the old fridge goes with us; that's included in the price.")]
    customer = "Great, so nothing more to pay on the day?"
    changed = _reliability(context, customer, "We'll disconnect it, but hauling the old fridge away is extra.")
    kept = _reliability(context, customer, "Right, the old fridge goes with us, as quoted.")
    consistency = lambda pillar: next(c for c in pillar.criteria if c.id == "consistency").score  # noqa: E731
    assert consistency(changed) == 0 and consistency(kept) == 100
    assert changed.score < kept.score
    # "extra" names no sum, so it breaks only an earlier "free", not an earlier price
    priced = [("How much is fitting?", "Fitting is £40 on top of the fridge.")]
    assert consistency(_reliability(priced, "And fitting is charged separately?", "Yes, fitting is extra, paid on the day.")) != 0


def test_a_broken_promise_is_not_averaged_away_by_a_firm_new_one():
    context = [("Can I swap my lesson day?", "Yes, swapping days is free if you tell us the day before.")]
    customer = "Please swap Tuesday's lesson to Thursday."
    broken = _reliability(context, customer, "I've moved your lesson to Thursday. Please note a £15 change fee applies to every swap.", "email")
    kept = _reliability(context, customer, "Your lesson now stands on Thursday, at no charge, as you told us a day ahead.", "email")
    assert broken.score < kept.score


def test_keying_in_their_own_secret_is_not_being_asked_for_it():
    assert "secrets" not in _acts("Here's the reader: tap your card and key in your PIN yourself.")
    assert "secrets" not in _acts("Please type your password into the app yourself; it never reaches me.")
    assert "secrets" in _acts("Type your PIN here in the chat and I'll sort it.")
    customer = "Can you pay the parking fine for me with my card?"
    asked = _card(customer, "Sure, just read me your card number and your PIN.", "in-person")
    own = _card(customer, "Sure, here's the reader: tap your card and key in your PIN yourself.", "in-person")
    assert [f.id for f in asked.flags] and not own.flags
    assert own.overall > asked.overall


def test_handing_their_problem_back_as_someone_elses_business_is_deflection():
    for handed_back in ("The warranty sits with the maker, so that's a matter for them.",
                        "Your room was booked through an agent, so please contact them directly."):
        assert "deflection" in _acts(handed_back)
    assert "deflection" not in _acts("I've asked the agent to rebook you and I'll call them directly today.")
