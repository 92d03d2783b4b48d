"""The seed pages give their golden outputs (see tests/golden.py to update them on purpose)."""

from __future__ import annotations

import pytest
from golden import GOLDEN, names, render


@pytest.mark.parametrize("name", names())
def test_golden(name: str) -> None:
    expected = (GOLDEN / f"{name}.json").read_text(encoding="utf-8")
    assert render(name) == expected, f"output drifted; if on purpose, run python tests/golden.py ({name})"
