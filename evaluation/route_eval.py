"""Routing accuracy by text length, ours beside langdetect alone, on real text.

Items: 1-, 2- and 3-word windows and whole sentences from both sides of the Korean–English corpus
(``../shared/corpus`` when present, else the excerpt in ``fixtures/corpus``), sentences in other
languages (``fixtures/route/other_languages.tsv``) and romanized Korean names
(``fixtures/route/romanized_names.txt``). Windows start at a seeded random word of each sentence.

Run: ``python evaluation/route_eval.py [--sample N]``; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from bilingual.lang import langid
from bilingual.lang.route import route

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "fixtures"
HANGUL = re.compile("[\uac00-\ud7a3]")
LETTER = re.compile(r"[^\W\d_]")

TARGETS = {("ko", "1 word"): 0.995, ("ko", "2 words"): 0.995, ("ko", "3 words"): 0.995,
           ("ko", "sentence"): 0.995, ("en", "1 word"): 0.98, ("en", "2 words"): 0.99,
           ("en", "sentence"): 0.995, ("other", "sentence"): 0.95, ("en", "romanized name"): 1.0}


def corpus(side: str, sample: int | None) -> tuple[list[str], str]:
    files = sorted(SHARED.glob(f"*.{side}")) or sorted((FIXTURES / "corpus").glob(f"*.{side}"))
    lines: list[str] = []
    for f in files:
        got = [ln.strip() for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
        lines += got[:sample] if sample else got
    return lines, ("shared/corpus" if files and files[0].parent == SHARED else "fixtures/corpus")


def windows(lines: list[str], n: int, rng: random.Random) -> list[str]:
    out = []
    for line in lines:
        words = line.split()
        if len(words) >= n:
            i = rng.randrange(len(words) - n + 1)
            out.append(" ".join(words[i:i + n]))
    return out


def langdetect_alone(text: str) -> str:
    found = langid.detect(text)
    if found is None:
        return "und"
    return found[0] if found[0] in ("ko", "en") else "other"


def ours(text: str) -> str:
    return route(text).lang


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=None, help="use the first N lines of each corpus file")
    args = parser.parse_args()
    rng = random.Random(20261122)
    groups: list[tuple[str, str, list[str]]] = []
    excluded: list[str] = []
    for side in ("ko", "en"):
        lines, where = corpus(side, args.sample)
        for n, name in ((1, "1 word"), (2, "2 words"), (3, "3 words")):
            items = windows(lines, n, rng)
            keep = [t for t in items if (HANGUL.search(t) if side == "ko" else LETTER.search(t))]
            excluded.append(f"{side} {name}: {len(items) - len(keep)} of {len(items)} windows without "
                            + ("Hangul (Latin acronyms or numbers inside Korean text)" if side == "ko" else "letters"))
            groups.append((side, name, keep))
        groups.append((side, "sentence", lines))
    other = [ln.split("\t", 1)[1] for ln in (FIXTURES / "route" / "other_languages.tsv").read_text("utf-8").splitlines()
             if ln and not ln.startswith("#")]
    groups.append(("other", "sentence", other))
    # Written in the third session of issue 14 before the routing rules were changed (see their headers):
    # 26/30 short English sentences were English then (four with names went to "other"), 20/20 others other.
    short_en = [ln for ln in (FIXTURES / "route" / "short_english.tsv").read_text("utf-8").splitlines()
                if ln and not ln.startswith("#")]
    groups.append(("en", "short sentence with names", short_en))
    other_latin = [ln.split("\t", 1)[1] for ln in (FIXTURES / "route" / "other_latin.tsv").read_text("utf-8")
                   .splitlines() if ln and not ln.startswith("#")]
    groups.append(("other", "sentence, more Latin-script languages", other_latin))
    names = [ln for ln in (FIXTURES / "route" / "romanized_names.txt").read_text("utf-8").splitlines()
             if ln and not ln.startswith("#")]
    groups.append(("en", "romanized name", names))

    print(f"Corpus: {where}{f' (first {args.sample} lines of each file)' if args.sample else ''}\n")
    print("| expected | length | items | ours | langdetect alone | target |")
    print("|---|---|---|---|---|---|")
    missed = []
    for expected, name, items in groups:
        def accuracy(fn: Callable[[str], str], items: list[str] = items, expected: str = expected) -> float:
            return sum(fn(t) == expected for t in items) / len(items)
        a, b = accuracy(ours), accuracy(langdetect_alone)
        target = TARGETS.get((expected, name))
        print(f"| {expected} | {name} | {len(items)} | {a:.2%} | {b:.2%} | {f'≥ {target:.1%}' if target else '—'} |")
        if target is not None and a < target:
            missed.append(f"{expected} {name}: {a:.2%} < {target:.1%}")
            wrong = [t for t in items if ours(t) != expected][:8]
            print(f"    misses: {wrong}", file=sys.stderr)
    for side in ("ko", "en"):
        sentences = next(items for expected, name, items in groups if expected == side and name == "sentence")
        asked = sum("langdetect" in route(t).reason for t in sentences)
        print(f"\nlangdetect was consulted for {asked} of {len(sentences)} {side} sentences.", end="")
    print()
    names_wrong = [n for n in names if route(n).lang not in ("en",)]
    print(f"\nRomanized Korean names labelled other than English: {len(names_wrong)} {names_wrong or ''}")
    print("Excluded windows: " + "; ".join(excluded))
    if missed:
        print("\nTargets missed: " + "; ".join(missed))
        return 1
    print("\nAll targets met.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
