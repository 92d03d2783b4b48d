"""Compose the stages: ``process`` for one text, ``process_many`` for a batch.

>>> doc = process("Seoul Hosts Talks\\nThe talks began on Monday in the capital city of Seoul.")
>>> [(b.label, doc.block_text(b)) for b in doc.blocks]
[('headline', 'Seoul Hosts Talks'), ('body', 'The talks began on Monday in the capital city of Seoul.')]
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from bilingual import korean
from bilingual.blocks import split_blocks
from bilingual.config import Config
from bilingual.document import Document
from bilingual.kb import KnowledgeBase
from bilingual.mentions import find_mentions
from bilingual.repair import repair
from bilingual.review import pair_translations
from bilingual.route import route_blocks
from bilingual.sentences import split_sentences

Stage = Callable[[Document, Config], Document]

STAGES: tuple[Stage, ...] = (repair, split_blocks, route_blocks, split_sentences)
"""The stages, in order. Each is a pure function ``(Document, Config) -> Document``; the mentions
stage and the pairing of translations inside the page, which also need the knowledge base, run after them
(:func:`bilingual.mentions.find_mentions`, :func:`bilingual.review.pair_translations`)."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a document is built, then restore its state.

    A page makes tens of thousands of small immutable objects (tokens) and no reference cycles; the
    collector's repeated scans of them cost up to 30 % of the run (docs/performance.md). Reference
    counting still frees everything as usual; only the cycle search waits until the end.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run_stages(doc: Document, config: Config, kb: KnowledgeBase | None) -> Document:
    """Run the stages; then the mentions stage with ``kb`` and the pairing of translations inside the page
    (neither when ``kb`` is ``None``)."""
    with _collector_paused():
        for stage in STAGES:
            doc = stage(doc, config)
        if kb is None:
            return doc
        return pair_translations(find_mentions(doc, kb), kb)


def process(text: str, *, source: str | None = None, config: Config | None = None,
            kb: KnowledgeBase | None = None) -> Document:
    """Run every stage on ``text`` and return the finished :class:`Document`.

    Mentions are linked to ``kb`` (the bundled knowledge base when ``None``). Raises
    :class:`TypeError` when ``text`` is not a ``str``. Empty text gives an empty document.
    """
    if not isinstance(text, str):
        raise TypeError(f"process() needs text as str, not {type(text).__name__}"
                        + (" (decode bytes first, e.g. data.decode('utf-8'))"
                           if isinstance(text, (bytes, bytearray)) else ""))
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a bilingual.Config, not {type(config).__name__}")
    if kb is not None and not isinstance(kb, KnowledgeBase):
        raise TypeError(f"kb must be a bilingual.KnowledgeBase, not {type(kb).__name__}")
    kb = kb or _worker_kb or KnowledgeBase.default()
    korean.use_names(kb)
    return run_stages(Document.create(text, source=source), config or Config(), kb)


Item = str | tuple[str | None, str]


def _split_item(item: Item) -> tuple[str | None, str]:
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError("a batch item must be a text or a (source, text) pair")
        return item[0], item[1]
    return None, item


def _process_item(args: tuple[Item, Config | None]) -> Document:
    item, config = args
    source, text = _split_item(item)
    return process(text, source=source, config=config)


def process_many(items: Iterable[Item], *, jobs: int = 1, config: Config | None = None,
                 kb: KnowledgeBase | None = None) -> Iterator[Document]:
    """Process texts (or ``(source, text)`` pairs) lazily, in input order.

    With ``jobs > 1`` the work is spread over that many worker processes; results still come back
    in input order. An item that fails raises its error when its result is reached.
    """
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive int, not {jobs!r}")
    if jobs == 1:
        for item in items:
            source, text = _split_item(item)
            yield process(text, source=source, config=config, kb=kb)
        return
    with worker_pool(jobs, kb) as pool:
        yield from pool.map(_process_item, ((item, config) for item in items), chunksize=4)


_worker_kb: KnowledgeBase | None = None


def _init_worker(kb: KnowledgeBase | None) -> None:
    global _worker_kb
    _worker_kb = kb


def worker_pool(jobs: int, kb: KnowledgeBase | None = None) -> ProcessPoolExecutor:
    """Worker processes for batch runs. They are spawned, not forked: a process whose Kiwi has
    started its threads hangs in a forked child. Each worker receives the knowledge base once, loads
    its own Kiwi on first use, and gives Kiwi the KB's Hangul names as a user dictionary."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(kb,))
