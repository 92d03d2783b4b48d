"""Knowledge base of canonical entities, and linking a name in any spelling or script to one of them.

>>> kb = KnowledgeBase.default()
>>> [kb.link(name).entity_id for name in ("Cho Tae Yul", "조태열", "Jo Tae-yeol", "Cho Tae-yong", "토니 블링컨")]
['cho-tae-yul', 'cho-tae-yul', 'cho-tae-yul', 'cho-tae-yong', 'antony-blinken']
>>> link = kb.link("Cho")  # two people fit equally: abstain, and say who
>>> link.entity_id, [c.entity_id for c in link.candidates]
(None, ['cho-tae-yong', 'cho-tae-yul'])

Tiers, tried in order; the first that finds candidates decides (a weaker tier never overrides an
ambiguity found by a stronger one): ``exact`` alias (case-insensitive) → ``normalized`` key (hyphens,
spacing, diacritics, name order) → ``romanization`` (Hangul ⇄ Latin through :func:`parse_name` and
:func:`name_variants`) → ``partial`` (a family name alone: "Blinken", "Cho") → ``transcription`` (foreign
names in Hangul: 블링컨 ~ Blinken) → ``fuzzy`` residue. Titles (Secretary, Minister, 장관 …) and
Korean particles (블링컨과, 조 장관은) are stripped first. :func:`accept` is the one acceptance rule.
"""

from __future__ import annotations

import difflib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bilingual.document import LinkMethod
from bilingual.errors import InputError, KBError
from bilingual.files import read_text
from bilingual.names.hangul import has_syllable
from bilingual.names.keys import exact_key, korean_person_name, korean_surname, normal_key
from bilingual.names.romanized import name_variants, parse_name, romanize_name, spelling_key, surname_index, tables
from bilingual.names.titles import strip_titles
from bilingual.names.transcription import transcription_key, transcription_score

EntityType = Literal["person", "org", "place", "other"]
MIN_ACCEPT = 0.6  # below this the best candidate is not linked
MARGIN = 0.05  # a second candidate this close to the best means: abstain


class Entity(BaseModel):
    """A canonical entity: ``name`` is the house style reviewers should see, ``name_ko`` the Hangul one."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str = Field(min_length=1, pattern=r"^\S+$")
    type: EntityType
    name: str = Field(min_length=1)
    name_ko: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")

    def all_names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.name_ko, *self.aliases) if n and n.strip())


class Candidate(BaseModel):
    """An entity a name may refer to, as one linking tier found it, and why."""

    model_config = ConfigDict(frozen=True)
    entity_id: str
    score: float
    method: LinkMethod
    reason: str = ""


class Link(BaseModel):
    """The entity a name refers to, or ``entity_id=None`` (an abstention) with the candidates that fit."""

    model_config = ConfigDict(frozen=True)
    entity_id: str | None
    score: float
    method: LinkMethod
    reasons: tuple[str, ...]
    candidates: tuple[Candidate, ...] = ()


class KnowledgeBase:
    """Canonical entities with indexes for every linking tier. Build with :meth:`load`,
    :meth:`from_records` or :meth:`default`."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._build(_unique((e, f"entity {i}") for i, e in enumerate(entities, 1)))

    def _build(self, entities: list[Entity]) -> None:
        self._entities: dict[str, Entity] = {}
        self._tokenizer_names: frozenset[str] | None = None
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._normal: dict[str, set[str]] = defaultdict(set)
        self._hangul_person: dict[str, set[str]] = defaultdict(set)  # Korean names in Hangul, spaces removed
        self._family: dict[str, set[str]] = defaultdict(set)  # family names alone
        self._transcription: dict[str, set[str]] = defaultdict(set)  # transcription keys of whole names and last words
        self._by_prefix: dict[str, list[str]] = defaultdict(list)  # normalized keys by their first two letters
        for entity in entities:
            self._entities[entity.id] = entity
            self._index(entity)

    def _index(self, entity: Entity) -> None:
        for name in entity.all_names():
            self._exact[exact_key(name)].add(entity.id)
            key = normal_key(name)
            if key:
                if key not in self._normal:
                    self._by_prefix[key[:2]].append(key)
                self._normal[key].add(entity.id)
            if entity.type != "person":
                continue
            words = name.split()
            surname = korean_surname(name)
            if surname is not None:
                self._hangul_person[name.strip()].add(entity.id)
                self._family[surname].add(entity.id)
                continue
            first = words[0].lower() if words[0].isascii() else spelling_key(words[0])
            korean_order = len(words) > 1 and len(words) <= 3 and not has_syllable(name) and first in surname_index()
            if len(words) > 1:
                family = words[0] if korean_order else words[-1]  # Cho Tae-yul, Antony Blinken
                self._family[exact_key(family)].add(entity.id)
            if korean_order:
                continue  # a romanized Korean name: the romanization tier reads it, not the transcription tier
            for part in {name, words[-1]}:
                tkey = transcription_key(part)
                if len(tkey) >= 2:
                    self._transcription[tkey].add(entity.id)

    # -- construction ------------------------------------------------------------------------------------
    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]], *, source: str = "record") -> KnowledgeBase:
        """A KB from dicts; an error names ``source`` and the record's number (or line, for a file's name)."""
        where = "{} {}" if source == "record" else "{}, line {}"
        return cls._from_located((_validate(record, where.format(source, n)), where.format(source, n))
                                 for n, record in enumerate(records, 1))

    @classmethod
    def _from_located(cls, entities: Iterable[tuple[Entity, str]]) -> KnowledgeBase:
        kb = cls.__new__(cls)
        kb._build(_unique(entities))
        return kb

    @classmethod
    def load(cls, path: str | Path) -> KnowledgeBase:
        """A KB from a JSON Lines file, one entity per line (blank lines are skipped)."""
        try:
            text = read_text(path)
        except InputError as exc:
            raise KBError(str(exc), code=exc.code) from None
        return cls._from_located(_entities_from_lines(text, str(path)))

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The bundled KB: the people, organizations and places of the seed pages (``bilingual/data/kb.jsonl``)."""
        return _default_kb()

    # -- access -------------------------------------------------------------------------------------------
    def get(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def has_name(self, text: str) -> bool:
        """Whether ``text`` is a name or alias of some entity (exactly, or once case and hyphens are folded)."""
        return exact_key(text) in self._exact or normal_key(text) in self._normal

    def hangul_names(self) -> list[str]:
        """The Hangul names of the entities (two letters or more)."""
        return sorted({n for e in self for n in e.all_names() if has_syllable(n) and len(n) >= 2})

    def tokenizer_names(self) -> frozenset[str]:
        """The Hangul names the Korean tokenizer takes as proper nouns: those without a space (토니 블링컨 is
        left to Kiwi's own multi-word dictionary). Computed once per KB."""
        if self._tokenizer_names is None:
            self._tokenizer_names = frozenset(n for n in self.hangul_names() if " " not in n)
        return self._tokenizer_names

    # -- linking ------------------------------------------------------------------------------------------
    def link(self, text: str) -> Link | None:
        """The entity ``text`` names; an abstention (``entity_id=None``, with candidates); ``None`` if nothing fits."""
        if not isinstance(text, str):
            raise TypeError(f"link() needs str, not {type(text).__name__}")
        name = strip_titles(" ".join(text.split()))
        if not name or len(name) > 200:
            return None
        for tier in (self._tier_exact, self._tier_normal, self._tier_romanization, self._tier_partial,
                     self._tier_transcription, self._tier_fuzzy):
            found = tier(name)
            if found:
                return accept(found)
        return None

    def _tier_exact(self, name: str) -> dict[str, Candidate]:
        return {i: Candidate(entity_id=i, score=1.0, method="exact", reason=f"alias {name!r}")
                for i in self._exact.get(exact_key(name), ())}

    def _tier_normal(self, name: str) -> dict[str, Candidate]:
        key = normal_key(name)
        why = f"same name once case, hyphens, spacing and order are folded: {key}"
        return {i: Candidate(entity_id=i, score=0.95, method="normalized", reason=why)
                for i in self._normal.get(key, ())} if key else {}

    def _tier_romanization(self, name: str) -> dict[str, Candidate]:
        found: dict[str, Candidate] = {}
        if has_syllable(name):
            compact = name.replace(" ", "")
            if not korean_person_name(compact):
                return found
            for variant in name_variants(compact, limit=48):  # Hangul query, Latin names in the KB
                for i in self._normal.get(normal_key(variant), ()):
                    found.setdefault(i, Candidate(entity_id=i, score=0.9, method="romanization",
                                                  reason=f"{compact} is spelled {variant!r}"))
            return found
        # Latin query: read it back to Hangul, and look for each reading in the KB — by its Hangul name, or,
        # when the KB holds only Latin names, by the reading's RR and common spellings. The score says how
        # well the spelling fits that reading; the acceptance rule then compares the KB's candidates.
        readings = parse_name(name, limit=30, min_score=0.02)
        best = readings[0].score if readings else 1.0
        for rank, candidate in enumerate(readings):
            # how the reading compares with the spelling's best reading ("yong" is 용 before 영)
            score = round(0.9 * (candidate.score / best) ** 0.5, 4)
            ids = set(self._hangul_person.get(candidate.hangul, ()))
            how = f"{name!r} reads as {candidate.hangul}"
            if not ids:
                for style in ("rr", "common"):
                    form = romanize_name(candidate.hangul, style=style)
                    ids |= self._normal.get(normal_key(form), set())
                if not ids and rank < 3:
                    for variant in name_variants(candidate.hangul, limit=48):
                        ids |= self._normal.get(normal_key(variant), set())
                how += ", which the KB spells in Latin letters"
            for i in ids:
                if i not in found or score > found[i].score:
                    found[i] = Candidate(entity_id=i, score=score, method="romanization", reason=how)
        return found

    def _tier_transcription(self, name: str) -> dict[str, Candidate]:
        found: dict[str, Candidate] = {}
        ids = set(self._transcription.get(transcription_key(name), ()))
        ids |= self._transcription.get(transcription_key(name.split()[-1]), set())
        for i in ids:
            entity = self._entities[i]
            if not has_syllable(name) and any(not has_syllable(n) for n in entity.all_names()):
                continue  # a Latin name is compared with the entity's Latin names, not with how Korean writes them
            others = [n for n in entity.all_names() if has_syllable(n) != has_syllable(name)]
            best = max((transcription_score(name, n) for n in others), default=0.0)
            best = max([best] + [transcription_score(name.split()[-1], n.split()[-1]) * 0.9 for n in others])
            if best >= 0.75:
                found[i] = Candidate(entity_id=i, score=round(best * 0.95, 4), method="transcription",
                                     reason=f"{name!r} transcribes {entity.name!r}")
        return found

    def _tier_partial(self, name: str) -> dict[str, Candidate]:
        key = name if has_syllable(name) else exact_key(name)
        ids = self._family.get(key, ())
        if not ids:
            return {}
        # A Korean family name alone (박, Park, Kim) is shared by millions: it is only a candidate, linked
        # when the document names the person in full; a rarer family name alone (Blinken) is linked.
        korean = name in tables().surnames if has_syllable(name) else spelling_key(name) in surname_index()
        score, why = (0.5, "a Korean family name, shared by many") if korean else (0.7, "")
        return {i: Candidate(entity_id=i, score=score, method="partial",
                             reason=f"{name!r} is the family name of {self._entities[i].name}"
                             + (f" ({why})" if why else "")) for i in ids}

    def _tier_fuzzy(self, name: str) -> dict[str, Candidate]:
        key = normal_key(name)
        if len(key) < 5:
            return {}
        bucket = [k for k in self._by_prefix.get(key[:2], ()) if abs(len(k) - len(key)) <= 3]
        found: dict[str, Candidate] = {}
        for match in difflib.get_close_matches(key, bucket, n=3, cutoff=0.85):
            ratio = difflib.SequenceMatcher(None, key, match).ratio()
            for i in self._normal[match]:
                found[i] = Candidate(entity_id=i, score=round(0.75 * ratio, 4), method="fuzzy",
                                     reason=f"{key} is close to {match} ({ratio:.2f})")
        return found


def accept(found: dict[str, Candidate]) -> Link:
    """The one acceptance rule: link the best candidate if it is good enough and clearly ahead, else abstain."""
    ranked = sorted(found.values(), key=lambda c: (-c.score, c.entity_id))
    best = ranked[0]
    if best.score < MIN_ACCEPT:
        return Link(entity_id=None, score=best.score, method=best.method, candidates=tuple(ranked),
                    reasons=(best.reason, f"best score {best.score:.2f} is below {MIN_ACCEPT}"))
    if len(ranked) > 1 and ranked[1].score >= best.score - MARGIN:
        return Link(entity_id=None, score=best.score, method=best.method, candidates=tuple(ranked),
                    reasons=(best.reason, f"{len(ranked)} entities fit about equally; not guessing"))
    return Link(entity_id=best.entity_id, score=best.score, method=best.method, reasons=(best.reason,),
                candidates=tuple(ranked))


def _validate(record: Any, where: str) -> Entity:
    if not isinstance(record, dict):
        raise KBError(f"{where}: an entity must be a JSON object, not {type(record).__name__}")
    try:
        entity = Entity.model_validate(record)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "(record)"
        raise KBError(f"{where}: field {field!r}: {error['msg']}") from None
    if not any(n.strip() for n in entity.all_names()):
        raise KBError(f"{where}: field 'name': the entity has no usable name")
    return entity


def _entities_from_lines(text: str, source: str) -> Iterator[tuple[Entity, str]]:
    """The entities of a JSON Lines text, each with where it stands (blank lines skipped)."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}, line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KBError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        yield _validate(record, where), where


def _unique(entities: Iterable[tuple[Entity, str]]) -> list[Entity]:
    """The entities, each given with where it came from; a repeated id is an error naming both places."""
    first: dict[str, str] = {}
    out = []
    for entity, where in entities:
        if entity.id in first:
            raise KBError(f"{where}: field 'id': duplicate id {entity.id!r} (first at {first[entity.id]})")
        first[entity.id] = where
        out.append(entity)
    return out


@lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    text = resources.files("bilingual.data").joinpath("kb.jsonl").read_text(encoding="utf-8")
    return KnowledgeBase._from_located(_entities_from_lines(text, "bilingual/data/kb.jsonl"))
