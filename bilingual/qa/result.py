"""What a review gives back: the pairs reviewed and the findings in them."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from bilingual.document import Finding, Lang, Mention, Model, Severity


class SegmentRef(NamedTuple):
    """Where a pair comes from in a translator's file: the file (XLIFF ``original`` or ``id``), the unit id,
    the segment id (an XLIFF 1.2 ``mid``, an XLIFF 2 segment id, or its number), and the segment's state."""

    file: str | None = None
    unit: str | None = None
    segment: str | None = None
    state: str | None = None

    def label(self) -> str:
        """``file a.docx, unit 12, segment 2`` (only the parts known)."""
        parts = [f"{name} {value}" for name, value in (("file", self.file), ("unit", self.unit),
                                                       ("segment", self.segment)) if value is not None]
        return ", ".join(parts)


class ReviewPair(Model):
    """One source segment (or group of sentences) and its translation, as processed."""

    index: int
    source: str
    target: str
    source_segments: tuple[int, ...]
    """Which input segments (or sentences of the source document) this pair holds; empty if unpaired."""
    target_segments: tuple[int, ...]
    source_mentions: tuple[Mention, ...] = ()
    target_mentions: tuple[Mention, ...] = ()
    file: str | None = None
    """The file of a translator's file (XLIFF ``<file original>``) this pair comes from, if known."""
    unit: str | None = None
    """The unit id (XLIFF ``trans-unit``/``unit``, TMX ``tuid``), if the pair comes from one."""
    segment: str | None = None
    """The segment id within the unit (``mid``, XLIFF 2 segment id, or its number)."""
    state: str | None = None
    """The segment's state as the tool recorded it (``translated``, ``Translated``, ``ManuallyConfirmed``…)."""

    def where(self) -> str:
        """``pair 7 (unit 12, segment 2)``: how reports name the pair."""
        ref = SegmentRef(self.file, self.unit, self.segment).label()
        return f"pair {self.index}" + (f" ({ref})" if ref else "")


class Review(Model):
    """The pairs reviewed and what was found in them (``finding.pair`` indexes :attr:`pairs`)."""

    source_lang: Lang
    target_lang: Lang
    pairs: tuple[ReviewPair, ...]
    findings: tuple[Finding, ...]
    langs_detected: bool = False
    """Whether the languages were read from the texts (not given by the caller); a given language that the
    text of its side contradicts is a ``language-mismatch`` finding on pair 0."""

    def counts(self) -> dict[str, int]:
        """Findings by code and by severity: ``{"name-mismatch": 2, …, "error": 3, …}``."""
        out = Counter(f.code for f in self.findings) + Counter(f.severity for f in self.findings)
        return dict(sorted(out.items()))

    @property
    def has_errors(self) -> bool:
        return self.has_severity("error")

    def has_severity(self, *severities: Severity) -> bool:
        """Whether any finding has one of ``severities``."""
        return any(f.severity in severities for f in self.findings)
