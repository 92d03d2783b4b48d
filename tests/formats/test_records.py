"""Records: error records from any exception, field selection that stays a valid Document."""

from __future__ import annotations

import json

import pytest

import bilingual
from bilingual.errors import InputError, WorkerDied
from bilingual.formats.records import PROFILES, check_fields, record_for_error, to_json_bytes, to_json_line


def test_error_records_keep_library_codes_and_call_the_rest_bugs() -> None:
    assert record_for_error("a", InputError("a", "too_large", "big")).error.code == "too_large"
    assert record_for_error("a", WorkerDied("a")).error.code == "worker_died"
    bug = record_for_error("a", ZeroDivisionError("oops"))
    assert bug.error.code == "processing_failed" and "ZeroDivisionError: oops" in bug.error.message


def test_fields_keep_the_required_ones_and_reject_unknown_names() -> None:
    assert check_fields(["mentions"]) == {"id", "original_text", "text", "mentions"}
    with pytest.raises(ValueError, match="tokenz"):
        check_fields(["tokenz"])
    doc = bilingual.process("Cho met Blinken.")
    line = to_json_line(doc, fields=PROFILES["compact"], meta={"url": "ü"})
    record = json.loads(line)
    assert record.pop("meta") == {"url": "ü"} and "tokens" not in record
    assert bilingual.Document.model_validate(record) == doc.model_copy(update={"tokens": (), "runs": (),
                                                                             "sentences": ()})
    assert to_json_line(doc, fields=PROFILES["full"]) == to_json_line(doc)


def test_json_bytes_are_the_json_line_in_utf8() -> None:
    # The batch command sends records from its workers as bytes and writes them as they are: they must be the bytes
    # the text line would have been written as, for every shape of record.
    doc = bilingual.process("조태열 장관이 9일 블링컨 장관을 만났다.\nMinister Cho met Secretary Blinken in Seoul.",
                            source="a.txt")
    error = record_for_error("b.txt", InputError("b.txt", "too_large", "big"))
    for record, fields, meta in [(doc, None, None), (doc, PROFILES["compact"], None), (doc, PROFILES["full"], None),
                                 (doc, check_fields(["mentions"]), {"url": "ü", "n": [1, 2]}),
                                 (error, None, None), (error, None, {"url": "서울"})]:
        line = to_json_bytes(record, fields=fields, meta=meta)
        assert line == to_json_line(record, fields=fields, meta=meta).encode("utf-8")
        assert line.endswith(b"}\n") and line.count(b"\n") == 1


def test_a_document_with_only_some_fields_writes_the_same_record_of_them() -> None:
    # only_fields keeps what a record of those fields writes (and nothing else): the same bytes, whole or compact
    from bilingual.formats.records import DOCUMENT_FIELDS, only_fields

    doc = bilingual.process("조태열 장관이 서울에서 블링컨(Antony Blinken) 국무장관을 만났다. Prices rose 3% in May.")
    assert doc.tokens and doc.runs and doc.sentences and doc.mentions
    for fields in (PROFILES["compact"], check_fields(["tokens"]), check_fields(["mentions", "runs"])):
        slim = only_fields(doc, fields)
        assert to_json_bytes(slim, fields=fields) == to_json_bytes(doc, fields=fields)
        assert all(getattr(slim, name) == type(slim).model_fields[name].default for name in DOCUMENT_FIELDS - fields
                   if name != "tokens") and (slim.tokens == () or "tokens" in fields)
    assert only_fields(doc, None) is doc and only_fields(doc, DOCUMENT_FIELDS) is doc
