"""Given and family names of many languages in Latin letters (``bilingual/data/world_names.tsv``, built by
``training/build_world_names.py`` from the person lists of the Faker package, MIT): evidence of a foreign person for
a Latin name that nothing else types ("Tatsuru Saito", "Joost de Vries"), read last by
:func:`bilingual.entities.gazetteer.world_name_shape`.

A family name of the list is also a town somewhere or a brand now and then; the builder leaves out the gazetteer's
places, the organizations of the package's lists, English common words and brands named after people (Porsche,
Suzuki), and the shape around a name does the rest: a given and a family name, or particles between them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingual.errors import DataError
from bilingual.files import data_rows

_FILE = "world_names.tsv"
_ROLES = ("given", "family")

STRONG_PARTICLES = frozenset("van von ter bin ibn binti bint".split())
"""Particles of family names that no English name, place or body has between two capitalized words (Jaap van Zweden,
Ursula von der Leyen, Mohammed bin Salman); not "ten", an English number ("PSV won ten Eredivisie titles")."""
ROMANCE_PARTICLES = frozenset("de da di dos das du del della des".split())
"""Particles that are also prepositions of names of places and bodies in Romance languages (Rio de Janeiro, Banco do
Brasil): a person's only after a listed given name (Joost de Vries, Luiz Inacio Lula da Silva); not "do", an English
verb ("What did Joe Biden do Tuesday")."""
INNER_PARTICLES = frozenset("den der de la le".split())
"""Particles after a first one (van den Brink, von der Leyen, de la Cruz)."""


_JAPANESE = "ja_JP"
_CHINESE = ("zh_CN", "zh_TW")
_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y|kk|tt|pp|ss|ssh|tch)?[aeiou](?:n(?![aeiouy]))?)+")
"""A word in the syllables of Japanese in Hepburn romanization (ta-tsu-ru, hi-ro-shi, ke-n-ta): no English word of
two syllables or more but a few fits it ("New", "Sunni", "Brotherhood" do not)."""
_SYLLABLE = (r"(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|ueh|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un"
             r"|ih|a|o|e|i|u|v)")
_PINYIN = re.compile(rf"{_SYLLABLE}(?:-?{_SYLLABLE}){{0,2}}")
"""A given name in one to three syllables of Mandarin in pinyin or Wade-Giles (Yuguo, Ing-wen, Jinping)."""


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {role: set() for role in (*_ROLES, _JAPANESE, "zh")}
    for number, cols in data_rows(_FILE):
        if len(cols) != 3 or cols[1] not in _ROLES or not cols[0]:
            raise DataError(f"bilingual/data/{_FILE}, line {number}: expected a name, given or family, locales")
        out[cols[1]].add(cols[0])
        if cols[1] == "family" and _JAPANESE in cols[2].split(","):
            out[_JAPANESE].add(cols[0])
        if cols[1] == "family" and any(locale in _CHINESE for locale in cols[2].split(",")):
            out["zh"].add(cols[0])
    return {role: frozenset(names) for role, names in out.items()}


def world_given_name(word: str) -> bool:
    """Whether a Latin word, without its accents, is a given name of a language's list (Joost, Tatsuya)."""
    return word in _names()["given"]


def world_family_name(word: str) -> bool:
    """Whether a Latin word, without its accents, is a family name of a language's list (Saito, Vries, Yilmaz)."""
    return word in _names()["family"]


def japanese_name(given: str, family: str) -> bool:
    """Whether a Latin given name and a family name are a Japanese person's, given name first: the family name a
    Japanese one of the list, the given name in the syllables of romanized Japanese (Tatsuru Saito; the lists hold
    few Japanese given names)."""
    return family in _names()[_JAPANESE] and len(given) >= 4 and _ROMAJI.fullmatch(given.lower()) is not None


def chinese_name(family: str, given: str) -> bool:
    """Whether a Latin family name and a given name are a Chinese person's, family name first as Chinese names are
    written: the family name a Chinese one of the list, the given name in Mandarin syllables (Zhu Yuguo, Tsai
    Ing-wen)."""
    return family in _names()["zh"] and len(given) >= 3 and _PINYIN.fullmatch(given.lower()) is not None


def particles_end(words: list[str], i: int) -> int:
    """The index after the particles of a family name from ``words[i]`` (``i`` if none is there): one particle of
    :data:`STRONG_PARTICLES` or :data:`ROMANCE_PARTICLES`, then up to two of :data:`INNER_PARTICLES`."""
    if i >= len(words) or (words[i] not in STRONG_PARTICLES and words[i] not in ROMANCE_PARTICLES):
        return i
    j = i + 1
    while j < len(words) and j - i <= 2 and words[j] in INNER_PARTICLES:
        j += 1
    return j
