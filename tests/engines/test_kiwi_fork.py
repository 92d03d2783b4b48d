"""``bilingual.engines.kiwi_fork`` loads a Kiwi without threads on import (the fork server's preload): the test run's
doctest collection, which imports every other module of the package, must leave it out, or the test process would
analyse Korean one string a call from then on and tests would depend on their order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

COLLECT = """
import sys
import pytest
code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "bilingual/engines"])
from bilingual.lang import korean
print("RESULT", int(code), "bilingual.engines.kiwi_fork" in sys.modules, bool(korean._preloaded))
"""


def test_the_doctest_collection_leaves_the_fork_server_s_preload_alone() -> None:
    proc = subprocess.run([sys.executable, "-c", COLLECT], cwd=ROOT, capture_output=True, text=True, check=False,
                          timeout=300)
    result = next(line for line in proc.stdout.splitlines() if line.startswith("RESULT"))
    # collected (0) without importing the preload module or loading its Kiwi; the other modules' doctests are there
    assert result == "RESULT 0 False False", proc.stdout[-2000:]
    assert "bilingual/engines/pool.py::" in proc.stdout
