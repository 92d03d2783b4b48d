"""Helpers shared by the benchmark scripts (timing, corpus loading). Benchmarks print; they never assert."""

from __future__ import annotations

import ctypes
import os
import statistics
import sys
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


def adopt_orphans() -> None:
    """Make this process the reaper of its orphaned descendants (Linux, ``PR_SET_CHILD_SUBREAPER``): a process a
    command leaves behind, such as ``multiprocessing``'s fork server (it exits just after the command, and no one
    waits for it), is then reaped here by :func:`reap_orphans`, so that its CPU time (Kiwi's load, and the workers it
    forked) counts in this process's ``RUSAGE_CHILDREN`` like the rest of the command's."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def reap_orphans(seconds: float = 5.0) -> int:
    """Wait (up to ``seconds``) for every child of this process, the orphans adopted included; the largest peak
    RSS (``ru_maxrss``, kB) among them and the children they waited for."""
    deadline = time.monotonic() + seconds
    peak = 0
    while time.monotonic() < deadline:
        try:
            pid, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            time.sleep(0.05)
        else:
            peak = max(peak, usage.ru_maxrss)
    return peak


def pages_folder(root: Path, count: int, hangul: bool | None = None) -> list[str]:
    """``count`` page files: the fixture pages over and over, each copy with its number (so ids differ); with
    ``hangul`` True or False, only the pages with Hangul, or without."""
    seeds = [p for p in sorted((ROOT / "fixtures" / "pages").glob("*.txt"))
             if hangul is None or hangul == any("\uac00" <= c <= "\ud7a3" for c in p.read_text(encoding="utf-8"))]
    paths = []
    for i in range(count):
        path = root / f"p{i:05}.txt"
        path.write_text(seeds[i % len(seeds)].read_text(encoding="utf-8") + f"\nPage {i}.", encoding="utf-8")
        paths.append(str(path))
    return paths
