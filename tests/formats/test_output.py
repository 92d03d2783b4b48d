"""Safe output files: written whole or not at all, and never over an input by any of its names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bilingual.errors import UsageError
from bilingual.formats.output import atomic_writer, check_outputs, same_file


def test_an_interrupted_write_leaves_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_writer(out) as f:
        f.write("half of the new")
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temporary file left behind


def test_a_complete_write_replaces_the_file_and_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.txt"
    with atomic_writer(out) as f:
        f.write("one")
    os.chmod(out, 0o640)
    with atomic_writer(out) as f:
        f.write("two")
    assert out.read_text(encoding="utf-8") == "two" and out.stat().st_mode & 0o777 == 0o640


def test_a_symlinked_output_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("old", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("real.txt")
    with atomic_writer(tmp_path / "link.txt") as f:
        f.write("new")
    assert (tmp_path / "link.txt").is_symlink() and (tmp_path / "real.txt").read_text(encoding="utf-8") == "new"


def test_same_file_sees_symlinks_hard_links_and_dots(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("x", encoding="utf-8")
    (tmp_path / "sym").symlink_to(a)
    os.link(a, tmp_path / "hard")
    for other in (tmp_path / "sym", tmp_path / "hard", tmp_path / "." / ".." / tmp_path.name / "a.txt"):
        assert same_file(other, a)
    assert not same_file(tmp_path / "missing", a)


def test_check_outputs_names_both_paths(tmp_path: Path) -> None:
    a = tmp_path / "a.ko"
    a.write_text("가", encoding="utf-8")
    with pytest.raises(UsageError) as info:
        check_outputs([("--html", str(a))], [str(a), "-"])
    assert info.value.code == "output_is_input" and str(info.value).count(str(a)) == 2
    with pytest.raises(UsageError):
        check_outputs([("--json", str(tmp_path / "r")), ("--csv", str(tmp_path / "r"))], [])
    check_outputs([("-o", "-"), ("--json", str(tmp_path / "new.json"))], [str(a)])
