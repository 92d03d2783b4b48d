"""``evaluation/similarity_unchanged.py``: how a changed link is counted (an abstention whose candidates moved is not
a link gained)."""

from __future__ import annotations

import sys
from typing import Any

from conftest import ROOT


def _changes() -> Any:
    sys.path.insert(0, str(ROOT / "evaluation"))
    sys.path.insert(0, str(ROOT))
    from similarity_unchanged import changes

    return changes


def _counts(before: list[object], after: list[object]) -> str:
    return str(_changes()({"similarity": [], "links": before}, {"similarity": [], "links": after}))


def test_an_abstention_that_changes_is_counted_apart_from_links_gained() -> None:
    report = _counts([{"entity_id": None, "score": 0.5}, None],
                     [{"entity_id": None, "score": 0.6}, {"entity_id": None, "score": 0.3}])
    assert "'gained (no link before)': 0" in report
    assert "'no link either way, other fields': 2" in report


def test_gained_lost_and_moved_links() -> None:
    report = _counts([{"entity_id": None, "score": 0.4}, {"entity_id": "a"}, {"entity_id": "a"},
                      {"entity_id": "a", "score": 1}],
                     [{"entity_id": "b"}, None, {"entity_id": "c"}, {"entity_id": "a", "score": 2}])
    assert "'gained (no link before)': 1, 'lost (no link now)': 1, 'another entity': 1" in report
    assert "'same entity, other fields': 1" in report
