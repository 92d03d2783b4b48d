"""Files to bytes and text: the one place where a path is read, with a coded error when it cannot be.

>>> read_text("no/such/file.txt")
Traceback (most recent call last):
  ...
bilingual.errors.InputError: no/such/file.txt: no such file or directory
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from bilingual.errors import InputError

STDIN = "-"
"""The name that stands for standard input."""
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""The default size limit of one input (64 MiB; ``--max-bytes``): far above any page, below what would take
the machine's memory (a document's record is 10–30 times its text)."""


def decode(data: bytes, source: str) -> str:
    """UTF-8 (a leading BOM is dropped), or an :class:`InputError` naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(source, "invalid_utf8",
                         f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                         "convert the file to UTF-8 first") from None


def read_bytes(source: str | Path) -> bytes:
    """The bytes of a file (or of standard input for ``-``), or an :class:`InputError` saying why not:
    ``not_found``, ``not_a_file`` or ``unreadable``."""
    name = str(source)
    if name == STDIN:
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.exists():
        raise InputError(name, "not_found", "no such file or directory")
    if not path.is_file():
        raise InputError(name, "not_a_file", "not a regular file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(name, "unreadable", f"cannot be read ({exc.strerror or exc})") from None


def read_unchanged(source: str | Path, size: int, mtime_ns: int, *, name: str | None = None) -> bytes:
    """The bytes of a file that must still be the one seen earlier (its size in bytes and modification time in
    nanoseconds, from :func:`os.stat`), or an :class:`InputError` naming it (``name``, else ``source``): ``not_found``
    (gone since), ``not_a_file``, ``unreadable`` (cannot be read, or changed: another size or time before or after the
    read)."""
    name = str(source) if name is None else name
    try:
        handle = open(source, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise InputError(name, "not_found", "no such file or directory (gone since the run listed it)") from None
    except IsADirectoryError:
        raise InputError(name, "not_a_file", "not a regular file") from None
    except OSError as exc:
        raise InputError(name, "unreadable", f"cannot be read ({exc.strerror or exc})") from None
    with handle:
        try:
            before = os.fstat(handle.fileno())
            if not stat.S_ISREG(before.st_mode):
                raise InputError(name, "not_a_file", "not a regular file")
            _check_same(name, before, size, mtime_ns)
            data = handle.read()
            _check_same(name, os.fstat(handle.fileno()), size, mtime_ns)
        except OSError as exc:
            raise InputError(name, "unreadable", f"cannot be read ({exc.strerror or exc})") from None
    if len(data) != size:
        raise InputError(name, "unreadable", f"changed since the run listed it ({size:,} bytes then, {len(data):,} "
                                             "read): not processed; run it again")
    return data


def _check_same(name: str, seen: os.stat_result, size: int, mtime_ns: int) -> None:
    if seen.st_size != size or seen.st_mtime_ns != mtime_ns:
        raise InputError(name, "unreadable", f"changed since the run listed it ({size:,} bytes then, "
                                             f"{seen.st_size:,} now"
                                             + ("" if seen.st_mtime_ns == mtime_ns else ", modified since")
                                             + "): not processed; run it again")


def read_text(source: str | Path) -> str:
    """The UTF-8 text of a file (or of standard input for ``-``); :class:`InputError` if there is none."""
    return decode(read_bytes(source), str(source))


def data_rows(name: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of a tab-separated file of the package's data (``bilingual/data/NAME``), each with its line number;
    blank lines and ``#`` comments left out. Each caller checks its own columns and names the line in its error."""
    text = resources.files("bilingual.data").joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield number, line.split("\t")
