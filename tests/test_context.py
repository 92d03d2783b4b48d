"""The context every stage receives: options, KB, the run's memo of links, and the progress hook."""

from __future__ import annotations

import pickle
from collections import defaultdict

import pytest

import bilingual
from bilingual.api import process_in
from bilingual.context import Context
from bilingual.stages import STAGES


def test_the_stages_report_how_far_they_are_through_one_long_document() -> None:
    seen: dict[str, list[tuple[int, int]]] = defaultdict(list)
    context = Context.create(progress=lambda stage, done, total: seen[stage].append((done, total)))
    paragraph = ("Minister Cho met Secretary Blinken in Seoul on Tuesday. 조태열 장관은 블링컨 장관과 회담했다. "
                 "The two agreed to meet again.")
    text = "\n".join(f"{paragraph} ({n})" for n in range(40))
    doc = process_in(context, text)
    assert list(seen) == [stage.__name__ for stage in STAGES]  # every stage, in order
    for stage, reports in seen.items():
        assert reports[0] == (0, len(text)) and reports[-1] == (len(doc.text), len(doc.text)), stage
        assert [d for d, _ in reports] == sorted(d for d, _ in reports), stage  # it only moves forward
    # the long stages move in many steps, not just at their start and end
    assert len({d for d, _ in seen["split_sentences"]}) > 40
    assert len({d for d, _ in seen["find_mentions"]}) > 40


def test_no_hook_no_reports_and_same_document() -> None:
    text = "Cho met Blinken.\n조태열 장관이 왔다."
    calls: list[str] = []
    assert process_in(Context.create(progress=lambda s, d, t: calls.append(s)), text) == bilingual.process(text)
    assert calls


def test_a_context_crosses_to_a_worker_without_its_hook() -> None:
    context = Context.create(progress=print)
    process_in(context, "Secretary Blinken met Minister Cho.")
    assert context.links and context.kb.remembered()  # the run's memo of links, and the KB's
    copy = pickle.loads(pickle.dumps(context))
    assert copy.progress is None and copy.kb is not None
    assert copy.links == {} and copy.kb.remembered() == 0  # neither memo crosses: the worker fills its own
    assert process_in(copy, "Secretary Blinken met Minister Cho.") == process_in(context, "Secretary Blinken met "
                                                                                          "Minister Cho.")


def test_progress_must_be_callable() -> None:
    with pytest.raises(TypeError, match="progress must be callable"):
        Context.create(progress="yes")  # type: ignore[arg-type]


KOREAN_PAGES = ("조태열 외교부 장관은 12일 서울에서 블링컨 미국 국무장관과 회담했다.\nCho met Blinken in Seoul.\n"
                "삼성전자와 SK하이닉스는 수출이 늘었다고 밝혔다. 이재용 회장은 투자를 늘리겠다고 말했다.",
                "윤석열 대통령은 기시다 총리와 도쿄에서 만났다. 두 정상은 북한 문제를 논의했다.")


def _stage_by_stage(text: str, context: Context, before_mentions: object = None) -> bilingual.Document:
    from bilingual.document import Document

    doc = Document.create(text)
    for stage in STAGES:
        if stage.__name__ == "find_mentions" and callable(before_mentions):
            before_mentions(doc)
        doc = stage(doc, context)
    return doc


@pytest.mark.parametrize("text", KOREAN_PAGES)
def test_the_mentions_stage_takes_the_candidates_the_sentences_stage_kept_and_finds_the_same(text: str) -> None:
    whole = bilingual.process(text)
    context = Context.create()
    kept: list[int] = []
    assert _stage_by_stage(text, context, lambda doc: kept.append(len(context.found["last"].by_sentence))) == whole
    assert kept[0] > 0 and context.found == {}  # there were some, and the mentions stage took them

    # without them: the context had none (emptied), or another context split the sentences
    emptied = Context.create()
    assert _stage_by_stage(text, emptied, lambda doc: emptied.found.clear()) == whole
    doc = bilingual.Document.create(text)
    for stage in STAGES[:4]:
        doc = stage(doc, context)
    for stage in STAGES[4:]:
        doc = stage(doc, Context.create())  # a context without them
    assert doc == whole
    assert context.found  # still kept where they were put


def test_candidates_kept_for_one_document_are_not_taken_for_another() -> None:
    from bilingual.document import Document

    context = Context.create()
    first, second = (Document.create(t) for t in KOREAN_PAGES)
    for stage in STAGES[:4]:
        first = stage(first, context)
    for stage in STAGES[:4]:
        second = stage(second, context)  # the sentences stage keeps the second document's, in place of the first's
    assert context.kept_candidates(first) == {}
    assert context.found == {}  # given up all the same
    second = Document.create(KOREAN_PAGES[1])
    for stage in STAGES[:4]:
        second = stage(second, context)
    assert context.kept_candidates(second) != {} and context.kept_candidates(second) == {}  # once only
    for stage in STAGES[4:]:
        first = stage(first, context)
    assert first == bilingual.process(KOREAN_PAGES[0])  # found by the mentions stage itself


def test_a_pickled_context_keeps_no_document_s_candidates() -> None:
    context = Context.create()
    first = bilingual.Document.create(KOREAN_PAGES[1])
    for stage in STAGES[:4]:
        first = stage(first, context)
    assert context.found
    assert pickle.loads(pickle.dumps(context)).found == {}
