"""``evaluation/similarity_eval.py``'s options (``--parts``, ``--sections``, ``--model``) and its section (a) on a
few made-up names with few candidates (seconds, no ``../shared``): ``--parts tune`` measures and prints no test
figure."""

from __future__ import annotations

import math
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

import pytest
from conftest import FOREIGN_NAMES as FOREIGN

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    sys.path.insert(0, str(ROOT))
    import evaluation.similarity_eval as module

    return module




def test_parts_default_order_and_bad_values(ev: ModuleType, tmp_path: Path) -> None:
    assert ev.parse_args([]).parts == ["tune", "test"]
    assert ev.parse_args(["--parts", "tune"]).parts == ["tune"]
    assert ev.parse_args(["--parts", "test", "tune"]).parts == ["tune", "test"]
    assert ev.parse_args(["--sections", "a"]).sections == ["a"]
    assert ev.parse_args(["--corpus"]).corpus and not ev.parse_args([]).corpus
    assert ev.parse_args(["--model-thresholds", "0", "0.1"]).model_thresholds == [0.0, 0.1]
    assert ev.parse_args([]).confidence == 0.95 and ev.parse_args(["--confidence", "0.8"]).confidence == 0.8
    for bad in (["--parts", "train"], ["--sections", "e"], ["--model", str(tmp_path / "missing.tsv")],
                ["--confidence", "1"], ["--confidence", "0"]):
        with pytest.raises(SystemExit):
            ev.parse_args(bad)


def section_a(ev: ModuleType, parts: tuple[str, ...], monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str], fixed: tuple[float, float] | None = None) -> str:
    monkeypatch.setattr(ev, "CANDIDATES", 8)
    monkeypatch.setattr(ev, "QUERIES", 3)
    monkeypatch.setattr(ev, "SEEDS", (1,))
    pairs = [ev.Pair(h, la, "foreign_transcription" if i < 12 else "foreign_place", "test data",
                     "tune" if i % 2 else "test") for i, (h, la) in enumerate(FOREIGN)]
    items = {s: [p for p in pairs if p.part == s] for s in ("tune", "test")}
    missed: list[str] = []
    with ThreadPoolExecutor(1) as executor:
        ev.retrieval("(a) made-up names", ev.foreign_queries, items, pairs, 0.03, 0.85, executor, missed, parts, fixed)
    return str(capsys.readouterr().out)


def test_tune_part_alone_prints_no_test_figure(ev: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = section_a(ev, ("tune",), monkeypatch, capsys)
    rows = [line for line in out.splitlines() if line.startswith("| tune |") or line.startswith("| test |")]
    assert rows and all(line.startswith("| tune |") for line in rows)
    assert any(line.startswith("| tune | model | both |") for line in rows)
    assert any(line.startswith("| tune | people |") for line in rows)
    assert any(line.startswith("| tune | places |") for line in rows)
    both = section_a(ev, ("tune", "test"), monkeypatch, capsys)
    assert any(line.startswith("| test | model | both |") for line in both.splitlines())
    assert any(line.startswith("| test | places |") for line in both.splitlines())


def test_queries_know_people_from_places(ev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    monkeypatch.setattr(ev, "CANDIDATES", 8)
    pairs = [ev.Pair("스미스", "Smith", "foreign_stage_name", "t", "tune"),
             ev.Pair("파리", "Paris", "foreign_place", "t", "tune"),
             *(ev.Pair(h, la, "foreign_place", "t", "test") for h, la in FOREIGN[12:])]
    queries = ev.foreign_queries(pairs[:2], pairs, random.Random(1))
    groups = {q.candidates[0]: q.group for q in queries}
    assert groups == {("스미스", "Smith"): "people", ("파리", "Paris"): "places"}


def test_fixed_model_thresholds(ev: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    """Thresholds no score reaches: the model abstains on every query; the baselines still choose theirs."""
    out = section_a(ev, ("tune",), monkeypatch, capsys, fixed=(2.0, 0.5))
    model = [line for line in out.splitlines() if line.startswith("| tune | model |")]
    assert model and all(line.endswith("| 0.0 (0.0–0.0) | 0.0 (0.0–0.0) | 100.0 (100.0–100.0) | 2.000, 0.50 |")
                         for line in model)
    assert not any(line.endswith("| 2.000, 0.50 |") for line in out.splitlines() if "| ratio |" in line)


def test_top_two_gives_a_crowded_best_no_lead(ev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """fx28: the model's best under acceptance.CROWD_BELOW with others close under it abstains at every margin
    (lead ``CROWDED``); the baselines and a query that opts out (section (b)) keep the plain lead."""
    from bilingual.entities import acceptance

    low = acceptance.CROWD_BELOW - 0.1
    scores = {"B": low, "C": low - 0.3, "D": low - 0.31, "E": 0.0}
    monkeypatch.setattr(ev, "score", lambda system, h, la: scores[la] if system == "model" else 0.5)
    query = ev.Query("hangul→latin", (("가", "C"), ("가", "B"), ("가", "D"), ("가", "E")), "places")
    got = ev.top_two(query)
    assert got["model"] == (False, low, ev.CROWDED) and got["ratio"] == (True, 0.5, 0.0)
    assert ev.rates([got["model"]], 0.0, 0.0) == (0.0, 0.0, 1.0)  # abstains even with no margin asked
    plain = ev.top_two(ev.Query("hangul→latin", query.candidates, crowd_abstains=False))
    assert plain["model"] == (False, low, pytest.approx(0.3))
    scores["D"] = low - acceptance.CROWD_WINDOW - 0.05  # one too few in the window: the lead again
    assert ev.top_two(query)["model"] == (False, low, pytest.approx(0.3))


def test_top_two_discounts_a_one_word_rival_of_a_hangul_query_of_several_words(
        ev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """fx31: a one-word Latin name fitting a Hangul query of several words a little better than the right name
    is ranked at acceptance.PART_FIT_DISCOUNT of its score; the other direction, the baselines and a query that opts
    out (section (b)) are not."""
    from bilingual.entities import acceptance

    scores = {("에마 톰프슨", "Emma Thompson"): 0.81, ("에마 톰프슨", "Emmathon"): 0.84,
              ("에마 톰프슨", "Thomas Eddy"): 0.3, ("엠마톤", "Emma Thompson"): 0.84,
              ("토머스 에디", "Emma Thompson"): 0.3}
    monkeypatch.setattr(ev, "score", lambda system, h, la: scores[(h, la)] if system == "model" else 0.5)
    query = ev.Query("hangul→latin", (("에마 톰프슨", "Emma Thompson"), ("에마 톰프슨", "Emmathon"),
                                      ("에마 톰프슨", "Thomas Eddy")), "people")
    right, best, lead = ev.top_two(query)["model"]
    assert right and best == 0.81 and lead == pytest.approx(0.81 - 0.84 * acceptance.PART_FIT_DISCOUNT)
    assert ev.top_two(query)["ratio"] == (True, 0.5, 0.0)
    opted_out = ev.Query("hangul→latin", query.candidates, part_fits_discounted=False)
    assert ev.top_two(opted_out)["model"] == (False, 0.84, pytest.approx(0.03))
    other_way = ev.Query("latin→hangul", (("에마 톰프슨", "Emma Thompson"), ("엠마톤", "Emma Thompson"),
                                          ("토머스 에디", "Emma Thompson")), "people")
    assert ev.top_two(other_way)["model"] == (False, 0.84, pytest.approx(0.03))  # a Hangul name is no part fit


def test_wrong_bound_is_the_exact_binomial_bound(ev: ModuleType) -> None:
    """No wrong answer in n: the bound solves (1 - p)^n = 1 - confidence; one in n: P(X <= 1) = 1 - confidence."""
    assert ev.wrong_bound(0, 300) == pytest.approx(1 - (1 - ev.CONFIDENCE) ** (1 / 300), rel=1e-9)
    p = ev.wrong_bound(1, 200)
    assert (1 - p) ** 200 + 200 * p * (1 - p) ** 199 == pytest.approx(1 - ev.CONFIDENCE, rel=1e-6)
    assert ev.wrong_bound(5, 5) == 1.0
    assert ev.wrong_bound(2, 400) > 2 / 400


def test_choose_keeps_the_wrong_rate_under_the_target_with_a_margin(ev: ModuleType) -> None:
    """10 wrong answers in 400 are 2.5 % (under a 3 % target), but their upper bound is not: the threshold must
    rise above the wrong answers' scores."""
    results = [(True, 0.9, 0.5)] * 390 + [(False, 0.5, 0.5)] * 10
    t, d = ev.choose(results, 0.03)
    assert 0.5 < t <= 0.9
    assert ev.rates(results, t, d) == (390 / 400, 0.0, 10 / 400)
    few_wrong = [(True, 0.9, 0.5)] * 398 + [(False, 0.5, 0.5)] * 2  # 0.5 %, bound about 1.6 %: answered
    assert ev.rates(few_wrong, *ev.choose(few_wrong, 0.03))[0] == 1.0 - 2 / 400


def test_choose_never_answers_below_the_floor_and_ties_go_to_the_stricter_choice(ev: ModuleType) -> None:
    results = [(True, 0.8, 0.4)] * 300 + [(True, 0.01, 0.4)] * 100
    t, d = ev.choose(results, 0.01, floor=0.02)
    assert t == 0.8 and d == 0.3  # the same answers from any threshold up to 0.8 and margin up to 0.3: the highest
    assert ev.rates(results, t, d) == (0.75, 0.0, 0.25)
    assert ev.choose(results, 0.01)[0] == 0.01  # no floor: the low-scoring right answers are answered too


def test_choose_abstains_on_everything_when_no_choice_is_safe(ev: ModuleType) -> None:
    results = [(True, 0.9, 0.5)] * 20 + [(False, 0.95, 0.5)]  # 20 queries cannot show a 1 % wrong rate
    t, d = ev.choose(results, 0.01)
    assert ev.rates(results, t, d) == (0.0, 0.0, 1.0)


def test_the_place_table_is_off_unless_asked(ev: ModuleType) -> None:
    # fx34's table is built from the name data's own GeoNames records: the evaluation measures the spelling model
    # without it unless --place-table is given (lead, stop 46)
    from bilingual.names import similarity
    from bilingual.names.place_variants import use_table

    assert not ev.parse_args([]).place_table and ev.parse_args(["--place-table"]).place_table
    try:
        ev._init_model(None, place_table=False)
        off = similarity.name_similarity("쾰른", "Cologne").verdict
        ev._init_model(None, place_table=True)
        on = similarity.name_similarity("쾰른", "Cologne").verdict
    finally:
        use_table(True)
        similarity.clear_caches()
    assert on == "same" and off != "same"


def test_held_out_answers_no_wrong_answer_in_any_draw(ev: ModuleType) -> None:
    """sim38: a wrong answer in one draw only is enough to raise the threshold over it; a wrong answer by a close
    call is left out by a margin rather than by the threshold when that keeps more right answers."""
    first = [(True, 0.93, 0.4)] * 150 + [(True, 0.7, 0.3)] * 50
    second = [(True, 0.93, 0.4)] * 150 + [(True, 0.7, 0.3)] * 49 + [(False, 0.75, 0.3)]
    assert ev.rates(first, *ev.choose(first, 0.03)) == (1.0, 0.0, 0.0)  # the bound passes: all answered
    t, d = ev.held_out([first, second])
    assert 0.75 < t <= 0.93
    assert ev.rates(second, t, d)[1] == 0.0 and ev.rates(first, t, d)[0] == 0.75
    close = [(True, 0.93, 0.4)] * 199 + [(False, 0.96, 0.005)]  # another name's spelling, a hair ahead
    t, d = ev.held_out([first, close])
    assert d > 0.005 and t <= 0.7  # a margin leaves it out; the low-scoring right answers are kept
    assert ev.rates(close, t, d) == (199 / 200, 0.0, 1 / 200)
    assert ev.held_out([[(False, 0.9, 0.5)]]) == (math.inf, 0.0)  # nothing safe: every query abstains


def test_held_out_seeds_option(ev: ModuleType) -> None:
    assert ev.parse_args([]).held_out_seeds == len(ev.HELD_OUT_SEEDS) == 10
    assert ev.parse_args(["--held-out-seeds", "0"]).held_out_seeds == 0
    with pytest.raises(SystemExit):
        ev.parse_args(["--held-out-seeds", "-1"])
