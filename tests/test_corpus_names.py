"""training/corpus_names.py (proposing name pairs from the corpus's aligned lines) and the pairs kept from it,
fixtures/names/corpus_names.tsv. The line pairs here are written for the test; the fixture's rows are checked
against the corpus when ../shared/corpus is present."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from conftest import FIXTURES, ROOT, SHARED

sys.path.insert(0, str(ROOT))

from training import corpus_names
from training.name_data import CORPUS_KINDS, corpus_rows

CORPUS = SHARED / "corpus"
FIXTURE = FIXTURES / "names" / "corpus_names.tsv"


def test_latin_spans_are_runs_of_capitalized_words_without_titles_or_possessives() -> None:
    spans = corpus_names.latin_spans("North Korean Foreign Minster Pak Ui Chun met Mugabe's aides and Kim Dae-jung.")
    assert "Pak Ui Chun" in spans
    assert "Mugabe" in spans and "Mugabe's" not in spans
    assert "Kim Dae-jung" in spans  # a lower-case piece after a hyphen belongs to its word
    assert not any("met" in s or "aides" in s for s in spans)  # lower-case words break a run
    assert all(len(s.split()) <= corpus_names.MAX_SPAN_WORDS for s in spans)
    assert "Senator Obama" not in corpus_names.latin_spans("Senator Obama spoke")  # the title is dropped
    assert "Obama" in corpus_names.latin_spans("Senator Obama spoke")


def test_hangul_names_drop_particles_and_the_honorific_and_tell_korean_from_foreign_shapes() -> None:
    found = dict(corpus_names.hangul_names("로비스트 박동선씨의 보석 신청을 토니 블링컨은 (부시) 거절했다."))
    assert found["박동선"] == "korean"  # 씨 and the particle 의 dropped
    assert found["블링컨"] == "foreign"
    assert found["토니 블링컨"] == "foreign"  # two words in a row, the first bare
    assert "박동선씨의" not in found and "신청을" not in found


def test_propose_pairs_a_name_with_its_spelling_on_the_other_line() -> None:
    got = corpus_names.propose("made-up", 1, "반기문 장관은 블링컨과 만났다.",
                               "Minister Ban Ki-moon met Blinken on Friday.")
    pairs = {(c.hangul, c.latin) for c in got}
    assert ("반기문", "Ban Ki-moon") in pairs
    assert ("블링컨", "Blinken") in pairs
    assert all(c.line == 1 and c.file == "made-up" for c in got)
    assert not any(c.hangul == "만났다" and c.verdict == "same" for c in got)


def test_propose_gives_nothing_for_a_line_pair_without_names() -> None:
    assert corpus_names.propose("made-up", 2, "날씨가 좋았다.", "the weather was fine.") == []


def _fixture_rows() -> list[list[str]]:
    lines = [x for x in FIXTURE.read_text("utf-8").splitlines() if x and not x.startswith("#")]
    assert lines[0] == "hangul\tlatin\tkind\tlines"
    return [x.split("\t") for x in lines[1:]]


def test_the_fixture_names_its_source_and_licence_and_has_one_row_per_pair() -> None:
    head = FIXTURE.read_text("utf-8")[:1500]
    assert "CC BY-SA 3.0" in head and "PACLIC 30" in head and "korean-parallel-corpora" in head
    rows = _fixture_rows()
    assert all(len(r) == 4 and r[0] and r[1] and r[2] in CORPUS_KINDS for r in rows)
    assert len({(r[0], r[1], r[2]) for r in rows}) == len(rows)
    for r in rows:
        refs = r[3].split(",")
        assert refs and len(set(refs)) == len(refs)
        assert all(f in corpus_names.FILES and int(n) >= 1 for f, n in (ref.split(":") for ref in refs))
    assert len(corpus_rows()) == len(rows)  # name_data reads every row


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
def test_every_fixture_row_is_written_on_its_lines_of_the_corpus() -> None:
    text = {(name, lang): (CORPUS / f"{name}.{lang}").read_text("utf-8").splitlines()
            for name in corpus_names.FILES for lang in ("ko", "en")}
    for hangul, latin, _, refs in _fixture_rows():
        for ref in refs.split(","):
            name, number = ref.split(":")
            ko = unicodedata.normalize("NFC", " ".join(text[(name, "ko")][int(number) - 1].split()))
            en = text[(name, "en")][int(number) - 1]
            assert hangul in ko, (hangul, ref)
            assert latin in en, (latin, ref)


@pytest.mark.skipif(not (SHARED / "names-dev").exists(), reason="needs ../shared/names-dev")
def test_name_data_reads_the_corpus_pairs_only_when_asked_and_splits_them_by_the_same_hash(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import training.name_data as name_data

    assert not any(p.source == "corpus_names.tsv" for p in name_data.load())  # off by default (not adopted)
    everything = name_data.load(corpus=True)
    corpus = [p for p in everything if p.source == "corpus_names.tsv"]
    assert {p.part for p in corpus} == {"train", "tune", "test"}
    moved = {(p.kind, name_data.key(p.hangul)) for p in corpus if p.part != name_data._part(name_data.bucket(p.hangul))}
    assert all(p.part == "test" for p in corpus if (p.kind, name_data.key(p.hangul)) in moved)
    assert len(moved) <= len({kind for kind, _ in moved})  # a kind with no test row has one name moved to test
    others = {(p.hangul, p.latin) for p in everything if p.source != "corpus_names.tsv"}
    assert not any((p.hangul, p.latin) in others for p in corpus)  # a pair another source holds counts once
    monkeypatch.setattr(name_data, "CORPUS_PARTS", ("train",))
    train_only = [p for p in name_data.load(corpus=True) if p.source == "corpus_names.tsv"]
    assert train_only == [p for p in corpus if p.part == "train"]
