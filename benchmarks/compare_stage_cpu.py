"""The CPU of each stage of ``process()`` on the news text of both corpus sides, the working tree against another
revision, alternately in fresh processes: the before/after check of a speed change on a noisy machine (issue 12).
Each fresh process first reports its cold start (the CPU from the interpreter's start to the first English-only
page processed, import included, as ``bench_end_to_end.py`` measures it). The revision's ``bilingual/`` is
exported with ``git archive`` and the working tree's copied, each compiled to bytecode and put first on the path of
its runs (the same start for both, whether or not the environment lets Python write bytecode beside the sources:
``PYTHONDONTWRITEBYTECODE`` would otherwise charge the working tree's cold start with compiling it); both run this
checkout's measuring code (:func:`bench_end_to_end.stage_cpu`, the least of ``--repeat`` runs) on the same text.
Prints; never asserts.

With ``--first-sight``, each fresh process measures instead one side's first sight of its names: the CPU of
linking alone (:func:`bench_end_to_end.link_cpu_here`), the stage CPU on the news text in a process warmed on the
fixture pages (:func:`bench_end_to_end.first_sight_here`), or its stream with links kept
(:func:`bench_end_to_end.stream_here`: 50 documents of 20 lines); the revision and the working tree alternately,
the one that goes first changing from round to round. These are the figures a change in linking a name seen for the
first time moves, which the default (the least of several runs on one text) hides.

    python benchmarks/compare_stage_cpu.py REV [--rounds N] [--repeat N] [--first-sight]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT


def measure_here(repeat: int) -> None:
    """The child: its cold start, then each side's stage CPU, with whatever ``bilingual`` is first on the path."""
    import bilingual

    page = ROOT / "fixtures" / "pages" / "002_4cbd73018c4d70a9.txt"
    bilingual.process(page.read_text(encoding="utf-8"))
    print(f"  cold start, first English-only page (seed 002), import included: {time.process_time():.3f} CPU s")
    from bench_end_to_end import news, stage_cpu

    for side in ("en", "ko"):
        text, where = news(side)
        print(f"  {where}: {stage_cpu(text, repeat)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rev", nargs="?", help="the revision to compare the working tree with")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--first-sight", action="store_true",
                        help="first sight and streams of each side instead of the least of --repeat runs")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure_here(args.repeat)
        return
    if not args.rev:
        parser.error("give the revision to compare with")
    folder, here = tempfile.mkdtemp(), tempfile.mkdtemp()
    try:
        archive = subprocess.run(["git", "archive", args.rev, "bilingual"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        shutil.copytree(ROOT / "bilingual", Path(here) / "bilingual",
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for tree in (folder, here):
            subprocess.run([sys.executable, "-m", "compileall", "-q", tree], check=True)
        plain = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
        runs = [(args.rev, {**plain, "PYTHONPATH": folder}), ("working tree", {**plain, "PYTHONPATH": here})]
        children = [[__file__, "--child", "--repeat", str(args.repeat)]]
        if args.first_sight:
            bench = str(Path(__file__).with_name("bench_end_to_end.py"))
            children = [[bench, *how] for how in (("--link-cpu", "en"), ("--link-cpu", "ko"), ("--first-sight", "en"),
                                                  ("--first-sight", "ko"), ("--stream", "en", "kept"),
                                                  ("--stream", "ko", "kept"))]
        for number in range(1, args.rounds + 1):
            for child in children:
                for label, env in runs if number % 2 or not args.first_sight else runs[::-1]:
                    out = subprocess.run([sys.executable, *child], env=env, capture_output=True, text=True,
                                         check=True).stdout
                    print(f"round {number}, {label}:\n{out}", end="", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(here, ignore_errors=True)


if __name__ == "__main__":
    main()
