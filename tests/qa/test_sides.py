"""The stretch lookups the aligner and the checks make once per sentence: right answers, and no copy of the
rest of the document per lookup (a slice per sentence made a 36,000-sentence review quadratic)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import bilingual
from bilingual.qa.sides import inside, overlapping, tokens_inside


class NoSlices(tuple):  # type: ignore[type-arg]
    """A tuple that refuses to be sliced: a lookup that copies the rest of the sequence fails."""

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            raise AssertionError("sliced the whole sequence")
        return super().__getitem__(key)


def test_lookups_answer_without_slicing_the_document() -> None:
    doc = bilingual.process("조태열 장관은 3일 서울에서 블링컨 장관을 만났다. 두 장관은 2시간 회담했다. 회담은 끝났다.")
    start, end = doc.sentences[1].start, doc.sentences[1].end
    expected_tokens = [t for t in doc.tokens if start <= t.start and t.end <= end]
    expected_mentions = [m for m in doc.mentions if start <= m.start and m.end <= end]
    expected_sentences = [s for s in doc.sentences if s.end > start and s.start < end]
    assert expected_tokens and expected_sentences
    fake = SimpleNamespace(tokens=NoSlices(doc.tokens), sentences=NoSlices(doc.sentences))
    assert tokens_inside(fake, start, end) == expected_tokens  # type: ignore[arg-type]
    assert overlapping(fake, start, end) == expected_sentences  # type: ignore[arg-type]
    assert inside(NoSlices(doc.mentions), start, end) == expected_mentions
    assert inside(NoSlices(doc.mentions), 0, len(doc.text)) == list(doc.mentions)
    assert tokens_inside(fake, end, end) == []  # type: ignore[arg-type]
