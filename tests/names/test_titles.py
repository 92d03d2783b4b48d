"""Titles before and after names (bilingual.names.titles)."""

from __future__ import annotations

from bilingual.names.titles import english_person_only_title, strip_titles


def test_english_titles_only_people_bear() -> None:
    assert english_person_only_title("Mrs.") and english_person_only_title("former Sen.")
    assert english_person_only_title("Congresswoman")
    assert not english_person_only_title("Chairman") and not english_person_only_title("Mayor")
    assert not english_person_only_title("")


def test_strip_titles_leaves_the_name() -> None:
    assert strip_titles("Foreign Minister Cho Tae-yul") == "Cho Tae-yul"
    assert strip_titles("조태열 외교부 장관") == "조태열"
