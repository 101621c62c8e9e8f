"""The simulated customer: one protocol, engines registered by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from trainer.errors import TrainerError


@dataclass
class CustomerTurn:
    """What the customer says, and what the engine noticed on the way."""

    text: str
    mood: float
    acts: list[str] = field(default_factory=list)
    revealed: list[str] = field(default_factory=list)
    goals_met: list[str] = field(default_factory=list)
    outcome: str | None = None  # set when this line ends the conversation
    reason: str = ""
    why: dict = field(default_factory=dict)  # which pattern or example matched each goal, fact, objection...


class CustomerEngine(Protocol):
    name: str

    def open(self) -> CustomerTurn: ...

    def respond(self, reply: str, seconds: float | None = None) -> CustomerTurn: ...

    def hint(self) -> str: ...


def _rules():
    from trainer.customer.rules import RuleCustomer

    return RuleCustomer


def _llm():
    from trainer.customer.llm import LLMCustomer

    return LLMCustomer


CUSTOMERS = {"rules": _rules, "llm": _llm}


def make_customer(name: str, scenario, seed: int = 0, **options) -> CustomerEngine:
    """A customer engine by name; ``options`` (settings, on_token, on_notice) go to the LLM engine."""
    if name not in CUSTOMERS:
        raise TrainerError(f"unknown customer engine {name!r}; available: {', '.join(CUSTOMERS)}")
    if name == "llm":
        return CUSTOMERS[name]()(scenario, seed=seed, **options)
    return CUSTOMERS[name]()(scenario, seed=seed)
