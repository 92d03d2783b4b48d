"""The report writers: the same findings in JSON, CSV and HTML; input escaped; the HTML page in a real browser."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES

from bilingual import Review, review, review_pairs
from bilingual.document import SEVERITY
from bilingual.formats.bitext import read_bilingual_file
from bilingual.formats.report import csv_cell, render_html, write_csv, write_json
from bilingual.qa.result import SegmentRef


@pytest.fixture(scope="module")
def example() -> Review:
    source = (FIXTURES / "review" / "example.ko").read_text(encoding="utf-8")
    target = (FIXTURES / "review" / "example.en").read_text(encoding="utf-8")
    return review(source, target)


def test_the_three_outputs_agree(example: Review) -> None:
    out = io.StringIO()
    write_json(example, out)
    data = json.loads(out.getvalue())
    assert len(data["findings"]) == len(example.findings) and data["counts"] == example.counts()
    assert Review.model_validate({k: v for k, v in data.items() if k != "counts"}) == example
    out = io.StringIO()
    write_csv(example, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(int(r["pair"]), r["code"]) for r in rows] == [(f.pair, f.code) for f in example.findings]
    page = render_html(example)
    assert page.count('class="finding ') == len(example.findings)


def test_input_is_escaped() -> None:
    result = review_pairs(read_bilingual_file(FIXTURES / "review" / "example.xlf").pairs)
    page = render_html(result, title="<b>title</b>")
    # the placeholder check highlights the tag (its own markup around the escaped text)
    assert any(f.code == "placeholder-mismatch" for f in result.findings)
    text = re.sub(r'<a class="hit [^"]+"[^>]*>|</a>|<span id="[st]-\d+"></span>', "", page)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>title</b>" not in page
    assert page.count("<script>") == 1  # the report's own


def test_unknown_people_share_a_colour_when_their_names_correspond() -> None:
    result = review_pairs([("김천식 차관이 말했다.", "Vice Minister Kim Chun-sik said.")])
    page = render_html(result)
    keys = re.findall(r'data-entity="([^"]+)"', page)
    assert len(keys) == 2 and keys[0] == keys[1]


def test_entities_share_a_colour_on_both_sides(example: Review) -> None:
    page = render_html(example)
    mark = re.compile(r'<mark style="background:(#[0-9a-f]{6})" data-entity="([^"]+)"')
    assert "antony-blinken" in {key for _, key in mark.findall(page)}
    # within each pair, one colour per entity on both sides, and different entities in different colours
    sections = page.split('<section class="pair"')[1:]
    assert len(sections) == len(example.pairs)
    for section in sections:
        found = mark.findall(section)
        colour_of = {key: colour for colour, key in found}
        assert all(colour_of[key] == colour for colour, key in found)
        assert len(set(colour_of.values())) == len(colour_of)
    # the Blinken of the first pair is marked on both sides, in one colour
    blinken = [colour for colour, key in mark.findall(sections[0]) if key == "antony-blinken"]
    assert len(blinken) == 2 and len(set(blinken)) == 1


def _section(page: str, index: int) -> str:
    return page.split(f'id="pair-{index}"')[1].split("</section>")[0]


def _side(section: str, side: str) -> str:
    return section.split(f'<div class="side {side}"')[1].split("</div>")[0]


def _hit_text(side_html: str, number: int) -> str:
    """The text of the highlighted pieces of a side that belong to finding ``number``, joined."""
    pieces = re.findall(r'<a class="hit [a-z]+" href="#finding-\d+" data-findings="([\d ]+)"[^>]*>(.*?)</a>', side_html)
    return "".join(html.unescape(re.sub(r"<[^>]+>", "", text)) for numbers, text in pieces
                   if str(number) in numbers.split())


def test_findings_sorted_by_severity_and_their_spans_highlighted_and_linked() -> None:
    pairs = [("조태열 장관이 2024년 9일 방한했다.", "Minister Cho Tae-yong  arrived on the 10th in 2024. "),
             ("회의는 (서울에서) 열렸다.", "The meeting was held (in Seoul."),
             ("괜찮다.", "Fine.")]
    result = review_pairs(pairs)
    page = render_html(result)
    ranks = {"error": 0, "warning": 1, "info": 2}
    for pair in result.pairs:
        section = _section(page, pair.index)
        shown = re.findall(r'<li class="finding ([a-z]+)" id="finding-(\d+)"', section)
        assert sorted(int(n) for _, n in shown) == [k for k, f in enumerate(result.findings) if f.pair == pair.index]
        assert [ranks[s] for s, _ in shown] == sorted(ranks[s] for s, _ in shown)
    # the first pair has an info (spacing) finding before its errors in the review, and after them in the report
    first = [f.severity for f in result.findings if f.pair == 0]
    assert "info" in first and "error" in first
    for number, f in enumerate(result.findings):
        pair = result.pairs[f.pair]
        section = _section(page, f.pair)
        for side, span, text in (("source", f.source_span, pair.source), ("target", f.target_span, pair.target)):
            anchor = f'id="{side[0]}-{number}"'
            if span is None:
                assert anchor not in section and f'href="#{side[0]}-{number}"' not in section
                continue
            # the exact span is highlighted, linking to the finding, and the finding links to it
            assert _hit_text(_side(section, side), number) == text[span[0]:span[1]]
            assert anchor in _side(section, side) and f'href="#{side[0]}-{number}"' in section
    assert any(f.code == "unpaired-mark" and f.target_span for f in result.findings)


def test_layout_headings_chart_fonts_and_figures_as_written() -> None:
    result = review_pairs([("2024년 1,500명이 모였다.", "In 2024, 1,600 people gathered."),
                           ("2024년 9일 방한했다.", "He arrived on the 10th of 2024.")],
                          ids=[SegmentRef("a.docx", "u-17", "1"), SegmentRef("a.docx", "u-18", "1")])
    page = render_html(result)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert re.search(r"@media \(max-width:\d+px\)\{[^}]*\}?\.pair,\.columns\{grid-template-columns:1fr", page)
    assert re.findall(r'<div role="columnheader">([^<]+)</div>', page) == ["Source (ko)", "Translation (en)",
                                                                            "Findings"]
    for font in ('"Noto Sans CJK KR"', '"Noto Sans KR"'):
        assert font in page.split("<style>")[1].split("</style>")[0]
    assert "2,024" not in page and "2024" in page and "1,600" in page
    assert "unit u-17, segment 1" in _section(page, 0) and "unit u-18" in _section(page, 1)
    # the chart: one bar a code, its width proportional to the count
    counts = result.counts()
    bars = dict(re.findall(r'data-bar="([a-z-]+)" style="width:([\d.]+)%"', page))
    top = max(counts.get(code, 0) for code in bars)
    assert set(bars) == set(SEVERITY) and top > 0
    assert all(abs(float(bars[code]) - 100 * counts.get(code, 0) / top) < 0.1 for code in bars)


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
REQUIRED = os.environ.get("BILINGUAL_BROWSER_TESTS") == "1"  # set by .ci/run, which installs chromium


def _chrome(tmp_path: Path, *flags: str, logs: bool = False) -> Any:
    """A headless Debian chromium driven by chromedriver, with its profile in ``tmp_path`` (the browser tests)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 *flags, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    if logs:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(DRIVER or "/usr/bin/chromedriver"), options=options)


@pytest.mark.skipif(not (BROWSER and DRIVER) and not REQUIRED, reason="chromium and chromedriver are not installed")
def test_report_in_a_headless_browser(example: Review, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page = tmp_path / "report.html"
    page.write_text(render_html(example), encoding="utf-8")
    driver = _chrome(tmp_path, logs=True)
    try:
        driver.get(page.as_uri())
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []

        def visible(selector: str) -> int:
            return sum(1 for e in driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed())

        total = len(example.findings)
        assert visible(".finding") == total
        assert driver.find_element(By.ID, "visible-count").text == str(total)
        driver.find_element(By.CSS_SELECTOR, 'input[data-severity="error"]').click()
        errors_ = sum(f.severity == "error" for f in example.findings)
        assert visible(".finding") == total - errors_
        assert driver.find_element(By.ID, "visible-count").text == str(total - errors_)
        driver.find_element(By.CSS_SELECTOR, 'input[data-code="omission"]').click()
        omissions = sum(f.code == "omission" and f.severity != "error" for f in example.findings)
        assert visible(".finding") == total - errors_ - omissions
        pairs_with = {f.pair for f in example.findings if f.severity != "error" and f.code != "omission"}
        assert visible(".pair") == len(pairs_with)
        driver.find_element(By.ID, "show-clean").click()
        clean = sum(1 for p in example.pairs if not any(f.pair == p.index for f in example.findings))
        assert visible(".pair") == len(pairs_with) + clean
        search = driver.find_element(By.ID, "search")
        search.send_keys("Blinken")
        shown = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".pair") if e.is_displayed()]
        assert shown and all("Blinken" in text for text in shown)
        assert len(shown) == sum(1 for p in example.pairs if "Blinken" in p.source + p.target)
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        driver.quit()


GLYPHS = """
return (function (side) {
  // each string in a span inside a Korean column, as the report's style renders it; returns the spans
  var out = [];
  ['가', '힣', '뷁', '\u0378', '\u0379', 'Q'].forEach(function (text) {
    var span = document.createElement('span');
    span.className = 'glyph-probe';
    span.style.fontSize = '40px';
    span.textContent = text;
    side.appendChild(span);
    out.push(span);
  });
  return out;
})(arguments[0]);
"""


@pytest.mark.skipif(not (BROWSER and DRIVER) and not REQUIRED, reason="chromium and chromedriver are not installed")
def test_report_layout_and_hangul_glyphs_in_a_headless_browser(example: Review, tmp_path: Path) -> None:
    """Screenshots at 1400 and 400 px: side by side, then stacked; Hangul drawn with real glyphs, not tofu.

    Tofu is the missing-glyph box: every character without a glyph is drawn as the same box. So two unassigned
    code points (U+0378, U+0379) must look alike (the check can see tofu), and each Hangul syllable must look
    unlike them and unlike the other syllables."""
    from selenium.webdriver.common.by import By

    page = tmp_path / "report.html"
    page.write_text(render_html(example), encoding="utf-8")
    driver = _chrome(tmp_path, "--hide-scrollbars")
    try:
        driver.get(page.as_uri())
        for width, stacked in ((1400, False), (400, True)):
            driver.set_window_size(width, 1000)
            inner = driver.execute_script("return window.innerWidth")
            assert abs(inner - width) <= 20
            shot = tmp_path / f"report-{width}.png"
            assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 1000
            source = driver.find_element(By.CSS_SELECTOR, "#pair-0 .side.source").rect
            target = driver.find_element(By.CSS_SELECTOR, "#pair-0 .side.target").rect
            if stacked:  # one column: the translation below the source, each as wide as the page allows
                assert target["y"] >= source["y"] + source["height"] - 1 and abs(target["x"] - source["x"]) < 2
                assert source["width"] > 0.8 * (inner - 40)
                assert not driver.find_element(By.CSS_SELECTOR, ".columns").is_displayed()
            else:  # three columns under their headings
                assert abs(target["y"] - source["y"]) < 2 and target["x"] > source["x"] + source["width"]
                headings = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".columns [role=columnheader]")]
                assert headings == ["Source (ko)", "Translation (en)", "Findings"]
            page_width = driver.execute_script("return document.documentElement.scrollWidth")
            assert page_width <= inner + 1  # nothing wider than the window
        side = driver.find_element(By.CSS_SELECTOR, "#pair-0 .side.source")
        assert side.get_attribute("lang") == "ko"
        probes = driver.execute_script(GLYPHS, side)
        images = [hashlib.sha256(p.screenshot_as_png).hexdigest() for p in probes]
        widths = [p.rect["width"] for p in probes]
        hangul, tofu, latin = images[:3], images[3:5], images[5]
        assert tofu[0] == tofu[1], "two characters without a glyph should be drawn alike (the same box)"
        assert latin != tofu[0]
        assert len(set(hangul)) == 3, "Hangul syllables drawn alike: tofu"
        assert all(h != tofu[0] for h in hangul), "a Hangul syllable drawn as the missing-glyph box"
        assert widths[0] > 0 and widths[0] == widths[1] == widths[2]  # a CJK font: syllables of one width
    finally:
        driver.quit()


def test_every_output_names_file_unit_and_segment() -> None:
    bitext = read_bilingual_file(FIXTURES / "xliff" / "trados-briefing.sdlxliff")
    result = review_pairs(bitext.pairs, ids=bitext.refs())
    omission = next(f for f in result.findings if f.code == "omission")
    pair = result.pairs[omission.pair]
    assert (pair.unit, pair.segment, pair.state) == ("a1f0c2d3-0000-4a1b-9c8d-000000000003", "3", "Draft")
    assert pair.file is not None and pair.file.endswith("press_0311.docx")
    out = io.StringIO()
    write_json(result, out)
    assert json.loads(out.getvalue())["pairs"][omission.pair]["segment"] == "3"
    out = io.StringIO()
    write_csv(result, out)
    row = next(r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["code"] == "omission")
    assert (row["unit"], row["segment"], row["state"]) == (pair.unit, "3", "Draft") and row["file"] == pair.file
    page = render_html(result)
    section = page.split(f'id="pair-{omission.pair}"')[1].split("</section>")[0]
    assert f"unit {pair.unit}, segment 3" in section and 'data-ref="file ' in section
    assert 'id="search"' in page


def test_csv_neutralizes_formula_cells_and_json_keeps_the_text() -> None:
    assert [csv_cell(v) for v in ("\rx", "=1", 3, "plain", "")] == ["'\rx", "'=1", 3, "plain", ""]
    hostile = ['=HYPERLINK("http://x","y")', "+SUM(A1)", "-2+3", "@cmd", "\tx"]
    pairs = [("조태열 장관이 만났다.", h) for h in hostile]
    result = review_pairs(pairs)
    out = io.StringIO()
    write_csv(result, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    targets = {r["target"] for r in rows}
    assert targets and all(t.startswith("'") for t in targets)
    assert {t[1:] for t in targets} <= set(hostile)
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values() if v)
    out = io.StringIO()
    write_json(result, out)
    assert [p["target"] for p in json.loads(out.getvalue())["pairs"]] == hostile
