"""Korean places named in Hangul and the other Korean place a Latin spelling romanizes (kplace31 branch), on real
places checked by hand that no evaluation file holds (names-dev, fixtures/names and the tune files have none of
경북, 성북, 영천, 영양, 룡강 nor the Latin spellings used here)."""

from __future__ import annotations

import pytest

from bilingual.names.korean_places import is_korean_place, other_korean_place


@pytest.mark.parametrize(("hangul", "latin", "other"), [
    ("경북", "Gangbuk", "강북"), ("성북", "Chungbuk", "충북"), ("영천", "Yangcheon", "양천"),
    ("영양군", "Hamyang-gun", "함양군"), ("영양", "Hamyang", "함양군"),
])
def test_a_latin_spelling_that_romanizes_another_korean_place_names_it(hangul: str, latin: str, other: str) -> None:
    assert other_korean_place(hangul, latin) == other


@pytest.mark.parametrize(("hangul", "latin"), [
    ("경북", "Gyeongbuk"), ("영천", "Yeongcheon"), ("영양군", "Yeongyang"), ("영양", "Yeongyang-gun"),
    ("룡강", "Yonggang"),  # the northern spelling of 용강 (initial-sound law): one place
    ("카이로스", "Gangbuk"),  # not a Korean place
    ("경북", "Gyeongbukk"),  # romanizes no listed place
])
def test_the_place_itself_or_no_listed_place_names_none(hangul: str, latin: str) -> None:
    assert other_korean_place(hangul, latin) is None


def test_a_place_is_known_with_and_without_its_unit() -> None:
    assert is_korean_place("영양군") and is_korean_place("영양") and is_korean_place("영천시")
    assert not is_korean_place("카이로스") and not is_korean_place("")
