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
