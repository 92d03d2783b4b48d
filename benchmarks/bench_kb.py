"""Knowledge-base scale: load time and memory, and link time per mention, for 1k, 10k and 100k people.

Run: ``python benchmarks/bench_kb.py`` from the repository root. Targets (issue 5): linking time per
mention at 100k <= 2x that at 1k (index, don't scan); loading 100k <= 3 s and <= 500 MB.
Synthetic people: a surname from the bundled table and two given-name syllables, named in the common
romanization with their Hangul; queries are other spellings of names in the KB (name_variants), Hangul
names, and names that are not in it. The similarity tier's key index is built on the first query that reaches
that tier, not at load: the "first similarity link" column is what that first query costs (the rest of the
load's work, paid once, later). Two kinds of link time: *first sight* (each query linked once, after the index is
built: what a batch of new names pays) and *warm* (the same queries linked again, the per-name memos filled: what a
batch that repeats its names pays); for each the median, the mean and p90 (the mean is what a batch's total is made
of: a few queries that reach the similarity tier with many candidates weigh on it, not on the median).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bilingual.entities.kb import KnowledgeBase
from bilingual.names.romanized import name_variants, romanize_name, tables

SYLLABLES = "영수정민현준지성진은희경철호동상우재혜연석원종윤숙순미선용태승기한서주빈하유아예채"


def people(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    surnames = [s for s in tables().surnames if len(s) == 1]
    out, seen = [], set()
    while len(out) < n:
        hangul = rng.choice(surnames) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES)
        if hangul in seen:
            continue
        seen.add(hangul)
        out.append({"id": f"p{len(out)}", "type": "person", "name": romanize_name(hangul, style="common"),
                    "name_ko": hangul})
    return out


def load_in_subprocess(path: Path) -> tuple[float, float]:
    code = ("import resource, sys, time; t = time.perf_counter(); from bilingual.entities.kb import KnowledgeBase; "
            f"kb = KnowledgeBase.load({str(path)!r}); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def queries(largest: list[dict[str, str]]) -> list[str]:
    """The queries linked: other spellings and the Hangul of 60 of the first 1,000 people (in every KB size), and
    four names that are not in the KB (also read by ``profile_kb_links.py``)."""
    rng = random.Random(11)
    out = []
    for record in rng.sample(largest[:1000], 60):  # these people are in every KB size
        out.append(name_variants(record["name_ko"], limit=12)[rng.randrange(12)])
        out.append(record["name_ko"])
    return [*out, "Antony Blinken", "Daniel Kim", "Seoul", "Choi Young-hoon"]


def main() -> None:
    largest = people(100_000)
    linked = queries(largest)
    print("| people | load (s, fresh process) | peak RSS (MB) | first similarity link (s) | first sight: median / mean "
          "/ p90 (us) | warm: median / mean / p90 (us) |")
    print("|---|---|---|---|---|---|")
    for n in (1_000, 10_000, 100_000):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "kb.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in largest[:n]), "utf-8")
            seconds, rss = load_in_subprocess(path)
            kb = KnowledgeBase.load(path)
        t0 = time.perf_counter()
        kb.link("Antony Blinken")  # not in the KB: reaches the similarity tier, whose key index is built now
        first = time.perf_counter() - t0
        columns = []
        for _ in ("first sight", "warm"):  # the first pass fills the per-name memos that the second one reads
            samples = []
            for q in linked:
                t0 = time.perf_counter_ns()
                kb.link(q)
                samples.append((time.perf_counter_ns() - t0) / 1000)
            samples.sort()
            columns.append(f"{statistics.median(samples):.0f} / {statistics.fmean(samples):.0f} / "
                           f"{samples[int(len(samples) * 0.9)]:.0f}")
        print(f"| {n:,} | {seconds:.2f} | {rss:.0f} | {first:.2f} | {columns[0]} | {columns[1]} |")


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    main()
