"""A Korean family name with a foreign given name, as Korean writes such a person (link24 branch): 김제니 / Jennie Kim,
스티븐 연 / Steven Yeun, 정이삭 / Isaac Chung.

Korean-born people abroad and their children often carry an English (or other foreign) given name; Korean press writes
it as Korean transcribes that name (제니, 스티븐, 이삭), joined to the family name or after it with a space, while the
Latin spelling keeps the foreign given name and a romanization of the family name. Neither table of the spelling
model reads the whole pair: the Korean table reads the given name as Korean syllables (`nnie ~ 니`, unseen), and a
Hangul name of a Korean person's shape is not read with the foreign table (:mod:`bilingual.names.similarity`). Here
the pair is read in two parts: the family name by its known spellings, the given name by
:func:`~bilingual.names.similarity.name_similarity` (which reads a transcription with the foreign table).

>>> hangul_parts("김제니")
('김', '제니')
>>> hangul_parts("김민준") is None  # a Korean given name: the spelling model reads it whole
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingual.names.hangul import has_syllable
from bilingual.names.keys import korean_surname
from bilingual.names.romanized import common_given_syllables, parse_name, spelling_key, surname_index, tables
from bilingual.names.similarity import NameSimilarity, fold_latin, name_similarity

MIN_GIVEN = 0.6  # the given name's fit (name_similarity's score, foreign table) needed; the KB's MIN_ACCEPT
MIN_EVIDENCE = 5.0  # nats the given name's fit must rest on; the KB's SAME_EVIDENCE for a `same` transcription
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z'.]*$")


def hangul_parts(hangul: str) -> tuple[str, str] | None:
    """``(family name, given name)`` of a Hangul name that is a Korean family name and a given name with at least
    one syllable that is not common in Korean given names (:func:`common_given_syllables`: 니 of 제니, 븐 of
    스티븐, 삭 of 이삭) — the shape of a transcribed foreign given name; written joined (김제니) or with a space,
    family name first or last (스티븐 연). ``None`` for any other name (김민준: every syllable common)."""
    if not isinstance(hangul, str) or not has_syllable(hangul):
        return None
    words = hangul.split()
    surnames = tables().surnames
    if len(words) == 1:
        surname = korean_surname(words[0])
        if surname is None:
            return None
        parts = (surname, words[0][len(surname):])
    elif len(words) == 2 and words[0] in surnames and words[1] not in surnames:
        parts = (words[0], words[1])
    elif len(words) == 2 and words[1] in surnames:
        parts = (words[1], words[0])
    else:
        return None
    given = parts[1]
    if len(given) < 2 or not has_syllable(given) or not given.isalpha():
        return None
    common = common_given_syllables()
    if all(syllable in common for syllable in given):
        return None
    return parts


def latin_splits(latin: str) -> list[tuple[str, str]]:
    """``(family-name word, given name)`` of a Latin name of two or three words: the last word as the family name
    (Western order) and the first (Korean order), the other words the given name. A given name with a hyphen is a
    Korean one (`Min-jun`): not split here."""
    words = latin.split()
    if not 2 <= len(words) <= 3 or not all(_LATIN_WORD.match(w) for w in words):
        return []
    out = [(words[-1], " ".join(words[:-1])), (words[0], " ".join(words[1:]))]
    return [(family, given) for family, given in dict.fromkeys(out) if "-" not in given]


@lru_cache(maxsize=4096)
def spells_surname(word: str, surname: str) -> bool:
    """Whether the Latin ``word`` spells the Korean family name ``surname``: one of its known spellings
    (:func:`surname_index`), or — a spelling no family name is known by (`Yeun`, `Wie`) — one that begins with the
    letter a known spelling of ``surname`` begins with and that :func:`name_similarity` does not call
    ``different`` (`Jeju` is no 오: no spelling of 오 begins with j)."""
    known = surname_index().get(spelling_key(word) or "", [])
    if known:
        return any(hangul == surname for hangul, _ in known)
    folded = fold_latin(word)
    return bool(folded) and folded[0] in first_letters(surname) \
        and name_similarity(surname, word).verdict != "different"


@lru_cache(maxsize=1024)
def first_letters(surname: str) -> frozenset[str]:
    """The letters the known spellings of ``surname`` begin with (오: o; 연: y; 이: l, y, r, i)."""
    return frozenset(key[0] for key, options in surname_index().items()
                     if key and any(hangul == surname for hangul, _ in options))


def transcribed_given_fit(hangul: str, latin: str) -> float | None:
    """How well ``latin`` writes ``hangul`` read as a Korean family name and a transcribed foreign given name: the
    given name's score by :func:`name_similarity`, when the family name is spelled (:func:`spells_surname`) and the
    given name is read as a foreign name transcribed (:func:`_transcription_fits`) and ``latin`` is no romanized
    Korean name (:func:`reads_as_korean_name`); else ``None``. The best of the
    Latin's splits (:func:`latin_splits`)."""
    parts = hangul_parts(hangul)
    if parts is None or has_syllable(latin):
        return None
    surname, given = parts
    best: float | None = None
    for family, rest in latin_splits(latin):
        if not spells_surname(family, surname):
            continue
        result = name_similarity(given, rest, kind="person")
        if not _transcription_fits(result):
            continue
        if best is None or result.score > best:
            best = result.score
    return None if best is None or reads_as_korean_name(latin) else best  # parse_name last: it costs the most


@lru_cache(maxsize=4096)
def reads_as_korean_name(latin: str) -> bool:
    """Whether ``latin`` is read as a Korean name by :func:`parse_name` (every word cut into known syllable spellings:
    `Lee Luda` 이루다, `Kang Seulgi` 강슬기): a romanized Korean name, whose given name is no foreign one. Without
    this, the foreign table fitted `Luda` to 루재 (`da ~ 재`, `same`) and linked a person left out of the KB to a
    neighbour (link_eval's train part, link24 branch)."""
    try:
        return bool(parse_name(latin, limit=1))
    except ValueError:
        return False


def _transcription_fits(result: NameSimilarity) -> bool:
    """Whether a given name's fit is a transcription that explains the name: read with the foreign table, scored
    :data:`MIN_GIVEN` or more on at least :data:`MIN_EVIDENCE` nats, and every syllable written by some letters
    (no ``∅ ~`` piece: 샌드라 is no `Island`, whose fit leaves 라 unwritten)."""
    reasons = result.reasons
    return (result.verdict != "different" and result.score >= MIN_GIVEN and (result.evidence or 0.0) >= MIN_EVIDENCE
            and bool(reasons) and reasons[0].startswith("foreign name transcribed")
            and not any(r.startswith("∅ ~") for r in reasons))
