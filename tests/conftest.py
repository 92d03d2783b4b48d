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


@pytest.fixture(autouse=True)
def _fresh_link_memos() -> None:
    """Every test starts with no link remembered by any KB (``KnowledgeBase.remembered_link``): a test that
    monkeypatches a linking threshold, a pre-test or a table reads links made under them, not an earlier test's."""
    from bilingual.entities.kb import clear_link_memos

    clear_link_memos()


@pytest.fixture(scope="session")
def seed_pages() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8")
            for p in sorted((FIXTURES / "pages").glob("0*.txt"))}


FOREIGN_NAMES = [("스미스", "Smith"), ("존슨", "Johnson"), ("브라운", "Brown"), ("밀러", "Miller"), ("윌슨", "Wilson"),
                 ("테일러", "Taylor"), ("앤더슨", "Anderson"), ("토머스", "Thomas"), ("잭슨", "Jackson"),
                 ("화이트", "White"), ("해리스", "Harris"), ("마틴", "Martin"), ("파리", "Paris"), ("런던", "London"),
                 ("베를린", "Berlin"), ("마드리드", "Madrid"), ("리스본", "Lisbon"), ("카이로", "Cairo"),
                 ("시드니", "Sydney"), ("토론토", "Toronto"), ("뭄바이", "Mumbai"), ("나이로비", "Nairobi"),
                 ("헬싱키", "Helsinki"), ("오슬로", "Oslo")]
"""Foreign pairs (common English family names and world cities, with their Hangul forms) written for the tests of
the name model's training and evaluation scripts (no ``../shared``)."""
