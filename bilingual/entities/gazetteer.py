"""What kind of name a mention is when the knowledge base does not say: evidence for an organization, a place or a
person, in both languages.

- **Organizations** by their head (the last word, or the end of a Korean compound): 연합뉴스, 조선일보, 외교부,
  통계청, 공정거래위원회, 한국전력공사, "Yonhap News Agency", "Ministry of …", "Hana Bank"; and a short list of news
  agencies and wire services whose names carry no head (Reuters, 뉴시스), since news pages credit them everywhere.
- **Places** by the gazetteer ``bilingual/data/places.tsv`` (built by ``training/build_places.py`` from GeoNames
  and Unicode CLDR place names, with attribution, and South Korea's provinces and metropolitan cities), and by an
  administrative unit at the end: 수원시, 강남구, 충청북도; ``Gangnam-gu``, ``Gyeonggi Province``.
- **Persons** only with person evidence: a title, a Korean name's shape (a family name and one or two syllables),
  or a romanized Korean name.

An unknown proper noun with none of these is ``other``, never a person. Organization evidence comes first (서울신문 is
a newspaper, not Seoul), then a title, then the gazetteer (김천 is a city), then a name's shape.

>>> mention_type("연합뉴스", "ko"), mention_type("조선일보", "ko")
(('org', 'a news agency'), ('org', 'an organization by its head 일보'))
>>> mention_type("김천", "ko", proper_noun=True)[0], mention_type("Gangnam-gu", "en")[0]
('place', 'place')
>>> mention_type("갤럭시", "ko", proper_noun=True)
('other', 'a proper noun without evidence of a person, organization or place')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from bilingual.document import MentionType
from bilingual.errors import DataError
from bilingual.names.hangul import decompose, is_syllable
from bilingual.names.keys import korean_surname
from bilingual.names.romanized import parse_name
from bilingual.names.titles import KOREAN_OFFICE_TITLES

KOREAN_ORG_HEADS = tuple(
    "뉴스 일보 신문 방송 방송공사 통신 위원회 공사 공단 은행 전자 그룹 대학교 대학 협회 재단 기구 연합 증권 건설 항공 "
    "자동차 연구소 연구원 센터 본부 국회 검찰 경찰 법원 정부 보험 화학 중공업 전력 제약 신문사 방송사 통신사 기업 회사 "
    "조합 학회 의회 정당 부처 감독원 정보원 감사원 진흥원 평가원 개발원 교육원 연수원 심판원 보건원 과학원 학술원 "
    "예술원 국어원 기술원 관리원".split())
"""Ends of Korean organization names (two syllables or more, any length of name). An institution (院) is named by
its field and 원 (금융감독원, 국가정보원, 한국개발연구원); 원 alone ends too many other words (공무원, 지원, 공원)."""
KOREAN_SHORT_ORG_HEADS = ("부", "청", "처")
"""Ministries (외교부), agencies (통계청) and offices (법제처): only in names of three syllables or more (정부 is
caught above; 일부, 상처 are not names)."""
ENGLISH_ORG_HEADS = frozenset(
    "Agency News Ministry Department Commission Committee Council Corporation Corp Corp. Inc Inc. Co Co. Ltd Ltd. "
    "Company Group Bank University Institute Times Herald Post Journal Daily Shimbun Ilbo Press Association "
    "Organization Organisation Office Service Party Police Court Assembly Authority Foundation Fund Electronics "
    "Motors Airlines Television Broadcasting Network Union Federation Forces Army Navy Board Bureau Administration "
    "Secretariat Parliament Senate Congress Construction Holdings Industries Energy Telecom Securities Insurance "
    "Cabinet Embassy Consulate School Hospital Center Centre Club Chaebol Conglomerate Coalition".split())
ENGLISH_ORG_LEADS = re.compile(r"(?:The\s+)?(?:Ministry|Department|Bank|University|Office|Bureau|Board|Council|"
                               r"Committee|Commission|Institute|Embassy|Federation|Association)\s+(?:of|for|on)\s+\S")
NEWS_AGENCIES = frozenset(
    "Reuters AFP AP Bloomberg Xinhua Kyodo Yonhap Tass TASS Interfax Anadolu EFE ANSA dpa DPA Jiji Newsis News1 KCNA "
    "로이터 블룸버그 신화통신 교도통신 타스 인테르팍스 뉴시스 연합 연합뉴스 지지통신 조선중앙통신".split())
"""News agencies and wire services: their names carry no head, and news pages credit them everywhere."""
_KOREAN_UNIT = re.compile("(?:특별시|광역시|특별자치시|특별자치도|[도시군구읍면동리])$")
_ENGLISH_UNIT = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?-(?:si|gun|gu|do|eup|myeon|dong|ri)"
                           r"|(?:[A-Z][\w'’-]+\s+){1,3}(?:Province|City|County|Prefecture|State|Island|District)")
_TRAILING_NUMBER = re.compile(r"\d+$")
_DIRECTION_DISTRICT = re.compile("[동서남북중]구")
"""The districts of the metropolitan cities named by a direction (북구, 중구): a unit after one syllable."""
KOREAN_GEOGRAPHIC_ENDINGS = ("양", "섬", "항", "역", "궁", "문", "산", "강", "공항", "반도", "해협", "평야", "고원")
"""Ocean, island, port, station, palace, gate, mountain, river …: a word of three syllables or more ending in one
is a place, though it may begin like a person's name (천안문, 태평양)."""


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """The gazetteer's names (NFC; Latin names case-folded), read once from ``bilingual/data/places.tsv``."""
    return frozenset(name for name, _ in _rows())


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The gazetteer's names of countries (its kind ``country``; NFC, Latin names case-folded)."""
    return frozenset(name for name, kind in _rows() if kind == "country")


def is_country(name: str) -> bool:
    """Whether ``name`` is a country's name in the gazetteer (미국, China, the United States)."""
    return _key(name) in countries() or (name.startswith("the ") and _key(name[4:]) in countries())


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    """The gazetteer's (name, kind) rows, names keyed as :func:`places` keys them."""
    name = "places.tsv"
    text = resources.files("bilingual.data").joinpath(name).read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or not cols[0].strip():
            raise DataError(f"bilingual/data/{name}, line {number}: expected name, kind and source")
        out.append((_key(cols[0]), cols[1].strip()))
    return tuple(out)


def _key(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    return name if not name.isascii() else name.casefold()


def is_place(name: str) -> bool:
    """Whether ``name`` is in the gazetteer, or ends in an administrative unit (수원시, Gangnam-gu)."""
    if _key(name) in places():
        return True
    if name.startswith("The "):
        return _key(name[4:]) in places()
    compact = name.replace(" ", "")
    if not name.isascii():
        if len(compact) >= 3 and compact.endswith(KOREAN_GEOGRAPHIC_ENDINGS):
            return True
        if _DIRECTION_DISTRICT.fullmatch(compact):
            return True
        stem = _KOREAN_UNIT.sub("", compact)
        if stem == compact or not stem:
            return False
        return _key(stem) in places() or (len(compact) >= 3 and all(_sino_korean_like(c) for c in stem))
    return bool(_ENGLISH_UNIT.fullmatch(name))


def _sino_korean_like(syllable: str) -> bool:
    """Whether a syllable can be read from a Chinese character, as the stems of Korean place names are (수원, 서귀포),
    unlike loanwords that happen to end in a unit's syllable (갤럭시, 택시 are not 갤럭-si)."""
    if not is_syllable(syllable):
        return False
    initial, medial, final = decompose(syllable)
    if initial in ("ㄲ", "ㄸ", "ㅃ", "ㅉ", "ㅋ") or final not in ("", "ㄱ", "ㄴ", "ㄹ", "ㅁ", "ㅂ", "ㅇ"):
        return False
    if medial in ("ㅐ", "ㅔ", "ㅒ") and final not in ("", "ㄱ", "ㅇ"):
        return False
    return not (initial == "ㄹ" and medial in ("ㅓ", "ㅔ", "ㅐ"))


def org_head(name: str) -> str | None:
    """The head that makes ``name`` an organization's name (뉴스, 부, Agency, Ministry of …), or ``None``."""
    if name in NEWS_AGENCIES:
        return name
    if not name.isascii():
        solid = name.replace(" ", "")
        compact = _TRAILING_NUMBER.sub("", solid)  # 뉴스1: a head and a number is a name
        head = next((h for h in KOREAN_ORG_HEADS
                     if compact.endswith(h) and (len(compact) > len(h) or compact != solid
                                                 or h in ("국회", "검찰", "경찰", "정부"))), None)
        if head is None and len(compact) >= 3 and compact.endswith(KOREAN_SHORT_ORG_HEADS):
            head = compact[-1]
        return head
    words = name.split()
    if len(words) >= 2 and words[-1] in ENGLISH_ORG_HEADS:
        return words[-1]
    found = ENGLISH_ORG_LEADS.match(name)
    return found.group().removeprefix("The ").split()[0] if found else None


def korean_name_shape(name: str) -> bool:
    """A family name followed by one or two syllables (a two-syllable family name and one or two)."""
    surname = korean_surname(name)
    return surname is not None and 1 <= len(name) - len(surname) <= 2


def mention_type(name: str, lang: str, *, title: str | None = None,
                 proper_noun: bool = False) -> tuple[MentionType, str]:
    """The type of a name the knowledge base does not hold, and why: ``("org", …)``, ``("place", …)``,
    ``("person", …)`` or ``("other", …)``. ``title``: a title found beside the name; ``proper_noun``: Kiwi
    tagged it as one (Korean)."""
    head = org_head(name)
    if head is not None:
        return "org", ("a news agency" if head == name else f"an organization by its head {head}")
    hangul = not name.isascii()
    if title is not None and (not hangul or korean_name_shape(name.replace(" ", ""))) \
            and not (title in KOREAN_OFFICE_TITLES and is_place(name)):  # 강남 구청장 is the office of a place
        return "person", f"a person by the title {title!r}"
    if is_place(name):
        return "place", "a place (gazetteer or administrative unit)"
    if hangul and proper_noun and korean_name_shape(name.replace(" ", "")):
        return "person", "a person by a Korean name's shape"
    if not hangul and len(name.split()) >= 2 and parse_name(name):
        return "person", "a person by a romanized Korean name"
    return "other", "a proper noun without evidence of a person, organization or place"
