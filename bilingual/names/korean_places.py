"""Korean places named in Hangul, and the other Korean place a Latin spelling romanizes (kplace31 branch).

A Korean place's name is romanized (Revised Romanization), not transcribed as a foreign name is; the foreign table
of :mod:`~bilingual.names.similarity`, learned from how foreign names are written in Hangul, reads 여 as ``je`` (German
and Slavic Je-), so 여주 fitted Jeju, the romanization of another Korean place (제주), `same`.
:func:`other_korean_place` names that other place, so the similarity can hold such a reading below `same`.

The places are the Hangul names of kinds ``ko_place`` and ``ko_admin`` of ``bilingual/data/places.tsv`` (the
gazetteer's file, which :mod:`~bilingual.entities.gazetteer` reads for the mentions stage; read here too because
the names layer may not import the entities layer), each romanized by :func:`~bilingual.names.romanize.romanize_word`.

>>> other_korean_place("여주", "Jeju"), other_korean_place("여주", "Yeoju"), other_korean_place("룡강", "Yonggang")
('제주', None, None)

The same list tells the similarity which names are places when English leaves a unit out (kadmin branch): a listed
place's name without the unit (:func:`without_dropped_unit`: 부산시 → 부산), whether a Latin name is the official
romanization of what is left (:func:`romanizes`), and the listed full names a short name stands for
(:func:`full_names`: 경북 → 경상북도, 경기 → 경기도).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bilingual.files import data_rows
from bilingual.names.geographic import without_hangul_suffix
from bilingual.names.hangul import FIRST, LAST, initial_sound_law
from bilingual.names.romanize import romanize_word

__all__ = ["ENGLISH_DROPS", "full_names", "is_korean_place", "other_korean_place", "romanizes", "without_dropped_unit"]

KINDS = frozenset({"ko_place", "ko_admin"})
UNITS = ["특별자치도", "특별자치시", "로동자구", "노동자구", "특별시", "광역시", "특급시", "시", "군", "구", "도", "읍",
         "면", "리", "동", "가"]
"""The administrative units a Korean place's Hangul name may end in (longest first), set aside to tell one place
written with and without its unit (김포시, 김포) from another; two syllables at least are kept (대구 is no 대)."""
MIN_CORE = 2
_FOLD = str.maketrans("", "", "-‐– '’.")


def _hangul_word(name: str) -> bool:
    return bool(name) and all(FIRST <= ord(c) <= LAST for c in name)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The Hangul names of Korean places in ``places.tsv`` (one word, Hangul syllables only)."""
    out = set()
    for _, cols in data_rows("places.tsv"):
        if len(cols) != 3 or cols[1] not in KINDS:
            continue
        name = unicodedata.normalize("NFC", cols[0])
        if _hangul_word(name):
            out.add(name)
    return frozenset(out)


def _fold(latin: str) -> str:
    return unicodedata.normalize("NFC", latin).casefold().translate(_FOLD)


@lru_cache(maxsize=1)
def _romanized() -> dict[str, frozenset[str]]:
    """Each place's Revised Romanization, with and without its unit (folded: no case, hyphen, space or apostrophe;
    함양군 Hamyang-gun, Hamyang) → the places it writes; since the fx39 branch also its McCune–Reischauer without
    the marks, with and without the sound changes between syllables (정선 Chŏngsŏn: chongson), the romanization
    of South Korea from 1984 to 2000 and of the North, which the English-language press and the bearers of older
    spellings still write (:func:`romanizes` reads both already): the foreign table read 청송 as Chong Son
    (`son` ~ 송), `same`, above 정선 — a Korean place's Hangul is not a transcription of another one's
    romanization in either system."""
    out: dict[str, set[str]] = {}
    for name in _places():
        for form in {name, without_hangul_suffix(name, UNITS, MIN_CORE) or name}:
            out.setdefault(_fold(romanize_word(form, "rr")), set()).add(name)
            for changes in (True, False):
                mr = romanize_word(form, "mr", sound_changes=changes, diacritics=False)
                out.setdefault(_fold(mr), set()).add(name)
    return {key: frozenset(names) for key, names in out.items()}


def _forms(name: str) -> frozenset[str]:
    """The forms one place's name may take: itself and without its unit (여주시, 여주), each also under the
    initial-sound law's northern spelling read as the southern (룡강 → 용강)."""
    core = without_hangul_suffix(name, UNITS, MIN_CORE)
    forms = {name} if core is None else {name, core}
    return frozenset(forms | {initial_sound_law(f) for f in forms})


def is_korean_place(hangul: str) -> bool:
    """Whether a Hangul name (spaces ignored) is a listed Korean place, with or without its unit (:data:`UNITS`):
    영양 and 영양군 are when 영양군 is listed."""
    compact = unicodedata.normalize("NFC", hangul).replace(" ", "")
    known = _known()
    return compact in known or without_hangul_suffix(compact, UNITS, MIN_CORE) in known


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """The places' names, and each without its unit (영양군, 영양)."""
    return frozenset(form for name in _places() for form in _forms(name))


def other_korean_place(hangul: str, latin: str) -> str | None:
    """The listed Korean place the Latin spelling is the Revised Romanization of (folded: Asan-si, asansi), or the
    McCune–Reischauer without its marks (fx39 branch: Chong Son, 정선), when the Hangul is a Korean place
    (:func:`is_korean_place`) and that place is another one (its name differs from the Hangul's with and without
    their units, and under the initial-sound law); else ``None``. When the Latin writes the Hangul's own place too
    (two places of one name), ``None``."""
    compact = unicodedata.normalize("NFC", hangul).replace(" ", "")
    if not _hangul_word(compact) or not is_korean_place(compact):
        return None
    written = _romanized().get(_fold(latin))
    if not written:
        return None
    own = _forms(compact)
    if any(own & _forms(other) for other in written):
        return None
    return min(written)


ENGLISH_DROPS = frozenset({"특별자치도", "특별자치시", "특별시", "광역시", "시", "군", "구", "도"})
"""The units of :data:`UNITS` that English leaves out of a place's name (kadmin branch): the Romanization of Korean
writes 도, 시, 군, 구 after a hyphen and lets 시, 군 and 읍 be omitted (국어의 로마자 표기법 제3장 제5항: 청주시
Cheongju), and the English-language press writes the city, county, district and province by its name alone (부산시 /
Busan, 양평군 / Yangpyeong, 마포구 / Mapo, 경기도 / Gyeonggi, 대구광역시 / Daegu, 서울특별시 / Seoul; Wikipedia's
lists of the provincial-level cities and of the provinces name them so). 읍, 면, 리, 동 are kept: Myeong-dong,
Itaewon-dong."""


def without_dropped_unit(hangul: str, listed: bool = True) -> str | None:
    """A listed Korean place's Hangul name (:func:`is_korean_place`; any Hangul word when not ``listed``: a name
    known to be a place's) without a unit of :data:`ENGLISH_DROPS`, two syllables at least left (부산시 → 부산,
    대구광역시 → 대구); ``None`` for any other name (이영도, a person's name ending in 도, is no listed place)."""
    compact = unicodedata.normalize("NFC", hangul).replace(" ", "")
    unit = next((u for u in UNITS if compact.endswith(u)), None)
    if unit not in ENGLISH_DROPS or not _hangul_word(compact) or (listed and not is_korean_place(compact)):
        return None
    return without_hangul_suffix(compact, [unit], MIN_CORE) if unit is not None else None


def romanizes(hangul: str, latin: str) -> bool:
    """Whether a Latin name is an official romanization of a one-word Hangul name: Revised Romanization or
    McCune–Reischauer without its marks, with and without the sound changes between syllables (case, hyphens,
    spaces and apostrophes folded: 부산 Busan, Pusan; 밀양 Miryang; 서울 Seoul). The unit left out of a place's
    name is the romanization's convention (:data:`ENGLISH_DROPS`), so the name left is read only so: 청주시 is no
    Changzhou, a Chinese city the foreign table reads 청주 as."""
    compact = unicodedata.normalize("NFC", hangul).replace(" ", "")
    if not _hangul_word(compact):
        return False
    folded = _fold(latin)
    return any(folded == _fold(romanize_word(compact, system, sound_changes=changes, diacritics=False))
               for system in ("rr", "mr") for changes in (True, False))


_SHORT = re.compile("^(.)(.)([북남])도$")  # 경상북도: short form 경북 (Wikipedia: "abbreviated Gyeongbuk")


@lru_cache(maxsize=1)
def _full_names() -> dict[str, frozenset[str]]:
    """Each listed place's name as the Hangul shortens it → the listed names it stands for: without the unit
    (경기 → 경기도, 세종 → 세종특별자치시) and a split province by its first syllable and direction (경북 →
    경상북도)."""
    out: dict[str, set[str]] = {}
    for name in _places():
        core = without_hangul_suffix(name, UNITS, MIN_CORE)
        if core is not None:
            out.setdefault(core, set()).add(name)
        match = _SHORT.match(name)
        if match is not None:
            out.setdefault(match[1] + match[3], set()).add(name)
    return {short: frozenset(names) for short, names in out.items()}


def full_names(hangul: str) -> tuple[str, ...]:
    """The listed places a short Hangul name stands for, when it is itself a listed place (kadmin branch): 경기 →
    경기도, 경북 → 경상북도, 전북 → 전라북도 and 전북특별자치도, in order; empty for another name."""
    compact = unicodedata.normalize("NFC", hangul).replace(" ", "")
    if compact not in _places():
        return ()
    return tuple(sorted(_full_names().get(compact, ())))


def clear_caches() -> None:
    """Forget the places read (tests that change the data file)."""
    _places.cache_clear()
    _known.cache_clear()
    _romanized.cache_clear()
    _full_names.cache_clear()
