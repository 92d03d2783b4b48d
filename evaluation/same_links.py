"""Save, or compare with a saved copy, what ``KnowledgeBase.link`` answers for a seeded sample of the name pairs of
``../shared/names-dev`` against four knowledge bases: the check that a speed change in linking (the similarity tier
and its bounds) changed no link (issue 12). Not a benchmark and not a test: it prints whether the answers are
identical and, where they are not, the first query that differs.

Knowledge bases: the bundled one; 300 Korean people of ``people_kpop.tsv`` by their Latin names only, and the same
300 by their Hangul names only; 300 places of ``foreign_places.tsv`` by their Latin names. Queries: both spellings
of 2,000 rows of the two files (seeded), and for 500 of the Latin ones the spelling lower-cased, without hyphens,
and with its words in the other order. Every answer is written in full (entity, score, method, reasons and every
candidate), so a changed score or reason shows as well as a changed entity.

    python evaluation/same_links.py --save FILE     # before the change
    python evaluation/same_links.py --check FILE    # after it: exit 1 on any difference
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

from bilingual.entities.kb import KnowledgeBase, Link

NAMES_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "names-dev"


def _rows(name: str) -> list[dict[str, str]]:
    with (NAMES_DEV / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def knowledge_bases(people: list[dict[str, str]], places: list[dict[str, str]]) -> dict[str, KnowledgeBase]:
    rng = random.Random(24)
    korean = rng.sample([r for r in people if r["kind"] == "ko_person_fullname"], 300)
    towns = rng.sample(places, 300)
    return {
        "bundled": KnowledgeBase.default(),
        "people-latin": KnowledgeBase.from_records({"id": f"p{i}", "type": "person", "name": r["latin"]}
                                                   for i, r in enumerate(korean)),
        "people-hangul": KnowledgeBase.from_records({"id": f"p{i}", "type": "person", "name": r["hangul"]}
                                                    for i, r in enumerate(korean)),
        "places": KnowledgeBase.from_records({"id": f"t{i}", "type": "place", "name": r["latin"]}
                                             for i, r in enumerate(towns)),
    }


def queries(people: list[dict[str, str]], places: list[dict[str, str]]) -> list[str]:
    rng = random.Random(2024)
    sample = rng.sample(people + places, 2000)
    out = [q for r in sample for q in (r["latin"], r["hangul"])]
    for r in rng.sample(sample, 500):
        words = r["latin"].split()
        out += [r["latin"].lower(), r["latin"].replace("-", ""), " ".join(words[1:] + words[:1])]
    return list(dict.fromkeys(q for q in out if q.strip()))


def _answer(link: Link | None) -> object:
    return None if link is None else link.model_dump(mode="json")


def answers() -> dict[str, list[object]]:
    people, places = _rows("people_kpop.tsv"), _rows("foreign_places.tsv")
    asked = queries(people, places)
    out: dict[str, list[object]] = {}
    for name, kb in knowledge_bases(people, places).items():
        t0 = time.process_time()
        out[name] = [[q, _answer(kb.link(q))] for q in asked]
        print(f"{name}: {len(asked)} queries, {sum(a[1] is not None for a in out[name])} answered "
              f"({time.process_time() - t0:.1f} CPU s)", file=sys.stderr)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, metavar="FILE", help="write the answers to FILE")
    group.add_argument("--check", type=Path, metavar="FILE", help="compare the answers now with those in FILE")
    args = parser.parse_args()
    if not NAMES_DEV.is_dir():
        raise SystemExit(f"no names-dev folder at {NAMES_DEV}")
    now = answers()
    if args.save:
        args.save.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"saved to {args.save}")
        return 0
    saved = json.loads(args.check.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(now, ensure_ascii=False, sort_keys=True))
    same = True
    for name in sorted(set(saved) | set(now)):
        old, new = saved.get(name, []), now.get(name, [])
        if old == new:
            print(f"{name}: {len(new)} answers, identical")
            continue
        same = False
        first = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
        print(f"{name}: DIFFERENT at answer {first}: saved {old[first] if first < len(old) else None!r}, "
              f"now {new[first] if first < len(new) else None!r}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
