"""A huge file input sent to a local worker as its path, for the worker to read: the parent never holds its text.

With ``bilingual process -j N`` and ``--engine dask`` on its local cluster, the parent used to read every input and
send its text to the worker (the pool pickles it; Dask's client pickles the task as well): about 5 MB (pool) and 8-9 MB
(Dask) of the parent's memory per input MB. A file input above :data:`PATH_BYTES` bytes (256 KiB) now goes as a
:class:`FileInput` (its path, size, modification time, and whether it holds Hangul, which steers it to a lane with
Kiwi), and the worker reads it (:func:`read_file_input`) as the parent would have: the same decoding and the same
error records (not found, unreadable, not UTF-8, binary). A file that is gone, or whose size or modification time is
not the one the parent saw, gives an error record naming it (``not_found``, ``unreadable``), never a record of a text
other than the one listed. A cluster given by ``--scheduler`` gets texts, as before: its workers may be on other
machines, without the parent's disk.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> page = os.path.join(folder, "page.txt")
>>> _ = open(page, "w", encoding="utf-8").write("서울 Seoul")
>>> item = input_or_path(page, max_bytes=None, above=4)
>>> item.size, item.korean, read_file_input(item).text
(12, True, '서울 Seoul')
>>> os.remove(page)
>>> read_file_input(item).error.code
'not_found'
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass

from bilingual.engines.pool import needs_korean, text_size
from bilingual.errors import InputError
from bilingual.files import STDIN, decode, read_unchanged
from bilingual.formats.inputs import Input, check_text, read_input
from bilingual.text.scripts import has_hangul

PATH_BYTES = 256 * 1024
"""A file input larger than this (256 KiB) goes to a local worker as its path. Chosen, not tuned: a news page is
10-150 KB, so ordinary inputs travel as before (one read, in the parent); from 256 KiB on, the text the parent no
longer holds (5-9 MB of its memory per input MB) is worth the parent's pass over the file for Hangul, and a "1 MB"
input (1,000,000 bytes, below 1 MiB) is one of them."""

BLOCK = 1 << 20
"""The parent looks for Hangul in blocks of this many bytes (never the whole file at once)."""


@dataclass(frozen=True)
class FileInput:
    """A file input that the worker reads: its name as given (which its record and errors carry), and what the parent
    saw of it (its size in bytes, its modification time in nanoseconds, whether it holds Hangul, its absolute path:
    read from there, whatever the worker's working directory)."""

    source: str
    size: int
    mtime_ns: int
    korean: bool
    path: str = ""


def input_or_path(source: str, *, max_bytes: int | None, above: int = PATH_BYTES) -> Input | FileInput:
    """A regular file larger than ``above`` bytes (and within ``max_bytes``) as a :class:`FileInput`; any other
    input read here (:func:`~bilingual.formats.inputs.read_input`, which also gives every error record of a file
    that cannot be opened or is above ``max_bytes``)."""
    if source != STDIN:
        try:
            seen = os.stat(source)
        except OSError:
            seen = None
        if seen is not None and stat.S_ISREG(seen.st_mode) and above < seen.st_size \
                and (max_bytes is None or seen.st_size <= max_bytes):
            korean = file_has_hangul(source)
            if korean is not None:
                return FileInput(source, seen.st_size, seen.st_mtime_ns, korean, os.path.abspath(source))
    return read_input(source, max_bytes=max_bytes)


def file_has_hangul(source: str, block: int = BLOCK) -> bool | None:
    """Whether the file holds a Hangul letter, read a block at a time (stopping at the first); ``None`` when it cannot
    be read (the caller reads it the usual way, for its error). Bytes that are not UTF-8 are skipped: such a file
    is an error record whatever its lane."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="ignore")
    try:
        with open(source, "rb") as handle:
            while data := handle.read(block):
                if has_hangul(decoder.decode(data)):
                    return True
    except OSError:
        return None
    return has_hangul(decoder.decode(b"", final=True))


def read_file_input(item: FileInput) -> Input:
    """In the worker: the input the parent would have read (:func:`~bilingual.formats.inputs.read_input`), from a
    file that must still be the one the parent saw (:func:`~bilingual.files.read_unchanged`); never raises."""
    try:
        text = decode(read_unchanged(item.path or item.source, item.size, item.mtime_ns, name=item.source), item.source)
    except InputError as exc:
        return Input(item.source, None, exc)
    error = check_text(item.source, text)
    return Input(item.source, None, error) if error else Input(item.source, text)


def item_size(item: object) -> int:
    """An item's size for chunking: a :class:`FileInput`'s bytes, else its text's length (:func:`text_size`)."""
    return item.size if isinstance(item, FileInput) else text_size(item)


def item_korean(item: object) -> bool:
    """Whether an item needs Kiwi: a :class:`FileInput`'s Hangul as the parent found it, else
    :func:`needs_korean`."""
    return item.korean if isinstance(item, FileInput) else needs_korean(item)
