"""A person named again by the family name alone (bilingual.entities.family_names), through the mentions stage."""

from __future__ import annotations

import re

import pytest

import bilingual
from bilingual.entities import family_names
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


@pytest.mark.parametrize("text,family", [
    ("변정수 전 장관이 회고록을 냈다. 변 전 장관은 책에서 소회를 밝혔다.", "변"),  # 전 between
    ("도하람 사장이 취임했다. 이날 도 신임 사장은 직원들과 만났다.", "도"),  # 신임 between
    ("탁민규 의원이 입장을 냈다. 그러자 탁 前 의원을 지지하는 당원들이 모였다.", "탁"),  # 前 between
    ("소설가 하윤슬이 신작을 냈다. 하 작가는 독자들과 만났다.", "하"),  # a word that is no title elsewhere
    ("봉태준 후보가 유세했다. 지지자들은 봉 후보를 환영했다.", "봉"),
])
def test_a_word_between_the_family_name_and_its_title(text: str, family: str) -> None:
    found = mentions(text)
    alone = [(t, k, c) for t, k, c in found if t == family]
    full = [c for t, _, c in found if len(t) == 3 and t.startswith(family)]
    assert len(alone) == 1 and alone[0][1] == "person" and full and alone[0][2] == full[0]


def test_a_word_between_is_no_family_name_without_the_full_name() -> None:
    found = mentions("변 전 장관은 책에서 소회를 밝혔다. 현 신임 사장은 직원들과 만났다.")
    assert not any(len(t) == 1 for t, _, _ in found), found


def test_a_surname_opening_a_sentence_with_a_personal_pronoun_is_a_person() -> None:
    assert ("Okonkwo", "person") in [(t, k) for t, k, _ in mentions("Okonkwo spoke at her weekly briefing.")]
    assert not any(t == "Okonkwo" for t, _, _ in mentions("Okonkwo arrived at the weekly briefing."))


def test_both_candidates_is_no_family_name() -> None:
    found = mentions("양지훈 의원이 말했다. 여야 양 후보의 지지율이 비슷하다.")
    assert not any(t == "양" for t, _, _ in found), found


def test_a_surname_with_a_pronoun_after_its_full_name_is_clustered_with_it() -> None:
    found = mentions("Senator Dalia Okonkwo arrived on Monday. Okonkwo said she would vote no.")
    alone = [(k, c) for t, k, c in found if t == "Okonkwo"]
    full = [c for t, _, c in found if t.endswith("Dalia Okonkwo")]
    assert alone == [("person", full[0])] and full[0] is not None


def test_capitalized_word_scan_is_its_definition() -> None:
    # the capital first, then the character before it: the same words as testing the character before first
    definition = re.compile(r"(?<![\w.’'-])[A-Z][a-z]+\b")
    text = ("Ola said. O'Neill and Mc-Donald, 3Rd row; e.Vans x-Ray ’Tis Quist's Abara-Obi (Dube) “Tran” Ünal "
            "Kim\u00a0Moon éRic ABcd Ab Z")
    assert [m.span() for m in family_names._CAPITALIZED_WORD.finditer(text)] == \
        [m.span() for m in definition.finditer(text)]
    assert [m.group() for m in family_names._CAPITALIZED_WORD.finditer("Ab x-Cd 'Ef Gh")] == ["Ab", "Gh"]


@pytest.mark.parametrize("sentence, family", [("최 회장은 이날 신년사를 발표했다.", "최"),
                                              ("정 장관이 국회에 출석했다.", "정"),
                                              ("송 씨는 경찰 조사에서 혐의를 부인했다.", "송"),
                                              ("이날 오 시장은 현장을 찾았다.", "오")])
def test_a_common_family_name_right_before_an_official_title_is_a_person_without_the_full_name(
        sentence: str, family: str) -> None:
    assert (family, "person") in [(t, k) for t, k, _ in mentions(sentence)]


@pytest.mark.parametrize("sentence", ["고 회장의 유족이 빈소를 지켰다.", "구 의원 선거가 열렸다.",
                                      "전 장관은 책을 냈다.",
                                      "한 사장이 직원들과 얘기했다.", "용 회장은 말했다.", "변 전 장관은 말했다."])
def test_no_lone_family_name_for_words_rare_names_or_a_word_between(sentence: str) -> None:
    assert not any(len(t) == 1 for t, _, _ in mentions(sentence)), sentence
