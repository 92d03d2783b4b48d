"""What a review gives back: the pairs reviewed and the findings in them."""

from __future__ import annotations

from collections import Counter

from bilingual.document import Finding, Lang, Mention, Model, Severity


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


class Review(Model):
    """The pairs reviewed and what was found in them (``finding.pair`` indexes :attr:`pairs`)."""

    source_lang: Lang
    target_lang: Lang
    pairs: tuple[ReviewPair, ...]
    findings: tuple[Finding, ...]

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
