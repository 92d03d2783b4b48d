"""Where the wall time of one ``bilingual process`` command goes, from its start to the exit of its last process: the
process events of the command and everything it starts, as ``strace -f`` stamps them (only process, socket and
rename system calls are traced, through seccomp, so the run is barely slowed). Linux with ``strace`` only.

Prints, in seconds from the command's start: the Kiwi fork server's start (a new interpreter, or the caller forked),
its first accepted request (its preload done, or the first worker asked for later), the forked workers' starts, the
rename of the output file (every record written), the exit of the calling process, and the exit of the last
process (the fork server, which holds the command's standard streams: a caller that reads them, such as
``bench_batch.py``, waits for it). Prints; never asserts.

    python benchmarks/bench_command_span.py [--pages N] [--jobs N] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import pages_folder

EVENT = re.compile(r"^(\d+) (\d+\.\d+) (.*)$")


def span(paths_dir: Path, jobs: int, out: Path, trace: Path) -> dict[str, float]:
    """Run the command once under strace; the times of its events, from its start."""
    command = [sys.executable, "-m", "bilingual", "process", str(paths_dir), "-o", str(out), "--jobs", str(jobs)]
    began = time.time()
    subprocess.run(["strace", "-f", "-ttt", "--seccomp-bpf", "-e",
                    "trace=execve,clone,clone3,vfork,exit_group,accept4,rename,renameat2", "-e", "signal=none",
                    "-o", str(trace), *command], check=True, capture_output=True)
    caller = server = None
    events: dict[str, float] = {}
    workers: list[float] = []
    for line in trace.read_text().splitlines():
        found = EVENT.match(line)
        if not found:
            continue
        pid, stamp, call = int(found.group(1)), float(found.group(2)) - began, found.group(3)
        if caller is None:
            caller = pid
            events["caller started (execve)"] = stamp
        if call.startswith("execve(") and "multiprocessing.forkserver" in call:
            server = pid
            events["fork server started (a new interpreter)"] = stamp
        elif call.startswith("clone(") and pid == caller and "CLONE_VM" not in call and server is None:
            server = int(call.rsplit("=", 1)[1])
            events["fork server started (the caller forked)"] = stamp
        elif call.startswith("clone(") and pid == server and "CLONE_VM" not in call:
            workers.append(stamp)
        elif call.startswith("accept4(") and pid == server and "first request accepted" not in " ".join(events):
            events["fork server: first request accepted (preload done)"] = stamp
        elif call.startswith("rename") and pid == caller:
            events["output renamed (every record written)"] = stamp
        elif "+++ exited" in call and pid == caller:
            events["caller exited"] = stamp
        elif "+++ exited" in call:
            events["last process exited"] = stamp
    for i, stamp in enumerate(workers):
        events[f"worker {i + 1} forked from the server"] = stamp
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    if shutil.which("strace") is None or not sys.platform.startswith("linux"):
        raise SystemExit("needs Linux and strace")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pages = root / "pages"
        pages.mkdir()
        pages_folder(pages, args.pages)
        for round_ in range(args.rounds):
            load = os.getloadavg()[0]
            events = span(pages, args.jobs, root / "o.jsonl", root / "trace.txt")
            print(f"-j {args.jobs}, {args.pages} pages, round {round_ + 1} (load {load:.1f}):")
            for name, stamp in sorted(events.items(), key=lambda e: e[1]):
                print(f"  {stamp:7.2f} s  {name}")


if __name__ == "__main__":
    main()
