"""The Latin names GeoNames gives one place (``bilingual/data/place_variants.tsv``), and the similarity reading them.

Cases of our own, absent from ``fixtures/names`` and the tests' other data: cities whose Hangul name writes the local
name while English writes another (토리노 / Turin for Torino, 아테네 / Athens for Atene, 베오그라드 / Belgrade for
Beograd).
Expected verdicts are what a reader of both scripts would say, not values read off the model.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from bilingual.names import place_variants as pv
from bilingual.names.similarity import ONE_PLACE, clear_caches, name_similarity

EXONYMS = [("토리노", "Turin", "Torino"), ("아테네", "Athens", "Atene"), ("베오그라드", "Belgrade", "Beograd")]


@pytest.fixture
def without_table() -> Iterator[None]:
    pv.use_table(False)
    clear_caches()
    yield
    pv.use_table(True)
    clear_caches()


@pytest.mark.parametrize(("hangul", "english", "local"), EXONYMS)
def test_the_english_name_of_a_place_is_read_through_the_name_its_hangul_writes(hangul: str, english: str,
                                                                                local: str) -> None:
    assert local in pv.reading_names(english)
    fit = name_similarity(hangul, english)
    assert fit.verdict == "same"
    assert fit.reasons[0] == f"{english} ~ {local}: {ONE_PLACE}"
    assert name_similarity(english, hangul) == fit  # either argument order


@pytest.mark.parametrize(("hangul", "english", "local"), EXONYMS)
def test_without_the_table_the_english_name_fits_worse(without_table: None, hangul: str, english: str,
                                                      local: str) -> None:
    fit = name_similarity(hangul, english)
    assert not any(ONE_PLACE in r for r in fit.reasons)
    pv.use_table(True)
    clear_caches()
    assert name_similarity(hangul, english).score > fit.score


def test_a_person_or_an_organization_is_not_read_through_a_place() -> None:
    for kind in ("person", "org"):
        fit = name_similarity("토리노", "Turin", kind=kind)
        assert not any(ONE_PLACE in r for r in fit.reasons)
    assert name_similarity("Torino", "Turin", kind="person").verdict != "same"


def test_two_latin_names_of_one_place_are_the_same_place() -> None:
    for a, b in (("Torino", "Turin"), ("Moskau", "Moscow"), ("Beograd", "Belgrade"), ("Atene", "Athens")):
        fit = name_similarity(a, b, kind="place")
        assert (fit.verdict, fit.score) == ("same", 1.0) and ONE_PLACE in fit.reasons[0]
        assert name_similarity(b, a).verdict == "same"  # no kind: a place's names too
    assert pv.one_place("Torino", "Turin") and not pv.one_place("Torino", "Moscow")
    assert name_similarity("Turin", "Moscow", kind="place").verdict != "same"


def test_a_name_two_places_carry_does_not_decide_between_them() -> None:
    # Colonia is GeoNames' alternate name of Köln and the name of other towns: it is no name of Köln here
    assert "Colonia" not in pv.other_names("Köln") and not pv.one_place("Colonia", "Cologne")
    assert "Cologne" in pv.other_names("Köln") and pv.one_place("Koeln", "Cologne")


def test_names_of_no_place_and_bad_input() -> None:
    assert pv.reading_names("Xqzvw") == () and pv.other_names("") == ()
    assert not pv.one_place("", "")
    assert name_similarity("토리노", "").verdict == "different"


def test_the_table_is_read_on_first_use_not_on_import() -> None:
    code = ("import bilingual; from bilingual.names import place_variants as pv; "
            "print(pv._table.cache_info().currsize); bilingual.name_similarity('토리노', 'Turin'); "
            "print(pv._table.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "1"]
