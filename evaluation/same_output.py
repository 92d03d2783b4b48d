"""Save, or compare with a saved copy, the whole output of ``bilingual process`` on the corpus and the fixtures:
the check that a speed change changed no output (issue 12). Not a benchmark and not a test: it prints which
outputs are byte-identical and, for one that is not, the first record that differs.

Inputs: every fixture page (``fixtures/pages``, copied so that ids and sources do not depend on the checkout),
every line of the corpus sides as a record of its own (JSON Lines records through ``--text-field``;
``../shared/corpus`` when present, else ``fixtures/corpus``), each corpus
side as one long document, and the corpus joined into one line of 300,000 characters (one block). ``--save`` writes
which corpus it read (``corpus.txt``: the folder's kind and a digest of its files), and ``--check`` refuses to compare
outputs of another corpus (exit 2): a checkout without ``../shared`` beside it reads the bundled excerpt.

    python evaluation/same_output.py --save DIR     # before the change
    python evaluation/same_output.py --check DIR    # after it: exit 1 on any difference
    python evaluation/same_output.py --check DIR --jobs 2 --engine dask   # the same through another engine
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT.parent / "shared" / "corpus", ROOT / "fixtures" / "corpus")


def corpus_files() -> list[Path]:
    for folder in CORPORA:
        files = sorted(p for p in folder.glob("*") if p.suffix in (".ko", ".en"))
        if files:
            return files
    raise SystemExit(f"no corpus found (looked in {', '.join(str(folder) for folder in CORPORA)})")


def corpus_label() -> str:
    """Which corpus is read and a digest of its files' names and bytes: outputs are comparable only when equal."""
    files = corpus_files()
    kind = "../shared/corpus" if files[0].parent == CORPORA[0] else "fixtures/corpus (the bundled excerpt)"
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return f"{kind} {len(files)} files sha256:{digest.hexdigest()[:16]}"


def not_comparable(saved: Path, label: str) -> str | None:
    """Why the outputs saved in ``saved`` cannot be compared with a run reading the corpus ``label``, or None."""
    marker = saved / "corpus.txt"
    if not marker.exists():
        return None  # saved before the marker existed: compared as before
    was = marker.read_text(encoding="utf-8").strip()
    if was == label:
        return None
    return f"saved with corpus {was}; this checkout reads {label}: not comparable (link ../shared beside both)"


def runs(tmp: Path) -> dict[str, list[str]]:
    """The name of each output and the arguments of ``bilingual process`` that write it."""
    records = tmp / "lines.jsonl"
    with records.open("w", encoding="utf-8") as out:
        for path in corpus_files():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                out.write(json.dumps({"id": f"{path.name}:{number}", "text": line}, ensure_ascii=False) + "\n")
    wholes = tmp / "wholes"
    wholes.mkdir()
    for path in corpus_files():
        (wholes / f"{path.name}.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    joined = " ".join(line for path in corpus_files() for line in path.read_text(encoding="utf-8").splitlines())
    (tmp / "one-line").mkdir()
    (tmp / "one-line" / "line.txt").write_text(joined[:300_000], encoding="utf-8")
    # the pages are copied so that their ids and sources (from their paths) are the same from any checkout
    shutil.copytree(ROOT / "fixtures" / "pages", tmp / "pages")
    return {"pages": ["pages"],
            "corpus-lines": [str(records), "--text-field", "text", "--id-field", "id"],
            "corpus-wholes": ["wholes"],
            "one-line": ["one-line"]}  # relative to the folder the command runs in: the same sources every run


def produce(target: Path, jobs: int, engine: str = "local") -> None:
    target.mkdir(parents=True, exist_ok=True)
    # the corpus read is named, so that outputs saved beside ../shared are not compared with a run that fell back
    # to the bundled excerpt (or the reverse) without saying so
    label = corpus_label()
    print(f"corpus: {corpus_files()[0].parent} ({label})")
    (target / "corpus.txt").write_text(label + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        for name, args in runs(Path(tmp)).items():
            proc = subprocess.run([sys.executable, "-m", "bilingual", "process", *args, "-o",
                                   str(target / f"{name}.jsonl"), "--jobs", str(jobs), "--engine", engine],
                                  cwd=tmp, capture_output=True, text=True, check=False)
            print(f"{name}: exit {proc.returncode}; {proc.stderr.strip().splitlines()[-1]}")


def first_difference(a: Path, b: Path) -> str:
    for number, (x, y) in enumerate(zip(a.read_text(encoding="utf-8").splitlines(),
                                        b.read_text(encoding="utf-8").splitlines(), strict=False), 1):
        if x != y:
            left, right = json.loads(x), json.loads(y)
            keys = [k for k in sorted(set(left) | set(right)) if left.get(k) != right.get(k)]
            return f"line {number} ({left.get('source')}): fields {', '.join(keys)} differ"
    return "one output is longer than the other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, metavar="DIR", help="write the outputs to DIR")
    group.add_argument("--check", type=Path, metavar="DIR", help="compare the outputs now with those in DIR")
    parser.add_argument("--jobs", type=int, default=1, help="bilingual process --jobs (default 1)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="bilingual process --engine (default local; dask: a local cluster of --jobs workers)")
    args = parser.parse_args()
    if args.save:
        produce(args.save, args.jobs, args.engine)
        return 0
    reason = not_comparable(args.check, corpus_label())
    if reason:
        print(reason, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        now = Path(tmp)
        produce(now, args.jobs, args.engine)
        different = 0
        for saved in sorted(args.check.glob("*.jsonl")):
            mine = now / saved.name
            same = mine.read_bytes() == saved.read_bytes()
            lines = saved.read_text(encoding="utf-8").count("\n")
            print(f"{saved.stem}: {lines} records, {'byte-identical' if same else 'DIFFERENT'}"
                  + ("" if same else f": {first_difference(saved, mine)}"))
            different += not same
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
