"""Speed of translation review: review_pairs on the news-dev pairs, and writing the HTML report.

Run: ``python benchmarks/bench_review.py [--long]`` from the repository root (``--long``: the long document
only). Figures go to ``docs/performance.md``.
Target: review_pairs >= 200 pairs/s on one core after start-up. The same pairs through ``process()`` alone
(both sides, no review) are timed in the same run, so the cost of the checks themselves shows as a ratio.
Then one long document (all the pairs' lines, one translation line taken out): ``review()`` end to end, and
reviewing the two processed documents with the aligner's weights before the translation table (lengths and
anchors) and with the table (the review's weights), so the table's cost shows on its own.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable

from _common import ROOT

from bilingual import KnowledgeBase, Review, process, review, review_pairs
from bilingual.formats.report import write_html
from bilingual.qa.align import ANCHORS, DEFAULT, align
from bilingual.qa.documents import review_documents
from bilingual.qa.sides import EN_PER_KO, segment, sentence_spans

sys.path.insert(0, str(ROOT / "evaluation"))
from review_eval import corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--long", action="store_true", help="the long document only")
    long_only = parser.parse_args().long
    pairs, where = corpus()
    if long_only:
        long_document(pairs)
        return
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
    long_document(pairs)


def long_document(pairs: list[tuple[str, str]]) -> None:
    source = "\n".join(s.strip() for s, _ in pairs)
    target = "\n".join(t.strip() for k, (_, t) in enumerate(pairs) if k != len(pairs) // 2)
    t0 = time.perf_counter()
    result = review(source, target, source_lang="ko", target_lang="en")
    print(f"long document ({len(pairs)} lines, {len(source):,} + {len(target):,} characters): review() "
          f"{time.perf_counter() - t0:.1f} s end to end, {len(result.pairs)} pairs")
    kb = KnowledgeBase.default()
    s_doc, t_doc = process(source, kb=kb), process(target, kb=kb)
    s_spans, t_spans = sentence_spans(s_doc, "ko"), sentence_spans(t_doc, "en")
    t0 = time.perf_counter()
    s_segs = [segment(s_doc, span, "ko") for span in s_spans]
    t_segs = [segment(t_doc, span, "en") for span in t_spans]
    print(f"  {len(s_segs)} + {len(t_segs)} sentences: their segments (anchors, words, reach) in "
          f"{time.perf_counter() - t0:.2f} s")
    # the two weight sets in turn, three rounds, the fastest of each counting (the machine's load drifts)
    sets = {"lengths + anchors (before the table)": ANCHORS, "with the table": DEFAULT}
    reviewed: dict[str, list[float]] = {name: [] for name in sets}
    aligned: dict[str, list[float]] = {name: [] for name in sets}
    for _ in range(3):
        for name, weights in sets.items():
            reviewed[name].append(_timed(lambda w=weights: review_documents(  # type: ignore[misc]
                s_doc, t_doc, kb=kb, source_lang="ko", target_lang="en", weights=w)))
            aligned[name].append(_timed(lambda w=weights: align(s_segs, t_segs, ratio=EN_PER_KO,  # type: ignore[misc]
                                                                weights=w)))
    for name in sets:
        print(f"  {name}: review of the processed documents {min(reviewed[name]):.2f} s, of which the aligner "
              f"{min(aligned[name]):.2f} s")


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
