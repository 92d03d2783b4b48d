"""Throughput of repair + blocks (MB/s of UTF-8 input), beside bare ftfy on the same text.

Run: ``python benchmarks/bench_repair_blocks.py`` from the repository root. Figures go to
``docs/performance.md``. Target: >= 1 MB/s on English text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import ftfy
from _common import ROOT, best_of, corpus_text, mb

from bilingual.context import Context
from bilingual.document import Document
from bilingual.page.blocks import split_blocks
from bilingual.text.repair import repair

CONTEXT = Context.create()


def repair_and_blocks(text: str) -> Document:
    return split_blocks(repair(Document.create(text), CONTEXT), CONTEXT)


def main() -> None:
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "pages").glob("0*.txt")))
    en, where = corpus_text("en")
    ko, _ = corpus_text("ko")
    inputs = {
        "seed pages x20": seeds * 20,
        f"English ({where})": en,
        f"Korean ({where})": ko,
    }
    print("| input | MB | repair+blocks MB/s | bare ftfy MB/s | ratio |")
    print("|---|---|---|---|---|")
    for name, text in inputs.items():
        ours = best_of(lambda t=text: repair_and_blocks(t))
        bare = best_of(lambda t=text: ftfy.fix_text(t))
        print(f"| {name} | {mb(text):.2f} | {mb(text) / ours:.2f} | {mb(text) / bare:.2f} | {bare / ours:.2f} |")

    print()
    print("Linear time on bad input (seconds; a tenfold input should take about ten times as long):")
    cases = {
        "one line of words": lambda n: "word " * (n // 5),
        "one line of mojibake": lambda n: "Koreaâ€™s " * (n // 10),
        "binary garbage": lambda n: (bytes(range(256)).decode("latin-1") * (n // 256 + 1))[:n],
        "navigation only": lambda n: "\n".join(["Home", "Font Size", "loading"] * (n // 23)),
    }
    for name, make in cases.items():
        t1 = best_of(lambda m=make: repair_and_blocks(m(1_000_000)), repeat=1)
        t10 = best_of(lambda m=make: repair_and_blocks(m(10_000_000)), repeat=1)
        print(f"- {name}: 1 MB {t1:.2f} s, 10 MB {t10:.2f} s (x{t10 / t1:.1f})")


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    t0 = time.perf_counter()
    main()
    print(f"\n(total {time.perf_counter() - t0:.0f} s; {Path(__file__).name})")
