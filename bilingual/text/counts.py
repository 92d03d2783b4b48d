r"""Counts of a line's characters by class, taken on its bytes where that gives the same number as the pattern:
the runs of ``\w`` (``re.findall(r"\w+", text)``), the ASCII letters (``[A-Za-z]``) and the digits (``\d``). In an
ASCII text ``\w`` and ``\d`` are ASCII's, so a table over its bytes counts them; in any text the ASCII letters are the
bytes of its UTF-8 that are ASCII letters (every byte of a character beyond ASCII is 128 or more). Other text is
counted by the patterns. The page rules and the block-label layer count every line of a page (issue 12); both ask
the runs of ``\w`` and the Hangul syllables of each line, so a line that is not ASCII is counted once and its counts
remembered (:func:`_non_ascii_counts`, a bounded memo of short lines; perf30)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bilingual.text.scripts import SYLLABLES

_WORD = re.compile(r"\w+")
_SYLLABLE_RUNS = re.compile(f"[{SYLLABLES}]+")
_DIGIT = re.compile(r"\d")
_LATIN_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_DIGIT_BYTES = b"0123456789"
_WORD_BYTES = bytes(c if chr(c) == "_" or (c < 128 and chr(c).isalnum()) else 32 for c in range(256))
"""A byte table that keeps ASCII's word characters (letters, digits, ``_``) and turns every other byte into a space."""


_LONG = 100_000
"""Characters above which a text's runs are counted one at a time instead of listed (a huge line has one per word)."""


def word_runs(text: str) -> int:
    r"""How many runs of ``\w`` ``text`` has."""
    if len(text) > _LONG:
        return sum(1 for _ in _WORD.finditer(text))
    if text.isascii():
        return len(text.encode("ascii").translate(_WORD_BYTES).split())
    return _non_ascii_counts(text)[0] if len(text) <= REMEMBERED_LENGTH else len(_WORD.findall(text))


def hangul_syllables(text: str) -> int:
    """How many Hangul syllables (U+AC00 to U+D7A3, ``[가-힣]``) ``text`` has."""
    if text.isascii():
        return 0
    return _non_ascii_counts(text)[1] if len(text) <= REMEMBERED_LENGTH else _syllables(text)


REMEMBERED_LENGTH = 500
"""The longest line whose counts are remembered (a page's lines are counted by the page rules, then by the label
layer: 2,048 lines of at most this length are a few MB at most, and a longer line is counted again)."""


@lru_cache(maxsize=2048)
def _non_ascii_counts(text: str) -> tuple[int, int]:
    r"""The runs of ``\w`` and the Hangul syllables of a line that is not ASCII."""
    return len(_WORD.findall(text)), _syllables(text)


def _syllables(text: str) -> int:
    if len(text) > _LONG:  # a huge line: its runs measured one at a time (no copy of the line, no list of runs)
        return sum(m.end() - m.start() for m in _SYLLABLE_RUNS.finditer(text))
    return len(text) - len(_SYLLABLE_RUNS.sub("", text))  # the characters the runs of syllables take


def ascii_letters(text: str) -> int:
    """How many ASCII letters ``text`` has (a lone surrogate is three bytes of 128 or more)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _LATIN_BYTES))


def digits(text: str) -> int:
    r"""How many ``\d`` digits ``text`` has (any script's)."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data) - len(data.translate(None, _DIGIT_BYTES))
    return len(_DIGIT.findall(text))


PIECE = 8_192
"""Characters (at least) of each piece a huge line is read in where its words are listed (:func:`space_pieces`): a
piece's list of words is a few hundred KB at most, whatever the line's size."""


def space_pieces(text: str, size: int = PIECE) -> Iterator[str]:
    """``text`` in pieces of at least ``size`` characters, each cut just before a space (U+0020) of the text, so each
    piece but the first begins with one; the last may be shorter, and a piece is longer where no space follows for a
    while. A pattern none of whose matches holds a space finds in the pieces, one after the other, the matches it
    finds in the whole text: a huge line's words listed a piece at a time (mem33)."""
    start = 0
    while start < len(text):
        cut = text.find(" ", start + size)
        end = len(text) if cut == -1 else cut
        yield text[start:end]
        start = end
