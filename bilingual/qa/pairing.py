"""The pairing stage: a block followed by its translation on the same page becomes a :class:`Pair`,
reviewed into :attr:`Document.findings`."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from bilingual.document import Document, Finding, Pair
from bilingual.page.blocks import SKIPPED_LABELS

if TYPE_CHECKING:
    from bilingual.context import Context


def pair_translations(doc: Document, context: Context) -> Document:
    """The pairing stage: a block followed by its translation on the same page (the Korean caption and then
    the English one) becomes a :class:`Pair`, and is reviewed into :attr:`Document.findings`.

    Two neighbouring blocks pair when one is Korean and the other English, neither is navigation, a list
    of related stories or a footer, the lengths fit a translation, and they share an anchor (a number or
    an entity)."""
    pairs: list[Pair] = []
    findings: list[Finding] = []
    usable = [b for b in doc.blocks if b.label not in SKIPPED_LABELS and b.route is not None
              and b.route.lang in ("ko", "en") and b.duplicate_of is None]
    used: set[int] = set()
    for first, second in itertools.pairwise(usable):
        if first.index in used or second.index != first.index + 1 or first.route is None or second.route is None:
            continue
        if first.route.lang == second.route.lang:
            continue
        from bilingual.qa.sides import EN_PER_KO, Side, segment  # perf54: on the first Korean-English neighbours

        s_lang, t_lang = first.route.lang, second.route.lang
        ratio = EN_PER_KO if s_lang == "ko" else 1 / EN_PER_KO
        fit = (second.end - second.start) / max(1.0, (first.end - first.start) * ratio)
        if not 0.5 <= fit <= 2.0:
            continue
        shared = segment(doc, (first.start, first.end), s_lang, words=False).anchors & \
            segment(doc, (second.start, second.end), t_lang, words=False).anchors
        if not shared:
            continue
        used |= {first.index, second.index}
        from bilingual.qa.checks import check_pair  # perf54: on the first pair

        index = len(pairs)
        pairs.append(Pair(source_start=first.start, source_end=first.end, target_start=second.start,
                          target_end=second.end, source_lang=s_lang, target_lang=t_lang,
                          score=round(min(1.0, 0.5 + 0.15 * len(shared)), 3),
                          reason=f"block {second.index} follows block {first.index} in the other language, "
                                 f"{fit:.2f} of the expected length, sharing {', '.join(sorted(shared))}"))
        side_s = Side.of(doc, s_lang, (first.start, first.end))
        side_t = Side.of(doc, t_lang, (second.start, second.end))
        findings += [f.model_copy(update={
            "source_span": _shift(f.source_span, first.start), "target_span": _shift(f.target_span, second.start)})
            for f in check_pair(index, side_s, side_t, context.kb)]
    if not pairs:
        return doc
    return doc.evolve(pairs=tuple(pairs), findings=tuple(findings))


def _shift(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    return None if span is None else (span[0] + by, span[1] + by)
