"""Findings written back into XLIFF as ITS 2.0 Localization Quality Issues, everything else kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES
from lxml import etree

from bilingual.cli import main
from bilingual.document import SEVERITY, Finding
from bilingual.errors import UsageError
from bilingual.formats.annotate import ITS, ITS_TYPES, annotate_xliff
from bilingual.formats.bitext import read_bilingual_file

XLIFFS = sorted([*(p for p in (FIXTURES / "xliff").iterdir() if p.suffix != ".md" and p.suffix != ".tmx"),
                 *(p for p in (FIXTURES / "xliff-real").rglob("*.*") if p.suffix in (".xlf", ".xliff"))])


def _strip(tree: etree._ElementTree) -> bytes:
    """The document without what --annotate adds (ITS attributes, standoff lists, the wrapping <mrk>)."""
    root = tree.getroot()
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for key in [k for k in element.attrib if k.startswith(f"{{{ITS}}}")]:
            del element.attrib[key]
        if element.tag == f"{{{ITS}}}locQualityIssues":
            previous, parent = element.getprevious(), element.getparent()
            if previous is not None:  # appended last: its tail was the last child's
                previous.tail = element.tail
            parent.remove(element)
        elif etree.QName(element).localname == "mrk" and (element.get("id") or "").startswith("bilingual-lqi-"):
            side = element.getparent()
            side.text = element.text
            for child in list(element):
                side.append(child)
            side.remove(element)
    etree.cleanup_namespaces(tree)
    return etree.tostring(tree, encoding="unicode").encode()  # not C14N: memoQ's namespace URI is relative


def _findings(path: Path) -> tuple[list[Finding], list[tuple[str, str, str, str]]]:
    """Made-up findings on every other segment (two on every fourth), and where they must land."""
    bitext = read_bilingual_file(path, invalid="record")
    codes = list(ITS_TYPES)
    findings: list[Finding] = []
    expected: list[tuple[str, str, str, str]] = []
    for n, segment in enumerate(bitext.segments):
        for k in range(0 if n % 2 else (2 if n % 4 == 0 else 1)):
            code = codes[(n + k) % len(codes)]
            findings.append(Finding(code=code, severity=SEVERITY[code], pair=n,  # type: ignore[arg-type]
                                    message=f"finding {k} on {segment.unit}/{segment.id} <&>"))
            expected.append((segment.unit, segment.id.split("/sub")[0], ITS_TYPES[code],
                             f"[{code}] finding {k} on {segment.unit}/{segment.id} <&>"))
    return findings, expected


def _annotations(root: etree._Element) -> list[tuple[str, str, str, str]]:
    """(unit id, segment id, type, comment) of every issue in an annotated file, read back with lxml."""
    standoff = {e.get("{http://www.w3.org/XML/1998/namespace}id"): e for e in root.iter(f"{{{ITS}}}locQualityIssues")}
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str) or etree.QName(element).namespace == ITS:
            continue
        issues = []
        if element.get(f"{{{ITS}}}locQualityIssueType"):
            issues = [(element.get(f"{{{ITS}}}locQualityIssueType"), element.get(f"{{{ITS}}}locQualityIssueComment"))]
        elif element.get(f"{{{ITS}}}locQualityIssuesRef"):
            ref = standoff[element.get(f"{{{ITS}}}locQualityIssuesRef")[1:]]
            issues = [(i.get("locQualityIssueType"), i.get("locQualityIssueComment")) for i in ref]
        if not issues:
            continue
        unit = next(a for a in element.iterancestors(None) if etree.QName(a).localname in ("trans-unit", "unit")) \
            if etree.QName(element).localname not in ("trans-unit", "unit") else element
        if etree.QName(element).localname == "mrk" and element.get("mtype") == "seg":
            segment = element.get("mid")
        else:
            holder = next((a for a in element.iterancestors(None) if etree.QName(a).localname == "segment"), None)
            siblings = [s for s in unit if isinstance(s.tag, str) and etree.QName(s).localname == "segment"]
            segment = (holder.get("id") or str(siblings.index(holder) + 1)) if holder is not None else "1"
        found += [(unit.get("id"), segment, t, c) for t, c in issues]
    return found


@pytest.mark.parametrize("path", XLIFFS, ids=lambda p: p.name)
def test_annotations_land_on_their_segments_and_nothing_else_changes(path: Path, tmp_path: Path) -> None:
    findings, expected = _findings(path)
    out = tmp_path / "out.xlf"
    written, unplaced = annotate_xliff(path, out, read_bilingual_file(path, invalid="record").segments, findings)
    assert (written, unplaced) == (len(findings), 0)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    before, after = etree.parse(str(path), parser), etree.parse(str(out), parser)
    assert after.getroot().get(f"{{{ITS}}}version") == "2.0"
    assert sorted(_annotations(after.getroot())) == sorted(expected)
    assert _strip(after) == _strip(before)
    # the annotated file still reads as the same segments
    again = read_bilingual_file(out, invalid="record")
    assert again.pairs == read_bilingual_file(path, invalid="record").pairs


def test_severity_and_standoff_shape(tmp_path: Path) -> None:
    path = FIXTURES / "xliff" / "trados-briefing.sdlxliff"
    segments = read_bilingual_file(path).segments
    n = next(i for i, s in enumerate(segments) if s.id == "3")
    findings = [Finding(code="omission", severity="warning", pair=n, message="missing"),
                Finding(code="spacing", severity="info", pair=n, message="two spaces")]
    annotate_xliff(path, tmp_path / "o.xlf", segments, findings)
    root = etree.parse(str(tmp_path / "o.xlf")).getroot()
    (issues,) = root.iter(f"{{{ITS}}}locQualityIssues")
    assert [(i.get("locQualityIssueType"), i.get("locQualityIssueSeverity")) for i in issues] == [
        ("omission", "50"), ("whitespace", "10")]
    assert etree.QName(issues.getparent()).localname == "trans-unit" and issues.getparent()[-1] is issues


def test_tmx_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="TMX"):
        annotate_xliff(FIXTURES / "xliff" / "multilingual.tmx", tmp_path / "o.tmx", [], [])


def test_the_command_writes_the_review_into_the_file_and_never_over_its_input(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.xlf"
    path.write_text('<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" trgLang="en">'
                    '<file id="f"><unit id="u1"><segment id="s1"><source>조태열 장관은 9일 도착했다.</source>'
                    "<target>Minister Cho Tae-yul arrived on the 10th.</target></segment></unit>"
                    '<unit id="u2"><segment><source xml:space="preserve">서울  회담</source></segment></unit>'
                    "</file></xliff>", encoding="utf-8")
    original = path.read_bytes()
    assert main(["review", str(path), "--annotate", str(path)]) == 2
    assert "[output_is_input]" in capsys.readouterr().err and path.read_bytes() == original
    out = tmp_path / "out.xlf"
    assert main(["review", str(path), "--annotate", str(out), "--fail-on", "never"]) == 0
    assert "findings written into" in capsys.readouterr().err
    found = {(unit, segment, kind) for unit, segment, kind, _ in _annotations(etree.parse(str(out)).getroot())}
    assert {("u1", "s1", "numbers"), ("u2", "1", "omission")} <= found
    assert main(["review", str(path), str(path), "--annotate", str(out)]) == 2  # two plain-text files: no


def test_ten_thousand_units_codes_nested_ten_deep(tmp_path: Path) -> None:
    nest = "".join(f'<pc id="p{k}">' for k in range(10)) + "{}" + "</pc>" * 10
    units = "".join(f'<unit id="u{i}"><segment><source>{nest.format("가")}</source>'
                    f'<target xml:space="preserve">{nest.format(f"A  {i}")}</target></segment></unit>'
                    for i in range(10_000))
    path = tmp_path / "big.xlf"
    path.write_text('<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" trgLang="en">'
                    f'<file id="f">{units}</file></xliff>', encoding="utf-8")
    segments = read_bilingual_file(path).segments
    assert len(segments) == 10_000 and segments[7].target.text == "A  7" and len(segments[7].target.codes) == 20
    findings = [Finding(code="spacing", severity="info", pair=i, message="two spaces") for i in range(0, 10_000, 3)]
    assert annotate_xliff(path, tmp_path / "out.xlf", segments, findings) == (len(findings), 0)
    root = etree.parse(str(tmp_path / "out.xlf")).getroot()
    marked = [m for m in root.iter("{urn:oasis:names:tc:xliff:document:2.0}mrk") if m.get("type") == "its:any"]
    assert len(marked) == len(findings) and marked[1].getparent().getparent().getparent().get("id") == "u3"
    assert _strip(etree.parse(str(tmp_path / "out.xlf"))) == _strip(etree.parse(str(path)))
