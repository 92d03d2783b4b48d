"""A person named again by the family name alone: after the full name in the same document ("Labor Minister Kim
Young-hoon … Kim said", 문소리 … 문 씨는, 카야 칼라스 … 칼라스 대표는), or, in English, a common Korean family name
as the speaker of a quotation ("…," Choi said) or before an apposition of a person ("Choi, who …", "Shin, 34, …"),
which news write only of a person named in an earlier paragraph.

Each added mention is of the type person, linked to the entity of the full name when that was linked
(``short-form``), else unlinked with the full name's provisional cluster. Only words no other mention covers, in the
sentences the mentions stage read (page chrome skipped), are taken. The text is scanned once for capitalized words,
once for verbs of speech and once for a Korean family name before a title, whatever the number of people named.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from bilingual.document import Mention
from bilingual.entities.evidence import PRONOUN_CUE
from bilingual.names.keys import korean_surname
from bilingual.names.romanized import spelling_key, surname_index, tables
from bilingual.names.titles import KOREAN_TITLES

_SPEECH_VERB = r"(?:said|says|told|added|noted|explained|wrote|argued|insisted|stressed|asked)\b"
_SPEECH = re.compile(rf" {_SPEECH_VERB}")
_PERSON_APPOSITION = re.compile(r",\s(?:who\b|\d{1,3},)")
"""What follows a person's name in apposition, a relative clause of a person or an age ("Choi, who joined …",
"Shin, 34, told …"): a common Korean family name right before it is a person's (mentions34)."""
_LONE_SURNAME = re.compile(r"(?<![\w.’'-])[A-Z][a-z]{2,5}$")
"""A capitalized word of three to six letters right before a verb of speech ("Choi said"), looked for from the verb."""
_CAPITALIZED_WORD = re.compile(r"[A-Z](?<![\w.’'-][A-Z])[a-z]+\b")
"""A capitalized word not right after a letter, digit, full stop, apostrophe or hyphen; the capital before the test
of the character before it, so that the scan of a whole text skips to capitals (twice as fast)."""
_CAPITALIZED_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*|the|The|a|A|an|An|of)\s$")
"""A capitalized word (part of a longer name) or an article right before the word: not a family name alone."""
_CAPITALIZED_AFTER = re.compile(r"\s[A-Z]|-\w|[’']\w(?<![’']s)")
"""A capitalized word or a hyphenated part right after the word: part of a longer name (Kim Jong-un, Kim-Lee)."""
TITLE_ABBREVIATIONS = frozenset("Sen Rep Gov Gen Col Lt Sgt Capt Maj Adm Dr Mr Mrs Ms Prof St Mt Ft Jr Sr".split())
"""Abbreviated titles written with a period, which are also family names (Sen. Barack Obama after Hun Sen)."""
_PARTICLE = "[은는이가을를의에과와도로만께]"
"""A particle right after a title (장관은, 씨가): the title ends there (기자단 is no 기자)."""
MIN_SURNAME_WEIGHT = 0.7
"""How surely a spelling is a Korean family name for "X said" to be a person with no full name before it (Choi 0.89,
Moon 0.79; not Go, An, So or Ma, which are English words or syllables as often)."""
TITLES_AFTER_A_FAMILY_NAME = frozenset(
    "원내대표 후보 후보자 당선인 당선자 지사 처장 비서실장 수석 이사 고문 관장 사령관 "
    "변호사 작가 박사 앵커 배우 가수 목사".split())
"""Words by which news name a person again after the family name (권 후보는, 허 원내대표, 문 작가) that are not titles
of :data:`KOREAN_TITLES` (which the mentions stage strips from a name everywhere): taken here only after a family name
standing alone whose full name the document named."""
_NOT_FAMILY_BEFORE_TITLE = {"전": None, "현": None, "이": frozenset({"시장"}), "양": TITLES_AFTER_A_FAMILY_NAME,
                            "여": TITLES_AFTER_A_FAMILY_NAME, "한": TITLES_AFTER_A_FAMILY_NAME}
"""Syllables that are Korean family names and, before a title, a word of their own: 전 장관 (the former minister), 현
정부 (the present one), 이 시장 (this market), 양 후보 (both candidates), 여 원내대표 (the ruling party's), 한 작가 (a
writer); ``None`` for every title."""


_BEFORE_TITLE = "(?:전|현|前|現|신임|당시)"
"""Words written between a family name and its title (노 전 대통령, 권 신임 사장, 허 前 대표): the person still."""


@lru_cache(maxsize=1)
def _korean_family_and_title() -> re.Pattern[str]:
    """One or two syllables standing alone (after a space, a bracket or an opening quote), then a title one space
    after them (안 장관은), maybe after a word of :data:`_BEFORE_TITLE` (노 전 대통령은), or 씨 written either way
    (문 씨, 문씨), the title ending there (기자단 is no 기자); written solid with any other title the syllables may be a
    word's (이사장 is no 이 사장)."""
    titles = "|".join(sorted((KOREAN_TITLES | TITLES_AFTER_A_FAMILY_NAME) - {"씨"}, key=len, reverse=True))
    return re.compile(rf"(?<![^\s(\[“\"‘'])([가-힣]{{1,2}})(?:(?:\s{_BEFORE_TITLE})?\s({titles})|\s?(씨))"
                      rf"(?=[^가-힣]|{_PARTICLE}|$)")


def family_name_of(m: Mention) -> str | None:
    """The family name by which a person named in full in ``m`` may be named again, or ``None``: the first syllable
    of a Korean name in Hangul (문소리 → 문; 남궁 of 남궁민수), the last word of a foreign name in Hangul (카야 칼라스 →
    칼라스), the first word of a romanized Korean name (Kim Young-hoon → Kim) and the last of another Latin name
    (Alexandre Lacazette → Lacazette)."""
    if m.type != "person":
        return None
    name = m.text
    if m.lang == "ko":
        if " " in name:
            last = name.rsplit(" ", 1)[1]
            return last if len(last) >= 2 and last.isalpha() else None
        surname = korean_surname(name) if 3 <= len(name) <= 4 else None
        return surname
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if "-" in words[1] and surname_index().get(spelling_key(words[0])):
        return words[0]  # a romanized Korean name, the family name first (Kim Young-hoon, not Jean-Paul Sartre)
    last = words[-1].rstrip(".,")
    return last if len(last) >= 3 and last.isalpha() and last[0].isupper() and last[1:].islower() else None


def replaceable(m: Mention) -> bool:
    """Whether ``m`` is a surname alone typed a person by its own sentence only (``en-person-pronoun``: "Obama said he
    …"), which the family name of a person named in full earlier replaces, so that it is linked or clustered with
    that person (the caller drops a mention replaced at the same span)."""
    return m.lang == "en" and m.type == "person" and m.entity_id is None and m.method == "unlinked" \
        and any(f"({PRONOUN_CUE})" in r for r in m.reasons)


def _covered(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_right(starts, b)  # the mentions starting before b; any of them reaching past a overlaps
    return any(spans[i][1] > a for i in range(max(0, k - 8), k))


def family_names_alone(text: str, mentions: Sequence[Mention], read: Sequence[tuple[int, int]]) -> list[Mention]:
    """The mentions of people named again by their family name alone (see the module), not yet among ``mentions``
    or among them only as :func:`replaceable` (in text order); ``read`` are the spans of the sentences the mentions
    stage read, in text order."""
    full: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:  # in text order
        family = family_name_of(m)
        if family is not None:
            full[(m.lang, family)].append(m)
    spans = [(m.start, m.end) for m in mentions if not replaceable(m)]
    starts = [a for a, _ in spans]
    read_starts = [a for a, _ in read]

    def readable(a: int, b: int) -> bool:
        k = bisect.bisect_right(read_starts, a) - 1
        return k >= 0 and read[k][1] >= b

    added: list[Mention] = []
    taken: set[int] = set()
    english = {family for lang, family in full if lang == "en"}
    found_en = [m for m in _CAPITALIZED_WORD.finditer(text) if m.group() in english] if english else []
    for verb in _SPEECH.finditer(text):  # the verbs of speech are fewer than the capitalized words
        lone = _LONE_SURNAME.search(text, max(0, verb.start() - 7), verb.start())
        if lone is not None:
            found_en.append(lone)
    for apposition in _PERSON_APPOSITION.finditer(text) if ", " in text else ():  # "Choi, who …", "Shin, 34, …"
        lone = _LONE_SURNAME.search(text, max(0, apposition.start() - 7), apposition.start())
        if lone is not None:
            found_en.append(lone)
    for found in found_en:  # one scan of the capitalized words, not one alternative per family name
        a, b = found.start(), found.end()
        word = found.group()
        source = _nearest(full, ("en", word), a)
        if source is None and (("en", word) in full or not _lone_surname(word)):
            continue  # before its full name, or a lone word that is no common Korean family name
        if text.startswith(".", b) and word in TITLE_ABBREVIATIONS:
            continue  # Sen. Barack Obama: a title's abbreviation, though Hun Sen was named
        if a in taken or _CAPITALIZED_BEFORE.search(text, max(0, a - 12), a) or _CAPITALIZED_AFTER.match(text, b) \
                or _covered(spans, starts, a, b) or not readable(a, b):
            continue
        taken.add(a)
        added.append(_mention(text, a, b, "en", source, None))
    korean = {family for lang, family in full if lang == "ko"}
    for found in _korean_family_and_title().finditer(text) if _has_hangul(text) else ():
        family, title = found.group(1), found.group(2) or found.group(3)
        a, b = found.start(1), found.end(1)
        source = _nearest(full, ("ko", family), a) if family in korean else None
        if source is None and not (title in _TITLES_OF_A_LONE_FAMILY_NAME and found.end() - b <= len(title) + 1
                                   and _common_korean_family_name(family)):
            continue  # no full name before it: only a common family name right before an official title or 씨
        exceptions = _NOT_FAMILY_BEFORE_TITLE.get(family, frozenset())
        if exceptions is None or title in exceptions or _covered(spans, starts, a, b) or not readable(a, b):
            continue
        added.append(_mention(text, a, b, "ko", source, title))
    return added


_HANGUL = re.compile("[가-힣]")
_TITLES_OF_A_LONE_FAMILY_NAME = KOREAN_TITLES | {"씨"}
"""Titles after which a family name with no full name before it is still a person (최 회장은, 정 장관은, 김 씨는): the
official titles and 씨, not :data:`TITLES_AFTER_A_FAMILY_NAME` (후보, 작가 …, which follow a person already named)."""
MIN_LONE_KOREAN_SHARE = 0.3
"""Percent of Koreans carrying a family name for it to stand alone before a title with no full name before it (the
forty or so commonest: 김 … 원, 변); rarer syllables before a title are words as often."""
_NOT_A_LONE_FAMILY_NAME = frozenset("고 주 구 한 양 여".split())
"""Common family names that before a title with no full name are words as often: 고 (the late), 주 (resident:
주 대사), 구 (district: 구 의원), 한 (a: 한 사장이 … 얘기하고 있었다), 양 (both), 여 (the ruling party's); 전 and 현
are never taken (:data:`_NOT_FAMILY_BEFORE_TITLE`)."""


def _has_hangul(text: str) -> bool:
    return _HANGUL.search(text) is not None


def _common_korean_family_name(family: str) -> bool:
    return family not in _NOT_A_LONE_FAMILY_NAME and tables().surname_share.get(family, 0.0) >= MIN_LONE_KOREAN_SHARE


def _nearest(full: dict[tuple[str, str], list[Mention]], key: tuple[str, str], at: int) -> Mention | None:
    """The last person named in full with this family name before ``at`` (이택수 … 이 원장, not an 이 named before
    him), or ``None``."""
    named = full.get(key, [])
    k = bisect.bisect_right([m.end for m in named], at)
    return named[k - 1] if k else None


def _lone_surname(word: str) -> bool:
    options = surname_index().get(spelling_key(word), [])
    return bool(options) and (options[0][1] >= MIN_SURNAME_WEIGHT or (
        len(word) >= 4 and options[0][1] >= MIN_RARE_SPELLING_WEIGHT))


MIN_RARE_SPELLING_WEIGHT = 0.2
"""How surely a spelling of four letters or more is a Korean family name for "X said" to be a person with no full
name before it: the spellings a family writes its name in besides the common one (Rhee 0.27 for 이, Chung and Jung for
정, Paik for 백) are no English words of two or three letters (Go, An, So, Ma, which :data:`MIN_SURNAME_WEIGHT`
keeps out), and before a verb of speech name a person (mentions39)."""


def _mention(text: str, a: int, b: int, lang: str, source: Mention | None, title: str | None) -> Mention:
    if source is None and lang == "ko":
        return Mention(start=a, end=b, text=text[a:b], type="person", lang="ko", entity_id=None, score=0.0,
                       method="unlinked", cluster=None, title=title,
                       reasons=("not in the knowledge base; a common Korean family name before a title (최 회장은)",))
    if source is None:
        return Mention(start=a, end=b, text=text[a:b], type="person", lang="en", entity_id=None, score=0.0,
                       method="unlinked", cluster=None,
                       reasons=("not in the knowledge base; a common Korean family name as the speaker (X said)",))
    why = f"the family name of {source.text!r}, named in full earlier in the document"
    if source.entity_id is not None:
        return Mention(start=a, end=b, text=text[a:b], type="person", lang="ko" if lang == "ko" else "en",
                       entity_id=source.entity_id, score=0.8, method="short-form", title=title, reasons=(why,))
    return Mention(start=a, end=b, text=text[a:b], type="person", lang="ko" if lang == "ko" else "en",
                   entity_id=None, score=0.0, method="unlinked", title=title, cluster=source.cluster,
                   reasons=(f"not in the knowledge base; {why}",))
