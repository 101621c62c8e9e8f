"""The ``trainer interview`` command body; registered in ``trainer.cli`` with ``app.command("interview")``.

Only typer and the standard library are imported here: the grader, pydantic and rich
load inside the function, so ``trainer --help`` stays fast.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer


def _read_file(path: Path) -> str:
    from trainer.inputs import read_text

    return read_text(path, "answer file")


def _read_lines(on_line=None) -> str:
    """Paragraphs until a line holding only "." or the end of input (Ctrl-D); blank lines are
    part of the answer, so a pasted multi-paragraph answer stays one answer."""
    lines: list[str] = []
    while True:
        try:
            line = input("> " if not lines else "  ")
        except EOFError:
            break
        if line.strip() == ".":
            break
        lines.append(line.rstrip())
        if on_line and line.strip():
            on_line(" ".join(lines))
    return "\n".join(lines).strip()


def _record(data: dict, trainee: str, official: bool, rubric, path) -> int | None:
    """Keep the graded answer in the history; a history that cannot be written costs a warning, not the answer."""
    from trainer.errors import TrainerError
    from trainer.history import recording

    made = recording.interview_record(data, trainee=trainee, rubric_hash=recording.rubric_hash(rubric), official=official,
                                      transcript=str(path) if path else None)
    try:
        return recording.save(made)
    except TrainerError as exc:
        typer.echo(f"warning: the answer was not added to the history: {exc}", err=True)
        return None


def interview(
    question: Annotated[Optional[str], typer.Argument(help="Question id (see --list); a random one when left out.", show_default=False)] = None,  # noqa: UP045
    seed: Annotated[Optional[int], typer.Option("--seed", help="Seed for the random question and the follow-up; same seed, same choice.", show_default=False)] = None,  # noqa: UP045
    timed: Annotated[bool, typer.Option("--timed", help="Show the elapsed time and word count as you answer, like a real interview.")] = False,
    answer_file: Annotated[Optional[Path], typer.Option("--answer-file", help="Grade the answer in FILE ('-' reads stdin) instead of asking; no prompts, no follow-up input.", show_default=False)] = None,  # noqa: UP045
    company: Annotated[Optional[str], typer.Option("--company", help="The company you are interviewing with, to judge fit.", show_default=False)] = None,  # noqa: UP045
    values: Annotated[Optional[str], typer.Option("--values", help="The company's stated values, separated by commas or semicolons.", show_default=False)] = None,  # noqa: UP045
    profile: Annotated[Optional[Path], typer.Option("--profile", help="A company profile YAML (name, values, mission); --company and --values override it.", show_default=False)] = None,  # noqa: UP045
    list_questions: Annotated[bool, typer.Option("--list", help="List the question ids and texts, then stop.")] = False,
    save: Annotated[bool, typer.Option("--save/--no-save", help="Save the session under $TRAINER_HOME/transcripts.")] = True,
    trainee: Annotated[Optional[str], typer.Option("--trainee", help="Who is rehearsing, for the history (default: TRAINER_TRAINEE, else your login name).", show_default=False)] = None,  # noqa: UP045
    official: Annotated[bool, typer.Option("--official", help="Record this as an official attempt; otherwise it is practice.")] = False,
    record: Annotated[bool, typer.Option("--record/--no-record", help="Add the graded answer to the history ($TRAINER_HOME/history.db, or TRAINER_DB).")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object with the grade (reads the answer from --answer-file or stdin, without prompts).")] = False,
) -> None:
    """Rehearse an interview question and get a coach's grade."""
    from trainer.interview import coach as core

    def emit(data) -> None:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")

    if list_questions:
        rows = [{"id": e.id, "question": e.item.question, "style": e.item.style} for e in core.questions().entries.values()]
        if as_json:
            emit(rows)
        else:
            from trainer import render_interview

            render_interview.question_list(rows)
        return

    scripted = answer_file is not None or as_json
    if scripted and not question:
        from trainer.errors import TrainerError

        raise TrainerError("name the question the answer is for, e.g. 'trainer interview good-service-meaning --answer-file answer.txt' (see --list)")
    item = core.get_question(question) if question else core.pick_question(seed)
    rubric = core.load_rubric()
    employer = core.company_profile(company, values, profile)
    started = core._now()
    seconds: float | None = None
    if scripted:
        answer = _read_file(answer_file if answer_file is not None else Path("-"))
    else:
        from trainer import render_interview

        render_interview.question(item, timed=timed)
        clock = time.monotonic()
        words = re.compile(r"[A-Za-z0-9']+")
        answer = _read_lines((lambda text: render_interview.elapsed(time.monotonic() - clock, len(words.findall(text)))) if timed else None)
        seconds = time.monotonic() - clock
    if not answer.strip():
        from trainer.errors import TrainerError

        raise TrainerError("no answer given; type an answer, or pass --answer-file FILE")

    record_it = record
    if record_it:
        from trainer.history.recording import trainee_name

        who = trainee_name(trainee)
    result = core.grade_answer(item, answer, rubric, employer, seed=seed or 0)
    data = result.as_dict()
    follow_answer, follow_result, interrupted = None, None, False
    if not scripted:
        from trainer import render_interview

        render_interview.result(data)
        render_interview.follow_up(result.follow_up.text)
        try:
            follow_answer = _read_lines() or None
        except KeyboardInterrupt:  # the main answer is graded: keep it, skip the follow-up
            follow_answer, interrupted = None, True
            render_interview.console.print("\n[dim]Follow-up skipped; your answer and its grade are kept.[/dim]")
        if follow_answer:
            follow_result = core.grade_follow_up(result.follow_up, follow_answer, item, rubric, employer)
            render_interview.follow_up_result(follow_result)
    path = None
    if save:
        saved = core.session_record(
            result, seconds=seconds, company=employer, follow_up_answer=follow_answer, follow_up_result=follow_result, started=started
        )
        if record_it:
            saved["trainee"], saved["official"] = who, official
        from trainer.history.recording import rubric_hash

        saved["rubric_hash"] = rubric_hash(rubric)  # so an import records the rubric that graded it
        path = core.save_session(saved)
    if record_it:
        data["session_id"] = _record(data, who, official, rubric, path)
    if as_json:
        emit({**data, "transcript": str(path) if path else None})
    elif scripted:
        from trainer import render_interview

        render_interview.result(data)
        render_interview.console.print(f"\n[bold]The interviewer would ask next:[/bold] {render_interview.escape(result.follow_up.text)}")
    if path and not as_json:
        from trainer import render_interview

        render_interview.saved(path)
    if interrupted:
        raise typer.Exit(130)
