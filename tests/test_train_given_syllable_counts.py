"""``training/build_given_syllable_counts.py`` rebuilds the stored given-syllable counts byte for byte (sim37)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

NAMES_DEV = ROOT.parent / "shared" / "names-dev"


@pytest.mark.skipif(not NAMES_DEV.exists(), reason="needs ../shared/names-dev")
def test_the_stored_given_syllable_counts_rebuild_byte_identical() -> None:
    sys.path.insert(0, str(ROOT))
    from training.build_given_syllable_counts import OUT, build

    assert build() == OUT.read_text(encoding="utf-8"), "stale: rerun training/build_given_syllable_counts.py"
