"""Roads named by the Road Name Address Act (도로명주소법: …대로, …로, …길), in the mentions stage (sentences and road
names made up for these tests; ``bilingual.entities.gazetteer.road_name`` and
``bilingual.entities.korean_names._road_end``)."""

from __future__ import annotations

import pytest

import bilingual
from bilingual.entities.gazetteer import road_name


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


@pytest.mark.parametrize(("solid", "expect"), [
    ("은행나무길", True), ("송정대로", True), ("창경궁로12길", True), ("청파로3번길", True),
    ("출근길", False), ("둘레길", False), ("가시밭길", False), ("길", False), ("대로", False), ("이치로", False),
])
def test_a_road_by_the_word_at_its_end(solid: str, expect: bool) -> None:
    assert road_name(solid) is expect


def test_a_road_whose_word_kiwi_cut_off_is_one_place_not_a_person() -> None:
    # 이화장, 황학정: a family name and two syllables, a person's shape when 길 is cut off
    assert typed("가게는 이화장길에 있다.") == {"이화장길": "place"}
    assert typed("주민들은 황학정길에서 행진했다.") == {"황학정길": "place"}
    assert typed("새 매장은 영등포구 청계길에 들어선다.").get("청계길") == "place"


def test_a_side_road_with_its_number_is_one_place() -> None:
    assert typed("본사는 중구 퇴계로24길에 있다.").get("퇴계로24길") == "place"


def test_a_boulevard_written_solid_is_one_place() -> None:
    assert typed("행렬은 강남대로에서 멈췄다.").get("강남대로") == "place"


def test_a_path_or_the_way_to_work_is_no_name() -> None:
    assert typed("그는 출근길 버스에서 책을 읽었다.") == {}
    assert typed("주민들이 마을 둘레길을 정비했다.") == {}
