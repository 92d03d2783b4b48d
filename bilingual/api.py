"""The library's entry points: process texts into documents, and review translations.

>>> doc = process("Seoul Hosts Talks\\nThe talks began on Monday in the capital city of Seoul.")
>>> [(b.label, doc.block_text(b)) for b in doc.blocks]
[('headline', 'Seoul Hosts Talks'), ('body', 'The talks began on Monday in the capital city of Seoul.')]
>>> pair = ("조태열 장관이 9일 블링컨 장관을 만났다.", "Minister Cho Tae-yong met Secretary Blinken on the 10th.")
>>> r = review_pairs([pair])
>>> sorted((f.code, f.severity) for f in r.findings)
[('name-mismatch', 'error'), ('number-mismatch', 'error')]
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence

from bilingual.config import Config
from bilingual.context import Context
from bilingual.document import Document
from bilingual.engines.pool import in_worker, worker_pool
from bilingual.entities.kb import KnowledgeBase
from bilingual.qa.direction import SAMPLE_LINES, decide_direction
from bilingual.qa.documents import check_langs, review_aligned, review_documents, with_direction
from bilingual.qa.result import Review, SegmentRef
from bilingual.stages import run_stages


def process(text: str, *, source: str | None = None, config: Config | None = None,
            kb: KnowledgeBase | None = None) -> Document:
    """Run every stage on ``text`` and return the finished :class:`Document`.

    Mentions are linked to ``kb`` (the bundled knowledge base when ``None``; an empty KB links nothing).
    Raises :class:`TypeError` when ``text`` is not a ``str``. Empty text gives an empty document.
    """
    return process_in(Context.create(config=config, kb=kb), text, source=source)


def process_in(context: Context, text: str, *, source: str | None = None) -> Document:
    """:func:`process` with a context built once for many texts."""
    if not isinstance(text, str):
        raise TypeError(f"process() needs text as str, not {type(text).__name__}"
                        + (" (decode bytes first, e.g. data.decode('utf-8'))"
                           if isinstance(text, (bytes, bytearray)) else ""))
    return run_stages(Document.create(text, source=source), context)


Item = str | tuple[str | None, str]


def _split_item(item: Item) -> tuple[str | None, str]:
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError("a batch item must be a text or a (source, text) pair")
        return item[0], item[1]
    return None, item


def _process_item(context: Context, item: Item) -> Document:
    source, text = _split_item(item)
    return process_in(context, text, source=source)


def process_many(items: Iterable[Item], *, jobs: int = 1, config: Config | None = None,
                 kb: KnowledgeBase | None = None) -> Iterator[Document]:
    """Process texts (or ``(source, text)`` pairs) lazily, in input order.

    With ``jobs > 1`` the work is spread over that many worker processes; results still come back
    in input order. An item that fails raises its error when its result is reached.
    """
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive int, not {jobs!r}")
    context = Context.create(config=config, kb=kb)
    if jobs == 1:
        for item in items:
            yield _process_item(context, item)
        return
    with worker_pool(jobs, context) as pool:
        yield from pool.map(functools.partial(in_worker, _process_item), items, chunksize=4)


def review_pairs(pairs: Iterable[tuple[str, str]], *, kb: KnowledgeBase | None = None,
                 source_lang: str | None = None, target_lang: str | None = None,
                 ids: Sequence[SegmentRef | None] | None = None) -> Review:
    """Review segments that are already aligned: an iterable of ``(source, target)`` strings.

    A language not given is read from the texts (Korean to English when they do not tell), and the result
    says so (:attr:`Review.langs_detected`); a given language the texts contradict is a ``language-mismatch``
    warning. An empty source or target is reviewed like any other (an empty target is an omission). ``ids``
    names where each pair comes from (a :class:`~bilingual.qa.result.SegmentRef`: file, unit, segment, state,
    as ``Bitext.refs()`` gives them); each reviewed pair carries its own."""
    if ids is not None and not all(ref is None or isinstance(ref, SegmentRef) for ref in ids):
        raise TypeError("ids must be SegmentRef values (or None), one a pair")
    rest = iter(pairs)
    first = list(itertools.islice(rest, SAMPLE_LINES))  # the languages are read here; the rest streams
    items = itertools.chain(first, rest)
    sample = [p for p in first if isinstance(p, tuple | list) and len(p) == 2 and all(isinstance(x, str) for x in p)]
    direction = decide_direction([s for s, _ in sample], [t for _, t in sample], source_lang, target_lang)
    src_lang, tgt_lang = check_langs(direction.source_lang, direction.target_lang)
    context = Context.create(kb=kb)

    def processed() -> Iterator[tuple[Document, Document]]:
        for index, item in enumerate(items):
            if not (isinstance(item, tuple | list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
                raise TypeError(f"pair {index} is not a (source, target) pair of strings: {item!r:.80}")
            yield process_in(context, item[0]), process_in(context, item[1])

    result = review_aligned(processed(), kb=context.kb, source_lang=src_lang, target_lang=tgt_lang, refs=ids)
    return with_direction(result, direction)


def review(source_text: str, target_text: str, *, kb: KnowledgeBase | None = None, source_lang: str | None = None,
           target_lang: str | None = None) -> Review:
    """Review two whole documents: pair their sentences first (one-to-one, one-to-two, two-to-one or
    unpaired, with numbers and entities as anchors), then check every pair. An unpaired source sentence
    is an omission; an unpaired target sentence has no source and is only listed as a pair. Languages not
    given are read from the texts, as in :func:`review_pairs`."""
    for name, value in (("source_text", source_text), ("target_text", target_text)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be str, not {type(value).__name__}")
    direction = decide_direction(source_text.splitlines(), target_text.splitlines(), source_lang, target_lang)
    src_lang, tgt_lang = check_langs(direction.source_lang, direction.target_lang)
    context = Context.create(kb=kb)
    result = review_documents(process_in(context, source_text), process_in(context, target_text), kb=context.kb,
                              source_lang=src_lang, target_lang=tgt_lang)
    return with_direction(result, direction)
