"""The English path: sentences from sentencex (chosen by measurement, see docs/decisions.md), with
the fixes news text needs, and word tokens with offsets.

>>> text = "By. Choi Young Hoon"
>>> [text[s:e] for s, e in sentences(text)]
['By. Choi Young Hoon']
>>> [(f, t) for _, _, f, t in tokens("U.S. aid rose 3.5% to $1.2 billion")]  # doctest: +NORMALIZE_WHITESPACE
[('U.S.', 'abbrev'), ('aid', 'word'), ('rose', 'word'), ('3.5%', 'number'), ('to', 'word'),
 ('$', 'symbol'), ('1.2', 'number'), ('billion', 'word')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from bilingual.offsets import strip_span
from bilingual.tokens import Token

# A sentence ending in one of these is not finished: "By. Choi Young Hoon", "Antony J. Blinken",
# "Gen. Kim", "Jan. 5", "the Korea-U.S. alliance". sentencex keeps most titles together but not these.
_UNFINISHED = re.compile(
    r"(?:^|[\s\-–/(])(?:[Bb]y|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Sen|Rep|Gov|Amb|St|No|Vol|Jr|Sr|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$"
)
# A list number standing alone ("1.", "(2)") begins the item that follows it.
_LIST_NUMBER = re.compile(r"\(?\d{1,3}[.)]")
_TOKEN = re.compile(
    r"(?P<abbrev>(?:[A-Za-z]\.){2,})"
    r"|(?P<number>\d+(?:[.,]\d+)*(?:%|st|nd|rd|th)?)"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<punct>[.,;:!?\"'“”‘’()\[\]{}…–—-]+)"
    r"|(?P<symbol>\S)"
)


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    try:
        from sentencex import segment
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ImportError("the English path needs sentencex: pip install sentencex") from exc
    return segment


# Where a sentence could end inside a text: end punctuation, closing quotes, space, then more text.
_POSSIBLE_BOUNDARY = re.compile(r"[.!?…。][\"”’')\]]*\s+\S")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (offsets into it), surrounding whitespace excluded."""
    if not _POSSIBLE_BOUNDARY.search(text):  # a title, a menu item, one sentence: no need to ask
        s, e = strip_span(text, 0, len(text))
        return [(s, e)] if s < e else []
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in _segmenter()("en", text):
        start = text.find(piece, pos) if piece else -1
        if start < 0:  # sentencex returns substrings; be safe if it ever does not
            start = pos
        end = start + len(piece)
        pos = end
        s, e = strip_span(text, start, end)
        if s == e:
            continue
        previous = text[spans[-1][0]:spans[-1][1]] if spans else ""
        if spans and (_LIST_NUMBER.fullmatch(previous)
                      or (_UNFINISHED.search(previous) and _starts_like_a_name(text[s:e]))):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _starts_like_a_name(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit())



def tokens(text: str) -> list[tuple[int, int, str, str]]:
    """Tokens of ``text``: ``(start, end, form, tag)``, tag one of word, number, abbrev, punct, symbol.

    A possessive is its own token: ``Korea’s`` is ``Korea`` + ``’s``.
    """
    if "'" not in text and "’" not in text:  # no possessive to split: every match is a token as it stands
        return [(m.start(), m.end(), m.group(), m.lastgroup or "symbol") for m in _TOKEN.finditer(text)]
    return list(_pieces(text, 0, len(text)))


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """The tokens of ``text[start:end]`` at their offsets into ``text``, a possessive split off its word (``Korea’s``
    is ``Korea`` + ``’s``): the one place of that rule, for :func:`tokens` and :func:`tokens_at`."""
    for m in _TOKEN.finditer(text, start, end):
        form = m.group()
        a, b = m.span()
        tag = m.lastgroup or "symbol"
        if tag == "word" and len(form) > 2 and form[-1] in "sS" and form[-2] in "'’":
            yield a, b - 2, form[:-2], "word"
            yield b - 2, b, form[-2:], "word"
        else:
            yield a, b, form, tag


_new = tuple.__new__


def tokens_at(text: str, start: int, end: int, sentence: int, strings: dict[str, str]) -> list[Token]:
    """:func:`tokens` of ``text[start:end]`` as the document's rows: each a :class:`~bilingual.tokens.Token` at its
    offsets into ``text`` (no copy of the stretch: the token pattern has no anchor nor look-around, so its matches
    between ``start`` and ``end`` are those of the stretch, moved by ``start``), in sentence ``sentence``, English,
    without a lemma, its form the one ``str`` of ``strings`` equal to it. The sentences stage's tokens made in one
    step (perf65: not a tuple per token first, as the Korean path's, perf61)."""
    shared = strings.setdefault
    if text.find("'", start, end) < 0 and text.find("’", start, end) < 0:  # no possessive to split, as in tokens()
        return [_new(Token, (m.start(), m.end(), shared(form := m.group(), form), m.lastgroup or "symbol", None, "en",
                             sentence)) for m in _TOKEN.finditer(text, start, end)]
    return [_new(Token, (a, b, shared(form, form), tag, None, "en", sentence))
            for a, b, form, tag in _pieces(text, start, end)]
