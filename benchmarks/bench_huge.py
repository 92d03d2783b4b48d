"""One huge single-line input through ``bilingual process``: time and peak memory at 1, 5 and 20 MB.

Target (issue 12): each 4x step in size at most 5x in time and in peak memory (linear). The line is the Korean and
English corpus lines joined with spaces, repeated. Each size runs in a fresh process. Prints; never asserts.

    python benchmarks/bench_huge.py [--sizes 1,5,20] [--full]
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import corpus_text


def line_of(megabytes: float) -> str:
    ko, _ = corpus_text("ko")
    en, _ = corpus_text("en")
    mixed = " ".join(a + " " + b for a, b in zip(ko.splitlines(), en.splitlines(), strict=False))
    size = int(megabytes * 1_000_000)
    data = ((mixed + " ") * (size // len(mixed.encode()) + 1)).encode()[:size]
    return data.decode("utf-8", "ignore")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1,5,20", help="sizes in MB (default 1,5,20)")
    parser.add_argument("--full", action="store_true", help="write the default (full) record, not --compact")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (float(s) for s in args.sizes.split(",")):
            path = Path(tmp) / "line.txt"
            path.write_text(line_of(mb), encoding="utf-8")
            t0 = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-m", "bilingual", "process", str(path), "-o",
                                      f"{tmp}/out.jsonl", *([] if args.full else ["--compact"])],
                                     stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - t0
            out_mb = Path(f"{tmp}/out.jsonl").stat().st_size / 1e6
            rows.append((mb, seconds, usage.ru_maxrss / 1024))
            record = "full" if args.full else "compact"
            print(f"{mb:g} MB single line: {seconds:.1f} s, peak {usage.ru_maxrss / 1024:.0f} MB "
                  f"({usage.ru_maxrss / 1024 / mb:.0f}x the input), {record} record {out_mb:.1f} MB, "
                  f"exit {status >> 8}",
                  flush=True)
    for (a, ta, ma), (b, tb, mb_) in itertools.pairwise(rows):
        print(f"{a:g} -> {b:g} MB (x{b / a:.0f}): time x{tb / ta:.2f}, peak memory x{mb_ / ma:.2f} "
              f"(per 4x step: time x{(tb / ta) ** (2 / math.log2(b / a)):.2f}, "
              f"memory x{(mb_ / ma) ** (2 / math.log2(b / a)):.2f}; target <= 5)")


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"(total {time.perf_counter() - t0:.0f} s; bench_huge.py)")
