"""``evaluation/foreign_names_eval.py`` on a small pairs file written here (no ``../shared``: the name data and the
tune part's thresholds are replaced by made-up distractors and fixed thresholds), and its reading of bad files."""

from __future__ import annotations

import random
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Written for this test: people, places and organizations in shapes the fixtures' pairs do not use (German, Italian,
# Dutch, Japanese and Spanish spellings; one name of two words).
PAIRS = """# made up for tests/test_foreign_names_eval.py
hangul\tlatin\tkind

슈뢰더\tSchröder\tperson
베를루스코니\tBerlusconi\tperson
마르크 뤼터\tMark Rutte\tperson
함부르크\tHamburg\tplace
나폴리\tNapoli\tplace
도요타\tToyota\torg
폭스바겐\tVolkswagen\torg
함부르크\tHamburg\tplace
"""
DISTRACTORS = [("브레멘", "Bremen"), ("토리노", "Torino"), ("로테르담", "Rotterdam"), ("나고야", "Nagoya"),
               ("발렌시아", "Valencia"), ("그라나다", "Granada"), ("안트베르펜", "Antwerpen"), ("드레스덴", "Dresden"),
               ("세비야", "Sevilla"), ("볼로냐", "Bologna"), ("하노버", "Hannover"), ("센다이", "Sendai")]


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    sys.path.insert(0, str(ROOT))
    import evaluation.foreign_names_eval as module

    return module


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pairs.tsv"
    path.write_text(text, "utf-8")
    return path


def test_reads_rows_comments_header_and_repeats(ev: ModuleType, tmp_path: Path) -> None:
    rows, repeats = ev.read_pairs(write(tmp_path, PAIRS))
    assert [(r.hangul, r.kind) for r in rows[:3]] == [("슈뢰더", "person"), ("베를루스코니", "person"),
                                                      ("마르크 뤼터", "person")]
    assert len(rows) == 7 and repeats == 1
    assert rows[0].line == 4


@pytest.mark.parametrize(("line", "message"), [
    ("슈뢰더\tSchröder", "3 tab-separated columns"),
    ("슈뢰더\tSchröder\tcity", "kind must be one of"),
    ("Schroder\tSchröder\tperson", "hangul column"),
    ("슈뢰더 Kim\tSchröder\tperson", "hangul column"),
    ("슈뢰더\t슈뢰더\tperson", "latin column"),
    ("슈뢰더\t1234\tperson", "latin column"),
])
def test_bad_rows_are_clear_errors_with_their_line(ev: ModuleType, tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path, f"# a comment\n나폴리\tNapoli\tplace\n{line}\n")
    with pytest.raises(ev.PairsError, match=message) as caught:
        ev.read_pairs(path)
    assert f"{path}:3" in str(caught.value)


def test_an_empty_file_is_an_error_and_main_says_so(ev: ModuleType, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "# nothing\n\nhangul\tlatin\tkind\n")
    with pytest.raises(ev.PairsError, match="no pair"):
        ev.read_pairs(path)
    assert ev.main(["--pairs", str(path)]) == 2
    assert "no pair" in capsys.readouterr().err
    assert ev.main(["--pairs", str(tmp_path / "missing.tsv")]) == 2


def pool(ev: ModuleType) -> list[object]:
    return [ev.Pair(h, la, "foreign_place", "test data", "test") for h, la in DISTRACTORS]


def test_queries_put_the_right_name_first_and_never_another_spelling_of_it(ev: ModuleType, tmp_path: Path) -> None:
    rows, _ = ev.read_pairs(write(tmp_path, PAIRS + "함부르크\tHAMBURG\tplace\n"))
    queries = ev.file_queries(rows, pool(ev), random.Random(1), candidates=6)
    assert len(queries) == 2 * len(rows)
    for q in queries:
        hangul, latin = q.candidates[0]
        assert len(q.candidates) == 6 and q.group in ev.KINDS
        rest = q.candidates[1:]
        if q.direction == "hangul→latin":
            assert all(h == hangul for h, _ in rest)
            assert all(ev.latin_key(la) != ev.latin_key(latin) for _, la in rest)  # HAMBURG is Hamburg
        else:
            assert all(la == latin for _, la in rest)
            assert all(ev.hangul_key(h) != ev.hangul_key(hangul) for h, _ in rest)


def test_distractors_share_no_name_with_the_file(ev: ModuleType, tmp_path: Path) -> None:
    rows, _ = ev.read_pairs(write(tmp_path, PAIRS))
    pairs = [*pool(ev), ev.Pair("나폴리", "Naples", "foreign_place", "t", "test"),
             ev.Pair("뮌헨", "Hamburg", "foreign_place", "t", "test"),
             ev.Pair("뮌헨", "München", "foreign_place", "t", "tune"),
             ev.Pair("쾰른", "Köln", "foreign_place", "t", "train"),
             ev.Pair("바이에른", "Bayern", "foreign_transcription_miss", "t", "test")]
    kept = ev.distractor_pool(rows, pairs)  # the test and tune parts (section (a)'s pool), never a noisy kind
    assert {p.hangul for p in kept} == {h for h, _ in DISTRACTORS} | {"뮌헨"}


def test_main_prints_each_kind_and_links_every_kind_across_scripts(ev: ModuleType, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(ev, "CANDIDATES", 10)
    monkeypatch.setattr(ev, "load", lambda: pool(ev))
    monkeypatch.setattr(ev, "tune_thresholds", lambda executor: {s: (0.0, 0.0) for s in ev.se.SYSTEMS})
    monkeypatch.setattr(ev, "ProcessPoolExecutor", lambda *a, **k: ThreadPoolExecutor(1))
    assert ev.main(["--pairs", str(write(tmp_path, PAIRS))]) == 0
    out = capsys.readouterr().out
    assert "rows: 7 (person 3, place 2, org 2); 1 repeated rows counted once" in out
    for system in ev.se.SYSTEMS:
        for kind in (*ev.KINDS, "all"):
            assert f"| {system} | both | {kind} | " in out
    model_all = next(line for line in out.splitlines() if line.startswith("| model | both | all | "))
    assert model_all.split(" | ")[3] == "14"
    # the KB holding one script's names links the other script's for every kind (the transcription tier)
    links = [line for line in out.splitlines() if line.startswith("| latin names only |")
             or line.startswith("| hangul names only |")]
    assert {line.split(" | ")[1] for line in links} == set(ev.KINDS)
    assert all(set(re.findall("[a-z]+", line.split(" | ")[2])) <= {"romanization", "transcription"}
               for line in links)  # linked across scripts by name similarity (the label follows the Hangul's shape)
    for label in ("Latin names only (Hangul queries)", "Hangul names only (Latin queries)"):
        for kind in ev.KINDS:
            row = next(line for line in out.splitlines() if line.startswith(f"| {label} | bilingual | {kind} |"))
            assert not row.split(" | ")[4].startswith("0 "), row  # some right links of each kind


def test_thresholds_given_for_every_system_or_none(ev: ModuleType) -> None:
    args = ev.parse_args(["--thresholds", "model:0.5,0.1", "ratio:0,0", "WRatio:0.8,0.05"])
    assert args.thresholds == {"model": (0.5, 0.1), "ratio": (0.0, 0.0), "WRatio": (0.8, 0.05)}
    assert ev.parse_args([]).thresholds is None
    for bad in (["--thresholds", "model:0.5,0.1", "ratio:0,0", "ratio:0,0"],
                ["--thresholds", "model:0.5", "ratio:0,0", "WRatio:0,0"]):
        with pytest.raises(SystemExit):
            ev.parse_args(bad)


@pytest.mark.parametrize("part", ["tune", "test"])
def test_the_corpus_files_hold_foreign_corpus_pairs_of_their_part(ev: ModuleType, part: str) -> None:
    """``corpus_foreign_{part}.tsv``: foreign rows of ``corpus_names.tsv`` whose Hangul the name data's hash puts in
    that part (the kinds are the file's own)."""
    import training.name_data as name_data

    foreign = {(cols[0], cols[1]) for cols in name_data._tsv(name_data.FIXTURES / "corpus_names.tsv")
               if cols[2:3] == ["foreign"]}
    rows, _ = ev.read_pairs(name_data.FIXTURES / f"corpus_foreign_{part}.tsv")
    assert len(rows) > 50  # LONDON and London: one row (repeats counted once)
    for r in rows:
        assert (r.hangul, r.latin) in foreign
        assert name_data._part(name_data.bucket(r.hangul)) == part


# Made up for the halves (sim18 branch): Korean people and places in shapes of the writer's file (Western order,
# joined given names, a one-syllable given name), none of them its rows.
HALVES_PAIRS = """hangul\tlatin\tkind
한소망\tHan So-mang\tperson
한소망\tSomang Han\tperson
도재익\tDo Jaeik\tperson
남궁별\tNamgung Byeol\tperson
변솔\tByun Sol\tperson
피다온\tDa-on Pi\tperson
봉래산\tBongraesan\tplace
"""


def test_halves_keep_every_spelling_of_a_name_together_and_split_by_seed(ev: ModuleType, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    rows, _ = ev.read_pairs(write(tmp_path, HALVES_PAIRS))
    for seed in range(6):
        halves = {r.hangul: ev.split_half(r.hangul, seed) for r in rows}
        assert set(halves.values()) <= {"tune", "report"}
        assert ev.split_half("한 소망", seed) == halves["한소망"]  # spaces do not move a name
    # over many names both halves are about half, and another seed cuts them otherwise
    names = [f"{chr(0xAC00 + i * 7)}{chr(0xB098 + i * 3)}{chr(0xB2E4 + i)}" for i in range(400)]
    tune0 = {n for n in names if ev.split_half(n, 0) == "tune"}
    tune1 = {n for n in names if ev.split_half(n, 1) == "tune"}
    assert 150 < len(tune0) < 250 and tune0 != tune1
    # --part keeps one half's rows; --kb-only runs no retrieval (no thresholds chosen)
    monkeypatch.setattr(ev, "CANDIDATES", 10)
    monkeypatch.setattr(ev, "load", lambda: pool(ev))
    monkeypatch.setattr(ev, "tune_thresholds", lambda executor: pytest.fail("no retrieval with --kb-only"))
    counts = []
    for part in ev.PARTS:
        assert ev.main(["--pairs", str(write(tmp_path, HALVES_PAIRS)), "--part", part, "--split-seed", "3",
                        "--kb-only", "--misses"]) == 0
        out = capsys.readouterr().out
        assert "### Retrieval" not in out and "### Linking" in out
        counts.append(int(re.search(r"rows: (\d+) ", out).group(1)))  # type: ignore[union-attr]
        assert f"half '{part}' of split seed 3" in out
    kept = {part: [r for r in rows if ev.split_half(r.hangul, 3) == part] for part in ev.PARTS}
    assert counts == [len(kept["tune"]), len(kept["report"])] and sum(counts) == len(rows)


TWO_SPELLINGS = """hangul\tlatin\tkind
박서윤\tPark Seo-yoon\tperson
박서윤\tSeoyoon Park\tperson
한강\tHan Kang\tperson
한강\tHan River\tplace
남궁민\tNamgoong Min\tperson
"""


def test_a_person_spelled_twice_is_one_entity_with_both_spellings(ev: ModuleType, tmp_path: Path) -> None:
    rows, _ = ev.read_pairs(write(tmp_path, TWO_SPELLINGS))
    kbs = ev.build_kbs(rows, pool(ev), random.Random(3), size=10)
    kb, names, right = kbs["latin"]
    assert len(right["박서윤"]) == 1  # one entity, holding both Latin spellings
    (pid,) = right["박서윤"]
    assert set(names[pid]) == {"Park Seo-yoon", "Seoyoon Park"}
    entity = kb.get(pid)
    assert entity is not None and set(entity.all_names()) == {"Park Seo-yoon", "Seoyoon Park"}
    # one Hangul of two kinds (the novelist and the river) stays two entities; each query's right set holds both
    assert len(right["한강"]) == 2
    assert {kb.get(i).type for i in right["한강"]} == {"person", "place"}  # type: ignore[union-attr]
    # the Hangul-only KB: every spelling is a query whose right entity is the one Hangul name
    h_right = kbs["hangul"][2]
    assert h_right["Park Seo-yoon"] == h_right["Seoyoon Park"]
    assert len(h_right["Han Kang"]) == 1 and h_right["Han Kang"] == h_right["Han River"]


def test_entity_per_name_keeps_the_old_yardstick(ev: ModuleType, tmp_path: Path) -> None:
    rows, _ = ev.read_pairs(write(tmp_path, TWO_SPELLINGS))
    _, names, right = ev.build_kbs(rows, pool(ev), random.Random(3), size=10, one_entity_a_person=False)["latin"]
    assert len(right["박서윤"]) == 2
    assert all(len(names[i]) == 1 for i in right["박서윤"])


def test_the_yardstick_flag_is_printed(ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(ev, "CANDIDATES", 10)
    monkeypatch.setattr(ev, "load", lambda: pool(ev))
    path = str(write(tmp_path, TWO_SPELLINGS))
    assert ev.main(["--pairs", path, "--kb-only"]) == 0
    assert "one entity a Hangul name of a kind" in capsys.readouterr().out
    assert ev.main(["--pairs", path, "--kb-only", "--entity-per-name"]) == 0
    assert "every distinct name its own entity" in capsys.readouterr().out


def test_the_file_is_scored_with_the_place_table_and_the_thresholds_without(
        ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """fx35: the file's names (retrieval and KB) are scored with GeoNames' other names of one place read, as the
    library reads them; the thresholds are chosen on section (a) without them, as similarity_eval.py measures it
    (its foreign places are the table's own records); --no-place-table scores the file without."""
    from bilingual.names import place_variants

    monkeypatch.setattr(ev, "CANDIDATES", 10)
    monkeypatch.setattr(ev, "load", lambda: pool(ev))
    states: dict[str, list[bool]] = {"thresholds": [], "file": []}

    def thresholds(executor: ThreadPoolExecutor) -> dict[str, tuple[float, float]]:
        states["thresholds"].append(executor.submit(lambda: place_variants._USED[0]).result())
        return {s: (0.0, 0.0) for s in ev.se.SYSTEMS}

    def run(queries: list[object], executor: ThreadPoolExecutor) -> list[dict[str, tuple[bool, float, float]]]:
        states["file"].append(executor.submit(lambda: place_variants._USED[0]).result())
        return [ev.se.top_two(q) for q in queries]

    monkeypatch.setattr(ev, "tune_thresholds", thresholds)
    monkeypatch.setattr(ev.se, "run", run)
    # one thread, its initializer run in it before the first task: the state the work in it sees
    monkeypatch.setattr(ev, "ProcessPoolExecutor", lambda n, initializer, initargs: ThreadPoolExecutor(
        1, initializer=initializer, initargs=initargs))
    path = str(write(tmp_path, PAIRS))
    try:
        assert ev.main(["--pairs", path, "--no-kb"]) == 0
        assert "place_variants.tsv): read" in capsys.readouterr().out
        assert states == {"thresholds": [False], "file": [True]}
        assert ev.main(["--pairs", path, "--no-kb", "--no-place-table"]) == 0
        assert "place_variants.tsv): not read (--no-place-table)" in capsys.readouterr().out
        assert states == {"thresholds": [False, False], "file": [True, False]}
        assert ev.main(["--pairs", path, "--kb-only"]) == 0 and place_variants._USED[0]  # the KB's too
    finally:
        ev.se._init_model(None, True)  # the library's default, for the tests after this one
