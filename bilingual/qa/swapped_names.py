"""Another place, organization or country in the translation where the source names one (issue 11, placecheck
and placecheck2 branches).

A place or organization the source names that the translation renders in no form, where the translation names
another place or organization of the same kind in its stead: ``name-mismatch`` (error) when both are identified
with confidence and their names are ``different`` by :func:`~bilingual.names.similarity.name_similarity`;
``name-spelling`` (warning) when the fit is only ``possible``; nothing when it is ``same``. The same both ways
(Korean source, English translation and the reverse).

Places and organizations are rendered in many forms that are not spellings of their names (미국 as "American" or
"U.S.", 더불어민주당 as "the Democratic Party" or "DP", 서울시 as "the city", 국방부 as "the ministry"), and a
reviewer who sees false errors stops trusting the tool, so the check abstains whenever it is unsure:

- **checked**: places whose names are spelled from their own language (cities, Korean places, provinces, regions);
  not countries or continents, nor names with a country or a nationality in them (독일 / Germany, 유럽 / Europe,
  한반도 / Korean Peninsula are translated, and news English names a country by its capital as often as by its
  name): countries have their own check, by identity (:func:`check_country_swaps`, placecheck2); any organization;
- **identified**: each name is linked to the KB (as an entity of its type), or listed: a place in the gazetteer
  ``places.tsv``; an organization in ``organizations.tsv`` or ``public_bodies.tsv``, a company of a listed group,
  or of the stock-index list. An organization's head alone is not trusted here (관계당국, 제헌의회, 뉴스통신 are
  typed by it and are common phrases), a Latin one is when every word is capitalized (FDA, Fars News Agency);
  and one of the two must have a known writing in the other's script (names of organizations are translated,
  내무부 / Interior Ministry: without one, nothing says one is not the other's rendering);
- **one for one**: exactly one name of a type on each side is left unmatched (two: which one stands for the
  other's is not known); a dateline's names ("BERLIN, Germany (CNN)", which the other side does not translate)
  are left out; a South Korean province named by its half (경북, 경상북도; North Gyeongsang) is compared with its
  full names too (경북 → 경상북도, Gyeongsangbuk-do), and its fit decides only when ``same`` or ``different`` (the
  similarity reads the half since the kadmin branch: 경북 / South Gyeongsang Province ``different``; a ``possible``
  there is no reading, 경상북도 / Gyeongbuk 0.16: nothing);
- **not rendered**: none of the name's writings (its KB and list names, the name without its unit or particle)
  is written on the other side as a name, an adjective or initials (:func:`~bilingual.qa.terminology.rendered`;
  IAEA for International Atomic Energy Agency), nor is it or a part of it (프랑크푸르트 of 프랑크푸르트공항) a
  spelling there whose verdict is ``same``; the same of the translation's name in the source.

A country (:func:`check_country_swaps`) is compared by identity, not spelling (미국 is "the U.S.", "American",
"Washington"): a country the source names that the translation renders in no form (its names, short forms,
adjective, "the North"; :mod:`bilingual.entities.countries`), where the translation names exactly one other country
the source does not render either, is ``name-mismatch``; nothing when a side names a world city the other does not
write (a capital may stand for its country), nor for South Korea, which Korean news names without naming it.

Then the verdict is the best over the two names' writings (the names themselves, without their units, their KB and
list names; an organization's in one script at a time, its English names without the words many share):
``different`` → error, ``possible`` → warning naming the spelling and the name expected, ``same`` → nothing.

>>> from bilingual.document import Mention
>>> from bilingual.entities.kb import KnowledgeBase
>>> from bilingual.qa.sides import Side
>>> def side(text, lang, name, kind):
...     start = text.index(name)
...     m = Mention(start=start, end=start + len(name), text=name, type=kind, lang=lang, entity_id=None, score=1.0,
...                 method="unlinked", reasons=())
...     return Side(text, lang, (m,), (), ((0, len(text)),))
>>> s, t = side("통일부가 발표했다.", "ko", "통일부", "org"), side("The Ministry of Education said.", "en",
...     "Ministry of Education", "org")
>>> [f.code for f in check_swaps(0, s, t, KnowledgeBase([]))]
['name-mismatch']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bilingual.document import SEVERITY, Finding, FindingCode, Mention
from bilingual.entities.countries import countries_in_english, countries_in_korean, country_code
from bilingual.entities.gazetteer import demonym, given_name, is_country, korean_province, place_kinds
from bilingual.entities.kb import Entity, KnowledgeBase
from bilingual.entities.organizations import group_company, known_organization, listed_company, listed_spellings
from bilingual.names.geographic import without_hangul_suffix
from bilingual.names.hangul import has_syllable
from bilingual.names.keys import strip_particle
from bilingual.names.korean_places import UNITS, full_names
from bilingual.names.similarity import Kind, NameSimilarity, name_similarity
from bilingual.qa.sides import Side
from bilingual.qa.terminology import GENERIC_WORDS, rendered

SWAP_TYPES = ("place", "org")
"""The entity types checked here (a person's name has its own checks in :mod:`bilingual.qa.checks`)."""
TRANSLATED_KINDS = frozenset({"country", "continent"})
"""Kinds of places of the gazetteer whose English names are translations, not spellings (not checked)."""
HANGUL_UNITS = [*UNITS, "성", "현", "주"]
"""Korean administrative units (:data:`~bilingual.names.korean_places.UNITS`) and the words Korean writes after a
foreign province or state (푸젠성, 가나가와현, 텍사스주), set aside to compare the name."""
ENGLISH_UNITS = ("Special Self-Governing Province", "Special Self-Governing City", "Metropolitan Government",
                 "Metropolitan City", "Special City", "Province", "City", "County", "District")
"""The words English writes after a Korean place's name for its administrative unit (Busan Metropolitan City,
Seoul Metropolitan Government), set aside as Korean's units are (:data:`~bilingual.names.korean_places.UNITS`):
부산시 / Busan is one place."""
_ROMANIZED_UNIT = re.compile(r"-(?:si|gun|gu|do|eup|myeon|dong|ri)$", re.IGNORECASE)
_CAPITALIZED = re.compile(r"[A-Z][\w'’.\-]*(?:\s+(?:of\s+|the\s+|and\s+|for\s+)?[A-Z][\w'’.\-]*){0,5}")
_HANGUL_WORD = re.compile(r"[가-힣]+(?:\s[가-힣]+){0,2}")
_HALF = re.compile(r"[북남](?:도)?$|\b(?:North|South)\b|(?:buk|nam)(?:-do)?$", re.IGNORECASE)
"""A province's half: 경상북도, 경북, North Gyeongsang, Gyeongbuk, Chungcheongnam-do."""
_GENERIC = GENERIC_WORDS | {"affairs", "party", "government", "corporation", "company", "co.", "inc.", "ltd."}
"""Words an organization's English name shares with others (Ministry of …, … Party), set aside when two English
names are compared: "Ministry of National Defense" and "Ministry of Unification" share letters, not a name."""
_POSSESSIVE = re.compile(r"['’]s?$")
_AGENCY = r"\((?:CNN|AP|AFP|Reuters|UPI|Yonhap|Xinhua|EFE|dpa)\)"
_DATELINE = re.compile(rf"\s*(?:[A-Z][A-Z .'’-]{{2,}},(?:\s*[A-Z][\w .'’-]*?)?(?=\s*\(|\s+[A-Z(])(?:\s*{_AGENCY})?"
                       rf"|(?:[A-Z][\w .,'’-]{{1,40}}?\s*)?{_AGENCY})")
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")
_LINKS = frozenset({"of", "the", "and", "for", "on"})
_VERDICTS = {"different": 0, "possible": 1, "same": 2}


def check_swaps(index: int, source: Side, target: Side, kb: KnowledgeBase) -> list[Finding]:
    """The findings for the places and organizations of a pair (see the module's rules)."""
    findings: list[Finding] = []
    for s, t in _pairs(source, target, kb):
        if not (_identified(s, kb) and _identified(t, kb)):
            continue
        fit = _best_fit(s, t, kb)
        if fit is None or fit.verdict == "same" or (fit.verdict == "possible" and _by_half(s, t)):
            continue
        what = "place" if s.type == "place" else "organization"
        spans = {"source_span": (s.start, s.end), "target_span": (t.start, t.end), "values": (s.text, t.text)}
        ids = tuple(i for i in (s.entity_id, t.entity_id) if i)
        if fit.verdict == "different":
            findings.append(_finding("name-mismatch", index, f"the source names {_label(s, kb)} but the translation "
                                     f"names {_label(t, kb)}, another {what}", entities=ids, **spans))
        else:
            expected = _expected(s, target.lang, kb)
            findings.append(_finding(
                "name-spelling", index, f"{t.text!r} fits {s.text!r} only as an unusual spelling, or is another "
                f"{what}" + (f" (expected {expected!r})" if expected else "") + f": {'; '.join(fit.reasons[:3])}",
                entities=ids, **spans))
    return findings


def _finding(code: FindingCode, index: int, message: str, **fields: object) -> Finding:
    return Finding(code=code, severity=SEVERITY[code], pair=index, message=message, **fields)


def _label(m: Mention, kb: KnowledgeBase) -> str:
    entity = _entity(m, kb)
    return f"{m.text!r} ({entity.name})" if entity is not None and entity.name != m.text else repr(m.text)


def _entity(m: Mention, kb: KnowledgeBase) -> Entity | None:
    """The KB entity the mention is linked to, when it is of the mention's type."""
    entity = kb.get(m.entity_id) if m.entity_id else None
    return entity if entity is not None and entity.type == m.type else None


def _pairs(source: Side, target: Side, kb: KnowledgeBase) -> Iterator[tuple[Mention, Mention]]:
    """The source and translation names to compare, of one type: when exactly one name on each side (written
    once or more) is neither the same entity as a name of the other side nor written there in any form
    (:func:`_written_in`); the first mention of each. The names of a dateline ("BERLIN, Germany (CNN)", which
    the other side does not translate) are left out."""
    for kind in SWAP_TYPES:
        s_group = [m for m in source.mentions if m.type == kind and checked(m, kb) and m.start >= _dateline(source)]
        t_group = [t for t in target.mentions if t.type == kind and checked(t, kb) and t.start >= _dateline(target)]
        s_group = [m for m in s_group if not any(_same_entity(m, t) for t in target.mentions)]
        t_group = [t for t in t_group if not any(_same_entity(m, t) for m in source.mentions)]
        if not s_group or not t_group:
            continue  # nothing in the other's stead (most pairs: the costlier test below is not run)
        s_group = [m for m in s_group if not _written_in(m, target, kb)]
        t_group = [t for t in t_group if not _written_in(t, source, kb)]
        if len({_bare(m.text) for m in s_group}) == 1 and len({_bare(t.text) for t in t_group}) == 1:
            yield s_group[0], t_group[0]


def _dateline(side: Side) -> int:
    """Where a news story's dateline ends (0 when it has none): its first words, a place in capitals and a comma
    ("BERLIN, Germany", "LONDON, England"), or a place before an agency in brackets ("Vierzon (CNN)")."""
    found = _DATELINE.match(side.text) if side.lang == "en" else None
    return found.end() if found else 0


def checked(m: Mention, kb: KnowledgeBase) -> bool:
    """Whether the check reads the mention: any organization; a place whose name is spelled from its own language
    (a city, a province, a region), not one English translates (a country, a continent: 독일 / Germany, 유럽 /
    Europe, 미국 / "U.S." or "Washington"), which no spelling fits."""
    if m.type != "place":
        return True
    entity = _entity(m, kb)
    names = _forms(_bare(m.text)) + ((entity.name,) if entity is not None else ())
    if any(is_country(n) or place_kinds(n) & TRANSLATED_KINDS for n in names):
        return False
    # a name with a country or a nationality in it is translated too (Korean Peninsula / 한반도)
    return not any(is_country(w) or demonym(w) for n in names if not has_syllable(n) for w in n.split())


def _same_entity(s: Mention, t: Mention) -> bool:
    """Whether two mentions are resolved to one entity: the same KB entity or cluster, or a candidate in common."""
    if s.entity_id is not None and s.entity_id == t.entity_id:
        return True
    if s.cluster is not None and s.cluster == t.cluster:
        return True
    return bool({s.entity_id, *s.candidates} & {t.entity_id, *t.candidates} - {None})


def _bare(text: str) -> str:
    """The name without a leading "the" or a possessive ending (PepsiCo's)."""
    text = _POSSESSIVE.sub("", text.strip())
    return text[4:] if text.casefold().startswith("the ") else text


def _identified(m: Mention, kb: KnowledgeBase) -> bool:
    """Whether the mention names a place or an organization surely (see the module's rules)."""
    if _entity(m, kb) is not None:
        return True
    name = _bare(m.text)
    if m.type == "place":
        return any(place_kinds(n) for n in _forms(name))
    if listed_spellings(name) or known_organization(name) or group_company(name) or listed_company(name):
        return True
    # a name in Latin letters, every word capitalized (FDA, Fars News Agency): a name, as the capitals show; a
    # Hangul one typed by its head alone is not enough (관계당국 "the authorities concerned", 제헌의회 "the
    # constituent assembly", 뉴스통신 "news agencies" are common phrases)
    words = name.split()
    return not has_syllable(name) and bool(words) and all(w[:1].isupper() or w in _LINKS for w in words)


def _by_half(s: Mention, t: Mention) -> bool:
    """Whether either names a South Korean province by its half (경북, 충남, 경상북도; North Gyeongsang, Gyeongbuk):
    the similarity reads its direction (경북 / North Gyeongsang Province ``same``, / South Gyeongsang Province
    ``different``: the kadmin branch), but a ``possible`` fit there is no reading (경상북도 / Gyeongbuk 0.16,
    경상북도 / Gyeongsangnam-do 0.02): the check abstains on it rather than warn."""
    return _half_named(_bare(s.text)) or _half_named(_bare(t.text))


def _half_named(name: str) -> bool:
    """Whether a name is a South Korean province's named by its half (경북, 경상북도, North Gyeongsang Province)."""
    forms = _forms(name)
    return any(korean_province(n) for n in forms) and any(_HALF.search(n) for n in forms)


def _forms(name: str) -> tuple[str, ...]:
    """The name; without a particle after it (서울에서 → 서울, when the mention kept one); without an administrative
    unit or a foreign province's word (부산시 → 부산, 푸젠성 → 푸젠; Busan Metropolitan City, Busan-si → Busan)."""
    forms = [name]
    if has_syllable(name):
        stripped = strip_particle(name)
        if stripped != name and len(stripped) >= 2:
            forms.append(stripped)
        for form in list(forms):
            core = without_hangul_suffix(form.replace(" ", ""), HANGUL_UNITS, 2)
            if core:
                forms.append(core)
    else:
        for unit in ENGLISH_UNITS:
            if name.endswith(" " + unit) and len(name) > len(unit) + 2:
                forms.append(name[: -len(unit) - 1])
                break
        if _ROMANIZED_UNIT.search(name):
            forms.append(_ROMANIZED_UNIT.sub("", name))
    return tuple(dict.fromkeys(forms))


def _parts(name: str) -> tuple[str, ...]:
    """Parts of a longer name that a translation may write alone: each word of two letters or more of a name of
    several, and the first syllables (two or more) of a Hangul compound of three or more (베이징올림픽 경기장 →
    베이징, 프랑크푸르트공항 → 프랑크푸르트)."""
    words = name.split()
    out = [w for w in words if len(w) >= 2 and w.casefold() not in _GENERIC and not w.islower()] \
        if len(words) > 1 else []
    for word in words:
        if has_syllable(word) and len(word) >= 3:
            out += [word[:k] for k in range(2, len(word))]
    return tuple(dict.fromkeys(out))


def _writings(m: Mention, kb: KnowledgeBase) -> tuple[str, ...]:
    """Every writing the check knows of the mention's name: as written (and its :func:`_forms`), its KB entity's
    names, the full names of a Korean place's short name (경북 → 경상북도), the lists' spellings (an
    organization's)."""
    name = _bare(m.text)
    out = list(_forms(name))
    entity = _entity(m, kb)
    if entity is not None:
        out += entity.all_names()
    if m.type == "place" and has_syllable(name):
        out += [full for form in list(out) for full in full_names(form)]  # 경북 → 경상북도 (Gyeongsangbuk-do)
    if m.type == "org":
        out += listed_spellings(name)
    return tuple(dict.fromkeys(n for n in out if n.strip()))


def _written_in(m: Mention, other: Side, kb: KnowledgeBase) -> bool:
    """Whether the other side writes the mention's name in some form: one of its writings, as a name, an adjective
    or initials (:func:`~bilingual.qa.terminology.rendered`); or a spelling of
    it or of a part of it (:func:`_parts`) whose verdict is ``same`` ("Seoul" of "Seoul Metropolitan Government"
    writes 서울; "Frankfurt" 프랑크푸르트공항)."""
    writings = _writings(m, kb)
    # a Latin writing in a Korean text too: a name glossed in brackets (지역안보포럼(ARF)) is written there
    if any(rendered(w, other.text, "ko" if has_syllable(w) else "en") for w in writings):
        return True
    if other.lang == "en" and _by_initials(writings, other.text):
        return True
    # a part of a longer name; not the half's province without its half (경상 of 경상북도 is no writing of it)
    if not _half_named(_bare(m.text)):
        writings += tuple(p for w in writings for p in _parts(w))
    for piece in _pieces(other.text, other.lang):
        if any(_verdict(w, p, _kind(m)) == "same" for w in writings for p in _forms(piece)):
            return True
    return False


def _by_initials(writings: tuple[str, ...], text: str) -> bool:
    """Whether an acronym among the writings is spelled out in the text (IAEA: International Atomic Energy Agency),
    or the text writes, as an acronym, the initials of a writing of several words."""
    acronyms = {w for w in writings if _ACRONYM.fullmatch(w)}
    initials = {i for w in writings if len(w.split()) >= 2 and len(i := _initials(w)) >= 2}
    runs = (run.group(0) for run in _CAPITALIZED.finditer(text))
    return any(_initials(run) in acronyms for run in runs if len(run.split()) >= 2) \
        or any(a in initials for a in _ACRONYM.findall(text))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.casefold() not in _LINKS and w[:1].isupper())


def _pieces(text: str, lang: str) -> Iterator[str]:
    """The names a side's text may write: in English each capitalized run and each run of its words; in Korean each
    word (and two or three words together)."""
    if lang == "ko":
        for run in _HANGUL_WORD.finditer(text):
            words = run.group(0).split()
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    yield " ".join(words[i:j])
        return
    for run in _CAPITALIZED.finditer(text):
        words = run.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                yield " ".join(words[i:j]).rstrip(".")


def _kind(m: Mention) -> Kind | None:
    return "place" if m.type == "place" else "org" if m.type == "org" else None


def _best_fit(s: Mention, t: Mention, kb: KnowledgeBase) -> NameSimilarity | None:
    """The best fit of any writing of one name with any writing of the other (same first, then the score).

    An organization's names are translated (내무부 / Interior Ministry), which no spelling fits, so they are
    compared in one script at a time, English ones without the words many share (:data:`_GENERIC`), and the fit is
    the worse of the two scripts' best: 통일부 and 교육부 are different names whatever "Unification" and
    "Education" share. ``None`` when neither has a known writing in the other's script (nothing then says one
    is not the other's rendering)."""
    s_writings, t_writings = _writings(s, kb), _writings(t, kb)
    if s.type != "org":
        return _best(s_writings, t_writings, _kind(s))
    if not any(has_syllable(w) == has_syllable(t.text) for w in s_writings) and \
            not any(has_syllable(w) == has_syllable(s.text) for w in t_writings):
        return None  # how either is written in the other's script is not known
    fits = []
    for hangul in (True, False):
        a = [w if hangul else _distinctive(w) for w in s_writings if has_syllable(w) == hangul]
        b = [w if hangul else _distinctive(w) for w in t_writings if has_syllable(w) == hangul]
        if a and b:
            fits.append(_best(a, b, "org"))
    return min(fits, key=_rank) if fits else None


def _best(a_writings: Sequence[str], b_writings: Sequence[str], kind: Kind | None) -> NameSimilarity:
    return max((name_similarity(a, b, kind=kind) for a in a_writings for b in b_writings), key=_rank)


def _verdict(a: str, b: str, kind: Kind | None) -> str:
    return name_similarity(a, b, kind=kind).verdict


def _rank(fit: NameSimilarity) -> tuple[int, float]:
    return _VERDICTS[fit.verdict], fit.score


def _distinctive(name: str) -> str:
    """An English organization's name without the words many share (Ministry of National Defense → Defense); the
    name itself when nothing else is left."""
    words = [w for w in name.split() if w.casefold() not in _GENERIC]
    return " ".join(words) or name


def _expected(m: Mention, lang: str, kb: KnowledgeBase) -> str | None:
    """A writing of the mention's name in the other side's script, when the check knows one."""
    return next((w for w in _writings(m, kb) if has_syllable(w) == (lang == "ko")), None)


HOME_COUNTRY = "KR"
"""South Korea, which Korean news names without naming it (국내, 우리, 정부, 방한): never a country in another's
stead, nor one found missing."""
_EN_RENDERINGS = {"KP": re.compile(r"\bNorth\b(?!\s+[A-Z])"), "KR": re.compile(r"\b[Tt]he South\b")}
"""How English news renders the two Koreas beside their names: "the North" (or "North" before no name), "the
South"."""


def check_country_swaps(index: int, source: Side, target: Side, kb: KnowledgeBase) -> list[Finding]:
    """A country the source names that the translation does not render, where the translation names exactly one
    other country the source does not render: ``name-mismatch`` (see :func:`countries_named`,
    :func:`countries_rendered`; 호주 / "the Austrian government", 이란 / Iraq). Countries are compared by identity
    (:mod:`bilingual.entities.countries`), not spelling: English translates their names. Nothing when either side
    leaves two or more countries unrendered, when either names a world city the other does not write (a capital
    may stand for its country: Washington, Pyongyang), or for South Korea (:data:`HOME_COUNTRY`)."""
    s_named = countries_named(source)
    t_named = countries_named(target)
    if not s_named or not t_named:
        return []
    s_left = {c: span for c, span in s_named.items() if c not in countries_rendered(target) and c != HOME_COUNTRY}
    t_left = {c: span for c, span in t_named.items() if c not in countries_rendered(source) and c != HOME_COUNTRY}
    if len(s_left) != 1 or len(t_left) != 1 or _unmatched_city(source, target, kb) or \
            _unmatched_city(target, source, kb):
        return []
    (s_code, s_span), = s_left.items()
    (t_code, t_span), = t_left.items()
    s_text, t_text = source.text[slice(*s_span)], target.text[slice(*t_span)]
    return [_finding("name-mismatch", index, f"the source names the country {s_text!r} ({s_code}) but the "
                     f"translation names {t_text!r} ({t_code}), another country", source_span=s_span,
                     target_span=t_span, values=(s_text, t_text))]


def countries_named(side: Side) -> dict[str, tuple[int, int]]:
    """The countries a side names, each with the span of its first mention: in Korean a place mention whose name
    (without particle) is a country's name or short form (the mentions stage tells 이란 the country from 이란 "such
    a"); in English a country's name, short form or adjective of nationality in a capitalized run after the
    dateline (:func:`~bilingual.entities.countries.countries_in_english`), a single word that is also a given name
    (Jordan, Israel) only where a place mention covers it."""
    out: dict[str, tuple[int, int]] = {}
    if side.lang == "ko":
        for m in side.mentions:
            code = next((c for f in _forms(m.text) if (c := country_code(f))), None) if m.type == "place" else None
            if code is not None:
                out.setdefault(code, (m.start, m.end))
        return out
    begin = _dateline(side)
    places = [(m.start, m.end) for m in side.mentions if m.type == "place"]
    for code, (start, end) in countries_in_english(side.text, named=True).items():
        word = side.text[start:end]
        if start < begin or (" " not in word and given_name(word) and (start, end) not in places):
            continue
        out[code] = (start, end)
    return out


def countries_rendered(side: Side) -> frozenset[str]:
    """The countries a side renders in any form, generously (a country found here is never accused): its names,
    short forms, adjectives, abbreviations (한미, 美), "the North" for North Korea."""
    if side.lang == "ko":
        return countries_in_korean(side.text)
    out = set(countries_in_english(side.text))
    out.update(code for code, pattern in _EN_RENDERINGS.items() if pattern.search(side.text))
    return frozenset(out)


def _unmatched_city(side: Side, other: Side, kb: KnowledgeBase) -> bool:
    """Whether a side names a world city (the gazetteer's kind ``city``: capitals and the largest cities) that the
    other side does not write: it may be a capital standing for its country (Washington for the United States).
    Not a city that is a country (Singapore, 홍콩): that is compared as one."""
    return any(m.type == "place" and any("city" in place_kinds(f) for f in _forms(_bare(m.text)))
               and not any(country_code(f) for f in _forms(_bare(m.text)))  # a city-state is its country
               and not _written_in(m, other, kb) for m in side.mentions)
