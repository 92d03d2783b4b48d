"""``training/train_mention_typer.py`` rebuilds the shipped table byte for byte (the fit is deterministic)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT


def test_the_typer_table_rebuilds_byte_identical() -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT))
    from training.train_mention_typer import OUT, build

    assert build() == OUT.read_text(encoding="utf-8")
