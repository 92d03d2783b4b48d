"""Learn ``bilingual/data/translation_model.tsv``: t(English word | Korean morpheme), the lexical translation
probabilities the sentence aligner uses as evidence (``bilingual.qa.lexicon``).

Run from the repository root: ``python training/train_translation_model.py [--out PATH]`` (about a minute;
needs ``../shared/corpus``). Rerunning writes the same bytes: the split is a hash of each pair
(``training/sentence_pairs.py``), every loop runs over sorted words, and EM has no random start.

Data: the TRAIN part of the news-dev and general-dev pairs only (tune and test parts are kept out). Each Korean
line is processed by ``bilingual.process`` (the same Kiwi, user names and tags as at review time) and reduced to
its content morphemes by ``lexicon.korean_words``; each English line to its content words by
``lexicon.english_words``. Both are sets, as the aligner sees them.

Model: IBM Model 1 (Brown et al. 1993), English words generated from Korean morphemes or NULL, t initialised
uniformly and re-estimated by ITERATIONS rounds of EM. Pruning: morphemes seen in fewer than MIN_COUNT training
pairs are left out (one sentence cannot tell which of its words a morpheme translates), and each morpheme keeps
at most TOP_K English words with t >= KEEP; probabilities are written with four decimals.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sentence_pairs import CORPORA, SEED, load

import bilingual
from bilingual.qa.lexicon import english_words, korean_words

OUT = Path(__file__).resolve().parent.parent / "bilingual" / "data" / "translation_model.tsv"
ITERATIONS = 8
MIN_COUNT = 2
TOP_K = 6
KEEP = 0.05
NULL = "<null>"

Sentence = tuple[list[str], list[str]]


def prepare(pairs: list[tuple[str, str, str]]) -> list[Sentence]:
    out: list[Sentence] = []
    for _, ko, en in pairs:
        k = sorted(korean_words(bilingual.process(ko).tokens))
        e = sorted(english_words(en))
        if k and e:
            out.append((k, e))
    return out


def model1(corpus: list[Sentence], iterations: int) -> dict[str, dict[str, float]]:
    """t[k][e] by EM; only pairs that co-occur are stored (the others stay 0)."""
    english = sorted({e for _, es in corpus for e in es})
    uniform = 1.0 / len(english)
    t: dict[str, dict[str, float]] = defaultdict(dict)
    for ks, es in corpus:
        for k in [NULL, *ks]:
            row = t[k]
            for e in es:
                row[e] = uniform
    for _ in range(iterations):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for ks, es in corpus:
            sources = [NULL, *ks]
            for e in es:
                z = sum(t[k][e] for k in sources)
                for k in sources:
                    counts[k][e] += t[k][e] / z
        t = defaultdict(dict)
        for k in sorted(counts):
            row = counts[k]
            total = sum(row[e] for e in sorted(row))
            t[k] = {e: row[e] / total for e in sorted(row)}
    return t


def prune(t: dict[str, dict[str, float]], corpus: list[Sentence]) -> list[tuple[str, str, float]]:
    seen = Counter(k for ks, _ in corpus for k in ks)
    rows: list[tuple[str, str, float]] = []
    for k in sorted(t):
        if k == NULL or seen[k] < MIN_COUNT:
            continue
        best = sorted(((round(p, 4), e) for e, p in t[k].items() if p >= KEEP), key=lambda x: (-x[0], x[1]))
        rows += [(k, e, p) for p, e in best[:TOP_K]]
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[args.index("--out") + 1]) if "--out" in args else OUT
    t0 = time.perf_counter()
    pairs = load("train")
    corpus = prepare(pairs)
    t = model1(corpus, ITERATIONS)
    rows = prune(t, corpus)
    header = [
        "# t(english word | korean morpheme): IBM Model 1, rebuilt by training/train_translation_model.py",
        f"# from the train part ({len(corpus)} pairs; split {SEED!r}) of {', '.join(CORPORA)} in ../shared/corpus:",
        "# Korean-English News v1 and JHE (Jungyeul Park, Jeen-Pyo Hong, Jeong-Won Cha 2016, Korean Language",
        "# Resources for Everyone, PACLIC 30), CC BY-SA 3.0; this table is derived from them under the same licence.",
        f"# iterations {ITERATIONS}, morphemes seen in >= {MIN_COUNT} pairs, top {TOP_K} words with t >= {KEEP}",
    ]
    text = "\n".join([*header, *(f"{k}\t{e}\t{p:.4f}" for k, e, p in rows)]) + "\n"
    out.write_bytes(text.encode("utf-8"))
    print(f"{len(corpus)} training pairs, {len({k for k, _, _ in rows})} morphemes, {len(rows)} entries, "
          f"{len(text.encode()) / 1e3:.0f} kB -> {out} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
