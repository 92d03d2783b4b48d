"""Words inside a name that say its kind (``bilingual.entities.kind_words``; names and sentences made up for these
tests, none taken from the gold files)."""

from __future__ import annotations

import bilingual
from bilingual.entities.gazetteer import mention_type
from bilingual.entities.kind_words import kind_by_words, latin_initials_before, monarch_titled


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


def test_a_company_word_at_the_end_of_an_english_name() -> None:
    assert kind_by_words("Dorran Bros.")[0] == kind_by_words("Dorran Bros")[0] == "org"  # type: ignore[index]
    assert mention_type("Kelsey Bros", "en")[0] == "org"  # Kelsey is a given name: no person by its shape
    assert mention_type("Halvard Pictures", "en")[0] == "org"
    assert mention_type("Tallow Creek Records", "en")[0] == "org"
    assert mention_type("Oslo Re", "en")[0] == "org"  # a city's reinsurer
    assert mention_type("Norwegian Re", "en")[0] == "org"  # a people's adjective


def test_re_and_company_ends_need_their_shape() -> None:
    assert kind_by_words("Quorvalt Re") is None  # Re after no place nor a people's adjective
    assert kind_by_words("Bros") is None  # the word alone
    assert kind_by_words("Kelsey Brothers") is None  # Brothers is a family name as well


def test_the_plural_of_a_company_s_field_at_the_end_of_an_english_name() -> None:
    assert mention_type("Kelsey Platforms", "en")[0] == "org"  # Kelsey is a given name: no person by its shape
    assert mention_type("Dorran Therapeutics", "en")[0] == "org"
    assert typed("Regulators fined Sabine Ventures for late filings.").get("Sabine Ventures") == "org"
    assert kind_by_words("Platforms") is None  # the word alone
    assert kind_by_words("Kelsey platforms") is None  # a common noun after a name


def test_a_newspaper_word_in_a_european_language() -> None:
    assert mention_type("Het Utrechtse Dagblad", "en")[0] == "org"
    assert mention_type("Kasseler Zeitung", "en")[0] == "org"
    assert mention_type("Gazzetta di Parma", "en")[0] == "org"


def test_landforms_and_fort_are_places() -> None:
    assert mention_type("Karakum Desert", "en")[0] == "place"
    assert mention_type("Vatnajokull Glacier", "en")[0] == "place"
    assert mention_type("Marlow Reef", "en")[0] == "place"  # a reef (mentions55), not a person by its shape
    assert mention_type("Fort Severn", "en")[0] == "place"
    assert kind_by_words("Fort") is None
    assert kind_by_words("Desert Storm Now") is None  # the landform word not at the end


def test_a_club_by_its_city_and_a_nickname_of_two_words() -> None:
    assert mention_type("Denver Iron Hawks", "en")[0] == "org"
    assert kind_by_words("Denver Iron Works") is None  # Works is no team's plural: left to the other rules
    assert kind_by_words("Japan Blue Hawks") is None  # a country, not a city


def test_hangul_studio_and_label_words() -> None:
    assert mention_type("스튜디오하늘숲", "ko", proper_noun=True)[0] == "org"
    assert mention_type("한빛픽처스", "ko", proper_noun=True)[0] == "org"
    assert mention_type("누리레코즈", "ko", proper_noun=True)[0] == "org"
    assert kind_by_words("스튜디오") is None and kind_by_words("스튜디오별") is None  # the word alone or one syllable


def test_a_direction_before_a_place_and_the_poles() -> None:
    assert mention_type("북캘리포니아", "ko", proper_noun=True)[0] == "place"
    assert mention_type("남극", "ko", proper_noun=True)[0] == "place"
    assert mention_type("북극", "ko", proper_noun=True)[0] == "place"
    assert kind_by_words("남경필") is None  # a Korean name's shape, no place after the direction
    assert kind_by_words("서울") is None


def test_a_cue_around_the_name_still_outweighs_the_words_inside() -> None:
    assert mention_type("Karakum Desert", "en", person_context=True)[0] == "person"  # read before the words inside


def test_in_sentences() -> None:
    out = typed("Tallow Creek Records signed the band on Friday.")
    assert out.get("Tallow Creek Records") == "org"
    out = typed("Hikers crossed the Karakum Desert in nine days.")
    assert out.get("Karakum Desert") == "place"
    out = typed("Kelsey Bros. will distribute the film in Canada.")
    assert any(t == "org" for n, t in out.items() if n.startswith("Kelsey Bros")), out
    assert not any(t == "person" for n, t in out.items() if n.startswith("Kelsey")), out


def test_bad_input_is_no_crash() -> None:
    for name in ("", " ", "Re", "북", "ㅋㅋㅋ", "Fort  ", "스튜디오" * 2000):
        kind_by_words(name)


def test_latin_initials_before_a_hangul_name_make_it_a_person() -> None:
    assert latin_initials_before("소설가 P.D. ") and latin_initials_before("배우 W. ")
    assert not latin_initials_before("U.S. ") and not latin_initials_before("워싱턴 D.C. ")
    assert not latin_initials_before("끝났다. ")  # a sentence's end, no initial
    out = typed("P.D. 하워스의 첫 장편이 번역돼 나왔다.")
    assert out.get("하워스") == "person", out
    out = typed("평론가 루크 W. 벤슨이 심사를 맡았다.")
    assert out.get("벤슨") == "person", out


def test_names_joined_by_an_ampersand_are_a_firm() -> None:
    # a partnership named after its founders (lead, stop 36; names of our own): never a person
    assert kind_by_words("Halvorsen & Tietje")[0] == "org"  # type: ignore[index]
    assert kind_by_words("Moon & Baek Partners")[0] == "org"  # type: ignore[index]
    assert kind_by_words("R&D") is None and kind_by_words("Halvorsen &") is None and kind_by_words("& Tietje") is None
    assert kind_by_words("salt & pepper") is None  # not capitalized words
    out = typed("Shin & Kim represented the plaintiffs, the court said.")
    assert out.get("Shin & Kim") == "org", out


# typer29: transcribed newspapers, regions, teams, and a person by the end of a family name in its language (names and
# sentences made up for these tests)

def test_a_transcribed_word_for_a_newspaper_makes_an_organization() -> None:
    for name in ("Kangwon Sinmun", "Pyongbuk Sinbo", "Okinawa Shinpo", "Hebei Ribao", "Kazanskaya Gazeta"):
        assert mention_type(name, "en")[0] == "org", name
    assert mention_type("평북신보", "ko", proper_noun=True)[0] == "org"
    assert kind_by_words("신보") is None  # the word alone names no paper


def test_the_daily_before_a_name_is_a_newspaper() -> None:
    assert typed("The plan was praised by the daily Tongil Sallim on Monday.").get("Tongil Sallim") == "org"
    assert typed("Tongil Sallim, a daily published in Pyongyang, ran it.").get("Tongil Sallim") == "org"
    assert typed("It was carried by the state news agency Zorvo Tongsin.").get("Zorvo Tongsin") == "org"
    assert typed("Kim, a travel agency owner, said prices rose.").get("Kim") == "person"


def test_a_word_for_a_region_after_its_name_makes_a_place() -> None:
    for name in ("Tverskaya Oblast", "Zabaykalsky Krai", "Karak Governorate", "Lubuskie Voivodeship", "Dundgovi Aimag",
                 "Wexshire"):
        assert mention_type(name, "en")[0] == "place", name
    assert kind_by_words("Oblast") is None and kind_by_words("Shire") is None


def test_a_team_by_what_it_plays_or_the_word_team() -> None:
    for name in ("Nimbus Gaming", "Korvo Esports", "Falcon Ridge Racing", "Team Quasar", "Astra Team Velo"):
        assert mention_type(name, "en")[0] == "org", name
    assert mention_type("블루노바레이싱", "ko", proper_noun=True)[0] == "org"
    assert typed("Nimbus Gaming beat the defending champions in Berlin.").get("Nimbus Gaming") == "org"
    assert kind_by_words("Gaming") is None  # one word: no sponsor's name before it


def test_a_family_name_of_its_language_makes_a_person() -> None:
    for name in ("Tawan Sukhumwong", "Ganzorig Tsogtbayar", "Eulalio Benavidez", "Oksana Hrytsenko",
                 "Dmitri Olegovich Sorin", "Haukur Einarsson", "Andrei Vasilescu", "Nikos Karamanakis"):
        assert mention_type(name, "en")[0] == "person", name
    assert typed("Prices rose again, Tawan Sukhumwong said.").get("Tawan Sukhumwong") == "person"


def test_a_family_name_end_leaves_places_and_bodies_alone() -> None:
    assert mention_type("Ciudad Benavidez", "en")[0] != "person"  # Ciudad begins a place's name
    assert mention_type("Ulaanbaatar", "en")[0] == "place"
    assert mention_type("Suez", "en")[0] == "place"
    assert mention_type("Kovalenko Bank", "en")[0] == "org"  # a body's head outweighs the family name
    assert mention_type("Benavidez Island", "en")[0] == "place"  # a place word at the end
    assert mention_type("Typhoon Lan-Sakul", "en")[0] != "person"  # a storm; the end is read on a whole word
    assert mention_type("Hrytsenko Foundation", "en")[0] == "org"


def test_a_monarchs_title_before_a_name_makes_a_person() -> None:
    found = typed("Emperor Tomohide received Sultan Qaharuddin and Crown Prince Akemi in Osaka.")
    assert found.get("Emperor Tomohide") == found.get("Sultan Qaharuddin") == "person"
    assert found.get("Crown Prince Akemi") == "person"
    assert typed("Pope Anselm spoke in Lyon on Sunday.").get("Pope Anselm") == "person"
    assert monarch_titled("Queen Solveig", "", " said")
    assert not monarch_titled("Queen Solveig", "aboard the ", " 2")  # a ship named after her
    assert not monarch_titled("Saint Vardo", "", "")  # Saint is no monarch's title (Saint Petersburg)
    assert typed("Visitors drove to King Haldor County on Monday.").get("King Haldor County") == "place"
    assert typed("The Queen Solveig 2 left Bergen on Monday.").get("Queen Solveig") != "person"


def test_a_code_is_a_team_where_a_result_is_around_it() -> None:
    assert typed("The coach of Q9 resigned after the final.").get("Q9") == "org"
    assert typed("Zed Morrow led K5 to a second straight title in Lyon.").get("K5") == "org"
    assert typed("Q9 beat the defending champions in Lyon.").get("Q9") == "org"
    assert typed("Lynvor said the ZX5 sold well in May.").get("ZX5") == "other"  # a model's code
    assert typed("Lynvor will ship the ZX5 to Lyon in May.").get("ZX5") == "other"


def test_a_games_result_before_the_and_a_name_makes_a_team() -> None:
    found = typed("Dario Lenz scored 30 points as the Zorvan Comets beat the Lakeside Heat 101-99.")
    assert found.get("Lakeside Heat") == "org" and found.get("Dario Lenz") == "person"
    assert typed("Brazil lost to the Netherlands in the final.").get("Netherlands") == "place"  # a country stays one
    assert typed("Dario Lenz beat Tomas Vrba in straight sets.").get("Tomas Vrba") != "org"  # no article: a player


# typer30: conventions of how names of a kind are written (names and sentences made up for these tests)


def test_without_borders_at_the_end_makes_an_ngo() -> None:
    assert mention_type("Architectes Sans Frontières", "en")[0] == "org"
    assert mention_type("Farmers Without Borders", "en")[0] == "org"
    assert kind_by_words("Sans Frontières") is None  # the two words alone name nothing


def test_tv_before_a_name_makes_a_broadcaster() -> None:
    assert mention_type("TV Hokuriku", "en")[0] == "org"
    assert kind_by_words("TV") is None
    assert kind_by_words("TV Garden Party Extra Night") is None  # more than three words: a programme's title


def test_a_tract_for_industry_or_trade_is_a_place() -> None:
    assert mention_type("Gwangyang Industrial Complex", "en")[0] == "place"
    assert mention_type("Saemangeum Free Economic Zone", "en")[0] == "place"
    assert kind_by_words("Industrial Complex") is None  # no name before the words


def test_a_church_by_a_denomination_or_a_long_name() -> None:
    assert mention_type("Hanbit Presbyterian Church", "en")[0] == "org"
    assert mention_type("Baptist Church", "en")[0] == "org"
    assert kind_by_words("Margaret Church") is None  # a family name: two words and no denomination


def test_a_company_by_the_art_it_performs() -> None:
    assert mention_type("Daegu City Ballet", "en")[0] == "org"
    assert kind_by_words("Ballet") is None


def test_a_club_by_the_word_that_begins_its_name() -> None:
    assert mention_type("Sporting Braga", "en")[0] == "org"
    assert mention_type("Dinamo Minsk", "en")[0] == "org"
    assert mention_type("스파르타크 모스크바", "ko", proper_noun=True)[0] == "org"
    assert kind_by_words("Sporting") is None  # the word alone
    assert kind_by_words("디나모") is None


def test_a_korean_island_romanized_as_one_word() -> None:
    assert mention_type("Bigeumdo", "en")[0] == "place"
    assert mention_type("Sapseungdo", "en")[0] == "place"
    assert kind_by_words("Taekwondo") is None  # a way (道), not an island
    assert kind_by_words("Machado") is None and kind_by_words("Delgado") is None  # Spanish family names
    assert kind_by_words("Kendo") is None


def test_hangul_industry_arboretum_and_waterway_ends() -> None:
    assert mention_type("세림정밀공업", "ko", proper_noun=True)[0] == "org"
    assert mention_type("한밭수목원", "ko", proper_noun=True)[0] == "org"
    assert mention_type("금강운하", "ko", proper_noun=True)[0] == "place"
    assert kind_by_words("공업") is None and kind_by_words("수목원") is None and kind_by_words("뱃길") is None
    assert kind_by_words("석유화학공업") is None and kind_by_words("반도체공업") is None  # a field of industry


def test_typer30_conventions_in_sentences() -> None:
    got = typed("Volunteers from Architectes Sans Frontières rebuilt a school near the Gwangyang Industrial Complex.")
    assert got.get("Architectes Sans Frontières") == "org"
    assert got.get("Gwangyang Industrial Complex") == "place"
    got = typed("세림정밀공업은 올해 매출이 두 배로 늘었다고 밝혔다.")
    assert got.get("세림정밀공업") == "org"


def test_typer31_drug_maker_research_firm_and_spanish_names() -> None:
    assert mention_type("대웅약품", "ko", proper_noun=True)[0] == "org"
    assert kind_by_words("화학약품") is None and kind_by_words("완제의약품") is None  # goods, not makers
    assert kind_by_words("의약품") is None
    assert mention_type("Omdia Research", "en")[0] == "org"
    assert mention_type("TMR Research", "en")[0] == "org"
    assert kind_by_words("Research") is None
    assert mention_type("Mariana Gutiérrez Solano", "en")[0] == "person"
    assert mention_type("Pedro Ramírez", "en")[0] == "person"
    got = typed("Sales fell 4 percent in May, according to Omdia Research.")
    assert got.get("Omdia Research") == "org"


def test_an_esports_teams_word_makes_a_code_a_team() -> None:
    from bilingual.entities.kind_words import team_code_context

    assert team_code_context("Fans cheered as the esports team ", " took the stage.")
    assert team_code_context("결승에서 이스포츠 팀 ", "의 주장이 웃었다.")
    assert team_code_context("올해 프로게임단 ", "이 창단됐다.")
    assert not team_code_context("The carmaker unveiled its ", " sedan.")
    assert not team_code_context("신형 ", "이 출시됐다.")
    assert typed("이스포츠 팀 Q7의 주장이 결승에서 웃었다.").get("Q7") == "org"
    assert typed("The esports team R9 swept the group stage.").get("R9") == "org"
    assert typed("신차 Q7이 출시됐다.").get("Q7") != "org"  # a model, no team's word


def test_team_code_context_at_reads_the_name_s_neighbours_in_the_text() -> None:
    # perf55: the words next to a code read in place; the answer is that of the words before and after it
    import random

    from bilingual.entities.kind_words import team_code_context, team_code_context_at

    pieces = ["beat", "coach of", "led", "to", "won the", "esports team", "이스포츠 팀", "프로게임단", "sedan", "the",
              " ", "  ", "\n", ",", "x"]
    rnd = random.Random(55)
    teams = 0
    for _ in range(5_000):
        before = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) + rnd.choice([" ", "", "  "])
        after = rnd.choice([" ", "", "  "]) + " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4)))
        text = f"{before}T1{after}"
        answer = team_code_context_at(text, len(before), len(before) + 2)
        assert answer == team_code_context(before, after), repr(text)
        teams += answer
    assert 500 < teams < 4_500
    assert team_code_context_at("Fans saw T1 beat G2.", 9, 11) and not team_code_context_at("its T1 sedan", 4, 6)


def test_a_trail_is_a_place() -> None:
    # mentions58: a walking route by Trail at its end, a king's tomb (below) by 왕릉 (王陵) at its end
    assert mention_type("Kestrel Ridge Trail", "en")[0] == "place"
    assert typed("Rangers closed part of the Harrowgate Coast Trail after a rockfall.").get(
        "Harrowgate Coast Trail") == "place"
    assert kind_by_words("Trail") is None  # the word alone
    assert kind_by_words("Trail Harrowgate") is None  # not at the end


def test_a_king_s_tomb_is_a_place() -> None:
    assert kind_by_words("진평왕릉")[0] == "place"  # type: ignore[index]
    assert mention_type("진평왕릉", "ko", proper_noun=False)[0] == "place"
    assert kind_by_words("왕릉") is None and kind_by_words("대왕릉") is None  # no king's name before it
    assert kind_by_words("구릉") is None  # a hill: 릉 alone is no tomb


def test_caves_end_a_places_name_but_a_family_name_cave_does_not() -> None:
    """mentions61: "… Caves" and "… Cavern(s)" are landforms' ends; Cave alone is a family name as well."""
    assert mention_type("Tamarind Caves", "en")[0] == "place"
    assert mention_type("Korrow Caverns", "en")[0] == "place"
    assert mention_type("Nick Cave", "en")[0] != "place"
