"""``bilingual.names.foreign_word``: the learned measure of a Hangul word transcribed from a foreign language, on
words made up for these tests (no word of the training data), and its table's errors."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

from bilingual.errors import DataError
from bilingual.names.foreign_word import MAX_WORD, features, foreign_word_score, read_model, transcribed


@pytest.mark.parametrize("word", ["브렌토빌", "카르도빌라", "스벤토르프", "트렐로니", "벨로니아", "클라우스베르크"])
def test_invented_transcriptions_read_as_foreign(word: str) -> None:
    assert transcribed(word)
    assert foreign_word_score(word) > 0


@pytest.mark.parametrize("word", ["박서윤", "한결재", "남궁혜린", "경찰청장", "주민센터", "교육청"])
def test_korean_names_and_words_read_as_korean(word: str) -> None:
    assert not transcribed(word)


def test_a_name_of_words_is_scored_over_all_of_them() -> None:
    assert transcribed("벨로니아 스퀘어") and not transcribed("박서윤 한결재")


def test_bad_input_is_no_crash() -> None:
    assert foreign_word_score("") == 0.0 and not transcribed("")
    assert not transcribed("ㅋㅋㅋ") and not transcribed("Smith") and not transcribed("123")
    long = "가" * 10_000
    assert len([f for f in features(long) if f.startswith("s:")]) == MAX_WORD  # bounded work
    assert isinstance(transcribed(long), bool)


def test_features_are_syllables_bigrams_and_jamo() -> None:
    assert features("카오") == ["s:카", "s:오", "b:^카", "b:카오", "b:오$", "j:ㅋㅏ", "f:-", "x:^ㅋ", "j:ㅇㅗ", "f:-",
                              "x:-ㅇ", "x:-$", "n:2"]


def test_features_carry_each_final_into_the_next_initial() -> None:
    # written out by hand: 헌 (ㅎㅓㄴ), 팅 (ㅌㅣㅇ), 턴 (ㅌㅓㄴ); letters that are no syllable are skipped
    expected = ["s:헌", "s:팅", "s:턴", "b:^헌", "b:헌팅", "b:팅턴", "b:턴$",
                "j:ㅎㅓ", "f:ㄴ", "x:^ㅎ", "j:ㅌㅣ", "f:ㅇ", "x:ㄴㅌ", "j:ㅌㅓ", "f:ㄴ", "x:ㅇㅌ", "x:ㄴ$", "n:3"]
    assert features("헌팅턴") == expected
    assert features("a헌-팅ㅋ턴!") == expected
    assert features("헌팅턴" * 3)[-1] == "n:6"  # the length feature stops at six syllables


def test_the_score_is_the_mean_weight_of_the_features_unknown_ones_zero() -> None:
    table = {"s:헌": 1.0, "b:헌팅": 0.5, "f:ㅇ": -0.25}
    # 헌팅: 2 syllables, 3 bigrams, 3 jamo pieces each, the last final, the length: 13 features
    assert foreign_word_score("헌팅", table) == (1.0 + 0.5 - 0.25) / 13
    assert foreign_word_score("헌팅 헌팅", table) == 2 * (1.0 + 0.5 - 0.25) / 26  # over the words' features


def test_a_bad_table_is_a_data_error() -> None:
    with pytest.raises(DataError, match="line 3"):
        read_model([(2, ["__threshold__", "0.1"]), (3, ["s:가", "heavy"])])
    with pytest.raises(DataError, match="threshold"):
        read_model([(2, ["s:가", "0.5"])])
    table, threshold = read_model([(1, ["__threshold__", "-0.5"]), (2, ["s:카", "2.0"])])
    assert threshold == -0.5 and foreign_word_score("카", table) > 0


def test_the_trainer_separates_two_made_up_lists() -> None:
    """The fit learns from what it is given: Korean-shaped words negative, transcribed ones positive (so a table of
    the other sign would fail)."""
    sys.path.insert(0, str(ROOT))
    from training.train_foreign_word_model import fit

    foreign = ["브렌토빌", "스벤토르프", "카르도빌라", "트렐로니", "벨로니아", "타스빌라", "모렌스키", "오르텔로"]
    korean = ["박서윤", "한결재", "김도훈", "이수민", "최영호", "정민재", "강하늘", "윤서진"]
    data = [(w, 1, "train") for w in foreign] + [(w, 0, "train") for w in korean]
    table = fit(data)
    assert foreign_word_score("빌로니", table) > 0 > foreign_word_score("김서훈", table)


@pytest.mark.skipif(not (ROOT.parent / "shared" / "corpus").is_dir(), reason="needs ../shared")
def test_the_shipped_table_is_rebuilt_byte_for_byte() -> None:
    sys.path.insert(0, str(ROOT))
    from training.train_foreign_word_model import OUT, build

    assert build()[0] == OUT.read_text(encoding="utf-8")
