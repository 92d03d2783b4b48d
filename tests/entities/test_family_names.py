"""A person named again by the family name alone (bilingual.entities.family_names), through the mentions stage."""

from __future__ import annotations

import pytest

import bilingual
from bilingual.entities.kb import KnowledgeBase

PEOPLE = KnowledgeBase.from_records([{"id": "cho", "type": "person", "name": "조태열", "aliases": ["Cho Tae-yul"]}])


def mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.cluster) for m in bilingual.process(text, kb=PEOPLE).mentions]


def test_a_family_name_after_the_full_name_in_english_is_the_same_person() -> None:
    found = mentions("Finance Minister Koo Yun-chul met investors in Busan. Koo said rates would stay.")
    koo = [m for m in found if m[0] == "Koo"]
    full = [m for m in found if m[0] == "Koo Yun-chul"]
    assert len(koo) == 1 and len(full) == 1 and koo[0][1] == "person" and koo[0][2] == full[0][2] is not None


def test_a_western_family_name_after_the_full_name() -> None:
    found = mentions("Chelsea signed Enzo Fernandez last year. Fernandez then scored the winner.")
    assert ("Fernandez", "person") in [(t, k) for t, k, _ in found]


def test_a_family_name_after_the_full_name_in_korean_with_a_title_or_ssi() -> None:
    found = mentions("가수 윤하늘이 무대에 올랐다. 윤 씨는 관객에게 인사했다.")
    assert [(t, k) for t, k, _ in found if t == "윤"] == [("윤", "person")]
    assert next(c for t, _, c in found if t == "윤") == next(c for t, _, c in found if t == "윤하늘")


def test_a_linked_person_named_again_by_the_family_name_is_linked() -> None:
    doc = bilingual.process("조태열 외교부 장관은 회담했다. 조 장관은 귀국했다.", kb=PEOPLE)
    assert any(m.text == "조" and m.entity_id == "cho" for m in doc.mentions)


@pytest.mark.parametrize("text", [
    "전 장관은 회의에 참석했다.",  # 전 is "former", no full name before it
    "김민수 씨가 말했다. 전 장관은 회의에 참석했다.",  # a full name of another family
    "이정민 대표가 왔다. 이 시장은 커졌다.",  # 이 before 시장: "this market"
    "Koo said rates would stay.",  # no full name, and Koo is not common enough a family name alone
    "The Park said nothing.",  # an article before it
])
def test_no_family_name_alone_without_its_full_name_or_before_a_word_of_its_own(text: str) -> None:
    found = mentions(text)
    assert not any(len(t) == 1 or t in ("Koo", "Park") for t, _, _ in found), found


def test_a_common_korean_family_name_as_a_speaker_is_a_person() -> None:
    found = mentions('"We will keep the rate," Jang said on Friday.')
    assert ("Jang", "person") in [(t, k) for t, k, _ in found]


def test_a_family_name_before_the_full_name_or_inside_a_longer_name_is_not_taken() -> None:
    found = mentions("Kim Jong-un visited. Later Kim Yo-jong spoke.")
    assert [t for t, _, _ in found].count("Kim") == 0


def test_a_title_abbreviation_that_is_also_a_family_name_is_not_the_person() -> None:
    found = mentions("Cambodian leader Hun Sen spoke. Sen. Tim Kaine replied.")
    assert not any(t == "Sen" for t, _, _ in found), found


def test_the_nearest_full_name_before_is_the_one_named_again() -> None:
    found = mentions("김철수 교수가 말했다. 그 뒤 김영희 원장이 발표했다. 김 원장은 웃었다.")
    clusters = {t: c for t, _, c in found}
    assert clusters.get("김") == clusters.get("김영희") is not None


def test_a_title_must_end_where_it_ends() -> None:
    # "고 기자단에게": the quotative ending after a quotation, and 기자단 is no title 기자
    found = mentions("고민정 의원이 왔다. “좋다”고 기자단에게 말했다.")
    assert not any(t == "고" for t, _, _ in found), found
