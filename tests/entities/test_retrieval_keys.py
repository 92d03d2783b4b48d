"""The retrieval keys of a knowledge base (:mod:`bilingual.entities.retrieval_keys`): pure functions of a name."""

from __future__ import annotations

import pytest

from bilingual.entities.retrieval_keys import (
    given_name_law_forms,
    korean_shapes,
    read_forms,
    retrieval_keys,
    standard_forms,
    standard_keys,
    wider_keys,
    without_unit,
)


@pytest.mark.parametrize("name,core", [
    ("수원시", "수원"), ("광주광역시", "광주"), ("서울특별시", "서울"), ("세종특별자치시", "세종"), ("홍천군", "홍천"),
    ("Ansan-si", "Ansan"), ("Cheongsong gun", "Cheongsong"), ("Hwasun-eup", "Hwasun"), ("Hwasun-ŭp", "Hwasun"),
    ("Jeju City", None), ("Mexico City", None),
    ("도시", None), ("군", None), ("수원", None), ("Su-si", None), ("Sinchon", None), ("Hannam-dong", None), ("", None),
])
def test_the_administrative_unit_left_out(name: str, core: str | None) -> None:
    assert without_unit(name) == core


def test_korean_shapes_of_latin_names() -> None:
    assert ("이", 3) in korean_shapes("Rhee Sung-ah") and ("이", 3) in korean_shapes("Sungah Rhee")
    assert ("박", 2) in korean_shapes("Park Hyeok") and ("박", 3) not in korean_shapes("Park Hyeok")
    assert ("홍", 3) in korean_shapes("Hong, Gil-dong") and not korean_shapes("Gil-dong, Hong")
    assert korean_shapes("Antony Blinken") == frozenset() and korean_shapes("Seoul") == frozenset()
    assert korean_shapes("") == frozenset() and korean_shapes("a b c d e") == frozenset()


def test_a_final_e_english_writes_silent_may_be_no_syllable() -> None:
    # fx44: June for 준 (Tak June-seul is a shape of 탁준슬), and two syllables still (주네)
    assert {("탁", 3), ("탁", 4)} <= korean_shapes("Tak June-seul") and ("탁", 3) in korean_shapes("June Seul Tak")
    assert ("노", 2) in korean_shapes("Noh Gene") and ("노", 3) in korean_shapes("Noh Gene")
    assert korean_shapes("Tak Minje") == {("탁", 3)}  # n, j: two consonants, its e a syllable (민제)
    assert ("탁", 2) not in korean_shapes("Tak Seye")  # a y before e: 세예


def test_wider_keys_are_the_three_class_keys_of_the_name() -> None:
    """``wider_keys`` (perf35: cut from the four-class keys) equals ``retrieval_keys(name, length=3)`` computed from
    the name itself, on random names of my own: Latin words of one to four pieces (hyphens, commas, case, an
    institution's noun, Korean order), Hangul names with and without spaces and suffixes, and texts that are no
    name."""
    import random

    rng = random.Random(35)
    latin = ["Brag", "nov", "Teodor", "Quill", "Sung-min", "Park", "Yoo", "Wexford", "Ximena", "Ong", "chae-rin",
             "Okafor", "Lutz", "Hwang", "Jae", "Dvorak", "Mbeki", "Isle", "Tran", "Eun"]
    nouns = ["University", "Institute", "Ministry of", "Bank", "the", "Corp.", "Party"]
    syllables = list("김박최서윤강호진민수하루다온빛솔")
    queries: list[str] = ["", "   ", "123", "--", "Q", "ㅋㅋ"]
    for _ in range(700):
        kind = rng.random()
        if kind < 0.55:
            words = [rng.choice(latin) for _ in range(rng.randint(1, 4))]
            if rng.random() < 0.3:
                words.insert(rng.randrange(len(words) + 1), rng.choice(nouns))
            text = " ".join(words)
            if rng.random() < 0.15:
                text = text.replace(" ", ", ", 1)
            queries.append(text.upper() if rng.random() < 0.1 else text)
        else:
            name = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 5)))
            if rng.random() < 0.3:
                name = name[:1] + " " + name[1:]
            queries.append(name + rng.choice(["", "", "대", "대학교", "은행"]))
    shared = 0
    for q in queries:
        want = retrieval_keys(q, length=3)
        retrieval_keys.cache_clear()  # each side computed on its own
        wider_keys.cache_clear()
        assert wider_keys(q) == want, q
        shared += bool(want)
    assert shared > 600


@pytest.mark.parametrize(("name", "forms"), [
    ("Tokhira", ("Tohira",)), ("Zuchen", ("Zuken", "Zuhen")), ("Norevka", ("Norewka",)), ("Djelamo", ("jelamo",)),
    ("Mount Fumo", ("Fumo", "Mount humo", "humo")), ("Vosh River", ("Vosh",)), ("보시강", ("보시",)),
    ("후모산", ("후모",)), ("Dravika", ()), ("보사", ()), ("", ()), ("🙂", ()), ("x" * 10_000, ()),
])
def test_standard_forms(name: str, forms: tuple[str, ...]) -> None:
    assert standard_forms(name) == forms


@pytest.mark.parametrize(("name", "forms"), [
    ("Banić", ("Banits",)), ("Banic", ("Banits",)), ("Đurak", ("jurak",)), ("Odžara", ("Ojara",)),
    ("Falchi", ("Falki", "Falhi")), ("Toccio", ("Tocio",)), ("Sardoğa", ("Sardoa",)), ("Taçel", ("Tatsel",)),
    ("Schiene", ("Shiene",)), ("Ketchin", ("Kethin",)), ("Doğ", ()), ("Ağlan", ()), ("Stoic", ()),
    ("Tonic Bay", ("Tonic", "Tonits Bay", "Tonits")),
    ("ĆĆĆ", ("tststs",)),
])
def test_standard_forms_with_other_languages_letters(name: str, forms: tuple[str, ...]) -> None:
    # fx22 branch: the letters rewritten, and where they are not (German sch and English tch keep fx21's h alone,
    # ğ at a word's end or before a consonant, -ic after a vowel)
    assert standard_forms(name) == forms


def test_a_portuguese_strong_r_is_keyed_as_the_standard_writes_it() -> None:
    # fx37: 외래어 표기법 제3장 제19절 제8항 writes r at a word's start ㅎ; made-up names
    assert "havelo" in standard_forms("Ravelo")
    assert standard_keys("Ravelo") & retrieval_keys("하벨루")
    assert not any(form.startswith("h") for form in standard_forms("Rose"))  # no Portuguese final o: as before
    assert standard_forms("Roh Jin-woo") == ()  # a romanized Korean name: its r writes ㄴ or ㄹ


@pytest.mark.parametrize(("name", "forms"), [
    ("Jarvel", ("yarvel",)),  # j before a vowel [j]
    ("Woldan", ("voldan",)),  # w before a vowel [v]; the d of ld before a vowel kept
    ("Holdna Lund", ("Holna Lun",)),  # ld, nd before no vowel: the d unwritten
    ("Genova", ("jenova",)),  # g before e [dʒ]
    ("Talex", ("Taleks",)),  # x after a vowel [ks], the same in both readings
    ("Jogeln", ("yogeln", "Jojeln")),  # a j and a soft g: each reading its own form
    ("Djamor", ()), ("Xavor", ()), ("Roh Jin-woo", ()), ("Jin-woo Roh", ()),  # dj; a first x; Korean names
    ("유라셀", ()), ("", ()), ("x" * 10_000, ()), ("🙂", ()),
])
def test_read_forms(name: str, forms: tuple[str, ...]) -> None:
    # fx38 branch, names of our own
    assert read_forms(name) == forms


def test_a_reading_s_keys_meet_the_transcription_s_and_keep_two_classes() -> None:
    assert standard_keys("Jarvel") & retrieval_keys("야르벨")
    assert standard_keys("Talex") & retrieval_keys("탈렉스")
    assert "yoka" in standard_forms("Joka")
    assert not standard_keys("Joka")  # yoka: one class (K), no key


@pytest.mark.parametrize(("name", "forms"), [
    ("다래구", ("다래",)), ("Darae District", ("Darae",)), ("다솜사", ("다솜",)),
    ("Dasomsa Temple", ("Dasomsa", "Dasom")), ("Eunsol-do Province", ("Eunsol-do", "Eunsol")),
    ("Kim Sol Island", ("Kim Sol", "Kim Sol Islan")),  # name_core's (Island a foreign place's word), not a
    # Korean place's; and fx38's reading of nd before no vowel (the d unwritten)
    ("다래", ()), ("Darae", ()),
])
def test_standard_forms_of_a_korean_place_without_its_unit(name: str, forms: tuple[str, ...]) -> None:
    # kunits branch: 다래구 and Darae District (invented) meet by the keys of 다래 and Darae
    assert standard_forms(name) == forms


@pytest.mark.parametrize(("name", "form"), [
    ("가온광역시", "가온"), ("Gaon Metropolitan City", "Gaon"), ("다솜남도", "다솜"), ("South Dasom Province", "Dasom"),
    ("부산시", "부산"), ("경북", "경상"),  # listed places (places.tsv): without the unit; a short form's full name
    ("전라남도", "jeolla"),  # a province's core romanized: 전라's keys do not hold Jeolla's ll
])
def test_standard_forms_of_korean_units_as_english_writes_them(name: str, form: str) -> None:
    # kadmin branch: the keys of 가온 meet Gaon's, of 경상 North Gyeongsang's
    assert form in standard_forms(name)


def test_a_persons_name_ending_in_a_unit_gets_no_unit_form() -> None:
    assert standard_forms("박은시") == () and standard_forms("최영시") == ()  # 시: not listed, no form


def test_given_name_law_forms_write_a_given_names_r_by_the_initial_sound_law() -> None:
    # fx48 (korean_names_heldout14: Kim Eung-ryong reads 김응룡, the KB holds 김응용): invented names
    assert given_name_law_forms("탁응룡") == ("탁응용",)
    assert given_name_law_forms("도란희") == ("도난희",)
    assert given_name_law_forms("탁림렬") == ("탁임렬", "탁림열", "탁임열")  # each alone, then both
    assert given_name_law_forms("남궁룡") == ("남궁용",)  # a surname of two syllables is left as read
    assert given_name_law_forms("류민수") == ()  # the surname is left as read; no given-name syllable changes
    assert given_name_law_forms("스미스") == () and given_name_law_forms("") == ()  # no Korean person's name
