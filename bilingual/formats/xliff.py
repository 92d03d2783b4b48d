"""XLIFF 1.2 and 2.x as CAT tools read them: units, segments, inline codes, revisions, ``translate="no"``.

- XLIFF 1.2: a ``<trans-unit>`` with ``<seg-source>`` is split into its ``<mrk mtype="seg">`` segments, paired
  with the target's by ``mid`` (Trados Studio, Okapi); without it the unit is one segment. ``state`` (on
  ``<target>``), Trados ``sdl:conf`` (``<sdl:seg-defs>``) and memoQ ``mq:status`` are kept as the state.
- XLIFF 2.x: each ``<segment>`` of a ``<unit>`` (``<ignorable>`` is not reviewed); codes refer to the unit's
  ``<originalData>``; whitespace is normalized unless ``xml:space="preserve"`` is in force. With
  ``revisions="original"``, the oldest ``<ctr:revision>`` content of a segment is read instead.
- A ``translate="no"`` file, group or unit is skipped and counted; a ``<sub>`` flow is a segment of its own.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator

from bilingual.errors import InputError
from bilingual.formats.segments import (
    Bitext,
    Content,
    InlineReader,
    Invalid,
    Revisions,
    Segment,
    check_codes,
    invalid_unit,
    local,
)

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_ITS_TRANSLATE = "{http://www.w3.org/2005/11/its}translate"
_MQ_STATUS = "{MQXliff}status"
_MQ_LOCKED = "{MQXliff}locked"
_PHRASE = "{http://www.memsource.com/mxlf/2.0}"


def lang(code: str | None) -> str | None:
    """The base language of a language tag, lower case: ``ko-KR`` → ``ko``."""
    if not code:
        return None
    return code.lower().replace("_", "-").split("-")[0] or None


def _translatable(element: ET.Element, inherited: bool) -> bool:
    value = element.get("translate") or element.get(_ITS_TRANSLATE)
    return inherited if value is None else value != "no"


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (c for c in element if local(c.tag) == name)


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next(_children(element, name), None)


class _Units:
    """Collects segments into a :class:`Bitext`, labelling each and adding its ``<sub>`` flows."""

    def __init__(self, out: Bitext, name: str) -> None:
        self.out = out
        self.name = name

    def add_unit(self, segments: list[tuple[Segment, list[Content], list[Content]]]) -> None:
        for segment, source_subs, target_subs in segments:
            if segment.invalid is not None:
                self.out.add(segment, label=segment.unit)
                continue
            if segment.locked:
                self.out.locked += 1
                continue
            self.out.add(segment, label=segment.unit if len(segments) == 1 else f"{segment.unit}.{segment.id}")
            for n in range(max(len(source_subs), len(target_subs))):
                sub_id = f"{segment.id}/sub{n + 1}"
                sub = Segment(unit=segment.unit, id=sub_id, file=segment.file, state=segment.state,
                              source=source_subs[n] if n < len(source_subs) else Content(),
                              target=target_subs[n] if n < len(target_subs) else Content())
                self.out.add(sub, label=f"{segment.unit}.{sub_id}")


# --- XLIFF 1.2 ---------------------------------------------------------------------------------------------


def read_xliff1(root: ET.Element, *, name: str, revisions: Revisions = "accepted",
                invalid: Invalid = "raise") -> Bitext:
    """The segments of an XLIFF 1.x document; a unit that cannot be read is an error (``invalid="raise"``) or
    one empty segment carrying the reason (``"record"``)."""
    out = Bitext(None, None)
    units = _Units(out, name)
    for file in _children(root, "file"):
        out.source_lang = out.source_lang or lang(file.get("source-language"))
        out.target_lang = out.target_lang or lang(file.get("target-language"))
        body = _child(file, "body")
        if body is None:
            continue
        file_name = file.get("original")
        translate = _translatable(file, True)
        tag_defs = _tag_defs(file)
        for unit, unit_translate in _xliff1_units(body, translate):
            unit_id = unit.get("id") or str(len(out.ids) + out.skipped + 1)
            try:
                segments = _xliff1_unit(unit, unit_id, file_name, name, revisions, tag_defs)
            except InputError as error:
                segments = [(invalid_unit(error, unit=unit_id, file=file_name, invalid=invalid), [], [])]
            if unit_translate:
                units.add_unit(segments)
            else:
                out.skipped += len(segments)
    return out


def _xliff1_units(element: ET.Element, translate: bool) -> Iterator[tuple[ET.Element, bool]]:
    """The trans-units under ``element`` in document order, with whether they are translatable (groups nest)."""
    stack = [(child, translate) for child in reversed(element)]
    while stack:
        child, inherited = stack.pop()
        tag = local(child.tag)
        if tag == "trans-unit":
            yield child, _translatable(child, inherited)
        elif tag == "group":
            inner = _translatable(child, inherited)
            stack += [(c, inner) for c in reversed(child)]


def _tag_defs(file: ET.Element) -> dict[str, str]:
    """Trados Studio keeps the native data of ``<g>``/``<x/>`` in ``<header><tag-defs>``: by id (and ``id/close``)."""
    out: dict[str, str] = {}
    header = _child(file, "header")
    for defs in _children(header, "tag-defs") if header is not None else ():
        for tag in _children(defs, "tag"):
            tag_id = tag.get("id") or ""
            for part in tag:
                kind = local(part.tag)
                text = "".join(part.itertext())
                if kind in ("bpt", "ph", "st"):
                    out[tag_id] = text
                elif kind == "ept":
                    out[f"{tag_id}/close"] = text
    return out


def _seg_marks(element: ET.Element) -> list[ET.Element]:
    """The ``<mrk mtype="seg">`` of a ``<seg-source>`` or ``<target>`` (also inside ``<g>``), in order."""
    found: list[ET.Element] = []
    stack = list(reversed(element))
    while stack:
        child = stack.pop()
        if local(child.tag) == "mrk" and child.get("mtype") == "seg":
            found.append(child)
        else:
            stack += reversed(child)
    return found


def _xliff1_unit(unit: ET.Element, unit_id: str, file_name: str | None, name: str,
                 revisions: Revisions, tag_defs: dict[str, str]) -> list[tuple[Segment, list[Content], list[Content]]]:
    where = f"unit {unit_id}"
    source, target = _child(unit, "source"), _child(unit, "target")
    seg_source = _child(unit, "seg-source")
    unit_state = unit.get(_MQ_STATUS) or (target.get("state") if target is not None else None) or _phrase_state(unit)
    textual = _phrase_marks(unit)
    conf = {d.get("id"): d.get("conf") for defs in _children(unit, "seg-defs")
            for d in defs if local(d.tag) == "seg"}
    locked = {d.get("id") for defs in _children(unit, "seg-defs") for d in defs
              if local(d.tag) == "seg" and d.get("locked") == "true"}
    unit_locked = unit.get(_MQ_LOCKED) in ("locked", "true") or unit.get(f"{_PHRASE}locked") == "true"

    def read(element: ET.Element | None) -> tuple[Content, list[Content]]:
        if element is None:
            return Content(), []
        reader = InlineReader("xliff1", where=f"{name}: {where}", revisions=revisions, textual=textual,
                              data=tag_defs)
        return reader.read(element), reader.subflows

    marks = _seg_marks(seg_source) if seg_source is not None else []
    if not marks:
        (s, s_subs), (t, t_subs) = read(source), read(target)
        _check(name, where, [s], [t])
        state = conf.get("1") if len(conf) == 1 and not unit_state else unit_state
        return [(Segment(unit=unit_id, id="1", source=s, target=t, file=file_name, state=state,
                         locked=unit_locked or (len(conf) == 1 and bool(locked))), s_subs, t_subs)]
    source_mids = [m.get("mid") or "" for m in marks]
    if target is not None and len(target) == 0 and not (target.text or "").strip():
        target = None  # an empty <target/>: no segment is translated yet
    target_marks = _seg_marks(target) if target is not None else []
    _check_mids(name, where, source_mids, [m.get("mid") or "" for m in target_marks], target is not None)
    by_mid = {m.get("mid") or "": m for m in target_marks}
    if target is not None and not target_marks and len(marks) == 1:
        by_mid = {source_mids[0]: target}  # one segment, a target without <mrk>: the whole target
    out: list[tuple[Segment, list[Content], list[Content]]] = []
    for mark, mid in zip(marks, source_mids, strict=True):
        s, s_subs = read(mark)
        t, t_subs = read(by_mid.get(mid))
        out.append((Segment(unit=unit_id, id=mid, source=s, target=t, file=file_name,
                            state=conf.get(mid) or unit_state, locked=unit_locked or mid in locked), s_subs, t_subs))
    _check(name, where, [seg.source for seg, _, _ in out], [seg.target for seg, _, _ in out])
    return out


def _phrase_state(unit: ET.Element) -> str | None:
    """Phrase (Memsource) MXLIFF: ``m:confirmed="1"`` is ``confirmed``, ``"0"`` is ``unconfirmed``."""
    confirmed = unit.get(f"{_PHRASE}confirmed")
    return None if confirmed is None else "confirmed" if confirmed == "1" else "unconfirmed"


def _phrase_marks(unit: ET.Element) -> dict[str, str]:
    """Phrase MXLIFF writes a unit's tags as text (``{1>``, ``<1}``, ``{2}``) and lists them in
    ``<m:tunit-metadata>``: the ids it lists, with their original data."""
    marks: dict[str, str] = {}
    for metadata in _children(unit, "tunit-metadata"):
        for mark in _children(metadata, "mark"):
            content = _child(mark, "content")
            marks[mark.get("id") or ""] = "".join(content.itertext()) if content is not None else ""
    return marks


def _check_mids(name: str, where: str, source: list[str], target: list[str], has_target: bool) -> None:
    for side, mids in (("seg-source", source), ("target", target)):
        if "" in mids:
            raise InputError(name, "invalid_segment", f'{where}: a <mrk mtype="seg"> in the {side} has no mid')
        repeated = sorted(m for m, n in Counter(mids).items() if n > 1)
        if repeated:
            raise InputError(name, "invalid_segment", f"{where}: mid {', '.join(repeated)} used twice in the {side}")
    if not target:
        if has_target and len(source) > 1:
            raise InputError(name, "invalid_segment", f"{where}: the seg-source has {len(source)} segments "
                             f"(mid {', '.join(source)}) but the target has no <mrk mtype=\"seg\">")
        return
    if set(source) != set(target):
        only_s = sorted(set(source) - set(target))
        only_t = sorted(set(target) - set(source))
        detail = "; ".join(part for part in (f"only in seg-source: {', '.join(only_s)}" if only_s else "",
                                             f"only in target: {', '.join(only_t)}" if only_t else "") if part)
        raise InputError(name, "invalid_segment", f"{where}: segment mids do not match ({detail})")


def _check(name: str, where: str, sources: list[Content], targets: list[Content]) -> None:
    check_codes([c for content in sources for c in content.codes], name=name, where=where, side="source")
    check_codes([c for content in targets for c in content.codes], name=name, where=where, side="target")


# --- XLIFF 2.x ---------------------------------------------------------------------------------------------


def read_xliff2(root: ET.Element, *, name: str, revisions: Revisions = "accepted",
                invalid: Invalid = "raise") -> Bitext:
    """The segments of an XLIFF 2.x document (``invalid`` as in :func:`read_xliff1`)."""
    out = Bitext(lang(root.get("srcLang")), lang(root.get("trgLang")))
    units = _Units(out, name)
    preserve = root.get(_XML_SPACE) == "preserve"
    for file in _children(root, "file"):
        file_name = file.get("original") or file.get("id")
        for unit, translate, unit_preserve in _xliff2_units(file, _translatable(file, True),
                                                            _space(file, preserve)):
            unit_id = unit.get("id") or str(len(out.ids) + out.skipped + 1)
            try:
                segments = _xliff2_unit(unit, unit_id, file_name, name, revisions, unit_preserve)
            except InputError as error:
                segments = [(invalid_unit(error, unit=unit_id, file=file_name, invalid=invalid), [], [])]
            if translate:
                units.add_unit(segments)
            else:
                out.skipped += len(segments)
    return out


def _space(element: ET.Element, inherited: bool) -> bool:
    value = element.get(_XML_SPACE)
    return inherited if value is None else value == "preserve"


def _xliff2_units(element: ET.Element, translate: bool, preserve: bool) -> Iterator[tuple[ET.Element, bool, bool]]:
    """The units under ``element`` in document order, with ``translate`` and ``xml:space`` inherited."""
    stack = [(child, translate, preserve) for child in reversed(element)]
    while stack:
        child, inherited, space = stack.pop()
        tag = local(child.tag)
        if tag == "unit":
            yield child, _translatable(child, inherited), _space(child, space)
        elif tag == "group":
            inner, inner_space = _translatable(child, inherited), _space(child, space)
            stack += [(c, inner, inner_space) for c in reversed(child)]


def _original_revisions(unit: ET.Element) -> dict[tuple[str, str], ET.Element]:
    """The oldest recorded content of each segment side (XLIFF 2 change tracking), by (side, segment id)."""
    out: dict[tuple[str, str], ET.Element] = {}
    for track in (e for e in unit if local(e.tag) == "changeTrack"):
        for revisions in (e for e in track if local(e.tag) == "revisions"):
            side, ref = revisions.get("appliesTo") or "", revisions.get("ref") or ""
            dated = [(r.get("datetime") or "", n, r) for n, r in enumerate(revisions) if local(r.tag) == "revision"]
            for _, _, revision in sorted(dated, key=lambda d: (d[0], -d[1]))[:1]:
                item = next((i for i in revision if local(i.tag) == "item" and i.get("property") == "content"), None)
                if item is not None and side in ("source", "target"):
                    out[(side, ref)] = item
    return out


def _xliff2_unit(unit: ET.Element, unit_id: str, file_name: str | None, name: str, revisions: Revisions,
                 preserve: bool) -> list[tuple[Segment, list[Content], list[Content]]]:
    where = f"unit {unit_id}"
    data = {d.get("id") or "": "".join(d.itertext()) for od in _children(unit, "originalData")
            for d in od if local(d.tag) == "data"}
    original = _original_revisions(unit) if revisions == "original" else {}
    segment_elements = list(_children(unit, "segment"))
    out: list[tuple[Segment, list[Content], list[Content]]] = []
    for number, element in enumerate(segment_elements, start=1):
        segment_id = element.get("id") or str(number)
        segment_preserve = _space(element, preserve)

        def read(side: str, segment_id: str = segment_id, element: ET.Element = element,
                 segment_preserve: bool = segment_preserve) -> tuple[Content, list[Content]]:
            part = _child(element, side)
            if revisions == "original":
                ref = segment_id if (side, segment_id) in original else ""
                if len(segment_elements) == 1 or ref:
                    part = original.get((side, ref), part)
            if part is None:
                return Content(), []
            reader = InlineReader("xliff2", where=f"{name}: {where}", preserve=_space(part, segment_preserve),
                                  revisions=revisions, data=data)
            return reader.read(part), reader.subflows

        (s, s_subs), (t, t_subs) = read("source"), read("target")
        out.append((Segment(unit=unit_id, id=segment_id, source=s, target=t, file=file_name,
                            state=element.get("state")), s_subs, t_subs))
    _check(name, where, [s.source for s, _, _ in out], [s.target for s, _, _ in out])
    return out
