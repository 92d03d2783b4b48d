"""Do two revisions give the same name similarity, keys and links? A check for changes meant to be speed-only:
every output compared, nothing timed.

Run: ``python evaluation/similarity_unchanged.py REV [REV2]`` from the repository root (REV: a commit, e.g.
``main``; REV2: another, else this working tree). A revision is exported with ``git archive`` into a temporary
directory and run in a subprocess of this Python. Compared: ``name_similarity`` (score, verdict, reasons,
evidence) and ``similarity_keys`` (both lengths) over every pair of ``training/name_data.py`` in both orders, each
Hangul name with the next pair's Latin, 600 Latin⇄Latin and Hangul⇄Hangul pairs and bad input; and
``KnowledgeBase.link`` over the train and tune parts of ``evaluation/link_eval.py``'s three KBs, the bundled KB
and a synthetic KB of 3,000 people. Needs ``../shared/names-dev``. Prints the counts and, when some differ, what
changed (verdicts from → to, scores moved by 0.1 or more, links gained, lost or moved); exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DUMP = r'''
import json, random, sys
from pathlib import Path
root = Path(sys.argv[1])
sys.path[:0] = [str(root), str(root / "benchmarks")]
from bilingual.entities.kb import KnowledgeBase
from bilingual.names.romanized import name_variants
from bilingual.names.similarity import name_similarity, similarity_keys
from training.name_data import load
import evaluation.link_eval as le
from bench_kb import people as synthetic

pairs = load()
rng = random.Random(5)
items = [x for p in pairs for x in ((p.hangul, p.latin), (p.latin, p.hangul))]
items += [(pairs[i].hangul, pairs[i + 1].latin) for i in range(len(pairs) - 1)]
sample = rng.sample(pairs, 600)
for i in range(0, 600, 2):
    items += [(sample[i].latin, sample[i + 1].latin), (sample[i].hangul, sample[i + 1].hangul)]
items += [("", "x"), ("a", "조"), ("1234", "Kim"), ("조" * 10000, "Kim"), ("Kim😀", "김"), ("조a", "Cho")]
similarity = []
for a, b in items:
    r = name_similarity(a, b)
    similarity.append([r.score, r.verdict, list(r.reasons), r.evidence, sorted(similarity_keys(a)),
                       sorted(similarity_keys(b, length=3))])
links = []
def run(kb, queries):
    links.extend(None if (l := kb.link(q)) is None else l.model_dump() for q in queries)
for part in ("train", "tune"):
    people = le.spellings(part)
    for kind in ("hangul", "english", "hangul → english"):
        kb = le.build(kind, people)
        run(kb, list(people) if kind == "hangul → english" else [s for ss in people.values() for s in ss])
run(KnowledgeBase.default(), [p.latin for p in rng.sample(pairs, 400)] + [p.hangul for p in rng.sample(pairs, 400)])
records = synthetic(3000)
chosen = rng.sample(records, 150)
run(KnowledgeBase.from_records(records),
    [q for r in chosen for q in (name_variants(r["name_ko"], limit=12)[rng.randrange(12)], r["name_ko"])])
json.dump({"similarity": similarity, "links": links}, sys.stdout, ensure_ascii=False)
'''


def dump(root: Path) -> dict[str, list[object]]:
    out = subprocess.run([sys.executable, "-c", DUMP, str(root)], capture_output=True, text=True, check=True,
                         env={"PYTHONDONTWRITEBYTECODE": "1", "PATH": ""}, cwd=root)
    result: dict[str, list[object]] = json.loads(out.stdout)
    return result


def export(rev: str, tmp: Path) -> Path:
    tree = tmp / rev / "tree"
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    (tmp / rev / "shared").symlink_to(ROOT.parent / "shared")  # the name data beside the exported tree
    return tree


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rev", help="the revision compared with (a commit, e.g. main)")
    parser.add_argument("rev2", nargs="?", help="the revision compared (default: this working tree)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        theirs = dump(export(args.rev, Path(tmp)))
        ours = dump(export(args.rev2, Path(tmp)) if args.rev2 is not None else ROOT)
    name = args.rev2 if args.rev2 is not None else "this tree"
    failed = False
    for what in ("similarity", "links"):
        differ = sum(a != b for a, b in zip(ours[what], theirs[what], strict=True))
        print(f"{what}: {len(ours[what])} outputs of {name} compared with {args.rev}'s, {differ} differ")
        failed |= differ > 0
    if failed:
        print(changes(theirs, ours))
    return 1 if failed else 0


def changes(before: dict[str, list[object]], after: dict[str, list[object]]) -> str:
    """What differs, in kind: verdicts moved (from → to, counts), scores moved by 0.1 or more, and links gained,
    lost or moved to another entity (a link whose entity is the same but another field differs is counted apart)."""
    verdicts: dict[str, int] = {}
    moved = 0
    for old, new in zip(before["similarity"], after["similarity"], strict=True):
        assert isinstance(old, list) and isinstance(new, list)
        if old[1] != new[1]:
            verdicts[f"{old[1]} → {new[1]}"] = verdicts.get(f"{old[1]} → {new[1]}", 0) + 1
        moved += abs(old[0] - new[0]) >= 0.1
    links = {"gained (no link before)": 0, "lost (no link now)": 0, "another entity": 0,
             "same entity, other fields": 0, "no link either way, other fields": 0}
    for old, new in zip(before["links"], after["links"], strict=True):
        if old != new:
            links[_link_change(old, new)] += 1
    return (f"verdicts changed: {dict(sorted(verdicts.items()))}; scores moved by >= 0.1: {moved}\n"
            f"links changed: {links}")


def _link_change(old: object, new: object) -> str:
    """The kind of change between two different dumps of one query's ``kb.link`` (None: nothing found; an
    ``entity_id`` of None: an abstention with its candidates)."""
    old_id = None if old is None else old["entity_id"]  # type: ignore[index]
    new_id = None if new is None else new["entity_id"]  # type: ignore[index]
    if old_id is None and new_id is None:
        return "no link either way, other fields"  # an abstention's candidates or score moved, or one appeared
    if old_id is None:
        return "gained (no link before)"
    if new_id is None:
        return "lost (no link now)"
    return "another entity" if old_id != new_id else "same entity, other fields"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
