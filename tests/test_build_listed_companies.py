"""``training/build_listed_companies.py``: index members' names written as news write them, and the stored list's
guards (the wheels it reads are not in the repository: the build runs by hand; its rerun is byte-identical)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT


@pytest.mark.parametrize("raw,news", [("Workday, Inc.", "Workday"), ("Anglo American plc", "Anglo American"),
                                      ("The Cheesecake Factory", "Cheesecake Factory"),
                                      ("Swiss Reinsurance Company Ltd", "Swiss Reinsurance"),
                                      ("Carnival Corporation & plc", "Carnival"),
                                      ("Heineken International", "Heineken"),
                                      ("Koninklijke Ahold Delhaize N.V.", "Koninklijke Ahold Delhaize"),
                                      ("SLB (Schlumberger)", "SLB"), ("Rémy Cointreau", "Rémy Cointreau"),
                                      ("Intesa Sanpaolo S.p.A.", "Intesa Sanpaolo")])
def test_a_name_loses_its_article_parentheses_and_legal_form(raw: str, news: str) -> None:
    sys.path.insert(0, str(ROOT))
    from training.build_listed_companies import news_form

    assert news_form(raw) == news


def test_the_stored_list_has_its_header_and_is_sorted_without_duplicates() -> None:
    sys.path.insert(0, str(ROOT))
    from training.build_listed_companies import HEADER, OUT

    text = OUT.read_text(encoding="utf-8")
    assert text.startswith(HEADER)
    names = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert names == sorted(set(names)) and len(names) > 1000


def test_a_given_name_then_a_trade_word_is_kept_but_a_founders_full_name_is_not() -> None:
    # mentions51: two words after a given name stay when the second is no family name of any list
    from bilingual.entities.organizations import listed_company

    assert listed_company("Gilead Sciences") and listed_company("Darden Restaurants")
    assert not listed_company("Ralph Lauren") and not listed_company("Walt Disney")
    assert not listed_company("Wells Fargo")  # Fargo is a surname of the 1990 Census
