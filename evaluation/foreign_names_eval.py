"""Foreign names, Hangul ⇄ Latin, for the pairs of one file: retrieval among 2,000 candidates and KB linking.

``python evaluation/foreign_names_eval.py [--pairs FILE.tsv]`` — FILE has the columns ``hangul``, ``latin``, ``kind``
(``person``, ``place`` or ``org``), tab-separated; ``#`` lines and blank lines are comments, a first line
``hangul<TAB>latin<TAB>kind`` is a header. Default: ``fixtures/names/corpus_foreign_tune.tsv`` (the tune part of the
corpus's foreign pairs, kinds written by hand; ``corpus_foreign_test.tsv`` is the test part, to be printed once).

(1) Retrieval, both directions: each row's Hangul among ``CANDIDATES`` Latin names (its own, the file's other names,
    distractors) and each row's Latin among as many Hangul names. Distractors: section (a)'s pool, the names of the
    **test and tune** parts of ``training/name_data.py`` (mostly GeoNames places, some Korean names; the test part
    alone holds too few for 2,000 candidates; none sharing a row's Hangul or Latin), drawn with a fixed seed. A
    system answers its best candidate unless the best score is under a threshold or leads the runner-up by less
    than a margin (the model also abstains where its best is crowded: ``acceptance.crowded``, fx28); both
    thresholds are chosen on **our tune part** exactly as ``similarity_eval.py`` section (a) chooses them
    (``similarity_eval.choose``: the most correct tune answers whose wrong rate's upper 95 % bound is under 3 %;
    the same queries, seeds and pool), so the file itself never chooses a threshold. Systems:
    ``name_similarity`` (the model) and the plain baseline, anyascii of the Hangul against the Latin with rapidfuzz
    ``fuzz.ratio`` and ``fuzz.WRatio``. Printed per kind and over all rows, beside the issue's target (≥ 85 % correct
    at ≤ 3 % wrong, both directions).
(2) The KB: each row's Hangul linked (``KnowledgeBase.link``) against a KB holding only Latin names (the file's and
    the distractors', typed by the row's kind: the transcription tier must link people, places and organizations
    alike; rows of one kind with one Hangul are one entity holding every Latin spelling the file gives, link23 —
    ``--entity-per-name`` gives each distinct name its own entity, the yardstick before), and each row's Latin
    against a KB holding only Hangul names; correct (an entity the
    file pairs the query with), wrong (another entity), abstain (no entity, or an abstention with candidates). The
    methods of the links are counted per kind. Baseline: rapidfuzz ``WRatio`` ≥ 85 over anyascii of the KB's names
    (as ``link_eval.py``'s).

Halves of a file (sim18 branch): ``--part tune|report`` keeps the rows whose Hangul (spaces removed) falls in that
half by ``name_data.split_half`` (``sha256(f"{HALF_SALT}{seed}:{hangul}")``, even → tune, odd → report;
``--split-seed N``, default 0), so every spelling of one person stays in one half; ``--kb-only`` skips the retrieval
(and its thresholds) and prints only (2); ``--misses`` prints each KB miss (abstention or wrong link) with the gold's
own fit (development: read it on the tune half only). Section (2) also counts the abstentions whose best two
candidates are both right (with ``--entity-per-name``: a name the file spells twice is two entities of the KB).

The file's names are scored with GeoNames' other names of one place read (``place_variants.tsv``, fx34), as the
library reads them (``--no-place-table``: without); the thresholds are chosen on section (a) without them, as
``similarity_eval.py`` measures it by default (its foreign places are the table's own records).

Options: ``--model TSV`` scores with another spelling table (e.g. main's ``bilingual/data/name_model.tsv``);
``--seed N`` draws other distractors (default 1); ``--no-kb`` skips (2); ``--thresholds model:B,M ratio:B,M
WRatio:B,M`` takes the thresholds a run printed instead of choosing them again (development). The code measured is
the ``bilingual`` package Python imports (``PYTHONPATH=/path/to/other/checkout`` measures another revision; the
script prints which). The tune part's thresholds take about 6 minutes on the loaded 2 cores; then each row 7–11 s
under a load average of 12–20 (910 s for the 105 rows of ``corpus_foreign_test.tsv``, 411–642 s for the 56 of the
tune file): about 40–55 minutes for 300 rows on a machine that busy.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "evaluation"))
sys.path.append(str(ROOT))  # after PYTHONPATH and the installed package: another checkout can be measured

# bilingual before similarity_eval, which puts this checkout first on the path
import bilingual  # noqa: E402, I001
from bilingual.entities.kb import KnowledgeBase  # noqa: E402
from bilingual.names import similarity as sim  # noqa: E402

import similarity_eval as se  # noqa: E402
from name_data import HALVES, NOISY_KINDS, Pair, load, split_half  # noqa: E402

KINDS = ("person", "place", "org")
DEFAULT_PAIRS = ROOT / "fixtures" / "names" / "corpus_foreign_tune.tsv"
CANDIDATES = se.CANDIDATES
MAX_WRONG, TARGET = 0.03, 0.85
SEED = 1
HEADER = ("hangul", "latin", "kind")
PARTS = HALVES


class PairsError(ValueError):
    """A pairs file that cannot be read as one: the file, the line and what is wrong."""


@dataclass(frozen=True)
class Row:
    hangul: str
    latin: str
    kind: str
    line: int


def hangul_key(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace(" ", "")


def latin_key(text: str) -> str:
    return " ".join(sim.fold_latin(w) for w in text.split() if sim.fold_latin(w))


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f" for c in text)


def read_pairs(path: Path) -> tuple[list[Row], int]:
    """The rows of a pairs file and how many exact repeats were counted once. Raises :class:`PairsError` (with the
    line) for a row without three tab-separated columns, an unknown kind, a Hangul column without Hangul or with
    Latin letters, a Latin column without Latin letters or with Hangul; and for a file with no row."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PairsError(f"{path}: cannot read: {exc}") from exc
    rows: list[Row] = []
    seen: set[tuple[str, str, str]] = set()
    repeats = 0
    header_allowed = True
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if header_allowed and tuple(c.lower() for c in cols) == HEADER:
            header_allowed = False
            continue
        header_allowed = False
        where = f"{path}:{number}"
        if len(cols) != 3:
            raise PairsError(f"{where}: expected 3 tab-separated columns (hangul, latin, kind), found {len(cols)}")
        hangul, latin, kind = cols
        if kind not in KINDS:
            raise PairsError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
        if not _has_hangul(hangul) or any(c.isascii() and c.isalpha() for c in hangul):
            raise PairsError(f"{where}: the hangul column must be Hangul: {hangul!r}")
        if not sim.fold_latin(latin) or _has_hangul(latin):
            raise PairsError(f"{where}: the latin column must be written in Latin letters: {latin!r}")
        item = (hangul_key(hangul), latin_key(latin), kind)
        if item in seen:
            repeats += 1
            continue
        seen.add(item)
        rows.append(Row(hangul, latin, kind, number))
    if not rows:
        raise PairsError(f"{path}: no pair (every line empty or a comment)")
    return rows, repeats


def distractor_pool(rows: Sequence[Row], pairs: Sequence[Pair]) -> list[Pair]:
    """Section (a)'s distractors (the names of the name data's test and tune parts, the noisy kinds left out) that
    share neither a Hangul name nor a Latin one with any row of the file (a distractor must be a wrong answer)."""
    hanguls = {hangul_key(r.hangul) for r in rows}
    latins = {latin_key(r.latin) for r in rows}
    out: dict[tuple[str, str], Pair] = {}
    for p in pairs:
        if p.part not in ("test", "tune") or p.kind in NOISY_KINDS:
            continue
        if hangul_key(p.hangul) in hanguls or latin_key(p.latin) in latins:
            continue
        out.setdefault((hangul_key(p.hangul), latin_key(p.latin)), p)
    return [out[k] for k in sorted(out)]


def file_queries(rows: Sequence[Row], pool: Sequence[Pair], rng: random.Random,
                 candidates: int = CANDIDATES) -> list[se.Query]:
    """Two queries a row (Hangul → Latin, Latin → Hangul), the right name first among ``candidates``: the file's
    other names (not sharing the row's Hangul or Latin), then distractors from ``pool``."""
    out = []
    for direction in ("hangul→latin", "latin→hangul"):
        for r in rows:
            h, la = hangul_key(r.hangul), latin_key(r.latin)
            others = [o for o in rows if hangul_key(o.hangul) != h and latin_key(o.latin) != la]
            names = ([o.latin for o in others] if direction == "hangul→latin" else [o.hangul for o in others])
            names = list(dict.fromkeys(names))
            if len(names) > candidates - 1:
                names = rng.sample(names, candidates - 1)
            fill = [p.latin if direction == "hangul→latin" else p.hangul for p in pool]
            names += rng.sample(fill, min(len(fill), candidates - 1 - len(names)))
            if direction == "hangul→latin":
                cands = ((r.hangul, r.latin), *((r.hangul, n) for n in names))
            else:
                cands = ((r.hangul, r.latin), *((n, r.latin) for n in names))
            out.append(se.Query(direction, cands, r.kind))
    return out


def tune_thresholds(executor: ProcessPoolExecutor) -> dict[str, tuple[float, float]]:
    """Each system's (best, margin), chosen on the tune part's queries of ``similarity_eval.py`` section (a) by its
    rule (``choose``): the same items, pool and seeds."""
    pairs = load()
    tune = [p for p in pairs if p.part == "tune" and p.kind in se.FOREIGN_KINDS]
    pool = [p for p in pairs if p.part in ("test", "tune") and p.kind not in NOISY_KINDS]
    results = []
    for seed in se.SEEDS:
        results += se.run(se.foreign_queries(tune, pool, random.Random(seed)), executor)
    return {system: se.choose([r[system] for r in results], MAX_WRONG, se.floor(system)) for system in se.SYSTEMS}


def pct(n: int, total: int) -> str:
    return f"{n} ({100 * n / total:.1f} %)" if total else "0"


def retrieval_table(queries: Sequence[se.Query], results: Sequence[dict[str, tuple[bool, float, float]]],
                    thresholds: dict[str, tuple[float, float]]) -> bool:
    """Prints the table; whether the model meets the target on every row of the file, both directions."""
    print("| system | direction | kind | queries | correct | wrong | abstain |")
    print("|---|---|---|---|---|---|---|")
    met = False
    for system in se.SYSTEMS:
        t, d = thresholds[system]
        for kind in (*KINDS, "all"):
            for direction in ("hangul→latin", "latin→hangul", "both"):
                res = [r[system] for q, r in zip(queries, results, strict=True)
                       if kind in ("all", q.group) and direction in ("both", q.direction)]
                if not res:
                    continue
                c, w, a = se.rates(res, t, d)
                n = len(res)
                print(f"| {system} | {direction} | {kind} | {n} | {pct(round(c * n), n)} | {pct(round(w * n), n)} "
                      f"| {pct(round(a * n), n)} |")
                if system == "model" and kind == "all" and direction == "both":
                    met = c >= TARGET and w <= MAX_WRONG
    return met


@dataclass
class KBResult:
    correct: int = 0
    wrong: int = 0
    abstain: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


def build_kbs(rows: Sequence[Row], pool: Sequence[Pair], rng: random.Random, size: int = CANDIDATES,
              one_entity_a_person: bool = True
              ) -> dict[str, tuple[KnowledgeBase, dict[str, tuple[str, ...]], dict[str, set[str]]]]:
    """Two KBs of about ``size`` entities: ``latin`` (Latin names only; Hangul queries) and ``hangul`` (Hangul names
    only; Latin queries), each the file's names typed by their row's kind, and distractors typed as their kind says
    (a person, or else a place; as many as ``size`` less the file's distinct names, so both yardsticks draw the same
    distractors). Rows of one kind with the same Hangul are one entity (a person the file spells twice is one entity
    with both spellings, the first its name, the others aliases), and rows that share the KB's name are one entity;
    ``one_entity_a_person=False`` gives every distinct name its own entity (the yardstick before link23). For each:
    the KB, each entity's names (for the baseline and the misses) and, per query text, the ids that are right."""
    out = {}
    for script in ("latin", "hangul"):
        def name_of(r: Row) -> str:
            return r.latin if script == "latin" else r.hangul  # noqa: B023

        def key_of(name: str) -> str:
            return latin_key(name) if script == "latin" else hangul_key(name)  # noqa: B023

        groups = _entity_groups(rows, key_of, name_of, one_entity_a_person)
        records: dict[str, dict[str, object]] = {}
        ids_of: dict[str, str] = {}  # name key -> entity id
        right: dict[str, set[str]] = defaultdict(set)
        for group in groups:
            entity_id = f"row-{len(records)}"
            names = list(dict.fromkeys(name_of(r) for r in group))
            names = list({key_of(n): n for n in reversed(names)}.values())[::-1]  # one name a key, first kept
            record: dict[str, object] = {"id": entity_id, "type": group[0].kind, "name": names[0]}
            if len(names) > 1:
                record["aliases"] = names[1:]
            records[entity_id] = record
            for r in group:
                ids_of[key_of(name_of(r))] = entity_id
                right[r.hangul if script == "latin" else r.latin].add(entity_id)
        # as many distractors as the file's distinct names leave room for: the draw is the same in either yardstick
        fill = rng.sample(list(pool), min(len(pool), max(0, size - len(ids_of))))
        for i, p in enumerate(fill):
            name = p.latin if script == "latin" else p.hangul
            k = key_of(name)
            if k in ids_of:
                continue
            ids_of[k] = f"distractor-{i}"
            records[ids_of[k]] = {"id": ids_of[k], "type": "person" if p.is_person else "place", "name": name}
        kb = KnowledgeBase.from_records(list(records.values()))
        out[script] = (kb, {i: (str(rec["name"]), *rec.get("aliases", ()))  # type: ignore[misc]
                            for i, rec in records.items()}, dict(right))
    return out


def _entity_groups(rows: Sequence[Row], key_of: Callable[[str], str], name_of: Callable[[Row], str],
                   one_entity_a_person: bool) -> list[list[Row]]:
    """The file's rows grouped into the KB's entities, in the order of their first row: rows sharing the KB's name
    (by ``key_of``) always, and rows of one kind sharing their Hangul when ``one_entity_a_person``."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[str, ...], int] = {}
    for i, r in enumerate(rows):
        keys: list[tuple[str, ...]] = [("name", key_of(name_of(r)))]
        if one_entity_a_person:
            keys.append(("hangul", r.kind, hangul_key(r.hangul)))
        for k in keys:
            if k in first:
                a, b = find(first[k]), find(i)
                parent[max(a, b)] = min(a, b)
            else:
                first[k] = i
    grouped: dict[int, list[Row]] = defaultdict(list)
    for i, r in enumerate(rows):
        grouped[find(i)].append(r)
    return [grouped[k] for k in sorted(grouped)]


def kb_table(rows: Sequence[Row], kbs: dict[str, tuple[KnowledgeBase, dict[str, tuple[str, ...]], dict[str, set[str]]]],
             misses: bool = False) -> None:
    from anyascii import anyascii
    from rapidfuzz import fuzz, process

    kind_of = {}
    for r in rows:
        kind_of.setdefault(r.hangul, r.kind)
        kind_of.setdefault(r.latin, r.kind)
    print("| KB (query) | method | kind | queries | correct | wrong | abstain |")
    print("|---|---|---|---|---|---|---|")
    methods: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    missed: list[str] = []
    between_right: Counter[str] = Counter()
    for script, label in (("latin", "Latin names only (Hangul queries)"),
                          ("hangul", "Hangul names only (Latin queries)")):
        kb, names, right = kbs[script]
        choices = {(i, n): anyascii(n).lower() for i, ns in names.items() for n in ns}  # each name of an entity
        ours: dict[str, KBResult] = defaultdict(KBResult)
        fuzzy: dict[str, KBResult] = defaultdict(KBResult)
        for query in sorted(right):
            kind = kind_of[query]
            link = kb.link(query)
            linked = None if link is None else link.entity_id
            found = process.extractOne(anyascii(query).lower(), choices, scorer=fuzz.WRatio, score_cutoff=85)
            for table, got in ((ours, linked), (fuzzy, None if found is None else found[2][0])):
                outcome = "abstain" if got is None else "correct" if got in right[query] else "wrong"
                table[kind].add(outcome)
                table["all"].add(outcome)
            if link is not None and linked is not None:
                methods[(script, kind)][link.method] += 1
            if (linked is None and link is not None and len(link.candidates) >= 2
                    and all(c.entity_id in right[query] for c in link.candidates[:2])):
                between_right[script] += 1
            if misses and (linked is None or linked not in right[query]):
                missed.append(_miss_line(script, query, link, right[query], names))
        for system, table in (("bilingual", ours), ("anyascii + rapidfuzz WRatio ≥ 85", fuzzy)):
            for kind in (*KINDS, "all"):
                res = table.get(kind)
                if res is None:
                    continue
                n = res.correct + res.wrong + res.abstain
                print(f"| {label} | {system} | {kind} | {n} | {pct(res.correct, n)} | {pct(res.wrong, n)} "
                      f"| {pct(res.abstain, n)} |")
    print("\nabstentions whose best two candidates are both right (one name's two spellings, two entities of the KB): "
          + ", ".join(f"{script} names only {between_right[script]}" for script in ("latin", "hangul")))
    print("\nlinks by method (bilingual; an entity linked, right or wrong):\n")
    print("| KB | kind | methods |")
    print("|---|---|---|")
    for (script, kind), counted in sorted(methods.items()):
        print(f"| {script} names only | {kind} | {', '.join(f'{m} {n}' for m, n in sorted(counted.items()))} |")
    if misses:
        print(f"\nmisses ({len(missed)}; the gold's own fit, then the top candidates):\n")
        for line in missed:
            print(line)


def _miss_line(script: str, query: str, link: object, right: set[str], names: dict[str, tuple[str, ...]]) -> str:
    gold = [n for i in sorted(right) for n in names[i]]
    fits = []
    for g in gold:
        s = sim.name_similarity(query, g)
        fits.append(f"{g} {s.score:.3f} {s.verdict} ev={s.evidence if s.evidence is None else round(s.evidence, 1)} "
                    f"[{'; '.join(s.reasons)}]")
    got = "abstain" if link is None or getattr(link, "entity_id", None) is None else \
        f"WRONG {' | '.join(names.get(link.entity_id, (link.entity_id,)))}"  # type: ignore[attr-defined]
    cands = getattr(link, "candidates", ()) if link is not None else ()
    top = ", ".join(f"{' | '.join(names.get(c.entity_id, (c.entity_id,)))} {c.score:.3f}" for c in list(cands)[:3])
    return f"- [{script}] {query!r}: {got}; gold {' | '.join(fits)}; top: {top}"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Foreign names Hangul ⇄ Latin for one pairs file.")
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS, metavar="FILE.tsv",
                        help="hangul, latin, kind (person/place/org) per line; # comments (default: the tune part "
                             "of the corpus's foreign pairs)")
    parser.add_argument("--model", type=Path, metavar="TSV", help="score with this spelling table")
    parser.add_argument("--seed", type=int, default=SEED, help=f"distractors drawn with this seed (default {SEED})")
    parser.add_argument("--no-kb", action="store_true", help="skip the KB linking")
    parser.add_argument("--part", choices=PARTS, help="only the rows of this half of the file (split_half)")
    parser.add_argument("--split-seed", type=int, default=0, help="the halves' seed (default 0)")
    parser.add_argument("--kb-only", action="store_true", help="skip the retrieval: only the KB linking")
    parser.add_argument("--no-place-table", action="store_true",
                        help="the file's names scored without GeoNames' other names of one place (place_variants.tsv;"
                             " read by default, as the library reads it)")
    parser.add_argument("--misses", action="store_true", help="print every KB miss with the gold's own fit")
    parser.add_argument("--entity-per-name", action="store_true",
                        help="the KB yardstick before link23: every distinct name its own entity (a person the file "
                             "spells twice is two entities)")
    parser.add_argument("--thresholds", nargs=len(se.SYSTEMS), metavar="SYSTEM:BEST,MARGIN",
                        help="every system's thresholds given (as a run on the same code printed them), not chosen "
                             "again on the tune part (development: saves about 5 minutes)")
    args = parser.parse_args(argv)
    if args.thresholds is not None:
        given: dict[str, tuple[float, float]] = {}
        for item in args.thresholds:
            system, _, values = item.partition(":")
            best, _, margin = values.partition(",")
            try:
                given[system] = (float(best), float(margin))
            except ValueError:
                parser.error(f"--thresholds: not SYSTEM:BEST,MARGIN: {item!r}")
        if sorted(given) != sorted(se.SYSTEMS):
            parser.error(f"--thresholds: give each of {', '.join(se.SYSTEMS)} once")
        args.thresholds = given
    if args.model is not None and not args.model.is_file():
        parser.error(f"--model: no such file: {args.model}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        rows, repeats = read_pairs(args.pairs)
    except PairsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.part is not None:
        rows = [r for r in rows if split_half(r.hangul, args.split_seed) == args.part]
    se._init_model(args.model, not args.no_place_table)
    started = time.perf_counter()
    table = args.model if args.model is not None else sim.MODEL_PATH
    digest = hashlib.sha256(table.read_bytes()).hexdigest()[:12]
    print(f"## Foreign names, Hangul ⇄ Latin: {args.pairs}\n")
    print(f"code: {Path(bilingual.__file__).parent}; spelling table: {table} (sha256 {digest}…)")
    print("GeoNames' other names of one place (place_variants.tsv): "
          + ("not read (--no-place-table)" if args.no_place_table else "read, as the library reads them"))
    counts = Counter(r.kind for r in rows)
    print(f"rows: {len(rows)} ({', '.join(f'{k} {counts[k]}' for k in KINDS)})"
          + (f"; {repeats} repeated rows counted once" if repeats else "")
          + (f"; half {args.part!r} of split seed {args.split_seed}" if args.part else ""))
    pool = distractor_pool(rows, load())
    print(f"distractors: {len(pool)} names of the name data's test and tune parts; seed {args.seed}; "
          f"{CANDIDATES} candidates a query")
    if not args.kb_only:
        _retrieval(args, rows, pool)
    if not args.no_kb:
        print(f"\n### Linking against a KB of {CANDIDATES} entities holding one script's names ("
              + ("every distinct name its own entity" if args.entity_per_name
                 else "one entity a Hangul name of a kind, with every spelling the file gives") + ")\n")
        kb_table(rows, build_kbs(rows, pool, random.Random(args.seed), CANDIDATES,
                                 one_entity_a_person=not args.entity_per_name), args.misses)
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


def _retrieval(args: argparse.Namespace, rows: Sequence[Row], pool: Sequence[Pair]) -> None:
    if args.thresholds is None:  # section (a) as similarity_eval.py measures it: the spelling model, no place table
        with ProcessPoolExecutor(2, initializer=se._init_model, initargs=(args.model, False)) as executor:
            thresholds = tune_thresholds(executor)
    else:
        thresholds = args.thresholds
    how = ("chosen on the tune part of similarity_eval.py section (a) by its rule" if args.thresholds is None
           else "given (--thresholds), not chosen in this run")
    print(f"thresholds (best, margin), {how}: "
          + "; ".join(f"{s} {t:.3f}, {d:.2f}" for s, (t, d) in thresholds.items()))
    with ProcessPoolExecutor(2, initializer=se._init_model,
                             initargs=(args.model, not args.no_place_table)) as executor:
        queries = file_queries(rows, pool, random.Random(args.seed), CANDIDATES)
        results = se.run(queries, executor)
    print(f"\n### Retrieval among {CANDIDATES} candidates\n")
    met = retrieval_table(queries, results, thresholds)
    print(f"\ntarget (issue 11: >= {TARGET:.0%} correct at <= {MAX_WRONG:.0%} wrong, model, all rows, both "
          f"directions): {'met' if met else 'missed'}")


if __name__ == "__main__":
    raise SystemExit(main())
