"""The sentence aligner: one-to-one, merges, splits and unpaired sentences, and linear cost on long input."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bilingual.qa.align import ANCHORS, DEFAULT, Segment, Weights, _group_cost, align


def seg(length: int, *anchors: str) -> Segment:
    return Segment(length, frozenset(anchors))


def test_one_to_one() -> None:
    assert align([seg(30), seg(40)], [seg(60), seg(80)], ratio=2.0) == [((0,), (0,)), ((1,), (1,))]


def test_a_dropped_sentence_is_unpaired() -> None:
    groups = align([seg(30, "a"), seg(40, "b"), seg(35, "c")], [seg(60, "a"), seg(70, "c")], ratio=2.0)
    assert ((1,), ()) in groups and ((2,), (1,)) in groups


def test_two_to_one_and_one_to_two() -> None:
    # the priors of lengths and anchors alone (skip 4.5, merge 2): the review's (skip 3.5, merge 3) ask a merge for
    # lexical evidence that both its sentences are translated, which these wordless segments cannot give
    groups = align([seg(20), seg(20), seg(40)], [seg(80), seg(40), seg(40)], ratio=2.0, weights=ANCHORS)
    assert groups == [((0, 1), (0,)), ((2,), (1, 2))]


def test_empty_sides() -> None:
    assert align([], [], ratio=2.0) == []
    assert align([seg(10)], [], ratio=2.0) == [((0,), ())]
    assert align([], [seg(10)], ratio=2.0) == [((), (0,))]


def test_every_sentence_in_exactly_one_group_on_long_input() -> None:
    source = [seg(20 + i % 30, str(i % 7)) for i in range(3000)]
    target = [seg(2 * (20 + i % 30), str(i % 7)) for i in range(3000) if i % 50]
    groups = align(source, target, ratio=2.0)
    assert sorted(i for g, _ in groups for i in g) == list(range(len(source)))
    assert sorted(j for _, g in groups for j in g) == list(range(len(target)))


def test_unequal_counts_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # 4,000 against 2,000 sentences searched a band as wide as the difference: 16 million cells (172 s)
    import bilingual.qa.align as module
    calls = 0
    real = module._group_cost

    def counted(*args: object) -> float:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]
    monkeypatch.setattr(module, "_group_cost", counted)
    for n, m in ((400, 200), (4000, 2000), (30, 3000)):
        calls = 0
        groups = align([seg(40)] * n, [seg(80)] * m, ratio=2.0)
        assert sorted(i for g in groups for i in g[0]) == list(range(n))
        assert sorted(j for g in groups for j in g[1]) == list(range(m))
        assert calls <= 5 * (m + (2 * module.BAND + 3) * (n + 1))


def worded(length: int, words: set[str], reach: set[str]) -> Segment:
    return Segment(length, frozenset(), words=frozenset(words), reach=frozenset(reach))


def test_lexical_evidence_finds_the_dropped_one_of_two_similar_neighbours() -> None:
    # the translation of sentence 1 is missing; by length, target 0 fits sentence 1 (32 x 2) better than
    # sentence 0, so lengths alone drop the wrong one
    source = [worded(30, {"가"}, {"a"}), worded(32, {"나"}, {"b"}), worded(25, {"다"}, {"c"})]
    target = [worded(64, {"a"}, {"가"}), worded(50, {"c"}, {"다"})]
    assert align(source, target, ratio=2.0, weights=ANCHORS) == [((0,), ()), ((1,), (0,)), ((2,), (1,))]
    assert align(source, target, ratio=2.0, weights=DEFAULT) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_a_merge_must_translate_both_of_its_sentences() -> None:
    one = [worded(30, {"가", "나"}, {"a", "b"})]
    both = [worded(30, {"가", "나"}, {"a", "b"}), worded(30, {"다", "라"}, {"c", "d"})]
    target = worded(120, {"a", "b", "c", "d"}, {"가", "나", "다", "라"})
    half = worded(30, {"가", "나"}, {"a", "b"}), worded(30, {"마", "바"}, {"e", "f"})
    weights = Weights(lexical=10.0, lexical_base=0.0)
    whole = _group_cost(both, [target], 2.0, weights)
    assert whole < _group_cost(list(half), [target], 2.0, weights)
    assert _group_cost(one, [target], 2.0, weights) > whole - 10.0  # one sentence covers half the target


def test_lexical_weight_zero_is_the_length_and_anchor_cost() -> None:
    s, t = worded(30, {"가"}, {"a"}), worded(60, {"b"}, {"나"})
    assert _group_cost([s], [t], 2.0, ANCHORS) == _group_cost([s], [t], 2.0, replace(ANCHORS, lexical_base=5.0))
    assert _group_cost([s], [t], 2.0, Weights(lexical=1.0, lexical_base=0.5)) == pytest.approx(
        _group_cost([s], [t], 2.0, ANCHORS) + 0.5)


def test_the_skip_prior_decides_between_an_omission_and_a_merge() -> None:
    # the second source sentence has no translation; its words are unknown to the table, so only the priors
    # and the lengths (the merge fits the target's length less well) decide whether it is dropped or merged
    source = [worded(40, {"가", "나"}, {"a", "b"}), worded(12, set(), set()), worded(30, {"다"}, {"c"})]
    target = [worded(95, {"a", "b"}, {"가", "나"}), worded(60, {"c"}, {"다"})]
    dropped = [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    merged = [((0, 1), (0,)), ((2,), (1,))]
    assert align(source, target, ratio=2.0, weights=replace(DEFAULT, skip=2.0, merge=3.0)) == dropped
    assert align(source, target, ratio=2.0, weights=replace(DEFAULT, skip=6.0, merge=1.0)) == merged
    # the priors are counted once a step: a sentence left out of an intact document costs its skip twice
    # (its own and its translation's), so cheap skips still pair a document that is whole
    whole = [worded(40, {"가"}, {"a"}), worded(40, {"나"}, {"b"})]
    assert align(whole, [worded(80, {"a"}, {"가"}), worded(80, {"b"}, {"나"})], ratio=2.0,
                 weights=replace(DEFAULT, skip=1.0)) == [((0,), (0,)), ((1,), (1,))]


def test_an_optional_sentence_is_paired_when_its_translation_is_there_and_left_cheaply_when_not() -> None:
    # page chrome (navigation, related stories, footers) is optional: the prior against leaving it unpaired is
    # ``optional_skip``, not ``skip``, so a menu line missing from the translation costs little, and one that is
    # there still pairs (its anchors say so) instead of shifting every pair after it
    menu = Segment(20, frozenset({"x"}), optional=True)
    source = [menu, seg(40, "a"), seg(40, "b")]
    assert align(source, [seg(80, "a"), seg(80, "b")], ratio=2.0, weights=ANCHORS) == [
        ((0,), ()), ((1,), (0,)), ((2,), (1,))]
    assert align(source, [seg(40, "x"), seg(80, "a"), seg(80, "b")], ratio=2.0, weights=ANCHORS) == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    # the prior a line left unpaired costs is ``optional_skip`` for an optional one, ``skip`` for any other
    weights = replace(ANCHORS, skip=9.0, optional_skip=0.0)
    assert align(source, [seg(80, "a"), seg(80, "b")], ratio=2.0, weights=weights)[0] == ((0,), ())
    required = [seg(20, "x"), seg(40, "a"), seg(40, "b")]
    assert ((0,), ()) not in align(required, [seg(80, "a"), seg(80, "b")], ratio=2.0, weights=weights)
