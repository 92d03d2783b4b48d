"""The number check on one pair: forms of the same figure match, changed figures are reported, in linear time."""

from __future__ import annotations

import pytest

from bilingual.qa.number_check import check_numbers, match
from bilingual.qa.numbers import find_numbers
from bilingual.qa.sides import Side


def side(text: str, lang: str) -> Side:
    return Side(text, lang, (), tuple(find_numbers(text, lang)), ())  # type: ignore[arg-type]


def findings(source: str, target: str, source_lang: str = "ko", target_lang: str = "en") -> list[tuple[str, ...]]:
    return [f.values for f in check_numbers(0, side(source, source_lang), side(target, target_lang))]


@pytest.mark.parametrize(("source", "target"), [
    ("오후 7시 45분에 출발했다.", "It left at 7:45 p.m."),
    ("9시 45분에 출발했다.", "It left at 9:45."),
    ("그는 21시간 30분 동안 구금됐다.", "He was held since 21:30 hours."),
    ("500유로를 냈다.", "He paid €500."),
    ("500유로를 냈다.", "He paid 500 euros."),
    ("500유로를 냈다.", "He paid euro500."),
    ("B-52 폭격기 2대", "two B-52 bombers"),
    ("11세기 성당", "an 11th-century cathedral"),
    ("3~5명", "three to five people"),
    ("3~5명", "3 to 5 people"),
    ("수백만 명이 봤다.", "Millions watched."),
    ("지지율이 3.5%포인트 올랐다.", "Support rose 3.5 percentage points."),
    ("사이즈 12 신발", "a size-12 shoe"),
])
def test_the_same_figure_in_another_form(source: str, target: str) -> None:
    assert findings(source, target) == []


@pytest.mark.parametrize(("source", "target", "values"), [
    ("B-52 폭격기가 떴다.", "A B-55 bomber flew.", ("B-52", "B-55")),
    ("KTX-2 열차", "the KTX-3 train", ("KTX-2", "KTX-3")),
    ("9시 45분에 출발했다.", "It left at 9:15 a.m.", ("9시 45분", "9:15 a.m.")),
    ("11세기 성당", "a 14th-century cathedral", ("11세기", "14th")),
    ("회의는 20분 늦었고 22일에 열렸다.", "The meeting, on the 22nd, was 22 minutes late.", ("20분", "22")),
    ("26일 동안 심의했다.", "It sat for 96 legislative days.", ("26일", "96")),
    ("500유로를 냈다.", "He paid euro507.", ("500유로", "euro507")),
    ("사이즈 12 신발", "a size-16 shoe", ("12", "size-16")),
    ("3~5명", "3 to 6 people", ("5명", "6")),
    ("수백만 명이 봤다.", "Billions watched.", ("수백만", "Billions")),
    ("1992년에 멈췄다.", "It stopped in 7992.", ("1992년", "7992")),
])
def test_a_changed_figure(source: str, target: str, values: tuple[str, str]) -> None:
    assert values in findings(source, target)


def test_an_impossible_date_in_the_translation() -> None:
    assert ("Sept. 81",) in findings("9월 11일 테러", "the Sept. 81 attacks")
    # the source's own impossible date, kept as it is, is not the translation's error
    assert findings("On Sept. 31 it rained.", "On Sept. 31 it rained.", "en", "en") == []


def test_english_to_korean() -> None:
    assert findings("At 9:45 a.m. on Oct. 9", "10월 9일 오전 9시 45분에", "en", "ko") == []
    assert findings("At 9:45 a.m.", "오전 9시 15분에", "en", "ko") == [("9:45 a.m.", "오전 9시 15분")]


def test_matching_is_linear_and_whole() -> None:
    n = 20_000
    source = find_numbers("9일 " * n, "ko")
    target = find_numbers("the 9th " * (n - 1) + "the 10th", "en")
    s_open, t_open = match(source, target)
    assert [q.value for q in s_open] == [9] and [q.value for q in t_open] == [10]


def test_changed_figures_in_a_long_pair_stay_linear() -> None:
    n = 20_000
    result = check_numbers(0, side("9일 " * n, "ko"), side("the 8th " * n, "en"))
    assert len(result) == n
