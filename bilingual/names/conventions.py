"""Whether a romanized Korean name is written in one convention throughout, as its Hangul reading would have it.

McCune–Reischauer writes the vowels ㅓ, ㅕ and ㅡ with a breve (ŏ, yŏ, ŭ); without it, as most writers type it,
they become ``o``, ``yo`` and ``u``, which is how Revised Romanization and the usual folk spellings write ㅗ, ㅛ and
ㅜ. RR writes them ``eo``, ``yeo`` and ``eu``; folk spellings ``eo``, ``u``, ``yeo``, ``you``, ``yu``, ``eu``. One
writer romanizes one name in one convention, so a reading under which one syllable's ㅓ (ㅕ, ㅡ) is written the
breveless way and another's the other way is not how anyone wrote it: ``Lee Sojung`` can be 이서정 only if ``so``
is McCune–Reischauer's ``sŏ``, and McCune–Reischauer would have written 정 ``chŏng``, not ``jung`` — it reads as
이소정 (link26 branch)."""

from __future__ import annotations

import re

from bilingual.names.hangul import decompose

_BREVE_VOWELS = {"ㅓ": "o", "ㅕ": "yo", "ㅡ": "u"}  # McCune–Reischauer's ŏ, yŏ, ŭ without the breve
_OUTER_CONSONANTS = re.compile(r"^[^aeiouwy]+|[^aeiouwy]+$")


def vowel_letters(piece: str) -> str:
    """The letters of a syllable's spelling that write its vowel: the piece without its leading and trailing
    consonant letters (``jung`` → ``u``, ``yeong`` → ``yeo``, ``suh`` → ``u``); ``w`` and ``y`` count as the
    vowel's (they write its glide)."""
    return _OUTER_CONSONANTS.sub("", piece.lower())


def breve_convention(piece: str, syllable: str) -> bool | None:
    """How ``piece`` writes the vowel of the Hangul ``syllable``: ``True`` as McCune–Reischauer without its breve
    (``so`` for 서, ``yong`` for 영, ``un`` for 은), ``False`` another way (``seo``, ``jung``, ``young``, ``eun``),
    ``None`` when the syllable's vowel is none of ㅓ, ㅕ, ㅡ or the piece writes it with neither (``∅``)."""
    if len(syllable) != 1:
        return None
    try:
        vowel = decompose(syllable)[1]
    except ValueError:
        return None
    breveless = _BREVE_VOWELS.get(vowel)
    letters = vowel_letters(piece)
    if breveless is None or not letters:
        return None
    if letters == breveless:
        return True
    return False if ("e" in letters or "u" in letters) else None


def mixed_conventions(aligned: list[tuple[str, str]]) -> bool:
    """Whether the (piece, syllable) pairs of one reading of a romanized name write ㅓ, ㅕ or ㅡ the breveless
    McCune–Reischauer way in one syllable and another way in another (:func:`breve_convention`)."""
    ways = {way for piece, syllable in aligned if (way := breve_convention(piece, syllable)) is not None}
    return ways == {True, False}
