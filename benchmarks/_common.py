"""Helpers shared by the benchmark scripts (timing, corpus loading). Benchmarks print; they never assert."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURE_CORPUS = ROOT / "fixtures" / "corpus"


def corpus_text(side: str) -> tuple[str, str]:
    """All lines of one side (``ko`` or ``en``) of the shared corpus, or the fixture excerpt."""
    files = sorted(SHARED_CORPUS.glob(f"*.{side}")) or sorted(FIXTURE_CORPUS.glob(f"*.{side}"))
    where = "shared/corpus" if files and files[0].parent == SHARED_CORPUS else "fixtures/corpus"
    return "".join(p.read_text(encoding="utf-8") for p in files), where


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def median_us(fn: Callable[[], object], n: int) -> float:
    samples = []
    for _ in range(n):
        t0 = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - t0)
    return statistics.median(samples) / 1000


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6
