"""Numbers in Korean and English text, normalized so that the two sides of a translation can be compared.

Korean number words and units are read as values (1억1천만 달러 = 110,000,000 USD, 12조3천억 = 12.3 trillion,
9일 = 9, 1992년 = 1992, 두 명 = 2), and so are English amounts (``$110 million``, ``12.3 trillion``, ``3.5 percent``,
``the 9th``, ``six``, ``October`` = 10). Digits inside names and codes (G20, F-16, 6·25) are not quantities.

>>> [(q.text, q.value, q.unit) for q in find_numbers("1억1천만 달러와 3.5%", "ko")]
[('1억1천만 달러', 110000000.0, 'USD'), ('3.5%', 3.5, 'percent')]
>>> [(q.text, q.value, q.unit) for q in find_numbers("$110 million, up 3.5 percent on the 9th", "en")]
[('$110 million', 110000000.0, 'USD'), ('3.5 percent', 3.5, 'percent'), ('9th', 9.0, None)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bilingual.text.scripts import SYLLABLES

QuantityKind = Literal["day", "month", "year", "hour", "years", "months", "weeks", "days", "hours", "minutes",
                       "seconds", "age", "times", "ordinal", "century", "clock", "clock12", "code", "approx"]


@dataclass(frozen=True)
class Quantity:
    """A number found in text: its span, its value, and its unit (a currency code, ``percent``, or ``None``)."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None
    kind: QuantityKind | None = None
    """What the number counts where the text says so: ``day`` (9일, the 9th, Oct. 9), ``month`` (10월,
    October), ``year`` (1992년, 1992), ``hour`` (5시, 8 a.m.); durations ``years``, ``months``, ``weeks``,
    ``days``, ``hours``, ``minutes``, ``seconds`` (3개월, 10 days); ``age`` (26살, 24 years old); ``times``
    (2배); ``ordinal`` (first); ``century`` (11세기, the 11th century); a time of day in minutes after
    midnight, ``clock`` (오후 9시 45분, 9:45 p.m., 21:45) or ``clock12`` when the half of the day is not said
    (9시 45분, 9:45); ``code`` for the digits of a designation (B-52, KTX-2, G20: the unit is ``code:`` and
    the letters); ``approx`` for an order of magnitude in words (수백만, "millions", "hundreds of billions":
    the value is the least it can be, :attr:`upto` the bound it stays under); else ``None``."""
    upto: float | None = None


def find_numbers(text: str, lang: str) -> list[Quantity]:
    """The quantities in ``text``, in order; ``lang`` is ``"ko"`` or ``"en"`` (anything else: digits only).
    Times of day and the digits of designations are read first; the other readers fill the rest."""
    if lang == "ko":
        found = _korean(text)
    elif lang == "en":
        found = _english(text)
    else:
        found = [q for q in _english(text) if q.text[:1].isdigit() or q.text[:1] == "$"]
    return _overlay(found, sorted(_clocks(text, lang) + _codes(text) + _approx(text, lang), key=lambda q: q.start))


_KO_APPROX = re.compile(r"(?<![\d가-힣])수\s?(십|백|천)?\s?(만|억|조)?(?=[\s명개달원유위파엔만억조]|$)")
_EN_APPROX = re.compile(r"\b(?:(tens|hundreds|thousands) of )?(thousands|millions|billions|trillions)\b|"
                        r"\b(tens|hundreds) of (?!thousands|millions|billions|trillions)", re.IGNORECASE)
_ORDER = {"십": 1, "백": 2, "천": 3, "만": 4, "억": 8, "조": 12, "tens": 1, "hundreds": 2, "thousands": 3,
          "millions": 6, "billions": 9, "trillions": 12}


def _approx(text: str, lang: str) -> list[Quantity]:
    """Orders of magnitude in words: 수백만 (a few million: 10⁶ to 10⁷), 수십억, "millions" (10⁶ to 10⁹),
    "hundreds of billions" (10¹¹ to 10¹²)."""
    out: list[Quantity] = []
    if lang == "ko":
        for m in _KO_APPROX.finditer(text):
            if m.group(1) is None and m.group(2) is None:
                continue
            order = _ORDER[m.group(1) or "십"] * (m.group(1) is not None) + _ORDER[m.group(2) or "십"] * (
                m.group(2) is not None)
            out.append(Quantity(m.start(), m.end(), m.group(0), 10.0 ** order, None, "approx", 10.0 ** (order + 1)))
        return out
    for m in _EN_APPROX.finditer(text):
        if m.group(3):
            order = _ORDER[m.group(3).lower()]
            out.append(Quantity(m.start(), m.end(), m.group(0).strip(), 10.0 ** order, None, "approx",
                                10.0 ** (order + 1)))
            continue
        big = _ORDER[m.group(2).lower()]
        if m.group(1):
            order = big + _ORDER[m.group(1).lower()]
            out.append(Quantity(m.start(), m.end(), m.group(0), 10.0 ** order, None, "approx", 10.0 ** (order + 1)))
        else:
            out.append(Quantity(m.start(), m.end(), m.group(0), 10.0 ** big, None, "approx", 10.0 ** (big + 3)))
    return out


def _overlay(found: list[Quantity], first: list[Quantity]) -> list[Quantity]:
    """``first`` (clock times, codes) and the quantities of ``found`` that overlap none of them, in order."""
    out: list[Quantity] = []
    k = 0
    taken: list[Quantity] = []
    for q in first:
        if taken and q.start < taken[-1].end:
            continue
        taken.append(q)
    for q in found:
        while k < len(taken) and taken[k].end <= q.start:
            out.append(taken[k])
            k += 1
        if k < len(taken) and taken[k].start < q.end:
            continue
        out.append(q)
    out.extend(taken[k:])
    return out


# -- times of day and designations ----------------------------------------------------------------------
_KO_CLOCK = re.compile(r"(?:(오전|오후|새벽|아침|낮|저녁|밤)\s?)?(?<![\d.,])(\d{1,2})시(?!간|대|즌|기|장|청|민|의회|리)"
                       r"(?:\s?(\d{1,2})분|\s?(반))?")
_EN_CLOCK = re.compile(r"(?<![\w.,:$])(\d{1,2})(?::(\d{2})(?![\d:]))?"
                       r"(?:\s?(a\.m\.?|p\.m\.?|am|pm|AM|PM|o'clock|hours)(?![A-Za-z]))?")
_LATER_HALF = ("오후", "저녁", "밤", "p")
_CODE = re.compile(r"(?<![\w$])([A-Za-z]{1,6})(-?)(\d+)(?![\d,.]?\d)")


def _clocks(text: str, lang: str) -> list[Quantity]:
    """Times of day, in minutes after midnight: 오후 9시 45분, 9시 반, 9:45 p.m., 21:45, 8 a.m., 5 o'clock."""
    out: list[Quantity] = []
    if lang == "ko":
        for m in _KO_CLOCK.finditer(text):
            half, hour = m.group(1), int(m.group(2))
            minute = 30 if m.group(4) else int(m.group(3) or 0)
            out.append(_clock(m.start(), m.end(), text, hour, minute, half))
        return out
    for m in _EN_CLOCK.finditer(text):
        if m.group(2) is None and m.group(3) in (None, "hours"):
            continue  # a bare number
        hour, minute, half = int(m.group(1)), int(m.group(2) or 0), m.group(3)
        out.append(_clock(m.start(), m.end(), text, hour, minute, half[0].lower() if half and half[0] in "apAP"
                          else half))
    return out


def _clock(start: int, end: int, text: str, hour: int, minute: int, half: str | None) -> Quantity:
    known = half is not None and half not in ("o'clock", "hours")
    if known and half in _LATER_HALF and hour < 12:
        hour += 12
    elif known and half in ("오전", "새벽", "a") and hour == 12:
        hour = 0
    known = known or hour == 0 or hour > 12
    return Quantity(start, end, text[start:end], float(hour * 60 + minute), None, "clock" if known else "clock12")


def _codes(text: str) -> list[Quantity]:
    """The digits of designations, read as a value with the letters for unit: B-52, KTX-2, G20, NW1."""
    out: list[Quantity] = []
    for m in _CODE.finditer(text):
        letters = m.group(1).upper()
        if letters in _CODE_CURRENCIES:  # euro500, USD20: an amount
            out.append(Quantity(m.start(), m.end(), m.group(0), float(m.group(3)), _CODE_CURRENCIES[letters]))
        else:
            out.append(Quantity(m.start(), m.end(), m.group(0), float(m.group(3)), "code:" + letters, "code"))
    return out


_CODE_CURRENCIES = {"EURO": "EUR", "EUROS": "EUR", "EUR": "EUR", "USD": "USD", "US": "USD", "KRW": "KRW",
                    "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY"}


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_KO_DATE = re.compile(r"(?<![\d.])(\d{1,2})월\s?(\d{1,3})일")
_MONTH_NAMES = "|".join(sorted(
    "January February March April June July August September October November December Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec".split(), key=len, reverse=True))
_EN_DATE = re.compile(rf"\b({_MONTH_NAMES})\.?\s(\d{{1,3}})(?!\d|,\d|:)(?!\s?(?:percent|%))"
                      rf"|(?<![\d.,$])(\d{{1,3}})(?:st|nd|rd|th)?\s({_MONTH_NAMES})\b")


def impossible_dates(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of dates no calendar has: 9월 31일, Sept. 81, 45 June, 13월."""
    out: list[tuple[int, int]] = []
    if lang == "ko":
        for m in _KO_DATE.finditer(text):
            month, day = int(m.group(1)), int(m.group(2))
            if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
                out.append((m.start(), m.end()))
        return out
    for m in _EN_DATE.finditer(text):
        name, digits = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = _MONTH_NUMBERS[name.lower()]
        if not 1 <= int(digits) <= _DAYS_IN_MONTH[month - 1]:
            out.append((m.start(), m.end()))
    return out


def same_value(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities state the same thing: equal values in compatible units. Large amounts
    (100,000 and more) may differ by 1 % (translators round 1억2천340만 to 123 million)."""
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return False
    if a.value == b.value:
        return True
    places = min(_decimals(a.text), _decimals(b.text))
    if max(_decimals(a.text), _decimals(b.text)) > places and round(a.value, places) == round(b.value, places):
        return True  # 3.034 and 3.0344: one side rounded
    big = max(abs(a.value), abs(b.value))
    return big >= 1e5 and abs(a.value - b.value) <= 0.01 * big


def spelled_out(q: Quantity) -> bool:
    """A small number spelled out in words (three, first); "ten million" is a figure like any other."""
    return not any(c.isdigit() for c in q.text) and q.value <= 20


def _decimals(text: str) -> int:
    digits = re.search(r"\d+(?:,\d{3})*(?:\.(\d+))?", text)
    return len(digits.group(1)) if digits and digits.group(1) else 0


_CALENDAR = frozenset({"day", "month", "year", "hour"})
_MEASURES = frozenset({"km", "kg", "mph", "miles", "cm", "mm", "m", "g", "t", "lbs", "feet", "inches"})
_COMPATIBLE = frozenset({frozenset({"day", "days"})})  # 10일 is the 10th, or ten days (10일 동안)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether a difference between two quantities is a real disagreement and not a conversion
    (won into dollars) or a different kind of number (a date beside a count).

    Units must agree, except that a currency or percent may be left off one side ("$50-75"); a measure
    (km, miles, kg) is compared only with the same measure, since translations convert them. Calendar
    fields (day, month, year, hour) compare only with the same field; other kinds (durations, ages, times)
    compare with the same kind or with a bare number. A number spelled out in words (``three``) compares
    only with numbers up to 20, and an ordinal (``first``) only with another: news style spells out small
    numbers only, and "a third" or "first" seldom translate a figure."""
    if a.unit != b.unit and (a.unit in _MEASURES or b.unit in _MEASURES or None not in (a.unit, b.unit)):
        return False  # km beside miles is a conversion; "$50-75" may leave the second figure bare
    for x, y in ((a, b), (b, a)):
        if spelled_out(x) and x.kind != "month" and (y.value > 20 or (x.kind == "ordinal" and y.kind != "ordinal")):
            return False
    if a.kind == b.kind or frozenset({a.kind, b.kind}) in _COMPATIBLE:
        return True
    if a.kind in _CALENDAR or b.kind in _CALENDAR:
        return False
    return a.kind is None or b.kind is None


# -- Korean ----------------------------------------------------------------------------------------------
_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"
_SMALL = {"십": 10, "백": 100, "천": 1000}
_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
_KO_CURRENCY = {"달러": "USD", "불": "USD", "원": "KRW", "엔": "JPY", "유로": "EUR", "위안": "CNY", "파운드": "GBP"}
_KO_PERCENT = ("%", "퍼센트", "프로")
_KO_TOKEN = re.compile(rf"({_DIGITS})|([십백천])|([만억조])")
_KO_START = re.compile(rf"(?<![A-Za-z\d.,·])(?<![A-Za-z]-)({_DIGITS})(?![A-Za-z·.]?\d)")
_KO_UNIT = re.compile(r"\s?(달러|불|원|엔|유로|위안|파운드|%|퍼센트|프로)")
_MEASURE = re.compile(r"[\s\-]?(km|kg|mph|miles?|cm|mm|m|g|t|lbs?|feet|ft|inch(?:es)?|kilomet(?:er|re)s?|kilograms?|"
                      r"met(?:er|re)s?|tons?|tonnes?|킬로미터|킬로그램|마일|미터|톤)"
                      r"(?![A-Za-z])")
_MEASURE_NAMES = {"킬로미터": "km", "킬로그램": "kg", "마일": "miles", "mile": "miles", "미터": "m", "톤": "t",
                  "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "kilogram": "kg",
                  "kilograms": "kg", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "ton": "t", "tons": "t",
                  "tonne": "t", "tonnes": "t",
                  "lb": "lbs", "ft": "feet", "inch": "inches"}
_KO_SUFFIX = re.compile(r"\s?(?:개국|개월|주년|차례|시간|세기|"
                        r"년|월|일|명|개|번|시|분|초|세|살|위|배|권|대|차|호|층|곳)")
_KO_KINDS: dict[str, QuantityKind] = {"일": "day", "월": "month", "개월": "months", "배": "times", "주년": "years",
                                      "시": "hour", "시간": "hours", "분": "minutes", "초": "seconds",
                                      "세": "age", "살": "age", "세기": "century"}
_NATIVE = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
           "스무": 20}
_COUNTERS = "명|개|번|차례|가지|살|시간|달|곳|척|대|마리|권|채|군데|개국|개월|주|해|배"
_KO_NATIVE = re.compile(rf"(?<![{SYLLABLES}])({'|'.join(sorted(_NATIVE, key=len, reverse=True))})\s?(?={_COUNTERS})")


def _korean(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    pos = 0
    while True:
        m = _KO_START.search(text, pos)
        if m is None:
            break
        start, end = m.start(), m.end()
        if start > 0 and (text[start - 1].isascii() and text[start - 1].isalpha()):
            pos = end  # G20, F16
            continue
        if re.fullmatch(r"(?:19|20)\d\d\.\d\d", m.group(1)):
            pos = end  # 2006.09: a year and month written with a dot, not a decimal
            continue
        # digits and Korean magnitude words: 1억1천만, 12조3천억, 3천, 2만5천, and with a space after a
        # magnitude word when a smaller magnitude follows (12조 3천억, 5만 6천 명, 1억 5000만 달러)
        value, scan, big = _ko_chain(text, end, _number(m.group(1)))
        while big is not None and text.startswith(" ", scan) and (d := _KO_START.match(text, scan + 1)) is not None:
            more, more_end, more_big = _ko_chain(text, d.end(), _number(d.group(1)))
            if not (0 < more < big and (more_big is not None or _SMALL_AFTER.match(text, d.end()))):
                break
            value, scan, big = value + more, more_end, more_big
        unit_match = _KO_UNIT.match(text, scan)
        unit = None
        if (measure := _MEASURE.match(text, scan)) is not None:
            unit = _MEASURE_NAMES.get(measure.group(1), measure.group(1))
            scan = measure.end()
        elif unit_match is not None:
            word = unit_match.group(1)
            unit = "percent" if word in _KO_PERCENT else _KO_CURRENCY[word]
            scan = unit_match.end()
        kind: QuantityKind | None = "year" if unit is None and m.group(1).isdigit() and len(m.group(1)) == 4 and \
            1000 <= value <= 2200 else None
        if unit is None and (suffix := _KO_SUFFIX.match(text, scan)) is not None:
            scan = suffix.end()  # shown with the number: 9일, 1992년, 300명
            word = suffix.group(0).strip()
            kind = _KO_KINDS.get(word)
            if word == "년":
                kind = "year" if 1000 <= value <= 2200 else "years"
            elif word == "일" and text.startswith(("간", " 동안", "동안"), scan):
                kind = "days"
        out.append(Quantity(start, scan, text[start:scan].rstrip(), value, unit, kind))
        pos = scan
    for m in _KO_NATIVE.finditer(text):
        out.append(Quantity(m.start(), m.end(1), m.group(1), float(_NATIVE[m.group(1)]), None))
    out.sort(key=lambda q: q.start)
    return out


_SMALL_AFTER = re.compile(r"[십백천]")


def _ko_chain(text: str, scan: int, last: float | None) -> tuple[float, int, float | None]:
    """The value of digits and magnitude words written together from ``scan`` (after a first number ``last``),
    where they end, and the last magnitude word's value (만 = 10⁴, 억, 조) if the chain ends with one."""
    total, group = 0.0, 0.0
    big: float | None = None
    while True:
        t = _KO_TOKEN.match(text, scan)
        if t is None:
            break
        if t.group(1) is not None:
            if last is not None:
                break  # two numbers in a row: the second is another quantity
            last = _number(t.group(1))
            big = None
        elif t.group(2) is not None:
            group += (last if last is not None else 1) * _SMALL[t.group(2)]
            last, big = None, None
        else:
            big = _BIG[t.group(3)]
            total += (group + (last or 0) or 1) * big
            group, last = 0.0, None
        scan = t.end()
    return total + group + (last or 0), scan, big


def _number(digits: str) -> float:
    return float(digits.replace(",", ""))


# -- English ---------------------------------------------------------------------------------------------
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9,
           "tn": 1e12}
_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
           "hundred": 100, "dozen": 12}
_ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split()) if i}
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS |= {m[:3]: i for m, i in list(_MONTHS.items()) if m != "may"} | {"sept": 9}
_MONTH_NUMBERS = _MONTHS | {"may": 5}
_EN_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "won": "KRW", "yen": "JPY", "euro": "EUR",
                      "euros": "EUR", "yuan": "CNY", "pound": "GBP", "pounds": "GBP"}
_EN_SYMBOL = {"$": "USD", "US$": "USD", "₩": "KRW", "¥": "JPY", "€": "EUR", "£": "GBP", "EUR": "EUR",
              "USD": "USD", "KRW": "KRW"}
_EN = re.compile(
    r"(?P<symbol>US\$|[$₩¥€£]|EUR|USD|KRW)?\s?(?<![\w.,/])(?<![A-Za-z]-)(?P<digits>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?P<ord>st|nd|rd|th)?(?![\w/]*\d)(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn)\b)?"
    r"(?:\s?(?P<unit>%|percent\b|per cent\b|dollars?\b|won\b|yen\b|euros?\b|yuan\b|pounds?\b))?"
    r"|(?<![\w\-])(?P<word>" + "|".join(sorted(list(_WORDS) + list(_ORDINALS), key=len, reverse=True))
    + r")(?:[\s\-](?P<word2>one|two|three|four|five|six|seven|eight|nine))?(?![\w])"
    r"(?:\s(?P<wscale>hundred|thousand|million|billion|trillion)\b)?"
    r"|(?<![\w])(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?(?![\w])",
    re.IGNORECASE)


_CLOCK_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"(?:" + "|".join(m.capitalize() for m in sorted(_MONTHS, key=len, reverse=True))
                           + r")\.?\s$")
_MONTH_AFTER = re.compile(r"\s(?:" + "|".join(m.capitalize() for m in sorted(_MONTHS, key=len, reverse=True))
                          + r")\b")
_CENTURY_AFTER = re.compile(r"[\s\-]centur(?:y|ies)\b", re.IGNORECASE)
_DURATION_AFTER = re.compile(r"[\s\-](years?|months?|weeks?|days?|hours?|minutes?|seconds?)(?:[\s\-](old))?\b",
                             re.IGNORECASE)


_DURATIONS: dict[str, QuantityKind] = {"year": "years", "month": "months", "week": "weeks", "day": "days",
                                        "hour": "hours", "minute": "minutes", "second": "seconds"}


def _duration(match: re.Match[str]) -> QuantityKind:
    return "age" if match.group(2) else _DURATIONS[match.group(1).lower().rstrip("s")]


@dataclass(frozen=True)
class _Figure:
    """An English figure in digits, for the rules that say what it counts."""

    text: str
    match: re.Match[str]
    start: int
    end: int
    value: float
    unit: str | None


def _year(f: _Figure) -> QuantityKind | None:
    plain = not f.match.group("scale") and f.unit is None and "," not in f.match.group("digits")
    return "year" if plain and 1000 <= f.value <= 2200 and f.value == int(f.value) else None


def _day(f: _Figure) -> QuantityKind | None:
    month_before = f.value <= 31 and _MONTH_BEFORE.search(f.text, max(0, f.start - 12), f.start)
    month_after = f.value <= 31 and _MONTH_AFTER.match(f.text, f.end)
    return "day" if f.match.group("ord") or month_before or month_after else None


def _century(f: _Figure) -> QuantityKind | None:
    return "century" if f.match.group("ord") and _CENTURY_AFTER.match(f.text, f.end) else None


def _stated_duration(f: _Figure) -> QuantityKind | None:
    after = _DURATION_AFTER.match(f.text, f.match.end())
    return _duration(after) if after is not None else None


DIGIT_KINDS: tuple[tuple[str, Callable[[_Figure], QuantityKind | None]], ...] = (
    ("century", _century),  # the 11th century, 21st-century
    ("clock", lambda f: "hour" if _CLOCK_AFTER.match(f.text, f.end) else None),  # 8 a.m., 5 o'clock
    ("day", _day),  # the 9th, Oct. 9
    ("duration", _stated_duration),  # 10 days, 24 years old
    ("year", _year),  # 1992: four digits in the range of years, no unit or scale
)
"""What an English figure in digits counts: the first rule that answers decides (else ``None``)."""


def _english(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _EN.finditer(text):
        if m.group("digits") is not None:
            start = m.start("symbol") if m.group("symbol") else m.start("digits")
            if start > 0 and text[start - 1].isalpha():
                continue  # G20: a designation (see _codes)
            value = _number(m.group("digits")) * _SCALES.get((m.group("scale") or "").lower(), 1)
            if text.startswith(":", m.end()) or text.startswith(":", start - 1) or \
                    re.fullmatch(r"0\d{3}", m.group("digits")):
                continue  # a clock time, 12:26 or 0715, is compared with nothing
            unit_word = (m.group("unit") or "").lower()
            unit = (_EN_SYMBOL.get(m.group("symbol") or "") or _EN_CURRENCY_WORDS.get(unit_word)
                    or ("percent" if unit_word in ("%", "percent", "per cent") else None))
            end = m.end()
            if unit is None and (measure := _MEASURE.match(text, end)) is not None:
                unit = _MEASURE_NAMES.get(measure.group(1).lower(), measure.group(1).lower())
                end = measure.end()
            figure = _Figure(text, m, start, end, value, unit)
            kind: QuantityKind | None = next((k for _, rule in DIGIT_KINDS if (k := rule(figure)) is not None), None)
            out.append(Quantity(start, end, text[start:end], value, unit, kind))
        elif m.group("word") is not None:
            word = m.group("word").lower()
            if word in ("one", "second") and not m.group("wscale"):
                continue  # "one of them", "a second" are rarely the numbers a translation must keep
            if word == "may":
                continue
            value = float(_WORDS.get(word, _ORDINALS.get(word, 0)))
            if m.group("word2"):
                value += _WORDS[m.group("word2").lower()]
            value *= _SCALES.get((m.group("wscale") or "").lower(), 1)
            kind = None
            if (after := _DURATION_AFTER.match(text, m.end())) is not None:
                kind = _duration(after)
            elif word in _ORDINALS:
                kind = "day" if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) else "ordinal"
            out.append(Quantity(m.start(), m.end(), m.group(0), value, None, kind))
        else:
            word = m.group("month")
            if word.lower() == "may" or not word[:1].isupper():
                continue  # the verb, or "march" as a verb
            out.append(Quantity(m.start(), m.end(), m.group(0), float(_MONTHS[word.lower()]), None, "month"))
    return out
