"""Inputs: size limits, binary files, JSON Lines records — each bad one an Input with a coded error."""

from __future__ import annotations

from pathlib import Path

from bilingual.formats.inputs import check_text, parse_records, read_input, read_records


def test_a_file_above_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("가" * 100, "utf-8")  # 300 bytes
    assert read_input(str(page), max_bytes=300).text == "가" * 100
    refused = read_input(str(page), max_bytes=299)
    assert refused.text is None and refused.error is not None
    assert refused.error.code == "too_large" and "300 bytes" in str(refused.error) and str(page) in str(refused.error)
    assert read_input(str(page), max_bytes=None).text is not None


def test_nul_means_binary_and_other_control_characters_do_not(tmp_path: Path) -> None:
    assert check_text("s", "tab\there\x1b[0m") is None
    error = check_text("s", "ab\x00c")
    assert error is not None and error.code == "binary" and "offset 2" in error.message
    (tmp_path / "b").write_bytes(b"PK\x03\x04\x00\x00")
    assert read_input(str(tmp_path / "b")).error.code == "binary"  # type: ignore[union-attr]


def test_records_name_their_line_and_pass_fields_through() -> None:
    lines = ['{"t": "one", "k": "a", "extra": [1]}', "   ", "[1, 2]", '{"t": 5, "k": "b"}', '{"t": "x"}',
             '{"t": "long text", "k": 9}', '{"k": true, "t": "y"}']
    out = list(parse_records(lines, "d.jsonl", text_field="t", id_field="k", max_chars=4))
    assert [(i.source, i.text, i.error.code if i.error else None) for i in out] == [
        ("a", "one", None), ("d.jsonl:3", None, "invalid_record"), ("b", None, "invalid_record"),
        ("d.jsonl:5", None, "invalid_record"), ("9", None, "too_large"), ("d.jsonl:7", None, "invalid_record")]
    assert out[0].meta == {"extra": [1]}
    assert "a int, not a string" in out[2].error.message  # type: ignore[union-attr]


def test_a_record_file_that_cannot_be_read_is_one_error(tmp_path: Path) -> None:
    assert [i.error.code for i in read_records(str(tmp_path / "none.jsonl"))] == ["not_found"]  # type: ignore[union-attr]
    assert [i.error.code for i in read_records(str(tmp_path))] == ["not_a_file"]  # type: ignore[union-attr]
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    assert [i.error.code if i.error else i.text for i in read_records(str(bad))] == ["ok", "invalid_utf8"]
    assert [i.source for i in read_records(str(bad))] == [f"{bad}:1", f"{bad}:2"]
