"""A pool of worker processes for batch runs: started once, fed through a bounded window, and never losing an item.

- Workers are **spawned**, not forked (a process whose Kiwi has started its threads hangs in a forked child).
  Each receives the run's :class:`~bilingual.context.Context` once, when it starts (not with every task), and
  loads its own Kiwi on first use; a :class:`WorkerPool` lives as long as its ``with`` block, so a caller that
  batches repeatedly pays that start-up once.
- Work is sent in **chunks sized by text length** (many short texts in one task, a long one alone) and at most
  ``window`` chunks are in flight, ``held`` in all: memory does not grow with the length of the input stream, and
  a slow chunk waiting to be yielded first does not leave the other workers idle.
- Results come back **in input order**; an item that raised comes back as its exception (:class:`Failed`), so
  the items done before it are delivered first and the batch can go on.
- A worker that **dies** (killed, out of memory) breaks the pool: the pool is restarted and every item that
  was in flight is retried once, alone, on the fresh worker; an item whose retry kills its worker again comes
  back as :class:`~bilingual.errors.WorkerDied`. Nothing hangs and nothing is dropped.

Because workers are spawned, a *script* that uses a pool must start it under ``if __name__ == "__main__":``
(the spawned worker imports the script's main module; docs/batch.md). The ``bilingual`` command and any code
that imports a module which starts the pool only from a function need nothing.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from bilingual.config import Config
from bilingual.context import Context
from bilingual.entities.kb import KnowledgeBase
from bilingual.errors import BilingualError, WorkerDied

T = TypeVar("T")
R = TypeVar("R")

CHUNK_CHARS = 16_000
"""A chunk holds items until their texts reach this many characters (a longer item travels alone)."""
CHUNK_ITEMS = 32
"""…and at most this many items."""
HELD = 4
"""Chunks held at most (in flight, or finished and waiting for an earlier one), as a multiple of the window."""

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
    """``jobs`` spawned worker processes, each started with ``context`` (the executor under :class:`WorkerPool`)."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(context,))


def in_worker(function: Callable[[Context, T], R], item: T) -> R:
    """Run ``function(context, item)`` with this worker's context (a task sent to the pool)."""
    return function(worker_context(), item)


@dataclass(frozen=True)
class Failed:
    """The outcome of an item that raised: its exception (which crossed the process boundary intact)."""

    error: BaseException


def portable(error: BaseException) -> BaseException:
    """``error`` itself when it survives pickling, else a :class:`BilingualError` that says what it was
    (an exception whose class cannot be rebuilt in the parent must not break the pool)."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return BilingualError(f"{type(error).__name__}: {error}", code="processing_failed")
    return error


def run_chunk(function: Callable[[Context, T], R], items: list[T]) -> list[R | Failed]:
    """Run ``function(context, item)`` on each item of a chunk, in a worker; an item's exception is its
    outcome, so one bad item never costs the others in its chunk."""
    return run_items(worker_context(), function, items)


def run_items(context: Context, function: Callable[[Context, T], R], items: list[T]) -> list[R | Failed]:
    """``function(context, item)`` for each item; an item's exception is its outcome (made portable)."""
    outcomes: list[R | Failed] = []
    for item in items:
        try:
            outcomes.append(function(context, item))
        except Exception as exc:
            outcomes.append(Failed(portable(exc)))
    return outcomes


def text_size(item: object) -> int:
    """The default size of an item for chunking: the length of its text (a ``str``, or the last ``str`` of a
    tuple such as ``(source, text)``), else 1."""
    if isinstance(item, str):
        return len(item)
    if isinstance(item, tuple):
        texts = [x for x in item if isinstance(x, str)]
        return len(texts[-1]) if texts else 1
    text = getattr(item, "text", None)
    return len(text) if isinstance(text, str) else 1


def chunked(items: Iterable[T], size: Callable[[T], int], max_chars: int = CHUNK_CHARS,
            max_items: int = CHUNK_ITEMS) -> Iterator[list[T]]:
    """Consecutive items grouped lazily while their sizes stay within ``max_chars`` and their number within
    ``max_items``; an item as large as ``max_chars`` travels alone."""
    chunk: list[T] = []
    total = 0
    for item in items:
        n = max(size(item), 1)
        if chunk and total + n > max_chars:
            yield chunk
            chunk, total = [], 0
        chunk.append(item)
        total += n
        if total >= max_chars or len(chunk) >= max_items:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


@dataclass
class _Chunk(Generic[T, R]):
    items: list[T]
    future: Future[list[R | Failed]] | None = None
    outcomes: list[R | Failed] | None = field(default=None)


def _broken(chunk: _Chunk[T, R]) -> bool:
    """Whether the chunk failed because its pool broke (a worker died)."""
    future = chunk.future
    return chunk.outcomes is None and future is not None and future.done() and not future.cancelled() \
        and isinstance(future.exception(), BrokenProcessPool)


def _running(pending: Iterable[_Chunk[T, R]]) -> int:
    """How many of the chunks are still being worked on."""
    return sum(c.outcomes is None and (c.future is None or not c.future.done()) for c in pending)


class WorkerPool:
    """Worker processes that live as long as the pool: Kiwi and the KB are loaded once per worker.

    >>> from bilingual import WorkerPool, process_many     # doctest: +SKIP
    >>> with WorkerPool(2) as pool:                         # doctest: +SKIP
    ...     for batch in batches:
    ...         for doc in process_many(batch, pool=pool, on_error="record"):
    ...             ...

    ``window`` bounds the chunks in flight (default ``2 * jobs``) and ``held`` the chunks held in all, in flight
    or finished and waiting for an earlier one (default ``4 * window``); :meth:`imap` is the general tool
    (any module-level ``function(context, item)``), :func:`bilingual.process_many` the usual one.
    """

    def __init__(self, jobs: int = 2, *, config: Config | None = None, kb: KnowledgeBase | None = None,
                 context: Context | None = None, window: int | None = None, held: int | None = None) -> None:
        if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
            raise ValueError(f"jobs must be a positive int, not {jobs!r}")
        for name, value in (("window", window), ("held", held)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise ValueError(f"{name} must be a positive int, not {value!r}")
        self.jobs = jobs
        self.context = context if context is not None else Context.create(config=config, kb=kb)
        self.window = window or 2 * jobs
        self.held = max(held or HELD * self.window, self.window)
        self.restarts = 0
        """How many times a dead worker broke the pool and it was started again."""
        self._executor: ProcessPoolExecutor | None = None

    # -- life cycle ------------------------------------------------------------------------------
    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = worker_pool(self.jobs, self.context)
        return self._executor

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = None
        self.restarts += 1

    def close(self) -> None:
        """Stop the workers (they finish nothing more; outstanding work is cancelled)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pids(self) -> list[int]:
        """The process ids of the live workers (started on demand by the first task)."""
        executor = self._executor
        return sorted(executor._processes or {}) if executor is not None else []

    # -- work ------------------------------------------------------------------------------------
    def imap(self, function: Callable[[Context, T], R], items: Iterable[T], *,
             size: Callable[[T], int] = text_size, chunk_chars: int = CHUNK_CHARS,
             chunk_items: int = CHUNK_ITEMS) -> Iterator[R | Failed]:
        """``function(context, item)`` for every item, in input order, as its result or :class:`Failed`.

        ``function`` must be a module-level function (it is pickled by name). Items are read lazily: at
        most ``window`` chunks are being worked on at any time, and at most ``held`` chunks are held in all
        (those in flight, and those finished but waiting for an earlier one to be yielded). A slow chunk at the
        head (a worker loading Kiwi for its first Korean text) therefore does not leave the other workers idle."""
        pending: deque[_Chunk[T, R]] = deque()
        chunks = chunked(items, size, chunk_chars, chunk_items)
        exhausted = False
        while True:
            if any(_broken(c) for c in pending):  # a worker died: nothing more goes to this pool
                self._recover(function, pending)
            while not exhausted and len(pending) < self.held and _running(pending) < self.window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append(self._submit(function, _Chunk(chunk)))
            if not pending:
                return
            head = pending[0]
            if head.outcomes is None:
                assert head.future is not None
                if not head.future.done() and not exhausted and len(pending) < self.held:
                    # room for more: wake when any chunk finishes, so that its worker gets the next one
                    wait([c.future for c in pending if c.future is not None and c.outcomes is None
                          and not c.future.done()], return_when=FIRST_COMPLETED)
                    continue
                try:
                    head.outcomes = head.future.result()
                except BrokenProcessPool:
                    self._recover(function, pending)
                    continue
                except Exception as exc:  # the chunk's results could not come back (e.g. they do not pickle)
                    head.outcomes = [Failed(portable(exc)) for _ in head.items]
            pending.popleft()
            yield from head.outcomes

    def _submit(self, function: Callable[[Context, T], R], chunk: _Chunk[T, R]) -> _Chunk[T, R]:
        try:
            chunk.future = self._pool().submit(run_chunk, function, chunk.items)
        except BrokenProcessPool:  # broken by an earlier chunk: that chunk's result will say so
            self._restart()
            chunk.future = self._pool().submit(run_chunk, function, chunk.items)
        return chunk

    def _recover(self, function: Callable[[Context, T], R], pending: deque[_Chunk[T, R]]) -> None:
        """A worker died: keep what finished, then retry each unfinished item once, alone, on a fresh pool."""
        for chunk in pending:
            if chunk.outcomes is None and chunk.future is not None and chunk.future.done() \
                    and not chunk.future.cancelled() and chunk.future.exception() is None:
                chunk.outcomes = chunk.future.result()
        self._restart()
        for chunk in pending:
            if chunk.outcomes is None:
                chunk.outcomes = [self._retry_alone(function, item) for item in chunk.items]

    def _retry_alone(self, function: Callable[[Context, T], R], item: T) -> R | Failed:
        try:
            return self._pool().submit(run_chunk, function, [item]).result()[0]
        except BrokenProcessPool:
            self._restart()
            return Failed(WorkerDied(_describe(item)))


def _describe(item: Any) -> str:
    """A short name for an item in an error message: its source when it has one."""
    source = getattr(item, "source", None)
    if isinstance(source, str):
        return source
    if isinstance(item, tuple) and item and isinstance(item[0], str):
        return item[0]
    return f"{type(item).__name__} item"
