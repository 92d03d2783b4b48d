"""Where ``bilingual process -j 2``'s lanes wait: the command run for real (``bilingual.cli.main``, in a fresh child
process), with every chunk timed in the process that ran it (the calling process as the English lane, each worker
forked from the Kiwi server) and, in each worker, the time it spent sending a chunk's results back
(``concurrent.futures``' ``_sendback_result``: blocked in its write while the pipe is full) and waiting for its next
chunk. Written for perf67 (docs/performance.md): a worker's idle time between chunks is what ``-j 2`` loses against
two always-busy cores, and it is measured with timestamps, not wall totals, so it means something on a loaded machine.

For each run it prints: the run's wall time and the calling process's CPU (its own, beside the chunks it ran as a
lane), when the fork server was forked and each worker was forked from it, the caller's chunks (CPU, span) and its
waits (no chunk of its own to run: both lanes busy), then per worker: chunks, items, CPU of its chunks, first chunk,
last chunk's end, idle between chunks (and the part of it while the caller ran a chunk of its own), idle at the end,
JSON bytes per item sent back, and the idle split into result sending and waiting for the next chunk. The child's
output file is compared with the first run's. The instrumentation itself costs each worker a little between chunks
(a log line and a test for Hangul per chunk; "chunk end to send"). Prints; never asserts.

    python benchmarks/bench_lane_idle.py [--pages N] [--runs K]
"""

from __future__ import annotations

import argparse
import filecmp
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import pages_folder, reap_orphans


def child(log: Path, out: str, paths: list[str]) -> None:
    """Run ``bilingual process PATHS -o OUT -j 2`` here with the pool's chunks, waits and forks logged to ``log``."""
    import concurrent.futures.process as executor_process
    import resource

    import bilingual.cli as cli
    import bilingual.engines.pool as pool
    from bilingual.text.scripts import has_hangul

    def note(*row: Any) -> None:
        with open(log / str(os.getpid()), "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")

    run_items, wait, start_by_fork = pool.run_items, pool.wait, pool.start_by_fork
    fork_worker, sendback = pool.WorkerPool._fork_kiwi_worker, executor_process._sendback_result

    def timed_items(context: Any, function: Any, items: list[Any]) -> Any:
        w0, c0 = time.time(), time.process_time()
        outcomes = run_items(context, function, items)
        w1, c1 = time.time(), time.process_time()
        sent = sum(len(o[0]) for o in outcomes if isinstance(o, tuple) and isinstance(o[0], bytes))
        note("chunk", w0, w1, c0, c1, len(items), any(has_hangul(getattr(i, "text", None) or "") for i in items),
             sent)
        return outcomes

    def timed_wait(*args: Any, **kwargs: Any) -> Any:
        w0 = time.time()
        done = wait(*args, **kwargs)
        note("wait", w0, time.time())
        return done

    def timed_fork() -> bool:
        w0 = time.time()
        forked = start_by_fork()
        note("server_fork", w0, time.time())
        return forked

    def timed_fork_worker(self: Any, old: Any) -> Any:
        w0 = time.time()
        executor = fork_worker(self, old)
        note("fork_worker", w0, time.time())
        return executor

    def timed_sendback(*args: Any, **kwargs: Any) -> Any:
        w0 = time.time()
        sendback(*args, **kwargs)
        note("send", w0, time.time())

    pool.run_items, pool.wait, pool.start_by_fork = timed_items, timed_wait, timed_fork  # type: ignore[assignment]
    pool.WorkerPool._fork_kiwi_worker = timed_fork_worker  # type: ignore[method-assign]
    executor_process._sendback_result = timed_sendback  # type: ignore[assignment]
    began, cpu0 = time.time(), resource.getrusage(resource.RUSAGE_SELF)
    cli.main(["process", *paths, "-o", out, "--jobs", "2"])
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    note("run", began, time.time(), (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime))


def report(log: Path) -> list[str]:
    rows = {int(f.name): [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()]
            for f in log.iterdir()}
    parent = next(pid for pid, r in rows.items() if any(x[0] == "run" for x in r))
    run = next(x for x in rows[parent] if x[0] == "run")
    t0, t1, parent_cpu = run[1], run[2], run[3]
    mine = [x for x in rows[parent] if x[0] == "chunk"]
    spans = [(x[1], x[2]) for x in mine]
    waits = [x for x in rows[parent] if x[0] == "wait"]
    forks = [f"{x[0]} {x[1] - t0:.2f}-{x[2] - t0:.2f} s" for x in rows[parent]
             if x[0] in ("server_fork", "fork_worker")]
    chunk_cpu = sum(x[4] - x[3] for x in mine)
    lines = [f"wall {t1 - t0:.2f} s; calling process CPU {parent_cpu:.2f} (its own beside its chunks "
             f"{parent_cpu - chunk_cpu:.2f}); {', '.join(forks)}",
             f"  caller: {len(mine)} chunks, {sum(x[5] for x in mine)} items, CPU {chunk_cpu:.2f}"
             + (f", from {mine[0][1] - t0:.2f} to {mine[-1][2] - t0:.2f} s" if mine else "")
             + f"; waited {sum(x[2] - x[1] for x in waits):.2f} s in {len(waits)} waits"]
    for pid, found in sorted(rows.items(), key=lambda kv: min(x[1] for x in kv[1])):
        chunks = sorted((x for x in found if x[0] == "chunk"), key=lambda x: x[1])
        if pid == parent or not chunks:
            continue
        sends = sorted((x for x in found if x[0] == "send" and x[1] >= chunks[0][1]), key=lambda x: x[1])
        between = to_send = after_send = beside_caller = 0.0
        for a, b in itertools.pairwise(chunks):
            between += b[1] - a[2]
            beside_caller += sum(max(0.0, min(b[1], y) - max(a[2], x)) for x, y in spans)
            sent = [s for s in sends if a[2] <= s[1] <= b[1]]
            if sent:
                to_send += sent[0][1] - a[2]
                after_send += b[1] - sent[-1][2]
        items = sum(x[5] for x in chunks)
        lines.append(
            f"  worker {pid}: {len(chunks)} chunks, {items} items ({sum(x[6] for x in chunks)} chunks with Hangul), "
            f"CPU {sum(x[4] - x[3] for x in chunks):.2f}, first {chunks[0][1] - t0:.2f} s, last done "
            f"{chunks[-1][2] - t0:.2f} s; idle between chunks {between:.2f} s (while the caller ran a chunk "
            f"{beside_caller:.2f}), at the end {t1 - chunks[-1][2]:.2f} s; JSON bytes sent back per item "
            f"{sum(x[7] for x in chunks) / max(1, items):.0f}")
        lines.append(f"    of the idle between chunks: chunk end to send {to_send:.2f} s, sending the results "
                     f"{sum(s[2] - s[1] for s in sends):.2f} s, waiting for the next chunk {after_send:.2f} s")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--child", nargs=3, metavar=("LOG", "OUT", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        log, out, folder = args.child
        child(Path(log), out, sorted(str(p) for p in Path(folder).iterdir()))
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "pages").mkdir()
        pages_folder(root / "pages", args.pages)
        first: Path | None = None
        for n in range(args.runs):
            log, out = root / f"log{n}", root / f"out{n}.jsonl"
            log.mkdir()
            load = os.getloadavg()[0]
            subprocess.run([sys.executable, __file__, "--child", str(log), str(out), str(root / "pages")],
                           check=True, stderr=subprocess.DEVNULL)
            reap_orphans()
            same = "" if first is None else (", output identical to run 1" if filecmp.cmp(first, out, shallow=False)
                                             else ", OUTPUT DIFFERS from run 1")
            first = first or out
            print(f"run {n + 1} (load average {load:.1f} before{same}): " + "\n".join(report(log)))


if __name__ == "__main__":
    main()
