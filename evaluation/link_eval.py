"""Linking Korean people's names across scripts: ours beside plain fuzzy matching (anyascii + rapidfuzz).

People: the Korean full names of ``training/name_data.py`` — the real spellings in
``fixtures/names/romanized_names.tsv`` (public figures) and ``../shared/names-dev/people_kpop.tsv`` — reported on
the held-out **test** part (never learned from, never tuned on) and, separately, the tune part. Each KB holds the
people and, for each, a distractor whose name differs in the last syllable (as 조태용 differs from 조태열):

- ``hangul``: Hangul names only; queries are the real Latin spellings;
- ``english``: Latin names only, in RR house style (``romanize_name(style="rr")``, so the query spellings differ);
  queries are the real spellings;
- ``hangul → english``: Latin names only, each person under one real spelling of theirs (the distractor under its
  common spelling); queries are the Hangul names.

Targets (test part): hangul ≥ 95 % correct and ≤ 1 % wrong; english ≥ 95 % and at least 3 points above the fuzzy
baseline; hangul → english ≥ 90 %. Run: ``python evaluation/link_eval.py [--seeds 0 1 2]``; exits 1 when a target is
missed. The seeds choose the distractors' last syllables (seed 0: the first of ``SWAP`` that fits, as before seeds
existed); every real spelling of the part is a query under every seed.

Cross-validation, ``--cv 5``: the train and test parts' rows are cut into K folds by a hash of the Hangul key (no
name crosses folds; fixed seed ``CV_SEED``); for each fold the spelling model is retrained by
``training/train_name_model.train_model`` on every train and test row outside the fold (the tune part stays the
calibration's), written to a temporary table and used to link the fold's people exactly as the test part is (the
three KBs, the baseline, wrong links, the person-not-in-the-KB line). The table sums the folds: about 800
spellings, none seen by the model that links it (the KB's retrieval and acceptance rules were written while looking
at the train part, so it is blind to the model, not to those rules). It then prints the same folds' queries split by
the part their people came from (the KBs unchanged): the train part's people, and the test part's, for whom it is
blind to the rules too. About 40 s of CPU a fold.

Development options, which never print the test part: ``--diagnose train tune`` prints every miss with its cause
(no candidate, retrieved or not; below the acceptance score; a fit across scripts that is only ``possible``; a close
candidate without evidence; an evidence lead below the margin; a wrong link) and the top three candidates, and how
many links (right ones, and those made when the person is not in the KB) rest on a ``possible`` fit;
``--sweep-margin 0.5 1 1.5`` prints the train and tune figures for each evidence margin of
``bilingual.entities.kb.accept``; ``--cv-train 5`` cross-validates the train part alone (the test part neither
trains a fold's model nor is queried): about 630 spellings linked by models that never saw them, to choose a
change of the spelling model on more than the tune part's 90 (it is blind to the model, not to the KB's rules);
with ``--diagnose-cv`` it prints every fold's misses as ``--diagnose`` does, and their causes summed (sim10 branch).
Each diagnosed miss shows the gold's own fit too (``name_similarity`` of the query and the gold's names).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bilingual.entities.acceptance as acceptance  # noqa: E402
from bilingual.entities.acceptance import MARGIN, MIN_ACCEPT, Link  # noqa: E402
from bilingual.entities.kb import KnowledgeBase  # noqa: E402
from bilingual.names.hangul import compose, decompose  # noqa: E402
from bilingual.names.keys import korean_surname  # noqa: E402
from bilingual.names.romanized import romanize_name  # noqa: E402
from bilingual.names.titles import strip_titles  # noqa: E402
from training.name_data import Pair, key, load  # noqa: E402

SWAP = "영용수호진우민재"  # common name syllables used to make distractors


def distractor(hangul: str, people: set[str], seed: int = 0) -> str:
    """A name differing from ``hangul`` in its last syllable, and not the name of anyone in the set
    (이재명's distractor must not be 이재용, who is in the set in his own right). Seed 0 tries the syllables of
    ``SWAP`` in order; another seed in an order of its own for each person."""
    swap = list(SWAP)
    if seed:
        random.Random(f"{seed}:{hangul}").shuffle(swap)
    for syllable in swap:
        name = hangul[:-1] + syllable
        if syllable != hangul[-1] and decompose(syllable)[1:] != decompose(hangul[-1])[1:] and name not in people:
            return name
    return hangul[:-1] + compose("ㅇ", "ㅣ")


def spellings(part: str, pairs: list[Pair] | None = None) -> dict[str, list[str]]:
    """Korean full names of one part and their real spellings (of ``pairs``, by default every pair)."""
    out: dict[str, list[str]] = defaultdict(list)
    for pair in load() if pairs is None else pairs:
        name = pair.hangul.replace(" ", "")
        if pair.part == part and pair.kind in ("ko_public_figure", "ko_person_fullname") and \
                korean_surname(name) is not None and 2 <= len(name) <= 4 and pair.latin not in out[name]:
            out[name].append(pair.latin)
    return dict(out)


def build(kind: str, people: dict[str, list[str]], seed: int = 0, absent: frozenset[str] = frozenset()
          ) -> KnowledgeBase:
    """The KB of one kind: every person and a distractor for each; the people in ``absent`` are left out
    (their distractors stay)."""
    records = []
    for hangul, spelled in people.items():
        other = distractor(hangul, set(people), seed)
        for role, name in (("", hangul), ("distractor-", other)):
            if not role and hangul in absent:
                continue
            record = {"id": role + hangul, "type": "person"}
            if kind == "hangul":
                record["name"] = name
            elif kind == "english":
                record["name"] = romanize_name(name, style="rr")
            else:  # hangul → english: the person under a real spelling, the distractor under its common one
                record["name"] = spelled[0] if not role else romanize_name(name, style="common")
            records.append(record)
    return KnowledgeBase.from_records(records)


def fuzzy_baseline(kb: KnowledgeBase, query: str) -> str | None:
    """rapidfuzz WRatio ≥ 85 over the KB's names, both sides transliterated to ASCII by anyascii."""
    from anyascii import anyascii
    from rapidfuzz import fuzz, process

    choices = {e.id: anyascii(n).lower() for e in kb for n in e.all_names()}
    found = process.extractOne(anyascii(query).lower(), choices, scorer=fuzz.WRatio, score_cutoff=85)
    return None if found is None else found[2]


def _queries(people: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
    return {"hangul": [(s, h) for h, ss in people.items() for s in ss],
            "english": [(s, h) for h, ss in people.items() for s in ss],
            "hangul → english": [(h, h) for h in people]}


def _spread(values: list[tuple[float, float]], i: int) -> str:
    """`` (min–max)`` over the seeds, or nothing for one seed."""
    if len(values) < 2:
        return ""
    return f" ({min(v[i] for v in values):.1%}–{max(v[i] for v in values):.1%})"


Counts = tuple[int, int, int]  # correct, wrong, queries


@dataclass
class Measured:
    """What one KB kind gives on one set of people, summed over folds when there are several: per method, the
    counts of each seed; the links made when the person is not in the KB; our wrong links (examples)."""

    runs: dict[str, list[Counts]] = field(default_factory=dict)
    absent: tuple[int, int] = (0, 0)
    wrong_examples: list[str] = field(default_factory=list)

    def add(self, other: Measured) -> None:
        for method, counts in other.runs.items():
            mine = self.runs.setdefault(method, [(0, 0, 0)] * len(counts))
            self.runs[method] = [(a + x, b + y, c + z) for (a, b, c), (x, y, z) in zip(mine, counts, strict=True)]
        self.absent = (self.absent[0] + other.absent[0], self.absent[1] + other.absent[1])
        self.wrong_examples += other.wrong_examples


METHODS = ("bilingual", "anyascii + rapidfuzz WRatio ≥ 85")


def measure(people: dict[str, list[str]], seeds: list[int], only: frozenset[str] | None = None,
            absent: bool = True) -> dict[str, Measured]:
    """Link every real spelling of ``people`` (and each Hangul name) in the three KBs, under each seed; with
    ``only``, only the queries of those people (the KBs still hold everyone); ``absent=False`` skips the
    person-not-in-the-KB runs."""
    out: dict[str, Measured] = {}
    for kind, items in _queries(people).items():
        if only is not None:
            items = [(q, h) for q, h in items if h in only]
        m = out[kind] = Measured({method: [] for method in METHODS})
        for seed in seeds:
            kb = build(kind, people, seed)
            for method in METHODS:
                correct = wrong = 0
                for query, hangul in items:
                    if method == "bilingual":
                        link = kb.link(query)
                        got = None if link is None else link.entity_id
                    else:
                        got = fuzzy_baseline(kb, query)
                    if got == hangul:
                        correct += 1
                    elif got is not None:
                        wrong += 1
                        if method == "bilingual":
                            m.wrong_examples.append(f"{query} -> {got} (seed {seed})")
                m.runs[method].append((correct, wrong, len(items)))
        if absent:
            links = [absent_links(kind, people, seed) for seed in seeds]
            m.absent = (sum(a for a, _ in links), sum(t for _, t in links))
    return out


def report(measured: dict[str, Measured], seeds: list[int]) -> bool:
    """Print the table (figures: the mean over the seeds; with several seeds, min–max after it); whether every
    target is met."""
    print("| KB | queries | method | correct | wrong | abstained |\n|---|---|---|---|---|---|")
    ok = True
    for kind, m in measured.items():
        scores = {}
        for method, counts in m.runs.items():
            values = [(c / max(1, n), w / max(1, n)) for c, w, n in counts]
            c = sum(v[0] for v in values) / len(values)
            w = sum(v[1] for v in values) / len(values)
            scores[method] = (c, w)
            print(f"| {kind} | {counts[0][2]}{f' × {len(values)} seeds' if len(values) > 1 else ''} | {method} | "
                  f"{c:.1%}{_spread(values, 0)} | {w:.1%}{_spread(values, 1)} | {1 - c - w:.1%} |")
            if method == "bilingual" and m.wrong_examples:
                print(f"    wrong: {m.wrong_examples[:8]}")
        linked, total = m.absent
        if total:
            print(f"    person not in the KB (each half of the people left out in turn): linked to someone else "
                  f"{linked} of {total} queries ({linked / max(1, total):.1%})")
        ours, (base, _) = scores["bilingual"], scores[METHODS[1]]
        target = target_met(kind, ours, base)
        ok &= target
        print(f"    target {'met' if target else 'NOT met'}")
    print()
    return ok


TOLERANCE = 1e-9  # a mean of fractions over seeds carries float error: 171/180 under each of 3 seeds is 0.95, not less


def target_met(kind: str, ours: tuple[float, float], base: float) -> bool:
    """Whether our (correct, wrong) rates on one KB meet the issue's target for it (the fuzzy baseline's correct
    rate ``base`` for the English-only KB), up to :data:`TOLERANCE`."""
    correct, wrong = ours
    return {"hangul": correct >= 0.95 - TOLERANCE and wrong <= 0.01 + TOLERANCE,
            "english": correct >= 0.95 - TOLERANCE and correct >= base + 0.03 - TOLERANCE,
            "hangul → english": correct >= 0.90 - TOLERANCE}[kind]


def evaluate(part: str, seeds: list[int]) -> bool:
    """Print the table of one part, over the seeds."""
    people = spellings(part)
    print(f"**{part} part**: {sum(len(v) for v in people.values())} spellings of {len(people)} people; "
          f"each KB also holds {len(people)} distractors; distractor seeds {seeds}\n")
    return report(measure(people, seeds), seeds)


CV_SEED = "bilingual-link-cv"


def fold_of(hangul: str, folds: int) -> int:
    """The cross-validation fold of a name: a hash of its Hangul key (spaces removed, NFC), as the parts are cut,
    so every spelling of a name is in one fold."""
    return int(hashlib.sha256(f"{CV_SEED}:{key(hangul)}".encode()).hexdigest()[:8], 16) % folds


def cross_validate(folds: int, seeds: list[int], parts: tuple[str, ...] = ("train", "test"),
                   pairs: list[Pair] | None = None, diagnose_misses: bool = False) -> bool:
    """K-fold cross-validation over the train and test parts: for each fold the spelling model is retrained by
    ``training/train_name_model.train_model`` on every train and test row outside the fold (the tune part stays
    the calibration's, as in the shipped model), written to a temporary table and put in use; the fold's people
    are then linked as the test part is. Prints the table summed over the folds (every spelling once a query,
    never seen by the model that links it) and the cost of each fold. ``parts=("train",)`` (``--cv-train``, a
    development option, for choosing a change of the model on the train part) cuts the train part alone into folds
    and leaves the test part out of training and of the queries. ``pairs``: the name pairs (default: all of
    ``training.name_data.load()``; a test passes a few). ``diagnose_misses``
    (``--cv-train K --diagnose-cv``): every fold's misses printed with their causes, as ``--diagnose`` prints them,
    and summed at the end."""
    from dataclasses import replace

    from bilingual.names.similarity import Model, use_model
    from training.train_name_model import train_model

    pairs = load() if pairs is None else pairs
    origin = {p.hangul.replace(" ", ""): p.part for p in pairs}
    total: dict[str, Measured] = {}
    by_origin: dict[str, dict[str, Measured]] = {part: {} for part in parts}
    spelled = people = 0
    causes: dict[tuple[str, str], int] = defaultdict(int)
    print(f"**cross-validation, {folds} folds of the {' and '.join(parts)} part{'s' if len(parts) > 1 else ''}** "
          f"(by a hash of the Hangul; the tune part calibrates every fold's model); distractor seeds {seeds}\n")
    print("| fold | training rows | spellings | people | training (s) | linking (s) |\n|---|---|---|---|---|---|")
    try:
        for fold in range(folds):
            started = time.process_time()
            relabelled = [p if p.part == "tune" else replace(p, part="held out") if p.part not in parts else
                          replace(p, part="test" if fold_of(p.hangul, folds) == fold else "train") for p in pairs]
            with tempfile.TemporaryDirectory() as tmp:
                table = Path(tmp) / f"name_model_fold{fold}.tsv"
                table.write_text(train_model(relabelled, report=False), "utf-8")
                use_model(Model.from_text(table.read_text("utf-8")))
            trained = time.process_time()
            fold_people = spellings("test", relabelled)
            if diagnose_misses:
                for cause, n in diagnose_people(fold_people, seeds, f"cv fold {fold}").items():
                    causes[cause] += n
            measured = measure(fold_people, seeds)
            for kind, m in measured.items():
                total.setdefault(kind, Measured()).add(m)
            for part, mine in by_origin.items() if len(parts) > 1 else ():
                only = frozenset(h for h in fold_people if origin.get(h) == part)
                for kind, m in measure(fold_people, seeds, only=only, absent=False).items():
                    mine.setdefault(kind, Measured()).add(m)
            n = sum(len(v) for v in fold_people.values())
            spelled += n
            people += len(fold_people)
            print(f"| {fold} | {sum(p.part == 'train' for p in relabelled)} | {n} | {len(fold_people)} | "
                  f"{trained - started:.0f} | {time.process_time() - trained:.0f} |", flush=True)
    finally:
        use_model(None)
    print(f"\n**all folds**: {spelled} spellings of {people} people, each linked by a model that never saw it; each "
          f"fold's KBs also hold a distractor a person (CPU seconds above)\n")
    ok = report(total, seeds)
    if diagnose_misses:
        print(summary_of_misses(causes, f"{folds} folds of the {' and '.join(parts)} part"))
    for part, mine in by_origin.items() if len(parts) > 1 else ():
        blind = ("blind to the model only: the retrieval and acceptance rules were written while looking at it"
                 if part == "train" else "blind to the model and to the rules (the test part's people)")
        print(f"**the same folds, only the queries of people from the {part} part** (the KBs unchanged; {blind})\n")
        report(mine, seeds)
    return ok


def halves(people: dict[str, list[str]]) -> tuple[frozenset[str], frozenset[str]]:
    """The people in two halves, alternately in sorted order."""
    names = sorted(people)
    return frozenset(names[0::2]), frozenset(names[1::2])


def absent_links(kind: str, people: dict[str, list[str]], seed: int) -> tuple[int, int]:
    """Queries whose person is not in the KB (each half's queries against a KB without that half's people, with
    every distractor), and how many of them linked to someone: every such link is wrong."""
    linked = total = 0
    for half in halves(people):
        kb = build(kind, people, seed, absent=half)
        for query, gold in _queries(people)[kind]:
            if gold in half:
                total += 1
                link = kb.link(query)
                linked += link is not None and link.entity_id is not None
    return linked, total


def why(kb: KnowledgeBase, query: str, gold: str) -> tuple[str, str]:
    """The category of a miss (an abstention or a wrong link) and the top three candidates, for diagnosis."""
    link = kb.link(query)
    top = "" if link is None else "; ".join(
        f"{c.entity_id} {c.score:.3f} ev={'-' if c.evidence is None else f'{c.evidence:.1f}'} {c.method}"
        for c in link.candidates[:3])
    top += " | gold's own fit: " + _gold_fit(kb, query, gold)
    if link is None:
        retrieved = gold in kb._similar_ids(strip_titles(" ".join(query.split())))
        return ("no candidate: gold retrieved, scored below the floor or different" if retrieved
                else "no candidate: gold not retrieved"), top
    ids = [c.entity_id for c in link.candidates]
    if link.entity_id is not None:
        return ("wrong link" if gold in ids else "wrong link, gold not a candidate"), top
    if gold not in ids:
        return "abstained, gold not a candidate", top
    best = link.candidates[0]
    if "only a possible spelling" in link.reasons[-1]:
        return "abstained: the best fit is only possible (the possible-fit rule of kb.accept)", top
    if best.score < MIN_ACCEPT:
        return "abstained: best score below MIN_ACCEPT", top
    close = [c for c in link.candidates if c.score >= best.score - MARGIN]
    if any(c.evidence is None for c in close):
        return "abstained: a close candidate has no evidence", top
    return "abstained: evidence lead below EVIDENCE_MARGIN", top


def _gold_fit(kb: KnowledgeBase, query: str, gold: str) -> str:
    """How ``query`` fits the gold entity's names by name similarity, whatever the retrieval and the rules."""
    from bilingual.names.similarity import name_similarity

    entity = kb.get(gold)
    if entity is None:
        return "-"
    fits = []
    for name in entity.all_names():
        r = name_similarity(strip_titles(" ".join(query.split())), name)
        fits.append(f"{name} {r.score:.3f} {r.verdict} ev={'-' if r.evidence is None else f'{r.evidence:.1f}'} "
                    f"({'; '.join(r.reasons[2:5])})")
    return "; ".join(fits)


def _possible(link: Link) -> bool:
    """Whether a link was made on a fit name similarity calls only ``possible`` (its reason says so)."""
    return ": possible (" in link.reasons[0]


def diagnose(parts: list[str], seeds: list[int]) -> None:
    """Every miss of ours on the parts (train and tune only), with its category and top candidates."""
    for part in parts:
        totals = diagnose_people(spellings(part), seeds, part)
        print(summary_of_misses(totals, part))


def diagnose_people(people: dict[str, list[str]], seeds: list[int], label: str
                    ) -> dict[tuple[str, str], int]:
    """Every miss on ``people`` (each KB, each seed) printed with its category and top candidates; returns the
    counts by (KB, category), with ``queries``, ``right links on a possible fit``, ``absent: queries``, ``absent:
    linked`` and ``absent: linked on a possible fit`` among them."""
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for kind, items in _queries(people).items():
        for seed in seeds:
            kb = build(kind, people, seed)
            categories: dict[str, int] = defaultdict(int)
            right_possible = 0
            for query, gold in items:
                link = kb.link(query)
                if link is not None and link.entity_id == gold:
                    right_possible += _possible(link)
                    continue
                category, top = why(kb, query, gold)
                categories[category] += 1
                print(f"  [{label} {kind} seed {seed}] {query!r} gold {gold}: {category} | {top}")
            print(f"{label} / {kind} / seed {seed}: {len(items)} queries, misses {dict(categories)}")
            absent = possible = total = 0
            for half in halves(people):
                without = build(kind, people, seed, absent=half)
                for query, gold in items:
                    if gold in half:
                        total += 1
                        link = without.link(query)
                        if link is not None and link.entity_id is not None:
                            absent += 1
                            possible += _possible(link)
            print(f"    right links on a `possible` fit: {right_possible}; person not in the KB: {absent} of "
                  f"{total} linked, {possible} of them on a `possible` fit\n")
            for category, n in categories.items():
                totals[kind, category] += n
            totals[kind, "queries"] += len(items)
            totals[kind, "right links on a possible fit"] += right_possible
            totals[kind, "absent: queries"] += total
            totals[kind, "absent: linked"] += absent
            totals[kind, "absent: linked on a possible fit"] += possible
    return totals


def summary_of_misses(totals: dict[tuple[str, str], int], label: str) -> str:
    """The counts of :func:`diagnose_people` as a table, one row per KB and category, summed over the seeds."""
    lines = [f"**misses by cause, {label}** (summed over the seeds)\n", "| KB | cause | count |", "|---|---|---|"]
    lines += [f"| {kind} | {category} | {n} |" for (kind, category), n in sorted(totals.items())]
    return "\n".join(lines) + "\n"


def sweep_margin(parts: list[str], seeds: list[int], margins: list[float]) -> None:
    """The figures of the train and tune parts for each evidence margin (``acceptance.EVIDENCE_MARGIN``)."""
    print("| part | KB | evidence margin (nats) | queries | correct | wrong | person not in the KB: linked |\n"
          "|---|---|---|---|---|---|---|")
    saved = acceptance.EVIDENCE_MARGIN
    try:
        for part in parts:
            people = spellings(part)
            for kind, items in _queries(people).items():
                kbs = [build(kind, people, seed) for seed in seeds]
                for margin in margins:
                    acceptance.EVIDENCE_MARGIN = margin
                    correct = wrong = 0
                    for kb in kbs:
                        for query, gold in items:
                            link = kb.link(query)
                            got = None if link is None else link.entity_id
                            correct += got == gold
                            wrong += got is not None and got != gold
                    n = max(1, len(items) * len(kbs))
                    absent = [absent_links(kind, people, seed) for seed in seeds]
                    linked, total = sum(a for a, _ in absent), max(1, sum(t for _, t in absent))
                    print(f"| {part} | {kind} | {margin:g} | {n} | {correct} ({correct / n:.1%}) | "
                          f"{wrong} ({wrong / n:.1%}) | {linked} of {total} ({linked / total:.1%}) |")
    finally:
        acceptance.EVIDENCE_MARGIN = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Linking Korean people's names across scripts.")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0],
                        help="distractor seeds (0: the first syllable of SWAP that fits; others: a shuffled order)")
    parser.add_argument("--diagnose", nargs="+", choices=("train", "tune"), metavar="PART",
                        help="print every miss of the train or tune part with its cause (never the test part)")
    parser.add_argument("--sweep-margin", type=float, nargs="+", metavar="NATS",
                        help="print the train and tune figures for each evidence margin (never the test part)")
    parser.add_argument("--parts", nargs="+", choices=("train", "tune", "test"), default=["test", "tune"],
                        help="the parts to print (default: test, then tune; the targets are judged on test)")
    parser.add_argument("--cv", type=int, metavar="K",
                        help="K-fold cross-validation over the train and test parts, the model retrained for each "
                             "fold (about 30 s of CPU a fold); prints only that table")
    parser.add_argument("--cv-train", type=int, metavar="K",
                        help="K-fold cross-validation over the train part only (the test part neither trains nor "
                             "is queried): for choosing model changes; prints only that table")
    parser.add_argument("--diagnose-cv", action="store_true",
                        help="with --cv-train: print every fold's misses with their causes, and their sums")
    parser.add_argument("--model", type=Path, metavar="TSV",
                        help="score with this name model (a table written by training/train_name_model.py --out) "
                             "instead of the shipped one: for experiments on the train and tune parts")
    parser.add_argument("--corpus", nargs="?", const="all", choices=("all", "train"),
                        help="the name pairs of fixtures/names/corpus_names.tsv join training/name_data.load() "
                             "(LEARN_FROM_CORPUS; 'train': only those of the train part): --cv-train retrains with "
                             "them; for experiments")
    parser.add_argument("--no-decorations", action="store_true",
                        help="with --cv or --cv-train: every fold's model is trained without the added-letter rates "
                             "(train_name_model.py --no-decorations: the table before the sim11 branch)")
    parser.add_argument("--unseen-decorations", choices=("any", "not-final"),
                        help="with --cv or --cv-train: every fold's model is trained with a Good–Turing rate for kinds "
                             "of added letter it never saw (train_name_model.py --unseen-decorations; sim12)")
    parser.add_argument("--no-surnames", action="store_true",
                        help="with --cv or --cv-train: every fold's model is trained without the surname table's "
                             "spellings (train_name_model.py --no-surnames: the table before the sim15 branch)")
    parser.add_argument("--alike-vowels", action="store_true",
                        help="with --cv or --cv-train: every fold's model reads a given name's vowel written as "
                             "another that sounds alike is (train_name_model.py --alike-vowels; sim13)")
    args = parser.parse_args(argv)
    if args.alike_vowels:
        import training.train_name_model

        training.train_name_model.ALIKE_VOWELS = True
    if args.no_surnames:
        import training.train_name_model

        training.train_name_model.SURNAMES = False
    if args.no_decorations:
        import training.train_name_model

        training.train_name_model.DECORATIONS = False
    if args.unseen_decorations:
        import training.train_name_model

        training.train_name_model.UNSEEN_DECORATIONS = args.unseen_decorations
    if args.corpus:
        import training.name_data

        training.name_data.LEARN_FROM_CORPUS = True
        if args.corpus == "train":
            training.name_data.CORPUS_PARTS = ("train",)
    if args.model is not None:
        from bilingual.names.similarity import Model, use_model

        use_model(Model.from_text(args.model.read_text("utf-8")))
    if args.cv:
        if args.cv < 2 or args.model is not None:
            parser.error("--cv needs K ≥ 2 and retrains the model itself (no --model)")
        return 0 if cross_validate(args.cv, args.seeds) else 1
    if args.cv_train:
        if args.cv_train < 2 or args.model is not None:
            parser.error("--cv-train needs K ≥ 2 and retrains the model itself (no --model)")
        cross_validate(args.cv_train, args.seeds, parts=("train",), diagnose_misses=args.diagnose_cv)
        return 0
    if args.diagnose:
        diagnose(args.diagnose, args.seeds)
        return 0
    if args.sweep_margin:
        sweep_margin(["train", "tune"], args.seeds, args.sweep_margin)
        return 0
    results = {part: evaluate(part, args.seeds) for part in args.parts}
    if "test" not in results:
        return 0
    print(f"targets on the test part: {'met' if results['test'] else 'NOT met'}")
    return 0 if results["test"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
