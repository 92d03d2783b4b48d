"""An acronym written in capitals, read by the names of its letters: BBC / 비비시, IBM / 아이비엠, CL / 씨엘.

Korean writes an organization's initials either in Latin letters or by the Korean names of the English letters, one
after the other (the usage of the press and of the 국립국어원's answers on letter names: B 비, C 시 or 씨, W 더블유),
not by the transcription rules of 외래어 표기법, which write the sounds of a word. A word of capitals with no vowel
letter (``BYD``, ``HSBC``, ``CNN``) cannot be said as a word at all, so a transcription's fit to it is no evidence:
비야디 / BYD (Chinese 比亚迪, whose pinyin gave the initials) is not a spelling of the letters, and neither is 바더,
which the transcription model fits by inventing both vowels. This module states the letter names (a convention, not
learned) and reads a Hangul name as a sequence of them.

>>> is_acronym("BBC"), is_acronym("NATO"), is_acronym("Bbc"), is_acronym("B")
(True, True, False, False)
>>> spelled_by_letter_names("비비시", "BBC"), spelled_by_letter_names("아이비엠", "IBM")
(True, True)
>>> spelled_by_letter_names("비야디", "BYD"), letter_names("BYD")
(False, '비와이디')
"""

from __future__ import annotations

from functools import lru_cache

LETTER_NAMES: dict[str, tuple[str, ...]] = {
    "A": ("에이",), "B": ("비",), "C": ("시", "씨"), "D": ("디",), "E": ("이",), "F": ("에프",), "G": ("지", "쥐"),
    "H": ("에이치", "에치"), "I": ("아이",), "J": ("제이",), "K": ("케이",), "L": ("엘",), "M": ("엠",), "N": ("엔",),
    "O": ("오",), "P": ("피",), "Q": ("큐",), "R": ("아르", "알"), "S": ("에스",), "T": ("티",), "U": ("유",),
    "V": ("브이", "비"), "W": ("더블유", "더블류"), "X": ("엑스",), "Y": ("와이",), "Z": ("제트", "지", "젯"),
}
"""The Korean names of the English letters, the usual one first, then the other spellings in use."""
VOWELS = frozenset("AEIOU")
MIN_LETTERS, MAX_LETTERS = 2, 6
"""An acronym here is one word of 2 to 6 capital letters (ASCII)."""


def is_acronym(latin: str) -> bool:
    """Whether a Latin name is one word of :data:`MIN_LETTERS`–:data:`MAX_LETTERS` ASCII capitals (BBC, NATO)."""
    word = latin.strip()
    return MIN_LETTERS <= len(word) <= MAX_LETTERS and all("A" <= c <= "Z" for c in word)


ONSETS = frozenset({"BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GR", "KL", "KN", "KR", "PH", "PL",
                    "PR", "QU", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR"})
"""The two consonant letters an English word may begin with (BRICS, STOXX): an acronym that begins with two
consonant letters not among them (FDA, NBA, KGB) is not said as a word."""


def unpronounceable(latin: str) -> bool:
    """An acronym with no vowel letter (BYD, HSBC, CNN), or whose first two letters are consonants no English word
    begins with (:data:`ONSETS`: FDA, NBA; fx52): it is not said as a word, only letter by letter (Y is counted as a
    consonant letter: BYD is 비와이디, never a word). NATO, BASF (바스프) and BRICS (브릭스) are said as words."""
    word = latin.strip()
    if not is_acronym(word):
        return False
    return not (set(word) & VOWELS) or (not (set(word[:2]) & VOWELS) and word[:2] not in ONSETS)


@lru_cache(maxsize=4096)
def spelled_by_letter_names(hangul: str, latin: str) -> bool:
    """Whether the Hangul (spaces ignored) is the acronym's letters read by their names, each by one of the
    spellings of :data:`LETTER_NAMES` (비비시, 비비씨 for BBC)."""
    if not is_acronym(latin):
        return False
    return _reads(hangul.replace(" ", ""), latin.strip())


def _reads(hangul: str, letters: str) -> bool:
    if not letters:
        return not hangul
    return any(hangul.startswith(name) and _reads(hangul[len(name):], letters[1:])
               for name in LETTER_NAMES[letters[0]])


def letter_names(latin: str) -> str:
    """The acronym read by the usual names of its letters (BBC → 비비시); the empty string for a name that is no
    acronym (:func:`is_acronym`)."""
    if not is_acronym(latin):
        return ""
    return "".join(LETTER_NAMES[c][0] for c in latin.strip())


MIN_INITIAL_WORD = 4
"""The shortest word whose initial :func:`initials` reads: a body's name of words (United Nations, British Broadcasting
Corporation), not a person's of short words (Lee Gyu, whose L G would be 엘지)."""
_LEFT_OUT = frozenset({"of", "the", "and", "for", "&"})


def initials(latin: str) -> str:
    """The initials of a Latin name of :data:`MIN_LETTERS`–:data:`MAX_LETTERS` words, each capitalized and at least
    :data:`MIN_INITIAL_WORD` letters long (of, the, and, for give none): United Nations → UN; the empty string for
    any other name (an acronym itself, one word, a short or lower-case word, a hyphen or an apostrophe in a word).

    >>> initials("United Nations"), initials("Bank of England"), initials("Lee Gyu"), initials("Nations")
    ('UN', 'BE', '', '')
    """
    words = [w for w in latin.split() if w.casefold() not in _LEFT_OUT]
    if not MIN_LETTERS <= len(words) <= MAX_LETTERS:
        return ""
    if not all(len(w) >= MIN_INITIAL_WORD and "A" <= w[0] <= "Z" and w[1:].isalpha() and w[1:].islower()
               for w in words):
        return ""
    return "".join(w[0] for w in words)


@lru_cache(maxsize=4096)
def spelled_by_initials(hangul: str, latin: str) -> bool:
    """Whether the Hangul (spaces ignored) reads the :func:`initials` of a Latin name of several words by their
    letters' names (유엔 / United Nations, as 비비시 is BBC): the acronym's Korean name beside its whole English name
    (fx49)."""
    letters = initials(latin)
    return bool(letters) and _reads(hangul.replace(" ", ""), letters)
