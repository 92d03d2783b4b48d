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
Korean particles (블링컨과, 조 장관은) are stripped first. The keys of the similarity tier are made in
:mod:`~bilingual.entities.retrieval_keys`; :func:`~bilingual.entities.acceptance.accept` is the one acceptance rule.
"""

from __future__ import annotations

import heapq
import json
import re
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bilingual.document import LinkMethod
from bilingual.entities.acceptance import (
    MARGIN,
    MIN_ACCEPT,
    SECOND_LOOK_RIVAL,
    Candidate,
    Link,
    accept,
    kb_name_reading,
    second_look_fits,
    second_look_on_kb_reading,
    with_reading_shares,
)
from bilingual.entities.gazetteer import english_given_names
from bilingual.entities.retrieval_keys import (
    SEVERAL_WORDS as _SEVERAL_WORDS,
)
from bilingual.entities.retrieval_keys import (
    edited_keys,
    foreign_shaped,
    given_name_law_forms,
    korean_order,
    korean_shapes,
    retrieval_keys,
    romanization_keys,
    standard_keys,
    wider_keys,
    without_unit,
)
from bilingual.errors import InputError, KBError
from bilingual.files import read_text
from bilingual.memory import collector_paused
from bilingual.names import similarity as _similarity_module
from bilingual.names.bounds import latin_ceiling, may_reach, same_threshold
from bilingual.names.foreign_word import transcribed
from bilingual.names.geographic import KOREAN_GENERIC
from bilingual.names.hangul import has_syllable
from bilingual.names.keys import (
    PARTICLE,
    exact_key,
    korean_person_name,
    korean_surname,
    letter_signature,
    normal_key,
    variant_signatures_bound,
)
from bilingual.names.romanized import (
    READING_MIN_SCORE,
    name_variants,
    parse_name,
    romanize_name,
    spelling_key,
    surname_index,
    syllable_spelling,
    tables,
)
from bilingual.names.similarity import NameSimilarity, fold_latin, name_similarity, unwritten_syllables
from bilingual.names.titles import strip_titles

EntityType = Literal["person", "org", "place", "other"]
_exact_key: Callable[[str], str] = exact_key.__wrapped__
_normal_key: Callable[[str], str] = normal_key.__wrapped__
"""The keys of :meth:`KnowledgeBase._index`, not remembered: a KB's names are each indexed once, and 100k of them
only churned the caches the queries' keys are remembered in (kb59 branch)."""
SIMILARITY_WEIGHT = 0.9  # a fit by name similarity ranks below an exact or normalized name
MIN_CANDIDATE = 0.5  # a weaker fit is no candidate (it would hide the partial tier, or make a mention of noise)
FAMILY_NAME_DISCOUNT = 0.9  # "Blinken" fits "Antony Blinken" by its family name only
_NO_EVIDENCE = -1e9
MAX_SIMILAR = 100
"""The entities fetched by similarity keys that the similarity tier scores, most keys shared first (the Korean name's
shape first: :meth:`KnowledgeBase._shaped_first`); those reached through the query's Hangul readings, its spellings
or its romanization come besides. A cap independent of the KB's size, so that a link's time is too: at 100k
synthetic Korean people a Latin query's keys fetch about 3,600 entities, at 1k up to ~150. 200 before the kb54
branch: no query of ``evaluation/same_links.py`` or ``link_eval.py`` fetched more than 67 and 80 by its keys then, so
none is cut (and ``same_output.py``'s outputs are byte-identical), and the links of ``benchmarks/bench_kb.py``'s
queries are the same at 1k, 10k and 100k (it counts them). In a KB that dense, ``Link.candidates`` of the similarity
tier are the fits among the first 100 fetched, not every entity of the KB that fits; and of a Latin query, those
within ``MARGIN`` of the best and the others no ceiling put off (:meth:`KnowledgeBase._score_candidates`, kb58)."""
MAX_FETCHES = 4096
"""The fetches (a kind and a name) whose candidates a KB remembers (:meth:`KnowledgeBase._score_fetched`): the ids
fetched, at most :data:`MAX_SIMILAR` and the readings' few, and those a bound passed, so about 1 KB each and at most
about 5 MB."""
_Fetched = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, float], ...]]
"""A fetch remembered (:meth:`KnowledgeBase._score_fetched`): the ids a bound passed among those scored, the ids
fetched, and those put off with their ceilings."""
MAX_NAME = 200  # a longer text, once its titles are stripped, is not a name: link() returns None
MAX_TITLES = 100  # room for the titles around a name ("Minister of Foreign Affairs and Trade", "국무총리 후보자")
_KINDS: dict[str, Literal["person", "place", "org"]] = {"person": "person", "place": "place", "org": "org"}
MAX_REMEMBERED = 50_000
"""The most links a KB remembers across calls (:meth:`KnowledgeBase.remembered_link`); the least recently used goes
first. An entry is the name and its :class:`Link` (shared with every document that names it): about 2–3 KB for a
link or an abstention with its candidates and reasons, about 250 bytes for a name nothing fits (1,567 of the 1,591
names of the English news side: 0.17 MB for them all), so at most about 150 MB."""
_GENERATION = [0]
"""Bumped by :func:`clear_link_memos` (and so by ``use_model``, through ``similarity.clear_caches``): a KB's memo
filled under another generation is emptied before it is read."""


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
    country: str | None = Field(default=None, pattern=r"^\S+$")
    """For an organization or office with a generic name (외교부, Presidential Office): the id of the place entity
    it belongs to. Right after another country's name (중국 외교부, China's Ministry of Foreign Affairs) the name is
    not linked to it (:mod:`bilingual.entities.other_country`). For a place (Seoul): the country it is in, so that
    a body named right after it (Seoul's Foreign Ministry) is read as that country's."""

    def all_names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.name_ko, *self.aliases) if n and n.strip())


class KnowledgeBase:
    """Canonical entities with indexes for every linking tier. Build with :meth:`load`,
    :meth:`from_records` or :meth:`default`."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        with collector_paused():
            self._build(_unique((e, f"entity {i}") for i, e in enumerate(entities, 1)))

    def _build(self, entities: list[Entity]) -> None:
        self._entities: dict[str, Entity] = {}
        self._tokenizer_names: frozenset[str] | None = None
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._normal: dict[str, set[str]] = defaultdict(set)
        self._hangul_person: dict[str, set[str]] = defaultdict(set)  # Korean names in Hangul, spaces removed
        self._family: dict[str, set[str]] = defaultdict(set)  # family names alone
        self._similarity: dict[str, set[str]] | None = None  # similarity_keys of the names, built on first need
        self._similarity_wide: dict[str, set[str]] | None = None  # the wider keys, built on first need
        self._hangul_trie: dict[str, Any] | None = None  # the Hangul names, character by character (find_names)
        self._hangul_starts: re.Pattern[str] | None = None  # the characters that start one (find_names' skip)
        self._similarity_korean: dict[str, set[str]] | None = None  # Korean names in Hangul by key, on first need
        self._similarity_read: dict[str, set[tuple[str, str]]] | None = None  # romanized Korean people by their
        # reading's keys, with that reading (read by the name model of generation _read_generation)
        self._read_generation = -1
        self._similarity_edited: dict[str, set[str]] | None = None  # names by their edited keys, on first need
        self._similarity_standard: dict[str, set[str]] | None = None  # names by standard_keys, on first need
        self._unnamed_in: dict[bool, frozenset[str]] | None = None  # entities with no Hangul (True) / Latin name
        self._by_romanization: dict[bool, dict[str, set[str]]] | None = None  # _romanized_ids' index, on first need
        self._signatures: set[int] = set()  # letter_signature of every ASCII exact and normal key (has_name's pre-test)
        self._comparable: dict[tuple[str, bool, bool], tuple[tuple[str, float], ...]] = {}  # _comparable_names
        self._shape_index: dict[tuple[str, int], set[str]] | None = None  # _hangul_shape_index, on first need
        self._latin_shaped: dict[str, frozenset[tuple[str, int]]] = {}  # _latin_shapes, per entity on first need
        self._new_memo()
        for entity in entities:
            self._entities[entity.id] = entity
            self._index(entity)

    def _index(self, entity: Entity) -> None:
        for name in entity.all_names():
            exact = _exact_key(name)
            self._exact[exact].add(entity.id)
            key = _normal_key(name)
            if key:
                self._normal[key].add(entity.id)
            # the signatures of both keys: of an ASCII name they are one, its own (both keys keep its letters and
            # digits, case folded, and a signature counts nothing else; kb59 branch: half the signatures of a load)
            texts = (name,) if name.isascii() else (exact, key)
            self._signatures.update(s for s in map(letter_signature, texts) if s is not None)
            if entity.type != "person":
                continue
            words = name.split()
            surname = korean_surname(name)
            if surname is not None:
                self._hangul_person[name.strip()].add(entity.id)
                self._family[surname].add(entity.id)
            elif len(words) > 1:
                family = words[0] if korean_order(name) else words[-1]  # Cho Tae-yul, Antony Blinken
                self._family[_exact_key(family)].add(entity.id)

    def _new_memo(self) -> None:
        self._memo: OrderedDict[str, Link | None] = OrderedDict()  # remembered_link, least recently used first
        self._memo_generation = _GENERATION[0]
        self._memo_lock = threading.Lock()
        # _score_fetched: the ids a name's bound passes and the ids fetched, by kind and name, oldest first
        self._fetches: OrderedDict[tuple[str, str, bool], _Fetched] = OrderedDict()
        self._fetches_generation = _GENERATION[0]
        self._fetches_lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (for a worker process) without the link memo, the fetches' and their locks: a worker fills its
        own."""
        return {k: v for k, v in self.__dict__.items()
                if k not in ("_memo", "_memo_generation", "_memo_lock", "_fetches", "_fetches_generation",
                             "_fetches_lock")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._new_memo()

    # -- construction ------------------------------------------------------------------------------------
    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]], *, source: str = "record") -> KnowledgeBase:
        """A KB from dicts; an error names ``source`` and the record's number (or line, for a file's name)."""
        where = "{} {}" if source == "record" else "{}, line {}"
        return cls._from_located((_validate(record, where.format(source, n)), where.format(source, n))
                                 for n, record in enumerate(records, 1))

    @classmethod
    def _from_located(cls, entities: Iterable[tuple[Entity, str]]) -> KnowledgeBase:
        """The KB of ``entities`` (each with where it came from), read, validated and indexed with the cyclic
        collector paused (kb59 branch: 100k entities, their names and index sets are hundreds of thousands of
        acyclic objects, and the collector's repeated scans of them were a fifth of the load)."""
        kb = cls.__new__(cls)
        with collector_paused():
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

    def names_a_person(self, text: str) -> bool:
        """Whether ``text`` is exactly a name or alias of a person, and of no entity of another type."""
        ids = self._exact.get(exact_key(text), ())
        return bool(ids) and all(self._entities[i].type == "person" for i in ids)

    def may_have_name(self, signature: int) -> bool:
        """``False`` when no ASCII text with this :func:`~bilingual.names.keys.letter_signature` can be a name
        or alias (:meth:`has_name` would say no); ``True`` means only "ask :meth:`has_name`"."""
        return signature in self._signatures

    def hangul_names(self) -> list[str]:
        """The Hangul names of the entities (two letters or more)."""
        return sorted({n for e in self for n in e.all_names() if has_syllable(n) and len(n) >= 2})

    def tokenizer_names(self) -> frozenset[str]:
        """The Hangul names the Korean tokenizer takes as proper nouns: those without a space (토니 블링컨 is
        left to Kiwi's own multi-word dictionary). Computed once per KB."""
        if self._tokenizer_names is None:
            self._tokenizer_names = frozenset(n for n in self.hangul_names() if " " not in n)
        return self._tokenizer_names

    def find_names(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Where the KB's Hangul names (two letters or more) are written in ``text[start:end]``, spaces inside a name
        optional (유엔 안전보장이사회, 유엔안전보장이사회): the longest name at each place, left to right, without
        overlaps. A walk of a character trie: linear in the text for names of bounded length.

        >>> kb = KnowledgeBase.from_records([{"id": "unsc", "type": "org", "name": "UN Security Council",
        ...                                   "name_ko": "유엔 안전보장이사회"}])
        >>> kb.find_names("유엔안전보장이사회는 회의를 열었다.")
        [(0, 9)]
        """
        trie = self._trie()
        starts = self._trie_starts()
        end = len(text) if end is None else end
        out: list[tuple[int, int]] = []
        i = start
        while i < end:
            # most characters start no name, and most that do stand inside a word: both skipped in one call (the
            # pattern's look-behind); at ``start`` itself a name may follow a letter
            if i == start and text[i] in trie:
                node = trie[text[i]]
            else:
                found = starts.search(text, i, end)
                if found is None:
                    break
                i = found.start()
                node = trie[text[i]]
            longest = -1
            k = i + 1
            while node is not None:
                if "" in node:
                    longest = k
                if k >= end:
                    break
                if text[k] == " " and k + 1 < end and text[k + 1] in node:
                    k += 1  # a space inside the name, written or not
                node = node.get(text[k])
                k += 1
            if longest > 0:
                out.append((i, longest))
                i = longest
            else:
                i += 1
        return out

    def _trie(self) -> dict[str, Any]:
        if self._hangul_trie is None:
            root: dict[str, Any] = {}
            for name in self.hangul_names():
                node = root
                for char in name.replace(" ", ""):
                    node = node.setdefault(char, {})
                node[""] = {}
            self._hangul_trie = root
        return self._hangul_trie

    def _trie_starts(self) -> re.Pattern[str]:
        """A pattern matching any character that starts a Hangul name and does not follow a letter or a digit
        (:meth:`find_names`' skip; :data:`_AFTER_NO_LETTER`); one that never matches for a KB without one. When no
        name is of one letter, the character after it must be a space or a letter that follows some name's first
        (perf42): the walk from any other place ends at once with nothing found (most places a name's first letter
        stands: 한, 대, 국 …)."""
        if self._hangul_starts is None:
            trie = self._trie()
            first = "".join(sorted(re.escape(char) for char in trie if char))
            ahead = ""
            if not any("" in node for char, node in trie.items() if char):
                seconds = {char for node in trie.values() for char in node if char} | {" "}
                ahead = "(?=[" + "".join(sorted(re.escape(char) for char in seconds)) + "])"
            self._hangul_starts = re.compile(f"{_AFTER_NO_LETTER}[{first}]{ahead}" if first else "(?!)")
        return self._hangul_starts

    # -- linking ------------------------------------------------------------------------------------------
    def link(self, text: str) -> Link | None:
        """The entity ``text`` names; an abstention (``entity_id=None``, with candidates); ``None`` if nothing fits."""
        if not isinstance(text, str):
            raise TypeError(f"link() needs str, not {type(text).__name__}")
        name = " ".join(text.split())
        if len(name) > MAX_NAME + MAX_TITLES:
            return None  # titles are short: no stripping brings this under MAX_NAME (and stripping is linear work)
        forms = _query_forms(name)
        if not forms:
            return None
        # the similarity tier alone reads a Korean name written after an English given name (fx40)
        fitted_forms = forms + korean_name_after_given_name(forms[-1])
        for tier in (self._tier_exact, self._tier_normal, None, self._tier_partial):
            if tier is None:  # the similarity tier, between the normalized names and the family name alone
                link = self._link_similar(fitted_forms, query=forms[-1])
                if link is not None:
                    return link
                continue
            found = _merged(tier(form) for form in forms[:1])
            if not found:
                found = _merged(tier(form) for form in forms[1:])
            if found:
                return accept(found, query=forms[-1])  # the name without titles and particle
        return None

    def _link_similar(self, forms: tuple[str, ...], query: str) -> Link | None:
        """The similarity tier's link of ``forms`` (``query``: the name :func:`accept` reads), or ``None`` when
        nothing fits. For a Latin ``query`` (no candidate's score is discounted in :func:`accept` then), a candidate
        named in Latin letters whose :func:`latin_ceiling` keeps it under the best found so far by more than
        :data:`MARGIN`, and under ``same``, is put off, not scored (:meth:`_score_candidates`; kb58 branch): it cannot
        be the best nor close to it, so the link, its score, method and every candidate close to the best are what
        scoring it gives. Only :meth:`_second_look` reads further down (:data:`SECOND_LOOK_RIVAL`): when it may run,
        the candidates put off whose ceiling reaches that far are scored before it."""
        put_off: list[list[tuple[str, float]]] | None = [] if not has_syllable(query) else None
        founds = []
        for form in forms:
            if put_off is not None:
                put_off.append([])
            founds.append(self._tier_similarity(form, None if put_off is None else put_off[-1]))
        found = _merged(founds)
        if not found:
            return None
        link = accept(found, query=query)
        if link.entity_id is not None:
            return link
        best = link.candidates[0]
        if put_off and any(put_off) and link.score >= MIN_ACCEPT and best.verdict == "possible" \
                and best.method in ("romanization", "fuzzy"):
            floor = best.score - SECOND_LOOK_RIVAL  # what _second_look reads: score what may reach it
            for form, form_found, off in zip(forms, founds, put_off, strict=True):
                more = [i for i, ceiling in off if ceiling >= floor and i not in form_found]
                if more:
                    self._score_candidates(form, more, form_found, {})
            link = accept(_merged(founds), query=query)
        return self._second_look(forms, link)

    def _second_look(self, forms: tuple[str, ...], link: Link) -> Link:
        """An abstention of the similarity tier looked at again (link20 branch): a Korean person's name fitted across
        scripts only as ``possible`` is linked when :func:`second_look_fits` holds for the query and the entity's name
        it fits best, the fit scores at least :data:`MIN_ACCEPT` and no other candidate is within
        :data:`SECOND_LOOK_RIVAL` of it; else the abstention stands. Two romanizations (a ``fuzzy`` fit, only
        ``possible``) are looked at again through the Hangul the KB's name stands for
        (:func:`second_look_on_kb_reading`), the query's fit to that Hangul scoring at least :data:`MIN_ACCEPT` too
        (link27 branch): the second look a KB holding the Hangul name would give."""
        if not link.candidates or link.score < MIN_ACCEPT:
            return link
        best = link.candidates[0]
        if best.method not in ("romanization", "fuzzy") or best.verdict != "possible":
            return link
        if any(c.score >= best.score - SECOND_LOOK_RIVAL for c in link.candidates[1:]):
            return link
        entity = self._entities[best.entity_id]
        if entity.type != "person":
            return link
        for form in forms:
            for other, discount in self._comparable_names(entity, form):
                if discount != 1.0:
                    continue
                if best.method == "romanization" and second_look_fits(form, other):
                    why = "a possible spelling of one syllable of a Korean name that reads as no other common name " \
                          "syllable, and no rival near"
                elif best.method == "fuzzy" and (read := second_look_on_kb_reading(form, other)) is not None \
                        and SIMILARITY_WEIGHT * read[1] >= MIN_ACCEPT:
                    why = f"{other!r} reads as {read[0]}, of which {form!r} is a possible spelling " \
                          f"({read[1]:.2f}) of one syllable that reads as no other common name syllable, and no " \
                          "rival near"
                else:
                    continue
                return Link(entity_id=best.entity_id, score=best.score, method=best.method,
                            candidates=link.candidates, reasons=(best.reason, why))
        return link

    def remembered_link(self, text: str) -> Link | None:
        """:meth:`link`, remembered for the life of this KB (the mentions stage links through it, so a loop of
        ``process()`` calls links each distinct name once). A KB has no method that changes it, and the memo is
        emptied when the name model changes (``use_model``, ``similarity.clear_caches``) or on
        :meth:`clear_cache` / :func:`clear_link_memos`; it holds at most :data:`MAX_REMEMBERED` names (least recently
        used out first). Thread-safe; not pickled with the KB."""
        memo = self._memo
        with self._memo_lock:
            if self._memo_generation != _GENERATION[0]:
                memo.clear()
                self._memo_generation = _GENERATION[0]
            if text in memo:
                memo.move_to_end(text)
                return memo[text]
            generation = self._memo_generation
        link = self.link(text)  # outside the lock: two threads may both link a new name, to the same link
        with self._memo_lock:
            if self._memo_generation == generation == _GENERATION[0]:  # not cleared meanwhile
                memo[text] = link
                if len(memo) > MAX_REMEMBERED:
                    memo.popitem(last=False)
        return link

    def clear_cache(self) -> None:
        """Forget the links this KB remembers (:meth:`remembered_link`) and the candidates it fetched
        (:meth:`_score_fetched`); the indexes stay."""
        with self._memo_lock:
            self._memo.clear()
        with self._fetches_lock:
            self._fetches.clear()

    def remembered(self) -> int:
        """How many links this KB remembers now."""
        return len(self._memo)

    def _tier_exact(self, name: str) -> dict[str, Candidate]:
        return {i: Candidate(entity_id=i, score=1.0, method="exact", reason=f"alias {name!r}")
                for i in self._exact.get(exact_key(name), ())}

    def _tier_normal(self, name: str) -> dict[str, Candidate]:
        key = normal_key(name)
        why = f"same name once case, hyphens, spacing and order are folded: {key}"
        return {i: Candidate(entity_id=i, score=0.95, method="normalized", reason=why)
                for i in self._normal.get(key, ())} if key else {}

    def _tier_similarity(self, name: str, put_off: list[tuple[str, float]] | None = None) -> dict[str, Candidate]:
        """Every entity with a name that fits ``name`` by :func:`name_similarity` (``same`` or ``possible``), in
        either script. Candidates come from indexes, never from a scan: the Hangul readings of a romanized
        Korean name, the spellings of a Hangul one, and the coarse keys of :func:`similarity_keys`. With
        ``put_off`` (a list), the fetched candidates that cannot be the best nor close to it are added there, with
        their ceilings, instead of being scored (:meth:`_link_similar`, :meth:`_score_candidates`)."""
        if self._family_name_alone(name):
            return {}  # the partial tier's case: a family name is shared by many
        found: dict[str, Candidate] = {}
        fitted: dict[str, str] = {}  # each candidate's name that fits best
        ids = self._score_fetched("similar", name, lambda: self._similar_ids(name), found, fitted, put_off)
        if not self._same_by_whole_name(found, fitted, name):
            more = self._score_fetched("standard", name, lambda: self._standard_ids(name, set(ids)), found, fitted,
                                       put_off)
            ids = (*ids, *more)
        if not self._same_by_whole_name(found, fitted, name):
            # an entity named in the query's script is compared in that script only (_comparable_names): its fit
            # is fuzzy and never taken from these keys, so only entities with no name in that script are scored,
            # and none is looked for when the KB has none (the bundled KB: every entity is named in both scripts;
            # asked before the name's shape, which costs more: perf31)
            unnamed = self._unnamed_in_script(has_syllable(name))
            if unnamed and foreign_shaped(name):
                edited: dict[str, Candidate] = {}
                across = [i for i in self._edited_ids(name, set(ids)) if i in unnamed]
                self._score_candidates(name, across, edited, fitted)
                found.update((i, c) for i, c in edited.items()
                             if c.method != "fuzzy" and (c.evidence or 0.0) >= EDITED_EVIDENCE)
        self._score_without_unit(name, found, fitted)
        return with_reading_shares(name, found, fitted)

    def _score_fetched(self, kind: str, name: str, fetch: Callable[[], list[str]], found: dict[str, Candidate],
                       fitted: dict[str, str], put_off: list[tuple[str, float]] | None = None) -> tuple[str, ...]:
        """Scores the candidates of one kind that ``fetch()`` gives for ``name`` (``similar``: :meth:`_similar_ids`,
        ``standard``: :meth:`_standard_ids`) into ``found`` and ``fitted``, and returns them (kb54 branch).
        Remembered for the :data:`MAX_FETCHES` names asked last: the ids fetched, those of them with a name
        :func:`may_reach` passes (the others add nothing to ``found``) and, with ``put_off``, those put off with
        their ceilings (:meth:`_score_candidates`); linked again, only the passing ids are scored, in the same
        order, and the put-off ones are put off again, so the tier finds the same candidates without counting the
        keys of the thousands of entities a query's keys hold in a large KB of dense names, nor asking ~100
        remembered bounds. A pure function of the KB, the name, whether candidates may be put off, and the name
        model (the bounds, the readings of :meth:`_read_korean_ids`): forgotten when the model changes, as the link
        memo is. Thread-safe."""
        key = (kind, name, put_off is not None)
        with self._fetches_lock:
            if self._fetches_generation != _GENERATION[0]:
                self._fetches.clear()
                self._fetches_generation = _GENERATION[0]
            entry = self._fetches.get(key)
            if entry is not None:
                self._fetches.move_to_end(key)
            generation = self._fetches_generation
        if entry is not None:
            passing, ids, off = entry
            self._score_candidates(name, passing, found, fitted)
            if put_off is not None:
                put_off.extend(off)
            return ids
        ids = tuple(fetch())  # outside the lock: two threads may both fetch, the same ids
        fresh: list[tuple[str, float]] | None = None if put_off is None else []
        passing = tuple(self._score_candidates(name, ids, found, fitted, fresh))
        off = () if fresh is None else tuple(fresh)
        if put_off is not None:
            put_off.extend(off)
        with self._fetches_lock:
            if self._fetches_generation == generation == _GENERATION[0]:
                self._fetches[key] = (passing, ids, off)
                if len(self._fetches) > MAX_FETCHES:
                    self._fetches.popitem(last=False)
        return ids

    def _same_by_whole_name(self, found: dict[str, Candidate], fitted: dict[str, str], name: str | None = None) -> bool:
        """Whether a candidate fits ``name`` as ``same`` by one of its whole names, across scripts on at least
        :data:`STOP_EVIDENCE` nats and, for a Hangul ``name``, writing each of its syllables: such a fit ends the look
        for more candidates. A fit by a person's last word alone (:func:`_comparable_names`: 바흐무트 ~ Ahmed of Abiy
        Ahmed, `same` on 4.8 nats) does not stop the look for the entity the whole query fits (Bakhmut, reached by
        the edited keys only: kh is written 흐): it was a wrong link (fx19 branch); nor does a `same` across scripts
        on less evidence (fx33 branch: 에르도안 ~ Ardon, 5.4 nats, and Erdoğan is reached by the edited keys only),
        nor one that leaves a syllable of a Hangul query unwritten (:func:`unwritten_syllables`: a longer name may
        read it all; 시우다드후아레스 ~ Ciudad del Este, fx32's learned table)."""
        return any(c.verdict == "same" and fitted.get(i) in self._entities[i].all_names()
                   and (c.method == "fuzzy" or (c.evidence or 0.0) >= STOP_EVIDENCE)
                   and not (c.method != "fuzzy" and name is not None and has_syllable(name) and unwritten_syllables(
                       name_similarity(name, fitted[i], kind=_KINDS.get(self._entities[i].type))))
                   for i, c in found.items())

    def _score_without_unit(self, name: str, found: dict[str, Candidate], fitted: dict[str, str]) -> None:
        """Adds to ``found`` the places named in the other script that ``name`` fits once its administrative unit is
        left out (:func:`without_unit`: Ansan-si / 안산, 수원시 / Suwon, 광주광역시 / Gwangju), at
        :data:`UNIT_DISCOUNT`, where that fit is at least as good as the one already found (kplace19 branch; "as
        good" since the kadmin branch: the similarity's own reading without the unit,
        :func:`~bilingual.names.similarity.name_similarity`'s, scores 밀양시 / Miryang as much, and its verdict
        follows the lower score, `possible`, where this one keeps the core's, `same`)."""
        if not self._romanization_index()[has_syllable(name)]:
            return  # no entity is named only in the other script (the bundled KB): nothing to look up
        core = without_unit(name)
        if core is None:
            return
        ids = [i for i in sorted(self._romanized_ids(core)) if self._entities[i].type == "place"]
        if not ids:
            return
        cored: dict[str, Candidate] = {}
        self._score_candidates(core, ids, cored, {})
        for i, c in cored.items():
            score = round(c.score * UNIT_DISCOUNT, 4)
            if i not in found or score >= found[i].score:
                found[i] = c.model_copy(update={"score": score, "reason": f"{name!r} as {core!r}: {c.reason}"})
                fitted[i] = self._entities[i].name

    def _score_candidates(self, name: str, ids: Iterable[str], found: dict[str, Candidate],
                          fitted: dict[str, str], put_off: list[tuple[str, float]] | None = None) -> list[str]:
        """Scores ``name`` against the names of the entities ``ids`` and adds those that fit to ``found`` (and the
        name that fits best to ``fitted``); returns the ids with a name :func:`may_reach` passes. The query's
        script and word count are read once, not once per candidate (kb54 branch: a query of a large KB scores up to
        :data:`MAX_SIMILAR` of them, most ruled out by a remembered bound).

        With ``put_off`` (kb58 branch), the candidates with a :meth:`_ceiling` (a Latin query, Latin names) are
        scored after the others, highest ceiling first, and as soon as one's ceiling is under the best score in
        ``found`` by more than :data:`MARGIN`, it and every later one are added to ``put_off`` with their ceilings,
        unscored: none of them can be the best, be close to it (:func:`accept`) or fit as ``same``
        (:meth:`_same_by_whole_name`). At 100k synthetic Korean people a Latin query's ~100 keyed candidates are
        rivals at best, and all but one to three are put off."""
        hangul, one_word = has_syllable(name), len(name.split()) == 1
        order = ids if isinstance(ids, (list, tuple)) else list(ids)
        ceilings: dict[str, float] = {}
        # one candidate and nothing found yet: no score above it to be put off under, nor others to order, so its
        # ceiling could change nothing and is not computed (perf69: half the Latin names the English news meets on
        # first sight fetch one candidate of the bundled KB, and the ceiling reads the query's Hangul readings)
        if put_off is not None and not hangul and (len(order) > 1 or found):
            for i in order:
                if (ceiling := self._ceiling(name, i, one_word)) is not None:
                    ceilings[i] = ceiling
            if ceilings:  # the others first (they are scored whatever their score), then by ceiling, highest first
                order = [i for i in order if i not in ceilings] + sorted(ceilings, key=lambda i: -ceilings[i])
        top = max((c.score for c in found.values()), default=None)
        reached: list[str] = []
        for at, i in enumerate(order):
            ceiling = ceilings.get(i)
            if ceiling is not None and top is not None and ceiling < top - MARGIN and put_off is not None:
                put_off.extend((j, ceilings[j]) for j in order[at:])  # every later one has a ceiling, no higher
                break
            entity = self._entities[i]
            kind = _KINDS.get(entity.type)
            best: tuple[float, float, str, NameSimilarity] | None = None
            for other, discount in self._comparable_of(entity, hangul, one_word):
                if not may_reach(name, other, MIN_CANDIDATE, kind=kind):
                    continue  # certainly no fit (almost every pair): the full comparison is not needed
                if not reached or reached[-1] != i:
                    reached.append(i)
                result = name_similarity(name, other, kind=kind)
                rank = (result.score * discount, _NO_EVIDENCE if result.evidence is None else result.evidence)
                fits = result.verdict != "different" and result.score >= MIN_CANDIDATE
                if fits and (best is None or rank > best[:2]):
                    best = (*rank, other, result)
            if best is None:
                continue
            score, _, other, result = best
            method = _method(name, other)
            reading = _same_on_kb_reading(name, other) if method == "fuzzy" and result.verdict == "possible" \
                else None
            found[i] = Candidate(entity_id=i, score=round(SIMILARITY_WEIGHT * score, 4), method=method,
                                 reason=f"{name!r} ~ {other!r}: {result.verdict} ({result.score:.2f}; "
                                        + "; ".join(result.reasons[:4]) + ")"
                                        + ("" if reading is None else f"; reads as {reading}, same"),
                                 evidence=result.evidence, kb_reading=reading, fitted=other,
                                 verdict="same" if result.verdict == "same" else "possible")
            fitted[i] = other
            top = found[i].score if top is None else max(top, found[i].score)
        return reached

    def _ceiling(self, name: str, entity_id: str, one_word: bool) -> float | None:
        """The most the Latin ``name`` can score as a candidate against the entity ``entity_id`` (its score as
        :meth:`_score_candidates` computes it, from :func:`latin_ceiling` in place of the similarity), or ``None``
        when that is not bounded so (a name of the entity in Hangul, a place, or one that may fit as ``same``)."""
        entity = self._entities[entity_id]
        kind = _KINDS.get(entity.type)
        most: float | None = None
        for other, discount in self._comparable_of(entity, False, one_word):
            ceiling = latin_ceiling(name, other, kind)
            if ceiling is None or ceiling >= same_threshold():
                return None
            score = round(SIMILARITY_WEIGHT * (round(ceiling, 4) * discount), 4)  # as a candidate's score, rounded
            most = score if most is None else max(most, score)
        return most

    def _edited_ids(self, name: str, seen: set[str]) -> list[str]:
        """Entities not in ``seen`` that share an edited key with ``name`` (:func:`edited_keys`: its consonant
        classes with one left out), most keys shared first, at most :data:`MAX_SIMILAR`. Asked only for a name not
        shaped like a Korean one that nothing fits as ``same`` by the usual keys: the keys' classes are a coarse
        rule, and a foreign name's letters and their transcription part from it where the standard writes a letter
        by another class or by none (Netflix / 넷플릭스: a final ㅅ; Djokovic / 조코비치: dj; Wagner / 바그너: w;
        Kazakhstan / 카자흐스탄: kh) — one class left out on each side meets them again."""
        keyed: dict[str, int] = defaultdict(int)
        index = self._edited_index()
        for key in edited_keys(name):
            for i in index.get(key, ()):
                if i not in seen:
                    keyed[i] += 1
        return sorted(keyed, key=lambda i: (-keyed[i], i))[:MAX_SIMILAR]

    def _standard_ids(self, name: str, seen: set[str]) -> list[str]:
        """Entities not in ``seen`` that meet ``name`` where one side's keys are those of a
        :func:`standard_forms` (fx21 branch): the query's usual and standard keys looked up among the entities'
        standard keys, and the query's standard keys among their usual ones; most keys shared first, at most
        :data:`MAX_SIMILAR`. Asked, like the edited keys, only when the usual keys found nothing ``same``."""
        extra = standard_keys(name)
        lookups = [(self._standard_index(), retrieval_keys(name) | extra), (self._keyed_index(), extra)]
        if not has_syllable(name):  # a transcription shaped like a Korean name (호메이니) is keyed with those
            lookups.append((self._korean_index(), extra))
        # each entity counted by the keys' sets that hold it, by set operations (kb60 branch: the same list as
        # counting them one by one, which cost a 100k KB's Choi Young-hoon ~9 ms)
        return _first_of(_by_count([found for index, keys in lookups for key in keys if (found := index.get(key))],
                                   seen), MAX_SIMILAR)

    def _standard_index(self) -> dict[str, set[str]]:
        """Entities by the :func:`standard_keys` of their names, on first need. Korean people's names are left
        out, in Hangul and romanized in Korean order, as from :meth:`_edited_index`: the standard's letters are a
        foreign name's (Choi is no Hoi)."""
        if self._similarity_standard is None:
            self._similarity_standard = self._index_of_foreign_names(standard_keys)
        return self._similarity_standard

    def _unnamed_in_script(self, hangul: bool) -> frozenset[str]:
        """The entities with no name in Hangul (``hangul``) or none in Latin letters, on first need."""
        if self._unnamed_in is None:
            scripts = {i: {has_syllable(n) for n in e.all_names()} for i, e in self._entities.items()}
            self._unnamed_in = {h: frozenset(i for i, seen in scripts.items() if h not in seen) for h in (True, False)}
        return self._unnamed_in[hangul]

    def _edited_index(self) -> dict[str, set[str]]:
        """Entities by the :func:`edited_keys` of their names, on first need. Korean people's names are left out, in
        Hangul and romanized in Korean order (Cho Tae-yul): a query reaches them by its readings and spellings."""
        if self._similarity_edited is None:
            self._similarity_edited = self._index_of_foreign_names(edited_keys)
        return self._similarity_edited

    def _index_of_foreign_names(self, keys_of: Callable[[str], frozenset[str]]) -> dict[str, set[str]]:
        """Entities by the keys ``keys_of`` gives each of their names, leaving out Korean people's names in Hangul
        and romanized in Korean order (Cho Tae-yul): a query reaches those by its readings and spellings."""
        index: dict[str, set[str]] = defaultdict(set)
        with collector_paused():  # as _keys_index
            for entity in self._entities.values():
                for name in entity.all_names():
                    if not _korean_person(entity, name) and not (entity.type == "person" and korean_order(name)):
                        for key in keys_of(name):
                            index[key].add(entity.id)
        return index

    def _family_name_alone(self, name: str) -> bool:
        """A single Korean family name (조, Cho, Park): only the partial tier may take it."""
        if " " in name.strip():
            return False
        if has_syllable(name):
            return len(name.strip()) == 1 or name.strip() in tables().surnames
        return spelling_key(name) in surname_index()

    def _similar_ids(self, name: str) -> list[str]:
        ids: set[str] = set()
        read = True
        compact = name.replace(" ", "")
        if has_syllable(name):
            if korean_person_name(compact) and _may_share_a_signature(compact, self._signatures):
                for signature, variant in _variant_signatures(compact):  # Hangul query, Latin names in the KB
                    if signature is None or signature in self._signatures:  # else its key is no name's
                        ids |= self._normal.get(normal_key(variant), set())
        else:
            read = False  # whether a reading reached a Korean person's Hangul name
            readings = parse_name(name, limit=10, min_score=READING_MIN_SCORE) if _SEVERAL_WORDS.search(name) else []
            for rank, reading in enumerate(readings):
                people = self._hangul_person.get(reading.hangul, set())  # Latin query, Hangul names in the KB
                if rank < 3:  # ... or with a given name's ㄹ / ㄴ written by 두음법칙 (Kim Eung-ryong: 김응용)
                    for form in given_name_law_forms(reading.hangul):
                        people = people | self._hangul_person.get(form, set())
                ids |= people
                read |= bool(people)
                if rank < 3:  # ... or the reading's usual spellings, when the KB has Latin names only
                    for style in ("rr", "common"):
                        ids |= self._normal.get(normal_key(romanize_name(reading.hangul, style=style)), set())
        ids |= self._romanized_ids(name)
        # the keys each entity shares, counted in C (Counter.update): a key of a 100k KB's dense Korean names is
        # shared by thousands (kb53 branch)
        index = self._keyed_index()
        sets = [found for key in retrieval_keys(name) if (found := index.get(key))]
        if not has_syllable(name) and read:  # the keyed index alone counts: its sets' levels (kb60 branch)
            return sorted(ids) + self._keyed_first(name, sets, ids)
        keyed: Counter[str] = Counter(chain.from_iterable(sets))
        if not has_syllable(name) and not read:  # spellings the readings' rules never propose (Goo Hara 구하라):
            korean = self._korean_index()  # the Korean people's Hangul names by their keys, for the model to score
            keyed.update(chain.from_iterable(korean.get(key, ()) for key in retrieval_keys(name)))
            keyed.update(self._read_korean_ids(name, set(ids) | set(keyed)))
        if not ids and not keyed:  # the wider keys, once
            wider = self._wider_index()
            keyed.update(chain.from_iterable(wider.get(key, ()) for key in wider_keys(name)))
        return sorted(ids) + self._shaped_first(name, [i for i in keyed if i not in ids], keyed)

    def _shaped_first(self, name: str, ids: list[str], shared: dict[str, int]) -> list[str]:
        """The first :data:`MAX_SIMILAR` of ``ids`` by most keys ``shared`` (then by id), the entities first that
        have a name in the other script of the Korean name's shape (link21 branch): a Hangul name's surname spelled
        and as many syllables (:func:`korean_shapes`), so that the cut keeps them (이승아's keys are shared by
        hundreds of names, and `Lee Seungah` was cut by order; `Jeong Eunha`'s, and 정은아 was). The order is kept
        within each group; a name that is no Korean person's keeps it all. The same list as sorting all ``ids`` and
        cutting, but only the kept ones are sorted and an entity's shapes are looked up, not computed again
        (:meth:`_of_shape`; kb53 branch: a Latin query of a 100k KB of Korean people shares keys with thousands)."""
        def order(i: str) -> tuple[int, str]:
            return -shared[i], i

        if len(ids) <= MAX_SIMILAR:
            return sorted(ids, key=order)
        of_shape = self._of_shape(name)
        if of_shape is None:
            return heapq.nsmallest(MAX_SIMILAR, ids, key=order)
        first = heapq.nsmallest(MAX_SIMILAR, [i for i in ids if of_shape(i)], key=order)
        return first + heapq.nsmallest(MAX_SIMILAR - len(first), [i for i in ids if not of_shape(i)], key=order)

    def _keyed_first(self, name: str, sets: list[set[str]], ids: set[str]) -> list[str]:
        """:meth:`_shaped_first` of the entities in ``sets`` (the keyed index's sets of a Latin ``name``'s keys)
        and not in ``ids``, each counted by the sets that hold it — the same list, by set operations (kb60 branch):
        ``at_least[c]``, the entities in ``c`` of the sets or more, built a set at a time, gives the entities of
        each count, and only the first :data:`MAX_SIMILAR` of them in order (most sets first, then by id; those of
        the Korean name's shape first) are sorted, where counting, filtering and ordering each of the thousands of
        entities that a 100k KB of Korean people's keys hold cost the first sight of a Latin query ~2–3 ms."""
        levels = _by_count(sets, ids)
        fits = self._shape_fits(name) if sum(map(len, levels)) > MAX_SIMILAR else None
        if fits is None:
            return _first_of(levels, MAX_SIMILAR)
        first = _first_of([level & fits for level in levels], MAX_SIMILAR)
        return first + _first_of([level - fits for level in levels], MAX_SIMILAR - len(first))

    def _shape_fits(self, name: str) -> set[str] | None:
        """The entities with a Hangul name of a :func:`korean_shapes` of the Latin ``name`` (:meth:`_of_shape`'s
        set), or ``None`` when it has no such shape."""
        shapes = korean_shapes(name)
        if not shapes:
            return None
        index = self._hangul_shape_index()
        return set().union(*(index.get(shape, ()) for shape in shapes))

    def _of_shape(self, name: str) -> Callable[[str], bool] | None:
        """Whether an entity has a name in the other script of the Korean name ``name``'s shape
        (:meth:`_shaped_first`), or ``None`` when ``name`` has no such shape. For a Latin ``name``: its
        :func:`korean_shapes` looked up among the (surname, length) of the KB's Korean names in Hangul
        (:meth:`_hangul_shape_index`); for a Hangul one: its (surname, length) among the :func:`korean_shapes` of
        each entity's Latin names, computed once per entity (:meth:`_latin_shapes`)."""
        if has_syllable(name):
            compact = name.replace(" ", "")
            surname = korean_surname(compact)
            if surname is None:
                return None
            shape = (surname, len(compact))
            return lambda i: shape in self._latin_shapes(i)
        fits = self._shape_fits(name)
        return None if fits is None else fits.__contains__

    def _hangul_shape_index(self) -> dict[tuple[str, int], set[str]]:
        """Entities by the (surname, length) of each of their names that is a Korean name in Hangul
        (:func:`korean_surname`; the length with any space), built on first need (kb53 branch)."""
        if self._shape_index is None:
            index: dict[tuple[str, int], set[str]] = defaultdict(set)
            with collector_paused():  # as _keys_index
                for entity in self._entities.values():
                    for n in entity.all_names():
                        if (s := korean_surname(n)) is not None:
                            index[(s, len(n.strip()))].add(entity.id)
            self._shape_index = dict(index)
        return self._shape_index

    def _latin_shapes(self, entity_id: str) -> frozenset[tuple[str, int]]:
        """The :func:`korean_shapes` of the entity's names not in Hangul, together; computed once per entity
        (kb53 branch)."""
        shapes = self._latin_shaped.get(entity_id)
        if shapes is None:
            shapes = self._latin_shaped[entity_id] = frozenset().union(
                *(korean_shapes(n) for n in self._entities[entity_id].all_names() if not has_syllable(n)))
        return shapes

    def _romanized_ids(self, name: str) -> set[str]:
        """Entities named in the other script only that a one-word name is the standard romanization of, or that
        romanizes to it (kplace19 branch): 한강 / Hangang, 한라산 / Hallasan, 신림동 / Sillim-dong, 경주 / Kyongju.
        The consonant-class keys miss such a pair where Revised Romanization writes a Korean word by its sound
        (ㄴㄹ as ll, a final ㄹ before a vowel as r) or by a digraph that also spans two syllables (han-gang, whose
        ng the keys read as one class): a Korean place, river or mountain was reached only by the wider keys, and
        not at all among a few thousand entities. The key is :func:`romanization_keys` of the Hangul, looked up
        by :func:`fold_latin` of the Latin: one dictionary look-up a query, and none in a KB that names every
        entity in both scripts (the bundled one: an entity named in the query's script is compared in that script
        only, :meth:`_comparable_names`)."""
        if " " in name.strip():
            return set()
        hangul = has_syllable(name)
        index = self._romanization_index()[hangul]
        if not index:
            return set()
        keys = romanization_keys(name) if hangul else (fold_latin(name),)
        return {i for key in keys for i in index.get(key, ())}

    def _romanization_index(self) -> dict[bool, dict[str, set[str]]]:
        """For a Hangul query (``True``): the entities with no Hangul name by :func:`fold_latin` of their Latin
        names; for a Latin one: those with no Latin name by the :func:`romanization_keys` of their one-word
        Hangul names. Built on first need."""
        if self._by_romanization is None:
            by: dict[bool, dict[str, set[str]]] = {True: defaultdict(set), False: defaultdict(set)}
            for i in self._unnamed_in_script(True):
                for other in _with_core(self._entities[i]):
                    if key := fold_latin(other):
                        by[True][key].add(i)
            for i in self._unnamed_in_script(False):
                for other in _with_core(self._entities[i]):
                    for key in romanization_keys(other):
                        by[False][key].add(i)
            self._by_romanization = {h: dict(index) for h, index in by.items()}
        return self._by_romanization

    def _keyed_index(self) -> dict[str, set[str]]:
        """Entities by the :func:`similarity_keys` of their names (Hangul Korean names excepted: a Latin query
        reaches them through its readings), built on the first query that reaches the similarity tier: a KB
        loads without this work, and a batch whose names are all found by the exact and normalized tiers never
        pays it. The index of the Hangul names' shapes (:meth:`_hangul_shape_index`) is built with it: a large KB
        of dense names has a query reach it soon, and its cost (0.1–0.2 s at 100k people) is an index's, not a
        link's."""
        if self._similarity is None:
            self._similarity = self._keys_index(4)
            self._hangul_shape_index()  # the cut's other index (_of_shape), built with this one (kb54 branch)
        return self._similarity

    def _wider_index(self) -> dict[str, set[str]]:
        """Entities by their wider (three-class) keys, built on first need: most queries never need it."""
        if self._similarity_wide is None:
            self._similarity_wide = self._keys_index(3)
        return self._similarity_wide

    def _korean_index(self) -> dict[str, set[str]]:
        """Entities by the keys of their Korean names in Hangul, built on first need: a Latin query reaches them
        through its readings, and through these keys when no reading is in the KB."""
        if self._similarity_korean is None:
            self._similarity_korean = self._keys_index(4, korean=True)
        return self._similarity_korean

    def _read_korean_ids(self, name: str, seen: set[str]) -> dict[str, int]:
        """Korean people named in Latin letters only, not in ``seen``, that the romanized ``name`` reaches through
        the keys of the Hangul their names stand for (:meth:`_read_korean_index`), with the number of keys shared
        (link28 branch). A query no reading of the model's rules reaches is keyed against that Hangul, as in a KB
        holding Hangul names: `Lee Seung-yuop` shares no key with RR's `I Seung-yeop` (its keys start with the `l`
        of `Lee`, RR's `I` has none), but shares one with 이승엽, whose keys write the initial ㄹ and ㄴ its
        surname may be spelled with. Such a person is a candidate only when the query fits that Hangul as ``same``
        and no reading of the query's own of as many syllables fits it better
        (:func:`_likeliest_of_its_length`): a query whose own likelier reading is another name is what a person
        absent from the KB looks like (`Lee Jiin`: 이지인 before 이지은)."""
        keyed: dict[str, int] = defaultdict(int)
        readings: dict[str, set[str]] = defaultdict(set)
        index = self._read_korean_index()
        for key in retrieval_keys(name):
            for i, hangul in index.get(key, ()):
                if i not in seen:
                    keyed[i] += 1
                    readings[i].add(hangul)
        return {i: n for i, n in keyed.items() if any(_likeliest_of_its_length(name, h) for h in sorted(readings[i]))}

    def _read_korean_index(self) -> dict[str, set[tuple[str, str]]]:
        """The Korean people named in Latin letters only, each with the Hangul a name of theirs stands for
        (:func:`kb_name_reading`), by that Hangul's keys; built on first need (link28 branch). Only entities with
        no Hangul name: a KB that names every entity in both scripts (the bundled one) builds nothing. The readings
        are the name model's: built again after ``use_model`` (which clears the link memos)."""
        if self._similarity_read is None or self._read_generation != _GENERATION[0]:
            self._read_generation = _GENERATION[0]
            index: dict[str, set[tuple[str, str]]] = defaultdict(set)
            for i in self._unnamed_in_script(True):
                entity = self._entities[i]
                if entity.type != "person":
                    continue
                for name in entity.all_names():
                    if (reading := kb_name_reading(name)) is not None:
                        for key in retrieval_keys(reading):
                            index[key].add((i, reading))
            self._similarity_read = dict(index)
        return self._similarity_read

    def _keys_index(self, length: int, *, korean: bool = False) -> dict[str, set[str]]:
        """Entities by the keys of their names: those that are not Korean names in Hangul, or (``korean``) those
        that are."""
        index: dict[str, set[str]] = defaultdict(set)
        with collector_paused():  # a set per key, hundreds of thousands at 100k: not scanned while built (kb59)
            for entity in self._entities.values():
                for name in entity.all_names():
                    if _korean_person(entity, name) == korean:
                        for key in (retrieval_keys(name, length=length) if length != 3 else wider_keys(name)):
                            index[key].add(entity.id)
        return index

    def _comparable_names(self, entity: Entity, name: str) -> tuple[tuple[str, float], ...]:
        """The entity's names to compare ``name`` with, and what a fit is worth: its names in the query's script
        if it has any (정은우 is not compared with how Korean spells 종로구 in Latin letters: 종로구 is not it),
        else its names in the other script; and for a name of several words in another order than Korean's
        (Antony Blinken), its last word (the family name) at a discount. A function of the entity, the query's
        script and whether the query is one word: computed once per KB for each of the four."""
        return self._comparable_of(entity, has_syllable(name), len(name.split()) == 1)

    def _comparable_of(self, entity: Entity, hangul: bool, one_word: bool) -> tuple[tuple[str, float], ...]:
        """:meth:`_comparable_names` for a query in Hangul (``hangul``) or not, of one word or more."""
        shape = (entity.id, hangul, one_word)
        out = self._comparable.get(shape)
        if out is None:
            out = self._comparable[shape] = _comparable_names(entity, hangul, one_word)
        return out

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

def clear_link_memos() -> None:
    """Forget the links every knowledge base of this process remembers (:meth:`KnowledgeBase.remembered_link`).
    Called by ``similarity.clear_caches`` (and so by ``use_model``): a link depends on the name model in use."""
    _GENERATION[0] += 1


_similarity_module._CLEARED_WITH_THESE.append(clear_link_memos)


_PLACE_WORDS = frozenset(word for word, _, _ in KOREAN_GENERIC)  # a Korean place's generic words (시장, 마을 …)


def _by_count(sets: list[set[str]], exclude: set[str]) -> list[set[str]]:
    """The members of ``sets`` not in ``exclude``, by how many of the sets hold each, most first: one set for each
    count from ``len(sets)`` down to 1 (some empty). By set operations (kb60 branch): ``at_least[c - 1]``, the
    members of ``c`` sets or more, built a set at a time; counting each member of a 100k KB's key sets (thousands
    for one key of its dense Korean names) cost a first sight milliseconds a query."""
    at_least: list[set[str]] = [set()]
    for found in sets:
        at_least.append(at_least[-1] & found)
        for c in range(len(at_least) - 2, 0, -1):  # from the top down: each reads the level below as it was
            at_least[c] |= at_least[c - 1] & found
        at_least[0] |= found
    return [at_least[c] - at_least[c + 1] - exclude for c in range(len(at_least) - 2, -1, -1)]


def _first_of(levels: list[set[str]], limit: int) -> list[str]:
    """The first ``limit`` members of ``levels`` (:func:`_by_count`'s, most shared first) in that order, each level
    by id: what sorting them all by (count, id) and cutting gives, with only the kept ones sorted."""
    out: list[str] = []
    for level in levels:
        room = limit - len(out)
        if room <= 0:
            break
        out += heapq.nsmallest(room, level) if len(level) > room else sorted(level)
    return out


def _query_forms(name: str) -> tuple[str, ...]:
    """The forms of a name to link, titles stripped (:func:`strip_titles`): one, or two when all that was stripped is
    a last syllable that a Korean particle would be (도, 로, 이, 만 …): the name as written first, then without it.
    Foreign names in Hangul end in those syllables as often as any (닌텐도, 카스트로, 톨스토이, 화웨이, 살만):
    taking the syllable off unasked left the transcription tier 닌텐 for Nintendo (fx17 branch). The exact and
    normalized tiers try the written form first and the other only when it finds nothing; the similarity tier scores
    both and keeps each entity's better fit, so 블링컨과 still fits Blinken by 블링컨. Empty when no form is a
    name's length. So too, the name as written first, when a title written solid after one syllable is all that was
    stripped from a Korean person's name (fx43 branch): 천상병 is the poet, not 천 상병 (Corporal Cheon), whose
    family name alone links nothing; a title after a space is stripped alone (김 상병). So too when what was
    stripped, written solid, is a Korean place's generic word as well (fx51 branch): 광장시장 is Gwangjang Market
    (시장, a market: :data:`~bilingual.names.geographic.KOREAN_GENERIC`), not 광장's mayor."""
    stripped = strip_titles(name)
    forms = [stripped] if stripped and len(stripped) <= MAX_NAME else []
    if has_syllable(name) and stripped != name and len(name) <= MAX_NAME \
            and (PARTICLE.sub("", name).strip() == stripped
                 or (len(stripped) == 1 and " " not in name and korean_person_name(name))
                 or (name.startswith(stripped) and name[len(stripped):] in _PLACE_WORDS)):
        forms.insert(0, name)
    return tuple(forms)


def korean_name_after_given_name(name: str) -> tuple[str, ...]:
    """The Korean name that a Latin ``name`` of three or more words writes after an English given name, as a one-item
    tuple; else empty (fx40 branch). A Korean Catholic's baptismal name or a Korean-American's English name is often
    written before the whole Korean name (Andrew Kim Taegon, 김대건; Theresa Hak Kyung Cha, 차학경), and the Korean
    reading of all the words fits nothing: the name without that word is read as well, by the similarity tier only.
    The first word must be a listed English given name (:func:`~bilingual.entities.gazetteer.english_given_names`)
    that is no spelling of a Korean family name or syllable (Young, Jin), no other word may be one (Mary Jane Tak,
    Peter Paul Tak: English names all through), and what is left must read as a Korean name
    (:func:`~bilingual.names.romanized.parse_name`, at the KB's own floor for readings) of three syllables or more, a
    family name and a given name of two: "Andrew Kim" leaves a family name alone, and "Daniel Dae Kim" one syllable
    of a given name, which names many.

    >>> korean_name_after_given_name("Andrew Kim Tae-gon")
    ('Kim Tae-gon',)
    >>> korean_name_after_given_name("Andrew Kim"), korean_name_after_given_name("Kim Tae Gon")
    ((), ())
    """
    words = name.split()
    if len(words) < 3 or has_syllable(name):
        return ()
    first = words[0].strip(".,")
    if first not in english_given_names() or spelling_key(first) in surname_index() or syllable_spelling(first):
        return ()
    rest = " ".join(words[1:])
    if any(word.strip(".,") in english_given_names() for word in words[1:]):
        return ()  # an English name all through (Mary Jane Tak), or a second English name (Peter Paul Tak)
    readings = parse_name(rest, limit=1, min_score=READING_MIN_SCORE)
    return (rest,) if readings and len(readings[0].hangul) >= 3 else ()


def _merged(tiers: Iterable[dict[str, Candidate]]) -> dict[str, Candidate]:
    """The candidates of one tier for several forms of a name: each entity's best."""
    out: dict[str, Candidate] = {}
    for found in tiers:
        for i, candidate in found.items():
            if i not in out or candidate.score > out[i].score:
                out[i] = candidate
    return out


_AFTER_NO_LETTER = r"(?<![^\W_])"
"""A look-behind: no letter or digit right before (a name does not start right after one: 유엔 in 국제유엔… is not a
name's start). ``\\w`` is :meth:`str.isalnum` and ``_`` (both are Unicode's alphabetic and numeric characters), so
``[^\\W_]`` is exactly a character for which ``isalnum()`` holds (a test scans every code point)."""


UNIT_DISCOUNT = 0.9  # a place's fit without its administrative unit ranks below a fit of its whole name by more than
# MARGIN (수원 is linked, not 수원시, when a KB holds both), as a fit by the family name alone does


def _with_core(entity: Entity) -> list[str]:
    """An entity's names, and for a place each name's :func:`without_unit` where it has one."""
    names = list(entity.all_names())
    if entity.type == "place":
        names += [core for n in names if (core := without_unit(n)) is not None]
    return names


STOP_EVIDENCE = 9.0
"""Nats of evidence a `same` fit across scripts needs to end the similarity tier's look for more candidates
(:meth:`KnowledgeBase._same_by_whole_name`): a short name fits many others as `same` on a few nats (에르도안 ~ Ardon
5.4, Dachau ~ 더저우 8.5), and the entity the query names may be reached only by the keys asked after (the standard's,
the edited ones). Chosen on the tune parts (fx33 branch; docs/similarity.md): of 0, 6, 8, 10, 12, 15 nats and no stop
at all, every value from 6 to 10 adds no wrong link, and 8.5–10.0 gain the most (3 abstentions and 1 wrong link of
2,684 tune queries turned right); 12 adds a wrong one (Bulgan ~ 볼강, 10.0 nats, then outscored by 불갑); 9 is the
middle of that stretch."""

EDITED_EVIDENCE = 12.0
"""Nats of evidence a fit found only by the edited keys needs to be a candidate: those keys are asked when the usual
ones found nothing `same`, which is also what a name absent from the KB looks like, and a short name bent into
another is found that way too (Tel Aviv / 트럼프, 10.8 nats). Chosen on the tune parts (fx17 branch): of 0, 8, 10–16
nats, 12 is the lowest at which no wrong link is added for names in the KB; for names left out of it, 6 links of
1,892 queries are added (67 at 0)."""


def _comparable_names(entity: Entity, hangul: bool, one_word: bool) -> tuple[tuple[str, float], ...]:
    """:meth:`KnowledgeBase._comparable_names` for a query in Hangul (``hangul``) or not, of one word or more."""
    names = entity.all_names()
    same_script = [n for n in names if has_syllable(n) == hangul]
    names = tuple(same_script) or names  # an entity named in the query's script is compared in that script
    out = [(n, 1.0) for n in names]
    if entity.type == "place":
        out += [(core, UNIT_DISCOUNT) for n in names if (core := without_unit(n)) is not None]
    if one_word and _has_family_name(entity):
        out += [(n.split()[-1], FAMILY_NAME_DISCOUNT) for n in names
                if len(n.split()) > 1 and not korean_order(n) and korean_surname(n) is None]
    return tuple(out)


def _has_family_name(entity: Entity) -> bool:
    """Whether the last word of the entity's name may be a family name, compared alone with a one-word query: a
    person's, or an entity of no type the KB knows. A place's or an organization's last word is no family name
    (Fara in Sabina is not Sabina, New York is not York, Manchester United is not United): a one-word query fitting
    it was a wrong link (서배너 / Savannah linked to Fara in Sabina through 서배너 / Sabina; fx19 branch). The
    partial tier indexes the family names of people only, for the same reason."""
    return entity.type not in ("place", "org")


@lru_cache(maxsize=16384)  # a pure function of the name and the spelling tables (not of the name model)
def _variant_signatures(hangul: str) -> tuple[tuple[int | None, str], ...]:
    """The likeliest Latin spellings of a Korean name in Hangul (up to 48 of :func:`name_variants`), each with its
    :func:`letter_signature`: the KB's Latin names of that person would have one's :func:`normal_key`. An ASCII
    spelling's normal key has the spelling's letters (case, spaces, hyphens and word order folded away), so their
    signatures are equal, and a spelling whose signature no ASCII key of the KB has (``_signatures``) has no key
    in it: its key, three times the signature's cost, is computed only for the few that pass."""
    return tuple((letter_signature(v), v) for v in dict.fromkeys(name_variants(hangul, limit=48)))


@lru_cache(maxsize=16384)  # a pure function of the name and the spelling tables
def _variant_signatures_bound(hangul: str) -> frozenset[int] | None:
    return variant_signatures_bound(hangul, limit=48)


def _may_share_a_signature(hangul: str, signatures: Container[int]) -> bool:
    """Whether a spelling of :func:`_variant_signatures` may have a signature of ``signatures`` (or, not in ASCII,
    a normal key whose signature is one: ``signatures`` holds every ASCII normal key's), by
    :func:`~bilingual.names.keys.variant_signatures_bound`: a test without the spellings, which are made only for a
    name that passes it (on first sight of a Hangul name, most do not: the KB names its Korean people in both
    scripts, and a Hangul name it holds was linked before the similarity tier)."""
    bound = _variant_signatures_bound(hangul)
    return bound is None or any(map(signatures.__contains__, bound))  # any container of signatures


def _korean_person(entity: Entity, name: str) -> bool:
    """A Korean person's name in Hangul: a Latin query reaches it through its readings, not by keys."""
    return entity.type == "person" and korean_surname(name) is not None


def _likeliest_of_its_length(query: str, hangul: str) -> bool:
    """Whether the romanized ``query`` fits the Hangul name ``hangul`` as ``same`` and no reading of the query
    (``parse_name``, at most 10) with as many syllables fits the query better (more evidence): ``hangul`` is then
    the likeliest Korean name of its length that the query spells (link28 branch)."""
    fit = name_similarity(query, hangul, kind="person")
    if fit.verdict != "same" or fit.evidence is None:
        return False
    try:
        own = [c.hangul for c in parse_name(query, limit=10, min_score=READING_MIN_SCORE)]
    except ValueError:
        own = []
    for other in own:
        if len(other) == len(hangul) and other != hangul:
            evidence = name_similarity(query, other, kind="person").evidence
            if evidence is not None and evidence > fit.evidence:
                return False
    return True


def _same_on_kb_reading(query: str, name: str) -> str | None:
    """The first reading of the KB's romanized ``name`` (``parse_name``, at most 5) that the romanized ``query``
    fits as ``same`` across scripts, or ``None``. A KB name is a curated spelling, so its readings are the person's
    likely Hangul names; a reading taken from the query that the KB name only loosely fits is not. Not cached here:
    it depends on the name model (``use_model``), and ``parse_name`` and ``name_similarity`` cache what they compute
    and forget it when the model changes."""
    try:
        readings = [c.hangul for c in parse_name(name, limit=5)]
    except ValueError:
        return None
    return next((h for h in readings if name_similarity(query, h).verdict == "same"), None)


def _method(query: str, name: str) -> LinkMethod:
    """What kind of fit a similarity is: a Korean name across scripts (``romanization``), a name transcribed from
    another language across scripts (``transcription``: the Hangul reads as a transcription by the learned measure of
    :func:`~bilingual.names.foreign_word.transcribed`, so 나폴리 and 도요타 are not taken for Korean names for their
    first syllable's being a family name), or two spellings in one script (``fuzzy``)."""
    if has_syllable(query) == has_syllable(name):
        return "fuzzy"
    hangul = (query if has_syllable(query) else name).replace(" ", "")
    return "transcription" if transcribed(hangul) else "romanization"


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


MAX_JSON_DEPTH = 32
"""A knowledge-base record nests a few levels (an entity, its lists of names); a line nested deeper is refused
with a clear error before it is parsed (Python's parser would exhaust its recursion limit)."""
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_NESTING = re.compile(r"[\[\]{}]")


def _json_depth(line: str) -> int:
    """The deepest nesting of arrays and objects in a line of JSON (brackets inside strings do not count)."""
    depth = deepest = 0
    for m in _JSON_NESTING.finditer(_JSON_STRING.sub("", line)):
        depth += 1 if m.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _entities_from_lines(text: str, source: str) -> Iterator[tuple[Entity, str]]:
    """The entities of a JSON Lines text, each with where it stands (blank lines skipped).

    Records are separated by ``\n`` only (JSON Lines): U+2028, U+0085 and the other line breaks
    ``str.splitlines`` knows may stand raw inside a JSON string.
    """
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}, line {number}"
        # the depth is at most the number of brackets that open: counted first, the strings left unscanned (kb59)
        if line.count("[") + line.count("{") > MAX_JSON_DEPTH and _json_depth(line) > MAX_JSON_DEPTH:
            raise KBError(f"{where}: JSON nested deeper than {MAX_JSON_DEPTH} levels; not a knowledge-base record")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KBError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        yield _validate(record, where), where


def _unique(entities: Iterable[tuple[Entity, str]]) -> list[Entity]:
    """The entities, each given with where it came from; a repeated id is an error naming both places, and so is a
    ``country`` that is not the id of a place in the same KB."""
    first: dict[str, str] = {}
    out = []
    for entity, where in entities:
        if entity.id in first:
            raise KBError(f"{where}: field 'id': duplicate id {entity.id!r} (first at {first[entity.id]})")
        first[entity.id] = where
        out.append(entity)
    places = {e.id for e in out if e.type == "place"}
    for entity in out:
        if entity.country is not None and entity.country not in places:
            raise KBError(f"{first[entity.id]}: field 'country': {entity.country!r} is not the id of a place in the "
                          "knowledge base")
    return out


@lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    text = resources.files("bilingual.data").joinpath("kb.jsonl").read_text(encoding="utf-8")
    return KnowledgeBase._from_located(_entities_from_lines(text, "bilingual/data/kb.jsonl"))
