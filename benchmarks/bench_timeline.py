"""Per-worker timelines of a batch run: when each worker is busy and idle, what it spends on start-up, and which
pages it got. For ``-j 1`` (the work in the calling process), ``-j N`` (:class:`bilingual.WorkerPool`) and the Dask
engine (:class:`bilingual.engines.dask.DaskRunner` on a local cluster), each over the same pages.

Each run is a fresh process that does what ``bilingual process PAGES -o OUT`` does (read each file lazily, build its
JSON line in the worker, write the lines in order), with the work function wrapped so that each page reports its
worker's pid, its wall clock start and end (``time.time``: one clock for every process of the machine) and its
worker's CPU time (``time.process_time``: Kiwi's threads included; ``time.thread_time``: the calling thread) before and
after. CPU figures stay meaningful on a loaded machine; wall figures do not, so each worker's idle time is given
beside them.

For each run it prints how long no page, one page, two pages... were being worked on at once (the time with fewer
pages at work than workers is what the critical path costs: a fork server loading Kiwi, a lane without work, the
last pages). For each worker it prints: pages with and without Hangul, CPU before its first page (interpreter,
imports, the context and KB unpickled), CPU of its pages (and of the page that loaded Kiwi: in a worker forked from
the fork server, a Kiwi of its own beside the inherited one), wall time busy, idle between pages (waiting for work),
idle at the end (its last page to the end of the run); then the run's CPU: the parent, the workers alive at the end
(each process in all; a worker replaced during the run, such as a spawned lane replaced by one forked from the Kiwi
server, is left out of that figure but not of its pages'), the fork server that loaded Kiwi for the forked workers,
and the whole process tree (interpreter start-up included; the fork server, which outlives the run by a moment, is
adopted and reaped to be counted). Then whether every run wrote the same bytes. Prints; never
asserts.

    python benchmarks/bench_timeline.py [--pages N] [--jobs N] [--no-dask] [--no-local] [--dask-chunk-scale K]
                                        [--split on|off|both] [--pages-with both|hangul|no-hangul]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _common import adopt_orphans, pages_folder, reap_orphans

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the workers import this module by name

Span = tuple[int, float, float, float, float]
"""pid, wall start, wall end, process CPU start, process CPU end"""
Stat = tuple[int, float, float, float, float, float, float, bool, bool, bool, int, bool, Span | None]
"""pid, wall start, wall end, process CPU start, process CPU end, thread CPU start, thread CPU end, Hangul in the
page, a Kiwi of the worker's own loaded before, and after, the page's number, a Kiwi inherited from the fork server,
and the span of the page's first step when the calling process ran it (``-j N``'s :class:`Split`), else ``None``"""


def timed(context: Any, item: tuple[int, Any]) -> tuple[tuple[bytes, bool], Stat]:
    """``bilingual process``'s work on one input (its JSON line, built here), with the worker's clocks around it."""
    from bilingual.cli import _record_line

    return _timed(context, item, _record_line, None)


def timed_before(context: Any, item: tuple[int, Any]) -> tuple[int, Any, bool, Span]:
    """The command's first step (:func:`bilingual.cli._route_line`, run by the calling process while the workers wait
    for Kiwi), timed: the page's number, the step's result, whether the page has Hangul, and the step's span."""
    from bilingual.cli import _route_line
    from bilingual.engines.pool import needs_korean

    number, page = item
    w0, c0 = time.time(), time.process_time()
    middle = _route_line(context, page)
    return number, middle, needs_korean(page), (os.getpid(), w0, time.time(), c0, time.process_time())


def timed_after(context: Any, item: tuple[int, Any, bool, Span]) -> tuple[tuple[bytes, bool], Stat]:
    """The command's second step on the result of :func:`timed_before`, timed as :func:`timed` times a page."""
    from bilingual.cli import _finish_line

    number, middle, hangul, span = item
    return _timed(context, (number, middle), _finish_line, span, hangul)


def _timed(context: Any, item: tuple[int, Any], work: Any, before: Span | None,
           hangul: bool | None = None) -> tuple[tuple[bytes, bool], Stat]:
    from bilingual.engines.pool import needs_korean
    from bilingual.lang import korean
    from bilingual.lang.korean import kiwi_loaded

    number, page = item
    # a Kiwi loaded by this process itself (kiwi_loaded), apart from one inherited from the fork server (_preloaded): a
    # forked worker that loads one of its own (another set of user names, a caller of get_kiwi) is then seen too
    had = kiwi_loaded()
    w0, c0, t0 = time.time(), time.process_time(), time.thread_time()
    line = work(context, page)
    w1, c1, t1 = time.time(), time.process_time(), time.thread_time()
    return line, (os.getpid(), w0, w1, c0, c1, t0, t1, needs_korean(page) if hangul is None else hangul, had,
                  kiwi_loaded(), number, bool(getattr(korean, "_preloaded", None)), before)


class Sized:
    """An input with its number, sized and steered by its text as the engines do."""

    def __init__(self, number: int, page: Any) -> None:
        self.number, self.page, self.text = number, page, page.text


def one_run(engine: str, jobs: int, paths: list[str], out: Path, scale: int = 1, split: bool = True) -> dict[str, Any]:
    """Run once in this process; the timelines and totals as JSON-ready data."""
    import bilingual.cli  # noqa: F401  (the parent's imports before the clock starts, as a worker's are counted apart)
    from bilingual.context import Context
    from bilingual.engines.pool import CHUNK_CHARS, CHUNK_ITEMS, Failed, Split, WorkerPool, needs_korean, text_size
    from bilingual.formats.inputs import read_input

    def items() -> Iterator[tuple[int, Any]]:
        for i, p in enumerate(paths):
            yield i, read_input(p)

    def size(item: tuple[int, Any]) -> int:
        return text_size(item[1])

    def korean(item: tuple[int, Any]) -> bool:
        return needs_korean(item[1])

    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    began = time.time()
    context = Context.create()
    stats: list[Stat] = []
    startup = 0.0
    runner: Any = None
    with open(out, "wb") as sink:  # the lines come as UTF-8 bytes (cli._record_line)
        if engine == "local" and jobs == 1:
            outcomes: Iterator[Any] = (timed(context, item) for item in items())
        elif engine == "local":
            import inspect

            forked = "server_from_caller" in inspect.signature(WorkerPool).parameters  # absent before perf27
            runner = WorkerPool(jobs, context=context, **({"server_from_caller": True} if forked else {}))
            outcomes = runner.imap(timed, items(), size=size, korean=korean, caller=True,  # as the command does
                                   split=Split(timed_before, timed_after) if split else None)
        else:
            from bilingual.engines.dask import DaskRunner

            runner = DaskRunner(context, jobs=jobs)
            startup = runner.startup_seconds
            outcomes = runner.imap(timed, items(), size=size, korean=korean, chunk_chars=CHUNK_CHARS * scale,
                                   chunk_items=CHUNK_ITEMS * scale)
        for outcome in outcomes:
            if isinstance(outcome, Failed):
                raise SystemExit(f"a page failed: {outcome.error!r}")
            (line, _), stat = outcome
            sink.write(line + b"\n")
            stats.append(stat)
        ended = time.time()
        worker_cpu = _workers_cpu(runner, engine)
        if runner is not None:
            runner.close()
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    parent = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    return {"engine": engine, "jobs": jobs, "scale": scale, "began": began, "ended": ended, "startup": startup,
            "parent_cpu": parent, "worker_cpu": worker_cpu, "stats": stats}


def _workers_cpu(runner: Any, engine: str) -> dict[int, float]:
    """Each worker process's CPU seconds so far (user + system, its threads included), read before it stops."""
    import psutil

    pids: list[int] = []
    if runner is None:
        return {}
    if engine == "local":
        pids = runner.pids()
    else:
        info = runner.client.scheduler_info().get("workers", {})
        pids = [w.get("metrics", {}).get("pid") or w.get("pid") for w in info.values()]
        pids = [p for p in pids if p] or list(runner.client.run(os.getpid).values())
    from multiprocessing import forkserver

    server = getattr(forkserver._forkserver, "_forkserver_pid", None)  # the Kiwi server, if the run started it
    out: dict[int, float] = {}
    for pid in [*pids, *([server] if server else [])]:
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.Error:
            continue
        out[pid] = times.user + times.system
    return out


def _concurrency(stats: list[Any], began: float, ended: float) -> str:
    """How long the run had no page, one page, two pages... being worked on at once (wall seconds, from the pages'
    start and end on the machine's one clock): the time with fewer pages at work than workers is what the critical
    path costs (a worker waiting for Kiwi, for work, or for the others at the end)."""
    spans = [s[:3] for s in stats] + [s[12] for s in stats if len(s) > 12 and s[12]]  # first steps in the caller too
    events = sorted([(s[1], 1) for s in spans] + [(s[2], -1) for s in spans])
    at_once: dict[int, float] = {}
    level, at = 0, began
    for when, step in events:
        at_once[level] = at_once.get(level, 0.0) + max(0.0, when - at)
        level, at = level + step, max(at, when)
    at_once[level] = at_once.get(level, 0.0) + max(0.0, ended - at)
    return "pages at work at once, wall s: " + ", ".join(f"{n}: {at_once[n]:.1f}" for n in sorted(at_once))


def report(run: dict[str, Any]) -> list[str]:
    stats = [tuple(s) for s in run["stats"]]
    began, ended = run["began"], run["ended"]
    label = f"-j {run['jobs']}" if run["engine"] == "local" else f"--engine dask, {run['jobs']} workers"
    label += f" (tasks {run['scale']}x the pool's chunks)" if run.get("scale", 1) != 1 else ""
    label += {"on": " with the caller's first steps", "off": " without the caller's first steps"}.get(
        run.get("split") or "", "")
    server = {pid for pid in run["worker_cpu"] if int(pid) not in {s[0] for s in stats}}
    lines = [f"{label}: {len(stats)} pages, wall {ended - began:.1f} s"
             + (f" (cluster start-up {run['startup']:.1f} s)" if run["startup"] else "")
             + f"; CPU seconds: parent {run['parent_cpu']:.1f}"
             + (f", workers {sum(v for k, v in run['worker_cpu'].items() if k not in server):.1f} (each process in "
                f"all, start-up included)" if run["worker_cpu"] else "")
             + "".join(f", Kiwi fork server {run['worker_cpu'][k]:.1f}" for k in server)]
    by_pid: dict[int, list[Any]] = {}
    for s in stats:
        by_pid.setdefault(s[0], []).append(s)
    lines.append("  " + _concurrency(stats, began, ended))
    before = [s[12] for s in stats if len(s) > 12 and s[12]]
    if before:
        lines.append(f"  the calling process ran the first step (the stages before the Korean path) of {len(before)} "
                     f"pages while the lanes waited for Kiwi: CPU s {sum(b[4] - b[3] for b in before):.2f}, wall from "
                     f"{min(b[1] for b in before) - began:.1f} to {max(b[2] for b in before) - began:.1f} s (the "
                     f"workers' figures below are of the second step only for those pages)")
    for n, (pid, mine) in enumerate(sorted(by_pid.items(), key=lambda kv: min(s[1] for s in kv[1]))):
        mine.sort(key=lambda s: s[1])
        first, last = mine[0], mine[-1]
        korean = sum(1 for s in mine if s[7])
        busy_cpu = sum(s[4] - s[3] for s in mine)
        thread_cpu = sum(s[6] - s[5] for s in mine)
        busy_wall = sum(s[2] - s[1] for s in mine)
        loads = [s for s in mine if s[9] and not s[8]]
        gaps = sum(max(0.0, b[1] - a[2]) for a, b in itertools.pairwise(mine))
        korean_cpu = sum(s[4] - s[3] for s in mine if s[7])
        inherited = len(first) > 11 and first[11]
        kiwi = ("; had Kiwi from the fork server" if inherited else "") + (
            f"; the page that loaded {'a Kiwi of its own' if inherited else 'Kiwi'} (#{loads[0][10]}) "
            f"{loads[0][4] - loads[0][3]:.2f} CPU s, at {loads[0][1] - began:.1f} s" if loads
            else "" if inherited else "; never loaded Kiwi")
        total = run["worker_cpu"].get(str(pid))
        lines.append(
            f"  worker {n} (pid {pid}): {korean} pages with Hangul, {len(mine) - korean} without; "
            f"CPU s before its first page {first[3]:.2f}; of its pages {busy_cpu:.2f} (Hangul pages {korean_cpu:.2f};"
            f" calling thread {thread_cpu:.2f})"
            + (f"; process in all {total:.2f}" if total is not None else "")
            + kiwi
            + f"; wall: first page at {first[1] - began:.1f} s, busy {busy_wall:.1f} s, idle between pages "
              f"{gaps:.1f} s, last page done at {last[2] - began:.1f} s, idle at the end {ended - last[2]:.1f} s")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-dask", dest="dask", action="store_false")
    parser.add_argument("--no-local", dest="local", action="store_false", help="skip -j 1 and -j N")
    parser.add_argument("--dask-chunk-scale", type=int, default=1, help="Dask tasks this many times the pool's chunk "
                                                                        "size (default 1: the same)")
    parser.add_argument("--split", choices=["on", "off", "both"], default="on",
                        help="-j N with the command's work in two steps (the caller runs the first while the lanes "
                             "wait for Kiwi: on, the default, as the command does), without (off), or both runs")
    parser.add_argument("--pages-with", choices=["both", "hangul", "no-hangul"], default="both",
                        help="the fixture pages repeated: all of them (the default), or only those with Hangul, or "
                             "only those without")
    parser.add_argument("--child", nargs=5, metavar=("ENGINE", "JOBS", "FOLDER", "SCALE", "SPLIT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        engine, jobs, folder, scale, split = args.child
        paths = sorted(str(p) for p in Path(folder).glob("p*.txt"))
        run = one_run(engine, int(jobs), paths, Path(folder) / f"out-{engine}-{jobs}-{split}.jsonl", int(scale),
                      split == "on")
        print(json.dumps(run))
        return
    adopt_orphans()  # the fork server outlives each run by a moment: its CPU is counted once it is reaped here
    splits = ["off", "on"] if args.split == "both" else [args.split]
    runs = ([("local", 1, "on")] + [("local", args.jobs, s) for s in splits] if args.local else []) \
        + ([("dask", args.jobs, "on")] if args.dask else [])
    with tempfile.TemporaryDirectory() as tmp:
        hangul = {"both": None, "hangul": True, "no-hangul": False}[args.pages_with]
        paths = pages_folder(Path(tmp), args.pages, hangul)
        size = sum(Path(p).stat().st_size for p in paths) / 1e6
        kind = {"both": "", "hangul": " with Hangul", "no-hangul": " without Hangul"}[args.pages_with]
        print(f"{args.pages} pages ({size:.1f} MB, the fixture pages{kind} repeated); load average "
              f"{os.getloadavg()[0]:.1f} at the start")
        outputs = []
        for engine, jobs, split in runs:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = subprocess.run([sys.executable, __file__, "--child", engine, str(jobs), tmp,
                                   str(args.dask_chunk_scale), split],
                                  capture_output=True, text=True, check=False)
            reap_orphans()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if proc.returncode != 0:
                raise SystemExit(proc.stderr)
            run = json.loads(proc.stdout.strip().splitlines()[-1])
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            run["split"] = split if engine == "local" and jobs > 1 else None
            for line in report(run):
                print(line)
            print(f"  CPU seconds of the whole run (its process tree, interpreter start included): {cpu:.1f}",
                  flush=True)
            outputs.append((report(run)[0].split(":")[0], Path(tmp) / f"out-{engine}-{jobs}-{split}.jsonl"))
        if len(outputs) > 1:
            reference = outputs[0][1].read_bytes()
            same = [f"{label}: {'identical' if p.read_bytes() == reference else 'DIFFERENT'}"
                    for label, p in outputs[1:]]
            print(f"Output against {outputs[0][0]}: " + "; ".join(same))


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    if "--child" not in sys.argv:
        print(f"(total {time.perf_counter() - t0:.0f} s; bench_timeline.py)")
