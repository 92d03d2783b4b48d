"""The Korean path: kiwipiepy, behind this one module.

Kiwi is loaded lazily, once per process and set of user names (about 2 s and 0.5 GB), so a
document with no Korean never pays for it. Texts go to Kiwi in batches through its own worker
threads (Kiwi holds the GIL, so Python threads would not help), cut into paragraph-sized chunks
because one giant string is super-linearly slow. Offsets come back relative to each string and are mapped by the caller
(:func:`analyze_iter`), or made the document's tokens at the offsets the caller gives (:func:`tokens_iter`).
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

from bilingual.tokens import Lang, Token

CHUNK = 2_000  # characters: Kiwi's cost per character grows on much longer strings
_BREAK = re.compile(r"(?<=[.!?。])\s+|(?<=다\.)\s*|\n")

_lock = threading.Lock()
_new = tuple.__new__
_analyzers: OrderedDict[frozenset[str], Any] = OrderedDict()
MAX_ANALYZERS = 3
"""Kiwi instances kept at once, one per set of user names (each costs about 2 s and 0.5 GB to load)."""


_preloaded: dict[frozenset[str], Any] = {}
"""Kiwis loaded without worker threads by :func:`preload_kiwi` (in the process that forks the pool's workers), by
their user names: used one string at a time."""


_without_threads = False
"""Whether this process analyses with Kiwis without worker threads (:func:`analyze_without_threads`)."""


_orphaned: list[Any] = []
"""In a forked child: the parent's Kiwis with worker threads, kept but never used (see below)."""


def _forget_threads_in_child() -> None:
    """In a forked child: Kiwis with worker threads do not survive a fork (their batch API hangs there), so the child
    sets them aside and loads its own when it needs one; :func:`preload_kiwi`'s, which have no threads, stay. They are
    kept, not dropped: destroying one joins threads that the child does not have, which hangs too."""
    global _lock
    _lock = threading.Lock()
    _orphaned.extend(_analyzers.values())
    _analyzers.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_threads_in_child)


def kiwi_loaded() -> bool:
    """Whether this process has loaded a Kiwi itself (for tests and benchmarks; one inherited from the process it
    was forked from, :func:`preload_kiwi`, does not count)."""
    return bool(_analyzers)


def preload_kiwi(names: frozenset[str]) -> None:
    """Load and warm a Kiwi for ``names`` *without worker threads*, in a process that will fork workers (the pool's
    fork server, :mod:`bilingual.engines.kiwi_fork`). A forked child hangs in the batch API of a Kiwi whose thread pool
    was started before the fork; one without threads works there, called one string at a time, and its model
    (about 0.5 GB) is shared by the children instead of loaded by each (2-3 s of CPU). The Korean path uses it for
    exactly these names; every other use (:func:`get_kiwi`) creates its own as before."""
    with _lock:
        if names in _preloaded:
            return
        try:
            from kiwipiepy import Kiwi
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ImportError("the Korean path needs kiwipiepy: pip install kiwipiepy") from exc
        with warnings.catch_warnings():  # num_workers=0 is "no threads" since kiwipiepy 0.21; it warns about the change
            warnings.simplefilter("ignore", DeprecationWarning)
            kiwi = Kiwi(num_workers=0, load_multi_dict=True)
        for name in sorted(names):
            kiwi.add_user_word(name, "NNP", 0.0)
        kiwi.tokenize("가")  # Kiwi finishes building its model on the first call (most of its start-up)
        _preloaded[names] = kiwi


def analyze_without_threads() -> None:
    """From now on, this process's Korean path uses a Kiwi without worker threads (:func:`preload_kiwi`'s, loaded on
    first use), called one string at a time: the same analysis as the batch API with threads (a test compares them),
    for about a tenth less CPU. For a worker process of a batch run (the Dask engine's workers, the pool's), where
    the other workers already keep the cores busy and Kiwi's two threads per worker would only compete with them."""
    global _without_threads
    _without_threads = True


def get_kiwi(names: frozenset[str] = frozenset()) -> Any:
    """A Kiwi whose user dictionary is exactly ``names`` (Hangul names given as proper nouns), created on
    first use and cached: the same names give the same analyzer, and one caller's names never change
    another caller's tokens."""
    with _lock:
        kiwi = _analyzers.get(names)
        if kiwi is not None:
            _analyzers.move_to_end(names)
            return kiwi
        try:
            from kiwipiepy import Kiwi
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ImportError("the Korean path needs kiwipiepy: pip install kiwipiepy") from exc
        kiwi = Kiwi(num_workers=2, load_multi_dict=True)
        for name in sorted(names):
            kiwi.add_user_word(name, "NNP", 0.0)
        _analyzers[names] = kiwi
        while len(_analyzers) > MAX_ANALYZERS:
            _analyzers.popitem(last=False)
        return kiwi


KoToken = tuple[str, str, int, int, str]
"""(form, tag, start, end, lemma)"""


class KoSentence(NamedTuple):
    """A sentence Kiwi found: its span and its morphemes (a named tuple: one is built for every sentence)."""

    start: int
    end: int
    tokens: list[KoToken]


def unknown_word(word: str, *, names: frozenset[str] = frozenset()) -> bool:
    """Whether Kiwi reads ``word`` alone as one morpheme out of its vocabulary (its guess, ``oov``: 정우빈 read as one
    common noun it does not know, where 공무원 is one it knows), by the analyzer the Korean path uses for ``names``
    (the preloaded one in a pool's worker). The mentions stage asks it of a word of a Korean name's shape that Kiwi
    read as one common noun (mentions65)."""
    preloaded = _preloaded_kiwi(names)
    morphemes = (preloaded if preloaded is not None else get_kiwi(names)).tokenize(word)
    return len(morphemes) == 1 and bool(morphemes[0].oov)


def _preloaded_kiwi(names: frozenset[str]) -> Any | None:
    """The preloaded analyzer without threads for ``names`` (loaded now in a process that analyses without threads:
    :func:`analyze_without_threads`), or ``None``: the caller then uses :func:`get_kiwi`'s analyzer."""
    preloaded = _preloaded.get(names)
    if preloaded is None and _without_threads:
        preload_kiwi(names)
        preloaded = _preloaded[names]
    return preloaded


def chunks(text: str, limit: int = CHUNK) -> list[tuple[int, int]]:
    """Cut ``text`` into spans of at most about ``limit`` characters, at sentence ends or spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > limit:
        window_end = start + limit
        cut = -1
        for m in _BREAK.finditer(text, start + limit // 2, window_end):
            cut = m.end()
        if cut <= start:
            space = text.rfind(" ", start + limit // 2, window_end)
            cut = space + 1 if space > start else window_end
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def analyze(texts: Sequence[str], *, names: frozenset[str] = frozenset()) -> list[list[KoSentence]]:
    """Sentences and morphemes of each text, with offsets into that text; ``names`` are the user
    dictionary (see :func:`get_kiwi`).

    Every text must be NFC (the repair stage guarantees it for documents): decomposed Hangul is a
    programming error here, not a data problem, and raises ``ValueError``.
    """
    return list(analyze_iter(texts, names=names))


def analyze_iter(texts: Sequence[str], *, names: frozenset[str] = frozenset(),
                 strings: dict[str, str] | None = None) -> Iterator[list[KoSentence]]:
    """:func:`analyze`, one text's sentences at a time, in order: the morphemes of a text are held only until the
    caller takes them (Kiwi works through the chunks as they are asked for, in its own threads). With ``strings``,
    every form, tag and lemma is taken from it (one ``str`` object per distinct value, filled as it goes).
    NFD text raises ``ValueError`` before anything is analysed."""
    for t in texts:
        if not unicodedata.is_normalized("NFC", t):
            raise ValueError("the Korean path needs NFC text; run the repair stage first")
    return _analyze_iter(texts, names, strings)


def _analyze_iter(texts: Sequence[str], names: frozenset[str],
                  strings: dict[str, str] | None) -> Iterator[list[KoSentence]]:
    # each text's rows numbered from 0 and at its own offsets, grouped back into its sentences
    found = _tokens_iter(texts, names, {} if strings is None else strings, [0] * len(texts), "ko", lambda: 0)
    for spans, rows in found:
        groups: list[list[KoToken]] = [[] for _ in spans]
        for t in rows:
            groups[t.sentence].append((t.form, t.tag, t.start, t.end, t.lemma))  # type: ignore[arg-type]  # a str here
        yield [KoSentence(s, e, group) for (s, e), group in zip(spans, groups, strict=True)]


def tokens_iter(texts: Sequence[str], *, names: frozenset[str] = frozenset(), strings: dict[str, str],
                bases: Sequence[int], lang: Lang, numbered: Callable[[], int],
                ) -> Iterator[tuple[list[tuple[int, int]], list[Token]]]:
    """:func:`analyze_iter` made straight into a document's tokens (the sentences stage's path): for each text, in
    order, the spans of its sentences and their morphemes as :class:`~bilingual.tokens.Token` rows, every offset
    ``bases[i]`` later than in text ``i`` (the document's), in ``lang``, the sentences numbered on from
    ``numbered()`` (asked as each text's first morpheme is reached, once the caller has taken the texts before: the
    number its next sentence will have). One tuple per morpheme, every form, tag and lemma taken from ``strings``
    (one ``str`` per distinct value, filled as it goes), where a ``(form, tag, start, end, lemma)`` tuple then a
    ``Token`` made from it cost two (perf61). NFD text raises ``ValueError`` before anything is analysed."""
    for t in texts:
        if not unicodedata.is_normalized("NFC", t):
            raise ValueError("the Korean path needs NFC text; run the repair stage first")
    return _tokens_iter(texts, names, strings, bases, lang, numbered)


def _tokens_iter(texts: Sequence[str], names: frozenset[str], strings: dict[str, str], bases: Sequence[int],
                 lang: Lang, numbered: Callable[[], int]) -> Iterator[tuple[list[tuple[int, int]], list[Token]]]:
    pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
    for i, t in enumerate(texts):
        pieces += [(i, s, e) for s, e in chunks(t) if t[s:e].strip()]
    if not pieces:
        for _ in texts:
            yield [], []
        return
    preloaded = _preloaded_kiwi(names)
    batch = (texts[i][s:e] for i, s, e in pieces)
    # a preloaded Kiwi has no threads: one string at a time (the same analysis as its batch API)
    results = map(preloaded.tokenize, batch) if preloaded is not None else get_kiwi(names).tokenize(batch)
    spans: list[tuple[int, int]] = []
    rows: list[Token] = []
    index = -1  # the text whose sentences are being collected (none yet)
    number = 0  # the number of the sentence being collected
    shared = strings.setdefault
    # Kiwi's batch tokenizer, its tokens grouped by their sentence number: what split_into_sents(return_tokens=True)
    # gives (a sentence spans its first token's start to its last token's end), without the Python objects it
    # builds for every sentence and sub-sentence in the calling thread
    for (i, offset, _), morphemes in zip(pieces, results, strict=True):
        if index < i:
            if index >= 0:
                yield spans, rows
                spans, rows = [], []
            while index + 1 < i:  # texts without a piece: no sentence
                yield [], []
                index += 1
            index = i
            number = numbered()
        base = bases[i] + offset
        position = first = last = -1
        for tok in morphemes:
            start = base + tok.start
            if tok.sent_position != position:
                if position != -1:
                    spans.append((first, last))
                    number += 1
                position, first = tok.sent_position, start
            last = start + tok.len
            form, tag, lemma = tok.form, tok.tag, tok.lemma
            rows.append(_new(Token, (start, last, shared(form, form), shared(tag, tag), shared(lemma, lemma), lang,
                                     number)))
        if position != -1:
            spans.append((first, last))
            number += 1
    yield spans, rows
    while index + 1 < len(texts):
        yield [], []
        index += 1
