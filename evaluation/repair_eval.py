"""What the repair stage changes in real text, and how well it undoes Korean read with a legacy codec.

1. Every line of the corpus (``../shared/corpus``, else ``fixtures/corpus``) is repaired; lines changed are
   counted by repair kind (clean professional text should change only where it has real defects).
2. Every Korean line is garbled as its EUC-KR bytes read as Latin-1 (lines EUC-KR cannot encode, or that
   hold a no-break space, are skipped) and repaired; we count exact round trips and lines only flagged.
Run: ``python evaluation/repair_eval.py``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bilingual.text.repair import repair_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def files() -> list[Path]:
    for folder in (SHARED, ROOT / "fixtures" / "corpus"):
        found = sorted([*folder.glob("*.ko"), *folder.glob("*.en")])
        if found:
            return found
    return []


def main() -> None:
    print("| file | lines | lines changed | changes by kind |\n|---|---|---|---|")
    for f in files():
        lines = [ln for ln in f.read_text(encoding="utf-8").split("\n") if ln]
        kinds: Counter[str] = Counter()
        changed = 0
        for line in lines:
            text, mapping, _ = repair_text(line)
            if text != line:
                changed += 1
                kinds.update("+".join(e.kinds) for e in mapping.edits)
        print(f"| {f.name} | {len(lines)} | {changed} | {dict(kinds)} |")
    print("\n| Korean file | garbled lines | restored exactly | flagged, not repaired |\n|---|---|---|---|")
    for f in (f for f in files() if f.suffix == ".ko"):
        total = restored = flagged = 0
        for line in f.read_text(encoding="utf-8").split("\n"):
            try:
                garbled = line.encode("euc-kr").decode("latin-1")
            except UnicodeEncodeError:
                continue
            if garbled == line or "\u00a0" in line:
                continue
            total += 1
            text, _, flags = repair_text(garbled)
            restored += text == line
            flagged += bool(flags) and text != line
        print(f"| {f.name} | {total} | {restored} ({restored / total:.1%}) | {flagged} |")


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    main()
