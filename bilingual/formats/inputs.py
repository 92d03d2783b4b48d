"""Reading inputs: paths (files, directories, ``-``) to texts, or the reason an input has none.

Never raises for a bad input: one input gives one :class:`Input`, with its text or its error, so that the
batch path can write a record for every input (:mod:`bilingual.formats.records`).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bilingual.errors import InputError
from bilingual.files import STDIN, read_text


@dataclass(frozen=True)
class Input:
    """One input: where it came from, and its text or the reason it has none."""

    source: str
    text: str | None
    error: InputError | None = None


def expand_paths(paths: Iterable[str], *, pattern: str = "*.txt") -> Iterator[str]:
    """Files as given; directories as their files matching ``pattern`` (recursively, sorted,
    hidden ones skipped). A named file is always taken, whatever its name."""
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
            yield from sorted(found)
        else:
            yield raw


def read_input(source: str) -> Input:
    """Read one path (or ``-`` for standard input); never raises for a bad input."""
    try:
        return Input(source, read_text(source))
    except InputError as exc:
        return Input(source, None, exc)
