"""Read the files translators use: XLIFF 1.2 and 2.x, TMX, and two parallel plain-text files.

XML is parsed with ``defusedxml`` (the standard library's ElementTree, guarded against entity-expansion
and external-entity attacks, since these files come from elsewhere: a DOCTYPE is read, one that declares
entities is refused); a malformed file is an error naming its line and column. The segments are read the
way CAT tools read them (:mod:`~bilingual.formats.xliff`, :mod:`~bilingual.formats.tmx`): inline codes as
:class:`~bilingual.formats.segments.Code` objects outside the text, segments by ``mid``, tracked changes
accepted, ``translate="no"`` units skipped and counted.

>>> xliff = '''<xliff version="1.2"><file source-language="ko" target-language="en"><body>
... <trans-unit id="1"><source>조태열 <ph id="1">&lt;br/&gt;</ph>장관</source>
... <target>Minister Cho Tae-yul</target></trans-unit>
... </body></file></xliff>'''
>>> bitext = read_bilingual_xml(xliff, name="demo.xlf")
>>> bitext
Bitext(source_lang='ko', target_lang='en', pairs=[('조태열 장관', 'Minister Cho Tae-yul')], ids=['1'])
>>> bitext.segments[0].source.codes[0].data
'<br/>'
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import ElementTree as SafeET

from bilingual.errors import InputError
from bilingual.files import read_bytes, read_text
from bilingual.formats.segments import Bitext, Invalid, Revisions, local
from bilingual.formats.tmx import read_tmx
from bilingual.formats.xliff import read_xliff1, read_xliff2
from bilingual.memory import collector_paused

__all__ = ["Bitext", "pair_lines", "read_bilingual_file", "read_bilingual_xml", "read_parallel_text"]


def read_bilingual_xml(data: str | bytes, *, name: str, source_lang: str | None = None,
                       target_lang: str | None = None, revisions: Revisions = "accepted",
                       invalid: Invalid = "raise") -> Bitext:
    """Segments of an XLIFF 1.2, XLIFF 2.x or TMX document (recognised by its root element).

    ``source_lang``/``target_lang`` pick two languages of a TMX (``en`` or a variant such as ``en-GB``);
    ``revisions="original"`` reads tracked changes as they were before the change instead of accepted.
    A unit that cannot be read as its format says (segment mids that do not match, unbalanced codes, a code id
    used twice, a TMX ``<tuv>`` without ``<seg>``) is an ``invalid_segment`` error naming it
    (``invalid="raise"``), or, with ``invalid="record"``, one empty segment whose ``invalid`` gives the reason
    (:attr:`Bitext.problems`) while the rest of the file is read."""
    if revisions not in ("accepted", "original"):
        raise ValueError(f"revisions must be 'accepted' or 'original', not {revisions!r}")
    if invalid not in ("raise", "record"):
        raise ValueError(f"invalid must be 'raise' or 'record', not {invalid!r}")
    with collector_paused():
        return _read(data, name, source_lang, target_lang, revisions, invalid)


def _read(data: str | bytes, name: str, source_lang: str | None, target_lang: str | None,
          revisions: Revisions, invalid: Invalid) -> Bitext:
    try:
        root = SafeET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        raise InputError(name, "malformed_xml", f"line {line}, column {column}: {error}") from None
    except Exception as error:  # defusedxml's refusals (entity declarations, external references)
        raise InputError(name, "unsafe_xml", f"refused: {error}") from None
    kind = local(root.tag)
    try:
        if kind == "xliff":
            version = root.get("version", "")
            if version.startswith("2"):
                return read_xliff2(root, name=name, revisions=revisions, invalid=invalid)
            return read_xliff1(root, name=name, revisions=revisions, invalid=invalid)
        if kind == "tmx":
            return read_tmx(root, name=name, source_lang=source_lang, target_lang=target_lang, invalid=invalid)
    except RecursionError:  # <sub> flows nested inside codes inside <sub> flows, hundreds deep
        raise InputError(name, "invalid_segment", "<sub> elements nested too deeply to read") from None
    raise InputError(name, "unknown_format", f"the root element is <{kind}>, not <xliff> or <tmx>")


def read_bilingual_file(path: str | Path, *, source_lang: str | None = None, target_lang: str | None = None,
                        revisions: Revisions = "accepted", invalid: Invalid = "raise") -> Bitext:
    """An XLIFF (``.xlf``, ``.xliff``, ``.sdlxliff``, ``.mqxliff``, ``.mxliff``) or TMX (``.tmx``) file."""
    return read_bilingual_xml(read_bytes(path), name=str(path), source_lang=source_lang, target_lang=target_lang,
                              revisions=revisions, invalid=invalid)


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
