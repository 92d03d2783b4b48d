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

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from bilingual.document import Document, Mention, MentionType, Token
from bilingual.entities.acceptance import Link
from bilingual.entities.countries import country_code
from bilingual.entities.english_names import CONNECTORS, english_candidates
from bilingual.entities.family_names import family_names_alone, replaceable
from bilingual.entities.foreign_people import foreign_person_name
from bilingual.entities.gazetteer import (
    DICTIONARY_PLACE,
    ENGLISH_NOT_PLACES,
    HANJA_COUNTRIES,
    LISTED_COMPANY,
    NO_EVIDENCE,
    PERSON_BY_SHAPE,
    QUOTED_EVENT_ENDS,
    acronym,
    demonym,
    district_stem,
    english_given_names,
    english_name_shape,
    event_name,
    foreign_name_in_hangul,
    is_country,
    is_place,
    korean_full_name,
    korean_name_shape,
    korean_province,
    listed_place_written_apart,
    mention_type,
    org_head,
    place_kinds,
    quarter_or_person,
    titled_person_by_a_place_ending,
    weak_place,
)
from bilingual.entities.kb import KnowledgeBase
from bilingual.entities.lone_names import CLAUSE_BEFORE, LONE_NAME, REPORTING_CLAUSE, lone_latin_name
from bilingual.entities.name_spans import CONJUNCTION_KO, NameSpan
from bilingual.entities.organizations import PARTICLE_AFTER, known_organization, public_short_forms
from bilingual.entities.other_country import unlink_other_countries
from bilingual.entities.typer import retype_unknown
from bilingual.memory import SharedValues, compacted, record_of, record_with
from bilingual.names.foreign_word import transcribed
from bilingual.names.hangul import is_syllable
from bilingual.names.keys import exact_key, normal_key
from bilingual.names.romanized import parse_name, tables
from bilingual.names.titles import KOREAN_OFFICE_TITLES, KOREAN_TITLES, title_fits, title_prefix
from bilingual.names.transcription import transcription_score
from bilingual.page.blocks import SKIPPED_LABELS
from bilingual.tokens import by_sentence

if TYPE_CHECKING:
    from bilingual.context import Context

_AND_EN = re.compile(r",?\s+(?:and|or)\s+")
"""What joins names of one kind in English (a comma alone may be an apposition: "in London, Chris Goodman, said")."""
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ean|ic)|" + "|".join(sorted(ENGLISH_NOT_PLACES)))
"""Adjectives of nations, languages and peoples, and other capitalized words that are no names (Brazilian, German)."""


@lru_cache(maxsize=16384)  # asked for each name at both ends of each pair, in both directions (four times a name)
def _demonym(name: str) -> bool:
    return _DEMONYM.fullmatch(name) is not None


_VERSUS = (r"(?:beat|beats|edged|edges|defeated|defeats|thrashed|routed|stunned|upset|downed|drew\s+with|draws\s+with|"
           r"lost\s+to|loses\s+to|fell\s+to|(?:rallied|rallies|cruised|cruises|eased|eases)\s+past)")
_VERSUS_EN = re.compile(rf"\s+{_VERSUS}\s+")
"""A result or a fixture between two sides ("Feyenoord edged PSV Eindhoven", "Celtic beat Rangers"): the two are of one
kind, as coordinated names are."""
_BUILDING = "사옥|본사|공장|캠퍼스|사업장|연구소"
_BUILDING_AFTER = re.compile(rf"\s(?:{_BUILDING})(?:(?![가-힣])|(?=[을를이가은는에의도과와로서]))")
"""A company's building written apart after a name (판교 사옥, 송도 본사에서): a district's name before it is where the
building is."""
_PLACE_WORD_AFTER = re.compile(r"곶|[가-힣]{0,4}\d+(?:지구|구역|단지|블록)")
"""The rest of a word glued after a name that makes the word a place: a number and a zone's word (고덕|강일1지구,
느티마을|3단지), or 곶 (串, a cape: 장산|곶, where the tokenizer cut it off): the name before it is a place's, not a
person's (typed_heldout43's 고덕강일1지구, cut to 고덕 and typed a person by its shape; mentions68). Only a person by
a Korean name's shape is retyped so."""
_CAPITAL = r"[^\W\d_a-z]"  # a letter at the start of a capitalized word: a capital, maybe accented (Ł, Í)
_SMALL = r"[^\W\d_A-Z]"  # and the letters after it
_BASED = re.compile(rf"({_CAPITAL}{_SMALL}+(?: {_CAPITAL}{_SMALL}+)?)-based\s+({_CAPITAL}.*)")
"""A place and -based before an organization's name ("Songdo-based Samsung Biologics", "Busan-based BNK", "Łódź-based
Comarch": Latin letters beyond ASCII, mentions45): two names, the place where the organization is based and the
organization."""
_SCORE = r"\d{1,3}\s?[-–]\s?\d{1,3}\b"  # a basketball score too: 118-112 (mentions43)
_SIDE_BEFORE = re.compile(rf"(?:\b{_VERSUS}|\bheld)\s+$")
_SCORE_BEFORE_SIDE = re.compile(
    rf"(?:\b(?:drew|draws|lost|loses|won|wins)\s+{_SCORE}\s+(?:with|to|against)"
    rf"|(?:^|\s)(?:a|an|the|its|their|\w+['’]s?)\s+{_SCORE}\s+(?:win|victory|defeat|loss|draw|rout)\s+"
    r"(?:over|against|to|with))\s+(?:the\s+)?$")
"""The score before the side ("drew 1-1 with Vissel Kobe", "the 3-0 win over Rangers", "a 2-1 defeat to Lens",
mentions43): the side is a club. The score right after an article or a possessive, so that a match of sets ("a
6-3, 6-4 win over X") is no club's; a person's name and a country ("the 1-0 win over Thailand": the national side,
a place as everywhere in the project) are left (:func:`_sides_of_a_result`)."""
_SCORE_INSIDE = re.compile(r"\d\s?[-–]")
"""What every match of :data:`_SCORE` holds (its first number's last digit and the dash): the cheap test before
:data:`_SCORE_BEFORE_SIDE`'s search, which tries every place of the text before a name (most hold no score)."""
_SIDE_AFTER_SCORE = re.compile(rf"\s+(?:{_SCORE}|to\s+an?\s+{_SCORE})")
_FIRST_SIDE = re.compile(
    rf"\s+(?:{_VERSUS}|held)\s+(?:the\s+)?[A-Z][\w.'’ -]{{0,40}}?\s+(?:{_SCORE}|to\s+an?\s+{_SCORE})")
_AGAINST = re.compile(r"\bagainst\s+$")
_MATCH_WORDS = re.compile(r"\b(?:scored|scores|scoring|goals?|hat[- ]trick|striker|midfielder|defender|"
                          r"goalkeeper|kickoff|equaliser|equalizer)\b")
"""A result between two sides ("Lille beat Rennes 2-0", "Osasuna held Sevilla to a 1-1 draw") or a goal scored against
one ("a hat trick against Getafe"): the sides are clubs, though named by their cities."""
_AND_NEXT = re.compile(rf",?\s+(?:and|or)\s+[A-Z]|,\s+[A-Z]|\s+(?:{_VERSUS}|held)\s+[A-Z]")
_AND_BEFORE = re.compile(rf"\w(?:,?\s+(?:and|or)|,|\s+(?:{_VERSUS}|held))\s+$")
_AND_BEFORE_ENDS = ("and", "or", ",", "held", "beat", "beats", "edged", "edges", "defeated", "defeats", "thrashed",
                    "routed", "stunned", "upset", "downed", "with", "to", "past")
"""How the text before a match of :data:`_AND_BEFORE` ends once its spaces are stripped (the last word of each of its
joins, :data:`_VERSUS`'s among them): the cheap test before its search, which tries every place of the 40 characters
before a one-word name (most open their sentence; perf60)."""
_UNIT_END = re.compile("[가-힣](?:시|군|구|읍|면)$")
"""A place that ends in an administrative unit (종로구, 성남시): an unknown proper noun right after it is a place
inside it (종로구 재동, 성남시 판교)."""
_STATE_END = re.compile("[가-힣](?:주|성|현)$")
"""A foreign place that ends in a state, a province or a prefecture (텍사스주, 쓰촨성, 아오모리현): a name transcribed
from a foreign language right after it (:func:`bilingual.names.foreign_word.transcribed`) is a place inside it
(텍사스주 오스틴)."""
_TEMPLE = re.compile("[가-힣]{2}사")
"""A Buddhist temple (寺) by its name of two syllables and 사 (송광사, 해인사): right after a Korean city or county of
the gazetteer written apart (순천 X사, 합천 X사), where news name a temple by its town as an address does, it is a
place inside that town (mentions61); a company so named (X사) stands after a country's name, not a town's."""

if TYPE_CHECKING:
    _mention = Mention  # the values checked (by mypy) as a validated mention's are
else:
    def _mention(**values):
        """A mention made from values this stage computed, compact at once and not validated
        (:func:`bilingual.memory.record_of`: docs/performance.md, perf47)."""
        return record_of(Mention, values)

_NO_SPACES = re.compile(r"\S+")
_SPAN = attrgetter("start", "end")
"""A mention's span, the key of text order (a sort's key: cheaper than a lambda's tuple)."""

MAX_LINKS = 100_000
"""The most links a run remembers (:attr:`Context.links`) before it starts again from none."""


def find_mentions(doc: Document, context: Context) -> Document:
    """The mentions stage: find, link, resolve short forms, cluster unknown people."""
    kb = context.kb
    links = context.links  # each distinct name is linked once per run: kb.link is a function of the name alone
    if len(links) > MAX_LINKS:
        links.clear()
    read: list[tuple[int, int]] = []  # the spans of the sentences read (filled as the candidates are found)
    quoted: list[tuple[int, int]] = []  # events named in quotes (filled as the candidates are found)
    # each sentence's candidates are linked as they are found: a huge document's are never all held at once; a
    # mention is made compact (a dictionary of shared keys: about half a mention's memory) and not validated, from
    # values this stage computed (_mention, record_with: memory.record_of), and its name and reasons are shared with
    # the equal ones before it as it is made (its copies go at once)
    share = SharedValues(_REPEATED_FIELDS)
    mentions: list[Mention] = []
    for c in _candidates(doc, context, read, quoted):
        found = _link_or_split(doc.text, c, kb, links)
        if found:
            share(found)
            mentions += found
    mentions = _players_of_a_result(doc.text, mentions)
    mentions = _sides_of_a_result(doc.text, mentions)
    mentions = _korean_sides_of_a_result(doc.text, mentions) if "로 " in doc.text else mentions
    mentions = _sources_of_a_report(doc.text, mentions) if REPORTING_CLAUSE.search(doc.text) else mentions
    mentions = _teams_before_a_player(doc.text, mentions)
    mentions = _teams_led_by_a_coach(doc.text, mentions) if "이끄는 " in doc.text else mentions
    mentions = _teams_of_their_players(doc.text, mentions)
    mentions = _bodies_of_a_person_named_after(doc.text, mentions)
    mentions = _known_as(doc.text, mentions)
    mentions = _english_quoted_titles(doc.text, mentions)
    mentions = _by_conjuncts(doc.text, mentions)
    mentions = _bodies_named_for_korea(mentions) if "한국" in doc.text or "대한" in doc.text else mentions
    mentions = _sites_by_their_plant_word(doc.text, mentions) if _A_PLANT_WORD.search(doc.text) else mentions
    mentions = _branch_courts(doc.text, mentions) if "지원" in doc.text else mentions
    mentions = _short_forms_in_parentheses(doc.text, mentions)
    mentions = _names_paired_in_parentheses(doc.text, mentions)
    mentions = _latin_names_in_parentheses(doc.text, mentions)
    mentions = _hanja_in_parentheses(doc.text, mentions) if "(" in doc.text else mentions
    mentions = _english_acronyms_in_parentheses(doc.text, mentions)
    mentions = _latin_acronyms_of_korean_events(doc.text, mentions)
    mentions = _towns_after_a_place(doc.text, mentions)
    mentions = _places_before_a_place(doc.text, mentions)
    mentions = _venues_after_a_place(doc.text, mentions) if "에서" in doc.text else mentions
    mentions = _people_by_their_title(doc.text, mentions)
    mentions = _affiliations_before_a_person(doc.text, mentions)
    mentions = _places_by_the_word_after(doc.text, mentions) if _A_PLACE_WORD_AFTER.search(doc.text) else mentions
    mentions = _apps_by_the_word_after(doc.text, mentions) if _AN_APP_WORD.search(doc.text) else mentions
    mentions = _public_short_forms(doc.text, mentions)
    mentions = _short_forms_defined_earlier(doc.text, mentions)
    mentions = _people_glossed_in_parentheses(doc.text, mentions)
    mentions = _latin_of_people_in_parentheses(doc.text, mentions)
    mentions = _foreign_people_before_a_title(doc.text, mentions)
    mentions = _foreign_given_and_family_names(doc.text, mentions)
    mentions = _bodies_before_a_family_name(mentions)
    mentions = _quoted_events(doc.text, mentions, quoted)
    mentions = _group_acronyms_glued(doc.text, mentions)
    mentions = _quoted_places(doc.text, mentions) if "'" in doc.text or "‘" in doc.text else mentions
    mentions = _family_names_of_people_named(mentions)
    mentions = _resolve_short_forms(mentions, kb)
    # in text order, which later stages rely on (they look mentions up by binary search)
    mentions = unlink_other_countries(doc.text, sorted(mentions, key=_SPAN), kb)
    if context.config.mentions.learned_typer:  # names the rules left other for want of evidence (typer.py)
        mentions = retype_unknown(doc.text, mentions)
    clustered = [_cluster(m) for m in mentions]  # a person's copy with its cluster compact at once (record_with)
    del mentions  # the copies' originals go now
    # "Kim said", 문 씨는; a capitalized word kept for want of anything better (lone_names) is not seen as a name here
    again = [_cluster(m) for m in family_names_alone(doc.text, [m for m in clustered if not _bare_word(m)], read)]
    if again:  # a surname alone typed by its sentence only yields to the family name of a person named earlier
        replaced = {(m.start, m.end) for m in again}
        where = _ByStart(again)  # not every surname read for each bare word (quadratic in a huge document: perf55)
        kept = [m for m in clustered if not ((m.start, m.end) in replaced and replaceable(m))
                and not (_bare_word(m) and where.over(m.start, m.end))]
        clustered = sorted(kept + again, key=_SPAN)
    # a huge document's mentions repeat their names and reasons: one object per distinct value (output unchanged)
    share(clustered)  # and those the later steps made
    # the records the steps of other modules made (validated, or a model_copy with a set of fields of its own)
    return doc.evolve(mentions=tuple(map(compacted, clustered)))


def _bare_word(m: Mention) -> bool:
    """Whether ``m`` is one capitalized word kept as a name of no kind for want of anything better
    (:data:`~bilingual.entities.lone_names.LONE_NAME`): the family name of a person named in full earlier ("Mark
    Rutte … aides said Rutte") takes its place (:func:`~bilingual.entities.family_names.family_names_alone`; the
    mentions27 branch found it, lead ported it alone); and one word typed an organization only as a listed company
    (:data:`~bilingual.entities.gazetteer.LISTED_COMPANY`): "Tom Marriott … Marriott said" is the person
    (mentions49)."""
    return (m.type == "other" and LONE_NAME in m.reasons) \
        or (m.type == "org" and " " not in m.text and any(LISTED_COMPANY in r for r in m.reasons))


_REPEATED_FIELDS = ("text", "reasons", "candidates", "title", "cluster")
"""The fields of a mention whose values repeat across a document (:class:`bilingual.memory.SharedValues`)."""


def _candidates(doc: Document, context: Context, read: list[tuple[int, int]],
                quoted: list[tuple[int, int]]) -> Iterator[NameSpan]:
    """The candidate names of each sentence, in order; the span of each sentence read is added to ``read``, and the
    events each Korean sentence names in quotes (:func:`quoted_event_spans`) to ``quoted``."""
    kb = context.kb
    tokens_of = by_sentence(doc.tokens)  # each sentence's tokens built when it is read, not all of them at once
    skipped = SKIPPED_LABELS if context.config.mentions.skip_page_chrome else frozenset()
    for index, sentence in enumerate(doc.sentences):
        context.report("find_mentions", sentence.start, len(doc.text))
        if doc.blocks[sentence.block].label in skipped:
            continue
        tokens = tokens_of(index)
        read.append((sentence.start, sentence.end))
        if sentence.route.lang == "en" or (tokens and tokens[0].lang == "en"):
            yield from english_candidates(doc.text, tokens, kb)
        elif tokens and tokens[0].lang == "ko":
            # imported on the first Korean sentence (as in _abbreviates)
            from bilingual.entities.korean_names import korean_candidates

            yield from korean_candidates(doc.text, tokens, kb)
            quoted += quoted_event_spans(doc.text, tokens)


# -- linking, short forms, clusters --------------------------------------------------------------------------
def _link_or_split(text: str, c: NameSpan, kb: KnowledgeBase, links: dict[str, Link | None]) -> list[Mention]:
    """Link the candidate; a capitalized run that does not link as a whole (a title-case headline:
    "Blinken Discuss North Korea-Russia Cooperation") is searched for its longest linkable parts."""
    based = _BASED.match(text, c.start, c.end) if c.lang == "en" else None
    if based is not None and based.end(2) == c.end:  # "Songdo-based Samsung Biologics": where it is based, then it
        rest = dataclasses.replace(c, start=based.start(2), reasons=[*c.reasons, "after X-based"])
        where = _link(text, NameSpan(based.start(1), based.end(1), "en"), kb, links, linked_only=True)
        return [where or _mention(start=based.start(1), end=based.end(1), text=based.group(1), type="place", lang="en",
                        entity_id=None, score=0.0, method="unlinked",
                        reasons=("not in the knowledge base; where the organization after it is based (X-based)",)),
                *_based_organization(_link(text, rest, kb, links))]
    mention = _link(text, c, kb, links)
    if mention is not None and (mention.type != "other" or c.lang != "en" or _an_event(mention)):
        return [mention]  # an event is other but whole: "Seoul Marathon" is no mention of Seoul
    if c.lang != "en":
        return []
    words = [m.span() for m in _NO_SPACES.finditer(text, c.start, c.end)]  # the words' spans in the text
    if len(words) < 2 and mention is not None and mention.entity_id is None and not mention.candidates \
            and lone_latin_name(text, c):  # one unknown capitalized word inside a sentence ("on Steam")
        return [record_with(mention, reasons=(*mention.reasons, LONE_NAME))]
    if len(words) < 2 and mention is not None and mention.entity_id is None and not mention.candidates and (
            _AND_NEXT.match(text, c.end) or _and_before(text[max(0, c.start - 40):c.start])
            or _against_in_a_match(text, c.start)):
        return [mention]  # one unknown word with a name coordinated with it: kept until _by_conjuncts has seen both
    if len(words) < 2 or len(words) > 12:
        return []
    found: list[Mention] = []
    park = False
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            if j - i == len(words):
                continue
            start, end = words[i][0], words[j - 1][1]
            while end > start and not text[end - 1].isalnum():
                end -= 1
            part_words = text[start:end].split()
            if not part_words or part_words[-1] in CONNECTORS:  # nothing but punctuation ("À .0"), or "and"
                continue
            part = _link(text, NameSpan(start, end, "en"), kb, links, linked_only=True)
            if part is not None and _park_of_a_longer_name(text, c, words, i, j, part):
                park |= j == len(words)  # a park's name only when Park ends the run
                continue
            if part is not None:
                found.append(part)
                i = j
                break
        else:
            i += 1
    if not found and mention is not None and 2 <= len(mention.text.split()) <= 4:
        if park and mention.type == "other":
            return [record_with(mention, type="place", reasons=(*mention.reasons, _A_PARK))]
        return [mention]  # an unknown capitalized name, not a title-case headline
    return found


_A_PARK = ("a park: Park last after two words or more, none a title nor the last an English given name "
           "(Yeouido Hangang Park)")


def _park_of_a_longer_name(text: str, c: NameSpan, words: list[tuple[int, int]], i: int, j: int,
                           part: Mention) -> bool:
    """Whether ``part``, found inside an unknown capitalized run, is its last word ``Park`` matched only weakly to
    people of that family name (no entity, candidates only), after two capitalized words or more, the last no English
    given name and none a title (typer35; "Ttukseom Hangang Park": the head of a park's name, not the family name of
    someone unnamed; not "Outfielder Park" nor "Grace Park", where one word stands before it). ``Park`` right after
    "National", anywhere in the run, is a park's word too (mentions60: "Kestrel National Park Trust"), not the
    family name 박: no person's family name follows that adjective."""
    if part.text != "Park" or part.entity_id is not None or part.type != "person" or i < 1:
        return False
    before = text[words[i - 1][0]:words[i - 1][1]]
    if before == "National":
        return True
    if j != len(words) or i < 2:
        return False
    return before not in english_given_names() and title_prefix(f"{before} ") is None \
        and title_prefix(text[c.start:words[i][0]]) is None


def _based_organization(m: Mention | None) -> list[Mention]:
    """The name after "X-based": an organization when nothing else types it ("Dallas-based Oncor")."""
    if m is None:
        return []
    if m.type == "other" and m.entity_id is None and not m.candidates:
        return [record_with(m, type="org", reasons=(
            *m.reasons, "after X-based, which says where an organization is based"))]
    return [m]


def _link(text: str, c: NameSpan, kb: KnowledgeBase, links: dict[str, Link | None], *,
          linked_only: bool = False) -> Mention | None:
    name = text[c.start:c.end]
    if len(name) > 100:
        return None
    if name not in links:  # kb.link is a function of the name alone: the same name, the same link
        links[name] = kb.remembered_link(name)  # and remembered by the KB across runs (a stream of process() calls)
    link = links[name]
    reasons = [f"title {c.title!r} kept apart"] if c.title else []
    if link is not None and (link.entity_id is not None or link.candidates):
        entity = kb.get(link.entity_id) if link.entity_id else kb.get(link.candidates[0].entity_id)
        if (link.entity_id is None or link.method in ("partial", "fuzzy")) and entity is not None \
                and entity.type == "person" and not linked_only:
            kind, why = _type(name, c)
            if kind in ("org", "place") and not _romanized_person_linked(name, link):
                # 서울 is not a person called 서…, whatever the KB holds
                return _mention(start=c.start, end=c.end, text=name, type=kind, lang=c.lang, entity_id=None,
                               score=0.0, method="unlinked", title=c.title,
                               reasons=(f"not linked: only a weak {link.method} match to a person; {why}", *reasons))
        return _mention(start=c.start, end=c.end, text=name, type=entity.type if entity else "other",
                       lang=c.lang, entity_id=link.entity_id, score=link.score, method=link.method,
                       reasons=(*link.reasons, *reasons),
                       candidates=tuple(x.entity_id for x in link.candidates) if link.entity_id is None else (),
                       title=c.title)
    if linked_only:
        return None
    # Not in the KB: typed by evidence (an organization's head, the gazetteer, a title, a name's shape), else other.
    kind, why = _type(name, c)
    if kind == "person" and why == PERSON_BY_SHAPE and c.lang == "ko" and c.title is None \
            and _PLACE_WORD_AFTER.match(text, c.end) and all("가" <= ch <= "힣" for ch in name):
        kind, why = "place", "a place by a cape's 곶 or a numbered zone glued after it (장산곶, 고덕강일1지구)"
    if kind == "org" and c.lang == "ko" and _BUILDING_AFTER.match(text, c.end) and district_stem(name):
        kind, why = "place", "a district (its 동, 읍 or 면 in the gazetteer) before a company's building (판교 사옥)"
    if kind == "other" and c.lang == "ko" and (not c.kiwi_proper_noun or len(name) < 2):
        return None  # a common noun, or one syllable: not a name
    return _mention(start=c.start, end=c.end, text=name, type=kind, lang=c.lang, entity_id=None, score=0.0,
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
    organization or a place it is coordinated with ("CNN and Al Jazeera", 애플과 테슬라의 …), and a person typed by
    a Korean name's shape alone yields to a place coordinated with it (정동진과 강릉), unless that place is one only
    by mecab-ko-dic's list, weaker evidence than a name's shape (유가령과 히말라야의 부탄: 유가령 is a person). Then
    one English word still without evidence is dropped, as a capitalized word of no kind (a sentence's first word)."""
    order = sorted(range(len(mentions)), key=list(map(_SPAN, mentions)).__getitem__)
    out = list(mentions)
    for _ in range(2):  # forwards and backwards along a list of names
        for k, (a, b) in enumerate(itertools.pairwise(order)):
            x, y = out[a], out[b]
            if x.lang != y.lang or (x.lang != "en" and y.start - x.end > _WIDEST_CONJUNCTION_KO):
                continue  # the cheap test first: every change below needs names of one language this close
            between = text[x.end:y.start]
            if x.lang == "en" and between != ", " and not (x.end < y.start and (
                    _AND_EN.fullmatch(between) or _VERSUS_EN.fullmatch(between))):
                continue  # the cheap test: below, an English pair changes only when so joined (perf55)
            if text.startswith(("'s", "’s"), y.end) or _demonym(x.text) or _demonym(y.text):
                continue  # "Ansett and Ireland's Aer Lingus": a possessive is no conjunct; "Austrian or German"
            if x.lang == "ko" and text.startswith("의", y.end) and text.endswith("의 ", 0, x.start):
                continue  # 한빛의 보리와 두리컴퍼니의 토토: two owned things in a list, each after its owner; the
                # owner is no conjunct of the thing before it (mentions57)
            if x.lang == y.lang == "ko" and between == " " and x.type == "place" \
                    and (_UNIT_END.search(x.text) or korean_province(x.text)
                         or (_STATE_END.search(x.text) and transcribed(y.text))
                         or (_TEMPLE.fullmatch(y.text) and "ko_place" in place_kinds(x.text)) or (
                        k > 0 and _address_head(text, out[order[k - 1]], x))) \
                    and y.method == "unlinked" and not y.candidates and (y.type == "other" or (
                        y.type == "person" and y.title is None and any(PERSON_BY_SHAPE in r for r in y.reasons)
                        and (_KOREAN_PLACE_PARTICLE.match(text, y.end) or not korean_full_name(y.text)))):
                # a Korean full name after a province or a city is a person of that side or that town (전북
                # 송민규가, 대구 정승원은: mentions75), a town only before a particle of place (경북 김천에서)
                out[b] = record_with(y, type="place", reasons=(
                    *y.reasons, f"after {x.text!r} in an address (a unit, then a place inside it)"))
                continue
            if x.end >= y.start or x.lang != y.lang or not (
                    (_AND_EN if x.lang == "en" else CONJUNCTION_KO).fullmatch(between)
                    or (x.lang == "en" and x.type != "person" and y.type != "person"
                        and _VERSUS_EN.fullmatch(between))):
                if x.lang == y.lang == "en" and between == ", " and x.type == "place" and " " not in y.text \
                        and _yields_to(y, x):
                    out[b] = record_with(y, type="place", reasons=(
                        *y.reasons, f"after {x.text!r} in an address (Boulder, Colorado)"))
                continue
            if y.text in HANJA_COUNTRIES and text[y.end:y.end + 1] == " " and text[y.end + 1:y.end + 2].isalpha():
                # 英 롤스로이스, 韓 항공사: a country's Hanja before a word says whose it is; no conjunct, and the name
                # right after it is x's when a Hanja stands before x too, a parallel list (삼성전자, 美 테일러공장 is
                # none: mentions37)
                z = next((o for o in order if out[o].start == y.end + 1), None)
                if z is not None and out[z].lang == x.lang and x.start >= 2 and text[x.start - 1] == " " \
                        and text[x.start - 2] in HANJA_COUNTRIES:
                    for k, m, other in ((a, x, out[z]), (z, out[z], x)):
                        if _yields_to(m, other):
                            out[k] = m.model_copy(update={"type": other.type, "reasons": (
                                *m.reasons, f"coordinated with {other.text!r}, typed {other.type}")})
                continue
            if x.lang == "en" and y.type == "place" and _MODIFIER_AFTER.match(text, y.end):
                continue  # "Pepero and Ghana chocolate": the place modifies the noun after it, the true conjunct
            if _given_name_before_a_person(x, y, between):
                out[a] = record_with(x, type="person", reasons=(
                    *x.reasons, f"a given name before {y.text!r}, whose family name it shares"))
                continue
            for k, m, other in ((a, x, y), (b, y, x)):
                if _yields_to(m, other):
                    out[k] = record_with(m, type=other.type, reasons=(
                        *m.reasons, f"coordinated with {other.text!r}, typed {other.type}"))
    return [m for m in out if not (m.lang == "en" and m.type == "other" and " " not in m.text and (
        (not _an_event(m) and LONE_NAME not in m.reasons) or _ARTICLE_CODE.fullmatch(m.text)))]


def _given_name_before_a_person(x: Mention, y: Mention, between: str) -> bool:
    """Whether ``x`` is an English given name alone, joined by "and" to a person's given name and family name after
    it ("Liam and Noel Gallagher", "Venus and Serena Williams"): brothers, sisters or a couple named with the family
    name written once, so the first name is a person too (mentions58). Only a word of the list of English given names
    that nothing else typed, before a person's name of two words that opens with a given name as well."""
    if x.lang != "en" or y.lang != "en" or y.type != "person" or x.type != "other" or " " in x.text \
            or between != " and " or x.method != "unlinked" or x.entity_id is not None or x.candidates:
        return False
    words = y.text.split()
    return len(words) == 2 and x.text in english_given_names() and words[0] in english_given_names()


_MODIFIER_AFTER = re.compile(r" [a-z]+(?:[,.;:)]|$)")
"""One lowercase word, then the end of a phrase, right after the second of two English names joined by "and" or "or"
("Pepero and Ghana chocolate,"): the name modifies that noun, which is the true conjunct, so a place there gives the
first name no type (mentions50: Pepero was a place by Ghana's)."""
_ARTICLE_CODE = re.compile(r"A-?\d{1,4}[A-Za-z]?")
"""A code whose letter is the article A (A24, A4, A1): a company's name, a paper's size, a road, a model; kept only
when a name it is coordinated with types it ("Warner Bros. Pictures and A24": mentions47), as a word of no kind."""


_ANOTHER_NAME = re.compile(
    r"(?:,?\s+(?:(?:better|popularly|widely|commonly|also|professionally|locally)\s+)?known"
    r"(?:\s+(?:to|among)\s+(?:fans|friends|teammates|supporters|locals)|\s+locally)?\s+as"
    r"|\s+\((?:better\s+|also\s+)?known\s+as"
    r"|,\s+(?:also\s+)?(?:called|spelled|spelt|romanized)"
    r"|,\s+which\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+calls"
    r"|(?P<nick>,?\s+\(?(?:nicknamed|dubbed)))"
    r"\s+(?:the\s+)?[\"“'‘]?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
"""Between a name and another name of the same thing: "X, better known as Y", "X (also known as Y)", "X, known to fans
as 'Y'", "X, called Y in China", "X, spelled Y in older guides", "X, which Tokyo calls Y", "X, commonly known as the
Y"; "X, nicknamed 'Y'" and "X, dubbed Y" (a nickname, which only people are given here). The other name is of the
first one's type (mentions37 read "known as" after a person's name; mentions39 the rest)."""
_OTHER_NAME_BEFORE = re.compile(r",\s+(?:whose\s+real\s+name\s+is|born)\s+$")
"""Between another name and a person's full name after it: "Faker, whose real name is Lee Sang-hyeok", "Hoshoryu,
born Sugarragchaa Byambasuren": the name before the comma is the same person's (a gamer tag, a ring name)."""
_NAME_BEFORE_COMMA = re.compile(r"(?:^|[\s\"“'‘(])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})[\"”'’]?$")
"""The capitalized words of a name right before a comma (the comma cut off), for :data:`_OTHER_NAME_BEFORE`."""
_ANOTHER_NAME_WORDS = ("known ", "called", "spelled", "spelt", "romanized", " calls ", "nicknamed", "dubbed",
                       "real name", "born ")
"""The words one of the two patterns needs (the cheap test: most texts hold none)."""


def _another_name_span(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of a name matched at ``a:b`` without the closing quote, the full stop or the possessive the
    patterns' letters took in ("Tank'", "Takeshima.", "Minnie's"), or ``None`` if nothing of a name is left."""
    while b > a and text[b - 1] in "'’.\"”":
        b -= 1
    if text.endswith(("'s", "’s"), a, b):
        b -= 2
    return (a, b) if b > a else None


def _known_as(text: str, mentions: list[Mention]) -> list[Mention]:
    """Another name of a name typed right before it (:data:`_ANOTHER_NAME`), or of a person named right after it
    (:data:`_OTHER_NAME_BEFORE`), is of that type: "Lee Sang-hyeok, better known as Faker" (a person), "Mount Paektu,
    called Changbai Shan in China" (a place), "the Society of Jesus, commonly known as the Jesuits" (an organization).
    An English mention there that is unlinked and of no kind (``other``) is retyped; where no mention overlaps the
    other name, one is added (a nickname in quotes, a word opening the sentence, which the finder leaves); a mention
    of another type or linked is left as it is. A nickname ("nicknamed", "dubbed") only after a person's name."""
    if not any(w in text for w in _ANOTHER_NAME_WORDS):
        return mentions
    out = sorted(mentions, key=_SPAN)
    named: list[tuple[Mention, int, int]] = []  # the name typed, and the span of its other name
    for m in out:
        if m.lang != "en" or m.type not in ("person", "place", "org"):
            continue
        after = _ANOTHER_NAME.match(text, m.end)
        if after is not None and (after.group("nick") is None or m.type == "person"):
            span = _another_name_span(text, *after.span("name"))
            if span is not None:
                named.append((m, *span))
        if m.type == "person" and text[max(0, m.start - 30):m.start].endswith((" is ", "born ")):
            cut = _OTHER_NAME_BEFORE.search(text, max(0, m.start - 30), m.start)
            name = _NAME_BEFORE_COMMA.search(text, max(0, cut.start() - 60), cut.start()) if cut else None
            if name is not None:
                span = _another_name_span(text, *name.span("name"))
                if span is not None:
                    named.append((m, *span))
    if not named:
        return mentions
    added: list[Mention] = []
    where = _ByStart(out)  # not every mention read for each name (a huge document's many people)
    for m, a, b in named:
        over = where.over(a, b)
        why = f"another name of {m.text!r} (\"known as\", \"called\", a nickname or a real name beside it)"
        if not over:
            added.append(_mention(start=a, end=b, text=text[a:b], type=m.type, lang="en", entity_id=None,
                                  score=0.0, method="unlinked", reasons=(why,)))
        elif len(over) == 1 and out[over[0]].type == "other" and out[over[0]].method == "unlinked" \
                and out[over[0]].entity_id is None and out[over[0]].lang == "en":
            x = out[over[0]]
            out[over[0]] = record_with(x, type=m.type, reasons=(*x.reasons, why))
    return sorted([*out, *added], key=_SPAN)


_WIDEST_CONJUNCTION_KO = 4
"""The most characters :data:`~bilingual.entities.name_spans.CONJUNCTION_KO` matches (과 및, with a space on either
side of 및): two Korean names further apart are not coordinated, nor one address (a space apart), for
:func:`_by_conjuncts`."""


def _players_of_a_result(text: str, mentions: list[Mention]) -> list[Mention]:
    """An unknown English name of two or three words without evidence (``other``) on one side of a result whose other
    side is a person ("Shin Jin-seo beat Ke Jie", "Iga Swiatek beat Aryna Sabalenka": a match between players) is a
    person too (mentions52): a player's result is against a player. A person typed by a Korean name's shape alone is
    no evidence here; a club's side stays to :func:`_sides_of_a_result`."""
    out = list(mentions)
    for k, (x, y) in enumerate(itertools.pairwise(mentions)):
        if x.lang != "en" or y.lang != "en" or x.end >= y.start or not _VERSUS_EN.fullmatch(text, x.end, y.start):
            continue
        for at, m, other in ((k, x, y), (k + 1, y, x)):
            if other.type == "person" and not any(PERSON_BY_SHAPE in r for r in other.reasons) \
                    and m.type == "other" and m.entity_id is None and not m.candidates and m.reasons \
                    and NO_EVIDENCE in m.reasons[-1] and 2 <= len(m.text.split()) <= 3:
                out[at] = record_with(m, type="person", reasons=(
                    *m.reasons, f"a side of a result against the person {other.text!r}: a player"))
    return out


def _sides_of_a_result(text: str, mentions: list[Mention]) -> list[Mention]:
    """A city or an unknown name that is a side of a result with its score ("Strasbourg beat Nantes 3-0", "Osasuna
    held Sevilla to a 1-1 draw") or that a goal was scored against ("a hat trick against Getafe") is a club, named by
    its city as sports pages do: an organization, not the place."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.lang != "en" or m.type not in ("place", "other") or m.entity_id is not None or m.candidates \
                or m.method != "unlinked" or len(m.text.split()) > 3:
            continue
        if is_country(m.text):
            continue  # a country's side is its national team, kept a place on every path (mentions45)
        before = text[max(0, m.start - 120):m.start]
        if (_SIDE_AFTER_SCORE.match(text, m.end) and _SIDE_BEFORE.search(before)) \
                or _FIRST_SIDE.match(text, m.end) or _against_in_a_match(text, m.start) \
                or (_SCORE_INSIDE.search(before) and _SCORE_BEFORE_SIDE.search(before) and not parse_name(m.text)
                    and not english_name_shape(m.text)):
            out[k] = record_with(m, type="org", reasons=(
                *m.reasons, "a side of a result or a match (beat X 3-0, against X after a goal): a club"))
    return out


_KOREAN_RESULT_OBJECT = re.compile(
    r"[을를]\s+\d{1,3}\s?[-–:]\s?\d{1,3}\s?(?:으로|로)\s+(?:꺾|이겼|이기|눌렀|누르|제압|완파|격파|물리쳤|따돌|잡았)")
"""The side a Korean result is won against, with its score and a verb of winning glued after its name (알이티하드를
2-1로 꺾었다, SC 프라이부르크를 3-0으로 이겼다, 보스턴 셀틱스를 118-109로 눌렀다): the other side of
:func:`_korean_sides_of_a_result`."""
_KOREAN_SUBJECT = re.compile(r"(?:은|는|이|가)\s")
_TEAMS_PLAY_HERE = re.compile(r"경기장|스타디움|구장|리그|리가(?![가-힣])|프로(?:농구|야구|축구|배구)|"
                              r"\d{2,3}\s?[-–:]\s?\d{2,3}(?:으로|로)")
"""Besides the words of a game only teams play (:data:`bilingual.entities.korean_names.TEAM_GAME`: a home game, a
goal, league points), a ground, a league or a professional team sport, or a score of two digits a side (a basketball
game's: 118-109로), around a Korean result."""
_ONE_PLAYER_GAME = re.compile(r"단식|복식|세트|테니스|배드민턴|탁구|골프|바둑|당구|체스")
"""Words of a game one player plays against another (a singles match, sets, tennis, golf, baduk): a tennis score
reads the same as a football one, so no side of such a result is a club."""


def _korean_sides_of_a_result(text: str, mentions: list[Mention]) -> list[Mention]:
    """The Korean mirror of :func:`_sides_of_a_result` (mentions73): a Hangul name left ``other`` for want of
    evidence, or a town's name the gazetteer types (a club named by its city: 안더레흐트를 3-1로 꺾었다), whose
    object particle is followed by a score and a verb of winning is the side beaten, a club: an organization. On the
    tune halves a gold name in that position is an organization 26 times in 29 (a country once, the national side, a
    place by the project's convention; a player twice, in a badminton final): a country, a linked name and a
    person's name are left, and only where the words around it say a game of teams (:data:`_TEAMS_PLAY_HERE`: a
    goal, a ground, a league, a basketball score) and none a game of players (:data:`_ONE_PLAYER_GAME`: a tennis
    score reads the same, mentions40). The subject of the same sentence before it (헹크는 … 안더레흐트를 3-1로
    꺾었다), left without evidence, is then the other club."""
    if "로 " not in text:
        return mentions
    from bilingual.entities.korean_names import TEAM_GAME  # the Korean path's words: imported when first needed

    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.lang != "ko" or _KOREAN_RESULT_OBJECT.match(text, m.end) is None or m.entity_id is not None \
                or m.candidates or m.method != "unlinked" or is_country(m.text):
            continue
        around = text[max(0, m.start - 150):m.end + 40]
        if not (TEAM_GAME.search(around) or _TEAMS_PLAY_HERE.search(around)) or _ONE_PLAYER_GAME.search(around):
            continue  # no word of a game of teams, or a word of a game of players: the sides may be people
        by_gazetteer = m.type == "place" and bool(m.reasons) and m.reasons[-1].endswith(_A_LISTED_PLACE)
        if not (_no_evidence(m) or by_gazetteer):
            continue
        out[k] = record_with(m, type="org", reasons=(
            *m.reasons, "the side a result is won against (X를 3-1로 꺾었다): a club"))
    for k, m in enumerate(out):
        if m.lang != "ko" or not _no_evidence(m) or _KOREAN_SUBJECT.match(text, m.end) is None:
            continue
        sides = [y for y in out[k + 1:k + 4] if y.type == "org" and y.lang == "ko"
                 and _KOREAN_RESULT_OBJECT.match(text, y.end) and "다." not in text[m.end:y.start]]
        if sides:
            out[k] = record_with(m, type="org", reasons=(
                *m.reasons, f"a side of a result against the club {sides[0].text!r} (X는 Y를 3-1로 꺾었다): a club"))
    return out


_GROUP_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*")


def _group_acronyms_glued(text: str, mentions: list[Mention]) -> list[Mention]:
    """A group's Latin acronym glued to a Hangul name (LG유플러스) is one company's name, as
    :func:`~bilingual.entities.gazetteer.mention_type` types it whole ("a company named on its group's acronym"); the
    language routing cuts a Latin run out of a Korean sentence where other Latin names stand before it (SK텔레콤과 KT,
    LG유플러스 등: the run "KT, LG"), so the stage finds the acronym and the Hangul word apart (mentions73: two tune
    files). The two are joined where the acronym is typed an organization and the Hangul word nothing."""
    out: list[Mention] = []
    for m in mentions:
        x = out[-1] if out else None
        if x is not None and x.end == m.start and x.type == "org" and x.entity_id is None \
                and _GROUP_ACRONYM.fullmatch(x.text) and m.lang == "ko" and _no_evidence(m) \
                and is_syllable(m.text[0]):
            out[-1] = _mention(start=x.start, end=m.end, text=text[x.start:m.end], type="org", lang="ko",
                               entity_id=None, score=0.0, method="unlinked", reasons=(
                                   "not in the knowledge base; a company named on its group's acronym, glued to it "
                                   f"({x.text!r} and {m.text!r})",))
            continue
        out.append(m)
    return out


_A_LISTED_PLACE = "a place (gazetteer or administrative unit)"
"""The reason :func:`~bilingual.entities.gazetteer.mention_type` gives a name it types a place by the gazetteer or
an administrative unit's end alone."""


def _quoted_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul name written alone in single quotes is a work's, a product's or a policy's name
    (:func:`bilingual.entities.korean_names._quoted_names`), even where the gazetteer reads a place in its end
    ('벚꽃동산', '미인도', '골드베리', '진라면': 산, 도, 리, 면): it is kept ``other`` (mentions73). On the tune halves
    no gold place stands alone in single quotes; the five names typed a place there were all gold ``other``."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.type == "place" and m.lang == "ko" and m.entity_id is None and not m.candidates \
                and m.method == "unlinked" and m.start > 0 and m.end < len(text) \
                and text[m.start - 1] in "'‘" and text[m.end] in "'’" and m.reasons \
                and m.reasons[-1].endswith(_A_LISTED_PLACE):
            out[k] = record_with(m, type="other", reasons=(
                *m.reasons, "a name alone in single quotes: a work, a product or a policy, no place"))
    return out


def _sources_of_a_report(text: str, mentions: list[Mention]) -> list[Mention]:
    """An English name that nothing types (a proper noun left ``other``, or one capitalized word kept for want of
    anything better), written after a comma or a dash and right before the verb of a reporting clause (", Big Hit
    Music said.", ", Unifor said."), is the source a report is attributed to: an organization (mentions73). On the tune
    halves the gold names in that position are organizations 81 times in 86 (places 4, a person 1, each typed by
    its own evidence); a person's name there has its shape, or is the family name of a person named before."""
    out = list(mentions)
    people = {w for m in mentions if m.type == "person" for w in m.text.split()}
    for k, m in enumerate(mentions):
        if m.lang != "en" or m.type != "other" or m.entity_id is not None or m.candidates \
                or m.method != "unlinked" or not m.reasons or not (
                    NO_EVIDENCE in m.reasons[-1] or LONE_NAME in m.reasons) or m.text in people \
                or REPORTING_CLAUSE.match(text, m.end) is None:
            continue
        if not CLAUSE_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue
        out[k] = record_with(m, type="org", reasons=(
            *m.reasons, "the source of a reporting clause (…, X said): an organization"))
    return out


_SPORTS_ROLES = ("coach", "manager", "midfielder", "defender", "striker", "forward", "winger", "goalkeeper",
                 "keeper", "pitcher", "outfielder", "infielder", "shortstop", "catcher", "fullback", "full-back",
                 "centre-back", "center-back", "playmaker", "setter", "quarterback")
"""A player's position or a coach's job in a team, which a sports page writes between the team and the person
(:func:`_teams_before_a_player`); "captain", "guard" and "forward" alone are other people's too, but only
"forward" is kept, as the positions need no more than the team's name before them."""
_TEAM_BEFORE_A_ROLE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?:(?:The|Former|former)\s+)?"
    r"(?P<team>[A-Z][\w.'’]*(?:-[A-Z0-9][\w.'’]*)*(?:\s+(?:[A-Z][\w.'’]*(?:-[A-Z0-9][\w.'’]*)*|\d{1,2}))*)"
    r"\s+(?:(?:head|assistant|interim|new|star|veteran|reserve|starting)\s+)?(?:" + "|".join(_SPORTS_ROLES)
    + r")\s+$")
"""A team's name right before a role of :data:`_SPORTS_ROLES` and the person's name ("Celtic winger Yang Hyun-jun",
"Heat coach Erik Spoelstra", "Mainz 05 midfielder Lee Jae-sung"); a word hyphenated to one in lower case is an
adjective ("World Cup-winning coach"), no team's."""


def _teams_before_a_player(text: str, mentions: list[Mention]) -> list[Mention]:
    """The name right before a player's position or a coach's job and a person's name is the team's (mentions39):
    an organization. A mention of it that is unlinked and ``other``, or a city (a club named by its city, as after
    a result: "Madrid coach Xabi Alonso"), is retyped; where nothing was found, the name is added ("City manager
    Pep Guardiola", "Heat coach …": a word opening the sentence, which the finder leaves). A country stays a place
    (a national side is written under its country's name), and so does a linked name."""
    if not any(r in text for r in _SPORTS_ROLES):
        return mentions
    out = sorted(mentions, key=_SPAN)
    added: list[Mention] = []
    where = _ByStart(out)  # not every mention read for each player (a huge document's many people)
    for m in list(out):
        if m.lang != "en" or m.type != "person":
            continue
        before = text[max(0, m.start - 60):m.start]
        if not before.rstrip().endswith(_SPORTS_ROLES):
            continue
        match = _TEAM_BEFORE_A_ROLE.search(before)
        if match is None:
            continue
        a, b = m.start - len(before) + match.start("team"), m.start - len(before) + match.end("team")
        name = text[a:b]
        if is_country(name) or name in _CALENDAR_NAMES or demonym(name) \
                or (_demonym(name) and not name.endswith("tic")):
            continue  # "Brazilian striker X", "Icelandic coach X": a people's adjective (Celtic is a club's name)
        over = where.over(a, b)
        why = "a team: the name before a player's position or a coach's job and the person's name"
        if not over:
            added.append(_mention(start=a, end=b, text=name, type="org", lang="en", entity_id=None, score=0.0,
                                  method="unlinked", reasons=(why,)))
        elif len(over) == 1 and out[over[0]].type in ("other", "place") and out[over[0]].method == "unlinked" \
                and out[over[0]].entity_id is None and not out[over[0]].candidates:
            x = out[over[0]]
            out[over[0]] = record_with(x, type="org", reasons=(*x.reasons, why))
    return sorted([*out, *added], key=_SPAN) if added else out


_LED_BY_A_COACH = re.compile(r"(?:감독|사령탑|감독대행)(?:이|가|의) 이끄는 $")
"""A coach leading the name after it (변성환 감독이 이끄는 수원, 사령탑이 이끄는 X): the name is a team's, as a
sports page names a club by its city; the film director leads a crew (감독이 이끄는 제작진), a common noun, no name."""


_PLAYER_AS_SUBJECT = re.compile(r"(?:[은는이가]| (?:씨|선수)[은는이가]?)(?![가-힣])")
"""The person after "X의" is the clause's subject, bare or with 씨 or 선수 (박도현은, 칼라 보이드 씨는): not a name
with an office after it, whose possessive is the place of the office (미네아폴리스의 팀 돌란 경찰국장), nor one joined
to another name (신약의 마가복음과 구약의 시편: books, whatever their shape says)."""


def _teams_of_their_players(text: str, mentions: list[Mention]) -> list[Mention]:
    """The Korean possessive of a team or a company before its player's or its member's name (토트넘 홋스퍼의 박도현,
    스카이거너스의 정재윤: "X의 Y", Y a person): X is the body Y belongs to, an organization, when nothing else typed it
    (``other`` for want of evidence, :func:`_no_evidence`; mentions64). A place (한국의 손흥민, 뉴욕의 X) is typed by
    the gazetteer first and stays one; a name linked or with candidates is left."""
    if "의 " not in text:
        return mentions
    out = list(mentions)
    order = sorted(range(len(out)), key=list(map(_SPAN, out)).__getitem__)
    for a, b in itertools.pairwise(order):
        x, y = out[a], out[b]
        if x.lang != "ko" or y.type != "person" or text[x.end:y.start] != "의 " or not _no_evidence(x) \
                or not _PLAYER_AS_SUBJECT.match(text, y.end):
            continue
        out[a] = record_with(x, type="org", reasons=(
            *x.reasons, f"the body of {y.text!r}, the person named right after it with 의"))
    return out


def _teams_led_by_a_coach(text: str, mentions: list[Mention]) -> list[Mention]:
    """The Korean form of :func:`_teams_before_a_player`: a name right after "X 감독이 이끄는" (:data:`_LED_BY_A_COACH`)
    is the team's, an organization, when it is unlinked and a place or ``other`` (a club named by its city: 김해,
    수원). A country stays a place, as a national side is written under its country's name (mentions57)."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.lang == "ko" and m.type in ("place", "other") and m.entity_id is None and not m.candidates \
                and m.method == "unlinked" and _LED_BY_A_COACH.search(text, max(0, m.start - 12), m.start) \
                and not is_country(m.text):
            out[k] = record_with(m, type="org", reasons=(
                *m.reasons, "a team: the name after its coach (X 감독이 이끄는), a club named by its city"))
    return out


_LOCATIVE_ONLY = "a place by the locative particle or preposition on it"


def _bodies_of_a_person_named_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """An English name typed a place only by the preposition before it, with 's and a person's full name right after
    it, is the body the person belongs to ("holding off McLaren's Lando Norris": off is no place's preposition there;
    mentions52): an organization. A listed place keeps its type (its reason is the gazetteer's: "in Seoul's Kim …")."""
    out = list(mentions)
    for k, (x, y) in enumerate(itertools.pairwise(mentions)):
        if x.lang == "en" and x.type == "place" and x.entity_id is None and x.reasons \
                and _LOCATIVE_ONLY in x.reasons[-1] and y.type == "person" and y.start == x.end + 3 \
                and text.startswith(("'s ", "’s "), x.end) and " " in y.text \
                and not any(PERSON_BY_SHAPE in r for r in y.reasons):
            out[k] = record_with(x, type="org", reasons=(
                *x.reasons, f"the body of the person {y.text!r} named after its 's, not a place"))
    return out


_CALENDAR_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                            "June July August September October November December".split())
"""Days and months, which open a sentence before a role without naming a team ("Monday coach …" is none)."""


def _and_before(before: str) -> bool:
    """Whether a name coordinated with the one after ``before`` ends it (:data:`_AND_BEFORE`), the cheap test first."""
    return before.rstrip().endswith(_AND_BEFORE_ENDS) and _AND_BEFORE.search(before) is not None


def _against_in_a_match(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "against" in a clause about a goal ("scored twice against Lens")."""
    before = text[max(0, start - 120):start]
    if "against" not in before or not _AGAINST.search(before):  # the word first: the search tries every position
        return False
    return bool(_MATCH_WORDS.search(re.split(r"[.!?]\s", before)[-1]))  # in this sentence


def _address_head(text: str, w: Mention, x: Mention) -> bool:
    """Whether place ``x`` comes right after a province or a place ending in a unit (제주 한라산, 강원 설악산): a
    place of an address, so an unknown name after it is a place inside it too (제주 한라산 성판악)."""
    return w.lang == "ko" and w.type == "place" and text[w.end:x.start] == " " \
        and (bool(_UNIT_END.search(w.text)) or korean_province(w.text))


def _abbreviates(short: str, full: str) -> bool:
    """:func:`~bilingual.entities.korean_names.abbreviates`, its module imported on the first Korean short form asked
    about: an English-only process never compiles that module's patterns (~20 ms of its start-up)."""
    from bilingual.entities.korean_names import abbreviates

    return abbreviates(short, full)


def _short_forms_in_parentheses(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul short form in parentheses right after an organization's or a place's full name is of its type
    (전국교직원노동조합(전교조), 한국수력원자력(한수원)): its syllables are the full name's, in order, from the first;
    a person's shape or no evidence does not outweigh that."""
    order = sorted(range(len(mentions)), key=list(map(_SPAN, mentions)).__getitem__)
    out = list(mentions)
    for a, b in itertools.pairwise(order):
        x, y = out[a], out[b]
        if x.type not in ("org", "place") or y.type not in ("person", "other") or x.lang != "ko" \
                or y.lang != "ko" or text[x.end:y.start] != "(" or text[y.end:y.end + 1] != ")" \
                or y.entity_id is not None or y.candidates or y.method != "unlinked" \
                or not 2 <= len(y.text) < len(x.text) or not _abbreviates(y.text, x.text.replace(" ", "")):
            continue
        out[b] = record_with(y, type=x.type, reasons=(
            *y.reasons, f"the short form of {x.text!r} in parentheses after it"))
    return out


_PAIRED_NAMES = re.compile(r"\(([^()]{1,40})\)")
"""The brackets right after a name and what they hold (one name or a few joined by · or a comma: 코이카(KOICA·한국
국제협력단))."""


def _no_evidence(m: Mention) -> bool:
    """An unlinked name typed ``other`` only because nothing said what it is."""
    return m.type == "other" and m.method == "unlinked" and m.entity_id is None and not m.candidates \
        and bool(m.reasons) and NO_EVIDENCE in m.reasons[-1]


def _names_paired_in_parentheses(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Korean name and the names filling the brackets right after it are one body's names (대한의사협회(의협),
    연방우주공사(로스코스모스), 코이카(KOICA·한국국제협력단)): where one of them is a Hangul organization's name by
    evidence of its own (its head 협회, 공사, 협력단), the others that nothing typed (``other`` for want of evidence)
    are of its type, whether the known name stands first or inside the brackets (mentions64; the short form that
    spells its full name's syllables is :func:`_short_forms_in_parentheses`'s). Only an organization: a place in
    brackets after a name is its country or its town (쿠드롱(벨기에), 토트넘(잉글랜드)), and a Latin acronym is typed
    an organization by its capitals alone (KAI, and UFS and TOPIK of an exercise and an exam)."""
    if "(" not in text:
        return mentions
    out = list(mentions)
    where = _ByStart(out)
    for k, x in enumerate(mentions):
        if x.lang != "ko" or not text.startswith("(", x.end):
            continue
        inside = _PAIRED_NAMES.match(text, x.end)
        if inside is None:
            continue
        pieces = {(a, a + len(p.strip())) for a, p in _pieces(text, *inside.span(1))}
        group = [k, *(i for i in where.over(*inside.span(1)) if _SPAN(out[i]) in pieces)]
        if len(group) < 2:
            continue
        known = {out[i].type for i in group if out[i].type == "org" and not _no_evidence(out[i])
                 and not out[i].text.isascii() and not acronym(out[i].text)}
        if len(known) != 1:
            continue
        for i in group:
            if _no_evidence(out[i]):
                m = out[i]
                out[i] = record_with(m, type="org", reasons=(
                    *m.reasons, "another name of the organization it is written with in brackets"))
    return out


def _pieces(text: str, a: int, b: int) -> Iterator[tuple[int, str]]:
    """The parts of ``text[a:b]`` between · and commas, each with where it starts (its leading spaces skipped)."""
    for piece in re.finditer(r"[^·,]+", text[a:b]):
        lead = len(piece.group()) - len(piece.group().lstrip())
        yield a + piece.start() + lead, piece.group()


_LATIN_IN_PARENTHESES = re.compile(r"\(([A-Z][A-Za-z0-9&.'’-]*(?: [A-Za-z0-9&.'’-]+){0,5})\)")
"""A name in Latin letters filling parentheses: a capital first, letters, digits, hyphens (K-water, KOGAS, Korea
Expressway Corporation), up to six words."""


def _latin_names_in_parentheses(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Latin name filling the parentheses right after a Korean organization's name is that body's name in Latin
    letters or its short form (한국수자원공사(K-water), 플랫츠(Platts)): an organization, one mention of the whole (Kiwi
    cuts K-water at its hyphen and finds nothing of it). Added where no mention holds it; unlinked mentions inside it
    (NH of NH-Bank) or one of it typed ``other`` are replaced; one typed otherwise or linked is left, and so is one
    crossing the parentheses. Not when another mention stands right before the organization's (애플 | 데일리(Apple
    Daily), where 데일리 is only the name's end; mentions34)."""
    if "(" not in text:
        return mentions
    out = list(mentions)
    where = _ByStart(out)
    dropped: set[int] = set()
    added: list[Mention] = []
    for x in mentions:
        if x.lang != "ko" or x.type != "org" or not text.startswith("(", x.end) \
                or any(out[k].end in (x.start, x.start - 1) for k in where.over(x.start - 1, x.start)):
            continue  # a mention right before it may be the name's start (애플 | 데일리(Apple Daily))
        gloss = _LATIN_IN_PARENTHESES.match(text, x.end)
        if gloss is None:
            continue
        a, b = gloss.span(1)
        over = where.over(a - 1, b + 1)
        if any(out[k].start < a or out[k].end > b or out[k].entity_id is not None or out[k].candidates
               or out[k].method != "unlinked" or ((out[k].start, out[k].end) == (a, b) and out[k].type != "other")
               for k in over):
            continue  # crossing the parentheses, linked, or already the name of this type
        dropped.update(over)
        added.append(_mention(start=a, end=b, text=text[a:b], type=x.type, lang=x.lang, entity_id=None, score=0.0,
                             method="unlinked", reasons=(f"the Latin name of {x.text!r}, in parentheses after it",)))
    if not added:
        return mentions
    kept = [m for k, m in enumerate(out) if k not in dropped]
    return sorted([*kept, *added], key=_SPAN)


_HANJA_IN_PARENTHESES = re.compile(r"\(([\u4e00-\u9fff]{1,8})\)")
"""A name in Hanja alone filling the parentheses (柳津, 丁若鏞)."""


def _hanja_in_parentheses(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hanja spelling in parentheses right after a Hangul name typed a person, an organization or a place is that
    name written in Hanja (류진(柳津), 정약용(丁若鏞)): a mention of the same type where no mention holds it yet
    (mentions74; Kiwi reads the Hanja as foreign characters and finds a name in them only with a cue around)."""
    out = list(mentions)
    where = _ByStart(out)
    added: list[Mention] = []
    for x in mentions:
        if x.lang != "ko" or x.type not in ("person", "org", "place") or not text.startswith("(", x.end) \
                or not all(is_syllable(ch) for ch in x.text.replace(" ", "")):
            continue
        hanja = _HANJA_IN_PARENTHESES.match(text, x.end)
        if hanja is None or where.over(*hanja.span(1)):
            continue
        a, b = hanja.span(1)
        added.append(_mention(start=a, end=b, text=text[a:b], type=x.type, lang=x.lang, entity_id=None, score=0.0,
                             method="unlinked", reasons=(f"the Hanja of {x.text!r}, in parentheses after it",)))
    return sorted([*out, *added], key=_SPAN) if added else mentions


_ACRONYM_SKIPS = frozenset({"of", "the", "for", "and", "&", "on", "in", "de", "du", "des", "la"})
"""Small words of a long name that its acronym leaves out (Busan International Film Festival for BIFF, Ministry of
Foreign Affairs for MOFA keeps the O of "of" and is read as a subsequence)."""


def _spells_initials(short: str, name: str) -> bool:
    """Whether the capitals of ``short`` are the initials of the words of ``name`` in order (the small words of
    :data:`_ACRONYM_SKIPS` may be left out or kept), the first letter the first word's: BIFF of Busan International
    Film Festival, KARI of Korea Aerospace Research Institute."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    letters = short.replace(".", "")
    if not words or not letters.isalpha() or not letters.isupper() or letters[0] != words[0][:1].upper():
        return False
    k = 0
    for w in words:
        if k < len(letters) and w[:1].upper() == letters[k]:
            k += 1
        elif w.lower() not in _ACRONYM_SKIPS:
            return False  # a word of the name whose initial the short form does not keep
    return k == len(letters)


def _english_acronyms_in_parentheses(text: str, mentions: list[Mention]) -> list[Mention]:
    """An English acronym filling the parentheses right after a name it spells the initials of is the same thing's
    short form, of its type: "the Busan International Film Festival (BIFF)" is an event (``other``), not the
    organization an acronym alone reads as. Only after an event named by its end (:func:`event_name`), an
    organization or a place; the acronym unlinked, with no candidates, and typed otherwise."""
    if " (" not in text:
        return mentions
    out = list(mentions)
    for a, b in itertools.pairwise(sorted(range(len(out)), key=lambda k: (out[k].start, out[k].end))):
        x, y = out[a], out[b]
        if x.lang != "en" or y.lang != "en" or x.type == y.type or text[x.end:y.start] != " (" \
                or text[y.end:y.end + 1] != ")" or y.entity_id is not None or y.candidates \
                or y.method != "unlinked" or not 2 <= len(y.text) <= 8 \
                or not (x.type in ("org", "place") or (x.type == "other" and event_name(x.text))) \
                or not _spells_initials(y.text, x.text):
            continue
        out[b] = record_with(y, type=x.type, reasons=(*y.reasons, f"the acronym of {x.text!r} in parentheses after it"))
    return out


class _ByStart:
    """The indices of ``mentions`` found by where they stand, without reading every mention for each span asked about
    (a step that did so was quadratic in a huge document's size). The list may be changed in place afterwards only by
    keeping each mention's start and not lengthening it."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=[m.start for m in mentions].__getitem__)
        self.starts = [mentions[k].start for k in self.order]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def over(self, a: int, b: int) -> list[int]:
        """The indices, in order, of the mentions that overlap ``[a, b)``."""
        near = self.order[bisect_left(self.starts, a - self.longest):bisect_left(self.starts, b)]
        return sorted(k for k in near if self.mentions[k].start < b and a < self.mentions[k].end)

    def within(self, a: int, b: int) -> list[int]:
        """The indices, in order, of the mentions that lie inside ``[a, b]``."""
        near = self.order[bisect_left(self.starts, a):bisect_right(self.starts, b)]
        return sorted(k for k in near if self.mentions[k].end <= b)


def _public_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A short form of a public body that is also a common word or a name (수은, 한은, 신보), where the sentence says
    it is the body (:func:`~bilingual.entities.organizations.public_short_forms`: its full name before it in
    parentheses, another body of the list coordinated with it, its chief's title after it): an organization, found
    if no mention holds it, re-typed if one is that word alone and unlinked; left as it is when a mention crosses it
    or holds more than the form and a particle (한은은 cut to 한은)."""
    spans = public_short_forms(text)
    if not spans:
        return mentions
    out = list(mentions)
    added: list[Mention] = []
    where = _ByStart(out)  # a replacement below keeps a mention's start and only shortens it
    for a, b, evidence in spans:
        reason = f"a short form of a public body of the list, {evidence}"
        over = where.over(a, b)
        if not over:
            added.append(_mention(start=a, end=b, text=text[a:b], type="org", lang="ko", entity_id=None, score=0.0,
                                 method="unlinked", reasons=(reason,)))
            continue
        k = over[0]
        m = out[k]
        if len(over) == 1 and m.start == a and (m.end == b or PARTICLE_AFTER.fullmatch(text, b, m.end)) \
                and m.type != "org" and m.entity_id is None and not m.candidates and m.method == "unlinked":
            out[k] = record_with(m, end=b, text=text[a:b], type="org", title=m.title if m.end == b
                                          else None, reasons=(*m.reasons, reason))
    return sorted([*out, *added], key=_SPAN) if added else out


_USE_AFTER = re.compile(f"(?:{PARTICLE_AFTER.pattern}|측|과의|와의)?(?![가-힣A-Za-z0-9])")
"""What may follow a later use of a defined short form: a particle or nothing, then no letter (한은은, 한수원 측)."""
_NOT_A_BODY_AFTER = re.compile("\\s?(?:씨|님)")
"""A person's honorific after the same letters (선보공 씨): a person's name, not the body's short form."""


def _short_forms_defined_earlier(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul short form defined in the document in parentheses right after its organization's or place's full name
    (한국은행(한은), 한국수력원자력(한수원): typed so by :func:`_short_forms_in_parentheses` or
    :func:`_public_short_forms`) names that body where the document writes it again further on, as a word of its own
    with a particle or none (한은은 …): a mention of it found there unlinked, untitled and typed ``person`` or
    ``other`` takes the body's type, and one no mention holds is added. Not before the definition, not the letters
    inside a longer word (한은행), not before a person's honorific (선보공 씨), not where a mention crosses or holds
    more. Narrower than typer34's reverted step (``b349621``): only the definitions the base already reads (no 이하,
    no 한국 left out), and the later uses found by the letters, since Kiwi finds no name in many of them
    (mentions32)."""
    if "(" not in text:
        return mentions
    defined: dict[str, tuple[int, MentionType, str]] = {}  # a short form: where its definition ends, type, full name
    for x, y in itertools.pairwise(sorted(mentions, key=_SPAN)):
        if x.type in ("org", "place") and y.type == x.type and x.lang == "ko" and y.lang == "ko" \
                and text[x.end:y.start] == "(" and text[y.end:y.end + 1] == ")" and 2 <= len(y.text) < len(x.text) \
                and all(is_syllable(ch) for ch in y.text) and _abbreviates(y.text, x.text.replace(" ", "")):
            defined.setdefault(y.text, (y.end + 1, x.type, x.text))
    if not defined:
        return mentions
    out = list(mentions)
    added: list[Mention] = []
    where = _ByStart(out)  # a replacement below keeps a mention's start and end
    for short, (after, kind, full) in defined.items():
        reason = f"the short form of {full!r}, defined in parentheses earlier in the document"
        a = text.find(short, after)
        while a >= 0:
            b = a + len(short)
            use = _USE_AFTER.match(text, b)
            if use is not None and (a == 0 or not text[a - 1].isalnum()) and not _NOT_A_BODY_AFTER.match(text, b):
                over = where.over(a, use.end())
                if not over:
                    added.append(_mention(start=a, end=b, text=short, type=kind, lang="ko", entity_id=None,
                                         score=0.0, method="unlinked", reasons=(reason,)))
                elif len(over) == 1 and (m := out[over[0]]).start == a and m.end == b \
                        and m.type in ("person", "other") and m.title is None and m.entity_id is None \
                        and not m.candidates and m.method == "unlinked":
                    out[over[0]] = record_with(m, type=kind, reasons=(*m.reasons, reason))
            a = text.find(short, b)
    return sorted([*out, *added], key=_SPAN) if added else out


GLOSS_FLOOR = 0.5
"""The least transcription score (:func:`bilingual.names.transcription.transcription_score`) at which a Hangul name
and the Latin name in parentheses right after it are one name written twice (응우옌반탄(Nguyen Van Thanh) 0.95,
쩐반롱(Tran Van Long) 0.59, 천샤오린(Chen Xiaolin) 0.79; a name and another's, 서울(Kim Min-su), 0.17): the
parentheses right after the name are most of the evidence, the score keeps a gloss of something else out."""


def _people_glossed_in_parentheses(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul name left ``other`` for want of evidence, right before a Latin name typed ``person`` that fills the
    parentheses after it and that it transcribes (응우옌반탄(Nguyen Van Thanh), 천샤오린(Chen Xiaolin)), is that
    person's name in Hangul: the gloss is the evidence (mentions23). Only names of no evidence change: the "(" right
    after the name is the cheap test."""
    out = list(mentions)
    for k, (x, y) in enumerate(itertools.pairwise(mentions)):
        if y.start != x.end + 1 or text[x.end:y.start] != "(" or text[y.end:y.end + 1] != ")" \
                or x.type != "other" or y.type != "person" or x.lang != "ko" or y.lang != "en" \
                or x.entity_id is not None or x.candidates or not x.reasons or NO_EVIDENCE not in x.reasons[-1] \
                or transcription_score(x.text, y.text) < GLOSS_FLOOR:
            continue
        out[k] = record_with(x, type="person", reasons=(
            *x.reasons, f"the Hangul of the person {y.text!r} in parentheses after it"))
    return out


_KOREAN_EXAM_END = re.compile(r"[가-힣]{2,}시험")
"""A Hangul name of an exam by its end, two syllables or more before 시험 (한국어능력시험, 대학수학능력시험): an exam
is ``other`` like an event (the gold files' convention)."""


def _latin_acronyms_of_korean_events(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Latin acronym filling the parentheses right after a Hangul name typed ``other`` as an event by its end
    (:func:`event_name`: 부산국제영화제(BIFF)) or an exam by its end (:data:`_KOREAN_EXAM_END`: 한국어능력시험(TOPIK))
    is that event's or exam's short form, ``other`` too, not the organization its capitals alone read as: the Korean
    mirror of :func:`_english_acronyms_in_parentheses`, whose initials test Hangul cannot take, so the name's own end
    says what it is (mentions65; a name typed ``other`` for want of evidence does not: 한국항공우주산업(KAI) is a
    company). Only an unlinked acronym with no candidates."""
    if "(" not in text:
        return mentions
    out = list(mentions)
    for a, b in itertools.pairwise(sorted(range(len(out)), key=lambda k: (out[k].start, out[k].end))):
        x, y = out[a], out[b]
        if x.lang != "ko" or x.type != "other" or y.type == "other" or text[x.end:y.start] != "(" \
                or text[y.end:y.end + 1] != ")" or y.entity_id is not None or y.candidates \
                or y.method != "unlinked" or not acronym(y.text) \
                or not (event_name(x.text) or _KOREAN_EXAM_END.fullmatch(x.text.replace(" ", ""))):
            continue
        kind = "event" if event_name(x.text) else "exam"
        out[b] = record_with(y, type="other", reasons=(
            *y.reasons, f"the acronym of the {kind} {x.text!r} in parentheses after it"))
    return out


_KOREAN_PLACE_PARTICLE = re.compile(r"(?:에서|에(?!게)|서)(?:는|도|만|부터)?(?![가-힣])")
"""A locative particle glued right after a name (오스틴서, 피렌체에서는), not 에게 (to a person) nor a syllable that
goes on the word."""


def _towns_after_a_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul name typed ``other`` for want of evidence, written one space after a place's name and followed by a
    locative particle (텍사스 오스틴서) or by the genitive and a body or a place named next (독일 칼스루에의
    연방헌법재판소, 이탈리아 피렌체의 우피치미술관) is a town or a quarter of that place, as an address is written from
    the larger place to the smaller: a place (mentions66; four tune files had such a town typed ``other``, and on the
    tune halves a gold mention in that position, before a particle of place or the genitive, is a place 190 times in
    192, the other two bodies their words already type). The genitive alone is not enough after a country: a company
    is written after its country with 의 as well (프랑스 르노의 신차); after a city or a river it is
    (:func:`_quarter_of`, mentions74). Only a name nothing else typed: a company after its country
    (독일 지멘스는) has its clause or a list, a person the shape of a name."""
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, mentions[k].end))
    out = list(mentions)
    for i in range(1, len(order)):
        x, y = out[order[i - 1]], out[order[i]]
        after = out[order[i + 1]] if i + 1 < len(order) else None
        if x.lang != "ko" or x.type != "place" or text[x.end:y.start] != " " or not _no_evidence(y) \
                or y.lang != "ko" or not all(is_syllable(ch) for ch in y.text):
            continue
        if not _KOREAN_PLACE_PARTICLE.match(text, y.end) and not (
                after is not None and text[y.end:after.start] == "의 " and after.type in ("org", "place")) \
                and not (text.startswith("의 ", y.end) and _quarter_of(x)):
            continue
        out[order[i]] = record_with(y, type="place", reasons=(
            *y.reasons, f"a town or a quarter of {x.text!r}: written after it, before a particle of place or the "
                        "body of the town"))
    return out


def _quarter_of(x: Mention) -> bool:
    """Whether a name in the genitive after the place ``x`` is a quarter of it, whatever word follows (상하이 루자쭈이의
    사무실, 금강 세종보의 수문: mentions74): ``x`` is a place in Hangul that is no country — a company is written after
    its country with 의 (프랑스 르노의 신차), not after a city or a river."""
    return len(x.text) >= 2 and all(is_syllable(ch) for ch in x.text) and not is_country(x.text)


_PARTICLE_AFTER_A_PLACE = re.compile(r"(?:에서|에|과|와|의|으로|로|을|를|이|가|은|는)(?![가-힣])")
"""A particle glued right after a place's name, ending the word (하얼빈과, 롯데월드타워에서)."""


def _places_before_a_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul name typed ``other`` for want of evidence, written one space before a place's name that a particle
    ends (만주 하얼빈과, 잠실 롯데월드타워에서), is the larger place the smaller is in, as an address is written from
    the larger place to the smaller (mentions73; the mirror of :func:`_towns_after_a_place`). Not before a place that
    another word or a bracket follows (크리스티 홍콩 경매: a company's sale in a city; 래퍼 서울(본명 …): a stage
    name), nor a name of a person's shape or in Latin letters."""
    out = list(mentions)
    for k in range(len(out) - 1):
        x, y = out[k], out[k + 1]
        if y.type != "place" or x.lang != "ko" or not _no_evidence(x) or text[x.end:y.start] != " " \
                or not all(is_syllable(ch) for ch in x.text) or len(x.text) < 2 \
                or _PARTICLE_AFTER_A_PLACE.match(text, y.end) is None or korean_name_shape(x.text):
            continue
        out[k] = record_with(x, type="place", reasons=(
            *x.reasons, f"a place {y.text!r} is in: written before it, as an address is, the larger place first"))
    return out


def _venues_after_a_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul name the rules type an organization by its head or its shape alone (no KB link), written one space
    after a place that is not a country and followed by the locative particle 에서, is the venue where something
    happens, a place: 서울 용산구 CGV용산아이파크몰에서 열린 시사회, 울진군 한울원자력본부에서 열린 박람회, 타이베이
    난강전시센터에서, 개성 만월대에서 (mentions74). The address before it says it is a site; a country before a
    body (미국 국무부에서) is that country's body, 에서 then often its subject, and is left. On the tune halves every
    gold name of that shape is a place (5 of 5, four writers' files); an organization after a place is written with
    its own particle (서울 종로경찰서는, 동남구 독립기념관은)."""
    out = list(mentions)
    for k in range(1, len(out)):
        x, m = out[k - 1], out[k]
        if m.type != "org" or m.lang != "ko" or m.entity_id is not None or m.method != "unlinked" \
                or not text.startswith("에서", m.end) or x.type != "place" or text[x.end:m.start] != " " \
                or country_code(x.text) is not None:
            continue
        out[k] = record_with(m, type="place", reasons=(
            *m.reasons, f"a venue: after the place {x.text!r} it is in, before 에서 (where something happens)"))
    return out


def _people_by_their_title(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul name that only a place's ending of one syllable made a place, a Korean full name with a person's title
    right after it that a particle ends (한채양 대표가, 송성문 선수는: :func:`~bilingual.entities.gazetteer.
    titled_person_by_a_place_ending`), is the person (mentions75); linked names and names of the gazetteer are left."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.type == "place" and m.lang == "ko" and m.entity_id is None and m.method == "unlinked" \
                and not m.candidates and titled_person_by_a_place_ending(text, m.start, m.end, m.title):
            out[k] = record_with(m, type="person", reasons=(
                *m.reasons, f"a person by the title {m.title!r}: a Korean full name, a place by its last syllable"))
    return out


def _affiliations_before_a_person(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul name written one space before a Korean person's full name (:func:`korean_full_name`) is not that
    person's given name — Korean writes the family name first, and only a foreign given name stands before a family
    name (사티아 나델라, 호세 마리아 가르시아: transcribed, and left) — but the body the person belongs to, as news
    write an affiliation before a name: a company before its chief (배민 김범준 대표), a team before its player
    (나래 윤서준 주장), a paper before its reporter (한겨레 최민지 기자). An organization (mentions75), when the name
    is unlinked and typed a person by a Korean name's shape alone (배민 is a family name and a syllable), or typed
    nothing (``other``) and the person has a title after the name (an office is held in a body; 외야수 김도현,
    다산 정약용: a common noun or a pen name, no title, left). A place before a person (청주 김도윤 씨, 전북 송민규)
    is typed by the gazetteer first and stays one: a hometown or a province's side."""
    out = list(mentions)
    order = sorted(range(len(out)), key=list(map(_SPAN, out)).__getitem__)
    for a, b in itertools.pairwise(order):
        x, y = out[a], out[b]
        if x.lang != "ko" or y.lang != "ko" or y.type != "person" or text[x.end:y.start] != " " \
                or x.entity_id is not None or x.method != "unlinked" or x.candidates or x.title is not None \
                or not 2 <= len(x.text) <= 4 or not all(is_syllable(ch) for ch in x.text) \
                or not korean_full_name(y.text):
            continue
        if x.type == "person" and x.reasons and PERSON_BY_SHAPE in x.reasons[-1] and not korean_full_name(x.text):
            # a full name before a full name is two people in a row (김민수 이영희 씨 부부), no affiliation
            why = f"the body of {y.text!r}, the Korean person named right after it (a name's shape is no evidence here)"
        elif _no_evidence(x) and y.title is not None and text.startswith((" " + y.title, y.title), y.end):
            why = f"the body of {y.text!r}, the Korean person named right after it with a title"
        else:
            continue
        out[a] = record_with(x, type="org", reasons=(*x.reasons, why))
    return out


_A_PLACE_WORD_AFTER = re.compile(
    r" (?:neighbou?rhoods?|district|suburb|quarter|village|town|township|stream|creek|campus|site|area|region"
    r"|valley|county|municipality|commune|province|state)(?![\w-])")
"""A lowercase noun of a place right after a name: the place's own common noun, written after it in English (the
Wat Ket neighbourhood, Iran's Fordow site, Helsinki's Otaniemi campus, the Naerincheon stream, the Veneto region)."""


def _places_by_the_word_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """An English name right before a lowercase noun of a place (:data:`_A_PLACE_WORD_AFTER`) is that place's name:
    a place (mentions75). Only a name that nothing else typed (``other``, unlinked, no candidates) or that was typed
    a person by its words' shape alone, no title, after "the", which no person's name takes (the Wat Ket
    neighbourhood: Wat read as a given name; Tim Morrow district manager is a person); on the tune data every name
    found in that position is a gold place (24 of 24, 3 left ``other`` in three writers' files and one typed a
    person in a fourth's)."""
    out = list(mentions)
    for k, m in enumerate(out):
        word = _A_PLACE_WORD_AFTER.match(text, m.end)
        if word is None or m.lang != "en" or m.entity_id is not None or m.method != "unlinked" or m.candidates \
                or m.type not in ("other", "person"):
            continue
        if m.type == "person" and (m.title is not None or not text.endswith(("the ", "The "), 0, m.start)
                                   or not m.reasons or not m.reasons[-1].startswith(_BY_SHAPE)):
            continue  # a person's name takes no article (Tim Morrow district manager: a person and his office)
        out[k] = record_with(m, type="place", reasons=(
            *m.reasons, f"a place: before {word.group().strip()!r}, its noun"))
    return out


_BY_SHAPE = ("not in the knowledge base; a person by an English given name and a family name",
             "not in the knowledge base; a person by a romanized Korean name")
"""The reasons of an English name typed a person by its words' shape alone (a given name's list and a word, a
Korean name's romanization: Wat Ket, Ban Dok)."""


_FOR_KOREA = re.compile("(?:한국|대한)(?!어)[가-힣]{2,}")
"""A Hangul name that opens with the country's name, 한국 or 대한, and goes on for two syllables or more; not 한국어
(the language: 한국어능력시험 is an exam)."""


def _bodies_named_for_korea(mentions: list[Mention]) -> list[Mention]:
    """A Hangul name left ``other`` for want of evidence that opens with 한국 or 대한 and goes on
    (한국갤럽, 한국야쿠르트, 한국항공우주산업) is an organization (mentions71): a body or a company named for the
    country, its own word after it a foreign company's name or a field no head word list holds. On the tune halves a
    gold name of that shape is an organization 111 times in 115 (the other four, events, a dictionary and an exam,
    are typed by their ends or their quotes), never a place or a person; the three left without evidence were all
    organizations. A place of that shape (대한해협) is the gazetteer's, a war (한국전쟁) typed by its end, so neither
    is left without evidence."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.lang == "ko" and _no_evidence(m) and _FOR_KOREA.fullmatch(m.text):
            out[k] = record_with(m, type="org", reasons=(
                *m.reasons, "an organization by the country's name it opens with (한국, 대한)"))
    return out


_BRANCH_COURT = re.compile(r"(?<=지법 |법원 )([가-힣]{1,4}?지원)(?=$|[^가-힣]|[은는이가을를의에과와도로])")
"""A branch court's name written one space after its district court's (수원지법 성남지원, 춘천지방법원 강릉지원): a
town's name and 지원 (支院), with its particle or nothing after it (not 지원장, the branch's chief)."""


def _branch_courts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A branch court one space after the district court it belongs to (청주지법 충주지원, 수원지법 성남지원) is one
    organization (mentions72): 지원 alone is a common word (support), so no head word list holds it, and Kiwi read
    the name as the town alone (성남, a place) or as a name without evidence (충주지원, ``other``). Only where the
    word before is a court found as an organization; the names inside the branch's span give way to it."""
    out = list(mentions)
    for match in _BRANCH_COURT.finditer(text):
        start, end = match.span(1)
        if not any(x.end == start - 1 and x.type == "org" and x.lang == "ko" for x in out):
            continue
        inside = [y for y in out if y.start < end and start < y.end]
        if any(y.start < start or y.end > end for y in inside):
            continue  # a longer name across the branch's: left as it is
        court = next(k for k, x in enumerate(out) if x.end == start - 1)
        branch = record_with(inside[0] if inside else out[court], start=start, end=end, text=text[start:end],
                             type="org", entity_id=None, score=0.0, method="unlinked", candidates=(), title=None,
                             cluster=None, reasons=(
                                 "not in the knowledge base; a branch court one space after its district court",))
        kept = [y for y in out if not any(y is x for x in inside)]
        at = next(k for k, x in enumerate(kept) if x.end == start - 1) + 1
        out = [*kept[:at], branch, *kept[at:]]
    return out


_PLANT_WORDS = "공장|조선소|제철소|제련소|사업장|캠퍼스|원전|염호"
_A_PLANT_WORD = re.compile(_PLANT_WORDS)
"""The cheap test of a text for :func:`_sites_by_their_plant_word`."""
_PLANT_WORD_AFTER = re.compile(f"( ?)(?:{_PLANT_WORDS})(?=$|[^가-힣]|[을를이가은는에의도과와로서])")
"""A word for an industrial or a campus site (a plant, a shipyard, a steelworks, a smelter, a works, a campus, a
nuclear plant, a salt lake), glued to the name before it or one space after it, alone or with its particle: the
word ends there (공장장, the plant's manager, goes on)."""
_PLANT_WORD_END = re.compile(f"[가-힣]{{2,}}(?:{_PLANT_WORDS})")


def _sites_by_their_plant_word(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hangul name typed ``other`` for want of evidence right before a word for a plant or a campus is the place
    of the site (mentions71): glued to the word (테일러공장, 필리조선소, 가좌캠퍼스: Kiwi cut the name off its head
    word) the span goes on over the word, the site's own name; one space before it (브라질 카마사리 공장, 삼성전자
    박닌 공장, 파스카굴라 조선소, 옴브레무에르토 염호) the name is the town the site is in; a name that ends in the word
    (온산공장) is the site. On the tune halves a gold mention in those positions is a place 37 times in 41 (ten of
    them, in nine files, left ``other`` before this rule), and of the four organizations three are typed by their
    own head or list (HD현대중공업 조선소, 폭스콘 공장, 대경화학 공장) and one is a name in quotes ('새벽공장'), none
    left without evidence; a company no rule types would be an organization typed a place instead of ``other``, a
    miss either way. Before the pairs in brackets are read, so that a name in brackets after the site's takes its
    type."""
    out = list(mentions)
    starts = sorted(m.start for m in mentions)
    for k, y in enumerate(out):
        if y.lang != "ko" or not _no_evidence(y) or len(y.text) < 2 or not all(is_syllable(ch) for ch in y.text):
            continue
        word = _PLANT_WORD_AFTER.match(text, y.end)
        if word is not None:
            glued = not word.group(1)
            end = word.end() if glued else y.end
            if glued and bisect_left(starts, y.end) != bisect_left(starts, end):
                continue  # another name starts inside the word
            how = "its site's name, the name glued to the word" if glued else "the town of the site named after it"
        elif _PLANT_WORD_END.fullmatch(y.text):
            end, how = y.end, "a site by the word it ends in"
        else:
            continue
        out[k] = record_with(y, type="place", end=end, text=text[y.start:end], reasons=(
            *y.reasons, f"a place by a word for a plant or a campus: {how}"))
    return out


_AN_APP_WORD = re.compile(r"\b(?:app|apps|service|messenger)\b|앱|애플리케이션|어플")
"""The cheap test of a text for :func:`_apps_by_the_word_after`."""
_APP_WORD_AFTER_EN = re.compile(
    r" (?:app|apps|service|messenger)(?![\w-])(?! (?:stores?|cent(?:er|re)s?|providers?|operators?|developers?|makers?"
    r"|company|companies|division|unit|arm|subsidiary|workers|industry|sector)\b)")
_APP_WORD_AFTER_KO = re.compile(" ?(?:앱|애플리케이션|어플)(?:[을를이가은는의도과와로]|으로|에서|에)?(?![가-힣])")
"""A lowercase word for an app or a service right after a name ("the Naver Pay service", "its NOL app", 카카오T
앱에): the name is the app's or the service's; not before a word that makes the name the company's ("a service
center", "app developers") nor before 앱스토어. A platform is not among the words: "its Taobao platform" is the
files' organization."""


def _apps_by_the_word_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name typed an organization only by its shape (a group's name at its start: Naver Pay; a group's acronym:
    카카오T; an acronym: NOL; mixed case) right before a word for an app or a service (:data:`_APP_WORD_AFTER_EN`,
    :data:`_APP_WORD_AFTER_KO`) names the product, ``other`` as the gold files type apps and services (mentions67;
    four tune files had one typed ``org``), not its operator, which news name beside it (카카오모빌리티는 카카오T 앱에,
    "Naver Financial, which runs the Naver Pay service"). Not a name typed by its head word (the Korea Heritage Service
    app is the body's), by the general list of organizations or as a listed company (the company a name the lists
    hold is keeps its type), nor a linked name."""
    out = list(mentions)
    for k, y in enumerate(out):
        if y.type != "org" or y.entity_id is not None or y.candidates or y.method != "unlinked":
            continue
        after = _APP_WORD_AFTER_EN if y.lang == "en" else _APP_WORD_AFTER_KO
        if after.match(text, y.end) is None or org_head(y.text) is not None \
                or any("general list" in r or "by its head" in r or LISTED_COMPANY in r for r in y.reasons):
            continue
        out[k] = record_with(y, type="other", reasons=(
            *y.reasons, "an app or a service: a word for one right after the name"))
    return out


def _latin_of_people_in_parentheses(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Latin name in the parentheses right after a Korean person's name that it transcribes (아이유(IU), 리사(LISA):
    a stage name's own spelling, often in capitals) is that person written twice, not an acronym of an organization:
    the mirror of :func:`_people_glossed_in_parentheses` (a name written twice is one name, of one type). Only unlinked
    Latin names change, and only where the score says the two are one writing (:data:`GLOSS_FLOOR`)."""
    out = list(mentions)
    for k, (x, y) in enumerate(itertools.pairwise(mentions), start=1):
        if y.start != x.end + 1 or text[x.end:y.start] != "(" or text[y.end:y.end + 1] != ")" \
                or x.type != "person" or y.type == "person" or x.lang != "ko" or not y.text.isascii() \
                or y.entity_id is not None or y.candidates or transcription_score(x.text, y.text) < GLOSS_FLOOR:
            continue
        out[k] = record_with(y, type="person", reasons=(
            *y.reasons, f"the Latin spelling of the person {x.text!r} before it, in parentheses"))
    return out


def _foreign_given_and_family_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two transcribed Hangul words one space apart, each found as a name of its own, are one foreign person's given
    name and family name (mentions30: a name found whole) when the first is a person's (by the words around it: 작가
    치디 | 오코로) or a given name of mecab-ko-dic's people
    (:func:`~bilingual.entities.foreign_people.foreign_person_name`: 스티브 | 위트코프, both left ``other``) and the
    second has no evidence of its own: the mirror of
    :func:`bilingual.entities.korean_names._given_and_family`, which reads the family name in that list. Not when
    either word is linked, titled, a listed place or organization, nor when a third Korean name follows one space
    after the second (the pair is the start of a longer name, or a name before a body: 루이즈 필리페 스콜라리), nor
    when a number follows it (an edition of an event: 윈터 갈라 2025). When a venue's word follows the pair one space
    after it (:data:`_FACILITY_HEAD`: 자베르 알아마드 국제경기장), the three words are the venue's name, a place
    (typer35: no gold person stands before such a word). Three such words (Kiwi cuts a name of three: 역도 선수 루이스 |
    하비에르 | 모스케라), the first typed a person by the words around it (a listed given name is not enough: 웨스턴
    앰블러 존스턴 홀 is a hall) and the other two with no evidence, no fourth Korean name, number or venue's word after
    them, are one person's name (mentions47)."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        x = mentions[k]
        y = mentions[k + 1] if k + 1 < len(mentions) else None
        third = mentions[k + 2] if k + 2 < len(mentions) else None
        first = not out or out[-1].end < x.start - 1 or out[-1].lang != "ko"  # no name right before the pair
        head = _FACILITY_HEAD.match(text, y.end) if y is not None else None
        if first and y is not None and head is not None and y.start == x.end + 1 and text[x.end] == " " \
                and _given_and_family(x, (y,), None):  # 자베르 알아마드 국제경기장: a venue's name, not a person's
            out.append(record_with(x,
                end=head.end(1), text=text[x.start:head.end(1)], type="place", reasons=(
                    *x.reasons, f"a venue's name: two foreign words and the venue's word {head.group(1)!r} after "
                                "them")))
            k += 2
            continue
        if first and y is not None and y.start == x.end + 1 and text[x.end] == " " \
                and not text[y.end + 1:y.end + 2].isdigit() and _given_and_family(x, (y,), third):
            out.append(record_with(x,
                end=y.end, text=text[x.start:y.end], type="person", reasons=(
                    *x.reasons, f"a foreign given name and the family name {y.text!r} after it, one name")))
            k += 2
            continue
        fourth = mentions[k + 3] if k + 3 < len(mentions) else None
        if first and y is not None and third is not None and y.start == x.end + 1 and text[x.end] == " " \
                and third.start == y.end + 1 and text[y.end] == " " \
                and not text[third.end + 1:third.end + 2].isdigit() and _FACILITY_HEAD.match(text, third.end) is None \
                and x.type == "person" and _given_and_family(x, (y, third), fourth):  # not by a list of given names
            out.append(record_with(x,  # 루이스 | 하비에르 | 모스케라: a given name, a second one and the family name
                end=third.end, text=text[x.start:third.end], type="person", reasons=(
                    *x.reasons, f"a foreign given name and the names {y.text!r} and {third.text!r} after it, one "
                                "name")))
            k += 3
            continue
        out.append(x)
        k += 1
    return out


def _bodies_before_a_family_name(mentions: list[Mention]) -> list[Mention]:
    """A Hangul name of two words typed a person by its title, whose second word is a Korean family name alone and
    whose first ends in 회 (a society or an association: 중앙회, 협회, 연합회) or in an organization's head, is the body
    and its officer's family name (typer35: 수협중앙회 김 회장 is the chairman Kim of the federation): the body an
    organization, the family name the person with the title. Foreign given names before a Korean family name (케빈 김,
    제니 박) end in neither."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        if m.lang != "ko" or m.type != "person" or m.title is None or m.entity_id is not None or len(words) != 2 \
                or len(words[1]) != 1 or words[1] not in tables().surnames or len(words[0]) < 2 \
                or not all(is_syllable(c) for c in words[0]) \
                or not (words[0].endswith("회") or org_head(words[0]) is not None):
            out.append(m)
            continue
        body_end = m.start + len(words[0])
        out.append(record_with(m,
            end=body_end, text=words[0], type="org", title=None, cluster=None, reasons=(
                "not in the knowledge base; a body before its officer's family name and title", )))
        out.append(record_with(m,
            start=body_end + 1, text=words[1], reasons=(
                f"not in the knowledge base; a Korean family name after the body {words[0]!r}, before the title "
                f"{m.title!r}", *m.reasons[1:])))
    return out


_FACILITY_HEAD = re.compile(r" ([가-힣]{0,3}?(?:경기장|체육관|구장|스타디움|아레나|공원))"
                            r"(?=[은는이가을를의에과와도로서]|[^가-힣]|$)")
"""A venue's word written apart after a name (국제경기장, 스타디움, 공원), then a particle or no Hangul (typer35)."""


def _given_and_family(x: Mention, rest: tuple[Mention, ...], after: Mention | None) -> bool:
    """Whether the mention ``x`` and those of ``rest`` after it (each one space after the one before) are a foreign
    given name and a family name, or a given name, a second one and a family name (Kiwi cuts such a name in three:
    루이스 | 하비에르 | 모스케라, mentions47), as :func:`_foreign_given_and_family_names` reads them; ``after`` is the
    mention after the last of ``rest``, if any."""
    if x.lang != "ko" or x.entity_id is not None or x.candidates or x.title is not None or " " in x.text \
            or not all(_no_evidence_word(y) for y in rest):
        return False  # the cheap tests first
    given = (x.type == "person" and not any(PERSON_BY_SHAPE in r for r in x.reasons)) or (
        x.type == "other" and bool(x.reasons) and NO_EVIDENCE in x.reasons[-1] and foreign_person_name(x.text))
    if not given or not (all(is_syllable(c) for c in x.text) and len(x.text) >= 2):
        return False
    words = (x, *rest)
    return all(transcribed(w.text) for w in words) and foreign_name_in_hangul(" ".join(w.text for w in words)) \
        and not any(is_place(w.text) or known_organization(w.text) is not None for w in words) \
        and not (after is not None and after.start == rest[-1].end + 1 and after.lang == "ko")


def _no_evidence_word(y: Mention) -> bool:
    """One Hangul word of two syllables or more found as a name that nothing types, unlinked and untitled: a foreign
    name's later word (:func:`_given_and_family`)."""
    return y.lang == "ko" and y.entity_id is None and not y.candidates and y.title is None and " " not in y.text \
        and y.type == "other" and bool(y.reasons) and NO_EVIDENCE in y.reasons[-1] and len(y.text) >= 2 \
        and all(is_syllable(c) for c in y.text)


_BY_A_PERSON_BESIDE = "an organization by the person named beside it"


def _foreign_people_before_a_title(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two readings of a foreign name in Hangul right before a title (mentions23): a transcribed name left ``other``
    right before a body that a title follows is that title's holder (천샤오린 푸단대 교수: a professor of Fudan
    University, as :func:`bilingual.entities.korean_names._names_before_a_body_and_title` reads a Korean name there);
    and a transcribed word that a title follows, typed an organization because a person is named right before it, is
    that person's last name when the word before it is transcribed too (호세 마리아 가르시아 대사: 마리아 is no officer
    of a body 가르시아), unless the title is an office a body has (회장, 대표, 감독: 리 클리포드 콴타스 회장 is the
    chairman of Qantas). The words are whole mentions one space apart, and the Hangul is read as a foreign word
    (:func:`bilingual.names.foreign_word.transcribed`), so a Korean name before a company (김민수 리비안 대표) keeps the
    company."""
    out = list(mentions)
    for k, (x, y) in enumerate(itertools.pairwise(mentions)):
        if y.start != x.end + 1 or text[x.end] != " " or x.lang != "ko" or y.lang != "ko" \
                or x.entity_id is not None or y.entity_id is not None or x.candidates or y.candidates:
            continue
        no_evidence = out[k].type == "other" and bool(out[k].reasons) and NO_EVIDENCE in out[k].reasons[-1]
        if no_evidence and y.type == "person" and y.title == "씨" and " " not in y.text \
                and all(is_syllable(c) for c in x.text) and len(x.text) >= 2:  # 솜차이 | 분미 씨: one person's words
            out[k] = record_with(out[k], type="person", reasons=(
                *out[k].reasons, f"a person's first word before {y.text!r} and 씨"))
            continue
        if y.type != "org" or not (no_evidence or out[k].type == "person") \
                or not transcribed(x.text.replace(" ", "")):
            continue
        if y.title is not None and y.title not in KOREAN_OFFICE_TITLES and " " not in y.text \
                and any(_BY_A_PERSON_BESIDE in r for r in y.reasons) \
                and transcribed(y.text):  # 후안 카를로스 | 로드리게스 대사: one person's words, no body
            if no_evidence:
                out[k] = record_with(out[k], type="person", reasons=(
                    *out[k].reasons, f"a foreign person's name before {y.text!r} and its title"))
            out[k + 1] = record_with(y, type="person", reasons=(
                *y.reasons, f"the last word of a foreign person's name after {x.text!r}, before its title"))
        elif no_evidence and y.title in KOREAN_TITLES:  # 천샤오린 | 푸단대 교수: the title's holder
            out[k] = record_with(out[k], type="person", reasons=(
                *out[k].reasons, f"a foreign name before the body {y.text!r} and the title {y.title!r} held in it"))
    for k in range(len(out) - 1):  # after the pass above has typed the names before a body and its title
        x, y = out[k], out[k + 1]
        if y.start != x.end + 1 or text[x.end] != " " or x.lang != "ko" or not _no_evidence(x):
            continue
        if " " not in x.text and " " not in y.text and len(x.text) >= 2 \
                and all(is_syllable(c) for c in x.text + y.text) and _titled_foreign_word(y) \
                and transcribed(x.text) and not is_place(x.text) and known_organization(x.text) is None \
                and foreign_name_in_hangul(f"{x.text} {y.text}"):
            # 아그니에슈카 | 코발스카 판사, 무함마드 | 알하시미 사우디 아람코 부사장: the given name before a foreign
            # family name that a person's title, or a body and its officer's title, follows (mentions73)
            out[k] = record_with(x, type="person", reasons=(
                *x.reasons, f"a foreign given name before {y.text!r} and its title"))
            if y.type != "person":
                out[k + 1] = record_with(y, type="person", reasons=(
                    *y.reasons, f"a foreign family name after {x.text!r}, before its title"))
    return out


def _titled_foreign_word(y: Mention) -> bool:
    """Whether ``y``, one Hangul word, is a foreign family name by the title after it: left ``other`` with a title
    only people hold (코발스카 판사: not an office a body has, 대표 or 회장, which a club's or a company's name takes
    too), or typed a person as the name before a body and its officer's title (알하시미 사우디 아람코 부사장)."""
    if y.lang != "ko" or y.entity_id is not None or y.candidates or len(y.text) < 2 or not transcribed(y.text) \
            or is_place(y.text) or known_organization(y.text) is not None:
        return False
    if y.type == "other":
        return y.title is not None and y.title in KOREAN_TITLES and y.title not in KOREAN_OFFICE_TITLES
    return y.type == "person" and y.title is None and any("a foreign name before the body" in r for r in y.reasons)


_QUOTED = re.compile(r"['‘\"“]([^'’\"”\n]{2,40})['’\"”]")
"""A phrase in single or double quotes, straight or curly, on one line."""
_QUOTE_MARKS = re.compile("['‘\"“]")
"""The marks a quoted phrase opens with: a sentence without any names no event in quotes (the cheap test)."""
_QUOTED_EVENT = ("not in the knowledge base; an event, a programme or an exhibition named in quotes by the word at "
                 "its end (…축제, …페스타, …특별전, …프로젝트)")


def quoted_event_spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """The spans of the events, programmes and exhibitions a Korean sentence names in quotes (mentions31): a quoted
    phrase of one to five words whose last word ends in the head of an event
    (:data:`~bilingual.entities.gazetteer.KOREAN_EVENT_HEADS`) or of a programme or an exhibition
    (:data:`~bilingual.entities.gazetteer.KOREAN_QUOTED_EVENT_HEADS`: 페스타, 위크, 특별전, 프로젝트, 장학금 — common
    words written bare, names only in quotes): '달빛 축제', '서문 야시장 페스타', 'K-컬처 위크'. Not a phrase that
    holds a particle, an ending or a verb (‘최고의 축제’였다 is praise, not a name: Kiwi's tags J, E, V, X inside)."""
    if not tokens:
        return []
    lo, hi = tokens[0].start, tokens[-1].end
    spans: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text, lo, hi) if _QUOTE_MARKS.search(text, lo, hi) else ():
        phrase = m.group(1)
        words = phrase.split()
        if not 1 <= len(words) <= 5 or phrase != phrase.strip() or not words[-1].endswith(QUOTED_EVENT_ENDS) \
                or not is_syllable(phrase[-1]) or len(phrase.replace(" ", "")) < 4:
            continue
        a, b = m.start(1), m.end(1)
        inside = [t for t in tokens if a <= t.start and t.end <= b]
        if not inside or any(t.start < b and a < t.end and not (a <= t.start and t.end <= b) for t in tokens) \
                or any(t.tag.startswith(("J", "E", "V", "X")) for t in inside):
            continue
        spans.append((a, b))
    return spans


def _quoted_events(text: str, mentions: list[Mention], quoted: list[tuple[int, int]]) -> list[Mention]:
    """Each event named in quotes (:func:`quoted_event_spans`) one mention typed ``other``, replacing the names found
    inside it (한강 in '한강 달빛 축제'); left as it is when a mention crosses the quote's edge or is the phrase
    already."""
    if not quoted:
        return mentions
    added: list[Mention] = []
    where = _ByStart(mentions)
    for a, b in quoted:
        if any(mentions[k].start < a or mentions[k].end > b or (mentions[k].start, mentions[k].end) == (a, b)
               for k in where.over(a, b)):
            continue
        added.append(_mention(start=a, end=b, text=text[a:b], type="other", lang="ko", entity_id=None, score=0.0,
                             method="unlinked", reasons=(_QUOTED_EVENT,)))
    if not added:
        return mentions
    inside = {k for e in added for k in where.within(e.start, e.end)}
    kept = [m for k, m in enumerate(mentions) if k not in inside]
    return sorted([*kept, *added], key=_SPAN)


_TITLE_WORD = r"[A-Z0-9][\w.&+-]*"
_TITLE_AFTER_POSSESSIVE = re.compile(
    r"['’]s?\s+(?P<open>[\"“'‘])(?P<title>(?:(?:The|A|An)\s)?" + _TITLE_WORD
    + r"(?::?\s" + _TITLE_WORD + r"|(?:\s(?:of|the|a|an|and|in|on|for|to|at|with|from))+\s" + _TITLE_WORD
    + r"){0,6})[,.]?(?P<close>[\"”'’])(?![\w'’])")
"""A title in quotes right after a possessive ("Tolkien's "The Hobbit"", "Nexon's 'The Finals'", "Krafton's 'PUBG:
Battlegrounds'", "Bong Joon-ho's "Mickey 17""): capitalized words (small words of a title between them, a colon, a
number), filling the quotes (a comma or a full stop may close it inside them)."""
_QUOTE_PAIRS = {'"': '"', "“": "”", "'": "'", "‘": "’"}
_QUOTED_TITLE = "not in the knowledge base; the title of a work in quotes after its maker's or author's possessive"


def _english_quoted_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """The title of a work in quotes right after the possessive of a person or an organization found before it (its
    author or maker: "J.R.R. Tolkien's "The Hobbit"", "Krafton's 'PUBG: Battlegrounds'"; mentions45) is one mention
    typed ``other``, replacing the names found inside it ('PUBG', 'Battlegrounds' found apart, "Hobbit" left as one
    word of no kind). Left as it is when a mention crosses the quotes' edge or one inside is linked."""
    added: list[Mention] = []
    out = mentions
    for m in mentions:
        if m.lang != "en" or m.type not in ("person", "org") or text[m.end:m.end + 1] not in ("'", "’"):
            continue
        match = _TITLE_AFTER_POSSESSIVE.match(text, m.end)
        if match is None or _QUOTE_PAIRS[match["open"]] != match["close"] \
                or (match["open"] == "'" and text[m.end:m.end + 2] != "'s"):
            continue
        a, b = match.span("title")
        if not added:
            out = sorted(mentions, key=_SPAN)
        where = _ByStart(out)
        over = where.over(a, b)
        if any(out[k].start < a or out[k].end > b or out[k].entity_id is not None or out[k].type == "person"
               for k in over) or any((x.start, x.end) == (a, b) for x in added):
            continue
        added.append(_mention(start=a, end=b, text=text[a:b], type="other", lang="en", entity_id=None, score=0.0,
                             method="unlinked", reasons=(_QUOTED_TITLE,)))
        out = sorted([x for k, x in enumerate(out) if k not in set(over)] + [added[-1]], key=_SPAN)
    return out


def _an_event(m: Mention) -> bool:
    """Whether a mention was typed ``other`` as an event (a festival, the Chuseok holiday), a model's code (SU7) or
    the title of a work (the drama Seoul Medical Center: mentions21), a war, a treaty, a holiday or a market index
    (the Korean War, the KOSPI: mentions22), an app by its maker's name (KakaoMap: mentions36), a court case (Roe v.
    Wade: mentions52): a name, not a
    capitalized word of no kind."""
    return any(r.startswith(("not in the knowledge base; an event", "not in the knowledge base; a model's",
                             "not in the knowledge base; the title of a work", "not in the knowledge base; a war",
                             "not in the knowledge base; a public holiday", "not in the knowledge base; a product",
                             "not in the knowledge base; a stock market index",
                             "not in the knowledge base; a court case")) for r in m.reasons)


def _family_names_of_people_named(mentions: list[Mention]) -> list[Mention]:
    """A Hangul word before a title that was typed as the organization the title is of (한은 총재; 파월 의장, as 파
    is no Korean family name) is a person's family name when a foreign person named in full in the same document
    ends with it (제롬 파월 … 파월 의장)."""
    last_words = {m.text.rsplit(" ", 1)[1] for m in mentions if m.type == "person" and m.lang == "ko" and " " in m.text}
    if not last_words:
        return mentions
    return [record_with(m, type="person", reasons=(
        *m.reasons, f"the family name of a person named in full in the document ({m.text!r})"))
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
                                 and any(PERSON_BY_SHAPE in r for r in m.reasons)
                                 and not any(DICTIONARY_PLACE in r for r in other.reasons))
    # a place only by mecab-ko-dic's list is weaker evidence than a person's name: 유가령과 히말라야의 부탄


def _type(name: str, c: NameSpan) -> tuple[MentionType, str]:
    """:func:`mention_type` with the evidence found around the candidate."""
    if c.dateline:
        return "place", "a place in capitals opening a dateline (SEOUL, … (Yonhap) --)"
    if c.work:
        return "other", "the title of a work in quotes or brackets (영화 '…', 『…』)"
    if c.quoted:
        if c.cue is not None and c.cue.rule == "ko-class-before":  # 극단 '골목길', 인디 밴드 '새벽공장' (mentions74)
            return "org", "a name in single quotes after a word of a class of organizations (극단, 밴드, 학술지)"
        return "other", "a name in single quotes: a work, a product, a policy, a law or an event ('바나나맛우유')"
    if c.model:
        return "other", "a model's or a product's code (SU7, KF-21)"
    if c.edition:
        return "other", "an edition of an event or a product by the year after its name (바이오코리아 2025)"
    if c.japanese and not listed_place_written_apart(name):  # 노스 다코타: a listed place written apart (mentions32)
        return "person", "a Japanese name: a family name and a given name, both in the Hangul of the kana table"
    if c.lake:
        return "place", "a lake or a reservoir: a name in 호 (湖) before the words of its water (수위, 녹조)"
    if c.bridge:
        return "place", "a bridge: a name in 교 (橋) before a word of where something stands at it (지점, 교각, 남단)"
    if c.building:
        return "place", "a place: a name and a word for a building or a ground written apart (댜오위타이 국빈관)"
    if c.craft and (c.lang == "ko" or _craft_over(name)):
        return "other", "a model's or a craft's name (…호, …위성, a model number, a word for a craft after it)"
    if c.credit:
        return "org", "a news outlet of a dateline or a photo credit ([대전=이데일리], /사진=…)"
    if c.shouting and acronym(name):
        return "other", "an all-capital word in a sentence written in capitals"
    if c.officer_before and not is_place(name):
        return "org", "an organization: the body of the title of the name before it"
    if c.title is None and c.title_beyond is not None and c.lang == "ko" \
            and (not is_place(name) or (c.title_beyond in KOREAN_TITLES and quarter_or_person(name))) \
            and (korean_name_shape(name) or foreign_name_in_hangul(name)):
        # 모로 IOC 대변인: the title is of the body after the name, so the name is no abbreviated body
        return "person", f"a person by the title {c.title_beyond!r} after the body it is held in"
    if c.lang == "ko" and c.title in KOREAN_TITLES:
        from bilingual.entities.korean_names import hanja_family_name  # Korean names only: imported when first needed

        if hanja_family_name(name):
            return "person", f"a Korean family name in one Hanja before the title {c.title!r} (李 대통령, 尹 총장)"
    return mention_type(name, c.lang, title=c.title or c.title_beyond, proper_noun=c.kiwi_proper_noun,
                        locative=c.locative, org_context=c.org_context, person_context=c.person_context, cue=c.cue,
                        headline=c.headline)


def _craft_over(name: str) -> bool:
    """Whether a word for a craft or a model number after an English name outweighs what types the name alone: not
    an organization's (a SpaceX rocket is SpaceX's) nor a listed place's ("the Cheonan corvette" is left a place)."""
    kind, _ = mention_type(name, "en")
    return kind in ("other", "person") or (kind == "place" and weak_place(name))


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
                m = record_with(m,
                    entity_id=target, method="short-form", candidates=(), score=max(m.score, 0.8),
                    reasons=(*m.reasons, f"refers to {entity.name if entity else target}, named "
                                + ("earlier" if everywhere is None else "elsewhere in the document")
                                + (f" (title {m.title!r})" if m.title else "")))
        if everywhere is None and m.entity_id is not None and m.method not in ("partial", "short-form"):
            last_named[m.entity_id] = len(out)  # increasing: later namings rank first
        out.append(m)
    return out


def _roles(kb: KnowledgeBase, entity_id: str) -> tuple[str, ...]:
    entity = kb.get(entity_id)
    return entity.roles if entity is not None else ()


def _cluster(m: Mention) -> Mention:
    if m.entity_id is not None or m.type != "person" or m.candidates or m.cluster is not None:
        return m  # linked, not a person, a known person we could not choose between, or clustered already
    if m.lang == "ko":
        key = m.text.replace(" ", "")
    else:
        readings = parse_name(m.text)
        key = readings[0].hangul if readings else normal_key(m.text) or exact_key(m.text)
    return record_with(m, cluster=f"unknown:{key}")

