"""Build ``bilingual/data/given_syllable_counts.tsv``: how many Korean people's given names of the name data's
**train** part write each Hangul syllable (sim37 branch).

Read by ``bilingual.names.similarity._surname_first``: a Hangul name that begins with a Korean surname is always read
by the Korean table too only when each of its given syllables is attested here at least ``MIN_GIVEN_COUNT`` times
(황나윤, 정진솔: yes; 정미융, 김도융: 융 is written in no given name of the train part, so the foreign table's good
reading still ends the search, as before sim36).

Counted: the full names of Korean people (kinds ``ko_person_fullname`` and ``ko_public_figure`` of
``training/name_data.py``) in the train part, each distinct Hangul name once, split into surname and given name by
``romanized.split_name``; each distinct syllable of a given name counts once for that name. The given names alone
(``ko_given_name``) are left out: their part is decided by the given name's own hash, so a tune or test person's
given name may sit in the train part. Run from the repository root: ``python training/build_given_syllable_counts.py
[--out PATH]`` (seconds). Rows sorted by syllable, so rerunning writes the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bilingual" / "data" / "given_syllable_counts.tsv"
KINDS = ("ko_person_fullname", "ko_public_figure")
HEADER = """# How many Korean people's given names in the name data's train part write each syllable (syllable, count).
# Built by training/build_given_syllable_counts.py from training/name_data.py's train part (Korean full names:
# kpopnet.json's ko_person_fullname, CC0, and fixtures/names/romanized_names.tsv). Do not edit by hand.
"""


def counts() -> Counter[str]:
    sys.path.insert(0, str(ROOT))
    from bilingual.names.romanized import split_name
    from training.name_data import key, load

    names = sorted({key(p.hangul) for p in load(corpus=False) if p.part == "train" and p.kind in KINDS})
    out: Counter[str] = Counter()
    for name in names:
        try:
            _, given = split_name(name)
        except ValueError:
            continue
        out.update(set(given))
    return out


def build() -> str:
    c = counts()
    return HEADER + "".join(f"{s}\t{c[s]}\n" for s in sorted(c))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    text = build()
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text.splitlines()) - 3} syllables")


if __name__ == "__main__":
    main()
