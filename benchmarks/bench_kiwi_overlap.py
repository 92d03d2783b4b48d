"""Does work done in the calling thread between Kiwi's batch results overlap Kiwi's own threads? (issue 12)

``process()`` on Korean news is Kiwi's batch tokenization (two worker threads) plus Python in the calling thread. The
"overlap" way would do some of that Python (each sentence's Korean name candidates, ``korean_candidates``) while
``split_sentences`` reads Kiwi's results, instead of in the mentions stage after Kiwi has finished. This prints
what decides it, with the real work (the news side's 1,000-odd Korean sentences through ``korean_candidates``):

1. how far Kiwi runs ahead of its consumer: results ready at once after the calling thread paused for a second;
2. raw Kiwi batch tokenization of the news lines with that work done after the last result (today's order), one
   sentence's share between each two results, or in batches of 24 sentences: wall (best of N), the calling thread's
   CPU and Kiwi's own threads' CPU (the process's CPU less the calling thread's), least of N each.

Read the wall figures on a quiet machine only: on a loaded one no core is ever idle, so nothing can overlap.

    python benchmarks/bench_kiwi_overlap.py [--repeat N]
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Callable

from _common import corpus_text

import bilingual
from bilingual.context import Context
from bilingual.document import Token
from bilingual.entities.korean_names import korean_candidates
from bilingual.lang import korean
from bilingual.memory import collector_paused


def news_ko() -> str:
    from _common import FIXTURE_CORPUS, SHARED_CORPUS

    for folder in (SHARED_CORPUS, FIXTURE_CORPUS):
        files = sorted(folder.glob("news*.ko"))
        if files:
            return "".join(p.read_text(encoding="utf-8") for p in files)
    return corpus_text("ko")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = news_ko()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    kb = Context.create().kb
    doc = bilingual.process(text)
    by_sentence: dict[int, list[Token]] = {}
    for t in doc.tokens:
        by_sentence.setdefault(t.sentence, []).append(t)
    sentences = [tokens for tokens in by_sentence.values() if tokens[0].lang == "ko"]
    kiwi = korean.get_kiwi(kb.tokenizer_names())
    list(kiwi.tokenize(lines[:20]))

    results = kiwi.tokenize(iter(lines))
    next(results)
    time.sleep(1.0)
    arrivals = [time.perf_counter() for _ in results]
    ready = sum(b - a < 1e-4 for a, b in itertools.pairwise(arrivals[:65]))
    print(f"Kiwi ({len(lines)} news lines, 2 threads): of the 64 results after a 1 s pause of the calling thread, "
          f"{ready} came at once (under 0.1 ms apart: computed ahead by Kiwi's threads while it paused)")

    share = len(sentences) / len(lines)

    def candidates(upto: float, done: int) -> int:
        while done < upto and done < len(sentences):
            korean_candidates(doc.text, sentences[done], kb)
            done += 1
        return done

    def after() -> None:
        for _ in kiwi.tokenize(lines):
            pass
        candidates(len(sentences), 0)

    def between(batch: int) -> Callable[[], None]:
        def run() -> None:
            done, due = 0, 0.0
            for _ in kiwi.tokenize(lines):
                due += share
                if due - done >= batch:
                    done = candidates(due, done)
            candidates(len(sentences), done)
        return run

    def alone() -> None:
        candidates(len(sentences), 0)

    ways: dict[str, Callable[[], None]] = {"Kiwi alone": lambda: list(kiwi.tokenize(lines)),
                                           "candidates alone": alone, "candidates after Kiwi": after,
                                           "one sentence's share between results": between(1),
                                           "24 sentences at a time between results": between(24)}
    figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name in ways}
    with collector_paused():
        for _ in range(args.repeat):
            for name, way in ways.items():  # alternately, so that the load falls on each alike
                w0, c0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
                way()
                w, c, p = time.perf_counter() - w0, time.thread_time() - c0, time.process_time() - p0
                figures[name].append((w, c, p - c))
    print(f"{len(sentences)} Korean sentences through korean_candidates; least of {args.repeat} runs each:")
    for name, runs in figures.items():
        print(f"  {name}: wall {min(r[0] for r in runs):.3f} s, calling thread {min(r[1] for r in runs):.3f} CPU s, "
              f"Kiwi's threads {min(r[2] for r in runs):.3f} CPU s")


if __name__ == "__main__":
    main()
