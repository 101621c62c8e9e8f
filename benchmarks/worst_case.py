"""Worst cases: the slowest customer reply over an adversarial corpus, and grading a huge log.

    python benchmarks/worst_case.py [--turns 10000]

Prints the worst and p99 time for the offline customer to answer a hostile reply (runs of
apostrophes and punctuation, one word repeated, a reply at the size limit, random Unicode),
then the time and peak memory of grading a chat log of --turns agent and customer turns.
Aim: every reply well under a second, the 10,000-turn log under 5 s and 300 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trainer import catalog
from trainer.customer import make_customer
from trainer.session import MAX_REPLY_CHARS

WORDS = "we can send it refund sorry arrive friday your order the replacement today please".split()


def hostile_replies(rng: random.Random) -> list[str]:
    out = [
        "we can" + "'" * 60,
        "we can " + "' " * 2000,
        "we " * 3000,
        "sorry " * 3000,
        ". " * 4000 + "refund",
        "!" * 10_000,
        "I'll" * 2000,
        "$" + "9" * 5000,
        "(" * 3000 + ")" * 3000,
        "a" * MAX_REPLY_CHARS,
        " ".join(rng.choice(WORDS) for _ in range(MAX_REPLY_CHARS // 7)),
        "".join(rng.choice(string.punctuation + " '") for _ in range(MAX_REPLY_CHARS)),
        "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(5000)),
    ]
    for _ in range(30):
        word = rng.choice(WORDS)
        sep = rng.choice([" ", "'", " ' ", ", ", "... ", "-"])
        out.append((word + sep) * rng.randrange(50, 1500))
    return [r[:MAX_REPLY_CHARS] for r in out]


def reply_times(scenario_ids: list[str]) -> list[float]:
    rng = random.Random(7)
    timings = []
    for scenario_id in scenario_ids:
        scenario = catalog.scenarios().get(scenario_id)
        for index, reply in enumerate(hostile_replies(rng)):
            customer = make_customer("rules", scenario, seed=index)
            customer.open()
            start = time.perf_counter()
            customer.respond(reply, seconds=10)
            timings.append(time.perf_counter() - start)
    return sorted(timings)


def huge_log(turns: int, folder: Path) -> Path:
    rng = random.Random(3)
    agent = [
        "Hi, thanks for getting in touch, I'm sorry to hear the parcel arrived damaged.",
        "Could you tell me the order number and what the damage looks like?",
        "I'll send a replacement today by express, and you'll get the tracking number by email.",
        "I understand how frustrating that is, especially so close to the party.",
        "Let me check that with the warehouse for you.",
    ]
    customer = [
        "My order arrived broken and I need it by Friday.",
        "The order number is 48213, the lid is cracked.",
        "Okay, when will it arrive?",
        "That would be great, thank you.",
    ]
    path = folder / "huge.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(turns // 2):
            handle.write(json.dumps({"role": "customer", "content": f"{rng.choice(customer)} (ref {i})"}) + "\n")
            handle.write(json.dumps({"role": "agent", "content": f"{rng.choice(agent)} Case {i}.", "seconds": rng.randrange(5, 90)}) + "\n")
    return path


def grade_in_child(path: Path, scenario: str | None) -> tuple[float, float]:
    """Grade in a fresh process so its peak memory is the grading's alone."""
    code = (
        "import resource, sys, time\n"
        "from pathlib import Path\n"
        "from trainer.results import grade_files\n"
        "start = time.perf_counter()\n"
        "results = list(grade_files([Path(sys.argv[1])], sys.argv[2] or None, None, None))\n"
        "assert 'error' not in results[0], results[0]\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path), scenario or ""], check=True, capture_output=True, text=True)
    seconds, kilobytes = out.stdout.split()
    return float(seconds), int(kilobytes) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=10_000)
    args = parser.parse_args()
    timings = reply_times(["damaged-birthday-gift", "out-of-stock-regular"])
    p99 = timings[max(0, int(len(timings) * 0.99) - 1)]
    print(f"hostile replies: {len(timings)}, worst {timings[-1] * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        log = huge_log(args.turns, Path(folder))
        for scenario in (None, "damaged-birthday-gift"):
            seconds, megabytes = grade_in_child(log, scenario)
            label = f"--scenario {scenario}" if scenario else "no scenario"
            print(f"grade {args.turns}-turn log ({label}): {seconds:.2f} s, peak memory {megabytes:.0f} MB")
    print(f"this process peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
