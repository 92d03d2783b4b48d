"""Writing JSON Lines records: one per input, a :class:`~bilingual.document.Document` or an
:class:`ErrorRecord` saying which input failed and why. Nothing is dropped.

>>> to_json_line(error_record("a.txt", "not_found", "no such file or directory"))
'{"source":"a.txt","error":{"code":"not_found","message":"no such file or directory"}}\\n'
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from bilingual.document import Document
from bilingual.errors import ErrorCode


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


def to_json_line(record: Document | ErrorRecord) -> str:
    """One compact JSON line; field order is fixed, so equal records give equal bytes."""
    return record.model_dump_json() + "\n"
