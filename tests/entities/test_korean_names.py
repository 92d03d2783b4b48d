"""The Korean candidates of the mentions stage, before linking and typing (sentences written for these tests)."""

from __future__ import annotations

import bilingual
from bilingual.context import Context
from bilingual.entities.korean_names import korean_candidates
from bilingual.entities.name_spans import NameSpan


def spans(text: str) -> dict[str, NameSpan]:
    doc = bilingual.process(text)
    tokens = [t for t in doc.tokens if t.sentence == 0]
    return {doc.text[c.start:c.end]: c for c in korean_candidates(doc.text, tokens, Context.create().kb)}


def test_a_title_after_the_name_is_kept_apart() -> None:
    found = spans("국토교통부 박상우 장관은 9일 세종청사에서 브리핑을 했다.")
    assert found["박상우"].title == "장관"
    assert "국토교통부" in found


def test_the_title_of_a_work_is_one_span_and_hides_the_place_inside_it() -> None:
    found = spans("드라마 '부산의 여름'이 다음 달 방영된다.")
    assert found["부산의 여름"].work
    assert "부산" not in found


def test_a_wire_byline_gives_the_outlet_and_the_reporter() -> None:
    found = spans("[창원=뉴스핌] 오민석 기자 = 경남도는 5일 예산안을 발표했다.")
    assert found["뉴스핌"].credit
    assert found["오민석"].title == "기자"


def test_a_particle_is_left_out_of_the_name() -> None:
    found = spans("블링컨과 조태열이 만났다.")
    assert "블링컨" in found and "블링컨과" not in found


def test_a_verb_only_people_do_makes_one_foreign_name_of_two_proper_nouns() -> None:
    found = spans("스티브 잡스는 그날 무대에서 연설했다.")
    assert "스티브 잡스" in found
