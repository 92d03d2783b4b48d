"""Imported by the pool's fork server (``multiprocessing``'s ``forkserver`` preload) and nowhere else: it imports the
pipeline and loads the bundled KB's Kiwi once, without worker threads (:func:`bilingual.lang.korean.preload_kiwi`), so
that every worker forked from the server starts with both: no 2-3 s of Kiwi start-up per worker, and one copy of
its model in memory (the children share its pages). The fork server is started only when a run has Korean work
(:class:`bilingual.engines.pool.WorkerPool`); a run whose KB is not the bundled one gets no benefit (its workers load
their own Kiwi for their names, as spawned workers do).

The loading happens on import because importing is the only thing a fork server's preload does.
"""

from __future__ import annotations

import bilingual.formats.records  # the modules a worker runs, imported once for every child
import bilingual.stages  # noqa: F401
from bilingual.entities.kb import KnowledgeBase
from bilingual.lang.korean import preload_kiwi

preload_kiwi(KnowledgeBase.default().tokenizer_names())
