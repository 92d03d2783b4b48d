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
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CORPORA = ("news-dev", "general-dev")
SEED = "bilingual-pairs-2026"
TRAIN_BELOW, TUNE_BELOW = 70, 80

Part = Literal["train", "tune", "test"]


def part_of(ko: str, en: str) -> Part:
    bucket = int(hashlib.sha256(f"{SEED}:{ko}\t{en}".encode()).hexdigest()[:8], 16) % 100
    return "train" if bucket < TRAIN_BELOW else "tune" if bucket < TUNE_BELOW else "test"


def load(part: Part, corpora: tuple[str, ...] = CORPORA) -> list[tuple[str, str, str]]:
    """The pairs of one part as ``(corpus, korean, english)``, in corpus order, blank lines left out."""
    out: list[tuple[str, str, str]] = []
    for name in corpora:
        ko_lines = (CORPUS / f"{name}.ko").read_text("utf-8").splitlines()
        en_lines = (CORPUS / f"{name}.en").read_text("utf-8").splitlines()
        for ko, en in zip(ko_lines, en_lines, strict=True):
            ko, en = ko.strip(), en.strip()
            if ko and en and part_of(ko, en) == part:
                out.append((name, ko, en))
    return out
