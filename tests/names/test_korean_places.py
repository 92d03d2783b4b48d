"""Korean places named in Hangul and the other Korean place a Latin spelling romanizes (kplace31 branch), on real
places checked by hand that no evaluation file holds (names-dev, fixtures/names and the tune files have none of
경북, 성북, 영천, 영양, 룡강 nor the Latin spellings used here)."""

from __future__ import annotations

import pytest

from bilingual.names.korean_places import (
    full_names,
    is_korean_place,
    other_korean_place,
    romanizes,
    without_dropped_unit,
)


@pytest.mark.parametrize(("hangul", "latin", "other"), [
    ("경북", "Gangbuk", "강북"), ("성북", "Chungbuk", "충북"), ("영천", "Yangcheon", "양천"),
    ("영양군", "Hamyang-gun", "함양군"), ("영양", "Hamyang", "함양군"),
])
def test_a_latin_spelling_that_romanizes_another_korean_place_names_it(hangul: str, latin: str, other: str) -> None:
    assert other_korean_place(hangul, latin) == other


# fx39: another listed place's McCune–Reischauer, written without its marks (천안 Ch'ŏnan, 한천 Hanch'ŏn, 홍성
# Hongsŏng), names it as its Revised Romanization does; a place's own MR (청양 Ch'ŏngyang) names none.
@pytest.mark.parametrize(("hangul", "latin", "other"), [
    ("청양", "Chonan", "천안"), ("청양", "Ch'onan", "천안"), ("합천", "Hanchon", "한천"), ("횡성", "Hongsong", "홍성"),
])
def test_a_latin_spelling_that_is_another_korean_places_mr_names_it(hangul: str, latin: str, other: str) -> None:
    assert other_korean_place(hangul, latin) == other


@pytest.mark.parametrize(("hangul", "latin"), [
    ("청양", "Ch'ongyang"), ("천안", "Chonan"), ("홍성", "Hongsong"),
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


# kadmin branch: listed places written without the unit English leaves out, and short names for their full names.
# Reference-listed places (Wikipedia's lists of South Korea's provinces and provincial-level cities).
@pytest.mark.parametrize(("hangul", "core"), [
    ("부산시", "부산"), ("대구광역시", "대구"), ("서울특별시", "서울"), ("양평군", "양평"), ("경기도", "경기"),
    ("이영도", None), ("박은시", None),  # people's names ending in a unit: no listed place
    ("카이로스", None),
])
def test_a_listed_place_without_the_unit_english_leaves_out(hangul: str, core: str | None) -> None:
    assert without_dropped_unit(hangul) == core


def test_an_unlisted_name_loses_its_unit_only_when_not_asked_to_be_listed() -> None:
    assert without_dropped_unit("가람군") is None
    assert without_dropped_unit("가람군", listed=False) == "가람"
    assert without_dropped_unit("가람동", listed=False) is None  # 동 is kept in English (Myeong-dong)


@pytest.mark.parametrize(("short", "full"), [
    ("경북", "경상북도"), ("전남", "전라남도"), ("충북", "충청북도"), ("경기", "경기도"),
])
def test_a_short_name_stands_for_its_listed_full_name(short: str, full: str) -> None:
    assert full in full_names(short)


def test_a_name_that_is_no_listed_place_stands_for_none() -> None:
    assert full_names("이영") == () and full_names("경상북도") == ()


@pytest.mark.parametrize(("hangul", "latin", "right"), [
    ("다래", "Darae", True), ("다래", "Tarae", True),  # RR; MR without its marks
    ("가람", "ka-ram", True), ("신라", "Silla", True),  # folded; the sound change ㄴㄹ → ll
    ("다래", "Dalai", False), ("가람", "Garam City", False),  # another spelling; more words
])
def test_romanizes_reads_the_official_romanizations(hangul: str, latin: str, right: bool) -> None:
    assert romanizes(hangul, latin) is right


def test_the_units_english_reads_are_units_of_the_one_list() -> None:
    # kadmin: UNITS stays the names layer's list of Korean units; the English tables read from it add none
    from bilingual.names.geographic import KOREAN_UPPER_UNITS
    from bilingual.names.korean_places import ENGLISH_DROPS, UNITS

    assert ENGLISH_DROPS.issubset(UNITS)
    assert {unit for unit, _ in KOREAN_UPPER_UNITS}.issubset(ENGLISH_DROPS)
