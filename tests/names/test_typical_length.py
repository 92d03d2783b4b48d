"""A long foreign name's fit read at the calibration's typical length (fx24 branch); names of our own."""

from __future__ import annotations

import pytest

from bilingual.names import similarity as sim
from bilingual.names.similarity import name_similarity

TYPICAL = "read at a typical name's length"


def _without_the_reading(a: str, b: str) -> sim.NameSimilarity:
    """The fit as scored before the fx24 branch (the typical-length reading off)."""
    keep = sim._at_typical_length
    sim._at_typical_length = lambda hangul, latin, kind, result: result  # type: ignore[assignment]
    sim.clear_caches()
    try:
        return name_similarity(a, b)
    finally:
        sim._at_typical_length = keep  # type: ignore[assignment]
        sim.clear_caches()


@pytest.mark.parametrize(("hangul", "latin"), [
    ("켄터키프라이드치킨", "Kentucky Fried Chicken"),  # 9 syllables, 30.8 nats: 0.72 before
    ("스탠더드차터드", "Standard Chartered"),  # 7 syllables, 15.4 nats: 0.12 before
])
def test_a_long_name_well_explained_is_no_longer_held_down_by_its_length(hangul: str, latin: str) -> None:
    before = _without_the_reading(hangul, latin)
    for a, b in ((hangul, latin), (latin, hangul)):
        fit = name_similarity(a, b)
        assert fit.score > before.score + 0.2
        assert fit.reasons[0].startswith(TYPICAL)
        assert fit.evidence == before.evidence  # the alignment is the same one; only its score is read differently
    assert before.verdict != "same"


def test_a_long_name_with_one_unusual_syllable_is_the_same_name() -> None:
    assert _without_the_reading("켄터키프라이드치킨", "Kentucky Fried Chicken").verdict == "possible"
    assert name_similarity("켄터키프라이드치킨", "Kentucky Fried Chicken").verdict == "same"


def test_a_long_name_on_little_evidence_a_syllable_is_left_as_it_was() -> None:
    # 8.8 nats over 7 syllables: under TYPICAL_EVIDENCE a syllable, so no reading at the typical length
    fit = name_similarity("스탠더드차터드", "Stanford Chartres")
    assert fit.evidence is not None and fit.evidence < sim.TYPICAL_EVIDENCE * 7
    assert not fit.reasons[0].startswith(TYPICAL)
    assert fit == _without_the_reading("스탠더드차터드", "Stanford Chartres")
    assert fit.verdict != "same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("켄터키프라이드치킨", "Kentucky"),  # one word of three: the letters of the rest are missing
    ("샬럿호니츠", "Charlotte Harbor"),
    ("켄터키프라이드치킨", "Kentucky Derby Museum"),
])
def test_a_wrong_long_pair_stays_low(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict != "same" and fit.score < 0.3
    assert fit == _without_the_reading(hangul, latin)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("남궁민수", "Namgung Minseo"),  # a Korean name of four syllables: the Korean table's reading, untouched
    ("브뤼셀", "Brussel"),  # three syllables: the calibration's own length
    ("보르네오", "Borneo"),
])
def test_short_and_korean_names_are_scored_as_before(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert not fit.reasons[0].startswith(TYPICAL)
    assert fit == _without_the_reading(hangul, latin)


def test_the_reading_only_raises_a_score() -> None:
    for hangul, latin in [("켄터키프라이드치킨", "Kentucky Fried Chicken"), ("하이델베르크", "Heidelberg"),
                          ("샬럿호니츠", "Charlotte Hornets"), ("스탠더드차터드", "Standard Oil")]:
        assert name_similarity(hangul, latin).score >= _without_the_reading(hangul, latin).score


@pytest.mark.parametrize("bad", ["", "켄", "켄터키프라이드치킨" * 20, "켄터키2", "켄터키🙂"])
def test_bad_input_still_scores_zero(bad: str) -> None:
    assert name_similarity(bad, "Kentucky Fried Chicken").score == 0.0
