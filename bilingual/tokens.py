"""The tokens of a document; a huge document's held as columns (it has hundreds of thousands of them).

:class:`Token` is what a caller reads: a named tuple (``token.form``). :class:`TokenStore` is what a
:class:`~bilingual.document.Document` holds, a read-only sequence of :class:`Token` equal to any sequence of the
same tokens and written to JSON as a tuple of them is (an array ``[start, end, form, tag, lemma, lang, sentence]``
per token, produced one token at a time). Up to :data:`COMPACT_AFTER` tokens (a news page has a few thousand) it
holds the :class:`Token` tuples themselves, as documents always did: reading them costs nothing. Above, it holds
one array of ints per field and one shared ``str`` per distinct form, tag, lemma and language, at most 28 bytes a
token instead of about 160–240 for a tuple with its own ints, and builds each :class:`Token` when it is read (each
column starts at 1 byte a value and is widened, by a copy, only when a value does not fit: to 2 or 4 bytes unsigned,
then 8 signed, so a column is never wider than its values need and the wider copy is never allocated before then).

>>> store = TokenStore.of([Token(0, 2, "ab", "word", None, "en", 0), Token(3, 5, "cd", "word", None, "en", 0)])
>>> (len(store), store[1].form, store[-1] == (3, 5, "cd", "word", None, "en", 0), list(store) == list(store[:]))
(2, 'cd', True, True)
>>> store == (Token(0, 2, "ab", "word", None, "en", 0), Token(3, 5, "cd", "word", None, "en", 0))
True
"""

from __future__ import annotations

import itertools
import operator
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, NamedTuple, TypeVar, overload

from bilingual.narrow_ints import LIMIT, OFFSET, WIDTHS, extended

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


COMPACT_AFTER = 50_000
"""A store of more tokens than this holds them as columns (about 0.25 MB of news text has this many)."""

_new = tuple.__new__
_ID = "I"  # an index into the store's table of distinct strings (the type of an empty store's columns)


class _Ids(dict[Any, int]):
    """Distinct values numbered in the order first seen (a lookup of a known value stays in C)."""

    def __missing__(self, key: Any) -> int:
        self[key] = number = len(self)
        return number


class TokenBuilder:
    """Tokens appended a sentence (or any stretch) at a time, column by column; :meth:`build` gives the store."""

    def __init__(self, *, compact_after: int = COMPACT_AFTER) -> None:
        self._compact_after = compact_after
        self._rows: list[Token] | None = []  # until there are more than compact_after tokens
        self._shared: dict[str, str] = {}  # while there are rows: one str per distinct form
        # 1 byte a value until one does not fit (:func:`extended`)
        self._starts, self._ends, self._sentences = array(WIDTHS[0]), array(WIDTHS[0]), array(WIDTHS[0])
        self._forms, self._tags = array(WIDTHS[0]), array(WIDTHS[0])
        self._lemmas, self._langs = array(WIDTHS[0]), array(WIDTHS[0])
        self._ids = _Ids()

    def extend(self, starts: Iterable[int], ends: Iterable[int], forms: Sequence[str], tags: Sequence[str],
               lemmas: Iterable[str | None] | None, lang: Lang, sentence: int) -> None:
        """Append tokens given as columns of equal length; ``lemmas=None`` means none has a lemma; every token
        is in ``lang`` and sentence ``sentence``. A column shorter than ``forms`` or ``tags`` is a
        :class:`ValueError` (the builder is then not to be used)."""
        if self._rows is not None:
            shared = self._shared.setdefault
            rows = zip(starts, ends, map(shared, forms, forms), tags,  # stops at the shortest: counted below
                       itertools.repeat(None) if lemmas is None else lemmas, itertools.repeat(lang),
                       itertools.repeat(sentence), strict=False)
            n0 = len(self._rows)
            self._rows += map(_new, itertools.repeat(Token), rows)
            if not len(self._rows) - n0 == len(forms) == len(tags):
                raise ValueError("token columns of different lengths")
            if len(self._rows) > self._compact_after:
                self._to_columns()
            return
        number = self._ids.__getitem__
        n = len(forms)
        columns = (list(starts), list(ends), [sentence] * n, list(map(number, forms)), list(map(number, tags)),
                   [number(None)] * n if lemmas is None else list(map(number, lemmas)), [number(lang)] * n)
        if not all(len(column) == n for column in columns):
            raise ValueError("token columns of different lengths")
        if n:
            self._extend_columns(columns)

    def extend_spans(self, found: Sequence[tuple[int, int, str, str]], base: int, lang: Lang, sentence: int) -> None:
        """Append a sentence's tokens as the English path gives them, ``(start, end, form, tag)`` with offsets
        ``base`` before the document's and no lemma, every one in ``lang`` and sentence ``sentence``: :meth:`extend`
        of their columns, but up to :data:`COMPACT_AFTER` tokens each :class:`Token` is built in one step (no
        columns taken apart first; the forms shared as :meth:`extend` shares them)."""
        if self._rows is None:
            if found:
                starts, ends, forms, tags = zip(*found, strict=True)
                self.extend(map(base.__add__, starts), map(base.__add__, ends), forms, tags, None, lang, sentence)
            return
        shared = self._shared.setdefault
        self._rows += [_new(Token, (base + start, base + end, shared(form, form), tag, None, lang, sentence))
                       for start, end, form, tag in found]
        if len(self._rows) > self._compact_after:
            self._to_columns()

    def _extend_columns(self, columns: Sequence[list[int]]) -> None:
        """Append to the seven columns (in the order of :meth:`_columns`) the values given for each, widening a column
        whose type cannot hold them."""
        starts, ends, sentences, forms, tags, lemmas, langs = map(extended, self._columns(), columns)
        self._starts, self._ends, self._sentences, self._forms, self._tags, self._lemmas, self._langs = \
            starts, ends, sentences, forms, tags, lemmas, langs

    def _columns(self) -> tuple[array[int], ...]:
        return (self._starts, self._ends, self._sentences, self._forms, self._tags, self._lemmas, self._langs)

    def _to_columns(self) -> None:
        rows, self._rows = self._rows or [], None
        self._shared.clear()
        self._append_tokens(rows)

    def _append_tokens(self, tokens: Iterable[Token]) -> None:
        """Append tokens whose fields are known to have their types (validated, or built by the stages); one that
        an array cannot hold is a :class:`ValueError` (the builder is then not to be used)."""
        number = self._ids.__getitem__
        for token in tokens:
            start, end, form, tag, lemma, lang, sentence = token
            n = len(self._langs)  # the last column appended to: every column has n values before this token
            try:
                self._starts.append(start)
                self._ends.append(end)
                self._sentences.append(sentence)
                self._forms.append(number(form))
                self._tags.append(number(tag))
                self._lemmas.append(number(lemma))
                self._langs.append(number(lang))
            except (OverflowError, TypeError):
                # a value that its column's type cannot hold: the token again, its columns widened where needed
                for column in self._columns():
                    del column[n:]
                values = (start, end, sentence, number(form), number(tag), number(lemma), number(lang))
                try:
                    self._extend_columns([[value] for value in values])
                except (OverflowError, TypeError):
                    raise ValueError("token offsets and sentence must be int within 64 bits: "
                                     f"{tuple(token)!r}") from None

    def append_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Append tokens given as rows ``(start, end, form, tag, lemma, lang, sentence)``, checked for shape:
        a row that is not 7 values, an offset or sentence number that is no int (or out of a 64-bit range) or a
        text field that is not a ``str`` (``lemma`` may be None) is a :class:`ValueError`."""
        checked: list[Token] = []
        for row in rows:
            if len(row) != 7:
                raise ValueError(f"a token has 7 fields, not {len(row)}: {row!r}")
            start, end, form, tag, lemma, lang, sentence = row
            if not all(type(x) is int for x in (start, end, sentence)):
                raise ValueError(f"token offsets and sentence must be int: {row!r}")
            if not (type(form) is str and type(tag) is str and type(lang) is str
                    and (lemma is None or type(lemma) is str)):
                raise ValueError(f"token form, tag, lang (and lemma, unless None) must be str: {row!r}")
            if not all(-LIMIT <= x < LIMIT for x in (start, end, sentence)):
                raise ValueError(f"token offsets and sentence must fit in 64 bits: {row!r}")
            checked.append(_new(Token, (start, end, form, tag, lemma, lang, sentence)))
        self.append_tokens(checked)

    def append_tokens(self, tokens: Iterable[Token]) -> None:
        """Append :class:`Token` instances as they are (their fields' types not checked: validated ones, or the
        stages')."""
        if self._rows is None:
            self._append_tokens(tokens)
            return
        self._rows += tokens
        if len(self._rows) > self._compact_after:
            self._to_columns()

    def build(self) -> TokenStore:
        """The store of every token appended (the builder is not to be used after)."""
        if self._rows is not None:
            return TokenStore.holding(tuple(self._rows))
        return TokenStore(self._starts, self._ends, self._forms, self._tags, self._lemmas, self._langs,
                          self._sentences, tuple(self._ids))


T = TypeVar("T")


class HeldOrColumns(Sequence[T]):
    """What a store of a document's records shares, held as the tuple of the objects themselves (``_tuple``) or as
    columns: :class:`TokenStore` here, :class:`bilingual.columns.RecordStore` for runs and sentences. A subclass sets
    ``_tuple`` (``None`` when it holds columns), ``__len__``, ``_row`` (the record at an index, built now) and
    ``_rows`` (the records at a range of indices), and names what it holds in ``_UNIT`` (for an index error)."""

    __slots__ = ()
    _tuple: tuple[T, ...] | None
    _UNIT = "item"

    @property
    def compact(self) -> bool:
        """Whether the records are held as columns (else as the objects themselves)."""
        return self._tuple is None

    def _row(self, i: int) -> T:
        raise NotImplementedError

    def _rows(self, positions: range) -> Iterator[T]:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...

    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        """A record (built now), or a slice as a tuple of them (as a tuple's slice is)."""
        if self._tuple is not None:
            return self._tuple[index]
        if isinstance(index, slice):
            return tuple(self._rows(range(len(self))[index]))
        n = len(self)
        if not -n <= index < n:
            raise IndexError(f"{self._UNIT} index out of range")
        return self._row(index % n if index < 0 else index)

    def __iter__(self) -> Iterator[T]:
        if self._tuple is not None:
            return iter(self._tuple)
        return self._rows(range(len(self)))

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence (a tuple, a list, another store of the same class) of the same records, in order."""
        if self._tuple is not None and isinstance(other, tuple | list):
            return self._tuple == tuple(other)
        if isinstance(other, type(self) | tuple | list):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        """The hash of the tuple of the same records (they are equal)."""
        return hash(self._tuple if self._tuple is not None else tuple(self))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class TokenStore(HeldOrColumns[Token]):
    """A document's tokens (see the module's docstring): a read-only sequence of :class:`Token`, holding the tuples
    themselves (:meth:`holding`) or columns (a :class:`TokenBuilder` past :data:`COMPACT_AFTER` tokens)."""

    __slots__ = ("_ends", "_forms", "_langs", "_lemmas", "_sentences", "_starts", "_tags", "_tuple", "_values")
    _UNIT = "token"

    def __init__(self, starts: array[int], ends: array[int], forms: array[int], tags: array[int],
                 lemmas: array[int], langs: array[int], sentences: array[int], values: tuple[Any, ...]) -> None:
        self._starts, self._ends, self._sentences = starts, ends, sentences
        self._forms, self._tags, self._lemmas, self._langs = forms, tags, lemmas, langs
        self._values = values
        self._tuple: tuple[Token, ...] | None = None

    @classmethod
    def holding(cls, tokens: tuple[Token, ...]) -> TokenStore:
        """A store holding the tuple ``tokens`` itself (not checked: :class:`Token` instances)."""
        store = cls(array(OFFSET), array(OFFSET), array(_ID), array(_ID), array(_ID), array(_ID), array(OFFSET), ())
        store._tuple = tokens
        return store

    @classmethod
    def of(cls, tokens: Iterable[Sequence[Any]], *, compact_after: int = COMPACT_AFTER) -> TokenStore:
        """The store of ``tokens`` (a store, :class:`Token` instances or any rows of their 7 fields, checked as
        :meth:`TokenBuilder.append_rows` checks them), as columns if there are more than ``compact_after``."""
        if isinstance(tokens, TokenStore):
            return tokens
        builder = TokenBuilder(compact_after=compact_after)
        builder.append_rows(tokens)
        return builder.build()

    @classmethod
    def of_tokens(cls, tokens: tuple[Token, ...], *, compact_after: int = COMPACT_AFTER) -> TokenStore:
        """The store of the :class:`Token` instances ``tokens`` (validated, or built by the stages: only what an
        array cannot hold is refused, as a :class:`ValueError`)."""
        if len(tokens) <= compact_after:
            return cls.holding(tokens)
        builder = TokenBuilder(compact_after=compact_after)
        builder.append_tokens(tokens)
        return builder.build()

    def __len__(self) -> int:
        return len(self._starts) if self._tuple is None else len(self._tuple)

    def _row(self, i: int) -> Token:
        v = self._values
        return _new(Token, (self._starts[i], self._ends[i], v[self._forms[i]], v[self._tags[i]],
                            v[self._lemmas[i]], v[self._langs[i]], self._sentences[i]))

    def _rows(self, positions: range) -> Iterator[Token]:
        if self._tuple is not None:
            return map(self._tuple.__getitem__, positions)
        if positions.step == 1:
            a, b = positions.start, positions.stop
            v = self._values.__getitem__
            columns = (self._starts[a:b], self._ends[a:b], map(v, self._forms[a:b]), map(v, self._tags[a:b]),
                       map(v, self._lemmas[a:b]), map(v, self._langs[a:b]), self._sentences[a:b])
            return map(_new, itertools.repeat(Token), zip(*columns, strict=True))
        return map(self._row, positions)

    def __reduce__(self) -> tuple[Callable[..., TokenStore], tuple[Any, ...]]:
        if self._tuple is not None:
            return (TokenStore.holding, (self._tuple,))
        return (TokenStore, (self._starts, self._ends, self._forms, self._tags, self._lemmas, self._langs,
                             self._sentences, self._values))

    def spans_within(self, length: int) -> int | None:
        """The index of the first token whose span is not within ``0:length`` (``0 <= start <= end <= length``),
        or None when every one is."""
        if self._tuple is not None:
            return next((i for i, t in enumerate(self._tuple) if not 0 <= t.start <= t.end <= length), None)
        starts, ends = self._starts, self._ends
        if not starts or (min(starts) >= 0 and max(ends) <= length and all(map(int.__le__, starts, ends))):
            return None
        return next(i for i, (s, e) in enumerate(zip(starts, ends, strict=True)) if not 0 <= s <= e <= length)

    def sentence_ranges(self) -> dict[int, list[tuple[int, int]]]:
        """For each sentence number, the ranges ``[a, b)`` of the positions of its tokens, in order (one range
        when a sentence's tokens are together, as the stages write them)."""
        out: dict[int, list[tuple[int, int]]] = {}
        position = 0
        numbers = self._sentences if self._tuple is None else map(_SENTENCE, self._tuple)
        for sentence, group in itertools.groupby(numbers):
            n = sum(1 for _ in group)
            out.setdefault(sentence, []).append((position, position + n))
            position += n
        return out

    def rows_in(self, ranges: Iterable[tuple[int, int]]) -> list[Token]:
        """The tokens at the positions of ``ranges`` (as :meth:`sentence_ranges` gives them), in that order."""
        out: list[Token] = []
        for a, b in ranges:
            out += self._tuple[a:b] if self._tuple is not None else self._rows(range(a, b))
        return out


_SENTENCE = operator.attrgetter("sentence")


def by_sentence(tokens: Sequence[Token]) -> Callable[[int], list[Token]]:
    """A function giving the tokens of a sentence number, in order. A store of columns keeps only the positions of
    each sentence's tokens and builds them when asked for; any other sequence is grouped at once."""
    if isinstance(tokens, TokenStore) and tokens.compact:
        ranges = tokens.sentence_ranges()
        return lambda index: tokens.rows_in(ranges.get(index, ()))
    grouped: dict[int, list[Token]] = {}
    for index, group in itertools.groupby(tokens, key=_SENTENCE):  # runs of one sentence's tokens, in C
        grouped.setdefault(index, []).extend(group)
    return lambda index: grouped.get(index, [])
