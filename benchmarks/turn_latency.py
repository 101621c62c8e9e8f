"""Time the offline customer's reply over unique, realistic replies; the cold first turn apart.

    python benchmarks/turn_latency.py [--turns 1000]

Replies come from the labelled rounds in benchmarks/understanding/ (written blind, by kind of
trainee), each used once per scenario, so caches cannot flatter the figure. The first reply
of the process loads the language libraries (lemmas, typo repair) and is reported on its own.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROUNDS = Path(__file__).parent / "understanding"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=1000)
    args = parser.parse_args()
    start = time.perf_counter()
    from trainer import catalog
    from trainer.customer import make_customer
    from trainer.loading import load_model
    from trainer.models import Scenario

    scenarios = [entry.item for entry in catalog.scenarios().entries.values()]
    scenarios += [load_model(Scenario, p) for p in sorted(ROUNDS.glob("round-*/scenarios/*.yaml"))]
    loaded = time.perf_counter() - start
    replies = [
        json.loads(line)["reply"]
        for path in sorted(ROUNDS.glob("round-*/replies.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    timings, cold, seed, i = [], None, 0, 0
    while len(timings) < args.turns and seed < 10_000:
        scenario = scenarios[seed % len(scenarios)]
        customer = make_customer("rules", scenario, seed=seed)
        customer.open()
        for _ in range(scenario.max_turns):
            reply = replies[i % len(replies)]
            i += 1
            began = time.perf_counter()
            turn = customer.respond(reply, seconds=10)
            took = (time.perf_counter() - began) * 1000
            if cold is None:
                cold = took
            else:
                timings.append(took)
            if turn.outcome or len(timings) >= args.turns:
                break
        seed += 1
    timings.sort()
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(f"content loaded in {loaded * 1000:.0f} ms; cold first reply {cold:.0f} ms")
    print(f"customer reply over {len(timings)} unique replies in {len(scenarios)} scenarios: "
          f"median {statistics.median(timings):.2f} ms, p99 {p99:.2f} ms, max {timings[-1]:.2f} ms")


if __name__ == "__main__":
    main()
