"""How much a Hangul word looks like the transcription of a foreign word (헌팅턴, 파스카굴라) rather than a Korean one
(김민수, 경찰서): a learned measure, not a list.

The measure is a naive Bayes ratio over character n-grams of the word: syllables and syllable bigrams with the
word's edges, and jamo pieces (an initial with its vowel, a final, a final with the next initial). Its table,
``bilingual/data/foreign_word_model.tsv``, is written by ``training/train_foreign_word_model.py`` from the Hangul side
of foreign place and person names (transcribed) against Korean names and the corpus's Korean common nouns; its
header holds the threshold chosen on the tune part. :func:`foreign_word_score` is the mean log ratio of the word's
n-grams (0 is undecided, above is foreign); :func:`transcribed` compares a name's score with the threshold.

>>> transcribed("파스카굴라"), transcribed("김민수")
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import pairwise, repeat

from bilingual.errors import DataError
from bilingual.files import data_rows
from bilingual.names.hangul import decompose, is_syllable

MAX_WORD = 30
"""Syllables of a word read at most (a longer run is no name; its first ones decide)."""


def features(word: str) -> list[str]:
    """The n-grams of one Hangul word (its syllables only; other characters are skipped)."""
    syllables = [c for c in word if is_syllable(c)][:MAX_WORD]
    if not syllables:
        return []
    out = ["s:" + c for c in syllables]
    padded = ["^", *syllables, "$"]
    out += ["b:" + a + b for a, b in pairwise(padded)]
    previous_final = "^"
    for c in syllables:
        initial_medial, final, initial, final_letter = _jamo_features(c)
        out += (initial_medial, final, "x:" + previous_final + initial)
        previous_final = final_letter
    out.append("x:" + previous_final + "$")
    out.append(f"n:{min(len(syllables), 6)}")
    return out


@cache  # at most the 11,172 syllables
def _jamo_features(syllable: str) -> tuple[str, str, str, str]:
    """A syllable's initial-and-medial n-gram and final n-gram of :func:`features`, its initial and its final (``-``
    for none): worked out once per syllable, not once per word that holds it."""
    initial, medial, final = decompose(syllable)
    return f"j:{initial}{medial}", f"f:{final or '-'}", initial, final or "-"


Model = tuple[dict[str, float], float]
"""The log ratio of each n-gram, and the threshold."""


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped table: a row ``__threshold__`` and a row per n-gram (a clear :class:`DataError` on a bad row)."""
    return read_model(data_rows("foreign_word_model.tsv"))


def read_model(rows: Iterable[tuple[int, list[str]]]) -> Model:
    """A model from the rows of a table in the shipped format."""
    table: dict[str, float] = {}
    threshold: float | None = None
    for number, cols in rows:
        try:
            name, value = cols
            weight = float(value)
        except ValueError:
            raise DataError(f"foreign_word_model.tsv line {number}: a name and a number expected") from None
        if name == "__threshold__":
            threshold = weight
        else:
            table[name] = weight
    if threshold is None:
        raise DataError("foreign_word_model.tsv: no __threshold__ row")
    return table, threshold


def foreign_word_score(name: str, table: dict[str, float] | None = None) -> float:
    """The mean log ratio (foreign over Korean) of the n-grams of the name's words; 0.0 for no Hangul."""
    weights = model()[0] if table is None else table
    feats = [f for word in name.split() for f in features(word)]
    if not feats:
        return 0.0
    return sum(map(weights.get, sorted(feats), repeat(0.0))) / len(feats)  # the same sum in the same order


@lru_cache(maxsize=65536)
def transcribed(name: str) -> bool:
    """Whether the Hangul name reads as the transcription of a foreign word (its score at the threshold or above)."""
    table, threshold = model()
    return any(is_syllable(c) for c in name) and foreign_word_score(name, table) >= threshold
