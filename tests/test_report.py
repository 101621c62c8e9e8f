"""The manager's report, read as a manager would: the figures, the verdicts, the coach's changes,
and a real browser drawing the page (not only the HTML text)."""

from __future__ import annotations

import html
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser

import pytest

from trainer.history.records import Override, SessionRecord
from trainer.history.report import html_report, markdown_report, sparkline

PILLARS = [
    ("responsiveness", "Responsiveness & Efficiency"),
    ("empathy", "Empathy & Understanding"),
    ("knowledge", "Knowledge & Competence"),
    ("professionalism", "Professionalism & Attitude"),
    ("personalization", "Personalization & Going the Extra Mile"),
    ("reliability", "Reliability & Consistency"),
]
HOSTILE = "<script>alert(1)</script>"
GENERATED = "2024-06-03 09:00 UTC"


def conversation(trainee, at, subject, overall, scores, **extra):
    return SessionRecord(trainee=trainee, kind="conversation", subject=subject, at=at, engine="rules",
                         rubric_hash="abc123", overall=overall, scores=dict(zip([p for p, _ in PILLARS], scores, strict=True)),
                         **extra)


def history() -> list[SessionRecord]:
    """Two trainees: Alex with practice, a failed official attempt (a flag), an overridden pass and an
    interview answer; Blair with two plain practice sessions."""
    alex = [
        conversation(
            "Alex Rivera", "2024-05-01T10:00:00+00:00", "damaged-birthday-gift", 58, [60, 55, 62, 70, None, 50],
            outcome="resolved", hints=2, difficulty=4, id=1,
            strengths=[{"pillar": "empathy", "criterion": "emotional-reaction", "text": "Acknowledged how Dana felt.",
                        "turn": 2, "quote": "I'm so sorry the music box arrived broken."}],
            improvements=[{"pillar": "reliability", "criterion": "follow-up", "text": "No follow-up was set.",
                           "turn": 5, "quote": f"I will look into it {HOSTILE}",
                           "better": "Say when you will call back: \"I'll ring you by 4 pm today.\""}],
        ),
        conversation(
            "Alex Rivera", "2024-05-08T14:30:00+00:00", "angry-repeat-caller", 30, [40, 35, 45, 20, 30, 25],
            outcome="abandoned", official=True, pass_mark=70, flags=["blames-customer"], id=2,
            improvements=[{"pillar": "reliability", "criterion": "follow-up", "text": "No follow-up again.",
                           "turn": 3, "quote": "Someone should get back to you at some point."}],
        ),
        conversation(
            "Alex Rivera", "2024-05-15T09:15:00+00:00", "billing-double-charge", 66, [75, 70, 80, 85, 65, 72],
            outcome="resolved", official=True, pass_mark=70, id=3,
            strengths=[{"pillar": "empathy", "criterion": "emotional-reaction", "text": "Named the worry about rent.",
                        "turn": 1, "quote": "Being charged twice right before rent is stressful, I understand."}],
            overrides=[Override(session_id=3, pillar="overall", score=74, coach="Sam Okafor",
                                reason="The refund was correct; the grader missed the callback.",
                                at="2024-05-16T08:00:00+00:00", id=1)],
        ),
        SessionRecord(trainee="Alex Rivera", kind="interview", subject="good-service-meaning",
                      at="2024-05-20T12:00:00+00:00", engine="rules", rubric_hash="def456", overall=64,
                      scores={"structure": 70, "example": 60, "qualities": 65, "perspective": 55, "fit": None,
                              "delivery": 72}, id=4),
    ]
    blair = [
        conversation("Blair Chen", "2024-05-02T11:00:00+00:00", "late-takeaway-order", 81, [85, 80, 78, 90, 70, 82],
                     outcome="resolved", id=5),
        conversation("Blair Chen", "2024-05-09T11:00:00+00:00", "software-outage", 77, [70, 75, 82, 88, 60, 80],
                     outcome="unfinished", id=6),
    ]
    return alex + blair


def test_sparkline_uses_a_fixed_scale_and_marks_gaps():
    assert sparkline([0, 50, 100, None]) == "▁▄█·"
    assert sparkline([]) == ""


def text_of(fragment: str) -> str:
    """What a reader sees: tags dropped, whitespace folded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_summary_figures_a_manager_reads_first():
    page = html_report(history(), PILLARS, "Team report", GENERATED)
    assert "Trainees at a glance" in page and "Generated 2024-06-03 09:00 UTC" in page
    alex = text_of(page.split('id="trainee-1-summary"')[1].split("</section>")[0])
    assert "Sessions 4 3 conversations 1 interview answer" in alex
    assert "Official attempts 1 passed / 1 failed" in alex  # the coach's 74 turns the 66 into a pass
    assert "Latest overall 64 good-service-meaning" in alex
    assert "Average overall 56 conversations 54 interviews 64" in alex
    assert "Flags 1 in 1 session 2 hints asked for" in alex
    blair = text_of(page.split('id="trainee-2-summary"')[1].split("</section>")[0])
    assert "Official attempts — none yet" in blair


def test_a_failed_official_attempt_says_fail():
    page = html_report(history(), PILLARS, "Team report", GENERATED)
    row = next(r for r in re.findall(r"<tr class=\"session[^\"]*\">.*?</tr>", page) if "angry-repeat-caller" in r)
    assert "FAIL" in row and "Official" in row and "Blames customer" in row
    md = markdown_report(history(), PILLARS, "Team report", GENERATED)
    md_row = next(line for line in md.splitlines() if "angry-repeat-caller" in line and "Official" in line)
    assert "**FAIL**" in md_row


def test_an_override_shows_both_scores_the_coach_and_the_reason():
    page = html_report(history(), PILLARS, "Team report", GENERATED)
    overrides = page.split("Coach overrides</h3>")[1].split("</section>")[0]
    assert ">66<" in overrides and ">74<" in overrides
    assert "Sam Okafor" in overrides
    assert "The refund was correct; the grader missed the callback." in overrides
    row = next(r for r in re.findall(r"<tr class=\"session[^\"]*\">.*?</tr>", page) if "billing-double-charge" in r)
    assert ">66<" in row and "coach 74" in row and "PASS" in row
    md = markdown_report(history(), PILLARS, "Team report", GENERATED)
    assert "| billing-double-charge (2024-05-15 09:15) | Overall | 66 | 74 | Sam Okafor |" in md
    assert "66 → coach 74 (Sam Okafor)" in md


def test_trainee_words_are_text_never_markup():
    page = html_report(history(), PILLARS, "<b>Team</b>", GENERATED)
    assert HOSTILE not in page and "<b>Team</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()
    md = markdown_report(history(), PILLARS, "Team", GENERATED)
    assert HOSTILE not in md and r"\<script\>alert(1)\</script\>" in md


def test_strengths_and_improvements_are_grouped_with_counts_and_quotes():
    page = html_report(history(), PILLARS, "Team report", GENERATED)
    improvements = page.split("Recurring improvements</h3>")[1].split("</section>")[0]
    assert "Follow up" in improvements and "2 sessions" in improvements
    assert "Someone should get back to you at some point." in improvements and "Turn 3" in improvements
    assert "I&#x27;ll ring you by 4 pm today." in improvements
    strengths = page.split("Strengths</h3>")[1].split("</section>")[0]
    assert "Emotional reaction" in strengths and "Empathy &amp; Understanding" in strengths
    assert "Being charged twice right before rent is stressful" in strengths


def test_interview_answers_get_their_own_table_not_the_chart():
    page = html_report(history(), PILLARS, "Team report", GENERATED)
    interviews = page.split("Interview answers</h3>")[1].split("</section>")[0]
    assert "good-service-meaning" in interviews and "Structure" in interviews and "n/a" in interviews
    names = {"structure": "Structure", "fit": "Fit with the company"}
    assert "Fit with the company" in html_report(history(), PILLARS, "Team report", GENERATED, criteria=names)
    alex_chart = re.search(r'<svg class="chart".*?</svg>', page, re.S).group(0)
    assert "3 conversations" in alex_chart and "good-service-meaning" not in alex_chart


def test_flags_are_counted():
    page = html_report(history(), PILLARS, "Team report", GENERATED, flags={"blames-customer": "Blames the customer"})
    flags = page.split("Flags</h3>")[1].split("</section>")[0]
    assert "Blames the customer" in flags and '<td class="num">1</td>' in flags
    assert "No flags recorded." in page  # Blair has none


def test_markdown_carries_the_same_content():
    md = markdown_report(history(), PILLARS, "Team report", GENERATED)
    for text in ("## Alex Rivera", "## Blair Chen", "### Pillar scores over time", "### Sessions",
                 "### Interview answers", "### Official attempts", "### Strengths", "### Recurring improvements",
                 "### Flags", "### Coach overrides", "**1 of 2 marked attempts** passed."):
        assert text in md
    empathy = next(line for line in md.splitlines() if line.startswith("| Empathy & Understanding"))
    assert "`▅▃▆`" in empathy
    personal = next(line for line in md.splitlines() if line.startswith("| Personalization"))
    assert "`·▃▆`" in personal


def test_the_page_needs_nothing_from_outside():
    page = html_report(history(), PILLARS, "Team report", GENERATED)
    for outside in ("http:", "https:", "src=", "<link", "@import", "url("):
        assert outside not in page
    assert "@media print" in page and "@page" in page


def test_an_empty_history_says_there_is_nothing_yet():
    page = html_report([], PILLARS, "Team report", GENERATED)
    assert "Nothing to report yet" in page and "<svg" not in page
    assert "Nothing to report yet" in markdown_report([], PILLARS, "Team report", GENERATED)


# --------------------------------------------------------------------------------------------
# In a real browser.


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        pytest.skip("no Chromium or Chrome on PATH: the report's rendering test needs a headless browser "
                    "(apt-get install chromium)")
    return found


def _chromium(browser, tmp_path, *args) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars", f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


class _Dom(HTMLParser):
    """The parts of the dumped DOM the test counts."""

    def __init__(self):
        super().__init__()
        self.chart_paths: list[list[str]] = []
        self.session_rows: dict[str, int] = {}
        self.scripts = 0
        self.texts: list[str] = []
        self._in_chart = False
        self._table: str | None = None
        self._in_body = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        elif tag == "svg" and "chart" in classes:
            self._in_chart = True
            self.chart_paths.append([])
        elif tag == "path" and self._in_chart:
            self.chart_paths[-1].append(attrs.get("data-pillar") or "")
        elif tag == "table" and "sessions" in classes:
            self._table = attrs.get("data-trainee")
            self.session_rows[self._table] = 0
        elif tag == "tbody" and self._table is not None:
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.session_rows[self._table] += 1

    def handle_endtag(self, tag):
        if tag == "svg":
            self._in_chart = False
        elif tag == "tbody":
            self._in_body = False
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        self.texts.append(data)


def _png_pixels(data: bytes) -> tuple[int, int, set[tuple[int, ...]]]:
    """Width, height and the distinct colours of an 8-bit RGB or RGBA PNG, decoded with zlib and struct."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, bytearray(), None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, header
    bpp = 4 if colour_type == 6 else 3
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    previous = bytearray(stride)
    colours: set[tuple[int, ...]] = set()
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                row[i] = (row[i] + row[i - bpp]) & 255
        elif kind == 2:
            row = bytearray((a + b) & 255 for a, b in zip(row, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                row[i] = (row[i] + ((row[i - bpp] if i >= bpp else 0) + previous[i]) // 2) & 255
        elif kind == 4:
            for i in range(stride):
                a = row[i - bpp] if i >= bpp else 0
                b, c = previous[i], (previous[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(zip(row[0::bpp], row[1::bpp], row[2::bpp], strict=True))
        previous = row
    return width, height, colours


def test_the_page_renders_in_a_headless_browser(tmp_path):
    browser = _browser()
    records = [r for r in history() if r.trainee == "Alex Rivera"] + history()[4:]
    page = tmp_path / "report.html"
    page.write_text(html_report(records, PILLARS, "Team report", GENERATED), encoding="utf-8")
    url = page.resolve().as_uri()

    dumped = _chromium(browser, tmp_path, "--dump-dom", url)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = _Dom()
    dom.feed(dumped.stdout)
    assert dom.scripts == 0, "a trainee's <script> became an element"
    assert any(HOSTILE in text for text in dom.texts), "the quoted <script> should be visible text"
    assert len(dom.chart_paths) == 2  # one chart per trainee
    for paths in dom.chart_paths:
        assert paths == [p for p, _ in PILLARS]  # one line per pillar, in order
    assert dom.session_rows == {"Alex Rivera": 4, "Blair Chen": 2}

    shot = tmp_path / "shot.png"
    drawn = _chromium(browser, tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", url)
    assert drawn.returncode == 0, drawn.stderr[-2000:]
    assert shot.exists(), drawn.stderr[-2000:]
    width, height, colours = _png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 1600)
    assert len(colours) > 50, "the screenshot looks blank"
    palette = [(0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00), (0x00, 0x9E, 0x73), (0xCC, 0x79, 0xA7), (0xE6, 0x9F, 0x00)]

    def near(target):
        return any(sum(abs(a - b) for a, b in zip(c, target, strict=True)) < 24 for c in colours)

    assert sum(near(c) for c in palette) >= 4, "the pillar lines' colours are missing from the screenshot"
