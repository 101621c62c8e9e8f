"""Calibration: does the grader score like the team's own QA reviewers, and where does it not?

QA teams hold calibration sessions so that reviewers score alike; a common bar is two reviewers
within 10 points of each other on more than 85% of calls. Putting the grader at the same table,
with the same measures, tells a team whether its scores can be trusted beside a reviewer's, and
the grader's own criteria say where it parts company with them.

Nothing here prints. The statistics use the standard library only, and the result is plain
data (dataclasses) that :meth:`Calibration.as_dict` turns into JSON-ready dicts.
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path

from trainer.errors import TrainerError

WITHIN = 10  # points: two scores this close count as agreeing
TARGET = 0.85  # a calibrated pair agrees within WITHIN points on more than this share
BANDS = 5  # 0-19, 20-39, 40-59, 60-79, 80-100 for the weighted kappa
GRADER = "grader"  # the grader's side of a comparison
OVERALL = "overall"
FIXED = ("transcript", "reviewer", "scenario")


# ---------------------------------------------------------------- statistics


def average_ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, tied values sharing the mean of the ranks they span (as Spearman needs)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None when either side does not vary (the correlation is undefined)."""
    n = len(xs)
    if n == 0:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rho (Pearson on average ranks); None below 3 pairs, where any order is chance."""
    if len(xs) != len(ys):
        raise ValueError("spearman needs two sequences of the same length")
    if len(xs) < 3:
        return None
    return pearson(average_ranks(xs), average_ranks(ys))


def band(score: float, bands: int = BANDS) -> int:
    """The band a 0-100 score falls in: 0-19 is 0, ..., 80-100 is 4 (100 joins the top band)."""
    return min(int(score // (100 / bands)), bands - 1)


def weighted_kappa(xs: Sequence[float], ys: Sequence[float], bands: int = BANDS) -> float | None:
    """Cohen's kappa with quadratic weights over score bands.

    Quadratic weights make a two-band miss cost four times a one-band miss, which is how a QA
    team thinks of "close". None when chance alone could not disagree (both raters used one
    and the same band), since kappa is then 0/0.
    """
    if len(xs) != len(ys):
        raise ValueError("kappa needs two sequences of the same length")
    n = len(xs)
    if n == 0:
        return None
    a, b = [band(x, bands) for x in xs], [band(y, bands) for y in ys]

    def weight(i: int, j: int) -> float:
        return (i - j) ** 2 / (bands - 1) ** 2

    observed = sum(weight(i, j) for i, j in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[i] * cb[j] * weight(i, j) for i in ca for j in cb) / (n * n)
    if expected == 0:
        return None
    return 1 - observed / expected


def within_share(xs: Sequence[float], ys: Sequence[float], points: float = WITHIN) -> float | None:
    """The share of pairs no more than ``points`` apart."""
    if not xs:
        return None
    return sum(1 for x, y in zip(xs, ys, strict=True) if abs(x - y) <= points) / len(xs)


def mean_abs_difference(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if not xs:
        return None
    return sum(abs(x - y) for x, y in zip(xs, ys, strict=True)) / len(xs)


def _round(value: float | None, places: int) -> float | None:
    return None if value is None else round(value, places)


@dataclass
class Agreement:
    """How two raters agree on one pillar (or overall) over the transcripts both scored."""

    n: int
    spearman: float | None
    kappa: float | None
    within_10: float | None
    mean_abs_difference: float | None
    meets_target: bool | None  # within_10 above TARGET; None with nothing to compare


def agreement(xs: Sequence[float], ys: Sequence[float]) -> Agreement:
    within = within_share(xs, ys)
    return Agreement(
        n=len(xs),
        spearman=_round(spearman(xs, ys), 4),
        kappa=_round(weighted_kappa(xs, ys), 4),
        within_10=_round(within, 4),
        mean_abs_difference=_round(mean_abs_difference(xs, ys), 2),
        meets_target=None if within is None else within > TARGET,
    )


# ---------------------------------------------------------------- the labels CSV


@dataclass
class Label:
    """One reviewer's scores for one transcript: a row of the labels CSV."""

    line: int
    transcript: str  # as written in the CSV
    path: Path  # where the file is (relative paths are read from the CSV's folder)
    reviewer: str
    scenario: str | None
    scores: dict[str, float]  # pillar id or "overall" -> 0-100; absent when the cell was empty


@dataclass
class Labels:
    source: str
    dimensions: list[str]  # the scored columns: pillar ids in the rubric's order, then "overall"
    rows: list[Label]


def _column_names(rubric) -> dict[str, str]:
    """Header text (lower case) -> what it means: a fixed column, a pillar id or "overall"."""
    names = {name: name for name in FIXED}
    names[OVERALL] = OVERALL
    for pillar in rubric.pillars:
        names[pillar.id.lower()] = pillar.id
        names[" ".join(pillar.name.lower().split())] = pillar.id
    return names


def _delimiter(header: str) -> str:
    """Comma, or semicolon or tab when the header plainly uses one (spreadsheets in many locales)."""
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _score(cell: str, where: str) -> float | None:
    text = cell.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise TrainerError(f"{where}: expected a score from 0 to 100, got {text!r}") from None
    if not math.isfinite(value) or not 0 <= value <= 100:
        raise TrainerError(f"{where}: expected a score from 0 to 100, got {text!r}")
    return value


def read_labels(path: Path, rubric) -> Labels:
    """The reviewers' scores from a CSV; every problem names the file, the line and the column."""
    from trainer.inputs import read_text

    text = read_text(path, "labels file")
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise TrainerError(f"{path}: empty; expected a header row: transcript,reviewer,<pillar ids>,overall")
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(lines[first]))
    names = _column_names(rubric)
    header: list[str | None] = []
    header_line = 0
    rows: list[Label] = []
    seen: dict[tuple[Path, str], int] = {}
    scenarios: dict[Path, tuple[str, int]] = {}
    previous = 0
    try:
        for cells in reader:
            line, previous = previous + 1, reader.line_num  # a quoted cell may span lines: report where the row starts
            if not any(cell.strip() for cell in cells):
                continue
            if not header_line:
                header_line = line
                header = _header(cells, names, path, line)
                continue
            if len(cells) > len(header):
                raise TrainerError(f"{path}:{line}: {len(cells)} cells, but the header has {len(header)} columns")
            row = dict(zip(header, cells, strict=False))
            rows.append(_label(row, path, line, seen, scenarios))
    except csv.Error as exc:
        raise TrainerError(f"{path}:{reader.line_num}: not valid CSV: {exc}") from None
    if not rows:
        raise TrainerError(f"{path}:{header_line}: no rows under the header; nothing to calibrate")
    order = [p.id for p in rubric.pillars] + [OVERALL]
    return Labels(str(path), [d for d in order if d in header], rows)


def _header(cells: list[str], names: dict[str, str], path: Path, line: int) -> list[str | None]:
    header: list[str | None] = []
    for cell in cells:
        key = " ".join(cell.strip().lower().split())
        if not key:  # an empty trailing column from a spreadsheet
            header.append(None)
            continue
        if key not in names:
            pillars = ", ".join(v for k, v in names.items() if k == v and v not in (*FIXED, OVERALL))
            raise TrainerError(f"{path}:{line}: {cell.strip()}: unknown column; expected transcript, reviewer, "
                               f"scenario, overall or a pillar ({pillars})")
        if names[key] in header:
            raise TrainerError(f"{path}:{line}: {cell.strip()}: column {names[key]!r} given twice")
        header.append(names[key])
    for required in ("transcript", "reviewer"):
        if required not in header:
            raise TrainerError(f"{path}:{line}: {required}: missing column; the header needs transcript and reviewer")
    if not any(name not in (None, *FIXED) for name in header):
        raise TrainerError(f"{path}:{line}: no score columns; add overall or a pillar such as empathy")
    return header


def _label(row: dict, path: Path, line: int, seen: dict, scenarios: dict) -> Label:
    where = f"{path}:{line}"
    transcript = (row.get("transcript") or "").strip()
    reviewer = (row.get("reviewer") or "").strip()
    if not transcript:
        raise TrainerError(f"{where}: transcript: empty; give the path of a transcript or chat log")
    if not reviewer:
        raise TrainerError(f"{where}: reviewer: empty; say who scored this transcript")
    if reviewer.lower() == GRADER:
        raise TrainerError(f"{where}: reviewer: {GRADER!r} names the trainer's own grader; call the reviewer something else")
    file = Path(transcript).expanduser()
    file = (file if file.is_absolute() else path.parent / file).resolve()
    if not file.is_file():
        raise TrainerError(f"{where}: transcript: no such file: {file}")
    if (file, reviewer) in seen:
        raise TrainerError(f"{where}: reviewer: {reviewer} already scored {transcript} on line {seen[file, reviewer]}")
    seen[file, reviewer] = line
    scenario = (row.get("scenario") or "").strip() or None
    if scenario:
        earlier = scenarios.setdefault(file, (scenario, line))
        if earlier[0] != scenario:
            raise TrainerError(f"{where}: scenario: {transcript} is graded against {earlier[0]!r} on line {earlier[1]}; "
                               "one transcript, one scenario")
    scores = {}
    for column, cell in row.items():
        if column in (None, *FIXED):
            continue
        value = _score(cell or "", f"{where}: {column}")
        if value is not None:
            scores[column] = value
    return Label(line, transcript, file, reviewer, scenario, scores)


# ---------------------------------------------------------------- the result


@dataclass
class Comparison:
    """Two raters (the grader or a reviewer, and a reviewer), pillar by pillar and overall."""

    first: str
    second: str
    dimensions: dict[str, Agreement]


@dataclass
class Suspect:
    """A criterion of a disagreeing pillar and how much of the gap it accounts for.

    ``pull`` is the points of the grader-minus-reviewers gap this criterion carries, on average,
    in the gap's own direction: the pillar score is the weighted mean of its criteria, so each
    criterion's weight share times (its score - the reviewers' mean) adds up to the gap. A
    criterion with a large pull is where the grader reads the conversation differently.
    """

    criterion: str
    name: str
    pull: float
    mean_difference: float  # criterion score minus the reviewers' mean pillar score; > 0 means higher
    mean_abs_difference: float
    weight_share: float  # its average share of the pillar's assessed weight
    n: int


@dataclass
class Example:
    """A transcript where the grader and the reviewers are far apart on one pillar."""

    transcript: str
    line: int
    pillar: str
    grader: float
    reviewers: dict[str, float]
    gap: float  # grader minus the reviewers' mean
    feedback: str  # the grader's feedback for that pillar
    criteria: dict[str, int | None]  # the grader's criterion scores for that pillar


@dataclass
class PillarGap:
    """The grader against the reviewers on one pillar, over every (grader, reviewer) pair."""

    pillar: str
    name: str
    n: int
    mean_abs_difference: float | None
    mean_difference: float | None  # grader minus reviewer: > 0, the grader scores higher
    disagreeing: int  # transcripts where the grader is more than WITHIN points from the reviewers' mean
    transcripts: int
    suspects: list[Suspect] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)


@dataclass
class Item:
    """One transcript's scores: the grader's and each reviewer's."""

    transcript: str
    line: int
    scenario: str | None
    grader: dict[str, float | None]
    reviewers: dict[str, dict[str, float]]


@dataclass
class Calibration:
    labels: str
    rubric: str
    within: int
    target: float
    reviewers: list[str]
    dimensions: list[str]
    comparisons: list[Comparison]
    pillars: list[PillarGap]  # worst first; only the worst few carry suspects and examples
    items: list[Item]

    def as_dict(self) -> dict:
        return asdict(self)


def compare(labels: Labels, grades: dict[Path, dict], rubric, worst: int = 3, examples: int = 3) -> Calibration:
    """Everything a calibration session looks at, from the labels and the grader's results.

    ``grades`` maps each transcript's path to its result from ``results.grade_files``.
    """
    reviewers = list(dict.fromkeys(label.reviewer for label in labels.rows))
    first: dict[Path, Label] = {}
    for label in labels.rows:
        first.setdefault(label.path, label)
    given: dict[str, dict[str, dict[Path, float]]] = {d: {r: {} for r in reviewers} for d in labels.dimensions}
    for label in labels.rows:
        for dim, value in label.scores.items():
            given[dim][label.reviewer][label.path] = value
    grader = {dim: {path: _grader_score(grades[path], dim) for path in first} for dim in labels.dimensions}

    comparisons = []
    for reviewer in reviewers:
        comparisons.append(Comparison(GRADER, reviewer, {
            dim: _agree(grader[dim], given[dim][reviewer]) for dim in labels.dimensions
        }))
    for one, two in combinations(reviewers, 2):
        comparisons.append(Comparison(one, two, {
            dim: _agree(given[dim][one], given[dim][two]) for dim in labels.dimensions
        }))

    pillars = [_pillar_gap(p, grader[p.id], given[p.id]) for p in rubric.pillars if p.id in labels.dimensions]
    pillars.sort(key=lambda g: (g.mean_abs_difference is None, -(g.mean_abs_difference or 0)))
    for gap in pillars[:worst]:
        if gap.mean_abs_difference:
            pillar = next(p for p in rubric.pillars if p.id == gap.pillar)
            gap.suspects = _suspects(pillar, grader[pillar.id], given[pillar.id], grades)
            gap.examples = _examples(gap.pillar, grader[pillar.id], given[pillar.id], grades, first, examples)

    scenario = {label.path: label.scenario for label in reversed(labels.rows) if label.scenario}
    items = []
    for path, label in first.items():
        by_reviewer = {r: {dim: given[dim][r][path] for dim in labels.dimensions if path in given[dim][r]} for r in reviewers}
        items.append(Item(label.transcript, label.line, scenario.get(path), {dim: grader[dim][path] for dim in labels.dimensions},
                          {r: scores for r, scores in by_reviewer.items() if scores}))
    return Calibration(labels.source, getattr(rubric, "id", ""), WITHIN, TARGET, reviewers, labels.dimensions, comparisons, pillars, items)


def _grader_score(result: dict, dim: str) -> float | None:
    if dim == OVERALL:
        return result.get("overall")
    return (result.get("pillars", {}).get(dim) or {}).get("score")


def _agree(one: dict[Path, float | None], two: dict[Path, float]) -> Agreement:
    shared = [path for path in two if one.get(path) is not None]
    return agreement([one[p] for p in shared], [two[p] for p in shared])


def _reviewer_means(grader: dict[Path, float | None], given: dict[str, dict[Path, float]]) -> dict[Path, tuple[float, float]]:
    """Per transcript the grader scored and someone reviewed: (grader, the reviewers' mean)."""
    out = {}
    for path, score in grader.items():
        scores = [by[path] for by in given.values() if path in by]
        if score is not None and scores:
            out[path] = (score, sum(scores) / len(scores))
    return out


def _pillar_gap(pillar, grader, given) -> PillarGap:
    pairs = [(grader[path], value) for by in given.values() for path, value in by.items() if grader.get(path) is not None]
    means = _reviewer_means(grader, given)
    return PillarGap(
        pillar=pillar.id,
        name=pillar.name,
        n=len(pairs),
        mean_abs_difference=_round(mean_abs_difference([g for g, _ in pairs], [r for _, r in pairs]), 2),
        mean_difference=_round(sum(g - r for g, r in pairs) / len(pairs), 2) if pairs else None,
        disagreeing=sum(1 for g, r in means.values() if abs(g - r) > WITHIN),
        transcripts=len(means),
    )


def _suspects(pillar, grader, given, grades) -> list[Suspect]:
    """The pillar's criteria ranked by how much of the gap they carry on the disagreeing transcripts
    (every reviewed transcript when none is more than WITHIN points apart)."""
    means = _reviewer_means(grader, given)
    basis = {p: gm for p, gm in means.items() if abs(gm[0] - gm[1]) > WITHIN} or means
    weights = {c.id: c.weight for c in pillar.criteria}
    found: dict[str, list[tuple[float, float, int]]] = {c.id: [] for c in pillar.criteria}  # (weight share, difference, gap sign)
    for path, (score, mean) in basis.items():
        criteria = (grades[path].get("pillars", {}).get(pillar.id) or {}).get("criteria") or {}
        assessed = {cid: c["score"] for cid, c in criteria.items() if cid in weights and c.get("score") is not None}
        total = sum(weights[cid] for cid in assessed)
        direction = (score > mean) - (score < mean)
        for cid, value in assessed.items():
            found[cid].append((weights[cid] / total, value - mean, direction))
    out = []
    for criterion in pillar.criteria:
        rows = found[criterion.id]
        if not rows:
            continue
        n = len(rows)
        out.append(Suspect(
            criterion=criterion.id,
            name=criterion.name,
            pull=round(sum(share * diff * sign for share, diff, sign in rows) / n, 2),
            mean_difference=round(sum(diff for _, diff, _ in rows) / n, 2),
            mean_abs_difference=round(sum(abs(diff) for _, diff, _ in rows) / n, 2),
            weight_share=round(sum(share for share, _, _ in rows) / n, 3),
            n=n,
        ))
    out.sort(key=lambda s: (-s.pull, -s.mean_abs_difference))
    return out


def _examples(pillar_id, grader, given, grades, first, limit: int) -> list[Example]:
    means = _reviewer_means(grader, given)
    far = sorted((p for p, (g, r) in means.items() if abs(g - r) > WITHIN), key=lambda p: -abs(means[p][0] - means[p][1]))
    out = []
    for path in far[:limit]:
        result = grades[path].get("pillars", {}).get(pillar_id) or {}
        score, mean = means[path]
        out.append(Example(
            transcript=first[path].transcript,
            line=first[path].line,
            pillar=pillar_id,
            grader=score,
            reviewers={r: by[path] for r, by in given.items() if path in by},
            gap=round(score - mean, 2),
            feedback=result.get("feedback", ""),
            criteria={cid: c.get("score") for cid, c in (result.get("criteria") or {}).items()},
        ))
    return out


# ---------------------------------------------------------------- grading and the whole run


def grade_labels(labels: Labels, rubric: str | None = None, scenario_dirs=None, channel: str | None = None) -> dict[Path, dict]:
    """The grader's result for every transcript the CSV names, each graded once.

    A file the grader cannot read is reported at the first CSV line that names it.
    """
    from trainer import catalog
    from trainer.results import grade_files

    first: dict[Path, Label] = {}
    scenario: dict[Path, str | None] = {}
    for label in labels.rows:
        first.setdefault(label.path, label)
        if label.scenario:
            scenario[label.path] = label.scenario
    groups: dict[str | None, list[Path]] = {}
    for path in first:
        groups.setdefault(scenario.get(path), []).append(path)
    found = catalog.scenarios(scenario_dirs) if any(groups) else None
    graded: dict[Path, dict] = {}
    for scenario_id, paths in groups.items():
        if scenario_id is not None:
            line = next(x.line for x in labels.rows if x.scenario == scenario_id)
            try:
                found.get(scenario_id)
            except TrainerError as exc:
                raise TrainerError(f"{labels.source}:{line}: scenario: {exc}") from None
        for path, result in zip(paths, grade_files(paths, scenario_id, rubric, scenario_dirs, channel, jobs=None), strict=True):
            if "error" in result:
                raise TrainerError(f"{labels.source}:{first[path].line}: transcript: {result['error']}")
            graded[path] = result
    return graded


def calibrate(labels_path: Path, rubric: str | None = None, scenario_dirs=None, channel: str | None = None) -> Calibration:
    """Read the labels, grade every transcript they name, and compare."""
    from trainer import catalog

    model = catalog.load_rubric(rubric or "six-pillars")
    labels = read_labels(Path(labels_path), model)
    return compare(labels, grade_labels(labels, rubric, scenario_dirs, channel), model)
