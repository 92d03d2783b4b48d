"""How well two spellings of a name fit each other, graded and explained, learned from real name pairs.

``name_similarity(a, b)`` compares a Latin spelling with a Hangul name (either order), two Latin spellings
or two Hangul spellings, and returns a :class:`NameSimilarity`: a score in [0, 1], a verdict (``same``,
``possible``, ``different``) and the reasons (which letters went with which syllable).

The score comes from a spelling model learned by ``training/train_name_model.py`` and stored in
``data/name_model.tsv``: for each positional jamo (initial consonant, vowel, final consonant; the silent
initial ㅇ is a unit that mostly writes nothing) the probability of each Latin chunk of 0 to 3 letters,
estimated by EM over many-to-many alignments, in two tables (Korean names romanized; foreign names
transcribed into Hangul). A Latin spelling is scored by its best alignment with the Hangul, against a
background letter model (log-likelihood ratio, per letter), and a logistic fitted on a tuning split turns
that into the score. Hand rules state official conventions only: the initial-sound law (두음법칙) for
Hangul⇄Hangul, and the word orders names are written in (surname first or last, comma form).

>>> name_similarity("Cho Tae-yul", "조태열").verdict
'same'
>>> name_similarity("조태열", "Cho Tae-yong").verdict != "same"
True

``similarity_keys(name)`` gives coarse blocking keys (consonant classes) that a spelling and its Hangul
share, so an index of many names can fetch a few candidates and score only those with ``name_similarity``.

>>> bool(similarity_keys("Lee Jae-myung") & similarity_keys("이재명"))
True
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bilingual.names.acronyms import (
    initials,
    is_acronym,
    letter_names,
    spelled_by_initials,
    spelled_by_letter_names,
    unpronounceable,
)
from bilingual.names.folding import fold_latin as fold_latin  # re-exported: its callers import it from here
from bilingual.names.foreign_word import transcribed
from bilingual.names.geographic import (
    GENERIC,
    MIN_CORE,
    generic_cores,
    korean_generic_cores,
    korean_unit_cores,
    latin_generic_core,
)
from bilingual.names.hangul import FINALS, FIRST, INITIALS, LAST, MEDIALS, decompose, has_syllable, initial_sound_law
from bilingual.names.institutions import institution_cores
from bilingual.names.keys import PARTICLE
from bilingual.names.korean_places import full_names, other_korean_place, romanizes, without_dropped_unit
from bilingual.names.place_variants import one_place, reading_names
from bilingual.names.romanize import name_jamo_letters
from bilingual.names.romanized import READING_MIN_SCORE
from bilingual.names.standard_spellings import clear_caches as clear_standard_spellings
from bilingual.names.standard_spellings import rules_applied, standard_reading
from bilingual.names.translated_words import acronym_of_translation, translated_cores

__all__ = ["NameSimilarity", "clear_caches", "name_similarity", "similarity_keys"]

Kind = Literal["person", "place", "org"]
Verdict = Literal["same", "possible", "different"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "name_model.tsv"
MAX_CHARS = 80  # longer input is not a name: rejected before any work
MAX_LETTERS = 40  # Latin letters aligned at most
MAX_SYLLABLES = 16
MAX_CHUNK = 3  # Latin letters one jamo may write
ROTATED = math.log(0.5)  # the word order changed (surname last, Japanese given-name-first)
FOREIGN_ON_KOREAN = math.log(0.001)  # prior of the foreign table for a name shaped like a Korean one
GOOD_ENOUGH = 1.0  # log-likelihood ratio per letter of a reading that ends the search (no other table or order)
UNSHARED = 0.5  # share of the 'same' threshold at most for two spellings with no reading in common ...
UNSHARED_EVIDENCE = 4.0  # ... when one of them fits the other's reading by fewer nats than this per syllable
BEAM = 12.0  # alignment states this far (nats) below the best in their row are dropped
NEG = -1e18
_VOWEL_UNITS = frozenset(MEDIALS)
_VOWEL_LETTERS = frozenset("aeiouwy")  # what a vowel's spelling is written with (its glides included)

_TITLES = frozenset("""rep representative sen senator mr mrs ms miss dr prof president minister gen general
amb ambassador gov governor mayor chairman chairwoman chair lt col sgt capt judge justice rev sir dame""".split())
_APOSTROPHES = "'’ʼ‘`´"
_SEPARATORS = re.compile(r"[\s,]+")
_HYPHENS = re.compile(r"[-‐–]")
_ALLOWED_PUNCT = frozenset("-‐–.·" + _APOSTROPHES)
_PLAIN_LATIN = re.compile(r"[A-Za-z\s,.'`-]*")
_A_LETTER = re.compile("[A-Za-z]")


class NameSimilarity(BaseModel):
    """A graded comparison of two names: ``score`` in [0, 1], a ``verdict`` and why."""

    model_config = ConfigDict(frozen=True)

    score: float = Field(ge=0.0, le=1.0)
    verdict: Verdict
    reasons: tuple[str, ...] = ()
    evidence: float | None = Field(default=None, repr=False)
    """Log-likelihood ratio (nats) of the best alignment against the background letter model (Hangul⇄Latin;
    Latin⇄Latin: the mean of the two spellings' ratios for the Hangul reading used); ``None`` when nothing was
    aligned. The score saturates near 1 for good fits; this does not, so it ranks several good fits of one
    name (Park Seonyeong fits 박선영 better than 박선용, though both are ``same``)."""


# -- the learned model -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Model:
    """The spelling tables of ``data/name_model.tsv`` (log probabilities, natural log)."""

    emit: dict[str, dict[str, dict[str, float]]]  # table -> jamo unit -> Latin chunk -> log P(chunk | unit)
    floor: dict[str, dict[str, float]]  # table -> unit -> log weight of the smoothing (any unseen chunk)
    chunk_length: tuple[float, ...]  # log P(length) of a chunk under the smoothing distribution
    letter: dict[str, dict[str, dict[str, float]]]  # table -> C/V -> letter -> log P under the smoothing
    bigram: dict[str, dict[str, float]]  # background Latin letter model: previous ('^' at start) -> next ('$')
    calibration: dict[str, float]
    backoff: dict[str, dict[str, float]] = field(default_factory=dict)
    """table -> jamo unit in context (``ㅓ@_ㅇ``) -> log weight of its jamo's own distribution (Witten–Bell): a
    chunk the context's rows do not list costs what the jamo alone gives it, plus this (see :func:`_unit_table`)."""
    decor: dict[str, dict[str, float]] = field(default_factory=dict)
    """table -> kind of added letter (``h`` inside a piece, ``e$`` ending it, ``=$`` the previous letter doubled at
    its end, ...) -> log rate per piece, learned from how people spell one syllable differently
    (``training/train_name_model.py --decorations``; none in the shipped table): see :func:`_decorated_fit`."""
    alike: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    """table -> vowel jamo -> another vowel jamo -> log weight of reading a spelling of the second, in a given
    name, as an unusual spelling of the first (``training/train_name_model.py --alike-vowels``): see
    :func:`_alike_fit`."""
    doubled: dict[str, float] = field(default_factory=dict)
    """table -> log rate of a Latin consonant letter written twice where the sound is written once (Buffett, Klopp),
    counted on the table's training spellings (``training/train_name_model.py``; the ``fx`` table only): a chunk
    with a doubled letter costs at most what the unit's rows give the chunk with that letter once, plus this (see
    :func:`_doubled_backoff`)."""

    @classmethod
    def from_text(cls, text: str) -> Model:
        emit: dict[str, dict[str, dict[str, float]]] = {}
        floor: dict[str, dict[str, float]] = {}
        lengths: dict[int, float] = {}
        letter: dict[str, dict[str, dict[str, float]]] = {}
        bigram: dict[str, dict[str, float]] = {}
        calibration: dict[str, float] = {}
        backoff: dict[str, dict[str, float]] = {}
        decor: dict[str, dict[str, float]] = {}
        alike: dict[str, dict[str, dict[str, float]]] = {}
        doubled: dict[str, float] = {}
        for number, line in enumerate(text.splitlines(), 1):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            try:
                if cols[0] == "emit":
                    chunk = "" if cols[3] == "_" else cols[3]
                    emit.setdefault(cols[1], {}).setdefault(cols[2], {})[chunk] = float(cols[4])
                elif cols[0] == "floor":
                    floor.setdefault(cols[1], {})[cols[2]] = float(cols[3])
                elif cols[0] == "length":
                    lengths[int(cols[1])] = float(cols[2])
                elif cols[0] == "letter":
                    letter.setdefault(cols[1], {}).setdefault(cols[2], {})[cols[3]] = float(cols[4])
                elif cols[0] == "bigram":
                    bigram.setdefault(cols[1], {})[cols[2]] = float(cols[3])
                elif cols[0] == "calibration":
                    calibration[cols[1]] = float(cols[2])
                elif cols[0] == "backoff":
                    backoff.setdefault(cols[1], {})[cols[2]] = float(cols[3])
                elif cols[0] == "decor":
                    decor.setdefault(cols[1], {})[cols[2]] = float(cols[3])
                elif cols[0] == "alike":
                    alike.setdefault(cols[1], {}).setdefault(cols[2], {})[cols[3]] = float(cols[4])
                elif cols[0] == "doubled":
                    doubled[cols[1]] = float(cols[2])
                else:
                    raise ValueError(f"unknown row type {cols[0]!r}")
            except (IndexError, ValueError) as exc:
                raise ValueError(f"name model, line {number}: {exc}") from exc
        return cls(emit, floor, tuple(lengths.get(k, -30.0) for k in range(MAX_CHUNK + 1)), letter, bigram,
                   calibration, backoff, decor, alike, doubled)


_MODEL: list[Model] = []


def model() -> Model:
    """The shipped model (read once)."""
    if not _MODEL:
        _MODEL.append(Model.from_text(MODEL_PATH.read_text("utf-8")))
    return _MODEL[0]


def use_model(m: Model | None) -> None:
    """Replace the model in use (training calibrates a model before it is written); ``None``: the shipped one."""
    _MODEL.clear()
    if m is not None:
        _MODEL.append(m)
    clear_caches()


# -- units and letters -------------------------------------------------------------------------------------
@lru_cache(maxsize=16384)
def syllable_units(syllable: str) -> tuple[str, ...]:
    """Positional jamo of one syllable: initial, vowel and (if any) final, marked ``_`` (``ㅇ`` first is silent)."""
    initial, vowel, final = decompose(syllable)
    return (initial, vowel, "_" + final) if final else (initial, vowel)


CONTEXT = "@"
"""Separates a jamo from its context in a unit's name (``ㅈ@^``, ``ㅓ@_ㅇ``, ``_ㄱ@ㅇ``; :func:`word_units`)."""
_NASAL_FINALS = frozenset("ㄴㅁㅇ")


def _after_final(final: str) -> str:
    """The context of an initial consonant after a syllable: ``V`` (no final), ``N`` (ㄴ ㅁ ㅇ), ``L`` (ㄹ), ``K``
    (any other final): where McCune–Reischauer voices ㄱ ㄷ ㅂ ㅈ (after a vowel or a nasal) and where not."""
    return "V" if not final else "N" if final in _NASAL_FINALS else "L" if final == "ㄹ" else "K"


def _before_initial(initial: str) -> str:
    """The context of a final consonant before a syllable: ``ㅇ`` (a silent initial: the final is carried over,
    as in 석유 Seogyu), ``N`` (ㄴ ㅁ: nasal assimilation), ``L`` (ㄹ), ``C`` (any other initial)."""
    return "ㅇ" if initial == "ㅇ" else "N" if initial in "ㄴㅁ" else "L" if initial == "ㄹ" else "C"


@lru_cache(maxsize=16384)
def word_units(word: str) -> tuple[tuple[str, ...], ...]:
    """The jamo units of each syllable of one Hangul word, each marked with its context (``jamo@context``):

    - an initial consonant, with what comes before it: ``^`` at the start of the word, else the previous syllable's
      final as a class (:func:`_after_final`): ``ㅈ@^`` in 정 of 정세균, ``ㅈ@V`` in 재 of 문재인;
    - a vowel, with its syllable's final (``ㅓ@_ㅇ`` in 정, where Chung, Jung, Sung write it u) or ``$`` (none);
    - a final, with the next syllable's initial as a class (:func:`_before_initial`), or ``$`` at the end.

    A table that learned nothing for a context reads the jamo alone (:func:`_unit_table`).

    >>> word_units("정세균")
    (('ㅈ@^', 'ㅓ@_ㅇ', '_ㅇ@C'), ('ㅅ@N', 'ㅔ@$'), ('ㄱ@V', 'ㅠ@_ㄴ', '_ㄴ@$'))
    """
    jamo = [decompose(s) for s in word]
    out = []
    for i, (initial, vowel, final) in enumerate(jamo):
        before = "^" if i == 0 else _after_final(jamo[i - 1][2])
        units = [f"{initial}{CONTEXT}{before}", f"{vowel}{CONTEXT}{'_' + final if final else '$'}"]
        if final:
            after = "$" if i + 1 == len(jamo) else _before_initial(jamo[i + 1][0])
            units.append(f"_{final}{CONTEXT}{after}")
        out.append(tuple(units))
    return tuple(out)


@lru_cache(maxsize=4096)
def base_unit(unit: str) -> str:
    """The jamo of a unit, its context dropped (``ㅓ@_ㅇ`` → ``ㅓ``)."""
    return unit.partition(CONTEXT)[0]


def is_vowel_unit(unit: str) -> bool:
    return base_unit(unit) in _VOWEL_UNITS


def _is_hangul(c: str) -> bool:
    return FIRST <= ord(c) <= LAST


@lru_cache(maxsize=4096)
def _is_latin_letter(c: str) -> bool:
    if "a" <= c <= "z" or "A" <= c <= "Z":
        return True
    return c.isalpha() and unicodedata.name(c, "").startswith("LATIN")


@dataclass(frozen=True)
class _Parsed:
    script: Literal["hangul", "latin", "bad"]
    words: tuple[str, ...]  # Hangul: syllables per word; Latin: folded letters per word (titles dropped)
    problem: str = ""
    comma: bool = False  # "Hong, Chul Ho": the family name is the first word
    text: str = ""  # the Latin as written, titles dropped (for reading it as a Korean name)
    pieces: tuple[tuple[str, ...], ...] = ()  # Latin: each word's hyphen-separated pieces, folded
    arranged: tuple[tuple[tuple[int, ...], str, tuple[str, ...]], ...] = ()
    """Latin: each word order to try (as written, then the last word first), its letters and its pieces."""


@lru_cache(maxsize=16384)
def _parse(text: str) -> _Parsed:
    text = unicodedata.normalize("NFC", text).strip()
    if len(text) > MAX_CHARS:
        return _Parsed("bad", (), f"longer than {MAX_CHARS} characters")
    if not text:
        return _Parsed("bad", (), "empty")
    scripts: set[str] = set()
    plain = _PLAIN_LATIN.fullmatch(text) is not None  # ASCII letters, separators, allowed punctuation only
    if plain and _A_LETTER.search(text):
        scripts.add("latin")  # what the loop below would find, without its work
    for raw in () if plain else _SEPARATORS.split(text):
        word_scripts = set()
        for c in raw:
            if _is_hangul(c):
                word_scripts.add("hangul")
            elif _is_latin_letter(c):
                word_scripts.add("latin")
            elif c.isdigit():
                return _Parsed("bad", (), "has digits")
            elif c not in _ALLOWED_PUNCT:
                return _Parsed("bad", (), f"unexpected character {c!r}")
        if len(word_scripts) > 1:
            return _Parsed("bad", (), f"mixed scripts in one word: {raw[:20]!r}")
        scripts |= word_scripts
    if len(scripts) != 1:
        return _Parsed("bad", (), "mixed scripts" if scripts else "no letters")
    if "hangul" in scripts:
        words = tuple(w for w in ("".join(c for c in raw if _is_hangul(c)) for raw in text.split()) if w)
        if sum(map(len, words)) > MAX_SYLLABLES:
            return _Parsed("bad", (), f"more than {MAX_SYLLABLES} syllables")
        if sum(map(len, words)) < 1:
            return _Parsed("bad", (), "no syllable")
        return _Parsed("hangul", words)
    raw_words = [w for w in _SEPARATORS.split(text) if w]
    while len(raw_words) > 1 and fold_latin(raw_words[0]) in _TITLES and (
            raw_words[0].endswith(".") or raw_words[0][:1].isupper()):
        raw_words = raw_words[1:]
    kept = [w for w in raw_words if fold_latin(w)]
    folded = tuple(fold_latin(w) for w in kept)
    pieces = tuple(map(_word_pieces, kept))
    letters = sum(map(len, folded))
    if letters < 2:
        return _Parsed("bad", (), "fewer than two letters")
    if letters > MAX_LETTERS:
        return _Parsed("bad", (), f"more than {MAX_LETTERS} letters")
    first_word_end = text.find(raw_words[0]) + len(raw_words[0])
    comma = "," in text and text[first_word_end:].lstrip().startswith(",")
    arranged = tuple((order, "".join(folded[i] for i in order), tuple(p for i in order for p in pieces[i]))
                     for order in _orders(len(folded)))
    return _Parsed("latin", folded, comma=comma, text=" ".join(raw_words), pieces=pieces, arranged=arranged)


@lru_cache(maxsize=16384)
def _word_pieces(word: str) -> tuple[str, ...]:
    """A word's hyphen-separated pieces, folded (Tae-yul → tae, yul)."""
    return tuple(f for f in (fold_latin(p) for p in _HYPHENS.split(word)) if f)


# -- alignment ---------------------------------------------------------------------------------------------
Span = tuple[int, int, float, bool]  # one unit's letters: start, end, log probability, smoothed (an unseen chunk)?

@lru_cache(maxsize=4096)
def _unit_table(table: str, unit: str) -> tuple[dict[str, float], float]:
    """A unit's learned chunks (log probabilities) and the log weight of its smoothing. A unit in context
    (``ㅓ@_ㅇ``) that the table learned: its own rows, over its jamo's rows and smoothing weighted by the
    context's backoff weight (Witten–Bell interpolation, done when the table was trained); one it did not learn,
    or a jamo alone: the jamo's."""
    chunks, floor = _learned_table(table, unit)
    if table != "ko":
        return chunks, floor
    return _with_official_letters(unit, chunks), floor


def _learned_table(table: str, unit: str) -> tuple[dict[str, float], float]:
    """:func:`_unit_table` as the model file gives it (the learned rows and their interpolation)."""
    m = model()
    emit, floor = m.emit.get(table, {}), m.floor.get(table, {})
    weight = m.backoff.get(table, {}).get(unit)
    if weight is None:
        jamo = base_unit(unit)
        return emit.get(jamo, {}), floor.get(jamo, -12.0)
    jamo_chunks, jamo_floor = _learned_table(table, base_unit(unit))
    chunks = {chunk: lp + weight for chunk, lp in jamo_chunks.items()}
    chunks.update(emit.get(unit, {}))
    return chunks, jamo_floor + weight


def official_letters(unit: str) -> frozenset[str]:
    """The letters RR and McCune–Reischauer (without diacritics) write for a unit of a Korean name
    (:func:`bilingual.names.romanize.name_jamo_letters`; an initial's context says whether MR voices it: after a
    vowel, a nasal or ㄹ, ``V`` ``N`` ``L`` of :func:`_after_final`)."""
    jamo, _, context = unit.partition(CONTEXT)
    voiced = None if not context or jamo.startswith("_") or jamo in _VOWEL_UNITS else context in ("V", "N", "L")
    return name_jamo_letters(jamo, voiced)


def _with_official_letters(unit: str, chunks: dict[str, float]) -> dict[str, float]:
    """The Korean table's chunks of a unit, where a spelling the official systems prescribe for it
    (:func:`official_letters`) is never an unseen or a rare one (issue 11, fx41). A unit no training name taught
    (ㄲ ㄸ ㅃ ㅉ, the finals ㅊ ㅌ ㅍ ㅋ ㄲ ㅅ ㄷ ㅎ, ㅒ ㅞ: native given names 빛나, 꽃님, 뜰 are few among people's
    names) backs off to the systems' table: its official letters, 1/n each; a unit with rows has an official spelling it
    learned less often than :data:`RARE` below its usual one (or never) raised to that. A rule of the romanization
    systems, not of names seen; the foreign table is left as learned (외래어 표기법 is not a romanization). A final of
    two consonants has no official letter (:func:`bilingual.names.romanize.name_jamo_letters`): at 1/n, 읁 would
    outbid the learned 은 when a Latin spelling is read back into Hangul (Park Jieun read as 박지읁)."""
    official = official_letters(unit)
    if not chunks and official:
        return dict.fromkeys(official, -math.log(len(official)))
    least = max(chunks.values(), default=0.0) - RARE
    raised = {c: least for c in official if chunks.get(c, NEG) < least}
    return {**chunks, **raised} if raised else chunks


@lru_cache(maxsize=4096)
def _letters(latin: str, table: str) -> tuple[tuple[tuple[str, float, float], ...], ...]:
    """Every chunk latin[j:j+k] (k = 0..3) with its smoothing log weight for a consonant and for a vowel
    (before the unit's floor weight), for every position j."""
    return tuple(letters_at(latin, table, j) for j in range(len(latin) + 1))


def letters_at(latin: str, table: str, j: int) -> tuple[tuple[str, float, float], ...]:
    """:func:`_letters` at position ``j`` alone (the bound of :mod:`bilingual.names.bounds` computes a row where the
    lattice reaches, with the same floats)."""
    m = model()
    lengths = m.chunk_length
    consonant, vowel = m.letter.get(table, {}).get("C", {}), m.letter.get(table, {}).get("V", {})
    row = [("", lengths[0], lengths[0])]
    acc_c = acc_v = 0.0
    for k in range(1, MAX_CHUNK + 1):
        if j + k > len(latin):
            break
        acc_c += consonant.get(latin[j + k - 1], -8.0)
        acc_v += vowel.get(latin[j + k - 1], -8.0)
        row.append((latin[j:j + k], lengths[k] + acc_c, lengths[k] + acc_v))
    return tuple(row)


@lru_cache(maxsize=16384)
def background(words: tuple[str, ...]) -> float:
    """log P(letters) under the background letter-bigram model (each word from '^' to '$')."""
    bigram = model().bigram
    total = 0.0
    for w in words:
        prev = "^"
        for c in (*w, "$"):
            total += bigram.get(prev, {}).get(c, -10.0)
            prev = c
    return total


@lru_cache(maxsize=8192)
def _emissions(latin: str, table: str) -> dict[str, tuple[tuple[float, ...], ...]]:
    """The emission rows of one spelling, filled per jamo unit on first need (see :func:`_rows`)."""
    return {}


def _rows(latin: str, table: str, unit: str, emissions: dict[str, tuple[tuple[float, ...], ...]]
          ) -> tuple[tuple[float, ...], ...]:
    """For each letter position j, log P(latin[j:j+k] | unit) for k = 0..3 (the learned value, or the
    smoothing's; ``NEG`` past the end): what one jamo unit costs wherever it stands in this spelling, computed
    once per spelling and unit (a mention compared with many names meets the same few dozen units again). Tuples
    of floats, which the cyclic collector stops tracking (kb56 branch: as lists, the rows a first sight of a large
    knowledge base remembers were most of the objects a full collection walked)."""
    rows = emissions.get(unit)
    if rows is None:
        chunks, floor = _unit_table(table, unit)
        get = chunks.get
        built = []
        vowel = is_vowel_unit(unit)
        edit = _edit_cost() if table == "ko" else None  # Korean names' vowels only (see _near_spelling)
        doubled = model().doubled.get(table) if _has_doubled(latin) else None
        for row in _letters(latin, table):
            costs = [lp if (lp := get(chunk)) is not None else
                     floor + (w_vowel if vowel else w_consonant)
                     if edit is None or not vowel or not _VOWEL_LETTERS.issuperset(chunk) else
                     max(floor + w_vowel, _near_spelling(table, unit, chunk, edit))
                     for chunk, w_consonant, w_vowel in row]
            if doubled is not None:
                _doubled_backoff(row, costs, chunks, doubled)
            if len(costs) <= MAX_CHUNK:
                costs += _PAD[len(costs):]
            built.append(tuple(costs))
        rows = emissions[unit] = tuple(built)
    return rows


_PAD = (NEG,) * (MAX_CHUNK + 1)  # a chunk running past the end of the spelling: never chosen


@lru_cache(maxsize=8192)
def _has_doubled(latin: str) -> bool:
    """Whether a consonant letter of the spelling is the one before it again (only then can :func:`_doubled_backoff`
    act)."""
    return any(latin[i] == latin[i - 1] and latin[i] not in _VOWEL_LETTERS for i in range(1, len(latin)))


def undoubled(chunk: str) -> str | None:
    """The chunk with the second letter of its first doubled consonant letter taken out (``ff`` → ``f``, ``tta`` →
    ``ta``), or ``None`` when no consonant letter of it is doubled. A doubled vowel letter is another vowel, not a
    longer one (``ee`` of Lee, Hee writes ㅣ; ``oo`` of Soo writes ㅜ): not read as the single letter."""
    for i in range(1, len(chunk)):
        if chunk[i] == chunk[i - 1] and chunk[i] not in _VOWEL_LETTERS:
            return chunk[:i] + chunk[i + 1:]
    return None


def _doubled_backoff(row: Sequence[tuple[str, float, float]], costs: list[float], chunks: dict[str, float],
                     rate: float) -> None:
    """Raise, in place, the cost of each chunk of ``row`` with a doubled consonant letter whose unit's rows list the
    chunk with that letter written once (``ff`` for ㅍ, which writes ``f``) to that chunk's log probability plus
    ``rate`` (``Model.doubled``), when that is more than the rows or the smoothing gave (the rows learn a few
    doubles, at what the train part's few examples of each say). A consonant written twice for one sound is a
    spelling convention of the source language, not a sound the Hangul writes: 외래어 표기법 writes the sound (its
    Italian rules say so: a doubled consonant is written as one, but -mm-, -nn-), so the unit that writes the single
    letter writes the double."""
    for k, (chunk, _, _) in enumerate(row):
        if (single := undoubled(chunk)) is None:
            continue
        lp = chunks.get(single)
        if lp is not None and lp + rate > costs[k]:
            costs[k] = lp + rate


@lru_cache(maxsize=1)
def _edit_cost() -> float | None:
    """Nats per letter edit of the near-spelling backoff (the model's ``calibration edit_cost``), or ``None``:
    off. The shipped model has none; ``training/train_name_model.py --edit-cost X`` writes one (an experiment
    of the sim4 branch, not adopted: docs/similarity.md)."""
    return model().calibration.get("edit_cost")


@lru_cache(maxsize=65536)
def _near_spelling(table: str, unit: str, chunk: str, edit: float) -> float:
    """The backoff of a spelling the table has never seen for a Korean vowel, written with vowel letters only
    (a e i o u w y: a vowel does not borrow a consonant's letters): the best of the vowel's learned chunks,
    less ``edit`` nats per letter edit (Levenshtein) from it (Sye for 세: ``ye`` is one edit from ``e``;
    Jeung for 정: ``eu`` one from ``eo``). Only for the Korean table's vowels: a changed consonant is more often
    another name than another spelling (a first try that backed consonants off too, not kept, let namesakes
    with no given syllable in common reach ``same`` on the tune pairs)."""
    chunks = _unit_table(table, unit)[0]
    return max((lp - edit * _levenshtein(chunk, seen) for seen, lp in chunks.items()), default=NEG)


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _align(units: Sequence[str], latin: str, table: str) -> tuple[float, list[tuple[int, int, float, bool]]]:
    """Best log P(latin | units): each unit writes a chunk of 0..3 letters, in order, covering ``latin``; and
    for each unit (start letter, end letter, log probability, smoothed?)."""
    n, m = len(units), len(latin)
    if m > MAX_CHUNK * n or n == 0:
        return NEG, []
    emissions = _emissions(latin, table)
    prev = [NEG] * (m + MAX_CHUNK + 1)  # room for chunks running past the end (never chosen: see _PAD)
    prev[0] = 0.0
    top = 0.0
    back: list[list[int]] = []
    for i, unit in enumerate(units):
        rows = emissions.get(unit) or _rows(latin, table, unit, emissions)
        cur = [NEG] * (m + MAX_CHUNK + 1)
        arg = [0] * (m + MAX_CHUNK + 1)
        cut = top - BEAM
        for j in range(max(0, m - MAX_CHUNK * (n - i)), min(m, MAX_CHUNK * i) + 1):
            pj = prev[j]
            if pj < cut:
                continue
            e0, e1, e2, e3 = rows[j]  # MAX_CHUNK = 3, unrolled: the alignment's innermost loop
            v = pj + e0
            if v > cur[j]:
                cur[j] = v
                arg[j] = j
            v = pj + e1
            if v > cur[j + 1]:
                cur[j + 1] = v
                arg[j + 1] = j
            v = pj + e2
            if v > cur[j + 2]:
                cur[j + 2] = v
                arg[j + 2] = j
            v = pj + e3
            if v > cur[j + 3]:
                cur[j + 3] = v
                arg[j + 3] = j
        top = max(cur)
        prev = cur
        back.append(arg)
    total = prev[m]
    if total <= NEG / 2:
        return total, []
    chunks_at = _letters(latin, table)
    doubled = model().doubled.get(table)
    spans: list[tuple[int, int, float, bool]] = []
    end = m
    for i in range(n - 1, -1, -1):
        start = back[i][end]
        chunk = chunks_at[start][end - start][0]
        learned = _unit_table(table, units[i])[0]
        lp = learned.get(chunk)
        value = emissions[units[i]][start][end - start]
        if lp is None and doubled is not None and (single := undoubled(chunk)) is not None and \
                single in learned and value == learned[single] + doubled:
            lp = value  # a learned spelling with a letter doubled (_doubled_backoff): not an unseen one
        spans.append((start, end, value, lp is None))
        end = start
    spans.reverse()
    return total, spans


@lru_cache(maxsize=65536)
def _piece_fit(units: tuple[str, ...], piece: str, table: str, given: bool = False
               ) -> tuple[float, tuple[Span, ...]]:
    """:func:`_align` of one Latin piece with the jamo of the syllables it writes, remembered: the same few
    syllables and pieces (조 | cho, 태 | tae) come back in every candidate a mention is compared with. ``given``:
    the piece writes syllables of a given name (not the first syllable), where a vowel may be read as a vowel
    that sounds alike (:func:`_alike_fit`)."""
    score, raw = _align(units, piece, table)
    spans = tuple(raw)
    if spans and any(span[3] for span in spans) and model().decor.get(table):
        score, spans = _decorated_fit(units, piece, table, score, spans)
    if given and spans and any(span[3] for span in spans) and model().alike.get(table):
        score, spans = _alike_fit(units, piece, table, score, spans)
    return score, spans


@lru_cache(maxsize=64)
def _official_vowel(jamo: str) -> frozenset[str]:
    """A vowel's official letters (RR and McCune–Reischauer, folded: ㅓ ``eo`` and ``o``)."""
    from bilingual.names.romanize import MR_VOWEL, RR_VOWEL

    return frozenset(fold_latin(table[jamo]) for table in (RR_VOWEL, MR_VOWEL) if jamo in table)


def _alike_fit(units: tuple[str, ...], piece: str, table: str, score: float, spans: tuple[Span, ...]
               ) -> tuple[float, tuple[Span, ...]]:
    """A given name's piece whose best alignment writes a vowel in a way the table never saw, read again as a
    usual spelling of the same syllables with that vowel replaced by one that sounds alike (``Model.alike``: the
    weight, learned by the training script, of a vowel written as another is: ㅡ as ㅓ's ``eo``, ㅔ as ㅐ's ``ae``),
    at that weight: the better of the two. As the training counts it, the vowel must be written with the other
    vowel's official letters (RR or McCune–Reischauer: ``yeo`` or ``yo`` for ㅕ, not the folk ``you`` of Young).
    Every unit of the rest must be a usual spelling (as in
    :func:`_decorated_fit`), and so must the vowel's, for the vowel it is read as; the weight goes to the vowel's
    log probability, so the reasons call the syllable a rare spelling, not an unseen one."""
    alike = model().alike.get(table, {})
    best, best_spans = score, spans
    for k, unit in enumerate(units):
        if not spans[k][3] or not is_vowel_unit(unit):
            continue
        jamo, _, context = unit.partition(CONTEXT)
        for other, weight in alike.get(jamo, {}).items():
            read = other + CONTEXT + context if context else other
            swapped = (*units[:k], read, *units[k + 1:])
            core_score, core = _align(swapped, piece, table)
            if not core or core_score + weight <= best or \
                    piece[core[k][0]:core[k][1]] not in _official_vowel(other) or any(
                    smoothed or lp < _usual(table, u) - RARE
                    for u, (_, _, lp, smoothed) in zip(swapped, core, strict=True)):
                continue
            best = core_score + weight
            best_spans = tuple((start, end, lp + weight, False) if i == k else (start, end, lp, smoothed)
                               for i, (start, end, lp, smoothed) in enumerate(core))
    return best, best_spans


UNSEEN_KIND = "*"  # the decor row of any kind of added letter the training never saw (not a vowel letter inside)
UNSEEN_NOT_FINAL = "*-"  # ... of such a kind, unless a consonant letter (not doubled) ends the piece: it could write a
# final jamo (수 + n is Sun, a spelling of 순), so it is left to the tables (sim12 experiments, docs/similarity.md)


def _unseen_kind_rate(rates: dict[str, float], piece: str, i: int, kind: str) -> float | None:
    """The rate a table gives a kind of added letter that its training never saw (``UNSEEN_KIND`` or
    ``UNSEEN_NOT_FINAL`` rows; the shipped table has neither), or ``None``. A vowel letter added inside a piece is
    never read so (it changes the vowel read), as the training does not count it."""
    if i < len(piece) - 1 and piece[i] in _VOWEL_LETTERS:
        return None
    rate = rates.get(UNSEEN_KIND)
    if rate is None and not (kind.endswith("$") and kind[0] not in _VOWEL_LETTERS and kind[0] != "="):
        rate = rates.get(UNSEEN_NOT_FINAL)
    return rate


def insertion_type(piece: str, i: int) -> str:
    """The kind of letter ``piece[i]`` is when read as added to a spelling: ``=`` the previous letter doubled, else
    the letter itself, with ``$`` when it ends the piece (``gunn``: ``=$``; ``june``: ``e$``; ``duck``: ``c``)."""
    letter = "=" if i and piece[i - 1] == piece[i] else piece[i]
    return letter + ("$" if i == len(piece) - 1 else "")


def _decorated_fit(units: tuple[str, ...], piece: str, table: str, score: float, spans: tuple[Span, ...]
                   ) -> tuple[float, tuple[Span, ...]]:
    """A piece whose best alignment writes a jamo in a way the table never saw, read again as a spelling the table
    explains whole with one letter added, at the learned rate of that kind of letter (``Model.decor``: a final
    letter doubled, an ``e`` at the end, an ``h`` or ``c`` inside, as people really add them): the better of the two.
    The added letter goes with the unit before it (the first unit's when it comes first), its rate in that unit's
    log probability, so the reasons call the syllable a rare spelling, not an unseen one."""
    rates = model().decor.get(table, {})
    unseen = UNSEEN_KIND in rates or UNSEEN_NOT_FINAL in rates  # a rate for kinds never seen (experiments only)
    best, best_spans = score, spans
    for i in range(len(piece) if len(piece) > 2 else 0):
        kind = insertion_type(piece, i)
        rate = rates.get(kind)
        if rate is None and unseen:
            rate = _unseen_kind_rate(rates, piece, i, kind)
        if rate is None:
            continue
        core_score, core = _align(units, piece[:i] + piece[i + 1:], table)
        if not core or core_score + rate <= best or any(  # the rest must be a usual spelling: no jamo unseen or
                smoothed or lp < _usual(table, unit) - RARE  # further than RARE from its usual chunk (장 is not ja)
                for unit, (_, _, lp, smoothed) in zip(units, core, strict=True)):
            continue
        at = max(i - 1, 0)  # the unit that wrote the letter before the added one (or the first letter) hosts it
        host = next(k for k, (start, end, _, _) in enumerate(core) if start <= at < end)
        out = [span if k < host else (span[0] + (k > host), span[1] + 1, span[2] + (rate if k == host else 0.0), False)
               for k, span in enumerate(core)]
        best, best_spans = core_score + rate, tuple(out)
    return best, best_spans


def _align_pieces(lattice: _Lattice, pieces: Sequence[str], table: str
                  ) -> tuple[float, list[tuple[int, int, float, bool]]]:
    """Like :func:`_align`, but each Latin piece (word, or part of a hyphenated word) writes whole syllables:
    Cho Tae-yul is 조 | 태 | 열, so "Yoon Suk Yeol" cannot lend the k of Suk to 열 (as 석켤 would need)."""
    n, k = len(lattice.syllables), len(pieces)
    span_units = lattice.span_units
    prev = [0.0]  # piece i - 1 ends at syllable a: the best total (only a = 0 before the first piece)
    back: list[list[int]] = []
    for i in range(1, k + 1):
        piece = pieces[i - 1]
        length = len(piece)
        cur = [NEG] * (n + 1)
        arg = [0] * (n + 1)
        for b in range(i, n - (k - i) + 1):
            best_v = -math.inf
            best_a = 0
            for a in (range(i - 1, b) if i > 1 else (0,)):
                # every syllable of a name writes at least one letter and at most seven (Hwang, Sheung)
                fit = _piece_fit(span_units[a][b], piece, table, a > 0)[0] if b - a <= length <= 7 * (b - a) else NEG
                v = prev[a] + fit
                if v >= best_v:  # a tie goes to the later boundary
                    best_v, best_a = v, a
            cur[b] = best_v
            arg[b] = best_a
        prev = cur
        back.append(arg)
    total = prev[n] if k else NEG
    if total <= NEG / 2:
        return NEG, []
    bounds = [n]
    for i in range(k, 0, -1):
        bounds.append(back[i - 1][bounds[-1]])
    bounds.reverse()
    spans: list[tuple[int, int, float, bool]] = []
    offset = 0
    for i in range(k):
        _, piece_spans = _piece_fit(span_units[bounds[i]][bounds[i + 1]], pieces[i], table, bounds[i] > 0)
        spans += [(start + offset, end + offset, lp, smoothed) for start, end, lp, smoothed in piece_spans]
        offset += len(pieces[i])
    return total, spans


# -- Hangul ⇄ Latin ----------------------------------------------------------------------------------------
def more_pieces_than_syllables(hangul: tuple[str, ...], latin: _Parsed) -> bool:
    """Whether the Latin, split at its spaces and hyphens, writes more pieces than the one Hangul word of 2 to 5
    syllables has syllables (fx40 branch): then neither table reads it (:func:`_best_reading`). A romanized name
    breaks only between syllables (Suh Se-ok, Kim Se Ok: three), and a transcription writes each Latin piece in
    one Hangul syllable at least, so such a Latin is no spelling of that name. Both tables read the letters whole
    before: Suh Se-ok fitted 서석 (`seok ~ 석`) as `same`, 0.963, as closely as its own 서세옥 (0.964), and the link
    was lost to the tie; with the Korean table alone held, the foreign one still read Kim Se On as 김석, `same`.
    A name of several Hangul words (코리 리) or of one syllable is not held: its syllables are not read piece by
    piece."""
    syllables = len(hangul[0]) if len(hangul) == 1 else 0
    return 2 <= syllables <= 5 and latin.script == "latin" and len(latin.arranged[0][2]) > syllables


@dataclass(frozen=True)
class _Fit:
    llr: float  # log P(latin | hangul) - log P_background(latin)
    letters: int
    table: str
    order: tuple[int, ...]  # the Latin words in the order aligned
    units: tuple[tuple[str, int], ...]  # (unit, syllable index)
    latin: str
    spans: tuple[tuple[int, int, float, bool], ...]
    words: tuple[int, ...] = ()  # the Latin words' lengths, in the order aligned; empty for a place's or an
    # organization's name (:func:`_family_word`)
    person: bool = False  # the name is known to be a person's (kind="person")


def _orders(count: int) -> list[tuple[int, ...]]:
    same = tuple(range(count))
    return [same] if count < 2 else [same, (count - 1, *range(count - 1))]


AS_WRITTEN_KINDS: frozenset[str] = frozenset({"place", "org"})
"""The kinds of name whose Latin words are read in the order written (link25 branch), unless a place is named by
several Hangul words. Reading the last word first is a convention of people's names: a Korean's name in Western
order (Tae-yul Cho, given name first), a Japanese person's (Yoko Kamikawa for 가미카와 요코). No convention writes
one place's or organization's name in reverse (Jeju Island, not Island Jeju; Air Busan, not Busan Air); what
reverses is an address: Korean writes the larger unit first (서울 중구), English the smaller (Jung-gu, Seoul), so a
place of several Hangul words keeps both orders. Of the multi-word place and organization pairs of
``fixtures/names`` and ``../shared/names-dev/foreign_places.tsv``, none (0 of 1,037) fits `same` only by the
reversed order, and reading it made `Sung Anh` (안성재, a person) fit the place 안성 `same`: a wrong link."""


def word_orders(latin: _Parsed, kind: Kind | None, hangul: tuple[str, ...]
                ) -> tuple[tuple[tuple[int, ...], str, tuple[str, ...]], ...]:
    """The word orders :func:`_best_reading` tries for a Latin name compared with the Hangul words ``hangul`` of a
    name of ``kind``: as written, then the last word first, except for a place's or organization's name
    (:data:`AS_WRITTEN_KINDS`), read only as written unless it is a place of several Hangul words (an address:
    서울 중구 / Jung-gu Seoul)."""
    if kind in AS_WRITTEN_KINDS and not (kind == "place" and len(hangul) > 1):
        return latin.arranged[:1]
    return latin.arranged


@lru_cache(maxsize=16384)
def _korean_shaped(words: tuple[str, ...]) -> bool:
    """One word of 2 to 4 syllables: a Korean surname, then syllables common in given names (most likely a
    Korean person; 마크롱 and 오바마 are not, 크 and 마 being rare in given names)."""
    from bilingual.names.romanized import common_given_syllables, tables

    if len(words) != 1 or not 2 <= len(words[0]) <= 4:
        return False
    word, surnames, given = words[0], tables().surnames, common_given_syllables()
    return any(word[:n] in surnames and all(s in given for s in word[n:]) for n in (1, 2) if len(word) > n)


MIN_GIVEN_COUNT = 1  # given names of the train part a syllable must be written in for _surname_first (sim37)


@lru_cache(maxsize=16384)
def _surname_first(words: tuple[str, ...]) -> bool:
    """One word of 2 to 4 syllables that begins with a Korean surname (조, 남궁): it may be a Korean person's name
    whatever its given syllables are (황나윤, 정진솔, 고나은: native given names, 나 and 솔 not among the common
    given-name syllables of :func:`_korean_shaped`), so the Korean table is always tried on it (sim36 branch) — when
    each given syllable is written in at least :data:`MIN_GIVEN_COUNT` given names of the name data's train part
    (:func:`~bilingual.names.romanized.given_syllable_counts`): 정미융 and 김도융 (융 in none) are read as before
    sim36, where a rare syllable read as readily as a common one made the KB's reading shares guess (sim37 branch)."""
    from bilingual.names.romanized import given_syllable_counts, tables

    if len(words) != 1 or not 2 <= len(words[0]) <= 4:
        return False
    word, surnames, counts = words[0], tables().surnames, given_syllable_counts()
    return any(word[:n] in surnames and all(counts.get(s, 0) >= MIN_GIVEN_COUNT for s in word[n:])
               for n in (1, 2) if len(word) > n)


@dataclass(frozen=True)
class _Lattice:
    """What a Hangul name brings to every alignment, computed once per name: its jamo units (with the index of
    their syllable), the units of each syllable, and the tables to try, in order."""

    units: tuple[tuple[str, int], ...]
    unit_names: tuple[str, ...]
    syllables: tuple[tuple[str, ...], ...]
    korean: bool
    tables: tuple[str, ...]
    surname_first: bool  # shaped as a Korean person's name whatever its given syllables (:func:`_surname_first`)
    span_units: tuple[tuple[tuple[str, ...], ...], ...]  # [a][b]: the units of syllables a..b-1 (names of 5 or fewer)


@lru_cache(maxsize=16384)
def _lattice(hangul: tuple[str, ...], place: bool = False) -> _Lattice:
    """``place``: the name is known to be a place's (a generic word was set aside from it, fx20 branch), so the
    shape of a Korean person's name (:func:`_korean_shaped`) says nothing and both tables are tried unweighted:
    라인 of 라인강 is no surname 라 and a given name 인."""
    m = model()
    syllables = tuple(units for word in hangul for units in word_units(word))
    units = tuple((u, index) for index, syllable in enumerate(syllables) for u in syllable)
    korean = not place and _korean_shaped(hangul)
    # A surname and two or more common given-name syllables (조태열, 남궁민수): a Korean person, read with the
    # Korean table only (the foreign one, learned from Chinese and Japanese places too, reads 정경화 as Jung Yang-hwa).
    tables = tuple(t for t in (("ko", "fx") if korean else ("fx", "ko"))
                   if t in m.emit and not (t == "fx" and korean and len(hangul[0]) >= 3))
    n = len(syllables) if len(syllables) <= 5 else 0
    span_units = tuple(tuple(tuple(u for syllable in syllables[a:b] for u in syllable) for b in range(n + 1))
                       for a in range(n + 1))
    surname_first = not place and _surname_first(hangul)
    return _Lattice(units, tuple(u for u, _ in units), syllables, korean, tables, surname_first, span_units)


@lru_cache(maxsize=16384)  # a KB name is fitted to its own readings again for every query compared with it
def _best_reading(hangul: tuple[str, ...], latin: _Parsed, kind: Kind | None, place: bool = False,
                  held: bool = True) -> tuple[_Fit, _Summary | None, tuple[float, ...], float]:
    """The best fit of the Latin to the Hangul over the tables and word orders tried, with its summary (``None``
    when nothing aligned), its features and its calibrated score (``place``: see :func:`_lattice`). ``held``: a
    Latin of more pieces than the name's syllables is read by no table (:func:`more_pieces_than_syllables`); the
    training's features (:func:`fit_score`) are the letters' fit as before that rule, so the table it learns is
    the shipped one."""
    lattice = _lattice(hangul, True) if place else _lattice(hangul)  # one cache entry for the usual call (bounds)
    units, korean = lattice.units, lattice.korean
    bg = background(latin.words)
    pieced = len(hangul) == 1 and 2 <= len(lattice.syllables) <= 5  # the ko table aligns whole syllables per piece
    too_many = held and more_pieces_than_syllables(hangul, latin)  # read by no table
    nasal = has_nasal_vowel(latin.text)  # a final ㅇ may be written by its vowel letter (_ng_by_vowels)
    shortened = has_shortened_word(latin.text)  # Bros.: the Hangul may write what the Latin leaves out
    best: tuple[_Fit, _Summary | None, tuple[float, ...], float] | None = None
    rank_of_best = (-1.0, NEG)
    same = model().calibration.get("same", 0.5)
    # a person's name is read for its family name's word (_family_word), and one of no kind of three syllables at
    # most: a Korean place of four, romanized in two words, is often shaped so (소수서원 / Sosu Seowon)
    family = (tuple(len(word) for word in latin.words)
              if kind == "person" or (kind is None and not place and sum(map(len, hangul)) <= 3) else ())
    tables = lattice.tables
    if held and "ko" in tables and has_mr_breve(latin.text):
        tables = ("ko",)  # McCune–Reischauer's breve: a Korean romanization, not a transcription (fx51)
    for table in tables:
        arranged = word_orders(latin, kind, hangul)
        if latin.comma or (table == "fx" and len(hangul) < 2 and not korean):
            arranged = arranged[:1]
        spans: list[Span]
        for rank, (order, letters, pieces) in enumerate(arranged):
            if too_many:
                score, spans = NEG, []  # more syllables written than it has
            elif table == "ko" and pieced and 2 <= len(pieces) <= len(lattice.syllables):
                score, spans = _align_pieces(lattice, pieces, table)
            else:
                score, spans = _align(lattice.unit_names, letters, table)
            if family:
                family = tuple(len(latin.words[i]) for i in order)
            if rank:
                score += ROTATED
            if table == "fx" and korean:
                score += FOREIGN_ON_KOREAN
            fit = _Fit(score - bg, len(letters), table, order, units, letters, tuple(spans), family,
                       kind == "person")
            summary = _summary(fit) if spans else None
            x = features(fit, summary)
            # the reading that fits best by the calibrated score (which weighs how usual each syllable's spelling
            # is in its own table), then by likelihood: the foreign table's looser letters must not win a Korean
            # name's reading by likelihood alone (Lee Dasom 이다솜: 'lee' is rare for 이 there, usual in Korean)
            fit_rank = (_held(calibrated(x), fit, hangul, summary, nasal, shortened) if held else calibrated(x),
                        fit.llr)
            if best is None or fit_rank > rank_of_best:
                best, rank_of_best = (fit, summary, x, fit_rank[0]), fit_rank
                if fit.llr >= GOOD_ENOUGH * (fit.letters + 2) and not any(span[3] for span in spans) and \
                        fit_rank[0] >= same and not (table == "fx" and lattice.surname_first):
                    # a reading this good is not beaten by another table or word order — but the foreign table's
                    # reading of a name that begins with a Korean surname is (황나윤 / Hwang Nayoon: 0.81 by the
                    # foreign table, 0.97 by the Korean one), so the Korean table is read too (sim36 branch)
                    return best
    assert best is not None
    return best


FEATURES = ("w_per_letter", "w_total", "w_unseen_consonant", "w_unseen_vowel", "w_worst_syllable")
RARE = math.log(20)  # a syllable this far (nats) below its usual spelling is a rare spelling


@lru_cache(maxsize=4096)
def _usual(table: str, unit: str) -> float:
    """The log probability of the unit's most usual chunk."""
    return max(_unit_table(table, unit)[0].values(), default=0.0)


@dataclass(frozen=True)
class _Summary:
    """One pass over an alignment: per syllable its letters and its distance (nats) from the usual spelling of
    each of its jamo, whether a jamo of it was written in a way the table has never seen; the counts of unseen
    vowel and consonant spellings."""

    deficits: dict[int, float]
    spans: dict[int, tuple[int, int]]
    unseen: frozenset[int]
    unseen_vowels: int
    unseen_consonants: int


def _summary(fit: _Fit) -> _Summary:
    deficits: dict[int, float] = {}
    spans: dict[int, tuple[int, int]] = {}
    unseen: set[int] = set()
    vowels = consonants = 0
    table = fit.table
    for (unit, s), (start, end, lp, smoothed) in zip(fit.units, fit.spans, strict=True):
        deficits[s] = deficits.get(s, 0.0) + _usual(table, unit) - lp
        first = spans.get(s)
        spans[s] = (start if first is None else first[0], end)
        if smoothed:
            unseen.add(s)
            if is_vowel_unit(unit):
                vowels += 1
            else:
                consonants += 1
    return _Summary(deficits, spans, frozenset(unseen), vowels, consonants)


ADDED_VOWEL = "ㅡ"
"""The vowel a Hangul syllable may carry that no Latin letter writes: the standard's vowel added after a
consonant (스, 트, 르 of 스미스, 트럼프) and the one ㅡ of 읍 left out of a place's name (:func:`_unread_syllable`)."""
_LATIN_VOWELS = frozenset("aeiouwy")
_GENERIC_SYLLABLES = frozenset(word for word, _ in GENERIC if len(word) == 1)  # 시, 강, 섬 … (geographic.GENERIC)


def _unread_syllable(fit: _Fit, hangul: tuple[str, ...], summary: _Summary, nasal: bool = False,
                     shortened: bool = False) -> tuple[str, str] | None:
    """The first Hangul syllable a reading leaves unread, or ``None`` (fx42 branch): with the Korean table, a
    syllable whose vowel (not :data:`ADDED_VOWEL`) is written by no vowel letter in a span of two letters or more,
    or by no letter at all — every romanization writes each syllable's vowel (a letter alone may be an initial:
    Baek Z Young), so 강도영 read as Gangdong (`ng ~ 영`: 영's ㅕ unwritten, a spelling of 강동) is no spelling of it;
    with the foreign table, a syllable no letter writes whose initial is a consonant (not ㅇ), whose vowel is not
    the added ㅡ and that follows no final ㄹ (one l written ㄹㄹ: 클라이드, 울리야놉스크) — a transcription writes
    each consonant of the name, so 재커리 read as Zico (`∅ ~ 리`) is no transcription of it. Both were `same` and
    linked another name to a KB's entity (korean_names_heldout9_other: a pen name, a stage name). With the Korean
    table also a syllable whose initial ㅎ no letter writes (:func:`_unwritten_h`; fx44 branch): every romanization
    writes it, so `Lee Minyoung` (`young ~ 형`) is 이민영's spelling, not 이민형's — it linked 이민형, whose other
    name is an English one, to a KB's Lee Minyoung (korean_names_heldout10_other); and a syllable whose final ㅇ no
    letter writes (:func:`_unwritten_ng`; fx45 branch), the vowel ㅡ's too: `Lee Suhyun` (`su ~ 승`) is 이수현's
    spelling, and linked 이승현, whose other name is a stage name (korean_names_heldout11_other); and a syllable
    without an initial consonant (ㅇ), not first in its word, whose letters are no vowel, only its final's (fx46
    branch), the vowel ㅡ's too, since a syllable that begins with its vowel is read by that vowel: `Jun Jin` (`n ~
    은`) is 전진's spelling, not 전지은's, and linked it, the stage name of another person
    (korean_names_heldout12_other); first in a word it is a transcription's m or n before a consonant (음바라라
    Mbarara, 은자메나 N'Djamena: 외래어 표기법), which the Korean table may read best. Returned with why. A
    word of one syllable left out of a name of several words (안니노 역 / Annino: the generic word 역, station), or a
    generic word of one syllable ending a name of more than :data:`~bilingual.names.geographic.MIN_CORE` (화이안시 /
    Huai'an: 시, city), or a particle of one syllable after such a name (홍석진도: the knowledge base links a name as
    written, particle and all, and the name without it: ``kb._query_forms``), is not counted: a word left out, not a
    syllable left unread."""
    family = _family_word(fit, hangul, summary)
    if family is not None:
        return family
    syllables = "".join(hangul)
    alone = {sum(map(len, hangul[:i])) for i, word in enumerate(hangul) if len(hangul) > 1 and len(word) == 1}
    starts = {sum(map(len, hangul[:i])) for i in range(len(hangul))}  # each word's first syllable
    if len(hangul[-1]) > MIN_CORE and (hangul[-1][-1] in _GENERIC_SYLLABLES or PARTICLE.fullmatch(hangul[-1][-1])):
        alone.add(len(syllables) - 1)
    initials: dict[int, tuple[str, int, int]] = {}  # each syllable's initial (its first unit) and its letters
    finals: dict[int, tuple[str, int, int]] = {}  # each syllable's final, if any, and its letters
    for (unit, s), (start, end, _, _) in zip(fit.units, fit.spans, strict=True):
        initials.setdefault(s, (unit, start, end))
        if unit.startswith("_"):
            finals[s] = (unit, start, end)
    for s, (start, end) in sorted(summary.spans.items()):
        initial, vowel, _ = decompose(syllables[s])
        if s in alone and end == start:
            continue
        if fit.table == "ko" and s in finals and _unwritten_ng(fit.latin, *finals[s]):
            return syllables[s], UNREAD_NG
        if s in finals and not nasal and _ng_by_vowels(fit.latin, *finals[s]):
            return syllables[s], UNREAD_NG_BY_VOWELS
        if (fit.table == "ko" and initial == "ㅇ" and end > start and s not in starts
                and not _LATIN_VOWELS.intersection(fit.latin[start:end])):
            return syllables[s], UNREAD_VOWEL
        if fit.table == "fx" and initial != "ㅇ" and not shortened \
                and _unwritten_initial(fit.latin, syllables, s, initials[s]):
            return syllables[s], UNREAD_INITIAL
        if vowel == ADDED_VOWEL:
            continue
        if fit.table == "ko":
            if end - start != 1 and not _LATIN_VOWELS.intersection(fit.latin[start:end]):
                return syllables[s], UNREAD_VOWEL
            if initial == "ㅎ" and _unwritten_h(fit.latin, *initials[s]):
                return syllables[s], UNREAD_H
        elif end == start and initial != "ㅇ" and not (s and decompose(syllables[s - 1])[2] == "ㄹ"):
            return syllables[s], UNREAD_CONSONANT
    return None


def _unwritten_initial(latin: str, syllables: str, s: int, initial: tuple[str, int, int]) -> bool:
    """Whether, in the foreign table's reading, syllable ``s``'s initial consonant (``initial``: its unit and letters)
    is written by no letter where a transcription writes it (fx53 branch): 외래어 표기법 writes each consonant of the
    name, and one letter is read as two consonants only as one l written ㄹㄹ (the syllable follows a final ㄹ: 갈라
    / Gala, 클라이드), one consonant doubled across syllables (the same final before it) and an x read ㄱㅅ or ㅋㅅ
    (맥스 / Max, 마르크스 / Marx: the x beside the empty place) or Czech ř read ㄹㅈ after 르 (드보르자크 / Dvořák);
    a Latin that shortens a word (Warner Bros. / 워너브러더스, a word of letters and a full stop) is not judged
    (``shortened``). `Shoo` read `sho ~ 소`, `o ~ 뢰` (뢰's ㄹ written by
    no letter) fitted 소뢰 `same`, 0.904, and `Suho` 스허즈 (즈's ㅈ), `Lia` 리장 (장's ㅈ): each a singer's or a
    gamer's other name, the wrong answer among 2,000 (korean_names_heldout17_other, heldout9_other,
    heldout16_other). A syllable no letter writes at all is judged so too (:data:`UNREAD_CONSONANT`)."""
    _, start, end = initial
    if end > start:
        return False
    initial_jamo = decompose(syllables[s])[0]
    before = decompose(syllables[s - 1]) if s else ("", "", "")
    if before[2] and (before[2] == "ㄹ" or before[2] == initial_jamo):
        return False
    if before[:2] == ("ㄹ", ADDED_VOWEL) and initial_jamo in "ㅈㅅ" and latin[start - 1:start] == "r":
        return False  # Czech ř, written ㄹㅈ (르주, 르시 at the end): 드보르자크 / Dvořák, 베드르지흐 / Bedřich
    return "x" not in latin[max(0, start - 1):start + 1]


def _family_word(fit: _Fit, hangul: tuple[str, ...], summary: _Summary) -> tuple[str, str] | None:
    """Why a reading of a Korean person's name (one Hangul word that begins with a surname, :func:`_surname_first`)
    against a Latin name of several words is no reading of it, or ``None`` (fx51 branch). The Latin word that begins
    with the surname's letters is the family name's word (as written, or read first as the last word of a name in
    Western order): a romanized Korean name writes its family name as a word of its own (국어의 로마자 표기법 제3장
    제4항: 성과 이름은 띄어 쓴다), so that word

    - in the Korean table's reading of a name known to be a person's (``kind="person"``, as a knowledge base's
      person is compared), writes the surname's syllables and no given name's: `Cho Seoyoung` read last
      word first, `seoyoung ~ 서영`, `cho ~ 호`, is 조서영's spelling, not 서영호's, and linked 서영호, whose other
      name is an English one, to a KB's Cho Seoyoung (korean_names_heldout15_other);
    - when it is a spelling of Korean surnames (:func:`~bilingual.names.romanized.surname_index`), is one of this
      surname's (its listed spellings, its Revised and McCune–Reischauer romanizations, with its marks or without,
      and those of its form under the initial-sound law: 류 / Yoo): `Cho`, 조's spelling, read as 최 by the foreign
      table (`cho ~ 최`, `ha ~ 여`) linked Cho Ha-ri, 조해리's spelling, to a KB's 최여리 (korean_names_heldout15).

    A word whose letters a syllable shares with the next word's is not judged (the reading does not split there)."""
    if len(hangul) != 1 or len(fit.words) < 2 or not _surname_first(hangul):
        return None  # fit.words is empty for a place or an organization (소수서원 / Sosu Seowon)
    first = summary.spans.get(0)
    if first is None or first[0] == first[1]:
        return None
    start = 0
    for length in fit.words:
        if first[0] < start + length:
            break
        start += length
    end = start + length
    if first[0] != start:
        return None  # the surname's letters do not begin a word
    inside = [s for s, (a, b) in sorted(summary.spans.items()) if b > a and a < end]
    if inside != list(range(len(inside))) or summary.spans[inside[-1]][1] != end:
        return None  # a syllable read across the word's end, or the word's syllables not the name's first
    from bilingual.names.romanized import tables

    word, surnames = hangul[0], tables().surnames
    if not any(len(inside) == n and word[:n] in surnames for n in (1, 2)):
        # a person's, in the Korean table's reading only: a transcription's words are not a romanized name's
        # (유나킴 / Euna Kim, a Korean-American's name transcribed in its English order), nor a place's of no kind
        # given (호이안 / Hoi An, 부리람 / Buri Ram)
        return (word[0], FAMILY_WORD_GIVEN) if fit.table == "ko" and fit.person else None
    return _another_surname(word[:len(inside)], fit.latin[start:end])


def _another_surname(surname: str, spelling: str) -> tuple[str, str] | None:
    """``(surname, why)`` when the Latin word ``spelling`` is a listed spelling of other Korean surnames and none of
    ``surname``'s (:func:`_family_word`), else ``None``."""
    from bilingual.names.romanize import romanize_word, strip_diacritics
    from bilingual.names.romanized import _surname_spellings, spelling_key, surname_index

    key = spelling_key(spelling)
    others = surname_index().get(key)
    if not others:
        return None
    forms = {surname, initial_sound_law(surname)}
    if any(initial_sound_law(h) in forms for h, _ in others):
        return None
    own = {spelling_key(s) for form in forms for s, _ in _surname_spellings(form)}
    own |= {spelling_key(strip_diacritics(romanize_word(form, system, sound_changes=False)))
            for form in forms for system in ("rr", "mr")}
    if key in own:
        return None
    return surname, f"its family name written {spelling}, a spelling of {others[0][0]}, not of {surname}"


FAMILY_WORD_GIVEN = ("the Latin family name's word writes a given name's syllable too (a family name is a word of "
                     "its own)")
UNREAD_VOWEL = "its vowel written by no letter (a romanization writes each syllable's vowel)"
UNREAD_H = "its initial ㅎ written by no letter (a romanization writes each syllable's h)"
UNREAD_CONSONANT = "written by no letter (a transcription writes each consonant of the name)"
UNREAD_INITIAL = "its initial consonant written by no letter (a transcription writes each consonant of the name)"
UNREAD_NG = "its final ㅇ written by no letter (a romanization writes each syllable's ng)"
UNREAD_NG_BY_VOWELS = "its final ㅇ written by vowel letters alone (ㅇ is written for an ng or a nasal vowel)"
NASAL_VOWELS = frozenset("ãõũẽĩąęǫ")
"""Letters of a nasal vowel, which 외래어 표기법 writes with a final ㅇ (Portuguese São 상, Polish ę 엥 and ą 옹): a
name holding one may write a final ㅇ by its vowel letter alone (:func:`_ng_by_vowels`)."""


MR_BREVES = frozenset("ŏŭ")
"""The vowels McCune–Reischauer writes with a breve (ㅓ ŏ, ㅡ ŭ; ㅕ yŏ, ㅝ wŏ, ㅢ ŭi): a Latin name holding one is
a Korean name romanized by that system, read by the Korean table alone (:func:`_best_reading`; fx51 branch). No
foreign name of the name data writes one (84 pairs do, every one a Korean place: Hamhŭng, Chinch'ŏn), and the
foreign table, which reads h as nothing (French and Spanish h), read `Cho Hŏn` (조헌) as 초연 `same` (`hon ~ 연`),
as closely as 조헌 itself: the link was lost to the tie (korean_names_heldout15)."""


def has_mr_breve(text: str) -> bool:
    """Whether a Latin name as written holds a vowel with McCune–Reischauer's breve (:data:`MR_BREVES`)."""
    return not MR_BREVES.isdisjoint(unicodedata.normalize("NFC", text.lower()))


_SHORTENED_WORD = re.compile(r"[A-Za-z]{2,}\.(?:\s|$)")


def has_shortened_word(text: str) -> bool:
    """Whether a Latin name as written shortens a word with a full stop (Warner Bros., St. Louis, Mt. Fuji), which
    its Hangul may write in full (워너브러더스): its consonants are not all written (:func:`_unwritten_initial`)."""
    return _SHORTENED_WORD.search(text) is not None


def has_nasal_vowel(text: str) -> bool:
    """Whether a Latin name as written holds a letter of a nasal vowel (:data:`NASAL_VOWELS`)."""
    return not NASAL_VOWELS.isdisjoint(unicodedata.normalize("NFC", text.lower()))


def _ng_by_vowels(latin: str, unit: str, start: int, end: int) -> bool:
    """Whether a final ㅇ (``unit``) is aligned to vowel letters alone where no romanization or transcription writes
    it so (fx48 branch): a romanization writes ㅇ ng, a transcription writes it for an ng, an n before a k or a g, or
    a nasal vowel — one written with its mark (the caller's :func:`has_nasal_vowel`) or Portuguese ão without its
    tilde (`sao ~ 상`, the o after an a: São Paulo written Sao Paulo). `Seo Taiji` read `seo ~ 정`, its o for 정's
    ㅇ, fitted a KB's 다이지 정 (a Japanese town) `same` and linked it, the stage name of 정현철
    (korean_names_heldout14_other)."""
    return (base_unit(unit) == "_ㅇ" and end > start and not set(latin[start:end]) - _LATIN_VOWELS
            and latin[start - 1:start + 1] != "ao")


def _unwritten_h(latin: str, unit: str, start: int, end: int) -> bool:
    """Whether an initial ㅎ (``unit``) aligned to ``latin[start:end]`` is written by no letter where every
    romanization writes it: its span is empty, the letter before it (which the previous jamo's chunk may have taken:
    `nh`) is no ``h``, and no final ㄱ ㄷ ㅂ ㅈ … comes before it (context ``K``), with which ㅎ makes one aspirate
    (표준 발음법 제12항) that McCune–Reischauer writes without it: 백학 Paek'ak, 압해 Apae (the name data's places)."""
    return start == end and not (start and latin[start - 1] == "h") and not unit.endswith(f"{CONTEXT}K")


def _unwritten_ng(latin: str, unit: str, start: int, end: int) -> bool:
    """Whether a final ㅇ (``unit``) aligned to ``latin[start:end]`` is written by no letter where every
    romanization writes it (fx45 branch): its span is empty and the letter before it (which the vowel's chunk may
    have taken) is no ``n`` or ``g``. Unlike a final ㄴ or ㄹ, ㅇ is never carried over to the next syllable
    (표준 발음법 제13항 carries a final before a silent ㅇ; ㅇ itself stays ng: 중앙 Jungang), so `Lee Suhyun`
    (`su ~ 승`) is 이수현's spelling, not 이승현's — it linked 이승현, whose other name is a stage name, to a KB's
    Lee Suhyun (korean_names_heldout11_other)."""
    return (base_unit(unit) == "_ㅇ" and start == end
            and not (start and latin[start - 1] in "ng"))


HELD_SHARE = UNSHARED
"""Share of the `same` threshold at most for a reading that leaves a syllable unread (:func:`_held`; fx53 branch):
half of it, as two Latin spellings with no reading in common (:data:`UNSHARED`)."""


def _held(score: float, fit: _Fit, hangul: tuple[str, ...], summary: _Summary | None, nasal: bool = False,
          shortened: bool = False) -> float:
    """``score``, or, when the reading leaves a syllable unread (:func:`_unread_syllable`), at most
    :data:`HELD_SHARE` of the `same` threshold: `possible`, under the answer thresholds of a knowledge base
    (``acceptance.MIN_ACCEPT``) and of the retrieval among 2,000 candidates (0.602). Before the fx53 branch a `same`
    reading was held just below `same` (:data:`BELOW_SAME`) and a `possible` one not at all: such readings were no
    link in a KB, but the retrieval answers on score and lead, and they won it — Lee Minyoung for 이민형, Gangdong
    for 강도영, Jun Jin for 전지은, Nassau for 나상욱, held at 0.7915, and Shoo for 소뢰 (0.904), each the other name
    (stage, English, gamer) of another person (korean_names_heldout9–12_other, heldout17_other)."""
    cap = round(model().calibration.get("same", 0.5) * HELD_SHARE - BELOW_SAME, 4)
    if score <= cap or summary is None or _unread_syllable(fit, hangul, summary, nasal, shortened) is None:
        return score
    return cap


def features(fit: _Fit, summary: _Summary | None = None) -> tuple[float, ...]:
    """The calibration features: log-likelihood ratio per letter and in total (scaled, clipped), the
    numbers of consonants and of vowels written in a way the table has never seen (smoothed), and the worst
    syllable's distance from its usual spelling."""
    if not fit.spans:  # no alignment at all: more letters than the jamo can write
        return -3.0, -5.0, -float(len(fit.units)), 0.0, -3.0
    summary = _summary(fit) if summary is None else summary
    worst = max(summary.deficits.values(), default=15.0)
    return (max(-3.0, min(3.0, fit.llr / (fit.letters + 2))), max(-5.0, min(5.0, fit.llr / 10)),
            -float(summary.unseen_consonants), -float(summary.unseen_vowels), -min(15.0, worst) / 5)


@lru_cache(maxsize=1)
def _weights() -> tuple[float, tuple[float, ...]]:
    """The calibration's bias and feature weights of the model in use (cleared with the other caches)."""
    c = model().calibration
    return c.get("bias", 0.0), tuple(c.get(name, 0.0) for name in FEATURES)


def calibrated(x: tuple[float, ...]) -> float:
    bias, weights = _weights()
    z = bias + sum(w * v for w, v in zip(weights, x, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _verdict(score: float) -> Verdict:
    c = model().calibration
    if score >= c.get("same", 0.5):
        return "same"
    return "possible" if score >= c.get("possible", 0.2) else "different"


def _explain(fit: _Fit, hangul: tuple[str, ...], summary: _Summary) -> tuple[str, ...]:
    syllables = "".join(hangul)
    out = [("Korean name romanized" if fit.table == "ko" else "foreign name transcribed") + " (learned table)"]
    if fit.order != tuple(range(len(fit.order))):
        out.append("word order: last word read first")
    for s, (start, end) in sorted(summary.spans.items()):
        note = ""
        if s in summary.unseen:
            note = " (unseen spelling)"
        elif summary.deficits[s] > RARE:
            note = " (rare spelling)"
        out.append(f"{fit.latin[start:end]} ~ {syllables[s]}{note}" if end > start
                   else f"{UNWRITTEN}{syllables[s]}{note}")
    return tuple(out)


UNWRITTEN = "∅ ~ "
"""How :func:`_explain` begins a piece of the alignment whose Hangul syllable no Latin letter writes."""


def unwritten_syllables(result: NameSimilarity) -> int:
    """How many Hangul syllables a Hangul⇄Latin fit leaves unwritten by the Latin name (its ``∅ ~`` pieces: 차이잉원 ~
    Changwon leaves 이; 시우다드후아레스 ~ Ciudad del Este may leave 후): the part of a Hangul name the Latin one does
    not read (fx33 branch)."""
    return sum(reason.startswith(UNWRITTEN) for reason in result.reasons)


def _hangul_latin(hangul: _Parsed, latin: _Parsed, kind: Kind | None, place: bool = False) -> NameSimilarity:
    # the usual call is written as bounds._fit_values writes it, so that the two share one cache entry
    fit, summary, x, score = (_best_reading(hangul.words, latin, kind, True) if place
                              else _best_reading(hangul.words, latin, kind))
    if summary is None:
        why = (f"the Latin writes {len(latin.arranged[0][2])} syllables (split at hyphens and spaces), the Hangul "
               f"{len(hangul.words[0])}" if more_pieces_than_syllables(hangul.words, latin)
               else "more letters than the Hangul's jamo can write (3 each at most)")
        return NameSimilarity(score=0.0, verdict="different", reasons=(why,))
    reasons = _explain(fit, hangul.words, summary)
    if calibrated(x) > score and (unread := _unread_syllable(fit, hangul.words, summary, has_nasal_vowel(latin.text),
                                                             has_shortened_word(latin.text))) is not None:
        reasons = (f"{unread[0]}: {unread[1]}: held below same", *reasons)
    return NameSimilarity(score=round(score, 4), verdict=_verdict(score), reasons=reasons, evidence=round(fit.llr, 3))


def fit_score(hangul: str, latin: str) -> tuple[float, ...] | None:
    """The uncalibrated features of a Hangul/Latin pair (for calibration in training); ``None`` if not a pair."""
    h, la = _parse(hangul), _parse(latin)
    if h.script != "hangul" or la.script != "latin":
        return None
    return _best_reading(h.words, la, None, held=False)[2]


# -- same script -----------------------------------------------------------------------------------------
_INITIAL_LAW = {"ㄹ": "ㄴ", "ㄴ": "ㅇ"}


def _jamo(words: tuple[str, ...]) -> str:
    return "".join("".join(decompose(s)) for w in words for s in w)


def _hangul_hangul(a: _Parsed, b: _Parsed) -> NameSimilarity:
    if "".join(a.words) == "".join(b.words):
        return NameSimilarity(score=1.0, verdict="same", reasons=("the same syllables",))
    la, lb = tuple(map(initial_sound_law, a.words)), tuple(map(initial_sound_law, b.words))
    if "".join(la) == "".join(lb):
        return NameSimilarity(score=1.0, verdict="same",
                              reasons=(f"{a.words[0][0]} ~ {b.words[0][0]} (initial-sound law, 두음법칙)",))
    ratio = difflib.SequenceMatcher(None, _jamo(la), _jamo(lb), autojunk=False).ratio()
    score = round(max(0.0, (ratio - 0.5) / 0.5) * 0.6, 4)  # below the 'same' threshold by construction
    return NameSimilarity(score=score, verdict=_verdict(score), reasons=(f"jamo overlap {ratio:.2f}",))


LETTERS_AT_MOST = 0.6
"""The highest score two Latin spellings get from their letters' overlap alone (:func:`_latin_latin`)."""


def _latin_latin(a: _Parsed, b: _Parsed, kind: Kind | None) -> NameSimilarity:
    if "".join(a.words) == "".join(b.words) or sorted(a.words) == sorted(b.words):
        return NameSimilarity(score=1.0, verdict="same", reasons=("the same letters once folded to ASCII",))
    # Two romanizations of one Korean name: both must fit one Hangul reading.
    readings = [list(_readings(a.text)), list(_readings(b.text))]
    shared = set(readings[0]) & set(readings[1])
    best: tuple[float, str, NameSimilarity | None] = (0.0, "", None)
    for reading in dict.fromkeys(readings[0] + readings[1]):
        h = _parse(reading)
        if h.script != "hangul":
            continue
        one, two = _hangul_latin(h, a, kind), _hangul_latin(h, b, kind)
        low = min(one.score, two.score)
        evidence = None if one.evidence is None or two.evidence is None else (one.evidence + two.evidence) / 2
        if reading not in shared:  # one spelling's reading fits the other only loosely: never 'same' ...
            weak = one.evidence is None or two.evidence is None or \
                min(one.evidence, two.evidence) < UNSHARED_EVIDENCE * len(reading)
            # ... and hardly a fit at all when either spelling explains the reading poorly (Park Jin for 박시연)
            low = min(low, model().calibration.get("same", 0.5) * (UNSHARED if weak else 1.0) - 0.0001)
        if (low, evidence or NEG) > (best[0], best[2].evidence or NEG if best[2] is not None else NEG):
            best = (low, reading, two.model_copy(update={"evidence": evidence}))
    ratio, letters = 1.0, 0.0
    if best[2] is None or best[0] < LETTERS_AT_MOST:  # else the reading wins whatever the letters' overlap
        ratio = difflib.SequenceMatcher(None, "".join(a.words), "".join(b.words), autojunk=False).ratio()
        letters = round(max(0.0, (ratio - 0.6) / 0.4) * LETTERS_AT_MOST, 4)  # letters alone never make 'same'
    if best[2] is not None and best[0] >= letters:
        return NameSimilarity(score=round(best[0], 4), verdict=_verdict(best[0]),
                              reasons=(f"both read as {best[1]}", *best[2].reasons[1:]), evidence=best[2].evidence)
    return NameSimilarity(score=letters, verdict=_verdict(letters), reasons=(f"letter overlap {ratio:.2f}",))


@lru_cache(maxsize=16384)
def _readings(text: str) -> tuple[str, ...]:
    """The Hangul readings of a romanized name (the first five of ``parse_name``; none if it cannot be read),
    remembered: a knowledge base's name is read once, not once for every query compared with it."""
    from bilingual.names.romanized import parse_name

    try:
        return tuple(c.hangul for c in parse_name(text, limit=5, min_score=READING_MIN_SCORE))
    except ValueError:
        return ()


# -- public ------------------------------------------------------------------------------------------------
def name_similarity(a: str, b: str, *, kind: Kind | None = None) -> NameSimilarity:
    """How well two spellings of a name fit: Hangul⇄Latin, Latin⇄Latin or Hangul⇄Hangul.

    ``kind`` (``"person"``, ``"place"``, ``"org"``) sets the Latin words' orders read (:func:`word_orders`: a
    place's or organization's name as written, a place of several Hangul words and anyone else's name in both
    orders); the model tries both of its tables (Korean names, foreign names) whatever it says. Input that is not a name
    (empty, one letter, digits, emoji, mixed scripts in one word, over 80 characters) scores 0,
    ``different``. Raises :class:`TypeError` for anything but two strings, :class:`ValueError` for an
    unknown ``kind``.

    >>> name_similarity("Hong, Chul Ho", "홍철호").verdict
    'same'
    >>> name_similarity("", "홍철호")
    NameSimilarity(score=0.0, verdict='different', reasons=('first name: empty',))
    """
    if not isinstance(a, str) or not isinstance(b, str):
        bad = a if not isinstance(a, str) else b
        raise TypeError(f"name_similarity() compares two str, not {type(bad).__name__}")
    if kind is not None and kind not in ("person", "place", "org"):
        raise ValueError(f"kind must be 'person', 'place', 'org' or None, not {kind!r}")
    return _similarity(a, b, kind)


@lru_cache(maxsize=65536)
def _similarity(a: str, b: str, kind: Kind | None) -> NameSimilarity:
    if ("&" in a or "&" in b) and (has_syllable(a) or has_syllable(b)):
        a, b = a.replace("&", " and "), b.replace("&", " and ")  # Procter & Gamble / 프록터앤드갬블: said "and" (fx47)
    pa, pb = _parse(a[: MAX_CHARS + 1]), _parse(b[: MAX_CHARS + 1])
    for label, p in (("first name", pa), ("second name", pb)):
        if p.script == "bad":
            return NameSimilarity(score=0.0, verdict="different", reasons=(f"{label}: {p.problem}",))
    if pa.script == "hangul" and pb.script == "latin":
        return _with_place_names(a, b, kind, _across(a, b, pa, pb, kind))
    if pa.script == "latin" and pb.script == "hangul":
        return _with_place_names(b, a, kind, _across(b, a, pb, pa, kind))
    if pa.script == "hangul":
        return _hangul_hangul(pa, pb)
    if kind in PLACE_KINDS and one_place(pa.text, pb.text) and fold_latin(pa.text) != fold_latin(pb.text):
        return NameSimilarity(score=1.0, verdict="same", reasons=(f"{pa.text} ~ {pb.text}: {ONE_PLACE}",))
    return _latin_latin(pa, pb, kind)


def _across(hangul: str, latin: str, ph: _Parsed, pl: _Parsed, kind: Kind | None) -> NameSimilarity:
    """A Hangul name's fit to a Latin one, by spelling alone (no other name of the place)."""
    return _with_letter_names(hangul, latin, kind) or _with_translated_words(hangul, latin, _with_words_left_out(
        hangul, latin, _korean_place_romanized(hangul, latin, _with_standard_spelling(
            hangul, latin, _at_typical_length(ph, pl, kind, _with_institution_noun(hangul, latin, _with_generic_word(
                hangul, latin, _hangul_latin(ph, pl, kind), kind), kind)), kind)), kind), kind)


BELOW_SAME = 0.0001
"""How far under the `same` threshold :func:`_korean_place_romanized` holds a fit (as :func:`_latin_latin` holds a
reading of one spelling only): `possible`, still above every fit that was `possible` already, so the order of the
fits is kept."""
_FOREIGN_READING = "foreign name transcribed (learned table)"
_UNUSUAL = ("(rare spelling)", "(unseen spelling)")
"""The marks of a syllable the Korean table writes in an unusual way (kplace32: 경주 / Yeongju, yeong ~ 경)."""


def _korean_place_romanized(hangul: str, latin: str, result: NameSimilarity) -> NameSimilarity:
    """``result``, held just below `same` (:data:`BELOW_SAME`) when it reads a listed Korean place's Hangul with the
    foreign table and the Latin is the Revised Romanization of another listed Korean place
    (:func:`~bilingual.names.korean_places.other_korean_place`; kplace31 branch): a Korean place's name is romanized,
    not transcribed, and the foreign table reads 여 as ``je`` (German, Slavic Je-), so 여주 fitted Jeju (제주), and
    여수 Jesu, `same`. Since the kplace32 branch also when the Korean table reads it with a rare or unseen spelling
    of a syllable (경주 / Yeongju, ``yeong ~ 경 (rare spelling)``: the romanization of 영주; 부천 / Pocheon, of 포천);
    the Korean table's usual readings, and a Latin that romanizes no other listed place, are left."""
    if result.verdict != "same" or not (_FOREIGN_READING in result.reasons
                                        or any(r.endswith(_UNUSUAL) for r in result.reasons)):
        return result
    other = other_korean_place(hangul, latin)
    if other is None:
        return result
    held = round(model().calibration.get("same", 0.5) - BELOW_SAME, 4)
    return NameSimilarity(score=held, verdict=_verdict(held), evidence=result.evidence,
                          reasons=(f"a Korean place read as a foreign name or by an unusual spelling, but "
                                   f"{latin.strip()} romanizes another Korean place, {other}: held below same",
                                   *result.reasons))


PLACE_KINDS = (None, "place")
"""The kinds whose names are read through the other names GeoNames gives a place (:func:`_with_place_names`)."""
ONE_PLACE = "GeoNames names both (one place)"


def _with_place_names(hangul: str, latin: str, kind: Kind | None, result: NameSimilarity) -> NameSimilarity:
    """``result``, or the best fit of ``hangul`` to another Latin name of the place(s) ``latin`` names
    (:func:`~bilingual.names.place_variants.other_names`, GeoNames' alternate names; fx34 branch) when that is
    better: 쾰른 writes Köln, which GeoNames also names Cologne. Not asked for a `same` fit, nor for a person's or an
    organization's name. Only the name each place's own Hangul names read best is read
    (:func:`~bilingual.names.place_variants.reading_names`), not all its names: a place of thirty names costs one
    fit, and another place's Swedish or Wade–Giles name (Sala for Salo, Manyun for Wanning) does not read 살라 or
    마윈 (fx34 branch: reading every name added two wrong answers on the tune halves)."""
    if result.verdict == "same" or kind not in PLACE_KINDS:
        return result
    best, via = result, ""
    for name in reading_names(latin):
        fit = _across(hangul, name, _parse(hangul), _parse(name), kind)
        if fit.score > best.score:
            best, via = fit, name
    if not via:
        return result
    return best.model_copy(update={"reasons": (f"{latin} ~ {via}: {ONE_PLACE}", *best.reasons)})


TYPICAL_SYLLABLES = 3
"""The syllables of the calibration's typical name: the median length of the Hangul names of the pairs it is fitted on
(the name data's tune part: 3 syllables, 2 to 4 for 67 % of them; ``training/train_name_model.py``)."""
TYPICAL_EVIDENCE = 1.5
"""Nats of evidence a syllable at least for a long name to be read at the typical length (:func:`_at_typical_length`):
a wrong pair, with many spellings the table never saw, gains most from the scaling, but explains its letters by
less than the background does. Chosen on the tune halves' wrong pairs (docs/similarity.md, fx24 branch)."""


def _at_typical_length(hangul: _Parsed, latin: _Parsed, kind: Kind | None, result: NameSimilarity) -> NameSimilarity:
    """``result``, or the foreign table's fit of a name longer than :data:`TYPICAL_SYLLABLES` read at the length of
    the calibration's typical name when that is better (fx24 branch). The calibration counts per name what is
    counted per syllable — the spellings the table never saw, the worst syllable's distance from its usual spelling,
    and the evidence in total (whose weight is negative beside the per-letter evidence) — so a long name, with more
    syllables to hold one unusual spelling, is held down by its length: Goldman Sachs fits 골드만삭스 by 25.8 nats,
    4 of 5 syllables usual, and scored 0.48. Those features of an ``n``-syllable name are scaled by
    ``TYPICAL_SYLLABLES / n`` (the per-letter evidence is a rate already); the logistic is the shipped one. Only
    the foreign table's reading: a Korean name, read with the ``ko`` table, is left as it is. Not asked for a
    `same` fit, nor for a fit whose evidence is under :data:`TYPICAL_EVIDENCE` nats a syllable."""
    if result.verdict == "same":
        return result
    syllables = sum(map(len, hangul.words))
    if syllables <= TYPICAL_SYLLABLES:
        return result
    fit, summary, x, _ = _best_reading(hangul.words, latin, kind)
    if summary is None or fit.table != "fx" or fit.llr < TYPICAL_EVIDENCE * syllables:
        return result
    share = TYPICAL_SYLLABLES / syllables
    score = _held(calibrated((x[0], *(v * share for v in x[1:]))), fit, hangul.words, summary,
                  has_nasal_vowel(latin.text), has_shortened_word(latin.text))  # held as _best_reading
    if round(score, 4) <= result.score:
        return result
    return NameSimilarity(score=round(score, 4), verdict=_verdict(score), evidence=round(fit.llr, 3),
                          reasons=(f"read at a typical name's length ({syllables} syllables counted as "
                                   f"{TYPICAL_SYLLABLES})", *_explain(fit, hangul.words, summary)))


def _with_generic_word(hangul: str, latin: str, result: NameSimilarity, kind: Kind | None) -> NameSimilarity:
    """``result``, or the fit of the two names without their generic words when that is better (나일강 / Nile River,
    에베레스트산 / Mount Everest, 코르시카섬 / Corsica: :func:`~bilingual.names.geographic.generic_cores`, the Korean
    standard's rule for the generic words of foreign places). Not asked for a `same` fit, nor, when the Latin has no
    generic word, for a Hangul name shaped like a Korean person's whose core reads as no transcription (나일강 / Nile
    River is read, 김태산 / Kim Tae not; 라인강 / Rhine is, fx20 branch: :func:`_transcribed_core`). The Hangul core
    is read as a place's (:func:`_place_core_fit`). A settlement's English word that the Hangul does not write is
    set aside too (세부 / Cebu City: :func:`~bilingual.names.geographic.latin_generic_core`, fx36 branch), but that
    fit is held at :data:`LETTERS_AT_MOST`, under `same`: the core may name another place on its own (멕시코 is
    Mexico, the country; Mexico City is 멕시코시티), so the pair is `possible` at best. Then a Korean place's
    unit or generic word (:func:`_with_korean_generic_word`, kunits branch), kept only when it fits better: a
    foreign place's fit keeps its own reason (크리스마스섬 / Christmas Island). Last, a Korean administrative unit
    as the English-language press writes it (:func:`_with_korean_unit`, kadmin branch)."""
    return _with_korean_unit(hangul, latin, _with_korean_generic_word(
        hangul, latin, _with_foreign_generic_word(hangul, latin, result, kind), kind), kind)


def _with_foreign_generic_word(hangul: str, latin: str, result: NameSimilarity, kind: Kind | None) -> NameSimilarity:
    """:func:`_with_generic_word`'s reading of a foreign place's generic word (외래어 표기법 제4장 제3절) and of a
    settlement's English word the Hangul leaves out."""
    if result.verdict == "same":
        return result
    cores = generic_cores(hangul, latin) or latin_generic_core(hangul, latin)
    if cores is None or (cores[1] == latin and _korean_shaped(tuple(hangul.split()))
                         and not _transcribed_core(cores[0])):
        return result
    latin_only = cores[0] == hangul  # latin_generic_core's: the Hangul kept whole
    core = (_place_core_fit(cores[0], cores[1], kind, via_places=False) if latin_only
            else _place_core_fit(cores[0], cores[1], kind) if cores[1] == latin.strip()
            else _core_fit(cores[0], cores[1], kind, _place_core_fit))  # an adjective before the English word
    if latin_only and core.score > LETTERS_AT_MOST:  # 멕시코 is Mexico, not Mexico City: never `same` this way
        core = core.model_copy(update={"score": LETTERS_AT_MOST, "verdict": _verdict(LETTERS_AT_MOST)})
    if core.score <= result.score:
        return result
    source = "usage: the Hangul leaves it out" if latin_only else "외래어 표기법 제4장 제3절"
    return NameSimilarity(score=core.score, verdict=core.verdict, evidence=core.evidence,
                          reasons=(f"generic word of a place set aside: {cores[2]} ({source})",
                                   *core.reasons))


def _with_korean_generic_word(hangul: str, latin: str, result: NameSimilarity, kind: Kind | None) -> NameSimilarity:
    """``result``, or the fit of a Korean place's two names without its generic word when that is better: the
    unit translated (마포구 / Mapo District, 제주도 / Jeju Island) or romanized with its meaning added (불국사 /
    Bulguksa Temple, 한강 / Hangang River): :func:`~bilingual.names.geographic.korean_generic_cores`, the
    conventions of 로마자 표기법 제3장 제5항, 문화체육관광부's 2015 통일안 and the 문화재청's 2012 rules (kunits
    branch). The English word is required, so a person's name (김인도 / Kim In-do) is never read this way. The
    Latin core is read with and without the romanized word set aside (Hangang → Han, or Hangang), the better
    kept; each as a place's (:func:`_place_core_fit`). Not asked for a `same` fit, nor for a person's or an
    organization's name."""
    if result.verdict == "same" or kind not in PLACE_KINDS:
        return result
    cores = korean_generic_cores(hangul, latin)
    if cores is None:
        return result
    words = latin.split()
    rest, english = " ".join(words[:-1]), words[-1].strip(".,")
    best, label = result, ""
    unit = cores[2].split(" ~ ")[0]
    for latin_core, said in dict.fromkeys(((cores[1], cores[2]), (rest, f"{unit} ~ {english}"))):
        fit = _place_core_fit(cores[0], latin_core, kind)
        if fit.score > best.score:
            best, label = fit, said
    if not label:
        return result
    return _read_so(best, f"generic word of a Korean place set aside: {label} (로마자 표기법 제3장 제5항; "
                          "공공용어의 영문 번역 및 표기 지침)")


def _read_so(best: NameSimilarity, reason: str) -> NameSimilarity:
    """``best``, the fit of a reading of two names, with ``reason`` (how they were read) before its own reasons: what
    :func:`_with_korean_generic_word` and :func:`_with_korean_unit` return when their reading fits better."""
    return NameSimilarity(score=best.score, verdict=best.verdict, evidence=best.evidence,
                          reasons=(reason, *best.reasons))


UNIT_LEFT_OUT = 0.9
"""The share of its fit that a reading of :func:`_with_korean_unit` keeps when one name writes a unit the other
leaves out (부산시 / Busan; 경기 / Gyeonggi Province): as the KB's ``UNIT_DISCOUNT`` ranks a place's fit without its
unit, so that a name fits the entity written as it is better than the one with or without the unit (Ansan fits 안산
better than 안산시 when a KB holds both: without it, the Korean places' tune half, Latin queries against Hangul
names, lost 28 links to abstentions between the two)."""


def _with_korean_unit(hangul: str, latin: str, result: NameSimilarity, kind: Kind | None) -> NameSimilarity:
    """``result``, or the best fit of a Korean place's two names read as the English-language press writes its unit
    (kadmin branch), when that is better; each core read as a place's (:func:`_place_core_fit`):

    - the unit left out of the English (부산시 / Busan, 양평군 / Yangpyeong, 대구광역시 / Daegu, 서울특별시 / Seoul:
      :func:`~bilingual.names.korean_places.without_dropped_unit`) — only for a listed Korean place or a name said
      to be a place (``kind="place"``), and a Latin of one word that is an official romanization of the name left
      (:func:`~bilingual.names.korean_places.romanizes`: the omission is the romanization's convention; 청주시 is
      no Changzhou): a Korean person's name ending in 시, 군, 구 or 도 (이영도 / Lee Young) is not read so;
    - the upper unit or a province's direction translated (부산광역시 / Busan Metropolitan City, 경상북도 / North
      Gyeongsang Province: :func:`~bilingual.names.geographic.korean_unit_cores`);
    - a listed place's short Hangul, or its name without the unit, for its other listed names — the latter only
      at a unit of its level, 시 for 광역시, 도 for 특별자치도, so that 제주시 (the city) is no 제주특별자치도 (the
      province) — (경기 / Gyeonggi Province, 경북 / North Gyeongsang, 부산시 / Busan Metropolitan City for 부산광역시:
      :func:`~bilingual.names.korean_places.full_names`), read by the rules above and by
      :func:`~bilingual.names.geographic.korean_generic_cores` with a word of the Latin set aside, never by the
      unit left out (the short name is that already).

    Each reading sets a word aside on one side, so the cores' own fits (which read them again: 전북특별자치도 /
    North Jeolla Special Self-Governing Province → 전북 / North Jeolla → 전라북도 → 전라 / Jeolla) end. A reading
    where one name writes a unit the other leaves out keeps :data:`UNIT_LEFT_OUT` of its fit. Not asked for a
    `same` fit, nor for a person's or an organization's name."""
    if result.verdict == "same" or kind not in PLACE_KINDS:
        return result
    readings: list[tuple[str, str, str, float]] = []  # (Hangul core, Latin core, what was set aside, share)
    core = without_dropped_unit(hangul, listed=kind != "place")
    if core is not None and len(latin.split()) == 1 and romanizes(core, latin):
        readings.append((core, latin.strip(), f"{hangul.strip()[len(core):]} ~ (no word)", UNIT_LEFT_OUT))
    readings += [(*cores, 1.0) for cores in korean_unit_cores(hangul, latin)]
    compact = hangul.replace(" ", "")
    # a name with its unit stands only for listed names of a unit of its level (부산시 for 부산광역시, 강원도 for
    # 강원특별자치도): 제주시, the city, is not 제주특별자치도, the province around it
    same_level = tuple(f for f in (full_names(core) if core is not None else ()) if f[-1] == compact[-1])
    for full in dict.fromkeys((*full_names(hangul), *same_level)):
        if full == compact:
            continue
        generic = korean_generic_cores(full, latin)
        for hangul_core, latin_core, said in (*korean_unit_cores(full, latin), *([generic] if generic else [])):
            readings.append((hangul_core, latin_core, f"{hangul.strip()} for {full}, {said}", UNIT_LEFT_OUT))
    best, label = result, ""
    for hangul_core, latin_core, said, share in dict.fromkeys(readings):
        # the cores' spelling alone, not the place's other names: a short name read for its full one (광주 for
        # 광주광역시) against a Latin core whose place GeoNames also names with the word set aside (Kuwait, Kuwait
        # City) would set the word aside again, without end (as fx36's Cebu City)
        fit = _place_core_fit(hangul_core, latin_core, kind, via_places=False)
        if share < 1.0:
            score = round(fit.score * share, 4)
            fit = fit.model_copy(update={"score": score, "verdict": _verdict(score)})
        if fit.score > best.score:
            best, label = fit, said
    if not label:
        return result
    return _read_so(best, f"a Korean administrative unit as English writes it: {label} (로마자 표기법 제3장 제5항; "
                          "the provinces' and cities' English names)")


def _transcribed_core(core: str) -> bool:
    """Whether a Hangul name's core before a generic word reads as a word transcribed from another language
    (:func:`~bilingual.names.foreign_word.transcribed`, the learned measure): then 라인강, shaped like a Korean
    person's name (라 a surname, 인 and 강 given-name syllables), is read as a place with the Latin's generic word
    missing (라인강 / Rhine; fx20 branch), as :mod:`~bilingual.entities.kb` reads 옥스퍼드대 (fx19)."""
    return transcribed(core.replace(" ", ""))


def _place_core_fit(hangul: str, latin: str, kind: Kind | None, via_places: bool = True) -> NameSimilarity:
    """The fit of a place's name once its generic word is set aside: the better of the usual one and, for a pair
    of one script each, the one read as a place (:func:`_lattice`'s ``place``: no Korean person's shape; fx20
    branch: 라인 / Rhine of 라인강 / Rhine River 0.55 → 0.62). Without ``via_places`` the usual fit is the spelling's
    alone (:func:`_across`, not the place's other names): a Latin core (Cebu of Cebu City) may have the whole name
    among its other names, which would set the word aside again, without end (fx36 branch)."""
    ph, pl = _parse(hangul[: MAX_CHARS + 1]), _parse(latin[: MAX_CHARS + 1])
    if via_places:
        usual = _similarity(hangul, latin, kind)
    elif ph.script == "hangul" and pl.script == "latin":
        usual = _across(hangul, latin, ph, pl, kind)
    else:
        return NameSimilarity(score=0.0, verdict="different")
    if ph.script != "hangul" or pl.script != "latin" or not _korean_shaped(ph.words):
        return usual
    as_place = _korean_place_romanized(hangul, latin, _hangul_latin(ph, pl, kind, place=True))
    return as_place if as_place.score > usual.score else usual


def _with_letter_names(hangul: str, latin: str, kind: Kind | None = None) -> NameSimilarity | None:
    """The fit of a Latin acronym in capitals read by its letters' names (:mod:`~bilingual.names.acronyms`; fx23
    branch), or ``None`` to score the pair as usual. The Hangul reading the letters by their names (비비시 / BBC,
    아이비엠 / IBM) is `same`. An acronym with no vowel letter (BYD, HSBC) is said only letter by letter, so a
    transcription's fit to it, which must invent every vowel (바더 / BYD 0.73), is no evidence: such a pair is scored
    by its jamo's overlap with the letters' names, below `same` (비야디 / BYD, the Chinese name the initials were
    taken from, is not a spelling of them). An acronym with vowels (NATO / 나토) is also read as a word: ``None``.
    An acronym of the English of a name whose Hangul is translated words (중앙정보국 / CIA,
    :func:`~bilingual.names.translated_words.acronym_of_translation`) is `same`, as is a Hangul that reads the initials
    of a Latin name of words by their letters' names (유엔 / United Nations, :func:`~bilingual.names.acronyms.
    spelled_by_initials`; not for a person's name, nor for a Hangul that begins with a Korean surname: 유지 is no
    reading of Uffizi Gallery's U G) (fx49 branch)."""
    compact = hangul.replace(" ", "")
    if not is_acronym(latin):
        if kind != "person" and spelled_by_initials(compact, latin) and not _surname_first((compact,)):
            return NameSimilarity(score=1.0, verdict="same", reasons=(
                f"initials read by their letters' names: {latin.strip()} ({initials(latin)}) ~ {compact}",))
        return None
    if spelled_by_letter_names(compact, latin):
        return NameSimilarity(score=1.0, verdict="same",
                              reasons=(f"acronym read by its letters' names: {latin.strip()} ~ {compact}",))
    translated = acronym_of_translation(compact, latin)
    if translated is not None:
        return NameSimilarity(score=TRANSLATED, verdict=_verdict(TRANSLATED),
                              reasons=(f"acronym of the translated name's English: {translated}",))
    if not unpronounceable(latin):
        return None
    ratio = difflib.SequenceMatcher(None, _jamo((compact,)), _jamo((letter_names(latin),)), autojunk=False).ratio()
    score = round(max(0.0, (ratio - 0.5) / 0.5) * LETTERS_AT_MOST, 4)  # below the 'same' threshold by construction
    return NameSimilarity(score=score, verdict=_verdict(score),
                          reasons=(f"acronym without a vowel, said only by its letters' names ({letter_names(latin)}): "
                                   f"jamo overlap {ratio:.2f}",))


def _with_standard_spelling(hangul: str, latin: str, result: NameSimilarity, kind: Kind | None) -> NameSimilarity:
    """``result``, or the fit of the Latin read as the standard writes some of its letters when that is better
    (German ``eu`` 오이 and ``tsch`` ㅊ, Portuguese ``r`` ㅎ: 도이체방크 / Deutsche Bank, 니체 / Nietzsche, 호날두 /
    Ronaldo; :func:`~bilingual.names.standard_spellings.standard_reading`, asked only when the Hangul writes them; fx25
    and fx37 branches). Not asked for a `same` fit. The rewritten name is compared as any other (generic words,
    institutions' nouns, the typical length, a place's other names). Not kept when it explains the Hangul by fewer
    than :data:`TYPICAL_EVIDENCE` nats a syllable (fx24's floor, not chosen anew): the calibration scores a short fit
    that leaves a syllable unwritten high (오니차 / Nietzsche read as Nieche, ``∅ ~ 오``: 0.73 on 3.3 nats), the
    right readings have 3 to 6.5 nats a syllable."""
    if result.verdict == "same":
        return result
    rewritten = standard_reading(hangul, latin)
    if rewritten is None:
        return result
    read = _similarity(hangul, rewritten, kind)
    syllables = sum(c != " " for c in hangul.strip())
    if read.score <= result.score or read.evidence is None or read.evidence < TYPICAL_EVIDENCE * syllables:
        return result
    return NameSimilarity(score=read.score, verdict=read.verdict, evidence=read.evidence,
                          reasons=(f"spelling read as the standard writes it: {latin.strip()} ~ {rewritten.strip()} "
                                   f"(외래어 표기법 {rules_applied(hangul, latin)})", *read.reasons))


def _with_institution_noun(hangul: str, latin: str, result: NameSimilarity, kind: Kind | None) -> NameSimilarity:
    """``result``, or the fit of the two names without their institutions' common nouns when that is better
    (스탠퍼드대 / Stanford University, 루브르 박물관 / Louvre Museum: :func:`~bilingual.names.institutions.
    institution_cores`, a noun translated, not transcribed; fx19 branch). Not asked for a `same` fit."""
    if result.verdict == "same":
        return result
    cores = institution_cores(hangul, latin)
    if cores is None:
        return result
    core = _similarity(cores[0], cores[1], kind)
    if core.score <= result.score:
        return result
    return NameSimilarity(score=core.score, verdict=core.verdict, evidence=core.evidence,
                          reasons=(f"common noun of an institution set aside: {cores[2]} (translated, not "
                                   "transcribed)", *core.reasons))


TRANSLATED = 1.0
"""The score of a name read as translated words only, each the translation of a word of the other (세계은행 / World
Bank): as a Latin acronym read by its letters' names, the name itself, not a spelling of it."""


def _with_translated_words(hangul: str, latin: str, result: NameSimilarity, kind: Kind | None) -> NameSimilarity:
    """``result``, or the fit of a name whose Hangul translates words of the Latin when that is better (세계은행 /
    World Bank, 신화통신 / Xinhua News Agency, 싱가포르국립대 / National University of Singapore, 북마케도니아 / North
    Macedonia: :func:`~bilingual.names.translated_words.translated_cores`; fx47 branch): the transcribed cores'
    fit, or :data:`TRANSLATED` when both names are translated words only. Not asked for a `same` fit."""
    if result.verdict == "same":
        return result
    cores = translated_cores(hangul, latin)
    if cores is None:
        return result
    core = (NameSimilarity(score=TRANSLATED, verdict=_verdict(TRANSLATED)) if not cores[0]
            else _core_fit(cores[0], cores[1], kind))
    if core.score <= result.score:
        return result
    return NameSimilarity(score=core.score, verdict=core.verdict, evidence=core.evidence,
                          reasons=(f"words translated, not transcribed: {cores[2]}", *core.reasons))


_ADJECTIVE_ENDINGS = (("ian", "ia"), ("ean", ""), ("an", "a"), ("ic", ""))
"""English adjectives made of a proper noun (Russia → Russian, Africa → African, Islam → Islamic, Europe → European,
Carib → Caribbean) and the noun's ending: the Korean name of a body writes the noun (러시아 연방 / Russian Federation,
이슬람혁명수비대 / Islamic Revolutionary Guard Corps, 유럽중앙은행 / European Central Bank, 카리브해 / Caribbean Sea).
``-ean`` is read as nothing (Europ, Caribb: the noun's silent e or its doubled letter is for the spelling to read)
and also as ``-an`` is (Korean → Korea) — every ending that matches is tried (fx49)."""


def _as_nouns(latin: str) -> tuple[str, ...]:
    """``latin`` with its last word read as the proper noun its adjective is made of, once for each ending of
    :data:`_ADJECTIVE_ENDINGS` it ends in (Islamic → Islam, Baltic → Balt, Russian → Russia, European → Europ and
    Europea); empty when it ends in none."""
    head, _, last = latin.rpartition(" ")
    out = []
    for ending, noun in _ADJECTIVE_ENDINGS:
        if len(last) > len(ending) + 2 and last.casefold().endswith(ending):
            out.append(f"{head} {last[: -len(ending)]}{noun}".strip())
    return tuple(dict.fromkeys(out))


def _core_fit(hangul: str, latin: str, kind: Kind | None,
              fit: Callable[[str, str, Kind | None], NameSimilarity] | None = None) -> NameSimilarity:
    """The ``fit`` (default: the similarity) of a name's transcribed core, the core's last Latin word also read as
    the noun its adjective is made of (:func:`_as_nouns`; fx47 branch) when that fits better (the best kept): a
    body's or a sea's Korean name writes the noun (이슬람혁명수비대 / Islamic Revolutionary Guard Corps, 발트해 / Baltic
    Sea, 카스피해 / Caspian Sea, 유럽중앙은행 / European Central Bank)."""
    fit = fit or _similarity
    best = fit(hangul, latin, kind)
    for noun in () if best.verdict == "same" else _as_nouns(latin):
        read = fit(hangul, noun, kind)
        if read.score > best.score:
            best = read.model_copy(update={"reasons": (f"{latin.split()[-1]} read as the noun it is made of",
                                                       *read.reasons)})
    return best


def _with_words_left_out(hangul: str, latin: str, result: NameSimilarity, kind: Kind | None) -> NameSimilarity:
    """``result``, or the fit of the Latin without the words a Korean name leaves out when that is better: an article
    at its start (The Washington Post / 워싱턴포스트) and ``and`` between its words (Bosnia and Herzegovina /
    보스니아헤르체고비나; CLDR's Korean territory names write Trinidad & Tobago 트리니다드 토바고): Korean writes no
    article (외래어 표기법 transcribes a name, and the press drops the English article of a title), and a name of
    two joined by ``and`` often as the two names alone (fx47 branch). Not asked for a `same` fit."""
    if result.verdict == "same":
        return result
    words = latin.split()
    out = {k for k, w in enumerate(words)
           if (k == 0 and w.casefold() == "the") or (0 < k < len(words) - 1 and w.casefold() in ("and", "&"))}
    if not out or len(out) == len(words):
        return result
    read = _similarity(hangul, " ".join(w for k, w in enumerate(words) if k not in out), kind)
    if read.score <= result.score:
        return result
    left = ", ".join(words[k] for k in sorted(out))
    return NameSimilarity(score=read.score, verdict=read.verdict, evidence=read.evidence,
                          reasons=(f"words the Korean name leaves out set aside: {left}", *read.reasons))


def clear_caches() -> None:
    """Forget every cached result and table (benchmarks measure cold calls this way)."""
    for f in (_similarity, _parse, _korean_shaped, _surname_first, _lattice, _weights, syllable_units, background,
              _unit_table, _usual,
              _letters, _piece_fit, _emissions, _edit_cost, _near_spelling, word_units, base_unit,
              _is_latin_letter, _latin_keys, _hangul_keys, _word_skeletons, fold_latin,
              _collapse, _word_pieces, _readings, _best_reading, generic_cores, latin_generic_core, institution_cores,
              _has_doubled, reading_names, translated_cores):
        f.cache_clear()
    clear_standard_spellings()
    for clear in _CLEARED_WITH_THESE:
        clear()


_CLEARED_WITH_THESE: list[Callable[[], None]] = []
"""The ``clear_caches`` of modules whose caches hold results of this one's (:mod:`~bilingual.names.bounds`), so that
:func:`use_model` makes them forget too."""


# -- blocking keys -----------------------------------------------------------------------------------------
KEY_LENGTH = 4
_LATIN_CLASSES = [("tch", "S"), ("sch", "S"), ("ch", "S"), ("sh", "S"), ("ts", "S"), ("tz", "S"), ("ng", "N"),
                  ("ph", "P"), ("th", "T"), ("ck", "K"), ("ce", "S"), ("ci", "S"), ("cy", "S")]
_LATIN_CLASS = {**dict.fromkeys("bpfv", "P"), **dict.fromkeys("ckgq", "K"), **dict.fromkeys("dt", "T"),
                **dict.fromkeys("jszx", "S"), **dict.fromkeys("lr", "L"), "m": "M", "n": "N"}
_INITIAL_CLASS = {**dict.fromkeys("ㄱㄲㅋ", "K"), **dict.fromkeys("ㄷㄸㅌ", "T"), **dict.fromkeys("ㅂㅃㅍ", "P"),
                  **dict.fromkeys("ㅅㅆㅈㅉㅊ", "S"), "ㄹ": "L", "ㅁ": "M", "ㄴ": "N", "ㅇ": "", "ㅎ": ""}
_FINAL_CLASS = {"ㄱ": "K", "ㄲ": "K", "ㅋ": "K", "ㄴ": "N", "ㅇ": "N", "ㄹ": "L", "ㅁ": "M", "ㅂ": "P", "ㅍ": "P",
                "ㅆ": "S", "ㅈ": "S", "ㅊ": "S", "ㄷ": "T", "ㅌ": "T"}  # no final ㅅ: mostly a doubled consonant (콧카)


@lru_cache(maxsize=16384)
def _collapse(classes: str) -> str:
    """Runs of one class made one (KKS → KS); skeletons repeat across names, so remembered."""
    return "".join(c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1])


_GRAPHS = re.compile("|".join(graph for graph, _ in _LATIN_CLASSES) + "|.", re.DOTALL)
"""A word's graphs, left to right: at each letter the first of ``_LATIN_CLASSES`` that starts there, else the
letter alone."""
_GRAPH_CLASS = {**_LATIN_CLASS, **dict(_LATIN_CLASSES)}


def _latin_skeleton(word: str) -> str:
    get = _GRAPH_CLASS.get
    return "".join([get(graph, "") for graph in _GRAPHS.findall(word)])


_SILENT_R = re.compile(r"(?<=[aeiouy])r+(?![aeiouy])")


@lru_cache(maxsize=16384)
def _word_skeletons(word: str) -> tuple[str, str]:
    """A word's consonant classes, as written and without a silent r (names share words: Kim, Min, Park)."""
    return _latin_skeleton(word), _latin_skeleton(_SILENT_R.sub("", word))


@lru_cache(maxsize=16384)
def _latin_keys(words: tuple[str, ...], comma: bool, pieces: tuple[tuple[str, ...], ...] = ()) -> frozenset[str]:
    """Keys in each word order, with and without an r after a vowel and before a consonant (Park 박,
    New York 뉴욕, Carter 카터 write none; Barcelona 바르셀로나 does); and, where a hyphen splits a digraph,
    the keys of the pieces read apart (link21 branch: ``Han-gill`` is 한길, whose n and g are two sounds, ``NKL``,
    besides the ``ng`` of the joined word, ``NL``)."""
    orders = _orders(len(words))[:1] if comma else _orders(len(words))
    keys = set()
    forms = [_word_skeletons(w) for w in words]
    variants = [forms]
    if len(pieces) == len(words) and any(len(p) > 1 for p in pieces):
        split = [_split_skeletons(p) if len(p) > 1 else f for p, f in zip(pieces, forms, strict=True)]
        if split != forms:
            variants.append(split)
    for variant in variants:
        for form in (0, 1):
            skeletons = [f[form] for f in variant]
            for o in orders:
                keys.add(_collapse("".join([skeletons[i] for i in o])))
    return frozenset(keys)


def _split_skeletons(pieces: tuple[str, ...]) -> tuple[str, str]:
    """A hyphenated word's consonant classes read piece by piece (no digraph across the hyphen), as written and
    without a silent r."""
    read = [_word_skeletons(p) for p in pieces]
    return "".join(r[0] for r in read), "".join(r[1] for r in read)


def _hangul_skeleton(syllables: str, first_initial: str | None = None) -> str:
    out = []
    for i, s in enumerate(syllables):
        initial, _, final = decompose(s)
        if i == 0 and first_initial is not None:
            initial = first_initial
        out.append(_INITIAL_CLASS.get(initial, "") + _FINAL_CLASS.get(final, ""))
    return "".join(out)


@lru_cache(maxsize=16384)
def _hangul_keys(words: tuple[str, ...]) -> frozenset[str]:
    """Keys of the Hangul, also without a last one-syllable word (아지가사와 정, 하쿠바 촌: a unit the Latin
    name leaves out), and with the ㄹ or ㄴ the initial-sound law may have removed from the first syllable."""
    forms = [words]
    if len(words) > 1 and len(words[-1]) == 1:
        forms.append(words[:-1])
    keys = set()
    for form in forms:
        name = "".join(form)
        first = decompose(name[0])[0]
        initials: list[str | None] = [None]
        if first in ("ㅇ", "ㄴ"):  # 리 → 이, 로 → 노, 녀 → 여
            initials.append("ㄹ")
        if first == "ㅇ":
            initials.append("ㄴ")
        keys |= {_collapse(_hangul_skeleton(name, i)) for i in initials}
    return frozenset(keys)


def similarity_keys(name: str, *, length: int = KEY_LENGTH) -> frozenset[str]:
    """Coarse blocking keys of a name in either script: its first ``length`` consonant classes, in every
    word order a Latin spelling may use. A Hangul name and its spellings usually share a key; index entities
    by these keys, fetch the entities sharing a key with a mention, and score those with
    :func:`name_similarity`. ``length=3`` fetches more and misses fewer (a second, wider tier). Not a name
    (see :func:`name_similarity`): no keys.

    >>> sorted(similarity_keys("Blinken")), sorted(similarity_keys("블링컨"))
    (['PLNK'], ['PLNK'])
    """
    if not isinstance(name, str):
        raise TypeError(f"similarity_keys() needs str, not {type(name).__name__}")
    parsed = _parse(name[: MAX_CHARS + 1])
    if not isinstance(length, int) or length < 1:
        raise ValueError(f"length must be a positive int, not {length!r}")
    if parsed.script == "hangul":
        skeletons = _hangul_keys(parsed.words)
    elif parsed.script == "latin":
        skeletons = _latin_keys(parsed.words, parsed.comma, parsed.pieces)
    else:
        return frozenset()
    return frozenset(k[:length] for k in skeletons)


ALL_UNITS = (*INITIALS, *MEDIALS, *("_" + f for f in FINALS if f))
"""Every jamo unit the tables may hold."""
