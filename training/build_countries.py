"""Build ``bilingual/data/countries.tsv``, the countries by identity in both scripts (placecheck2), deterministically.

Run: ``python training/build_countries.py`` (needs PyPI ``babel`` 2.19.0: ``pip install -e ".[training]"``).
Sources: every country and territory of Unicode CLDR's English and Korean display names as babel ships them (BSD-3;
its CLDR data Unicode License v3), keyed by their ISO 3166 code, the way ``training/build_places.py`` reads them
(regions with a numeric code and :data:`build_places.NOT_COUNTRIES` left out, and the names of
:data:`build_places.COMMON_WORDS`: Chad, Jersey); the country rows of
``training/places_supplement.tsv`` (written for this project: the names the Korean press writes, 호주 beside CLDR's
오스트레일리아), joined to a code by an English name they share; and :data:`ALIASES`, the short forms English news
writes for a few countries (general knowledge, no evaluation file read). One row a country: ``code``, its English
names, its Hangul names (comma-separated). Rows are sorted, so the file only changes when the sources do.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))

from build_places import COMMON_WORDS, NOT_COUNTRIES, SUPPLEMENT  # noqa: E402

OUT = ROOT / "bilingual" / "data" / "countries.tsv"
ALIASES = {
    "US": ("U.S.", "US", "U.S.A.", "the States"), "GB": ("UK", "U.K."), "KP": ("DPRK",), "KR": ("ROK", "Korea"),
    "CN": ("PRC",), "MM": ("Burma",), "CI": ("Ivory Coast",), "CV": ("Cape Verde",), "SZ": ("Swaziland",),
    "MK": ("Macedonia",), "CZ": ("Czech Republic",), "TR": ("Turkey",), "NL": ("Holland",),
    "VA": ("Vatican",), "AE": ("UAE",), "PS": ("Palestine",),
}
"""Short and former names of English news beside CLDR's (United States: U.S.; Czechia: Czech Republic)."""
HEADER = """# Countries by identity in both scripts (bilingual.entities.countries; the review's country check).
# Built by training/build_countries.py; do not edit by hand. Columns (tab-separated): ISO 3166 code, English names,
# Hangul names (comma-separated). Sources and licences: Unicode CLDR's English and Korean territory names as PyPI
# babel 2.19.0 ships them (babel BSD-3; CLDR Unicode License v3); the country rows of training/places_supplement.tsv
# (written for this project); a few short forms of English news written in the script (ALIASES).
"""


def main() -> int:
    try:
        from babel import Locale
    except ImportError as err:
        raise SystemExit("training/build_countries.py needs babel==2.19.0 (pip install -e \".[training]\")") from err
    ko, en = Locale("ko").territories, Locale("en").territories
    english: dict[str, list[str]] = {}
    hangul: dict[str, list[str]] = {}
    for code in sorted(en):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES or code not in ko:
            continue
        latin = " ".join(re.sub(r"\(.*?\)|\s+SAR China", " ", en[code]).split())
        names = [latin.split(" - ")[0].strip()]  # Congo - Kinshasa: "Congo", which two rows share (no identity)
        names += [n.replace(" & ", " and ") for n in names if " & " in n]
        english[code] = names + list(ALIASES.get(code, ()))
        hangul[code] = [" ".join(re.sub(r"\(.*?\)", " ", ko[code]).split()).split("-")[0]]
    by_english = {n.casefold(): code for code, names in english.items() for n in names}
    for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 3 or cols[2].strip() != "country":
            continue
        latin = [n.strip() for n in cols[1].split(",") if n.strip()]
        code = next((by_english[n.casefold()] for n in latin if n.casefold() in by_english), None)
        if code is None:
            print(f"not joined to a code: {cols[0]} {cols[1]}", file=sys.stderr)
            continue
        hangul[code].append(cols[0].strip())
        english[code] += latin
    with OUT.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for code in sorted(english):
            row = (code, *(",".join(n for n in dict.fromkeys(names[code]) if n not in COMMON_WORDS)
                           for names in (english, hangul)))
            out.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
