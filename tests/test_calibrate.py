"""`trainer calibrate`: agreement statistics, the labels CSV, and the grader against reviewers end to end."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from trainer import catalog
from trainer.cli import app
from trainer.errors import TrainerError
from trainer.history import calibrate as cal

runner = CliRunner()


# ---------------------------------------------------------------- statistics by hand


def test_perfect_agreement_is_one_on_every_measure():
    scores = [5, 25, 45, 65, 85, 100]
    result = cal.agreement(scores, scores)
    assert result.n == 6
    assert result.spearman == pytest.approx(1.0)
    assert result.kappa == pytest.approx(1.0)
    assert result.within_10 == 1.0 and result.meets_target is True
    assert result.mean_abs_difference == 0


def test_a_reversed_order_is_minus_one():
    assert cal.spearman([10, 20, 30, 40, 50], [90, 70, 50, 30, 10]) == pytest.approx(-1.0)


def test_ties_take_the_average_of_their_ranks():
    assert cal.average_ranks([10, 20, 20, 40]) == [1, 2.5, 2.5, 4]
    # ranks x = 1, 2.5, 2.5, 4 and y = 1, 2, 3, 4: covariance 4.5, variances 4.5 and 5
    assert cal.spearman([10, 20, 20, 40], [15, 25, 35, 45]) == pytest.approx(4.5 / (4.5 * 5) ** 0.5)


def test_spearman_is_undefined_for_too_few_pairs_or_no_variance():
    assert cal.spearman([10, 90], [20, 80]) is None
    assert cal.spearman([50, 50, 50], [10, 20, 30]) is None


def test_quadratic_weighted_kappa_on_five_bands():
    assert [cal.band(s) for s in (0, 19, 19.9, 20, 59, 60, 79, 80, 100)] == [0, 0, 0, 1, 2, 3, 3, 4, 4]
    # bands 0,1,2,3,4 against 0,1,2,3,3: observed 1/16 / 5 = 0.2/16, expected by chance 3.4/16
    assert cal.weighted_kappa([10, 30, 50, 70, 90], [10, 30, 50, 70, 70]) == pytest.approx(1 - 0.2 / 3.4)
    # the same scores within a band agree fully, even 15 points apart
    assert cal.weighted_kappa([0, 45, 85], [15, 55, 100]) == pytest.approx(1.0)
    # everyone in one band: chance cannot disagree, so kappa says nothing
    assert cal.weighted_kappa([82, 90, 95], [85, 88, 99]) is None


def test_within_ten_counts_ten_points_as_close_and_the_target_is_more_than_85_percent():
    assert cal.within_share([50, 50, 50, 50], [60, 40, 61, 50]) == 0.75
    assert cal.mean_abs_difference([50, 50, 50, 50], [60, 40, 61, 50]) == pytest.approx(31 / 4)
    # 17 of 20 is 85%: not more than 85%
    exact = cal.agreement([50] * 20, [50] * 17 + [80] * 3)
    assert exact.within_10 == 0.85 and exact.meets_target is False
    assert cal.agreement([50] * 20, [50] * 18 + [80] * 2).meets_target is True


# ---------------------------------------------------------------- which criteria carry a gap


def test_the_criterion_that_carries_the_gap_is_named_first():
    """Two equally weighted criteria; the grader is far above the reviewers on t1 and far below on t3.

    The pull is weight share x (criterion - reviewers' mean) in the gap's direction:
    t1 (gap +40): a 0.5 x 50 = 25, b 0.5 x 30 = 15; t3 (gap -50): a 0.5 x 70 = 35, b 0.5 x 30 = 15.
    """
    criteria = [SimpleNamespace(id="a", name="A", weight=1.0), SimpleNamespace(id="b", name="B", weight=1.0)]
    rubric = SimpleNamespace(id="test", pillars=[SimpleNamespace(id="empathy", name="Empathy & Understanding", criteria=criteria)])

    def graded(pillar, a, b):
        return {"overall": pillar, "pillars": {"empathy": {"score": pillar, "feedback": f"feedback {pillar}",
                                                           "criteria": {"a": {"score": a}, "b": {"score": b}}}}}

    grades = {Path("t1"): graded(90, 100, 80), Path("t2"): graded(50, 50, 50), Path("t3"): graded(20, 0, 40)}
    given = {("t1", "r1"): 40, ("t1", "r2"): 60, ("t2", "r1"): 50, ("t2", "r2"): 50, ("t3", "r1"): 70, ("t3", "r2"): 70}
    rows = [cal.Label(i + 2, t, Path(t), r, None, {"empathy": s}) for i, ((t, r), s) in enumerate(given.items())]
    result = cal.compare(cal.Labels("labels.csv", ["empathy"], rows), grades, rubric)

    gap = result.pillars[0]
    assert (gap.n, gap.mean_abs_difference, gap.mean_difference) == (6, 30, pytest.approx(-3.33))
    assert (gap.disagreeing, gap.transcripts) == (2, 3)
    assert [s.criterion for s in gap.suspects] == ["a", "b"]
    a, b = gap.suspects
    assert (a.pull, a.mean_difference, a.mean_abs_difference, a.weight_share, a.n) == (30, -10, 60, 0.5, 2)
    assert (b.pull, b.mean_difference, b.mean_abs_difference) == (15, 0, 30)
    assert [(e.transcript, e.gap, e.feedback) for e in gap.examples] == [("t3", -50, "feedback 20"), ("t1", 40, "feedback 90")]
    assert gap.examples[0].reviewers == {"r1": 70, "r2": 70} and gap.examples[0].criteria == {"a": 0, "b": 40}
    assert [(c.first, c.second) for c in result.comparisons] == [("grader", "r1"), ("grader", "r2"), ("r1", "r2")]
    json.dumps(result.as_dict())  # plain data all the way down


# ---------------------------------------------------------------- the labels CSV


@pytest.fixture()
def rubric():
    return catalog.load_rubric()


def _csv(folder: Path, text: str) -> Path:
    (folder / "chat.jsonl").write_text(json.dumps({"role": "agent", "content": "Hello"}) + "\n")
    path = folder / "labels.csv"
    path.write_text(text)
    return path


def test_reads_pillar_ids_display_names_and_empty_cells(tmp_path, rubric):
    path = _csv(tmp_path, "Transcript,REVIEWER,empathy,Reliability & Consistency, overall\nchat.jsonl,ana,80,,72.5\n")
    labels = cal.read_labels(path, rubric)
    assert labels.dimensions == ["empathy", "reliability", "overall"]
    (row,) = labels.rows
    assert (row.line, row.reviewer, row.path) == (2, "ana", (tmp_path / "chat.jsonl").resolve())
    assert row.scores == {"empathy": 80, "overall": 72.5}  # an empty cell is not a score


@pytest.mark.parametrize(("text", "message"), [
    ("transcript,reviewer,empathy,mood\nchat.jsonl,ana,80,3\n", "labels.csv:1: mood: unknown column"),
    ("transcript,empathy\nchat.jsonl,80\n", "labels.csv:1: reviewer: missing column"),
    ("reviewer,empathy\nana,80\n", "labels.csv:1: transcript: missing column"),
    ("transcript,reviewer,empathy\nchat.jsonl,ana,80\nchat.jsonl,ben,high\n", "labels.csv:3: empathy: expected a score from 0 to 100, got 'high'"),
    ("transcript,reviewer,overall\n\nchat.jsonl,ana,101\n", "labels.csv:3: overall: expected a score from 0 to 100, got '101'"),
    ("transcript,reviewer,overall\nchat.jsonl,ana,-5\n", "labels.csv:2: overall: expected a score"),
    ("transcript,reviewer,overall\nmissing.jsonl,ana,50\n", "labels.csv:2: transcript: no such file"),
    ("transcript,reviewer,overall\nchat.jsonl,,50\n", "labels.csv:2: reviewer: empty"),
    ("transcript,reviewer,overall\nchat.jsonl,ana,50\nchat.jsonl,ana,60\n", "labels.csv:3: reviewer: ana already scored chat.jsonl on line 2"),
    ('transcript,reviewer,overall\nchat.jsonl,"Ana\nSmith",50\nchat.jsonl,ben,x\n', "labels.csv:4: overall: expected a score"),
    ("transcript,reviewer,empathy,Empathy & Understanding\n", "labels.csv:1: Empathy & Understanding: column 'empathy' given twice"),
    ("transcript,reviewer,overall\n", "labels.csv:1: no rows"),
])
def test_bad_labels_name_the_file_the_line_and_the_column(tmp_path, rubric, text, message):
    path = _csv(tmp_path, text)
    with pytest.raises(TrainerError) as caught:
        cal.read_labels(path, rubric)
    assert message in str(caught.value).replace(str(path), "labels.csv")


def test_a_missing_labels_file_is_a_user_error_not_a_traceback(tmp_path):
    result = runner.invoke(app, ["calibrate", str(tmp_path / "nope.csv")])
    assert result.exit_code == 1
    assert "no such labels file" in result.output and "Traceback" not in result.output


def test_an_unknown_scenario_names_its_line(tmp_path):
    path = _csv(tmp_path, "transcript,reviewer,scenario,overall\nchat.jsonl,ana,no-such-scenario,50\n")
    result = runner.invoke(app, ["calibrate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2: scenario: no such id 'no-such-scenario'" in result.output and "Traceback" not in result.output


def test_a_log_the_grader_cannot_read_names_its_line(tmp_path):
    path = _csv(tmp_path, "transcript,reviewer,overall\nchat.jsonl,ana,50\nbroken.jsonl,ana,40\n")
    (tmp_path / "broken.jsonl").write_text('{"role": "robot", "content": "beep"}\n')
    result = runner.invoke(app, ["calibrate", str(path), "--json"])
    assert result.exit_code == 1
    assert f"{path}:3: transcript: " in result.output and "role" in result.output


# ---------------------------------------------------------------- end to end


def _customer(text):
    return {"role": "customer", "content": text}


def _agent(text, seconds=20):
    return {"role": "agent", "content": text, "seconds": seconds}


LOGS = {
    "kettle-good": [
        _customer("Hello, I'm Tom Reyes. The kettle I ordered last week arrived with a cracked lid and I have guests this weekend."),
        _agent("Hi Tom, I'm really sorry the kettle turned up cracked, especially with guests coming this weekend. Is the kettle itself working, or is it only the lid?"),
        _customer("Only the lid is cracked, but it leaks steam everywhere. Can you help?"),
        _agent("Yes, Tom. I've just arranged a new kettle for you with next-day delivery at no cost, so it reaches you on Friday. "
               "I'll email the tracking number within the hour and call you on Friday afternoon to make sure it arrived safely.", 35),
    ],
    "parcel-good": [
        _customer("Hi, my name is Amara. My parcel says delivered but it isn't here, and it's my son's school uniform for Monday."),
        _agent("Hi Amara, I'm sorry - a missing uniform right before Monday is stressful. Could a neighbour or a safe place have it?", 25),
        _customer("I checked with both neighbours already. Nothing."),
        _agent("Thank you for checking, Amara. I've opened a trace with the courier and I'm sending a replacement uniform by express today, "
               "so it reaches you Saturday. I'll text you the tracking link by 5 pm and phone you on Saturday morning to confirm it's there.", 40),
    ],
    "refund-good": [
        _customer("Hi, I'm Leo. I was charged twice for my gym membership this month and I'm short on rent."),
        _agent("Hi Leo, I'm sorry, being charged twice when rent is due is a real worry. I can see both payments on your account."),
        _customer("So can you give it back?"),
        _agent("Yes. I've refunded the second payment of 40 pounds to your card just now; it shows within 3 working days. "
               "I'll email you the refund reference today and check on Thursday that it has landed.", 30),
    ],
    "refund-middling": [
        _customer("Hi, I'm Jo. I was charged twice for my subscription."),
        _agent("Sorry about that. Refunds usually take a while.", 200),
        _customer("Can you refund it?"),
        _agent("I will pass it on to the billing team.", 240),
    ],
    "parcel-bad": [
        _customer("My parcel never came and I need it today."),
        _agent("Not my problem, talk to the courier.", 400),
        _customer("You sold it to me, can you help at all?"),
        _agent("Calm down. You should have been home to sign for it.", 500),
    ],
    "kettle-bad": [
        _customer("The kettle I ordered arrived broken."),
        _agent("whatever, read the manual lol", 600),
        _customer("It's cracked. Can I get a replacement?"),
        _agent("No. Thats your fault for dropping it probably.", 600),
    ],
}

# overall and empathy per log: two reviewers who see what the logs plainly show, and one who scored at random
REVIEWS = {
    "ana": {"kettle-good": (90, 90), "parcel-good": (88, 85), "refund-good": (86, 80), "refund-middling": (40, 40), "parcel-bad": (10, 10), "kettle-bad": (8, 5)},
    "ben": {"kettle-good": (85, 85), "parcel-good": (85, 80), "refund-good": (82, 75), "refund-middling": (45, 30), "parcel-bad": (15, 15), "kettle-bad": (12, 10)},
    "rex": {"kettle-good": (35, 60), "parcel-good": (20, 15), "refund-good": (70, 90), "refund-middling": (90, 25), "parcel-bad": (55, 70), "kettle-bad": (60, 40)},
}


def _write_set(folder: Path) -> Path:
    logs = folder / "logs"
    logs.mkdir()
    for name, messages in LOGS.items():
        (logs / f"{name}.jsonl").write_text("\n".join(json.dumps(m) for m in messages) + "\n")
    lines = ["transcript,reviewer,overall,Empathy & Understanding"]
    for reviewer, scores in REVIEWS.items():
        lines += [f"logs/{name}.jsonl,{reviewer},{overall},{empathy}" for name, (overall, empathy) in scores.items()]
    path = folder / "labels.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_the_grader_agrees_with_reviewers_who_see_the_quality_and_less_with_a_random_one(tmp_path):
    path = _write_set(tmp_path)
    result = runner.invoke(app, ["calibrate", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)

    assert data["reviewers"] == ["ana", "ben", "rex"] and data["dimensions"] == ["empathy", "overall"]
    assert (data["within"], data["target"]) == (10, 0.85) and len(data["items"]) == 6
    pairs = {(c["first"], c["second"]): c["dimensions"] for c in data["comparisons"]}
    assert set(pairs) == {("grader", "ana"), ("grader", "ben"), ("grader", "rex"), ("ana", "ben"), ("ana", "rex"), ("ben", "rex")}
    for dims in pairs.values():
        assert set(dims) == {"empathy", "overall"}
        assert set(dims["overall"]) == {"n", "spearman", "kappa", "within_10", "mean_abs_difference", "meets_target"}

    for careful in ("ana", "ben"):
        overall = pairs["grader", careful]["overall"]
        assert overall["n"] == 6 and overall["spearman"] > 0.7 and overall["kappa"] > 0.7
        random = pairs["grader", "rex"]["overall"]
        assert random["spearman"] < overall["spearman"] - 0.5
        assert random["kappa"] < overall["kappa"] and random["within_10"] < overall["within_10"]
        assert random["mean_abs_difference"] > overall["mean_abs_difference"]
    assert pairs["ana", "ben"]["overall"]["meets_target"] is True

    (empathy,) = data["pillars"]  # only empathy was scored as a pillar
    assert empathy["pillar"] == "empathy" and empathy["n"] == 18
    assert {s["criterion"] for s in empathy["suspects"]} <= {"emotional-reaction", "interpretation", "exploration"}
    for example in empathy["examples"]:
        assert example["transcript"].startswith("logs/") and example["feedback"]
        assert abs(example["gap"]) > 10 and set(example["reviewers"]) == {"ana", "ben", "rex"}


def test_human_output_shows_each_comparison_and_the_target(tmp_path):
    path = _write_set(tmp_path)
    result = runner.invoke(app, ["calibrate", str(path)])
    assert result.exit_code == 0, result.output
    for text in ("grader vs ana", "grader vs rex", "ana vs ben", "Spearman", "kappa", "within 10", "more than 85%",
                 "Where the grader and the reviewers part most", "Empathy & Understanding"):
        assert text in result.output
    assert "✓" in result.output and "✗" in result.output


def test_a_scenario_column_grades_the_log_against_that_scenario(tmp_path):
    """Without the scenario the wrong policy below goes unchecked and knowledge scores high."""
    log = tmp_path / "music-box.jsonl"
    log.write_text("\n".join(json.dumps(m) for m in [
        _customer("My daughter's music box arrived broken. Her party is Saturday."),
        _agent("You'll need to send it back first, and standard shipping takes 5-7 business days.", 30),
    ]) + "\n")
    labels = tmp_path / "labels.csv"
    labels.write_text("transcript,reviewer,scenario,knowledge\nmusic-box.jsonl,ana,damaged-birthday-gift,20\nmusic-box.jsonl,ben,,25\n")
    data = json.loads(runner.invoke(app, ["calibrate", str(labels), "--json"]).stdout)
    graded = json.loads(runner.invoke(app, ["grade", str(log), "--scenario", "damaged-birthday-gift", "--json"]).stdout)
    unchecked = json.loads(runner.invoke(app, ["grade", str(log), "--json"]).stdout)
    (item,) = data["items"]
    assert item["scenario"] == "damaged-birthday-gift"
    assert item["grader"]["knowledge"] == graded["pillars"]["knowledge"]["score"] != unchecked["pillars"]["knowledge"]["score"]
    assert item["reviewers"] == {"ana": {"knowledge": 20}, "ben": {"knowledge": 25}}
