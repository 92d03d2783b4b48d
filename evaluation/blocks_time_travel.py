"""Does a learned layer over the page-label rules generalize better than the rules? Measured by "time travel".

For each set of page fragments by a writer who read no code (c, d, e, f; ``evaluation/blocks_eval.py``'s
``SESSIONS``), the rules are taken as they were just before that set was first run (an export of ``bilingual/`` at
that commit, from git: ``training/train_block_labels.py``'s ``FIRST_RUN``), and a learned layer
(:mod:`bilingual.page.label_layer`) is trained **only on the sets written before it** and the gold pages of
``fixtures/blocks/``. Every choice (which rules' labels the training lines carry, the penalty ``C``, the least
probability at which the layer overrides a rule) is made by leave-one-set-out cross-validation on the earlier sets
only, each held-out set labelled by its own first-run rules; the set itself is scored once, at the end.

Run from the repository root (needs git history and the ``training`` extra for scikit-learn)::

    python evaluation/blocks_time_travel.py            # the time-travel table (sets c-f scored), about 6 minutes
    python evaluation/blocks_time_travel.py --cv-only  # only the cross-validation before set c (sets up to b)
    python evaluation/blocks_time_travel.py --cv-all   # the cross-validation over all sets (the shipped C, threshold;
                                                       # then the shipped choices with both passes, as shipped)
    python evaluation/blocks_time_travel.py --cv-tree  # the same CV: the logistic regression against a boosted tree
    python evaluation/blocks_time_travel.py --shipped  # sets d-l with the shipped C, threshold and guard (no CV),
                                                       # the first pass alone and with the second pass
    python evaluation/blocks_time_travel.py --shipped --score-gold 4637afc  # trained on this gold, scored against
                                                       # the fragments' gold before labels13's relabelling
    python evaluation/blocks_time_travel.py --shipped --sets k,l,m --rules current  # sets k, l, m labelled by this
                                                       # checkout's rules (a rule's change under time travel)
    python evaluation/blocks_time_travel.py --shipped --sets k,l,m,n --rules current --dump lines.tsv  # and every
                                                       # scored line with its labels, to compare two runs

``--shipped`` is the measure the labels10 branch tuned on (docs/blocks.md): for each target from set d on, a layer
with the shipped choices (``train_block_labels.C``, ``label_layer.THRESHOLD``, ``label_layer.KEEP_UNSEEN_RULES``)
trained on the sets before it, and the mean of the targets' shares of lines right; labels11 added the second pass's
column; labels12 added to ``--cv-all`` a leave-one-set-out score of what ships (both passes, the shipped choices;
:func:`cv_shipped`), while its grid and the other modes score the first pass alone.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilingual.document import BLOCK_LABELS  # noqa: E402
from bilingual.page.label_layer import Model, probabilities  # noqa: E402
from training.train_block_labels import (  # noqa: E402
    CURRENT,
    FIRST_RUN,
    ORDER,
    WORK,
    Example,
    Labelled,
    Page,
    examples,
    fit,
    pages,
    rules_at,
    training_set,
)

TARGETS = ("sixteenth-c", "seventeenth-d", "eighteenth-e", "eighteenth-f", "nineteenth-g", "nineteenth-h",
           "nineteenth-i", "twenty-first-j", "twenty-second-k", "twenty-third-l", "twenty-fourth-m",
           "twenty-fifth-n", "twenty-seventh-o", "twenty-eighth-p",
           "twenty-ninth-q", "thirtieth-r", "thirty-first-s", "thirty-second-t",
           "thirty-third-u", "thirty-fourth-v", "thirty-fifth-w",
           "thirty-sixth-x", "thirty-seventh-y", "thirty-eighth-z", "thirty-ninth-aa",
           "forty-third-ab", "forty-fourth-ac", "forty-fifth-ad", "forty-sixth-ae",
           "forty-seventh-af", "forty-seventh-ag", "forty-eighth-ai",
           "fifty-first-aj")
RECORDED = {"sixteenth-c": 79.0, "seventeenth-d": 78.7, "eighteenth-e": 72.5, "eighteenth-f": 78.3,
            "nineteenth-g": 83.5, "nineteenth-h": 85.4, "nineteenth-i": 80.9, "twenty-first-j": 84.3,
            "twenty-second-k": 71.7, "twenty-third-l": 70.4, "twenty-fourth-m": 66.6,
            "twenty-fifth-n": 73.1, "twenty-seventh-o": 74.3, "twenty-eighth-p": 75.4,
            "twenty-ninth-q": 84.3, "thirtieth-r": 79.9, "thirty-first-s": 80.4,
            "thirty-second-t": 83.7, "thirty-third-u": 85.5,
            "thirty-fourth-v": 80.9, "thirty-fifth-w": 85.3,
            "thirty-sixth-x": 86.3, "thirty-seventh-y": 87.2, "thirty-eighth-z": 91.2,
            "thirty-ninth-aa": 87.6, "forty-third-ab": 84.0,
            "forty-fourth-ac": 88.4, "forty-fifth-ad": 84.5,
            "forty-sixth-ae": 85.1, "forty-seventh-af": 88.5,
            "forty-seventh-ag": 89.8, "forty-eighth-ai": 86.0,
            "fifty-first-aj": 74.8}
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = (0.0,  # the layer's most probable label
              0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: the layer never overrides (the rules alone)
GUARDS = (False, True)
"""Whether the layer keeps the label of a rule it has no weight for (one it was never trained on)."""
VARIANTS = ("now", "first-run", "both")
"""Which rules' labels the training lines carry: the rules of the measured set's commit on every earlier set
(``now``: fitted to them, so nearly always right), each earlier set's first-run rules (``first-run``: their errors
are those of rules meeting a new writer), or both copies."""


def right(model: Model, test: Sequence[Example], threshold: float, guard: bool = False) -> int:
    """Lines right; with ``guard``, the layer keeps the label of a rule it has no weight for (never trained on)."""
    n = 0
    for feats, lab, gold in test:
        if guard and feats[0] not in model[0]:  # feats[0] is "rule=NAME"
            n += lab == gold
            continue
        probs = probabilities(model, feats)
        best = max(range(len(probs)), key=probs.__getitem__)
        n += (BLOCK_LABELS[best] if probs[best] >= threshold else lab) == gold
    return n


def cross_validate(earlier: Sequence[str], commit: str, by_group: dict[str, list[Page]],
                   labelled: dict[str, Labelled], variants: Sequence[str] = VARIANTS
                   ) -> dict[tuple[str, float, float, bool], int]:
    """Lines right over the earlier sets, each held out in turn and labelled by its own first-run rules, for every
    (variant, C, threshold, guard)."""
    scores: dict[tuple[str, float, float, bool], int] = {}
    for held in earlier:
        rest = [g for g in earlier if g != held]
        test = examples(by_group[held], labelled[FIRST_RUN[held]])
        for variant in variants:
            train = training_set(variant, rest, commit, by_group, labelled)
            for c in C_GRID:
                model = fit(train, c)
                for t in THRESHOLDS:
                    for guard in GUARDS:
                        key = (variant, c, t, guard)
                        scores[key] = scores.get(key, 0) + right(model, test, t, guard)
    return scores


def print_cv(title: str, cv: dict[tuple[str, float, float, bool], int], n: int,
             variants: Sequence[str]) -> tuple[str, float, float, bool]:
    best = max(cv, key=lambda k: (cv[k], -VARIANTS.index(k[0]), -k[1], k[2], k[3]))
    print(f"## {title}: rules alone {cv[variants[0], C_GRID[0], 1.01, False]}/{n}; lines right by (variant, C, "
          "threshold[, with the guard])")
    for variant in variants:
        for c in C_GRID:
            print(f"  {variant:9s} C={c:<5} " + " ".join(
                f"{t:.2f}:{cv[variant, c, t, False]},{cv[variant, c, t, True]}" for t in THRESHOLDS[:-1]))
    print(f"  chosen: {best} -> {cv[best]}/{n} = {100 * cv[best] / n:.1f} %\n")
    return best


def cv_tree(by_group: dict[str, list[Page]], labelled: dict[str, Labelled]) -> int:
    """Leave-one-set-out over all sets (first-run labels): the shipped regression's C against scikit-learn's
    HistGradientBoostingClassifier on the same binary features (fixed random_state; never shipped)."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    from training.train_block_labels import C

    totals = {"rules": 0, "regression": 0, "tree (depth 3, 200 iterations)": 0}
    n = 0
    for held in ORDER:
        train = training_set("first-run", [g for g in ORDER if g != held], CURRENT, by_group, labelled)
        test = examples(by_group[held], labelled[FIRST_RUN[held]])
        n += len(test)
        totals["rules"] += sum(lab == gold for _, lab, gold in test)
        totals["regression"] += right(fit(train, C), test, 0.0)
        names = sorted({f for feats, _, _ in train for f in feats})
        index = {f: k for k, f in enumerate(names)}

        def matrix(rows: Sequence[Example], index: dict[str, int] = index, width: int = len(names)) -> np.ndarray:
            x = np.zeros((len(rows), width), dtype=np.float32)
            for r, (feats, _, _) in enumerate(rows):
                for f in feats:
                    if f in index:
                        x[r, index[f]] = 1.0
            return x

        tree = HistGradientBoostingClassifier(max_depth=3, max_iter=200, learning_rate=0.1, random_state=0)
        tree.fit(matrix(train), np.array([gold for _, _, gold in train]))
        predicted = tree.predict(matrix(test))
        totals["tree (depth 3, 200 iterations)"] += sum(p == gold for p, (_, _, gold) in zip(predicted, test,
                                                                                              strict=True))
    for name, r in totals.items():
        print(f"- {name}: {r}/{n} = {100 * r / n:.1f} %")
    return 0


def cv_shipped(by_group: dict[str, list[Page]], labelled: dict[str, Labelled]) -> tuple[int, int, int, int]:
    """Leave-one-set-out over all sets with the shipped choices (``train_block_labels.C``, ``label_layer.THRESHOLD``,
    ``label_layer.KEEP_UNSEEN_RULES``), scoring what ships: each held-out set under its first-run rules, labelled by
    a first table trained on the other sets and the gold pages, alone and with a second table trained on the same
    lines (its first-pass labels out of fold within them, as ``training/train_block_labels.py`` builds it). Returns
    the lines right by the rules, the first pass and both passes, and the lines."""
    from training.train_block_labels import C, layer_labels, page_examples, second_training_set

    rules = first_right = both_right = n = 0
    for held in ORDER:
        rest = [g for g in ORDER if g != held]
        test = page_examples(by_group[held], labelled[FIRST_RUN[held]])
        first = fit(training_set("first-run", rest, CURRENT, by_group, labelled), C)
        second = fit(second_training_set(rest, CURRENT, by_group, labelled, first), C)
        for page in test:
            golds = [gold for _, _, gold in page]
            n += len(page)
            rules += sum(lab == gold for _, lab, gold in page)
            first_right += sum(a == g for a, g in zip(layer_labels(first, None, page), golds, strict=True))
            both_right += sum(a == g for a, g in zip(layer_labels(first, second, page), golds, strict=True))
    return rules, first_right, both_right, n


SHIPPED_TARGETS = TARGETS[1:]
"""The targets of ``--shipped``: sets d-h (set c has too few sets before it to say much)."""


def gold_at(commit: str, by_group: dict[str, list[Page]]) -> dict[str, list[Page]]:
    """The same pages with the fragments' gold labels as ``fixtures/fragments`` held them at ``commit`` (labels13
    relabelled data lines: a layer trained on one gold can be scored against the other). The lines must be the same."""
    import dataclasses

    out: dict[str, list[Page]] = {}
    for group, group_pages in by_group.items():
        out[group] = []
        for page in group_pages:
            if group != "pages":
                text = subprocess.run(["git", "show", f"{commit}:fixtures/fragments/{page.name}.tsv"], cwd=ROOT,
                                      check=True, capture_output=True, text=True).stdout
                rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
                if [r[2] for r in rows] != page.text.split("\n"):
                    raise SystemExit(f"{page.name}: its lines differ at {commit}")
                page = dataclasses.replace(page, gold=tuple(r[1] for r in rows))
            out[group].append(page)
    return out


def shipped(by_group: dict[str, list[Page]], labelled: dict[str, Labelled],
            scored: dict[str, list[Page]] | None = None, rules: str | None = None,
            targets: Sequence[str] = SHIPPED_TARGETS, train: str = "first-run", dump: Path | None = None) -> int:
    """Each target of :data:`SHIPPED_TARGETS` under its first-run rules, with a layer of the shipped choices trained
    on the sets before it: its first pass alone, and with the second pass (a second table trained on the same sets,
    each line with the labels a first table trained without its set gave its page); the means over the targets.
    ``scored``: the pages whose gold the targets are scored against (default ``by_group``, the training gold).
    ``rules``: a commit (or :data:`CURRENT`) whose rules label the targets and the gold pages instead of each target's
    first-run rules (the earlier sets keep theirs): what a change of the rules does to a set under time travel.
    ``targets``: the sets scored (default :data:`SHIPPED_TARGETS`). ``train``: which rules label the earlier sets'
    lines for the layer (``training_set``'s variants: ``first-run`` as shipped, ``now`` the rules of ``rules``,
    ``both``). ``dump``: a file to write every scored line to (target, page, line, gold, rules', first and second
    pass's labels, tab-separated), so two runs can be compared line by line."""
    from bilingual.page.label_layer import KEEP_UNSEEN_RULES, THRESHOLD
    from training.train_block_labels import C, layer_labels, page_examples, second_training_set

    print(f"Shipped choices: C={C}, threshold {THRESHOLD}, unseen rules keep their label: {KEEP_UNSEEN_RULES}\n")
    print("| set | rules alone | rules + layer (first pass) | rules + layer (second pass) |\n|---|---|---|---|")
    shares: dict[str, list[float]] = {"first pass": [], "second pass": []}
    totals = dict.fromkeys(shares, 0)
    rows: list[str] = []
    for target in targets:
        commit = rules or FIRST_RUN[target]
        earlier = ORDER[:ORDER.index(target)]
        test = page_examples((scored or by_group)[target], labelled[commit])
        n = sum(map(len, test))
        r = sum(lab == gold for page in test for _, lab, gold in page)
        first = fit(training_set(train, earlier, commit, by_group, labelled), C)
        second = fit(second_training_set(earlier, commit, by_group, labelled, first, C, train), C)
        cells = []
        for kind, table in (("first pass", None), ("second pass", second)):
            k = sum(label == gold for page in test
                    for label, (_, _, gold) in zip(layer_labels(first, table, page), page, strict=True))
            shares[kind].append(k / n)
            totals[kind] += k
            cells.append(f"{k}/{n} = {100 * k / n:.1f} %")
        print(f"| {target} | {r}/{n} = {100 * r / n:.1f} % | " + " | ".join(cells) + " |")
        if dump is not None:
            for source, page in zip((scored or by_group)[target], test, strict=True):
                once, both = layer_labels(first, None, page), layer_labels(first, second, page)
                rows += [f"{target}\t{source.name}\t{i}\t{gold}\t{lab}\t{a}\t{b}"
                         for i, ((_, lab, gold), a, b) in enumerate(zip(page, once, both, strict=True))]
    if dump is not None:
        dump.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    for kind, values in shares.items():
        print(f"\nmean over the targets, {kind}: {100 * sum(values) / len(values):.2f} % ({totals[kind]} lines right)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=WORK, help="where the exports of old commits are kept")
    parser.add_argument("--cv-only", action="store_true", help="only the cross-validation of the sets before c")
    parser.add_argument("--cv-all", action="store_true", help="the cross-validation over all sets (first-run only)")
    parser.add_argument("--cv-tree", action="store_true", help="the CV over all sets: regression against a tree")
    parser.add_argument("--shipped", action="store_true", help="sets d-h with the shipped C, threshold and guard")
    parser.add_argument("--score-gold", metavar="COMMIT", help="with --shipped: train on this checkout's gold, score "
                        "against the fragments' gold at COMMIT (e.g. 4637afc, before labels13's relabelling)")
    parser.add_argument("--rules", metavar="COMMIT", help="with --shipped: label the targets and the gold pages by the "
                        "rules of COMMIT ('current': this checkout's) instead of each target's first-run rules")
    parser.add_argument("--sets", metavar="X,Y", help="with --shipped: only these sets (letters: k,l,m)")
    parser.add_argument("--train", choices=VARIANTS, default="first-run", help="with --shipped: the earlier sets' "
                        "lines labelled by their first-run rules (as shipped), by --rules' ('now'), or both")
    parser.add_argument("--dump", metavar="FILE", type=Path, help="with --shipped: write every scored line and its "
                        "labels to FILE (tab-separated), to compare two runs line by line")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    all_pages = pages()
    by_group: dict[str, list[Page]] = {}
    for p in all_pages:
        by_group.setdefault(p.group, []).append(p)
    commits = {*FIRST_RUN.values(), CURRENT, *([args.rules] if args.rules else [])}
    labelled = {commit: rules_at(commit, all_pages, args.work) for commit in sorted(commits)}

    print("First runs reproduced (each set under the rules of its first run, today's gold):\n")
    for g in ORDER:
        ex = examples(by_group[g], labelled[FIRST_RUN[g]])
        r = sum(lab == gold for _, lab, gold in ex)
        print(f"- {g} at {FIRST_RUN[g]}: {r}/{len(ex)} = {100 * r / len(ex):.1f} %")
    print()
    if args.cv_tree:
        return cv_tree(by_group, labelled)
    if args.shipped:
        targets = [t for t in SHIPPED_TARGETS if not args.sets or t.split("-")[-1] in args.sets.split(",")]
        return shipped(by_group, labelled, gold_at(args.score_gold, by_group) if args.score_gold else None,
                       args.rules, targets, args.train, args.dump)
    if args.cv_all:
        n = sum(len(by_group[g]) and len(examples(by_group[g], labelled[FIRST_RUN[g]])) for g in ORDER)
        print_cv("all sets, the gold pages by this checkout's rules (the first pass alone)",
                 cross_validate(ORDER, CURRENT, by_group, labelled, ("first-run",)), n, ("first-run",))
        rules, first, both, n = cv_shipped(by_group, labelled)
        print("## all sets, the shipped choices, scoring what ships (the first pass, then both passes)")
        print(f"  rules alone {rules}/{n} = {100 * rules / n:.1f} %; first pass {first}/{n} = {100 * first / n:.1f} %; "
              f"both passes {both}/{n} = {100 * both / n:.1f} %")
        return 0
    rows = []
    for target in TARGETS[:1] if args.cv_only else TARGETS:
        commit = FIRST_RUN[target]
        earlier = ORDER[:ORDER.index(target)]
        n_cv = sum(len(examples(by_group[g], labelled[FIRST_RUN[g]])) for g in earlier)
        best = print_cv(f"before {target} (rules at {commit}), over {', '.join(earlier)}",
                        cross_validate(earlier, commit, by_group, labelled), n_cv, VARIANTS)
        if args.cv_only:
            continue
        test = examples(by_group[target], labelled[commit])
        rules_right = sum(lab == gold for _, lab, gold in test)
        variant, c, t, guard = best
        fixed = {v: right(fit(training_set(v, earlier, commit, by_group, labelled), c), test, t, guard)
                 for v in VARIANTS}
        rows.append((target, commit, rules_right, len(test), fixed[variant], best, fixed))
    if rows:
        print("| set | rules at | rules alone (first run) | rules + layer (CV's choice) | CV's choice | "
              + " | ".join(f"layer, {v} (same C, threshold)" for v in VARIANTS) + " |")
        print("|---|---|---|---|---|" + "---|" * len(VARIANTS))
        for target, commit, r, n, chosen, best, fixed in rows:
            print(f"| {target} | {commit} | {r}/{n} = {100 * r / n:.1f} % (recorded {RECORDED[target]} %) | "
                  f"{chosen}/{n} = {100 * chosen / n:.1f} % | {best[0]}, C={best[1]}, p≥{best[2]}, guard {best[3]} | "
                  + " | ".join(f"{fixed[v]}/{n} = {100 * fixed[v] / n:.1f} %" for v in VARIANTS) + " |")
        tr, tc, tn = sum(r[2] for r in rows), sum(r[4] for r in rows), sum(r[3] for r in rows)
        print(f"| all | | {tr}/{tn} = {100 * tr / tn:.1f} % | {tc}/{tn} = {100 * tc / tn:.1f} % | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
