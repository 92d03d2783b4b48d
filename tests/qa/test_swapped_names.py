"""Another place or organization in the translation where the source names one (bilingual.qa.swapped_names), on
sides built by hand, and through review() end to end. Sentences invented for these tests."""

from __future__ import annotations

import pytest

import bilingual
from bilingual.document import Mention
from bilingual.entities.kb import KnowledgeBase
from bilingual.qa.checks import check_pair
from bilingual.qa.sides import Side
from bilingual.qa.swapped_names import check_country_swaps, check_swaps

EMPTY = KnowledgeBase([])


def mention(text: str, name: str, kind: str, lang: str, entity_id: str | None = None) -> Mention:
    start = text.index(name)
    return Mention(start=start, end=start + len(name), text=name, type=kind, lang=lang,  # type: ignore[arg-type]
                   entity_id=entity_id, score=1.0, method="exact" if entity_id else "unlinked", reasons=())


def side(text: str, lang: str, *names: tuple[str, str]) -> Side:
    return Side(text, lang, tuple(mention(text, n, kind, lang) for n, kind in names),  # type: ignore[arg-type]
                (), ((0, len(text)),))


def codes(source: Side, target: Side, kb: KnowledgeBase = EMPTY) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in check_swaps(0, source, target, kb)]


MISMATCH = [("name-mismatch", "error")]


@pytest.mark.parametrize(("ko", "ko_name", "en", "en_name", "kind"), [
    # a swapped Korean city
    ("창원에서 박람회가 열렸다.", "창원", "The fair opened in Daejeon.", "Daejeon", "place"),
    # a swapped foreign capital
    ("카이로에서 정상들이 만났다.", "카이로", "The leaders met in Hanoi.", "Hanoi", "place"),
    # a swapped company
    ("포스코는 새 용광로를 지었다.", "포스코", "Lotte built a new furnace.", "Lotte", "org"),
    # a swapped ministry
    ("환경부는 새 규정을 내놓었다.", "환경부", "The Ministry of Education issued new rules.", "Ministry of Education",
     "org"),
])
def test_another_place_or_organization_is_an_error_both_ways(ko: str, ko_name: str, en: str, en_name: str,
                                                             kind: str) -> None:
    korean, english = side(ko, "ko", (ko_name, kind)), side(en, "en", (en_name, kind))
    assert codes(korean, english) == MISMATCH
    assert codes(english, korean) == MISMATCH  # an English source, a Korean translation
    finding = check_swaps(0, korean, english, EMPTY)[0]
    assert finding.values == (ko_name, en_name)
    assert finding.target_span == (en.index(en_name), en.index(en_name) + len(en_name))


@pytest.mark.parametrize(("ko", "names", "en", "en_names"), [
    # the unit dropped, or written in English, or as a romanized suffix
    ("부산시는 새 다리를 열었다.", [("부산시", "place")], "Busan opened a new bridge.", [("Busan", "place")]),
    ("목포시가 발표했다.", [("목포시", "place")], "Mokpo City announced it.", [("Mokpo City", "place")]),
    ("창원시가 발표했다.", [("창원시", "place")], "Changwon-si announced it.", [("Changwon-si", "place")]),
    # a province in both English conventions
    ("경상북도에 비가 내렸다.", [("경상북도", "place")], "Rain fell in North Gyeongsang Province.",
     [("North Gyeongsang Province", "place")]),
    ("경상북도에 비가 내렸다.", [("경상북도", "place")], "Rain fell in Gyeongsangbuk-do.",
     [("Gyeongsangbuk-do", "place")]),
    ("경북에 비가 내렸다.", [("경북", "place")], "Rain fell in North Gyeongsang.", [("North Gyeongsang", "place")]),
    # "the city", "the ministry": no name on the translation's side, nothing in the source's stead
    ("서울시는 예산을 늘렸다.", [("서울시", "place")], "The city raised its budget.", []),
    ("국방부는 훈련을 미뤘다.", [("국방부", "org")], "The ministry put off the drill.", []),
    # an abbreviation, the initials of the listed name, a shorter form, a longer one
    ("더불어민주당은 법안에 반대했다.", [("더불어민주당", "org")], "The DP opposed the bill.", [("DP", "org")]),
    ("외교부는 성명을 냈다.", [("외교부", "org")], "MOFA issued a statement.", [("MOFA", "org")]),
    ("포스코는 실적을 발표했다.", [("포스코", "org")], "Posco Holdings reported its results.",
     [("Posco Holdings", "org")]),
    ("환경부 대변인이 말했다.", [("환경부", "org")], "An Environment Ministry spokesman said.",
     [("Environment Ministry", "org")]),
    # a country by an adjective or its capital: countries are not checked
    ("독일 정부는 반대했다.", [("독일", "place")], "Berlin objected.", [("Berlin", "place")]),
    ("미국 관리들이 말했다.", [("미국", "place")], "American officials said.", [("American", "place")]),
    # a place named by a name with a nationality in it is translated
    ("한반도에 긴장이 높아졌다.", [("한반도", "place")], "Tension rose on the Korean Peninsula.",
     [("Korean Peninsula", "place")]),
])
def test_correct_renderings_are_not_accused(ko: str, names: list[tuple[str, str]], en: str,
                                            en_names: list[tuple[str, str]]) -> None:
    korean, english = side(ko, "ko", *names), side(en, "en", *en_names)
    assert codes(korean, english) == []
    assert codes(english, korean) == []


def test_a_dateline_is_no_place_in_another_stead() -> None:
    korean = side("창원에서 박람회가 열렸다.", "ko", ("창원", "place"))
    english = side("DAEJEON, South Korea (Yonhap) The fair opened in Changwon.", "en", ("DAEJEON", "place"),
                   ("Changwon", "place"))
    assert codes(korean, english) == []


def test_one_for_one_only() -> None:
    # two places left unmatched in the translation: which one stands for 창원 is not known
    korean = side("창원에서 박람회가 열렸다.", "ko", ("창원", "place"))
    english = side("The fair opened in Daejeon and Mokpo.", "en", ("Daejeon", "place"), ("Mokpo", "place"))
    assert codes(korean, english) == []


def test_an_organization_typed_by_its_head_alone_is_not_accused() -> None:
    # 관계당국 ("the authorities concerned") is typed an organization by its head; it is no name to swap
    korean = side("관계당국이 밝혔다.", "ko", ("관계당국", "org"))
    english = side("Lotte said.", "en", ("Lotte", "org"))
    assert codes(korean, english) == []
    assert codes(english, korean) == []


def test_a_possible_fit_is_a_warning_naming_the_expected_name() -> None:
    # Berlin fits 파리 only as a "possible" spelling (the learned table reads ber ~ 파, lin ~ 리): a warning that
    # names the spelling and the KB's name, not an error
    kb = KnowledgeBase.from_records([{"id": "paris", "type": "place", "name": "Paris", "name_ko": "파리"}])
    text = "파리에서 회담이 열렸다."
    korean = Side(text, "ko", (mention(text, "파리", "place", "ko", "paris"),), (), ((0, len(text)),))
    english = side("The talks were held in Berlin.", "en", ("Berlin", "place"))
    found = check_swaps(0, korean, english, kb)
    assert [(f.code, f.severity) for f in found] == [("name-spelling", "warning")]
    assert "'Berlin'" in found[0].message and "expected 'Paris'" in found[0].message


def test_the_check_runs_inside_check_pair() -> None:
    korean = side("카이로에서 정상들이 만났다.", "ko", ("카이로", "place"))
    english = side("The leaders met in Hanoi.", "en", ("Hanoi", "place"))
    assert ("name-mismatch", "error") in [(f.code, f.severity) for f in check_pair(0, korean, english, EMPTY)]


@pytest.mark.parametrize(("ko", "en", "expected"), [
    ("창원에서 박람회가 열렸다.", "The fair opened in Daejeon.", MISMATCH),
    ("환경부는 새 규정을 내놓었다.", "The Ministry of Education issued new rules.", MISMATCH),
    ("창원에서 박람회가 열렸다.", "The fair opened in Changwon.", []),
    ("부산시는 새 다리를 열었다.", "Busan opened a new bridge.", []),
])
def test_review_end_to_end(ko: str, en: str, expected: list[tuple[str, str]]) -> None:
    result = bilingual.review_pairs([(ko, en)])
    assert [(f.code, f.severity) for f in result.findings if f.code.startswith("name-")] == expected


# -- placecheck2: provinces named by their half, and countries by identity ---------------------------------------
@pytest.mark.parametrize(("ko", "ko_name", "right", "wrong"), [
    ("경북 사과 농가가 우박 피해를 입었다.", "경북",
     ["North Gyeongsang Province", "Gyeongsangbuk-do", "North Gyeongsang"], "South Gyeongsang Province"),
    ("경상남도 해안에 적조가 번졌다.", "경상남도", ["South Gyeongsang Province", "Gyeongsangnam-do"],
     "North Gyeongsang Province"),
])
def test_a_province_named_by_its_half(ko: str, ko_name: str, right: list[str], wrong: str) -> None:
    korean = side(ko, "ko", (ko_name, "place"))
    english = side(f"Farmers in {wrong} counted the damage.", "en", (wrong, "place"))
    assert codes(korean, english) == MISMATCH  # the other half of the province
    assert codes(english, korean) == MISMATCH
    for name in right:  # either English convention, or the half without its unit: no accusation
        english = side(f"Farmers in {name} counted the damage.", "en", (name, "place"))
        assert codes(korean, english) == []
        assert codes(english, korean) == []


def test_a_country_in_another_stead_korean_to_english() -> None:
    korean = side("칠레 와인 수입이 크게 늘었다.", "ko", ("칠레", "place"))
    found = check_country_swaps(0, korean, side("Imports of Peruvian wine rose sharply.", "en"), EMPTY)
    assert [(f.code, f.severity) for f in found] == MISMATCH
    assert found[0].values == ("칠레", "Peruvian")
    assert found[0].target_span == (11, 19)
    english = side("Imports of Portugal's wine rose sharply.", "en", ("Portugal", "place"))
    assert [f.values for f in check_country_swaps(0, korean, english, EMPTY)] == [("칠레", "Portugal")]


def test_a_country_in_another_stead_english_to_korean() -> None:
    english = side("Norway's fishing fleet grew last year.", "en", ("Norway", "place"))
    korean = side("지난해 스웨덴의 어선단이 늘었다.", "ko", ("스웨덴", "place"))
    found = check_country_swaps(0, english, korean, EMPTY)
    assert [(f.code, f.severity) for f in found] == MISMATCH
    assert found[0].values == ("Norway", "스웨덴")
    # the check runs inside check_pair
    assert ("name-mismatch", "error") in [(f.code, f.severity) for f in check_pair(0, english, korean, EMPTY)]


@pytest.mark.parametrize(("ko", "ko_names", "right", "wrong"), [
    # an adjective of nationality (and a second country rendered by its adjective)
    ("노르웨이 어선이 칠레 항구에 들어왔다.", ["노르웨이", "칠레"], "A Norwegian boat entered a Chilean port.",
     "A Danish boat entered a Chilean port."),
    # a short form
    ("미국 재무부가 새 제재를 발표했다.", ["미국"], "The U.S. Treasury announced new sanctions.",
     "The Canadian Treasury announced new sanctions."),
    ("영국 총리가 사임했다.", ["영국"], "The UK prime minister resigned.", "The Irish prime minister resigned."),
    # a Hangul short form of the gazetteer
    ("사우디 왕세자가 도착했다.", ["사우디"], "The Saudi crown prince arrived.", "The Qatari crown prince arrived."),
    # the capital for its country: the check abstains, whatever else the translation names
    ("러시아 정부는 그 보도를 부인했다.", ["러시아"], "Moscow denied the report, Finland said.",
     "Belarus denied the report."),
    # "the North" for North Korea
    ("북한이 어제 미사일을 쏘았다.", ["북한"], "The North fired a missile yesterday, Japan said.",
     "Vietnam fired a missile yesterday."),
])
def test_a_country_rendered_by_its_adjective_short_form_or_capital_is_not_accused(
        ko: str, ko_names: list[str], right: str, wrong: str) -> None:
    korean = side(ko, "ko", *[(n, "place") for n in ko_names])
    cities = [("Moscow", "place")] if "Moscow" in right else []
    assert check_country_swaps(0, korean, side(right, "en", *cities), EMPTY) == []
    assert check_country_swaps(0, side(right, "en", *cities), korean, EMPTY) == []
    assert [f.code for f in check_country_swaps(0, korean, side(wrong, "en"), EMPTY)] == ["name-mismatch"]


def test_countries_one_for_one_and_south_korea_left_out() -> None:
    korean = side("칠레 와인 수입이 늘었다.", "ko", ("칠레", "place"))
    assert [f.code for f in check_country_swaps(0, korean, side("Imports of Peruvian wine rose.", "en"), EMPTY)] \
        == ["name-mismatch"]
    # two countries the source does not render: which one stands for 칠레 is not known
    assert check_country_swaps(0, korean, side("Imports of Peruvian and Argentine wine rose.", "en"), EMPTY) == []
    # a country the translation adds beside the one it renders is no swap
    assert check_country_swaps(0, korean, side("Imports of Chilean wine rose, Peru said.", "en"), EMPTY) == []
    # Korean news names South Korea without naming it (국내): never a country in another's stead
    korean = side("일본산 와인 수입이 늘었다.", "ko", ("일본", "place"))
    assert check_country_swaps(0, korean, side("Korea's wine imports rose.", "en"), EMPTY) == []


def test_country_review_end_to_end() -> None:
    ko = "뉴질랜드 정부가 새 비자 제도를 발표했다."
    result = bilingual.review_pairs([(ko, "The Dutch government announced a new visa scheme."),
                                     (ko, "The New Zealand government announced a new visa scheme.")])
    assert [(f.pair, f.code, f.severity) for f in result.findings if f.code.startswith("name-")] == \
        [(0, "name-mismatch", "error")]


def test_a_korean_city_beside_a_country_the_similarity_once_looped_on_is_compared() -> None:
    # name_similarity("부산", "Mexico", kind="place") recursed without end before 04dc7899 (the check then guarded
    # it and abstained); now it answers, and the city named in 부산's stead is reported
    korean = side("부산 시장이 회의를 열었다.", "ko", ("부산", "place"))
    english = side("The mayor of Daejeon opened the meeting, Mexico said.", "en", ("Daejeon", "place"))
    assert codes(korean, english) == [("name-mismatch", "error")]


@pytest.mark.parametrize(("ko", "ko_name", "en", "en_places"), [
    ("모리셔스 정부는 새 관광세를 도입했다.", "모리셔스", "Mauritania's government introduced a new tourist tax.",
     ("Mauritania",)),
    # the second names its country by an adjective only
    ("오스트레일리아 해군이 훈련을 시작했다.", "오스트레일리아", "The Austrian navy began its exercise.", ()),
])
def test_a_country_swapped_for_one_whose_name_begins_alike_both_ways(
        ko: str, ko_name: str, en: str, en_places: tuple[str, ...]) -> None:
    # the Korean names begin with the same two syllables (모리셔스 / 모리타니, 오스트레일리아 / 오스트리아): a whole
    # name is not read as the other one cut short (as 아프간 is 아프가니스탄's)
    korean = side(ko, "ko", (ko_name, "place"))
    english = side(en, "en", *[(name, "place") for name in en_places])
    assert [f.code for f in check_country_swaps(0, korean, english, EMPTY)] == ["name-mismatch"]
    assert [f.code for f in check_country_swaps(0, english, korean, EMPTY)] == ["name-mismatch"]
