"""The pre-test of bilingual.names.bounds: never a pair ruled out that the full comparison keeps, and every bound
it stops by really above what it bounds."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.names import similarity
from bilingual.names.bounds import _ceiling, _suffix_ceilings, latin_ceiling, may_reach, same_threshold
from bilingual.names.hangul import has_syllable
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



def test_the_latin_ceiling_is_never_below_the_score() -> None:
    """``latin_ceiling`` bounds two Latin spellings' score from their readings and the first spelling's own fits:
    never below the full comparison's score (the fixture pairs, and spellings of dense invented Korean names as a
    large knowledge base holds them), ``None`` across scripts and for a place; and for most pairs of different
    people under ``same`` (else the knowledge base could put none off)."""
    import random

    from bilingual.names.romanized import name_variants, romanize_name

    rng = random.Random(5)
    syllables = "수민영준호석진성은희경철동상우재"
    hanguls = [rng.choice("김이박최정강조윤") + rng.choice(syllables) + rng.choice(syllables) for _ in range(60)]
    kb_names = [romanize_name(h, style="common") for h in hanguls]
    queries = [name_variants(h, limit=6)[rng.randrange(6)] for h in hanguls[:20]]
    pairs = [(a, b) for a, b in _fixture_pairs() if not has_syllable(a + b)]
    pairs += [(q, n) for q in queries for n in kb_names]
    under_same = 0
    for a, b in pairs:
        ceiling = latin_ceiling(a, b, "person")
        if ceiling is None:  # not a name ("", 200 letters): not bounded so
            assert "bad" in (similarity._parse(a).script, similarity._parse(b).script), (a, b)
            continue
        assert name_similarity(a, b, kind="person").score <= ceiling, (a, b)
        under_same += ceiling < same_threshold()
    assert under_same > len(pairs) * 0.8
    assert latin_ceiling("Cho Tae-yul", "조태열", "person") is None and latin_ceiling("Seoul", "Soul", "place") is None
    assert latin_ceiling("Seoul", "Soul", None) is None and latin_ceiling("Cho Tae-yul", "Tae-yul Cho", "person") == 1.0


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


_ROW_SPELLINGS = ("qxzvvq", "aeiouwy", "ngngng", "x", "tchschrr", "yeoeuiwae", "pfbvkkgg", "mnlrhjs", "oooooooo")
"""Letters written for the row tests: runs of one kind of letter, letters no name has, doubled and tripled letters."""


def _assert_rows_letter_by_letter(tables: dict[str, object]) -> None:
    """The bound's rows, letter by letter (``_row_at``, ``_bound_row``), are the similarity's ``_rows`` (raised by
    the ``alike`` rows, as the full comparison may read a vowel) for every unit of every table, at every letter."""
    from bilingual.names.bounds import _alike_units, _bound_row, _row_at

    for table in tables:
        for unit in (*ALL_UNITS, *sorted(similarity.model().backoff.get(table, {}))):
            for latin in _ROW_SPELLINGS:
                rows = _rows(latin, table, unit, {})
                raised = [list(row) for row in rows]
                for other, weight in _alike_units(table, unit):
                    for row, theirs in zip(raised, _rows(latin, table, other, {}), strict=True):
                        row[:] = [max(a, b + weight) for a, b in zip(row, theirs, strict=True)]
                for j in range(len(latin) + 1):
                    assert tuple(_row_at(latin, table, unit, j)) == rows[j], (table, unit, latin, j)
                    assert _bound_row(latin, table, unit, j) == tuple(raised[j]), (table, unit, latin, j)


def test_the_bounds_rows_letter_by_letter_are_the_similaritys_rows() -> None:
    _assert_rows_letter_by_letter(similarity.model().emit)


def test_the_bounds_rows_letter_by_letter_under_other_tables() -> None:
    """The same under a table with the near-spelling backoff (``edit_cost``) and with ``alike`` rows: the branches
    of ``_rows`` the shipped table does not take."""
    import dataclasses

    shipped = similarity.model()
    try:
        similarity.use_model(dataclasses.replace(shipped, calibration={**shipped.calibration, "edit_cost": 1.5},
                                                 alike={"ko": _ALIKE}))
        _assert_rows_letter_by_letter({"ko": None})
    finally:
        similarity.use_model(None)


def test_suffix_ceilings_add_up_the_units_ceilings() -> None:
    units = ("ㅈ", "ㅗ", "ㅌ", "ㅐ")
    ceilings = _suffix_ceilings("ko", units)
    assert len(ceilings) == len(units) + 1 and ceilings[-1] == (0.0,)
    assert len(ceilings[0]) == MAX_CHUNK * len(units) + 1
    assert ceilings[3][2] == _ceiling("ko", "ㅐ")[2]
    assert ceilings[2][0] == _ceiling("ko", "ㅌ")[0] + _ceiling("ko", "ㅐ")[0]


def _korean_pairs() -> list[tuple[str, str]]:
    """Hangul names of the fixtures with their own spellings and others', both orders of the words."""
    rows = [line.split("\t")[:2] for line in (ROOT / "fixtures" / "names" / "romanized_names.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return sorted({(r[1], r[0]) for r in rows if len(r) == 2})


def _added(spelling: str, at: int, letter: str) -> str:
    """The spelling with a letter put in at ``at`` (counted in letters, skipping spaces and hyphens); ``=``
    doubles the letter before."""
    seen = 0
    for i, c in enumerate(spelling):
        if c.isalpha():
            if seen == at:
                return spelling[:i] + (spelling[i - 1] if letter == "=" and i else letter) + spelling[i:]
            seen += 1
    return spelling + (spelling[-1] if letter == "=" else letter)


def _assert_align_bound(hangul: str, latin: str) -> None:
    from bilingual.names.bounds import _may_align
    from bilingual.names.similarity import _best_reading, _parse

    h, p = _parse(hangul), _parse(latin)
    if h.script != "hangul" or p.script != "latin":
        return
    fit, summary, _, _ = _best_reading(h.words, p, None)
    if summary is None:
        return
    llr = round(fit.llr, 3)
    assert _may_align(h.words, p, llr - 0.001), (hangul, latin, llr)  # what may_reach asks, at the fit's own llr


def test_the_alignment_bound_is_above_every_fit_with_an_added_letter() -> None:
    """The added-letter pieces (``decor`` rows) can beat every plain alignment: the bound reads them too. Every
    Hangul name of the fixtures with its spellings, with each kind of letter the table has a rate for put in at
    each place, and with another name's spelling: never a fit above the bound."""
    decor = similarity.model().decor.get("ko", {})
    assert decor  # the shipped table has them (else this tests nothing new)
    letters = sorted({kind[0] for kind in decor})
    pairs = _korean_pairs()
    import random

    rng = random.Random(11)
    decorated = 0
    for hangul, spelling in pairs:
        _assert_align_bound(hangul, spelling)
        _assert_align_bound(hangul, rng.choice(pairs)[1])
        for at in range(sum(c.isalpha() for c in spelling) + 1):
            latin = _added(spelling, at, rng.choice(letters))
            _assert_align_bound(hangul, latin)
            decorated += 1
    assert decorated > 1000


def test_the_alignment_bound_prunes_again_under_decor_rows() -> None:
    """With ``decor`` rows the bound still rules out alignments that cannot give the evidence ``may_reach`` asks
    of them (as it did without the rows): the fixture's Hangul names against other people's spellings."""
    from bilingual.names.bounds import _may_align
    from bilingual.names.similarity import UNSHARED_EVIDENCE, _parse

    pairs = _korean_pairs()
    others = [(h, _parse(other)) for (h, _), (_, other) in zip(pairs, pairs[7:] + pairs[:7], strict=True)]
    ruled_out = sum(not _may_align(_parse(h).words, other, UNSHARED_EVIDENCE * len(h) - 0.001) for h, other in others)
    assert ruled_out > len(pairs) // 2


_SYLLABLES = "조태열김정은박근혜이재명윤석문인성민수영희철호동현준서연하나"


@settings(max_examples=300, deadline=None)
@given(st.text(_SYLLABLES, min_size=2, max_size=4),
       st.lists(st.text("abcdeghijklmnoprstuwy", min_size=1, max_size=6), min_size=1, max_size=3),
       st.booleans())
def test_the_alignment_bound_holds_for_random_names(hangul: str, words: list[str], hyphen: bool) -> None:
    """Random Hangul names and random letters (pieces of one to six letters, joined by a hyphen or a space):
    the bound is never below the fit the full comparison finds."""
    _assert_align_bound(hangul, ("-" if hyphen else " ").join(words))


def test_the_alignment_bound_gives_way_under_rows_for_unseen_kinds_of_letter() -> None:
    """sim12's experimental rows (``decor ko *`` / ``*-``: a rate for any kind of added letter the training never saw)
    are read by the full comparison for letters the bound has no rate for; under such a table the bound rules
    nothing out rather than be unsound, and a made-up spelling read that way is still reached."""
    import dataclasses

    from bilingual.names.bounds import _may_align
    from bilingual.names.similarity import UNSHARED_EVIDENCE, _parse

    shipped = similarity.model()
    pairs = _korean_pairs()
    others = [(h, _parse(other)) for (h, _), (_, other) in zip(pairs, pairs[7:] + pairs[:7], strict=True)]
    try:
        similarity.use_model(dataclasses.replace(
            shipped, decor={"ko": {**shipped.decor.get("ko", {}), similarity.UNSEEN_KIND: -5.5}}))
        assert all(_may_align(_parse(h).words, other, UNSHARED_EVIDENCE * len(h) - 0.001) for h, other in others[:50])
        _assert_align_bound("박진희", "Parks Jin-hee")
    finally:
        similarity.use_model(None)


_ALIKE = {"ㅓ": {"ㅡ": -6.0, "ㅜ": -5.8}, "ㅡ": {"ㅓ": -6.0, "ㅜ": -6.4}, "ㅔ": {"ㅐ": -6.7}, "ㅐ": {"ㅔ": -6.7},
          "ㅕ": {"ㅠ": -5.6, "ㅛ": -6.4}, "ㅗ": {"ㅓ": -6.0}, "ㅜ": {"ㅡ": -6.4}}


def test_the_alignment_bound_is_above_every_fit_with_a_vowel_read_as_alike() -> None:
    """sim13's ``alike`` rows (a given name's vowel read as one that sounds alike, at a weight) can beat every plain
    alignment: the bound reads them too. Every Hangul name of the fixtures with its spellings, each vowel spelling
    of them changed to another vowel's (eo → eu, u → eo, e → ae, ...): never a fit above the bound; and the bound
    still rules out most other people's spellings."""
    import dataclasses
    import random

    from bilingual.names.bounds import _may_align
    from bilingual.names.similarity import UNSHARED_EVIDENCE, _parse

    shipped = similarity.model()
    pairs = _korean_pairs()
    rng = random.Random(13)
    swaps = [("eo", "eu"), ("eu", "eo"), ("u", "eo"), ("e", "ae"), ("ae", "e"), ("yo", "yu"), ("o", "eo")]
    others = [(h, _parse(other)) for (h, _), (_, other) in zip(pairs, pairs[7:] + pairs[:7], strict=True)]
    read_alike = 0
    try:
        similarity.use_model(dataclasses.replace(shipped, alike={"ko": _ALIKE}))
        for hangul, spelling in pairs:
            for old, new in swaps:
                at = spelling.find(old, spelling.find(" ") + 1 if " " in spelling else 1)
                if at < 0:
                    continue
                latin = spelling[:at] + new + spelling[at + len(old):]
                _assert_align_bound(hangul, latin)
                read_alike += "(rare spelling)" in " ".join(similarity.name_similarity(hangul, latin).reasons)
            _assert_align_bound(hangul, rng.choice(pairs)[1])
        ruled_out = sum(not _may_align(_parse(h).words, other, UNSHARED_EVIDENCE * len(h) - 0.001)
                        for h, other in others)
    finally:
        similarity.use_model(None)
    assert read_alike > 100
    assert ruled_out > len(pairs) // 2


def test_the_decorated_lattice_with_the_count_forgotten_keeps_every_alignment_of_the_counted_one() -> None:
    """perf33: ``_may_reach_decorated`` asks first the lattice that forgets how many letters were passed over
    (``_may_reach_passing``), then the counted one; the first must never say no where the second says yes. Spellings
    of my own with the letters the Korean table's ``decor`` rows rate (h, c, r, a doubled final, a final e), in
    pieces, against Hangul names of two to four syllables, at thresholds around where the bound turns."""
    import random

    from bilingual.names.bounds import (
        _added_letter_rates,
        _bound_emissions,
        _may_reach_counted,
        _may_reach_decorated,
        _may_reach_passing,
        _passable,
        _passing_ceilings,
    )
    from bilingual.names.similarity import _lattice, _parse

    rng = random.Random(33)
    syllables = "김이박최정조태열윤석민수영철호한강서울부산대우현진하나라마사아자차카타파헌혁"
    pieces = ("chh", "hye", "rrae", "jinn", "soke", "hanh", "cheo", "tchu", "kyeo", "won", "rrie", "suk", "hoe", "yeol")
    counted_yes = passing_only = 0
    for _ in range(500):
        hangul = ("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))),)
        spelling = " ".join("-".join(rng.choice(pieces) for _ in range(rng.randint(1, 2)))
                            for _ in range(rng.randint(1, 2)))
        parsed = _parse(spelling)
        units = _lattice(hangul).unit_names
        for _, letters, word_pieces in parsed.arranged:
            rates, most = _added_letter_rates(word_pieces, "ko")
            if most == 0 or len(letters) > MAX_CHUNK * len(units) + most:
                continue
            ahead = _passing_ceilings("ko", units, most, max(rates))
            between, inside = _passable(word_pieces, "ko", len(letters))
            emissions = _bound_emissions(letters, "ko")
            for needed in (-40.0, -25.0, -18.0, -12.0, -8.0, -4.0, 0.0):
                passing = _may_reach_passing(units, letters, "ko", needed, ahead, between, inside, emissions)
                counted = _may_reach_counted(units, letters, "ko", needed, most, ahead, between, inside, emissions)
                assert passing or not counted, (hangul, spelling, needed)
                if ahead[0][len(letters)] >= needed:
                    assert _may_reach_decorated(units, letters, word_pieces, "ko", needed) == counted
                counted_yes += counted
                passing_only += passing and not counted
    assert counted_yes > 50 and passing_only > 0  # both answers met, and the looser lattice is looser somewhere


def test_the_bound_of_alike_readings_never_says_no_where_one_of_them_says_yes() -> None:
    """perf48: a spelling's readings of one shape (조태열, 조태율, 조대열 ...) are asked first together
    (``_may_align_any``): its no must be a no of each reading's own bound. Random Hangul names and their variants
    with one vowel or consonant changed (made up here, not the model's readings), against random spellings and the
    names' own romanizations with a letter changed, at thresholds around where the bounds turn; and
    ``_may_align_alike`` answers as ``_may_align``."""
    import random

    from bilingual.names.bounds import _alike_readings, _may_align, _may_align_alike, _may_align_any
    from bilingual.names.romanized import romanize_name
    from bilingual.names.similarity import _parse

    rng = random.Random(48)
    first, vowels = "김이박최정조윤한서강", "아어오우으이애에여요유"
    finals = "가각간갈감갑강"  # 가 and 가 with a final ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ: the offsets of those finals
    pieces = ("jo", "tae", "yeol", "yul", "dae", "kim", "min", "suk", "seok", "won", "hee", "yun", "jung", "lee",
              "park", "han", "seo", "gang", "eun", "ho", "chul", "bak", "yoon", "sung")
    no_group = yes_group = 0
    for _ in range(150):
        base = [rng.choice(first)] + [rng.choice(vowels) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.5:  # a final consonant on the last syllable
            base[-1] = chr(ord(base[-1]) + ord(rng.choice(finals)) - ord("가"))
        variants = {"".join(base)}
        while len(variants) < 4:
            changed = list(base)
            at = rng.randrange(1, len(base))
            changed[at] = chr(ord(rng.choice(vowels)) + (ord(changed[at]) - 0xAC00) % 28)
            variants.add("".join(changed))
        readings = tuple(sorted(variants))
        groups = _alike_readings(readings)
        spellings = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(3)]
        spellings += [romanize_name(r, style="common") for r in readings[:2]]
        for spelling in spellings:
            latin = _parse(spelling)
            if latin.script != "latin":
                continue
            for reading in readings:
                group = groups.get(reading)
                for min_llr in (-8.0, -2.0, 0.0, 4.0, 4.0 * len(reading) - 0.001):
                    own = _may_align(_parse(reading).words, latin, min_llr)
                    assert _may_align_alike(reading, readings, latin, min_llr) == own, (reading, spelling, min_llr)
                    if group is not None:
                        together = _may_align_any(group, latin, min_llr)
                        assert together or not own, (readings, reading, spelling, min_llr)
                        no_group += not together
                        yes_group += together
    assert no_group > 500 and yes_group > 100  # both answers met: the test is not vacuous either way


_OVERLAP_WORDS = ("", "a", "ok", "mira", "tolven", "sandrelu", "brekkovanis", "ulmquist", "ㅈㅗㅌㅐ", "ㅎㅏㄴㅓ",
                  "anna", "naan", "vellomir", "mirovel", "qqqqqqqq", "rastuvenkollo")
"""Letters of invented names (and the jamo of two invented Hangul ones) for the overlap's test: lengths from 0 to
13, anagrams, repeated letters and strings sharing nothing."""


def _floors(x: str, y: str) -> list[float]:
    """The floors the overlap's test asks at: a grid, and each score exactly at the pair's bounds (where a test of the
    lengths made strict, or of the wrong length, answers otherwise)."""
    from bilingual.names.bounds import _hangul_overlap_score, _latin_overlap_score, _overlap_bound

    floors = [0.0, 0.05, 0.1, 0.2, 0.3, 0.45, 0.5, 0.55, 0.6, 0.7]
    total = len(x) + len(y)
    for score in (_latin_overlap_score, _hangul_overlap_score):
        floors.append(score(_overlap_bound(x, y)))
        if total:
            floors += [score(2.0 * min(len(x), len(y)) / total), score(2.0 * max(len(x), len(y)) / total)]
    return floors


def test_the_overlap_asked_by_the_lengths_first_answers_as_the_overlap() -> None:
    """perf66: :func:`_overlap_reaches` (the bound by the lengths alone before the letters are counted) decides as
    the score of :func:`_overlap_bound` does, for the Latin letters' score and the jamo's, at every floor, the
    scores at the pair's own bounds among them."""
    from bilingual.names.bounds import _hangul_overlap_score, _latin_overlap_score, _overlap_bound, _overlap_reaches

    skipped = 0
    for x in _OVERLAP_WORDS:
        for y in _OVERLAP_WORDS:
            for floor in _floors(x, y):
                for score in (_latin_overlap_score, _hangul_overlap_score):
                    plain = score(_overlap_bound(x, y)) >= floor
                    assert _overlap_reaches(x, y, score, floor) == plain, (x, y, floor, score.__name__)
                    total = len(x) + len(y)
                    skipped += bool(total) and score(2.0 * min(len(x), len(y)) / total) < floor
    assert skipped > 100  # the lengths decide often: the test is not vacuous


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeiknorsuyㅈㅗ", max_size=16), st.text(alphabet="aeiknorsuyㅈㅗ", max_size=16),
       st.floats(min_value=0.0, max_value=1.0))
def test_the_overlap_asked_by_the_lengths_first_answers_as_the_overlap_for_any_strings(x: str, y: str,
                                                                                      floor: float) -> None:
    from bilingual.names.bounds import _hangul_overlap_score, _latin_overlap_score, _overlap_bound, _overlap_reaches

    for score in (_latin_overlap_score, _hangul_overlap_score):
        for f in (floor, *_floors(x, y)):
            assert _overlap_reaches(x, y, score, f) == (score(_overlap_bound(x, y)) >= f), (x, y, f)


def test_the_scores_of_the_overlap_are_the_similaritys() -> None:
    """The two scores :func:`_overlap_reaches` is asked with are the ones ``_latin_latin`` and ``_hangul_hangul``
    give a ratio (held here to the formulas written in the similarity)."""
    from bilingual.names.bounds import _hangul_overlap_score, _latin_overlap_score
    from bilingual.names.similarity import LETTERS_AT_MOST

    for ratio in (0.0, 0.3, 0.5, 0.6, 0.61, 0.75, 0.9, 0.999, 1.0):
        assert _latin_overlap_score(ratio) == round(max(0.0, (ratio - 0.6) / 0.4) * LETTERS_AT_MOST, 4)
        assert _hangul_overlap_score(ratio) == round(max(0.0, (ratio - 0.5) / 0.5) * 0.6, 4)


def test_the_alike_units_remembered_follow_the_model_in_use() -> None:
    """perf66: :func:`_alike_units` is remembered; a model with other ``alike`` rows answers with its own rows (the
    memory is forgotten with the model), and the shipped one's answers come back after."""
    import dataclasses

    from bilingual.names.bounds import _alike_units

    units = [u for u in ALL_UNITS if similarity.is_vowel_unit(u)] + ["ㅓ" + similarity.CONTEXT + "ㄱ_"]
    shipped = similarity.model()
    before = {u: _alike_units("ko", u) for u in units}
    try:
        similarity.use_model(dataclasses.replace(shipped, alike={"ko": _ALIKE}))
        for unit in units:
            jamo, _, context = unit.partition(similarity.CONTEXT)
            expected = tuple((o + similarity.CONTEXT + context if context else o, w)
                             for o, w in _ALIKE.get(jamo, {}).items())
            assert _alike_units("ko", unit) == expected, unit
        assert any(_alike_units("ko", u) for u in units)
    finally:
        similarity.use_model(None)
    assert {u: _alike_units("ko", u) for u in units} == before


def _invented_readings(seed: int, count: int) -> list[tuple[str, ...]]:
    """Hangul names of one or two words, two to four syllables each, of invented syllables (no list of real names)."""
    import random

    rng = random.Random(seed)
    syllables = "감녹돌룸먹벼솔웅찬큼톨퓨흔김이박최정조태열윤석민수영철호한강서하나라마사아자차카타파"
    return [tuple("".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 2)))
            for _ in range(count)]


def _summed_ceilings(table: str, units: tuple[str, ...]) -> tuple[tuple[float, ...], ...]:
    """The suffix ceilings summed over the whole reading at once (the computation before the kb54 branch)."""
    out: list[tuple[float, ...]] = [(0.0,)]
    for best_of_unit in reversed([_ceiling(table, unit) for unit in units]):
        after = out[-1]
        row = [NEG] * (len(after) + MAX_CHUNK)
        for k, best in enumerate(best_of_unit):
            for r, value in enumerate(after, k):
                if best + value > row[r]:
                    row[r] = best + value
        out.append(tuple(row))
    return tuple(reversed(out))


def test_suffix_ceilings_built_from_their_suffix_equal_the_whole_sum() -> None:
    """Built from the remembered ceilings of the units after the first (shared by readings that end alike), each
    reading's ceilings are the very floats summing the whole reading gives, in both tables; and the ceilings of
    the readings of one shape (:func:`_suffix_ceilings_any`) are those of each position's most."""
    from bilingual.names.bounds import _bound_lattice, _ceiling_any, _suffix_ceilings_any
    from bilingual.names.similarity import _lattice

    readings = _invented_readings(54, 300)
    for table in ("ko", "fx"):
        for hangul in readings:
            units = _lattice(hangul).unit_names
            assert _suffix_ceilings(table, units) == _summed_ceilings(table, units), (table, hangul)
        for a, b in itertools.pairwise(readings):
            la, lb = _bound_lattice(a)[0], _bound_lattice(b)[0]
            if len(la) != len(lb):
                continue
            positions = tuple(tuple(dict.fromkeys(pair)) for pair in zip(la, lb, strict=True))
            out: list[tuple[float, ...]] = [(0.0,)]
            for units in reversed(positions):  # the whole sum with each position's most, as before the branch
                after = out[-1]
                row = [NEG] * (len(after) + MAX_CHUNK)
                for k, best in enumerate(_ceiling_any(table, units)):
                    for r, value in enumerate(after, k):
                        row[r] = max(row[r], best + value)
                out.append(tuple(row))
            expected = tuple(reversed(out))
            assert _suffix_ceilings_any(table, positions) == expected, (table, a, b)


def test_bound_lattice_is_the_lattice_the_bounds_read() -> None:
    """The bounds' own lattice (no spans of syllables) has the units, syllables, Korean shape and tables of the
    similarity's, on invented names of one and two words (a foreign-shaped one among them)."""
    from bilingual.names.bounds import _bound_lattice
    from bilingual.names.similarity import _lattice

    for hangul in [*_invented_readings(11, 400), ("케이트",), ("마크", "롱")]:
        full, bound = _lattice(hangul), _bound_lattice(hangul)
        assert bound == (full.unit_names, full.syllables, full.korean, full.tables), hangul
        assert type(bound) is tuple and all(type(part) is tuple for part in (bound[0], bound[1], bound[3]))


def test_row_any_kept_per_spelling_is_the_units_elementwise_most() -> None:
    """A row of a position's units, kept for the spelling and asked again, is the elementwise most of each unit's own
    row at that letter (computed afresh), and one unit's row is its own."""
    import random

    from bilingual.names.bounds import _bound_emissions, _bound_row, _row_any, clear_caches

    rng = random.Random(5)
    pool = sorted({u for h in _invented_readings(3, 60) for u in similarity._lattice(h).unit_names})
    clear_caches()
    for spelling in ("gamnokdol", "sorung chankeum", "tolpyuheun", "hanaramasa"):
        emissions = _bound_emissions(spelling, "ko")
        for _ in range(60):
            units = tuple(dict.fromkeys(rng.sample(pool, rng.randint(1, 3))))
            j = rng.randrange(len(spelling) + 1)
            expected = [max(values) for values in zip(*(_bound_row(spelling, "ko", u, j) for u in units),
                                                          strict=True)]
            row = _row_any(spelling, "ko", units, j, emissions)
            assert row == tuple(expected)
            assert _row_any(spelling, "ko", units, j, emissions) is row  # asked again: the kept row, not recomputed


def test_a_bound_row_is_shared_by_spellings_with_the_same_next_letters() -> None:
    """A unit's bound row at a letter is a function of the next letters alone: two invented spellings that share them
    get the same row (one object, remembered by those letters), equal to the row raised by hand from _row_at."""
    from bilingual.names.bounds import _alike_units, _bound_row, _row_at, _window_row

    for table in ("ko", "fx"):
        for unit in sorted({u for h in _invented_readings(9, 20) for u in similarity._lattice(h).unit_names})[:25]:
            for a, i, b, j in (("gamnokdol", 3, "tonokmu", 2), ("sorungchan", 6, "chankeum", 0),
                               ("hyunra", 4, "ra", 0)):
                assert a[i:i + MAX_CHUNK] == b[j:j + MAX_CHUNK]
                row = _bound_row(a, table, unit, i)
                assert _bound_row(b, table, unit, j) is row
                expected = _row_at(a, table, unit, i)
                for other, weight in _alike_units(table, unit):
                    expected = [max(e, v + weight) for e, v in zip(expected, _row_at(a, table, other, i), strict=True)]
                assert row == tuple(expected)
    assert _window_row.cache_info().currsize > 0


def test_remembered_rows_and_lattices_leave_the_cyclic_collector() -> None:
    """What the bounds and the alignment remember per spelling and reading — emission rows, the bounds' rows (one
    unit's and a position's most), the bounds' lattice — holds floats, strings and bools in plain tuples, which the
    cyclic collector stops tracking once it has seen them: a large knowledge base's first sight fills these caches
    with many thousands of them, and each one tracked would be walked by every full collection (kb56 branch)."""
    import gc

    from bilingual.names.bounds import _bound_emissions, _bound_lattice, _bound_row, _row_any

    hangul = ("톨퓨흔",)
    lattice = _bound_lattice(hangul)
    units = lattice[0]
    rows = _rows("tolpyuheun", "ko", units[0], _emissions("tolpyuheun", "ko"))
    bound = _bound_row("tolpyuheun", "ko", units[1], 1)
    most = _row_any("tolpyuheun", "ko", (units[1], units[4]), 2, _bound_emissions("tolpyuheun", "ko"))
    gc.collect()
    gc.collect()  # a tuple leaves at the collection after its items have
    assert not gc.is_tracked(lattice) and not any(gc.is_tracked(part) for part in lattice)
    assert rows and not gc.is_tracked(rows) and not any(gc.is_tracked(row) for row in rows)
    assert not gc.is_tracked(bound) and not gc.is_tracked(most)
