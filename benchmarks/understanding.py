"""How well the language layer reads what trainees mean: per-act precision and recall.

    python benchmarks/understanding.py [ROUND_DIR ...] [--by-kind] [--errors]

Each round folder (default: every folder under benchmarks/understanding/) holds
``replies.jsonl`` (one labelled reply a line: ``id``, ``scenario``, ``kind`` of trainee,
``customer`` line it answers, ``reply``, ``acts``) and may hold ``scenarios/*.yaml``,
scenarios written for that round. Labels use the act names below; the engine's finer acts
are mapped onto them. Prints precision, recall and F1 per act with counts, micro and macro
averages, and with --by-kind the exact-match rate per kind of trainee. --errors prints the
misread replies: do not use it on a round you have not yet fixed the categories for.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from trainer import catalog
from trainer.language import Context, analyse
from trainer.loading import load_model
from trainer.models import Scenario

ROOT = Path(__file__).parent / "understanding"

LABELS = (
    "greeting", "apology", "empathy", "question", "personal_question", "offer", "commitment", "done",
    "good_news", "bad_news", "refusal", "closing", "thanks", "blame", "rudeness", "stalling", "secrets",
)  # fmt: skip

# The engine's act names, read as the benchmark's labels.
ENGINE_TO_LABEL = {
    "understanding": "empathy",
    "dismissal": "rudeness",
    "follow_up": "commitment",
    "policy_wall": "refusal",
    "deflection": "refusal",
}


DERIVED = {("commitment", "done"), ("good_news", "done"), ("bad_news", "refusal"), ("empathy", "patience")}


def predicted(reply: str, scenario: Scenario | None, customer_line: str, derived: bool = True) -> set[str]:
    context = Context(
        names=tuple(dict.fromkeys([*scenario.customer.address_as, scenario.first_name])) if scenario else (),
        entities=tuple(scenario.entities) if scenario else (),
        last_customer_line=customer_line,
    )
    # formulaic sympathy ("sorry for the inconvenience") is the engine's weak-credit marker, not an acknowledgement;
    # and acts the engine derives from another one for grading (work done also counts as a kept promise and as
    # good news, a refusal as bad news, thanks for patience as warmth) are not acts a reader would label
    acts = [act for act in analyse(reply, context).acts if not (act.name == "empathy" and act.kind == "cliche") and (derived or (act.name, act.kind) not in DERIVED)]
    names = {ENGINE_TO_LABEL.get(act.name, act.name) for act in acts}
    if any(act.name == "question" and "personal" in act.kind.split(",") for act in acts):
        names.add("personal_question")
    return names & set(LABELS)


def load_round(folder: Path) -> tuple[list[dict], dict[str, Scenario]]:
    scenarios = {}
    for path in sorted((folder / "scenarios").glob("*.yaml")):
        item = load_model(Scenario, path)
        scenarios[item.id] = item
    rows = [json.loads(line) for line in (folder / "replies.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows, scenarios


def labels_derived(folder: Path) -> bool:
    """Rounds differ in one labelling convention: whether "I've rebooked it" is also labelled a
    commitment and good news (rounds 1-4) or only done (a round with ``conventions.yaml`` saying
    ``derived_acts_labelled: false``)."""
    path = folder / "conventions.yaml"
    return not path.exists() or bool((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("derived_acts_labelled", True))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", nargs="*", type=Path)
    parser.add_argument("--by-kind", action="store_true")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    folders = args.rounds or sorted(p for p in ROOT.iterdir() if (p / "replies.jsonl").exists())
    shipped = catalog.scenarios().entries
    tp, fp, fn = Counter(), Counter(), Counter()
    kinds: dict[str, list[bool]] = defaultdict(list)
    total = 0
    for folder in folders:
        rows, own = load_round(folder)
        derived = labels_derived(folder)
        for row in rows:
            scenario = own.get(row.get("scenario")) or (shipped[row["scenario"]].item if row.get("scenario") in shipped else None)
            gold = set(row["acts"]) & set(LABELS)
            got = predicted(row["reply"], scenario, row.get("customer", ""), derived)
            total += 1
            for act in LABELS:
                tp[act] += act in gold and act in got
                fp[act] += act in got and act not in gold
                fn[act] += act in gold and act not in got
            kinds[row.get("kind", "?")].append(gold == got)
            if args.errors and gold != got:
                print(f"{row['id']}: missed {sorted(gold - got)} extra {sorted(got - gold)}: {row['reply']!r}")
    print(f"understanding over {total} replies in {len(folders)} round(s): {', '.join(f.name for f in folders)}")
    print(f"{'act':<18} {'prec':>5} {'rec':>5} {'f1':>5}   tp  fp  fn")
    f1s = []
    for act in LABELS:
        p = tp[act] / (tp[act] + fp[act]) if tp[act] + fp[act] else float("nan")
        r = tp[act] / (tp[act] + fn[act]) if tp[act] + fn[act] else float("nan")
        f1 = 2 * p * r / (p + r) if p == p and r == r and p + r else 0.0
        if tp[act] + fn[act]:
            f1s.append(f1)
        print(f"{act:<18} {p:5.2f} {r:5.2f} {f1:5.2f} {tp[act]:4d}{fp[act]:4d}{fn[act]:4d}")
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_p = all_tp / (all_tp + all_fp) if all_tp + all_fp else 0
    micro_r = all_tp / (all_tp + all_fn) if all_tp + all_fn else 0
    print(f"micro precision {micro_p:.2f} recall {micro_r:.2f}; macro F1 {sum(f1s) / max(1, len(f1s)):.2f}")
    if args.by_kind:
        for kind, hits in sorted(kinds.items()):
            print(f"  {kind:<28} exact {sum(hits) / len(hits):.0%} of {len(hits)}")


if __name__ == "__main__":
    main()
