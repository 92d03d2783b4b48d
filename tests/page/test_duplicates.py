"""Duplicate keys and near-duplicate search (bilingual.page.duplicates)."""

from __future__ import annotations

import functools
import itertools
import sys
import tracemalloc
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilingual.page import duplicates
from bilingual.page.duplicates import duplicate_key, find_duplicates
from bilingual.text.counts import space_pieces
from bilingual.text.scripts import LISTED_LENGTH


def _key_by_definition(text: str) -> str:
    """Width and case folded, then the runs of letters and digits joined by one space (punctuation, spacing,
    underscores and every other character dropped)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(run) for alnum, run in itertools.groupby(folded, str.isalnum) if alnum)


@given(st.text(st.sampled_from(list("aZ09 _-.,'’\t\n\x1c\u00a0\u2028\u200bÅß가각ＡＢ①½ǅİﬁ!?")), max_size=40))
def test_duplicate_key_is_its_definition(text: str) -> None:
    assert duplicate_key(text) == _key_by_definition(text)


@given(st.text(st.characters(max_codepoint=127), max_size=60))
def test_duplicate_key_is_its_definition_on_ascii_text(text: str) -> None:
    # an ASCII text is folded by a byte table (perf30): every ASCII character, controls and separators included
    assert duplicate_key(text) == _key_by_definition(text)


def test_duplicate_key_of_every_ascii_character() -> None:
    every = "".join(map(chr, range(128)))
    for text in (every, " ".join(every), every[::-1], every.upper()):
        assert duplicate_key(text) == _key_by_definition(text)


@given(st.text(max_size=40))
def test_duplicate_key_is_its_definition_on_any_text(text: str) -> None:
    assert duplicate_key(text) == _key_by_definition(text)


def test_duplicate_keys_fold_case_width_and_punctuation() -> None:
    assert duplicate_key("  Cho met Blinken on Thursday's sidelines. ") == "cho met blinken on thursday s sidelines"
    assert duplicate_key("ＭＥＮＵ_Home") == duplicate_key("menu home") == "menu home"
    assert find_duplicates(["Home | News", "home news", "Home", "ＨＯＭＥ"]) == [None, 0, None, 2]


# mem33: a text longer than LISTED_LENGTH is folded a piece at a time, each piece cut before a space
_PIECE_ALPHABET = list("aZ09 _-.,'’\t\u00a0\u3000Åß가각ＡＢ①½ǅİﬁΣσς\u0301\u0327\u1100\u1161\u11a8\u200b!")


@given(st.text(st.sampled_from(_PIECE_ALPHABET), max_size=60), st.integers(1, 6))
def test_a_key_folded_in_pieces_is_its_definition(text: str, size: int) -> None:
    # every text through the pieces, as short as a few characters: combining marks and conjoining jamo after a
    # space, a space after a mark, NFKC's and case folding's expansions at a cut
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(duplicates, "LISTED_LENGTH", 0)
        patch.setattr(duplicates, "space_pieces", functools.partial(space_pieces, size=size))
        assert duplicate_key(text) == _key_by_definition(text)


def test_a_huge_lines_key_is_its_definition() -> None:
    units = ("Ａ ferry from Mokpo   DOCKED late; its crew’s log: ①½. ",
             "목포항에서 여객선이 늦게 들어왔다. ᄀ\u1161\u11a8 e\u0301 \u0301ç ﬁsh İstanbul ΣΟΦΟΣ ",
             "xxxxxxxxxx" * 2_000 + " ")  # a stretch longer than a piece with no space in it
    for unit in units:
        text = unit * (120_000 // len(unit) + 1)
        assert len(text) > LISTED_LENGTH
        assert duplicate_key(text) == _key_by_definition(text)
    mixed = "".join(units) * 8
    assert duplicate_key(mixed) == _key_by_definition(mixed)
    assert find_duplicates([mixed, "menu", mixed.upper(), mixed[:-1] + "!"]) == [None, None, 0, 0]


def test_a_huge_lines_key_takes_about_twice_the_line() -> None:
    # the key and its pieces' keys, never a list of every word (on the base code: 11 to 25 times the line)
    for unit in ("여객선이 목포항에 늦게 들어왔다고 선장이 밝혔다. ",
                 "the ferry docked late on tuesday, its crew said. ",
                 "the ferry docked late on tuesday, it’s crew said. "):
        text = unit * (600_000 // len(unit))
        duplicate_key(unit * 3)
        tracemalloc.start()
        try:
            duplicate_key(text)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 2.5 * sys.getsizeof(text), unit


def _duplicates_anchors_joined_twice(texts: list[str], ratio: float = 0.9) -> list[int | None]:
    """perf43's reference: :func:`find_duplicates` as it was, the key's words listed and its anchors joined once for
    the search and again for the buckets."""
    from difflib import SequenceMatcher

    result: list[int | None] = []
    exact: dict[str, int] = {}
    anchors: dict[tuple[int, str], list[int]] = {}
    keys: list[str] = []
    for i, text in enumerate(texts):
        key = duplicate_key(text)
        keys.append(key)
        if not key:
            result.append(None)
            continue
        first = exact.get(key)
        near = duplicates._MIN_NEAR <= len(key) <= duplicates._MAX_NEAR
        if first is None and near:
            words = key.split()
            candidates: set[int] = set()
            for side, anchor in ((0, words[:duplicates._ANCHOR_WORDS]), (1, words[-duplicates._ANCHOR_WORDS:])):
                candidates.update(anchors.get((side, " ".join(anchor)), ()))
            for j in sorted(candidates):
                matcher = SequenceMatcher(None, key, keys[j], autojunk=False)
                if matcher.real_quick_ratio() >= ratio and matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio:
                    first = j if result[j] is None else result[j]
                    break
        result.append(first)
        exact.setdefault(key, i if first is None else first)
        if near:
            words = key.split()
            for side, anchor in ((0, words[:duplicates._ANCHOR_WORDS]), (1, words[-duplicates._ANCHOR_WORDS:])):
                bucket = anchors.setdefault((side, " ".join(anchor)), [])
                if len(bucket) < duplicates._MAX_BUCKET:
                    bucket.append(i)
    return result


def test_near_duplicates_found_as_before_the_anchors_were_joined_once() -> None:
    import random

    # lines of a few words from a small stock, so that many share a first or a last six words, some differ by a
    # word or a letter, and buckets fill past their bound
    stock = ["the", "harbour", "board", "met", "on", "Monday", "항만", "위원회가", "월요일", "회의를", "열었다", "said",
             "it", "would", "review", "fees", "new", "ferry", "routes", "Busan", "부산", "요금을", "검토한다", "42",
             "2031", "—", "…", "Ａ", "ﬁnal"]
    rng = random.Random(43)
    base = [" ".join(rng.choice(stock) for _ in range(rng.randint(1, 16))) for _ in range(60)]
    texts = []
    for _ in range(1500):
        line = rng.choice(base).split()
        for _ in range(rng.randint(0, 2)):  # a word changed, dropped or doubled
            k = rng.randrange(len(line))
            line[k] = rng.choice([rng.choice(stock), "", line[k] * 2])
        texts.append(" ".join(line) if rng.random() < 0.9 else " ".join(line).upper())
    found = find_duplicates(texts)
    assert found == _duplicates_anchors_joined_twice(texts)
    assert sum(x is not None for x in found) > 500  # exact and near duplicates both, many
