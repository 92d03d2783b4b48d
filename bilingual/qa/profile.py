"""A review profile: which checks run, read from a TOML file (``bilingual review --profile qa.toml``).

.. code-block:: toml

    # qa.toml: every check runs unless switched off here
    [checks]
    spacing = false
    repeated-word = false

The keys of ``[checks]`` are finding codes (:data:`bilingual.document.SEVERITY`), the values ``true`` or
``false``. Anything else — an unknown key or table, a value that is not a boolean, a file that is not TOML —
is a :class:`ProfileError` naming the file and line.

>>> profile = parse_profile("[checks]\\nspacing = false\\n", "qa.toml")
>>> profile.enabled("spacing"), profile.enabled("number-mismatch")
(False, True)
>>> parse_profile("[checks]\\nspelling = false\\n", "qa.toml")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
bilingual.qa.profile.ProfileError: qa.toml: line 2: unknown check 'spelling' (known: ...)
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from bilingual.document import SEVERITY
from bilingual.errors import InputError
from bilingual.files import read_text
from bilingual.qa.result import Review


class ProfileError(InputError):
    """A profile file that cannot be used; the message names the file and line."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(source, "invalid_profile", message)


@dataclass(frozen=True)
class Profile:
    """The finding codes switched off (every other check runs)."""

    disabled: frozenset[str] = frozenset()

    def enabled(self, code: str) -> bool:
        return code not in self.disabled

    def apply(self, review: Review) -> Review:
        """The review without the findings of the checks switched off."""
        if not self.disabled:
            return review
        return review.model_copy(update={"findings": tuple(f for f in review.findings if self.enabled(f.code))})


def load_profile(path: str | Path) -> Profile:
    """Read a profile file (UTF-8 TOML)."""
    return parse_profile(read_text(path), str(path))


def parse_profile(text: str, source: str = "<profile>") -> Profile:
    """A profile from the text of a TOML file; ``source`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(source, f"not valid TOML: {e}") from None
    for key in data:
        if key != "checks":
            raise ProfileError(source, f"line {_line(text, key)}: unknown key {key!r} (a profile has only [checks])")
    checks = data.get("checks", {})
    if not isinstance(checks, dict):
        raise ProfileError(source, f"line {_line(text, 'checks')}: 'checks' must be a table")
    disabled: set[str] = set()
    for code, value in checks.items():
        if code not in SEVERITY:
            raise ProfileError(source, f"line {_line(text, code)}: unknown check {code!r} "
                                       f"(known: {', '.join(SEVERITY)})")
        if not isinstance(value, bool):
            raise ProfileError(source, f"line {_line(text, code)}: {code} must be true or false, not {value!r}")
        if not value:
            disabled.add(code)
    return Profile(frozenset(disabled))


def _line(text: str, key: str) -> int:
    """The line where ``key`` is defined (as a key or a table), for messages; 1 if it cannot be told."""
    pattern = re.compile(rf"^\s*(?:\[\s*)?[\"']?{re.escape(key)}[\"']?\s*(?:=|\]|\.)")
    return next((n for n, line in enumerate(text.splitlines(), 1) if pattern.match(line)), 1)
