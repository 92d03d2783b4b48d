"""The review evaluation's injected Korean names read as Korean (``evaluation/review_eval.py``'s ``put_korean``):
the particle after a replaced name follows its last syllable, and a name written solid with more than particles
is not replaced (sentences written for this test)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def put_korean() -> Callable[[str, int, int, str], str | None]:
    sys.path.insert(0, str(ROOT))
    from evaluation.review_eval import put_korean

    function: Callable[[str, int, int, str], str | None] = put_korean
    return function


@pytest.mark.parametrize(("text", "old", "new", "expected"), [
    ("부산을 찾은 관광객이 늘었다.", "부산", "리마", "리마를 찾은 관광객이 늘었다."),
    ("오사카는 비가 왔다.", "오사카", "베를린", "베를린은 비가 왔다."),
    ("인천으로 향했다.", "인천", "서울", "서울로 향했다."),
    ("인천으로 향했다.", "인천", "도쿄", "도쿄로 향했다."),
    ("박민수와 만났다.", "박민수", "김정은", "김정은과 만났다."),
    ("박민수에게서 들었다.", "박민수", "이하나", "이하나에게서 들었다."),
    ("박민수였다.", "박민수", "이하나", None),
    ("통일부장관이 말했다.", "통일부", "국무부", None),
    ("Seoul 사람 박민수, 그리고", "박민수", "조태열", "Seoul 사람 조태열, 그리고"),
])
def test_a_replaced_name_takes_the_particle_its_last_syllable_wants(
        put_korean: Callable[[str, int, int, str], str | None], text: str, old: str, new: str,
        expected: str | None) -> None:
    start = text.index(old)
    assert put_korean(text, start, start + len(old), new) == expected
