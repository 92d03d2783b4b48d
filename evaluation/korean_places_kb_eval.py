"""Korean place names linked across scripts by the KB: ``KnowledgeBase.link`` only, no retrieval (kplace19 branch).

``python evaluation/korean_places_kb_eval.py [--part tune|report] [--seed N] [--misses]`` — the Korean places of
``../shared/names-dev/foreign_places.tsv`` (kind ``ko_place``: GeoNames, CC BY 4.0; read its SOURCE.md), written
as GeoNames writes them (Ansan-si, Aoji-ri, Hallasan), split into two halves by a fixed seed: the rows of one
place (one ``geonameid``: 안산, 안산시 and Ansan-si) stay together, the places are shuffled with
``random.Random(SPLIT_SEED)``, the first half is ``tune`` and the rest ``report``. Each half's rows are linked
both ways, as section (2) of ``foreign_names_eval.py`` links them (its ``build_kbs`` and ``kb_table``: the same
distractors and seed): each Latin name against a KB of 2,000 entities holding only Hangul names, each Hangul name
against one holding only Latin names; correct, wrong, abstain, with the anyascii + rapidfuzz baseline in the same
run.

``--pairs FILE.tsv`` links the rows of a pairs file instead (``foreign_names_eval.py``'s format: hangul, latin,
kind), e.g. ``fixtures/names/korean_names_heldout1.tsv``: the same table without that script's retrieval section
(minutes, not the better part of an hour). ``--misses`` prints every query not linked right and what it got.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "evaluation"))
sys.path.insert(0, str(ROOT / "training"))

import foreign_names_eval as fne  # noqa: E402
from name_data import SHARED, load  # noqa: E402

PLACES = SHARED / "foreign_places.tsv"
SPLIT_SEED = 19
PARTS = ("tune", "report")


def korean_places(part: str, seed: int = SPLIT_SEED) -> list[fne.Row]:
    """The ``ko_place`` rows of one half (see the module's docstring), kind ``place``, in file order."""
    by_place: dict[str, list[fne.Row]] = defaultdict(list)
    lines = PLACES.read_text("utf-8").splitlines()
    for number, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        if len(cols) != 4 or cols[2] != "ko_place":
            continue
        hangul, latin, _, source = cols
        by_place[source].append(fne.Row(hangul.strip(), latin.strip(), "place", number))
    places = sorted(by_place)
    random.Random(seed).shuffle(places)
    half = set(places[: len(places) // 2] if part == "tune" else places[len(places) // 2:])
    rows = [r for p in sorted(half) for r in by_place[p]]
    seen: set[tuple[str, str]] = set()
    out = []
    for r in sorted(rows, key=lambda r: r.line):
        item = (fne.hangul_key(r.hangul), fne.latin_key(r.latin))
        if item not in seen:
            seen.add(item)
            out.append(r)
    return out


def misses(rows: Sequence[fne.Row], kbs: dict) -> None:
    print("\n### Not linked right\n")
    for script in ("hangul", "latin"):
        kb, names, right = kbs[script]
        for query in sorted(right):
            link = kb.link(query)
            got = None if link is None else link.entity_id
            if got in right[query]:
                continue
            shown = {i: " | ".join(ns) for i, ns in names.items() if i in right[query] or i == got
                     or (link is not None and any(c.entity_id == i for c in link.candidates[:3]))}
            what = "no candidate" if link is None else (
                f"abstain ({', '.join(shown[c.entity_id] + f' {c.score:.2f}' for c in link.candidates[:3])})"
                if got is None else f"WRONG {shown[got]} ({link.method}, {link.score:.2f})")
            print(f"- {script} KB: {query} (want {', '.join(shown[i] for i in sorted(right[query]))}): {what}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Korean places (or a pairs file) linked across scripts by the KB.")
    parser.add_argument("--part", choices=PARTS, default="tune", help="which half of the Korean places (default tune)")
    parser.add_argument("--pairs", type=Path, metavar="FILE.tsv", help="link this pairs file's rows instead")
    parser.add_argument("--seed", type=int, default=fne.SEED, help="distractors drawn with this seed")
    parser.add_argument("--misses", action="store_true", help="print every query not linked right")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.pairs is not None:
        try:
            rows, _ = fne.read_pairs(args.pairs)
        except fne.PairsError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        what = str(args.pairs)
    else:
        rows = korean_places(args.part)
        what = f"{PLACES} ko_place, {args.part} half (split seed {SPLIT_SEED})"
    import bilingual

    print(f"## KB linking across scripts: {what}\n")
    print(f"code: {Path(bilingual.__file__).parent}; rows: {len(rows)}; distractor seed {args.seed}\n")
    pool = fne.distractor_pool(rows, load())
    kbs = fne.build_kbs(rows, pool, random.Random(args.seed), fne.CANDIDATES)
    fne.kb_table(rows, kbs)
    if args.misses:
        misses(rows, kbs)
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
