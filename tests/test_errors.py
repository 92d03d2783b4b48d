"""The error catalogue: every code a user can trigger is triggered here, names its input, crosses a process
boundary intact, and reaches the command line as one line with its code (exit status 2)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from conftest import ROOT

import bilingual
from bilingual import errors
from bilingual.cli import main
from bilingual.errors import ERROR_CODES, BilingualError, DataError, InputError, KBError, UsageError

TMX_THREE = ('<tmx version="1.4"><header srclang="ko"/><body><tu><tuv xml:lang="ko"><seg>가</seg></tuv>'
             '<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ja"><seg>あ</seg></tuv></tu></body></tmx>')


def cli_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run the CLI, check it failed as a usage or input error would, and return its one stderr line."""
    assert main(list(argv)) == 2
    lines = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "bad.txt": b"ok \xff\xfe bad",
        "a.ko": "가\n나\n".encode(),
        "b.en": b"a\n",
        "broken.xlf": b'<xliff version="1.2">\n<file>\n<body><trans-unit></body></file></xliff>',
        "entity.xlf": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff>&a;</xliff>',
        "page.xml": b"<html></html>",
        "three.tmx": TMX_THREE.encode(),
        "subs.tmx": ('<tmx><body><tu tuid="s"><tuv xml:lang="ko"><seg>' + "<ph>a<sub>b" * 3000
                     + "</sub></ph>" * 3000 + '</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>'
                     ).encode(),
        "kb.jsonl": b'{"id": "a", "type": "person", "name": "A"}\n{"id": "b", "type": "alien", "name": "B"}\n',
    }
    for name, data in paths.items():
        (tmp_path / name).write_bytes(data)
    return {name: tmp_path / name for name in paths} | {"missing": tmp_path / "missing.xlf", "dir": tmp_path}


def test_every_code_has_a_meaning_and_the_docs_list_them() -> None:
    doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    for code, meaning in ERROR_CODES.items():
        assert f"| `{code}` | {meaning} |" in doc


@pytest.mark.parametrize(("argv", "code", "named"), [
    (["review", "{missing}"], "not_found", "missing.xlf"),
    (["review", "{dir}"], "not_a_file", ""),
    (["review", "{bad.txt}", "{b.en}"], "invalid_utf8", "bad.txt"),
    (["review", "{broken.xlf}"], "malformed_xml", "line 3"),
    (["review", "{entity.xlf}"], "unsafe_xml", "entity.xlf"),
    (["review", "{page.xml}"], "unknown_format", "<html>"),
    (["review", "{three.tmx}"], "unsupported_tmx", "three.tmx"),
    (["review", "{subs.tmx}"], "invalid_segment", "nested too deeply"),
    (["review", "{a.ko}", "{b.en}", "--aligned"], "line_count_mismatch", "2 lines"),
    (["kb", "validate", "{kb.jsonl}"], "invalid_kb", "line 2"),
    (["link", "Cho", "--kb", "{missing}"], "not_found", "missing.xlf"),
    (["process", "{dir}", "--jobs", "0"], "usage", "--jobs"),
    (["romanize", "--name", "Cho"], "not_a_name", "Cho"),
    (["romanize", "--name", "조태열", "윤석열"], "not_a_name", "more than one name"),
    (["romanize", "--name", "조태열씨"], "not_a_name", "'씨'"),
    (["review", "{a.ko}", "{b.en}", "--html", "{a.ko}"], "output_is_input", "a.ko"),
])
def test_cli_reports_each_error_by_code(argv: list[str], code: str, named: str, files: dict[str, Path],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    line = cli_error(capsys, *_formatted(argv, files))
    assert line.startswith(f"bilingual: error [{code}]: ")
    assert named in line


def _formatted(argv: list[str], files: dict[str, Path]) -> list[str]:
    return [str(files[a[1:-1]]) if a.startswith("{") else a for a in argv]


def test_process_writes_error_records_with_codes(files: dict[str, Path], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    status = main(["process", str(files["bad.txt"]), str(files["missing"]), str(files["a.ko"]), "-o", str(out)])
    assert status == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("error", {}).get("code") for r in records] == ["invalid_utf8", "not_found", None]
    assert records[0]["source"] == str(files["bad.txt"])


@pytest.mark.parametrize("step", ["route_document", "finish_document"])  # the stages before the Korean path, the rest
def test_processing_failure_is_a_record_not_a_lost_input(files: dict[str, Path], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    def broken(*args: object, **kwargs: object) -> bilingual.Document:
        raise RuntimeError("a bug")

    monkeypatch.setattr(f"bilingual.cli.{step}", broken)
    out = tmp_path / "out.jsonl"
    assert main(["process", str(files["a.ko"]), "-o", str(out)]) == 1
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["error"]["code"] == "processing_failed" and "a bug" in record["error"]["message"]


def test_unreadable_file(files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError) as caught:
        bilingual.read_bilingual_file(files["broken.xlf"])
    assert caught.value.code == "unreadable" and "Permission denied" in str(caught.value)


def test_bundled_data_errors_name_the_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from bilingual.names import romanized

    monkeypatch.setattr(romanized, "_read_rows", lambda name: iter([(7, ["김", "x", "Kim", ""])]))
    romanized.tables.cache_clear()
    try:
        with pytest.raises(DataError) as caught:
            romanized.tables()
        assert caught.value.code == "invalid_data" and "7" in str(caught.value)
    finally:
        romanized.tables.cache_clear()


@pytest.mark.parametrize("error", [
    InputError("page.txt", "invalid_utf8", "not valid UTF-8"), KBError("kb.jsonl, line 2: field 'type'"),
    DataError("surnames.tsv, line 3: bad"), UsageError("--jobs must be at least 1"), BilingualError("plain"),
])
def test_errors_pickle_with_every_field(error: BilingualError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert (str(again), again.code, again.__dict__) == (str(error), error.code, error.__dict__)


def test_every_error_class_is_exported() -> None:
    for name in ("BilingualError", "InputError", "DataError", "KBError"):
        assert getattr(bilingual, name) is getattr(errors, name)


def _all_exception_classes() -> list[type[BaseException]]:
    """Every exception class defined anywhere in the package (found by importing every module)."""
    import importlib
    import inspect
    import pkgutil

    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(bilingual.__path__, "bilingual."):
        if info.name == "bilingual.__main__":
            continue
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__.startswith("bilingual"):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[k] for k in sorted(found)]


def _instance(cls: type[BaseException]) -> BaseException:
    """An instance built from its signature: a string for each argument, a real code for ``code``."""
    import inspect

    args = {name: ("not_found" if name == "code" else None if name == "found" else f"<{name}>")
            for name, p in inspect.signature(cls).parameters.items()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    return cls(**args)


def test_every_exception_class_of_the_package_pickles() -> None:
    classes = _all_exception_classes()
    assert {"InputError", "NotTextError", "WorkerDied", "KBError", "UsageError"} <= {c.__name__ for c in classes}
    for cls in classes:
        error = _instance(cls)
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is cls
        assert (str(again), again.args, again.__dict__) == (str(error), error.args, error.__dict__), cls
