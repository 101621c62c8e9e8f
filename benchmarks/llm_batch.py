"""Grading many transcripts with an LLM judge: concurrency and the cache, against a local server.

Starts the test suite's Chat Completions server on 127.0.0.1, in its own process, answering every
request after 200 ms, saves N transcripts, grades them with `--judge llm --jobs 8` (in process), then again
(all from the cache). The ideal first run is N x 0.2 s / jobs.

    python benchmarks/llm_batch.py [--transcripts 200] [--jobs 8] [--delay 0.2]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.chat_server import ChatServer  # noqa: E402
from tests.judge_model import good_judge  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--transcripts", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--delay", type=float, default=0.2)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    os.environ["TRAINER_HOME"] = str(home)
    from benchmarks.grading import twenty_turns  # noqa: E402
    from trainer import llm, store
    from trainer.results import grade_files

    server = _serve_elsewhere(args.delay)  # a local model server is its own process, as Ollama or vLLM would be
    try:
        paths = []
        for n in range(args.transcripts):
            path = store.transcripts_dir() / f"t{n:05d}.yaml"
            store.save(twenty_turns(n).as_dict(), path)
            paths.append(path)
        settings = llm.Settings(model="bench", base_url=server.url, api_key="not-needed", timeout=30, max_retries=0, seed=1)
        ideal = args.transcripts * args.delay / args.jobs
        for label in ("first run", "cached re-run"):
            start = time.perf_counter()
            results = list(grade_files(paths, judge_settings=settings, jobs=args.jobs))
            elapsed = time.perf_counter() - start
            fell_back = sum(1 for r in results if r.get("judge", {}).get("fallbacks"))
            ratio = f"{elapsed / ideal:.2f} x the ideal {ideal:.2f} s" if ideal else "no delay"
            print(f"{label}: {len(results)} transcripts in {elapsed:.2f} s with --jobs {args.jobs} "
                  f"({ratio}; {server.requests()} requests so far; {fell_back} with fallbacks)")
    finally:
        server.stop()
        shutil.rmtree(home)


class _Elsewhere:
    """The scripted server running in a child process, so its work does not share our interpreter."""

    def __init__(self, delay: float):
        self._pipe, child = multiprocessing.Pipe()
        self._process = multiprocessing.get_context("fork").Process(target=_serve, args=(child, delay), daemon=True)
        self._process.start()
        self.url = self._pipe.recv()

    def requests(self) -> int:
        self._pipe.send("count")
        return self._pipe.recv()

    def stop(self) -> None:
        self._pipe.send("stop")
        self._process.join(5)


def _serve(pipe, delay: float) -> None:
    def slow(request):
        reply = good_judge(request)
        reply.delay = delay
        return reply

    server = ChatServer(default=slow).start()
    pipe.send(server.url)
    while pipe.recv() != "stop":
        pipe.send(len(server.requests))
    server.stop()


def _serve_elsewhere(delay: float) -> _Elsewhere:
    return _Elsewhere(delay)


if __name__ == "__main__":
    main()
