"""Countries by identity in both scripts (bilingual.entities.countries): names, short forms and adjectives of
nationality to one country, and the countries a text names or renders. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from bilingual.entities.countries import (
    countries_in_english,
    countries_in_korean,
    country_code,
    country_names,
    demonym_country,
)


@pytest.mark.parametrize(("name", "code"), [
    ("호주", "AU"), ("오스트레일리아", "AU"), ("Australia", "AU"), ("the United States", "US"), ("U.S.", "US"),
    ("영국", "GB"), ("Britain", "GB"), ("사우디", "SA"), ("보스니아", "BA"), ("북한", "KP"), ("DPRK", "KP"),
    # a name two rows share is no country's; a word is none
    ("Congo", None), ("콩고", None), ("Seoul", None), ("정부", None),
])
def test_country_code(name: str, code: str | None) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(("word", "code"), [
    ("Austrian", "AT"), ("Australian", "AU"), ("Swedish", "SE"), ("Swiss", "CH"), ("Iranian", "IR"),
    ("Iraqi", "IQ"), ("Slovak", "SK"), ("Slovenian", "SI"), ("North Korean", "KP"), ("South African", "ZA"),
    ("Nigerian", "NG"), ("Bosnian", "BA"), ("Serb", "RS"),
    # no country's adjective: a word of a longer name (Western Sahara), a continent's, a country's own name
    ("Western", None), ("European", None), ("African", None), ("Japan", None), ("Dominican", None),
])
def test_demonym_country(word: str, code: str | None) -> None:
    assert demonym_country(word) == code


def test_countries_in_english() -> None:
    text = "Danish and U.S. envoys met Chile's minister in the united states."
    named = countries_in_english(text, named=True)
    assert named == {"DK": (0, 6), "US": (11, 15), "CL": (27, 32)}
    assert set(countries_in_english(text)) == {"DK", "US", "CL"}
    assert "US" in countries_in_english("They met in the united states.")
    assert countries_in_english("They met in the united states.", named=True) == {}


def test_countries_in_korean() -> None:
    # generous (the rendering test): 사우디 begins 사우스조지아 too, which a country found rendered never harms
    assert {"KR", "US", "SA", "AU"} <= countries_in_korean("한미 정상이 美 관리, 사우디 측과 호주 문제를 논의했다")
    assert countries_in_korean("아프간 난민이 늘었다") == {"AF"}
    assert countries_in_korean("오늘은 비가 내렸다") == frozenset()


def test_country_names() -> None:
    names = country_names("AU")
    assert "Australia" in names and "호주" in names
    assert country_names("ZZ") == ()


def test_a_countrys_whole_name_is_not_another_name_cut_short() -> None:
    # 모리셔스 and 모리타니 begin alike, as 오스트리아 and 오스트레일리아: a word that is a whole name renders that
    # country only (the swap of the two is the commonest kind), while 아프간 still renders 아프가니스탄
    assert countries_in_korean("모리셔스 정부는 발표했다") == {"MU"}
    assert countries_in_korean("오스트리아는 동결했다") == {"AT"}
    assert countries_in_korean("아프간 정부는 발표했다") == {"AF"}
