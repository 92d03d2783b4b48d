"""German eu/äu read as 오이 and tsch/tzsch (English tch) as ㅊ (fx25 branch), on names written for these tests."""

from __future__ import annotations

import pytest

from bilingual.names.german import german_reading
from bilingual.names.similarity import name_similarity


@pytest.mark.parametrize(("hangul", "latin", "read"), [
    ("로첸", "Lotschen", "Lochen"),
    ("마체크", "Matschek", "Machek"),
    ("아니체", "Anitzsche", "Aniche"),  # tz before sch, as in names
    ("호이츨러", "Heutschler", "Hoichler"),  # both rules in one word
    ("포이넬", "Feunel", "Foinel"),
    ("브로이링", "Bräuring", "Broiring"),  # äu
    ("초베르 마이", "Tschober Mai", "Chober Mai"),  # a capital kept
    ("해처", "Hatcher", "Hacher"),  # English tch, the same [tʃ]
])
def test_the_german_spellings_are_rewritten_when_the_hangul_writes_them(hangul: str, latin: str, read: str) -> None:
    assert german_reading(hangul, latin) == read


@pytest.mark.parametrize(("hangul", "latin"), [
    ("로셴", "Lotschen"),  # no ㅊ: [ʃ] alone, the table's own sch
    ("유넬", "Eunel"),  # an English eu, 유
    ("에우넬", "Eunel"),
    ("포 이넬", "Feunel"),  # 오 and 이 in two words
    ("도잉", "Doeung"),  # a romanized ㅡ (RR eu) before a closed 이: no 오이 written
    ("포르쉬", "Porsch"),  # sch without t
    ("나체", "Natsu"),  # nothing German in the Latin
])
def test_nothing_is_rewritten_without_the_standards_writing_or_the_spelling(hangul: str, latin: str) -> None:
    assert german_reading(hangul, latin) is None


@pytest.mark.parametrize(("hangul", "latin"), [
    ("로첸", "Lotschen"),
    ("마체크", "Matschek"),
    ("아니체", "Anitzsche"),
    ("호이츨러", "Heutschler"),
    ("레치", "Retsch"),
    ("해처", "Hatcher"),
    ("래처", "Ratcher"),
])
def test_a_german_tsch_fits_its_hangul_in_either_order(hangul: str, latin: str) -> None:
    # without the reading each of these scores 0.01-0.49 (tsch, tch: more letters than one jamo writes)
    result = name_similarity(hangul, latin)
    assert result.verdict == "same", result
    assert result.reasons[0].startswith("German spelling read as the standard writes it")
    assert name_similarity(latin, hangul).score == result.score


def test_a_fit_already_same_is_left_as_it_is() -> None:
    result = name_similarity("포이넬", "Feunel")
    assert result.verdict == "same"
    assert not any("German" in r for r in result.reasons)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("오마치", "Matsch"),  # Mach fits 오마치 at 0.72 on 2.1 nats, 오 written by nothing
    ("오보체", "Botsch"),  # Boch: 0.68 on 1.1 nats
])
def test_a_rewritten_reading_on_little_evidence_is_not_kept(hangul: str, latin: str) -> None:
    assert german_reading(hangul, latin) is not None
    result = name_similarity(hangul, latin)
    assert result.score < 0.3, result
    assert not any("German" in r for r in result.reasons)


def test_other_names_and_bad_input() -> None:
    assert german_reading("", "") is None
    assert german_reading("😀", "Tsch😀") is None
    assert german_reading("체" * 5000, "tsch" * 2500) == "ch" * 2500  # long input: no error
    assert name_similarity("체" * 5000, "tsch" * 2500).score == 0.0
    assert name_similarity("😀", "Tsch").score == 0.0
    assert name_similarity("체", "").verdict == "different"
