"""Holidays and market indexes: the two closed lists of names typed ``other`` (mentions22), on names of my own."""

from __future__ import annotations

import pytest

from bilingual.entities.holidays_and_indexes import index_number_end, korean_holiday, market_index


@pytest.mark.parametrize(("name", "expect"), [
    ("한글날", True), ("개천절", True), ("국군의 날", True), ("스승의날", True), ("정월대보름", True),
    ("기념일", False), ("설", False), ("동지", False), ("한글", False),
])
def test_korean_holidays(name: str, expect: bool) -> None:
    assert korean_holiday(name) is expect


@pytest.mark.parametrize(("name", "expect"), [
    ("코스피200", True), ("Nikkei 225", True), ("DAX", True), ("Hang Seng Index", True), ("VIX지수", True),
    ("선전종합지수", True), ("Shenzhen Composite", True),
    ("Nikkei", False), ("김지수", False), ("지수", False), ("Samsung", False),
])
def test_market_indexes(name: str, expect: bool) -> None:
    assert market_index(name) is expect


def test_an_index_and_its_number_written_apart() -> None:
    text = "The CAC 40 slipped while the FTSE 100.5 figure was a typo."
    assert index_number_end(text, 4, 7) == 10  # "CAC" and " 40"
    assert index_number_end(text, 24, 28) is None  # "FTSE" then a decimal: no index number
    assert index_number_end("Nikkei 2025", 0, 6) is None  # a year is no index's number
