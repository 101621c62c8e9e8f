"""--customer llm against a real Chat Completions server on 127.0.0.1: the model speaks, the offline reading decides."""

import json

import pytest
from typer.testing import CliRunner

from tests.chat_server import ChatServer, Reply
from tests.helpers import scenario
from trainer import llm
from trainer.cli import app
from trainer.session import Session, parse_script, play_script

runner = CliRunner()
SCRIPT = """Morning Marcus, sorry - the Sierra Madre is sold out today.
How do you like your coffee to taste?
I can make your usual with the Colombian Huila instead, ready in two minutes.
"""


@pytest.fixture
def server():
    chat = ChatServer(default=lambda request: Reply("Right, okay then.\nEND: none")).start()
    yield chat
    chat.stop()


def _settings(server, **kw):
    return llm.Settings(model="test-model", base_url=server.url, api_key="sk-secret-test-key-123456", timeout=kw.pop("timeout", 5), max_retries=kw.pop("max_retries", 0), seed=7)


def _play(settings, **options):
    session = Session(scenario("out-of-stock-regular"), engine="llm", seed=7, save=False, settings=settings, **options)
    return session, play_script(session, parse_script(SCRIPT))


def test_the_model_speaks_but_the_offline_reading_decides(server):
    session, transcript = _play(_settings(server))
    offline = play_script(Session(scenario("out-of-stock-regular"), seed=7, save=False), parse_script(SCRIPT))
    spoken = [t.text for t in transcript.turns if t.speaker == "customer"]
    assert spoken[1:3] == ["Right, okay then.", "Right, okay then."]
    assert transcript.outcome == offline.outcome == "resolved"
    assert [t.mood for t in transcript.turns] == [t.mood for t in offline.turns]
    assert [t.revealed for t in transcript.turns] == [t.revealed for t in offline.turns]
    assert transcript.llm["end_signals"][:3] == ["none", "none", "none"]


def test_hidden_facts_reach_the_model_only_once_revealed(server):
    _play(_settings(server))
    fact = scenario("out-of-stock-regular").facts[0].text
    prompts = [r.text for r in server.requests]
    assert fact not in prompts[0] and fact not in prompts[1]  # opening, and the reply before the question
    assert fact in prompts[2]  # the question about taste revealed it
    assert all("Staff may give a regular one free drink" not in p for p in prompts)  # no policy for the customer


def test_seed_and_model_are_sent_and_recorded_without_the_key(server, tmp_path):
    session = Session(scenario("out-of-stock-regular"), engine="llm", seed=7, settings=_settings(server))
    play_script(session, parse_script(SCRIPT))
    assert {r.body["seed"] for r in server.requests} == {7}
    assert {r.body["model"] for r in server.requests} == {"test-model"}
    saved = session.path.read_text()
    assert "sk-secret-test-key" not in saved
    assert "test-model" in saved and "prompt_tokens" in saved


def test_usage_is_counted(server):
    session, transcript = _play(_settings(server))
    usage = transcript.llm["usage"]
    assert usage["calls"] == 4 and usage["prompt_tokens"] == 200 and usage["total_tokens"] == 280


@pytest.mark.parametrize("fault", [Reply(status=500), Reply(status=429, headers={"Retry-After": "0"}), Reply("slow", delay=1.5)])
def test_a_failing_endpoint_costs_no_turn(server, fault):
    server.push(Reply("Morning! The usual?\nEND: none"), fault)
    notices = []
    session, transcript = _play(_settings(server, timeout=0.5), on_notice=notices.append)
    customer = [t.text for t in transcript.turns if t.speaker == "customer"]
    assert len(customer) == 4 and all(customer)
    assert transcript.outcome == "resolved"
    assert transcript.llm["fallbacks"] == 1 and len(notices) == 1
    assert "sk-secret" not in notices[0]


def test_the_client_retries_a_429_itself(server):
    server.push(Reply(status=429, headers={"Retry-After": "0"}), Reply("Morning!\nEND: none"))
    session, transcript = _play(_settings(server, max_retries=2))
    assert transcript.turns[0].text == "Morning!"
    assert transcript.llm["fallbacks"] == 0


def test_streamed_words_arrive_as_written_and_a_dropped_stream_falls_back(server):
    pieces = []
    server.push(Reply("Morning! The usual, please.\nEND: none"), Reply("This will break off half way through", drop=True))
    session, transcript = _play(_settings(server), on_token=pieces.append, on_notice=lambda line: None)
    assert "".join(pieces).startswith("Morning! The usual, please.")
    assert "END:" not in "".join(pieces)  # the structured line is not shown
    assert transcript.llm["fallbacks"] == 1
    assert len([t for t in transcript.turns if t.speaker == "customer"]) == 4


def test_an_unknown_end_signal_is_recorded_as_invalid_and_ignored(server):
    server.push(Reply("Morning!\nEND: maybe"), Reply("Bye then!\nEND: abandoned"))
    session, transcript = _play(_settings(server))
    assert transcript.llm["end_signals"][:2] == ["invalid", "abandoned"]
    assert transcript.outcome == "resolved"  # the model saying it left does not end the game


def test_cli_plays_with_a_model_and_says_which(server, monkeypatch, tmp_path):
    script = tmp_path / "replies.txt"
    script.write_text(SCRIPT)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-test-key-123456")
    result = runner.invoke(app, ["play", "out-of-stock-regular", "--customer", "llm", "--model", "m1", "--base-url", server.url,
                                 "--script", str(script), "--json", "--seed", "3"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["outcome"] == "resolved"
    assert "sk-secret" not in result.output


def test_llm_settings_say_what_is_missing(monkeypatch):
    with pytest.raises(llm.TrainerError, match="choose a model"):
        llm.settings(env={})
    with pytest.raises(llm.TrainerError, match="OPENAI_API_KEY"):
        llm.settings(model="m", env={})
    local = llm.settings(model="m", base_url="http://localhost:11434/v1", env={"TRAINER_PRICE": "0.15,0.60"})
    assert local.api_key == "not-needed" and local.price_in == 0.15
