"""The checks on a pair of sides: numbers are matched by value (an index), with the results of a plain scan."""

from __future__ import annotations

import math
import random

import pytest

from bilingual.qa import checks
from bilingual.qa.numbers import Quantity, comparable, same_value


def q(value: float, unit: str | None = None, kind: str | None = None, text: str | None = None) -> Quantity:
    return Quantity(0, 1, text or f"{value:g}", value, unit, kind)  # type: ignore[arg-type]


def _scan(sources: list[Quantity], targets: list[Quantity]) -> list[tuple[str, str]]:
    """The quadratic scan the index replaced, exact matches first: the reference for its results."""
    s_open = list(sources)
    t_left = []
    for t in targets:
        match = next((s for s in s_open if s.value == t.value and (None in (s.unit, t.unit) or s.unit == t.unit)),
                     None)
        if match is None:
            t_left.append(t)
        else:
            s_open.remove(match)
    t_open = []
    for t in t_left:
        match = next((s for s in s_open if same_value(s, t)), None)
        if match is None:
            t_open.append(t)
        else:
            s_open.remove(match)
    pairs = []
    for s in s_open:
        options = [t for t in t_open if comparable(s, t)]
        if options:
            p = min(options, key=lambda t: (t.unit != s.unit, abs(math.log((abs(t.value) + 1) / (abs(s.value) + 1)))))
            t_open.remove(p)
            pairs.append((s.text, p.text))
    return pairs


def _indexed(sources: list[Quantity], targets: list[Quantity]) -> list[tuple[str, str]]:
    s_open, t_open = checks._match_numbers(sources, targets)
    index = checks._PartnerIndex(t_open)
    return [(s.text, p.text) for s in s_open if (p := index.take(s)) is not None]


@pytest.mark.parametrize("seed", range(40))
def test_the_index_agrees_with_a_plain_scan(seed: int) -> None:
    rng = random.Random(seed)
    values = [1, 2, 3, 9, 10, 21, 150, 1992, 110e6, 111e6, 3.034, 3.03]

    def draw(i: int) -> Quantity:
        v = rng.choice(values)
        return q(v, rng.choice([None, None, "USD", "KRW", "percent", "km"]), rng.choice([None, None, "day", "year"]),
                 text=f"{v:g}#{i}")
    sources = [draw(i) for i in range(rng.randrange(12))]
    targets = [draw(100 + i) for i in range(rng.randrange(12))]
    assert _indexed(sources, targets) == _scan(sources, targets)


def test_many_figures_cost_linear_comparisons(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,000 figures a side were each compared with every other (53 s through process())
    calls = 0
    real_same, real_comparable = checks.same_value, checks.comparable

    def counted_same(a: Quantity, b: Quantity) -> bool:
        nonlocal calls
        calls += 1
        return real_same(a, b)

    def counted_comparable(a: Quantity, b: Quantity) -> bool:
        nonlocal calls
        calls += 1
        return real_comparable(a, b)
    monkeypatch.setattr(checks, "same_value", counted_same)
    monkeypatch.setattr(checks, "comparable", counted_comparable)
    n = 2000
    sources = [q(float(10 * i)) for i in range(n)]
    targets = [q(float(10 * i + 5)) for i in range(n)]  # nothing equal or rounded: every number is open
    assert len(_indexed(sources, targets)) == n
    assert calls <= (checks.NEAR_MATCH_WINDOW + 20) * 2 * n
