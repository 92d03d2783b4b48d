"""Bad inputs among good ones at the issue's scale, through every engine (issue 12, "Bad input").

Items that are ``None``, bytes, 100 MB, binary garbage or unreadable paths mixed into 1,000 good ones, under
``jobs=1``, ``jobs=2`` and the Dask engine: every good item's record must be present and identical to a clean run,
every bad one must have an error record naming it, the exit status must be 1, and nothing may hang.

Two parts:

- **the command**: ``bilingual process`` over 1,000 page files (the fixture pages, each copy numbered) with bad paths
  among them — a 100 MB text file (above the default ``--max-bytes`` of 64 MiB), random bytes with NULs, Latin-1
  bytes, a missing file, a symbolic link to itself, a named pipe, a path whose read fails (``/proc/self/mem``; and
  a file without read permission when not run as root), an empty file (a good, empty document) — with ``-j 1``,
  ``-j 2`` and ``--engine dask -j 2`` (a local cluster of two worker processes), each checked against ``-j 1`` over
  the good files alone;
- **the library**: ``process_many(items, jobs=…, on_error="record")`` and ``bilingual.engines.dask.process_bag``
  over the same pages' texts with ``None``, bytes, an int and a 100 MB string (above the default ``max_chars``)
  among them (and a string with a NUL, which the library takes as text), checked against ``bilingual.process`` of
  each good text.

Prints one row per run (records, good records identical, bad records naming their item, exit status, wall seconds,
peak RSS of the command) and exits 1 if any check fails. Not a timed test: the seconds are printed, never asserted.

    python evaluation/bad_inputs_eval.py [--pages N] [--no-dask] [--no-library]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bilingual  # noqa: E402
from bilingual.formats.records import ErrorRecord  # noqa: E402

HUNDRED_MB = 100 * 1000 * 1000
PARTITIONS = 8
TIMEOUT = 1800  # seconds for one command: a hang fails the check instead of blocking the run


def good_texts(count: int) -> list[str]:
    """``count`` page texts: the fixture pages over and over, each copy numbered (so no two are the same)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "pages").glob("*.txt"))]
    return [seeds[i % len(seeds)] + f"\nPage {i}." for i in range(count)]


def write_inputs(folder: Path, texts: list[str]) -> tuple[list[str], list[str], dict[str, set[str]]]:
    """The page files and the bad paths among them: (all paths in order, good paths, bad path -> the error codes
    that name its fault: random bytes are ``binary`` or ``invalid_utf8``, whichever check meets them first)."""
    good = []
    for i, text in enumerate(texts):
        path = folder / f"p{i:05}.txt"
        path.write_text(text, encoding="utf-8")
        good.append(str(path))
    huge = folder / "huge_100mb.txt"
    with huge.open("wb") as f:
        line = b"A line of ordinary English text repeated to make a file of a hundred megabytes.\n"
        for _ in range(HUNDRED_MB // len(line) + 1):
            f.write(line)
    (folder / "garbage.bin").write_bytes(os.urandom(4096) + b"\x00" * 16)
    (folder / "latin1.txt").write_bytes("Caf\u00e9 au lait, d\u00e9j\u00e0 vu.".encode("latin-1"))
    bad: dict[str, set[str]] = {
        str(huge): {"too_large"}, str(folder / "garbage.bin"): {"binary", "invalid_utf8"},
        str(folder / "latin1.txt"): {"invalid_utf8"}, str(folder / "missing.txt"): {"not_found"}}
    loop = folder / "symlink_loop.txt"
    loop.symlink_to(loop)  # no file behind it
    bad[str(loop)] = {"not_found"}
    if hasattr(os, "mkfifo"):  # a named pipe: reading it would wait for a writer for ever
        os.mkfifo(folder / "pipe.txt")
        bad[str(folder / "pipe.txt")] = {"not_a_file"}
    if Path("/proc/self/mem").exists():  # a path whose read fails (EIO), even for root
        (folder / "unreadable.txt").symlink_to("/proc/self/mem")
        bad[str(folder / "unreadable.txt")] = {"unreadable"}
    if os.geteuid() != 0:  # root reads a file without read permission
        locked = folder / "locked.txt"
        locked.write_text("no permission to read this", encoding="utf-8")
        locked.chmod(0)
        bad[str(locked)] = {"unreadable"}
    empty = folder / "empty.txt"
    empty.write_text("", encoding="utf-8")
    paths = list(good)
    step = max(1, len(paths) // (len(bad) + 2))
    for k, path in enumerate([*bad, str(empty)]):
        paths.insert(min(len(paths), 3 + step * k), path)
    return paths, [*good, str(empty)], bad


def run_command(paths: list[str], out: Path, *options: str) -> tuple[int, float, float]:
    """Exit status (-1 if killed after :data:`TIMEOUT`), wall seconds and peak RSS (MB) of ``bilingual process``'s
    own process (its workers are other processes: the 100 MB file must not be read into the command)."""
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bilingual", "process", *paths, "-o", str(out), *options],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    timer = threading.Timer(TIMEOUT, child.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        timer.cancel()
    code = os.waitstatus_to_exitcode(status)
    return (-1 if code < 0 else code), time.perf_counter() - t0, usage.ru_maxrss / 1024


def check_command(name: str, paths: list[str], good: list[str], bad: dict[str, set[str]], clean: list[str],
                  out: Path, *options: str) -> bool:
    status, seconds, peak = run_command(paths, out, *options)
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    by_source: dict[str, list[str]] = {}
    for line in lines:
        by_source.setdefault(json.loads(line)["source"], []).append(line)
    in_order = [json.loads(line)["source"] for line in lines] == paths
    good_same = sum(by_source.get(p, [None])[0] == c and len(by_source[p]) == 1 for p, c in zip(good, clean,
                                                                                                  strict=True))
    bad_named = sum(len(by_source.get(p, [])) == 1 and json.loads(by_source[p][0]).get("error", {}).get("code") in code
                    for p, code in bad.items())
    ok = (status == 1 and len(lines) == len(paths) and in_order and good_same == len(good) and bad_named == len(bad))
    print(f"| command | {name} | {len(lines)}/{len(paths)} | {'yes' if in_order else 'NO'} | {good_same}/{len(good)} | "
          f"{bad_named}/{len(bad)} | {status} | {seconds:.1f} | {peak:.0f} | {'ok' if ok else 'FAILED'} |", flush=True)
    return ok


def library_items(texts: list[str]) -> tuple[list[Any], dict[int, str]]:
    """The good texts with bad items among them, and the expected error code of each bad item by position."""
    bad: list[tuple[Any, str]] = [(None, "not_text"), (b"bytes, not text", "not_text"), (42, "not_text"),
                                  ("x" * (HUNDRED_MB + 1), "too_large")]
    items: list[Any] = [*texts, "A text may hold a NUL \x00 in the library (only files are checked for it)."]
    step = max(1, len(items) // (len(bad) + 1))
    codes: dict[int, str] = {}
    for k, (item, _) in enumerate(bad):
        at = min(len(items), 5 + step * k + k)
        items.insert(at, item)
    for i, item in enumerate(items):
        for bad_item, code in bad:
            if item is bad_item:
                codes[i] = code
    return items, codes


def check_library(name: str, results: Callable[[], Iterable[Any]], items: list[Any], codes: dict[int, str],
                  clean: dict[int, str], named: Callable[[int], str] = lambda i: f"item {i}") -> bool:
    """``named``: how the engine's error record names the item at a position (``item 3``; a bag has no position
    across its partitions, so it names ``partition 0 item 3``)."""
    t0 = time.perf_counter()
    try:
        got = list(results())
    except Exception as error:  # a crash is a failed check, reported, not a traceback
        print(f"| library | {name} | crashed: {type(error).__name__}: {error} | | | | | | | FAILED |", flush=True)
        return False
    seconds = time.perf_counter() - t0
    good_same = sum(isinstance(got[i], bilingual.Document) and got[i].model_dump_json() == c
                    for i, c in clean.items()) if len(got) == len(items) else 0
    bad_named = sum(isinstance(got[i], ErrorRecord) and got[i].error.code == code
                    and got[i].source == named(i) for i, code in codes.items()) if len(got) == len(items) else 0
    ok = len(got) == len(items) and good_same == len(clean) and bad_named == len(codes)
    print(f"| library | {name} | {len(got)}/{len(items)} | {'yes' if len(got) == len(items) else 'NO'} | "
          f"{good_same}/{len(clean)} | {bad_named}/{len(codes)} | - | {seconds:.1f} | - | {'ok' if ok else 'FAILED'} |",
          flush=True)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="good pages (default 1,000, the issue's figure)")
    parser.add_argument("--no-dask", action="store_true", help="leave out the Dask engine")
    parser.add_argument("--no-library", action="store_true", help="leave out the library part")
    opts = parser.parse_args()
    dask = not opts.no_dask
    if dask:
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("(dask[distributed] is not installed: the Dask rows are left out; pip install \"bilingual[dask]\")")
            dask = False
    texts = good_texts(opts.pages)
    ok = True
    print("| part | run | records | in input order | good records identical to a clean run | bad items with an error "
          "record naming them | exit status | wall s | peak RSS MB | check |", flush=True)
    print("|---|---|---|---|---|---|---|---|---|---|", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths, good, bad = write_inputs(folder, texts)
        status, _, _ = run_command(good, folder / "clean.jsonl")
        clean = (folder / "clean.jsonl").read_text(encoding="utf-8").splitlines()
        if status != 0 or len(clean) != len(good):
            print(f"the clean run failed (exit status {status}, {len(clean)} records of {len(good)})")
            return 1
        runs: list[tuple[str, tuple[str, ...]]] = [("-j 1", ("-j", "1")), ("-j 2", ("-j", "2"))]
        if dask:
            runs.append(("--engine dask -j 2", ("--engine", "dask", "-j", "2")))
        for name, options in runs:
            ok &= check_command(name, paths, good, bad, clean, folder / f"out{len(name)}.jsonl", *options)
    if not opts.no_library:
        items, codes = library_items(texts)
        clean_docs = {i: bilingual.process(item).model_dump_json() for i, item in enumerate(items) if i not in codes}
        for jobs in (1, 2):
            ok &= check_library(f"process_many(jobs={jobs})",
                                lambda jobs=jobs: bilingual.process_many(items, jobs=jobs, on_error="record"),
                                items, codes, clean_docs)
        if dask:
            from dask import bag as db
            from distributed import Client, LocalCluster

            from bilingual.engines.dask import process_bag
            size = math.ceil(len(items) / PARTITIONS)  # partitions of `size` items each, the last one shorter
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster, Client(cluster):
                ok &= check_library("dask.process_bag (LocalCluster, 2 workers)",
                                    lambda: process_bag(db.from_sequence(items, partition_size=size)).compute(),
                                    items, codes, clean_docs, lambda i: f"partition {i // size} item {i % size}")
    print(f"\nevery good item's record present and identical, every bad one named, exit status 1, no hang: "
          f"{'yes' if ok else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
