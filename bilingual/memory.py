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
