"""A huge file input sent to a worker as its path (bilingual.engines.paths): read there as the parent would have,
a file gone or changed since it was listed an error record naming it, every input once and in order."""

from __future__ import annotations

import functools
import json
import os
import signal
from pathlib import Path

import pytest

from bilingual.cli import _record_line
from bilingual.context import Context
from bilingual.engines.paths import FileInput, file_has_hangul, input_or_path, item_korean, item_size, read_file_input
from bilingual.engines.pool import WorkerPool
from bilingual.formats.inputs import Input, read_input
from bilingual.formats.records import PROFILES

PAGE = "Officials in Chuncheon said the bridge over the Soyang River would reopen in May.\n"
KOREAN = "춘천시는 소양강 다리가 5월에 다시 열린다고 밝혔다.\n"


def _seen(item: Input) -> tuple[str, str | None, str | None, str | None]:
    """What a record is made of: the source, the text, and the error's code and message (exceptions compare by
    identity)."""
    return item.source, item.text, item.error and item.error.code, item.error and str(item.error)


def _write(path: Path, data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def test_small_files_and_missing_ones_are_read_as_before(tmp_path: Path) -> None:
    small = _write(tmp_path / "small.txt", PAGE)
    assert input_or_path(small, max_bytes=None, above=len(PAGE)) == Input(small, PAGE)  # at the limit: a text
    absent = str(tmp_path / "absent.txt")
    got = input_or_path(absent, max_bytes=None, above=0)
    assert not isinstance(got, FileInput) and got.error is not None and got.error.code == "not_found"
    assert input_or_path(str(tmp_path), max_bytes=None, above=0).error.code == "not_a_file"  # type: ignore[union-attr]


def test_a_file_above_the_limit_goes_as_its_path_size_time_and_hangul(tmp_path: Path) -> None:
    english = _write(tmp_path / "en.txt", PAGE * 3)
    got = input_or_path(english, max_bytes=None, above=len(PAGE))
    seen = os.stat(english)
    assert got == FileInput(english, len(PAGE) * 3, seen.st_mtime_ns, False, english)
    assert (item_size(got), item_korean(got)) == (len(PAGE) * 3, False)
    korean = _write(tmp_path / "ko.txt", PAGE + KOREAN)
    got = input_or_path(korean, max_bytes=None, above=10)
    assert isinstance(got, FileInput) and got.korean and item_korean(got)
    # the ordinary items keep their own size and language
    assert (item_size(Input("x", KOREAN)), item_korean(Input("x", KOREAN))) == (len(KOREAN), True)


def test_hangul_found_in_blocks_even_when_a_block_cuts_a_syllable(tmp_path: Path) -> None:
    # "춘" is 3 bytes: blocks of 2 bytes cut it, and the one Hangul letter sits past many blocks of English
    path = _write(tmp_path / "late.txt", PAGE * 5 + "춘")
    assert file_has_hangul(path, block=2) is True
    assert file_has_hangul(_write(tmp_path / "none.txt", PAGE * 5 + "\xff\xfe"), block=2) is False
    assert file_has_hangul(str(tmp_path / "absent.txt")) is None


def test_a_file_above_max_bytes_is_refused_in_the_parent_as_before(tmp_path: Path) -> None:
    path = _write(tmp_path / "big.txt", PAGE * 4)
    got = input_or_path(path, max_bytes=len(PAGE), above=10)
    assert not isinstance(got, FileInput) and _seen(got) == _seen(read_input(path, max_bytes=len(PAGE)))
    assert got.error is not None and got.error.code == "too_large"  # type: ignore[union-attr]


@pytest.mark.parametrize("data", [
    "\ufeff" + KOREAN * 3,  # a BOM, dropped
    (PAGE * 3).encode("utf-8") + b"\xc3\x28 tail",  # not UTF-8: the first bad byte named
    PAGE * 2 + "\x00" + PAGE,  # binary
])
def test_the_worker_reads_the_input_the_parent_would_have(tmp_path: Path, data: str | bytes) -> None:
    path = _write(tmp_path / "page.txt", data)
    item = input_or_path(path, max_bytes=None, above=10)
    assert isinstance(item, FileInput)
    assert _seen(read_file_input(item)) == _seen(read_input(path, max_bytes=None))


def test_a_file_gone_or_changed_since_it_was_listed_is_an_error_naming_it(tmp_path: Path) -> None:
    gone = _write(tmp_path / "gone.txt", PAGE * 3)
    item = input_or_path(gone, max_bytes=None, above=10)
    assert isinstance(item, FileInput)
    os.remove(gone)
    error = read_file_input(item).error
    assert error is not None and (error.code, error.source) == ("not_found", gone) and "since" in error.message

    grown = _write(tmp_path / "grown.txt", PAGE * 3)
    item = input_or_path(grown, max_bytes=None, above=10)
    assert isinstance(item, FileInput)
    with open(grown, "a", encoding="utf-8") as f:
        f.write(KOREAN)
    read = read_file_input(item)
    assert read.text is None and read.error is not None
    assert (read.error.code, read.error.source) == ("unreadable", grown) and "changed" in read.error.message

    # the same size, other bytes: told apart by the modification time
    same = _write(tmp_path / "same.txt", PAGE * 3)
    item = input_or_path(same, max_bytes=None, above=10)
    assert isinstance(item, FileInput)
    _write(tmp_path / "same.txt", PAGE.upper() * 3)
    os.utime(same, ns=(item.mtime_ns + 5_000_000_000, item.mtime_ns + 5_000_000_000))
    error = read_file_input(item).error
    assert error is not None and error.code == "unreadable" and "modified" in error.message


@pytest.mark.timeout(300)
def test_paths_and_texts_mixed_through_a_real_pool_come_back_once_each_in_order(tmp_path: Path) -> None:
    # huge (as paths) and small (as texts) inputs alternating, one path gone and one changed before the workers read
    # them: one record per input in input order, the two errors naming their files, every other record the bytes
    # of the same input read and processed in this process
    context = Context.create()
    names = ["a_big_ko.txt", "b_small.txt", "c_big_en.txt", "d_gone.txt", "e_small_ko.txt", "f_changed.txt",
             "g_big_mixed.txt"]
    texts = [KOREAN * 8, PAGE, PAGE * 6, PAGE * 5, KOREAN, KOREAN * 6, (PAGE + KOREAN) * 4]
    paths = [_write(tmp_path / n, t) for n, t in zip(names, texts, strict=True)]
    items = [input_or_path(p, max_bytes=None, above=200) for p in paths]
    assert [isinstance(i, FileInput) for i in items] == [True, False, True, True, False, True, True]
    os.remove(paths[3])
    with open(paths[5], "a", encoding="utf-8") as f:
        f.write("추가.\n")
    function = functools.partial(_record_line, fields=PROFILES["compact"])
    with WorkerPool(2, context=context) as pool:
        lines = list(pool.imap(function, items, size=item_size, korean=item_korean))
    assert len(lines) == len(paths)
    records = [json.loads(line) for line, _ in lines]  # type: ignore[arg-type]
    assert [r["source"] for r in records] == paths
    assert [bad for _, bad in lines] == [False, False, False, True, False, True, False]
    assert records[3]["error"]["code"] == "not_found" and records[5]["error"]["code"] == "unreadable"
    for i in (0, 1, 2, 4, 6):
        assert lines[i][0] == function(context, Input(paths[i], texts[i]))[0]
        assert records[i]["text"] == texts[i]


def _die_once_on_a_path(context: Context, item: Input | FileInput) -> tuple[object, bool]:
    """The command's record of an item, but the first worker to hold a path kills itself first (once: it leaves a
    mark beside the file)."""
    if isinstance(item, FileInput) and not os.path.exists(item.source + ".died"):
        Path(item.source + ".died").touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return _record_line(context, item, fields=PROFILES["compact"])


@pytest.mark.timeout(300)
def test_a_worker_killed_holding_a_path_is_retried_and_the_file_read_again(tmp_path: Path) -> None:
    context = Context.create()
    texts = ["Gangneung's port reopened.", PAGE * 4 + KOREAN, "Sokcho is next."]
    paths = [_write(tmp_path / f"{n}.txt", t) for n, t in enumerate(texts)]
    items = [input_or_path(p, max_bytes=None, above=200) for p in paths]
    assert [isinstance(i, FileInput) for i in items] == [False, True, False]
    with WorkerPool(2, context=context) as pool:
        lines = list(pool.imap(_die_once_on_a_path, items, size=item_size, korean=item_korean))
        assert pool.restarts >= 1
    assert os.path.exists(paths[1] + ".died")
    assert [json.loads(line)["source"] for line, _ in lines] == paths  # type: ignore[arg-type]
    assert lines[1] == _record_line(context, Input(paths[1], texts[1]), fields=PROFILES["compact"])


def test_a_relative_name_is_read_wherever_the_worker_runs_and_named_as_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "here").mkdir()
    (tmp_path / "elsewhere").mkdir()
    _write(tmp_path / "here" / "rel.txt", KOREAN * 4)
    monkeypatch.chdir(tmp_path / "here")
    item = input_or_path("rel.txt", max_bytes=None, above=10)
    assert isinstance(item, FileInput) and item.source == "rel.txt"
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert read_file_input(item).text == KOREAN * 4
    os.remove(tmp_path / "here" / "rel.txt")
    error = read_file_input(item).error
    assert error is not None and error.source == "rel.txt" and str(error).startswith("rel.txt: ")
