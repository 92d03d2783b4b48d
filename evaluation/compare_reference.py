"""Rerun every evaluation and ``bilingual process fixtures/pages`` and compare their output with
``evaluation/reference/`` (what they printed before the restructuring; speed
figures aside). Exits 1 on any difference.

Run: ``python evaluation/compare_reference.py`` from the repository root.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "evaluation" / "reference"
SCRIPTS = {"repair_eval": [], "english_splitters": [], "blocks_eval": [], "route_eval": ["--sample", "150"],
           "names_eval": [], "transcription_eval": [], "link_eval": [], "review_eval": []}


def _untimed(text: str) -> str:
    """The output without its speed figures (a table column headed MB/s), which vary from run to run."""
    return re.sub(r"\| [\d.]+ \|$", "| (speed) |", text, flags=re.M)


def main() -> int:
    different = 0
    for name, args in SCRIPTS.items():
        run = subprocess.run([sys.executable, str(ROOT / "evaluation" / f"{name}.py"), *args], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        expected = _untimed((REFERENCE / f"{name}.txt").read_text(encoding="utf-8"))
        got = _untimed(run.stdout)
        if got == expected:
            print(f"{name}: same")
            continue
        different += 1
        print(f"{name}: DIFFERENT")
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), got.splitlines(True), "reference", "now"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pages.jsonl"
        subprocess.run([sys.executable, "-m", "bilingual", "process", "fixtures/pages", "-o", str(out)], cwd=ROOT,
                       check=False, capture_output=True)
        same = out.exists() and out.read_bytes() == (REFERENCE / "pages.jsonl").read_bytes()
    print(f"bilingual process fixtures/pages: {'byte-identical' if same else 'DIFFERENT'}")
    return 1 if different or not same else 0


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    sys.exit(main())
