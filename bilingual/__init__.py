"""bilingual: prepare scraped Korean/English news text for translation review.

>>> import bilingual
>>> doc = bilingual.process("Minister Cho met Secretary Blinken on Thursday\\\\'s sidelines in Lima.")
>>> doc.text
"Minister Cho met Secretary Blinken on Thursday's sidelines in Lima."
"""

from bilingual.config import BlockConfig, Config, RepairConfig
from bilingual.document import Block, Document, Flag, Repair, Route, Run, Sentence, Token
from bilingual.pipeline import process, process_many
from bilingual.route import route

__all__ = [
    "Block",
    "BlockConfig",
    "Config",
    "Document",
    "Flag",
    "Repair",
    "RepairConfig",
    "Route",
    "Run",
    "Sentence",
    "Token",
    "process",
    "process_many",
    "route",
]
__version__ = "0.1.0"
