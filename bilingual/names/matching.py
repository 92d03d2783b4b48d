"""Whether two writings of a name can be one name, in either script.

>>> names_correspond("조태열", "Cho Tae-yul"), names_correspond("조태열", "Cho Tae-yong")
(True, False)
>>> names_correspond("블링컨", "Antony Blinken"), names_correspond("Blinken", "Antony Blinken")
(True, True)
"""

from __future__ import annotations

from bilingual.names.hangul import has_syllable
from bilingual.names.keys import exact_key, korean_person_name, normal_key
from bilingual.names.romanized import parse_name, spelling_key, surname_index
from bilingual.names.transcription import transcription_score


def names_correspond(a: str, b: str) -> bool:
    """Whether two spellings (in either script) can be one name: a Hangul name and a romanization that reads
    as it, a transcription and its original, a family name and the full name, or the same name spelled alike."""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return False
    a_ko, b_ko = has_syllable(a), has_syllable(b)
    if a_ko == b_ko:
        ka, kb_ = normal_key(a), normal_key(b)
        if ka and ka == kb_:
            return True
        words_a, words_b = set(exact_key(a).split()), set(exact_key(b).split())
        return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)
    hangul, latin = (a, b) if a_ko else (b, a)
    hangul = hangul.replace(" ", "")
    words = latin.split()
    if korean_person_name(hangul) and len(words) >= 2:
        readings = parse_name(latin, limit=10)
        if readings:
            # a Korean name and a romanized Korean name: the romanization decides, not the sound of it
            # ("Kim Young-soo" sounds a little like 김철수, but reads as 김영수)
            return any(c.hangul == hangul for c in readings)
    # where a Latin name has its family name: first (Cho Tae-yul), or last after a hyphenated given name
    family = [words[0]] + ([words[-1]] if len(words) == 2 and "-" in words[0] else []) if words else []
    if len(hangul) <= 2:
        # a family name: 조 ~ Cho, or 조 ~ "Cho Tae-yul"
        surnames = surname_index()
        for word in family:
            if any(h == hangul for h, _ in surnames.get(spelling_key(word), ())):
                return True
    if korean_person_name(hangul) and len(words) == 1:
        surname = hangul[0]
        if any(h == surname for h, _ in surname_index().get(spelling_key(words[0]), ())):
            return True  # "Cho" for 조태열
    if transcription_score(hangul, latin) >= 0.75:
        return True
    # a foreign family name alone: 라이스 ~ "Condoleezza Rice"
    return len(words) > 1 and len(hangul) >= 2 and transcription_score(hangul, words[-1]) >= 0.8
