"""``evaluation/link_eval.py``'s diagnosis of misses (``--diagnose``, ``--cv-train K --diagnose-cv``) on a few
made-up people (seconds, no ``../shared``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_diagnose_people_counts_every_query_and_names_the_cause(capsys: pytest.CaptureFixture[str]) -> None:
    """Every query is counted once per KB and seed; a spelling that shares no sound with its name is a miss whose
    cause is printed with the gold's own fit, and the summary table sums the causes."""
    sys.path.insert(0, str(ROOT))
    from evaluation import link_eval

    people = {"한보람": ["Han Bo-ram"], "석진우": ["Seok Jin-woo"], "남궁별": ["Xq Zzv"]}
    totals = link_eval.diagnose_people(people, [0, 1], "made up")
    out = capsys.readouterr().out
    for kind in ("hangul", "english", "hangul → english"):
        assert totals[kind, "queries"] == 3 * 2
        assert totals[kind, "absent: queries"] == 3 * 2
    misses = {c: n for (kind, c), n in totals.items() if kind == "hangul" and c.startswith(("no ", "abstained"))}
    assert sum(misses.values()) >= 2  # 'Xq Zzv' under each seed
    assert "'Xq Zzv' gold 남궁별" in out and "gold's own fit: 남궁별" in out
    table = link_eval.summary_of_misses(totals, "made up")
    assert "| hangul | queries | 6 |" in table


def test_targets_are_met_at_exactly_the_target_rate() -> None:
    sys.path.insert(0, str(ROOT))
    from evaluation import link_eval

    mean = sum([171 / 180] * 3) / 3  # 0.9499999999999998 in floating point
    assert link_eval.target_met("hangul", (mean, 0.0), 0.3)
    assert not link_eval.target_met("hangul", (170 / 180, 0.0), 0.3)
    assert not link_eval.target_met("hangul", (0.96, 0.02), 0.3)
    assert not link_eval.target_met("english", (0.96, 0.0), 0.94)
    assert link_eval.target_met("hangul → english", (0.9, 0.1), 0.0)
