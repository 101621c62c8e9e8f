"""Agreement between the offline grader and the hand-labelled hold-out set in benchmarks/holdout/.

    python benchmarks/holdout_agreement.py [--show-misses]

Prints, for single replies: exact and within-one agreement on the three empathy
mechanisms, rank correlation with the politeness labels, and flag precision/recall;
for whole conversations: mean absolute error, share within 10 points, and rank
correlation of the overall and of each pillar. The set was written independently of
the phrase tables; it measures, it is not something to fit.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from trainer import catalog
from trainer.grading import grade
from trainer.results import read_conversation
from trainer.transcript import Transcript, Turn

HERE = Path(__file__).parent / "holdout"
LEVEL = {None: 0, 0: 0, 50: 1, 100: 2}


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def spearman(a: list[float], b: list[float]) -> float:
    ra, rb = ranks(a), ranks(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else 0.0


def level(score: int | None) -> int:
    if score is None:
        return 0
    return 2 if score >= 75 else 1 if score >= 30 else 0


def replies(rubric, show: bool) -> None:
    rows = [json.loads(line) for line in (HERE / "replies.jsonl").read_text().splitlines() if line.strip()]
    mechanisms = {"emotional_reaction": "emotional-reaction", "interpretation": "interpretation", "exploration": "exploration"}
    exact = {m: 0 for m in mechanisms}
    near = {m: 0 for m in mechanisms}
    ours = {m: [] for m in mechanisms}
    theirs = {m: [] for m in mechanisms}
    polite_ours, polite_theirs = [], []
    flag_tp = flag_fp = flag_fn = 0
    flag_names = {"rude": "rudeness", "blames-customer": "blame_customer", "asks-for-secrets": "secrets"}
    for row in rows:
        t = Transcript(scenario=None, turns=[Turn("customer", row["customer"]), Turn("agent", row["agent"])], source="holdout")
        card = grade(t, rubric)
        criteria = {c.id: c for c in card.pillars["empathy"].criteria}
        for label, cid in mechanisms.items():
            mine, gold = level(criteria[cid].score), row["empathy"][label]
            exact[label] += mine == gold
            near[label] += abs(mine - gold) <= 1
            ours[label].append(mine)
            theirs[label].append(gold)
            if show and abs(mine - gold) == 2:
                print(f"  {label}: ours {mine} vs label {gold}: {row['agent'][:110]!r}")
        courtesy = next(c for c in card.pillars["professionalism"].criteria if c.id == "courtesy")
        polite_ours.append(courtesy.score)
        polite_theirs.append(row["politeness"])
        found = {flag_names.get(f.id, f.id) for f in card.flags}
        gold = set(row.get("flags", []))
        flag_tp += len(found & gold)
        flag_fp += len(found - gold)
        flag_fn += len(gold - found)
        if show and found != gold:
            print(f"  flags: ours {sorted(found)} vs label {sorted(gold)}: {row['agent'][:110]!r}")
    n = len(rows)
    print(f"single replies: {n}")
    for label in mechanisms:
        print(f"  {label:18} exact {exact[label] / n:.0%}  within one {near[label] / n:.0%}  spearman {spearman(ours[label], theirs[label]):.2f}")
    print(f"  politeness         spearman {spearman(polite_ours, polite_theirs):.2f}")
    precision = flag_tp / (flag_tp + flag_fp) if flag_tp + flag_fp else 1.0
    recall = flag_tp / (flag_tp + flag_fn) if flag_tp + flag_fn else 1.0
    print(f"  auto-fail flags    precision {precision:.0%}  recall {recall:.0%}")


def conversations(rubric, show: bool) -> None:
    labels = json.loads((HERE / "conversations" / "labels.json").read_text())
    found = catalog.scenarios()
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
            ours[p].append(score if score is not None else 50)
            theirs[p].append(label["pillars"][p])
        if show:
            print(f"  {name:18} overall ours {card.overall:3} label {label['overall']:3}   flags ours {[f.id for f in card.flags]} label {label.get('flags', [])}")
    print(f"conversations: {len(labels)}")
    for key in ours:
        diffs = [abs(a - b) for a, b in zip(ours[key], theirs[key], strict=True)]
        mae = sum(diffs) / len(diffs)
        within = sum(d <= 10 for d in diffs) / len(diffs)
        print(f"  {key:16} MAE {mae:5.1f}  within 10 {within:4.0%}  spearman {spearman(ours[key], theirs[key]):.2f}")


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
        diffs = [abs(a - b) for a, b in zip(ours[key], theirs[key], strict=True)]
        if diffs:
            print(f"  {key:12} MAE {sum(diffs) / len(diffs):5.1f}  within 10 {sum(d <= 10 for d in diffs) / len(diffs):4.0%}  spearman {spearman(ours[key], theirs[key]):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    rubric = catalog.load_rubric()
    replies(rubric, args.show_misses)
    conversations(rubric, args.show_misses)
    interviews(args.show_misses)


if __name__ == "__main__":
    main()
