"""Poor and better replies to the same customer line: does the grader rank the better one higher?

    python benchmarks/pairs.py [ROUND_DIR ...] [--show-misses]

A round is a directory holding ``pairs.yaml``: a list of items with ``category``, ``customer``
(the line being answered), ``poor``, ``better``, and optionally ``channel`` (phone, chat,
email, in-person), ``scenario`` (a shipped scenario id), ``context`` (earlier turns as a list of
``{customer: ..., agent: ...}``) and ``pillar`` (the pillar the difference is about; the overall
score is compared when it is absent). An interview pair has ``question`` (an interview
question id) instead of ``customer``, optionally ``company`` and ``values``, and ``part`` (a
criterion of the interview rubric) instead of ``pillar``. Prints the share of pairs where the better reply scores
higher (ties count half), overall and per category. Texts are printed only with
--show-misses, which is refused for rounds whose README says they are blind.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from trainer import catalog
from trainer.grading import grade
from trainer.transcript import Transcript, Turn

ROOT = Path(__file__).parent / "pairs"


def interview_score(item: dict, answer: str) -> int | None:
    from trainer import interview

    profile = interview.company_profile(item["company"], item.get("values")) if item.get("company") else None
    result = interview.grade_answer(interview.get_question(item["question"]), answer, interview.load_rubric(), profile)
    if item.get("part"):
        part = result.criteria.get(item["part"])
        return part.score if part else None
    return result.overall


def score(item: dict, reply: str, rubric, scenarios) -> int | None:
    if "question" in item:
        return interview_score(item, reply)
    turns = []
    for earlier in item.get("context") or []:
        turns += [Turn("customer", earlier["customer"]), Turn("agent", earlier["agent"])]
    turns += [Turn("customer", item["customer"]), Turn("agent", reply)]
    scenario = scenarios.get(item["scenario"]) if item.get("scenario") else None
    transcript = Transcript(scenario=scenario.id if scenario else None, turns=turns, channel=item.get("channel") or (scenario.channel if scenario else None))
    card = grade(transcript, rubric, scenario)
    pillar = item.get("pillar")
    return card.pillars[pillar].score if pillar else card.overall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", nargs="*", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    rounds = args.rounds or sorted(p for p in ROOT.iterdir() if (p / "pairs.yaml").exists())
    rubric = catalog.load_rubric()
    scenarios = catalog.scenarios()
    for directory in rounds:
        blind = "blind" in (directory / "README.md").read_text().lower() if (directory / "README.md").exists() else False
        if args.show_misses and blind:
            sys.exit(f"{directory} is a blind round: its texts stay unread; drop --show-misses")
        items = yaml.safe_load((directory / "pairs.yaml").read_text())
        by_category: dict[str, list[float]] = defaultdict(list)
        for item in items:
            poor, better = score(item, item["poor"], rubric, scenarios), score(item, item["better"], rubric, scenarios)
            if poor is None or better is None:
                continue
            won = 1.0 if better > poor else 0.5 if better == poor else 0.0
            by_category[item["category"]].append(won)
            if args.show_misses and won < 1:
                print(f"  [{item['category']}] {'tie' if won else 'LOST'} {poor} vs {better}\n    poor:   {item['poor']}\n    better: {item['better']}")
        total = [w for ws in by_category.values() for w in ws]
        print(f"{directory.name}: better ranked higher in {100 * sum(total) / max(1, len(total)):.0f}% of {len(total)} pairs (ties count half)")
        for category, ws in sorted(by_category.items()):
            ties = sum(1 for w in ws if w == 0.5)
            print(f"  {category:<28} {100 * sum(ws) / len(ws):4.0f}%  n={len(ws):<3} ties={ties}")


if __name__ == "__main__":
    main()
