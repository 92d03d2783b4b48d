"""Foreign people named in Hangul by a given name and a family name without a title (``bilingual.entities
.foreign_people`` and ``korean_names._given_and_family``; sentences and names made up for these tests)."""

from __future__ import annotations

import bilingual
from bilingual.entities.foreign_people import foreign_person_name


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


def test_the_list_holds_foreign_family_names_and_no_korean_or_common_word() -> None:
    assert foreign_person_name("페르난데스") and foreign_person_name("카스티요") and foreign_person_name("에릭센")
    assert not foreign_person_name("김민수") and not foreign_person_name("서울") and not foreign_person_name("사람")


def test_a_given_name_and_a_listed_family_name_make_one_person() -> None:
    assert typed("다니엘라 카스티요가 결승에서 이겼다.").get("다니엘라 카스티요") == "person"
    found = typed("어제 기자회견에는 에두아르도 페르난데스도 나왔다.")
    assert found.get("에두아르도 페르난데스") == "person"


def test_a_given_name_of_a_korean_shape_still_joins_a_listed_family_name() -> None:
    # 파울라: 파 and two syllables, but the pair is a foreign name by its family name
    assert typed("감독은 파울라 슈미트를 주장으로 뽑았다.").get("파울라 슈미트") == "person"


def test_a_place_or_a_locative_after_the_pair_keeps_it_apart() -> None:
    found = typed("대표단은 엘레나 바르가스에서 하루를 묵었다.")  # a locative: no person
    assert "엘레나 바르가스" not in found
    assert "person" not in found.values()


def test_a_family_name_alone_or_a_country_before_it_is_no_full_name() -> None:
    found = typed("칠레 카스티요 지역에 비가 왔다.")
    assert "칠레 카스티요" not in found
    assert typed("페루 대표 에릭센은 말했다.").get("페루") == "place"


def test_a_third_transcribed_word_or_and_keeps_the_pair_apart() -> None:
    found = typed("카타리나 베버 마이어 박사가 발표했다.")  # three words: not the pair alone
    assert "카타리나 베버" not in found

    from bilingual.entities.korean_names import _given_and_family
    from bilingual.entities.name_spans import NameSpan

    text = "가게는 피시 앤 쿠퍼가 인기다."  # "and" transcribed before a listed name: no given name
    first, second = text.index("앤"), text.index("쿠퍼")
    spans = [NameSpan(first, first + 1, "ko", kiwi_proper_noun=True), NameSpan(second, second + 2, "ko",
                                                                                 kiwi_proper_noun=True)]
    assert not _given_and_family(text, spans[:1], spans[1])
    text = "가게는 피시 톰 쿠퍼가 인기다."  # a one-syllable given name is one
    assert _given_and_family(text, spans[:1], spans[1])
