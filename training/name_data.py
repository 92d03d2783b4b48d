"""Hangul ⇄ Latin name pairs for learning and measuring ``bilingual.names.similarity``, split deterministically.

Sources (development data, read by training and evaluation scripts only, never by the package):

- ``../shared/names-dev/people_kpop.tsv`` (kpopnet.json, CC0): ``ko_person_fullname``, ``ko_given_name``,
  ``ko_stage_name`` (noisy: some stage names are English words, not spellings of the Hangul),
  ``foreign_stage_name``, ``foreign_person_fullname``;
- ``../shared/names-dev/foreign_places.tsv`` (GeoNames CC BY 4.0; Unicode CLDR, Unicode License v3):
  ``foreign_place``, ``cjk_place``, ``ko_place``, ``country_name``;
- ``fixtures/names/romanized_names.tsv``: 224 spellings of Korean public figures (kind ``ko_public_figure``);
- ``fixtures/names/transcriptions.tsv``: foreign names in Hangul, ``match`` rows (kind
  ``foreign_transcription``) and ``miss`` rows (kind ``foreign_transcription_miss``: a different name; kept
  for negative checks, never learned from);
- ``fixtures/names/corpus_names.tsv`` (CC BY-SA 3.0, mined from ``../shared/corpus`` by
  ``training/corpus_names.py`` and checked by hand): ``ko_corpus_person`` (Korean people), ``ko_corpus_name``
  (Korean places and other Korean names), ``foreign_corpus_name`` (foreign people, places, organizations). A
  row whose Hangul and Latin another source already holds is left out (the fixture's public figures came from the
  same lines), so no pair counts twice. Read only when ``LEARN_FROM_CORPUS`` (or ``load(corpus=True)``) says
  so: see that constant.
- ``fixtures/names/korean_names_heldout1.tsv`` (a new writer's Korean people and places; sim18 branch): never in
  ``load()``; ``writer_pairs`` gives its tune half's rows of the train part to ``train_name_model.py --writer-seed``
  (off in the shipped table), ``split_half`` the halves ``evaluation/foreign_names_eval.py --part`` reports on.

The split. Every row is keyed by its Hangul with spaces removed (NFC), so all spellings of one Hangul name
land in the same part and no name crosses parts. ``bucket = int(sha256(f"{SEED}:{key}"))[:8 hex] % 100``:
buckets 0–69 train, 70–79 tune (thresholds, calibration), 80–99 test (reported only). A kind that got no
test row (the one ``foreign_person_fullname``) has its lowest-hash key moved to test, with every row that
shares it, so every source is represented in test. Korean places lose the administrative unit GeoNames
appends (Ansan-si → Ansan; 안산시 → 안산) before the split, so 안산 and 안산시 share a part. Rerunning gives
the same split on any machine.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "names-dev"
FIXTURES = ROOT / "fixtures" / "names"
SEED = "bilingual-names-2026"
TRAIN_BELOW, TUNE_BELOW = 70, 80

Part = Literal["train", "tune", "test"]
KOREAN_KINDS = frozenset(["ko_person_fullname", "ko_given_name", "ko_stage_name", "ko_place", "ko_public_figure",
                          "ko_corpus_person", "ko_corpus_name", "ko_writer_person", "ko_writer_place"])
LEARN_FROM_CORPUS = False  # the corpus's pairs in load(): tried on the sim8 branch (docs/similarity.md); the
# shipped table is rebuilt without them; train_name_model.py --corpus and link_eval.py --corpus turn them on
CORPUS_PARTS: tuple[str, ...] = ("train", "tune", "test")  # the parts whose corpus pairs load() keeps (the others
# are left out: ("train",) learns from them without changing the tune part that calibrates)
CORPUS_KINDS = {"korean_person": "ko_corpus_person", "korean_other": "ko_corpus_name",
                "foreign": "foreign_corpus_name"}
NOISY_KINDS = frozenset(["ko_stage_name", "foreign_transcription_miss"])  # never learned from


@dataclass(frozen=True)
class Pair:
    hangul: str
    latin: str
    kind: str
    source: str  # the file the row came from
    part: Part

    @property
    def table(self) -> str:
        """The spelling table the pair teaches: ``ko`` (Korean name romanized), ``fx`` (foreign name in Hangul)."""
        return "ko" if self.kind in KOREAN_KINDS else "fx"

    @property
    def is_person(self) -> bool:
        return self.kind in ("ko_person_fullname", "ko_given_name", "ko_stage_name", "foreign_stage_name",
                             "foreign_person_fullname", "ko_public_figure", "foreign_transcription",
                             "foreign_transcription_miss", "ko_corpus_person", "ko_writer_person",
                             "foreign_file_person")


def key(hangul: str) -> str:
    return unicodedata.normalize("NFC", hangul).replace(" ", "")


def bucket(hangul: str) -> int:
    return int(hashlib.sha256(f"{SEED}:{key(hangul)}".encode()).hexdigest()[:8], 16) % 100


def _part(b: int) -> Part:
    return "train" if b < TRAIN_BELOW else "tune" if b < TUNE_BELOW else "test"


def _tsv(path: Path) -> Iterable[list[str]]:
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _raw(corpus: bool = False) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for name in ("people_kpop.tsv", "foreign_places.tsv"):
        for i, cols in enumerate(_tsv(SHARED / name)):
            if i == 0 and cols[0] == "hangul":
                continue
            rows.append((cols[0].strip(), cols[1].strip(), cols[2].strip(), name))
    for cols in _tsv(FIXTURES / "romanized_names.tsv"):
        rows.append((cols[1].strip(), cols[0].strip(), "ko_public_figure", "romanized_names.tsv"))
    for cols in _tsv(FIXTURES / "transcriptions.tsv"):
        kind = "foreign_transcription" if cols[2].strip() == "match" else "foreign_transcription_miss"
        rows.append((cols[0].strip(), cols[1].strip(), kind, "transcriptions.tsv"))
    if corpus:
        rows += corpus_rows({(unicodedata.normalize("NFC", h), unicodedata.normalize("NFC", la))
                             for h, la, _, _ in rows})
    return [(unicodedata.normalize("NFC", h), unicodedata.normalize("NFC", la), k, s) for h, la, k, s in rows
            if h and la]


def corpus_rows(known: Collection[tuple[str, str]] = ()) -> list[tuple[str, str, str, str]]:
    """The rows of ``fixtures/names/corpus_names.tsv`` (header line skipped) whose (Hangul, Latin) no other source
    holds."""
    out: list[tuple[str, str, str, str]] = []
    for cols in _tsv(FIXTURES / "corpus_names.tsv"):
        if cols[0] == "hangul":
            continue
        hangul, latin = (unicodedata.normalize("NFC", c.strip()) for c in cols[:2])
        if (hangul, latin) not in known:
            out.append((hangul, latin, CORPUS_KINDS[cols[2].strip()], "corpus_names.tsv"))
    return out


_ADMIN_SUFFIX = re.compile(r"[-‐ ](si|gun|gu|dong|tong|ri|ni|li|eup|up|myeon|chon|ch'on|ch’on|[nlr]odongjagu)$",
                           re.IGNORECASE)
_ADMIN_SYLLABLES = "시군구동리읍면촌"


def clean_korean_place(hangul: str, latin: str) -> tuple[str, str]:
    """GeoNames writes the administrative unit on Korean places (Ansan-si, Aoji-ri, Ch'ŏngdan-ŭp) while the
    Hangul often lacks it (안산 / Ansan-si): both are dropped, so the pair is the name alone (안산 / Ansan)."""
    folded = unicodedata.normalize("NFKD", latin)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    match = _ADMIN_SUFFIX.search(folded)
    if match is None:
        if len(hangul) > 2 and hangul[-1] in "시군":
            hangul = hangul[:-1]
        return hangul, latin
    if len(hangul) > 2 and hangul[-1] in _ADMIN_SYLLABLES:
        hangul = hangul[:-1]
    return hangul, latin[: match.start()]


def load(corpus: bool | None = None) -> list[Pair]:
    """Every pair with its part, in file order (deterministic); the corpus's pairs too when ``corpus`` (by default
    ``LEARN_FROM_CORPUS``)."""
    if not SHARED.is_dir():
        raise SystemExit(f"the name data needs the real name pairs in {SHARED} (../shared/names-dev beside the "
                         "repository); not found, so nothing was evaluated or trained")
    raw = [(*clean_korean_place(h, la), k, s) if k == "ko_place" else (h, la, k, s) for h, la, k, s in
           _raw(LEARN_FROM_CORPUS if corpus is None else corpus)]
    raw = list(dict.fromkeys(raw))  # cleaning makes some rows the same
    parts = {key(h): _part(bucket(h)) for h, _, _, _ in raw}
    for kind in sorted({k for _, _, k, _ in raw}):
        keys = sorted({key(h) for h, _, k, _ in raw if k == kind}, key=lambda x: (bucket(x), x))
        if not any(parts[x] == "test" for x in keys):
            parts[keys[0]] = "test"
    return [Pair(h, la, k, s, parts[key(h)]) for h, la, k, s in raw
            if s != "corpus_names.tsv" or parts[key(h)] in CORPUS_PARTS]


WRITER_FILE = FIXTURES / "korean_names_heldout1.tsv"  # a new writer's Korean people and places (stop 32's sealed file,
# a tune file since): its halves are cut by split_half; only the tune half is ever learned from (sim18 branch)
HALF_SALT = "bilingual-sim18-halves:"
HALVES = ("tune", "report")


def split_half(hangul: str, seed: int = 0) -> str:
    """``tune`` or ``report``: the half of a pairs file (``evaluation/foreign_names_eval.py --part``) a row's Hangul
    (spaces removed) falls in under ``seed``; every spelling of one name is in one half."""
    digest = hashlib.sha256(f"{HALF_SALT}{seed}:{key(hangul)}".encode()).digest()
    return HALVES[digest[0] % 2]


def writer_pairs(pairs: list[Pair], seed: int = 0, path: Path = WRITER_FILE) -> list[Pair]:
    """The rows of the tune half (``split_half`` under ``seed``) of the new writer's file of Korean names, as training
    pairs (kinds ``ko_writer_person``, ``ko_writer_place``), keeping only a name whose part here (the same hash as
    every other row's) is ``train`` and that no row of ``pairs`` holds in its tune or test part: so nothing in the
    tune part (calibration) or the test part (``link_eval.py``, ``similarity_eval.py``) is learned from, and the
    report half never is. Rows already in ``pairs`` (same Hangul and Latin) are left out."""
    held = {key(p.hangul) for p in pairs if p.part != "train"}
    known = {(key(p.hangul), p.latin) for p in pairs}
    out: list[Pair] = []
    for cols in _tsv(path):
        if len(cols) != 3 or cols[0] == "hangul":
            continue
        hangul, latin, kind = (unicodedata.normalize("NFC", c.strip()) for c in cols)
        k = key(hangul)
        if (split_half(hangul, seed) != "tune" or _part(bucket(hangul)) != "train" or k in held
                or (k, latin) in known):
            continue
        known.add((k, latin))
        out.append(Pair(hangul, latin, "ko_writer_person" if kind == "person" else "ko_writer_place", path.name,
                        "train"))
    return out


FOREIGN_FILES = tuple(sorted(FIXTURES.glob("foreign_names_heldout*.tsv")))  # six writers' foreign names (fx32)
FOREIGN_FILE_KINDS = {"person": "foreign_file_person", "place": "foreign_file_place", "org": "foreign_file_org"}


def foreign_file_pairs(pairs: list[Pair], seed: int = 0, paths: Iterable[Path] = FOREIGN_FILES,
                       sub_seed: int | None = None) -> list[Pair]:
    """The rows of the tune half (``split_half`` under ``seed``) of the foreign-names files
    (``evaluation/foreign_names_eval.py --pairs``) as training pairs of the ``fx`` table (kinds
    ``FOREIGN_FILE_KINDS``), kept as :func:`writer_pairs` keeps a writer's rows: only a name whose part here is
    ``train`` and that no tune or test row of ``pairs`` holds, so the calibration's tune part and the test part are
    never learned from, and no file's report half is (a name is in the same half in every file: the half is a hash
    of its Hangul). ``sub_seed``: only the rows the tune half cut again by ``split_half`` under it puts in its
    ``tune`` half — the nested check (fx32 branch): learn one part of the tune halves, measure the other."""
    held = {key(p.hangul) for p in pairs if p.part != "train"}
    known = {(key(p.hangul), p.latin) for p in pairs}
    out: list[Pair] = []
    for path in paths:
        for cols in _tsv(path):
            if len(cols) != 3 or cols[0] == "hangul":
                continue
            hangul, latin, kind = (unicodedata.normalize("NFC", c.strip()) for c in cols)
            k = key(hangul)
            if (split_half(hangul, seed) != "tune" or (sub_seed is not None and split_half(hangul, sub_seed) != "tune")
                    or _part(bucket(hangul)) != "train" or k in held or (k, latin) in known
                    or kind not in FOREIGN_FILE_KINDS):
                continue
            known.add((k, latin))
            out.append(Pair(hangul, latin, FOREIGN_FILE_KINDS[kind], path.name, "train"))
    return out


def summary(pairs: list[Pair]) -> str:
    kinds = sorted({p.kind for p in pairs})
    lines = ["| kind | train | tune | test |", "|---|---|---|---|"]
    for k in kinds:
        n = {part: sum(1 for p in pairs if p.kind == k and p.part == part) for part in ("train", "tune", "test")}
        lines.append(f"| {k} | {n['train']} | {n['tune']} | {n['test']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(load(corpus=True if "--corpus" in sys.argv[1:] else None)))
