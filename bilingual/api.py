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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal, overload

from bilingual.config import Config, MentionConfig
from bilingual.context import Context
from bilingual.document import SEVERITY, Document, Finding
from bilingual.files import DEFAULT_MAX_BYTES
from bilingual.stages import run_stages

if TYPE_CHECKING:
    from bilingual.engines.pool import Failed, Split, WorkerPool
    from bilingual.entities.kb import KnowledgeBase
    from bilingual.formats.records import ErrorRecord
    from bilingual.formats.segments import Bitext
    from bilingual.qa.result import Review, SegmentRef

# perf54: engines, formats and qa's review modules are imported inside the functions that use them, so that
# processing one document (the cold start) imports none of them.


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
DEFAULT_MAX_CHARS = DEFAULT_MAX_BYTES
"""The default size limit of one text in :func:`process_many`, in characters."""
OnError = Literal["raise", "record"]


@overload
def process_many(items: Iterable[Item], *, jobs: int = ..., config: Config | None = ...,
                 kb: KnowledgeBase | None = ..., on_error: Literal["raise"] = ...,
                 max_chars: int | None = ..., pool: WorkerPool | None = ...) -> Iterator[Document]: ...


@overload
def process_many(items: Iterable[Item], *, jobs: int = ..., config: Config | None = ...,
                 kb: KnowledgeBase | None = ..., on_error: OnError,
                 max_chars: int | None = ..., pool: WorkerPool | None = ...) -> Iterator[Document | ErrorRecord]: ...


def process_many(items: Iterable[Item], *, jobs: int = 1, config: Config | None = None,
                 kb: KnowledgeBase | None = None, on_error: OnError = "raise",
                 max_chars: int | None = DEFAULT_MAX_CHARS, pool: WorkerPool | None = None,
                 ) -> Iterator[Document | ErrorRecord]:
    """Process texts (or ``(source, text)`` pairs) lazily, in input order.

    With ``jobs > 1`` the work is spread over that many worker processes (started once for the call; pass a
    :class:`~bilingual.engines.pool.WorkerPool` as ``pool`` to keep them across calls; the calling process
    works as the second one on text without Hangul until Korean work needs it, docs/batch.md), at most
    a bounded window of work in flight; results still come back in input order. Documents finished before
    a failed item are always yielded first. ``on_error="raise"`` (the default) then raises the item's error;
    ``on_error="record"`` yields an :class:`~bilingual.formats.records.ErrorRecord` in its place (the record
    the command line writes, naming the item by its source or as ``item N``) and goes on. A text longer than
    ``max_chars`` is refused (``too_large``; ``None`` for no limit). A worker that dies is retried once on a
    fresh one (see :mod:`bilingual.engines.pool`).

    With ``jobs > 1`` a script must call this under ``if __name__ == "__main__":`` (docs/batch.md).
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive int, not {jobs!r}")
    if on_error not in ("raise", "record"):
        raise ValueError(f"on_error must be 'raise' or 'record', not {on_error!r}")
    if pool is not None and (config is not None or kb is not None):
        raise ValueError("pass config and kb to the WorkerPool, not with pool=")
    return _process_many(items, jobs, config, kb, on_error, max_chars, pool)


def _process_many(items: Iterable[Item], jobs: int, config: Config | None, kb: KnowledgeBase | None,
                  on_error: OnError, max_chars: int | None, pool: WorkerPool | None,
                  ) -> Iterator[Document | ErrorRecord]:
    from bilingual.engines import pool as pool_module
    from bilingual.engines.items import finish_item, item_name, process_item, route_item
    from bilingual.engines.pool import Failed, Split, WorkerPool
    from bilingual.formats.records import record_for_error

    function = functools.partial(process_item, max_chars=max_chars)
    names: deque[str] = deque()  # the names of the items read and not yet answered (a window's worth)

    def read() -> Iterator[Item]:
        for index, item in enumerate(items):
            names.append(item_name(item, index))
            yield item

    own_pool = pool is None and jobs > 1
    if own_pool:
        pool = WorkerPool(jobs, config=config, kb=kb)
    try:
        if pool is None:
            context = Context.create(config=config, kb=kb)
            outcomes: Iterator[Document | Failed] = (_here(function, context, item) for item in read())
        else:
            split: Split[Item, Document, Document] = Split(functools.partial(route_item, max_chars=max_chars),
                                                           finish_item)
            outcomes = pool.imap(function, read(), caller=True,
                                 split=split if pool_module.FIRST_STEPS_IN_CALLER else None)
        for outcome in outcomes:
            name = names.popleft()
            if not isinstance(outcome, Failed):
                yield outcome
            elif on_error == "raise":
                raise outcome.error
            else:
                yield record_for_error(name, outcome.error)
    finally:
        if own_pool and pool is not None:
            pool.close()


def _here(function: Callable[[Context, object], Document], context: Context, item: object) -> Document | Failed:
    from bilingual.engines.pool import Failed

    try:
        return function(context, item)
    except Exception as exc:
        return Failed(exc)


SEGMENTS = Config(mentions=MentionConfig(skip_page_chrome=False))
"""The options :func:`review_pairs` processes segments with: a segment is a sentence, not a page, so names are looked
for in it whatever label the page rules give a short line (``외교부가 밝혔다.`` looks like a menu item)."""


def review_pairs(pairs: Iterable[tuple[str, str]], *, kb: KnowledgeBase | None = None,
                 source_lang: str | None = None, target_lang: str | None = None,
                 ids: Sequence[SegmentRef | None] | None = None) -> Review:
    """Review segments that are already aligned: an iterable of ``(source, target)`` strings.

    A language not given is read from the texts (Korean to English when they do not tell), and the result
    says so (:attr:`Review.langs_detected`); a given language the texts contradict is a ``language-mismatch``
    warning. An empty source or target is reviewed like any other (an empty target is an omission). ``ids``
    names where each pair comes from (a :class:`~bilingual.qa.result.SegmentRef`: file, unit, segment, state,
    as ``Bitext.refs()`` gives them); each reviewed pair carries its own."""
    from bilingual.qa.direction import SAMPLE_LINES, decide_direction
    from bilingual.qa.documents import check_langs, review_aligned, with_direction
    from bilingual.qa.result import SegmentRef

    if ids is not None and not all(ref is None or isinstance(ref, SegmentRef) for ref in ids):
        raise TypeError("ids must be SegmentRef values (or None), one a pair")
    rest = iter(pairs)
    first = list(itertools.islice(rest, SAMPLE_LINES))  # the languages are read here; the rest streams
    items = itertools.chain(first, rest)
    sample = [p for p in first if isinstance(p, tuple | list) and len(p) == 2 and all(isinstance(x, str) for x in p)]
    direction = decide_direction([s for s, _ in sample], [t for _, t in sample], source_lang, target_lang)
    src_lang, tgt_lang = check_langs(direction.source_lang, direction.target_lang)
    context = Context.create(config=SEGMENTS, kb=kb)

    def processed() -> Iterator[tuple[Document, Document]]:
        for index, item in enumerate(items):
            if not (isinstance(item, tuple | list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
                raise TypeError(f"pair {index} is not a (source, target) pair of strings: {item!r:.80}")
            yield process_in(context, item[0]), process_in(context, item[1])

    result = review_aligned(processed(), kb=context.kb, source_lang=src_lang, target_lang=tgt_lang, refs=ids)
    return with_direction(result, direction)


def review_bitext(bitext: Bitext, *, kb: KnowledgeBase | None = None, source_lang: str | None = None,
                  target_lang: str | None = None, pairs: Iterable[tuple[str, str]] | None = None) -> Review:
    """Review the segments of a translator's file (:func:`~bilingual.formats.bitext.read_bilingual_file`):
    every check of :func:`review_pairs` on their texts, the inline-code check (``tag-mismatch``,
    :mod:`bilingual.qa.tag_check`) on their codes, and an ``invalid-unit`` error on the pair standing for each
    unit the reader could not read (``invalid="record"``). Languages not given are the file's, else read from
    the texts. ``pairs`` replaces ``bitext.pairs`` as the texts to review (the same pairs, wrapped: a progress
    bar)."""
    from bilingual.qa.tag_check import check_tags

    result = review_pairs(bitext.pairs if pairs is None else pairs, kb=kb,
                          source_lang=source_lang or bitext.source_lang, target_lang=target_lang or bitext.target_lang,
                          ids=bitext.refs())
    extra: list[Finding] = []
    for index, segment in enumerate(bitext.segments):
        if segment.invalid is not None:
            extra.append(Finding(code="invalid-unit", severity=SEVERITY["invalid-unit"], pair=index,
                                 message=f"unit {segment.unit} could not be read, so it was not reviewed: "
                                         f"{segment.invalid}"))
        else:
            extra += check_tags(index, segment.source.codes, segment.target.codes, segment.target.text)
    if not extra:
        return result
    findings = sorted([*result.findings, *extra], key=lambda f: f.pair)  # stable: a pair's other findings first
    return result.model_copy(update={"findings": tuple(findings)})


def review(source_text: str, target_text: str, *, kb: KnowledgeBase | None = None, source_lang: str | None = None,
           target_lang: str | None = None) -> Review:
    """Review two whole documents: pair their sentences first (one-to-one, one-to-two, two-to-one or
    unpaired, with numbers and entities as anchors), then check every pair. An unpaired source sentence
    is an omission; an unpaired target sentence has no source and is only listed as a pair. Languages not
    given are read from the texts, as in :func:`review_pairs`."""
    from bilingual.qa.direction import decide_direction
    from bilingual.qa.documents import check_langs, review_documents, with_direction

    for name, value in (("source_text", source_text), ("target_text", target_text)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be str, not {type(value).__name__}")
    direction = decide_direction(source_text.splitlines(), target_text.splitlines(), source_lang, target_lang)
    src_lang, tgt_lang = check_langs(direction.source_lang, direction.target_lang)
    context = Context.create(kb=kb)
    result = review_documents(process_in(context, source_text), process_in(context, target_text), kb=context.kb,
                              source_lang=src_lang, target_lang=tgt_lang)
    return with_direction(result, direction)
