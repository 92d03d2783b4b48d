"""bilingual: prepare scraped Korean/English news text for translation review.

>>> import bilingual
>>> doc = bilingual.process("Minister Cho met Secretary Blinken on Thursday\\\\'s sidelines in Lima.")
>>> doc.text
"Minister Cho met Secretary Blinken on Thursday's sidelines in Lima."
"""

from bilingual.config import BlockConfig, Config, RepairConfig
from bilingual.document import Block, Document, Finding, Flag, Pair, Repair, Route, Run, Sentence, Token
from bilingual.kb import Entity, KnowledgeBase, Link
from bilingual.names import NameCandidate, name_variants, parse_name, romanize_name
from bilingual.pipeline import process, process_many
from bilingual.review import Review, ReviewPair, review, review_pairs
from bilingual.romanize import romanize
from bilingual.route import route
from bilingual.transcription import transcription_key, transcription_score

__all__ = [
    "Block",
    "BlockConfig",
    "Config",
    "Document",
    "Entity",
    "Finding",
    "Flag",
    "KnowledgeBase",
    "Link",
    "NameCandidate",
    "Pair",
    "Repair",
    "RepairConfig",
    "Review",
    "ReviewPair",
    "Route",
    "Run",
    "Sentence",
    "Token",
    "name_variants",
    "parse_name",
    "process",
    "process_many",
    "review",
    "review_pairs",
    "romanize",
    "romanize_name",
    "route",
    "transcription_key",
    "transcription_score",
]
__version__ = "0.1.0"
