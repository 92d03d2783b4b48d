"""Translation review on a file of pairs that render a place or organization right or put another in its stead.

``python evaluation/swap_review_eval.py [FILE.tsv]`` (default ``fixtures/review/place_review_heldout1.tsv``: source,
target, direction, verdict ``right``/``wrong``, kind ``place``/``org``, and the two names). Each pair goes through
``bilingual.review(source, target)``; a name finding is any of ``name-mismatch``, ``name-spelling``,
``name-missing``, ``terminology``, ``name-style``. Prints counts only (no pair), so that a file kept aside can be
measured without being read: on ``right`` rows a finding is a false accusation, on ``wrong`` rows a catch
(docs/log/review.md, "A fresh file of place and organization swaps").
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import bilingual

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "fixtures" / "review" / "place_review_heldout1.tsv"
NAME_CODES = frozenset({"name-mismatch", "name-spelling", "name-missing", "terminology", "name-style"})


def tally(path: Path) -> Counter[tuple[str, str, str]]:
    out: Counter[tuple[str, str, str]] = Counter()
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        source, target, _direction, verdict, kind, _s_name, _t_name = line.split("\t")
        found = [f for f in bilingual.review(source, target).findings if f.code in NAME_CODES]
        out[(verdict, kind, "rows")] += 1
        out[(verdict, kind, "any")] += bool(found)
        out[(verdict, kind, "error")] += any(f.severity == "error" for f in found)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path, nargs="?", default=DEFAULT)
    args = parser.parse_args()
    found = tally(args.pairs)
    print("| rows | pairs | any name finding | error-level |\n|---|---|---|---|")
    for verdict in ("right", "wrong"):
        for kind in ("place", "org"):
            print(f"| {verdict}, {kind} | {found[(verdict, kind, 'rows')]} | {found[(verdict, kind, 'any')]} | "
                  f"{found[(verdict, kind, 'error')]} |")


if __name__ == "__main__":
    main()
