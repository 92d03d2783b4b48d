"""Speed of the romanization engine.

Run: ``python benchmarks/bench_names.py`` from the repository root. Figures go to
``docs/performance.md``. Targets: ``name_variants`` and ``parse_name`` median <= 50 us per name;
``romanize`` >= 200,000 syllables/s. Caches are cleared so every name is computed afresh (the
tables and the syllable index, built once per process, are loaded before timing and reported).
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import ROOT, best_of, corpus_text

from bilingual.names import romanized as names
from bilingual.names.romanize import romanize


def median_us(fn, items: list[str]) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for item in items:
        t0 = time.perf_counter_ns()
        fn(item)
        samples.append(time.perf_counter_ns() - t0)
    return statistics.median(samples) / 1000


def main() -> None:
    t0 = time.perf_counter()
    names.load_tables()
    print(f"Loading the tables, the spellings of all 11,172 syllables, the index and the readings of its "
          f"spellings (once per process): "
          f"{time.perf_counter() - t0:.2f} s")
    table = (ROOT / "fixtures" / "names" / "romanized_names.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in table.splitlines() if ln and not ln.startswith("#")]
    spellings = [r[0] for r in rows]
    hangul = sorted({r[1] for r in rows})
    def cold(fn):  # type: ignore[no-untyped-def]
        def run(item: str) -> object:
            names.clear_name_memos()  # per-name memos; the per-syllable tables stay, like the index
            return fn(item)
        return run

    cases = (("name_variants", names.name_variants, hangul), ("parse_name", names.parse_name, spellings))
    for label, fn, items in cases:
        first = median_us(cold(fn), items)
        median_us(fn, items)  # warm the memos once
        steady = median_us(fn, items)
        print(f"{label}: median {first:.0f} us cold (per-name memos cleared before every call), "
              f"{steady:.0f} us steady state (names seen before), over {len(items)} names")
    text, where = corpus_text("ko")
    syllables = sum(1 for c in text if "가" <= c <= "힣")
    seconds = best_of(lambda: romanize(text))
    print(f"romanize: {syllables / seconds:,.0f} syllables/s on the Korean corpus ({where}, {syllables:,} syllables)")


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    main()
