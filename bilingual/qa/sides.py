"""One side of a translation pair, and what the aligner and the checks read from a processed document:
its text, mentions, numbers and sentences; anchors (numbers, entities, family names) and hints (kept Latin
words, name sounds) that a stretch shares with its translation; Korean sentences as a translator sees them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bilingual.document import Document, Lang, Mention, Sentence, Token
from bilingual.names.keys import korean_person_name
from bilingual.names.romanized import spelling_key, surname_index
from bilingual.names.transcription import transcription_key
from bilingual.page.blocks import SKIPPED_LABELS
from bilingual.page.sentence_end import ends_sentence
from bilingual.qa.align import Segment
from bilingual.qa.lexicon import Lexicon, default_lexicon, english_words, korean_words
from bilingual.qa.numbers import Quantity, find_numbers

EN_PER_KO = 2.0
"""English characters per Korean character in a translation: the median over the 1,000 news-dev pairs."""
MIN_SENTENCE = 20  # shorter "sentences" (네., 왜?) are not counted as sentences a translation must have
_KOREAN_SENTENCE_END = re.compile(r"(?:다|요|까|죠|가|나|지|네|냐|군|자|라|오)[.?!]+['\"”’」』)\]]*(?=\s|$)")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]{2,}")
T = TypeVar("T")


@dataclass(frozen=True)
class Side:
    """The text of one side of a pair, its language, its mentions (offsets relative to ``text``), its
    numbers and its sentence spans."""

    text: str
    lang: Lang
    mentions: tuple[Mention, ...]
    numbers: tuple[Quantity, ...]
    sentences: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, doc: Document, lang: Lang, span: tuple[int, int] | None = None) -> Side:
        start, end = span if span is not None else (0, len(doc.text))
        text = doc.text[start:end]
        mentions = tuple(m.model_copy(update={"start": m.start - start, "end": m.end - start})
                         for m in inside(doc.mentions, start, end))
        sentences = tuple((max(s.start, start) - start, min(s.end, end) - start) for s in overlapping(doc, start, end)
                          if doc.text[s.start:s.end].strip())
        return cls(text, lang, mentions, tuple(find_numbers(text, lang)), sentences)


def inside(mentions: tuple[Mention, ...], start: int, end: int) -> list[Mention]:
    """The mentions within ``[start, end)`` (the mentions stage writes them in text order, so this is a
    binary search)."""
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    out = []
    for m in _from(mentions, first):
        if m.start >= end:
            break
        if m.end <= end:
            out.append(m)
    return out


def _from(items: Sequence[T], first: int) -> Iterator[T]:
    """``items[first:]`` without copying it: a slice copies the rest of the document, so a scan that stops after a
    few items would cost time linear in the document, quadratic over all its sentences."""
    for index in range(first, len(items)):
        yield items[index]


def overlapping(doc: Document, start: int, end: int) -> list[Sentence]:
    """The sentences overlapping ``[start, end)`` (in text order: a binary search, then a short scan)."""
    first = bisect.bisect_right(doc.sentences, start, key=lambda s: s.end)
    out = []
    for s in _from(doc.sentences, first):
        if s.start >= end:
            break
        out.append(s)
    return out


def sentence_spans(doc: Document, lang: Lang) -> list[tuple[int, int]]:
    """The sentences the aligner pairs (:func:`aligned_sentences`), without whether each is optional."""
    return [(a, b) for a, b, _ in aligned_sentences(doc, lang)]


def aligned_sentences(doc: Document, lang: Lang) -> list[tuple[int, int, bool]]:
    """The sentences of a document, in order, and whether each is **optional** (page chrome: a line of a block
    labelled navigation, related stories or footer, ``SKIPPED_LABELS``, that does not end like a sentence). Korean
    ones by :func:`korean_sentences`, since the aligner needs what a translator translates.

    No sentence is left out: a chrome line whose translation is there is paired with it, one without is left
    unpaired at a small prior and reported by no check, and a chrome line that ends like a sentence
    (:func:`~bilingual.page.sentence_end.ends_sentence`) is prose, aligned and checked as any other. The learned
    page layer's labels of short lines move with each retraining; when they left sentences out of one side only,
    the aligner shifted the pairs around them (issue 13 item 6, docs/review.md)."""
    optional = [block.label in SKIPPED_LABELS and not ends_sentence(doc.text[block.start:block.end].strip())
                for block in doc.blocks]
    if lang != "ko":
        return [(s.start, s.end, optional[s.block]) for s in doc.sentences if doc.text[s.start:s.end].strip()]
    return [(a, b, optional[index]) for index, block in enumerate(doc.blocks)
            for a, b, _ in korean_sentences(doc.text, block.start, block.end)]


def join(spans: list[tuple[int, int]], group: tuple[int, ...]) -> tuple[int, int]:
    if not group:
        return (0, 0)
    return spans[group[0]][0], spans[group[-1]][1]


def segment(doc: Document, span: tuple[int, int], lang: Lang, *, words: bool = True,
            lexicon: Lexicon | None = None, optional: bool = False) -> Segment:
    """What the aligner reads of one stretch of a document: its length, anchors, hints and (unless ``words``
    is false) its content words and the other language's words they translate into, by ``lexicon`` (the
    bundled table when None; an evaluation passes tables learned on part of the data)."""
    start, end = span
    found = inside(doc.mentions, start, end)
    text = doc.text[start:end]
    if not words:
        return Segment(end - start, anchors(text, found, lang), hints(text, found, lang), optional=optional)
    lexicon = lexicon if lexicon is not None else default_lexicon()
    if lang == "ko":
        own = korean_words(tokens_inside(doc, start, end))
        reach = lexicon.reach(own)
    else:
        own = english_words(text)
        reach = lexicon.reach_back(own)
    return Segment(end - start, anchors(text, found, lang), hints(text, found, lang), lexicon.known(own, lang), reach,
                   optional)


def tokens_inside(doc: Document, start: int, end: int) -> list[Token]:
    """The tokens within ``[start, end)`` (in text order: a binary search, then a short scan)."""
    first = bisect.bisect_left(doc.tokens, start, key=lambda t: t.start)
    out = []
    for t in _from(doc.tokens, first):
        if t.start >= end:
            break
        if t.end <= end:
            out.append(t)
    return out


def anchors(text: str, mentions: Iterable[Mention], lang: Lang) -> frozenset[str]:
    """What a stretch of text shares with its translation: numbers written in digits (a spelled "two" is too
    common to anchor anything), entities, and people's family names."""
    anchors = {number_anchor(q) for q in find_numbers(text, lang) if any(c.isdigit() for c in q.text)}
    for m in mentions:
        if m.entity_id:
            anchors.add(m.entity_id)
        if m.type == "person" and (family := family_name(m)) is not None:
            anchors.add(f"family:{family}")
    return frozenset(anchors)


def hints(text: str, mentions: Iterable[Mention], lang: Lang) -> frozenset[str]:
    """Latin words a Korean text keeps (Smith, Oxford, FDA), and the sounds of names it transcribes
    (폴란드 ~ Poland): weaker evidence than anchors, since most have no counterpart."""
    words = _LATIN_WORD.findall(text)
    hints = {f"word:{w.casefold()}" for w in words if lang == "ko" or w[0].isupper()}
    names = [m.text for m in mentions if m.lang == "ko"] if lang == "ko" else [w for w in words if w[0].isupper()]
    hints |= {f"sound:{key}" for name in names if len(key := transcription_key(name)) >= 3}
    return frozenset(hints)


def family_name(m: Mention) -> str | None:
    """A person's family name in Hangul, from either script: 조 for 조태열, "Cho Tae-yong" and "Minister Cho"."""
    if m.lang == "ko":
        return m.text[0] if korean_person_name(m.text) or len(m.text) == 1 else None
    words = m.text.split()
    for word in (words[0], words[-1]) if words else ():
        options = surname_index().get(spelling_key(word))
        if options:
            return options[0][0]
    return None


def number_anchor(q: Quantity) -> str:
    return f"{q.value:g}"



def whole_sentences(side: Side) -> list[tuple[int, int]]:
    """The whole sentences of one side of at least MIN_SENTENCE characters, for counting them against the
    other side's: Korean ones from :func:`korean_sentences` (ended ones only), English ones from the
    English path."""
    if side.lang != "ko":
        return [(a, b) for a, b in side.sentences if len(side.text[a:b].strip()) >= MIN_SENTENCE]
    return [(a, b) for a, b, ended in korean_sentences(side.text, 0, len(side.text))
            if ended and b - a >= MIN_SENTENCE]


def korean_sentences(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Korean sentences in ``text[start:end]``: stretches ending in a sentence-final ending and a full stop
    (…했다., …입니까?), trimmed, and whether each ended so (the rest of the stretch need not). Not the
    tokenizer's sentences, which also break at quotes and parentheses (\"클리퍼\" | 와 관련된…): these
    are what a translator translates, or drops."""
    out: list[tuple[int, int, bool]] = []
    ends = [(m.end(), True) for m in _KOREAN_SENTENCE_END.finditer(text, start, end)]
    for stop, ended in [*ends, (end, False)]:
        piece = text[start:stop]
        if piece.strip():
            out.append((start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip()), ended))
        start = stop
    return out
