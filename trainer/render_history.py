"""How the history looks in a terminal: sessions, one session, and progress (rich)."""

from __future__ import annotations

from dataclasses import asdict

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from trainer.history.progress import Progress
from trainer.history.records import SessionRecord
from trainer.history.report import sparkline

console = Console(highlight=False)


def record_dict(record: SessionRecord) -> dict:
    out = asdict(record)
    out["passed"] = record.passed
    return out


def _score(record: SessionRecord, pillar: str) -> str:
    """The grader's score, and the coach's beside it when overridden."""
    grader = record.overall if pillar == "overall" else record.scores.get(pillar)
    shown = "-" if grader is None else str(grader)
    mine = [o for o in record.overrides if o.pillar == pillar]
    return f"{shown} → {mine[-1].score}" if mine else shown


def _verdict(record: SessionRecord) -> str:
    if record.passed is None:
        return ""
    return "[green]pass[/green]" if record.passed else "[yellow]not yet[/yellow]"


def sessions_table(records: list[SessionRecord], pillars: list[tuple[str, str]]) -> None:
    if not records:
        console.print("No graded sessions yet. Play one: [bold]trainer play damaged-birthday-gift[/bold]")
        return
    several = len({r.trainee for r in records}) > 1
    wide = console.width >= 120  # the pillar columns only fit a wide terminal; `history show N` has them all
    table = Table(header_style="bold", title_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True)
    for name in ("#", "date", *(["trainee"] if several else []), "scenario or question", "attempt", "outcome", "overall"):
        table.add_column(name, justify="right" if name == "#" else "left", no_wrap=name not in ("trainee", "scenario or question"),
                         overflow="fold")
    if wide:
        for pid, _ in pillars:
            table.add_column(pid[:5], justify="right")
    for r in records:
        talk = r.kind == "conversation"
        verdict = _verdict(r)
        cells = [str(r.id), r.at[:16].replace("T", " "), *([escape(r.trainee)] if several else []), escape(r.subject),
                 "official" if r.official else "[dim]practice[/dim]", r.outcome or ("interview" if not talk else ""),
                 _score(r, "overall") + (f" {verdict}" if verdict else "")]
        if wide:
            cells += [_score(r, pid) if talk else "" for pid, _ in pillars]
        table.add_row(*cells)
    console.print(table)
    if any(o.pillar == "overall" or wide for r in records for o in r.overrides):
        console.print("[dim]a → b: the grader's score a, overridden by a coach to b (`trainer history show N` says why)[/dim]")


def session_detail(record: SessionRecord, pillars: list[tuple[str, str]]) -> None:
    kind = "official attempt" if record.official else "practice"
    console.print(f"[bold]Session {record.id}[/bold]: {escape(record.trainee)}, {escape(record.subject)} ({kind}), {record.at}")
    console.print(f"graded by {escape(record.engine)}, rubric {record.rubric_hash}" + (f", outcome {record.outcome}" if record.outcome else ""))
    names = dict(pillars)
    table = Table(header_style="bold")
    table.add_column("score")
    table.add_column("grader", justify="right")
    table.add_column("coach", justify="right")
    order = [pid for pid, _ in pillars if pid in record.scores] + [k for k in record.scores if k not in names]
    for key in ["overall", *order]:
        grader = record.overall if key == "overall" else record.scores.get(key)
        mine = [o for o in record.overrides if o.pillar == key]
        table.add_row(names.get(key, key), "-" if grader is None else str(grader), str(mine[-1].score) if mine else "")
    console.print(table)
    for o in record.overrides:
        grader = record.overall if o.pillar == "overall" else record.scores.get(o.pillar)
        console.print(f"[bold]{escape(o.coach)}[/bold] set {escape(names.get(o.pillar, o.pillar))} from {grader} to {o.score} "
                      f"on {o.at[:10]}: {escape(o.reason)}")
    if record.pass_mark is not None:
        console.print(f"pass mark {record.pass_mark}: {_verdict(record)}")
    for flag in record.flags:
        console.print(f"[red]AUTO-FAIL[/red] {escape(flag)}")
    for item in record.improvements[:3]:
        quote = f' (turn {item.get("turn")}: "{escape(item["quote"])}")' if item.get("quote") else ""
        console.print(f"[yellow]-[/yellow] {escape(item.get('text', ''))}{quote}")
    if record.transcript:
        console.print(f"[dim]transcript: {escape(record.transcript)}[/dim]")


def progress(found: Progress) -> None:
    if not found.conversations and not found.interviews:
        console.print(f"No graded sessions for {escape(found.trainee)} yet.")
        if found.next:
            console.print(f"Start with [bold]trainer play {found.next.scenario}[/bold]: {escape(found.next.title)} ({escape(found.next.why)}).")
        return
    console.print(f"[bold]Progress for {escape(found.trainee)}[/bold]: {found.conversations} conversation(s), {found.interviews} interview answer(s)")
    if found.conversations:
        table = Table(header_style="bold", title="Per pillar, oldest to newest", title_justify="left")
        table.add_column("pillar")
        table.add_column("trend")
        table.add_column("latest", justify="right")
        table.add_column("change", justify="right")
        for pid, name in found.pillars:
            values = found.trend.get(pid, [])
            latest = next((v for v in reversed(values) if v is not None), None)
            change = found.change.get(pid)
            shown = "" if change is None else (f"[green]+{change}[/green]" if change > 0 else f"[red]{change}[/red]" if change < 0 else "0")
            table.add_row(name, sparkline(values), "-" if latest is None else str(latest), shown)
        table.add_row("[bold]Overall[/bold]", sparkline(found.overall), str(found.overall[-1]) if found.overall else "-", "")
        console.print(table)
    if found.weakest:
        w = found.weakest
        console.print(f"\n[bold]Weakest lately:[/bold] {escape(w['name'])} (average {w['average']})")
        if w.get("example"):
            ex = w["example"]
            console.print(f'  in {escape(ex["subject"])}, turn {ex.get("turn")}, you said: "{escape(ex["quote"])}"')
            if ex.get("better"):
                console.print(f"  try: {escape(ex['better'])}")
    if found.frequent:
        f = found.frequent
        console.print(f"\n[bold]Most frequent advice[/bold] ({f['count']} of the last {f['of']} sessions): {escape(f['text'])}")
        if f.get("quote"):
            console.print(f'  last time, in {escape(f["subject"])}: "{escape(f["quote"])}"')
    if found.interview_average is not None:
        weakest = found.interview_weakest
        console.print(f"\n[bold]Interview answers:[/bold] average {found.interview_average}"
                      + (f"; weakest criterion {escape(weakest['name'])} ({weakest['average']})" if weakest else ""))
    if found.next:
        console.print(f"\n[bold]Next:[/bold] trainer play {found.next.scenario}  [dim]{escape(found.next.title)}: {escape(found.next.why)}[/dim]")
