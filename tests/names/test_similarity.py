"""Behaviour of bilingual.names.similarity on names written in shapes the training data does not hold.

The Korean cases are the official National Assembly style (family name in capitals, given-name syllables
apart, sometimes lower case), the comma form, a title in front, reversed order; the foreign ones are places
and people chosen here (checked absent from names-dev and fixtures/names). Expected verdicts are what a
reader of both scripts would say, not values read off the model.
"""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bilingual.names import similarity as sim
from bilingual.names.romanized import parse_name
from bilingual.names.similarity import (
    MODEL_PATH,
    Kind,
    NameSimilarity,
    clear_caches,
    name_similarity,
    similarity_keys,
)

ROOT = Path(__file__).resolve().parent.parent.parent  # the repository
NAMES_DEV = ROOT.parent / "shared" / "names-dev"

# Spellings whose vowel the training data never writes that way (ㅓ/ㅕ as "eu" in the Assembly's Jeung and
# Keung, ㅔ as "ye" in Sye): the learned table calls them only ``possible``. Strict xfail on ``same``, so a
# model that learns them is noticed; they must never be ``different`` (another person).
UNSEEN_VOWELS = [
    ("배재정", "BAE Jae Jeung"),
    ("하태경", "HA Tae Keung"),
    ("정세균", "Rep. Chung Sye-kyun"),
]

SAME = [
    ("조원진", "CHO Won jin"),
    ("홍철호", "Hong, Chul Ho"),
    ("정세균", "Rep. Jung Se-gyun"),
    ("조태열", "Tae-yul Cho"),
    ("조태열", "Cho Taeyul"),
    ("문재인", "MOON Jae In"),
    ("김정은", "Kim Jung Eun"),
    ("리설주", "Ri Sol Ju"),
    ("샌프란시스코", "San Francisco"),
    ("바르셀로나", "Barcelona"),
    ("마드리드", "Madrid"),
    ("피렌체", "Firenze"),
    ("멜버른", "Melbourne"),
    ("데이비드 캐머런", "David Cameron"),
    ("리시 수낵", "Rishi Sunak"),
]

NOT_SAME = [
    ("조태열", "Cho Tae-yong"),
    ("바르셀로나", "Bratislava"),
    ("마드리드", "Madras"),
    ("리버풀", "Liverpool Street"),
    ("정세균", "Chung Dong-young"),
    ("하태경", "Ha Jung-woo"),
    ("데이비드 캐머런", "David Carradine"),
]


@pytest.mark.parametrize(("hangul", "latin"), SAME)
def test_right_spellings_are_same(hangul: str, latin: str) -> None:
    result = name_similarity(hangul, latin)
    assert result.verdict == "same", result
    assert name_similarity(latin, hangul) == result  # either order


@pytest.mark.parametrize(("hangul", "latin"), UNSEEN_VOWELS)
def test_unseen_vowel_spellings_are_never_another_person(hangul: str, latin: str) -> None:
    result = name_similarity(hangul, latin)
    assert result.verdict != "different", result
    assert any("unseen spelling" in r for r in result.reasons)


@pytest.mark.xfail(strict=True, reason="the vowel spelling is absent from the training data")
@pytest.mark.parametrize(("hangul", "latin"), UNSEEN_VOWELS)
def test_unseen_vowel_spellings_are_same(hangul: str, latin: str) -> None:
    assert name_similarity(hangul, latin).verdict == "same"


@pytest.mark.parametrize(("hangul", "latin"), NOT_SAME)
def test_other_names_are_not_same(hangul: str, latin: str) -> None:
    assert name_similarity(hangul, latin).verdict != "same"


def test_one_syllable_off_scores_below_the_right_spelling() -> None:
    right = name_similarity("조태열", "Cho Tae-yul")
    near = name_similarity("조태열", "Cho Tae-yong")
    assert near.verdict in ("possible", "different")
    assert near.score < right.score
    assert any("열" in r and "unseen" in r for r in near.reasons)  # the syllable that does not fit is named


def test_reasons_say_which_letters_went_with_which_syllable() -> None:
    reasons = name_similarity("정세균", "Chung Sye-kyun").reasons
    assert "sye ~ 세 (unseen spelling)" in reasons or "sye ~ 세 (rare spelling)" in reasons
    assert any(r.startswith("kyun ~ 균") for r in reasons)


def test_latin_variants() -> None:
    assert name_similarity("Yoko Kamikawa", "Yōko Kamikawa").verdict == "same"
    assert name_similarity("Lee Jae-myung", "Yi Jae-myeong").verdict == "same"  # two romanizations of 이재명
    assert name_similarity("Lee Jae-myung", "Lee Jae-yong").verdict != "same"
    assert name_similarity("Barcelona", "Bratislava").verdict == "different"


def test_rr_spelling_of_i_is_read_through_its_hangul() -> None:
    # RR writes the family name 이 as "I", which few bearers use (a low weight in the surname table): the two
    # spellings are compared through the readings parse_name gives below its noise floor (sim17 branch)
    assert name_similarity("Lee Saebyul", "I Sae-byeol").verdict == "same"
    assert name_similarity("Rhee Saebyuk", "I Sae-byeok").verdict == "same"
    assert name_similarity("Lee Saebyul", "I Sae-byeok").verdict != "same"  # 이새별 is not 이새벽
    assert name_similarity("Lee Saebyul", "I Hae-byeol").verdict != "same"
    assert parse_name("Joe Biden") == []  # parse_name's own floor is unchanged


def test_hangul_variants() -> None:
    assert name_similarity("리선권", "이선권").verdict == "same"  # 두음법칙
    assert name_similarity("류현진", "유현진").verdict == "same"
    assert name_similarity("조 태열", "조태열").verdict == "same"
    assert name_similarity("조태열", "조태용").verdict != "same"


@pytest.mark.parametrize("bad", ["", " ", "a", "12345", "조Tae", "😀😀", "Kim 😀", "x" * 10_000, "가" * 10_000,
                                 "김\x00정은"])
def test_bad_input_is_different(bad: str) -> None:
    # (its time, linear in the length, is printed by benchmarks/bench_similarity.py, not asserted here)
    result = name_similarity(bad, "조태열")
    assert result.score == 0.0 and result.verdict == "different"
    assert name_similarity("Cho Tae-yul", bad).verdict == "different"
    assert similarity_keys(bad) == frozenset()


def test_non_str_raises() -> None:
    with pytest.raises(TypeError):
        name_similarity(None, "조태열")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        name_similarity("조태열", b"Cho")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        name_similarity("조태열", "Cho Tae-yul", kind="animal")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        similarity_keys(3)  # type: ignore[arg-type]


def test_result_is_a_frozen_model_in_range() -> None:
    result = name_similarity("블링컨", "Blinken", kind="person")
    assert isinstance(result, NameSimilarity) and 0.0 <= result.score <= 1.0
    with pytest.raises(ValueError):
        result.score = 0.5  # type: ignore[misc]


def test_deterministic() -> None:
    pairs = SAME[:5] + NOT_SAME[:3]
    first = [name_similarity(a, b) for a, b in pairs]
    clear_caches()
    assert [name_similarity(a, b) for a, b in pairs] == first


@pytest.mark.parametrize(("hangul", "latin"),
                         [*SAME, *UNSEEN_VOWELS, ("뉴욕", "New York"), ("박근혜", "Park Geun-hye")])
def test_blocking_keys_meet(hangul: str, latin: str) -> None:
    assert similarity_keys(hangul) & similarity_keys(latin)


def test_blocking_keys_separate_unrelated_names() -> None:
    assert not similarity_keys("샌프란시스코") & similarity_keys("Melbourne")


@pytest.mark.skipif(not NAMES_DEV.exists(), reason="needs ../shared/names-dev")
def test_retraining_reproduces_the_table(tmp_path: Path) -> None:
    out = tmp_path / "name_model.tsv"
    subprocess.run([sys.executable, str(ROOT / "training" / "train_name_model.py"), "--out", str(out)],
                   check=True, cwd=ROOT, capture_output=True, timeout=900)
    assert out.read_bytes() == MODEL_PATH.read_bytes()


def test_near_spelling_backoff_is_off_in_the_shipped_model_and_lowers_an_unseen_vowels_cost() -> None:
    """The experiment of ``train_name_model.py --edit-cost``: off in the shipped table; when a table turns it on,
    a Korean vowel written in a way the table never saw but one letter from a usual spelling (ㅓ as "eu" in
    Jeung) costs less than the plain smoothing gives it, a consonant written another way costs the same, and the
    foreign table is untouched."""
    from bilingual.names import similarity as sim

    shipped = sim.model()
    assert "edit_cost" not in shipped.calibration
    pairs = [("배재정", "BAE Jae Jeung"), ("정세균", "Chung Sye-kyun"), ("조태열", "Zo Tae-yeol"),
             ("마드리드", "Madreed")]
    before = [name_similarity(h, la) for h, la in pairs]
    try:
        sim.use_model(dataclasses.replace(shipped, calibration={**shipped.calibration, "edit_cost": 3.0}))
        after = [name_similarity(h, la) for h, la in pairs]
    finally:
        sim.use_model(None)
    assert after[0].evidence is not None and before[0].evidence is not None
    assert after[0].evidence > before[0].evidence + 1.0  # eu for ㅓ: near eo
    assert after[1].evidence is not None and before[1].evidence is not None
    assert after[1].evidence > before[1].evidence + 1.0  # ye for ㅔ: near e
    assert after[2].evidence == before[2].evidence  # z for ㅈ: a consonant, no backoff
    assert after[3].evidence == before[3].evidence  # a foreign name: the fx table, no backoff


@pytest.mark.skipif(not NAMES_DEV.exists(), reason="needs ../shared/names-dev")
def test_link_eval_cv_train_keeps_the_test_part_out(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """``evaluation/link_eval.py --cv-train``, on a few pairs (2 folds, about 2 s): each fold's model is trained on
    the other fold of the train part only (the test part is neither trained on nor queried, the tune part only
    calibrates), every train person is queried in exactly one fold, and the retrained models link them."""
    sys.path.insert(0, str(ROOT))
    import training.train_name_model as trainer
    from evaluation import link_eval
    from training.name_data import load

    pairs = load()
    ko = [p for p in pairs if p.part == "train" and p.kind == "ko_person_fullname"][:30]
    fx = [p for p in pairs if p.part == "train" and p.table == "fx"][:20]
    tune = [p for p in pairs if p.part == "tune" and p.kind == "ko_person_fullname"][:20]
    test = [p for p in pairs if p.part == "test" and p.kind == "ko_person_fullname"][:10]
    test_names = {p.hangul for p in test}
    trained_on: list[set[str]] = []
    queried: list[set[str]] = []
    results: list[dict[str, link_eval.Measured]] = []
    real_train, real_measure = trainer.train_model, link_eval.measure

    def train(relabelled: list[link_eval.Pair], **kwargs: bool) -> str:
        assert {p.hangul for p in relabelled if p.part == "tune"} == {p.hangul for p in tune}
        trained_on.append({p.hangul for p in relabelled if p.part == "train"})
        return real_train(relabelled, **kwargs)

    def measure(people: dict[str, list[str]], seeds: list[int], **kwargs: object) -> dict[str, link_eval.Measured]:
        queried.append(set(people))
        results.append(real_measure(people, seeds))
        return results[-1]

    monkeypatch.setattr(trainer, "train_model", train)
    monkeypatch.setattr(link_eval, "measure", measure)
    link_eval.cross_validate(2, [0], parts=("train",), pairs=ko + fx + tune + test)
    assert len(trained_on) == len(queried) == 2
    for fold in range(2):
        assert not trained_on[fold] & test_names  # the test part trains no fold's model ...
        assert not queried[fold] & test_names  # ... and is not queried
        assert not trained_on[fold] & queried[fold]  # a fold's people are not in its model's training rows
    assert queried[0] | queried[1] == {p.hangul for p in ko} and not queried[0] & queried[1]
    correct = sum(m.runs["bilingual"][0][0] for r in results for m in r.values())
    asked = sum(m.runs["bilingual"][0][2] for r in results for m in r.values())
    assert correct >= 0.6 * asked  # models trained on 15 Korean names still link most of the others
    assert "**all folds**: 30 spellings of 30 people" in capsys.readouterr().out


def test_units_in_context_back_off_to_their_jamo() -> None:
    """A jamo in context (``word_units``) that the table learned reads its own rows and, for any other chunk, its
    jamo's log probability plus the context's backoff weight (the smoothing too); one the table did not learn, or
    a table with no contexts (the foreign one), reads the jamo's own rows."""
    from bilingual.names import similarity as sim

    assert sim.word_units("정세균") == (("ㅈ@^", "ㅓ@_ㅇ", "_ㅇ@C"), ("ㅅ@N", "ㅔ@$"), ("ㄱ@V", "ㅠ@_ㄴ", "_ㄴ@$"))
    assert sim.word_units("석유")[0][2] == "_ㄱ@ㅇ"  # a final before a silent initial is carried over (Seogyu)
    shipped = sim.model()
    emit = {name: dict(units) for name, units in shipped.emit.items()}
    emit["ko"] = {**emit["ko"], "ㅓ@_ㅇ": {"u": -0.5}}
    try:
        sim.use_model(dataclasses.replace(shipped, emit=emit, backoff={"ko": {"ㅓ@_ㅇ": -2.0}}))
        jamo, jamo_floor = sim._unit_table("ko", "ㅓ")
        chunks, floor = sim._unit_table("ko", "ㅓ@_ㅇ")
        assert chunks["u"] == -0.5
        assert chunks["eo"] == jamo["eo"] - 2.0 and floor == jamo_floor - 2.0
        assert sim._unit_table("ko", "ㅓ@$") == (jamo, jamo_floor)  # a context not learned: the jamo alone
        assert sim._unit_table("fx", "ㅓ@_ㅇ") == sim._unit_table("fx", "ㅓ")
        assert sim.is_vowel_unit("ㅓ@_ㅇ") and not sim.is_vowel_unit("_ㅇ@C")
    finally:
        sim.use_model(None)


def test_insertion_type() -> None:
    from bilingual.names import similarity as sim

    assert sim.insertion_type("gunn", 3) == "=$"
    assert sim.insertion_type("june", 3) == "e$"
    assert sim.insertion_type("duck", 2) == "c"
    assert sim.insertion_type("ahn", 1) == "h"


def test_added_letters_backoff_with_rates_and_without() -> None:
    """The added-letter backoff (sim11): with rates for a doubled final letter and a ``c`` added inside a piece,
    made-up folk spellings the table never saw ("Parck Jinn-hee" for 박진희) are read as a learned spelling plus the
    added letters: no longer unseen, higher evidence; a name with another given syllable (박준희) is not helped to
    ``same``; a spelling the table explains is scored as without rates; a kind with no rate gives no backoff."""
    from bilingual.names import similarity as sim

    shipped = sim.model()
    assert shipped.decor.get("ko")  # learned and shipped since the sim11 branch; never for the foreign table
    assert not shipped.decor.get("fx")
    try:
        sim.use_model(dataclasses.replace(shipped, decor={}))
        plain = sim.name_similarity("박진희", "Parck Jinn-hee")
        known_before = sim.name_similarity("박진희", "Park Jin-hee")
        no_rate_before = sim.name_similarity("박진희", "Parck Jin-hee")
        sim.use_model(dataclasses.replace(shipped, decor={"ko": {"=$": -6.0, "c": -6.0}}))
        backed = sim.name_similarity("박진희", "Parck Jinn-hee")
        other = sim.name_similarity("박준희", "Parck Jinn-hee")  # jin does not write 준
        known = sim.name_similarity("박진희", "Park Jin-hee")
        sim.use_model(dataclasses.replace(shipped, decor={"ko": {"=$": -6.0}}))
        no_rate = sim.name_similarity("박진희", "Parck Jin-hee")  # c inside has no rate here
    finally:
        sim.use_model(None)
    assert any("(unseen spelling)" in r for r in plain.reasons)
    assert backed.evidence is not None and plain.evidence is not None
    assert backed.evidence > plain.evidence + 4  # two unseen chunks (about 10 nats each) now cost 6 each
    assert "parck ~ 박 (rare spelling)" in backed.reasons and "jinn ~ 진 (rare spelling)" in backed.reasons
    assert not any("(unseen spelling)" in r for r in backed.reasons)
    assert other.verdict != "same" and other.score < backed.score
    assert known.evidence == known_before.evidence  # nothing unseen: the backoff is not tried
    assert no_rate.evidence == no_rate_before.evidence


@pytest.mark.parametrize(("hangul", "folk", "neighbour"), [
    ("박진희", "Parck Jinn-hee", "박준희"),  # ck, a doubled final n
    ("송현", "Song Hyunn", "송훈"),  # a doubled final n
    ("이민준", "Lee Minn-joon", "이민정"),
    ("한덕희", "Han Duck-hee", "한덕호"),  # ck
])
def test_made_up_folk_spellings(hangul: str, folk: str, neighbour: str) -> None:
    """Made-up names in folk shapes no fixture has: the shipped table reads each as its Hangul name (``same``),
    and not as a neighbour with one given syllable changed."""
    right, wrong = name_similarity(hangul, folk), name_similarity(neighbour, folk)
    assert right.verdict == "same", right
    assert wrong.verdict != "same" and wrong.score < right.score - 0.3, wrong


def test_unseen_kind_of_added_letter() -> None:
    """The sim12 experiments (a ``decor ko *`` or ``*-`` row, neither in the shipped table): with ``*``, a made-up
    spelling with a consonant letter added at the end, a kind the rates do not list ("Parks Jin-hee" for 박진희),
    reads as a learned spelling plus that letter at the row's rate; a vowel letter added inside a piece ("Kiem" for
    김) is not read so; without the row neither is. With ``*-`` a consonant letter ending the piece is not read so
    (it could write a final), a doubled one is ("Song Hyunn" for 송현)."""
    from bilingual.names import similarity as sim

    shipped = sim.model()
    assert sim.UNSEEN_KIND not in shipped.decor.get("ko", {})
    try:
        sim.use_model(dataclasses.replace(shipped, decor={"ko": {"r": -4.0}}))
        plain = sim.name_similarity("박진희", "Parks Jin-hee")
        vowel_before = sim.name_similarity("김민수", "Kiem Min-su")
        doubled_before = sim.name_similarity("송현", "Song Hyunn")
        sim.use_model(dataclasses.replace(shipped, decor={"ko": {"r": -4.0, sim.UNSEEN_KIND: -5.5}}))
        backed = sim.name_similarity("박진희", "Parks Jin-hee")
        vowel = sim.name_similarity("김민수", "Kiem Min-su")
        sim.use_model(dataclasses.replace(shipped, decor={"ko": {"r": -4.0, sim.UNSEEN_NOT_FINAL: -5.5}}))
        final = sim.name_similarity("박진희", "Parks Jin-hee")  # an s ending the piece could write a final: not read
        doubled = sim.name_similarity("송현", "Song Hyunn")  # a doubled letter ending it cannot: read
    finally:
        sim.use_model(None)
    assert "parks ~ 박 (unseen spelling)" in plain.reasons
    assert "parks ~ 박 (rare spelling)" in backed.reasons
    assert backed.evidence is not None and plain.evidence is not None and backed.evidence > plain.evidence
    assert "kiem ~ 김 (unseen spelling)" in vowel.reasons
    assert vowel.evidence == vowel_before.evidence
    assert "parks ~ 박 (unseen spelling)" in final.reasons and final.evidence == plain.evidence
    assert "hyunn ~ 현 (unseen spelling)" in doubled_before.reasons
    assert "hyunn ~ 현 (rare spelling)" in doubled.reasons


def test_alike_vowels_in_a_given_name() -> None:
    """The sim13 backoff (``alike ko`` rows, from ``train_name_model.py --alike-vowels``): a given name's vowel
    written as a vowel that sounds alike is written (made-up "Cho Geun-woo" for 조건우, ㅓ as ㅡ's ``eu`` in the
    Assembly's style) reads as a rare spelling at the row's weight, not an unseen one, and the name with that other
    vowel (조근우) still fits the spelling better; the surname's vowel is never read so ("Jeun Min-ho" for 전민호),
    nor a vowel the rows give no alike vowel ("Kang Seu-min" for 강수민: no row for ㅜ)."""
    from bilingual.names import similarity as sim

    shipped = sim.model()
    try:
        sim.use_model(dataclasses.replace(shipped, alike={}))
        plain = sim.name_similarity("조건우", "Cho Geun-woo")
        surname_before = sim.name_similarity("전민호", "Jeun Min-ho")
        other_before = sim.name_similarity("강수민", "Kang Seu-min")
        sim.use_model(dataclasses.replace(shipped, alike={"ko": {"ㅓ": {"ㅡ": -6.0}}}))
        backed = sim.name_similarity("조건우", "Cho Geun-woo")
        right_vowel = sim.name_similarity("조근우", "Cho Geun-woo")
        surname = sim.name_similarity("전민호", "Jeun Min-ho")
        other = sim.name_similarity("강수민", "Kang Seu-min")
    finally:
        sim.use_model(None)
    assert "geun ~ 건 (unseen spelling)" in plain.reasons
    assert "geun ~ 건 (rare spelling)" in backed.reasons
    assert backed.evidence is not None and plain.evidence is not None and backed.evidence > plain.evidence
    assert backed.score > plain.score
    assert right_vowel.evidence is not None and right_vowel.evidence > backed.evidence + 3  # the weight: 6 nats
    assert surname.reasons == surname_before.reasons and surname.evidence == surname_before.evidence
    assert any("(unseen spelling)" in r for r in surname.reasons)
    assert other.reasons == other_before.reasons and other.evidence == other_before.evidence


def test_alike_vowels_need_the_other_vowels_official_letters() -> None:
    """A vowel is read as one that sounds alike only when written with that vowel's official (RR or MR) letters, as
    the training counts it: made-up "Kim Na-yeong" for 김나용 (ㅛ written as ㅕ's RR ``yeo``) is read so under an
    ``alike`` row ㅛ → ㅕ, the folk "Kim Na-young" (``you``, no vowel's official letters) is not."""
    from bilingual.names import similarity as sim

    shipped = sim.model()
    try:
        sim.use_model(dataclasses.replace(shipped, alike={}))
        official_before = sim.name_similarity("김나용", "Kim Na-yeong")
        folk_before = sim.name_similarity("김나용", "Kim Na-young")
        sim.use_model(dataclasses.replace(shipped, alike={"ko": {"ㅛ": {"ㅕ": -6.0}}}))
        official = sim.name_similarity("김나용", "Kim Na-yeong")
        folk = sim.name_similarity("김나용", "Kim Na-young")
    finally:
        sim.use_model(None)
    assert "yeong ~ 용 (unseen spelling)" in official_before.reasons
    assert "yeong ~ 용 (rare spelling)" in official.reasons
    assert any("~ 용 (unseen spelling)" in r for r in folk_before.reasons)
    assert folk.reasons == folk_before.reasons and folk.evidence == folk_before.evidence


@pytest.mark.parametrize(("hangul", "latin", "single"), [
    ("푸치니", "Puccini", "Pucini"),  # an Italian double consonant
    ("루카", "Lucca", "Luca"),
    ("홉", "Hopp", "Hop"),  # a German double final
])
def test_a_doubled_letter_costs_at_most_the_single_letters_fit_and_the_learned_rate(hangul: str, latin: str,
                                                                                     single: str) -> None:
    """fx18: the ``fx`` table reads a consonant letter written twice (``cc``, ``pp``) at no less than the chunk with the
    letter once plus the ``doubled`` row's rate: with the row, the doubled spelling's evidence is within that rate of
    the single spelling's (each doubled letter once), and above what the table alone gave it; the reasons call the
    syllable a rare spelling, not an unseen one. Names written for the test (none is in the name data)."""
    from bilingual.names import similarity as sim

    shipped = sim.model()
    rate = shipped.doubled.get("fx")
    assert rate is not None and -6.0 < rate < -2.0  # counted on the train spellings' consonant letters
    assert "ko" not in shipped.doubled  # Korean names' tables are not touched
    try:
        sim.use_model(dataclasses.replace(shipped, doubled={}))
        without = sim.name_similarity(hangul, latin)
    finally:
        sim.use_model(None)
    backed, once = sim.name_similarity(hangul, latin), sim.name_similarity(hangul, single)
    assert backed.evidence is not None and without.evidence is not None and once.evidence is not None
    assert backed.evidence > without.evidence
    assert backed.evidence >= once.evidence + rate - background_gap(latin, single) - 1e-6
    assert backed.verdict == "same"
    assert not any("(unseen spelling)" in r for r in backed.reasons)


def background_gap(latin: str, single: str) -> float:
    """How much less likely the background letter model finds ``latin`` than ``single`` (nats): the evidence is a
    ratio against it, so a doubled spelling's evidence also moves by this much."""
    from bilingual.names import similarity as sim

    return sim.background((sim.fold_latin(single),)) - sim.background((sim.fold_latin(latin),))


def test_a_doubled_letter_does_not_make_another_name_the_same() -> None:
    """The backoff reads a double consonant as its single letter, nothing more: names whose single letters the Hangul
    does not write stay below ``same``; a spelling with no doubled consonant (Bucarest; Dohee, whose ``ee`` writes
    ㅣ, not ㅓ or ㅔ) scores as without the row."""
    from bilingual.names import similarity as sim

    assert sim.undoubled("ff") == "f" and sim.undoubled("ee") is None and sim.undoubled("eff") == "ef"

    for hangul, other in [("로시니", "Rossetti"), ("실러", "Sellers"), ("홉", "Happ"), ("푸치니", "Pacciani")]:
        assert sim.name_similarity(hangul, other).verdict != "same", (hangul, other)
    shipped = sim.model()
    plain = sim.name_similarity("부카레스트", "Bucarest")
    korean = sim.name_similarity("한더허", "Han Dohee")
    try:
        sim.use_model(dataclasses.replace(shipped, doubled={}))
        assert sim.name_similarity("부카레스트", "Bucarest").evidence == plain.evidence
        assert sim.name_similarity("한더허", "Han Dohee") == korean
    finally:
        sim.use_model(None)


@pytest.mark.parametrize(("hangul", "latin"),
                         [("박운길", "Pak Un-gill"), ("조민굴", "Cho Min-gul"), ("윤상곤", "Yun San-gon")])
def test_blocking_keys_read_a_hyphen_between_n_and_g_as_two_sounds(hangul: str, latin: str) -> None:
    # link21: ng across a syllable boundary is n + g (운길: N K L); the joined word's ng as one class stays a key too
    assert similarity_keys(hangul) & similarity_keys(latin)
    assert similarity_keys(latin.replace("-", "")) <= similarity_keys(latin)


def test_blocking_keys_of_a_word_without_a_split_digraph_are_unchanged_by_its_hyphen() -> None:
    assert similarity_keys("Jean-Paul Sartre") == similarity_keys("Jeanpaul Sartre")
    assert similarity_keys("Park Mi-ra") == similarity_keys("Park Mira")


# -- link25 branch: a Latin name's words read in reverse order only for people (names of the branch's own) --
@pytest.mark.parametrize("kind", [None, "person"])
def test_reversed_order_read_for_people_and_unknown_kinds(kind: Kind | None) -> None:
    result = name_similarity("남원석", "Won-seok Nam", kind=kind)
    assert result.verdict == "same" and "word order: last word read first" in result.reasons


@pytest.mark.parametrize("hangul,latin,kind", [("남원", "Won Nam", "place"), ("남원", "Won Nam", "org"),
                                               ("에어부산", "Busan Air", "org")])
def test_reversed_order_not_read_for_one_word_places_and_organizations(hangul: str, latin: str, kind: Kind) -> None:
    result = name_similarity(hangul, latin, kind=kind)
    assert result.verdict == "different"
    assert "word order: last word read first" not in result.reasons
    assert name_similarity(hangul, " ".join(reversed(latin.split())), kind=kind).verdict != "different"


def test_a_place_of_several_hangul_words_keeps_both_orders() -> None:
    assert name_similarity("서울 중구", "Jung-gu Seoul", kind="place").verdict == "same"
    assert name_similarity("서울 중구", "Jung-gu Seoul", kind="org").verdict == "different"


# A long foreign name's fit read at the calibration's typical length (fx24 branch); names of our own.

TYPICAL = "read at a typical name's length"


def _without_the_reading(a: str, b: str) -> sim.NameSimilarity:
    """The fit as scored before the fx24 branch (the typical-length reading off)."""
    keep = sim._at_typical_length
    sim._at_typical_length = lambda hangul, latin, kind, result: result  # type: ignore[assignment]
    sim.clear_caches()
    try:
        return name_similarity(a, b)
    finally:
        sim._at_typical_length = keep  # type: ignore[assignment]
        sim.clear_caches()


@pytest.mark.parametrize(("hangul", "latin"), [
    ("켄터키프라이드치킨", "Kentucky Fried Chicken"),  # 9 syllables, 30.8 nats: 0.72 before
    ("스탠더드차터드", "Standard Chartered"),  # 7 syllables, 15.4 nats: 0.12 before
])
def test_a_long_name_well_explained_is_no_longer_held_down_by_its_length(hangul: str, latin: str) -> None:
    before = _without_the_reading(hangul, latin)
    for a, b in ((hangul, latin), (latin, hangul)):
        fit = name_similarity(a, b)
        assert fit.score > before.score + 0.2
        assert fit.reasons[0].startswith(TYPICAL)
        assert fit.evidence == before.evidence  # the alignment is the same one; only its score is read differently
    assert before.verdict != "same"


def test_a_long_name_with_one_unusual_syllable_is_the_same_name() -> None:
    assert _without_the_reading("켄터키프라이드치킨", "Kentucky Fried Chicken").verdict == "possible"
    assert name_similarity("켄터키프라이드치킨", "Kentucky Fried Chicken").verdict == "same"


def test_a_long_name_on_little_evidence_a_syllable_is_left_as_it_was() -> None:
    # 8.8 nats over 7 syllables: under TYPICAL_EVIDENCE a syllable, so no reading at the typical length
    fit = name_similarity("스탠더드차터드", "Stanford Chartres")
    assert fit.evidence is not None and fit.evidence < sim.TYPICAL_EVIDENCE * 7
    assert not fit.reasons[0].startswith(TYPICAL)
    assert fit == _without_the_reading("스탠더드차터드", "Stanford Chartres")
    assert fit.verdict != "same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("켄터키프라이드치킨", "Kentucky"),  # one word of three: the letters of the rest are missing
    ("샬럿호니츠", "Charlotte Harbor"),
    ("켄터키프라이드치킨", "Kentucky Derby Museum"),
])
def test_a_wrong_long_pair_stays_low(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict != "same" and fit.score < 0.3
    assert fit == _without_the_reading(hangul, latin)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("남궁민수", "Namgung Minseo"),  # a Korean name of four syllables: the Korean table's reading, untouched
    ("브뤼셀", "Brussel"),  # three syllables: the calibration's own length
    ("보르네오", "Borneo"),
])
def test_short_and_korean_names_are_scored_as_before(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert not fit.reasons[0].startswith(TYPICAL)
    assert fit == _without_the_reading(hangul, latin)


def test_the_reading_only_raises_a_score() -> None:
    for hangul, latin in [("켄터키프라이드치킨", "Kentucky Fried Chicken"), ("하이델베르크", "Heidelberg"),
                          ("샬럿호니츠", "Charlotte Hornets"), ("스탠더드차터드", "Standard Oil")]:
        assert name_similarity(hangul, latin).score >= _without_the_reading(hangul, latin).score


@pytest.mark.parametrize("bad", ["", "켄", "켄터키프라이드치킨" * 20, "켄터키2", "켄터키🙂"])
def test_bad_input_still_scores_zero(bad: str) -> None:
    assert name_similarity(bad, "Kentucky Fried Chicken").score == 0.0


def test_unwritten_syllables_counts_the_hangul_syllables_no_latin_letter_writes() -> None:
    # fx33: a shorter Latin name read against a Hangul one leaves syllables with no letter (∅); a Latin name that
    # writes each syllable leaves none, in either argument order
    assert sim.unwritten_syllables(name_similarity("카이로스", "Karos")) == 1  # 이 unwritten
    assert sim.unwritten_syllables(name_similarity("Karos", "카이로스")) == 1
    assert sim.unwritten_syllables(name_similarity("카이로스", "Kairos")) == 0
    assert sim.unwritten_syllables(name_similarity("", "Kairos")) == 0  # no alignment at all
    assert all(sim.UNWRITTEN not in r for r in name_similarity("카이로스", "Kairos").reasons)


# sim36: a Hangul name that begins with a Korean surname but whose given syllables are native words rare among the
# common given-name syllables (나, 래, 솜, 람), so it is not read as surely a Korean person's (`_korean_shaped`).
# The foreign table's reading used to end the search when it was good enough, and a neighbour read by the Korean
# table then outscored the person's own name (HONG Narae fitted 홍라래 better than 홍나래). Names chosen here,
# absent from names-dev and fixtures/names.
@pytest.mark.parametrize(("latin", "right", "neighbour"), [
    ("HONG Narae", "홍나래", "홍라래"),  # Assembly style, given name joined
    ("Sin Po Ram", "신보람", "신도람"),  # McCune–Reischauer, syllables apart
    ("Jung Da-som", "정다솜", "정나솜"),
])
def test_a_name_beginning_with_a_korean_surname_is_read_by_the_korean_table(latin: str, right: str,
                                                                             neighbour: str) -> None:
    fit = name_similarity(right, latin)
    assert fit.verdict == "same"
    assert fit.reasons[0].startswith("Korean name romanized")
    assert fit.score > name_similarity(neighbour, latin).score


@pytest.mark.parametrize(("hangul", "latin"), [("이사벨", "Isabel"), ("도나", "Donna"), ("고야", "Goya"),
                                               ("한나", "Hannah")])
def test_a_foreign_name_beginning_with_a_surname_syllable_still_fits(hangul: str, latin: str) -> None:
    assert name_similarity(hangul, latin).verdict == "same"


def test_a_namesake_read_by_the_korean_table_is_not_the_same_person() -> None:
    # the same family name, no given-name syllable shared: reading the Korean table too must not make it `same`
    for hangul, latin in [("홍나래", "Hong Ji-min"), ("신보람", "Shin Hae-jin"), ("정다솜", "Chung Yoon-ho")]:
        assert name_similarity(hangul, latin).verdict != "same"


def test_only_given_syllables_written_in_the_train_names_make_a_surname_first_name_korean() -> None:
    """sim37: the Korean table is tried on every surname-first name only when each given syllable is written in at
    least ``MIN_GIVEN_COUNT`` given names of the train part; a syllable written in none (융, 뀽) leaves the name to the
    search as before sim36. Names of our own, absent from names-dev and fixtures/names."""
    from bilingual.names import similarity as sim
    from bilingual.names.romanized import given_syllable_counts

    counts = given_syllable_counts()
    assert counts["영"] > counts["용"] >= sim.MIN_GIVEN_COUNT and "융" not in counts
    assert sim._surname_first(("윤다하",)) and sim._surname_first(("남궁나은",))
    assert not sim._surname_first(("윤다융",)) and not sim._surname_first(("남궁뀽",))
    assert not sim._surname_first(("윤다하", "윤")) and not sim._surname_first(("다하",))  # two words; no surname


# kplace31: a listed Korean place's Hangul read with the foreign table (경 as gang, 영 as yang or ham) fitted the
# romanization of another listed Korean place `same`. Real places checked by hand, in no evaluation file.
@pytest.mark.parametrize(("hangul", "latin"), [
    ("경북", "Gangbuk"), ("성북", "Chungbuk"), ("영천", "Yangcheon"), ("영양군", "Hamyang-gun"),
    ("영양군", "Hamyang County"),
])
def test_a_korean_place_does_not_fit_another_korean_places_romanization(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict != "same"
    assert any("romanizes another Korean place" in reason for reason in fit.reasons)


# fx39: the same for another listed place's McCune–Reischauer without its marks (the foreign table read 횡성 as
# Hongsong, `hong ~ 횡`, and 합천 as Hanchon, both `same`; they are the MR of 홍성 and 한천).
@pytest.mark.parametrize(("hangul", "latin"), [("횡성", "Hongsong"), ("합천", "Hanchon"), ("청양", "Ch'onan")])
def test_a_korean_place_does_not_fit_another_korean_places_mr(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict != "same"
    assert any("romanizes another Korean place" in reason for reason in fit.reasons)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("홍성", "Hongsong"), ("한천", "Hanchon"), ("천안", "Ch'onan"),
    ("경북", "Gyeongbuk"), ("경북", "Kyongbuk"), ("성북", "Seongbuk"), ("성북구", "Seongbuk District"),
    ("영천", "Yeongcheon"), ("영천시", "Yeongcheon City"), ("영양군", "Yeongyang County"), ("룡강", "Yonggang"),
])
def test_a_korean_places_own_romanizations_still_fit(hangul: str, latin: str) -> None:
    assert name_similarity(hangul, latin).verdict == "same"


@pytest.fixture
def invented_korean_places(monkeypatch: pytest.MonkeyPatch):
    """The listed Korean places replaced by four invented ones (경단, 영단, 부솔, 포솔), the caches cleared around."""
    from bilingual.names import korean_places
    from bilingual.names import similarity as sim

    korean_places.clear_caches()
    sim.clear_caches()
    monkeypatch.setattr(korean_places, "_places", lambda: frozenset({"경단", "영단", "부솔", "포솔"}))
    yield
    monkeypatch.undo()
    korean_places.clear_caches()
    sim.clear_caches()


# kplace32: the Korean table too writes some syllables in a rare way (yeong ~ 경, po ~ 부), so a listed place fitted
# another listed place's romanization `same` (경주 / Yeongju, 부천 / Pocheon). Invented places, patched in as listed.
@pytest.mark.parametrize(("hangul", "latin", "other"), [("경단", "Yeongdan", "영단"), ("부솔", "Posol", "포솔")])
def test_a_rare_korean_spelling_of_another_listed_place_is_held_below_same(
        invented_korean_places: None, hangul: str, latin: str, other: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict == "possible"
    assert any(f"romanizes another Korean place, {other}" in reason for reason in fit.reasons)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("경단", "Gyeongdan"), ("영단", "Yeongdan"), ("부솔", "Busol"), ("포솔", "Posol"),
    ("경단", "Yeongdam"),  # romanizes no listed place: the rare spelling is read as before
])
def test_a_places_own_romanization_or_an_unlisted_one_keeps_its_fit(
        invented_korean_places: None, hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert not any("romanizes another Korean place" in reason for reason in fit.reasons)


# fx40: a romanized name breaks only between syllables, so a Latin of more hyphen- or space-separated pieces than a
# Hangul name of one word has syllables is no spelling of it (Suh Se-ok fitted 서석 as `same`, `seok ~ 석`).
# Invented names, in no evaluation file.
@pytest.mark.parametrize(("latin", "shorter"), [
    ("Tak Se-on", "탁선"), ("Tak Se On", "탁선"), ("Se-on Tak", "탁선"), ("Tak Hye-on", "탁현"),
])
def test_more_latin_pieces_than_hangul_syllables_fit_no_name(latin: str, shorter: str) -> None:
    fit = name_similarity(latin, shorter, kind="person")
    assert fit.verdict == "different" and fit.score == 0.0
    assert fit.reasons == ("the Latin writes 3 syllables (split at hyphens and spaces), the Hangul 2",)


@pytest.mark.parametrize(("latin", "hangul"), [
    ("Tak Se-on", "탁세온"), ("Tak Seon", "탁선"), ("Seon Tak", "탁선"), ("Tak Hye-on", "탁혜온"),
    ("Tak Hyeon", "탁현"),
])
def test_a_name_written_in_as_many_pieces_as_syllables_or_fewer_still_fits(latin: str, hangul: str) -> None:
    assert name_similarity(latin, hangul, kind="person").verdict == "same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("한꽃별", "Han Kkot-byeol"), ("윤빛솔", "Yoon Bit-sol"), ("송꽃잎", "Song Kkot-ip"), ("서밭", "Seo Bat"),
    ("도짝", "Do Jjak"), ("추뜸", "Choo Tteum"),
    ("한꽃별", "Han Kkot-pyol"),  # McCune–Reischauer without its breve: Han Kkot-pyŏl
])
def test_a_names_official_romanization_is_never_an_unseen_spelling(hangul: str, latin: str) -> None:
    """Finals ㅊ ㅌ ㅍ, doubled initials ㄲ ㄸ ㅉ: few people's names of the training data hold them, but the spelling
    RR (or MR) prescribes is the name romanized (fx41)."""
    fit = name_similarity(hangul, latin, kind="person")
    assert fit.verdict == "same"
    assert not any(r.endswith(("(unseen spelling)", "(rare spelling)")) for r in fit.reasons)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("한꽃별", "Han Kot-byeol"), ("한꽃별", "Han Ggot-byeol"), ("윤빛솔", "Yoon Bin-sol"), ("윤빛솔", "Yoon Bich-sol"),
])
def test_a_spelling_that_is_not_the_official_one_stays_unseen(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin, kind="person")
    assert fit.verdict != "same"
    assert any(r.endswith("(unseen spelling)") for r in fit.reasons)


def test_official_letters_read_the_context_and_raise_only_what_the_table_learned_below_rare() -> None:
    assert sim.official_letters("ㄲ@^") == {"kk"} and sim.official_letters("_ㅊ@$") == {"t"}
    assert sim.official_letters("ㄷ@V") == {"d"} and sim.official_letters("ㄷ@K") == {"d", "t"}  # MR: d after a vowel
    assert sim.official_letters("ㅓ@_ㅇ") == {"eo", "o"} and sim.official_letters("_ㄺ@$") == frozenset()
    assert sim._unit_table("ko", "ㄸ@^") == ({"tt": 0.0}, -12.0)  # no rows: the official letters, 1/n each
    assert sim._unit_table("ko", "ㅉ@V") == ({"jj": -math.log(2), "tch": -math.log(2)}, -12.0)
    assert sim._unit_table("fx", "_ㅊ@$") == sim._learned_table("fx", "_ㅊ@$")  # a foreign name's: not the rule
    shipped = sim.model()
    emit = {name: dict(units) for name, units in shipped.emit.items()}
    emit["ko"] = {**emit["ko"], "ㅂ": {"v": -0.1, "b": -5.0, "bb": -2.0}}
    try:
        sim.use_model(dataclasses.replace(shipped, emit=emit, backoff={}))
        chunks, _ = sim._unit_table("ko", "ㅂ@K")
        assert chunks == {"v": -0.1, "b": -0.1 - sim.RARE, "bb": -2.0, "p": -0.1 - sim.RARE}
        assert sim._unit_table("ko", "ㅂ@V")[0] == {"v": -0.1, "b": -0.1 - sim.RARE, "bb": -2.0}
    finally:
        sim.use_model(None)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("박소영", "Baksong"), ("한도영", "Handong"), ("윤도영", "Yundong"),  # 영's ㅕ unwritten: a spelling of 박송, 한동
])
def test_a_korean_reading_that_writes_no_vowel_of_a_syllable_is_not_same(hangul: str, latin: str) -> None:
    """Every romanization writes each syllable's vowel: `ng ~ 영` reads 영 without its ㅕ (fx42; korean_names_heldout9:
    the pen name of a person fitted a district's name `same`, a wrong link)."""
    fit = name_similarity(hangul, latin)
    assert fit.verdict == "possible"
    assert fit.reasons[0].startswith("영: its vowel written by no letter")
    assert name_similarity(hangul, latin, kind="place").verdict == "possible"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("배커리", "Bako"), ("해커리", "Hako"), ("파커리", "Pako"), ("새러", "Sa"),  # a whole syllable 리 or 러 unwritten
])
def test_a_transcription_that_leaves_a_consonants_syllable_unwritten_is_not_same(hangul: str, latin: str) -> None:
    """A transcription writes each consonant of the name: Bako is no transcription of 배커리 (fx42; a stage name fitted
    a town's Hangul name `same`, ∅ ~ 리, a wrong link)."""
    for kind in (None, "person", "place"):
        fit = name_similarity(hangul, latin, kind=kind)
        assert fit.verdict == "possible"
        assert "written by no letter (a transcription" in fit.reasons[0]


@pytest.mark.parametrize(("hangul", "latin", "syllable"), [
    ("오지혜", "Oh Jiye", "혜"), ("류다현", "Ryu Dayeon", "현"),  # spellings of 오지예, 류다연: ㅎ unwritten
    ("남궁민호", "Namgung Minoh", "호"),
])
def test_a_korean_reading_that_writes_no_initial_h_is_not_same(hangul: str, latin: str, syllable: str) -> None:
    """Every romanization writes a syllable's initial ㅎ (fx44; korean_names_heldout10_other: 이민형, whose other name
    is an English one, fitted a KB's `Lee Minyoung` — 이민영's spelling — `same` by `young ~ 형`, a wrong link)."""
    for kind in (None, "person"):
        fit = name_similarity(hangul, latin, kind=kind)
        assert fit.verdict == "possible"
        assert fit.reasons[0] == f"{syllable}: its initial ㅎ written by no letter (a romanization writes each " \
                                 "syllable's h): held below same"


@pytest.mark.parametrize(("hangul", "latin", "kind"), [
    ("오지혜", "Oh Ji-hye", "person"), ("류다현", "Ryu Da-hyun", "person"), ("송민혜", "Song Minhye", "person"),
    ("독학", "Tok'ak", "place"), ("갑해", "Kapae", "place"),  # ㅎ after ㄱ ㅂ: one aspirate, as MR writes it
])
def test_an_h_written_or_made_one_aspirate_is_not_held(hangul: str, latin: str, kind: str) -> None:
    fit = name_similarity(hangul, latin, kind=kind)  # type: ignore[arg-type]
    assert fit.verdict == "same"
    assert not fit.reasons[0].endswith("held below same")


@pytest.mark.parametrize(("hangul", "latin", "syllable"), [
    ("탁승미", "Tak Sumi", "승"), ("도승현", "Do Suhyun", "승"),  # spellings of 탁수미, 도수현: ng unwritten
    ("여경수", "Yeo Gyusu", "경"), ("남궁영", "Namgung Yu", "영"),
])
def test_a_korean_reading_that_writes_no_final_ng_is_not_same(hangul: str, latin: str, syllable: str) -> None:
    """Every romanization writes a syllable's final ㅇ, and ㅇ is never carried over to the next syllable (fx45;
    korean_names_heldout11_other: 이승현, whose other name is a stage name, fitted a KB's `Lee Suhyun` — 이수현's
    spelling — `same` by `su ~ 승`, a wrong link)."""
    for kind in (None, "person"):
        fit = name_similarity(hangul, latin, kind=kind)
        assert fit.verdict == "possible"
        assert fit.reasons[0] == f"{syllable}: its final ㅇ written by no letter (a romanization writes each " \
                                 "syllable's ng): held below same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("탁승미", "Tak Seungmi"), ("도상은", "Do Sangeun"), ("한강구", "Han Ganggu"), ("변중앙", "Byun Jungang"),
    ("탁영아", "Tak Young-a"), ("차경록", "Cha Kyung-rok"),
])
def test_a_final_ng_written_is_not_held(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin, kind="person")
    assert fit.verdict == "same"
    assert not fit.reasons[0].endswith("held below same")


@pytest.mark.parametrize(("hangul", "latin", "syllable"), [
    ("탁지은", "Tak Jin", "은"), ("도미을", "Do Mil", "을"),  # spellings of 탁진, 도밀: 은's, 을's ㅡ unwritten
    ("여수음", "Yeo Sum", "음"), ("남궁소연", "Namgung Son", "연"),
])
def test_a_korean_reading_that_writes_only_the_final_of_a_vowel_syllable_is_not_same(
        hangul: str, latin: str, syllable: str) -> None:
    """A syllable that begins with its vowel (initial ㅇ) is read by that vowel, ㅡ too (fx46;
    korean_names_heldout12_other: a stage name fitted a KB's 전지은 `same` by `n ~ 은`, a wrong link)."""
    for kind in (None, "person"):
        fit = name_similarity(hangul, latin, kind=kind)
        assert fit.verdict == "possible"
        assert fit.reasons[0] == f"{syllable}: its vowel written by no letter (a romanization writes each " \
                                 "syllable's vowel): held below same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("탁지은", "Tak Ji-eun"), ("탁지은", "Tak Jiun"), ("도미을", "Do Mi-eul"), ("여수음", "Yeo Sueum"),
    ("남궁소연", "Namgung So-yeon"), ("탁윤", "Tak Yun"), ("도은", "Do Eun"),
])
def test_a_vowel_syllable_written_with_its_vowel_is_not_held(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin, kind="person")
    assert fit.verdict == "same"
    assert not fit.reasons[0].endswith("held below same")


@pytest.mark.parametrize(("hangul", "latin"), [
    ("가미키 정", "Seo Kamiki"), ("하루키 정", "Seo Haruki"), ("다카 정", "Seo Taka"),  # the o of Seo for 정's ㅇ
])
def test_a_final_ng_written_by_vowel_letters_alone_is_not_same(hangul: str, latin: str) -> None:
    """A romanization writes ㅇ ng, a transcription writes it for an ng or a nasal vowel (fx48;
    korean_names_heldout14_other: a stage name fitted a KB's Japanese town `same` by `seo ~ 정`, a wrong link)."""
    for kind in (None, "person"):
        fit = name_similarity(hangul, latin, kind=kind)
        assert fit.verdict == "possible"
        assert fit.reasons[0] == ("정: its final ㅇ written by vowel letters alone (ㅇ is written for an ng or a "
                                  "nasal vowel): held below same")


@pytest.mark.parametrize(("hangul", "latin"), [
    ("탁민호", "Tak Minho"), ("도세영", "Seyoung Do"),  # nothing to hold: fits of their own
])
def test_a_family_names_word_of_its_own_is_read_as_before(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin, kind="person")
    assert fit.verdict == "same"
    assert not fit.reasons[0].endswith("held below same")


@pytest.mark.parametrize(("hangul", "latin"), [
    ("서민호", "Cho Seomin"), ("서민호", "Cho Seo-min"),  # read last word first: seomin ~ 서민, cho ~ 호
])
def test_a_family_names_word_writing_a_given_syllable_too_is_not_same(hangul: str, latin: str) -> None:
    """A romanized Korean name writes its family name as a word of its own (fx51; korean_names_heldout15_other:
    `Cho Seoyoung` read last word first fitted 서영호 `same` by `seoyoung ~ 서영`, `cho ~ 호`, a wrong link)."""
    fit = name_similarity(hangul, latin, kind="person")
    assert fit.verdict == "possible", fit
    assert fit.reasons[0].startswith("서: the Latin family name's word writes a given name's syllable too")
    assert name_similarity("조서민", latin, kind="person").verdict == "same"  # its own spelling


@pytest.mark.parametrize(("hangul", "latin", "kind"), [
    ("호이안", "Hoi An", None), ("부리람", "Buri Ram", None),  # places of no kind given
    ("유나킴", "Euna Kim", "person"),  # a transcription of a name in its English order (the foreign table's reading)
    ("소수서원", "Sosu Seowon", "place"), ("소수서원", "Sosu Seowon", None),  # a place
])
def test_a_word_writing_several_syllables_is_held_only_in_a_persons_romanized_name(
        hangul: str, latin: str, kind: str | None) -> None:
    fit = name_similarity(hangul, latin, kind=kind)  # type: ignore[arg-type]
    assert fit.verdict == "same", fit


@pytest.mark.parametrize(("hangul", "latin", "surname"), [
    ("최아리", "Cho Ah-ri", "최"),  # Cho is 조's (the foreign table reads cho ~ 최)
])
def test_another_surnames_spelling_is_not_read_as_this_surname(hangul: str, latin: str, surname: str) -> None:
    """A family name's word that is a spelling of other Korean surnames, none of them this one (fx51;
    korean_names_heldout15: `Cho Ha-ri`, 조해리's spelling, fitted a KB's 최여리 `same` by the foreign table)."""
    fit = name_similarity(hangul, latin, kind="person")
    assert fit.verdict != "same", fit
    if fit.verdict == "possible" and fit.score > 0.7:
        assert fit.reasons[0].startswith(f"{surname}: its family name written ")


@pytest.mark.parametrize(("hangul", "latin"), [
    ("류민탁", "Yoo Min-tak"), ("유민탁", "Ryu Min-tak"),  # the initial-sound law's two forms
    ("초민탁", "Cho Min-tak"),  # a surname the spelling table does not list: its romanization
    ("편민탁", "Pyon Min-tak"),  # McCune–Reischauer without its marks (P'yŏn)
    ("최민탁", "Choi Min-tak"), ("최민탁", "Chey Mintak"), ("이민탁", "Rhee Mintak"),  # listed spellings
])
def test_a_surnames_own_spellings_are_not_held(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin, kind="person")
    assert not fit.reasons[0].endswith("held below same"), fit


def test_a_latin_name_with_mccune_reischauers_breve_is_read_as_korean() -> None:
    """ŏ and ŭ are McCune–Reischauer's: the Korean table alone reads the name (fx51; korean_names_heldout15: the
    foreign table read `Cho Hŏn` as 초연 `same`, `hon ~ 연`, and 조헌's link was lost to the tie)."""
    assert name_similarity("초연", "Cho Hŏn").verdict != "same"
    assert name_similarity("조헌", "Cho Hŏn").verdict == "same"
    assert name_similarity("함흥", "Hamhŭng").verdict == "same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("상파울루", "São Paulo"), ("상파울루", "Sao Paulo"), ("주앙", "Joao"),  # Portuguese ão, with or without its tilde
    ("오스트로웽카", "Ostrołęka"),  # Polish ę, a nasal vowel: 엥
    ("베이징", "Beijing"), ("탁승미", "Tak Seungmi"),  # ng written
])
def test_a_final_ng_of_a_nasal_vowel_or_written_ng_is_not_held(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict == "same"
    assert not fit.reasons[0].endswith("held below same")


@pytest.mark.parametrize(("hangul", "latin", "kind"), [
    ("박소영", "Park So-young", "person"), ("한도영", "Han Doyoung", "person"),  # the vowels written
    ("백소영", "Paek S Young", "person"),  # a letter alone may be an initial: left to the calibration
    ("브리치", "Brich", None), ("스미스", "Smith", "person"),  # the vowel ㅡ a transcription adds, written by no letter
    ("몰리", "Molly", "person"), ("클라이드", "Clyde", "person"),  # one l written ㄹㄹ
    ("바오린시", "Baolin", "place"), ("나가무라 정", "Nagamura", "place"),  # a generic word left out (city, town)
    ("박서진도", "Park Seo-jin", "person"),  # a particle after the name, as the knowledge base links it
    ("은고리바", "Ngoriba", "place"),  # a word's first 은: a transcription's n before a consonant (the Korean table's)
])
def test_what_a_spelling_leaves_unwritten_by_convention_is_not_held(hangul: str, latin: str, kind: str | None) -> None:
    fit = name_similarity(hangul, latin, kind=kind)  # type: ignore[arg-type]
    assert not fit.reasons[0].endswith("held below same")
    assert fit.verdict == "same" or any(len(word) == 1 for word in latin.split())  # an initial: the calibration's


@pytest.mark.parametrize(("hangul", "latin", "said"), [
    ("세계보건기구", "World Health Organization", "words translated"),  # translated words only
    ("국제통화기금", "International Monetary Fund", "words translated"),
    ("교도통신", "Kyodo News", "words translated"),  # translated words around a transcribed core
    ("남수단", "South Sudan", "words translated"),  # a country's compass word (CLDR's Korean name)
    ("러시아 연방", "Russian Federation", "words translated"),  # the adjective read as its noun
    ("이코노미스트", "The Economist", "words the Korean name leaves out"),  # no article in Korean
    ("트리니다드 토바고", "Trinidad and Tobago", "words the Korean name leaves out"),
    ("존슨앤드존슨", "Johnson & Johnson", ""),  # & is said "and" (it made the name unreadable before)
    ("카스피해", "Caspian Sea", "generic word of a place set aside"),  # Caspian read as Caspia
])
def test_a_name_translated_or_with_words_left_out_fits(hangul: str, latin: str, said: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict == "same", fit
    assert fit.reasons[0].startswith(said)
    assert name_similarity(latin, hangul) == fit


@pytest.mark.parametrize(("hangul", "latin"), [
    ("세계보건기구", "World Trade Organization"),  # another body of the same words but one
    ("세계은행", "World Health Organization"),
    ("북한", "North Macedonia"),
    ("교도통신", "Xinhua News Agency"),
    ("노동당", "Labour Day"),
])
def test_another_translated_name_does_not_fit(hangul: str, latin: str) -> None:
    assert name_similarity(hangul, latin).verdict != "same"


def test_an_ampersand_is_read_only_across_scripts() -> None:
    fit = name_similarity("Procter & Gamble", "Procter and Gamble")  # Latin⇄Latin as before (what the bounds read)
    assert fit.score == 0.0 and "unexpected character" in fit.reasons[0]


HELD_CAP = round(sim.model().calibration["same"] * sim.HELD_SHARE - sim.BELOW_SAME, 4)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("이민형", "Lee Minyoung"),  # 형's ㅎ written by no letter: `same` before fx53, held at 0.7915
    ("강도영", "Gangdong"),  # 영's vowel written by no letter (fx42): held at 0.7915 before fx53
])
def test_a_reading_that_leaves_a_syllable_unread_is_held_under_the_answer_thresholds(hangul: str, latin: str) -> None:
    """fx53 branch: held at 0.7915 (just below `same`), such a reading was no link in a KB but the best answer of a
    retrieval among 2,000 candidates (0.602, a lead of 0.10): another person's other name linked (the `_other`
    files). Held at half the `same` threshold, it stays `possible`, under both."""
    fit = name_similarity(hangul, latin)
    assert fit.score == HELD_CAP and fit.verdict == "possible"
    assert fit.reasons[0].endswith("held below same")
    assert fit.score < 0.6


@pytest.mark.parametrize(("hangul", "latin"), [
    ("다뢰", "Dao"), ("카뢰", "Kao"),  # `o ~ 뢰`: 뢰's ㄹ written by no letter (`same` 0.96 before fx53)
    ("니장", "Nia"), ("베장", "Bea"),  # `a ~ 장`: 장's ㅈ (and ㅇ) written by no letter (`same` 0.82–0.87)
])
def test_a_transcription_writes_each_initial_consonant(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.score == HELD_CAP, fit
    assert fit.reasons[0] == f"{hangul[1]}: {sim.UNREAD_INITIAL}: held below same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("갈라", "Gala"), ("클라이드", "Clyde"),  # one l written ㄹㄹ
    ("렉스", "Rex"), ("마르크스", "Marx"),  # an x read ㄱㅅ or ㅋㅅ
    ("브랜드르지흐", "Brandřich"), ("안토닌 드보르자크", "Antonín Dvořák"),  # Czech ř read ㄹㅈ after 르
    ("워너브러더스", "Warner Bros."),  # a word shortened: its Hangul writes it whole
    ("안나", "Anna"),
])
def test_an_initial_consonant_read_with_its_neighbour_is_not_held(hangul: str, latin: str) -> None:
    fit = name_similarity(hangul, latin)
    assert fit.verdict == "same", fit
    assert not fit.reasons[0].endswith("held below same")
