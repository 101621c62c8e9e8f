"""The grader: change one thing in a trainee's replies and the right pillar moves, the others stay put."""

import pytest

from tests.helpers import scenario
from trainer import catalog
from trainer.grading import grade
from trainer.transcript import Transcript, Turn

PILLARS = ["responsiveness", "empathy", "knowledge", "professionalism", "personalization", "reliability"]

DANA_CUSTOMER = [
    "Hi. I'm calling about order 58214. It's a music box for my daughter's birthday and it turned up this morning broken.",
    "Thank you. It was supposed to be special. So what are you going to do about it?",
    "The party is Saturday at two. Can you make another one?",
    "Okay. And how will I know it's actually been sent?",
    "Right. Thank you, I mean that.",
]

DANA_GOOD = [
    "Hi Dana, I'm so sorry - finding Lily's music box broken right before her birthday must be really upsetting.",
    "Let's get a new one to you. When is the party, and would you like the same engraving?",
    "I'll send a free replacement with the same engraving by free express shipping, so it ships Thursday and arrives on Friday, before the party. You can keep the damaged box; we won't ask for it.",
    "On Thursday I'll email the tracking number to you as soon as it ships, and I'll check it's delivered on Friday myself.",
]

MARCUS_CUSTOMER = [
    "Morning! The usual, please. Large oat flat white with the Sierra Madre.",
    "Oh no. What can you do instead? I've got a train.",
    "Perfect, thanks.",
]

MARCUS_GOOD = [
    "Morning Marcus! Sorry, the Sierra Madre's sold out today - the delivery is late.",
    "I can make you the large oat flat white using the Colombian Huila, it's smooth and less bitter. It'll be ready in two minutes, and I'll keep a bag of Sierra Madre under the counter for you tomorrow.",
]


def transcript(customer_lines, agent_lines, seconds=12.0):
    turns = []
    for i, line in enumerate(customer_lines):
        turns.append(Turn("customer", line))
        if i < len(agent_lines):
            turns.append(Turn("agent", agent_lines[i], seconds=seconds))
    return Transcript(scenario=None, turns=turns, source="test")


def card(agent_lines, scenario_id="damaged-birthday-gift", seconds=12.0, with_scenario=True):
    customer = DANA_CUSTOMER if scenario_id == "damaged-birthday-gift" else MARCUS_CUSTOMER
    sc = scenario(scenario_id) if with_scenario else None
    return grade(transcript(customer, agent_lines, seconds), catalog.load_rubric(), sc)


def scores(c):
    return {p: c.pillars[p].score for p in PILLARS}


def assert_moves(base, changed, pillar, *, down_by=10, others_within=6):
    before, after = scores(base), scores(changed)
    assert after[pillar] <= before[pillar] - down_by, (pillar, before, after)
    for other in PILLARS:
        if other != pillar and before[other] is not None:
            assert abs(after[other] - before[other]) <= others_within, (other, before, after)


def replace(lines, index, new):
    out = list(lines)
    out[index] = new
    return out


# --- metamorphic: one change, one pillar ------------------------------------------------


@pytest.mark.parametrize("scenario_id,lines", [("damaged-birthday-gift", DANA_GOOD), ("out-of-stock-regular", MARCUS_GOOD)])
def test_dropping_the_customers_name_moves_personalization(scenario_id, lines):
    name = "Dana" if scenario_id == "damaged-birthday-gift" else "Marcus"
    without = [line.replace(f"Hi {name}, ", "Hi, ").replace(f"Morning {name}!", "Morning!") for line in lines]
    assert without != lines
    assert_moves(card(lines, scenario_id), card(without, scenario_id), "personalization")


@pytest.mark.parametrize("scenario_id,lines", [("damaged-birthday-gift", DANA_GOOD), ("out-of-stock-regular", MARCUS_GOOD)])
def test_slow_replies_move_responsiveness(scenario_id, lines):
    assert_moves(card(lines, scenario_id, seconds=8), card(lines, scenario_id, seconds=240), "responsiveness", down_by=20)


def test_a_wrong_policy_fact_moves_knowledge():
    wrong = replace(DANA_GOOD, 2, "I'll send a free replacement with the same engraving once we get the broken one back, so it will arrive on Friday, before the party.")
    assert_moves(card(DANA_GOOD), card(wrong), "knowledge", others_within=8)


def test_quoting_standard_shipping_moves_knowledge():
    wrong = replace(DANA_GOOD, 2, DANA_GOOD[2].replace("by free express shipping, so it ships Thursday and arrives on Friday, before the party", "by standard shipping, which takes 5-7 business days"))
    base, changed = card(DANA_GOOD), card(wrong)
    assert changed.pillars["knowledge"].score <= base.pillars["knowledge"].score - 20


def test_retracting_a_promise_moves_reliability():
    retracted = DANA_GOOD + ["Actually, I can't send a replacement with express shipping after all, it'll go standard."]
    customer = DANA_CUSTOMER
    base = grade(transcript(customer, DANA_GOOD), catalog.load_rubric(), scenario("damaged-birthday-gift"))
    changed = grade(transcript(customer + ["What? You just said Friday."], retracted), catalog.load_rubric(), scenario("damaged-birthday-gift"))
    assert changed.pillars["reliability"].score <= base.pillars["reliability"].score - 15
    assert abs(changed.pillars["empathy"].score - base.pillars["empathy"].score) <= 6


def test_changing_the_delivery_day_moves_reliability():
    changed_day = replace(DANA_GOOD, 3, "On Thursday I'll email the tracking number to you; the replacement will arrive on Monday.")
    base, changed = card(DANA_GOOD), card(changed_day)
    assert changed.pillars["reliability"].score <= base.pillars["reliability"].score - 15


def test_policy_wall_instead_of_the_solution_moves_professionalism():
    wall = replace(DANA_GOOD, 2, "That's our policy, I'm afraid: there's nothing I can do until the damaged item comes back to us.")
    base, changed = card(DANA_GOOD), card(wall)
    assert changed.pillars["professionalism"].score <= base.pillars["professionalism"].score - 15
    assert changed.pillars["knowledge"].score < base.pillars["knowledge"].score


def test_stuffing_with_sorry_i_understand_earns_no_empathy():
    stuffed = ["Sorry, I understand. Sorry, I understand. I understand, sorry."] * 4
    plain = ["Let me check the order.", "Okay.", "I can send a replacement.", "It will ship soon."]
    assert card(stuffed).pillars["empathy"].score <= card(plain).pillars["empathy"].score + 10


def test_adding_sympathy_words_to_good_replies_does_not_raise_empathy_further():
    padded = [line + " Sorry. I understand. Sorry." for line in DANA_GOOD]
    assert card(padded).pillars["empathy"].score <= card(DANA_GOOD).pillars["empathy"].score


def test_removing_the_empathy_moves_empathy():
    cold = replace(DANA_GOOD, 0, "Hi Dana, I can see order 58214 on my screen.")
    cold = replace(cold, 1, "When is the party, and would you like the same engraving?")
    assert_moves(card(DANA_GOOD), card(cold), "empathy", down_by=25, others_within=12)


# --- flags ----------------------------------------------------------------------------------


def test_asking_for_a_password_is_an_auto_fail_that_caps_the_overall():
    risky = replace(DANA_GOOD, 1, "Before I go on, can you give me your account password so I can verify you?")
    c = card(risky)
    assert "asks-for-secrets" in {f.id for f in c.flags}
    assert c.overall <= 30


def test_blaming_the_customer_is_flagged():
    c = card(replace(DANA_GOOD, 0, "Hi Dana, you should have checked the box before signing for it."))
    assert "blames-customer" in {f.id for f in c.flags} and c.overall <= 40


def test_promising_what_policy_forbids_is_flagged():
    c = card(replace(DANA_GOOD, 3, "I'll also give you a 50% credit on your account, and email you the tracking on Thursday."))
    assert "forbidden-promise" in {f.id for f in c.flags}
    assert c.overall <= 45


def test_good_conversation_has_no_flags():
    assert card(DANA_GOOD).flags == [] and card(MARCUS_GOOD, "out-of-stock-regular").flags == []


# --- ordering ---------------------------------------------------------------------------------

DANA_LADDER = {
    "excellent": [
        "Hi Dana, thank you for calling, and I'm so sorry - a cracked music box is the last thing you want days before Lily's birthday.",
        "So the worry is getting a new one to her in time. When is the party, and would you like the same \"Lily\" engraving?",
        "My plan: a free replacement with the same engraving, made today before the 3 pm cut-off and upgraded to express at no cost, so it ships Thursday and arrives Friday. Keep the damaged one; your photo covers it.",
        "On Thursday I'll email the tracking number to you as soon as it ships, and since you've ordered three times this year I've added a 15% credit to your account. Is there anything else I can do for Lily's party?",
    ],
    "good": DANA_GOOD,
    "mediocre": [
        "Hello, sorry for the inconvenience.",
        "Okay. We can send a replacement.",
        "It should arrive soon.",
        "We'll be in touch.",
    ],
    "poor": [
        "Can I have the order number?",
        "You'll have to send the item back first and then we can look at a replacement.",
        "Standard shipping takes 5-7 business days.",
        "That's our policy.",
    ],
    "rude": [
        "What do you want?",
        "Calm down, it's only a music box. You should have checked it.",
        "That's not my problem, take it up with the courier.",
        "Whatever.",
    ],
}

MARCUS_LADDER = {
    "excellent": [
        "Morning Marcus! Sorry - we've no Sierra Madre left today, the roaster's delivery is late.",
        "How about the large oat flat white made with the Colombian Huila instead? It's smooth and less bitter. Ready in two minutes, on the house, and I'll keep a bag of Sierra Madre under the counter for you tomorrow.",
    ],
    "good": MARCUS_GOOD,
    "mediocre": [
        "Hi, we're out of that one.",
        "We have other coffees if you want something else.",
    ],
    "poor": [
        "We don't have it. The supply chain situation with our roaster is complicated because of delivery delays and so on and we do not really know when it will be back, it could be next week.",
        "There's nothing I can do, it's not in stock.",
    ],
    "rude": [
        "It's sold out, obviously. Can't you read the board?",
        "Not my problem, pal.",
    ],
}


@pytest.mark.parametrize("scenario_id,ladder", [("damaged-birthday-gift", DANA_LADDER), ("out-of-stock-regular", MARCUS_LADDER)])
def test_overall_orders_excellent_good_mediocre_poor_rude(scenario_id, ladder):
    overall = {level: card(lines, scenario_id).overall for level, lines in ladder.items()}
    assert overall["excellent"] > overall["good"] > overall["mediocre"] > overall["poor"] > overall["rude"], overall


def test_without_a_scenario_scenario_criteria_are_not_assessed():
    c = card(DANA_GOOD, with_scenario=False)
    knowledge = {cr.id: cr for cr in c.pillars["knowledge"].criteria}
    assert knowledge["accurate-facts"].score is None and "no scenario" in knowledge["accurate-facts"].note
    assert knowledge["resolution"].score is None
    assert c.pillars["empathy"].score is not None


@pytest.mark.parametrize("level", ["excellent", "good", "mediocre", "poor", "rude"])
def test_evidence_quotes_are_exact_substrings_of_the_trainees_turns(level):
    t = transcript(DANA_CUSTOMER, DANA_LADDER[level])
    c = grade(t, catalog.load_rubric(), scenario("damaged-birthday-gift"))
    agent = {i + 1: turn.text for i, turn in enumerate(t.turns) if turn.speaker == "agent"}
    for pillar in c.pillars.values():
        for evidence in pillar.evidence:
            assert evidence.quote in agent[evidence.turn]
    for flag in c.flags:
        assert flag.quote in agent[flag.turn]


def test_improvements_quote_the_turn_and_offer_a_better_phrasing_from_the_trainees_words():
    c = card(DANA_LADDER["mediocre"])
    assert len(c.improvements) == 2
    for item in c.improvements:
        assert item.turn is not None and item.quote
        assert item.better


def test_name_suggestion_uses_the_trainees_own_reply():
    c = card([line.replace("Hi Dana, ", "Hi, ") for line in DANA_GOOD])
    name = next(cr for cr in c.pillars["personalization"].criteria if cr.id == "name-use")
    assert name.score < 75
    assert name.suggestion.say.startswith("Hi Dana, ")


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    turns=st.lists(
        st.tuples(st.sampled_from(["customer", "agent"]), st.one_of(st.text(max_size=200), st.sampled_from(DANA_GOOD + DANA_CUSTOMER))),
        min_size=1,
        max_size=14,
    ),
    with_scenario=st.booleans(),
    seconds=st.one_of(st.none(), st.floats(min_value=0, max_value=10_000)),
)
def test_any_conversation_grades_without_error_and_quotes_only_what_was_said(turns, with_scenario, seconds):
    t = Transcript(scenario=None, turns=[Turn(who, text, seconds=seconds if who == "agent" else None) for who, text in turns], source="x")
    c = grade(t, catalog.load_rubric(), scenario("damaged-birthday-gift") if with_scenario else None)
    assert 0 <= c.overall <= 100
    spoken = {i + 1: turn.text for i, turn in enumerate(t.turns)}
    for pillar in c.pillars.values():
        assert pillar.score is None or 0 <= pillar.score <= 100
        for evidence in pillar.evidence:
            assert evidence.quote in spoken[evidence.turn]


def test_transferring_to_a_manager_is_not_ownership():
    owned = card(DANA_GOOD)
    passed = card(replace(DANA_GOOD, 2, "This is something my manager handles, so let me transfer you to my manager."))
    owner = {c.id: c.score for c in owned.pillars["professionalism"].criteria}["ownership"]
    transferred = {c.id: c.score for c in passed.pillars["professionalism"].criteria}["ownership"]
    assert transferred <= owner - 30


def test_calling_the_customer_by_the_wrong_name_costs_personalization():
    wrong = [line.replace("Hi Dana", "Hi Donna") for line in DANA_GOOD]
    assert card(wrong).pillars["personalization"].score <= card(DANA_GOOD).pillars["personalization"].score - 15


def test_very_slow_replies_cap_responsiveness_however_good_the_words():
    slow = card(DANA_GOOD, seconds=150)
    assert slow.pillars["responsiveness"].score <= 45


def test_courtesy_cannot_rescue_professionalism_after_asking_for_a_password():
    risky = replace(DANA_GOOD, 1, "Thank you so much for your patience. Could you please give me your account password?")
    assert card(risky).pillars["professionalism"].score <= 50


PRIYA_CUSTOMER = ["Hi. I'm here for my repeat prescription. Your app said it was ready yesterday, so I've come on my lunch break.",
                  "Priya Raman, twelfth of August ninety-eight.", "So when can I actually have it?", "Okay, fine."]
PRIYA_REPLIES = ["Hello, could I have your name and date of birth to find it?",
                 "Thanks Priya, I'm sorry the app got that wrong - one item is still waiting on stock from the wholesaler.",
                 "The delivery comes at two, so it'll be ready by four today, or we can send it on to you by post."]


def _priya(lines):
    sc = scenario("prescription-not-ready")
    turns = []
    for said, reply in zip(PRIYA_CUSTOMER, lines + [None], strict=False):
        turns.append(Turn("customer", said))
        if reply:
            turns.append(Turn("agent", reply, seconds=12.0))
    return grade(Transcript(scenario=sc.id, turns=turns, source="test"), catalog.load_rubric(), sc)


def _history(card):
    return next(c.score for c in card.pillars["personalization"].criteria if c.id == "history")


def test_bringing_up_the_customers_past_in_any_order_counts_as_knowing_their_history():
    # the card says an item was sent on by post last spring; the trainee says it back to front
    recalled = replace(PRIYA_REPLIES, 2, PRIYA_REPLIES[2][:-1] + ", the way we did for you last spring.")
    base, changed = _priya(PRIYA_REPLIES), _priya(recalled)
    assert _history(changed) > _history(base)
    assert scores(changed)["personalization"] > scores(base)["personalization"]
    for pillar in ("empathy", "knowledge", "professionalism"):
        assert scores(changed)[pillar] == scores(base)[pillar], pillar


def test_saying_back_the_customers_own_words_is_not_knowing_their_history():
    echoed = replace(PRIYA_REPLIES, 2, PRIYA_REPLIES[2][:-1] + ", since your app said the repeat was ready.")
    assert _history(_priya(echoed)) == _history(_priya(PRIYA_REPLIES))


def test_honesty_about_what_cannot_be_promised_beats_certainty_about_it():
    asked = ["Will there definitely be a table for eight at the harbour branch on Saturday?"]
    certain = grade(transcript(asked, ["Definitely, there's always room on a Saturday - you'll get a table, no doubt about it."]), catalog.load_rubric())
    honest = grade(transcript(asked, ["I can't promise a table for eight, but I can put your name top of the waiting list now."]), catalog.load_rubric())
    assert honest.pillars["reliability"].score > certain.pillars["reliability"].score


def test_a_fee_for_what_was_promised_free_breaks_the_promise_however_the_word_is_inflected():
    customer = ["Could you keep the green bike aside for me?", "Great, I'll be in on Saturday."]
    kept = ["I'll hold it for you until Saturday at no charge.", "Lovely, it's held for you until Saturday, no charge."]
    broken = ["I'll hold it for you until Saturday at no charge.", "Lovely, just bring the £20 holding fee when you come in."]
    before, after = grade(transcript(customer, kept), catalog.load_rubric()), grade(transcript(customer, broken), catalog.load_rubric())
    consistency = {c.id: c.score for c in after.pillars["reliability"].criteria}["consistency"]
    assert consistency < {c.id: c.score for c in before.pillars["reliability"].criteria}["consistency"]


def _exploration_advice(scenario_id, customer_lines, agent_lines):
    c = grade(transcript(customer_lines, agent_lines), catalog.load_rubric(), scenario(scenario_id))
    found = next(cr for p in c.pillars.values() for cr in p.criteria if cr.id == "exploration")
    return found.suggestion.say


def test_a_customer_who_asked_plainly_is_not_asked_what_matters_to_them_as_if_they_had_not():
    asked = ["Why is this bill twice what I normally pay, and when will you fix it?"]
    answer = ["The bill used an estimate because no reading reached us. I'll correct it once you send a reading."]
    said = _exploration_advice("estimated-energy-bill", asked, answer)
    assert said != "What matters most to you here?"
    from trainer.language import Context, analyse

    assert "exploration" in analyse(said, Context()).names()  # the advice, followed, meets the criterion
    assert "reply" in said  # an email customer answers by replying, not across a counter


def test_a_customer_who_asked_nothing_is_still_asked_what_matters():
    said = _exploration_advice("damaged-birthday-gift", ["My music box came broken."], ["I'll send a new one tomorrow."])
    assert said == "What matters most to you here?"


def test_a_missing_reaction_is_pointed_at_the_news_that_let_the_customer_down_not_at_the_greeting():
    customer = ["Hi, I'm here to pick up the blue tandem I reserved.", "Oh no. We'd planned the whole day round it.", "Okay."]
    agent = ["Morning! Let me pull up your booking, Ms Adeyemi.", "I'm afraid the tandem can't go out today - its front wheel buckled on a ride yesterday.",
             "I can give you two of our touring bikes instead, at the tandem price."]
    c = grade(transcript(customer, agent), catalog.load_rubric())
    found = next(cr for p in c.pillars.values() for cr in p.criteria if cr.id == "emotional-reaction")
    assert found.missed.turn == 4 and "buckled" in found.missed.quote
    from trainer.language import Context, analyse

    assert "empathy" in analyse(found.suggestion.say, Context()).names()  # the advice, followed, meets the criterion


def test_promises_kept_are_evidenced_by_the_promise_not_by_a_bare_yes():
    customer = ["Can you get my boiler looked at this week?", "Thursday is fine."]
    agent = ["Yes, I can help. I'll send an engineer on Thursday between 8 and 12.", "Great - the engineer will text you when he sets off on Thursday."]
    c = grade(transcript(customer, agent), catalog.load_rubric())
    found = next(cr for cr in c.pillars["reliability"].criteria if cr.id == "consistency")
    assert found.evidence and all("engineer" in e.quote for e in found.evidence)


def test_a_cheerful_customer_is_not_told_how_upsetting_it_must_be():
    sc = scenario("browsing-shopper")
    customer = [sc.lines["opening"][1], "Lovely, thank you."]
    c = grade(transcript(customer, ["What's your budget?", "The small casserole is $54."]), catalog.load_rubric(), sc)
    found = next(cr for p in c.pillars.values() for cr in p.criteria if cr.id == "emotional-reaction")
    assert "upsetting" not in found.suggestion.say and "sorry" not in found.suggestion.say.lower()
    from trainer.language import Context, analyse

    assert "empathy" in analyse(found.suggestion.say, Context()).names()


def test_a_walk_ins_name_is_not_expected_until_she_says_it():
    sc = scenario("browsing-shopper")
    assert not sc.customer.name_known
    agent = ["What's your budget?", "The small casserole is $54."]
    unnamed = grade(transcript([sc.lines["opening"][1], "Lovely."], agent), catalog.load_rubric(), sc)
    named = grade(transcript(["Hello, I'm Eleanor. " + sc.lines["opening"][1], "Lovely."], agent), catalog.load_rubric(), sc)
    score = lambda c: next(cr.score for cr in c.pillars["personalization"].criteria if cr.id == "name-use")  # noqa: E731
    assert score(unnamed) is None and score(named) == 0


def test_the_name_once_in_a_single_reply_is_enough():
    sc = scenario("estimated-energy-bill")
    one = grade(transcript(["My bill doubled.", "Thanks."], ["Dear Mr Nowak, the bill was estimated; send a meter photo and I'll re-issue it within 5 working days."]), catalog.load_rubric(), sc)
    two = grade(transcript(["My bill doubled.", "Why?", "Thanks."], ["Dear Mr Nowak, the bill was estimated.", "Send a meter photo and I'll re-issue it within 5 working days."]), catalog.load_rubric(), sc)
    score = lambda c: next(cr.score for cr in c.pillars["personalization"].criteria if cr.id == "name-use")  # noqa: E731
    assert score(one) == 100 and score(two) < 100
