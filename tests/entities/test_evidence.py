"""The cues around a name (bilingual/entities/evidence.py): each rule of the Korean and English tables, in shapes the
mention fixtures do not have."""

from __future__ import annotations

import random
import re

import pytest

import bilingual
from bilingual.entities import evidence
from bilingual.entities.evidence import ENGLISH_CUES, KOREAN_CUES, Cue, english_cue, korean_cue, korean_cue_before


@pytest.mark.parametrize("after,expect", [
    ("의 주가가 이틀째 올랐다.", Cue("ko-business-noun", "org", "strong")),
    (" 노조는 파업을 예고했다.", Cue("ko-business-noun", "org", "strong")),
    (" 인근 해상에서 불이 났다.", Cue("ko-place-noun", "place", "strong")),
    (" 주변 해역을 순찰했다.", Cue("ko-place-noun", "place", "strong")),
    ("는 베트남에 두 번째 공장을 세운다.", Cue("ko-business-clause", "org", "clause")),
    ("가 미국 증시에 상장했다.", Cue("ko-business-clause", "org", "clause")),
    (" 씨는 주변 사람들에게 알렸다.", None),  # 주변 alone, and 씨: nothing here says organization or place
    (" 신제품은 다음 주에 나온다.", None),  # a product's new model, or a company's: no cue
    ("는 어제 기자회견을 열었다.", None),
])
def test_korean_cues(after: str, expect: Cue | None) -> None:
    assert korean_cue(after) == expect


@pytest.mark.parametrize("after,expect", [
    ("의 오페라 '달의 정원'을 무대에 올린다.", Cue("ko-author-of-work", "person", "strong")),
    ("의 첼로 협주곡을 협연했다.", Cue("ko-author-of-work", "person", "strong")),
    ("의 '바다의 노래' 전곡을 연주한다.", Cue("ko-author-of-work", "person", "strong")),
    ("의 '구름빵'이 많이 팔렸다.", None),  # a product in quotes, sold, not played nor staged
    ("의 오페라하우스에서 공연했다.", None),  # a hall's name, no work
])
def test_the_author_of_a_work_after_the_genitive(after: str, expect: Cue | None) -> None:
    """mentions66: a word of a work of music, letters or art, or a quoted title played or staged, after 의."""
    assert korean_cue(after) == expect


@pytest.mark.parametrize("before,after,name,rule", [
    ("Photos by ", ".", "Lena Fischer", "en-credit-by"),
    ("Additional reporting by ", " in Busan", "Ahn Seo-yeon", "en-credit-by"),
    ("Stock of ", " fell 4 percent", "Pearl Abyss", "en-shares-of"),
    ("a ", "-based startup", "Gasan", "en-based"),
    ("", " suppliers in Vietnam cut output", "Coway", "en-business-noun"),
    ("the ", " beat the Dinos", "Hanwha Eagles", "en-team"),
    ("", " will open two stores in Busan", "Daiso", "en-business-clause"),
    ("", " said on Monday", "Daiso", None),
    ("the ", " voted", "National Congress", "en-the-body-subject"),  # -ss is no plural: no team, a body
    ("", " beat the Dinos", "Hanwha Eagles", None),  # a team is "the X Eagles"
    # mentions54
    ("trading in ", " shares was halted", "Dongjin Pharm", "en-shares-after"),
    ("a rally in ", " stock markets", "Dongjin", None),  # a market's, no company's
    ("Nexus poured $1.5 billion into ", " last year", "Corvane", "en-money-into"),
    ("a paper published last week in the ", ".", "Annals", "en-published-in"),
    ("Her findings appeared in ", ".", "Ostrava", None),  # no word of publishing
    ("the zoo's giant panda ", " turned one", "Bao Lin", "en-animal-before"),
    ("the dark horse ", " won", "Kim Min-su", None),
    ("built 2,400 ", " homes in Osan", "Bright Haven", "en-counted-kind"),
    ("about 2,400 ", " fans", "Bright Haven", None),  # people, not things counted
    ("said analysts at ", ".", "Hanul Securities", "en-officer-of"),
    ("a speech at the Victory Column in the ", ".", "Lustgarten", None),  # a monument's name, no newspaper's column
    ("British researchers at ", " drilled", "Halley Station", None),  # researchers work at stations too
    # mentions55
    ("The new firm owns brands including ", ", Frostline and Zestiva.", "Quimby's", "en-brands-listed"),
    ("sells premium brands, such as ", " and Zestiva", "Frostline", "en-brands-listed"),
    ("sold brands like Quimby's, ", " and Frostline.", "Zestiva", "en-brands-listed"),
    ("record labels including ", " and Zestiva", "Frostline", None),  # a record label is a company
    ("the brands sold well in ", ".", "Zestiva", None),  # no list after the word
    # mentions64: a regulator, a watchdog, a planemaker, a drugmaker and an exchange are classes of bodies
    ("fined by the regulator ", " on Monday", "Veltrax", "en-class-before"),
    ("the competition watchdog ", " said", "Norvane", "en-class-before"),
    ("the planemaker ", " won an order", "Aerolis", "en-class-before"),
    ("the Swiss drugmaker ", " said", "Calvetta", "en-class-before"),
    ("laundered money through ", ", a cryptocurrency exchange.", "Corvanta", "en-class-apposition"),
    ("the lawmaker ", " said", "Kim Min-ho", None),  # a lawmaker is a person: "maker" stands apart as a word
    # mentions66: the words of a site dug, drilled or stationed; not a base's words of a business, nor a web site
    ("to develop the ", " field off Angola", "Rose Maple", "en-place-word-after"),
    ("workers left the ", " mine", "Henry Stone", "en-place-word-after"),
    ("sent to the ", " base in China", "Luoping", "en-place-word-after"),
    ("the ", " base station", "Norvane", None),
    ("on its ", " site", "Web", None),
])
def test_english_cues(before: str, after: str, name: str, rule: str | None) -> None:
    cue = english_cue(before, after, name)
    assert (cue.rule if cue is not None else None) == rule


def test_tables_name_each_rule_once() -> None:
    korean = [rule for rule, *_ in KOREAN_CUES]
    assert len(set(korean)) == len(korean) and len(set(ENGLISH_CUES)) == len(ENGLISH_CUES)
    assert {english_cue("Photos by ", "", "A B").rule} <= set(ENGLISH_CUES)  # type: ignore[union-attr]


@pytest.mark.parametrize("after,rule", [(" 종합운동장에서", None), (" 체육관에서 열린", "ko-facility-noun"),
                                        (" 국제공항", "ko-facility-noun"), (" 공원화 사업", None),
                                        (" 터미널은", "ko-facility-noun")])
def test_a_place_inside_a_place_written_apart_after_it(after: str, rule: str | None) -> None:
    cue = korean_cue(after)
    assert (cue.rule if cue is not None else None) == rule


@pytest.mark.parametrize("after,expect", [
    ("는 로마에서 신자들을 만났다.", Cue("ko-person-clause", "person", "clause")),
    ("가 2골을 넣으며 결승골을 터뜨렸다.", Cue("ko-person-clause", "person", "clause")),
    ("는 새 공장 착공식에서 이렇게 말했다.", Cue("ko-person-clause", "person", "clause")),  # people speak; 밝혔다 not
    ("는 새 공장 착공 계획을 밝혔다.", Cue("ko-business-clause", "org", "clause")),
])
def test_korean_clause_of_a_person(after: str, expect: Cue | None) -> None:
    assert korean_cue(after) == expect


@pytest.mark.parametrize("before,expect", [
    ("배달 플랫폼 ", Cue("ko-class-before", "org", "strong")),
    ("게임사 ", Cue("ko-class-before", "org", "strong")),
    ("우리은행 ", None),  # 은행 ends a name here: no word of a class
    ("플랫폼", None),  # written solid with the name
])
def test_korean_class_word_before_a_name(before: str, expect: Cue | None) -> None:
    assert korean_cue_before(before) == expect


@pytest.mark.parametrize("before,after,name,rule", [
    ("The Swedish retailer ", " opened in Hanam", "Hennes Mauritz", "en-class-before"),
    ("Kakao founder ", " testified on Monday", "Kim Beom-su", "en-title-before"),
    ("", ", who won in 2016, spoke", "Daniel Kahneman", "en-person-after"),
    ("", ", 41, signed", "Luka Modric", "en-person-after"),
    ("", " told reporters in Hanoi", "Pham Minh Chinh", "en-person-after"),
    ("Ministers met ", " in Rome", "Antonio Tajani", "en-person-object"),
    ("", " told reporters", "Apple", None),  # a verb of people types names of two or three words only
    ("", " said on Monday", "Airbus Helicopters", None),  # "said" is no person's
    ("He beat his rival ", " in May", "Bojan Pajtic", None),  # "rival" is no class of organizations
    ("", ", an online fashion retailer based in Seoul, grew", "Musinsa", "en-class-apposition"),
    ("", ", a German startup, hired staff", "Aleph Alpha", "en-class-apposition"),
    ("", ", a company official, said", "Kim Min-su", None),  # the class word does not end the apposition
    ("", ", chief executive of Mercedes-Benz, visited", "Ola Kallenius", "en-person-after"),
])
def test_english_cues_of_the_sixth_session(before: str, after: str, name: str, rule: str | None) -> None:
    cue = english_cue(before, after, name)
    assert (cue.rule if cue is not None else None) == rule


@pytest.mark.parametrize("after", [
    "이 아주 유용하다고 말했다.",  # what someone else said of the name: the name is no speaker
    "는 존중한다”고 말했다.",  # a quotation between: the name is inside it
])
def test_korean_clause_of_a_person_stops_at_reported_speech(after: str) -> None:
    assert korean_cue(after) is None


@pytest.mark.parametrize("before,after,name,rule", [
    ("said Ana Ruiz, an economist at ", ".", "Santander", "en-officer-of"),
    ("Park, chief executive of ", ", said", "Musinsa Global", "en-officer-of"),
    ("Residents of ", " were evacuated", "Yeongdeok", "en-residents-of"),
    ("Floods hit ", " province on Friday", "Aceh", "en-place-word-after"),
    ("Officials in ", " state media said", "Shanxi", None),  # state media is no state
    ("They visited ", " islands", "Greek", None),  # an adjective of a people names no place
    ("Sales rose before the ", " holiday", "Eid", "en-event-after"),
    ("before the monthlong ", " holiday", "Islamic", None),
])
def test_english_cues_of_the_seventh_session(before: str, after: str, name: str, rule: str | None) -> None:
    cue = english_cue(before, after, name)
    assert (cue.rule if cue is not None else None) == rule


def test_a_broadcasters_drama_after_a_name() -> None:
    cue = korean_cue(" 드라마 '눈물의 여왕'은")
    assert cue is not None and (cue.rule, cue.type) == ("ko-broadcast-noun", "org")
    assert korean_cue(" 드라마틱한 승부") is None


@pytest.mark.parametrize("before,after,name,rule", [
    ("", "'s coach said the knee had healed", "Coco Gauff", "en-person-after"),
    ("", "’s longtime caddie will carry the bag", "Rory McIlroy", "en-person-after"),
    ("", "'s girlfriend posted a photo", "Jannis Weber", "en-person-after"),
    ("", "'s teammates lifted him", "Dele Okafor", "en-person-after"),
    ("", "'s shares fell", "Rocket Lab", None),  # a company's shares, not a person's kin
    ("", "'s agents searched the office", "FBI", None),  # one word: no person's name
])
def test_english_possessive_of_what_only_a_person_has(before: str, after: str, name: str, rule: str | None) -> None:
    cue = english_cue(before, after, name)
    assert (cue.rule if cue else None) == rule


def test_the_class_word_pretest_keeps_every_match_of_the_class_rule() -> None:
    """english_cue searches _ENGLISH_CLASS_BEFORE only when the text ends with a class word and spaces: each
    alternative must be a plain word for that test to be exact, and every text the rule matches passes it."""
    from bilingual.entities.evidence import _CLASS_WORD_ENDS, _CLASS_WORDS, _ENGLISH_CLASS_BEFORE

    assert all(re.fullmatch(r"[a-z-]+", word) for word in _CLASS_WORD_ENDS), "a class word that is no plain word"
    assert "|".join(_CLASS_WORD_ENDS[:_CLASS_WORDS.count("|") + 1]) == _CLASS_WORDS
    # what a company produces (mentions21) and a music group (typer30) end in one of the plain words after them
    # … and an esports team (typer32)
    assert _CLASS_WORD_ENDS[_CLASS_WORDS.count("|") + 1:] == ("producer", "exporter", "refiner", "group", "team")
    for before in ("copper producer ", "the crude exporter ", "oil refiner  ", "refiner\n", "the esports team ",
                   "gaming  team "):
        assert _ENGLISH_CLASS_BEFORE.search(before) is not None and before.rstrip().endswith(_CLASS_WORD_ENDS)
    for word in _CLASS_WORD_ENDS:
        for before in (f"{word} ", f"the {word}  ", f"({word}\t", f"x {word} \n", f"re{word} ", f"{word}s ",
                       f"{word}x"):
            matched = _ENGLISH_CLASS_BEFORE.search(before) is not None
            assert not matched or before.rstrip().endswith(_CLASS_WORD_ENDS), before
    assert english_cue("the fintech startup ", " said", "Viva Republica") == Cue("en-class-before", "org", "strong")
    assert english_cue("a restartup ", " said", "Viva Republica") is None


@pytest.mark.parametrize("space", ["  ", "\n", "\u00a0", " \t"])
@pytest.mark.parametrize("before", ["the chief executive of", "an analyst at", "shares of", "Photo by",
                                    "residents of", "said the", "a spokesman for the", "met"])
def test_a_cue_does_not_depend_on_the_kind_of_space_before_the_name(before: str, space: str) -> None:
    """The cues' patterns allow any run of spaces before the name; so must the cheap tests in front of them."""
    for name, after in (("Quillon Foods", " said"), ("Marla Quintero", ", a lawyer"), ("Brekke", "-based")):
        assert english_cue(before + space, after, name) == english_cue(before + " ", after, name)


@pytest.mark.parametrize("before,after,name,rule", [
    ("", " spoke at her weekly briefing in Lagos", "Okonkwo", "en-person-pronoun"),
    ("the talks. ", " also told reporters he would not resign", "Brandt", "en-person-pronoun"),
    ("on Monday.\n", " said she was ready", "Quispe", "en-person-pronoun"),
    ('"', " thanked his teammates", "Haaland", "en-person-pronoun"),
    ("", " spoke at its annual meeting", "Nordvik", None),  # "its": an organization's pronoun
    ("", " arrived in Oslo", "Nordvik", None),  # no pronoun: a sentence's first capital is no name
    ("", " told Marten his contract ended", "Nordvik", None),  # another name between: the pronoun may be his
    ("", " said he was detained", "Police", None),  # a common noun as the subject
    ("", " told him to wait", "Investigators", None),  # a plural noun
    ("talks with ", " spoke at her desk", "Okonkwo", None),  # not the sentence's first word
    ("", " urged the bank to cut its rates", "Okonkwo", None),  # "its" is no personal pronoun
    ("", " quoted him as saying", "Tanjug", None),  # not a verb people do: agencies quote
])
def test_a_single_word_opening_its_sentence_with_a_personal_pronoun_after(before: str, after: str, name: str,
                                                                         rule: str | None) -> None:
    cue = english_cue(before, after, name)
    assert (cue.rule if cue else None) == rule


def test_a_body_s_word_opening_its_sentence_before_a_pronoun_is_no_person() -> None:
    """"Army said he …": a body's word, not a surname (the pronoun is someone else's)."""
    import bilingual

    for sentence in ("Army said he would stay in the north.", "Ministry said she had resigned."):
        assert [m for m in bilingual.process(sentence).mentions if m.type == "person"] == []


def test_a_single_word_after_the_that_says_or_decides_is_a_body() -> None:
    assert english_cue("officials said the ", " had confirmed the delay", "Admiralty") == Cue(
        "en-the-body-subject", "org", "clause")
    assert english_cue("", " declined to comment.", "Quirinale") is None  # no article before it
    assert english_cue("the ", " flooded the valley", "Ouse") is None  # not a verb of saying or deciding
    assert english_cue("the ", " said nothing", "Park") is None  # a family name after an article is no body
    assert english_cue("2. The ", " agreed to meet", "Delegates") is None  # a plural: people, no body


def test_what_is_done_with_a_company_after_e_makes_it_an_organization_not_a_place() -> None:
    import bilingual

    def typed(text: str) -> dict[str, str]:
        return {m.text: m.type for m in bilingual.process(text).mentions}

    # made-up companies: a store opens in a platform, goods go to a buyer, a firm is sold to another
    assert typed("농가들이 테르메에 입점했다.").get("테르메") == "org"
    assert typed("그 스타트업은 지난해 넥솔에 인수됐다.").get("넥솔") == "org"
    assert korean_cue("에 납품하는 부품") == Cue("ko-business-dative", "org", "strong")
    # a place that receives investment or a shop stays a place
    assert typed("성수동에 입점한 매장이 늘었다.").get("성수동") == "place"
    assert korean_cue("에 투자했다") is None


def test_an_affiliation_after_an_age_and_what_is_held() -> None:
    # an age and a middle dot in brackets before a name: what the person belongs to (mentions20)
    assert korean_cue_before("한나래(17·") == Cue("ko-affiliation", "org", "strong")
    assert korean_cue_before("오진우(31, ") == Cue("ko-affiliation", "org", "strong")
    assert korean_cue_before("(2024·") is None  # a year, no age: four digits
    assert korean_cue_before("기간(3·") == Cue("ko-affiliation", "org", "strong")  # the shape only; the name decides
    # the object of 열다 or 개최하다 and the subject of 열리다 or 개막하다 is an event
    assert korean_cue("를 연다고 밝혔다") == Cue("ko-event-held", "other", "strong")
    assert korean_cue("을 매년 개최한다") == Cue("ko-event-held", "other", "strong")
    assert korean_cue("가 오는 15일 개막한다") is None  # one adverb of time at most before the verb
    assert korean_cue("가 다음 달 개막한다") == Cue("ko-event-held", "other", "strong")
    assert korean_cue("가 열린 자세로") is None  # 열린, "open": no event
    assert korean_cue("를 열심히 했다") is None


# What a company produces before the word (mentions21; names made up)
@pytest.mark.parametrize("before", ["Peruvian copper producer ", "the oil refiner ", "Canadian lithium producer ",
                                    "the crude exporter "])
def test_a_commodity_and_producer_before_a_name_make_it_a_company(before: str) -> None:
    cue = english_cue(before, " signed a supply deal", "Antaluna")
    assert cue is not None and cue.type == "org"


@pytest.mark.parametrize("before", ["Record producer ", "the film producer ", "Producer "])
def test_producer_alone_is_a_job_not_a_class_of_company(before: str) -> None:
    cue = english_cue(before, " said he was proud", "Mark Delaney")
    assert cue is None or cue.type != "org"


# The offices of a Buddhist order after its name (mentions21; sentences made up)
@pytest.mark.parametrize("after", [" 총무원장 혜일 스님은", " 종정 스님이", " 중앙종회는 예산안을", "의 총무원은"])
def test_an_orders_office_after_a_name_makes_it_an_organization(after: str) -> None:
    cue = korean_cue(after)
    assert cue is not None and (cue.rule, cue.type) == ("ko-order-office", "org")


def test_a_title_with_its_particle_after_a_name_is_no_orders_office() -> None:
    cue = korean_cue(" 총무원장은 회의를 열었다.")
    assert cue is None or cue.rule != "ko-order-office"


def test_an_order_before_its_patriarch_is_no_person() -> None:
    import bilingual

    found = {m.text: m.type for m in bilingual.process("관음종 종정 스님은 신년 법어를 발표했다.").mentions}
    assert found.get("관음종") == "org"

def test_the_alternation_of_the_korean_cues_finds_what_one_of_them_finds() -> None:
    # korean_cue's cheap test: the text after a name matches the alternation of the rules exactly when one rule matches
    assert len({pattern.flags for _, pattern, _, _ in KOREAN_CUES}) == 1
    rnd = random.Random(5)
    pieces = [*"은는이가을를의에도 ()“.한", "45", "고 ", "주가", "직원", "앞바다", "주변 ", "공항",
              "참배", "드라마", "새 ", "말했다", "공장", "개최", "열린다", "입점", "다시 "]
    matched = 0
    for _ in range(20000):
        after = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        one = any(pattern.search(after) for _, pattern, _, _ in KOREAN_CUES)
        matched += one
        assert (evidence._ANY_KOREAN_CUE.search(after) is not None) == one, after
        if not one:
            assert korean_cue(after) is None
    assert matched > 50  # the texts do hold cues


@pytest.mark.parametrize(("before", "expect"), [
    ("충북 음성의 중견기업 ", "ko-class-before"), ("조선 해운사 ", "ko-class-before"),
    ("치킨 프랜차이즈 ", "ko-class-before"), ("천년 고찰인 사찰 ", "ko-class-before"),
    ("그 기업은 지역 ", None), ("대기업의 ", None),
])
def test_korean_class_words_of_mentions23(before: str, expect: str | None) -> None:
    cue = korean_cue_before(before)
    assert (cue.rule if cue is not None else None) == expect


@pytest.mark.parametrize(("before", "after", "name", "rule"), [
    ("the Oslo-based charity ", " said", "Nordlys Hjelp", "en-class-before"),
    ("A nonprofit ", " opened a shelter", "Harbor Light", "en-class-before"),
    ("the ", " signaled a pause", "European Central", "en-the-body-subject"),
    ("The ", " raised rates", "Reserve Bank", "en-the-body-subject"),
    ("", " signaled a pause", "Federal Reserve", None),  # no "the": no body by its verb
    ("the ", " held talks", "Federal Reserve", None),  # not a verb of saying or deciding
])
def test_english_cues_of_mentions23(before: str, after: str, name: str, rule: str | None) -> None:
    cue = english_cue(before, after, name)
    assert (cue.rule if cue is not None else None) == rule


def test_a_group_by_its_member_not_by_a_membership() -> None:
    assert korean_cue(" 멤버 윤서아는 말했다.") == Cue("ko-business-noun", "org", "strong")
    assert korean_cue(" 멤버십 가입자가 늘었다.") is None


# typer30: cues of my own sentences


def _types(text: str) -> dict[str, str]:
    import bilingual

    return {m.text: m.type for m in bilingual.process(text).mentions}


def test_a_music_group_by_its_class_word() -> None:
    assert english_cue("Girl group ", " will tour Japan", "Sorabit") == Cue("en-class-before", "org", "strong")
    assert english_cue("the rock band ", " played", "Nalrae") is not None
    assert _types("Boy group Hanbyeol signed with a new agency.").get("Hanbyeol") == "org"


def test_data_compiled_by_names_an_organization() -> None:
    cue = english_cue("beating forecasts compiled by ", ".", "Hanul Data")
    assert cue is not None and (cue.rule, cue.type) == ("en-compiled-by", "org")
    assert english_cue("the poll conducted by ", " found", "Norstat") is not None
    assert english_cue("a theory developed by ", " in 1990", "Karl Ostrander") is None  # no data word


def test_an_auction_house_before_auction() -> None:
    cue = english_cue("sold at a ", " auction in Vienna", "Dorotheum")
    assert cue is not None and cue.rule == "en-auction-house"
    assert english_cue("sold at the ", " auction", "Dorotheum") is None  # "the X auction" may be a collector's
    assert english_cue("sold at a ", " auction", "Marla Quintero") is None  # an artist's name in full
    assert english_cue("shoppers at a ", " sale", "Dorotheum") is None


def test_what_climbers_do_makes_a_mountain() -> None:
    cue = english_cue("reached the summit of ", " on Friday", "Lhotse Shar")
    assert cue is not None and (cue.rule, cue.type) == ("en-climbed", "place")
    assert _types("A guide from Pokhara died while descending Dhaulagiri in Nepal.").get("Dhaulagiri") == "place"
    assert english_cue("a summit of ", " leaders", "Norvania") is None  # a meeting
    assert english_cue("at the peak of ", " season", "Hallyu") is None


def test_an_office_of_a_body_after_a_comma_makes_a_person() -> None:
    cue = english_cue("said ", ", secretary general of the Nordic Aid Council", "Marta Oyelaran")
    assert cue is not None and cue.type == "person"
    cue = english_cue("", ", governor of Niigata Prefecture, said", "Sato Kenji")
    assert cue is not None and cue.type == "person"


def test_a_real_name_in_brackets_and_a_rank_make_a_person() -> None:
    cue = korean_cue("(본명 안토니우 실바)가 팀을 떠났다.")
    assert cue is not None and (cue.rule, cue.type) == ("ko-real-name", "person")
    cue = korean_cue_before("미드필더 토니뉴(본명 ")
    assert cue is not None and cue.type == "person"
    cue = korean_cue(" 9단을 꺾었다.")
    assert cue is not None and (cue.rule, cue.type) == ("ko-rank-dan", "person")
    assert korean_cue(" 9단지에 산다.") is None  # 단지, a housing estate: no rank


def test_group_opening_a_clause_is_a_music_group() -> None:
    cue = korean_cue_before("그룹 ")
    assert cue is not None and (cue.rule, cue.type) == ("ko-music-group-before", "org")
    assert korean_cue_before("다. 그룹 ") is not None
    assert korean_cue_before("삼성 그룹 ") is None  # a business group before its chairman's name
    assert _types("그룹 로제타가 도쿄에서 공연을 마쳤다.").get("로제타") == "org"


def test_a_unit_number_makes_a_place_and_joining_a_club_an_organization() -> None:
    cue = korean_cue(" 3호기가 정비를 마쳤다.")
    assert cue is not None and (cue.rule, cue.type) == ("ko-reactor-unit", "place")
    assert korean_cue(" 3호선을 탔다.") is None  # a subway line, not a unit
    cue = korean_cue("에 입단했다.")
    assert cue is not None and cue.type == "org"
    # the club, not the locative's place
    assert _types("공격수 이민호가 아비스파 후쿠오카에 입단했다.").get("아비스파 후쿠오카") == "org"
    assert _types("수비수 최강우가 나고야에 입단했다.").get("나고야") == "place"  # a city of the gazetteer stays one


def test_a_club_by_the_word_for_one_after_its_name() -> None:
    cue = korean_cue(" 구단은 새 감독 선임을 발표했다.")
    assert cue is not None and (cue.rule, cue.type) == ("ko-business-noun", "org")
    assert _types("체코의 오스트라바 구단은 공격수 영입을 발표했다.").get("오스트라바") != "person"
    assert _types("리그 최하위 페렌츠바로시 구단은 감독을 경질했다.").get("페렌츠바로시") == "org"


def test_an_envoy_with_the_place_served_before_a_name() -> None:
    cue = english_cue("Peru's ambassador to Seoul, ", ", opened the fair.", "Carmen Quispe Mamani")
    assert cue is not None and (cue.rule, cue.type) == ("en-title-apposition", "person")
    cue = english_cue("Chile's consul general in Busan, ", ", spoke first.", "Ana Rojas")
    assert cue is not None and cue.type == "person"
    assert english_cue("a trip to Seoul, ", ", the capital, was cut short.", "Gangnam Station") is None


def test_a_work_in_quotes_after_the_possessive_names_its_author() -> None:
    cue = english_cue("", "'s \"Winter Orchard\" sold out.", "Ágnes Tóthfalusi")
    assert cue is not None and (cue.rule, cue.type) == ("en-person-after", "person")
    cue = english_cue("", "’s new novel “Salt Roads” is out.", "Odile Brenvaux")
    assert cue is not None and cue.type == "person"
    assert english_cue("", "'s Korean unit said.", "Odile Brenvaux") is None
    assert _types("Ágnes Tóthfalusi's \"Winter Orchard\" was translated last year.").get("Ágnes Tóthfalusi") == "person"
    # a company named by its head stays one
    assert _types("Hanbit Pictures' \"Blue Hour\" opened on Friday.").get("Hanbit Pictures") == "org"


def test_a_stage_name_or_a_gamer_tag_after_a_role_is_a_persons() -> None:
    cue = english_cue("The trio's main vocalist ", " sang the bridge.", "Sorae")
    assert cue is not None and (cue.rule, cue.type) == ("en-stage-role", "person")
    cue = english_cue("In the final, mid laner ", " took the MVP.", "Quillon")
    assert cue is not None and cue.type == "person"
    assert _types("The jungler Morrowyn outplayed everyone.").get("Morrowyn") == "person"
    assert _types("Hollow Tide member Renji enlisted in March.").get("Renji") == "person"
    # "member" says a person only after a group's name; a day's name is nobody
    assert english_cue("He became a member ", " night.", "Thursday") is None
    assert english_cue("He joined as a member ", " of the board.", "Odalys") is None


def test_the_group_or_the_team_of_a_member_in_a_role_is_an_organization() -> None:
    cue = english_cue("", "'s jungle laner Pell carried the series.", "Driftmark")
    assert cue is not None and (cue.rule, cue.type) == ("en-group-of-member", "org")
    assert _types("Driftmark's top laner Pell signed a new deal.").get("Driftmark") == "org"
    assert _types("Hollow Tide member Renji enlisted in March.").get("Hollow Tide") != "person"
    # a country before a player stays a place
    assert _types("Vietnam's jungler Pell won the award.").get("Vietnam") == "place"
    assert english_cue("", "'s deal with Pell", "Driftmark") is None


def test_an_esports_team_by_its_word_in_both_languages() -> None:
    assert _types("The esports team Quartzline beat its rival.").get("Quartzline") == "org"
    assert _types("e스포츠 팀 루멘시아가 결승에 올랐다.").get("루멘시아") == "org"
    cue = korean_cue_before("올해 창단한 프로게임단 ")
    assert cue is not None and (cue.rule, cue.type) == ("ko-class-before", "org")
    # 팀 alone is also a given name (팀 쿡): no class word
    assert korean_cue_before("그는 팀 ") is None


@pytest.mark.parametrize("pattern,ends,folds", [
    (evidence._ENGLISH_CLIMB_BEFORE, evidence._CLIMB_ENDS, True),
    (evidence._ENGLISH_STAGE_ROLE_BEFORE, evidence._STAGE_ROLE_ENDS, False),
])
def test_the_cheap_tests_before_the_end_anchored_searches_skip_no_match(pattern: re.Pattern[str],
                                                                        ends: tuple[str, ...], folds: bool) -> None:
    # texts of the pattern's own words (read from its source: a word added to it is tried here too), in any case,
    # with ſ and the Kelvin sign (which re.IGNORECASE reads as s and k), spaces of several kinds and other words
    rnd = random.Random(11)
    words = sorted(set(re.findall(r"[a-z]+", pattern.pattern)))
    spaces = [" ", "  ", "\n", "\u00a0", "\u3000", "\t"]
    matched = 0
    for _ in range(20000):
        parts = []
        for _ in range(rnd.randint(1, 5)):
            word = rnd.choice([*words, "Group", "BTS", "Aespa's", "x", "-", "'", "2"])
            case = rnd.random()
            word = word.upper() if case < 0.1 else word.capitalize() if case < 0.2 else word
            if rnd.random() < 0.05:
                word = word.replace("s", "\u017f").replace("k", "\u212a")
            parts += [word, rnd.choice(spaces)]
        text = "".join(parts)[rnd.randint(0, 3):]
        if pattern.search(text):
            matched += 1
            if folds:
                assert evidence._may_end_with(text, ends), text
            else:
                assert text.rstrip().endswith(ends), text
    assert matched > 500


def test_a_name_with_its_own_s_before_a_deed_mentions45() -> None:
    text = "Halloran's will close 30 stores in Texas."
    assert evidence.body_deed_after_s(text, text.index("'s"))
    text = "Halloran's stores will close."  # a possessive before a noun
    assert not evidence.body_deed_after_s(text, text.index("'s"))
    text = "Halloran's said it would close."  # a verb of speech is no deed
    assert not evidence.body_deed_after_s(text, text.index("'s"))


def _normalized(text: str) -> str:
    """The text before a name as english_cue reads it: a run of spaces at its end made one space."""
    return text.rstrip() + " " if text[-1:].isspace() and (text[-1] != " " or text[-2:-1].isspace()) else text


_BEFORE_GATES = [  # (pattern, the rule's test before its search (True: searched), the search's window)
    (evidence._ENGLISH_TITLE_BEFORE, lambda t: t.rstrip().endswith(evidence._TITLE_BEFORE_ENDS)),
    (evidence._ENGLISH_PERSON_OBJECT_BEFORE, lambda t: t.rstrip().endswith(evidence._MEETING_ENDS)),
    (evidence._ENGLISH_OFFICER_OF, lambda t: evidence._before_the(t).rstrip().endswith(("of", "at", "with"))),
    (evidence._ENGLISH_SHARES_BEFORE,
     lambda t: not t.endswith(("of ", "in ")) or evidence._may_end_with(t[:-3], evidence._SHARES_WORDS)),
    (evidence._ENGLISH_RESIDENTS_OF,
     lambda t: not t.endswith(("of ", "in ")) or t[:-3].rstrip().endswith(evidence._RESIDENTS_WORDS)),
    (evidence._ENGLISH_VERSION_OF,
     lambda t: not t.endswith(("of ", "in ")) or t[:-3].rstrip().endswith(("version", "versions"))),
    (evidence._ENGLISH_RESULT_THE,
     lambda t: t[-4:] != "the " or t[:-4].rstrip().endswith(evidence._RESULT_ENDS)),
    (evidence._ENGLISH_CLIMB_BEFORE,
     lambda t: evidence._may_end_with(evidence._before_the(t), evidence._CLIMB_ENDS)),
]
_BEFORE_PATTERNS = [pattern for pattern, _ in _BEFORE_GATES] + [
    evidence._ENGLISH_CREDIT_BEFORE, evidence._ENGLISH_COMPILED_BY, evidence._ENGLISH_CLASS_BEFORE,
    evidence._ENGLISH_MADE_BY, evidence._ENGLISH_PRODUCT_BEFORE, evidence._ENGLISH_PLAYS_FOR,
    evidence._ENGLISH_TITLE_APPOSITION, evidence._ENGLISH_STAGE_ROLE_BEFORE, evidence._ENGLISH_MERGER_WITH]


def _texts_of(pattern: re.Pattern[str], seed: int, count: int = 40000) -> list[str]:
    """Texts of a pattern's own words (read from its source), in any case, with ſ and the Kelvin sign, spaces of
    several kinds, commas and other words."""
    rnd = random.Random(seed)
    words = sorted(set(re.findall(r"[A-Za-z]+(?:-[a-z]+)?", pattern.pattern)) - {"s", "w", "d", "A", "Z"})
    spaces = [" ", "  ", "\n", "\u00a0", "\u3000", "\t", ", "]
    texts = []
    for _ in range(count):
        parts = []
        others = ["Nomura", "Sony's", "the", "x", "-", "'", "2", "&", "BTS"] if rnd.random() < 0.5 else []
        for _ in range(rnd.randint(1, 5)):
            word = rnd.choice([*words, *others])
            case = rnd.random()
            word = word.upper() if case < 0.1 else word.capitalize() if case < 0.2 else word
            if rnd.random() < 0.03:
                word = word.replace("s", "\u017f").replace("k", "\u212a")
            parts += [word, rnd.choice(spaces)]
        texts.append(_normalized("".join(parts)[rnd.randint(0, 3):]))
    return texts


@pytest.mark.parametrize("k", range(len(_BEFORE_GATES)))
def test_the_per_rule_tests_of_perf57_skip_no_match(k: int) -> None:
    # every text a rule's pattern matches passes the cheap test english_cue puts before its search
    pattern, gate = _BEFORE_GATES[k]
    matched = 0
    for text in _texts_of(pattern, seed=57 + k):
        if pattern.search(text):
            matched += 1
            assert gate(text), text
    assert matched >= 3


@pytest.mark.parametrize("k", range(len(_BEFORE_PATTERNS)))
def test_the_joined_test_of_the_words_before_a_name_skips_no_rule(k: int) -> None:
    # every text a rule reading the words before a name matches ends in one of _CUE_BEFORE_ENDS
    pattern = _BEFORE_PATTERNS[k]
    matched = 0
    for text in _texts_of(pattern, seed=570 + k):
        if pattern.search(text[-40:]) or pattern.search(text):
            matched += 1
            assert text[-1:] == " " and evidence._may_end_with(text[-40:], evidence._CUE_BEFORE_ENDS), text
    assert matched >= 3


def test_the_joined_match_after_a_name_is_each_rules_pattern() -> None:
    # one match of the patterns after a name finds what any of them finds: they compile with the default flags, each
    # anchored where the text after the name starts
    joined = evidence._ANY_CUE_AFTER
    assert joined.flags == re.UNICODE
    for pattern in evidence._CUE_AFTER_PATTERNS:
        assert pattern.flags == re.UNICODE and pattern.pattern in joined.pattern
    for after in (" province on Monday", ", an online retailer based in Seoul", "'s mid laner Faker", "-based",
                  " will build a plant in Texas", " won an order to build two ships", " said on Monday",
                  ", who was born in 1970", " spoke at her briefing", " auction", " festival opened"):
        assert any(p.match(after) for p in evidence._CUE_AFTER_PATTERNS) or after.startswith(evidence.PLACE_SUFFIXES)
        assert joined.match(after), after
    for after in (" and its rivals", ". The", " shares fell", ", the"):
        assert not joined.match(after), after
    # a name whose neighbours hold no rule's words: no cue, in one step
    assert english_cue("ahead of talks in ", " and its rivals.", "Quillon Harbor") is None
    assert english_cue("in a statement, ", " shares fell", "Emperor Akihito") is not None


@pytest.mark.parametrize("after,expect", [
    ("'s daily drama ended on Sunday.", Cue("en-business-noun", "org", "strong")),  # mentions50: a broadcaster's slot
    (" weekend drama drew viewers.", Cue("en-business-noun", "org", "strong")),
    ("'s weekend plans changed.", None),
])
def test_a_broadcasters_slot_after_a_name(after: str, expect: Cue | None) -> None:
    assert english_cue("", after, "Zentv") == expect


@pytest.mark.parametrize("after,rule", [
    ("·모아 등 공유킥보드 업체들은 반발했다.", "ko-listed-class"),
    (" 등 시중은행들은 금리를 내렸다.", "ko-listed-class"),
    ("·하랑 등 국내 제조사는 침묵했다.", "ko-listed-class"),
    ("·이영희 등 은행 직원들이 모였다.", None),  # the class word before a noun of people: people are listed
    ("·이영희 등 업체 대표들이 모였다.", None),
    ("에서 10대 계정 수만 개를 정지했다.", "ko-platform-account"),
    ("에서 게시물 수십 개를 지웠다.", "ko-platform-account"),
    ("에서 팔로워 200만 명을 모았다.", "ko-platform-account"),
    ("에서 근무했다.", None),
])
def test_korean_cues_of_companies_listed_and_platforms(after: str, rule: str | None) -> None:
    """mentions55: names listed before 등 and a word of a class of companies that ends the phrase (X·Y 등 … 업체들은)
    are companies; a platform is where accounts, posts and followers are (X에서 … 계정)."""
    cue = korean_cue(after)
    assert (cue.rule if cue is not None else None) == rule
    if cue is not None:
        assert cue.type == ("org" if rule == "ko-listed-class" else "other") and cue.strength == "strong"


@pytest.mark.parametrize(("before", "after"), [
    ("BUSAN, Oct. 3, 2026 /", "/ -- Hanbit Robotics today launched a drone."),
    ("TORONTO, May 1, 2027 /", "/ — Maple Grove Foods recalled its bread."),
])
def test_the_wire_of_a_press_release_dateline_is_an_organization(before: str, after: str) -> None:
    """mentions57: a name between slashes after a year and before a dash is the release's distributor."""
    cue = english_cue(before, after, "Hanwire")
    assert cue is not None and (cue.rule, cue.type) == ("en-release-wire", "org")


def test_slashes_without_a_year_or_a_dash_make_no_wire() -> None:
    """mentions57: a name between slashes elsewhere (a path, a list) is no wire."""
    assert english_cue("the pages /", "/ and more", "Hanwire") is None
    assert english_cue("in 2026 /", "/ said", "Hanwire") is None


def test_a_registered_name_in_brackets_is_a_persons() -> None:
    """mentions61: X(등록명 Y), the short name a league registers a foreign player under, as X(본명 Y)."""
    assert korean_cue("(등록명 마르코)는 31점을 올렸다.") == Cue("ko-real-name", "person", "strong")
    assert korean_cue_before("(등록명 ") == Cue("ko-real-name-before", "person", "strong")
    assert korean_cue("(등록일 3월)은") is None and korean_cue_before("(등록 ") is None


@pytest.mark.parametrize("before", ["in the Slovak town of ", "the port city of ", "the island of ",
                                    "in the village of ", "the province of "])
def test_a_kind_of_settlement_and_of_before_a_name_makes_a_place(before: str) -> None:
    assert english_cue(before, " on Monday", "Vrbenka") == Cue("en-residents-of", "place", "strong")


@pytest.mark.parametrize("before", ["the state of ", "the Bank of ", "shares of "])
def test_no_settlement_before_of_makes_no_place(before: str) -> None:
    cue = english_cue(before, " on Monday", "Vrbenka")
    assert cue is None or cue.type != "place"


def test_a_road_in_ro_by_what_follows_it() -> None:
    """mentions62: a name ending in 로 of a stem that is no transcription, before its building number, its works, a
    stretch, a direction or the area around it, is a road; foreign names in 로 and other words after give no cue."""
    road = Cue(evidence.ROAD_CUE, "place", "strong")
    assert evidence.korean_road_cue("송림로", " 확장 공사에 반대했다") == road
    assert evidence.korean_road_cue("금강로", " 118에 있다") == road
    assert evidence.korean_road_cue("한솔로", " 일대에서 열렸다") == road
    assert evidence.korean_road_cue("금강로", " 방향으로 달렸다") == road
    assert evidence.korean_road_cue("파블로", " 30에 있다") is None  # a transcription: a person's name
    assert evidence.korean_road_cue("금강로", " 2024년에") is None  # a year, no building number
    assert evidence.korean_road_cue("금강로", " 확장했다") is None  # a verb
    assert evidence.korean_road_cue("미로", " 확장 공사") is None  # a stem of one syllable
    assert evidence.korean_road_cue("금강대교", " 확장 공사") is None


# mentions63: a smelter or a joint venture in a company's clause; a list counted after its class word


def test_a_smelter_or_a_joint_venture_in_the_clause_says_a_company() -> None:
    cue = Cue("ko-business-clause", "org", "clause")
    assert korean_cue("는 미국 오하이오주에 제련소를 짓기로 하고 합작법인을 세운다고 밝혔다.") == cue
    assert korean_cue("은 현지 업체와 합작사를 세운다.") == cue
    assert korean_cue("는 주민 설명회를 열었다고 밝혔다.") is None  # what anyone does


def test_a_list_counted_after_its_class_word_is_of_that_class() -> None:
    cue = Cue("ko-listed-class", "org", "strong")
    assert korean_cue("·가온테크 등 부품업체 30여 곳이 참가했다.") == cue
    assert korean_cue(" 등 중견기업 12개사가 협약을 맺었다.") == cue
    assert korean_cue(" 등 도내 초등학교 9곳이 문을 닫는다.") is None  # no class of companies
    assert _types("누리정밀·다온화학 등 부품업체 40여 곳이 참가했다.").get("다온화학") == "org"


@pytest.mark.parametrize("line,name", [
    ("추모식이 서울 중구 남산 윤봉길의사기념관에서 열렸다.", "윤봉길의사기념관"),
    ("질병관리청은 접종을 다음 달 한빛의료원에서 시작한다고 밝혔다.", "한빛의료원"),
    ("다음 달 국립한빛박물관에서는 특별전이 열린다.", "국립한빛박물관"),
])
def test_a_public_building_where_something_is_held_is_a_place(line: str, name: str) -> None:
    assert _types(line).get(name) == "place"


@pytest.mark.parametrize("line,name", [
    ("한빛박물관은 새 전시를 연다고 밝혔다.", "한빛박물관"),  # the institution acts
    ("한빛박물관에서 밝혔다.", "한빛박물관"),  # 에서 marks the body that speaks
])
def test_a_public_building_that_acts_stays_an_organization(line: str, name: str) -> None:
    assert _types(line).get(name) == "org"


def test_one_word_before_who_is_a_person() -> None:
    """mentions73: one capitalized word before ", who" is a person (a body takes "which"); not "whose" (a company's
    shares), not an acronym, and not a name of a list whose last name the clause follows ("of Dayton, Ohio, who …")."""
    cue = english_cue("", ", who fled to India in August, was sentenced.", "Hasina")
    assert cue is not None and (cue.rule, cue.type) == ("en-one-word-who", "person")
    assert english_cue("", ", whose shares fell, said so.", "Tesvia") is None
    assert english_cue("", ", who said so.", "NATO") is None
    text = "The remains of Harold E. Whitfield, 19, of Dayton, Ohio, who was killed near Unsan, were identified."
    found = {m.text: m.type for m in bilingual.process(text).mentions}
    assert found.get("Dayton") != "person"
