"""The pre-test of bilingual.names.bounds: never a pair ruled out that the full comparison keeps, and every bound
it stops by really above what it bounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilingual.names import similarity
from bilingual.names.bounds import _ceiling, _suffix_ceilings, may_reach
from bilingual.names.similarity import ALL_UNITS, MAX_CHUNK, NEG, _emissions, _rows, fold_latin, name_similarity

ROOT = Path(__file__).resolve().parent.parent.parent  # the repository


def _fixture_pairs() -> list[tuple[str, str]]:
    """Pairs of names from ``fixtures/names`` (one person's spellings, names sharing a first word, and a seeded
    sample of unrelated ones), both orders: the shapes a knowledge base's similarity tier compares."""
    import random
    from collections import defaultdict

    rows = [line.split("\t")[:2] for name in ("romanized_names.tsv", "transcriptions.tsv")
            for line in (ROOT / "fixtures" / "names" / name).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    latin = sorted({r[0] for r in rows if len(r) == 2})
    hangul = sorted({r[1] for r in rows if len(r) == 2})
    by_person: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for spelling, name in (r for r in rows if len(r) == 2):
        by_person[name].add(spelling)
        by_first[spelling.split()[0].lower()].add(spelling)
    pairs = [(a, b) for group in (*by_person.values(), *by_first.values()) for a in sorted(group) for b in sorted(group)
             if a != b]
    rng = random.Random(7)
    pairs += [(rng.choice(latin), rng.choice(latin)) for _ in range(600)]
    pairs += [(rng.choice(hangul), rng.choice(hangul)) for _ in range(400)]
    pairs += [(h, h[:-1] + "영") for h in hangul[:60]] + [(h, "리" + h[1:]) for h in hangul[:40]]  # near Hangul
    pairs += [("", "Kim"), ("조a", "Cho"), ("x" * 200, "조태열"), ("Cho Tae-yul", "조태열")]
    return pairs


@pytest.mark.parametrize("floor", [0.3, 0.5, 0.7])
def test_the_pre_test_never_rules_out_a_pair_that_reaches_the_floor(floor: float) -> None:
    """``may_reach`` is a bound, not a second model: whenever it says no, the full comparison scores below the
    floor; and at the knowledge base's floor it says no to most pairs (else it would save nothing)."""
    pairs = _fixture_pairs()
    ruled_out = 0
    for a, b in pairs:
        if not may_reach(a, b, floor):
            ruled_out += 1
            assert name_similarity(a, b).score < floor, (a, b)
    reaching = sum(name_similarity(a, b).score >= floor for a, b in pairs)
    assert reaching > 20  # the pairs hold real fits (one person's spellings), not only unrelated names
    if floor == 0.5:  # the knowledge base's floor (MIN_CANDIDATE)
        assert ruled_out > len(pairs) // 2


def test_the_pre_test_keeps_the_fits_it_is_asked_about() -> None:
    assert may_reach("Cho Tae-yul", "Jo Tae-yeol", 0.5)  # two spellings of one reading
    assert may_reach("리선권", "이선권", 0.5)  # the initial-sound law
    assert may_reach("Cho Tae-yul", "조태열", 0.5)  # across scripts: not bounded
    assert not may_reach("Donald Trump", "Antony Blinken", 0.5)
    assert not may_reach("조태열", "블링컨", 0.5)
    assert not may_reach("", "Kim", 0.1)



def test_a_units_ceiling_is_above_every_value_of_its_emission_rows() -> None:
    """What the early exit of the alignment bound stops by: for every jamo unit, in both tables, no chunk of any
    spelling of the fixture names (nor of letters no name has) costs less than the unit's ceiling for its length."""
    spellings = {fold_latin(line.split("\t")[0]) for line in (ROOT / "fixtures" / "names" / "romanized_names.tsv")
                 .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    spellings |= {"qxzvvq", "aeiouwy", "ngngng", "x"}
    for table in similarity.model().emit:
        for unit in (*ALL_UNITS, *sorted(similarity.model().backoff.get(table, {}))):  # jamo, and jamo in context
            ceiling = _ceiling(table, unit)
            for latin in sorted(spellings):
                for row in _rows(latin, table, unit, _emissions(latin, table)):
                    assert all(value <= ceiling[k] for k, value in enumerate(row) if value > NEG / 2), (table, unit,
                                                                                                    latin)


def test_suffix_ceilings_add_up_the_units_ceilings() -> None:
    units = ("ㅈ", "ㅗ", "ㅌ", "ㅐ")
    ceilings = _suffix_ceilings("ko", units)
    assert len(ceilings) == len(units) + 1 and ceilings[-1] == (0.0,)
    assert len(ceilings[0]) == MAX_CHUNK * len(units) + 1
    assert ceilings[3][2] == _ceiling("ko", "ㅐ")[2]
    assert ceilings[2][0] == _ceiling("ko", "ㅌ")[0] + _ceiling("ko", "ㅐ")[0]
