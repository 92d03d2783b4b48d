"""Titles that stand beside names: one table for the linker, the mentions stage and the review.

English titles stand before the name, with an optional nationality ("U.S. Secretary of State", "South
Korean Foreign Minister"); Korean ones after it (조태열 장관).

>>> strip_titles("U.S. Secretary of State Antony Blinken"), strip_titles("조태열 외교부 장관은")
('Antony Blinken', '조태열')
>>> title_fits("Foreign Minister", ("Minister of Foreign Affairs",)), title_fits("장관", ("President",))
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingual.names.hangul import has_syllable
from bilingual.names.keys import PARTICLE, korean_person_name

OCCUPATIONS = frozenset(
    "Novelist Poet Writer Author Singer Actor Actress Pianist Violinist Cellist Conductor Composer Painter Artist "
    "Filmmaker Swimmer Skater Golfer Striker Midfielder Defender Goalkeeper Pitcher Coach Chef Designer Rapper "
    "Comedian Architect Activist Lawyer Attorney Judge Prosecutor Detective Archer Boxer Fencer Sprinter Skier Gymnast "
    "Climber Cyclist Dancer Ballerina Soprano Tenor Economist Analyst Researcher Scientist".split())
"""Occupations written before a name as titles are in news ("Novelist Han Kang", "Swimmer Hwang Sun-woo"):
evidence of a person, and kept apart from the name as a title is."""
KOREAN_OCCUPATIONS = frozenset(
    "가수 배우 소설가 시인 작가 화가 피아니스트 바이올리니스트 첼리스트 지휘자 작곡가 영화감독 무용가 성악가 소프라노 "
    "테너 셰프 디자이너 래퍼 코미디언 개그맨 개그우먼 건축가 사진작가 만화가 골퍼 투수 공격수 수비수 골키퍼 "
    "경제학자 평론가 방송인 유튜버 멤버 선수 감독 코치".split())
"""Occupations written before a Korean name (가수 아이유, 소설가 한강): evidence of a person, even for a name that
is also a place's. A group's member too (멤버 X: mentions23); an athlete, a manager, a coach (배드민턴 선수 X, 축구 감독
X: mentions46 — 감독 and 코치 are titles after a name as well, :data:`KOREAN_TITLES`)."""
TITLE_PREFIX = re.compile(
    r"^(?:(?:U\.S\.|US|South\s+Korean|North\s+Korean|Korean|Japanese|Chinese|American|Russian|former|then)\s+)*"
    r"(?:(?:Vice|Deputy|Assistant|Acting)\s+)?"
    r"(?:Secretary\s+of\s+State|Minister\s+of\s+Foreign\s+Affairs|"
    r"(?:\w+\s+(?:and\s+)?){1,3}Minister|Vice\s+President|Secretary-General|Director-General|Secretary|Minister|"
    r"President|Inspector|Superintendent|Sergeant|Sgt\.?|Lieutenant|Colonel|Col\.?|Admiral|Adm\.?|"
    r"(?:Chief|Managing|Executive)\s+(?:(?:Executive|Financial|Operating|Technology|Information|Investment|Marketing|"
    r"Medical|Science|Commercial|Strategy|Product|Digital|Risk)\s+)?(?:Officer|Executive|Director|Economist|"
    r"Strategist|Editor|Secretary|Investigator)|Executive\s+Vice\s+President|"
    r"Chief|Chairman|Chairwoman|Chairperson|(?:Executive\s+)?Chair|Manager|Ambassador|Director|Leader|Premier|PM|Chancellor|Reporter|Correspondent|Photographer|"
    r"Professor|Prof\.|Spokesperson|Spokesman|Spokeswoman|Mayor|Governor|(?:Lt\.?\s+)?Gov\.|CEO|Mr\.?|Ms\.?|Mrs\.?|"
    r"Dr\.?|Gen\.?|Sen\.?|Senator|Congressman|Congresswoman|Justice|Speaker|Commissioner|(?:Arch)?[Bb]ishop|Cardinal|"
    r"(?:Attorney|Solicitor)\s+General|"
    r"Rep\.?|" + "|".join(sorted(OCCUPATIONS, key=len, reverse=True)) + r")\s+",
    re.IGNORECASE)
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=16384)  # bounded: a match holds its text (a few MB when full)
def title_prefix(text: str) -> re.Match[str] | None:
    """``TITLE_PREFIX.match(text)``, remembered for each text (the mentions stage asks again for a candidate's
    text, its parts and the same names across sentences and documents: about two calls in three repeat one on the
    English news). A text with no whitespace is not tried: every match ends with some."""
    return TITLE_PREFIX.match(text) if _SPACE.search(text) else None


KOREAN_OFFICE_TITLES = frozenset("구청장 군수 도지사 교육감 청장 부원장 사장 회장 부회장 이사장 대변인 교수 특파원 "
                                 "의장 본부장 사무관 대표 부사장 전무 상무 시장 감독 총재 부총재 국장 부의장 "
                                 "법인장".split())
"""Titles of offices also written solid after a place or an organization (강남구청장, 부산교육감): evidence of a
person only for a name that is not a place (:func:`bilingual.entities.gazetteer.mention_type`)."""
JAPANESE_MINISTER_TITLES = frozenset("외무상 방위상 총무상 경제산업상 농림수산상 농림상 후생노동상 문부과학상 "
                                      "국토교통상 경제재생상 부흥상".split())
"""The titles of Japan's cabinet ministers as Korean news writes them, a ministry's name and 상 (相, as 外務大臣 is
外相 in Japanese news): 가미카와 외무상, 고이즈미 농림상. A closed list from the ministries of the cabinet (the Cabinet
Secretariat's list: 総務省, 外務省, 文部科学省, 厚生労働省, 農林水産省 — 농림상 for short —, 経済産業省, 国土交通省,
防衛省), the Reconstruction Agency's minister (부흥상) and the minister of state for economic revitalization
(경제재생상). North Korean news writes its foreign minister the same way (외무상). Left out where the ministry's
name is an everyday Korean noun that takes 상 (上, "in terms of") before another noun: 재무상 (재무상 부담, financial),
법무상, 환경상 (환경상 이유), 디지털상 (디지털상 거래) and 경제안보상; a title there would make the company or
place before it a person. 상 alone is no title, nor any other word ending in it (영상, 현상, 대상, 이상, 세상); 수상
(also an award), 정상 (also a summit, or normal) and 외상 (外相; also an injury, or credit) are left out."""
_RANKED_HEADS = {"검사": ("부장", "부부장", "차장", "주임"), "판사": ("", "부장", "수석부장"),
                 "이사": ("대표", "상무", "전무", "사외"), "행정관": ("", "선임")}
"""Heads of titles and the ranks written solid before them: a prosecutor's (부장검사, 차장검사, 주임검사), a judge's
(판사, 부장판사, 수석부장판사), a company director's (대표이사, 상무이사, 전무이사, 사외이사) and an official's of the
presidential office (행정관, 선임행정관). 검사 and 이사 alone are no titles (검사: a test, 유전자 검사; 이사: a
move)."""
KOREAN_RANK_TITLES = frozenset(rank + head for head, ranks in _RANKED_HEADS.items() for rank in ranks) | frozenset(
    "치안총감 치안정감 치안감 경무관 총경 경정 중장 준장 대령 중령 소령 대위 준위 원사 중사 병장 상병 일병 이병 "
    "이사관 부이사관 서기관 주무관".split())
"""Titles of rank after a name (오태민 부장검사, 박상철 총경, 한동석 소령): the heads of :data:`_RANKED_HEADS` with
their ranks, and the ranks of the police (경찰공무원법 제3조: 치안총감 … 경정), of the armed forces (군인사법 제3조:
중장 … 이병) and of the civil service's grades (이사관, 부이사관, 서기관 and 주무관, the title of the grades below;
사무관 is one of :data:`KOREAN_OFFICE_TITLES` already) that are no everyday word as well. Left out for that:
경감 (a reduction), 경위 (the circumstances), 경사 (a slope), 대장 (a leader, the colon), 소장 (an institute's head, a
complaint), 소위 (so-called), 중위 (the median), 상사 (a superior, a trading company), 하사 (to bestow), 원수 (an
enemy) and 주사 (an injection)."""
KOREAN_TITLES = frozenset("장관 국무장관 외교장관 국방장관 대통령 실장 안보실장 총리 위원장 대사 의원 원장 총장 차관 "
                          "씨 여사 기자 선수 최고경영자 창업자 창업주 행장 주석 총통 국왕 여왕 교황 단장 "
                          "코치 사무총장 사무차장 부위원장 부통령 부총리 일왕 왕세자 총독 주지사 상원의원 하원의원 "
                          "하원의장 상원의장 고위대표 최고대표 고등판무관 특별대표 "
                          "수석이코노미스트".split()) | KOREAN_OFFICE_TITLES | JAPANESE_MINISTER_TITLES \
    | KOREAN_RANK_TITLES
ENGLISH_PERSON_ONLY_TITLES = frozenset("mr mrs ms dr sen rep senator congressman congresswoman".split())
"""English titles of address and of legislators (without their full stop, in lower case), which only a person bears:
the name after one is a person's even where a place has the same name (Ms. Quintero, Sen. Lincoln)."""


def english_person_only_title(title: str) -> bool:
    """Whether a title found before an English name ends in one of :data:`ENGLISH_PERSON_ONLY_TITLES` ("former
    Sen.", "Mrs.")."""
    words = title.split()
    return bool(words) and words[-1].rstrip(".").casefold() in ENGLISH_PERSON_ONLY_TITLES


KOREAN_PERSON_ONLY_TITLES = frozenset("대통령 부통령 총리 부총리 주석 총통 국왕 여왕 일왕 왕세자 교황 총독 주지사 "
                                      "장관 국무장관 외교장관 국방장관 상원의원 하원의원 하원의장 상원의장 "
                                      "여사".split()) | JAPANESE_MINISTER_TITLES
"""Titles only a person holds — heads of state and government, royals, ministers, members of a foreign
legislature —, unlike the offices a body's name may stand before (대표, 회장, 의장, 총재: 테슬라 대표, 연준 의장; 의원
and 선수 after a party's or a club's name: 페예노르트 선수): a single foreign word before one is the person (루카셴코
대통령, 나루히토 일왕), not an organization by its officer, and a word before a person and one of these titles is no
body of that person (버락 오바마 상원의원)."""
KOREAN_TITLE_ALTERNATION = "|".join(sorted(KOREAN_TITLES, key=len, reverse=True))
"""The titles of :data:`KOREAN_TITLES` as one regular-expression alternation, the longest first (수석이코노미스트 before
이코노미스트): the pattern every reader of a title after a Korean name builds on."""
TITLE_SUFFIX_KO = re.compile(r"\s*(?:외교부\s*)?(?:" + KOREAN_TITLE_ALTERNATION + r")$")
_TITLE_ROLE_WORDS = {"minister": "Minister", "secretary": "Secretary", "president": "President",
                     "chief": ("Chief", "Adviser", "Director"), "장관": "Minister", "대통령": "President",
                     "실장": ("Chief", "Adviser"), "총리": "Prime Minister"}


def title_fits(title: str, roles: tuple[str, ...]) -> bool:
    """Whether a title (Minister, Chief, 장관) fits one of an entity's ``roles``."""
    if not title.split():
        return False
    words = _TITLE_ROLE_WORDS.get(title.split()[-1].lower().rstrip("."), title.split()[-1])
    words = (words,) if isinstance(words, str) else words
    return any(w.lower() in role.lower() for role in roles for w in words)


def strip_titles(name: str) -> str:
    """A name without the titles around it (and, in Korean, the particle after them)."""
    if has_syllable(name):
        name = PARTICLE.sub("", name) if not korean_person_name(name) else name
        stripped = TITLE_SUFFIX_KO.sub("", name).strip()
        stripped = PARTICLE.sub("", stripped) if stripped != name else stripped
        return stripped or name
    found = title_prefix(name)  # anchored at the start and never empty: TITLE_PREFIX.sub replaces this match only
    return (name[found.end():] if found else name).strip() or name
