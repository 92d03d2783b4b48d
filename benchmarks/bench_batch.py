"""The batch command: -j 2 against -j 1, the Dask engine with two workers against -j 1 (cluster start-up
reported separately), and peak memory over 10x more pages. Runs ``bilingual process`` in fresh processes.

Targets (issue 12): -j 2 >= 1.7 x -j 1 on 1,000 pages; --engine dask with two workers >= 1.6 x; peak memory over
10,000 pages <= 1.2 x that over 1,000. Prints figures; never asserts. The machine is shared: times are noisy.

    python benchmarks/bench_batch.py [--pages N] [--small N] [--no-memory] [--no-dask]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, adopt_orphans, pages_folder, reap_orphans

CPU: dict[str, float] = {}
"""CPU seconds (user + system, the command and its worker processes) of each run, by its options."""


def run(paths: list[str], *options: str) -> tuple[float, str]:
    """Wall seconds and stderr of ``bilingual process PATHS OPTIONS`` (its CPU seconds go to :data:`CPU`)."""
    with tempfile.TemporaryDirectory() as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "bilingual", "process", *paths, "-o", f"{out}/o.jsonl",
                               *options], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - t0
        reap_orphans()  # the fork server that loaded Kiwi for the workers outlives the command by a moment
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    CPU[" ".join(options)] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, proc.stderr


def peak_rss(paths: list[str], *options: str) -> float:
    """Peak RSS of the largest process of one ``bilingual process`` run, in MB, from wait4 on the command (its
    spawned workers included) and on the Kiwi fork server it leaves behind (the workers forked from it included)."""
    with tempfile.TemporaryDirectory() as out:
        child = subprocess.Popen([sys.executable, "-m", "bilingual", "process", *paths, "-o", f"{out}/o.jsonl",
                                  *options], stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        server = reap_orphans()
    return max(usage.ru_maxrss, server) / 1024


def worker_startup(*, korean: bool = True) -> float:
    """Wall seconds a fresh process takes to import bilingual, build the context and process its first English and
    (with ``korean``) first Korean page (Kiwi's load): what each worker pays once, and -j 1 too (best of 2)."""
    pages = sorted((ROOT / "fixtures" / "pages").glob("*.txt"))
    english, first_korean = pages[2], next(p for p in pages if p.name.startswith("ko_"))
    chosen = (english, first_korean) if korean else (english,)
    code = ("import time; t0 = time.perf_counter(); import bilingual; from bilingual.api import process_in; "
            "from bilingual.context import Context; c = Context.create(); "
            f"[process_in(c, open(p, encoding='utf-8').read()) for p in {tuple(str(p) for p in chosen)!r}]; "
            "print(time.perf_counter() - t0)")
    return min(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    check=True).stdout) for _ in range(2))


def small_pages(root: Path, count: int) -> Path:
    folder = root / f"small{count}"
    folder.mkdir()
    for i in range(count):
        (folder / f"s{i:05}.txt").write_text(
            f"Talks Resume {i}\nMinister Cho met Secretary Blinken in Seoul on day {i}.\n"
            f"서울에서 {i}일 회담이 열렸다.\n", encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000, help="pages for the -j comparison (default 1000)")
    parser.add_argument("--small", type=int, default=1000, help="small pages for the memory comparison "
                                                                "(and ten times as many; default 1000)")
    parser.add_argument("--no-memory", dest="memory", action="store_false", help="skip the memory comparison")
    parser.add_argument("--no-dask", dest="dask", action="store_false", help="skip the Dask engine's run")
    args = parser.parse_args()
    adopt_orphans()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = pages_folder(root, args.pages)
        size = sum(Path(p).stat().st_size for p in paths) / 1e6
        startup = worker_startup()
        load = os.getloadavg()[0]
        one, _ = run(paths, "--jobs", "1")
        two, _ = run(paths, "--jobs", "2")
        print(f"{args.pages} pages ({size:.1f} MB, the fixture pages repeated): -j 1 {one:.1f} s, -j 2 {two:.1f} s, "
              f"speed-up {one / two:.2f} (target >= 1.7); CPU seconds -j 1 {CPU['--jobs 1']:.1f}, "
              f"-j 2 {CPU['--jobs 2']:.1f} (-j 2: its workers and the fork server that loads Kiwi once for them); "
              f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
        work = one - startup
        english = worker_startup(korean=False)
        print(f"Start-up of one process (import, KB, first English and first Korean page: Kiwi), measured alone: "
              f"{startup:.1f} s (without a Korean page: {english:.1f} s); so -j 1 = {startup:.1f} + {work:.1f} s of "
              f"work. Two workers that each load Kiwi can at best take {startup:.1f} + {work / 2:.1f} s (a bound of "
              f"{one / (startup + work / 2):.2f} on this run's speed-up); with Kiwi loaded once for both (the fork "
              f"server), at best ({startup:.1f} + {english:.1f} + {work:.1f}) / 2 s (a bound of "
              f"{one / ((startup + english + work) / 2):.2f})")
        if args.dask:
            dask, err = run(paths, "--engine", "dask", "--jobs", "2")
            found = re.search(r"Dask cluster ready in ([\d.]+) s", err)
            startup = float(found.group(1)) if found else float("nan")
            print(f"--engine dask, a local cluster of 2 worker processes: {dask:.1f} s in all, of which cluster "
                  f"start-up {startup:.1f} s; speed-up over -j 1 {one / dask:.2f} in all, "
                  f"{one / (dask - startup):.2f} without start-up (target >= 1.6); CPU seconds "
                  f"{CPU['--engine dask --jobs 2']:.1f} (the command, its scheduler and client, the workers)")
        if not args.memory:
            return
        few = small_pages(root, args.small)
        many = small_pages(root, 10 * args.small)
        low, high = peak_rss([str(few)]), peak_rss([str(many)])
        print(f"Peak memory of bilingual process -j 1: {args.small} small pages {low:.0f} MB, {10 * args.small} "
              f"small pages {high:.0f} MB, ratio {high / low:.2f} (target <= 1.2)")
        low2, high2 = peak_rss([str(few)], "--jobs", "2"), peak_rss([str(many)], "--jobs", "2")
        print(f"Peak memory with -j 2 (the largest process of the run): {low2:.0f} MB, {high2:.0f} MB, "
              f"ratio {high2 / low2:.2f}")


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"(total {time.perf_counter() - t0:.0f} s; bench_batch.py)")
