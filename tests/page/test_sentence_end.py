"""The one definition of a line that ends like a sentence, read by the labelling rules and the learned layer."""

from __future__ import annotations

import pytest

from bilingual.page import blocks, label_layer, sentence_end
from bilingual.page.sentence_end import ends_sentence


@pytest.mark.parametrize("text", [
    "그 뒤로 부두의 경매는 새벽 네 시에 열린다.",
    "반납 시간을 넘기면 추가 요금이 붙나요?",
    "오늘은 여기까지 하겠습니까?",
    "버스는 다음 달부터 두 정거장을 건너뜁니다!",
    "The ferry leaves the pier at dawn.",
    "Can I bring my dog on board?",
    "Watch your step!",
    "“We will sail at dawn,” the captain said.",
    "“We sail at dawn.”",
    "(Prices include tax.)",
    "[The hall was full.]",
    "선장은 “내일 새벽에 나간다.”",
    "그는 「바다는 넓다.」",
    "어민들은 말했다. ”  ",
    "The fund grew by 3.5 percent.",
    "Seats cost 12,000 won.",
    "会議は終わった。",
    "Tickets are sold by Kim J.",  # a stop after one letter is a full stop
    "The company is Haneul Shipping Inc.",
    "기장: 곧 착륙합니다…",  # an ellipsis after a Korean predicate trails a closed sentence off
    "그래서 결국 떠났어요...",
])
def test_sentence_ends(text: str) -> None:
    assert ends_sentence(text)
    assert ends_sentence(text, bare_predicate=True)


@pytest.mark.parametrize("text", [
    "Monday-Friday: 9 a.m.-6 p.m.",
    "Last ferry 8:40 p.m.",
    "Opens at 10 A.M.",
    "Envoy Heads Back to U.S.",
    "Goods from the U.K.",
    "Tools, e.g.",
    "Inflation rose 3.5",
    "And then the lights went out…",
    "And then the lights went out...",
    "출석의원(21인) 강수빈 김태오 …",
    "Read the full story..",
    "Rate: 3.5%",
    "요금 안내:",
    "Stops: Haedo, Seoldo,",
    "Harbor Weather Desk",
    "정부, 대책 발표",
    "2031.07.09",
    "”)",
    "",
    "   ",
])
def test_not_sentence_ends(text: str) -> None:
    assert not ends_sentence(text)


@pytest.mark.parametrize("text,expected", [
    ("정부는 대책을 발표했다", True),
    ("주말엔 쉬어요", True),
    ("정부는 대책을 발표했다”", True),
    ("정부, 대책 발표", False),
    ("Gyeongbu Line", False),
])
def test_a_bare_korean_predicate_only_when_asked(text: str, expected: bool) -> None:
    assert ends_sentence(text, bare_predicate=True) is expected
    assert not ends_sentence(text)


def test_only_the_end_is_read_on_a_long_line() -> None:
    assert ends_sentence("가" * 200_000 + "다.")
    assert not ends_sentence("The ferry leaves. " * 10_000 + "Departs 9 a.m.")
    assert ends_sentence("Why?" + ")" * 50_000)


def test_the_rules_and_the_layer_read_the_same_end() -> None:
    # a weekday field's value (a rule) and a field's value (a feature of the layer) read alike
    for value, sentence in (("9 a.m.-6 p.m.", False), ("closed on public holidays.", True),
                            ("문 앞에서 …", False), ("Back in the U.S.", False), ("문을 닫습니다…", True)):
        rules = [rule.name for _, rule in blocks.label_lines(f"Monday: {value}")]
        assert (rules == ["weekday-field"]) is not sentence, value
        feats = label_layer.features([f"Notice: {value}"], [("fallback", "other")])[0]
        assert ("key-value=sentence" in feats) is sentence, value


@pytest.mark.parametrize("text", ["The ferry left at 9 a.m.", "회의는 오후에 열렸다.", "He moved to the U.S.", "Kim J.",
                                  "See the notes, e.g.", "“We sailed at dawn,” she said."])
def test_a_full_stop_is_an_abbreviation_s_only_after_two_stopped_letters(text: str) -> None:
    """perf63: the pattern is searched only where the stop two characters back is one; the answer is the pattern's."""
    core = text.rstrip(sentence_end.CLOSERS + " ")
    assert ends_sentence(text) == (sentence_end._ABBREVIATION.search(core[-12:]) is None)


def test_a_line_of_prose_closed_by_its_stop_is_not_searched_for_abbreviations(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """perf63: the cheap test before the pattern (a pattern that fails when tried stands in for it)."""
    class Untried:
        def search(self, text: str) -> None:
            raise AssertionError(text)

    monkeypatch.setattr(sentence_end, "_ABBREVIATION", Untried())
    assert ends_sentence("시의회는 예산안을 통과시켰다.") and ends_sentence("The council passed the budget.")
