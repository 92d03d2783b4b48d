"""bilingual: prepare scraped Korean/English news text for translation review.

>>> import bilingual
>>> doc = bilingual.process("Minister Cho met Secretary Blinken on Thursday\\\\'s sidelines in Lima.")
>>> doc.text
"Minister Cho met Secretary Blinken on Thursday's sidelines in Lima."
"""

from bilingual.config import BlockConfig, Config, RepairConfig
from bilingual.document import Block, Document, Flag, Repair
from bilingual.pipeline import process, process_many

__all__ = [
    "Block",
    "BlockConfig",
    "Config",
    "Document",
    "Flag",
    "Repair",
    "RepairConfig",
    "process",
    "process_many",
]
__version__ = "0.1.0"
