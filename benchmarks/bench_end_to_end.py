"""End to end through ``process()`` (every stage, mentions included), against the raw dependency in the same run.

Targets (issue 12): Korean news >= 0.7 x raw Kiwi batch tokenization of the same text; English news >= 1 MB/s;
the first English-only document in a fresh process <= 0.8 s. Prints figures; never asserts. Each corpus side is
also measured on first sight: in a fresh process that has seen only the fixture pages, since a best of several runs
on one text finds its names already remembered from the first run.

    python benchmarks/bench_end_to_end.py [--repeat N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable

from _common import ROOT, best_of, corpus_text

import bilingual
from bilingual.context import Context
from bilingual.document import Document
from bilingual.lang import korean
from bilingual.memory import collector_paused
from bilingual.stages import STAGES


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def news(side: str) -> tuple[str, str]:
    """The news part of a corpus side (shared/corpus/news-dev.*, else the fixture excerpt)."""
    from _common import FIXTURE_CORPUS, SHARED_CORPUS

    for folder, where in ((SHARED_CORPUS, "shared/corpus"), (FIXTURE_CORPUS, "fixtures/corpus")):
        files = sorted(folder.glob(f"news*.{side}"))
        if files:
            return "".join(p.read_text(encoding="utf-8") for p in files), f"{where}/{files[0].name}"
    return corpus_text(side)


def korean_end_to_end(repeat: int) -> None:
    text, where = news("ko")
    context = Context.create()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    kiwi = korean.get_kiwi(context.kb.tokenizer_names())
    kiwi.tokenize(lines[:10])
    bilingual.process("\n".join(lines[:10]))  # warm: Kiwi, the name index, the tables
    raw = best_of(lambda: list(kiwi.tokenize(lines)), repeat=repeat)
    ours = best_of(lambda: bilingual.process(text), repeat=repeat)
    print(f"Korean news ({where}, {mb(text):.2f} MB): raw Kiwi batch tokenize {mb(text) / raw:.3f} MB/s; "
          f"process() end to end {mb(text) / ours:.3f} MB/s; ratio {raw / ours:.2f} (target >= 0.7)")
    raw_cpu = min(_cpu(lambda: list(kiwi.tokenize(lines))) for _ in range(repeat))
    print(f"  CPU seconds: raw Kiwi batch tokenize {raw_cpu:.3f} (its threads included); by stage (best of {repeat}): "
          + stage_cpu(text, repeat))
    first_sight("ko")


def _cpu(fn: Callable[[], object]) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def english_end_to_end(repeat: int) -> None:
    text, where = news("en")
    bilingual.process(text[:2000])
    ours = best_of(lambda: bilingual.process(text), repeat=repeat)
    from sentencex import segment

    bare = best_of(lambda: [list(segment("en", line)) for line in text.splitlines()], repeat=repeat)
    print(f"English news ({where}, {mb(text):.2f} MB): process() end to end {mb(text) / ours:.2f} MB/s "
          f"(target >= 1); bare sentencex on the same lines {mb(text) / bare:.1f} MB/s")
    print(f"  CPU seconds by stage, English news (best of {repeat}, a fresh context each run): "
          + stage_cpu(text, repeat))
    first_sight("en")


def stage_cpu(text: str, repeat: int) -> str:
    """The CPU time of each stage of process() on ``text`` (the least of ``repeat`` runs), and their sum; then the
    same in the calling thread alone (Kiwi's own threads left out: what cannot run beside them)."""
    best: dict[str, float] = {}
    main: dict[str, float] = {}
    for _ in range(repeat):
        context = Context.create()
        doc = Document.create(text)
        with collector_paused():
            for stage in STAGES:
                t0, m0 = time.process_time(), time.thread_time()
                doc = stage(doc, context)
                spent, here = time.process_time() - t0, time.thread_time() - m0
                best[stage.__name__] = min(best.get(stage.__name__, spent), spent)
                main[stage.__name__] = min(main.get(stage.__name__, here), here)
    return (", ".join(f"{name} {seconds:.3f}" for name, seconds in best.items()) + f"; sum {sum(best.values()):.3f}"
            + f"; in the calling thread only: sum {sum(main.values()):.3f} "
            f"(split_sentences {main['split_sentences']:.3f})")


def first_sight(side: str) -> None:
    """Run :func:`first_sight_here` in a fresh process (the figures above are the best of runs on the same text, whose
    later runs find its names already in the memos of linking and name similarity)."""
    out = subprocess.run([sys.executable, __file__, "--first-sight", side], capture_output=True, text=True,
                         check=True).stdout
    print(out.rstrip())


def first_sight_here(side: str) -> None:
    """CPU seconds of each stage on the news text seen for the first time by a process warmed on the fixture pages
    (Kiwi, langdetect, the KB and its indexes loaded; no name or route of this text remembered)."""
    for page in sorted((ROOT / "fixtures" / "pages").glob("*.txt")):
        bilingual.process(page.read_text(encoding="utf-8"))
    text, where = news(side)
    anchor = ""
    if side == "ko":
        lines = [ln for ln in text.splitlines() if ln.strip()]
        kiwi = korean.get_kiwi(Context.create().kb.tokenizer_names())
        anchor = f"raw Kiwi batch tokenize {min(_cpu(lambda: list(kiwi.tokenize(lines))) for _ in range(3)):.3f}; "
    print(f"  First sight ({where}, a fresh process warmed on the fixture pages), CPU seconds: {anchor}by stage: "
          + stage_cpu(text, 1))


def cold_start() -> None:
    page = ROOT / "fixtures" / "pages" / "002_4cbd73018c4d70a9.txt"
    code = ("import time; t0, c0 = time.perf_counter(), time.process_time(); "
            "import bilingual, bilingual.lang.korean as k; "
            f"d = bilingual.process(open({str(page)!r}, encoding='utf-8').read()); "
            "print(f'{time.perf_counter() - t0:.3f}', k.kiwi_loaded(), len(d.tokens), "
            "f'{time.process_time() - c0:.3f}')")
    bare = "import time; t0 = time.perf_counter(); import pydantic, ftfy; print(f'{time.perf_counter() - t0:.3f}')"
    runs, anchor, cpu = [], [], []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        runs.append(float(out[0]))
        cpu.append(float(out[3]))
        anchor.append(float(subprocess.run([sys.executable, "-c", bare], capture_output=True, text=True,
                                           check=True).stdout))
    print(f"Cold start, first English-only document (seed 002) in a fresh process, import included: "
          f"{min(runs):.2f} s best of 3 (target <= 0.8; Kiwi loaded: {out[1]}; CPU {min(cpu):.2f} s best of 3); "
          f"importing pydantic and ftfy alone: {min(anchor):.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--first-sight", choices=("en", "ko"), help=argparse.SUPPRESS)  # the child of first_sight()
    args = parser.parse_args()
    if args.first_sight:
        first_sight_here(args.first_sight)
        sys.exit(0)
    t0 = time.perf_counter()
    cold_start()
    english_end_to_end(args.repeat)
    korean_end_to_end(args.repeat)
    print(f"(total {time.perf_counter() - t0:.0f} s; bench_end_to_end.py)")
