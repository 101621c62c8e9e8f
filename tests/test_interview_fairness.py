"""Grammar is not content: an answer told with tense, agreement and article errors scores
within a few points of its corrected twin (the coach may note delivery, not punish the story)."""

from __future__ import annotations

import pytest

from trainer.interview import get_question, grade_answer, load_rubric
from trainer.interview.analysis import analyse, in_agreement, tell_in_past, with_articles

# (question, corrected, as a non-native speaker might tell it)
TWINS = [
 ("good-service-meaning",
  "For me, good service means the customer walks away with the problem solved. Last winter at the bakery, an old man came in upset because his birthday cake order had been lost. I apologised, checked the book, and found it had been written for the wrong day. I baked a small cake that afternoon and delivered it to his house myself at six. He came back the next week with his daughter and ordered another one.",
  "For me, good service mean customer go away with problem solved. Last winter in bakery, old man come in upset because his birthday cake order is lost. I apologise, I check the book, and I find it was write for wrong day. I bake small cake that afternoon and I deliver it to his house myself at six. He come back next week with his daughter and order another one."),
 ("mistake-you-made",
  "At the pharmacy I once gave a woman the wrong strength of her blood pressure tablets. I noticed it an hour later when I checked the log. I phoned her straight away, explained what had happened and apologised. I drove the right tablets to her flat that evening and took the wrong ones back. She thanked me for being honest and still asks for me when she comes in.",
  "In pharmacy one time I give a woman wrong strength of her blood pressure tablet. I notice it one hour later when I check the log. I phone her straight away, I explain what happen and I say sorry. I drive the right tablets to her flat that evening and I take the wrong ones back. She thank me for being honest and she still ask for me when she come in."),
 ("saying-no-within-policy",
  "At the hotel a guest asked for a late checkout at four, but we were fully booked. I explained that the room was needed for a family arriving at two. I offered to store his bags and gave him a pass to the spa so he could shower before his flight. He said it was better than a late checkout and left us a five-star review.",
  "In hotel a guest ask for late checkout at four, but we are full booked. I explain him that the room is needed for family who arrive at two. I offer to keep his bags and I give him pass for the spa so he can shower before his flight. He say it is better than late checkout and he leave us five-star review."),
 ("unhappy-customer-turnaround",
  "A customer at the phone shop was shouting because his new phone would not charge. I let him finish, then I tested the charger and found the cable was faulty. I swapped it on the spot and checked the phone charged before he left. He apologised for shouting and later brought his wife in to upgrade her phone with me.",
  "One customer in phone shop was shouting because his new phone not charge. I let him finish, then I test the charger and I find the cable is broken. I swap it on the spot and I check the phone charge before he leave. He say sorry for shouting and later he bring his wife to upgrade her phone with me."),
 ("going-beyond",
  "A mother came into the bookshop looking for a book her son needed for an exam the next day, and we had sold out. I rang our other branch, found a copy, and drove over on my lunch break to collect it. She picked it up at five. A week later she sent us a card saying he had passed.",
  "A mother come in bookshop looking for book her son need for exam next day, and we sold out. I ring our other branch, I find a copy, and I drive there on my lunch break to collect it. She pick it up at five. One week later she send us a card saying he pass."),
 ("not-knowing-the-answer",
  "A caller asked whether her travel insurance covered a skiing injury, and I did not know. I told her I would find out rather than guess. I checked the policy wording with our claims team and called her back within twenty minutes. She was covered, and she said she felt much calmer about the trip.",
  "A caller ask if her travel insurance cover skiing injury, and I do not know. I tell her I will find out, not guess. I check the policy words with our claims team and I call her back in twenty minutes. She is covered, and she say she feel much more calm about the trip."),
 ("several-customers-at-once",
  "On a busy Saturday at the cafe there were five people waiting and a phone ringing. I told the queue it would be about five minutes, took the phone order quickly, and served the man with a toddler first because she was crying. Everyone was served within ten minutes and two of them left tips.",
  "On busy Saturday in cafe there was five people waiting and phone ringing. I tell the queue it will be about five minutes, I take phone order quick, and I serve the man with toddler first because she is crying. Everybody get served in ten minutes and two of them leave tips."),
 ("abusive-caller",
  "A caller swore at me because his broadband had been down for three days. I stayed calm, told him I understood it was urgent for his work, and said I would help if we kept it respectful. He calmed down. I booked an engineer for the next morning and texted him the time. He rang back the next day to say it was working.",
  "A caller swear at me because his broadband is down three days. I stay calm, I tell him I understand it is urgent for his work, and I say I will help if we keep it respectful. He calm down. I book engineer for next morning and I text him the time. He call back next day to say it work."),
 ("consistent-on-a-bad-day",
  "On the day my grandmother went into hospital I still had a full shift at the garden centre. I told my manager, then kept my focus on each customer in front of me. A man needed help loading compost into his car, so I carried the bags and checked his receipt. He came back the next weekend and asked for me by name.",
  "The day my grandmother go in hospital I still have full shift in garden centre. I tell my manager, then I keep my focus on each customer in front of me. A man need help to load compost in his car, so I carry the bags and I check his receipt. He come back next weekend and ask for me by name."),
 ("learning-product-fast",
  "When I started at the bike shop I knew nothing about e-bikes. I read the manuals on my breaks, asked the mechanic to show me the battery checks, and practised on the demo bikes. Within two weeks a customer asked about range, and I explained it clearly and sold her the right model. She came back for her first service and thanked me.",
  "When I start in bike shop I know nothing about e-bike. I read the manuals on my breaks, I ask mechanic to show me the battery checks, and I practise on demo bikes. In two weeks a customer ask about range, and I explain it clear and I sell her right model. She come back for first service and she thank me."),
]


@pytest.mark.parametrize(("question", "corrected", "as_told"), TWINS, ids=[t[0] for t in TWINS])
def test_grammar_errors_do_not_change_the_score(question, corrected, as_told):
    item, rubric = get_question(question), load_rubric()
    fixed, told = grade_answer(item, corrected, rubric), grade_answer(item, as_told, rubric)
    assert abs(fixed.overall - told.overall) <= 5, (fixed.overall, told.overall)
    for part in ("example", "perspective", "qualities"):
        assert abs(fixed.criteria[part].score - told.criteria[part].score) <= 25, part


def test_a_story_in_the_present_is_read_as_the_past_but_habits_and_stances_are_not():
    assert tell_in_past("a guest ask for late checkout and i explain him the rule") == "a guest asked for late checkout and i explained him the rule"
    assert tell_in_past("now i always check the log twice") == "now i always check the log twice"
    assert in_agreement("he write back thank you") == "he writes back thank you"
    assert with_articles("in phone shop for exam") == "in the phone shop for the exam"
    assert with_articles("at home for me") == "at home for me"


def test_a_bare_list_of_claims_is_not_turned_into_a_story():
    item, rubric = get_question("good-service-meaning"), load_rubric()
    claims = "One day I hope to work with customers. I listen, I care, I help and I smile. I share your values of empathy and patience."
    assert grade_answer(item, claims, rubric).criteria["example"].score <= 30


def test_fit_rewards_a_value_lived_and_linked_by_name_over_a_pasted_list():
    from trainer.interview import company_profile

    item, rubric = get_question("going-beyond"), load_rubric()
    company = company_profile("Harbour Bikes", "straight talk, rider safety")
    story = (
        "A courier came into the workshop an hour before his shift because his brakes were rubbing. "
        "I found the pads were worn to the metal, told him plainly it was not safe to ride, and fitted new ones while he waited. "
        "He was on the road twenty minutes later and came back the next week to book a full service."
    )
    pasted = grade_answer(item, story + " I share Harbour Bikes' values: straight talk, rider safety.", rubric, company)
    lived = grade_answer(item, story + " At Harbour I'd want to be the mechanic who tells riders plainly what is worn and never lets an unsafe bike out.", rubric, company)
    assert lived.criteria["fit"].score > pasted.criteria["fit"].score


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))


TIDY_CORPUS = [
    "Um, I kind of would like to say she was, like, really upset, you know.",
    "He doesn't like saying no, basically.",
    "So yeah, I called her back and, um, sorted it.",
    "I like, literally ran to the stockroom to find the size she wanted.",
    "It was kind of a mess, you know, but we kind of got there in the end.",
    "I would like to think I'm, um, the kind of person who follows things up.",
]


def _corpus() -> list[str]:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "development" / "interview" / "answers.jsonl"
    answers = [json.loads(line)["answer"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return TIDY_CORPUS + answers


def test_every_tidied_sentence_keeps_its_words_except_the_fillers():
    from trainer.interview.analysis import analyse, fillers_in
    from trainer.interview.coach import _tidy

    checked = 0
    for text in _corpus():
        for sentence in analyse(text).sentences:
            tidy = _tidy(sentence)
            if tidy is None:
                continue
            checked += 1
            lowered = sentence.text.lower().replace("\u2019", "'")
            kept = lowered
            for a, b in sorted(fillers_in(lowered), reverse=True):
                kept = kept[:a] + " " + kept[b:]
            expected = _words(kept)
            assert _words(tidy) == expected, (sentence.text, tidy)
            assert not tidy.endswith(",") and ", ," not in tidy and " ," not in tidy
    assert checked >= len(TIDY_CORPUS)


def test_the_outline_and_the_structure_score_read_the_same_opening():
    item, rubric = get_question("good-service-meaning"), load_rubric()
    for text in _corpus()[len(TIDY_CORPUS):]:
        result = grade_answer(item, text, rubric)
        first = result.outline[0]
        credited = "you open by answering the question" in result.criteria["structure"].feedback
        if credited:
            assert first["yours"] is not None and "Open with" not in first["tip"], (text[:80], first)
        ending = next(step for step in result.outline if step["part"] == "The result for the customer")
        flagged = {s.text for s in analyse(text).sentences if s.red_flags}
        assert ending["yours"] not in flagged


def test_a_follow_up_answer_is_judged_on_what_the_follow_up_asked():
    from trainer.interview.coach import grade_follow_up

    item, rubric = get_question("good-service-meaning"), load_rubric()
    feel = next(p for p in item.follow_ups if "perspective" in p.targets)
    ending = grade_follow_up(feel, "She was relieved; she hugged me and came back the next week to thank us.", item, rubric)
    elsewhere = grade_follow_up(feel, "I am always on time and I would like a good salary.", item, rubric)
    assert ending["score"] >= 80 and elsewhere["score"] <= 15
    assert feel.text in ending["feedback"] and feel.text in elsewhere["feedback"]
    assert "does not take up" in elsewhere["feedback"] and "you open by answering" not in elsewhere["feedback"].lower()


def test_qualities_are_credited_for_what_the_story_shows_not_for_naming_them():
    item, rubric = get_question("unhappy-customer-turnaround"), load_rubric()
    scripted = (
        "Once a customer was upset, so I showed empathy and patience and used active listening. "
        "I stayed calm under pressure and acknowledged his feelings. "
        "I went the extra mile to exceed his expectations and provided excellent customer service. He was happy in the end."
    )
    vivid = (
        "A man came to the hardware counter furious because the paint we mixed for his daughter's bedroom had dried the wrong colour. "
        "I let him finish, then said, 'That's on us - I'll remix it now and bring it to your car.' "
        "I matched it against the card he'd brought, remixed two tins, and carried them out twenty minutes later. "
        "He came back the next Saturday for brushes and asked for me by name."
    )
    s, v = grade_answer(item, scripted, rubric), grade_answer(item, vivid, rubric)
    assert v.criteria["qualities"].score > s.criteria["qualities"].score
    assert v.overall > s.overall


def test_a_hazy_ramble_and_a_trailing_sign_off_do_not_earn_structure():
    item, rubric = get_question("good-service-meaning"), load_rubric()
    hazy = (
        "So, um, I think good service is, like, about being there for people, you know. "
        "I can't totally remember the details but there was this one time, I think it was a Tuesday or something, "
        "and a customer came in and they said something about an order, and I kind of helped them with it, I think, "
        "and they were fine in the end, more or less. They said something nice, I can't really remember what. "
        "So yeah, that's basically what I would do, I hope that makes sense."
    )
    result = grade_answer(item, hazy, rubric)
    assert result.criteria["structure"].score <= 60 and result.criteria["example"].score <= 50
    assert "relating it to the role" not in result.criteria["structure"].feedback


def test_preferring_honesty_to_guessing_is_no_bluffing_red_flag():
    from trainer.interview.analysis import red_flags_in
    from trainer.text import normalise

    clean = normalise("I think it is far better to say I will check than when you just guess at an answer.")
    assert "bluffing" not in red_flags_in(clean)
    assert "bluffing" in red_flags_in(normalise("When I do not know, I just guess at an answer."))


def test_a_tie_to_a_named_counter_or_desk_of_the_role_is_read():
    from trainer.interview.phrases import PHRASES
    from trainer.language import find_patterns

    assert find_patterns(tuple(PHRASES.ROLE_TIE), "that is the standard i would keep on your returns desk")
    assert find_patterns(tuple(PHRASES.ROLE_TIE), "and i would bring it to your service counter every day")


SCENE = [" The shop sits on a corner near the station, so mornings bring commuters.", " We sold bread, cakes and a few sandwiches at lunch.",
         " My manager had run the place for twenty years.", " Saturdays were our busiest days by far.", " I usually worked the till and the ovens.",
         " The bakery closed at four, after the last batch.", " In summer we added ice cream to the counter.", " Most customers were locals who came in daily.",
         " Parking outside was difficult on market days.", " Our flour came from a mill two villages away.", " The walls were covered in old photos of the town.",
         " Students from the college nearby bought coffee between lectures.", " There was a small bench outside for people to sit on.",
         " We changed the window display every month.", " The radio played quietly behind the counter all day.",
         " My shifts started at six in the morning.", " The oven had a temperamental thermostat.", " Delivery vans arrived on Tuesdays and Fridays."]


def test_the_last_third_of_the_length_range_costs_delivery_steadily():
    from trainer.interview import grade_answer

    item, rubric = get_question("good-service-meaning"), load_rubric()
    middle, late = TWINS[0][1] + "".join(SCENE[:8]), TWINS[0][1] + "".join(SCENE)
    assert len(middle.split()) < 2 * rubric.words.max / 3 < len(late.split()) < 0.85 * rubric.words.max
    assert grade_answer(item, late, rubric).criteria["delivery"].score < grade_answer(item, middle, rubric).criteria["delivery"].score - 5


MORE_SCENE = [" The till drawer stuck if you closed it too hard.", " A cat from the flat upstairs sat in the doorway most mornings.",
              " We wrapped loaves in brown paper tied with string.", " The queue on Saturdays reached the post box on the corner.",
              " Our cakes were labelled by hand on little chalkboards.", " A florist next door lent us buckets when it rained.",
              " The delivery bike had a basket that squeaked.", " Regulars liked to chat about the football results.",
              " Each Friday we counted the float twice before locking up.", " The back room smelled of cinnamon all winter."]


def test_delivery_does_not_recover_once_an_answer_runs_past_the_range():
    from trainer.interview import grade_answer

    item, rubric = get_question("good-service-meaning"), load_rubric()
    words = (TWINS[0][1] + "".join(SCENE) + "".join(MORE_SCENE)).split()
    assert len(words) > rubric.words.max + 4
    inside, over = " ".join(words[: rubric.words.max - 2]), " ".join(words[: rubric.words.max + 4])
    assert grade_answer(item, over, rubric).criteria["delivery"].score <= grade_answer(item, inside, rubric).criteria["delivery"].score


def test_a_story_about_someone_served_is_not_off_the_question_because_a_manager_is_mentioned():
    from trainer.interview import grade_answer

    answer = ("On a Friday rush at the pizza takeaway, a man cursed at me down the phone because his order was forty minutes late. "
              "I let him finish, apologised once, and told him I would not continue if the swearing went on. He calmed down. "
              "I checked the screen, saw the driver was two streets away and knocked the delivery charge off. "
              "I rang him back twenty minutes on to check it had arrived hot. My manager praised how I handled it at the staff briefing.")
    graded = grade_answer(get_question("unhappy-customer-turnaround"), answer, load_rubric())
    assert graded.criteria["example"].score >= 60 and graded.overall >= 60, graded.overall
