"""``training/train_block_labels.py`` rebuilds the shipped tables of the learned page-label layer byte for byte."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT


def test_the_block_label_table_rebuilds_byte_identical() -> None:
    pytest.importorskip("sklearn")
    history = subprocess.run(["git", "cat-file", "-e", "bde3d08^{commit}"], cwd=ROOT, capture_output=True)
    if history.returncode != 0:
        pytest.skip("needs the git history (the rules of each set's first run are exported from it)")
    sys.path.insert(0, str(ROOT))
    from training.train_block_labels import OUT, OUT_SECOND, build

    # the examples are the rules' labels of the fragments and gold pages: a new fragment, a new gold page or a change
    # of today's rules on the gold pages changes them, and the tables are then rebuilt in the same commit
    built = build()
    assert set(built) == {OUT, OUT_SECOND}
    for path, text in built.items():
        assert text == path.read_text(encoding="utf-8"), f"{path.name} is stale: rerun training/train_block_labels.py"
