"""Foreign names in Hangul after a role word (mentions24), on sentences of my own."""

from __future__ import annotations

import pytest

from bilingual import process


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in process(text).mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("인도네시아의 배드민턴 선수 아궁 수산토가 8강에 올랐다.", "아궁 수산토"),
    ("몽골 출신 씨름 선수 바야르 뭉흐가 우승했다.", "바야르 뭉흐"),
    ("역도 선수 위디아 라흐마와티가 금메달을 땄다.", "위디아 라흐마와티"),
])
def test_a_transcribed_name_after_a_role_word_is_one_person(text: str, name: str) -> None:
    assert _types(text).get(name) == "person", _types(text)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("축구 선수 손흥민과 토트넘 홋스퍼가 계약했다.", "손흥민", "person"),  # 과 ends the name
    ("가수 아이유는 공연했다.", "아이유", "person"),
    ("선수 대기실에서 만났다.", None, None),
])
def test_what_the_role_rule_leaves_alone(text: str, name: str | None, kind: str | None) -> None:
    types = _types(text)
    if name is None:
        assert all(t != "person" for t in types.values()), types
    else:
        assert types.get(name) == kind, types
    assert not any(" " in n and "과" in n for n in types), types  # no name across a particle that joins
