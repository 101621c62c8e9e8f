"""Time the offline customer's reply: median and p99 over a 1,000-turn run.

    python benchmarks/turn_latency.py [--turns 1000]
"""

from __future__ import annotations

import argparse
import statistics
import time

from trainer import catalog
from trainer.customer import make_customer

REPLIES = [
    "Hi Dana, I'm so sorry to hear the music box arrived broken.",
    "When is the party, and would you like the same engraving?",
    "Could you describe the damage for me?",
    "I'll send a free replacement by express so it arrives Friday.",
    "I'll email you the tracking number tomorrow as soon as it ships.",
    "Let me check that for you.",
    "Okay.",
    "We have a lot of wooden gifts on our website, and our shipping is usually very fast, sometimes next day.",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=1000)
    args = parser.parse_args()
    scenarios = [catalog.scenarios().get(i) for i in ("damaged-birthday-gift", "out-of-stock-regular")]
    timings = []
    seed = 0
    while len(timings) < args.turns:
        scenario = scenarios[seed % 2]
        customer = make_customer("rules", scenario, seed=seed)
        customer.open()
        for i in range(scenario.max_turns):
            reply = REPLIES[(seed + i) % len(REPLIES)] + f" (ref {seed}-{i})"
            start = time.perf_counter()
            turn = customer.respond(reply, seconds=10)
            timings.append((time.perf_counter() - start) * 1000)
            if turn.outcome or len(timings) >= args.turns:
                break
        seed += 1
    timings.sort()
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(f"customer reply over {len(timings)} turns: median {statistics.median(timings):.2f} ms, p99 {p99:.2f} ms, max {timings[-1]:.2f} ms")


if __name__ == "__main__":
    main()
