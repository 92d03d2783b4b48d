"""The translation table and its normalizers: English words, Korean content morphemes, what a set of words
reaches in the other language, and the training script that rebuilds the table byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bilingual.document import Token
from bilingual.qa.lexicon import (
    MIN_PROBABILITY,
    Lexicon,
    default_lexicon,
    english_word,
    english_words,
    korean_words,
    read_table,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
TABLE = ROOT / "bilingual" / "data" / "translation_model.tsv"


@pytest.mark.parametrize(("word", "expect"), [
    ("Ministers", "minister"), ("studies", "study"), ("talked", "talk"), ("meeting", "meet"),
    ("planned", "plan"), ("Korea's", "korea"), ("Korea’s", "korea"), ("press", "press"), ("virus", "virus"),
    ("met", "meet"), ("children", "child"), ("boxes", "box"), ("1,500", "1,500"), ("UN", "un"),
    ("closed", "clos"), ("close", "clos"), ("closing", "clos"), ("made", "mak"), ("free", "free"),
])
def test_english_word(word: str, expect: str) -> None:
    assert english_word(word) == expect


def test_english_words_leave_out_stopwords_and_keep_figures() -> None:
    assert english_words("He said that the 3 reactors would not be closed.") == {"3", "reactor", "clos"}
    assert english_words("") == frozenset()
    assert english_words("There were some of those") == frozenset()  # stopwords whose final e would go


def tok(form: str, tag: str, lang: str = "ko") -> Token:
    return Token(0, 1, form, tag, None, lang, 0)  # type: ignore[arg-type]


def test_korean_words_are_content_morphemes() -> None:
    tokens = [tok("정부", "NNG"), tok("는", "JX"), tok("원전", "NNG"), tok("3", "SN"), tok("기", "NNB"),
              tok("닫", "VV"), tok("하", "XSV"), tok("있", "VA"), tok("었", "EP"), tok("KTX", "SL"),
              tok("Seoul", "word", "en")]
    assert korean_words(tokens) == {"정부", "원전", "3", "닫"}


TABLE_TEXT = ("# a comment\n정부\tgovernment\t0.9000\t0.8000\n정부\tstate\t0.0600\t0.0000\n"
              "원전\tnuclear\t0.5000\t0.3000\n원전\tplant\t0.4000\t0.0000\n"
              "삼엽충\ttrilobite\t0.0000\t0.9000\n계엄\tmartial\t0.0700\t0.0500\n")


def test_reach_both_ways_keeps_only_likely_translations() -> None:
    lexicon = Lexicon.of(read_table(TABLE_TEXT))
    assert MIN_PROBABILITY > 0.07  # "state" and "martial" are below the threshold both ways, so nothing reaches them
    # 삼엽충 reaches "trilobite" by t(삼엽충 | trilobite) alone: the backward model's evidence counts
    assert lexicon.reach(["정부", "원전", "삼엽충", "계엄", "3"]) == {
        "정부", "원전", "삼엽충", "계엄", "3", "government", "nuclear", "plant", "trilobite"}
    assert lexicon.reach_back(["plant", "state", "trilobite", "martial", "3"]) == {
        "plant", "state", "trilobite", "martial", "3", "원전", "삼엽충"}
    assert lexicon.known(["정부", "계엄", "회의", "3", "ktx"], "ko") == {"정부", "3", "ktx"}
    assert lexicon.known(["nuclear", "trilobite", "state", "seoul", "1992"], "en") == {"nuclear", "trilobite", "1992"}


def test_a_table_of_three_columns_reads_as_one_direction() -> None:
    assert read_table("정부\tgovernment\t0.9000\n") == [("정부", "government", 0.9, 0.0)]


def test_the_bundled_table_is_small_and_knows_common_news_words() -> None:
    assert TABLE.stat().st_size < 1_000_000
    lexicon = default_lexicon()
    assert {"government", "president", "school"} <= lexicon.reach(["정부", "대통령", "학교"])
    assert "대통령" in lexicon.reach_back(["president"])
    rows = read_table(TABLE.read_text("utf-8"))
    assert all(0 <= p <= 1 and 0 <= q <= 1 and max(p, q) > 0 for _, _, p, q in rows)
    assert any(p == 0 < q for _, _, p, q in rows)  # pairs only the backward model keeps


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
def test_retraining_reproduces_the_table(tmp_path: Path) -> None:
    out = tmp_path / "translation_model.tsv"
    subprocess.run([sys.executable, str(ROOT / "training" / "train_translation_model.py"), "--out", str(out)],
                   check=True, cwd=ROOT, capture_output=True, timeout=600)
    assert out.read_bytes() == TABLE.read_bytes()
