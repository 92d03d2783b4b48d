"""Names of things made and named: ships, rockets, satellites and probes, and products named by a model number.

News name them without quotes, and their names are often words that name a person or a place as well (누리, 다누리,
천리안; Ioniq). What tells them apart is in the words themselves and around them, not in a list:

- in Korean, 호 (號) written solid after the name, as ships, launch vehicles and satellites are numbered and named
  (누리호, 다누리호, 아리랑 3호, 차세대중형위성 3호), 위성 written solid after a proper noun (천리안위성), and a word of
  launching, orbiting or sailing in the sentence when the name before 호 is a common noun of Kiwi's (누리호 발사);
- in English, a word for a craft or a product right after the name ("the Danuri lunar orbiter", "the Sejong
  destroyer"), or a capitalized word and a model number after "the" ("the Ioniq 5", "the Galaxy S25"), after another
  word in lower case or after a possessive ("on a Falcon 9 rocket", "Hyundai Motor's Ioniq 5": mentions30), not a
  numbered part of a place or a text (Gate 3), a listed place or a listed maker (a fleet of Boeing 747s).

Such a name is typed ``other`` (:attr:`bilingual.entities.name_spans.NameSpan.craft`), never a person or a place.
"""

from __future__ import annotations

import re

from bilingual.document import Token
from bilingual.entities.gazetteer import is_place, korean_name_shape, listed_place
from bilingual.entities.organizations import group_company, known_organization
from bilingual.names.hangul import is_syllable

_CRAFT_EVIDENCE_KO = re.compile("발사|쏘아\\s?올|궤도|우주|위성|로켓|발사체|탐사선|우주선|착륙|교신|진수|취항|"
                                "출항|입항|항해|운항|결항|침몰|좌초|인양|선박|여객선|화물선|어선|함정|잠수함|구축함|호위함|선원|승객")
"""Words of launching, orbiting and sailing: in a sentence with one, a word written solid before 호 names a craft
(누리호 발사, 한빛호 선원) even when Kiwi finds no proper noun in it; 운항 and 결항, a ship's or a plane's sailing and
its cancellation ('독도사랑호' 운항 재개, in quotes Kiwi reads the name as one common noun: mentions35)."""
_NOT_IN_A_NAME = ("J", "E", "VC", "XSV", "XSA", "SF", "SP", "SS", "SW", "SE", "SO")
"""Tags of particles, endings, copulas, verb suffixes and punctuation: where the name in a word ends."""
_NUMBERED = re.compile(r" \d{1,3}[A-Z]{0,2}호(?!선)")
"""A number one space after a name, then 호 (아리랑 3호, 천리안 2B호); not a subway line (3호선)."""
_OPENING = " \t\n'\"‘“(「『<"


_WATER_AFTER = re.compile(r"\s(?:수위|녹조|수질|저수율|저수량|담수량|수면|결빙|호반|상수원|취수원|취수장|둘레길|"
                          r"물(?=[이을은도의]\s))(?![가-힣])|\s(?:수위|녹조|수질|저수율|저수량|수면|결빙|호반|상수원|취수원|"
                          r"둘레길)(?=[가이를을은는의도와과에])|(?:에|에서)\s(?:조류경보|조류주의보|녹조)(?![가-힣])")
"""The water of a lake or a reservoir written apart right after a word ending in 호 (湖): its level, its algae, its
quality, how full it is, its surface and ice, its shore, the supply drawn from it (의암호 수위, 소양호 녹조, 대청호
물이): the word is the lake's name, not a vessel's (누리호 발사, 한빛호 선원) nor a person's (김민호 감독). The trail
round it (경포호 둘레길), and an algae alert or bloom issued on it after 에 (대청호에 조류경보: mentions34)."""


def _solid_word(text: str, tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The word written solid that starts at ``tokens[i]``: the index after its last token (tokens that touch, none
    of a kind no name holds, :data:`_NOT_IN_A_NAME`) and its text; ``None`` when ``tokens[i]`` starts no word (a name
    starts a word: after the text's start, a space, a quote or a bracket, :data:`_OPENING`)."""
    start = tokens[i].start
    if start > 0 and text[start - 1] not in _OPENING:
        return None
    k = i
    while k < len(tokens) and (k == i or tokens[k].start == tokens[k - 1].end) \
            and not tokens[k].tag.startswith(_NOT_IN_A_NAME):
        k += 1
    return k, text[start:tokens[k - 1].end]


def korean_lake_end(text: str, tokens: list[Token], i: int) -> int | None:
    """The end index (exclusive) of a lake's or a reservoir's name that starts a word at ``tokens[i]``, or ``None``:
    a word written solid of three syllables or more ending in 호, with a proper noun of Kiwi's in it, and the words of
    its water right after it (:data:`_WATER_AFTER`: 소양호 수위, 안동호 녹조, which Kiwi may cut 안동 + 호). Neither a
    title nor 씨 can follow (the words of water are next), so no person is read as a lake (mentions33)."""
    word = _solid_word(text, tokens, i)
    if word is None:
        return None
    k, core = word
    if len(core) < 3 or not core.endswith("호") or not all(is_syllable(c) for c in core) \
            or not any(t.tag == "NNP" for t in tokens[i:k]):
        return None
    return k if _WATER_AFTER.match(text, tokens[k - 1].end) else None


_AT_A_BRIDGE = re.compile(r"\s(?:지점|교각|상판|하부|남단|북단|아래|밑|인근|부근|일대)"
                          r"(?:(?![가-힣])|(?=[은는이가을를의에도와과로]|으로))")
"""Where something stands at a bridge, written apart right after a word ending in 교 (橋): a gauging point, its piers,
its deck, beneath it, its ends, near it (진동교 지점에 홍수경보, 한강교 남단): the word is the bridge's name, not a
person's of that shape (진동교); the words stand by no person (a person is near no 지점, has no 교각)."""
_NOT_BRIDGES = ("학교", "종교", "불교", "기독교", "천주교", "유교", "도교", "천도교", "원불교", "선교", "외교", "포교")
"""Words in 교 that are no bridge: a school (學校), a religion (敎), mission and diplomacy (宣敎, 外交)."""


def korean_bridge_end(text: str, tokens: list[Token], i: int) -> int | None:
    """The end index (exclusive) of a bridge's name that starts a word at ``tokens[i]``, or ``None``: a word written
    solid of three syllables or more ending in 교 (橋), with a proper noun of Kiwi's in it, not a school's or a
    religion's word (:data:`_NOT_BRIDGES`), and a word of where something stands at a bridge right after it
    (:data:`_AT_A_BRIDGE`: 진동교 지점에, which Kiwi reads as a proper noun of a person's shape; mentions34)."""
    word = _solid_word(text, tokens, i)
    if word is None:
        return None
    k, core = word
    if len(core) < 3 or not core.endswith("교") or core.endswith(_NOT_BRIDGES) \
            or not all(is_syllable(c) for c in core) or not any(t.tag == "NNP" for t in tokens[i:k]):
        return None
    return k if _AT_A_BRIDGE.match(text, tokens[k - 1].end) else None


def korean_craft_end(text: str, tokens: list[Token], i: int) -> int | None:
    """The end index (exclusive) of a craft's name that starts a word at ``tokens[i]``, or ``None``: a word
    written solid and 호 (다누리호, 누리호), a name and a number before 호 (아리랑 3호, 천리안 2B호, 차세대중형위성
    3호), or a proper noun and 위성 written solid (천리안위성). A word that has no proper noun of Kiwi's in it needs a
    word of launching or sailing in the sentence (:data:`_CRAFT_EVIDENCE_KO`), or 위성 before its number. Not a
    Korean name that ends in 호 (김민호, which Kiwi may cut 김민 + 호; 남궁민호), not a listed place and 호, a lake (湖:
    충주호, 소양호), nor a number and 호 alone (3호선, 101호: no name before them)."""
    word = _solid_word(text, tokens, i)
    if word is None:
        return None
    k, core = word
    if len(core) < 2 or not all(is_syllable(c) for c in core):
        return None
    proper = any(t.tag == "NNP" for t in tokens[i:k])

    def evidence() -> bool:
        return _CRAFT_EVIDENCE_KO.search(text, tokens[0].start, tokens[-1].end) is not None

    if core.endswith("호") and len(core) >= 3 and not korean_name_shape(core) and not listed_place(core[:-1]) \
            and (proper or evidence()) and not _WATER_AFTER.match(text, tokens[k - 1].end):
        return k
    numbered = _NUMBERED.match(text, tokens[k - 1].end)
    if numbered is not None and (k == len(tokens) or tokens[k].start > tokens[k - 1].end) \
            and (proper or core.endswith("위성") or evidence()):
        return next((n + 1 for n in range(k, min(len(tokens), k + 4)) if tokens[n].end == numbered.end()), None)
    if proper and core.endswith("위성") and len(core) >= 4:
        return k  # 천리안 + 위성
    return None


_CRAFT_WORDS_EN = (r"(?:lunar\s+|Mars\s+|space\s+|solar\s+|research\s+|navy\s+|naval\s+|electric\s+|flagship\s+|"
                   r"reconnaissance\s+|spy\s+|weather\s+)?"
                   r"(?:orbiter|rover|lander|probe|spacecraft|satellite|rocket|launcher|launch\s+vehicle|space\s+station|"
                   r"destroyer|frigate|submarine|aircraft\s+carrier|warship|icebreaker|tanker|ferry|cruise\s+ship)")
_CRAFT_AFTER_EN = re.compile(rf"\s+{_CRAFT_WORDS_EN}s?\b")
"""A word for a craft right after a name ("the Danuri lunar orbiter", "the Nuri rocket", "the Sejong the
Great destroyer"): the name is the craft's, not a person's or a place's."""
_MODEL_NUMBER_AFTER = re.compile(r"\s[A-Z]?\d{1,3}[a-z]?\b(?![.,]?\d)(?!\s*(?:%|percent|per\b|years?\b|months?\b|"
                                 r"days?\b|hours?\b|minutes?\b|times\b|million\b|billion\b|people\b))"
                                 r"(?!\s?[-–]\s?\d)")
"""A model number one space after a name ("Ioniq 5", "Galaxy S25", "Model 3"), not a quantity ("5 percent") nor a
score ("Lisbon 2-1")."""
_ONE_WORD = re.compile(r"[A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*")
_DATE_WORDS = frozenset("January February March April May June July August September October November December Jan Feb "
                        "Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday "
                        "Sunday Day Week Year Season Phase Level Stage Grade Class Category Chapter Section Article "
                        "Top Group".split())
"""Words a number follows that are no product: a date (the September 11 attacks, the June 14 election), a rank or a
part of something (the Top 10, Phase 3, Article 9)."""
_NUMBERED_PARTS = frozenset(
    "Gate Line Room Terminal Exit Building Unit Reactor Round Game Match Leg Episode Volume Vol Part Book Route "
    "Highway Pier Lane Floor Block Zone Ward Platform Track Hall Seat Row District Precinct Division Flight Bus Tower "
    "Wing Bay Dock Berth Runway Camp Area Sector Lot Case Item Rule Table Figure Exhibit Act Scene Question Option "
    "Point Step Tier Issue Number No Apartment Suite Station Hole Race Heat Lap Set".split())
"""Numbered parts of places, events and texts (Gate 3, Round 16, Line 2, Reactor 4, Act 2, Hole 18): a number after
them, with no "the" before, names no product; read only where :func:`english_model_end` looks past "the"."""
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)(?:[a-z][a-z'’-]*|[A-Za-z]+['’]s)\s$")
"""A word in lower case or a possessive right before a name (on a Falcon 7, said Nova 3 sales, Kia's Stellar 7): the
capital is the name's, not a sentence's opening."""


def english_craft_after(text: str, start: int, end: int) -> bool:
    """Whether a word for a craft follows the name ``text[start:end]`` and "the" comes before it ("the Danuri lunar
    orbiter"; not "a SpaceX rocket", the maker's)."""
    return (_the_before(text, start) or _the_opening(text, start)) and _CRAFT_AFTER_EN.match(text, end) is not None


def _the_opening(text: str, start: int) -> bool:
    """Whether "The" opening the text or a sentence comes right before ``start`` ("The Nuri rocket lifted off":
    mentions39)."""
    if start < 4 or not text.startswith("The ", start - 4):
        return False
    k = start - 4  # the last character before "The" that is no space (as text[:k].rstrip() ends; that copied the
    while k and text[k - 1].isspace():  # document's text up to here for each name: perf55)
        k -= 1
    return text[k - 1:k] in (".", "!", "?", "\"", "”", "\n", "")


def _the_before(text: str, start: int) -> bool:
    """Whether the word "the" comes right before ``start`` (the cheap test of both rules)."""
    return start >= 4 and text.startswith("the ", start - 4) and (start == 4 or not text[start - 5].isalnum())


def english_model_end(text: str, start: int, end: int) -> int | None:
    """Where a product's name ends that is one capitalized word and a model number ("the Ioniq 5", "the Galaxy
    S25", "the iPhone 17"), or ``None``: after "the", or (mentions30: a model's name with its number) after another
    word in lower case or a possessive ("launched on a Falcon 7", "Kia's Stellar 7", "said Nova 3 sales"), unless
    the word is a numbered part of something (:data:`_NUMBERED_PARTS`: "at Gate 3"), a listed place ("in Lisbon
    2") or a maker of the lists ("a fleet of Boeing 747s"). A name opening a sentence is left alone."""
    number = _MODEL_NUMBER_AFTER.match(text, end)
    if number is None or not _ONE_WORD.fullmatch(text, start, end) or text[start:end] in _DATE_WORDS:
        return None  # the cheap tests first: most names have no number after them
    if _the_before(text, start):
        return number.end()
    word = text[start:end]
    if _LOWER_WORD_BEFORE.search(text, max(0, start - 40), start) is None or word in _NUMBERED_PARTS \
            or is_place(word) or known_organization(word) is not None or group_company(word) is not None:
        return None  # a listed maker and a number ("a fleet of Boeing 747s") keep the maker, as before
    return number.end()
