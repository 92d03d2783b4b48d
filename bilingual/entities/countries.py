"""Countries by identity in both scripts (issue 11, placecheck2 branch): which country a name, a short form or an
adjective of nationality stands for, and where a text names or renders one.

English translates a country's name (미국 as "the U.S.", "American"; 호주 as "Australia", "Australian"), so no
spelling compares two of them; the review's country check (:mod:`bilingual.qa.swapped_names`) compares them by
identity instead. The table is ``bilingual/data/countries.tsv`` (built by ``training/build_countries.py`` from
Unicode CLDR's English and Korean territory names as PyPI babel ships them, the project's supplement of the names the
Korean press writes, and a few English short forms): an ISO 3166 code, its English names, its Hangul names. A name
two rows share ("Congo", 콩고) stands for neither: :func:`country_code` says ``None``.

Adjectives of nationality are read by rule from the English names (Austrian: Austria and ``n``; Iraqi: Iraq and
``i``; Swedish: the first four letters or more and ``ish``), the country whose name begins with the longest stem
winning (Austrian is Austria, not Australia, whose names share ``austr``), and :data:`IRREGULAR_DEMONYMS` for the
others (French, Swiss, Dutch: general knowledge).

>>> country_code("호주"), country_code("Australia"), demonym_country("Austrian"), demonym_country("Australian")
('AU', 'AU', 'AT', 'AU')
>>> sorted(countries_in_english("The Swiss and U.S. envoys met in Iraq.", named=True))
['CH', 'IQ', 'US']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bilingual.entities.gazetteer import country_short_form
from bilingual.errors import DataError
from bilingual.files import data_rows

_FILE = "countries.tsv"
IRREGULAR_DEMONYMS = {
    "French": "FR", "Dutch": "NL", "Swiss": "CH", "Greek": "GR", "Thai": "TH", "British": "GB", "Welsh": "GB",
    "Scottish": "GB", "English": "GB", "Irish": "IE", "Czech": "CZ", "Filipino": "PH", "Philippine": "PH",
    "Danish": "DK", "Finnish": "FI", "Norwegian": "NO", "Polish": "PL", "Spanish": "ES", "Portuguese": "PT",
    "Peruvian": "PE", "Argentine": "AR", "Argentinian": "AR", "Lao": "LA", "Malagasy": "MG", "Burmese": "MM",
    "Slovak": "SK", "Slovene": "SI", "Turkish": "TR", "Icelandic": "IS", "Kazakh": "KZ", "Uzbek": "UZ",
    "Cypriot": "CY", "Emirati": "AE", "Congolese": "", "Guinean": "", "Yemeni": "YE", "Kyrgyz": "KG", "Tajik": "TJ",
    "Afghan": "AF", "Belarusian": "BY", "Ukrainian": "UA", "Serb": "RS", "Croat": "HR", "Turk": "TR",
    "Swede": "SE", "Dane": "DK", "Brit": "GB", "Briton": "GB", "Saudi": "SA", "Palestinian": "PS", "Dominican": "",
}
"""Adjectives and nouns of nationality that the rule does not read or reads wrong (Slovak, Swiss, Danish, Serb;
Turkish, whose stem begins Turkmenistan too), with their country's code; an empty code for one two countries share
(Congolese)."""
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i", "n")
_SHORT_KOREAN_ABBREVIATIONS = {"한": "KR", "미": "US", "중": "CN", "일": "JP", "북": "KP", "러": "RU", "영": "GB",
                               "독": "DE", "불": "FR", "프": "FR", "호": "AU", "캐": "CA", "베": "VN", "인": "IN"}
"""The one-syllable forms Korean writes for countries in compounds of two or more (한미, 미중, 한·미·일, 북미, 한-호주):
a country rendered in the Korean text."""
_ABBREVIATION_RUN = re.compile(
    "(?:[" + "".join(_SHORT_KOREAN_ABBREVIATIONS) + "][·ㆍ\\-]?){2,}|[" + "".join(_SHORT_KOREAN_ABBREVIATIONS)
    + "]-[가-힣]{2,}")
_COMPOUNDS = {"미": "US", "북": "KP", "러": "RU", "중": "CN", "일": "JP"}
_COMPOUND = re.compile("[방대주친반재탈]([미북러])|방([중일])|([미북러])(?= [가-힣])|([미북])(?=[군측핵])")
"""The one-syllable forms in the words Korean news writes for a country's people and dealings (미군, 방미, 대북,
북핵, 미 국무부, 북측): a country rendered."""
_HANJA = {"韓": "KR", "美": "US", "中": "CN", "日": "JP", "北": "KP", "英": "GB", "獨": "DE", "佛": "FR", "露": "RU",
          "濠": "AU", "印": "IN", "加": "CA"}
_CAPITALIZED_RUN = re.compile(r"(?:U\.S\.A?\.?|U\.K\.|[A-Z][\w’'.\-]*)(?:\s+(?:and\s+|of\s+|the\s+)?"
                              r"(?:U\.S\.A?\.?|U\.K\.|[A-Z][\w’'.\-]*)){0,5}")
_HANGUL_WORD = re.compile("[가-힣]{3,}")
_POSSESSIVE = re.compile(r"(?:['’]s?|\.)$")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The rows of ``countries.tsv``: each code's English and Hangul names."""
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for number, cols in data_rows(_FILE):
        if len(cols) != 3 or not cols[0].strip():
            raise DataError(f"bilingual/data/{_FILE}, line {number}: expected code, English and Hangul names")
        out[cols[0].strip()] = (tuple(n for n in cols[1].split(",") if n), tuple(n for n in cols[2].split(",") if n))
    return out


def _key(name: str) -> str:
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if name.isascii():
        name = name.casefold()
        return name[4:] if name.startswith("the ") and name != "the states" else name
    return name.replace(" ", "")


@lru_cache(maxsize=1)
def _codes() -> dict[str, str | None]:
    """Every name (keyed) with its code; ``None`` for a name two codes share."""
    out: dict[str, str | None] = {}
    for code, (english, hangul) in _table().items():
        # a Hangul name of several words by its first (보스니아 of 보스니아 헤르체고비나, 팔레스타인 of 팔레스타인 지구)
        firsts = [n.split()[0] for n in hangul if " " in n and len(n.split()[0]) >= 3]
        for name in (*english, *hangul, *firsts):
            key = _key(name)
            out[key] = code if out.get(key, code) == code else None
    return out


def country_code(name: str) -> str | None:
    """The code of the country ``name`` names in either script (미국, 호주, "the U.S.", "Britain"), or a Hangul
    short form of the gazetteer stands for (사우디: :func:`~bilingual.entities.gazetteer.country_short_form`);
    ``None`` for another name or one two countries share."""
    key = _key(name)
    code = _codes().get(key)
    if code is None and key not in _codes() and country_short_form(key):
        starting = {c for c, (_, hangul) in _table().items() if any(_key(n).startswith(key) for n in hangul)}
        code = next(iter(starting)) if len(starting) == 1 else None
    return code


def country_names(code: str) -> tuple[str, ...]:
    """A country's names in both scripts (English first); empty for an unknown code."""
    english, hangul = _table().get(code, ((), ()))
    return (*english, *hangul)


@lru_cache(maxsize=1)
def _english_stems() -> dict[str, frozenset[str]]:
    """Every beginning (four letters or more; its whole first word or more for a name of several) of a country's
    English name, with the codes whose names begin so."""
    out: dict[str, set[str]] = {}
    for code, (english, _) in _table().items():
        for name in english:
            key = name.casefold()
            if not key.replace(" ", "").isalpha():
                continue
            # a name of several words only from its whole first word on (Western is no adjective of Western Sahara;
            # Bosnian is Bosnia and Herzegovina's)
            for k in range(max(4, key.find(" ")), len(key) + 1):
                out.setdefault(key[:k], set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """The code of the country an English adjective of nationality stands for (Austrian → AT, Iraqi → IQ, South
    African → ZA, Swiss → CH); ``None`` for another word or one that fits two countries alike."""
    if word in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[word] or None
    words = word.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    key = word.casefold()
    if key in _codes():
        return None  # the country's own name, not an adjective
    stems = _english_stems()
    best: tuple[int, frozenset[str]] | None = None
    for ending in _DEMONYM_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and stem in stems and (best is None or len(stem) > best[0]):
            best = (len(stem), stems[stem])
    if best is None:
        return None
    codes = best[1]
    if len(codes) == 1:
        return next(iter(codes))
    exact = {c for c in codes if any(n.casefold() == key[: best[0]] for n in _table()[c][0])}
    return next(iter(exact)) if len(exact) == 1 else None


def countries_in_english(text: str, *, named: bool = False) -> dict[str, tuple[int, int]]:
    """The countries an English text names or renders, each with the span of its first writing: a country's name
    or short form, or its adjective of nationality (:func:`demonym_country`), in a run of capitalized words (the
    longest reading at each place: "North Korean" is North Korea's, "South Africa" not Africa's). With ``named``
    only those; without it also any name written in lower case ("the united states") — the rendering test, which
    is generous (a country found rendered is never accused)."""
    out: dict[str, tuple[int, int]] = {}
    for run in _CAPITALIZED_RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", run.group(0))]
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 6), i, -1):
                start, end = words[i][0], words[j - 1][1]
                raw = text[start:end]
                # as written, without a possessive, or a plural noun of nationality (Israelis, Afghans)
                piece = next((p for p in (raw, _POSSESSIVE.sub("", raw), raw[:-1] if raw.endswith("s") else "")
                              if p and (country_code(p) or demonym_country(p))), None)
                if piece is not None:
                    out.setdefault(country_code(piece) or demonym_country(piece) or "", (start, start + len(piece)))
                    i = j
                    break
            else:
                i += 1
    if not named:
        folded = text.casefold()
        for code, (english, _) in _table().items():
            if code not in out and any(len(n) > 3 and re.search(rf"\b{re.escape(n.casefold())}\b", folded)
                                       for n in english):
                out[code] = (0, 0)
    return out


@lru_cache(maxsize=1)
def _long_name_starts() -> dict[str, frozenset[str]]:
    """The first two syllables of the Hangul names of four syllables or more, with their codes."""
    out: dict[str, set[str]] = {}
    for code, (_, hangul) in _table().items():
        for name in hangul:
            if len(_key(name)) >= 4:
                out.setdefault(_key(name)[:2], set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _hangul_names() -> frozenset[str]:
    """Every Hangul name of the table, written solid."""
    return frozenset(_key(n).replace(" ", "") for _, hangul in _table().values() for n in hangul)


def _begins_with_a_name(word: str) -> bool:
    """Whether a Hangul word begins with a country's whole Hangul name (슬로바키아는, 오스트리아)."""
    names = _hangul_names()
    return any(word[:k] in names for k in range(2, len(word) + 1))


def countries_in_korean(text: str) -> frozenset[str]:
    """The countries a Korean text renders, generously (a country found rendered is never accused): any of its
    Hangul names written in it (spaces ignored), a word of three syllables or more that begins as a name of four or
    more does (아프간), an abbreviation in a compound of them (한미, 미·중, 북미), a Hanja abbreviation (美), or its
    English name or short form written in Latin letters (a gloss)."""
    solid = text.replace(" ", "")
    out = {code for code, (_, hangul) in _table().items() if any(_key(n) in solid for n in hangul)}
    out.update(c for word in _HANGUL_WORD.findall(text) for k in range(2, len(word) + 1)
               if country_short_form(word[:k]) and (c := country_code(word[:k])))
    # a word of three syllables or more that begins as a long name does (아프간 of 아프가니스탄), unless the word
    # begins with a country's whole name: 슬로바키아 is not 슬로베니아 cut short, nor 오스트리아 오스트레일리아
    out.update(c for word in _HANGUL_WORD.findall(text) if not _begins_with_a_name(word)
               for c in _long_name_starts().get(word[:2], ()))
    for run in _ABBREVIATION_RUN.finditer(text):
        out.update(_SHORT_KOREAN_ABBREVIATIONS[c] for c in run.group(0) if c in _SHORT_KOREAN_ABBREVIATIONS)
    out.update(code for char, code in _HANJA.items() if char in text)
    out.update(_COMPOUNDS[next(g for g in m.groups() if g)] for m in _COMPOUND.finditer(text))
    out.update(countries_in_english(text, named=True))
    return frozenset(out)
