"""Another country's body under a generic name: 중국 외교부 is China's foreign ministry, not the KB's 외교부.

An organization in the knowledge base may carry ``country``, the id of the place it belongs to (the bundled KB
gives it to South Korea's ministries and offices and to the U.S. State Department). When a mention linked to such
an entity comes right after a mention of a *different* place, with nothing between them but a space, 의 or a
possessive (중국 외교부, 중국의 외교부, China's Ministry of Foreign Affairs), the link is withdrawn: the mention stays,
as an organization not in the KB, and its reasons say why. The same country (한국 외교부), a place in it (Seoul's
Foreign Ministry, when the KB gives Seoul ``country``) or no country before the name leaves the link as it is.

**A country or a city acting as its government** (typer31; the convention of typed_heldout26's writer, also followed
by typed_heldout17, 23 and 25's for …시, not by the older writers, docs/kb.md): a country, a city of the gazetteer's
list of major cities or one of Korea's provinces and metropolitan cities, or a Korean city named with 시, that is the
subject of a verb of saying, deciding, protesting or demanding is the government that acts, typed ``org`` (its link,
if any, is kept: the entity is the country or the city; 일본은 … 항의했다, 서울시는 … 발표했다, "Japan lodged a
protest", "said Bangkok would welcome", "Tehran summoned", "a protest with Seoul"). Where something is stays a place:
a name with a locative, a possessive (Seoul's envoy), in a role phrase (the ambassador to Seoul) or with any other
verb (Ulsan will host, Busan had doubled) is never read here, nor a district, a venue, a route or a county (군, 구).

>>> government_acting("일본", "", "은 대사를 불러 공식 항의했다.")
True
>>> government_acting("Ulsan", "", " will host the festival.")
False
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from bilingual.document import Mention
from bilingual.entities.gazetteer import is_country, is_place, korean_province
from bilingual.files import data_rows

if TYPE_CHECKING:
    from bilingual.entities.kb import KnowledgeBase

_BETWEEN = re.compile(r" ?|의 ?|['’]s ")
"""What may stand between a country's name and its body's name: nothing, a space, 의, a possessive."""


def unlink_other_countries(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` in text order, with the links of bodies named right after another country withdrawn, and a
    country or a city that acts as its government typed ``org`` (:func:`government_acting`)."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.type == "place" and government_acting(m.text, text[max(0, m.start - 40):m.start],
                                                     text[m.end:m.end + 160]):
            m = m.model_copy(update={"type": "org", "reasons": (*m.reasons, GOVERNMENT_REASON)})
        entity = kb.get(m.entity_id) if m.entity_id is not None else None
        before = mentions[i - 1] if i else None
        if (entity is not None and entity.country is not None and before is not None
                and before.type == "place" and before.entity_id is not None
                and entity.country not in (before.entity_id, _country_of(before.entity_id, kb))
                and before.end <= m.start and _BETWEEN.fullmatch(text[before.end:m.start])):
            reason = (f"after {before.text} ({before.entity_id}): {m.text} is that country's body, not "
                      f"{entity.id} ({entity.country})")
            m = m.model_copy(update={"entity_id": None, "score": 0.0, "method": "unlinked",
                                     "reasons": (*m.reasons, reason)})
        out.append(m)
    return out


def _country_of(place_id: str, kb: KnowledgeBase) -> str | None:
    place = kb.get(place_id)
    return None if place is None else place.country


GOVERNMENT_REASON = ("a country or a city acting as its government: the subject of a verb of saying, deciding, "
                     "protesting or demanding (typer31)")

_KO_ACTS = ("밝혔|발표했|결정했|항의했|요구했|촉구했|규탄했|경고했|비판했|반발했|거부했|반대했|통보했|선언했|승인했|"
            r"불허했|허가했|부과했|초치했|소환했|강조했|주장했|반박했|부인했|요청했|제안했|환영했|표명했|밝힌\s바\s있")
"""Verbs of saying, deciding, protesting or demanding that end the sentence a Korean country or city is the topic of
(밝혔다, 발표했다, 항의했다, 요구했다 …), in the past, as news report them."""
_KO_GOVERNMENT = re.compile(rf"^(?:은|는)\s[^.?!\n“”\"]{{0,120}}?(?<![가-힣][이가]\s)(?<![가-힣][이가]\s\d\d일\s)"
                            rf"(?<![가-힣][이가]\s\d일\s)(?:{_KO_ACTS})다\.?$"
                            rf"|^(?:이|가)\s(?![^.?!\n]*?(?:고|며|서|데|한|된|던|은|는|을)\s)[^.?!\n“”\"]{{0,60}}?(?:{_KO_ACTS})다\.?$")
"""A Korean name as the topic (은, 는) of a sentence that ends in such a verb (일본은 … 항의했다: the name is the one
who acts, whatever is reported between), unless another subject stands right before the verb (서울은 … 맑겠다고
기상청이 밝혔다: the office speaks of the city), or as its subject (이, 가) of that verb alone: no clause ends in
between, no quotation (북한이 … 발사했다고 밝혔다 reports what the country did, said by another), no modifier (일본이 …
발표한 데 대해 … 항의했다: another protests) nor topic; no quotation marks in between."""
_EN_ACTS = (r"said|says|announced|announces|protested|protests|lodged|decided|decides|summoned|summons|condemned|"
            r"condemns|warned|warns|urged|urges|demanded|demands|rejected|rejects|accused|accuses|denied|denies|"
            r"vowed|vows|insisted|insists|calls|called|declared|declares|refused|refuses|objected|objects|retaliated|"
            r"welcomed|welcomes|responded|responds")
_EN_GOVERNMENT_AFTER = re.compile(
    rf"^\s+(?:(?:has|had|have|also|formally|officially|quickly|then|later|again|would|will|could|may|might)\s+)*"
    rf"(?:{_EN_ACTS}|welcome|respond|retaliate|protest|decide|reject|demand|object|refuse|summon|impose|lodge)\b")
"""A verb of saying, deciding, protesting or demanding right after an English name, after an auxiliary or an adverb
("Japan lodged", "Tehran summoned", "Bangkok would welcome", "which Tokyo calls Takeshima")."""
_EN_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|,\s+|\b(?:said|says|that|which|and|but|while|as|when|after|"
                                r"before|because|where)\s+)$")
"""Where an English subject stands: the sentence's or a clause's start, after a comma, a conjunction or a verb that
reports ("said Bangkok would"); not after a preposition or an article (in Seoul, to Seoul, the Seoul office)."""
_EN_PROTEST_WITH = re.compile(r"\b(?:protests?|complaints?|objections?)\s+(?:with|to)\s+$")
"""A protest lodged "with" or "to" a country or a city: its government, which receives it."""


@lru_cache(maxsize=1)
def _major_cities() -> frozenset[str]:
    """The gazetteer's list of major cities (its kind ``city``: capitals and the largest cities, in both scripts),
    the seats of governments that act."""
    return frozenset(_fold(cols[0]) for _, cols in data_rows("places.tsv") if len(cols) == 3 and cols[1] == "city")


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    return name.casefold() if name.isascii() else name


def _seat_of_government(name: str) -> bool:
    """A country, a major city, one of Korea's provinces and metropolitan cities, or a Korean city named with 시
    (서울시, 인천시: the name of the city's government as well as the town's)."""
    if is_country(name) or korean_province(name) or _fold(name) in _major_cities():
        return True
    return not name.isascii() and " " not in name and len(name) >= 3 and name.endswith("시") and is_place(name)


def government_acting(name: str, before: str, after: str) -> bool:
    """Whether ``name`` (a place, with the text just ``before`` and ``after`` it) is a country or a city acting as
    its government: the subject of a verb of saying, deciding, protesting or demanding, or the one a protest is
    lodged with."""
    if not _seat_of_government(name):
        return False
    if not name.isascii():
        sentence = re.split(r"(?<=다\.)\s|\n", after, maxsplit=1)[0].rstrip()
        return bool(_KO_GOVERNMENT.match(sentence))
    if after[:1] in ("'", "’"):  # Seoul's envoy: a role phrase, a place
        return False
    return bool((_EN_SUBJECT_BEFORE.search(before) and _EN_GOVERNMENT_AFTER.match(after))
                or _EN_PROTEST_WITH.search(before))
