"""The token store: a sequence of Token that behaves as the tuple of the same tokens did, in Python and in JSON."""

from __future__ import annotations

import json
import pickle

import pytest
from pydantic import ValidationError

from bilingual.document import Document
from bilingual.tokens import COMPACT_AFTER, Token, TokenBuilder, TokenStore, by_sentence

TEXT = "물가가 올랐다. Prices rose 3% in May."
ROWS = (Token(0, 2, "물가", "NNG", "물가", "ko", 0), Token(2, 3, "가", "JKS", "가", "ko", 0),
        Token(4, 6, "오르", "VV", "오르", "ko", 0), Token(5, 6, "았", "EP", "었", "ko", 0),
        Token(9, 15, "Prices", "word", None, "en", 1), Token(16, 20, "rose", "word", None, "en", 1),
        Token(21, 23, "3%", "number", None, "en", 1), Token(30, 31, ".", "punct", None, "en", 1))


@pytest.fixture(params=[0, 3, COMPACT_AFTER], ids=["columns", "columns-past-3", "tuple"])
def compact_after(request: pytest.FixtureRequest) -> int:
    """How many tokens a store holds as a tuple before it holds them as columns (every test runs with each)."""
    return int(request.param)


def built(compact_after: int) -> TokenStore:
    builder = TokenBuilder(compact_after=compact_after)
    builder.extend([0, 2, 4, 5], [2, 3, 6, 6], ["물가", "가", "오르", "았"], ["NNG", "JKS", "VV", "EP"],
                   ["물가", "가", "오르", "었"], "ko", 0)
    builder.extend([9, 16, 21, 30], [15, 20, 23, 31], ["Prices", "rose", "3%", "."],
                   ["word", "word", "number", "punct"], None, "en", 1)
    return builder.build()


def test_a_built_store_reads_as_the_tuple_of_its_tokens(compact_after: int) -> None:
    store = built(compact_after)
    assert store.compact is (compact_after < len(ROWS))
    assert len(store) == len(ROWS) and tuple(store) == ROWS and list(store) == list(ROWS)
    assert ROWS == store  # noqa: SIM300 - the tuple on the left: its == falls back to the store's
    assert store == ROWS and store == list(ROWS) and store != ROWS[:-1] and store != "x"
    assert store[3].form == "았" and store[3].lemma == "었" and store[-1] == ROWS[-1] and store[4].lemma is None
    assert type(store[0]) is Token and store[0]._fields == Token._fields
    assert store[2:5] == ROWS[2:5] and type(store[2:5]) is tuple
    assert store[::3] == ROWS[::3] and store[::-1] == ROWS[::-1]
    assert store[5:2] == () and store.index(ROWS[5]) == 5 and store.count(ROWS[0]) == 1 and ROWS[6] in store
    assert hash(store) == hash(ROWS) and bool(TokenStore.of(())) is False and TokenStore.of(()) == ()
    with pytest.raises(IndexError):
        store[len(ROWS)]
    with pytest.raises(IndexError):
        store[-len(ROWS) - 1]


def test_a_store_of_columns_shares_one_str_per_distinct_value() -> None:
    store = TokenStore.of([Token(0, 4, "word"[:4], "word", None, "en", 0), Token(5, 9, "".join("word"), "word", None,
                                                                                  "en", 0)], compact_after=0)
    assert store[0].form is store[1].form and store[0].form is store[0].tag


def test_a_store_pickles_and_copies_as_itself(compact_after: int) -> None:
    store = built(compact_after)
    back = pickle.loads(pickle.dumps(store))
    assert type(back) is TokenStore and back == store and tuple(back) == ROWS and back.compact is store.compact
    assert TokenStore.of(store) is store and TokenStore.of(ROWS) == store
    assert TokenStore.of_tokens(ROWS, compact_after=compact_after) == store


def test_stores_of_both_kinds_compare_and_hash_alike() -> None:
    columns, kept = TokenStore.of(ROWS, compact_after=0), TokenStore.of(ROWS)
    assert columns.compact and not kept.compact
    assert columns == kept and kept == columns and hash(columns) == hash(kept) == hash(ROWS)
    assert columns != TokenStore.of(ROWS[1:]) and kept != TokenStore.of(ROWS[1:], compact_after=0)


def test_columns_of_different_lengths_are_refused(compact_after: int) -> None:
    builder = TokenBuilder(compact_after=compact_after)
    with pytest.raises(ValueError, match="different lengths"):
        builder.extend([0, 1], [1], ["a", "b"], ["x", "y"], None, "en", 0)


def test_rows_are_checked_for_shape(compact_after: int) -> None:
    for bad in ([(0, 1, "a", "x", None, "en")], [(0, 1, "a", "x", 3, "en", 0)], [(0, "1", "a", "x", None, "en", 0)],
                [(0, 1, "a", "x", None, "en", 2**70)]):
        with pytest.raises(ValueError, match="token"):
            TokenStore.of(bad, compact_after=compact_after)
    with pytest.raises(ValueError, match="64 bits"):  # Token instances taken as they are: what no array holds
        TokenStore.of_tokens((Token(0, 2**64, "a", "x", None, "en", 0),), compact_after=0)


def test_documents_validate_hold_and_write_the_tokens_as_before(compact_after: int) -> None:
    doc = Document.create(TEXT).evolve(tokens=TokenStore.of(ROWS, compact_after=compact_after))
    assert type(doc.tokens) is TokenStore and doc.tokens == ROWS
    record = json.loads(doc.model_dump_json())
    assert record["tokens"] == [list(t) for t in ROWS]  # an array of 7 values per token, as a tuple is written
    assert doc.model_dump()["tokens"] == tuple(tuple(t) for t in ROWS)
    assert type(doc.model_dump()["tokens"][0]) is tuple
    assert doc.model_dump(mode="json")["tokens"] == [list(t) for t in ROWS]
    back = Document.model_validate_json(doc.model_dump_json())
    assert back == doc and hash(back) == hash(doc) and back.tokens == ROWS
    assert pickle.loads(pickle.dumps(doc)) == doc
    # a document whose tokens were replaced without validation (model_copy) still compares and writes
    bare = doc.model_copy(update={"tokens": ()})
    assert bare == Document.model_validate_json(bare.model_dump_json()) and json.loads(bare.model_dump_json())[
        "tokens"] == []


def test_documents_refuse_tokens_outside_the_text_or_of_the_wrong_shape() -> None:
    doc = Document.create(TEXT)
    with pytest.raises(ValidationError, match="token span 30:99 is outside"):
        doc.evolve(tokens=(*ROWS, Token(30, 99, "x", "word", None, "en", 1)))
    with pytest.raises(ValidationError, match="token span 6:5 is outside"):
        doc.evolve(tokens=(Token(6, 5, "x", "word", None, "en", 1),))
    with pytest.raises(ValidationError, match="token span -1:2 is outside"):
        doc.evolve(tokens=[[-1, 2, "x", "word", None, "en", 0]])
    with pytest.raises(ValidationError):
        doc.evolve(tokens=[[0, 2, "x", "word", None, "de", 0]])  # not a language of the model
    with pytest.raises(ValidationError):
        doc.evolve(tokens=[[0, 2, "x"]])


def test_tokens_by_sentence_from_a_store_and_from_a_tuple_agree(compact_after: int) -> None:
    # sentence 0's tokens on both sides of sentence 1's (no stage writes them so; a caller may)
    rows = (ROWS[0], ROWS[1], ROWS[4], ROWS[2], ROWS[3], ROWS[5]._replace(sentence=7))
    store = TokenStore.of(rows, compact_after=compact_after)
    assert store.sentence_ranges() == {0: [(0, 2), (3, 5)], 1: [(2, 3)], 7: [(5, 6)]}
    assert by_sentence(store)(0) == [ROWS[0], ROWS[1], ROWS[2], ROWS[3]] == by_sentence(rows)(0)
    for index in (1, 7, 2):
        assert by_sentence(store)(index) == by_sentence(rows)(index)
    assert by_sentence(store)(2) == [] and by_sentence(store)(7) == [rows[5]]


def test_a_builder_turns_to_columns_past_its_limit_and_keeps_every_token() -> None:
    builder = TokenBuilder(compact_after=5)
    builder.extend([0, 2, 4, 5], [2, 3, 6, 6], ["물가", "가", "오르", "았"], ["NNG", "JKS", "VV", "EP"],
                   ["물가", "가", "오르", "었"], "ko", 0)
    builder.append_tokens(ROWS[4:6])  # the sixth token: past the limit
    builder.extend([21, 30], [23, 31], ["3%", "."], ["number", "punct"], None, "en", 1)
    store = builder.build()
    assert store.compact and store == ROWS and store.sentence_ranges() == {0: [(0, 4)], 1: [(4, 8)]}


def test_english_spans_make_the_same_store_as_their_columns(compact_after: int) -> None:
    """The English path's tokens ``(start, end, form, tag)`` appended with a base offset make the tokens that
    :meth:`TokenBuilder.extend` of their columns makes, whether the store holds tuples or columns, across the limit
    and with a sentence of no tokens in between; equal forms are one string either way."""
    sentences = [[(0, 4, "Tide", "word"), (5, 8, "ran", "word")], [],
                 [(0, 3, "ran", "word"), (4, 7, "U.S", "abbrev"), (7, 8, ".", "punct"), (9, 11, "3%", "number")]]
    by_columns, by_rows = TokenBuilder(compact_after=compact_after), TokenBuilder(compact_after=compact_after)
    for sentence, (base, found) in enumerate(zip((3, 12, 40), sentences, strict=True)):
        by_rows.extend_spans([(s, e, "".join(f), t) for s, e, f, t in found], base, "en", sentence)
        if found:
            starts, ends, forms, tags = zip(*found, strict=True)
            by_columns.extend([base + s for s in starts], [base + e for e in ends], forms, tags, None, "en", sentence)
    store = by_rows.build()
    assert store == by_columns.build() and store.compact is (compact_after < 6) and len(store) == 6
    assert store[0] == Token(3, 7, "Tide", "word", None, "en", 0)
    assert store[4] == Token(47, 48, ".", "punct", None, "en", 2)
    assert store[1].form is store[2].form  # "ran" of two sentences, made apart: one string in the store


def test_offsets_past_32_bits_or_below_zero_are_kept_as_given(compact_after: int) -> None:
    # columns hold offsets and sentence numbers in 32 bits until a value needs more: then in 64, every value kept,
    # whether it comes in a sentence's columns, as rows or as tokens, first or after others
    big = 2**32 + 7
    rows = [Token(1, 2, "a", "x", None, "en", 0), Token(3, big, "b", "y", "b", "ko", 1),
            Token(-5, 4, "c", "x", None, "en", big), Token(2**40, 2**40 + 1, "d", "y", None, "en", 2)]
    assert list(TokenStore.of(rows, compact_after=compact_after)) == rows
    assert list(TokenStore.of_tokens(tuple(rows), compact_after=compact_after)) == rows
    builder = TokenBuilder(compact_after=compact_after)
    builder.extend([1, 3], [2, 4], ["a", "b"], ["x", "y"], None, "en", 0)
    builder.extend([5, big], [big, big + 1], ["c", "d"], ["x", "y"], None, "en", big)  # widens half-way through
    builder.extend([-1], [0], ["e"], ["x"], None, "en", 3)
    store = builder.build()
    assert [(t.start, t.end, t.sentence) for t in store] == [(1, 2, 0), (3, 4, 0), (5, big, big),
                                                            (big, big + 1, big), (-1, 0, 3)]
    assert pickle.loads(pickle.dumps(store)) == store


def test_a_store_of_columns_holds_small_offsets_in_32_bits() -> None:
    tokens = tuple(Token(i, i + 1, "a", "x", None, "en", i // 10) for i in range(1000))
    store = TokenStore.of_tokens(tokens, compact_after=0)
    assert store.compact and list(store) == list(tokens)
    assert max(store._starts.itemsize, store._ends.itemsize, store._sentences.itemsize) <= 4


def test_columns_are_narrowed_to_the_bytes_their_values_need_and_read_the_same() -> None:
    # two languages and three tags among 300 distinct forms: the ids of a tag or a language seen after 255 distinct
    # values need 2 bytes, sentence numbers below 256 one, offsets past 65,535 four
    tokens = tuple(Token(70_000 + 3 * i, 70_002 + 3 * i, f"w{i % 300}", ("NNG", "JKS", "SF")[i % 3],
                         None if i % 2 else f"w{i % 300}", "ko" if i < 600 else "en", i // 40) for i in range(1200))
    store = TokenStore.of_tokens(tokens, compact_after=10)
    assert store.compact and list(store) == list(tokens) and store == tokens
    assert (store._sentences.typecode, store._starts.typecode, store._ends.typecode) == ("B", "I", "I")
    assert store._langs.itemsize == 2 and store._forms.itemsize == 2  # "en" first seen after 300 forms
    assert pickle.loads(pickle.dumps(store)) == store
    assert json.loads(Document.create("x" * 80_000).evolve(tokens=store).model_dump_json())["tokens"] \
        == [list(t) for t in tokens]


def test_sentence_numbers_past_two_bytes_keep_four() -> None:
    tokens = tuple(Token(i, i + 1, "a", "x", None, "en", 65_530 + i) for i in range(20))
    store = TokenStore.of_tokens(tokens, compact_after=0)
    assert store._sentences.itemsize == 4 and [t.sentence for t in store] == list(range(65_530, 65_550))


# mem29: every column starts at one byte a value and is widened (by a copy) only when a value does not fit

EDGES = [(0, "B"), (255, "B"), (256, "H"), (65_535, "H"), (65_536, "I"), (2**32 - 1, "I"), (2**32, "q"),
         (-1, "q"), (2**63 - 1, "q"), (-(2**63), "q")]


@pytest.mark.parametrize(("value", "typecode"), EDGES, ids=[str(v) for v, _ in EDGES])
def test_a_value_at_a_widths_edge_is_held_in_the_narrowest_width_that_holds_it(value: int, typecode: str) -> None:
    # the edge value as an end, a sentence number and a start, after small values, in each way of building a store
    rows = [Token(1, 2, "p", "x", None, "en", 0), Token(2, value, "q", "y", "q", "ko", 0),
            Token(min(value, 3), 4, "r", "x", None, "en", value)]
    builder = TokenBuilder(compact_after=0)
    builder.extend([1, 2], [2, value], ["p", "q"], ["x", "y"], [None, "q"], "en", 0)
    builder.extend([min(value, 3)], [4], ["r"], ["x"], None, "en", value)
    for store in (TokenStore.of(rows, compact_after=0), TokenStore.of_tokens(tuple(rows), compact_after=1),
                  builder.build()):
        assert store.compact
        assert [(t.start, t.end, t.sentence) for t in store][1:] == [(2, value, 0), (min(value, 3), 4, value)]
        assert store._ends.typecode == typecode and store._sentences.typecode == typecode
        assert store._starts.typecode == ("q" if value < 0 else "B")
        assert store._forms.typecode == store._langs.typecode == "B"  # a handful of distinct values
        assert pickle.loads(pickle.dumps(store)) == store == tuple(store)


def test_a_value_past_64_bits_is_refused_in_every_way_of_building() -> None:
    for value in (2**63, -(2**63) - 1):
        with pytest.raises(ValueError, match="64 bits"):
            TokenStore.of([Token(0, 1, "a", "x", None, "en", 0), Token(0, value, "a", "x", None, "en", 0)],
                          compact_after=0)
        with pytest.raises(ValueError, match="64 bits"):
            TokenStore.of_tokens((Token(0, 1, "a", "x", None, "en", 0), Token(0, 1, "a", "x", None, "en", value)),
                                 compact_after=0)
        builder = TokenBuilder(compact_after=0)
        builder.extend([0], [1], ["a"], ["x"], None, "en", 0)
        with pytest.raises(OverflowError):
            builder.extend([0, 1], [1, value], ["a", "b"], ["x", "x"], None, "en", 0)
    with pytest.raises(ValueError, match="must be int"):  # not an int: refused, as before
        TokenStore.of_tokens((Token(0, 1, "a", "x", None, "en", 0), Token(0.5, 1, "a", "x", None, "en", 0)),  # type: ignore[arg-type]
                             compact_after=0)


def test_columns_widen_mid_build_one_step_at_a_time_and_only_as_far_as_needed() -> None:
    # a long line's sentences, its offsets growing: each column is as wide as its largest value so far, no wider,
    # while it is built (the wide copy is never made before a value needs it)
    builder = TokenBuilder(compact_after=2)
    expected: list[Token] = []
    seen_widths: list[str] = []
    offset = 0
    for sentence, words in enumerate([3, 3, 40, 300, 5000, 20_000]):
        starts = [offset + 13 * k for k in range(words)]
        ends = [s + 12 for s in starts]
        forms = [f"w{(sentence * 7 + k) % 400}" for k in range(words)]
        tags = ["word"] * words
        builder.extend(starts, ends, forms, tags, None, "en", sentence)
        expected += [Token(s, e, f, "word", None, "en", sentence) for s, e, f in zip(starts, ends, forms, strict=True)]
        offset = ends[-1] + 1
        if builder._rows is None:
            largest = ends[-1]
            width = "B" if largest < 256 else "H" if largest < 65_536 else "I"
            assert builder._ends.typecode == builder._starts.typecode == width
            assert builder._sentences.typecode == "B" and builder._langs.typecode == "B"
            seen_widths.append(width)
    assert seen_widths == ["B", "B", "H", "H", "I", "I"]  # ends 38, 77, 597, 4497, 69497, ...: widened twice
    store = builder.build()
    assert store == tuple(expected) and list(store) == expected and len(store) == len(expected)
    assert store._forms.typecode == "H"  # 400 distinct forms and one tag
    copied = pickle.loads(pickle.dumps(store))
    assert copied == store and copied._ends.typecode == "I" and hash(copied) == hash(tuple(expected))


def test_stores_built_along_different_widening_paths_are_equal() -> None:
    # the same tokens appended in the order that widens a column at once and in the order that widens it late
    tokens = [Token(70_000 * (i % 2), 70_000 * (i % 2) + 1, f"f{i % 500}", "t", None, "ko", i % 3)
              for i in range(1200)]
    late = TokenStore.of_tokens(tuple(tokens), compact_after=0)
    early_builder = TokenBuilder(compact_after=0)
    early_builder.append_tokens([Token(2**40, 2**40, "z", "t", None, "ko", 0)])
    early_builder.append_tokens(tokens)
    early = early_builder.build()
    assert early._starts.typecode == "q" and late._starts.typecode == "I"
    assert list(early)[1:] == list(late) == tokens
    assert TokenStore.of(list(early)[1:], compact_after=0) == late
