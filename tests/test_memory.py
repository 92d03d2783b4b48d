"""collector_paused: the collector is paused inside the block, its state restored after, and what the block
allocated is left in the oldest generation (no young collection to scan it) without changing the caller's
settings."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bilingual.memory import collector_paused


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
