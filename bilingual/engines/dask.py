"""The pipeline on a Dask cluster (the optional extra ``pip install "bilingual[dask]"``; docs/batch.md).

Two entry points:

- :func:`process_bag` for use inside a Dask pipeline: a ``dask.bag`` of texts, ``(source, text)`` pairs or
  records (mappings with a text field) becomes a bag of :class:`~bilingual.document.Document` and
  :class:`~bilingual.formats.records.ErrorRecord`, in the bag's order. The run's context (options and KB) is
  one object of the task graph, so a worker receives and unpickles it once and keeps it for every partition;
  Kiwi is loaded once per worker process (it is cached per process). Works under any Dask scheduler.
- :class:`DaskRunner` behind ``bilingual process --engine dask``: a ``distributed`` client (a local cluster of
  worker processes, or ``--scheduler ADDRESS``); the context is installed on every worker — present and
  future, so a restarted worker has it too — by a worker plugin. The local cluster's workers are forked from the
  pool's Kiwi fork server (which loads Kiwi while the scheduler starts), so each has Kiwi for nothing and both share
  the Korean work; a user's own cluster gets no such thing (its workers load Kiwi on their first Korean text, each
  its own). Chunks sized by text length, a bounded window
  of them in flight (and a bounded number held), results read back in input order. Dask reruns the tasks of a
  worker that dies; a chunk that keeps killing workers (``KilledWorker``) is retried item by item, and an item
  that still fails is a :class:`~bilingual.errors.WorkerDied` outcome. Nothing is dropped or doubled.

``dask`` and ``distributed`` are imported only here, and only when one of these is used.
"""

from __future__ import annotations

import importlib
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from bilingual.config import Config
from bilingual.context import Context
from bilingual.document import Document
from bilingual.engines.items import item_name, process_item
from bilingual.engines.pool import (
    CHUNK_CHARS,
    CHUNK_ITEMS,
    HELD,
    Chunk,
    Failed,
    Steering,
    _never,
    bundled_names,
    chunked_by_kind,
    kiwi_forks,
    needs_korean,
    run_items,
    text_size,
)
from bilingual.entities.kb import KnowledgeBase
from bilingual.errors import UsageError, WorkerDied
from bilingual.formats.inputs import DEFAULT_MAX_BYTES
from bilingual.formats.records import ErrorRecord, record_for_error
from bilingual.lang.korean import analyze_without_threads

T = TypeVar("T")
R = TypeVar("R")

DASK_CHUNK_CHARS = 4 * CHUNK_CHARS
"""A Dask task holds items until their texts reach this many characters (a longer item travels alone)..."""
DASK_CHUNK_ITEMS = 4 * CHUNK_ITEMS
"""…and at most this many: four times the pool's chunks, since a task costs the cluster about 6 ms of CPU."""


def require_dask() -> Any:
    """The ``distributed`` module, or a :class:`~bilingual.errors.UsageError` saying how to install it."""
    try:
        importlib.import_module("dask.bag")
        return importlib.import_module("distributed")
    except ImportError:
        raise UsageError('the Dask engine needs Dask: pip install "bilingual[dask]"') from None


# -- process_bag: inside a Dask pipeline ------------------------------------------------------------------

def _process_partition(items: Iterable[object], context: Context, partition: int, max_chars: int | None,
                       text_field: str, id_field: str | None) -> list[Document | ErrorRecord]:
    out: list[Document | ErrorRecord] = []
    for offset, item in enumerate(items):
        try:
            out.append(process_item(context, item, max_chars=max_chars, text_field=text_field, id_field=id_field))
        except Exception as exc:
            name = item_name(item, offset, id_field=id_field)
            out.append(record_for_error(name if not name.startswith("item ") else f"partition {partition} {name}",
                                        exc))
    return out


def process_bag(bag: Any, *, config: Config | None = None, kb: KnowledgeBase | None = None,
                max_chars: int | None = DEFAULT_MAX_BYTES, text_field: str = "text",
                id_field: str | None = None) -> Any:
    """A ``dask.bag.Bag`` of documents (or error records, never a dropped item) for a bag of texts,
    ``(source, text)`` pairs or records (``record[text_field]``, source ``record[id_field]``).

    >>> import dask.bag as db
    >>> docs = process_bag(db.from_sequence(["Seoul", None], npartitions=1)).compute(scheduler="sync")
    >>> [type(d).__name__ for d in docs], docs[1].error.code
    (['Document', 'ErrorRecord'], 'not_text')
    """
    require_dask()
    dask: Any = importlib.import_module("dask")
    dask_bag: Any = importlib.import_module("dask.bag")

    context = Context.create(config=config, kb=kb)
    shared = dask.delayed(context, pure=True)  # one key: each worker fetches and unpickles it once
    # an item without a source is named by where it is: each partition is given its number
    numbers = dask_bag.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return dask_bag.map_partitions(_process_partition, bag, shared, numbers.map_partitions(_first),
                                   max_chars, text_field, id_field)


def _first(part: Iterable[int]) -> int:
    return next(iter(part))


# -- DaskRunner: bilingual process --engine dask ----------------------------------------------------------

_contexts: dict[str, Context] = {}
"""In each worker process: the contexts installed by :func:`context_plugin`, by key."""


def _install(key: str, context: Context) -> None:
    _contexts[key] = context


def context_plugin(key: str, context: Context) -> Any:
    """A ``distributed`` worker plugin that installs ``context`` under ``key`` on every worker, including
    workers that join or are restarted later."""
    plugin: Any = require_dask().WorkerPlugin

    class BilingualContext(plugin):  # type: ignore[misc]
        name = f"bilingual-context-{key}"

        def setup(self, worker: Any) -> None:
            _install(key, context)
            analyze_without_threads()  # one task thread per worker: Kiwi's own threads would compete with the others

    return BilingualContext()


def kiwi_workers() -> bool:
    """Start the Kiwi fork server (:func:`~bilingual.engines.pool.kiwi_forks`, with ``distributed`` preloaded as well)
    now, so that it loads Kiwi while this process starts the cluster's scheduler, for the cluster's workers to be
    forked from (``distributed.worker.multiprocessing-method: forkserver``); whether there is one (not on Windows).

    The server is started here, not by the first worker, because ``distributed`` sets the fork server's preload to
    its own list (and imports numpy in this process for it) the first time it starts a worker that way; a server
    already running keeps its own preload, so ``distributed`` is told not to. The server is this process's only
    one (``multiprocessing`` has one per process): if the pool started it first, it has Kiwi but not ``distributed``
    preloaded, and the workers import that themselves."""
    import multiprocessing.forkserver

    forks = kiwi_forks()
    if forks is None:
        return False
    forks.set_forkserver_preload(["distributed", "bilingual.engines.kiwi_fork"])
    multiprocessing.forkserver.ensure_running()
    utils: Any = importlib.import_module("distributed.utils")
    utils._forkserver_preload_set = True
    return True


def _local_cluster(dask: Any, distributed: Any, jobs: int, *, forked: bool) -> Any:
    """A local cluster of ``jobs`` worker processes of one thread each, forked from the Kiwi fork server or spawned.

    The workers' statistical profiler samples the task thread's stack every 10 ms, taking the GIL from the work: off
    in the cluster we start (a cluster given by --scheduler keeps its own settings). Work stealing is off too: the
    lanes' steering decides which worker takes which task (a task stays only loosely bound to its worker, so the
    tasks of a worker that dies still run elsewhere); with spawned workers, stealing moved waiting Korean tasks to
    the English worker, which then loaded a second Kiwi for a few tasks."""
    settings: dict[str, object] = {"distributed.worker.profile.enabled": False,
                                   "distributed.scheduler.work-stealing": False,
                                   "distributed.worker.multiprocessing-method": "forkserver" if forked else "spawn"}
    with dask.config.set(settings):
        # the scheduler's HTTP server starts whatever dashboard_address says (None still tries 8787 and warns when
        # another cluster holds it); any free port does
        return distributed.LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0")


def _run_chunk_on_worker(key: str, function: Callable[[Context, T], R], items: list[T]) -> list[R | Failed]:
    return run_items(_contexts[key], function, items)


class DaskRunner:
    """Runs ``function(context, item)`` over items on a Dask cluster, in input order, with a bounded window.

    ``scheduler`` is the address of a running scheduler; without one, a local cluster of ``jobs`` worker
    processes (one thread each) is started and stopped with the runner: forked from the Kiwi fork server where there
    is one and the context's KB gives Kiwi the bundled KB's names (:func:`kiwi_workers`, :attr:`forked`), else
    spawned. A worker the nanny restarts after a death is spawned (``distributed`` reads the start method from its
    configuration, which the runner sets only while it starts the cluster) and loads Kiwi itself if it gets Korean
    work. ``startup_seconds`` says how long connecting (and starting the cluster, Kiwi's load in the fork server
    included) took."""

    def __init__(self, context: Context, *, jobs: int = 2, scheduler: str | None = None,
                 window: int | None = None) -> None:
        import time

        distributed = require_dask()
        began = time.perf_counter()
        self._cluster: Any = None
        self.forked = False
        """Whether the workers were forked from the Kiwi fork server (a local cluster, the bundled KB's names)."""
        if scheduler is None:
            dask: Any = importlib.import_module("dask")
            # The workers are forked from the Kiwi fork server where there is one and the KB is the bundled one
            # (kiwi_workers): each has Kiwi for nothing, so both share the Korean work; else they are spawned
            self.forked = bundled_names(context) and kiwi_workers()
            try:
                self._cluster = _local_cluster(dask, distributed, jobs, forked=self.forked)
            except Exception:
                if not self.forked:
                    raise
                # the fork server died loading its preload (Kiwi's model unreadable, out of memory...): the
                # workers cannot be forked from it ("Nanny failed to start"), so they are spawned and each loads
                # what it needs itself, as with a KB of the user's own
                self.forked = False
                self._cluster = _local_cluster(dask, distributed, jobs, forked=False)
            self.client = distributed.Client(self._cluster)
        else:
            try:
                self.client = distributed.Client(scheduler, timeout="10s")
            except OSError as exc:
                raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        self.key = uuid.uuid4().hex
        self.client.register_plugin(context_plugin(self.key, context))
        workers = max(len(self.client.scheduler_info().get("workers", {})), 1)
        self.window = window or 2 * workers
        # as much text held as the pool holds (its chunks are a quarter of these): the results finished while an
        # earlier task runs (a worker loading Kiwi) wait in memory
        self.held = max(HELD * self.window * CHUNK_CHARS // DASK_CHUNK_CHARS, self.window)
        self.startup_seconds = time.perf_counter() - began

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def imap(self, function: Callable[[Context, T], R], items: Iterable[T], *,
             size: Callable[[T], int] = text_size, korean: Callable[[T], bool] = needs_korean,
             chunk_chars: int = DASK_CHUNK_CHARS, chunk_items: int = DASK_CHUNK_ITEMS) -> Iterator[R | Failed]:
        """``function(context, item)`` for every item, in input order, as its result or :class:`Failed`.

        As in :class:`~bilingual.engines.pool.WorkerPool`, each worker is a lane, steered by
        :class:`~bilingual.engines.pool.Steering`: the first worker takes Korean work first, the others the rest; with
        workers forked with Kiwi (:attr:`forked`) every worker takes Korean work once none other is waiting, else on
        a mixed input only the first worker loads Kiwi unless the Korean work needs more. A task is only steered to
        its worker (``allow_other_workers``): if that worker is lost, the scheduler runs it elsewhere. Each task is a
        chunk of items of one kind (with Hangul or without,
        :func:`~bilingual.engines.pool.chunked_by_kind`), four times the pool's size: a Dask task costs about 6 ms of
        CPU in the scheduler, the client and the worker, so few and full ones; any finished chunk is read back at
        once and the results are yielded in input order."""
        wait = require_dask().wait
        lanes = sorted(self.client.scheduler_info().get("workers", {})) or [None]
        per_lane = max(1, self.window // len(lanes))
        steering = Steering(self.held, cheap_kiwi=self.forked)
        pending: deque[Chunk[T, R]] = deque()
        chunks = chunked_by_kind(items, size, korean if len(lanes) > 1 else _never, chunk_chars, chunk_items,
                                 lag=4 * chunk_items)
        finished: dict[int, R | Failed] = {}  # results by input position, until the ones before them are yielded
        position = 0  # the next to yield
        while True:
            while len(pending) < self.held:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append(Chunk(chunk[1], chunk[2], chunk[0]))
            in_flight = self._dispatch(function, pending, lanes, per_lane, steering)
            done = [c for c in pending if c.future is not None and c.future.done()]
            for c in done:
                pending.remove(c)
                finished.update(zip(c.positions, self._collect(function, c.items, c.future), strict=True))
            while position in finished:
                yield finished.pop(position)
                position += 1
            if not pending:
                return
            if not done:
                # at most `window` chunks worked on and `held` held in all: a slow chunk (a worker loading Kiwi) does
                # not leave the other workers idle. The chunks running when the lanes were counted: one that
                # finished since wakes this at once (WorkerPool._dispatch)
                wait(in_flight, return_when="FIRST_COMPLETED")

    def _dispatch(self, function: Callable[[Context, T], R], pending: deque[Chunk[T, R]], lanes: list[Any],
                  per_lane: int, steering: Steering) -> list[Any]:
        """Give waiting chunks to lanes with room; the futures of the chunks counted as running, those submitted
        included (the ones to wait on)."""
        running = [c for c in pending if c.future is not None and not c.future.done()]
        in_flight = [c.future for c in running]
        waiting = [c for c in pending if c.future is None]
        if not waiting:
            return in_flight
        busy = [0] * len(lanes)
        for c in running:
            busy[c.lane] += 1
        steering.seen(waiting, any(c.lane == 0 and c.korean and c.future is not None and c.future.done()
                                   for c in pending))
        for lane, address in enumerate(lanes):
            while busy[lane] < per_lane and waiting:
                chunk = steering.pick(waiting, lane)
                if chunk is None:
                    break
                waiting.remove(chunk)
                chunk.lane = lane
                chunk.future = self.client.submit(_run_chunk_on_worker, self.key, function, chunk.items, pure=False,
                                                  workers=None if address is None else [address],
                                                  allow_other_workers=True)
                in_flight.append(chunk.future)
                busy[lane] += 1
        return in_flight

    def _collect(self, function: Callable[[Context, T], R], chunk: list[T], future: Any) -> list[R | Failed]:
        try:
            result: list[R | Failed] = future.result()
            return result
        except Exception:  # KilledWorker, or a lost connection: each item once more, alone
            outcomes: list[R | Failed] = []
            for item in chunk:
                try:
                    outcomes.append(self.client.submit(_run_chunk_on_worker, self.key, function, [item],
                                                       pure=False).result()[0])
                except Exception as exc:
                    outcomes.append(Failed(WorkerDied(_describe(item, exc))))
            return outcomes


def _describe(item: object, error: BaseException) -> str:
    source = getattr(item, "source", None)
    return f"{source if isinstance(source, str) else type(item).__name__} ({type(error).__name__})"
