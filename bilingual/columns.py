"""A huge document's runs and sentences held as columns (it has tens of thousands of each), read as the same models.

:class:`RecordStore` is what a :class:`~bilingual.document.Document` holds in ``runs`` and ``sentences``: a read-only
sequence of records of one frozen model (:class:`~bilingual.document.Run`, :class:`~bilingual.document.Sentence`),
equal to any sequence of the same records and written to JSON as a tuple of them is. Up to :data:`COMPACT_AFTER`
records (a news page has a few hundred) it holds the record objects themselves, as documents always did: reading them
costs nothing. Above, it holds one narrow array per ``int`` field (``start``, ``end``, ``block``, ``run``: 1 to 8 bytes
a value, widened as :mod:`bilingual.tokens` widens its columns) and, for every other field (the ``route``), an index
into a table of its distinct values (one shared object each), about 20 bytes a record instead of the ~250 of a
compact pydantic object (docs/performance.md, mem35 and mem36). A record is built when it is read: an object of the
same model with the same values (the same shared objects), equal to the one it stands for.

Only a model whose every field is required and holds an ``int`` or a hashable value fits (the set of fields a record
was given is then always all of them); :class:`RecordBuilder` refuses any other.

>>> from bilingual.document import Route, Run
>>> r = Route(lang="en", confidence=1.0, reason="letters")
>>> runs = [Run(start=i, end=i + 1, block=0, route=r) for i in range(5)]
>>> store = RecordStore.of_records(Run, tuple(runs), compact_after=3)
>>> (store.compact, len(store), store[4] == runs[4], store[-1].route is r, store == tuple(runs), list(store) == runs)
(True, 5, True, True, True, True)
"""

from __future__ import annotations

import functools
import operator
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from bilingual.memory import compact_record, record_of
from bilingual.narrow_ints import WIDTHS, extended
from bilingual.tokens import HeldOrColumns

R = TypeVar("R", bound=BaseModel)

COMPACT_AFTER = 2_000
"""A store of more records than this holds them as columns (about 0.2 MB of news text has this many sentences)."""

_new = object.__new__
_set = object.__setattr__


@functools.cache
def _layout(kind: type[BaseModel]) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The field names of ``kind`` in order and, for each, whether it is held as an ``int`` column (else as an index
    into the shared values); a field that is not required is a :class:`TypeError` (see the module's docstring)."""
    names = tuple(kind.model_fields)
    for name, field in kind.model_fields.items():
        if not field.is_required():
            raise TypeError(f"{kind.__name__}.{name} has a default: its records cannot be held as columns")
    return names, tuple(kind.model_fields[name].annotation is int for name in names)


@functools.cache
def _exact_types(kind: type[BaseModel]) -> tuple[type, ...] | None:
    """The class of each field of ``kind`` in order, for the values that validation takes as they are (an ``int``
    for an ``int``, a record for a record: the model's validation returns them unchanged); ``None`` when a field's
    annotation is no class (every record of ``kind`` is then validated)."""
    annotations = tuple(field.annotation for field in kind.model_fields.values())
    return annotations if all(isinstance(a, type) for a in annotations) else None  # type: ignore[return-value]


class _Ids(dict[Any, int]):
    """Distinct values numbered in the order first seen."""

    def __missing__(self, key: Any) -> int:
        self[key] = number = len(self)
        return number


class RecordBuilder(Generic[R]):
    """Records of ``kind`` appended one at a time as the values of their fields; :meth:`build` gives the store
    (``compact_after`` None: :data:`COMPACT_AFTER`, read when the builder is made).

    Up to ``compact_after`` records each is made as the stages always made it (the model validating its values, then
    :func:`~bilingual.memory.compact_record`), except that values each exactly of its field's class (an ``int``, a
    validated :class:`~bilingual.document.Route`), which validation returns unchanged, make the same record in one
    step (:func:`~bilingual.memory.record_of`, at about a third of the cost: perf61); past it the records made so far
    become columns and every later one goes straight into them, never made as an object.
    """

    def __init__(self, kind: type[R], *, compact_after: int | None = None) -> None:
        self._kind = kind
        self._names, self._is_int = _layout(kind)
        self._compact_after = COMPACT_AFTER if compact_after is None else compact_after
        self._rows: list[R] | None = []
        self._columns = [array(WIDTHS[0]) for _ in self._names]
        self._ids = _Ids()

    def __len__(self) -> int:
        return len(self._rows) if self._rows is not None else len(self._columns[0])

    def append(self, *values: Any) -> None:
        """Append the record whose fields (in the model's order) have ``values``. Past ``compact_after`` records they
        are taken as they are, not validated: the stages give ``int`` positions and shared, validated routes."""
        if self._rows is not None:
            fields = dict(zip(self._names, values, strict=True))
            types = _exact_types(self._kind)
            if types is not None and all(map(operator.is_, map(type, values), types)):
                record = record_of(self._kind, fields)  # what validation makes of them, without its cost
            else:
                record = compact_record(self._kind(**fields))  # validated: converted, or refused, as ever
            self._rows.append(record)
            if len(self._rows) > self._compact_after:
                rows, self._rows = self._rows, None
                self._append_records(rows)
            return
        self._append_values(values)

    def _append_values(self, values: Sequence[Any]) -> None:
        number = self._ids.__getitem__
        columns = self._columns
        n = len(columns[-1])
        try:
            for i, (value, is_int) in enumerate(zip(values, self._is_int, strict=True)):
                columns[i].append(value if is_int else number(value))
        except (OverflowError, TypeError):
            # a value its column's type cannot hold: the record again, its columns widened where needed
            for column in columns:
                del column[n:]
            for i, (value, is_int) in enumerate(zip(values, self._is_int, strict=True)):
                columns[i] = extended(columns[i], [value if is_int else number(value)])

    def _append_records(self, records: Iterable[R]) -> None:
        for record in records:
            self._append_values(tuple(record.__dict__.values()))

    def build(self) -> RecordStore[R]:
        """The store of every record appended (the builder is not to be used after)."""
        if self._rows is not None:
            return RecordStore.holding(self._kind, tuple(self._rows))
        return RecordStore(self._kind, tuple(self._columns), tuple(self._ids))


class RecordStore(HeldOrColumns[R]):
    """A document's runs or sentences (see the module's docstring): a read-only sequence of records, holding the
    objects themselves (:meth:`holding`) or columns (a :class:`RecordBuilder` past :data:`COMPACT_AFTER` records)."""

    __slots__ = ("_columns", "_fields_set", "_is_int", "_kind", "_names", "_tuple", "_values")
    _UNIT = "record"

    def __init__(self, kind: type[R], columns: tuple[array[int], ...], values: tuple[Any, ...]) -> None:
        self._kind = kind
        self._names, self._is_int = _layout(kind)
        self._columns = columns
        self._values = values
        self._fields_set = set(self._names)
        self._tuple: tuple[R, ...] | None = None

    @classmethod
    def holding(cls, kind: type[R], records: tuple[R, ...]) -> RecordStore[R]:
        """A store holding the tuple ``records`` itself (not checked: instances of ``kind``)."""
        store = cls(kind, (), ())
        store._tuple = records
        return store

    @classmethod
    def of_records(cls, kind: type[R], records: tuple[R, ...], *,
                   compact_after: int | None = None) -> RecordStore[R]:
        """The store of the validated instances ``records`` of ``kind``, as columns if there are more than
        ``compact_after`` and their values fit (an ``int`` out of 64 bits, or a value that cannot be hashed: the
        tuple is held as it is; ``compact_after`` None: :data:`COMPACT_AFTER`)."""
        if len(records) <= (COMPACT_AFTER if compact_after is None else compact_after):
            return cls.holding(kind, records)
        builder = RecordBuilder(kind, compact_after=compact_after)
        builder._rows = None
        try:
            builder._append_records(records)
        except (OverflowError, TypeError, ValueError):
            return cls.holding(kind, records)
        return builder.build()

    @property
    def kind(self) -> type[R]:
        """The model of the records."""
        return self._kind

    def __len__(self) -> int:
        return len(self._tuple) if self._tuple is not None else len(self._columns[0]) if self._columns else 0

    def _make(self, values: Iterable[Any]) -> R:
        record = _new(self._kind)
        _set(record, "__dict__", dict(zip(self._names, values, strict=True)))
        _set(record, "__pydantic_fields_set__", self._fields_set)
        _set(record, "__pydantic_extra__", None)
        _set(record, "__pydantic_private__", None)
        return record

    def _row(self, i: int) -> R:
        values = self._values
        return self._make(column[i] if is_int else values[column[i]]
                          for column, is_int in zip(self._columns, self._is_int, strict=True))

    def _rows(self, positions: range) -> Iterator[R]:
        if self._tuple is not None:
            return map(self._tuple.__getitem__, positions)
        if positions.step != 1:
            return map(self._row, positions)
        a, b = positions.start, positions.stop
        v = self._values.__getitem__
        columns = [column[a:b] if is_int else map(v, column[a:b])
                   for column, is_int in zip(self._columns, self._is_int, strict=True)]
        return map(self._make, zip(*columns, strict=True))

    def __reduce__(self) -> tuple[Callable[..., RecordStore[R]], tuple[Any, ...]]:
        if self._tuple is not None:
            return (RecordStore.holding, (self._kind, self._tuple))
        return (RecordStore, (self._kind, self._columns, self._values))

    def spans_within(self, length: int) -> int | None:
        """The index of the first record whose span is not within ``0:length`` (``0 <= start <= end <= length``),
        or None when every one is."""
        if self._tuple is not None:
            return next((i for i, r in enumerate(self._tuple)
                         if not 0 <= r.start <= r.end <= length), None)  # type: ignore[attr-defined]
        starts, ends = self._columns[self._names.index("start")], self._columns[self._names.index("end")]
        if not starts or (min(starts) >= 0 and max(ends) <= length and all(map(int.__le__, starts, ends))):
            return None
        return next(i for i, (s, e) in enumerate(zip(starts, ends, strict=True)) if not 0 <= s <= e <= length)

