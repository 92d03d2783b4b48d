"""The knowledge base as a glossary: an organization or place the source names, rendered in the translation
without any of the KB entity's names in the translation's language (``terminology``).

The source's mentions (:mod:`bilingual.entities.mentions`, linked to the KB) say which entity is meant; the
entity's names and aliases in the target's script are the glossary's renderings (Latin letters for an English
translation, Hangul for a Korean one). A rendering counts as present when the translation's own mentions link
to the same entity, or when one of those names is written in the translation: in English with case ignored
(an all-capital acronym such as ``MOFA`` or ``US`` only as written), as a whole word or as an adjective
(``Korean``, ``Chinese``, ``Turkish``; :data:`ADJECTIVE_ENDINGS`, :data:`OTHER_FORMS`), or by the initials
of a name of two capitalized words or more as written (``NY``, ``N.Y.``); in Korean with spaces ignored
(``미국 국무부`` in ``미국국무부``). An entity with no name in the target's script is not checked (an abstention,
not a finding), nor is a mention written in another form than the entity's names (a short or fuzzy form
the linker resolved: the glossary's terms are its names). Countries are not checked: news English names a
country by its adjective, its capital or "the country" as often as by its name (``미국 정부`` is "Washington",
``북한`` "the North"), an abstention the evaluation measured (docs/review.md). An organization followed by a
title (``외교부 장관``, :data:`TITLE_AFTER`) may be rendered as one title with a distinctive word of its name
("Foreign Minister"), and a place that is the first word of a longer name the translation renders whole
(``뉴욕 타임스`` as "the Times": :func:`in_longer_name`) need not be named, unless the translation names
another KB place or organization instead. One finding per entity, at its first mention.

>>> from bilingual.document import Mention
>>> from bilingual.entities.kb import KnowledgeBase
>>> kb = KnowledgeBase.from_records([{"id": "mofa", "type": "org", "name": "Ministry of Foreign Affairs",
...                                   "name_ko": "외교부", "aliases": ["MOFA"]}])
>>> m = Mention(start=0, end=3, text="외교부", type="org", lang="ko", entity_id="mofa", score=1.0, method="exact",
...             reasons=())
>>> [f.message for f in check_terminology(0, "외교부는 밝혔다.", (m,), "The foreign office said.", (), "en", kb)]
["'외교부' (Ministry of Foreign Affairs) is not rendered by its glossary name: 'Ministry of Foreign Affairs' or 'MOFA'"]
>>> check_terminology(0, "외교부는 밝혔다.", (m,), "MOFA said.", (), "en", kb)
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilingual.document import SEVERITY, Finding, Lang, Mention
from bilingual.entities.gazetteer import is_country
from bilingual.entities.kb import Entity, KnowledgeBase
from bilingual.names.hangul import has_syllable
from bilingual.names.keys import strip_particle
from bilingual.names.transcription import transcription_key

GLOSSARY_TYPES = frozenset({"org", "place"})
"""The entity types checked: a person's name has its own checks (``name-*``)."""
ADJECTIVE_ENDINGS = ("n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "ish")
"""Endings an English place name takes as an adjective or demonym, after the name (Korea-n, Iraq-i) or after
the name without its last vowel or y (Chin-ese, Turk-ish, Ital-ian)."""
TITLE_AFTER = re.compile(r"\s?(?:장관|차관보|차관|부장관|대변인|대사|청장|차장|국장|원장|총장|의장|위원장)")
"""A title after an organization's Korean name (외교부 장관, 국무부 차관): the translation renders the two as one
title (Foreign Minister, Secretary of State), which carries a distinctive word of the name, not the name."""
GENERIC_WORDS = frozenset({"ministry", "department", "office", "agency", "service", "council", "group",
                           "organization", "national", "of", "the", "for", "and", "on", "u.s.", "us", "un",
                           "united", "south", "korean", "korea", "nations"})
"""Words of a name too common to show, alone, that a title renders it."""
_GLOSS = re.compile(r" *\((?P<gloss>[A-Za-z][A-Za-z .,'&-]*)\)")
OTHER_FORMS = {"United States": ("America", "American", "Americans")}
"""English forms of a name that its endings do not make, accepted as renderings of it."""
_LATIN = re.compile(r"[A-Za-z]")
_CAPITALIZED_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+")
_NEXT_WORD = re.compile(r" ([가-힣]+)")


def glossary_names(entity: Entity, lang: Lang) -> tuple[str, ...]:
    """The entity's names in ``lang``'s script: Latin-lettered ones for English, Hangul ones for Korean."""
    if lang == "ko":
        return tuple(n for n in entity.all_names() if has_syllable(n))
    return tuple(n for n in entity.all_names() if not has_syllable(n) and _LATIN.search(n))


def in_glossary(mention: Mention, entity: Entity) -> bool:
    """Whether the mention is written as one of the entity's names (spaces and case aside): a glossary term.
    A mention linked from another form (a short or fuzzy form) is not a term whose rendering can be checked."""
    key = _fold(mention.text)
    return any(_fold(n) == key for n in entity.all_names())


def _fold(text: str) -> str:
    return "".join(text.split()).casefold()


def rendered(name: str, text: str, lang: Lang) -> re.Match[str] | None:
    """Where ``name`` is written in ``text`` (see the module's rules), or None."""
    if lang == "ko":
        pattern = r"\s*".join(re.escape(c) for c in name.replace(" ", ""))
        return re.search(pattern, text)
    words = name.split()
    if name.isupper() and len(words) == 1:  # an acronym: only as written
        return re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text)
    head = r"\s+".join(re.escape(w) for w in words[:-1])
    last = words[-1]
    stem = last.rstrip("aeiouyAEIOUY")
    endings = "|".join(ADJECTIVE_ENDINGS)
    forms = rf"{re.escape(last)}(?:{endings})?" + (rf"|{re.escape(stem)}(?:{endings})" if len(stem) >= 3 else "")
    pattern = (head + r"\s+" if head else "") + f"(?:{forms})"
    pattern = "|".join([f"(?:{pattern})", *(re.escape(f) for f in OTHER_FORMS.get(name, ()))])
    found = re.search(rf"(?<![A-Za-z0-9])(?:{pattern})(?![A-Za-z0-9])", text, re.IGNORECASE)
    capitals = [w[0] for w in words if w[0].isupper()]
    if found is None and len(words) >= 2 and len(capitals) >= 2:  # its initials, as written: NY, N.Y.
        initials = r"\.?".join(capitals) + r"\.?"
        found = re.search(rf"(?<![A-Za-z0-9.]){initials}(?![A-Za-z0-9])", text)
    return found


def _title_form(names: Sequence[str], target: str) -> bool:
    """Whether the translation holds a distinctive word of one of the names (Foreign, State, Intelligence)."""
    words = {w.casefold() for n in names for w in n.split()} - GENERIC_WORDS
    return any(re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", target, re.IGNORECASE) for w in words)


def in_longer_name(source: str, end: int, target: str) -> bool:
    """Whether the place whose name ends at ``end`` is the first word of a longer name that the translation
    renders whole (the place's own name may then be left out: 뉴욕 타임스 is "the Times", 뉴욕 제츠 "the Jets").
    The longer name is the Hangul words after the place, each after one space, up to the first that carries a
    particle (타임스는, 제츠가) and at most three; it is rendered when the word right after the place sounds like
    a capitalized word of the translation (a transcribed name: 타임스 ~ Times, 제츠 ~ Jets), or when the source
    glosses the words in Latin letters in brackets and the translation writes the gloss or one of its
    comma-separated parts (대중교통 당국(Metropolitan Transit Authority, MTA)). A place followed by a common
    noun (서울 시내, downtown Seoul) begins no longer name: the noun is not capitalized in the translation."""
    words: list[re.Match[str]] = []
    position = end
    while len(words) < 3 and (word := _NEXT_WORD.match(source, position)) is not None:
        words.append(word)
        position = word.end()
        if _has_particle(word.group(1)):
            break
    if not words:
        return False
    for word in words:
        gloss = _GLOSS.match(source, word.end())
        if gloss is not None and any(_written(part.strip(), target) for part in gloss.group("gloss").split(",")):
            return True
    first = words[0].group(1)
    key = transcription_key(strip_particle(first) if _has_particle(first) else first)
    return bool(key) and key in {transcription_key(w) for w in _CAPITALIZED_WORD.findall(target)}


def _written(gloss: str, target: str) -> bool:
    """Whether one part of a gloss (of three letters or more) is written in the translation, as whole words;
    an acronym only as written (MTA)."""
    if len(gloss) < 3:
        return False
    flags = 0 if gloss.isupper() else re.IGNORECASE
    return re.search(rf"(?<![A-Za-z]){re.escape(gloss)}(?![A-Za-z])", target, flags) is not None


def _has_particle(word: str) -> bool:
    """Whether a Hangul word ends in a particle, leaving a word of two syllables or more (항만 is a word, not
    항 and 만)."""
    stem = strip_particle(word)
    return stem != word and len(stem) >= 2


def _another_entity_named(entity: Entity, source_mentions: Sequence[Mention], target_mentions: Sequence[Mention],
                          kb: KnowledgeBase) -> bool:
    """Whether the translation names a KB place or organization the source does not name — a mention linked to
    one, or an unlinked place or organization whose first words are a KB name other than ``entity``'s ("The
    Ukraine Times"): then it puts another place or organization where the source has this one, rather than
    leaving a place out of a longer name."""
    named = {m.entity_id for m in source_mentions}
    own = {_fold(n) for n in entity.all_names()}
    for t in target_mentions:
        if t.entity_id is not None:
            other = kb.get(t.entity_id) if t.entity_id not in named else None
            if other is not None and other.type in GLOSSARY_TYPES:
                return True
        elif t.type in GLOSSARY_TYPES:
            words = t.text.split()
            heads = (" ".join(words[:k]) for k in range(1, len(words)))
            if any(kb.has_name(head) and _fold(head) not in own for head in heads):
                return True
    return False


def check_terminology(index: int, source: str, source_mentions: Sequence[Mention], target: str,
                      target_mentions: Sequence[Mention], target_lang: Lang, kb: KnowledgeBase) -> list[Finding]:
    """A ``terminology`` warning for each KB organization or place of the source that the translation
    renders without any of its glossary names."""
    findings: list[Finding] = []
    seen: set[str] = set()
    linked = {t.entity_id for t in target_mentions if t.entity_id is not None}
    for m in source_mentions:
        entity = kb.get(m.entity_id) if m.entity_id is not None else None
        if entity is None or entity.type not in GLOSSARY_TYPES or entity.id in seen or not in_glossary(m, entity) \
                or (entity.type == "place" and is_country(entity.name)):
            continue
        seen.add(entity.id)
        names = glossary_names(entity, target_lang)
        if not names or entity.id in linked or any(rendered(n, target, target_lang) for n in names):
            continue
        if entity.type == "org" and TITLE_AFTER.match(source, m.end) and _title_form(names, target):
            continue
        if entity.type == "place" and target_lang == "en" and in_longer_name(source, m.end, target) \
                and not _another_entity_named(entity, source_mentions, target_mentions, kb):
            continue
        listed = " or ".join(repr(n) for n in names[:4]) + (" …" if len(names) > 4 else "")
        findings.append(Finding(
            code="terminology", severity=SEVERITY["terminology"], pair=index,
            message=f"{m.text!r} ({entity.name}) is not rendered by its glossary name: {listed}",
            source_span=(m.start, m.end), entities=(entity.id,), values=(source[m.start:m.end], *names)))
    return findings
