"""An acronym in capitals read by its letters' names (fx23 branch); acronyms and names of our own."""

from __future__ import annotations

import pytest

from bilingual.names.acronyms import (
    initials,
    is_acronym,
    letter_names,
    spelled_by_initials,
    spelled_by_letter_names,
    unpronounceable,
)
from bilingual.names.similarity import name_similarity


@pytest.mark.parametrize(("hangul", "latin"), [
    ("큐아르티", "QRT"), ("큐알티", "QRT"), ("피지케이", "PZK"), ("티비더블유", "TBW"), ("티비 더블류", "TBW"),
    ("에이엘엠", "ALM"), ("브이케이에스", "VKS"), ("비케이에스", "VKS"), ("씨제트", "CZ"),
])
def test_letters_read_by_their_names_are_the_same_name(hangul: str, latin: str) -> None:
    for a, b in ((hangul, latin), (latin, hangul)):
        fit = name_similarity(a, b)
        assert fit.verdict == "same" and fit.score == 1.0
        assert "letters' names" in fit.reasons[0]


@pytest.mark.parametrize(("hangul", "latin"), [("다거", "DGR"), ("보크", "BKR"), ("토빈", "TBN")])
def test_a_word_invented_around_an_acronym_without_vowels_is_no_fit(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict != "same" and fit.score <= 0.2
    assert fit.reasons[0].startswith("acronym without a vowel")


def test_a_near_reading_of_the_letters_stays_below_same() -> None:
    fit = name_similarity("피지케", "PZK")  # the last letter's name cut short
    assert fit.verdict != "same" and fit.score <= 0.6


def test_an_acronym_with_vowels_is_also_read_as_a_word() -> None:
    assert name_similarity("다모", "DAMO").verdict == "same"  # transcribed, as a word
    assert name_similarity("디에이엠오", "DAMO").verdict == "same"  # by its letters' names
    assert name_similarity("다모", "DAMO").reasons[0].startswith("foreign name transcribed")


@pytest.mark.parametrize("latin", ["Dgr", "D", "DGRTBNK", "D-G", "dgr"])
def test_only_a_word_of_two_to_six_capitals_is_an_acronym(latin: str) -> None:
    assert not is_acronym(latin)
    assert letter_names(latin) == ""
    assert not spelled_by_letter_names("디지아르", latin)


def test_letter_names_and_vowels() -> None:
    assert letter_names("TBW") == "티비더블유"
    assert unpronounceable("TBW") and unpronounceable("BYX") and not unpronounceable("TAB")
    assert is_acronym(" QRT ") and spelled_by_letter_names("큐아르티", " QRT ")


def test_korean_names_in_capitals_are_untouched() -> None:
    # an official family name in capitals has a vowel and is part of a longer name: read as before
    assert name_similarity("하태경", "HA Tae Keung").reasons[0] == "Korean name romanized (learned table)"
    assert name_similarity("노", "NO").reasons[0] != "acronym read by its letters' names: NO ~ 노"
    assert name_similarity("노", "NO").verdict == "same"


def test_bad_input_still_scores_zero() -> None:
    assert name_similarity("", "QRT").score == 0.0
    assert name_similarity("큐아르티", "Q1T").verdict == "different"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("아이비엠", "International Business Machines"), ("시엔엔", "Cable News Network"),
    ("비비씨", "British Broadcasting Corporation"),
])
def test_initials_of_a_name_of_words_read_by_their_letters_names_are_the_same_name(hangul: str, latin: str) -> None:
    for a, b in ((hangul, latin), (latin, hangul)):
        fit = name_similarity(a, b)
        assert fit.verdict == "same" and fit.score == 1.0
        assert fit.reasons[0].startswith("initials read by their letters' names")


def test_initials_only_of_capitalized_words_of_four_letters_and_not_for_a_person() -> None:
    assert initials("Cable News Network") == "CNN" and initials("Bank of Korea") == "BK"
    assert initials("Lee Gyu") == "" and initials("cable news network") == "" and initials("Network") == ""
    assert initials("Jean-Paul Network") == "" and initials("CNN") == ""
    assert not spelled_by_initials("엘지", "Lee Gyu")
    assert name_similarity("엘지", "Lee Gyu").verdict != "same"
    assert name_similarity("피제이", "Paul Johnson", kind="person").verdict != "same"
    assert name_similarity("시엔", "Cable News Network").verdict != "same"  # a letter left unread


def test_a_hangul_shaped_as_a_korean_name_is_not_read_as_initials() -> None:
    assert spelled_by_initials("유지", "Uffizi Gallery")  # U G read 유 지 ...
    assert name_similarity("유지", "Uffizi Gallery").verdict != "same"  # ... but 유 is a surname: a Korean name
    assert name_similarity("유엔", "United Nations").verdict == "same"


@pytest.mark.parametrize("latin", ["FDA", "NBA", "KTO", "MGA", "PDVSA"])
def test_an_acronym_that_begins_with_no_english_onset_is_said_by_its_letters(latin: str) -> None:
    assert unpronounceable(latin)  # fx52: 파타 / FDA, a transcription's fit, is no evidence


@pytest.mark.parametrize("latin", ["NATO", "BASF", "BRICS", "STOXX", "UNESCO", "TASS", "AXA", "FIFA"])
def test_an_acronym_said_as_a_word_stays_one(latin: str) -> None:
    assert not unpronounceable(latin)


def test_a_transcription_of_an_acronym_said_by_its_letters_is_held_below_same() -> None:
    assert name_similarity("파타", "FDA").verdict != "same"   # a name of my own letters
    assert name_similarity("에프디에이", "FDA").verdict == "same"
    assert name_similarity("나토", "NATO").verdict == "same"
