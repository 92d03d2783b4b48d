"""Writing output files safely: never over an input, and never half-written.

:func:`atomic_writer` writes to a temporary file in the destination's folder and renames it into place only
when the writing completed, so an interrupted run leaves the previous output as it was. :func:`same_file` and
:func:`check_outputs` refuse an output path that is one of the inputs, by any name (a symlink, a hard link,
``./a/../a``).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_writer(folder / "out.txt") as out:
...     _ = out.write("done\\n")
>>> (folder / "out.txt").read_text()
'done\\n'
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from bilingual.errors import UsageError


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same file: the same resolved path (symlinks followed), or, when both exist,
    the same device and inode (hard links)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def check_outputs(outputs: Iterable[tuple[str, str]], inputs: Iterable[str]) -> None:
    """Refuse (``UsageError``, code ``output_is_input``) an output that is an input or another output.

    ``outputs`` are (option, path) pairs such as ``("--html", "report.html")``; ``inputs`` are paths (``-``,
    standard input, is skipped).
    """
    outputs = [(option, path) for option, path in outputs if path and path != "-"]
    inputs = [path for path in inputs if path != "-"]
    for k, (option, path) in enumerate(outputs):
        for source in inputs:
            if same_file(path, source):
                raise UsageError(f"{option} {path} is the input {source}: refusing to overwrite an input",
                                 code="output_is_input")
        for other_option, other in outputs[:k]:
            if same_file(path, other):
                raise UsageError(f"{option} {path} is the same file as {other_option} {other}",
                                 code="output_is_input")


@contextmanager
def atomic_writer(path: str | os.PathLike[str], *, newline: str | None = None) -> Iterator[TextIO]:
    """A UTF-8 text file to write ``path`` through: a temporary file beside it (hidden, ``.NAME.….tmp``) that
    replaces ``path`` when the ``with`` block ends normally and is removed when it raises (or is interrupted).

    A symlink is written through (its target is replaced), and the folder is created when missing.
    """
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    # O_EXCL: never write through a file that appeared under this name; 0o666 less the umask, like open()
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
