"""The manager's report: a trainee history as one self-contained HTML page, or as Markdown.

Pure functions over :class:`~trainer.history.records.SessionRecord` lists: nothing here prints,
reads files or reaches the network, so the CLI decides where the text goes. The HTML carries its
own CSS and SVG and no scripts, so it opens offline, can be mailed as one file and prints on A4.
Both renderers work from the same digest, so the two formats never disagree about a number.
Every piece of text that came from a trainee, a coach or a file is escaped before it is written.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from trainer.history.records import Override, SessionRecord

__all__ = ["html_report", "markdown_report", "sparkline"]

BLOCKS = "▁▂▃▄▅▆▇█"
GAP = "·"  # a score the grader could not assess; keeps one character per session

# Okabe-Ito colours stay apart for most colour-blind readers; dashes and marker shapes keep the
# lines apart on a black-and-white printout as well.
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#3D3D3D"]
DASHES = ["", "9 4", "2 3", "10 3 2 3", "5 5", "14 3 2 3 2 3"]
SHAPES = ["circle", "square", "triangle", "diamond", "triangle-down", "cross"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

MAX_STRENGTHS = 5
MAX_IMPROVEMENTS = 8
MAX_EXAMPLES = 2
QUOTE_LIMIT = 320
FLAGS_NOTE = ("Behaviour the grader flags, counted each time it happened: auto-fail behaviour caps a "
              "conversation's overall; an interview answer's flags mark what cost it most.")
TREND_LIMIT = 40  # the trend column shows this many latest sessions, so a long history keeps the table narrow


def sparkline(values: Sequence[int | None]) -> str:
    """One block character per score on a fixed 0-100 scale (so lines can be compared), ``·`` where unassessed."""
    out = []
    for value in values:
        if value is None:
            out.append(GAP)
        else:
            level = int(max(0, min(100, value)) * len(BLOCKS) // 101)
            out.append(BLOCKS[level])
    return "".join(out)


# --------------------------------------------------------------------------------------------
# The digest both formats are written from.


@dataclass
class _Example:
    quote: str
    turn: int | None
    subject: str
    date: str


@dataclass
class _Theme:
    """A strength or an improvement, gathered over the sessions that share its criterion."""

    pillar: str
    criterion: str
    sessions: int
    text: str
    examples: list[_Example]
    better: str | None = None


@dataclass
class _OverrideRow:
    record: SessionRecord
    override: Override
    target: str
    grader: int | None
    superseded: bool


@dataclass
class _PillarLine:
    pillar_id: str
    name: str
    values: list[int | None]  # the score that counts, one per conversation
    overridden: list[bool]

    @property
    def scored(self) -> list[int]:
        return [v for v in self.values if v is not None]


@dataclass
class _Trainee:
    name: str
    anchor: str
    records: list[SessionRecord]
    conversations: list[SessionRecord] = field(default_factory=list)
    interviews: list[SessionRecord] = field(default_factory=list)
    official: list[SessionRecord] = field(default_factory=list)
    lines: list[_PillarLine] = field(default_factory=list)
    interview_criteria: list[str] = field(default_factory=list)
    strengths: list[_Theme] = field(default_factory=list)
    more_strengths: int = 0
    improvements: list[_Theme] = field(default_factory=list)
    more_improvements: int = 0
    flags: list[tuple[str, int, list[SessionRecord]]] = field(default_factory=list)
    overrides: list[_OverrideRow] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(1 for r in self.official if r.passed is True)

    @property
    def failed(self) -> int:
        return sum(1 for r in self.official if r.passed is False)

    @property
    def latest(self) -> SessionRecord:
        return self.records[-1]

    def average(self, records: Sequence[SessionRecord] | None = None) -> int | None:
        scores = [r.effective("overall") for r in (self.records if records is None else records)]
        scores = [s for s in scores if s is not None]
        return round(sum(scores) / len(scores)) if scores else None


class _Names:
    """Display names for ids; an id nobody named is shown in readable words rather than hidden."""

    def __init__(self, pillars, criteria, flags):
        self.pillars = dict(pillars)
        self.criteria = dict(criteria or {})
        self.flags = dict(flags or {})

    def pillar(self, pid: str | None) -> str:
        return self.pillars.get(pid or "", _words(pid or ""))

    def criterion(self, cid: str | None) -> str:
        return self.criteria.get(cid or "", _words(cid or ""))

    def flag(self, fid: str) -> str:
        return self.flags.get(fid, _words(fid))

    def target(self, key: str) -> str:
        if key == "overall":
            return "Overall"
        return self.pillars.get(key) or self.criterion(key)


def _words(identifier: str) -> str:
    text = identifier.replace("-", " ").replace("_", " ").replace(":", ": ").strip()
    return text[:1].upper() + text[1:]


def _date(at: str) -> str:
    """``2024-05-01 10:00``: precise enough to find a session, short enough for a table cell."""
    moment = _parse(at)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else at


def _day(at: str) -> str:
    moment = _parse(at)
    return f"{moment.day} {MONTHS[moment.month - 1]}" if moment else at[:10]


def _parse(at: str) -> datetime | None:
    try:
        return datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return None


def _stamp(generated_at) -> str:
    """A datetime or an ISO 8601 string as ``2024-06-03 09:00 UTC``; any other text as given."""
    moment = generated_at if isinstance(generated_at, datetime) else _parse(str(generated_at))
    if moment is None:
        return str(generated_at)
    zone = "UTC" if moment.utcoffset() is not None and not moment.utcoffset() else moment.strftime("%Z")
    return f"{moment:%Y-%m-%d %H:%M} {zone}".strip()


def _clip(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def _digest(records: Sequence[SessionRecord], pillars, names: _Names) -> list[_Trainee]:
    """Group by trainee (alphabetically) and work out every figure the report shows."""
    groups: dict[str, list[SessionRecord]] = {}
    for record in records:
        groups.setdefault(record.trainee, []).append(record)
    trainees = []
    for index, name in enumerate(sorted(groups, key=lambda n: (n.casefold(), n)), start=1):
        mine = sorted(groups[name], key=lambda r: (r.at, r.id or 0))
        trainee = _Trainee(name=name, anchor=f"trainee-{index}", records=mine)
        trainee.conversations = [r for r in mine if r.kind != "interview"]
        trainee.interviews = [r for r in mine if r.kind == "interview"]
        trainee.official = [r for r in mine if r.official]
        for pid, pname in pillars:
            trainee.lines.append(_PillarLine(
                pid, pname,
                [r.effective(pid) for r in trainee.conversations],
                [any(o.pillar == pid for o in r.overrides) for r in trainee.conversations],
            ))
        seen: dict[str, None] = dict.fromkeys(names.criteria)
        for record in trainee.interviews:
            seen.update(dict.fromkeys(record.scores))
        trainee.interview_criteria = [c for c in seen if any(c in r.scores for r in trainee.interviews)]
        trainee.strengths, trainee.more_strengths = _themes(mine, "strengths", names, MAX_STRENGTHS)
        trainee.improvements, trainee.more_improvements = _themes(mine, "improvements", names, MAX_IMPROVEMENTS)
        trainee.flags = _flags(mine)
        trainee.overrides = _overrides(mine, names)
        trainees.append(trainee)
    return trainees


def _themes(records: Sequence[SessionRecord], attr: str, names: _Names, limit: int) -> tuple[list[_Theme], int]:
    """Items grouped by (pillar, criterion), most sessions first, the latest words as examples."""
    grouped: dict[tuple[str, str], list[tuple[SessionRecord, dict]]] = {}
    for record in records:
        for item in getattr(record, attr) or []:
            if not isinstance(item, dict):
                continue
            key = (str(item.get("pillar") or ""), str(item.get("criterion") or item.get("text") or ""))
            grouped.setdefault(key, []).append((record, item))
    themes = []
    for (pillar, criterion), items in grouped.items():
        latest_first = list(reversed(items))
        examples = [
            _Example(_clip(item["quote"]), item.get("turn"), record.subject, _date(record.at))
            for record, item in latest_first if item.get("quote")
        ][:MAX_EXAMPLES]
        better = next((str(item["better"]) for _, item in latest_first if item.get("better")), None)
        sessions = len({id(record) for record, _ in items})
        pillar_name = names.pillar(pillar) if pillar else ""
        criterion_name = names.criterion(criterion) if items[0][1].get("criterion") else _clip(criterion, 80)
        text = str(latest_first[0][1].get("text") or "")
        themes.append((sessions, latest_first[0][0].at, _Theme(pillar_name, criterion_name, sessions, text, examples, better)))
    themes.sort(key=lambda t: t[1], reverse=True)  # the most recently seen first among equals...
    themes.sort(key=lambda t: t[0], reverse=True)  # ...then, stably, the most sessions first
    chosen = [t[2] for t in themes]
    return chosen[:limit], max(0, len(chosen) - limit)


def _flags(records: Sequence[SessionRecord]) -> list[tuple[str, int, list[SessionRecord]]]:
    counts: dict[str, int] = {}
    where: dict[str, list[SessionRecord]] = {}
    for record in records:
        for flag in record.flags:
            counts[flag] = counts.get(flag, 0) + 1
            if record not in where.setdefault(flag, []):
                where[flag].append(record)
    return sorted(((f, n, where[f]) for f, n in counts.items()), key=lambda t: (-t[1], t[0]))


def _overrides(records: Sequence[SessionRecord], names: _Names) -> list[_OverrideRow]:
    rows = []
    for record in records:
        for index, override in enumerate(record.overrides):
            later = any(o.pillar == override.pillar for o in record.overrides[index + 1:])
            grader = record.overall if override.pillar == "overall" else record.scores.get(override.pillar)
            rows.append(_OverrideRow(record, override, names.target(override.pillar), grader, later))
    return rows


def _kind(record: SessionRecord) -> str:
    return "Interview" if record.kind == "interview" else "Conversation"


def _result(record: SessionRecord) -> str:
    passed = record.passed
    return "—" if passed is None else ("PASS" if passed else "FAIL")


def _change(line: _PillarLine) -> str:
    scored = line.scored
    if len(scored) < 2:
        return "—"
    delta = scored[-1] - scored[0]
    return f"+{delta}" if delta > 0 else ("0" if delta == 0 else f"−{-delta}")


def _num(value: int | None) -> str:
    return "n/a" if value is None else str(value)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _overall_override(record: SessionRecord) -> Override | None:
    chosen = [o for o in record.overrides if o.pillar == "overall"]
    return chosen[-1] if chosen else None


def _latest_override(record: SessionRecord, key: str) -> Override | None:
    chosen = [o for o in record.overrides if o.pillar == key]
    return chosen[-1] if chosen else None


# --------------------------------------------------------------------------------------------
# HTML


def html_report(records: Sequence[SessionRecord], pillars: Sequence[tuple[str, str]], title: str,
                generated_at: str | datetime, *, criteria: Mapping[str, str] | None = None,
                flags: Mapping[str, str] | None = None) -> str:
    """The report as one HTML page that needs nothing else: inline CSS, inline SVG, no scripts.

    ``pillars`` gives the pillar ids and names in chart order; ``criteria`` and ``flags`` optionally
    name criterion ids (conversation and interview) and auto-fail flag ids, which are otherwise
    shown as readable words.
    """
    names = _Names(pillars, criteria, flags)
    trainees = _digest(records, pillars, names)
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        # Forbids anything the page might try to fetch, so it provably works offline.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<header class="page-head">',
        f"<h1>{e(title)}</h1>",
        f'<p class="meta">Generated {e(_stamp(generated_at))}'
        + (f" · {_plural(len(trainees), 'trainee')} · {_plural(len(records), 'session')}" if records else "")
        + "</p>",
        "</header>",
        "<main>",
    ]
    if not trainees:
        out.append('<section class="empty"><h2>Nothing to report yet</h2>'
                   "<p>No graded sessions have been recorded. Once trainees play scenarios or answer "
                   "interview questions, their scores, strengths and areas to work on appear here.</p></section>")
    else:
        if len(trainees) > 1:
            out.append(_html_overview(trainees))
        for trainee in trainees:
            out.append(_html_trainee(trainee, names))
    out.append("</main>")
    if trainees:
        out.append('<footer class="page-foot">Scores are out of 100. Where a coach changed a score, the '
                   "grader's own score is shown beside it; the coach's score is the one that counts toward "
                   "averages, charts and pass or fail.</footer>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def _html_overview(trainees: list[_Trainee]) -> str:
    e = html.escape
    rows = []
    for t in trainees:
        rows.append(
            "<tr>"
            f'<th scope="row" class="nowrap"><a href="#{t.anchor}">{e(t.name)}</a></th>'
            f'<td class="num">{len(t.records)}</td>'
            f'<td class="num">{len(t.conversations)}</td>'
            f'<td class="num">{len(t.interviews)}</td>'
            f'<td class="num">{t.passed}</td>'
            f'<td class="num">{_fail_count(t.failed)}</td>'
            f'<td class="num">{_num(t.latest.effective("overall"))}</td>'
            f'<td class="num">{_num(t.average())}</td>'
            f'<td class="num">{sum(n for _, n, _ in t.flags)}</td>'
            "</tr>"
        )
    return (
        '<section class="block overview" aria-labelledby="overview-h"><h2 id="overview-h">Trainees at a glance</h2>'
        '<table class="data"><thead><tr><th scope="col">Trainee</th><th scope="col" class="num">Sessions</th>'
        '<th scope="col" class="num">Conversations</th><th scope="col" class="num">Interview answers</th>'
        '<th scope="col" class="num">Official passed</th><th scope="col" class="num">Official failed</th>'
        '<th scope="col" class="num">Latest overall</th><th scope="col" class="num">Average overall</th>'
        '<th scope="col" class="num">Flags</th></tr></thead><tbody>'
        + "".join(rows) + "</tbody></table></section>"
    )


def _fail_count(count: int) -> str:
    return f'<span class="fail-text">{count}</span>' if count else "0"


def _html_trainee(t: _Trainee, names: _Names) -> str:
    e = html.escape
    parts = [f'<article class="trainee" id="{t.anchor}" aria-labelledby="{t.anchor}-h">',
             f'<h2 id="{t.anchor}-h" class="trainee-name"><span class="eyebrow">Trainee</span> {e(t.name)}</h2>',
             _html_summary(t)]
    if t.conversations:
        parts.append(_html_pillars(t))
    parts.append(_html_sessions(t, names))
    if t.interviews:
        parts.append(_html_interviews(t, names))
    parts.append(_html_official(t))
    parts.append(_html_themes(t.strengths, t.more_strengths, "Strengths", "strengths",
                              "No strengths recorded yet.", t.anchor))
    parts.append(_html_themes(t.improvements, t.more_improvements, "Recurring improvements", "improvements",
                              "No improvements recorded yet.", t.anchor))
    parts.append(_html_flags(t, names))
    parts.append(_html_overrides(t))
    parts.append("</article>")
    return "\n".join(parts)


def _html_summary(t: _Trainee) -> str:
    e = html.escape
    latest = t.latest
    latest_note = f"{e(latest.subject)}<br>{e(_date(latest.at))}"
    if _overall_override(latest) is not None:
        latest_note += f"<br>coach's score; the grader gave {latest.overall}"
    averages = "over every session"
    if t.conversations and t.interviews:
        averages = (f"conversations {_num(t.average(t.conversations))}<br>"
                    f"interviews {_num(t.average(t.interviews))}")
    if t.official:
        failed = f'<span class="fail-text">{t.failed}</span>' if t.failed else "0"
        official_value = (f'<span class="pass-text">{t.passed}</span><span class="unit">passed</span>'
                          f'<span class="sep">/</span>{failed}<span class="unit">failed</span>')
        official_sub = _plural(len(t.official), "official attempt")
        unmarked = len(t.official) - t.passed - t.failed
        if unmarked:
            official_sub += f"<br>{unmarked} without a pass mark"
    else:
        official_value, official_sub = '<span class="muted">—</span>', "none yet; all practice"
    flags = sum(n for _, n, _ in t.flags)
    hints = sum(r.hints for r in t.records)
    cards = [
        ("Sessions", str(len(t.records)),
         f"{_plural(len(t.conversations), 'conversation')}<br>{_plural(len(t.interviews), 'interview answer')}"),
        ("Official attempts", official_value, official_sub),
        ("Latest overall", _num(latest.effective("overall")), latest_note),
        ("Average overall", _num(t.average()), averages),
        ("Flags", f'<span class="fail-text">{flags}</span>' if flags else "0",
         (f"in {_plural(len({id(r) for _, _, where in t.flags for r in where}), 'session')}" if flags
          else "none recorded") + f"<br>{_plural(hints, 'hint')} asked for"),
    ]
    body = "".join(
        f'<div class="card"><div class="card-label">{label}</div><div class="card-value">{value}</div>'
        f'<div class="card-sub">{sub}</div></div>'
        for label, value, sub in cards
    )
    return (f'<section class="block" aria-labelledby="{t.anchor}-summary"><h3 id="{t.anchor}-summary">Summary</h3>'
            f'<div class="cards">{body}</div></section>')


def _html_pillars(t: _Trainee) -> str:
    e = html.escape
    legend = []
    for i, line in enumerate(t.lines):
        colour, dash, shape = _style(i)
        sample = (f'<svg class="swatch" width="46" height="14" viewBox="0 0 46 14" aria-hidden="true">'
                  f'<line x1="1" y1="7" x2="45" y2="7" stroke="{colour}" stroke-width="2.5"'
                  f'{_dash_attr(dash)}/>{_marker(shape, 23, 7, colour, "")}</svg>')
        legend.append(f"<li>{sample}<span>{e(line.name)}</span></li>")
    rows = []
    for i, line in enumerate(t.lines):
        colour, _, _ = _style(i)
        scored = line.scored
        average = round(sum(scored) / len(scored)) if scored else None
        rows.append(
            f'<tr><th scope="row"><span class="dot" style="background:{colour}"></span>{e(line.name)}</th>'
            f'<td class="spark">{sparkline(line.values[-TREND_LIMIT:])}</td>'
            f'<td class="num">{_num(scored[0] if scored else None)}</td>'
            f'<td class="num">{_num(scored[-1] if scored else None)}</td>'
            f'<td class="num">{_num(average)}</td><td class="num">{_change(line)}</td></tr>'
        )
    return (
        f'<section class="block" aria-labelledby="{t.anchor}-pillars"><h3 id="{t.anchor}-pillars">Pillar scores over time</h3>'
        f'<figure class="chart-wrap">{_chart(t)}'
        f'<figcaption><ul class="legend">{"".join(legend)}</ul>'
        '<p class="note">One point per conversation, oldest on the left. A ringed point is a coach\'s score; '
        "the grader's is listed under Coach overrides. A gap is a score the grader could not assess.</p>"
        "</figcaption></figure>"
        '<table class="data pillars"><thead><tr><th scope="col">Pillar</th>'
        f'<th scope="col">{_trend_heading(len(t.conversations))}</th>'
        '<th scope="col" class="num">First</th><th scope="col" class="num">Latest</th>'
        '<th scope="col" class="num">Average</th><th scope="col" class="num">Change</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></section>'
    )


def _trend_heading(sessions: int) -> str:
    return f"Trend (last {TREND_LIMIT})" if sessions > TREND_LIMIT else "Trend"


def _style(index: int) -> tuple[str, str, str]:
    return COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)], SHAPES[index % len(SHAPES)]


def _dash_attr(dash: str) -> str:
    return f' stroke-dasharray="{dash}"' if dash else ""


def _marker(shape: str, x: float, y: float, colour: str, label: str, ringed: bool = False) -> str:
    """A point drawn in its line's own shape, so lines can be told apart without colour."""
    tip = f"<title>{html.escape(label)}</title>" if label else ""
    s = 3.6
    if shape == "circle":
        body = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{s:.1f}" fill="{colour}">{tip}</circle>'
    elif shape == "square":
        body = f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}" fill="{colour}">{tip}</rect>'
    elif shape == "cross":
        w = 1.3
        pts = [(-s, -w), (-w, -w), (-w, -s), (w, -s), (w, -w), (s, -w), (s, w), (w, w), (w, s), (-w, s), (-w, w), (-s, w)]
        body = _polygon(pts, x, y, colour, tip)
    else:
        t = s * 1.25
        pts = {"triangle": [(0, -t), (t, t * 0.8), (-t, t * 0.8)],
               "triangle-down": [(0, t), (t, -t * 0.8), (-t, -t * 0.8)],
               "diamond": [(0, -t), (t, 0), (0, t), (-t, 0)]}[shape]
        body = _polygon(pts, x, y, colour, tip)
    if ringed:
        body += f'<circle class="ring" cx="{x:.1f}" cy="{y:.1f}" r="7.5" fill="none" stroke="{colour}" stroke-width="1.5"/>'
    return body


def _polygon(points, x, y, colour, tip) -> str:
    coords = " ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in points)
    return f'<polygon points="{coords}" fill="{colour}">{tip}</polygon>'


def _chart(t: _Trainee) -> str:
    """An SVG line chart: one ``path`` per pillar, 0-100 up the side, conversations along the bottom."""
    e = html.escape
    width, height = 760, 300
    left, right, top, bottom = 46, 18, 16, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    sessions = t.conversations
    n = len(sessions)
    pad = 18

    def x_at(i: int) -> float:
        return left + plot_w / 2 if n == 1 else left + pad + i * (plot_w - 2 * pad) / (n - 1)

    def y_at(v: int) -> float:
        return top + (100 - max(0, min(100, v))) / 100 * plot_h

    summary = "; ".join(
        f"{line.name}: " + (f"latest {line.scored[-1]}, average {round(sum(line.scored) / len(line.scored))}"
                            if line.scored else "not assessed")
        for line in t.lines
    )
    label = f"Pillar scores over {_plural(n, 'conversation')} for {t.name}. {summary}."
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{e(label)}" '
             f'preserveAspectRatio="xMidYMid meet">',
             f"<title>{e(f'Pillar scores over time for {t.name}')}</title>",
             f"<desc>{e(label)}</desc>",
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fbfcfd"/>',
             '<g class="grid">']
    for value in (0, 25, 50, 75, 100):
        y = y_at(value)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" '
                     f'stroke="{"#9aa5b1" if value == 0 else "#e3e7ec"}" stroke-width="1"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="tick">{value}</text>')
    step = max(1, math.ceil(n / 12))
    for i, record in enumerate(sessions):
        if i % step and i != n - 1:
            continue
        x = x_at(i)
        parts.append(f'<line x1="{x:.1f}" y1="{top + plot_h}" x2="{x:.1f}" y2="{top + plot_h + 4}" stroke="#9aa5b1"/>')
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 17}" text-anchor="middle" class="tick">{i + 1}</text>')
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 30}" text-anchor="middle" class="tick muted">{e(_day(record.at))}</text>')
    parts.append("</g>")
    parts.append(f'<text x="12" y="{top + plot_h / 2:.1f}" transform="rotate(-90 12 {top + plot_h / 2:.1f})" '
                 'text-anchor="middle" class="axis">Score</text>')
    for index, line in enumerate(t.lines):
        colour, dash, shape = _style(index)
        segments, pen_down = [], False
        for i, value in enumerate(line.values):
            if value is None:
                pen_down = False
                continue
            segments.append(f"{'L' if pen_down else 'M'}{x_at(i):.1f} {y_at(value):.1f}")
            pen_down = True
        parts.append(f'<g class="series" data-pillar="{e(line.pillar_id)}">')
        parts.append(f'<path class="line" data-pillar="{e(line.pillar_id)}" d="{" ".join(segments)}" fill="none" '
                     f'stroke="{colour}" stroke-width="2.4" stroke-linejoin="round" stroke-linecap="round"'
                     f'{_dash_attr(dash)}><title>{e(line.name)}</title></path>')
        for i, value in enumerate(line.values):
            if value is not None:
                tip = f"{line.name}, conversation {i + 1} ({_date(sessions[i].at)}): {value}"
                if line.overridden[i]:
                    tip += " (coach's score)"
                parts.append(_marker(shape, x_at(i), y_at(value), colour, tip, ringed=line.overridden[i]))
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _html_sessions(t: _Trainee, names: _Names) -> str:
    e = html.escape
    rows = []
    for position, r in enumerate(t.records, start=1):
        number = r.id if r.id is not None else position  # the history's own number: `trainer history show N`
        subject = f'<span class="subject">{e(r.subject)}</span>'
        extras = []
        if r.difficulty:
            extras.append(f"level {r.difficulty}")
        if r.engine and r.engine != "rules":
            extras.append(f"judged by {e(r.engine)}")
        if extras:
            subject += f'<span class="small muted">{" · ".join(extras)}</span>'
        attempt = ('<span class="badge official">Official</span>' if r.official
                   else '<span class="badge practice">Practice</span>')
        overall = f'<span class="grader-score">{r.overall}</span>'
        override = _overall_override(r)
        if override is not None:
            overall += (f'<span class="coach-score" title="{e(override.reason)}">coach {override.score}'
                        f' <span class="small">({e(override.coach)})</span></span>')
        elif any(o.pillar != "overall" for o in r.overrides):
            overall += '<span class="small muted">pillar changed by coach</span>'
        result = _result(r)
        if result == "—":
            result_cell = '<span class="muted">—</span>'
        else:
            result_cell = (f'<span class="badge {result.lower()}">{result}</span>'
                           f'<span class="small muted">mark {r.pass_mark}</span>')
        flag_counts: dict[str, int] = {}
        for flag in r.flags:
            flag_counts[flag] = flag_counts.get(flag, 0) + 1
        flag_cell = "<br>".join(
            f'<span class="flag">{e(names.flag(f))}{f" ×{c}" if c > 1 else ""}</span>' for f, c in flag_counts.items()
        ) or '<span class="muted">none</span>'
        rows.append(
            f'<tr class="session{" failed" if r.passed is False else ""}">'
            f'<td class="num">{number}</td><td class="nowrap">{e(_date(r.at))}</td><td>{_kind(r)}</td>'
            f"<td>{subject}</td><td>{attempt}</td><td>{e(r.outcome or '—')}</td>"
            f'<td class="num overall">{overall}</td><td>{result_cell}</td><td>{flag_cell}</td>'
            f'<td class="num">{r.hints}</td></tr>'
        )
    return (
        f'<section class="block" aria-labelledby="{t.anchor}-sessions"><h3 id="{t.anchor}-sessions">Sessions</h3>'
        f'<table class="data sessions" data-trainee="{e(t.name)}"><thead><tr>'
        '<th scope="col" class="num">#</th><th scope="col">Date (UTC)</th><th scope="col">Kind</th>'
        '<th scope="col">Scenario / question</th><th scope="col">Attempt</th><th scope="col">Outcome</th>'
        '<th scope="col" class="num">Overall</th><th scope="col">Result</th><th scope="col">Flags</th>'
        f'<th scope="col" class="num">Hints</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>'
    )


def _html_interviews(t: _Trainee, names: _Names) -> str:
    e = html.escape
    head = "".join(f'<th scope="col" class="num">{e(names.criterion(c))}</th>' for c in t.interview_criteria)
    rows = []
    for r in t.interviews:
        cells = []
        for c in t.interview_criteria:
            override = _latest_override(r, c)
            cell = _num(r.scores.get(c))
            if override is not None:
                cell += f' <span class="coach-score">coach {override.score}</span>'
            cells.append(f'<td class="num">{cell}</td>')
        override = _overall_override(r)
        overall = str(r.overall) + (f' <span class="coach-score">coach {override.score}</span>' if override else "")
        rows.append(f'<tr><td class="nowrap">{e(_date(r.at))}</td><td>{e(r.subject)}</td>'
                    f'<td class="num">{overall}</td>{"".join(cells)}</tr>')
    return (
        f'<section class="block" aria-labelledby="{t.anchor}-interviews"><h3 id="{t.anchor}-interviews">Interview answers</h3>'
        '<p class="note">Interview answers are graded on their own criteria, not the six pillars, so they are '
        'kept out of the chart. "n/a" marks a criterion that was not assessed.</p>'
        '<table class="data interviews"><thead><tr><th scope="col">Date (UTC)</th><th scope="col">Question</th>'
        f'<th scope="col" class="num">Overall</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></section>'
    )


def _html_official(t: _Trainee) -> str:
    e = html.escape
    intro = f'<section class="block" aria-labelledby="{t.anchor}-official"><h3 id="{t.anchor}-official">Official attempts</h3>'
    if not t.official:
        return intro + '<p class="muted">No official attempts yet; every session so far was practice.</p></section>'
    marked = t.passed + t.failed
    line = (f"<p><strong>{t.passed} of {_plural(marked, 'marked attempt')}</strong> passed.</p>" if marked
            else "<p>None of the official attempts had a pass mark.</p>")
    rows = []
    for r in t.official:
        override = _overall_override(r)
        coach = (f'{override.score} <span class="small muted">({e(override.coach)})</span>' if override
                 else '<span class="muted">—</span>')
        result = _result(r)
        badge = f'<span class="badge {result.lower()}">{result}</span>' if result != "—" else '<span class="muted">no pass mark</span>'
        rows.append(f'<tr><td class="nowrap">{e(_date(r.at))}</td><td>{e(r.subject)}</td>'
                    f'<td class="num">{_num(r.pass_mark)}</td><td class="num">{r.overall}</td>'
                    f'<td class="num">{coach}</td><td>{badge}</td></tr>')
    return (intro + line + '<table class="data official"><thead><tr><th scope="col">Date (UTC)</th>'
            '<th scope="col">Scenario / question</th><th scope="col" class="num">Pass mark</th>'
            "<th scope=\"col\" class=\"num\">Grader's overall</th><th scope=\"col\" class=\"num\">Coach's overall</th>"
            f'<th scope="col">Result</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _html_themes(themes: list[_Theme], more: int, heading: str, css: str, empty: str, anchor: str) -> str:
    e = html.escape
    head = f'<section class="block" aria-labelledby="{anchor}-{css}"><h3 id="{anchor}-{css}">{heading}</h3>'
    if not themes:
        return head + f'<p class="muted">{empty}</p></section>'
    items = []
    for theme in themes:
        tag = f'<span class="tag">{e(theme.pillar)}</span>' if theme.pillar else ""
        quotes = "".join(
            f'<blockquote><p>“{e(ex.quote)}”</p><footer>'
            + (f"Turn {ex.turn} · " if ex.turn is not None else "")
            + f"{e(ex.subject)} · {e(ex.date)}</footer></blockquote>"
            for ex in theme.examples
        )
        better = f'<p class="better"><span class="label">Try:</span> {e(theme.better)}</p>' if theme.better else ""
        items.append(
            f'<li class="theme"><div class="theme-head"><strong>{e(theme.criterion)}</strong>{tag}'
            f'<span class="count">{_plural(theme.sessions, "session")}</span></div>'
            + (f'<p class="explain">{e(theme.text)}</p>' if theme.text else "")
            + quotes + better + "</li>"
        )
    tail = f'<p class="muted small">{_plural(more, "more item")} not shown.</p>' if more else ""
    return head + f'<ol class="themes {css}">{"".join(items)}</ol>{tail}</section>'


def _html_flags(t: _Trainee, names: _Names) -> str:
    e = html.escape
    head = (f'<section class="block" aria-labelledby="{t.anchor}-flags"><h3 id="{t.anchor}-flags">Flags</h3>'
            f'<p class="note">{FLAGS_NOTE}</p>')
    if not t.flags:
        return head + '<p class="muted">No flags recorded.</p></section>'
    rows = "".join(
        f'<tr><th scope="row" class="flag">{e(names.flag(flag))}</th><td class="num">{count}</td>'
        f'<td>{"<br>".join(e(f"{r.subject} · {_date(r.at)}") for r in where)}</td></tr>'
        for flag, count, where in t.flags
    )
    return (head + '<table class="data flags"><thead><tr><th scope="col">Behaviour</th><th scope="col" class="num">Times</th>'
            f'<th scope="col">Sessions</th></tr></thead><tbody>{rows}</tbody></table></section>')


def _html_overrides(t: _Trainee) -> str:
    e = html.escape
    head = f'<section class="block" aria-labelledby="{t.anchor}-overrides"><h3 id="{t.anchor}-overrides">Coach overrides</h3>'
    if not t.overrides:
        return head + '<p class="muted">No scores changed by a coach.</p></section>'
    rows = []
    for row in t.overrides:
        o = row.override
        note = '<span class="small muted">replaced by a later override</span>' if row.superseded else ""
        rows.append(
            f'<tr class="override"><td>{e(row.record.subject)}<span class="small muted">{e(_date(row.record.at))}</span></td>'
            f"<td>{e(row.target)}</td><td class=\"num grader-score\">{_num(row.grader)}</td>"
            f'<td class="num"><span class="coach-score">{o.score}</span>{note}</td>'
            f"<td>{e(o.coach)}</td><td class=\"reason\">{e(o.reason)}</td><td class=\"nowrap\">{e(_date(o.at))}</td></tr>"
        )
    return (head + '<table class="data overrides"><thead><tr><th scope="col">Session</th><th scope="col">Score</th>'
            "<th scope=\"col\" class=\"num\">Grader's</th><th scope=\"col\" class=\"num\">Coach's</th>"
            '<th scope="col">Coach</th><th scope="col">Reason</th><th scope="col">Changed (UTC)</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


_CSS = """
:root { --ink: #1c2530; --muted: #5d6977; --line: #d8dee6; --soft: #f4f6f9; --accent: #1d4e89;
        --pass: #1e6b34; --pass-bg: #e3f3e8; --fail: #a8231b; --fail-bg: #fbe7e5; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 1080px; padding: 28px 32px 40px; color: var(--ink); background: #fff;
       font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 21px; margin: 0 0 14px; }
h3 { font-size: 15px; margin: 0 0 10px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--accent); }
a { color: var(--accent); }
.page-head { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 22px; }
.meta, .muted { color: var(--muted); }
.meta { margin: 0; }
.small { font-size: 12px; display: block; }
.note { color: var(--muted); font-size: 12.5px; margin: 6px 0 10px; }
.block { margin: 0 0 26px; break-inside: avoid; page-break-inside: avoid; }
.trainee { border-top: 1px solid var(--line); padding-top: 22px; margin-top: 8px; }
.trainee-name .eyebrow { display: block; font-size: 12px; font-weight: 600; text-transform: uppercase;
                         letter-spacing: 0.08em; color: var(--muted); }
.empty { padding: 40px; text-align: center; background: var(--soft); border-radius: 8px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); }
.card-label { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.card-value { font-size: 24px; font-weight: 650; margin: 2px 0; font-variant-numeric: tabular-nums; }
.card-sub { font-size: 12.5px; color: var(--muted); line-height: 1.4; }
.card-value .unit { font-size: 13px; font-weight: 500; color: var(--muted); margin-left: 4px; }
.card-value .sep { color: #a9b3bf; margin: 0 8px; font-weight: 400; }
.pass-text { color: var(--pass); }
.fail-text { color: var(--fail); }
table.data { width: 100%; border-collapse: collapse; font-size: 13px; }
table.data th, table.data td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.data thead th { font-size: 11.5px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted);
                      border-bottom: 2px solid var(--line); background: #fff; }
table.data tbody tr:nth-child(even) { background: #fafbfc; }
table.data tbody th { font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right !important; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
tr.failed td { background: #fff7f6; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 11.5px; font-weight: 650;
         letter-spacing: 0.03em; border: 1px solid transparent; }
.badge.official { background: #e4ecf7; color: var(--accent); border-color: #c3d3ea; }
.badge.practice { background: #f1f3f5; color: var(--muted); border-color: var(--line); }
.badge.pass { background: var(--pass-bg); color: var(--pass); border-color: #b7dcc2; }
.badge.fail { background: var(--fail-bg); color: var(--fail); border-color: #f0bdb8; }
.flag { color: var(--fail); font-weight: 600; }
.grader-score { font-weight: 600; }
.coach-score { display: block; color: #6b3fa0; font-weight: 600; }
td.num .coach-score { white-space: nowrap; }
.spark { font: 14px/1 "DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, monospace; color: #4a78ad; white-space: nowrap; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 8px; vertical-align: middle; }
.chart-wrap { margin: 0 0 12px; border: 1px solid var(--line); border-radius: 8px; padding: 12px 12px 6px; break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart .tick { font-size: 11px; fill: var(--muted); font-family: inherit; }
svg.chart .axis { font-size: 11px; fill: var(--muted); letter-spacing: 0.05em; }
.legend { list-style: none; margin: 8px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12.5px; }
.legend li { display: flex; align-items: center; gap: 6px; }
.themes { list-style: none; margin: 0; padding: 0; }
.theme { border-left: 3px solid var(--line); padding: 4px 0 4px 14px; margin: 0 0 14px; break-inside: avoid; }
.strengths .theme { border-left-color: #7fb58f; }
.improvements .theme { border-left-color: #e0a458; }
.theme-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px; }
.tag { font-size: 11.5px; color: var(--muted); background: var(--soft); border: 1px solid var(--line);
       border-radius: 10px; padding: 0 8px; }
.count { margin-left: auto; font-size: 12px; color: var(--muted); white-space: nowrap; }
.explain { margin: 4px 0; color: #33404d; }
blockquote { margin: 6px 0; padding: 6px 12px; background: var(--soft); border-radius: 6px; font-style: italic; }
blockquote p { margin: 0; overflow-wrap: anywhere; }
blockquote footer { font-style: normal; font-size: 12px; color: var(--muted); margin-top: 2px; }
.better { margin: 4px 0 0; }
.better .label { font-weight: 600; color: #8a5a12; }
.reason { max-width: 320px; overflow-wrap: anywhere; }
.page-foot { margin-top: 30px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h1 { font-size: 18pt; }
  .trainee + .trainee { break-before: page; page-break-before: always; border-top: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .cards { grid-template-columns: repeat(5, 1fr); gap: 6px; }
  .card { padding: 6px 8px; }
  .card-value { font-size: 15pt; }
  table.data { font-size: 8.5pt; }
  table.data th, table.data td { padding: 3px 6px; }
  .chart-wrap { padding: 6px; }
  svg.chart { height: 62mm; }
  .legend { font-size: 8pt; }
  a { color: inherit; text-decoration: none; }
}
"""


# --------------------------------------------------------------------------------------------
# Markdown


def markdown_report(records: Sequence[SessionRecord], pillars: Sequence[tuple[str, str]], title: str,
                    generated_at: str | datetime, *, criteria: Mapping[str, str] | None = None,
                    flags: Mapping[str, str] | None = None) -> str:
    """The same report as Markdown: tables instead of charts, a block sparkline per pillar.

    Trainee text is escaped so that it reads literally: no Markdown emphasis, links or raw HTML
    can come from a quote.
    """
    names = _Names(pillars, criteria, flags)
    trainees = _digest(records, pillars, names)
    out = [f"# {_md(title)}", ""]
    meta = f"Generated {_md(_stamp(generated_at))}"
    if records:
        meta += f" · {_plural(len(trainees), 'trainee')} · {_plural(len(records), 'session')}"
    out += [meta, ""]
    if not trainees:
        out += ["## Nothing to report yet", "",
                "No graded sessions have been recorded. Once trainees play scenarios or answer interview "
                "questions, their scores, strengths and areas to work on appear here.", ""]
        return "\n".join(out)
    if len(trainees) > 1:
        out += ["## Trainees at a glance", ""]
        out += _md_table(
            ["Trainee", "Sessions", "Conversations", "Interview answers", "Official passed", "Official failed",
             "Latest overall", "Average overall", "Flags"],
            [[_md(t.name), str(len(t.records)), str(len(t.conversations)), str(len(t.interviews)), str(t.passed),
              str(t.failed), _num(t.latest.effective("overall")), _num(t.average()), str(sum(n for _, n, _ in t.flags))]
             for t in trainees],
            right=set(range(1, 9)),
        )
    for t in trainees:
        out += _md_trainee(t, names)
    out += ["---", "",
            "_Scores are out of 100. Where a coach changed a score, the grader's own score is shown beside it; "
            "the coach's score is the one that counts toward averages, trends and pass or fail._", ""]
    return "\n".join(out)


def _md(text) -> str:
    """Literal text inside Markdown: one line, with the characters Markdown or HTML would act on escaped."""
    text = " ".join(str(text).split())
    for char in "\\`*_[]<>|~#":
        text = text.replace(char, "\\" + char)
    return text


def _md_table(header: list[str], rows: list[list[str]], right: set[int] | None = None) -> list[str]:
    right = right or set()
    rule = ["---:" if i in right else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def _md_trainee(t: _Trainee, names: _Names) -> list[str]:
    out = [f"## {_md(t.name)}", "", "### Summary", ""]
    latest = t.latest
    latest_text = f"{_num(latest.effective('overall'))} ({_md(latest.subject)}, {_md(_date(latest.at))})"
    if _overall_override(latest) is not None:
        latest_text += f"; the coach's score, the grader gave {latest.overall}"
    average = _num(t.average())
    if t.conversations and t.interviews:
        average += (f" (conversations {_num(t.average(t.conversations))},"
                    f" interviews {_num(t.average(t.interviews))})")
    unmarked = len(t.official) - t.passed - t.failed
    official = f"{t.passed} passed, {t.failed} failed" + (f", {unmarked} without a pass mark" if unmarked else "")
    flags = sum(n for _, n, _ in t.flags)
    out += [
        f"- **Sessions:** {len(t.records)} ({_plural(len(t.conversations), 'conversation')}, "
        f"{_plural(len(t.interviews), 'interview answer')})",
        f"- **Official attempts:** {official}" if t.official else "- **Official attempts:** none yet",
        f"- **Latest overall:** {latest_text}",
        f"- **Average overall:** {average}",
        f"- **Flags and hints:** {_plural(flags, 'flag')}, {_plural(sum(r.hints for r in t.records), 'hint')} asked for",
        "",
    ]
    if t.conversations:
        out += ["### Pillar scores over time", "",
                f"One character per conversation, oldest first, on a 0-100 scale (`{GAP}` where not assessed).", ""]
        rows = []
        for line in t.lines:
            scored = line.scored
            avg = round(sum(scored) / len(scored)) if scored else None
            rows.append([_md(line.name), f"`{sparkline(line.values[-TREND_LIMIT:])}`", _num(scored[0] if scored else None),
                         _num(scored[-1] if scored else None), _num(avg), _change(line)])
        out += _md_table(["Pillar", _trend_heading(len(t.conversations)), "First", "Latest", "Average", "Change"],
                         rows, right={2, 3, 4, 5})
    out += ["### Sessions", ""]
    rows = []
    for position, r in enumerate(t.records, start=1):
        number = r.id if r.id is not None else position  # the history's own number: `trainer history show N`
        override = _overall_override(r)
        overall = str(r.overall)
        if override is not None:
            overall += f" → coach {override.score} ({_md(override.coach)})"
        elif any(o.pillar != "overall" for o in r.overrides):
            overall += " (pillar changed by coach)"
        result = _result(r)
        result = f"**{result}** (mark {r.pass_mark})" if result != "—" else "—"
        counts: dict[str, int] = {}
        for flag in r.flags:
            counts[flag] = counts.get(flag, 0) + 1
        flag_text = ", ".join(_md(names.flag(f)) + (f" ×{c}" if c > 1 else "") for f, c in counts.items()) or "none"
        subject = _md(r.subject) + (f" (level {r.difficulty})" if r.difficulty else "")
        if r.engine and r.engine != "rules":
            subject += f", judged by {_md(r.engine)}"
        rows.append([str(number), _md(_date(r.at)), _kind(r), subject, "Official" if r.official else "Practice",
                     _md(r.outcome or "—"), overall, result, flag_text, str(r.hints)])
    out += _md_table(["#", "Date (UTC)", "Kind", "Scenario / question", "Attempt", "Outcome", "Overall", "Result",
                      "Flags", "Hints"], rows, right={0, 6, 9})
    if t.interviews:
        out += ["### Interview answers", "",
                "Graded on the interview criteria rather than the six pillars; n/a marks a criterion not assessed.", ""]
        rows = []
        for r in t.interviews:
            override = _overall_override(r)
            row = [_md(_date(r.at)), _md(r.subject), str(r.overall) + (f" → coach {override.score}" if override else "")]
            for c in t.interview_criteria:
                o = _latest_override(r, c)
                row.append(_num(r.scores.get(c)) + (f" → coach {o.score}" if o else ""))
            rows.append(row)
        out += _md_table(["Date (UTC)", "Question", "Overall"] + [_md(names.criterion(c)) for c in t.interview_criteria],
                         rows, right=set(range(2, 3 + len(t.interview_criteria))))
    out += ["### Official attempts", ""]
    if not t.official:
        out += ["No official attempts yet; every session so far was practice.", ""]
    else:
        marked = t.passed + t.failed
        out += [f"**{t.passed} of {_plural(marked, 'marked attempt')}** passed." if marked
                else "None of the official attempts had a pass mark.", ""]
        rows = []
        for r in t.official:
            override = _overall_override(r)
            result = _result(r)
            rows.append([_md(_date(r.at)), _md(r.subject), _num(r.pass_mark), str(r.overall),
                         f"{override.score} ({_md(override.coach)})" if override else "—",
                         f"**{result}**" if result != "—" else "no pass mark"])
        out += _md_table(["Date (UTC)", "Scenario / question", "Pass mark", "Grader's overall", "Coach's overall",
                          "Result"], rows, right={2, 3, 4})
    out += _md_themes(t.strengths, t.more_strengths, "Strengths", "No strengths recorded yet.")
    out += _md_themes(t.improvements, t.more_improvements, "Recurring improvements", "No improvements recorded yet.")
    out += ["### Flags", "", FLAGS_NOTE, ""]
    if not t.flags:
        out += ["No flags recorded.", ""]
    else:
        out += _md_table(["Behaviour", "Times", "Sessions"],
                         [[_md(names.flag(f)), str(n), "; ".join(_md(f"{r.subject} · {_date(r.at)}") for r in where)]
                          for f, n, where in t.flags], right={1})
    out += ["### Coach overrides", ""]
    if not t.overrides:
        out += ["No scores changed by a coach.", ""]
    else:
        rows = []
        for row in t.overrides:
            o = row.override
            rows.append([f"{_md(row.record.subject)} ({_md(_date(row.record.at))})", _md(row.target), _num(row.grader),
                         str(o.score) + (" (replaced by a later override)" if row.superseded else ""),
                         _md(o.coach), _md(o.reason), _md(_date(o.at))])
        out += _md_table(["Session", "Score", "Grader's", "Coach's", "Coach", "Reason", "Changed (UTC)"], rows,
                         right={2, 3})
    return out


def _md_themes(themes: list[_Theme], more: int, heading: str, empty: str) -> list[str]:
    out = [f"### {heading}", ""]
    if not themes:
        return out + [empty, ""]
    for number, theme in enumerate(themes, start=1):
        head = f"{number}. **{_md(theme.criterion)}**"
        if theme.pillar:
            head += f" ({_md(theme.pillar)})"
        head += f", {_plural(theme.sessions, 'session')}"
        if theme.text:
            head += f": {_md(theme.text)}"
        out.append(head)
        for ex in theme.examples:
            where = (f"turn {ex.turn}, " if ex.turn is not None else "") + f"{_md(ex.subject)}, {_md(ex.date)}"
            out.append(f"   - “{_md(ex.quote)}” ({where})")
        if theme.better:
            out.append(f"   - _Try:_ {_md(theme.better)}")
    out.append("")
    if more:
        out += [f"{_plural(more, 'more item')} not shown.", ""]
    return out
