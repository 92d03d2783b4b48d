"""Duplicate keys and near-duplicate search (bilingual.page.duplicates)."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bilingual.page.duplicates import duplicate_key, find_duplicates


def _key_by_definition(text: str) -> str:
    """Width and case folded, then the runs of letters and digits joined by one space (punctuation, spacing,
    underscores and every other character dropped)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(run) for alnum, run in itertools.groupby(folded, str.isalnum) if alnum)


@given(st.text(st.sampled_from(list("aZ09 _-.,'’\t\n\x1c\u00a0\u2028\u200bÅß가각ＡＢ①½ǅİﬁ!?")), max_size=40))
def test_duplicate_key_is_its_definition(text: str) -> None:
    assert duplicate_key(text) == _key_by_definition(text)


@given(st.text(st.characters(max_codepoint=127), max_size=60))
def test_duplicate_key_is_its_definition_on_ascii_text(text: str) -> None:
    # an ASCII text is folded by a byte table (perf30): every ASCII character, controls and separators included
    assert duplicate_key(text) == _key_by_definition(text)


def test_duplicate_key_of_every_ascii_character() -> None:
    every = "".join(map(chr, range(128)))
    for text in (every, " ".join(every), every[::-1], every.upper()):
        assert duplicate_key(text) == _key_by_definition(text)


@given(st.text(max_size=40))
def test_duplicate_key_is_its_definition_on_any_text(text: str) -> None:
    assert duplicate_key(text) == _key_by_definition(text)


def test_duplicate_keys_fold_case_width_and_punctuation() -> None:
    assert duplicate_key("  Cho met Blinken on Thursday's sidelines. ") == "cho met blinken on thursday s sidelines"
    assert duplicate_key("ＭＥＮＵ_Home") == duplicate_key("menu home") == "menu home"
    assert find_duplicates(["Home | News", "home news", "Home", "ＨＯＭＥ"]) == [None, 0, None, 2]
