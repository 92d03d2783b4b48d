"""Laws of offset maps: exact outside edits, covering inside them, composition equals sequencing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.offsets import Edit, OffsetMap
from bilingual.text.edits import Replacement, apply_replacements

ALPHABET = "ab &;\\'\u00a0가나"


@st.composite
def text_and_replacements(draw: st.DrawFn) -> tuple[str, list[Replacement]]:
    text = draw(st.text(ALPHABET, max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    reps = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        value = draw(st.text("xyz", max_size=3))
        reps.append(Replacement(a, b, value, "k", "r"))
    return text, reps


def rebuild(source: str, dest: str, m: OffsetMap) -> str:
    """Apply the map's edits to ``source``, taking replacement text from ``dest``."""
    out, pos = [], 0
    for e in m.edits:
        out.append(source[pos:e.src_start])
        out.append(dest[e.dst_start:e.dst_end])
        pos = e.src_end
    out.append(source[pos:])
    return "".join(out)


@given(text_and_replacements())
def test_apply_replacements_map_rebuilds_text(case: tuple[str, list[Replacement]]) -> None:
    text, reps = case
    new, m = apply_replacements(text, reps)
    assert rebuild(text, new, m) == new


@given(text_and_replacements(), st.data())
def test_spans_outside_edits_map_exactly(case: tuple[str, list[Replacement]], data: st.DataObject) -> None:
    text, reps = case
    new, m = apply_replacements(text, reps)
    s = data.draw(st.integers(0, len(new)))
    e = data.draw(st.integers(s, len(new)))
    os_, oe = m.to_source(s, e)
    assert 0 <= os_ <= oe <= len(text)
    touches = any((ed.dst_start < e and s < ed.dst_end) or (ed.dst_start == ed.dst_end and s < ed.dst_start < e)
                  for ed in m.edits)
    if not touches:
        assert text[os_:oe] == new[s:e]
    # the original span covers the requested one: mapping it forward contains [s, e)
    # (text that was purely inserted maps back to an empty span, which maps forward past it)
    if os_ < oe:
        ds, de = m.to_dest(os_, oe)
        assert ds <= s and e <= de


@given(text_and_replacements(), st.data())
def test_mapping_is_monotone(case: tuple[str, list[Replacement]], data: st.DataObject) -> None:
    text, reps = case
    new, m = apply_replacements(text, reps)
    points = sorted(data.draw(st.lists(st.integers(0, len(new)), min_size=2, max_size=5)))
    starts = [m.to_source(p, p)[0] for p in points]
    assert starts == sorted(starts)
    assert m.to_dest(0, len(text)) == (0, len(new))


@settings(max_examples=300)
@given(text_and_replacements(), st.data())
def test_composition_equals_sequencing(case: tuple[str, list[Replacement]], data: st.DataObject) -> None:
    text, reps = case
    middle, first = apply_replacements(text, reps)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(middle)), max_size=6)))
    later_reps = [Replacement(a, b, data.draw(st.text("pq", max_size=2)), "k2", "r2")
                  for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    final, second = apply_replacements(middle, later_reps)
    both = first.then(second)
    assert rebuild(text, final, both) == final
    assert both.to_dest(0, len(text)) == (0, len(final))


def test_overlapping_edits_are_rejected() -> None:
    with pytest.raises(ValueError):
        OffsetMap.from_edits([Edit(0, 3, 0, 1), Edit(2, 4, 1, 2)])
    with pytest.raises(ValueError):
        apply_replacements("abcdef", [Replacement(0, 3, "x", "k", "r"), Replacement(2, 4, "y", "k", "r")])


def test_boundary_inside_an_edit_is_widened() -> None:
    # "x&amp;y" -> "x&y": any span touching "&" maps to the whole entity
    new, m = apply_replacements("x&amp;y", [Replacement(1, 6, "&", "html_entity", "r")])
    assert new == "x&y"
    assert m.to_source(1, 2) == (1, 6)
    assert m.to_source(0, 1) == (0, 1)
    assert m.to_source(2, 3) == (6, 7)
    # a deletion on a boundary stays outside the span
    new, m = apply_replacements("a\u200bb", [Replacement(1, 2, "", "zero_width", "r")])
    assert (new, m.to_source(1, 2), m.to_source(0, 1)) == ("ab", (2, 3), (0, 1))


def test_inserted_text_maps_to_an_empty_span() -> None:
    new, m = apply_replacements("ab", [Replacement(1, 1, "XY", "k", "r")])
    assert new == "aXYb"
    assert m.to_source(1, 3) == (1, 1)
    assert m.to_source(0, 4) == (0, 2)
