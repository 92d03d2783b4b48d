"""Spellings the Korean standard writes by their sound: German ``eu``/``äu`` 오이, ``tsch`` (English ``tch``) ㅊ.

The spelling model (:mod:`bilingual.names.similarity`) learns which Latin letters each jamo writes, at most three
letters a jamo, from name pairs mostly English in their spelling. Two German spellings are out of its reach:

- ``eu`` and ``äu`` say [ɔy], which the standard writes 오이 (외래어 표기법 제3장 제2절 "독일어의 표기", 제5항:
  "[ɔy]로 발음되는 äu, eu는 '오이'로 적는다", Europa 오이로파, Freundin 프로인딘). Two Latin letters are written by
  two syllables, the second of them 이 with no letter of its own: the table reads ``eu ~ 오`` as rare and ``∅ ~ 이``
  as a vowel written by nothing (로이터 / Reuters, 프로이트 / Freud).
- ``tsch`` (and ``tzsch`` in names: Nietzsche) say [tʃ], which 표 1 (the IPA table the German section follows)
  writes ㅊ: four or five letters for one jamo, more than the table's three (니체 / Nietzsche 0.02 before this).
  English writes the same sound ``tch`` after a short vowel (Thatcher 대처, 0.07 before this: ``tcher ~ 처`` is
  five letters for a syllable the table writes with ``cher``); the English section follows 표 1 too (제3장 제1절).

So a Latin name with such a spelling is also read with ``eu``/``äu`` written ``oi`` and ``tsch``/``tzsch``/``tch``
written ``ch`` (the letters the table already knows for 오이 and ㅊ: Freud read as Froid, Nietzsche as Nieche),
**only when the Hangul writes what the standard writes for it** — a syllable of ㅗ with no final before 이 for
``eu``, a syllable with the initial ㅊ for ``tsch``; an English ``eu`` (Eugene 유진) is never rewritten for a Hangul
without 오이. The rule is a convention stated by the standard, not learned;
:func:`~bilingual.names.similarity.name_similarity` keeps the better of the two readings
(``similarity._with_german_spelling``), and only on enough evidence (fx24's floor of 1.5 nats a syllable).

>>> german_reading("도이체방크", "Deutsche Bank"), german_reading("니체", "Nietzsche")
('Doiche Bank', 'Nieche')
>>> german_reading("유진", "Eugene") is None, german_reading("포르셰", "Porsche") is None
(True, True)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from bilingual.names.hangul import decompose, is_syllable

OI = re.compile("[eä]u", re.IGNORECASE)
"""[ɔy], written 오이 (제3장 제2절 제5항)."""
TSCH = re.compile("t(?:z?s)?ch", re.IGNORECASE)
"""[tʃ] as German (tsch, tzsch) and English (tch) spell it, written ㅊ (표 1)."""
_OI_WRITTEN, _CH_WRITTEN = "oi", "ch"


def _writes_oi(hangul: str) -> bool:
    """Whether the Hangul writes [ɔy] as the standard does: a syllable of ㅗ with no final, then 이, in one word.
    Not 이 closed by a consonant (프로인딘): the Revised Romanization writes ㅡ ``eu`` (Boeun 보은), and Boeun read
    as Boin fits 보잉 (0.24 → 0.83 on the tune halves, three right answers lost to abstentions); a name whose 이 is
    closed fits without the rewrite (Freundin 0.84, Fräulein 0.79)."""
    return any(b == "이" and is_syllable(a) and decompose(a)[1:] == ("ㅗ", "") for a, b in pairwise(hangul))


def _writes_ch(hangul: str) -> bool:
    """Whether the Hangul has a syllable whose initial is ㅊ, as [tʃ] is written before a vowel and as 치."""
    return any(is_syllable(c) and decompose(c)[0] == "ㅊ" for c in hangul)


def _keep_case(found: re.Match[str], written: str) -> str:
    return written.capitalize() if found.group(0)[:1].isupper() else written


@lru_cache(maxsize=16384)
def german_reading(hangul: str, latin: str) -> str | None:
    """``latin`` with its German ``eu``/``äu`` written ``oi`` and ``tsch``/``tzsch`` (English ``tch``) written
    ``ch``, each only when ``hangul`` writes what the standard writes for it (see the module); ``None`` when nothing
    is rewritten."""
    text = unicodedata.normalize("NFC", latin)
    out = text
    if OI.search(out) and _writes_oi(hangul):
        out = OI.sub(lambda m: _keep_case(m, _OI_WRITTEN), out)
    if TSCH.search(out) and _writes_ch(hangul):
        out = TSCH.sub(lambda m: _keep_case(m, _CH_WRITTEN), out)
    return None if out == text else out
