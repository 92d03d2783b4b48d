from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Property tests: "ci" (the default) runs 2,000 examples a property from a fixed seed, so a CI run is repeatable;
# "long" (HYPOTHESIS_PROFILE=long) runs 50,000 from a random seed, by hand. A test that sets max_examples itself
# keeps its own number.
settings.register_profile("ci", max_examples=2_000, derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=50_000, derandomize=False, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_pages() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8")
            for p in sorted((FIXTURES / "pages").glob("0*.txt"))}
