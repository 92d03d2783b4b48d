"""``training/train_name_model.train_model``'s ``corpus_tables`` on a few made-up pairs (seconds, no
``../shared``): a table left out of the corpus, and the letter model, learn the same rows as without the corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import FOREIGN_NAMES as FOREIGN

ROOT = Path(__file__).resolve().parents[1]


def test_corpus_tables_keep_the_other_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``corpus_tables=("fx",)`` a Korean corpus row teaches nothing and a foreign one teaches the ``fx``
    table alone; without the limit the Korean row changes the ``ko`` table (so the check can fail)."""
    sys.path.insert(0, str(ROOT))
    import training.train_name_model as trainer
    from training.name_data import Pair

    monkeypatch.setattr(trainer, "ITERATIONS", 2)
    monkeypatch.setattr(trainer, "CALIBRATION_PASSES", 1)
    korean = [("김민수", "Kim Min-su"), ("이지은", "Lee Ji-eun"), ("박서준", "Park Seo-jun"),
              ("최유진", "Choi Yu-jin"), ("정하늘", "Jung Ha-neul"), ("강동원", "Kang Dong-won"),
              ("조태열", "Cho Tae-yul"), ("한지민", "Han Ji-min")]
    base = [Pair(h, la, "ko_person_fullname", "test data", "train" if i < 5 else "tune")
            for i, (h, la) in enumerate(korean)]
    base += [Pair(h, la, "foreign_place", "test data", "train" if i < 16 else "tune")
             for i, (h, la) in enumerate(FOREIGN)]
    corpus = [Pair("유미", "Yu-mi", "ko_corpus_name", "corpus_names.tsv", "train"),
              Pair("블링컨", "Blinken", "foreign_corpus_name", "corpus_names.tsv", "train"),
              Pair("푸틴", "Putin", "foreign_corpus_name", "corpus_names.tsv", "train")]

    def rows(text: str, table: str | None) -> list[str]:
        """The rows of ``table``, or (None) the rows of neither table (letter bigrams, chunk lengths)."""
        out = [line.split("\t") for line in text.splitlines() if not line.startswith(("#", "calibration"))]
        return ["\t".join(r) for r in out if (r[1] == table if table else r[1] not in ("ko", "fx"))]

    without = trainer.train_model(base, report=False)
    fx_only = trainer.train_model(base + corpus, report=False, corpus_tables=("fx",))
    every = trainer.train_model(base + corpus, report=False)
    assert rows(fx_only, "ko") == rows(without, "ko")
    assert rows(fx_only, None) == rows(without, None)  # the letter model: bigrams, lengths
    assert rows(fx_only, "fx") != rows(without, "fx")
    assert rows(every, "ko") != rows(without, "ko")
    assert "CC BY-SA 3.0" in fx_only and "CC BY-SA 3.0" in every  # the corpus's licence named in the header ...
    assert "CC BY-SA 3.0" not in without  # ... only when it was learned from


def test_decoration_rates_count_added_letters() -> None:
    """``decoration_rates`` on made-up syllable spellings: a spelling that is another spelling of the same syllable
    with one letter added counts for the kind of that letter, over every piece; a vowel letter added inside a
    piece is not counted (it changes the vowel read), at the end of a piece it is."""
    sys.path.insert(0, str(ROOT))
    import math

    from training.train_name_model import decoration_rates

    spellings = {
        "건": {"gun": 3, "geon": 2, "gunn": 1},  # gunn = gun + n doubled at the end
        "준": {"jun": 2, "june": 1},  # an e at the end
        "덕": {"duk": 1, "deok": 2, "duck": 1},  # a c inside
        "영": {"yong": 1, "young": 2},  # a vowel letter inside: not counted
        "민": {"min": 5},
    }
    rates = decoration_rates(spellings)
    total = 3 + 2 + 1 + 2 + 1 + 1 + 2 + 1 + 1 + 2 + 5
    assert set(rates) == {"=$", "e$", "c"}
    assert rates["=$"] == pytest.approx(math.log(1 / total))
    assert rates["e$"] == pytest.approx(math.log(1 / total))
    assert decoration_rates({"민": {"min": 5}}) == {}


def test_unseen_decorations_rate_is_the_share_of_kinds_seen_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--unseen-decorations`` (the sim12 experiment, off in the shipped table): a Good–Turing rate for a kind of
    added letter never seen, the pieces whose kind was seen exactly once over every piece; none without the flag
    and none when no kind was seen once."""
    sys.path.insert(0, str(ROOT))
    import math

    import training.train_name_model as train
    from bilingual.names.similarity import UNSEEN_KIND, UNSEEN_NOT_FINAL

    spellings = {
        "건": {"gun": 3, "gunn": 1},  # =$ once
        "박": {"pak": 2, "park": 2},  # r twice
        "준": {"jun": 1, "june": 1},  # e$ once
    }
    assert UNSEEN_KIND not in train.decoration_rates(spellings)
    monkeypatch.setattr(train, "UNSEEN_DECORATIONS", "any")
    rates = train.decoration_rates(spellings)
    assert rates[UNSEEN_KIND] == pytest.approx(math.log(2 / 10))  # =$ and e$ seen once, of 10 pieces
    assert rates["r"] == pytest.approx(math.log(2 / 10))
    assert UNSEEN_KIND not in train.decoration_rates({"박": {"pak": 2, "park": 2}})
    monkeypatch.setattr(train, "UNSEEN_DECORATIONS", "not-final")
    rates = train.decoration_rates(spellings)
    assert UNSEEN_KIND not in rates and rates[UNSEEN_NOT_FINAL] == pytest.approx(math.log(2 / 10))


def test_alike_weights_share_of_vowel_spellings_seen_once_as_another_vowels() -> None:
    """``--alike-vowels`` (sim13): the weight of reading vowel v as w is log(r · overlap), r the share of (syllable,
    spelling) types whose vowel chunk only one syllable writes and which is another vowel's official spelling,
    overlap the mass of the chunks the two vowels' tables share; vowels sharing under 1 % are not paired; none
    when no such spelling was seen once."""
    sys.path.insert(0, str(ROOT))
    import math
    from types import SimpleNamespace
    from typing import Any, cast

    import training.train_name_model as train

    written = {
        "ㅡ": {"eu": {"근", "은", "흥"}, "eo": {"승"}},  # eo, ㅓ's official spelling, written by one syllable
        "ㅓ": {"eo": {"건", "선"}, "u": {"성", "정"}},
        "ㅔ": {"e": {"세", "제"}, "ie": {"세"}},  # ie: one syllable, but no vowel's official spelling
    }
    table = cast(Any, SimpleNamespace(prob={"ㅡ": {"eu": 0.6, "u": 0.3}, "ㅓ": {"eo": 0.6, "u": 0.2},
                                            "ㅔ": {"e": 0.9}, "ㅐ": {"ae": 0.8, "e": 0.005}}))
    weights = train.alike_weights(written, table)
    assert weights["ㅡ"]["ㅓ"] == pytest.approx(math.log(1 / 11 * 0.2))  # 1 of 11 types; u shared, min 0.2
    assert weights["ㅓ"]["ㅡ"] == weights["ㅡ"]["ㅓ"]
    assert "ㅔ" not in weights and "ㅐ" not in weights  # e shared at 0.005 < 1 %
    assert train.alike_weights({"ㅔ": {"e": {"세", "제"}, "ie": {"세"}}}, table) == {}


def test_surname_spellings_share_one_name_per_surname_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """``surname_examples`` on a made-up surname table: a published share is the spelling's weight, the rest of
    the row's one name is split among the other spellings in proportion to the loader's rank weights (1, 0.45,
    0.27 …), and a weight under ``KEEP`` teaches nothing."""
    sys.path.insert(0, str(ROOT))
    import training.train_name_model as trainer
    from bilingual.names import romanized

    real = romanized._read_rows
    made_up = [(1, ["갈", "0.01", "Gal:0.7,Kal,Karl", "made up"]), (2, ["묵", "0.01", "Mook,Muk", ""]),
               (3, ["편", "0.01", "Pyun:0.99,Pyeon,Pyon", ""])]
    monkeypatch.setattr(romanized, "_read_rows", lambda name: made_up if name == "surnames.tsv" else real(name))
    romanized.tables.cache_clear()
    try:
        got = {(units[0], spelling[0]): weight for units, spelling, weight in trainer.surname_examples()}
    finally:
        monkeypatch.setattr(romanized, "_read_rows", real)
        romanized.tables.cache_clear()
    rank = [0.9 ** r / (1 + r) for r in range(3)]  # the loader's weights by rank where none is written
    assert got == pytest.approx({
        ("ㄱ@^", "gal"): 0.7,
        ("ㄱ@^", "kal"): round(0.3 * rank[1] / (rank[1] + rank[2]), 4),
        ("ㄱ@^", "karl"): round(0.3 * rank[2] / (rank[1] + rank[2]), 4),
        ("ㅁ@^", "mook"): round(rank[0] / (rank[0] + rank[1]), 4),
        ("ㅁ@^", "muk"): round(rank[1] / (rank[0] + rank[1]), 4),
        ("ㅍ@^", "pyun"): 0.99,  # Pyeon and Pyon share 0.01: under KEEP
    }, abs=1e-4)


def test_a_weight_of_one_counts_as_one_more_example() -> None:
    """The EM's weighted examples: a weight of 1 learns what the same pair as an ordinary example learns, and a
    smaller weight learns the spelling less."""
    sys.path.insert(0, str(ROOT))
    import training.train_name_model as trainer
    from bilingual.names import similarity as sim

    def units(word: str) -> tuple[str, ...]:
        return tuple(u for syllable in sim.word_units(word) for u in syllable)

    plain = [(units(h), [la]) for h, la in (("김민수", "kimminsu"), ("이지은", "leejieun"), ("박서준", "parkseojun"),
                                              ("임하늘", "imhaneul"))]
    letter = {ch: 1 / 26 for ch in "abcdefghijklmnopqrstuvwxyz"}
    extra = (units("임"), ["lim"])
    as_example = trainer.train_table([*plain, extra], letter, "ko", None, 16.0)
    as_weight = trainer.train_table(plain, letter, "ko", None, 16.0, [(*extra, 1.0)])
    less = trainer.train_table(plain, letter, "ko", None, 16.0, [(*extra, 0.3)])
    assert as_weight.prob.keys() == as_example.prob.keys()
    for unit, chunks in as_example.prob.items():
        assert as_weight.prob[unit] == pytest.approx(chunks)
    assert less.p("ㅇ@^", "l") < as_weight.p("ㅇ@^", "l")
    assert less.p("ㅇ@^", "l") > trainer.train_table(plain, letter, "ko", None, 16.0).p("ㅇ@^", "l")


def test_fx_context_learns_foreign_units_in_context_and_leaves_the_korean_rows(monkeypatch: pytest.MonkeyPatch
                                                                               ) -> None:
    """``context=("ko", "fx")`` (``--fx-context``): the ``fx`` table gains rows for units in context (``backoff fx
    …@…``) that the scorer reads; the ``ko`` rows are the same bytes as without it. Made-up pairs: German, Italian and
    English names written for this test (an ㄹ after a final ㄹ writes nothing: 쾰른 / Köln, 볼로냐 / Bologna)."""
    sys.path.insert(0, str(ROOT))
    import training.train_name_model as trainer
    from bilingual.names import similarity as sim
    from training.name_data import Pair

    monkeypatch.setattr(trainer, "ITERATIONS", 3)
    monkeypatch.setattr(trainer, "CALIBRATION_PASSES", 1)
    korean = [("김민수", "Kim Min-su"), ("이지은", "Lee Ji-eun"), ("박서준", "Park Seo-jun"), ("최유진", "Choi Yu-jin"),
              ("강동원", "Kang Dong-won"), ("한지민", "Han Ji-min")]
    foreign = [("쾰른", "Koln"), ("볼로냐", "Bologna"), ("헬싱키", "Helsinki"), ("밀라노", "Milano"),
               ("말리", "Mali"), ("필라델피아", "Philadelphia"), ("올랜도", "Orlando"), ("셀레나", "Selena"),
               ("브레멘", "Bremen"), ("토리노", "Torino")]
    pairs = [Pair(h, la, "ko_person_fullname", "test data", "train" if i < 4 else "tune")
             for i, (h, la) in enumerate(korean)]
    pairs += [Pair(h, la, "foreign_place", "test data", "train" if i < 8 else "tune")
              for i, (h, la) in enumerate(foreign)]

    def rows(text: str, table: str) -> list[str]:
        return [line for line in text.splitlines() if line.split("\t")[1:2] == [table]
                and not line.startswith(("letter", "calibration"))]

    plain = trainer.train_model(pairs, report=False)
    both = trainer.train_model(pairs, report=False, context=("ko", "fx"))
    assert rows(both, "ko") == rows(plain, "ko")
    assert not any(line.startswith("backoff\tfx") for line in plain.splitlines())
    in_context = [line for line in both.splitlines() if line.startswith("backoff\tfx\t")]
    assert "backoff\tfx\tㄹ@L" in {line.rsplit("\t", 1)[0] for line in in_context}  # ㄹ after a final ㄹ
    try:
        sim.use_model(sim.Model.from_text(both))
        chunks, _ = sim._unit_table("fx", "ㄹ@L")
        assert chunks != sim._unit_table("fx", "ㄹ")[0]  # the scorer reads the context's own rows
        assert sim.name_similarity("볼로냐", "Bologna").score > sim.name_similarity("볼로냐", "Bollogna").score
    finally:
        sim.use_model(None)


def test_writer_pairs_learn_only_the_tune_half_of_the_train_part(tmp_path: Path) -> None:
    """``name_data.writer_pairs`` (sim18): of a new writer's file, only rows of the tune half (``split_half``) whose
    Hangul the name data's hash puts in ``train`` and that the data holds in no tune or test row; never a row twice."""
    sys.path.insert(0, str(ROOT / "training"))
    import name_data

    # made-up Korean names (three syllables, two spellings each, one in Western order); none is a fixture row
    firsts = "가나다라마바사아자차카타파하"
    names = [f"{s}{firsts[(i * 5) % 14]}{chr(0xC5F0 + i * 29)}"
             for i, s in enumerate("김이박최정강조윤장임한오서신권황")]
    names += [f"{s}{chr(0xBBFC + i * 13)}{chr(0xC11C + i * 31)}"
              for i, s in enumerate("안송류전홍고문양손배백허유남심노")]
    lines = [f"{h}\tKim Spelling{i}\tperson\n{h}\tSpelling{i} Kim\tperson" for i, h in enumerate(names)]
    path = tmp_path / "writer.tsv"
    path.write_text("# a comment\nhangul\tlatin\tkind\n" + "\n".join(lines) + "\n서울\tSeoul\tplace\n", "utf-8")
    held_out = next(h for h in names if name_data._part(name_data.bucket(h)) == "train"
                    and name_data.split_half(h, 0) == "tune")
    known = next(h for h in names if name_data._part(name_data.bucket(h)) == "train"
                 and name_data.split_half(h, 0) == "tune" and h != held_out)
    pairs = [name_data.Pair(held_out, "Someone", "ko_person_fullname", "x", "tune"),  # the data calibrates on it
             name_data.Pair(known, "Kim Spelling" + str(names.index(known)), "ko_person_fullname", "x", "train")]
    for seed in (0, 1):
        got = name_data.writer_pairs(pairs, seed, path)
        assert got, seed
        for p in got:
            assert name_data.split_half(p.hangul, seed) == "tune"
            assert name_data._part(name_data.bucket(p.hangul)) == "train" and p.part == "train"
            assert p.table == "ko" and p.kind in ("ko_writer_person", "ko_writer_place")
        assert len({(p.hangul, p.latin) for p in got}) == len(got)
        expected = {(h, la) for h, la in ((line.split("\t")[0], line.split("\t")[1])
                                          for line in "\n".join(lines).splitlines())
                    if name_data.split_half(h, seed) == "tune" and name_data._part(name_data.bucket(h)) == "train"
                    and h != held_out}
        if name_data.split_half("서울", seed) == "tune" and name_data._part(name_data.bucket("서울")) == "train":
            expected.add(("서울", "Seoul"))
        expected.discard((known, "Kim Spelling" + str(names.index(known))))  # already in the data
        assert {(p.hangul, p.latin) for p in got} == expected
    assert all(p.hangul != held_out for p in name_data.writer_pairs(pairs, 0, path))
    report = {h for h in names if name_data.split_half(h, 0) == "report"}
    assert report and not report & {p.hangul for p in name_data.writer_pairs(pairs, 0, path)}
def test_foreign_file_pairs_learn_only_the_tune_halves_of_the_train_part(tmp_path: Path) -> None:
    """``name_data.foreign_file_pairs`` (fx32): of foreign-names files, only rows of the tune half whose Hangul the
    name data's hash puts in ``train`` and that the data holds in no tune or test row, as ``fx`` pairs of the row's
    kind; a name two files hold once; with ``sub_seed``, only the rows that seed's split puts in its tune half."""
    sys.path.insert(0, str(ROOT / "training"))
    import name_data

    # made-up transcriptions (syllables of our own, not names of the fixtures), people, places and organizations
    syllables = "카로네미투사벨로디파스코라누"
    names = [f"{syllables[i % 14]}{syllables[(i * 3 + 1) % 14]}{syllables[(i * 5 + 2) % 14]}" for i in range(40)]
    names = list(dict.fromkeys(names))
    kinds = ("person", "place", "org")
    one = tmp_path / "one.tsv"
    two = tmp_path / "two.tsv"
    one.write_text("# hangul\tlatin\tkind\n" + "".join(f"{h}\tLatin{i}\t{kinds[i % 3]}\n"
                                                     for i, h in enumerate(names)), "utf-8")
    two.write_text("".join(f"{h}\tLatin{i}\t{kinds[i % 3]}\n" for i, h in enumerate(names[:10]))
                   + f"{names[0]}\tOther Spelling\tperson\n{names[1]}\tLatin1\twhatever\n", "utf-8")
    learnable = [h for h in names if name_data.split_half(h, 0) == "tune"
                 and name_data._part(name_data.bucket(h)) == "train"]
    assert len(learnable) >= 3
    held = learnable[0]
    pairs = [name_data.Pair(held, "Someone", "foreign_place", "x", "tune")]  # the data calibrates on it
    got = name_data.foreign_file_pairs(pairs, 0, (one, two))
    expected = {(h, f"Latin{names.index(h)}") for h in learnable if h != held}
    if names[0] in learnable and names[0] != held:
        expected.add((names[0], "Other Spelling"))
    assert {(p.hangul, p.latin) for p in got} == expected and len(got) == len(expected)
    for p in got:
        assert p.part == "train" and p.table == "fx"
        assert p.kind == name_data.FOREIGN_FILE_KINDS[kinds[names.index(p.hangul) % 3]]
        assert p.is_person == (p.kind == "foreign_file_person")
    nested = name_data.foreign_file_pairs(pairs, 0, (one, two), sub_seed=100)
    assert {(p.hangul, p.latin) for p in nested} == {(h, la) for h, la in expected
                                                     if name_data.split_half(h, 100) == "tune"}
    report = {h for h in names if name_data.split_half(h, 0) == "report"}
    assert report and not report & {p.hangul for p in got}


def test_doubled_rate_counts_letters_written_twice_against_the_others() -> None:
    """fx18: the rate of a consonant letter written twice is counted on the spellings' consonant letters (a-z,
    folded, per word): two doubles (``nn``, ``ll``) against the 8 consonant letters that are not (``ee`` of Lee, a
    vowel, is not counted); ``None`` when no consonant letter is doubled (no row)."""
    import math

    sys.path.insert(0, str(ROOT))
    import training.train_name_model as trainer
    from training.name_data import Pair

    pairs = [Pair("안나", "Anna", "foreign_place", "test data", "train"),  # n + one double
             Pair("빌 게이츠", "Bill Gates", "foreign_place", "test data", "train"),  # b l g t s + one
             Pair("오토", "Ötö", "foreign_place", "test data", "train"),  # folded: o t o
             Pair("리", "Lee", "foreign_place", "test data", "train")]  # l, and a vowel doubled
    assert trainer.doubled_rate(pairs) == pytest.approx(math.log(2 / 8))
    assert trainer.doubled_rate(pairs[2:]) is None  # Ötö, Lee: no consonant doubled


def test_nearest_wrong_keeps_the_best_scoring_wrong_names_and_never_the_right_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """fx29's wrong pairs drawn as a retrieval meets them (``--nearest K``): of the names drawn, the ``K`` that the
    calibration in use scores best with the pair's Hangul, never the pair's own Latin nor a Latin of a row that shares
    its Hangul (another spelling of the same name is no wrong pair)."""
    import random

    sys.path.insert(0, str(ROOT))
    import training.train_name_model as trainer
    from bilingual.names import similarity as sim
    from training.name_data import Pair

    pair = Pair("카르멜로", "Carmelo", "foreign_place", "test data", "tune")
    table = [pair, Pair("카르멜로", "Karmelo", "foreign_place", "test data", "tune"),
             Pair("카르멜라", "Carmela", "foreign_place", "test data", "tune"),
             *(Pair(h, la, "foreign_place", "test data", "tune")
               for h, la in (("오슬로", "Oslo"), ("웰링턴", "Wellington"), ("도쿄", "Tokyo"), ("바그다드", "Baghdad")))]
    monkeypatch.setattr(trainer, "NEAREST_DRAW", 50)
    monkeypatch.setattr(trainer, "NEAREST_KEEP", 1)
    (only,) = trainer.nearest_wrong(pair, table, random.Random(0))
    assert only == sim.fit_score("카르멜로", "Carmela")  # the near spelling, not a random wrong name
    assert only not in (sim.fit_score("카르멜로", "Carmelo"), sim.fit_score("카르멜로", "Karmelo"))

    monkeypatch.setattr(trainer, "NEAREST_KEEP", 3)
    kept = trainer.nearest_wrong(pair, table, random.Random(0))
    scores = [sim.calibrated(x) for x in kept]
    assert len(kept) == 3 and scores == sorted(scores, reverse=True)
    others = [sim.calibrated(x) for la in ("Oslo", "Wellington", "Tokyo", "Baghdad", "Carmela")
              if (x := sim.fit_score("카르멜로", la)) is not None and x not in kept]
    assert all(s <= scores[-1] for s in others)

    monkeypatch.setattr(trainer, "NEAREST_DRAW", 2)  # fewer drawn than the table holds: at most that many kept, and
    first = trainer.nearest_wrong(pair, table, random.Random(5))  # the same draw for the same seed
    assert len(first) <= 2 and first == trainer.nearest_wrong(pair, table, random.Random(5))


def test_each_group_of_wrong_pairs_weighs_alike_in_the_calibration() -> None:
    """sim38 (``--balanced-groups``, not adopted): with the wrong pairs' groups given, a small group of wrong
    pairs close to the right ones (one syllable changed) weighs as much as a large group of far ones (random names):
    the fit leaves a wider gap between the right pairs and the close wrong ones than the class-balanced fit, whose
    weight the far group mostly takes."""
    import math
    import statistics

    sys.path.insert(0, str(ROOT))
    import training.train_name_model as trainer

    right = [(2.0 + 0.1 * (i % 5),) for i in range(50)] + [(1.0,)] * 5  # a few right pairs fit less well
    far = [(-2.0 - 0.1 * (i % 7),) for i in range(200)]
    close = [(0.8,)] * 4 + [(1.2,)]
    xs = [*right, *far, *close]
    ys = [1] * len(right) + [0] * (len(far) + len(close))
    groups = ["true"] * len(right) + ["random"] * len(far) + ["one syllable changed"] * len(close)

    def gap(w: list[float]) -> float:
        p = [1 / (1 + math.exp(-(w[0] + w[1] * x[0]))) for x in xs]
        return statistics.mean(p[:len(right)]) - statistics.mean(p[len(right) + len(far):])

    plain, grouped = trainer.fit_logistic(xs, ys), trainer.fit_logistic(xs, ys, groups)
    assert gap(grouped) > gap(plain) + 0.1
    assert trainer.fit_logistic(xs, ys, ["x"] * len(xs)) == pytest.approx(plain)  # one group: as before
