"""Tests of bilingual.names.translated_words: a name whose Hangul translates words of the Latin (fx47 branch)."""

import pytest

from bilingual.names.translated_words import FIRST_ONLY, WORDS, translated_cores


def test_a_name_of_translated_words_only_has_empty_cores() -> None:
    assert translated_cores("국제통화기금", "International Monetary Fund") == (
        "", "", "국제 ~ International, 통화 ~ Monetary, 기금 ~ Fund")


def test_a_transcribed_core_is_kept_on_both_sides_in_either_order() -> None:
    assert translated_cores("교도통신", "Kyodo News")[:2] == ("교도", "Kyodo")
    assert translated_cores("베르사유 궁전", "Palace of Versailles")[:2] == ("베르사유", "Versailles")
    assert translated_cores("남수단", "South Sudan")[:2] == ("수단", "Sudan")


@pytest.mark.parametrize(("hangul", "latin"), [
    ("세계은행", "Citibank"),               # no English word of the table
    ("은행", "Bank"),                       # one translated word alone is a common noun
    ("수단남", "South Sudan"),              # a compass word only at the start
    ("당나귀", "Party Donkey"),             # a word of one syllable other than a compass word only at the end
    ("국제통화기금", "Cup International Fund Bank"),  # the Latin's core in pieces (Cup, Bank)
])
def test_what_is_not_read_as_translated(hangul: str, latin: str) -> None:
    assert translated_cores(hangul, latin) is None


def test_a_word_the_latin_lacks_is_left_in_the_core_for_the_spelling_to_judge() -> None:
    assert translated_cores("세계은행", "World Bank Group")[:2] == ("은행", "Bank Group")
    assert translated_cores("국제통화기금", "International Fund")[:2] == ("국제통화", "International")


def test_the_table_is_well_formed() -> None:
    for korean, english, example in WORDS:
        assert korean and all("\uac00" <= c <= "\ud7a3" for c in korean)
        assert english and all(p == p.casefold().strip() for p in english)
        assert example
    assert all(len(w) == 1 for w in FIRST_ONLY)
