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


def _line_of_model_dump_json(doc: bilingual.Document, fields: frozenset[str] | None,
                             meta: dict[str, object] | None) -> bytes:
    """The record line as pydantic writes the whole document, with ``meta`` spliced in (the reference)."""
    line = doc.model_dump_json() if fields is None else doc.model_dump_json(include=set(fields))
    if meta:
        line = line[:-1] + ',"meta":' + json.dumps(meta, ensure_ascii=False, separators=(",", ":")) + "}"
    return (line + "\n").encode("utf-8")


def _documents() -> list[bilingual.Document]:
    """Documents of every shape, built here: empty, Korean, mixed with repairs, unusual characters, and one with
    thousands of tokens (held as columns), runs, sentences and mentions."""
    from bilingual.document import Mention, Route, Run, Sentence
    from bilingual.tokens import TokenStore

    odd = ('say "hi" \\ back\\slash\t\x01\x1f\x7f \u2028 \u2029 \U0001f600 é 한글 \ud800\udfff '
           "</script> \u00a0end")
    empty = bilingual.Document.create("")
    korean = bilingual.process("국회는 4일 본회의를 열어 예산안을 처리했다. 여야는 막판까지 진통을 겪었다.")
    mixed = bilingual.process("조태열 장관이 \u00a0서울에서 블링컨(Antony Blinken) 장관을 만났다.\n"
                              "Minister Cho met Secretary Blinken in Seoul; prices rose 3.5% in May.\n"
                              "\ufb01nally ＡＰＥＣ 회의가 열렸다.", source='dir/"quoted" 이름.txt')
    unusual = bilingual.process(odd, source="odd\x02.txt")
    text = ("가나다 abc " * 3000)[:20_000]
    route = Route(lang="ko", confidence=0.75, reason='a "reason" \\ 이유')
    n = 7_000
    tokens = TokenStore.of([(i % 20_000, i % 20_000 + 1, f"형{i % 97}", "NNG", None if i % 3 else f"l\"{i % 5}",
                             "ko" if i % 2 else "en", i // 10) for i in range(n)], compact_after=100)
    assert tokens.compact
    big = bilingual.Document.create(text, source="big").evolve(
        runs=tuple(Run(start=i, end=i + 1, block=0, route=route) for i in range(3_000)),
        sentences=tuple(Sentence(start=i, end=i + 1, block=0, run=i, route=route) for i in range(2_500)),
        tokens=tokens,
        mentions=tuple(Mention(start=i, end=i + 2, text=text[i:i + 2], type="person", lang="ko",
                               entity_id=None if i % 2 else f"Q{i}", score=i / 7, method="exact",
                               reasons=("r\u2028", '"q"'), cluster=None) for i in range(0, 4_000, 2)))
    return [empty, korean, mixed, unusual, big]


@pytest.mark.parametrize("piece_items,piece_chars", [(1, 1), (2, 3), (7, 1000), (1024, 1 << 16)])
def test_pieces_join_to_the_line_pydantic_writes(monkeypatch: pytest.MonkeyPatch, piece_items: int,
                                                 piece_chars: int) -> None:
    # the record written in pieces is the whole document's model_dump_json (with meta spliced in) byte for byte,
    # for every shape of document, field profile and meta, wherever the pieces are cut
    from bilingual.formats import records
    from bilingual.formats.records import DOCUMENT_FIELDS, json_pieces

    monkeypatch.setattr(records, "PIECE_ITEMS", piece_items)
    monkeypatch.setattr(records, "PIECE_CHARS", piece_chars)
    profiles: list[frozenset[str] | None] = [None, PROFILES["full"], PROFILES["compact"], check_fields(["tokens"]),
                                             check_fields(["mentions", "runs", "sentences"])]
    profiles += [check_fields([name]) for name in sorted(DOCUMENT_FIELDS)]
    metas: list[dict[str, object] | None] = [None, {}, {"url": 'https://x/"1"', "n": [1, 2.5, None, True],
                                                         "t": "서울 ü \x01 \u2028 \\", "nested": {"a": {}}}]
    docs = _documents()
    for doc in docs:
        for fields in (profiles if doc is docs[-1] or piece_items > 2 else profiles[:5]):
            for meta in metas:
                expected = _line_of_model_dump_json(doc, fields, meta)
                pieces = list(json_pieces(doc, fields=fields, meta=meta))
                assert b"".join(pieces) == expected
                assert expected == to_json_bytes(doc, fields=fields, meta=meta)


def test_a_huge_record_is_written_in_small_pieces() -> None:
    # no piece holds the whole record: the largest is a slice of a field (default piece sizes)
    from bilingual.formats.records import json_pieces

    big = _documents()[-1]
    pieces = list(json_pieces(big, meta={"url": "u"}))
    whole = sum(map(len, pieces))
    assert whole > 1_000_000 and max(map(len, pieces)) < whole / 5
    assert b"".join(pieces) == to_json_bytes(big, meta={"url": "u"})
    error = record_for_error("b.txt", InputError("b.txt", "too_large", "big"))
    assert b"".join(json_pieces(error, meta={"u": 1})) == to_json_bytes(error, meta={"u": 1})


def test_meta_that_cannot_be_written_fails_before_any_piece() -> None:
    # a meta value JSON has no form for (a library caller's set) fails before anything is written
    from bilingual.formats.records import json_pieces

    pieces = json_pieces(bilingual.Document.create("abc"), meta={"u": {1, 2}})
    with pytest.raises(TypeError):
        next(pieces)


def test_lone_surrogates_in_meta_are_written_as_their_escapes() -> None:
    # a "\ud800" escape in a JSON Lines input gives a str no UTF-8 can hold: written back as the escape, it reads
    # back as it was given (it made the command fail with an internal error, losing every record)
    from bilingual.formats.records import json_pieces

    meta = {"u": "a\ud800b \udfff", "k\udc01": ["é\"", {"x": "\ud83d"}], "ok": "\U0001f600"}
    doc = bilingual.Document.create("abc")
    line = to_json_bytes(doc, meta=meta)
    assert json.loads(line)["meta"] == meta and b"\\ud800" in line and "\U0001f600".encode() in line
    assert b"".join(json_pieces(doc, meta=meta)) == line
    assert to_json_line(doc, meta=meta).encode("utf-8") == line


def test_meta_of_a_record_with_no_fields_is_valid_json() -> None:
    doc = bilingual.Document.create("abc")
    assert to_json_bytes(doc, fields=frozenset(), meta={"u": 1}) == b'{"meta":{"u":1}}\n'
    assert to_json_bytes(doc, fields=frozenset()) == b"{}\n"
