"""bilingual.columns: runs and sentences held as columns read as the same records, in a document and out of it."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from bilingual.columns import RecordBuilder, RecordStore
from bilingual.document import Document, Mention, Route, Run, Sentence

ROUTES = (Route(lang="ko", confidence=0.99, reason="Hangul"), Route(lang="en", confidence=0.8, reason="words"),
          Route(lang="other", confidence=0.5, reason="Kana"))


def sentences(n: int, *, step: int = 7) -> list[Sentence]:
    """Sentences of varied shapes: positions past 1, 2 and 4 bytes, blocks and runs of their own, three routes."""
    out = []
    for i in range(n):
        start = i * step + (70_000 if i % 5 == 0 else 0)
        out.append(Sentence(start=start, end=start + (i % 4), block=i // 3, run=(i * 11) % 300,
                            route=ROUTES[(i * i) % 3]))
    return out


def test_a_store_of_columns_reads_as_the_tuple_of_its_records() -> None:
    records = sentences(50)
    store = RecordStore.of_records(Sentence, tuple(records), compact_after=10)
    assert store.compact and len(store) == 50
    assert store == tuple(records) and store == records and tuple(records) == tuple(store)
    assert list(store) == records and [store[i] for i in range(-50, 50)] == records * 2
    assert store[3:41:4] == tuple(records[3:41:4]) and store[::-1] == tuple(reversed(records))
    assert store[45:] == tuple(records[45:]) and store[60:] == ()
    assert all(type(s) is Sentence for s in store)
    with pytest.raises(IndexError):
        store[50]
    with pytest.raises(IndexError):
        store[-51]
    assert store != records[:-1] and store != [*records[:-1], records[0]]
    assert hash(store) == hash(tuple(records))
    assert store.index(records[17]) == 17 and records[17] in store and store.count(records[4]) == 1


def test_records_read_are_the_models_with_the_same_values_and_shared_routes() -> None:
    records = sentences(30)
    store = RecordStore.of_records(Sentence, tuple(records), compact_after=5)
    for made, given in zip(store, records, strict=True):
        assert made == given and made.model_dump_json() == given.model_dump_json()
        assert made.model_fields_set == given.model_fields_set == set(Sentence.model_fields)
        assert made.route in ROUTES and any(made.route is r for r in ROUTES)  # the given object, not a copy
        assert Sentence.model_validate(made.model_dump()) == made
        with pytest.raises(Exception, match="frozen"):
            made.start = 3  # type: ignore[misc]


def test_a_builder_turns_to_columns_past_its_limit_and_not_before() -> None:
    records = sentences(12)
    for limit, compact in ((12, False), (11, True), (0, True)):
        builder = RecordBuilder(Sentence, compact_after=limit)
        for s in records:
            builder.append(s.start, s.end, s.block, s.run, s.route)
        assert len(builder) == 12
        store = builder.build()
        assert store.compact is compact and store == records


def test_a_builder_validates_the_records_it_makes_before_its_limit() -> None:
    builder = RecordBuilder(Run, compact_after=5)
    with pytest.raises(ValueError, match="start"):
        builder.append("three", 4, 0, ROUTES[0])


def test_values_of_their_fields_exact_classes_make_the_record_validation_makes() -> None:
    # made without pydantic's validation (perf61): the same values, the same objects, the same fields set and JSON
    made = RecordBuilder(Sentence, compact_after=100)
    for s in sentences(40, step=3):
        made.append(s.start, s.end, s.block, s.run, s.route)
    for got, validated in zip(made.build(), sentences(40, step=3), strict=True):
        assert got == validated and got.__dict__ == validated.__dict__ and type(got) is Sentence
        assert got.route is validated.route and got.model_fields_set == validated.model_fields_set
        assert got.model_dump_json() == validated.model_dump_json() and hash(got) == hash(validated)


def test_values_of_another_class_are_still_validated_and_converted() -> None:
    class Position(int):
        pass

    builder = RecordBuilder(Run, compact_after=5)
    builder.append(Position(3), True, 0, {"lang": "en", "confidence": 0.5, "reason": "words"})
    builder.append(2, 4, 1, ROUTES[1])
    first, second = builder.build()
    assert type(first.start) is int and first.start == 3 and type(first.end) is int and first.end == 1
    assert first.route == Route(lang="en", confidence=0.5, reason="words")
    assert second.route is ROUTES[1]
    with pytest.raises(ValueError, match="block"):
        builder.append(1, 2, "x", ROUTES[0])
    with pytest.raises(ValueError, match="route"):
        builder.append(1, 2, 0, "ko")


def test_a_model_with_defaults_is_refused() -> None:
    # a mention's optional fields may be left unset: the set of fields given would be lost in columns
    with pytest.raises(TypeError, match="default"):
        RecordBuilder(Mention)


def test_values_that_fit_no_column_keep_the_tuple() -> None:
    huge = Run(start=0, end=2**70, block=0, route=ROUTES[1])
    records = (*[Run(start=i, end=i + 1, block=0, route=ROUTES[1]) for i in range(10)], huge)
    store = RecordStore.of_records(Run, records, compact_after=3)
    assert not store.compact and store == records and store[-1] is huge
    negative = (*records[:10], Run(start=-5, end=-2**40, block=-1, route=ROUTES[0]))
    widened = RecordStore.of_records(Run, negative, compact_after=3)
    assert widened.compact and widened == negative and widened[-1].end == -2**40


def test_a_store_survives_pickle_and_copies() -> None:
    records = sentences(40)
    store = RecordStore.of_records(Sentence, tuple(records), compact_after=8)
    for other in (pickle.loads(pickle.dumps(store)), copy.deepcopy(store), copy.copy(store)):
        assert isinstance(other, RecordStore) and other.compact and other == store == records


def test_spans_within_names_the_first_record_out_of_the_text() -> None:
    records = sentences(40)
    store = RecordStore.of_records(Sentence, tuple(records), compact_after=8)
    length = max(s.end for s in records)
    assert store.spans_within(length) is None
    inside = [i for i, s in enumerate(records) if s.end <= length - 1]
    assert store.spans_within(length - 1) == min(set(range(40)) - set(inside))
    assert RecordStore.holding(Sentence, tuple(records)).spans_within(length - 1) == store.spans_within(length - 1)


def _huge_document(n: int) -> Document:
    text = "".join(f"Line {i} of many. " for i in range(n))
    runs, sents, position = [], [], 0
    for i in range(n):
        piece = f"Line {i} of many. "
        runs.append({"start": position, "end": position + len(piece), "block": 0, "route": ROUTES[1]})
        sents.append({"start": position, "end": position + len(piece) - 1, "block": 0, "run": i,
                      "route": ROUTES[i % 2]})
        position += len(piece)
    return Document(id="huge", original_text=text, text=text, runs=runs, sentences=sents)


def test_a_huge_document_holds_columns_and_writes_the_same_record() -> None:
    doc = _huge_document(5_000)
    assert doc.runs.compact and doc.sentences.compact and len(doc.runs) == 5_000
    record = doc.model_dump_json()
    data = json.loads(record)
    assert data["runs"][4_321] == {"start": doc.runs[4_321].start, "end": doc.runs[4_321].end, "block": 0,
                                   "route": ROUTES[1].model_dump()}
    plain = Document.model_construct(**{**dict(doc), "runs": tuple(doc.runs), "sentences": tuple(doc.sentences)})
    assert plain.model_dump_json() == record  # the same bytes as a tuple of the records writes
    again = Document.model_validate_json(record)
    assert again == doc and again.sentences.compact and again.model_dump_json() == record
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert doc.model_dump()["sentences"][7] == doc.sentences[7].model_dump()
    assert doc.model_dump(include={"runs": {2}})["runs"] == (doc.runs[2].model_dump(),)
    later = doc.evolve(mentions=())
    assert later.runs is doc.runs and later.sentences is doc.sentences  # taken as they are, not rebuilt


def test_a_huge_documents_spans_are_checked_from_the_columns() -> None:
    doc = _huge_document(3_000)
    data = json.loads(doc.model_dump_json())
    data["sentences"][2_500]["end"] = len(doc.text) + 1
    with pytest.raises(ValueError, match="sentence span"):
        Document.model_validate(data)
    data = json.loads(doc.model_dump_json())
    data["runs"][2_999]["block"] = "x"
    with pytest.raises(ValueError, match="block"):
        Document.model_validate(data)
