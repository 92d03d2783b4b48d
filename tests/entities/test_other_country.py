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
