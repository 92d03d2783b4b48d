"""A small progress line on stderr for long batch runs (shown only on a terminal, or when asked)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """``Progress(total)`` (``None`` when the number of items is not known in advance); call :meth:`advance`
    per item and :meth:`close` at the end."""

    def __init__(self, total: int | None, *, enabled: bool | None = None, stream: TextIO | None = None,
                 interval: float = 0.2) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.failed = 0
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.interval = interval
        self._start = time.monotonic()
        self._last = 0.0

    def advance(self, *, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and (now - self._last >= self.interval or self.done == self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        width = 30
        rate = self.done / max(now - self._start, 1e-9)
        if self.total is None:
            self.stream.write(f"\r{self.done} done ({self.failed} failed, {rate:.1f}/s)")
        else:
            filled = width * self.done // self.total if self.total else width
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                              f"({self.failed} failed, {rate:.1f}/s)")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
