"""Numbers: Korean number words and units, English amounts, and what counts as the same value."""

from __future__ import annotations

import pytest

from bilingual.qa.numbers import Quantity, comparable, find_numbers, same_value

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


@pytest.mark.parametrize(("text", "lang"), [("G20 정상회의", "ko"), ("6·25 전쟁", "ko"), ("the G20 and F-16s", "en"),
                                             ("at 12:26 a.m.", "en"), ("", "ko"), ("", "en")])
def test_codes_and_clock_times_are_not_quantities(text: str, lang: str) -> None:
    assert find_numbers(text, lang) == []


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
