"""One huge single-line input through ``bilingual process``: time and peak memory at 1, 5 and 20 MB.

Target (issue 12): each 4x step in size at most 5x in time and in peak memory (linear). The line is the Korean and
English corpus lines joined with spaces, repeated (or one side's lines alone: ``--lang ko|en``).
Each size runs in a fresh process. Prints; never asserts.

    python benchmarks/bench_huge.py [--sizes 1,5,20] [--lang mixed|ko|en] [--full] [--jobs N]
                                    [--engine local|dask] [--pipe] [--dir DIR]

``peak`` is the command's ``ru_maxrss`` from ``wait4``: the largest of the command and every process it waited for
(its workers included). With ``--jobs`` above 1 or ``--engine dask`` the peak of each process is printed as well:
``VmHWM`` (the kernel's high-water mark of resident memory) of the command and of each of its descendants, read from
``/proc`` every 0.2 s while it runs (a process's last reading before it exits is its peak, unless that peak came in its
last 0.2 s). ``--pipe`` writes the records to the command's standard output, a pipe read by this script, instead of
``-o FILE``. The output's SHA-256 is printed, to compare runs (one process against ``-j 2``, base against branch).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import corpus_text


def line_of(megabytes: float, lang: str = "mixed") -> str:
    """A single line of ``megabytes`` MB (UTF-8): the corpus's Korean and English lines joined with spaces, in pairs
    (``mixed``, the issue's line), or one side's lines alone (``ko``, ``en``), repeated and cut to the size."""
    ko, _ = corpus_text("ko")
    en, _ = corpus_text("en")
    if lang == "mixed":
        mixed = " ".join(a + " " + b for a, b in zip(ko.splitlines(), en.splitlines(), strict=False))
    else:
        mixed = " ".join((ko if lang == "ko" else en).splitlines())
    size = int(megabytes * 1_000_000)
    data = ((mixed + " ") * (size // len(mixed.encode()) + 1)).encode()[:size]
    return data.decode("utf-8", "ignore")


def _tree(root: int) -> dict[int, int]:
    """``root`` and its live descendants, each with its parent (read from ``/proc/PID/stat``)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as f:
                    stat = f.read()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = {root: parents.get(root, 0)}, [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found.update((pid, parents[pid]) for pid in frontier)
    return found


def _hwm(pid: int) -> tuple[int, str] | None:
    """The process's ``VmHWM`` (kB) and a short name for it, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            status = f.read()
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]), cmdline[:90]
    return None


class Peaks(threading.Thread):
    """Reads the ``VmHWM`` of a command and of its descendants every ``every`` seconds until stopped."""

    def __init__(self, root: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.root, self.every = root, every
        self.peaks: dict[int, tuple[int, str]] = {}
        self.parents: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for pid, parent in _tree(self.root).items():
                self.parents[pid] = parent
                seen = _hwm(pid)
                if seen is not None:
                    self.peaks[pid] = max(self.peaks.get(pid, (0, "")), seen)
            self.done.wait(self.every)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1,5,20", help="sizes in MB (default 1,5,20)")
    parser.add_argument("--full", action="store_true", help="write the default (full) record, not --compact")
    parser.add_argument("--lang", choices=["mixed", "ko", "en"], default="mixed",
                        help="the line: both sides of the corpus in pairs (default), or one side alone")
    parser.add_argument("--jobs", type=int, default=1, help="bilingual process --jobs N (default 1)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local", help="bilingual process --engine")
    parser.add_argument("--pipe", action="store_true", help="records to standard output (a pipe), not -o FILE")
    parser.add_argument("--dir", help="an empty directory for the input and output (default: a temporary one); the "
                                      "record names its input's path, so runs compare by SHA-256 only in the same one")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() if args.dir is None else contextlib.nullcontext(args.dir) as tmp:
        for mb in (float(s) for s in args.sizes.split(",")):
            path = Path(tmp) / "line.txt"
            path.write_text(line_of(mb, args.lang), encoding="utf-8")
            out = Path(tmp) / "out.jsonl"
            command = [sys.executable, "-m", "bilingual", "process", str(path),
                       *([] if args.pipe else ["-o", str(out)]), *([] if args.full else ["--compact"]),
                       "--jobs", str(args.jobs), "--engine", args.engine]
            digest, written = hashlib.sha256(), 0
            t0 = time.perf_counter()
            child = subprocess.Popen(command, stderr=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE if args.pipe else None)
            peaks = Peaks(child.pid)
            peaks.start()
            if args.pipe:
                assert child.stdout is not None
                while block := child.stdout.read(1 << 20):
                    digest.update(block)
                    written += len(block)
            _, status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - t0
            peaks.done.set()
            peaks.join()
            if not args.pipe:
                with out.open("rb") as f:
                    while block := f.read(1 << 20):
                        digest.update(block)
                        written += len(block)
            rows.append((mb, seconds, usage.ru_maxrss / 1024))
            record = "full" if args.full else "compact"
            print(f"{mb:g} MB single {args.lang} line, -j {args.jobs} --engine {args.engine}"
                  f"{' to a pipe' if args.pipe else ''}: {seconds:.1f} s, peak {usage.ru_maxrss / 1024:.0f} MB "
                  f"({usage.ru_maxrss / 1024 / mb:.0f}x the input), {record} record {written / 1e6:.1f} MB, "
                  f"exit {status >> 8}, sha256 {digest.hexdigest()[:16]}", flush=True)
            if args.jobs > 1 or args.engine == "dask":
                for pid, (kb, name) in sorted(peaks.peaks.items(), key=lambda p: (p[0] != child.pid, p[0])):
                    role = "command" if pid == child.pid else f"descendant of {peaks.parents.get(pid)}"
                    print(f"    {role} {pid}: VmHWM {kb / 1024:.0f} MB  {name}", flush=True)
    for (a, ta, ma), (b, tb, mb_) in itertools.pairwise(rows):
        print(f"{a:g} -> {b:g} MB (x{b / a:.0f}): time x{tb / ta:.2f}, peak memory x{mb_ / ma:.2f} "
              f"(per 4x step: time x{(tb / ta) ** (2 / math.log2(b / a)):.2f}, "
              f"memory x{(mb_ / ma) ** (2 / math.log2(b / a)):.2f}; target <= 5)")


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"(total {time.perf_counter() - t0:.0f} s; bench_huge.py)")
