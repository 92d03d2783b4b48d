"""Latin spellings read as 외래어 표기법 writes them (German eu 오이 and tsch ㅊ: fx25; Portuguese r ㅎ: fx37), on
names written for these tests (none of them in names-dev or the fixtures)."""

from __future__ import annotations

import pytest

from bilingual.names.similarity import name_similarity
from bilingual.names.standard_spellings import rules_applied, standard_reading


@pytest.mark.parametrize(("hangul", "latin", "read"), [
    ("로첸", "Lotschen", "Lochen"),
    ("아니체", "Anitzsche", "Aniche"),  # tz before sch, as in German names
    ("호이츨러", "Heutschler", "Hoichler"),  # both German rules in one word
    ("브로이링", "Bräuring", "Broiring"),  # äu
    ("해처", "Hatcher", "Hacher"),  # English tch, the same [tʃ]
    ("하벨루", "Ravelo", "Havelo"),  # Portuguese r at the start of a word
    ("카하스쿠", "Carrasco", "Cahasco"),  # rr
    ("엔히누", "Enrino", "Enhino"),  # r after n
    ("몬호주", "Monroso", "Monhoso"),  # after n, -os
    ("질루 호샤", "Gilo Rocha", "Gilo Hocha"),  # a capital kept, the other word as written
])
def test_a_spelling_is_rewritten_when_the_hangul_writes_what_the_standard_writes(hangul: str, latin: str,
                                                                                read: str) -> None:
    assert standard_reading(hangul, latin) == read


@pytest.mark.parametrize(("hangul", "latin"), [
    ("로셴", "Lotschen"),  # no ㅊ: [ʃ] alone, the table's own sch
    ("유넬", "Eunel"),  # an English eu, 유
    ("포 이넬", "Feunel"),  # 오 and 이 in two words
    ("로벨루", "Ravelo"),  # an r written ㄹ: nothing to rewrite
    ("카라스쿠", "Carrasco"),
    ("하벨루", "Rhavelo"),  # r before a consonant letter is not the [ʁ] of the rule
    ("하로스", "Rarros"),  # two strong r, one ㅎ: not as many ㅎ as rewrites
    ("마렐루", "Marelo"),  # r between vowels: ㄹ by the rule, never ㅎ
    ("호세", "Rose"),  # no word-final o written 우: not read as Portuguese (Hose would fit 호세 better than 로즈)
    ("몬호자", "Monrosa"),  # no final o in the Latin
])
def test_nothing_is_rewritten_without_the_standards_writing_or_the_spelling(hangul: str, latin: str) -> None:
    assert standard_reading(hangul, latin) is None
    assert rules_applied(hangul, latin) == ""


@pytest.mark.parametrize(("hangul", "latin", "article"), [
    ("하벨루", "Ravelo", "제3장 제19절 제8항"),
    ("아니체", "Anitzsche", "표 1"),
    ("호이츨러", "Heutschler", "제3장 제2절 제5항, 표 1"),
])
def test_the_rule_applied_is_named(hangul: str, latin: str, article: str) -> None:
    assert rules_applied(hangul, latin) == article
    result = name_similarity(hangul, latin)
    assert any(article in reason for reason in result.reasons), result


@pytest.mark.parametrize(("hangul", "latin"), [
    ("아니체", "Anitzsche"),
    ("호이츨러", "Heutschler"),
    ("해처", "Hatcher"),
    ("하벨루", "Ravelo"),
    ("카하스쿠", "Carrasco"),
    ("몬호주", "Monroso"),
])
def test_a_rewritten_spelling_fits_its_hangul_in_either_order(hangul: str, latin: str) -> None:
    result = name_similarity(hangul, latin)
    assert result.verdict == "same", result
    assert any(r.startswith("spelling read as the standard writes it") for r in result.reasons)
    assert name_similarity(latin, hangul).score == result.score


def test_an_english_r_keeps_its_own_transcription() -> None:
    assert name_similarity("로즈", "Rose").score > name_similarity("호세", "Rose").score
    assert name_similarity("호세", "Rose").verdict != "same"


@pytest.mark.parametrize(("latin", "own", "other"), [
    ("Roh Jin-woo", "노진우", "호진우"),  # Korean romanizations write ㄴ and ㄹ with r, never ㅎ
    ("Ra Min-soo", "나민수", "하민수"),
    ("Ro Sang-woo", "노상우", "호상우"),
])
def test_a_romanized_korean_name_keeps_its_r(latin: str, own: str, other: str) -> None:
    assert standard_reading(other, latin) is None
    assert name_similarity(other, latin).score < name_similarity(own, latin).score
    assert name_similarity(other, latin).verdict != "same"


def test_a_fit_already_same_is_left_as_it_is() -> None:
    result = name_similarity("포이넬", "Feunel")
    assert result.verdict == "same"
    assert not any("standard writes" in r for r in result.reasons)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("오마치", "Matsch"),  # Mach fits 오마치 on little evidence, 오 written by nothing
    ("오보체", "Botsch"),
])
def test_a_rewritten_reading_on_little_evidence_is_not_kept(hangul: str, latin: str) -> None:
    assert standard_reading(hangul, latin) is not None
    result = name_similarity(hangul, latin)
    assert result.score < 0.3, result
    assert not any("standard writes" in r for r in result.reasons)


def test_other_names_and_bad_input() -> None:
    assert standard_reading("", "") is None
    assert standard_reading("😀", "Tsch😀") is None
    assert standard_reading("체" * 5000, "tsch" * 2500) == "ch" * 2500  # long input: no error
    assert standard_reading("호" * 4999 + "두", "ro " * 2500) == "ho " * 2500
    assert name_similarity("체" * 5000, "tsch" * 2500).score == 0.0
    assert name_similarity("😀", "Tsch").score == 0.0
    assert name_similarity("호", "").verdict == "different"
