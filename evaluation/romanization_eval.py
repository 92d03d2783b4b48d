"""Romanization against the official rules' own examples, beside two plain baselines in the same run.

Run: ``python evaluation/romanization_eval.py`` (from the repository root; ``--tune`` shows the tune half only,
``--misses`` lists every miss). The examples are ``fixtures/romanize/official.tsv``: the RR notice (2000-8), the
Standard Pronunciation rules (표준 발음법; RR spelling of the pronunciation the standard gives) and MR (1939), each
with the rule it illustrates, split into tune / report halves by rule (rows of one rule alternate). Figures:

- ``report``: the half not looked at while the engine was written;
- ``place names and signage``: the rows of each half whose kind is ``proper`` (places, cultural properties,
  structures and administrative units, as on road signs; issue 14 asks that these stay at 99 % or more);
- ``listed``: rows whose word is in ``bilingual/data/pronunciation.tsv`` (the standard's own lexical lists):
  right by construction, so they are counted apart and never in ``report``;
- baselines: *table only* (letters, no sound change at all) and *letter rules* (the sound changes the letters
  show, without the pronunciation step and without Kiwi's say on units and MR's tensing: what the engine did
  before issue 14).

A second table counts ``fixtures/romanize/nl_words.tsv``: words where ㄴ meets ㄹ, read [ㄴㄴ] (표준 발음법 제20항
다만: a noun ending in ㄴ and a bound morpheme in ㄹ, 판단력 [판단녁]) or [ㄹㄹ] (제20항: 권력 [궐력], 대|혼란),
written by an engineer who read no code (docs/romanization.md, "nl20"). A third table checks Korean place names as
GeoNames spells them (``../shared/names-dev/foreign_places.tsv``,
kind ``ko_place``, when present): only the rows spelled in RR, or in MR without diacritics, can be checked, and a
unit suffix (-si, -gun, -ri …) may be left out.
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bilingual.names.pronunciation import exceptions
from bilingual.names.romanize import romanize, romanize_word, strip_diacritics

engine = importlib.import_module("bilingual.names.romanize")  # the module (the package exports the function)
ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = ROOT / "fixtures" / "romanize" / "official.tsv"
PLACES = ROOT.parent / "shared" / "names-dev" / "foreign_places.tsv"
NL_WORDS = ROOT / "fixtures" / "romanize" / "nl_words.tsv"

Romanizer = Callable[[str, str, str], str]


def rows() -> list[dict[str, str]]:
    out = []
    for line in OFFICIAL.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            hangul, rr, mr, kind, rule, split = line.split("\t")
            out.append({"hangul": hangul, "rr": rr, "mr": mr, "kind": kind, "rule": rule, "split": split})
    return out


def full(hangul: str, system: str, kind: str) -> str:
    if kind == "name":
        return romanize(hangul, system=system, names="separate")  # type: ignore[arg-type]
    return romanize(hangul, system=system, capitalize=kind == "proper")  # type: ignore[arg-type]


def table_only(hangul: str, system: str, kind: str) -> str:
    def word(m: re.Match[str]) -> str:
        out = romanize_word(m.group(), system, sound_changes=False)  # type: ignore[arg-type]
        return out[:1].upper() + out[1:] if kind != "word" else out
    return re.sub("[가-힣]+", word, hangul)


@contextmanager
def _without_pronunciation() -> Iterator[None]:
    saved = engine.respell, engine.tensed, engine.unit_suffix
    engine.respell = lambda word, morphology=True: word  # type: ignore[assignment]
    engine.tensed = lambda word: frozenset()  # type: ignore[assignment]
    engine.unit_suffix = lambda word: None  # type: ignore[assignment]
    try:
        yield
    finally:
        engine.respell, engine.tensed, engine.unit_suffix = saved


def letter_rules(hangul: str, system: str, kind: str) -> str:
    with _without_pronunciation():
        return full(hangul, system, kind)


def listed(hangul: str) -> bool:
    return any(w in hangul for w in exceptions())


def score(data: list[dict[str, str]], system: str, how: Romanizer) -> tuple[int, int, list[str]]:
    right, total, misses = 0, 0, []
    for r in data:
        if not r[system]:
            continue
        total += 1
        got = how(r["hangul"], system, r["kind"])
        if got in r[system].split("|"):
            right += 1
        else:
            misses.append(f"{r['hangul']} -> {got!r}, expected {r[system]!r} ({r['rule']})")
    return right, total, misses


def pct(right: int, total: int) -> str:
    return f"{right}/{total} = {100 * right / total:.1f}%" if total else "-"


def official_table(show_misses: bool, tune_only: bool) -> None:
    data = rows()
    groups = {
        "tune": [r for r in data if r["split"] == "tune" and not listed(r["hangul"])],
        "report": [r for r in data if r["split"] == "report" and not listed(r["hangul"])],
        "listed (in the data file)": [r for r in data if listed(r["hangul"])],
    }
    for half in ("tune", "report"):  # issue 14's third target: signage and place names (the `proper` rows)
        groups[f"{half}, place names and signage"] = [r for r in groups[half] if r["kind"] == "proper"]
    if tune_only:
        groups = {"tune": groups["tune"], "tune, place names and signage": groups["tune, place names and signage"]}
    print("**Official examples** (`fixtures/romanize/official.tsv`)\n")
    print("| rows | system | table only | letter rules | this engine |")
    print("|---|---|---|---|---|")
    all_misses: list[str] = []
    for name, group in groups.items():
        for system in ("rr", "mr"):
            cells = [score(group, system, how) for how in (table_only, letter_rules, full)]
            print(f"| {name} | {system.upper()} | " + " | ".join(pct(r, t) for r, t, _ in cells) + " |")
            all_misses += [f"{name} {system}: {m}" for m in cells[2][2]]
    if show_misses:
        print()
        for m in all_misses:
            print("  miss:", m)
    print()


def nl_table(show_misses: bool) -> None:
    """ㄴ meeting ㄹ: [ㄴㄴ] after a noun before a bound morpheme, [ㄹㄹ] elsewhere (``nl_words.tsv``), RR."""
    data = [line.split("\t") for line in NL_WORDS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    print(f"**ㄴ meeting ㄹ** (`fixtures/romanize/nl_words.tsv`, {len(data)} words, RR)\n")
    print("| kind | letter rules | this engine |")
    print("|---|---|---|")
    misses = []
    for kind, label in (("nn", "[ㄴㄴ] (제20항 다만)"), ("ll", "[ㄹㄹ] (제20항)")):
        rows_ = [(word, rr) for word, _, rr, k in data if k == kind]
        cells = []
        for name, how in (("letter rules", letter_rules), ("this engine", full)):
            right = 0
            for word, rr in rows_:
                got = how(word, "rr", "word").replace("-", "").lower()
                right += got == rr
                if got != rr and name == "this engine":
                    misses.append(f"{word}: {got} (expected {rr})")
            cells.append(pct(right, len(rows_)))
        print(f"| {label} | {' | '.join(cells)} |")
    print()
    if show_misses:
        for m in misses:
            print("  miss:", m)
        print()


def place_table() -> None:
    if not PLACES.exists():
        print("(no ../shared/names-dev/foreign_places.tsv: place names not checked)")
        return
    pairs = []
    for line in PLACES.read_text(encoding="utf-8").splitlines()[1:]:
        hangul, latin, kind, _ = line.split("\t")
        if kind == "ko_place" and re.fullmatch("[가-힣]+", hangul):
            pairs.append((hangul, latin))

    def forms(hangul: str, how: Romanizer) -> set[str]:
        out = {how(hangul, "rr", "proper"), strip_diacritics(how(hangul, "mr", "proper"))}
        return out | {f.rsplit("-", 1)[0] for f in out}

    def spelled(latin: str) -> str:
        return re.sub(r"-(?:si|gun|gu|eup|myeon|ri|ni|dong|do)$", "", latin)

    print(f"**Korean place names as GeoNames spells them** ({len(pairs)} `ko_place` rows)\n")
    print("| romanizer | RR or MR (no diacritics), unit suffix optional |")
    print("|---|---|")
    for name, how in (("table only", table_only), ("letter rules", letter_rules), ("this engine", full)):
        right = sum(spelled(latin) in {spelled(f) for f in forms(h, how)} or latin in forms(h, how)
                    for h, latin in pairs)
        print(f"| {name} | {pct(right, len(pairs))} |")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list the rows the engine gets wrong")
    parser.add_argument("--tune", action="store_true", help="the tune half only (no place names)")
    opts = parser.parse_args()
    official_table(opts.misses, opts.tune)
    if not opts.tune:
        nl_table(opts.misses)
        place_table()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
