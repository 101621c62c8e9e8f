"""History speed: record 10,000 sessions, then work out `progress` for one trainee and the
`report` (HTML and Markdown) and CSV export over every official attempt.

    python benchmarks/history.py [--sessions 10000] [--trainees 25] [--db sqlite|URL]

Aims: progress under 200 ms and report under 2 s at 10,000 sessions.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--trainees", type=int, default=25)
    parser.add_argument("--db", default="sqlite", help="sqlite (a temporary file) or a postgresql:// URL")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    os.environ["TRAINER_HOME"] = str(home)
    from trainer import catalog
    from trainer.history import report
    from trainer.history.export import csv_text
    from trainer.history.progress import of_trainee
    from trainer.history.records import SessionRecord
    from trainer.history.store import open_store

    url = f"sqlite:///{home / 'history.db'}" if args.db == "sqlite" else args.db
    pillars = [(p.id, p.name) for p in catalog.load_rubric().pillars]
    library = [e.item for e in catalog.scenarios().entries.values()]
    rng = random.Random(1)
    advice = [{"pillar": pid, "criterion": f"{pid}-c", "text": f"Advice on {name}.", "turn": 2, "quote": "I will sort that for you."}
              for pid, name in pillars]
    store = open_store(url)
    start = time.perf_counter()
    for n in range(args.sessions):
        scenario = library[n % len(library)]
        overall = rng.randint(20, 95)
        store.add(SessionRecord(
            trainee=f"trainee-{n % args.trainees:02d}", kind="conversation", subject=scenario.id,
            at=f"2026-{1 + n * 12 // args.sessions:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00Z", engine="rules", rubric_hash="sha256:bench",
            overall=overall, scores={pid: max(0, min(100, overall + rng.randint(-20, 20))) for pid, _ in pillars},
            outcome=rng.choice(["resolved", "resolved", "unfinished", "abandoned"]), official=n % 3 == 0, pass_mark=70,
            difficulty=scenario.difficulty, transcript=f"/transcripts/{n}.yaml", improvements=rng.sample(advice, 2),
            strengths=rng.sample(advice, 1)))
    recorded = time.perf_counter() - start
    print(f"record {args.sessions:,} sessions: {recorded:.2f} s ({recorded / args.sessions * 1000:.2f} ms each)")

    timings, who = [], f"trainee-{min(3, args.trainees - 1):02d}"
    for _ in range(5):
        start = time.perf_counter()
        of_trainee(store, who, pillars, library)
        timings.append(time.perf_counter() - start)
    print(f"progress for one trainee ({sum(store.tally(who).values()):,} sessions): median {sorted(timings)[2] * 1000:.0f} ms over 5 runs (aim: under 200 ms)")

    start = time.perf_counter()
    records = sorted(store.sessions(official_only=True), key=lambda r: (r.trainee, r.at, r.id or 0))
    html = report.html_report(records, pillars, "Benchmark", "2026-12-01T00:00:00Z")
    md = report.markdown_report(records, pillars, "Benchmark", "2026-12-01T00:00:00Z")
    took = time.perf_counter() - start
    print(f"report over {len(records):,} official attempts of {args.trainees} trainees: {took:.2f} s "
          f"(HTML {len(html) / 1e6:.1f} MB, Markdown {len(md) / 1e6:.1f} MB; aim: under 2 s)")

    start = time.perf_counter()
    everything = store.sessions()
    csv_text(everything, [pid for pid, _ in pillars])
    print(f"CSV export of all {len(everything):,} sessions: {time.perf_counter() - start:.2f} s")
    store.close()
    shutil.rmtree(home)


if __name__ == "__main__":
    main()
