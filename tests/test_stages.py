"""The pipeline's stages, whole or in two steps (before the Korean path, then the rest)."""

from __future__ import annotations

import pickle
import subprocess
import sys

from bilingual.context import Context
from bilingual.document import Document
from bilingual.stages import BEFORE_KOREAN, FROM_KOREAN, STAGES, finish_document, route_document, run_stages

# Texts written for this test, in shapes the fixture pages do not have: a bilingual notice with a byline at its end,
# a Korean line with Latin initials and a date range, an English list of names, a single Hangul word, nothing.
TEXTS = [
    "행사 안내\n부산시는 3~5일 해운대에서 국제영화제를 연다고 밝혔다.\nBusan will host the festival from the 3rd.\n"
    "박소연 기자 soyeon@example.kr",
    "LG·SK 관계자는 \"2024.3.1~4.30 기간\" 동안 임시 조직을 운영한다고 말했다.",
    "Speakers: Kim Min-jae (Seoul), Lee Ha-eun (Daejeon) and Park Ji-ho.\n\nQuestions after the talk.",
    "광주",
    "",
]


def test_the_two_steps_are_the_stages() -> None:
    assert BEFORE_KOREAN + FROM_KOREAN == STAGES
    assert [s.__name__ for s in BEFORE_KOREAN] == ["repair", "split_blocks", "route_blocks"]


def test_the_stages_in_two_steps_across_a_process_boundary_give_the_same_document() -> None:
    context = Context.create()
    for text in TEXTS:
        whole = run_stages(Document.create(text, source="a.txt"), context)
        routed = route_document(Document.create(text, source="a.txt"), Context.create())
        carried = pickle.loads(pickle.dumps(routed))  # as it crosses to a worker
        assert carried == routed
        assert finish_document(carried, Context.create()) == whole
        assert whole.model_dump_json() == finish_document(carried, context).model_dump_json()


def test_the_first_step_loads_no_kiwi() -> None:
    # Run in a fresh process: the calling process of a batch run must not load Kiwi (seconds, and threads that a fork
    # could not survive) for the first step of Korean pages.
    code = ("from bilingual.context import Context; from bilingual.document import Document; "
            "from bilingual.stages import route_document; from bilingual.lang.korean import kiwi_loaded; "
            f"d = route_document(Document.create({TEXTS[0]!r}), Context.create()); "
            "print(sorted({r.route.lang for r in d.runs}), kiwi_loaded())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["['en',", "'ko']", "False"]
