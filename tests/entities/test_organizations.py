"""The general list of organizations named without a head word, and companies named on a group's name."""

from __future__ import annotations

import pytest

from bilingual.entities.organizations import _table, group_company, known_organization, korean_pattern


def test_every_row_is_read_with_its_kind() -> None:
    table = _table()
    assert len(table) > 200
    assert set(table.values()) == {"group", "company", "body", "club", "party", "media", "legislature"}


@pytest.mark.parametrize("name,kind", [("세계기상기구", "body"), ("WMO", "body"), ("키움 히어로즈", "club"),
                                       ("키움히어로즈", "club"), ("Juventus", "club"), ("르몽드", "media"),
                                       ("효성", "group"), ("서울", None), ("Juventus FC Academy", None)])
def test_known_organization(name: str, kind: str | None) -> None:
    assert known_organization(name) == kind


@pytest.mark.parametrize("name,group", [("효성첨단소재", "효성"), ("코오롱인더스트리", "코오롱"),
                                        ("Hyosung Heavy", "Hyosung"), ("효성", None), ("효성가", None),
                                        ("Hyosung", None), ("Hyosung and", None), ("대한민국", None)])
def test_group_company(name: str, group: str | None) -> None:
    assert group_company(name) == group


def test_the_korean_pattern_finds_names_of_two_words() -> None:
    found = [m.group() for m in korean_pattern().finditer("키움 히어로즈와 아스톤 빌라가 만났다")]
    assert found == ["키움 히어로즈", "아스톤 빌라"]
