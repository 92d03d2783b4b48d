"""Speed of translation review: review_pairs on the news-dev pairs, and writing the HTML report.

Run: ``python benchmarks/bench_review.py`` from the repository root. Figures go to ``docs/performance.md``.
Target: review_pairs >= 200 pairs/s on one core after start-up. The same pairs through ``process()`` alone
(both sides, no review) are timed in the same run, so the cost of the checks themselves shows as a ratio.
"""

from __future__ import annotations

import io
import sys
import time

from _common import ROOT

from bilingual import Review, process, review_pairs
from bilingual.formats.report import write_html

sys.path.insert(0, str(ROOT / "evaluation"))
from review_eval import corpus


def main() -> None:
    pairs, where = corpus()
    t0 = time.perf_counter()
    review_pairs(pairs[:5])  # start-up: KB, Kiwi, tables
    print(f"start-up (first 5 pairs): {time.perf_counter() - t0:.2f} s")
    def process_all() -> float:
        t0 = time.perf_counter()
        for s, t in pairs:
            process(s)
            process(t)
        return time.perf_counter() - t0

    def review_all() -> tuple[float, Review]:
        t0 = time.perf_counter()
        result = review_pairs(pairs)
        return time.perf_counter() - t0, result

    # each twice, the faster run counting, so that warm caches favour neither
    processed = min(process_all(), process_all())
    reviewed, result = min(review_all(), review_all(), key=lambda r: r[0])
    print(f"review_pairs: {len(pairs) / reviewed:,.0f} pairs/s over {len(pairs)} pairs ({where}); "
          f"process() of both sides alone: {len(pairs) / processed:,.0f} pairs/s (review/process time "
          f"{reviewed / processed:.2f})")
    out = io.StringIO()
    t0 = time.perf_counter()
    write_html(result, out)
    print(f"HTML report: {time.perf_counter() - t0:.3f} s for {len(result.pairs)} pairs and "
          f"{len(result.findings)} findings ({len(out.getvalue()) / 1e6:.2f} MB)")
    many = (pairs * 10)[:10_000]
    t0 = time.perf_counter()
    big = review_pairs(many)
    print(f"10,000 pairs: {time.perf_counter() - t0:.1f} s, {len(big.findings)} findings")


if __name__ == "__main__":
    main()
