"""The general list of organizations named without a head word, and companies named on a group's name."""

from __future__ import annotations

import random
import re

import pytest

from bilingual.entities.organizations import (
    _table,
    group_company,
    known_organization,
    korean_pattern,
    longest_first_pattern,
)


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


def test_the_longest_first_pattern_matches_as_the_alternation_longest_first() -> None:
    rnd = random.Random(7)
    for _ in range(300):  # words over a small alphabet, so that they share beginnings and end inside each other
        words = {"".join(rnd.choice("가나다 .") for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(1, 12))}
        words = {w for w in words if w}
        alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        trie = re.compile(longest_first_pattern(words))
        for _ in range(20):
            text = "".join(rnd.choice(["가", "나", "다", " ", ".", "라", *words]) for _ in range(rnd.randint(0, 12)))
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alternation.finditer(text)], text


def test_the_longest_first_pattern_takes_the_longer_name_at_a_place() -> None:
    pattern = re.compile(longest_first_pattern(["한빛 소프트", "한빛", "한빛소프트웨어", "빛소"]))
    found = [m.group() for m in pattern.finditer("한빛소프트웨어와 한빛 소프트, 한빛소")]
    assert found == ["한빛소프트웨어", "한빛 소프트", "한빛"]


@pytest.mark.parametrize("sentence", ["현대차는 내년 전기차 생산을 두 배로 늘린다고 밝혔다.",
                                      "기아차 노사가 임금 협상을 마무리했다."])
def test_a_carmakers_short_form_is_the_company_not_a_persons_name_shape(sentence: str) -> None:
    # 현대차, 기아차: 현 and 기 begin Korean family names, and the short forms have a given name's length
    import bilingual

    (m, *_) = bilingual.process(sentence).mentions
    assert (m.text, m.type) == (sentence[:3], "org")
