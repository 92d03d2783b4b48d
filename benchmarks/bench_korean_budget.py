"""Where ``process()``'s time on Korean news goes against raw Kiwi, and what the 0.7 target leaves (issue 12).

Prints, on the news side (``shared/corpus/news-dev.ko``, else the fixture excerpt):

1. how often one ``process()`` asks Kiwi (every ``Kiwi.tokenize``, ``split_into_sents`` and ``analyze`` call counted):
   the whole Korean text of a document goes to Kiwi once, and nothing after the sentences stage asks again;
2. alternately, raw Kiwi batch tokenization of the lines (the anchor of ``bench_end_to_end.py``) and ``process()``
   stage by stage: wall, the calling thread's CPU and the process's CPU (the difference is Kiwi's own threads);
3. the budget: Kiwi's threads in ``split_sentences`` against the anchor's, the stages' wall outside
   ``split_sentences`` (Kiwi idle meanwhile), and the most those stages may take for ``process()`` to run at 0.7 x the
   anchor with ``split_sentences`` as it is.

Read the wall figures on a quiet machine; on a loaded one read the CPU figures. Prints figures; never asserts.

    python benchmarks/bench_korean_budget.py [--rounds N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import kiwipiepy
from bench_end_to_end import news

import bilingual
from bilingual.context import Context
from bilingual.document import Document
from bilingual.lang import korean
from bilingual.memory import collector_paused
from bilingual.stages import STAGES

_KIWI_METHODS = ("tokenize", "split_into_sents", "analyze")


def kiwi_calls(text: str) -> dict[str, int]:
    """How often one ``process()`` of ``text`` calls each of Kiwi's analysing methods."""
    counts = dict.fromkeys(_KIWI_METHODS, 0)
    originals = {name: getattr(kiwipiepy.Kiwi, name) for name in _KIWI_METHODS}

    def counting(name: str) -> Callable[..., object]:
        def counted(self: object, *args: object, **kwargs: object) -> object:
            counts[name] += 1
            return originals[name](self, *args, **kwargs)
        return counted

    try:
        for name in _KIWI_METHODS:
            setattr(kiwipiepy.Kiwi, name, counting(name))
        bilingual.process(text)
    finally:
        for name, original in originals.items():
            setattr(kiwipiepy.Kiwi, name, original)
    return counts


def timed(fn: Callable[[], object]) -> tuple[float, float, float]:
    """Wall, calling-thread CPU and process CPU seconds of ``fn()``."""
    w, t, p = time.perf_counter(), time.thread_time(), time.process_time()
    fn()
    return time.perf_counter() - w, time.thread_time() - t, time.process_time() - p


def stages(text: str, context: Context) -> dict[str, tuple[float, float, float]]:
    """Wall, calling-thread CPU and process CPU of each stage of ``process()`` on ``text``."""
    out: dict[str, tuple[float, float, float]] = {}
    doc = Document.create(text)
    with collector_paused():
        for stage in STAGES:
            def step(stage: Callable[[Document, Context], Document] = stage) -> None:
                nonlocal doc
                doc = stage(doc, context)
            out[stage.__name__] = timed(step)
    return out


def main(rounds: int) -> None:
    text, where = news("ko")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    context = Context.create()
    kiwi = korean.get_kiwi(context.kb.tokenizer_names())
    bilingual.process("\n".join(lines[:10]))  # warm: Kiwi, the name index, the tables
    calls = kiwi_calls(text)
    print(f"Korean news ({where}, {len(lines)} lines): Kiwi calls in one process(): "
          + ", ".join(f"{name} {n}" for name, n in calls.items()))
    raws, runs = [], []
    for _ in range(rounds):
        raws.append(timed(lambda: list(kiwi.tokenize(lines))))
        runs.append(stages(text, Context.create()))
    for k, (raw, run) in enumerate(zip(raws, runs, strict=True), 1):
        ss = run["split_sentences"]
        rest_wall = sum(w for name, (w, _, _) in run.items() if name != "split_sentences")
        rest_cpu = sum(t for name, (_, t, _) in run.items() if name != "split_sentences")
        total = sum(w for w, _, _ in run.values())
        print(f"  round {k}: raw Kiwi wall {raw[0]:.3f} s, Kiwi's threads {raw[2] - raw[1]:.3f} CPU s | "
              f"split_sentences wall {ss[0]:.3f} s, Kiwi's threads {ss[2] - ss[1]:.3f} CPU s, calling thread "
              f"{ss[1]:.3f} | other stages wall {rest_wall:.3f} s (calling thread {rest_cpu:.3f} CPU s) | "
              f"ratio {raw[0] / total:.2f}; for 0.7 with split_sentences as it is, the other stages "
              f"<= {raw[0] / 0.7 - ss[0]:.3f} s")
    best_raw = min(r[0] for r in raws)
    best_ss = min(r["split_sentences"][0] for r in runs)
    best_rest = min(sum(w for name, (w, _, _) in r.items() if name != "split_sentences") for r in runs)
    print(f"  least of {rounds}: raw Kiwi wall {best_raw:.3f} s; split_sentences {best_ss:.3f} s "
          f"({best_ss / best_raw:.2f} x the anchor); the other stages {best_rest:.3f} s, "
          f"of which at most {max(0.0, best_raw / 0.7 - best_ss):.3f} s fits the 0.7 target")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    main(parser.parse_args().rounds)
