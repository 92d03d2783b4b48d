"""The inline-code check of translators' files: the codes of the source (``<g>``, ``<x/>``, ``<bpt>``/``<ept>``,
``<ph>``, ``<pc>``, ``<sc>``/``<ec>``, protected text) are the codes of the translation.

A code is read by :mod:`bilingual.formats.segments` (kind, id, element, native data); this module sees only those
attributes (:class:`InlineCode`), so it does not depend on the readers. Codes correspond by kind and id (protected
text by its text); codes left over are matched again by kind and native data (a TMX tool may renumber them). What
is reported, one ``tag-mismatch`` finding per problem and pair:

- a code of the source missing from the translation, or a code in the translation that the source does not have;
- native data changed (``<ph>{name}</ph>`` against ``<ph>{nom}</ph>``) or protected text changed;
- paired codes the translation closes out of order (``<b><i></b></i>``, or a close before its open) where the
  source nests them.

Moving codes is not a finding: a translation reorders its words, and its codes with them. Placeholders written
as text (``{0}``, ``%s``) are :mod:`bilingual.qa.format_checks`' ``placeholder-mismatch``.

>>> from types import SimpleNamespace as C
>>> src = [C(kind="open", id="1", tag="bpt", data="<b>", position=0, isolated=False, subflow=False),
...        C(kind="close", id="1", tag="ept", data="</b>", position=4, isolated=False, subflow=False),
...        C(kind="placeholder", id="2", tag="ph", data="{0}", position=9, isolated=False, subflow=False)]
>>> [f.message for f in check_tags(0, src, src[:2])]
["the code <ph> 2 ('{0}') of the source is not in the translation"]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from bilingual.document import SEVERITY, Finding

_WRAPPING = frozenset({"g", "pc", "hi"})  # codes read from one element: the XML itself nests them


class InlineCode(Protocol):
    """What the check needs of a code (:class:`bilingual.formats.segments.Code` has it)."""

    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str | None: ...
    @property
    def tag(self) -> str: ...
    @property
    def data(self) -> str: ...
    @property
    def position(self) -> int: ...
    @property
    def isolated(self) -> bool: ...
    @property
    def subflow(self) -> bool: ...


def _protected(code: InlineCode) -> bool:
    return code.tag == "mrk"


def _key(code: InlineCode) -> tuple[str, ...]:
    if _protected(code):
        return ("protected", _norm(code.data))
    return (code.kind, code.id) if code.id is not None else (code.kind, code.tag, _norm(code.data))


def _norm(data: str) -> str:
    return re.sub(r"\s+", " ", data).strip()


def _label(code: InlineCode) -> str:
    if _protected(code):
        return f"the protected text {code.data!r}"
    what = f"<{code.tag}>" + (f" {code.id}" if code.id is not None else "")
    return f"the code {what}" + (f" ({code.data!r})" if code.data else "")


def _match(source: Sequence[InlineCode], target: Sequence[InlineCode]) -> tuple[
        list[tuple[InlineCode, InlineCode]], list[InlineCode], list[InlineCode]]:
    """Pairs of corresponding codes, then the source's codes left over, then the translation's."""
    left = list(target)
    pairs: list[tuple[InlineCode, InlineCode]] = []
    missing: list[InlineCode] = []
    by_key: dict[tuple[str, ...], list[int]] = {}
    for n, code in enumerate(left):
        by_key.setdefault(_key(code), []).append(n)
    used: set[int] = set()
    for code in source:
        slots = by_key.get(_key(code))
        if slots:
            n = slots.pop(0)
            used.add(n)
            pairs.append((code, left[n]))
        else:
            missing.append(code)
    extra = [c for n, c in enumerate(left) if n not in used]
    if missing and extra:  # renumbered codes: the same kind and native data
        still: list[InlineCode] = []
        for code in missing:
            twin = next((c for c in extra if not _protected(c) and c.kind == code.kind and c.data
                         and _norm(c.data) == _norm(code.data)), None)
            if twin is None:
                still.append(code)
            else:
                extra.remove(twin)
                pairs.append((code, twin))
        missing = still
    return pairs, missing, extra


def _nesting_break(codes: Sequence[InlineCode]) -> InlineCode | None:
    """The first close code that does not close the innermost open one (``<b><i></b></i>``, or a close with
    nothing open of its id); codes of one element (``<g>``, ``<pc>``) and isolated codes cannot break it."""
    paired = [c for c in codes if not (c.isolated or c.tag in _WRAPPING or _protected(c))]
    both = {c.id for c in paired if c.kind == "open"} & {c.id for c in paired if c.kind == "close"}
    opened: list[str | None] = []
    for code in paired:
        if code.id not in both:  # a code whose partner is missing is reported as missing, not as out of order
            continue
        if code.kind == "open":
            opened.append(code.id)
        elif code.kind == "close":
            if not opened or opened[-1] != code.id:
                return code
            opened.pop()
    return None


def check_tags(index: int, source: Sequence[InlineCode], target: Sequence[InlineCode],
               target_text: str | None = None) -> list[Finding]:
    """The ``tag-mismatch`` findings of one pair, from the codes of its two sides (in reading order). A target
    with no code and no text (``target_text`` blank: not translated yet) is left to the omission check."""
    if not target and (not source or (target_text is not None and not target_text.strip())):
        return []
    findings: list[Finding] = []

    def add(message: str, s: InlineCode | None, t: InlineCode | None, values: tuple[str, ...]) -> None:
        findings.append(Finding(code="tag-mismatch", severity=SEVERITY["tag-mismatch"], pair=index, message=message,
                                source_span=(s.position, s.position) if s is not None else None,
                                target_span=(t.position, t.position) if t is not None else None, values=values))

    pairs, missing, extra = _match(source, target)
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        add(f"{_label(missing[0])} of the source is not in the translation{more}", missing[0], None,
            tuple(_label(c) for c in missing))
    if extra:
        more = f" (and {len(extra) - 1} more)" if len(extra) > 1 else ""
        add(f"{_label(extra[0])} in the translation is not in the source{more}", None, extra[0],
            tuple(_label(c) for c in extra))
    changed = [(s, t) for s, t in pairs if not (_protected(s) or s.subflow or t.subflow)  # a <sub> is translated
               and s.data and t.data and _norm(s.data) != _norm(t.data)]
    if changed:
        s, t = changed[0]
        add(f"{_label(s)} has other native data in the translation: {t.data!r}", s, t, (s.data, t.data))
    broken = _nesting_break(target)
    if broken is not None and _nesting_break(source) is None:
        add(f"{_label(broken)} closes out of order in the translation (the source nests its codes)", None, broken,
            (_label(broken),))
    return findings
