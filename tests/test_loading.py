"""Broken content files are reported as path:line: field: message, all at once."""

import textwrap

import pytest

from trainer.errors import ContentError
from trainer.loading import load_model
from trainer.models import Rubric, Scenario

GOOD = textwrap.dedent(
    """\
    id: tiny
    title: Tiny
    channel: chat
    difficulty: easy
    setting: A shop
    brief: Someone wants help.
    customer:
      name: Ann Lee
      card: A customer.
      patience: 4
    policy:
      - id: refunds
        text: Refunds within 30 days.
    goals:
      - id: help
        text: Gets help.
        met_by: [help]
        ask: ["Can you help?"]
    resolution:
      needs: [[help]]
      accept: [Thanks.]
    """
)


def _problems(tmp_path, text, model=Scenario, name="bad.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8") if isinstance(text, str) else path.write_bytes(text)
    with pytest.raises(ContentError) as info:
        load_model(model, path, name)
    return [str(p) for p in info.value.problems]


def test_good_file_loads(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD)
    assert load_model(Scenario, path).customer.patience == 4


BROKEN = [
    ("yaml syntax", GOOD.replace("title: Tiny", "title: [Tiny"), "bad.yaml:3: YAML syntax error"),
    ("wrong type", GOOD.replace("patience: 4", "patience: lots"), "bad.yaml:10: customer.patience: input should be a valid integer"),
    ("unknown field", GOOD.replace("  patience: 4", "  patiance: 4"), "bad.yaml:10: customer.patiance: unknown field; did you mean 'patience'?"),
    ("missing field", GOOD.replace("title: Tiny\n", ""), "bad.yaml:1: title: required field is missing"),
    ("missing nested field", GOOD.replace("  card: A customer.\n", ""), "bad.yaml:7: customer.card: required field is missing"),
    ("duplicate ids", GOOD.replace("goals:\n", "goals:\n  - id: help\n    text: Again.\n    met_by: [again]\n    ask: [Again]\n"), "bad.yaml:19: goals[1].id: duplicate id 'help' (first used at item 1)"),
    ("unknown reference", GOOD.replace("needs: [[help]]", "needs: [[help, refund]]"), "bad.yaml:20: resolution.needs[0][1]: unknown goal 'refund'; goals are: help"),
    ("duplicate key", GOOD.replace("channel: chat", "channel: chat\nchannel: phone"), "bad.yaml:4: channel: duplicate key (first defined on line 3)"),
    ("unknown enum", GOOD.replace("channel: chat", "channel: fax"), "bad.yaml:3: channel: unknown channel 'fax'; expected one of: phone, chat, email, in-person"),
    ("bad pattern", GOOD.replace("met_by: [help]", "met_by: ['(help|aid']"), "bad.yaml:17: goals[0].met_by[0]: unclosed '(' in pattern '(help|aid'"),
    ("empty file", "# nothing here\n\n", "bad.yaml:1: file is empty"),
    ("not a mapping", "- just\n- a list\n", "bad.yaml:1: expected a mapping of fields at the top level, found list"),
]


@pytest.mark.parametrize("text,expected", [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_scenarios_name_file_line_and_field(tmp_path, text, expected):
    problems = _problems(tmp_path, text)
    assert any(p.startswith(expected) for p in problems), problems


def test_all_problems_in_a_file_are_reported_at_once(tmp_path):
    text = GOOD.replace("channel: chat", "channel: fax").replace("patience: 4", "patience: lots")
    problems = _problems(tmp_path, text)
    assert len(problems) == 2
    assert problems[0].startswith("bad.yaml:3: channel") and problems[1].startswith("bad.yaml:10: customer.patience")


def test_unknown_detector_in_rubric(tmp_path):
    text = textwrap.dedent(
        """\
        id: r
        title: R
        pillars:
          - id: empathy
            name: Empathy
            criteria:
              - id: warmth
                name: Warmth
                weight: 1
                detector: vibes
                levels: {none: a, weak: b, strong: c}
        """
    )
    problems = _problems(tmp_path, text, Rubric)
    assert problems[0].startswith("bad.yaml:10: pillars[0].criteria[0].detector: unknown detector 'vibes'")


def test_not_utf8_names_the_line(tmp_path):
    problems = _problems(tmp_path, GOOD.encode().replace(b"A shop", b"A caf\xe9"))
    assert problems == ["bad.yaml:5: not valid UTF-8 (byte 0xe9); save the file as UTF-8"]


def test_file_over_one_megabyte_is_refused(tmp_path):
    problems = _problems(tmp_path, GOOD + "# " + "x" * 1_000_001 + "\n")
    assert "limited to 1 MB" in problems[0]


def test_unsafe_yaml_tags_are_refused(tmp_path):
    problems = _problems(tmp_path, GOOD.replace("title: Tiny", "title: !!python/object/apply:os.system ['true']"))
    assert "YAML syntax error" in problems[0]
