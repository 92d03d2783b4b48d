"""Linking romanized Korean names to a knowledge base: ours beside plain fuzzy matching (rapidfuzz).

Names: ``fixtures/names/romanized_names.tsv`` (spellings on the seed pages, in news-dev.en matched by hand
to news-dev.ko, and of public figures), each with its Hangul. Three KBs hold the same people:
Hangul only; English only (names in RR house style, ``romanize_name(style="rr")``, so that the query
spellings differ from the KB's); both. Every KB also holds, for each person, a distractor whose name
differs in the last syllable (as 조태용 differs from 조태열). Targets: >= 95 % correct and <= 1 % wrong.
Run: ``python evaluation/link_eval.py``; exits 1 when a target is missed.
"""

from __future__ import annotations

from pathlib import Path

from bilingual.entities.kb import KnowledgeBase
from bilingual.names.hangul import compose, decompose
from bilingual.names.romanized import romanize_name

ROOT = Path(__file__).resolve().parent.parent
SWAP = "영용수호진우민재"  # common name syllables used to make distractors


def distractor(hangul: str, people: set[str]) -> str:
    """A name differing from ``hangul`` in its last syllable, and not the name of anyone in the set
    (이재명's distractor must not be 이재용, who is in the set in his own right)."""
    for syllable in SWAP:
        name = hangul[:-1] + syllable
        if syllable != hangul[-1] and decompose(syllable)[1:] != decompose(hangul[-1])[1:] and name not in people:
            return name
    return hangul[:-1] + compose("ㅇ", "ㅣ")


def build(kind: str, people: list[str]) -> KnowledgeBase:
    records = []
    for hangul in people:
        for role, name in (("", hangul), ("distractor-", distractor(hangul, set(people)))):
            record = {"id": role + hangul, "type": "person"}
            if kind == "hangul":
                record["name"] = name
            elif kind == "english":
                record["name"] = romanize_name(name, style="rr")
            else:
                record |= {"name": romanize_name(name, style="rr"), "name_ko": name}
            records.append(record)
    return KnowledgeBase.from_records(records)


def fuzzy_baseline(kb: KnowledgeBase, query: str) -> str | None:
    from rapidfuzz import fuzz, process

    choices = {e.id: n for e in kb for n in e.all_names()}
    found = process.extractOne(query, choices, scorer=fuzz.WRatio, score_cutoff=85)
    return None if found is None else found[2]


def main() -> int:
    table = (ROOT / "fixtures" / "names" / "romanized_names.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in table.splitlines() if ln and not ln.startswith("#")]
    people = sorted({h for _, h, _ in rows})
    print(f"{len(rows)} spellings of {len(people)} people; each KB also holds {len(people)} distractors\n")
    print("| KB | method | correct | wrong | abstained |\n|---|---|---|---|---|")
    failed = False
    for kind in ("hangul", "english", "both"):
        kb = build(kind, people)
        for method in ("bilingual", "rapidfuzz WRatio ≥ 85"):
            correct = wrong = abstained = 0
            wrong_examples = []
            for spelling, hangul, _ in rows:
                if method == "bilingual":
                    link = kb.link(spelling)
                    got = None if link is None else link.entity_id
                else:
                    got = fuzzy_baseline(kb, spelling)
                if got is None:
                    abstained += 1
                elif got == hangul:
                    correct += 1
                else:
                    wrong += 1
                    wrong_examples.append(f"{spelling} -> {got}")
            n = len(rows)
            print(f"| {kind} | {method} | {correct / n:.1%} | {wrong / n:.1%} | {abstained / n:.1%} |")
            if method == "bilingual":
                failed |= correct / n < 0.95 or wrong / n > 0.01
                if wrong_examples:
                    print(f"    wrong: {wrong_examples}")
    kb = build("both", people)
    print("\nBy where the spellings come from (both names in the KB):\n")
    print("| source | spellings | correct | wrong | abstained |\n|---|---|---|---|---|")
    by_source: dict[str, list[str | None]] = {}
    for spelling, hangul, source in rows:
        link = kb.link(spelling)
        got = None if link is None else link.entity_id
        by_source.setdefault(source.split()[0], []).append(
            "correct" if got == hangul else None if got is None else "wrong")
    for source, results in by_source.items():
        n = len(results)
        print(f"| {source} | {n} | {results.count('correct') / n:.1%} | {results.count('wrong') / n:.1%} | "
              f"{results.count(None) / n:.1%} |")
    missed = [(spelling, hangul) for spelling, hangul, _ in rows
              if (link := kb.link(spelling)) is None or link.entity_id != hangul]
    print(f"\nNot linked correctly with both names in the KB ({len(missed)}): "
          + ", ".join(f"{spelling} ({hangul})" for spelling, hangul in missed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
