"""Errors the library raises on purpose, each with a message a user can act on."""

from __future__ import annotations


class BilingualError(Exception):
    """Base class of the errors raised by ``bilingual``."""


class InputError(BilingualError):
    """An input could not be read as text (unreadable file, invalid UTF-8, ...)."""

    def __init__(self, source: str, code: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.code = code
        self.message = message


class DataError(BilingualError):
    """A bundled or user-supplied data file is malformed; the message names the file and line."""
