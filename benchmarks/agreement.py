"""Agreement between the offline grader and a hand-labelled set of replies, chats and answers.

    python benchmarks/agreement.py [SET_DIR] [--show-misses]

SET_DIR is ``benchmarks/sealed`` (the default when it exists: written from the README alone,
never tuned on; --show-misses is refused for it) or ``benchmarks/development`` (wave 1 was
tuned on it, so its figures are fit, not generalisation). A set may carry its own scenarios
in ``SET_DIR/scenarios``.

Prints, for single replies: quadratic-weighted Cohen's kappa and exact agreement on the three
empathy mechanisms (levels 0-2), Spearman's rho against the politeness labels, and flag
precision and recall; for whole conversations and interview answers: mean absolute error and
Spearman's rho for the overall and each part. Every figure comes with its sample size and a
95% bootstrap confidence interval; items the grader marks not assessed are left out, never
scored 0 or 50.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from trainer import catalog
from trainer.grading import grade
from trainer.history import calibrate
from trainer.loading import load_model
from trainer.models import Scenario
from trainer.results import read_conversation
from trainer.transcript import Transcript, Turn

ROOT = Path(__file__).parent
HERE = ROOT / "sealed" if (ROOT / "sealed").exists() else ROOT / "development"


def spearman(a: list[float], b: list[float]) -> float:
    """The calibration command's rho (average ranks for ties); 0 where it is undefined."""
    return calibrate.spearman(a, b) or 0.0


def level(score: int | None) -> int | None:
    if score is None:
        return None
    return 2 if score >= 75 else 1 if score >= 30 else 0


def weighted_kappa(a: list[int], b: list[int], k: int = 3) -> float:
    """Cohen's kappa with quadratic weights for ordinal levels 0..k-1."""
    n = len(a)
    if not n:
        return float("nan")
    observed = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b, strict=True):
        observed[x][y] += 1 / n
    pa = [sum(row) for row in observed]
    pb = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    weight = [[(i - j) ** 2 / (k - 1) ** 2 for j in range(k)] for i in range(k)]
    o = sum(weight[i][j] * observed[i][j] for i in range(k) for j in range(k))
    e = sum(weight[i][j] * pa[i] * pb[j] for i in range(k) for j in range(k))
    return 1 - o / e if e else 1.0


def interval(stat, a: list, b: list, rounds: int = 1000) -> tuple[float, float]:
    """95% bootstrap interval of stat(a, b), seeded so figures repeat."""
    rng = random.Random(11)
    n = len(a)
    values = []
    for _ in range(rounds):
        idx = [rng.randrange(n) for _ in range(n)]
        value = stat([a[i] for i in idx], [b[i] for i in idx])
        if value == value:
            values.append(value)
    values.sort()
    if not values:
        return float("nan"), float("nan")
    return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]


def mae(a: list[float], b: list[float]) -> float:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a) if a else float("nan")


def describe(name: str, ours: list, theirs: list, stat, label: str) -> str:
    if not ours:
        return f"  {name:18} not assessed on any item"
    low, high = interval(stat, ours, theirs)
    return f"  {name:18} {label} {stat(ours, theirs):5.2f} [{low:5.2f}, {high:5.2f}]  n={len(ours)}"


def scenarios_for(folder: Path) -> dict[str, Scenario]:
    found = {entry.id: entry.item for entry in catalog.scenarios().entries.values()}
    for path in sorted((folder / "scenarios").glob("*.yaml")):
        item = load_model(Scenario, path)
        found[item.id] = item
    return found


def replies(rubric, show: bool) -> None:
    path = HERE / "replies.jsonl"
    if not path.exists():
        return
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    mechanisms = {"emotional_reaction": "emotional-reaction", "interpretation": "interpretation", "exploration": "exploration"}
    ours = {m: [] for m in mechanisms}
    theirs = {m: [] for m in mechanisms}
    polite_ours, polite_theirs = [], []
    flag_tp = flag_fp = flag_fn = 0
    flag_names = {"rude": "rudeness", "blames-customer": "blame_customer", "asks-for-secrets": "secrets"}
    for row in rows:
        t = Transcript(scenario=None, turns=[Turn("customer", row["customer"]), Turn("agent", row["agent"])], source="agreement")
        card = grade(t, rubric)
        criteria = {c.id: c for c in card.pillars["empathy"].criteria}
        for label, cid in mechanisms.items():
            mine, gold = level(criteria[cid].score), row["empathy"][label]
            if mine is None:
                continue
            ours[label].append(mine)
            theirs[label].append(gold)
            if show and abs(mine - gold) == 2:
                print(f"  {label}: ours {mine} vs label {gold}: {row['agent'][:110]!r}")
        courtesy = next(c for c in card.pillars["professionalism"].criteria if c.id == "courtesy")
        if courtesy.score is not None:
            polite_ours.append(courtesy.score)
            polite_theirs.append(row["politeness"])
        found = {flag_names.get(f.id, f.id) for f in card.flags}
        gold = set(row.get("flags", []))
        flag_tp += len(found & gold)
        flag_fp += len(found - gold)
        flag_fn += len(gold - found)
        if show and found != gold:
            print(f"  flags: ours {sorted(found)} vs label {sorted(gold)}: {row['agent'][:110]!r}")
    print(f"single replies: {len(rows)}")
    exact = lambda a, b: sum(x == y for x, y in zip(a, b, strict=True)) / len(a)  # noqa: E731
    for label in mechanisms:
        print(describe(label, ours[label], theirs[label], weighted_kappa, "kappa_w"), f"exact {exact(ours[label], theirs[label]) if ours[label] else 0:.0%}")
    print(describe("politeness", polite_ours, polite_theirs, spearman, "rho    "))
    precision = flag_tp / (flag_tp + flag_fp) if flag_tp + flag_fp else 1.0
    recall = flag_tp / (flag_tp + flag_fn) if flag_tp + flag_fn else 1.0
    print(f"  auto-fail flags    precision {precision:.0%} ({flag_tp}/{flag_tp + flag_fp})  recall {recall:.0%} ({flag_tp}/{flag_tp + flag_fn})")


def conversations(rubric, show: bool) -> None:
    path = HERE / "conversations" / "labels.json"
    if not path.exists():
        return
    labels = json.loads(path.read_text())
    found = scenarios_for(HERE)
    pillars = ["responsiveness", "empathy", "knowledge", "professionalism", "personalization", "reliability"]
    ours = {k: [] for k in ["overall", *pillars]}
    theirs = {k: [] for k in ["overall", *pillars]}
    for name, label in sorted(labels.items()):
        transcript = read_conversation(HERE / "conversations" / name)
        card = grade(transcript, rubric, found.get(label["scenario"]))
        ours["overall"].append(card.overall)
        theirs["overall"].append(label["overall"])
        for p in pillars:
            score = card.pillars[p].score
            if score is not None:  # not assessed is left out, not guessed
                ours[p].append(score)
                theirs[p].append(label["pillars"][p])
        if show:
            print(f"  {name:18} overall ours {card.overall:3} label {label['overall']:3}   flags ours {[f.id for f in card.flags]} label {label.get('flags', [])}")
    print(f"conversations: {len(labels)}")
    for key in ours:
        print(describe(key, ours[key], theirs[key], spearman, "rho"), f"MAE {mae(ours[key], theirs[key]):5.1f}")


def interviews(show: bool) -> None:
    path = HERE / "interview" / "answers.jsonl"
    if not path.exists():
        return
    from trainer import interview

    rubric = interview.load_rubric()
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    keys = ["overall", "structure", "example", "qualities", "perspective", "fit", "delivery"]
    ours = {k: [] for k in keys}
    theirs = {k: [] for k in keys}
    for row in rows:
        company = row.get("company")
        profile = interview.company_profile(company["name"], ", ".join(company["values"])) if company else None
        result = interview.grade_answer(interview.get_question(row["question"]), row["answer"], rubric, profile).as_dict()
        for key in keys:
            mine = result["overall"] if key == "overall" else result["criteria"][key]["score"]
            gold = row["labels"].get(key)
            if mine is None or gold is None:
                continue
            ours[key].append(mine)
            theirs[key].append(gold)
        if show:
            print(f"  {row['id']:24} overall ours {result['overall']:3} label {row['labels']['overall']:3}  {row.get('notes', '')[:70]}")
    print(f"interview answers: {len(rows)}")
    for key in keys:
        if ours[key]:
            print(describe(key, ours[key], theirs[key], spearman, "rho"), f"MAE {mae(ours[key], theirs[key]):5.1f}")


def main() -> None:
    global HERE
    parser = argparse.ArgumentParser()
    parser.add_argument("set", nargs="?", type=Path, default=HERE)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    HERE = args.set
    if args.show_misses and HERE.resolve().name == "sealed":
        sys.exit("the sealed set is for measuring only: its misses are not for reading")
    print(f"agreement with {HERE}")
    rubric = catalog.load_rubric()
    replies(rubric, args.show_misses)
    conversations(rubric, args.show_misses)
    interviews(args.show_misses)


if __name__ == "__main__":
    main()
