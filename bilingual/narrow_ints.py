"""Columns of ints as narrow as their values: what :mod:`bilingual.tokens` and :mod:`bilingual.columns` store in.

A column is an :class:`array.array` that starts at 1 byte a value and is widened, by a copy, only when a value does
not fit: to 2 or 4 bytes unsigned, then 8 signed (docs/performance.md, mem28, mem29 and mem36). Reading a value gives
the same ``int`` whatever the type.

>>> column = array(WIDTHS[0], [1, 2])
>>> column = extended(column, [300])
>>> (column.typecode, list(column))
('H', [1, 2, 300])
"""

from __future__ import annotations

from array import array

OFFSET = "q"
"""Signed 64-bit: any offset or sentence number a ``str`` can have (the widest a column becomes)."""
LIMIT = 2**63
"""One past the greatest magnitude a column holds (values lie in ``[-LIMIT, LIMIT)``)."""
WIDTHS = ("B", "H", "I", OFFSET)
"""The types a column goes through, narrowest first: unsigned 8, 16 and 32 bits, then signed 64. A column starts at
the first and moves to the narrowest later one that holds a value that did not fit."""
_RANGES = {code: (0, 1 << (8 * array(code).itemsize)) for code in WIDTHS[:-1]} | {OFFSET: (-LIMIT, LIMIT)}


def _fitting(typecode: str, low: int, high: int) -> str:
    """The first type of :data:`WIDTHS`, from ``typecode`` on, that holds ``low`` and ``high`` (the least and the
    greatest of the values to hold); :class:`OverflowError` when none does."""
    for code in WIDTHS[WIDTHS.index(typecode):]:
        lo, hi = _RANGES[code]
        if lo <= low and high < hi:
            return code
    raise OverflowError(f"a token column's value out of 64 bits: {low if low < -LIMIT else high}")


def extended(column: array[int], values: list[int]) -> array[int]:
    """``column`` with ``values`` appended: itself, or, when one does not fit its type, a copy in the narrowest type of
    :data:`WIDTHS` that holds them all (the old one is then not to be used). A value out of 64 bits is an
    :class:`OverflowError`, a value that is no int a :class:`TypeError`, and ``column`` is left as it was."""
    n = len(column)
    try:
        column.extend(values)
        return column
    except OverflowError:
        del column[n:]  # what the failed extend appended before the value that did not fit
    wider = array(_fitting(column.typecode, min(values), max(values)), column)
    wider.extend(values)
    return wider
