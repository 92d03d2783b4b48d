"""Korean–English sentence pairs for learning and measuring the translation table of
``bilingual.qa.lexicon``, split deterministically into train, tune and test parts.

Source (development data, read by training and evaluation scripts only, never by the package):
``../shared/corpus/news-dev.{ko,en}`` (1,000 pairs, Korean–English News v1) and
``../shared/corpus/general-dev.{ko,en}`` (720 pairs, JHE), both CC BY-SA 3.0, Jungyeul Park, Jeen-Pyo Hong and
Jeong-Won Cha (2016), *Korean Language Resources for Everyone*, PACLIC 30 (see ``../shared/corpus/SOURCE.md``).

The split. A pair's part is decided by a hash of the pair itself:
``bucket = int(sha256(f"{SEED}:{ko}\\t{en}")[:8 hex], 16) % 100``; buckets 0–69 train (the table is learned
from them), 70–79 tune (the aligner's weights are chosen on them), 80–99 test (reported only). Rerunning gives
the same split on any machine, and a pair keeps its part whatever else the corpus holds. Pairs keep their
corpus order inside each part, so that documents built from consecutive pairs of one part hold neighbouring
sentences of the same stories.

The TEST part is also kept in the repository (``fixtures/corpus/pairing/test-pairs.tsv``: corpus, Korean,
English; CC BY-SA 3.0, attributed in that folder's SOURCE.md), so that ``evaluation/pairing_eval.py``'s test
documents can be built where ``../shared/corpus`` is absent (a clone in CI): :func:`load` reads it then.
``python training/sentence_pairs.py --write-test-fixture`` writes it from the corpus (the same bytes on a rerun).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CORPORA = ("news-dev", "general-dev")
SEED = "bilingual-pairs-2026"
TRAIN_BELOW, TUNE_BELOW = 70, 80

TEST_FIXTURE = ROOT / "fixtures" / "corpus" / "pairing" / "test-pairs.tsv"
"""The TEST part's pairs, for a machine without ``../shared/corpus``."""

Part = Literal["train", "tune", "test"]


def part_of(ko: str, en: str) -> Part:
    bucket = int(hashlib.sha256(f"{SEED}:{ko}\t{en}".encode()).hexdigest()[:8], 16) % 100
    return "train" if bucket < TRAIN_BELOW else "tune" if bucket < TUNE_BELOW else "test"


def load(part: Part, corpora: tuple[str, ...] = CORPORA) -> list[tuple[str, str, str]]:
    """The pairs of one part as ``(corpus, korean, english)``, in corpus order, blank lines left out (the TEST
    part from :data:`TEST_FIXTURE` when ``../shared/corpus`` is absent; any other part needs the corpus)."""
    if not CORPUS.exists() and part == "test" and TEST_FIXTURE.exists():
        return [row for row in read_fixture() if row[0] in corpora]
    out: list[tuple[str, str, str]] = []
    for name in corpora:
        ko_lines = (CORPUS / f"{name}.ko").read_text("utf-8").splitlines()
        en_lines = (CORPUS / f"{name}.en").read_text("utf-8").splitlines()
        for ko, en in zip(ko_lines, en_lines, strict=True):
            ko, en = ko.strip(), en.strip()
            if ko and en and part_of(ko, en) == part:
                out.append((name, ko, en))
    return out


def read_fixture() -> list[tuple[str, str, str]]:
    """The rows of :data:`TEST_FIXTURE`: ``(corpus, korean, english)``."""
    rows = []
    for line in TEST_FIXTURE.read_text("utf-8").splitlines():
        name, ko, en = line.split("\t")
        rows.append((name, ko, en))
    return rows


def write_test_fixture() -> int:
    """Write the TEST part's pairs from the corpus to :data:`TEST_FIXTURE`; the number of pairs."""
    if not CORPUS.exists():
        raise SystemExit(f"the test fixture is written from {CORPUS}, which this machine lacks")
    pairs = load("test")
    assert all("\t" not in field and "\n" not in field for row in pairs for field in row)
    TEST_FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    TEST_FIXTURE.write_text("".join(f"{name}\t{ko}\t{en}\n" for name, ko, en in pairs), "utf-8")
    return len(pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write-test-fixture", action="store_true", help=f"write {TEST_FIXTURE.name}")
    opts = parser.parse_args(argv)
    if opts.write_test_fixture:
        print(f"{write_test_fixture()} test pairs written to {TEST_FIXTURE.relative_to(ROOT)}")
    else:
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
