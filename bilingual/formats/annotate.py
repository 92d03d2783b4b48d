"""Findings back into the translator's file: each finding as a W3C ITS 2.0 Localization Quality Issue.

``bilingual review file.xlf --annotate out.xlf`` writes the XLIFF again, unchanged but for the annotations, so
that a CAT tool shows the findings on the segments they concern. The ITS 2.0 mappings for XLIFF are followed:

- XLIFF 1.2 (the W3C ITS Interest Group's XLIFF 1.2 mapping, as the Okapi framework writes it): the ITS
  attributes ``its:locQualityIssueType``, ``its:locQualityIssueComment`` and ``its:locQualityIssueSeverity`` on
  the segment's ``<mrk mtype="seg">`` in the ``<target>`` (by ``mid``), else on the ``<target>``, else (no target)
  on the ``<trans-unit>``; a segment with several findings gets ``its:locQualityIssuesRef="#ID"`` there and an
  ``<its:locQualityIssues xml:id="ID">`` of ``<its:locQualityIssue>`` elements at the end of its
  ``<trans-unit>``.
- XLIFF 2.x (the ITS module of XLIFF 2.1): the segment's ``<target>`` content (its ``<source>`` when it has no
  target) is wrapped in ``<mrk id="bilingual-lqi-N" type="its:any">`` carrying the same attributes, or
  ``its:locQualityIssuesRef`` and an ``<its:locQualityIssues>`` element, first in the ``<unit>``.
- The root gets ``its:version="2.0"``. Severity is ITS's 0–100 scale: error 80, warning 50, info 10; the type is
  :data:`ITS_TYPES`' mapping of our codes onto ITS's type vocabulary; the comment is ``[code] message``.
- Nothing else changes: comments, processing instructions, the DOCTYPE, namespace prefixes and whitespace are
  kept (the file is parsed and written with lxml; it was read safely with defusedxml first). The output is
  UTF-8, written atomically, never over its input.

TMX has no convention CAT tools read for quality issues (``<prop>`` types are tool-specific), so it is refused.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from lxml import etree

from bilingual.document import Finding, Severity
from bilingual.errors import InputError, UsageError
from bilingual.files import read_bytes
from bilingual.formats.output import atomic_writer
from bilingual.formats.segments import Segment

ITS = "http://www.w3.org/2005/11/its"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

ITS_TYPES: dict[str, str] = {
    "name-mismatch": "inconsistent-entities",
    "name-missing": "inconsistent-entities",
    "name-spelling": "misspelling",
    "name-style": "terminology",
    "number-mismatch": "numbers",
    "placeholder-mismatch": "markup",
    "tag-mismatch": "markup",
    "invalid-unit": "markup",
    "url-mismatch": "inconsistent-entities",
    "untranslated": "untranslated",
    "same-as-source": "untranslated",
    "omission": "omission",
    "unpaired-mark": "typographical",
    "repeated-word": "duplication",
    "spacing": "whitespace",
    "language-mismatch": "other",
    "terminology": "terminology",
    "target-inconsistency": "inconsistency",
    "source-inconsistency": "inconsistency",
}
"""Our finding codes onto the ITS 2.0 Localization Quality Issue types (ITS 2.0, section 8.15)."""

ITS_SEVERITY: dict[Severity, str] = {"error": "80", "warning": "50", "info": "10"}


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if _local(c) == name]


def _issue_attributes(finding: Finding) -> dict[str, str]:
    return {f"{{{ITS}}}locQualityIssueType": ITS_TYPES.get(finding.code, "other"),
            f"{{{ITS}}}locQualityIssueComment": f"[{finding.code}] {finding.message}",
            f"{{{ITS}}}locQualityIssueSeverity": ITS_SEVERITY[finding.severity]}


class _Annotator:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.count = 0
        self.ns = etree.QName(root).namespace

    def _id(self) -> str:
        self.count += 1
        return f"bilingual-lqi-{self.count}"

    def _standoff(self, findings: Sequence[Finding]) -> tuple[str, etree._Element]:
        ref = self._id()
        issues = etree.Element(f"{{{ITS}}}locQualityIssues", nsmap={"its": ITS})
        issues.set(_XML_ID, ref)
        for finding in findings:
            issue = etree.SubElement(issues, f"{{{ITS}}}locQualityIssue")
            for key, value in _issue_attributes(finding).items():
                issue.set(etree.QName(key).localname, value)  # standoff: ITS attributes without prefix
        return ref, issues

    def mark(self, holder: etree._Element, findings: Sequence[Finding], unit: etree._Element,
             *, first: bool) -> None:
        """Put the findings on ``holder`` (attributes, or a reference to a standoff list in ``unit``)."""
        if len(findings) == 1:
            for key, value in _issue_attributes(findings[0]).items():
                holder.set(key, value)
            return
        ref, issues = self._standoff(findings)
        holder.set(f"{{{ITS}}}locQualityIssuesRef", f"#{ref}")
        _place(unit, issues, first=first)

    def wrap(self, side: etree._Element, findings: Sequence[Finding], unit: etree._Element) -> None:
        """XLIFF 2: the content of ``side`` wrapped in an ``<mrk type="its:any">`` carrying the findings."""
        mrk = etree.Element(f"{{{self.ns}}}mrk" if self.ns else "mrk")
        mrk.set("id", self._id())
        mrk.set("type", "its:any")
        mrk.text, side.text = side.text, None
        for child in list(side):
            mrk.append(child)  # moves it, with its tail
        side.append(mrk)
        self.mark(mrk, findings, unit, first=True)


def _place(unit: etree._Element, element: etree._Element, *, first: bool) -> None:
    """Insert ``element`` first or last in ``unit``, indented like the unit's other children."""
    indent = unit.text if unit.text is not None and not unit.text.strip() else None
    if first or not len(unit):
        element.tail = indent if len(unit) else unit.text
        unit.insert(0, element)
        return
    last = unit[-1]
    element.tail, last.tail = last.tail, indent
    last.addnext(element)


def _xliff1(root: etree._Element, by_unit: dict[tuple[str | None, str], dict[str, list[Finding]]],
            annotator: _Annotator) -> int:
    done = 0
    for file in (e for e in root if _local(e) == "file"):
        original = file.get("original")
        for unit in (e for e in file.iter() if _local(e) == "trans-unit"):
            wanted = by_unit.pop((original, unit.get("id") or ""), None)  # a repeated id: annotated once
            if not wanted:
                continue
            target = next(iter(_children(unit, "target")), None)
            marks = {m.get("mid"): m for m in (target.iter() if target is not None else ())
                     if _local(m) == "mrk" and m.get("mtype") == "seg"}
            for segment_id, findings in wanted.items():
                holder = marks.get(segment_id, target if target is not None else unit)
                annotator.mark(holder, findings, unit, first=False)
                done += len(findings)
    return done


def _xliff2(root: etree._Element, by_unit: dict[tuple[str | None, str], dict[str, list[Finding]]],
            annotator: _Annotator) -> int:
    done = 0
    for file in (e for e in root if _local(e) == "file"):
        name = file.get("original") or file.get("id")
        for unit in (e for e in file.iter() if _local(e) == "unit"):
            wanted = by_unit.pop((name, unit.get("id") or ""), None)  # a repeated id: annotated once
            if not wanted:
                continue
            segments = {(s.get("id") or str(n)): s for n, s in enumerate(_children(unit, "segment"), start=1)}
            for segment_id, findings in wanted.items():
                segment = segments.get(segment_id)
                if segment is None:  # a unit that could not be read: on its first segment, or the unit
                    segment = next(iter(segments.values()), None)
                side = None if segment is None else next(iter(_children(segment, "target") or
                                                              _children(segment, "source")), None)
                if side is None:
                    annotator.mark(unit, findings, unit, first=True)
                else:
                    annotator.wrap(side, findings, unit)
                done += len(findings)
    return done


def _with_its_prefix(tree: etree._ElementTree, parser: etree.XMLParser) -> etree._ElementTree:
    """The same document whose root also declares ``xmlns:its``. lxml cannot add a declaration to an element,
    and moving children under a new root re-prefixes them, so the root is serialized, given the declaration in
    its start tag and parsed again; the comments and instructions around it are copied over."""
    root = tree.getroot()
    text = etree.tostring(root, encoding="unicode", with_tail=False)
    name = re.match(r"<[^\s/>]+", text)
    assert name is not None
    new = etree.fromstring(f'{text[:name.end()]} xmlns:its="{ITS}"{text[name.end():]}', parser)
    out = etree.ElementTree(new)
    for sibling in list(root.itersiblings(preceding=True))[::-1]:
        new.addprevious(copy.copy(sibling))
    for sibling in reversed(list(root.itersiblings())):
        new.addnext(copy.copy(sibling))
    return out


def annotate_xliff(path: str | Path, out: str | Path, segments: Sequence[Segment],
                   findings: Iterable[Finding]) -> tuple[int, int]:
    """Write ``path`` to ``out`` with ``findings`` (whose ``pair`` indexes ``segments``, as in a review of
    ``read_bilingual_file(path)``) as ITS Localization Quality Issues. Returns how many findings were written
    and how many could not be placed (a unit without an id in the file)."""
    data = read_bytes(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as error:
        raise InputError(str(path), "malformed_xml", str(error)) from None
    root = tree.getroot()
    kind = _local(root)
    if kind != "xliff":
        raise UsageError(f"--annotate writes XLIFF; {path} is <{kind}> (TMX has no quality-issue convention "
                         "CAT tools read)")
    by_unit: dict[tuple[str | None, str], dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    placed = 0
    for finding in findings:
        segment = segments[finding.pair]
        segment_id = segment.id.split("/sub", 1)[0]  # a <sub> flow's finding goes on the segment holding it
        by_unit[(segment.file, segment.unit)][segment_id].append(finding)
        placed += 1
    doctype = tree.docinfo.doctype
    if ITS not in root.nsmap.values():
        tree = _with_its_prefix(tree, parser)
        root = tree.getroot()
    root.set(f"{{{ITS}}}version", "2.0")
    annotator = _Annotator(root)
    version2 = (root.get("version") or "").startswith("2")
    done = (_xliff2 if version2 else _xliff1)(root, by_unit, annotator)
    text = etree.tostring(tree, encoding="unicode", doctype=doctype or None)
    with atomic_writer(out, newline="") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n' + text + ("\n" if not text.endswith("\n") else ""))
    return done, placed - done
