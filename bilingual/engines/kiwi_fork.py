"""Imported by the pool's fork server (``multiprocessing``'s ``forkserver`` preload) and nowhere else: it imports the
pipeline and loads the bundled KB's Kiwi once, without worker threads (:func:`bilingual.lang.korean.preload_kiwi`), so
that every worker forked from the server starts with both: no 2-3 s of Kiwi start-up per worker, and one copy of
its model in memory (the children share its pages). The fork server is started only when a run has Korean work
(:class:`bilingual.engines.pool.WorkerPool`); a run whose KB is not the bundled one gets no benefit (its workers load
their own Kiwi for their names, as spawned workers do).

The loading happens on import because importing is the only thing a fork server's preload does.
"""

from __future__ import annotations

import bilingual.formats.records  # noqa: F401  (the modules a worker runs, imported once for every child)
from bilingual.context import Context
from bilingual.document import Document
from bilingual.entities.kb import KnowledgeBase
from bilingual.lang import langid
from bilingual.lang.korean import preload_kiwi
from bilingual.stages import run_stages

WARM_UP = ("조태열 외교부 장관은 9일 서울에서 블링컨(Antony Blinken) 미국 국무장관과 만났다.\n"
           "Foreign Minister Cho Tae-yul met Secretary Blinken in Seoul on Thursday.\nSeoul 서울")
"""A short mixed page the server processes once, so that what the pipeline loads on first use (langdetect's profiles,
about 0.5 s; tables and models of the names and KB modules) is loaded before the fork, not in every worker."""

preload_kiwi(KnowledgeBase.default().tokenizer_names())
langid.detect("Seoul")  # langdetect's profiles, whether or not the page below needs them
run_stages(Document.create(WARM_UP), Context.create())
