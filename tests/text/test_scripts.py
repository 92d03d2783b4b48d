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
