"""Where the sentences stage's CPU goes beyond raw Kiwi on Korean news (issue 12, item 8), measured in one process.

The anchor of ``bench_end_to_end.py`` is Kiwi's batch ``tokenize`` of the news side's non-blank lines, with the Kiwi
that ``process()`` uses (our user dictionary of names included). This prints, on the news side
(``shared/corpus/news-dev.ko``, else the fixture excerpt):

1. what each tokenizes: the anchor's lines, and the pieces ``split_sentences`` sends (the Korean runs of the routed
   document, cut by ``korean.chunks``), in count and characters; and how many of those pieces a bare Kiwi (no user
   names, otherwise the same options) tokenizes differently from ours;
2. alternately, ``--rounds`` times, in this one process (the machine's load falls on every case alike): the anchor;
   a bare Kiwi on the same lines; our Kiwi on our pieces, fed as ``split_sentences`` feeds it; ``tokens_iter``
   (Kiwi and our conversion of its tokens); ``split_sentences`` itself; and ``split_sentences`` with Kiwi's results
   computed beforehand (the stage's own work: sentence records and token columns). For each: wall, the calling
   thread's CPU, the process's CPU and their difference (Kiwi's own threads), least and median;
3. the calling thread's CPU in ``split_sentences`` cut into parts, from the least figures: Kiwi's ``Token`` objects
   (built in the calling thread as the results are taken), our conversion of them, the stage's records, and what is
   left (the same work done beside Kiwi's threads rather than alone).

Read the CPU figures; on a loaded machine the wall figures are the load's. Prints figures; never asserts.

    python benchmarks/bench_korean_gap.py [--rounds N]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bench_end_to_end import news

import bilingual
from bilingual.context import Context
from bilingual.document import Document
from bilingual.lang import korean
from bilingual.lang.sentences import split_sentences
from bilingual.memory import collector_paused
from bilingual.stages import BEFORE_KOREAN, run_stages


def _fields(token: Any) -> tuple[str, str, int, int, str]:
    """What the Korean path reads of a Kiwi token (Kiwi's ``Token`` objects compare by identity)."""
    return token.form, token.tag, token.start, token.len, token.lemma


def timed(fn: Callable[[], object]) -> tuple[float, float, float]:
    """Wall, calling-thread CPU and process CPU seconds of ``fn()``."""
    gc.collect()
    w, t, p = time.perf_counter(), time.thread_time(), time.process_time()
    fn()
    return time.perf_counter() - w, time.thread_time() - t, time.process_time() - p


def main(rounds: int) -> None:
    text, where = news("ko")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    context = Context.create()
    names = context.kb.tokenizer_names()
    ours, bare = korean.get_kiwi(names), korean.get_kiwi(frozenset())
    bilingual.process("\n".join(lines[:10]))  # warm: Kiwi, the name index, the tables
    bare.tokenize(lines[:10])
    doc = run_stages(Document.create(text), context, BEFORE_KOREAN)
    texts = [doc.text[run.start:run.end] for run in doc.runs if run.route.lang == "ko"]
    pieces = [t[s:e] for t in texts for s, e in korean.chunks(t) if t[s:e].strip()]
    differ = sum(list(map(_fields, a)) != list(map(_fields, b))
                 for a, b in zip(ours.tokenize(pieces), bare.tokenize(pieces), strict=True))
    print(f"Korean news ({where}): the anchor tokenizes {len(lines)} lines, {sum(map(len, lines)):,} characters; "
          f"split_sentences sends {len(pieces)} pieces, {sum(map(len, pieces)):,} characters (the document's "
          f"{len(doc.runs) - len(texts)} runs not routed Korean are not sent); user names {len(names)}; pieces a "
          f"bare Kiwi tokenizes differently: {differ}")

    tokens_iter = korean.tokens_iter
    precomputed: list[tuple[list[tuple[int, int]], list[Any]]] = []

    def recorded(*args: Any, **kwargs: Any) -> Iterator[tuple[list[tuple[int, int]], list[Any]]]:
        for found in tokens_iter(*args, **kwargs):
            precomputed.append(found)
            yield found

    korean.tokens_iter = recorded  # type: ignore[assignment]
    try:
        split_sentences(doc, Context.create())  # what the stage takes from the Korean path, kept
    finally:
        korean.tokens_iter = tokens_iter

    def given(_texts: Sequence[str], **_kwargs: Any) -> Iterator[tuple[list[tuple[int, int]], list[Any]]]:
        return iter(precomputed)

    def stage() -> None:
        with collector_paused():
            split_sentences(doc, Context.create())

    def stage_alone() -> None:
        korean.tokens_iter = given  # type: ignore[assignment]
        try:
            stage()
        finally:
            korean.tokens_iter = tokens_iter

    def conversion() -> None:
        with collector_paused():
            for _ in korean.tokens_iter(texts, names=names, strings={}, bases=[0] * len(texts), lang="ko",
                                        numbered=int):
                pass

    cases: dict[str, Callable[[], object]] = {
        "anchor: our Kiwi, the lines": lambda: list(ours.tokenize(lines)),
        "bare Kiwi, the lines": lambda: list(bare.tokenize(lines)),
        "our Kiwi, our pieces": lambda: list(ours.tokenize(p for p in pieces)),
        "tokens_iter (Kiwi + conversion)": conversion,
        "split_sentences": stage,
        "split_sentences, Kiwi's results given": stage_alone,
    }
    figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, fn in cases.items():
            figures[name].append(timed(fn))

    def both(values: list[float]) -> str:
        return f"{min(values):.3f} / {statistics.median(values):.3f}"

    print(f"  least / median of {rounds} (load average {os.getloadavg()[0]:.1f} at the end), seconds:")
    print(f"  {'':40s} {'wall':>15s} {'calling thread':>15s} {'process CPU':>15s} {'Kiwi threads':>15s}")
    for name, runs in figures.items():
        print(f"  {name:40s} {both([w for w, _, _ in runs]):>15s} {both([t for _, t, _ in runs]):>15s} "
              f"{both([p for _, _, p in runs]):>15s} {both([p - t for _, t, p in runs]):>15s}")
    least = {name: min(t for _, t, _ in runs) for name, runs in figures.items()}
    tokens = least["our Kiwi, our pieces"]
    converted = least["tokens_iter (Kiwi + conversion)"] - tokens
    records = least["split_sentences, Kiwi's results given"]
    rest = least["split_sentences"] - tokens - converted - records
    print(f"  split_sentences' calling thread {least['split_sentences']:.3f} CPU s: Kiwi's Token objects {tokens:.3f}, "
          f"our conversion {converted:.3f}, sentence records and token columns {records:.3f}, the rest {rest:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    main(parser.parse_args().rounds)
