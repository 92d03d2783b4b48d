"""collector_paused: the collector is paused inside the block, its state restored after, and what the block
allocated is left in the oldest generation (no young collection to scan it) without changing the caller's
settings."""

from __future__ import annotations

import copy
import gc
import pickle
import sys
import tracemalloc
from collections.abc import Iterator

import pydantic
import pytest

from bilingual.document import Document, Mention, Route, Run
from bilingual.memory import (
    SharedValues,
    collector_paused,
    compact_record,
    compacted,
    record_of,
    record_with,
    share_equal_values,
)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was:
            gc.disable()


def test_paused_inside_and_restored_after(collector_on: None) -> None:
    thresholds = gc.get_threshold()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() == 0


def test_stays_off_when_it_was_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_what_the_block_allocated_goes_to_the_oldest_generation(collector_on: None) -> None:
    with collector_paused():
        kept = [[i] for i in range(5000)]
    assert gc.get_count()[0] < 100  # not left for the next young collection to scan
    assert all(gc.is_tracked(item) for item in kept)
    gc.collect()
    assert gc.get_freeze_count() == 0


def test_cycles_made_in_the_block_are_still_collected(collector_on: None) -> None:
    with collector_paused():
        cycle: list[object] = []
        cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1


def test_the_callers_frozen_objects_stay_frozen(collector_on: None) -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            _ = [[i] for i in range(100)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_an_error_in_the_block_restores_the_state(collector_on: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("x")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def _mention(start: int, name: str, why: str) -> Mention:
    # names and reasons built at run time, as the stages build them: equal values in distinct objects
    return Mention(start=start, end=start + len(name), text="".join(name), type="org", lang="en", entity_id=None,
                   score=0.0, method="unlinked", reasons=(f"reason: {why}",), title=None)


def test_equal_values_become_one_object_and_read_the_same() -> None:
    mentions = [_mention(i * 10, name, why) for i, (name, why) in
                enumerate([("NATO", "an acronym"), ("UN", "an acronym"), ("NATO", "an acronym"), ("NATO", "other")])]
    before = [m.model_dump_json() for m in mentions]
    hashes = [hash(m) for m in mentions]
    assert mentions[0].text is not mentions[2].text and mentions[0].reasons is not mentions[1].reasons
    share_equal_values(mentions, ("text", "reasons", "title"))
    assert mentions[0].text is mentions[2].text is mentions[3].text
    assert mentions[0].reasons is mentions[1].reasons is mentions[2].reasons
    assert mentions[3].reasons == ("reason: other",) and mentions[1].text == "UN"
    assert [m.model_dump_json() for m in mentions] == before and [hash(m) for m in mentions] == hashes
    assert mentions[0] == _mention(0, "NATO", "an acronym")


def test_each_field_is_shared_apart_and_nothing_given_is_nothing_done() -> None:
    route = Route(lang="ko", confidence=0.5, reason="x")
    runs = [Run(start=0, end=5, block=0, route=route), Run(start=5, end=10, block=1, route=route)]
    share_equal_values(runs, ("start", "end", "block"))  # 5 as an end and 5 as a start: each field on its own
    assert [(r.start, r.end, r.block) for r in runs] == [(0, 5, 0), (5, 10, 1)]
    share_equal_values([], ("text",))
    with pytest.raises(KeyError):
        share_equal_values(runs, ("no_such_field",))


def test_values_seen_in_an_earlier_call_are_the_ones_kept() -> None:
    seen: dict[str, dict[object, object]] = {}
    first = [_mention(0, "NATO", "an acronym")]
    share_equal_values(first, ("text", "reasons"), seen)
    later = [_mention(10, "NATO", "an acronym"), _mention(20, "UN", "an acronym")]
    share_equal_values(later, ("text", "reasons"), seen)
    assert later[0].text is first[0].text and later[1].reasons is first[0].reasons
    assert [m.text for m in later] == ["NATO", "UN"] and set(seen) == {"text", "reasons"}


def _a_mention(k: int) -> Mention:
    return Mention(start=8 * k, end=8 * k + 7, text=f"Hanbit{k % 7}", type="person", lang="en",
                   entity_id=None if k % 3 else f"Q{k}", score=0.25 * (k % 4), method="unlinked" if k % 3 else "exact",
                   reasons=(f"because {k % 5}",), title="Mayor" if k % 2 else None,
                   cluster=f"unknown:한빛{k % 7}" if k % 3 else None)


def test_a_compact_record_is_equal_and_writes_the_same() -> None:
    for k in range(12):
        m = _a_mention(k)
        c = compact_record(m)
        assert c is not m and type(c) is Mention
        assert c == m and hash(c) == hash(m)
        assert c.model_dump_json() == m.model_dump_json() and c.model_dump() == m.model_dump()
        assert c.model_fields_set == m.model_fields_set
        assert all(getattr(c, name) is getattr(m, name) for name in Mention.model_fields)  # the same objects
        assert pickle.loads(pickle.dumps(c)) == m
        assert copy.deepcopy(c) == m
        moved = c.model_copy(update={"type": "place"})
        assert (moved.type, c.type, moved.start) == ("place", "person", m.start)
        with pytest.raises(pydantic.ValidationError):
            c.type = "org"  # still frozen


def test_a_compact_record_keeps_the_fields_given_and_the_defaults() -> None:
    bare = Mention(start=0, end=4, text="서해대교"[:2], type="place", lang="ko", entity_id=None, score=0.0,
                   method="unlinked", reasons=())
    c = compact_record(bare)
    assert c.model_fields_set == bare.model_fields_set and "candidates" not in c.model_fields_set
    assert (c.candidates, c.title, c.cluster) == ((), None, None)
    assert c.model_dump_json(exclude_unset=True) == bare.model_dump_json(exclude_unset=True)


def test_compact_records_shared_and_in_a_document_read_the_same() -> None:
    text = "".join(f"Hanbit{k % 7} " for k in range(40))
    made = [_a_mention(k) for k in range(40)]
    share_equal_values(made, ("text", "reasons", "cluster"))
    compacted = [compact_record(m) for m in made]
    assert compacted[0].text is compacted[7].text  # what was shared stays shared
    plain = Document.create(text).evolve(mentions=tuple(made))
    compact = Document.create(text).evolve(mentions=tuple(compacted))
    assert compact == plain and compact.model_dump_json() == plain.model_dump_json()
    assert pickle.loads(pickle.dumps(compact)).model_dump_json() == plain.model_dump_json()


def _traced(make: object) -> int:
    tracemalloc.start()
    try:
        kept = make()  # type: ignore[operator]
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del kept
    return held


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="key-sharing dictionaries are CPython's (PEP 412)")
def test_compact_records_take_much_less_memory() -> None:
    # the same values in both (made once, outside the trace): only the records themselves are counted
    made = [_a_mention(k) for k in range(3000)]
    plain = _traced(lambda: [m.model_copy() for m in made])
    compact = _traced(lambda: [compact_record(m) for m in made])
    assert compact < 0.6 * plain, (plain, compact)


def test_compacted_copies_only_what_is_not_compact_yet() -> None:
    made = [_a_mention(k) for k in range(30)]
    once = [compacted(m) for m in made]
    assert all(c is not m and c == m for c, m in zip(once, made, strict=True))
    assert all(compacted(c) is c for c in once)  # compact already: the same object
    moved = [c.model_copy(update={"score": 0.5}) for c in once]  # a copy of a compact record's table is compact
    assert all(m.model_fields_set is not once[0].model_fields_set for m in moved)  # a set of its own each
    assert all(compacted(m) is m and m.score == 0.5 for m in moved)
    assert all(m.model_fields_set is once[0].model_fields_set for m in moved)  # now the one shared set
    assert all(c.model_fields_set is once[0].model_fields_set for c in once)
    built = [Mention(**c.model_dump()) for c in once]  # validated again: a dictionary of its own
    again = [compacted(m) for m in built]
    assert all(a is not m and a == m for a, m in zip(again, built, strict=True))


# perf47: records made in one step, compact and not validated, from values known valid
_GIVEN = [  # the fields given vary: defaults left out, given as their default, given otherwise
    dict(start=4, end=9, text="Ondal", type="person", lang="en", entity_id=None, score=0.0, method="unlinked",
         reasons=()),
    dict(start=0, end=3, text="온달산", type="place", lang="ko", entity_id="Q7", score=0.625, method="fuzzy",
         reasons=("a", "b"), candidates=(), cluster=None),
    dict(cluster="unknown:온달", title="교수", reasons=("c",), method="romanization", score=1.0, entity_id=None,
         lang="ko", type="other", text="온달 교수", end=2**40, start=-3),
]


@pytest.mark.parametrize("values", _GIVEN)
def test_a_record_made_unvalidated_is_the_validated_one_made_compact(values: dict[str, object]) -> None:
    made = record_of(Mention, dict(values))
    validated = Mention(**values)  # type: ignore[arg-type]
    assert made == validated and hash(made) == hash(validated) and type(made) is Mention
    assert made.model_fields_set == validated.model_fields_set
    assert list(made.__dict__) == list(validated.__dict__)  # the fields' order
    for options in ({}, {"exclude_unset": True}, {"exclude_defaults": True}):
        assert made.model_dump_json(**options) == validated.model_dump_json(**options)  # type: ignore[arg-type]
    assert sys.getsizeof(made.__dict__) == sys.getsizeof(compact_record(validated).__dict__)
    assert compacted(made) is made and made.model_fields_set is compacted(compact_record(validated)).model_fields_set
    assert pickle.loads(pickle.dumps(made)) == validated and copy.deepcopy(made) == validated
    with pytest.raises(pydantic.ValidationError):
        made.type = "org"  # still frozen


def test_a_record_made_unvalidated_checks_only_its_field_names() -> None:
    with pytest.raises(TypeError, match="unknown"):
        record_of(Mention, {**_GIVEN[0], "colour": "red"})
    with pytest.raises(TypeError, match="missing"):
        record_of(Mention, {k: v for k, v in _GIVEN[0].items() if k != "lang"})
    with pytest.raises(TypeError, match="unknown"):
        record_with(record_of(Mention, dict(_GIVEN[0])), colour="red")
    odd = record_of(Mention, {**_GIVEN[0], "type": "planet"})  # the values are the maker's to get right
    assert odd.type == "planet"


@pytest.mark.parametrize("values", _GIVEN)
@pytest.mark.parametrize("changes", [{}, {"type": "org"}, {"cluster": "unknown:x", "reasons": ("d",)},
                                     {"candidates": ("Q1", "Q2"), "entity_id": None, "start": 1}])
def test_a_record_changed_is_its_model_copy_made_compact(values: dict[str, object],
                                                         changes: dict[str, object]) -> None:
    for record in (record_of(Mention, dict(values)), Mention(**values)):  # type: ignore[arg-type]
        changed = record_with(record, **changes)
        copied = record.model_copy(update=changes)
        assert changed == copied and changed.model_fields_set == copied.model_fields_set
        assert changed.model_dump_json(exclude_unset=True) == copied.model_dump_json(exclude_unset=True)
        assert record == Mention(**values)  # type: ignore[arg-type]  # the original unchanged
    compact = record_with(record_of(Mention, dict(values)), **changes)
    assert compacted(compact) is compact


def test_shared_values_carry_across_calls_as_share_equal_values_does() -> None:
    share = SharedValues(("text", "reasons"))
    one = [_mention(0, "NATO", "an acronym"), _mention(10, "UN", "an acronym")]
    share(one[:1])
    share(one[1:])
    later = [_mention(20, "NATO", "other"), _mention(30, "UN", "an acronym")]
    share(later)
    assert later[0].text is one[0].text and later[1].text is one[1].text and later[1].reasons is one[0].reasons
    assert later[0].reasons == ("reason: other",) and later[0].reasons is not one[0].reasons
    seen: dict[str, dict[object, object]] = {}
    SharedValues(("text",), seen)([_mention(0, "EU", "x")])
    assert set(seen) == {"text"} and list(seen["text"]) == ["EU"]
