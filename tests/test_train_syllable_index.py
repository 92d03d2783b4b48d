"""``training/build_syllable_index.py`` rebuilds the stored syllable index byte for byte."""

from __future__ import annotations

import sys

from conftest import ROOT


def test_the_stored_syllable_index_rebuilds_byte_identical() -> None:
    sys.path.insert(0, str(ROOT))
    from training.build_syllable_index import OUT, build

    # a change of syllable_spellings.tsv, given_name_syllables.txt or of the code that spells a syllable changes the
    # index, and the file is then stored again (python training/build_syllable_index.py) in the same commit
    assert build() == OUT.read_text(encoding="utf-8"), "the index is stale: rerun training/build_syllable_index.py"
