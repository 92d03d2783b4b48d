"""Whether two writings can be one name: short forms by rule, full names by the learned similarity."""

from __future__ import annotations

from bilingual.names.matching import name_fit, names_correspond


def test_a_family_name_alone_fits_a_full_name() -> None:
    assert names_correspond("서민아", "Seo")
    assert names_correspond("서", "Seo Min-a")


def test_a_foreign_family_name_alone_fits_the_hangul() -> None:
    assert names_correspond("블링컨", "Antony Blinken")


def test_a_korean_name_in_latin_letters_is_not_read_from_its_last_word() -> None:
    # "Yeseo" alone would fit 에서 (a particle), but "Seo Yeseo" is a Korean name, family name first
    assert name_fit("에서", "Seo Yeseo") is None
    assert name_fit("에서", "Yeseo") is not None


def test_different_people_do_not_fit() -> None:
    assert not names_correspond("서민아", "Park Dong-hyun")
