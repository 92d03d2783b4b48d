"""Latin spellings the Korean standard writes by their sound: German ``eu`` 오이 and ``tsch`` ㅊ, Portuguese ``r`` ㅎ.

The spelling model (:mod:`bilingual.names.similarity`) learns which Latin letters each jamo writes, at most three
letters a jamo, from name pairs mostly English in their spelling (GeoNames' places, the corpus's news). Spellings of
other languages that its training pairs never hold are out of its reach; a few of them the standard
(외래어 표기법, 문화관광부 고시) states outright, and those are read here:

- German ``eu`` and ``äu`` say [ɔy], which the standard writes 오이 (제3장 제2절 "독일어의 표기", 제5항: "[ɔy]로
  발음되는 äu, eu는 '오이'로 적는다", Europa 오이로파). Two Latin letters are written by two syllables, the second
  of them 이 with no letter of its own: the table reads ``eu ~ 오`` as rare and ``∅ ~ 이`` as a vowel written by
  nothing (로이터 / Reuters, 프로이트 / Freud).
- ``tsch`` (and ``tzsch`` in German names: Nietzsche) say [tʃ], which 표 1 (the IPA table the German section
  follows) writes ㅊ: four or five letters for one jamo, more than the table's three (니체 / Nietzsche 0.02 without
  this). English writes the same sound ``tch`` (Thatcher 대처); the English section follows 표 1 too (제3장 제1절).
- Portuguese ``r`` at the start of a word or after ``n``, ``l`` or ``s``, and ``rr``, say [ʁ] (Brazil [h]), which
  the standard writes ㅎ (제3장 제19절 "포르투갈어의 표기", 제8항: "r는 어두나 n, l, s 뒤에 오는 경우에는 'ㅎ'으로
  적고, 그 밖의 경우에는 'ㄹ, 르'로 적는다"; 표 17: Rodrigues 호드리게스, Barroso 바호주, Guerra 게하). English
  writes ``r`` for ㄹ, so the table has never seen ``r`` write ㅎ (호날두 / Ronaldo: ``ro ~ 호`` unseen, 0.44).

These spellings were counted in the training pairs (fx37 branch, docs/similarity.md): of 4,416 foreign pairs, none
holds ``tzsche`` for 체, ``reu`` for 로, and three a Latin ``r`` for ㅎ, all of them Ukrainian ``h`` written ``kh``
by the romanization — more pairs of these languages are not in the data the project may learn from.

So a Latin name with such a spelling is also read with ``eu``/``äu`` written ``oi``, ``tsch``/``tzsch``/``tch``
written ``ch`` and that ``r`` written ``h`` (letters the table already knows for 오이, ㅊ and ㅎ: Freud read as
Froid, Nietzsche as Nieche, Ronaldo as Honaldo), **only when the Hangul writes what the standard writes for it** —
a syllable of ㅗ with no final before 이 for ``eu``, a syllable with the initial ㅊ for ``tsch``, as many syllables
with the initial ㅎ as ``r`` rewritten and a word-final ``o`` written 우 (the Portuguese section's second convention:
the name reads as Portuguese), in a Latin name that does not read as a romanized Korean one (Roh Jin-woo's ``r`` writes
ㄴ or ㄹ); an English ``eu`` (Eugene 유진) is never rewritten for a Hangul without 오이,
an English ``r`` (Rose 로즈) never for a Hangul without ㅎ. The rules are conventions stated by the standard, not
learned; :func:`~bilingual.names.similarity.name_similarity` keeps the better of the two readings
(``similarity._with_standard_spelling``), and only on enough evidence (fx24's floor of 1.5 nats a syllable).

>>> standard_reading("도이체방크", "Deutsche Bank"), standard_reading("니체", "Nietzsche")
('Doiche Bank', 'Nieche')
>>> standard_reading("호날두", "Ronaldo"), standard_reading("바호주", "Barroso")
('Honaldo', 'Bahoso')
>>> standard_reading("유진", "Eugene") is None, standard_reading("호세", "Rose") is None
(True, True)
>>> standard_reading("호진우", "Roh Jin-woo") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from bilingual.names.hangul import decompose, is_syllable
from bilingual.names.romanized import READING_MIN_SCORE, parse_name

OI = re.compile("[eä]u", re.IGNORECASE)
"""[ɔy], written 오이 (제3장 제2절 제5항)."""
TSCH = re.compile("t(?:z?s)?ch", re.IGNORECASE)
"""[tʃ] as German (tsch, tzsch) and English (tch) spell it, written ㅊ (표 1)."""
_VOWEL = "aeiouáéíóúâêôãõà"
STRONG_R = re.compile(f"(?:(?<![^\\W\\d_])|(?<=[nls]))r(?=[{_VOWEL}])|rr", re.IGNORECASE)
"""Portuguese [ʁ]: ``r`` before a vowel at the start of a word or after n, l, s, and ``rr``; written ㅎ (제3장 제19절
제8항, 표 17)."""
_OI_WRITTEN, _CH_WRITTEN, _H_WRITTEN = "oi", "ch", "h"
RULES = {"oi": "제3장 제2절 제5항", "ch": "표 1", "h": "제3장 제19절 제8항"}
"""The article of 외래어 표기법 behind each rewrite, by the letters written."""


def _writes_oi(hangul: str) -> bool:
    """Whether the Hangul writes [ɔy] as the standard does: a syllable of ㅗ with no final, then 이, in one word.
    Not 이 closed by a consonant (프로인딘): the Revised Romanization writes ㅡ ``eu`` (Boeun 보은), and Boeun read
    as Boin fits 보잉 (fx25: 0.24 → 0.83 on the tune halves, three right answers lost to abstentions); a name whose
    이 is closed fits without the rewrite (Freundin 0.84, Fräulein 0.79)."""
    return any(b == "이" and is_syllable(a) and decompose(a)[1:] == ("ㅗ", "") for a, b in pairwise(hangul))


def _initials(hangul: str, initial: str) -> int:
    """How many syllables of the Hangul begin with ``initial``."""
    return sum(1 for c in hangul if is_syllable(c) and decompose(c)[0] == initial)


FINAL_O = re.compile(r"o(?:s)?\b", re.IGNORECASE)
"""A Latin word ending in ``o`` or ``os``: Portuguese writes its last vowel 우 (표 17: o 오, 우 — Melo 멜루, Figo
피구; 세칙: o in a word's last syllable, before a final -s too, is written ㅜ)."""


def _writes_final_o_as_u(hangul: str, latin: str) -> bool:
    """Whether the name reads as Portuguese by a second convention of the standard's Portuguese section: a Latin word
    ends in ``o``/``os`` and a Hangul word ends in a syllable of ㅜ (before 스 for ``-os``). The strong ``r`` is
    rewritten only then: an English ``r`` is written ㄹ, and without this an English name read with ``h`` fits a
    Hangul name with ㅎ better than its own transcription (Rose read as Hose: 호세 0.98, 로즈 0.92)."""
    if not FINAL_O.search(latin):
        return False
    for word in hangul.split():
        last = word[:-1] if word.endswith("스") else word
        if last and is_syllable(last[-1]) and decompose(last[-1])[1] == "ㅜ":
            return True
    return False


@lru_cache(maxsize=16384)
def reads_as_korean(latin: str) -> bool:
    """Whether ``latin`` reads as a romanized Korean name (a reading of :func:`~bilingual.names.romanized.parse_name`
    at ``READING_MIN_SCORE``, the floor at which the KB and the similarity read Korean names). Its ``r`` is then no
    Portuguese [ʁ]: the Korean romanizations write ㄹ (and 노 as Roh) with ``r``, never ㅎ, and a Korean given name
    often ends in ``-woo``, ``-soo`` written 우, 수 — without this, Roh Jin-woo read as Hoh Jin-woo fitted 호진우 (0.96)
    better than its own 노진우 (0.94)."""
    try:
        return bool(parse_name(latin, limit=1, min_score=READING_MIN_SCORE))
    except ValueError:
        return False


def reads_as_portuguese(latin: str) -> bool:
    """Whether ``latin`` has the shape the strong ``r`` is read in (:data:`STRONG_R`): such an ``r``, a word ending in
    ``o``/``os`` (:data:`FINAL_O`), and no reading as a romanized Korean name (:func:`reads_as_korean`). The Hangul's
    side of the test is :func:`_rewrite`'s; the knowledge base's keys (``retrieval_keys.standard_forms``) have only
    the Latin."""
    return FINAL_O.search(latin) is not None and STRONG_R.search(latin) is not None and not reads_as_korean(latin)


def clear_caches() -> None:
    """Forget the cached readings (:func:`~bilingual.names.similarity.clear_caches` calls it)."""
    _rewrite.cache_clear()
    reads_as_korean.cache_clear()


def _keep_case(found: re.Match[str], written: str) -> str:
    return written.capitalize() if found.group(0)[:1].isupper() else written


@lru_cache(maxsize=16384)
def _rewrite(hangul: str, latin: str) -> tuple[str, tuple[str, ...]] | None:
    text = unicodedata.normalize("NFC", latin)
    out, articles = text, []
    if OI.search(out) and _writes_oi(hangul):
        out = OI.sub(lambda m: _keep_case(m, _OI_WRITTEN), out)
        articles.append(RULES["oi"])
    if TSCH.search(out) and _initials(hangul, "ㅊ"):
        out = TSCH.sub(lambda m: _keep_case(m, _CH_WRITTEN), out)
        articles.append(RULES["ch"])
    strong = len(STRONG_R.findall(out))
    if strong and _initials(hangul, "ㅎ") >= strong and _writes_final_o_as_u(hangul, out) and reads_as_portuguese(text):
        out = STRONG_R.sub(lambda m: _keep_case(m, _H_WRITTEN), out)
        articles.append(RULES["h"])
    return None if out == text else (out, tuple(articles))


def standard_reading(hangul: str, latin: str) -> str | None:
    """``latin`` with its German ``eu``/``äu`` written ``oi``, ``tsch``/``tzsch`` (English ``tch``) written ``ch``
    and Portuguese [ʁ] ``r`` written ``h``, each only when ``hangul`` writes what the standard writes for it (see the
    module); ``None`` when nothing is rewritten."""
    found = _rewrite(hangul, latin)
    return None if found is None else found[0]


def rules_applied(hangul: str, latin: str) -> str:
    """The articles of 외래어 표기법 behind :func:`standard_reading`'s rewrite of ``latin`` (empty: none)."""
    found = _rewrite(hangul, latin)
    return "" if found is None else ", ".join(found[1])
