"""What one reply does in a scenario, and why: acts, needs met, facts revealed, policy said right or
wrong, and the customer's reaction, each with the pattern or example that matched.

The customer engine notes its own reasons as it plays (``CustomerTurn.why``); this module adds
how the grader will read the reply against the scenario's policy and puts the two side by side.
"""

from __future__ import annotations

from trainer.customer import CustomerTurn
from trainer.language import matching_pattern
from trainer.models import Scenario
from trainer.text import normalise, sentences


def policy_said(scenario: Scenario, reply: str) -> list[dict]:
    """Each policy statement in the reply, sentence by sentence: right, wrong, or a forbidden promise."""
    out = []
    for sentence in sentences(reply):
        norm = normalise(sentence)
        for item in scenario.policy:
            right = matching_pattern(item.right, norm) if item.right else None
            wrong = matching_pattern(item.wrong, norm) if item.wrong else None
            right = None if wrong else right
            forbidden = matching_pattern(item.forbidden, norm) if item.forbidden else None
            for said, pattern in (("forbidden", forbidden), ("wrong", wrong), ("right", right)):
                if pattern:
                    out.append({"policy": item.id, "said": said, "pattern": pattern, "sentence": sentence})
    return out


def explain_turn(scenario: Scenario, number: int, reply: str, turn: CustomerTurn) -> dict:
    """One trainee turn explained for an author: JSON-ready."""
    why = dict(turn.why)
    before = why.pop("mood_before", turn.mood)
    return {
        "turn": number,
        "reply": reply,
        "acts": why.pop("acts", []),
        "goals_met": why.pop("goals_met", []),
        "opened": why.pop("opened", []),
        "revealed": why.pop("revealed", []),
        "answered": why.pop("answered", []),
        "extras": why.pop("extras", []),
        "objections": why.pop("objections", []),
        "corrections": why.pop("corrections", []),
        "policy": policy_said(scenario, reply),
        "reasons": why.pop("reasons", []),
        "mood": {"before": before, "after": turn.mood, "change": round(turn.mood - before, 3)},
        "patience": why.pop("patience", None),
        "customer": turn.text,
        "outcome": turn.outcome,
    }



def try_replies(scenario: Scenario, lines: list, seed: int = 0) -> tuple[list[dict], str]:
    """Play replies (``ScriptLine``s) in a scenario without saving anything, each turn explained.

    Returns the explanations and the customer's opening line. Replies after the customer has
    ended the conversation are not played (the caller can tell from the count).
    """
    from trainer.session import ReplyTooLong, Session

    session = Session(scenario, seed=seed, save=False)
    opening = session.start().text
    explained = []
    for line in lines:
        if session.done:
            break
        try:
            turn = session.reply(line.text, line.seconds)
        except ReplyTooLong:
            continue
        explained.append(explain_turn(scenario, 2 * len(explained) + 2, line.text, turn))
    return explained, opening
