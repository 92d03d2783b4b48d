"""The similarity tier's bounds on first sight: the ``may_reach`` calls that ``process()`` makes on a news side,
replayed with the bounds' own caches emptied before each run (perf33).

A process warmed on the fixture pages processes the news side once, recording every ``may_reach`` call the knowledge
base's similarity tier makes (its arguments, in order); the calls are then replayed ``--repeat`` times, each after
``bounds.clear_caches()`` (the name model's own caches, the readings and parses, stay warm), and the least and the
median thread CPU are printed with the number of calls and how many said "compute it". What a change in
``bilingual/names/bounds.py`` moves, apart from the rest of linking. Prints; never asserts.

    python benchmarks/bench_bounds_first_sight.py [--side en|ko] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import ROOT
from bench_end_to_end import news

import bilingual
import bilingual.entities.kb as kb_module
from bilingual.entities.kb import KnowledgeBase
from bilingual.names import bounds


def recorded_calls(side: str) -> list[tuple[str, str, float, str | None]]:
    """The ``may_reach`` calls of ``process()`` on the news side seen for the first time."""
    for page in sorted((ROOT / "fixtures" / "pages").glob("*.txt")):
        bilingual.process(page.read_text(encoding="utf-8"))
    text, _ = news(side)
    KnowledgeBase.default().clear_cache()
    calls: list[tuple[str, str, float, str | None]] = []
    may_reach = kb_module.may_reach

    def recording(a: str, b: str, floor: float, *, kind: str | None = None) -> bool:
        calls.append((a, b, floor, kind))
        return may_reach(a, b, floor, kind=kind)  # type: ignore[arg-type]

    kb_module.may_reach = recording  # type: ignore[assignment]
    try:
        bilingual.process(text)
    finally:
        kb_module.may_reach = may_reach
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--side", choices=("en", "ko"), default="en")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    calls = recorded_calls(args.side)
    spent = []
    answers = 0
    for _ in range(args.repeat):
        bounds.clear_caches()
        t0 = time.thread_time()
        answers = sum(bounds.may_reach(a, b, floor, kind=kind) for a, b, floor, kind in calls)  # type: ignore[arg-type]
        spent.append(time.thread_time() - t0)
    print(f"{args.side} news, first sight: {len(calls)} may_reach calls ({answers} 'compute it'), replayed with the "
          f"bounds' caches emptied: thread CPU least {min(spent) * 1000:.1f} ms, median "
          f"{statistics.median(spent) * 1000:.1f} ms ({args.repeat} runs)")


if __name__ == "__main__":
    main()
