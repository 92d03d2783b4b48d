"""Another country's body under a generic name is not linked to the KB's body of that name."""

from __future__ import annotations

import pytest

import bilingual
from bilingual.entities.kb import KnowledgeBase
from bilingual.errors import KBError

_KB = KnowledgeBase.from_records([
    {"id": "kr", "type": "place", "name": "South Korea", "name_ko": "한국", "aliases": ["대한민국"]},
    {"id": "jp", "type": "place", "name": "Japan", "name_ko": "일본"},
    {"id": "defense-kr", "type": "org", "name": "Ministry of National Defense", "name_ko": "국방부",
     "aliases": ["Defense Ministry"], "country": "kr"},
    {"id": "unesco", "type": "org", "name": "UNESCO", "name_ko": "유네스코"},
])


def _links(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity_id) for m in bilingual.process(text, kb=_KB).mentions]


@pytest.mark.parametrize("text", ["일본 국방부는 훈련 계획을 발표했다.", "일본의 국방부가 반박했다.",
                                  "Japan's Defense Ministry announced the drill on Monday.",
                                  "Japan’s Ministry of National Defense said it would respond."])
def test_another_countrys_body_is_not_linked(text: str) -> None:
    links = _links(text)
    assert links[0][1] == "jp"
    body = [m for m in bilingual.process(text, kb=_KB).mentions if m.type == "org"]
    assert len(body) == 1 and body[0].entity_id is None and body[0].method == "unlinked"
    assert "not defense-kr" in body[0].reasons[-1]


@pytest.mark.parametrize("text", ["한국 국방부는 훈련 계획을 발표했다.", "국방부는 일본과 훈련 계획을 논의했다.",
                                  "일본과 국방부가 합의했다.", "South Korea's Defense Ministry said so on Monday.",
                                  "일본 유네스코 위원회가 밝혔다."])
def test_same_country_or_no_country_right_before_keeps_the_link(text: str) -> None:
    orgs = [m for m in bilingual.process(text, kb=_KB).mentions if m.type == "org"]
    assert orgs and all(m.entity_id is not None for m in orgs)


def test_country_must_be_a_place_of_the_same_kb() -> None:
    with pytest.raises(KBError, match="field 'country': 'mars' is not the id of a place"):
        KnowledgeBase.from_records([{"id": "x", "type": "org", "name": "X Ministry", "country": "mars"}])
    with pytest.raises(KBError, match="record 2: field 'country'"):
        KnowledgeBase.from_records([{"id": "p", "type": "person", "name": "Kim Min-su"},
                                    {"id": "x", "type": "org", "name": "X Ministry", "country": "p"}])


def test_the_bundled_kb_keeps_korean_bodies_apart_from_chinas() -> None:
    doc = bilingual.process("중국 외교부와 한국 외교부가 각각 성명을 냈다.")
    orgs = [(m.text, m.entity_id) for m in doc.mentions if m.type == "org"]
    assert orgs == [("외교부", None), ("외교부", "mofa-korea")]


def test_a_place_inside_the_bodys_country_keeps_the_link() -> None:
    kb = KnowledgeBase.from_records([
        {"id": "kr", "type": "place", "name": "South Korea", "name_ko": "한국"},
        {"id": "cn", "type": "place", "name": "China", "name_ko": "중국"},
        {"id": "busan", "type": "place", "name": "Busan", "name_ko": "부산", "country": "kr"},
        {"id": "shanghai", "type": "place", "name": "Shanghai", "name_ko": "상하이", "country": "cn"},
        {"id": "defense-kr", "type": "org", "name": "Ministry of National Defense", "name_ko": "국방부",
         "aliases": ["Defense Ministry"], "country": "kr"},
    ])
    def body(text: str) -> str | None:
        orgs = [m for m in bilingual.process(text, kb=kb).mentions if m.type == "org"]
        assert len(orgs) == 1
        return orgs[0].entity_id
    assert body("Busan's Defense Ministry office opened on Monday.") == "defense-kr"
    assert body("부산 국방부 청사") == "defense-kr"
    assert body("Shanghai's Defense Ministry office opened on Monday.") is None
    assert body("상하이 국방부 청사") is None


def test_the_bundled_kb_reads_foreign_ministry_as_koreas_unless_another_country_owns_it() -> None:
    def body(text: str) -> str | None:
        return next(m.entity_id for m in bilingual.process(text).mentions if m.type == "org")
    assert body("The Foreign Ministry summoned the ambassador on Tuesday.") == "mofa-korea"
    assert body("Seoul's Foreign Ministry summoned the ambassador.") == "mofa-korea"
    assert body("China's Foreign Ministry summoned the ambassador.") is None
    assert body("The Japanese Foreign Ministry summoned the ambassador.") is None


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("프랑스는 자국 어선 나포에 대해 주불 대사를 불러 강하게 항의했다.", "프랑스"),
    ("대전시는 내년부터 시내버스 요금을 올리기로 결정했다.", "대전시"),
    ("베트남이 수입 철강에 반덤핑 관세를 부과했다.", "베트남"),
    ("Canada lodged a formal complaint over the tariffs on Tuesday.", "Canada"),
    ("Officials said Berlin would retaliate if the levy stayed.", "Berlin"),
    ("Mexico summoned the envoy after the raid.", "Mexico"),
    ("The fishermen's union filed a protest with Madrid over the quotas.", "Madrid"),
])
def test_a_country_or_a_city_is_a_place_also_where_it_acts(text: str, name: str) -> None:
    # The project's convention (docs/kb.md, lead's decision on typer31): 39 of 49 gold rows of the writers who were
    # not told a convention type an acting country or city `place`; no type of government is read from the verb.
    assert _types(text).get(name) == "place"
