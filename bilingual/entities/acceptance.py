"""The one acceptance rule of linking: which candidate a name is linked to, or why it is not (an abstention with the
candidates that fit), and the models both are written in.

>>> found = {"a": Candidate(entity_id="a", score=0.95, method="exact"),
...          "b": Candidate(entity_id="b", score=0.93, method="exact")}
>>> accept(found).entity_id is None  # two fit about equally: abstain, and say who
True
>>> accept({"a": found["a"]}).entity_id
'a'

:class:`~bilingual.entities.kb.KnowledgeBase` gathers the candidates, tier by tier; :func:`accept` decides. The
thresholds below are module attributes so that an evaluation may vary them (``evaluation/link_eval.py``).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from bilingual.document import LinkMethod
from bilingual.names.hangul import has_syllable
from bilingual.names.keys import korean_person_name, korean_surname
from bilingual.names.romanized import common_given_syllables, parse_name, syllable_readings, syllable_spellings
from bilingual.names.similarity import ONE_PLACE, fold_latin, name_similarity

MIN_ACCEPT = 0.6  # below this the best candidate is not linked
MARGIN = 0.05  # a second candidate this close to the best means: abstain ...
EVIDENCE_MARGIN = 1.0  # ... unless both are fits by name similarity and one leads by this many nats of evidence
TRANSCRIPTION_EVIDENCE = 12.0  # nats: a `possible` transcription clearly ahead is linked with this much (fx17)
SAME_EVIDENCE = 5.0  # nats: a `same` transcription on less is only a candidate (fx20; _thin_transcription)
CROWD_BELOW = 0.75  # a best candidate scoring under this fits badly ... (fx28; crowded)
CROWD_WINDOW = 0.35  # ... and other candidates scoring within this of it crowd under it ...
CROWD_SIZE = 2  # ... so many of them: abstain
PART_FIT_DISCOUNT = 0.8  # a retrieval's Latin name of one word fitting a Hangul name of several (fx31; part_fit)


class Candidate(BaseModel):
    """An entity a name may refer to, as one linking tier found it, and why."""

    model_config = ConfigDict(frozen=True)
    entity_id: str
    score: float
    method: LinkMethod
    reason: str = ""
    evidence: float | None = None  # a fit by name similarity: its log-likelihood ratio (NameSimilarity.evidence)
    verdict: Literal["same", "possible"] | None = None  # a fit by name similarity: its NameSimilarity.verdict
    kb_reading: str | None = None  # a `possible` fit of two spellings (fuzzy): a reading of the KB's name that the
    # query fits as `same` (None: none does, and the fit is a candidate, not a link)
    reading_share: float | None = None  # a fit close to others, of a Hangul query to a romanized Korean name: the
    # log share of the query among that name's readings (:func:`with_reading_shares`; None: not computed), added to
    # the evidence when close candidates are compared (sim16 branch)
    fitted: str | None = None  # a fit by name similarity: the entity's name the query fitted (kb._score_candidates;
    # a person's last word alone where only that fits), which :func:`accept` reads for a part fit (fx32 branch)


class Link(BaseModel):
    """The entity a name refers to, or ``entity_id=None`` (an abstention) with the candidates that fit: those that
    fit among the entities the deciding tier scored. The similarity tier scores the entities reached through the
    query's readings and spellings and at most :data:`~bilingual.entities.kb.MAX_SIMILAR` (100) of those its keys
    fetch, most keys shared first (kb54 branch; 200 before): in a large KB of dense names, the top of that order,
    not every entity that would fit. Of those, for a query in Latin letters, an entity named in Latin letters whose
    ceiling (``bounds.latin_ceiling``) keeps it more than :data:`MARGIN` under the best and under ``same`` is not
    scored (kb58 branch), so ``candidates`` holds every candidate within :data:`MARGIN` of the best (within
    :data:`SECOND_LOOK_RIVAL` when a second look may follow) and, further down, only those no ceiling ruled out."""

    model_config = ConfigDict(frozen=True)
    entity_id: str | None
    score: float
    method: LinkMethod
    reasons: tuple[str, ...]
    candidates: tuple[Candidate, ...] = ()


def accept(found: dict[str, Candidate], query: str | None = None) -> Link:
    """The one acceptance rule: link the best candidate if it is good enough and clearly ahead, else abstain.
    ``query`` is the name linked (titles and particle stripped): a candidate fitted by a :func:`part_fit` of it
    ranks at its score times :data:`PART_FIT_DISCOUNT` (:func:`_part_fits_discounted`)."""
    if query is not None:
        found = _part_fits_discounted(query, found)
    ranked = sorted(found.values(), key=lambda c: (-c.score, c.entity_id))
    best = ranked[0]
    if best.score < MIN_ACCEPT:
        return Link(entity_id=None, score=best.score, method=best.method, candidates=tuple(ranked),
                    reasons=(best.reason, f"best score {best.score:.2f} is below {MIN_ACCEPT}"))
    if len(ranked) > 1 and ranked[1].score >= best.score - MARGIN:
        lead = _clear_lead(ranked)
        if lead is not None and _possible_across_scripts(lead):
            return _only_possible(lead, ranked)
        if lead is not None and _thin_transcription(lead):
            return _only_thin(lead, ranked)
        if lead is not None:
            return Link(entity_id=lead.entity_id, score=lead.score, method=lead.method, candidates=tuple(ranked),
                        reasons=(lead.reason, f"fits clearly better than the other {len(ranked) - 1} candidates "
                                              "(name similarity evidence)"))
        return Link(entity_id=None, score=best.score, method=best.method, candidates=tuple(ranked),
                    reasons=(best.reason, f"{len(ranked)} entities fit about equally; not guessing"))
    if _possible_across_scripts(best) and not _well_evidenced_transcription(best):
        return _only_possible(best, ranked)
    if _thin_transcription(best):
        return _only_thin(best, ranked)
    return Link(entity_id=best.entity_id, score=best.score, method=best.method, reasons=(best.reason,),
                candidates=tuple(ranked))


def crowded(scores: Sequence[float]) -> bool:
    """Whether the best of a retrieval's candidate ``scores`` (any order) fits badly — under ``CROWD_BELOW`` — and
    at least ``CROWD_SIZE`` other candidates score within ``CROWD_WINDOW`` of it: then the retrieval abstains,
    whatever the best leads the second by (fx28 branch). Among 2,000 candidates a right name that fits badly (an
    exonym, silent letters) is often outscored, and the wrong name answered then has company: the margin rule sees
    only the top two, this sees how many crowd under the best.

    >>> crowded([0.70, 0.62, 0.55, 0.10])  # a fair fit with two others under it: abstain
    True
    >>> crowded([0.95, 0.80, 0.70])  # a good fit: the margin rule alone decides
    False
    >>> crowded([0.70, 0.30, 0.20])  # alone at the top
    False
    """
    top = heapq.nlargest(CROWD_SIZE + 1, scores)
    return (len(top) == CROWD_SIZE + 1 and top[0] < CROWD_BELOW
            and top[CROWD_SIZE] >= top[0] - CROWD_WINDOW)


def part_fit(query: str, name: str) -> bool:
    """Whether ``name`` can fit ``query`` by one word only: ``query`` is a Hangul name written in several words and
    ``name`` one word in Latin letters (fx31 branch). Latin separates a name's words where Hangul does (Stephen Curry
    / 스테픈 커리, Annie Ernaux / 아니 에르노), so a one-word Latin name that fits the whole Hangul (Stepney, Annino)
    reads one Latin word across the Hangul's space. A Hangul name of one word says nothing (Hangul often writes a
    name of several words as one: 갠지스강 / Ganges River), nor does a Latin query (its Hangul may be one word).

    >>> part_fit("스테픈 커리", "Stepney"), part_fit("스테픈 커리", "Stephen Curry"), part_fit("커리", "Curry")
    (True, False, False)
    """
    return len(query.split()) >= 2 and has_syllable(query) and len(name.split()) == 1 and not has_syllable(name)


def without_part_fits(query: str, names: Sequence[str], scores: Sequence[float]) -> list[float]:
    """A retrieval's ``scores`` of ``query`` against ``names`` (in the same order), those of a :func:`part_fit`
    multiplied by :data:`PART_FIT_DISCOUNT` (fx31 branch): the retrieval ranks, takes its margin and looks for a
    crowd (:func:`crowded`) on these. Among 2,000 names a one-word name that fits a Hangul name of several words
    a little better than the right name of as many words is a rival in the margin that turns a right answer into an
    abstention (Stepney 0.87 over Stephen Curry 0.84 for 스테픈 커리); discounted, it is no rival, while a right
    name of one word (Annino for 안니노 역, a station) is still answered. Chosen on the tune halves
    (``evaluation/foreign_names_eval.py``: 0.9 and 0.95 move nothing, 0.8 and under answer two more queries right,
    skipping such names altogether loses a right answer of section (a)'s tune queries; docs/similarity.md).

    >>> without_part_fits("스테픈 커리", ["Stephen Curry", "Stepney"], [0.84, 0.87])
    [0.84, 0.696]
    """
    if len(query.split()) < 2 or not has_syllable(query):
        return list(scores)
    return [round(s * PART_FIT_DISCOUNT, 6) if part_fit(query, n) else s for n, s in zip(names, scores, strict=True)]


def _part_fits_discounted(query: str, found: dict[str, Candidate]) -> dict[str, Candidate]:
    """``found``, the candidates whose fitted name (:attr:`Candidate.fitted`) is a :func:`part_fit` of ``query``
    scored by :func:`without_part_fits` — the retrieval's rule, inside the KB's acceptance (fx32 branch): for a
    Hangul name of several words, a one-word Latin name read across the Hangul's space is no rival of (and no link
    over) an entity whose name has the words (레프 톨스토이: Tolstoy 0.72 over Leo Tolstoy 0.66, a wrong link of
    fx30's tune sets). Every other candidate, and every query of one word or in Latin letters, is unchanged.

    >>> found = {"t": Candidate(entity_id="t", score=0.72, method="transcription", fitted="Tolstoy"),
    ...          "l": Candidate(entity_id="l", score=0.66, method="transcription", fitted="Leo Tolstoy")}
    >>> {i: c.score for i, c in _part_fits_discounted("레프 톨스토이", found).items()}
    {'t': 0.576, 'l': 0.66}
    """
    items = list(found.items())
    scores = without_part_fits(query, [c.fitted or "" for _, c in items], [c.score for _, c in items])
    out = dict(found)
    for (i, c), score in zip(items, scores, strict=True):
        if score != c.score:
            out[i] = c.model_copy(update={"score": round(score, 4), "reason": (
                f"{c.reason}; {c.fitted!r} is one word in Latin letters for a Hangul name of several words: ranked "
                f"at {PART_FIT_DISCOUNT:g} of its score")})
    return out


SECOND_LOOK_RIVAL = 0.15  # another candidate this close to a `possible` fit: no second look (link20 branch)
_ALIGNED = re.compile(r"^([a-z]+|∅) ~ (\S)(?: \((rare|unseen) spelling\))?$")


def second_look_fits(a: str, b: str) -> bool:
    """Whether a ``possible`` fit of a Korean person's name in Hangul and a romanization of it (either order) is
    the spelling of that person on a second look (link20 branch): the name is a Korean surname and a given name
    (:func:`korean_person_name`), every syllable is written by a piece of the romanization, the surname's and every
    other syllable's pieces are usual spellings but one given-name syllable's, that piece has the consonant letters
    of a known spelling of its syllable (it differs in its vowel letters only: `hyek` and `hyeok` for 혁) and it is
    no known spelling of another syllable common in given names (:func:`_reads_as_another_syllable`). A `possible`
    fit is often another person's spelling: a neighbour's name differs in a syllable, and its usual spelling of that
    syllable reads as that syllable (`Yoon Jae-hi` is no spelling of 윤재호: `hi` reads as 희); a person's own
    unusual vowel letters (`Yoon Jae-hyek`, 윤재혁) read as no other common syllable."""
    hangul, latin = (a, b) if has_syllable(a) else (b, a)
    compact = hangul.replace(" ", "")
    if has_syllable(latin) or not korean_person_name(compact):
        return False
    surname = korean_surname(compact)
    if surname is None:
        return False
    result = name_similarity(hangul, latin, kind="person")
    if result.verdict != "possible" or not result.reasons or "Korean name romanized" not in result.reasons[0]:
        return False
    aligned = [m.groups() for r in result.reasons if (m := _ALIGNED.match(r))]
    if "".join(syllable for _, syllable, _ in aligned) != compact or any(piece == "∅" for piece, _, _ in aligned):
        return False
    unusual = [(i, piece, syllable) for i, (piece, syllable, note) in enumerate(aligned) if note]
    if len(unusual) != 1 or unusual[0][0] < len(surname):
        return False
    _, piece, syllable = unusual[0]
    return _consonants(piece) in _consonant_spellings(syllable) and not _reads_as_another_syllable(piece, syllable)


def second_look_on_kb_reading(query: str, name: str) -> tuple[str, float] | None:
    """The Hangul the KB's romanized Korean ``name`` stands for — its first reading (``parse_name``) that ``name``
    itself fits as ``same`` — with the score of the romanized ``query``'s fit to it, when the query fits it on a
    second look (:func:`second_look_fits`); else ``None`` (link27 branch). Two romanizations are compared through a
    Hangul reading; a query with one unusual given-name syllable fits its person's Hangul only as ``possible``, so
    its fit with the KB's spelling of that person is ``possible`` too, and no reading of the KB name is one the
    query fits as ``same`` (``kb._same_on_kb_reading``). A KB name is a curated spelling, so its first reading is
    the person's likely Hangul name: the query is looked at again against it, and scored against it, as a Latin
    query is against a KB's Hangul name. Only the first: a later reading may cut a syllable in two (`hyeok` as
    혜억), which a neighbour's spelling fits too."""
    if has_syllable(query) or has_syllable(name):
        return None
    reading = kb_name_reading(name)
    if reading is None or not second_look_fits(reading, query):
        return None
    return reading, name_similarity(reading, query, kind="person").score


def kb_name_reading(name: str) -> str | None:
    """The Hangul a KB's romanized Korean person's ``name`` stands for: its first reading (``parse_name``, at most
    5) that ``name`` itself fits as ``same``, or ``None`` (a name in Hangul, or one no reading fits so). A KB name
    is a curated spelling, so its first such reading is the person's likely Hangul name (link27 branch; the
    retrieval of link28 keys the name by it, ``KnowledgeBase._read_korean_index``)."""
    if has_syllable(name):
        return None
    try:
        readings = [c.hangul for c in parse_name(name, limit=5)]
    except ValueError:
        return None
    return next((h for h in readings if name_similarity(h, name, kind="person").verdict == "same"), None)


_VOWEL_LETTERS = re.compile("[aeiouwy]+")


def _consonants(spelling: str) -> str:
    """The consonant letters of a spelling (``hyek`` → ``hk``, ``whan`` → ``hn``), as the scorer's vowel units write
    ``a e i o u w y``."""
    return _VOWEL_LETTERS.sub("", fold_latin(spelling))


@lru_cache(maxsize=4096)
def _consonant_spellings(syllable: str) -> frozenset[str]:
    """The consonant letters of every spelling of ``syllable`` in a given name that the reading of names knows
    (:func:`syllable_spellings`): an unusual piece with the same consonants differs from a known spelling in its
    vowel letters only."""
    return frozenset(_consonants(spelling) for spelling, _ in syllable_spellings(syllable))


def _reads_as_another_syllable(piece: str, syllable: str) -> bool:
    """Whether ``piece`` is a spelling the reading of names knows (:func:`syllable_readings`) of a syllable common in
    given names other than ``syllable``, at least as likely as ``syllable``'s own reading from it."""
    readings = syllable_readings(piece)
    own = max((w for s, w in readings if s == syllable), default=0.0)
    common = common_given_syllables()
    return any(s != syllable and s in common and w >= own for s, w in readings)


def _possible_across_scripts(candidate: Candidate) -> bool:
    """A fit that name similarity calls only ``possible`` and that nothing else supports: as often the spelling of
    someone the KB does not hold, so it is a candidate, not a link. Across scripts (``romanization``,
    ``transcription``): chosen on the tune part of ``evaluation/link_eval.py`` (``--diagnose``, sim4 branch): no
    right link there was made on such a fit, while most links made when the person was not in the KB were. Two
    spellings in one script (``fuzzy``, a fit through a shared Hangul reading, capped at ``possible`` when the two
    spellings' own readings differ) are linked only when the query fits one of the KB name's own readings as
    ``same`` (``Candidate.kb_reading``; sim5 branch, chosen on the tune part the same way: the right tune links
    made on such fits had one, 2 of the 14 distinct wrong links of absent people did). A romanization abstained on
    here may still be linked by :meth:`KnowledgeBase._second_look` (link20 branch)."""
    if candidate.verdict != "possible":
        return False
    return candidate.method in ("romanization", "transcription") or (
        candidate.method == "fuzzy" and candidate.kb_reading is None)


def _thin_transcription(candidate: Candidate) -> bool:
    """A fit of a name transcribed from another language that name similarity calls `same` on less than
    :data:`SAME_EVIDENCE` nats (fx20 branch): the calibrated score saturates for a short name whose every syllable is
    written in a rare way (카뮈 / Kemi, `ke ~ 카`, `mi ~ 뮈`, 4.6 nats; 에비나 / Vienna, 4.9), and such a fit was the
    wrong link of a name the KB holds in another form (Camus, 빈). Treated as a `possible` fit: a candidate, no
    link."""
    return candidate.method == "transcription" and candidate.verdict == "same" \
        and candidate.evidence is not None and candidate.evidence < SAME_EVIDENCE


def _well_evidenced_transcription(candidate: Candidate) -> bool:
    """A ``possible`` fit of a name transcribed from another language, clearly ahead of every other candidate (the
    caller's case) and explained by at least :data:`TRANSCRIPTION_EVIDENCE` nats: linked. The calibrated score of a
    transcription saturates later than a Korean name's (Beethoven / 베토벤 0.75, François Hollande / 프랑수아 올랑드
    0.76, both `possible`), and section (a) of the evaluation answers such fits; a `possible` fit on little evidence
    (a short name bent into another: 버핏 / Opp, 1.8 nats) still abstains. Chosen on the tune parts (fx17 branch,
    docs/similarity.md): 8 nats is the lowest that adds no wrong link for names in the KB, 12 adds fewer links of
    names left out of it (of 1,892 such queries: 93 at 8, 89 at 12, 87 at 15; 80 before) for 3–6 fewer right ones."""
    return candidate.method == "transcription" and (candidate.evidence or 0.0) >= TRANSCRIPTION_EVIDENCE


def _only_possible(candidate: Candidate, ranked: list[Candidate]) -> Link:
    return Link(entity_id=None, score=candidate.score, method=candidate.method, candidates=tuple(ranked),
                reasons=(candidate.reason, "the best fit is only a possible spelling of that name; not guessing"))


def _only_thin(candidate: Candidate, ranked: list[Candidate]) -> Link:
    return Link(entity_id=None, score=candidate.score, method=candidate.method, candidates=tuple(ranked),
                reasons=(candidate.reason, f"the transcription fits on only {candidate.evidence or 0.0:.1f} nats of "
                                           f"evidence (under {SAME_EVIDENCE:g}); not guessing"))


def _clear_lead(ranked: list[Candidate]) -> Candidate | None:
    """Among candidates whose scores are close to the best one's (the similarity score saturates near 1 for good
    fits), the one whose name-similarity evidence leads every other close candidate's by :data:`EVIDENCE_MARGIN`
    nats; ``None`` when any close candidate has no evidence (not a fit by similarity) or no one leads by that
    much. Candidates further down are already beaten on score: their evidence is not compared (a Latin⇄Latin
    fit capped below ``same`` may still carry high evidence). When every close candidate has a
    :attr:`Candidate.reading_share` (a Hangul query, each a romanized Korean name), it is added to the evidence
    (sim16 branch). Nor when a close candidate was fitted through another name GeoNames gives its place
    (:data:`~bilingual.names.similarity.ONE_PLACE`, fx34 branch): the evidence is of that name's spelling, which says
    nothing about which of the two the query names (소니: Sony, and Shawnee through its alternate Soni)."""
    close = [c for c in ranked if c.score >= ranked[0].score - MARGIN]
    if any(c.evidence is None for c in close):
        return None
    if any(ONE_PLACE in c.reason for c in close):
        return None  # a fit through another name of a place (fx34): its evidence is that name's, not the query's
    shares = all(c.reading_share is not None for c in close)

    def weight(c: Candidate) -> float:
        return (c.evidence or 0.0) + ((c.reading_share or 0.0) if shares else 0.0)

    lead = max(close, key=lambda c: (weight(c), c.score))
    rest = [weight(c) for c in close if c is not lead]
    if lead.score < MIN_ACCEPT or weight(lead) - max(rest) < EVIDENCE_MARGIN:
        return None
    return lead


def with_reading_shares(query: str, found: dict[str, Candidate], fitted: dict[str, str]) -> dict[str, Candidate]:
    """``found``, with :attr:`Candidate.reading_share` set on the candidates close to the best (only between them
    does :func:`_clear_lead` compare evidence) when the query is a Hangul name and they are all romanized Korean
    names (``romanization`` fits). The evidence of a fit says how well a Hangul name explains a spelling, which
    ranks the spellings of one name; which of two spellings stands for the query's person is another question:
    "Jeong Mi-yong" writes 정미영 better than "Chung Mi-yung" does (yong is McCune-Reischauer's 영), but it reads
    better still as 정미용, while "Chung Mi-yung" reads as nothing likelier than 정미영. The share is the log share
    of the query among each spelling's readings (:func:`_hangul_share`). The same idea for a romanized query
    against romanized names (how well the query writes the Hangul each KB spelling stands for, in place of the
    fuzzy fit's mean evidence) gained right links under cross-validation but added wrong ones: not kept (sim16
    branch, docs/kb.md)."""
    if len(found) < 2 or not has_syllable(query):
        return found
    top = max(c.score for c in found.values())
    close = [i for i, c in found.items() if c.score >= top - MARGIN]
    if len(close) < 2 or any(found[i].method != "romanization" for i in close):
        return found
    out = dict(found)
    for i in close:
        share = _hangul_share(query, fitted[i])
        if share is None:
            return found  # one missing: the evidence decides, as before
        out[i] = found[i].model_copy(update={"reading_share": share})
    return out


def _hangul_share(hangul: str, latin: str) -> float | None:
    """The log share of ``hangul`` among the Hangul readings of the romanized ``latin`` (:func:`parse_name`'s, at
    most 5, and ``hangul``), each weighed by its evidence against ``latin`` (the readings equally likely
    beforehand): 0 when ``latin`` reads as nothing else, negative when another reading explains it better."""
    own = name_similarity(hangul, latin).evidence
    if own is None:
        return None
    compact = hangul.replace(" ", "")
    evidences = [own] + [e for r in dict.fromkeys(_readings_of(latin)) if r != compact
                         and (e := name_similarity(r, latin).evidence) is not None]
    top = max(evidences)
    return round(own - top - math.log(sum(math.exp(e - top) for e in evidences)), 4)


def _readings_of(name: str) -> list[str]:
    try:
        return [c.hangul for c in parse_name(name, limit=5)]
    except ValueError:
        return []
