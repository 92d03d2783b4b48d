"""Japanese people named in Hangul (``bilingual.entities.japanese_names``; sentences and names made up for these
tests, the names common Japanese family and given names in shapes the fixtures do not have)."""

from __future__ import annotations

import bilingual
from bilingual.entities.japanese_names import japanese_shape


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


def test_the_shape_is_the_kana_table_with_n_and_t_finals_only() -> None:
    assert japanese_shape("마쓰다") and japanese_shape("사쿠라") and japanese_shape("다이스케")
    assert not japanese_shape("김민수") and not japanese_shape("부산") and not japanese_shape("분교")


def test_a_family_name_that_is_a_town_and_a_given_name_make_one_person() -> None:
    assert typed("고바야시 다이스케 일본 외무상은 회담 뒤 말했다.").get("고바야시 다이스케") == "person"
    assert typed("회견에서 마쓰다 겐타로 혼다 사장은 웃었다.").get("마쓰다 겐타로") == "person"


def test_the_given_name_ends_before_its_particle() -> None:
    assert typed("다나카 하루토가 결승에서 이겼다.").get("다나카 하루토") == "person"


def test_a_city_and_a_quarter_in_it_stay_places() -> None:
    found = typed("관광객들은 요코하마 모토마치에서 쇼핑했다.")
    assert found.get("요코하마") == "place"
    assert "person" not in found.values()


def test_sino_korean_words_that_fit_the_table_are_no_japanese_name() -> None:
    found = typed("설악산 산간에 눈이 내렸다.")
    assert "person" not in found.values()


def test_a_pair_with_a_locative_or_a_word_of_a_place_after_it_is_no_person() -> None:
    found = typed("가족은 산타 모니카에서 휴가를 보냈다.")
    assert "person" not in found.values()
    assert "person" not in typed("관광객들이 산타 모니카 해변을 찾았다.").values()


def test_a_name_with_its_particle_and_a_verb_after_it_are_no_pair() -> None:
    found = typed("나카노가 세운 회사는 커졌다.")
    assert not any(" " in name for name in found), found


def test_a_listed_korean_district_is_no_japanese_family_name() -> None:
    found = typed("우리는 강동구 아리수로를 따라 자전거를 탔다.")  # 강동구: a district; 아리수로: a road in it
    assert found.get("강동구") == "place"
    assert "person" not in found.values()



def test_a_given_name_kiwi_reads_as_a_common_noun_is_joined_before_a_title() -> None:
    # mentions59: Kiwi reads 소지 (Soji) as a Korean common noun (所持), and the transcription measure does not take it
    # for a Japanese word; the title after it says a person is named
    assert typed("기무라 소지 사장은 신제품 발표회에서 말했다.").get("기무라 소지") == "person"
    assert typed("기무라 소지 회장이 서울을 찾았다.").get("기무라 소지") == "person"


def test_a_family_name_and_a_common_noun_without_a_title_stay_apart() -> None:
    assert "기무라 소지" not in typed("기무라 소지 품목이 늘었다.")
    assert typed("오사카 유지 사장이 방한했다.").get("오사카") == "place"
