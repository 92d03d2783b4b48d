"""Whether a line ends like a sentence: the one definition the labelling rules and the learned layer read.

A text **ends like a sentence** when, once the quotation marks and brackets that close it are set aside
(``"”’')]」』》``, and spaces among them), its last character is a sentence's mark:

- a full stop (``.``, ``。``): ``…했다.``, ``The talks began.``, ``“We will sail,” he said.``, ``(…했다.)``;
- a question or an exclamation mark: ``…있습니까?``, ``Can I return it late?``, ``…!``;
- an ellipsis right after a Korean predicate's ``다`` or ``요`` (``곧 착륙합니다…``): the predicate closes the
  sentence, the ellipsis only trails it off.

Not a sentence's end:

- the stop of an abbreviation written with a stop after each of two or more letters (``a.m.``, ``p.m.``, ``U.S.``,
  ``e.g.``): a line cannot tell whether the abbreviation also closes a sentence, and a line that ends so is more
  often a field's value or a time (``Monday-Friday: 9 a.m.-6 p.m.``, ``8:41 p.m.``) or a title (``Yoon Heads to
  U.S.``) than prose; a stop after one letter or a longer word (``Kim J.``, ``No.``, ``Inc.``) is still a full stop;
- any other ellipsis (``…``, ``...``, ``..``): on a scraped page it marks a text cut short (a teaser, a list that
  goes on: ``출석의원(21인) 강수빈 김태오 …``, ``The ministry said the…``), not a sentence closed;
- a figure's decimal point (``3.5``: the line does not end in it); a colon, a comma, a letter, a digit.

``bare_predicate=True`` also takes a Korean predicate's ``다`` or ``요`` closing the line without a mark (``…했다``,
``…해요``): how headlines and some scraped paragraphs end. The rules that tell a Korean paragraph or a menu bar's
last word ask for it; the rest do not.

Only the end of the text is read (its closing marks, then at most a dozen characters): constant time on a line of
any length but its run of closing marks.
"""

from __future__ import annotations

import re

CLOSERS = "\"'”’)]」』》〉"
"""Quotation marks and brackets that may follow a sentence's mark (``…했다.”``, ``(…했다.)``)."""
_CLOSING = CLOSERS + " \t\u3000"
_MARKS = frozenset("?!。")
"""A sentence's marks that are never an abbreviation's (the full stop ``.`` may be one)."""
_ABBREVIATION = re.compile(r"(?:^|[^A-Za-z.])(?:[A-Za-z]\.){2,}$")
"""The stop of an abbreviation with a stop after each of two or more letters, closing the text (a.m., U.S.)."""


def ends_sentence(text: str, *, bare_predicate: bool = False) -> bool:
    """Whether ``text`` ends like a sentence (see the module's docstring): a full stop that is no abbreviation's or
    an ellipsis', a question or an exclamation mark, an ellipsis after a Korean predicate, before any closing
    quotation marks and brackets; with
    ``bare_predicate``, also a Korean ``다`` or ``요`` without a mark.

    >>> ends_sentence("외교부가 밝혔다."), ends_sentence("Can I return it late?"), ends_sentence("9 a.m.-6 p.m.")
    (True, True, False)
    >>> ends_sentence("정부는 대책을 발표했다"), ends_sentence("정부는 대책을 발표했다", bare_predicate=True)
    (False, True)
    """
    core = text.rstrip(_CLOSING)
    if not core:
        return False
    last = core[-1]
    if last in _MARKS:
        return True
    if last == "…" or core.endswith(".."):
        return core.rstrip(".…")[-1:] in ("다", "요")
    if last == ".":
        # perf63: the abbreviation's stops stand two characters apart (``U.S.``); a line whose last stop follows a
        # word's letter or a Korean predicate (most lines of prose) is not searched
        return core[-3:-2] != "." or _ABBREVIATION.search(core[-12:]) is None
    return bare_predicate and last in "다요"
