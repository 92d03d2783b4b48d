"""Translation review on real translations: false findings per 100 pairs, and recall on injected errors.

The 1,000 news-dev pairs (professional translations; ``../shared/corpus``, or the 300-pair excerpt in
``fixtures/corpus``) are reviewed as they are: every error-severity finding there counts as a false one.
Then errors are injected into copies of the pairs, one per copy, and we count how often the review reports
the code the error should raise:

- ``name-mismatch``: in a pair where a person is named on both sides, both names are replaced by a KB person's
  (a clean pair), then the translation's by another KB person's;
- ``name-style``: ... the translation's by another spelling of the same person (from ``name_variants``);
- ``name-missing``: ... the translation's by "the official";
- ``number-mismatch``: a number written in digits in the translation, also in the source, is changed;
- ``omission``: a source gets the next source sentence appended, with the translation of the first only;
- ``untranslated``: a Hangul word of the source is put into the middle of the translation.

Targets: name-mismatch and number-mismatch false positives < 3 per 100 pairs; recall >= 90 % for each code.
Run: ``python evaluation/review_eval.py``; exits 1 when a target is missed.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

from bilingual import KnowledgeBase, review_pairs
from bilingual.kb import normal_key
from bilingual.names import name_variants
from bilingual.numbers import find_numbers

ROOT = Path(__file__).resolve().parent.parent
CODES = ("name-mismatch", "number-mismatch", "name-missing", "name-style", "omission", "untranslated")


def corpus() -> tuple[list[tuple[str, str]], str]:
    shared = ROOT.parent / "shared" / "corpus"
    if (shared / "news-dev.ko").exists():
        ko, en, where = shared / "news-dev.ko", shared / "news-dev.en", "shared/corpus/news-dev"
    else:
        ko, en = ROOT / "fixtures/corpus/news-dev-300.ko", ROOT / "fixtures/corpus/news-dev-300.en"
        where = "fixtures/corpus/news-dev-300"
    pairs = list(zip(ko.read_text("utf-8").splitlines(), en.read_text("utf-8").splitlines(), strict=True))
    return pairs, where


def main() -> int:
    rng = random.Random(7)
    pairs, where = corpus()
    kb = KnowledgeBase.default()
    clean = review_pairs(pairs, kb=kb)
    n = len(pairs)
    found = Counter(f.code for f in clean.findings)
    print(f"{n} pairs ({where})\n")
    print("| code | severity | findings on the real translations | per 100 pairs |\n|---|---|---|---|")
    for code in CODES:
        severity = {"name-mismatch": "error", "number-mismatch": "error", "name-style": "info"}.get(code, "warning")
        print(f"| {code} | {severity} | {found[code]} | {100 * found[code] / n:.1f} |")
    failed = any(100 * found[c] / n >= 3 for c in ("name-mismatch", "number-mismatch"))

    quiet = [i for i, p in enumerate(clean.pairs) if not any(f.pair == i for f in clean.findings)]
    people = [e for e in kb if e.type == "person" and e.name_ko and len(e.name_ko) >= 3]
    injected: dict[str, list[tuple[str, str]]] = {code: [] for code in CODES}
    for i in quiet:
        pair = clean.pairs[i]
        source, target = pair.source, pair.target
        persons_s = [m for m in pair.source_mentions if m.type == "person"]
        persons_t = [m for m in pair.target_mentions if m.type == "person" and len(m.text.split()) >= 2]
        if persons_s and persons_t:
            s, t = persons_s[0], persons_t[0]
            person, other = rng.sample(people, 2)
            base_s = source[:s.start] + (person.name_ko or "") + source[s.end:]
            variants = [v for v in name_variants(person.name_ko or "", limit=24)
                        if normal_key(v) != normal_key(person.name) and kb.link(v) is not None
                        and kb.link(v).entity_id == person.id]  # type: ignore[union-attr]
            for code, name in (("name-mismatch", other.name), ("name-missing", "the official"),
                               ("name-style", variants[0] if variants else None)):
                if name is not None:
                    injected[code].append((base_s, target[:t.start] + name + target[t.end:]))
        digits = [q for q in find_numbers(target, "en") if q.text.isdigit() and q.value >= 2]
        source_values = {q.value for q in find_numbers(source, "ko")}
        shared_digits = [q for q in digits if q.value in source_values]
        if shared_digits:
            q = shared_digits[0]
            changed = str(int(q.value) + rng.choice((1, 2, 3, 5, 10)))
            injected["number-mismatch"].append((source, target[:q.start] + changed + target[q.end:]))
        if i + 1 < len(pairs) and len(source) >= 20 and len(pairs[i + 1][0]) >= 20:
            injected["omission"].append((source + " " + pairs[i + 1][0], target))
        words = re.findall(r"[가-힣]{2,}", source)
        if words and " " in target:
            cut = target.index(" ", len(target) // 2) if " " in target[len(target) // 2:] else target.index(" ")
            injected["untranslated"].append((source, target[:cut] + " " + words[0] + target[cut:]))
    print(f"\nInjected errors, one per copy of a pair the review found nothing in ({len(quiet)} of {n}):\n")
    print("| code | injected | reported | recall |\n|---|---|---|---|")
    for code in CODES:
        cases = injected[code]
        if not cases:
            print(f"| {code} | 0 | — | — |")
            failed = True
            continue
        result = review_pairs(cases, kb=kb)
        hit = len({f.pair for f in result.findings if f.code == code})
        print(f"| {code} | {len(cases)} | {hit} | {hit / len(cases):.1%} |")
        failed |= hit / len(cases) < 0.9
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
