"""Learn ``bilingual/data/name_model.tsv``: how Latin letters write Hangul jamo, from real name pairs.

Run from the repository root: ``python training/train_name_model.py [--out PATH]`` (about 30 s; needs
``../shared/names-dev``). Rerunning writes the same bytes.

Model. A Hangul name is a sequence of positional jamo units (``syllable_units``: initial consonant, the
silent initial ㅇ included as a unit that mostly writes nothing, vowel, final consonant marked ``_``). A
Latin spelling (folded to a-z) is written unit by unit, each unit writing a chunk of 0 to 3 letters (0 for
the epenthetic ㅡ of 스미스 / Smith and for silent units). P(chunk | unit) is estimated by EM over all
monotone many-to-many alignments (forward-backward; the m2m-aligner of Jiampojamarn et al. 2007, and the
joint source-channel view of Li et al. 2004), in two tables: ``ko`` (Korean names and places romanized:
kinds ko_person_fullname, ko_given_name, ko_place, the fixture's public figures) and ``fx`` (foreign names
transcribed into Hangul: foreign_place, cjk_place, country_name, foreign stage/person names, the
fixture's matching transcriptions). ko_stage_name (noisy) and the fixture's near misses are not learned.

Context (the ``ko`` table, ``CONTEXT_TABLES``): each unit is also learned in context (``similarity.word_units``:
an initial consonant with what precedes it, ``ㅈ@^`` at the start of a word and ``ㅈ@V`` after an open syllable;
a vowel with its syllable's final, ``ㅓ@_ㅇ``; a final with the next initial's class), by the same EM: the expected
counts of a unit in context give the jamo's table (summed over its contexts) and the context's own,
interpolated with the jamo's by Witten–Bell, P(c | u, ctx) = (count(c) + κT · P(c | u)) / (N + κT) (N the
context's expected count, T the chunks it writes, κ = ``CONTEXT_BACKOFF``, ``--context-backoff``), so 정 /
Chung (ㅈ as ch at the start of a word, ㅓ as u before a final) is learned where the data has it and the jamo's
table is used elsewhere. The first EM iteration reads units as jamo alone; ``--no-context`` trains without.
``--fx-context`` learns the ``fx`` table's units in context too (the same contexts and κ; the scorer reads any
table's context rows): tried on the fx16 branch, with and without ``--corpus-foreign-train``, not adopted
(docs/similarity.md).

Smoothing: P(c | u) = (E[count(u, c)] + ALPHA * B(c)) / (E[count(u)] + ALPHA) where B is a background chunk
distribution (fixed length prior x letter frequencies, learned separately for vowel and consonant units, so
that an unseen vowel spelling such as 세 / Sye costs less than a changed consonant): an unseen pair keeps a
small probability. EM starts
from B plus a bonus for the official RR and MR letters of each unit (the only hand-written knowledge).
An experiment, off in the shipped model: ``--edit-cost X`` writes ``calibration edit_cost X`` into the table,
and the scorer then backs an unseen spelling of a Korean vowel off to the vowel's nearest learned spellings
(their log probability less X nats per letter edit; ``similarity._near_spelling``), so Sye for 세 or Jeung for
정 costs a little more than the usual spelling rather than as much as random letters; the calibration is fitted
with it in use. Tried on the sim4 branch and not adopted (docs/similarity.md gives what it printed).

Added letters (``DECORATIONS``, on since the sim11 branch; ``--no-decorations`` trains the table before it): English
"folk" spellings add a letter to a learned spelling of a syllable (길: gil → gill, 준: jun → june, 덕: duk → duck,
안: an → ahn). From the train part's Korean pairs, each syllable's spellings by a piece that writes it alone are
counted (``syllable_spellings``); a spelling that is another spelling of the same syllable with one letter added counts
for the kind of that letter (``similarity.insertion_type``: the letter, ``=`` for the previous letter doubled, ``$``
at the end of a piece; a vowel letter inside a piece is not counted), and the rate of each kind is its count over
every such piece (``decoration_rates``), written as ``decor`` rows. The scorer reads a piece that the table writes
with an unseen chunk as a learned spelling plus one such letter, at that rate (``similarity._decorated_fit``).

Surnames (sim14 branch's experiment, on since the sim15 branch; ``--no-surnames`` trains without): each row of
``bilingual/data/surnames.tsv`` (the package's surname table: the spellings bearers use, with the published passport
shares where the table gives them, Lim 62 % of 임) is one more training name for the ``ko`` table, a one-syllable
word counted at a weight per spelling — the published share, the rest of the row's weight split among the other
spellings as the table's rank weights fall off (``surname_examples``; the EM counts a weighted example at its
weight). The train part is a K-pop list: one 임 of the nine in the train part is written Lim there, against 62 % of
임's bearers.

Doubled letters (on since the fx18 branch; ``--no-doubled`` trains the table before it): a foreign spelling
often writes one consonant sound with a letter twice (Buffett, Klopp, Ericsson), which the Hangul writes once (버핏,
클롭, 에릭슨). For the ``fx`` table the share of consonant letters written twice among the train part's Latin spellings
of that table (``doubled_rate``: a consonant letter equal to the one before it, against those that are not; a doubled
vowel letter is another vowel, ``ee`` of Lee) is written as a
``doubled`` row; the scorer reads a chunk with a doubled letter (``ff`` for ㅍ, which writes ``f``) at no less than
the single chunk's log probability plus that rate (``similarity._doubled_backoff``). The calibration is fitted
without the backoff (``CALIBRATE_WITH_DOUBLED``, off): fitted with it, its shared verdict thresholds moved and a
Korean name (Han Dohee / Han Do-ho, ``tests/entities/test_kb.py``) was linked wrongly; so the table is the base's
and one row more, and Korean names score as before.

Calibration (tune split only): features of ``bilingual.names.similarity`` (log-likelihood ratio against a
background letter-bigram model, per letter and in total) for true tune pairs and for wrong pairs drawn
from the tune pool (random names, the closest-scoring wrong name, another person with the same surname, the
same name with one syllable or one consonant changed); a logistic regression on them (the right pairs weighing half,
each wrong pair alike; ``--balanced-groups``, tried on the sim38 branch and not adopted: each group of wrong pairs an
equal share of the other half, so that the close groups weigh as much as the random names); thresholds:
``possible`` keeps 99 % of true tune pairs out of ``different``, ``same`` is passed by at most 5 % of the hard
wrong pairs. Similarity reads a pair with the table and word order whose calibrated score is best, so the
calibration runs twice: the second pass is fitted on the readings the first pass's calibration chooses.

A new writer's Korean names (sim18 branch; not adopted, none in the shipped table): ``--writer-seed N`` learns the rows
of the tune half (split seed N) of ``fixtures/names/korean_names_heldout1.tsv`` whose Hangul the name data's hash puts
in the train part (``name_data.writer_pairs``) too; the file's report half never is.

The foreign-names files' tune halves (fx32 branch; not adopted, none in the shipped table): ``--foreign-halves N``
learns the rows of the tune half, under split seed N, of ``fixtures/names/foreign_names_heldout*.tsv`` whose name is
in the train part (``name_data.foreign_file_pairs``) into the ``fx`` table; ``--foreign-sub-seed M`` only those of
the tune half of that half under split seed M (the nested check: the rest of the tune halves is measured).

Corpus pairs (``fixtures/names/corpus_names.tsv``; none in the shipped table): ``--corpus`` learns from every
part's, ``--corpus-train-only`` from the train part's, ``--corpus-foreign-train`` from the train part's foreign
pairs in the ``fx`` table only (the ``ko`` table and the background letter model learn from the same rows as the
shipped table, so the ``ko`` rows are the same bytes; the calibration is fitted again). docs/similarity.md has
what each printed.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import name_data
from name_data import NOISY_KINDS, Pair, load

from bilingual.names import similarity as sim
from bilingual.names.hangul import INITIALS, MEDIALS, compose, decompose, is_syllable
from bilingual.names.romanize import (
    _FINAL_ROMAN,
    _REPRESENTATIVE,
    MR_INITIAL,
    MR_VOICED,
    MR_VOWEL,
    RR_INITIAL,
    RR_VOWEL,
)

OUT = Path(__file__).resolve().parent.parent / "bilingual" / "data" / "name_model.tsv"
ITERATIONS = 8
ALPHA = 2.0
SEED_BONUS = 0.3  # initial weight of the official RR/MR letters of a unit
LENGTH_PRIOR = (0.005, 0.50, 0.33, 0.165)  # background P(chunk length 0..3)
KEEP = 0.05  # expected counts below this are left to the smoothing
LETTER_PRIOR = 50.0  # weight of the overall letter frequencies in each class's smoothing letters
VOWELS = frozenset(MEDIALS)
VOWEL_LETTERS = frozenset("aeiouwy")  # what a vowel's spelling is written with (its glides included)
SEED = 20261202
EDIT_COST: float | None = None  # the scorer's near-spelling backoff (similarity._near_spelling): off; see --edit-cost
CALIBRATION_PASSES = 2  # the first on the likelihood's choice of reading, the second on the calibrated score's
CONTEXT_TABLES: tuple[str, ...] = ("ko",)  # tables whose units are learned in context too (similarity.word_units)
CONTEXT_BACKOFF = 16.0  # κ: a context's share of its jamo's distribution is κT / (N + κT) (1: Witten–Bell; 16: chosen
# from 1, 4, 16 on the train and tune parts and --cv-train 5, docs/similarity.md)
DECORATIONS = True  # learn the rates of letters added to a syllable's spelling (sim11, adopted; --no-decorations)
UNSEEN_DECORATIONS: str | None = None  # a Good–Turing rate for kinds of added letter never seen (sim12 experiments,
# off: --unseen-decorations any|not-final; docs/log/similarity.md "sim12 branch")
DOUBLED_TABLES: tuple[str, ...] = ("fx",)  # tables whose doubled letters back off to the single (fx18; --no-doubled)
CALIBRATE_WITH_DOUBLED = False  # fit the calibration with that backoff in use (fx18: moved Korean verdicts; not kept)
BALANCED_GROUPS = False  # each group of wrong calibration pairs weighs alike (sim38; --balanced-groups; not adopted)
ALIKE_VOWELS = False  # read a given name's vowel written as another that sounds alike is (sim13; --alike-vowels)
SURNAMES = True  # each row of bilingual/data/surnames.tsv teaches the ko table its surname's spellings (sim14's
# experiment, adopted on the sim15 branch once the mentions stage read "CHO Won jin" whole; --no-surnames: without)
WRITER_SEED: int | None = None  # learn the tune half (this split seed) of a new writer's Korean names, its rows whose
# part is train (name_data.writer_pairs; sim18 branch: measured, not adopted; --writer-seed N)
ALIKE_MIN_OVERLAP = 0.01  # pairs of vowels whose spellings overlap less are not read as alike
WRITER_KINDS = frozenset(["ko_writer_person", "ko_writer_place"])  # name_data.writer_pairs' kinds
CORPUS_SOURCE = "corpus_names.tsv"  # Pair.source of the corpus's rows (training/name_data.py)
NEAREST_DRAW = 200  # fx29: wrong Latin names drawn for each foreign tune name, as a retrieval among many meets them
NEAREST_KEEP = 0  # of those, the best-scoring (by the calibration in use) are wrong pairs of the calibration: none in
# the shipped table (fx29 measured 1, --nearest 1: right names ranked first more often, not kept; docs/similarity.md)
NEAREST_SEED = SEED + 29  # their own draw, so the draws of the other wrong pairs are the same as before

Units = tuple[str, ...]


def official(unit: str) -> set[str]:
    """RR and MR letters for a unit (folded): the EM's starting point."""
    out: set[str] = set()
    if unit.startswith("_"):
        rep = _REPRESENTATIVE.get(unit[1:], "")
        out.add(_FINAL_ROMAN.get(rep, ""))
    elif unit in RR_INITIAL:
        for table in (RR_INITIAL, MR_INITIAL, MR_VOICED):
            if unit in table:
                out.add(sim.fold_latin(table[unit]) if table[unit] else "")
    else:
        for table in (RR_VOWEL, MR_VOWEL):
            out.add(sim.fold_latin(table[unit]))
    return out


def example(pair: Pair, context: bool = False) -> tuple[Units, list[str]] | None:
    """The jamo units of the pair's Hangul (in context, ``ㅓ@_ㅇ``, with ``context``) and its Latin letters in
    each word order."""
    hangul, latin = sim._parse(pair.hangul), sim._parse(pair.latin)
    if hangul.script != "hangul" or latin.script != "latin":
        return None
    if context:
        units = tuple(u for w in hangul.words for syllable in sim.word_units(w) for u in syllable)
    else:
        units = tuple(u for w in hangul.words for s in w if is_syllable(s) for u in sim.syllable_units(s))
    orders = ["".join(latin.words[i] for i in o) for o in sim._orders(len(latin.words))]
    orders = [o for o in orders if len(o) <= sim.MAX_CHUNK * len(units)]
    return (units, orders) if orders else None


def surname_examples() -> list[tuple[Units, list[str], float]]:
    """The surnames of ``bilingual/data/surnames.tsv`` as weighted one-syllable training names for the ``ko`` table:
    each surname row counts as one name in all, shared among its listed spellings as its bearers share them — the
    published share where the table gives one (passport spelling statistics: Lim 62 % of 임), the rest of the row's
    weight split among the other spellings as the table's rank weights fall off. So a spelling the table lists (Lim,
    Rhee, Ryu, Yi) is one the model has seen, in proportion to how often it is written. The RR and MR spellings the
    table leaves to rule are not added (the EM's seeds start from them)."""
    from bilingual.names.romanized import tables

    out: list[tuple[Units, list[str], float]] = []
    for hangul, spellings in sorted(tables().surnames.items()):
        published = {s: w for s, w in _published(hangul) if w is not None}
        rest = [(s, w) for s, w in spellings if s not in published]
        left = max(0.0, 1.0 - sum(published.values()))
        rest_total = sum(w for _, w in rest)
        weights = {**published, **{s: left * w / rest_total for s, w in rest if rest_total}}
        units = tuple(u for syllable in sim.word_units(hangul) for u in syllable)
        for spelling, weight in weights.items():
            latin = sim.fold_latin(spelling)
            if weight >= KEEP and len(latin) <= sim.MAX_CHUNK * len(units):
                out.append((units, [latin], round(weight, 4)))
    return out


def _published(hangul: str) -> list[tuple[str, float | None]]:
    """The spellings of a surname row as written in the table, with the weight written after a colon (``None``
    where the table gives none: the loader fills those in by rank)."""
    from bilingual.names.romanized import _read_rows

    for _, cols in _read_rows("surnames.tsv"):
        if cols[0] == hangul:
            items = [item.partition(":") for item in cols[2].split(",")]
            return [(spelling, float(weight) if weight else None) for spelling, _, weight in items]
    return []


def unit_class(unit: str) -> str:
    """``V`` for a vowel, ``C`` for a consonant (initial or final): each has its own smoothing letters."""
    return "V" if sim.base_unit(unit) in VOWELS else "C"


class Table:
    """P(chunk | jamo) for each jamo unit, and, for units in context (``ㅓ@_ㅇ``), P(chunk | jamo, context)
    interpolated with the jamo's by Witten–Bell: (count(c) + T · P(c | jamo)) / (N + T), N the context's expected
    count and T the number of chunks it writes (kept at KEEP or more), so a context seen often with few spellings
    trusts its own counts and a rare one falls back to its jamo's."""

    def __init__(self, letter: dict[str, float], units: set[str], context_backoff: float = 1.0) -> None:
        self.context_backoff = context_backoff
        self.letter = {"C": dict(letter), "V": dict(letter)}
        self.global_letter = letter
        self.prob: dict[str, dict[str, float]] = {}
        self.floor: dict[str, float] = {}
        self.context_prob: dict[str, dict[str, float]] = {}  # unit in context -> chunk -> interpolated P
        self.backoff: dict[str, float] = {}  # unit in context -> T / (N + T), the jamo's share
        for u in sorted({sim.base_unit(u) for u in units}):
            self.prob[u] = {c: (1 - SEED_BONUS) * self.background(c, u) + SEED_BONUS / len(official(u))
                            for c in official(u)}
            self.floor[u] = 1 - SEED_BONUS

    def background(self, chunk: str, unit: str) -> float:
        p = LENGTH_PRIOR[len(chunk)]
        letter = self.letter[unit_class(unit)]
        for c in chunk:
            p *= letter.get(c, 1e-4)
        return p

    def p(self, unit: str, chunk: str) -> float:
        if sim.CONTEXT in unit:
            weight = self.backoff.get(unit)
            if weight is not None:
                seen = self.context_prob[unit].get(chunk)
                return seen if seen is not None else weight * self.p(sim.base_unit(unit), chunk)
            unit = sim.base_unit(unit)
        table = self.prob.get(unit)
        seen = table.get(chunk) if table is not None else None
        return seen if seen is not None else self.floor.get(unit, 1.0) * self.background(chunk, unit)

    def forward_backward(self, units: Units, latin: str, counts: dict[str, dict[str, float]]) -> float:
        n, m = len(units), len(latin)
        alpha = [[0.0] * (m + 1) for _ in range(n + 1)]
        alpha[0][0] = 1.0
        emis: list[list[list[float]]] = []
        for i, u in enumerate(units):
            row = []
            for j in range(m + 1):
                row.append([self.p(u, latin[j:j + k]) for k in range(min(sim.MAX_CHUNK, m - j) + 1)])
            emis.append(row)
            a, nxt = alpha[i], alpha[i + 1]
            for j in range(m + 1):
                if a[j]:
                    for k, e in enumerate(row[j]):
                        nxt[j + k] += a[j] * e
        z = alpha[n][m]
        if z <= 0:
            return 0.0
        beta = [0.0] * (m + 1)
        beta[m] = 1.0
        for i in range(n - 1, -1, -1):
            new = [0.0] * (m + 1)
            u = units[i]
            cu = counts[u]
            a = alpha[i]
            for j in range(m + 1):
                total = 0.0
                for k, e in enumerate(emis[i][j]):
                    b = beta[j + k]
                    if b:
                        total += e * b
                        if a[j]:
                            post = a[j] * e * b / z
                            if post > 1e-6:
                                c = latin[j:j + k]
                                cu[c] = cu.get(c, 0.0) + post
                new[j] = total
            beta = new
        return math.log(z)

    def viterbi(self, units: Units, latin: str) -> float:
        m = len(latin)
        prev = [0.0] + [-1.0] * m
        for u in units:
            cur = [-1.0] * (m + 1)
            for j in range(m + 1):
                if prev[j] < 0:
                    continue
                for k in range(min(sim.MAX_CHUNK, m - j) + 1):
                    v = prev[j] + (-math.log(self.p(u, latin[j:j + k]) or 1e-300))
                    if cur[j + k] < 0 or v < cur[j + k]:
                        cur[j + k] = v
            prev = cur
        return -prev[m] if prev[m] >= 0 else -1e18

    def m_step(self, in_context: dict[str, dict[str, float]]) -> None:
        counts: dict[str, dict[str, float]] = defaultdict(dict)  # the jamo's: its contexts' counts summed
        for u in sorted(in_context):
            jamo = counts[sim.base_unit(u)]
            for c, v in sorted(in_context[u].items()):
                jamo[c] = jamo.get(c, 0.0) + v
        letters: dict[str, dict[str, float]] = {"C": defaultdict(float), "V": defaultdict(float)}
        for u in sorted(counts):
            for c, v in sorted(counts[u].items()):
                for ch in c:
                    letters[unit_class(u)][ch] += v
        for cls, seen in letters.items():
            total = sum(seen.values()) + LETTER_PRIOR
            self.letter[cls] = {ch: (seen[ch] + LETTER_PRIOR * p) / total for ch, p in self.global_letter.items()}
        for u in sorted(counts):
            cu = counts[u]
            total = sum(cu.values())
            kept = {c: v for c, v in sorted(cu.items()) if v >= KEEP}
            self.prob[u] = {c: (v + ALPHA * self.background(c, u)) / (total + ALPHA) for c, v in kept.items()}
            self.floor[u] = ALPHA / (total + ALPHA)
        self.context_prob, self.backoff = {}, {}
        for u in sorted(in_context):
            if sim.CONTEXT not in u:
                continue
            cu = in_context[u]
            total = sum(cu.values())
            kept = {c: v for c, v in sorted(cu.items()) if v >= KEEP}
            if not kept:
                continue
            types = self.context_backoff * len(kept)
            jamo = sim.base_unit(u)
            self.context_prob[u] = {c: (v + types * self.p(jamo, c)) / (total + types) for c, v in kept.items()}
            self.backoff[u] = types / (total + types)


def train_table(examples: list[tuple[Units, list[str]]], letter: dict[str, float], name: str,
                log: TextIO | None = sys.stderr, context_backoff: float = 1.0,
                weighted: list[tuple[Units, list[str], float]] | None = None) -> Table:
    """EM: the first iteration reads every unit as its jamo alone (no context has counts yet). ``weighted``:
    more examples, each counted at its weight (the surnames' spellings)."""
    weighted = weighted or []
    units = {u for us, _ in examples for u in us} | {u for us, _, _ in weighted for u in us}
    table = Table(letter, units, context_backoff)
    for it in range(ITERATIONS):
        counts: dict[str, dict[str, float]] = defaultdict(dict)
        loglik = 0.0
        for us, orders in examples:
            latin = orders[0] if len(orders) == 1 else max(orders, key=lambda o: table.viterbi(us, o))
            loglik += table.forward_backward(us, latin, counts)
        for us, orders, weight in weighted:
            own: dict[str, dict[str, float]] = defaultdict(dict)
            loglik += weight * table.forward_backward(us, orders[0], own)
            for unit, chunks in sorted(own.items()):
                into = counts[unit]
                for chunk, c in sorted(chunks.items()):
                    into[chunk] = into.get(chunk, 0.0) + weight * c
        table.m_step(counts)
        if log is not None:
            print(f"  {name} EM iteration {it + 1}: log-likelihood {loglik:.1f}", file=log)
    return table


def letter_model(pairs: list[Pair]) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    unigram: dict[str, float] = defaultdict(float)
    bigram: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for p in pairs:
        latin = sim._parse(p.latin)
        if latin.script != "latin":
            continue
        for w in latin.words:
            prev = "^"
            for c in (*w, "$"):
                if c != "$":
                    unigram[c] += 1
                bigram[prev][c] += 1
                prev = c
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    total = sum(unigram.values()) + 0.5 * 26
    uni = {c: (unigram[c] + 0.5) / total for c in letters}
    bi: dict[str, dict[str, float]] = {}
    for prev in ["^", *letters]:
        row = bigram[prev]
        t = sum(row.values()) + 0.5 * 27
        bi[prev] = {c: (row[c] + 0.5) / t for c in [*letters, "$"]}
    return uni, bi


def syllable_spellings(pairs: list[Pair]) -> dict[str, dict[str, int]]:
    """How often each syllable is written each way by a piece that writes it alone (Kim Gunn: 김 | kim, 건 | gunn),
    over the Korean table's pairs whose one Hangul word has as many syllables as the Latin has pieces; the word
    order (as written or the last word first) the model in use fits best."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p in pairs:
        hangul, latin = sim._parse(p.hangul), sim._parse(p.latin)
        if p.table != "ko" or hangul.script != "hangul" or latin.script != "latin" or len(hangul.words) != 1:
            continue
        units = sim.word_units(hangul.words[0])
        best: tuple[float, tuple[str, ...]] | None = None
        for _, _, pieces in latin.arranged:
            if len(pieces) == len(units):
                fit = sum(sim._piece_fit(u, piece, "ko")[0] for u, piece in zip(units, pieces, strict=True))
                if best is None or fit > best[0]:
                    best = (fit, pieces)
        for syllable, piece in zip(hangul.words[0], best[1] if best else (), strict=False):
            out[syllable][piece] += 1
    return out


def doubled_rate(pairs: list[Pair]) -> float | None:
    """log of the consonant letters written twice (a letter equal to the one before it in a word) over those that
    are not, in the pairs' Latin spellings (folded to a-z; vowel letters a e i o u w y not counted: ``ee``, ``oo``
    write other vowels); ``None`` (no row, no backoff) when none is written twice."""
    twice = once = 0
    for p in pairs:
        for word in re.findall("[a-z]+", sim.fold_latin(p.latin)):
            doubles = sum(word[i] == word[i - 1] for i in range(1, len(word)) if word[i] not in VOWEL_LETTERS)
            twice += doubles
            once += sum(c not in VOWEL_LETTERS for c in word) - doubles
    return math.log(twice / once) if twice else None


def decoration_rates(spellings: dict[str, dict[str, int]]) -> dict[str, float]:
    """log rate per piece of each kind of added letter (``similarity.insertion_type``): a spelling of a syllable
    that is another spelling of the same syllable with one letter added (길: gil → gill, 준: jun → june, 덕: duk →
    duck, 안: an → ahn) counts for the kind of its last such letter; the rate is the count over every piece that
    writes one syllable. Kinds never seen get no rate (no backoff). A vowel letter (a e i o u w y) added inside a
    piece is not counted: it changes which vowel is read (영: yong → young; read back, Ki Sung-yueng's ``yueng``
    then fits 영 better than 용), which the jamo tables learn as spellings of the vowel; at the end of a piece
    (june) it is."""
    counts: dict[str, int] = defaultdict(int)
    total = 0
    for written in spellings.values():
        for w, n in written.items():
            total += n
            added = [i for i in range(len(w)) if len(w) > 2 and w[:i] + w[i + 1:] in written
                     and (i == len(w) - 1 or w[i] not in VOWEL_LETTERS)]
            if added:
                counts[sim.insertion_type(w, added[-1])] += n
    rates = {kind: math.log(n / total) for kind, n in sorted(counts.items())}
    once = sum(n == 1 for n in counts.values())
    if UNSEEN_DECORATIONS and once:
        # Good–Turing: the share of pieces whose kind of added letter was seen once estimates how often a piece
        # adds a letter of a kind never seen; the scorer gives that rate to any kind the counting above could have
        # counted but did not see (similarity.UNSEEN_KIND; --unseen-decorations any), or every such kind but a
        # consonant letter ending a piece (similarity.UNSEEN_NOT_FINAL; --unseen-decorations not-final)
        row = sim.UNSEEN_KIND if UNSEEN_DECORATIONS == "any" else sim.UNSEEN_NOT_FINAL
        rates[row] = math.log(once / total)
    return rates


def given_name_vowels(pairs: list[Pair]) -> dict[str, dict[str, set[str]]]:
    """For each vowel jamo, each chunk that writes it in a given name (a syllable after the first) and the
    syllables written so: the Korean table's pairs with one Hangul word, read by the model in use (its best
    reading, when that is the Korean table's)."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in pairs:
        hangul, latin = sim._parse(p.hangul), sim._parse(p.latin)
        if p.table != "ko" or hangul.script != "hangul" or latin.script != "latin" or len(hangul.words) != 1:
            continue
        fit = sim._best_reading(hangul.words, latin, None)[0]
        if fit.table != "ko":
            continue
        syllables = hangul.words[0]
        for (unit, s), (start, end, _, _) in zip(fit.units, fit.spans, strict=False):
            if s > 0 and sim.is_vowel_unit(unit):
                out[sim.base_unit(unit)][fit.latin[start:end]].add(syllables[s])
    return out


def alike_weights(written: dict[str, dict[str, set[str]]], table: Table) -> dict[str, dict[str, float]]:
    """log weight of reading a given name's vowel ``v`` written as another vowel ``w`` is (``Model.alike``):
    ``log(r · overlap(v, w))``. ``r`` (Good–Turing) is the share of (syllable, vowel spelling) types of the given
    names whose vowel is written with a chunk that only one syllable writes it with, and that is an official (RR
    or MR) spelling of another vowel: how often a new spelling of a vowel is another vowel's (ㅡ as ㅓ's ``eo`` in
    Seong for 승, ㅔ as ㅐ's ``ae``). ``overlap(v, w)`` is how alike the two vowels sound by how people write
    them: the probability mass of the chunks both jamo tables learned, sum of min(P(c|v), P(c|w)). Pairs whose
    overlap is under 1 % are not kept (such a reading costs more than the smoothing)."""
    types = sum(len(syllables) for chunks in written.values() for syllables in chunks.values())
    once = sum(1 for v, chunks in written.items() for c, syllables in chunks.items()
               if len(syllables) == 1 and c not in official(v)
               and any(c in official(w) for w in sim._VOWEL_UNITS if w != v))
    if not once or not types:
        return {}
    rate = once / types
    out: dict[str, dict[str, float]] = {}
    for v in sorted(sim._VOWEL_UNITS):
        mine = table.prob.get(v, {})
        for w in sorted(sim._VOWEL_UNITS - {v}):
            theirs = table.prob.get(w, {})
            overlap = sum(min(p, theirs[c]) for c, p in mine.items() if c in theirs)
            if overlap >= ALIKE_MIN_OVERLAP:
                out.setdefault(v, {})[w] = math.log(rate * overlap)
    return out


def model_text(tables: dict[str, Table], uni: dict[str, float], bi: dict[str, dict[str, float]],
               calibration: dict[str, float], corpus: bool = False, decor: dict[str, float] | None = None,
               alike: dict[str, dict[str, float]] | None = None, surnames: bool = False,
               doubled: dict[str, float] | None = None, writer: bool = False, foreign_files: bool = False) -> str:
    """The table's text; ``corpus``: some training rows came from ``fixtures/names/corpus_names.tsv`` (the
    experiments' tables; not the shipped one), whose source and licence the header then names; ``surnames``: the
    ``ko`` table learned the spellings of ``bilingual/data/surnames.tsv`` too (:func:`surname_examples`); ``writer``:
    it learned rows of ``name_data.writer_pairs`` (sim18); ``foreign_files``: the ``fx`` table learned rows of
    ``name_data.foreign_file_pairs`` (fx32)."""
    lines = [
        "# bilingual name spelling model: P(Latin chunk | Hangul jamo unit), learned by EM (m2m alignment).",
        "# Made by training/train_name_model.py from the train split of training/name_data.py (names-dev and",
        "# fixtures/names); calibration and thresholds from the tune split.",
        "# Rebuild: python training/train_name_model.py (same bytes on every run).",
        "# Data: \"GeoNames, geonames.org (CC BY 4.0)\"; \"Unicode CLDR (Unicode License v3)\";",
        "#       \"kpopnet.json (CC0)\".",
        *(["# Corpus: training rows from fixtures/names/corpus_names.tsv too, from Korean-English News v1 and",
            "#       JHE (Park, Hong and Cha 2016, PACLIC 30; CC BY-SA 3.0)."] if corpus else []),
        *(["# Surnames: the ko table also learned each row of bilingual/data/surnames.tsv as one name, its",
            "#       spellings weighted as the row's bearers share them (train_name_model.surname_examples)."]
          if surnames else []),
        *(["# Writer: the ko table also learned a tune half of fixtures/names/korean_names_heldout1.tsv (a new",
            "#       writer's Korean names; its rows of the train part: name_data.writer_pairs)."] if writer else []),
        *(["# Foreign files: the fx table also learned tune halves of fixtures/names/foreign_names_heldout*.tsv",
            "#       (their rows of the train part: name_data.foreign_file_pairs)."] if foreign_files else []),
        "# Rows: emit table unit chunk logp | floor table unit logw | length k logp |",
        "#       letter table class(C consonant, V vowel) c logp (smoothing letters) |",
        "#       bigram prev next logp | calibration name value | backoff table unit-in-context logw (a chunk",
        "#       the unit's emit rows do not list: its jamo's log probability + logw). Chunk '_' is the empty chunk;",
        "#       logs are natural; a unit 'jamo@context' is a jamo in context (bilingual.names.similarity.word_units).",
        *(["# decor ko kind logp: the rate per piece of a letter added to a learned spelling ('=' the previous letter",
           "#       doubled, '$' at the end of a piece; bilingual.names.similarity._decorated_fit)."] if decor else []),
        *(["# doubled table logp: the rate of a consonant letter written twice for one sound: a chunk with a doubled",
           "#       letter costs no less than its chunk with that letter once plus this (similarity._doubled_backoff)."]
          if doubled else []),
        *(["# alike ko vowel other logw: a given name's vowel written as another that sounds alike is written",
           "#       (bilingual.names.similarity._alike_fit)."] if alike else []),
    ]
    for name in sorted(tables):
        t = tables[name]
        for u in sorted(t.prob):
            for c, p in sorted(t.prob[u].items()):
                lines.append(f"emit\t{name}\t{u}\t{c or '_'}\t{math.log(p):.4f}")
            lines.append(f"floor\t{name}\t{u}\t{math.log(t.floor[u]):.4f}")
        for u in sorted(t.context_prob):
            for c, p in sorted(t.context_prob[u].items()):
                lines.append(f"emit\t{name}\t{u}\t{c or '_'}\t{math.log(p):.4f}")
            lines.append(f"backoff\t{name}\t{u}\t{math.log(t.backoff[u]):.4f}")
    for k, p in enumerate(LENGTH_PRIOR):
        lines.append(f"length\t{k}\t{math.log(p):.4f}")
    for name in sorted(tables):
        for cls in ("C", "V"):
            for c, p in sorted(tables[name].letter[cls].items()):
                lines.append(f"letter\t{name}\t{cls}\t{c}\t{math.log(p):.4f}")
    for prev in sorted(bi):
        for c, p in sorted(bi[prev].items()):
            lines.append(f"bigram\t{prev}\t{c}\t{math.log(p):.4f}")
    for k, v in sorted(calibration.items()):
        lines.append(f"calibration\t{k}\t{v:.4f}")
    for kind, v in sorted((decor or {}).items()):
        lines.append(f"decor\tko\t{kind}\t{v:.4f}")
    for name, v in sorted((doubled or {}).items()):
        lines.append(f"doubled\t{name}\t{v:.4f}")
    for v, others in sorted((alike or {}).items()):
        for w, weight in sorted(others.items()):
            lines.append(f"alike\tko\t{v}\t{w}\t{weight:.4f}")
    return "\n".join(lines) + "\n"


# -- calibration -------------------------------------------------------------------------------------------
def change_one_syllable(hangul: str, rng: random.Random, pool: list[str]) -> str | None:
    """The same Hangul name with one given-name syllable replaced by one from other names (조태열 → 조태용)."""
    if len(hangul) < 2 or " " in hangul:
        return None
    i = rng.randrange(1, len(hangul))
    for _ in range(10):
        other = rng.choice(pool)
        s = other[rng.randrange(len(other))]
        if is_syllable(s) and s != hangul[i] and decompose(s)[0] != "" and s not in hangul:
            return hangul[:i] + s + hangul[i + 1:]
    return None


SOUND_GROUPS = ("ㄱㄲㅋ", "ㄷㄸㅌ", "ㅂㅃㅍ", "ㅅㅆ", "ㅈㅉㅊ", "ㄴ", "ㄹ", "ㅁ", "ㅇ", "ㅎ")


def change_one_consonant(hangul: str, rng: random.Random) -> str | None:
    """The same Hangul name with the initial consonant of one given-name syllable replaced by one that sounds
    different (인효리 → 인효지; not 기 → 키, which most spellings cannot tell apart)."""
    if len(hangul) < 2 or " " in hangul or not all(is_syllable(c) for c in hangul):
        return None
    i = rng.randrange(1, len(hangul))
    initial, vowel, final = decompose(hangul[i])
    group = next(g for g in SOUND_GROUPS if initial in g)
    other = rng.choice([c for c in INITIALS if c not in group])
    return hangul[:i] + compose(other, vowel, final) + hangul[i + 1:]


def calibration_data(pairs: list[Pair], rng: random.Random) -> tuple[list[tuple[float, ...]], list[int], list[str]]:
    tune = [p for p in pairs if p.part == "tune" and p.kind not in NOISY_KINDS]
    xs: list[tuple[float, ...]] = []
    ys: list[int] = []
    groups: list[str] = []

    def add(h: str, la: str, y: int, group: str) -> None:
        f = sim.fit_score(h, la)
        if f is not None:
            xs.append(f)
            ys.append(y)
            groups.append(group)

    by_table: dict[str, list[Pair]] = defaultdict(list)
    for p in tune:
        by_table[p.table].append(p)
    ko_hangul = [p.hangul for p in tune if p.table == "ko" and " " not in p.hangul]
    for p in tune:
        add(p.hangul, p.latin, 1, "true")
        same_table = [q for q in by_table[p.table] if q.hangul != p.hangul]
        sample = rng.sample(same_table, min(40, len(same_table)))
        add(p.hangul, sample[0].latin, 0, "random")
        scored = [(sim.fit_score(p.hangul, q.latin), q.latin) for q in sample[1:]]
        hard = max(((f[0], la) for f, la in scored if f is not None), default=None)
        if hard is not None:
            add(p.hangul, hard[1], 0, "hard")
        if p.table == "ko" and p.is_person and len(p.hangul) >= 2:
            for _ in range(2):
                changed = change_one_syllable(p.hangul, rng, ko_hangul)
                if changed is not None:
                    add(changed, p.latin, 0, "one syllable changed")
                changed = change_one_consonant(p.hangul, rng)
                if changed is not None:
                    add(changed, p.latin, 0, "one consonant changed")
            namesakes = [q for q in same_table if q.is_person and q.hangul[0] == p.hangul[0] and len(q.hangul) >= 2
                         and not set(q.hangul[1:]) & set(p.hangul[1:])]
            if namesakes:
                add(p.hangul, rng.choice(namesakes).latin, 0, "same surname")
    if NEAREST_KEEP:
        nearest_rng = random.Random(NEAREST_SEED)
        for p in by_table["fx"]:
            for x in nearest_wrong(p, by_table["fx"], nearest_rng):
                xs.append(x)
                ys.append(0)
                groups.append("nearest of many")
    return xs, ys, groups


def nearest_wrong(pair: Pair, table: list[Pair], rng: random.Random) -> list[tuple[float, ...]]:
    """The features of the :data:`NEAREST_KEEP` wrong Latin names, of :data:`NEAREST_DRAW` drawn from the same
    table's tune names (neither the pair's Hangul nor its Latin), that the calibration in use scores best with the
    pair's Hangul (fx29): a retrieval among 2,000 candidates answers its best wrong candidate, not a random one nor
    the best of the 40 the other wrong pairs are drawn from, so the weights learn what sets the right name above the
    wrong names that reach the top (a fit of fewer letters, a syllable written by none)."""
    others = [q for q in table if q.hangul != pair.hangul and q.latin != pair.latin]
    fits = [f for q in rng.sample(others, min(NEAREST_DRAW, len(others)))
            if (f := sim.fit_score(pair.hangul, q.latin)) is not None]
    return sorted(fits, key=lambda f: (-sim.calibrated(f), -f[0], f))[:NEAREST_KEEP]


def fit_logistic(xs: list[tuple[float, ...]], ys: list[int], groups: list[str] | None = None) -> list[float]:
    """Weighted (classes balanced) logistic regression by Newton's method, a small ridge for stability. With
    ``groups``, each group of wrong pairs weighs the same in all (sim38)."""
    pos = sum(ys)
    neg = len(ys) - pos
    weights = [0.5 / pos if y else 0.5 / neg for y in ys]
    if groups is not None:
        sizes = Counter(g for g, y in zip(groups, ys, strict=True) if not y)
        weights = [0.5 / pos if y else 0.5 / len(sizes) / sizes[g] for y, g in zip(ys, groups, strict=True)]
    d = len(xs[0]) + 1
    w = [0.0] * d
    for _ in range(30):
        grad = [1e-3 * wi for wi in w]
        hess = [[1e-3 if i == j else 0.0 for j in range(d)] for i in range(d)]
        for x, y, wt in zip(xs, ys, weights, strict=True):
            v = (1.0, *x)
            z = max(-30.0, min(30.0, sum(wi * vi for wi, vi in zip(w, v, strict=True))))
            p = 1 / (1 + math.exp(-z))
            for i in range(d):
                grad[i] += wt * (p - y) * v[i]
                for j in range(d):
                    hess[i][j] += wt * p * (1 - p) * v[i] * v[j]
        step = solve(hess, grad)
        w = [w[i] - step[i] for i in range(d)]
    return w


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    d = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(d):
        piv = max(range(c, d), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(d):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][d] / m[i][i] for i in range(d)]


def quantile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(q * len(s))))]


def train_model(pairs: list[Pair], edit_cost: float | None = EDIT_COST, report: bool = True,
                context: tuple[str, ...] = CONTEXT_TABLES, context_backoff: float | None = None,
                corpus_tables: tuple[str, ...] | None = None, decorations: bool | None = None) -> str:
    """The model table learned from ``pairs``: the EM tables and letter model from the rows whose part is
    ``train``, the calibration and thresholds from the ``tune`` rows; the ``test`` rows are not read. Leaves the
    shipped model in use (``sim.use_model(None)``). ``evaluation/link_eval.py --cv`` calls it with the parts
    relabelled (one fold as ``test``, the rest of train and test as ``train``). ``corpus_tables`` (default: no
    limit): the only tables that learn from the corpus's rows (``corpus_names.tsv``), which then teach neither the
    other tables nor the letter model (``("fx",)``: the ``ko`` table and the letter model as without the corpus)."""
    log = sys.stderr if report else None
    backoff = {} if edit_cost is None else {"edit_cost": edit_cost}
    train = [p for p in pairs if p.part == "train" and p.kind not in NOISY_KINDS]
    if corpus_tables is not None:
        train = [p for p in train if p.source != CORPUS_SOURCE or p.table in corpus_tables]
        uni, bi = letter_model([p for p in train if p.source != CORPUS_SOURCE])
    else:
        uni, bi = letter_model(train)
    from_corpus = any(p.source == CORPUS_SOURCE for p in train)
    tables: dict[str, Table] = {}
    surnames = SURNAMES and "ko" in context
    for name in ("ko", "fx"):
        examples = [e for p in train if p.table == name and (e := example(p, name in context)) is not None]
        if log is not None:
            print(f"{name}: {len(examples)} training pairs", file=log)
        weighted = surname_examples() if name == "ko" and surnames else None
        if log is not None and weighted:
            print(f"{name}: {len(weighted)} surname spellings (weight {sum(w for *_, w in weighted):.1f})", file=log)
        tables[name] = train_table(examples, uni, name, log,
                                   CONTEXT_BACKOFF if context_backoff is None else context_backoff, weighted)
    calibration: dict[str, float] = dict(backoff)
    doubled = {name: rate for name in DOUBLED_TABLES
               if (rate := doubled_rate([p for p in train if p.table == name])) is not None}
    if log is not None and doubled:
        print(f"consonant letters written twice (log rate): {doubled}", file=log)
    decor: dict[str, float] | None = None
    if DECORATIONS if decorations is None else decorations:
        try:
            sim.use_model(sim.Model.from_text(model_text(tables, uni, bi, calibration, from_corpus, decor,
                                                          surnames=surnames, doubled=doubled)))
            decor = decoration_rates(syllable_spellings([p for p in train if p.table == "ko"]))
        finally:
            sim.use_model(None)
        if log is not None:
            print(f"added letters (log rate per piece): {decor}", file=log)
    alike: dict[str, dict[str, float]] | None = None
    if ALIKE_VOWELS:
        try:
            sim.use_model(sim.Model.from_text(model_text(tables, uni, bi, calibration, from_corpus, decor,
                                                          surnames=surnames, doubled=doubled)))
            alike = alike_weights(given_name_vowels([p for p in train if p.table == "ko"]), tables["ko"])
        finally:
            sim.use_model(None)
        if log is not None:
            print(f"vowels read as alike (log weight): {alike}", file=log)
    try:
        for _ in range(CALIBRATION_PASSES):
            # similarity picks the reading (table, word order) with the best calibrated score: the features depend
            # on the calibration in use, so it is fitted again on the features the previous pass's calibration
            # chooses
            # the doubled-letter backoff is left out here (CALIBRATE_WITH_DOUBLED): one calibration serves both
            # tables, and refitted with the backoff it moved the Korean verdict thresholds (fx18, docs/similarity.md)
            calibrated_with = doubled if CALIBRATE_WITH_DOUBLED else None
            sim.use_model(sim.Model.from_text(model_text(tables, uni, bi, calibration, from_corpus, decor, alike,
                                                          surnames, calibrated_with)))
            xs, ys, groups = calibration_data(pairs, random.Random(SEED))
            w = fit_logistic(xs, ys, groups if BALANCED_GROUPS else None)
            calibration = {"bias": w[0], **dict(zip(sim.FEATURES, w[1:], strict=True)), **backoff}
            sim.use_model(sim.Model.from_text(model_text(tables, uni, bi, calibration, from_corpus, decor, alike,
                                                          surnames, calibrated_with)))
            scores = [sim.calibrated(x) for x in xs]
            true = [s for s, g in zip(scores, groups, strict=True) if g == "true"]
            hard_groups = ("hard", "same surname", "one syllable changed", "one consonant changed")
            hard = [s for s, g in zip(scores, groups, strict=True) if g in hard_groups]
            calibration["possible"] = round(min(0.5, quantile(true, 0.01)) - 0.00005, 4)
            calibration["same"] = round(max(calibration["possible"] + 0.05, quantile(hard, 0.95)), 4)
    finally:
        sim.use_model(None)
    if log is not None:
        for g in sorted(set(groups)):
            ss = [s for s, gg in zip(scores, groups, strict=True) if gg == g]
            print(f"tune {g}: n={len(ss)} same={sum(s >= calibration['same'] for s in ss) / len(ss):.1%} "
                  f"different={sum(s < calibration['possible'] for s in ss) / len(ss):.1%}", file=log)
        print(f"calibration {calibration}", file=log)
    return model_text(tables, uni, bi, calibration, from_corpus, decor, alike, surnames, doubled,
                      any(p.kind in WRITER_KINDS for p in train),
                      any(p.kind in name_data.FOREIGN_FILE_KINDS.values() for p in train))


def main(argv: list[str] | None = None) -> int:
    global UNSEEN_DECORATIONS, SURNAMES, ALIKE_VOWELS, DOUBLED_TABLES, NEAREST_KEEP, BALANCED_GROUPS
    parser = argparse.ArgumentParser(
        description="Learn bilingual/data/name_model.tsv (how Latin letters write Hangul jamo) from the name pairs of "
                    "../shared/names-dev and fixtures/names; rerunning writes the same bytes.")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="where to write the table (default: the shipped bilingual/data/name_model.tsv)")
    parser.add_argument("--edit-cost", type=float, default=EDIT_COST, metavar="NATS",
                        help="the scorer's near-spelling backoff at this cost per letter edit (sim4; off)")
    parser.add_argument("--no-context", action="store_true", help="learn units without their context")
    parser.add_argument("--fx-context", action="store_true",
                        help="the fx table's units in context too (fx16; not adopted, docs/similarity.md)")
    parser.add_argument("--context-backoff", type=float, default=CONTEXT_BACKOFF, metavar="KAPPA",
                        help=f"a context's Witten–Bell backoff weight κ (default {CONTEXT_BACKOFF})")
    parser.add_argument("--corpus", action="store_true", help="learn fixtures/names/corpus_names.tsv's pairs too")
    parser.add_argument("--corpus-train-only", action="store_true",
                        help="learn only the train part's corpus pairs (the tune part calibrates as before)")
    parser.add_argument("--corpus-foreign-train", action="store_true",
                        help="the foreign table alone learns the train part's corpus pairs (sim9)")
    decorations = parser.add_mutually_exclusive_group()
    decorations.add_argument("--decorations", action="store_true", help="learn added letters (the default)")
    decorations.add_argument("--no-decorations", action="store_true",
                             help="learn no added letters (the table before the sim11 branch)")
    parser.add_argument("--unseen-decorations", choices=("any", "not-final"),
                        help="a Good–Turing rate for kinds of added letter never seen (sim12; off)")
    surnames = parser.add_mutually_exclusive_group()
    surnames.add_argument("--surnames", action="store_true",
                          help="the ko table also learns the surname table's spellings (the default since sim15)")
    surnames.add_argument("--no-surnames", action="store_true",
                          help="the ko table learns no surname table's spellings (the table before sim15)")
    parser.add_argument("--no-doubled", action="store_true",
                        help="no backoff of doubled letters to the single (the table before the fx18 branch)")
    parser.add_argument("--balanced-groups", action="store_true",
                        help="the calibration weighs each group of wrong pairs alike, not each wrong pair (sim38: "
                             "wider margins among hard distractors, one more wrong KB link on tune; off)")
    parser.add_argument("--alike-vowels", action="store_true",
                        help="read a given name's vowel written as another that sounds alike (sim13; off)")
    parser.add_argument("--writer-seed", type=int, default=WRITER_SEED, metavar="N",
                        help="learn the tune half, under split seed N, of fixtures/names/korean_names_heldout1.tsv "
                             "(its rows of the train part; sim18, not adopted: off by default)")
    parser.add_argument("--foreign-halves", type=int, default=None, metavar="N",
                        help="the fx table learns the tune half, under split seed N, of the foreign-names files "
                             "(fixtures/names/foreign_names_heldout*.tsv; their rows of the train part: "
                             "name_data.foreign_file_pairs; fx32, not adopted: off by default)")
    parser.add_argument("--foreign-sub-seed", type=int, default=None, metavar="M",
                        help="with --foreign-halves: only the rows of those tune halves that split seed M puts in its "
                             "tune half (the nested check: the rest is measured)")
    parser.add_argument("--nearest", type=int, default=NEAREST_KEEP, metavar="K",
                        help=f"the calibration's wrong pairs also hold, for each foreign tune name, the K best-scoring "
                             f"of {NEAREST_DRAW} wrong names drawn (fx29; default {NEAREST_KEEP}: none)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    context = () if args.no_context else CONTEXT_TABLES
    if args.fx_context:
        context = (*context, "fx")
    with_corpus = True if args.corpus or args.corpus_train_only or args.corpus_foreign_train else None
    corpus_tables: tuple[str, ...] | None = ("fx",) if args.corpus_foreign_train else None
    if args.corpus_train_only or args.corpus_foreign_train:
        name_data.CORPUS_PARTS = ("train",)  # only those of the train part: the tune part calibrates as before
    NEAREST_KEEP = args.nearest
    if args.no_doubled:
        DOUBLED_TABLES = ()
    if args.unseen_decorations is not None:
        UNSEEN_DECORATIONS = args.unseen_decorations
    SURNAMES = (SURNAMES or args.surnames) and not args.no_surnames
    ALIKE_VOWELS = ALIKE_VOWELS or args.alike_vowels
    BALANCED_GROUPS = BALANCED_GROUPS or args.balanced_groups
    pairs = load(with_corpus)
    if args.writer_seed is not None:
        extra = name_data.writer_pairs(pairs, args.writer_seed)
        print(f"ko: {len(extra)} pairs of the writer's tune half (split seed {args.writer_seed})", file=sys.stderr)
        pairs += extra
    if args.foreign_halves is not None:
        extra = name_data.foreign_file_pairs(pairs, args.foreign_halves, sub_seed=args.foreign_sub_seed)
        print(f"fx: {len(extra)} pairs of the foreign-names files' tune halves (split seed {args.foreign_halves}"
              + ("" if args.foreign_sub_seed is None else f", sub-half seed {args.foreign_sub_seed}") + ")",
              file=sys.stderr)
        pairs += extra
    text = train_model(pairs, args.edit_cost, context=context, context_backoff=args.context_backoff,
                       corpus_tables=corpus_tables, decorations=(args.decorations or DECORATIONS)
                       and not args.no_decorations)
    args.out.write_text(text, "utf-8")
    print(f"wrote {args.out} ({len(text.splitlines())} lines) in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
