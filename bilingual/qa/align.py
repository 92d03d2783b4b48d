"""Pair the sentences of a text with those of its translation: one-to-one, one-to-two, two-to-one, or unpaired.

A dynamic programme over the two sentence lists (in the manner of Gale and Church's length-based aligner)
whose cost for a group of sentences is how far the translation's length is from what the source's length
predicts, less a bonus for anchors the two groups share (the same numbers, the same entities), plus a lexical
cost: how few of each group's content words the other group's words translate into (the table of
:mod:`bilingual.qa.lexicon`; each sentence's words and the words they reach are sets made once). It runs in
a band around the diagonal (widened by the diagonal's slope when the counts differ), so a long document
costs time linear in its number of sentences.

>>> segs_ko = [Segment(30, frozenset({"9"})), Segment(40, frozenset()), Segment(20, frozenset({"x"}))]
>>> segs_en = [Segment(60, frozenset({"9"})), Segment(40, frozenset()), Segment(38, frozenset()),
...            Segment(40, frozenset({"x"}))]
>>> align(segs_ko, segs_en, ratio=2.0)
[((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

# (source sentences, target sentences) a step may take, and its kind (its fixed cost, the prior against it, is
# the weights' ``merge`` or ``skip``; a one-to-one step has none)
_STEPS = ((1, 1, "pair"), (1, 2, "merge"), (2, 1, "merge"), (1, 0, "skip"), (0, 1, "skip"))
BAND = 60  # sentences either side of the diagonal that are searched


@dataclass(frozen=True)
class Weights:
    """The weights of the evidence in a group's cost (the length cost scaled so that a factor of 2 costs 5).

    ``lexical`` multiplies ``lexical_base - similarity``, where the similarity is the mean of the shares of
    each group's content words that the other group's words translate into (0 to 1; of a group of two
    sentences, also the smaller of their own shares counts, since a merged translation translates both): a pair of
    translations (similarity above the base) costs less than its length alone says, two unrelated sentences
    more."""

    anchor_bonus: float = 2.5  # per anchor shared by the two groups, at most three counted
    anchor_missing: float = 1.0  # per anchor of one group missing from the other, at most three counted
    hint_bonus: float = 1.0  # per hint shared by the two groups, at most two counted
    lexical: float = 0.0
    lexical_base: float = 0.0
    skip: float = 4.5  # the prior against a sentence left unpaired (a 1:0 or 0:1 step)
    merge: float = 2.0  # the prior against a 1:2 or 2:1 step
    optional_skip: float = 1.0  # the prior against leaving an optional sentence (page chrome) unpaired


LENGTH_ONLY = Weights(anchor_bonus=0.0, anchor_missing=0.0, hint_bonus=0.0)
"""Gale and Church: lengths only (a baseline for the evaluation)."""
ANCHORS = Weights()
"""Lengths and anchors, no lexical evidence (the aligner before the translation table)."""
DEFAULT = Weights(lexical=20.0, lexical_base=0.1, skip=3.5, merge=5.0)
"""The weights the review uses, chosen on the tune part of the sentence pairs: the lexical weight by
``evaluation/pairing_eval.py --grid``, the skip and merge priors by ``--priors`` once a translation sentence left
unpaired was checked too (:func:`bilingual.qa.checks.check_unpaired_target`). A merge dearer than a skip finds a
missing sentence more often, and reads a translation that merges two sentences as an omission and an unpaired
sentence more often too (docs/review.md)."""


@dataclass(frozen=True)
class Segment:
    """What the aligner needs of one sentence: its length in characters, its anchors (normalized numbers,
    entity ids: expected on both sides, so one missing from the other side costs), its hints (words
    and sounds of names, which often have no counterpart: shared ones help, missing ones cost nothing),
    its content words and the other language's words they translate into (:mod:`bilingual.qa.lexicon`).
    An ``optional`` sentence (a line the page layer calls navigation, a related story or a footer) is paired
    when its translation is there, and left unpaired at the smaller prior ``optional_skip`` when it is not."""

    length: int
    anchors: frozenset[str]
    hints: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    reach: frozenset[str] = frozenset()
    optional: bool = False


def _length_cost(source: int, target: int, ratio: float) -> float:
    # the log of how far the target's length is from the prediction, scaled so that a factor of 2 costs 5
    return abs(math.log((target + 10) / (source * ratio + 10))) * 5 / math.log(2)


Groups = list[tuple[tuple[int, ...], tuple[int, ...]]]


def align(source: list[Segment], target: list[Segment], *, ratio: float, weights: Weights = DEFAULT) -> Groups:
    """The best pairing of ``source`` with ``target`` sentences, in order; ``ratio`` is the expected
    target length per source character. Every sentence of both sides is in exactly one group."""
    n, m = len(source), len(target)
    inf = float("inf")
    # Row i spans from BAND before the previous row's point on the diagonal to BAND after its own, so the rows
    # overlap (every cell is reachable) and the cells number about m + (2 * BAND + 1) * n: linear, however
    # unequal the two counts are. Each row keeps its costs in an array of doubles and its steps in bytes (the
    # index of the step in _STEPS): no object per cell, so the tables stay small and the collector never scans
    # them (dicts of tuple keys made a 36,000-sentence document cost more per cell than a short one).
    priors = {"pair": 0.0, "merge": weights.merge, "skip": weights.skip}
    steps = [(di, dj, priors[kind]) for di, dj, kind in _STEPS]
    optional_skip = weights.optional_skip
    firsts: list[int] = []  # the first column of each row
    costs: list[array[float]] = []
    chosen_steps: list[bytearray] = []
    previous_centre = 0.0
    for i in range(n + 1):
        centre = i * m / n if n else float(m)
        lo, hi = max(0, int(previous_centre) - BAND), min(m, int(centre) + BAND + 1)
        previous_centre = centre
        row = array("d", [inf]) * (hi - lo + 1)
        row_steps = bytearray(hi - lo + 1)
        firsts.append(lo)
        costs.append(row)
        chosen_steps.append(row_steps)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best, chosen = inf, 0
            for k, (di, dj, prior) in enumerate(steps):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                first = firsts[pi]
                if not first <= pj < first + len(costs[pi]):
                    continue
                previous = costs[pi][pj - first]
                if previous == inf:
                    continue
                if (not dj and source[pi].optional) or (not di and target[pj].optional):
                    prior = optional_skip  # a skip step: an optional sentence left unpaired
                c = previous + prior + _group_cost(source[pi:i], target[pj:j], ratio, weights)
                if c < best:
                    best, chosen = c, k
            row[j - lo] = best
            row_steps[j - lo] = chosen
    if not (m - firsts[n] < len(costs[n]) and costs[n][m - firsts[n]] < inf):
        raise RuntimeError("alignment failed")  # pragma: no cover  (the band's width makes (n, m) reachable)
    groups: Groups = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj, _ = _STEPS[chosen_steps[i][j - firsts[i]]]
        groups.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    groups.reverse()
    return groups


def _group_cost(source: list[Segment], target: list[Segment], ratio: float, weights: Weights) -> float:
    if not source or not target:
        return 0.0
    w = weights
    if len(source) == 1 and len(target) == 1:
        s, t = source[0], target[0]
        s_len, t_len = s.length, t.length
        s_anchors, t_anchors, s_hints, t_hints = s.anchors, t.anchors, s.hints, t.hints
        s_words, t_words, s_reach, t_reach = s.words, t.words, s.reach, t.reach
    else:
        s_len = sum(s.length for s in source)
        t_len = sum(t.length for t in target)
        s_anchors = frozenset().union(*(s.anchors for s in source))
        t_anchors = frozenset().union(*(t.anchors for t in target))
        s_hints = frozenset().union(*(s.hints for s in source))
        t_hints = frozenset().union(*(t.hints for t in target))
        s_words = frozenset().union(*(s.words for s in source))
        t_words = frozenset().union(*(t.words for t in target))
        s_reach = frozenset().union(*(s.reach for s in source))
        t_reach = frozenset().union(*(t.reach for t in target))
    cost = (_length_cost(s_len, t_len, ratio) - w.anchor_bonus * min(len(s_anchors & t_anchors), 3)
            + w.anchor_missing * min(len(s_anchors ^ t_anchors), 3) - w.hint_bonus * min(len(s_hints & t_hints), 2))
    if w.lexical and s_words and t_words:
        if len(source) == 1 and len(target) == 1:
            similarity = (len(s_words & t_reach) / len(s_words) + len(t_words & s_reach) / len(t_words)) / 2
        else:
            similarity = (_covered(source, t_reach) + _covered(target, s_reach)) / 2
        cost += w.lexical * (w.lexical_base - similarity)
    return cost


def _covered(group: list[Segment], reach: frozenset[str]) -> float:
    """The share of a group's content words that the other group's words translate into; of a group of two,
    the mean of that share and the smaller share of its two sentences (a merge must translate both)."""
    if len(group) == 1:
        return len(group[0].words & reach) / len(group[0].words) if group[0].words else 0.0
    shares = [len(s.words & reach) / len(s.words) for s in group if s.words]
    if not shares:
        return 0.0
    words = frozenset().union(*(s.words for s in group))
    return (min(shares) + len(words & reach) / len(words)) / 2
