"""Word romanization: published RR and MR examples (known failures as strict xfail), totality, bad input."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, read_lines
from hypothesis import given
from hypothesis import strategies as st

from bilingual.names.romanize import name_jamo_letters, romanize, strip_diacritics

ROWS = [ln.split("\t") for ln in read_lines(FIXTURES / "romanize" / "examples.tsv") if not ln.startswith("#")]
CASES = [pytest.param(r[0], r[1], r[2], marks=pytest.mark.xfail(strict=True, reason=r[4]) if len(r) > 4 else (),
                      id=f"{r[0]}-{r[1]}") for r in ROWS]


@pytest.mark.parametrize("system,hangul,expect", CASES)
def test_published_example(system: str, hangul: str, expect: str) -> None:
    assert romanize(hangul, system=system) == expect  # type: ignore[arg-type]


def test_mr_options() -> None:
    assert romanize("부산", system="mr", capitalize=True) == "Pusan"
    assert romanize("평양", system="mr", diacritics=False) == "pyongyang"
    assert strip_diacritics("Cho T'ae-yŏl") == "Cho Tae-yol"


def test_non_hangul_passes_through() -> None:
    text = "조태열 (Cho Tae-yul) met 블링컨 at 3:00 — 尹 ㅋㅋ 😀"
    assert romanize(text) == "jotaeyeol (Cho Tae-yul) met beullingkeon at 3:00 — 尹 ㅋㅋ 😀"
    assert romanize("") == ""
    assert romanize("종로구", units=False) == "jongnogu"


def test_decomposed_hangul_is_composed() -> None:
    import unicodedata

    assert romanize(unicodedata.normalize("NFD", "독립문")) == "dongnimmun"


@given(st.text(max_size=50))
def test_total_on_any_string(text: str) -> None:
    assert isinstance(romanize(text), str)
    assert isinstance(romanize(text, system="mr"), str)


def test_long_input_is_linear() -> None:
    text = "조태열 외교부 장관은 " * 100_000  # ~1 MB, 800,000 syllables
    out = romanize(text)
    assert out.startswith("jotaeyeol oegyobu janggwaneun ")


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        romanize(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="system"):
        romanize("가", system="yale")  # type: ignore[arg-type]


@pytest.mark.parametrize("text,system,expect", [
    ("종로 2가", "rr", "jongno 2-ga"), ("봉천 1동", "rr", "bongcheon 1-dong"), ("도봉구", "mr", "Tobong-gu"),
    ("의정부시", "mr", "Ŭijŏngbu-si"), ("가에", "mr", "kaë"), ("개", "mr", "kae"), ("소에", "mr", "soë"),
    ("외", "mr", "oe"), ("잡혀", "mr", "chap'yŏ"), ("생산량이", "rr", "saengsannyangi"),
])
def test_units_mr_spellings_and_pronunciation(text: str, system: str, expect: str) -> None:
    assert romanize(text, system=system) == expect  # type: ignore[arg-type]


@pytest.mark.parametrize("text,system,expect", [
    ("용두리", "rr", "Yongdu-ri"), ("싫어도", "rr", "sireodo"), ("옷맵시", "rr", "onmaepsi"),  # 리 apart; no units
    ("발전", "mr", "palchŏn"), ("절절", "mr", "chŏljŏl"), ("갈비", "mr", "kalbi"),  # MR: tense after ㄹ (제26항)
])
def test_units_and_tensing_from_morphemes(text: str, system: str, expect: str) -> None:
    out = romanize(text, system=system, capitalize=text.endswith("리"))  # type: ignore[arg-type]
    assert out == expect


def test_names_option_reads_each_word_as_a_name() -> None:
    assert romanize("민용하", names="joined") == "Min Yongha"
    assert romanize("민용하, 송나리", names="separate") == "Min Yong-ha, Song Na-ri"
    assert romanize("한복남", names="joined") == "Han Boknam"  # no assimilation inside a name (RR 3.4 (1))
    assert romanize("한복남") == "hanbongnam"  # as a word it assimilates
    assert romanize("남궁민수", names="separate", system="mr") == "Namgung Min-su"
    with pytest.raises(ValueError, match="names"):
        romanize("민용하", names="spaced")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["ㅋㅋㅋ", "ᄀᄀ", "漢字조태열", "조太열", "\u3164" * 5, "가" * 10_000,
                                  "학여울" * 3_000, "\u1112\u119e\u11ab글", "\u112b\u1175", "겉옷맛없다" * 2_000,
                                  "밟고히읗이" * 2_000])
def test_bad_input_is_deterministic(text: str) -> None:
    first = romanize(text)
    assert romanize(text) == first and isinstance(first, str)
    assert romanize(text, system="mr") == romanize(text, system="mr")


@pytest.mark.parametrize("text,expect", [
    ("을지로입구", "Euljiroipgu"), ("혁신도시", "Hyeoksindosi"), ("한반도", "Hanbando"), ("여의도", "Yeouido"),
    ("안동시", "Andong-si"), ("북이면", "Bugi-myeon"), ("녹양", "Nogyang"), ("신용산", "Sinyongsan"),
])
def test_signage_common_nouns_are_not_units_and_roots_take_no_n(text: str, expect: str) -> None:
    assert romanize(text, capitalize=True) == expect


@pytest.mark.parametrize(("jamo", "voiced", "expect"), [
    ("ㄲ", None, {"kk"}), ("ㅉ", None, {"jj", "tch"}), ("ㅊ", None, {"ch"}), ("ㅌ", True, {"t"}),
    ("ㄱ", True, {"g"}), ("ㄱ", False, {"g", "k"}), ("ㄱ", None, {"g", "k"}), ("ㅇ", None, {""}), ("ㄹ", None, {"r"}),
    ("_ㅊ", None, {"t"}), ("_ㅍ", None, {"p"}), ("_ㄲ", None, {"k"}), ("_ㅇ", None, {"ng"}), ("_ㄹ", None, {"l"}),
    ("ㅓ", None, {"eo", "o"}), ("ㅡ", None, {"eu", "u"}), ("ㅢ", None, {"ui"}), ("ㅝ", None, {"wo"}),
    ("_ㄺ", None, set()), ("_ㅄ", None, set()), ("x", None, set()),
])
def test_name_jamo_letters_are_rr_and_mr_without_diacritics(jamo: str, voiced: bool | None, expect: set[str]) -> None:
    assert name_jamo_letters(jamo, voiced) == expect
