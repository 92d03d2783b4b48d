"""Mentions stage: names of people, organizations and places in both languages, linked to the KB.

English: names of the knowledge base (longest first), and capitalized sequences with titles split off
("U.S. Secretary of State | Antony Blinken", "Chief | Cho"). Korean: Kiwi's proper nouns (with its
multi-word foreign names), Hanja abbreviations (美, 北) and KB names, particles left out (블링컨과), with
a title after the name kept apart (조 | 장관). Every candidate goes through :meth:`KnowledgeBase.link`.
Then short forms ("Blinken", "Chief Cho", "조 장관") are resolved to an entity named in full earlier in
the same document, titles breaking ties, and people not in the KB get a provisional ``cluster`` id
shared by the spelling variants of one name ("Choi Young Hoon" / "Choi Young-hoon").
Navigation, related-story lists and footers are skipped, unless ``Config.mentions.skip_page_chrome`` is off (the
review's segments are sentences, not pages).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilingual.document import Document, Mention, MentionType, Token
from bilingual.entities.evidence import Cue, english_cue, korean_cue, korean_cue_before
from bilingual.entities.gazetteer import (
    ENGLISH_NOT_PLACES,
    ENGLISH_ORG_HEADS,
    ENGLISH_ORG_LEADS,
    PERSON_BY_SHAPE,
    acronym,
    acronym_compound,
    armed_forces,
    english_name_shape,
    event_name,
    foreign_name_in_hangul,
    is_korean_place,
    is_place,
    korean_given_name_plausible,
    korean_name_shape,
    mention_type,
    org_head,
    university_short_form,
)
from bilingual.entities.kb import KnowledgeBase, Link
from bilingual.entities.organizations import group_company, known_organization, korean_pattern
from bilingual.entities.other_country import unlink_other_countries
from bilingual.names.keys import exact_key, korean_person_name, letter_signature, normal_key
from bilingual.names.romanized import parse_name
from bilingual.names.titles import KOREAN_OCCUPATIONS, KOREAN_TITLES, TITLE_PREFIX, title_fits
from bilingual.page.blocks import SKIPPED_LABELS

if TYPE_CHECKING:
    from bilingual.context import Context

_NAME_WORD = re.compile(r"[A-Z][\w’'\-]*|[A-Z]\.?")
_CONNECTORS = frozenset({"of", "the", "for", "&"})  # inside names: Ministry of Foreign Affairs, Samsung C&T
_NAME_ABBREVIATIONS = frozenset("Jr Sr Gov Lt".split())
"""Abbreviations whose full stop belongs to the name or the title ("Martin Luther King Jr.", "Gyeonggi Gov. Kim …",
"Lt. Gov.")."""
_PLACE_OFFICE = re.compile(r"(?:Lt\.?\s+)?(?:Gov\.|Governor|Mayor)\s")
"""The offices of a place's government: the name before them is the place ("South Chungcheong Gov. Kim …")."""
_LEADING_NOISE = frozenset(
    "The A An This That These Those During Both In On At For But And Meanwhile Furthermore However According "
    "Just Another He She They We It His Her Their Its As After Before While When Under With Invited "
    "Following Despite By Written Photo".split())
_LOCATIVE_BEFORE = re.compile(
    r"(?:^|\W)(?:in|near|off|outside|around|across|from|to|at|into|toward|towards)\s+(?:[Tt]he\s+)?$")
"""A preposition of place right before a name (in Osong, off Jindo): evidence of a place for a name without other."""
_ORG_CONTEXT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:CEO|CFO|chairman|chairwoman|chief\s+executive|executive|executives|shares|stock|stocks|"
    r"employees|workers|suppliers|subsidiary|affiliate|spokesperson|spokesman|spokeswoman|headquarters|"
    r"chief|president|vice\s+president|founder|researchers|board)\b")
"""Words after a name that make it an organization when nothing else types it ("Samsung C&T executive vice president",
"Nvidia and Microsoft shares")."""
_PERSON_CONTEXT_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman|professor|analyst|official|"
    r"director|lawmaker|minister|researcher|economist|chairman|chairwoman|executive|reporter|correspondent|envoy|"
    r"diplomat|adviser|advisor|senator|governor|mayor|lawyer|attorney|scientist|engineer|resident|student)\b")
"""An apposition that says who a name is ("Sarah Mitchell, a spokeswoman for the World Bank")."""
_GROUP_NOUNS = frozenset(
    "Staff Officials Members Residents Workers Employees Researchers Scientists Students Shares Leaders Executives "
    "Representatives Delegates Citizens Officers Engineers Rescuers Volunteers Investors Customers Users Fans "
    "Supporters Critics Lawmakers Troops Soldiers Doctors Nurses Teachers Farmers Fishermen Victims Families "
    "Hundreds Thousands Dozens Millions Most Many Some All None Half Part Parts".split())
"""Plural nouns that open a sentence with "of" after them ("Staff of KOICA", "Shares of Celltrion"): capitalized as
the sentence's first word, not part of the name after "of"."""
_CONJUNCTION_EN = re.compile(r",?\s+(?:and|or)\s+|,\s+")
_CONJUNCTION_KO = re.compile(r"(?:과|와|이나)\s?|\s?[,·]\s?|\s및\s|(?:과|와)\s및\s")
"""What joins coordinated names (Nvidia and Microsoft; 쿠팡과 크래프톤, 하이브가): they share the predicate after the
last of them, and so its cues."""
_AND_EN = re.compile(r",?\s+(?:and|or)\s+")
"""What joins names of one kind in English (a comma alone may be an apposition: "in London, Chris Goodman, said")."""
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ean|ic)|" + "|".join(sorted(ENGLISH_NOT_PLACES)))
"""Adjectives of nations, languages and peoples, and other capitalized words that are no names (Brazilian, German)."""
_VERSUS = (r"(?:beat|beats|edged|edges|defeated|defeats|thrashed|routed|stunned|upset|downed|drew\s+with|draws\s+with|"
           r"lost\s+to|loses\s+to|fell\s+to)")
_VERSUS_EN = re.compile(rf"\s+{_VERSUS}\s+")
"""A result or a fixture between two sides ("Feyenoord edged PSV Eindhoven", "Celtic beat Rangers"): the two are of one
kind, as coordinated names are."""
_AND_NEXT = re.compile(rf",?\s+(?:and|or)\s+[A-Z]|,\s+[A-Z]|\s+{_VERSUS}\s+[A-Z]")
_AND_BEFORE = re.compile(rf"\w(?:,?\s+(?:and|or)|,|\s+{_VERSUS})\s+$")
_UNIT_END = re.compile("[가-힣](?:시|군|구|읍|면)$")
"""A place that ends in an administrative unit (종로구, 성남시): an unknown proper noun right after it is a place
inside it (종로구 재동, 성남시 판교)."""
_KOREAN_LOCATIVES = frozenset({"에서", "에", "로", "으로"})
"""Locative particles: a person takes 에게, never 에서 (오송에서, 울란바토르에, 캔버라로)."""

MAX_LINKS = 100_000
"""The most links a run remembers (:attr:`Context.links`) before it starts again from none."""


@dataclass
class _Candidate:
    start: int
    end: int
    lang: str
    title: str | None = None
    kiwi_proper_noun: bool = False
    reasons: list[str] = field(default_factory=list)
    locative: bool = False  # a locative particle or preposition on it (오송에서, in Osong)
    org_context: bool = False  # an officer of it follows (Hanwha Ocean CEO Kim Jae-min, 한화오션 김재민 대표)
    person_context: bool = False  # an apposition says who it is ("Sarah Mitchell, a spokeswoman")
    shouting: bool = False  # in a sentence written in capitals: an all-capital word there is no acronym
    headline: bool = False  # in a sentence in title case, whose verbs are capitalized too ("… Urge China to …")
    cue: Cue | None = None  # the words around it (bilingual.entities.evidence)
    title_beyond: str | None = None  # a title after the place or body it is held in (앤서니 앨버니지 호주 총리)
    officer_before: bool = False  # the body a title after it is of, held by the name before it (제롬 파월 연준 의장)
    work: bool = False  # the title of a work in quotes after 영화, 드라마 … or in 『』 (영화 '파묘')
    credit: bool = False  # the outlet of a dateline or a photo credit ([대전=이데일리], /사진=헤럴드경제)
    dateline: bool = False  # an English dateline's place in capitals ("WONJU, May 12 (Yonhap) --")


def find_mentions(doc: Document, context: Context) -> Document:
    """The mentions stage: find, link, resolve short forms, cluster unknown people."""
    kb = context.kb
    by_sentence: dict[int, list[Token]] = defaultdict(list)
    for token in doc.tokens:
        by_sentence[token.sentence].append(token)
    candidates: list[_Candidate] = []
    skipped = SKIPPED_LABELS if context.config.mentions.skip_page_chrome else frozenset()
    for index, sentence in enumerate(doc.sentences):
        context.report("find_mentions", sentence.start, len(doc.text))
        if doc.blocks[sentence.block].label in skipped:
            continue
        tokens = by_sentence.get(index, [])
        if sentence.route.lang == "en" or (tokens and tokens[0].lang == "en"):
            candidates += _english(doc.text, tokens, kb)
        elif tokens and tokens[0].lang == "ko":
            candidates += _korean(doc.text, tokens, kb)
    links = context.links  # each distinct name is linked once per run: kb.link is a function of the name alone
    if len(links) > MAX_LINKS:
        links.clear()
    mentions = [m for c in candidates for m in _link_or_split(doc.text, c, kb, links)]
    mentions = _by_conjuncts(doc.text, mentions)
    mentions = _family_names_of_people_named(mentions)
    mentions = _resolve_short_forms(mentions, kb)
    # in text order, which later stages rely on (they look mentions up by binary search)
    mentions = unlink_other_countries(doc.text, sorted(mentions, key=lambda m: (m.start, m.end)), kb)
    return doc.evolve(mentions=tuple(_cluster(m) for m in mentions))


# -- English -------------------------------------------------------------------------------------------------
def _english(text: str, tokens: list[Token], kb: KnowledgeBase) -> list[_Candidate]:
    out: list[_Candidate] = []
    shouting = _shouting(tokens)
    signatures = _SpanSignatures(text, tokens)
    caps = [_capitalized(t) for t in tokens]
    i = 0
    while i < len(tokens):
        if not caps[i]:  # neither a KB name nor a capitalized sequence starts here
            i += 1
            continue
        # the longest KB name starting here (up to six tokens)
        matched = 0
        for n in range(min(6, len(tokens) - i), 0, -1):
            if tokens[i + n - 1].tag not in ("word", "abbrev"):
                continue  # a name ends with a word, not with punctuation
            quick = signatures.of(i, i + n)
            if quick is not None and not kb.may_have_name(quick):
                continue  # the cheap pre-test: no name of the KB has these letters
            span = text[tokens[i].start:tokens[i + n - 1].end]
            if kb.has_name(span) and _contiguous(text, tokens[i:i + n]):
                matched = n
                break
        if matched and _org_run_end(text, tokens, i) > i + matched:
            matched = 0  # "Korea University", "Korea Exchange": an organization's name longer than the KB's "Korea"
        if matched:
            candidate = _with_title(text, tokens, i, i + matched, "en", shouting)
            if candidate is not None:
                out.append(candidate)
            i += matched
            continue
        # a capitalized sequence (of/the/for inside it, as in Ministry of Foreign Affairs)
        j = i
        while j < len(tokens) and (caps[j] or (
                tokens[j].form in _CONNECTORS and j + 1 < len(tokens) and j > i and (caps[j + 1] or (
                    tokens[j + 1].form in _CONNECTORS and j + 2 < len(tokens) and caps[j + 2])))
                or (tokens[j].form == "." and j > i and (len(tokens[j - 1].form) == 1 or (
                    tokens[j - 1].form in _NAME_ABBREVIATIONS and tokens[j].start == tokens[j - 1].end)))):
            if j > i and text[tokens[j - 1].end:tokens[j].start] not in ("", " "):
                break
            j += 1
        if j > i:
            while j > i and tokens[j - 1].form in _CONNECTORS:
                j -= 1
            j = _across_and(text, tokens, i, j)
            j = _place_before_for(text, tokens, i, j)
            start = i
            while start < j and tokens[start].form in _LEADING_NOISE:
                start += 1
            if start + 2 < j and tokens[start].form in _GROUP_NOUNS and tokens[start + 1].form == "of":
                start += 2  # "Staff of KOICA": the name is after "of"
            middle = _title_inside(text, tokens, start, j) if start < j and not shouting else None
            if middle is not None:  # "Hanwha Ocean CEO Kim Jae-min": an organization, then its officer
                office = _PLACE_OFFICE.match(text, tokens[middle].start) is not None  # "Gyeonggi Gov. Kim …"
                out.append(_Candidate(tokens[start].start, tokens[middle - 1].end, "en", org_context=not office,
                                      locative=office))
                start = middle
            of = _person_of(text, tokens, start, j) if start < j else None
            of_place = False
            if of is not None:  # "Lee Min-ho of Korea University": a person, then where the person is from
                name_start, at = of
                person = _with_title(text, tokens, start, at, "en", shouting)
                if person is not None and name_start > start and person.title is None:
                    person = _with_title(text, tokens, name_start, at, "en", shouting)
                if person is not None:
                    of_text = re.sub(r"^the\s+", "", text[tokens[at + 1].start:tokens[j - 1].end])
                    # a name "of" an organization is a person's, the organization where the person works
                    person.person_context |= org_head(of_text) is not None or acronym(of_text)
                    out.append(person)
                start = at + 1
                of_place = person is not None and person.title is not None \
                    and person.title.split()[-1].lower() in ("mayor", "governor")
            candidate = _with_title(text, tokens, start, j, "en", shouting) if start < j else None
            if candidate is not None:
                candidate.locative |= of_place  # "Mayor Cho Min-jae of Gimhae": a mayor is of a place
                out.append(candidate)
            i = j
        else:
            i += 1
    if out and tokens and out[0].start == tokens[0].start and _DATELINE_AFTER.match(text, out[0].end) \
            and _DATELINE_WORD.fullmatch(text[out[0].start:out[0].end]):
        out[0].dateline = True  # "WONJU, May 12 (Yonhap) --", "TOKYO (Reuters) -"
    _add_cues(text, out, tokens[-1].end if tokens else 0, "en")
    if _title_case(tokens):
        for c in out:
            c.headline = True
    return out


_DATELINE_WORD = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{2,})*")
_DATELINE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[(—–-])"
                             r"|\s+\([A-Z][\w.]+\)|\s+(?:—|–|--?)\s")
"""What follows the place of a dateline: a date ("WONJU, May 12"), a country and a dash, an agency in parentheses
("TOKYO (Reuters)") or a dash ("BUSAN —"). The place is written in capitals at the start of the sentence."""


def _title_case(tokens: list[Token]) -> bool:
    """A sentence in title case (a headline: "US and Japan Urge China to Act"): five words or more, and none in
    lower case longer than four letters (a sentence of prose has some: "would", "against", "the company's")."""
    words = [t.form for t in tokens if t.tag == "word"]
    return len(words) >= 5 and not any(w[:1].islower() and len(w) > 4 for w in words)


def _add_cues(text: str, out: list[_Candidate], end: int, lang: str) -> None:
    """The cues of :mod:`bilingual.entities.evidence` around each candidate of a sentence; coordinated names share
    the cues after the last of them (Nvidia and Microsoft shares; 쿠팡과 크래프톤, 하이브가 … 시가총액)."""
    conjunction = _CONJUNCTION_EN if lang == "en" else _CONJUNCTION_KO
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
            if last != c.end and _ORG_CONTEXT_AFTER.match(after):
                c.org_context = True
        else:  # a word of a class of organizations before it (핀테크 기업 X) outweighs the cues after it
            c.cue = korean_cue_before(text[max(0, c.start - 9):c.start]) or korean_cue(after)


def _org_run_end(text: str, tokens: list[Token], i: int) -> int:
    """Where a capitalized run from ``tokens[i]`` ends if it names an organization by its head ("Korea University",
    "Democratic Party of Korea"); ``i`` if it does not."""
    j = i
    while j < len(tokens) and j - i < 8 and (_capitalized(tokens[j]) or (
            tokens[j].form in _CONNECTORS and j + 1 < len(tokens) and j > i and (_capitalized(tokens[j + 1]) or (
                tokens[j + 1].form in _CONNECTORS and j + 2 < len(tokens) and _capitalized(tokens[j + 2]))))):
        if j > i and text[tokens[j - 1].end:tokens[j].start] not in ("", " "):
            break
        j += 1
    while j > i and tokens[j - 1].form in _CONNECTORS:
        j -= 1
    if j - i >= 2 and (org_head(text[tokens[i].start:tokens[j - 1].end]) is not None
                       or event_name(text[tokens[i].start:tokens[j - 1].end])):
        return j
    return i


def _person_of(text: str, tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """Where a person's name starts, and the index of "of", in a capitalized run that names a person and then what
    the person belongs to ("Lee Min-ho of Korea University", "Professor Kim Ji-su of KAIST", "Researcher Lee Min-ho
    of …"): the two or three words before "of" read as a romanized Korean name, or are the whole run before "of" and
    read as an English given name and a family name or stand before an organization by its head or acronym ("Sam
    Altman of OpenAI", "Yuko Tanaka of the University of Tokyo"), and the run before "of" is no organization; else
    ``None``."""
    for k in range(i + 1, min(j - 1, i + 8)):
        if tokens[k].form != "of":
            continue
        if org_head(text[tokens[i].start:tokens[k - 1].end]) is not None:
            return None
        words = text[tokens[i].start:tokens[k - 1].end].split()
        for n in (3, 2):
            name = " ".join(words[-n:])
            if len(words) >= n and parse_name(name):
                start = tokens[k - 1].end - len(name)
                first = next((t for t in range(i, k) if tokens[t].start == start), None)
                if first is not None:
                    return first, k
        name = " ".join(words)
        of = re.sub(r"^the\s+", "", text[tokens[k + 1].start:tokens[j - 1].end])
        if len(words) in (2, 3) and not is_place(name) and all(w[:1].isupper() for w in words) and (
                english_name_shape(name) or org_head(of) is not None or acronym(of)):
            return i, k  # "Sam Altman of OpenAI", "Yuko Tanaka of the University of Tokyo"
        return None
    return None


def _title_inside(text: str, tokens: list[Token], i: int, j: int) -> int | None:
    """The index of a title inside a capitalized run, after a name that is not itself a title ("Hanwha Ocean |
    CEO Kim Jae-min", "SK | Chairman Chey Tae-won"), when a name follows the title; else ``None``."""
    if j - i > 12 or TITLE_PREFIX.match(text[tokens[i].start:tokens[j - 1].end]):
        return None  # a title-case line of many words is a headline, searched for names by _link_or_split
    for k in range(i + 1, j - 1):
        rest = text[tokens[k].start:tokens[j - 1].end]
        found = TITLE_PREFIX.match(rest)
        if found and found.end() < len(rest) and rest[found.end():].split()[0] not in _CONNECTORS:
            return k
    return None


def _place_before_for(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a capitalized run ends that is a place and then "for" another name ("Harbin for the Asian Winter Games":
    the place, then what it is for); ``j`` if the run is not that ("Korea Foundation for Advanced Studies")."""
    for k in range(i + 1, j - 1):
        if tokens[k].form == "for" and is_place(text[tokens[i].start:tokens[k - 1].end]):
            return k
    return j


def _across_and(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where an organization's name that has "and" inside it ends: "Ministry of Employment and Labor" (a ministry
    of two fields), "Korea Disease Control and Prevention Agency" (a name of three words or more before "and", and
    an organization's head at the end); otherwise ``j`` ("Hyundai Motor and Kia" are two names)."""
    if not (j + 1 < len(tokens) and tokens[j].form == "and" and _capitalized(tokens[j + 1])):
        return j
    k = j + 1
    while k < len(tokens) and _capitalized(tokens[k]) and text[tokens[k - 1].end:tokens[k].start] in ("", " "):
        k += 1
    before = text[tokens[i].start:tokens[j - 1].end]
    after = text[tokens[j + 1].start:tokens[k - 1].end]
    if ENGLISH_ORG_LEADS.match(before) and (org_head(after) is not None or acronym(after)):
        return j  # "the Bank of Thailand and Korea University": two organizations
    if ENGLISH_ORG_LEADS.match(before) or (j - i >= 3 and tokens[k - 1].form in ENGLISH_ORG_HEADS):
        return k
    return j


class _SpanSignatures:
    """The :func:`~bilingual.names.keys.letter_signature` of the text of any run of a sentence's tokens, from prefix
    sums: ``None`` unless the tokens are ASCII and each follows the one before with nothing or one space between
    (the only runs :func:`_english` can take as a name, see :func:`_contiguous`)."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.sums = sums = [0]
        self.not_ascii = not_ascii = [0]  # how many of tokens[:k] are not ASCII
        self.apart = apart = [0, 0]  # how many of tokens[1:k] do not follow the one before directly
        total = foreign = gaps = 0
        previous_end = -1
        for token in tokens:
            piece = text[token.start:token.end]
            signature = _SIGNATURES.get(piece)
            if signature is None:
                signature = letter_signature(piece)
                if signature is not None and len(_SIGNATURES) < _MAX_SIGNATURES:
                    _SIGNATURES[piece] = signature
            if signature is None:
                foreign += 1
            else:
                total += signature
            sums.append(total)
            not_ascii.append(foreign)
            if previous_end >= 0:
                gap = token.start - previous_end
                gaps += not (gap == 0 or (gap == 1 and text[previous_end] == " "))
                apart.append(gaps)
            previous_end = token.end

    def of(self, i: int, j: int) -> int | None:
        """The signature of the text from token ``i`` to token ``j - 1`` (``i < j``), or ``None``."""
        if self.not_ascii[j] != self.not_ascii[i] or self.apart[j] != self.apart[i + 1]:
            return None
        return (self.sums[j] - self.sums[i]) & _MASK


_SIGNATURES: dict[str, int] = {}
"""Signatures of token texts seen (a memo: a text's signature never changes)."""
_MAX_SIGNATURES = 200_000
_MASK = (1 << 64) - 1


def _capitalized(token: Token) -> bool:
    return token.tag in ("word", "abbrev") and token.form[:1].isupper()


def _contiguous(text: str, tokens: list[Token]) -> bool:
    return all(text[a.end:b.start] in ("", " ") for a, b in itertools.pairwise(tokens))


def _with_title(text: str, tokens: list[Token], i: int, j: int, lang: str, shouting: bool = False) -> _Candidate | None:
    start, end = tokens[i].start, tokens[j - 1].end
    found = TITLE_PREFIX.match(text[start:end])
    if found and found.end() < end - start:
        rest = text[start + found.end():end]
        if rest.split()[0] in _CONNECTORS:  # "Chief of National Security": a title, no name
            return None
        return _english_context(text, _Candidate(start + found.end(), end, lang, title=found.group().strip()), shouting)
    return _english_context(text, _Candidate(start, end, lang), shouting)


def _english_context(text: str, c: _Candidate, shouting: bool) -> _Candidate:
    """The evidence around an English name: a preposition of place before it, an officer or shares after it, an
    apposition saying who it is, a sentence in capitals."""
    if text.endswith("-based", c.start, c.end) and c.end - c.start > 6:
        c.end -= 6  # "Seoul-based": the place, then what is based there
    name = text[c.start:c.end]
    words = name.split()
    before = text[max(0, c.start - 12):c.start]
    c.locative = 1 <= len(words) <= 3 and not any(w in ENGLISH_NOT_PLACES for w in words) \
        and bool(_LOCATIVE_BEFORE.search(before)) and c.title is None
    after = text[c.end:c.end + 120]
    c.org_context = c.org_context or bool(_ORG_CONTEXT_AFTER.match(after))
    c.person_context = bool(_PERSON_CONTEXT_AFTER.match(after))
    c.shouting = shouting
    return c


def _shouting(tokens: list[Token]) -> bool:
    """A sentence written in capitals (a headline): its all-capital words are no acronyms, nor its titles titles."""
    words = [t for t in tokens if t.tag == "word" and len(t.form) > 1]
    return len(words) >= 3 and sum(t.form.isupper() for t in words) * 2 > len(words)


# -- Korean ------------------------------------------------------------------------------------------------
def _korean(text: str, tokens: list[Token], kb: KnowledgeBase) -> list[_Candidate]:
    out: list[_Candidate] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.tag not in _STARTS_A_NAME:  # the cheap test first: particles, endings and verbs start no name
            i += 1
            continue
        compound = _compound(text, tokens, i)
        office = _solid_office(text, tokens, i) if compound is None else None
        if office is not None:  # 조민재 김해시장: a person, then the place whose office the person holds
            stem_end, office_title = office
            if i > 0 and _holder_before(text, tokens[i - 1], token) and (not out or out[-1].end <= tokens[i - 1].start):
                out.append(_Candidate(tokens[i - 1].start, tokens[i - 1].end, "ko", title_beyond=office_title,
                                      reasons=["a name before an office of a place"]))
            out.append(_Candidate(token.start, stem_end, "ko", title=office_title, kiwi_proper_noun=True,
                                  reasons=["a place and its office written solid"]))
            i += 1
        elif compound is not None:
            j, proper = compound
            out.append(_Candidate(token.start, tokens[j - 1].end, "ko", title=_korean_title(tokens, j),
                                  kiwi_proper_noun=proper, reasons=["a compound noun"], locative=_locative(tokens, j)))
            i = j
        elif token.tag in ("NNP", "SH", "SL", "NNG") and token.start < token.end:
            j = i + 1
            if token.tag == "NNP":  # adjacent proper nouns form one name (조 + 태열)
                while j < len(tokens) and tokens[j].tag == "NNP" and tokens[j].start == tokens[j - 1].end:
                    j += 1
                j = _name_before_title(text, tokens, i, j)
            start, end = token.start, tokens[j - 1].end
            name = text[start:end]
            title = _korean_title(tokens, j)
            if token.tag == "NNP" or kb.has_name(name) or (title and len(name) == 1) \
                    or (title and len(name) >= 3 and korean_name_shape(name)) or (len(name) >= 3 and is_place(name)) \
                    or (token.tag == "SL" and (acronym(name) or _MIXED_CASE.fullmatch(name) is not None)) \
                    or (token.tag == "NNG" and j == i + 1 and len(name) == 2 and is_korean_place(name)
                        and (_locative(tokens, j) or _place_cue_after(text, end))) \
                    or (token.tag == "NNG" and (known_organization(name) is not None
                                                or group_company(name) is not None)):
                out.append(_Candidate(start, end, "ko", title=title, kiwi_proper_noun=token.tag == "NNP",
                                      locative=_locative(tokens, j)))
            i = j
        else:
            i += 1
    out = _with_kb_names(text, tokens, kb, out)
    out = _with_group_names(text, tokens, out)
    out = _with_quoted_spans(text, tokens, out)
    out = _coordinated_foreign_names(text, out)
    out = _foreign_names(text, out)
    for c in out:  # 가수 아이유, 소설가 한강: an occupation right before a name says who it is
        before = text[max(0, c.start - 9):c.start]
        if c.title is None and before.endswith(" ") and before.rstrip().rsplit(None, 1)[-1:] \
                and before.rstrip().rsplit(None, 1)[-1] in KOREAN_OCCUPATIONS:
            c.person_context = True
    for c in out:  # 나토 외교장관들: officers in the plural are a body's, not one person's title
        if c.title is not None and text.startswith(c.title + "들", c.end + (text[c.end:c.end + 1] == " ")):
            c.title, c.org_context = None, True
    for c, d in itertools.pairwise(out):
        if d.start != c.end + 1 or d.title is None:
            continue
        first, second = text[c.start:c.end], text[d.start:d.end]
        if is_place(second) or org_head(second) is not None or known_organization(second) is not None \
                or group_company(second) is not None:
            if c.title is None and (foreign_name_in_hangul(first) or korean_name_shape(first)):
                c.title_beyond = d.title  # 앤서니 앨버니지 호주 총리: the person's title, after where it is held

        elif " " in first and " " not in second and c.title is None and foreign_name_in_hangul(first):
            # 제롬 파월 연준 의장: a foreign name of two words, then one word and a title: the word is the body the
            # person's title is of (the gazetteer need not know it, and 연준 has a Korean name's shape), not a person
            c.title_beyond, d.title, d.officer_before = d.title, None, True
        elif c.title is None and len(first) == 3 and len(second) == 2 and korean_name_shape(first) \
                and korean_given_name_plausible(first) and not is_place(second):
            # 이창용 한은 총재: a Korean name of three syllables, then a word of two and a title: the word is the body
            # (abbreviated: 한은, 산은) whose title the person holds, though it has a name's shape
            c.title_beyond, d.title, d.officer_before = d.title, None, True
        elif korean_name_shape(second) and not korean_name_shape(first):
            c.org_context = True  # 한화오션 김재민 대표: an organization, then its officer
    _add_cues(text, out, tokens[-1].end if tokens else 0, "ko")
    return out


_MIXED_CASE = re.compile(r"[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*")
"""A brand written in mixed case (tvN, xAI, eBay): a name Kiwi tags as a foreign word, typed by the words around it."""


def _place_cue_after(text: str, end: int) -> bool:
    """Whether a place's noun follows a word (사천 청사, 과천 청사에서, 통영 앞바다): a common noun of two syllables
    that is also a Korean city's stem is the city there."""
    cue = korean_cue(text[end:end + 20])
    return cue is not None and cue.type == "place"


_BARE_WORD_BEFORE = re.compile(r"[가-힣]*[가-힣](?<![의은는이가을를와과에도로서])\s$")
"""A word without a particle right before two proper nouns (리 클리포드 콴타스 회장): three names in a row, of which the
last may be the body the title is of; they are left apart."""


def _named_otherwise(word: str) -> bool:
    """Whether a word has evidence of its own that it is not part of a foreign name: a place, an organization's head,
    a university's short form, a company on its group's acronym, a Korean name of three syllables (김재민)."""
    return is_place(word) or org_head(word) is not None or university_short_form(word) \
        or acronym_compound(word) or (len(word) == 3 and korean_name_shape(word)
                                      and korean_given_name_plausible(word))


def _foreign_names(text: str, out: list[_Candidate]) -> list[_Candidate]:
    """Proper nouns apart by one space and followed by a title, or by a place or a body and a title, make one
    foreign name (세라 | 미첼 대변인: 세라 미첼; 올라프 | 숄츠 독일 총리), if each is one word, neither is named
    otherwise (:func:`_named_otherwise`) and together they read as a foreign name in Hangul; without a title, when
    the clause they are the subject of ends in a verb only people do (스티브 | 잡스는 … 연설했다), and neither is an
    organization of the general list. A name already of two
    words stays apart from the word after it (제롬 파월 | 연준 의장: 연준 is the body, not a third part of the name)."""
    result: list[_Candidate] = []
    for k, c in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        titled = c.title is not None or (
            nxt is not None and nxt.start == c.end + 1 and nxt.title is not None
            and (is_place(text[nxt.start:nxt.end]) or org_head(text[nxt.start:nxt.end]) is not None
                 or known_organization(text[nxt.start:nxt.end]) is not None or acronym(text[nxt.start:nxt.end])))
        if result and not titled and result[-1].title is None and c.start == result[-1].end + 1 \
                and _person_clause_after(text, c.end):
            p = result[-1]
            first, second = text[p.start:p.end], text[c.start:c.end]
            if " " not in first and " " not in second and p.kiwi_proper_noun and c.kiwi_proper_noun \
                    and foreign_name_in_hangul(f"{first} {second}") \
                    and not any(_named_otherwise(w) or known_organization(w) is not None for w in (first, second)) \
                    and not _BARE_WORD_BEFORE.search(text[max(0, p.start - 20):p.start]):
                result[-1] = _Candidate(p.start, c.end, "ko", kiwi_proper_noun=True, locative=c.locative,
                                        reasons=["a foreign name in Hangul, the subject of a verb only people do"])
                continue
        if result and titled and result[-1].title is None and c.start == result[-1].end + 1:
            p = result[-1]
            first, second = text[p.start:p.end], text[c.start:c.end]
            if " " not in first and " " not in second and p.kiwi_proper_noun and c.kiwi_proper_noun \
                    and foreign_name_in_hangul(f"{first} {second}") \
                    and not any(_named_otherwise(w) for w in (first, second)) \
                    and not _BARE_WORD_BEFORE.search(text[max(0, p.start - 20):p.start]):
                result[-1] = _Candidate(p.start, c.end, "ko", title=c.title, kiwi_proper_noun=True,
                                        reasons=["a foreign name in Hangul before a title"], locative=c.locative)
                continue
        result.append(c)
    return result


def _foreign_pair(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Whether two proper nouns one space apart read as one foreign name in Hangul (빌 | 게이츠): each one word with no
    title, together of a foreign name's shape, neither named otherwise nor an organization of the general list."""
    first, second = text[a.start:a.end], text[b.start:b.end]
    return b.start == a.end + 1 and a.kiwi_proper_noun and b.kiwi_proper_noun and a.title is None \
        and " " not in first and " " not in second and foreign_name_in_hangul(f"{first} {second}") \
        and not any(_named_otherwise(w) or known_organization(w) is not None for w in (first, second))


def _foreign_unit(text: str, out: list[_Candidate], k: int) -> int:
    """How many candidates from ``out[k]`` make one foreign name in Hangul: 2 for a pair (빌 | 게이츠), 1 for a
    proper noun Kiwi already read as one of two words (제프 베이조스), 0 for neither."""
    if k + 1 < len(out) and _foreign_pair(text, out[k], out[k + 1]):
        return 2
    c = out[k]
    name = text[c.start:c.end]
    if c.kiwi_proper_noun and c.title is None and " " in name and foreign_name_in_hangul(name) \
            and not any(_named_otherwise(w) or known_organization(w) is not None for w in name.split()):
        return 1
    return 0


def _coordinated_foreign_names(text: str, out: list[_Candidate]) -> list[_Candidate]:
    """Two foreign names in Hangul coordinated (빌 게이츠와 워런 버핏은 …, 제프 베이조스와 래리 페이지는 …), at least
    one of them two proper nouns in a row: each is one foreign person's name, the given name and the family name (Kiwi
    may know only the family name), and the two say of each other that they are people's names, since nothing else is
    named as a given name and a family name in Hangul."""
    result: list[_Candidate] = []
    k = 0
    while k < len(out):
        first = _foreign_unit(text, out, k)
        second = _foreign_unit(text, out, k + first) if first and k + first < len(out) else 0
        if first and second and first + second >= 3 \
                and _CONJUNCTION_KO.fullmatch(text[out[k + first - 1].end:out[k + first].start]) \
                and not _BARE_WORD_BEFORE.search(text[max(0, out[k].start - 20):out[k].start]):
            for a, b in ((out[k], out[k + first - 1]), (out[k + first], out[k + first + second - 1])):
                result.append(_Candidate(a.start, b.end, "ko", title=b.title, kiwi_proper_noun=True,
                                         locative=b.locative, person_context=True,
                                         reasons=["two foreign names in Hangul coordinated"]))
            k += first + second
            continue
        result.append(out[k])
        k += 1
    return result


def _person_clause_after(text: str, end: int) -> bool:
    """Whether the clause after a name ends in a verb only people do (:mod:`bilingual.entities.evidence`'s
    ``ko-person-clause``: 스티브 잡스는 … 연설했다)."""
    cue = korean_cue(text[end:end + 80])
    return cue is not None and cue.type == "person"


PLACE_OFFICES = ("구청장", "도지사", "교육감", "시장", "군수")
"""Offices of a place, written solid after its name (김해시장, 홍천군수): the place, and the office's title for the name
before it."""


def _solid_office(text: str, tokens: list[Token], i: int) -> tuple[int, str] | None:
    """Where the place ends in a noun written solid from a place and its office (김해시장: 김해 + 시장), and the office;
    or ``None`` (남대문시장 is a market: its stem is a place, but no name comes before it to hold an office)."""
    token = tokens[i]
    word = text[token.start:token.end]
    if token.tag not in ("NNG", "NNP") or word != token.form or not word.endswith(PLACE_OFFICES):
        return None  # the cheap tests first: most nouns end in no office
    title = next((t for t in PLACE_OFFICES if word.endswith(t) and len(word) - len(t) >= 2), None)
    if title is None or not is_place(word[:-len(title)]) or i == 0 or not _holder_before(text, tokens[i - 1], token):
        return None
    return token.end - len(title), title


def _holder_before(text: str, before: Token, token: Token) -> bool:
    """Whether the token before an office is a Korean name of three syllables, one space before it."""
    name = text[before.start:before.end]
    return before.tag in ("NNG", "NNP") and before.end + 1 == token.start and len(name) == 3 \
        and korean_name_shape(name) and korean_given_name_plausible(name)


def _covered(text: str, a: int, b: int, inside: list[_Candidate]) -> bool:
    """Whether the candidates overlapping ``text[a:b]`` cover every letter of it."""
    return all(any(c.start <= k < c.end for c in inside) for k in range(a, b) if not text[k].isspace())


def _locative(tokens: list[Token], j: int) -> bool:
    """Whether a locative particle follows the name ending before ``tokens[j]`` (오송에서, 울란바토르에)."""
    return j < len(tokens) and tokens[j].tag == "JKB" and tokens[j].form in _KOREAN_LOCATIVES \
        and tokens[j].start == tokens[j - 1].end


_WORK_WORDS = ("영화|드라마|소설|장편소설|단편소설|소설집|시집|앨범|정규앨범|미니앨범|싱글|노래|신곡|타이틀곡|곡|웹툰|"
               "뮤지컬|연극|오페라|발레|책|저서|신작|작품|예능|다큐멘터리|시리즈|애니메이션|만화|동화|그림책|게임")
_WORK = re.compile(rf"(?:^|(?<=[\s(]))(?:{_WORK_WORDS})\s?(?:'([^'\n]{{1,30}})'|‘([^’\n]{{1,30}})’|"
                   r"\"([^\"\n]{1,30})\"|“([^”\n]{1,30})”|<([^>\n]{1,30})>)"
                   r"|『([^』\n]{1,30})』|《([^》\n]{1,30})》|〈([^〉\n]{1,30})〉|「([^」\n]{1,30})」")
"""The title of a work: in quotes or angle brackets right after a word for a kind of work (영화 '파묘', 드라마 '정년이',
소설 <채식주의자>), or in the brackets Korean writes titles in wherever it is (『소년이 온다』, 《…》, 〈…〉)."""
_CREDIT = re.compile(r"[\[(]\s?[가-힣]{2,6}\s?=\s?([^\s\])=/]{2,12})\s?[\])]"
                     r"|(?:사진|자료|그래픽|영상|제공|출처)\s?=\s?([^\s\])=/·,]{2,12})")
"""The outlet of a dateline ([대전=이데일리], (서울=뉴스핌)) or of a photo or data credit (/사진=헤럴드경제 이상섭
기자): one word, whatever Kiwi cut it into, a news outlet or agency (in a photo credit only if Kiwi found a
proper noun or a foreign word in it: /사진=독자 제공 credits a reader)."""
_WIRE_REPORTER = re.compile(r"[\])]\s?([가-힣]{3,4})\s(기자|특파원)(?=\s?=|\s|$)")
"""The reporter of a wire byline, right after its dateline's bracket ([포천=이데일리] 정재훈 기자 =): one word, whatever
Kiwi cut it into (정재 + 후 + ㄴ), a person if it has a Korean name's shape."""


def _with_quoted_spans(text: str, tokens: list[Token], out: list[_Candidate]) -> list[_Candidate]:
    """The candidates with the titles of works (:data:`_WORK`) and the outlets of datelines and credits
    (:data:`_CREDIT`) as names of their own, replacing the candidates inside them (영화 '서울의 봄' is no mention of
    서울; 헤럴드 + 경제 is one outlet). An outlet is taken only if Kiwi found a proper noun or a foreign word in it, and
    not when a title follows it (/사진=김민수 기자 credits a person)."""
    if not tokens or not ("=" in text[tokens[0].start:tokens[-1].end] or any(
            t.tag in ("SSO", "SSC", "SS") for t in tokens)):
        return out  # the cheap test: no quotes, brackets or credits in the sentence
    lo, hi = tokens[0].start, tokens[-1].end
    spans: list[tuple[int, int, str]] = []
    for m in _WORK.finditer(text, lo, hi):
        k = next(g for g in range(1, 10) if m.group(g) is not None)
        a, b = m.start(k), m.end(k)
        if text[a:b].strip():
            spans.append((a, b, "work"))
    starts = {t.start: k for k, t in enumerate(tokens)}
    for m in _CREDIT.finditer(text, lo, hi):
        k = 1 if m.group(1) is not None else 2
        a, b = m.start(k), m.end(k)
        inside = [t for t in tokens if a <= t.start and t.end <= b]
        after = next((n for n, t in enumerate(tokens) if t.start >= b), len(tokens))
        if a in starts and inside and (k == 1 or any(t.tag in ("NNP", "SL") for t in inside)) \
                and _korean_title(tokens, after) is None:
            spans.append((a, b, "credit"))
    titles: dict[int, str] = {}
    for m in _WIRE_REPORTER.finditer(text, lo, hi):
        if m.start(1) in starts and korean_name_shape(m.group(1)) \
                and not any(a < m.end(1) and m.start(1) < b for a, b, _ in spans):
            spans.append((m.start(1), m.end(1), "reporter"))
            titles[m.start(1)] = m.group(2)
    if not spans:
        return out
    kept = [c for c in out if not any(c.start < b and a < c.end for a, b, _ in spans)]
    why = {"work": "the title of a work", "credit": "the outlet of a dateline or credit",
           "reporter": "the reporter of a wire byline"}
    added = [_Candidate(a, b, "ko", kiwi_proper_noun=True, work=kind == "work", credit=kind == "credit",
                        title=titles.get(a), reasons=[why[kind]])
             for a, b, kind in spans]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


def _with_group_names(text: str, tokens: list[Token], out: list[_Candidate]) -> list[_Candidate]:
    """The candidates with the names of :mod:`bilingual.entities.organizations` that Kiwi splits: its Hangul names
    (엘지 트윈스, 바이에른 뮌헨, 국민의힘 = 국민 + 의 + 힘), found whole on token boundaries, replace the candidates
    inside them; a group's name written solid with more nouns (두산 + 에너빌리티, 카카오 + 모빌리티) is one candidate
    to the end of them."""
    if not tokens:
        return out
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end for t in tokens}
    spans = [(m.start(), m.end()) for m in korean_pattern().finditer(text, tokens[0].start, tokens[-1].end)
             if m.start() in starts and m.end() in ends]
    for c in out:
        k = starts.get(c.start)
        if k is None or group_company(text[c.start:c.end] + "가나") is None:
            continue  # not a group's name (the two syllables stand for any name going on from it)
        j = k
        while j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end and tokens[j + 1].tag in _COMPOUND_TAGS:
            j += 1
        if tokens[j].end > c.end and group_company(text[c.start:tokens[j].end]) is not None:
            spans.append((c.start, tokens[j].end))
    if not spans:
        return out
    # linear in the candidates and spans (a huge document has many of both): a candidate is inside a span when the
    # farthest end of the spans that start at or before it reaches its end; a span is taken when no candidate
    # overlaps it without being inside it, that is when no candidate has either of its edges strictly inside
    spans = sorted(set(spans))
    span_starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))
    kept = [c for c in out if (k := bisect.bisect_right(span_starts, c.start)) == 0 or reach[k - 1] < c.end]
    inside = {x for c in out for x in range(c.start + 1, c.end)}
    token_starts = [t.start for t in tokens]
    added = []
    for a, b in spans:
        if a in inside or b in inside:
            continue
        after = bisect.bisect_left(token_starts, b)
        added.append(_Candidate(a, b, "ko", title=_korean_title(tokens, after), kiwi_proper_noun=True,
                                reasons=["an organization of the general list, or a company on its group's name"],
                                locative=_locative(tokens, after)))
    return sorted(kept + added, key=lambda c: (c.start, c.end))


def _with_kb_names(text: str, tokens: list[Token], kb: KnowledgeBase, out: list[_Candidate]) -> list[_Candidate]:
    """The candidates with the KB's Hangul names found in the text (:meth:`KnowledgeBase.find_names`: 유엔
    안전보장이사회, 주요 20개국, however Kiwi split them) where they start and end on token boundaries. A found name
    the candidates already cover, letter for letter, is left to them (미국 | 국무부 are two names, though the KB also
    holds 미국 국무부) unless it is a person's name of several candidates (도널드 | 트럼프를, 조 | 바이든을: one person,
    whatever the particle); otherwise it replaces the candidates inside it (유엔 | 안전보장이사회). One sweep over both
    lists, which are in text order."""
    if not tokens:
        return out
    starts = {t.start for t in tokens}
    after_end = {t.end: k + 1 for k, t in enumerate(tokens)}  # the token after the one ending there
    found = [(a, b) for a, b in kb.find_names(text, tokens[0].start, tokens[-1].end) if a in starts and b in after_end]
    if not found:
        return out
    result: list[_Candidate] = []
    ci = 0
    for a, b in found:
        while ci < len(out) and out[ci].end <= a:
            result.append(out[ci])
            ci += 1
        k = ci
        while k < len(out) and out[k].start < b:
            k += 1
        inside = out[ci:k]
        if _covered(text, a, b, inside) and not (len(inside) > 1 and kb.names_a_person(text[a:b])):
            continue  # the candidates stand; the sweep appends them (but 도널드 | 트럼프를 is one person of the KB)
        result += [c for c in inside if not (a <= c.start and c.end <= b)]
        ci = k
        j = after_end[b]
        result.append(_Candidate(a, b, "ko", title=_korean_title(tokens, j), kiwi_proper_noun=True,
                                 reasons=["a name of the knowledge base"], locative=_locative(tokens, j)))
    result += out[ci:]
    return sorted(result, key=lambda c: (c.start, c.end))


_COMPOUND_TAGS = frozenset({"NNP", "NNG", "SN", "SL", "XPN"})
_STARTS_A_NAME = frozenset({"NNP", "NNG", "SL", "SH", "XPN"})
"""The tags a Korean name can start with (:func:`_compound`, :func:`_solid_office` and the proper nouns of
:func:`_korean` start at no other)."""
_NOT_NAME_PREFIXES = frozenset("반 비 무 미 탈 친 항 재 신 구 초 超 反 非".split())
"""Prefixes that make common nouns of an organization's head (반정부, 비정부, 친정부): a compound starts at one only if
it is another prefix (대 + 법원)."""


def _compound(text: str, tokens: list[Token], i: int) -> tuple[int, bool] | None:
    """Nouns written solid from ``tokens[i]`` (산업 + 통상 + 자원부, 김천 + 시) that name an organization or a place:
    (end index, whether Kiwi tagged a proper noun in it), or ``None``."""
    if tokens[i].tag not in ("NNP", "NNG", "SL") and not (
            tokens[i].tag == "XPN" and tokens[i].form not in _NOT_NAME_PREFIXES and i + 1 < len(tokens)
            and tokens[i + 1].tag in ("NNP", "NNG") and tokens[i + 1].start == tokens[i].end):  # 대 + 법원
        return None
    j = i + 1
    while j < len(tokens) and j - i < 8 and tokens[j].tag in _COMPOUND_TAGS and tokens[j].start == tokens[j - 1].end:
        j += 1
    while j > i + 1 and tokens[j - 1].tag not in ("NNP", "NNG", "SN", "SL"):
        j -= 1
    if j > i + 1 and tokens[j - 1].tag == "SL" and not tokens[j - 1].form.isupper():
        j -= 1
    if j < len(tokens) and tokens[j].form == "군" and tokens[j].start == tokens[j - 1].end \
            and armed_forces(text[tokens[i].start:tokens[j].end]):
        j += 1  # 우크라이나 + 군: a country's armed forces, however Kiwi tags 군
    word = text[tokens[i].start:tokens[j - 1].end]
    if j == i + 1 and tokens[i].tag == "SL":
        return None  # an acronym alone is a name of its own (below)
    place = j > i + 1 and is_place(word) and _place_compound(tokens[i:j])
    if len(word) < 2 or not (org_head(word) is not None or place or (j > i + 1 and (
            acronym_compound(word) or event_name(word) or armed_forces(word)))):
        return None
    return j, any(t.tag == "NNP" for t in tokens[i:j])


def _place_compound(parts: list[Token]) -> bool:
    """Whether nouns written solid can make a place's name: one is a proper noun, or the last is a unit or a
    geographic word of its own (김천 + 시, 보령 + 댐); common nouns that only end in a unit's syllable do not
    (기준 + 금리 is no village called 기준금-ri)."""
    return any(t.tag == "NNP" for t in parts) or len(parts[-1].form) == 1 or is_place(parts[0].form)


def _name_before_title(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a proper noun that Kiwi cut short ends: 김천(NNP) 식 before 차관 is the name 김천식, since a
    three-syllable Korean name written solid before a title is a person however Kiwi split it."""
    k = j
    while k < len(tokens) and tokens[k].start == tokens[k - 1].end and k - i < 4:
        k += 1
        word = text[tokens[i].start:tokens[k - 1].end]
        if len(word) > 3 or not word.isalpha():
            break
        if len(word) == 3 and korean_person_name(word) and _korean_title(tokens, k) is not None:
            return k
    return j


def _korean_title(tokens: list[Token], j: int) -> str | None:
    """A title right after a name, which Kiwi may split into morphemes (국무 + 장관); any minister's (재무장관,
    법무장관: a field and 장관)."""
    if j + 3 < len(tokens) and tokens[j].form == "(" and tokens[j].start == tokens[j - 1].end \
            and tokens[j + 1].tag == "SL" and tokens[j + 2].form == ")":
        j += 3  # 국제원자력기구(IAEA) 사무총장: the acronym in parentheses stands between the body and the title
    if j < len(tokens) and (tokens[j].form in KOREAN_TITLES or _MINISTER.fullmatch(tokens[j].form)):
        return tokens[j].form
    if j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end:
        joined = tokens[j].form + tokens[j + 1].form
        if joined in KOREAN_TITLES or (_MINISTER.fullmatch(joined) and tokens[j + 1].form in ("장관", "차관")):
            return joined
    return None


_MINISTER = re.compile("[가-힣]{1,3}(?:장관|차관)")
"""A minister's or vice minister's title of any field, written solid (재무장관, 통상차관)."""


# -- linking, short forms, clusters --------------------------------------------------------------------------
def _link_or_split(text: str, c: _Candidate, kb: KnowledgeBase, links: dict[str, Link | None]) -> list[Mention]:
    """Link the candidate; a capitalized run that does not link as a whole (a title-case headline:
    "Blinken Discuss North Korea-Russia Cooperation") is searched for its longest linkable parts."""
    mention = _link(text, c, kb, links)
    if mention is not None and (mention.type != "other" or c.lang != "en" or _an_event(mention)):
        return [mention]  # an event is other but whole: "Seoul Marathon" is no mention of Seoul
    if c.lang != "en":
        return []
    words = [(m.start() + c.start, m.end() + c.start) for m in re.finditer(r"\S+", text[c.start:c.end])]
    if len(words) < 2 and mention is not None and mention.entity_id is None and not mention.candidates and (
            _AND_NEXT.match(text, c.end) or _AND_BEFORE.search(text[max(0, c.start - 40):c.start])):
        return [mention]  # one unknown word with a name coordinated with it: kept until _by_conjuncts has seen both
    if len(words) < 2 or len(words) > 12:
        return []
    found: list[Mention] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            if j - i == len(words):
                continue
            start, end = words[i][0], words[j - 1][1]
            while end > start and not text[end - 1].isalnum():
                end -= 1
            part_words = text[start:end].split()
            if not part_words or part_words[-1] in _CONNECTORS:  # nothing but punctuation ("À .0"), or "and"
                continue
            part = _link(text, _Candidate(start, end, "en"), kb, links, linked_only=True)
            if part is not None:
                found.append(part)
                i = j
                break
        else:
            i += 1
    if not found and mention is not None and 2 <= len(mention.text.split()) <= 4:
        return [mention]  # an unknown capitalized name, not a title-case headline
    return found


def _link(text: str, c: _Candidate, kb: KnowledgeBase, links: dict[str, Link | None], *,
          linked_only: bool = False) -> Mention | None:
    name = text[c.start:c.end]
    if len(name) > 100:
        return None
    if name not in links:  # kb.link is a function of the name alone: the same name, the same link
        links[name] = kb.link(name)
    link = links[name]
    reasons = [f"title {c.title!r} kept apart"] if c.title else []
    if link is not None and (link.entity_id is not None or link.candidates):
        entity = kb.get(link.entity_id) if link.entity_id else kb.get(link.candidates[0].entity_id)
        if (link.entity_id is None or link.method in ("partial", "fuzzy")) and entity is not None \
                and entity.type == "person" and not linked_only:
            kind, why = _type(name, c)
            if kind in ("org", "place") and not _romanized_person_linked(name, link):
                # 서울 is not a person called 서…, whatever the KB holds
                return Mention(start=c.start, end=c.end, text=name, type=kind, lang=c.lang, entity_id=None,
                               score=0.0, method="unlinked", title=c.title,
                               reasons=(f"not linked: only a weak {link.method} match to a person; {why}", *reasons))
        return Mention(start=c.start, end=c.end, text=name, type=entity.type if entity else "other",
                       lang=c.lang, entity_id=link.entity_id, score=link.score, method=link.method,
                       reasons=(*link.reasons, *reasons),
                       candidates=tuple(x.entity_id for x in link.candidates) if link.entity_id is None else (),
                       title=c.title)
    if linked_only:
        return None
    # Not in the KB: typed by evidence (an organization's head, the gazetteer, a title, a name's shape), else other.
    kind, why = _type(name, c)
    if kind == "other" and c.lang == "ko" and (not c.kiwi_proper_noun or len(name) < 2):
        return None  # a common noun, or one syllable: not a name
    return Mention(start=c.start, end=c.end, text=name, type=kind, lang=c.lang, entity_id=None, score=0.0,
                   method="unlinked", reasons=(f"not in the knowledge base; {why}", *reasons), title=c.title)


def _romanized_person_linked(name: str, link: Link) -> bool:
    """Whether a Latin name that the KB linked to a person by a fuzzy match keeps that link whatever the words
    around it say: it reads as a romanized Korean full name (family name and given name) and nothing in the name
    itself makes it an organization or a place. The words around a name are weaker evidence than a KB person whose
    name it spells ("Jo Tae-yong Secretary of State …", "Jo Tae-yong's spokesman", "a nurse at the Yoon Suk-yul"
    are the person, not a body or a place)."""
    if link.entity_id is None or not name.isascii() or len(name.split()) < 2 or not parse_name(name):
        return False
    return mention_type(name, "en")[0] not in ("org", "place")


def _by_conjuncts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Coordinated names are of one kind: an unknown name without evidence (``other``) takes the type of an
    organization or a place it is coordinated with ("CNN and Al Jazeera", 애플과 테슬라의 …), and a person typed by a
    Korean name's shape alone yields to a place coordinated with it (정동진과 강릉). Then one English word still
    without evidence is dropped, as a capitalized word of no kind (a sentence's first word)."""
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, mentions[k].end))
    out = list(mentions)
    for _ in range(2):  # forwards and backwards along a list of names
        for a, b in itertools.pairwise(order):
            x, y = out[a], out[b]
            between = text[x.end:y.start]
            if text.startswith(("'s", "’s"), y.end) or _DEMONYM.fullmatch(x.text) or _DEMONYM.fullmatch(y.text):
                continue  # "Ansett and Ireland's Aer Lingus": a possessive is no conjunct; "Austrian or German"
            if x.lang == y.lang == "ko" and between == " " and x.type == "place" and _UNIT_END.search(x.text) \
                    and y.method == "unlinked" and not y.candidates and (y.type == "other" or (
                        y.type == "person" and y.title is None and any(PERSON_BY_SHAPE in r for r in y.reasons))):
                out[b] = y.model_copy(update={"type": "place", "reasons": (
                    *y.reasons, f"after {x.text!r} in an address (a unit, then a place inside it)")})
                continue
            if x.end >= y.start or x.lang != y.lang or not (
                    (_AND_EN if x.lang == "en" else _CONJUNCTION_KO).fullmatch(between)
                    or (x.lang == "en" and x.type != "person" and y.type != "person"
                        and _VERSUS_EN.fullmatch(between))):
                if x.lang == y.lang == "en" and between == ", " and x.type == "place" and " " not in y.text \
                        and _yields_to(y, x):
                    out[b] = y.model_copy(update={"type": "place", "reasons": (
                        *y.reasons, f"after {x.text!r} in an address (Boulder, Colorado)")})
                continue
            for k, m, other in ((a, x, y), (b, y, x)):
                if _yields_to(m, other):
                    out[k] = m.model_copy(update={"type": other.type, "reasons": (
                        *m.reasons, f"coordinated with {other.text!r}, typed {other.type}")})
    return [m for m in out if not (m.lang == "en" and m.type == "other" and " " not in m.text and not _an_event(m))]


def _an_event(m: Mention) -> bool:
    """Whether a mention was typed ``other`` as an event (a festival, the Chuseok holiday): a name, not a capitalized
    word of no kind."""
    return any(r.startswith("not in the knowledge base; an event") for r in m.reasons)


def _family_names_of_people_named(mentions: list[Mention]) -> list[Mention]:
    """A Hangul word before a title that was typed as the organization the title is of (한은 총재; 파월 의장, as 파
    is no Korean family name) is a person's family name when a foreign person named in full in the same document
    ends with it (제롬 파월 … 파월 의장)."""
    last_words = {m.text.rsplit(" ", 1)[1] for m in mentions if m.type == "person" and m.lang == "ko" and " " in m.text}
    if not last_words:
        return mentions
    return [m.model_copy(update={"type": "person", "reasons": (
        *m.reasons, f"the family name of a person named in full in the document ({m.text!r})")})
        if m.type == "org" and m.lang == "ko" and m.text in last_words and m.title is not None
        and m.entity_id is None and m.method == "unlinked" else m for m in mentions]


def _yields_to(m: Mention, other: Mention) -> bool:
    """Whether the type of ``m`` yields to that of the name coordinated with it (:func:`_by_conjuncts`)."""
    if m.entity_id is not None or m.candidates or m.method != "unlinked":
        return False
    if other.type == "person":  # "Emmanuel Macron and Giorgia Meloni": a name of a person's shape beside a person
        shaped = (m.lang == "en" and 2 <= len(m.text.split()) <= 3) or (
            m.lang == "ko" and foreign_name_in_hangul(m.text))
        return shaped and m.type == "other" and other.method == "unlinked" \
            and not any(PERSON_BY_SHAPE in r for r in other.reasons) \
            and not (other.reasons and "coordinated with" in other.reasons[-1])
    if other.type not in ("org", "place"):
        return False
    if other.method == "unlinked" and other.reasons and "coordinated with" in other.reasons[-1]:
        return False  # evidence of its own only
    return m.type == "other" or (m.type == "person" and other.type == "place" and m.title is None
                                 and any(PERSON_BY_SHAPE in r for r in m.reasons))


def _type(name: str, c: _Candidate) -> tuple[MentionType, str]:
    """:func:`mention_type` with the evidence found around the candidate."""
    if c.dateline:
        return "place", "a place in capitals opening a dateline (SEOUL, … (Yonhap) --)"
    if c.work:
        return "other", "the title of a work in quotes or brackets (영화 '…', 『…』)"
    if c.credit:
        return "org", "a news outlet of a dateline or a photo credit ([대전=이데일리], /사진=…)"
    if c.shouting and acronym(name):
        return "other", "an all-capital word in a sentence written in capitals"
    if c.officer_before and not is_place(name):
        return "org", "an organization: the body of the title of the name before it"
    if c.title is None and c.title_beyond is not None and c.lang == "ko" and not is_place(name) \
            and (korean_name_shape(name) or foreign_name_in_hangul(name)):
        # 모로 IOC 대변인: the title is of the body after the name, so the name is no abbreviated body
        return "person", f"a person by the title {c.title_beyond!r} after the body it is held in"
    return mention_type(name, c.lang, title=c.title or c.title_beyond, proper_noun=c.kiwi_proper_noun,
                        locative=c.locative, org_context=c.org_context, person_context=c.person_context, cue=c.cue,
                        headline=c.headline)


def _resolve_short_forms(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Short forms refer to an entity named in full earlier in the document; titles break ties. A short
    form still open (a headline comes before the article: "Cho and Blinken Discuss …") then takes the one
    fitting entity named in full anywhere in the document."""
    first_pass = _resolve(mentions, kb, everywhere=None)
    named_anywhere = [m.entity_id for m in first_pass
                      if m.entity_id is not None and m.method not in ("partial", "short-form")]
    return _resolve(first_pass, kb, everywhere=named_anywhere)


def _resolve(mentions: list[Mention], kb: KnowledgeBase, everywhere: list[str] | None) -> list[Mention]:
    # where each entity was last named (a position in the document's order of naming): a short form's options are
    # ranked by it, most recent first, without walking every entity named so far (quadratic in a long document)
    last_named: dict[str, int] = {} if everywhere is None else {e: i for i, e in enumerate(everywhere)}
    out: list[Mention] = []
    for m in mentions:
        if everywhere is not None and m.method == "short-form":
            out.append(m)
            continue
        options = set(m.candidates) if m.entity_id is None else {m.entity_id} if m.method == "partial" else set()
        if options:
            earlier = sorted((e for e in options if e in last_named), key=lambda e: -last_named[e])
            if len(earlier) > 1 and m.title:
                earlier = [e for e in earlier if title_fits(m.title, _roles(kb, e))] or earlier
            if len(earlier) == 1:
                target = earlier[0]
                entity = kb.get(target)
                m = m.model_copy(update={
                    "entity_id": target, "method": "short-form", "candidates": (), "score": max(m.score, 0.8),
                    "reasons": (*m.reasons, f"refers to {entity.name if entity else target}, named "
                                + ("earlier" if everywhere is None else "elsewhere in the document")
                                + (f" (title {m.title!r})" if m.title else ""))})
        if everywhere is None and m.entity_id is not None and m.method not in ("partial", "short-form"):
            last_named[m.entity_id] = len(out)  # increasing: later namings rank first
        out.append(m)
    return out


def _roles(kb: KnowledgeBase, entity_id: str) -> tuple[str, ...]:
    entity = kb.get(entity_id)
    return entity.roles if entity is not None else ()


def _cluster(m: Mention) -> Mention:
    if m.entity_id is not None or m.type != "person" or m.candidates:
        return m  # linked, not a person, or a known person we could not choose between
    if m.lang == "ko":
        key = m.text.replace(" ", "")
    else:
        readings = parse_name(m.text)
        key = readings[0].hangul if readings else normal_key(m.text) or exact_key(m.text)
    return m.model_copy(update={"cluster": f"unknown:{key}"})
