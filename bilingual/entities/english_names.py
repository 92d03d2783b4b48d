"""English name candidates of the mentions stage: names of the knowledge base (longest first), and capitalized
sequences with titles split off ("U.S. Secretary of State | Antony Blinken", "Chief | Cho"), "of" and "and" inside an
organization's name, a person "of" a body, datelines and the evidence around each name."""

from __future__ import annotations

import itertools
import re

from bilingual.document import Token
from bilingual.entities.craft_names import english_craft_after, english_model_end
from bilingual.entities.evidence import PLACE_SUFFIXES, body_deed_after_s
from bilingual.entities.gazetteer import (
    ARABIC_ARTICLE,
    ENGLISH_NOT_PLACES,
    ENGLISH_ORG_HEADS,
    ENGLISH_ORG_LEADS,
    ENGLISH_PLACE_WORDS,
    ENGLISH_VENUE_ENDS,
    FOREIGN_ORG_LEADS,
    NOT_FAMILY_NAMES,
    acronym,
    country_first_body,
    demonym,
    english_name_shape,
    event_name,
    given_name,
    initials_name,
    is_country,
    is_place,
    military_unit,
    named_grounds,
    named_plant,
    org_head,
    sponsor_club,
    war_or_treaty,
    world_name_shape,
)
from bilingual.entities.historic_states import historic_state
from bilingual.entities.holidays_and_indexes import index_number_end
from bilingual.entities.kb import KnowledgeBase
from bilingual.entities.kind_words import ENGLISH_COMPANY_ENDS, ENGLISH_KEEPER_ENDS, team_code_context_at
from bilingual.entities.korean_name_forms import korean_name_forms
from bilingual.entities.name_spans import ORG_CONTEXT_AFTER, NameSpan, add_cues
from bilingual.entities.organizations import group_company, known_organization, listed_company, maker_and_model
from bilingual.entities.world_names import (
    INNER_PARTICLES,
    ROMANCE_PARTICLES,
    STRONG_PARTICLES,
    particles_end,
)
from bilingual.names.keys import letter_signature
from bilingual.names.romanized import parse_name, spelling_key, surname_index
from bilingual.names.titles import title_prefix

CONNECTORS = frozenset({"of", "the", "for", "&"})  # inside names: Ministry of Foreign Affairs, Samsung C&T
ROMANCE_CONNECTORS = frozenset("de del della di da do dos das des du la".split())
"""Connectors inside the names of foreign institutions that begin with the word for one (Universidad de Concepción,
Banco de España, Università di Bologna): only after :data:`~bilingual.entities.gazetteer.FOREIGN_ORG_LEADS`."""
_ARTICLES = frozenset({"al-", "el-", "Al-", "El-"})
_NAME_ABBREVIATIONS = frozenset("Jr Sr Gov Lt Mr Mrs Ms Dr Sen Rep Gen Prof Sgt Col Adm".split())
"""Abbreviations whose full stop belongs to the name or the title ("Martin Luther King Jr.", "Gyeonggi Gov. Kim …",
"Lt. Gov.")."""
_SAINT_ABBREVIATIONS = frozenset({"St", "Ste"})
"""A saint's title written short, whose full stop stays inside a name it opens and that goes on with a capitalized
word one space after it ("St. Vincent de Paul", "St. Louis"): else the saint's name alone reads as a person's
(mentions51). Not after the name's first word ("Elm St. Police said": a street, the sentence ends)."""
_PLACE_OFFICE = re.compile(r"(?:Lt\.?\s+)?(?:Gov\.|Governor|Mayor)\s")
"""The offices of a place's government: the name before them is the place ("South Chungcheong Gov. Kim …")."""
_LEADING_NOISE = frozenset(
    "The A An This That These Those During Both In On At For But And Meanwhile Furthermore However According "
    "Just Another He She They We It His Her Their Its As After Before While When Under With Invited "
    "Following Despite By Written Photo "
    # sentence adverbs and conjunctions that open a sentence before a name ("Then Fernandez scored", "Earlier Kim …")
    "Then Later Earlier Yesterday Today Tomorrow Also Still Yet Instead Moreover Besides Nevertheless Nonetheless "
    "Since Until If Although Though Once Because Even Only Perhaps Indeed Overall Additionally Separately Similarly "
    "Likewise Previously Recently Currently Initially Eventually Finally Ultimately Afterward Afterwards "
    "Thereafter Now Thus Hence Therefore Here Sometimes Often Soon Again Already Otherwise Dear".split())
_OPENING_COUNTS = frozenset(
    "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundreds Thousands "
    "Millions Dozens Several Many Some Most Few Dozen".split())
"""Counts and quantifiers that open a sentence before a name ("Two Incheon ferries …"); only there, since a name may
begin with one ("the Three Gorges Dam")."""


def _opens_a_sentence(text: str, tokens: list[Token], i: int) -> bool:
    before = text[tokens[i - 1].end if i else 0:tokens[i].start]
    return i == 0 or (before.strip() == "" and tokens[i - 1].form in (".", "!", "?", "\"", "“", "”", ":", "—"))


_LOCATIVE_BEFORE = re.compile(
    r"(?:^|\W)(?:in|near|off|outside|around|across|from|(?<!according )(?<!thanks )(?<!due )to|at|into|toward|towards)"
    r"\s+(?:[Tt]he\s+)?(?:(?:north|south|east|west|central|(?:north|south)(?:east|west)?ern|eastern|western)\s+)?$")
"""A preposition of place right before a name (in Osong, off Jindo), a part of it by the compass between them ("in
eastern Congo", "across northern Gaza": mentions39): evidence of a place for a name without other ("according to",
"thanks to" and "due to" are no prepositions of place: "according to Inspector Jeon")."""
_LOCATIVE_ENDS = ("in", "near", "off", "outside", "around", "across", "from", "to", "at", "into", "toward", "towards",
                  "the", "The", "north", "south", "east", "west", "central", "ern")
"""How the text before a name ends, its spaces stripped, wherever :data:`_LOCATIVE_BEFORE` matches (its last word: a
preposition, the article or a part by the compass): the cheap test before the search (perf59)."""
_ON_A_WATER_OR_A_PEAK = re.compile(r"\b(?:[Dd]ams?|[Bb]ridges?|[Bb]arges?|[Bb]oats?|[Ss]hips?|[Vv]essels?|[Tt]ankers?|"
                                   r"[Ff]err(?:y|ies)|[Ff]looding|[Aa]valanches?|[Cc]limbers?)\s+on\s+(?:the\s+)?$")
"""What stands, sails, floods or climbs on a river or a mountain right before its name ("the dam on the Blue Nile",
"barges on the Rhine", "an avalanche on Manaslu"): "on" is no preposition of place by itself (on Tuesday, bets on
Nvidia), but on a dam's, a boat's, a flood's or a climber's word it is the water or the peak they are on, a place
(mentions63)."""
_VISITED_BEFORE = re.compile(r"\bvisit(?:s|ed|ing)?\s+(?:the\s+)?$")
"""A visit right before a zoo's, an aquarium's or a museum's name (:data:`kind_words.ENGLISH_KEEPER_ENDS`): the grounds
one visits, a place, not the institution that acts."""
_CHAIR_AFTER = re.compile(r"\s+chair(?:,|\s+[A-Z][a-z])")
"""The title "chair" right after a name of one word that "the" comes before, then a comma or a capitalized name
("Jerome Powell, the Fed chair, said", "the Zentra chair Maria Lopez"): the body the person chairs, an organization,
as "chairman" after a name says (:data:`~bilingual.entities.name_spans.ORG_CONTEXT_AFTER`). Only so written, since
"chair" is also the furniture ("an Eames chair at home") and a professorship named for a person ("the Emily Carter
chair, endowed …"; a family name alone is still read as the body: mentions57)."""
_PLANT_LOCATIVE = re.compile(r"(?:^|\W)(?:in|near|at|from|to|inside|outside)\s+(?:its|their)\s+$")
"""A preposition of place and a possessive before a plant's name ("a fire at its Pohang Steelworks"): the plant is
where something happens (:func:`~bilingual.entities.gazetteer.named_plant`; mentions39)."""
_COUNTRY_AFTER = re.compile(r",\s+(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?=[,;.]|\s*$)")
"""A country after a name and a comma, ending the clause ("left Lyttelton, New Zealand, on Monday"): the name is a
town or a place of that country, as datelines and addresses write it (mentions39)."""
_PERSON_CONTEXT_AFTER = re.compile(
    r",\s+(?:a|an|the|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s)\s+(?:[\w-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman|professor|analyst|official|"
    r"director|lawmaker|minister|researcher|economist|chairman|chairwoman|executive|reporter|correspondent|envoy|"
    r"diplomat|adviser|advisor|senator|governor|mayor|lawyer|attorney|scientist|engineer|resident|student)\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:(?!specialist)[a-z]{3,}(?:ist|ician|grapher)|singer|actor|"
    r"actress|writer|author|poet|painter|sculptor|composer|conductor|coach|athlete|golfer|pitcher|striker|"
    r"goalkeeper|rapper|dancer|teacher|doctor|nurse|surgeon|farmer|fisherman|chef|architect|entrepreneur|"
    r"businessman|businesswoman|soldier|priest|monk|pastor|filmmaker|historian|curator|mountaineer|mother|"
    r"father|widow|grandmother|grandfather)"
    r"(?=\s+(?:at|for|of|from|with|who|in|and|based)\b|[,.;])")
"""An apposition that says who a name is ("Sarah Mitchell, a spokeswoman for the World Bank"; after a possessive,
"Bekzod Tursunov, Uzbekistan's deputy energy minister": mentions52); or one whose noun is a person's occupation by its
ending, -ist, -ician or -grapher ("X, a marine biologist at …", "X, a physician in …", "X, a photographer who …"),
or a noun only people are (a singer, a farmer, a mother: mentions61), only when the noun ends the phrase (a
preposition, a relative pronoun or punctuation after it), since "X, a Buddhist temple" is no person. Not the nouns
that companies are called as well: a player, a leader, a designer, a manager, a producer, a specialist ("X, a chip
designer based in …", "X, a specialist in lab equipment")."""
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,3},")
"""An age in apposition after a name ("Maren Halvorsen, 23, won"): only people are given one."""
_RANK_BEFORE = re.compile(r"\b(?:world|World)\s+No\.\s?\d{1,4}\s+$")
"""A player's world ranking before a name ("world No. 3 Tomas Lindqvist"): only people are ranked so."""
_GROUP_NOUNS = frozenset(
    "Staff Officials Members Residents Workers Employees Researchers Scientists Students Shares Leaders Executives "
    "Representatives Delegates Citizens Officers Engineers Rescuers Volunteers Investors Customers Users Fans "
    "Supporters Critics Lawmakers Troops Soldiers Doctors Nurses Teachers Farmers Fishermen Victims Families "
    "Hundreds Thousands Dozens Millions Most Many Some All None Half Part Parts Courtesy".split())
"""Plural nouns that open a sentence with "of" after them ("Staff of KOICA", "Shares of Celltrion"): capitalized as
the sentence's first word, not part of the name after "of"; and a photo's credit ("Courtesy of Hybe": mentions52)."""
_PLURAL_WORD = re.compile(r"[A-Z][a-z]{2,}[^s\W]s")


def _after_group_noun(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a name starts in a run from ``tokens[i]`` to ``tokens[j - 1]`` that a group's noun and "of" begin
    ("Staff of KOICA", "Members of the … Cooperative": after "of" and its article), ``i`` if none does. The noun is one
    of :data:`_GROUP_NOUNS`, or a plural word opening the sentence that no name of a body, a place or a person is
    ("Sales of the Kia EV3 rose", "Exports of Hanwha Ocean": capitalized only as the sentence's first word; the run
    of five words was dropped whole, the maker with it: mentions47)."""
    if not (i + 2 < j and tokens[i + 1].form == "of"):
        return i
    word = tokens[i].form
    if word not in _GROUP_NOUNS and not (
            _PLURAL_WORD.fullmatch(word) and _opens_a_sentence(text, tokens, i) and word not in ENGLISH_ORG_HEADS
            and not ENGLISH_ORG_LEADS.match(f"{word} of X") and not is_place(word) and not given_name(word)
            and not (_patronymic(word) and _PLURAL_VERB_AFTER.match(text, tokens[j - 1].end) is None)
            and title_prefix(f"{word} ") is None):
        return i
    i += 2
    if i + 1 < j and tokens[i].form == "the":
        i += 1  # nor is the article
    return i


def _patronymic(word: str) -> bool:
    """Whether ``word`` reads as an English family name made of a given name and the -s of descent (Collins of
    Colin's spelling Collin, Williams, Roberts, Peters, Edwards: mentions52): capitalized as a name, not as the plural
    noun a sentence opens with ("Collins of Morgan Stanley said" was read as "Analysts of …", the person lost)."""
    return len(word) > 4 and word.endswith("s") and not word.endswith("ss") and given_name(word[:-1])


_PLURAL_VERB_AFTER = re.compile(r"\s+(?:are|were|have|do)\b")
"""A verb in the plural after a name: what opened the run before "of" was a plural noun, no family name."""


def _organization_of(name: str) -> bool:
    """Whether ``name``, after "of" and a person's family name alone, is an organization by its own evidence: a head,
    an acronym, a name of the general list, of the listed companies or of a group (Morgan Stanley, Nomura, Hanwha
    Aerospace; mentions52)."""
    return org_head(name) is not None or acronym(name) or known_organization(name) is not None \
        or listed_company(name) or group_company(name) is not None


_SMALL_FIRST_NAME = re.compile(r"[a-z]{2}[A-Z]|[a-z]{1,2}[A-Z](?:[A-Za-z]*[A-Z]|[A-Za-z]{2,})")
"""A name written with one or two small letters first and a capital after them (inZOI, tvN, iPhone, eBay, iOS;
mentions45): three letters or more, ending in a capital or four letters or more, so that units (kWh, mAh, pH, dB)
are none (mentions50: the first branch, two small letters and a capital, let tvN in as this says)."""


_NAME_PARTICLES = STRONG_PARTICLES | ROMANCE_PARTICLES | INNER_PARTICLES


def _family_particle(tokens: list[Token], caps: list[bool], i: int, j: int) -> bool:
    """Whether the particle ``tokens[j]`` is inside a person's name in the capitalized run that starts at ``i``
    (mentions48): the particles of a family name (:func:`~bilingual.entities.world_names.particles_end`) and a
    capitalized word after them, where the last one to three capitalized words before them and what follows read
    whole as a person's by :func:`~bilingual.entities.gazetteer.world_name_shape` ("Jaap van Zweden", "Heineken CEO
    Dolf van den Brink"; after de, da, del both names listed: "Joost de Vries", not "Rio de Janeiro" nor "Vitória de
    Guimarães"; "a Ford Transit van Monday" is none)."""
    p = j
    while p > i and not caps[p - 1]:
        p -= 1  # the first particle of the run ("van" of "van den")
    if p == i or not all(caps[k] or (tokens[k].form == "." and tokens[k - 1].form in _SAINT_ABBREVIATIONS)
                         for k in range(i, p)):  # "St. Vincent de Paul": a saint's full stop inside the run
        return False
    forms = [t.form for t in tokens]
    end = particles_end(forms, p)
    if not p <= j < end or end >= len(tokens) or not caps[end] or not tokens[end].form[:1].isupper():
        return False
    # a person's name whole, no place's or body's, from one of the last three words before the particle ("Heineken
    # CEO Dolf van den Brink": the title is cut off later)
    return any(world_name_shape(" ".join(forms[k:end + 1])) is not None for k in range(p - 1, max(i, p - 3) - 1, -1))


_SAINTS_POSSESSIVE_AFTER = re.compile(r"['’]s((?: [A-Z][a-z]+){1,3})")
_SAINT_OPENING = re.compile(r"(?:[A-Z][\w-]* )?Ste?\. [A-Z]")


def _saints_place_end(text: str, start: int, end: int) -> int:
    """Where a saint's name ends when 's and one to three capitalized words after it end in a place word or an
    organization's head or an event's end ("St. Peter's Square", "St. Paul's Cathedral", "St. Mary's Hospital",
    "St. Patrick's Day"): the place, the body or the day is named after the saint, and the saint alone would read
    as a person (mentions52); else ``end``."""
    after = _SAINTS_POSSESSIVE_AFTER.match(text, end)
    if after is None or not _SAINT_OPENING.match(text, start, end):
        return end
    words = after.group(1).split()
    for n in range(len(words), 0, -1):
        name = text[start:end] + "'s " + " ".join(words[:n])
        if words[n - 1] in ENGLISH_PLACE_WORDS or org_head(name) is not None or event_name(name):
            return after.start(1) + len(" ".join(words[:n])) + 1
    return end


def _case_versus(text: str, tokens: list[Token], caps: list[bool], j: int) -> bool:
    """Whether ``tokens[j]`` is the "v" of a court case's name or its full stop ("Epic Games v. Apple", "Roe v.
    Wade": one name, a case, typed ``other`` by :func:`~bilingual.entities.gazetteer.mention_type`; mentions52): "v"
    after a capitalized word, its full stop glued to it and a capitalized word one space after. "vs." (a match's
    sides, each a name of its own) is not joined."""
    if tokens[j].form == "v":
        j += 1
    elif not (tokens[j].form == "." and tokens[j - 1].form == "v"):
        return False
    return 2 <= j < len(tokens) - 1 and tokens[j].form == "." and caps[j - 2] and tokens[j].start == tokens[j - 1].end \
        and text[tokens[j - 2].end:tokens[j - 1].start] == " " and caps[j + 1] \
        and text[tokens[j].end:tokens[j + 1].start] == " "


_SUBJECT_VERB_AFTER = re.compile(r"\s+(?:said|says|announced|added|reported|plans|planned|will|would|has|have|had|"
                                 r"is|was|are|were)\b")
"""A verb right after a name: the name is its clause's subject (a body that speaks, plans, has)."""
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|an?|An?) $")
"""An article right before a name: a maker's name and a model after it are a product ("a Mercedes Sprinter"), where
without it Renault and Mercedes, English given names, leave the name to the rules ("Mercedes Sosa"; mentions52)."""
_FIRST_PARTICLES = STRONG_PARTICLES | ROMANCE_PARTICLES | frozenset({"do", "la", "le"})
"""Particles that may open the lower-case part of a name between capitalized words when the evidence around them
says the name is one (mentions52: "Lula da Silva", "Rio de Janeiro", "Rio do Sul"; up to two of
:data:`~bilingual.entities.world_names.INNER_PARTICLES` may follow)."""
_PLAIN_NAME_WORD = re.compile(r"[A-ZÀ-Ö][a-zà-öø-ÿ]+")


def _particle_by_evidence(text: str, tokens: list[Token], caps: list[bool], i: int, j: int) -> str | None:
    """Whether the particle ``tokens[j]`` is inside a name in the capitalized run from ``i``, when
    :func:`_family_particle`'s lists do not say so (mentions52): the words from one of the last three before the
    particles to the capitalized word after them are a listed place ("Rio de Janeiro", "Mar del Plata"), or the run
    before the particles is a person's name by a title before it ("President Lula da Silva") or by a given name first
    ("Luiz Inacio Lula da Silva"), and one plain capitalized word after them ends the name (no place, organization's
    head, month or day: "did Joe Biden do Tuesday" is none). A saint's name is left to :func:`_family_particle`;
    a comma or any other character than one space between the words ends the name as before, so two names of a list
    are never joined. Returns "place" or "person", by which evidence, else ``None``."""
    p = j
    while p > i and not caps[p - 1]:
        p -= 1  # the first particle of the run
    if p == i or tokens[p].form not in _FIRST_PARTICLES or tokens[i].form in _SAINT_ABBREVIATIONS \
            or not all(caps[k] for k in range(i, p)):
        return None
    end = p + 1
    while end < len(tokens) and end - p <= 2 and tokens[end].form in INNER_PARTICLES:
        end += 1
    if not p <= j < end or end >= len(tokens) or not caps[end] \
            or any(text[tokens[k - 1].end:tokens[k].start] != " " for k in range(p, end + 1)):
        return None
    last = text[tokens[end].start:tokens[end].end]
    if any(is_place(text[tokens[k].start:tokens[end].end]) for k in range(p - 1, max(i, p - 3) - 1, -1)):
        return "place"  # "Rio de Janeiro", "São José dos Campos": a listed place whole
    if not _PLAIN_NAME_WORD.fullmatch(last) or last in ENGLISH_NOT_PLACES or last in ENGLISH_ORG_HEADS \
            or last in ENGLISH_PLACE_WORDS or is_place(last) or known_organization(last) is not None \
            or (end + 1 < len(tokens) and caps[end + 1] and text[tokens[end].end:tokens[end + 1].start] == " "):
        return None
    before = text[tokens[i].start:tokens[p - 1].end]
    named = before.split()
    for k in range(i, p):
        titled = title_prefix(text[tokens[k].start:tokens[p - 1].end] + " ")
        if titled is not None:
            named = text[tokens[k].start + titled.end():tokens[p - 1].end].split()
            return "person" if 1 <= len(named) <= 3 and all(_PLAIN_NAME_WORD.fullmatch(w) for w in named) \
                and not any(is_place(w) for w in named) else None
    return "person" if tokens[p].form != "do" and 2 <= len(named) <= 3 \
        and all(_PLAIN_NAME_WORD.fullmatch(w) for w in named) and given_name(named[0]) and not is_place(before) \
        and org_head(before) is None and not any(is_place(w) or known_organization(w) is not None for w in named) \
        else None


def english_candidates(text: str, tokens: list[Token], kb: KnowledgeBase) -> list[NameSpan]:
    out: list[NameSpan] = []
    shouting = _shouting(tokens)
    signatures = _SpanSignatures(text, tokens)
    # _capitalized, inline; or a name written with a small letter first and a capital after it (inZOI, tvN, eBay)
    caps = [t.tag in _NAME_TAGS and (t.form[:1].isupper() or (
        not t.form.islower() and _SMALL_FIRST_NAME.fullmatch(t.form) is not None)) for t in tokens]
    if tokens and "l-" in text[tokens[0].start:tokens[-1].end]:  # the cheap test first: most sentences have none
        for k in range(1, len(tokens)):  # "Faisal al-Rashidi": the Arabic article inside a name, after a capital
            if not caps[k] and caps[k - 1] and tokens[k].form[:3] in _ARTICLES \
                    and ARABIC_ARTICLE.fullmatch(tokens[k].form):
                caps[k] = True
    # "CHO Won jin", "Hong, Chul Ho": a romanized Korean name's lower-case syllables and comma are in its run
    forms = korean_name_forms(text, tokens, shouting) if _may_hold_korean_name_form(text, tokens, shouting) else {}
    commas: set[int] = set()
    for start, (end, _) in forms.items():
        for k in range(start + 1, end):
            if tokens[k].form == ",":
                commas.add(k)
            else:
                caps[k] = True
    may_have_name = kb.may_have_name
    i = 0
    while i < len(tokens):
        if not caps[i]:  # neither a KB name nor a capitalized sequence starts here: on to the next that may
            try:
                i = caps.index(True, i)
            except ValueError:
                break
            continue
        # the longest KB name starting here (up to six tokens)
        matched = 0
        sums: list[int | None] | None = None
        for n in range(min(6, len(tokens) - i), 0, -1):
            if tokens[i + n - 1].tag not in _NAME_TAGS:
                continue  # a name ends with a word, not with punctuation
            if sums is None:  # the longest run asked for first: the shorter ones' signatures come with it
                sums = signatures.from_token(i, n)
            quick = sums[n - 1]
            if quick is not None and not may_have_name(quick):
                continue  # the cheap pre-test: no name of the KB has these letters
            span = text[tokens[i].start:tokens[i + n - 1].end]
            if kb.has_name(span) and _contiguous(text, tokens[i:i + n]):
                matched = n
                break
        if matched and _org_run_end(text, tokens, i) > i + matched:
            matched = 0  # "Korea University", "Korea Exchange": an organization's name longer than the KB's "Korea"
        if matched and i in forms and forms[i][0] > i + matched:
            matched = 0  # "Park, Dae-ho": a Korean name in the comma or official form longer than the KB's "Park"
        if matched:
            candidate = _with_title(text, tokens, i, i + matched, "en", shouting)
            if candidate is not None:
                out.append(candidate)
            i += matched
            continue
        # a capitalized sequence (of/the/for inside it, as in Ministry of Foreign Affairs)
        j = i
        connectors = CONNECTORS | ROMANCE_CONNECTORS if tokens[i].form in FOREIGN_ORG_LEADS else CONNECTORS
        while j < len(tokens) and (caps[j] or j in commas or (
                tokens[j].form in connectors and j + 1 < len(tokens) and j > i and (caps[j + 1] or (
                    tokens[j + 1].form in connectors and j + 2 < len(tokens) and caps[j + 2])))
                or (tokens[j].form == "." and j > i and (len(tokens[j - 1].form) == 1 or (
                    tokens[j - 1].form in _NAME_ABBREVIATIONS and tokens[j].start == tokens[j - 1].end)
                    or (j == i + 1 + (tokens[i].form == "The") and tokens[j - 1].form in _SAINT_ABBREVIATIONS
                        and tokens[j].start == tokens[j - 1].end and j + 1 < len(tokens) and caps[j + 1]
                        and tokens[j + 1].start == tokens[j].end + 1)))
                or (j > i and _inner_part(tokens, j))
                or (j > i and _case_versus(text, tokens, caps, j))
                or (j > i and tokens[j].form in _NAME_PARTICLES and _family_particle(tokens, caps, i, j))
                or (j > i and (tokens[j].form in _FIRST_PARTICLES or tokens[j].form in INNER_PARTICLES)
                    and _particle_by_evidence(text, tokens, caps, i, j) is not None)):
            if j > i and text[tokens[j - 1].end:tokens[j].start] not in ("", " "):
                break
            j += 1
        if j > i:
            while j > i and tokens[j - 1].form in connectors:
                j -= 1
            j = _kept_inner_parts(text, tokens, i, j)
            glued = _glued_number_end(text, tokens, i, j)
            # "Kia EV4", "Galaxy S24": a code in capitals glued to its number after its maker's word, a model's
            coded = glued > j and tokens[j - 1].form.isupper()
            j = glued
            j = _across_and(text, tokens, i, j)
            j = _place_before_for(text, tokens, i, j)
            j = _place_before_party_member(text, tokens, i, j)
            j = _firm_in_the_possessive(text, tokens, i, j)
            start = i
            while start < j and tokens[start].form in _LEADING_NOISE and not (start + 1 == j < len(tokens) and (
                    tokens[j].tag == "number" and tokens[j].start == tokens[start].end)):
                start += 1  # not "A" with a number glued to it: a code ("A24"; mentions.py types it by coordination)
            if start == i and start + 1 < j and tokens[i].form in _OPENING_COUNTS \
                    and tokens[i + 1].form not in _OPENING_COUNTS and _opens_a_sentence(text, tokens, i):
                start += 1  # "Two Incheon ferries …", "Several Samsung engineers …": a count opening the sentence
                while start < j and tokens[start].form in CONNECTORS:
                    start += 1  # "Most of …": nothing of a name is left before the capitalized word
            start = _after_group_noun(text, tokens, start, j)  # "Staff of KOICA": the name is after "of"
            middle = _title_inside(text, tokens, start, j) if start < j and not shouting else None
            if middle is not None:  # "Hanwha Ocean CEO Kim Jae-min": an organization, then its officer
                office = _PLACE_OFFICE.match(text, tokens[middle].start) is not None  # "Gyeonggi Gov. Kim …"
                if not demonym(text[tokens[start].start:tokens[middle - 1].end]):  # "German Chancellor …": no body
                    out.append(NameSpan(tokens[start].start, tokens[middle - 1].end, "en", org_context=not office,
                                          locative=office))
                start = middle
            of = _person_of(text, tokens, start, j) if start < j else None
            of_place = of_body = False
            if of is not None:  # "Lee Min-ho of Korea University": a person, then where the person is from
                name_start, at = of
                person = _with_title(text, tokens, start, at, "en", shouting)
                if person is not None and name_start > start and person.title is None:
                    person = _with_title(text, tokens, name_start, at, "en", shouting)
                if person is not None:
                    of_text = re.sub(r"^the\s+", "", text[tokens[at + 1].start:tokens[j - 1].end])
                    # a name "of" an organization is a person's, the organization where the person works
                    person.person_context |= org_head(of_text) is not None or acronym(of_text) or (
                        is_place(of_text) and text.startswith(("'s ", "’s "), tokens[j - 1].end)) or (
                        at == name_start + 1 and _patronymic(tokens[name_start].form))  # "Collins of Morgan Stanley"
                    out.append(person)
                start = at + 1
                if start + 1 < j and tokens[start].form == "the":
                    start += 1  # "Lee Min-ho of the University of Tokyo": the name after "the"
                of_place = person is not None and person.title is not None \
                    and person.title.split()[-1].lower() in ("mayor", "governor")
                of_body = person is not None and not of_place
            candidate = _with_title(text, tokens, start, j, "en", shouting) if start < j else None
            if candidate is not None:
                if coded and candidate.end == tokens[j - 1].end and candidate.start < tokens[j - 2].start \
                        and org_head(text[candidate.start:tokens[j - 3].end]) is None:  # not "SK Telecom T1"
                    candidate.model = not team_code_context_at(text, candidate.start, candidate.end)
                candidate.locative |= of_place  # "Mayor Cho Min-jae of Gimhae": a mayor is of a place
                candidate.person_context |= any(  # "Lula da Silva": a person's particles by the words around them
                    not caps[k] and tokens[k].form in _FIRST_PARTICLES
                    and _particle_by_evidence(text, tokens, caps, i, k) == "person" for k in range(start + 1, j - 1))
                # "Max Verstappen of Red Bull": what a person is "of" is a body or a place (a listed place stays one)
                candidate.org_context |= of_body and candidate.title is None
                out.append(candidate)
            i = j
        else:
            i += 1
    for c in out:
        _quoted_work(text, c)
        _war_index_or_unit(text, c)
    for c in out:
        if text[c.end:c.end + 1] == "+" and c.title is None and c.end - c.start >= 3 \
                and not text[c.end + 1:c.end + 2].isalnum() and text[c.end + 1:c.end + 2] != "+" \
                and not _SUBJECT_VERB_AFTER.match(text, c.end + 1):
            # "the Disney+ series", "on Apple TV+": a streaming service by + glued after its maker's name, other
            # (mentions52); "Disney+ said" is the company speaking, its name as it was
            c.end += 1
            continue
        code = _MODEL_NUMBER.match(text, c.end)
        if code is not None and _MODEL_LETTERS.fullmatch(text, c.start, c.end):
            # SU7, KF-21, EV4: one code, not the acronym or place its letters spell; a team's when a result or a
            # player's tie is around it (T1 beat G2; typer29)
            c.end, c.model = code.end(), not team_code_context_at(text, c.start, code.end())
        elif c.title is None and not c.work:
            model = english_model_end(text, c.start, c.end)
            if model is not None:  # "the Ioniq 5": a product's name and its model number
                c.end, c.craft = model, True
            elif english_craft_after(text, c.start, c.end):  # "the Danuri lunar orbiter"
                c.craft = True
            elif _ARTICLE_BEFORE.search(text, max(0, c.start - 4), c.start) and maker_and_model(text[c.start:c.end]):
                c.craft = True  # "a Mercedes Sprinter", "the Renault Clio": an article before a maker's model
            elif body_deed_after_s(text, c.end):  # "Macy's will close 66 stores": the name's own 's
                c.end += 2
            elif "St" in text[c.start:c.end]:
                c.end = _saints_place_end(text, c.start, c.end)  # "St. Peter's Square": no person "St. Peter"
    if out and tokens and out[0].start == tokens[0].start and _DATELINE_AFTER.match(text, out[0].end) \
            and _DATELINE_WORD.fullmatch(text[out[0].start:out[0].end]):
        out[0].dateline = True  # "WONJU, May 12 (Yonhap) --", "TOKYO (Reuters) -"
    add_cues(text, out, tokens[-1].end if tokens else 0, "en")
    if out and _title_case(tokens):  # the cheap test first: a sentence without candidates has nothing to mark
        for c in out:
            c.headline = True
    return out


_COMMA_FORM_CUE = re.compile(r"[A-Z][A-Za-z]*(?=, [A-Z])")
"""In ASCII text, what every romanized Korean name in the comma form shows (``Hong, Chul``): a capitalized word of
letters (a family name's spelling), a comma right after it, one space and a capital."""
_OFFICIAL_FORM_CUE = re.compile(r"[A-Z]{2,}(?= (?:[a-z]|[A-Za-z-]+ [a-z]))")
"""In ASCII text, what every one in the official form shows (``CHO Won jin``, ``KIM min``): a family name's spelling
in capitals, one space, and a word in lower case right after it or after one more word and one space."""


def _may_hold_korean_name_form(text: str, tokens: list[Token], shouting: bool) -> bool:
    """The cheap test before :func:`~bilingual.entities.korean_name_forms.korean_name_forms`: ``False`` only where it
    finds no name. The English path's tokens are slices of the text (``Token.form`` is the text at its span), so
    in ASCII text each form leaves its cue in the sentence's text, the family name a word whose spelling is a
    surname's (the family name's token is a whole run of letters, and the cues match the word alone, the rest
    looked ahead for: a match of the cue begins at that token); other tokens and other text are always asked."""
    if not tokens or tokens[0].lang != "en" or tokens[-1].lang != "en":
        return True
    span = text[tokens[0].start:tokens[-1].end]
    if not span.isascii():
        return True
    surnames = surname_index()
    if ", " in span and any(spelling_key(m.group()) in surnames for m in _COMMA_FORM_CUE.finditer(span)):
        return True
    return not shouting and any(spelling_key(m.group()) in surnames for m in _OFFICIAL_FORM_CUE.finditer(span))


_OPENING_QUOTE_BEFORE = re.compile(r"[\"“](?:The |A |An )?$")
_CLOSING_QUOTE_AFTER = re.compile(r"[,.!?]?[\"”]")
_WORK_BEFORE = re.compile(r"(?:^|\W)(?:film|movie|novel|book|memoir|album|song|single|series|drama|show|documentary|"
                          r"play|musical|opera|painting|exhibition|premiere\s+of|screening\s+of|production\s+of|"
                          r"staging\s+of|revival\s+of)\s+$", re.IGNORECASE)
"""A word for a kind of work, or a staging of one, right before a quoted name ("the musical "X"", "a new production
of "X"": mentions22): the quoted name, one word or more, is the work's title."""


_SHOW_BEFORE = re.compile(r"(?:^|\W)(?:(?:variety|reality|talk|cooking|music|quiz|dating|survival|game|TV|"
                          r"television)\s+show|(?:TV\s+|television\s+|web\s+|period\s+|K-)?drama(?:\s+series)?|"
                          r"sitcom|documentary(?:\s+series)?|web\s+novel|webtoon|animated\s+film)\s+$")
"""A word for a kind of show or series right before a name written without quotes ("the MBC variety show Weekend
Kitchen Club", "the tvN drama Harbor Lights"): the name is the show's title, whatever its last word (Club, Hospital,
Agency are heads of bodies); not "film" or "album", after which a maker's or a performer's name comes as often
(mentions21)."""
_SHOW_ENDS = ("show", "drama", "series", "sitcom", "documentary", "novel", "webtoon", "film")
"""The last words :data:`_SHOW_BEFORE` can end with: the cheap test before its search."""


def _quoted_work(text: str, c: NameSpan) -> None:
    """A name that fills a pair of double quotes, an article aside, is the title of a work (the premiere of "The Salt
    Road", the film "Broken Harbor"), typed ``other``: when it has two words or more, or a word for a kind of work
    comes before the quotes. The span takes the article in. A name of two words or more right after a word for a
    show or a series (:data:`_SHOW_BEFORE`) is one too, quoted or not."""
    before = text[max(0, c.start - 5):c.start]
    opening = _OPENING_QUOTE_BEFORE.search(before)
    if opening is None and c.title is None and text[c.start - 1:c.start] == " " \
            and text[max(0, c.start - 16):c.start].rstrip().endswith(_SHOW_ENDS) and " " in text[c.start:c.end] \
            and _SHOW_BEFORE.search(text[max(0, c.start - 40):c.start]):
        c.work = True
        c.reasons.append("the title of a show after the word for its kind")
        return
    if opening is None or c.title is not None or not _CLOSING_QUOTE_AFTER.match(text, c.end):
        return
    quote = c.start - (len(before) - opening.start())
    if len(text[c.start:c.end].split()) >= 2 or _WORK_BEFORE.search(text[max(0, quote - 30):quote]):
        c.start, c.work = quote + 1, True
        c.reasons.append("a title in double quotes")


_PARTY_MEMBERS = frozenset("Democrat Republican Democrats Republicans".split())
"""Members of the two US parties after their state ("an Oregon Democrat"): the state is a place, the word no part of a
name."""


def _place_before_party_member(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a run ends that is a place and then a party's member ("Oregon Democrat", "a Texas Republican"): before
    the member; ``j`` if it is not that."""
    if j - i >= 2 and tokens[j - 1].form in _PARTY_MEMBERS and is_place(text[tokens[i].start:tokens[j - 2].end]):
        return j - 1
    return j


_MODEL_LETTERS = re.compile(r"[A-Z]{1,4}")
_MODEL_NUMBER = re.compile(r"-?\d{1,4}[A-Za-z]?\b(?![.,]\d)")
"""A number written right after capitals (SU7, KF-21, EV4, A380): with them, a model's or a product's code."""
_DATELINE_WORD = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{2,})*")
_DATELINE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[(—–-])"
                             r"|\s+\([A-Z][\w.]+\)|\s+(?:—|–|--?)\s")
"""What follows the place of a dateline: a date ("WONJU, May 12"), a country and a dash, an agency in parentheses
("TOKYO (Reuters)") or a dash ("BUSAN —"). The place is written in capitals at the start of the sentence."""


def _title_case(tokens: list[Token]) -> bool:
    """A sentence in title case (a headline: "US and Japan Urge China to Act"): five words or more, and none in
    lower case longer than four letters (a sentence of prose has some: "would", "against", "the company's")."""
    words = [t.form for t in tokens if t.tag == "word"]
    return len(words) >= 5 and not any(len(w) > 4 and w[0].islower() for w in words)


def _org_run_end(text: str, tokens: list[Token], i: int) -> int:
    """Where a capitalized run from ``tokens[i]`` ends if it names an organization by its head ("Korea University",
    "Democratic Party of Korea"), an event, a club by its city and sponsor ("Seoul SK") or a venue ("Busan City
    Hall", "Ulsan Arena"); ``i`` if it does not."""
    j = i
    while j < len(tokens) and j - i < 8 and (_capitalized(tokens[j]) or (
            tokens[j].form in CONNECTORS and j + 1 < len(tokens) and j > i and (_capitalized(tokens[j + 1]) or (
                tokens[j + 1].form in CONNECTORS and j + 2 < len(tokens) and _capitalized(tokens[j + 2]))))):
        if j > i and text[tokens[j - 1].end:tokens[j].start] not in ("", " "):
            break
        j += 1
    while j > i and tokens[j - 1].form in CONNECTORS:
        j -= 1
    run = text[tokens[i].start:tokens[j - 1].end]
    if j - i >= 2 and (org_head(run) is not None or event_name(run) or sponsor_club(run)
                       or run.endswith(ENGLISH_VENUE_ENDS) or (j - i == 2 and country_first_body(run))):
        return j  # "Busan City Hall", "Seoul SK", "Korea Zinc": longer than the KB's "Busan", "Seoul", "Korea"
    return i


_OF_THE = re.compile(r".*\s(?:of|for)\s+(?:the\s+)?")
_ORDINAL_BEFORE = re.compile(r"(?:^|\s)(?:the\s+)?(\d{1,3}(?:st|nd|rd|th))\s$")
_ORDINAL_ENDS = ("st", "nd", "rd", "th")


def _war_index_or_unit(text: str, c: NameSpan) -> None:
    """The bounds of a war, a treaty, a market index or a military unit in a capitalized run (mentions22): "Veterans
    of the Korean War" names the war after "of the"; "S&P" and its number are one index ("S&P 500"); a unit's
    ordinal before its capitalized words is part of its name ("the 25th Infantry Division")."""
    name = text[c.start:c.end]
    of = _OF_THE.match(name) if "of" in name or "for" in name else None  # the cheap test first (perf55)
    if of is not None and war_or_treaty(name[of.end():]) and not war_or_treaty(name):
        c.start += of.end()
        return
    end = index_number_end(text, c.start, c.end)
    if end is not None:
        c.end = end
        return
    before = text[max(0, c.start - 12):c.start]
    # the cheap test first: a match ends in an ordinal's letters and space(s), as the text before does then (perf55)
    ordinal = _ORDINAL_BEFORE.search(text, max(0, c.start - 12), c.start) \
        if before.rstrip().endswith(_ORDINAL_ENDS) else None
    if ordinal is not None and military_unit(f"{ordinal.group(1)} {name}"):
        c.start = ordinal.start(1)


def _person_of(text: str, tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """Where a person's name starts, and the index of "of", in a capitalized run that names a person and then what
    the person belongs to ("Lee Min-ho of Korea University", "Professor Kim Ji-su of KAIST", "Researcher Lee Min-ho
    of …"): a title and one to three words before "of" and a place after it ("Prime Minister Anwar Ibrahim of
    Malaysia"), or the two or three words before "of" read as a romanized Korean name, or are the whole run before
    "of" and read as an English given name and a family name or stand before an organization by its head or acronym
    ("Sam Altman of OpenAI", "Yuko Tanaka of the University of Tokyo"), and the run before "of" is no organization;
    else ``None``."""
    for k in range(i + 1, min(j - 1, i + 8)):
        if tokens[k].form != "of":
            continue
        if org_head(text[tokens[i].start:tokens[k - 1].end]) is not None:
            return None
        before = text[tokens[i].start:tokens[k - 1].end]
        titled = title_prefix(before)
        of = re.sub(r"^the\s+", "", text[tokens[k + 1].start:tokens[j - 1].end])
        if titled and 1 <= len(before[titled.end():].split()) <= 3 and is_place(of):
            return i, k  # "Prime Minister Anwar Ibrahim of Malaysia": a titled name, then the place it is of
        words = before.split()
        for n in (3, 2):
            name = " ".join(words[-n:])
            if len(words) >= n and parse_name(name):
                start = tokens[k - 1].end - len(name)
                first = next((t for t in range(i, k) if tokens[t].start == start), None)
                if first is not None:
                    return first, k
        named = before[titled.end():].split() if titled else words  # "Defender Mia Lund of …": after the title
        name = " ".join(named)
        if not titled and initials_name(name) and is_place(of):
            return i, k  # "J.R. Whitfield of Ireland": a person by initials, then the country (mentions22)
        if 2 <= len(named) <= 3 and not titled and is_place(of) and text.startswith(("'s ", "’s "), tokens[j - 1].end) \
                and given_name(named[0]) and all(w[:1].isupper() for w in named) and not is_place(name):
            return i, k  # "Tomás Herrera of Chile's Universidad de Concepción": a person, then the place of a body
        if 2 - bool(titled) <= len(named) <= 3 and not is_place(name) and all(w[:1].isupper() for w in named) and (
                english_name_shape(name) or org_head(of) is not None or acronym(of)):
            return i, k  # "Sam Altman of OpenAI", "Yuko Tanaka of the University of Tokyo"
        if len(named) == 1 and not titled and k == i + 1 and _patronymic(name) and not is_place(name) \
                and known_organization(name) is None and _organization_of(of) \
                and _PLURAL_VERB_AFTER.match(text, tokens[j - 1].end) is None:  # "Marks of … were": a plural noun
            return i, k  # "Collins of Morgan Stanley": a family name of descent, then the body the person is of
        return None
    return None


def _title_inside(text: str, tokens: list[Token], i: int, j: int) -> int | None:
    """The index of a title inside a capitalized run, after a name that is not itself a title ("Hanwha Ocean |
    CEO Kim Jae-min", "SK | Chairman Chey Tae-won"), when a name follows the title; else ``None``."""
    if j - i > 12 or title_prefix(text[tokens[i].start:tokens[j - 1].end]):
        return None  # a title-case line of many words is a headline, searched for names by _link_or_split
    for k in range(i + 1, j - 1):
        rest = text[tokens[k].start:tokens[j - 1].end]
        found = title_prefix(rest)
        if found and found.end() < len(rest) and rest[found.end():].split()[0] not in CONNECTORS:
            return k
    return None


def _place_before_for(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a capitalized run ends that is a place and then "for" another name ("Harbin for the Asian Winter Games":
    the place, then what it is for); ``j`` if the run is not that ("Korea Foundation for Advanced Studies")."""
    for k in range(i + 1, j - 1):
        if tokens[k].form == "for" and is_place(text[tokens[i].start:tokens[k - 1].end]):
            return k
    return j


_POSSESSIVE_OWNERS = frozenset("People Women Men Children".split())
"""Plural nouns whose possessive in 's is inside names of bodies, events and places ("People's Committee", "Women's
University", "Children's Hospital"); other plurals take a bare apostrophe ("Growers' Cooperative")."""
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_POSSESSIVE_CUPS = frozenset({"Cup"})
"""The word of a trophy after a possessive in 's inside an event's name ("the America's Cup", "the King's Cup":
mentions55, cut to a place "America" before); :func:`_kept_inner_parts` keeps the run only when it names an
event."""
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _cup_after_the(tokens: list[Token], j: int) -> bool:
    """Whether the possessive ``tokens[j]`` stands inside a trophy's name: one word, its 's and Cup after "the" or "the"
    and an ordinal ("the 38th America's Cup", "the King's Cup"): the article is the cup's, so the owner is part of its
    name. Without it the owner owns the cup ("Britain's Cup final": a country, then a common use of the word)."""
    k = j - 2 - (j >= 3 and _ORDINAL.fullmatch(tokens[j - 2].form) is not None)
    return j + 1 < len(tokens) and tokens[j + 1].form in _POSSESSIVE_CUPS and k >= 0 and tokens[k].form.lower() == "the"


_OFFICERS = frozenset("Sheriff Coroner Marshal Examiner Clerk Treasurer Auditor Assessor Comptroller Controller "
                      "Recorder Registrar Inspector".split())
"""Officers of a county or a state whose office is named for them ("Sheriff's Department", "Medical Examiner's
Office") beside the titles :func:`~bilingual.names.titles.title_prefix` reads ("Attorney's Office", "Governor's
Office")."""
_OFFICES = frozenset({"Office", "Department", "Bureau"})
"""The heads of a body named for its officer, right after the officer's possessive."""


def _officers_office(tokens: list[Token], j: int) -> bool:
    """Whether the possessive ``tokens[j]`` stands inside a body named for its officer: a title's word, its 's and
    Office, Department or Bureau ("the Pierce County Sheriff's Department", "the Maricopa County Attorney's Office":
    mentions72; the run was cut before 's and the body left unfound). Not another owner ("Samsung's Office", a
    country's or a person's possessive owns the noun after it)."""
    before = tokens[j - 1].form
    return j + 1 < len(tokens) and tokens[j + 1].form in _OFFICES \
        and (before in _OFFICERS or title_prefix(before + " x") is not None)


_COMPANY_ABBREVIATIONS = frozenset(w[:-1] for w in ENGLISH_ORG_HEADS | ENGLISH_COMPANY_ENDS if w.endswith("."))
"""Abbreviations of a company's kind written with a full stop (Bros., Co., Corp., Inc., Ltd.), which may stand inside
its name ("Warner Bros. Pictures", "Hyundai Motor Co. Ltd": mentions47)."""


def _inner_part(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` may be inside a capitalized run although it is no capitalized word, glued to the word
    before it and with a capitalized word after it: the possessive of a plural common noun ("Growers'", "People's"), a
    number after a short capital ("O2", "K3") or the full stop of a company's abbreviation, one space before the next
    word ("Bros. Pictures"). :func:`_kept_inner_parts` keeps it only in a name that ends with a head."""
    if j + 1 >= len(tokens) or tokens[j - 1].end != tokens[j].start or not _capitalized(tokens[j + 1]):
        return False
    token, before = tokens[j], tokens[j - 1].form
    if token.form == ".":  # "Warner Bros. Pictures", "Samsung Electronics Co. Ltd": a company's abbreviation
        return before in _COMPANY_ABBREVIATIONS and tokens[j + 1].start == token.end + 1
    if token.form in _POSSESSIVES:
        return (token.form in ("'s", "’s") and (before in _POSSESSIVE_OWNERS or _cup_after_the(tokens, j)
                                                 or _officers_office(tokens, j))) \
            or (token.form in ("'", "’") and len(before) > 3 and before.endswith("s") and before[:1].isupper()
                and not before.isupper())
    return token.tag == "number" and before.isupper() and len(before) <= 3 and _capitalized(tokens[j - 1])


_NOTHING_OWNED_AFTER = re.compile(r"\s*(?:[,;.)]|$)|\s+(?:and|or)\s+[A-Z][\w-]*(?![\w'’-])(?!\s+[a-z])")
"""What follows a possessive that owns nothing: punctuation or the end, or "and"/"or" and a capitalized word that has
no possessive and no lowercase word after it ("from Sainsbury's and Asda.", not "Tesco's and Asda's sales")."""


def _firm_in_the_possessive(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a one-word name ends that is written in the possessive and owns nothing after it ("market share from
    Sainsbury's and Asda", "queues outside Macy's."): a shop or a firm named for its founder, its 's part of its name
    (mentions53: the name was cut before 's and typed a place by "from"); two founders' names joined by & too ("Ben &
    Jerry's", "from Marks & Spencer's": mentions55, cut to "Ben & Jerry" before); ``j`` when the 's owns a word after
    it ("Britain's biggest"), or the word is a place or a country ("Korea's and Japan's" owns the noun after them)."""
    partners = j == i + 3 and tokens[i + 1].form == "&"  # "Ben & Jerry's" (mentions55): two founders' names
    if (j != i + 1 and not partners) or j >= len(tokens) or tokens[j].form not in ("'s", "’s") \
            or tokens[j].start != tokens[j - 1].end or not tokens[j - 1].form.isalpha() or tokens[j - 1].form.isupper():
        return j
    if not _NOTHING_OWNED_AFTER.match(text, tokens[j].end) or is_place(tokens[j - 1].form):
        return j
    return j + 1


def _kept_inner_parts(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a run with a possessive or a glued number inside it (:func:`_inner_part`) ends: at its end when the
    whole names an organization by its head, a place by its last word or an event ("the Boseong Tea Farmers'
    Cooperative", "the Da Nang City People's Committee", "O2 Arena"), else before the first such part, as before
    (the name ends there, "Samsung's Galaxy" is two). A company's abbreviation and its full stop inside the run
    ("Warner Bros. Pictures", "Lehman Bros. Holdings") are kept when it ends with an organization's head or a
    company's last word, else the name ends before the full stop ("Apple Inc | . Samsung also …": mentions47)."""
    inner = next((k for k in range(i + 1, j) if tokens[k].form in _POSSESSIVES or tokens[k].tag == "number"
                  or (tokens[k].form == "." and tokens[k - 1].form in _COMPANY_ABBREVIATIONS)), None)
    if inner is None:
        return j
    run = text[tokens[i].start:tokens[j - 1].end]
    if tokens[inner].form == ".":
        return j if org_head(run) is not None or tokens[j - 1].form in ENGLISH_COMPANY_ENDS else inner
    if org_head(run) is not None or is_place(run) or event_name(run):
        return j
    return inner


_GLUED_NUMBER = re.compile(r"\d{1,4}(?![\w.,-]*\w)")
"""A number of up to four digits ending a word (the 1 of "Nex1"), not followed by more of the word ("1.5", "1,000",
"1-2")."""


def _glued_number_end(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Where a capitalized run ends whose last word mixes letters and digits, the tokenizer having cut it before its
    number ("LIG Nex1", "Qwen2": mentions45): after the number glued to its last word when that word has a small
    letter, or is in capitals after other capitalized words only ("Kia EV4", "Galaxy S24": mentions46; a code alone,
    SU7, T1, is read as a model's or a team's by the candidates' pass); else ``j``."""
    if j >= len(tokens) or tokens[j].tag != "number" or tokens[j].start != tokens[j - 1].end:
        return j
    word = tokens[j - 1].form
    if not word[:1].isupper() or not word.isalpha():
        return j
    while i < j - 1 and tokens[i].form in _LEADING_NOISE:
        i += 1  # "The K9": no maker before the code
    i = _after_group_noun(text, tokens, i, j)  # "Sales of the Kia EV3": the maker's words after "of the"
    if word.isupper() and (j - 1 == i or not all(t.form[:1].isupper() for t in tokens[i:j])):
        return j  # a code in capitals is taken in only after its maker's words, all capitalized ("Kia EV4": mentions46)
    number = _GLUED_NUMBER.match(text, tokens[j].start)
    return j + 1 if number is not None and number.end() == tokens[j].end else j


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
    if j - i == 2 and k - j >= 3 and tokens[k - 1].form in ENGLISH_ORG_HEADS and is_place(tokens[i].form) \
            and _field_word(tokens[j - 1].form) and _field_word(tokens[j + 1].form):
        return k  # "Daegu Fire and Safety Headquarters": a city's body of two fields, not "Daegu Fire" and a body
    return j


def _field_word(word: str) -> bool:
    """A capitalized word that names a field of a body's work rather than a name of its own ("Fire", "Safety",
    "Health"): no head, place word, place, organization or acronym of the lists."""
    return word[:1].isupper() and word[1:].islower() and word not in ENGLISH_ORG_HEADS \
        and word not in ENGLISH_PLACE_WORDS and not is_place(word) and known_organization(word) is None \
        and group_company(word) is None and not given_name(word)


class _SpanSignatures:
    """The :func:`~bilingual.names.keys.letter_signature` of the text of a run of a sentence's tokens: ``None``
    unless the tokens are ASCII and each follows the one before with nothing or one space between (the only runs
    :func:`english_candidates` can take as a name, see :func:`_contiguous`). Computed for the runs that start
    where a name may start, when asked (a sentence's other tokens are never read): the running sums from that token,
    as far as the longest run asked for."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens

    def from_token(self, i: int, n: int) -> list[int | None]:
        """``[k]``: the signature of the text from token ``i`` to token ``i + k`` (``k < n``), or ``None``. Once a
        run is broken (a gap of more than one space, or a token without a signature) every longer one is ``None``
        too: the sums stop there and the rest is filled (perf65: one pass over the tokens, no index arithmetic)."""
        text = self.text
        sums: list[int | None] = []
        append = sums.append
        total = 0
        end = -1
        for token in self.tokens[i:i + n]:
            start = token.start
            if end >= 0 and start != end and not (start == end + 1 and text[end] == " "):
                break  # not one run of text: nor is any longer one
            end = token.end
            piece = text[start:end]
            signature = _SIGNATURES.get(piece)
            if signature is None:
                signature = letter_signature(piece)
                if signature is None:
                    break
                if len(_SIGNATURES) < _MAX_SIGNATURES:
                    _SIGNATURES[piece] = signature
            total = (total + signature) & _MASK
            append(total)
        if len(sums) < n:
            sums += [None] * (n - len(sums))
        return sums


_SIGNATURES: dict[str, int] = {}
"""Signatures of token texts seen (a memo: a text's signature never changes)."""
_MAX_SIGNATURES = 200_000
_MASK = (1 << 64) - 1


_NAME_TAGS = ("word", "abbrev")


def _capitalized(token: Token) -> bool:
    return token.tag in _NAME_TAGS and token.form[:1].isupper()


def _contiguous(text: str, tokens: list[Token]) -> bool:
    return all(text[a.end:b.start] in ("", " ") for a, b in itertools.pairwise(tokens))


def _with_title(text: str, tokens: list[Token], i: int, j: int, lang: str, shouting: bool = False) -> NameSpan | None:
    start, end = tokens[i].start, tokens[j - 1].end
    whole = title_prefix(text[start:end] + " ")
    if whole and whole.end() == end - start + 1 and j - i >= 2:  # "The Chief Executive said": a title, no name
        return None
    found = title_prefix(text[start:end])
    if found and found.end() < end - start:
        rest = text[start + found.end():end]
        if rest.split()[0] in CONNECTORS:  # "Chief of National Security": a title, no name
            return None
        if org_head(text[start:end]) is not None or rest.split()[-1] in NOT_FAMILY_NAMES:
            # "Justice Department", "Senator Hotel": a name that begins with a title's word, not a titled person
            return _english_context(text, NameSpan(start, end, lang), shouting)
        return _english_context(text, NameSpan(start + found.end(), end, lang, title=found.group().strip()), shouting)
    return _english_context(text, NameSpan(start, end, lang), shouting)


_PLACE_SUFFIX = re.compile("(?<=[a-z])(?:" + "|".join(PLACE_SUFFIXES) + ")$")
_PLACE_SUFFIX_ENDS = frozenset(suffix[-1] for suffix in PLACE_SUFFIXES)  # the cheap test before the search
_PERIOD_SUFFIX = re.compile(r"(?<=[a-z])-(?:era|dynasty|period)$")
"""A period's word glued by a hyphen to a state's name ("Joseon-era paintings", "Joseon-dynasty moon jars"): the
state, a place as in the gold files, then the adjective; only after a historical state (:func:`historic_state`), as
"Trump-era tariffs" and "Cold War-era" name no state."""


def _english_context(text: str, c: NameSpan, shouting: bool) -> NameSpan:
    """The evidence around an English name: a preposition of place before it, an officer or shares after it, an
    apposition saying who it is (for a name of two or three words that is no place nor an organization by its head:
    also an age after it, "…, 23," or a world ranking before it, "world No. 3 …", unless its last word names a
    thing: Hotel, Arena …), a sentence in capitals."""
    if text[c.end - 1:c.end] in _PLACE_SUFFIX_ENDS and (suffix := _PLACE_SUFFIX.search(text, c.start, c.end)):
        c.end = suffix.start()  # "Seoul-based", "Busan-born": the place, then what is based or born there
    elif text[c.end - 1:c.end] in "ayd" and (period := _PERIOD_SUFFIX.search(text, c.start, c.end)) \
            and historic_state(text[c.start:period.start()]):
        c.end = period.start()  # "Joseon-era", "Joseon-dynasty": the state (mentions66)
    name = text[c.start:c.end]
    words = name.split()
    before = text[max(0, c.start - 20):c.start]  # long enough for "according to " (no preposition of place)
    after = text[c.end:c.end + 120]
    # each test a function of the text alone: the words around the name are tested before the lists (most names
    # have no such words), the same answers in a cheaper order (perf55)
    c.locative = (1 <= len(words) <= 3 or (len(words) <= 5 and named_grounds(name))) \
        and not any(w in ENGLISH_NOT_PLACES for w in words) and c.title is None \
        and ((before.rstrip().endswith(_LOCATIVE_ENDS) and bool(_LOCATIVE_BEFORE.search(before)))
             or (named_plant(name) and bool(_PLANT_LOCATIVE.search(before)))
             or (before.endswith(("on ", "on the ")) and bool(_ON_A_WATER_OR_A_PEAK.search(before)))
             or (after[:1] == "," and (country := _COUNTRY_AFTER.match(after)) is not None
                 and is_country(country.group("country")) and not is_country(name))) \
        and not (len(words) == 1 and demonym(name))  # "in the southern Israeli town": a people's adjective
    if not c.locative and words and words[-1] in ENGLISH_KEEPER_ENDS and _VISITED_BEFORE.search(before):
        c.locative = True  # "visited the Monterey Bay Aquarium": the grounds one visits, a place (mentions53)
    c.org_context = c.org_context or bool(ORG_CONTEXT_AFTER.match(after)) \
        or (len(words) == 1 and before.endswith("the ") and bool(_CHAIR_AFTER.match(after)))
    c.person_context = bool(_PERSON_CONTEXT_AFTER.match(after)) or (
        2 <= len(words) <= 3 and bool(_AGE_AFTER.match(after) or _RANK_BEFORE.search(before))
        and all(w[:1].isupper() for w in words) and not is_place(name)
        and org_head(name) is None and words[-1] not in NOT_FAMILY_NAMES)
    c.shouting = shouting
    return c


def _shouting(tokens: list[Token]) -> bool:
    """A sentence written in capitals (a headline): its all-capital words are no acronyms, nor its titles titles."""
    words = [t.form for t in tokens if t.tag == "word" and len(t.form) > 1]
    return len(words) >= 3 and sum(map(str.isupper, words)) * 2 > len(words)


