"""Korean personal names in Latin letters: romanize, list the spellings people use, and parse back.

No sound changes across the syllables of a name (the RR rule for names): 조태열 is ``Jo Tae-yeol`` in
RR, ``Cho T'ae-yŏl`` in MR, and ``Cho Tae-yul`` as commonly spelled. Spellings come from the tables
in ``bilingual/data/`` (see their headers for sources); every lookup goes through one normalizer,
:func:`spelling_key`, so that building the index and querying it agree.

>>> romanize_name("조태열"), romanize_name("조태열", style="mr"), romanize_name("조태열", style="common")
('Jo Tae-yeol', "Cho T'ae-yŏl", 'Cho Tae-yul')
>>> got = [c.hangul for c in parse_name("Cho Tae-yong")]
>>> got[0], "조태영" in got, "조태열" in got
('조태용', True, False)
>>> parse_name("Antony Blinken")
[]
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import operator
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from bilingual.errors import DataError, NotANameError
from bilingual.files import data_rows
from bilingual.names.hangul import FINALS, INITIALS, MEDIALS, all_syllables, decompose, is_syllable
from bilingual.names.romanize import NameJoin, romanize_word

Style = Literal["rr", "mr", "common"]
MIN_SCORE = 0.2  # below this a reading is noise ("Joe Biden" is not 조비덴)
READING_MIN_SCORE = 0.02  # the floor at which the KB and the similarity read a romanized Korean name: not
# MIN_SCORE, which drops RR's 'I' for 이 (rank weight 0.13) before most given names (sim17 branch)
PER_SYLLABLE = 10  # spellings kept per syllable (RR and MR are always among them)
_LATIN_SPELLING = re.compile(r"[a-zŏŭ'-]*")


# -- the one normalizer ------------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def spelling_key(text: str) -> str:
    """Case, apostrophes, hyphens and spaces folded away, MR's breves spelled out as RR does
    (ŏ -> eo, ŭ -> eu) and other accents dropped: ``Ch'o T'ae-yŏl`` -> ``chotaeyeol``."""
    text = text.casefold().replace("ŏ", "eo").replace("ŭ", "eu")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


_SIMPLE_FINALS = frozenset(["", "ㄱ", "ㄴ", "ㄹ", "ㅁ", "ㅂ", "ㅇ"])
_DOUBLE_INITIALS = frozenset("ㄲㄸㅃㅆㅉ")


@lru_cache(maxsize=16384)
def name_syllable_prior(syllable: str) -> float:
    """How plausible a syllable is in a name, from its shape alone (no frequency table).

    Names are written with the 2,350 syllables of KS X 1001 (the EUC-KR set); finals other than
    ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ, complex finals and doubled initials are rare in them.
    """
    initial, _, final = decompose(syllable)
    try:
        syllable.encode("euc-kr")
        prior = 1.0
    except UnicodeEncodeError:
        prior = 0.05
    if final not in _SIMPLE_FINALS:
        prior *= 0.02 if len(final) == 1 and final in "ㄳㄵㄶㄺㄻㄼㄽㄾㄿㅀㅄ" else 0.1
    if initial in _DOUBLE_INITIALS:
        prior *= 0.3
    if syllable not in common_given_syllables():
        prior *= 0.25
    return prior


@lru_cache(maxsize=1)
def common_given_syllables() -> frozenset[str]:
    """The syllables common in given names (``bilingual/data/given_name_syllables.txt``)."""
    out = set()
    text = resources.files("bilingual.data").joinpath("given_name_syllables.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_syllable(line):
            raise DataError(f"bilingual/data/given_name_syllables.txt, line {number}: {line!r} is not one syllable")
        out.add(line)
    return frozenset(out)


@lru_cache(maxsize=1)
def given_syllable_counts() -> dict[str, int]:
    """How many Korean people's given names of the name data's train part write each syllable
    (``bilingual/data/given_syllable_counts.tsv``, built by ``training/build_given_syllable_counts.py``; sim37
    branch). An absent syllable is written in none."""
    out = {}
    for number, cols in data_rows("given_syllable_counts.tsv"):
        if len(cols) != 2 or not is_syllable(cols[0]) or not cols[1].isdigit():
            raise DataError(f"bilingual/data/given_syllable_counts.tsv, line {number}: {cols!r} is not syllable, count")
        out[cols[0]] = int(cols[1])
    return out


# -- tables ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tables:
    surnames: dict[str, list[tuple[str, float]]]  # hangul -> [(spelling, weight)], most used first
    surname_share: dict[str, float]
    parts: dict[tuple[str, str], list[tuple[str, float]]]  # (part, jamo) -> [(spelling, weight)]


_read_rows = data_rows  # a name of this module's own, which a test replaces


def _spellings(field: str, where: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    items = field.split(",")
    for rank, item in enumerate(items):
        spelling, _, weight = item.partition(":")
        try:
            value = float(weight) if weight else round(0.9 ** rank / (1 + rank), 4)
        except ValueError:
            raise DataError(f"{where}: weight {weight!r} is not a number") from None
        if not 0 <= value <= 1:
            raise DataError(f"{where}: weight {value} is outside 0..1")
        if not _LATIN_SPELLING.fullmatch(spelling.lower()):
            raise DataError(f"{where}: spelling {spelling!r} has characters other than Latin letters")
        out.append((spelling, value))
    return out


@lru_cache(maxsize=1)
def tables() -> Tables:
    """Load and validate the bundled tables (once)."""
    surnames: dict[str, list[tuple[str, float]]] = {}
    share: dict[str, float] = {}
    for number, cols in _read_rows("surnames.tsv"):
        where = f"bilingual/data/surnames.tsv, line {number}"
        if len(cols) != 4:
            raise DataError(f"{where}: expected 4 tab-separated columns, found {len(cols)}")
        hangul, pct, spellings, _ = cols
        if not (1 <= len(hangul) <= 2 and all(is_syllable(c) for c in hangul)):
            raise DataError(f"{where}: surname {hangul!r} is not one or two Hangul syllables")
        if hangul in surnames:
            raise DataError(f"{where}: surname {hangul} is listed twice")
        try:
            share[hangul] = float(pct)
        except ValueError:
            raise DataError(f"{where}: share {pct!r} is not a number") from None
        surnames[hangul] = _spellings(spellings, where)
    parts: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for number, cols in _read_rows("syllable_spellings.tsv"):
        where = f"bilingual/data/syllable_spellings.tsv, line {number}"
        if len(cols) != 4:
            raise DataError(f"{where}: expected 4 tab-separated columns, found {len(cols)}")
        part, jamo, spellings, _ = cols
        valid = {"initial": lambda j: j in INITIALS and len(j) == 1,
                 "vowel": lambda j: j in MEDIALS and len(j) == 1,
                 "final": lambda j: j in FINALS and j != "",
                 "rime": lambda j: len(j) == 2 and j[0] in MEDIALS and j[1] in FINALS,
                 "syllable": is_syllable}
        if part not in valid or not valid[part](jamo):
            raise DataError(f"{where}: {part!r} {jamo!r} is not a known part and jamo")
        if (part, jamo) in parts:
            raise DataError(f"{where}: {part} {jamo} is listed twice")
        parts[(part, jamo)] = _spellings(spellings, where)
    for part, letters in (("initial", INITIALS), ("vowel", MEDIALS), ("final", FINALS[1:])):
        missing = [j for j in letters if (part, j) not in parts]
        if missing:
            raise DataError(f"bilingual/data/syllable_spellings.tsv: no {part} row for {' '.join(missing)}")
    return Tables(surnames, share, parts)


# -- spellings of one syllable ---------------------------------------------------------------------------
@lru_cache(maxsize=16384)
def syllable_spellings(syllable: str, *, in_given_name: bool = True) -> tuple[tuple[str, float], ...]:
    """Latin spellings of one syllable in a name, most used first, with relative weights (max 1)."""
    t = tables()
    initial, vowel, final = decompose(syllable)
    weights: dict[str, float] = defaultdict(float)
    whole = t.parts.get(("syllable", syllable)) if in_given_name else None
    if whole is not None:
        for spelling, w in whole:
            weights[spelling] = max(weights[spelling], w)
    else:
        rime = t.parts.get(("rime", vowel + final)) if final else None
        tails = rime if rime is not None else [
            (v + f, wv * wf) for v, wv in t.parts[("vowel", vowel)]
            for f, wf in (t.parts[("final", final)] if final else [("", 1.0)])]
        for onset, wo in t.parts[("initial", initial)]:
            for tail, wt in tails:
                if (onset and tail[:1] == "'") or not (onset or tail):
                    continue
                weights[onset + tail] = max(weights[onset + tail], wo * wt)
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:PER_SYLLABLE]
    top = ranked[0][1] if ranked else 1.0
    result = {s: w / top for s, w in ranked}
    # The systems' own spellings are always there: RR, MR (voiceless and voiced), MR without breves.
    for form in (romanize_word(syllable, "rr", sound_changes=False),
                 romanize_word(syllable, "mr", sound_changes=False),
                 romanize_word(syllable, "mr", sound_changes=False, voiced_start=True)):
        result.setdefault(form, 0.3)
    if not final:
        for spelling, weight in _silent_h(list(result.items())):
            result.setdefault(spelling, round(weight * 0.05, 4))
    return tuple(sorted(result.items(), key=lambda kv: (-kv[1], kv[0])))


def _silent_h(spellings: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The first three spellings that end in a vowel, written with the silent h some bearers add after an
    open syllable (Goh, Suh, Noh, Yuh, Kyu-hah), with the weights of the spellings they come from."""
    return [(s + "h", w) for s, w in spellings[:3] if s[-1:].lower() in "aeiouy" and s.isascii()]


# -- splitting a Hangul name -------------------------------------------------------------------------
MAX_NAME_SYLLABLES = 7
"""A two-syllable surname and a given name of five (the legal maximum for a given name in South Korea)."""


NOT_A_NAME_ENDINGS = ("씨", "님", "기자", "특파원", "장관", "차관", "대통령", "총리", "의원", "위원장", "대표", "교수",
                      "선생", "회장", "사장", "대사", "감독", "선수")
"""An honorific or a title written solid after a name (조태열씨, 김민수기자): the text is not a name alone."""


def split_name(hangul: str) -> tuple[str, str]:
    """(surname, given name). Two-syllable surnames are recognised in names of three or more syllables.

    A space may stand between surname and given name, or inside a short name (조 태열, 김민 수, 조 태 열).
    Raises :class:`NotANameError` (a ``ValueError``) for anything else: not 1 to 7 Hangul syllables, two names
    (조태열 윤석열), or a name with an honorific or title written solid (조태열씨)."""
    parts = unicodedata.normalize("NFC", hangul).split()
    name = "".join(parts)
    if not name or len(name) > MAX_NAME_SYLLABLES or not all(is_syllable(c) for c in name):
        raise NotANameError(f"{hangul[:40]!r} is not a Korean name in Hangul syllables")
    if len(parts) > 1 and len(name) > 4 and not (parts[0] in tables().surnames and len(name) - len(parts[0]) <= 5):
        raise NotANameError(f"{hangul[:40]!r} is more than one name (a name has a space only after the surname)")
    ending = next((e for e in NOT_A_NAME_ENDINGS if name.endswith(e)), None)
    if ending is not None and len(name) - len(ending) >= 2 and name not in tables().surnames:
        # only when a name of two syllables or more stands before it: 인선수 is a name (인 + 선수), 조태열씨 is not
        raise NotANameError(f"{hangul[:40]!r} is a name with {ending!r} after it, not a name alone")
    if len(name) >= 3 and name[:2] in tables().surnames:
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=8192)
def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def romanize_name(hangul: str, *, style: Style = "rr", names: NameJoin = "separate") -> str:
    """A Korean name in Latin letters: surname first, then the given name, no sound change between syllables
    (RR 3.4).

    ``style``: ``"rr"`` (Revised Romanization, the default here and on the command line), ``"mr"``
    (McCune–Reischauer), ``"common"`` (the spelling most bearers use, e.g. Lee, Park, Choi and Cho Tae-yul).
    ``names``: the given name ``"separate"`` (hyphenated, ``Min Yong-ha``) or ``"joined"`` (``Min Yongha``,
    RR's first form). Text that is not one name (see :func:`split_name`: jamo, mixed scripts, two names, a
    name with 씨 or a title after it) raises :class:`NotANameError`, in the library as on the command line.
    """
    if style not in ("rr", "mr", "common"):
        raise ValueError(f"style must be 'rr', 'mr' or 'common', not {style!r}")
    if names not in ("separate", "joined"):
        raise ValueError(f"names must be 'separate' or 'joined', not {names!r}")
    surname, given = split_name(hangul)
    if style == "rr":
        sur = romanize_word(surname, "rr", sound_changes=False)
        parts = [romanize_word(s, "rr", sound_changes=False) for s in given]
    elif style == "mr":
        sur = romanize_word(surname, "mr", sound_changes=False)
        parts = []
        previous_voiced = False
        for s in given:
            parts.append(romanize_word(s, "mr", sound_changes=False, voiced_start=previous_voiced))
            previous_voiced = decompose(s)[2] in ("", "ㄴ", "ㄹ", "ㅁ", "ㅇ")
    else:  # common
        known = tables().surnames.get(surname)
        sur = known[0][0] if known else syllable_spellings(surname, in_given_name=False)[0][0]
        parts = [syllable_spellings(s)[0][0] for s in given]
    return _cap(sur) + (" " + _cap(("-" if names == "separate" else "").join(parts)) if parts else "")


# -- all plausible spellings -----------------------------------------------------------------------------
@lru_cache(maxsize=512)
def _surname_spellings(surname: str) -> tuple[tuple[str, float], ...]:
    known = tables().surnames.get(surname)
    spellings = [(s, w) for s, w in known] if known else []
    for form in (romanize_word(surname, "rr", sound_changes=False), romanize_word(surname, "mr", sound_changes=False)):
        if all(spelling_key(form) != spelling_key(s) for s, _ in spellings):
            spellings.append((_cap(form), 0.05))
    if not spellings:
        spellings = [(_cap(s), w) for s, w in syllable_spellings(surname, in_given_name=False)]
    listed = {s.lower() for s, _ in spellings}
    spellings += [(s, 0.02) for s, _ in _silent_h(spellings) if s.lower() not in listed]  # where the table has none
    return tuple(spellings)


_weight = operator.itemgetter(0)


def _best_products(lists: list[list[tuple[str, float]]], k: int) -> list[tuple[float, list[str]]]:
    """The ``k`` heaviest picks of one item from each list (weights multiply)."""
    beam: list[tuple[float, list[str]]] = [(1.0, [])]
    for options in lists:
        # sorted() beats heapq.nlargest on lists this short; the sort is stable, so ties keep input order
        beam = sorted([(w * ow, [*picked, o]) for w, picked in beam for o, ow in options],
                      key=_weight, reverse=True)[:k]
    return beam


# Styles: (weight, surname form, given-name form, given name first?).
_STYLES: tuple[tuple[float, str, str, bool], ...] = (
    (1.0, "cap", "hyphen", False),  # Cho Tae-yul
    (0.6, "cap", "spaced", False),  # Cho Tae Yul, Kim Jong Un
    (0.35, "cap", "joined", False),  # Cho Taeyul
    (0.3, "cap", "hyphen-caps", False),  # Cho Tae-Yul
    (0.25, "cap", "hyphen", True),  # Tae-yul Cho
    (0.2, "upper", "hyphen", False),  # CHO Tae-yul
)


@lru_cache(maxsize=4096)
def _given_combinations(given: str, k: int) -> list[tuple[float, list[str]]]:
    """The ``k`` heaviest spellings of a given name, syllable by syllable (memoized per given name)."""
    return _best_products([list(syllable_spellings(s)) for s in given], k=k)


def _given_form(parts: list[str], form: str) -> str:
    if form == "hyphen":
        return "-".join([_cap(parts[0]), *parts[1:]])
    if form == "spaced":
        return " ".join(_cap(p) for p in parts)
    if form == "joined":
        return _cap(parts[0]) + "".join(parts[1:])
    return "-".join(_cap(p) for p in parts)  # hyphen-caps


def _variant_parts(hangul: str, limit: int) \
        -> tuple[list[tuple[str, float]], list[tuple[float, list[str]]] | None] | None:
    """What :func:`name_variants` builds every spelling of ``hangul`` from: the surname's spellings (at most 6, the
    heaviest first) and the given name's (at most 12, syllable by syllable; ``None`` for a surname alone), or
    ``None`` when it gives no spelling."""
    if limit < 1:
        return None
    try:
        surname, given = split_name(hangul)
    except ValueError:
        return None
    surnames = sorted(_surname_spellings(surname), key=lambda t: -t[1])[:6]
    return surnames, (_given_combinations(given, min(12, limit)) if given else None)


def variant_pieces(hangul: str, *, limit: int = 24) -> tuple[list[str], list[str]]:
    """The pieces every spelling of :func:`name_variants` (with the same ``limit``) is made of, without their
    case and separators: the surname's spellings and the given name's (its syllables' spellings joined; empty for
    a surname alone). Each spelling is one of the first and, when there are any, one of the second, capitalized,
    hyphenated or spaced, in either order: its letters are those of the two pieces (a bound on the spellings, for
    a test cheaper than making them: :meth:`bilingual.entities.kb.KnowledgeBase` asks it of a Hangul query).

    >>> surnames, givens = variant_pieces("조태열")
    >>> "cho" in surnames and "taeyul" in givens
    True
    """
    parts = _variant_parts(hangul, limit)
    if parts is None:
        return [], []
    surnames, givens = parts
    return [s.lower() for s, _ in surnames], ["".join(p).lower() for _, p in givens or ()]


def name_variants(hangul: str, *, limit: int = 24) -> list[str]:
    """Plausible Latin spellings of a Korean name, most likely first, at most ``limit`` of them.

    Every writing convention (hyphenated, spaced, joined, given name first, upper-case surname) appears
    with the most likely spelling before the list is filled by weight, so a short list still shows them all.
    Text that is not a name of 1 to 7 Hangul syllables gives ``[]``.
    """
    parts = _variant_parts(hangul, limit)
    if parts is None:
        return []
    spellings, givens = parts
    surnames = [({"cap": _cap(s), "upper": s.upper()}, w) for s, w in spellings]
    if givens is None:
        return [forms["cap"] for forms, _ in surnames][:limit]
    # Only the `limit` heaviest (surname, given name) pairs can make the list (the same pair in the
    # first style outweighs it in any other).
    pairs = sorted([(-(sw * gw), si, gi) for si, (_, sw) in enumerate(surnames) for gi, (gw, _) in enumerate(givens)])
    pairs = pairs[:limit]
    # One of each style with the heaviest pair first; then the styles' streams (each ordered by the
    # pairs' weights) merged lazily by weight, until there are enough distinct spellings.
    heap = [(pairs[0][0] * stw, 0, i) for i, (stw, _, _, _) in enumerate(_STYLES)]
    heapq.heapify(heap)
    order: Iterable[tuple[int, int]] = itertools.chain(((0, i) for i in range(len(_STYLES))), _merged(heap, pairs))
    given_forms: dict[tuple[int, str], str] = {}
    out: dict[str, None] = {}
    for n, i in order:
        _, si, gi = pairs[n]
        _, sur_form, given_form, given_first = _STYLES[i]
        gform = given_forms.get((gi, given_form))
        if gform is None:
            gform = given_forms[(gi, given_form)] = _given_form(givens[gi][1], given_form)
        sur = surnames[si][0][sur_form]
        out.setdefault(f"{gform} {sur}" if given_first else f"{sur} {gform}", None)
        if len(out) == limit:
            break
    return list(out)


def _merged(heap: list[tuple[float, int, int]], pairs: list[tuple[float, int, int]]) -> Iterable[tuple[int, int]]:
    """(pair, style) in order of weight, from a heap holding each style's heaviest pair."""
    while heap:
        _, n, i = heap[0]
        yield n, i
        if n + 1 < len(pairs):
            heapq.heapreplace(heap, (pairs[n + 1][0] * _STYLES[i][0], n + 1, i))
        else:
            heapq.heappop(heap)


# -- parsing a Latin spelling back to Hangul -----------------------------------------------------------------
@dataclass(frozen=True)
class NameCandidate:
    """A Hangul reading of a romanized name, with a score in (0, 1] and how it was found."""

    hangul: str
    score: float
    reasons: tuple[str, ...]


def build_syllable_index() -> dict[str, list[tuple[str, float]]]:
    """spelling key -> [(syllable, weight)] over all 11,172 syllables, likeliest first, computed from the tables (about
    0.2 s of CPU): what ``training/build_syllable_index.py`` stores in ``bilingual/data/syllable_index.tsv``."""
    index: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for syl in all_syllables():
        seen: dict[str, float] = {}
        for spelling, w in syllable_spellings(syl):
            key = spelling_key(spelling)
            if key and w > seen.get(key, 0.0):
                seen[key] = w
        prior = name_syllable_prior(syl)
        for key, w in seen.items():
            index[key].append((syl, w * prior))
    for options in index.values():
        options.sort(key=lambda t: -t[1])
    return dict(index)


INDEX_FILE = "syllable_index.tsv"
INDEX_INPUTS = ("syllable_spellings.tsv", "given_name_syllables.txt")
"""The tables the stored index is built from: its ``inputs`` row holds their digest (:func:`index_inputs_digest`)."""


def index_inputs_digest() -> str:
    """The SHA-256 of the bundled tables the syllable index is built from (:data:`INDEX_INPUTS`), as they are now."""
    digest = hashlib.sha256()
    for name in INDEX_INPUTS:
        digest.update(resources.files("bilingual.data").joinpath(name).read_bytes())
    return digest.hexdigest()


class SyllableIndex:
    """The syllable index as :func:`parse_name` reads it (``in``, ``[key]``, iteration over the keys): the
    rows of ``bilingual/data/syllable_index.tsv`` (spelling key, the syllables, the ids of their weights), each row
    turned into its readings, ``[(syllable, weight)]``, the first time it is asked for. Reading the file's keys costs
    a few ms where building the index costs about 0.2 s, on the first romanized name of every process."""

    __slots__ = ("_readings", "_rows", "_weights")

    def __init__(self, rows: dict[str, list[str]], weights: list[float],
                 readings: dict[str, list[tuple[str, float]]] | None = None) -> None:
        self._rows = rows  # key -> [syllables, weight ids]
        self._weights = weights
        self._readings = {} if readings is None else readings

    @classmethod
    def of(cls, index: dict[str, list[tuple[str, float]]]) -> SyllableIndex:
        """An index already built (:func:`build_syllable_index`)."""
        return cls({key: [] for key in index}, [], index)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __getitem__(self, key: str) -> list[tuple[str, float]]:
        readings = self._readings.get(key)
        if readings is None:
            syllables, ids = self._rows[key]
            weights = self._weights
            readings = self._readings[key] = list(zip(syllables, [weights[int(i)] for i in ids.split(" ")],
                                                      strict=True))
        return readings

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _stored_syllable_index() -> SyllableIndex | None:
    """The index stored in ``bilingual/data/syllable_index.tsv``, or None when it was built from other tables than the
    bundled ones (edited since; ``python training/build_syllable_index.py`` stores it again)."""
    rows: dict[str, list[str]] = {}
    weights: list[float] = []
    digest = None
    for number, cols in data_rows(INDEX_FILE):
        if len(cols) == 3:
            rows[cols[0]] = cols[1:]
        elif len(cols) == 2 and cols[0] == "inputs":
            digest = cols[1]
        elif len(cols) == 2 and cols[0] == "weights":
            weights = [float(w) for w in cols[1].split(" ")]
        else:
            raise DataError(f"bilingual/data/{INDEX_FILE}, line {number}: expected a key, its syllables and their "
                            f"weights' ids, or an inputs or weights row")
    return SyllableIndex(rows, weights) if digest == index_inputs_digest() else None


@lru_cache(maxsize=1)
def _syllable_index() -> tuple[SyllableIndex, int]:
    """spelling key -> [(syllable, weight)] over all 11,172 syllables (stored, else built), and the longest key."""
    index = _stored_syllable_index() or SyllableIndex.of(build_syllable_index())
    return index, max(len(k) for k in index)


def syllable_spelling(word: str) -> bool:
    """Whether ``word`` (any case, MR's breves and apostrophes allowed) is a spelling of one Hangul syllable that the
    reading of names knows (``jin``, ``keung``, ``Sye``; not ``said``): the index :func:`parse_name` reads by.

    >>> syllable_spelling("jin"), syllable_spelling("Keung"), syllable_spelling("said")
    (True, True, False)
    """
    key = spelling_key(word)
    return bool(key) and key in _syllable_index()[0]


def syllable_readings(word: str) -> tuple[tuple[str, float], ...]:
    """The syllables ``word`` is a known spelling of (the index :func:`parse_name` reads by), likeliest first, each with
    its weight (the spelling's weight times :func:`name_syllable_prior`); empty for a spelling of none.

    >>> [s for s, _ in syllable_readings("yong")]
    ['용', '영', '룡']
    """
    key = spelling_key(word)
    index = _syllable_index()[0]
    return tuple(index[key]) if key and key in index else ()


@lru_cache(maxsize=1)
def surname_index() -> dict[str, list[tuple[str, float]]]:
    share = tables().surname_share
    index: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for hangul in tables().surnames:
        for spelling, w in _surname_spellings(hangul):
            key = spelling_key(spelling)
            if key and all(h != hangul for h, _ in index[key]):
                # how common the surname is counts too: "Chun" is 전 before 천, "Rhee" 이 before 리
                index[key].append((hangul, max(w, 0.02) * min(1.0, share[hangul] / 2) ** 0.3))
    for options in index.values():
        options.sort(key=lambda t: -t[1])
    return dict(index)


def _segmentations(piece: str, max_parts: int) -> list[list[str]]:
    """Ways to cut ``piece`` into 1..max_parts syllable spellings found in the index."""
    index, longest = _syllable_index()
    results: list[list[str]] = []

    def walk(pos: int, acc: list[str]) -> None:
        if pos == len(piece):
            results.append(acc)
            return
        if len(acc) == max_parts:
            return
        for end in range(min(len(piece), pos + longest), pos, -1):
            if piece[pos:end] in index:
                walk(end, [*acc, piece[pos:end]])

    walk(0, [])
    return results


_WORD_SPLIT = re.compile(r"[\s,]+")
_HYPHEN = re.compile(r"[-‐–]")


REMEMBERED_READINGS = 10
"""The most readings of a name :func:`parse_name` remembers (its default ``limit``, and the most any caller asks)."""


def parse_name(text: str, *, limit: int | None = 10, min_score: float = MIN_SCORE) -> list[NameCandidate]:
    """Hangul readings of a romanized Korean name, best first; ``[]`` when it is not one.

    Accepts surname first or last, hyphenated, spaced or joined given names, any case, and MR's
    apostrophes and breves: ``Cho Tae Yul``, ``Tae-yul Cho``, ``CHO Tae-yul``, ``Ch'o T'ae-yŏl``,
    ``Cho Taeyul`` all give 조태열 among the candidates. Readings scoring below ``min_score`` are
    dropped (they are noise: "Joe Biden" is not 조비덴); at most ``limit`` are returned (``None``: all).
    A new list each call; the readings of up to :data:`REMEMBERED_READINGS` are remembered for each text and floor
    (:func:`_remembered_readings`).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_name() needs str, not {type(text).__name__}")
    if isinstance(limit, int) and 0 <= limit <= REMEMBERED_READINGS:
        return list(_remembered_readings(text, min_score)[:limit])
    return _parse_name(text, limit, min_score)


@lru_cache(maxsize=16384)
def _remembered_readings(text: str, min_score: float) -> tuple[NameCandidate, ...]:
    """:func:`parse_name` of ``text`` with :data:`REMEMBERED_READINGS` readings at most, remembered (perf66). The
    readings are ranked before they are cut to the limit, and the limit changes nothing else (only ``None`` widens
    the given names' options), so the first ``limit`` of these are what a smaller limit gives: the mentions stage,
    the knowledge base's tiers, the similarity's readings and the typing ask one name with limits 1, 5 and 10 and
    two floors, and on first sight each asking read it anew. A pure function of the text and the spelling tables
    (a :class:`NameCandidate` is frozen)."""
    return tuple(_parse_name(text, REMEMBERED_READINGS, min_score))


def _parse_name(text: str, limit: int | None, min_score: float) -> list[NameCandidate]:
    """:func:`parse_name` computed."""
    # Words, each split at its hyphens into pieces; the given name is 1..3 syllables.
    pieces = [keys for w in _WORD_SPLIT.split(text.strip())
              if (keys := [k for p in _HYPHEN.split(w) if (k := spelling_key(p))])]
    if not 2 <= len(pieces) <= 4 or any(len(k) > 20 for keys in pieces for k in keys):
        return []
    surnames = surname_index()
    found: dict[str, tuple[float, str, str, str, str]] = {}  # hangul -> (score, order, key, surname, how)
    orders = [(0, 0.9, "surname first"), (len(pieces) - 1, 0.3, "surname last")]
    for position, order_weight, order_reason in orders:
        if len(pieces[position]) != 1:
            continue
        sur_key = pieces[position][0]
        rest = [p for i, w in enumerate(pieces) if i != position for p in w]
        if not rest or sur_key not in surnames:
            continue
        given_options = _given_options(rest, wide=limit is None)
        for sur_hangul, sur_w in surnames[sur_key][:4]:
            for given_w, given_hangul, how in given_options:
                hangul = sur_hangul + given_hangul
                n = len(given_hangul) + 1
                score = order_weight * (min(sur_w, 1.0) * given_w) ** (1 / n)
                previous = found.get(hangul)
                if previous is None or score > previous[0]:
                    found[hangul] = (score, order_reason, sur_key, sur_hangul, how)
    ranked = sorted(((h, v) for h, v in found.items() if v[0] >= min_score),
                    key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    return [NameCandidate(h, round(min(1.0, score), 4), (f"{order}: {key} -> {sur}", how))
            for h, (score, order, key, sur, how) in ranked]


_KEEP = 6  # readings kept per piece by parse_name (64 when every reading is asked for)


def may_read_as(text: str, hangul: str) -> bool:
    """Whether ``hangul`` may be one of :func:`parse_name`'s readings of ``text`` with a ``limit`` (any, not
    ``None``) and any ``min_score``: ``False`` only when it certainly is not (kb58 branch). The readings are built as
    :func:`_parse_name` builds them — a one-piece word in the surname's place read by one of its four Hangul
    surnames, then each given-name piece, in order, by one of its readings (:func:`_piece_readings`, or
    :func:`_one_letter_off` when it has none), 1 to 3 syllables — without their weights, the cut to the best
    ``_KEEP + 6`` combinations, the floor and the limit, which only take readings away; so this asks a few
    dictionary look-ups of remembered readings (:func:`_reading_frames`), where :func:`parse_name` of a name not
    seen before combines and ranks them all. The knowledge base's similarity tier asks it of the ~100 names a
    query's keys fetch (:func:`~bilingual.names.bounds.latin_ceiling`)."""
    for surnames, given_options in _reading_frames(text):
        for surname in surnames:
            if hangul.startswith(surname) and 1 <= len(hangul) - len(surname) <= 3:
                ends = {len(surname)}  # how much of ``hangul`` the pieces so far may spell
                for options in given_options:
                    ends = {end + len(syllables) for end in ends for syllables in options
                            if hangul.startswith(syllables, end)}
                    if not ends:
                        break
                if len(hangul) in ends:
                    return True
    return False


@lru_cache(maxsize=4096)
def _reading_frames(text: str) -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """What :func:`may_read_as` reads of ``text``: for each place a surname may take (first, last), the Hangul
    surnames it may read as and each given-name piece's readings, joined (a plain tuple of strings: kb56's rule for
    what stays in a cache)."""
    pieces = [keys for w in _WORD_SPLIT.split(text.strip())
              if (keys := [k for p in _HYPHEN.split(w) if (k := spelling_key(p))])]
    if not 2 <= len(pieces) <= 4 or any(len(k) > 20 for keys in pieces for k in keys):
        return ()
    surnames = surname_index()
    frames = []
    for position in (0, len(pieces) - 1):
        if len(pieces[position]) != 1 or pieces[position][0] not in surnames:
            continue
        rest = [p for i, w in enumerate(pieces) if i != position for p in w]
        if not rest:
            continue
        options = tuple(tuple(dict.fromkeys("".join(syllables) for _, syllables in
                                            (_piece_readings(piece, _KEEP) or _one_letter_off(piece, _KEEP)[0])))
                        for piece in rest)
        frames.append((tuple(h for h, _ in surnames[pieces[position][0]][:4]), options))
    return tuple(frames)



_syllable_readings: dict[str, tuple[tuple[float, tuple[str, ...]], ...]] = {}
"""The readings of the spellings in the syllable index ("tae", "yul", "yeong") met so far: most pieces of a
hyphenated or spaced given name are one of these, so they are kept for the life of the process (at most one per
key of the index, about 9,000), beyond :func:`_piece_readings`' own cache. Filled on first use of each: computing
all of them up front cost a process about 0.2 s of CPU on its first romanized name (the cold start)."""


@lru_cache(maxsize=4096)
def _piece_readings(piece: str, keep: int) -> tuple[tuple[float, tuple[str, ...]], ...]:
    """The best readings of one hyphen- or space-separated piece of a given name (a pure function of
    the piece: joined pieces such as "taeyul" recur across names too, so it is memoized)."""
    if keep == _KEEP:
        known = _syllable_readings.get(piece)
        if known is None:
            known = _compute_piece_readings(piece, keep)
            if piece in _syllable_index()[0]:
                _syllable_readings[piece] = known
        return known
    return _compute_piece_readings(piece, keep)


def _compute_piece_readings(piece: str, keep: int) -> tuple[tuple[float, tuple[str, ...]], ...]:
    index, _ = _syllable_index()
    options: list[tuple[float, list[str]]] = []
    best = 0.0
    for seg in sorted(_segmentations(piece, max_parts=3), key=len):
        # Joined syllables (Taeyul) are less sure than hyphenated ones, and a syllable starting
        # with a vowel right after one ending in a vowel (ta|e for "tae") is rarely meant.
        penalty = 0.5 ** (len(seg) - 1)
        for a, b in itertools.pairwise(seg):
            if a[-1] in "aeiouwy" and b[0] in "aeiouwy":
                penalty *= 0.2
        ceiling = penalty
        for s in seg:
            ceiling *= index[s][0][1]
        if ceiling < best * 0.05:
            continue  # cannot come near the best reading found so far
        found = _best_products([index[s][:keep] for s in seg], k=keep + 2)
        options += [(w * penalty, picked) for w, picked in found]
        best = max(best, found[0][0] * penalty)
    ranked = sorted(options, key=lambda t: -t[0])[:keep + 4]
    return tuple((w, tuple(p)) for w, p in ranked)


def _given_options(pieces: list[str], *, wide: bool = False) -> list[tuple[float, str, str]]:
    """(weight, hangul, how) readings of the given-name pieces (hyphen and space are syllable breaks)."""
    keep = 64 if wide else _KEEP
    combined: list[tuple[float, tuple[str, ...]]] = [(1.0, ())]
    notes = []
    for piece in pieces:
        options = _piece_readings(piece, keep)
        if not options:
            options, read_as = _one_letter_off(piece, keep)
            if not options:
                return []
            notes.append(f"{piece} read as {'/'.join(read_as)}, one letter off")
        combined = sorted([(w * ow, acc + o) for w, acc in combined for ow, o in options],
                          key=_weight, reverse=True)[:keep + 6]
    how = "given name " + "-".join(pieces) + (f" ({'; '.join(notes)})" if notes else "") + " -> "
    return [(w, "".join(syllables), how + "".join(syllables)) for w, syllables in combined
            if 1 <= len(syllables) <= 3]


ONE_LETTER_OFF = 0.05  # the weight of a reading one letter away from every spelling in the tables
_VOWELS = "aeiou"


@lru_cache(maxsize=4096)
def _one_letter_off(piece: str, keep: int) -> tuple[tuple[tuple[float, tuple[str, ...]], ...], tuple[str, ...]]:
    """Readings of a piece that no spelling in the tables fits, from the spellings one letter away: a letter
    left out (Sye-kyun as se, Myung-whun as hun, Han-gill as gil, Nam-june as jun), c for k (Sung-lac as
    lak), or one vowel for another (Woo-yea as yeo). Bearers choose such spellings for themselves; they are
    read at a low weight, so that any exact reading of a name comes first. Also returns the pieces read."""
    variants = {piece[:i] + piece[i + 1:] for i in range(len(piece))}
    variants |= {piece[:i] + "k" + piece[i + 1:] for i, c in enumerate(piece) if c == "c"}
    variants |= {piece[:i] + v + piece[i + 1:] for i, c in enumerate(piece) if c in _VOWELS for v in _VOWELS if v != c}
    found: list[tuple[float, tuple[str, ...]]] = []
    read_as = []
    for variant in sorted(v for v in variants if v):
        options = _piece_readings(variant, keep)
        if options:
            read_as.append(variant)
            found += [(w * ONE_LETTER_OFF, o) for w, o in options]
    found.sort(key=_weight, reverse=True)
    return tuple(found[:keep + 4]), tuple(read_as)


def load_tables() -> None:
    """Build every table this module uses (spellings of all syllables, the index, the readings of its
    spellings) now rather than on first use: once per process, about a second (the readings are otherwise
    computed one spelling at a time, as names need them; the index is read from its stored form, and a syllable's
    spellings computed when first asked for)."""
    tables()
    for syllable in all_syllables():
        syllable_spellings(syllable)
    _syllable_index()
    surname_index()
    for key in _syllable_index()[0]:
        _piece_readings(key, _KEEP)


def clear_name_memos() -> None:
    """Forget what was computed for the names seen so far (the per-syllable tables stay): for measuring the
    cost of a name never seen before."""
    _piece_readings.cache_clear()
    _given_combinations.cache_clear()
    _one_letter_off.cache_clear()
    _remembered_readings.cache_clear()
