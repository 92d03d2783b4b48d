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


def test_page_chrome_is_aligned_as_optional_and_a_chrome_line_of_prose_as_a_sentence() -> None:
    from bilingual.document import Block
    from bilingual.qa.documents import review_documents
    from bilingual.qa.sides import aligned_sentences

    source = bilingual.process("홈 | 정치 | 경제\n정부는 오늘 새 예산안을 발표했다.\n"
                               "국회는 다음 주에 예산안을 심사한다.")
    target = bilingual.process("The government announced a new budget today.\n"
                               "The National Assembly will review the budget next week.")

    def labelled(doc: Any, labels: list[str]) -> Any:
        blocks = [Block.model_validate({**b.model_dump(), "label": label})
                  for b, label in zip(doc.blocks, labels, strict=True)]
        return doc.model_copy(update={"blocks": tuple(blocks)})

    # the menu is optional; the same labels on sentences of prose leave them required
    nav = labelled(source, ["navigation", "body", "body"])
    assert [o for _, _, o in aligned_sentences(nav, "ko")] == [True, False, False]
    prose = labelled(source, ["body", "footer", "related"])
    assert [o for _, _, o in aligned_sentences(prose, "ko")] == [False, False, False]
    review = review_documents(nav, target, kb=bilingual.KnowledgeBase.default(), source_lang="ko",
                              target_lang="en")
    # the untranslated menu is left unpaired with no finding; the sentences pair with their translations
    assert [(p.source_segments, p.target_segments) for p in review.pairs] == [((0,), ()), ((1,), (0,)),
                                                                              ((2,), (1,))]
    assert not [f for f in review.findings if f.code == "omission"]
    # a translated sentence the page layer calls a footer is still paired: nothing after it shifts
    english = labelled(target, ["footer", "body"])
    assert aligned_sentences(english, "en")[0][2] is False
    review = review_documents(labelled(source, ["body", "body", "body"]), english,
                              kb=bilingual.KnowledgeBase.default(), source_lang="ko", target_lang="en")
    assert [(p.source_segments, p.target_segments) for p in review.pairs][1:] == [((1,), (0,)), ((2,), (1,))]
