"""``evaluation/same_output.py``: outputs saved on one corpus are not compared with a run that reads another."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import ROOT


def _module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "evaluation"))
    import same_output

    return same_output


def _corpus(folder: Path, english: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "a.en").write_text(english, encoding="utf-8")
    (folder / "a.ko").write_text("서울에 눈이 왔다.\n", encoding="utf-8")
    (folder / "README.md").write_text("not a side\n", encoding="utf-8")
    return folder


def test_the_label_names_the_folder_read_and_changes_with_its_bytes(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    module = _module()
    shared, bundled = tmp_path / "shared", _corpus(tmp_path / "bundled", "Snow fell.\n")
    monkeypatch.setattr(module, "CORPORA", (shared, bundled))
    fallback = module.corpus_label()  # no ../shared: the excerpt is read, and the label says so
    assert fallback.startswith("fixtures/corpus (the bundled excerpt) 2 files sha256:")
    _corpus(shared, "Snow fell.\n")
    first = module.corpus_label()
    assert first.startswith("../shared/corpus 2 files sha256:")
    (shared / "a.en").write_text("Snow fell in Seoul.\n", encoding="utf-8")
    assert module.corpus_label() not in (first, fallback)


def test_a_check_against_another_corpus_is_refused_with_both_named(tmp_path: Path) -> None:
    module = _module()
    saved = tmp_path / "saved"
    saved.mkdir()
    assert module.not_comparable(saved, "x") is None  # saved before the marker: compared as before
    (saved / "corpus.txt").write_text("../shared/corpus 2 files sha256:aa\n", encoding="utf-8")
    assert module.not_comparable(saved, "../shared/corpus 2 files sha256:aa") is None
    reason = module.not_comparable(saved, "fixtures/corpus (the bundled excerpt) 2 files sha256:bb")
    assert reason is not None
    assert "../shared/corpus 2 files sha256:aa" in reason and "bundled excerpt" in reason


def test_the_check_exits_2_before_running_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _module()
    monkeypatch.setattr(module, "CORPORA", (tmp_path / "none", _corpus(tmp_path / "bundled", "Snow.\n")))
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "corpus.txt").write_text("../shared/corpus 9 files sha256:cc\n", encoding="utf-8")
    monkeypatch.setattr(module, "produce", lambda *args: pytest.fail("outputs produced for a refused check"))
    monkeypatch.setattr(sys, "argv", ["same_output.py", "--check", str(saved)])
    assert module.main() == 2
