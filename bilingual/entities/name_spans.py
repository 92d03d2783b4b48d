"""Name spans, the candidates of the mentions stage: a span of a sentence that may be a name, with its evidence.

The finders of :mod:`bilingual.entities.english_names` and :mod:`bilingual.entities.korean_names` make them;
:mod:`bilingual.entities.mentions` links and types them. :func:`add_cues` reads the words around each span
(:mod:`bilingual.entities.evidence`), shared by coordinated names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bilingual.document import Token
from bilingual.entities.evidence import (
    BRANDS_CUE,
    ONE_WORD_WHO,
    Cue,
    english_cue,
    korean_cue,
    korean_cue_before,
    korean_road_cue,
    korean_stage_cue,
)

ORG_CONTEXT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:CEO|CFO|chairman|chairwoman|chief\s+executive|executive|executives|shares|stock|stocks|"
    r"employees|workers|suppliers|subsidiary|affiliate|spokesperson|spokesman|spokeswoman|headquarters|"
    r"chief|president|vice\s+president|founder|researchers|board)\b")
"""Words after a name that make it an organization when nothing else types it ("Samsung C&T executive vice president",
"Nvidia and Microsoft shares")."""
CONJUNCTION_EN = re.compile(r",?\s+(?:and|or)\s+|,\s+")
CONJUNCTION_KO = re.compile(r"(?:과|와|이나)\s?|\s?[,·]\s?|\s및\s|(?:과|와)\s및\s")
"""What joins coordinated names (Nvidia and Microsoft; 쿠팡과 크래프톤, 하이브가): they share the predicate after the
last of them, and so its cues."""

KOREAN_LOCATIVES = frozenset({"에서", "에", "로", "으로"})
"""Locative particles: a person takes 에게, never 에서 (오송에서, 울란바토르에, 캔버라로)."""


def locative_after(tokens: list[Token], j: int) -> bool:
    """Whether a locative particle follows the name ending before ``tokens[j]`` (오송에서, 울란바토르에)."""
    return j < len(tokens) and tokens[j].tag == "JKB" and tokens[j].form in KOREAN_LOCATIVES \
        and tokens[j].start == tokens[j - 1].end


@dataclass
class NameSpan:
    start: int
    end: int
    lang: str
    title: str | None = None
    kiwi_proper_noun: bool = False
    reasons: list[str] = field(default_factory=list)
    locative: bool = False  # a locative particle or preposition on it (오송에서, in Osong)
    # an officer of it follows (Hanwha Ocean CEO Kim …, 한화오션 김재민 대표), or a person is "of" it (… of Red Bull)
    org_context: bool = False
    person_context: bool = False  # an apposition says who it is ("Sarah Mitchell, a spokeswoman")
    shouting: bool = False  # in a sentence written in capitals: an all-capital word there is no acronym
    headline: bool = False  # in a sentence in title case, whose verbs are capitalized too ("… Urge China to …")
    cue: Cue | None = None  # the words around it (bilingual.entities.evidence)
    title_beyond: str | None = None  # a title after the place or body it is held in (앤서니 앨버니지 호주 총리)
    officer_before: bool = False  # the body a title after it is of, held by the name before it (제롬 파월 연준 의장)
    work: bool = False  # the title of a work in quotes after 영화, 드라마 … or in 『』 (영화 '파묘')
    credit: bool = False  # the outlet of a dateline or a photo credit ([대전=이데일리], /사진=헤럴드경제)
    dateline: bool = False  # an English dateline's place in capitals ("WONJU, May 12 (Yonhap) --")
    model: bool = False  # a model's or a product's code, capitals and a number written together (SU7, KF-21)
    lake: bool = False  # a lake's or a reservoir's name in 호 before the words of its water (소양호 수위)
    bridge: bool = False  # a bridge's name in 교 before a word of where something stands at it (진동교 지점)
    building: bool = False  # a name and a word for a building or a ground written apart (댜오위타이 국빈관)
    craft: bool = False  # a craft's or a product's name (누리호, 천리안위성, "the Danuri lunar orbiter", "the Ioniq 5")
    japanese: bool = False  # a Japanese full name in the Hangul of kana (니시무라 료타)
    edition: bool = False  # an event's or a product's edition by its year after it (바이오코리아 2025)
    quoted: bool = False  # a name in single quotes in a Korean sentence, no word of its kind before it ('바나나맛우유')


_NEXT_IN_A_LIST = re.compile(r",\s+|,?\s+(?:and|or)\s+")
"""What stands between two names of an English list (a comma, and, or): the next name is listed too (mentions55)."""


def add_cues(text: str, out: list[NameSpan], end: int, lang: str) -> None:
    """The cues of :mod:`bilingual.entities.evidence` around each candidate of a sentence; coordinated names share
    the cues after the last of them (Nvidia and Microsoft shares; 쿠팡과 크래프톤, 하이브가 … 시가총액), and the names
    listed after "brands including" share that cue along the list ("brands including X, Y and Z": mentions55)."""
    conjunction = CONJUNCTION_EN if lang == "en" else CONJUNCTION_KO
    for k, c in enumerate(out):
        last = c.end
        for d in out[k + 1:]:
            if d.start <= last or not conjunction.fullmatch(text[last:d.start]):
                break
            last = d.end
        after = text[last:min(end, last + 80)]
        if lang == "en":
            before = text[max(0, c.start - 30):c.start]
            c.cue = english_cue(before, after, text[c.start:c.end])
            if c.cue is not None and c.cue.rule == ONE_WORD_WHO and last != c.end:
                c.cue = None  # "of Dayton, Ohio, who was killed": the "who" is of the person, not of the list's names
            listed = out[k - 1].cue if k else None
            if listed is not None and listed.rule == BRANDS_CUE \
                    and _NEXT_IN_A_LIST.fullmatch(text[out[k - 1].end:c.start]):
                c.cue = listed  # "brands including X, Y and Z": every brand of the list (mentions55)
            if last != c.end and ORG_CONTEXT_AFTER.match(after):
                c.org_context = True
        else:  # a word of a class of organizations before it (핀테크 기업 X) outweighs the cues after it
            c.cue = korean_cue_before(text[max(0, c.start - 9):c.start]) \
                or korean_stage_cue(text[c.start:c.end], after) or korean_road_cue(text[c.start:c.end], after) \
                or korean_cue(after)
