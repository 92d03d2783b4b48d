"""Latin spellings folded to lower-case ASCII letters, as the name similarity and the place table compare them."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_NOT_A_TO_Z = re.compile("[^a-z]+")


@lru_cache(maxsize=16384)
def fold_latin(text: str) -> str:
    """Lower-case ASCII letters of ``text`` only (Yōko → yoko, Ch'ŏngjin → chongjin, Bückeburg → buckeburg)."""
    return _NOT_A_TO_Z.sub("", (text if text.isascii() else anyascii(text)).lower())
