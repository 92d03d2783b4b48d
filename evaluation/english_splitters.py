"""English sentence boundaries: our English path beside sentencex alone, and the other splitters if installed.

The real English sentences of the corpus (``../shared/corpus``, else ``fixtures/corpus``) are joined into
paragraphs of five; boundary F1 is measured against the known joins, throughput on the same text.
syntok, blingfire and pysbd are not dependencies: they are measured when importable (``pip install syntok
blingfire pysbd``), else reported as not installed. Run: ``python evaluation/english_splitters.py``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from bilingual.lang import english

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def paragraphs() -> tuple[list[str], list[set[int]], str]:
    files = sorted(SHARED.glob("*.en")) or sorted((ROOT / "fixtures" / "corpus").glob("*.en"))
    lines = [ln.strip() for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    texts, gold = [], []
    for i in range(0, len(lines), 5):
        group = lines[i:i + 5]
        joins, pos = set(), 0
        for sentence in group[:-1]:
            pos += len(sentence) + 1
            joins.add(pos)
        texts.append(" ".join(group))
        gold.append(joins)
    return texts, gold, "shared/corpus" if files and files[0].parent == SHARED else "fixtures/corpus"


def starts_of(text: str, sentences: list[str]) -> list[int]:
    out, pos = [], 0
    for sentence in sentences[1:]:
        found = text.find(sentence.strip()[:20], pos) if sentence.strip() else -1
        if found > 0:
            out.append(found)
            pos = found
    return out


def splitters() -> dict[str, Callable[[str], list[int]] | None]:
    found: dict[str, Callable[[str], list[int]] | None] = {
        "bilingual English path": lambda t: [s for s, _ in english.sentences(t)][1:]}
    from sentencex import segment
    found["sentencex alone"] = lambda t: starts_of(t, list(segment("en", t)))
    try:
        import syntok.segmenter as syntok
        found["syntok"] = lambda t: [s[0].offset for p in syntok.analyze(t) for s in p if s and s[0].offset > 0]
    except ImportError:
        found["syntok"] = None
    try:
        import blingfire
        found["blingfire"] = lambda t: [o[0] for o in blingfire.text_to_sentences_and_offsets(t)[1]][1:]
    except ImportError:
        found["blingfire"] = None
    try:
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found["pysbd"] = lambda t: [s.start for s in seg.segment(t)][1:]
    except ImportError:
        found["pysbd"] = None
    return found


def main() -> None:
    texts, gold, where = paragraphs()
    size = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} paragraphs of real English sentences ({where}, {size:.2f} MB)\n")
    print("| splitter | boundary F1 | MB/s |\n|---|---|---|")
    for name, split in splitters().items():
        if split is None:
            print(f"| {name} | not installed | |")
            continue
        tp = fp = fn = 0
        t0 = time.perf_counter()
        for text, joins in zip(texts, gold, strict=True):
            found = set(split(text))
            tp, fp, fn = tp + len(found & joins), fp + len(found - joins), fn + len(joins - found)
        seconds = time.perf_counter() - t0
        print(f"| {name} | {2 * tp / (2 * tp + fp + fn):.3f} | {size / seconds:.2f} |")


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    main()
