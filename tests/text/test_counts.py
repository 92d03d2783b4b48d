"""Counts of a line's characters by class on its bytes: the same numbers as the patterns they stand for (lines written
for these tests, of shapes the bytes could miscount: other scripts' digits and letters, Unicode spaces and word
characters, control characters, a lone surrogate)."""

from __future__ import annotations

import re

import pytest

from bilingual.text.counts import ascii_letters, digits, word_runs

_LINES = [
    "", "   ", "__", "-_-", "a", "Cargo_7 left berth 12 at 06:40.", "it's x-ray-ish; 3.5% (approx.)",
    "\x00\x01ctrl\x7f chars\x1e\x1fseparated", "tab\tnew\nline\rcarriage\x0bv\x0cf", "naïve café, crème brûlée 4",
    "Ünïcödé Straße ß ẞ", "٣ ٤ arabic digits ٥٦", "ｆｕｌｌｗｉｄｔｈ １２３ ａｂｃ", "항구에 배 3척이 들어왔다",
    "한글ABC123def",
    "Ωμέγα 99 αλφα", "ʻokina and ˈstress", "x\u200by zero width", "nbsp\u00a0here\u2009thin", "emoji 🚢 boat 2",
    "lone \udc80 surrogate 5", "K Kelvin ſ long s", "١٢٣abc٤٥٦", "_under_score_ words_", "𝟘𝟙𝟚 math digits",
]


@pytest.mark.parametrize("line", _LINES)
def test_the_counts_are_the_patterns(line: str) -> None:
    assert word_runs(line) == len(re.findall(r"\w+", line))
    assert ascii_letters(line) == len(re.findall("[A-Za-z]", line))
    assert digits(line) == len(re.findall(r"\d", line))


def test_every_ascii_character_counts_as_the_patterns_say() -> None:
    every = "".join(map(chr, range(128)))
    for text in (every, " ".join(every), every[::-1]):
        assert word_runs(text) == len(re.findall(r"\w+", text))
        assert ascii_letters(text) == 52 and digits(text) == 10


def test_word_runs_of_a_huge_line_are_counted_as_the_pattern_counts_them() -> None:
    # above 100,000 characters the runs are counted one at a time, not listed: the same number, ASCII or not
    for unit in ("ab_1 c-d, 42 ", "서울 APEC에서 e\u0301t\u00e9 ** ", "x" * 7 + "\t"):
        text = unit * (150_000 // len(unit))
        assert len(text) > 100_000
        assert word_runs(text) == len(re.findall(r"\w+", text))
        assert word_runs(text[:99_999]) == len(re.findall(r"\w+", text[:99_999]))
