"""Spooling a huge record through a file: joined bytes under the limit, a complete file above it, nothing left."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bilingual.engines.spool import Spool, Spooled, copy_spooled, spool_directory, spool_pieces


def test_a_record_within_the_limit_comes_back_as_its_bytes_and_no_file_is_made(tmp_path: Path) -> None:
    pieces = [b'{"id":"q7"', b',"text":"\xea\xb0\x95\xeb\xa6\x89"', b"}\n"]
    whole = b"".join(pieces)
    assert spool_pieces(pieces, Spool(str(tmp_path), limit=len(whole))) == whole  # at the limit: still bytes
    assert spool_pieces(iter(pieces), Spool(str(tmp_path), limit=10**6)) == whole
    assert spool_pieces([], Spool(str(tmp_path), limit=0)) == b""
    assert list(tmp_path.iterdir()) == []


def test_a_record_past_the_limit_is_written_complete_to_a_file_of_the_spool(tmp_path: Path) -> None:
    pieces = [bytes([65 + i]) * 5 for i in range(9)] + [b"\n"]
    got = spool_pieces(pieces, Spool(str(tmp_path), limit=12))  # passed on the third piece
    assert isinstance(got, Spooled)
    assert Path(got.path).parent == tmp_path and got.size == 46
    assert Path(got.path).read_bytes() == b"".join(pieces)


def test_past_the_limit_the_pieces_go_to_the_file_as_they_come(tmp_path: Path) -> None:
    # each piece is larger than a file's write buffer: when the next piece is asked for, the earlier ones are on disk
    # (beyond the limit, a piece is written and dropped before the next is made)
    seen: list[tuple[int, int]] = []

    def pieces() -> Iterator[bytes]:
        made = 0
        for i in range(12):
            files = list(tmp_path.iterdir())
            seen.append((made, files[0].stat().st_size if files else -1))
            piece = b"%05d" % i + b"x" * 19_995
            made += len(piece)
            yield piece

    got = spool_pieces(pieces(), Spool(str(tmp_path), limit=50_000))
    assert isinstance(got, Spooled) and got.size == 240_000
    assert [on_disk for _, on_disk in seen[:3]] == [-1, -1, -1]  # no file until the limit is passed (third piece)
    for made, on_disk in seen[3:]:
        assert on_disk >= made - 8192, (made, on_disk)
    assert Path(got.path).read_bytes()[:5] == b"00000" and Path(got.path).read_bytes()[-20_000:-19_995] == b"00011"


def test_a_piece_that_fails_past_the_limit_leaves_no_file(tmp_path: Path) -> None:
    def pieces() -> Iterator[bytes]:
        yield b"a" * 30
        yield b"b" * 30
        raise ValueError("a value that cannot be written")

    with pytest.raises(ValueError, match="cannot be written"):
        spool_pieces(pieces(), Spool(str(tmp_path), limit=40))
    assert list(tmp_path.iterdir()) == []


def test_a_spooled_record_is_copied_in_blocks_cut_anywhere_then_removed(tmp_path: Path) -> None:
    data = ('{"text":"서울 — Seoul, 2026\\n","n":[1,2]}\n').encode()
    path = tmp_path / "r.jsonl"
    path.write_bytes(data)
    blocks: list[bytes] = []
    copy_spooled(Spooled(str(path), len(data)), blocks.append, block=7)
    assert b"".join(blocks) == data and max(map(len, blocks)) == 7 and len(blocks) == -(-len(data) // 7)
    assert not path.exists()


def test_a_spooled_file_of_the_wrong_size_is_refused_before_a_byte_is_written(tmp_path: Path) -> None:
    path = tmp_path / "short.jsonl"
    path.write_bytes(b'{"id":"cut')
    blocks: list[bytes] = []
    with pytest.raises(OSError, match="has 10"):
        copy_spooled(Spooled(str(path), 4096), blocks.append)
    assert blocks == [] and not path.exists()


def test_a_copy_that_fails_still_removes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_bytes(b"x" * 100 + b"\n")

    def broken_pipe(data: bytes) -> None:
        raise BrokenPipeError("the reader left")

    with pytest.raises(BrokenPipeError):
        copy_spooled(Spooled(str(path), 101), broken_pipe, block=10)
    assert not path.exists()


def test_the_spool_directory_goes_with_what_is_left_in_it_on_every_way_out(tmp_path: Path) -> None:
    with spool_directory(str(tmp_path), limit=3) as spool:
        assert spool.limit == 3 and Path(spool.directory).parent == tmp_path
        assert Path(spool.directory).name.startswith(".bilingual-spool-")
        half = Path(spool.directory) / "record-half.jsonl"  # as a worker killed mid-record leaves it
        half.write_bytes(b'{"id":')
        kept = spool_pieces([b"0123", b"456\n"], spool)
        assert isinstance(kept, Spooled)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(KeyboardInterrupt), spool_directory(str(tmp_path)) as spool:
        (Path(spool.directory) / "record-x.jsonl").write_bytes(b"{}")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_without_a_place_the_spool_directory_is_in_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with spool_directory() as spool:
        assert os.path.dirname(spool.directory) == str(tmp_path) and spool.limit == 1 << 20
    assert list(tmp_path.iterdir()) == []
