"""Is the trainee getting better, at what not yet, and what to practise next.

Worked out from the history alone (scores, quotes, outcomes), so it says the same thing whichever
engine graded the sessions. Coaches' overrides count where they exist.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from trainer.history.records import SessionRecord

STRONG = 80  # an overall at or above this is a strong result
WINDOW = 10  # sessions the weakest pillar and the most frequent improvement are taken over


@dataclass
class Recommendation:
    scenario: str
    title: str
    difficulty: int
    why: str


@dataclass
class Progress:
    trainee: str
    conversations: int
    interviews: int
    pillars: list[tuple[str, str]]  # (id, name) in the rubric's order
    trend: dict[str, list[int | None]] = field(default_factory=dict)  # per pillar, oldest first, the last WINDOW*2 sessions
    overall: list[int] = field(default_factory=list)
    change: dict[str, int | None] = field(default_factory=dict)  # recent half minus the earlier half, per pillar
    weakest: dict | None = None  # pillar, name, average, example (quote, turn, subject, text)
    frequent: dict | None = None  # criterion, pillar, text, count, example quote
    next: Recommendation | None = None
    interview_average: int | None = None
    interview_weakest: dict | None = None

    def as_dict(self) -> dict:
        out = asdict(self)
        out["pillars"] = [{"id": pid, "name": name} for pid, name in self.pillars]
        return out


def progress(records: list[SessionRecord], trainee: str, pillars: list[tuple[str, str]], scenarios: list,
             window: int = WINDOW, tally: dict[tuple[str, str], int] | None = None,
             criteria: dict[str, str] | None = None) -> Progress:
    """``records`` oldest first (one trainee's; the newest ``window * 2`` per kind are enough);
    ``scenarios`` the catalogue to recommend from; ``tally`` counts every session by (kind, subject)
    when ``records`` is only the recent part of a long history."""
    talks = [r for r in records if r.kind == "conversation"]
    answers = [r for r in records if r.kind == "interview"]
    if tally is None:
        tally = dict(Counter((r.kind, r.subject) for r in records))
    out = Progress(trainee, sum(n for (kind, _), n in tally.items() if kind == "conversation"),
                   sum(n for (kind, _), n in tally.items() if kind == "interview"), pillars)
    shown = talks[-window * 2:]
    out.trend = {pid: [r.effective(pid) for r in shown] for pid, _ in pillars}
    out.overall = [r.effective("overall") or 0 for r in shown]
    half = len(shown) // 2
    for pid, _ in pillars:
        before, after = _mean(out.trend[pid][:half]), _mean(out.trend[pid][half:])
        out.change[pid] = None if before is None or after is None or half == 0 else round(after - before)
    recent = talks[-window:]
    out.weakest = _weakest(recent, pillars)
    out.frequent = _most_frequent(recent)
    played = Counter({subject: n for (kind, subject), n in tally.items() if kind == "conversation"})
    out.next = recommend(talks, out.weakest["pillar"] if out.weakest else None, scenarios, dict(pillars), played)
    if answers:
        out.interview_average = round(sum(r.effective("overall") or 0 for r in answers[-window:]) / len(answers[-window:]))
        names = criteria or {}
        out.interview_weakest = _weakest(answers[-window:], sorted({(c, names.get(c, c)) for r in answers[-window:] for c in r.scores}))
    return out


def of_trainee(store, trainee: str, pillars: list[tuple[str, str]], scenarios: list, window: int = WINDOW,
               criteria: dict[str, str] | None = None) -> Progress:
    """Progress read from a store: only the recent sessions of each kind, and a count of the rest,
    so it is as quick with ten thousand sessions as with ten."""
    records = sorted(store.sessions(trainee, kind="conversation", last=window * 2) + store.sessions(trainee, kind="interview", last=window * 2),
                     key=lambda r: (r.at, r.id or 0))
    return progress(records, trainee, pillars, scenarios, window, store.tally(trainee), criteria)


def recommend(talks: list[SessionRecord], weakest: str | None, scenarios: list, names: dict[str, str],
              played: Counter | None = None) -> Recommendation | None:
    """A scenario that stresses the weakest pillar, one step harder after two strong results in a
    row, one step easier after an abandoned conversation, and not one just played."""
    if not scenarios:
        return None
    last = talks[-1] if talks else None
    level = last.difficulty if last and last.difficulty else 1
    step = ""
    if last and last.outcome == "abandoned":
        level, step = level - 1, "one step easier, after an abandoned conversation"
    elif len(talks) >= 2 and all((r.effective("overall") or 0) >= STRONG for r in talks[-2:]):
        level, step = level + 1, "one step harder, after two strong results"
    level = min(max(level, 1), 5)
    played = played if played is not None else Counter(r.subject for r in talks)
    just_played = {r.subject for r in talks[-3:]}

    def stresses(s) -> bool:
        return bool(weakest) and weakest in (s.stresses or [])

    def fit(s) -> tuple:
        # the right difficulty first (a step off costs more than a scenario that stresses another pillar),
        # then the weakest pillar, then something not just played and played least
        return (abs(s.difficulty - level) + (0 if stresses(s) else 0.75), s.id in just_played, played[s.id], s.id)

    chosen = min(scenarios, key=fit)
    if not talks:
        return Recommendation(chosen.id, chosen.title, chosen.difficulty, f"a gentle start: difficulty {chosen.difficulty}")
    name = names.get(weakest, weakest) if weakest else ""
    reasons = []
    if stresses(chosen):
        reasons.append(f"it stresses {name}, your weakest pillar lately")
    elif weakest:
        reasons.append(f"no scenario at difficulty {level} stresses {name}, your weakest pillar lately; this is the closest fit")
    if chosen.difficulty == level:
        reasons.append(f"difficulty {level}" + (f" ({step})" if step else ""))
    else:
        reasons.append(f"difficulty {chosen.difficulty}, the closest to {level}" + (f" ({step})" if step else ""))
    return Recommendation(chosen.id, chosen.title, chosen.difficulty, "; ".join(reasons))


def _weakest(records: list[SessionRecord], pillars: list[tuple[str, str]]) -> dict | None:
    averages = {pid: _mean([r.effective(pid) for r in records]) for pid, _ in pillars}
    scored = {pid: a for pid, a in averages.items() if a is not None}
    if not scored:
        return None
    pid = min(scored, key=lambda p: (scored[p], p))
    example = None
    for r in reversed(records):
        item = next((i for i in r.improvements if i.get("pillar") == pid and i.get("quote")), None)
        if item:
            example = {"quote": item["quote"], "turn": item.get("turn"), "subject": r.subject, "at": r.at, "text": item.get("text", ""),
                       "better": item.get("better")}
            break
    return {"pillar": pid, "name": dict(pillars).get(pid, pid), "average": round(scored[pid]), "example": example}


def _most_frequent(records: list[SessionRecord]) -> dict | None:
    counts: Counter = Counter()
    latest: dict[str, tuple[SessionRecord, dict]] = {}
    for r in records:
        for item in r.improvements:
            key = item.get("criterion") or item.get("text", "")
            if key in {i.get("criterion") or i.get("text", "") for i in r.improvements[: r.improvements.index(item)]}:
                continue  # once per session: one bad session does not make a habit
            counts[key] += 1
            latest[key] = (r, item)
    if not counts:
        return None
    key, count = min(counts.items(), key=lambda kv: (-kv[1], -records.index(latest[kv[0]][0]), kv[0]))
    record, item = latest[key]
    return {"criterion": key, "pillar": item.get("pillar"), "text": _general(item.get("text", "")), "count": count, "of": len(records),
            "quote": item.get("quote"), "turn": item.get("turn"), "subject": record.subject, "better": item.get("better")}


def _general(text: str) -> str:
    """The advice without one session's particulars: "Criterion: what was found. What to do." loses
    the middle part, which was true of the last session only."""
    head, _, rest = text.partition(": ")
    _, _, advice = rest.partition(". ")
    return f"{head}. {advice}".strip() if head and advice else text


def _mean(values) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None
