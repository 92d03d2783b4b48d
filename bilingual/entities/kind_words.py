"""Words inside a name that say its kind, for names the knowledge base, the gazetteer and the heads leave untyped.

Each rule is a convention of how names of a kind are written, not a list of names (typer26 branch, docs/kb.md):

- **A company's word at the end of an English name** (:data:`ENGLISH_COMPANY_ENDS`): ``Bros.`` (a firm
  of brothers: Warner Bros.; a name's end, never a person's family name), ``Re`` after a place or a
  people's adjective (a reinsurer: Swiss Re, Munich Re), ``Pictures``, ``Records``, ``Films`` (studios and labels).
- **A word for a newspaper in a European language** anywhere in a Latin name (:data:`NEWSPAPER_WORDS`: Dagblad,
  Zeitung, Gazette, Gazzetta, Diario, Jornal …), as Times or Ilbo end one in English and Korean.
- **A club by its city and a nickname of two words** (Kolkata Knight Riders, Toronto Blue Jays): the one-word
  nickname is :func:`bilingual.entities.gazetteer.city_team`'s.
- **A place's generic word in English** (:data:`ENGLISH_LANDFORM_ENDS`: Desert, Glacier, Canyon, Volcano, Plateau
  …) at the end, or ``Fort`` first (Fort Worth, Fort Nelson: a town grown round a fort).
- **A studio's or a label's word in Hangul**: 스튜디오 before a name written with it (스튜디오드래곤), or …픽처스,
  …레코즈, …브러더스, …익스프레스 at its end (:data:`KOREAN_COMPANY_ENDS`).
- **Latin initials before a Hangul name** (J.K. 롤링, 마크 J. 헤이든: the initials of given names, as in an English
  name written with them; :func:`latin_initials_before`, read by
  :func:`bilingual.entities.evidence.korean_cue_before` as a person's cue), not a country's (U.S., D.C.).
- **Names joined by an ampersand** (Kim & Chang, Latham & Watkins, Procter & Gamble): a partnership or a company
  named after its founders; a person's name holds no ``&`` (lead, stop 36).
- **A place named by a direction**: 북, 남, 동, 서 before a place of the gazetteer written with it (북다르푸르주,
  동아시아), and the two poles (남극, 북극).

- **Transcribed words for a newspaper** (typer29): Sinmun, Sinbo (Korean 신문, 신보 in McCune-Reischauer), Shinbun,
  Shimpo, Nippo (Japanese), Ribao, Wanbao (Chinese), Gazeta, Dziennik (Polish, Russian), Samachar, Patrika (Hindi)
  among :data:`NEWSPAPER_WORDS`; …신보 in Hangul.
- **A region by its country's word for one after its name** (:data:`REGION_WORDS`: Krai, Oblast, Okrug, Raion,
  Governorate, Voivodeship, Aimag) and an English county by -shire (Yorkshire).
- **A team by what it plays or the word Team** (:data:`TEAM_ENDS`: Gaming, Esports, Racing, Motorsport at the end;
  Team anywhere in a name of two words or more; …레이싱, …게이밍 in Hangul).
- **A person by the end of a family name or a patronymic of its language** (:func:`person_by_family_name`, read last
  by the gazetteer, for a name nothing else types: -ovich, -enko, -shvili, -sson, -escu, -wong, a Spanish -ez, Mongolian
  -baatar, -bayar, Dorj); **a monarch's or a pope's title first** (:func:`monarch_titled`, a clause cue of
  :mod:`bilingual.entities.evidence`: Emperor Akihito, not "the Queen Mary 2"); **a code that is a team**
  (:func:`team_code_context`: "T1 beat …", "led T1 to", read by :mod:`bilingual.entities.english_names` before it
  marks capitals and a number as a model's code).
- **typer30**: an NGO by "without borders" at the end (:data:`WITHOUT_BORDERS`: Médecins Sans Frontières); a
  broadcaster by ``TV`` first (TV Asahi); a tract for industry or trade by its two last words
  (:data:`ECONOMIC_ZONE_ENDS`: Kaesong Industrial Complex), a place; a church by ``Church`` after a denomination or
  in a name of three words (Yoido Full Gospel Church); a company by the art it performs (Ballet); a club by the word
  that begins a club's name in Latin or in Hangul (:data:`CLUB_LEADS`: Olympique, Sporting, Dynamo; 올랭피크 …); a
  Korean island romanized as one word (:data:`ROMANIZED_ISLAND`: Heuksando, Songdo); a manufacturer by …공업, an
  arboretum's institution by …수목원, a waterway by …뱃길 or …운하 in Hangul; a king's tomb by …왕릉 (mentions58).
- **typer31**: a drug maker by …약품 in Hangul (:data:`KOREAN_DRUG_MAKER_END`: 한미약품; not 의약품, 화학약품); a
  research firm by ``Research`` at the end (SNE Research); a Spanish name of three words by its patronymic in -ez in
  the middle, before the mother's family name (Lucía Fernández Ortega).

- **typer32**: a performer's or a player's role in a group or a team before a name of one word (:data:`STAGE_ROLES`:
  rapper, vocalist, jungler, mid laner …; :data:`KOREAN_STAGE_ROLES`: 메인보컬, 프로게이머, 정글러 …), read as cues by
  :mod:`bilingual.entities.evidence` and :mod:`bilingual.entities.korean_names`: a stage name or a gamer tag is a
  person's; an esports team's word before a code (the esports team T1, 이스포츠 팀 T1, 프로게임단 X) makes it a team
  (:func:`team_code_context`).

:func:`kind_by_words` is called from one place, :func:`bilingual.entities.gazetteer.mention_type`, after the
words around the name and before a person's shape, so that such a word outweighs a name's shape (Warner Bros was a
person: Warner is a given name) and never outweighs a title or a cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from bilingual.document import MentionType

ENGLISH_COMPANY_ENDS = frozenset("Bros Bros. Pictures Records Films Platforms Dynamics Instruments Metals Mines "
                                 "Minerals Materials Resources Ventures Enterprises Therapeutics Biosciences "
                                 "Robotics".split())
"""Last words of English company names that no person's name ends in: a firm of brothers, a film studio, a record
label, a film distributor; the plural of a field a company works in or of what it sells or holds (Meta Platforms,
Boston Dynamics, Texas Instruments, Altos Ventures: typer33), no English common noun a family name is."""
REINSURER = "Re"
"""A reinsurer's word after its city or its people's adjective (Swiss Re, Munich Re, Hannover Re)."""
NEWSPAPER_WORDS = frozenset(
    "Dagblad Dagbladet Nieuwsblad Zeitung Tageblatt Gazette Gazzetta Corriere Diario Jornal Courant Tidende "
    "Avisen Rundschau Allgemeine Kurier "
    # transcribed (typer29): Korean 신문 and 신보 (新聞, 新報) as McCune-Reischauer writes them, Japanese 新聞, 新報 and
    # 日報 in Hepburn, Chinese 日报, 晚报, 早报 in pinyin, Polish and Russian gazeta, dziennik, vedomosti, izvestiya
    # (gazette, daily, records, news), Hindi samachar and patrika (news, journal)
    "Sinmun Sinbo Shinbun Shimpo Shinpo Nippo Ribao Wanbao Zaobao Gazeta Dziennik Vedomosti Izvestia Izvestiya "
    "Samachar Patrika".split())
"""Words for a newspaper (daily, gazette, courier, review, news) in Dutch, Danish, German, English, Italian, Spanish
and Portuguese, and transcribed from Korean, Japanese, Chinese, Polish, Russian and Hindi, which name a newspaper
wherever they stand in its name (Het Financieele Dagblad, Süddeutsche Zeitung, Corriere della Sera, Rodong Sinmun,
Choson Sinbo, Renmin Ribao, Rossiyskaya Gazeta). Shimbun and Ilbo are :data:`gazetteer.ENGLISH_ORG_HEADS`."""
KOREAN_NEWSPAPER_ENDS = ("신보",)
"""The end of a Korean newspaper's name that :data:`gazetteer.KOREAN_ORG_HEADS` lacks: 신보 (新報, "new report":
조선신보); 신문 and 일보 are heads there."""
TEAM_ENDS = frozenset("Gaming Esports eSports Racing Motorsport Motorsports".split())
"""Last words of the names of esports and motor-racing teams, after a sponsor's or an owner's name (Bilibili Gaming,
Red Bull Racing, Team Penske's kind): what the team does, capitalized as a word of its name, which no person's or
place's name ends in."""
TEAM_WORD = "Team"
"""``Team`` as a word of a name of two words or more (Team Liquid, UAE Team Emirates, Team Sky): a team."""
KOREAN_TEAM_ENDS = ("레이싱", "게이밍", "이스포츠")
"""The same ends transcribed in Hangul (레드불레이싱, …게이밍)."""
STAGE_ROLES = frozenset(
    "rapper vocalist singer dancer idol frontman frontwoman guitarist drummer bassist keyboardist "
    "jungler laner mid-laner top-laner bot-laner gamer pro-gamer".split())
"""Lowercase words of a performer's or a player's role in a group or a team, right before a name of one word
(typer32): "rapper X", "main vocalist X", "jungler X", "mid laner X" (laner as its second word), "pro gamer X",
and "member" after a group's name ("BTS member X", "Aespa's member X"; not "a member Tuesday"). A stage name or a
gamer tag is one word, and it is a person's (the writers' convention: the member is a person, the group or the team
an organization). Not "star", "player" or "leader" alone, which come before clubs and companies as well ("market
leader X")."""
KOREAN_STAGE_ROLES = frozenset(
    "보컬 메인보컬 리드보컬 서브보컬 메인래퍼 리드래퍼 서브래퍼 랩퍼 댄서 메인댄서 리드댄서 "
    "프로게이머 게이머 정글러 미드라이너 탑라이너 원딜 서포터 스트리머".split())
"""The same roles in Hangul, right before a name (메인보컬 X, 프로게이머 X, 정글러 X, a name in quotes after
one as well: 메인보컬 'X'), read as :data:`bilingual.names.titles.KOREAN_OCCUPATIONS` are (가수, 래퍼, 멤버 are there):
a stage name or a gamer tag is a person's (typer32). Not 리더 or 센터, which come before companies and
buildings as well."""
REGION_WORDS = frozenset("Krai Kray Oblast Okrug Raion Rayon Governorate Voivodeship Aimag Aimak".split())
"""Words for a first-level or second-level region after its name in Russia (krai, oblast, okrug, raion), the Arab
states (governorate, muhafazah), Poland (voivodeship, województwo) and Mongolia (aimag): Primorsky Krai, Moscow
Oblast, Basra Governorate. Prefecture and Province are :data:`gazetteer.ENGLISH_PLACE_WORDS`."""
WITHOUT_BORDERS = (("Sans", "Frontières"), ("Sans", "Frontieres"), ("Without", "Borders"))
""""Without borders" at the end of a name, in French or English (Médecins Sans Frontières, Reporters Without
Borders, Ingénieurs Sans Frontières): the convention of humanitarian and professional NGOs that work across borders
(typer30); no person's or place's name ends so."""
BROADCASTER_LEAD = "TV"
"""``TV`` first in a name of two words or three, before a capitalized name (TV Asahi, TV Tokyo, TV Chosun): a
broadcaster, as ``TV`` at the end is one (:data:`gazetteer.ENGLISH_ORG_HEADS`; typer30)."""
ECONOMIC_ZONE_ENDS = (("Industrial", "Complex"), ("Industrial", "Park"), ("Industrial", "Zone"),
                      ("Industrial", "Estate"), ("Economic", "Zone"), ("Trade", "Zone"), ("Science", "Park"),
                      ("Technology", "Park"), ("Export", "Zone"))
"""Two words at the end of the name of a tract of land set apart for industry or trade (Kaesong Industrial Complex,
Incheon Free Economic Zone, Daedeok Science Park): a place, as the gazetteer's Korean 산업단지 and 경제자유구역 are
(typer30)."""
DENOMINATION_WORDS = frozenset("Gospel Presbyterian Methodist Baptist Catholic Anglican Orthodox Evangelical Lutheran "
                               "Pentecostal Reformed Episcopal Adventist Holiness Unification Mennonite".split())
"""Words of a Christian denomination, which before ``Church`` name a congregation or a church body (Yoido Full Gospel
Church, Myungsung Presbyterian Church): an organization; ``Church`` alone after one name is a family name as well
(typer30)."""
PERFORMING_COMPANY_ENDS = frozenset("Ballet".split())
"""The art a company performs, at the end of its name (Korean National Ballet, Royal Ballet, Bolshoi Ballet): the
company, an organization, as 발레단 ends one in Korean; no person's or place's name ends so (typer30). Not Opera nor
Theatre, which name a building or a genre as often (Peking Opera, the Globe Theatre)."""
CLUB_LEADS = frozenset("Olympique Sporting Atlético Atletico Dynamo Dinamo Borussia Spartak Lokomotiv Lokomotiva "
                       "Sparta Slavia Steaua".split())
"""Words that begin the names of European football and sports clubs before their city or a name (Olympique de
Marseille, Sporting Lisbon, Atlético Madrid, Dynamo Kyiv, Borussia Dortmund, Spartak Moscow, Lokomotiv Plovdiv,
Sparta Prague, Slavia Prague, Steaua Bucharest): the club (an athletic society, a dynamo of a works' sports society,
Prussia in Latin), in a name of two words or more (typer30)."""
KOREAN_CLUB_LEADS = ("올랭피크", "스포르팅", "아틀레티코", "디나모", "보루시아", "스파르타크", "로코모티프", "스파르타",
                     "슬라비아")
"""The same words transcribed in Hangul, first in a name of two words (올랭피크 마르세유, 디나모 자그레브)."""
KOREAN_DRUG_MAKER_END = "약품"
"""…약품 (藥品, medicines) at the end of a Hangul name of four syllables or more: a drug maker (한미약품, 유한양행's
peers), as 제약 ends one; not a class of goods (의약품, 화학약품, 위험약품: :data:`DRUG_CLASSES`) (typer31)."""
DRUG_CLASSES = frozenset("의 화학 위험 유해 독성 마약 농 일반의 전문의 완제의 원료의 동물 동물용 수입 신".split())
ENGLISH_KEEPER_ENDS = frozenset("Zoo Aquarium Museum Arboretum".split())
"""An institution that keeps animals, plants or collections, at the end of its name after capitalized words (Chester
Zoo, Bristol Aquarium, Leeds Museum, Westonbirt Arboretum): an organization, as …수목원 and 박물관 are in Korean
(:data:`KOREAN_INSTITUTION_ENDS`); no person's name ends so (mentions53: "Chester Zoo" was read as a given name and
a family name). After a preposition of place the place rule comes first (:func:`gazetteer.mention_type`)."""
ENGLISH_RESEARCH_END = "Research"
"""Research at the end of a name of two words or more whose other words are capitalized or capitals (SNE Research,
Counterpoint Research): a research firm or institute, an organization (typer31); no person's name ends in it."""
KOREAN_INDUSTRY_END = "공업"
"""工業 (industry) at the end of a company's name written solid after its own name of two syllables or more
(홍하이정밀공업, 한일공업): a manufacturer, as 중공업 (a head of :data:`gazetteer.KOREAN_ORG_HEADS`) is one
(typer30); not a field of industry alone (:data:`INDUSTRY_FIELDS`: 화학공업 is the chemical industry)."""
INDUSTRY_FIELDS = frozenset("화학 중화학 석유화학 기계 섬유 전자 자동차 조선 철강 정밀 경 중 수 제조 군수 방위 항공 "
                            "우주 농 광 식품 화학섬유 전기 금속 요업 제지 인쇄 신발 가구 건설 반도체".split())
"""Fields of industry, before 공업 the industry itself, no company (화학공업, 정밀공업, 조선공업)."""
KOREAN_INSTITUTION_ENDS = ("수목원",)
"""An arboretum (樹木園), named as the institution that keeps it (국립수목원, 백두대간수목원), as 박물관 and 미술관 name
their institutions in :data:`gazetteer.KOREAN_ORG_HEADS` (typer30)."""
KOREAN_WATERWAY_ENDS = ("뱃길", "운하")
"""A waterway or a canal at the end of its name (경인아라뱃길, 파나마운하): a place (typer30)."""
KOREAN_ROYAL_TOMB_END = "왕릉"
"""A king's tomb (王陵) at the end of its name, after the king's (무령왕릉, 세종대왕릉): a place, a site one digs or
visits, as the gold's temples and palaces are (mentions58); 릉 alone also ends words of no tomb (구릉, a hill)."""
_RR = (r"(?:kk|tt|pp|ss|jj|ch|g|n|d|r|l|m|b|s|j|k|t|p|h)?"
       r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)(?:ng|k|n|t|l|m|p)?")
ROMANIZED_ISLAND = re.compile(rf"(?=[A-Z])(?=\w*(?:eo|eu|ae|oe|ui|ng)\w*do$)(?:{_RR}){{1,3}}do", re.IGNORECASE)
"""A Korean island romanized as one word: Revised Romanization syllables, one to three, and ``do`` (島) at the end
(Heuksando, Ulleungdo, Geojedo, Songdo), as :data:`gazetteer.ROMANIZED_FEATURE` reads a mountain or a river
(typer30); the stem must hold a spelling of Revised Romanization that Spanish and Italian words ending in -do do not
(eo, eu, ae, oe, ui, ng: not Machado, Delgado, Kendo). A person's romanized name has a space or a hyphen."""
WAYS = frozenset("taekwondo hapkido aikido kumdo kendo judo mikado nintendo".split())
"""Words that end in ``do`` (道, a way) and are no island: martial arts, a title, a company."""
_SHIRE = re.compile(r"[A-Z][a-z]{2,}shire")
"""An English county's name of one word ending in -shire (Old English scīr, a district: Yorkshire, Hampshire)."""
ENGLISH_LANDFORM_ENDS = frozenset("Desert Glacier Canyon Volcano Plateau Steppe Savanna Fjord Lagoon Oasis Atoll "
                                  "Archipelago Delta Basin Gorge Marsh Swamp Reef Trail Caves Cavern Caverns".split())
"""Generic words of landforms that end a place's name in English (Atacama Desert, Perito Moreno Glacier; a reef,
Apo Reef: mentions55; caves, Carlsbad Caverns, Waitomo Caves: mentions61), and a walking route's (Appalachian Trail,
Pacific Crest Trail: mentions58; a trail is where one walks, as a mountain's 탐방로 is in Korean); not ``Park`` or
``Hall`` (family names), nor ``Cave`` alone (Nick Cave), nor the words the gazetteer already reads (Island, Mountain,
River …)."""
_FORT = re.compile(r"Fort\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
_CAMP = re.compile(r"Camp\s+[A-Z][a-z]+")
_STREET_LEAD = re.compile(r"(?:Calle|Avenida|Rua|Rue|Paseo|Rambla|Carrera)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
"""A street of a Romance language by its word first (Calle Ocho, Avenida Paulista, Rua Augusta, Paseo Colón): a
place, whatever given name the first word is in another language (Calle is a Swedish Carl: mentions73; not Via,
a company's word as often)."""
"""A military base named Camp and one word (Camp Humphreys, Camp Page): a place, no person's name (mentions73)."""
KOREAN_STUDIO_LEAD = "스튜디오"
KOREAN_COMPANY_ENDS = ("픽처스", "레코즈", "레코드사", "브러더스", "익스프레스")
"""Ends of Korean transcriptions of company names: pictures (a film studio), records (a label), brothers (a firm),
express (a carrier or a shop: 아메리칸익스프레스, 알리익스프레스)."""
_DIRECTIONS = ("북", "남", "동", "서")
POLES = frozenset({"남극", "북극"})
"""The poles (the Antarctic, the Arctic): places, written as one word of a direction and 극."""
_CAPITALIZED = re.compile(r"[A-Z][a-z]+")
_PARTNERS = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)* & [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*")
"""Capitalized words on both sides of `` & ``: a firm's name (no person's name holds an ampersand)."""
_INITIALS_BEFORE = re.compile(r"(?:^|[^\w.])((?:[A-Z]\.\s?){1,3})\s$")
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. U.A.E. R.O.K. P.R. N.Y. L.A.".split())


def latin_initials_before(before: str) -> bool:
    """Whether the text right before a Hangul name ends in the initials of given names in Latin letters and a space
    (``J.K. ``, ``J. ``): a person's name written as English writes it with initials (J.K. 롤링), not a country's
    or a city's initials (U.S., D.C.)."""
    if not before.endswith(". "):  # the cheap test first
        return False
    match = _INITIALS_BEFORE.search(before)
    return match is not None and match.group(1).replace(" ", "") not in _PLACE_INITIALS


@dataclass(frozen=True)
class PlaceTests:
    """The gazetteer's tests that some conventions read (a place, a country, a people's adjective, a Korean person's
    shape), handed in by :func:`bilingual.entities.gazetteer.mention_type`: this module is read by the gazetteer and
    by the evidence it reads, so it does not import the gazetteer (no import cycle)."""

    is_place: Callable[[str], bool]
    weak_place: Callable[[str], bool]
    is_country: Callable[[str], bool]
    demonym: Callable[[str], bool]
    korean_name_shape: Callable[[str], bool]
    not_team_plurals: Container[str]


def kind_by_words(name: str, places: PlaceTests | None = None) -> tuple[MentionType, str] | None:
    """The type a word inside ``name`` gives it, and why, or ``None`` (see the module's conventions). Without
    ``places`` the conventions that need to know a place (Re after a place, a club by its city, a direction before a
    place) do not fire."""
    if name.isascii() or _latin(name):
        return _latin_kind(name, places)
    words = name.split()
    if len(words) == 2 and words[0] in KOREAN_CLUB_LEADS and all("가" <= c <= "힣" for c in words[1]):
        return "org", f"a club by the word that begins a club's name, transcribed ({words[0]})"
    if " " in name or not all("가" <= c <= "힣" for c in name):
        return None
    return _hangul_kind(name, places)


def _latin(name: str) -> bool:
    return not any("가" <= c <= "힣" for c in name)


def _latin_kind(name: str, places: PlaceTests | None) -> tuple[MentionType, str] | None:
    words = name.split()
    if len(words) < 2:
        if _SHIRE.fullmatch(name):
            return "place", "a county by -shire at the end of its name (Yorkshire)"
        if ROMANIZED_ISLAND.fullmatch(name) and name.lower() not in WAYS:
            return "place", "a Korean island romanized as one word, do (島) at its end (Heuksando)"
        return None
    last = words[-1]
    capitalized = all(_CAPITALIZED.match(w) for w in words)
    if tuple(words[-2:]) in WITHOUT_BORDERS and len(words) >= 3:
        return "org", "an NGO by \"without borders\" at the end of its name (Médecins Sans Frontières)"
    if words[0] == BROADCASTER_LEAD and len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words[1:]):
        return "org", "a broadcaster by TV before its name (TV Asahi)"
    if tuple(words[-2:]) in ECONOMIC_ZONE_ENDS and len(words) >= 3 and _CAPITALIZED.match(words[0]):
        return "place", f"a tract set apart for industry or trade by its words ({' '.join(words[-2:])})"
    if last == "Church" and (len(words) >= 3 or words[-2] in DENOMINATION_WORDS) \
            and all(_CAPITALIZED.match(w) for w in words):
        return "org", "a congregation or a church body by Church at the end of a name of three words or a denomination"
    if last in PERFORMING_COMPANY_ENDS and capitalized:
        return "org", f"a company by the art it performs at the end of its name ({last})"
    if words[0] in CLUB_LEADS and _CAPITALIZED.match(words[1]):
        return "org", f"a club by the word that begins a club's name ({words[0]}: Olympique, Sporting, Dynamo)"
    if last in REGION_WORDS and capitalized:
        return "place", f"a region by the word for a region of its country after its name ({last})"
    if capitalized and (last in TEAM_ENDS or TEAM_WORD in words):
        word = last if last in TEAM_ENDS else TEAM_WORD
        return "org", f"a team by the word for a team or what it plays in its name ({word})"
    if _PARTNERS.fullmatch(name):
        return "org", "a firm by the names joined by & in its name (Kim & Chang, Procter & Gamble)"
    if last in ENGLISH_KEEPER_ENDS and all(_CAPITALIZED.fullmatch(w) for w in words[:-1]):
        return "org", f"an institution that keeps animals, plants or collections by its last word ({last})"
    if last == ENGLISH_RESEARCH_END and all(_CAPITALIZED.fullmatch(w) or w.isupper() for w in words[:-1]):
        return "org", "a research firm or institute by Research at the end of its name (SNE Research)"
    if last in ENGLISH_COMPANY_ENDS and (_CAPITALIZED.fullmatch(words[-2]) or words[-2] in ENGLISH_COMPANY_ENDS):
        # "Warner Bros. Pictures": a company's abbreviation with its full stop before the word (mentions47)
        return "org", f"a company by the word at the end of its name ({last}: a firm, a studio, a label)"
    if last == REINSURER and len(words) == 2 and places is not None \
            and (places.is_place(words[0]) or places.demonym(words[0])):
        return "org", "a reinsurer by Re after its city or its people's adjective (Swiss Re)"
    if any(w in NEWSPAPER_WORDS for w in words):
        return "org", "a newspaper by a word for a newspaper in its name (Dagblad, Zeitung, Gazette)"
    if last in ENGLISH_LANDFORM_ENDS and all(_CAPITALIZED.fullmatch(w) for w in words[:-1]):
        return "place", f"a place by the generic word at the end of its name ({last})"
    if _FORT.fullmatch(name):
        return "place", "a place by Fort before its name (a town grown round a fort)"
    if _CAMP.fullmatch(name):
        return "place", "a place by Camp before its name (a military base or a camp)"
    if _STREET_LEAD.fullmatch(name):
        return "place", "a street by a Romance language's word for a street before its name (Calle, Avenida, Rua)"
    if places is not None and len(words) == 3 and all(_CAPITALIZED.fullmatch(w) for w in words[1:]) \
            and last not in places.not_team_plurals and re.fullmatch(r"[A-Z][a-z]+[^su\W]s", last) \
            and places.is_place(words[0]) and not places.weak_place(words[0]) and not places.is_country(words[0]) \
            and not places.is_place(name):
        return "org", "a club by its city and a nickname of two words, the last a plural (Toronto Blue Jays)"
    return None


def _hangul_kind(solid: str, places: PlaceTests | None) -> tuple[MentionType, str] | None:
    if solid.endswith(KOREAN_INDUSTRY_END) and len(solid) >= 4 and not solid.endswith("중공업") \
            and solid[:-2] not in INDUSTRY_FIELDS:
        return "org", "a manufacturer by 공업 (工業) at the end of its name (홍하이정밀공업)"
    if solid.endswith(KOREAN_DRUG_MAKER_END) and len(solid) >= 4 and solid[:-2] not in DRUG_CLASSES \
            and not solid.endswith("의약품"):
        return "org", "a drug maker by 약품 (藥品) at the end of its name (한미약품)"
    if any(solid.endswith(e) and len(solid) - len(e) >= 2 for e in KOREAN_INSTITUTION_ENDS):
        return "org", "an arboretum named as the institution that keeps it (…수목원)"
    if any(solid.endswith(e) and len(solid) - len(e) >= 2 for e in KOREAN_WATERWAY_ENDS):
        return "place", "a waterway or a canal by the word at the end of its name (…뱃길, …운하)"
    if solid.endswith(KOREAN_ROYAL_TOMB_END) and len(solid) - len(KOREAN_ROYAL_TOMB_END) >= 2:
        return "place", "a king's tomb by 왕릉 (王陵) at the end of its name (무령왕릉)"
    if solid.startswith(KOREAN_STUDIO_LEAD) and len(solid) >= len(KOREAN_STUDIO_LEAD) + 2:
        return "org", "a studio by 스튜디오 before its name, written with it (스튜디오드래곤)"
    if solid.endswith(KOREAN_COMPANY_ENDS) and any(
            solid.endswith(e) and len(solid) - len(e) >= 2 for e in KOREAN_COMPANY_ENDS):
        return "org", "a company by the transcribed word at the end of its name (…픽처스, …레코즈, …익스프레스)"
    if solid.endswith(KOREAN_NEWSPAPER_ENDS) and len(solid) >= 4:
        return "org", "a newspaper by 신보 (新報) at the end of its name (조선신보)"
    if any(solid.endswith(e) and len(solid) - len(e) >= 2 for e in KOREAN_TEAM_ENDS):
        return "org", "a team by what it plays at the end of its name (…레이싱, …게이밍)"
    if solid in POLES:
        return "place", "a pole (남극, 북극)"
    if places is not None and solid.startswith(_DIRECTIONS) and len(solid) >= 4 and places.is_place(solid[1:]) \
            and not places.korean_name_shape(solid):
        return "place", "a place by a direction before a place written with it (북다르푸르주, 동아시아)"
    return None


FAMILY_NAME_ENDS = (
    "ovich", "evich", "ovna", "evna",  # East Slavic patronymics (son, daughter of): Vladimirovich, Ivanovna
    "enko", "enka", "shvili", "opoulos", "akis",  # Ukrainian and Belarusian, Georgian and Greek family names
    "wicz", "escu", "eanu", "oglu", "oğlu",  # Polish, Romanian and Turkish family names of descent (Mickiewicz)
    "sson", "dottir", "dóttir",  # Nordic patronymics (son, daughter of): Gunnarsson, Sigurdardottir
    "wong", "sakul",  # Thai family names: วงศ์ (lineage) and สกุล (family) end many (Rattanawong, Chaisakul)
)
"""Ends of family names or patronymics that state a person's name in their language: descent (son, daughter,
lineage of), written as the last part of the family name. None ends an English place word."""
_SPANISH_PATRONYMIC = re.compile(r"[A-Z][a-zá-úñ]{2,}[a-zñ][eé]z")
"""A Spanish patronymic family name in -ez, "son of" (Fernández of Fernando, Vásquez of Vasco), of five letters or
more (not Suez, Jerez's kind of short place)."""
MONGOLIAN_NAME_ENDS = ("baatar", "bayar", "erdene", "jargal", "tsetseg", "dorj", "suren", "gerel")
"""Ends of Mongolian personal names (hero, joy, jewel, happiness, flower, vajra, Tibetan suren, light): a Mongolian is
named by a patronymic and a given name, both usually compounds (Batbayar Dorj, Enkhjargal)."""
MONARCH_TITLES = frozenset("Pope Emperor Empress King Queen Tsar Czar Tsarina Sultan Shah Emir Kaiser Prince "
                           "Princess".split())
"""Titles of monarchs, their heirs and popes, written before the name they reign or are known by (Emperor Akihito,
Sultan Qaboos, Pope Francis): the name after one is a person's; not Saint (Saint Petersburg is a city)."""
THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)
"""\"the\" right before a name (the text before it ends so): read by :func:`monarch_titled` and by
:mod:`bilingual.entities.evidence`'s team cue."""
_NUMBER_AFTER = re.compile(r"\s*\d")


def monarch_titled(name: str, before: str, after: str) -> bool:
    """Whether a Latin name of two or three words is a monarch's, an heir's or a pope's by the title first
    (:data:`MONARCH_TITLES`, or Crown Prince: Emperor Akihito, Sultan Qaboos), with no "the" before it nor a number
    after it: "the Queen Mary 2", "the King Edward" are ships, hotels and pubs named after one. Read by
    :func:`bilingual.entities.evidence.english_cue` as a clause cue of a person (it types only a name nothing
    else types: "King Haldor County" stays a place)."""
    words = name.split()
    titled = words[1:] if words[:1] and words[0] in MONARCH_TITLES else \
        words[2:] if words[:2] == ["Crown", "Prince"] else []
    return 1 <= len(titled) <= 2 and len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in titled) \
        and not THE_BEFORE.search(before) and not _NUMBER_AFTER.match(after)


_PLACE_LEADS = frozenset("Ciudad Puerto Porto San Santa Santo Villa Port Fort Mount Lake Cape Saint St Typhoon "
                         "Hurricane Cyclone Storm".split())
"""First words of places' and storms' names (Ciudad Juárez, Typhoon Fung-Wong): no person's name begins with one."""
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ\u0100-\u017f]+)?")


def person_by_family_name(name: str, places: PlaceTests) -> str | None:
    """Why a Latin name of two or three words is a person's by the end of its family name or patronymic in its
    language (:data:`FAMILY_NAME_ENDS`, a Spanish patronymic in -ez last or in the middle of three words,
    :data:`MONGOLIAN_NAME_ENDS` in either word), or
    ``None``. Read by :func:`bilingual.entities.gazetteer.mention_type` last, for a name nothing else types: no word
    may be a place (Ulaanbaatar) nor start a place's name (Ciudad Juárez)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words) or words[0] in _PLACE_LEADS:
        return None
    if any(places.is_place(w) for w in words) or places.is_place(name):
        return None
    lower = [w.lower() for w in words]
    if any(w.endswith(FAMILY_NAME_ENDS) and len(w.rsplit("-", 1)[-1]) >= 6 for w in lower[1:]):  # not Fung-Wong
        return "a person by the end of a family name or a patronymic of its language (-ovich, -enko, -sson, -wong)"
    if _SPANISH_PATRONYMIC.fullmatch(words[-1]) or (len(words) == 3 and _SPANISH_PATRONYMIC.fullmatch(words[1])):
        return "a person by a Spanish patronymic family name in -ez, last or before the mother's (Fernández Ortega)"
    if any(w.endswith(MONGOLIAN_NAME_ENDS) and len(w) >= 4 for w in lower):
        return "a person by the end of a Mongolian name (-baatar, -bayar, -erdene, Dorj)"
    return None


_TEAM_BEFORE = re.compile(r"(?:^|\W)(?:beat|beats|defeated|defeats|edged|swept|routed|eliminated|drew\s+with|lost\s+to|"
                          r"fell\s+to|coach\s+of|captain\s+of|signed\s+with|plays\s+for|played\s+for|"
                          r"(?:esports|e-sports|eSports|gaming)\s+(?:team|club|organization|organisation))\s+$"
                          # 이스포츠 팀 T1의, e스포츠 구단 …, 프로게임단 …: the same word in Korean (typer32)
                          r"|(?:^|\s)(?:[eE]스포츠|이스포츠|게임)\s?(?:팀|구단)\s$|(?:^|\s)(?:프로)?게임단\s$")
_TEAM_AFTER = re.compile(r"\s+(?:beat|beats|defeated|defeats|edged|swept|routed|eliminated|drew|lost\s+to|won\s+the|"
                         r"clinched|lifted\s+the)\b")
_LED_TO = re.compile(r"(?:^|\W)led\s+$")


def team_code_context(before: str, after: str) -> bool:
    """Whether the words around a name written like a code (capitals and a number: T1, G2) say it is a team that
    plays: a result or a player's tie before it ("beat X", "coach of X", "signed with X"), an esports team's word
    right before it ("the esports team X", 이스포츠 팀 X, 프로게임단 X: typer32), a result after it ("X beat
    Y", "X won the"), or "led X to" (a title, a final). A model or a product (SU7, A380) is none of these; read by
    :mod:`bilingual.entities.english_names` before it marks a code as a model's."""
    return team_code_context_at(before + after, len(before), len(before))


def team_code_context_at(text: str, start: int, end: int) -> bool:
    """:func:`team_code_context` of the name at ``text[start:end]``, reading only the words next to it (the text
    before and after it is not copied for each name: perf55)."""
    return bool(_TEAM_BEFORE.search(text[max(0, start - 40):start]) or _TEAM_AFTER.match(text, end)
                or (_LED_TO.search(text[max(0, start - 10):start]) and text.startswith(" to ", end)))
