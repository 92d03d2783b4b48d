"""Organizations that news name without a head word: a general list, and the companies named on a group's name.

``bilingual/data/organizations.tsv`` holds closed, public categories, each listed whole (its header gives the sources
and why): South Korea's large business groups and financial groups, the flagship companies of those groups and the
world's largest companies and brands, international organizations, professional sports clubs, news outlets and
national legislatures; and ``bilingual/data/public_bodies.tsv`` South Korea's public bodies (ministries, agencies and
commissions, public institutions, state-run banks, research institutes, economic organizations) by their full names,
English names and press short forms (금감원, 한전, KEPCO), kind ``public``.
A name in it is an organization unless a locative says it is the place of that name (a club named like its city).
A name that begins with a group's name and goes on (두산에너빌리티, 한화 이글스, "Hyundai Mobis", "Kakao Mobility") is
a company of that group.

>>> known_organization("유니세프"), known_organization("Arsenal"), known_organization("Seoul")
('body', 'club', None)
>>> group_company("두산에너빌리티"), group_company("Kakao Mobility"), group_company("삼성")
('두산', 'Kakao', None)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from bilingual.errors import DataError
from bilingual.files import data_rows

_HANGUL = re.compile("[가-힣]")
KINDS = frozenset({"group", "company", "body", "club", "party", "media", "legislature"})
"""The kinds of :data:`organizations.tsv <bilingual.entities.organizations>` rows."""
PUBLIC = "public"
"""The kind of the names of ``public_bodies.tsv``: South Korea's public bodies, by their full names, English names and
the short forms the press writes without the full name (금감원, 한전, KEPCO)."""


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Every spelling of the list (NFC) and its kind, read once."""
    name = "organizations.tsv"
    out: dict[str, str] = {}
    for number, cols in data_rows(name):
        if len(cols) != 3 or cols[1] not in KINDS or not cols[0].strip():
            raise DataError(f"bilingual/data/{name}, line {number}: expected name, kind ({', '.join(sorted(KINDS))}) "
                            "and spellings")
        for spelling in (cols[0], *cols[2].split(",")):
            spelling = unicodedata.normalize("NFC", spelling.strip())
            if spelling:
                out.setdefault(spelling, cols[1])
    for spelling in public_bodies():
        out.setdefault(spelling, PUBLIC)
    return out


@lru_cache(maxsize=1)
def public_bodies() -> frozenset[str]:
    """The names of ``public_bodies.tsv`` that are looked up (NFC): each body's official Korean name, its English names
    and the short forms of its third column; not those of its fourth, short forms that are also common words or
    names (수은 mercury, 도공 a potter, 한은 = 한 + 은), which a name alone does not make the body's."""
    name = "public_bodies.tsv"
    out: set[str] = set()
    for number, cols in data_rows(name):
        if len(cols) != 4 or not cols[0].strip():
            raise DataError(f"bilingual/data/{name}, line {number}: expected a Korean name, English names, short "
                            "forms and short forms not looked up")
        for spelling in (cols[0], *cols[1].split(","), *cols[2].split(",")):
            spelling = unicodedata.normalize("NFC", spelling.strip())
            if spelling:
                out.add(spelling)
    return frozenset(out)


@lru_cache(maxsize=16384)  # asked of most nouns of a Korean text, the same ones again and again
def known_organization(name: str) -> str | None:
    """The kind of the list's organization ``name`` is (``group``, ``company``, ``body``, ``club``, ``party``,
    ``media``, ``legislature``; ``public`` for a South Korean public body of ``public_bodies.tsv``), or
    ``None``; the words of a Hangul name may be written apart or solid (두산 베어스, 두산베어스)."""
    table = _table()
    kind = table.get(name)
    if kind is None and not name.isascii():
        kind = _solid().get(name.replace(" ", ""))
    return kind


@lru_cache(maxsize=1)
def _solid() -> dict[str, str]:
    return {k.replace(" ", ""): v for k, v in _table().items() if not k.isascii()}


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], frozenset[str]]:
    """The groups' Hangul names (two syllables or more) and Latin names."""
    groups = [k for k, v in _table().items() if v == "group"]
    return (frozenset(g for g in groups if not g.isascii() and len(g) >= 2 and " " not in g),
            frozenset(g for g in groups if g.isascii() and " " not in g))


@lru_cache(maxsize=16384)  # as known_organization
def group_company(name: str) -> str | None:
    """The group whose name ``name`` begins with and goes on from (두산에너빌리티, 한화 이글스, "Samsung SDI",
    "Kakao Mobility"): a company or club of that group; else ``None``."""
    hangul, latin = _groups()
    if name.isascii():
        words = name.split()
        return words[0] if len(words) >= 2 and words[0] in latin and words[1][:1].isupper() else None
    solid = name.replace(" ", "")
    for n in (5, 4, 3, 2):
        if len(solid) >= n + 2 and solid[:n] in hangul:
            return solid[:n]
    return None


@lru_cache(maxsize=1)
def korean_pattern() -> re.Pattern[str]:
    """The list's Hangul names of three letters or more (엘지 트윈스, 바이에른 뮌헨, 국민의힘), the longest that matches
    at a place first: Kiwi splits many of them, and the mentions stage looks for them whole."""
    return re.compile(longest_first_pattern(k for k in _table() if _HANGUL.search(k) and len(k.replace(" ", "")) >= 3))


def longest_first_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest that matches at a place: what the alternation of
    the words sorted longest first matches, written as a trie of their letters (``국민(?:의힘|연금)``), so that the
    engine tries each first letter once rather than every word in turn (2 to 3 times faster on a sentence for the
    list's 240 names).

    >>> longest_first_pattern(["ab", "abcd", "ac"])
    'a(?:b(?:cd)?|c)'
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, Any]) -> str:
        parts = [re.escape(letter) + branches(child) for letter, child in node.items() if letter]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 and "" not in node else "(?:" + "|".join(parts) + ")"
        return body + "?" if "" in node else body  # greedy: the longer word first, then the one that ends here

    return branches(root)
