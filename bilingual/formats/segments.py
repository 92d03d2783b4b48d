"""The segment model of translators' files: the text a reader sees, and the inline codes kept as codes.

A segment's :class:`Content` (one side) is its text plus its :class:`Code` objects. Native code data
(``<bpt>&lt;b&gt;</bpt>``, an XLIFF 2 ``dataRef``) is kept on the code, never in the text; a standalone code
or placeholder between two words counts as a word boundary (``Heading 1<x/>1`` reads ``Heading 1 1``).
The reading itself is one walk over inline markup, :class:`InlineReader`, with a table of what each
element of each dialect (XLIFF 1.2, XLIFF 2.x, TMX) is.

>>> import xml.etree.ElementTree as ET
>>> src = ET.fromstring('<source>Heading 1<x id="7"/>1 '
...                     '<bpt id="1">&lt;b&gt;</bpt>bold<ept id="1">&lt;/b&gt;</ept></source>')
>>> content = InlineReader("xliff1", where="unit 3").read(src)
>>> content.text
'Heading 1 1 bold'
>>> [(c.kind, c.id, c.data, c.position) for c in content.codes]
[('standalone', '7', '', 9), ('open', '1', '<b>', 12), ('close', '1', '</b>', 16)]
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from bilingual.errors import InputError
from bilingual.qa.result import SegmentRef

CodeKind = Literal["open", "close", "standalone", "placeholder"]
Dialect = Literal["xliff1", "xliff2", "tmx"]
Revisions = Literal["accepted", "original"]
Invalid = Literal["raise", "record"]


@dataclass(frozen=True, slots=True)
class Code:
    """One inline code: a paired ``open``/``close`` (``<g>``, ``<bpt>``/``<ept>``, ``<pc>``, ``<sc>``/``<ec>``),
    a ``standalone`` code (``<x/>``, ``<it>``) or a ``placeholder`` (``<ph>``, TMX ``<ut>``)."""

    kind: CodeKind
    id: str | None
    tag: str
    """The element it was read from (``g``, ``bpt``, ``pc``, …)."""
    data: str
    """The original (native) data: the content of ``<bpt>``/``<ph>``, or the XLIFF 2 ``originalData`` it
    refers to; empty for codes without it (``<g>``, ``<x/>``)."""
    position: int
    """Offset in the segment's text where the code stands."""
    isolated: bool = False
    """An open or close code whose partner is outside the segment (``<it>``, ``isolated="yes"``)."""
    subflow: bool = False
    """The code's data holds a ``<sub>`` flow (translatable text, read as a segment of its own)."""


@dataclass(frozen=True, slots=True)
class Content:
    """One side of a segment: the text a reader sees and the codes in it."""

    text: str = ""
    codes: tuple[Code, ...] = ()


@dataclass(frozen=True, slots=True)
class Segment:
    """A source segment and its translation, with where it came from and its state."""

    unit: str
    id: str
    source: Content
    target: Content
    file: str | None = None
    state: str | None = None
    """The state the tool recorded (XLIFF ``state``, Trados ``sdl:conf``, memoQ ``mq:status``), as written."""
    locked: bool = False
    """Locked by the tool (Trados ``<sdl:seg locked="true">``, memoQ ``mq:locked``): not reviewed, counted."""
    invalid: str | None = None
    """Why the unit could not be read as its format says (mids that do not match, unbalanced codes, a code id
    used twice, a ``<tuv>`` without ``<seg>``…): the unit is then this one empty segment, carrying the reason."""

    @property
    def ref(self) -> SegmentRef:
        return SegmentRef(file=self.file, unit=self.unit, segment=self.id, state=self.state)


@dataclass
class Bitext:
    """Aligned segments read from a file, with the languages the file declares (``ko``/``en``, or ``None``).

    ``pairs`` and ``ids`` are the texts and ``unit`` (or ``unit.segment`` when a unit has several segments)
    of :attr:`segments`, for callers that need only those."""

    source_lang: str | None
    target_lang: str | None
    pairs: list[tuple[str, str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list, repr=False)
    skipped: int = field(default=0, repr=False)
    """Segments not read because their unit (or group, or file) is ``translate="no"``."""
    locked: int = field(default=0, repr=False)
    """Segments not read because the tool locked them."""
    notes: list[str] = field(default_factory=list, repr=False)
    """What the reader chose that a user should know (which regional variant of a TMX language was used)."""

    def add(self, segment: Segment, *, label: str) -> None:
        self.segments.append(segment)
        self.pairs.append((segment.source.text, segment.target.text))
        self.ids.append(label)

    @property
    def protected(self) -> int:
        """Spans of text marked not to translate, kept as protected codes (both sides)."""
        return sum(1 for s in self.segments for side in (s.source, s.target) for c in side.codes if c.tag == "mrk")

    @property
    def problems(self) -> list[tuple[int, str]]:
        """The units that could not be read (``invalid="record"``): the index of their segment and the reason."""
        return [(n, s.invalid) for n, s in enumerate(self.segments) if s.invalid is not None]

    def refs(self) -> list[SegmentRef]:
        """File, unit, segment and state of every pair, in order."""
        return [s.ref for s in self.segments]

    def only_states(self, states: set[str]) -> tuple[Bitext, int]:
        """The segments whose state (compared case-insensitively) is one of ``states`` (and the units that could
        not be read, which have none), and how many were left out."""
        wanted = {s.lower() for s in states}
        out = Bitext(self.source_lang, self.target_lang, skipped=self.skipped, locked=self.locked,
                     notes=list(self.notes))
        for segment, label in zip(self.segments, self.ids, strict=True):
            if segment.invalid is not None or (segment.state or "").lower() in wanted:  # a bad unit stays reported
                out.add(segment, label=label)
        return out, len(self.segments) - len(out.segments)


def local(tag: object) -> str:
    """An element's name without its namespace (comments and processing instructions give ``""``)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_SPACE = re.compile(r"[ \t\r\n]+")
_TEXTUAL = re.compile(r"(\{\d+>|<\d+\}|\{\d+\})")

# What each inline element is, by dialect: "open-close" wraps content (an open code, the content, a close code);
# "open"/"close"/"standalone"/"placeholder" is one code; "isolated" is an open or close by its pos attribute;
# "char" is a character (XLIFF 2 <cp>); "marker" is an empty annotation marker (nothing to read); "annotation"
# wraps content without being a code (Trados tracked changes among them: see InlineReader._annotation).
_ELEMENTS: dict[Dialect, dict[str, str]] = {
    "xliff1": {"g": "open-close", "x": "standalone", "bx": "open", "ex": "close", "bpt": "open", "ept": "close",
               "ph": "placeholder", "it": "isolated", "mrk": "annotation", "sub": "annotation"},
    "xliff2": {"pc": "open-close", "sc": "open", "ec": "close", "ph": "placeholder", "cp": "char",
               "mrk": "annotation", "sm": "marker", "em": "marker"},
    "tmx": {"hi": "open-close", "bpt": "open", "ept": "close", "ph": "placeholder", "it": "isolated",
            "ut": "placeholder", "sub": "annotation"},
}
_WITH_DATA = {"bpt", "ept", "ph", "it", "ut"}  # elements whose content is native code (XLIFF 1.2 and TMX)
_BOUNDARY: set[CodeKind] = {"standalone", "placeholder"}


def _code_id(dialect: Dialect, element: ET.Element) -> str | None:
    """The id that pairs an open code with its close and relates source codes to target codes."""
    get = element.get
    if dialect == "tmx":
        return get("i") or get("x")
    if dialect == "xliff2":
        tag = local(element.tag)
        if tag in ("sc", "ec") and get("rid"):  # not in the spec, but written by tools (locize): XLIFF 1.2's rid
            return get("rid")
        return get("startRef") or get("id") if tag == "ec" else get("id")
    return get("rid") or get("id")


class InlineReader:
    """Reads the inline content of one ``<source>``, ``<target>``, ``<seg>`` or ``<mrk>`` into :class:`Content`.

    ``preserve=False`` normalizes whitespace (XLIFF 2 without ``xml:space="preserve"``); ``revisions`` says
    whether tracked changes are read as accepted (deleted text out, added text in) or as the original;
    ``data`` is the XLIFF 2 unit's ``originalData`` (or a Trados file's ``<tag-defs>``, by id and ``id/close``);
    ``textual`` lists codes written as text (Phrase); ``where`` names the unit in errors. ``subflows`` collects
    the text of ``<sub>`` elements, each its own content."""

    def __init__(self, dialect: Dialect, *, where: str, preserve: bool = True, revisions: Revisions = "accepted",
                 data: dict[str, str] | None = None, textual: dict[str, str] | None = None) -> None:
        self.dialect = dialect
        self.textual = textual or {}  # Phrase's {1>, <1}, {2}: by id, with their data
        self.where = where
        self.preserve = preserve
        self.revisions = revisions
        self.data = data or {}
        self.subflows: list[Content] = []
        self._parts: list[str] = []
        self._length = 0
        self._codes: list[Code] = []
        self._boundary = False
        self._boundary_at = -1
        self._protected_at = -1
        self._todo: list[Callable[[], None]] = []

    def read(self, element: ET.Element) -> Content:
        self._parts, self._length, self._codes, self._boundary, self._boundary_at = [], 0, [], False, -1
        self._protected_at = -1
        self._walk(element)
        text = "".join(self._parts)
        if not self.preserve:
            text = text.rstrip(" ")
        codes = tuple(c if c.position <= len(text) else _moved(c, len(text)) for c in self._codes)
        return Content(text=text, codes=codes)

    def _append(self, text: str | None) -> None:
        if not text:
            return
        if self.textual:
            for n, piece in enumerate(_TEXTUAL.split(text)):
                if n % 2 == 0:
                    self._add_text(piece)
                else:
                    self._textual_code(piece)
            return
        self._add_text(text)

    def _textual_code(self, token: str) -> None:
        number = token.strip("{}<>")
        if number not in self.textual:  # a brace in the text, not a code of the unit
            self._add_text(token)
            return
        kind: CodeKind = "open" if token.endswith(">") else "close" if token.startswith("<") else "standalone"
        self._codes.append(Code(kind=kind, id=number, tag="phrase", data=self.textual[number],
                                position=self._length))
        if kind == "standalone":
            self._boundary, self._boundary_at = True, len(self._codes) - 1

    def _add_text(self, text: str) -> None:
        if not text:
            return
        if not self.preserve:
            text = _SPACE.sub(" ", text)
            if text.startswith(" ") and (self._length == 0 or self._parts[-1].endswith(" ")):
                text = text[1:]
            if not text:
                return
        if (self._protected_at == self._length and self._length and self._parts[-1][-1] == " "
                and text[0] == " "):
            text = text[1:]  # "Call <protected/> now": one space where the protected text stood
            if not text:
                return
        if self._boundary and self._length and self._parts[-1][-1].isalnum() and text[0].isalnum():
            text = " " + text  # a standalone code between two words separates them
            for n in range(self._boundary_at + 1, len(self._codes)):  # codes after it open after the space
                self._codes[n] = _moved(self._codes[n], self._length + 1)
        self._boundary = False
        self._parts.append(text)
        self._length += len(text)

    def _walk(self, element: ET.Element) -> None:
        """The content of ``element`` in document order, without recursion (markup may nest deeply)."""
        self._todo = []
        self._content(element)
        while self._todo:
            self._todo.pop()()

    def _content(self, element: ET.Element) -> None:
        """Schedule the text and children (each with its tail) of ``element``, to run before what is scheduled."""
        actions: list[Callable[[], None]] = [functools.partial(self._append, element.text)]
        for child in element:
            actions += [functools.partial(self._element, child), functools.partial(self._append, child.tail)]
        self._todo += reversed(actions)

    def _code(self, kind: CodeKind, element: ET.Element, data: str, *, isolated: bool = False) -> None:
        tag = local(element.tag)
        subflow = tag in _WITH_DATA and any(local(e.tag) == "sub" for e in element.iter())
        self._codes.append(Code(kind=kind, id=_code_id(self.dialect, element), tag=tag, data=data,
                                position=self._length, isolated=isolated, subflow=subflow))
        if kind in _BOUNDARY:
            self._boundary = True
            self._boundary_at = len(self._codes) - 1

    def _native(self, element: ET.Element) -> str:
        """The native data of an XLIFF 1.2 or TMX code element; its ``<sub>`` flows become their own contents
        (a ``<sub>`` inside a ``<sub>`` is read by the reader of the outer one, once)."""
        pending = list(element)
        while pending:
            child = pending.pop(0)
            if local(child.tag) == "sub":
                reader = InlineReader(self.dialect, where=self.where, preserve=self.preserve,
                                      revisions=self.revisions, data=self.data)
                self.subflows.append(reader.read(child))
                self.subflows += reader.subflows
            else:
                pending += list(child)
        return "".join(element.itertext())

    def _ref(self, name: str, element: ET.Element) -> str:
        ref = element.get(name)
        return self.data.get(ref, "") if ref else (element.get("equiv") or element.get("disp") or "")

    def _element(self, element: ET.Element) -> None:
        tag = local(element.tag)
        role = _ELEMENTS[self.dialect].get(tag)
        if role is None:
            if not tag:  # a comment or processing instruction
                return
            self._content(element)  # an element of another vocabulary: its text, as before
            return
        xliff2 = self.dialect == "xliff2"
        if role == "open-close":
            code_id = element.get("id") or ""
            self._code("open", element, self._ref("dataRefStart", element) if xliff2 else self.data.get(code_id, ""))
            close = self._ref("dataRefEnd", element) if xliff2 else self.data.get(f"{code_id}/close", "")
            self._todo.append(functools.partial(self._code, "close", element, close))  # after the content
            self._content(element)
        elif role in ("open", "close", "standalone", "placeholder"):
            if xliff2:
                data = self._ref("dataRef", element)
            elif tag in _WITH_DATA:
                data = self._native(element)
            else:  # <x/>, <bx/>, <ex/>: the data a Trados file keeps in its <tag-defs>, if any
                data = (self.data.get((element.get("id") or "") + ("/close" if role == "close" else ""))
                        or element.get("equiv-text") or "")  # Angular writes the code's text in equiv-text
            isolated = xliff2 and element.get("isolated") == "yes"
            self._code(role, element, data, isolated=isolated)  # type: ignore[arg-type]
        elif role == "isolated":
            kind: CodeKind = "close" if element.get("pos") in ("close", "end") else "open"
            self._code(kind, element, self._native(element), isolated=True)
        elif role == "char":
            self._append(_char(element.get("hex"), self.where))
        elif role == "annotation":
            self._annotation(element)

    def _annotation(self, element: ET.Element) -> None:
        mtype = element.get("mtype") or ""
        if element.get("translate") == "no" or mtype == "protected":
            # text marked not to translate (XLIFF 2 <mrk translate="no">, XLIFF 1.2 mtype="protected" or
            # translate="no"): kept as one protected code holding the text, not reviewed as words
            self._code("placeholder", element, "".join(element.itertext()))
            self._protected_at = self._length
            return
        if mtype in ("x-sdl-deleted", "x-sdl-added"):
            keep = (mtype == "x-sdl-added") == (self.revisions == "accepted")
            if keep:
                self._content(element)
            return
        self._content(element)


def _moved(code: Code, position: int) -> Code:
    return Code(kind=code.kind, id=code.id, tag=code.tag, data=code.data, position=position,
                isolated=code.isolated, subflow=code.subflow)


def _char(hex_value: str | None, where: str) -> str:
    try:
        return chr(int(hex_value or "", 16))
    except (ValueError, OverflowError):
        raise InputError(where, "invalid_segment", f'<cp hex="{hex_value}"/> is not a character') from None


def check_codes(codes: list[Code], *, name: str, where: str, side: str) -> None:
    """Refuse, naming the unit, a side whose paired codes do not balance or whose code ids are used twice.

    Opening codes, standalone codes and placeholders share one id space, closing codes another (a pair's
    open and close share its id); isolated codes pair with nothing in the unit."""
    opened: dict[str, Code] = {}
    seen: set[tuple[bool, str]] = set()
    for code in codes:
        if code.id is None:
            if code.kind in ("open", "close") and not code.isolated:
                raise InputError(name, "invalid_segment", f"{where}: a <{code.tag}> in the {side} has no id")
            continue
        key = (code.kind == "close", code.id)
        if key in seen:
            raise InputError(name, "invalid_segment", f"{where}: code id {code.id!r} is used twice in the {side}")
        seen.add(key)
        if code.isolated or code.tag in ("g", "pc", "hi"):
            continue
        if code.kind == "open":
            opened[code.id] = code
        elif code.kind == "close" and opened.pop(code.id, None) is None:
            raise InputError(name, "invalid_segment",
                             f"{where}: <{code.tag}> {code.id!r} in the {side} closes a code that is not open")
    if opened:
        unclosed = ", ".join(f"<{c.tag}> {c.id!r}" for c in opened.values())
        raise InputError(name, "invalid_segment", f"{where}: {unclosed} in the {side} is never closed")


def invalid_unit(error: InputError, *, unit: str, file: str | None, invalid: Invalid) -> Segment:
    """The segment standing for a unit that could not be read (``invalid="record"``), or the error again."""
    if invalid == "raise" or error.code != "invalid_segment":
        raise error
    reason = error.message.split(": ", 1)[1] if error.message.startswith(("unit ", "tu ")) else error.message
    return Segment(unit=unit, id="", source=Content(), target=Content(), file=file, invalid=reason)
