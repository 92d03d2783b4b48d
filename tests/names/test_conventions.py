"""One convention throughout a romanized Korean name (:mod:`bilingual.names.conventions`), on names of our own."""

from __future__ import annotations

import pytest

from bilingual.names.conventions import breve_convention, mixed_conventions, vowel_letters


@pytest.mark.parametrize("piece,letters", [("jung", "u"), ("yeong", "yeo"), ("suh", "u"), ("hwan", "wa"),
                                           ("a", "a"), ("∅", "")])
def test_vowel_letters_are_the_piece_without_its_outer_consonants(piece: str, letters: str) -> None:
    assert vowel_letters(piece) == letters


@pytest.mark.parametrize("piece,syllable,way", [
    ("so", "서", True), ("sok", "석", True), ("hyon", "현", True), ("un", "은", True),  # MR without its breve
    ("seo", "서", False), ("suh", "서", False), ("jung", "정", False), ("hyun", "현", False),
    ("hyeon", "현", False), ("eun", "은", False),  # RR or a folk spelling
    ("so", "소", None), ("yong", "용", None), ("min", "민", None),  # a vowel no convention writes two ways here
    ("∅", "서", None), ("seo", "서울", None),  # nothing written; not one syllable
])
def test_breve_convention_says_how_a_piece_writes_eo_yeo_and_eu(piece: str, syllable: str, way: bool | None) -> None:
    assert breve_convention(piece, syllable) is way


def test_a_reading_is_mixed_only_with_both_ways_in_it() -> None:
    assert mixed_conventions([("nam", "남"), ("so", "서"), ("hyun", "현")])  # 서 as sŏ, 현 not as hyŏn
    assert not mixed_conventions([("nam", "남"), ("so", "소"), ("hyun", "현")])  # 소 is so in every convention
    assert not mixed_conventions([("moon", "문"), ("sok", "석"), ("yong", "영")])  # MR throughout
    assert not mixed_conventions([("nam", "남"), ("seo", "서"), ("hyun", "현")])  # another way throughout
    assert not mixed_conventions([])
