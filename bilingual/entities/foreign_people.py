"""Foreign people's names in Hangul from mecab-ko-dic (``bilingual/data/foreign_person_names.txt``, built by
``training/build_ko_dic_names.py``): entries of the dictionary's class 인명 that the learned measure of
:mod:`bilingual.names.foreign_word` reads as transcribed (곤살레스, 홀브룩, 뮐러).

Some entries are brands named after people (아우디, 포르쉐), so a name of the list never types a word alone: it is
evidence only for the last word of two transcribed proper nouns one space apart (마리아 곤살레스), where a brand is
rarely written (:func:`bilingual.entities.korean_names._foreign_names`).
"""

from __future__ import annotations

from functools import lru_cache

from bilingual.errors import DataError
from bilingual.files import data_rows

_FILE = "foreign_person_names.txt"


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    out: set[str] = set()
    for number, cols in data_rows(_FILE):
        if len(cols) != 1 or not cols[0]:
            raise DataError(f"bilingual/data/{_FILE}, line {number}: expected one name")
        out.add(cols[0])
    return frozenset(out)


def foreign_person_name(word: str) -> bool:
    """Whether a Hangul word is a foreign person's name of mecab-ko-dic's class 인명 (a given or a family name)."""
    return word in _names()
