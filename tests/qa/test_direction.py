"""Direction: the languages of a review given, or read from the texts, and a contradiction said."""

from __future__ import annotations

from bilingual.qa.direction import decide_direction, guess_lang

KO = ["국회는 어제 예산안을 통과시켰다.", "야당은 표결에 참여하지 않았다."]
EN = ["The assembly passed the budget yesterday.", "The opposition did not take part in the vote."]


def test_guess_lang() -> None:
    assert guess_lang(KO) == "ko" and guess_lang(EN) == "en"
    assert guess_lang([]) is None and guess_lang(["12345"]) is None


def test_read_from_the_texts_both_ways() -> None:
    forward = decide_direction(KO, EN, None, None)
    backward = decide_direction(EN, KO, None, None)
    assert (forward.source_lang, forward.target_lang, forward.detected) == ("ko", "en", True)
    assert (backward.source_lang, backward.target_lang, backward.detected) == ("en", "ko", True)
    assert forward.contradiction is None and backward.contradiction is None


def test_one_side_given_the_other_read() -> None:
    half = decide_direction(EN, ["1, 2, 3"], "en", None)
    assert (half.source_lang, half.target_lang, half.detected) == ("en", "ko", True)


def test_given_languages_are_kept_and_a_contradiction_said() -> None:
    given = decide_direction(EN, KO, "ko", "en")
    assert (given.source_lang, given.target_lang, given.detected) == ("ko", "en", False)
    assert given.contradiction is not None and "source is given as 'ko' but reads as 'en'" in given.contradiction
    assert decide_direction(KO, EN, "ko", "en").contradiction is None


def test_texts_that_do_not_tell() -> None:
    same = decide_direction(EN, EN, None, None)  # both English: no direction to read; the default
    assert (same.source_lang, same.target_lang) == ("ko", "en")
