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
    assert doc.text == "a b\ncd"  # NUL between two letters kept them apart (issue 15)


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


# -- no hidden state ---------------------------------------------------------------------------------------
def test_an_empty_kb_stays_empty_and_none_means_the_bundled_one() -> None:
    text = "Secretary Antony Blinken spoke"
    assert [m.entity_id for m in bilingual.process(text, kb=bilingual.KnowledgeBase([])).mentions] == [None]
    assert [m.entity_id for m in bilingual.process(text).mentions] == ["antony-blinken"]
    assert [m.entity_id for m in bilingual.process(text, kb=None).mentions] == ["antony-blinken"]
    review = bilingual.review_pairs([("블링컨 장관", "Secretary Antony Blinken")], kb=bilingual.KnowledgeBase([]))
    assert all(m.entity_id is None for p in review.pairs for m in (*p.source_mentions, *p.target_mentions))


def test_tokens_do_not_depend_on_what_was_processed_before() -> None:
    """A KB's Hangul names are its own Kiwi's user dictionary, not a process-wide one that grows."""
    text = "김천식 차관이 말했다."
    kb = bilingual.KnowledgeBase.from_records(
        [{"id": "kim-chun-sik", "type": "person", "name": "Kim Chun-sik", "name_ko": "김천식"}])

    def tokens(doc: bilingual.Document) -> list[tuple[str, str]]:
        return [(t.form, t.tag) for t in doc.tokens]

    before = tokens(bilingual.process(text))
    with_names = tokens(bilingual.process(text, kb=kb))
    after = tokens(bilingual.process(text))
    assert ("김천식", "NNP") in with_names  # the KB's name is a proper noun for the caller who gave it
    assert ("김천식", "NNP") not in before  # (the bundled KB does not hold it)
    assert after == before


def test_stages_are_the_whole_pipeline() -> None:
    from bilingual.context import Context
    from bilingual.document import Document
    from bilingual.stages import STAGES, run_stages

    text = "조태열 장관이 서울에서 블링컨 장관을 만났다.\nCho Tae-yul met Blinken in Seoul."
    by_hand = Document.create(text)
    context = Context.create()
    for stage in STAGES:
        by_hand = stage(by_hand, context)
    assert run_stages(Document.create(text), context) == by_hand == bilingual.process(text)
    assert by_hand.mentions and by_hand.sentences


# -- the batch path loses nothing ------------------------------------------------------------------------
GOOD = [f"Story {i}: Minister Cho met Secretary Blinken in Seoul on day {i}." if i % 3
        else f"기사 {i}: 서울에서 회담이 열렸다." for i in range(200)]
BAD: dict[int, object] = {0: None, 57: b"\x00\xffbinary garbage", 120: "too long " * 600, 199: ("gone.txt", 3),
                          150: "\x00\x01\x02\x03"}


@pytest.fixture(scope="module")
def clean_run() -> list[bilingual.Document]:
    return list(bilingual.process_many(GOOD))


@pytest.mark.timeout(300)
@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_items_become_error_records_and_good_ones_are_untouched(jobs: int,
                                                                   clean_run: list[bilingual.Document]) -> None:
    items: list[object] = list(GOOD)
    for position in sorted(BAD):
        items.insert(position, BAD[position])
    out = list(bilingual.process_many(items, jobs=jobs, on_error="record", max_chars=5000))  # type: ignore[call-overload]
    assert len(out) == len(items)
    records = {i: o for i, o in enumerate(out) if isinstance(o, bilingual.ErrorRecord)}
    assert {i: (r.source, r.error.code) for i, r in records.items()} == {
        0: ("item 0", "not_text"), 57: ("item 57", "not_text"), 120: ("item 120", "too_large"),
        199: ("gone.txt", "not_text")}
    assert "decode bytes" in records[57].error.message
    docs = [o for i, o in enumerate(out) if i not in records]
    assert docs[:150 - 3] == clean_run[:147]
    assert docs[147].original_text == "\x00\x01\x02\x03"  # control characters are text to process(), not an error
    assert docs[148:] == clean_run[147:]


@pytest.mark.timeout(300)
def test_finished_results_come_before_the_error_and_errors_keep_their_type() -> None:
    it = bilingual.process_many(["Seoul", "Busan", None, "Daegu"], jobs=2)  # type: ignore[list-item]
    assert [next(it).text, next(it).text] == ["Seoul", "Busan"]
    with pytest.raises(bilingual.NotTextError) as caught:
        next(it)
    assert isinstance(caught.value, TypeError) and caught.value.code == "not_text"


def test_a_worker_pool_for_repeated_batches() -> None:
    with pytest.raises(ValueError):
        bilingual.process_many(["a"], pool=bilingual.WorkerPool(2), kb=bilingual.KnowledgeBase([]))
    with pytest.raises(ValueError):
        bilingual.process_many(["a"], on_error="ignore")  # type: ignore[call-overload]
