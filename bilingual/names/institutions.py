"""The common noun of an institution's name: 스탠퍼드대 / Stanford University, 루브르 박물관 / Louvre Museum.

Korean writes the proper part of a foreign institution's name by the transcription rules (외래어 표기법, whose
제1장 제1항 says it transcribes foreign words into the 24 letters of Hangul) and the common noun that says what the
institution is in Korean, translated: 대학교 (often shortened to 대) for a university or college, 박물관 for a museum,
미술관 for a museum of art, 은행 for a bank, 공항 for an airport. This mirrors what the standard states for places
(제4장 제3절: 섬, 강, 산 … are written in Korean; :mod:`bilingual.names.geographic`), but the standard has no article
of its own for institutions: it is the usage of its own examples and of the press, stated here as a convention, not
learned. English writes its noun before the name with ``of`` (University of Oxford) or after it (Stanford
University, Louvre Museum). So two spellings of such a name are compared without their nouns when the two nouns mean
the same; unlike a place's generic word, the noun is set aside only when both sides write one (the Korean noun
alone says nothing about a Latin name without one).

>>> institution_cores("스탠퍼드대", "Stanford University"), institution_cores("옥스퍼드대", "University of Oxford")
(('스탠퍼드', 'Stanford', '대 ~ University'), ('옥스퍼드', 'Oxford', '대 ~ University'))
>>> institution_cores("캐나다", "Canada University") is None, institution_cores("스탠퍼드대", "Stanford") is None
(True, True)
"""

from __future__ import annotations

from functools import lru_cache

from bilingual.names.geographic import without_hangul_suffix

NOUNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("공과대학", ("institute of technology",)), ("공대", ("institute of technology",)),
    ("대학교", ("university", "college")), ("대학", ("university", "college")), ("대", ("university",)),
    ("미술관", ("museum of art", "art museum", "gallery", "museum")), ("박물관", ("museum",)),
    ("은행", ("bank",)), ("공항", ("airport",)), ("항공", ("airlines", "airways")),
    ("재단", ("foundation",)), ("연구소", ("institute", "laboratory")), ("병원", ("hospital",)),
    ("대성당", ("cathedral",)), ("궁전", ("palace",)), ("도서관", ("library",)),
)
"""Korean common nouns of institutions (the longer of two that share an ending first) and the English words or
phrases that mean the same."""
_LINKS = frozenset({"of", "the"})  # University of Oxford, the Museum of London


@lru_cache(maxsize=16384)
def institution_cores(hangul: str, latin: str) -> tuple[str, str, str] | None:
    """The two names without their common nouns, and what was set aside (``대 ~ University``), when the Hangul ends
    in one of :data:`NOUNS`' Korean nouns and the Latin has a word or phrase meaning the same at its end (Stanford
    University) or at its start, followed by ``of`` (University of Oxford); else ``None``. Both cores keep at least
    one syllable or letter."""
    compact = hangul.replace(" ", "")
    words = latin.split()
    folded = [w.casefold().strip(".,") for w in words]
    for noun, english in NOUNS:
        if not compact.endswith(noun):
            continue
        core = hangul.rstrip()[: len(hangul.rstrip()) - len(noun)].rstrip()
        if not core.replace(" ", ""):
            continue
        for phrase in english:
            found = _without(words, folded, tuple(phrase.split()))
            if found is not None:
                return core, found[0], f"{noun} ~ {found[1]}"
    return None


def _without(words: list[str], folded: list[str], phrase: tuple[str, ...]) -> tuple[str, str] | None:
    """The Latin name without ``phrase`` at its end (Stanford University) or at its start followed by ``of``
    (University of Oxford, the Museum of London), and the words taken off; ``None`` when it is at neither place or
    nothing would be left."""
    n = len(phrase)
    if len(words) <= n:
        return None
    if tuple(folded[-n:]) == phrase:
        return " ".join(words[:-n]), " ".join(words[-n:])
    start = 1 if folded[0] == "the" else 0
    if tuple(folded[start:start + n]) == phrase and start + n < len(words) and folded[start + n] in _LINKS:
        rest = start + n
        while rest < len(words) - 1 and folded[rest] in _LINKS:
            rest += 1
        return " ".join(words[rest:]), " ".join(words[start:start + n])
    return None


MIN_CORE = 2  # syllables of a Hangul name left without its noun, for its keys: 칭화대 → 칭화, not 한대 → 한


@lru_cache(maxsize=16384)
def institution_core(name: str) -> str | None:
    """A name without its institution's common noun, for blocking keys (스탠퍼드대 → 스탠퍼드, University of Oxford →
    Oxford, Louvre Museum → Louvre), or ``None`` when it has none. A Hangul core keeps at least :data:`MIN_CORE`
    syllables; a Latin one at least one word."""
    words = name.split()
    if not words:
        return None
    if any("\uac00" <= c <= "\ud7a3" for c in name):
        return without_hangul_suffix(name, [n for n, _ in NOUNS], MIN_CORE)
    if len(words) < 2:
        return None  # no phrase is taken off a name of one word (:func:`_without` leaves at least one)
    folded = [w.casefold().strip(".,") for w in words]
    first = folded[1] if folded[0] == "the" else folded[0]
    if folded[-1] not in _LAST_WORDS and first not in _FIRST_WORDS:
        return None  # the cheap test first (perf33): no phrase ends the name or starts it
    for phrase in _PHRASES:
        found = _without(words, folded, phrase)
        if found is not None:
            return found[0]
    return None


_PHRASES = tuple(tuple(phrase.split()) for _, english in NOUNS for phrase in english)
"""The English words or phrases of :data:`NOUNS`, split into words, in its order."""
_LAST_WORDS = frozenset(phrase[-1] for phrase in _PHRASES)
"""The words a phrase ends with: a name ending in none of them has no phrase at its end."""
_FIRST_WORDS = frozenset(phrase[0] for phrase in _PHRASES)
"""The words a phrase starts with: a name starting (after "the") with none of them has no phrase at its start."""
