"""Top-1 and top-5 accuracy of ``parse_name`` on name spellings from real pages.

Items: ``fixtures/names/romanized_names.tsv`` (seed pages; news-dev.en matched by hand to news-dev.ko;
public figures as spelled in the English-language press). Also checks that names that are not Korean
give no candidates. Run: ``python evaluation/names_eval.py``; exits 1 below 90 % top-5 overall.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from bilingual.names.romanized import parse_name

ROOT = Path(__file__).resolve().parent.parent
NOT_KOREAN = ["Antony Blinken", "Tony Blinken", "Antony J. Blinken", "Yoko Kamikawa", "Kamikawa", "Joe Biden",
              "Vladimir Putin", "Donald Trump", "Daniel Kim Views", "Eugene Park", "Xi Jinping", "Fumio Kishida"]


def main() -> int:
    table = (ROOT / "fixtures" / "names" / "romanized_names.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in table.splitlines() if ln and not ln.startswith("#")]
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    misses = []
    for spelling, hangul, source in rows:
        got = [c.hangul for c in parse_name(spelling)]
        groups[source.split()[0]].append((int(got[:1] == [hangul]), int(hangul in got[:5])))
        if hangul not in got[:1]:
            misses.append(f"{spelling} ({hangul}): {got[:5]}")
    print("| source | names | top-1 | top-5 |\n|---|---|---|---|")
    total: list[tuple[int, int]] = []
    for source, results in groups.items():
        total += results
        print(f"| {source} | {len(results)} | {sum(a for a, _ in results) / len(results):.1%} "
              f"| {sum(b for _, b in results) / len(results):.1%} |")
    top5 = sum(b for _, b in total) / len(total)
    print(f"| all | {len(total)} | {sum(a for a, _ in total) / len(total):.1%} | {top5:.1%} |")
    print("\nNot top-1:\n" + "\n".join(f"- {m}" for m in misses))
    wrong = {n: [c.hangul for c in parse_name(n)][:3] for n in NOT_KOREAN if parse_name(n)}
    print(f"\nNames that are not Korean given candidates: {len(wrong)} of {len(NOT_KOREAN)} {wrong or ''}")
    return 0 if top5 >= 0.9 else 1


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    raise SystemExit(main())
