"""Writing JSON Lines records: one per input, a :class:`~bilingual.document.Document` or an
:class:`ErrorRecord` saying which input failed and why. Nothing is dropped.

>>> to_json_line(error_record("a.txt", "not_found", "no such file or directory"))
'{"source":"a.txt","error":{"code":"not_found","message":"no such file or directory"}}\\n'
>>> from bilingual.errors import NotTextError
>>> record_for_error("item 3", NotTextError("item 3", None)).error.message
'needs text as str, not NoneType'

A record can leave out the bulky fields (``--compact``, ``--fields``): it is still a valid ``Document``
(left-out fields read back as empty).

>>> sorted(DOCUMENT_FIELDS - PROFILES["compact"])
['runs', 'sentences', 'tokens']
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import pydantic_core
from pydantic import BaseModel, ConfigDict, TypeAdapter

from bilingual.columns import RecordStore
from bilingual.document import Document
from bilingual.errors import BilingualError, ErrorCode
from bilingual.tokens import TokenStore


class ErrorDetail(BaseModel):
    """Why an input has no document: a code from :data:`bilingual.errors.ERROR_CODES` and a message."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    code: ErrorCode
    message: str


class ErrorRecord(BaseModel):
    """The record written in place of a document for an input that could not be processed."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    source: str
    error: ErrorDetail


def error_record(source: str, code: ErrorCode, message: str) -> ErrorRecord:
    return ErrorRecord(source=source, error=ErrorDetail(code=code, message=message))


def record_for_error(source: str, error: BaseException) -> ErrorRecord:
    """The error record of an input whose processing raised ``error``: a library error keeps its code and
    message; anything else is ``processing_failed`` (a bug)."""
    if isinstance(error, BilingualError):
        return error_record(source, error.code, error.message)
    return error_record(source, "processing_failed", f"processing failed: {type(error).__name__}: {error}")


DOCUMENT_FIELDS = frozenset(Document.model_fields)
REQUIRED_FIELDS = frozenset(name for name, info in Document.model_fields.items() if info.is_required())
PROFILES: dict[str, frozenset[str]] = {
    "full": DOCUMENT_FIELDS,
    "compact": DOCUMENT_FIELDS - {"tokens", "runs", "sentences"},
}
"""Named field sets: ``full`` (the default record) and ``compact`` (no tokens, runs or sentences: 40–50 %
of the full record on the fixture pages)."""


def check_fields(fields: Iterable[str]) -> frozenset[str]:
    """The fields to write: ``fields`` plus the required ones (``id``, ``original_text``, ``text``); an
    unknown name is a :class:`ValueError` listing the known ones."""
    chosen = frozenset(fields)
    unknown = chosen - DOCUMENT_FIELDS
    if unknown:
        raise ValueError(f"unknown document field(s) {', '.join(sorted(unknown))}; the fields are "
                         + ", ".join(Document.model_fields))
    return chosen | REQUIRED_FIELDS


def to_json_line(record: Document | ErrorRecord, *, fields: frozenset[str] | None = None,
                 meta: dict[str, Any] | None = None) -> str:
    """One compact JSON line; field order is fixed, so equal records give equal bytes. ``fields`` keeps only
    those fields of a document; ``meta`` (the other fields of a JSON Lines input record) is added last, under
    ``"meta"``."""
    if isinstance(record, Document) and fields is not None and fields != DOCUMENT_FIELDS:
        line = record.model_dump_json(include=set(fields))
    else:
        line = record.model_dump_json()
    if meta:
        line = line[:-1] + ('"meta":' if line == "{}" else ',"meta":') + _meta_json(meta).decode("utf-8") + "}"
    return line + "\n"


def to_json_bytes(record: Document | ErrorRecord, *, fields: frozenset[str] | None = None,
                  meta: dict[str, Any] | None = None) -> bytes:
    """:func:`to_json_line` encoded in UTF-8, the same bytes, built as bytes: pydantic writes JSON as UTF-8, so the
    line never goes through ``str`` (for a batch, a record made in a worker then crosses to the parent and is
    written without being decoded and encoded again: about 60 MB a thousand pages)."""
    return json_body(record, fields=fields, meta=meta) + b"\n"


def only_fields(doc: Document, fields: frozenset[str] | None) -> Document:
    """``doc`` holding only ``fields`` (all of them when None; the others at their defaults, nothing validated
    again): what a record of those fields is written from, so that a caller done with the whole document can let
    the rest go before the record is made (``--compact`` leaves out tokens, runs and sentences, most of a huge
    document)."""
    if fields is None or fields == DOCUMENT_FIELDS:
        return doc
    return Document.model_construct(**{name: getattr(doc, name) for name in fields})


def json_body(record: Document | ErrorRecord, *, fields: frozenset[str] | None = None,
              meta: dict[str, Any] | None = None) -> bytes:
    """:func:`to_json_bytes` without its newline. Adding the newline copies the record's bytes; a caller that holds
    the document only to write it can let it go first. ``bilingual process`` writing to a file does not build the
    line at all: it writes :func:`json_pieces` (the same bytes)."""
    serializer = type(record).__pydantic_serializer__
    if isinstance(record, Document) and fields is not None and fields != DOCUMENT_FIELDS:
        line = serializer.to_json(record, include=set(fields))
    else:
        line = serializer.to_json(record)
    if meta:
        extra = _meta_json(meta)
        line = line[:-1] + (b'"meta":' if line == b"{}" else b',"meta":') + extra + b"}"
    return line


_SURROGATE = re.compile("[\ud800-\udfff]")


def _meta_json(meta: dict[str, Any]) -> bytes:
    """``meta`` as compact JSON in UTF-8, other characters as they are; a lone surrogate (from a ``\\ud800`` escape in
    a JSON Lines input: no UTF-8 can hold it) written as the same escape, so the field reads back as it was given."""
    text = json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


PIECE_ITEMS = 1024
"""Items of a tuple field (tokens, runs, sentences, mentions, ...) written as one piece by :func:`json_pieces`."""
PIECE_CHARS = 1 << 16
"""Characters of a text field written as one piece by :func:`json_pieces`."""


@functools.cache
def _field_adapter(name: str) -> TypeAdapter[Any]:
    """The serializer of one field of :class:`Document` on its own (a tuple of records, or the tokens)."""
    annotation: Any = Document.model_fields[name].rebuild_annotation()  # with its metadata (the tokens' schema)
    return TypeAdapter(annotation)


def json_pieces(record: Document | ErrorRecord, *, fields: frozenset[str] | None = None,
                meta: dict[str, Any] | None = None) -> Iterator[bytes]:
    """:func:`to_json_bytes` in pieces, in order: joined, they are its bytes (newline included). A document's long
    fields are serialized a slice at a time (:data:`PIECE_ITEMS` tokens, runs, sentences, mentions ...;
    :data:`PIECE_CHARS` characters of a text), each by pydantic as the whole record's serializer writes it, and the
    rest one field at a time: written as they come, a huge document's record never exists whole (nor its copies
    for ``meta`` and the newline). ``meta`` is encoded before the first piece, so that a ``meta`` that cannot be
    written fails before anything is."""
    extra = _meta_json(meta) if meta else None
    if not isinstance(record, Document):
        yield to_json_bytes(record, meta=meta)
        return
    serializer = Document.__pydantic_serializer__
    whole = fields is None or fields == DOCUMENT_FIELDS
    first = True
    for name in Document.model_fields:
        if not whole and name not in fields:  # type: ignore[operator]
            continue
        yield (b'{"' if first else b',"') + name.encode("ascii") + b'":'
        first = False
        value = getattr(record, name)
        if isinstance(value, str) and len(value) > PIECE_CHARS:  # escaped a character at a time: sliced freely
            for start in range(0, len(value), PIECE_CHARS):
                piece = pydantic_core.to_json(value[start:start + PIECE_CHARS])
                yield (b'"' if start == 0 else b"") + piece[1:-1]
            yield b'"'
            continue
        if isinstance(value, tuple | TokenStore | RecordStore) and len(value) > PIECE_ITEMS:
            adapter = _field_adapter(name)
            for start in range(0, len(value), PIECE_ITEMS):
                piece = adapter.dump_json(value[start:start + PIECE_ITEMS])
                yield (b"[" if start == 0 else b",") + piece[1:-1]
            yield b"]"
            continue
        one = serializer.to_json(record, include={name})  # {"name":value}
        yield one[len(name) + 4:-1]
    if first:
        yield b"{"
    if extra is not None:
        yield (b'"meta":' if first else b',"meta":') + extra
    yield b"}\n"
