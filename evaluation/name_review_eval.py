"""Review of single-sentence pairs naming one real Korean person: does the review accuse a correct spelling,
and does it catch another person?

People: the Korean full names of the held-out **test** part of ``training/name_data.py`` (real spellings people
carry: ``fixtures/names/romanized_names.tsv`` and ``../shared/names-dev/people_kpop.tsv``), never learned from.
Each person is put into sentence templates in both languages (a title, a date), and reviewed twice:

- **right spelling**: the English names the person as they spell themselves. An error-level name finding is a
  false accusation (target ≤ 1 %); a warning (an unusual spelling) is counted separately;
- **another person**: the English names someone else with the same family name and no given-name syllable in
  common, in that person's own spelling. A name finding of any severity is a catch (target ≥ 95 %).

Run: ``python evaluation/name_review_eval.py [--seeds 3] [--part test]``; exits 1 when a target is missed on the
test part.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bilingual  # noqa: E402
from bilingual.names.keys import korean_surname  # noqa: E402
from training.name_data import load  # noqa: E402

TEMPLATES = [
    ("{ko} 의원은 {d}일 국회에서 기자회견을 열었다.",
     "Rep. {en} held a press conference at the National Assembly on the {d}th."),
    ("{ko} 장관이 {d}일 서울에서 회담했다.", "Minister {en} held talks in Seoul on the {d}th."),
    ("이날 {ko} 대표는 지지자들에게 감사를 전했다.", "On the day, {en} thanked supporters."),
    ("{ko} 씨는 {d}일 새 앨범을 발표했다.", "{en} released a new album on the {d}th."),
]
NAME_CODES = frozenset({"name-mismatch", "name-missing", "name-spelling", "name-style"})


def people(part: str) -> dict[str, list[str]]:
    """Korean full names (2–4 syllables with a known family name) and their real spellings, in one part."""
    out: dict[str, list[str]] = defaultdict(list)
    for pair in load():
        if pair.part != part or pair.kind not in ("ko_person_fullname", "ko_public_figure"):
            continue
        name = pair.hangul.replace(" ", "")
        if korean_surname(name) is None or not 2 <= len(name) <= 4 or pair.latin in out[name]:
            continue
        out[name].append(pair.latin)
    return dict(out)


def other_person(name: str, pool: dict[str, list[str]], rng: random.Random) -> str | None:
    family = korean_surname(name)
    options = [o for o in pool if o != name and korean_surname(o) == family
               and not set(o[len(family or ""):]) & set(name[len(family or ""):])]
    return rng.choice(sorted(options)) if options else None


def run(part: str, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    test = people(part)
    pool = {**people("train"), **people("tune"), **test}  # the other person may be anyone with real spellings
    right, swapped = [], []
    for name in sorted(test):
        template = rng.choice(TEMPLATES)
        day = rng.randint(2, 28)
        for spelling in test[name]:
            right.append((template[0].format(ko=name, d=day), template[1].format(en=spelling, d=day)))
        other = other_person(name, pool, rng)
        if other is not None:
            swapped.append((template[0].format(ko=name, d=day), template[1].format(en=rng.choice(pool[other]), d=day)))
    r_right = bilingual.review_pairs(right)
    r_swap = bilingual.review_pairs(swapped)
    errors = {f.pair for f in r_right.findings if f.code in NAME_CODES and f.severity == "error"}
    warnings = {f.pair for f in r_right.findings if f.code in NAME_CODES and f.severity == "warning"} - errors
    caught = {f.pair for f in r_swap.findings if f.code in NAME_CODES and f.severity in ("error", "warning")}
    caught_error = {f.pair for f in r_swap.findings if f.code in NAME_CODES and f.severity == "error"}
    return {"right": len(right), "false error %": 100 * len(errors) / max(1, len(right)),
            "warning %": 100 * len(warnings) / max(1, len(right)), "swapped": len(swapped),
            "caught %": 100 * len(caught) / max(1, len(swapped)),
            "caught as error %": 100 * len(caught_error) / max(1, len(swapped))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--part", choices=["test", "tune"], default="test")
    args = parser.parse_args()
    print(f"**Review of one-person sentence pairs, {args.part} part** (seeds 1..{args.seeds})\n")
    print("| seed | right spellings | error-level name finding | warning only | other person | caught "
          "| caught as error |")
    print("|---|---|---|---|---|---|---|")
    rows = [run(args.part, seed) for seed in range(1, args.seeds + 1)]
    for seed, r in enumerate(rows, 1):
        print(f"| {seed} | {r['right']:.0f} | {r['false error %']:.1f} % | {r['warning %']:.1f} % "
              f"| {r['swapped']:.0f} | {r['caught %']:.1f} % | {r['caught as error %']:.1f} % |")
    worst_false = max(r["false error %"] for r in rows)
    worst_caught = min(r["caught %"] for r in rows)
    ok = worst_false <= 1.0 and worst_caught >= 95.0
    print(f"\ntargets (error-level finding on a right spelling ≤ 1 %, another person caught ≥ 95 %), worst seed: "
          f"{worst_false:.1f} % and {worst_caught:.1f} %: {'met' if ok else 'NOT met'}")
    return 0 if ok or args.part != "test" else 1


if __name__ == "__main__":
    sys.exit(main())
