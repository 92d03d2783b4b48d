"""The generic word of a geographic name: 나일강 / Nile River, 에베레스트산 / Mount Everest, 부베섬 / Bouvet Island.

The Korean standard for foreign words (외래어 표기법, 제4장 제3절, "바다, 섬, 강, 산 등의 표기 세칙") writes a place's
generic word in Korean, not transcribed: a sea is 해, every island outside Korea 섬, and a name whose own words mean
a range, a mountain or a river takes 산맥, 산, 강 as well (리오그란데강, 몽블랑산); since the 2017 revision these
words are written joined to the name (에베레스트산, 나일강, 카리브해), as are 만, 반도, 호, 주, 현 … English writes
its own word (River, Mount, Island, Sea, Lake, Bay) before or after the name, or none (the Nile, Corsica). So the
two spellings of such a name fit once each side's generic word is set aside, when the two words mean the same
(:data:`GENERIC`), or when the Hangul writes one of the words the standard always adds (:data:`ALWAYS_WRITTEN`) and
the English none. These are translations, which no spelling table can learn; the rest of the name is transcribed.

>>> generic_cores("나일강", "Nile River"), generic_cores("코르시카섬", "Corsica"), generic_cores("마산", "Masan")
(('나일', 'Nile', '강 ~ River'), ('코르시카', 'Corsica', '섬 ~ (no word)'), None)
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

GENERIC: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("산맥", ("mountains", "range")), ("제도", ("islands",)), ("열도", ("islands",)), ("해협", ("strait",)),
    ("반도", ("peninsula",)), ("사막", ("desert",)), ("고원", ("plateau",)), ("평야", ("plain", "plains")),
    ("폭포", ("falls",)), ("운하", ("canal",)), ("섬", ("island", "isle")), ("강", ("river",)),
    ("산", ("mount", "mountain", "mt")), ("해", ("sea",)), ("호", ("lake",)), ("만", ("bay", "gulf")),
    ("시", ("city",)), ("주", ("state",)), ("현", ("prefecture",)), ("성", ("province",)),
)
"""Korean generic words of foreign places (longest first) and the English words that mean the same."""
ALWAYS_WRITTEN = frozenset({"섬", "강", "산", "산맥", "해", "제도", "열도"})
"""Generic words the standard writes in Hangul whether or not the name's own language writes one (every island
outside Korea is 섬; a name meaning a river or mountain still takes 강, 산): the English may have none (Corsica,
the Nile, the Alps)."""
_HANGUL_GENERIC = [word for word, _ in GENERIC]  # longest first, as GENERIC (perf37: built once, not per call)
_ENGLISH_GENERIC = frozenset(word for _, english in GENERIC for word in english)
_LINKS = frozenset({"of", "the"})  # Gulf of Mexico, the Strait of Dover
LATIN_ONLY = frozenset({"city", "town"})
"""English generic words of a settlement that Korean usage leaves out of a foreign place's Hangul name as often as
it writes them (세부 / Cebu City, 카푸르탈라 / Kapurthala Town, but 벨리즈시티 / Belize City, 케이프타운 / Cape Town):
the Latin's last word, set aside when the Hangul writes no generic word (:func:`latin_generic_core`)."""
MIN_CORE = 2  # syllables of the Hangul left when the English has no generic word: 마산, 한강 are no 마, 한 + a word


@lru_cache(maxsize=16384)
def generic_cores(hangul: str, latin: str) -> tuple[str, str, str] | None:
    """The two names without their generic words, and what was set aside (``강 ~ River``, ``섬 ~ (no word)``), when
    the Hangul ends in one of :data:`GENERIC`'s words and either the Latin has a word meaning the same at its start
    or end (Mount Everest, Nile River, Gulf of Mexico) or the Hangul's word is one the standard always writes and
    the Latin has none of them; else ``None``. The Hangul's core keeps at least one syllable (two when the Latin has
    no generic word)."""
    compact = hangul.replace(" ", "")
    words = latin.split()
    folded = [w.casefold().strip(".,") for w in words]
    for suffix, english in GENERIC:
        if not compact.endswith(suffix):
            continue
        core = hangul.rstrip()[: len(hangul.rstrip()) - len(suffix)].rstrip()
        if not core.replace(" ", ""):
            return None
        latin_core = _without(words, folded, english)
        if latin_core is not None:
            return core, latin_core, f"{suffix} ~ {words[folded.index(next(w for w in folded if w in english))]}"
        if suffix in ALWAYS_WRITTEN and len(core.replace(" ", "")) >= MIN_CORE \
                and not any(w in e for _, e in GENERIC for w in folded):
            return core, latin, f"{suffix} ~ (no word)"
        return None
    return None


@lru_cache(maxsize=16384)
def latin_generic_core(hangul: str, latin: str) -> tuple[str, str, str] | None:
    """The Latin name without a last word of :data:`LATIN_ONLY`, and what was set aside (``(no word) ~ City``), when
    the Hangul ends in none of :data:`GENERIC`'s words (those :func:`generic_cores` reads) and the Latin keeps at
    least one word; else ``None``. The Hangul is kept whole: it may transcribe the word (벨리즈시티), which the caller
    weighs by taking the better of the two fits.

    >>> latin_generic_core("세부", "Cebu City"), latin_generic_core("세부시", "Cebu City")
    (('세부', 'Cebu', '(no word) ~ City'), None)
    """
    compact = hangul.replace(" ", "")
    words = latin.split()
    if len(words) < 2 or words[-1].casefold().strip(".,") not in LATIN_ONLY \
            or any(compact.endswith(suffix) for suffix in _HANGUL_GENERIC):
        return None
    return hangul, " ".join(words[:-1]), f"(no word) ~ {words[-1]}"


def _without(words: list[str], folded: list[str], english: Container[str]) -> str | None:
    """The Latin name without a generic word of ``english`` at its start (with the ``of``/``the`` after it) or its
    end; ``None`` when it has none there or nothing would be left."""
    if len(words) < 2:
        return None
    if folded[-1] in english:
        rest = words[:-1]
    elif folded[0] in english or (folded[0] == "the" and folded[1] in english):
        start = 1 if folded[0] in english else 2
        while start < len(words) - 1 and folded[start] in _LINKS:
            start += 1
        rest = words[start:]
    else:
        return None
    return " ".join(rest) or None


def without_hangul_suffix(name: str, suffixes: list[str], min_core: int) -> str | None:
    """A Hangul name without the first of ``suffixes`` it ends in (spaces ignored), or ``None`` when it ends in none
    or fewer than ``min_core`` syllables would be left (나일강 → 나일; also :mod:`bilingual.names.institutions`)."""
    compact = name.replace(" ", "")
    suffix = next((s for s in suffixes if compact.endswith(s)), None)
    if suffix is None or len(compact) - len(suffix) < min_core:
        return None
    return name.rstrip()[: len(name.rstrip()) - len(suffix)].rstrip()


@lru_cache(maxsize=16384)
def name_core(name: str) -> str | None:
    """A name without its generic word (for blocking keys: 나일강 → 나일, Nile River → Nile, Gulf of Mexico →
    Mexico), or ``None`` when it has none; a Hangul core keeps at least :data:`MIN_CORE` syllables."""
    words = name.split()
    if not words:
        return None
    if any("\uac00" <= c <= "\ud7a3" for c in name):
        return without_hangul_suffix(name, _HANGUL_GENERIC, MIN_CORE)
    if len(words) < 2:
        return None  # as _without: a generic word alone leaves nothing (perf37: most names asked are one word)
    folded = [w.casefold().strip(".,") for w in words]
    return _without(words, folded, _ENGLISH_GENERIC)


KOREAN_GENERIC: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("해수욕장", ("haesuyokjang",), ("beach",)), ("폭포", ("pokpo", "p'okp'o"), ("falls",)),
    ("대교", ("daegyo", "taegyo"), ("bridge",)), ("시장", ("sijang", "shijang"), ("market",)),
    ("마을", ("maeul", "maŭl", "maul"), ("village",)), ("구", ("gu", "ku"), ("district",)),
    ("군", ("gun", "kun"), ("county",)),
    ("도", ("do", "to"), ("province", "island")), ("읍", ("eup", "ŭp", "up"), ("town",)),
    ("면", ("myeon", "myŏn", "myon"), ("township",)), ("리", ("ri", "ni"), ("village",)),
    ("섬", ("seom", "sŏm", "som"), ("island",)), ("산", ("san",), ("mountain", "mount", "mt")),
    ("강", ("gang", "kang"), ("river",)), ("천", ("cheon", "ch'ŏn", "chon"), ("stream",)),
    ("사", ("sa",), ("temple",)), ("궁", ("gung", "kung"), ("palace",)), ("호", ("ho",), ("lake",)),
)
"""A Korean place's unit or generic word (longest first), its romanizations (Revised Romanization, then
McCune–Reischauer with and without its marks) and the English words the press writes for it. Two conventions:

- the unit translated: 구 District, 군 County, 도 Province (경기도 Gyeonggi Province) or Island (제주도 Jeju Island),
  읍 Town, 면 Township, 리 Village, as the English names of South Korea's administrative divisions (Wikipedia,
  "Administrative divisions of South Korea", "Gu (administrative division)": gu, or district; gun, county), beside
  the Romanization of Korean's own form (국어의 로마자 표기법 제3장 제5항: Jeju-do, Dobong-gu, Yangju-gun, read by the
  spelling table already); and an artificial place's name romanized up to its generic word, which is translated
  (문화체육관광부 "도로·관광 안내 용어 번역 통일안", 2015: 광장시장 Gwangjang Market, 하회마을 Hahoe Village; so
  마포대교 Mapo Bridge; 시장 and 마을 since fx51: korean_names_heldout15 and three older Korean files name markets
  and villages so);
- the romanized word kept and its meaning added: a natural place's or cultural heritage's name is romanized whole and
  the English word follows (the same 통일안 and 공공용어의 영문 번역 및 표기 지침: 남산 Namsan Mountain, 한라산
  Hallasan Mt; 문화재청 문화재명칭 영문표기 기준 규칙 (2012) 제7조: 경복궁 Gyeongbokgung Palace, 북한산 Bukhansan
  Mountain; 국립국어원 온라인가나다 (2020): 불국사 Bulguksa Temple, 화엄사 Hwaeomsa Temple).

Either way the Latin ends in one of the English words: :func:`korean_generic_cores` sets it aside, and the word's
romanization before it when there is one, so that both conventions leave the same core (마포 ~ Mapo)."""
_KOREAN_ENGLISH = frozenset(word for _, _, english in KOREAN_GENERIC for word in english)
_KOREAN_HANGUL = [word for word, _, _ in KOREAN_GENERIC]  # longest first, as KOREAN_GENERIC
MIN_LATIN_CORE = 2  # letters of the Latin core once the romanized word is set aside: Han of Hangang, not H


@lru_cache(maxsize=16384)
def korean_generic_cores(hangul: str, latin: str) -> tuple[str, str, str] | None:
    """The two names without a Korean place's generic word (:data:`KOREAN_GENERIC`) and what was set aside
    (``구 ~ District``, ``사 ~ sa Temple``), when the Hangul ends in the word and the Latin's last word is one of its
    English words, after a romanization of the word or not (마포구 / Mapo District, 불국사 / Bulguksa Temple,
    경기도 / Gyeonggi-do Province); else ``None``. The Hangul is one word not ending in a longer word of
    :data:`GENERIC` (케이맨 제도 is no 도 of a province). The Latin before the English word is one word, as the
    Romanization of Korean writes a place's name (Jeju-do, Dobong-gu), and keeps :data:`MIN_LATIN_CORE` letters;
    the Hangul keeps :data:`MIN_CORE` syllables, or one when the Latin writes the romanized word too (한강 / Hangang
    River). So a Korean person's name ending in 도, 사, 구 or 산 is not read this way: not against a name without
    the English word (김인도 / Kim In-do), nor against a person's romanized name with one (Kim In Island).

    >>> korean_generic_cores("마포구", "Mapo District"), korean_generic_cores("불국사", "Bulguksa Temple")
    (('마포', 'Mapo', '구 ~ District'), ('불국', 'Bulguk', '사 ~ sa Temple'))
    >>> korean_generic_cores("김인도", "Kim In-do"), korean_generic_cores("김인도", "Kim In Island")
    (None, None)
    """
    compact = hangul.replace(" ", "")
    words = latin.split()
    if len(words) < 2 or words[-1].casefold().strip(".,") not in _KOREAN_ENGLISH:
        return None
    english = words[-1].strip(".,")
    for suffix, romanized, meanings in KOREAN_GENERIC:
        if not compact.endswith(suffix) or english.casefold() not in meanings:
            continue
        core = hangul.strip()[: len(hangul.strip()) - len(suffix)]
        if not core or " " in hangul.strip() or len(words) != 2:
            return None  # a Korean place's name is written solid and romanized as one word (Jeju-do, Kim In Island)
        if any(compact.endswith(word) and len(word) > len(suffix) for word in _HANGUL_GENERIC):
            return None  # a foreign place's longer word: 도 of 제도, 열도, 반도 is no province
        kept = _without_romanized(words[0], romanized)
        if kept is not None:
            return core, kept[0], f"{suffix} ~ {kept[1]} {english}"
        if len(core.replace(" ", "")) < MIN_CORE:
            return None  # 한강 / Han River is read by GENERIC; 김도 / Kim Island is no place
        return core, words[0], f"{suffix} ~ {english}"
    return None


def _without_romanized(rest: str, romanized: tuple[str, ...]) -> tuple[str, str] | None:
    """``rest`` without a last romanization of the generic word (Bulguksa → Bulguk, Gyeonggi-do → Gyeonggi), and
    the romanization as written; ``None`` when it ends in none or fewer than :data:`MIN_LATIN_CORE` letters would be
    left."""
    folded = rest.casefold()
    for spelling in sorted(romanized, key=len, reverse=True):
        if folded.endswith(spelling):
            core = rest[: len(rest) - len(spelling)].rstrip("-‐ '’")
            if len(core.replace(" ", "")) >= MIN_LATIN_CORE:
                return core, rest[len(rest) - len(spelling):]
    return None


@lru_cache(maxsize=16384)
def korean_place_cores(name: str) -> tuple[str, ...]:
    """A Korean place's name without its generic word (:data:`KOREAN_GENERIC`), for more retrieval keys: in Hangul
    the word set aside, at least :data:`MIN_CORE` syllables left (마포구 → 마포, 불국사 → 불국); in Latin letters,
    a name of two words whose last is an English word of the table, its first word, and that word without the
    romanized word if it ends in one (Mapo District → Mapo; Bulguksa Temple → Bulguksa, Bulguk). Empty when it has
    none (most names).

    >>> korean_place_cores("마포구"), korean_place_cores("Bulguksa Temple"), korean_place_cores("Kim In Island")
    (('마포',), ('Bulguksa', 'Bulguk'), ())

    Since the kadmin branch also a first-level unit's core (:func:`korean_unit_cores`' rules, read on one name):
    부산광역시 → 부산, 경상북도 → 경상북 and 경상, Busan Metropolitan City → Busan, Gangwon State → Gangwon,
    South Jeolla Province → Jeolla.
    """
    if any("\uac00" <= c <= "\ud7a3" for c in name):
        core = without_hangul_suffix(name, _KOREAN_HANGUL, MIN_CORE)
        return tuple(dict.fromkeys(c for c in (core, *_korean_unit_hangul_cores(name)) if c is not None))
    unit_core = _korean_unit_latin_core(name)
    if unit_core is not None:
        return (unit_core,)
    words = name.split()
    if len(words) != 2 or words[-1].casefold().strip(".,") not in _KOREAN_ENGLISH:
        return ()
    english = words[-1].casefold().strip(".,")
    spellings = tuple(r for _, romanized, meanings in KOREAN_GENERIC if english in meanings for r in romanized)
    kept = _without_romanized(words[0], spellings)
    return (words[0],) if kept is None else (words[0], kept[0])


KOREAN_UPPER_UNITS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("특별자치도", ("special self-governing province", "state", "province")),
    ("특별자치시", ("special self-governing city", "city")),
    ("특별시", ("special city", "special metropolitan city", "metropolitan city", "city")),
    ("광역시", ("metropolitan city", "city")),
)
"""South Korea's first-level units above 도 and their English words (longest Hangul first), as its governments and
the press write them (kadmin branch). Wikipedia, "List of provincial-level cities of South Korea" (특별시 Special City
or Special Metropolitan City, Seoul; 광역시 Metropolitan City, Busan, Daegu, Incheon, Gwangju, Daejeon, Ulsan;
특별자치시 Special Self-Governing City, Sejong); 강원특별자치도 "Gangwon State", the English name its government
announced with the status (Asia Today, 2023-07-05; Wikipedia, "Gangwon Province, South Korea": lit. Gangwon Special
Self-Governing Province), 전북특별자치도 "Jeonbuk State" (NEAR, 2024-01-18, from Yonhap; KBS: "Jeonbuk
Special Self-Governing Province"), and 제주특별자치도 "Jeju Special Self-Governing Province", the name Jeju kept
(Asia Today, as above). ``city`` and ``province`` alone are the press's short forms beside them (Sejong City, Busan
City, Gangwon Province). A city's government (서울특별시청, "Seoul Metropolitan Government", Wikipedia) is an
organization, not the place: "Government" is read by none of these."""
DIRECTIONS = {"북": "north", "남": "south"}
"""The direction of a province split in two (1896: 경상북도 and 경상남도 …), which English translates and puts first:
North Gyeongsang Province for 경상북도 (Gyeongsangbuk-do; Wikipedia, "North Gyeongsang Province"; the provinces'
own English names), South Jeolla for 전라남도, North Chungcheong for 충청북도; so too the North's 평안북도, North
Pyongan."""
_DIRECTION_WORDS = frozenset(DIRECTIONS.values())
_SELF_GOVERNING = re.compile(r"\bself[-‐ ]governing\b", re.IGNORECASE)


def _phrase_words(latin: str) -> list[str]:
    """The Latin's words, ``Self Governing`` written as one (``Self-Governing``), for the unit phrases."""
    return _SELF_GOVERNING.sub("Self-Governing", latin).split()


@lru_cache(maxsize=16384)
def korean_unit_cores(hangul: str, latin: str) -> tuple[tuple[str, str, str], ...]:
    """The readings of a Korean first-level unit's two names with a word of the Latin set aside (kadmin branch):
    each (Hangul core, Latin core, what was set aside). Two conventions:

    - the upper unit translated (:data:`KOREAN_UPPER_UNITS`): 부산광역시 / Busan Metropolitan City, 세종특별자치시 /
      Sejong Special Self-Governing City, 강원특별자치도 / Gangwon State; the Hangul keeps :data:`MIN_CORE`
      syllables, the Latin before the words one word, or two whose first is a direction (전북특별자치도 / North
      Jeolla Special Self-Governing Province, whose core the caller reads again);
    - a province's direction translated (:data:`DIRECTIONS`): a Hangul of two syllables, 북 or 남 and 도, against
      ``North`` or ``South`` (the same direction), one word and an optional ``Province`` (경상북도 / North
      Gyeongsang Province → 경상 / Gyeongsang). The other direction reads nothing.

    Empty for any other pair: a person's name is never of these shapes (a unit's English words, or North or South,
    are required).

    >>> korean_unit_cores("부산광역시", "Busan Metropolitan City"), korean_unit_cores("경상북도", "North Gyeongsang")
    ((('부산', 'Busan', '광역시 ~ Metropolitan City'),), (('경상', 'Gyeongsang', '북도 ~ North'),))
    >>> korean_unit_cores("경상북도", "South Gyeongsang Province"), korean_unit_cores("이영도", "Lee Young")
    ((), ())
    """
    compact = hangul.replace(" ", "")
    if not compact or not all("\uac00" <= c <= "\ud7a3" for c in compact):
        return ()
    words = _phrase_words(latin)
    folded = [w.casefold().strip(".,") for w in words]
    out: list[tuple[str, str, str]] = []
    for unit, phrases in KOREAN_UPPER_UNITS:
        if not compact.endswith(unit) or len(compact) - len(unit) < MIN_CORE:
            continue
        for phrase in phrases:
            size = len(phrase.split())
            rest = folded[: len(folded) - size]
            if folded[len(folded) - size:] != phrase.split() or not rest:
                continue
            if len(rest) == 1 or (len(rest) == 2 and rest[0] in _DIRECTION_WORDS):
                said = " ".join(words[len(words) - size:])
                out.append((compact[: -len(unit)], " ".join(words[: len(words) - size]), f"{unit} ~ {said}"))
        break  # the longest unit the Hangul ends in (특별자치시, not 시)
    if len(compact) == 4 and compact[3] == "도" and compact[2] in DIRECTIONS and len(words) in (2, 3) \
            and folded[0] == DIRECTIONS[compact[2]] and (len(words) == 2 or folded[2] == "province"):
        said = " ".join((words[0], *words[2:]))
        out.append((compact[:2], words[1], f"{compact[2:]} ~ {said}"))
    return tuple(dict.fromkeys(out))


def _korean_unit_hangul_cores(hangul: str) -> tuple[str, ...]:
    """A Hangul name without an upper unit of :data:`KOREAN_UPPER_UNITS` (부산광역시 → 부산) and a split
    province's two syllables (경상북도 → 경상), for :func:`korean_place_cores`."""
    compact = hangul.replace(" ", "")
    out = [compact[: -len(unit)] for unit, _ in KOREAN_UPPER_UNITS
           if compact.endswith(unit) and len(compact) - len(unit) >= MIN_CORE][:1]
    core = province_core(compact)
    if core is not None:
        out.append(core)
    return tuple(out)


def province_core(hangul: str) -> str | None:
    """A split province's name without its direction and 도 (경상북도 → 경상, 전라남도 → 전라), or ``None``."""
    compact = hangul.replace(" ", "")
    return compact[:2] if len(compact) == 4 and compact[3] == "도" and compact[2] in DIRECTIONS else None


def _korean_unit_latin_core(latin: str) -> str | None:
    """A Latin name's one word before an upper unit's English words of two words or more (Busan Metropolitan City,
    Sejong Special Self-Governing City → Sejong) or ``State`` (Gangwon State), or between a direction and
    ``Province`` (South Jeolla Province → Jeolla), for :func:`korean_place_cores`; ``City`` and ``Province`` alone
    are read as before (:func:`name_core`, :data:`KOREAN_GENERIC`)."""
    words = _phrase_words(latin)
    folded = [w.casefold().strip(".,") for w in words]
    if len(words) == 3 and folded[0] in _DIRECTION_WORDS and folded[2] == "province":
        return words[1]  # North Gyeongsang Province → Gyeongsang
    for _, phrases in KOREAN_UPPER_UNITS:
        for phrase in phrases:
            size = len(phrase.split())
            if (size > 1 or phrase == "state") and len(words) == size + 1 and folded[1:] == phrase.split():
                return words[0]
    return None
