"""Checks across a whole file of pairs, as QA tools run them: one source translated two ways
(``target-inconsistency``), and two different sources given one translation (``source-inconsistency``).

Two segments are "the same" when they are equal once compared as a reviewer reads them (:func:`comparison_key`):
Unicode compatibility forms folded (NFKC), case folded, and spaces and punctuation ignored, so ``Hello, world.``
and ``hello world`` are one text, and a Korean line with a stray space (``세계 에서``) is the line without it.
Figures and letters are kept: ``3 people`` and ``4 people`` are two texts. A segment with no letter or figure
(empty, or punctuation only) is never compared.

Each pair of a group that disagrees gets one finding naming the other pairs of its group (by
:meth:`ReviewPair.where`, with the file's unit ids when it has them), so a reviewer sees the choice wherever
they stand in the file.

>>> from bilingual.qa.result import ReviewPair
>>> pairs = [ReviewPair(index=i, source=s, target=t, source_segments=(i,), target_segments=(i,))
...          for i, (s, t) in enumerate([("확인", "Confirm"), ("확인.", "Check"), ("취소", "Check")])]
>>> [(f.code, f.pair) for f in check_consistency(pairs)]  # doctest: +NORMALIZE_WHITESPACE
[('target-inconsistency', 0), ('target-inconsistency', 1), ('source-inconsistency', 1),
 ('source-inconsistency', 2)]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from bilingual.document import SEVERITY, Finding, FindingCode
from bilingual.qa.result import ReviewPair

MAX_NAMED = 5
"""How many other pairs a finding's message names (the rest are counted)."""


def comparison_key(text: str) -> str:
    """``text`` as the checks compare it: NFKC, case folded, without spaces, punctuation and symbols.

    >>> comparison_key("  Hello,   World! ") == comparison_key("hello world")
    True
    >>> comparison_key("세계 에서") == comparison_key("세계에서")
    True
    >>> comparison_key("3 people") == comparison_key("4 people")
    False
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if unicodedata.category(c)[0] in "LNM")


def check_consistency(pairs: Sequence[ReviewPair]) -> list[Finding]:
    """The findings of both checks over ``pairs`` (a file's, in file order), sorted by pair."""
    findings = _disagreements(pairs, "target-inconsistency", same="source", differ="target")
    findings += _disagreements(pairs, "source-inconsistency", same="target", differ="source")
    return sorted(findings, key=lambda f: (f.pair, f.code != "target-inconsistency"))


def _disagreements(pairs: Sequence[ReviewPair], code: FindingCode, *, same: str, differ: str) -> list[Finding]:
    """Pairs whose ``same`` side is one text and whose ``differ`` side is not, grouped."""
    groups: dict[str, list[ReviewPair]] = {}
    for pair in pairs:
        if (key := comparison_key(getattr(pair, same))) and comparison_key(getattr(pair, differ)):
            groups.setdefault(key, []).append(pair)
    findings: list[Finding] = []
    for group in groups.values():
        variants = {comparison_key(getattr(p, differ)) for p in group}
        if len(variants) < 2:
            continue
        for pair in group:
            others = [p for p in group if p.index != pair.index
                      and comparison_key(getattr(p, differ)) != comparison_key(getattr(pair, differ))]
            findings.append(_finding(code, pair, others, differ))
    return findings


def _finding(code: FindingCode, pair: ReviewPair, others: Iterable[ReviewPair], differ: str) -> Finding:
    others = list(others)
    named = "; ".join(f"{p.where()}: {getattr(p, differ)!r:.80}" for p in others[:MAX_NAMED])
    more = f" and {len(others) - MAX_NAMED} more" if len(others) > MAX_NAMED else ""
    if code == "target-inconsistency":
        message = f"the same source is translated differently in {named}{more}"
    else:
        message = f"the same translation is given to a different source in {named}{more}"
    text = getattr(pair, differ)
    span = (len(text) - len(text.lstrip()), len(text.rstrip()))
    return Finding(code=code, severity=SEVERITY[code], pair=pair.index, message=message,
                   source_span=span if differ == "source" else None, target_span=span if differ == "target" else None,
                   values=tuple(str(p.index) for p in others))
