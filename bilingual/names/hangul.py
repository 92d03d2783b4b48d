"""Hangul syllables as (initial, medial, final) jamo, and back.

A precomposed syllable is ``0xAC00 + (initial * 21 + medial) * 28 + final`` (Unicode, chapter 3.12).

>>> decompose("열")
('ㅇ', 'ㅕ', 'ㄹ')
>>> compose("ㅇ", "ㅕ", "ㄹ")
'열'
"""

from __future__ import annotations

import re

from bilingual.text.scripts import SYLLABLES

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ",
          "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
FIRST, LAST = 0xAC00, 0xD7A3  # 11,172 syllables
_SYLLABLE = re.compile(f"[{SYLLABLES}]")


def is_syllable(char: str) -> bool:
    return len(char) == 1 and FIRST <= ord(char) <= LAST


def has_syllable(text: str) -> bool:
    """Whether ``text`` holds a Hangul syllable (a Korean word, as opposed to Latin letters or loose jamo)."""
    return _SYLLABLE.search(text) is not None


def decompose(syllable: str) -> tuple[str, str, str]:
    """Initial, medial and final jamo (compatibility letters; the final may be empty)."""
    if not is_syllable(syllable):
        raise ValueError(f"{syllable!r} is not a precomposed Hangul syllable")
    index = ord(syllable) - FIRST
    return INITIALS[index // 588], MEDIALS[(index % 588) // 28], FINALS[index % 28]


def compose(initial: str, medial: str, final: str = "") -> str:
    return chr(FIRST + (INITIALS.index(initial) * 21 + MEDIALS.index(medial)) * 28 + FINALS.index(final))


def all_syllables() -> list[str]:
    return [chr(c) for c in range(FIRST, LAST + 1)]


_IOTIZED = frozenset("ㅑㅒㅕㅖㅛㅠㅣ")


def initial_sound_law(word: str) -> str:
    """The South Korean spelling of a word's first syllable under 두음법칙 (리 → 이, 류 → 유, 로 → 노, 녀 → 여).
    Here, not in :mod:`~bilingual.names.similarity`, so that :mod:`~bilingual.names.korean_places` reads it too
    without an import cycle (kplace31 branch)."""
    if not word or not is_syllable(word[0]):
        return word
    initial, vowel, final = decompose(word[0])
    if initial == "ㄹ":
        initial = "ㅇ" if vowel in _IOTIZED else "ㄴ"
    elif initial == "ㄴ" and vowel in _IOTIZED:
        initial = "ㅇ"
    return compose(initial, vowel, final) + word[1:]
