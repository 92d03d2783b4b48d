"""Memory habits shared by the hot paths.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

R = TypeVar("R", bound="BaseModel")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block, then restore its state.

    A processed page, or a translators' file read into segments, is tens of thousands to millions of small
    acyclic objects; the collector's repeated scans of them cost up to 30 % of a run and made the time per unit
    grow with the size of a file (docs/performance.md). Reference counting still frees everything as usual;
    only the cycle search waits until the end.

    When the block ends normally and the collector was on, what it allocated is moved straight to the oldest
    generation (``gc.freeze()`` then ``gc.unfreeze()``: two list splices, no scan) instead of being scanned by the
    young collection that the next allocation would start (10-20 ms after each news document; a document leaves
    no cyclic garbage). Objects the caller allocated since the last collection move with them: any cycle among
    them is found by the next full collection instead of the next young one. Nothing else changes (the
    collector's state, thresholds and freeze count are as before); skipped when the caller has frozen objects
    of its own (``gc.get_freeze_count()``), which ``gc.unfreeze()`` would release.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if was_enabled and not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
    finally:
        if was_enabled:
            gc.enable()


def share_equal_values(records: Sequence[BaseModel], fields: Iterable[str],
                       seen: dict[str, dict[object, object]] | None = None) -> None:
    """Make the equal values of ``fields`` one object across ``records``, in place: each record's value of a field is
    replaced by the first equal value seen in that field (``str``, tuples of ``str``, ``None``: hashable values).

    A huge document's mentions repeat their names and their reasons (205 distinct tuples of reasons and 971 distinct
    names among 2,000 mentions of a 0.25 MB line), but each mention was given a ``str`` and a ``tuple`` of its own,
    about a third of a mention's memory (docs/performance.md, mem28). Nothing a reader sees changes: the value is
    replaced by an equal one of the same type, so equality, hashing and the JSON written are the same; the records
    are frozen, so no later assignment can make two of them differ through a shared value (a ``str`` or a ``tuple``
    cannot change anyway). Written into the record's ``__dict__``, as pydantic keeps it, without validating again.
    ``seen`` (the first value of each field seen so far) carries the sharing across calls: a stage that shares each
    record as it is made lets the duplicates go at once, so that their memory is reused by the next records instead
    of being freed only after the peak.

    >>> from bilingual.document import Mention
    >>> a, b = (Mention(start=i, end=i + 2, text="EU"[:], type="org", lang="en", entity_id=None, score=0.0,
    ...                 method="unlinked", reasons=("reason " + str(7),)) for i in (0, 5))
    >>> a.reasons is b.reasons
    False
    >>> share_equal_values([a, b], ("text", "reasons"))
    >>> (a.reasons is b.reasons, a.reasons == ("reason 7",), a.start, b.start)
    (True, True, 0, 5)
    """
    SharedValues(fields, seen)(records)


class SharedValues:
    """:func:`share_equal_values` with its ``fields`` and ``seen`` kept across calls, each field's table looked up
    once instead of at every call: a stage that shares each record as it is made calls it thousands of times, most
    often with one record (docs/performance.md, perf47).

    >>> from bilingual.document import Mention
    >>> share = SharedValues(("text", "reasons"))
    >>> made = [Mention(start=i, end=i + 2, text="EU"[:], type="org", lang="en", entity_id=None, score=0.0,
    ...                 method="unlinked", reasons=("reason " + str(7),)) for i in (0, 5)]
    >>> for m in made:
    ...     share([m])
    >>> (made[0].reasons is made[1].reasons, sorted(share.seen))
    (True, ['reasons', 'text'])
    """

    def __init__(self, fields: Iterable[str], seen: dict[str, dict[object, object]] | None = None) -> None:
        self.seen: dict[str, dict[object, object]] = {} if seen is None else seen
        """The first value seen of each field, by itself (carried across calls)."""
        self._firsts = tuple((name, self.seen.setdefault(name, {}).setdefault) for name in fields)

    def __call__(self, records: Iterable[BaseModel]) -> None:
        firsts = self._firsts
        for record in records:
            values = record.__dict__
            for name, first in firsts:
                value = values[name]
                values[name] = first(value, value)


_PYDANTIC_SLOTS = ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")


def compact_record(record: R) -> R:
    """An equal copy of ``record`` (a frozen pydantic model) whose instance dictionary is CPython's key-sharing
    table: one table of the field names for every record of its type, each record holding only its values.

    Pydantic gives every instance a dictionary of its own, names and all (464 bytes for a mention's eleven fields, of
    the ~660 a mention takes); a dictionary made by setting the attributes one by one on a new instance shares its
    keys with the others of its type (PEP 412: its size, ~170-270 bytes, counts its share of the keys), and a
    mention takes about half what it did (docs/performance.md, mem32). Nothing a reader sees changes: the same type,
    the same values (the same objects, so what :func:`share_equal_values` shared stays shared), the same fields set;
    equality, hashing, copying, pickling and the JSON written read the dictionary by its keys. A ``model_copy`` of a
    compact record is compact too (the table is copied as it is); a record validated again has a dictionary of its
    own (correct, only larger). Where the interpreter does not share the keys (another implementation, or a type
    whose instances were given their fields in other orders), the copy is still equal, only no smaller.

    >>> from bilingual.document import Mention
    >>> m = Mention(start=3, end=5, text="EU", type="org", lang="en", entity_id=None, score=0.0, method="unlinked",
    ...             reasons=("a reason",))
    >>> c = compact_record(m)
    >>> (c == m, c is m, c.reasons is m.reasons, c.model_dump_json() == m.model_dump_json())
    (True, False, True, True)
    """
    kind = type(record)
    copy = object.__new__(kind)
    for name, value in record.__dict__.items():  # in the fields' order: the order the shared keys were made in
        object.__setattr__(copy, name, value)
    for name in _PYDANTIC_SLOTS:
        object.__setattr__(copy, name, getattr(record, name))
    _share_fields_set(copy)
    if kind not in _COMPACT_SIZE:
        _COMPACT_SIZE[kind] = sys.getsizeof(copy.__dict__)
    return copy


def _share_fields_set(record: BaseModel) -> None:
    """The record's set of the names of the fields it was given made the one equal set of :data:`_FIELDS_SETS`:
    ``model_copy`` gives each copy a set of its own (~200-700 bytes), as :class:`bilingual.document.Model` says of
    validation; a frozen record never changes it (pydantic adds to it only when a field is assigned)."""
    fields = record.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(fields), fields)
    if shared is not fields:
        object.__setattr__(record, "__pydantic_fields_set__", shared)


_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
"""One set object per distinct set of field names of a compact record."""
_COMPACT_SIZE: dict[type, int] = {}
"""The size of a compact record's dictionary, by type (the first one made: every one of a type has the same)."""


def record_of(kind: type[R], values: dict[str, Any]) -> R:
    """A compact record of ``kind`` (a frozen pydantic model without private attributes) made in one step from
    ``values`` (field names to values) that its maker knows to be valid, **not validated**: what ``kind(**values)``
    then :func:`compact_record` give, without pydantic's validation, the model's after-validator and the copy (made
    so, a mention costs about a third of what it did: docs/performance.md, perf47). For values a stage computed
    from its own (spans of the text, its own literals, a validated link's fields), never for what a user gave: that
    is validated by the model (``kind(**values)``, ``model_validate_json``). The fields not given take their
    defaults; the set of fields given is ``values``' keys, as validation records it (what ``exclude_unset``
    writes), one shared set per distinct set. A name that is no field, or a required field left out, is a
    ``TypeError``; nothing else is checked.

    >>> from bilingual.document import Mention
    >>> m = record_of(Mention, dict(start=3, end=5, text="EU", type="org", lang="en", entity_id=None, score=0.0,
    ...                             method="unlinked", reasons=("a reason",)))
    >>> v = Mention(start=3, end=5, text="EU", type="org", lang="en", entity_id=None, score=0.0, method="unlinked",
    ...             reasons=("a reason",))
    >>> (m == v, m.model_fields_set == v.model_fields_set, m.model_dump_json() == v.model_dump_json())
    (True, True, True)
    >>> (compacted(m) is m, m.__dict__.keys() == v.__dict__.keys(), "title" in m.model_fields_set)
    (True, True, False)
    """
    fields = (_BLANKS.get(kind) or _blank(kind))[0].copy()  # a dictionary of the shared keys (PEP 412), defaults
    fields.update(values)  # every key one of the table's (checked below): the dictionary keeps sharing them
    record = object.__new__(kind)
    _set = object.__setattr__
    _set(record, "__dict__", fields)
    _set(record, "__pydantic_fields_set__", _fields_set(kind, tuple(values)))
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


def record_with(record: R, **changes: Any) -> R:
    """``record.model_copy(update=changes)`` (the changes not validated, the names of the fields changed added to
    the set of fields given, as ``model_copy`` does), made compact at once when ``record`` is: its dictionary's copy
    keeps the shared keys and its set of fields given is the shared one. Only for values known valid, as
    :func:`record_of`; a name that is no field is a ``TypeError``.

    >>> from bilingual.document import Mention
    >>> m = record_of(Mention, dict(start=3, end=5, text="EU", type="org", lang="en", entity_id=None, score=0.0,
    ...                             method="unlinked", reasons=()))
    >>> c = record_with(m, type="place", cluster="unknown:EU")
    >>> (c.type, m.type, compacted(c) is c)
    ('place', 'org', True)
    >>> c.model_fields_set == m.model_copy(update={"type": "x", "cluster": "x"}).model_fields_set
    True
    """
    kind = type(record)
    if not changes.keys() <= _blank(kind)[0].keys():
        raise TypeError(f"{kind.__name__}: fields {sorted(changes.keys() - _blank(kind)[0].keys())} unknown")
    fields = record.__dict__.copy()
    fields.update(changes)
    copy = object.__new__(kind)
    object.__setattr__(copy, "__dict__", fields)
    given = record.__pydantic_fields_set__
    object.__setattr__(copy, "__pydantic_fields_set__", given if changes.keys() <= given else
                       _fields_set(kind, tuple(given.union(changes))))
    object.__setattr__(copy, "__pydantic_extra__", record.__pydantic_extra__)
    object.__setattr__(copy, "__pydantic_private__", record.__pydantic_private__)
    return copy


def _blank(kind: type[BaseModel]) -> tuple[dict[str, Any], frozenset[str]]:
    """A compact dictionary of ``kind``'s fields in their order (each field's default, ``None`` for a required one)
    and the names of its required fields, made once per type."""
    made = _BLANKS.get(kind)
    if made is None:
        if kind.__private_attributes__:
            raise TypeError(f"{kind.__name__} has private attributes: not made by record_of")
        blank = object.__new__(kind)
        for name, field in kind.model_fields.items():  # the order pydantic fills a validated record's dictionary in
            default = None if field.is_required() else field.get_default(call_default_factory=True)
            object.__setattr__(blank, name, default)
        made = _BLANKS[kind] = (blank.__dict__, frozenset(n for n, f in kind.model_fields.items() if f.is_required()))
        if kind not in _COMPACT_SIZE:
            _COMPACT_SIZE[kind] = sys.getsizeof(blank.__dict__)
    return made


_BLANKS: dict[type, tuple[dict[str, Any], frozenset[str]]] = {}


def _fields_set(kind: type[BaseModel], names: tuple[str, ...]) -> set[str]:
    """The one shared set (of :data:`_FIELDS_SETS`) of ``names``, found by the tuple as a maker gave it; the names
    checked against ``kind``'s fields the first time a tuple is seen (a ``TypeError`` for a name that is no field or
    a required field left out)."""
    shared = _BY_NAMES.get((kind, names))
    if shared is None:
        blank, required = _blank(kind)
        given = set(names)
        if not required <= given <= blank.keys():
            raise TypeError(f"{kind.__name__}: fields {sorted(given - blank.keys())} unknown, "
                            f"{sorted(required - given)} missing")
        shared = _BY_NAMES[kind, names] = _FIELDS_SETS.setdefault(frozenset(given), given)
    return shared


_BY_NAMES: dict[tuple[type, tuple[str, ...]], set[str]] = {}
"""The shared set of field names by the model and the tuple of names a maker gave, in its order (a few per call
site)."""


def compacted(record: R) -> R:
    """``record`` if it is compact already (made by :func:`compact_record`, or a ``model_copy`` of one: its set of
    field names is then made the shared one), else its compact copy. Told by the size
    of its dictionary: one made another way is larger (where the interpreter makes none smaller, every record is
    taken as compact, and nothing is copied for nothing).

    >>> from bilingual.document import Mention
    >>> m = Mention(start=3, end=5, text="EU", type="org", lang="en", entity_id=None, score=0.0, method="unlinked",
    ...             reasons=())
    >>> c = compacted(m)
    >>> (c is m, compacted(c) is c, c == m)
    (False, True, True)
    """
    size = _COMPACT_SIZE.get(type(record))
    if size is not None and sys.getsizeof(record.__dict__) <= size:
        _share_fields_set(record)  # a model_copy's: compact, with a set of its own
        return record
    return compact_record(record)
