"""collector_paused: the collector is paused inside the block, its state restored after, and what the block
allocated is left in the oldest generation (no young collection to scan it) without changing the caller's
settings."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bilingual.document import Mention, Route, Run
from bilingual.memory import collector_paused, share_equal_values


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
