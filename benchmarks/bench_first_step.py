"""What `-j 2`'s calling process can take off the critical path, and what sending its result costs: for the fixture
pages with and without Hangul, the CPU of each stage per page (Kiwi without threads, as in the workers forked from the
fork server), the share of the stages before the Korean path (repair, blocks, routing: the first step of
:class:`bilingual.engines.pool.Split`), and the routed document's pickle (bytes, and CPU to pickle and to unpickle it:
what crossing to a worker adds) beside the page's text's. Prints; never asserts.

    python benchmarks/bench_first_step.py [--rounds N]
"""

from __future__ import annotations

import argparse
import pickle
import time

from _common import ROOT

import bilingual.engines.kiwi_fork  # noqa: F401  (Kiwi without threads and the first-use loads, as a forked worker)
from bilingual.context import Context
from bilingual.document import Document
from bilingual.engines.pool import needs_korean
from bilingual.stages import BEFORE_KOREAN, STAGES, run_stages


def measure(texts: list[str], rounds: int) -> str:
    per = dict.fromkeys((s.__name__ for s in STAGES), 0.0)
    dump = load = 0.0
    routed_bytes = text_bytes = 0
    for _ in range(rounds):
        for text in texts:
            context = Context.create()
            doc = Document.create(text)
            for stage in STAGES:
                t0 = time.process_time()
                doc = stage(doc, context)
                per[stage.__name__] += time.process_time() - t0
                if stage is BEFORE_KOREAN[-1]:
                    t0 = time.process_time()
                    data = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
                    t1 = time.process_time()
                    pickle.loads(data)
                    dump, load = dump + t1 - t0, load + time.process_time() - t1
                    routed_bytes += len(data)
                    text_bytes += len(pickle.dumps(text, protocol=pickle.HIGHEST_PROTOCOL))
    n = rounds * len(texts)
    first = sum(per[s.__name__] for s in BEFORE_KOREAN)
    whole = sum(per.values())
    stages = ", ".join(f"{k} {v / n * 1000:.2f}" for k, v in per.items())
    return (f"{len(texts)} pages x {rounds}: CPU ms a page: {stages}"
            + f"; whole {whole / n * 1000:.2f}, first step {first / n * 1000:.2f} ({first / whole:.0%}); routed "
              f"document pickled {routed_bytes / n / 1000:.1f} kB (the text {text_bytes / n / 1000:.1f} kB), pickle "
              f"{dump / n * 1000:.2f} ms + unpickle {load / n * 1000:.2f} ms ({(dump + load) / first:.0%} of the "
              f"first step)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "pages").glob("*.txt"))]
    context = Context.create()
    for text in texts:
        run_stages(Document.create(text), context)  # first-use loads out of the way
    print("with Hangul (what the caller can run ahead):", measure([t for t in texts if needs_korean(t)], args.rounds))
    print("without Hangul (for comparison):", measure([t for t in texts if not needs_korean(t)], args.rounds))


if __name__ == "__main__":
    main()
