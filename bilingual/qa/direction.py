"""Which side of a review is Korean and which English: as given, or read from the texts.

>>> guess_lang(["조태열 장관이 블링컨 장관을 만났다."]), guess_lang(["Minister Cho met Secretary Blinken."])
('ko', 'en')
>>> decide_direction(["Minister Cho met Secretary Blinken."], ["조태열 장관이 블링컨 장관을 만났다."], None, None)
Direction(source_lang='en', target_lang='ko', detected=True, contradiction=None)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bilingual.document import Lang
from bilingual.lang.route import route

SAMPLE_LINES = 200
"""How many lines (segments) of a side are read to tell its language."""


def guess_lang(texts: Sequence[str]) -> Lang | None:
    """The language the router reads in the first :data:`SAMPLE_LINES` texts of a side: ``"ko"``, ``"en"``,
    or ``None`` when it is neither (empty, or another language)."""
    lang = route("\n".join(texts[:SAMPLE_LINES])).lang
    return lang if lang in ("ko", "en") else None


@dataclass(frozen=True)
class Direction:
    """The languages of a review, whether they were read from the texts, and what contradicts the given ones."""

    source_lang: str
    target_lang: str
    detected: bool
    contradiction: str | None


def decide_direction(sources: Sequence[str], targets: Sequence[str], source_lang: str | None,
                     target_lang: str | None) -> Direction:
    """The given languages, or those the texts are written in where one is not given (Korean to English when
    the texts do not tell); a given language the text of its side contradicts is kept, and said."""
    seen_s, seen_t = guess_lang(sources), guess_lang(targets)
    if seen_s is not None and seen_t is None:
        seen_t = "en" if seen_s == "ko" else "ko"
    if seen_t is not None and seen_s is None:
        seen_s = "en" if seen_t == "ko" else "ko"
    if seen_s == seen_t:
        seen_s, seen_t = None, None  # both sides read as one language: the texts do not tell the direction
    detected = source_lang is None or target_lang is None
    src = source_lang or (seen_s if seen_s and seen_s != target_lang else None) or \
        ("en" if target_lang == "ko" else "ko")
    tgt = target_lang or (seen_t if seen_t and seen_t != src else None) or ("en" if src == "ko" else "ko")
    wrong = [f"the {side} is given as {given!r} but reads as {seen!r}"
             for side, given, seen in (("source", source_lang, seen_s), ("target", target_lang, seen_t))
             if given is not None and seen is not None and given != seen]
    return Direction(src, tgt, detected, "; ".join(wrong) or None)
