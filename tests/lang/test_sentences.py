"""The sentences stage (bilingual/lang/sentences.py): each sentence's route, on pages written for this test."""

from __future__ import annotations

import bilingual
from bilingual.lang.route import route

_PAGE = "\n".join([
    "서하준 시장은 오늘 아침 시청에서 회견을 열었다.",
    "  앞뒤에 빈칸이 있는 줄이다.  ",
    "첫 문장이다. 둘째 문장은 짧다! 셋째는 물음인가?",
    "블링컨(Antony Blinken) 美 국무장관이 왔다.",
    "The minister said so. 장관이 그렇게 말했다.",
    "숫자 2026과 ABC만 있는 줄",
    "",
    "마지막 줄",
])


def test_every_sentence_has_the_route_of_its_own_text() -> None:
    # a Korean sentence that is its whole block keeps its run's route: it is the route of the same text
    doc = bilingual.process(_PAGE)
    assert len(doc.sentences) >= 10
    whole_blocks = 0
    for sentence in doc.sentences:
        if sentence.route.lang == "other":
            continue
        assert sentence.route == route(doc.text[sentence.start:sentence.end])
        block = doc.blocks[sentence.block]
        whole_blocks += (sentence.start, sentence.end) == (block.start, block.end)
    assert whole_blocks >= 2  # the page has sentences that are their whole block
