"""The keys a knowledge base indexes names by and looks them up by, beyond the exact and normalized ones
(:mod:`bilingual.names.keys`): consonant-class keys of a name, its last word and its core (:func:`retrieval_keys`,
:func:`wider_keys`), keys of the forms the Hangul transcription standard writes differently (:func:`standard_keys`),
keys with one class left out (:func:`edited_keys`), a Hangul name's official romanizations
(:func:`romanization_keys`), and the shapes that choose among them (:func:`korean_order`, :func:`korean_shapes`,
:func:`foreign_shaped`, :func:`without_unit`). Pure functions of the name, cached.

>>> sorted(retrieval_keys("Antony Blinken")) == sorted(retrieval_keys("Antony Blinken"))
True
>>> without_unit("수원시"), without_unit("Ansan-si"), without_unit("Mexico City")
('수원', 'Ansan', None)
>>> korean_order("Cho Tae-yul"), korean_order("Antony Blinken")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingual.names.foreign_word import transcribed
from bilingual.names.geographic import GENERIC, korean_place_cores, name_core, province_core, without_hangul_suffix
from bilingual.names.hangul import has_syllable, initial_sound_law
from bilingual.names.institutions import institution_core
from bilingual.names.keys import korean_person_name, korean_surname
from bilingual.names.korean_places import full_names, without_dropped_unit
from bilingual.names.place_variants import reading_names
from bilingual.names.romanize import romanize_word
from bilingual.names.romanized import spelling_key, surname_index
from bilingual.names.similarity import fold_latin, similarity_keys
from bilingual.names.standard_spellings import STRONG_R, reads_as_korean, reads_as_portuguese

SEVERAL_WORDS = re.compile(r"[\s,]")
"""Where :func:`~bilingual.names.romanized.parse_name` splits words: a text without one is one word, which it never
reads (it needs two to four: a family name and a given name), so the similarity tier does not ask it (half the Latin
names it sees)."""


@lru_cache(maxsize=65536)  # a pure function of the name: asked several times for each name the similarity tier sees
def retrieval_keys(name: str, *, length: int = 4) -> frozenset[str]:
    """The keys a name is indexed and looked up by: its :func:`similarity_keys` (of ``length`` consonant
    classes), and those of its last word (``last:``), so that 토니 블링컨 finds Antony Blinken and Blinken finds
    both."""
    plain = similarity_keys(name, length=length)
    keys = {f"{length}:{k}" for k in plain}
    core = _institution_core(name)
    if core is not None:  # 스탠퍼드대 and Stanford University meet by the keys of 스탠퍼드 and Stanford (fx19 branch)
        keys |= {f"{length}:{k}" for k in similarity_keys(core, length=length)}
    words = name.split()
    if words and not korean_order(name):  # one word is its own last word: its keys are not computed twice
        last = plain if words == [name] else similarity_keys(words[-1], length=length)
        keys |= {f"{length}:last:{k}" for k in last}
    return frozenset(keys)


@lru_cache(maxsize=65536)
def wider_keys(name: str) -> frozenset[str]:
    """``retrieval_keys(name, length=3)``, cut from the four-class keys (perf35): a key of ``length`` classes is
    the first ``length`` classes of the same skeleton (:func:`similarity_keys`), so the three-class keys are the
    four-class keys' first three, for the whole name, its core and its last word alike; the name is not parsed and
    keyed again for the wider look-up."""
    out = set()
    for key in retrieval_keys(name):
        body = key[2:]  # after "4:"
        out.add("3:last:" + body[5:8] if body.startswith("last:") else "3:" + body[:3])
    return frozenset(out)


_GENERIC_WORDS = [word for word, _ in GENERIC if word != "시"]
"""A place's generic words in Hangul that :func:`standard_forms` sets aside: not 시 (nor City in Latin letters), a
Korean city's unit, which :func:`without_unit` sets aside for the romanization's look-up where it is one (여주시 is
no transcription; its core's keys met Jeju City's core Jeju's: a wrong link on ``korean_places_kb_eval.py``)."""
_STANDARD_LETTERS = re.compile(r"kh|ch|fu|dj|(?<=[aeiou])v(?![aeiouy])", re.IGNORECASE)
"""Latin letters that the Hangul transcription writes by another consonant class than the keys give them, by the
correspondences of 외래어 표기법 (Rules of Foreign Word Transcription, 1986), 제2장 표 1 (IPA and Hangul): ``kh``
spells [x] (Russian, Ukrainian х; Arabic, Persian خ), written 흐 / ㅎ (Kharkiv 하르키우, Khomeini 호메이니); German
``ch`` spells [x] or [ç], written 흐 / 히 (Zurich 취리히, Munich 뮌헨); ``dj`` spells [dʒ], written ㅈ (Djokovic
조코비치); ``v`` after a vowel and before no vowel is Ukrainian в, [w] / [u̯], written 우 (Kharkiv, Avdiivka
아우디이우카). And 표 4 (kana): フ, romanized ``fu``, is written 후 (Fuji 후지). The keys read k, c, d, f, v as
consonants; these letters are rewritten to h, h, j, hu, w (no class) in another form of the name, whose keys are
added, never put in place of the usual ones (Khan is 칸, Chicago 시카고, Rostov 로스토프)."""
_STANDARD_SPELLING = {"kh": "h", "ch": "h", "fu": "hu", "dj": "j"}
_OTHER_LETTERS = re.compile(r"[ćčçđ]|dž|(?<=[aeiouı])ğ(?=[aeiouıöü])|(?<![st])ch(?=[ie])|cc(?=[ie])"
                            r"|(?<=[bcdfgklmnprstvz])ic\b", re.IGNORECASE)
"""Letters of other languages that the Hangul transcription writes by another consonant class than the keys give
them once folded to ASCII (fx22 branch), by 외래어 표기법 제2장: 표 8 (Serbo-Croatian) writes ``č`` and ``ć`` ㅊ
(Djoković 조코비치: folded, the final c was keyed K) and ``đ``, ``dž`` ㅈ; a final ``ic`` after a consonant, the
ASCII spelling of that ending (Djokovic, Vucic), is read as it too (an English -ic keeps its usual keys: Atlantic
아틀랜틱); 표 3 (Italian) writes ``ch`` before i or e ㅋ (Machiavelli 마키아벨리; not German sch, nor tch) and ``cc``
before i or e ㅊ (Puccini 푸치니: the keys read the first c as K). Turkish has no table in the standard; the 국립국어원
draft (표 21, 시안) writes ``ç`` ㅊ and leaves ``ğ`` between vowels unwritten (Erdoğan 에르도안); an ASCII Erdogan keeps
no trace of it. Read on the name as written, before :func:`~bilingual.names.similarity.fold_latin` drops the marks."""
_OTHER_SPELLING = {"ć": "ts", "č": "ts", "ç": "ts", "đ": "j", "dž": "j", "ğ": "", "ch": "k", "cc": "c", "ic": "its"}
"""The letters written for :data:`_OTHER_LETTERS`: ㅊ as ``ts`` (class S, as ``ch``, but left alone by
:data:`_STANDARD_LETTERS`, whose German ``ch`` is h)."""

_VOWEL = "aeiouyáéíóúàèäöüåøæ"
_READINGS = (
    (re.compile(f"(?<!d)j(?=[{_VOWEL}])|w(?=[{_VOWEL}])|(?<=[ln])d(?![{_VOWEL}])|(?<=[{_VOWEL}lrn])x",
                re.IGNORECASE), {"j": "y", "w": "v", "d": "", "x": "ks"}),
    (re.compile(f"g(?=[eiy])|(?<=[{_VOWEL}lrn])x", re.IGNORECASE), {"g": "j", "x": "ks"}),
)
"""Two readings of a foreign name's letters that the keys class otherwise (fx38 branch), each its own form, by
외래어 표기법 제2장 표 1 and the language tables of 제3장. German, Dutch, the Scandinavian and Slavic languages read
``j`` before a vowel as [j], written with the vowel alone (Jerusalem 예루살렘; not after d: fx21's [dʒ]), and ``w``
before a vowel as [v], written ㅂ (Weidel 바이델, Wilders 빌더르스); Norwegian leaves the ``d`` of ld and nd unwritten
(제3장 제14절: Roald Amundsen 로알 아문센). English and the Romance languages read ``g`` before e, i, y as [dʒ] or
[ʒ], written ㅈ (Hermitage 에르미타주). In either, ``x`` after a vowel, l, r or n is [ks], written ㅋㅅ (Rolex 롤렉스,
Marx 마르크스; a word's first x, pinyin's or Spanish's, keeps class S). The two are kept apart: the languages that
read ``j`` as [j] read ``g`` before e as [g] (Jorgensen 요르겐센), and those that read that ``g`` [dʒ] read ``j`` so
too (Jennings 제닝스). The forms add keys, never replace the usual ones (William is 윌리엄, Roland 롤랜드)."""


def _readings(form: str) -> list[str]:
    """``form`` read by each of :data:`_READINGS` (Jerusalem → yerusalem; Rolex → Roleks; Hermitage → Hermitaje;
    Jorgensen → yorgensen and Jorjensen)."""
    return [_read_by(pattern, table, form) for pattern, table in _READINGS]


def _read_by(pattern: re.Pattern[str], table: dict[str, str], form: str) -> str:
    """``form`` with each letter ``pattern`` finds written as ``table`` gives it."""
    return pattern.sub(lambda m: table[m.group().lower()], form)


def _other_letters(form: str) -> str:
    """``form`` with :data:`_OTHER_LETTERS` rewritten to the ASCII letters the keys class as the standard writes
    them (Machiavelli → Makiavelli, Djokovic → Djokovits, Erdoğan → Erdoan)."""
    return _OTHER_LETTERS.sub(lambda m: _OTHER_SPELLING[m.group().lower()], form)


@lru_cache(maxsize=65536)  # a pure function of the name
def standard_forms(name: str) -> tuple[str, ...]:
    """Other forms of ``name`` whose keys meet its transcription's where the consonant-class keys part (fx21
    branch): in Hangul, a place's name without its generic word, even when one syllable is left (후지산 → 후지,
    센강 → 센: the usual keys hold no core, and :func:`~bilingual.names.geographic.name_core` keeps two); in Latin
    letters, the name's core (Seine River → Seine), and the name and its core with the letters of
    :data:`_STANDARD_LETTERS` rewritten (Mount Fuji → Mount huji, huji); and (fx22 branch) each of these with
    :data:`_OTHER_LETTERS` rewritten too (Djokovic → Djokovits, Jokovits); and (fx34 branch) the names of the place
    GeoNames names so that its Hangul names read best (:func:`~bilingual.names.place_variants.reading_names`:
    Cologne → Köln, whose keys meet 쾰른's); and (fx37 branch) each form with a Portuguese [ʁ] ``r`` (at a word's
    start, after n, l, s, and ``rr``: :data:`~bilingual.names.standard_spellings.STRONG_R`) written ``h``, as 외래어
    표기법 제3장 제19절 제8항 writes it ㅎ, in a name with a word ending in ``o``/``os`` (Ronaldo → honaldo, whose keys
    meet 호날두's; Rose keeps its own, and so does a romanized Korean name: Roh Jin-woo); and (kunits branch) a
    Korean place's name without its unit or generic word, translated or romanized
    (:func:`~bilingual.names.geographic.korean_place_cores`: 마포구 → 마포, Mapo District → Mapo, Bulguksa Temple →
    Bulguksa, Bulguk; since the kadmin branch also 부산광역시 → 부산, Busan Metropolitan City → Busan, 경상북도 →
    경상, and a listed place's forms, :func:`_listed_place_forms`: 부산시 → 부산, 경북 → 경상); and (fx38 branch)
    the name and its core in each of :data:`_READINGS` (:func:`read_forms`: Jerusalem → yerusalem). Empty when no
    form differs."""
    return tuple(dict.fromkeys(f for f in (*_written_forms(name), *read_forms(name)) if f != name))


@lru_cache(maxsize=65536)  # a pure function of the name
def _written_forms(name: str) -> tuple[str, ...]:
    """:func:`standard_forms` but those of :func:`read_forms`."""
    korean = korean_place_cores(name)  # kunits: a Korean place's (마포구 → 마포, Mapo District → Mapo)
    if has_syllable(name):
        korean = (*korean, *_listed_place_forms(name))  # kadmin: 부산시 → 부산, 경북 → 경상북도, 경상
        core = without_hangul_suffix(name, _GENERIC_WORDS, 1)
        return tuple(dict.fromkeys(f for f in (core, *korean) if f is not None))
    forms = list(_plain_forms(name))
    forms += [f for f in korean if f not in forms]
    forms = [*forms, *(_other_letters(f) for f in forms)]  # fx22: other languages' letters (Djokovic → Djokovits)
    rewritten = [_STANDARD_LETTERS.sub(lambda m: _STANDARD_SPELLING.get(m.group().lower(), "w"), f) for f in forms]
    if reads_as_portuguese(name):  # fx37: Portuguese [ʁ] r written ㅎ (Ronaldo → honaldo, 호날두), not in a
        rewritten += [STRONG_R.sub("h", f) for f in forms]  # romanized Korean name (Roh Jin-woo)
    places = reading_names(name)  # fx34: the name the place's Hangul writes (Cologne → Köln, Naples → Napoli)
    return tuple(dict.fromkeys(f for f in (*forms[1:], *rewritten, *places) if f != name))


def _listed_place_forms(hangul: str) -> tuple[str, ...]:
    """A listed Korean place's other forms for more keys (kadmin branch): its name without a unit English leaves
    out (:func:`~bilingual.names.korean_places.without_dropped_unit`: 부산시 → 부산, 양평군 → 양평), and the listed
    full names a short name stands for with their cores (:func:`~bilingual.names.korean_places.full_names`: 경북 →
    경상북도, 경상북, 경상; 경기 → 경기도), so that the English forms' keys meet (Busan; North Gyeongsang; Gyeonggi
    Province); and a split province's core romanized (:func:`~bilingual.names.geographic.province_core`: 전라남도 →
    Jeolla, whose ll the keys of 전라 do not hold). None for another name: a person's name ending in 도 or 시 gets
    no extra candidates."""
    core = without_dropped_unit(hangul)
    forms = [] if core is None else [core]
    for full in full_names(hangul):
        forms += [full, *korean_place_cores(full)]
    provinces = (province_core(f) for f in (hangul, *forms))
    forms += [romanize_word(p, "rr") for p in provinces if p is not None]  # 전라 is Jeolla: keys SNL and SL
    return tuple(dict.fromkeys(f for f in forms if f != hangul))


def _plain_forms(name: str) -> tuple[str, ...]:
    """A Latin name, and its place's core where it has one (Seine River, Seine)."""
    core = None if "city" in name.casefold().split() else name_core(name)  # Jeju City is no Jeju, as 여주시 no 여주
    return (name,) if core is None else (name, core)


@lru_cache(maxsize=65536)  # a pure function of the name
def read_forms(name: str) -> tuple[str, ...]:
    """A Latin name and its place's core read by each of :data:`_READINGS`, where that changes them (fx38 branch:
    Jerusalem → yerusalem, Hermitage Museum → Hermitaje Museum, Weidel → veidel); none for a Hangul name, nor for a
    romanized Korean name (:func:`~bilingual.names.standard_spellings.reads_as_korean`, asked only when a form
    reads otherwise: a Korean j and g are ㅈ and ㄱ, Jin-woo is no Yin-woo)."""
    if has_syllable(name):
        return ()
    read = tuple(dict.fromkeys(r for f in _plain_forms(name) for r in _readings(f) if r != f))
    return () if not read or reads_as_korean(name) else read


MIN_READ_CLASSES = 2
"""Consonant classes a key of a :func:`read_forms` form needs: such a form has fewer classes than the name (its j,
w, d become none), and a key of one class is shared by a tenth of the names (as :func:`edited_keys`' floor) —
Naju read as Nayu (N) met 네이후 (N), which the scorer took for `same` (a wrong link, same_links.py's places)."""


@lru_cache(maxsize=65536)  # a pure function of the name
def standard_keys(name: str) -> frozenset[str]:
    """The retrieval keys of :func:`standard_forms` of ``name`` (four classes) that its own
    :func:`retrieval_keys` do not hold; of a form only :func:`read_forms` gives, those of at least
    :data:`MIN_READ_CLASSES` classes."""
    written = _written_forms(name)
    read = [f for f in read_forms(name) if f not in written and f != name]
    if not written and not read:
        return frozenset()  # most names: their usual keys are not computed again (a 100k KB's index: bench_kb)
    keys = {f"4:{k}" for form in written for k in similarity_keys(form)}
    keys |= {f"4:{k}" for form in read for k in similarity_keys(form) if len(k) >= MIN_READ_CLASSES}
    return frozenset(keys - retrieval_keys(name))


_HYPHEN = re.compile(r"[-‐–]")
_VOWEL_RUN = re.compile(r"[aeiouw]+")  # one syllable of a romanized Korean word: a run of vowel letters (w of wa, wo)
_SILENT_E = re.compile(r"[aeiou][b-df-hj-np-tv-xz]e$")  # June, Jane: a final e after one consonant may be silent


@lru_cache(maxsize=16384)  # a pure function of the name
def given_name_law_forms(hangul: str) -> tuple[str, ...]:
    """A Korean person's name in Hangul (spaces removed) with the initial-sound law (두음법칙) applied to its given
    name's syllables — each alone, then all — where that changes them: 김응룡 → 김응용, 김란도 → 김난도, 이림학 →
    이임학 (fx48 branch). A given name's ㄹ or ㄴ may be registered either way (金應龍 is 김응용, written Kim
    Eung-ryong; 金蘭都 is 김난도, written Kim Rando), while the reading of a romanized name writes the r it reads:
    `ryong` reads 룡, not 용, and the KB's 김응용 was never a candidate (korean_names_heldout11 and 14). Empty for a
    name that is no Korean person's (no known surname: :func:`korean_surname`) or whose given name has no such
    syllable. The surname is left as read (its reading applies the law already: Lee, Ree 이)."""
    family = korean_surname(hangul)
    if family is None:
        return ()
    surname = len(family)
    changed = [i for i in range(surname, len(hangul)) if initial_sound_law(hangul[i]) != hangul[i]]
    forms = [hangul[:i] + initial_sound_law(hangul[i]) + hangul[i + 1:] for i in changed]
    if len(changed) > 1:
        forms.append(hangul[:surname] + "".join(initial_sound_law(c) for c in hangul[surname:]))
    return tuple(forms)


@lru_cache(maxsize=65536)  # a pure function of the name
def korean_shapes(latin: str) -> frozenset[tuple[str, int]]:
    """The (Hangul surname, syllable count) a Latin name may write as a Korean name: its first word (or, without a
    comma, its last) is a spelling of the surname (:func:`surname_index`), and the other words' hyphen pieces hold
    as many syllables as they have runs of vowel letters (``Seungah`` 2, ``Seung-ah`` 2, ``Hyeok`` 1), or one fewer
    for each piece ending in a vowel, one consonant and ``e``, which English writes silent (``June`` for 준: 1 or
    2; fx44 branch — Lee June-hyoung was no shape of 이준형 and fell out of the cut of a KB of 2,000 names,
    korean_names_heldout10). Coarse (a joined ``Jaein`` counts one), and used only to order candidates before a
    cut, never to link."""
    words = [w for w in SEVERAL_WORDS.split(latin) if w]
    if not 2 <= len(words) <= 4:
        return frozenset()
    ends = [0] if "," in latin else [0, len(words) - 1]
    shapes = set()
    for end in ends:
        options = surname_index().get(spelling_key(words[end]), ())
        if not options:
            continue
        pieces = [fold_latin(piece) for w in words[:end] + words[end + 1:] for piece in _HYPHEN.split(w)]
        syllables = sum(len(_VOWEL_RUN.findall(piece)) for piece in pieces)
        silent = sum(bool(_SILENT_E.search(piece)) for piece in pieces)
        shapes |= {(hangul, len(hangul) + n) for hangul, _ in options for n in range(syllables - silent, syllables + 1)}
    return frozenset(shapes)


def _institution_core(name: str) -> str | None:
    """The name without an institution's common noun (:func:`~bilingual.names.institutions.institution_core`:
    스탠퍼드대 → 스탠퍼드, University of Oxford → Oxford), for more keys; ``None`` for a Hangul name shaped like a
    Korean person's (김영대) whose core does not read as a transcription (옥스퍼드대 keeps its core, 예일대 does not):
    a Korean person's query gets no extra candidates."""
    core = institution_core(name)
    if core is None or not has_syllable(name):
        return core
    return core if not korean_person_name(name.replace(" ", "")) or transcribed(core) else None


MAX_ROMANIZED = 12  # syllables: a longer Hangul word is no place's name, and is not romanized for the look-up


@lru_cache(maxsize=65536)  # a pure function of the name
def romanization_keys(hangul: str) -> tuple[str, ...]:
    """The :func:`fold_latin` keys of a one-word Hangul name's official romanizations: Revised Romanization with the
    sound changes at syllable boundaries (한라산 hallasan, 설악산 seoraksan) and letter by letter (신림동 sinrimdong),
    and McCune-Reischauer without its diacritics, with and without them (경주 kyongju, 부산 pusan). Empty for a name
    of several words or of anything but Hangul syllables."""
    if not 0 < len(hangul) <= MAX_ROMANIZED or not all("가" <= c <= "힣" for c in hangul):
        return ()
    spellings = (romanize_word(hangul, system, sound_changes=changes, diacritics=False)
                 for system in ("rr", "mr") for changes in (True, False))
    return tuple(dict.fromkeys(k for s in spellings if (k := fold_latin(s))))


_HANGUL_UNITS = ("특별자치시", "특별시", "광역시", "직할시", "특급시", "시", "군", "읍")
_LATIN_UNIT = re.compile(r"[\s-](?:si|shi|gun|kun|eup|ŭp|up)$", re.IGNORECASE)


def without_unit(name: str) -> str | None:
    """A Korean place's name without the administrative unit that may be left out of it, or ``None`` when it has
    none: the Romanization of Korean writes 시, 군 and 읍 after a hyphen and lets them be omitted (수원시 Suwon-si or
    Suwon), and news writes 수원시 / Suwon, 광주광역시 / Gwangju, Ansan-si / 안산. In Hangul the unit (시 also in
    광역시, 특별시 …) ends the name and at least two syllables are left (서울시 → 서울; 도시 keeps its 시); in Latin
    letters it is the unit's romanization as a last word or hyphenated piece (Ansan-si, Cheongsong gun, Hwasun-ŭp),
    with at least three letters left. English's City and County are not left out: Mexico City is not Mexico."""
    name = name.strip()
    if has_syllable(name):
        compact = name.replace(" ", "")
        unit = next((u for u in _HANGUL_UNITS if compact.endswith(u)), None)
        if unit is None or len(compact) - len(unit) < 2 or not all("가" <= c <= "힣" for c in compact):
            return None
        return compact[: -len(unit)]
    match = _LATIN_UNIT.search(name)
    if match is None or len(fold_latin(name[: match.start()])) < 3:
        return None
    return name[: match.start()].strip()


EDITED_SPAN = 6  # the consonant classes of a name an edited key is made from
_MIN_EDITED = 2  # an edited key of fewer classes is no key (one class is shared by a tenth of the names)


@lru_cache(maxsize=65536)  # a pure function of the name
def edited_keys(name: str) -> frozenset[str]:
    """Keys of ``name`` with one consonant class left out: each of the first :data:`EDITED_SPAN` classes of its
    :func:`similarity_keys` skeletons (of the whole name, of its last word, ``last:``, and of both without a place's
    generic word, :func:`~bilingual.names.geographic.name_core`) deleted in turn, runs of a
    class made one again, cut to four classes. Two names share one when their skeletons' starts differ by a class
    left out on each side at most (a deletion neighbourhood, as spelling correctors index words)."""
    words = name.split()
    parts = [("", name)] + ([("last:", words[-1])] if words and not korean_order(name) else [])
    core = name_core(name)  # a place's name without its generic word: 나일강, Nile River → 나일, Nile
    if core is not None:
        parts += [("", core), ("last:", core.split()[-1])]
    noun_core = _institution_core(name)  # an institution's without its noun: 옥스퍼드대 → 옥스퍼드 (fx19 branch)
    if noun_core is not None:
        parts += [("", noun_core), ("last:", noun_core.split()[-1])]
    keys = set()
    for tag, part in parts:
        for skeleton in similarity_keys(part, length=EDITED_SPAN):
            for cut in range(len(skeleton) + 1):
                edited = _one_of_each_run(skeleton[:cut] + skeleton[cut + 1:])[:KEY_CLASSES]
                if len(edited) >= _MIN_EDITED or (cut == len(skeleton) and edited):  # a whole skeleton of one
                    keys.add(f"edit:{tag}{edited}")  # class is a key (Ural, 우랄); a class left of two is none
    return frozenset(keys)


KEY_CLASSES = 4


def _one_of_each_run(classes: str) -> str:
    return "".join(c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1])


def foreign_shaped(name: str) -> bool:
    """Ending in a place's generic word, or not shaped like a Korean person's name (a Hangul surname and given name;
    a romanized one in Korean order): the edited keys are for foreign names and places, and a Korean name reaches
    its candidates by its readings."""
    compact = name.replace(" ", "")
    if name_core(name) is not None:
        return True  # a place's generic word: 나일강 is shaped like a Korean name (나 a surname), and is none
    if has_syllable(name) and _institution_core(name) is not None:
        return True  # an institution's noun after a transcribed name: 옥스퍼드대 (옥 a surname) is no person's name
    return not korean_person_name(compact) if has_syllable(name) else not korean_order(name)


def korean_order(name: str) -> bool:
    """A romanized Korean name, family name first (Cho Tae-yul), as opposed to a Western order (Antony Blinken)."""
    words = name.split()
    if not 1 < len(words) <= 3 or has_syllable(name):
        return False
    first = words[0].lower() if words[0].isascii() else spelling_key(words[0])
    return first in surname_index()
