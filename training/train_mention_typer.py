"""Fit ``bilingual/data/mention_typer.tsv``, the weights of the learned mention typer (``bilingual/entities/typer.py``).

Run from the repository root: ``python training/train_mention_typer.py [--out PATH]`` (about a minute; needs the
``training`` extra: ``pip install -e ".[training]"`` for scikit-learn). Rerunning writes the same bytes.

Data: the gold mentions of ``fixtures/mentions/typed*.tsv`` (never ``/work/heldout*``), but only the tune half of
the files of ``SPLIT_FILES`` (:func:`half`: their report half is measured, never learned from). Each sentence goes
through the pipeline with the learned typer off; every mention it finds that is not linked to the knowledge base is an
example, labelled by the gold mention it overlaps most (person, org, place, other), or ``other`` when it overlaps
none (a capitalized word of no kind). The features are :func:`bilingual.entities.typer.features`. Every mention not
linked to the KB is learned from, not only those the rules leave ``other`` (the ones the typer reads at run time):
the names the rules type show what is around persons, organizations and places. Chosen on the leave-one-file-out
cross-validation with the held-out file's names left out of training (``evaluation/mention_types_eval.py --cv-files
--cv-disjoint``; docs/log/kb.md, "typer14 branch"): the name's own letters (``typer.LETTERS``) and a model of the
``other`` mentions alone (``TRAIN_ON = "other"``, 123 examples) gained nothing there.

Model: scikit-learn's multinomial ``LogisticRegression`` (lbfgs, L2, ``C``), binary features, fixed order of
examples and features, so the fit is deterministic; weights written to 4 decimals, features whose weights all round
to 0 left out, rows sorted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bilingual" / "data" / "mention_typer.tsv"
FIXTURES = ROOT / "fixtures" / "mentions"
C = 0.5
"""The inverse of the L2 penalty (chosen on the cross-validation over files)."""
MIN_COUNT = 2
"""A feature seen in fewer examples is left out (a name's own letters learned once say nothing of another name)."""
TRAIN_ON = "unlinked"
"""Which found mentions are examples: ``unlinked`` (every mention not linked to the KB) or ``other`` (only those
the rules leave ``other`` for want of evidence)."""

HALF_SEED = 23
"""The seed of the split of a file's sentences into a tune half and a report half (:func:`half`)."""
SPLIT_FILES = frozenset({"typed_heldout22", "typed_heldout23", "typed_heldout24", "typed_heldout25",
                         "typed_heldout26", "typed_heldout27", "typed_heldout28",
                         "typed_heldout29", "typed_heldout30", "typed_heldout31",
                         "typed_heldout32", "typed_heldout33",
                         "typed_heldout34", "typed_heldout35",
                         "typed_heldout36", "typed_heldout37", "typed_heldout38",
                         "typed_heldout39", "typed_heldout40", "typed_heldout41",
                         "typed_heldout42", "typed_heldout43",
                         "typed_heldout45", "typed_heldout46", "typed_heldout47",
                         "typed_heldout48"})
"""Gold files split by sentence into a tune half and a report half: their report half is never trained on (the
typer's table is fitted on their tune half and the other files), so that ``evaluation/mention_types_eval.py --half
report`` measures it as unseen (docs/log/kb.md, "mentions23 branch")."""

sys.path.insert(0, str(Path(__file__).resolve().parent))  # linear_fit, beside this script


@dataclass(frozen=True)
class Example:
    file: str
    sentence: int
    start: int
    end: int
    features: tuple[str, ...]
    label: str
    retypable: bool
    name: str = ""
    tune: bool = True
    """Whether the sentence may be learned from (not in the report half of a file of :data:`SPLIT_FILES`)."""


def gold_files() -> list[Path]:
    """The gold files of typed mentions, in name order (``seed_people.tsv`` is a KB, not a gold file)."""
    return sorted(FIXTURES.glob("typed*.tsv"))


def gold_rows(path: Path) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sentence, mention, kind = line.split("\t")
            out.setdefault(sentence, []).append((mention, kind))
    return out


def half(path: Path, which: str) -> list[str]:
    """The sentences of the tune half (``which="tune"``, the first half, rounded up) or of the report half
    (``"report"``) of a gold file: its sentences in file order, shuffled by ``random.Random(HALF_SEED)``, cut in two.
    A sentence and all its mentions go to one half."""
    import random

    if which not in ("tune", "report"):
        raise ValueError(f"half must be 'tune' or 'report', not {which!r}")
    sentences = list(gold_rows(path))
    random.Random(HALF_SEED).shuffle(sentences)
    cut = (len(sentences) + 1) // 2
    chosen = set(sentences[:cut] if which == "tune" else sentences[cut:])
    return [s for s in gold_rows(path) if s in chosen]


def training_rows(path: Path) -> dict[str, list[tuple[str, str]]]:
    """The gold rows of a file that the typer may learn from: all of them, or the tune half of a file of
    :data:`SPLIT_FILES`."""
    rows = gold_rows(path)
    if path.stem not in SPLIT_FILES:
        return rows
    return {s: rows[s] for s in half(path, "tune")}


def gold_spans(sentence: str, rows: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """The gold mentions of a sentence as spans, found left to right as the evaluation finds them."""
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for mention, kind in rows:
        start = sentence.index(mention, cursor if sentence.find(mention, cursor) >= 0 else 0)
        spans.append((start, start + len(mention), kind))
        cursor = start + len(mention)
    return spans


def label(start: int, end: int, spans: list[tuple[int, int, str]]) -> str:
    """The type of the gold mention that overlaps ``start:end`` most, ``other`` when none does."""
    best, size = "other", 0
    for s, e, kind in spans:
        overlap = min(end, e) - max(start, s)
        if overlap > size:
            best, size = kind, overlap
    return best


def found_mentions(path: Path, whole: bool = False) -> list[tuple[str, list[object]]]:
    """Each sentence of a gold file (those it may learn from, or with ``whole`` all of them) and the mentions the
    pipeline finds in it with the learned typer off (the bundled KB)."""
    import bilingual
    from bilingual.config import Config, MentionConfig

    config = Config(mentions=MentionConfig(learned_typer=False))
    sentences = gold_rows(path) if whole else training_rows(path)
    return [(sentence, list(bilingual.process(sentence, config=config).mentions)) for sentence in sentences]


def examples(path: Path, found: list[tuple[str, list[object]]] | None = None) -> list[Example]:
    """The examples of one gold file (see the module's docstring)."""
    from bilingual.document import Mention
    from bilingual.entities.typer import features, retypable

    rows, learnable = gold_rows(path), training_rows(path)
    out: list[Example] = []
    for k, (sentence, mentions) in enumerate(found if found is not None else found_mentions(path)):
        spans = gold_spans(sentence, rows[sentence])
        for m in mentions:
            assert isinstance(m, Mention)
            if m.entity_id is not None or m.candidates:
                continue
            out.append(Example(path.stem, k, m.start, m.end, tuple(features(sentence, m.start, m.end)),
                               label(m.start, m.end, spans), retypable(m), m.text, sentence in learnable))
    return out


def fit(train: list[Example], c: float = C, train_on: str = TRAIN_ON) -> tuple[dict[str, tuple[float, ...]],
                                                                              tuple[float, ...]]:
    """Weights for the typer from these examples (rounded as the shipped table is)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    from bilingual.entities.typer import CLASSES

    chosen = [e for e in train if train_on == "unlinked" or e.retypable]
    seen = Counter(f for e in chosen for f in e.features)
    names = sorted(f for f, n in seen.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(names)}
    rows, cols = [], []
    for r, e in enumerate(chosen):
        for f in e.features:
            if f not in index:
                continue
            rows.append(r)
            cols.append(index[f])
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(chosen), len(names)))
    y = np.array([CLASSES.index(e.label) for e in chosen])  # type: ignore[arg-type]
    from linear_fit import fit_table  # this folder is on the path (above)

    return fit_table(x, y, len(CLASSES), names, c, max_iter=1000)


def write(model: tuple[dict[str, tuple[float, ...]], tuple[float, ...]], n: int) -> str:
    """The table as the shipped file's text."""
    from bilingual.entities.typer import CLASSES

    table, bias = model
    lines = ["# The learned mention typer's weights (bilingual/entities/typer.py): one row per feature, a weight per "
             "class.",
             f"# Written by training/train_mention_typer.py (scikit-learn LogisticRegression, C={C}, trained on "
             f"{TRAIN_ON} mentions) from {n} examples",
             "# of fixtures/mentions/typed*.tsv (the project's own gold files). Do not edit: rerun the script.",
             "\t".join(("__classes__", *CLASSES)),
             "\t".join(("__bias__", *(f"{w:.4f}" for w in bias)))]
    lines += ["\t".join((f, *(f"{w:.4f}" for w in table[f]))) for f in sorted(table)]
    return "\n".join(lines) + "\n"


def build() -> str:
    """The shipped table's text, from every gold file."""
    train = [e for path in gold_files() for e in examples(path) if e.tune]
    chosen = [e for e in train if TRAIN_ON == "unlinked" or e.retypable]
    return write(fit(train), len(chosen))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    text = build()
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 5} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
