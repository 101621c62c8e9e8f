"""A new scenario file to fill in: every section present, each with a comment saying what it does.

The skeleton validates as written (so ``trainer try`` works on it at once) and its comments
point at the reference (docs/authoring.md). It never overwrites a file.
"""

from __future__ import annotations

import re
from pathlib import Path

from trainer.errors import TrainerError
from trainer.vocab import CHANNELS, DIFFICULTIES, TEMPERAMENTS

TEMPLATE = """\
# {title}: a scenario for service-trainer. Reference: docs/authoring.md
# Try a reply as you write:   trainer try {id} "your reply"
# Check it:                   trainer validate --strict {path}   and   trainer check {path}
id: {id}
title: {title}
channel: {channel}            # {channels}
difficulty: {difficulty}             # 1 (gentlest) to 5 (hardest)
tags: [{tags}]                # the trade, and anything else to filter by
stresses: [empathy, reliability]   # the pillars this scenario exercises most
setting: Where this happens, in a few words
brief: >
  What the trainee reads before starting: the situation as the agent sees it,
  never the customer's hidden facts.

customer:
  name: Sam Taylor
  address_as: [Sam, Mr Taylor]         # names the trainee may use
  card: >
    Sam Taylor, a customer for three years. What the agent can see on screen.
  history:
    - Something the agent can see about past orders or visits.
  history_cues:                         # phrases that show the trainee used that history
    - (three|3) years
  temperament: calm                     # {temperaments}
  mood: -0.2                            # -1 furious .. 1 delighted, at the start
  patience: 6                           # turns that go nowhere before they give up
  knows:                                # what they say about themselves when asked
    - id: contact
      examples: ["What's the best way to reach you?", "Should I email or call you?"]
      answer: ["Email is easiest for me."]

entities:                               # their own things; mentioning them reads as specific
  - (the )?order

facts:                                  # hidden: told only to a question about them
  - id: deadline
    text: They need it sorted by Friday.
    examples: ["When do you need it by?", "Is there a date you're working to?"]
    asked_by: [deadline]
    reveal: ["By Friday, ideally - that's when I need it."]

policy:                                 # what the trainee should know; statements are checked
  - id: refund-window
    text: Refunds are possible within 30 days of purchase.
    say: "You're within the 30 days, so a refund is no problem."
    right: ["(30|thirty) days"]
    wrong: ["(14|fourteen|7|seven) days"]
    forbidden: ["refund ... (anytime|any time|forever|no matter when)"]

goals:                                  # what they need before they are satisfied
  - id: fix
    text: The problem is put right.
    examples: ["I'll sort that out for you today.", "I've fixed it on our side."]
    ask: ["So what can you do about it?", "How are you going to fix this?"]
    acknowledge: ["Okay, good."]

resolution:
  needs: [[fix]]                        # any one of these sets of goals resolves it
  min_mood: 0.0
  accept: ["Thanks, that's sorted then.", "Great, that's all I needed."]

# Ways to play it, checked by `trainer check`: add a strong, a middling and a weak one.
examples:
  - id: strong
    about: acknowledges the problem, asks the date, fixes it today
    script:
      - "[+20s] Hi Sam, sorry about the trouble - let's get it sorted. When do you need it by?"
      - "[+25s] I'll sort that out for you today and email you once it's done."
    expect:
      no_flags: any
"""

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def scaffold(scenario_id: str, folder: Path, *, title: str | None = None, channel: str = "phone", difficulty: int = 3,
             tags: list[str] | None = None) -> Path:
    """Write ``folder/ID.yaml`` from the template and return its path."""
    if not _ID.match(scenario_id) or len(scenario_id) > 60:
        raise TrainerError(f"scenario id {scenario_id!r}: use lower-case letters, digits and hyphens (e.g. hotel-double-booked)")
    if channel not in CHANNELS:
        raise TrainerError(f"unknown channel {channel!r}; expected one of: {', '.join(CHANNELS)}")
    if difficulty not in DIFFICULTIES:
        raise TrainerError(f"difficulty {difficulty!r}: expected 1 (gentlest) to 5 (hardest)")
    path = folder / f"{scenario_id}.yaml"
    if path.exists():
        raise TrainerError(f"{path} already exists; choose another id or edit that file")
    folder.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.format(
        id=scenario_id, title=title or scenario_id.replace("-", " ").capitalize(), channel=channel, difficulty=difficulty, path=path,
        channels=" | ".join(CHANNELS), temperaments=" | ".join(TEMPERAMENTS), tags=", ".join(tags or ["retail"]),
    )
    path.write_text(text, encoding="utf-8")
    return path
