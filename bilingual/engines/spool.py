"""A huge record carried from a worker to the writer through a file, never whole in memory (issue 12, items 2 and 4).

A worker of ``bilingual process -j N`` (or of the Dask engine's local cluster) writes a record's pieces
(:func:`~bilingual.formats.records.json_pieces`) with :func:`spool_pieces`: a record of at most
:data:`SPOOL_BYTES` comes back as its bytes, as before; a larger one is written, a piece at a time, to a new file in
the run's spool directory and comes back as a :class:`Spooled` (its path and size), a few bytes to pickle. The
writer copies it to the output a block at a time in input order (:func:`copy_spooled`) and removes it. So neither
the worker nor the parent ever holds a huge record whole, and the parent receives no record larger than
:data:`SPOOL_BYTES`.

The conventions that keep every input accounted for exactly once:

- A spooled file is complete before anyone can see its name: the worker returns its :class:`Spooled` only after the
  last piece is written and the file closed. If making a piece raises, the file is removed and the exception goes to
  the caller (which writes the input's error record instead). A worker killed half-way never returns the name: its
  retry writes a file of its own, and the half file is left in the spool directory, which
  :func:`spool_directory` removes on every way out (with any record never copied, as when the run is interrupted).
- :func:`copy_spooled` checks the file's size before it writes a byte, and removes the file once copied (or when
  copying fails).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

SPOOL_BYTES = 1 << 20
"""A record up to this many bytes (a news page's is about 140 KB) travels as its bytes; a larger one in a file."""
COPY_BYTES = 1 << 20
"""A spooled record is copied to the output this many bytes at a time."""


@dataclass(frozen=True)
class Spool:
    """Where a worker writes the records larger than ``limit`` bytes: an existing directory of the run's."""

    directory: str
    limit: int = SPOOL_BYTES


@dataclass(frozen=True)
class Spooled:
    """A record written complete to the file at ``path`` (``size`` bytes, its newline included)."""

    path: str
    size: int


def spool_pieces(pieces: Iterable[bytes], spool: Spool) -> bytes | Spooled:
    """The pieces joined, while they come to at most ``spool.limit`` bytes; else written in order, as they come, to a
    new file in ``spool.directory`` (the pieces held before the limit was passed go first), as a :class:`Spooled`.
    If a piece cannot be made (the iterator raises) or written, the file is removed and the exception raised."""
    held: list[bytes] = []
    size = 0
    rest = iter(pieces)
    for piece in rest:
        held.append(piece)
        size += len(piece)
        if size > spool.limit:
            break
    else:
        return b"".join(held)
    fd, path = tempfile.mkstemp(prefix="record-", suffix=".jsonl", dir=spool.directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.writelines(held)
            held.clear()
            for piece in rest:
                f.write(piece)
                size += len(piece)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return Spooled(path, size)


def copy_spooled(record: Spooled, write: Callable[[bytes], object], block: int = COPY_BYTES) -> None:
    """Write a spooled record's bytes with ``write``, ``block`` bytes at a time, and remove its file (also when
    copying fails). A file whose size is not the record's is refused (``OSError``) before anything is written."""
    try:
        with open(record.path, "rb") as f:
            found = os.fstat(f.fileno()).st_size
            if found != record.size:
                raise OSError(f"{record.path}: a spooled record of {record.size} bytes has {found}")
            while data := f.read(block):
                write(data)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(record.path)


@contextlib.contextmanager
def spool_directory(near: str | None = None, limit: int | None = None) -> Iterator[Spool]:
    """A new spool directory for one run, in the directory ``near`` (the output's, so that the records are on its
    disk), or in the system's temporary directory (``TMPDIR``), for records above ``limit`` bytes (default
    :data:`SPOOL_BYTES`); removed, with whatever is left in it, on every way out."""
    with tempfile.TemporaryDirectory(prefix=".bilingual-spool-", dir=near, ignore_cleanup_errors=True) as directory:
        yield Spool(os.path.abspath(directory), SPOOL_BYTES if limit is None else limit)
