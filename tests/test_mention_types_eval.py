"""``evaluation/mention_types_eval.py``: the options of the leave-one-file-out and leave-one-writer-out measures, and
the report halves (scored, never listed)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT


def _eval():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "evaluation"))
    sys.path.insert(0, str(ROOT))
    import mention_types_eval

    return mention_types_eval


def test_cv_files_takes_no_stem_some_stems_or_the_writers() -> None:
    module = _eval()
    assert module.parse_args(["--cv-files"]).cv_files == []
    assert module.parse_args(["--cv-files", "typed_heldout21", "typed_tune8"]).cv_files == ["typed_heldout21",
                                                                                            "typed_tune8"]
    assert module.parse_args(["--cv-files", "writers"]).cv_files == ["writers"]
    assert module.parse_args([]).cv_files is None
    files = {path.stem for path, _ in module.FILES}
    assert set(module.WRITERS) <= files and len(module.WRITERS) == 29


def test_cv_files_rejects_a_file_that_does_not_exist_before_any_work() -> None:
    module = _eval()
    with pytest.raises(SystemExit, match="typed_nowhere"):
        module.cv_files(found={}, held_out=("typed_nowhere",))


def test_the_report_halves_misses_are_refused_before_any_work() -> None:
    with pytest.raises(SystemExit) as stop:
        _eval().parse_args(["--half", "report", "--misses"])
    assert stop.value.code == 2


def test_the_tune_halves_misses_and_the_report_figures_are_allowed() -> None:
    module = _eval()
    assert module.parse_args(["--half", "tune", "--misses"]).misses
    assert module.parse_args(["--half", "report"]).half == "report"
