"""How many candidates the KB's similarity tier scores a query, and which misses never fetched the right entity.

``python evaluation/kb_fetch_eval.py --part tune|report [--split-seed N] [--misses] FILE.tsv ...`` builds, for each
pairs file (``foreign_names_eval.py``'s format and KBs: 2,000 entities holding one script's names, distractor seed
1), the two KBs of that script's half and asks every query's fetch as :meth:`KnowledgeBase._tier_similarity` does:
the usual keys (``_similar_ids``), then, when they found nothing ``same`` by a whole name, the standard's keys
(``_standard_ids``, fx21 branch; absent from older revisions, counted 0), then the edited keys (``_edited_ids``,
among the entities unnamed in the query's script, for a foreign-shaped query). It prints the mean of each over the
queries: the candidate list's size, measured (fx21 branch: the standard's keys must not make it longer on average).
``--misses`` lists each KB miss (no link or a wrong one) whose right entity none of the fetches reached, with the
fit of the two names and the keys of each (development: the tune half only). The code measured is the ``bilingual``
package Python imports (``PYTHONPATH=/path/to/other/checkout`` measures another revision).
"""

from __future__ import annotations

import argparse
import inspect
import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "evaluation"))
sys.path.append(str(ROOT))

import bilingual  # noqa: E402, I001
import bilingual.entities.kb as kb_module  # noqa: E402
from bilingual.entities import retrieval_keys as keys  # noqa: E402
from bilingual.names.hangul import has_syllable  # noqa: E402
from bilingual.names.similarity import name_similarity  # noqa: E402

import foreign_names_eval as fe  # noqa: E402
from name_data import HALVES, load, split_half  # noqa: E402


def stops(kb: kb_module.KnowledgeBase, found: dict[str, kb_module.Candidate], fitted: dict[str, str],
          query: str) -> bool:
    """Whether the fit so far ends the look, as the tier asks it (with the query since fx33; older revisions
    without)."""
    if "name" in inspect.signature(kb._same_by_whole_name).parameters:
        return kb._same_by_whole_name(found, fitted, query)
    return kb._same_by_whole_name(found, fitted)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Candidates fetched by the KB's similarity tier, per query.")
    parser.add_argument("pairs", nargs="+", type=Path, metavar="FILE.tsv")
    parser.add_argument("--part", choices=HALVES, required=True)
    parser.add_argument("--split-seed", type=int, default=0)
    parser.add_argument("--misses", action="store_true", help="list the misses whose right entity was never fetched")
    args = parser.parse_args(argv)
    print(f"code: {Path(bilingual.__file__).parent}; half {args.part!r} of split seed {args.split_seed}")
    queries = usual = standard = edited = 0
    for path in args.pairs:
        try:
            rows, _ = fe.read_pairs(path)
        except fe.PairsError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        rows = [r for r in rows if split_half(r.hangul, args.split_seed) == args.part]
        pool = fe.distractor_pool(rows, load())
        for script, (kb, names, right) in fe.build_kbs(rows, pool, random.Random(fe.SEED), fe.CANDIDATES).items():
            for query in sorted(right):
                ids = kb._similar_ids(query)
                queries += 1
                usual += len(ids)
                found: dict[str, kb_module.Candidate] = {}
                fitted: dict[str, str] = {}
                kb._score_candidates(query, ids, found, fitted)
                if not stops(kb, found, fitted, query) and hasattr(kb, "_standard_ids"):
                    more = kb._standard_ids(query, set(ids))
                    standard += len(more)
                    kb._score_candidates(query, more, found, fitted)
                    ids = [*ids, *more]
                if not stops(kb, found, fitted, query):
                    unnamed = kb._unnamed_in_script(has_syllable(query))
                    if unnamed and keys.foreign_shaped(query):
                        across = [i for i in kb._edited_ids(query, set(ids)) if i in unnamed]
                        edited += len(across)
                        ids = [*ids, *across]
                if args.misses:
                    link = kb.link(query)
                    linked = None if link is None else link.entity_id
                    if linked not in right[query] and not right[query] & set(ids):
                        gold = names[sorted(right[query])[0]][0]  # the entity's first name
                        fit = name_similarity(query, gold)
                        print(f"- {path.stem} [{script}] {query!r} ~ {gold!r}: {fit.verdict} {fit.score:.2f}, "
                              f"{fit.evidence if fit.evidence is None else round(fit.evidence, 1)} nats; keys "
                              f"{sorted(keys.retrieval_keys(query))} / {sorted(keys.retrieval_keys(gold))}")
    n = max(queries, 1)
    print(f"queries {queries}; candidates fetched a query, mean: usual keys {usual / n:.2f} + standard's keys "
          f"{standard / n:.2f} + edited keys {edited / n:.2f} = {(usual + standard + edited) / n:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
