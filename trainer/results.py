"""Turn a finished session or a file into the result a user sees: the JSON contract."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from trainer import catalog, store
from trainer.errors import TrainerError
from trainer.grading import grade
from trainer.inputs import read_text
from trainer.models import Rubric, Scenario
from trainer.transcript import Transcript, Turn

ROLES = {"customer": "customer", "user": "customer", "agent": "agent", "assistant": "agent"}


def session_result(scenario: Scenario | None, transcript: Transcript, path: Path | None, rubric: Rubric | None = None,
                   judge_settings=None, waited=None) -> dict:
    """The JSON contract for one graded conversation; with ``judge_settings`` a model judges the criteria
    (``waited`` is what :func:`wait_for_judge` already fetched)."""
    rubric = rubric or catalog.load_rubric()
    if judge_settings is not None:
        from trainer.grading import llm_judge

        if waited is None:
            waited = wait_for_judge(scenario, transcript, rubric, judge_settings)
        if isinstance(waited, dict):  # graded before with everything that changes a score the same
            return {**waited, "transcript": str(path) if path else None}
        card = llm_judge.finish(waited, transcript, rubric, scenario, judge_settings)
    else:
        card = grade(transcript, rubric, scenario)
    data = card.as_dict()
    result = {
        "scenario": data["scenario"],
        "outcome": data["outcome"],
        "reason": transcript.reason if transcript.source is None else None,
        "turns": sum(1 for t in transcript.turns if t.speaker == "agent"),
        "overall": data["overall"],
        "pillars": data["pillars"],
        "flags": data["flags"],
        "caps": data["caps"],
        "hints": data["hints"],
        **_pass(scenario, rubric, data["overall"]),
        "strengths": data["strengths"],
        "improvements": data["improvements"],
        "transcript": str(path) if path else None,
        **({"judge": data["judge"]} if "judge" in data else {}),
        **({"customer_llm": transcript.llm} if transcript.llm else {}),
    }
    if judge_settings is not None and not card.judge.get("note"):  # a model's answer is worth keeping; a failure is not
        llm_judge.store_result(llm_judge.result_key(transcript, rubric, scenario, judge_settings), result)
    return result


def _pass(scenario: Scenario | None, rubric: Rubric, overall: int) -> dict:
    """The pass mark (the scenario's, else the rubric's) and whether this score reaches it."""
    mark = scenario.pass_mark if scenario is not None and scenario.pass_mark is not None else rubric.pass_mark
    return {} if mark is None else {"pass_mark": mark, "passed": overall >= mark}


def wait_for_judge(scenario: Scenario | None, transcript: Transcript, rubric: Rubric, judge_settings):
    """The slow half of judging: a stored result, or the model's verdict. It only waits, so many run in threads."""
    from trainer.grading import llm_judge

    stored = llm_judge.stored_result(llm_judge.result_key(transcript, rubric, scenario, judge_settings))
    return stored if stored is not None else llm_judge.ask(transcript, rubric, scenario, judge_settings)


def conversation(transcript: Transcript, explained: list[dict] | None = None) -> list[dict]:
    """The conversation turn by turn for scripts: who said what, the customer's mood, the acts read
    in each reply, and (with ``explained``) why the customer reacted as they did."""
    why = {item["turn"]: item for item in explained or []}
    out, number = [], 0
    for turn in transcript.turns:
        if turn.speaker not in ("customer", "agent"):
            out.append({"speaker": turn.speaker, "text": turn.text, "hint": turn.hint})
            continue
        number += 1
        entry: dict = {"turn": number, "speaker": turn.speaker, "text": turn.text}
        if turn.speaker == "customer":
            entry.update(mood=turn.mood, revealed=turn.revealed, goals_met=turn.goals_met)
        else:
            entry.update(seconds=turn.seconds, acts=turn.acts)
            if number in why:
                entry["explain"] = why[number]
        out.append(entry)
    return out


def read_conversation(path: Path) -> Transcript:
    """A chat log from elsewhere: JSON Lines of messages, or a JSON list of them."""
    text = read_text(path, "chat log")
    messages: list[tuple[int, object]] = []
    stripped = text.lstrip()
    if path.suffix == ".json" or stripped.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise TrainerError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
        except RecursionError:
            raise TrainerError(f"{path}: not a chat log (nested too deeply)") from None
        if isinstance(data, dict) and isinstance(data.get("messages"), list):
            data = data["messages"]
        if not isinstance(data, list):
            raise TrainerError(f"{path}: expected a list of messages")
        messages = [(i + 1, m) for i, m in enumerate(data)]
    else:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                messages.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise TrainerError(f"{path}:{number}: not valid JSON: {exc.msg}") from None
            except RecursionError:
                raise TrainerError(f"{path}:{number}: not a message (nested too deeply)") from None
    turns = []
    for number, message in messages:
        if not isinstance(message, dict):
            raise TrainerError(f"{path}:{number}: each message must be an object with 'role' and 'content'")
        role = ROLES.get(str(message.get("role", "")).lower())
        if role is None:
            if str(message.get("role", "")).lower() == "system":
                continue
            raise TrainerError(f"{path}:{number}: role: expected customer, agent, user or assistant, got {message.get('role')!r}")
        content = message.get("content")
        if isinstance(content, list):  # OpenAI-style content parts
            content = " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
        if not isinstance(content, str):
            raise TrainerError(f"{path}:{number}: content: expected text")
        seconds = message.get("seconds")
        if seconds is not None and not isinstance(seconds, int | float):
            raise TrainerError(f"{path}:{number}: seconds: expected a number")
        turns.append(Turn(role, content, seconds=seconds if role == "agent" else None))
    if not any(t.speaker == "agent" for t in turns):
        raise TrainerError(f"{path}: no agent messages to grade")
    return Transcript(scenario=None, turns=turns, source=str(path), kind="conversation")


def read_any(path: Path) -> Transcript:
    if path.suffix in (".jsonl", ".json", ".ndjson"):
        return read_conversation(path)
    data = store.load(path)
    if data.get("kind") not in (None, "conversation"):
        raise TrainerError(f"{path}: a transcript of kind {data.get('kind')!r} cannot be graded as a conversation")
    return Transcript.from_dict(data)


def grade_files(paths: list[Path], scenario_id: str | None = None, rubric_path: str | None = None, scenario_dirs=None,
                channel: str | None = None, judge_settings=None, jobs: int | None = 1) -> Iterator[dict]:
    """One result per file, in the order given; scenarios and the rubric are loaded once.

    A file that cannot be read yields ``{"file", "error"}`` and the others are still graded.
    With ``jobs`` > 1 files are graded concurrently (worth it when a model judges: the waiting
    overlaps); each file is graded on its own, so its result never depends on the batch.
    ``jobs=None`` chooses: one process per core for many files offline, eight waiting on a model.
    """
    if jobs is None:
        jobs = 8 if judge_settings is not None else (_cores() if len(paths) >= 20 else 1)
    rubric = catalog.load_rubric(rubric_path or "six-pillars")
    found = catalog.scenarios(scenario_dirs)
    fixed = found.get(scenario_id) if scenario_id else None

    def load(path: Path) -> tuple[Path, Transcript | None, Scenario | None, str]:
        try:
            transcript = read_any(path)
        except TrainerError as exc:
            return path, None, None, str(exc)
        if channel:
            transcript.channel = channel
        scenario = fixed
        if scenario is None and transcript.scenario and transcript.scenario in found.entries:
            scenario = found.entries[transcript.scenario].item
        return path, transcript, scenario, ""

    def waited(path: Path):
        loaded = load(path)
        _, transcript, scenario, error = loaded
        if error or judge_settings is None:
            return loaded, None
        return loaded, wait_for_judge(scenario, transcript, rubric, judge_settings)

    def finish(loaded, ready) -> dict:
        path, transcript, scenario, error = loaded
        if error:
            return {"file": str(path), "error": error}
        result = session_result(scenario, transcript, None, rubric, judge_settings, ready)
        result["file"] = str(path)
        del result["transcript"]
        if transcript.trainee:
            result["trainee"] = transcript.trainee
        if transcript.official:
            result["official"] = True
        if scenario is not None:
            result["difficulty"] = scenario.difficulty
        return result

    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield finish(*waited(path))
        return
    if judge_settings is None:  # all CPU work: one process per core
        graders = _forked_graders(lambda path: finish(*waited(path)), min(jobs, _cores()))
        if graders is None:
            yield from (finish(*waited(path)) for path in paths)
            return
        try:
            yield from graders.imap(_in_grader, paths, chunksize=4)
        finally:
            graders.terminate()
        return
    yield from _judged_batch(paths, waited, load, finish, jobs)


def _judged_batch(paths, waited, load, finish, jobs: int) -> Iterator[dict]:
    """Threads wait for the model; the grading (CPU work) runs in forked processes on the spare cores.

    Grading in the threads too would starve them of the interpreter and the waiting would stop
    overlapping. With no spare core it runs here, one transcript at a time.
    """
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    graders = _forked_graders(lambda item: finish(load(item[0]), item[1]), min(jobs, _cores() - 1))
    pending: deque = deque()
    try:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            for loaded, answer in pool.map(waited, paths):  # in the order given
                if graders is None or loaded[3] or isinstance(answer, dict):  # nothing left to grade
                    pending.append(finish(loaded, answer))
                else:
                    pending.append(graders.apply_async(_in_grader, ((loaded[0], answer),)))
                while pending and (isinstance(pending[0], dict) or pending[0].ready()):
                    first = pending.popleft()
                    yield first if isinstance(first, dict) else first.get()
            while pending:
                first = pending.popleft()
                yield first if isinstance(first, dict) else first.get()
    finally:
        if graders is not None:
            graders.terminate()


_GRADE: list = []


def _in_grader(item):
    return _GRADE[0](item)


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _forked_graders(grade_one, processes: int):
    """A pool of grading processes forked now, before any thread starts, or None when there is
    no core to spare or no fork (the children inherit the loaded scenarios: nothing is pickled)."""
    import multiprocessing

    if processes < 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    _GRADE[:] = [grade_one]
    return multiprocessing.get_context("fork").Pool(processes)
