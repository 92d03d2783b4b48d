"""Names of nothing: mentions the pipeline types person, organization or place where the gold names nobody.

``evaluation/mention_types_eval.py`` counts the gold mentions found with their type (recall of typed names); a
mention made of a common word (목소리 as a place, "Dear" as an organization) costs it nothing. Each gold file of
``fixtures/mentions`` annotates every organization, place and person its sentences name (its writers' rule), so a
mention of the pipeline typed ``person``, ``org`` or ``place`` that overlaps no gold mention names something the
writer did not take for a name: a claim a reviewer would see and have to dismiss. ``other`` mentions (products,
events, works) are not counted: the files do not annotate all of them.

Run: ``python evaluation/mention_precision_eval.py [--list] [--baseline-rev REV]`` (bundled KB). Printed per file: the
typed mentions of the pipeline, how many overlap no gold mention, and the share that do (precision of typed names).
``--list`` prints each with its sentence. ``--baseline-rev`` runs the package at ``REV`` (``git archive`` into a
temporary folder, a subprocess with it first on the path) beside this checkout, on the same sentences.

Not a gate: the files' writers differ on a few borderline spans (a place inside a company's name, a demonym); the
count is read as a trend between revisions, and the listed cases one by one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "evaluation"))

from mention_types_eval import FILES, gold, gold_spans  # noqa: E402

import bilingual  # noqa: E402

NAME_TYPES = ("person", "org", "place")


def spurious(path: Path) -> tuple[int, list[str]]:
    """The typed mentions of the pipeline on a gold file's sentences, and those that overlap no gold mention (as
    ``text (type) | sentence``)."""
    typed = 0
    out: list[str] = []
    for sentence, rows in gold(path).items():
        spans = gold_spans(sentence, rows)
        for m in bilingual.process(sentence).mentions:
            if m.type not in NAME_TYPES:
                continue
            typed += 1
            if not any(m.start < end and start < m.end for start, end, _ in spans):
                out.append(f"{m.text} ({m.type}) | {sentence}")
    return typed, out


def scores() -> dict[str, tuple[int, list[str]]]:
    return {path.stem: spurious(path) for path, _ in FILES}


def baseline(rev: str) -> dict[str, tuple[int, list[str]]] | None:
    folder = Path(tempfile.mkdtemp())
    try:
        archive = subprocess.run(["git", "archive", rev, "bilingual"], cwd=ROOT, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True, capture_output=True)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])}
        run = subprocess.run([sys.executable, __file__, "--json"], cwd=ROOT, check=True, capture_output=True,
                             text=True, env=env)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"(no baseline: {rev} could not be read or run: {error})", file=sys.stderr)
        return None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    data: dict[str, list[object]] = json.loads(run.stdout)
    return {stem: (int(str(v[0])), [str(x) for x in v[1]]) for stem, v in data.items()}  # type: ignore[union-attr]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true",
                        help="print this checkout's scores as JSON (used by --baseline-rev)")
    parser.add_argument("--baseline-rev", metavar="REV", help="a git revision to print beside this checkout")
    parser.add_argument("--list", action="store_true", help="list the mentions that name nothing")
    opts = parser.parse_args(argv)
    if opts.json:
        print(json.dumps(scores(), ensure_ascii=False))
        return 0
    rev = opts.baseline_rev
    before = baseline(rev) if rev else None
    now = scores()
    print("| file | revision | typed mentions (person, org, place) | naming nothing in the gold | precision |")
    print("|---|---|---|---|---|")
    totals: dict[str, list[int]] = {}
    for stem, result in now.items():
        for label, (typed, out) in ([(f"`{rev}`", before[stem])] if before and stem in before else []) + \
                [("this checkout", result)]:
            print(f"| {stem} | {label} | {typed} | {len(out)} | {100 * (typed - len(out)) / max(1, typed):.1f}% |")
            total = totals.setdefault(label, [0, 0])
            total[0] += typed
            total[1] += len(out)
    for label, (typed, bad) in totals.items():
        print(f"| all files | {label} | {typed} | {bad} | {100 * (typed - bad) / max(1, typed):.1f}% |")
    if opts.list:
        for stem, (_, out) in now.items():
            for line in out:
                print(f"  {stem}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
