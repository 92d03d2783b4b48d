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

Each size runs in a fresh process (``--size N``; kb54 branch): in one process the smaller sizes filled the memos of
the query side (its readings, its fits, the bounds' rows for its spelling) that the larger ones then read, which
made the larger sizes look cheaper. The last column compares the links with those of a KB whose similarity tier
scores ``--reference-cap`` fetched candidates (200, the cap before the kb54 branch), computed in the same run after
the timing: how many queries link to the same entity by the same method (an abstention and no fit are answers
too), how many changed, and in brackets how many answers differ in any way (score, reasons, candidates). The last
column gives the CPU seconds of the load's fresh process (import included) and the mean CPU µs of a link at first
sight and warm (kb59 branch): on a machine other work shares, the wall-clock columns measure that work too.

``--runs K`` (lead, stop 59) then runs 1k and 100k K − 1 more times each, alternating, in fresh processes, and prints
the first-sight mean per link from each query's least time over the K runs, wall and thread CPU: one run's mean
moved by a third between runs of one tree on a quiet machine (stop 58), mostly by a few queries slowed by other work.
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
from typing import Any

from bilingual.entities import kb as kb_module
from bilingual.entities.acceptance import Link
from bilingual.entities.kb import KnowledgeBase
from bilingual.names.romanized import name_variants, romanize_name, tables

SYLLABLES = "영수정민현준지성진은희경철호동상우재혜연석원종윤숙순미선용태승기한서주빈하유아예채"


def people(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    surnames = [s for s in tables().surnames if len(s) == 1]
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    while len(out) < n:
        hangul = rng.choice(surnames) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES)
        if hangul in seen:
            continue
        seen.add(hangul)
        out.append({"id": f"p{len(out)}", "type": "person", "name": romanize_name(hangul, style="common"),
                    "name_ko": hangul})
    return out


def load_in_subprocess(path: Path) -> tuple[float, float, float]:
    """The load of ``path`` in a fresh process, import included: wall seconds, peak RSS (MB) and CPU seconds (the
    process's own, which other work on the machine inflates less than the wall clock: kb59)."""
    code = ("import resource, sys, time; t = time.perf_counter(); from bilingual.entities.kb import KnowledgeBase; "
            f"kb = KnowledgeBase.load({str(path)!r}); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "
            "time.process_time())")
    # -P: the package this process imported, not one in the current directory ('' leads sys.path under -c: run from
    # one tree with another's PYTHONPATH, the load measured the current directory's code; kb59)
    out = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def queries(largest: list[dict[str, str]]) -> list[str]:
    """The queries linked: other spellings and the Hangul of 60 of the first 1,000 people (in every KB size), and
    four names that are not in the KB (also read by ``profile_kb_links.py``)."""
    rng = random.Random(11)
    out = []
    for record in rng.sample(largest[:1000], 60):  # these people are in every KB size
        out.append(name_variants(record["name_ko"], limit=12)[rng.randrange(12)])
        out.append(record["name_ko"])
    return [*out, "Antony Blinken", "Daniel Kim", "Seoul", "Choi Young-hoon"]


def measure(n: int, reference_cap: int, reference: bool = True) -> dict[str, object]:
    """One size, in this process: load, the first similarity link, first sight and warm, and the links compared with
    those of a KB whose similarity tier scores ``reference_cap`` fetched candidates (``MAX_SIMILAR`` before the kb54
    branch: 200), linked after the timing, on a fresh KB (not when ``reference`` is false: the repeats of
    ``--runs``). ``first_wall`` and ``first_cpu``: each query's first-sight link in wall and thread-CPU µs."""
    largest = people(100_000)
    linked = queries(largest)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kb.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in largest[:n]), "utf-8")
        seconds, rss, load_cpu = load_in_subprocess(path)
        kb = KnowledgeBase.load(path)
    t0 = time.perf_counter()
    kb.link("Antony Blinken")  # not in the KB: reaches the similarity tier, whose key index is built now
    first = time.perf_counter() - t0
    columns = []
    links: list[Link | None] = []
    cpu = []  # the mean CPU µs of a link, first sight and warm
    per_query: list[list[float]] = []  # first sight, each query's wall and thread-CPU µs in query order
    for _ in ("first sight", "warm"):  # the first pass fills the per-name memos that the second one reads
        samples = []
        threads = []
        links = []
        c0 = time.process_time()
        for q in linked:
            t0, c1 = time.perf_counter_ns(), time.thread_time_ns()
            links.append(kb.link(q))
            threads.append((time.thread_time_ns() - c1) / 1000)
            samples.append((time.perf_counter_ns() - t0) / 1000)
        cpu.append((time.process_time() - c0) / len(linked) * 1e6)
        if not per_query:
            per_query = [list(samples), threads]
        samples.sort()
        columns.append(f"{statistics.median(samples):.0f} / {statistics.fmean(samples):.0f} / "
                       f"{samples[int(len(samples) * 0.9)]:.0f}")
    cap, kb_module.MAX_SIMILAR = kb_module.MAX_SIMILAR, reference_cap
    try:
        if reference:
            other = KnowledgeBase.from_records(largest[:n])
            before = [other.link(q) for q in linked]
        else:
            before = links
    finally:
        kb_module.MAX_SIMILAR = cap
    same = sum(_verdict(a) == _verdict(b) for a, b in zip(before, links, strict=True))
    candidates = sum(a != b for a, b in zip(before, links, strict=True))
    return {"n": n, "load": seconds, "rss": rss, "first": first, "columns": columns, "same": same,
            "changed": len(linked) - same, "of": len(linked), "candidates": candidates, "cap": cap,
            "load_cpu": load_cpu, "cpu": cpu, "first_wall": per_query[0], "first_cpu": per_query[1]}


def _verdict(link: Link | None) -> tuple[str | None, str | None] | None:
    """What a link answers: the entity (``None``: an abstention) and its method; ``None`` when nothing fits."""
    return None if link is None else (link.entity_id, link.method)


def _run(n: int, reference_cap: int, reference: bool = True) -> dict[str, Any]:
    """:func:`measure` of one size in a fresh process (no size reads the memos another filled)."""
    command = [sys.executable, __file__, "--size", str(n), "--reference-cap", str(reference_cap)]
    out = subprocess.run([*command, *([] if reference else ["--no-reference"])], capture_output=True, text=True,
                         check=True).stdout
    return dict(json.loads(out.splitlines()[-1]))


def least_per_query(runs: list[dict[str, Any]], key: str) -> list[float]:
    """Each query's least first-sight time over the fresh processes of one size: a query slowed by other work on
    the machine in one run is read from another (the per-query minimum; the same queries in the same order)."""
    return [min(times) for times in zip(*(r[key] for r in runs), strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, help="measure this size alone, in this process (a JSON line)")
    parser.add_argument("--reference-cap", type=int, default=200,
                        help="MAX_SIMILAR of the links compared with (default 200, the cap before the kb54 branch)")
    parser.add_argument("--no-reference", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=1,
                        help="after the table, run 1k and 100k this many more times each, alternating, each in a fresh "
                             "process, and print the first-sight mean per link from each query's least time over "
                             "the runs (the table's own run included): the 100k / 1k ratio on a shared machine")
    args = parser.parse_args()
    if args.size:
        print(json.dumps(measure(args.size, args.reference_cap, not args.no_reference)))
        return
    print("| people | load (s, fresh process) | peak RSS (MB) | first similarity link (s) | first sight: median / mean "
          "/ p90 (us) | warm: median / mean / p90 (us) | links same / changed / of N (candidates differ), against "
          f"MAX_SIMILAR {args.reference_cap} | CPU: load (s) / first sight mean / warm mean (us) |")
    print("|---|---|---|---|---|---|---|---|")
    kept: dict[int, list[dict[str, Any]]] = {1_000: [], 100_000: []}
    for n in (1_000, 10_000, 100_000):
        r = _run(n, args.reference_cap)
        kept.get(n, []).append(r)
        columns = r["columns"]
        print(f"| {n:,} | {r['load']:.2f} | {r['rss']:.0f} | {r['first']:.2f} | {columns[0]} | "
              f"{columns[1]} | {r['same']} / {r['changed']} / {r['of']} ({r['candidates']}) | "
              f"{r['load_cpu']:.2f} / {r['cpu'][0]:.0f} / {r['cpu'][1]:.0f} |", flush=True)
    if args.runs > 1:
        for _ in range(args.runs - 1):
            for n in kept:
                kept[n].append(_run(n, args.reference_cap, reference=False))
        wall = {n: least_per_query(runs, "first_wall") for n, runs in kept.items()}
        cpu = {n: least_per_query(runs, "first_cpu") for n, runs in kept.items()}
        print(f"\nFirst sight, each query's least time over {args.runs} fresh processes per size (alternating): "
              f"mean per link 1k {statistics.fmean(wall[1_000]):.0f} µs, 100k {statistics.fmean(wall[100_000]):.0f} "
              f"µs wall, **100k ÷ 1k {statistics.fmean(wall[100_000]) / statistics.fmean(wall[1_000]):.2f}×** "
              f"(thread CPU {statistics.fmean(cpu[1_000]):.0f} / {statistics.fmean(cpu[100_000]):.0f} µs, "
              f"{statistics.fmean(cpu[100_000]) / statistics.fmean(cpu[1_000]):.2f}×; medians "
              f"{statistics.median(wall[1_000]):.0f} / {statistics.median(wall[100_000]):.0f} µs, target <= 2x)")


if __name__ == "__main__":
    main()
