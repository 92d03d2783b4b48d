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
from bilingual.entities.evidence import BODY_DEED_CUES, STAGE_CUE, VENUE_CUE, Cue
from bilingual.entities.historic_states import historic_state
from bilingual.entities.holidays_and_indexes import korean_holiday, market_index
from bilingual.entities.kind_words import WITHOUT_BORDERS, PlaceTests, kind_by_words, person_by_family_name
from bilingual.entities.organizations import group_company, known_organization, listed_company, maker_and_model
from bilingual.errors import DataError
from bilingual.files import data_rows
from bilingual.names.foreign_word import transcribed
from bilingual.names.hangul import decompose, has_syllable, is_syllable
from bilingual.names.keys import korean_surname
from bilingual.names.romanize import romanize_word
from bilingual.names.romanized import common_given_syllables, given_syllable_counts, parse_name
from bilingual.names.titles import (
    KOREAN_OFFICE_TITLES,
    KOREAN_PERSON_ONLY_TITLES,
    KOREAN_RANK_TITLES,
    KOREAN_TITLES,
    english_person_only_title,
)
from bilingual.text.scripts import script_counts

KOREAN_ORG_HEADS = tuple(
    "뉴스 일보 신문 방송 방송공사 통신 위원회 공사 공단 은행 전자 그룹 대학교 대학 협회 재단 기구 연합 증권 건설 항공 "
    "자동차 연구소 연구원 센터 본부 국회 검찰 경찰 법원 정부 보험 화학 중공업 전력 제약 신문사 방송사 통신사 기업 회사 "
    "조합 학회 의회 정당 부처 감독원 정보원 감사원 진흥원 평가원 개발원 교육원 연수원 심판원 보건원 과학원 학술원 "
    "예술원 국어원 기술원 관리원 대사관 영사관 경찰서 소방서 세무서 거래소 재판소 법원 고법 지법 검찰청 연합회 회의소 "
    "노조 포스트 타임스 저널 텔레콤 솔루션 홀딩스 바이오 모터스 엔터테인먼트 소프트 게임즈 물산 상사 제철 해운 통운 "
    "캐피탈 에어라인 방송국 통신사 의료원 병원 구단 당국 뱅크 수사국 정보국 우주국 안보국 의약국 통계국 조사국 단속국 "
    "이민국 관리국 생명 화재 손해보험 손보 지검 지청 고검 지법 경찰청 시청 도청 군청 구청 노총 비즈 박물관 미술관 "
    "기념관 과학관 도서관 조정실 비서실 안보실 대통령실 교향악단 관현악단 합창단 오케스트라 필하모닉 발레단 오페라단 "
    "무용단 출판사 연맹 협력단 사업단 종단 총무원 고등학교 중학교 초등학교 여자고등학교 여자중학교 "
    "농협 수협 축협 신협 산림조합 교도소 구치소 소년원 체육회 프로야구 프로축구 프로농구 프로배구 "
    "법무법인 회계법인 세무법인 특허법인 노무법인 창극단 옥션 리조트 중앙회 상인회 홍수통제소 "
    "컴퍼니 코퍼레이션 적십자사 광업소 양행".split())
"""Ends of Korean organization names (two syllables or more, any length of name). An institution (院) is named by
its field and 원 (금융감독원, 국가정보원, 한국개발연구원); 원 alone ends too many other words (공무원, 지원, 공원).
A bureau (局) by its field and 국 (연방수사국, 항공우주국, 식품의약국); 국 alone ends countries and their kinds
(회원국). Company shapes, a class (eighth session): life and fire insurers (흥국생명, 삼성화재, DB손해보험); a city's
or a province's offices written solid (대구지검, 순천지청, 수원지법, 울산경찰청, 전남도청, 창원시청: one
organization, not the place its name begins with). A confederation of trade unions by its abbreviation 노총
(노동조합총연맹: 한국노총, 민주노총), as 노조 names a union (ninth session). Museums, galleries, memorial halls,
science museums and libraries (국립중앙박물관, 우피치미술관, 국립중앙도서관): institutions news names as bodies
that hold exhibitions and sign agreements (mentions11). The offices that South Korea's Government Organization Act
(정부조직법) names with 실 (室): 대통령비서실, 국가안보실, 국무조정실, 국무총리비서실, and 대통령실 (Kiwi cuts them:
국무 + 조정실); 실 alone ends rooms (회의실, 사무실, 교실). Performing companies by their heads (서울시립교향악단,
국립합창단, 베를린 필하모닉, 국립발레단) and publishers (…출판사; mentions17). Federations (…연맹, …총연맹), agencies
and projects named as groups (…협력단, …사업단) and religious orders (…종단; mentions19). Schools by their level
(…초등학교, …중학교, …고등학교: the levels of the Elementary and Secondary Education Act, 초·중등교육법 제2조) and
co-operatives by their short forms (…농협, …수협, …축협, …신협, …산림조합: the local co-operatives of the
Agricultural, Fisheries, Forestry and Credit Union Acts; mentions20). A Buddhist order's head office (…총무원;
mentions21); a diocese by its see, :func:`org_head`. Prisons, detention centres and juvenile reformatories by their
heads (…교도소, …구치소: the correctional institutions of 형의 집행 및 수용자의 처우에 관한 법률; …소년원: mentions22),
institutions of the Ministry of Justice, not the town they are named after (청송교도소 is no mention of 청송).
Sports councils by their head (…체육회: 대한체육회, a city's or a province's 체육회) and professional leagues by their
country and sport (미국프로농구, 한국프로야구: the league, as NBA and KBO; mentions23). Firms by the kind of
법인 (法人) the Attorney-at-Law, Certified Public Accountant, Tax Accountant, Patent Attorney and Labor Attorney Acts
name them (…법무법인, …회계법인, …세무법인, …특허법인, …노무법인: 삼일회계법인; 법인 alone ends 해외법인, 현지법인, the
common word); auction houses (…옥션: 서울옥션, 케이옥션) and resorts (…리조트: 하이원리조트), companies named by
their trade; a company of 창극 (…창극단: 국립창극단; typer28). The national federation of co-operatives of a kind
by 중앙회, the name the co-operative acts give it (농업협동조합중앙회 and 농협중앙회, 신용협동조합중앙회 and 신협중앙회,
새마을금고중앙회, 산림조합중앙회, 중소기업중앙회: 농업협동조합법, 신용협동조합법, 새마을금고법, 산림조합법,
중소기업협동조합법), and a market's traders' association by 상인회 (망원시장상인회: the 상인회 of the Special Act on
traditional markets, 전통시장 및 상점가 육성을 위한 특별법); 중앙회 or 상인회 alone is no name (mentions32). The
Ministry of Environment's flood control offices by their river and 홍수통제소 (한강홍수통제소, 낙동강홍수통제소: offices
of 환경부와 그 소속기관 직제; mentions34). A company by the English word for one transcribed at the end of its name
(…컴퍼니, …코퍼레이션: 더블유컴퍼니, 에스티코퍼레이션), as 회사 and 기업 end one; the word alone is none
(mentions57). A national Red Cross society by 적십자사 (the 대한적십자사 of its own act, 대한적십자사 조직법; a
foreign one, 일본적십자사), and a state mining company's colliery by 광업소 (鑛業所: 대한석탄공사 장성광업소, an office
that opens, closes and hires; mentions61); the word alone is none. A trading house by 양행 (洋行: 유한양행, the old word
for a firm dealing in Western goods that old companies keep in their names; mentions61)."""
STANDALONE_ORG_HEADS = frozenset("국회 검찰 경찰 정부 감사원 대통령실".split())
"""Heads that are an institution's whole name (감사원 is the Board of Audit and Inspection)."""
KOREAN_SHORT_ORG_HEADS = ("부", "청", "처", "당")
"""Ministries (외교부), agencies (통계청), offices (법제처) and parties (개혁신당): only in names of one word of three
syllables or more (정부 is caught above; 일부, 상처, 식당 are not names; 야마모토 요시노부 is a foreign name)."""
KOREAN_NOT_ORG_ENDINGS = ("식당", "성당", "강당", "서당", "사당", "명당", "본당", "부부", "간부", "내부", "외부",
                          "전부", "세부", "본부장", "민원처", "전당", "우주센터", "복합리조트", "종합리조트",
                          "대형리조트", "골프리조트", "스키리조트", "온천리조트", "해양리조트",
                          "걸그룹", "보이그룹", "아이돌그룹", "혼성그룹")
"""Words that end like an organization (…당, …부) but name a building, a room or a part (한식당, 대성당, 외부; a hall,
전당: 예술의전당, 명예의 전당, a place by :data:`KOREAN_GEOGRAPHIC_ENDINGS`; a launch site, …우주센터, whose 센터 is
no body's head there: mentions20); kinds of resort (복합리조트, an integrated resort; 골프리조트), the common
words that end in 리조트 as a resort's name does (typer28); kinds of music group (걸그룹, 보이그룹, 아이돌그룹: the
class before a group's name, no group's name; lead, stop 38)."""
KOREAN_MINISTRY_FIELDS_SEONG = tuple(
    "외무 외교 국방 해군 육군 공군 재무 법무 방위 총무 내무 체신 대장 농림수산 경제산업 국토교통 문부과학 후생노동 "
    "인민무력 국가보위 인민보안 사회안전 공업 철도 수산 체육 보건".split())
"""Fields of ministries named with 성 (省: Japan's 외무성, 농림수산성, 경제산업성; North Korea's 국방성, 인민무력성,
전력공업성; the U.S. Navy's 해군성 as Korean writes it): the field and 성 are a ministry. The class is closed, and
only fields whose word and 성 is no common noun are listed: 안전성 (safety), 환경성 and 과학성 are ordinary words,
so Japan's 환경성 is not caught (nor 상업성, commerciality, and 교육성)."""
_PUBLIC_PREFIXES = ("한국", "국립", "국가")
_NOT_INSTITUTION_WON = tuple("공무원 의원 직원 회원 위원 요원 사원 대원 단원 교원 선원 인원 정원 공원 지원 복원 재원 "
                             "민원 동원 기원 차원 전원 증원 감원 결원 구원 소원 초원 평원 농원 조원 팀원 당원 현충원 "
                             "수목원 식물원 동물원 낙원 묘원".split())
"""A public institution is named by 한국, 국립 or 국가, its field and 원 (院: 한국소비자원, 한국부동산원, 국립국악원,
the names of the public institutions the Ministry of Economy and Finance lists): a word of five syllables or more of
that shape is an organization, unless it ends in a word in 원 that names people or a thing (국가공무원, 한국인 직원,
국가재원; 국립공원, 국립서울현충원, 국립수목원 are places); not 자원 (resources), which 한국소비자원 ends in as well."""
KOREAN_FIRM_KINDS = frozenset("법무법인 회계법인 세무법인 특허법인 노무법인".split())
"""Kinds of firm that their acts name 법인 (the Attorney-at-Law Act's 법무법인, the Certified Public Accountant Act's
회계법인, and the tax, patent and labour attorneys' acts): written before a firm's name as well as after it (법무법인
세종, 삼일회계법인); a firm's name with its kind either side is an organization's (:func:`org_head`)."""
_THEATRE_COMPANY = "극단"
_PUBLIC_THEATRE_PREFIXES = ("국립", "시립", "도립")
"""A theatre company (劇團) is named by 극단, which ends a common word too (양극단, both extremes): right after 국립,
시립 or 도립 it is a public company (국립극단, 인천시립극단; typer28)."""
KOREAN_CLIPPED_COMMITTEE = "위"
"""A committee (위원회) is written short in news by the first syllables of its field and the head clipped to 위: the
committees of the Government Organization Act (정부조직법: 공정거래위원회 공정위, 금융위원회 금융위, 원자력안전위원회
원안위), the National Election Commission of the Constitution (중앙선거관리위원회 선관위) and the standing committees of
the National Assembly Act (국회법: 국방위원회 국방위, 기획재정위원회 기재위, 농림축산식품해양수산위원회 농해수위). Kiwi
reads such a word as one noun; :func:`clipped_committee` tells it from the words in 위 that are no committee."""
_NOT_COMMITTEES = tuple("상위 하위 순위 범위 단위 학위 행위 시위 더위 추위 바위 가위 우위 직위 부위 주위 품위 즉위 "
                        "왕위 군위".split())
"""Words in 위 of rank, position, range, acts and weather (최상위, 불법행위, 육군 대위, 군위 the county): no
committee, whatever comes before them. 방위 (defence), 권위 (authority), 지위 (standing) and 수위 (a level) end
committees written short as well (국방위, 과방위, 인권위, 복지위, 농해수위), so they rule out only the compounds they
usually end: the first three in four syllables or more (정당방위, 최고권위, 사회적지위), 수위 in three (홍수위,
저수위)."""
_NOT_COMMITTEES_LONG = ("방위", "권위", "지위")
KOREAN_COMMITTEE_SHORT_FORMS = frozenset(
    # the standing committees of the National Assembly Act (국회법 제37조) and its special committees
    "운영위 법사위 정무위 기재위 교육위 과방위 외통위 국방위 행안위 문체위 농해수위 산자위 산자중기위 복지위 환노위 "
    "기후위 국토위 정보위 여가위 성평등위 예결위 윤리위 "
    # the commissions of the Government Organization Act and of their own acts, the election commission
    "인권위 공정위 금융위 방통위 방미통위 권익위 원안위 개보위 개인정보위 선관위 방심위 규개위 증선위 금통위 경사노위 "
    "진화위 저출산위 탄소중립위 균형위 자치분권위".split())
"""Committees written short whose short form Kiwi may read as a proper noun of a Korean name's shape (인권위,
국토위, 기재위, 문체위, 진화위): the committees of the National Assembly Act and the government's commissions, a closed
list written whole; the rule of :func:`clipped_committee` takes the others."""
KOREAN_OFFICE_HEADS = ("관리사무소", "사무소")
"""An office written solid after what it serves (한라산국립공원관리사무소, 북한산국립공원도봉사무소, 출입국관리사무소):
an organization only when what it serves is three syllables or more (관리사무소, 법률사무소, 현장사무소 alone are
common nouns), and not an agent's office (공인중개사무소)."""
KOREAN_SAFETY_MINISTRY = "안전부"
"""A ministry of safety or security (安全部: 행정안전부, 국가안전부) ends in 전부 ("all") and is a ministry all the
same."""
KOREAN_UNIVERSITY_SHORT = re.compile("(?:[가-힣]{2,}|[가-힣](?:여|공|교|의|과기))대$")
"""Universities by their short form (서울대, 고려대, 성균관대, 이화여대, 포항공대): a stem of two syllables or more and
대, or a women's, technical, teachers' or medical college's abbreviation."""
INSTITUTION_TITLES = frozenset("교수 총장 학장 이사장 연구팀 교수팀 연구진".split())
"""Titles after the name of the institution (고려대 교수), not after a person's name."""
ENGLISH_ORG_HEADS = frozenset(
    "Agency News Ministry Department Commission Committee Council Corporation Corp Corp. Inc Inc. Co Co. Ltd Ltd. "
    "Company Group Bank University Institute Times Herald Post Journal Daily Shimbun Ilbo Press Association Services "
    "Organization Organisation Office Service Party Police Court Assembly Authority Foundation Fund Electronics "
    "Motors Airlines Television Broadcasting Network Union Federation Forces Army Navy Board Bureau Administration "
    "Secretariat Parliament Senate Congress Construction Holdings Industries Energy Telecom Securities Insurance "
    "Cabinet Embassy Consulate School Hospital Center Centre Club Chaebol Conglomerate Coalition Exchange Chamber "
    "Guard Motor Airways Biologics Pharmaceutical Pharmaceuticals Chemical Chemicals Steel Shipbuilding Logistics "
    "Entertainment Semiconductor Solution Solutions Systems Technologies Technology Capital Financial Communications "
    "Telecommunications Shinmun Channel Radio TV Academy College Alliance Command Tribunal Prosecution Prosecutors "
    "Caucus Studios Games Labs Foods Mobility Bancorp Airline Railways Railroad Media Newspaper Magazine Power "
    "Petroleum Pharma Motor System Metro Transit International Air Partners Lab League Orchestra Philharmonic "
    "Ensemble Choir Chorus Publishers Publishing Headquarters Cooperative Survey Ratings Petrochemical Petrochemicals "
    # a directorate, a government's office or a park's managing body (National Park Directorate; mentions60)
    "Directorate "
    # a trust or a learned society (a heritage trust, a chemical society; stop 50: "Kestrel Valley Park Trust" gave
    # Park a person, as an unknown run ending in Trust had no organization's head)
    "Trust Society "
    # a tyre maker by its product (Hankook Tire, Kumho Tire, Goodyear Tire; mentions61: "Nexen Tire" was other)
    "Tire Tires Tyre Tyres "
    # companies' legal forms after their names (Siemens AG, BP plc, Nestle SA, Allianz SE, Volvo AB, Roche Holding AG)
    "AG GmbH plc Plc PLC LLC LLP NV SA SE SpA Oyj ASA AB Pty Holding".split())
FOREIGN_ORG_LEADS = frozenset("Universidad Universidade Université Universität Università Universitat Universiteit "
                              "Universitas Instituto Institut Istituto Banco Banque Banca Museo Musée "
                              "Dicastery".split())
"""Words for a university, an institute, a bank or a museum in Spanish, Portuguese, French, German, Italian, Catalan,
Dutch and Indonesian, which begin an institution's name as English heads end one (Universidad de Concepción,
Université de Montréal, Banco de España, Museo del Prado): the name is an organization. So does Dicastery, the word
of the Roman Curia's departments (the Dicastery for Evangelization, for the Clergy …: the apostolic constitution
Praedicate Evangelium, 2022; mentions57)."""
WINE_ESTATE_LEAD = "Chateau"
"""The French word for a castle (château, read without its accent) before a capitalized word: a Bordeaux wine estate,
which news names as the company that makes its wine (Chateau Latour, Chateau Margaux, Chateau Cheval Blanc: the
estates of the 1855 and Saint-Émilion classifications are named so); a castle's name has "de", "du" or "d'"
after it (Château de Chambord), which is not capitalized, and is no organization (mentions57)."""
ENGLISH_VENUE_ENDS = ("City Hall", "Town Hall", "Stadium", "Arena", "Gymnasium", "Ballpark", "Velodrome", "Coliseum",
                      "Dome", "Market", "Mall", "Tunnel", "Expressway")
"""Last words of the names of buildings, sports venues, markets and roads, places (:data:`ENGLISH_PLACE_WORDS`) though a
city's name of the KB begins them ("Busan City Hall", "Incheon Arena", "Seoul Express Market")."""
GOVERNMENT_LEVELS = frozenset("Provincial Metropolitan City Municipal Prefectural County State Federal Regional "
                              "District Local Territorial Cantonal".split())
"""Adjectives of a level of government before "Government" at the end of a name: the place's name, the level and
"Government" make one organization ("Gangwon Provincial Government", "Osaka Prefectural Government"), not a place;
"Government" alone stays no head ("the Moon Government" is a period as often as a body)."""
ENGLISH_ORG_LEADS = re.compile(r"(?:The\s+)?(?:[\w'’.&-]+\s+){0,4}?(?:Ministry|Department|Bank|University|Office|"
                               r"Bureau|Board|Council|Committee|Commission|Institute|Embassy|Federation|Association|Chamber|"
                               r"Party|Court|Organization|Organisation|Agency|Academy|College|School|Union|League|Fund|"
                               r"Foundation|Society|Corporation|Museum|Authority|Service|Administration|Assembly)"
                               r"\s+(?:of|for|on)\s+\S")
"""Organizations named by their head and what they are of or for: "Ministry of Oceans and Fisheries", "Bank of Japan",
"People's Bank of China", "Democratic Party of Korea", "International Court of Justice"."""
NOT_ORG_ACRONYMS = frozenset(
    "CEO CFO CTO COO CIO GDP GNP GNI CPI PPI PMI AI IT ICT TV PC PM AM USD KRW EUR JPY CNY GBP VAT IPO ETF ESG EV DNA "
    "RNA HIV AIDS COVID SARS MERS LNG LPG OK FAQ PDF URL NFT SNS SUV VIP MVP DMZ ID PR HR QR AR VR OTT APP API CCTV "
    "LED LCD OLED CPU GPU SSD USB GPS MOU FTA R&D M&A AS PS KST UTC GMT BC AD NO YES THE AND FOR NEW KTX SRT".split())
"""All-capital words that are not organizations: titles, measures, currencies, diseases, technologies and words
of an all-capital headline."""
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")
"""An organization's acronym as written: capitals (and digits, &) only, two to seven characters (KBS, KAIST, C&T)."""
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
_REGNAL_KO = re.compile(r" \d{1,2}세$")
PLACE_ACRONYMS = frozenset("US USA UK UAE ROK DPRK PRC".split())
"""Acronyms of countries: places, as the gazetteer types countries. The EU is not among them (mentions12): news name
it as a body that decides, sanctions and speaks (EU 집행위원회, EU 외교안보 고위대표), and the gold files of three
sessions, two written by engineers who read no code, type it an organization."""
_HANGUL = re.compile("[가-힣]")
NEWS_AGENCIES = frozenset(
    "Reuters AFP AP Bloomberg Xinhua Kyodo Yonhap Tass TASS Interfax Anadolu EFE ANSA dpa DPA Jiji Newsis News1 KCNA "
    "로이터 블룸버그 신화통신 교도통신 타스 인테르팍스 뉴시스 연합 연합뉴스 지지통신 조선중앙통신".split())
"""News agencies and wire services: their names carry no head, and news pages credit them everywhere."""
_FOREIGN_UNITS = frozenset("주성현")
"""A state (州: 테네시주, 오하이오주), a Chinese province (省: 쓰촨성) or a Japanese prefecture (県: 아오모리현) written
solid after a place's name, as Korean news writes them: the stem must be a place of the gazetteer or of mecab-ko-dic
and have two syllables or more (호주, 광주, 만주 are names of their own)."""
_NOT_FOREIGN_UNITS = frozenset({"지난주", "지난달"})
"""Words that end in 주 after a place's name and are none: 지난주 is last week (지난, Jinan, is a Chinese city)."""
_FOREIGN_KINDS = frozenset({"country", "region", "city", "cjk_place", "foreign_place"})
"""Gazetteer kinds whose names take 주, 성 or 현: not South Korea's own places (GeoNames' Korean stems include words:
노동, 법원; 노동성 is a ministry)."""
_KOREAN_UNIT = re.compile("(?:특별시|광역시|특별자치시|특별자치도|[도시군구읍면동리])$")
_TRAILING_NUMBER = re.compile(r"\d+$")
_GLUED_CODE_END = re.compile(r"[A-Za-z]\d{1,4}$")
"""A name whose last word ends in letters glued to a number ("LIG Nex1", "Qwen2", "EV4"): a company's, a product's or
a model's, no place's, whatever preposition is before it (mentions46: "went to LIG Nex1" was a place)."""
_DIRECTION_DISTRICT = re.compile("[동서남북중]구")
"""The districts of the metropolitan cities named by a direction (북구, 중구): a unit after one syllable."""
KOREAN_GEOGRAPHIC_ENDINGS = ("양", "섬", "항", "역", "궁", "문", "산", "강", "각", "포", "댐", "봉", "공항",
                             "반도", "사막", "해협", "평야", "고원", "공원", "광장", "마을", "타워", "대교", "터널",
                             "계곡", "폭포", "호수", "해변", "저수지", "해수욕장", "도시", "단지", "유적", "전망대",
                             "기지", "부두", "항구", "파크", "돔", "스타디움", "아레나", "아트홀", "콘서트홀",
                             "우주센터", "성당", "성지", "수도원", "동굴")
KOREAN_VENUE_ENDINGS = ("체육관", "경기장", "구장", "국가정원", "지방정원", "전당", "필드")
"""A gymnasium or a sports ground (…체육관, …경기장, …구장), a national or a regional garden (…국가정원, …지방정원: the
two designations of the Arboretum and Garden Act; 정원 alone ends given names, 김정원), a hall (…의전당) and a field
(…필드): a place after a stem of two syllables or more (잠실학생체육관, 사직구장), not the common nouns of one
syllable and the word (농구장, 야구장, 주경기장 is a place inside one) nor the word alone (mentions17)."""
"""Ocean, island, port, station, palace, gate, mountain, river, pavilion (각), port (포), dam, peak, airport, park,
square, village, tower, bridge, a ballpark or a stadium (…파크, …돔, …아레나), a concert hall (…아트홀, …콘서트홀:
a hall's own word after its owner's name; mentions20), a church's building, a shrine and a monastery
(…성당, …대성당, …성지, …수도원: where a mass is said, not the diocese that says it; mentions21), a desert (…사막:
고비사막, mentions50), a cave (…동굴: 고수동굴, mentions61) …: a word of
three syllables or more ending in one is a place, though it may begin like a person's name (천안문, 태평양,
서귀포); see also :data:`KOREAN_VENUE_ENDINGS`."""
COMMON_NOUN_ENDS = frozenset(
    # …역 (驛, a station): trade, region, field, zone, waters, service, translation, quarantine, immunity
    "무역 교역 지역 영역 구역 수역 해역 권역 전역 성역 광역 노역 병역 번역 통역 배역 주역 용역 방역 현역 퇴역 징역 "
    "검역 면역 "
    # …구 (區, a district): ball games, research, demand, population, exits, tools, furniture, counters
    "농구 야구 배구 축구 탁구 족구 당구 연구 요구 인구 출구 입구 도구 가구 창구 용구 완구 문구 "
    # …산 (山, a mountain): production, property, assets, budget, childbirth, spread, bankruptcy, calculation
    "생산 재산 자산 예산 출산 확산 파산 계산 합산 정산 추산 환산 증산 감산".split())
"""Common nouns of two syllables that end in a syllable of a place's ending (:data:`KOREAN_GEOGRAPHIC_ENDINGS`) or of
an administrative unit: a word written solid that ends in one (자유무역, 미국프로농구, 국내생산) is no station,
district, mountain or city by that ending (mentions23: :func:`is_place` read 자유무역 as a station and 미국프로농구 as
a district). The whole word may still be in the gazetteer, and a word whose first syllables end in a listed place
keeps its ending (동대구역 and 청주역 are stations: 대구, 청주). Not the common nouns in …도, …동, …시 or …면 (의도,
운동, 당시, 측면): islands, dongs, cities and townships end so (여의도 ends in 의도; tried and dropped, mentions23)."""
ENGLISH_PLACE_WORDS = [*("Province City County Prefecture State Island Islands District Palace Square Mountain "
                         "Mountains River Lake Bay Dam Bridge Station Airport Port Harbor Harbour Village Valley "
                         "Peninsula Strait Sea Ocean Tower Gate Temple Beach Falls Stream Reservoir Plaza Street Road "
                         "Avenue Stadium Arena Gymnasium Ballpark Velodrome Coliseum Dome Tunnel Expressway Highway "
                         "Freeway Motorway Canal Market Mall Base Zone Cathedral Basilica Shrine Abbey Shipyard "
                         "Grotto").split(),
                       "City Hall", "Town Hall", "Space Center", "Space Centre", "National Park"]
"""Words that end a place's name in English ("Ulleung Island", "Gwanghwamun Square", "Boryeong Dam", "Wonju
Gymnasium"); not Park or Hall, which are family names as often (Jennifer Park), but the seat of a city's or a
town's government, "Busan City Hall", is a building. Roads and tunnels ("… Expressway", "… Tunnel", the kinds of
road of a road network), covered venues ("… Dome"), places of trade ("… Market", "… Mall": a market or a mall
is where people go, not a company), military bases and launch sites ("… Air Base", "… Space Force Base", "… Space
Center", whose Center is no body's head there) and zones ("Demilitarized Zone"; mentions20); a cathedral, a
basilica, a shrine and an abbey, buildings of worship (mentions21; a shipyard, a plant as 조선소 is, and a grotto,
mentions73; not Church, which names a congregation, a body, as
often). "… National Park" is a place though Park alone is not (stop 35: "visited Yosemite National Park" gave a
person mention "Park", the family name)."""
_PLACE_WORD_SET = frozenset(ENGLISH_PLACE_WORDS)
_LAUNCH_SITES = ("Space Center", "Space Centre")
ENGLISH_NOT_PLACES = frozenset(
    "January February March April May June July August September October November December Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday English Korean Japanese Chinese French German Spanish Russian Arabic Christmas "
    "Easter Chuseok Seollal Ramadan Parliament Congress Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
"""Capitalized words that follow "in" without being places (in January, in English)."""
_ENGLISH_UNIT = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?-(?:si|gun|gu|do|eup|myeon|dong|ri|san|gang|gung|bong|daero|ro|gil)"
                           r"|(?:(?:Mount|Lake)\s+[A-Z][\w'’-]+)"
                           r"|(?:Ste?\.\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:" + "|".join(ENGLISH_PLACE_WORDS) + ")")


_RR_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|g|n|d|r|l|m|b|s|j|k|t|p|h)?"
                r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)(?:ng|k|n|t|l|m|p)?")
_KOREAN_ORDER = re.compile(rf"(?:the\s+)?(?=[A-Z])(?:{_RR_SYLLABLE}){{2,3}}\s+Order(?:\s+of\s+Korean\s+Buddhism)?",
                           re.IGNORECASE)
"""A Korean Buddhist order in English (조계종 the Jogye Order, 천태종 the Cheontae Order, 태고종 the Taego Order): a
romanized name of two or three syllables and Order, with "of Korean Buddhism" as the orders write it; other words
before Order name documents or honours ("Executive Order", "Order of Merit") and stay what they were (mentions20)."""
ROMANIZED_FEATURE = re.compile(rf"(?=[A-Z])(?:{_RR_SYLLABLE}){{2,3}}(?:san|gang|gung|bong|ryeong)", re.IGNORECASE)
"""A Korean mountain, river, palace, peak or pass romanized as one word (Seoraksan, Hallasan, Namhangang,
Deoksugung): Revised Romanization syllables and the feature's syllable at the end, as Korean names them (설악산,
남한강), the stem two syllables or three (Susan is no mountain: 수산 would be, and stays unknown with Namsan). One
word only: a person's romanized name has a space or a hyphen."""
WEAK_PLACE_KINDS = frozenset({"foreign_place", "cjk_place"})
"""Gazetteer kinds that an organization cue outweighs: the foreign towns and cities of GeoNames (not the countries,
the capitals and cities of the project's own list, nor Korean places), whose Hangul or Latin names a company may
share (a brand transcribed into Hangul that is also a town in Indonesia, a carmaker named like its Japanese city)."""


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """The gazetteer's names (NFC; Latin names case-folded), read once from ``bilingual/data/places.tsv``."""
    return frozenset(name for name, _ in _rows())


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The gazetteer's names of countries (its kind ``country``; NFC, Latin names case-folded)."""
    return frozenset(name for name, kind in _rows() if kind == "country")


@lru_cache(maxsize=1)
def _foreign_places() -> frozenset[str]:
    return frozenset(name for name, kind in _rows() if kind in _FOREIGN_KINDS)


@lru_cache(maxsize=1)
def _strong_places() -> frozenset[str]:
    return frozenset(name for name, kind in _rows() if kind not in WEAK_PLACE_KINDS)


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """The gazetteer's names of South Korea's provinces and metropolitan units (its kind ``ko_admin``: 경북, 제주,
    "South Chungcheong Province")."""
    return frozenset(name for name, kind in _rows() if kind == "ko_admin")


def korean_province(name: str) -> bool:
    """Whether ``name`` is one of South Korea's provinces or metropolitan units as the gazetteer names them (경북,
    충남, 경기, 제주): a name written right after one is a place inside it (경북 구미, 충남 홍성)."""
    return _key(name) in _provinces()


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i", "n")
_IRREGULAR_DEMONYMS = frozenset("French Dutch Swiss Greek Thai British Welsh Irish Scottish Czech Filipino Danish "
                                "Finnish Norwegian Polish Spanish Peruvian Argentine Lao Malagasy Burmese".split())
"""Adjectives of nationality that are not a country's name and an ending (France → French, Denmark → Danish)."""


@lru_cache(maxsize=1)
def _country_prefixes() -> frozenset[str]:
    return frozenset(c[:k] for c in countries() if c.isascii() for k in range(4, len(c) + 1))


def demonym(name: str) -> bool:
    """Whether an English name is an adjective of nationality: a country's name, or its first four letters or more,
    and an ending (German, Ukrainian, Iraqi, Japanese, South African), or one of the irregular ones (French, Dutch).
    Before a title it says whose the office is ("German Chancellor Friedrich Merz"): no organization."""
    words = name.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if len(words) == 1 and name in _IRREGULAR_DEMONYMS:
        return True
    key = name.casefold()
    if key in countries():
        return False  # "Japan PM Ishiba": the country itself, a place
    return any(key.endswith(e) and key[:-len(e)] in _country_prefixes() for e in _DEMONYM_ENDINGS)


def strong_listed_place(name: str) -> bool:
    """Whether the gazetteer lists ``name`` as a country, a region, a capital or a city of the project's own list or a
    Korean place (not only as a foreign town of GeoNames, :data:`WEAK_PLACE_KINDS`)."""
    return _key(name) in _strong_places()


_BUILDINGS_EN = frozenset("Mall Tower Plaza Stadium Arena Dome Ballpark Gymnasium Market Station Square".split())
"""English place words of buildings and grounds (:data:`ENGLISH_PLACE_WORDS`): a group's name before one names the
group's building ("Lotte World Mall", "Shinsegae Harbor Mall"), a place; before a word of nature it names a company
of the group as before ("Hanwha Ocean"; mentions21)."""


ENGLISH_PERFORMANCE_VENUES = ("Concert Hall", "Arts Center", "Arts Centre")
"""The words that end an English name of a hall for concerts or the performing arts (Lotte Concert Hall, LG Arts
Center): after a preposition of place it is where something is performed, a place, whatever its owner's name or its
word Center says otherwise (typed_heldout27's convention: a hall where something takes place is a place; mentions32).
Not Medical Center or Culture Center, where people work and that act (at Asan Medical Center is an affiliation)."""


ENGLISH_GROUNDS = ("Convention Center", "Convention Centre", "Exhibition Center", "Exhibition Centre",
                   "Space Center", "Country Club", "Golf Club", "Golf Course", "Park")
"""The words that end an English name of grounds where things are held or launched, and of a park (the Daegu
Exhibition and Convention Center, the Naro Space Center, Changwon NC Park): after a preposition of place it is the
place, whatever a company's name inside it says (mentions33); a golf course's too ("at Sky Valley Country Club":
the course a tournament is played on, mentions54). ``Park`` only after two words or more, the last no
English given name (``Grace Park`` is a person: typer35's test of a park's name)."""


ENGLISH_PLANT_ENDS = ("Steelworks", "Ironworks", "Steel Works", "Refinery", "Shipyard", "Plant", "Factory",
                      "Smelter")
"""Last words of a plant's name (Pohang Steelworks, Ulsan Refinery, Okpo Shipyard): where something is made, and where
something happens when a preposition of place comes before it (a fire at Pohang Steelworks): then the place, as the
gold files' writers type it (mentions39), whatever company runs it."""


_SPACED_PLANT_ENDS = tuple(" " + v for v in ENGLISH_PLANT_ENDS)  # one endswith in C (asked of every English name)


def named_plant(name: str) -> bool:
    """Whether an English name ends in a plant's word of :data:`ENGLISH_PLANT_ENDS`, a word or more before it."""
    return name.isascii() and name.endswith(_SPACED_PLANT_ENDS)


def performance_venue(name: str) -> bool:
    """Whether an English name is a named hall of :data:`ENGLISH_PERFORMANCE_VENUES`, a word or more before its end."""
    return name.isascii() and any(name.endswith(" " + v) for v in ENGLISH_PERFORMANCE_VENUES)


def named_grounds(name: str) -> bool:
    """Whether an English name is one of :data:`ENGLISH_GROUNDS`, a word or more before its end (two or more before
    Park, the last no English given name)."""
    if not name.isascii():
        return False
    if any(name.endswith(" " + v) for v in ENGLISH_GROUNDS[:-1]):
        return True
    words = name.split()
    return len(words) >= 3 and words[-1] == "Park" and words[-2] not in english_given_names()


def _built_place(name: str) -> bool:
    """Whether an English name of two words or more ends in a word of :data:`_BUILDINGS_EN`."""
    return name.isascii() and " " in name and name.rsplit(" ", 1)[1] in _BUILDINGS_EN


def weak_place(name: str) -> bool:
    """Whether ``name`` is a place only as a foreign town of GeoNames (:data:`WEAK_PLACE_KINDS`), or only
    by an English place word at its end ("Hanwha Ocean"): evidence a strong organization cue outweighs."""
    key = _key(name)
    if key in places():
        return key not in _strong_places()
    return name.isascii() and bool(_ENGLISH_UNIT.fullmatch(name))


def is_country(name: str) -> bool:
    """Whether ``name`` is a country's name in the gazetteer (미국, China, the United States)."""
    return _key(name) in countries() or (name.startswith("the ") and _key(name[4:]) in countries())


@lru_cache(maxsize=1)
def _country_short_forms() -> frozenset[str]:
    """Hangul words that begin a listed country's Hangul name and romanize (RR) to the first word of a listed
    country's English name of two words or more: the short form news write for that country (사우디 of 사우디아라비아,
    Saudi Arabia; 파푸아 of 파푸아뉴기니, Papua New Guinea). Derived from the gazetteer's own rows once (mentions33);
    a transcription that is not letter for letter the English word (아메리칸, 시에라, 코스타) is not one."""
    firsts = {name.split()[0] for name in countries() if name.isascii() and len(name.split()) >= 2}
    out: set[str] = set()
    for name in countries():
        solid = name.replace(" ", "")
        if name.isascii() or not all(is_syllable(c) for c in solid):
            continue
        for k in range(2, len(solid)):
            if romanize_word(solid[:k]).casefold() in firsts:
                out.add(solid[:k])
    return frozenset(out - places())


def _named_for_its_country(name: str) -> bool:
    """Whether a Hangul name of two words is a country's name or short form and a transcribed word of two syllables
    or more (사우디 아람코, 카타르 에어웨이즈): a body named for its country, as no person's given name is a country's
    (mentions33). Not a country and a Korean name's shape (미국 바이든 is the country and its president)."""
    parts = name.split()
    return len(parts) == 2 and (is_country(parts[0]) or country_short_form(parts[0])) and len(parts[1]) >= 2 \
        and all(is_syllable(c) for c in parts[1]) and not is_place(parts[1])


def country_short_form(name: str) -> bool:
    """Whether a Hangul word is a listed country's short form (:func:`_country_short_forms`: 사우디)."""
    return not name.isascii() and name in _country_short_forms()


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    """The gazetteer's (name, kind) rows, names keyed as :func:`places` keys them."""
    name = "places.tsv"
    out: list[tuple[str, str]] = []
    for number, cols in data_rows(name):
        if len(cols) != 3 or not cols[0].strip():
            raise DataError(f"bilingual/data/{name}, line {number}: expected name, kind and source")
        out.append((_key(cols[0]), cols[1].strip()))
    return tuple(out)


def _key(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    return name if not name.isascii() else name.casefold()


@lru_cache(maxsize=1)
def _kinds() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for key, kind in _rows():
        out.setdefault(key, set()).add(kind)
    return {k: frozenset(v) for k, v in out.items()}


def place_kinds(name: str) -> frozenset[str]:
    """The kinds the gazetteer's rows give ``name`` (``country``, ``continent``, ``region``, ``city``,
    ``foreign_place``, ``cjk_place``, ``ko_place``, ``ko_admin``); empty for a name it does not list. The review
    reads them to tell a name that is transcribed or romanized (a city, a province) from one that is translated
    (a country, a continent: 독일 / Germany, 유럽 / Europe).

    >>> sorted(place_kinds("Europe")), sorted(place_kinds("여수"))
    (['continent'], ['ko_place'])
    """
    return _kinds().get(_key(name), frozenset())


@lru_cache(maxsize=65536)  # a function of the name and the bundled tables alone; asked for every noun
def is_place(name: str) -> bool:
    """Whether ``name`` is in the gazetteer, or ends in an administrative unit (수원시, Gangnam-gu)."""
    if _key(name) in places():
        return True
    if name.startswith("The "):
        return _key(name[4:]) in places()
    compact = name.replace(" ", "")
    if not name.isascii():
        bare = _accented_latin(name)
        if bare is not None:
            return is_place(bare)  # Latin letters with accents are read without them (Élysée Palace; mentions45)
        if listed_place_written_apart(name) or country_short_form(name):
            return True
        if compact[-2:] in COMMON_NOUN_ENDS and not _ends_in_listed_place(compact[:-1]):
            return False  # 자유무역, 미국프로농구: a common noun's end, no unit's; 동대구역 and 청주역 are stations
        if len(compact) >= 3 and compact.endswith(KOREAN_GEOGRAPHIC_ENDINGS):
            return True
        if compact.endswith(_MARKET) and market_name(compact):
            return True
        if compact.endswith(KOREAN_VENUE_ENDINGS) and any(
                compact.endswith(e) and len(compact) - len(e) >= 2 for e in KOREAN_VENUE_ENDINGS):
            return True
        if len(compact) >= 3 and compact[-1] in _FOREIGN_UNITS and " " not in name \
                and compact not in _NOT_FOREIGN_UNITS \
                and (_key(compact[:-1]) in _foreign_places() or dictionary_place(compact[:-1])):
            return True
        if _DIRECTION_DISTRICT.fullmatch(compact):
            return True
        stem = _KOREAN_UNIT.sub("", compact)
        if stem == compact or not stem:
            return False
        return _key(stem) in places() or (len(compact) >= 3 and all(_sino_korean_like(c) for c in stem))
    if _key(name + " Province") in _provinces():
        return True  # "South Chungcheong": a province named without the word Province
    last = name.rsplit(" ", 1)[-1]
    if " " in name and len(last) >= 3 and last.isupper() and last.capitalize() in _PLACE_WORD_SET:
        name = name[:-len(last)] + last.capitalize()  # "KSPO DOME", "SKY DOME": a place word in capitals
    return bool(_ENGLISH_UNIT.fullmatch(name)) or (" " not in name and bool(ROMANIZED_FEATURE.fullmatch(name)))


def mission_abroad(solid: str) -> bool:
    """Whether a Hangul word is 주 (駐, stationed in) and a foreign country or place of two syllables or more, as
    Korean names an embassy, a consulate or a force by where it is posted (주오사카 대한민국 총영사관, 주베트남
    대사관; mentions23): not a Korean place (주 is a family name, and 주 + a Korean town reads as a person)."""
    rest = solid[1:]
    return solid[:1] == "주" and len(rest) >= 2 and (is_country(rest) or _key(rest) in _foreign_places())


def _ends_in_listed_place(stem: str) -> bool:
    """Whether a Hangul stem ends in a place of the gazetteer of two syllables or more (동대구 in 대구, 청주)."""
    return any(_key(stem[k:]) in places() for k in range(len(stem) - 1))


_MARKET = "시장"


def market_name(solid: str) -> bool:
    """Whether a Hangul word written solid is a market's name (남대문시장, 서문시장, 죽도시장): a stem of two syllables
    or more and 시장 (市場), the stem no city, county or province of the gazetteer, whose 시장 is its mayor (市長:
    대전시장, 김해시장, the office :mod:`bilingual.entities.korean_names` reads there); mentions20."""
    stem = solid[:-len(_MARKET)]
    return solid.endswith(_MARKET) and len(stem) >= 2 and all(is_syllable(c) for c in stem) \
        and stem not in _korean_cities() and _key(stem + "시") not in places()


def listed_place_written_apart(name: str) -> bool:
    """Whether a Hangul name of two words or more is, written solid, a place the gazetteer lists as a country, a
    region, a capital or a city of the project's own list (:func:`strong_listed_place`): 사우스 다코타, 뉴 사우스
    웨일스, 사우디 아라비아 (mentions32)."""
    return " " in name and _key(name.replace(" ", "")) in _strong_places()


def may_end_a_place_written_apart(word: str) -> bool:
    """``False`` when no Hangul words before ``word``, each followed by one space, can make with it a place of
    :func:`listed_place_written_apart`: ``word`` is of Hangul syllables alone (spaces aside) and no listed place of
    more letters ends in it; ``True`` means only "ask :func:`listed_place_written_apart`". The cheap test first for a
    name's words before it (perf45): such words and ``word`` written solid are their own key (NFC leaves syllables
    as they are), which the gazetteer lists only as a longer place of syllables alone that ends in ``word``."""
    solid = word.replace(" ", "")
    return solid in _place_tails() or _SYLLABLES.fullmatch(solid) is None


_SYLLABLES = re.compile("[가-힣]+")


@lru_cache(maxsize=1)
def _place_tails() -> frozenset[str]:
    """Every end of one syllable or more, short of the whole, of the places of :func:`_strong_places` written in
    Hangul syllables alone (about 2,600)."""
    return frozenset(p[k:] for p in _strong_places() if _SYLLABLES.fullmatch(p) for k in range(1, len(p)))


def foreign_state(word: str) -> bool:
    """Whether a Hangul word is a foreign place the gazetteer lists and a unit of :data:`_FOREIGN_UNITS` written solid
    after it (테네시주, 아오모리현): a state, a province or a prefecture, not a Korean city in 주 (광주,
    전주)."""
    return len(word) >= 3 and word[-1] in _FOREIGN_UNITS and word not in _NOT_FOREIGN_UNITS \
        and all(is_syllable(c) for c in word) and _key(word[:-1]) in _foreign_places()


def listed_place(name: str) -> bool:
    """Whether a Hangul word is a place by the names the gazetteer lists, not by its shape alone: the word itself, a
    listed stem before an administrative unit (수원시), or a listed foreign place before 주, 성 or 현. For a word Kiwi
    reads as a common noun, whose shape says little: 목소리, 일자리 and 마무리 end like a 리, 의존도 like a 도,
    증후군 like a 군, 기고문 and 반박문 like a gate (광화문), and none is a place."""
    if _key(name) in places() or dictionary_place(name):
        return True
    compact = name.replace(" ", "")
    if len(compact) >= 3 and compact[-1] in _FOREIGN_UNITS and compact not in _NOT_FOREIGN_UNITS \
            and _key(compact[:-1]) in _foreign_places():
        return True
    stem = _KOREAN_UNIT.sub("", compact)
    return stem != compact and len(stem) >= 2 and _key(stem) in places()


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


_HEAD_RANK = {head: rank for rank, head in reversed(list(enumerate(KOREAN_ORG_HEADS)))}
"""Each Korean organization head and its place in :data:`KOREAN_ORG_HEADS` (its first, where it is listed twice)."""
_HEAD_LENGTHS = sorted({len(head) for head in KOREAN_ORG_HEADS})


def korean_heads_ending(word: str) -> list[str]:
    """The heads of :data:`KOREAN_ORG_HEADS` that ``word`` ends with, in the table's order: one dictionary look-up
    per length of head instead of a scan of the table (``org_head`` runs on every noun of a Korean text)."""
    found = [word[-n:] for n in _HEAD_LENGTHS if n <= len(word) and word[-n:] in _HEAD_RANK]
    return sorted(found, key=_HEAD_RANK.__getitem__)


def _see(stem: str) -> bool:
    """Whether the words before 교구 name a diocese's see: a place of the gazetteer, or one and 대 (大) for an
    archdiocese (서울 + 대교구); not a common noun (지역교구, 본당교구: mentions21)."""
    return len(stem) >= 2 and (is_place(stem) or (len(stem) >= 3 and stem.endswith("대") and is_place(stem[:-1])))


@lru_cache(maxsize=65536)  # a function of the name and the bundled tables alone; asked for every noun
def org_head(name: str) -> str | None:
    """The head that makes ``name`` an organization's name (뉴스, 부, Agency, Ministry of …), or ``None``."""
    if name in NEWS_AGENCIES:
        return name
    if name[:1].isupper() and name.split(" ", 1)[0] in FOREIGN_ORG_LEADS and " " in name \
            and name.rsplit(" ", 1)[1][:1].isupper():
        return name.split(" ", 1)[0]  # Universidad de Concepción, Banco de España (Latin letters, maybe accented)
    if name.startswith(f"{WINE_ESTATE_LEAD} ") and name.split(" ", 2)[1][:1].isupper():
        return WINE_ESTATE_LEAD  # Chateau Latour: a wine estate (Château de Chambord, a castle, has "de")
    if not name.isascii():
        bare = _accented_latin(name)
        if bare is not None:
            return org_head(bare)  # Łódź University: Latin letters with accents read without them (mentions45)
        solid = name.replace(" ", "")
        compact = _TRAILING_NUMBER.sub("", solid)  # 뉴스1: a head and a number is a name
        if compact.endswith(KOREAN_NOT_ORG_ENDINGS) and not compact.endswith(KOREAN_SAFETY_MINISTRY):
            return None
        head = next((h for h in korean_heads_ending(compact)
                     if len(compact) > len(h) or compact != solid or h in STANDALONE_ORG_HEADS), None)
        if head is None and len(compact) >= 3 and compact.endswith(KOREAN_SHORT_ORG_HEADS) and " " not in name:
            head = compact[-1]
        if head is None and len(compact) >= 5 and compact.endswith("원") and compact.startswith(_PUBLIC_PREFIXES) \
                and not compact.endswith(_NOT_INSTITUTION_WON):
            head = "원"  # 한국소비자원, 국립국악원, 한국부동산원: a public institution by its field and 원
        if head is None and len(compact) >= 5 and compact.startswith("국립") and compact.endswith("관") \
                and " " not in name:
            head = "관"  # 국립생물자원관, 국립해양생물자원관: a national institution (館) by 국립, its field and 관
        if head is None and compact.endswith("성") and compact[:-1].endswith(KOREAN_MINISTRY_FIELDS_SEONG):
            head = "성"
        if head is None and len(compact) >= 5 and compact.endswith("종") and "불교" in compact[:-2]:
            head = "종"  # 대한불교천태종, 한국불교태고종: a Buddhist order by 불교, its name and 종 (宗)
        if head is None and compact.endswith("교구") and _see(compact[:-2]):
            head = "교구"  # 수원교구, 서울대교구: a Catholic diocese or archdiocese by its see (지역교구 is a parish)
        if head is None and " " in name and name.split(" ", 1)[0] in KOREAN_FIRM_KINDS:
            head = name.split(" ", 1)[0]  # 법무법인 세종: a firm's kind written before its name
        if head is None and compact.endswith(_THEATRE_COMPANY) \
                and compact[:-len(_THEATRE_COMPANY)].endswith(_PUBLIC_THEATRE_PREFIXES):
            head = _THEATRE_COMPANY  # 국립극단, 인천시립극단: a public theatre company (극단 alone ends 양극단)
        if head is None and compact.endswith("사무소"):
            office = next(h for h in KOREAN_OFFICE_HEADS if compact.endswith(h))
            if len(compact) - len(office) >= 3 and not compact[:-len(office)].endswith("중개"):
                head = office
        if head is None and _airline_by_air(compact) and " " not in name:
            head = _AIR  # 에어부산, 에어프랑스: an airline by 에어 (Air) and the place it flies from
        return head
    words = name.split()
    if len(words) >= 2 and words[-1] in ENGLISH_ORG_HEADS and not name.endswith(_LAUNCH_SITES):
        return words[-1]
    if len(words) >= 3 and words[-1] == "Government" and words[-2] in GOVERNMENT_LEVELS:
        return "Government"  # a region's or a city's government: "Gyeonggi Provincial Government"
    if len(words) >= 2 and words[0] == "Air" and words[1][:1].isupper():
        return "Air"  # an airline or an air force named first: Air Busan, Air France
    if len(words) >= 3 and name.endswith(ENGLISH_ORG_ENDS):
        return " ".join(words[-2:])
    members = _MEMBERS_BODY.search(name)
    if members is not None:
        return members.group(1)  # the Catholic Bishops' Conference of Korea: a body of the bishops
    if _KOREAN_ORDER.fullmatch(name):
        return "Order"  # the Jogye Order, the Cheontae Order of Korean Buddhism: a Buddhist order (종단)
    found = ENGLISH_ORG_LEADS.match(name)
    return found.group().split()[-3] if found else None


_AIR = "에어"
"""Air written in Hangul: before or after the place an airline flies from, written solid, it names the airline, as the
English head "Air" does first in a name (Air Busan). The place must be on the gazetteer's strong list and two syllables
or more (mentions60). The loans 에어 begins (에어컨, 에어백, 에어쇼) have no listed place after it."""


def _airline_by_air(compact: str) -> bool:
    """Whether a Hangul word is 에어 and a strongly listed place, or that place and 에어 (:data:`_AIR`)."""
    if len(compact) < 4 or _AIR not in compact:
        return False
    rest = compact[len(_AIR):] if compact.startswith(_AIR) else compact[:-len(_AIR)] if compact.endswith(_AIR) else ""
    return len(rest) >= 2 and strong_listed_place(rest)


_MEMBERS_BODY = re.compile(r"\b[A-Z][a-z]{2,}s['’] (Conference|Council|Synod)\b(?! (?:on|for|in|at)\b)")
"""A conference, a council or a synod after the plural possessive of its members (the Catholic Bishops' Conference of
Korea, the Governors' Council): a standing body of those members, as "a conference" alone is an event (mentions34);
not "… Conference on …", a meeting's subject."""
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
"""One word of two or more capitalized parts (SoftBank, BlackRock, PayPal, YouTube, AstraZeneca): a company's or a
brand's name; people's names of that shape begin with a particle (:data:`_CAMEL_PERSON`)."""
_CAMEL_PERSON = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|Ver|Fitz|St|Ma|Al|El|Ben|Abu)[A-Z]")
"""Particles that begin family names written in mixed case (McIlroy, MacArthur, DeSantis, DiCaprio, LeBron, LaGuardia,
VanderBilt, FitzGerald, AlQaeda): no company's name."""

_CAMEL_PRODUCT_ENDS = ("Talk", "Station", "Point", "Book", "Pods", "Phone", "Pad", "Watch", "Time", "Force", "Box",
                       "Cam", "Play", "Chat", "Pay", "Pro", "Max", "Net")
"""Last parts of products' names in mixed case (KakaoTalk, PlayStation, PowerPoint, GeForce, WeChat, InterNet): no
company."""


def acronym(name: str) -> bool:
    """Whether ``name`` is an organization's acronym as written (KBS, KAIST, OECD, C&T): capitals only, not a title, a
    measure or a technology (CEO, GDP, AI; :data:`NOT_ORG_ACRONYMS`), a Roman numeral or a country (US, UK)."""
    return bool(ACRONYM.fullmatch(name)) and name not in NOT_ORG_ACRONYMS and name not in PLACE_ACRONYMS \
        and not _ROMAN_NUMERAL.fullmatch(name) and any(c.isalpha() for c in name)


def acronym_compound(name: str) -> bool:
    """A name written solid from an acronym and Hangul (SK텔레콤, LG유플러스, 채널A, KB국민은행): a company of a
    group."""
    return " " not in name and bool(_HANGUL.search(name)) and bool(re.search(r"[A-Z]{1,4}", name)) \
        and all(c.isalnum() or c in "&-" for c in name)


_SCHOOL_SHORT_ENDS = ("초", "중", "고", "초교", "중교")
_BRANCH_SCHOOL = "분교"


def korean_school_short_form(solid: str, *, proper_noun: bool) -> bool:
    """A school by its short form (mentions53): a branch school, …분교 after two syllables or more (대둔분교), or a
    proper noun of a place's name of two syllables (a place of the gazetteer or of mecab-ko-dic) and 초, 중, 고 (an
    elementary, middle or high school: 흑산초, 서울고); the schools are named for where they are, and news write them so
    as the institution that opens, closes or takes part."""
    if solid.endswith(_BRANCH_SCHOOL) and len(solid) >= 4 and all(is_syllable(c) for c in solid):
        return True
    end = next((e for e in _SCHOOL_SHORT_ENDS[::-1] if solid.endswith(e)), None)
    if end is None or not proper_noun:
        return False
    stem = solid[:-len(end)]
    return len(stem) == 2 and all(is_syllable(c) for c in stem) and (is_place(stem) or dictionary_place(stem)) \
        and not is_place(solid)


def university_short_form(name: str) -> bool:
    """A university by its short form (서울대, 성균관대, 이화여대): two syllables or more before 대, or an abbreviated
    college (여대, 공대, 교대, 의대); a person's name of that shape is told apart by its title (이용대 선수)."""
    return bool(KOREAN_UNIVERSITY_SHORT.fullmatch(name))


def korean_name_shape(name: str) -> bool:
    """A family name followed by one or two syllables (a two-syllable family name and one or two)."""
    surname = korean_surname(name)
    return surname is not None and 1 <= len(name) - len(surname) <= 2


def korean_given_name_plausible(name: str) -> bool:
    """Whether a name of a Korean name's shape has a given name people carry: at least one of its syllables is common
    in given names (서귀포's 귀 and 포 are not), it is not shaped like a loanword (:func:`loanword_shape`), and no
    syllable of its given name begins with a tense consonant (:func:`no_sino_korean_reading`: 오뚜기, 송끄란,
    호찌민)."""
    surname = korean_surname(name)
    return surname is not None and any(c in common_given_syllables() for c in name[len(surname):]) \
        and not loanword_shape(name) and not no_sino_korean_reading(name[len(surname):])


_TENSE_INITIALS = frozenset("ㄲㄸㅃㅉ")
"""Initials no reading of a Hanja takes but one (喫 끽); ㅆ is left out (氏 씨, 雙 쌍)."""


def no_sino_korean_reading(given: str) -> bool:
    """Whether a Hangul word has a syllable that begins with ㄲ, ㄸ, ㅃ or ㅉ (:data:`_TENSE_INITIALS`): no Hanja is
    read so (but 喫 끽), and Korean given names are Hanja names but for a few native words, none of which has one in
    the project's lists of people (0 of 867 Korean-shaped names of names-dev's people_kpop.tsv); words that have one
    are native words or transcriptions (오뚜기 a company, 송끄란 a festival, 호찌민 a city, 서리꽃; mentions65)."""
    return any(is_syllable(c) and c != "끽" and decompose(c)[0] in _TENSE_INITIALS for c in given)


def clipped_committee(solid: str, *, proper_noun: bool) -> bool:
    """Whether a Hangul word of three to five syllables is a committee written short
    (:data:`KOREAN_CLIPPED_COMMITTEE`: 공정위, 선관위, 농해수위): it ends in 위 after no word of
    :data:`_NOT_COMMITTEES`. A word Kiwi reads as a proper noun must also not have a person's name's shape, since
    Chinese names end in 위 as well (양조위, 왕가위); Kiwi reads some short committees of that shape as proper
    nouns too (인권위, 국토위): the committees of :data:`KOREAN_COMMITTEE_SHORT_FORMS` are committees whatever
    their shape."""
    if solid in KOREAN_COMMITTEE_SHORT_FORMS:
        return True
    return 3 <= len(solid) <= 5 and solid.endswith(KOREAN_CLIPPED_COMMITTEE) and not solid.endswith(_NOT_COMMITTEES) \
        and not solid.endswith(_NOT_COMMITTEES_LONG if len(solid) >= 4 else "수위") \
        and all(is_syllable(c) for c in solid) \
        and not (proper_noun and korean_name_shape(solid) and korean_given_name_plausible(solid))


_EPENTHETIC_INITIALS = frozenset("ㄱㄷㄹㅂㅅㅈㅊㅋㅌㅍㅎ")


def loanword_shape(name: str) -> bool:
    """Whether a Hangul word is shaped like a transcription of a foreign word, not like a Korean name: it has a
    syllable of the vowel ㅡ alone after a consonant, as loanwords write a consonant without a vowel (하이브, 크래프톤,
    스타벅스), or one that begins with ㅋ, which Korean given names and family names do not use (카카오, 쿠팡)."""
    for c in name:
        if not is_syllable(c):
            continue
        initial, medial, final = decompose(c)
        if initial == "ㅋ" or (medial == "ㅡ" and final == "" and initial in _EPENTHETIC_INITIALS):
            return True
    return False


def foreign_name_in_hangul(name: str) -> bool:
    """A foreign name transcribed into Hangul, given and family name apart (세라 미첼, 앤서니 앨버니지; one part may be
    a single syllable, as in 젠슨 황 or 팀 쿡, when the name has three syllables or more)."""
    parts = name.split()
    return len(parts) in (2, 3) and all(p and all(is_syllable(c) for c in p) for p in parts) \
        and sum(len(p) == 1 for p in parts) <= 1 and sum(map(len, parts)) >= 3 \
        and not any(p in COUNTRY_ABBREVIATIONS for p in parts)


COUNTRY_ABBREVIATIONS = frozenset("한 미 중 일 북 남 러 영 독 불 프 호 인 캐 베 대 이".split())
"""Countries abbreviated to one syllable in Korean news (미 for 미국, 러 for 러시아): no part of a foreign name (부시 미
대통령 is Bush and the American president's title)."""


HANJA_COUNTRIES = {"韓": "한국", "美": "미국", "中": "중국", "日": "일본", "北": "북한", "英": "영국",
                   "佛": "프랑스", "獨": "독일", "露": "러시아", "伊": "이탈리아", "印": "인도", "濠": "호주",
                   "加": "캐나다", "越": "베트남", "臺": "대만", "台": "대만", "泰": "태국"}
"""Countries abbreviated to one Hanja in Korean headlines (美 for 미국, 北 for 북한), with the Hangul each stands
for: the Hanja of :data:`COUNTRY_ABBREVIATIONS`, written alone or together, one country a letter (韓美 정상, 日中韓:
mentions34). Not 比 (also a ratio: 전년比) nor 西 (also a direction)."""


CLASS_CUES = frozenset({"ko-class-before", "en-class-before", "ko-business-dative", "ko-published-by"})
"""Cues of a word of a class of organizations right before a name (출판사 X에서, "the journal X"), and of what is
done with a company after 에 (X에 입점한, X에 인수됐다), and a book published by X (X에서 출간됐다, mentions22): they
outweigh a locative on the name (a publisher's book
comes out 갈리마르에서, at the house, not at a place)."""

NO_EVIDENCE = "a proper noun without evidence of a person, organization or place"
"""Why :func:`mention_type` types a name ``other`` when nothing types it (the names :mod:`bilingual.entities.typer`
reads)."""
LISTED_COMPANY = "a company listed in a major stock index (listed_companies.txt: pytickersymbols' index members)"
"""Why a Latin name nothing else types is an organization: :func:`bilingual.entities.organizations.listed_company`."""
MAKER_AND_MODEL = "a product by its maker's name, a person's, and its model's (Porsche Cayenne, Dior Sauvage)"
"""Why a Latin name is no person although its first word is a given name of the SSA's counts:
:func:`bilingual.entities.organizations.maker_and_model` (mentions51)."""


_THING_CUES_UNDER_A_LISTED_COMPANY = frozenset({"en-counted-kind", "en-brands-listed", "ko-platform-account"})
"""Cues of a named thing (``other``) that a company of the general lists outweighs (mentions55: 카카오에서 계정)."""
_THING_CUES_UNDER_A_GROUP = _THING_CUES_UNDER_A_LISTED_COMPANY | {"en-product-before"}
"""Cues of a named thing that a company on its group's name outweighs too (a maker named after "the drug, …")."""
_THING_CUES_UNDER_A_HEAD = _THING_CUES_UNDER_A_GROUP | {"ko-event-held", "en-app-after"}
"""Cues of a named thing that an organization's head or a known organization outweighs too (a body holds an event)."""


@lru_cache(maxsize=65536)  # a function of its arguments and the bundled tables alone; asked for every unlinked name
def mention_type(name: str, lang: str, *, title: str | None = None, proper_noun: bool = False,
                 locative: bool = False, org_context: bool = False, person_context: bool = False,
                 cue: Cue | None = None, headline: bool = False) -> tuple[MentionType, str]:
    """The type of a name the knowledge base does not hold, and why: ``("org", …)``, ``("place", …)``,
    ``("person", …)`` or ``("other", …)``. ``title``: a title found beside the name; ``proper_noun``: Kiwi
    tagged it as one (Korean); ``locative``: a locative particle or preposition is on it (오송에서, in Osong);
    ``org_context``: an officer of it follows (한화오션 김재민 대표, Hanwha Ocean CEO Kim …); ``person_context``: an
    apposition or an occupation before it says who it is ("Sarah Mitchell, a spokeswoman …", 가수 아이유); ``cue``:
    a cue of :mod:`bilingual.entities.evidence` around it (넥슨 주가, 완도 앞바다, "editing by X", "X will build a
    plant"); ``headline``: it is in a sentence in title case, where a capitalized verb may stand before a country
    ("Urge China"), so no organization is read from a country at its end. A strong cue counts as much as the flags
    above; a clause cue only types a name nothing else types."""
    strong = cue if cue is not None and cue.strength == "strong" else None
    letters = script_counts(name)  # Latin letters only (Göd, São Paulo, Łódź) take the English path; any other
    latin = letters.latin == letters.letters  # letter (Hangul, Han, kana) the Korean one
    if league_or_tour(name):  # before the preposition of place: "to the V-League title"
        return "org", "a league or a tour by its body's initials (K League, V-League, PGA Tour, LPGA 투어)"
    if event_name(name):
        return "other", "an event by the end of its name (a festival, an open, games, a cup)"
    if latin and name.endswith("+") and len(name) >= 4 and name[-2:-1].isalpha() \
            and (cue is None or cue.type != "org"):
        return "other", "a product: a streaming service by + glued after its maker's name (Disney+, Apple TV+)"
    if latin and name.endswith(("'s", "’s")) and (" " not in name or " & " in name) \
            and (strong is None or strong.type != "other"):  # english_names._firm_in_the_possessive; a brand
        return "org", "a shop or a firm named in the possessive of its founder, owning nothing after it (Sainsbury's)"
    if latin and " v. " in name:
        return "other", "a court case by v. between its parties (Epic Games v. Apple)"
    if latin and app_by_its_maker(name):
        return "other", "a product: an app by its maker's name and what it does (Naver Map, Coupang Eats)"
    if war_or_treaty(name):
        return "other", "a war or a treaty by the end of its name (…전쟁, …협정 after a place or a date; War, Treaty)"
    if not latin and korean_holiday(name):
        return "other", "a public holiday or a memorial day (a closed list of Korea's regulations)"
    if market_index(name):
        return "other", "a stock market index (a closed list of the major indexes, or …지수, Index)"
    if latin and military_unit(name):
        return "org", "a military unit by its number or its arm and the word of its echelon (25th Division)"
    if not latin and law_name(name):
        return "other", "a law or a bill by the end of its name (…법, …법안)"
    if latin and english_act(name):  # before the preposition of place: "a revision to the Commercial Act"
        return "other", "a law by Act at the end of its name (the Commercial Act, the Digital Markets Act)"
    if latin and feature_of(name):  # before the words around it: "the Cape of Storms" is no team
        return "place", ("a feature of land or water by its word (Cape of Good Hope, Gulf of Aden, East Sea, "
                         "Tsushima Strait, the West Bank)")
    if not latin and compass_sea(name) and not is_place(name):  # 서해 is no person called 서 해; 동해 is listed
        return "place", "a sea by a point of the compass and 해 (海), as East Sea and West Sea (동해, 서해, 북해)"
    if not latin and compass_coast(name) and not is_place(name):  # 남해안 is no person called 남 해안
        return "place", "a coast by a point of the compass, 해 and 안 (海岸: 동해안, 서해안, 남해안)"
    if locative and performance_venue(name):
        return "place", "a hall for performances where something is held (at, to or from before it)"
    if locative and named_plant(name):
        return "place", "a plant where something happens (at, in, near or from before it, \"at its\" too)"
    if locative and named_grounds(name):
        return "place", "grounds or a park where something is held or launched (at, to or from before it)"
    if latin and cue is not None and cue.rule == "en-business-noun" and maker_and_model(name) \
            and org_head(name) is None and known_organization(name) is None and not listed_company(name):
        # "Porsche Cayenne sales rose", "Renault Clio sales": the model's sales, not a body's (mentions52); a maker's
        # company by its head or a list stays one ("Suzuki Motor sales")
        return "other", MAKER_AND_MODEL
    if strong is not None and strong.type == "other" and (
            not is_place(name) or (strong.rule == "en-product-before" and weak_place(name))) and (
            strong.rule not in _THING_CUES_UNDER_A_HEAD
            or (org_head(name) is None and known_organization(name) is None
                and (strong.rule not in _THING_CUES_UNDER_A_GROUP or group_company(name) is None)
                and (strong.rule not in _THING_CUES_UNDER_A_LISTED_COMPANY or not listed_company(name)))):
        # a body holds an event, a maker is named after "the drug, …"; an app named as a market is no place; the
        # brands of a list and a platform's accounts (mentions55) are no company the lists or a head name
        # (삼성전자에서 게시물, 카카오에서 계정)
        return "other", f"an event or a named thing by the words around the name ({strong.rule})"
    if not latin and proper_noun and korean_club(name):
        return "org", "a club by its city or company and a transcribed plural nickname (…스, …즈)"
    if sponsor_club(name):
        return "org", "a club by its home city and its sponsor (서울 SK, Ulsan HD)"
    if not latin and armed_forces(name):
        return "org", "a country's armed forces (the country and 군)"
    if latin and _SUFFIX.search(name) and len(_SUFFIX.sub("", name).split()) >= 2:
        return "person", "a person by the suffix Jr. or Sr. after the name"
    if latin and regnal_name(name):
        return "person", "a person by a regnal or papal number after a given name (Charles III, Pope Leo XIV)"
    if strong is not None and strong.rule == STAGE_CUE:  # 케네디센터 무대에: the hall, over its head 센터
        return "place", f"a hall where something is performed, by its stage after it ({STAGE_CUE})"
    if strong is not None and strong.rule == VENUE_CUE:  # X기념관에서 … 열렸다: the building, over its head 관
        return "place", f"a building open to the public where something is held or done ({VENUE_CUE})"
    head = org_head(name)
    if head is not None and head != name and not latin and " " not in name and not org_context \
            and strong_listed_place(name) \
            and (strong is None or strong.type != "org"):
        # 의정부, 빌뉴스: a city the gazetteer lists whose last syllables only spell a body's head (정부, 뉴스)
        return "place", "a place the gazetteer lists, whose end only looks like an organization's head (의정부)"
    if head is not None:
        return "org", ("a news agency" if name in NEWS_AGENCIES
                       else "an institution by its name alone (국회, 정부, 감사원)" if head == name
                       else f"an organization by its head {head}")
    hangul = not latin
    if hangul and " " not in name and clipped_committee(name, proper_noun=proper_noun) \
            and not strong_listed_place(name):  # 말라위, 랑카위: a country, an island the gazetteer lists (mentions58)
        return "org", "a committee written short (its field's first syllables and 위 for 위원회: 공정위, 선관위)"
    if name in PLACE_ACRONYMS:
        return "place", "a country's acronym"
    if name in HANJA_COUNTRIES:
        return "place", f"a country abbreviated to one Hanja ({name} for {HANJA_COUNTRIES[name]})"
    if acronym(name):
        return "org", "an organization's acronym"
    if not hangul and _CAMEL_CASE.fullmatch(name) and not _CAMEL_PERSON.match(name) \
            and not name.endswith(_CAMEL_PRODUCT_ENDS):
        return "org", "a company's name in mixed case (SoftBank, BlackRock)"
    if hangul and acronym_compound(name) and not is_place(name):
        return "org", "a company named on its group's acronym"
    if hangul and korean_club_initials(name):
        return "org", "a club by its initials and its city written together (FC안양, 수원FC)"
    if hangul and proper_noun and korean_city_club(name):
        return "org", "a club by its city and FC, SC, 유나이티드 or 시티 (로스앤젤레스 FC, 애틀랜타 유나이티드)"
    solid = name.replace(" ", "")
    if not headline and country_branch(name):
        return "org", "an organization named for the country it serves (Statistics Korea, 구글코리아)"
    if latin and not headline and country_first_body(name):
        return "org", "a company named by its country and a word of its trade (Korea Zinc, China Mobile)"
    if hangul and " " not in name and korean_country_company(solid):
        return "org", "a company named by its country and a word of its trade written solid (카타르에너지)"
    if hangul and " " not in name and korean_school_short_form(solid, proper_noun=proper_noun):
        return "org", "a school by its short form (…초, …중, …고 after a place's name; …분교, a branch school)"
    if hangul and university_short_form(solid) and not solid.endswith(KOREAN_GEOGRAPHIC_ENDINGS) \
            and not dictionary_place(solid) and (  # 탄금대, 만복대: a terrace (臺) or a zone (지대) of mecab-ko-dic
            title is None or title in INSTITUTION_TITLES or not korean_name_shape(solid) or is_place(solid[:-1])):
        return "org", "a university by its short form"
    known = known_organization(name)
    # "in Liverpool" is the city; a Korean 에 after a club is the team another lost to (트윈스에 졌다)
    if known is not None and (hangul or title is None) \
            and not (locative and ((known == "club" and not hangul) or is_place(name))):
        return "org", f"an organization of the general list ({known})"
    if title in KOREAN_OFFICE_TITLES and hangul and len(solid) == 2 and korean_name_shape(solid) \
            and not is_place(name):
        return "org", f"an abbreviated body before the title of its office {title!r} (a person's full name has three)"
    if title is not None and not hangul and english_person_only_title(title):
        return "person", f"a person by the title {title!r}, which only people bear"
    if title is not None and hangul and title not in KOREAN_PERSON_ONLY_TITLES and _named_for_its_country(name):
        return "org", f"a body named for its country, then its own name, before its officer's title {title!r}"
    if title is not None and (not hangul or korean_name_shape(solid) or foreign_name_in_hangul(name)) \
            and (not is_place(name) or (hangul and title in KOREAN_TITLES and quarter_or_person(name))):
        return "person", f"a person by the title {title!r}"
    if title in KOREAN_PERSON_ONLY_TITLES and hangul and " " not in name and len(solid) >= 2 \
            and all(is_syllable(c) for c in solid) and not all(c in COUNTRY_ABBREVIATIONS for c in solid) \
            and not is_place(name) and not acronym_compound(name) and not dictionary_place(solid) \
            and not (proper_noun and street_name(solid)):  # 다우닝가 총리 관저: the title is the residence's
        return "person", f"a person by the title {title!r}, which only people hold (a single foreign word before it)"
    if title == "씨" and hangul and " " not in name and transcribed(solid) and not is_place(name) \
            and known_organization(name) is None:
        return "person", "a person by 씨 after a word transcribed from a foreign language (모렌스키 씨)"
    if title == "씨" and hangul and " " not in name and 2 <= len(solid) <= 6 and all(is_syllable(c) for c in solid) \
            and not is_place(name) and known_organization(name) is None and org_head(name) is None:
        return "person", "a person by 씨 after the name (씨 is no body's title; mentions24)"
    if person_context and hangul and _REGNAL_KO.search(name):
        return "person", "a person by a regnal number and a royal or papal title beside it (찰스 3세 국왕)"
    if person_context:
        return "person", "a person by the words that say who it is (an apposition, an occupation before it)"
    if strong is not None and strong.type == "person" and not is_place(name):
        return "person", f"a person by the words around the name ({strong.rule})"
    if not hangul and initials_name(name) and known_organization(name) is None:  # "to T.K. Brannigan": no place
        return "person", "a person by the initials of given names and a family name (J.R. Whitfield)"
    group = group_company(name) if (not is_place(name) or weak_place(name)) and not _built_place(name) else None
    if group is not None:
        return "org", f"a company of the group {group} (its name begins with the group's)"
    if (org_context or (cue is not None and cue.type == "org")) and weak_place(name):
        why = "an officer named after it" if cue is None or cue.type != "org" else cue.rule
        return "org", f"an organization by the words around the name ({why}), not the small place of that name"
    if not hangul and club_name(name):
        return "org", "a club by its initials and its city (PSV Eindhoven, FC Utrecht)"
    if not hangul and city_team(name) and not locative:
        return "org", "a club by its city and a plural nickname (Seattle Sounders, Kansas City Chiefs)"
    if is_place(name) and (hangul or name not in ENGLISH_ORG_HEADS):  # Police, Army: a body's word, no town
        return "place", "a place (gazetteer or administrative unit)"
    if hangul and proper_noun and street_name(solid):
        return "place", "a street by the end 가 of a proper noun (다우닝가)"
    if hangul and proper_noun and road_name(solid):
        return "place", "a road by the word for a road of the Road Name Address Act at its end (…대로, …로 N길, …길)"
    if hangul and proper_noun and expressway_name(solid):
        return "place", "an expressway by 고속도로 at the end of its name (the Road Act's 고속국도)"
    if strong is not None and strong.type == "org" and strong.rule in ("en-officer-of", "en-shares-of",
                                                                       "en-published-in", "en-shares-after",
                                                                       "en-money-into"):
        # "a stake in Hite Jinro", "shares in X": the company, over the preposition (mentions52); "published the
        # study in The Lancet": the journal (mentions54)
        return "org", f"an organization by the words around the name ({strong.rule}), not a preposition of place"
    if strong is not None and strong.rule == "ko-insolvency":  # 위메프에 대한 회생절차: over the locative 에
        return "org", "a company by the proceedings after its name (ko-insolvency: 회생절차, 법정관리, 워크아웃)"
    if strong is not None and strong.type == "org" and strong.rule in CLASS_CUES:
        return "org", f"an organization by the word of its class before it ({strong.rule}), whatever its particle"
    if locative and (not hangul or proper_noun) and tuple(name.split()[-2:]) not in WITHOUT_BORDERS \
            and (hangul or _GLUED_CODE_END.search(name) is None):  # "from
        # Architectes Sans Frontières", "from Reporters Without Borders": an NGO, whatever its letters
        return "place", "a place by the locative particle or preposition on it"
    if strong is not None and strong.type == "place" and not (
            strong.rule == "ko-facility-noun" and len(solid) == 3 and korean_name_shape(solid)
            and not solid.endswith((*_STREAM_OR_QUARTER, "령"))  # 한계령 구간: a mountain pass (嶺), mentions22
            and korean_given_name_plausible(solid)):  # 김민수 공원 관리인: a person's name before a park
        return "place", f"a place by the words around the name ({strong.rule})"
    if strong is not None and strong.type == "org" and not (
            strong.rule in ("ko-broadcast-noun", "ko-listed-class") and korean_name_shape(solid)
            and korean_given_name_plausible(solid) and (strong.rule != "ko-listed-class" or len(solid) == 3)):
        # 김민수·이영희 등 업체들: people listed before a company's word keep a Korean name's shape (mentions55)
        return "org", f"an organization by the words around the name ({strong.rule})"
    if org_context or (title is not None and hangul and len(solid) >= 2 and korean_surname(solid) != solid
                       and not korean_name_shape(solid) and title not in KOREAN_RANK_TITLES):
        # a rank (판사, 부장검사, 총경: mentions62) is a person's, not a body's officer's: 머피트 판사 is no body
        return "org", "an organization by the person named beside it (its officer after it, or \"X of\" it)"
    if historic_state(name):  # after the words around it: 가야 외교장관들 are a body's (a country's) ministers
        return "place", "a historical state of Korea or a dynasty of China (a closed list: 고려, 청나라, Silla)"
    if hangul and mission_abroad(solid):
        return "org", "a mission abroad by 주 (駐, stationed in) and the foreign place it serves (주오사카, 주베트남)"
    by_words = kind_by_words(name, _place_tests())  # a word inside the name that says its kind (typer26): before a
    # person's shape
    if by_words is not None:
        return by_words
    if hangul and dictionary_place(solid):
        return "place", DICTIONARY_PLACE
    if hangul and proper_noun and korean_name_shape(solid) and korean_given_name_plausible(solid):
        if cue is not None and cue.rule in SHAPE_ONLY_CUES:  # 성판악을 거쳐, 홍대 앞 주점, 한라산 백록담: no person
            return "place", f"a place by the words around the name ({cue.rule}), not a person's name"
        if cape_by_its_end(solid):  # 호미곶: 곶 is no syllable of a given name
            return "place", "a cape by 곶 (串) at the end of its name (호미곶, 간절곶), not a person's name"
        if len(solid) == 3 and solid.endswith("천") and title is None and cue is None:
            # 여좌천, 양재천, 내린천 with nothing around them that says who: a stream (川), not a person (mentions70)
            return "place", "a stream by 천 (川) at the end of a three-syllable name with no person's evidence"
        head = institution_head(solid)
        if head is None:
            return "person", PERSON_BY_SHAPE
        if head == "관":  # 성균관은: the institution acts; with a locative it was a place above
            return "org", INSTITUTION_BY_ITS_HEAD
        # …사 (寺, a temple; 士/師, a trade: 조향사): no person, and no type by the syllable alone; a clause may type it
    if not hangul and island_by_its_word(name):
        return "place", ISLAND_BY_ITS_WORD
    if not hangul and len(name.split()) >= 2 and parse_name(name):
        return "person", "a person by a romanized Korean name"
    if cue is not None and cue.strength == "clause" and cue.rule not in SHAPE_ONLY_CUES and (
            cue.type == "person" or not (hangul and korean_name_shape(solid) and not loanword_shape(solid))) \
            and not (cue.rule in BODY_DEED_CUES and _person_shape(name)):
        return cue.type, f"{'an organization' if cue.type == 'org' else 'a ' + cue.type} by its clause ({cue.rule})"
    if not hangul and inner_body_word(name):
        return "org", "an organization by a word for a body inside its name (Major League Baseball)"
    if not hangul and listed_company(name):  # no founder's full name in the list (mentions49, mentions51)
        return "org", LISTED_COMPANY
    if not hangul and maker_and_model(name) and name.split()[0] not in english_given_names():
        return "other", MAKER_AND_MODEL
    if not hangul and english_name_shape(name):  # Müller-Schmidt: Latin letters beyond ASCII
        return "person", "a person by an English given name and a family name"
    if not hangul and not known_organization(name):
        family = person_by_family_name(name, _place_tests())  # typer29: a family name's end in its language
        if family is not None:
            return "person", family
        world = world_name_shape(name)  # mentions48: the names of many languages, after every other evidence
        if world is not None:
            return "person", world
    return "other", NO_EVIDENCE


INSTITUTION_HEADS = ("관", "사")
"""Syllables that end both an institution's or a temple's name and some given names: 관 (館, a hall, an academy:
성균관, 백악관; a name of a Korean name's shape ending in it and nothing else is an institution that acts, an
organization, as the gold files type museums that act) and 사 (寺, a temple: 백운사; also 士/師, a trade: 조향사,
경매사; no type by the syllable alone). 궁 (宮) is a place's ending already (:data:`KOREAN_GEOGRAPHIC_ENDINGS`);
원 (院) is not here: it ends far more given names (지원, 재원, 찬원) than institutions of three syllables. mentions59
counted the names typed people by their shape alone on the tune halves, the dev corpora and the fragments: in 원, 7
people and 1 shop; in 관 and 사, no person and 8 mentions of institutions, temples and trades (성균관, 백악관, 백운사,
경매사, 조향사)."""

INSTITUTION_BY_ITS_HEAD = ("an institution by its head 관 (館) at the end of a name of a Korean name's shape, with no "
                           "evidence of a person (no title, no words around it that say who it is)")


def institution_head(solid: str) -> str | None:
    """The head of :data:`INSTITUTION_HEADS` that ends a Hangul name of three syllables (성균관, 백운사), or ``None``.
    :func:`mention_type` asks it only for a name of a Korean name's shape that nothing but its shape makes a person: a
    title, an apposition or a person's cue is read before the shape, so 김정관 장관 and 임승관 청장 stay people
    (mentions59)."""
    return solid[-1] if len(solid) == 3 and solid.endswith(INSTITUTION_HEADS) else None


_ISLAND_WORDS = frozenset("Ko Koh Pulau".split())
"""A language's word for an island that opens the island's name before it: Thai ko (เกาะ; Ko Samui, Koh Chang,
written Ko or Koh) and Malay or Indonesian pulau (Pulau Ubin). Ko and Koh also spell the family name 고, so
:func:`island_by_its_word` keeps a romanized Korean name when the word after reads as a common given name."""

ISLAND_BY_ITS_WORD = ("an island by its language's word for an island before its name (Ko Samui, Koh Lanta, Pulau "
                      "Ubin), not a romanized Korean name")


def island_by_its_word(name: str) -> bool:
    """Whether a Latin name of two words is an island by a word of :data:`_ISLAND_WORDS` before one capitalized word
    of lower-case letters after its first (Koh Samui, Ko Lanta, Pulau Ubin). A romanized Korean name stays one: a
    given name written with a hyphen (Ko Min-ji) or in two words, or one whose Hangul reading (the best reading of
    :func:`~bilingual.names.romanized.parse_name`) has one or two syllables, each written in some Korean given name of
    the name data (Koh Minji, 고민지; :func:`~bilingual.names.romanized.given_syllable_counts`; 삼 of 고삼의, Koh Samui,
    is in none); a title or the words around the name are read before this in :func:`mention_type` (mentions59)."""
    words = name.split()
    if len(words) != 2 or words[0] not in _ISLAND_WORDS or not re.fullmatch(r"[A-Z][a-z]+", words[1]):
        return False
    if words[0] == "Pulau":
        return True
    readings = parse_name(name)
    if not readings:
        return True
    given = readings[0].hangul[1:]
    return not (1 <= len(given) <= 2 and all(given_syllable_counts().get(c, 0) > 0 for c in given))

INNER_BODY_WORDS = frozenset("League Association Federation Union Council Committee Commission Ministry Department "
                             "University Institute Agency Corporation Company Party Organization Organisation Bank "
                             "Authority Board Bureau".split())
"""Words for a body that no person's name holds: one of them inside a name of three words or more, before its last
word (Major League Baseball, the National Basketball Association's kind), says an organization whatever the first word
reads as (Major, a given name in the lists; mentions23). At the end of a name :func:`org_head` reads them already."""


def inner_body_word(name: str) -> bool:
    """Whether a word of :data:`INNER_BODY_WORDS` stands inside a name of three words or more, not first nor last,
    and the name holds no competition's (:data:`ENGLISH_COMPETITIONS`)."""
    words = name.split()
    return len(words) >= 3 and any(w in INNER_BODY_WORDS for w in words[1:-1]) \
        and not any(c in name for c in ENGLISH_COMPETITIONS)  # AFC Champions League Elite: a competition


REGNAL_TITLES = frozenset("Pope King Queen Emperor Empress Tsar Czar Tsarina Prince Princess Sultan Shah Kaiser "
                          "Grand Duke Duchess Saint St. Antipope".split())
"""Titles of monarchs and popes before a regnal name ("Pope Leo XIV", "King Charles III")."""
_REGNAL_NUMBER = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
"""A regnal number in Roman numerals, I to XXXIX (XIV, III, II)."""


def regnal_name(name: str) -> bool:
    """Whether a Latin name is a monarch's or a pope's: a given name and a regnal number ("Elizabeth II", "Louis
    XIV"), or a title of :data:`REGNAL_TITLES` and a capitalized name and the number ("Pope Leo XIV", "King Harald
    V"); "World War II" and "Final Fantasy XIV" are none (no given name, no title)."""
    words = name.split()
    if len(words) < 2 or not _REGNAL_NUMBER.fullmatch(words[-1]):
        return False
    titled = [w for w in words[:-1] if w in REGNAL_TITLES]
    rest = words[len(titled):-1] if words[:len(titled)] == titled else []
    if len(rest) != 1 or not re.fullmatch(r"[A-Z][a-z]+", rest[0]):
        return False
    return bool(titled) or given_name(rest[0])


KOREAN_AWARD_HEADS = ("영화상", "문학상", "예술상", "음악상", "미술상", "평화상", "과학상", "건축상", "언론상",
                      "가요대상", "예술대상", "연기대상", "연예대상", "방송대상", "영화대상", "문학대상")
"""Ends of the names of awards by their field and 상 or 대상 (청룡영화상, 동인문학상, 노벨평화상,
백상예술대상): the award and its ceremony, typed ``other`` as events are; 상 alone ends too many words, and
대상 is a target as well (mentions21)."""
KOREAN_EVENT_HEADS = ("국제영화제", "영화제", "축제", "페스티벌", "박람회", "엑스포", "올림픽", "패럴림픽", "비엔날레",
                      "오픈", "마라톤", "군항제", "문화제", "가요제", "월드컵", "선수권대회", "챔피언십", "아시안게임",
                      "포럼", "모터쇼", "모빌리티쇼", "안보회의", "정상회의", "토너먼트", "인비테이셔널", "클래식",
                      "도서전", "음악제", "연극제", "예술제", "트리엔날레", "체육대회", "체전", "오토쇼", "에어쇼",
                      "보트쇼", "파이널", "그랑프리", *KOREAN_AWARD_HEADS)
"""Ends of the names of events written solid after a place or a name (부산국제영화제, 말레이시아오픈, 보령머드축제,
동방경제포럼, 부산모빌리티쇼, 뮌헨안보회의; book fairs and arts festivals: 서울국제도서전, 통영국제음악제): the
whole is an event, typed ``other``, not the place at its start. Sports meets by 체육대회 and its short form 체전
(전국소년체육대회, 도민체전) and shows of vehicles beside 모터쇼 (…오토쇼, …에어쇼, …보트쇼; mentions18); a season's
final and a grand prix (…파이널, …그랑프리; mentions20); awards (:data:`KOREAN_AWARD_HEADS`;
mentions21). Written apart after the name (G20 정상회의, 그랑프리
파이널) they are joined in :mod:`bilingual.entities.korean_names`."""
KOREAN_QUOTED_EVENT_HEADS = ("페스타", "위크", "페어", "축전", "특별전", "기획전", "프로젝트", "장학금")
"""Ends of the names of festivals, fairs and weeks (서문 야시장 페스타, K-컬처 위크, 가을 와인 페어, 해맞이 축전), of
exhibitions (고려청자 특별전) and of programmes (샤힌 프로젝트, 해솔 드림 장학금): common words when written bare, so
read as a name's end only in quotes (mentions31: :func:`bilingual.entities.mentions.quoted_event_spans`)."""
QUOTED_EVENT_ENDS = (*KOREAN_EVENT_HEADS, *KOREAN_QUOTED_EVENT_HEADS)
"""The ends of an event's, a programme's or an exhibition's name in quotes: an event's head or one of
:data:`KOREAN_QUOTED_EVENT_HEADS`."""
ENGLISH_EVENT_HEADS = frozenset("Festival Olympics Paralympics Expo Biennale Biennial Marathon Open Championship "
                                "Championships Cup Prix Awards Tournament Invitational Classic Forum Summit Show "
                                "Week Olympiad".split())
"""Last words of the names of events in English ("Venice Film Festival", "Australian Open", "World Cup"; the
science olympiads, "International Biology Olympiad": mentions20)."""
_ENGLISH_GAMES = re.compile(r"(?:.+\s)?(?:Winter|Summer|Olympic|Paralympic|Asian|Youth|Commonwealth|Pan\s+American|"
                            r"Para|World|Universiade|Mediterranean|East\s+Asian|Southeast\s+Asian|SEA)\s+Games")
"""Games of a season or a region ("Milan Cortina Winter Games", "Asian Games"): an event; "Games" alone ends the
names of game companies (Nexon Games)."""
_SUFFIX = re.compile(r"\s+(?:Jr\.?|Sr\.?)$")
"""Jr. and Sr. after a name: a suffix only people's names carry ("Ferdinand Marcos Jr.")."""
ENGLISH_ORG_ENDS = ("Police Station", "Fire Station", "Police Agency", "Coast Guard Station")
"""Two-word ends of organizations whose last word names a place (a police station is a body: "Mapo Police Station
said …")."""


def transcribed_state(solid: str) -> bool:
    """Whether a Hangul word is a foreign state or province that the gazetteer lacks, written solid: a stem of two
    syllables or more that :func:`bilingual.names.foreign_word.transcribed` reads as transcribed from a foreign
    language, then 주 (州: 오디샤주, 카르나타카주), as Korean news write the states of India, the United States,
    Brazil, Mexico or Australia; not beer (…맥주) nor a week (…주 after a Korean word, which the measure reads as
    Korean). The word alone may be a loanword in 주 (크메르루주, rouge): the candidates take it for a state only
    right after a country's name (:mod:`bilingual.entities.korean_names`: 인도 오디샤주). A foreign city written
    solid with 시 (市) the same way, after a stem of four syllables or more (크로아티아 X시: mentions61; a person's
    name transcribed in 시 is shorter, 낸시, 루시, 펠로시; a stem of three, 베를린시, 키이우시, is not read either)."""
    return (len(solid) >= (5 if solid.endswith("시") else 3) and solid.endswith(("주", "시")) \
        and not solid.endswith("맥주") and all(is_syllable(c) for c in solid) and transcribed(solid[:-1])) \
        or directional_state(solid)


def directional_state(solid: str) -> bool:
    """Whether a Hangul word is a foreign province named by a compass point and a state of
    :func:`transcribed_state` in 주, written solid (서자바주, 동칼리만탄주: West Java, East Kalimantan; mentions63): the
    measure of a transcription reads the Korean syllable of the point (동, 서, 남, 북) as Korean, so the word is read
    without it. Only 주: a point before a city in 시 is part of the city's name."""
    return len(solid) >= 4 and solid[0] in _KOREAN_COMPASS and solid.endswith("주") and not solid.endswith("맥주") \
        and all(is_syllable(c) for c in solid) and transcribed(solid[1:-1])


def law_name(name: str) -> bool:
    """Whether a Korean word written solid names a law or a bill by its end (공직선거법, 식품위생법, 중대재해처벌법,
    정부조직법 개정안 is the law and then the bill): …법 or …법안 after a stem of two syllables or more, so that the
    common words of one syllable and 법 (방법, 불법, 문법, 편법, 헌법) are not laws, and a court by its head
    (서울중앙지법, 수원고법: :func:`org_head`) is an organization. Whether a word of this shape is a law and not a
    method (치료법, 사용법) is told where it is found, by the legal words after it
    (:data:`bilingual.entities.korean_names.LAW_CONTEXT`)."""
    stem = name[:-2] if name.endswith("법안") else name[:-1] if name.endswith("법") else ""
    if name in ONE_SYLLABLE_CODES:
        return True
    return len(stem) >= 2 and all(is_syllable(c) for c in stem) and org_head(name) is None  # 서울중앙지법: a court


ONE_SYLLABLE_CODES = frozenset({"민법", "형법", "상법"})
"""The codes of Korean law named by one syllable and 법 (the Civil Act, the Criminal Act, the Commercial Act: three of
the six basic codes, 六法; the Constitution, 헌법, is left out — no gold file shows how it is typed): laws, though
:func:`law_name` takes no other stem of one syllable (방법, 불법); found where legal words follow them (상법 개정안),
as the other laws are (mentions36)."""
LAW_ONLY_ENDS = ("특별법", "기본법", "특별법안", "기본법안")
"""Ends of a word that name only laws, never a method (반도체특별법, 인공지능기본법; a method is …치료법,
…사용법): a law whatever follows it (mentions36)."""


def english_act(name: str) -> bool:
    """Whether capitalized words end in Act and name a law ("Commercial Act", "Serious Accidents Punishment Act"): two
    words or more, each capitalized but for the short words inside a title ("Special Act on …" ends elsewhere; the
    gold files' 11 names in Act are all laws, typed ``other``; mentions35)."""
    words = name.split()
    return len(words) >= 2 and words[-1] == "Act" and words[0][:1].isupper() \
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


_TITLE_SMALL_WORDS = frozenset("of on and for the to in".split())
"""Words a title in English leaves in lower case ("Act on the Protection of …")."""

_FEATURES_BEFORE_OF = frozenset("Cape Gulf Bay Strait Straits Sea Isle Lake Valley Tower Palace Castle Fortress "
                                "Temple Cathedral Basilica".split())
"""Words of a feature of land or water that open a place's name before "of" (Cape of Good Hope, Gulf of Aden, Bay of
Bengal, Strait of Malacca, Sea of Japan): a body's name does not open so (Bank of Korea, University of Seoul). So do a
valley and the buildings that are visited, not bodies (Valley of the Kings, Tower of London, Palace of Versailles,
Temple of Heaven, Basilica of the Sacred Heart: mentions61); not Church, which names a body as often (Church of
England), nor Hall or House (House of Commons)."""


_WATER_ENDS = frozenset("Sea Strait Straits Peninsula".split())
"""Words of a sea, a strait or a peninsula that end a place's name written before them (East Sea, Tsushima Strait,
Korean Peninsula): no body's name ends so (Ocean and Channel do: Hanwha Ocean, Disney Channel)."""
_COMPASS = frozenset("North South East West".split())
"""The four points of the compass, which name the bank of a river by themselves (the West Bank), as no bank does."""


_KOREAN_COMPASS = "동서남북"
"""The four points of the compass in Korean, one syllable each (東西南北)."""


def compass_sea(name: str) -> bool:
    """Whether a Hangul name is a point of the compass and 해 (海, a sea): 동해, 서해, 남해, 북해, the Korean form of
    :func:`feature_of`'s East Sea and West Sea (mentions66). Two syllables of a family name and a one-syllable given
    name by their shape, they were typed persons when no list held them (서해 in typed_heldout41: the one place
    the tune halves typed a person); no list of seas is needed for a closed set of four."""
    return len(name) == 2 and name[0] in _KOREAN_COMPASS and name[1] == "해"


def compass_coast(name: str) -> bool:
    """Whether a Hangul name is a point of the compass, 해 and 안 (海岸, a coast): 동해안, 서해안, 남해안, the coasts
    of :func:`compass_sea`'s seas. A family name and a two-syllable given name by their shape, 남해안 was typed a
    person where no locative particle or place word was on it (typed_heldout43: "남해안 수온이"; typed_heldout16's
    남해안에 is typed by its particle); a closed set of four, as the seas (mentions68)."""
    return len(name) == 3 and compass_sea(name[:2]) and name[2] == "안"


def cape_by_its_end(name: str) -> bool:
    """Whether a Hangul name of two syllables or more ends in 곶 (串, a cape: 호미곶, 간절곶, 장산곶): no syllable of
    a Korean given name, so a person's shape before it (호 + 미곶) is no person (호미곶 in typed_heldout43's
    "포항 호미곶등대"; typed_heldout28's 호미곶에서 is typed by its particle; mentions68)."""
    return len(name) >= 2 and name.endswith("곶") and all("가" <= c <= "힣" for c in name)


def feature_of(name: str) -> bool:
    """Whether a name is a feature of land or water, then "of" and capitalized words, "the" allowed after "of"
    ("Cape of Good Hope", "Lake of the Woods"; mentions37), or capitalized words before a word of a sea, a strait or
    a peninsula (:data:`_WATER_ENDS`: East Sea, Yellow Sea) or a point of the compass before Bank (the West Bank, a
    river's bank; mentions39): a place."""
    words = name.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and (
            words[-1] in _WATER_ENDS or (len(words) == 2 and words[0] in _COMPASS and words[1] == "Bank")):
        return True
    if len(words) < 3 or words[0] not in _FEATURES_BEFORE_OF or words[1] != "of":
        return False
    rest = words[3:] if words[2] == "the" else words[2:]
    return bool(rest) and all(w[:1].isupper() for w in rest)


_LEAGUE_OR_TOUR = re.compile(r"(?:[A-Z]|[A-Z][A-Z0-9&]{1,6})(?:[ -]?(?:League|Tour)| ?(?:리그|투어))")
"""A league or a tour of a sport named by its body's initials or one letter (K League, V-League, PGA Tour, LPGA 투어,
KLPGA 투어; mentions36)."""


def league_or_tour(name: str) -> bool:
    """Whether ``name`` is a league or a professional tour by its body's initials and League, Tour, 리그 or 투어
    (:data:`_LEAGUE_OR_TOUR`): the body that runs the season, an organization as the gold files type leagues and tours
    (K League, Major League Baseball), not a tournament of it (LPGA 투어 | 포드 챔피언십) nor a place after "to the"
    (V-League). A word before Tour is no body's initials ("Eras Tour" is a singer's, "Tour de France" a race), nor a
    word before League ("Champions League", a competition): only capitals or one letter."""
    return _LEAGUE_OR_TOUR.fullmatch(name) is not None and name.split()[0].rstrip("-") not in NOT_ORG_ACRONYMS


_APP_BY_ITS_MAKER = re.compile(r"([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?) ?(?:Map|Maps|Eats|Talk)")
"""A maker's name and what its app does, apart or solid (Naver Map, KakaoMap, Coupang Eats, KakaoTalk)."""


def app_by_its_maker(name: str) -> bool:
    """Whether ``name`` is an app named by its maker, an organization of the general list, and the app's function in
    one English word (:data:`_APP_BY_ITS_MAKER`: Map, Maps, Eats, Talk): a product, ``other`` as the gold files type
    apps, not the maker's company that the group's name at its start would make it (mentions36). Words that end
    companies' names too (Pay, Bank, Music, Shopping: Kakao Pay, Lotte Shopping) are not read so."""
    m = _APP_BY_ITS_MAKER.fullmatch(name)
    return m is not None and (known_organization(m.group(1)) is not None or group_company(m.group(1)) is not None)


def event_name(name: str) -> bool:
    """Whether ``name`` names an event by its end: a festival, an open, games, a fair, a cup (부산국제영화제,
    말레이시아오픈, "Venice Film Festival", "Milan Cortina Winter Games"); a stem of two syllables or more before a
    Korean head, a word or more before an English one."""
    if not name.isascii():
        solid = name.replace(" ", "")
        return solid.endswith(KOREAN_EVENT_HEADS) and any(  # one call rules out almost every name
            solid.endswith(h) and len(solid) - len(h) >= 2 for h in KOREAN_EVENT_HEADS)
    words = name.split()
    return len(words) >= 2 and (words[-1] in ENGLISH_EVENT_HEADS or bool(_ENGLISH_GAMES.fullmatch(name))
                                or name.endswith(ENGLISH_COMPETITIONS) or named_day(words)
                                or (words[-1] == "Fair" and words[-2] in FAIR_KINDS)
                                or name.endswith(" Grand Slam")
                                or (words[-1] == "Series" and (words[-2] == "World" or demonym(words[-2]))))


FAIR_KINDS = frozenset("Book Trade Art Arts Job Jobs Career Licensing Toy Food Motor Auto Craft Crafts Antiques "
                       "Science Education Franchise Industry Industrial World's".split())
"""What a fair shows or sells, the word before Fair in an event's name (Frankfurt Book Fair, Seoul Character &
Licensing Fair, Canton Trade Fair): "Vanity Fair" (a magazine) and a person's name in Fair are none (mentions39)."""


def named_day(words: list[str]) -> bool:
    """Whether capitalized words end in Day and name a day ("Memorial Day", "Singles' Day", "Children's Day"): a
    possessive before Day, or a first word that is no English given name ("Doris Day", "Jason Day" are people;
    mentions22)."""
    return words[-1] == "Day" and words[0] != "D" and (
        words[-2].endswith(("'", "’", "'s", "’s")) or not given_name(words[0].rstrip("'’s")))


KOREAN_WAR_AND_TREATY_HEADS = ("전쟁", "협정", "조약", "협약", "사변", "항쟁")
"""Ends of the names of wars and treaties in Korean (한국전쟁, 베트남전쟁, 파리협정, 베르사유조약, 6·25전쟁): named by
the place or the date before them (:func:`war_or_treaty`; mentions22)."""
ENGLISH_WAR_AND_TREATY_HEADS = frozenset(
    "War Agreement Agreements Treaty Accord Accords Pact Protocol Armistice".split())
"""Last words of the names of wars and treaties in English ("Korean War", "Paris Agreement", "Kyoto Protocol")."""
_DATE_NAME = re.compile(r"(?:1[0-2]|[1-9])·(?:3[01]|[12]\d|[1-9])")
"""A month and a day joined by a middle dot: how Korean names the events of a date (6·25, 5·18, 4·19, 3·1)."""
_WORLD_WAR = re.compile(r"(?:the\s+)?(?:First|Second)\s+World\s+War|World\s+War\s+(?:I|II|One|Two)")


def war_or_treaty(name: str) -> bool:
    """Whether ``name`` names a war or a treaty: in Korean a listed place, two countries by their one-syllable
    abbreviations or a date (:data:`_DATE_NAME`) and an end of :data:`KOREAN_WAR_AND_TREATY_HEADS` (한국전쟁, 러일전쟁,
    6·25 전쟁, 파리협정 — not 무역전쟁, a trade war, nor 자유무역협정 or 정전협정 alone: a common noun before the head
    names no one war or treaty); in English capitalized words and an end of
    :data:`ENGLISH_WAR_AND_TREATY_HEADS`, or a world war ("Korean War", "Paris Agreement", "World War II")."""
    if name.isascii():
        words = name.split()
        return (len(words) >= 2 and words[-1] in ENGLISH_WAR_AND_TREATY_HEADS
                and all(w[:1].isupper() for w in words)) or bool(_WORLD_WAR.fullmatch(name))
    solid = name.replace(" ", "")
    if not solid.endswith(KOREAN_WAR_AND_TREATY_HEADS):
        return False
    stem = solid[:-2]
    return date_name(stem) or (len(stem) >= 2 and listed_place(stem)) \
        or (len(stem) == 2 and all(c in COUNTRY_ABBREVIATIONS for c in stem))  # 러일전쟁, 한일협정


def date_name(text: str) -> bool:
    """Whether ``text`` is a month and a day joined by a middle dot (6·25, 5·18): :data:`_DATE_NAME`."""
    return _DATE_NAME.fullmatch(text) is not None


_MILITARY_UNIT = re.compile(
    r"(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
    r"(?:\s+[A-Z][a-z]+){0,3}\s+(?:Division|Brigade|Regiment|Battalion|Corps|Fleet|Squadron|Army|Air\s+Wing)"
    r"|(?:[A-Z][a-z]+\s+)?(?:Infantry|Armored|Armoured|Airborne|Mechanized|Artillery|Cavalry|Marine)"
    r"\s+(?:Division|Brigade|Regiment|Battalion|Corps)")
"""A military unit in English: an ordinal and its echelon ("25th Infantry Division", "Seventh Fleet", "Eighth
Army"), or an arm and its echelon ("Capital Mechanized Infantry Division"): an organization (mentions22)."""


def military_unit(name: str) -> bool:
    """Whether an English name is a military unit (:data:`_MILITARY_UNIT`)."""
    return _MILITARY_UNIT.fullmatch(name) is not None


ENGLISH_COMPETITIONS = ("Champions League", "Europa League", "Conference League", "Nations League")
"""Competitions named as leagues (UEFA's club and national-team competitions): events, though League is an
organization's head ("K League", "Premier League" are the bodies that run a season)."""


CLUB_INITIALS = frozenset("FC AFC CF SC AC AS SS SSC AZ PSV SV FK NK GNK RB VfB VfL TSG BSC CD UD RC OGC KRC "
                          "SK IF BK AIK HJK".split())
"""The initials football and sports clubs put before or after their city's name (FC, AC, AS, AZ, PSV, SV, RB, CD …:
"Football Club", "Associazione Sportiva", "Sportverein"), a closed class of abbreviations."""
_CLUB_AFTER = frozenset("FC AFC CF SC".split())


_KOREAN_CLUB_INITIALS = re.compile(r"([A-Z]{2,3})\s?[가-힣]{2,4}|[가-힣]{2,4}\s?([A-Z]{2,3})")
"""A club's initials and its city written together in Korean text (FC안양, 수원FC, FC 서울)."""


def korean_club_initials(name: str) -> bool:
    """A club's initials (:data:`CLUB_INITIALS`) before its city, or FC, SC, CF after it, written together in Korean
    text (FC안양, 수원FC): a club, not the city (whose name the gazetteer finds inside it)."""
    found = _KOREAN_CLUB_INITIALS.fullmatch(name)
    return found is not None and (found.group(1) in CLUB_INITIALS or found.group(2) in _CLUB_AFTER)


KOREAN_CLUB_AFTER_CITY = frozenset({"FC", "SC", "CF", "AFC", "유나이티드", "시티"})
"""What follows a city's name, one space after it, in a club's name in Hangul (로스앤젤레스 FC, 애틀랜타 유나이티드,
맨체스터 시티)."""
_CLUB_WORDS_HANGUL = frozenset({"유나이티드", "시티"})
"""English words of a club's name transcribed (United, City): after them the city may be a town the gazetteer does
not hold (스토크 시티), and they are no person's family name."""


def district_stem(solid: str) -> bool:
    """Whether a Hangul word of two or three syllables is a district's name without its unit (판교 of 판교동, 송도 of
    송도동, 오창 of 오창읍), as news write a company's address (판교 사옥, 송도 본사), and no organization's or group's
    name (삼성 of 삼성동 is the group)."""
    return 2 <= len(solid) <= 3 and all(is_syllable(c) for c in solid) \
        and any(is_place(solid + unit) for unit in ("동", "읍", "면")) \
        and known_organization(solid) is None and group_company(solid) is None


@lru_cache(maxsize=1)
def _korean_cities() -> frozenset[str]:
    """The gazetteer's names of South Korea's cities, counties and provinces (kinds ``ko_place``, ``ko_admin``)."""
    return frozenset(name for name, kind in _rows() if kind in ("ko_place", "ko_admin"))


_SPONSOR_ACRONYM = re.compile("[A-Z]{2,4}")


def sponsor_club(name: str) -> bool:
    """A club named as South Korea's professional leagues name them, by its home city and its sponsor, two words (서울
    SK, 창원 LG, 원주 DB, "Ulsan HD", "Changwon LG"), or three with the nickname after the sponsor ("Seoul SK Knights",
    원주 DB 프로미): the first a Korean city or province of the gazetteer, the second the sponsor's acronym (capitals
    only, no measure or title: :func:`acronym`) or a business group of the general list (용인 삼성). One
    organization: the city is no separate place."""
    parts = name.split()
    if len(parts) not in (2, 3) or _key(parts[0]) not in _korean_cities() or is_country(parts[0]):
        return False
    if len(parts) == 3 and (not _NICKNAME.fullmatch(parts[2]) or parts[2] in ENGLISH_ORG_HEADS
                            or parts[2] in _HEAD_RANK or parts[2] in _BUILDINGS_EN or parts[2] in VENUE_WORDS):
        return False  # "Wonju DB Promy", 원주 DB 프로미: a nickname after the sponsor, not a company's head, nor
        # the club's arena ("Suwon KT Arena", 수원 KT 아레나: mentions22)
    sponsor = parts[1]
    return (bool(_SPONSOR_ACRONYM.fullmatch(sponsor)) and acronym(sponsor)) or known_organization(sponsor) == "group"


_NICKNAME = re.compile("[A-Z][a-z]{2,}|[가-힣]{2,5}")
"""A club's nickname after its sponsor: one capitalized word or one Hangul word (Promy, Knights, 세이커스)."""


VENUE_WORDS = frozenset("볼파크 파크 스타디움 아레나 돔 체육관 경기장 구장 필드".split())
"""Words for a sports venue written apart after the name it is named for (한화생명 볼파크, 인스파이어 아레나, 고척
스카이돔 is solid): the name and the word make one place, not an organization and a place."""


def korean_city_club(name: str) -> bool:
    """A club named in Korean text by its city and, one space after it, FC, SC, CF, AFC, 유나이티드 or 시티
    (로스앤젤레스 FC, 애틀랜타 유나이티드, 맨체스터 시티): the city a place of the gazetteer, not a country (대한민국 FC
    is no club's name); before 유나이티드 or 시티 (:data:`_CLUB_WORDS_HANGUL`) also a transcribed town the gazetteer
    lacks (스토크 시티, not a person named 스토크 with the family name 시티: mentions65), not shaped like a Korean
    name."""
    parts = name.split()
    if len(parts) != 2 or parts[1] not in KOREAN_CLUB_AFTER_CITY or is_country(parts[0]):
        return False
    return is_place(parts[0]) or (parts[1] in _CLUB_WORDS_HANGUL and len(parts[0]) >= 2
                                  and all(is_syllable(c) for c in parts[0]) and transcribed(parts[0])
                                  and not korean_name_shape(parts[0]))


def club_name(name: str) -> bool:
    """A club named by its initials and its city, either way round (PSV Eindhoven, AZ Alkmaar, FC Utrecht, Utrecht FC,
    AC Milan): two or three words, the first initials of :data:`CLUB_INITIALS` or the last FC, SC, CF or AFC, the
    others capitalized words."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return (words[0] in CLUB_INITIALS or words[-1] in _CLUB_AFTER) and not is_place(name)


_TEAM_PLURAL = re.compile(r"[A-Z][a-z]+[^su\W]s")
"""A capitalized plural nickname (Sounders, Chiefs, Bulls, Mariners): not a word ending in -ss or -us."""
NOT_TEAM_PLURALS = frozenset(
    "Olympics Paralympics Games Championships Masters Awards Talks Elections Affairs Studies Sciences Arts Relations "
    "Rights Islands Mountains Alps Highlands Lowlands Heights Falls Springs Hills Plains Lakes Forces Nations "
    "Emirates States Provinces Territories Steelworks Ironworks Times News Holdings Industries Airlines Motors "
    "Electronics Systems "
    "Technologies Solutions Communications Securities Chemicals Pharmaceuticals Studios Labs Foods Partners Railways "
    "Airways Dynamics Instruments Metals Mines Works Gardens Docks Towers Apartments Courts Streets Roads Talks "
    "Protests Riots Attacks Floods Fires Rallies Summits Accords Agreements Marathons Trials".split())
"""Plurals after a city that end names of events, places, companies and reports, not of teams (the Tokyo Olympics,
Texas Instruments, Boston Dynamics, the Hong Kong Protests)."""


def city_team(name: str) -> bool:
    """A club named in English by its city and a capitalized plural nickname, without "the" (Seattle Sounders, Chicago
    Bulls, Kansas City Chiefs): the words before the last a city of the gazetteer (not a GeoNames town only, nor a
    country: "Korea Zinc", "Japan Airlines"), the last a plural that no event, place or company ends in."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not _TEAM_PLURAL.fullmatch(words[-1]) or words[-1] in NOT_TEAM_PLURALS:
        return False
    city = " ".join(words[:-1])
    return is_place(city) and not weak_place(city) and not is_country(city) and not is_place(name)


def korean_club(name: str) -> bool:
    """A club named in Hangul by its city or its company and a transcribed plural nickname, two words (애틀랜타
    브레이브스, 밴쿠버 화이트캡스, KIA 타이거즈, LG 트윈스): the first a place of the gazetteer or of mecab-ko-dic,
    an acronym, an organization of the general list or a group's name; the second one Hangul word of two syllables
    or more ending in 스, 즈 or 츠 (an English plural as Korean transcribes it: 뉴욕 닉스, 시카고 불스, 뉴욕 메츠,
    KT 위즈), itself no place. A country, a state, a province or a prefecture first is a city's address, not a
    club's city (베네수엘라 카라카스, 테네시주 멤피스: a city named in …스 inside it), and a foreign town of
    GeoNames only (:func:`weak_place`) is too weak a city (시라즈 와하즈 is a person). The caller asks it of proper
    nouns only (서비스, 비즈니스 are common nouns)."""
    parts = name.split()
    if len(parts) != 2:
        return False
    first, second = parts
    if len(second) < 2 or second[-1] not in "스즈츠" or not all(is_syllable(c) for c in second) \
            or is_place(second) or dictionary_place(second):
        return False
    if is_country(first) or (len(first) >= 3 and first[-1] in "주성현도") or second.endswith("폴리스"):
        return False  # …폴리스 (-polis) names a city: 미네소타 미니애폴리스
    return (is_place(first) and not weak_place(first)) or dictionary_place(first) or acronym(first) \
        or known_organization(first) is not None or group_company(first) is not None


_ROAD = re.compile("[가-힣]{2,}(?:대로|로\\d+(?:번)?길|길)")
_NOT_ROADS = ("골목길", "오솔길", "산책길", "둘레길", "출근길", "퇴근길", "귀갓길", "지름길", "뱃길", "하늘길",
              "바닷길", "물길", "꽃길", "가시밭길", "자갈길", "비탈길", "언덕길", "고갯길", "눈길", "빗길", "밤길",
              "외길", "갈림길", "순례길")
"""Common nouns ending in 길 that are no road's name (a lane, a path, the way to work …)."""


def road_name(solid: str) -> bool:
    """A road's name written solid (a proper noun of Kiwi's, or one and the road's word): …대로, …로 and the number
    of a side road and 길, or …길, the words the Road Name Address Act (도로명주소법) ends roads' names in (연무장길,
    반포대로, 북촌로5길); not a common noun of a path or a way (출근길, 둘레길)."""
    return _ROAD.fullmatch(solid) is not None and not solid.endswith(_NOT_ROADS)


_EXPRESSWAY = re.compile("[가-힣]{2,}고속(?:도로|국도)")


def expressway_name(solid: str) -> bool:
    """An expressway's name written solid: its name and 고속도로 (고속국도, the first class of road of the Road Act,
    도로법 제10조: 경부고속도로, 서울양양고속도로; mentions32)."""
    return _EXPRESSWAY.fullmatch(solid) is not None


def street_name(solid: str) -> bool:
    """A street written solid as a proper noun and 가 (街: 다우닝가, 월가): the stem ends in a consonant, after which
    the subject particle would be 이, so the 가 Kiwi kept inside the proper noun is the street's (부그티가 is 부그티
    and the particle), and the whole is not a Korean person's name."""
    return len(solid) >= 2 and solid.endswith("가") and all(is_syllable(c) for c in solid) \
        and decompose(solid[-2])[2] != "" \
        and not (korean_name_shape(solid) and korean_given_name_plausible(solid))


@lru_cache(maxsize=1)
def _dictionary_names() -> frozenset[str]:
    """The names of ``bilingual/data/ko_dic_names.tsv`` (built by ``training/build_ko_dic_names.py`` from
    mecab-ko-dic, Apache-2.0), every one a place, read once."""
    name = "ko_dic_names.tsv"
    out: set[str] = set()
    for number, cols in data_rows(name):
        if len(cols) != 2 or cols[1] != "place":
            raise DataError(f"bilingual/data/{name}, line {number}: expected a name and its kind (place)")
        out.add(cols[0])
    return frozenset(out)


def dictionary_place(name: str) -> bool:
    """Whether a Hangul name is a place of mecab-ko-dic (its class 지명 and no common-noun reading: 멤피스, 테살로니키,
    쓰촨) that the gazetteer lacks: weaker than the gazetteer (an organization's cue or a person's title outweighs
    it), stronger than a name without evidence."""
    return name in _dictionary_names()


DICTIONARY_PLACE = "a place of mecab-ko-dic (지명)"


def island_cut_short(stem: str) -> bool:
    """Whether a proper noun that Kiwi ended before a particle 도 ("also") is an island's name cut short: the stem
    and 도 (島) is a place named in the gazetteer or in mecab-ko-dic (을숙 + 도: 을숙도) and the stem alone is no place
    (서울 + 도 is Seoul and the particle; 서울도 is a place only by the shape of a province)."""
    word = stem + "도"
    return len(stem) >= 2 and all(is_syllable(c) for c in stem) and not is_place(stem) \
        and (_key(word) in places() or dictionary_place(word))


@lru_cache(maxsize=65536)  # as is_place: asked of most nouns of two syllables in a Korean text
def is_korean_place(name: str) -> bool:
    """Whether ``name`` is the stem of one of South Korea's cities, counties or districts that the project's list
    gives (``training/places_supplement.tsv``, kind ``ko_place``: 사천, 과천), from which the stems that are common
    words more often than places were left out; GeoNames' Korean stems (법원, 노동, 구성) were not so chosen."""
    return _key(name) in _korean_places()


@lru_cache(maxsize=1)
def _korean_places() -> frozenset[str]:
    text = resources.files("bilingual.data").joinpath("places.tsv").read_text(encoding="utf-8")
    return frozenset(_key(cols[0]) for line in text.splitlines() if not line.startswith("#")
                     and len(cols := line.split("\t")) == 3 and cols[1] == "ko_place" and cols[2] == "project")


def armed_forces(name: str) -> bool:
    """A country's armed forces written solid, the country and 군 (이스라엘군, 러시아군, 북한군): an organization, not
    a county (a Korean county's stem is no country's name)."""
    return name.endswith("군") and len(name) >= 3 and is_country(name[:-1])


_KOREAN_COUNTRY_ENDINGS = ("코리아", "재팬", "차이나", "아메리카", "프랑스", "저팬")
_NOT_BRANCH_WORDS = frozenset(
    "North South East West Central New Upper Lower Greater Northern Southern Eastern Western Republic Kingdom "
    "Democratic People's Federal United Island Islands Team Visit".split())


def country_branch(name: str) -> bool:
    """An organization named for a country it serves, the country last: a body or a company's branch ("Statistics
    Korea", "Google Japan", 스타벅스코리아, 구글코리아). Not a place of that name ("South Korea", "New Guinea"), nor a
    run that starts with a place ("Seoul Korea") or a demonym, nor an English given name and a country (Michael
    Jordan), and in Hangul one word with a stem of two syllables or more."""
    if not name.isascii():
        return " " not in name and any(name.endswith(e) and len(name) - len(e) >= 2 for e in _KOREAN_COUNTRY_ENDINGS) \
            and not is_place(name)
    words = name.split()
    if len(words) < 2 or not is_country(words[-1]) or is_place(name):
        return False
    if len(words) == 2 and words[0] in english_given_names():
        return False  # a person whose family name is a country's: Michael Jordan, Luis Montenegro
    rest = words[:-1]
    return all(w[:1].isupper() and "-" not in w and w not in _NOT_BRANCH_WORDS and not is_place(w) and not w.endswith(
        ("ian", "ese", "ish", "ean")) and w not in ENGLISH_NOT_PLACES for w in rest)


_NOT_TRADE_WORDS = frozenset(
    "Day Days Week Year Month Open Cup Series Games Expo Pavilion House Town Inc Trip Tour Team Visit Summit Talks "
    "Time Times".split())
"""Words after a country that make no company's name of it: a day, an event, a building, a visit (Canada Day, Japan
Expo, Korea House); Times is a paper's head, typed before."""


_GIVEN_NAME_COUNTRIES = frozenset("Jordan Chad Georgia India Israel Kenya Trinidad".split())
"""Countries' names that are given names as well (Jordan Pickford, Georgia Hall), which the lists of given names leave
out: a person's name may begin with one."""


KOREAN_COUNTRY_TRADES = ("에너지",)
"""Words of trade written solid after a country's name in Hangul that name the country's company (카타르에너지: the
Korean form of :func:`country_first_body`'s "Korea Zinc"); no head of their own (재생에너지 is a common noun)."""


def korean_country_company(solid: str) -> bool:
    """A company named by its country and a word of :data:`KOREAN_COUNTRY_TRADES` written solid (카타르에너지)."""
    return solid.endswith(KOREAN_COUNTRY_TRADES) and any(
        is_country(solid[:-len(t)]) for t in KOREAN_COUNTRY_TRADES if solid.endswith(t))


def country_first_body(name: str) -> bool:
    """A company named by its country and one word of its trade, the country first ("Korea Zinc", "China Mobile",
    "Japan Tobacco"; mentions45): two capitalized words, the first a country's name that is no given name (Jordan,
    Chad: :data:`_GIVEN_NAME_COUNTRIES`), the second a word of letters that is no place's word or name, no day or
    month, no people's adjective, no given name or Korean family name's spelling (China Wang, Korea Kim: a person
    after a country written without a comma) and none of :data:`_NOT_TRADE_WORDS`; the whole no listed place,
    feature or event ("Korea Strait", "Panama Canal", "Korea Open" are typed before)."""
    words = name.split()
    if len(words) != 2 or not is_country(words[0]) or words[0] in _GIVEN_NAME_COUNTRIES or given_name(words[0]):
        return False
    word = words[1]
    return word.isalpha() and word[:1].isupper() and word[1:].islower() and word not in _NOT_TRADE_WORDS \
        and word not in _PLACE_WORD_SET and word not in ENGLISH_NOT_PLACES and not word.endswith(
            ("ian", "ese", "ish", "ean")) and not is_place(word) and not is_place(name) and not event_name(name) \
        and not _person_shape(word)


@lru_cache(maxsize=1)
def english_given_names() -> frozenset[str]:
    """The English given names of ``bilingual/data/given_names_en.txt`` (built by ``training/build_given_names.py``
    from the Moby Word II name lists), read once."""
    text = resources.files("bilingual.data").joinpath("given_names_en.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _ssa_given_names() -> frozenset[str]:
    """The given names of US births that the Moby lists lack (``bilingual/data/given_names_ssa.txt``, built by
    ``training/build_given_names_ssa.py`` from the Social Security Administration's counts), read once, when a word
    is not an English given name."""
    text = resources.files("bilingual.data").joinpath("given_names_ssa.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def given_name(word: str) -> bool:
    """Whether ``word`` is a given name: an English one of :func:`english_given_names` (Moby) or one given to US
    babies of any origin (Elon, Xander, Hideo, Satya: the SSA's counts, less English common words and the names of
    organizations); an accented one is read without its accents, as the lists write it (Émile, Óscar: mentions45)."""
    if not word.isascii():
        word = unaccented(word)
    return word in english_given_names() or word in _ssa_given_names()


_PLAIN_LETTERS = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe",
                                "ß": "ss", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Þ": "Th", "þ": "th", "ı": "i",
                                "Ħ": "H", "ħ": "h"})
"""Latin letters that are no ASCII letter and an accent, written as English writes them without it (Łódź → Lodz)."""


@lru_cache(maxsize=8192)  # asked for the same names by several rules
def unaccented(word: str) -> str:
    """A word of Latin letters without its accents (Tomás → Tomas, Élysée → Elysee, Łódź → Lodz), as the lists of
    given names and the English rules, which are ASCII, write it (mentions45)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
                   if not unicodedata.combining(c))


def _accented_latin(name: str) -> str | None:
    """``name`` without its accents when it is of Latin letters beyond ASCII and reads as ASCII without them (Ísafjörður
    Airport, Łódź University), for the English rules of :func:`is_place` and :func:`org_head`; else ``None`` (ASCII,
    or a letter of another script: Hangul, Han, kana)."""
    if name.isascii() or has_syllable(name):
        # perf70: a Hangul syllable decomposes into jamo, which are no accents: never ASCII without them (on first
        # sight of a Korean page, each of its ~5,000 names asked by is_place and org_head was decomposed for nothing)
        return None
    bare = unaccented(name)
    return bare if bare.isascii() else None


NOT_FAMILY_NAMES = frozenset(
    "Memorial House Museum Library Cathedral Church Chapel Arena Garden Gardens Hotel Theater Theatre Tunnel "
    "Highway Prize Award Awards Cup Trophy Act Doctrine Plan Law Treaty Accord Festival Line Way".split())
"""Last words of names that begin with a given name and name a thing ("Lincoln Memorial", "Nobel Prize"), not a
person's family name."""
ARABIC_ARTICLE = re.compile(r"(?:al|el)-[A-Z][a-z]+")
"""A family name with the Arabic article, written in lower case with a hyphen (al-Rashidi, el-Sayed)."""
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u1ea0-\u1ef9"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9"
"""Latin letters of names (with Latin Extended-A and Vietnamese letters: Yıldız, Şahin, Wałęsa, Nguyễn; mentions24)."""
_ENGLISH_NAME_WORD = re.compile(rf"(?:[A-Z]['’])?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?"
                                r"|Mc[A-Z][a-z]+|[A-Z]\.|"
                                + ARABIC_ARTICLE.pattern)


def _person_shape(name: str) -> bool:
    """Whether a Latin name could be a person's, for the cues of :data:`~bilingual.entities.evidence.BODY_DEED_CUES`
    (mentions43: "John Smith will hire 20 workers" is the owner): a Western person's name, a family name's end in
    its language, or one word that is an English given name or a Korean family name's spelling (Musk is neither; a
    lone family name is left to the mentions stage, which reads it from the person named before)."""
    from bilingual.names.romanized import spelling_key, surname_index  # the tables load only when asked

    words = name.split()
    if len(words) == 1:
        return name in english_given_names() or spelling_key(name) in surname_index()
    return english_name_shape(name) or person_by_family_name(name, _place_tests()) is not None


def english_name_shape(name: str) -> bool:
    """A Western person's name: two or three capitalized words, the first an English given name of
    :func:`given_name` ("Jerome Powell", "Chelsea Clinton", "Mary J. Blige", "Elon Musk"), none a month, a day or a
    language, the last no organization head or place word ("Jordan River" is typed before this is asked), and none,
    nor a part of one joined by a hyphen, a country's, a large city's or a Korean place's name
    ("North Korea-Russia")."""
    words = name.split()
    return 2 <= len(words) <= 3 and given_name(words[0]) \
        and all(_ENGLISH_NAME_WORD.fullmatch(w) for w in words) \
        and not any(w in ENGLISH_NOT_PLACES for w in words) \
        and words[-1] not in ENGLISH_ORG_HEADS and words[-1] not in ENGLISH_PLACE_WORDS \
        and not any(w in _UNIT_WORDS for w in words[1:]) \
        and words[-1] not in NOT_FAMILY_NAMES and words[-1] not in _PLANT_WORDS and len(words[-1]) > 2 \
        and not any(_key(part) in _strong_places() for w in words for part in w.split("-"))


_UNIT_WORDS = frozenset({"County", "Province", "Prefecture", "District"})
"""Words of a unit of government that no person's name holds after its first word ("Pierce County Sheriff", "Kent
County Council" are a county's; mentions70)."""
_PLANT_WORDS = frozenset(end for end in ENGLISH_PLANT_ENDS if " " not in end) - {"Plant"}
"""The one-word ends of a plant's name (:data:`ENGLISH_PLANT_ENDS`) that no family name is: "Philly Shipyard" and
"Lucas Refinery" are no people, whatever their first word; Plant is left out (Robert Plant)."""


def world_name_shape(name: str) -> str | None:
    """Why a Latin name that nothing else types is a foreign person's, by the names of many languages of
    :mod:`bilingual.entities.world_names` (mentions48), or ``None``: a given name of a list, then a family name
    ("Joost Klein"); a word in Japanese syllables, then a Japanese family name of the list ("Tatsuru Saito"); a family
    name of a list, then a given name of a list or a Chinese one in Mandarin syllables ("Zhang Wei", "Zhu Yuguo");
    or one to three given names, the particles of a family name and the family name ("Jaap van Zweden", "Dolf van
    den Brink"; after :data:`~bilingual.entities.world_names.ROMANCE_PARTICLES` only when the first is a listed
    given name and the last a listed family name: "Joost de Vries", not "Rio de Janeiro"). The guards of
    :func:`english_name_shape` hold, and no word is a place or an organization's name (Toyota, Honda)."""
    from bilingual.entities.world_names import (
        ROMANCE_PARTICLES,
        chinese_name,
        japanese_name,
        particles_end,
        world_family_name,
        world_given_name,
    )

    words = name.split()
    if not 2 <= len(words) <= 6:
        return None
    plain = [w if w.isascii() else unaccented(w) for w in words]
    at = next((k for k in range(1, len(plain)) if particles_end(plain, k) > k), None)
    if at is not None:
        end = particles_end(plain, at)
        given, family = plain[:at], plain[end:]
        if len(family) != 1 or len(given) > 3 or (plain[at] in ROMANCE_PARTICLES and not (
                (given_name(given[0]) or world_given_name(given[0])) and world_family_name(family[0]))):
            return None  # "Vitoria de Guimaraes" is a club: a Romance particle wants both names listed
    elif len(plain) <= 3:
        given, family = plain[:-1], plain[-1:]
    else:
        return None
    named = given + family
    if not all(_ENGLISH_NAME_WORD.fullmatch(w) and "-" not in w[:3] for w in named) \
            or any(w in ENGLISH_NOT_PLACES or w in ENGLISH_ORG_HEADS or w in ENGLISH_PLACE_WORDS for w in named) \
            or family[0] in NOT_FAMILY_NAMES or len(family[0]) < 3 \
            or any(_key(part) in _strong_places() for w in named for part in w.split("-")) \
            or any(is_place(w) or known_organization(w) is not None or group_company(w) is not None for w in named) \
            or is_place(name):
        return None
    if at is not None:
        return "a person by the particles of a family name between given names and the family name (van, von, de)"
    if world_given_name(given[0]):
        return "a person by a given name of a language's list (Faker's) and a family name"
    if len(given) == 1 and japanese_name(given[0], family[0]):
        return "a person by a Japanese family name of a list (Faker's) after a given name in Japanese syllables"
    if len(given) == 1 and (chinese_name(given[0], family[0]) or (
            world_family_name(given[0]) and world_given_name(family[0]))):
        return "a person by a family name of a language's list (Faker's), then a given name, family name first"
    return None


_INITIALS_NAME = re.compile(r"((?:[A-Z]\.){2,3})\s?([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)")
_COUNTRY_INITIALS = frozenset("U.S. U.K. U.N. E.U. R.O.K. D.C. U.A.E. P.R.".split())


def initials_name(name: str) -> bool:
    """Whether a Latin name is a person's written with the initials of the given names ("J.R. Whitfield", "T.J.
    Morrison"): two or three initials with their dots, then a family name that is no organization's head, place word
    or place ("U.S. Army", "J.P. Morgan Chase" are not; mentions22)."""
    match = _INITIALS_NAME.fullmatch(name)
    if match is None or match.group(1) in _COUNTRY_INITIALS:
        return False
    family = match.group(2)
    return family not in ENGLISH_ORG_HEADS and family not in _PLACE_WORD_SET and not is_place(family)


def quarter_or_person(name: str) -> bool:
    """Whether a Hangul name is a place only as a quarter or a village (洞, 里: its stem read from Chinese characters,
    not a name of the gazetteer or of mecab-ko-dic) and also reads as a Korean person's full name, a family name and a
    given name that :func:`korean_given_name_plausible` accepts (진옥동, 김영동, 박정리): a person's title after it, or
    after the body the title is held in, says it is the person (진옥동 신한금융그룹 회장), not the quarter."""
    solid = name.replace(" ", "")
    return len(solid) == 3 and solid[-1] in "동리" and korean_name_shape(solid) and korean_given_name_plausible(solid) \
        and _key(solid) not in places() and not dictionary_place(solid)


def korean_full_name(name: str) -> bool:
    """Whether a Hangul name is a Korean person's full name as Korean writes it, the family name first: three
    syllables, a family name and a given name people carry (:func:`korean_given_name_plausible`), not read as
    transcribed from a foreign language (나델라, 후미오, 마리아 are)."""
    return len(name) == 3 and all(is_syllable(ch) for ch in name) and korean_name_shape(name) \
        and korean_given_name_plausible(name) and not transcribed(name)


_ONE_SYLLABLE_PLACE_ENDINGS = frozenset("양문산강봉포섬항역궁각댐")
"""The endings of :data:`KOREAN_GEOGRAPHIC_ENDINGS` of one syllable, which Korean given names end in as well (성문,
채양, 태산, 민강, 정봉)."""
_PARTICLE_AFTER_A_TITLE = re.compile("(?:[은는이가의도]|께서)(?![가-힣])")


def titled_person_by_a_place_ending(text: str, start: int, end: int, title: str | None) -> bool:
    """Whether the Hangul name ``text[start:end]`` is a person that only a place's ending of one syllable made a place
    (:data:`_ONE_SYLLABLE_PLACE_ENDINGS`: 한채양 by 양 an ocean's, 송성문 by 문 a gate's): a Korean full name of three
    syllables — a family name, a given name people carry, not transcribed —, no name of the gazetteer or of
    mecab-ko-dic, with a person's title right after it that a particle ends (한채양 대표가, 송성문 선수는: mentions75),
    as :func:`quarter_or_person` reads 洞 and 里. A title before a noun (한라산 대표 코스) says nothing of a person."""
    solid = text[start:end]
    if title is None or title not in KOREAN_TITLES or solid[-1:] not in _ONE_SYLLABLE_PLACE_ENDINGS \
            or not korean_full_name(solid) or _key(solid) in places() or dictionary_place(solid):
        return False
    after = end + 1 if text.startswith(" ", end) else end
    return text.startswith(title, after) and _PARTICLE_AFTER_A_TITLE.match(text, after + len(title)) is not None


_STREAM_OR_QUARTER = ("천", "동")
"""A stream (川: 양재천) or a quarter (洞: 성수동) at the end of a name before a place inside a place (양재천 산책로):
a place, though the name has a person's shape."""
ROUTE_CUE = "ko-route"
"""The cue of a route or a street after a name (X를 거쳐, X까지 가는, X 앞 주점: ``evidence.KOREAN_CUES``): it only
outweighs a Korean name's shape, the weakest evidence of a person (:data:`PERSON_BY_SHAPE`); a name of no other
evidence is left untyped by it, as a company is "gone through" too (삼성전자를 거쳐 LG로: mentions38)."""
MOUNTAIN_CUE = "ko-in-a-mountain"
"""The cue of a name right after a mountain's (한라산 백록담, 설악산 대청봉: a peak, a crater, a trailhead of it;
``korean_names``): like :data:`ROUTE_CUE` it only outweighs a Korean name's shape (mentions38)."""
SHAPE_ONLY_CUES = frozenset({ROUTE_CUE, MOUNTAIN_CUE})
PERSON_BY_SHAPE = "a person by a Korean name's shape"
"""The reason of a person typed by a Korean name's shape alone: the weakest evidence of a person, which a place
coordinated with the name outweighs (정동진과 강릉: the mentions stage)."""


@lru_cache(maxsize=1)
def _place_tests() -> PlaceTests:
    """This module's place tests, for :func:`~bilingual.entities.kind_words.kind_by_words`."""
    return PlaceTests(is_place=is_place, weak_place=weak_place, is_country=is_country, demonym=demonym,
                      korean_name_shape=korean_name_shape, not_team_plurals=NOT_TEAM_PLURALS)
