"""Reviewing processed documents: aligned pairs of them, or two whole documents whose sentences are paired
first (:mod:`bilingual.qa.align`). Processing the texts is the caller's (:mod:`bilingual.api`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bilingual.document import SEVERITY, Document, Finding, Lang
from bilingual.entities.kb import KnowledgeBase
from bilingual.qa.align import DEFAULT, Weights, align
from bilingual.qa.checks import check_pair, check_unpaired_target
from bilingual.qa.consistency import check_consistency
from bilingual.qa.direction import Direction
from bilingual.qa.result import Review, ReviewPair, SegmentRef
from bilingual.qa.sides import EN_PER_KO, Side, aligned_sentences, join, segment


def check_langs(source_lang: str, target_lang: str) -> tuple[Lang, Lang]:
    """The two languages of a review, checked: one Korean and one English side."""
    if {source_lang, target_lang} != {"ko", "en"}:
        raise ValueError(f"review needs one Korean and one English side (source_lang/target_lang 'ko' and 'en'), "
                         f"not {source_lang!r} and {target_lang!r}")
    return source_lang, target_lang  # type: ignore[return-value]


def review_aligned(docs: Iterable[tuple[Document, Document]], *, kb: KnowledgeBase, source_lang: Lang,
                   target_lang: Lang, refs: Sequence[SegmentRef | None] | None = None) -> Review:
    """Review processed segments that are already aligned: ``(source, target)`` documents, one pair each.

    ``refs`` names where each pair comes from (file, unit, segment, state), in the same order."""
    reviewed: list[ReviewPair] = []
    findings: list[Finding] = []
    for index, (source_doc, target_doc) in enumerate(docs):
        side_s = Side.of(source_doc, source_lang)
        side_t = Side.of(target_doc, target_lang)
        if refs is not None and index >= len(refs):
            raise ValueError(f"ids has {len(refs)} entries but there are more pairs; give one id a pair")
        ref = (refs[index] if refs is not None else None) or SegmentRef()
        reviewed.append(ReviewPair(index=index, source=source_doc.text, target=target_doc.text,
                                   source_segments=(index,), target_segments=(index,),
                                   source_mentions=side_s.mentions, target_mentions=side_t.mentions,
                                   file=ref.file, unit=ref.unit, segment=ref.segment, state=ref.state))
        findings += check_pair(index, side_s, side_t, kb)
    if refs is not None and len(refs) != len(reviewed):
        raise ValueError(f"ids has {len(refs)} entries but there are {len(reviewed)} pairs; give one id a pair")
    findings = _with_file_checks(findings, reviewed)
    return Review(source_lang=source_lang, target_lang=target_lang, pairs=tuple(reviewed), findings=tuple(findings))


def review_documents(source_doc: Document, target_doc: Document, *, kb: KnowledgeBase, source_lang: Lang,
                     target_lang: Lang, weights: Weights = DEFAULT) -> Review:
    """Review two processed whole documents: pair their sentences first (one-to-one, one-to-two, two-to-one or
    unpaired, by length, numbers and entities as anchors, and the words of one that translate the other's),
    then check every pair. An unpaired source sentence is an omission; an unpaired target sentence has no
    source to compare with, and gets the checks that need none (:func:`~bilingual.qa.checks.check_unpaired_target`:
    Hangul left in an English translation). ``weights`` are the aligner's (:class:`~bilingual.qa.align.Weights`)."""
    s_sentences, t_sentences = aligned_sentences(source_doc, source_lang), aligned_sentences(target_doc, target_lang)
    s_spans, t_spans = [(a, b) for a, b, _ in s_sentences], [(a, b) for a, b, _ in t_sentences]
    s_segs = [segment(source_doc, (a, b), source_lang, optional=o) for a, b, o in s_sentences]
    t_segs = [segment(target_doc, (a, b), target_lang, optional=o) for a, b, o in t_sentences]
    ratio = EN_PER_KO if source_lang == "ko" else 1 / EN_PER_KO
    reviewed: list[ReviewPair] = []
    findings: list[Finding] = []
    for index, (s_group, t_group) in enumerate(align(s_segs, t_segs, ratio=ratio, weights=weights)):
        side_s = Side.of(source_doc, source_lang, join(s_spans, s_group))
        side_t = Side.of(target_doc, target_lang, join(t_spans, t_group))
        reviewed.append(ReviewPair(index=index, source=side_s.text, target=side_t.text, source_segments=s_group,
                                   target_segments=t_group, source_mentions=side_s.mentions,
                                   target_mentions=side_t.mentions))
        if not (s_group and t_group) and all(seg.optional for seg in (*(s_segs[k] for k in s_group),
                                                                         *(t_segs[k] for k in t_group))):
            continue  # page chrome left unpaired: nothing to check
        if s_group:
            findings += check_pair(index, side_s, side_t, kb)
        else:
            findings += check_unpaired_target(index, side_t)
    findings = _with_file_checks(findings, reviewed)
    return Review(source_lang=source_lang, target_lang=target_lang, pairs=tuple(reviewed), findings=tuple(findings))


def _with_file_checks(findings: list[Finding], pairs: list[ReviewPair]) -> list[Finding]:
    """The pairs' findings with those of the checks across the file (:mod:`bilingual.qa.consistency`), in pair
    order (each pair's own findings first)."""
    return sorted(findings + check_consistency(pairs), key=lambda f: f.pair)


def with_direction(review: Review, direction: Direction) -> Review:
    """The review, saying whether its languages were read from the texts, with a ``language-mismatch`` warning
    on its first pair when a given language contradicts its text."""
    findings = review.findings
    if direction.contradiction is not None and review.pairs:
        findings = (Finding(code="language-mismatch", severity=SEVERITY["language-mismatch"], pair=0,
                            message=direction.contradiction), *findings)
    return review.model_copy(update={"langs_detected": direction.detected, "findings": findings})
