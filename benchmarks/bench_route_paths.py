"""Router latency, Korean and English throughput, and cold start for an English-only document.

Run: ``python benchmarks/bench_route_paths.py`` from the repository root. Figures go to
``docs/performance.md``. Targets: route() median <= 20 us on short strings; process() on Korean
>= 0.7 x raw Kiwi tokenization of the same text (same run); English >= 1 MB/s through repair,
blocks, routing and the English path; first English-only document in a fresh process <= 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import ROOT, best_of, corpus_text, mb
from bench_end_to_end import cold_start

from bilingual.context import Context
from bilingual.document import Document
from bilingual.entities.mentions import find_mentions
from bilingual.lang import korean
from bilingual.lang.sentences import split_sentences
from bilingual.stages import STAGES, run_stages

CONTEXT = Context.create()
UP_TO_PATHS = STAGES[:STAGES.index(split_sentences) + 1]


def up_to_paths(text: str) -> Document:
    """Repair, blocks, routing and the Korean/English paths: what the targets are about (no mentions)."""
    return run_stages(Document.create(text), CONTEXT, UP_TO_PATHS)


def short_strings() -> list[str]:
    en, _ = corpus_text("en")
    ko, _ = corpus_text("ko")
    items = ["Font Size", "loading", "Comments0", "Share it on...", "Daniel Kim Views", "By. Choi Young Hoon",
             "Cho Tae-yul", "Yoon Suk Yeol", "APEC", "바로가기 메뉴", "Latest Stories", "300", "尹, 美 국무장관"]
    for text in (en, ko):
        for line in text.splitlines()[:300]:
            words = line.split()
            items += [" ".join(words[:1]), " ".join(words[1:3]), " ".join(words[3:6])]
    return [t for t in items if t]


def route_latency() -> None:
    items = short_strings()
    from bilingual.lang.route import decide as uncached
    for t in items:
        uncached(t)  # warm up (imports, regex compilation)
    samples = []
    for _ in range(5):
        for t in items:
            t0 = time.perf_counter_ns()
            uncached(t)
            samples.append(time.perf_counter_ns() - t0)
    samples.sort()
    print(f"route() on {len(items)} short strings (1-3 words, menu items, names), cache bypassed: "
          f"median {statistics.median(samples) / 1000:.1f} us, p95 {samples[int(len(samples) * 0.95)] / 1000:.1f} us")


def korean_ratio() -> None:
    text, where = corpus_text("ko")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    kiwi = korean.get_kiwi(CONTEXT.kb.tokenizer_names())
    kiwi.tokenize(lines[:10])  # warm up: Kiwi's lazy initialisation is not what we compare
    up_to_paths("\n".join(lines[:10]))
    raw = best_of(lambda: list(kiwi.tokenize(lines)), repeat=7)
    ours = best_of(lambda: up_to_paths(text), repeat=7)
    print(f"Korean ({where}, {mb(text):.2f} MB, {len(lines)} lines): raw Kiwi tokenize (batch) "
          f"{mb(text) / raw:.3f} MB/s; repair to Korean path {mb(text) / ours:.3f} MB/s; ratio {raw / ours:.2f}")


def english_throughput() -> None:
    text, where = corpus_text("en")
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "pages").glob("00[0-3]*.txt")))
    from sentencex import segment

    for name, t in ((f"English ({where})", text), ("Seed pages 000-003 x10 (English, one Korean caption)", seeds * 10)):
        seconds = best_of(lambda t=t: up_to_paths(t), repeat=7)
        bare = best_of(lambda t=t: [list(segment("en", line)) for line in t.splitlines()])
        staged = up_to_paths(t)
        mentions = best_of(lambda d=staged: find_mentions(d, CONTEXT), repeat=3)
        print(f"{name}, {mb(t):.2f} MB: repair, blocks, routing and the English path {mb(t) / seconds:.2f} MB/s; "
              f"bare sentencex on the same lines {mb(t) / bare:.1f} MB/s; the mentions stage after them "
              f"{mb(t) / mentions:.2f} MB/s")


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    route_latency()
    cold_start()
    english_throughput()
    korean_ratio()
