"""Review of places and organizations (issue 11 item 3, placecheck branch): does the review accuse a correct
rendering, and does it catch another place or organization put in its stead?

The check is :func:`bilingual.qa.swapped_names.check_swaps` (``name-mismatch`` error, ``name-spelling`` warning);
its findings are read off each reviewed pair, so the other checks' findings do not count here.

- **real pairs**: the 1,000 news-dev and 720 general-dev pairs of ``../shared/corpus`` (or the excerpts in
  ``fixtures/corpus``), reviewed as they are, Korean to English and (the same pairs turned round) English to Korean.
  Every finding is printed with ``--show CORPUS`` so that each can be read and classified by hand (a real error of
  the corpus, or a false accusation). The rules were narrowed on news-dev's findings; general-dev's were read
  only once the code was final (as ``review_eval.py`` keeps general-dev as the corpus not tuned on);
- **injected swaps**: real pairs where a place (an organization) is named on both sides and aligned (the two
  mentions are one KB entity, or their names fit ``same`` by ``name_similarity``); in one copy the translation's
  name is replaced by another place's (organization's) English name of the same kind, in another the source's by
  another's Hangul name, drawn with a fixed seed from the gazetteer ``places.tsv`` (a country for a country, a
  Korean place for a Korean place, a foreign place for a foreign one) and from ``organizations.tsv`` /
  ``public_bodies.tsv`` (an organization of the same list kind); names that fit the original ``same`` are not drawn.
  Each copy is reviewed both ways round (Korean source, and the pair turned round). A copy is caught when the check
  reports an error (or a warning) that names the injected name;
- **injected country swaps** (placecheck2 branch): pairs whose source names a country (a place mention, not South
  Korea) that the translation names by one of its names; in one copy the English name is replaced by another
  country's (``countries.tsv``), in another the Korean one by another country's Hangul name. The country check is
  :func:`bilingual.qa.swapped_names.check_country_swaps`;
- the plain baseline in the same run: the KB's Hangul names as strings in the Korean side, none of that entity's
  English names as strings in the English side, and another KB entity of the same type named there as a string.

For the injected swaps, the pairs are split into a tune half and a report half by a fixed seed (:data:`SPLIT_SEED`)
before anything is looked at: ``--part tune`` (default) is the half the check was developed on; ``--part report``
is run once, at the end, and prints counts only.

Run: ``python evaluation/place_review_eval.py [--part tune|report] [--seeds 3] [--show news-dev] [--per-seed]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from review_eval import corpus, put_korean  # noqa: E402

from bilingual import KnowledgeBase, review_pairs  # noqa: E402
from bilingual.document import Finding, Mention  # noqa: E402
from bilingual.entities.countries import country_code, country_names  # noqa: E402
from bilingual.entities.gazetteer import is_country  # noqa: E402
from bilingual.entities.organizations import known_organization  # noqa: E402
from bilingual.files import data_rows  # noqa: E402
from bilingual.names.hangul import has_syllable  # noqa: E402
from bilingual.names.keys import strip_particle  # noqa: E402
from bilingual.names.korean_places import is_korean_place  # noqa: E402
from bilingual.names.similarity import name_similarity  # noqa: E402
from bilingual.qa.result import Review, ReviewPair  # noqa: E402
from bilingual.qa.sides import Side  # noqa: E402
from bilingual.qa.swapped_names import (  # noqa: E402
    HOME_COUNTRY,
    check_country_swaps,
    check_swaps,
    checked,
    countries_named,
)
from bilingual.qa.terminology import glossary_names  # noqa: E402

SPLIT_SEED = 1111
"""The seed that splits each corpus's pairs into the tune and report halves (fixed before any result was seen)."""
_PLAIN_LATIN = re.compile(r"[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,3}")
_PLAIN_HANGUL = re.compile(r"[가-힣]{2,6}")


def halves(n: int) -> dict[str, set[int]]:
    order = list(range(n))
    random.Random(SPLIT_SEED).shuffle(order)
    return {"tune": set(order[: n // 2]), "report": set(order[n // 2:])}


# -- the pools of other names ------------------------------------------------------------------------------
def place_pools() -> dict[tuple[str, bool], list[str]]:
    """The gazetteer's names by kind (country, korean, foreign) and script (Hangul or not)."""
    kinds = {"country": "country", "ko_place": "korean", "ko_admin": "korean", "city": "foreign",
             "foreign_place": "foreign"}
    out: dict[tuple[str, bool], set[str]] = {}
    for _, cols in data_rows("places.tsv"):
        kind = kinds.get(cols[1])
        name = cols[0]
        if kind is None or not (_PLAIN_HANGUL.fullmatch(name) or _PLAIN_LATIN.fullmatch(name)):
            continue
        out.setdefault((kind, has_syllable(name)), set()).add(name)
    return {k: sorted(v) for k, v in out.items()}


def org_pools() -> dict[tuple[str, bool], list[str]]:
    """The organization lists' names by list kind and script."""
    out: dict[tuple[str, bool], set[str]] = {}
    rows = [(cols[1], [cols[0], *cols[2].split(",")]) for _, cols in data_rows("organizations.tsv")]
    rows += [("public", [cols[0], *cols[1].split(",")]) for _, cols in data_rows("public_bodies.tsv")]
    for kind, names in rows:
        for name in (n.strip() for n in names):
            if _PLAIN_HANGUL.fullmatch(name) or (_PLAIN_LATIN.fullmatch(name) and len(name) > 3):
                out.setdefault((kind, has_syllable(name)), set()).add(name)
    return {k: sorted(v) for k, v in out.items()}


def bare(text: str) -> str:
    return strip_particle(text) if has_syllable(text) else text


def kind_of(m: Mention, t: Mention) -> str:
    """The pool a place or organization is drawn from: country, korean, foreign; an organization's list kind."""
    if m.type == "place":
        if is_country(bare(m.text)) or is_country(t.text):
            return "country"
        return "korean" if is_korean_place(bare(m.text)) else "foreign"
    return known_organization(bare(m.text)) or known_organization(t.text) or "company"


# -- aligned names and the swaps -------------------------------------------------------------------------
def aligned(pair: ReviewPair) -> Iterator[tuple[Mention, Mention]]:
    """The places and organizations named on both sides: one KB entity, or names that fit ``same``; the first of
    the source's names for each."""
    for m in pair.source_mentions:
        if m.type not in ("place", "org"):
            continue
        for t in pair.target_mentions:
            if t.type == m.type and ((m.entity_id is not None and m.entity_id == t.entity_id)
                                     or name_similarity(bare(m.text), t.text, kind=m.type).verdict == "same"):
                yield m, t
                break


@dataclass(frozen=True)
class Case:
    source: str
    target: str
    injected: str
    side: str  # where the other name was put: "target" or "source"
    type: str


def draw(pool: list[str], original: tuple[str, ...], rng: random.Random) -> str | None:
    """A name of the pool that fits none of the original's writings ``same`` (ten tries)."""
    for _ in range(10):
        name = rng.choice(pool)
        if all(name != o and name_similarity(name, o).verdict != "same" for o in original):
            return name
    return None


def swaps(clean: Review, part: set[int], rng: random.Random, kb: KnowledgeBase) -> tuple[list[Case], int]:
    """One copy for each side of each pair of the part with an aligned place or organization (the first), and
    the number of pairs whose first aligned place the check leaves alone by design (a country, a continent)."""
    places, orgs = place_pools(), org_pools()
    cases = []
    by_design = 0
    for i in sorted(part):
        pair = clean.pairs[i]
        found = next(aligned(pair), None)
        if found is None:
            continue
        m, t = found
        if not (checked(m, kb) and checked(t, kb)):
            by_design += 1
            continue
        kind = kind_of(m, t)
        pools = places if m.type == "place" else orgs
        original = (bare(m.text), t.text)
        latin = draw(pools.get((kind, False), []), original, rng)
        if latin is not None:
            cases.append(Case(pair.source, pair.target[:t.start] + latin + pair.target[t.end:], latin, "target",
                              m.type))
        hangul = draw(pools.get((kind, True), []), original, rng)
        source = put_korean(pair.source, m.start, m.start + len(bare(m.text)), hangul) if hangul else None
        if hangul is not None and source is not None:
            cases.append(Case(source, pair.target, hangul, "source", m.type))
    return cases, by_design


def country_pools() -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The countries of ``countries.tsv`` with a name in each script (South Korea, :data:`HOME_COUNTRY`, left out:
    the check leaves it alone by design), each with its first English and Hangul names."""
    out: dict[str, tuple[str, str]] = {}
    for code in sorted({c for n in place_pools().get(("country", False), []) if (c := country_code(n))}):
        names = country_names(code)
        latin = next((n for n in names if _PLAIN_LATIN.fullmatch(n)), None)
        hangul = next((n for n in names if _PLAIN_HANGUL.fullmatch(n)), None)
        if latin and hangul and code != HOME_COUNTRY:
            out[code] = (latin, hangul)
    return sorted(out), out


def country_swaps(clean: Review, part: set[int], rng: random.Random) -> list[Case]:
    """Injected country swaps (placecheck2 branch): pairs of the part whose source names a country (a place
    mention, other than South Korea) that the translation names by one of its names (not an adjective); in one copy
    that English name is replaced by another country's English name, in another the Korean one by another
    country's Hangul name (drawn with the seed)."""
    codes, names = country_pools()
    cases = []
    for i in sorted(part):
        pair = clean.pairs[i]
        source = Side(pair.source, "ko", pair.source_mentions, (), ())
        target = Side(pair.target, "en", pair.target_mentions, (), ())
        t_named = countries_named(target)
        found = next(((c, span) for c, span in countries_named(source).items() if c != HOME_COUNTRY and c in t_named
                      and country_code(pair.target[slice(*t_named[c])]) == c), None)
        if found is None:
            continue
        code, (start, end) = found
        other = rng.choice([c for c in codes if c != code])
        t_start, t_end = t_named[code]
        latin, hangul = names[other]
        cases.append(Case(pair.source, pair.target[:t_start] + latin + pair.target[t_end:], latin, "target",
                          "country"))
        word = pair.source[start:end]
        n = len(next((f for f in (word, bare(word)) if country_code(f) == code), word))
        korean = put_korean(pair.source, start, start + n, hangul)
        if korean is not None:
            cases.append(Case(korean, pair.target, hangul, "source", "country"))
    return cases


# -- the check's findings, and the plain baseline --------------------------------------------------------
def check_findings(result: Review, source_lang: str, target_lang: str, kb: KnowledgeBase) -> dict[int, list[Finding]]:
    """The findings of the place and organization check on each reviewed pair (by pair index)."""
    out: dict[int, list[Finding]] = {}
    for k, pair in enumerate(result.pairs):
        source = Side(pair.source, source_lang, pair.source_mentions, (), ())  # type: ignore[arg-type]
        target = Side(pair.target, target_lang, pair.target_mentions, (), ())  # type: ignore[arg-type]
        found = check_swaps(k, source, target, kb) + check_country_swaps(k, source, target, kb)
        if found:
            out[k] = found
    return out


def at(finding: Finding, case: Case) -> bool:
    """Whether the finding names the injected name (a possessive after it aside: "Intel's")."""
    return any(v.startswith(case.injected) for v in finding.values)


def plain_swap(korean: str, english: str, kb: KnowledgeBase) -> bool:
    """The plain check: a KB place or organization whose Hangul name is in the Korean text as a string, none of
    whose English names is in the English text, and another KB entity of that type named there as a string."""
    for e in kb:
        if e.type not in ("place", "org") or not any(n in korean for n in glossary_names(e, "ko")):
            continue
        if any(n in english for n in glossary_names(e, "en")):
            continue
        if any(o.type == e.type and o.id != e.id and any(n in english for n in glossary_names(o, "en"))
               for o in kb):
            return True
    return False


def _span(values: list[float], unit: str = " %") -> str:
    if not values:
        return "—"
    low, high = min(values), max(values)
    fmt = (lambda v: f"{v:.0f}") if unit == "" else (lambda v: f"{v:.1f}")
    return f"{fmt(low)}{unit}" if low == high else f"{fmt(low)}–{fmt(high)}{unit}"


def _share(x: int, n: int) -> str:
    return f"{x} ({100 * x / n:.1f} %)" if n else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=["tune", "report"], default="tune")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--per-seed", action="store_true", help="also print the table of each seed")
    parser.add_argument("--show", choices=["news-dev", "general-dev"],
                        help="print each finding on that corpus's real pairs, to be read and classified")
    args = parser.parse_args()
    kb = KnowledgeBase.default()
    print(f"**Places and organizations in review, {args.part} half** (split seed {SPLIT_SEED}; swap seeds "
          f"1..{args.seeds})\n")
    real_rows, swap_rows = [], []
    not_checked: list[tuple[str, int, int]] = []
    for pairs, where in (corpus("news-dev"), corpus("general-dev")):
        clean = review_pairs(pairs, kb=kb, source_lang="ko", target_lang="en")
        turned = review_pairs([(t, s) for s, t in pairs], kb=kb, source_lang="en", target_lang="ko")
        part = halves(len(pairs))[args.part]
        for direction, result, langs in (("ko→en", clean, ("ko", "en")), ("en→ko", turned, ("en", "ko"))):
            found = check_findings(result, *langs, kb)
            errors = sum(f.severity == "error" for v in found.values() for f in v)
            warnings = sum(f.severity == "warning" for v in found.values() for f in v)
            plain = sum(plain_swap(s, t, kb) for s, t in pairs)
            real_rows.append((where, direction, len(pairs), errors, warnings, plain))
            if args.show and where.endswith(args.show):
                for k, v in sorted(found.items()):
                    for f in v:
                        print(f"- {where} {direction} pair {k} {f.code}: {f.message}\n  S: {result.pairs[k].source}"
                              f"\n  T: {result.pairs[k].target}")
        for seed in range(1, args.seeds + 1):
            cases, by_design = swaps(clean, part, random.Random(seed), kb)
            cases += country_swaps(clean, part, random.Random(seed))
            not_checked.append((where, seed, by_design))
            for direction in ("ko→en", "en→ko"):
                texts = [(c.source, c.target) if direction == "ko→en" else (c.target, c.source) for c in cases]
                langs = ("ko", "en") if direction == "ko→en" else ("en", "ko")
                result = review_pairs(texts, kb=kb, source_lang=langs[0], target_lang=langs[1])
                found = check_findings(result, *langs, kb)
                for kind in ("place", "org", "country"):
                    for side in ("target", "source"):
                        ks = [k for k, c in enumerate(cases) if c.type == kind and c.side == side]
                        err = sum(any(f.severity == "error" and at(f, cases[k]) for f in found.get(k, ())) for k in ks)
                        any_ = sum(any(at(f, cases[k]) for f in found.get(k, ())) for k in ks)
                        plain = sum(plain_swap(cases[k].source, cases[k].target, kb) for k in ks)
                        swap_rows.append((where, seed, direction, kind, side, len(ks), err, any_, plain))
    print("Real pairs, reviewed as they are (every finding of the check is either a real error of the corpus or a "
          "false accusation: see docs/review.md for the reading):\n")
    print("| corpus | direction | pairs | errors | warnings | plain check |\n|---|---|---|---|---|---|")
    for where, direction, n, errors, warnings, plain in real_rows:
        print(f"| {where} | {direction} | {n} | {errors} | {warnings} | {plain} |")
    print("\nInjected swaps, all seeds: cases, and the share caught (lowest–highest over the seeds) by the check (an "
          "error; an error or a warning) and by the plain check:\n")
    print("| corpus | direction | type | name swapped in the | cases | error | error or warning | plain |\n"
          "|---|---|---|---|---|---|---|---|")
    groups: dict[tuple[str, str, str, str], list[tuple[int, int, int, int]]] = {}
    for where, _, direction, kind, side, n, err, any_, plain in swap_rows:
        groups.setdefault((where, direction, kind, side), []).append((n, err, any_, plain))
    for (where, direction, kind, side), rows in groups.items():
        spans = [_span([100 * r[k] / r[0] for r in rows if r[0]]) for k in (1, 2, 3)]
        print(f"| {where} | {direction} | {kind} | {'English' if side == 'target' else 'Korean'} "
              f"| {_span([r[0] for r in rows], '')} | {' | '.join(spans)} |")
    designed = [b for _, _, b in not_checked]
    print(f"\nAligned places left alone by design (countries, continents), pairs per seed: {designed}")
    if not args.per_seed:
        return 0
    print("\nInjected swaps per seed (the other name put into the translation, or into the source), caught by the "
          "check (an error; an error or a warning) and by the plain check:\n")
    print("| corpus | seed | direction | type | name swapped in the | cases | error | error or warning | plain |\n"
          "|---|---|---|---|---|---|---|---|---|")
    for where, seed, direction, kind, side, n, err, any_, plain in swap_rows:
        if kind == "place" and side == "target" and direction == "ko→en":
            by_design = next(b for w, s, b in not_checked if w == where and s == seed)
            print(f"| {where} | {seed} | | countries, continents (not checked by design) | | {by_design} | — | — | — |")
        side_name = "English" if side == "target" else "Korean"
        print(f"| {where} | {seed} | {direction} | {kind} | {side_name} | {n} | {_share(err, n)} | {_share(any_, n)} "
              f"| {_share(plain, n)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
