"""Writing systems of characters: the first and cheapest evidence of a text's language.

>>> script_counts("블링컨(Antony Blinken) 美 국무장관")
ScriptCounts(hangul=7, latin=13, kana=0, han=1, other=0)
>>> [(s.script, s.text) for s in segments("APEC에서 北")]
[('latin', 'APEC'), ('hangul', '에서'), ('han', '北')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, NamedTuple

Script = Literal["hangul", "latin", "kana", "han", "other"]

# Character classes, for use inside ``[...]`` in a regular expression. This module is their only home.
SYLLABLES = "\uac00-\ud7a3"
"""Precomposed Hangul syllables (가-힣): the letters of written Korean words."""
JAMO = "\u1100-\u11ff\u3130-\u318f"
"""Hangul jamo and compatibility jamo (ㄱ, ㅋㅋㅋ): letters standing alone, not syllables."""
# Hangul syllables, jamo, compatibility jamo, extended jamo, half-width Hangul.
HANGUL = f"{SYLLABLES}{JAMO}\ua960-\ua97f\ud7b0-\ud7ff\uffa0-\uffdc"
# Latin letters: ASCII, Latin-1 and Latin Extended A/B, IPA, Latin Extended Additional.
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f"

_HANGUL_RE = re.compile(f"[{HANGUL}]")
# Runs of each class, for counting: the lengths of a class's maximal runs add up to the number of its characters, and
# a word's run is one string to build where each of its characters would be one (script_counts of every line).
_HANGUL_RUNS = re.compile(f"[{HANGUL}]+")
_LATIN_RUNS = re.compile(f"[{LATIN}]+")
_KANA_RUNS = re.compile(f"[{KANA}]+")
_HAN_RUNS = re.compile(f"[{HAN}]+")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_ASCII_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
"""The ASCII bytes that are not letters (A-Z, a-z are the only ASCII letters, and all of them Latin)."""
_SEGMENT_RE = re.compile(
    f"(?P<hangul>[{HANGUL}]+)|(?P<latin>[{LATIN}]+)|(?P<kana>[{KANA}]+)|(?P<han>[{HAN}]+)"
    r"|(?P<other>[^\W\d_]+)"
)


class ScriptCounts(NamedTuple):
    """How many letters of each script a text holds (a named tuple: counted for every block and sentence)."""

    hangul: int
    latin: int
    kana: int
    han: int
    other: int

    @property
    def letters(self) -> int:
        return self.hangul + self.latin + self.kana + self.han + self.other


def has_hangul(text: str) -> bool:
    """Whether ``text`` holds any Hangul letter (a syllable or a jamo): text without one never needs the Korean path."""
    return _HANGUL_RE.search(text) is not None


def script_counts(text: str) -> ScriptCounts:
    """How many letters of each script ``text`` holds (digits, punctuation and symbols are not letters)."""
    if text.isascii():  # ASCII letters only: count them by deleting everything else from the bytes
        return ScriptCounts(0, len(text.encode("ascii").translate(None, _ASCII_NOT_LETTERS)), 0, 0, 0)
    length = _run_lengths if len(text) > LISTED_LENGTH else _listed_run_lengths
    hangul = length(_HANGUL_RUNS, text)
    latin = length(_LATIN_RUNS, text)
    kana = length(_KANA_RUNS, text)
    han = length(_HAN_RUNS, text)
    letters = length(_LETTER_RUNS, text)
    # Jamo and some Hangul/Kana marks are not \w letters; never let "other" go negative.
    return ScriptCounts(hangul, latin, kana, han, max(0, letters - hangul - latin - kana - han))


LISTED_LENGTH = 100_000
"""The longest text (characters) whose pieces are listed to be counted — its runs of a script here, its words in
:class:`bilingual.lang.route.Facts` — (one string each, the quickest way for a line); a longer one (a huge block) has
them counted as they are found, never held (mem32: a 5 MB line's list of its Latin runs was about 50 MB)."""


def _listed_run_lengths(runs: re.Pattern[str], text: str) -> int:
    return sum(map(len, runs.findall(text)))


def _run_lengths(runs: re.Pattern[str], text: str) -> int:
    return sum(m.end() - m.start() for m in runs.finditer(text))


_NOT_A_SYLLABLE_LETTER = re.compile(f"[^\\W\\d_{SYLLABLES}]|[{LATIN}{KANA}]")
"""A letter that is not a Hangul syllable (a ``[^\\W\\d_]`` character outside 가-힣), or a character of the Latin
or Kana classes (which hold a few characters that are not ``\\w``)."""


def syllables_only(text: str) -> bool:
    """Whether the only letters of ``text`` are Hangul syllables (가-힣): no Latin, Kana, Han, jamo or other letter;
    digits, punctuation and symbols may be there. Such a text has letters of one script at most: its
    :func:`script_counts` are all 0 but ``hangul`` (every letter :func:`script_counts` counts is a syllable, and
    syllables are Hangul), found by one search instead of five counts. ``False`` says nothing."""
    return _NOT_A_SYLLABLE_LETTER.search(text) is None


class ScriptSpan(NamedTuple):
    """A maximal stretch of letters of one script (a named tuple: built for every stretch of a mixed text)."""

    start: int
    end: int
    script: Script
    text: str


def segments(text: str) -> Iterator[ScriptSpan]:
    """The letter segments of ``text`` in order; what lies between them has no script."""
    for m in _SEGMENT_RE.finditer(text):
        script = m.lastgroup
        assert script is not None
        yield ScriptSpan(m.start(), m.end(), script, m.group())  # type: ignore[arg-type]


def segment_spans(text: str) -> Iterator[tuple[int, int, Script]]:
    """:func:`segments` as ``(start, end, script)``, without each segment's text (read by callers that go through the
    segments of a huge text once and keep none of them)."""
    for m in _SEGMENT_RE.finditer(text):
        yield m.start(), m.end(), m.lastgroup  # type: ignore[misc]
