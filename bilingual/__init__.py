"""bilingual: prepare scraped Korean/English news text for translation review.

>>> import bilingual
>>> doc = bilingual.process("Minister Cho met Secretary Blinken on Thursday\\\\'s sidelines in Lima.")
>>> doc.text
"Minister Cho met Secretary Blinken on Thursday's sidelines in Lima."

The package, in the order a document flows through it (``docs/architecture.md``):

- :mod:`bilingual.document`, :mod:`bilingual.offsets` — the one document model and its offset map
- :mod:`bilingual.text` — repair (ftfy and what it misses), character classes
- :mod:`bilingual.page` — blocks: lines labelled by ordered rule tables; duplicates
- :mod:`bilingual.lang` — the router, language runs, sentences and tokens (Kiwi for Korean, the English path)
- :mod:`bilingual.names` — Hangul, romanization, romanized names read back, transcriptions, keys, titles
- :mod:`bilingual.entities` — the knowledge base and its linking tiers; the mentions stage
- :mod:`bilingual.qa` — translation review: pairing, sides, alignment, numbers, checks
- :mod:`bilingual.formats` — readers (inputs, XLIFF, TMX, parallel text) and writers (JSON Lines, JSON, CSV, HTML)
- :mod:`bilingual.engines` — worker pools for batch runs, progress
- :mod:`bilingual.stages` (the stage list), :mod:`bilingual.api` (entry points), :mod:`bilingual.cli`
"""

import importlib
from typing import TYPE_CHECKING, Any

from bilingual.api import process, process_many, review, review_bitext, review_pairs
from bilingual.config import BlockConfig, Config, MentionConfig, RepairConfig
from bilingual.context import Context
from bilingual.document import (
    Block,
    Document,
    Finding,
    Flag,
    Mention,
    Pair,
    Repair,
    Route,
    Run,
    Sentence,
    Token,
)
from bilingual.entities.acceptance import Candidate, Link
from bilingual.entities.kb import Entity, KnowledgeBase
from bilingual.errors import BilingualError, DataError, InputError, KBError, NotTextError, WorkerDied
from bilingual.lang.route import route
from bilingual.names.romanize import romanize
from bilingual.names.romanized import NameCandidate, name_variants, parse_name, romanize_name
from bilingual.names.similarity import NameSimilarity, name_similarity
from bilingual.names.transcription import transcription_key, transcription_score
from bilingual.version import __version__

if TYPE_CHECKING:
    from bilingual.engines.pool import WorkerPool
    from bilingual.formats.bitext import Bitext, read_bilingual_file, read_bilingual_xml, read_parallel_text
    from bilingual.formats.records import ErrorRecord
    from bilingual.formats.report import render_html, write_csv, write_html, write_json
    from bilingual.qa.result import Review, ReviewPair, SegmentRef

# perf54: what only batch runs, file formats and translation review use is imported on first use (module
# ``__getattr__``), so that processing a document does not import ``engines``, ``formats`` and most of ``qa``.
_LAZY = {
    "WorkerPool": "bilingual.engines.pool",
    "Bitext": "bilingual.formats.bitext",
    "read_bilingual_file": "bilingual.formats.bitext",
    "read_bilingual_xml": "bilingual.formats.bitext",
    "read_parallel_text": "bilingual.formats.bitext",
    "ErrorRecord": "bilingual.formats.records",
    "render_html": "bilingual.formats.report",
    "write_csv": "bilingual.formats.report",
    "write_html": "bilingual.formats.report",
    "write_json": "bilingual.formats.report",
    "Review": "bilingual.qa.result",
    "ReviewPair": "bilingual.qa.result",
    "SegmentRef": "bilingual.qa.result",
}
_SUBPACKAGES = frozenset({"engines", "formats", "qa"})


def __getattr__(name: str) -> Any:
    """The names of :data:`_LAZY` (and the three subpackages), imported the first time they are asked for."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _SUBPACKAGES:
        value = importlib.import_module(f"bilingual.{name}")
    else:
        raise AttributeError(f"module 'bilingual' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "BilingualError",
    "Bitext",
    "Block",
    "BlockConfig",
    "Candidate",
    "Config",
    "Context",
    "DataError",
    "Document",
    "Entity",
    "ErrorRecord",
    "Finding",
    "Flag",
    "InputError",
    "KBError",
    "KnowledgeBase",
    "Link",
    "Mention",
    "MentionConfig",
    "NameCandidate",
    "NameSimilarity",
    "NotTextError",
    "Pair",
    "Repair",
    "RepairConfig",
    "Review",
    "ReviewPair",
    "Route",
    "Run",
    "SegmentRef",
    "Sentence",
    "Token",
    "WorkerDied",
    "WorkerPool",
    "__version__",
    "name_similarity",
    "name_variants",
    "parse_name",
    "process",
    "process_many",
    "read_bilingual_file",
    "read_bilingual_xml",
    "read_parallel_text",
    "render_html",
    "review",
    "review_bitext",
    "review_pairs",
    "romanize",
    "romanize_name",
    "route",
    "transcription_key",
    "transcription_score",
    "write_csv",
    "write_html",
    "write_json",
]
