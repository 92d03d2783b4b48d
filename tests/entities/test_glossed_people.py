"""Foreign people named with their other form in parentheses, and 씨 after a foreign name (mentions24), on sentences
of my own (none of them, nor their names, is in a gold file)."""

from __future__ import annotations

import pytest

from bilingual import process


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in process(text).mentions}


@pytest.mark.parametrize(("text", "names"), [
    # a real name in parentheses: the name before it and the real name are one person each
    ("공격수 카카우(본명 카를루스 에두아르두 페헤이라)는 이적을 원한다고 밝혔다.", ["카카우", "카를루스 에두아르두 페헤이라"]),
    ("레슬러 볼드(본명 바야르사이한 오트곤바타르)가 결승에 올랐다.", ["볼드", "바야르사이한 오트곤바타르"]),
    ("The striker Pelezinho (real name Joao Batista Ferreira) signed on Friday.", ["Joao Batista Ferreira"]),
])
def test_a_name_and_its_real_name_are_people(text: str, names: list[str]) -> None:
    types = _types(text)
    for name in names:
        assert types.get(name) == "person", (name, types)


@pytest.mark.parametrize(("text", "hangul", "latin"), [
    ("베트남의 양궁 선수 응우옌 티 란(Nguyen Thi Lan)이 금메달을 땄다.", None, "Nguyen Thi Lan"),
    ("폴란드 출신 요리사 마르타 코발스카(Marta Kowalska) 씨는 서울에 식당을 열었다.", "마르타 코발스카", "Marta Kowalska"),
    ("탁구 선수 아디트야 쿠마르(Aditya Kumar)가 8강에 올랐다.", "아디트야 쿠마르", "Aditya Kumar"),
    ("카자흐스탄 출신 아이굴 세리크바예바(Aigul Serikbayeva) 씨가 상을 받았다.", "아이굴 세리크바예바",
     "Aigul Serikbayeva"),
])
def test_a_hangul_name_glossed_in_latin_beside_a_persons_word(text: str, hangul: str | None, latin: str) -> None:
    types = _types(text)
    assert types.get(latin) == "person", types
    if hangul is not None:
        assert types.get(hangul) == "person", types


@pytest.mark.parametrize(("text", "name", "not_person"), [
    # a product glossed, no person's word: no person
    ("신제품 갤럭시 버즈(Galaxy Buds)가 나왔다.", "Galaxy Buds", True),
    # an office a body has after the parentheses: the body's chief, so the glossed name is no person by it
    ("스타트업 벨루가 미르(Beluga Mir) 대표가 투자를 발표했다.", "Beluga Mir", True),
    # a place glossed after an occupation stays a place
    ("가수 아이유는 몽골(Mongolia)에서 공연했다.", "Mongolia", True),
])
def test_what_the_gloss_rule_leaves_alone(text: str, name: str, not_person: bool) -> None:
    types = _types(text)
    assert (types.get(name) != "person") is not_person, types


@pytest.mark.parametrize(("text", "first", "last"), [
    ("태국인 관광객 솜삭 분나그 씨는 제주가 좋다고 말했다.", "솜삭", "분나그"),
    ("몽골인 근로자 간바타르 바트 씨가 상을 받았다.", "간바타르", "바트"),
])
def test_sshi_after_two_foreign_words_makes_one_person(text: str, first: str, last: str) -> None:
    types = _types(text)
    assert types.get(first) == "person" and types.get(last) == "person", types


@pytest.mark.parametrize("text", ["서울 씨름대회가 열렸다.", "김민수 씨가 왔다."])
def test_sshi_leaves_places_and_korean_names_as_they_were(text: str) -> None:
    types = _types(text)
    assert types.get("서울", "place") == "place" and types.get("김민수", "person") == "person", types


@pytest.mark.parametrize("name", ["Selin Şahin", "Anna Wałęsa", "Mehmet Yıldız"])
def test_latin_extended_letters_in_a_persons_name(name: str) -> None:
    assert _types(f"The report said that {name} joined the board.").get(name) == "person"
