"""Korean name candidates of the mentions stage: Kiwi's proper nouns (with its multi-word foreign names), nouns
written solid that name an organization or a place (산업 + 통상 + 자원부, 김천 + 시), Hanja abbreviations and KB
names, particles left out (블링컨과), a title after the name kept apart (조 | 장관), the titles of works and the
outlets of credits, and foreign names of two words in Hangul."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bilingual.document import Token
from bilingual.entities.craft_names import korean_bridge_end, korean_craft_end, korean_lake_end
from bilingual.entities.evidence import Cue, korean_cue
from bilingual.entities.family_names import TITLES_AFTER_A_FAMILY_NAME
from bilingual.entities.foreign_people import foreign_person_name
from bilingual.entities.gazetteer import (
    HANJA_COUNTRIES,
    KOREAN_AWARD_HEADS,
    KOREAN_EVENT_HEADS,
    KOREAN_FIRM_KINDS,
    LAW_ONLY_ENDS,
    MOUNTAIN_CUE,
    ROUTE_CUE,
    VENUE_WORDS,
    acronym,
    acronym_compound,
    armed_forces,
    clipped_committee,
    date_name,
    dictionary_place,
    directional_state,
    english_given_names,
    event_name,
    foreign_name_in_hangul,
    foreign_state,
    is_country,
    is_korean_place,
    is_place,
    island_cut_short,
    korean_city_club,
    korean_club,
    korean_country_company,
    korean_given_name_plausible,
    korean_name_shape,
    law_name,
    league_or_tour,
    listed_place,
    listed_place_written_apart,
    may_end_a_place_written_apart,
    mention_type,
    org_head,
    place_kinds,
    sponsor_club,
    strong_listed_place,
    titled_person_by_a_place_ending,
    transcribed_state,
    university_short_form,
    war_or_treaty,
    weak_place,
)
from bilingual.entities.holidays_and_indexes import LATIN_INDEXES, index_number_end, korean_holiday, market_index
from bilingual.entities.japanese_names import japanese_names, japanese_shape
from bilingual.entities.kb import KnowledgeBase
from bilingual.entities.kind_words import KOREAN_STAGE_ROLES, team_code_context_at
from bilingual.entities.name_spans import CONJUNCTION_KO, NameSpan, add_cues, locative_after
from bilingual.entities.organizations import group_company, known_organization, korean_names_in
from bilingual.entities.transcribed_names import PLACE_WORD_AFTER, add_transcribed_cues, join_runs
from bilingual.names.foreign_word import transcribed
from bilingual.names.hangul import decompose, is_syllable
from bilingual.names.keys import korean_person_name, korean_surname
from bilingual.names.romanized import parse_name
from bilingual.names.titles import (
    KOREAN_OCCUPATIONS,
    KOREAN_PERSON_ONLY_TITLES,
    KOREAN_TITLE_ALTERNATION,
    KOREAN_TITLES,
)
from bilingual.names.transcription import transcription_score

if TYPE_CHECKING:
    from bilingual.lang.korean import KoToken

_ROLE_AFTER = re.compile(r"\s(?:" + "|".join(sorted(TITLES_AFTER_A_FAMILY_NAME, key=len, reverse=True))
                         + r")(?:[은는이가을를의에과와도로]|\s|[.,]|$)")
"""A word naming a person's role that is no title of :data:`KOREAN_TITLES` (원내대표, 후보, 지사 …), right after a
name and ending there."""


_REPORTER_WORDS = ("기자", "특파원", "선임기자", "객원기자", "수습기자", "인턴기자", "논설위원")
_REPORTER_BEFORE = re.compile(r"(?:^|[\s\]\)/|·=])(?:" + "|".join(_REPORTER_WORDS) + r")\s$")
"""A byline's word for the reporter right before a name (기자 남하준), at the start of the text or after a space,
a bracket or a separator."""
_REPORTER_ENDS = frozenset(word[-1] for word in _REPORTER_WORDS)
"""The last letters of the words for the reporter (자, 원): one of them two or three characters before a name (one
whitespace, or a space and the newline ``$`` also matches before) is needed for :data:`_REPORTER_BEFORE` to match."""


def _reporter_before(text: str, start: int) -> bool:
    """Whether a byline's word for the reporter stands right before ``start`` (only the ten characters before it are
    searched: ``^`` matches at the text's real start only); the word's last letter looked at first."""
    if start < 3 or (text[start - 2] not in _REPORTER_ENDS and text[start - 3] not in _REPORTER_ENDS):
        return False  # no room for a word and a space, or no word for the reporter ends there
    return _REPORTER_BEFORE.search(text, max(0, start - 10), start) is not None


def _person_shaped(name: str) -> bool:
    """A Korean name of three syllables with a given name people carry, and no listed place (권성동, not 성동구)."""
    return len(name) == 3 and korean_name_shape(name) and korean_given_name_plausible(name) \
        and not listed_place(name) and not dictionary_place(name)


# -- Korean ------------------------------------------------------------------------------------------------
_ROAD_WORDS = frozenset({"길", "대로"})


def _road_end(text: str, tokens: list[Token], j: int) -> int:
    """Where a road's name ends when Kiwi cut the road's word off the proper noun before it (연무장 + 길, 반포 + 대로,
    북촌로 + 5 + 길): the word for a road of the Road Name Address Act (도로명주소법: …대로, …로, …길), written solid
    after the proper noun, with a number before 길 as the act numbers side roads; else ``j`` unchanged."""
    k = j
    if k + 1 < len(tokens) and tokens[k].tag == "SN" and tokens[k].start == tokens[k - 1].end \
            and text[tokens[k - 1].end - 1] == "로":
        k += 1  # 북촌로 + 5 + 길: the fifth side road of 북촌로
    if k < len(tokens) and tokens[k].tag == "NNG" and tokens[k].start == tokens[k - 1].end \
            and text[tokens[k].start:tokens[k].end] in _ROAD_WORDS and (k == j or text[tokens[k].start] == "길") \
            and (k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end or tokens[k + 1].tag.startswith("J")):
        return k + 1
    return j


_CRAFT_HINT = re.compile("[가-힣\\dA-Z]호(?:[은는이가을를의에도와과]|에서|로|\\s|$|['\"’”』」])|[가-힣]위성")
"""A word that ends in 호 before a particle, a space or a closing quote, or 위성 after a syllable: the sentences
:func:`bilingual.entities.craft_names.korean_craft_end` is asked about."""


_NOT_YET = ""
"""The title of a name not yet looked for in :func:`korean_candidates` (as falsy as no title, which is ``None``)."""


def korean_candidates(text: str, tokens: list[Token], kb: KnowledgeBase) -> list[NameSpan]:
    out: list[NameSpan] = []
    i = 0
    crafts = bool(tokens) and _CRAFT_HINT.search(text, tokens[0].start, tokens[-1].end) is not None  # cheap first
    # the cheap tests of whole sentences: most hold no 장 (a chief's title written solid, _body_and_its_chief) and no
    # 법 (a law's name, _law, ends in 법 or 법안 as written: law_name), each one search of the sentence's text
    hi = max(map(_END, tokens)) if tokens else 0
    chiefs = bool(tokens) and text.find("장", tokens[0].start, hi) >= 0
    bridges = bool(tokens) and text.find("교 ", tokens[0].start, hi) >= 0
    laws = bool(tokens) and text.find("법", tokens[0].start, hi) >= 0
    while i < len(tokens):
        token = tokens[i]
        if token.tag == "MM" and i and tokens[i - 1].tag == "NNP" \
                and (village := _village_after_its_town(text, tokens, i)) is not None:  # 연천군 전 + 곡 + 리
            out.append(NameSpan(token.start, tokens[village - 1].end, "ko", kiwi_proper_noun=True,
                                reasons=["a village (…리) one space after its county or town"]))
            i = village
            continue
        if not crafts and token.tag not in _STARTS_A_NAME:
            # most tokens (particles, endings, verbs) start nothing: a lake and a craft are looked for only in a
            # sentence of a craft's hint, a bridge only at a proper noun (a tag that starts a name)
            i += 1
            continue
        lake = korean_lake_end(text, tokens, i) if crafts else None
        if lake is not None:  # 소양호 수위, 안동호 녹조: a lake, before its water
            out.append(NameSpan(token.start, tokens[lake - 1].end, "ko", kiwi_proper_noun=True, lake=True,
                                reasons=["a lake's name (…호 before the words of its water)"]))
            i = lake
            continue
        bridge = korean_bridge_end(text, tokens, i) if bridges and token.tag == "NNP" else None
        if bridge is not None:  # 진동교 지점에: a bridge, by where something stands at it
            out.append(NameSpan(token.start, tokens[bridge - 1].end, "ko", kiwi_proper_noun=True, bridge=True,
                                reasons=["a bridge's name (…교 before a word of where something stands at it)"]))
            i = bridge
            continue
        craft = korean_craft_end(text, tokens, i) if crafts else None
        if craft is not None:  # 누리호, 아리랑 3호, 천리안위성: a craft's name, whatever its words name otherwise
            out.append(NameSpan(token.start, tokens[craft - 1].end, "ko", kiwi_proper_noun=True, craft=True,
                                reasons=["a craft's name (…호, …위성)"]))
            i = craft
            continue
        if token.tag not in _STARTS_A_NAME:  # the cheap test first: particles, endings and verbs start no name
            i += 1
            continue
        compound = _compound(text, tokens, i)
        chief = _body_and_its_chief(text, tokens, i) if chiefs and compound is None and token.tag != "SL" else None
        if chief is not None:  # 한국 + 여성 + 과학자 + 협회장: the association, then its chief's title
            out.append(NameSpan(token.start, tokens[chief - 1].end - 1, "ko", kiwi_proper_noun=True,
                                reasons=["a body and its chief's title written solid"]))
            i = chief
            continue
        # the cheap test first: a noun that is no place's office ends in none (_solid_office)
        office = _solid_office(text, tokens, i) if compound is None and token.form.endswith(PLACE_OFFICES) else None
        law = _law(text, tokens, i) if laws and compound is None and office is None and token.tag == "NNG" else None
        if law is not None:  # 공직 + 선거법 조항, 식품 + 위생법 위반: a law, type other
            out.append(NameSpan(token.start, tokens[law - 1].end, "ko", kiwi_proper_noun=True,  # kept, as events are
                                  reasons=["a law by its end and legal words"]))
            i = law
        elif office is not None:  # 조민재 김해시장: a person, then the place whose office the person holds
            stem_end, office_title = office
            if i > 0 and _holder_before(text, tokens[i - 1], token) and (not out or out[-1].end <= tokens[i - 1].start):
                out.append(NameSpan(tokens[i - 1].start, tokens[i - 1].end, "ko", title_beyond=office_title,
                                      reasons=["a name before an office of a place"]))
            out.append(NameSpan(token.start, stem_end, "ko", title=office_title, kiwi_proper_noun=True,
                                  reasons=["a place and its office written solid"]))
            i += 1
        elif compound is not None:
            j, proper = compound
            out.append(NameSpan(token.start, tokens[j - 1].end, "ko", title=_korean_title(tokens, j),
                                  kiwi_proper_noun=proper, reasons=["a compound noun"],
                                  locative=locative_after(tokens, j)))
            i = j
        elif token.tag in ("NNP", "SH", "SL", "NNG") and token.start < token.end:
            j = i + 1
            if token.tag == "NNG" and j < len(tokens) and tokens[j].tag == "NNG" and tokens[j].start == token.end:
                j = _nouns_before_title(text, tokens, i)  # 배수 + 진 차관: a name Kiwi read as two nouns
            if token.tag == "NNP":  # adjacent proper nouns form one name (조 + 태열)
                while j < len(tokens) and tokens[j].tag == "NNP" and tokens[j].start == tokens[j - 1].end:
                    j += 1
                j = _road_end(text, tokens, j) if token.tag == "NNP" else j
                j = _transcribed_tail(text, tokens, i, j)
                j = _name_before_title(text, tokens, i, j)
                if j < len(tokens) and tokens[j].tag == "JX" and tokens[j].start == tokens[j - 1].end \
                        and text[tokens[j].start:tokens[j].end] == "도" \
                        and island_cut_short(text[token.start:tokens[j - 1].end]):
                    j += 1  # 을숙 + 도: an island Kiwi cut short before what it read as the particle 도
            team_code = token.tag == "SL" and j == i + 1 < len(tokens) and tokens[j].tag == "SN" \
                and tokens[j].start == token.end and team_code_context_at(text, token.start, tokens[j].end)
            j += team_code  # 이스포츠 팀 T1의: a team's code, letters and a number (kind_words, typer32)
            start, end = token.start, tokens[j - 1].end
            name = text[start:end]
            # a title after the name decides only for a name of one syllable or of three and more: for the rest (most
            # nouns are of two), it is looked for only once the name is kept
            title = _korean_title(tokens, j) if len(name) != 2 else _NOT_YET
            if token.tag == "NNP" or team_code or kb.has_name(name) or (title and len(name) == 1) \
                    or (title and len(name) >= 3 and korean_name_shape(name)) \
                    or (token.tag == "NNG" and j == i + 1 and len(name) >= 3 and title in KOREAN_PERSON_ONLY_TITLES
                        and japanese_shape(name)) \
                    or (evidence := _noun_evidence(name, token.tag, j == i + 1)) is _KEPT \
                    or (evidence is _PLACE_BY_A_CUE and (locative_after(tokens, j) or _place_cue_after(text, end))) \
                    or (token.tag == "NNG" and len(name) >= 3 and _edition_word(text, name, end)) \
                    or (j == i + 1 and len(name) == 3 and _reporter_before(text, start) and _person_shaped(name)):
                if title is _NOT_YET:
                    title = _korean_title(tokens, j)
                out.append(NameSpan(start, end, "ko", title=title,
                                      kiwi_proper_noun=token.tag == "NNP" or _event_of_a_place(name) or _award(name)
                                      or korean_holiday(name) or market_index(name)
                                      or (token.tag == "NNG" and _edition_word(text, name, end)),
                                      locative=locative_after(tokens, j), org_context=team_code))
            i = j
        else:
            i += 1
    out = _with_kb_names(text, tokens, kb, out)
    out = _with_group_names(text, tokens, out)
    out = _with_quoted_spans(text, tokens, out)
    out = japanese_names(text, tokens, out)
    out = _coordinated_foreign_names(text, out)
    out = _foreign_names(text, out)
    out = _clubs(text, out)
    out = _ensembles_after_their_city(text, out) if tokens and _AN_ENSEMBLE.search(text, tokens[0].start, hi) \
        else out
    out = _highways(text, tokens, out) if _HIGHWAY.search(text, tokens[0].start if tokens else 0, hi) else out
    out = _championships_read_as_nouns(text, tokens, out) if tokens and text.find(
        _CHAMPIONSHIP, tokens[0].start, hi) >= 0 else out
    out = _railway_lines(text, tokens, out) if tokens and text.find("선", tokens[0].start, hi) >= 0 else out
    out = _states_read_as_common_nouns(text, tokens, out) if tokens and text.find("주", tokens[0].start, hi) >= 0 \
        else out
    out = _places_written_apart(text, out)
    _particles_glued(text, tokens, out)
    out = _places_by_their_building(text, tokens, out) if tokens and _A_BUILDING_WORD.search(
        text, tokens[0].start, hi) else out
    out = join_runs(text, tokens, out)
    _regnal_numbers(text, out)
    _years(text, out)
    _flight_numbers(text, out)
    _codes_of_letters_and_a_number(text, out)
    _index_numbers(text, tokens, out)
    out = _dated_events(text, tokens, out)
    out = _events_written_apart(text, tokens, out)
    out = _names_before_a_body_and_title(text, tokens, out)
    out = _glossed_names(text, tokens, kb, out)
    out = _names_glossed_in_latin(text, tokens, out)
    out = _cut_names_by_evidence(text, tokens, kb, out)
    out = _quoted_stage_names(text, tokens, out)
    out = _quoted_names(text, tokens, out)
    out = _hanja_countries(text, tokens, out) if "SH" in map(_TAG, tokens) else out  # the walk in C (perf52)
    for c in out:  # each candidate's own context, in one pass (the tests read and set this candidate only)
        if c.title is None:
            before = text[max(0, c.start - 9):c.start]
            # 가수 아이유, 소설가 한강: an occupation right before a name says who it is; a role in a group or a
            # team too, the name in quotes or not (메인보컬 '하리', 정글러 X: kind_words.KOREAN_STAGE_ROLES, typer32)
            if before.endswith((" ", " '", " ‘")) and (words := before.rsplit(None, 1)[-1:]) \
                    and (words[0] in KOREAN_OCCUPATIONS or words[0].rstrip("'‘") in KOREAN_STAGE_ROLES):
                c.person_context = True
            # 기자 남하준: a byline that names the reporter after the word; 권성동 원내대표는: a name of a person's
            # shape before a word naming a person's role is a person (both need a name of three letters)
            if c.end - c.start == 3 and (_reporter_before(text, c.start) or _ROLE_AFTER.match(text, c.end)) \
                    and _person_shaped(text[c.start:c.end]):
                c.person_context = True
        # 나토 외교장관들: officers in the plural are a body's, not one person's title
        elif text.startswith(c.title + "들", c.end + (text[c.end:c.end + 1] == " ")):
            c.title, c.org_context = None, True
    for k, c in enumerate(out):  # 존 펠런 미국 해군성 장관: the title after a country and a body
        if c.title is None and k + 1 < len(out) and out[k + 1].title is None \
                and foreign_name_in_hangul(text[c.start:c.end]) and (beyond := _title_through(text, out, k)):
            c.title_beyond = beyond
    for c, d in itertools.pairwise(out):
        if d.start != c.end + 1 or d.title is None:
            continue
        first, second = text[c.start:c.end], text[d.start:d.end]
        if (is_place(second) and not titled_person_by_a_place_ending(text, d.start, d.end, d.title)) \
                or org_head(second) is not None or known_organization(second) is not None \
                or group_company(second) is not None:  # 이마트 한채양 대표가: a person, no place (mentions75)
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
        elif korean_name_shape(second) and not korean_name_shape(first) and d.title not in KOREAN_PERSON_ONLY_TITLES:
            c.org_context = True  # 한화오션 김재민 대표: an organization, then its officer (not 버락 오바마 상원의원)
    out = [c for c in out if not _end_of_a_title(text, c)]
    add_cues(text, out, tokens[-1].end if tokens else 0, "ko")
    _names_in_a_mountain(text, out)
    _cities_after_their_state(text, out)
    for k, c in enumerate(out):  # 하트웰 미 국무부 부장관: a cue, as a name of one word is no foreign_name_in_hangul
        if c.title is None and k + 1 < len(out) and (beyond := _title_after_a_country_abbreviation(text, out, k)):
            c.cue = TITLE_AFTER_A_COUNTRY
            c.reasons = [*c.reasons, f"the title {beyond!r} after a country in one syllable and a body"]
    _players_beaten(text, tokens, out) if tokens and _PLAYER_BEATEN_HINT.search(
        text, tokens[0].start, tokens[-1].end) else None
    out = _sides_of_a_result(text, tokens, out) if tokens and _RESULT_HINT.search(
        text, tokens[0].start, tokens[-1].end) else out
    _stations_cut_short(text, tokens, out)
    out = _models_with_a_hyphen(text, out)
    out = _roles_in_a_play(text, out) if tokens and text.find("역", tokens[0].start, tokens[-1].end) >= 0 else out
    _acronyms_in_parentheses(text, out) if tokens and "(" in text[tokens[0].start:tokens[-1].end] else None
    add_transcribed_cues(text, out)
    _short_forms_of_firms(text, out)
    _named_animals(text, out)
    out = _products_after_their_kind(text, tokens, out)
    out = _models_after_their_kind(text, tokens, out) if tokens and _MODEL_AFTER_ITS_KIND.search(
        text, tokens[0].start, tokens[-1].end) else out
    out = _firms_after_their_kind(text, tokens, out)
    out = _short_forms_after(text, tokens, out) if tokens and "(" in text[tokens[0].start:tokens[-1].end] else out
    for c in out:  # 신분당선 강남역: a railway line, then a station of it; 열차가 X선에서, X선 운행: by its trains
        if c.end - c.start >= 3 and text[c.end - 1] == "선" \
                and (_STATION_AFTER.match(text, c.end) or railway_line(text, c.start, c.end)):
            c.cue = RAILWAY_LINE
    for c, d in itertools.pairwise(out):  # 인도 오디샤주: a transcribed state in 주 (or a city in 시) after its country
        if d.start == c.end + 1 and d.kiwi_proper_noun and is_country(text[c.start:c.end]) \
                and transcribed_state(text[d.start:d.end]):
            d.cue = STATE_IN_A_COUNTRY
    for c in out:  # 동칼리만탄주: a province by a compass point, wherever it stands
        if c.kiwi_proper_noun and directional_state(text[c.start:c.end]):
            c.cue = STATE_IN_A_COUNTRY
    return out


_KEPT = "kept"
_PLACE_BY_A_CUE = "a place by a cue"


def _title_heads() -> dict[str, tuple[str, ...]]:
    heads: dict[str, tuple[str, ...]] = {}
    for title in sorted(KOREAN_TITLES):
        for k in range(1, len(title) - 1):
            heads[title[k:]] = (*heads.get(title[k:], ()), title[:k])
    return heads


_TITLE_HEADS = _title_heads()
"""The ends of Korean titles of two syllables or more and what is written before each in the title (이코노미스트 ends
수석이코노미스트, 대표 ends 특별대표)."""


def _end_of_a_title(text: str, c: NameSpan) -> bool:
    """Whether a candidate is the end of a title written solid, a word boundary before the title (수석 + 이코노미스트:
    the chief economist's title after a person's name, not the magazine; mentions53)."""
    heads = _TITLE_HEADS.get(text[c.start:c.end])
    return heads is not None and any(
        text.startswith(h, c.start - len(h)) and (c.start - len(h) == 0 or not is_syllable(text[c.start - len(h) - 1]))
        for h in heads)


@lru_cache(maxsize=65536)
def _noun_evidence(name: str, tag: str, lone: bool) -> str | None:
    """What a noun of :func:`korean_candidates` (adjacent proper nouns, a common noun, a foreign word; ``lone``: one
    token) says of itself: :data:`_KEPT` for a name whatever is around it — a place of three syllables or more (a listed
    one for a common noun), an acronym or a brand in mixed case, an organization of the general list or a company of a
    group, an event named by its place, an award by its field, a public holiday, a market index (mentions22) —;
    :data:`_PLACE_BY_A_CUE` for a Korean city's stem of
    two syllables, a name when a locative or a place's noun follows it; ``None`` otherwise. A foreign palace written
    solid, one common noun of Kiwi's, is kept (:data:`_PALACE`). A function of its arguments
    and the bundled tables alone, remembered: a text asks it of most of its nouns, the same ones again and again."""
    if (len(name) >= 3 and is_place(name) and (tag != "NNG" or listed_place(name))) \
            or (tag == "SL" and (acronym(name) or _MIXED_CASE.fullmatch(name) is not None)):
        return _KEPT
    if tag == "NNG" and lone and len(name) >= 4 and name[-1] == _PALACE and transcribed(name[:-1]):
        return _KEPT  # 말라카냥궁, 모네다궁: Kiwi reads a foreign palace written solid as one common noun
    place_by_a_cue = tag == "NNG" and lone and len(name) == 2 and is_korean_place(name)
    if (tag == "NNG" and (known_organization(name) is not None or group_company(name) is not None)) \
            or (tag == "NNG" and lone and (_event_of_a_place(name) or _award(name) or korean_holiday(name))) \
            or (tag in ("NNG", "SL") and market_index(name)):
        return _KEPT
    return _PLACE_BY_A_CUE if place_by_a_cue else None


_PALACE = "궁"
"""A palace (宮) written solid after a name transcribed from a foreign language, of three syllables or more
(말라카냥궁, 모네다궁; mentions44): one word that Kiwi reads as one common noun of no dictionary's, a place
(:data:`~bilingual.entities.gazetteer.KOREAN_GEOGRAPHIC_ENDINGS` types it). Not a port (港, 항), which ends common
words after a loanword (스마트항, 크루즈항: a kind of port), nor 산, which ends acids (히알루론산)."""


STATE_IN_A_COUNTRY = Cue("ko-state-in-country", "place", "strong")
"""A name transcribed from a foreign language and 주, right after a country's name (인도 오디샤주, 브라질
미나스제라이스주): a state or a province of that country (:func:`bilingual.entities.gazetteer.transcribed_state`); so is
a city in 시 (크로아티아 X시, a stem of four syllables or more: mentions61)."""


def _event_of_a_place(word: str) -> bool:
    """Whether one noun written solid is an event named by its place (토론토국제영화제, 고양국제꽃박람회): an event's
    end (:func:`event_name`) after a place of two syllables or more (국제영화제 alone is a kind of event); before 국제
    (international) any listed place will do, a weak one as well (베네치아국제영화제: 국제 and the event's end say the
    stem is where it is held; mentions35)."""
    return len(word) >= 5 and event_name(word) and any(
        is_place(word[:k]) or (word.startswith("국제", k) and listed_place(word[:k]))
        for k in range(2, min(len(word) - 2, 6)))


def _award(word: str) -> bool:
    """Whether one common noun written solid is an award by its field (대종영화상, 만해문학상, 골든가요대상): a stem of
    two syllables or more and an end of :data:`~bilingual.entities.gazetteer.KOREAN_AWARD_HEADS`; Kiwi reads many of
    them as one common noun (mentions21)."""
    return len(word) >= 5 and word.endswith(KOREAN_AWARD_HEADS)


_MIXED_CASE = re.compile(r"[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*")
"""A brand written in mixed case (tvN, xAI, eBay): a name Kiwi tags as a foreign word, typed by the words around it."""


def _place_cue_after(text: str, end: int) -> bool:
    """Whether a place's noun follows a word (사천 청사, 과천 청사에서, 통영 앞바다): a common noun of two syllables
    that is also a Korean city's stem is the city there. Not the words of a route (장성까지 올랐다: a general's rank;
    :data:`~bilingual.entities.gazetteer.ROUTE_CUE` only outweighs a name's shape)."""
    cue = korean_cue(text[end:end + 20])
    return cue is not None and cue.type == "place" and cue.rule != ROUTE_CUE


_BARE_WORD_BEFORE = re.compile(r"[가-힣]*[가-힣](?<![의은는이가을를와과에도로서])\s$")
"""A word without a particle right before two proper nouns (리 클리포드 콴타스 회장): three names in a row, of which the
last may be the body the title is of; they are left apart."""


_TEAM_WORD = re.compile(r"(?:대표팀|선수단|구단|축구단|배구단|농구단|야구단)\s$")
"""A team's word right before a foreign name and its title (여자배구 대표팀 페르난도 모랄레스 감독): a common noun
Kiwi did not read as a name, so no third name in a row (mentions54)."""


def _team_word_before(text: str, before: list[NameSpan], p: NameSpan) -> bool:
    """Whether the word right before ``p`` is a team's common word (:data:`_TEAM_WORD`) that no candidate covers."""
    return _TEAM_WORD.search(text, max(0, p.start - 5), p.start) is not None \
        and not any(d.end >= p.start - 1 > d.start for d in before[:-1])


def _named_otherwise(word: str) -> bool:
    """Whether a word has evidence of its own that it is not part of a foreign name: a place, an organization's head,
    a university's short form, a company on its group's acronym, a Korean name of three syllables (김재민)."""
    return is_place(word) or org_head(word) is not None or university_short_form(word) \
        or acronym_compound(word) or (len(word) == 3 and korean_name_shape(word)
                                      and korean_given_name_plausible(word))


def _given_name_read_as_a_place(word: str) -> bool:
    """Whether a word is a foreign person's name of mecab-ko-dic (:func:`foreign_person_name`) that the gazetteer
    reads as a place only by its last syllable, no place it lists (페르난도 in 도 as a province, 필리포 in 포 as a
    port), or any word that reads as transcribed and is a place only so (와잉가리 in 리 as a village; mentions54):
    before another word and a title it is a given name (페르난도 모랄레스 감독; mentions38)."""
    return is_place(word) and not listed_place(word) and not weak_place(word) and org_head(word) is None \
        and not university_short_form(word) and not acronym_compound(word) \
        and (foreign_person_name(word) or transcribed(word))


def _family_name_read_as_a_town(first: str, second: str) -> bool:
    """Whether ``second``, after a given name that is no place, is a place only as a foreign town of GeoNames
    (:func:`~bilingual.entities.gazetteer.weak_place`: 산투스, 블라디미르) and nothing else: before a title it is a
    family name (조엘 산투스 법인장; mentions54)."""
    return not is_place(first) and weak_place(second) and org_head(second) is None \
        and not university_short_form(second) and not acronym_compound(second) \
        and not (len(second) == 3 and korean_name_shape(second) and korean_given_name_plausible(second))


def _foreign_names(text: str, out: list[NameSpan]) -> list[NameSpan]:
    """Proper nouns apart by one space and followed by a title, or by a place or a body and a title, make one
    foreign name (세라 | 미첼 대변인: 세라 미첼; 올라프 | 숄츠 독일 총리), if each is one word, neither is named
    otherwise (:func:`_named_otherwise`) and together they read as a foreign name in Hangul; without a title, when
    the clause they are the subject of ends in a verb only people do (스티브 | 잡스는 … 연설했다), and neither is an
    organization of the general list. A name already of two
    words stays apart from the word after it (제롬 파월 | 연준 의장: 연준 is the body, not a third part of the name)."""
    result: list[NameSpan] = []
    for k, c in enumerate(out):
        if not result or result[-1].title is not None or not 0 < c.start - result[-1].end <= 2:
            result.append(c)  # the cheap test first: every join below needs the name before with no title, one
            continue  # space before this one (or 나 and a space: _given_and_family)
        titled = c.title is not None or _title_through(text, out, k) is not None
        if result and not titled and result[-1].title is None and c.start == result[-1].end + 1 \
                and result[-1].kiwi_proper_noun and c.kiwi_proper_noun and _person_clause_after(text, c.end):
            p = result[-1]
            first, second = text[p.start:p.end], text[c.start:c.end]
            if " " not in first and " " not in second and p.kiwi_proper_noun and c.kiwi_proper_noun \
                    and foreign_name_in_hangul(f"{first} {second}") \
                    and not any(_named_otherwise(w) or known_organization(w) is not None for w in (first, second)) \
                    and not _BARE_WORD_BEFORE.search(text[max(0, p.start - 20):p.start]):
                result[-1] = NameSpan(p.start, c.end, "ko", kiwi_proper_noun=True, locative=c.locative,
                                        reasons=["a foreign name in Hangul, the subject of a verb only people do"])
                continue
        if result and titled and result[-1].title is None and c.start == result[-1].end + 1:
            p = result[-1]
            first, second = text[p.start:p.end], text[c.start:c.end]
            if " " not in first and " " not in second and p.kiwi_proper_noun and c.kiwi_proper_noun \
                    and foreign_name_in_hangul(f"{first} {second}") \
                    and (not _named_otherwise(second) or _family_name_read_as_a_town(first, second)) \
                    and (not _named_otherwise(first) or _given_name_read_as_a_place(first)) \
                    and (not _BARE_WORD_BEFORE.search(text[max(0, p.start - 20):p.start])
                         or _team_word_before(text, result, p)):
                result[-1] = NameSpan(p.start, c.end, "ko", title=c.title, kiwi_proper_noun=True,
                                        reasons=["a foreign name in Hangul before a title"], locative=c.locative)
                continue
        if result and not titled and result[-1].title is None and _given_and_family(text, result, c):
            p = result[-1]
            result[-1] = NameSpan(p.start, c.end, "ko", kiwi_proper_noun=True, person_context=True,
                                  reasons=["a foreign given name and a family name of mecab-ko-dic's people"])
            continue
        result.append(c)
    return result


def _given_and_family(text: str, before: list[NameSpan], c: NameSpan) -> bool:
    """Whether the last candidate of ``before`` and ``c`` are a foreign person's given name and family name in Hangul
    with no title (마리아 곤살레스가, 카롤리나 베세라를): two proper nouns of Kiwi's one space apart, each one whole
    word that reads as transcribed, the second a foreign person's name of mecab-ko-dic
    (:func:`bilingual.entities.foreign_people.foreign_person_name`), neither a place, a body or an organization of
    the list (the given name may have a Korean name's shape, 마리아, or a province's, 에두아르도, or be a foreign
    town of GeoNames, not a listed place of another kind), no locative or word of a place after
    the pair (산타 모니카에서), and no proper noun right before it (three names in a row). Kiwi may read the end of a
    given name as the particle 나 (카롤리 + 나): then the given name with 나 must be a name of mecab-ko-dic's people
    too. Not when a third transcribed word follows with no particle between (루이즈 필리페 스콜라리, 웨스턴 앰블러
    존스턴 홀: the pair is the start of a longer name), nor for "and" transcribed (피시 앤 칩스)."""
    p = before[-1]
    gap = text[p.end:c.start]
    if not (gap == " " or (gap == "나 " and foreign_person_name(text[p.start:p.end] + "나"))) \
            or not (p.kiwi_proper_noun and c.kiwi_proper_noun) or c.locative or c.cue is not None:
        return False
    first, second = text[p.start:c.start - 1], text[c.start:c.end]
    if " " in first or " " in second or not foreign_person_name(second) \
            or (c.end < len(text) and (text[c.end].isalnum() and not _PARTICLE_NEXT.match(text, c.end))) \
            or not foreign_name_in_hangul(f"{first} {second}") or not transcribed(first) \
            or _named_otherwise(second) or known_organization(second) is not None \
            or strong_listed_place(first) or (listed_place(first) and not weak_place(first)) \
            or org_head(first) is not None or university_short_form(first) or known_organization(first) is not None \
            or PLACE_WORD_AFTER.match(text[c.end:c.end + 8]) is not None:
        return False
    after = _NEXT_WORD.match(text, c.end)
    if first in _AND or (after is not None and transcribed(after.group(1))):
        return False  # 피시 앤 칩스; 루이즈 필리페 | 스콜라리: a third transcribed word goes on the name or a title
    return len(before) < 2 or before[-2].end < p.start - 1


_AND = frozenset({"앤", "앤드", "엔"})
""""and" transcribed (피시 앤 칩스, 존슨 앤드 존슨): no given name."""
_NEXT_WORD = re.compile(r"\s([가-힣]+)")
"""The Hangul word after a space right after a name with no particle."""
_PARTICLE_NEXT = re.compile("(?:은|는|이|가|을|를|의|와|과|도|에게|께서|만)(?![가-힣])|(?:에게|께서)")
"""A particle people take right after a family name (뮐러를, 곤살레스가): the word ends there."""


def _held_in(name: str) -> bool:
    """Whether a word is where a title is held: a place, a body by its head or the general list, an acronym."""
    return is_place(name) or org_head(name) is not None or known_organization(name) is not None or acronym(name)


TITLE_AFTER_A_COUNTRY = Cue("ko-title-after-a-country", "person", "strong")
"""A foreign name before a country in one syllable, a body and a title (:func:`_title_after_a_country_abbreviation`)."""
_COUNTRY_ABBREVIATION_AFTER = re.compile(r" (?:미|중|일|영|독|러|佛|獨|[美中日英露]) ")
"""A country written as one syllable or one Hanja between a name and the body of its title (하트웰 미 국무부
부장관, 오브라이언 美 상원의원)."""


def _title_after_a_country_abbreviation(text: str, out: list[NameSpan], k: int) -> str | None:
    """The title of a foreign name of one word or more with no kind of its own (transcribed, no place, body or
    Korean name: :func:`_named_otherwise`) after a country in one syllable or one Hanja
    (:data:`_COUNTRY_ABBREVIATION_AFTER`) and the body the title is held in, a candidate with that title
    (하트웰 미 국무부 부장관, 오브라이언 美 상원의원): the person's, as :func:`_title_through` reads it after a
    country's full name (mentions38). The title must be one of a person (:data:`KOREAN_TITLES`, not 대표 alone, or
    one ending in a title only people hold: 부장관)."""
    c = out[k]
    m = _COUNTRY_ABBREVIATION_AFTER.match(text, c.end)
    if m is None:
        return None
    name = text[c.start:c.end]
    if not all(transcribed(w) and not _named_otherwise(w) for w in name.split()) \
            or known_organization(name) is not None:
        return None
    d = next((d for d in out[k + 1:k + 3] if d.start >= m.end()), None)
    if d is None or d.start != m.end() or d.title is None or not _held_in(text[d.start:d.end]) \
            or not (d.title in KOREAN_TITLES or d.title.endswith(tuple(KOREAN_PERSON_ONLY_TITLES))):  # 부장관
        return None
    return d.title


def _title_through(text: str, out: list[NameSpan], k: int) -> str | None:
    """The title after the candidates following ``out[k]``, one space apart, each a place or a body, up to two of
    them (세라 미첼 | 호주 총리; 존 펠런 | 미국 | 해군성 장관): the title the name holds there, or ``None``."""
    end = out[k].end
    for d in out[k + 1:k + 3]:
        if d.start != end + 1 or not _held_in(text[d.start:d.end]):
            return None
        if d.title is not None:
            return d.title
        end = d.end
    return None


_REGNAL_AFTER = re.compile(r" \d{1,2}세(?![0-9대기])")
"""A regnal number after a name (찰스 3세), not a generation or a century (3세대, 14세기)."""
_ROYAL = "국왕|여왕|교황|황제|왕세자|왕자|공주|술탄|대공|왕"
_ROYAL_BEFORE = re.compile(rf"(?:{_ROYAL}) $")
_ROYAL_AFTER = re.compile(rf"\s?(?:[가-힣]{{1,6}} )?(?:{_ROYAL})")


_YEAR_AFTER = re.compile(r" ((?:19|20)\d{2})(?=[은는이가을를의에도와과]|\)|[.,]|$)")
_YEAR_BEFORE = re.compile(r"(?:^|(?<=\s))((?:19|20)\d{2}) $")
_A_YEAR = re.compile(r"(?:19|20)\d{2}")


def _edition_word(text: str, name: str, end: int) -> bool:
    """A word Kiwi read as common nouns that is an edition's name by the year after it (바이오엑스포 2026에): one whole
    word of three syllables or more, an event's name by its end or transcribed from a foreign language, the year
    written apart after it and then a particle (:data:`_YEAR_AFTER`)."""
    start = end - len(name)
    return len(name) >= 3 and (start == 0 or text[start - 1].isspace()) and _YEAR_AFTER.match(text, end) is not None \
        and (event_name(name) or transcribed(name))


_FLIGHT_AFTER = re.compile(r"(?:\d{2,4}| \d{3,4})(?=\s?편(?![가-힣])|\s?편[을를이가은는에의도과와로])")
"""A flight's number after an airline's code and before 편, the word for a flight (KE085편, OZ 201편): two digits or
more written solid, three or more apart (SK 3편 is a third film or episode)."""


def _flight_numbers(text: str, out: list[NameSpan]) -> None:
    """A flight by its airline's two-letter code and number before 편 (KE085편, LJ 305편): one code, typed ``other``
    (:attr:`NameSpan.model`), not the acronym its letters spell (mentions21)."""
    for c in out:
        if c.end - c.start == 2 and text[c.start:c.end].isupper() and text[c.start:c.end].isalnum() \
                and text[c.start:c.end].isascii():
            number = _FLIGHT_AFTER.match(text, c.end)
            if number is not None:
                c.end, c.model, c.kiwi_proper_noun = number.end(), True, True  # a name, though Kiwi read none
                c.reasons.append("a flight's number after its airline's code, before 편")


_CODE_LETTERS = re.compile("[A-Z]{2,5}")
_CODE_NUMBER_AFTER = re.compile(r"\d{1,6}(?![\d.,])(?:[A-Z](?![A-Za-z\d]))?(?![A-Za-z])")
"""A number written solid after a code's capitals, maybe with one capital after it (GS25, YU7, HM15275, HBM4E),
then no other letter or digit."""
_BROADCASTER_ENDS = ("BS", "BC")
"""How a broadcaster's acronym ends (Broadcasting System, Broadcasting Corporation: KBS, SBS, EBS, MBC): its channel's
number after it (KBS2, EBS1) names the broadcaster's channel, an organization by the files' convention."""


def _codes_of_letters_and_a_number(text: str, out: list[NameSpan]) -> None:
    """Capitals read as an acronym and a number written solid after them (편의점 GS25, 샤오미는 YU7을, 후보물질
    'HM15275'의): one code, a product's, a model's or a compound's (typed ``other``: :attr:`NameSpan.model`), not the
    organization the capitals alone spell (GS, the group; HM), as in English text (SU7, KF-21: ``english_names``).
    Kiwi reads the capitals and the number as two words. Not a team's code (T1, read by its context), a flight's
    number (:func:`_flight_numbers`, before 편) nor a broadcaster's channel (:data:`_BROADCASTER_ENDS`)."""
    for c in out:
        if c.lang != "ko" or c.title is not None or c.model or c.org_context or c.end >= len(text) \
                or not text[c.end].isdigit():
            continue
        letters = text[c.start:c.end]
        if _CODE_LETTERS.fullmatch(letters) is None or letters.endswith(_BROADCASTER_ENDS):
            continue
        number = _CODE_NUMBER_AFTER.match(text, c.end)
        if number is not None:
            c.end, c.model, c.kiwi_proper_noun = number.end(), True, True
            c.reasons.append("a code: capitals and a number written solid")


def _years(text: str, out: list[NameSpan]) -> None:
    """An event's or a product's edition named by its year written apart (바이오코리아 2025에, 2026 부산국제모터쇼):
    a year after a name, then a particle or the sentence's punctuation (not 2025년, not a year before another word),
    is the name's, which is an edition (typed ``other``); a year before an event's name (:func:`event_name`) belongs
    to the event. Not after a place or an organization of the list (서울 2030에)."""
    if not out or _A_YEAR.search(text, max(0, min(c.start for c in out) - 5), max(c.end for c in out) + 5) is None:
        return  # the cheap test first: no year written where either pattern could find one
    for k, c in enumerate(out):
        if c.lang != "ko" or c.title is not None:
            continue
        name = text[c.start:c.end]
        after = _YEAR_AFTER.match(text, c.end)
        if after is not None and (event_name(name) or not is_place(name)) and known_organization(name) is None \
                and (k + 1 == len(out) or out[k + 1].start >= after.end(1)):
            c.end, c.edition, c.locative = after.end(1), True, False
            c.reasons.append("an edition by its year after the name")
        before = _YEAR_BEFORE.search(text, max(0, c.start - 5), c.start)
        if before is not None and event_name(name) and (k == 0 or out[k - 1].end <= before.start(1)):
            c.start = before.start(1)


_WORD_NOUNS = frozenset({"NNP", "NNG", "SL", "SN", "SH", "XPN", "XSN"})
"""Tags of the parts of a word that may stand inside an event's name written apart (청년, 동계, G20, 2026)."""
_JOINERS = frozenset({"·", "-", "‧", "ㆍ"})
"""Marks that join two names inside one word (밀라노·코르티나, 서울-도쿄)."""


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\[“\"']))([가-힣]{3}) $")
_TITLE_AFTER_BODY = re.compile(r"장(?=[은는이가을를의과와도]|\s|$)"
                               r"|\s[가-힣]{0,4}(?:장|관)(?=[은는이가을를의과와도]|\s|$)")
"""A chief's title written solid after a body (통상교섭본부 + 장) or a title of the body's officers written apart
(국세청 조사국장, 외교부 대변인 is a title of the list)."""


_NOT_NAME_PIECES = ("JK", "E", "XSV", "XSA")
"""Tags no piece of a name Kiwi cut up has (허/NNP + 윤/NNG + 재/XPN, 여/IC + 한/MM + 구/NNG): a case particle, an
ending, a suffix making a verb or an adjective (국장 + 이, 기소 + 되 + ㄴ)."""


def _names_before_a_body_and_title(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A Korean name of three syllables written as one word that Kiwi did not read as one proper noun (허윤호/NNG,
    강 + 은 + 비), right before an organization by its head or of the general list and a title after the
    organization (허윤호 개혁신당 대표, 여한솔 통상교섭본부장, 강은비 국세청 조사국장): a person whose title is held in
    that body, as :func:`_name_before_title` reads a name right before a title. The word must have a Korean name's
    shape and a given name people carry, be no place, and Kiwi's pieces of it no case particle, ending or verb (국장이
    정부 대표로, 기소된 태림건설 대표); the pieces it took for names are replaced."""
    added: list[NameSpan] = []
    for d in out:
        if d.lang != "ko" or d.start < 4:
            continue
        body = text[d.start:d.end]  # the cheap test first (remembered): most candidates are no body
        if org_head(body) is None and known_organization(body) is None:
            continue
        word = _WORD_BEFORE.search(text, max(0, d.start - 5), d.start)  # searched only before a body
        if word is None or not _person_shaped(word.group(1)) or any(
                t.tag.startswith(_NOT_NAME_PIECES) for t in tokens if word.start(1) <= t.start < word.end(1)) \
                or any(c.start < word.end(1) and word.start(1) < c.end
                       and (c.start < word.start(1) or c.end > word.end(1) or c.title is not None) for c in out):
            continue  # the word is part of a longer name (순다르 피차이 구글 대표) or a name with its own title
        title = d.title or (m.group().strip() if (m := _TITLE_AFTER_BODY.match(text, d.end)) else None)
        if title is None:
            continue
        added.append(NameSpan(word.start(1), word.end(1), "ko", title_beyond=title, person_context=True,
                              reasons=["a name before a body and a title held in it"]))
    if not added:
        return out
    kept = [c for c in out if not any(a.start <= c.start and c.end <= a.end for a in added)]
    return sorted([*kept, *added], key=operator.attrgetter("start"))


def _noun_words(text: str, tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """The words of a sentence (runs of tokens with no space between) as ``(first, end, whole)``: ``first`` the index of
    the word's first token after an opening quote, ``end`` the index after its last noun or mark joining nouns
    (:data:`_WORD_NOUNS`, :data:`_JOINERS`), ``whole`` whether nothing (a particle, an ending) follows the nouns."""
    words: list[tuple[int, int, bool]] = []
    k = 0
    while k < len(tokens):
        m = k + 1
        while m < len(tokens) and tokens[m].start == tokens[m - 1].end:
            m += 1
        first = k
        while first < m and tokens[first].tag in ("SSO", "SS"):
            first += 1
        end = first
        while end < m and (tokens[end].tag in _WORD_NOUNS or (end > first and tokens[end].tag == "NNB") or (
                end > first and text[tokens[end].start:tokens[end].end] in _JOINERS and end + 1 < m
                and tokens[end + 1].tag in _WORD_NOUNS | {"NNB"})):
            end += 1
        words.append((first, end, end == m))
        k = m
    return words


_EVENT_HEAD = re.compile("|".join(map(re.escape, KOREAN_EVENT_HEADS)))
"""Any of the event heads, written anywhere."""


def _events_written_apart(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """An event named by a name and its event word written apart (G20 정상회의, 밀라노·코르티나 동계올림픽,
    '서울-도쿄 청년 문화제', ISU 그랑프리 파이널): a word whose nouns end in an event's head
    (:data:`~bilingual.entities.gazetteer.KOREAN_EVENT_HEADS`), and before it, one space apart each, up to two words of
    nouns alone and first a name (a candidate, an acronym, a listed place or two joined by · or -) make one event, typed
    ``other``, not the place or the body its name begins with. Not a country's name and a head alone (한국 올림픽
    대표팀: the country's team), nor a body of the general list and its meeting (나토 정상회의, 아세안 지역안보포럼: the
    gold files name the body there), not across a particle or a verb (열린 G20 … starts at G20)."""
    if not out or not tokens:
        return out
    if _EVENT_HEAD.search(text, tokens[0].start, tokens[-1].end) is None:  # the cheap test first: most sentences
        return out  # hold no head (one search for all of them)
    words = _noun_words(text, tokens)
    starts = {c.start for c in out}
    joined: list[NameSpan] = []
    for h, (first, end, _) in enumerate(words):
        if end == first or h == 0:
            continue
        head_word = text[tokens[first].start:tokens[end - 1].end]
        if not head_word.endswith(KOREAN_EVENT_HEADS):
            continue
        chosen = None
        for s in range(h - 1, max(-1, h - 4), -1):
            s_first, s_end, s_whole = words[s]
            if not s_whole or s_end == s_first or tokens[words[s + 1][0]].start != tokens[s_end - 1].end + 1:
                break  # a particle or an ending on the word, or more than one space before the next
            if tokens[s_first].start in starts or tokens[s_first].tag == "SL":
                chosen = s
        if chosen is None:
            continue
        start, end_char = tokens[words[chosen][0]].start, tokens[end - 1].end
        lead = text[start:tokens[words[chosen][1] - 1].end]
        tour = _tour_before_its_event(text, tokens, words, chosen, h)
        if tour is not None:  # LPGA 투어 | 포드 챔피언십: the tour, then its tournament (mentions36)
            joined.append(tour)
            chosen += 2
            start = tokens[words[chosen][0]].start
            lead = text[start:tokens[words[chosen][1] - 1].end]
        if chosen == h - 1 and tour is None and ((head_word in KOREAN_EVENT_HEADS and is_country(lead))
                                                 or known_organization(lead) is not None):
            continue  # 한국 올림픽 대표팀: the country's team at the games; 나토 정상회의: the body of the list meets
            # (after a tour, a company's name and the head are its tournament, by the sponsor: KLPGA 투어 | 롯데 오픈)
        if not event_name(text[start:end_char]) \
                or any(c.start < end_char < c.end or c.start < start < c.end for c in out):
            continue
        year = _YEAR_BEFORE.search(text, max(0, start - 5), start)
        if year is not None:  # 2030 부산·경남 엑스포: the edition's year before the event's name belongs to it
            start = year.start(1)
        if joined and joined[-1].start == start:
            joined.pop()  # ISU 그랑프리 | 파이널: the longer event, whose name ends in a head as well
        joined.append(NameSpan(start, end_char, "ko", kiwi_proper_noun=True, locative=locative_after(tokens, end),
                               reasons=["an event: a name and its event word written apart"]))
    if not joined:
        return out
    kept = [c for c in out if not any(e.start <= c.start and c.end <= e.end for e in joined)]
    return sorted([*kept, *joined], key=operator.attrgetter("start"))


_TOUR_WORDS = frozenset({"투어", "리그"})


def _tour_before_its_event(text: str, tokens: list[Token], words: list[tuple[int, int, bool]], chosen: int,
                           h: int) -> NameSpan | None:
    """A tour or a league by its body's initials (:func:`~bilingual.entities.gazetteer.league_or_tour`: LPGA 투어) at
    the start of an event's name written apart, with a word or more before the event's head (LPGA 투어 | 포드
    챔피언십, KLPGA 투어 | 하이원리조트 여자오픈): the tour is a name of its own, an organization, and the tournament
    starts after it. Not when the head follows 투어 at once (PGA 투어 챔피언십 is one tournament's name), nor after a
    word that is no initials (CME 그룹 투어 챔피언십)."""
    if chosen + 2 >= h:
        return None
    first = words[chosen][0]
    t_first, t_end, t_whole = words[chosen + 1]
    if t_end - t_first != 1 or not t_whole or text[tokens[t_first].start:tokens[t_first].end] not in _TOUR_WORDS:
        return None
    name = text[tokens[first].start:tokens[t_first].end]
    if not league_or_tour(name):
        return None
    return NameSpan(tokens[first].start, tokens[t_first].end, "ko", kiwi_proper_noun=True,
                    reasons=["a tour or a league by its body's initials, before its tournament's name"])


def _index_numbers(text: str, tokens: list[Token], out: list[NameSpan]) -> None:
    """A listed market index and its number written apart (닛케이 225): one name, not the word alone
    (:func:`bilingual.entities.holidays_and_indexes.index_number_end`); a listed index in Latin letters with an
    ampersand (S&P 500), which Kiwi cuts into letters, found as it is written (mentions22)."""
    for c in out:
        end = index_number_end(text, c.start, c.end)
        if end is not None:
            c.end = end
    lo, hi = (tokens[0].start, tokens[-1].end) if tokens else (0, 0)  # the sentence's text, not the document's
    found = list(LATIN_INDEXES.finditer(text, lo, hi)) if text.find("&", lo, hi) >= 0 else []
    for m in found:  # S + & + P + 500: Kiwi's pieces of a listed index written in Latin letters
        if not any(c.start < m.end() and m.start() < c.end for c in out):
            out.append(NameSpan(m.start(), m.end(), "ko", kiwi_proper_noun=True, reasons=["a listed market index"]))
    if found:
        out.sort(key=operator.attrgetter("start"))


_DATED_HEADS = ("전쟁", "혁명", "운동", "민주화운동", "항쟁", "민주항쟁", "사변", "의거", "절", "선언", "사태", "참사")
"""Words after a month and a day that name a historical event by its date (6·25전쟁, 4·19혁명, 5·18민주화운동,
3·1운동, 3·1절, 6·10민주항쟁, 6·15 공동선언 is the date and a common word): the whole is one name."""


def _dated_events(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """Historical events named by their date (6·25전쟁, 4·19혁명, 5·18민주화운동, 3·1절): a month and a day joined by a
    middle dot, then nouns written solid that end in a word of :data:`_DATED_HEADS` (or, one space apart, 전쟁 or 혁명
    alone: 6·25 전쟁); typed ``other`` as events are (mentions22). Not a date of a year (2024·25 시즌) nor a score."""
    if not tokens or "·" not in text[tokens[0].start:tokens[-1].end]:  # the cheap test first
        return out
    found: list[NameSpan] = []
    for k in range(len(tokens) - 3):
        a, dot, b = tokens[k], tokens[k + 1], tokens[k + 2]
        if a.tag != "SN" or dot.form != "·" or b.tag != "SN" or dot.start != a.end or b.start != dot.end \
                or (k > 0 and tokens[k - 1].end == a.start and tokens[k - 1].tag in ("SN", "SP", "SO")) \
                or not date_name(text[a.start:b.end]):
            continue
        j = k + 3
        while j < len(tokens) and tokens[j].tag in ("NNG", "NNP", "XSN") and (
                tokens[j].start == tokens[j - 1].end or (j == k + 3 and text[tokens[j - 1].end:tokens[j].start] == " "
                                                         and tokens[j].form in ("전쟁", "혁명"))):
            j += 1
        words = text[tokens[k + 3].start:tokens[j - 1].end] if j > k + 3 else ""
        if words.endswith(_DATED_HEADS) and tokens[j - 1].tag != "XSN":
            found.append(NameSpan(a.start, tokens[j - 1].end, "ko", kiwi_proper_noun=True,
                                  reasons=["a historical event named by its date (6·25전쟁, 4·19혁명)"]))
    if not found:
        return out
    kept = [c for c in out if not any(f.start < c.end and c.start < f.end for f in found)]
    return sorted(kept + found, key=operator.attrgetter("start"))


_ANIMALS = frozenset("판다 자이언트판다 반려견 강아지 고양이 반려묘 코끼리 돌고래 고릴라 침팬지 호랑이 사자 기린 "
                     "북극곰 "
                     "경주마 씨수말 경찰견 구조견 탐지견 안내견 군견 수달 물범 바다사자 펭귄 앵무새 벨루가 황새 두루미 "
                     "퓨마 표범 하마 코알라 캥거루 레서판다 알파카 원숭이 오랑우탄".split())
"""Kinds of animal that zoos, owners and news name (판다 푸바오, 반려견 토리, 경주마 X): a name right after one is the
animal's, typed ``other`` whatever its shape (mentions22)."""
_ANIMAL_WORD = re.compile("|".join(sorted(_ANIMALS, key=len, reverse=True)))
"""Any kind of animal of :data:`_ANIMALS`, written anywhere."""
ANIMAL_BEFORE = Cue("ko-animal-before", "other", "strong")
_ANIMALS_JOINED = re.compile(r"(?:와|과|,)\s?")
"""The cue of a kind of animal right before a name (:data:`_ANIMALS`)."""


_PRODUCT_KINDS = frozenset("치료제 신약 백신 주사제 의약품 항암제 진통제 치매약 비만약 당뇨약 항생제 감기약".split())
"""Kinds of medicine written right before a drug's name (비만 치료제 X, 항암제 X, 코로나19 백신 X)."""
PRODUCT_BEFORE = Cue("ko-product-before", "other", "strong")
"""The cue of a kind of medicine right before a name (:data:`_PRODUCT_KINDS`)."""


def _products_after_their_kind(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A drug named right after its kind (비만 치료제 X가, 항암제 X를): one word of nouns, read as transcribed from a
    foreign language (:func:`bilingual.names.foreign_word.transcribed`: drugs' names are; 개발, 접종 are no names),
    after a word of :data:`_PRODUCT_KINDS`, is the drug's name, typed ``other`` (mentions22)."""
    if _PRODUCT_KINDS.isdisjoint(map(_FORM, tokens)):
        return out  # the cheap test first (its loop in C): no kind of medicine in the sentence
    found: list[NameSpan] = []
    for k in range(len(tokens) - 1):
        if tokens[k].tag != "NNG" or tokens[k].form not in _PRODUCT_KINDS or tokens[k + 1].start != tokens[k].end + 1 \
                or tokens[k + 1].tag not in ("NNG", "NNP"):
            continue
        j = k + 2
        while j < len(tokens) and tokens[j].tag in ("NNG", "NNP") and tokens[j].start == tokens[j - 1].end:
            j += 1
        start, end = tokens[k + 1].start, tokens[j - 1].end
        word = text[start:end]
        if len(word) >= 2 and transcribed(word) and not any(c.start < end and start < c.end for c in out):
            found.append(NameSpan(start, end, "ko", kiwi_proper_noun=True, cue=PRODUCT_BEFORE,
                                  reasons=["a drug's name after its kind"]))
    return sorted(out + found, key=operator.attrgetter("start")) if found else out


_MODEL_AFTER_ITS_KIND = re.compile(
    r"(?<![가-힣])(?:전기차|신차|세단|SUV|스마트폰|폴더블폰|노트북|태블릿|전투기|헬기) "
    r"((?:([가-힣]{2,}) ?|[A-Za-z]{1,10} ?)[A-Za-z]{0,2}\d{1,4}[A-Za-z]?)(?=[을를이가은는의도와과로에]|\s|[,.]|$)")
"""A kind of car, phone, computer or aircraft and, one space after it, a model's name: a word and a number, apart
or solid (전기차 아이오닉 9, 전기차 EV4, 스마트폰 갤럭시 S25), then a particle, a space or a stop."""


def _models_after_their_kind(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A model named right after its kind (:data:`_MODEL_AFTER_ITS_KIND`: 신형 전기차 아이오닉 9을, 새 전기차 EV4를) is
    one name, a product's, typed ``other`` (:attr:`NameSpan.model`; mentions44): its word in Latin letters, or in
    Hangul read as transcribed from a foreign language (전기차 판매 1,000대 names no model). Candidates inside give
    way; one crossing it leaves the model alone."""
    found: list[NameSpan] = []
    for m in _MODEL_AFTER_ITS_KIND.finditer(text, tokens[0].start, tokens[-1].end):
        start, end = m.span(1)
        if (m.group(2) is not None and not transcribed(m.group(2))) \
                or any(c.start < start < c.end or c.start < end < c.end for c in out):
            continue
        found.append(NameSpan(start, end, "ko", kiwi_proper_noun=True, model=True,
                              reasons=["a model's name and number after its kind"]))
    if not found:
        return out
    kept = [c for c in out if not any(f.start <= c.start and c.end <= f.end for f in found)]
    return sorted(kept + found, key=operator.attrgetter("start"))


_NOT_FIRM_NAMES = frozenset(
    "소속 측 관계자 출신 업계 설립 대표 변호사 회계사 세무사 변리사 노무사 파트너 고문 사무실 사무소 "
    "등록 인가 합병 분할 소송 자문 감사 선임 가운데 사이 업무 시장 관련 다수 여러 대형 중소형 전문".split())
"""Common nouns that follow a kind of 법인 as words of their own (법무법인 소속 변호사, 회계법인 감사,
법무법인 가운데): no firm's name."""


def _firms_after_their_kind(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A firm written with its kind of 법인 first and its name after it (법무법인 세종, 회계법인 한영): the
    kind as a word of its own (:data:`bilingual.entities.gazetteer.KOREAN_FIRM_KINDS`), a space, then one word
    of nouns of two syllables or more is one organization's name, the kind with it; the candidates inside it
    (the name alone, typed by its own word: 태평양 a place, 세종 a city) give way to it (typer28)."""
    sentence = text[tokens[0].start:tokens[-1].end] if tokens else ""  # ``text`` is the whole document
    if not any(kind in sentence for kind in KOREAN_FIRM_KINDS):
        return out  # the cheap test first, on this sentence only
    found: list[NameSpan] = []
    k = 0
    while k < len(tokens) - 1:
        first = tokens[k]
        j = k
        while j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end and tokens[j + 1].tag in ("NNG", "NNP"):
            j += 1  # 법무 + 법인: Kiwi may cut the kind in two
        kind = text[first.start:tokens[j].end]
        if kind not in KOREAN_FIRM_KINDS or (k > 0 and tokens[k - 1].end == first.start) or j + 1 >= len(tokens) \
                or tokens[j + 1].start != tokens[j].end + 1 or tokens[j + 1].tag not in ("NNG", "NNP"):
            k += 1
            continue
        n = j + 2
        while n < len(tokens) and tokens[n].tag in ("NNG", "NNP") and tokens[n].start == tokens[n - 1].end:
            n += 1
        start, end = first.start, tokens[n - 1].end
        word = text[tokens[j + 1].start:end]
        if len(word) >= 3 and word[-1] in "과와" and tokens[n - 1].tag == "NNP" and text[end:end + 1] == " ":
            end -= 1  # 법무법인 세종과 김앤장: the conjunction Kiwi read into the name
            word = word[:-1]
        if len(word) >= 2 and word not in KOREAN_TITLES and word not in KOREAN_OCCUPATIONS \
                and word not in _NOT_FIRM_NAMES:
            found.append(NameSpan(start, end, "ko", kiwi_proper_noun=True,
                                  reasons=["a firm's name after its kind of 법인 (법무법인 세종)"]))
        k = n
    if not found:
        return out
    kept = [c for c in out if not any(c.start < f.end and f.start < c.end for f in found)]
    return sorted(kept + found, key=operator.attrgetter("start"))


def _short_forms_after(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A short form in parentheses right after an organization's or a place's name (금융감독원(금감원),
    전국교직원노동조합(전교조)) that Kiwi reads as a common noun: one word of nouns of two to five syllables that
    :func:`abbreviates` the name before it is a candidate, typed by :func:`bilingual.entities.mentions`'
    ``_short_forms_in_parentheses`` as the name it abbreviates (mentions22)."""
    found: list[NameSpan] = []
    for c in out:
        if text[c.end:c.end + 1] != "(":
            continue
        close = text.find(")", c.end + 1, c.end + 8)
        short = text[c.end + 1:close] if close > 0 else ""
        if not 2 <= len(short) <= 5 or not all(is_syllable(ch) for ch in short) \
                or not abbreviates(short, text[c.start:c.end].replace(" ", "")) or len(short) >= c.end - c.start \
                or any(d.start == c.end + 1 for d in out):
            continue
        if any(t.start == c.end + 1 and t.tag in ("NNG", "NNP") for t in tokens):
            found.append(NameSpan(c.end + 1, close, "ko", kiwi_proper_noun=True,
                                  reasons=["a short form in parentheses after the name it abbreviates"]))
    return sorted(out + found, key=operator.attrgetter("start")) if found else out


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is made of syllables of ``full`` in order, starting with its first (전교조,
    전국교직원노동조합); a syllable of the full name that begins a word with ㅇ or ㄴ by the initial-sound rule is
    written with ㄹ inside the short form (연합회, 전경련)."""
    if not short or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(any(same_syllable(s, f) for f in rest) for s in short[1:])


def same_syllable(in_short: str, in_full: str) -> bool:
    if in_short == in_full:
        return True
    if not (is_syllable(in_short) and is_syllable(in_full)):
        return False
    a, b = decompose(in_short), decompose(in_full)
    return a[0] == "ㄹ" and b[0] in ("ㅇ", "ㄴ") and a[1:] == b[1:]



_STATION_AFTER = re.compile("\\s[가-힣]{1,6}역(?:[을를이가은는에의도과와로서]|\\s|$)")
BUSINESS_SHORT_FORM = Cue("ko-business-short-form", "org", "strong")
FIRM_IN_A_LIST = Cue("ko-listed-with-firm", "org", "strong")
_FIRM_KINDS = frozenset({"company", "group"})


def _short_forms_of_firms(text: str, out: list[NameSpan]) -> None:
    """The convention for a Hangul name of two syllables whose first is a family name (typer33, counted on every
    typed file's gold): news name a Korean person so only with a cue of a person — a title after it (황보 장관), an
    occupation before it (가수 X), 스님, 본명, a verb only people do —, and name companies and public corporations
    so by their short forms (한전, 한은, 배민); so what is said of such a name's business makes it an organization,
    outweighing its shape, where a name of three syllables (a full name's length) keeps its shape's type:

    - it is the subject or the owner of a business clause (:mod:`bilingual.entities.evidence`'s ``ko-business-
      clause``: X는 … 실적, X가 … 공장을 짓는다, X의 목표 주가), a clause cue made strong (``ko-business-short-form``);
    - it stands in a list with a company or a business group that the general list knows (쿠팡이츠·X, X와 포스코:
      ``ko-listed-with-firm``): companies are listed with companies.

    A title, an occupation, a person's cue or a place of the gazetteer (which :func:`mention_type` reads first) keeps
    the name's type."""
    for k, c in enumerate(out):
        if c.end - c.start != 2 or c.title is not None or c.title_beyond is not None or c.person_context \
                or not korean_name_shape(text[c.start:c.end]):
            continue
        if c.cue is not None and c.cue.rule == "ko-business-clause":
            c.cue = BUSINESS_SHORT_FORM
        elif c.cue is None and any(_a_firm(text[d.start:d.end]) for d in _listed_with(text, out, k)):
            c.cue = FIRM_IN_A_LIST


def _listed_with(text: str, out: list[NameSpan], k: int) -> list[NameSpan]:
    """The candidates right before and right after ``out[k]`` joined to it by a conjunction (과, 와, ·, a comma)."""
    c = out[k]
    before = [out[k - 1]] if k > 0 and CONJUNCTION_KO.fullmatch(text[out[k - 1].end:c.start]) else []
    after = [out[k + 1]] if k + 1 < len(out) and CONJUNCTION_KO.fullmatch(text[c.end:out[k + 1].start]) else []
    return before + after


def _a_firm(name: str) -> bool:
    """A company or a business group of the general list, or a company named on a group's name (삼성전자)."""
    return known_organization(name) in _FIRM_KINDS or group_company(name) is not None


BEATEN_SIDE = Cue("ko-beaten-side", "org", "strong")
"""The side a team beat by a score, when the winner is an organization (흥국생명은 정관장을 3-1로 꺾었다): a team too,
whatever its name looks like (정관장 has a Korean name's shape and Kiwi reads it 정 + 관장)."""
TEAM_GAME_SIDE = Cue("ko-team-game-side", "org", "strong")
"""Both sides of a result by a score when neither has a kind of its own and the sentence names a home or an away
game or a goal (페예노르트는 … 홈경기에서 아약스를 2대 1로 이겼다): teams, not players (mentions40)."""
TEAM_GAME = re.compile(r"홈\s?경기|원정\s?경기|홈구장|원정 ?길|(?<![가-힣])골(?:을|로|이|은|과|에)|\d+호\s?골|"
                        r"결승골|동점골|선제골|추가골|승점")
"""Words of a game only teams play (a home or an away game, a home ground, league points, a goal: 골 alone, not 골프
or 골목); a tennis or a badminton score between two names reads the same as a football one."""
_RESULT_HINT = re.compile(r"[을를]\s(?:세트\s?스코어\s)?\d{1,3}\s?[-:대]\s?\d{1,3}")
_BEATEN = re.compile(r"(?<![^\s(\[\"'‘“])([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})[을를]\s"
                     r"(?:세트\s?스코어\s)?\d{1,3}\s?[-:대]\s?\d{1,3}(?:으로|로)\s(?:꺾|눌렀|누르|이기|이겼|제압|격파|완파|물리|따돌|잡았|잡고|돌려세)")
"""A side beaten by a score: a word before 을 or 를, a score, and a verb of winning (X를 3-1로 꺾었다, 89-77로
눌렀다)."""
_WINNER_PARTICLE = re.compile("[은는이가]")


def _sides_of_a_result(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """The Korean mirror of the English sides of a result (mentions36): the word beaten by a score (:data:`_BEATEN`) is
    a team when the winner named before it with 은, 는, 이 or 가 is an organization by its own evidence
    (:func:`~bilingual.entities.gazetteer.mention_type`: 흥국생명 by its head, 원주 DB a club by city and sponsor) —
    the sides of a result are of one kind. The word is one candidate (Kiwi cuts 정관장 into 정 + 관장 and finds no
    name), with a listed place one space before it when there is one (안양 정관장: a club by its home city), and the
    cue :data:`BEATEN_SIDE`. Not a place of the gazetteer alone (수원, 일본: a country's side stays the country), not
    after a winner who is a person (안세영은 X를 2-0으로 꺾었다: a player beat a player)."""
    lo, hi = tokens[0].start, tokens[-1].end
    starts = [c.start for c in out]  # the candidates are in text order: each side's neighbours found by bisection
    added: list[NameSpan] = []
    for m in _BEATEN.finditer(text, lo, hi):
        a, b = m.span(1)
        k = bisect.bisect_left(starts, a)
        before = out[max(0, k - _WINNER_REACH):k]
        winner = next((c for c in reversed(before) if c.end <= a and _WINNER_PARTICLE.match(text, c.end)
                       and text[c.end + 1:c.end + 2] in (" ", "")), None)
        if winner is None:
            continue
        kind = mention_type(text[winner.start:winner.end], "ko", proper_noun=winner.kiwi_proper_noun,
                            org_context=winner.org_context, cue=winner.cue)[0]
        cue = BEATEN_SIDE
        if kind != "org":
            # 페예노르트는 … 홈경기에서 아약스를 2대 1로 이겼다: neither side has a kind, but a home game or a goal is
            # played by teams only (mentions40): both sides are organizations
            if kind != "other" or winner.cue is not None or winner.title is not None or winner.person_context \
                    or TEAM_GAME.search(text, lo, hi) is None:
                continue
            cue = TEAM_GAME_SIDE
        inside = out[k:bisect.bisect_left(starts, b)]
        if cue is TEAM_GAME_SIDE and (is_place(text[a:b]) or any(
                c.cue is not None or c.title is not None or c.person_context or mention_type(
                    text[c.start:c.end], "ko", proper_noun=c.kiwi_proper_noun, org_context=c.org_context)[0]
                not in ("other", "org") for c in inside)):
            continue  # the beaten side is a place, or of a kind of its own: no team game read from it
        if is_place(text[a:b]) or (before and before[-1].end > a) or any(c.end > b for c in inside):
            continue  # a place, or a candidate crossing the word's edges
        if cue is TEAM_GAME_SIDE:
            winner.cue = TEAM_GAME_SIDE
            winner.reasons = [*winner.reasons, "the winning side of a score in a game of teams (a home game, a goal)"]
        home = before[-1] if before and before[-1].end == a - 1 and text[a - 1] == " " \
            and before[-1].title is None and _home_city(text[before[-1].start:before[-1].end]) else None
        added.append(NameSpan(home.start if home is not None else a, b, "ko", kiwi_proper_noun=True, cue=cue,
                              reasons=["the side an organization beat by a score (X를 3-1로 꺾었다)"]))
    if not added:
        return out
    covered = [(e.start, e.end) for e in added]  # in text order, apart: one sweep drops the candidates inside them
    kept: list[NameSpan] = []
    e = 0
    for c in out:
        while e < len(covered) and covered[e][1] <= c.start:
            e += 1
        if not (e < len(covered) and covered[e][0] <= c.start and c.end <= covered[e][1]):
            kept.append(c)
    return sorted([*kept, *added], key=operator.attrgetter("start"))


BEATEN_PLAYER = Cue("ko-beaten-player", "person", "strong")
"""The side a person beat (안세영은 결승에서 왕즈이를 꺾었다): a player too (:func:`_players_beaten`)."""
_PLAYER_BEATEN_HINT = re.compile(r"[을를]\s(?:(?:세트\s?스코어\s)?\d{1,3}\s?[-:대]\s?\d{1,3}(?:으로|로)\s)?"
                                 r"(?:꺾|눌렀|누르|제압|물리|이기고|이겼|격파|완파|따돌)")
"""A word beaten, with or without a score (X를 꺾었다, X를 2-0으로 꺾고)."""
_WINNER_BEFORE = re.compile(r"(?:\([^()]{1,20}\))?[은는이가]\s")
"""What ends a winner's name before its clause: a particle of the subject, after a bracket of its team or age at most
(안세영(삼성생명)은, 신유빈은)."""


def _players_beaten(text: str, tokens: list[Token], out: list[NameSpan]) -> None:
    """A candidate beaten (:data:`_PLAYER_BEATEN_HINT`) that has no evidence of its own (``mention_type`` leaves it
    ``other``: 왕즈이, 쑨잉사, names transcribed from Chinese), when the winner named before it with 은, 는, 이 or 가
    is a person by its own evidence (안세영, 신유빈: a Korean name's shape, a title, an occupation), takes the cue
    :data:`BEATEN_PLAYER`: a player beats a player (the mirror of :func:`_sides_of_a_result`, which reads an
    organization's win; mentions38). No candidate is made; a place, a body or a club keeps its type (일본을 꺾었다)."""
    for m in _PLAYER_BEATEN_HINT.finditer(text, tokens[0].start, tokens[-1].end):
        k = next((k for k, c in enumerate(out) if c.end == m.start()), None)
        if k is None:
            continue
        c = out[k]
        if c.title is not None or c.cue is not None or mention_type(
                text[c.start:c.end], "ko", proper_noun=c.kiwi_proper_noun, locative=c.locative,
                org_context=c.org_context, person_context=c.person_context)[0] != "other":
            continue
        winner = next((w for w in reversed(out[max(0, k - _WINNER_REACH):k])
                       if not (text[w.start - 1:w.start] == "(" and text[w.end:w.end + 1] == ")")
                       and _WINNER_BEFORE.match(text, w.end)), None)
        if winner is not None and mention_type(
                text[winner.start:winner.end], "ko", title=winner.title, proper_noun=winner.kiwi_proper_noun,
                org_context=winner.org_context, person_context=winner.person_context, cue=winner.cue)[0] == "person":
            c.cue = BEATEN_PLAYER
            c.reasons = [*c.reasons, f"beaten by {text[winner.start:winner.end]!r}, a person: a player"]


_WINNER_REACH = 8
"""How many candidates before a beaten side :func:`_sides_of_a_result` reads for the winner (흥국생명은 … 정관장을: the
subject of the clause, a few names back at most)."""


def _home_city(name: str) -> bool:
    """A club's home city before its name (안양 정관장): a place of the gazetteer of one word, no country."""
    return " " not in name and is_place(name) and not is_country(name)


ACRONYM_GLOSS = Cue("ko-acronym-gloss", "org", "strong")
"""A Hangul name read as the acronym in parentheses right after it (카이스트(KAIST), 코트라(KOTRA)): the body's name
written twice, an organization (mentions36)."""
_ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-Z][A-Z0-9&]{2,6})\)")
ACRONYM_GLOSS_FLOOR = 0.5
"""The least transcription score at which a Hangul word and the acronym after it are one name read aloud (카이스트
KAIST 0.72, 유니스트 UNIST 1.0, 포스텍 POSTECH 0.94; 서울 KAIST 0.26): the floor of ``mentions.GLOSS_FLOOR`` for a
person's name and its Latin spelling."""


def _acronyms_in_parentheses(text: str, out: list[NameSpan]) -> None:
    """A Hangul candidate with no cue, right before an organization's acronym of three letters or more in parentheses
    that it reads aloud (:data:`ACRONYM_GLOSS_FLOOR`: 카이스트(KAIST), 포스텍(POSTECH)), takes the cue
    :data:`ACRONYM_GLOSS`: the short form Kiwi reads as a proper noun of no kind is the body the acronym names, and a
    name coordinated with it shares the type (카이스트(KAIST)와 포스텍). Not a stage name in capitals (리사(LISA),
    제니(JENNIE): an English given name), nor under three letters (아이유(IU)). A proper noun of one word coordinated
    right after the parentheses (와, 과, a comma) takes the cue too, unless a place or a Korean name (지스트 is not: its
    syllables after 지 are no given name's): the
    stage's step that types coordinated names alike reads no name across the Latin one between them. The mirror of
    the Latin name of a body in parentheses after its Korean name (``mentions._latin_names_in_parentheses``)."""
    for k, c in enumerate(out):
        m = _ACRONYM_IN_PARENTHESES.match(text, c.end)
        if m is None or c.cue is not None or c.title is not None:
            continue
        name, latin = text[c.start:c.end], m.group(1)
        if not all(is_syllable(ch) for ch in name) or not acronym(latin) \
                or latin.capitalize() in english_given_names() \
                or transcription_score(name, latin) < ACRONYM_GLOSS_FLOOR:
            continue
        c.cue = ACRONYM_GLOSS
        c.reasons = [*c.reasons, f"read aloud as the acronym {latin!r} in parentheses after it"]
        d = next((d for d in out[k + 1:k + 4] if d.start > m.end()), None)  # past the acronym's own candidate
        if d is not None and CONJUNCTION_KO.fullmatch(text, m.end(), d.start) and d.cue is None and d.title is None \
                and d.kiwi_proper_noun and all(is_syllable(ch) for ch in text[d.start:d.end]) \
                and not _person_shaped(text[d.start:d.end]) and not is_place(text[d.start:d.end]):
            d.cue = ACRONYM_GLOSS  # 카이스트(KAIST)와 포스텍: coordinated with the body, of its kind
            d.reasons = [*d.reasons, f"coordinated with {name!r}, the body of the acronym {latin!r}"]


IN_A_MOUNTAIN = Cue(MOUNTAIN_CUE, "place", "clause")
"""A name right after a mountain's (:func:`_names_in_a_mountain`)."""


def _names_in_a_mountain(text: str, out: list[NameSpan]) -> None:
    """A candidate one space after a mountain's name (three syllables or more ending in 산, a place:
    한라산, 설악산), with no title nor cue of its own, takes the cue :data:`IN_A_MOUNTAIN`: a peak, a crater, a
    trailhead or a temple of the mountain (한라산 백록담, 한라산 성판악), which only outweighs a Korean name's
    shape in ``mention_type``; a city in 산 has two syllables (부산, 울산: 부산 김민재 stays the person;
    mentions38)."""
    for c, d in itertools.pairwise(out):
        if d.start == c.end + 1 and text[c.end] == " " and d.title is None and d.cue is None \
                and c.end - c.start >= 3 and text[c.end - 1] == "산" and is_place(text[c.start:c.end]):
            d.cue = IN_A_MOUNTAIN


STATION = Cue("ko-station", "place", "strong")
"""A name and 역 (驛) written solid that Kiwi cut apart (GTX-A 삼성 + 역): a station, a place."""
_NOT_A_STATION_AFTER = re.compile(r"(?:을|를|으로|로|은|는|에)\s?(?:맡|열연|출연|연기|캐스팅|소화|분(?:해|했|한|하))"
                                  r"|(?:으로|로)\s무대에")
"""What follows 역 as a role in a play or a film (햄릿역을 맡은, 춘향역으로 출연, 로미오역으로 무대에 선다): no
station."""


ADDRESS_AFTER_A_STATE = Cue("ko-address-after-a-state", "place", "strong")
"""The cue of a proper noun one space after a foreign state, province or prefecture (테네시주 멤피스의 공장): the
city of that address (mentions54)."""


def _cities_after_their_state(text: str, out: list[NameSpan]) -> None:
    """A proper noun of Kiwi's one space after a foreign state, province or prefecture written solid (테네시주 멤피스,
    미시간주 홀랜드: :func:`~bilingual.entities.gazetteer.foreign_state`) is the city of that address,
    a place, whatever the clause after it says (테네시주 멤피스의 변압기 공장: not the company of a plant). Not a name
    with a title (텍사스주 애벗 주지사) nor one another cue already types; a body's head or the general list still
    type it first (:func:`~bilingual.entities.gazetteer.mention_type`)."""
    for p, c in itertools.pairwise(out):
        if c.start == p.end + 1 and c.title is None and p.title is None and c.kiwi_proper_noun \
                and (c.cue is None or c.cue.strength == "clause") and foreign_state(text[p.start:p.end]):
            c.cue = ADDRESS_AFTER_A_STATE
            c.reasons = [*c.reasons, f"after the state {text[p.start:p.end]!r}: the city of the address"]


def _stations_cut_short(text: str, tokens: list[Token], out: list[NameSpan]) -> None:
    """A candidate that Kiwi's 역 (a common noun) follows written solid, before a particle, a space or the end, is a
    station's name cut short (GTX-A 삼성 | 역: the group's name before it, typed an organization): the candidate takes
    역 in and the cue :data:`STATION` (mentions36). Not a role in a play (햄릿역을 맡은), nor a title's holder."""
    if not out or text.find("역", tokens[0].start, tokens[-1].end) < 0:  # the cheap test first
        return
    after = {t.start: k for k, t in enumerate(tokens)}
    for c in out:
        k = after.get(c.end)
        if k is None or c.title is not None or tokens[k].form != "역" or tokens[k].tag != "NNG" \
                or c.end - c.start < 2 or not is_syllable(text[c.end - 1]):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (nxt is not None and nxt.start == tokens[k].end and not nxt.tag.startswith("J")) \
                or _NOT_A_STATION_AFTER.match(text, tokens[k].end):
            continue
        c.end = tokens[k].end
        c.cue, c.locative = STATION, locative_after(tokens, k + 1)
        c.reasons = [*c.reasons, "a station: a name and 역 written solid"]


_CODE_BEFORE = re.compile(r"(?<![A-Za-z0-9-])[A-Z]{2,5}-$")
"""Capitals and a hyphen glued before a Hangul word (KTX-이음, KTX-산천): a product line's code."""
_CODE_IN_A_NAME = re.compile(r"[A-Z]{2,5}-(?=[가-힣]+$)")
"""The same code at the start of a candidate read whole with its Hangul word (ITX-새마을; mentions40)."""
_NUMBER_AFTER = re.compile(r"-\d{1,4}(?![\d.,])")
"""A hyphen and a number glued after a Hangul word (마하-1, 누리-2): a model's number."""


def _models_with_a_hyphen(text: str, out: list[NameSpan]) -> list[NameSpan]:
    """A Hangul candidate of no title glued by a hyphen to capitals before it or to a number after it (KTX-이음,
    마하-1) is a model's or a product line's name, the code and the number included: a craft (``mentions._type``:
    ``other``), not the person a Korean name's shape made of 이음 or 마하 (mentions38). Not a name typed an
    organization or a place on its own (LG-현대차 is two companies, a joint venture's partners) — but a place only
    by its ending after a code is a model (ITX-새마을: 마을, mentions40) —, and the
    candidates inside the longer span (KTX) are dropped."""
    # the cheap test first: every rule needs a hyphen inside a candidate, right before it (a code's: _CODE_BEFORE
    # ends in one at the name) or right after it (a number's); ``text`` is the whole document
    if not out or text.find("-", max(0, min(c.start for c in out) - 1), max(c.end for c in out) + 1) < 0:
        return out
    spans: list[tuple[int, int]] = []
    for c in out:
        if c.title is not None or c.craft or not is_syllable(text[c.end - 1]):
            continue
        glued = None
        if not is_syllable(text[c.start]):  # ITX-새마을 read whole: its Hangul part is the name asked about
            glued = _CODE_IN_A_NAME.match(text, c.start, c.end)
            if glued is None:
                continue
        start = c.start if glued is None else glued.end()
        code = _CODE_BEFORE.search(text, max(0, start - 6), start)
        number = _NUMBER_AFTER.match(text, c.end)
        if code is None and number is None:
            continue
        name = text[start:c.end]
        kind = mention_type(name, "ko", proper_noun=c.kiwi_proper_noun, org_context=c.org_context,
                            person_context=c.person_context, cue=c.cue)[0]
        # ITX-새마을: a place only by its ending (마을) after a code is a model too (mentions40); a listed place is not
        if kind == "org" or (kind == "place" and (code is None or listed_place(name))):
            continue
        c.start = code.start() if code is not None else c.start
        c.end = number.end() if number is not None else c.end
        c.craft, c.cue, c.locative = True, None, False
        c.reasons = [*c.reasons, "a model's name: a code or a number glued to it by a hyphen (KTX-이음, 마하-1)"]
        spans.append((c.start, c.end))
    if not spans:
        return out
    return [c for c in out if c.craft or not any(a <= c.start and c.end <= b for a, b in spans)]


def _roles_in_a_play(text: str, out: list[NameSpan]) -> list[NameSpan]:
    """The candidates ending in 역 written solid before the words of a role (로미오역을 맡았다, 햄릿역으로 출연한,
    춘향역에 캐스팅: :data:`_NOT_A_STATION_AFTER`) are dropped: 역 (役) is the part an actor plays, no station (驛),
    which the gazetteer reads in any word of three syllables or more ending in 역 (mentions38). The character's name
    is not typed: a play's characters are people, gods or animals, and a false place is worse than no name."""
    return [c for c in out if not (c.end - c.start >= 2 and text[c.end - 1] == "역" and c.title is None
                                   and _NOT_A_STATION_AFTER.match(text, c.end))]


RAILWAY_LINE = Cue("ko-line-station", "place", "strong")
"""A name that ends in 선 (線, a line) right before a station's name (…역): a railway or subway line, a place
(신분당선 강남역, 경춘선 가평역에서; mentions22). Not 선 without a station after it (당선, 유람선)."""


def _named_animals(text: str, out: list[NameSpan]) -> None:
    """A name right after a kind of animal (쌍둥이 판다 루이바오와 후이바오, 반려견 토리는) is the animal's: its cue is
    :data:`ANIMAL_BEFORE`; a name Kiwi joined to the kind (판다 + 루이바오 as one proper noun run) starts after it;
    names coordinated after it (…와 후이바오) are animals too."""
    if not out or _ANIMAL_WORD.search(text, max(0, min(c.start for c in out) - 8), max(c.end for c in out)) is None:
        return  # the cheap test first: no kind of animal written in or just before the candidates
    animal_end = -1
    for c in out:
        name = text[c.start:c.end]
        first, _, rest = name.partition(" ")
        if rest and first in _ANIMALS:
            c.start += len(first) + 1
            c.cue, c.title, c.japanese, animal_end = ANIMAL_BEFORE, None, False, c.end  # no family name 판다
            continue
        before = text[max(0, c.start - 8):c.start]
        after_kind = before.endswith(" ") and before.split()[-1:] and before.split()[-1] in _ANIMALS
        coordinated = animal_end >= 0 and _ANIMALS_JOINED.fullmatch(text, animal_end, c.start) is not None
        if after_kind or coordinated:
            c.cue, c.title, animal_end = ANIMAL_BEFORE, None, c.end
        else:
            animal_end = -1


def _regnal_numbers(text: str, out: list[NameSpan]) -> None:
    """A monarch's or a pope's name with its regnal number (찰스 3세 영국 국왕, 교황 레오 14세, 엘리자베스 2세
    여왕): the number and 세 belong to the name, and the royal or papal title before or after says it is a person's
    (a number and 세 alone may be an age)."""
    for c in out:
        found = _REGNAL_AFTER.match(text, c.end)
        if found is None or c.title is not None or not c.kiwi_proper_noun:
            continue
        end = found.end()
        if _ROYAL_BEFORE.search(text, max(0, c.start - 5), c.start) or _ROYAL_AFTER.match(text, end):
            c.end, c.person_context = end, True
            c.reasons.append("a regnal number and a royal or papal title beside it")


_VENUE_AFTER = re.compile(" (?:" + "|".join(sorted(VENUE_WORDS, key=len, reverse=True)) + ")"
                          "(?=$|[^가-힣]|[을를이가은는에의도과와로서])")
"""A word for a sports venue written apart right after a name, alone or with its particle (현대건설 스타디움에서)."""


_BUILDING_WORDS = "[가-힣]{1,3}(?:기지|공항)|국빈관|영빈관|소통관|대극장|소극장|공연장|궁전|대성당|전망대|대로"
_WORD_ENDS = "(?=$|[^가-힣]|[을를이가은는에의도과와로서])"
_BUILDING_AFTER = re.compile(f" (?:{_BUILDING_WORDS}){_WORD_ENDS}")
"""A word for a building, a hall in one, a ground, an airport or a base written apart right after the name it is
named for, alone or with its particle (댜오위타이 국빈관에서, 세종문화회관 대극장, 국회 소통관, 응우라라이 국제공항이,
반덴버그 우주군기지에서, 파울리스타 대로): the name and the word make one place (mentions44). 박물관 and 미술관 are
not among them: :data:`~bilingual.entities.gazetteer.KOREAN_ORG_HEADS` reads them as institutions."""
_VENUE_OR_BUILDING = "|".join(sorted(VENUE_WORDS, key=len, reverse=True)) + f"|{_BUILDING_WORDS}"
_A_BUILDING_WORD = re.compile(f" (?:{_VENUE_OR_BUILDING})")
"""The cheap test of a sentence for :func:`_places_by_their_building`: a word for a building or a venue after a
space."""
_BUILDING_OR_VENUE_AFTER = re.compile(f"(?<![가-힣])([가-힣]+) (?:{_VENUE_OR_BUILDING}){_WORD_ENDS}")
"""A Hangul word before :data:`_BUILDING_AFTER` or a word for a sports venue (:data:`VENUE_WORDS`: 아노에타
경기장)."""
_NO_PART_OF_A_NAME = ("J", "E", "V", "X")
"""Kiwi's tags of particles, endings, verbs and affixes: a word with one inside is no name (…에서, 하는)."""


_NOT_A_GLUED_PARTICLE = ("주의", "회의", "합의", "협의", "논의", "정의", "동의", "의의", "강의", "모의")
"""Words that end in 의 as a noun of their own (마오주의, -ism; 회의, a meeting), not in the genitive particle."""


def _particles_glued(text: str, tokens: list[Token], out: list[NameSpan]) -> None:
    """A proper noun of Kiwi's that took the particle after it in (울진의, 캄피나스의, 벵갈루루에, 송도컨벤시아에 + 서):
    the particle is cut off the candidate when the word ends there and what is left is a name by its own evidence —
    a place the gazetteer lists, or, before 의 or before 에 with 서 read apart, a word transcribed from a foreign
    language. 에 before a space only after a listed place: a transcribed name may end in 에 (칼스루에 공과대학)."""
    ends = None
    for c in out:
        last = text[c.end - 1]
        if last not in "의에" or c.end - c.start < 3 or c.title is not None or c.craft or c.building \
                or text.endswith(_NOT_A_GLUED_PARTICLE, c.start, c.end):
            continue
        if ends is None:
            ends = {t.end: k for k, t in enumerate(tokens)}
        k = ends.get(c.end)
        if k is None or tokens[k].tag != "NNP" or tokens[k].end - tokens[k].start < 3:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        glued_seo = after is not None and after.start == c.end and after.tag == "JKB" and after.form == "서"
        if not glued_seo and c.end < len(text) and text[c.end].isalnum():
            continue  # the word goes on: no particle ends it
        stem = text[c.start:c.end - 1]
        if not (listed_place(stem) or ((last == "의" or glued_seo) and " " not in stem and transcribed(stem))):
            continue
        c.end -= 1
        c.locative = last == "에"
        c.reasons = [*c.reasons, f"a particle {last!r} Kiwi read inside the proper noun, cut off"]


def _a_body(name: str) -> bool:
    """An organization by its own name: one of the general list, a group's company or a name with a body's head."""
    return known_organization(name) is not None or group_company(name) is not None or org_head(name) is not None


def _places_by_their_building(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A name and a word for a building or a ground written apart after it (:data:`_BUILDING_AFTER`) make one place,
    typed by the word (:attr:`NameSpan.building`): a candidate that is no place, no person's name, no body by its
    own evidence (국회 소통관: the writers differ on it, 국회 an organization in one file, the hall a place in
    another) and has no title (댜오위타이 | 국빈관, 세종문화회관 | 대극장), or a word no candidate covers that reads
    as transcribed from a foreign language and holds no particle, ending or verb in Kiwi's reading (아노에타 경기장,
    a word of :data:`VENUE_WORDS`; 응우라라이 국제공항, 반덴버그 우주군기지: nouns Kiwi read as common ones). The
    word itself, found apart, is dropped."""
    result: list[NameSpan] = []
    for c in out:
        if result and result[-1].building and result[-1].start < c.start and c.end <= result[-1].end:
            continue  # 국빈관, found alone: the word of the place before it
        name = text[c.start:c.end]
        if c.title is None and not c.craft and (word := _BUILDING_AFTER.match(text, c.end)) is not None \
                and not is_place(name) and not _person_shaped(name) and not _a_body(name):
            c = dataclasses.replace(c, end=word.end(), building=True, cue=None,
                                    locative=text.startswith(("에서", "에"), word.end()),
                                    reasons=[*c.reasons, "a place: a name and a word for a building written apart"])
        result.append(c)
    for found in _BUILDING_OR_VENUE_AFTER.finditer(text, tokens[0].start, tokens[-1].end):
        start, end = found.span()
        name = found.group(1)
        if len(name) < 3 or any(c.start < end and start < c.end for c in result) or not transcribed(name):
            continue
        inside = [t for t in tokens if start <= t.start < found.end(1)]
        if not inside or any(t.tag.startswith(_NO_PART_OF_A_NAME) for t in inside):
            continue
        bisect.insort(result, NameSpan(start, end, "ko", kiwi_proper_noun=True, building=True,
                                       locative=text.startswith(("에서", "에"), end),
                                       reasons=["a place: a transcribed word and a word for a building after it"]),
                      key=operator.attrgetter("start"))
    return result


def _clubs(text: str, out: list[NameSpan]) -> list[NameSpan]:
    """A city or a company and, one space after it, a proper noun that is a transcribed plural nickname make one club
    (애틀랜타 | 브레이브스, KIA | 타이거즈: :func:`korean_club`), not a place and a word of no kind; so do a city
    and FC, SC or 유나이티드 (로스앤젤레스 | FC, 애틀랜타 | 유나이티드: :func:`korean_city_club`), and a Korean city
    and its sponsor (서울 | SK: :func:`sponsor_club`). A name and a word for a sports venue after it (한화생명 |
    볼파크: :data:`VENUE_WORDS`) make one place."""
    result: list[NameSpan] = []
    for c in out:
        p = result[-1] if result else None
        if p is not None and c.start == p.end + 1 and p.title is None and (
                (c.kiwi_proper_noun and korean_club(text[p.start:c.end]))
                or korean_city_club(text[p.start:c.end]) or sponsor_club(text[p.start:c.end])):
            result[-1] = NameSpan(p.start, c.end, "ko", title=c.title, kiwi_proper_noun=True, locative=c.locative,
                                  reasons=["a club: its city or company and a transcribed plural nickname"])
            continue
        if p is not None and p.start < c.start and c.end <= p.end:
            continue  # the venue word, already part of the place before it
        if c.title is None and (venue := _VENUE_AFTER.match(text, c.end)) is not None \
                and not is_place(text[c.start:c.end]):
            c = NameSpan(c.start, venue.end(), "ko", kiwi_proper_noun=True,
                         locative=text.startswith(("에서", "에"), venue.end()),
                         reasons=["a venue: a name and a word for a sports venue written apart"])
        result.append(c)
    return result


_ENSEMBLE_WORDS = ("필하모닉 오케스트라", "필하모닉", "교향악단", "관현악단", "합창단", "발레단", "오페라단", "무용단")
"""The performing companies' heads of :data:`~bilingual.entities.gazetteer.KOREAN_ORG_HEADS` (베를린필하모닉,
서울시립교향악단, 국립발레단: an orchestra, a choir, a ballet, an opera or a dance company), whole words that name a
company after the city or the country it is of (빈 필하모닉, 뉴욕 필하모닉 오케스트라, 체코 필하모닉)."""
_AN_ENSEMBLE = re.compile(" (?:" + "|".join(_ENSEMBLE_WORDS) + ")")
"""The cheap test of a sentence for :func:`_ensembles_after_their_city`."""
_ENSEMBLE_AFTER = re.compile(" (?:" + "|".join(_ENSEMBLE_WORDS) + ")(?=$|[^가-힣]|[을를이가은는에의도과와로서])")


def _ensembles_after_their_city(text: str, out: list[NameSpan]) -> list[NameSpan]:
    """A listed place and, one space after it, the whole word of a performing company's head
    (:data:`_ENSEMBLE_WORDS`, alone or with its particle) make one organization (체코 | 필하모닉은: the orchestra),
    not a place and a word of no kind; the head found alone is dropped. The place has no title and no particle
    (체코에서 필하모닉 is two words)."""
    result: list[NameSpan] = []
    for c in out:
        if result and result[-1].start < c.start and c.end <= result[-1].end:
            continue  # 필하모닉, found alone: the company's head, part of the name before it
        if c.title is None and (head := _ENSEMBLE_AFTER.match(text, c.end)) is not None \
                and is_place(text[c.start:c.end]):
            c = NameSpan(c.start, head.end(), "ko", kiwi_proper_noun=True,
                         reasons=[*c.reasons, "a performing company: its city or country and its head written apart"])
        result.append(c)
    return result


_HIGHWAY = re.compile("고속(?:도로|국도)")
"""The word for an expressway, the first class of road of the Road Act (도로법 제10조: 고속국도, written 고속도로 in
news), written solid after its name (경부고속도로, 서울양양고속도로)."""


def _highways(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """An expressway's name (:data:`_HIGHWAY` written solid after a proper noun of Kiwi's or a listed place,
    however Kiwi cut the word: 경부 + 고속 + 도로, 서울 + 양 + 양 + 고속도로, 영동고속도로) is one name, a road's; what
    was found inside it (경부, 서울) is not a name of its own. A common noun before it (민자고속도로, 도시고속도로)
    makes no name (mentions32)."""
    found: list[NameSpan] = []
    for i, token in enumerate(tokens):
        if token.tag not in ("NNP", "NNG") or (i > 0 and tokens[i - 1].end == token.start):
            continue  # a name starts a word
        k = i
        while k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and not tokens[k + 1].tag.startswith("J"):
            k += 1
        word = text[token.start:tokens[k].end]
        end = _HIGHWAY.search(word)
        if end is None or end.start() < 2 or word[:end.start()].count(" ") \
                or not all(is_syllable(ch) for ch in word[:end.start()]):
            continue
        stem = word[:end.start()]
        if not (token.tag == "NNP" or is_place(stem)):
            continue
        start, stop = token.start, token.start + end.end()
        found.append(NameSpan(start, stop, "ko", kiwi_proper_noun=True, locative=text.startswith(("에서", "에"), stop),
                              reasons=["an expressway: its name and 고속도로 written solid"]))
    if not found:
        return out
    kept = [c for c in out if not any(f.start <= c.start and c.end <= f.end for f in found)
            and not any(c.start < f.end and f.start < c.end for f in found)]
    return sorted(kept + found, key=operator.attrgetter("start"))


_CHAMPIONSHIP = "선수권대회"


def _championships_read_as_nouns(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A championship's name that Kiwi reads as common nouns, written solid before 선수권대회 (세계 + 수영 + 선수 + 권 +
    대회, 전국고교야구선수권대회) with a stem of two syllables or more, is one name, an event (typed ``other`` by its
    end, :func:`~bilingual.entities.gazetteer.event_name`), where no candidate overlaps it (mentions73: on the tune
    halves every such word is a gold event, four in four files, three of them found by nothing before)."""
    found: list[NameSpan] = []
    for i, token in enumerate(tokens):
        if token.tag != "NNG" or (i > 0 and tokens[i - 1].end == token.start):
            continue  # a name starts a word
        k = i
        while k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].tag in ("NNG", "XSN"):
            k += 1
        word = text[token.start:tokens[k].end]
        if not word.endswith(_CHAMPIONSHIP) or len(word) < len(_CHAMPIONSHIP) + 2 \
                or not all(is_syllable(ch) for ch in word):
            continue
        if not any(c.start < tokens[k].end and token.start < c.end for c in out):
            found.append(NameSpan(token.start, tokens[k].end, "ko", kiwi_proper_noun=True,
                                  locative=text.startswith(("에서", "에"), tokens[k].end),
                                  reasons=["a championship: its name and 선수권대회 written solid"]))
    return sorted(out + found, key=operator.attrgetter("start")) if found else out


_LINE_WORD = re.compile("[1-9]\\d?호선|[가-힣]{2,5}선")
"""A railway or subway line as written: a number and 호선 (1호선, 9호선: the line's number) or a name of two syllables
or more and 선 (線) written solid (중앙선, 경춘선, 경의중앙선); whether the second is a line the words around it tell
(:func:`railway_line`)."""
_NOT_A_LINE = ("노선", "차선", "복선", "단선", "본선", "지선", "간선", "곡선", "직선", "전선", "회선", "당선", "예선",
               "결선", "경선", "우선", "유람선", "여객선", "화물선", "어선", "상선", "함선", "조사선", "컨테이너선",
               "운반선", "유조선", "수송선", "고속선", "일반선")
"""Words in 선 that are no line's name: a line's kind or a lane (노선, 차선, 복선, 간선), a wire, a vote or a round
(전선, 당선, 예선, 경선), a ship (유람선, 화물선, 컨테이너선: 船), a kind of track (고속선)."""
_RAIL_BEFORE = re.compile("(?:열차|전철|지하철|전동차|기차)(?:가|이|는|은|도)?\\s$")
"""A train or the subway right before the line (열차가 X선에서, 수도권 전철 1호선)."""
_RAIL_AFTER = re.compile("(?:의)?\\s(?:운행|열차|전동차|전철|구간|승강장|선로|개통|연장|전\\s구간)(?![가-힣])"
                         "|(?:의)?\\s(?:운행|열차|전동차|구간|승강장|선로)(?=[을를이가은는에의도과와로])")
"""What a line carries or has right after its name, a whole word or one with its particle (X선 운행, X선 열차가,
X선의 구간에서, X선 승강장, X선 개통)."""


def railway_line(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is a railway or a subway line by its shape (:data:`_LINE_WORD`, none of
    :data:`_NOT_A_LINE`) and by a train before it or what a line carries after it (:data:`_RAIL_BEFORE`,
    :data:`_RAIL_AFTER`; 경의중앙선 운행, 열차가 중앙선에서 멈춰): a place, as the gold files type a line
    (신분당선, 1호선; mentions63). Without those words 선 ends too many other words (당선, 유람선) to be read alone."""
    word = text[start:end]
    if not _LINE_WORD.fullmatch(word) or word.endswith(_NOT_A_LINE):
        return False
    if word.endswith("호선") and word[0].isdigit():  # 1호선: a line's number is a line wherever it stands
        return True
    return _RAIL_BEFORE.search(text, max(0, start - 8), start) is not None or _RAIL_AFTER.match(text, end) is not None


def _railway_lines(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A railway or subway line (:func:`railway_line`) is one name of its own, however Kiwi cut or tagged the word
    (1 + 호선, 중앙선 one common noun, 경의 + 중앙선): what was found inside it is no name of its own (mentions63)."""
    found: list[NameSpan] = []
    for i, token in enumerate(tokens):
        if token.tag not in ("NNP", "NNG", "SN") or (i > 0 and tokens[i - 1].end == token.start):
            continue  # a name starts a word
        k = i
        while k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and not tokens[k + 1].tag.startswith("J"):
            k += 1
        if railway_line(text, token.start, tokens[k].end):
            found.append(NameSpan(token.start, tokens[k].end, "ko", kiwi_proper_noun=True,
                                  locative=text.startswith(("에서", "에"), tokens[k].end),
                                  reasons=["a railway or subway line: a name in 선 and a train or its service"]))
    if not found:
        return out
    kept = [c for c in out if not any(c.start < f.end and f.start < c.end for f in found)]
    return sorted(kept + found, key=operator.attrgetter("start"))


def _states_read_as_common_nouns(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A foreign state in 주 that Kiwi reads as one common noun (서자바주에, 동칼리만탄주: no proper noun, so no name
    by the first pass) is a candidate when the words say it is a state: right after a country's name (인도네시아
    X주: :func:`~bilingual.entities.gazetteer.transcribed_state`), or named by a compass point
    (:func:`~bilingual.entities.gazetteer.directional_state`), wherever it stands (mentions63)."""
    found: list[NameSpan] = []
    for i, token in enumerate(tokens):
        if token.tag != "NNG" or not token.form.endswith("주") or (i > 0 and tokens[i - 1].end == token.start) \
                or (i + 1 < len(tokens) and tokens[i + 1].start == token.end and not tokens[i + 1].tag.startswith("J")):
            continue  # one common noun, a word of its own
        word = text[token.start:token.end]
        before = tokens[i - 1] if i else None
        after_country = before is not None and before.end + 1 == token.start \
            and is_country(text[before.start:before.end])
        if (after_country and transcribed_state(word)) or directional_state(word):
            found.append(NameSpan(token.start, token.end, "ko", kiwi_proper_noun=True,
                                  locative=locative_after(tokens, i + 1),
                                  reasons=["a foreign state in 주 after its country or by a compass point"]))
    if not found:
        return out
    kept = [c for c in out if not any(c.start < f.end and f.start < c.end for f in found)]
    return sorted(kept + found, key=operator.attrgetter("start"))


def _places_written_apart(text: str, out: list[NameSpan]) -> list[NameSpan]:
    """A place the gazetteer lists written solid but written apart in the text (사우스 | 다코타, 뉴 사우스 | 웨일스,
    사우디 | 아라비아: :func:`~bilingual.entities.gazetteer.listed_place_written_apart`) is one place, whether or not
    its first words were found as names of their own; so a title after it is the place's office (사우스 다코타
    주지사), not a person's, and 사우디 of 사우디 아라비아 is no person by a Korean name's shape (mentions32)."""
    result: list[NameSpan] = []
    for c in out:  # the cheap test first: most names end no listed place
        words = _WORDS_BEFORE.search(text, max(0, c.start - 16), c.start) \
            if may_end_a_place_written_apart(text[c.start:c.end]) else None
        if words is not None:
            for start in (words.start(), words.start(1)):
                if start < 0 or start >= c.start or not listed_place_written_apart(text[start:c.end]) \
                        or (result and result[-1].start < start < result[-1].end):  # a name crossing its start
                    continue
                while result and result[-1].start >= start:
                    result.pop()  # 사우디, found alone: part of the place
                c = dataclasses.replace(c, start=start, kiwi_proper_noun=True,
                                        reasons=[*c.reasons, "a listed place written apart"])
                break
        result.append(c)
    return result


_WORDS_BEFORE = re.compile("(?:[가-힣]+ )?([가-힣]+ )$")
"""The one or two Hangul words right before a name, each followed by one space."""


def _foreign_pair(text: str, a: NameSpan, b: NameSpan) -> bool:
    """Whether two proper nouns one space apart read as one foreign name in Hangul (빌 | 게이츠): each one word with no
    title, together of a foreign name's shape, neither named otherwise nor an organization of the general list."""
    first, second = text[a.start:a.end], text[b.start:b.end]
    return b.start == a.end + 1 and a.kiwi_proper_noun and b.kiwi_proper_noun and a.title is None \
        and " " not in first and " " not in second and foreign_name_in_hangul(f"{first} {second}") \
        and not any(_named_otherwise(w) or known_organization(w) is not None for w in (first, second))


def _foreign_unit(text: str, out: list[NameSpan], k: int) -> int:
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


def _coordinated_foreign_names(text: str, out: list[NameSpan]) -> list[NameSpan]:
    """Two foreign names in Hangul coordinated (빌 게이츠와 워런 버핏은 …, 제프 베이조스와 래리 페이지는 …), at least
    one of them two proper nouns in a row: each is one foreign person's name, the given name and the family name (Kiwi
    may know only the family name), and the two say of each other that they are people's names, since nothing else is
    named as a given name and a family name in Hangul."""
    if not any(CONJUNCTION_KO.fullmatch(text[c.end:d.start]) for c, d in itertools.pairwise(out)):
        return out  # the cheap test first: no two candidates in a row joined by a conjunction (most sentences)
    result: list[NameSpan] = []
    k = 0
    while k < len(out):
        first = _foreign_unit(text, out, k)
        second = _foreign_unit(text, out, k + first) if first and k + first < len(out) else 0
        if first and second and first + second >= 3 \
                and CONJUNCTION_KO.fullmatch(text[out[k + first - 1].end:out[k + first].start]) \
                and not _BARE_WORD_BEFORE.search(text[max(0, out[k].start - 20):out[k].start]):
            for a, b in ((out[k], out[k + first - 1]), (out[k + first], out[k + first + second - 1])):
                result.append(NameSpan(a.start, b.end, "ko", title=b.title, kiwi_proper_noun=True,
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


def _covered(text: str, a: int, b: int, inside: list[NameSpan]) -> bool:
    """Whether the candidates overlapping ``text[a:b]`` cover every letter of it."""
    return all(any(c.start <= k < c.end for c in inside) for k in range(a, b) if not text[k].isspace())


_WORK_WORDS = ("영화|드라마|소설|장편소설|단편소설|장편|단편|중편|소설집|시집|산문집|에세이|회고록|자서전|"
               "앨범|정규앨범|미니앨범|싱글|노래|신곡|타이틀곡|곡|웹툰|"
               "뮤지컬|연극|오페라|발레|책|저서|신작|작품|예능|다큐멘터리|시리즈|애니메이션|만화|동화|그림책|게임|"
               "서비스|앱|챗봇|특별전|기획전|전시회|전시|개인전|잠수함|구축함|호위함|군함|인공위성|위성|탐사선|우주선|"
               "로켓|발사체|여객선|화물선|유조선|전투기|"
               "그림|회화|판화|벽화|풍속화|초상화|산수화|수묵화|유화|민화|조각|조각상|사진집|태풍|"
               "(?:정규|미니|싱글)?\\s?\\d{1,2}집|(?:월화|수목|금토|토일|주말|일일|아침|미니|웹|대하|사극)드라마|"
               "(?:단편|장편|독립|상업|예술|다큐|애니메이션|공포|로맨스)영화")
_WORK = re.compile(rf"(?:^|(?<=[\s(]))(?:{_WORK_WORDS})\s?(?:'([^'\n]{{1,30}})'|‘([^’\n]{{1,30}})’|"
                   r"\"([^\"\n]{1,30})\"|“([^”\n]{1,30})”|<([^>\n]{1,30})>)"
                   r"|『([^』\n]{1,30})』|《([^》\n]{1,30})》|〈([^〉\n]{1,30})〉|「([^」\n]{1,30})」"
                   r"|(?:^|(?<=[\s(]))(?:'([^'\n]{1,30})'|‘([^’\n]{1,30})’)\s?(?=(?:전시|전시회|특별전|기획전|개인전|展)"
                   r"(?![가-힣])|(?:전시|전시회|특별전|기획전|개인전)[은는이가을를에의도과와로])"
                   r"|(?:^|(?<=[\s(]))(?:'([^'\n]{1,30}상)'|‘([^’\n]{1,30}상)’)\s?(?=수상|시상)")
"""The title of a work: in quotes or angle brackets right after a word for a kind of work (영화 '파묘', 드라마 '정년이',
소설 <채식주의자>; a service, an app or a chatbot in quotes: AI 서비스 '카나나'; a novel as 장편 or 단편, 장편 '…'), in
the brackets Korean writes titles in wherever it is (『소년이 온다』, 《…》, 〈…〉), or in quotes before the word for
an exhibition ('…' 전시, '…' 특별전, '…' 展: mentions17). Also (mentions18) an exhibition named after the word for it
(특별전 '…'), a ship, a satellite, a rocket or an aircraft in quotes after the word for its kind (잠수함 '…',
탐사선 '…': whatever Kiwi cuts the name into, no piece of it is a person), and a prize in quotes before 수상 or 시상
('…상' 수상자). Also (mentions21) works of art (판화 '…', 풍속화 '…', 조각상 '…'), a typhoon's name (태풍 '…': a storm
is named, typed ``other``), an album by its number (정규 3집 '…', 미니 2집 '…') and the kinds of drama and film
written solid (주말드라마 '…', 단편영화 '…')."""
_PERIODICAL = re.compile(r"(?:^|(?<=\s))(?:국제학술지|학술지|과학저널|의학저널|과학잡지|잡지|주간지|월간지|"
                         r"시사주간지)\s?"
                         r"(?:'([^'\n]{1,30})'|‘([^’\n]{1,30})’|\"([^\"\n]{1,30})\"|“([^”\n]{1,30})”)")
"""A journal or a magazine named in quotes after the word for it (국제학술지 '…', 시사주간지 “…”): one name, whatever
Kiwi cut it into; the word before it types it (:func:`bilingual.entities.evidence.korean_cue_before`)."""
_CREDIT = re.compile(r"[\[(]\s?[가-힣]{2,6}\s?=\s?([^\s\])=/]{2,12})\s?[\])]"
                     r"|(?:사진|자료|그래픽|영상|제공|출처)\s?=\s?([^\s\])=/·,]{2,12})")
"""The outlet of a dateline ([대전=이데일리], (서울=뉴스핌)) or of a photo or data credit (/사진=헤럴드경제 이상섭
기자): one word, whatever Kiwi cut it into, a news outlet or agency (in a photo credit only if Kiwi found a
proper noun or a foreign word in it: /사진=독자 제공 credits a reader)."""
_ECONOMY_OUTLET = re.compile(
    r"(?:^|(?<=[\s(\[“\"'‘]))([가-힣]{2,5}경제)(?=(?:(?:과|와|,|·)\s?[가-힣A-Za-z]{2,8}(?:경제|일보|신문|뉴스|비즈))*"
    r"(?:에\s따르면|(?:은|는|이|가)\s[^.?!\n]{0,40}?(?:보도[했하한에]|단독\s?(?:보도|입수|취재)|취재|실었다|1면|사설)"
    r"|\s(?:보도|취재)|\s[가-힣]{2,4}\s?(?:기자|특파원)))")
"""A newspaper named by its place or its title and 경제 (서울경제, 아시아경제, 아주경제): 경제 alone is the economy
(한국경제가 성장했다, 세계경제), so the name is an outlet only as a source — "X에 따르면", or the subject of a verb
only news do (보도했다, 단독 보도, 1면에 실었다, 사설), with outlets coordinated before it, or a byline's outlet
([아시아경제 김민영 기자])."""
_WIRE_REPORTER = re.compile(r"[\])]\s?([가-힣]{3,4})\s(기자|특파원)(?=\s?=|\s|$)")
"""The reporter of a wire byline, right after its dateline's bracket ([포천=이데일리] 정재훈 기자 =): one word, whatever
Kiwi cut it into (정재 + 후 + ㄴ), a person if it has a Korean name's shape."""


_QUOTES = re.compile("['‘\"“<『《〈「]")
"""The marks one of which every title of :data:`_WORK` and name of :data:`_PERIODICAL` is written in: a sentence
without any has neither (the cheap test before their searches, which try every position)."""
_BRACKET_TAGS = frozenset({"SSO", "SSC", "SS"})
_TAG = operator.attrgetter("tag")


def _with_quoted_spans(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """The candidates with the titles of works (:data:`_WORK`) and the outlets of datelines and credits
    (:data:`_CREDIT`) as names of their own, replacing the candidates inside them (영화 '서울의 봄' is no mention of
    서울; 헤럴드 + 경제 is one outlet). An outlet is taken only if Kiwi found a proper noun or a foreign word in it, and
    not when a title follows it (/사진=김민수 기자 credits a person)."""
    if not tokens or not ("=" in text[tokens[0].start:tokens[-1].end] or "경제" in text[tokens[0].start:tokens[-1].end]
                          or not _BRACKET_TAGS.isdisjoint(map(_TAG, tokens))):  # stops at the first, in C
        return out  # the cheap test: no quotes, brackets, credits or outlets in 경제 in the sentence
    lo, hi = tokens[0].start, tokens[-1].end
    spans: list[tuple[int, int, str]] = []
    quoted = _QUOTES.search(text, lo, hi) is not None  # works' titles and periodicals' names are in quotes or brackets
    for m in _WORK.finditer(text, lo, hi) if quoted else ():
        k = next(g for g in range(1, 14) if m.group(g) is not None)
        a, b = m.start(k), m.end(k)
        if text[a:b].strip():
            spans.append((a, b, "work"))
    for m in _PERIODICAL.finditer(text, lo, hi) if quoted else ():
        k = next(g for g in range(1, 5) if m.group(g) is not None)
        a, b = m.start(k), m.end(k)
        if text[a:b].strip() and not any(x < b and a < y for x, y, _ in spans):
            spans.append((a, b, "periodical"))
    starts: dict[int, int] = {}  # the tokens indexed only for a sentence with a credit, an outlet or a byline
    ends: set[int] = set()
    for m in _CREDIT.finditer(text, lo, hi) if text.find("=", lo, hi) >= 0 else ():  # both its forms hold =
        starts = starts or {t.start: k for k, t in enumerate(tokens)}
        k = 1 if m.group(1) is not None else 2
        a, b = m.start(k), m.end(k)
        inside = [t for t in tokens if a <= t.start and t.end <= b]
        after = next((n for n, t in enumerate(tokens) if t.start >= b), len(tokens))
        if a in starts and inside and (k == 1 or any(t.tag in ("NNP", "SL") for t in inside)) \
                and _korean_title(tokens, after) is None:
            spans.append((a, b, "credit"))
    for m in _ECONOMY_OUTLET.finditer(text, lo, hi) if text.find("경제", lo, hi) >= 0 else ():  # its one literal
        starts = starts or {t.start: k for k, t in enumerate(tokens)}
        ends = ends or {t.end for t in tokens}
        if m.start(1) in starts and m.end(1) in ends:
            spans.append((m.start(1), m.end(1), "credit"))
    titles: dict[int, str] = {}
    reporters = text.find("기자", lo, hi) >= 0 or text.find("특파원", lo, hi) >= 0  # the pattern's two words
    for m in _WIRE_REPORTER.finditer(text, lo, hi) if reporters else ():
        starts = starts or {t.start: k for k, t in enumerate(tokens)}
        if m.start(1) in starts and korean_name_shape(m.group(1)) \
                and not any(a < m.end(1) and m.start(1) < b for a, b, _ in spans):
            spans.append((m.start(1), m.end(1), "reporter"))
            titles[m.start(1)] = m.group(2)
    if not spans:
        return out
    kept = [c for c in out if not any(c.start < b and a < c.end for a, b, _ in spans)]
    why = {"work": "the title of a work", "credit": "the outlet of a dateline or credit",
           "reporter": "the reporter of a wire byline", "periodical": "a periodical in quotes after the word for it"}
    added = [NameSpan(a, b, "ko", kiwi_proper_noun=True, work=kind == "work", credit=kind == "credit",
                        title=titles.get(a), reasons=[why[kind]])
             for a, b, kind in spans]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


_FAMILY_NAME_HANJA: dict[str, tuple[str, ...]] = {
    "金": ("김",), "李": ("이", "리"), "朴": ("박",), "崔": ("최",), "鄭": ("정",), "丁": ("정",), "程": ("정",),
    "姜": ("강",), "康": ("강",), "趙": ("조",), "曺": ("조",), "尹": ("윤",), "張": ("장",), "蔣": ("장",),
    "林": ("임", "림"), "任": ("임",), "韓": ("한",), "吳": ("오",), "徐": ("서",), "申": ("신",), "辛": ("신",),
    "愼": ("신",), "權": ("권",), "黃": ("황",), "安": ("안",), "宋": ("송",), "柳": ("유", "류"), "劉": ("유", "류"),
    "兪": ("유",), "庾": ("유",), "洪": ("홍",), "全": ("전",), "田": ("전",), "高": ("고",), "文": ("문",),
    "孫": ("손",), "梁": ("양", "량"), "楊": ("양",), "裵": ("배",), "白": ("백",), "許": ("허",), "南": ("남",),
    "沈": ("심",), "盧": ("노", "로"), "魯": ("노",), "河": ("하",), "成": ("성",), "車": ("차",), "具": ("구",),
    "丘": ("구",), "郭": ("곽",), "禹": ("우",), "朱": ("주",), "周": ("주",), "羅": ("나", "라"), "閔": ("민",),
    "陳": ("진",), "秦": ("진",), "池": ("지",), "嚴": ("엄",), "元": ("원",), "蔡": ("채",), "千": ("천",),
    "方": ("방",), "房": ("방",), "孔": ("공",), "玄": ("현",), "咸": ("함",), "卞": ("변",), "邊": ("변",),
    "廉": ("염", "렴"), "呂": ("여", "려"), "秋": ("추",), "都": ("도",), "蘇": ("소",), "石": ("석",), "宣": ("선",),
    "薛": ("설",), "馬": ("마",), "吉": ("길",), "延": ("연",), "魏": ("위",), "表": ("표",), "明": ("명",),
    "奇": ("기",), "潘": ("반",), "王": ("왕",), "琴": ("금",), "玉": ("옥",), "陸": ("육", "륙"), "印": ("인",),
    "孟": ("맹",), "諸": ("제",), "卓": ("탁",), "慶": ("경",), "殷": ("은",), "片": ("편",), "龍": ("용", "룡"),
    "芮": ("예",), "睦": ("목",), "桂": ("계",), "皮": ("피",), "智": ("지",), "夫": ("부",), "董": ("동",),
    "南宮": ("남궁",), "鮮于": ("선우",), "諸葛": ("제갈",), "皇甫": ("황보",), "司空": ("사공",), "獨孤": ("독고",),
}
"""The Hanja of the common Korean family names and their readings in Hangul (李 is 이 by the initial-sound rule, 리 as
some write it): the first of a name's Hanja gloss reads as the Hangul's family name (:func:`_glossed_names`)."""
_HANJA_DIRECTIONS = frozenset("南")
"""A family name's Hanja that headlines use for a side too (南 for South Korea beside 北): not read as a person."""


def hanja_family_name(word: str) -> bool:
    """Whether ``word`` is one Hanja of a common Korean family name (:data:`_FAMILY_NAME_HANJA`) that abbreviates no
    country (韓, 印: :data:`gazetteer.HANJA_COUNTRIES`) nor a side (南): before a title it is the person, as headlines
    write a president or a minister by the Hanja of the family name (李 대통령, 尹 총장; mentions35)."""
    return len(word) == 1 and word in _FAMILY_NAME_HANJA and word not in HANJA_COUNTRIES \
        and word not in _HANJA_DIRECTIONS


_GLOSSED = re.compile(r"(?<![가-힣])([가-힣]{2,4}) ?\((?:([\u4e00-\u9fff\uf900-\ufaff]{2,4})|"
                      r"([A-Z][A-Za-z]*(?:[ -][A-Za-z]+){1,3}))\)")
"""A Hangul word of two to four syllables and, in brackets right after it, Hanja of as many characters or a name in
Latin letters of two to four pieces (황도윤(Hwang Do-yoon), 김태윤(金泰潤)): no quantifier over overlapping classes."""


_GLOSS_REACH = 48
"""How far past a sentence's last token a gloss may end: the bracket and a romanized name of up to four pieces."""


def _gloss_window(text: str, tokens: list[Token]) -> tuple[int, int, int] | None:
    """Where a run's glosses are looked for: its start, its end and :data:`_GLOSS_REACH` past it (a gloss in Latin
    letters is cut off into a run of its own); None when there is no token or no bracket in it (the cheap test)."""
    if not tokens:
        return None
    lo, hi = tokens[0].start, tokens[-1].end
    reach = min(len(text), hi + _GLOSS_REACH)
    return None if text.find("(", lo, reach) < 0 else (lo, hi, reach)


_HANJA_ALSO_WORDS = frozenset("中日")
"""Country Hanja that are common words too (中, during; 日, a day), taken alone only before another word."""


def _hanja_countries(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """Countries abbreviated to one Hanja each (:data:`gazetteer.HANJA_COUNTRIES`), a word of one to three of them
    standing alone (韓美 정상은, 北, 동해상으로, 日中韓): one place a letter (mentions34), replacing any candidate
    that covers the word. Not after a digit or a letter (3日, 前年比), not as part of a longer Hanja word (中企, Kiwi's
    one token), and 中 or 日 alone only before another word or a comma (검토 中 is "under review"). Where 中 or 日 is
    refused after a digit, a letter or a noun (3日, 진행中, 검토 中), the candidates inside it (the KB's aliases of
    China and Japan) are dropped as well: there it is a day or "under way", no country (mentions36)."""
    spans: list[NameSpan] = []
    common: list[tuple[int, int]] = []  # 3日, 검토 中: the word as a day or "under way", no country (mentions36)
    for k, t in enumerate(tokens):
        word = text[t.start:t.end]
        if t.tag != "SH" or not 1 <= len(word) <= 3 or not all(c in HANJA_COUNTRIES for c in word):
            continue
        if t.start > 0 and (text[t.start - 1].isalnum() or text[t.start - 1] == "-"):
            common += [(t.start, t.end)] if word in _HANJA_ALSO_WORDS else []
            continue  # inside a longer word (전년比, 3日)
        nxt = text[t.end:t.end + 2]
        after_a_noun = word in _HANJA_ALSO_WORDS and k > 0 and tokens[k - 1].tag.startswith("N")
        if nxt[:1].isalnum() and not (k + 1 < len(tokens) and tokens[k + 1].tag.startswith("J")):
            common += [(t.start, t.end)] if after_a_noun else []
            continue  # glued to a word that is no particle (검토 中이다)
        if word in _HANJA_ALSO_WORDS and not (nxt[:1] in (",", "·") or (nxt[:1] == " " and nxt[1:2].isalpha())):
            common += [(t.start, t.end)] if after_a_noun else []
            continue
        spans += [NameSpan(t.start + n, t.start + n + 1, "ko", kiwi_proper_noun=True,
                           reasons=[f"a country abbreviated to one Hanja ({c})"]) for n, c in enumerate(word)]
    if not spans and not common:
        return out
    refused = {(a, b) for a, b in common} | {(n, n + 1) for a, b in common for n in range(a, b)}
    kept = [c for c in out if not any(c.start < s.end and s.start < c.end for s in spans)
            and (c.start, c.end) not in refused]
    return sorted(kept + spans, key=lambda c: (c.start, c.end))


def _hanja_reads_as(hanja: str, hangul: str) -> bool:
    """Whether Hanja of as many characters as a Hangul name begin with a family name read as the name's own."""
    if len(hanja) != len(hangul):
        return False
    return any(hangul.startswith(reading) for n in (2, 1) for reading in _FAMILY_NAME_HANJA.get(hanja[:n], ()))


@lru_cache(maxsize=4096)
def _read_alone(word: str, names: frozenset[str]) -> tuple[KoToken, ...]:
    """Kiwi's morphemes of a word read alone, by the analyzer of the Korean path (``names``, the KB's user
    dictionary; the worker's preloaded one in a pool): one analysis of a word, which :func:`_a_common_noun` and
    :func:`_a_derived_noun` both read (perf52: each asked Kiwi on its own)."""
    from bilingual.lang.korean import analyze

    return tuple(t for sentence in analyze([word], names=names)[0] for t in sentence.tokens)


@lru_cache(maxsize=4096)
def _a_common_noun(word: str, names: frozenset[str]) -> bool:
    """Whether Kiwi reads a word alone as one common noun of its dictionary (화재, 국민, 부): after a family name's
    syllable it makes a Sino-Korean compound (문화재(文化財), 전국민(全國民), 남부(南部)), not a given name
    (:func:`_read_alone`)."""
    tokens = _read_alone(word, names)
    return len(tokens) == 1 and tokens[0][1] == "NNG" and tokens[0][2:4] == (0, len(word))


@lru_cache(maxsize=4096)
def _a_known_common_noun(word: str, names: frozenset[str]) -> bool:
    """:func:`_a_common_noun`, and the noun one Kiwi knows, not its guess at a word out of its vocabulary
    (:func:`bilingual.lang.korean.unknown_word`: a name it has never seen, 정우빈, is read as one common noun too;
    mentions65)."""
    from bilingual.lang.korean import unknown_word

    return _a_common_noun(word, names) and not unknown_word(word, names=names)


@lru_cache(maxsize=4096)
def _a_derived_noun(word: str, names: frozenset[str]) -> bool:
    """Whether Kiwi reads a word alone with a noun's derivational suffix or prefix (현지 + 화, 신뢰 + 성, 조직 + 적:
    XSN, XPN), as a name is not read (mentions42: '배틀그라운드' 현지화를 is no person); :func:`_read_alone`."""
    return any(t[1] in ("XSN", "XPN") for t in _read_alone(word, names))


def _glossed_names(text: str, tokens: list[Token], kb: KnowledgeBase, out: list[NameSpan]) -> list[NameSpan]:
    """A Korean person's name with its gloss (mentions29): a Hangul word of a Korean name's shape with a given name
    people carry, no place, country or word of the dictionary's places, written right before Hanja whose first
    character reads as its family name (김태윤(金泰潤): 金 is 김) or before a romanized name one of whose readings it is
    (황도윤(Hwang Do-yoon)), is a person, whatever Kiwi read it as (김 + 태 + 윤, or a common noun); before Hanja, not
    when the syllables after the family name are one common noun (:func:`_a_common_noun`), before a romanization
    not when a word of two syllables is one (a word of three is read so too often: Kiwi reads 황도윤 alone as one);
    a Hanja gloss is
    the same person, written otherwise. The candidates inside either give way. A gloss in Latin letters is read past
    the sentence's end (the text is cut into runs of one language at its bracket), the Hangul must be inside it."""
    window = _gloss_window(text, tokens)
    if window is None:
        return out
    lo, hi, reach = window
    spans: list[tuple[int, int, str]] = []
    names = kb.tokenizer_names()
    for m in _GLOSSED.finditer(text, lo, reach):
        name, hanja, latin = m.group(1), m.group(2), m.group(3)
        if m.end(1) > hi:
            break  # the name of the next run of Korean (its own sentence)
        surname = korean_surname(name)
        if surname is None or not (korean_name_shape(name) and korean_given_name_plausible(name)) \
                or is_country(name) or listed_place(name) or dictionary_place(name):
            continue
        if hanja is not None and _hanja_reads_as(hanja, name) and not _a_common_noun(name[len(surname):], names):
            spans += [(m.start(1), m.end(1), "the Hangul of a Korean name glossed in Hanja"),
                      (m.start(2), m.end(2), "a Korean name's Hanja gloss, after its Hangul")]
        elif latin is not None and any(c.hangul == name for c in parse_name(latin)) \
                and not (len(name) == 2 and _a_common_noun(name, names)):  # 김치(Kim Chi), 정부(Jeong Bu)
            spans.append((m.start(1), m.end(1), "a Korean name glossed by its romanization"))
    if not spans:
        return out
    kept = [c for c in out if not any(c.start < b and a < c.end for a, b, _ in spans)]
    added = [NameSpan(a, b, "ko", kiwi_proper_noun=True, person_context=True, reasons=[why]) for a, b, why in spans]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


_LATIN_GLOSS = re.compile(r"(?<=[가-힣])\(([A-Z][\w'-]*(?: [\w'-]+){1,4})\)")
"""A name in Latin letters of two to five words, the first capitalized, in brackets right after a Hangul letter
(리즈키 프라타마(Rizky Pratama), 팜민찐(Pham Minh Chinh), 얍 판 츠베던(Jaap van Zweden)); a gloss of one word
(오렌지(Orange)) glosses a name of one word, which Kiwi's proper nouns find as they are."""
_HANGUL_WORDS_BEFORE = re.compile("(?<![가-힣])((?:[가-힣]+ ){0,3}[가-힣]+)$")
"""The one to four Hangul words, one space apart, that end where it is searched to (before a gloss)."""
_GLOSS_FITS = 0.7
"""How well the Hangul words and the Latin name must match as transcriptions of each other
(:func:`~bilingual.names.transcription.transcription_score`; 리즈키 프라타마 ~ Rizky Pratama 0.9, 얍 판 츠베던 ~ Jaap
van Zweden 0.72; a word of the sentence before the name, 선수 리즈키 프라타마, falls to 0.52)."""
_TITLE_AFTER_A_GLOSS = re.compile(
    r"(씨|님)(?=[은는이가을를의도과와]|\s|$|[,.])|\s(?:([가-힣]{2,8})\s)?("
    + KOREAN_TITLE_ALTERNATION + r")(?=[은는이가을를의도과와]|\s|$|[,.])")
"""After a gloss: 씨 or 님 (an honorific, only a person's), or a title of :data:`KOREAN_TITLES` one space after it,
with a place or a body written between (팜민찐(Pham Minh Chinh) 베트남 총리)."""


def _names_glossed_in_latin(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A name in Hangul right before its Latin spelling in brackets is a name (mentions44): the last Hangul word before
    the bracket, or as many of the last words as the Latin has (up to four), whichever matches the Latin better as
    transcriptions of each other, at :data:`_GLOSS_FITS` or above, each word holding no particle, ending or verb in
    Kiwi's reading (Kiwi reads 에다 일디즈 as an interjection, an adverb and a noun; 리즈키 프라타마, common nouns).
    The span is typed by the evidence around it: an occupation before it (작가: read with the other candidates'), or
    씨, 님 or a title after the bracket (:data:`_TITLE_AFTER_A_GLOSS`), a place's or a body's title held through the
    word between. Candidates inside give way; one crossing it leaves the name alone, and so does a name the gazetteer
    reads as a place (애플 데일리, 솔라 트리 by their last words: the candidates found before stay)."""
    window = _gloss_window(text, tokens)
    if window is None:
        return out
    lo, hi, reach = window
    added: list[NameSpan] = []
    bad: list[int] | None = None  # where Kiwi read a particle, an ending or a verb: read once a gloss is found
    for m in _LATIN_GLOSS.finditer(text, lo, reach):
        end = m.start()  # the Hangul name's end, at the bracket
        if end > hi:
            break
        before = _HANGUL_WORDS_BEFORE.search(text, max(lo, end - 40), end)
        if before is None:
            continue
        words, latin = before.group(1).split(" "), m.group(1)
        if bad is None:
            bad = [t.start for t in tokens if t.tag.startswith(_NO_PART_OF_A_NAME)]
        best, start, word_start = 0.0, -1, end
        tried = {1, min(len(words), latin.count(" ") + 1)}  # the last word alone, or as many words as the Latin has
        for k in range(1, max(tried) + 1):
            word_start -= len(words[-k]) + (k > 1)
            if bisect.bisect_left(bad, word_start) != bisect.bisect_left(bad, end):
                break  # a particle, an ending or a verb inside: the words before are no part of the name
            score = transcription_score(text[word_start:end], latin) if k in tried else 0.0
            if score >= max(best, _GLOSS_FITS):
                best, start = score, word_start
        if start < 0 or is_place(text[start:end]) \
                or any(c.start < start < c.end or c.start < end < c.end for c in out):
            continue
        c = NameSpan(start, end, "ko", kiwi_proper_noun=True,
                     reasons=[f"a name in Hangul before its Latin spelling {latin!r} in brackets"])
        after = _TITLE_AFTER_A_GLOSS.match(text, m.end())
        if after is not None and after.group(1):
            c.person_context = True
        elif after is not None and after.group(2) is None:
            c.title = after.group(3)
        elif after is not None and (is_place(after.group(2)) or _a_body(after.group(2))):
            c.title_beyond = after.group(3)
        added.append(c)
    if not added:
        return out
    kept = [c for c in out if not any(a.start <= c.start and c.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


_CUT_NAME = re.compile(r"(?:(['‘][^'’\n]{1,15}['’]) )?(?<![가-힣])([가-힣]{3})"
                       r"(\(\d{1,2}\))?(?=[은는이가을를의와과도]|\s|[,.]|\(|$)")
"""A word of three Hangul syllables, right after a quoted epithet and a space ('피겨 여왕' X) or right before an
age in brackets (X(29)), then a particle, a space, a comma, a stop or a bracket (:func:`_cut_names_by_evidence`)."""
_ROLE_THEN_CUT_NAME = re.compile(
    r"(?<![가-힣])(?:" + "|".join(sorted({*KOREAN_OCCUPATIONS, *KOREAN_STAGE_ROLES, "소속", "대표"}, key=len,
                                         reverse=True))
    + r") ([가-힣]{3})(?=[은는이가을를의와과도]|\s|[,.]|$)")
"""An occupation or a role in a team (:data:`KOREAN_OCCUPATIONS`, :data:`KOREAN_STAGE_ROLES`), or 소속 (a member
of) or 대표 (a national or company representative), a whole word, then one space and a word of three Hangul
syllables before a particle, a space, a comma or a stop (:func:`_cut_names_by_evidence`; mentions65)."""
_NO_PART_OF_A_NAME_ALONE = ("J", "E", "V", "XS", "XP")
"""Kiwi's tags of particles, endings, verbs (the copula too) and affixes, read in a word alone: a word of three
syllables after a role with one inside is no name (대표 사절인); a root (XR: 편 of 편우빈) may be a name's syllable."""
_CUT_BY_EPITHET_OR_AGE = "a Korean name Kiwi cut, after an epithet in quotes or before an age in brackets"
_CUT_AFTER_A_ROLE = "a Korean name Kiwi cut, after an occupation, a role in a team, 소속 or 대표"
_CUT_NAME_HINT = re.compile(r"['’] [가-힣]|[가-힣]\(\d{1,2}\)")
"""What every match of :data:`_CUT_NAME` that :func:`_cut_names_by_evidence` reads holds (an epithet's closing quote,
a space and the name's first syllable; or the name's last syllable and an age in brackets): its cheap test, one search
of the sentence (perf58)."""


def _cut_names_by_evidence(text: str, tokens: list[Token], kb: KnowledgeBase,
                           out: list[NameSpan]) -> list[NameSpan]:
    """A Korean person's name that Kiwi cut into common words or verbs (한 + 소라, 한 + 서리 + ㄴ, 이상혁이 as one
    noun) is a person when the sentence says so around the word (mentions42): an age in brackets right after it
    (한소라(29)가), or an epithet in quotes right before it ('피겨 여왕' 한서린이, '페이커' 이상혁이), or (mentions65)
    an occupation, a role in a team, or 소속 or 대표 one space before it (:data:`_ROLE_THEN_CUT_NAME`: 양궁 대표
    X은, 구단 소속 X을, 투수 X는: what makes a name Kiwi found a person, in the candidates' own context, said of a
    name Kiwi cut; not a word inside a longer candidate, nor one Kiwi reads alone with a particle, an ending, a verb
    or an affix: 대표 사절인), the word of a
    Korean name's shape with a given name people carry, no listed place (:func:`_person_shaped`), and not one common
    noun of Kiwi's dictionary read alone (:func:`_a_common_noun`: 공무원(35), '기생충' 제작진은) nor a noun with a
    derivational suffix (:func:`_a_derived_noun`: '배틀그라운드' 현지화를). A word already one
    candidate keeps it (its own type decides); the candidates inside it give way."""
    if not tokens:
        return out
    lo, hi = tokens[0].start, max(map(_END, tokens))
    found = [(m.start(2), m.end(2), m.group(2), _CUT_BY_EPITHET_OR_AGE) for m in _CUT_NAME.finditer(text, lo, hi)
             if m.group(1) is not None or m.group(3) is not None] \
        if (text.find("(", lo, hi) >= 0 or text.find("'", lo, hi) >= 0 or text.find("‘", lo, hi) >= 0) \
        and _CUT_NAME_HINT.search(text, lo, hi) is not None else []  # an epithet before or an age after
    found += [(m.start(1), m.end(1), m.group(1), _CUT_AFTER_A_ROLE) for m in _ROLE_THEN_CUT_NAME.finditer(text, lo, hi)]
    if not found:
        return out
    names = kb.tokenizer_names()
    spans = []
    for a, b, name, why in found:
        if any(c.start == a and c.end == b for c in out) \
                or any(t.start == b - 1 and t.tag.startswith("J") for t in tokens):
            continue  # a candidate already; or a name of two syllables and its particle ('소년이 온다' 한강은)
        if why == _CUT_AFTER_A_ROLE and (any(c.start < b and a < c.end and (c.start < a or c.end > b) for c in out)
                                         or any(t[1].startswith(_NO_PART_OF_A_NAME_ALONE)
                                                for t in _read_alone(name, names))):
            continue  # after a role: a name found longer (작가 조나단 스위프트), or a word with an ending or a
            # verb inside (대표 사절인: 사절 + 이 + ㄴ), is no name Kiwi cut
        if _person_shaped(name) and not is_country(name) and not _a_derived_noun(name, names) \
                and not (_a_known_common_noun(name, names) if why == _CUT_AFTER_A_ROLE
                         else _a_common_noun(name, names)):  # after a role, an unknown word read as a noun is
            # a name Kiwi has not seen (소속 정우빈을); the older evidence keeps its test
            spans.append((a, b, why))
    if not spans:
        return out
    kept = [c for c in out if not any(c.start < b and a < c.end for a, b, _ in spans)]
    added = [NameSpan(a, b, "ko", kiwi_proper_noun=True, person_context=True, reasons=[why]) for a, b, why in spans]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


_QUOTED_STAGE_NAME = re.compile(r"(?:(?:^|\s)([가-힣]{2,6})\s)?['‘]([가-힣]{1,5})['’](?=\(본명[\s:])"
                                r"|(?:^|\s)([가-힣]{2,6})\s['‘]([가-힣]{1,5})['’]")


_STAGE_NAME_HINT = re.compile(r"['‘][가-힣]{1,5}['’]\(본명[\s:]|[가-힣]\s['‘][가-힣]{1,5}['’]")
"""What each match of :data:`_QUOTED_STAGE_NAME` holds: a name in quotes before ``(본명`` (the first branch; its
look-ahead, like this pattern, reads no farther than the search's end), or a word's last syllable, a space and a name
in quotes (the second): :func:`_quoted_stage_names`' second cheap test (perf58)."""
_QUOTED_REACH = len("(본명 ")
"""How far past a sentence's last token its quoted stage names are read: the bracket of the real name after the quote
(``'X'(본명 Y)``) is looked at, never matched (no match fits in it)."""


def _quoted_stage_names(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A stage name or a gamer tag in quotes, which Kiwi reads as words of a verb as often ('하리' = 하 + 리): one
    before its holder's real name in brackets ('X'(본명 Y)), or right after a role in a group or a team or an
    occupation (메인보컬 'X', 래퍼 'X': :data:`bilingual.entities.kind_words.KOREAN_STAGE_ROLES`), is a person's
    name (typer32); a work's title in quotes follows none of these. Only the sentence's own text is read (its tokens'
    span, the space before it and the bracket after it): the names of other sentences are theirs (mem32 — reading the
    whole text, each Korean sentence added every stage name of the document again, and a huge line's time went
    quadratic)."""
    if not tokens:
        return out
    lo, hi = tokens[0].start, max(map(_END, tokens))
    if text.find("'", lo, hi) < 0 and text.find("‘", lo, hi) < 0:  # the cheap test first
        return out
    if _STAGE_NAME_HINT.search(text, max(0, lo - 1), min(len(text), hi + _QUOTED_REACH)) is None:
        return out  # the second: what every match holds, searched where the matches are
    spans = []
    for m in _QUOTED_STAGE_NAME.finditer(text, max(0, lo - 1), min(len(text), hi + _QUOTED_REACH)):
        role, group = (m.group(1), 2) if m.group(2) is not None else (m.group(3), 4)
        if m.end(group) > hi:
            break
        if m.start(group) >= lo and (group == 2 or role in KOREAN_STAGE_ROLES or role in KOREAN_OCCUPATIONS):
            spans.append((m.start(group), m.end(group)))
    if not spans:
        return out
    kept = [c for c in out if not any(c.start < b and a < c.end for a, b in spans)]
    added = [NameSpan(a, b, "ko", kiwi_proper_noun=True, person_context=True,
                      reasons=["a stage name in quotes, after a role or before a real name"]) for a, b in spans]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


_QUOTED_NAME = re.compile(r"(?:^|(?<=[\s(·,“\"]))(?:'([^'‘’\n]{1,25})'|‘([^'‘’\n]{1,25})’)")
"""A span in single quotes in a Korean sentence: what Korean news quotes a name of a work, a product, a policy, a
law, an event or a project in, whatever word stands before it (:func:`_quoted_names`)."""
_HANGUL_OR_LATIN = re.compile("[가-힣A-Za-z0-9]")
"""What a quoted name starts with (not a mark or a space)."""
_SPEECH_END = re.compile(r"(?:다|요|죠|까|나)[.!?]?$")
"""The end of a quoted clause ('…줬다', '…크다'): speech, not a name."""
_QUOTATIVE = re.compile(r"(?:라?고|라?며|라?면서)(?=\s|$|[,.])")
"""A quotative ending right after the closing quote ('…'라고 강조했다, '…'며 웃었다): what stands in the quotes was
said."""


def _quoted_names(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """A span in single quotes that no candidate overlaps is one name of kind ``other`` (``quoted``): Korean news
    writes the names of works, products, policies, laws, projects and events in single quotes ('바나나맛우유',
    '스토킹처벌법', '희망리턴패키지', 'b단조 미사'), whatever word stands before them, and Kiwi reads most of them as
    common nouns. Not a quoted clause (it ends like a sentence, or a quotative ending follows: '…줬다'며), not an
    epithet before a name (a candidate right after it: '피겨 여왕' 한서린), not a headline's closing word (the quote
    ends the sentence or … follows it: 수수료 인하 '맞불'), not the level of an alert (조류경보 '관심' 단계), and not a
    span of more than four words. On the tune halves of the gold files a single-quoted span in a Korean sentence is
    a gold mention 171 times in 183, 160 of them ``other`` (mentions69)."""
    if not tokens:
        return out
    lo, hi = tokens[0].start, max(map(_END, tokens))
    if text.find("'", lo, hi) < 0 and text.find("‘", lo, hi) < 0:  # the cheap test first
        return out
    spans = []
    starts = {c.start for c in out}
    for m in _QUOTED_NAME.finditer(text, max(0, lo - 1), min(len(text), hi + 1)):
        k = 1 if m.group(1) is not None else 2
        a, b = m.start(k), m.end(k)
        name = text[a:b]
        if a < lo or b > hi or name != name.strip() or not _HANGUL_OR_LATIN.match(name) \
                or len(name.split()) > 4 or _SPEECH_END.search(name) or _QUOTATIVE.match(text, m.end()):
            continue
        rest = text[m.end():hi + 1].lstrip(" ")
        if not rest.strip(" .") or rest.startswith(("…", "...", "단계", "등급")) \
                or (text[m.end():m.end() + 1] == " " and m.end() + 1 in starts):
            continue  # a headline's last word, a level of an alert ('관심' 단계), or an epithet before a name
        if not any(c.start < b and a < c.end for c in out):
            spans.append((a, b))
    if not spans:
        return out
    added = [NameSpan(a, b, "ko", kiwi_proper_noun=True, quoted=True,
                      reasons=["a name in single quotes (a work, a product, a policy, an event)"]) for a, b in spans]
    return sorted(out + added, key=lambda c: (c.start, c.end))


def _with_group_names(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """The candidates with the names of :mod:`bilingual.entities.organizations` that Kiwi splits: its Hangul names
    (엘지 트윈스, 바이에른 뮌헨, 국민의힘 = 국민 + 의 + 힘), found whole on token boundaries, replace the candidates
    inside them; a group's name written solid with more nouns (두산 + 에너빌리티, 카카오 + 모빌리티) is one candidate
    to the end of them."""
    if not tokens:
        return out
    found = korean_names_in(text, tokens[0].start, tokens[-1].end)
    # not a group's name (the two syllables stand for any name going on from it)
    groups = [c for c in out if group_company(text[c.start:c.end] + "가나") is not None]
    if not found and not groups:
        return out  # most sentences: no need to index their tokens
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end for t in tokens}
    spans = [(a, b) for a, b in found if a in starts and b in ends]
    for c in groups:
        k = starts.get(c.start)
        if k is None:
            continue
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
        added.append(NameSpan(a, b, "ko", title=_korean_title(tokens, after), kiwi_proper_noun=True,
                                reasons=["an organization of the general list, or a company on its group's name"],
                                locative=locative_after(tokens, after)))
    return sorted(kept + added, key=lambda c: (c.start, c.end))


def _with_kb_names(text: str, tokens: list[Token], kb: KnowledgeBase, out: list[NameSpan]) -> list[NameSpan]:
    """The candidates with the KB's Hangul names found in the text (:meth:`KnowledgeBase.find_names`: 유엔
    안전보장이사회, 주요 20개국, however Kiwi split them) where they start and end on token boundaries. A found name
    the candidates already cover, letter for letter, is left to them (미국 | 국무부 are two names, though the KB also
    holds 미국 국무부) unless it is a person's name of several candidates (도널드 | 트럼프를, 조 | 바이든을: one person,
    whatever the particle); otherwise it replaces the candidates inside it (유엔 | 안전보장이사회). One sweep over both
    lists, which are in text order."""
    if not tokens:
        return out
    written = kb.find_names(text, tokens[0].start, tokens[-1].end)
    if not written:
        return out  # most sentences: no need to index their tokens
    starts = {t.start for t in tokens}
    after_end = {t.end: k + 1 for k, t in enumerate(tokens)}  # the token after the one ending there
    found = [(a, b) for a, b in written if a in starts and b in after_end]
    if not found:
        return out
    result: list[NameSpan] = []
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
        result.append(NameSpan(a, b, "ko", title=_korean_title(tokens, j), kiwi_proper_noun=True,
                                 reasons=["a name of the knowledge base"], locative=locative_after(tokens, j)))
    result += out[ci:]
    return sorted(result, key=lambda c: (c.start, c.end))


_COMPOUND_TAGS = frozenset({"NNP", "NNG", "SN", "SL", "XPN"})
_ALONE_TAGS = frozenset({"NNP", "NNG", "SL"})
_GOES_ON_TAGS = _COMPOUND_TAGS | {"JKG", "XSN"}
"""The tags of a token written solid after a noun that :func:`_compound` may take on with it: the compound's own, 의
inside a name (:func:`_genitive_inside`), the suffix 성 of a ministry (and 군 of armed forces, by its form)."""
_STARTS_A_NAME = frozenset({"NNP", "NNG", "SL", "SH", "XPN"})
"""The tags a Korean name can start with (:func:`_compound`, :func:`_solid_office` and the proper nouns of
:func:`korean_candidates` start at no other)."""
_NOT_NAME_PREFIXES = frozenset("반 비 무 미 탈 친 항 재 신 구 초 超 反 非".split())
"""Prefixes that make common nouns of an organization's head (반정부, 비정부, 친정부): a compound starts at one only if
it is another prefix (대 + 법원)."""


def _compound(text: str, tokens: list[Token], i: int) -> tuple[int, bool] | None:
    """Nouns written solid from ``tokens[i]`` (산업 + 통상 + 자원부, 김천 + 시) that name an organization or a place:
    (end index, whether Kiwi tagged a proper noun in it), or ``None``."""
    token = tokens[i]
    if token.tag in _ALONE_TAGS and (i + 1 == len(tokens) or (after := tokens[i + 1]).start != token.end
                                     or (after.tag not in _GOES_ON_TAGS and after.form != "군")):
        # one noun with nothing written solid after it that could go on with it (most nouns): the general walk
        # below would stop at once and add nothing; its test of one noun, remembered
        if token.tag == "SL":
            return None  # an acronym alone is a name of its own (korean_candidates)
        return (i + 1, token.tag == "NNP") if _noun_compound(text[token.start:token.end], token.tag) else None
    if tokens[i].tag not in ("NNP", "NNG", "SL") and not (
            tokens[i].tag == "XPN" and tokens[i].form not in _NOT_NAME_PREFIXES and i + 1 < len(tokens)
            and tokens[i + 1].tag in ("NNP", "NNG") and tokens[i + 1].start == tokens[i].end):  # 대 + 법원
        return None
    j = i + 1
    while j < len(tokens) and j - i < 8 and tokens[j].start == tokens[j - 1].end and (
            tokens[j].tag in _COMPOUND_TAGS or _genitive_inside(tokens, j)):
        j += 1
    while j > i + 1 and tokens[j - 1].tag not in ("NNP", "NNG", "SN", "SL"):
        j -= 1
    if j > i + 1 and tokens[j - 1].tag == "SL" and not tokens[j - 1].form.isupper():
        j -= 1
    if j < len(tokens) and tokens[j].form == "군" and tokens[j].start == tokens[j - 1].end \
            and armed_forces(text[tokens[i].start:tokens[j].end]):
        j += 1  # 우크라이나 + 군: a country's armed forces, however Kiwi tags 군
    if j < len(tokens) and tokens[j].tag == "XSN" and tokens[j].form == "성" and tokens[j].start == tokens[j - 1].end \
            and org_head(text[tokens[i].start:tokens[j].end]) == "성":
        j += 1  # 인민 + 무력 + 성: a ministry in 省, whose 성 Kiwi reads as a suffix
    if j > i + 2 and tokens[j - 1].form == "장" and org_head(text[tokens[i].start:tokens[j - 2].end]) is not None:
        j -= 1  # 질병관리청 + 장, 법제처 + 장: the body, then its head's title written solid
    word = text[tokens[i].start:tokens[j - 1].end]
    if j == i + 1 and tokens[i].tag == "SL":
        return None  # an acronym alone is a name of its own (below)
    if j == i + 1:  # one noun (most): its test, remembered
        return (j, tokens[i].tag == "NNP") if _noun_compound(word, tokens[i].tag) else None
    place = is_place(word) and (_place_compound(tokens[i:j]) or _named_village(text, tokens, i, j))
    if _college_of(text, tokens, i, j) or _country_trade(text, tokens, i, j):
        return j, True
    if len(word) < 2 or not (org_head(word) is not None or place or acronym_compound(word) or event_name(word)
                             or armed_forces(word) or war_or_treaty(word) or market_index(word)
                             or (clipped_committee(word, proper_noun=False)
                                 and all(t.tag == "NNG" for t in tokens[i:j]))):
        return None
    # an event's name of three common nouns or more (전국 + 동계 + 체육 + 대회) is a name as a proper noun is;
    # two (국제 + 영화제) are the common word for such events
    return j, any(t.tag == "NNP" for t in tokens[i:j]) or (j - i >= 3 and event_name(word)) \
        or market_index(word) or war_or_treaty(word)  # H + 지수, 6·25 + 전쟁: names, whatever Kiwi's tags


_COLLEGE_KINDS = frozenset("의대 공대 치대 약대 법대 음대 미대 한의대".split())
"""A university's college written short (醫大, 工大 …): after a proper noun written solid with it (하버드 + 의대,
예일 + 의대) the whole word is the college, a university's short form (:func:`gazetteer.university_short_form`), an
organization; Kiwi cuts it into the proper noun and a common noun, and the proper noun alone was typed a person or
nothing (mentions53)."""


def _college_of(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether ``tokens[i:j]`` are a proper noun and a college's short form (:data:`_COLLEGE_KINDS`) written solid."""
    return j == i + 2 and tokens[i].tag == "NNP" and tokens[i + 1].tag == "NNG" \
        and tokens[i + 1].form in _COLLEGE_KINDS and tokens[i].end - tokens[i].start >= 2 \
        and university_short_form(text[tokens[i].start:tokens[i + 1].end])


def _country_trade(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether ``tokens[i:j]`` are a country's name and a word of trade written solid
    (:func:`gazetteer.korean_country_company`), a particle or punctuation after them: a company named for its
    country (mentions53)."""
    return j == i + 2 and tokens[i].tag == "NNP" and korean_country_company(text[tokens[i].start:tokens[j - 1].end]) \
        and (j == len(tokens) or (tokens[j].start == tokens[j - 1].end and tokens[j].tag.startswith(("J", "S"))))


@lru_cache(maxsize=65536)
def _noun_compound(word: str, tag: str) -> bool:
    """:func:`_compound`'s test of one noun alone: an organization by its head, or a committee written short for a
    common noun. A function of its arguments and the bundled tables alone, remembered (asked of most nouns)."""
    return len(word) >= 2 and (org_head(word) is not None
                               or (tag == "NNG" and clipped_committee(word, proper_noun=False)))


_NOT_TAILS = frozenset("어 인 산 제 계 풍 식 판 측 팀 사 전 가 호 군 주 성 현 "
                       "시 도 역 섬 강 항 길 로 쪽 행 발 씨 님 양 서 을 를 은 는 이 의 에 와 과 만".split())
"""Nouns of one syllable that follow a name as a word of their own meaning (스페인어 the language, 미국산 made in,
러시아계 of descent, 쿠팡 측, 부산행, 뉴욕발; units and places: …시, …주, …역), and 서 (에서 written short: 오스틴서):
never the cut end of a name."""


def _transcribed_tail(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a foreign name in Hangul ends when Kiwi cut its last syllable off as a common noun (에밀리 하트 + 웰,
    스미스 + 웰): a proper noun whose last word is transcribed from a foreign language, then one syllable written
    solid that Kiwi read as a noun and that ends the word (a particle, a space or punctuation after it), the whole
    last word transcribed too; only in a name of two words (a given name and a family name: one word and a
    noun are as often a thing and its word, 살모넬라 + 균, 코카 + 잎, 오스카 + 상), not after a place or an
    organization of the list, not a syllable of :data:`_NOT_TAILS` (nor a particle Kiwi read as a noun)."""
    if j >= len(tokens) or tokens[j].tag != "NNG" or tokens[j].start != tokens[j - 1].end \
            or tokens[j].end - tokens[j].start != 1 or text[tokens[j].start] in _NOT_TAILS:
        return j
    if j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end and not tokens[j + 1].tag.startswith("J"):
        return j
    name = text[tokens[i].start:tokens[j - 1].end]
    last = name.rsplit(" ", 1)[-1]
    given_before = i > 0 and tokens[i - 1].tag == "NNP" and tokens[i - 1].end + 1 == tokens[i].start \
        and transcribed(text[tokens[i - 1].start:tokens[i - 1].end])  # 제니퍼 | 로스 + 웰
    if (" " not in name and not given_before) or len(last) < 2 or is_place(name) or is_place(last) \
            or known_organization(name) is not None or not transcribed(last) \
            or not transcribed(last + text[tokens[j].start]):
        return j
    return j + 1


def _body_and_its_chief(text: str, tokens: list[Token], i: int) -> int | None:
    """The end (a token index) of nouns written solid from ``tokens[i]`` whose last noun Kiwi read with the title 장
    of the body's chief inside it (한국 + 여성 + 과학자 + 협회장, 대한스키협회장, 전국농민연합회장): a body by a head
    of two syllables or more (:func:`~bilingual.entities.gazetteer.org_head`), four syllables or more in all, and 장,
    the title of who heads it; ``None`` otherwise (부산시장 is the city's mayor: a place's office,
    :func:`_solid_office`; 중국외교부장, 경찰청장, with a head of one syllable, are a country or a body and a title
    Kiwi reads as one word; 이사장 after a body written apart is a title of its own)."""
    j = i + 1
    while j < len(tokens) and j - i < 8 and tokens[j].start == tokens[j - 1].end and tokens[j].tag in ("NNP", "NNG"):
        j += 1
    last = text[tokens[j - 1].start:tokens[j - 1].end]
    if len(last) < 3 or last[-1] != "장" or (j < len(tokens) and tokens[j].start == tokens[j - 1].end
                                             and tokens[j].tag.startswith("N")):
        return None
    body = text[tokens[i].start:tokens[j - 1].end - 1]
    head = org_head(body)
    return j if len(body) >= 4 and head is not None and len(head) >= 2 else None


def _genitive_inside(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is 의 inside a word written solid, a noun right after it (명동 + 예술 + 의 + 전당,
    평화 + 의 + 집): names of halls and bodies are written so, and the compound is read whole (:func:`_compound`
    keeps it only if the whole word ends in an organization's head or is a place), so that no piece of it is a
    person."""
    return tokens[j].tag == "JKG" and j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end \
        and tokens[j + 1].tag in ("NNG", "NNP")


LAW_CONTEXT = re.compile(
    r"(?:[을를이가은는의에과와]|상|에서|으로|로)?\s?(?:위반|개정|조항|시행|제정|통과|위헌|합헌|헌법소원|발의|폐지|"
    r"공포|상정|적용|처벌|제\d+조|에\s?따라|에\s?따른|에\s?따르면)")
"""Legal words right after a word in …법 (공직선거법 조항, 식품위생법 위반, 정부조직법 개정안, …법에 따라, …법 제3조):
they tell a law (:func:`bilingual.entities.gazetteer.law_name`) from a method of the same shape (치료법 개발)."""


_LAW_ENDS = ("법", "법안")
_END = operator.attrgetter("end")
_FORM = operator.attrgetter("form")


def _law(text: str, tokens: list[Token], i: int) -> int | None:
    """The end index of a law's name from ``tokens[i]``: common nouns written solid (식품 + 위생법, 중대 + 재해 + 처벌
    + 법) whose last is …법 or …법안 and whose whole word has a law's shape, followed by a legal word
    (:data:`LAW_CONTEXT`); ``None`` otherwise. Kiwi tags every part a common noun, so the legal words decide."""
    j = i + 1
    while j < len(tokens) and j - i < 6 and tokens[j].tag == "NNG" and tokens[j].start == tokens[j - 1].end:
        j += 1
    while j > i and not tokens[j - 1].form.endswith(_LAW_ENDS):
        j -= 1
    word = text[tokens[i].start:tokens[j - 1].end]
    if j == i or not law_name(word):
        return None
    if word.endswith(LAW_ONLY_ENDS) and len(word) > 3 and (j == len(tokens) or tokens[j].start > tokens[j - 1].end
                                                             or tokens[j].tag.startswith("J")):
        return j  # 반도체특별법의: a head only laws have, whatever follows (mentions36)
    return j if LAW_CONTEXT.match(text, tokens[j - 1].end) else None


def _place_compound(parts: list[Token]) -> bool:
    """Whether nouns written solid can make a place's name: one is a proper noun, or the last is a unit or a
    geographic word of its own (김천 + 시, 보령 + 댐); common nouns that only end in a unit's syllable do not
    (기준 + 금리 is no village called 기준금-ri)."""
    return any(t.tag == "NNP" for t in parts) or len(parts[-1].form) == 1 or is_place(parts[0].form)


_AREA_AFTER = re.compile(r"\s(?:일대|일원)(?![가-힣])|\s(?:일대|일원)(?:[은는이가을를의에도]|에서|으로)")
"""일대 or 일원 (the area around it) one space after a word: what news write after a named place (땅끝마을 일원에서),
a particle after it or none."""


def _named_village(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether nouns written solid that end in 마을 (a village) are a named village Kiwi cut into common nouns (땅 + 끝
    + 마을, 순창전통고추장 + 민속 + 마을): two nouns or more before 마을 (one noun and 마을 is the common word:
    시골마을, 한옥마을, 어촌마을), and either the first begins with a Korean place of the gazetteer (순창…) or 일대 or
    일원 (the area around it) follows."""
    if j - i < 3 or tokens[j - 1].form != "마을" or any(t.tag not in ("NNG", "NNP") for t in tokens[i:j]):
        return False
    first = tokens[i].form
    return (len(first) > 2 and "ko_place" in place_kinds(first[:2])) or _AREA_AFTER.match(text, tokens[j - 1].end) \
        is not None


def _village_after_its_town(text: str, tokens: list[Token], i: int) -> int | None:
    """A village (리, 里) whose name's first syllable Kiwi read as a determiner (전 + 곡 + 리), one space after a
    county, a town or a township of the gazetteer (연천군 전곡리: the 리 is inside it): where it ends, or ``None``.
    The word is the determiner, one or two nouns and 리 written solid, of three syllables or four, with a particle or
    nothing after it; a determiner written apart (연천군 전 지역) starts none."""
    if i == 0 or tokens[i - 1].end >= tokens[i].start or tokens[i - 1].tag != "NNP":
        return None
    town = text[tokens[i - 1].start:tokens[i - 1].end]
    if not town.endswith(("군", "읍", "면")) or not is_place(town):
        return None
    k = i + 1
    while k < len(tokens) and k - i < 4 and tokens[k].start == tokens[k - 1].end and tokens[k].tag in ("NNG", "NNP"):
        k += 1
    if k - i < 2 or tokens[k - 1].form != "리" or not 3 <= tokens[k - 1].end - tokens[i].start <= 4 \
            or (k < len(tokens) and tokens[k].start == tokens[k - 1].end and not tokens[k].tag.startswith("J")):
        return None
    return k


def _name_before_title(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a proper noun that Kiwi cut short ends: 김천(NNP) 식 before 차관 is the name 김천식, since a
    three-syllable Korean name written solid before a title, an age in brackets or 씨 is a person however Kiwi
    split it (강/NNP 민/NNG 철/NNG (62)씨), and so is one whose last syllable Kiwi read as a counter before a particle
    (김/NNP 민/NNG 호/NNB 는)."""
    k = j
    while k < len(tokens) and tokens[k].start == tokens[k - 1].end and k - i < 4:
        k += 1
        word = text[tokens[i].start:tokens[k - 1].end]
        if len(word) > 3 or not word.isalpha():
            break
        if len(word) == 3 and korean_person_name(word) and (
                _korean_title(tokens, k) is not None or _age_or_honorific_after(text, tokens, k)
                or _counter_before_particle(text, tokens, i, k)):
            return k
    return j


def _nouns_before_title(text: str, tokens: list[Token], i: int) -> int:
    """Where a Korean name of three syllables ends that Kiwi read as common nouns written solid (배수 + 진 차관,
    배수진: the last stand), one word before a title of :data:`KOREAN_TITLES`: a family name and a given name people
    carry, no listed place, the word standing alone (a space or the text's edge before it); else ``i + 1``. A single
    noun of three syllables before a title is kept already (:func:`korean_candidates`)."""
    k = i + 1
    while k < len(tokens) and tokens[k].tag == "NNG" and tokens[k].start == tokens[k - 1].end and k - i < 3:
        k += 1
    word = text[tokens[i].start:tokens[k - 1].end]
    if (i == 0 or tokens[i - 1].end < tokens[i].start) and len(word) == 3 and _person_shaped(word) \
            and k < len(tokens) and tokens[k].start > tokens[k - 1].end and _korean_title(tokens, k) is not None:
        return k
    return i + 1


def _counter_before_particle(text: str, tokens: list[Token], i: int, k: int) -> bool:
    """김민(NNP) + 호(NNB) + 는, 김(NNP) + 민 + 호(NNB) + 는: a proper noun that is no place, then a syllable Kiwi read
    as a counter (no number before it; a noun of one syllable may come between), and a particle right after it: the
    syllables end the given name (not 한국 + 측 + 은: a place and a word after it). A noun of one syllable last is
    left alone (송전 + 선 + 을 is a power line, whatever Kiwi made of 송전)."""
    last = tokens[k - 1]
    return k - i in (2, 3) and tokens[i].tag == "NNP" and last.tag == "NNB" \
        and all(t.end - t.start == 1 and t.tag in ("NNB", "NNG") for t in tokens[i + 1:k]) and k < len(tokens) \
        and tokens[k].tag.startswith("J") and tokens[k].start == last.end \
        and not is_place(text[tokens[i].start:tokens[i].end])


_AGE_OR_HONORIFIC = re.compile(r"\(\d{1,3}(?:세)?\)\s?씨?|\s?씨(?![가-힣])|\s?씨[는가를의와에께도]")


def _age_or_honorific_after(text: str, tokens: list[Token], k: int) -> bool:
    """강민철(62)씨, 강민철 씨: an age in brackets or 씨 right after a word of three syllables that Kiwi cut up."""
    return k < len(tokens) and tokens[k].form in ("(", "씨") and bool(_AGE_OR_HONORIFIC.match(text, tokens[k - 1].end))


def _korean_title(tokens: list[Token], j: int) -> str | None:
    """A title right after a name, which Kiwi may split into two or three morphemes (국무 + 장관, 후생 + 노동 + 상);
    any minister's (재무장관, 법무장관: a field and 장관)."""
    if j + 3 < len(tokens) and tokens[j].form == "(" and tokens[j].start == tokens[j - 1].end \
            and tokens[j + 1].tag == "SL" and tokens[j + 2].form == ")":
        j += 3  # 국제원자력기구(IAEA) 사무총장: the acronym in parentheses stands between the body and the title
    if j + 1 < len(tokens) and tokens[j].tag == "MM" and tokens[j].form in ("전", "현") \
            and tokens[j + 1].start > tokens[j].end and j > 0 and tokens[j - 1].tag == "NNP":
        j += 1  # 태광정밀 전 대표: a former or a current holder's title after a proper noun (mentions22; a common
        # noun stays none: 한 코스닥 상장사 전 대표 names no one)
    if j < len(tokens) and (tokens[j].form in KOREAN_TITLES or (tokens[j].form.endswith(_MINISTERS)
                                                                 and _MINISTER.fullmatch(tokens[j].form))):
        return tokens[j].form
    if j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end:
        joined = tokens[j].form + tokens[j + 1].form
        if joined in KOREAN_TITLES or (tokens[j + 1].form in _MINISTERS and _MINISTER.fullmatch(joined)):
            return joined
        if j + 2 < len(tokens) and tokens[j + 2].start == tokens[j + 1].end \
                and joined + tokens[j + 2].form in KOREAN_TITLES:
            return joined + tokens[j + 2].form  # 후생 + 노동 + 상: a Japanese minister's title in three morphemes
    return None


_MINISTERS = ("장관", "차관")
_MINISTER = re.compile("[가-힣]{1,3}(?:장관|차관)")
"""A minister's or vice minister's title of any field, written solid (재무장관, 통상차관); only a word that ends in one
of :data:`_MINISTERS` is tried."""

