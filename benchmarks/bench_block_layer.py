"""CPU of the blocks stage with and without the learned layer over the rules, in the same run, alternating.

Run: ``python benchmarks/bench_block_layer.py [--repeat 7]`` from the repository root. Each corpus side (all its
lines as one page, as ``label_lines`` sees a long page) goes through ``split_blocks`` with
``BlockConfig(learned_layer=False)`` (the rules alone), with the layer's first pass alone
(``label_layer.SECOND_PASS`` off) and with the default (the rules and the layer's two passes), alternately;
the best CPU time (``time.process_time``) of each is printed. Figures go to ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import time

from _common import corpus_text, mb

from bilingual.config import BlockConfig, Config
from bilingual.context import Context
from bilingual.document import Document
from bilingual.page import label_layer
from bilingual.page.blocks import split_blocks
from bilingual.page.label_layer import second_weights, weights


def cpu_ms(doc: Document, context: Context) -> float:
    t0 = time.process_time()
    split_blocks(doc, context)
    return 1000 * (time.process_time() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    weights()  # the tables are read once per process; their load is timed apart below
    second_weights()
    rules = Context.create(config=Config(blocks=BlockConfig(learned_layer=False)))
    layered = Context.create()
    print("| input | MB | lines | rules alone (best CPU ms) | rules + layer, first pass only | rules + layer (both "
          "passes, the default) | ratio to the rules alone |")
    print("|---|---|---|---|---|---|---|")
    for side in ("en", "ko"):
        text, where = corpus_text(side)
        doc = Document.create(text)
        alone, first, both = [], [], []
        for _ in range(args.repeat):
            alone.append(cpu_ms(doc, rules))
            label_layer.SECOND_PASS = False
            first.append(cpu_ms(doc, layered))
            label_layer.SECOND_PASS = True
            both.append(cpu_ms(doc, layered))
        lines = sum(1 for line in text.splitlines() if line.strip())
        print(f"| {where} .{side} | {mb(text):.3f} | {lines} | {min(alone):.1f} | {min(first):.1f} | {min(both):.1f} | "
              f"{min(both) / min(alone):.2f} |")
    weights.cache_clear()
    second_weights.cache_clear()
    t0 = time.process_time()
    weights()
    second_weights()
    print(f"\nreading the layer's two tables (once per process): {1000 * (time.process_time() - t0):.1f} ms CPU")


if __name__ == "__main__":
    main()
