"""Translation QA: pair segments and their translations, and check names and numbers.

- :mod:`~bilingual.qa.pairing` — the pairing stage: a block and its translation on the same page
- :mod:`~bilingual.qa.sides` — one side of a pair: text, mentions, numbers, sentences, anchors
- :mod:`~bilingual.qa.align` — sentence alignment of two whole documents
- :mod:`~bilingual.qa.lexicon` — which English words a Korean sentence's words translate into (a learned table)
- :mod:`~bilingual.qa.numbers` — numbers in Korean and English, normalized to compare
- :mod:`~bilingual.qa.checks` — the checks on one pair (names, numbers, untranslated, omission, form)
- :mod:`~bilingual.qa.number_check` — every figure of one side found on the other in some form, or reported
- :mod:`~bilingual.qa.format_checks` — placeholders, addresses, repeated words, spacing, unpaired marks, untranslated
- :mod:`~bilingual.qa.tag_check` — the inline codes of translators' files: missing, extra, changed, out of order
- :mod:`~bilingual.qa.terminology` — the KB as a glossary: organizations and places rendered by their KB names
- :mod:`~bilingual.qa.consistency` — across a file: one source translated two ways, two sources given one translation
- :mod:`~bilingual.qa.direction` — the languages of a review, given or read from the texts
- :mod:`~bilingual.qa.profile` — which checks run, from a TOML file (``--profile``)
- :mod:`~bilingual.qa.documents` — reviewing processed documents, aligned or whole
- :mod:`~bilingual.qa.result` — what a review gives back
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bilingual.qa.checks import check_pair
    from bilingual.qa.documents import review_aligned, review_documents
    from bilingual.qa.numbers import Quantity, find_numbers
    from bilingual.qa.pairing import pair_translations
    from bilingual.qa.result import Review, ReviewPair, SegmentRef
    from bilingual.qa.sides import Side

# perf54: imported on first use, so that the pairing stage (``bilingual.stages`` imports ``qa.pairing``) does not
# import the whole review (``checks``, ``documents``) into every process.
_WHERE = {"check_pair": "checks", "review_aligned": "documents", "review_documents": "documents",
          "Quantity": "numbers", "find_numbers": "numbers", "pair_translations": "pairing", "Review": "result",
          "ReviewPair": "result", "SegmentRef": "result", "Side": "sides"}


def __getattr__(name: str) -> Any:
    """The names of ``__all__``, imported from their module the first time they are asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module 'bilingual.qa' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"bilingual.qa.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


__all__ = ["Quantity", "Review", "ReviewPair", "SegmentRef", "Side", "check_pair", "find_numbers", "pair_translations",
           "review_aligned", "review_documents"]
