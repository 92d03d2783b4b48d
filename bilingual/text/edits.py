"""Turn a list of replacements on a string into the new string and its :class:`OffsetMap`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bilingual.offsets import Edit, OffsetMap


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``text[start:end]`` with ``value``; ``kind`` and ``reason`` explain why."""

    start: int
    end: int
    value: str
    kind: str
    reason: str


def apply_replacements(text: str, replacements: Iterable[Replacement]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping replacements (in any order) and return the new text and its map.

    >>> new, m = apply_replacements("a&ampb", [Replacement(1, 5, "&", "html_entity", "x")])
    >>> new, m.to_source(1, 2)
    ('a&b', (1, 5))
    """
    reps = sorted((r for r in replacements if text[r.start:r.end] != r.value),
                  key=lambda r: (r.start, r.end))
    if not reps:
        return text, OffsetMap()
    parts: list[str] = []
    edits: list[Edit] = []
    pos = 0
    shift = 0
    for r in reps:
        if r.start < pos:
            raise ValueError(f"overlapping replacements at {r.start}")
        parts.append(text[pos:r.start])
        dst_start = r.start + shift
        parts.append(r.value)
        edits.append(Edit(r.start, r.end, dst_start, dst_start + len(r.value), (r.kind,), (r.reason,)))
        shift += len(r.value) - (r.end - r.start)
        pos = r.end
    parts.append(text[pos:])
    return "".join(parts), OffsetMap.from_edits(edits)


def trimmed_replacement(old: str, new: str, offset: int, kind: str, reason: str) -> Replacement | None:
    """The smallest single replacement turning ``old`` into ``new`` (common prefix/suffix kept).

    >>> trimmed_replacement("Koreaâ€™s", "Korea’s", 10, "mojibake", "r")
    Replacement(start=15, end=18, value='’', kind='mojibake', reason='r')
    """
    if old == new:
        return None
    p = 0
    limit = min(len(old), len(new))
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return Replacement(offset + p, offset + len(old) - s, new[p:len(new) - s], kind, reason)
