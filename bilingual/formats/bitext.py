"""Read the files translators use: XLIFF 1.2 and 2.x, TMX, and two parallel plain-text files.

XML is parsed with ``defusedxml`` (the standard library's ElementTree, guarded against entity-expansion
and external-entity attacks, since these files come from elsewhere); a malformed file is an error naming
its line and column.

>>> xliff = '''<xliff version="1.2"><file source-language="ko" target-language="en"><body>
... <trans-unit id="1"><source>조태열 장관</source><target>Minister Cho Tae-yul</target></trans-unit>
... </body></file></xliff>'''
>>> read_bilingual_xml(xliff, name="demo.xlf")
Bitext(source_lang='ko', target_lang='en', pairs=[('조태열 장관', 'Minister Cho Tae-yul')], ids=['1'])
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree as SafeET

from bilingual.errors import InputError
from bilingual.files import read_bytes, read_text


@dataclass
class Bitext:
    """Aligned segments read from a file, with the languages the file declares (``ko``/``en``, or ``None``)."""

    source_lang: str | None
    target_lang: str | None
    pairs: list[tuple[str, str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


def _lang(code: str | None) -> str | None:
    if not code:
        return None
    base = code.lower().replace("_", "-").split("-")[0]
    return base if base in ("ko", "en") else base or None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element: ET.Element | None) -> str:
    """All the text of an element, inline markup (``<g>``, ``<ph>``, ``<pc>``) flattened to its text."""
    return "" if element is None else "".join(element.itertext())


def read_bilingual_xml(data: str | bytes, *, name: str) -> Bitext:
    """Segments of an XLIFF 1.2, XLIFF 2.x or TMX document (recognised by its root element)."""
    try:
        root = SafeET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        raise InputError(name, "malformed_xml", f"line {line}, column {column}: {error}") from None
    except Exception as error:  # defusedxml's refusals (entity declarations, external references)
        raise InputError(name, "unsafe_xml", f"refused: {error}") from None
    kind = _local(root.tag)
    if kind == "xliff":
        version = root.get("version", "")
        return _xliff2(root) if version.startswith("2") else _xliff1(root)
    if kind == "tmx":
        return _tmx(root, name)
    raise InputError(name, "unknown_format", f"the root element is <{kind}>, not <xliff> or <tmx>")


def _xliff1(root: ET.Element) -> Bitext:
    out = Bitext(None, None)
    for file in (e for e in root.iter() if _local(e.tag) == "file"):
        out.source_lang = out.source_lang or _lang(file.get("source-language"))
        out.target_lang = out.target_lang or _lang(file.get("target-language"))
        for unit in (e for e in file.iter() if _local(e.tag) == "trans-unit"):
            children = {_local(c.tag): c for c in unit}
            out.pairs.append((_text(children.get("source")), _text(children.get("target"))))
            out.ids.append(unit.get("id") or str(len(out.ids) + 1))
    return out


def _xliff2(root: ET.Element) -> Bitext:
    out = Bitext(_lang(root.get("srcLang")), _lang(root.get("trgLang")))
    for unit in (e for e in root.iter() if _local(e.tag) == "unit"):
        for number, segment in enumerate(e for e in unit if _local(e.tag) == "segment"):
            children = {_local(c.tag): c for c in segment}
            out.pairs.append((_text(children.get("source")), _text(children.get("target"))))
            unit_id = unit.get("id") or str(len(out.ids) + 1)
            out.ids.append(unit_id if number == 0 else f"{unit_id}.{number + 1}")
    return out


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tmx(root: ET.Element, name: str) -> Bitext:
    header = next((e for e in root if _local(e.tag) == "header"), None)
    source_lang = _lang(header.get("srclang") if header is not None else None)
    if source_lang == "*all*":
        source_lang = None
    units = [e for e in root.iter() if _local(e.tag) == "tu"]
    variants_of: list[tuple[str, dict[str, str]]] = []
    langs: list[str] = []
    for unit in units:
        variants: dict[str, str] = {}
        for tuv in (e for e in unit if _local(e.tag) == "tuv"):
            lang = _lang(tuv.get(_XML_LANG) or tuv.get("lang"))
            if lang is None:
                continue
            seg = next((c for c in tuv if _local(c.tag) == "seg"), None)
            variants[lang] = _text(seg)
            if lang not in langs:
                langs.append(lang)
        variants_of.append((unit.get("tuid") or str(len(variants_of) + 1), variants))
    source_lang = source_lang if source_lang in langs else (langs[0] if langs else None)
    others = [lang for lang in langs if lang != source_lang]
    if len(others) != 1:
        raise InputError(name, "unsupported_tmx", f"expected two languages, found {langs or 'none'}")
    target_lang = others[0]
    out = Bitext(source_lang, target_lang)
    for tuid, variants in variants_of:
        out.pairs.append((variants.get(source_lang or "", ""), variants.get(target_lang, "")))
        out.ids.append(tuid)
    return out


def read_bilingual_file(path: str | Path) -> Bitext:
    """An XLIFF (``.xlf``, ``.xliff``) or TMX (``.tmx``) file."""
    return read_bilingual_xml(read_bytes(path), name=str(path))


def read_parallel_text(source: str | Path, target: str | Path) -> tuple[list[str], list[str]]:
    """The lines of two plain-text files (UTF-8), one segment a line."""
    return read_text(source).splitlines(), read_text(target).splitlines()


def pair_lines(src: list[str], tgt: list[str], *, source: str | Path, target: str | Path) -> list[tuple[str, str]]:
    """The lines read from two parallel files, paired; a clear error naming both counts when they differ."""
    if len(src) != len(tgt):
        raise InputError(f"{source}, {target}", "line_count_mismatch",
                         f"{source} has {len(src)} lines but {target} has {len(tgt)}; aligned files need one "
                         "segment a line on both sides (leave out --aligned to pair their sentences instead)")
    return list(zip(src, tgt, strict=True))
