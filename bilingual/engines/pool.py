"""A pool of worker processes for batch runs: started once, fed through a bounded window, and never losing an item.

- Workers are **spawned**, not forked (a process whose Kiwi has started its threads hangs in a forked child).
  Each receives the run's :class:`~bilingual.context.Context` once, when it starts (not with every task), and
  loads its own Kiwi on first use; a :class:`WorkerPool` lives as long as its ``with`` block, so a caller that
  batches repeatedly pays that start-up once.
- Work is sent in **chunks sized by text length** (many short texts in one task, a long one alone) and at most
  ``window`` chunks are in flight, ``held`` chunks' worth in all (a chunk cut short counts for its part): memory does
  not grow with the length of the input stream, and a slow chunk waiting to be yielded first does not leave the
  other workers idle.
- With ``imap(..., caller=True)`` (:func:`bilingual.process_many` and the command), the calling process works as
  the second lane, on chunks without Korean, until that lane first needs Kiwi: no worker is spawned for English.
  Given the function in two steps (:class:`Split`), the caller also runs the first step (the stages before the
  Korean path) of chunks with Korean while the workers wait for the fork server's Kiwi, instead of idling.
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

import contextlib
import dataclasses
import multiprocessing
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from bilingual.config import Config
from bilingual.context import Context
from bilingual.engines.fork_server import start_by_fork
from bilingual.entities.kb import KnowledgeBase
from bilingual.errors import BilingualError, WorkerDied
from bilingual.text.scripts import has_hangul

T = TypeVar("T")
M = TypeVar("M")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

CHUNK_CHARS = 16_000
"""A chunk holds items until their texts reach this many characters (a longer item travels alone)."""
CHUNK_ITEMS = 32
"""…and at most this many items."""
HELD = 64
"""Chunks' worth held at most (in flight, waiting, or finished and waiting for an earlier one), as a multiple of the
window: enough for the other workers to keep working on English while the Korean lane loads Kiwi (2-3 s). A chunk
counts for how full it is (:func:`fullness`), so chunks cut short at every change between Korean and English do not
shrink how far ahead the input is read (at most twice ``held`` chunks)."""
RESULT_PIPE_BYTES = 1 << 20
"""Room asked for in each worker's result pipe (Linux's default for an unprivileged process at most, 64 KiB without
it): a worker writes a chunk's results (about 60 KB a news page) and goes on to its next chunk without waiting for the
calling process to read them (:func:`roomy_results`)."""
FIRST_STEPS_IN_CALLER = False
"""Whether ``bilingual process -j N`` and ``process_many(..., jobs=N)`` have the calling process run the stages before
the Korean path of waiting Korean items while the lanes wait for the fork server's Kiwi (``imap(split=...)``, perf23).
Off: measured on a quiet machine (docs/log/performance.md, "Lead's reruns, stop 30") it gained nothing on a mixed batch
(the caller reached 2 pages: -j 2 6.9 s without, 7.2 s with) and lost on a Korean-only one (8.1 s without, 9.0 s with:
the busy caller slows the fork server, which is the critical path). The machinery stays, tested, for callers of
:meth:`WorkerPool.imap`."""

_context: Context | None = None


def _init_worker(context: Context) -> None:
    global _context
    _context = context


def worker_context() -> Context:
    """The context this worker process was started with."""
    if _context is None:
        raise RuntimeError("worker_context() is only available inside a bilingual worker process")
    return _context


def kiwi_forks() -> multiprocessing.context.BaseContext | None:
    """The ``forkserver`` start method with its server preloading the pipeline and the bundled KB's Kiwi
    (:mod:`bilingual.engines.kiwi_fork`), or ``None`` where there is no fork server (Windows). There is one server
    per process: the preload counts only until it has started."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    forks = multiprocessing.get_context("forkserver")
    forks.set_forkserver_preload(["bilingual.engines.kiwi_fork"])
    return forks


def bundled_names(context: Context) -> bool:
    """Whether the context's KB gives Kiwi the bundled KB's names: those the fork server's Kiwi has."""
    return context.kb.tokenizer_names() == KnowledgeBase.default().tokenizer_names()


def worker_pool(jobs: int, context: Context, *, kiwi: bool = False) -> ProcessPoolExecutor:
    """``jobs`` worker processes, each started with ``context`` (the executor under :class:`WorkerPool`): spawned, or
    with ``kiwi`` forked from the fork server that has loaded Kiwi (:func:`kiwi_forks`; spawned where there is none).
    The first worker forked waits for the server to load Kiwi (2-3 s)."""
    start = (kiwi_forks() if kiwi else None) or multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=start, initializer=_init_worker, initargs=(context,))
    roomy_results(executor)
    return executor


def roomy_results(executor: ProcessPoolExecutor, size: int = RESULT_PIPE_BYTES) -> int:
    """Enlarge the pipe through which ``executor``'s workers send their results to ``size`` bytes where the system
    allows it (Linux's ``F_SETPIPE_SZ``); the pipe's size afterwards (0 where it cannot be read).

    A pipe holds 64 KiB by default, and one chunk's results are about 60 KB a news page (the JSON lines): a worker's
    write then blocks until the calling process has read the start of it, and that process is busy with its own lane's
    chunk or holds the GIL (its reader thread gets it back only every switch interval, about 5 ms, once per 64 KiB).
    Measured on the 1,000 benchmark pages (docs/performance.md, perf67), the Korean lane's worker spent 0.4-1.5 s
    blocked there beside its 8 CPU s of pages. With room for the results it goes on to its next chunk at once. Nothing
    else changes: the same bytes, read by the same thread."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system: pipes as they are
        return 0
    queue: Any = getattr(executor, "_result_queue", None)  # concurrent.futures' own pipe, made in its __init__
    writer = getattr(queue, "_writer", None)
    setter, getter = getattr(fcntl, "F_SETPIPE_SZ", None), getattr(fcntl, "F_GETPIPE_SZ", None)
    if writer is None or setter is None or getter is None:
        return 0
    with contextlib.suppress(OSError):  # above the system's limit (or not a pipe): left as it is
        fcntl.fcntl(writer.fileno(), setter, size)
    try:
        return int(fcntl.fcntl(writer.fileno(), getter))
    except OSError:
        return 0


def _started() -> None:
    """A task that does nothing: submitted to a new executor, it returns once the worker process exists."""


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


@dataclass(frozen=True)
class Split(Generic[T, M, R_co]):
    """A function of :meth:`WorkerPool.imap` in two steps, so that the calling process can run the first while the
    workers wait for Kiwi: ``before(context, item)`` needs no Kiwi (the stages before the Korean path) and
    ``after(context, middle)`` does the rest, in a worker. ``after(c, before(c, item))`` must be exactly
    ``function(c, item)``, and both must be module-level functions (or partials of them): the middle value and
    ``after`` cross to the worker by pickle."""

    before: Callable[[Context, T], M]
    after: Callable[[Context, M], R_co]


def run_routed(function: Callable[[Context, M], R], middles: list[M | Failed]) -> list[R | Failed]:
    """In a worker: the second step of a :class:`Split` on the middle values of a chunk whose first step the calling
    process ran (an item that failed there stays failed)."""
    context = worker_context()
    outcomes: list[R | Failed] = []
    for middle in middles:
        if isinstance(middle, Failed):
            outcomes.append(middle)
            continue
        try:
            outcomes.append(function(context, middle))
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
    for chunk, _ in chunked_by(items, size, lambda item: False, max_chars, max_items):
        yield chunk


def chunked_by(items: Iterable[T], size: Callable[[T], int], key: Callable[[T], bool],
               max_chars: int = CHUNK_CHARS, max_items: int = CHUNK_ITEMS) -> Iterator[tuple[list[T], bool]]:
    """:func:`chunked`, with a chunk also ending where ``key(item)`` changes: each chunk with its key (whether its
    items need Kiwi, for :class:`WorkerPool`'s lanes)."""
    chunk: list[T] = []
    total = 0
    current = False
    for item in items:
        n = max(size(item), 1)
        flag = key(item)
        if chunk and (total + n > max_chars or flag != current):
            yield chunk, current
            chunk, total = [], 0
        chunk.append(item)
        current = flag
        total += n
        if total >= max_chars or len(chunk) >= max_items:
            yield chunk, current
            chunk, total = [], 0
    if chunk:
        yield chunk, current


@dataclass
class _Open(Generic[T]):
    """A chunk being filled by :func:`chunked_by_kind`: its items, their positions in the input, their size."""

    positions: list[int] = field(default_factory=list)
    items: list[T] = field(default_factory=list)
    chars: int = 0


def chunked_by_kind(items: Iterable[T], size: Callable[[T], int], key: Callable[[T], bool],
                    max_chars: int = CHUNK_CHARS, max_items: int = CHUNK_ITEMS,
                    lag: int = 4 * CHUNK_ITEMS) -> Iterator[tuple[list[int], list[T], bool]]:
    """Chunks whose items all have the same ``key`` (whether they need Kiwi), each with its items' positions in the
    input: one chunk is filled per kind, so an input whose kinds alternate page by page still makes full chunks,
    where :func:`chunked_by` cuts one at every change (400 tasks of two or three pages on the 1,000 benchmark pages,
    which on a Dask cluster cost about 6 ms of scheduler, client and worker CPU each). Chunks therefore come out of
    input order; the caller puts the results back in order. A kind's unfinished chunk is sent anyway once its first
    item is ``lag`` items behind the last one read, so that no result waits long for an earlier one (the results held
    for that stay bounded)."""
    open_: dict[bool, _Open[T]] = {}

    def close(flag: bool) -> tuple[list[int], list[T], bool]:
        chunk = open_.pop(flag)
        return chunk.positions, chunk.items, flag

    for position, item in enumerate(items):
        n = max(size(item), 1)
        flag = key(item)
        chunk = open_.get(flag)
        if chunk is not None and chunk.chars + n > max_chars:
            yield close(flag)
        chunk = open_.setdefault(flag, _Open())
        chunk.positions.append(position)
        chunk.items.append(item)
        chunk.chars += n
        if chunk.chars >= max_chars or len(chunk.items) >= max_items:
            yield close(flag)
        other = open_.get(not flag)
        if other is not None and position - other.positions[0] >= lag:
            yield close(not flag)
    for flag in sorted(open_, key=lambda f: open_[f].positions[0]):
        yield close(flag)


def text_of(item: object) -> str:
    """The text of an item as :func:`text_size` finds it (``""`` when it has none)."""
    if isinstance(item, str):
        return item
    if isinstance(item, tuple):
        texts = [x for x in item if isinstance(x, str)]
        return texts[-1] if texts else ""
    text = getattr(item, "text", None)
    return text if isinstance(text, str) else ""


def needs_korean(item: object) -> bool:
    """Whether an item's text has Hangul, so that its worker needs Kiwi (which costs 2-3 s to load): the default
    test by which :class:`WorkerPool` keeps Korean work on its Korean lane."""
    return has_hangul(text_of(item))


@dataclass(eq=False)
class Chunk(Generic[T, R]):
    """Consecutive items sent to a worker as one task: whether any needs Kiwi, the lane it went to, its future (a
    ``concurrent.futures`` or a Dask future) and, once read back, its outcomes."""

    items: list[T]
    korean: bool = False
    positions: list[int] = field(default_factory=list)
    """The items' positions in the input (chunks of :func:`chunked_by_kind` come out of input order)."""
    lane: int = -1
    weight: float = 1.0
    """How much of ``held`` the chunk takes (:func:`refill`)."""
    future: Future[list[R | Failed]] | None = None
    outcomes: list[R | Failed] | None = field(default=None)
    middles: list[Any] | None = None
    """With a :class:`Split`, once the calling process has run its first step on the items: its results (or
    :class:`Failed`), which the worker finishes with ``after`` instead of running the whole function."""
    after: Callable[[Context, Any], R] | None = None

    def task(self, function: Callable[[Context, T], R], items: slice = slice(None)) -> tuple[Any, ...]:
        """What a worker is sent for this chunk (or for ``items`` of it): :func:`run_chunk` with ``function``, or
        :func:`run_routed` with the second step when the first ran in the calling process."""
        if self.middles is not None and self.after is not None:
            return run_routed, self.after, self.middles[items]
        return run_chunk, function, self.items[items]

    def running(self) -> bool:
        return self.outcomes is None and self.future is not None and not self.future.done()

    def waiting(self) -> bool:
        return self.outcomes is None and self.future is None


def _never(item: object) -> bool:
    return False


class Steering:
    """Which waiting chunk a lane takes next (lanes numbered from 0, the Korean lane): the Korean lane takes the oldest
    chunk with Korean, else the oldest; the others the oldest without Korean, else a Korean one only when the input
    has had no other kind, or the Korean lane has loaded Kiwi and has a backlog (the Korean chunks waiting are half of
    ``held``). So a second Kiwi (2-3 s and 0.5 GB) is loaded only when the Korean work needs more than one worker.

    With ``cheap_kiwi`` (workers forked from a server that has loaded Kiwi: a worker gets one for nothing), the others
    take a Korean chunk whenever no chunk without Korean is waiting, so that every worker is busy to the end."""

    def __init__(self, held: int, *, cheap_kiwi: bool = False) -> None:
        self.held = held
        self.cheap_kiwi = cheap_kiwi
        self.mixed = False  # chunks without Korean have been seen
        self.kiwi_ready = False  # the Korean lane has finished a Korean chunk

    def seen(self, waiting: list[Chunk[T, R]], finished_on_korean_lane: bool) -> None:
        self.mixed = self.mixed or any(not c.korean for c in waiting)
        self.kiwi_ready = self.kiwi_ready or finished_on_korean_lane

    def pick(self, waiting: list[Chunk[T, R]], lane: int) -> Chunk[T, R] | None:
        wants_korean = lane == 0
        chunk = next((c for c in waiting if c.korean == wants_korean), waiting[0])
        if lane > 0 and chunk.korean and self.mixed and not self.cheap_kiwi and not (
                self.kiwi_ready and 2 * sum(c.korean for c in waiting) >= self.held):
            return None  # leave it to the Korean lane
        return chunk


def fullness(items: list[T], size: Callable[[T], int], max_chars: int, max_items: int) -> float:
    """How much of a full chunk ``items`` are (0 to 1): the larger of their share of ``max_chars`` and of
    ``max_items``; a chunk of one item at least as large as ``max_chars`` is full."""
    chars = sum(max(size(item), 1) for item in items)
    return min(1.0, max(chars / max_chars, len(items) / max_items))


def refill(pending: deque[Chunk[T, R]], chunks: Iterator[tuple[list[T], bool]], held: int,
           weight: Callable[[list[T]], float] = lambda items: 1.0, into: list[Chunk[T, R]] | None = None) -> bool:
    """Read chunks into ``pending`` (and ``into``, when given) until it holds ``held`` chunks' worth, each chunk
    counted by ``weight`` (by default as a whole one), and at most ``2 * held`` chunks (each wake of the pool sums
    them); whether the input is exhausted."""
    total = sum(c.weight for c in pending)
    while total < held and len(pending) < 2 * held:
        chunk = next(chunks, None)
        if chunk is None:
            return True
        pending.append(Chunk(*chunk, weight=weight(chunk[0])))
        total += pending[-1].weight
        if into is not None:
            into.append(pending[-1])
    return False


def _broken(chunk: Chunk[T, R]) -> bool:
    """Whether the chunk failed because its lane's process broke (its worker died)."""
    future = chunk.future
    return chunk.outcomes is None and future is not None and future.done() and not future.cancelled() \
        and isinstance(future.exception(), BrokenProcessPool)


class WorkerPool:
    """Worker processes that live as long as the pool: Kiwi and the KB are loaded once per worker.

    >>> from bilingual import WorkerPool, process_many     # doctest: +SKIP
    >>> with WorkerPool(2) as pool:                         # doctest: +SKIP
    ...     for batch in batches:
    ...         for doc in process_many(batch, pool=pool, on_error="record"):
    ...             ...

    ``window`` bounds the chunks in flight (default ``2 * jobs``) and ``held`` the chunks' worth held in all, in
    flight, waiting for a worker, or finished and waiting for an earlier one (default ``64 * window``; a chunk
    counts for how full it is, and at most ``2 * held`` chunks are held); :meth:`imap` is the
    general tool (any module-level ``function(context, item)``), :func:`bilingual.process_many` the usual one.

    Each worker is a lane of its own (a one-process executor), so that work can be given to a chosen worker:
    with two workers or more, the first lane takes the chunks with Korean text first and the others take the
    chunks without, so that only the first worker loads Kiwi (2-3 s of start-up) while the others work on English
    from the start (:class:`Steering`).

    Where there is a fork server (Linux, macOS) and the KB is the bundled one, a lane that takes Korean work has its
    worker *forked* from a server that has loaded Kiwi once (:func:`kiwi_forks`): no worker pays Kiwi's start-up,
    they share its model's memory, and every lane takes Korean work once no English is waiting, so all of them are
    busy to the end. A lane that started on English work is replaced by a forked worker when it is idle. The first
    fork waits for the server's Kiwi; it is made in a background thread, so the other lanes go on meanwhile.
    """

    def __init__(self, jobs: int = 2, *, config: Config | None = None, kb: KnowledgeBase | None = None,
                 context: Context | None = None, window: int | None = None, held: int | None = None,
                 server_from_caller: bool = False) -> None:
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
        """How many times a dead worker broke its lane and it was started again."""
        self._lanes: list[ProcessPoolExecutor | None] = [None] * jobs
        self._kiwi_lanes = [False] * jobs  # lanes whose worker is forked from the Kiwi server
        self._opening: list[Future[ProcessPoolExecutor] | None] = [None] * jobs  # such a worker being forked
        self._opener: ThreadPoolExecutor | None = None
        self._forks = jobs > 1 and bundled_names(self.context) and kiwi_forks() is not None
        """Whether Korean lanes are forked from the Kiwi server (which has the bundled KB's names only)."""
        self._steering = Steering(self.held, cheap_kiwi=self._forks)
        self._server_from_caller = server_from_caller

    # -- life cycle ------------------------------------------------------------------------------
    def _lane(self, lane: int) -> ProcessPoolExecutor:
        opening = self._opening[lane]
        if opening is not None:  # a worker being forked for this lane (a retry after a death can come first)
            wait([opening])
            self._opened(lane)
        executor = self._lanes[lane]
        if executor is None:
            executor = self._lanes[lane] = worker_pool(1, self.context, kiwi=self._kiwi_lanes[lane])
        return executor

    def _open_kiwi_lane(self, lane: int) -> None:
        """Replace an idle lane's worker (if any) by one forked from the Kiwi server, in a background thread."""
        old, self._lanes[lane] = self._lanes[lane], None
        self._kiwi_lanes[lane] = True
        if self._server_from_caller and self._forks:
            start_by_fork()  # before the opener's thread exists: the server is this process, forked (when safe)
        if self._opener is None:
            self._opener = ThreadPoolExecutor(1, thread_name_prefix="bilingual-kiwi-lane")
        self._opening[lane] = self._opener.submit(self._fork_kiwi_worker, old)

    def _fork_kiwi_worker(self, old: ProcessPoolExecutor | None) -> ProcessPoolExecutor:
        if old is not None:
            old.shutdown(wait=True)
        executor = worker_pool(1, self.context, kiwi=True)
        executor.submit(_started).result()  # the worker exists (the first fork waits for the server's Kiwi)
        return executor

    def _opened(self, lane: int) -> bool:
        """Whether the lane can take work: not still waiting for its forked worker (installed here once it is)."""
        opening = self._opening[lane]
        if opening is None:
            return True
        if not opening.done():
            return False
        self._opening[lane] = None
        try:
            self._lanes[lane] = opening.result()
        except Exception:  # no fork server after all: the lane's next worker is spawned (and loads its own Kiwi)
            self._kiwi_lanes[lane] = False
        return True

    def _restart(self, lane: int) -> None:
        executor = self._lanes[lane]
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        self._lanes[lane] = None
        self.restarts += 1

    def close(self) -> None:
        """Stop the workers (they finish nothing more; outstanding work is cancelled)."""
        if self._opener is not None:
            self._opener.shutdown(wait=True)
            self._opener = None
            for lane in range(self.jobs):
                self._opened(lane)
        for lane, executor in enumerate(self._lanes):
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
                self._lanes[lane] = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pids(self) -> list[int]:
        """The process ids of the live workers (started on demand by the first task)."""
        return sorted(pid for executor in self._lanes if executor is not None for pid in executor._processes or {})

    # -- work ------------------------------------------------------------------------------------
    def imap(self, function: Callable[[Context, T], R], items: Iterable[T], *,
             size: Callable[[T], int] = text_size, chunk_chars: int = CHUNK_CHARS,
             chunk_items: int = CHUNK_ITEMS, korean: Callable[[T], bool] = needs_korean,
             caller: bool = False, split: Split[T, Any, R] | None = None) -> Iterator[R | Failed]:
        """``function(context, item)`` for every item, in input order, as its result or :class:`Failed`.

        ``function`` must be a module-level function (it is pickled by name). Items are read lazily: at most
        ``held`` chunks' worth are held at any time (in flight, waiting for a worker, or finished but waiting for an
        earlier one to be yielded), and at most ``window`` are being worked on. A slow chunk at the head (a worker
        loading Kiwi) therefore does not leave the other workers idle. ``korean(item)`` says which items need Kiwi
        (see the class).

        With ``caller`` (:func:`bilingual.process_many` and the command pass it), where lanes are forked from the Kiwi
        server, the calling process itself works as the second lane until that lane first needs Kiwi, instead of
        spawning a worker for it (about 0.7 CPU s of interpreter and imports, and the records' way back, on the 1,000
        benchmark pages): it runs chunks without Korean, one at a time, whenever the head of the output is not
        ready. A chunk that holds one long text (``chunk_chars`` or more: the inputs that could exhaust memory) is
        never run here: the lane then gets a spawned worker. Only for functions that cannot bring the caller down
        (an item's exception is its outcome, as in a worker; a crash would be the caller's).

        With ``caller`` and ``split`` (``function`` in two steps, :class:`Split`), while a lane waits for its worker
        forked with Kiwi (the fork server loading it) and the caller has no chunk without Korean to run, the caller
        runs the first step of the oldest waiting chunk with Korean (not a long one); the worker that takes that
        chunk runs the second step only. So the stages before the Korean path are off the run's critical path."""
        pending: deque[Chunk[T, R]] = deque()  # every chunk held, in input order
        waiting: list[Chunk[T, R]] = []  # not yet given to a lane, in input order
        running: list[Chunk[T, R]] = []  # given to a lane and not yet read back: at most ``window``
        steer = korean if self.jobs > 1 else _never  # with one worker, no chunk is cut by language
        chunks = chunked_by(items, size, steer, chunk_chars, chunk_items)
        per_lane = max(1, self.window // self.jobs)
        here = 1 if caller and self._forks and self._lanes[1] is None and self._opening[1] is None \
            and not self._kiwi_lanes[1] else None  # the lane the calling process works as, while it does
        context = self.context if self.context.progress is None else dataclasses.replace(self.context, progress=None)

        def long(chunk: Chunk[T, R]) -> bool:  # one long text: never run in the calling process
            return len(chunk.items) == 1 and size(chunk.items[0]) >= chunk_chars

        exhausted = False
        while True:
            # Each wake looks at the chunks in flight only (not at every chunk held: with a few hundred held, scanning
            # them all on every wake cost the parent about a third of its CPU): those done are read back here.
            broken = self._harvest(running)
            for lane in sorted(broken):  # a worker died
                self._recover(function, pending, lane)
            if broken:
                running[:] = [c for c in running if c.outcomes is None]
            exhausted = exhausted or refill(pending, chunks, self.held,
                                            lambda c: fullness(c, size, chunk_chars, chunk_items), waiting)
            in_flight = self._dispatch(function, waiting, running, per_lane, here)
            if not pending:
                return
            head = pending[0]
            if head.outcomes is None:
                if here is not None:
                    mine, here = self._take_here(waiting, here, long)
                    if mine is not None:  # the caller's lane: one chunk here, then look at the others again
                        mine.lane = -2
                        mine.outcomes = run_items(context, function, mine.items)
                        continue
                    if here is None:
                        continue  # the lane now has (or is getting) a worker of its own: dispatch to it
                if split is not None and caller and self._forks and self._kiwi_pending():
                    ahead = next((c for c in waiting if c.korean and c.middles is None and not long(c)), None)
                    if ahead is not None:  # a lane waits for Kiwi: run the first step of its work meanwhile
                        ahead.middles = run_items(context, split.before, ahead.items)
                        ahead.after = split.after
                        continue
                # wake when any chunk finishes, so that its worker gets the next one (or a worker is forked): the
                # chunks running when the lanes were counted, so that one that finished since wakes at once
                wait(in_flight + [f for f in self._opening if f is not None], return_when=FIRST_COMPLETED)
                continue
            pending.popleft()
            yield from head.outcomes

    def _harvest(self, running: list[Chunk[T, R]]) -> set[int]:
        """Read back the chunks of ``running`` that are done (their outcomes, or :class:`Failed` for each item when
        the results could not come back) and drop them from it; the lanes whose worker died (their chunks are left
        in ``running``, without outcomes, for :meth:`_recover`)."""
        broken: set[int] = set()
        still: list[Chunk[T, R]] = []
        for chunk in running:
            future = chunk.future
            assert future is not None
            if not future.done():
                still.append(chunk)
            elif _broken(chunk):
                broken.add(chunk.lane)
                still.append(chunk)
            else:
                try:
                    chunk.outcomes = future.result()
                except Exception as exc:  # the chunk's results could not come back (e.g. they do not pickle)
                    chunk.outcomes = [Failed(portable(exc)) for _ in chunk.items]
                if chunk.lane == 0 and chunk.korean:
                    self._steering.kiwi_ready = True  # the Korean lane has finished a Korean chunk
        running[:] = still
        return broken

    def _kiwi_pending(self) -> bool:
        """Whether a lane is waiting for its worker forked with Kiwi (the fork server may still be loading it)."""
        return any(opening is not None and not opening.done() for opening in self._opening)

    def _take_here(self, waiting: list[Chunk[T, R]], lane: int,
                   long: Callable[[Chunk[T, R]], bool]) -> tuple[Chunk[T, R] | None, int | None]:
        """The chunk the caller's lane (``lane``) runs next, if any, and whether it stays the caller's: a chunk with
        Korean ends that (the lane gets a worker forked with Kiwi, as a spawned lane would), and so does a long
        chunk (the lane gets a spawned worker: a long text is kept out of the calling process)."""
        if not waiting:
            return None, lane
        chunk = self._steering.pick(waiting, lane)
        if chunk is None:
            return None, lane
        if chunk.korean:
            self._open_kiwi_lane(lane)
            return None, None
        if long(chunk):
            return None, None
        waiting.remove(chunk)
        return chunk, lane

    def _dispatch(self, function: Callable[[Context, T], R], waiting: list[Chunk[T, R]],
                  running: list[Chunk[T, R]], per_lane: int, here: int | None = None) -> list[Future[Any]]:
        """Give waiting chunks to lanes with room: the Korean lane (the first) takes the oldest chunk with Korean,
        else the oldest; the others the oldest without Korean, else the oldest (see the class). A chunk given out
        leaves ``waiting`` for ``running``. Returns the futures of the chunks counted as running (those submitted
        included): the caller waits on exactly these, since a chunk that finished after the count must wake it (its
        lane has room), and one counted as finished must not (it would wake at once, again and again, while it waits
        behind a slow head). The count is ``running`` as :meth:`_harvest` left it. The lane ``here``, the calling
        process's (:meth:`imap`), is left out, and while it is the caller's its share of the window goes to the other
        lanes (``window // (jobs - 1)`` chunks each): the caller gives out work only between its own chunks (50-100 ms
        each), so a worker with two chunks in flight ran out of work meanwhile (perf67). Every lane's finished opening
        is installed first (:meth:`_opened`), so that the caller waits only on openings still running."""
        in_flight: list[Future[Any]] = [c.future for c in running if c.future is not None]
        for lane in range(self.jobs):  # a worker forked since the last wake is installed even with nothing waiting:
            self._opened(lane)  # its finished opening would otherwise wake the caller's wait at once, again and again
        if not waiting:
            return in_flight
        busy = [0] * self.jobs
        for c in running:
            busy[c.lane] += 1
        self._steering.seen(waiting, False)
        if here is not None:  # the caller's lane runs its chunk in place: its share of the window goes to the others,
            per_lane = max(per_lane, self.window // (self.jobs - 1))  # whose next chunks wait while it works
        for lane in range(self.jobs):
            if lane == here or not self._opened(lane):
                continue
            while busy[lane] < per_lane and waiting:
                chunk = self._steering.pick(waiting, lane)
                if chunk is None:
                    break
                if chunk.korean and self._forks and not self._kiwi_lanes[lane]:
                    if busy[lane] == 0:  # Korean work for a lane without Kiwi: its worker is replaced, once idle
                        self._open_kiwi_lane(lane)
                    break
                waiting.remove(chunk)
                self._submit(function, chunk, lane)
                running.append(chunk)
                if chunk.future is not None:
                    in_flight.append(chunk.future)
                busy[lane] += 1
        return in_flight

    def _submit(self, function: Callable[[Context, T], R], chunk: Chunk[T, R], lane: int) -> None:
        chunk.lane = lane
        try:
            chunk.future = self._lane(lane).submit(*chunk.task(function))
        except BrokenProcessPool:  # broken by an earlier chunk: that chunk's result will say so
            self._restart(lane)
            chunk.future = self._lane(lane).submit(*chunk.task(function))

    def _recover(self, function: Callable[[Context, T], R], pending: deque[Chunk[T, R]], lane: int) -> None:
        """A lane's worker died: keep what it finished, then retry each of its unfinished items once, alone, on a
        fresh worker. The other lanes go on."""
        mine = [c for c in pending if c.lane == lane and c.outcomes is None and c.future is not None]
        for chunk in mine:
            future = chunk.future
            assert future is not None
            if future.done() and not future.cancelled() and future.exception() is None:
                chunk.outcomes = future.result()
        self._restart(lane)
        for chunk in mine:
            if chunk.outcomes is None:
                chunk.outcomes = [self._retry_alone(chunk.task(function, slice(i, i + 1)), item, lane)
                                  for i, item in enumerate(chunk.items)]

    def _retry_alone(self, task: tuple[Any, ...], item: T, lane: int) -> R | Failed:
        try:
            outcomes: list[R | Failed] = self._lane(lane).submit(*task).result()
            return outcomes[0]
        except BrokenProcessPool:
            self._restart(lane)
            return Failed(WorkerDied(_describe(item)))


def _describe(item: Any) -> str:
    """A short name for an item in an error message: its source when it has one."""
    source = getattr(item, "source", None)
    if isinstance(source, str):
        return source
    if isinstance(item, tuple) and item and isinstance(item[0], str):
        return item[0]
    return f"{type(item).__name__} item"
