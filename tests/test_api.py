"""process / process_many: the API contract and bad input."""

from __future__ import annotations

import pytest

import bilingual
from bilingual import Config, RepairConfig


def test_empty_text_gives_empty_document() -> None:
    doc = bilingual.process("")
    assert (doc.text, doc.blocks, doc.repairs) == ("", (), ())


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["a"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        bilingual.process(bad)  # type: ignore[arg-type]


def test_bad_config_raises_type_error() -> None:
    with pytest.raises(TypeError, match="Config"):
        bilingual.process("x", config={"repair": {}})  # type: ignore[arg-type]


def test_config_is_used() -> None:
    doc = bilingual.process("ＡＢＣ", config=Config(repair=RepairConfig(fix_character_width=False)))
    assert doc.text == "ＡＢＣ"


def test_nul_and_controls() -> None:
    doc = bilingual.process("a\x00b\x01\nc\x1b[2Jd")
    assert doc.text == "ab\ncd"


@pytest.mark.parametrize("jobs", [1, 2])
def test_process_many_keeps_order(jobs: int) -> None:
    items = [f"Story number {i} is here. It has a body that is long enough." for i in range(12)]
    items.append(("named.txt", "A named item."))
    docs = list(bilingual.process_many(items, jobs=jobs))
    assert [d.original_text for d in docs[:-1]] == items[:-1]
    assert docs[-1].source == "named.txt"
    assert docs == [bilingual.process(t) if isinstance(t, str) else bilingual.process(t[1], source=t[0])
                    for t in items]


def test_process_many_is_lazy_and_checks_jobs() -> None:
    it = bilingual.process_many(iter(["a", 1]))  # type: ignore[list-item]
    assert next(it).text == "a"
    with pytest.raises(TypeError):
        next(it)
    with pytest.raises(ValueError):
        list(bilingual.process_many(["a"], jobs=0))


def test_garbage_collector_state_is_restored() -> None:
    import gc

    assert gc.isenabled()
    bilingual.process("A page of text that is long enough to be the body of an article.")
    assert gc.isenabled()
    gc.disable()
    try:
        bilingual.process("Another page.")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(TypeError):
        bilingual.process(None)  # type: ignore[arg-type]
    assert gc.isenabled()
