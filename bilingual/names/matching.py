"""Whether two writings of a name can be one name, in either script, and how well they fit.

Short forms are matched by rule: a family name alone (조, Cho) fits a full name with that family name, and
one word of a longer name (Blinken) fits it. Full names are compared by the learned
:func:`~bilingual.names.similarity.name_similarity`: ``same``, ``possible`` (an unusual spelling, reported as
such by the review) or no fit at all.

>>> names_correspond("조태열", "Cho Tae-yul"), names_correspond("조태열", "Kim Young-soo")
(True, False)
>>> names_correspond("블링컨", "Antony Blinken"), names_correspond("Blinken", "Antony Blinken")
(True, True)
>>> name_fit("조", "Cho Tae-yul").reasons
('a family name alone',)
"""

from __future__ import annotations

from bilingual.names.hangul import has_syllable
from bilingual.names.keys import exact_key, korean_person_name, normal_key
from bilingual.names.romanized import spelling_key, surname_index
from bilingual.names.similarity import NameSimilarity, name_similarity


def _rule(reason: str) -> NameSimilarity:
    return NameSimilarity(score=1.0, verdict="same", reasons=(reason,))


def name_fit(a: str, b: str) -> NameSimilarity | None:
    """How well two writings fit as one name (``same`` or ``possible``), or ``None`` when they cannot be one."""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return None
    a_ko, b_ko = has_syllable(a), has_syllable(b)
    if a_ko == b_ko:
        ka, kb_ = normal_key(a), normal_key(b)
        if ka and ka == kb_:
            return _rule("the same name once case, hyphens, spacing and order are folded")
        words_a, words_b = set(exact_key(a).split()), set(exact_key(b).split())
        if words_a and words_b and (words_a <= words_b or words_b <= words_a):
            return _rule("one name is part of the other")
        return _similar(a, b)
    hangul, latin = (a, b) if a_ko else (b, a)
    hangul = hangul.replace(" ", "")
    words = latin.split()
    # where a Latin name has its family name: first (Cho Tae-yul), or last after a hyphenated given name
    family = [words[0]] + ([words[-1]] if len(words) == 2 and "-" in words[0] else [])
    surnames = surname_index()
    if len(hangul) <= 2 and any(any(h == hangul for h, _ in surnames.get(spelling_key(w), ())) for w in family):
        return _rule("a family name alone")  # 조 ~ Cho, or 조 ~ "Cho Tae-yul"
    if korean_person_name(hangul) and len(words) == 1 and \
            any(h == hangul[0] for h, _ in surnames.get(spelling_key(words[0]), ())):
        return _rule("a family name alone")  # "Cho" for 조태열
    fit = _similar(hangul, latin)
    if fit is None and len(words) > 1 and not korean_person_name(hangul) and spelling_key(words[0]) not in surnames:
        fit = _similar(hangul, words[-1])  # a foreign family name alone: 라이스 ~ "Condoleezza Rice" (not 에서 ~ "Kang
        # Yeseo": a Korean name in Latin letters, family name first, is not read from its last word)
    return fit


def _similar(a: str, b: str) -> NameSimilarity | None:
    fit = name_similarity(a, b)
    return fit if fit.verdict != "different" else None


def names_correspond(a: str, b: str) -> bool:
    """Whether two spellings (in either script) can be one name (see :func:`name_fit`)."""
    return name_fit(a, b) is not None
