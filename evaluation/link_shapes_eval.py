"""Linking Korean people's names written in *shapes* the names-dev data does not use: a fresh evaluation.

``evaluation/link_eval.py`` queries the KB with the real spellings of ``training/name_data.py``'s parts; most of
them are "Family Givenname" or "Family Given-name". Real text also writes names in other shapes — the National
Assembly's ("BAE Jae Jeung", "CHO Won jin": family name in capitals, each given syllable a word, sometimes lower
case), comma forms ("Hong, Chul Ho"), a name all in capitals, the given name joined or first, and
McCune–Reischauer with or without its breves and apostrophes ("Ch'oe Kyŏng-hwan", "Choe Kyong-hwan"). This script
writes such queries, with a fixed seed, from the people of one part (default: the held-out **test** part):

- the shapes that only rearrange a real spelling (comma, capitals, joined, given name first, Assembly style) start
  from one of the person's real spellings, chosen by the seed; the family name is the word whose spelling is one
  of the Hangul surname's (``surname_index``); Assembly style needs the given name in its syllables: its hyphen
  or spaces when it has them, else a cut made from the Hangul's jamo and a short list of common vowel and final
  spellings (:func:`cut_given`) — a spelling that cannot be cut that way gets no Assembly query (the table's
  query counts show how many);
- ``mr`` is ``romanize_name(style="mr")`` of the Hangul, with the seed choosing whether the breves and the
  apostrophes are kept (so it also measures the romanizer's own MR, not a real spelling).

The KBs are ``link_eval.py``'s ``hangul`` (Hangul names only) and ``english`` (RR house-style names only), the
same people with a distractor each whose last syllable differs; the seed also chooses the distractors' syllables.
anyascii + rapidfuzz ``WRatio`` ≥ 85 runs beside it in the same run.

Run: ``python evaluation/link_shapes_eval.py [--part test|tune|train] [--seeds 1 2 3] [--show-misses]``.
Reported, not a gate (exit status 0).
"""

from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilingual.names.hangul import decompose  # noqa: E402
from bilingual.names.keys import korean_surname  # noqa: E402
from bilingual.names.romanized import romanize_name, spelling_key, surname_index  # noqa: E402
from evaluation.link_eval import build, fuzzy_baseline, spellings  # noqa: E402

SHAPES = ("comma", "caps family", "all caps", "joined given", "given first", "assembly", "mr")


def family_and_given(hangul: str, spelling: str) -> tuple[str, list[str]] | None:
    """The spelling's family-name word and its other words, or ``None`` when no single word is the family name."""
    surname = korean_surname(hangul)
    words = spelling.split()
    if surname is None or len(words) < 2:
        return None
    for index in (0, len(words) - 1):
        options = surname_index().get(spelling_key(words[index]), [])
        if any(h == surname for h, _ in options):
            return words[index], [w for i, w in enumerate(words) if i != index]
    return None


VOWEL_SPELLINGS = {
    "ㅏ": "a ah", "ㅐ": "ae e ai", "ㅑ": "ya", "ㅒ": "yae ye", "ㅓ": "eo u o", "ㅔ": "e ae", "ㅕ": "yeo yu yo ye you",
    "ㅖ": "ye", "ㅗ": "o oh", "ㅘ": "wa", "ㅙ": "wae", "ㅚ": "oe oi we", "ㅛ": "yo", "ㅜ": "u oo ou",
    "ㅝ": "wo", "ㅞ": "we", "ㅟ": "wi wee ui", "ㅠ": "yu yoo you", "ㅡ": "eu u", "ㅢ": "ui eui ee i",
    "ㅣ": "i ee y"}
FINAL_SPELLINGS = {"ㄱ": "k g", "ㄴ": "n", "ㄹ": "l r", "ㅁ": "m", "ㅂ": "p b", "ㅇ": "ng", "ㅅ": "t s",
                   "ㄷ": "t d", "ㅈ": "t j", "ㅊ": "t", "ㅌ": "t", "ㅎ": "t h", "ㄲ": "k", "ㅆ": "t s", "ㅍ": "p"}


def cut_given(given: str, syllables: str) -> list[str] | None:
    """A joined given name cut into one piece per Hangul syllable using only the syllables' jamo and a short
    list of how each vowel and final is commonly written (``VOWEL_SPELLINGS``, ``FINAL_SPELLINGS``: not the
    model's tables): a piece is consonant letters (none for ㅇ), a vowel spelling, a final's spelling. The
    first cut found, or ``None``."""
    shapes = [decompose(s) for s in syllables]

    def fits(piece: str, shape: tuple[str, str, str]) -> bool:
        initial, vowel, final = shape
        lead = len(piece) - len(piece.lstrip("bcdfghjklmnpqrstvxz"))
        if (lead == 0) != (initial == "ㅇ"):
            return False
        rest = piece[lead:]
        if final:
            ends = [f for f in FINAL_SPELLINGS.get(final, "").split() if rest.endswith(f)]
            if not ends:
                return False
            rest = rest[: -len(ends[0])]
        return rest in VOWEL_SPELLINGS[vowel].split()

    def search(start: int, i: int) -> list[str] | None:
        if i == len(shapes):
            return [] if start == len(given) else None
        for end in range(start + 1, len(given) + 1):
            if fits(given[start:end].lower(), shapes[i]):
                rest = search(end, i + 1)
                if rest is not None:
                    return [given[start:end], *rest]
        return None

    return search(0, 0)


def strip_mr(text: str, breves: bool, apostrophes: bool) -> str:
    if not apostrophes:
        text = text.replace("'", "").replace("’", "")
    if not breves:
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text)


def queries(hangul: str, real: list[str], rng: random.Random) -> dict[str, str]:
    """One query per shape that can be written for this person (``assembly`` may be missing)."""
    out: dict[str, str] = {}
    mr = romanize_name(hangul, style="mr")
    out["mr"] = strip_mr(mr, rng.random() < 0.5, rng.random() < 0.5)
    parsed = [(s, family_and_given(hangul, s)) for s in real]
    usable = [(s, p) for s, p in parsed if p is not None]
    if not usable:
        return out
    _, (family, given_words) = usable[rng.randrange(len(usable))]
    given = " ".join(given_words)
    letters = "".join(c for c in given if c.isalpha())
    joined = letters[:1].upper() + letters[1:].lower()
    out["comma"] = f"{family}, {given}"
    out["caps family"] = f"{family.upper()} {given}"
    out["all caps"] = f"{family} {given}".upper()
    out["joined given"] = f"{family} {joined}"
    out["given first"] = f"{given} {family}" if rng.random() < 0.5 else f"{joined} {family}"
    surname = korean_surname(hangul) or ""
    written = [p for w in given_words for p in w.replace("-", " ").split()]
    syllables = hangul[len(surname):]
    pieces = written if len(written) == len(syllables) else cut_given(letters, syllables)
    if pieces is not None and len(pieces) > 1:
        words = [pieces[0].capitalize()] + [p.lower() if rng.random() < 0.3 else p.capitalize() for p in pieces[1:]]
        out["assembly"] = " ".join([family.upper(), *words])
    return out


def run(part: str, seed: int, show: bool) -> dict[tuple[str, str, str], list[int]]:
    people = spellings(part)
    made = {h: queries(h, real, random.Random(f"{seed}:{h}")) for h, real in people.items()}
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # correct, wrong, abstained
    for kind in ("hangul", "english"):
        kb = build(kind, people, seed=seed)
        for hangul, shaped in made.items():
            for shape, query in shaped.items():
                for method in ("bilingual", "baseline"):
                    if method == "bilingual":
                        link = kb.link(query)
                        got = None if link is None else link.entity_id
                    else:
                        got = fuzzy_baseline(kb, query)
                    slot = 0 if got == hangul else 2 if got is None else 1
                    for s in (shape, "all shapes"):
                        counts[(kind, s, method)][slot] += 1
                    if show and method == "bilingual" and slot:
                        top = [] if link is None else [(c.entity_id, round(c.score, 3), c.evidence)
                                                      for c in link.candidates[:3]]
                        print(f"    miss [{kind} seed {seed}] {shape}: {query!r} gold {hangul} got {got} {top}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="test", choices=("train", "tune", "test"))
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    totals: dict[tuple[str, str, str], list[list[int]]] = defaultdict(list)
    for seed in args.seeds:
        for key, value in run(args.part, seed, args.show_misses).items():
            totals[key].append(value)
    people = spellings(args.part)
    print(f"**{args.part} part**: {len(people)} people; seeds {args.seeds}; each KB also holds one distractor a "
          "person\n")
    print("| KB | shape | queries (all seeds) | method | correct | wrong | abstained |\n|---|---|---|---|---|---|---|")
    for kind in ("hangul", "english"):
        for shape in (*SHAPES, "all shapes"):
            for method, label in (("bilingual", "bilingual"), ("baseline", "anyascii + rapidfuzz WRatio ≥ 85")):
                runs = totals.get((kind, shape, method))
                if not runs:
                    continue
                c, w, a = (sum(r[i] for r in runs) for i in range(3))
                n = max(1, c + w + a)
                print(f"| {kind} | {shape} | {n} | {label} | {c / n:.1%} | {w / n:.1%} | {a / n:.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
