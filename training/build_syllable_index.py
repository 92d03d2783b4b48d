"""Store ``bilingual/data/syllable_index.tsv``, the syllable index of ``bilingual/names/romanized.py`` in the form it is
read in, so that a process does not build it on its first romanized name (about 0.2 s of CPU, most of the cold start's
first English document).

Run from the repository root: ``python training/build_syllable_index.py [--out PATH]`` (a second; no data beyond the
package's). Rerun it whenever ``bilingual/data/syllable_spellings.tsv`` or ``given_name_syllables.txt`` changes, or
the code that spells a syllable (``romanized.syllable_spellings``, ``name_syllable_prior``, ``spelling_key``,
``bilingual/names/romanize.py``): ``tests/test_train_syllable_index.py`` fails while the stored file differs from what
this script writes, and at run time a file whose ``inputs`` digest is not that of the two tables is ignored (the index
is then built as before). Rerunning writes the same bytes.

The rows: ``inputs`` and the SHA-256 of the two tables; ``weights`` and the distinct weights of the index
(``repr``, exact), most used first; then one row per spelling key, in the order the index is built in: the key, its
syllables (one character each, likeliest first) and the ids of their weights in the ``weights`` row.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bilingual" / "data" / "syllable_index.tsv"
HEADER = """# The syllable index of bilingual/names/romanized.py (spelling key -> the Hangul syllables it spells,
# likeliest first, with their weights), stored in the form it is read in. Built by training/build_syllable_index.py
# from syllable_spellings.tsv, given_name_syllables.txt and the romanization code. Do not edit by hand.
"""


def build() -> str:
    """The stored file's text, from the bundled tables."""
    sys.path.insert(0, str(ROOT))
    from bilingual.names.romanized import build_syllable_index, index_inputs_digest

    index = build_syllable_index()
    used = Counter(w for readings in index.values() for _, w in readings)
    weights = sorted(used, key=lambda w: (-used[w], w))
    ids = {w: str(i) for i, w in enumerate(weights)}
    lines = [f"inputs\t{index_inputs_digest()}", "weights\t" + " ".join(repr(w) for w in weights)]
    for key, readings in index.items():
        lines.append(f"{key}\t{''.join(s for s, _ in readings)}\t{' '.join(ids[w] for _, w in readings)}")
    return HEADER + "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    text = build()
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - HEADER.count(chr(10)) - 2} keys)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
