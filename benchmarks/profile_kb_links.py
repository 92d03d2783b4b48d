"""Where a link's time goes in a large knowledge base: the queries of ``bench_kb.py`` linked at first sight and warm,
the slowest listed with what the similarity tier did for each.

A diagnostic for issue 11's speed target (kb53 branch), not a benchmark: for each of the slowest queries, how many
candidates ``_similar_ids`` and ``_standard_ids`` fetched, how many pairs ``may_reach`` was asked and passed, and how
many ``name_similarity`` calls ran and their time. ``--profile`` adds cProfile of each pass (its own cost inflates
small functions several times: read the shares and the order, not the seconds).

    python benchmarks/profile_kb_links.py [--people N] [--top N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_kb import people, queries

from bilingual.entities import kb as kb_module
from bilingual.entities.kb import KnowledgeBase


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--profile", action="store_true", help="cProfile each pass (top 30 by cumulative time)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kb.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in people(100_000)[:args.people]),
                        "utf-8")
        kb = KnowledgeBase.load(path)
    kb.link("Antony Blinken")  # builds the similarity tier's key index, as bench_kb.py does
    counts: dict[Any, dict[str, Any]] = {}
    current: list[Any] = [None]

    def count(what: str, n: int, passed: int = 0, seconds: float = 0.0) -> None:
        row = counts.setdefault(current[0], {})
        old = row.get(what, (0, 0, 0.0))
        row[what] = (old[0] + n, old[1] + passed, old[2] + seconds)

    similar_ids, standard_ids = kb._similar_ids, kb._standard_ids
    may_reach, name_similarity = kb_module.may_reach, kb_module.name_similarity

    def similar(name: str) -> list[str]:
        out = similar_ids(name)
        count("similar_ids", len(out))
        return out

    def standard(name: str, seen: set[str]) -> list[str]:
        out = standard_ids(name, seen)
        count("standard_ids", len(out))
        return out

    def may(a: str, b: str, floor: float, kind: Any = None) -> bool:
        out = may_reach(a, b, floor, kind=kind)
        count("may_reach", 1, int(out))
        return out

    def similarity(a: str, b: str, kind: Any = None) -> Any:
        t0 = time.perf_counter()
        out = name_similarity(a, b, kind=kind)
        count("name_similarity", 1, 0, time.perf_counter() - t0)
        return out

    kb._similar_ids, kb._standard_ids = similar, standard  # type: ignore[method-assign]
    kb_module.may_reach, kb_module.name_similarity = may, similarity  # type: ignore[assignment]
    linked = queries(people(100_000))
    try:
        for run in ("first sight", "warm"):
            profile = cProfile.Profile() if args.profile else None
            times = []
            for q in linked:
                current[0] = (run, q)
                if profile:
                    profile.enable()
                t0 = time.perf_counter()
                kb.link(q)
                times.append((time.perf_counter() - t0, q))
                if profile:
                    profile.disable()
            times.sort(reverse=True)
            print(f"{args.people:,} people, {run}: {sum(t for t, _ in times):.3f} s for {len(times)} queries")
            for seconds, q in times[:args.top]:
                row = counts.get((run, q), {})
                print(f"  {seconds * 1000:8.1f} ms  {q:<24} " + ", ".join(
                    f"{what} {n}" + (f" ({passed} passed)" if what == "may_reach" else "")
                    + (f" ({t * 1000:.1f} ms)" if what == "name_similarity" else "")
                    for what, (n, passed, t) in row.items()))
            if profile:
                out = io.StringIO()
                pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(30)
                print(out.getvalue())
    finally:
        kb_module.may_reach, kb_module.name_similarity = may_reach, name_similarity


if __name__ == "__main__":
    main()
