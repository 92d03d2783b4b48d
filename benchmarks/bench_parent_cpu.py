"""Where a parallel run spends its CPU: the parent process (reading inputs, writing records, and for Dask the
client and scheduler) against its workers, for ``bilingual process -j N`` and ``--engine dask``. Runs the command
in this process (``bilingual.cli.main``) so that its own CPU time can be told from its workers'. Prints; never
asserts. CPU seconds are the figure that survives a loaded machine; wall times do not.

    python benchmarks/bench_parent_cpu.py [--pages N] [--jobs N] [--no-dask]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT


def cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure(paths: list[str], out: Path, *options: str) -> str:
    from bilingual.cli import main

    parent, children = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    status = main(["process", *paths, "-o", str(out), "--no-progress", *options])
    wall = time.perf_counter() - t0
    # the fork server that loaded Kiwi once for the workers (and forked them) outlives the run in this process: stop
    # it, so that its CPU and its workers' count as children's (multiprocessing's own way to stop it, for its tests)
    from multiprocessing import forkserver

    forkserver._forkserver._stop()
    return (f"bilingual process {' '.join(options)}: exit {status}, wall {wall:.1f} s; CPU seconds: parent "
            f"{cpu(resource.RUSAGE_SELF) - parent:.2f}, workers {cpu(resource.RUSAGE_CHILDREN) - children:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-dask", dest="dask", action="store_false")
    args = parser.parse_args()
    import bilingual.cli  # noqa: F401  (imported before the clock starts: the parent's start-up is not counted)

    seeds = sorted((ROOT / "fixtures" / "pages").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(args.pages):
            path = Path(tmp) / f"p{i:05}.txt"
            path.write_text(seeds[i % len(seeds)].read_text(encoding="utf-8") + f"\nPage {i}.", encoding="utf-8")
            paths.append(str(path))
        print(f"{args.pages} pages (the fixture pages repeated), {args.jobs} workers:")
        print("  " + measure(paths, Path(tmp) / "a.jsonl", "--jobs", str(args.jobs)), flush=True)
        if args.dask:
            print("  " + measure(paths, Path(tmp) / "b.jsonl", "--jobs", str(args.jobs), "--engine", "dask"),
                  flush=True)


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"(total {time.perf_counter() - t0:.0f} s; bench_parent_cpu.py)", file=sys.stderr)
