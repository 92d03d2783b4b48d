"""The Korean path: kiwipiepy, behind this one module.

Kiwi is loaded lazily, once per process (about 2 s and 0.5 GB), so a document with no Korean never
pays for it. Texts go to Kiwi in batches through its own worker threads (Kiwi holds the GIL, so
Python threads would not help), cut into paragraph-sized chunks because one giant string is
super-linearly slow. Offsets come back relative to each string and are mapped by the caller.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

CHUNK = 2_000  # characters: Kiwi's cost per character grows on much longer strings
_BREAK = re.compile(r"(?<=[.!?。])\s+|(?<=다\.)\s*|\n")

_lock = threading.Lock()
_kiwi: Any = None


_user_names: set[str] = set()  # Hangul names to give Kiwi as proper nouns
_added_names: set[str] = set()
_kbs_seen: weakref.WeakSet[Any] = weakref.WeakSet()


def use_names(kb: Any) -> None:
    """Give Kiwi the knowledge base's Hangul names as proper nouns (now if loaded, else when it loads).

    Names with a space (토니 블링컨) are left to Kiwi's own multi-word dictionary."""
    if kb in _kbs_seen:
        return
    _kbs_seen.add(kb)
    _user_names.update(n for n in kb.hangul_names() if " " not in n)
    if _kiwi is not None:
        _add_user_names(_kiwi)


def _add_user_names(kiwi: Any) -> None:
    for name in sorted(_user_names - _added_names):
        kiwi.add_user_word(name, "NNP", 0.0)
        _added_names.add(name)


def kiwi_loaded() -> bool:
    """Whether this process has loaded Kiwi (for tests and benchmarks)."""
    return _kiwi is not None


def get_kiwi() -> Any:
    """The process's Kiwi instance, created on first use (multi-word proper nouns kept)."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                try:
                    from kiwipiepy import Kiwi
                except ImportError as exc:  # pragma: no cover - a declared dependency
                    raise ImportError("the Korean path needs kiwipiepy: pip install kiwipiepy") from exc
                _kiwi = Kiwi(num_workers=2, load_multi_dict=True)
                _add_user_names(_kiwi)
    return _kiwi


KoToken = tuple[str, str, int, int, str]
"""(form, tag, start, end, lemma)"""


@dataclass(frozen=True, slots=True)
class KoSentence:
    start: int
    end: int
    tokens: list[KoToken]


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


def analyze(texts: Sequence[str]) -> list[list[KoSentence]]:
    """Sentences and morphemes of each text, with offsets into that text.

    Every text must be NFC (the repair stage guarantees it for documents): decomposed Hangul is a
    programming error here, not a data problem, and raises ``ValueError``.
    """
    for t in texts:
        if not unicodedata.is_normalized("NFC", t):
            raise ValueError("the Korean path needs NFC text; run the repair stage first")
    pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
    for i, t in enumerate(texts):
        pieces += [(i, s, e) for s, e in chunks(t) if t[s:e].strip()]
    results: list[list[KoSentence]] = [[] for _ in texts]
    if not pieces:
        return results
    kiwi = get_kiwi()
    batch = [texts[i][s:e] for i, s, e in pieces]
    for (i, offset, _), sentences in zip(pieces, kiwi.split_into_sents(batch, return_tokens=True), strict=True):
        for sent in sentences:
            tokens = [(tok.form, tok.tag, offset + tok.start, offset + tok.start + tok.len, tok.lemma)
                      for tok in sent.tokens]
            results[i].append(KoSentence(offset + sent.start, offset + sent.end, tokens))
    return results
