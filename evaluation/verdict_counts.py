"""How many pairs of a name-pairs file `name_similarity` calls `same`, `possible` and `different`.

``python evaluation/verdict_counts.py FILE.tsv [--kind place]`` — FILE in ``foreign_names_eval.py``'s format (hangul,
latin, kind; ``#`` lines are comments), every row a right pair (two writings of one name), e.g.
``fixtures/names/korean_places_heldout7.tsv``. Prints the counts only (no pair), so that a file kept aside can be
measured without being read (docs/log/similarity.md, "A fresh file of Korean places").
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bilingual import name_similarity


def counts(path: Path, kind: str | None) -> Counter[str]:
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return Counter(name_similarity(row[0], row[1], kind=kind).verdict for row in rows)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--kind", default=None, help="the kind given to name_similarity (default: none)")
    args = parser.parse_args()
    found = counts(args.pairs, args.kind)
    total = sum(found.values())
    print(f"{args.pairs}: {total} pairs, kind {args.kind}: same {found['same']} ({found['same'] / max(total, 1):.1%}), "
          f"possible {found['possible']}, different {found['different']}")


if __name__ == "__main__":
    main()
