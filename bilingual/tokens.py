"""The tokens of a document, held as columns: a huge document has hundreds of thousands of them.

:class:`Token` is what a caller reads: a named tuple (``token.form``). :class:`TokenStore` is what a
:class:`~bilingual.document.Document` holds: one array of ints per field and one shared ``str`` per distinct form,
tag, lemma and language, about 40 bytes a token instead of about 160–240 for a tuple with its own ints. It is a
read-only sequence of :class:`Token` (built on access), equal to any sequence of the same tokens, and written to
JSON as before: an array ``[start, end, form, tag, lemma, lang, sentence]`` per token, produced one token at a time.

>>> store = TokenStore.of([Token(0, 2, "ab", "word", None, "en", 0), Token(3, 5, "cd", "word", None, "en", 0)])
>>> (len(store), store[1].form, store[-1] == (3, 5, "cd", "word", None, "en", 0), list(store) == list(store[:]))
(2, 'cd', True, True)
>>> store == (Token(0, 2, "ab", "word", None, "en", 0), Token(3, 5, "cd", "word", None, "en", 0))
True
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, NamedTuple, overload

Lang = Literal["ko", "en", "other", "und"]
"""``ko`` Korean, ``en`` English, ``other`` another language, ``und`` nothing to decide (no letters)."""


class Token(NamedTuple):
    """A token: a Kiwi morpheme on the Korean path, a word or punctuation mark on the English path.

    ``form`` is not always ``text[start:end]``: Kiwi splits 왔 into 오/VV and 었/EP, both on one character.
    A named tuple, not a model: written to JSON as a compact array ``[start, end, form, tag, lemma, lang,
    sentence]``; in Python its fields are read by name (``token.form``). A document holds its tokens in a
    :class:`TokenStore` and builds a ``Token`` each time one is read.
    """

    start: int
    end: int
    form: str
    tag: str
    lemma: str | None
    lang: Lang
    sentence: int


_new = tuple.__new__
_OFFSET = "q"  # signed 64-bit: any offset or sentence number a str can have
_ID = "I"  # an index into the store's table of distinct strings


class _Ids(dict[Any, int]):
    """Distinct values numbered in the order first seen (a lookup of a known value stays in C)."""

    def __missing__(self, key: Any) -> int:
        self[key] = number = len(self)
        return number


class TokenBuilder:
    """Tokens appended a sentence (or any stretch) at a time, column by column; :meth:`build` gives the store."""

    def __init__(self) -> None:
        self._starts = array(_OFFSET)
        self._ends = array(_OFFSET)
        self._forms = array(_ID)
        self._tags = array(_ID)
        self._lemmas = array(_ID)
        self._langs = array(_ID)
        self._sentences = array(_OFFSET)
        self._ids = _Ids()

    def extend(self, starts: Iterable[int], ends: Iterable[int], forms: Iterable[str], tags: Iterable[str],
               lemmas: Iterable[str | None] | None, lang: Lang, sentence: int) -> None:
        """Append tokens given as columns of equal length; ``lemmas=None`` means none has a lemma; every token
        is in ``lang`` and sentence ``sentence``. A column of another length is a :class:`ValueError`."""
        number = self._ids.__getitem__
        n0 = len(self._starts)
        self._starts.extend(starts)
        n = len(self._starts) - n0
        self._ends.extend(ends)
        self._forms.extend(map(number, forms))
        self._tags.extend(map(number, tags))
        if lemmas is None:
            self._lemmas.extend(array(_ID, [number(None)]) * n)
        else:
            self._lemmas.extend(map(number, lemmas))
        self._langs.extend(array(_ID, [number(lang)]) * n)
        self._sentences.extend(array(_OFFSET, [sentence]) * n)
        if not len(self._ends) == len(self._forms) == len(self._tags) == len(self._lemmas) == n0 + n:
            raise ValueError("token columns of different lengths")

    def append_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Append tokens given as rows ``(start, end, form, tag, lemma, lang, sentence)``, checked for shape:
        a row that is not 7 values, an offset or sentence number that is no int (or out of a 64-bit range) or a
        text field that is not a ``str`` (``lemma`` may be None) is a :class:`ValueError`."""
        number = self._ids.__getitem__
        for row in rows:
            if len(row) != 7:
                raise ValueError(f"a token has 7 fields, not {len(row)}: {row!r}")
            start, end, form, tag, lemma, lang, sentence = row
            if not all(type(x) is int for x in (start, end, sentence)):
                raise ValueError(f"token offsets and sentence must be int: {row!r}")
            if not (type(form) is str and type(tag) is str and type(lang) is str
                    and (lemma is None or type(lemma) is str)):
                raise ValueError(f"token form, tag, lang (and lemma, unless None) must be str: {row!r}")
            try:
                self._starts.append(start)
                self._ends.append(end)
                self._sentences.append(sentence)
            except OverflowError:
                raise ValueError(f"token offsets and sentence must fit in 64 bits: {row!r}") from None
            self._forms.append(number(form))
            self._tags.append(number(tag))
            self._lemmas.append(number(lemma))
            self._langs.append(number(lang))

    def build(self) -> TokenStore:
        """The store of every token appended (the builder is not to be used after)."""
        return TokenStore(self._starts, self._ends, self._forms, self._tags, self._lemmas, self._langs,
                          self._sentences, tuple(self._ids))


class TokenStore(Sequence[Token]):
    """A document's tokens as columns (see the module's docstring): a read-only sequence of :class:`Token`."""

    __slots__ = ("_ends", "_forms", "_langs", "_lemmas", "_sentences", "_starts", "_tags", "_values")

    def __init__(self, starts: array[int], ends: array[int], forms: array[int], tags: array[int],
                 lemmas: array[int], langs: array[int], sentences: array[int], values: tuple[Any, ...]) -> None:
        self._starts, self._ends, self._sentences = starts, ends, sentences
        self._forms, self._tags, self._lemmas, self._langs = forms, tags, lemmas, langs
        self._values = values

    @classmethod
    def of(cls, tokens: Iterable[Sequence[Any]]) -> TokenStore:
        """The store of ``tokens`` (a store, :class:`Token` instances or any rows of their 7 fields, checked as
        :meth:`TokenBuilder.append_rows` checks them)."""
        if isinstance(tokens, TokenStore):
            return tokens
        builder = TokenBuilder()
        builder.append_rows(tokens)
        return builder.build()

    def __len__(self) -> int:
        return len(self._starts)

    def _row(self, i: int) -> Token:
        v = self._values
        return _new(Token, (self._starts[i], self._ends[i], v[self._forms[i]], v[self._tags[i]],
                            v[self._lemmas[i]], v[self._langs[i]], self._sentences[i]))

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Token, ...]: ...

    def __getitem__(self, index: int | slice) -> Token | tuple[Token, ...]:
        """A token (built now), or a slice as a tuple of them (as a tuple's slice is)."""
        if isinstance(index, slice):
            return tuple(self._rows(range(len(self))[index]))
        n = len(self._starts)
        if not -n <= index < n:
            raise IndexError("token index out of range")
        return self._row(index % n if index < 0 else index)

    def _rows(self, positions: range) -> Iterator[Token]:
        if positions.step == 1:
            a, b = positions.start, positions.stop
            v = self._values.__getitem__
            columns = (self._starts[a:b], self._ends[a:b], map(v, self._forms[a:b]), map(v, self._tags[a:b]),
                       map(v, self._lemmas[a:b]), map(v, self._langs[a:b]), self._sentences[a:b])
            return map(_new, itertools.repeat(Token), zip(*columns, strict=True))
        return map(self._row, positions)

    def __iter__(self) -> Iterator[Token]:
        v = self._values.__getitem__
        columns = (self._starts, self._ends, map(v, self._forms), map(v, self._tags), map(v, self._lemmas),
                   map(v, self._langs), self._sentences)
        return map(_new, itertools.repeat(Token), zip(*columns, strict=True))

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence (a tuple, a list, another store) of the same tokens, in order."""
        if isinstance(other, TokenStore):
            return (self._starts == other._starts and self._ends == other._ends
                    and self._sentences == other._sentences and list(self) == list(other))
        if isinstance(other, tuple | list):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        """The hash of the tuple of the same tokens (they are equal)."""
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"TokenStore({list(self)!r})"

    def __reduce__(self) -> tuple[Callable[..., TokenStore], tuple[Any, ...]]:
        return (TokenStore, (self._starts, self._ends, self._forms, self._tags, self._lemmas, self._langs,
                             self._sentences, self._values))

    def spans_within(self, length: int) -> int | None:
        """The index of the first token whose span is not within ``0:length`` (``0 <= start <= end <= length``),
        or None when every one is."""
        starts, ends = self._starts, self._ends
        if not starts or (min(starts) >= 0 and max(ends) <= length and all(map(int.__le__, starts, ends))):
            return None
        return next(i for i, (s, e) in enumerate(zip(starts, ends, strict=True)) if not 0 <= s <= e <= length)

    def sentence_ranges(self) -> dict[int, list[tuple[int, int]]]:
        """For each sentence number, the ranges ``[a, b)`` of the positions of its tokens, in order (one range
        when a sentence's tokens are together, as the stages write them)."""
        out: dict[int, list[tuple[int, int]]] = {}
        position = 0
        for sentence, group in itertools.groupby(self._sentences):
            n = sum(1 for _ in group)
            out.setdefault(sentence, []).append((position, position + n))
            position += n
        return out

    def rows_in(self, ranges: Iterable[tuple[int, int]]) -> list[Token]:
        """The tokens at the positions of ``ranges`` (as :meth:`sentence_ranges` gives them), in that order."""
        out: list[Token] = []
        for a, b in ranges:
            out += self._rows(range(a, b))
        return out


def by_sentence(tokens: Sequence[Token]) -> Callable[[int], list[Token]]:
    """A function giving the tokens of a sentence number, in order, built when asked for (a store keeps only the
    positions of each sentence's tokens; any other sequence is grouped at once)."""
    if isinstance(tokens, TokenStore):
        ranges = tokens.sentence_ranges()
        return lambda index: tokens.rows_in(ranges.get(index, ()))
    grouped: dict[int, list[Token]] = {}
    for index, group in itertools.groupby(tokens, key=lambda t: t.sentence):
        grouped.setdefault(index, []).extend(group)
    return lambda index: grouped.get(index, [])
