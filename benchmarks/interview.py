"""Median time to grade one interview answer (offline grader, no I/O inside the loop).

Run: python benchmarks/interview.py
"""

from __future__ import annotations

import statistics
import time

from trainer.interview import company_profile, get_question, grade_answer, load_rubric

ANSWER = (
    "To me, good service means the customer leaves with the problem solved and knows someone cared. "
    "At my last job at a phone shop, a woman came in on a Friday because her new phone would not send photos, "
    "and she was worried because her daughter's wedding was the next day. I checked the settings, found the "
    "messaging option that was off, and showed her how to fix it herself. I also texted her on Saturday morning "
    "to make sure it still worked. She came back the week after with a photo of the wedding to thank us. "
    "That is the kind of follow-through I would bring to this role."
)


def main(runs: int = 200) -> None:
    question, rubric = get_question("good-service-meaning"), load_rubric()
    company = company_profile("Brightline", "listen first, own the outcome")
    timings = []
    for i in range(runs):
        text = ANSWER + f" ({i})"  # defeat the normalise() cache, as real answers would
        start = time.perf_counter()
        grade_answer(question, text, rubric, company)
        timings.append(time.perf_counter() - start)
    print(f"grade_answer: median {statistics.median(timings) * 1000:.2f} ms, p95 {sorted(timings)[int(runs * 0.95)] * 1000:.2f} ms over {runs} runs")


if __name__ == "__main__":
    main()
