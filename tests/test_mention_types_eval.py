"""The options of ``evaluation/mention_types_eval.py`` (the report halves are scored, never listed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "evaluation"))

import mention_types_eval


def test_the_report_halves_misses_are_refused_before_any_work() -> None:
    with pytest.raises(SystemExit) as stop:
        mention_types_eval.parse_args(["--half", "report", "--misses"])
    assert stop.value.code == 2


def test_the_tune_halves_misses_and_the_report_figures_are_allowed() -> None:
    assert mention_types_eval.parse_args(["--half", "tune", "--misses"]).misses
    assert mention_types_eval.parse_args(["--half", "report"]).half == "report"
