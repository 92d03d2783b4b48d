"""Reading inputs: paths (files, directories, ``-``) and JSON Lines record files to texts, or the reason an
input has none.

Never raises for a bad input: one input gives one :class:`Input`, with its text or its error, so that the
batch path can write a record for every input (:mod:`bilingual.formats.records`).

>>> read_input("no/such/page.txt").error.code
'not_found'
>>> [(i.source, i.text, i.meta) for i in parse_records(['{"id": 7, "body": "Hi", "url": "u"}'], "dump.jsonl",
...                                                   text_field="body", id_field="id")]
[('7', 'Hi', {'url': 'u'})]
"""

from __future__ import annotations

import fnmatch
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilingual.errors import InputError
from bilingual.files import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES  # perf54: defined in files.py, for api.py
from bilingual.files import STDIN, read_bytes, read_text


@dataclass(frozen=True)
class Input:
    """One input: where it came from, and its text or the reason it has none. ``meta`` holds the other
    fields of a JSON Lines record, passed through to its output record."""

    source: str
    text: str | None
    error: InputError | None = None
    meta: dict[str, Any] | None = None


def expand_paths(paths: Iterable[str], *, pattern: str = "*.txt",
                 on_empty: Callable[[str], None] | None = None) -> Iterator[str]:
    """Files as given; directories as their files matching ``pattern`` (recursively, sorted,
    hidden ones skipped). A named file is always taken, whatever its name. ``on_empty`` is called with each
    named directory that holds no matching file (so that the caller can say so: it adds no input)."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(root, f) for f in files
                          if not f.startswith(".") and fnmatch.fnmatch(f, pattern)]
            if not found and on_empty is not None:
                on_empty(raw)
            yield from sorted(found)
        else:
            yield raw


def check_text(source: str, text: str, *, max_chars: int | None = None) -> InputError | None:
    """Why ``text`` must not be processed as a page, or ``None``: longer than ``max_chars`` (``too_large``), or
    holding a NUL character, which no text file has and every binary one does (``binary``)."""
    if max_chars is not None and len(text) > max_chars:
        return InputError(source, "too_large", f"{len(text):,} characters, above the limit of {max_chars:,}")
    if "\x00" in text:
        return InputError(source, "binary", f"a NUL character at offset {text.index(chr(0))}: binary data, "
                                            "not text")
    return None


def read_input(source: str, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Input:
    """Read one path (or ``-`` for standard input); never raises for a bad input. A file above ``max_bytes``
    is refused before it is read (``too_large``)."""
    try:
        if max_bytes is not None and source != STDIN:
            size = _size(source)
            if size is not None and size > max_bytes:
                raise InputError(source, "too_large", f"{size:,} bytes, above the limit of {max_bytes:,} "
                                                      "(--max-bytes)")
        text = read_text(source)
    except InputError as exc:
        return Input(source, None, exc)
    if max_bytes is not None and source == STDIN and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        return Input(source, None, InputError(source, "too_large", f"above the limit of {max_bytes:,} bytes"))
    error = check_text(source, text)
    return Input(source, None, error) if error else Input(source, text)


def _size(source: str) -> int | None:
    try:
        return os.stat(source).st_size if os.path.isfile(source) else None
    except OSError:
        return None


def parse_records(lines: Iterable[str | bytes], source: str, *, text_field: str = "text", id_field: str | None = None,
                  max_chars: int | None = None) -> Iterator[Input]:
    """One :class:`Input` per non-blank line of a JSON Lines record file: the text is ``record[text_field]``,
    the source ``record[id_field]`` (or ``FILE:LINE``), and the other fields are passed through as ``meta``.
    A line that is not such a record gives an ``invalid_record`` error naming the file and line; a line of
    bytes that is not UTF-8, ``invalid_utf8``."""
    for number, raw in enumerate(lines, 1):
        where = f"{source}:{number}"
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Input(where, None, InputError(where, "invalid_utf8", f"not valid UTF-8 (byte "
                                                    f"0x{raw[exc.start]:02x} at offset {exc.start} of the line)"))
                continue
        else:
            line = raw
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Input(where, None, InputError(where, "invalid_record", f"not JSON ({exc})"))
            continue
        if not isinstance(record, dict):
            yield Input(where, None, InputError(where, "invalid_record", "not a JSON object"))
            continue
        name = where
        if id_field is not None:
            key = record.get(id_field)
            if isinstance(key, str | int) and not isinstance(key, bool):
                name = str(key)
            else:
                yield Input(where, None, InputError(where, "invalid_record",
                                                    f"no {id_field!r} field holding a string or an integer"))
                continue
        text = record.get(text_field)
        meta = {k: v for k, v in record.items() if k not in (text_field, id_field)}
        if not isinstance(text, str):
            found = "missing" if text_field not in record else f"a {type(text).__name__}, not a string"
            yield Input(name, None, InputError(name, "invalid_record", f"{where}: field {text_field!r} is {found}"),
                        meta)
            continue
        error = check_text(name, text, max_chars=max_chars)
        yield Input(name, None, error, meta) if error else Input(name, text, None, meta)


def read_records(source: str, *, text_field: str = "text", id_field: str | None = None,
                 max_bytes: int | None = DEFAULT_MAX_BYTES) -> Iterator[Input]:
    """The records of a JSON Lines file (or ``-``), read line by line (:func:`parse_records`); a file that
    cannot be opened gives one error input. ``max_bytes`` limits each record's text."""
    if source == STDIN:
        yield from parse_records(sys.stdin.buffer, source, text_field=text_field, id_field=id_field,
                                 max_chars=max_bytes)
        return
    try:
        if not os.path.isfile(source):
            read_bytes(source)  # raises the coded error: not_found, not_a_file
        handle = open(source, "rb")  # noqa: SIM115
    except InputError as exc:
        yield Input(source, None, exc)
        return
    except OSError as exc:
        yield Input(source, None, InputError(source, "unreadable", f"cannot be read ({exc.strerror or exc})"))
        return
    with handle:
        yield from parse_records(handle, source, text_field=text_field, id_field=id_field, max_chars=max_bytes)
