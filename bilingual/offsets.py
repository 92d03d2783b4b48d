"""Offset maps between a source string and an edited copy of it.

An :class:`OffsetMap` is a sorted list of non-overlapping :class:`Edit` records, each saying
"``source[src_start:src_end]`` became ``dest[dst_start:dst_end]``". Everything between edits is
copied unchanged, so any span of either string can be mapped to the other in ``O(log n)``.

A span boundary that falls strictly inside an edit cannot be mapped exactly; it is widened to the
whole edit (a start snaps left, an end snaps right), so the mapped span always covers everything
that produced the requested text. Mapping back (:meth:`OffsetMap.to_source`) leaves deletions that
sit on a span boundary outside the span; mapping forward (:meth:`OffsetMap.to_dest`) includes
insertions on its boundaries, so a span mapped back and forth again covers itself.

>>> m = OffsetMap.from_edits([Edit(2, 4, 2, 3)])   # "ab&x" -> "ab&" ... any 2-char -> 1-char edit
>>> m.to_source(0, 2), m.to_source(2, 3), m.to_source(3, 3)
((0, 2), (2, 4), (4, 4))
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Edit:
    """``source[src_start:src_end]`` was replaced by ``dest[dst_start:dst_end]``."""

    src_start: int
    src_end: int
    dst_start: int
    dst_end: int
    kinds: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not (0 <= self.src_start <= self.src_end and 0 <= self.dst_start <= self.dst_end):
            raise ValueError(f"malformed edit {self}")


@dataclass(frozen=True)
class OffsetMap:
    """A monotone map between a source string and its edited copy."""

    edits: tuple[Edit, ...] = ()
    _dst_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _dst_ends: list[int] = field(default_factory=list, repr=False, compare=False)
    _src_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _src_ends: list[int] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def from_edits(cls, edits: Iterable[Edit]) -> OffsetMap:
        ordered = tuple(edits)
        for before, after in itertools.pairwise(ordered):
            if after.src_start < before.src_end or after.dst_start < before.dst_end:
                raise ValueError(f"edits overlap or are out of order: {before} then {after}")
            if (after.src_start - before.src_end) != (after.dst_start - before.dst_end):
                raise ValueError(f"unchanged stretch between {before} and {after} changes length")
        if ordered and ordered[0].src_start != ordered[0].dst_start:
            raise ValueError(f"unchanged prefix before {ordered[0]} changes length")
        return cls(
            ordered,
            [e.dst_start for e in ordered],
            [e.dst_end for e in ordered],
            [e.src_start for e in ordered],
            [e.src_end for e in ordered],
        )

    def __bool__(self) -> bool:
        return bool(self.edits)

    # -- point mapping -----------------------------------------------------------------------
    def _source_start(self, p: int) -> int:
        """Where a span starting at destination offset ``p`` starts in the source (snapped left)."""
        i = bisect_right(self._dst_starts, p) - 1
        if i < 0:
            return p
        e = self.edits[i]
        if p < e.dst_end:
            return e.src_start
        return e.src_end + (p - e.dst_end)

    def _source_end(self, p: int) -> int:
        """Where a span ending at destination offset ``p`` ends in the source (snapped right)."""
        edits = self.edits
        i = bisect_left(self._dst_ends, p)
        if i >= len(edits):
            if not edits:
                return p
            return edits[-1].src_end + (p - edits[-1].dst_end)
        e = edits[i]
        if p > e.dst_start:
            return e.src_end
        return e.src_start - (e.dst_start - p)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the destination span ``[start, end)`` to the source string."""
        s = self._source_start(start)
        e = self._source_end(end)
        return s, max(s, e)

    def to_dest(self, start: int, end: int) -> tuple[int, int]:
        """Map the source span ``[start, end)`` to the destination string.

        Unlike :meth:`to_source`, insertions on the span's boundaries are included, so that
        ``to_dest(*to_source(s, e))`` always contains ``[s, e)`` when the source span is not empty.
        """
        edits = self.edits
        # start: the first edit that contains `start` or begins at it (an insertion at `start`)
        i = bisect_left(self._src_ends, start)
        while i < len(edits) and edits[i].src_end == start and edits[i].src_start < start:
            i += 1
        if i < len(edits) and edits[i].src_start <= start:
            s = edits[i].dst_start
        elif i < len(edits):
            s = edits[i].dst_start - (edits[i].src_start - start)
        else:
            s = start + (edits[-1].dst_end - edits[-1].src_end if edits else 0)
        # end: the last edit that contains `end` or ends at it (an insertion at `end`)
        j = bisect_right(self._src_starts, end) - 1
        while j >= 0 and edits[j].src_start == end and edits[j].src_end > end:
            j -= 1
        if j >= 0 and edits[j].src_end >= end:
            e = edits[j].dst_end
        elif j >= 0:
            e = edits[j].dst_end + (end - edits[j].src_end)
        else:
            e = end
        return s, max(s, e)

    # -- composition -------------------------------------------------------------------------
    def then(self, later: OffsetMap) -> OffsetMap:
        """Compose ``self`` (A -> B) with ``later`` (B -> C) into one map A -> C.

        Edits of the two maps that overlap in B are merged into one edit that keeps every kind
        and reason, in the order they were applied.
        """
        if not self.edits:
            return later
        if not later.edits:
            return self
        items = [(e.dst_start, e.dst_end, 0, e) for e in self.edits]
        items += [(e.src_start, e.src_end, 1, e) for e in later.edits]
        items.sort(key=lambda t: (t[0], t[1], t[2]))
        groups: list[list[tuple[int, int, int, Edit]]] = []
        g_start = g_end = -1
        for item in items:
            s, e = item[0], item[1]
            touching_empty = s == g_end and (s == e or g_start == g_end)
            if groups and (s < g_end or touching_empty):
                groups[-1].append(item)
                g_end = max(g_end, e)
                continue
            groups.append([item])
            g_start, g_end = s, e
        # Sweep in B with the running length deltas of both maps: exact, no point mapping.
        merged: list[Edit] = []
        delta_first = delta_later = 0  # (B - A) and (C - B) accumulated before the group
        for group in groups:
            gs = group[0][0]
            ge = max(i[1] for i in group)
            d_first = sum((i[3].dst_end - i[3].dst_start) - (i[3].src_end - i[3].src_start)
                          for i in group if i[2] == 0)
            d_later = sum((i[3].dst_end - i[3].dst_start) - (i[3].src_end - i[3].src_start)
                          for i in group if i[2] == 1)
            a_s = gs - delta_first
            c_s = gs + delta_later
            ordered = sorted(group, key=lambda i: (i[2], i[0]))
            merged.append(Edit(
                a_s, a_s + (ge - gs) - d_first, c_s, c_s + (ge - gs) + d_later,
                tuple(k for i in ordered for k in i[3].kinds),
                tuple(r for i in ordered for r in i[3].reasons),
            ))
            delta_first += d_first
            delta_later += d_later
        return OffsetMap.from_edits(merged)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the whitespace at either end (an empty span if it is all whitespace).

    >>> strip_span("  ab  ", 0, 6)
    (2, 4)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_spans(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (split at ``\\n`` only) with the offset where it starts.

    >>> list(line_spans("ab\\n\\ncd"))
    [(0, 'ab'), (3, ''), (4, 'cd')]
    """
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1
