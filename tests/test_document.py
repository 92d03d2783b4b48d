"""The Document model: frozen, validated, exact JSON round trip, offsets back to the original."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

import bilingual
from bilingual.document import Block, Document, Finding, Pair

NASTY = st.text(st.sampled_from(list("ab \n\\'&;#x0\u00a0\u200b\r\x00가각\u1100\u1161â€™ﬁＡÁ¶ÅÂ¿\xad")), max_size=60)


def test_top_level_import() -> None:
    assert bilingual.Document is Document
    assert set(bilingual.__all__) >= {"Document", "process", "process_many", "Config"}


def test_frozen_and_tuples() -> None:
    doc = bilingual.process("Headline Here\nA first paragraph of text that is long enough to count.")
    assert isinstance(doc.blocks, tuple) and isinstance(doc.repairs, tuple)
    with pytest.raises(ValidationError):
        doc.text = "x"  # type: ignore[misc]


def test_evolve_validates() -> None:
    doc = Document.create("abc")
    with pytest.raises(ValidationError):
        doc.evolve(blocks=(Block(index=0, start=0, end=9, label="body", confidence=1.0, reason="r"),))
    with pytest.raises(ValidationError):
        doc.evolve(unknown_field=1)


def test_evolve_checks_unchanged_spans_again_when_the_text_changes() -> None:
    doc = bilingual.process("Seoul Hosts Talks\nThe talks began on Monday in the capital city of Seoul.")
    assert doc.tokens and doc.mentions
    assert doc.evolve(pairs=()) == doc  # the spans left as they are were checked: the copy is the same
    with pytest.raises(ValidationError, match=r"token span .* is outside the text"):  # checked against a new text
        doc.evolve(text=doc.text[:10], blocks=(), runs=(), sentences=(), mentions=())
    with pytest.raises(ValidationError, match="does not match the text"):
        doc.evolve(mentions=(doc.mentions[0].model_copy(update={"start": doc.mentions[0].start + 1}),))
    pair = Pair(source_start=0, source_end=5, target_start=6, target_end=10, source_lang="en", target_lang="en",
                score=1.0, reason="r")
    reviewed = doc.evolve(pairs=(pair,), findings=(Finding(code="spacing", severity="info", pair=0, message="m"),))
    with pytest.raises(ValidationError, match="names pair"):  # the findings are checked again when the pairs change
        reviewed.evolve(pairs=())


@given(NASTY)
def test_json_round_trip_is_exact(text: str) -> None:
    doc = bilingual.process(text, source="x.txt")
    dumped = doc.model_dump_json()
    again = Document.model_validate_json(dumped)
    assert again == doc
    assert again.model_dump_json() == dumped
    assert Document.model_validate(json.loads(dumped)) == doc


@given(NASTY, st.data())
def test_to_original_covers_and_is_exact_off_repairs(text: str, data: st.DataObject) -> None:
    doc = bilingual.process(text)
    n = len(doc.text)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    os_, oe = doc.to_original(s, e)
    assert 0 <= os_ <= oe <= len(doc.original_text)
    def touches(r: bilingual.Repair) -> bool:
        if r.start < e and s < r.end:
            return True
        # a deletion inside the span, or at an end of the text that the span reaches
        return r.start == r.end and (s < r.start < e or r.start == s == 0 or r.start == e == n)

    touched = [r for r in doc.repairs if touches(r)]
    if not touched:
        assert doc.original_text[os_:oe] == doc.text[s:e]
    if os_ < oe:
        fs, fe = doc.from_original(os_, oe)
        assert fs <= s and e <= fe
    for r in doc.repairs:
        assert doc.original_text[r.original_start:r.original_end] == r.original
        if r.start < r.end:  # a replacement maps back onto what it replaced
            rs, re_ = doc.to_original(r.start, r.end)
            assert rs <= r.original_start and r.original_end <= re_


def test_to_original_on_a_seed_repair(seed_pages: dict[str, str]) -> None:
    doc = bilingual.process(seed_pages["001_be6ff8dc12011655"])
    i = doc.text.index("Thursday's")
    s, e = doc.to_original(i, i + len("Thursday's"))
    assert doc.original_text[s:e] == "Thursday\\'s"


def test_to_original_rejects_bad_spans() -> None:
    doc = bilingual.process("abc")
    with pytest.raises(ValueError):
        doc.to_original(2, 1)
    with pytest.raises(ValueError):
        doc.to_original(0, 4)
    with pytest.raises(TypeError):
        doc.to_original(0.5, 1)  # type: ignore[arg-type]


def test_create_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="must be str"):
        Document.create(b"bytes")  # type: ignore[arg-type]


def test_id_is_stable_and_depends_on_source() -> None:
    a = bilingual.process("same text", source="a.txt")
    assert a.id == bilingual.process("same text", source="a.txt").id
    assert a.id != bilingual.process("same text", source="b.txt").id


def test_json_schema_describes_the_record() -> None:
    schema = Document.model_json_schema()
    assert {"id", "original_text", "text", "repairs", "blocks"} <= set(schema["properties"])
    labels = schema["$defs"]["Block"]["properties"]["label"]["enum"]
    assert set(labels) == set(bilingual.document.BLOCK_LABELS)


def test_equality_ignores_the_offset_cache() -> None:
    doc = bilingual.process("Thursday\\'s&nbsp talks")
    back = Document.model_validate_json(doc.model_dump_json())
    doc.to_original(0, 1)  # fills doc's private offset map only
    assert doc == back and back == doc and hash(doc) == hash(back)
    assert doc != back.evolve(text=back.text, flags=(), repairs=back.repairs, source="other")


def test_a_lone_surrogate_serializes_and_round_trips() -> None:
    doc = bilingual.process("조태열\ud800 met Blinken", source="page\udcff.txt")
    data = doc.model_dump_json()
    assert Document.model_validate_json(data) == doc
    assert doc.source == "page\ufffd.txt" and "surrogate_replaced" in {f.kind for f in doc.flags}


def test_records_given_the_same_fields_share_one_fields_set_and_stay_apart_when_copied() -> None:
    from bilingual.document import Mention, Route

    a = Mention(start=0, end=4, text="Lyon", type="place", lang="en", entity_id=None, score=0.0, method="unlinked",
                reasons=("a city",))
    b = Mention(start=9, end=13, text="Nice", type="place", lang="en", entity_id=None, score=0.0, method="unlinked",
                reasons=("a city",))
    titled = Mention(start=9, end=13, text="Nice", type="place", lang="en", entity_id=None, score=0.0,
                     method="unlinked", reasons=("a city",), title="Mayor")
    assert a.model_fields_set is b.model_fields_set and titled.model_fields_set is not a.model_fields_set
    assert "title" in titled.model_fields_set and "title" not in a.model_fields_set
    copied = a.model_copy(update={"cluster": "unknown:lyon"})
    assert "cluster" in copied.model_fields_set and "cluster" not in a.model_fields_set | b.model_fields_set
    assert a.model_dump(exclude_unset=True) == {"start": 0, "end": 4, "text": "Lyon", "type": "place", "lang": "en",
                                                "entity_id": None, "score": 0.0, "method": "unlinked",
                                                "reasons": ("a city",)}
    assert Route(lang="en", confidence=0.5, reason="x").model_fields_set == {"lang", "confidence", "reason"}


def test_sentences_of_one_route_share_one_route_object() -> None:
    doc = bilingual.process("경찰이 도착했다. 시민들은 박수를 쳤다. 비가 그쳤다.\n"
                            "The rain stopped. People clapped. Police came.")
    korean = [s.route for s in doc.sentences if s.route.lang == "ko"]
    assert len(korean) == 3 and all(r is korean[0] for r in korean)
    assert doc == Document.model_validate_json(doc.model_dump_json())
