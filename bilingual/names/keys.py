"""Keys for names: one normalizer per kind, used both to build every index and to query it.

>>> exact_key("Cho  Tae-yul"), normal_key("Tae-yul CHO"), normal_key("Cho Tae Yul")
('cho tae-yul', 'chotaeyul', 'chotaeyul')
>>> korean_person_name("조태열"), korean_person_name("블링컨"), strip_particle("블링컨과")
(True, False, '블링컨')
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from itertools import repeat

from bilingual.names.romanized import spelling_key, tables, variant_pieces
from bilingual.text.scripts import SYLLABLES


@lru_cache(maxsize=65536)  # a pure function of the text, asked for every noun the mentions stage tests
def exact_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


_ASCII_SEPARATORS = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)  # a pure function of the text, asked for every noun the mentions stage tests
def normal_key(text: str) -> str:
    """Case, hyphens, spacing, punctuation, diacritics and where the name starts folded away: the words are read
    from whichever of them gives the first key in alphabetical order, keeping their cyclic order, so the family
    name may stand first or last (Cho Tae-yul, Tae-yul Cho) but the given name's syllables keep theirs (Won
    Ji-min is not Won Min-ji)."""
    if text.isascii():  # the common cases, without the Unicode normalizer
        return _rotation([w for w in _ASCII_SEPARATORS.split(text.lower()) if w])
    if _HANGUL_WORDS.fullmatch(text):
        return _rotation(text.split())
    words = [spelling_key(w) for w in re.split(r"[\s\-‐–,.]+", text) if w]
    return _rotation([w for w in words if w])


MAX_ROTATED = 8  # names have a few words; a longer text's words are sorted (linear work, no rotation)


def _rotation(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]  # one word, one rotation (a Hangul name: half of a KB's names; kb59)
    if len(words) > MAX_ROTATED:
        return "".join(sorted(words))
    if len(words) > 1 and all(len(w) == 1 for w in words):
        return "".join(words)  # initials (U.S., U.K.): an acronym's letters keep their order (U.S. is no Su)
    return min(("".join(words[i:] + words[:i]) for i in range(len(words))), default="")


def _letter_weight(char: str) -> int:
    """A fixed pseudo-random 64-bit weight for one ASCII letter or digit (the same in every process)."""
    return int.from_bytes(hashlib.blake2b(char.encode(), digest_size=8).digest(), "big")


_LETTER_WEIGHTS = {c: _letter_weight(c) for c in "abcdefghijklmnopqrstuvwxyz0123456789"}
_MASK = (1 << 64) - 1


def letter_signature(text: str) -> int | None:
    """A hash of the multiset of ASCII letters and digits of ``text``, case folded; ``None`` for text that is not
    ASCII. Additive: the signature of a text is the sum (modulo 2**64) of the signatures of pieces that cover its
    letters. Equal ASCII texts up to case, spacing, punctuation and word order have equal signatures, so an
    ASCII text whose signature no :func:`exact_key` or :func:`normal_key` of an index has cannot match either
    key (the converse does not hold: the signature is a pre-test, never the answer).

    >>> letter_signature("Cho Tae-yul") == letter_signature("tae yul, CHO")
    True
    >>> letter_signature("조태열") is None
    True
    """
    if not text.isascii():
        return None
    return sum(map(_LETTER_WEIGHTS.get, text.lower(), repeat(0))) & _MASK  # the same sum, its loop in C


def variant_signatures_bound(hangul: str, *, limit: int) -> frozenset[int] | None:
    """Every :func:`letter_signature` that a spelling of :func:`~bilingual.names.romanized.name_variants` (``hangul``,
    ``limit``) can have, or, for a spelling not in ASCII (McCune-Reischauer's breves: Tae-yŏl), that its
    :func:`normal_key` can have, without making the spellings. A spelling's letters are those of a surname's
    spelling and a given name's (:func:`~bilingual.names.romanized.variant_pieces`), and its normal key's are those
    of the pieces' :func:`~bilingual.names.romanized.spelling_key` (character by character: breves spelled out,
    accents and apostrophes dropped); signatures add, so the set holds the sum for each pair (a superset: the
    spellings are the heaviest pairs only). ``None`` when a piece's spelling key is not ASCII (no signature);
    empty for text that gives no spelling.

    >>> from bilingual.names.romanized import name_variants
    >>> {letter_signature(v) for v in name_variants("윤석열", limit=48)} <= variant_signatures_bound("윤석열", limit=48)
    True
    """
    surnames, givens = variant_pieces(hangul, limit=limit)
    folded = [spelling_key(piece) for piece in (*surnames, *givens)]
    if not all(key.isascii() for key in folded):
        return None
    weights = [sum(map(_LETTER_WEIGHTS.get, key, repeat(0))) for key in folded]
    first, second = weights[:len(surnames)], weights[len(surnames):]
    if not givens:
        return frozenset(f & _MASK for f in first)
    return frozenset((f + g) & _MASK for f in first for g in second)


_HANGUL_WORDS = re.compile(f"[{SYLLABLES}]+(?: [{SYLLABLES}]+)*")
_SYLLABLES_ONLY = re.compile(f"[{SYLLABLES}]{{2,5}}")
PARTICLE = re.compile(r"(?:에서는|에서|에게|으로|로서|께서|과의|와의|이나|과|와|은|는|이|가|을|를|의|에|도|로|만)$")
"""A Korean particle at the end of a word (블링컨과, 조 장관은)."""


def korean_surname(text: str) -> str | None:
    """The surname of a Korean name in Hangul (2–5 syllables, a known surname, no spaces), else ``None``
    (a Hangul name with a space, 조 바이든, is a transcribed foreign name)."""
    name = text.strip()
    if not _SYLLABLES_ONLY.fullmatch(name):
        return None
    surnames = tables().surnames
    surname = name[:2] if len(name) >= 3 and name[:2] in surnames else name[:1]
    return surname if surname in surnames else None


def korean_person_name(text: str) -> bool:
    """Whether ``text`` is a Korean name in Hangul: 2–5 syllables starting with a known surname."""
    return korean_surname(text) is not None


def strip_particle(word: str) -> str:
    """A Korean word without the particle it ends in (블링컨과 -> 블링컨); the word itself if none, or if
    nothing would be left."""
    return PARTICLE.sub("", word) or word
