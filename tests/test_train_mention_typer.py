"""``training/train_mention_typer.py`` rebuilds the shipped table byte for byte (the fit is deterministic)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT


def test_the_typer_table_rebuilds_byte_identical() -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT))
    from training.train_mention_typer import OUT, build

    # the examples are the mentions the rules find on the gold files: a change of the mention rules or a new gold file
    # changes them, and the table is then rebuilt (python training/train_mention_typer.py) in the same commit
    assert build() == OUT.read_text(encoding="utf-8"), "the table is stale: rerun training/train_mention_typer.py"


@pytest.mark.parametrize("stem", ["typed_heldout22", "typed_heldout23"])
def test_a_split_files_report_half_is_never_learned(stem: str) -> None:
    sys.path.insert(0, str(ROOT))
    from training.train_mention_typer import FIXTURES, SPLIT_FILES, gold_rows, half, training_rows

    path = FIXTURES / f"{stem}.tsv"
    assert stem in SPLIT_FILES
    tune, report = set(half(path, "tune")), set(half(path, "report"))
    assert tune and report and not tune & report and tune | report == set(gold_rows(path))
    assert set(training_rows(path)) == tune  # the typer learns the tune half only


def test_a_split_file_found_whole_keeps_its_report_half_out_of_training() -> None:
    """The leave-one-writer-out measure (``mention_types_eval.py --cv-files writers``) finds a held-out split file
    whole, and trains on it in another fold: its report half's examples are marked, and never learned."""
    sys.path.insert(0, str(ROOT))
    from training.train_mention_typer import FIXTURES, examples, found_mentions, gold_rows, half

    path = FIXTURES / "typed_heldout22.tsv"
    found = found_mentions(path, whole=True)
    assert [s for s, _ in found] == list(gold_rows(path))
    sentences = [s for s, _ in found]
    tune = set(half(path, "tune"))
    learned = {sentences[e.sentence] for e in examples(path, found) if e.tune}
    kept_out = {sentences[e.sentence] for e in examples(path, found) if not e.tune}
    assert learned and kept_out
    assert learned <= tune and not kept_out & tune
