r"""Counts of a line's characters by class, taken on its bytes where that gives the same number as the pattern:
the runs of ``\w`` (``re.findall(r"\w+", text)``), the ASCII letters (``[A-Za-z]``) and the digits (``\d``). In an
ASCII text ``\w`` and ``\d`` are ASCII's, so a table over its bytes counts them; in any text the ASCII letters are the
bytes of its UTF-8 that are ASCII letters (every byte of a character beyond ASCII is 128 or more). Other text is
counted by the patterns. The page rules and the block-label layer count every line of a page (issue 12)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
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
    return len(_WORD.findall(text))


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
