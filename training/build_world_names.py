"""Build ``bilingual/data/world_names.tsv``, given and family names of many languages in Latin letters.

Run: ``python training/build_world_names.py`` with the ``training`` extra installed (pinned: ``faker==40.63.0``, MIT,
whose ``faker/providers/person/<locale>/__init__.py`` hold each locale's lists of first and last names;
``english-words==2.0.2`` and the lists of ``build_given_names_ssa.py``). Faker's files are parsed with :mod:`ast`
and their string constants read; Faker is not imported, here or at run time.

Why: "Tatsuru Saito", "Jaap van Zweden", "Dolf van den Brink" had no person evidence (docs/decisions.md, stop 45):
the English and US given names of ``given_names_en.txt`` and ``given_names_ssa.txt`` lack most Japanese, Dutch,
German, Turkish or Chinese given names, and the project had no family names. Read: every person provider of Faker
whose names are written in Latin letters, or romanized beside their script (ja_JP, zh_CN, zh_TW), but the English
ones (en, en_US, en_GB, en_IE, en_NZ: the US and Moby lists hold their names already); Arabic-, Cyrillic-,
Greek- and Indic-script locales have no romanized lists in Faker and give nothing. Attributes named
``first_name…``/``first_romanized_name…`` give given names, ``last_name…``/``…_last_names`` family names (middle
names, prefixes and suffixes are not read). A name of several words gives its capitalized words that are no particle
(``van den Berg`` gives Berg). Names are written without accents (as ``gazetteer.unaccented`` reads a word), three
letters or more. Left out, as ``build_given_names_ssa.py`` leaves them out:
  - a lowercase word of web2, an English common word (Brink, Bakker's "baker" is kept: only whole words count);
  - a name or spelling of ``bilingual/data/organizations.tsv`` or ``public_bodies.tsv``, or the first word of one
    (Toyota, Honda, Nissan);
  - a country, continent, large city or region of the gazetteer, a Korean family name in any of its spellings;
  - for family names, any place of the gazetteer (``gazetteer.is_place``: Tanaka's namesakes stay if unlisted);
  - a word of ``NOT_GIVEN_NAMES`` of the SSA builder and a capitalized word of web2 ending like an adjective of a
    people; a word of :data:`BRANDS` or :data:`PEOPLES_AND_FAITHS`;
  - given names that ``given_names_en.txt`` or ``given_names_ssa.txt`` hold already (they are read first).
Sorted, one name and role a line with the locales that list it, so the file changes only when the sources do.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

from build_given_names import korean_family_name, strong_places
from build_given_names_ssa import DEMONYM_ENDINGS, NOT_GIVEN_NAMES, _file, _names, organization_words, web2

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bilingual.entities.organizations import BRANDS_NAMED_AFTER_PEOPLE as BRANDS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bilingual" / "data" / "world_names.tsv"
MOBY = ROOT / "bilingual" / "data" / "given_names_en.txt"
SSA = ROOT / "bilingual" / "data" / "given_names_ssa.txt"
PUBLIC_BODIES = ROOT / "bilingual" / "data" / "public_bodies.tsv"
ENGLISH_LOCALES = frozenset({"en", "en_US", "en_GB", "en_IE", "en_NZ"})
PARTICLES = frozenset("van von der den de del della di da das dos do du la le ter ten zu bin ibn ben al el".split())
PEOPLES_AND_FAITHS = frozenset(
    "arab arabs muslim moslem islam islamic christian catholic protestant jew jewish hindu buddhist kurd kurdish "
    "persian turk turkmen berber druze alawite coptic maronite orthodox "
    # and the words of leagues and races that open their names ("Liga Profesional", "Copa Libertadores")
    "liga serie copa coppa giro vuelta tour formula".split())
"""Names of peoples and faiths that a locale lists as a name (Arab in fr_DZ, Muslim in uz_UZ): "Muslim Brotherhood",
"Sunni Arab" are no people (measured on the corpus); Liga (lt_LT) likewise."""
_ATTRIBUTE = re.compile(r"(?:first|last)_(?:romanized_)?names?(?:_\w+)?|first_name_\w+_pairs|last_name_pairs"
                        r"|(?:unisex|male|female)_last_names")
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
HEADER = """# Given and family names of many languages in Latin letters (bilingual.entities.world_names reads them):
# evidence of a person for a capitalized name that nothing else types ("Tatsuru Saito", "Jaap van Zweden"). Columns
# (tab-separated): the name without accents, its role (given or family), the Faker locales that list it.
# Built by training/build_world_names.py from the person providers of the PyPI package Faker 40.63.0, less web2's
# lowercase words (english-words 2.0.2), the names of organizations.tsv and public_bodies.tsv, the gazetteer's
# places (any place, for family names), Korean family names, brands named after people, and given names that
# given_names_en.txt or given_names_ssa.txt hold. Do not edit by hand.
# Faker's licence:
# Copyright (c) 2012 Daniele Faraglia
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
# permit persons to whom the Software is furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all copies or substantial portions of
# the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
# THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
# CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
# IN THE SOFTWARE.
"""


def plain(text: str) -> str:
    """``text`` without its accents, as ``bilingual.entities.gazetteer.unaccented`` writes a word (Şahin → Sahin)."""
    sys.path.insert(0, str(ROOT))
    from bilingual.entities.gazetteer import unaccented

    return unaccented(text)


def _strings(node: ast.AST) -> list[str]:
    return [c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str)]


def provider_names(path: Path) -> list[tuple[str, str]]:
    """(role, name) for every string of a person provider's name lists, ``role`` ``given`` or ``family``."""
    out: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ClassDef):
            continue
        for statement in node.body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target, value = statement.targets[0], statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                target, value = statement.target, statement.value
            else:
                continue
            if isinstance(target, ast.Name) and _ATTRIBUTE.fullmatch(target.id):
                role = "given" if target.id.startswith("first") else "family"
                out.extend((role, s) for s in _strings(value))
    return out


def words_of(name: str) -> list[str]:
    """The capitalized words of a listed name without its particles, accents removed, in title case (CHIA-HAO →
    Chia-Hao, "van den Berg" → Berg); none if a word is not of Latin letters."""
    out = []
    for word in plain(name).split():
        if not _LATIN_WORD.fullmatch(word):
            return []
        if word.casefold() in PARTICLES or len(word) < 3:
            continue
        out.append("-".join(p[:1].upper() + p[1:].lower() if p.isupper() else p for p in word.split("-")))
    return [w for w in out if w[:1].isupper()]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from bilingual.entities.gazetteer import is_place

    providers = Path(str(_file("faker", "providers/person/__init__.py"))).parent
    listed: dict[tuple[str, str], set[str]] = defaultdict(set)
    for folder in sorted(p for p in providers.iterdir() if (p / "__init__.py").is_file()):
        if folder.name in ENGLISH_LOCALES:
            continue
        for role, name in provider_names(folder / "__init__.py"):
            for word in words_of(name):
                listed[(word, role)].add(folder.name)
    words = web2()
    common = frozenset(w for w in words if w.isalpha() and w.islower())
    adjectives = frozenset(w.casefold() for w in words if w[:1].isupper() and w.endswith(DEMONYM_ENDINGS))
    organizations = organization_words() | public_body_words()
    strong = strong_places()
    known_given = _names(MOBY) | _names(SSA)
    rows = []
    for (word, role), locales in sorted(listed.items()):
        key = word.casefold()
        if key in common or key in organizations or key in strong or key in NOT_GIVEN_NAMES or key in adjectives \
                or key in BRANDS or key in PEOPLES_AND_FAITHS \
                or any(part in common for part in key.split("-") if len(part) > 3) \
                or korean_family_name(word.capitalize()):
            continue
        if role == "given" and word in known_given:
            continue
        if role == "family" and is_place(word):
            continue
        rows.append(f"{word}\t{role}\t{','.join(sorted(locales))}")
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUT.relative_to(ROOT)}")
    return 0


def public_body_words() -> set[str]:
    """The names and spellings of ``public_bodies.tsv``, and their first words, casefolded."""
    out: set[str] = set()
    for line in PUBLIC_BODIES.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3:
            continue
        for spelling in (s for col in cols[:3] for s in col.split(",")):
            parts = spelling.strip().split()
            if parts:
                out.add(parts[0].casefold())
                out.add(spelling.strip().casefold())
    return out


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    raise SystemExit(main())
