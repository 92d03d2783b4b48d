"""Counts of a line's characters by class on its bytes: the same numbers as the patterns they stand for (lines written
for these tests, of shapes the bytes could miscount: other scripts' digits and letters, Unicode spaces and word
characters, control characters, a lone surrogate)."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilingual.text import counts
from bilingual.text.counts import (
    REMEMBERED_LENGTH,
    ascii_letters,
    digits,
    hangul_syllables,
    space_pieces,
    word_runs,
)

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
    assert hangul_syllables(line) == len(re.findall("[가-힣]", line))


def test_every_ascii_character_counts_as_the_patterns_say() -> None:
    every = "".join(map(chr, range(128)))
    for text in (every, " ".join(every), every[::-1]):
        assert word_runs(text) == len(re.findall(r"\w+", text))
        assert ascii_letters(text) == 52 and digits(text) == 10


def test_hangul_syllables_at_the_block_edges_and_beside_jamo() -> None:
    # the first and last syllables, the characters either side of the block, jamo and compatibility jamo
    text = "\uabff\uac00\ud7a3\ud7a4 ㄱㅏ \u1100\u1161 각\u11a8 한\u3000글"
    assert hangul_syllables(text) == len(re.findall("[가-힣]", text)) == 5  # 가, 힣, 각, 한, 글


def test_a_line_counted_again_gives_the_same_counts() -> None:
    """The counts of a short line that is not ASCII are remembered; those of a longer one are not. Either way a
    second count is the first, and both are the patterns'."""
    rng = random.Random(30)
    alphabet = "가나다힣한글 \t,.·-_0１٣abcXYZé\u3131\u1100\u200b"
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(300)]
    lines += ["한 글" * (REMEMBERED_LENGTH // 3 + k) for k in range(3)]  # around and past the longest remembered
    counts._non_ascii_counts.cache_clear()
    for _ in range(2):
        for line in lines:
            assert word_runs(line) == len(re.findall(r"\w+", line))
            assert hangul_syllables(line) == len(re.findall("[가-힣]", line))
    assert counts._non_ascii_counts.cache_info().hits > 0
def test_word_runs_of_a_huge_line_are_counted_as_the_pattern_counts_them() -> None:
    # above 100,000 characters the runs are counted one at a time, not listed: the same number, ASCII or not
    for unit in ("ab_1 c-d, 42 ", "서울 APEC에서 e\u0301t\u00e9 ** ", "x" * 7 + "\t"):
        text = unit * (150_000 // len(unit))
        assert len(text) > 100_000
        assert word_runs(text) == len(re.findall(r"\w+", text))
        assert word_runs(text[:99_999]) == len(re.findall(r"\w+", text[:99_999]))


def test_a_huge_lines_syllables_are_counted_as_for_a_short_one() -> None:
    # above 100,000 characters the Hangul syllables are measured run by run instead of listed: the same count
    unit = "서울에서 APEC 회의가 열렸다. ㅋㅋ 東京 Seoul "
    text = unit * (120_000 // len(unit))
    assert len(text) > 100_000
    expected = sum(1 for ch in text if "가" <= ch <= "힣")
    assert hangul_syllables(text) == expected == hangul_syllables(text[:50_000]) + hangul_syllables(text[50_000:])


@given(st.text(st.sampled_from(list("ab 가\t\u00a0\n")), max_size=60), st.integers(1, 9))
def test_space_pieces_are_the_text_cut_before_spaces(text: str, size: int) -> None:
    pieces = list(space_pieces(text, size))
    assert "".join(pieces) == text
    assert all(pieces)
    for i, piece in enumerate(pieces):
        if i:
            assert piece[0] == " "  # cut just before a space, and only there
        if i + 1 < len(pieces):
            assert len(piece) >= size
            assert " " not in piece[size:]  # cut at the first space past the size
            assert pieces[i + 1][0] == " "


def test_a_pattern_without_spaces_finds_the_same_words_piece_by_piece() -> None:
    line = "Busan's   port-city talks, 부산항에서 e\u0301te\u0301  closed\tlate. " * 400
    words = re.compile(r"[A-Za-z][\w'’-]*|[가-힣]+")
    for size in (1, 5, 64, 1_000, len(line)):
        assert [w for piece in space_pieces(line, size) for w in words.findall(piece)] == words.findall(line)
