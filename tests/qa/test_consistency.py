"""Checks across a file: one source translated two ways, two sources given one translation."""

from __future__ import annotations

from bilingual import review_pairs
from bilingual.qa.consistency import check_consistency, comparison_key
from bilingual.qa.result import ReviewPair


def pairs(*texts: tuple[str, str]) -> list[ReviewPair]:
    return [ReviewPair(index=i, source=s, target=t, source_segments=(i,), target_segments=(i,), unit=f"u{i + 10}")
            for i, (s, t) in enumerate(texts)]


def test_comparison_key_ignores_case_space_and_punctuation_but_not_figures_or_letters() -> None:
    assert comparison_key("“Yes,”  he said!") == comparison_key("yes he said")
    assert comparison_key("Ｆｕｌｌ ｗｉｄｔｈ") == comparison_key("full width")
    assert comparison_key("세계 에서 가장") == comparison_key("세계에서 가장")
    assert comparison_key("3 people") != comparison_key("4 people")
    assert comparison_key("résumé") != comparison_key("resume")
    assert comparison_key(" ... !") == ""


def test_one_source_two_translations_names_the_other_pairs() -> None:
    found = check_consistency(pairs(("저장", "Save"), ("열기", "Open"), ("저장.", "Store"), ("저장", "save")))
    target = [f for f in found if f.code == "target-inconsistency"]
    assert [f.pair for f in target] == [0, 2, 3]
    # pair 0 and pair 3 agree (case and punctuation aside): each names only pair 2; pair 2 names both
    assert [f.values for f in target] == [("2",), ("0", "3"), ("2",)]
    assert "unit u12" in target[0].message and "'Store'" in target[0].message
    assert target[1].target_span == (0, 5) and target[1].source_span is None
    assert all(f.severity == "warning" for f in target)
    assert not any(f.code == "source-inconsistency" for f in found)


def test_two_sources_one_translation() -> None:
    found = check_consistency(pairs(("회의가 열렸다", "The meeting was held."),
                                    ("모임이 열렸다", "The meeting was held"),
                                    ("회의가 열렸다", "The meeting was held.")))
    assert [(f.code, f.pair, f.values) for f in found] == [
        ("source-inconsistency", 0, ("1",)), ("source-inconsistency", 1, ("0", "2")),
        ("source-inconsistency", 2, ("1",))]
    assert found[0].severity == "info" and found[0].source_span == (0, 7)


def test_consistent_files_and_empty_segments_have_no_finding() -> None:
    assert check_consistency(pairs(("가", "A"), ("가", "A"), ("나", "B"))) == []
    assert check_consistency(pairs(("가", ""), ("가", "A"), ("...", "B"), ("!", "C"), ("", "D"), ("", "E"))) == []


def test_many_disagreeing_pairs_are_counted_not_all_named() -> None:
    found = check_consistency(pairs(*[("같은 문장", f"Variant {k}") for k in range(9)]))
    assert len(found) == 9 and found[0].message.endswith("and 3 more") and len(found[0].values) == 8


def test_review_pairs_reports_them_in_pair_order() -> None:
    result = review_pairs([("그는 떠났다.", "He left."), ("그녀는 왔다.", "She came."),
                           ("그는 떠났다.", "He went away.")])
    codes = [(f.pair, f.code) for f in result.findings]
    assert (0, "target-inconsistency") in codes and (2, "target-inconsistency") in codes
    assert [p for p, _ in codes] == sorted(p for p, _ in codes)
