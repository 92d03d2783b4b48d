"""The pronunciation step: the standard's lexical lists, the morpheme rules (Kiwi), their limits, the data file."""

from __future__ import annotations

import pytest

from bilingual import files
from bilingual.errors import DataError
from bilingual.names import pronunciation
from bilingual.names.pronunciation import MAX_MORPHOLOGY, exceptions, respell, tensed, unit_suffix


def test_listed_words_inside_longer_words() -> None:
    # 제20항 다만 and 제29항, with particles after them and words before them
    assert respell("쌀생산량이") == "쌀생산냥이"
    assert respell("휘발유값") == "휘발뉴값"
    assert respell("송별연", morphology=True) == "송별연"  # 제29항 다만: no ㄴ, though Kiwi cuts 송별|연


@pytest.mark.parametrize("word,expect", [
    ("외국요리", "외국뇨리"),  # a noun + a noun beginning with 요: ㄴ added (not in the list)
    ("밥이", "밥이"),  # a particle 이: no ㄴ
    ("먹혀", "머켜"),  # ㄱ + ㅎ inside a verb: aspirated
    ("생각하다", "생가카다"),  # ㅎ of the verb suffix 하
    ("묵호", "묵호"),  # a noun keeps ㅎ (RR 3.1.4 다만)
    ("닫히고", "다치고"),  # ㄷ + 히 in a verb: ㅊ (제17항 [붙임])
])
def test_morpheme_rules(word: str, expect: str) -> None:
    assert respell(word) == expect


@pytest.mark.parametrize("word,expect", [
    # words of these shapes are not in the evaluation's fixtures: the rules, not the examples
    ("뒷일", "뒷닐"),  # 사이시옷 before 이 (제30항 3): ㄴ added, then [뒨닐]
    ("옷이", "옷이"),  # ㅅ before the particle 이: no 사이시옷
    ("따뜻하게", "따뜨타게"),  # ㅅ (read [ㄷ]) + ㅎ in an adjective: [ㅌ] (제12항 [붙임 2])
    ("굵게", "굴게"),  # ㄺ of a verb stem before ㄱ: [ㄹ] (제11항 다만)
    ("닭고기", "닭고기"),  # ㄺ of a noun: no change
    ("웃옷", "욷옷"),  # a final inside a noun before 오: representative first (제15항)
    ("있어요", "있어요"),  # before an ending: it moves as it is (제13항)
    ("밟더라도", "밥더라도"), ("밟아", "밟아"),  # the stem 밟- before a consonant, not before a vowel (제10항 다만)
    ("히읗을", "히읏을"), ("키읔에", "키윽에"), ("기역이", "기역이"),  # letter names (제16항)
])
def test_rules_of_the_second_session(word: str, expect: str) -> None:
    assert respell(word) == expect


@pytest.mark.parametrize("word,expect", [
    # 제20항 다만 derived, not listed: a noun ending in ㄴ + a bound morpheme in ㄹ is [ㄴㄴ] (none of these words is
    # among the standard's examples)
    ("판단력", "판단녁"), ("정신력", "정신녁"),  # one noun to Kiwi, whose stem is a noun of its own
    ("낙관론", "낙관논"), ("운반로", "운반노"),  # the morpheme read apart
    ("순환로에서", "순환노에서"),  # a road's name, a particle after it
    # [ㄹㄹ] kept: a prefix before a noun with ㄴㄹ inside, a word of two syllables, a place the standard lists
    ("대혼란", "대혼란"), ("재분류", "재분류"), ("무관련", "무관련"),
    ("권력", "권력"), ("한류", "한류"), ("대관령", "대관령"), ("마천령", "마천령"),  # 령: a pass, or an order
])
def test_bound_morpheme_after_n_is_read_n(word: str, expect: str) -> None:
    assert respell(word) == expect


def test_bound_morpheme_rule_needs_kiwi() -> None:
    assert respell("판단력", morphology=False) == "판단력"  # the letters alone: [판달력]


def test_unit_suffix_and_tensing_from_morphemes() -> None:
    assert unit_suffix("인왕리") is True  # Kiwi reads 리 apart
    assert unit_suffix("싫어도") is False and unit_suffix("옷맵시") is False and unit_suffix("서울시도") is False
    assert unit_suffix("제주도") is None  # one morpheme: the letter rule decides
    assert unit_suffix("가나") is None and unit_suffix("가" * (MAX_MORPHOLOGY + 1) + "도") is None
    assert tensed("발전소") == frozenset({1}) and tensed("절절") == frozenset() and tensed("알고") == frozenset()


def test_long_runs_skip_kiwi_and_stay_linear() -> None:
    word = "학여울" * 5_000  # 15,000 syllables: not a word, so no morphology, but the list still applies
    assert len(word) > MAX_MORPHOLOGY
    assert respell(word) == word
    assert respell("생산량" * 5_000) == "생산냥" * 5_000
    assert respell("") == "" and respell("가") == "가"


def test_data_file_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    assert exceptions()["생산량"].rule == "제20항 다만"

    class Fake:
        def __init__(self, text: str) -> None:
            self.text = text

        def joinpath(self, name: str) -> Fake:
            return self

        def read_text(self, encoding: str) -> str:
            return self.text

    for text, message in (("생산량\t생산냥\t제20항", "4 tab-separated"),
                          ("생산량\t생산\t제20항\tx", "same length"),
                          ("생산량\t생산냥\t20\tx", "article"),
                          ("막일\t막닐\t제29항\tx\n막일\t막닐\t제29항\tx", "twice")):
        monkeypatch.setattr(files.resources, "files", lambda package, t=text: Fake(t))
        pronunciation.exceptions.cache_clear()
        try:
            with pytest.raises(DataError, match=message):
                exceptions()
        finally:
            pronunciation.exceptions.cache_clear()
    monkeypatch.undo()
    assert "생산량" in exceptions()
