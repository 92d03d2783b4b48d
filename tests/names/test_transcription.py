"""Foreign names in Hangul against their Latin originals."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, read_lines

from bilingual.names.transcription import transcription_key, transcription_score

ROWS = [ln.split("\t") for ln in read_lines(FIXTURES / "names" / "transcriptions.tsv") if not ln.startswith("#")]


@pytest.mark.parametrize("hangul,latin", [("블링컨", "Blinken"), ("바이든", "Biden"), ("푸틴", "Putin"),
                                          ("가미카와 요코", "Kamikawa Yoko"), ("가미카와 요코", "Yoko Kamikawa"),
                                          ("앤터니 블링컨", "Antony Blinken"), ("토니 블링컨", "Tony Blinken")])
def test_issue_pairs_match(hangul: str, latin: str) -> None:
    assert transcription_score(hangul, latin) >= 0.75
    assert transcription_score(latin, hangul) == transcription_score(hangul, latin)


def test_keys() -> None:
    assert transcription_key("블링컨") == transcription_key("Blinken") == "PLNKN"
    assert transcription_key("Smith") == "SMT" and transcription_key("스미스") == "SMS"  # th is ㅅ or ㅌ
    assert transcription_score("스미스", "Smith") >= 0.75


def test_true_pairs_rank_above_near_misses() -> None:
    true = {h: latin for h, latin, label in ROWS if label == "match"}
    pairs = [(h, latin, miss) for h, miss, label in ROWS if label == "miss" for hh, latin in true.items() if hh == h]
    wins = sum(transcription_score(h, latin) > transcription_score(h, miss) for h, latin, miss in pairs)
    assert len(pairs) >= 20 and wins / len(pairs) >= 0.9


def test_other_people_score_low() -> None:
    true = [(h, latin) for h, latin, label in ROWS if label == "match"]
    cross = [transcription_score(h, l2) for i, (h, l1) in enumerate(true) for j, (_, l2) in enumerate(true)
             if i != j and not set(l1.lower().split()) & set(l2.lower().split())]
    assert sum(s < 0.75 for s in cross) / len(cross) >= 0.98


@pytest.mark.parametrize("a,b", [("", "Blinken"), ("블링컨", ""), ("123", "!!"), ("ㅋㅋ", "x" * 10_000)])
def test_bad_input(a: str, b: str) -> None:
    assert 0.0 <= transcription_score(a, b) <= 1.0


def test_long_keys_use_a_band_that_agrees_with_the_full_table() -> None:
    import random

    from bilingual.names import transcription as t
    rng = random.Random(7)
    for _ in range(200):
        a = "".join(rng.choice("BKLHNMSTPG") for _ in range(rng.randrange(30, 64)))
        b = list(a)
        for _ in range(rng.randrange(6)):
            b[rng.randrange(len(b))] = rng.choice("BKLHNMSTPG")
        b = "".join(b) + "K" * rng.randrange(4)
        assert t._banded_distance(a, b, t._CHEAP) == pytest.approx(t._distance(a, b))
        assert t._banded_distance(a, "", t._CHEAP) == pytest.approx(t._distance(a, ""))
    # 1,000 Hangul characters took 1.5 s (a full table); the score is still defined and in range
    assert 0.0 <= transcription_score("블링컨" * 400, "Blinken" * 400) <= 1.0
