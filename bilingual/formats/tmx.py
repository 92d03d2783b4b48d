"""TMX 1.4 translation memories with any number of languages: two are picked, codes read as codes.

The two languages are the ones asked for (``ko``, ``en``, or a regional variant such as ``en-GB``), else the
header's ``srclang`` and the only other language (of another base language when there are several). A
regional variant is matched exactly when asked for; a base language held in several variants is resolved by
the header's ``srclang``, and otherwise refused naming them. Which variant was used is noted on the
:class:`Bitext`; every error names the languages the file really holds.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from bilingual.errors import InputError
from bilingual.formats.segments import Bitext, Content, InlineReader, Invalid, Segment, check_codes, invalid_unit, local
from bilingual.formats.xliff import lang

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tag(tuv: ET.Element) -> str:
    return (tuv.get(_XML_LANG) or tuv.get("lang") or "").replace("_", "-")


def read_tmx(root: ET.Element, *, name: str, source_lang: str | None = None,
             target_lang: str | None = None, invalid: Invalid = "raise") -> Bitext:
    """The translation units of a TMX document, as segments in the two languages chosen; a unit that cannot be
    read is an error (``invalid="raise"``) or one empty segment carrying the reason (``"record"``)."""
    header = next((e for e in root if local(e.tag) == "header"), None)
    declared = header.get("srclang") if header is not None else None
    body = next((e for e in root if local(e.tag) == "body"), root)
    units: list[tuple[str, dict[str, ET.Element], InputError | None]] = []
    held: dict[str, str] = {}  # lower case → as first written
    for number, tu in enumerate((e for e in body if local(e.tag) == "tu"), start=1):
        tuid = tu.get("tuid") or str(number)
        variants: dict[str, ET.Element] = {}
        problem: InputError | None = None
        for tuv in (e for e in tu if local(e.tag) == "tuv"):
            tag = _tag(tuv)
            if not tag:
                raise InputError(name, "unsupported_tmx", f"tu {tuid}: a <tuv> without xml:lang")
            held.setdefault(tag.lower(), tag)
            seg = next((c for c in tuv if local(c.tag) == "seg"), None)
            if seg is None:
                problem = problem or InputError(name, "invalid_segment", f"tu {tuid}: the <tuv> for {tag} has no <seg>")
            elif tag.lower() in variants:
                problem = problem or InputError(name, "invalid_segment", f"tu {tuid}: two <tuv> for {tag}")
            else:
                variants[tag.lower()] = seg
        if problem is not None and invalid == "raise":
            raise problem
        units.append((tuid, variants, problem))
    source, target, notes = _choose(held, declared, source_lang, target_lang, name)
    out = Bitext(lang(source), lang(target), notes=notes)
    for tuid, variants, problem in units:
        try:
            if problem is not None:
                raise problem
            contents = _read_unit(tuid, variants, (source, target), name)
        except InputError as error:
            out.add(invalid_unit(error, unit=tuid, file=None, invalid=invalid), label=tuid)
            continue
        (s, s_subs), (t, t_subs) = contents
        out.add(Segment(unit=tuid, id="1", source=s, target=t), label=tuid)
        for n in range(max(len(s_subs), len(t_subs))):
            sub_id = f"1/sub{n + 1}"
            out.add(Segment(unit=tuid, id=sub_id, source=s_subs[n] if n < len(s_subs) else Content(),
                            target=t_subs[n] if n < len(t_subs) else Content()), label=f"{tuid}.{sub_id}")
    return out


def _read_unit(tuid: str, variants: dict[str, ET.Element], keys: tuple[str, str],
               name: str) -> list[tuple[Content, list[Content]]]:
    contents: list[tuple[Content, list[Content]]] = []
    for side, key in zip(("source", "target"), keys, strict=True):
        seg = variants.get(key)
        reader = InlineReader("tmx", where=f"{name}: tu {tuid}")
        content = reader.read(seg) if seg is not None else Content()
        check_codes(list(content.codes), name=name, where=f"tu {tuid}", side=side)
        contents.append((content, reader.subflows))
    return contents


def _choose(held: dict[str, str], declared: str | None, source_lang: str | None, target_lang: str | None,
            name: str) -> tuple[str, str, list[str]]:
    """The two languages (lower-case keys of ``held``) to review, and notes on which variants were used."""
    listing = ", ".join(held.values()) or "none"
    notes: list[str] = []
    declared_key = declared.lower().replace("_", "-") if declared and declared != "*all*" else None

    def pick(wanted: str, role: str) -> str:
        key = wanted.lower().replace("_", "-")
        if key in held:
            return key
        variants = [h for h in held if lang(h) == lang(key)] if "-" not in key else []
        if len(variants) > 1 and declared_key in variants:
            variants = [declared_key]
        if len(variants) == 1:
            chosen = variants[0]
            same = [held[h] for h in held if h != chosen and lang(h) == lang(key)]
            notes.append(f"{role} language {wanted}: used {held[chosen]}"
                         + (f" (the file also holds {', '.join(same)})" if same else ""))
            return chosen
        if variants:
            raise InputError(name, "unsupported_tmx", f"{role} language {wanted} is held in several variants "
                             f"({', '.join(held[v] for v in variants)}); name one (the file holds {listing})")
        raise InputError(name, "unsupported_tmx", f"no {role} language {wanted} (the file holds {listing})")

    def other(chosen: str, role: str) -> str:
        """The language to review against ``chosen``: the only other one, else the only one of another base
        language, else the header's ``srclang`` among those."""
        others = [h for h in held if h != chosen]
        if len(others) > 1:
            others = [h for h in others if lang(h) != lang(chosen)] or others
        if len(others) > 1 and declared_key in others:
            others = [h for h in others if h == declared_key]
        if len(others) != 1:
            raise InputError(name, "unsupported_tmx", f"expected two languages to review, the file holds {listing}"
                             " (choose them with --source-lang and --target-lang)")
        if len(held) > 2:
            notes.append(f"{role} language: used {held[others[0]]} (the file holds {listing})")
        return others[0]

    source = pick(source_lang, "source") if source_lang else None
    target = pick(target_lang, "target") if target_lang else None
    if source is None and target is None:
        if not held:
            raise InputError(name, "unsupported_tmx", "expected two languages, found none")
        source = next(iter(held))
        if declared_key and any(lang(h) == lang(declared_key) for h in held):
            try:
                source = pick(declared_key, "source")
            except InputError:  # the header names a variant the units do not use: take the first base match
                source = next(h for h in held if lang(h) == lang(declared_key))
                notes.append(f"source language: the header says {declared}, used {held[source]}")
    if source is None:
        assert target is not None
        source = other(target, "source")
    if target is None:
        target = other(source, "target")
    if source == target:
        raise InputError(name, "unsupported_tmx", f"source and target are both {held[source]} "
                         f"(the file holds {listing})")
    return source, target, notes
