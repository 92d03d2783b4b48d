"""A pool of worker processes for batch runs.

Workers are spawned, not forked: a process whose Kiwi has started its threads hangs in a forked child.
Each worker receives the run's :class:`~bilingual.context.Context` once, when it starts (not with every
task), and loads its own Kiwi on first use.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from bilingual.context import Context

T = TypeVar("T")
R = TypeVar("R")

_context: Context | None = None


def _init_worker(context: Context) -> None:
    global _context
    _context = context


def worker_context() -> Context:
    """The context this worker process was started with."""
    if _context is None:
        raise RuntimeError("worker_context() is only available inside a bilingual worker process")
    return _context


def worker_pool(jobs: int, context: Context) -> ProcessPoolExecutor:
    """``jobs`` spawned worker processes, each started with ``context``."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(context,))


def in_worker(function: Callable[[Context, T], R], item: T) -> R:
    """Run ``function(context, item)`` with this worker's context (a task sent to the pool)."""
    return function(worker_context(), item)
