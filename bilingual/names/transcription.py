"""Matching a foreign name written in Hangul with its Latin original: 블링컨 ~ Blinken.

Korean transcribes foreign words by the National Institute of Korean Language's rules: a vowel ㅡ is
inserted to carry consonant clusters (스미스 Smith), l is ㄹ and a doubled ㄹㄹ between vowels
(블링컨), r before a consonant or at the end is not written (카터 Carter), f is ㅍ (or ㅎ in Japanese
names: 후미오 Fumio), v is ㅂ, z and j are ㅈ. Both scripts are reduced to a key of consonant classes
that survive transcription, plus a coarse vowel key, and compared with a weighted edit distance in
which near sounds (p/f/h, k/ch, t/s) cost little.

>>> transcription_key("블링컨"), transcription_key("Blinken")
('PLNKN', 'PLNKN')
>>> transcription_score("가미카와 요코", "Yoko Kamikawa") > 0.8 > transcription_score("블링컨", "Lincoln")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bilingual.names.hangul import decompose, has_syllable, is_syllable

_INITIAL = {"ㄱ": "K", "ㄲ": "K", "ㅋ": "K", "ㄷ": "T", "ㄸ": "T", "ㅌ": "T", "ㅂ": "P", "ㅃ": "P", "ㅍ": "P",
            "ㅈ": "C", "ㅉ": "C", "ㅊ": "C", "ㅅ": "S", "ㅆ": "S", "ㄴ": "N", "ㅁ": "M", "ㄹ": "L", "ㅎ": "H",
            "ㅇ": ""}
_FINAL = {"ㄱ": "K", "ㄴ": "N", "ㄹ": "L", "ㅁ": "M", "ㅂ": "P", "ㅅ": "S", "ㅇ": "N", "ㄷ": "T", "ㅌ": "T",
          "ㅍ": "P", "ㅋ": "K", "ㅈ": "C", "ㅊ": "C", "ㅎ": ""}
_VOWEL = {"ㅏ": "A", "ㅐ": "E", "ㅑ": "A", "ㅒ": "E", "ㅓ": "O", "ㅔ": "E", "ㅕ": "O", "ㅖ": "E", "ㅗ": "O",
          "ㅘ": "A", "ㅙ": "E", "ㅚ": "E", "ㅛ": "O", "ㅜ": "U", "ㅝ": "O", "ㅞ": "E", "ㅟ": "I", "ㅠ": "U",
          "ㅡ": "", "ㅢ": "I", "ㅣ": "I"}
# Latin spelling -> consonant classes, longest patterns first.
_LATIN_RULES = [("tch", "C"), ("sch", "S"), ("sh", "S"), ("ch", "C"), ("ck", "K"), ("ph", "F"), ("th", "T"),
                ("gh", ""), ("ng", "N"), ("qu", "K"), ("dg", "C"), ("ts", "C"), ("tz", "C"), ("x", "KS"),
                ("c", "K"), ("q", "K"), ("z", "C"), ("j", "C"), ("g", "K"), ("v", "P"), ("b", "P"), ("d", "T"),
                ("f", "F"), ("p", "P"), ("t", "T"), ("k", "K"), ("s", "S"), ("l", "L"), ("r", "L"), ("m", "M"),
                ("n", "N"), ("h", "H"), ("w", ""), ("y", "")]
_LATIN_VOWELS = {"a": "A", "e": "E", "i": "I", "o": "O", "u": "U"}
# Vowel letter groups read as one Korean vowel class (ee in Sullivan's i, ou in Austin's au ...).
_VOWEL_GROUPS = [("ee", "I"), ("ea", "I"), ("ie", "I"), ("oo", "U"), ("ou", "U"), ("au", "O"), ("aw", "O"),
                 ("ai", "E"), ("ay", "E"), ("ei", "E"), ("ey", "E"), ("oi", "O"), ("oy", "O"), ("ow", "O")]
# Consonants that Korean transcription merges: f is ㅍ (or ㅎ in Japanese fu), th is ㅅ or ㄷ, soft g is ㅈ.
_CHEAP = {frozenset(p) for p in ("PF", "FH", "TS", "KC")}
# Vowels that English spelling and Korean transcription often swap: schwa as ㅓ (Trump 트럼프), e as ㅐ.
_CHEAP_VOWELS = {frozenset(p) for p in ("EO", "UO", "EI", "AE")}


def _hangul_keys(word: str) -> tuple[str, str]:
    consonants: list[str] = []
    vowels: list[str] = []
    for char in word:
        if not is_syllable(char):
            continue
        initial, medial, final = decompose(char)
        consonants.append(_INITIAL[initial])
        vowels.append(_VOWEL[medial])
        consonants.append(_FINAL.get(final, ""))
    return _collapse("".join(consonants)), "".join(vowels)


def _latin_keys(word: str) -> tuple[str, str]:
    text = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalpha() and c.isascii())
    # c and g before e, i, y are soft; x at the start of a word (pinyin Xi) is s; r before a consonant or at
    # the end is silent; an h after a vowel (Ah, Shah) is silent.
    text = re.sub(r"c(?=[eiy])", "s", text)
    text = re.sub(r"^x", "s", text)
    text = re.sub(r"(?<=[aeiou])r(?=[^aeiouy]|$)", "", text)
    text = re.sub(r"(?<=[aeiou])h(?=[^aeiouy]|$)", "", text)
    consonants: list[str] = []
    vowels: list[str] = []
    i = 0
    while i < len(text):
        if text[i] in _LATIN_VOWELS:
            for group, key in _VOWEL_GROUPS:
                if text.startswith(group, i):
                    vowels.append(key)
                    i += len(group)
                    break
            else:
                vowels.append(_LATIN_VOWELS[text[i]])
                i += 1
            continue
        for pattern, key in _LATIN_RULES:
            if text.startswith(pattern, i):
                consonants.append(key)
                i += len(pattern)
                break
        else:
            i += 1
    return _collapse("".join(consonants)), "".join(vowels)


def _collapse(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


@lru_cache(maxsize=8192)
def _keys(word: str) -> tuple[str, str]:
    return _hangul_keys(word) if has_syllable(word) else _latin_keys(word)


def transcription_key(text: str) -> str:
    """The consonant key of a name in either script (words joined in order)."""
    return "".join(_keys(w)[0] for w in text.split())


EXACT_KEY_LENGTH = 64
"""Keys up to this long (every real name) are compared by the full edit-distance table; longer ones in a band of
``_BAND`` cells around the table's diagonal, so that a page-long "name" costs linear time. A band can only miss
a cheaper path that strays far from the diagonal: it never scores a pair higher than the full table would."""
_BAND = 32


def _distance(a: str, b: str, cheap: set[frozenset[str]] = _CHEAP) -> float:
    """Weighted edit distance: near sounds substitute cheaply; h and l drop cheaply."""
    if max(len(a), len(b)) > EXACT_KEY_LENGTH:
        return _banded_distance(a, b, cheap)
    previous = [0.0]
    for ch in b:
        previous.append(previous[-1] + (0.5 if ch in "HL" else 1.0))
    for ca in a:
        current = [previous[0] + (0.5 if ca in "HL" else 1.0)]
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else 0.4 if frozenset((ca, cb)) in cheap else 1.0
            current.append(min(previous[j - 1] + sub,
                               previous[j] + (0.5 if ca in "HL" else 1.0),
                               current[j - 1] + (0.5 if cb in "HL" else 1.0)))
        previous = current
    return previous[-1]


def _banded_distance(a: str, b: str, cheap: set[frozenset[str]]) -> float:
    """:func:`_distance` over the cells near the diagonal from (0, 0) to (len(a), len(b)) only (rows overlap, so
    the corner is always reached): about (len(a) + len(b)) * 2 * _BAND cells."""
    inf = float("inf")
    la, lb = len(a), len(b)
    if not la or not lb:
        return sum(0.5 if c in "HL" else 1.0 for c in a + b)
    previous: dict[int, float] = {0: 0.0}
    for j in range(1, min(lb, _BAND) + 1):
        previous[j] = previous[j - 1] + (0.5 if b[j - 1] in "HL" else 1.0)
    # previous[j - prev_lo] is the cost of (i - 1, j) for prev_lo <= j < prev_lo + len(previous)
    prev_lo, prev = 0, [previous[j] for j in range(len(previous))]
    centre_before = 0.0
    drop_b = [0.5 if c in "HL" else 1.0 for c in b]
    for i in range(1, la + 1):
        ca = a[i - 1]
        drop_a = 0.5 if ca in "HL" else 1.0
        centre = i * lb / la
        lo, hi = max(0, int(centre_before) - _BAND), min(lb, int(centre) + _BAND + 1)
        centre_before = centre
        prev_hi = prev_lo + len(prev)  # exclusive
        current: list[float] = []
        left = inf
        for j in range(lo, hi + 1):
            up = prev[j - prev_lo] if prev_lo <= j < prev_hi else inf
            best = up + drop_a
            if j:
                cb = b[j - 1]
                diag = prev[j - 1 - prev_lo] if prev_lo <= j - 1 < prev_hi else inf
                sub = 0.0 if ca == cb else 0.4 if frozenset((ca, cb)) in cheap else 1.0
                best = min(best, diag + sub, left + drop_b[j - 1])
            current.append(best)
            left = best
        prev_lo, prev = lo, current
    return prev[lb - prev_lo]


def _similarity(a: str, b: str, cheap: set[frozenset[str]] = _CHEAP) -> float:
    if not a and not b:
        return 1.0
    return max(0.0, 1.0 - _distance(a, b, cheap) / max(len(a), len(b)))


@lru_cache(maxsize=8192)
def _vowel_readings(word: str) -> tuple[str, ...]:
    """The vowel key, and for Latin words also its English long-vowel reading: a stressed i, a or ea
    before one consonant and a vowel is a diphthong, which Korean writes with two vowels (Biden 바이든,
    Reagan 레이건)."""
    plain = _keys(word)[1]
    if has_syllable(word):
        return (plain,)
    lower = word.lower()
    long_form = re.sub(r"(?<![aeiou])(i|ea|a)(?=[b-df-hj-np-tv-z][aeiou])",
                       lambda m: {"i": "ai", "ea": "ei", "a": "ei"}[m.group(1)], lower, count=1)
    return (plain,) if long_form == lower else (plain, _latin_keys(long_form)[1])


def _word_score(a: str, b: str) -> float:
    (ca, _), (cb, _) = _keys(a), _keys(b)
    vowels = max(_similarity(x, y, _CHEAP_VOWELS) for x in _vowel_readings(a) for y in _vowel_readings(b))
    score = 0.6 * _similarity(ca, cb) + 0.4 * vowels
    # The first consonant survives transcription (an initial vowel too): a different one is a different name.
    if ca[:1] != cb[:1] and frozenset((ca[:1], cb[:1])) not in _CHEAP and (ca[:1] or cb[:1]):
        score *= 0.8
    return score


def transcription_score(first: str, second: str) -> float:
    """How well two spellings of a name match as transcriptions of each other, in [0, 1].

    Either argument may be Hangul or Latin. Names of several words are compared word by word, in
    the given order or reversed (가미카와 요코 ~ Yoko Kamikawa), whichever fits better; names with
    different numbers of words are compared as a whole.
    """
    a, b = first.split(), second.split()
    if not a or not b:
        return 0.0
    if len(a) == len(b):
        forward = sum(_word_score(x, y) for x, y in zip(a, b, strict=True)) / len(a)
        backward = sum(_word_score(x, y) for x, y in zip(a, reversed(b), strict=True)) / len(a)
        return round(max(forward, backward), 4)
    return round(_word_score("".join(a), "".join(b)), 4)
