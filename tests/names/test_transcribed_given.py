"""A Korean family name with a transcribed foreign given name (link24 branch): the pair read in two parts. Names made
up for these tests."""

import pytest

from bilingual.names.similarity import name_similarity
from bilingual.names.transcribed_given import (
    first_letters,
    hangul_parts,
    latin_splits,
    spells_surname,
    transcribed_given_fit,
)


@pytest.mark.parametrize(("hangul", "parts"), [
    ("최제시카", ("최", "제시카")),      # joined, family name first
    ("브라이언 한", ("한", "브라이언")),  # with a space, family name last
    ("윤 케빈", ("윤", "케빈")),
])
def test_hangul_parts_of_a_transcribed_given_name(hangul, parts):
    assert hangul_parts(hangul) == parts


@pytest.mark.parametrize("hangul", ["김서준", "박하윤", "한", "케빈", "존 스미스", "", "Kevin Yoon", "최제시카1"])
def test_no_parts_for_other_names(hangul):
    # a Korean given name of common syllables is read whole by the spelling model; no family name, or Latin: none
    assert hangul_parts(hangul) is None


def test_latin_splits_both_orders_and_no_korean_given_name():
    assert latin_splits("Kevin Yoon") == [("Yoon", "Kevin"), ("Kevin", "Yoon")]
    assert latin_splits("Yoon Seo-jun") == []  # a hyphenated given name is a Korean one: not this reading
    assert latin_splits("Kevin") == []
    assert latin_splits("A B C D") == []


def test_family_name_spelled():
    assert spells_surname("Choi", "최")
    assert not spells_surname("Choi", "박")  # a known spelling of another family name
    assert "y" in first_letters("윤")
    assert not spells_surname("Mokpo", "오")  # no spelling of 오 begins with m


def test_the_fit_needs_both_parts():
    assert transcribed_given_fit("최제시카", "Jessica Choi") is not None
    assert transcribed_given_fit("최제시카", "Choi Jessica") is not None
    assert transcribed_given_fit("윤케빈", "Kevin Yoon") is not None
    assert transcribed_given_fit("최제시카", "Jessica Park") is None  # the family name is another
    assert transcribed_given_fit("최제시카", "Monica Choi") is None   # the given name is another
    assert transcribed_given_fit("최서준", "Seojun Choi") is None     # a Korean given name: not this reading
    assert transcribed_given_fit("최제시카", "최제시카") is None


def test_the_fit_is_the_given_names_score():
    fit = transcribed_given_fit("브라이언 한", "Brian Han")
    assert fit == name_similarity("브라이언", "Brian").score


@pytest.mark.parametrize("bad", ["", " ", "😀😀", "최" * 50, "a" * 10_000])
def test_bad_input_is_no_fit(bad):
    assert transcribed_given_fit(bad, "Kevin Yoon") is None
    assert transcribed_given_fit("윤케빈", bad) is None


def test_a_romanized_korean_name_is_not_read_so():
    # the Latin reads as a Korean name: its given name is no foreign one, however the foreign table fits it
    assert hangul_parts("송루비") == ("송", "루비")
    assert name_similarity("루비", "Rubi").verdict != "different"
    assert transcribed_given_fit("송루비", "Song Rubi") is None
