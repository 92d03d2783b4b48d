"""The general list of organizations named without a head word, and companies named on a group's name."""

from __future__ import annotations

import random
import re

import pytest

from bilingual.entities.organizations import (
    _korean_names,
    _public_rows,
    _table,
    group_company,
    known_organization,
    korean_names_in,
    korean_pattern,
    listed_companies,
    listed_company,
    longest_first_pattern,
    maker_and_model,
    public_bodies,
    public_short_forms,
)


def test_every_row_is_read_with_its_kind() -> None:
    table = _table()
    assert len(table) > 200
    assert set(table.values()) == {"group", "company", "body", "club", "party", "media", "legislature", "public"}


@pytest.mark.parametrize("name,kind", [("세계기상기구", "body"), ("WMO", "body"), ("키움 히어로즈", "club"),
                                       ("키움히어로즈", "club"), ("Juventus", "club"), ("르몽드", "media"),
                                       ("효성", "group"), ("서울", None), ("Juventus FC Academy", None)])
def test_known_organization(name: str, kind: str | None) -> None:
    assert known_organization(name) == kind


@pytest.mark.parametrize("name,group", [("효성첨단소재", "효성"), ("코오롱인더스트리", "코오롱"),
                                        ("Hyosung Heavy", "Hyosung"), ("효성", None), ("효성가", None),
                                        ("Hyosung", None), ("Hyosung and", None), ("대한민국", None)])
def test_group_company(name: str, group: str | None) -> None:
    assert group_company(name) == group


def test_the_korean_pattern_finds_names_of_two_words() -> None:
    found = [m.group() for m in korean_pattern().finditer("키움 히어로즈와 아스톤 빌라가 만났다")]
    assert found == ["키움 히어로즈", "아스톤 빌라"]


def test_the_longest_first_pattern_matches_as_the_alternation_longest_first() -> None:
    rnd = random.Random(7)
    for _ in range(300):  # words over a small alphabet, so that they share beginnings and end inside each other
        words = {"".join(rnd.choice("가나다 .") for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(1, 12))}
        words = {w for w in words if w}
        alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        trie = re.compile(longest_first_pattern(words))
        for _ in range(20):
            text = "".join(rnd.choice(["가", "나", "다", " ", ".", "라", *words]) for _ in range(rnd.randint(0, 12)))
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alternation.finditer(text)], text


def test_korean_names_in_finds_what_the_pattern_finds_from_any_place() -> None:
    # texts of the list's own names cut anywhere and run together (a name's tail against another's head, so that
    # matches overlap and the first found hides the next), spaces and other syllables; any window of them
    rnd = random.Random(42)
    names = _korean_names()
    pieces = [" ", "  ", "는", "과 ", "기", "대", "한", "국민", "의", ".", "A"]
    hidden = 0
    for _ in range(3000):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            name = rnd.choice(names)
            a, b = sorted((rnd.randint(0, len(name)), rnd.randint(0, len(name))))
            parts.append(rnd.choice([name, name, name[a:], name[:b], name[a:b], rnd.choice(pieces)]))
        text = "".join(parts)
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        expected = [m.span() for m in korean_pattern().finditer(text, start, end)]
        assert korean_names_in(text, start, end) == expected, (text, start, end)
        starts = {m.start() for m in korean_pattern().finditer(text, start, end)}
        hidden += any(korean_pattern().match(text, k, end) and k not in starts
                      for k in range(start, end))  # a name that starts inside an earlier match
    assert hidden > 30


def test_the_longest_first_pattern_takes_the_longer_name_at_a_place() -> None:
    pattern = re.compile(longest_first_pattern(["한빛 소프트", "한빛", "한빛소프트웨어", "빛소"]))
    found = [m.group() for m in pattern.finditer("한빛소프트웨어와 한빛 소프트, 한빛소")]
    assert found == ["한빛소프트웨어", "한빛 소프트", "한빛"]


@pytest.mark.parametrize("sentence", ["현대차는 내년 전기차 생산을 두 배로 늘린다고 밝혔다.",
                                      "기아차 노사가 임금 협상을 마무리했다."])
def test_a_carmakers_short_form_is_the_company_not_a_persons_name_shape(sentence: str) -> None:
    # 현대차, 기아차: 현 and 기 begin Korean family names, and the short forms have a given name's length
    import bilingual

    (m, *_) = bilingual.process(sentence).mentions
    assert (m.text, m.type) == (sentence[:3], "org")


@pytest.mark.parametrize("name,kind", [("식약처", "public"), ("중진공", "public"), ("한국지역난방공사", "public"),
                                       ("KEPCO", "public"), ("Korea Development Bank", "public"),
                                       ("남부 발전", "public"),  # written apart, as the list's Hangul names may be
                                       ("수은", None), ("도공", None), ("신보", None),  # common words: not alone
                                       ("삼성", "group"),  # organizations.tsv's kind first
                                       ("식약", None), ("KEPCO Korea", None)])
def test_public_bodies_are_known_by_their_names_and_short_forms(name: str, kind: str | None) -> None:
    assert known_organization(name) == kind


def test_public_bodies_rows_keep_the_ambiguous_forms_apart() -> None:
    rows = _public_rows()
    assert 80 <= len(rows) <= 170
    ambiguous = {form for _, _, forms in rows for form in forms}
    assert {"수은", "한은", "도공"} <= ambiguous
    assert not ambiguous & public_bodies()


@pytest.mark.parametrize("text,found", [
    ("한국도로공사(도공)는 설 연휴 사흘간 통행료를 받지 않는다.", ["도공"]),
    ("기술보증기금(이하 '기보')은 창업 기업 보증을 늘렸다.", ["기보"]),
    ("한국산업은행 (산은)이 대출을 늘린다.", ["산은"]),
    ("산은·수은 등 국책은행이 유동성을 공급한다.", ["산은", "수은"]),
    ("공정위와 예보가 점검에 나섰다.", ["예보"]),
    ("신보, 캠코 및 기은의 지원이 이어졌다.", ["신보", "기은"]),
    ("이번 조치에 대해 수은 관계자는 말을 아꼈다.", ["수은"]),
    ("나현우 무협 회장이 취임했다.", ["무협"]),
])
def test_an_ambiguous_short_form_with_evidence_is_the_body(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b, _ in public_short_forms(text)] == found


@pytest.mark.parametrize("text", [
    "하천 퇴적물에서 수은과 카드뮴이 나왔다.",  # coordinated with no body of the list
    "도예 마을의 도공은 가마에 불을 지폈다.",
    "그 밴드는 다음 달 신보를 낸다.",
    "그 한은 세월이 흘러도 풀리지 않았다.",
    "내일 기온이 떨어진다는 예보가 나왔다.",
    "한국은행(한은행)이라는 오타",  # inside another word
    "수은행장은 없다.",
    "대한수은(수은)이라는 가상의 회사",  # in parentheses after a name that is not its body's
    "무협 소설 작가 회장님",  # a title that does not follow it
])
def test_an_ambiguous_short_form_without_evidence_is_left(text: str) -> None:
    assert public_short_forms(text) == []


@pytest.mark.parametrize("name,listed", [("Iberdrola", True), ("Beiersdorf", True), ("Rheinmetall", True),
                                         ("Lloyds Banking", True),  # Lloyds is no given name
                                         ("Shell", False), ("Target", False), ("Sunday", False),  # words of web2
                                         ("Phoenix", False), ("Albany", False),  # places
                                         ("Hawkins", False), ("Partners", False),  # a common surname, a plural
                                         ("Estée Lauder", False), ("Wells Fargo", False),  # founders' names
                                         ("iberdrola", False), ("Iberdrola Renovables Energía", False)])
def test_listed_companies_are_index_members_less_words_places_and_people(name: str, listed: bool) -> None:
    assert listed_company(name) is listed


def test_listed_companies_carry_no_legal_form_and_no_name_of_the_general_list() -> None:
    names = listed_companies()
    assert not [n for n in names if re.search(r"\b(?:Inc\.?|Corp\.?|plc|AG|N\.V\.|Ltd\.?)$", n)]
    assert not [n for n in names if known_organization(n) is not None]


@pytest.mark.parametrize("text", ["Box office sales rose 5 percent last week.", "Disco music is back in the clubs.",
                                  "Meiji-era buildings line the street."])
def test_a_word_opening_a_sentence_is_no_listed_company(text: str) -> None:
    # stop 46: index members named by a common word that web2 lacks were organizations at a sentence's start
    from bilingual import process

    assert [m.text for m in process(text).mentions if m.type == "org"] == []


def test_a_maker_and_its_model_needs_the_makers_word_first_and_a_capitalized_model() -> None:
    assert maker_and_model("Ducati Monster") and maker_and_model("Lamborghini Revuelto Hybrid")
    assert not maker_and_model("Ducati") and not maker_and_model("Ducati riders")
    assert not maker_and_model("Monster Ducati") and not maker_and_model("DUCATI Monster")


def test_a_large_bank_named_like_a_person_is_an_organization() -> None:
    # stop 46: "Wells Fargo" (a given name and a Census surname) was typed person by its shape; the list of the
    # largest finance companies (organizations.tsv's "company" kind) lacked it
    from bilingual import process

    assert [(m.text, m.type) for m in process("Shares of Wells Fargo fell 2 percent.").mentions] == [
        ("Wells Fargo", "org")]


def test_listed_spellings_give_a_rows_every_writing_and_a_group_companys_groups() -> None:
    # placecheck: the review reads them as the writings a translation may give an organization
    from bilingual.entities.organizations import listed_spellings

    assert set(listed_spellings("환경부")) == {"환경부", "Ministry of Environment"}
    assert listed_spellings("Ministry of Environment") == listed_spellings("환경부")
    assert {"삼성", "Samsung"} <= set(listed_spellings("삼성전자"))  # a company of a listed group
    assert listed_spellings("관계당국") == () and listed_spellings("Zorblatt Holdings") == ()
