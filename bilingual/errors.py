"""The one catalogue of errors a user can see: every code, what it means, and the exception that carries it.

Library errors are :class:`BilingualError` subclasses with a ``code`` from :data:`ERROR_CODES` and a
one-line message that names the input (file, line, field). They pickle with all their fields, so they
cross process boundaries intact. Anything else that escapes the library is a bug.

>>> error = InputError("page.txt", "invalid_utf8", "not valid UTF-8 (byte 0xff at offset 3)")
>>> str(error), error.code
('page.txt: not valid UTF-8 (byte 0xff at offset 3)', 'invalid_utf8')
"""

from __future__ import annotations

from typing import Literal, get_args

ErrorCode = Literal[
    # inputs (files, standard input)
    "not_found", "not_a_file", "unreadable", "invalid_utf8",
    # translators' files
    "malformed_xml", "unsafe_xml", "unknown_format", "unsupported_tmx", "invalid_segment",
    "line_count_mismatch",
    # knowledge bases and bundled data
    "invalid_kb", "invalid_data",
    # arguments of a call
    "not_a_name",
    # review profiles
    "invalid_profile",
    # the command line
    "usage", "output_is_input",
    # batch inputs that are not texts, or that the batch path could not finish
    "not_text", "binary", "too_large", "invalid_record", "worker_died",
    # a record the batch path wrote for an input whose processing raised
    "processing_failed",
]

ERROR_CODES: dict[ErrorCode, str] = {
    "not_found": "the input file or directory does not exist",
    "not_a_file": "the input exists but is not a regular file (a directory given where a file is needed, a device)",
    "unreadable": "the input exists but cannot be read (permissions, I/O error)",
    "invalid_utf8": "the input is not valid UTF-8 text; the message gives the first bad byte",
    "malformed_xml": "an XLIFF or TMX file is not well-formed XML; the message gives the line and column",
    "unsafe_xml": "an XML file declares entities or external references, which are refused",
    "unknown_format": "an XML file whose root element is neither <xliff> nor <tmx>",
    "unsupported_tmx": "a TMX file in which the two languages to review cannot be chosen; the message names the "
                       "languages the file holds",
    "invalid_segment": "a unit of a translator's file is inconsistent: segment mids that do not match between "
                       "seg-source and target, unbalanced paired codes, a code id used twice, a TMX <tuv> without "
                       "<seg>; the message names the unit",
    "line_count_mismatch": "two aligned plain-text files with different numbers of lines",
    "invalid_kb": "a knowledge-base file or record is invalid; the message names the file or record, line and field",
    "invalid_data": "a data table is malformed; the message names the file and line",
    "not_a_name": ("text given as one Korean personal name is not one (not Hangul syllables, two names, a name with "
                   "씨 or a title after it)"),
    "invalid_profile": "a review profile (--profile) is not valid TOML, or has an unknown key or a value that is not "
                       "true/false; the message names the file and line",
    "usage": "the command line or the arguments of a call are not valid",
    "output_is_input": "an output path names one of the command's inputs (or another output), by any path, "
                       "symlink or hard link: refused, so that no input is overwritten",
    "not_text": "a batch item is not a text (None, bytes, a number, …); decode bytes to str first",
    "binary": "an input holds a NUL character, which text never has: binary data, not a page",
    "too_large": "an input is longer than the size limit (--max-bytes, max_chars=); raise the limit to process it",
    "invalid_record": "a line of a JSON Lines record input is not a JSON object with the text field as a string",
    "worker_died": "the worker process holding the input died (killed, out of memory) on the first try and on "
                   "the retry on a fresh worker",
    "processing_failed": "processing an input raised an unexpected error (a bug: please report it with the input)",
}
"""Every error code a user can see, with its meaning (``docs/errors.md`` prints this table)."""

assert set(ERROR_CODES) == set(get_args(ErrorCode)), "every error code has a meaning, and only those"


class BilingualError(Exception):
    """Base class of the errors raised by ``bilingual`` on purpose: ``code`` (see :data:`ERROR_CODES`) and a
    message a user can act on."""

    code: ErrorCode = "usage"

    def __init__(self, message: str, *, code: ErrorCode | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[BilingualError], args: tuple[object, ...], state: dict[str, object]) -> BilingualError:
    """An error as it was pickled, without calling its ``__init__`` (whose arguments differ by class)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InputError(BilingualError):
    """An input could not be read (missing, unreadable, invalid UTF-8, malformed XML, …). ``source`` names it."""

    def __init__(self, source: str, code: ErrorCode, message: str) -> None:
        super().__init__(message, code=code)
        self.args = (f"{source}: {message}",)
        self.source = source


class DataError(BilingualError):
    """A bundled or user-supplied data table is malformed; the message names the file and line."""

    code: ErrorCode = "invalid_data"


class KBError(DataError):
    """A knowledge-base file or record is invalid; the message names the file (or record), line and field."""

    code: ErrorCode = "invalid_kb"


class UsageError(BilingualError):
    """A command-line option or argument that cannot be used (the CLI exits with status 2)."""

    code: ErrorCode = "usage"


class NotANameError(BilingualError, ValueError):
    """Text given as one Korean personal name is not one (``romanize_name``, ``bilingual romanize --name``). A
    ``ValueError`` too, as the argument of the call is what is wrong."""

    code: ErrorCode = "not_a_name"


class WorkerDied(BilingualError):
    """The worker process holding an input died twice (on the first try and on the retry on a fresh worker)."""

    code: ErrorCode = "worker_died"

    def __init__(self, source: str) -> None:
        super().__init__(f"{source}: the worker process died while processing it (killed or out of memory), "
                         "twice", code="worker_died")
        self.source = source


class NotTextError(InputError, TypeError):
    """A batch item that is not a text (``None``, bytes, a number): code ``not_text``. It is also a
    :class:`TypeError`, as it always was for :func:`bilingual.process`."""

    def __init__(self, source: str, found: object) -> None:
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(found, bytes | bytearray) else ""
        super().__init__(source, "not_text", f"needs text as str, not {type(found).__name__}{hint}")
