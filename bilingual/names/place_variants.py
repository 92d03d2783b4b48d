"""Known Latin names of one place, from GeoNames (``bilingual/data/place_variants.tsv``; fx34 branch).

A Hangul place name writes the place's own name (외래어 표기법 transcribes the local form: 쾰른 is Köln, 세비야 is
Sevilla, 나폴리 is Napoli), while English text and English-only knowledge bases use the English one (Cologne,
Seville, Naples): no spelling model reads one as the other. GeoNames lists a place's names in other languages as
alternate names; ``training/build_place_variants.py`` keeps the Latin ones of the places it also names in Hangul
(the table's header says which), each place's names led by the one its Hangul names read best by spelling.
:func:`reading_names` gives that name of the place(s) a Latin name belongs to (Köln for Cologne);
:func:`other_names` all their other names; :func:`one_place` says whether GeoNames names one place by both. Names
are compared folded to ASCII letters
(:func:`~bilingual.names.folding.fold_latin`). The table is read on first use, not on import.

>>> reading_names("Cologne"), "Keulen" in other_names("Cologne")
(('Köln',), True)
>>> one_place("Sevilla", "Seville"), one_place("Sevilla", "Naples")
(True, False)
"""

from __future__ import annotations

from functools import lru_cache

from bilingual.files import data_rows
from bilingual.names.folding import fold_latin


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...], dict[str, tuple[int, ...]]]:
    """The places (their names as written), how many of each place's first names its Hangul names read best, and,
    by folded name, the places that carry it."""
    rows = [cols for _, cols in data_rows("place_variants.tsv")]
    places = tuple(tuple(row[1:]) for row in rows)
    readings = tuple(int(row[0]) for row in rows)
    index: dict[str, list[int]] = {}
    for i, names in enumerate(places):
        for name in names:
            places_of = index.setdefault(fold_latin(name), [])
            if i not in places_of:
                places_of.append(i)
    return places, readings, {key: tuple(ids) for key, ids in index.items()}


_USED = [True]


def use_table(on: bool) -> None:
    """Read the table (the default) or not (every name of no place): how ``training/build_place_variants.py`` fits a
    place's names by spelling alone. Clear the similarity's caches after (``similarity.clear_caches``)."""
    _USED[0] = on
    other_names.cache_clear()
    reading_names.cache_clear()


def _places(name: str) -> tuple[int, ...]:
    return _table()[2].get(fold_latin(name), ()) if _USED[0] else ()


@lru_cache(maxsize=16384)
def other_names(name: str) -> tuple[str, ...]:
    """The other Latin names of every place GeoNames names ``name`` (folded to ASCII: Koeln, Köln and Koln alike),
    each once, in the table's order; ``()`` for a name of no place of the table."""
    ids = _places(name)
    if not ids:
        return ()
    own = fold_latin(name)
    places = _table()[0]
    out: dict[str, str] = {}
    for i in ids:
        for other in places[i]:
            key = fold_latin(other)
            if key != own:
                out.setdefault(key, other)
    return tuple(out.values())


@lru_cache(maxsize=16384)
def reading_names(name: str) -> tuple[str, ...]:
    """The names the Hangul names of the place(s) GeoNames names ``name`` read best (each place's first names in the
    table: Köln for Cologne, Napoli for Naples), but ``name`` itself; ``()`` for a name of no place of the table."""
    ids = _places(name)
    if not ids:
        return ()
    own = fold_latin(name)
    places, readings, _ = _table()
    return tuple(dict.fromkeys(reading for i in ids for reading in places[i][:readings[i]]
                               if fold_latin(reading) != own))


def one_place(a: str, b: str) -> bool:
    """Whether some place of the table carries both names (folded to ASCII) — the same name counts too."""
    return bool(set(_places(a)) & set(_places(b)))
