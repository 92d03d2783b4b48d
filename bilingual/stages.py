"""The pipeline: every stage, in order, each a pure function ``(Document, Context) -> Document``.

>>> [stage.__name__ for stage in STAGES]
['repair', 'split_blocks', 'route_blocks', 'split_sentences', 'find_mentions', 'pair_translations']
"""

from __future__ import annotations

from bilingual.context import Context, Stage
from bilingual.document import Document
from bilingual.entities.mentions import find_mentions
from bilingual.lang.route import route_blocks
from bilingual.lang.sentences import split_sentences
from bilingual.memory import collector_paused
from bilingual.page.blocks import split_blocks
from bilingual.qa.pairing import pair_translations
from bilingual.text.repair import repair

STAGES: tuple[Stage, ...] = (repair, split_blocks, route_blocks, split_sentences, find_mentions, pair_translations)
"""text repair → page blocks → language routing and runs → sentences and tokens (Kiwi or the English path) →
mentions linked to the KB → translations inside the page paired and reviewed."""

BEFORE_KOREAN: tuple[Stage, ...] = STAGES[:STAGES.index(split_sentences)]
"""The stages before the Korean path (repair, page blocks, routing): none of them needs Kiwi, so a batch run's calling
process can run them while the workers wait for Kiwi (:class:`bilingual.engines.pool.Split`)."""
FROM_KOREAN: tuple[Stage, ...] = STAGES[len(BEFORE_KOREAN):]
"""The rest: ``run_stages(run_stages(doc, c, BEFORE_KOREAN), c, FROM_KOREAN)`` is ``run_stages(doc, c)``."""


def run_stages(doc: Document, context: Context, stages: tuple[Stage, ...] = STAGES) -> Document:
    """Run ``stages`` (all of them by default) on ``doc``, reporting each stage's start and end to
    ``context.progress`` (the longer stages also report as they go). ``doc`` may have been through earlier stages
    already (:data:`FROM_KOREAN` after :data:`BEFORE_KOREAN`)."""
    total = len(doc.text)  # a fresh document's text is its original text
    with collector_paused():
        for stage in stages:
            context.report(stage.__name__, 0, total)
            doc = stage(doc, context)
            total = len(doc.text)
            context.report(stage.__name__, total, total)
    return doc


def route_document(doc: Document, context: Context) -> Document:
    """``doc`` through :data:`BEFORE_KOREAN`, the stages that need no Kiwi."""
    return run_stages(doc, context, BEFORE_KOREAN)


def finish_document(doc: Document, context: Context) -> Document:
    """A document from :func:`route_document` through the other stages (:data:`FROM_KOREAN`)."""
    return run_stages(doc, context, FROM_KOREAN)
