"""The shipped linear classifiers' table reader and softmax (``bilingual/linear.py``)."""

from __future__ import annotations

import math

import pytest

from bilingual.errors import DataError
from bilingual.linear import read_linear_model, softmax

COLUMNS = ("north", "south", "east")


def test_a_table_reads_to_weights_and_bias() -> None:
    rows = [(1, ["__columns__", *COLUMNS]), (2, ["__bias__", "0.5", "0", "-0.5"]), (3, ["w=x", "1", "2", "3"])]
    table, bias = read_linear_model(rows, COLUMNS, "__columns__", "t.tsv")
    assert bias == (0.5, 0.0, -0.5)
    assert table == {"w=x": (1.0, 2.0, 3.0)}


def test_no_bias_row_means_zeros() -> None:
    assert read_linear_model([(1, ["w", "1", "1", "1"])], COLUMNS, "__columns__", "t.tsv")[1] == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(("rows", "message"), [
    ([(4, ["__columns__", "north", "east", "south"])], r"t\.tsv line 4: columns \['north', 'east', 'south'\]"),
    ([(7, ["w", "1", "two", "3"])], r"t\.tsv line 7: 3 weights expected"),
    ([(9, ["w", "1", "2"])], r"t\.tsv line 9: 3 weights expected"),
    ([(2, ["__bias__", "1"])], r"t\.tsv line 2"),
])
def test_a_bad_row_is_a_clear_error_naming_file_and_line(rows: list[tuple[int, list[str]]], message: str) -> None:
    with pytest.raises(DataError, match=message):
        read_linear_model(rows, COLUMNS, "__columns__", "t.tsv")


def test_softmax_sums_to_one_keeps_order_and_does_not_overflow() -> None:
    probs = softmax([2.0, 1.0, 0.0])
    assert abs(sum(probs) - 1.0) < 1e-12
    assert probs[0] > probs[1] > probs[2]
    assert probs[0] / probs[1] == pytest.approx(math.e)
    huge = softmax([1000.0, 999.0])
    assert all(math.isfinite(p) for p in huge) and huge[0] == pytest.approx(1 / (1 + math.exp(-1)))
    assert softmax([3.0, 3.0]) == [0.5, 0.5]
