"""The shipped linear classifiers' tables (the mention typer, the block-label layer): a row of weights per feature,
one column per class, a ``__bias__`` row, and a header row naming the columns; read with a coded error for a bad
row, scored by a softmax.

>>> model = read_linear_model([(1, ["__classes__", "a", "b"]), (2, ["f", "1.0", "0.0"])], ("a", "b"),
...                           "__classes__", "t.tsv")
>>> model
({'f': (1.0, 0.0)}, (0.0, 0.0))
>>> [round(p, 3) for p in softmax([1.0, 0.0])]
[0.731, 0.269]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from bilingual.errors import DataError

LinearModel = tuple[dict[str, tuple[float, ...]], tuple[float, ...]]
"""Each feature's weights (one per column) and the bias (one per column)."""


def read_linear_model(rows: Iterable[tuple[int, list[str]]], columns: Sequence[str], header: str,
                      name: str) -> LinearModel:
    """A model from the numbered rows of a table ``name`` whose columns are ``columns`` (checked against the row
    whose key is ``header``, e.g. ``__classes__``); a clear :class:`DataError` naming the file and line for a bad
    row. A table without a ``__bias__`` row has a bias of zeros."""
    what = header.strip("_")
    table: dict[str, tuple[float, ...]] = {}
    bias: tuple[float, ...] | None = None
    for number, (key, *values) in rows:
        if key == header:
            if tuple(values) != tuple(columns):
                raise DataError(f"{name} line {number}: {what} {values}, expected {list(columns)}")
            continue
        try:
            row = tuple(float(v) for v in values)
        except ValueError:
            row = ()
        if len(row) != len(columns):
            raise DataError(f"{name} line {number}: {len(columns)} weights expected")
        if key == "__bias__":
            bias = row
        else:
            table[key] = row
    return table, bias if bias is not None else (0.0,) * len(columns)


def softmax(scores: Sequence[float]) -> list[float]:
    """The probabilities of the scores (shifted by their maximum, so a large score does not overflow)."""
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
