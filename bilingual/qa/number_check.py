"""The number check on one pair: every figure of one side found on the other in some form, or reported.

Figures are matched by value, through an index (linear in the number of figures): first with a figure of
the same kind, then with any figure that can be compared, then with any of the same value (9일 and "9 people"
are two numbers, but a translation that keeps both 9s has kept its figures). What is left is reported:

1. an impossible date in the translation (Sept. 31, 9월 41일) — whatever the source says;
2. a figure on each side that the other lacks, of kinds that can be compared (a count against a count, a
   clock time against a clock time, B-52 against B-55): one was changed;
3. a figure on each side, one digit apart (1992 against 7992, 29 against 28th): one was changed, whatever
   the text says each counts;
4. a time of day not found as a time is looked for as its hour and minutes (21시간 30분 and 21:30);
5. a figure in digits on one side, large or exact enough to be worth keeping (a year, an amount with a scale,
   a percentage, a code) and absent from the other in any form: ``number-missing``.

>>> from bilingual.qa.numbers import find_numbers
>>> from bilingual.qa.sides import Side
>>> def side(text: str, lang: str) -> Side:
...     return Side(text, lang, (), tuple(find_numbers(text, lang)), ())
>>> [f.message for f in check_numbers(0, side("오후 9시 45분에 떠났다.", "ko"), side("It left at 9:15 p.m.", "en"))]
["the source says '오후 9시 45분' (21:45) but the translation says '9:15 p.m.' (21:15)"]
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict, deque
from collections.abc import Iterator

from bilingual.document import SEVERITY, Finding, FindingCode
from bilingual.qa.numbers import Quantity, comparable, impossible_dates, same_value
from bilingual.qa.sides import Side

MAX_OPTIONS = 32
"""How many unmatched figures of the other side a changed figure is compared with (keeps the check linear)."""


def check_numbers(index: int, source: Side, target: Side) -> list[Finding]:
    """The number findings of one pair (see the module's docstring)."""
    findings: list[Finding] = []
    for a, b in impossible_dates(target.text, target.lang):
        if target.text[a:b] not in source.text:
            findings.append(_finding("number-mismatch", index, f"{target.text[a:b]!r} is a date no calendar has",
                                     target_span=(a, b), values=(target.text[a:b],)))
    s_open, t_open = match(source.numbers, target.numbers)
    s_open, t_open, in_source = _clock_parts(s_open, t_open)
    t_open, s_open, in_target = _clock_parts(t_open, s_open)
    changed = in_source + [(s, t) for t, s in in_target] + _changed(s_open, t_open)
    used_s = {id(s) for s, _ in changed}
    used_t = {id(t) for _, t in changed}
    s_open = [s for s in s_open if id(s) not in used_s]
    t_open = [t for t in t_open if id(t) not in used_t]
    changed += _near_misses(s_open, t_open)
    for s, t in changed:
        findings.append(_finding(
            "number-mismatch", index, f"the source says {s.text!r} ({show(s)}) but the translation says "
            f"{t.text!r} ({show(t)})", source_span=(s.start, s.end), target_span=(t.start, t.end),
            values=(s.text, t.text)))
    return findings


def match(source: tuple[Quantity, ...] | list[Quantity], target: tuple[Quantity, ...] | list[Quantity]
          ) -> tuple[list[Quantity], list[Quantity]]:
    """The figures of each side that no figure of the other states (by :func:`same_value`), in order.

    Target figures are indexed by exact value and kind, and by bucket of nearby values; a source figure takes
    the first free one of its own kind, then of a kind it can be compared with, then any; only then a nearby
    value (rounded, or 1 % off). Each look-up reads at most :data:`MAX_OPTIONS` entries, so the whole is linear."""
    exact: dict[tuple[object, ...], dict[str | None, deque[int]]] = defaultdict(lambda: defaultdict(deque))
    near: dict[tuple[object, ...], deque[int]] = defaultdict(deque)
    for k, t in enumerate(target):
        exact[_exact_key(t)][t.kind].append(k)
        near[_bucket(t)].append(k)
    used: set[int] = set()
    s_open: list[Quantity] = []
    for s in source:
        groups = exact.get(_exact_key(s), {})
        ordered = sorted(groups.values(), key=lambda queue: (
            not queue or target[queue[0]].kind != s.kind, not queue or not comparable(s, target[queue[0]])))
        queues = [*ordered, *(near.get(key, deque()) for key in _neighbours(s))]
        best = next((found for queue in queues if (found := _first(queue, used, s, target)) is not None), None)
        if best is None:
            s_open.append(s)
        else:
            used.add(best)
    return s_open, [t for k, t in enumerate(target) if k not in used]


def _first(queue: deque[int], used: set[int], s: Quantity, target: tuple[Quantity, ...] | list[Quantity]
           ) -> int | None:
    """The first free target figure in ``queue`` that states what ``s`` states (used ones are dropped as met)."""
    while queue and queue[0] in used:
        queue.popleft()
    for n, k in enumerate(queue):
        if n >= MAX_OPTIONS:
            break
        if k not in used and _same(s, target[k]):
            return k
    return None


def _exact_key(q: Quantity) -> tuple[object, ...]:
    if q.kind in ("clock", "clock12"):
        return ("clock", q.value % 720)
    if q.kind == "approx":
        return ("approx",)
    return ("n", q.value)


def _same(a: Quantity, b: Quantity) -> bool:
    if "approx" in (a.kind, b.kind):
        return _overlap(a, b)
    clocks = {a.kind, b.kind} <= {"clock", "clock12"}
    if clocks:
        return a.value == b.value or ("clock12" in (a.kind, b.kind) and a.value % 720 == b.value % 720)
    if (a.kind in ("clock", "clock12")) != (b.kind in ("clock", "clock12")):
        return False
    return same_value(a, b) and (a.value == b.value or comparable(a, b))  # 3.98 dollars is not "about 4 days"


def _overlap(a: Quantity, b: Quantity) -> bool:
    """Whether two orders of magnitude (or one and a figure) can be the same amount."""
    a_hi, b_hi = a.upto or a.value * 1.0001, b.upto or b.value * 1.0001
    return a.value < b_hi and b.value < a_hi and (a.unit is None or b.unit is None or a.unit == b.unit)


def _bucket(q: Quantity) -> tuple[object, ...]:
    """Two significant digits of the value (a time of day: its minutes in half a day): values that can be the
    same (rounded, or 1 % apart) fall in one bucket or in neighbouring ones."""
    if q.kind in ("clock", "clock12"):
        return ("clock", q.value % 720)
    if q.kind == "approx":
        return ("approx",)
    v = abs(q.value)
    if v == 0:
        return ("n", 0, 0)
    e = math.floor(math.log10(v)) - 1
    return ("n", e, math.floor(v / 10 ** e + 1e-9))


def _neighbours(q: Quantity) -> Iterator[tuple[object, ...]]:
    key = _bucket(q)
    yield key
    if q.kind == "approx" or q.value >= 1e3:
        yield ("approx",)  # an order of magnitude in words is looked for among all of them (few)
    if key[0] != "n" or key[1:] == (0, 0):
        return
    _, e, k = key
    assert isinstance(e, int) and isinstance(k, int)
    yield ("n", e, k - 1)
    yield ("n", e, k + 1)
    if k == 10:
        yield ("n", e - 1, 99)
    if k == 99:
        yield ("n", e + 1, 10)


_HOUR_KINDS = (None, "hour", "hours")
_MINUTE_KINDS = (None, "minutes")


def _clock_parts(clocks_side: list[Quantity], other: list[Quantity]
                 ) -> tuple[list[Quantity], list[Quantity], list[tuple[Quantity, Quantity]]]:
    """A time of day the other side gives as its hour and minutes (21:30 and 21시간 30분; 9 o'clock and 아홉 시):
    matched with those figures; or with the hour and other minutes (21:40 and 21시간 30분): changed. Returns
    what is left of each side, and the changed pairs (the clock first)."""
    keep: list[Quantity] = []
    rest = list(other)
    changed: list[tuple[Quantity, Quantity]] = []
    for q in clocks_side:
        if q.kind not in ("clock", "clock12"):
            keep.append(q)
            continue
        hour, minute = divmod(int(q.value), 60)
        at = next((o for o in rest if o.kind in _HOUR_KINDS and o.value in (hour, hour % 12 or 12)), None)
        if at is None:
            keep.append(q)
            continue
        if not minute:
            rest.remove(at)
            continue
        minutes = [o for o in rest if o.kind in _MINUTE_KINDS and o is not at and o.value < 60]
        same = next((o for o in minutes if o.value == minute), None)
        if same is not None:
            rest = [o for o in rest if o is not at and o is not same]
        elif (other_minutes := next((o for o in minutes if o.kind == "minutes"), None)) is not None:
            rest = [o for o in rest if o is not at and o is not other_minutes]
            changed.append((q, other_minutes))
        else:
            keep.append(q)
    return keep, rest, changed


def _changed(s_open: list[Quantity], t_open: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pairs of a source and a target figure that can be compared and differ: the same unit first, then the
    nearest in size ($150 million for $110 million)."""
    out: list[tuple[Quantity, Quantity]] = []
    used: set[int] = set()
    start = 0
    for s in s_open:
        while start < len(t_open) and start in used:
            start += 1
        window = [k for k in range(start, min(len(t_open), start + 2 * MAX_OPTIONS)) if k not in used]
        options = [k for k in window[:MAX_OPTIONS] if _comparable(s, t_open[k])]
        if not options:
            continue
        best = min(options, key=lambda k: (t_open[k].unit != s.unit, t_open[k].kind != s.kind,
                                           abs(math.log((abs(t_open[k].value) + 1) / (abs(s.value) + 1)))))
        used.add(best)
        out.append((s, t_open[best]))
    return out


def _comparable(a: Quantity, b: Quantity) -> bool:
    clock_a, clock_b = a.kind in ("clock", "clock12"), b.kind in ("clock", "clock12")
    if clock_a or clock_b:
        return clock_a and clock_b
    if "code" in (a.kind, b.kind):
        return a.unit == b.unit
    if "approx" in (a.kind, b.kind):
        return a.value >= 1e3 and b.value >= 1e3  # 수백만 and "billions"; not "tens of" and a count
    return comparable(a, b)


def _near_misses(s_open: list[Quantity], t_open: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pairs of figures in digits whose digits differ in one place (1992 and 7992, 4,500 and 4,900): a
    changed figure, whatever each side says it counts. Found through an index of the digits with one place
    blanked, so linear."""
    index: dict[str, deque[int]] = defaultdict(deque)
    for k, t in enumerate(t_open):
        for key in _blanked(_digits(t)):
            index[key].append(k)
    out: list[tuple[Quantity, Quantity]] = []
    used: set[int] = set()
    for s in s_open:
        digits = _digits(s)
        for key in _blanked(digits):
            queue = index.get(key, deque())
            while queue and queue[0] in used:
                queue.popleft()
            partner = next((k for k in itertools.islice(queue, MAX_OPTIONS) if k not in used
                            and _digits(t_open[k]) != digits and not _conversion(s, t_open[k])), None)
            if partner is not None:
                used.add(partner)
                out.append((s, t_open[partner]))
                break
    return out


def _digits(q: Quantity) -> str:
    return "".join(c for c in q.text if c.isdigit())


def _blanked(digits: str) -> list[str]:
    if not 1 <= len(digits) <= 12:
        return []
    return [digits[:k] + "?" + digits[k + 1:] for k in range(len(digits))]


def _conversion(a: Quantity, b: Quantity) -> bool:
    """Different measures or currencies: 80 km beside 50 miles is a conversion."""
    return a.unit != b.unit and a.unit is not None and b.unit is not None


def show(q: Quantity) -> str:
    """A quantity's value for a message: a time as 21:45, a number as written in full (1992, 110000000)."""
    if q.kind in ("clock", "clock12"):
        hour, minute = divmod(int(q.value), 60)
        return f"{hour}:{minute:02d}" + ("" if q.kind == "clock" else " or 12 hours later")
    if q.kind == "approx" and q.upto:
        return f"{q.value:.0f} to {q.upto:.0f}"
    value = f"{q.value:.0f}" if q.value == int(q.value) else f"{q.value}"
    unit = q.unit.removeprefix("code:") + " code" if q.unit and q.unit.startswith("code:") else q.unit
    return value + (f" {unit}" if unit else "")


def _finding(code: FindingCode, index: int, message: str, **fields: object) -> Finding:
    return Finding(code=code, severity=SEVERITY[code], pair=index, message=message, **fields)
