"""Scripts of characters: counts by class, as defined one character at a time."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bilingual.text import scripts
from bilingual.text.scripts import HAN, HANGUL, KANA, LATIN, ScriptCounts, script_counts


def _by_character(text: str) -> ScriptCounts:
    """script_counts' definition, one character at a time (the module counts runs of a class instead)."""
    def count(pattern: str) -> int:
        return sum(1 for c in text if re.fullmatch(pattern, c))

    hangul, latin, kana, han = (count(f"[{cls}]") for cls in (HANGUL, LATIN, KANA, HAN))
    letters = count(r"[^\W\d_]")
    return ScriptCounts(hangul, latin, kana, han, max(0, letters - hangul - latin - kana - han))


# Letters of every class side by side, marks and jamo that are not word characters, digits and spaces between them.
_PIECES = ["조태열", "블링컨", "ㅋㅋ", "ᄀ", "\u3164", "\uffa0", "Antony", "Ärger", "ß", "美", "北京", "𠀀", "ひらがな",
           "ｶﾀｶﾅ", "ー", "مرحبا", "Ωμέγα", "\u0301", "2024", "-", " ", "(", "’", "\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_counts_are_the_characters_of_each_class(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert script_counts(text) == _by_character(text)


def test_counts_of_a_mixed_line() -> None:
    assert script_counts("블링컨(Antony Blinken) 美 국무장관") == ScriptCounts(7, 13, 0, 1, 0)
    assert script_counts("Ωμέγα 2024") == ScriptCounts(0, 0, 0, 0, 5)
    assert script_counts("") == ScriptCounts(0, 0, 0, 0, 0)
    assert scripts.has_hangul("ㅋㅋ") and not scripts.has_hangul("Antony 美")


@given(st.lists(st.sampled_from([*_PIECES, "외교부가", "밝혔다.", "“", "·", "_", "\ufa6e", "ＡＢ", "×"]), max_size=12))
def test_syllables_only_means_one_script_at_most(pieces: list[str]) -> None:
    """split_runs takes a text whose only letters are syllables as one run without counting: the counts must agree
    (at most one class of letters, Hangul), and the test must say yes for such text and no when any other letter is
    there."""
    text = "".join(pieces)
    counts = _by_character(text)
    others = [c for c in text if re.fullmatch(f"[{LATIN}{KANA}]|[^\\W\\d_]", c) and not "가" <= c <= "힣"]
    assert scripts.syllables_only(text) == (not others)
    if scripts.syllables_only(text):
        assert counts.latin == counts.kana == counts.other == 0
        assert counts.hangul >= sum(1 for c in text if "가" <= c <= "힣")


def test_syllables_only_on_lines() -> None:
    assert scripts.syllables_only("외교부는 3일 “한미 외교장관 회담(2차)”을 열었다.")
    assert scripts.syllables_only("2024 - ()")
    assert not scripts.syllables_only("블링컨(Antony Blinken) 국무장관")
    assert not scripts.syllables_only("美 국무장관") and not scripts.syllables_only("ㅋㅋ 웃었다")


@given(st.lists(st.sampled_from(["서울", "Seoul", "ㅋㅋ", "東京", "とうきょう", "Москва", "Straße", "2025", " ", ", ",
                                 "ℌ", "ß", "é", "\u1100\u1161"]), max_size=30))
def test_a_long_texts_scripts_are_counted_as_a_short_texts_are(pieces: list[str]) -> None:
    """mem32: past LISTED_LENGTH characters the runs are counted as they are found, not listed: the same counts."""
    text = "".join(pieces)
    listed = script_counts(text)
    original = scripts.LISTED_LENGTH
    scripts.LISTED_LENGTH = -1  # every text "long"
    try:
        assert script_counts(text) == listed
    finally:
        scripts.LISTED_LENGTH = original


def test_a_huge_mixed_line_is_counted_by_script() -> None:
    line = "부산항 Busan port 東京 とうきょう Москва. " * 8000
    assert len(line) > scripts.LISTED_LENGTH
    assert script_counts(line) == ScriptCounts(hangul=3 * 8000, latin=9 * 8000, kana=5 * 8000, han=2 * 8000,
                                               other=6 * 8000)
