"""A small progress line on stderr for long batch runs (shown only on a terminal, or when asked).

It counts inputs; given as a :class:`~bilingual.context.Context` progress hook (:meth:`Progress.within`), it also
moves within one long input, stage by stage:

>>> import io
>>> out = io.StringIO()
>>> bar = Progress(2, enabled=True, stream=out, interval=0)
>>> bar.within("split_sentences", 500, 2000)
>>> out.getvalue().split("] ")[1]
'0/2 (0 failed, 0.0/s) · input 1: split_sentences 25%'
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """``Progress(total)`` (``None`` when the number of items is not known in advance); call :meth:`advance`
    per item and :meth:`close` at the end."""

    INTERVAL = 0.2
    """Seconds between two redraws of the line, by default."""

    def __init__(self, total: int | None, *, enabled: bool | None = None, stream: TextIO | None = None,
                 interval: float | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.failed = 0
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.interval = self.INTERVAL if interval is None else interval
        self._start = time.monotonic()
        self._last = 0.0
        self._within: tuple[str, int, int] | None = None  # how far the stages are through the current input
        self._width = 0  # of the line drawn last, to blank what a shorter line leaves

    def advance(self, *, failed: bool = False) -> None:
        self.done += 1
        self._within = None
        self.failed += failed
        now = time.monotonic()
        if self.enabled and (now - self._last >= self.interval or self.done == self.total):
            self._last = now
            self._draw(now)

    def within(self, stage: str, done: int, total: int) -> None:
        """The stage ``stage`` has got ``done`` characters through the current input of ``total`` (the hook a
        :class:`~bilingual.context.Context` is given, so that the line moves during one long input)."""
        self._within = (stage, done, total)
        now = time.monotonic()
        if self.enabled and now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        width = 30
        rate = self.done / max(now - self._start, 1e-9)
        if self.total is None:
            line = f"{self.done} done ({self.failed} failed, {rate:.1f}/s)"
        else:
            filled = width * self.done // self.total if self.total else width
            line = (f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                    f"({self.failed} failed, {rate:.1f}/s)")
        if self._within is not None:
            stage, done, total = self._within
            line += f" · input {self.done + 1}: {stage} {100 * done // max(total, 1)}%"
        self.stream.write("\r" + line.ljust(self._width))
        self._width = len(line)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
