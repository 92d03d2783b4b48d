"""One capitalized Latin word inside an English sentence kept as a name of unknown kind (issue 14, mentions26).

The English path drops a one-word candidate that neither the KB nor any evidence types: at the start of a sentence
a capital says nothing ("Officials said", "Heavy rain forced"). Inside a sentence, after a word in lower case or a
number, a capital is the writer's mark of a name ("on Steam", "the Line messenger", "its Taobao platform"): such a
word is kept, typed ``other`` (nothing says more), unless it is a word that English capitalizes without naming
anything (months and days, languages and nationalities, ``I``) or the sentence is a title-case headline.
"""

from __future__ import annotations

import re

from bilingual.entities.gazetteer import ENGLISH_NOT_PLACES, demonym
from bilingual.entities.name_spans import NameSpan

_WORD = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:['’]s)?")
"""One word of letters with a capital first and a small letter in it (Steam, KakaoTalk, McLaren; Kroger's): not an
acronym (those are typed by the gazetteer), not a code with digits."""
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)(?:[a-z][a-z'’-]*|\d[\d,.]*)\s$")
"""The word right before: in lower case or a number, written apart (so the capital does not open a sentence, a line
or a quotation)."""
LONE_NAME = "one capitalized word inside a sentence, after a word in lower case: a name of unknown kind"
"""The reason a kept word carries (the last pass over coordinated names drops other one-word English names)."""
_INSIDE_A_NAME = re.compile(r"(?:^|\s)[A-Z]\S*\s(?:of|the|for|and|de|del|della|di|da|do|dos|das|des|du|la|le|"
                            r"van|von|der|den|y|e|bin|ibn)\s$")
"""A capitalized word and a connector right before: the word ends a longer name ("the Parc des Princes", "Bank of
Korea and Woori"), which the other rules read whole or not at all."""
_NOT_NAMES = frozenset("I I'm I've I'd I'll Internet Web Mr Mrs Ms Dr OK Okay Sir Madam God".split())
"""Words English capitalizes inside a sentence without naming anything a reviewer checks."""


def lone_latin_name(text: str, c: NameSpan) -> bool:
    """Whether the one-word English candidate ``c`` (unknown to the KB, no evidence of a kind) is kept as a name:
    a capitalized word inside the sentence, after a word in lower case or a number."""
    if c.lang != "en" or c.headline or c.shouting or c.title is not None:
        return False
    word = text[c.start:c.end]
    if _WORD.fullmatch(word) is None:
        return False
    bare = re.sub(r"['’]s$", "", word)
    if bare in ENGLISH_NOT_PLACES or bare in _NOT_NAMES or demonym(bare):
        return False
    start = max(0, c.start - 40)
    return _LOWER_WORD_BEFORE.search(text, start, c.start) is not None \
        and _INSIDE_A_NAME.search(text, start, c.start) is None
