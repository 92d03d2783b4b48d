"""Names: the issue's examples, the inverse property over all 11,172 syllables, variants, tables, bad input."""

from __future__ import annotations

import re
import unicodedata

import pytest
from conftest import FIXTURES, read_lines
from hypothesis import given
from hypothesis import strategies as st

from bilingual.errors import DataError, NotANameError
from bilingual.names.hangul import all_syllables
from bilingual.names.romanized import (
    MIN_SCORE,
    may_read_as,
    name_variants,
    parse_name,
    romanize_name,
    split_name,
    syllable_readings,
    tables,
)


def test_romanize_name_styles() -> None:
    assert romanize_name("조태열") == "Jo Tae-yeol"
    assert romanize_name("조태열", style="mr") == "Cho T'ae-yŏl"
    assert romanize_name("조태열", style="common") == "Cho Tae-yul"
    assert romanize_name("김대중", style="mr") == "Kim Tae-jung"  # voiced inside the given name
    assert romanize_name("이재명", style="common").startswith("Lee ")
    assert romanize_name("박진", style="common") == "Park Jin"


@pytest.mark.parametrize("name,surname", [("남궁민수", "남궁"), ("선우재덕", "선우"), ("제갈성렬", "제갈"),
                                          ("황보관", "황보"), ("독고영재", "독고"), ("김정은", "김")])
def test_two_syllable_surnames(name: str, surname: str) -> None:
    assert split_name(name)[0] == surname
    assert romanize_name(name).startswith(romanize_name(name).split()[0])


@pytest.mark.parametrize("spelling", ["Cho Tae Yul", "Cho Tae-yul", "Tae-yul Cho", "CHO Tae-yul", "Jo Tae-yeol",
                                      "Ch'o T'ae-yŏl", "Cho Taeyul"])
def test_parse_name_finds_cho_tae_yul(spelling: str) -> None:
    assert "조태열" in [c.hangul for c in parse_name(spelling)]


def test_cho_tae_yong_is_never_cho_tae_yul() -> None:
    got = [c.hangul for c in parse_name("Cho Tae-yong", limit=None, min_score=0)]
    assert got[0] == "조태용" and "조태열" not in got


@pytest.mark.parametrize(("spelling", "hangul"), [("Chung Myung-whun", "정명훈"), ("Kim Han-gill", "김한길"),
                                                  ("Wi Sung-lac", "위성락"), ("Kim Gunn", "김건")])
def test_a_spelling_one_letter_off_the_tables_is_still_read(spelling: str, hangul: str) -> None:
    got = parse_name(spelling, limit=30, min_score=0.02)  # what the linker asks for; they score low
    assert hangul in [c.hangul for c in got]
    assert any("one letter off" in reason for c in got for reason in c.reasons)
    # an exact reading always outranks one a letter off: "Myung-hun" is read without the fallback
    assert not any("one letter off" in r for c in parse_name("Chung Myung-hun") for r in c.reasons)


@pytest.mark.parametrize("text", ["Antony Blinken", "Kamikawa", "Joe Biden", "Vladimir Putin", "", "Cho",
                                  "a b c d e f", "Kim " + "x" * 500])
def test_not_korean_names_give_nothing(text: str) -> None:
    assert parse_name(text) == []


def test_candidates_carry_scores_and_reasons() -> None:
    candidates = parse_name("Yoon Suk Yeol")
    assert candidates[0].hangul == "윤석열"
    assert all(0 < c.score <= 1 and c.reasons for c in candidates)
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)


def test_inverse_property_on_every_syllable() -> None:
    """For every Hangul syllable, each romanized form of a name holding it parses back to the name."""
    failures = []
    for syllable in all_syllables():
        name = "김" + syllable
        for style in ("rr", "mr", "common"):
            form = romanize_name(name, style=style)  # type: ignore[arg-type]
            if name not in [c.hangul for c in parse_name(form, limit=None, min_score=0)]:
                failures.append((name, style, form))
    assert failures == []


def test_variants_are_bounded_and_include_the_usual_forms() -> None:
    variants = name_variants("조태열")
    assert len(variants) <= 24 and len(set(variants)) == len(variants)
    for form in ("Cho Tae-yul", "Cho Tae Yul", "Cho Taeyul", "Cho Tae-Yul", "Tae-yul Cho", "CHO Tae-yul",
                 "Jo Tae-yeol"):
        assert form in variants, form
    assert variants[0] == "Cho Tae-yul"
    assert len(name_variants("조태열", limit=5)) == 5
    assert name_variants("조태열", limit=0) == []


def test_variants_cover_surname_conventions() -> None:
    surnames = {v.split()[0] for v in name_variants("이재명", limit=200)}
    assert {"Lee", "Yi", "Rhee", "Ri"} <= surnames
    assert {"Park", "Pak", "Bak"} <= {v.split()[0] for v in name_variants("박진", limit=200)}
    assert {"Jung", "Jeong", "Chung"} <= {v.split()[0] for v in name_variants("정의용", limit=200)}
    assert "Kim Jong Un" in name_variants("김정은", limit=200)
    assert "Ri Son Gwon" in name_variants("리선권", limit=200)


@pytest.mark.parametrize(("spelling", "hangul"), [
    ("Ryu Si-min", "유시민"),  # 柳 written 유 by the initial-sound law, its bearer keeping Ryu
    ("Ryu Hyun-jin", "류현진"),
    ("Ryoo Seung-wan", "류승완"),
    ("Joung Dong-young", "정동영"),
    ("Whang In-sung", "황인성"),
    ("Back Seung-ho", "백승호"),
])
def test_common_family_name_spellings_are_read(spelling: str, hangul: str) -> None:
    assert hangul in [c.hangul for c in parse_name(spelling, limit=5)]


def test_variants_round_trip() -> None:
    for name in ("조태열", "윤석열", "박진", "반기문", "정동영"):
        for variant in name_variants(name, limit=15):
            assert name in [c.hangul for c in parse_name(variant, limit=None, min_score=0)], variant


def test_evaluation_names_top5() -> None:
    rows = [ln.split("\t") for ln in read_lines(FIXTURES / "names" / "romanized_names.tsv") if not ln.startswith("#")]
    hits = sum(h in [c.hangul for c in parse_name(s)[:5]] for s, h, _ in rows)
    assert hits / len(rows) >= 0.9


@pytest.mark.parametrize("bad", ["", "abc", "ㅋㅋㅋ", "김 abc", "가나다라마바사아"])
def test_split_name_rejects_non_names(bad: str) -> None:
    with pytest.raises(ValueError):
        split_name(bad)


BAD_INPUT = ["", "ㅋㅋㅋ", "\u1100\u1100\u11a8", "조Tae열漢", "가" * 1_000_000, "조 " * 300_000]


@pytest.mark.parametrize("text", BAD_INPUT, ids=["empty", "compat-jamo", "conjoining-jamo", "mixed", "1M", "spaced"])
def test_name_functions_are_total_on_bad_input(text: str) -> None:
    # not names: no variants, no readings, and romanize_name says so with a coded error
    assert name_variants(text) == []
    assert parse_name(text) == []
    with pytest.raises(NotANameError) as caught:
        romanize_name(text)
    assert caught.value.code == "not_a_name" and isinstance(caught.value, ValueError)


@pytest.mark.parametrize("text,why", [("조태열 윤석열", "more than one name"), ("김민수 박지훈", "more than one"),
                                      ("조태열씨", "'씨'"), ("김민수기자", "'기자'"),
                                      ("윤석열 대통령", "more than one")])
def test_text_that_is_not_one_name_is_rejected(text: str, why: str) -> None:
    with pytest.raises(NotANameError, match=why):
        romanize_name(text, style="common")
    with pytest.raises(NotANameError):
        split_name(text)


def test_short_and_spaced_names_are_names() -> None:
    assert romanize_name("김") == "Gim"  # a surname alone: one syllable
    assert romanize_name("박", style="common") == "Park"
    assert romanize_name("조 태열") == romanize_name("조태열") == romanize_name("조 태 열") == "Jo Tae-yeol"
    assert romanize_name("김민 수", style="mr") == "Kim Min-su"  # a space inside the given name
    assert romanize_name("남궁 민수", names="joined") == "Namgung Minsu"
    # NFD Hangul is a name like its NFC form
    assert romanize_name(unicodedata.normalize("NFD", "조태열"), style="common") == "Cho Tae-yul"


def test_rr_names_rule_no_sound_change_and_joined_or_separate() -> None:
    # RR 3.4: Min Yongha (Min Yong-ha allowed); (1) no sound change inside a name: 한복남 Han Boknam, not Hangnam
    assert romanize_name("민용하", names="joined") == "Min Yongha"
    assert romanize_name("민용하") == "Min Yong-ha"
    assert romanize_name("한복남", names="joined") == "Han Boknam"
    assert romanize_name("홍빛나") == "Hong Bit-na"
    with pytest.raises(ValueError, match="names"):
        romanize_name("민용하", names="spaced")  # type: ignore[arg-type]


def test_tables_are_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    from bilingual.names import romanized as names

    assert len(tables().surnames) > 100
    rows = [(1, ["김", "x", "Kim", ""])]
    monkeypatch.setattr(names, "_read_rows", lambda name: iter(rows))
    tables.cache_clear()
    try:
        with pytest.raises(DataError, match=r"line 1.*share"):
            tables()
        rows[:] = [(3, ["김", "1", "K1m", ""])]
        with pytest.raises(DataError, match=r"line 3.*K1m"):
            tables()
        rows[:] = [(4, ["김", "1", "Kim", ""]), (5, ["김", "1", "Gim", ""])]
        with pytest.raises(DataError, match=r"line 5.*twice"):
            tables()
    finally:
        tables.cache_clear()


def test_a_name_whose_given_name_looks_like_a_title_is_still_a_name() -> None:
    """인선수 (surname 인, given name 선수) is a name; 김민수선수 is a name with a title after it."""
    assert romanize_name("인선수") == "In Seon-su"
    with pytest.raises(ValueError):
        romanize_name("김민수선수")


def test_readings_of_index_spellings_are_kept_once_computed() -> None:
    """The readings of a spelling in the syllable index are computed on first use (not all up front, which cost the
    cold start) and kept: the same readings a fresh computation gives."""
    from bilingual.names import romanized

    key = "hoon"
    assert key in romanized._syllable_index()[0]
    first = romanized._piece_readings(key, romanized._KEEP)
    assert romanized._syllable_readings[key] is first
    assert first == romanized._compute_piece_readings(key, romanized._KEEP)
    assert first and all(len(syllables) == 1 for _, syllables in first[:1])


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=",")
               | st.sampled_from("Kim-Park'aeou"), max_size=30).filter(lambda t: not re.search(r"[\s,]", t)))
def test_parse_name_reads_no_text_of_one_word(text: str) -> None:
    # the knowledge base's similarity tier relies on it (kb._SEVERAL_WORDS): no space or comma, no reading
    assert parse_name(text, limit=10, min_score=0.02) == [] and parse_name(text, limit=None) == []


def test_variant_pieces_are_the_letters_of_every_spelling() -> None:
    import random as _random

    from bilingual.names.romanized import variant_pieces

    rng = _random.Random(32)
    surnames = sorted(tables().surnames)
    for _ in range(300):
        hangul = rng.choice(surnames) + "".join(chr(0xAC00 + rng.randrange(11172)) for _ in range(rng.randint(1, 3)))
        limit = rng.choice((1, 3, 24, 48))
        firsts, seconds = variant_pieces(hangul, limit=limit)
        pieces = {(f, s) for f in firsts for s in seconds or [""]}
        for spelling in name_variants(hangul, limit=limit):
            words = [w.lower() for w in spelling.replace("-", " ").split()]
            assert any("".join(words) in (f + s, s + f) for f, s in pieces), (hangul, spelling)
    assert variant_pieces("not a name") == ([], [])
    assert variant_pieces("조태열", limit=0) == ([], [])


def test_syllable_readings_are_the_syllables_a_spelling_is_known_for() -> None:
    readings = dict(syllable_readings("Hwan"))
    assert "환" in readings and all(w > 0 for w in readings.values())
    assert [s for s, _ in syllable_readings("ho")][:1] == ["호"]
    weights = [w for _, w in syllable_readings("jeong")]
    assert weights == sorted(weights, reverse=True)
    assert syllable_readings("xq") == () and syllable_readings("") == () and syllable_readings("--") == ()


def test_the_stored_syllable_index_reads_as_the_built_one() -> None:
    """The index read from ``bilingual/data/syllable_index.tsv`` has the keys, in the same order, and the readings,
    float for float, that building it from the tables gives (its rows parsed on first use)."""
    from bilingual.names import romanized

    stored = romanized._stored_syllable_index()
    assert stored is not None
    built = romanized.build_syllable_index()
    assert list(stored) == list(built) and len(stored) == len(built) > 9000
    for key, readings in built.items():
        assert stored[key] == readings, key
    assert "yeol" in stored and "xq" not in stored and "" not in stored
    with pytest.raises(KeyError):
        stored["xq"]


def test_a_syllable_index_stored_from_other_tables_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the tables the index is built from are not those it was stored from (a table edited, the file not stored
    again), the stored file is ignored and the index built as before: the same readings, never stale ones."""
    from bilingual.names import romanized

    assert romanized._stored_syllable_index() is not None
    monkeypatch.setattr(romanized, "index_inputs_digest", lambda: "0" * 64)
    assert romanized._stored_syllable_index() is None
    romanized._syllable_index.cache_clear()
    try:
        index, longest = romanized._syllable_index()
        assert not isinstance(index, dict) and list(index) == list(romanized.build_syllable_index())
        assert [s for s, _ in index["yong"]] == ["용", "영", "룡"] and longest == max(map(len, index))
    finally:
        romanized._syllable_index.cache_clear()


_INVENTED_SPELLINGS = ("Ryu Sel-han", "Bae Minjoon", "Ha-neul Oh", "Kwon Tae Gil", "Seo Yun-bi", "Jin Hwa-ok",
                       "Pyo Dong Rim", "Nam Gung-sol", "Lowell Brandt", "Ahn", "Yoo Eun-seol", "Mun Jae-hyuk")
"""Romanized names of no one (and one English name, one word): many readings each at the lower floor."""


def test_readings_remembered_are_the_readings_computed_at_every_limit() -> None:
    """perf66: :func:`parse_name` with a limit of 0 to :data:`REMEMBERED_READINGS` answers from the readings
    remembered for the text and floor, a larger limit asked before a smaller and after it; a new list each call;
    no limit and a negative one are computed as before."""
    from bilingual.names.romanized import READING_MIN_SCORE, REMEMBERED_READINGS, _parse_name, _remembered_readings

    _remembered_readings.cache_clear()
    longest = 0
    for floor in (MIN_SCORE, READING_MIN_SCORE):
        for text in _INVENTED_SPELLINGS:
            limits = [*range(REMEMBERED_READINGS, -1, -1), *range(REMEMBERED_READINGS + 1)]
            if text.startswith(("Ryu", "Kwon")):
                limits.reverse()  # the smallest limit asked first
            for limit in limits:
                got = parse_name(text, limit=limit, min_score=floor)
                assert got == _parse_name(text, limit, floor), (text, limit, floor)
                longest = max(longest, len(got))
            for limit in (None, -1, -3, REMEMBERED_READINGS + 1):
                assert parse_name(text, limit=limit, min_score=floor) == _parse_name(text, limit, floor)
            first = parse_name(text, min_score=floor)
            first.clear()
            assert parse_name(text, min_score=floor) == _parse_name(text, 10, floor)
    assert longest == REMEMBERED_READINGS  # some spelling has more readings than are remembered: not vacuous
    assert parse_name("Bae Minjoon") == parse_name("Bae Minjoon", limit=10, min_score=MIN_SCORE)


def test_may_read_as_holds_for_every_reading_parse_name_gives() -> None:
    """kb58: ``may_read_as`` is ``False`` only for a Hangul name that is none of ``parse_name``'s readings (any limit
    but ``None``, any floor): checked on the fixture spellings, their lower-cased, joined and reordered forms and
    one-letter-off spellings; and it says no to most other Korean names (else the knowledge base's ceiling would put
    nothing off)."""
    import random
    from pathlib import Path

    rows = [line.split("\t")[:2] for line in (Path(__file__).resolve().parents[2] / "fixtures" / "names" /
                                             "romanized_names.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    spellings = sorted({r[0] for r in rows if len(r) == 2})
    spellings += [s.lower().replace("-", "") for s in spellings[:300]] + [" ".join(s.split()[::-1]) for s in
                                                                         spellings[:300]]
    spellings += ["Kim Yeoung-hee", "Park Sye-kyun", "Lee Myung-whun", "Cho, Tae-yul", "TAE-YUL CHO"]
    hangul = sorted({r[1].replace(" ", "") for r in rows if len(r) == 2})
    rng = random.Random(2)
    others = 0
    for spelling in spellings:
        readings = {c.hangul for c in parse_name(spelling, limit=10, min_score=0.0)}
        for reading in readings:
            assert may_read_as(spelling, reading), (spelling, reading)
        for other in rng.sample(hangul, 5):
            others += not may_read_as(spelling, other) and other not in readings
    assert others > len(spellings) * 4
    assert not may_read_as("Seoul", "서울") and not may_read_as("", "김") and may_read_as("Cho Tae-yul", "조태열")
