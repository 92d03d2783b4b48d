"""Does ``transcription_score`` separate true Hangul transcriptions from near misses?

Items: ``fixtures/names/transcriptions.tsv`` (true pairs and near misses), plus every pairing of one
true pair's Hangul with another's Latin as easy negatives. Prints score distributions and accuracy
at the acceptance threshold. Run: ``python evaluation/transcription_eval.py``. Exits 1 unless true pairs
are accepted >= 90 %, other people's names rejected >= 95 % and the ranking is right >= 90 % (the
fixed-threshold figure for the hand-picked near misses is reported, not required).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from bilingual.names.transcription import transcription_score

ROOT = Path(__file__).resolve().parent.parent
THRESHOLD = 0.75


def main() -> int:
    table = (ROOT / "fixtures" / "names" / "transcriptions.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in table.splitlines() if ln and not ln.startswith("#")]
    true = [(h, latin) for h, latin, label in rows if label == "match"]
    near = [(h, latin) for h, latin, label in rows if label == "miss"]
    # another person's name: no word of the two true Latin names in common (Tony / Antony Blinken are one)
    cross = [(h, latin2) for i, (h, latin) in enumerate(true) for j, (_, latin2) in enumerate(true)
             if i != j and not set(latin.lower().split()) & set(latin2.lower().split())]
    print(f"| pairs | n | min | median | max | at threshold {THRESHOLD:.2f} |")
    print("|---|---|---|---|---|---|")
    ok = True
    required = {"true transcriptions": 0.9, "near misses": 0.0, "other true pairs' names": 0.95}
    for name, pairs, want in (("true transcriptions", true, True), ("near misses", near, False),
                              ("other true pairs' names", cross, False)):
        scores = [transcription_score(h, latin) for h, latin in pairs]
        right = sum((s >= THRESHOLD) == want for s in scores) / len(scores)
        print(f"| {name} | {len(pairs)} | {min(scores):.2f} | {statistics.median(scores):.2f} | {max(scores):.2f} "
              f"| {right:.1%} {'accepted' if want else 'rejected'} |")
        wrong = [(h, latin, round(s, 2)) for (h, latin), s in zip(pairs, scores, strict=True)
                 if (s >= THRESHOLD) != want]
        if wrong:
            print(f"    wrong: {wrong[:10]}")
        ok &= right >= required[name]
    # Ranking, as linking uses it: for a Hangul name, its original above each of its near misses.
    wins = total = 0
    for h, latin in true:
        for h2, miss in near:
            if h2 == h:
                total += 1
                wins += transcription_score(h, latin) > transcription_score(h, miss)
    print(f"\nRanking: the true original scores above the near miss for the same Hangul name in "
          f"{wins} of {total} cases ({wins / total:.1%}).")
    return 0 if ok and wins / total >= 0.9 else 1


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    raise SystemExit(main())
