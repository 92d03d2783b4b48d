"""Name spans and the cues around them (:func:`bilingual.entities.name_spans.add_cues`)."""

from __future__ import annotations

from bilingual.entities.name_spans import NameSpan, add_cues


def test_coordinated_korean_names_share_the_cue_after_the_last() -> None:
    text = "네이버와 카카오의 주가가 함께 올랐다."
    first, second = NameSpan(0, 3, "ko"), NameSpan(5, 8, "ko")
    add_cues(text, [first, second], len(text), "ko")
    assert second.cue is not None and second.cue.type == "org"
    assert first.cue == second.cue


def test_a_name_not_coordinated_keeps_its_own_cue() -> None:
    text = "부산에서 열린 회의에서 카카오의 주가가 올랐다."
    k = text.index("카카오")
    first, second = NameSpan(0, 2, "ko"), NameSpan(k, k + 3, "ko")
    add_cues(text, [first, second], len(text), "ko")
    assert second.cue is not None and second.cue.type == "org"
    assert first.cue != second.cue


def test_english_shares_after_the_last_of_two_names_make_both_organizations() -> None:
    text = "Kakao and Naver shares rose."
    first, second = NameSpan(0, 5, "en"), NameSpan(10, 15, "en")
    add_cues(text, [first, second], len(text), "en")
    assert first.org_context
