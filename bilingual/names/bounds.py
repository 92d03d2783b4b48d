"""Upper bounds on :func:`~bilingual.names.similarity.name_similarity`: a cheap pre-test for callers that keep
only the pairs scoring at least some floor.

The knowledge base's similarity tier (:mod:`bilingual.entities.kb`) compares a name with every name of every
candidate its keys fetch, and almost none of those pairs fit (on the English news of the corpus, seen for the first
time, 4 of 4,766). :func:`may_reach` says ``False`` only when the full comparison certainly scores below the floor,
from what is cheap or already remembered; the tier then skips that pair, so every link is what comparing every pair
gives. The bounds follow the similarity's own rules step by step (they read its model and its internals), and
``tests/names/test_bounds.py`` checks them against the full comparison and every unit's emission rows.

>>> may_reach("Donald Trump", "Antony Blinken", 0.5), may_reach("Cho Tae-yul", "Jo Tae-yeol", 0.5)
(False, True)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from itertools import repeat

from bilingual.names import similarity
from bilingual.names.hangul import initial_sound_law
from bilingual.names.place_variants import one_place
from bilingual.names.romanized import may_read_as
from bilingual.names.similarity import (
    _PAD,
    _VOWEL_LETTERS,
    CONTEXT,
    FOREIGN_ON_KOREAN,
    LETTERS_AT_MOST,
    MAX_CHARS,
    MAX_CHUNK,
    NEG,
    PLACE_KINDS,
    ROTATED,
    UNSHARED,
    UNSHARED_EVIDENCE,
    Kind,
    _best_reading,
    _doubled_backoff,
    _edit_cost,
    _jamo,
    _korean_shaped,
    _near_spelling,
    _parse,
    _Parsed,
    _readings,
    _unit_table,
    background,
    insertion_type,
    is_vowel_unit,
    letters_at,
    model,
    word_units,
)

__all__ = ["clear_caches", "latin_ceiling", "may_reach", "same_threshold"]


def may_reach(a: str, b: str, floor: float, *, kind: Kind | None = None) -> bool:
    """``False`` only when ``name_similarity(a, b, kind=kind).score`` is certainly below ``floor``; ``True`` means
    "compute it". For a caller that keeps only fits scoring at least ``floor`` (the knowledge base's similarity
    tier compares a name with every candidate's names, and almost none fit): an upper bound on the score from what
    is cheap or already remembered, never a different answer.

    - two Hangul names: the jamo overlap's score, bounded by :meth:`difflib.SequenceMatcher.quick_ratio`;
    - two Latin spellings: the letters' overlap bounded the same way, and each Hangul reading of either spelling
      bounded by how well that spelling fits its own reading (computed once per spelling: a knowledge base's names
      and a mention's name meet many others) and by the cap on a reading the other spelling does not share; the
      other spelling's own fit to such a reading is computed (and remembered for the full comparison) only when an
      alignment bound that gives up early says it may give the evidence the cap asks for (asked first of all the
      readings of one shape together: :func:`_may_align_alike`);
    - a Hangul and a Latin name, whose alignment is the cost: not bounded (``True``).

    >>> may_reach("Donald Trump", "Cho Tae-yul", 0.5)  # 조태열, a reading of Cho Tae-yul, and "donaldtrump"
    False
    """
    return _may_reach(a, b, floor, kind)


@lru_cache(maxsize=65536)  # a later run over the same names asks again (as name_similarity's own cache answers)
def _may_reach(a: str, b: str, floor: float, kind: Kind | None) -> bool:
    pa, pb = _parse(a[: MAX_CHARS + 1]), _parse(b[: MAX_CHARS + 1])
    if pa.script == "bad" or pb.script == "bad":
        return floor <= 0.0  # a name that is not one scores 0
    if pa.script != pb.script:
        return True
    if pa.script == "hangul":
        (plain_a, law_a, jamo_a), (plain_b, law_b, jamo_b) = _hangul_forms(pa.words), _hangul_forms(pb.words)
        if plain_a == plain_b or law_a == law_b:
            return True
        return _overlap_reaches(jamo_a, jamo_b, _hangul_overlap_score, floor)  # as _hangul_hangul, ratio bounded
    letters_a, letters_b = "".join(pa.words), "".join(pb.words)
    if letters_a == letters_b or sorted(pa.words) == sorted(pb.words):
        return True
    if kind in PLACE_KINDS and one_place(pa.text, pb.text):
        return True  # two names of one place (similarity: GeoNames names both, fx34)
    if _overlap_reaches(letters_a, letters_b, _latin_overlap_score, floor):  # as _latin_latin's letters
        return True
    readings = (_readings(pa.text), _readings(pb.text))
    same = model().calibration.get("same", 0.5)
    for reading in dict.fromkeys(readings[0] + readings[1]):
        h = _parse(reading)
        if h.script != "hangul":
            continue
        if (reading in readings[0]) != (reading in readings[1]) and round(same * UNSHARED - 0.0001, 4) < floor:
            # a reading of one spelling only, whose cap is below the floor: it can reach only through the other
            # spelling's fit (below), so the alignment bound, cheap and almost always no, goes before the own fit
            other, theirs = (pb, readings[0]) if reading in readings[0] else (pa, readings[1])
            min_llr = UNSHARED_EVIDENCE * len(reading) - 0.001
            if round(same - 0.0001, 4) < floor or not _may_align_alike(reading, theirs, other, min_llr):
                continue
        own = [_fit_values(h, p, kind) for p, read in ((pa, readings[0]), (pb, readings[1])) if reading in read]
        bound = min(score for score, _ in own)  # each spelling that reads so fits it this well, the other no better
        if len(own) == 1:  # a reading of one spelling only: capped in _latin_latin, the more when either spelling
            evidence = own[0][1]  # fits it by fewer than UNSHARED_EVIDENCE nats a syllable
            needed = UNSHARED_EVIDENCE * len(reading)
            if round(min(bound, same * UNSHARED - 0.0001), 4) >= floor:
                return True
            if evidence is None or evidence < needed:
                continue
            bound = min(bound, same - 0.0001)
            other = pb if reading in readings[0] else pa
            if round(bound, 4) < floor or not _may_align(h.words, other, needed - 0.001):  # evidence is rounded
                continue
            score, evidence = _fit_values(h, other, kind)  # the other spelling's fit, as _latin_latin computes it
            if evidence is not None and evidence >= needed and round(min(bound, score), 4) >= floor:
                return True
        elif round(bound, 4) >= floor:
            return True
    return False


def latin_ceiling(a: str, b: str, kind: Kind | None) -> float | None:
    """An upper bound on ``name_similarity(a, b, kind=kind).score`` for two Latin spellings of a person's name, from
    ``a``'s Hangul readings and own fits to them and whether ``b`` may read as each: no alignment of ``a`` with
    ``b``, nor of ``b`` with anything (kb58 branch). ``None`` when the pair is not bounded so: not two Latin
    spellings, or a kind whose names GeoNames may join (:data:`~bilingual.names.similarity.PLACE_KINDS`: ``None``
    and ``"place"``).

    It follows ``_latin_latin`` step by step: the same letters once folded score 1; otherwise the score is the
    letters' overlap (at most :data:`LETTERS_AT_MOST`) or a Hangul reading's ``low``, the lower of the two
    spellings' fits to it — for a reading of one spelling only, at most the ``same`` threshold less 0.0001; for a
    reading both share, at most ``a``'s fit (computed once per query, and remembered for the full comparison), and
    a reading of ``a`` is one of ``b``'s only if :func:`~bilingual.names.romanized.may_read_as` says it may be. A
    knowledge base's query (``a``) meets ~100 names its keys fetch; a few dictionary look-ups is all this asks of
    each, where :func:`may_reach` reads them (``parse_name``) and aligns the query with their readings.

    >>> latin_ceiling("Cho Tae-yul", "Cho Tae-yul", "person"), latin_ceiling("Cho Tae-yul", "조태열", "person")
    (1.0, None)
    """
    if kind in PLACE_KINDS:
        return None
    pa, pb = _parse(a[: MAX_CHARS + 1]), _parse(b[: MAX_CHARS + 1])
    if pa.script != "latin" or pb.script != "latin":
        return None
    if "".join(pa.words) == "".join(pb.words) or sorted(pa.words) == sorted(pb.words):
        return 1.0
    ceiling = max(LETTERS_AT_MOST, same_threshold() - 0.0001)  # the letters; a reading of one spelling only
    for reading, fit in _own_fits(pa, kind):  # the best fit first
        if fit <= ceiling:
            break
        if may_read_as(pb.text, reading):  # low = min(a's fit, b's fit) <= a's fit
            return fit
    return ceiling


@lru_cache(maxsize=4096)
def _own_fits(latin: _Parsed, kind: Kind | None) -> tuple[tuple[str, float], ...]:
    """A Latin spelling's Hangul readings (``_readings``, as ``_latin_latin`` reads them) with its own fit's score to
    each (``_hangul_latin``'s, through :func:`_fit_values`, which shares its cache), the best fit first."""
    fits = [(reading, _fit_values(h, latin, kind)[0]) for reading in _readings(latin.text)
            if (h := _parse(reading)).script == "hangul"]
    return tuple(sorted(fits, key=lambda rf: -rf[1]))


def same_threshold() -> float:
    """The score from which name similarity says ``same`` (the model's calibration)."""
    return model().calibration.get("same", 0.5)


def _hangul_overlap_score(ratio: float) -> float:
    """:func:`~bilingual.names.similarity._hangul_hangul`'s score of a jamo overlap ``ratio``."""
    return round(max(0.0, (ratio - 0.5) / 0.5) * 0.6, 4)


def _latin_overlap_score(ratio: float) -> float:
    """:func:`~bilingual.names.similarity._latin_latin`'s score of the letters' overlap ``ratio``."""
    return round(max(0.0, (ratio - 0.6) / 0.4) * LETTERS_AT_MOST, 4)


def _overlap_reaches(x: str, y: str, score: Callable[[float], float], floor: float) -> bool:
    """Whether ``score`` of :func:`_overlap_bound` of ``x`` and ``y`` is at least ``floor``, the bound by the lengths
    alone asked first (perf66): :func:`_overlap_bound` is at most twice the shorter length over the total (the
    letters in common are at most the shorter string's), and ``score`` never falls as the ratio rises (a shift, a
    division and a product by positive constants, ``max`` and ``round``, each monotone in floating point), so when
    the lengths' bound scores below ``floor`` so does the overlap, and its letters are not counted. Most pairs the
    knowledge base's similarity tier asks differ in length by more than the floor allows (a query and the names of
    the candidates its keys fetch)."""
    total = len(x) + len(y)
    if total and score(2.0 * min(len(x), len(y)) / total) < floor:
        return False
    return score(_overlap_bound(x, y)) >= floor


@lru_cache(maxsize=16384)  # one spelling meets the same reading through several names (Yoon Suk Yeol, Yoon Seok-yeol)
def _may_align(hangul: tuple[str, ...], latin: _Parsed, min_llr: float) -> bool:
    """Whether the best fit :func:`_best_reading` finds could have a log-likelihood ratio of ``min_llr`` or more:
    for each table and word order it tries, the best alignment of all (no beam; a pieced alignment is one of them),
    given up as soon as the best partial alignment, with the most each remaining jamo can add, falls short. Where
    the full comparison reads pieces with an added letter (:func:`~bilingual.names.similarity._decorated_fit`: the
    Korean table's pieced alignment, when the table has ``decor`` rows), the lattice may also pass over a letter
    at that letter's rate, at most once per piece (:func:`_may_reach_decorated`)."""
    unit_names, syllables, korean, tables = _bound_lattice(hangul)
    bg = background(latin.words)
    pieced = len(hangul) == 1 and 2 <= len(syllables) <= 5  # as _best_reading
    for table in tables:
        arranged = latin.arranged
        if latin.comma or (table == "fx" and len(hangul) < 2 and not korean):
            arranged = arranged[:1]
        decorated = table == "ko" and pieced and bool(model().decor.get(table))
        if decorated and any(k in model().decor[table] for k in (similarity.UNSEEN_KIND, similarity.UNSEEN_NOT_FINAL)):
            return True  # a rate for kinds of added letter never seen (sim12's experiment, not shipped): no bound
        for rank, (_, letters, pieces) in enumerate(arranged):
            penalty = (ROTATED if rank else 0.0) + (FOREIGN_ON_KOREAN if table == "fx" and korean else 0.0)
            needed = min_llr + bg - penalty
            if decorated and 2 <= len(pieces) <= len(syllables):
                if _may_reach_decorated(unit_names, letters, pieces, table, needed):
                    return True
            elif _may_reach_total(unit_names, letters, table, needed):
                return True
    return False


_BoundLattice = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], bool, tuple[str, ...]]
"""What the bounds read of :func:`~bilingual.names.similarity._lattice`: its jamo units (``unit_names``),
syllables, Korean shape and tables, in that order. A plain tuple of tuples of strings and a bool, which the cyclic
collector stops tracking (kb56 branch: as a named tuple, a tuple subclass, each of the ~100 new readings a query meets
in a large knowledge base stayed in every full collection)."""


@lru_cache(maxsize=65536)
def _bound_lattice(hangul: tuple[str, ...]) -> _BoundLattice:
    """The fields of ``_lattice(hangul)`` that the bounds read, by the same expressions, without the units of each
    span of syllables that the full comparison's pieced alignment needs (kb54 branch: most of ``_lattice``'s time,
    and the bounds ask it of every reading of every name a query meets, ~10 readings a name; only the few pairs
    the bounds pass are aligned in full). ``tests/names/test_bounds.py`` holds the two equal."""
    syllables = tuple(units for word in hangul for units in word_units(word))
    korean = _korean_shaped(hangul)
    emit = model().emit
    tables = tuple(t for t in (("ko", "fx") if korean else ("fx", "ko"))
                   if t in emit and not (t == "fx" and korean and len(hangul[0]) >= 3))
    return tuple(u for syllable in syllables for u in syllable), syllables, korean, tables


def _may_align_alike(reading: str, readings: tuple[str, ...], latin: _Parsed, min_llr: float) -> bool:
    """:func:`_may_align` of ``reading`` (one of ``readings``, a spelling's Hangul readings), asked first of the
    readings of its shape together (:func:`_alike_readings`, :func:`_may_align_any`): ``False`` there is ``False``
    for each of them, and the variants of one reading (조태열, 조태율, 조대열, 조대율, 조태률) are ruled out by one
    lattice instead of one each (perf48)."""
    group = _alike_readings(readings).get(reading)
    if group is not None and not _may_align_any(group, latin, min_llr):
        return False
    return _may_align(_parse(reading).words, latin, min_llr)


@lru_cache(maxsize=4096)
def _alike_readings(readings: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The readings of a spelling that :func:`_may_align` reads alike, but for the units at some positions: the same
    length, words of the same lengths, as many syllables and units, the same tables and Korean shape (so the same
    tables, word orders, decoration and ``min_llr`` in :func:`_may_align`). Each reading of a group of two or
    more, with the Hangul words of the group; a reading alone in its shape is not in it."""
    shapes: dict[tuple[object, ...], list[tuple[str, ...]]] = {}
    of: dict[str, tuple[object, ...]] = {}
    for reading in readings:
        h = _parse(reading)
        if h.script != "hangul":
            continue
        unit_names, syllables, korean, tables = _bound_lattice(h.words)
        shape = (len(reading), tuple(map(len, h.words)), len(syllables), len(unit_names), korean, tables)
        of[reading] = shape
        if h.words not in shapes.setdefault(shape, []):
            shapes[shape].append(h.words)
    return {reading: tuple(shapes[shape]) for reading, shape in of.items() if len(shapes[shape]) > 1}


@lru_cache(maxsize=16384)
def _may_align_any(hanguls: tuple[tuple[str, ...], ...], latin: _Parsed, min_llr: float) -> bool:
    """``False`` only when :func:`_may_align` is ``False`` for each of ``hanguls`` (readings of one shape,
    :func:`_alike_readings`): its lattices, each position read by the best of the units the readings have there
    (each row and ceiling the elementwise most of theirs), bound every reading's alignment from above; the decorated
    lattice with the count of letters passed over forgotten (:func:`_may_reach_passing`), which bounds the counted
    one."""
    units = [_bound_lattice(h)[0] for h in hanguls]
    _, syllables, korean, tables = _bound_lattice(hanguls[0])
    positions = tuple(tuple(dict.fromkeys(names[i] for names in units)) for i in range(len(units[0])))
    hangul = hanguls[0]
    bg = background(latin.words)
    pieced = len(hangul) == 1 and 2 <= len(syllables) <= 5
    for table in tables:
        arranged = latin.arranged
        if latin.comma or (table == "fx" and len(hangul) < 2 and not korean):
            arranged = arranged[:1]
        decorated = table == "ko" and pieced and bool(model().decor.get(table))
        if decorated and any(k in model().decor[table] for k in (similarity.UNSEEN_KIND, similarity.UNSEEN_NOT_FINAL)):
            return True
        for rank, (_, letters, pieces) in enumerate(arranged):
            penalty = (ROTATED if rank else 0.0) + (FOREIGN_ON_KOREAN if table == "fx" and korean else 0.0)
            needed = min_llr + bg - penalty
            if decorated and 2 <= len(pieces) <= len(syllables):
                if _may_reach_decorated_any(positions, letters, pieces, table, needed):
                    return True
            elif _may_reach_total_any(positions, letters, table, needed):
                return True
    return False


def _may_reach_decorated_any(positions: tuple[tuple[str, ...], ...], latin: str, pieces: tuple[str, ...], table: str,
                             needed: float) -> bool:
    """:func:`_may_reach_decorated` for readings of one shape (:func:`_may_align_any`), the count forgotten."""
    rates, most = _added_letter_rates(pieces, table)
    n, m = len(positions), len(latin)
    if most == 0:
        return _may_reach_total_any(positions, latin, table, needed)
    if m > MAX_CHUNK * n + most or n == 0:
        return False
    ahead = _passing_ceilings_any(table, positions, most, max(rates))
    if ahead[0][m] < needed:
        return False
    between, inside = _passable(pieces, table, m)
    emissions = _bound_emissions(latin, table)
    width = m + MAX_CHUNK + 2
    prev = [NEG] * width
    prev[0] = 0.0
    for j, rate in between:
        if prev[j] + rate > prev[j + 1]:
            prev[j + 1] = prev[j] + rate
    for i, units in enumerate(positions):
        reached = False
        inner = _ceiling_any(table, units)
        cur = [NEG] * width
        left = ahead[i][m::-1]
        for j in [j for j, pj in enumerate(prev[:m + 1]) if pj + left[j] >= needed]:
            pj = prev[j]
            reached = True
            for k, e in enumerate(_row_any(latin, table, units, j, emissions)):
                if pj + e > cur[j + k]:
                    cur[j + k] = pj + e
            for k, rate in inside[j]:
                v = pj + inner[k] + rate
                if v > cur[j + k + 1]:
                    cur[j + k + 1] = v
        if not reached:
            return False
        for j, rate in between:
            if cur[j] + rate > cur[j + 1]:
                cur[j + 1] = cur[j] + rate
        prev = cur
    return prev[m] >= needed


def _may_reach_total_any(positions: tuple[tuple[str, ...], ...], latin: str, table: str, needed: float) -> bool:
    """:func:`_may_reach_total` for readings of one shape (:func:`_may_align_any`)."""
    n, m = len(positions), len(latin)
    if m > MAX_CHUNK * n or n == 0:
        return False
    ceilings = _suffix_ceilings_any(table, positions)
    if ceilings[0][m] < needed:
        return False
    emissions = _bound_emissions(latin, table)
    prev = [NEG] * (m + MAX_CHUNK + 1)
    prev[0] = 0.0
    for i, units in enumerate(positions):
        ahead = ceilings[i]
        reached = False
        cur = [NEG] * (m + MAX_CHUNK + 1)
        for j in range(max(0, m - MAX_CHUNK * (n - i)), min(m, MAX_CHUNK * i) + 1):
            pj = prev[j]
            if pj + ahead[m - j] < needed:
                continue
            reached = True
            for k, e in enumerate(_row_any(latin, table, units, j, emissions)):
                if pj + e > cur[j + k]:
                    cur[j + k] = pj + e
        if not reached:
            return False
        prev = cur
    return prev[m] >= needed


def _row_any(latin: str, table: str, units: tuple[str, ...], j: int,
             emissions: dict[str, list[tuple[float, ...] | None]]) -> tuple[float, ...]:
    """The elementwise most of the units' rows at letter ``j`` (:func:`_fill_row`; one unit's own row), kept for the
    spelling (:func:`_bound_rows_any`): the readings of a knowledge base's names that a query meets have the same
    few units at many positions (kb54 branch: at 100k Korean people, one query's groups of readings ask a row of
    the same units at the same letter again and again)."""
    if len(units) == 1:
        rows = _lazy_rows(latin, units[0], emissions)
        return rows[j] or _fill_row(latin, table, units[0], j, rows)
    kept = _bound_rows_any(latin, table)
    at = kept.get(units)
    if at is None:
        at = kept[units] = [None] * (len(latin) + 1)
    best = at[j]
    if best is None:
        for unit in units:
            rows = _lazy_rows(latin, unit, emissions)
            row = rows[j] or _fill_row(latin, table, unit, j, rows)
            best = row if best is None else tuple(map(max, best, row))  # rows of MAX_CHUNK + 1 values
        assert best is not None
        at[j] = best
    return best


@lru_cache(maxsize=1024)
def _bound_rows_any(latin: str, table: str) -> dict[tuple[str, ...], list[tuple[float, ...] | None]]:
    """The rows :func:`_row_any` computed for one spelling, by the units of a position and the letter (``None`` at
    each letter not reached yet), kept as :func:`_bound_emissions` keeps one unit's (kb54 branch)."""
    return {}


@lru_cache(maxsize=4096)
def _ceiling_any(table: str, units: tuple[str, ...]) -> tuple[float, ...]:
    """The elementwise most of the units' :func:`_ceiling`."""
    return tuple(map(max, *(_ceiling(table, unit) for unit in units))) if len(units) > 1 else _ceiling(table, units[0])


@lru_cache(maxsize=65536)
def _suffix_ceilings_any(table: str, positions: tuple[tuple[str, ...], ...]) -> tuple[tuple[float, ...], ...]:
    """:func:`_suffix_ceilings` with each position's :func:`_ceiling_any`, built from the positions after the first
    as :func:`_suffix_ceilings` is (kb54 branch)."""
    if not positions:
        return ((0.0,),)
    after = _suffix_ceilings_any(table, positions[1:])
    return (_prepend_ceiling(_ceiling_any(table, positions[0]), after[0]), *after)


@lru_cache(maxsize=4096)
def _passing_ceilings_any(table: str, positions: tuple[tuple[str, ...], ...], most: int, rate: float
                          ) -> tuple[tuple[float, ...], ...]:
    """:func:`_passing_ceilings` with each position's :func:`_ceiling_any`."""
    return _with_passing(_suffix_ceilings_any(table, positions), MAX_CHUNK * len(positions) + most + 1, rate)


@lru_cache(maxsize=4096)
def _added_letter_rates(pieces: tuple[str, ...], table: str) -> tuple[tuple[float, ...], int]:
    """For each letter of the pieces written together, the rate (log) at which
    :func:`~bilingual.names.similarity._decorated_fit` may read it as an added letter (``NEG`` when it cannot:
    a piece of two letters or fewer, a kind of letter the table has no ``decor`` row for); and how many pieces
    have such a letter (each piece is read with one added letter at most)."""
    rates = model().decor.get(table, {})
    out: list[float] = []
    pieces_with = 0
    for piece in pieces:
        own = [rates.get(insertion_type(piece, i), NEG) if len(piece) > 2 else NEG for i in range(len(piece))]
        pieces_with += any(rate > NEG / 2 for rate in own)
        out += own
    return tuple(out), pieces_with


def _may_reach_decorated(units: tuple[str, ...], latin: str, pieces: tuple[str, ...], table: str,
                         needed: float) -> bool:
    """:func:`_may_reach_total` for the Korean table's pieced alignment under ``decor`` rows: an upper bound on
    the sum over pieces of the better of the piece's own fit and its fits with one letter taken out plus that
    letter's rate. The lattice of all alignments of ``latin`` with ``units`` (pieces' borders forgotten), where up
    to one letter per piece (counted, not placed: at most as many as the pieces) may also be passed over at its
    rate, between two units' chunks or inside one (then the unit writes the chunk without that letter, bounded
    by the unit's ceiling for its length: the chunk is not a substring of ``latin``). Only the letters that have a
    rate are passed over (:func:`_passable`): a letter without one (``NEG``) leads nowhere."""
    rates, most = _added_letter_rates(pieces, table)
    n, m = len(units), len(latin)
    if most == 0:
        return _may_reach_total(units, latin, table, needed)
    if m > MAX_CHUNK * n + most or n == 0:
        return False
    ahead = _passing_ceilings(table, units, most, max(rates))
    if ahead[0][m] < needed:
        return False
    between, inside = _passable(pieces, table, m)
    emissions = _bound_emissions(latin, table)
    # the count forgotten first: False there (almost every pair) is False here, at a fraction of the work (perf33)
    return _may_reach_passing(units, latin, table, needed, ahead, between, inside, emissions) and \
        _may_reach_counted(units, latin, table, needed, most, ahead, between, inside, emissions)


def _may_reach_counted(units: tuple[str, ...], latin: str, table: str, needed: float, most: int,
                       ahead: tuple[tuple[float, ...], ...], between: tuple[tuple[int, float], ...],
                       inside: tuple[tuple[tuple[int, float], ...], ...],
                       emissions: dict[str, list[tuple[float, ...] | None]]) -> bool:
    """:func:`_may_reach_decorated`'s lattice: a state per letter read and count of letters passed over (at most
    ``most``)."""
    m = len(latin)
    width = m + MAX_CHUNK + 2
    prev = [[NEG] * width for _ in range(most + 1)]
    prev[0][0] = 0.0
    _pass_over(prev, between)
    for i, unit in enumerate(units):
        after = ahead[i]
        rows: list[tuple[float, ...] | None] | None = None
        inner = _ceiling(table, unit)
        cur = [[NEG] * width for _ in range(most + 1)]
        left = after[m::-1]  # left[j] = after[m - j]: the most the units from i on add to a state at letter j
        for c in range(most + 1):
            pc, cc = prev[c], cur[c]
            for j in [j for j, pj in enumerate(pc[:m + 1]) if pj + left[j] >= needed]:  # states that may reach it
                pj = pc[j]
                if rows is None:
                    rows = _lazy_rows(latin, unit, emissions)
                for k, e in enumerate(rows[j] or _fill_row(latin, table, unit, j, rows)):
                    if pj + e > cc[j + k]:
                        cc[j + k] = pj + e
                if c < most and inside[j]:  # a chunk of k letters with one letter inside it passed over (k + 1 read)
                    nxt = cur[c + 1]
                    for k, rate in inside[j]:
                        v = pj + inner[k] + rate
                        if v > nxt[j + k + 1]:
                            nxt[j + k + 1] = v
        if rows is None:
            return False
        _pass_over(cur, between)
        prev = cur
    return max(row[m] for row in prev) >= needed


def _may_reach_passing(units: tuple[str, ...], latin: str, table: str, needed: float,
                       ahead: tuple[tuple[float, ...], ...], between: tuple[tuple[int, float], ...],
                       inside: tuple[tuple[tuple[int, float], ...], ...],
                       emissions: dict[str, list[tuple[float, ...] | None]]) -> bool:
    """:func:`_may_reach_decorated`'s lattice with the count of letters passed over forgotten (any number of them,
    as its ceilings ``ahead`` already allow): one state per letter instead of one per letter and count. Every
    alignment that lattice keeps is one of these, with the same sum taken in the same order, and a state here
    holds the best of the states of every count there at its letter, so it is kept wherever one of them is:
    ``False`` here is ``False`` there, at a fraction of the work (perf33)."""
    m = len(latin)
    width = m + MAX_CHUNK + 2
    prev = [NEG] * width
    prev[0] = 0.0
    for j, rate in between:
        if prev[j] + rate > prev[j + 1]:
            prev[j + 1] = prev[j] + rate
    for i, unit in enumerate(units):
        rows: list[tuple[float, ...] | None] | None = None
        inner = _ceiling(table, unit)
        cur = [NEG] * width
        left = ahead[i][m::-1]
        for j in [j for j, pj in enumerate(prev[:m + 1]) if pj + left[j] >= needed]:
            pj = prev[j]
            if rows is None:
                rows = _lazy_rows(latin, unit, emissions)
            for k, e in enumerate(rows[j] or _fill_row(latin, table, unit, j, rows)):
                if pj + e > cur[j + k]:
                    cur[j + k] = pj + e
            for k, rate in inside[j]:
                v = pj + inner[k] + rate
                if v > cur[j + k + 1]:
                    cur[j + k + 1] = v
        if rows is None:
            return False
        for j, rate in between:
            if cur[j] + rate > cur[j + 1]:
                cur[j + 1] = cur[j] + rate
        prev = cur
    return prev[m] >= needed


@lru_cache(maxsize=4096)
def _passable(pieces: tuple[str, ...], table: str, m: int
              ) -> tuple[tuple[tuple[int, float], ...], tuple[tuple[tuple[int, float], ...], ...]]:
    """Where :func:`_may_reach_decorated` may pass a letter over (perf33: the lattice looked at every letter and
    every chunk for it, and most letters have no rate): the letters before letter ``m`` that have a rate, with it
    (between two units' chunks), and for each letter ``j`` the chunks of ``k`` letters after it, ``j + k + 1 <= m``,
    with the best rate of a letter inside them (the letters ``j + 1 .. j + k - 1``), those with one. A letter
    without a rate (``NEG``) adds ``NEG`` to whatever passes it: no such state reaches a bound, so leaving them out
    changes no answer."""
    rates, _ = _added_letter_rates(pieces, table)
    between = tuple((j, rate) for j, rate in enumerate(rates[:m]) if rate > NEG / 2)
    inside = []
    for j in range(m + 1):
        here = []
        for k in range(2, MAX_CHUNK + 1):
            if j + k + 1 > m:
                break
            rate = max(rates[j + 1:j + k])
            if rate > NEG / 2:
                here.append((k, rate))
        inside.append(tuple(here))
    return between, tuple(inside)


@lru_cache(maxsize=16384)
def _passing_ceilings(table: str, units: tuple[str, ...], most: int, rate: float) -> tuple[tuple[float, ...], ...]:
    """``[i][r]``: at least the most units ``i..`` can add while reading ``r`` letters of which up to ``most`` are
    passed over at ``rate`` each (:func:`_suffix_ceilings` with letters passed over; any number of them here, a
    looser bound that costs one pass per row), computed once per Hangul reading."""
    return _with_passing(_suffix_ceilings(table, units), MAX_CHUNK * len(units) + most + 1, rate)


def _with_passing(ceilings: tuple[tuple[float, ...], ...], length: int, rate: float) -> tuple[tuple[float, ...], ...]:
    """:func:`_passing_ceilings` from the suffix ceilings: each row to ``length`` letters, any of them passed over
    at ``rate``."""
    out = []
    for row in ceilings:
        ahead = list(row) + [NEG] * (length - len(row))
        for r in range(1, length):
            if ahead[r - 1] + rate > ahead[r]:
                ahead[r] = ahead[r - 1] + rate
        out.append(tuple(ahead))
    return tuple(out)


def _pass_over(states: list[list[float]], between: tuple[tuple[int, float], ...]) -> None:
    """Letters passed over between two units' chunks: ``states[c][j]`` (``c`` letters passed over, ``j`` read)
    may pass over letter ``j`` at its rate, into ``states[c + 1][j + 1]`` (in order, so several in a row); only
    the letters that have a rate (:func:`_passable`)."""
    for j, rate in between:
        for c in range(len(states) - 1):
            v = states[c][j] + rate
            if v > states[c + 1][j + 1]:
                states[c + 1][j + 1] = v


def _may_reach_total(units: tuple[str, ...], latin: str, table: str, needed: float) -> bool:
    """Whether some alignment of ``latin`` with ``units`` (each unit a chunk of 0 to 3 letters, in order) has a
    log probability of ``needed`` or more: :func:`_align`'s lattice without its beam, where a partial alignment is
    dropped when, with the most the remaining units can add while writing the letters left
    (:func:`_suffix_ceilings`), it cannot reach ``needed``, and the search ends when none is left. A unit's row of
    emissions is computed only when the lattice reaches it."""
    n, m = len(units), len(latin)
    if m > MAX_CHUNK * n or n == 0:
        return False
    ceilings = _suffix_ceilings(table, units)
    if ceilings[0][m] < needed:
        return False
    emissions = _bound_emissions(latin, table)
    prev = [NEG] * (m + MAX_CHUNK + 1)
    prev[0] = 0.0
    for i, unit in enumerate(units):
        ahead = ceilings[i]  # the most units i.. can add, by the letters they write
        rows: list[tuple[float, ...] | None] | None = None
        cur = [NEG] * (m + MAX_CHUNK + 1)
        for j in range(max(0, m - MAX_CHUNK * (n - i)), min(m, MAX_CHUNK * i) + 1):
            pj = prev[j]
            if pj + ahead[m - j] < needed:
                continue  # no alignment through this state reaches it (NEG states included)
            if rows is None:
                rows = _lazy_rows(latin, unit, emissions)
            for k, e in enumerate(rows[j] or _fill_row(latin, table, unit, j, rows)):
                if pj + e > cur[j + k]:
                    cur[j + k] = pj + e
        if rows is None:
            return False
        prev = cur
    return prev[m] >= needed


@lru_cache(maxsize=1024)
def _bound_emissions(latin: str, table: str) -> dict[str, list[tuple[float, ...] | None]]:
    """The emission rows the bound computes for one spelling (:func:`_bound_row`), kept apart from the similarity's
    own and fewer: the bound reads whole spellings in every table and word order, most of which the full comparison
    never aligns, and a large knowledge base would fill that cache with them. Filled letter by letter as the
    lattice reaches a state (:func:`_fill_row`): most alignments the bound rules out stop within the first units and
    letters, where a whole row of every unit reached would cost more than the lattice."""
    return {}


def _lazy_rows(latin: str, unit: str, emissions: dict[str, list[tuple[float, ...] | None]]
               ) -> list[tuple[float, ...] | None]:
    """The unit's rows for ``latin`` in ``emissions``, ``None`` at each letter not reached yet."""
    rows = emissions.get(unit)
    if rows is None:
        rows = emissions[unit] = [None] * (len(latin) + 1)
    return rows


def _fill_row(latin: str, table: str, unit: str, j: int, rows: list[tuple[float, ...] | None]) -> tuple[float, ...]:
    """``rows[j]``, computed now (:func:`_bound_row`)."""
    row = rows[j] = _bound_row(latin, table, unit, j)
    return row


def _row_at(latin: str, table: str, unit: str, j: int) -> list[float]:
    """``similarity._rows(latin, table, unit, ...)[j]`` alone, by the same arithmetic in the same order (the chunk
    weights of :func:`~bilingual.names.similarity._letters` at ``j``, then ``_rows``' value of each chunk): the
    same floats, held to ``_rows`` by ``tests/names/test_bounds.py``."""
    letters = _window_letters(table, latin[j:j + MAX_CHUNK])
    chunks, floor = _unit_table(table, unit)
    get = chunks.get
    vowel = is_vowel_unit(unit)
    edit = _edit_cost() if table == "ko" else None
    costs = [lp if (lp := get(chunk)) is not None else
             floor + (w_vowel if vowel else w_consonant)
             if edit is None or not vowel or not _VOWEL_LETTERS.issuperset(chunk) else
             max(floor + w_vowel, _near_spelling(table, unit, chunk, edit))
             for chunk, w_consonant, w_vowel in letters]
    doubled = model().doubled.get(table)
    if doubled is not None:
        _doubled_backoff(letters, costs, chunks, doubled)
    if len(costs) <= MAX_CHUNK:
        costs += _PAD[len(costs):]
    return costs


@lru_cache(maxsize=16384)
def _window_letters(table: str, window: str) -> tuple[tuple[str, float, float], ...]:
    """:func:`~bilingual.names.similarity.letters_at` at a letter whose next letters (at most :data:`MAX_CHUNK`,
    fewer at the end of the spelling) are ``window``: it reads nothing else, so every unit's row at that letter,
    and every spelling with those letters, shares it (perf33)."""
    return letters_at(window, table, 0)


def _bound_row(latin: str, table: str, unit: str, j: int) -> tuple[float, ...]:
    """The unit's emission row at letter ``j`` (:func:`_row_at`), raised where a vowel read as one that sounds alike
    (in a given name, at its weight) writes a chunk at more: the bound does not know which syllables are the given
    name's, so it allows the reading everywhere (looser, never below a score). A function of the letters from ``j``
    on that :func:`_row_at` reads (at most :data:`MAX_CHUNK`), remembered by them (:func:`_window_row`)."""
    return _window_row(table, unit, latin[j:j + MAX_CHUNK])


@lru_cache(maxsize=65536)
def _window_row(table: str, unit: str, window: str) -> tuple[float, ...]:
    """:func:`_bound_row` at a letter whose next letters are ``window``, remembered (kb54 branch): the spellings a
    query meets in a large knowledge base of Korean people are made of a few dozen syllables' spellings, so their
    letters repeat from name to name, and the row of a unit at letters seen in another name is that row again
    (:func:`_row_at` reads only those letters: :func:`_window_letters`). A tuple, which the cyclic collector stops
    tracking (kb56 branch: the rows a first sight of a large knowledge base remembers, as lists, were a large part
    of what a full collection walks)."""
    row = _row_at(window, table, unit, 0)
    for other, weight in _alike_units(table, unit):
        for k, value in enumerate(_row_at(window, table, other, 0)):
            if value + weight > row[k]:
                row[k] = value + weight
    return tuple(row)


@lru_cache(maxsize=65536)
def _suffix_ceilings(table: str, units: tuple[str, ...]) -> tuple[tuple[float, ...], ...]:
    """``[i][r]``: the most log probability units ``i..`` can add to an alignment while writing ``r`` letters in
    all, whatever the letters (``NEG`` when they cannot write that many): the bound :func:`_may_reach_total` stops
    by, computed once per Hangul reading (a knowledge base's names meet many spellings). Built from the ceilings of
    ``units[1:]``, themselves remembered: readings that end alike (the given names of a large knowledge base's
    Korean people, every variant of a reading) share those rows, and only the first unit's row is computed (kb54
    branch; the same arithmetic in the same order as summing the whole reading at once)."""
    if not units:
        return ((0.0,),)
    after = _suffix_ceilings(table, units[1:])
    return (_prepend_ceiling(_ceiling(table, units[0]), after[0]), *after)


def _prepend_ceiling(best_of_unit: tuple[float, ...], after: tuple[float, ...]) -> tuple[float, ...]:
    """One row of :func:`_suffix_ceilings`: ``row[r]`` the most of ``best_of_unit[k] + after[r - k]`` over the
    chunk lengths ``k`` (``after``: the row of the units that follow)."""
    row = [NEG] * (len(after) + MAX_CHUNK)  # = MAX_CHUNK * (n - i) + 1
    for k, best in enumerate(best_of_unit):  # row[r] = max over k of best[k] + after[r - k]
        for r, value in enumerate(after, k):
            if best + value > row[r]:
                row[r] = best + value
    return tuple(row)


@lru_cache(maxsize=4096)  # asked for every row the lattices compute (perf66: 4,415 times on first sight of the news)
def _alike_units(table: str, unit: str) -> tuple[tuple[str, float], ...]:
    """The vowels a unit may be read as in a given name (:func:`~bilingual.names.similarity._alike_fit`), each in
    the unit's context, with the weight of that reading; none for a consonant or a table without ``alike`` rows.
    A function of the unit and the name model's ``alike`` rows: remembered, and forgotten with the model."""
    alike = model().alike.get(table)
    if not alike or not is_vowel_unit(unit):
        return ()
    jamo, _, context = unit.partition(CONTEXT)
    return tuple((other + CONTEXT + context if context else other, weight)
                 for other, weight in alike.get(jamo, {}).items())


@lru_cache(maxsize=4096)
def _own_ceiling(table: str, unit: str) -> tuple[float, ...]:
    """For each chunk length 0..3, the most log probability one jamo unit can add to an alignment by writing that
    many letters, whatever they are: no value of :func:`_rows` for the unit exceeds it (its learned chunks; the
    smoothing of an unseen chunk, each letter at the best weight a letter has; the near-spelling backoff, which
    only lowers a learned chunk's value)."""
    m = model()
    chunks, floor = _unit_table(table, unit)
    weights = m.letter.get(table, {}).get("V" if is_vowel_unit(unit) else "C", {})
    letter = max(-8.0, max(weights.values(), default=-8.0))  # a letter the table does not weigh: -8 (_letters)
    edit = _edit_cost() if table == "ko" else None
    if edit is not None and edit < 0:
        return (math.inf,) * (MAX_CHUNK + 1)  # a backoff that would raise a chunk above its learned value: no bound
    # a learned chunk with one letter doubled (similarity._doubled_backoff): one letter longer, at the rate
    doubled = m.doubled.get(table, NEG)
    # 1e-9: the rows add the same terms in another order, which can differ in the last bit
    return tuple(max(max((lp for chunk, lp in chunks.items() if len(chunk) == k), default=NEG),
                     max((lp + doubled for chunk, lp in chunks.items() if chunk and len(chunk) == k - 1),
                         default=NEG),
                     floor + m.chunk_length[k] + k * letter) + 1e-9 for k in range(MAX_CHUNK + 1))


@lru_cache(maxsize=4096)
def _ceiling(table: str, unit: str) -> tuple[float, ...]:
    """:func:`_own_ceiling`, raised where the unit, a vowel read as one that sounds alike (sim13's ``alike`` rows;
    :func:`_bound_row`), writes a chunk length at more."""
    own = _own_ceiling(table, unit)
    alike = [(_own_ceiling(table, other), weight) for other, weight in _alike_units(table, unit)]
    return tuple(max([value, *(theirs[k] + weight for theirs, weight in alike)]) for k, value in enumerate(own))


@lru_cache(maxsize=16384)
def _hangul_forms(words: tuple[str, ...]) -> tuple[str, str, str]:
    """A Hangul name's syllables, the same under the initial-sound law, and the latter's jamo (:func:`_hangul_hangul`
    compares these)."""
    law = tuple(map(initial_sound_law, words))
    return "".join(words), "".join(law), _jamo(law)


def _overlap_bound(x: str, y: str) -> float:
    """An upper bound on ``difflib.SequenceMatcher(None, x, y).ratio()``: its ``quick_ratio`` (twice the letters the
    two have in common, counted with repeats, over their total length; from remembered letter counts), or, when
    the lengths alone say the ratio is below one half, its ``real_quick_ratio``."""
    total = len(x) + len(y)
    if not total:
        return 1.0
    if 2.0 * min(len(x), len(y)) / total < 0.5:  # the letters in common are at most the shorter string's
        return 2.0 * min(len(x), len(y)) / total
    cx, cy = _letter_counts(x), _letter_counts(y)
    # the letters in common: min(n, cy.get(c, 0)) for each letter c of x, n times in it (mapped, not a generator)
    return 2.0 * sum(map(min, cx.values(), map(cy.get, cx, repeat(0)))) / total


@lru_cache(maxsize=16384)
def _letter_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in text:
        counts[c] = counts.get(c, 0) + 1
    return counts


def _fit_values(hangul: _Parsed, latin: _Parsed, kind: Kind | None) -> tuple[float, float | None]:
    """The score and evidence of :func:`_hangul_latin` (as it rounds them), without its reasons."""
    fit, summary, _, score = _best_reading(hangul.words, latin, kind)
    return (0.0, None) if summary is None else (round(score, 4), round(fit.llr, 3))


def clear_caches() -> None:
    """Forget every remembered bound (they depend on the name model: :func:`~bilingual.names.similarity.use_model`
    calls this through :func:`~bilingual.names.similarity.clear_caches`)."""
    for f in (_may_reach, _own_fits, _may_align, _ceiling, _own_ceiling, _suffix_ceilings, _hangul_forms,
              _letter_counts, _bound_emissions, _added_letter_rates, _passing_ceilings, _passable,
              _window_letters, _alike_readings, _alike_units, _may_align_any, _ceiling_any, _suffix_ceilings_any,
              _passing_ceilings_any, _bound_rows_any, _bound_lattice, _window_row):
        f.cache_clear()


similarity._CLEARED_WITH_THESE.append(clear_caches)
