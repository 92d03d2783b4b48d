r"""Romanized Korean names in two written forms that a capitalized run of words does not hold whole: the official
form, a family name in capitals and the given name's syllables as separate words in any case (the National Assembly
writes ``CHO Won jin``, ``HA Tae keung``; ``KIM min ji``), and the comma form of lists and bylines (``Hong, Chul
Ho``, ``Lee, Min-ju``). :func:`korean_name_forms` says where each starts and ends in a sentence's tokens, so that
:func:`bilingual.entities.english_names.english_candidates` takes the lower-case syllables and the comma into the
name instead of cutting it (``CHO Won`` without ``jin``) or splitting it at the comma.

A word is taken only if it is one syllable as names are spelled (:func:`~bilingual.names.romanized.syllable_spelling`)
and not an English word of the closed classes or a verb that follows a name (``KIM Min-ji said``, ``LEE Jun and
PARK Ha-na``, ``LEE Jun in Seoul``, ``KIM Min won``); after a comma only a given name's shape (one hyphenated word of
two syllables, or two words of one syllable each, capitalized first) and never a name in given-name-first order
(``Kim, Min-ji Park and …``): ``Seoul, Korea``, ``Lee, who …``, ``Lee, Kim and Park`` are left alone.

>>> import re
>>> from bilingual.tokens import Token
>>> def tokens(s):
...     return [Token(m.start(), m.end(), m.group(), "punct" if m.group() in ",." else "word", None, "en", 0)
...             for m in re.finditer(r"[\w-]+|[,.]", s)]
>>> s = "Rep. CHO Won jin said."
>>> korean_name_forms(s, tokens(s))[2][0]  # CHO (token 2) to jin (token 4)
5
>>> s = "Lee, who chairs it, and Hong, Chul Ho of KDI"
>>> [(tokens(s)[i].form, end) for i, (end, _) in korean_name_forms(s, tokens(s)).items()]
[('Hong', 11)]
"""

from __future__ import annotations

from bilingual.names.romanized import parse_name, spelling_key, surname_index, syllable_spelling, tables
from bilingual.tokens import Token

OFFICIAL = "an official form of a romanized Korean name: family name in capitals, given-name syllables as words"
COMMA = "a romanized Korean name in the comma form: family name, comma, given name"

NOT_GIVEN_SYLLABLES = frozenset("""
a an the this that these those all any each both some such no not nor and or but so yet if as than then though
of in on at to by up off out via per into onto upon over under with from for about after before since until till
i me my we us our you your he him his she her it its they them their who whom whose which what when where why how
be am is are was were been do does did done go goes went gone get got can may will shall must might
says said say see saw seen let let's here there also just only even too very now ago yes
won ran sang sung rang hung
""".split())
"""English words that spell a syllable as names are spelled (``in`` 인, ``won`` 원, ``sang`` 상) and follow a name as
a word of the sentence: closed classes (articles, prepositions, conjunctions, pronouns, auxiliaries) and the past
tenses of one syllable that news writes after a name ("KIM Min won the final"). Never read as a given name's
syllable in lower case, nor as a family name before a comma."""

_PLACE_PIECES = frozenset("gu gun dong myeon eup ro gil daero".split())
"""The last piece of a district's or a road's name (Jung-gu, Sejong-ro): after a comma such a word is an address's,
not a given name."""

_COMMON_SURNAME_SHARE = 1.0
"""A surname borne by 1 % of the population or more (Kim, Lee, Park, … Hong: 22 of them): the first of two words
after a comma that is one of these begins another person's name ("Yoon, Lee Jun and …"), not a given name."""


def korean_name_forms(text: str, tokens: list[Token], shouting: bool = False) -> dict[int, tuple[int, str]]:
    """The romanized Korean names of a sentence's tokens written in the official or the comma form: the index of
    the family name's token → (the index after the name's last token, the reason). Names whose words are all
    capitalized and joined by spaces only are not listed (a capitalized run holds them already); nor, in a sentence
    written in capitals, official forms."""
    out: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(tokens):
        found = _comma_form(text, tokens, i)
        if found is not None:
            out[i] = (found, COMMA)
            i = found
            continue
        end = None if shouting else _official_form(text, tokens, i)
        if end is not None:
            out[i] = (end, OFFICIAL)
            i = end
            continue
        i += 1
    return out


def _word(token: Token) -> bool:
    return token.tag == "word" and token.form.replace("-", "").isalpha()


def _next_to(text: str, tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` follows the token before it after one space."""
    return text[tokens[j - 1].end:tokens[j].start] == " "


def _surname(word: str) -> bool:
    return word.isalpha() and word.lower() not in NOT_GIVEN_SYLLABLES and spelling_key(word) in surname_index()


def _syllables(word: str) -> int:
    """How many syllables a word of a given name spells: one per hyphenated piece, 0 if a piece is none."""
    pieces = word.split("-")
    return len(pieces) if all(p.isalpha() and syllable_spelling(p) for p in pieces) else 0


def _official_form(text: str, tokens: list[Token], i: int) -> int | None:
    """``CHO Won jin``, ``KIM min ji``, ``HA Tae keung``: a family name in capitals, then one or two syllables of a
    given name as words, one of them in lower case at least; the index after the name, else ``None``."""
    first = tokens[i]
    if not (_word(first) and len(first.form) >= 2 and first.form.isupper() and _surname(first.form)):
        return None
    j, syllables, lower = i + 1, 0, False
    while j < len(tokens) and syllables < 2 and _word(tokens[j]) and _next_to(text, tokens, j):
        form = tokens[j].form
        n = _syllables(form)
        if n == 0 or syllables + n > 2 or (form[:1].islower() and form.lower() in NOT_GIVEN_SYLLABLES) \
                or (form.isupper() and len(form) > 1):
            break
        lower |= form[:1].islower()
        syllables += n
        j += 1
    if not lower or not parse_name(text[first.start:tokens[j - 1].end], limit=1):
        return None
    return j


def _comma_form(text: str, tokens: list[Token], i: int) -> int | None:
    """``Hong, Chul Ho``, ``Lee, Min-ju``: a family name, a comma right after it, and a given name's shape after
    one space; the index after the name, else ``None``."""
    if i + 2 >= len(tokens):
        return None
    first, comma, given = tokens[i], tokens[i + 1], tokens[i + 2]
    if not (_word(first) and first.form[:1].isupper() and comma.form == "," and comma.start == first.end
            and _next_to(text, tokens, i + 2) and _word(given) and given.form[:1].isupper()
            and _surname(first.form)):
        return None
    if "-" in given.form:  # Min-ju, Dae-ho
        pieces = given.form.split("-")
        if len(pieces) != 2 or _syllables(given.form) != 2 or pieces[1].lower() in _PLACE_PIECES:
            return None
        end = i + 3
    else:  # Chul Ho, Chul ho
        if i + 3 >= len(tokens) or _syllables(given.form) != 1 or _common_surname(given.form):
            return None
        second = tokens[i + 3]
        if not (_word(second) and "-" not in second.form and _next_to(text, tokens, i + 3)
                and _syllables(second.form) == 1
                and not (second.form[:1].islower() and second.form.lower() in NOT_GIVEN_SYLLABLES)):
            return None
        end = i + 4
    if end < len(tokens) and _word(tokens[end]) and tokens[end].form[:1].isupper() \
            and _next_to(text, tokens, end) and _surname(tokens[end].form):
        return None  # "Kim, Min-ji Park and Ha-na Lee": a family name, then a name in given-name-first order
    if not parse_name(text[first.start:tokens[end - 1].end], limit=1):
        return None
    return end


def _common_surname(word: str) -> bool:
    share = tables().surname_share
    return any(share.get(hangul, 0.0) >= _COMMON_SURNAME_SHARE
               for hangul, _ in surname_index().get(spelling_key(word), [])[:1])
