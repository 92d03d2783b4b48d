"""Names whose Hangul translates words instead of transcribing them: 세계은행 / World Bank, 세계무역기구 / World Trade
Organization, 신화통신 / Xinhua News Agency, 북마케도니아 / North Macedonia, 브란덴부르크문 / Brandenburg Gate.

The Korean standard for foreign words (외래어 표기법) transcribes what is said, but the names of international bodies,
parties, news agencies and many companies are written in Korean by meaning, word for word: the Korean names the bodies
and the Ministry of Foreign Affairs (외교부) give the organizations of the UN system (세계보건기구 / World Health
Organization, 국제통화기금 / International Monetary Fund, 국제원자력기구 / International Atomic Energy Agency), and
the press's names of parties (영국 노동당 / Labour Party, 자유민주당 / Liberal Democratic Party) and agencies
(교도통신 / Kyodo News). A country's compass word is translated too (CLDR's Korean territory names: 북마케도니아 /
North Macedonia, 남수단 / South Sudan, 동티모르 / East Timor, 서사하라 / Western Sahara), and a landmark's
generic word (다마스쿠스문 / Damascus Gate, 붉은 광장 / Red Square). Such a name is a translation, which no
spelling table can learn.

:data:`WORDS` lists such Korean words with the English words they translate, each with a name it is written in
(written for this project from those public names; not learned, not from any evaluation file). A Hangul name is read
as its translated words and at most one transcribed core (:func:`translated_cores`): every translated word must find
its English in the Latin name, every content word of the Latin must be used, and the core of each side (what is left)
is then compared by spelling; a name of translated words only (세계은행 / World Bank) fits by its words alone.

>>> translated_cores("세계은행", "World Bank")
('', '', '세계 ~ World, 은행 ~ Bank')
>>> translated_cores("싱가포르국립대", "National University of Singapore")
('싱가포르', 'Singapore', '국립 ~ National, 대 ~ University')
>>> translated_cores("세계은행", "Citibank") is None, translated_cores("스탠퍼드", "Stanford") is None
(True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingual.names.acronyms import is_acronym

WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # international bodies (the Korean names of the UN system's organizations and others)
    ("국제", ("international",), "국제통화기금 / International Monetary Fund"),
    ("세계", ("world",), "세계보건기구 / World Health Organization"),
    ("기구", ("organization", "organisation", "agency"), "세계보건기구 / WHO; 국제원자력기구 / IAEA"),
    ("기금", ("fund",), "국제통화기금 / International Monetary Fund"),
    ("통화", ("monetary",), "국제통화기금 / International Monetary Fund"),
    ("보건", ("health",), "세계보건기구 / World Health Organization"),
    ("무역", ("trade",), "세계무역기구 / World Trade Organization"),
    ("원자력", ("atomic energy", "nuclear"), "국제원자력기구 / International Atomic Energy Agency"),
    ("노동", ("labour", "labor"), "국제노동기구 / International Labour Organization; 노동당 / Labour Party"),
    ("식량", ("food",), "식량농업기구 / Food and Agriculture Organization"),
    ("농업", ("agriculture", "agricultural"), "식량농업기구 / Food and Agriculture Organization"),
    ("해사", ("maritime",), "국제해사기구 / International Maritime Organization"),
    ("연합", ("union", "united"), "아프리카연합 / African Union"),
    ("유엔", ("united nations",), "유엔아동기금 / United Nations Children's Fund"),
    ("아동", ("children's", "children"), "유엔아동기금 / United Nations Children's Fund"),
    ("연맹", ("federation", "league"), "아랍연맹 / Arab League"),
    ("협회", ("association",), "국제항공운송협회 / International Air Transport Association"),
    ("위원회", ("commission", "committee"), "국제올림픽위원회 / International Olympic Committee"),
    ("이사회", ("council", "board"), "안전보장이사회 / Security Council"),
    ("안전보장", ("security",), "안전보장이사회 / Security Council"),
    ("개발", ("development",), "아시아개발은행 / Asian Development Bank"),
    ("부흥", ("reconstruction",), "유럽부흥개발은행 / European Bank for Reconstruction and Development"),
    ("투자", ("investment",), "아시아인프라투자은행 / Asian Infrastructure Investment Bank"),
    ("은행", ("bank",), "세계은행 / World Bank"),
    ("중앙", ("central",), "유럽중앙은행 / European Central Bank"),
    ("연방", ("federal", "federation"), "연방준비제도 / Federal Reserve System; 러시아 연방 / Russian Federation"),
    ("공화국", ("republic",), "중앙아프리카 공화국 / Central African Republic (CLDR)"),
    ("왕국", ("kingdom",), "부탄 왕국 / Kingdom of Bhutan"),
    ("국립", ("national",), "국립과학재단 / National Science Foundation"),
    ("과학", ("science", "scientific"), "국립과학재단 / National Science Foundation"),
    ("재단", ("foundation",), "국립과학재단 / National Science Foundation"),
    ("조약", ("treaty",), "북대서양조약기구 / North Atlantic Treaty Organization"),
    ("동맹", ("alliance",), "북대서양조약기구의 동맹 / the Atlantic Alliance"),
    ("사법", ("justice",), "국제사법재판소 / International Court of Justice"),
    ("형사", ("criminal",), "국제형사재판소 / International Criminal Court"),
    ("재판소", ("court",), "국제형사재판소 / International Criminal Court"),
    ("법원", ("court",), "유럽사법법원 / European Court of Justice"),
    ("적십자", ("red cross",), "국제적십자위원회 / International Committee of the Red Cross"),
    ("인권", ("human rights",), "유엔인권이사회 / United Nations Human Rights Council"),
    ("교육", ("educational", "education"), "유엔교육과학문화기구 / UN Educational, Scientific and Cultural Org."),
    ("문화", ("cultural", "culture"), "유엔교육과학문화기구 / UN Educational, Scientific and Cultural Org."),
    ("정보국", ("intelligence agency",), "중앙정보국 / Central Intelligence Agency"),
    ("증권거래소", ("stock exchange",), "뉴욕증권거래소 / New York Stock Exchange"),
    ("거래소", ("exchange",), "런던금속거래소 / London Metal Exchange"),
    ("경제", ("economic", "economics", "economy"), "세계경제포럼 / World Economic Forum; 유럽경제공동체 / European "
     "Economic Community"),
    ("공동체", ("community",), "유럽경제공동체 / European Economic Community"),
    ("민족", ("national",), "아프리카민족회의 / African National Congress"),
    ("회의", ("congress", "conference"), "아프리카민족회의 / African National Congress"),
    ("금속", ("metal",), "런던금속거래소 / London Metal Exchange"),
    # parties, armed bodies, news agencies and papers
    ("당", ("party",), "노동당 / Labour Party"),
    ("공화", ("republican",), "공화당 / Republican Party"),
    ("민주", ("democratic",), "민주당 / Democratic Party"),
    ("자유", ("liberal", "free"), "자유민주당 / Liberal Democratic Party"),
    ("보수", ("conservative",), "보수당 / Conservative Party"),
    ("녹색", ("green",), "녹색당 / Green Party"),
    ("사회", ("social", "socialist"), "사회민주당 / Social Democratic Party"),
    ("인민", ("people's", "peoples", "people"), "중국인민은행 / People's Bank of China; 인민일보 / People's Daily"),
    ("국민", ("national",), "국민전선 / National Front"),
    ("전선", ("front",), "국민전선 / National Front"),
    ("혁명", ("revolutionary",), "콜롬비아무장혁명군 / Revolutionary Armed Forces of Colombia"),
    ("무장", ("armed",), "콜롬비아무장혁명군 / Revolutionary Armed Forces of Colombia"),
    ("군", ("army", "forces"), "아일랜드공화군 / Irish Republican Army"),
    ("수비대", ("guard corps", "guards", "guard"), "국경수비대 / Border Guard"),
    ("해군", ("navy",), "영국 해군 / Royal Navy"),
    ("공군", ("air force",), "미 공군 / US Air Force"),
    ("통신", ("news agency", "news"), "교도통신 / Kyodo News; 신화통신 / Xinhua News Agency"),
    ("일보", ("daily",), "인민일보 / People's Daily"),
    ("방송", ("broadcasting",), "영국방송공사 / British Broadcasting Corporation"),
    ("공사", ("corporation",), "영국방송공사 / British Broadcasting Corporation"),
    # companies' words said in Korean
    ("전자", ("electronics",), "파나소닉 전자 / Panasonic Electronics"),
    ("자동차", ("motor", "motors"), "제너럴모터스 … 포드자동차 / Ford Motor"),
    ("중공업", ("heavy industries",), "미쓰비시중공업 / Mitsubishi Heavy Industries"),
    ("화학", ("chemical", "chemicals"), "다우화학 / Dow Chemical"),
    ("제약", ("pharmaceutical", "pharmaceuticals"), "다케다제약 / Takeda Pharmaceutical"),
    ("석유", ("petroleum", "oil"), "영국석유 / British Petroleum"),
    ("철강", ("steel",), "US스틸 … 일본제철 / Nippon Steel"),
    ("항공", ("airlines", "airways"), "영국항공 / British Airways"),
    ("대학교", ("university",), "서울대학교 / Seoul National University"),
    ("대학", ("university", "college"), "옥스퍼드 대학 / Oxford University"),
    ("대", ("university",), "스탠퍼드대 / Stanford University"),
    # a country's own Korean name, a Sino-Korean word and not a transcription (CLDR's Korean territory names: 중국,
    # 인도, 일본, 미국, 영국, 독일, 호주), before a body's or a sea's words (fx50)
    ("중국", ("china", "chinese"), "중국개발은행 / China Development Bank"),
    ("인도", ("india", "indian"), "인도국민군 / Indian National Army"),
    ("일본", ("japan", "japanese"), "일본항공 / Japan Airlines"),
    ("미국", ("america", "american", "united states"), "미국 해군 / United States Navy"),
    ("영국", ("britain", "british", "united kingdom"), "영국항공 / British Airways; 영국석유 / British Petroleum"),
    ("독일", ("germany", "german"), "독일 연방은행 / German Federal Bank"),
    ("호주", ("australia", "australian"), "호주 국립대 / Australian National University"),
    # a country's compass word (CLDR's Korean territory names)
    ("북", ("north", "northern"), "북마케도니아 / North Macedonia; 북아일랜드 / Northern Ireland"),
    ("남", ("south", "southern"), "남수단 / South Sudan"),
    ("동", ("east", "eastern"), "동티모르 / East Timor"),
    ("서", ("west", "western"), "서사하라 / Western Sahara"),
    # a landmark's generic word
    ("문", ("gate",), "다마스쿠스문 / Damascus Gate"),
    ("광장", ("square",), "붉은 광장 / Red Square; 톈안먼 광장 / Tiananmen Square"),
    ("궁전", ("palace",), "베르사유 궁전 / Palace of Versailles"),
    ("대성당", ("cathedral",), "쾰른 대성당 / Cologne Cathedral"),
)
"""Korean words that translate a word of an organization's, a country's or a landmark's name, the English words or
phrases they translate, and a name each is written in."""

LEFT_OUT = frozenset({"the", "of", "and", "&", "for"})
"""Latin words the Korean name leaves out (the National University of Singapore / 싱가포르국립대; Bosnia and
Herzegovina / 보스니아헤르체고비나, as CLDR's Korean names write Trinidad & Tobago 트리니다드 토바고)."""
FIRST_ONLY = frozenset({"북", "남", "동", "서"})
"""Words of one syllable read only at the Hangul's start (a compass word before a country); every other word of one
syllable only at its end (노동당, 스탠퍼드대, 브란덴부르크문), so that a transcription's syllable is not read as one."""
MIN_WORDS_ALONE = 2
"""A name read as translated words only has at least this many (세계은행): one word alone is a common noun."""

_ENGLISH: dict[str, tuple[tuple[str, ...], ...]] = {}
for _korean, _phrases, _ in WORDS:
    _ENGLISH[_korean] = tuple(dict.fromkeys(_ENGLISH.get(_korean, ()) + tuple(tuple(p.split()) for p in _phrases)))
_BY_LENGTH = sorted(_ENGLISH, key=len, reverse=True)
_FIRST_WORDS = frozenset(phrase[0] for phrases in _ENGLISH.values() for phrase in phrases)
"""The words an English phrase of :data:`WORDS` starts with: a Latin name with none of them has no translated word."""
_PUNCT = re.compile(r"^[.,'’]+|[.,]+$")


def _fold(word: str) -> str:
    return _PUNCT.sub("", word.casefold().replace("’", "'"))


def _segmentations(text: str, start: int, end: int, at_start: bool) -> list[tuple[str, ...]]:
    """Every way ``text[start:end]`` is a sequence of :data:`WORDS`' Korean words (one syllable only where allowed)."""
    if start == end:
        return [()]
    out = []
    for word in _BY_LENGTH:
        if not text.startswith(word, start) or start + len(word) > end:
            continue
        if len(word) == 1:
            first = at_start and start == 0 and word in FIRST_ONLY
            last = end == len(text) and start + 1 == end and word not in FIRST_ONLY
            if not (first or last):
                continue
        out += [(word, *rest) for rest in _segmentations(text, start + len(word), end, at_start)]
    return out


def _assign(words: tuple[str, ...], latin: list[str],
            used: frozenset[int]) -> tuple[frozenset[int], tuple[str, ...], tuple[int, ...]] | None:
    """The Latin words' indices ``words``' English takes (each a contiguous phrase, none taken twice, in the order of
    ``words``), each word's phrase as the Latin writes it, and where each starts; ``None`` when a word finds none."""
    if not words:
        return used, (), ()
    for phrase in _ENGLISH[words[0]]:
        n = len(phrase)
        for i in range(len(latin) - n + 1):
            span = frozenset(range(i, i + n))
            if span & used or tuple(_fold(w) for w in latin[i:i + n]) != phrase:
                continue
            rest = _assign(words[1:], latin, used | span)
            if rest is not None and (not rest[2] or rest[2][0] > i):  # in the Hangul's order
                return rest[0], (" ".join(latin[i:i + n]), *rest[1]), (i, *rest[2])
    return None


def _in_order(heads: int, starts: tuple[int, ...], core: list[int], content: list[str], latin: str) -> bool:
    """Whether the Latin writes the core where the Hangul does (after its first ``heads`` translated words, before the
    rest: 신화통신 / Xinhua News Agency), or last after ``of`` (싱가포르국립대 / National University of Singapore; the
    translated words, in order, before it), as English writes a name; not 하버드대 / University Harvard."""
    if all(s < core[0] for s in starts[:heads]) and all(s > core[-1] for s in starts[heads:]):
        return True
    words = latin.replace("&", " & ").split()
    first = content[core[0]]
    k = next((n for n, w in enumerate(words) if w == first), 0)
    if k > 1 and _fold(words[k - 1]) == "the":
        k -= 1  # of the Congo (콩고민주공화국 / Democratic Republic of the Congo, CLDR)
    return core[-1] == len(content) - 1 and k > 0 and _fold(words[k - 1]) == "of" and all(s < core[0] for s in starts)


GENITIVES = frozenset({"of", "for"})
"""English words after which a name's phrase follows the word it qualifies, where Korean writes that phrase first:
International Committee of the Red Cross / 국제적십자위원회, European Bank for Reconstruction and Development /
유럽부흥개발은행, Organization of the Petroleum Exporting Countries / 석유수출국기구 (Korean puts a modifier, a
genitive among them, before its head noun)."""


def _korean_orders(latin: str, content: list[str]) -> tuple[tuple[int, ...], ...]:
    """The orders (of ``content``'s indices) in which the Hangul may write the Latin's content words: as the Latin
    writes them, and, when a content word follows the first of :data:`GENITIVES` and another precedes it, the phrase
    after it moved just before the word the English puts before ``of`` (국제 적십자 위원회: International, Red Cross,
    Committee) or before the whole name (유엔식량농업기구: United Nations, Food, Agriculture, Organization)."""
    own = tuple(range(len(content)))
    words = latin.replace("&", " & ").split()
    at = next((k for k, w in enumerate(words) if _fold(w) in GENITIVES), None)
    if at is None:
        return (own,)
    p = sum(1 for w in words[:at] if _fold(w) and _fold(w) not in LEFT_OUT)
    if not 0 < p < len(content):
        return (own,)
    after, before = own[p:], own[:p]
    return tuple(dict.fromkeys((own, before[:-1] + after + before[-1:], after + before)))


@lru_cache(maxsize=16384)
def translated_cores(hangul: str, latin: str) -> tuple[str, str, str] | None:
    """The two names' transcribed cores (either both empty, or both not) and what was read as translated
    (``세계 ~ World, 은행 ~ Bank``), when the Hangul is translated words around at most one core, the Latin's content
    words (all but :data:`LEFT_OUT`) are those words' English and one contiguous core, and the two cores are both
    empty or both not; else ``None``. The translated words are read in the Hangul's order, in the Latin as written
    or in an order Korean gives a phrase after ``of`` or ``for`` (:func:`_korean_orders`, fx52). The reading with the
    longest translated part wins.

    >>> translated_cores("국제적십자위원회", "International Committee of the Red Cross")[2]
    '국제 ~ International, 적십자 ~ Red Cross, 위원회 ~ Committee'
    """
    compact = "".join(hangul.split())
    content = [w for w in (latin.replace("&", " & ").split()) if _fold(w) and _fold(w) not in LEFT_OUT]
    if not compact or not any(_fold(w) in _FIRST_WORDS for w in content) or not any(w in compact for w in _ENGLISH):
        return None
    orders = _korean_orders(latin, content)
    n = len(compact)
    best: tuple[int, str, str, str] | None = None
    for i in range(n + 1):
        heads = _segmentations(compact, 0, i, True)
        if not heads:
            continue
        for j in range(i, n + 1):
            if (i, j) == (0, n):
                continue  # nothing translated
            tails = _segmentations(compact, j, n, i == j == 0)
            for head in heads:
                for tail in tails:
                    words = head + tail
                    if not words or (i == j and len(words) < MIN_WORDS_ALONE):
                        continue
                    read = _read_in_order(words, len(head), i == j, content, orders, latin)
                    if read is None:
                        continue
                    core, said = read
                    label = ", ".join(f"{w} ~ {s}" for w, s in zip(words, said, strict=True))
                    key = sum(map(len, words))
                    if best is None or key > best[0]:
                        best = (key, compact[i:j], core, label)
    return None if best is None else best[1:]


def _read_in_order(words: tuple[str, ...], heads: int, no_core: bool, content: list[str],
                   orders: tuple[tuple[int, ...], ...], latin: str) -> tuple[str, tuple[str, ...]] | None:
    """The Latin's core and each word's phrase as the Latin writes it, for the first order of ``orders`` in which
    ``words``' English is found in the Hangul's order, every other content word making one core (contiguous in the
    Latin too) where the Hangul has one and none where it has none; ``None`` when no order reads them."""
    for order in orders:
        seen = [content[k] for k in order]
        found = _assign(words, seen, frozenset())
        if found is None:
            continue
        used, said, starts = found
        rest = [k for k in range(len(seen)) if k not in used]
        if no_core != (not rest) or (rest and rest != list(range(rest[0], rest[-1] + 1))):
            continue  # a core on one side only, or a Latin core in pieces
        if rest and order is orders[0] and not _in_order(heads, starts, rest, content, latin):
            continue
        if rest and order is not orders[0]:
            where = sorted(order[k] for k in rest)
            if where != list(range(where[0], where[-1] + 1)) or not (
                    all(s < rest[0] for s in starts[:heads]) and all(s > rest[-1] for s in starts[heads:])):
                continue  # the core where the Hangul has it, and one run of the Latin's words
        return " ".join(seen[k] for k in rest), said
    return None


@lru_cache(maxsize=16384)
def acronym_of_translation(hangul: str, latin: str) -> str | None:
    """What was read (``중앙 ~ C(entral), 정보국 ~ I(ntelligence) A(gency)``) when the Latin is an acronym in capitals
    (:func:`~bilingual.names.acronyms.is_acronym`) of the English of the Hangul's words, every one of them translated
    (:data:`WORDS`, at least :data:`MIN_WORDS_ALONE`): 중앙정보국 / CIA, 세계보건기구 / WHO, 국제통화기금 / IMF,
    국제원자력기구 / IAEA. Korean writes such a body by its translated name, English by the initials of its English
    name (fx49); the words :data:`LEFT_OUT` give no letter (Food and Agriculture Organization / FAO). ``None``
    otherwise.

    >>> acronym_of_translation("중앙정보국", "CIA"), acronym_of_translation("세계보건기구", "WHO")
    ('중앙 ~ C(entral), 정보국 ~ I(ntelligence) A(gency)', '세계 ~ W(orld), 보건 ~ H(ealth), 기구 ~ O(rganization)')
    >>> acronym_of_translation("세계보건기구", "WTO") is None, acronym_of_translation("중앙", "CE") is None
    (True, True)
    """
    letters = latin.strip()
    if not is_acronym(letters):
        return None
    compact = "".join(hangul.split())
    for words in _segmentations(compact, 0, len(compact), True):
        if len(words) >= MIN_WORDS_ALONE:
            said = _spell(words, letters)
            if said is not None:
                return ", ".join(f"{w} ~ {s}" for w, s in zip(words, said, strict=True))
    return None


def _spell(words: tuple[str, ...], letters: str) -> tuple[str, ...] | None:
    """Each word's English phrase (its words' initials in capitals, the rest in brackets) when the initials of the
    phrases chosen, in order, are ``letters``; ``None`` when no choice gives them."""
    if not words:
        return () if not letters else None
    for phrase in _ENGLISH[words[0]]:
        initials = "".join(w[0].upper() for w in phrase if w not in LEFT_OUT)
        if letters.startswith(initials):
            rest = _spell(words[1:], letters[len(initials):])
            if rest is not None:
                said = " ".join(f"{w[0].upper()}({w[1:]})" if w not in LEFT_OUT else w for w in phrase)
                return (said, *rest)
    return None
