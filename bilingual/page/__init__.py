"""Page: the blocks stage, which splits a page into labelled lines.

- :mod:`~bilingual.page.blocks` — the labelling rules, an ordered table (:data:`~bilingual.page.blocks.RULES`)
- :mod:`~bilingual.page.duplicates` — exact and near-duplicate blocks in linear time
- :mod:`~bilingual.page.label_layer` — a learned layer over the rules' labels (a table of weights, no library)
- :mod:`~bilingual.page.sentence_end` — whether a line ends like a sentence: the one definition the rules and the
  layer read
"""

from bilingual.page.blocks import RULES, SKIPPED_LABELS, Rule, label_lines, split_blocks
from bilingual.page.duplicates import find_duplicates

__all__ = ["RULES", "SKIPPED_LABELS", "Rule", "find_duplicates", "label_lines", "split_blocks"]
