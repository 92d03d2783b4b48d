"""The page labels of the sentence corpus, each side read as one page: a regression of prose made visible.

Every line of ``../shared/corpus`` (``general-dev`` then ``news-dev``, 1,720 lines a side) is a sentence of prose,
human-translated (a few are dated news titles). Read as one page through the rules and the learned layer (as
``split_blocks`` does), each line should come out ``body`` (a title ``headline`` at most): a line labelled ``other``
is prose taken for a data line (docs/log/blocks.md, "labels14 branch"). The corpus is an evaluation input only, never
package data (its licence is in ``../shared/corpus/SOURCE.md``).

Run from the repository root::

    python evaluation/blocks_corpus.py                 # counts by label, per side, and every line labelled other
    python evaluation/blocks_corpus.py --show headline # also list the lines with these labels
    python evaluation/blocks_corpus.py --rules         # the rules alone, without the learned layer

To compare with another commit, export its package and put it first on ``PYTHONPATH`` (this script imports
``bilingual`` as installed, and does not add the repository to the path).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from bilingual.document import BLOCK_LABELS
from bilingual.page.blocks import label_lines
from bilingual.page.label_layer import learned_labels

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
PARTS = ("general-dev", "news-dev")
SIDES = ("en", "ko")


def side_lines(corpus: Path, side: str) -> list[str]:
    """The side's non-empty lines, stripped, the parts one after the other (a block is a non-empty line)."""
    out: list[str] = []
    for part in PARTS:
        path = corpus / f"{part}.{side}"
        if not path.is_file():
            raise SystemExit(f"{path}: not found (give the corpus folder with --corpus)")
        out += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return out


def labels(lines: list[str], layer: bool = True) -> list[str]:
    """Each line's label when ``lines`` are one page: the rules', relabelled by the layer when ``layer``."""
    labelled = label_lines("\n".join(lines))
    if len(labelled) != len(lines):
        raise SystemExit(f"{len(lines)} lines but {len(labelled)} blocks")
    if not layer:
        return [rule.label for _, rule in labelled]
    return [label for label, _ in learned_labels([line.text for line, _ in labelled],
                                                 [(rule.name, rule.label) for _, rule in labelled])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the folder of the corpus's files")
    parser.add_argument("--show", nargs="*", default=[], choices=BLOCK_LABELS,
                        help="list the lines with these labels too (the lines labelled other are always listed)")
    parser.add_argument("--rules", action="store_true", help="the rules alone, without the learned layer")
    args = parser.parse_args(argv)
    show = {"other", *args.show}
    totals: Counter[str] = Counter()
    for side in SIDES:
        lines = side_lines(args.corpus, side)
        got = labels(lines, layer=not args.rules)
        counts = Counter(got)
        totals.update(counts)
        print(f"## {side}: {len(lines)} lines, " + ", ".join(f"{lab} {counts[lab]}" for lab in BLOCK_LABELS
                                                             if counts[lab]))
        for i, (line, lab) in enumerate(zip(lines, got, strict=True)):
            if lab in show:
                print(f"  {side} #{i} {lab}: {line[:90]}")
        print()
    print("both sides: " + ", ".join(f"{lab} {totals[lab]}" for lab in BLOCK_LABELS if totals[lab]))
    print(f"prose lines labelled other: {totals['other']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
