"""Fit ``bilingual/data/foreign_word_model.tsv``, the measure of ``bilingual/names/foreign_word.py`` (a Hangul word
transcribed from a foreign language, or a Korean one).

Run from the repository root: ``python training/train_foreign_word_model.py [--out PATH] [--report]`` (needs
../shared beside the repository; Kiwi for the corpus's nouns). Rerunning writes the same bytes.

Data (never the NIKL list of foreign words, never a roster of politicians):

- foreign (transcribed): the Hangul side of ``../shared/names-dev/foreign_places.tsv`` (``foreign_place``,
  ``country_name``, and ``cjk_place`` of Japan: GeoNames CC BY 4.0, Unicode CLDR), the foreign people of
  ``people_kpop.tsv`` (``foreign_stage_name``, ``foreign_person_fullname``: CC0), the ``match`` rows of
  ``fixtures/names/transcriptions.tsv`` and the foreign names of ``fixtures/names/corpus_names.tsv``;
- Korean: the Korean people and places of the same files (``ko_person_fullname``, ``ko_given_name``, ``ko_place``,
  ``ko_public_figure``, ``ko_corpus_person``, ``ko_corpus_name``), and the common nouns (Kiwi's NNG, two syllables
  or more) of the Korean side of ``../shared/corpus`` (CC BY-SA 3.0), each noun once.

Split: every word by ``training.name_data.bucket`` of its Hangul (the split of the name model: 0–69 train, 70–79
tune, 80–99 test). The threshold is chosen on the tune part with a model fitted on the train part (the best balanced
accuracy); the shipped table is fitted on train and tune; ``--report`` prints its figures on the test part, which
nothing was chosen on. Model: multinomial naive Bayes, add-one smoothing, the log ratio of each n-gram
(``foreign_word.features``) seen at least ``MIN_COUNT`` times, to 3 decimals; a word's score is the mean.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from training import name_data  # noqa: E402

OUT = ROOT / "bilingual" / "data" / "foreign_word_model.tsv"
CORPUS = ROOT.parent / "shared" / "corpus"
FOREIGN_KINDS = frozenset(["foreign_place", "country_name", "foreign_stage_name", "foreign_person_fullname",
                           "foreign_transcription", "foreign_corpus_name"])
KOREAN_KINDS = frozenset(["ko_person_fullname", "ko_given_name", "ko_place", "ko_public_figure", "ko_corpus_person",
                          "ko_corpus_name"])
MIN_COUNT = 2
ALPHA = 1.0


def corpus_nouns() -> list[str]:
    """Kiwi's common nouns of two syllables or more in the corpus's Korean lines, each once, in sorted order."""
    from bilingual.lang.korean import analyze

    lines: list[str] = []
    for name in ("news-dev.ko", "general-dev.ko"):
        lines += [line for line in (CORPUS / name).read_text("utf-8").splitlines() if line.strip()]
    nouns: set[str] = set()
    for sentences in analyze(lines):
        for sentence in sentences:
            for form, tag, *_ in sentence.tokens:
                if tag == "NNG" and len(form) >= 2 and all("가" <= c <= "힣" for c in form):
                    nouns.add(form)
    return sorted(nouns)


def words() -> list[tuple[str, int, str]]:
    """(word, label 1 foreign / 0 Korean, part), each Hangul word once per label, sorted."""
    out: set[tuple[str, int]] = set()
    for pair in name_data.load(corpus=True):
        if pair.kind in FOREIGN_KINDS or (pair.kind == "cjk_place" and "cc=JP" in pair.source):
            label = 1
        elif pair.kind in KOREAN_KINDS:
            label = 0
        else:
            continue
        for word in pair.hangul.split():
            if all("가" <= c <= "힣" for c in word) and len(word) >= 2:
                out.add((word, label))
    out |= {(noun, 0) for noun in corpus_nouns()}
    both = {w for w, lab in out if lab == 1} & {w for w, lab in out if lab == 0}
    return sorted((w, lab, name_data._part(name_data.bucket(w))) for w, lab in out if w not in both)


def fit(data: list[tuple[str, int, str]]) -> dict[str, float]:
    from bilingual.names.foreign_word import features

    counts = (Counter[str](), Counter[str]())
    for word, label, _ in data:
        counts[label].update(features(word))
    vocab = sorted(f for f in set(counts[0]) | set(counts[1]) if counts[0][f] + counts[1][f] >= MIN_COUNT)
    totals = [sum(counts[k][f] for f in vocab) + ALPHA * len(vocab) for k in (0, 1)]
    table = {}
    for f in vocab:
        ratio = math.log((counts[1][f] + ALPHA) / totals[1]) - math.log((counts[0][f] + ALPHA) / totals[0])
        table[f] = round(ratio, 3) + 0.0
    return table


def scores(table: dict[str, float], data: list[tuple[str, int, str]]) -> list[tuple[float, int, str]]:
    from bilingual.names.foreign_word import foreign_word_score

    return [(foreign_word_score(w, table), lab, w) for w, lab, _ in data]


def balanced(scored: list[tuple[float, int, str]], threshold: float) -> float:
    pos = [s for s, lab, _ in scored if lab == 1]
    neg = [s for s, lab, _ in scored if lab == 0]
    return (sum(s >= threshold for s in pos) / len(pos) + sum(s < threshold for s in neg) / len(neg)) / 2


def choose_threshold(scored: list[tuple[float, int, str]]) -> float:
    candidates = [k / 100 for k in range(-100, 101)]
    return max(candidates, key=lambda t: (round(balanced(scored, t), 6), -abs(t)))


def build() -> tuple[str, dict[str, float], float, list[tuple[str, int, str]]]:
    data = words()
    train = [d for d in data if d[2] == "train"]
    tune = [d for d in data if d[2] == "tune"]
    threshold = choose_threshold(scores(fit(train), tune))
    table = fit(train + tune)
    n = Counter((lab, part) for _, lab, part in data)
    lines = ["# How much a Hangul word looks transcribed from a foreign language (bilingual/names/foreign_word.py):",
             "# the log ratio (foreign over Korean) of each n-gram; a word's score is their mean.",
             "# Written by training/train_foreign_word_model.py (naive Bayes, add-one, n-grams seen twice or more) "
             f"from {n[(1, 'train')] + n[(1, 'tune')]} foreign",
             f"# and {n[(0, 'train')] + n[(0, 'tune')]} Korean words (train and tune parts); threshold by balanced "
             "accuracy on the tune part.",
             "# Data: \"GeoNames, geonames.org (CC BY 4.0)\"; \"Unicode CLDR (Unicode License v3)\"; "
             "\"kpopnet.json (CC0)\";",
             "#       Korean-English News v1 / JHE dev (jungyeul/korean-parallel-corpora, CC BY-SA 3.0). Do not "
             "edit: rerun the script.",
             f"__threshold__\t{threshold:.2f}"]
    lines += [f"{f}\t{w:.3f}" for f, w in sorted(table.items())]
    return "\n".join(lines) + "\n", table, threshold, data


def report(table: dict[str, float], threshold: float, data: list[tuple[str, int, str]]) -> None:
    from training.name_data import load

    test = [d for d in data if d[2] == "test"]
    scored = scores(table, test)
    pos = [s for s, lab, _ in scored if lab == 1]
    neg = [s for s, lab, _ in scored if lab == 0]
    print(f"test part: {len(pos)} foreign words, {len(neg)} Korean words; threshold {threshold:.2f}")
    print(f"foreign read as foreign: {sum(s >= threshold for s in pos)}/{len(pos)} = "
          f"{sum(s >= threshold for s in pos) / len(pos):.1%}")
    print(f"Korean read as Korean: {sum(s < threshold for s in neg)}/{len(neg)} = "
          f"{sum(s < threshold for s in neg) / len(neg):.1%}")
    print(f"balanced accuracy: {balanced(scored, threshold):.1%}")
    kinds = {}
    for pair in load(corpus=True):
        for word in pair.hangul.split():
            kinds.setdefault(word, pair.kind)
    by_kind: dict[str, list[int]] = {}
    for s, lab, w in scored:
        kind = kinds.get(w, "corpus_noun")
        hit = (s >= threshold) == (lab == 1)
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][0] += hit
        by_kind[kind][1] += 1
    for kind, (right, total) in sorted(by_kind.items()):
        print(f"  {kind}: {right}/{total} = {right / total:.1%} right")
    wrong = sorted((w for s, lab, w in scored if (s >= threshold) != (lab == 1)))
    print("wrong (first 60):", " ".join(wrong[:60]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", action="store_true", help="print the figures on the test part")
    args = parser.parse_args()
    text, table, threshold, data = build()
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(table)} n-grams, threshold {threshold:.2f})")
    if args.report:
        report(table, threshold, data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
