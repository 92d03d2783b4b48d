"""Repair stage: fix broken text while recording every change with its position.

Passes, in order, each producing position-exact replacements (see ``docs/repair.md``):

1. ``legacy_korean`` — EUC-KR/CP949 bytes decoded as Latin-1/CP1252 (ftfy cannot undo this and
   even damages it, so it runs first); repaired where the evidence is clear, flagged where not;
2. ``ftfy`` — mojibake, ligatures, character width, surrogates, C1 controls, on changed tokens only;
3. ``markup`` — HTML entities (with or without ``;``), backslash-escaped quotes, line breaks,
   control characters, terminal escapes, no-break and other Unicode spaces, zero-width characters;
4. ``nfc`` — Unicode NFC (the Korean tokenizer needs composed Hangul).

The passes are repeated until nothing changes, so repair is idempotent.

>>> from bilingual.context import Context
>>> doc = repair(Document.create("Thursday\\\\'s WORLD&nbsp"), Context.create())
>>> doc.text
"Thursday's WORLD "
>>> [r.kind for r in doc.repairs]
['escaped_quote', 'html_entity']
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bilingual.config import RepairConfig
from bilingual.document import Document, Flag, Repair
from bilingual.offsets import OffsetMap, line_spans
from bilingual.text.edits import Replacement, apply_replacements, trimmed_replacement
from bilingual.text.scripts import SYLLABLES

if TYPE_CHECKING:
    import ftfy

    from bilingual.context import Context

# -- pass 1: Korean bytes decoded with a Western legacy codec --------------------------------------
# EUC-KR (and the KS X 1001 part of CP949) encodes every Hangul syllable as two bytes in A1..FE, and
# Latin-1 and CP1252 read those bytes as the same characters, so the garble is a run of them.
_LEGACY_RUN = re.compile(r"[\xa1-\xfe]{2,}")
_HANGUL_SYLLABLE = re.compile(f"[{SYLLABLES}]")


@dataclass(frozen=True)
class _LegacyLine:
    runs: list[tuple[int, int, str]]  # (start, end, decoded) within the line
    syllables: int  # Hangul from runs that are not also valid UTF-8
    clear: bool
    why: str


def _legacy_line(line: str) -> _LegacyLine | None:
    """How likely ``line`` holds EUC-KR bytes read as Latin-1; ``None`` when nothing decodes to Hangul.

    A run of Latin-1 characters is evidence when its bytes decode as EUC-KR. Runs that are also
    valid UTF-8 (two-byte runs can be, by chance) are ambiguous: they are repaired only when the
    rest of the line is clear evidence. The line is clear when no run fails to decode, at least
    two syllables come from unambiguous runs, and most decoded characters are Hangul.
    """
    runs: list[tuple[int, int, str]] = []
    failed = ambiguous_chars = syllables = decoded_chars = 0
    for m in _LEGACY_RUN.finditer(line):
        raw = m.group().encode("latin-1")
        try:
            value = raw.decode("euc-kr")
        except UnicodeDecodeError:
            failed += 1
            continue
        hangul = len(_HANGUL_SYLLABLE.findall(value))
        try:
            raw.decode("utf-8")
            ambiguous_chars += hangul
        except UnicodeDecodeError:
            syllables += hangul
        decoded_chars += len(value)
        runs.append((m.start(), m.end(), value))
    if syllables + ambiguous_chars == 0:
        return None
    hangul_share = (syllables + ambiguous_chars) / decoded_chars
    if failed:
        why = f"{failed} run(s) on the line do not decode as EUC-KR"
    elif syllables < 2:
        why = "too few syllables to be sure"
    elif hangul_share < 0.5:
        why = "most decoded characters are not Hangul"
    else:
        why = ""
    return _LegacyLine(runs, syllables, not why, why)


def _utf8_mojibake_of_korean(line: str) -> bool:
    """ftfy reads the line as UTF-8 mojibake and gets more Hangul out of it: its case, not ours."""
    fixed = _ftfy_module().fix_text(line, _ftfy_config(RepairConfig(), explain=False))
    return len(_HANGUL_SYLLABLE.findall(fixed)) > len(_HANGUL_SYLLABLE.findall(line))


def _legacy_korean(text: str, mode: str) -> tuple[list[Replacement], list[tuple[int, int, str, str]]]:
    """Replacements for clear cases, and (start, end, reason, suggestion) flags for unclear ones."""
    replacements: list[Replacement] = []
    flags: list[tuple[int, int, str, str]] = []
    if mode == "off" or text.isascii():
        return replacements, flags
    for line_start, line in line_spans(text):
        verdict = _legacy_line(line) if not line.isascii() else None
        if verdict is None or verdict.syllables == 0:
            continue  # nothing, or only runs that are valid UTF-8 too: ftfy's case
        if not verdict.clear and _utf8_mojibake_of_korean(line):
            continue
        for start, end, value in verdict.runs:
            if not _HANGUL_SYLLABLE.search(value) and not verdict.clear:
                continue
            start, end = line_start + start, line_start + end
            if verdict.clear and mode == "repair":
                reason = (f"{end - start} Latin-1 characters are the EUC-KR bytes of {value!r} "
                          "(the whole line decodes cleanly as EUC-KR)")
                replacements.append(Replacement(start, end, value, "legacy_korean", reason))
            else:
                why = verdict.why or "flag-only mode"
                flags.append((start, end, f"may be EUC-KR bytes read as Latin-1 ({why})", value))
    return replacements, flags


# -- pass 2: ftfy ----------------------------------------------------------------------------------
def _ftfy_module() -> Any:
    """ftfy, imported on first use: a text with no line that ftfy could change (ASCII, Hangul, curly quotes) never
    needs it, and importing it (its mojibake regular expressions) is about 0.1 s of a process's cold start."""
    import ftfy

    return ftfy


def _ftfy_config(options: RepairConfig, explain: bool) -> ftfy.TextFixerConfig:
    # Every option is stated: ftfy's defaults uncurl quotes and unescape HTML on its own terms.
    config: ftfy.TextFixerConfig = _ftfy_module().TextFixerConfig(
        unescape_html=False,  # our markup pass decodes entities with positions and without ';'
        remove_terminal_escapes=False,  # markup pass
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=True,
        fix_character_width=options.fix_character_width,
        uncurl_quotes=False,  # curly quotes carry meaning (open/close) in both languages: keep them
        fix_line_breaks=False,  # markup pass
        fix_surrogates=True,
        remove_control_chars=True,
        normalization=None,  # our nfc pass, with positions
        explain=explain,
    )
    return config


# NUL separates tokens: the markup pass decides whether it stood between two words.
_TOKEN_WITH_NON_ASCII = re.compile(r"[^\t\n\r\f\v \x00]*[^\x00-\x7f][^\t\n\r\f\v \x00]*")
# Characters ftfy can act on. UTF-8 mojibake always holds a lead byte read as U+00C2..U+00F4 (the
# same letters in Latin-1, CP1252 and MacRoman: "â€™", "‚Äô"), or Cyrillic/Greek letters when read
# as CP1251/CP1253; the rest are C1 controls, Latin extensions, ligatures, width forms, surrogates and
# the invisible characters ftfy removes. A line with none of them (ASCII, Hangul, Hanja, curly quotes,
# dashes, bullets, no-break spaces) is never changed by ftfy, so it is not called on it.
_FTFY_CANDIDATE = re.compile(
    "[\u0080-\u009f\u00c2-\u00f4\u0100-\u02ff\u0370-\u03ff\u0400-\u04ff\ufb00-\ufb4f\uff00-\uffef"
    "\u3000\ud800-\udfff\ufff9-\ufffc\u206a-\u206f\ufeff\U000e0000-\U000e007f]"
)


def _ftfy_kind(steps: list[tuple[str, str]]) -> tuple[str, str]:
    names = [f"{op} {name}" for op, name in steps]
    if any(op in ("encode", "decode") or name == "decode_inconsistent_utf8" for op, name in steps):
        kind = "mojibake"
    elif any(name == "fix_character_width" for _, name in steps):
        kind = "character_width"
    elif any(name == "fix_latin_ligatures" for _, name in steps):
        kind = "ligature"
    elif any(name == "remove_control_chars" for _, name in steps):
        kind = "control_char"
    else:
        kind = "unicode"
    return kind, "ftfy: " + ", ".join(names) if names else "ftfy"


@lru_cache(maxsize=8192)
def _ftfy_token(token: str, width: bool) -> tuple[str, str, str]:
    """ftfy's fix of one token: (fixed, kind, reason). Tokens repeat, so this is cached."""
    result = _ftfy_module().fix_and_explain(token, _ftfy_config(RepairConfig(fix_character_width=width), explain=True))
    kind, reason = _ftfy_kind(list(result.explanation or []))
    return result.text, kind, reason


def _ftfy(text: str, options: RepairConfig) -> list[Replacement]:
    quick: ftfy.TextFixerConfig | None = None  # made when a line first needs ftfy (an ASCII text never does)
    replacements: list[Replacement] = []
    for line_start, line in line_spans(text):
        if line.isascii() or not _FTFY_CANDIDATE.search(line):
            continue
        if quick is None:
            quick = _ftfy_config(options, explain=False)
        if _ftfy_module().fix_text(line, quick) == line:
            continue
        verdict = _legacy_line(line)
        if verdict is not None and verdict.syllables and (
                verdict.clear or not _utf8_mojibake_of_korean(line)):
            continue  # EUC-KR garble: ftfy would damage it; the legacy pass repairs or flags it
        for m in _TOKEN_WITH_NON_ASCII.finditer(line):
            fixed, kind, reason = _ftfy_token(m.group(), options.fix_character_width)
            if fixed == m.group():
                continue
            rep = trimmed_replacement(m.group(), fixed, line_start + m.start(), kind, reason)
            if rep is not None:
                replacements.append(rep)
    return replacements


# -- pass 3: markup and invisible characters ---------------------------------------------------------
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad"
_MARKUP = re.compile(
    r"(?P<terminal_escape>\x1b\[[0-?]*[ -/]*[@-~])"
    r"|(?P<line_break>\r\n?|[\u2028\u2029])"
    r"|(?P<nul>\x00+)"
    r"|(?P<control_char>[\x01-\x08\x0b\x0e-\x1f\x7f])"
    r"|(?P<html_entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)"
    r"|(?P<escaped_quote>\\+(?=['\"]))"
    rf"|(?P<whitespace>[{_SPACES}])"
    rf"|(?P<zero_width>[{_ZERO_WIDTH}])"
)
# The characters any _MARKUP match starts with: scanning for these first is several times faster.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_ENTITY_LONGEST = 40  # no entity _ENTITY matches is longer
_MARKUP_START = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f&\\\u2028\u2029{_SPACES}{_ZERO_WIDTH}]")
_SPACE_CHARS = re.compile(f"[{_SPACES}]")
_ZERO_WIDTH_CHARS = re.compile(f"[{_ZERO_WIDTH}]")


def _plain(value: str) -> str:
    """What a decoded entity becomes after the whitespace rules (so one pass is enough)."""
    return _ZERO_WIDTH_CHARS.sub("", _SPACE_CHARS.sub(" ", value))


def _decode_entity(entity: str) -> str | None:
    """The character(s) an entity stands for, or ``None`` if it is not one we trust."""
    body = entity[1:]
    if body.startswith("#"):
        digits = body[1:].rstrip(";")
        code = int(digits[1:], 16) if digits[:1] in ("x", "X") else int(digits)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        return html.unescape(f"&#{code};")  # applies the HTML5 rules for C1 code points
    # A named reference needs its exact name: "&nbsp" and "&amp;" yes, "&notation" no.
    return html.entities.html5.get(body)


_NAMES = {
    "terminal_escape": "ANSI terminal escape sequence removed",
    "line_break": "line break normalized to LF",
    "control_char": "control character removed",
    "nul": "NUL character(s) removed",
    "escaped_quote": "backslash before a quote removed (text was serialised with escapes)",
    "zero_width": "invisible character removed",
}


def _nested_entities(text: str, end: int, decoded: str) -> tuple[int, str]:
    """Entities escaped more than once (``&amp;nbsp;``, ``&#38#38#38``): while an entity decodes to ``&`` and
    the text after it makes another entity with that ``&``, decode that one too, so one pass decodes every
    level and repair reaches its fixed point (it is idempotent) however deep the nesting."""
    while decoded == "&":
        m = _ENTITY.match("&" + text[end:end + _ENTITY_LONGEST])
        if m is None or m.end() == 1:
            break
        inner = _decode_entity(m.group())
        if inner is None:
            break
        end, decoded = end + m.end() - 1, inner
    return end, decoded


def _blank(text: str, start: int, end: int) -> bool:
    """Whether the characters around ``text[start:end]`` already separate words (or it is at an end)."""
    return (start == 0 or text[start - 1].isspace()) or (end == len(text) or text[end].isspace())


def _markup(text: str, options: RepairConfig) -> list[Replacement]:
    replacements: list[Replacement] = []
    pos = 0
    while (start := _MARKUP_START.search(text, pos)) is not None:
        m = _MARKUP.match(text, start.start())
        if m is None:
            pos = start.start() + 1
            continue
        end = max(m.end(), m.start() + 1)
        kind = m.lastgroup or ""
        found = m.group()
        if kind == "html_entity":
            if not options.decode_entities:
                pos = end
                continue
            decoded = _decode_entity(found)
            if decoded is None:
                pos = end
                continue
            end, decoded = _nested_entities(text, end, decoded)
            found = text[m.start():end]
            value = _plain(decoded)
            if decoded:
                reason = f"HTML entity {found} decoded to {unicodedata.name(decoded[0], repr(decoded))}"
                if value != decoded:
                    reason += ", written as a plain space" if value else ", removed as invisible"
            else:  # HTML maps control characters and noncharacters (&#1; &#xFDD0;) to nothing
                reason = f"HTML entity {found} stands for a control character or noncharacter: removed"
        elif kind == "whitespace":
            value = " "
            reason = f"{unicodedata.name(found, 'space')} replaced by a plain space"
        elif kind == "line_break":
            value = "\n"
            reason = _NAMES[kind]
        elif kind == "nul":  # "Cho\0met" was two words: keep them apart
            value = "" if _blank(text, m.start(), m.end()) else " "
            reason = _NAMES[kind] + (", written as a space between words" if value else "")
            kind = "control_char"
        else:
            value = ""
            reason = _NAMES[kind]
        pos = end
        replacements.append(Replacement(m.start(), end, value, kind, reason))
    return replacements


# -- pass 4: NFC -----------------------------------------------------------------------------------
def _nfc(text: str) -> list[Replacement]:
    if unicodedata.is_normalized("NFC", text):
        return []
    replacements: list[Replacement] = []
    for m in _TOKEN_WITH_NON_ASCII.finditer(text):
        token = m.group()
        if unicodedata.is_normalized("NFC", token):
            continue
        composed = unicodedata.normalize("NFC", token)
        rep = trimmed_replacement(token, composed, m.start(), "nfc",
                                  "composed to Unicode NFC (decomposed Hangul or accents)")
        if rep is not None:
            replacements.append(rep)
    return replacements


def _stable(text: str, passes: list[Callable[[str], list[Replacement]]]) -> bool:
    """Whether no pass would change ``text`` (the fixed point repair looks for)."""
    for find_replacements in passes:
        reps = find_replacements(text)
        if reps and apply_replacements(text, reps)[0] != text:
            return False
    return True


# -- the stage -------------------------------------------------------------------------------------
def repair_text(text: str, options: RepairConfig | None = None
                ) -> tuple[str, OffsetMap, list[tuple[int, int, str, str | None, str]]]:
    """Repair ``text``; return the new text, the map from ``text`` to it, and raw flags.

    Flags are ``(start, end, reason, suggestion, kind)`` in the coordinates of the input ``text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    options = options or RepairConfig()
    current = text
    total = OffsetMap()
    raw_flags: list[tuple[int, int, str, str | None, str]] = []
    legacy, legacy_flags = _legacy_korean(text, options.legacy_korean)
    # Flags are found once, on the original text, in its coordinates.
    raw_flags += [(s, e, why, hint, "legacy_korean_suspect") for s, e, why, hint in legacy_flags]
    passes: list[Callable[[str], list[Replacement]]] = [
        lambda t: legacy if t is text else _legacy_korean(t, options.legacy_korean)[0],
        lambda t: _ftfy(t, options),
        lambda t: _markup(t, options),
        _nfc,
    ]
    # Run the passes until a round changes nothing, at most ``max_rounds`` rounds. When every round changed
    # the text, it is stable only if one more round would not change it (then it converged just in time).
    for _ in range(max(1, options.max_rounds)):
        changed = False
        for find_replacements in passes:
            reps = find_replacements(current)
            if reps:
                new, step_map = apply_replacements(current, reps)
                if new != current:
                    current, total, changed = new, total.then(step_map), True
        if not changed:
            break
    else:
        if not _stable(current, passes):  # keep the result but say so
            raw_flags.append((0, len(text), f"repairs still changed the text after {options.max_rounds} "
                              "rounds; the result may not be stable", None, "repair_not_converged"))
    return current, total, raw_flags


def repair(doc: Document, context: Context) -> Document:
    """The repair stage: ``doc.text`` is repaired from ``doc.original_text``; repairs are recorded."""
    options = context.config.repair
    text, mapping, raw_flags = repair_text(doc.original_text, options)
    repairs = tuple(
        Repair(
            kind=e.kinds[0],
            start=e.dst_start, end=e.dst_end,
            original_start=e.src_start, original_end=e.src_end,
            original=doc.original_text[e.src_start:e.src_end],
            replacement=text[e.dst_start:e.dst_end],
            reason="; then ".join(dict.fromkeys(e.reasons)),
            steps=tuple(e.kinds) if len(e.kinds) > 1 else (),
        )
        for e in mapping.edits
    )
    flags = []
    # Surrogates the document was created with (stored as U+FFFD: see Document.create) stay flagged.
    raw_flags = [(f.original_start, f.original_end, f.reason, f.suggestion, f.kind) for f in doc.flags
                 if f.kind == "surrogate_replaced"] + raw_flags
    for start, end, reason, suggestion, kind in raw_flags:
        s, t = mapping.to_dest(start, end)
        flags.append(Flag(kind=kind, start=s, end=t, original_start=start,
                          original_end=end, reason=reason, suggestion=suggestion))
    return doc.evolve(text=text, repairs=repairs, flags=tuple(flags))
