"""Numbers: Korean number words and units, English amounts, and what counts as the same value."""

from __future__ import annotations

import pytest

from bilingual.qa.numbers import Quantity, comparable, find_numbers, impossible_dates, same_value

KOREAN = [
    ("1억1천만 달러", 110_000_000, "USD"),
    ("12조3천억", 12.3e12, None),
    ("9일", 9, None),
    ("1992년", 1992, None),
    ("3.5%", 3.5, "percent"),
    ("5천만원", 50_000_000, "KRW"),
    ("2만5천 명", 25_000, None),
    ("두 명", 2, None),
    ("3억", 300_000_000, None),
]
ENGLISH = [
    ("$110 million", 110_000_000, "USD"),
    ("12.3 trillion", 12.3e12, None),
    ("the 9th", 9, None),
    ("3.5 percent", 3.5, "percent"),
    ("50,000 won", 50_000, "KRW"),
    ("twenty-five", 25, None),
    ("October", 10, None),
    ("US$5 billion", 5e9, "USD"),
]


@pytest.mark.parametrize(("text", "value", "unit"), KOREAN)
def test_korean_numbers(text: str, value: float, unit: str | None) -> None:
    (q,) = find_numbers(text, "ko")
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "value", "unit"), ENGLISH)
def test_english_numbers(text: str, value: float, unit: str | None) -> None:
    (q,) = find_numbers(text, "en")
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "lang"), [("6·25 전쟁", "ko"), ("", "ko"), ("", "en")])
def test_no_quantities(text: str, lang: str) -> None:
    assert find_numbers(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("G20 정상회의", "ko", [("G20", 20, "code:G", "code")]),
    ("the G20 and F-16s", "en", [("G20", 20, "code:G", "code"), ("F-16", 16, "code:F", "code")]),
    ("A KTX-2 and an A380", "en", [("KTX-2", 2, "code:KTX", "code"), ("A380", 380, "code:A", "code")]),
    ("at 12:26 a.m.", "en", [("12:26 a.m.", 26, None, "clock")]),
    ("at 7:45 p.m.", "en", [("7:45 p.m.", 19 * 60 + 45, None, "clock")]),
    ("at 21:40 hours", "en", [("21:40 hours", 21 * 60 + 40, None, "clock")]),
    ("9시 45분에", "ko", [("9시 45분", 9 * 60 + 45, None, "clock12")]),
    ("오후 3시 반에", "ko", [("오후 3시 반", 15 * 60 + 30, None, "clock")]),
    ("11세기 초", "ko", [("11세기", 11, None, "century")]),
    ("in the 14th-century church", "en", [("14th", 14, None, "century")]),
    ("costs euro507", "en", [("euro507", 507, "EUR", None)]),
    ("수십억 달러", "ko", [("수십억", 1e9, None, "approx")]),
    ("hundreds of millions of euros", "en", [("hundreds of millions", 1e8, None, "approx")]),
])
def test_times_codes_centuries_and_orders_of_magnitude(text: str, lang: str,
                                                       expected: list[tuple[str, float, str | None, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.kind) for q in find_numbers(text, lang)] == expected


def test_ranges_and_scores_are_two_figures() -> None:
    assert [q.value for q in find_numbers("aged 3-5 and won 37-13", "en")] == [3, 5, 37, 13]
    assert [q.value for q in find_numbers("3~5명", "ko")] == [3, 5]


@pytest.mark.parametrize(("text", "lang", "bad"), [
    ("on Sept. 81, he left", "en", ["Sept. 81"]), ("on 31 June", "en", ["31 June"]), ("by Feb 29", "en", []),
    ("9월 31일", "ko", ["9월 31일"]), ("13월 2일", "ko", ["13월 2일"]), ("12월 31일", "ko", []),
    ("in March 2008", "en", []), ("June 100,000 people", "en", []),
])
def test_impossible_dates(text: str, lang: str, bad: list[str]) -> None:
    assert [text[a:b] for a, b in impossible_dates(text, lang)] == bad


def test_the_issue_equivalences() -> None:
    def one(text: str, lang: str) -> Quantity:
        (q,) = find_numbers(text, lang)
        return q

    assert same_value(one("1억1천만 달러", "ko"), one("$110 million", "en"))
    assert same_value(one("12조3천억", "ko"), one("12.3 trillion", "en"))
    assert same_value(one("9일", "ko"), one("the 9th", "en"))
    assert same_value(one("1992년", "ko"), one("1992", "en"))
    assert same_value(one("3.5%", "ko"), one("3.5 percent", "en"))
    assert not same_value(one("1억1천만 달러", "ko"), one("$150 million", "en"))
    assert not same_value(one("1992년", "ko"), one("1993", "en"))
    # won and dollars are a conversion, not a disagreement; a date is not a count
    assert not comparable(one("1억 원", "ko"), one("$100,000", "en"))
    assert not comparable(one("9일", "ko"), one("9 people", "en"))
    # one side rounded
    assert same_value(one("3.034달러", "ko"), one("$3.0344", "en"))


def test_long_input_is_read_whole() -> None:
    text = "1억1천만 달러와 9일 " * 20_000
    assert len(find_numbers(text, "ko")) == 40_000
    assert len(find_numbers("$5 million on the 9th. " * 20_000, "en")) == 40_000


@pytest.mark.parametrize(("text", "values"), [
    ("12조 3천억 원", [12.3e12]),
    ("1억 5000만 달러를", [1.5e8]),
    ("5만 6천 명이", [56_000]),
    ("1조 3억 5천만 원", [1_000_350_000_000]),
    # a space and a number that is not a smaller magnitude: two quantities
    ("10억 2000년", [1e9, 2000]),
    ("1만 2만 명", [1e4, 2e4]),
    ("3억 원 5천만 달러", [3e8, 5e7]),
])
def test_magnitudes_written_with_a_space_are_one_figure(text: str, values: list[float]) -> None:
    assert [q.value for q in find_numbers(text, "ko")] == values


def test_a_spaced_figure_matches_its_translation() -> None:
    from bilingual import review_pairs
    result = review_pairs([("정부는 12조 3천억 원을 투입했다.", "The government spent 12.3 trillion won.")])
    assert not any(f.code == "number-mismatch" for f in result.findings)
