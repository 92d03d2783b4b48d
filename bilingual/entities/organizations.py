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
def _public_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """``public_bodies.tsv``'s rows (NFC): the Korean name, the names looked up (its English names and short forms
    too), and the short forms not looked up."""
    name = "public_bodies.tsv"
    rows = []
    for number, cols in data_rows(name):
        if len(cols) != 4 or not cols[0].strip():
            raise DataError(f"bilingual/data/{name}, line {number}: expected a Korean name, English names, short "
                            "forms and short forms not looked up")
        cols = [unicodedata.normalize("NFC", c.strip()) for c in cols]
        looked_up = tuple(s.strip() for s in (cols[0], *cols[1].split(","), *cols[2].split(",")) if s.strip())
        rows.append((cols[0], looked_up, tuple(s.strip() for s in cols[3].split(",") if s.strip())))
    return tuple(rows)


@lru_cache(maxsize=1)
def public_bodies() -> frozenset[str]:
    """The names of ``public_bodies.tsv`` that are looked up (NFC): each body's official Korean name, its English names
    and the short forms of its third column; not those of its fourth, short forms that are also common words or
    names (수은 mercury, 도공 a potter, 한은 = 한 + 은), which a name alone does not make the body's."""
    return frozenset(n for _, looked_up, _ in _public_rows() for n in looked_up)


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
def _spelling_rows() -> dict[str, tuple[str, ...]]:
    """Each spelling of both lists (NFC; a Hangul one also written solid) and every spelling of its row or rows."""
    rows: list[tuple[str, ...]] = []
    for _, cols in data_rows("organizations.tsv"):
        rows.append(tuple(unicodedata.normalize("NFC", s.strip()) for s in (cols[0], *cols[2].split(",")) if s.strip()))
    rows += [(*looked_up, *other) for _, looked_up, other in _public_rows()]
    out: dict[str, tuple[str, ...]] = {}
    for row in rows:
        for spelling in row:
            for key in {spelling, spelling.replace(" ", "") if not spelling.isascii() else spelling}:
                out[key] = tuple(dict.fromkeys((*out.get(key, ()), *row)))
    return out


@lru_cache(maxsize=16384)
def listed_spellings(name: str) -> tuple[str, ...]:
    """Every spelling the two lists give the organization ``name`` names (its Korean and English names and short
    forms: 외교부, "Ministry of Foreign Affairs", MOFA), and for a company of a group (:func:`group_company`) the
    group's spellings too (삼성전자: 삼성, Samsung); ``()`` for a name of neither list. The review reads them as the
    writings a translation may give the organization.

    >>> listed_spellings("통일부")
    ('통일부', 'Ministry of Unification')
    """
    rows = _spelling_rows()
    own = rows.get(name) or (rows.get(name.replace(" ", "")) if not name.isascii() else None) or ()
    group = group_company(name)
    return tuple(dict.fromkeys((*own, *(rows.get(group, ()) if group else ()))))


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


BRANDS_NAMED_AFTER_PEOPLE = frozenset(
    # companies and brands named after their founders, not in organizations.tsv, that Faker lists as family names
    # (a closed list of the car makers, fashion houses, electronics and food companies news name most)
    "porsche ferrari lamborghini maserati bugatti peugeot citroen renault michelin bosch siemens philips heineken "
    "dior armani versace gucci prada fendi ferragamo bulgari cartier hermes chanel lacoste benetton barilla "
    "suzuki yamaha kawasaki mitsubishi mazda subaru daihatsu isuzu casio seiko nikon ricoh toshiba hitachi "
    "fujitsu shimano kikkoman bridgestone mizuno asics nintendo daimler opel diesel ducati pirelli "
    "lavazza bertolli nestle lindt bacardi martini cinzano campari dassault thales airbus benz mercedes".split())
"""Makers named after people, lowercase (Porsche, Suzuki, Dior): training/build_world_names.py leaves them out of
the family names, and :func:`maker_and_model` reads the first word of a maker's product ("Porsche Taycan", "Dior
Sauvage"), which the English given names would type a person (mentions51)."""


def maker_and_model(name: str) -> bool:
    """Whether a Latin name of two or three capitalized words opens with a maker of
    :data:`BRANDS_NAMED_AFTER_PEOPLE`: a product by its maker and its model ("Ferrari Purosangue", "Armani Code"),
    no person (``gazetteer.mention_type`` asks it only of a maker whose word is no English given name of Moby's list:
    Renault, Mercedes are, "Mercedes Sosa").

    >>> maker_and_model("Porsche Macan"), maker_and_model("Porsche"), maker_and_model("Porsche owners")
    (True, False, False)
    """
    words = name.split()
    return 2 <= len(words) <= 3 and words[0].istitle() and words[0].lower() in BRANDS_NAMED_AFTER_PEOPLE \
        and all(w[:1].isupper() for w in words[1:])


@lru_cache(maxsize=1)
def listed_companies() -> frozenset[str]:
    """The companies of ``bilingual/data/listed_companies.txt`` (NFC), read once: the members of twenty major stock
    indices of the US, Europe and Japan by the names news write (Heineken, Adyen, Glencore), built by
    ``training/build_listed_companies.py`` from the PyPI package pytickersymbols, less common words, founders' full
    names (a given name, then a surname), places and the names of ``organizations.tsv``."""
    return frozenset(unicodedata.normalize("NFC", cols[0].strip()) for _, cols in data_rows("listed_companies.txt"))


def listed_company(name: str) -> bool:
    """Whether ``name`` (Latin letters) is a company of :func:`listed_companies`: evidence of an organization for a
    name nothing else types ("Heineken said").

    >>> listed_company("Heineken"), listed_company("Shell"), listed_company("Phoenix")
    (True, False, False)
    """
    return name in listed_companies()


def _korean_names() -> list[str]:
    """The names :func:`korean_pattern` matches: the list's Hangul names of three letters or more."""
    return [k for k in _table() if _HANGUL.search(k) and len(k.replace(" ", "")) >= 3]


@lru_cache(maxsize=1)
def korean_pattern() -> re.Pattern[str]:
    """The list's Hangul names of three letters or more (엘지 트윈스, 바이에른 뮌헨, 국민의힘), the longest that matches
    at a place first: Kiwi splits many of them, and the mentions stage looks for them whole."""
    return re.compile(longest_first_pattern(_korean_names()))


@lru_cache(maxsize=1)
def _korean_openings() -> tuple[re.Pattern[str], frozenset[str]]:
    """The places where one of :func:`korean_pattern`'s names may start: a pattern of a name's first letter followed
    by any name's second letter (the cheap scan), and the names' first two letters (the exact test)."""
    names = _korean_names()
    firsts = "".join(sorted({re.escape(n[0]) for n in names}))
    seconds = "".join(sorted({re.escape(n[1]) for n in names}))
    return re.compile(f"[{firsts}](?=[{seconds}])" if names else "(?!)"), frozenset(n[:2] for n in names)


def korean_names_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``korean_pattern().finditer(text, start, end)``, found faster (perf42). The pattern is an
    alternation of literal names of three letters or more, so a match at a place starts with the first two letters of
    one of them; most places that start with a name's first letter (a third of a Korean text: 기, 대, 한 …) go on with
    no name's first two, and the pattern's trie is tried only at those that do, from the first place after the end of
    the last match, as ``finditer`` tries it (the same matches, in the same order).

    >>> text = "엘지 트윈스와 국민의힘, 국민연금"
    >>> korean_names_in(text, 0, len(text)) == [m.span() for m in korean_pattern().finditer(text)]
    True
    """
    pattern = korean_pattern()
    openings, firsts_two = _korean_openings()
    out: list[tuple[int, int]] = []
    after = start  # finditer's next place to look from: the end of the last match
    for opening in openings.finditer(text, start, end):
        at = opening.start()
        if at < after or text[at:at + 2] not in firsts_two:
            continue
        found = pattern.match(text, at, end)
        if found is not None:
            out.append((at, found.end()))
            after = found.end()
    return out


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


PUBLIC_CHIEF_TITLES = ("총재", "부총재", "행장", "은행장", "회장", "부회장", "이사장", "사장", "부사장", "관계자")
"""The titles of a public body's chief (and 관계자, an official of it) that, written right after a short form that is
also a common word or a name, say it is the body (한은 총재, 수은 행장, 신보 이사장, 기보 관계자)."""
PARTICLE_AFTER = re.compile("은|는|이|가|을|를|의|와|과|도|에|에서|로|으로|만|까지|부터|보다|에게|께서")
"""The particles a short form of :func:`public_short_forms` may carry (한은은, 수은의)."""
_PARTICLE = f"(?:{PARTICLE_AFTER.pattern})?(?![가-힣])"
_WORD_BEFORE = re.compile("[가-힣A-Za-z0-9]$")
_CONJUNCT = r"(?:[와과]\s|,\s?|·|\s및\s)"


@lru_cache(maxsize=1)
def _ambiguous_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The short forms not looked up, at the start of a word and before a particle or the word's end; the Korean names
    of the list looked up, as words; the titles of :data:`PUBLIC_CHIEF_TITLES`; each such form's full names."""
    full: dict[str, tuple[str, ...]] = {}
    for korean, _, ambiguous in _public_rows():
        for form in ambiguous:
            full[form] = (*full.get(form, ()), korean)
    korean_names = [n for _, looked_up, ambiguous in _public_rows() for n in (*looked_up, *ambiguous)
                    if _HANGUL.search(n)]
    return (re.compile(f"(?<![가-힣A-Za-z0-9])({longest_first_pattern(full)})(?={_PARTICLE})"),
            re.compile(f"(?:{longest_first_pattern(korean_names)})(?={_PARTICLE})"),
            re.compile(rf"\s(?:{'|'.join(PUBLIC_CHIEF_TITLES)}){_PARTICLE}"), full)


def public_short_forms(text: str) -> list[tuple[int, int, str]]:
    """The short forms of ``public_bodies.tsv``'s fourth column (수은, 한은, 신보, 도공: also common words or names,
    not looked up alone) that the text names as the body, each with the evidence: (1) in parentheses right after its
    body's full name, with 이하 or quotation marks or without (한국수출입은행(수은), 신용보증기금(이하 '신보')); (2)
    coordinated with another name of the list (기보와 신보는, 산은·수은, 금융위와 한은); (3) right before the title of
    its chief or 관계자 (한은 총재, 수은 행장은, 도공 관계자는). Not a form inside a word (수은행), nor one with no
    such evidence (폐수에서 수은이 검출됐다, 가수의 신보, 조선 도공).

    >>> [(a, b) for a, b, _ in public_short_forms("기보와 신보는 보증 한도를 늘린다.")]
    [(0, 2), (4, 6)]
    """
    forms, names, titles, full = _ambiguous_patterns()
    out = []
    for m in forms.finditer(text) if any(f in text for f in full) else ():
        a, b = m.span(1)
        before, after = text[max(0, a - 40):a], text[b:b + 12]
        opening = re.search(r"\(\s*(?:이하\s*)?['‘\"“]?$", before)
        if opening is not None and re.match(r"['’\"”]?\s*\)", after) and any(
                text[max(0, a - 40):a - len(opening.group())].replace(" ", "").endswith(f) for f in full[m.group(1)]):
            out.append((a, b, "in parentheses after its body's full name"))
        elif any(n.end() == a - len(c.group()) and not _WORD_BEFORE.search(text, max(0, n.start() - 1), n.start())
                 for c in re.finditer(f"{_CONJUNCT}$", before)
                 for n in names.finditer(text, max(0, a - 40), a - len(c.group()))) \
                or ((c := re.match(_CONJUNCT, after)) and names.match(text, b + c.end())):
            out.append((a, b, "coordinated with another public body of the list"))
        elif titles.match(text, b):
            out.append((a, b, "before the title of its chief"))
    return out
