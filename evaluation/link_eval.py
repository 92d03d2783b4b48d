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
baseline; hangul → english ≥ 90 %. Run: ``python evaluation/link_eval.py``; exits 1 when a target is missed.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilingual.entities.kb import KnowledgeBase  # noqa: E402
from bilingual.names.hangul import compose, decompose  # noqa: E402
from bilingual.names.keys import korean_surname  # noqa: E402
from bilingual.names.romanized import romanize_name  # noqa: E402
from training.name_data import load  # noqa: E402

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


def spellings(part: str) -> dict[str, list[str]]:
    """Korean full names of one part and their real spellings."""
    out: dict[str, list[str]] = defaultdict(list)
    for pair in load():
        name = pair.hangul.replace(" ", "")
        if pair.part == part and pair.kind in ("ko_public_figure", "ko_person_fullname") and \
                korean_surname(name) is not None and 2 <= len(name) <= 4 and pair.latin not in out[name]:
            out[name].append(pair.latin)
    return dict(out)


def build(kind: str, people: dict[str, list[str]], seed: int = 0) -> KnowledgeBase:
    records = []
    for hangul, spelled in people.items():
        other = distractor(hangul, set(people), seed)
        for role, name in (("", hangul), ("distractor-", other)):
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


def evaluate(part: str) -> bool:
    people = spellings(part)
    queries = {"hangul": [(s, h) for h, ss in people.items() for s in ss],
               "english": [(s, h) for h, ss in people.items() for s in ss],
               "hangul → english": [(h, h) for h in people]}
    print(f"**{part} part**: {sum(len(v) for v in people.values())} spellings of {len(people)} people; "
          f"each KB also holds {len(people)} distractors\n")
    print("| KB | queries | method | correct | wrong | abstained |\n|---|---|---|---|---|---|")
    ok = True
    for kind, items in queries.items():
        kb = build(kind, people)
        scores = {}
        for method in ("bilingual", "anyascii + rapidfuzz WRatio ≥ 85"):
            correct = wrong = 0
            wrong_examples = []
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
                    wrong_examples.append(f"{query} -> {got}")
            n = max(1, len(items))
            scores[method] = (correct / n, wrong / n)
            print(f"| {kind} | {len(items)} | {method} | {correct / n:.1%} | {wrong / n:.1%} | "
                  f"{(n - correct - wrong) / n:.1%} |")
            if method == "bilingual" and wrong_examples:
                print(f"    wrong: {wrong_examples[:8]}")
        ours, (base, _) = scores["bilingual"], scores["anyascii + rapidfuzz WRatio ≥ 85"]
        target = {"hangul": ours[0] >= 0.95 and ours[1] <= 0.01,
                  "english": ours[0] >= 0.95 and ours[0] >= base + 0.03,
                  "hangul → english": ours[0] >= 0.90}[kind]
        ok &= target
        print(f"    target {'met' if target else 'NOT met'}")
    print()
    return ok


def main() -> int:
    ok = evaluate("test")
    evaluate("tune")
    print(f"targets on the test part: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
