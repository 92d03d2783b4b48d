"""The learned mention typer (``bilingual.entities.typer``) on sentences made up for it: the features it reads, a
model fitted on invented sentences typing names it never saw by the words around them, abstention, the names it
leaves alone, the config switch, and the shipped table's scores."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

import bilingual
from bilingual.config import Config, MentionConfig
from bilingual.document import Mention
from bilingual.entities import typer
from bilingual.entities.gazetteer import NO_EVIDENCE
from bilingual.errors import DataError


def test_features_read_the_name_its_particle_and_the_words_around_it() -> None:
    text = "어제 오드리크 발레스티 감독은 웃었다."
    start = text.index("오드리크")
    feats = typer.features(text, start, start + len("오드리크 발레스티"))
    # 8 syllables, counted up to 7
    assert {"script=ko", "nwords=2", "len=7", "next=감독은", "next2=감독", "prev=어제"} <= set(feats)
    assert "last=티" not in feats  # the name's own syllables only with letters=True (typer.LETTERS)
    assert "last=티" in typer.features(text, start, start + len("오드리크 발레스티"), letters=True)
    text = "지난달 케르마데크에서 열린 총회"
    start = text.index("케르마데크")
    feats = typer.features(text, start, start + len("케르마데크"))
    assert {"particle=에서", "next=열린", "len=5"} <= set(feats)
    text = "On Monday, Quillbright Holdings said it would close."
    start = text.index("Quillbright")
    feats = typer.features(text, start, start + len("Quillbright Holdings"))
    assert {"script=en", "next=said", "prev=,", "shape=Aa Aa", "win=monday"} <= set(feats)
    assert feats == sorted(set(feats))


def _made_up_examples() -> list[object]:
    """Examples in the training script's form from invented sentences: persons before 감독은/선수는, places before
    에서 열린, organizations before "said" with a company's word, plain others."""
    sys.path.insert(0, str(ROOT))
    from training.train_mention_typer import Example

    rows = [("{} 감독은 경기 후 말했다.", "person", ["필로 카세타", "안드레 마르투", "루벤 소아렌", "이반 페트라크"]),
            ("{} 선수는 두 골을 넣었다.", "person", ["세르조 베라니", "미구엘 토르바", "칼레 노르딘", "오스카 베일렌"]),
            ("지난해 {}에서 열린 회의에서 합의했다.", "place", ["브레니카", "살토바", "케르나우", "도라비크"]),
            ("이번 행사는 {}에서 열린 축제다.", "place", ["몬타베", "리스카르", "페로니아", "타벨루"]),
            ("{} Group said profits rose.", "org", ["Vantrel", "Ostrica", "Helmwick", "Corrado"]),
            ("{} Systems said it would hire.", "org", ["Brightfold", "Tessary", "Quorvane", "Lindquay"]),
            ("그 {} 이야기는 오래되었다.", "other", ["아르곤", "파라솔", "토르네", "미라쥬"])]
    out = []
    for k, (pattern, kind, names) in enumerate(rows):
        for name in names:
            text = pattern.format(name)
            start = text.index(name)
            out.append(Example("made-up", k, start, start + len(name),
                               tuple(typer.features(text, start, start + len(name))), kind, True))
    return out


def _unknown(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start=start, end=start + len(name), text=name, type="other", lang="en" if name.isascii() else "ko",
                   entity_id=None, score=0.0, method="unlinked", reasons=(f"not in the knowledge base; {NO_EVIDENCE}",))


def test_a_model_fitted_on_made_up_sentences_types_new_names_by_the_words_around_them() -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT))
    from training.train_mention_typer import fit

    model = fit(_made_up_examples(), c=1.0, train_on="other")  # type: ignore[arg-type]
    limits = {"person": 0.5, "org": 0.5, "place": 0.5}
    cases = [("지난 시즌 토마시 벨레크 감독은 사임했다.", "토마시 벨레크", "person"),
             ("귀화한 다비드 오르셀 선수는 부상을 당했다.", "다비드 오르셀", "person"),
             ("올해 크라스노베에서 열린 박람회에 갔다.", "크라스노베", "place"),
             ("Analysts said Pellmark Group said sales fell.", "Pellmark Group", "org")]
    for text, name, kind in cases:
        [m] = typer.retype_unknown(text, [_unknown(text, name)], model, limits)
        assert m.type == kind, (name, typer.probabilities(typer.features(text, m.start, m.end), model))
        assert "learned typer" in m.reasons[-1]
    text = "Analysts said Pellmark Group said sales fell."
    start = text.index("Pellmark")
    probs = typer.probabilities(typer.features(text, start, start + len("Pellmark Group")), model)
    assert probs["person"] < probs["org"]  # an org-shaped name before "said" is not made a person


def test_abstention_and_the_names_it_leaves_alone() -> None:
    model = ({"next2=감독": (4.0, 0.0, 0.0, 0.0)}, (0.0, 0.0, 0.0, 0.0))
    text = "마르텐 쿠일 감독은 웃었다."
    m = _unknown(text, "마르텐 쿠일")
    [sure] = typer.retype_unknown(text, [m], model)
    assert sure.type == "person"
    [unsure] = typer.retype_unknown(text, [m], model, {"person": 0.99, "org": 0.99, "place": 0.99})
    assert unsure == m  # below the threshold: still other, unchanged
    law = m.model_copy(update={"reasons": ("not in the knowledge base; a law or a bill by the end of its name",)})
    linked = m.model_copy(update={"entity_id": "someone"})
    place = m.model_copy(update={"type": "place"})
    assert typer.retype_unknown(text, [law, linked, place], model) == [law, linked, place]


def test_the_config_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Quillbright Vantor said it would close."
    off = bilingual.process(text, config=Config(mentions=MentionConfig(learned_typer=False)))
    if not any(typer.retypable(m) for m in off.mentions):
        pytest.skip("the rules typed every name of this sentence")
    model = ({"nwords=2": (5.0, 0.0, 0.0, 0.0), "nwords=1": (5.0, 0.0, 0.0, 0.0)}, (0.0, 0.0, 0.0, 0.0))
    monkeypatch.setattr(typer, "weights", lambda: model)
    on = bilingual.process(text, config=Config(mentions=MentionConfig(learned_typer=True)))
    assert [m.type for m in on.mentions if m.start == off.mentions[0].start] == ["person"]
    assert [m.type for m in bilingual.process(text).mentions] == [m.type for m in off.mentions]  # off by default


def test_the_shipped_scores_are_deterministic_and_sum_to_one() -> None:
    text = "지난주 세르벨라 로반치치가 도착했다."
    start = text.index("세르벨라")
    feats = typer.features(text, start, start + len("세르벨라 로반치치"))
    first = typer.probabilities(feats)
    assert first == typer.probabilities(list(reversed(feats)))
    assert abs(sum(first.values()) - 1.0) < 1e-9
    assert set(first) == set(typer.CLASSES)


@pytest.mark.parametrize("rows", [[(1, ["__classes__", "org", "person", "place", "other"])],
                                  [(2, ["tri=abc", "0.1", "x", "0", "0"])], [(3, ["tri=abc", "0.1"])]])
def test_a_bad_table_is_a_clear_error(rows: list[tuple[int, list[str]]]) -> None:
    with pytest.raises(DataError, match=r"mention_typer\.tsv line"):
        typer.read_model(rows)
