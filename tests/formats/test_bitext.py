"""Reading XLIFF 1.2 and 2.x, TMX and parallel plain text; malformed files are errors naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES

from bilingual.errors import InputError
from bilingual.formats.bitext import pair_lines, read_bilingual_file, read_bilingual_xml, read_parallel_text


def aligned_lines(source: Path, target: Path) -> list[tuple[str, str]]:
    return pair_lines(*read_parallel_text(source, target), source=source, target=target)


def test_xliff_1_2_with_inline_markup() -> None:
    bitext = read_bilingual_file(FIXTURES / "review" / "example.xlf")
    assert (bitext.source_lang, bitext.target_lang, bitext.ids) == ("ko", "en", ["1", "2", "3"])
    assert bitext.pairs[2] == ("박진 장관은 기자회견에서 발언했다.",
                               "Minister Park Jin spoke at a press conference <script>alert(1)</script>.")


def test_xliff_2_and_tmx() -> None:
    x2 = read_bilingual_file(FIXTURES / "review" / "example2.xlf")
    assert (x2.source_lang, x2.target_lang, len(x2.pairs), x2.ids) == ("ko", "en", 2, ["u1", "u2"])
    tmx = read_bilingual_file(FIXTURES / "review" / "example.tmx")
    assert (tmx.source_lang, tmx.target_lang, tmx.ids) == ("ko", "en", ["1", "2"])
    assert tmx.pairs[1] == ("블링컨 장관은 서울에 도착했다.", "Secretary Blinken arrived in Seoul.")


def test_a_unit_without_target_is_kept() -> None:
    bitext = read_bilingual_xml('<xliff version="1.2"><file><body><trans-unit id="a"><source>하나</source>'
                                "</trans-unit></body></file></xliff>", name="t.xlf")
    assert bitext.pairs == [("하나", "")]


@pytest.mark.parametrize(("data", "code", "match"), [
    ('<xliff version="1.2">\n<file>\n<body><trans-unit></body></file></xliff>', "malformed_xml", "line 3"),
    ("<html></html>", "unknown_format", "<html>"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff>&a;</xliff>', "unsafe_xml", "refused"),
])
def test_bad_files(data: str, code: str, match: str) -> None:
    with pytest.raises(InputError, match=match) as error:
        read_bilingual_xml(data, name="bad.xlf")
    assert error.value.code == code and "bad.xlf" in str(error.value)


def test_mismatched_line_counts_name_both(tmp_path: Path) -> None:
    (tmp_path / "a.ko").write_text("하나\n둘\n셋\n", encoding="utf-8")
    (tmp_path / "b.en").write_text("one\ntwo\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a.ko has 3 lines but .*b.en has 2"):
        aligned_lines(tmp_path / "a.ko", tmp_path / "b.en")
    (tmp_path / "b.en").write_bytes(b"\xff\xfe bad")
    with pytest.raises(InputError, match=r"b\.en: not valid UTF-8"):
        aligned_lines(tmp_path / "a.ko", tmp_path / "b.en")
