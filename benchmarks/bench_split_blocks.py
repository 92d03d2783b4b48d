"""The thread CPU of the blocks stage alone on a news side, as a stream meets each page: the least of ``--repeat``
runs on the repaired text, with every memo of line counts emptied before each run (the same text run again would
find all its lines counted; a new page finds none). Prints figures; never asserts. To compare two revisions, run it
with ``PYTHONPATH`` on an export of each, alternating (perf30).

    python benchmarks/bench_split_blocks.py [--side ko|en] [--repeat N]
"""

from __future__ import annotations

import argparse
import time

from bench_end_to_end import news

from bilingual.context import Context
from bilingual.document import Document
from bilingual.memory import collector_paused
from bilingual.page.blocks import split_blocks
from bilingual.text.repair import repair


def _forget_counts() -> None:
    """Empty the memo of line counts (``bilingual.text.counts``) where the revision has one."""
    from bilingual.text import counts

    memo = getattr(counts, "_non_ascii_counts", None)
    if memo is not None:
        memo.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--side", choices=("en", "ko"), default="ko")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    text, where = news(args.side)
    context = Context.create()
    doc = repair(Document.create(text), context)
    split_blocks(doc, context)  # the tables and patterns loaded
    best = float("inf")
    with collector_paused():
        for _ in range(args.repeat):
            _forget_counts()
            t0 = time.thread_time()
            split_blocks(doc, context)
            best = min(best, time.thread_time() - t0)
    print(f"split_blocks on {where} ({len(text.splitlines())} lines): {best * 1000:.1f} ms thread CPU, "
          f"least of {args.repeat} (line counts forgotten before each)")


if __name__ == "__main__":
    main()
