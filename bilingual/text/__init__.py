"""Text: the first stage, and the characters everything else reads.

- :mod:`~bilingual.text.scripts` — writing systems of characters; the only home of character classes
- :mod:`~bilingual.text.edits` — replacements applied to a text with an offset map
- :mod:`~bilingual.text.repair` — the repair stage: legacy Korean, ftfy, markup, NFC, to a fixed point
"""

from bilingual.text.repair import repair, repair_text
from bilingual.text.scripts import ScriptCounts, ScriptSpan, script_counts, segments

__all__ = ["ScriptCounts", "ScriptSpan", "repair", "repair_text", "script_counts", "segments"]
