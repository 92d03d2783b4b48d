"""The sentences stage (bilingual/lang/sentences.py): each sentence's route, on pages written for this test."""

from __future__ import annotations

from typing import Any

import pytest

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


_MIXED = "\n".join([
    "외교부 장관 조태열은 3일 워싱턴에서 블링컨 국무장관과 만났다. 두 사람은 한 시간 넘게 이야기했다.",
    "The two ministers met in Washington on Tuesday.",
    "사진=연합뉴스 제공",
    "국민의힘과 더불어민주당은 이날 각각 의원총회를 열었다.",
    "서울 종로구 세종로에서 열린 행사에는 시민 300여 명이 모였다.",
])


def test_a_document_s_korean_text_goes_to_kiwi_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the sentences and the morphemes of every Korean run come from one batch analysis of the document; neither
    # the sentences stage nor the mentions stage after it asks Kiwi again (a second analysis would roughly double
    # the Korean path's largest cost: performance.md, perf36)
    import threading

    import kiwipiepy

    from bilingual.lang import korean

    bilingual.process(_MIXED)  # Kiwi loaded and warm, outside the count
    calls: list[str] = []
    caller = threading.get_ident()
    for method in ("tokenize", "split_into_sents", "analyze"):
        original = getattr(kiwipiepy.Kiwi, method)

        def counted(self: object, *args: object, _original: Any = original, _method: str = method,
                    **kwargs: object) -> object:
            if threading.get_ident() == caller:  # another test's pool may still be working in this process
                calls.append(_method)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(kiwipiepy.Kiwi, method, counted)
    doc = bilingual.process(_MIXED)
    assert not korean._preloaded  # no Kiwi without threads in the test process (pyproject: the doctests skip kiwi_fork)
    assert calls == ["tokenize"]
    korean_runs = [i for i, run in enumerate(doc.runs) if run.route.lang == "ko"]
    assert len(korean_runs) >= 3  # several Korean runs, with an English one between them
    assert {s.run for s in doc.sentences if s.route.lang == "ko"} >= set(korean_runs)
    assert any(m.text == "조태열" for m in doc.mentions)  # the mentions stage ran on the same tokens


def test_sentences_are_held_compact_and_read_as_validated_ones() -> None:
    # mem32: each sentence is made compact as it is found (memory.compact_record), the same values as a sentence
    # validated from them
    from bilingual.document import Sentence
    from bilingual.memory import compacted

    doc = bilingual.process("국회는 오늘 예산안을 처리했다. The vote came late at night. 여야는 합의했다. Ça va.")
    assert len(doc.sentences) >= 3
    for sentence in doc.sentences:
        assert compacted(sentence) is sentence  # compact already: not copied again
        assert Sentence(**sentence.model_dump()) == sentence


def test_a_huge_documents_sentences_are_columns_within_their_runs() -> None:
    # mem35: a sentence that started (ended) where its run did held the run's own int object; mem36: past
    # columns.COMPACT_AFTER sentences they are held as columns (a huge mixed line has about as many runs as
    # sentences); each read is within its run, and the same as validated from its values
    from bilingual.document import Sentence
    from bilingual.text.scripts import LISTED_LENGTH

    piece = "이 문장은 한국어다 The committee met on Tuesday in Brussels. 회의는 길었다 "
    doc = bilingual.process(piece * (LISTED_LENGTH // len(piece) + 2))
    pairs = [(s, doc.runs[s.run]) for s in doc.sentences]
    starts = [(s, r) for s, r in pairs if s.start == r.start]
    ends = [(s, r) for s, r in pairs if s.end == r.end]
    assert len(starts) > 1_000 and ends  # a run holds the space after its sentence: ends rarely meet
    assert doc.sentences.compact and doc.runs.compact
    assert [Sentence(**s.model_dump()) for s in doc.sentences[:50]] == list(doc.sentences[:50])
    inside = [s for s in doc.sentences if doc.runs[s.run].start <= s.start < s.end <= doc.runs[s.run].end]
    assert len(inside) == len(doc.sentences)
