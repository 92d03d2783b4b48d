"""langdetect, behind one function: seeded (deterministic in every process), loaded on first use,
and its exceptions turned into ``None`` (an abstention)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _factory() -> Any:
    try:
        from langdetect import DetectorFactory
        from langdetect.detector_factory import init_factory
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ImportError("bilingual needs langdetect: pip install langdetect") from exc
    DetectorFactory.seed = 0  # without a seed, answers change between runs
    init_factory()  # loads the language profiles once
    from langdetect import detector_factory

    return detector_factory._factory


def detect(text: str) -> tuple[str, float] | None:
    """langdetect's most probable language and its probability, or ``None`` if it cannot tell."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    try:
        detector = factory.create()
        detector.append(text)
        ranked = detector.get_probabilities()
    except LangDetectException:
        return None
    if not ranked:
        return None
    return ranked[0].lang, float(ranked[0].prob)
