"""Find exact and near-duplicate texts in linear time (bucketed, not all pairs).

>>> find_duplicates(["Cho met Blinken on Thursday's sidelines.", "Menu",
...                  "Cho met Blinken on Thursday’s sidelines.", "Menu"])
[None, None, 0, 1]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher

from bilingual.text.counts import space_pieces
from bilingual.text.scripts import LISTED_LENGTH

_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum)
_ASCII_KEY_BYTES = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else c + 32 if 65 <= c <= 90 else 32
                         for c in range(256))
"""A byte table for an ASCII text: digits and lower-case letters kept, capitals lowered, every other byte a space
(the runs of letters and digits of the folded text, without Unicode's tables or a list of matches; perf30)."""
_MIN_NEAR = 30  # shorter texts only count as duplicates when they are exactly equal
_ANCHOR_WORDS = 6
_MAX_NEAR = 5_000  # longer texts only count as duplicates when they are exactly equal
_MAX_BUCKET = 20  # compare a text with at most this many earlier texts sharing an anchor


def duplicate_key(text: str) -> str:
    """Case, width, punctuation and spacing folded away (quotes and apostrophes too). A text longer than
    :data:`~bilingual.text.scripts.LISTED_LENGTH` (a huge line) is folded a piece at a time
    (:func:`~bilingual.text.counts.space_pieces`), the pieces' keys joined: the same key, without a list of every
    word of the text (mem33: about twelve times the text at its peak). A space parts two pieces' keys exactly: it is
    in no word (no run of :data:`_WORD`, not kept by :data:`_ASCII_KEY_BYTES`), NFKC and case folding map it to
    itself, and it begins a normalization segment of its own (a starter that composes with nothing before it), so
    NFKC of the text is NFKC of its pieces joined; case folding is each character's own."""
    if len(text) > LISTED_LENGTH:
        return " ".join(filter(None, map(_key, space_pieces(text))))
    return _key(text)


def _key(text: str) -> str:
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_KEY_BYTES).split()).decode("ascii")
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def find_duplicates(texts: Sequence[str], *, ratio: float = 0.9) -> list[int | None]:
    """For each text, the index of the first earlier text it duplicates, or ``None``."""
    result: list[int | None] = []
    exact: dict[str, int] = {}
    anchors: dict[tuple[int, str], list[int]] = {}
    keys: list[str] = []
    for i, text in enumerate(texts):
        key = duplicate_key(text)
        keys.append(key)
        if not key:
            result.append(None)
            continue
        first = exact.get(key)
        near = _MIN_NEAR <= len(key) <= _MAX_NEAR
        if not near:
            result.append(first)
            exact.setdefault(key, i if first is None else first)
            continue
        ends = _anchors(key)  # the key's words listed and its two anchors joined once, for the search and the buckets
        if first is None:
            first = _near(key, ends, keys, anchors, ratio, result)
        result.append(first)
        exact.setdefault(key, i if first is None else first)
        for end in ends:
            bucket = anchors.setdefault(end, [])
            if len(bucket) < _MAX_BUCKET:
                bucket.append(i)
    return result


def _anchors(key: str) -> tuple[tuple[int, str], tuple[int, str]]:
    """The key's first and last :data:`_ANCHOR_WORDS` words, each joined and marked by its side (0 first, 1 last)."""
    words = key.split()
    return (0, " ".join(words[:_ANCHOR_WORDS])), (1, " ".join(words[-_ANCHOR_WORDS:]))


def _near(key: str, ends: tuple[tuple[int, str], tuple[int, str]], keys: list[str],
          anchors: dict[tuple[int, str], list[int]], ratio: float, result: list[int | None]) -> int | None:
    candidates: set[int] = set()
    for end in ends:
        candidates.update(anchors.get(end, ()))
    for j in sorted(candidates):
        other = keys[j]
        matcher = SequenceMatcher(None, key, other, autojunk=False)
        if matcher.real_quick_ratio() >= ratio and matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio:
            original = result[j]
            return j if original is None else original
    return None
