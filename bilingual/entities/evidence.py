"""The words around a name that say what kind of name it is, when the name itself does not: ordered tables of cues
in both languages, each a named rule with the type it is evidence for and its strength.

A cue is read from the text just before or just after a name (in Korean after its particle; across the names
coordinated with it, which share its predicate: 쿠팡과 크래프톤, 하이브가 … 시가총액; "Nvidia and Microsoft shares").

- **strong** cues follow the name directly and say what it is (넥슨 주가, 코이카 직원들, 완도 앞바다, "shares of X",
  "X's chief executive", "editing by X", "the X Tigers"): they outweigh a name's shape (하이브 is no person called 하
  이브) and a foreign town of GeoNames that a company shares its name with;
- **clause** cues are further away in the clause the name is the subject of (셀트리온은 … 공장을 짓기로; "X will build
  a plant"): they only type a name that has no other evidence, never one shaped like a person's name.

>>> korean_cue("는 베트남 하이퐁에 두 번째 공장을 세운다.")
Cue(rule='ko-business-clause', type='org', strength='clause')
>>> korean_cue(" 인근 해상에서 어선이 전복됐다.").type, english_cue("Reporting by ", "; editing", "Ahn Ji-ho").rule
('place', 'en-credit-by')
>>> english_cue("Shares of ", " slid 6 percent") is not None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bilingual.document import MentionType
from bilingual.entities.kind_words import (
    MONARCH_TITLES,
    STAGE_ROLES,
    THE_BEFORE,
    latin_initials_before,
    monarch_titled,
)
from bilingual.names.foreign_word import transcribed

Strength = Literal["strong", "clause"]


@dataclass(frozen=True)
class Cue:
    """A rule that matched: its name, the type it is evidence for, and how strong it is."""

    rule: str
    type: MentionType
    strength: Strength


_KOREAN_BUSINESS_NOUNS = ("주가|주식|주주|지분|계열사|자회사|협력업체|협력사|임직원|직원|노조|본사|사옥|이사회|"
                          "경영진|매출|영업이익|순이익|무역관|해외법인|현지법인|주총|멤버(?!십|쉽)|구단")
"""Nouns that, right after a name, make it a company or a body (넥슨 주가, 코이카 직원들); not 신제품, 시가총액 or 실적,
which follow a product or an index as well (갤럭시 신제품, 코스피 시가총액). A group by its member (아이브 멤버 X:
mentions23; not 멤버십, a membership). A club by the word for one written after its name (벤피카 구단은 …: typer31),
as 구단 before a name is a class word."""
_KOREAN_PLACE_NOUNS = "앞바다|해상|해역|일대|인근|유역|상공|기슭|연안|근해|상류|하류|일원|해안|주민들?"
_KOREAN_FACILITY_NOUNS = ("주경기장|경기장|야구장|축구장|체육관|운동장|국제공항|공항|기차역|터미널|여객터미널|항구|"
                          "해수욕장|해변|광장|공원|대교|국립공원|둘레길|계곡|시내|도심|시가지|읍내|청사|정부청사|거리|골목|"
                          "산책로|벚꽃길|천변|상가|먹자골목|휴게소|터널|구간|탐방로|등산로")
"""Nouns of places inside a place, written after its name apart (잠실 주경기장, 속초 해수욕장, 전주 시내, 과천 청사,
성수동 카페 거리 — 거리 right after the name —, 양재천 산책로): the name before them is a place. A road's rest area,
tunnel or section and a mountain's trails too (한계령 휴게소, 미시령 구간, 설악 탐방로: mentions22)."""
_KOREAN_TRAIL_NOUNS = "탐방로|등산로|등반로|둘레길|탐방안내소|탐방지원센터|대피소|코스"
"""A mountain's trails, its visitor centre and its shelters, and a course (성판악 탐방로,
관음사 코스, 성판악 탐방안내소, 관음사와 성판악 두 코스): the name before one is a place — a trailhead, a
peak, a temple the trail starts at — and, unlike the other places inside a place (:data:`_KOREAN_FACILITY_NOUNS`:
김민수 공원 관리인), no person's name stands before them; so they type a name even of a Korean person's shape
(mentions38)."""
_KOREAN_ROUTE_VERBS = ("가는|갔다|가려|올랐|오르는|오른|올라|걸어|걸었|걷는|내려|이어지|이어진|이어져|운행|연장|이동|"
                       "왕복|달려|달렸|달린|행진|종주|하산|구간|노선|버스")
"""Verbs of going somewhere and the words of a route (성판악까지 가는 버스, 백록담까지 올랐다,
홍대까지 걸었다): after 까지 (up to), the name is where one goes (mentions38); not 까지 alone, which also
means "even" (대표까지 나섰다)."""
_KOREAN_STREET_FRONTS = ("주점|술집|식당|음식점|카페|편의점|도로|인도|횡단보도|교차로|광장|거리|골목|상가|정류장|"
                         "버스정류장|노상|길거리|공터|주차장")
"""What stands in front of a place or across from it (홍대 앞 주점, 시청 앞 광장, 역 건너편 정류장): the name before
앞 and one of them is a place, a quarter or a landmark (mentions38)."""
_KOREAN_CLAUSE_BUSINESS = ("공장|물류센터|데이터센터|지사|법인|매장|점포|무역관|상장|증시|시가총액|출시|인수|합병|매출|"
                           "영업이익|실적|주가|협력업체|신제품|수주|점유율|제련소|합작법인|합작사|합작회사")
"""What a company does or has in the clause it is the subject of (X는 … 공장을 짓기로, X는 … 증시에 상장돼); a
smelter and a joint venture too (X는 … 제련소를 짓기로 하고 … 합작법인을 세운다고: mentions63), 합작법인 written
solid, which the whole word 법인 does not match."""

_KOREAN_LISTED_CLASSES = "업체|기업|회사|제조사|플랫폼|브랜드|스타트업|운영사|통신사|항공사|증권사|은행"
"""Words of a class of companies that end "X·Y 등 … 업체들" (mentions55): the names listed before 등 are companies.
The class word ends the phrase (업체들은, 은행이): "X·Y 등 은행 직원들" lists people, and a Korean name of three
syllables keeps its person's shape (``gazetteer.mention_type``)."""

_LISTED_COUNT = r"\s\d[\d,]*(?:여)?\s?(?:곳|개사|개\s?(?:업체|기업|회사))(?:[은는이가을를의과와도에]|\s|$|[,.])"
"""How many of the class the list counts, right after the class word (X·Y 등 부품업체 40여 곳이, 국책은행 3곳은,
X 등 기업 12개사가): the class word still ends the phrase of :data:`_KOREAN_LISTED_CLASSES` (mentions63)."""

_KOREAN_PERSON_VERBS = ("말했다|말했습니다|말한|말하며|말하고|덧붙였다|회고했다|털어놨다|만났다|만나|회동했다|연설했다|"
                        "연설을|기조연설|둘러봤다|둘러보|방한했다|방한한|취임했다|사임했다|은퇴했다|별세했다|숨졌다|"
                        "태어났다|결혼했다|골을\\s넣었다|결승골|홈런을|소감을|출연했다|웃었다|노래했다")
"""Verbs only people do, ending the clause a name is the subject of (마윈은 … 임직원들을 만났다, 스티브 잡스는 …
연설했다, 메시는 결승골을 넣었다): not 밝혔다, 발표했다 or 강조했다, which companies and ministries do as often."""
_KOREAN_CLASS_BEFORE = re.compile(
    "(?:^|\\s)(?:기업|업체|회사|플랫폼|스타트업|브랜드|계열사|자회사|제약사|게임사|증권사|보험사|카드사|운용사|운영사|통신사|"
    "항공사|제조사|유통사|금융사|핀테크|빅테크|은행|구단|방송사|언론사|신문사|레이블|기획사|소속사|걸그룹|보이그룹|"
    "아이돌그룹|밴드|소속\\s그룹|출판사|출판그룹|학술지|국제학술지|과학저널|의학저널|과학잡지|잡지|주간지|월간지|일간지|"
    "시사주간지|경제지|일간신문|중소기업|중견기업|대기업|해운사|건설사|프랜차이즈|사찰|사찰인|게임단|프로게임단|"
    "[eE]스포츠\\s팀|이스포츠\\s팀|극단|[가-힣]{1,4}(?:업체|조직))\\s$")
"""A word of a class of organizations right before a name (핀테크 기업 비바리퍼블리카, 중고거래 플랫폼 번개장터): the
name is one of that class, as an occupation before a name says it is a person's (가수 아이유); a whole word, not the
end of a name (신한은행 정상혁 행장). Entertainment labels and groups too (산하 레이블 빌리프랩, 소속 그룹 아이브,
걸그룹 X): 그룹 alone only after 소속, as "X 그룹 Y" may be a business group and its chairman. Publishers and
periodicals too (프랑스 출판사 X, 국제학술지 'X', 시사주간지 X: mentions17), the name in quotes or not. Companies by
their size, shipping lines, builders and franchises, and a temple as the body that runs it (중소기업 X, 해운사 X,
제과 프랜차이즈 X, 사찰인 X: mentions23; in English a charity or a nonprofit, "the charity X"). An esports team by its
word (e스포츠 팀 X, 프로게임단 X: typer32; 팀 alone is also Tim, 팀 쿡). A compound of a field and 업체 or 조직
(가공업체 X, 해킹조직 X: mentions73). A theatre troupe by 극단 (극단 '골목길': mentions74; not 극단적, a word of
its own)."""

_KOREAN_WORK_NOUNS = ("(?:(?:첼로|피아노|바이올린|비올라|관현악|합창)\\s)?(?:교향곡|협주곡|소나타|오페라|가곡|레퀴엠|"
                      "장편소설|단편소설|소설|시집|희곡|판화|점화)")
"""Words of a work of music, letters or art that only a person composes, writes or paints, right after a name and
의 (푸치니의 오페라, 드보르자크의 첼로 협주곡, 김훈의 소설, 김환기의 점화)."""
_KOREAN_PERFORMED = "연주|협연|상연|초연|무대에\\s?올|낙찰"
"""What is done with a work named in quotes after a name and 의: played, staged, sold at auction (베르디의 '라
트라비아타'를 … 무대에 올린다, 리스트의 '순례의 해' 전곡을 연주한다, 이우환의 '점으로부터'가 … 낙찰됐다)."""

KOREAN_CUES: tuple[tuple[str, re.Pattern[str], MentionType, Strength], ...] = (
    ("ko-age", re.compile(r"^\(\d{1,3}\)"), "person", "strong"),
    ("ko-real-name", re.compile(r"^\((?:본명|등록명)[\s:]"), "person", "strong"),
    ("ko-author-of-work", re.compile(rf"^의\s{_KOREAN_WORK_NOUNS}(?=[을를이가은는의과와도에]?(?:[\s,.'‘]|$))"
                                     rf"|^의\s['‘][^'’\n]{{1,30}}['’][^.?!\n'‘’\"“”]{{0,24}}?(?:{_KOREAN_PERFORMED})"),
     "person", "strong"),
    ("ko-rank-dan", re.compile(r"^\s[1-9]단(?:[은는이가을를의과와도에]|\s|$|[,.)])"), "person", "strong"),
    ("ko-reactor-unit", re.compile(r"^\s?[1-9]\d?호기(?:[은는이가을를의와과도에]|\s|$|[,.])"), "place", "strong"),
    ("ko-broadcast-noun", re.compile(r"^\s(?:새\s|신작\s|새\s월화|새\s수목|새\s금토|주말\s|일일\s)?"
                                     r"(?:(?:월화|수목|금토|토일)(?=드라마))?"
                                     r"(?:드라마|예능|다큐멘터리|채널|뉴스룸)(?:[은는이가을를의도]|에서)?(?![가-힣])"),
     "org", "strong"),
    ("ko-business-noun", re.compile(rf"^(?:의\s?|\s)(?:{_KOREAN_BUSINESS_NOUNS})"), "org", "strong"),
    ("ko-insolvency", re.compile(r"^(?:의\s?|\s|에\s?대한\s)(?:회생절차|기업회생|법정관리|워크아웃)"), "org", "strong"),
    # a company's rehabilitation, receivership or workout (위메프에 대한 회생절차, 태영건설의 워크아웃): what only
    # companies go through (not 파산, which a city may declare too); it outweighs the locative 에 (mentions37)
    ("ko-order-office", re.compile(r"^(?:의\s?|\s)(?:총무원장|총무원|종정|포교원장|교육원장|호계원장|"
                                   r"중앙종회)(?![가-힣])|^(?:의\s?|\s)(?:총무원|중앙종회)[은는이가을를에의도과와]"),
     "org", "strong"),
    ("ko-stream-after", re.compile(r"^\s[가-힣]{2}천(?![가-힣])"), "place", "strong"),
    # 진부면 오대천, 울주군 대곡천, 서초구 양재천, 진해 여좌천: the place a stream runs through, written before
    # it (mentions70)
    ("ko-place-noun", re.compile(rf"^\s(?:주변\s|앞\s)?(?:{_KOREAN_PLACE_NOUNS})"), "place", "strong"),
    ("ko-trail-noun", re.compile(rf"^\s(?:(?:두|세|네|[2-9]개?)\s)?(?:{_KOREAN_TRAIL_NOUNS})"
                                 r"(?:을|를|이|가|은|는|에서|에|의|도|과|와|으로|로|만|까지)?(?![가-힣])"),
     "place", "strong"),
    ("ko-route", re.compile(rf"^(?:을|를)\s거쳐|^까지\s(?:[가-힣]+\s){{0,2}}?(?:{_KOREAN_ROUTE_VERBS})"
                            rf"|^\s(?:앞|건너편|맞은편)\s(?:{_KOREAN_STREET_FRONTS})"), "place", "clause"),
    ("ko-memorial-visit", re.compile(r"^(?:\s|을\s|를\s)참배"), "place", "strong"),
    ("ko-facility-noun", re.compile(rf"^\s(?:{_KOREAN_FACILITY_NOUNS})(?![가-힣])|^\s(?:{_KOREAN_FACILITY_NOUNS})"
                                    rf"(?=[을를이가은는에의도과와로서])"), "place", "strong"),
    ("ko-person-clause",
     re.compile(rf"^(?:은|는)\s[^.?!\n“”\"‘’]{{0,40}}?(?:{_KOREAN_PERSON_VERBS})"
                rf"|^(?:이|가)\s[^.?!\n“”\"‘’]{{0,40}}?(?<!고\s)(?:{_KOREAN_PERSON_VERBS})"), "person", "clause"),
    ("ko-event-held", re.compile(r"^(?:을|를)\s(?:(?:다시|처음|공동|함께|매년|올해)\s)?"
                                 r"(?:열었|열어|열고|열기로|열며|열겠|연다|개최)"
                                 r"|^(?:이|가)\s(?:(?:다시|처음|올해|매년|오는|다음\s달|내달)\s)?"
                                 r"(?:열린다|열렸다|열리는|개막|폐막|개최된다|개최됐다|개최되)"), "other", "strong"),
    ("ko-published-by", re.compile(r"^에서\s(?:(?:번역|새로|처음|다시|국내|한국어판으로|번역본으로)\s)?"
                                   r"(?:출간|출판|펴냈|펴낸|펴내|발간)"), "org", "strong"),
    ("ko-listed-class", re.compile(rf"^(?:\s?[·,]\s?[^\s·,.]{{1,12}}){{0,5}}\s등\s(?:[가-힣]+\s)?[가-힣]*"
                                   rf"(?:{_KOREAN_LISTED_CLASSES})(?:들(?:[은는이가을를의과와도]|\s|$|[,.])|"
                                   rf"[은는이가을를의과와도]|$|[,.]|{_LISTED_COUNT})"), "org", "strong"),
    ("ko-platform-account", re.compile(r"^에서\s(?:[^\s.?!]+\s){0,3}?(?:계정|게시물|팔로워|구독자)"), "other",
     "strong"),
    ("ko-business-dative", re.compile(r"^에\s(?:입단|입점|납품|인수(?:돼|되|된|됐)|매각(?:돼|되|된|됐|했|하|한)|"
                                      r"흡수합병|팔려|팔린|팔렸)"), "org", "strong"),
    ("ko-business-clause",
     re.compile(rf"^(?:은|는|이|가|의|도)\s[^.?!\n]{{0,40}}?(?<![가-힣])(?:{_KOREAN_CLAUSE_BUSINESS})"
                rf"(?=[을를이가은는에도의과와로들\s했하돼됐된될시]|$)"), "org", "clause"),
)
"""Korean cues, read from the text right after a name (and its particle), first match wins (a word of a cue stands
apart: 텍사스주가 is the state of Texas and a particle, 인수인계 is no takeover): an age in parentheses, as news give a
person's (마이클 잭슨(50)은, 김모(45)씨); a broadcaster's drama, show or channel right after it (tvN 드라마,
넷플릭스 예능: not for a name of a Korean person's shape, a writer's drama), with its particle (tvN 드라마가) or its
days written solid (tvN 토일드라마: mentions52);
the author of a work after 의: a word of a work of music, letters or art (푸치니의 오페라, 드보르자크의 첼로
협주곡) or a title in quotes that is played, staged or sold (베르디의 '라 트라비아타'를 … 무대에 올린다): the
composer, writer or painter, a person (mentions66: five tune files had such a composer typed ``other``; a
company's product in quotes, 애플의 '에어팟 프로 3', is neither played nor staged);
a real name in brackets after a stage name (X(본명 Y): a person) or a registered name after a player's (X(등록명 Y):
mentions61), a rank in 단 (X 9단: a baduk player's) and a
unit's number in 호기 (X 2호기: a reactor or a plant's unit at the place of that name; the three typer30);
a company's shares, staff, head office or sales right after it (넥슨 주가,
코이카 직원들); the offices of a Buddhist order after its name (X 총무원장, X 종정, X 중앙종회: the order's head office,
its patriarch, its assembly; a monk's own name comes after the title, 총무원장 Y 스님: mentions21); a place's
waters, surroundings or residents (완도 앞바다; 주변 only before one of them, as in 독도 주변 해역, since 김 씨 주변
is no place); a place inside it written apart after it (잠실 주경기장, 속초 해수욕장: a whole word, or one with its
particle); a memorial visited (현충원 참배, 묘역을 참배했다);
a verb only people do ending the clause the name is the subject of (마윈은 … 만났다; no quotation between, since a name
inside a quotation is not the speaker, and with 이 or 가 not after 고, since "Y가 … 유용하다고 말했다" reports what
someone else said of Y);
a business the subject of the clause does (셀트리온은 … 공장을 짓기로, 넥슨은 … 증시에 상장돼);
what is held (X를 연다, X를 개최한다, X가 열린다, X가 개막했다: an event, typed ``other``, as the object of 열다 and
개최하다 or the subject of 열리다, 개막하다; a place the gazetteer knows stays one; mentions20);
a book published by X (X에서 출간됐다, X에서 번역 출간된, X에서 펴낸: a publisher, not the place the book came out at;
mentions22);
what is done with a company after 에 (a player joins a club, X에 입단했다: typer30; X에 입점한 업체, X에 납품하는,
X에 인수됐다, X에 매각했다: a store opens in a platform or a mall, goods are supplied to a buyer, a firm is sold to
another; not 투자, which countries and cities receive as well), which outweighs the locative
(``LOCATIVE_OUTWEIGHED``)."""

_CLASS_WORDS = (r"startup|start-up|chipmaker|carmaker|automaker|retailer|company|firm|lender|insurer|airline|"
                r"broadcaster|newspaper|platform|brand|conglomerate|subsidiary|affiliate|developer|maker|operator|"
                r"giant|club|outlet|publisher|studio|label|manufacturer|shipbuilder|steelmaker|supplier|e-commerce|"
                r"fintech|portal|streamer|unicorn|journal|magazine|tabloid|periodical|newsweekly|broadsheet|"
                r"charity|nonprofit|non-profit|daily|agency|utility|band|regulator|watchdog|planemaker|drugmaker|"
                r"exchange")
_PRODUCER = (r"(?:copper|oil|steel|gas|chip|memory|battery|lithium|nickel|coal|power|energy|solar|food|drug|vaccine|"
             r"wine|auto|car|crude|cement|chemicals?|fertili[sz]er)\s+(?:producer|exporter|refiner)|refiner|exporter")
"""What a company produces, exports or refines, then the word ("Chilean copper producer X", "the oil refiner X"):
"producer" alone is a person's job as often (film producer, record producer), so only after a commodity
(mentions21)."""
_MUSIC_GROUP = r"(?:[Gg]irl|[Bb]oy|[Ii]dol|K-pop|[Rr]ock|[Pp]op|[Vv]ocal)\s+group"
"""A music group by its kind, then the word ("girl group X", "K-pop group X"; a band is one of the class words):
"group" alone is an ethnic or an age group as often (typer30)."""
_ESPORTS_TEAM = r"(?:esports|e-sports|eSports|gaming)\s+team"
"""An esports team by its word ("the esports team X", "Chinese gaming team X": typer32); "team" alone comes before a
person in a relative clause as well ("the team Kim coached")."""
_CLASS_WORDS_RE = f"{_CLASS_WORDS}|{_PRODUCER}|{_MUSIC_GROUP}|{_ESPORTS_TEAM}"
_ENGLISH_CLASS_BEFORE = re.compile(rf"(?:^|[^\w'’])(?:{_CLASS_WORDS_RE})\s+$")
"""A lowercase word of a class of organizations right before a name ("the fintech startup Viva Republica", "Japanese
chipmaker Rapidus", "Premier League club Brentford"): the name is one of that class; not "app", since an app is a
product ("the messaging app X"), nor "rival", which people have as well. A regulator, a watchdog, a planemaker, a
drugmaker and an exchange are classes of bodies too ("the regulator X", "X, a cryptocurrency exchange": mentions64);
"maker" stands apart as a word, so a lawmaker or a filmmaker is no company."""
_CLASS_WORD_ENDS = (*_CLASS_WORDS.split("|"), "producer", "exporter", "refiner", "group", "team")
"""The class words as plain strings: the text before a name can match :data:`_ENGLISH_CLASS_BEFORE` only if it ends
with one of them and spaces (a cheap test before the search, which tries every position)."""
_ENGLISH_CLASS_APPOSITION = re.compile(
    rf"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_CLASS_WORDS_RE}|marketplace)s?"
    r"(?=[,.;]|\s+(?:that|which|based|in|of|with|whose|founded|owned|run|known|listed|published|behind)\b)")
"""An apposition that says the name is one of a class of organizations ("Musinsa, an online fashion retailer based
in Seoul"): the class word ends the apposition, so "Kim, a company official" is no company. The class word in the
plural after two names ("X and Y, the two largest online marketplaces in …") and "the company behind" a brand
(mentions45) too."""
_ENGLISH_TITLE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:chief\s+executive|executive|founder|co-founder|chairman|chairwoman|chair|president|"
    r"prime\s+minister|minister|spokesperson|spokesman|spokeswoman|coach|manager|striker|midfielder|defender|"
    r"goalkeeper|forward|winger|pitcher|batter|slugger|outfielder|captain|singer|actor|actress|rapper|leader|boss|"
    r"director|governor|mayor|senator|chancellor|ambassador|envoy|professor|economist|analyst|billionaire|tycoon|"
    r"entrepreneur|commissioner|secretary)\s+$")
"""A lowercase title or job word right before a name ("Nvidia chief executive Jensen Huang", "Tencent founder Ma
Huateng"): the name is a person's."""
_ENGLISH_STAGE_ROLE_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?:(?:main|lead|sub)\s+)?(?:(?:top|mid|bot|jungle)\s+laner|pro\s+gamer|"
    + "|".join(sorted(STAGE_ROLES, key=len, reverse=True)) + r")\s+$|(?:^|\s)[A-Z0-9][\w.&-]*(?:'s|’s)?\s+member\s+$")
"""A performer's or a player's role in a group or a team right before a name of one word ("main vocalist X", "BTS
member X", "mid laner X", "pro gamer X": :data:`bilingual.entities.kind_words.STAGE_ROLES`): a stage name or a
gamer tag, a person's (typer32); a name of two or three words takes :data:`_ENGLISH_TITLE_BEFORE`. "member" only
after a group's name, capitalized ("a member Tuesday" is none); a day's or a month's name is none either."""
_ENGLISH_STAGE_ROLE_AFTER = re.compile(
    r"^(?:(?:'s|’s)\s+(?:(?:main|lead|sub|new|former|star)\s+)?(?:(?:top|mid|bot|jungle)\s+laner|pro\s+gamer|"
    + "|".join(sorted(STAGE_ROLES, key=len, reverse=True)) + r"|member)|\s+members?)\s+[A-Z]")
"""After a name, its member in a role and the member's name ("X's mid laner Y", "X's main vocalist Y", "X member Y"):
the name is the group's or the team's whose member it is, an organization (typer32); a country or a city of the
gazetteer stays a place."""
_CALENDAR_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                            "June July August September October November December".split())
_ENGLISH_MADE_BY = re.compile(
    r"\b(?:drug|drugs|vaccine|vaccines|treatment|medicine|therapy|game|games|app|software|chip|chips|model|device|"
    r"robot|console|satellite|engine|jet)\s+(?:(?:first|originally|jointly)\s+)?(?:developed|co-developed|made|"
    r"produced|manufactured|designed|marketed|sold)\s+by\s+(?:[A-Z][\w&.-]*\s+(?:and|&)\s+)?$")
"""A product's word and its maker before a name ("a dementia drug developed by X and Y", "the game made by X"): the
maker is a company (mentions22); the product's word must be there, since "a theory developed by X" names a person."""
_ENGLISH_PRODUCT_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the\s+(?:[\w-]+(?:'s|’s)\s+)?(?:first|second|third|new|latest))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:drug|vaccine|pill|medicine|therapy|antibody|treatment|smartphone|console|sedan|SUV|satellite|rocket|chatbot|"
    r"orbiter|lander|rover|probe|spacecraft)(?=[,.;]|\s+(?:that|which|developed|made|from|by|for|of|used)\b)")
"""An apposition that says a one-word name is a product ("X, a dementia drug developed by …", "X, an electric
SUV"): the name is the product's, typed ``other`` (mentions22), and kept though it is one capitalized word."""
_ENGLISH_PRODUCT_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?:ship|vessel|destroyer|frigate|submarine|icebreaker|tanker|orbiter|rocket|spacecraft|"
    r"probe|satellite|game|app|drug|vaccine|biosimilar|treatment|chatbot|smartphone|console|"
    r"(?:maker|makers|manufacturer|producer)\s+of)(?:,\s+|\s+)$")
"""A word for a craft or a product right before a name, or before a comma and it ("the Chinese survey ship Xiang
Yang Hong 10", "its life simulation game inZOI", "the secondhand-trading app Danggeun Market", "the new drug,
Nexovir,"; "the maker of Shin Ramyun": mentions52): the name is the craft's or the product's, typed ``other``
(mentions39) — not a person's by its shape,
not the maker's; a name right after it that makes or runs it is the subject of a relative clause
(:data:`_ENGLISH_MAKER_CLAUSE_AFTER`: "the game Nexon released")."""
_PRODUCT_BEFORE_ENDS = ("ship", "vessel", "destroyer", "frigate", "submarine", "icebreaker", "tanker", "orbiter",
                        "rocket", "spacecraft", "probe", "satellite", "game", "app", "drug", "vaccine", "biosimilar",
                        "treatment", "chatbot", "smartphone", "console", "maker of", "makers of",
                        "manufacturer of", "producer of", ",")
"""The ends of what :data:`_ENGLISH_PRODUCT_BEFORE` matches before its spaces (the cheap test before the search)."""
_ANIMALS = ("panda", "pandas", "cub", "cubs", "elephant", "elephants", "gorilla", "orangutan", "chimpanzee", "tiger",
            "tigers", "giraffe", "penguin", "whale", "dolphin", "otter", "koala", "kangaroo", "racehorse", "stallion",
            "mare", "puppy", "dog", "dogs", "cat", "cats")
_ANIMAL_KIN = ("twins", "twin", "cub", "cubs", "calf", "pup", "sisters", "brothers", "mother", "mom")
_ENGLISH_ANIMAL_BEFORE = re.compile(
    rf"(?:^|[^\w'’-])(?:{'|'.join(_ANIMALS)})(?:\s+(?:{'|'.join(_ANIMAL_KIN)}))?\s+$")
"""A kind of animal right before a name (lowercase: "giant panda twins Rui Bao", "the racehorse Lucky Star",
"her dog Max"): the name is the animal's, typed ``other`` whatever its shape, as Korean's 판다 푸바오
(korean_names._named_animals; mentions54). Not "horse" (a "dark horse" is a person)."""
_ANIMAL_BEFORE_ENDS = tuple(dict.fromkeys(_ANIMALS + _ANIMAL_KIN))
"""The ends of what :data:`_ENGLISH_ANIMAL_BEFORE` matches before its spaces (the cheap test before the search)."""
_ENGLISH_PUBLISHED_IN = re.compile(
    r"(?:^|[^\w'’-])(?:(?:published|publishes|publish)(?:\s+[\w'’-]+){0,4}?|(?:paper|article|editorial|op-ed|"
    r"column|commentary)(?:\s+published)?)\s+in\s+(?:[Tt]he\s+)?$")
"""What is published in a journal or a paper, right before its name ("published the study in The Lancet", "an
op-ed in X"): the name is the publication's, an organization, over the preposition of place (mentions54). A place
the gazetteer lists stays a place ("published in London"); the words are in lower case (Berlin's Victory Column in
the Tiergarten is no newspaper's column)."""
_ENGLISH_BRANDS_LISTED = re.compile(
    r"(?:^|[^\w'’-])brands(?:,)?\s+(?:such\s+as|including|like)\s+"
    r"(?:[A-Z][^,;.:!?()\"“”]{0,40}?,\s+){0,6}(?:(?:and|or)\s+)?$")
"""The brands a company owns listed after the word ("owns brands including X, Y and Z", "brands such as X"): each
name of the list is a brand, typed ``other`` (the gold's convention: a brand beside its owner is no organization;
mentions55), not a firm by its possessive (Wall's) or by its & (Ben & Jerry's); a company by its head, a list or
its group stays one ("brands such as Samsung"). Not "labels" (a record label is a company)."""
BRANDS_CUE = "en-brands-listed"
_BRANDS_LISTED_ENDS = ("including", "as", "like", "and", "or", ",")
"""The ends of what :data:`_ENGLISH_BRANDS_LISTED` matches before its spaces (the cheap test before the search)."""
_ENGLISH_APP_AFTER = re.compile(r"^\s+(?:app|apps|application|platform)\b(?![-\s](?:maker|developer|operator|company|"
                                r"firm|giant)s?\b)")
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:its|their|the|a|an|[\w&.-]+['’]s?)\s+$")
"""A name of two words or more between a determiner and "app" ("its Naver Plus Store app", "the Coupang Eats app"):
the app's name, typed ``other`` (mentions39); not the maker's ("the Naver app maker")."""
_ENGLISH_MAKER_CLAUSE_AFTER = re.compile(
    r"^\s+(?:(?:has|had|have|will|would|also|first|later)\s+){0,2}(?:made|makes|make|developed|develops|develop|"
    r"released|releases|release|launched|launches|launch|published|publishes|created|creates|designed|designs|built|"
    r"builds|runs|ran|operates|operated|owns|owned|acquired|bought|licensed|tested|recalled|approved|banned)\b")
"""A verb of making, running or owning right after the name: "the game Nexon released" names the maker, the subject
of a relative clause, not the product."""
_ENGLISH_VERSION_OF = re.compile(r"\b(?:latest|new|newest|updated|upgraded|first|second|third|next|beta|open-source|"
                                 r"previous|earlier|older|free|paid|mobile|Korean|English)\s+versions?\s+of\s+$")
"""A version of a product before a name ("the latest version of X", "a mobile version of X"): the name is a product
or a work, typed ``other`` (mentions22), not the company its acronym may spell."""
_ENGLISH_TITLE_APPOSITION = re.compile(
    r"(?:^|[^\w'’])(?:its|his|her|their|[A-Z][\w.&-]*(?:'s|’s))\s+(?:[A-Za-z-]+\s+){0,2}?(?:chief\s+executive|"
    r"founder|chairman|chairwoman|president|prime\s+minister|minister|spokesperson|spokesman|spokeswoman|coach|"
    r"manager|captain|counterpart|wife|husband|son|daughter|father|mother|lawyer|secretary|"
    r"(?:ambassador|envoy|consul(?:\s+general)?)\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?),\s+$")
"""A title of a person's after a possessive, then a comma, right before a name ("its president, X,", "his Japanese
counterpart, X", "Sony's chief executive, X"): the apposition names a person (mentions22), whatever the name's shape
(a Japanese name written family name first, "Takahashi Ren"); an envoy with the place served ("Spain's ambassador to
Seoul, X,": typer31)."""
_PERSON_VERBS = (r"(?:met|meets|told|tells|toured|tours|traveled|travelled|travels|flew|arrived|spoke|speaks|married|"
                 r"died|resigned|retired|smiled|laughed|shook|scored|scores|sang|starred|thanked|recalled|tweeted|"
                 r"testified|pleaded|apologized|apologised|was\s+born|was\s+elected|was\s+sworn|"
                 r"(?:will\s+)?(?:step|steps|stepped)\s+down\s+as)\b")
"""Verbs of a clause whose subject is a person, not a company (told, met, spoke, resigned …; "will step down as", an
office left: mentions50, Daniel Ek, whose two-letter family name no list of names holds)."""
_ADVERBS_BEFORE_VERB = r"(?:(?:also|later|then|has|had|have|once|reportedly|personally)\s+){0,2}"
_ENGLISH_PERSON_AFTER = re.compile(
    r"^(?:,\s+(?:who|whose)\b|,\s+\d{1,3},"
    r"|,\s+(?:chief\s+executive|CEO|chairman|chairwoman|founder|co-founder|president|spokesperson|spokesman|"
    r"spokeswoman|minister|director|professor|head\s+coach|coach|captain|secretary[\s-]general|governor|mayor|"
    r"ambassador|chairperson|commissioner|envoy|rapporteur)\s+(?:of|at|to)\s"
    rf"|\s+{_ADVERBS_BEFORE_VERB}{_PERSON_VERBS}"
    r"|\s+(?:(?:also|later|then)\s+)?(?:said|says|added|wrote|insisted|argued)\s+(?:that\s+)?(?:he|she|his|her)\b"
    r"|(?:'s|’s)\s+(?:(?:longtime|former|new|personal|then)\s+)?(?:wife|husband|son|daughter|father|mother|brother|"
    r"sister|widow|parents|children|grandmother|grandfather|grandson|granddaughter|uncle|aunt|nephew|niece|cousin|"
    r"girlfriend|boyfriend|fianc[eé]e?|ex-wife|ex-husband|stepfather|stepmother|mom|dad|coach|agent|caddie|"
    r"bodyguard|biographer|teammates?)\b"
    r"|(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}?[\"“])")
"""After a name, what only a person is or does: "who" (a body takes "which"), an age between commas ("Cristiano Ronaldo,
39,"), or a verb of the clause the name is the subject of that people do, not companies ("Li Qiang told reporters",
"Xi Jinping met …", "Elon Musk toured …"), "said" with "he" or "she" after it ("X said he would …"), a relative
or someone only a person has ("X's wife", "X's girlfriend", "X's coach", "X's caddie"), a work in quotes after the
possessive, with at most two lowercase words between (X's "Satantango", X's new novel "…": its author, typer31; a
clause cue, so a company named by its head stays one); not "said" alone, "warned" or "announced", which companies do
as often."""
_ENGLISH_PRONOUN_AFTER = re.compile(
    rf"^\s+{_ADVERBS_BEFORE_VERB}(?:{_PERSON_VERBS}|(?:said|says|added|wrote|insisted|argued)\b)"
    r"[^.!?;:\"“”A-Z]{0,60}?\b(?:he|she|his|her|him|himself|herself)\b")
"""After a single word at a sentence's start, a verb people do and then, in the same clause with no other name
between, a personal pronoun that can only refer back to it ("Okonjo spoke at her weekly briefing", "Vasquez told
reporters he would stay"): not "its" or "they", which organizations take."""
PRONOUN_CUE = "en-person-pronoun"
"""The rule's name (:mod:`bilingual.entities.family_names` lets a person named in full earlier replace its mention)."""
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’')]?\s+|\n)[\"“‘']?\s*$")
_NOT_PERSON_SUBJECTS = frozenset(
    "Police Everyone Everybody Nobody Someone Somebody Anyone Anybody Nothing Something Everything Who What Which "
    "One Each Neither Either None Security Staff Management Mother Father Mom Dad God Authorities Prosecutors "
    "Witnesses Officials Sources Reports Relatives Friends Doctors Army Navy Government Court Ministry Council "
    "Committee Company Board Agency Parliament Congress".split())
"""Capitalized words that open a sentence as the subject of a verb people do, and are no names ("Police said he …",
"Nobody told her …", "Army said he …": a body's word); plurals are kept out by their ending as well
(:func:`_lone_person_subject`)."""
_PLURAL_END = re.compile(r"[a-z](?<![sui])s$")
"""A plural's ending (Investigators, Neighbours; not Davis, Ross, Barros, Jesus): a surname ending so (Jones) is
missed, the price of keeping plural nouns out."""


def _lone_person_subject(before: str, after: str, name: str) -> bool:
    """Whether a single capitalized word opens its sentence and is the subject of a verb people do with a personal
    pronoun after it (:data:`_ENGLISH_PRONOUN_AFTER`): person evidence for a surname alone ("Sheinbaum spoke at her
    …"); a sentence-initial capital alone is none."""
    return (len(name) >= 3 and name.isalpha() and name[0].isupper() and name[1:].islower()
            and name not in _NOT_PERSON_SUBJECTS and not _PLURAL_END.search(name)
            and _SENTENCE_START.search(before) is not None and _ENGLISH_PRONOUN_AFTER.match(after) is not None)


_ENGLISH_PERSON_OBJECT_BEFORE = re.compile(r"(?:^|\W)(?:met|meets|meeting|met\s+with|phoned|congratulated|thanked|"
                                           r"interviewed)\s+$")
"""A verb of meeting right before a name (… met Olaf Scholz): the name is a person's."""

_ENGLISH_BUSINESS_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:plant|plants|factory|factories|stores|outlets|suppliers|stake|earnings|profit|profits|revenue|"
    r"sales|smartphones?|shareholders|subsidiaries|unit|listing"
    r"|(?:weekend|weekday|daily|prime-?time|late-night)\s+(?:drama|dramas|series|shows?|newscast))\b")
_ENGLISH_BUSINESS_CLAUSE = re.compile(
    r"^\s+(?:(?:will|would|plans\s+to|is\s+to|has|have|had|also|then)\s+){0,2}"
    r"(?:build|built|open|opened|opens|expand|expanded|expands|close|closed|closes|launch|launched|launches|unveil|"
    r"unveiled|unveils|acquire|acquired|acquires|list|listed|sell|sold|sells|recall|recalled|ship|shipped|"
    r"manufacture|manufactured|make|makes|made|produce|produced|produces)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:plant|plants|factory|factories|stores?|outlets?|stake|subsidiary|unit|chips?|"
    r"smartphones?|phones|cars|vehicles|models?|products?|shares|aircraft|jets|consoles?|batteries|drugs?|"
    r"vaccines?|games?|(?:[\w-]+\s+)?rights)\b")
_ENGLISH_BODY_DEED = re.compile(
    r"^\s+(?:(?:will|would|plans\s+to|is\s+to|has|have|had|also|then|just)\s+){0,2}"
    r"(?:(?:won|wins|win|secured|secures|secure|landed|lands|land)\s+(?:an?|the)\s+(?:[\w$.,’'-]+\s+){0,4}?"
    r"(?:order|orders|contract|contracts)\b"
    r"|(?:signed|signs|sign)\s+(?:an?|the)\s+(?:[\w$.,’'-]+\s+){0,3}?(?:contract|deal|agreement)s?\s+to\s+"
    r"(?:supply|build|deliver|export|sell|buy|acquire|produce)\b"
    r"|(?:hire|hired|hires|recruit|recruited|recruits)\s+(?:about\s+|some\s+|nearly\s+|up\s+to\s+|more\s+than\s+)?"
    r"[\d,]+\s+(?:new\s+)?(?:workers|employees|staff|engineers)\b"
    r"|(?:launched|launches|launch)\s+(?:its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:rocket|rockets|satellite|satellites|app|"
    r"apps|service|platform)\b"
    r"|(?:ordered|orders|order)\s+(?:about\s+|up\s+to\s+|more\s+than\s+)?[\d,]+\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:jets|aircraft|planes|airplanes|airliners|ships|vessels|carriers|tankers|trains)\b"
    r"|(?:close|closes|closed|shut|shuts)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[\d,]+\s+(?:more\s+)?"
    r"(?:stores|shops|branches|outlets|plants|factories)\b"
    r"|(?:affirmed|affirms|downgraded|downgrades|upgraded|upgrades)\s+(?:[\w’'.-]+\s+){1,3}?(?:credit\s+)?"
    r"(?:rating|ratings)\b)")
"""What a company does, right after its name: wins an order or a contract, signs a contract to supply or build,
hires workers by the thousand, launches its rocket ("HD Hyundai Mipo won an order to build …", "LIG Nex1 signed a
contract to supply …", "Ably will hire 1,000 workers", "Blue Origin launched its New Glenn rocket"; mentions43);
launches its app or service, orders jets or ships by the number, closes stores or plants by the number, affirms or
moves a credit rating ("… launched its mobile payment app", "… ordered 65 … jets", "… will close 66 stores", "…
affirmed Korea's Aa2 credit rating"; mentions45). A
clause cue that :func:`bilingual.entities.gazetteer.mention_type` reads only after a person's shape
(:data:`BODY_DEED_CUES`): an owner or a chief executive may be written doing the same."""
_ENGLISH_MERGER_WITH = re.compile(
    r"(?:^|\W)(?:its|their|a|the)\s+(?:planned\s+|proposed\s+)?(?:merger|merge)\s+with\s+$")
"""A company's merger with the name ("completed its merger with Sapeon", mentions43): a body; read after a person's
shape like :data:`_ENGLISH_BODY_DEED`."""
def body_deed_after_s(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is written with its own 's before a deed of :data:`_ENGLISH_BODY_DEED`
    ("Macy's will close 66 stores", "Moody's affirmed … rating"; mentions45): a possessive comes before a noun, never
    before a verb, so the 's is the name's."""
    return text.startswith(("'s ", "’s "), end) and text[end + 3:end + 4].islower() \
        and _ENGLISH_BODY_DEED.match(text[end + 2:end + 120]) is not None


BODY_DEED_CUES = frozenset({"en-body-deed", "en-merger-with"})
"""The clause cues that type a name an organization only when it has no person's shape (mentions43)."""
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\W)(?:its|their|\w+['’]s?)\s+$")
_PLANT_AFTER = re.compile(r"^\s+(?:plant|plants|factory|factories)\b")
"""A possessive before a name and a plant after it ("TSMC said its Kumamoto plant", "Samsung's Pyeongtaek plant"):
the name says where the owner's plant is, no company (mentions39)."""
_ENGLISH_BODY_SUBJECT = re.compile(
    r"^\s+(?:(?:has|had|have|will|would|also|then|is|was|could|may)\s+){0,2}(?:said|says|told|tells|announced|"
    r"announces|confirmed|confirms|denied|denies|declined|declines|warned|warns|approved|approves|rejected|rejects|"
    r"ordered|orders|urged|urges|estimated|estimates|reported|reports|stated|states|insisted|insists|acknowledged|"
    r"responded|refused|refuses|agreed|agrees|decided|decides|ruled|rules|voted|votes|signaled|signalled|signals|"
    r"raised|cut|lowered|imposed|issued|published)\b")
"""A verb of saying or deciding right after a capitalized name of one or two words that "the" comes before ("the
Pentagon said", "the Knesset voted", "the Federal Reserve signaled", mentions23): people's names take no article, and
what speaks and decides is a body (an institution named by its building or its name alone); only for names nothing
else types (a listed place keeps its type). Not any verb: "the Thames flooded" is a river; a central bank's and a
regulator's verbs too (signaled, raised, cut, lowered, imposed, issued, published)."""
PLACE_SUFFIXES = ("-based", "-born", "-bound", "-raised", "-registered", "-flagged", "-headquartered")
"""What is based, born, bound … somewhere, written as one word with the place ("Seoul-based", "Busan-born poet"):
the cue ``en-based`` after a name, and the end cut off a name that took it in
(:mod:`bilingual.entities.english_names`)."""
_ENGLISH_CREDIT_BEFORE = re.compile(
    r"(?:^|\W)(?:(?:additional\s+)?reporting|editing|edited|written|writing|photos?|photographs?|video|interview|"
    r"translated|translation|graphics|illustrations?)\s+by\s+$"
    # "Compiled by …" credits a person at the start of a line; "forecasts compiled by Yonhap Infomax" names a source
    r"|(?:^|\n)\s*compiled\s+by\s+$", re.IGNORECASE)
_ENGLISH_COMPILED_BY = re.compile(
    r"(?:^|\W)(?:data|figures|forecasts|estimates|statistics|survey|surveys|poll|polls|tally|consensus|ratings?)\s+"
    r"(?:compiled|conducted|released|published|collected|carried\s+out)\s+by\s+$", re.IGNORECASE)
"""Data, forecasts or a poll compiled, conducted or released by a name ("forecasts compiled by X", "a survey
conducted by X"): a data provider or a pollster, an organization (typer30); a person's study or book is none of these
words."""
_ENGLISH_AUCTION_AFTER = re.compile(r"^\s+auctions?\b")
_ENGLISH_A_BEFORE = re.compile(r"(?:^|\W)(?:a|an)\s+$")
""""a X auction" for a name of one word ("at a Bonhams auction in London"): the auction house, whose sale it is
(typer30); not "sale", which a season or a shop's name comes before (a Christmas sale), nor a name of two words (an
artist's name in full: "a Marilyn Monroe auction")."""
_ENGLISH_OUTLET_AFTER = re.compile(r"^\s+(?:restaurant|store|outlet|branch|franchise)\b")
""""a X restaurant", "an X store" (at a Kkanbu Chicken restaurant, an Emart store): one outlet of the chain the name
is, an organization (mentions36). Not after an adjective of a people ("a Thai restaurant" names a cuisine), and a
place of the gazetteer stays a place ("a Busan restaurant": :func:`~bilingual.entities.gazetteer.mention_type` reads
the gazetteer before a cue of an organization)."""
_ENGLISH_SHARES_AFTER = re.compile(r"^\s+(?:shares|stock)\b(?!\s+(?:market|markets|exchange|index|indexes))")
""""trading in X shares", "X stock rose": the company whose shares they are, an organization over a preposition of
place before it (mentions54); a place the gazetteer lists stays a place ("Seoul shares", a market's), and "X stock
market" or "X stock exchange" is no company's."""
_ENGLISH_UNITS_AFTER = re.compile(r"^\s+(?:units|homes|apartments|houses|flats|vehicles|cars|buses|trucks|handsets|"
                                  r"bonds|coupons|vouchers)\b")
_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d[\d,.]*\s+$")
"""A count, a name and a plural noun of things after it ("12,000 Sunrise Housing units", "3,000 Galaxy Fold
handsets"): the name is the kind of the things counted, a programme or a product (``other``), not a person whose shape
it may have (mentions54)."""
_ENGLISH_MONEY_INTO = re.compile(
    r"(?:[$€£¥₩]\s?\d[\d.,]*|\d[\d.,]*\s+(?:dollars|won|euros|yen|pounds))\s+(?:(?:billion|million|trillion|bn)\s+)?"
    r"(?:more\s+)?into\s+$")
"""An amount of money put into a name ("put another $20 billion into X", "poured 2 trillion won into X"): the company
invested in, an organization over the preposition (mentions54); a place the gazetteer lists stays a place."""
_ENGLISH_CLIMB_BEFORE = re.compile(
    r"(?:^|\W)(?:(?:reached|reach|reaches|reaching|to|on|near|from)\s+the\s+summit\s+of|summited|climbed|climbing|"
    r"scaled|scaling|descending|descended|ascent\s+of|ascending|slopes\s+of|base\s+camp\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE)
"""What climbers do to a mountain before its name ("reached the summit of X", "died while descending X", "the
ascent of X"): a mountain, a place (typer30); a person is climbed by no one. Not "a summit of X" (a meeting of its
leaders) nor "the peak of X" (of a season, of a rally)."""
_ENGLISH_SHARES_BEFORE = re.compile(r"(?:^|\W)(?:shares|stock|stocks|shareholders|investors|customers|employees|"
                                    r"subscribers|users|(?:an?|the|its|their|his|her)\s+(?:[\w.%-]+\s+){0,2}?stakes?)"
                                    r"\s+(?:of|in)\s+$", re.IGNORECASE)
_ENGLISH_OFFICER_OF = re.compile(
    r"(?:^|[^\w'’])(?:(?:chief\s+executive|CEO|chairman|chairwoman|founder|co-founder|president|director|head|"
    r"spokesperson|spokesman|spokeswoman|chief\s+\w+\s+officer)\s+of|(?:an?\s+)(?:[\w-]+\s+)?(?:analyst|economist|"
    r"strategist|researcher|executive|engineer|trader|banker|spokesperson|spokesman|spokeswoman|official|"
    r"director|manager|partner)\s+(?:at|with)|(?:officials|executives|analysts|spokespeople)\s+at)"
    r"\s+(?:the\s+)?$")
"""An officer or staff "of" or "at" a body right before a name ("chief executive of Viva Republica", "an analyst at
Nomura"; the staff in the plural, "officials at Mokpo City Hall said": mentions54, not "researchers at", who work at
stations and bases as well): the name is the organization they work for (a place of that name is a place all the
same: "president of South Korea")."""
_ENGLISH_PLACE_WORD_AFTER = re.compile(
    r"^\s+(?:province|provinces|prefecture|prefectures|state|county|counties|region|island|islands|crater|volcano|"
    r"glacier|peninsula|desert|canyon|plateau|field|fields|oilfield|oilfields|gasfield|gasfields|mine|mines|"
    r"base|river|rivers)\b"
    r"(?![-\s](?:run|owned|media|TV|television|news|broadcaster|agency|funds?|firms?|companies|company|enterprises?|"
    r"officials?|department|visits?|dinner|banquet|secrets?|of|affairs|power|capitalism|support|subsidies|"
    r"models?|rates?|salary|salaries|pay|prices?|stations?|users?|visitors?|traffic|tests?|trials?|trips?)\b)")
"""A lowercase place word right after a name ("Cagayan province", "Miyazaki and Kochi prefectures", "Para state"):
the name is a place's (not "state media", "state-run", "state visit"); the features of a landscape, on Earth or the
Moon, too ("the Shackleton crater", "the Taal volcano": mentions22); and the words of a site where something is dug,
drilled or stationed ("the Coral North field", "the El Teniente mine", "the Shenshuping base": mentions66), which no
person's name takes — a given name and a family name before one are a site's name (Coral North was typed a person)
— but not a base's words of a business ("base station", "base model"); a river in lower case after its name or
the names coordinated before it ("the Ganges and Yamuna rivers": mentions73; not "stream", a broadcast's as often:
"a Twitch stream"). Not "site": a web site's ("its Web site",
"the Iraqi Lesbian, Gay, Bisexual and Transgender site" on the corpus) is no place."""
_ADJECTIVE_OF_A_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ean|ic)|Greek|Thai|French|Dutch|Swiss|Czech|Slovak|"
                                    r"Kurdish|Muslim|Jewish|Arab|Islamic|Buddhist|Christian")
"""Adjectives of peoples and faiths before a place word or a holiday ("Greek islands", "Palestinian state", "the
Islamic holiday"): no name of a place or an event."""
_ENGLISH_RESIDENTS_OF = re.compile(r"(?:^|\W)(?:[Rr]esidents|[Cc]itizens|[Vv]illagers|[Nn]atives|[Mm]ayor|coast|"
                                   r"coastline|shores|outskirts|suburbs|streets|town|city|village|hamlet|port|"
                                   r"province|county|district|region|island|municipality)\s+of\s+(?:the\s+)?$")
""""Residents of X", "mayor of X", "off the coast of X", "the outskirts of X" (the last ones mentions39): X is a
place (a governor may be of a bank, so not "governor"). So is X after a kind of settlement or of territory in lower
case and "of" ("the Czech town of X", "the port city of X", "the island of X": mentions61); not "state", which is a
condition as often ("the state of X's finances"), nor the capitals of a body's name (Bank of, City of London Corporation
is typed by its head)."""
_ENGLISH_EVENT_AFTER = re.compile(r"^\s+(?:holiday|holidays|festival|festivities|celebrations|trade\s+(?:show|fair)s?|"
                                  r"air\s+show|motor\s+show|(?:military|naval|joint)?\s*exercises?|drills?|"
                                  r"tournament|tournaments)\b")
"""A holiday or a festival named before the word ("the Chuseok holiday"), a trade show or fair ("the Computex trade
show"), a military exercise ("the RIMPAC exercise") or a tournament ("the WTT Champions Macao tournament";
mentions39): the name is an event's (``other``). Not "conference" nor "exhibition", which a company holds under its
own name ("the Nvidia conference")."""
_PLURAL_WORD = re.compile(r"[A-Z][a-z]+[^su]s")
"""A capitalized plural (Tigers, Lions, Giants, Heroes): a team's or a band's name after "the" ends in one; not a
word ending in -ss or -us (Congress, Campus)."""

_ENGLISH_RESULT_THE = re.compile(r"(?:^|\W)(?:beat|beats|defeated|defeats|edged|routed|swept|eliminated|upset|"
                                 r"drew\s+with|lost\s+to|fell\s+to|(?:rallied|cruised|eased)\s+past)\s+the\s+$")
"""A result of a game before "the" and a name ("beat the Miami Heat", "lost to the Hanwha Eagles"): a team; a person
is beaten without an article (typer29); "rallied past the" too (mentions43).
A country there is a place all the same, which the gazetteer says first."""

_ENGLISH_PLAYS_FOR = re.compile(r"(?:^|\W)(?:plays|played|playing|races|raced|racing|skates|skated|skating|"
                                r"pitches|pitched|pitching)\s+for\s+(?:the\s+)?$")
"""An athlete's verb and "for" before a name ("who races for Seongnam City Hall", "plays for the Hanwha Eagles"): the
team the athlete belongs to (mentions37). A country there stays a place, which the gazetteer says first; a town of
the same name as the team yields (a weak place, as after a result)."""
_PLAYS_FOR_ENDS = ("for", "for the")
"""The ends of what :data:`_ENGLISH_PLAYS_FOR` matches before its spaces (the cheap test before the search)."""

NOT_TEAMS = frozenset(
    "Olympics Paralympics Games Championships Masters Awards Talks Elections Affairs Studies Sciences Arts Relations "
    "Rights Islands Mountains Alps Highlands Lowlands Heights Falls Springs Hills Plains Lakes Forces Nations "
    "Emirates States Provinces Territories".split())
"""Capitalized plurals after "the" that end events, fields and places, not teams (the Beijing Olympics, the Toronto
Masters, the Golan Heights, the United Nations)."""

ONE_WORD_WHO = "en-one-word-who"
"""The rule of one word before ", who" (a person): read on the name's own text after it, not on a list's
(:func:`bilingual.entities.name_spans.add_cues`)."""
ENGLISH_CUES: tuple[str, ...] = ("en-release-wire", "en-credit-by", "en-shares-of", "en-compiled-by", "en-climbed",
                                 "en-auction-house",
                                 "en-chain-outlet", "en-based", "en-officer-of", "en-shares-after",
                                 "en-counted-kind", "en-money-into", "en-published-in",
                                 "en-animal-before", "en-residents-of",
                                 "en-place-word-after", "en-event-after", "en-class-before", "en-class-apposition",
                                 "en-product-before", "en-app-after",
                                 "en-group-of-member", "en-business-noun", "en-team", "en-team-result",
                                 "en-plays-for", "en-monarch-title", "en-title-before", "en-person-after",
                                 "en-person-object", ONE_WORD_WHO, "en-person-pronoun", "en-business-clause",
                                 "en-body-deed", "en-merger-with", "en-the-body-subject")
"""The English rules, in the order :func:`english_cue` tries them: the wire between slashes in a press release's
dateline ("SEOUL, May 4, 2026 /PRNewswire/ --": the distributor, an organization; mentions57), a credit line's "by"
(editing by X: a person),
"shares of X" (an organization), data or a poll compiled or conducted by X (an organization), what climbers do to X
("the summit of X", "descending X": a mountain, a place), "a X auction" (an auction house; the last three typer30), "a X
restaurant" or "an X store" (the chain whose outlet it is, an organization; mentions36), "X-based" (a place), an officer
or staff of or at it ("chief executive of X", "an analyst at X": an organization), "residents of X" and a lowercase
place word after it ("X province": a place), a holiday or festival after it ("the X holiday": an event, ``other``), a
word of a class of organizations before it ("the startup X") or in an apposition after it ("X, an online retailer based
in …"), a member in a role after it ("X's mid laner Y", "X member Y": the group or the team, typer32), a company's
plant, suppliers or earnings or a broadcaster's slot ("X's weekend drama": mentions50) right after it, "the X
Tigers" (a team: "the", then a name ending in a capitalized plural),
a game's result before "the" and the name ("beat the Miami Heat": a team, typer29), an athlete's verb and "for"
before it ("races for X": the team, mentions37), a monarch's or a pope's title first
in the name with no "the" before it nor a number after it (Emperor Akihito: a person, a clause cue; typer29), and, for a
name of two or three words, a lowercase title before it ("chief executive X"), "who", an age, a title "of" a body ("X,
CEO of …") or a verb only people do after it ("X told reporters"), a verb of meeting before it ("met X"); for a single
word, "who" after it ("Hasina, who fled …": a body takes "which"; not "whose", mentions73), a performer's or a
player's role before it ("rapper X", "jungler X": typer32, ``en-stage-role``) or, opening its
sentence, a verb people do and a personal pronoun after it ("X spoke at her briefing"); a business the subject of the
clause does ("X will build a plant"); last, a name of one or two words after "the" that is the subject of a verb ("the
Pentagon said": a body, mentions18; not a plural, "the Ministers agreed")."""


_ANY_KOREAN_CUE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern, _, _ in KOREAN_CUES))
"""Any rule of :data:`KOREAN_CUES` (their patterns in one alternation, compiled with the same flags): the text after
most names matches none, and one search tells it (a test holds it to the rules one by one)."""


def korean_cue(after: str) -> Cue | None:
    """The first Korean cue (:data:`KOREAN_CUES`) in the text right after a name, or ``None``."""
    if _ANY_KOREAN_CUE.search(after) is None:  # the cheap test first: no rule's pattern is found there
        return None
    for rule, pattern, kind, strength in KOREAN_CUES:
        if pattern.search(after):
            return Cue(rule, kind, strength)
    return None


STAGE_CUE = "ko-stage-of-a-hall"
_KOREAN_HALL_ENDS = ("센터", "홀", "극장", "하우스")
"""Words that end the name of a hall written solid with it (링컨센터, 카네기홀, 오페라하우스): before 무대 (its
stage) the name is the hall where something is performed, a place (mentions53), as an English hall after a preposition
of place is (gazetteer.performance_venue)."""
_STAGE_AFTER = re.compile(r"^\s무대(?:에서|에|를|의|로|가)?(?![가-힣])")


VENUE_CUE = "ko-venue-where-held"
_KOREAN_VENUE_ENDS = ("기념관", "박물관", "미술관", "전시관", "과학관", "문학관", "도서관", "회관", "극장", "의료원")
"""Words that end the name of a building open to the public, written solid with it (X의사기념관, 국립X박물관,
X문화회관, X의료원): an institution by its head (``gazetteer.org_head``) when it acts, the place where something is
held or done when 에서 follows it (X기념관에서 추모식이 열렸다, X의료원에서 접종을 시작한다: mentions63), as the gold
files type such a building each time (세종문화회관에서, 해오름극장에서, 국립중앙의료원에서)."""
_VENUE_AFTER = re.compile(r"^에서(?:는|도)?\s(?!(?:밝혔|발표했|발표한|전했|설명했|공개했|주장했|"
                          r"강조했|말했|내놨|내놓았|알렸))")
"""에서 and not a verb of saying right after it (X박물관에서 밝혔다: the institution speaks; 에서 also marks the
subject of a body)."""

ROAD_CUE = "ko-road-by-what-follows"
_ROAD_WORDS_AFTER = "확장|확포장|개통|구간|사거리|교차로|방향|방면|일대|일원|인근|주변"
_ROAD_AFTER = re.compile(r"\s(?:\d{1,4}(?:-\d{1,4})?(?=[은는이가을를의에,.)]|\s|$)|(?:" + _ROAD_WORDS_AFTER
                         + r"|변)(?![가-힣])|(?:" + _ROAD_WORDS_AFTER
                         + r")(?:[은는이가을를의에도]|에서|으로))")
"""What follows a road's name one space after it: its building number (삼청로 30에: the Road Name Address Act numbers
the buildings along a road), the works on it (확장, 개통), a stretch, a crossroads or a direction of it, or the area
around it."""


def korean_road_cue(name: str, after: str) -> Cue | None:
    """A road's name that ends in 로 (路) alone, not …대로 or …길 (:func:`bilingual.entities.gazetteer.road_name` reads
    those by their end), by what follows it (:data:`_ROAD_AFTER`): 비자림로 확장 공사, 삼청로 30. The stem must be of
    two syllables or more and read as no transcription (:func:`bilingual.names.foreign_word.transcribed`), since
    foreign people's names end in 로 too (파블로, 카스트로, 마르셀로 …); ``None`` otherwise."""
    if " " in name or len(name) < 3 or not name.endswith("로") or _ROAD_AFTER.match(after) is None \
            or not all("가" <= c <= "힣" for c in name) or transcribed(name[:-1]):
        return None
    return Cue(ROAD_CUE, "place", "strong")


def korean_stage_cue(name: str, after: str) -> Cue | None:
    """A hall's name (:data:`_KOREAN_HALL_ENDS`, two syllables or more before the end, written solid) and 무대 after
    it (케네디센터 무대에 오른다): the place where something is performed; ``None`` otherwise. Only a hall's name takes
    it: before 무대 a group's or a singer's name is whose performance it is (아이브 무대). A building of
    :data:`_KOREAN_VENUE_ENDS` and 에서 after it is where something happens too (:data:`VENUE_CUE`)."""
    if " " not in name and after.startswith("에서") and _VENUE_AFTER.match(after) \
            and any(name.endswith(e) and len(name) - len(e) >= 2 for e in _KOREAN_VENUE_ENDS):
        return Cue(VENUE_CUE, "place", "strong")
    if " " in name or not after.startswith(" 무대") or not _STAGE_AFTER.match(after):
        return None
    return Cue(STAGE_CUE, "place", "strong") if any(
        name.endswith(e) and len(name) - len(e) >= 2 for e in _KOREAN_HALL_ENDS) else None


_OPENING_QUOTES = frozenset("'‘\"“<《")


_AFFILIATION_BEFORE = re.compile(r"\(\d{1,3}\s?[·,]\s?$")
"""An age and a middle dot in brackets right before a name: news give a person's age and then what the person belongs
to (김민지(17·강릉고), 박영호(29·한빛전자)): a school, a club or a company. A place there is the person's home (이모(45·
서울 강남구)) and stays a place, which the gazetteer says first (mentions20)."""


_REAL_NAME_BEFORE = re.compile(r"\((?:본명|등록명)[\s:]\s?$")
"""본명 (real name) opening a bracket right before a name: the person's name behind a stage name, a ring name or a
pen name (지뉴(본명 X), typer30); or 등록명 (registered name), the short name a league registers a player under
(X(등록명 Y): a foreign player's given name, mentions61). Either way both names are a person's."""
_MUSIC_GROUP_BEFORE = re.compile(r"(?:^|[.,·'\"“‘(]\s?|다\.\s|\]\s)그룹\s$")
"""그룹 alone opening a sentence or a clause right before a name (그룹 X가 …): a music group, as news introduce one;
"X 그룹 Y" after a name is a business group and its chairman, and stays untyped here (typer30)."""


def korean_cue_before(before: str) -> Cue | None:
    """A word of a class of organizations right before a name (핀테크 기업 X, 중고거래 플랫폼 X), or an age and a middle
    dot in brackets (김민지(17·강릉고): what the person belongs to), Latin initials (J.K. 롤링), 본명 opening a bracket
    (a real name: a person) or 그룹 opening a clause (a music group; the last two typer30), or ``None``."""
    if before[-1:] in "·, " and _AFFILIATION_BEFORE.search(before):
        return Cue("ko-affiliation", "org", "strong")
    if before[-1:] in "∼~" and "가" <= before[-2:-1] <= "힣":
        # 중산리∼장터목 구간, 청주∼비엔티안 노선, 강릉∼부전 구간: the far end of a range from a place is a
        # place (mentions70)
        return Cue("ko-range-end", "place", "strong")
    if before[-1:] in _OPENING_QUOTES:  # 국제학술지 '랜싯': the class word, then the name in quotes
        before = before[:-1]
    if before[-1:] == " " and _KOREAN_CLASS_BEFORE.search(before):
        return Cue("ko-class-before", "org", "strong")
    if latin_initials_before(before):  # J.K. 롤링 (typer26)
        return Cue("ko-latin-initials-before", "person", "strong")
    if before[-1:] in (" ", ":") and ("본명" in before[-5:] or "등록명" in before[-6:]) \
            and _REAL_NAME_BEFORE.search(before):
        return Cue("ko-real-name-before", "person", "strong")
    if before.endswith("그룹 ") and _MUSIC_GROUP_BEFORE.search(before[-8:]):
        return Cue("ko-music-group-before", "org", "strong")
    return None


_CLIMB_ENDS = ("of", "summited", "climbed", "climbing", "scaled", "scaling", "descending", "descended", "ascending",
               "the")
"""The last words :data:`_ENGLISH_CLIMB_BEFORE` may match before its spaces (the cheap test before the search, perf42;
``tests/entities/test_evidence.py`` checks it against the pattern's own words)."""
_STAGE_ROLE_ENDS = (*sorted(STAGE_ROLES), "laner", "gamer", "member")
"""The ends of what :data:`_ENGLISH_STAGE_ROLE_BEFORE` matches before its spaces: a role of
:data:`~bilingual.entities.kind_words.STAGE_ROLES`, "… laner", "pro gamer" or "… member" (the cheap test before the
search, perf42: the pattern is case-sensitive and its ``\\s`` is what ``str.rstrip`` strips, so no text it matches
is skipped)."""


def _may_end_with(text: str, ends: tuple[str, ...]) -> bool:
    """The cheap test before a search of a pattern under ``re.IGNORECASE`` that ends in one of the words ``ends`` and
    spaces: ``False`` only when ``text`` is ASCII and, spaces stripped and lower-cased, ends in none of them (beyond
    ASCII the pattern's case folds more than ``str.lower``: ſ is an s, the Kelvin sign (U+212A) a k; such a text
    is searched)."""
    return not text.isascii() or text.rstrip().lower().endswith(ends)


_TITLE_BEFORE_ENDS = tuple(
    "executive founder chairman chairwoman chair president minister spokesperson spokesman spokeswoman coach manager "
    "striker midfielder defender goalkeeper forward winger pitcher batter slugger outfielder captain singer actor "
    "actress rapper leader boss director governor mayor senator chancellor ambassador envoy professor economist "
    "analyst billionaire tycoon entrepreneur commissioner secretary".split())
"""The last words :data:`_ENGLISH_TITLE_BEFORE` may match before its spaces (its titles; "co-founder" ends in
"founder", "prime minister" in "minister")."""
_MEETING_ENDS = ("met", "meets", "meeting", "with", "phoned", "congratulated", "thanked", "interviewed")
"""The last words :data:`_ENGLISH_PERSON_OBJECT_BEFORE` may match before its spaces."""
_CUE_BEFORE_ENDS = tuple(sorted({end.lower() for end in (
    "by", "of", "in", "into", "at", "with", "the", "for", ",", *_CLIMB_ENDS, *_CLASS_WORD_ENDS, *_PRODUCT_BEFORE_ENDS,
    *_ANIMAL_BEFORE_ENDS, *_BRANDS_LISTED_ENDS,
    *_STAGE_ROLE_ENDS, *_TITLE_BEFORE_ENDS, *_MEETING_ENDS)}))
"""The last words (lower-cased, spaces stripped) of the text before a name that some rule of :func:`english_cue`
read before the name needs: by, of, in, at, with, the, for, a comma, the climbers', the class words, the products',
the stage roles, the titles and the verbs of meeting (perf57: the rules' own cheap tests, joined)."""
_CUE_AFTER_PATTERNS = (_ENGLISH_UNITS_AFTER,
                       _ENGLISH_AUCTION_AFTER, _ENGLISH_OUTLET_AFTER, _ENGLISH_PLACE_WORD_AFTER, _ENGLISH_EVENT_AFTER,
                       _ENGLISH_CLASS_APPOSITION, _ENGLISH_PRODUCT_APPOSITION, _ENGLISH_APP_AFTER,
                       _ENGLISH_STAGE_ROLE_AFTER, _ENGLISH_BUSINESS_AFTER, _ENGLISH_PERSON_AFTER,
                       _ENGLISH_PRONOUN_AFTER, _ENGLISH_BUSINESS_CLAUSE, _ENGLISH_BODY_DEED, _ENGLISH_BODY_SUBJECT)
"""The patterns that the rules of :func:`english_cue` read after a name match at its end (each rule that reads the
text after the name needs its pattern's match there; "X-based" aside)."""
_ANY_CUE_AFTER = re.compile("|".join([*(re.escape(suffix) for suffix in PLACE_SUFFIXES),
                                      *(f"(?:{pattern.pattern})" for pattern in _CUE_AFTER_PATTERNS)]))
"""Any of :data:`_CUE_AFTER_PATTERNS` or :data:`PLACE_SUFFIXES` at the start of the text after a name, in one match
(their flags are the default, which a test holds)."""
_MONARCH_STARTS = (*MONARCH_TITLES, "Crown")
"""What a name :func:`~bilingual.entities.kind_words.monarch_titled` accepts begins with."""
_SHARES_WORDS = ("shares", "stock", "stocks", "shareholders", "investors", "customers", "employees", "subscribers",
                 "users", "stake", "stakes")
"""The words :data:`_ENGLISH_SHARES_BEFORE` matches before "of" or "in" (the cheap test before its search)."""
_RESIDENTS_WORDS = ("Residents", "residents", "Citizens", "citizens", "Villagers", "villagers", "Natives", "natives",
                    "Mayor", "mayor", "coast", "coastline", "shores", "outskirts", "suburbs", "streets", "town", "city",
                    "village", "hamlet", "port", "province", "county", "district", "region", "island", "municipality")
"""The words :data:`_ENGLISH_RESIDENTS_OF` matches before "of" (the cheap test before its search)."""
_RESULT_ENDS = ("beat", "beats", "defeated", "defeats", "edged", "routed", "swept", "eliminated", "upset", "with", "to",
                "past")
"""The last words :data:`_ENGLISH_RESULT_THE` matches before "the" (the cheap test before its search)."""


def _before_the(text: str) -> str:
    """The text before a last "the" (in any case) and the spaces after it, else the text itself: the rules whose
    patterns allow "the" after their words (:data:`_ENGLISH_OFFICER_OF`, :data:`_ENGLISH_CLIMB_BEFORE`) test the
    word before it first (perf57)."""
    stripped = text.rstrip()
    return stripped[:-3] if stripped[-3:].lower() == "the" else text


_RELEASE_WIRE_BEFORE = re.compile(r"\b\d{4} /$")
_RELEASE_WIRE_AFTER = re.compile(r"/ (?:--|—|–)")
"""A name between slashes after a year and before a dash: the wire that distributes a press release, as its dateline
writes it ("BUSAN, Oct. 3, 2026 /PRNewswire/ --", "/GLOBE NEWSWIRE/ --", "/CNW/ --": PR Newswire's, GlobeNewswire's
and Canada Newswire's form), an organization (mentions57)."""


def english_cue(before: str, after: str, name: str = "") -> Cue | None:
    """The first English cue (:data:`ENGLISH_CUES`, in that order) around a name, from the text just before it and
    just after it, or ``None``."""
    if before[-1:].isspace() and (before[-1] != " " or before[-2:-1].isspace()):
        before = before.rstrip() + " "  # "of  X", "by\nX": the patterns allow any space, the cheap tests one
    # the rules' cheap tests joined (perf57): most names of the news have no cue, and these say so in two steps
    if before[-1:] == "/" and _RELEASE_WIRE_BEFORE.search(before) and _RELEASE_WIRE_AFTER.match(after):
        return Cue("en-release-wire", "org", "strong")
    cue_before = before[-1:] == " " and _may_end_with(before[-40:], _CUE_BEFORE_ENDS)
    cue_after = _ANY_CUE_AFTER.match(after) is not None
    if not (cue_before or cue_after or name.startswith(_MONARCH_STARTS) or name[:1].isspace()):
        return None
    words = name.split()
    by, of = before.endswith("by "), before.endswith(("of ", "in "))  # cheap tests first: most names have no cue
    if cue_before and by and len(words) >= 2 and _ENGLISH_CREDIT_BEFORE.search(before):
        return Cue("en-credit-by", "person", "strong")
    if cue_before and of and _may_end_with(before[:-3], _SHARES_WORDS) and _ENGLISH_SHARES_BEFORE.search(before):
        return Cue("en-shares-of", "org", "strong")
    if cue_before and by and _ENGLISH_COMPILED_BY.search(before):
        return Cue("en-compiled-by", "org", "strong")
    if cue_before and _may_end_with(_before_the(before[-40:]), _CLIMB_ENDS) \
            and _ENGLISH_CLIMB_BEFORE.search(before[-40:]):
        return Cue("en-climbed", "place", "strong")
    if cue_after and len(words) == 1 and after[:1] == " " and before[-2:] in ("a ", "n ") \
            and _ENGLISH_AUCTION_AFTER.match(after) and _ENGLISH_A_BEFORE.search(before[-5:]):
        return Cue("en-auction-house", "org", "strong")
    if cue_after and after[:1] == " " and before[-2:] in ("a ", "n ") and _ENGLISH_OUTLET_AFTER.match(after) \
            and _ENGLISH_A_BEFORE.search(before[-5:]) and not (words and _ADJECTIVE_OF_A_PEOPLE.fullmatch(words[0])):
        return Cue("en-chain-outlet", "org", "strong")
    if cue_after and after.startswith(PLACE_SUFFIXES):
        return Cue("en-based", "place", "strong")
    if cue_before and _before_the(before).rstrip().endswith(("of", "at", "with")) \
            and _ENGLISH_OFFICER_OF.search(before):
        return Cue("en-officer-of", "org", "strong")
    if cue_before and before.endswith((" in ", " into ")) and _ENGLISH_SHARES_AFTER.match(after) \
            and not _ADJECTIVE_OF_A_PEOPLE.fullmatch(name):
        return Cue("en-shares-after", "org", "strong")
    if cue_after and after[:1] == " " and before[-1:] == " " and _ENGLISH_UNITS_AFTER.match(after) \
            and _NUMBER_BEFORE.search(before[-16:]):
        return Cue("en-counted-kind", "other", "strong")
    if cue_before and before.endswith("into ") and _ENGLISH_MONEY_INTO.search(before[-50:]):
        return Cue("en-money-into", "org", "strong")
    if cue_before and _before_the(before).rstrip()[-2:].lower() == "in" \
            and _ENGLISH_PUBLISHED_IN.search(before[-60:]):
        return Cue("en-published-in", "org", "strong")
    if cue_before and before.rstrip().endswith(_BRANDS_LISTED_ENDS) and "brands" in before \
            and _ENGLISH_BRANDS_LISTED.search(before[-200:]):
        return Cue(BRANDS_CUE, "other", "strong")
    if cue_before and before.rstrip().endswith(_ANIMAL_BEFORE_ENDS) and _ENGLISH_ANIMAL_BEFORE.search(before[-40:]):
        return Cue("en-animal-before", "other", "strong")
    if cue_before and of and before[:-3].rstrip().endswith(_RESIDENTS_WORDS) \
            and _ENGLISH_RESIDENTS_OF.search(before):
        return Cue("en-residents-of", "place", "strong")
    if cue_after and after[:1] == " " and _ENGLISH_PLACE_WORD_AFTER.match(after) \
            and not _ADJECTIVE_OF_A_PEOPLE.fullmatch(name):
        return Cue("en-place-word-after", "place", "strong")
    if cue_after and after[:1] == " " and _ENGLISH_EVENT_AFTER.match(after) \
            and not _ADJECTIVE_OF_A_PEOPLE.fullmatch(name):
        return Cue("en-event-after", "other", "strong")
    if cue_before and before.rstrip().endswith(_CLASS_WORD_ENDS) and _ENGLISH_CLASS_BEFORE.search(before):
        return Cue("en-class-before", "org", "strong")
    if cue_before and by and _ENGLISH_MADE_BY.search(before):
        return Cue("en-product-made-by", "org", "strong")
    if cue_before and of and before[:-3].rstrip().endswith(("version", "versions")) \
            and _ENGLISH_VERSION_OF.search(before):
        return Cue("en-version-of", "other", "strong")
    if cue_after and after[:1] == "," and _ENGLISH_CLASS_APPOSITION.match(after):
        return Cue("en-class-apposition", "org", "strong")
    if cue_after and after[:1] == "," and len(words) == 1 and _ENGLISH_PRODUCT_APPOSITION.match(after):
        return Cue("en-product-apposition", "other", "strong")
    if cue_after and len(words) >= 2 and after[:1] == " " and _ENGLISH_APP_AFTER.match(after) \
            and _DETERMINER_BEFORE.search(before[-24:]):
        return Cue("en-app-after", "other", "strong")
    if cue_before and before.rstrip().endswith(_PRODUCT_BEFORE_ENDS) \
            and _ENGLISH_PRODUCT_BEFORE.search(before[-40:]) and not _ENGLISH_MAKER_CLAUSE_AFTER.match(after) \
            and (not before.endswith(", ") or after[:1] in (",", ".", ";", "")):  # "the new drug, Nexovir, cut"
        return Cue("en-product-before", "other", "strong")
    if cue_after and after[:1] in ("'", "’", " ") and _ENGLISH_STAGE_ROLE_AFTER.match(after):
        return Cue("en-group-of-member", "org", "strong")
    if cue_after and after[:1] in ("'", "’", " ") and _ENGLISH_BUSINESS_AFTER.match(after) \
            and not (_POSSESSIVE_BEFORE.search(before[-12:]) and _PLANT_AFTER.match(after)):
        return Cue("en-business-noun", "org", "strong")  # "its Kumamoto plant" is where the plant is
    if cue_before and len(words) >= 2 and before[-4:].lower() == "the " and _PLURAL_WORD.fullmatch(words[-1]) \
            and words[-1] not in NOT_TEAMS and THE_BEFORE.search(before):
        return Cue("en-team", "org", "strong")
    if cue_before and before[-4:] == "the " and before[:-4].rstrip().endswith(_RESULT_ENDS) \
            and _ENGLISH_RESULT_THE.search(before):
        return Cue("en-team-result", "org", "strong")
    if cue_before and before.rstrip().endswith(_PLAYS_FOR_ENDS) and _ENGLISH_PLAYS_FOR.search(before[-30:]):
        return Cue("en-plays-for", "org", "strong")
    if 2 <= len(words) <= 3 and monarch_titled(name, before, after):  # Emperor Akihito (typer29)
        return Cue("en-monarch-title", "person", "clause")
    if 2 <= len(words) <= 3:
        if cue_before and before.rstrip().endswith(_TITLE_BEFORE_ENDS) and _ENGLISH_TITLE_BEFORE.search(before):
            return Cue("en-title-before", "person", "strong")
        if cue_before and before[-2:] == ", " and _ENGLISH_TITLE_APPOSITION.search(before):
            return Cue("en-title-apposition", "person", "strong")
        if cue_after and after[:1] in (",", " ", "'", "’") and _ENGLISH_PERSON_AFTER.match(after):  # "X's wife" too
            return Cue("en-person-after", "person", "clause")
        if cue_before and before.rstrip().endswith(_MEETING_ENDS) and _ENGLISH_PERSON_OBJECT_BEFORE.search(before):
            return Cue("en-person-object", "person", "clause")
    if cue_after and len(words) == 1 and after[:6] == ", who " and not name.isupper():
        return Cue(ONE_WORD_WHO, "person", "clause")  # "Hasina, who fled …": a body takes "which" (mentions73)
    if cue_before and len(words) == 1 and before[-1:] == " " and name not in _CALENDAR_WORDS \
            and before[-24:].rstrip().endswith(_STAGE_ROLE_ENDS) and _ENGLISH_STAGE_ROLE_BEFORE.search(before[-24:]):
        return Cue("en-stage-role", "person", "strong")
    if cue_after and len(words) == 1 and after[:1] == " " and _lone_person_subject(before, after, name):
        return Cue(PRONOUN_CUE, "person", "clause")
    if cue_after and after[:1] == " " and after[1:2].islower() and _ENGLISH_BUSINESS_CLAUSE.match(after):
        return Cue("en-business-clause", "org", "clause")
    if cue_after and after[:1] == " " and after[1:2].islower() and _ENGLISH_BODY_DEED.match(after):
        return Cue("en-body-deed", "org", "clause")
    if cue_before and before[-6:] == " with " and _ENGLISH_MERGER_WITH.search(before[-40:]):
        return Cue("en-merger-with", "org", "clause")
    if cue_after and len(words) <= 2 and before[-4:].lower() == "the " \
            and (len(before) == 4 or not before[-5].isalnum()) and after[:1] == " " \
            and _ENGLISH_BODY_SUBJECT.match(after) and not _PLURAL_END.search(name) \
            and not _romanized_surname(words[0]):
        return Cue("en-the-body-subject", "org", "clause")
    return None


def _romanized_surname(word: str) -> bool:
    """Whether a word spells a Korean family name (Park, Lee, Kim): "the Park said" is no body."""
    from bilingual.names.romanized import spelling_key, surname_index  # the tables load only when asked

    return spelling_key(word) in surname_index()
