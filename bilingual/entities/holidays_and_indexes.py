"""Two closed classes of names typed ``other`` whatever their shape: the public holidays and memorial days of Korea
(and a few days kept across East Asia), and the major stock market indexes (mentions22).

Both are public facts, small and closed, which no rule of heads or suffixes can find: 추석 and 현충일 are common nouns
for Kiwi, 코스닥 is a noun and KOSPI an acronym that reads as an organization's. Each list is written from the
public source it cites, not from any fixture.

>>> korean_holiday("현충일"), korean_holiday("기념일")
(True, False)
>>> market_index("KOSPI"), market_index("S&P 500"), market_index("H지수"), market_index("Nikkei")
(True, True, True, False)
"""

from __future__ import annotations

import re

KOREAN_HOLIDAYS = frozenset(
    # the public holidays of 관공서의 공휴일에 관한 규정 (Regulations on Holidays of Government Offices), article 2,
    # with the names they go by (석가탄신일 for 부처님오신날, 성탄절 for 기독탄신일, 3·1절 for 삼일절)
    "삼일절 3·1절 광복절 개천절 한글날 신정 설날 부처님오신날 석가탄신일 어린이날 현충일 추석 한가위 기독탄신일 성탄절 "
    # memorial days of 각종 기념일 등에 관한 규정 (the Regulations on Memorial Days), annex, written as one word
    "제헌절 식목일 어버이날 스승의날 국군의날 근로자의날 노동절 성년의날 "
    # days of the lunar calendar and of other countries that Korean news name as days
    "정월대보름 대보름 단오 동짓날 크리스마스 부활절 추수감사절 핼러윈 할로윈 "
    "밸런타인데이 발렌타인데이 춘절 국경절 광군제 "
    # festivals of South and Southeast Asia that are public holidays there: Thailand's new year and its festival of
    # lights, Vietnam's new year, India's festival of lights (mentions23)
    "송끄란 쏭끄란 러이끄라통 로이끄라통 뗏 디왈리 "
    "라마단".split())
"""Days named in Korean news as days, not as things: the public holidays of Korea's regulations on holidays, the
memorial days of its regulations on memorial days written as one word, and the festivals of the lunar calendar and
of other countries that the news name (춘절, 광군제 — China's Singles' Day —, 추수감사절, 송끄란, 디왈리). Not 설
alone (a theory), nor 동지 (also a comrade)."""

_INDEXES = (
    # Korea Exchange's indexes (KRX): 코스피, 코스닥 and their 200 and 150
    "코스피", "코스닥", "코스피200", "코스닥150", "코스피 200", "코스닥 150", "KOSPI", "KOSDAQ", "Kospi", "Kosdaq",
    "KOSPI 200", "KOSDAQ 150", "Kospi 200",
    # the United States: S&P Dow Jones Indices' S&P 500 and Dow Jones Industrial Average; Nasdaq's composite and 100;
    # FTSE Russell's Russell 2000; Cboe's volatility index
    "S&P 500", "S&P500", "Dow Jones Industrial Average", "다우존스", "다우지수", "다우존스지수", "Nasdaq Composite",
    "나스닥종합지수", "나스닥 종합지수", "Nasdaq 100", "나스닥100", "Russell 2000", "러셀2000", "VIX",
    # Japan, China and Hong Kong: Nikkei 225 (not Nikkei alone, the newspaper), TOPIX, the Hang Seng Index and the
    # Hang Seng China Enterprises Index (H-shares, H지수), the Shanghai Composite, CSI 300
    "Nikkei 225", "닛케이225", "닛케이 225", "닛케이지수", "닛케이평균", "TOPIX", "Hang Seng", "Hang Seng Index",
    "항셍지수", "H지수", "Shanghai Composite", "상하이종합지수", "CSI 300",
    # Europe and India: FTSE 100, DAX, CAC 40, Euro Stoxx 50, Stoxx 600, Sensex, Nifty 50
    "FTSE 100", "DAX", "CAC 40", "Euro Stoxx 50", "Stoxx 600", "Sensex", "Nifty 50",
)
MARKET_INDEXES = frozenset(_INDEXES)
"""The major stock market indexes by the names their publishers give them (Korea Exchange, S&P Dow Jones Indices,
Nasdaq, FTSE Russell, Nikkei, Hang Seng Indexes, China Securities Index, Deutsche Börse, Euronext, STOXX, BSE, NSE)
and the Korean names news use for them. A closed class: the names a market report gives its figures for."""

_INDEX_SHAPE = re.compile(r"[A-Z]{1,4}\s?지수|[가-힣A-Za-z&]{2,}\s(?:Index|Composite)|[가-힣]{2,}종합지수")
"""An index by its shape: an acronym and 지수 (H지수, VIX지수), an English name and Index or Composite ("Hang Seng
Index", "Shenzhen Composite"), a market and 종합지수 (선전종합지수). Not a Hangul word and 지수 alone: 지수 is a
given name as well (김지수)."""


def korean_holiday(name: str) -> bool:
    """Whether a Hangul word is a day of :data:`KOREAN_HOLIDAYS` (spaces ignored: 국군의 날, 스승의 날)."""
    return name.replace(" ", "") in KOREAN_HOLIDAYS


def market_index(name: str) -> bool:
    """Whether ``name`` is a stock market index: one of :data:`MARKET_INDEXES` or of the shapes of
    :data:`_INDEX_SHAPE`."""
    return name in MARKET_INDEXES or _INDEX_SHAPE.fullmatch(name) is not None


_INDEX_NUMBER = re.compile(r" ?\d{2,3}(?![\d,.%])")
"""The number after an index's name written apart ("S&P 500", "Nikkei 225", "CAC 40"): two or three digits, no
figure (a decimal, a percentage) after them."""


def index_number_end(text: str, start: int, end: int) -> int | None:
    """Where a listed index ends when the name ``text[start:end]`` is followed by its number ("S&P" and " 500"), or
    ``None``: the name and the number together must be one of :data:`MARKET_INDEXES`."""
    number = _INDEX_NUMBER.match(text, end)
    if number is None or text[start:number.end()] not in MARKET_INDEXES:
        return None
    return number.end()


LATIN_INDEXES = re.compile(r"(?<![A-Za-z0-9&])(?:" + "|".join(
    re.escape(n) for n in sorted(MARKET_INDEXES, key=len, reverse=True) if n.isascii() and "&" in n)
    + r")(?![A-Za-z0-9&])")  # a Korean particle may follow: S&P 500을
"""The listed indexes in Latin letters with an ampersand (S&P 500), which Kiwi cuts into letters and a symbol in a
Korean sentence: found in the text as they are written."""
