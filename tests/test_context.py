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
