"""The report writers: the same findings in JSON, CSV and HTML; input escaped; the HTML page in a real browser."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES

from bilingual import Review, review, review_pairs
from bilingual.formats.bitext import read_bilingual_file
from bilingual.formats.report import csv_cell, render_html, write_csv, write_json


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
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
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


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
REQUIRED = os.environ.get("BILINGUAL_BROWSER_TESTS") == "1"  # set by .ci/run, which installs chromium


@pytest.mark.skipif(not (BROWSER and DRIVER) and not REQUIRED, reason="chromium and chromedriver are not installed")
def test_report_in_a_headless_browser(example: Review, tmp_path: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    page = tmp_path / "report.html"
    page.write_text(render_html(example), encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER or "/usr/bin/chromedriver"), options=options)
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
