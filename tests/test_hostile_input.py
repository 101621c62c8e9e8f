"""Hostile or strange input ends in a clear message or a normal result: never a traceback,
never a hang, never a quote that was not said."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import scenario
from trainer import catalog
from trainer.customer import make_customer
from trainer.grading import grade
from trainer.results import read_conversation
from trainer.transcript import Transcript
from trainer.yaml_limits import MAX_DEPTH

BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n" for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _trainer(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "trainer", *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_an_alias_bomb_is_refused_with_its_line(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text("id: bomb\n" + BOMB)
    out = _trainer("validate", str(path))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert f"{path.name}:7: aliases expand to more than 100,000 values" in out.stdout


def test_a_few_aliases_are_fine(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("id: ok\nshared: &s [one, two]\nagain: *s\n")
    out = _trainer("validate", str(path))
    assert "aliases expand" not in out.stdout + out.stderr


def test_deep_nesting_is_refused_with_its_line(tmp_path):
    for name, body in {"flow": "[" * 20_000 + "]" * 20_000, "mapping": "{a: " * 20_000 + "1" + "}" * 20_000}.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text("id: deep\nx: " + body + "\n")
        out = _trainer("validate", str(path))
        assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr[-500:]
        assert f"{path.name}:2: nested more than {MAX_DEPTH} levels deep" in out.stdout


def test_a_deeply_nested_pattern_is_a_content_error_not_a_crash(tmp_path):
    source = (catalog.shipped_dir("scenarios") / "damaged-birthday-gift.yaml").read_text(encoding="utf-8")
    lines = source.splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip() == "met_by:") + 1
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    lines[index] = f'{indent}- "{"(" * 1200}refund{")" * 1200}"'
    path = tmp_path / "deep-pattern.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _trainer("validate", str(path))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert f"{path.name}:{index + 1}: goals[0].met_by[0]:" in out.stdout and "nested more than" in out.stdout


def test_hostile_transcripts_and_chat_logs_are_clear_errors(tmp_path):
    cases = {
        "bomb.yaml": "turns: []\n" + BOMB,
        "deep.yaml": "turns: " + "[" * 20_000 + "]" * 20_000 + "\n",
        "deep.json": "[" * 20_000 + "]" * 20_000,
        "deep.jsonl": '{"role": "agent", "content": "hi"}\n' + "[" * 20_000 + "]" * 20_000 + "\n",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text)
        for command in (["grade", str(path)], ["replay", str(path)]) if name.endswith(".yaml") else (["grade", str(path)],):
            out = _trainer(*command)
            assert out.returncode == 1, (name, out.stderr[-300:])
            assert out.stderr.startswith(f"error: {path}") and "Traceback" not in out.stderr, (name, out.stderr[-300:])


# --- any Unicode at all -------------------------------------------------------------------

HOSTILE = st.sampled_from(["'" * 40, "...", " ' ' ' ", "!!!", "we can ", "sorry ", "$", "%", "\u200b", "\u202e", "e\u0301", "\U0001f600", "\n", "\t", "\x00", "I'm", "won't"])
REPLY = st.lists(st.one_of(st.text(max_size=40), HOSTILE), max_size=30).map("".join)


@settings(max_examples=60, deadline=timedelta(seconds=3), suppress_health_check=[HealthCheck.too_slow])
@given(scenario_id=st.sampled_from(["damaged-birthday-gift", "out-of-stock-regular"]), replies=st.lists(REPLY, min_size=1, max_size=8), seed=st.integers(0, 5))
def test_any_unicode_reply_plays_and_grades_and_every_quote_was_said(scenario_id, replies, seed):
    customer = make_customer("rules", scenario(scenario_id), seed=seed)
    from trainer.transcript import Turn

    turns = [Turn("customer", customer.open().text)]
    for reply in replies:
        turns.append(Turn("agent", reply, seconds=12))
        answer = customer.respond(reply, 12)
        turns.append(Turn("customer", answer.text))
        if answer.outcome:
            break
    transcript = Transcript(scenario=scenario_id, turns=turns)
    card = grade(transcript, catalog.load_rubric(), scenario(scenario_id))
    _quotes_were_said(card, transcript)


@settings(max_examples=40, deadline=timedelta(seconds=3), suppress_health_check=[HealthCheck.too_slow])
@given(messages=st.lists(st.tuples(st.sampled_from(["customer", "agent", "user", "assistant"]), REPLY), min_size=1, max_size=12))
def test_any_unicode_chat_log_grades_and_every_quote_was_said(tmp_path_factory, messages):
    path = tmp_path_factory.mktemp("log") / "chat.jsonl"
    messages = [*messages, ("agent", "Thanks for waiting.")]
    path.write_text("".join(json.dumps({"role": role, "content": text}) + "\n" for role, text in messages), encoding="utf-8")
    transcript = read_conversation(path)
    card = grade(transcript, catalog.load_rubric(), None)
    _quotes_were_said(card, transcript)


def _quotes_were_said(card, transcript) -> None:
    spoken = [t for t in transcript.turns if t.speaker in ("customer", "agent")]
    said = {i + 1: t.text for i, t in enumerate(spoken)}
    assert 0 <= card.overall <= 100
    for pillar in card.pillars.values():
        for evidence in pillar.evidence:
            assert evidence.quote in said[evidence.turn]
    for item in [*card.flags, *card.improvements, *card.strengths]:
        quote, turn = getattr(item, "quote", None), getattr(item, "turn", None)
        if quote and turn:
            assert quote in said[turn]
