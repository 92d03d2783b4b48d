"""Memory habits shared by the hot paths.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block, then restore its state.

    A processed page, or a translators' file read into segments, is tens of thousands to millions of small
    acyclic objects; the collector's repeated scans of them cost up to 30 % of a run and made the time per unit
    grow with the size of a file (docs/performance.md). Reference counting still frees everything as usual;
    only the cycle search waits until the end.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
