"""Engines: running the pipeline over many inputs.

- :mod:`~bilingual.engines.pool` — spawned worker processes started once with the run's context, fed through a
  bounded window in chunks sized by text length; a dead worker's items retried once (:class:`WorkerPool`)
- :mod:`~bilingual.engines.kiwi_fork` — what the fork server loads once (the pipeline, the bundled KB's Kiwi) for the
  workers it forks, so that none pays Kiwi's start-up (imported only by that server)
- :mod:`~bilingual.engines.dask` — the same on a Dask cluster, and ``process_bag`` for Dask pipelines (optional
  extra ``bilingual[dask]``; imported only when used)
- :mod:`~bilingual.engines.progress` — a progress line on stderr for long runs
- :mod:`~bilingual.engines.spool` — a huge record carried from a worker to the writer through a file, a piece at a
  time, never whole in memory
- :mod:`~bilingual.engines.paths` — a huge file input sent to a local worker as its path, for the worker to read (the
  calling process never holds its text)
"""

from bilingual.engines.pool import Failed, WorkerPool, worker_pool
from bilingual.engines.progress import Progress

__all__ = ["Failed", "Progress", "WorkerPool", "worker_pool"]
