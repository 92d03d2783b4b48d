"""Translation QA: pair segments and their translations, and check names and numbers.

- :mod:`~bilingual.qa.pairing` — the pairing stage: a block and its translation on the same page
- :mod:`~bilingual.qa.sides` — one side of a pair: text, mentions, numbers, sentences, anchors
- :mod:`~bilingual.qa.align` — sentence alignment of two whole documents
- :mod:`~bilingual.qa.numbers` — numbers in Korean and English, normalized to compare
- :mod:`~bilingual.qa.checks` — the checks on one pair (names, numbers, untranslated, omission)
- :mod:`~bilingual.qa.documents` — reviewing processed documents, aligned or whole
- :mod:`~bilingual.qa.result` — what a review gives back
"""

from bilingual.qa.checks import check_pair
from bilingual.qa.documents import review_aligned, review_documents
from bilingual.qa.numbers import Quantity, find_numbers
from bilingual.qa.pairing import pair_translations
from bilingual.qa.result import Review, ReviewPair, SegmentRef
from bilingual.qa.sides import Side

__all__ = ["Quantity", "Review", "ReviewPair", "SegmentRef", "Side", "check_pair", "find_numbers", "pair_translations",
           "review_aligned", "review_documents"]
