"""The shipped linear tables' fit (the mention typer's, ``train_mention_typer.py``; the block-label layer's,
``train_block_labels.py``): scikit-learn's multinomial ``LogisticRegression`` (lbfgs, L2) on binary features, its
weights rounded to 4 decimals as the tables hold them.

The fit runs on **one BLAS thread**. With more, OpenBLAS sums in an order that depends on the thread count, and a
coefficient's fourth decimal with it: the table's bytes then depended on the machine's cores and on what ran before
in the process (the test suite's Dask runs leave OpenBLAS with another thread count, and the typer's rebuild test
failed after them). One thread gives the same bytes everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Table = tuple[dict[str, tuple[float, ...]], tuple[float, ...]]


def fit_table(x: Any, y: Any, classes: int, names: Sequence[str], c: float, max_iter: int) -> Table:
    """Each feature's weights (one per class; features whose weights all round to 0 left out) and the bias, from
    the feature matrix ``x`` (rows: examples, columns: ``names``) and the class index of each example ``y``. A class
    with no example gets a bias of -30 (never chosen); with two classes present, sklearn's one row is the second's."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    model = LogisticRegression(C=c, max_iter=max_iter)
    with threadpool_limits(limits=1):
        model.fit(x, y)
    coef = np.zeros((classes, len(names)))
    bias = np.full(classes, -30.0)
    present = model.classes_.tolist()
    if len(present) == 2:  # binary: sklearn keeps one row, for the second class
        coef[present[1]] = model.coef_[0]
        bias[present[0]], bias[present[1]] = 0.0, model.intercept_[0]
    else:
        for row, k in enumerate(present):
            coef[k], bias[k] = model.coef_[row], model.intercept_[row]
    table = {f: tuple(round(float(v), 4) + 0.0 for v in coef[:, j]) for j, f in enumerate(names)}
    return {f: w for f, w in table.items() if any(w)}, tuple(round(float(v), 4) + 0.0 for v in bias)
