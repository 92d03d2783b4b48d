"""Learn ``bilingual/data/translation_model.tsv``: t(English word | Korean morpheme) and t(Korean morpheme |
English word), the lexical translation probabilities the sentence aligner uses as evidence (``bilingual.qa.lexicon``).

Run from the repository root: ``python training/train_translation_model.py [--out PATH]`` (about a minute;
needs ``../shared/corpus``). Rerunning writes the same bytes: the split is a hash of each pair
(``training/sentence_pairs.py``), every loop runs over sorted words, and EM has no random start.

Data: the TRAIN part of the news-dev and general-dev pairs only (tune and test parts are kept out). Each Korean
line is processed by ``bilingual.process`` (the same Kiwi, user names and tags as at review time) and reduced to
its content morphemes by ``lexicon.korean_words``; each English line to its content words by
``lexicon.english_words``. Both are sets, as the aligner sees them.

Model: IBM Model 1 (Brown et al. 1993) in both directions: English words generated from Korean morphemes or NULL,
and Korean morphemes from English words or NULL; t initialised uniformly and re-estimated by ITERATIONS rounds
of EM. The two directions see different things: a rare English word is explained by the morphemes of its few
sentences in the backward model, which the forward model spreads over its common words. Pruning: words seen in
fewer than MIN_COUNT training pairs are left out, and each word keeps at most TOP_K words of the other language
with t >= KEEP, in each direction. A row is ``korean<TAB>english<TAB>t(e|k)<TAB>t(k|e)``, the union of what both
directions keep (0 where one direction did not keep the pair); probabilities are written with four decimals.
Words seen once are kept: tuned on the tune part (``evaluation/pairing_eval.py``), they pair more deleted lines
and report fewer false omissions than a table of words seen twice (see docs/review.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sentence_pairs import CORPORA, SEED, load

import bilingual
from bilingual.qa.lexicon import MIN_PROBABILITY, english_words, korean_words

OUT = Path(__file__).resolve().parent.parent / "bilingual" / "data" / "translation_model.tsv"
ITERATIONS = 8
MIN_COUNT = 1
TOP_K = 6
KEEP = MIN_PROBABILITY  # a pair below it in both directions reaches nothing (bilingual.qa.lexicon)
NULL = "<null>"

Sentence = tuple[list[str], list[str]]
Row = tuple[str, str, float, float]


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


def prune(t: dict[str, dict[str, float]], sentences: list[list[str]]) -> dict[tuple[str, str], float]:
    """The kept entries of one direction, ``(given word, generated word) -> t``: given words seen in at least
    MIN_COUNT of ``sentences``, their TOP_K best generated words with t >= KEEP (rounded to four decimals)."""
    seen = Counter(w for words in sentences for w in words)
    kept: dict[tuple[str, str], float] = {}
    for k in sorted(t):
        if k == NULL or seen[k] < MIN_COUNT:
            continue
        best = sorted(((q, e) for e, p in t[k].items() if (q := round(p, 4)) >= KEEP), key=lambda x: (-x[0], x[1]))
        kept.update(((k, e), p) for p, e in best[:TOP_K])
    return kept


def rows_of(forward: dict[tuple[str, str], float], backward: dict[tuple[str, str], float]) -> list[Row]:
    """The table's rows: every (korean, english) either direction kept, with both probabilities."""
    pairs = sorted(set(forward) | {(k, e) for e, k in backward})
    return [(k, e, forward.get((k, e), 0.0), backward.get((e, k), 0.0)) for k, e in pairs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, metavar="FILE",
                        help=f"where to write the table (default {OUT})")
    out = parser.parse_args(argv).out
    t0 = time.perf_counter()
    pairs = load("train")
    corpus = prepare(pairs)
    forward = prune(model1(corpus, ITERATIONS), [ks for ks, _ in corpus])
    backward = prune(model1([(es, ks) for ks, es in corpus], ITERATIONS), [es for _, es in corpus])
    rows = rows_of(forward, backward)
    header = [
        "# korean morpheme, english word, t(english | korean), t(korean | english): IBM Model 1 both ways,",
        "# rebuilt by training/train_translation_model.py",
        f"# from the train part ({len(corpus)} pairs; split {SEED!r}) of {', '.join(CORPORA)} in ../shared/corpus:",
        "# Korean-English News v1 and JHE (Jungyeul Park, Jeen-Pyo Hong, Jeong-Won Cha 2016, Korean Language",
        "# Resources for Everyone, PACLIC 30), CC BY-SA 3.0; this table is derived from them under the same licence.",
        f"# iterations {ITERATIONS}, words seen in >= {MIN_COUNT} pairs, top {TOP_K} words with t >= {KEEP} each way",
    ]
    text = "\n".join([*header, *(f"{k}\t{e}\t{p:.4f}\t{q:.4f}" for k, e, p, q in rows)]) + "\n"
    out.write_bytes(text.encode("utf-8"))
    print(f"{len(corpus)} training pairs, {len({k for k, *_ in rows})} morphemes, {len({e for _, e, *_ in rows})} "
          f"English words, {len(rows)} entries, "
          f"{len(text.encode()) / 1e3:.0f} kB -> {out} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
