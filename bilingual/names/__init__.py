"""Names: how Korean and foreign names are written in Hangul and Latin letters.

- :mod:`~bilingual.names.hangul` — syllables as jamo, and back
- :mod:`~bilingual.names.pronunciation` — the standard pronunciation a word's letters do not show
- :mod:`~bilingual.names.romanize` — Revised Romanization and McCune–Reischauer
- :mod:`~bilingual.names.romanized` — Korean personal names: spellings people carry, variants, reading back
- :mod:`~bilingual.names.transcription` — foreign names in Hangul and their Latin originals
- :mod:`~bilingual.names.foreign_word` — how likely a Hangul word is transcribed from a foreign language (learned)
- :mod:`~bilingual.names.korean_places` — Korean places in Hangul; the other Korean place a Latin spelling romanizes;
  a listed place without the unit English leaves out
- :mod:`~bilingual.names.similarity` — the learned, graded similarity of two writings of a name, any scripts
- :mod:`~bilingual.names.bounds` — upper bounds on that similarity: a cheap pre-test before comparing a pair
- :mod:`~bilingual.names.keys` — the normalizers that build and query every name index
- :mod:`~bilingual.names.titles` — titles beside names (Secretary, 장관)
- :mod:`~bilingual.names.matching` — whether two writings can be one name
"""

from bilingual.names.bounds import may_reach
from bilingual.names.keys import exact_key, korean_person_name, normal_key, strip_particle
from bilingual.names.matching import names_correspond
from bilingual.names.romanize import romanize
from bilingual.names.romanized import NameCandidate, name_variants, parse_name, romanize_name
from bilingual.names.similarity import NameSimilarity, name_similarity, similarity_keys
from bilingual.names.titles import strip_titles, title_fits
from bilingual.names.transcription import transcription_key, transcription_score

__all__ = [
    "NameCandidate", "NameSimilarity", "exact_key", "korean_person_name", "may_reach", "name_similarity",
    "name_variants", "names_correspond", "normal_key", "parse_name", "romanize", "romanize_name", "similarity_keys",
    "strip_particle", "strip_titles", "title_fits", "transcription_key", "transcription_score",
]
