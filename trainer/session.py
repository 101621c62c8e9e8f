"""The play loop: a customer engine, the trainee's replies and a clock, saved after every turn.

The session never prints; the CLI drives it turn by turn (or from a script) and renders.
Each turn is appended to a journal beside the transcript as it happens, so Ctrl-C, a
crash or a failing engine keeps everything said so far (``store.load`` folds a leftover
journal back in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from trainer import store
from trainer.customer import CustomerTurn, make_customer
from trainer.errors import EngineError, TrainerError
from trainer.models import Scenario
from trainer.transcript import Transcript, Turn, content_hash

MAX_REPLY_CHARS = 10_000  # about 1,500 words: longer is a paste, not a reply

_SECONDS = re.compile(r"^\[\+\s*(\d+(?:\.\d+)?)\s*s?\]\s*")


@dataclass(frozen=True)
class ScriptLine:
    text: str
    seconds: float | None = None


def parse_script(text: str) -> list[ScriptLine]:
    """One reply per line; blank and ``#`` lines skipped; ``[+12s]`` says the reply took 12 seconds."""
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _SECONDS.match(line)
        seconds = float(match.group(1)) if match else None
        out.append(ScriptLine(line[match.end():] if match else line, seconds))
    return out


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ReplyTooLong(TrainerError):
    """A reply beyond the size limit: refused, and the session goes on."""


class Session:
    """One conversation. The transcript file is created at once under a name no other run has;
    each turn is then appended to a journal beside it (cost in proportion to the turn), and the
    whole transcript is written atomically when the conversation ends."""

    def __init__(self, scenario: Scenario, *, engine: str = "rules", seed: int = 0, path: Path | None = None, save: bool = True,
                 trainee: str | None = None, official: bool = False, **engine_options):
        self.scenario = scenario
        self.customer = make_customer(engine, scenario, seed=seed, **engine_options)
        self.transcript = Transcript(
            scenario=scenario.id,
            scenario_hash=content_hash(scenario.model_dump_json()),
            engine=engine,
            seed=seed,
            started=_now(),
            trainee=trainee,
            official=official,
        )
        self.saving = save
        self.refused: list[str] = []  # replies refused for their size, in order
        self.exchanges: list[tuple[str, CustomerTurn]] = []  # each reply and the customer's answer, with its reasons
        self.path = path
        if save:
            self.path = store.save(self.transcript.as_dict(), path) if path else store.create(scenario.id, self.transcript.as_dict())

    @property
    def done(self) -> bool:
        return self.transcript.ended is not None

    @property
    def agent_turns(self) -> int:
        return sum(1 for t in self.transcript.turns if t.speaker == "agent")

    def start(self) -> CustomerTurn:
        turn = self._guard(self.customer.open)
        self._add(Turn("customer", turn.text, at=_now(), mood=turn.mood))
        return turn

    def reply(self, text: str, seconds: float | None = None) -> CustomerTurn:
        if self.done:
            raise TrainerError("this conversation has already ended")
        if len(text) > MAX_REPLY_CHARS:
            self.refused.append(text)
            raise ReplyTooLong(
                f"that reply is {len(text):,} characters; the limit is {MAX_REPLY_CHARS:,} (about 1,500 words). "
                "Nothing was sent: shorten it and send it again."
            )
        agent = Turn("agent", text, at=_now(), seconds=None if seconds is None else round(seconds, 1))
        self._add(agent)  # the reply is kept even if the customer engine fails next
        turn = self._guard(lambda: self.customer.respond(text, seconds))
        self.exchanges.append((text, turn))
        agent.acts = turn.acts
        if turn.acts:
            self._journal({"amend": len(self.transcript.turns) - 1, "fields": {"acts": turn.acts}})
        self._add(Turn("customer", turn.text, at=_now(), mood=turn.mood, revealed=turn.revealed, goals_met=turn.goals_met))
        if turn.outcome:
            self._close(turn.outcome, turn.reason)
        return turn

    def hint(self) -> str:
        text = self.customer.hint()
        self.transcript.hints += 1
        self._add(Turn("coach", text, at=_now(), hint=True))
        self._journal({"head": {"hints": self.transcript.hints}})
        return text

    def end(self, reason: str = "the trainee ended the session") -> None:
        if not self.done:
            self._close("unfinished", reason)

    def save(self) -> Path | None:
        """Write the whole transcript now (it is written anyway when the conversation ends)."""
        if self.saving and self.path:
            store.save(self.transcript.as_dict(), self.path)
        return self.path

    def _add(self, turn: Turn) -> None:
        self.transcript.turns.append(turn)
        self._journal({"turn": turn.as_dict()})
        record = getattr(self.customer, "record", None)
        if record is not None:  # a model's usage and fallbacks, kept as they grow
            self.transcript.llm = record()
            self._journal({"head": {"llm": self.transcript.llm}})

    def _journal(self, event: dict) -> None:
        if self.saving and self.path:
            store.append(self.path, event)

    def _close(self, outcome: str, reason: str) -> None:
        self.transcript.outcome = outcome
        self.transcript.reason = reason
        self.transcript.ended = _now()
        self.save()

    def _guard(self, call):
        try:
            return call()
        except TrainerError:
            self.end("the customer engine failed")
            raise
        except Exception as exc:  # an engine bug must not lose the conversation
            self.end("the customer engine failed")
            raise EngineError(f"the customer engine failed: {exc}; the conversation so far is saved in {self.path}") from exc


def is_command(text: str) -> bool:
    """A live session's command ("/hint", "/policy") on a script line: not a reply."""
    command = text.strip()
    return command.startswith("/") and " " not in command


def play_script(session: Session, lines: list[ScriptLine]) -> Transcript:
    """Play a whole scripted conversation; the outcome is data, not an error."""
    if not session.transcript.turns:
        session.start()
    for line in lines:
        if session.done:
            break
        command = line.text.strip().lower()
        if is_command(command):  # the live session's commands mean the same here
            if command == "/hint":
                session.hint()
            elif command in ("/end", "/quit", "/exit"):
                session.end()
            continue  # /policy, /customer, /help show something on screen live: nothing to play
        try:
            session.reply(line.text, line.seconds)
        except ReplyTooLong:
            continue  # refused and recorded in session.refused; the next line goes on
    if not session.done:
        session.end("the script ran out")
    return session.transcript
