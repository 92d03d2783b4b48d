"""The Korean candidates of the mentions stage, before linking and typing (sentences written for these tests)."""

from __future__ import annotations

import random

import pytest

import bilingual
from bilingual.context import Context
from bilingual.document import Token
from bilingual.entities import korean_names
from bilingual.entities.gazetteer import road_name
from bilingual.entities.kb import KnowledgeBase
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


@pytest.mark.parametrize("line", ["기자 한소율", "[대구=새벽뉴스] 특파원 도경민", "글 / 선임기자 마서진"])
def test_a_byline_with_the_word_for_reporter_first_names_a_person(line: str) -> None:
    doc = bilingual.process(line)
    people = [doc.text[m.start:m.end] for m in doc.mentions if m.type == "person"]
    assert people == [line.rsplit(" ", 1)[1]]


def test_a_word_for_reporter_inside_a_longer_word_or_before_a_common_noun_names_nobody() -> None:
    doc = bilingual.process("사진기자 한소율\n기자 회견장")
    assert [doc.text[m.start:m.end] for m in doc.mentions if m.type == "person"] == []


def test_a_particle_is_left_out_of_the_name() -> None:
    found = spans("블링컨과 조태열이 만났다.")
    assert "블링컨" in found and "블링컨과" not in found


def test_a_verb_only_people_do_makes_one_foreign_name_of_two_proper_nouns() -> None:
    found = spans("스티브 잡스는 그날 무대에서 연설했다.")
    assert "스티브 잡스" in found


def test_no_body_before_a_person_and_a_title_only_people_hold() -> None:
    # 한화오션 김재민 대표: the word before is the body; 버락 오바마 상원의원: a senator is no body's officer
    assert spans("한화오션 김재민 대표는 이날 말했다.")["한화오션"].org_context
    assert not spans("민주당 대선후보인 버락 오바마 상원의원은 이날 말했다.")["버락"].org_context


def test_an_island_kiwi_cut_before_the_particle_do_is_one_name() -> None:
    text = "어민들은 가덕도 인근에서 조업했다."
    # Kiwi's cut as it cut a less known island of a fixture: the stem a proper noun, 도 read as the particle
    tokens = [Token(0, 3, "어민들", "NNG", None, "ko", 0), Token(3, 4, "은", "JX", None, "ko", 0),
              Token(5, 7, "가덕", "NNP", None, "ko", 0), Token(7, 8, "도", "JX", None, "ko", 0),
              Token(9, 11, "인근", "NNG", None, "ko", 0)]
    names = [text[c.start:c.end] for c in korean_candidates(text, tokens, Context.create().kb)]
    assert "가덕도" in names and "가덕" not in names
    text = "서울도 비가 왔다."  # a place and the particle: 서울도 is no place of the lists
    tokens = [Token(0, 2, "서울", "NNP", None, "ko", 0), Token(2, 3, "도", "JX", None, "ko", 0)]
    assert [text[c.start:c.end] for c in korean_candidates(text, tokens, Context.create().kb)] == ["서울"]


@pytest.mark.parametrize("text,outlets", [
    ("대구경제에 따르면 시는 내년 예산을 늘린다.", ["대구경제"]),  # a source: "according to"
    ("부산경제는 이날 단독 보도했다.", ["부산경제"]),  # a verb only news do
    ("충청경제와 호남경제는 사설에서 정부를 비판했다.", ["충청경제", "호남경제"]),  # coordinated outlets
    ("대전비즈에 실린 기사가 화제다.", ["대전비즈"]),  # 비즈 ends an outlet's name
    ("[광주경제 박서연 기자] 시는 새 버스 노선을 연다.", ["광주경제"]),  # a byline's outlet
])
def test_an_outlet_named_in_gyeongje_is_one_organization_as_a_source(text: str, outlets: list[str]) -> None:
    types = {m.text: m.type for m in bilingual.process(text).mentions}
    assert all(types.get(o) == "org" for o in outlets), types


@pytest.mark.parametrize("text", ["대구경제가 살아나야 한다.", "세계경제 둔화 우려가 커졌다.",
                                  "그는 한국경제가 단독으로 버틸 수 없다고 말했다.",
                                  "지역경제는 어려움을 겪고 있다고 전했다."])
def test_gyeongje_alone_is_the_economy(text: str) -> None:
    assert not any(m.text.endswith("경제") and m.type == "org" for m in bilingual.process(text).mentions)


@pytest.mark.parametrize("text", [
    "정부는 결의문을 채택했다.", "소비자 신뢰도가 떨어졌다.", "그는 쉰 목소리로 말했다.", "청년 일자리가 줄었다.",
    "협상은 마무리 단계다.", "그 개구리는 연못에 산다.", "양측은 합의문에 서명했다.",
])
def test_a_common_noun_shaped_like_a_place_is_no_name(text: str) -> None:
    # 도, 리, 문 end provinces, villages and gates (경기도, 하회마을의 리, 광화문) and these common nouns alike
    assert [m.text for m in bilingual.process(text).mentions if m.type == "place"] == []


def test_a_place_with_its_unit_is_still_a_place() -> None:
    mentions = bilingual.process("창원시와 오하이오주에서 열린 행사에 광화문 상인들이 왔다.").mentions
    assert {m.text for m in mentions if m.type == "place"} >= {"창원시", "오하이오주", "광화문"}


def test_a_name_before_a_word_of_a_person_s_role_is_a_person_not_a_place_by_its_end() -> None:
    """민영동 후보는: a name of a person's shape whose last syllable is also a unit (동) is the person a role word
    after it names (후보, 원내대표: no titles of the stage), not a quarter; a listed place before such a word stays
    one (names made up)."""
    types = {m.text: m.type for m in bilingual.process("민영동 후보는 기자들과 만났다.").mentions}
    assert types == {"민영동": "person"}
    assert spans("민영동 원내대표는 기자들과 만났다.")["민영동"].person_context
    assert not spans("민영동 주민센터에서 만났다.").get("민영동", NameSpan(0, 0, "ko")).person_context


def test_reporter_before_is_its_pattern_searched_in_the_ten_characters_before() -> None:
    # the last-letter pre-test answers as the search does, at every position of texts of other shapes
    texts = ["기자 하윤서", "/특파원\u3000오세린 씨", "[인턴기자 \n문다솜]", "논설위원\t곽도윤", "·객원기자 \n",
             "선임 기자 주하람", "원 자 원자 기자가 원", "기자\n\n류지안", "x기자 y", "=수습기자 배서진 = 원자력"]
    for text in texts:
        for start in range(len(text) + 1):
            expected = korean_names._REPORTER_BEFORE.search(text, max(0, start - 10), start) is not None
            assert korean_names._reporter_before(text, start) == expected, (text, start)
    assert korean_names._reporter_before("=인턴기자 \n문다솜", 7) and not korean_names._reporter_before("x기자 y", 4)


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


@pytest.mark.parametrize("text,club", [
    ("여자프로농구 부천 KB가 청주 원정에서 이겼다.", "부천 KB"),
    ("안양 KGC는 홈에서 연패를 끊었다.", "안양 KGC"),
    ("배구 대전 KGC와 인천 한진의 경기는 취소됐다.", "인천 한진"),
    ("수원 KT 소닉붐은 3연패에 빠졌다.", "수원 KT 소닉붐"),
])
def test_a_korean_city_and_its_sponsor_are_one_club(text: str, club: str) -> None:
    """서울 SK, 창원 LG as the leagues name their clubs: the city and the sponsor's acronym or group are one
    organization, the city no separate place (sentences and pairings made up for the test)."""
    types = _types(text)
    assert types[club] == "org"
    assert club.split()[0] not in types


def test_a_city_before_a_word_that_is_no_sponsor_stays_a_place() -> None:
    types = _types("부천 CEO 포럼에 기업인들이 모였다.")  # CEO is a title, not a sponsor
    assert types.get("부천 CEO") is None


def test_a_name_and_a_venue_word_written_apart_are_one_place() -> None:
    types = _types("결승전은 인천 신세계건설 스타디움에서 열린다.")
    assert types["신세계건설 스타디움"] == "place"


@pytest.mark.parametrize("text,name,kind", [
    ("배구 대표팀은 수원실내체육관에서 훈련했다.", "수원실내체육관", "place"),
    ("울산은 태화강국가정원 방문객을 집계했다.", "태화강국가정원", "place"),
    ("공연은 의정부예술의전당에서 열렸다.", "의정부예술의전당", "place"),
    ("대통령비서실은 인사를 발표했다.", "대통령비서실", "org"),
    ("부산시립합창단은 정기공연을 연다.", "부산시립합창단", "org"),
    ("대구시립교향악단은 새 지휘자를 맞았다.", "대구시립교향악단", "org"),
    ("파리국제도서전에 한국관이 마련됐다.", "파리국제도서전", "other"),
    ("현대차는 인도 카르나타카주 공장을 늘린다.", "카르나타카주", "place"),
    ("브라질 미나스제라이스주 광산이 멈췄다.", "미나스제라이스주", "place"),
])
def test_heads_and_ends_of_names_of_venues_offices_companies_and_events(text: str, name: str, kind: str) -> None:
    """Venues (…체육관, …국가정원, …의전당), the offices of the Government Organization Act in 실, performing
    companies, book fairs, and a transcribed state with 주 (sentences written for the test)."""
    found = [m for m in bilingual.process(text).mentions if m.text == name]
    assert [m.type for m in found] == [kind]


@pytest.mark.parametrize("text", ["사무실에서 회의실로 옮겼다.", "김정원 씨는 정원을 가꿨다.",
                                  "생맥주와 흑맥주를 샀다.", "농구장 두 개 크기다.", "그녀는 보라색 루주를 발랐다."])
def test_rooms_given_names_and_beer_are_no_offices_gardens_or_states(text: str) -> None:
    types = _types(text)
    assert not any(k in ("org", "place") for k in types.values())


@pytest.mark.parametrize("text,name,kind", [
    ("그는 미국 출판사 펭귄랜덤하우스에서 책을 냈다.", "펭귄랜덤하우스", "org"),
    ("연구진은 의학저널 '써큘레이션'에 논문을 실었다.", "써큘레이션", "org"),
    ("가수 김하늘은 iHQ 새 예능 '별빛 오디션'에 출연한다.", "iHQ", "org"),
])
def test_a_word_of_a_class_before_a_name_in_quotes_or_with_a_locative(text: str, name: str, kind: str) -> None:
    """Publishers and journals by the word before them, in quotes or not, with 에서 or 에 after them; a channel
    before 새 드라마 or 새 예능 (names made up or not in the lists)."""
    assert _types(text)[name] == kind


@pytest.mark.parametrize("text,work", [
    ("시인 박소영의 산문집 '바람이 머문 자리'가 나왔다.", "바람이 머문 자리"),
    ("미술관은 '푸른 시간' 특별전을 연다.", "푸른 시간"),
    ("작가의 장편 '남해 등대'가 영국에서 출간됐다.", "남해 등대"),
])
def test_works_in_quotes_after_a_kind_of_book_or_before_an_exhibition(text: str, work: str) -> None:
    assert _types(text)[work] == "other"


@pytest.mark.parametrize("text,name", [
    ("기소된 건설사 전 대표 강민철(62)씨에게 징역 3년을 선고했다.", "강민철"),
    ("택시기사 강민철 씨는 경찰에 신고했다.", "강민철"),
    ("강민철씨의 차량이 발견됐다.", "강민철"),
])
def test_a_name_kiwi_cuts_up_before_an_age_or_ssi_is_one_person(text: str, name: str) -> None:
    """Kiwi reads 강민철 as 강/NNP 민/NNG 철/NNG; an age in brackets or 씨 after the three syllables says they are a
    person's name (sentences written for the test)."""
    assert _types(text).get(name) == "person"


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


def test_committees_written_short_are_organizations() -> None:
    assert typed("방심위는 해당 방송에 경고를 내렸다.") == {"방심위": "org"}
    assert typed("국회 예결위와 윤리위가 같은 날 열렸다.").get("예결위") == "org"


def test_an_exhibition_named_after_the_word_for_it_is_one_work() -> None:
    found = typed("서울역사박물관은 기획전 '한양의 봄, 종로를 걷다'를 열었다.")
    assert found.get("한양의 봄, 종로를 걷다") == "other"
    assert "person" not in found.values()


def test_a_ship_named_in_quotes_after_the_word_for_it_is_no_person() -> None:
    found = typed("해군은 호위함 '김유신함'을 취역시켰다.")
    assert found.get("김유신함") == "other"
    assert "person" not in found.values()


def test_a_prize_in_quotes_before_suang_is_one_name() -> None:
    found = typed("재단은 '한국 젊은 공학자상' 수상자로 세 명을 뽑았다.")
    assert found.get("한국 젊은 공학자상") == "other"
    assert "place" not in found.values()


def test_a_sports_meet_written_solid_is_an_event() -> None:
    assert typed("그는 전국소년체육대회에서 우승했다.") == {"전국소년체육대회": "other"}


def test_a_hall_written_solid_with_ui_inside_is_one_name_and_no_piece_is_a_person() -> None:
    found = typed("공연은 수원예술의전당에서 열렸다.")
    assert found.get("수원예술의전당") == "place"
    assert "person" not in found.values()


def test_a_name_whose_last_syllable_kiwi_read_as_a_counter_before_a_particle_is_whole() -> None:
    import bilingual

    # 김민 + 호(NNB) + 는, 김 + 민 + 호(NNB) + 는: a name made up for the test, in two sentences Kiwi cuts either way
    assert {m.text: m.type for m in bilingual.process("김민호는 회의에 참석했다.").mentions} == {"김민호": "person"}
    assert {m.text: m.type for m in bilingual.process("어제 김민호는 회의에 왔다.").mentions} == {"김민호": "person"}


def test_a_place_and_a_counter_or_a_suffix_after_it_is_no_name() -> None:
    import bilingual

    found = {m.text: m.type for m in bilingual.process("그 회담에서 한국측은 말을 아꼈다.").mentions}
    assert found == {"한국": "place"}


# Roads named by the Road Name Address Act (도로명주소법: …대로, …로, …길; mentions19, road names made up)
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


# An event's or a product's edition named by its year (korean_names._years; mentions19, names made up)
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


# Kinds of name by their words (mentions21; sentences and names made up for the tests)
@pytest.mark.parametrize(("text", "name"), [
    ("KBS 월화드라마 '바다의 끝'이 시청률 1위에 올랐다.", "바다의 끝"),
    ("밴드 노을빛이 미니 2집 '푸른 밤'을 발표했다.", "푸른 밤"),
    ("가수 한소정은 정규 3집 '여름 정원'으로 돌아왔다.", "여름 정원"),
    ("박물관은 조선 후기의 풍속화 '장터 가는 길'을 공개했다.", "장터 가는 길"),
    ("화가 민서하의 판화 '겨울 항구'가 경매에 나왔다.", "겨울 항구"),
    ("제9호 태풍 '미르'가 북상하고 있다.", "미르"),
    ("그는 단편영화 '오후의 정류장'으로 데뷔했다.", "오후의 정류장"),
])
def test_a_work_of_art_a_storm_an_album_or_a_drama_in_quotes_is_other(text: str, name: str) -> None:
    found = typed(text)
    assert found.get(name) == "other"
    assert "person" not in {t for n, t in found.items() if n != name and n in name}


def test_a_word_that_ends_in_a_work_word_takes_no_title() -> None:
    """Only the kinds of drama and film written solid take a word before them: 대전시 ends in 전시 (an exhibition)."""
    assert typed("대전시 '한밭 사랑' 캠페인이 시작됐다.").get("대전시") == "place"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("인천교구는 답동성당에서 미사를 봉헌했다.", "인천교구", "org"),
    ("인천교구는 답동성당에서 미사를 봉헌했다.", "답동성당", "place"),
    ("광주대교구는 성명을 내고 유감을 표했다.", "광주대교구", "org"),
    ("순례객들이 해미성지에 모였다.", "해미성지", "place"),
    ("피정은 왜관수도원에서 열린다.", "왜관수도원", "place"),
    ("Pilgrims filled Jeondong Cathedral on Sunday.", "Jeondong Cathedral", "place"),
])
def test_a_diocese_is_a_body_and_a_church_building_a_place(text: str, name: str, kind: str) -> None:
    assert typed(text).get(name) == kind


def test_a_parish_of_common_nouns_is_no_diocese() -> None:
    assert typed("신부는 자신의 지역교구 소식지에 글을 실었다.") == {}


@pytest.mark.parametrize(("text", "name"), [
    ("배우 하윤서가 대종영화상에서 여우조연상을 받았다.", "대종영화상"),
    ("소설가 노민재가 올해 만해문학상을 받았다.", "만해문학상"),
    ("그룹 별무리가 골든가요대상 본상을 받았다.", "골든가요대상"),
])
def test_an_award_by_its_field_and_sang_is_other(text: str, name: str) -> None:
    found = typed(text)
    assert found.get(name) == "other"
    assert "person" not in {found.get(name[:k]) for k in range(2, len(name))}


def test_sang_or_daesang_alone_ends_no_award() -> None:
    assert "대상" not in typed("이번 조사의 대상은 서울 시민이다.")
    assert typed("김민수 씨가 최우수상을 받았다.").get("김민수") == "person"


@pytest.mark.parametrize(("text", "code"), [
    ("아시아나항공 OZ201편이 기상 악화로 회항했다.", "OZ201"),
    ("진에어 LJ 305편은 결항됐다.", "LJ 305"),
    ("승객들은 TW07편에 탑승했다.", "TW07"),
])
def test_a_flight_number_is_one_code_typed_other(text: str, code: str) -> None:
    found = typed(text)
    assert found.get(code) == "other"
    assert code[:2] not in found


def test_a_number_of_films_after_an_acronym_is_no_flight() -> None:
    assert typed("SK 3편 모두 흥행했다.").get("SK") == "org"

_OWN_SENTENCES = [
    "목포시장 선거에 나선 한도윤 후보는 해운대구청장 출신이다.",
    "국회는 어제 개인정보보호법 개정안을 통과시켰고 정부는 새 치료법 개발을 약속했다.",
    "대한궁도협회장 서진우 씨와 청주공예진흥원장이 만났다.",
    "성남시 판교에서 열린 AI 박람회에 OpenAI와 tvN이 참가했다.",
    "공정위와 선관위, 농해수위 위원들이 을숙도 인근을 둘러봤다.",
    "조용한 아침, 바람이 분다.",
    "서하준 김해시장과 도경민 홍천군수가 회견을 열었다.",
]


@pytest.mark.parametrize("line", _OWN_SENTENCES)
def test_the_cheap_tests_before_the_rules_of_a_noun_never_skip_a_finding(line: str) -> None:
    # korean_candidates asks _solid_office only of a noun whose form ends in an office, _law only in a sentence with a
    # form in 법 or 법안, _body_and_its_chief only in a sentence with 장: each rule finds nothing elsewhere
    doc = bilingual.process(line)
    text = doc.text
    for sentence in range(len(doc.sentences)):
        tokens = [t for t in doc.tokens if t.sentence == sentence]
        has_law_form = any(t.form.endswith(("법", "법안")) for t in tokens)
        has_chief = "장" in text[min(t.start for t in tokens):max(t.end for t in tokens)]
        for i, token in enumerate(tokens):
            if korean_names._solid_office(text, tokens, i) is not None:
                assert token.form.endswith(korean_names.PLACE_OFFICES)
            if korean_names._law(text, tokens, i) is not None:
                assert has_law_form
            if korean_names._body_and_its_chief(text, tokens, i) is not None:
                assert has_chief


@pytest.mark.parametrize("name", ["성남시", "을숙도", "판교", "목포", "OpenAI", "KAIST", "AI", "tvN", "공정위",
                                  "삼성전자", "유니세프", "부산국제영화제", "치료법", "아침", "과천", "노원", "한도윤",
                                  "양조위", "현대모비스", "가"])
@pytest.mark.parametrize("tag", ["NNP", "NNG", "SL"])
@pytest.mark.parametrize("lone", [True, False])
def test_what_a_noun_says_of_itself_is_the_rules_that_read_the_noun_alone(name: str, tag: str, lone: bool) -> None:
    from bilingual.entities.gazetteer import acronym, is_korean_place, is_place, listed_place
    from bilingual.entities.organizations import group_company, known_organization

    kept = (len(name) >= 3 and is_place(name) and (tag != "NNG" or listed_place(name))) \
        or (tag == "SL" and (acronym(name) or korean_names._MIXED_CASE.fullmatch(name) is not None)) \
        or (tag == "NNG" and (known_organization(name) is not None or group_company(name) is not None)) \
        or (tag == "NNG" and lone and korean_names._event_of_a_place(name))
    by_a_cue = tag == "NNG" and lone and len(name) == 2 and is_korean_place(name)
    expected = korean_names._KEPT if kept else korean_names._PLACE_BY_A_CUE if by_a_cue else None
    assert korean_names._noun_evidence(name, tag, lone) == expected


def test_a_sentence_without_a_quote_or_bracket_mark_has_no_work_or_periodical() -> None:
    # the cheap test before the searches for works and periodicals: every match of theirs holds one of the marks
    rnd = random.Random(11)
    pieces = ["영화", "장편", "잠수함", "학술지", "특별전", "전시", "수상", "시상", "상", "展", " ", "(", ")", "가",
              "은", *"'‘’\"“”<>『』《》〈〉「」[]—"]
    found = 0
    for _ in range(20000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9)))
        if korean_names._WORK.search(line) or korean_names._PERIODICAL.search(line):
            found += 1
            assert korean_names._QUOTES.search(line), line
    assert found > 100  # the lines do hold works and periodicals


def test_the_event_heads_are_searched_at_once_as_one_by_one() -> None:
    from bilingual.entities.gazetteer import KOREAN_EVENT_HEADS

    rnd = random.Random(3)
    pieces = [*KOREAN_EVENT_HEADS, *"영화국제 제오픈박람", "축", "엑스", "비엔날"]
    for _ in range(5000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        a, b = sorted(rnd.randint(0, len(line)) for _ in range(2))
        expected = any(h in line[a:b] for h in KOREAN_EVENT_HEADS)
        assert (korean_names._EVENT_HEAD.search(line, a, b) is not None) == expected, (line, a, b)


def test_a_latin_index_is_looked_for_in_the_sentence_only() -> None:
    # mentions22: korean_candidates reads one sentence of the document; an index of another sentence is none of its
    doc = bilingual.process("외국인은 S&P 500 종목을 샀다. 기관은 S&P 500 종목을 팔았다.")
    first = doc.sentences[0]
    tokens = [t for t in doc.tokens if first.start <= t.start < first.end]
    found = korean_candidates(doc.text, tokens, Context.create().kb)
    assert [doc.text[c.start:c.end] for c in found if c.end > first.end] == []
    assert "S&P 500" in [doc.text[c.start:c.end] for c in found]


# perf34: the cheap tests of a sentence or a candidate before a rule (output-neutral); the rules behind them still find
# what they find, on sentences written for these tests
@pytest.mark.parametrize(("line", "name", "check"), [
    ("개정된 해양환경관리법 위반 혐의로 선주가 입건됐다.", "해양환경관리법", lambda c: "a law" in c.reasons[0]),
    ("의료진은 항암제 메포르틴을 투여했다.", "메포르틴", lambda c: c.cue is korean_names.PRODUCT_BEFORE),
    ("관람객들이 드론엑스포 2027에 몰렸다.", "드론엑스포 2027", lambda c: c.edition),
    ("사육사는 반려견 토리와 보리를 돌본다.", "토리", lambda c: c.cue is korean_names.ANIMAL_BEFORE),
    ("올리비아 캔트렐 대변인은 회견을 열었다.", "올리비아 캔트렐", lambda c: c.title == "대변인"),
    ("에밀리 로스와 제이슨 클락은 결혼했다.", "제이슨 클락", lambda c: c.person_context),
    ("가수 한서율이 무대에 올랐다.", "한서율", lambda c: c.person_context),
    ("의원들은 도경민 원내대표와 만났다.", "도경민", lambda c: c.person_context),
    ("서하진 미래연합 대표는 사퇴했다.", "서하진", lambda c: c.title_beyond == "대표"),
    ("아세안 국방장관들이 회의를 열었다.", "아세안", lambda c: c.title is None and c.org_context),
])
def test_the_rules_after_a_cheap_test_still_find_their_names(line: str, name: str, check) -> None:
    assert check(spans(line)[name])


def test_without_their_cues_those_rules_find_nothing() -> None:
    assert spans("의료진은 메포르틴을 투여했다.")["메포르틴"].cue is None  # no kind of medicine before it
    assert "요리법" not in spans("그는 새로운 요리법을 배웠다.")  # a method: no legal word after it


def test_the_year_and_animal_tests_lose_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    lines = ["관람객들이 드론엑스포 2027에 몰렸다.", "2027 드론엑스포가 열린다.",
             "사육사는 반려견 토리와 보리를 돌본다.", "판다 몽몽과 단단은 2025 세계동물박람회에 나갔다.",
             "코끼리 마루는 서울 2030에 온다.", "강아지 보리, 고양이 나비가 왔다."]
    kb = Context.create().kb

    def found() -> list[list[str]]:
        out = []
        for line in lines:
            doc = bilingual.process(line)
            tokens = [t for t in doc.tokens if t.sentence == 0]
            out.append([repr(c) for c in korean_candidates(doc.text, tokens, kb)])
        return out

    tested = found()
    monkeypatch.setattr(korean_names, "_A_YEAR", re.compile(""))  # a test that always says "look"
    monkeypatch.setattr(korean_names, "_ANIMAL_WORD", re.compile(""))
    assert found() == tested


def test_a_law_name_needs_beop_in_its_text() -> None:
    # korean_candidates asks _law only in a sentence whose text holds 법
    from bilingual.entities.gazetteer import law_name

    rnd = random.Random(11)
    pieces = ["법", "법안", "안", "식품", "위생", "처벌", "방", "ㅂ", "벚", "버", "서울중앙지", "A", " "]
    laws = 0
    for _ in range(20000):
        word = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        if law_name(word):
            laws += 1
            assert "법" in word, word
    assert laws > 100


def test_a_lone_noun_takes_the_short_way_to_the_same_compound(monkeypatch: pytest.MonkeyPatch) -> None:
    # random words of nouns, suffixes, particles and marks written solid or apart: _compound's short way for a noun
    # with nothing after it that could go on with it answers as the walk does
    rnd = random.Random(5)
    parts = [("김천", "NNP"), ("시", "NNG"), ("우크라이나", "NNP"), ("군", "NNG"), ("군", "NNB"), ("인민", "NNG"),
             ("무력", "NNG"), ("성", "XSN"), ("의", "JKG"), ("전당", "NNG"), ("가", "JKS"), ("KT", "SL"), ("ai", "SL"),
             ("3", "SN"), ("대", "XPN"), ("법원", "NNG"), ("질병관리청", "NNG"), ("장", "XSN"), ("장", "NNG"),
             ("평화", "NNG"), ("협회", "NNG"), ("는", "JX"), ("하", "XSV"), ("다", "EF"), ("위원회", "NNG")]
    cases = []
    for _ in range(3000):
        text, tokens = "", []
        for _ in range(rnd.randint(1, 7)):
            if text and rnd.random() < 0.3:
                text += " "
            form, tag = rnd.choice(parts)
            tokens.append(Token(len(text), len(text) + len(form), form, tag, None, "ko", 0))
            text += form
        cases.append((text, tokens))
    short = [[korean_names._compound(t, ts, i) for i in range(len(ts))] for t, ts in cases]
    monkeypatch.setattr(korean_names, "_ALONE_TAGS", frozenset())  # no short way: the walk for every noun
    assert [[korean_names._compound(t, ts, i) for i in range(len(ts))] for t, ts in cases] == short
    assert sum(c is not None for row in short for c in row) > 100  # the words do hold compounds


def _typed(text: str) -> dict[str, str]:
    doc = bilingual.process(text)
    return {doc.text[m.start:m.end]: m.type for m in doc.mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("법무법인 율촌은 이번 소송에서 피고를 대리했다.", "법무법인 율촌"),
    ("법무법인 지평이 자문을 맡았다.", "법무법인 지평"),  # a common noun as a firm's name (지평, horizon)
    ("법무법인 태평양은 항소했다.", "법무법인 태평양"),  # an ocean's name: the firm, not the place
    ("회계법인 한영의 파트너가 밝혔다.", "회계법인 한영"),
    ("특허법인 다래와 법무법인 화우가 손을 잡았다.", "특허법인 다래"),  # the conjunction is no part of the name
])
def test_a_firm_after_its_kind_of_beobin_is_one_organization(text: str, name: str) -> None:
    found = _typed(text)
    assert found.get(name) == "org", found
    inner = name.split(" ", 1)[1]
    assert inner not in found  # the bare name is not a mention of its own


@pytest.mark.parametrize("text", [
    "그는 법무법인 소속 변호사다.",
    "회계법인 감사 결과가 다음 주 나온다.",
    "국내 법무법인 가운데 가장 크다.",
    "세무법인 대표는 말을 아꼈다.",
])
def test_a_kind_of_beobin_before_a_common_noun_names_no_firm(text: str) -> None:
    assert not any(name.endswith("법인") or "법인 " in name for name in _typed(text))


@pytest.mark.parametrize("text", [
    "대현회계법인은 감사 의견을 거절했다.",
    "케이옥션은 봄 경매를 연다.",
    "휘닉스리조트는 개장을 앞당겼다.",
    "경기도립극단이 새 작품을 올린다.",
    "남원시립창극단 단원들이 공연을 마쳤다.",
])
def test_a_firm_a_resort_an_auction_house_a_public_theatre_company_by_its_head(text: str) -> None:
    assert "org" in _typed(text).values(), _typed(text)


def test_both_extremes_is_no_theatre_company() -> None:
    assert _typed("두 입장이 양극단으로 치달았다.") == {}


def _typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


@pytest.mark.parametrize(("text", "hangul", "hanja"), [
    ("배구 대표팀 주장 송하린(宋夏潾)이 은퇴를 밝혔다.", "송하린", "宋夏潾"),
    ("시인 이다온(李多溫)의 첫 시집이 나왔다.", "이다온", "李多溫"),
    ("고(故) 남궁세인(南宮世仁) 선생의 묘소", "남궁세인", "南宮世仁"),
])
def test_a_korean_name_glossed_in_hanja_is_a_person_and_so_is_the_gloss(text: str, hangul: str, hanja: str) -> None:
    found = spans(text)
    assert found[hangul].person_context and found[hanja].person_context
    assert not any(a != hangul and a in hangul for a in found)  # no piece of the name (송, 하린) is left
    typed = _typed(text)
    assert typed[hangul] == "person" and typed[hanja] == "person"


def test_a_korean_name_glossed_by_its_romanization_is_a_person() -> None:
    typed = _typed("첼리스트 문세아(Moon Se-ah)가 다음 달 독주회를 연다.")
    assert typed.get("문세아") == "person" and typed.get("Moon Se-ah") == "person"


@pytest.mark.parametrize("text", [
    "이 제도는 한국(韓國)과 일본(日本)에서 시작됐다.",  # a country, whose Hanja 韓 is also a family name's
    "남부(南部) 지방과 문화재(文化財)",  # 南 and 文 are family names' Hanja; 부 and 화재 are common nouns
    "정부(政府)는 사고(事故) 경위를 조사했다.",  # 政 and 事 are no family name's
    "박하(薄荷) 향이 났다.",  # 薄 is not 朴
    "김철(金哲洙)이라는 이름",  # three Hanja for two syllables
    "소설가 위화(余華)를 만났다.",  # 余 reads 여, not 위
    "대표 조민성(Cho Minseo)과",  # the romanization reads another name
    "김치(Kim Chi)와 정부(Jeong Bu)",  # common nouns of two syllables romanized as names
])
def test_a_gloss_that_does_not_read_as_the_name_makes_no_person_by_this_rule(text: str) -> None:
    found = spans(text)
    assert not any("glossed" in " ".join(c.reasons) or "gloss, after" in " ".join(c.reasons) for c in found.values())


@pytest.mark.parametrize(("line", "name"), [
    ("보이그룹 소나기의 메인보컬 '다온'(본명 서다온)이 첫 솔로 앨범을 냈다.", "다온"),
    ("'하솔'(본명 이하솔)은 오디션 프로그램으로 데뷔했다.", "하솔"),
    ("결승전에서는 정글러 '바람새'가 활약했다.", "바람새"),
    ("래퍼 '모래'가 새 싱글을 공개했다.", "모래"),
])
def test_a_stage_name_in_quotes_after_a_role_or_before_a_real_name_is_a_person(line: str, name: str) -> None:
    types = {m.text: m.type for m in bilingual.process(line).mentions}
    assert types.get(name) == "person"


def test_a_title_in_quotes_is_no_stage_name() -> None:
    types = {m.text: m.type for m in bilingual.process("가수 한솔이 신곡 '모래'를 발표했다.").mentions}
    assert types.get("모래") != "person"
    types = {m.text: m.type for m in bilingual.process("드라마 '바람새'가 첫 방송됐다.").mentions}
    assert types.get("바람새") != "person"


@pytest.mark.parametrize("line", ["프로게이머 다람이 우승했다.", "정글러 다람이 우승했다.",
                                  "메인보컬 다람이 노래했다."])
def test_a_role_in_a_group_or_a_team_before_a_name_says_a_person(line: str) -> None:
    types = {m.text: m.type for m in bilingual.process(line).mentions}
    assert types.get("다람") == "person", types


@pytest.mark.parametrize("line,name", [
    ("하람은 올해 1분기 실적이 시장 예상을 웃돌았다고 밝혔다.", "하람"),
    ("증권사들은 채운의 목표 주가를 일제히 내렸다.", "채운"),
    ("표담이 평택에 두 번째 공장을 짓는다.", "표담"),
])
def test_a_two_syllable_name_a_business_clause_is_said_of_is_an_organization(line: str, name: str) -> None:
    types = {m.text: m.type for m in bilingual.process(line).mentions}
    assert types.get(name) == "org", types


@pytest.mark.parametrize("line,name", [
    ("삼성전자와 석빈이 공동 개발 협약을 맺었다.", "석빈"),
    ("포스코·류온·LG화학이 배터리 소재 합작사를 세운다.", "류온"),
])
def test_a_two_syllable_name_listed_with_a_known_company_is_an_organization(line: str, name: str) -> None:
    types = {m.text: m.type for m in bilingual.process(line).mentions}
    assert types.get(name) == "org", types


@pytest.mark.parametrize("line,name,kind", [
    ("가수 하람은 새 앨범을 출시했다.", "하람", "person"),  # an occupation before it
    ("류온 씨는 가게 매출이 줄었다고 말했다.", "류온", "person"),  # 씨 after it
    ("윤하람은 신작 출시를 앞두고 기자들과 만났다.", "윤하람", "person"),  # three syllables: a full name's length
    ("하람과 김도윤이 결혼했다.", "하람", "person"),  # listed with a person, not a company
    ("강릉은 올해 관광 매출이 늘었다.", "강릉", "place"),  # a place of the gazetteer
])
def test_a_person_s_cue_a_full_name_s_length_or_a_place_keeps_the_type(line: str, name: str, kind: str) -> None:
    types = {m.text: m.type for m in bilingual.process(line).mentions}
    assert types.get(name) == kind, types


def test_a_quoted_stage_name_is_found_once_in_its_own_sentence() -> None:
    # mem32: the whole text was searched for each Korean sentence, so each stage name came back once per sentence
    text = ("공연장 앞에 팬들이 모였다. 걸그룹 별무리의 메인보컬 '새벽'이 무대에 올랐다. 객석이 가득 찼다. "
            "이어 '초롱'(본명 한초롱)이 나왔다. 공연은 밤늦게 끝났다.")
    doc = bilingual.process(text)
    found = [(m.start, m.end, m.text, m.type) for m in doc.mentions if m.text in ("새벽", "초롱")]
    assert [(text[a:b], kind) for a, b, _, kind in found] == [("새벽", "person"), ("초롱", "person")]
    assert len({(a, b) for a, b, _, _ in found}) == len(found)
    kb = Context.create().kb
    for number, (first, last) in enumerate((s.start, s.end) for s in doc.sentences):
        tokens = [t for t in doc.tokens if t.sentence == number]
        quoted = [c for c in korean_candidates(doc.text, tokens, kb) if "stage name in quotes" in " ".join(c.reasons)]
        assert all(first <= c.start < c.end <= last for c in quoted), (number, quoted)


def test_a_word_read_alone_is_asked_of_kiwi_once_for_both_of_its_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """perf52: :func:`korean_names._a_common_noun` and :func:`korean_names._a_derived_noun` read one analysis of the
    word (``_read_alone``), asked of Kiwi once per distinct word, with the answers Kiwi's reading gives."""
    from bilingual.lang import korean

    names = Context.create().kb.tokenizer_names()
    asked: list[list[str]] = []
    analyze = korean.analyze

    def counted(texts: list[str], *, names: frozenset[str] = frozenset()) -> list[list[korean.KoSentence]]:
        asked.append(list(texts))
        return analyze(texts, names=names)

    monkeypatch.setattr(korean, "analyze", counted)
    for cached in (korean_names._read_alone, korean_names._a_common_noun, korean_names._a_derived_noun):
        cached.cache_clear()
    words = ["지방세", "정확성", "서민정", "공무원", "근대화", "한소라"]
    for word in words:
        common = korean_names._a_common_noun(word, names)
        derived = korean_names._a_derived_noun(word, names)
        morphemes = [t for sentence in analyze([word], names=names)[0] for t in sentence.tokens]
        assert common == (len(morphemes) == 1 and morphemes[0][1] == "NNG"), word
        assert derived == any(t[1] in ("XSN", "XPN") for t in morphemes), word
    assert asked == [[w] for w in words]  # one analysis a word, however many of its tests are asked
    assert korean_names._a_derived_noun("정확성", names) and korean_names._a_common_noun("공무원", names)
    assert not korean_names._a_common_noun("한소라", names)


@pytest.mark.parametrize(("text", "expect"), [
    # the code's hyphen right before the name, one letter before the candidates (perf56's cheap test reaches it)
    ("신형 ABCDE-누리안 공개", "ABCDE-누리안"),
    # the number's hyphen right at the name's end, one letter past the candidates
    ("시험기 누리안-12 비행", "누리안-12"),
    # a code of six capitals is no code (the hyphen is there, the rule says no)
    ("신형 ABCDEF-누리안 공개", "누리안"),
])
def test_models_with_a_hyphen_reach_the_edges_of_the_cheap_test(text: str, expect: str) -> None:
    start = text.index("누리안")
    c = NameSpan(start, start + 3, "ko", kiwi_proper_noun=True)
    out = korean_names._models_with_a_hyphen(text, [c])
    assert [text[x.start:x.end] for x in out] == [expect]
    assert out[0].craft == (expect != "누리안")


def test_models_with_a_hyphen_leaves_candidates_far_from_any_hyphen_as_they_are() -> None:
    text = "2024-2025 시즌에는 누리안 선수가 뛰었다."
    out = [NameSpan(text.index("누리안"), text.index("누리안") + 3, "ko", kiwi_proper_noun=True)]
    assert korean_names._models_with_a_hyphen(text, out) is out and not out[0].craft
    assert korean_names._models_with_a_hyphen(text, []) == []


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(4, 24))) for _ in range(count)]


def test_every_cut_name_the_rule_reads_holds_its_cheap_test() -> None:
    """perf58: :data:`korean_names._CUT_NAME_HINT` is found inside every match of ``_CUT_NAME`` that
    :func:`korean_names._cut_names_by_evidence` reads (an epithet in quotes before it, or an age in brackets after it),
    on texts of the pieces both patterns are written in; each of its two branches is needed for some of them."""
    pieces = ["가", "힣", "한소라", "서린", " ", "'", "‘", "’", "'피겨 여왕'", "(", ")", "(29)", "(7)", "(123)",
              "29", "은", ",", ".", "\n", "a"]
    hint, cut = korean_names._CUT_NAME_HINT, korean_names._CUT_NAME
    only = {"quote": 0, "age": 0}
    read = 0
    for text in _random_texts(pieces, 20000, 58):
        for m in cut.finditer(text):
            if m.group(1) is None and m.group(3) is None:
                continue
            read += 1
            found = [h.group() for h in hint.finditer(text, m.start(), m.end())]
            assert found, (text, m.group())
            only["quote"] += all(f[0] in "'’" for f in found)
            only["age"] += all(f[0] not in "'’" for f in found)
    assert read > 500 and only["quote"] > 20 and only["age"] > 20, (read, only)


def test_every_quoted_stage_name_holds_its_cheap_test_within_the_search() -> None:
    """perf58: :data:`korean_names._STAGE_NAME_HINT` is found from each match of ``_QUOTED_STAGE_NAME`` on to the
    search's end, whatever the end (the first branch's look-ahead, ``(본명``, reads no farther than it), on texts of
    the pieces the pattern is written in; each of its two branches is needed for some of them."""
    pieces = ["가", "하리", "메인보컬", " ", " '하리'", "'", "‘", "’", "(본명", "(본명 ", "(본명:", "(", ":", "\n", "a"]
    hint, stage = korean_names._STAGE_NAME_HINT, korean_names._QUOTED_STAGE_NAME
    branches = {"real name": 0, "after a word": 0}
    for number, text in enumerate(_random_texts(pieces, 20000, 59)):
        end = len(text) - number % 4  # the search may stop short of the text's end, as at a sentence's reach
        for m in stage.finditer(text, 0, end):
            found = hint.search(text, m.start(), end)
            assert found is not None and found.start() < m.end(), (text, end, m.group())
            branches["real name" if m.group(2) is not None else "after a word"] += 1
    assert min(branches.values()) > 50, branches


@pytest.mark.parametrize("text", ["'대박' 행진이 이어졌다.", "그는 '우리'를 위해 '뛰었다'.",
                                  "‘반전’이라는 말이 돌았다."])
def test_quotes_without_a_stage_name_or_a_cut_name_leave_the_candidates_alone(text: str) -> None:
    """Quotes that hold no stage name and no epithet before a name (the cheap tests of perf58 end both rules there)."""
    kb = Context.create().kb
    tokens = [Token(0, len(text), text, "NNG", None, "ko", 0)]
    out = [NameSpan(0, 2, "ko")]
    assert korean_names._quoted_stage_names(text, tokens, out) is out
    assert korean_names._cut_names_by_evidence(text, tokens, kb, out) is out


@pytest.mark.parametrize(("text", "name"), [
    ("어제 공연에서 헝가리 필하모닉은 교향곡을 연주했다.", "헝가리 필하모닉"),
    ("오스트리아 필하모닉 오케스트라가 내한했다.", "오스트리아 필하모닉 오케스트라"),
    ("지난주 대구 오페라단이 창단 공연을 열었다.", "대구 오페라단"),
    ("캐나다 발레단의 무용수들이 도착했다.", "캐나다 발레단"),
])
def test_a_performing_company_after_its_city_written_apart_is_one_organization(text: str, name: str) -> None:
    """mentions57: a listed place and a performing company's head written apart (헝가리 | 필하모닉) are one
    organization, not a place and a word of no kind."""
    found = _typed(text)
    assert found.get(name) == "org", found
    assert name.split()[0] not in found and "필하모닉" not in found


def test_a_place_before_other_words_or_with_a_particle_is_left_alone() -> None:
    """mentions57: the head must be a whole word right after the place: 필하모닉홀 is a hall, and a place with a
    particle (빈에서) is no part of the company's name."""
    found = _typed("어제 공연에서 헝가리 필하모닉홀은 붐볐다.")
    assert found.get("헝가리") == "place" and "헝가리 필하모닉홀" not in found
    assert _typed("빈에서 필하모닉 공연이 열렸다.").get("빈") == "place"


def test_a_name_kiwi_read_as_two_nouns_before_a_title_is_one_name() -> None:
    """mentions62: a family name and two syllables Kiwi cut into common nouns (방수 + 진: waterproofing) one word
    before a title are one name; the same nouns without a title stay unnamed."""
    text = "통일부 방수진 차관은 회견을 열었다."
    tokens = [Token(0, 3, "통일부", "NNG", None, "ko", 0), Token(4, 6, "방수", "NNG", None, "ko", 0),
              Token(6, 7, "진", "NNG", None, "ko", 0), Token(8, 10, "차관", "NNG", None, "ko", 0),
              Token(10, 11, "은", "JX", None, "ko", 0)]
    found = {text[c.start:c.end]: c for c in korean_candidates(text, tokens, Context.create().kb)}
    assert "방수진" in found and found["방수진"].title == "차관"
    text = "지하 방수진 공사를 했다."
    tokens = [Token(0, 2, "지하", "NNG", None, "ko", 0), Token(3, 5, "방수", "NNG", None, "ko", 0),
              Token(5, 6, "진", "NNG", None, "ko", 0), Token(7, 9, "공사", "NNG", None, "ko", 0),
              Token(9, 10, "를", "JKO", None, "ko", 0)]
    assert "방수진" not in [text[c.start:c.end] for c in korean_candidates(text, tokens, Context.create().kb)]


def test_a_village_whose_first_syllable_kiwi_read_as_a_determiner_is_one_name_after_its_county() -> None:
    """mentions62: 전 + 촌 + 리 one space after a county of the gazetteer is the village 전촌리; a determiner written
    apart after the county (가평군 전 지역) starts no name."""
    text = "가평군 전촌리 일대에서 산불이 났다."
    tokens = [Token(0, 3, "가평군", "NNP", None, "ko", 0), Token(4, 5, "전", "MM", None, "ko", 0),
              Token(5, 6, "촌", "NNG", None, "ko", 0), Token(6, 7, "리", "NNG", None, "ko", 0),
              Token(8, 10, "일대", "NNG", None, "ko", 0), Token(10, 12, "에서", "JKB", None, "ko", 0)]
    assert "전촌리" in [text[c.start:c.end] for c in korean_candidates(text, tokens, Context.create().kb)]
    text = "가평군 전 지역에 비가 왔다."
    tokens = [Token(0, 3, "가평군", "NNP", None, "ko", 0), Token(4, 5, "전", "MM", None, "ko", 0),
              Token(6, 8, "지역", "NNG", None, "ko", 0), Token(8, 9, "에", "JKB", None, "ko", 0)]
    assert [text[c.start:c.end] for c in korean_candidates(text, tokens, Context.create().kb)] == ["가평군"]


@pytest.mark.parametrize("line,name", [
    ("수도권 전철 3호선과 한빛선 운행이 평소의 절반으로 줄었다.", "3호선"),  # a line's number
    ("수도권 전철 3호선과 한빛선 운행이 평소의 절반으로 줄었다.", "한빛선"),  # the line's service after it
    ("청주행 열차가 다솔선에서 신호 장애로 멈춰 섰다.", "다솔선"),  # a train before it, read as a common noun
    ("누리선 열차가 20분 늦게 도착했다.", "누리선"),
    ("지하철 12호선 개통이 미뤄졌다.", "12호선"),
])
def test_a_railway_line_by_its_number_or_its_trains_is_a_place(line: str, name: str) -> None:
    types = {m.text: m.type for m in bilingual.process(line).mentions}
    assert types.get(name) == "place", types


@pytest.mark.parametrize("line,word", [
    ("유람선 운행이 태풍으로 중단됐다.", "유람선"),  # a ship, not a line
    ("버스 노선 운행이 줄었다.", "노선"),
    ("그는 경선에서 당선됐다.", "경선"),
    ("화물선 운행 구간이 늘었다.", "화물선"),
])
def test_a_ship_a_lane_or_a_vote_in_선_stays_unmentioned(line: str, word: str) -> None:
    assert word not in {m.text for m in bilingual.process(line).mentions}


@pytest.mark.parametrize("line,name", [
    ("회사는 베트남 남타잉주에 연산 20만 대 규모 공장을 짓는다.", "남타잉주"),  # a common noun after its country
    ("정부는 행정 수도를 북술라판주 마나도로 옮긴다.", "북술라판주"),  # a compass point: no country needed
])
def test_a_foreign_state_kiwi_reads_as_a_common_noun_is_a_place(line: str, name: str) -> None:
    types = {m.text: m.type for m in bilingual.process(line).mentions}
    assert types.get(name) == "place", types


@pytest.mark.parametrize("line,word", [
    ("그는 저녁에 맥주를 마셨다.", "맥주"),
    ("다음 주에 다시 만나기로 했다.", "주"),
])
def test_beer_and_a_week_are_no_foreign_states(line: str, word: str) -> None:
    assert word not in {m.text for m in bilingual.process(line).mentions}


def _person_texts(text: str) -> list[str]:
    return [m.text for m in bilingual.process(text).mentions if m.type == "person"]


def test_a_name_kiwi_cut_after_a_role_or_membership_is_a_person() -> None:
    """mentions65: a word of a Korean name's shape that Kiwi cut or guessed as one unknown common noun, one space after
    소속 (a member of), 대표 (a representative) or an occupation, is a person; common nouns there stay no name."""
    assert _person_texts("그 구단 소속 변우현을 대표팀에 뽑았다.") == ["변우현"]
    assert _person_texts("구단은 브라켄 시티 소속 편우빈을 대표팀에 소집했다.") == ["편우빈"]
    assert _person_texts("구단 소속 공무원은 말했다.") == []
    assert _person_texts("대표 선수단은 귀국했다.") == [] and _person_texts("그는 대표 이사회를 열었다.") == []


def test_a_role_before_a_longer_name_or_a_noun_and_its_copula_adds_no_cut_name() -> None:
    """mentions65 guards: after an occupation, a name found longer stays whole (a foreign given and family name), and a
    word Kiwi reads as a noun and the copula (사절 + 이 + ㄴ) is no name."""
    kb = KnowledgeBase.from_records([{"id": "jb", "type": "person", "name": "조나단 브렌모어"}])
    assert [m.text for m in bilingual.process("작가 조나단 브렌모어는 바닷가에 살았다.", kb=kb).mentions
            if m.type == "person"] == ["조나단 브렌모어"]
    assert _person_texts("남측 대표 사절인 한도윤씨는 말했다.") == ["한도윤"]


def test_capitals_and_a_number_written_solid_are_one_code() -> None:
    """mentions67: capitals read as an acronym and a number written solid after them (편의점 QX44, 새 로봇 TZ9을) are
    one code, typed other, not the organization the capitals alone spell; a broadcaster's channel (EBS1), a team's
    code (팀 QX7이) and a flight's number before 편 keep their own readings."""
    assert _types("업체는 편의점 QX44 열 곳을 새로 열었다.") == {"QX44": "other"}
    assert _types("두루전자는 새 로봇 TZ9을 공개했다.").get("TZ9") == "other"
    assert _types("EBS1 채널에서 강의를 방송했다.").get("EBS") == "org"
    assert _types("이스포츠 팀 QX7이 결승에서 이겼다.").get("QX7") == "org"
    assert _types("항공편 ZQ 204편이 회항했다.").get("ZQ 204") == "other"


@pytest.mark.parametrize("line,name", [
    ("해담식품은 대표 제품 '보리향라떼'가 출시 10년 만에 누적 판매 1억 개를 넘었다고 밝혔다.", "보리향라떼"),
    ("국회 상임위원회는 '청년 주거 디딤돌법' 개정안을 의결했다.", "청년 주거 디딤돌법"),
    ("시는 '푸른 골목 가꾸기' 신청을 다음 달까지 받는다.", "푸른 골목 가꾸기"),
    ("단장은 \"'흰 새벽'은 우리 무용단의 자부심\"이라고 말했다.", "흰 새벽"),
])
def test_a_name_in_single_quotes_is_one_name_of_no_person(line: str, name: str) -> None:
    # mentions69: a product, a law, a policy, a work in single quotes, with no word of its kind before it
    types = {m.text: m.type for m in bilingual.process(line).mentions}
    assert types.get(name) == "other", types


@pytest.mark.parametrize("line,quoted", [
    ("박 감독은 경기 뒤 '선수들이 끝까지 잘 버텼다'며 웃었다.", "선수들이 끝까지 잘 버텼다"),  # a quoted clause
    ("장관은 '물가 안정이 먼저'라고 강조했다.", "물가 안정이 먼저"),  # a quotative ending after it
    ("'빙상 여왕' 한서린이 은퇴 후 첫 공연을 열었다.", "빙상 여왕"),  # an epithet before a name
    ("수도권에 폭염경보 '주의' 단계가 내려졌다.", "주의"),  # the level of an alert
    ("배달앱 수수료 인하 '맞불'", "맞불"),  # a headline's last word
])
def test_a_quoted_clause_epithet_level_or_headline_word_is_no_quoted_name(line: str, quoted: str) -> None:
    assert not any(m.text == quoted for m in bilingual.process(line).mentions)


def test_a_championship_read_as_common_nouns_is_one_event() -> None:
    """mentions73: a championship's name Kiwi reads as common nouns, written solid before 선수권대회 with a stem of
    two syllables or more (세계 + 역도 + 선수 + 권 + 대회), is one name, an event typed ``other``; 선수권대회 alone is
    none."""
    found = {m.text: m.type for m in bilingual.process("그는 올해 세계역도선수권대회에서 우승했다.").mentions}
    assert found.get("세계역도선수권대회") == "other"
    assert not any("선수권대회" in m.text for m in bilingual.process("그는 선수권대회에서 우승했다.").mentions)
