"""One capitalized Latin word inside an English sentence kept as a name of unknown kind (issue 14, mentions26).

The English path drops a one-word candidate that neither the KB nor any evidence types: at the start of a sentence
a capital says nothing ("Officials said", "Heavy rain forced"). Inside a sentence, after a word in lower case or a
number, a capital is the writer's mark of a name ("on Steam", "the Line messenger", "its Taobao platform"): such a
word is kept, typed ``other`` (nothing says more), unless it is a word that English capitalizes without naming
anything (months and days, languages and nationalities, ``I``) or the sentence is a title-case headline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingual.entities.gazetteer import ENGLISH_NOT_PLACES, demonym
from bilingual.entities.name_spans import NameSpan
from bilingual.names.titles import title_prefix
from bilingual.text.scripts import script_counts

_WORD = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:['’]s)?")
"""One word of letters with a capital first and a small letter in it (Steam, KakaoTalk, McLaren; Kroger's): not an
acronym (those are typed by the gazetteer), not a code with digits."""
_LETTERS = re.compile(r"[^\W\d_]+(?:['’]s)?")
"""The same for a word with Latin letters beyond ASCII (Łódź, Ørsted, Ísafjörður: mentions45), whose case and script
are then read letter by letter (:func:`_latin_word`)."""
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)(?:[a-z][a-z'’-]*|\d(?:[\d,.]*\d)?|[A-Z][\w&.-]*(?:['’]s|s['’]))\s$")
"""The word right before: in lower case or a number, or a capitalized name in the possessive ("Celltrion's
Zymfentra", "Novartis' Xolair": a maker's product, a country's site; mentions71), written apart (so the capital does
not open a sentence, a line or a quotation)."""
REPORTING_CLAUSE = re.compile(r"\s(?:said|says|told|reported|added)\b")
"""The verb of a reporting clause right after its source's name (", Oxfam said."; mentions73)."""
CLAUSE_BEFORE = re.compile(r"(?:,|—|--)\s(?:the\s)?$")
"""A comma or a dash (and "the") right before a name: the start of a reporting clause after a quote or a report
(", Unifor said."), where a capital opens no sentence."""
LONE_NAME = "one capitalized word inside a sentence, after a word in lower case: a name of unknown kind"
"""The reason a kept word carries (the last pass over coordinated names drops other one-word English names)."""
_INSIDE_A_NAME = re.compile(r"(?:^|\s)[A-Z][^\s,;:]*\s(?:of|the|for|and|de|del|della|di|da|do|dos|das|des|du|la|le|"
                            r"van|von|der|den|y|e|bin|ibn)\s$")
"""A capitalized word and a connector right before: the word ends a longer name ("the Parc des Princes", "Bank of
Korea", "Centers for Disease Control and Prevention"), which the other rules read whole or not at all; a word
after "and" is left to the rule of coordinated names, as before."""
_NOT_NAMES = frozenset(
    "I I'm I've I'd I'll Internet Web Mr Mrs Ms Dr No OK Okay Sir Madam God Muslim Islamic Christian Catholic "
    "Protestant Jewish Jew Buddhist Hindu Sikh Shiite Sunni Arab Kurd Briton Turk Nazi Asian African European Olympic "
    "Democratic Republican Celsius Fahrenheit".split())
"""Words English capitalizes inside a sentence without naming anything a reviewer checks: pronouns and titles, the
adjectives and nouns of faiths, peoples and parties that the nationality test (:func:`demonym`) does not know, and the
scales of temperature."""
_NO_NAMES = ENGLISH_NOT_PLACES | _NOT_NAMES
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ean|ic)")
"""The endings of adjectives of peoples and places (Tibetan, Kurdish, Portuguese): one of them before a word in lower
case is an adjective, not a name ("a Kurdish political rally")."""
_LOWER_WORD_AFTER = re.compile(r"\s[a-z]")
_NUMBER_AFTER = re.compile(r"\.?\s\d")
"""A number right after the word: a category, a rank or a model ("Category 1", "No. 13"), which other rules read."""


def lone_latin_name(text: str, c: NameSpan) -> bool:
    """Whether the one-word English candidate ``c`` (unknown to the KB, no evidence of a kind) is kept as a name:
    a capitalized word inside the sentence, after a word in lower case or a number."""
    if c.lang != "en" or c.headline or c.shouting or c.title is not None:
        return False
    start = max(0, c.start - 40)  # where it stands first: most one-word candidates open their sentence
    if (_LOWER_WORD_BEFORE.search(text, start, c.start) is None and not (
            CLAUSE_BEFORE.search(text, start, c.start) and REPORTING_CLAUSE.match(text, c.end))) \
            or _INSIDE_A_NAME.search(text, start, c.start):
        return False
    word = text[c.start:c.end]
    if _WORD.fullmatch(word) is None and (word.isascii() or not _latin_word(word)):
        return False
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    return not (_names_nothing(bare) or _NUMBER_AFTER.match(text, c.end)
                or (_ADJECTIVE.fullmatch(bare) and _LOWER_WORD_AFTER.match(text, c.end)))


def _latin_word(word: str) -> bool:
    """Whether ``word`` (not ASCII) is one word of Latin letters with a capital first and a small letter in it, as
    :data:`_WORD` reads an ASCII one."""
    if _LETTERS.fullmatch(word) is None or not word[0].isupper() or not any(ch.islower() for ch in word):
        return False
    counts = script_counts(word)
    return counts.latin == counts.letters


@lru_cache(maxsize=8192)  # the same words recur across a run's sentences
def _names_nothing(bare: str) -> bool:
    """A word English capitalizes without naming anything: of :data:`_NO_NAMES`, or a nationality, or the plural of
    either (Germans, Shiites), or a title alone ("the President and …")."""
    one = bare[:-1] if bare.endswith("s") else bare
    return bool({bare, one} & _NO_NAMES) or demonym(bare) or demonym(one) or title_prefix(bare + " X") is not None
