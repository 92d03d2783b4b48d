"""training/sentence_pairs.py: the split's TEST part kept as a fixture, read where ../shared/corpus is absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "evaluation"))

import sentence_pairs  # noqa: E402


def test_the_fixture_is_the_test_part_of_the_corpus() -> None:
    if not sentence_pairs.CORPUS.exists():
        pytest.skip("../shared/corpus is absent")
    assert sentence_pairs.read_fixture() == sentence_pairs.load("test")


def test_without_the_corpus_the_test_part_comes_from_the_fixture(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    rows = sentence_pairs.read_fixture()
    assert len(rows) > 300
    assert {name for name, _, _ in rows} == set(sentence_pairs.CORPORA)
    assert all(ko and en and sentence_pairs.part_of(ko, en) == "test" for _, ko, en in rows)
    monkeypatch.setattr(sentence_pairs, "CORPUS", tmp_path / "absent")
    assert sentence_pairs.load("test") == rows
    assert sentence_pairs.load("test", ("news-dev",)) == [r for r in rows if r[0] == "news-dev"]
    with pytest.raises(FileNotFoundError):
        sentence_pairs.load("tune")


def test_pairing_eval_says_which_parts_need_the_corpus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import pairing_eval

    monkeypatch.setattr(sentence_pairs, "CORPUS", tmp_path / "absent")
    assert pairing_eval.main(["--part", "tune"]) == 2
    assert pairing_eval.main(["--cv"]) == 2
    assert "only the test part" in capsys.readouterr().err
