"""An event's or a product's edition named by its year (``bilingual.entities.korean_names._years``; sentences and
names made up for these tests)."""

from __future__ import annotations

import bilingual


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


def test_a_year_after_a_name_and_before_a_particle_makes_an_edition() -> None:
    assert typed("메디엑스포 2027은 코엑스에서 열린다.").get("메디엑스포 2027") == "other"
    assert typed("관람객들이 바이오엑스포 2026에 몰렸다.").get("바이오엑스포 2026") == "other"


def test_a_year_before_an_events_name_belongs_to_the_event() -> None:
    assert typed("2027 대구국제모터쇼가 막을 올렸다.").get("2027 대구국제모터쇼") == "other"


def test_a_year_with_its_word_or_before_another_word_is_no_part_of_the_name() -> None:
    found = typed("한빛전자 2026 정기 주총이 열렸다.")
    assert "한빛전자 2026" not in found
    assert not any("2026" in name for name in typed("서울 2026년 예산이 늘었다."))
    assert typed("부산 2030에 도전한다.").get("부산") == "place"  # a place: its year stays apart
