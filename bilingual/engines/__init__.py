"""Engines: running the pipeline over many inputs.

- :mod:`~bilingual.engines.pool` — spawned worker processes, each started once with the run's context
- :mod:`~bilingual.engines.progress` — a progress line on stderr for long runs
"""

from bilingual.engines.pool import worker_pool
from bilingual.engines.progress import Progress

__all__ = ["Progress", "worker_pool"]
