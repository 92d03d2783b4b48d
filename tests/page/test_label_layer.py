"""The learned layer over the page-label rules: its features, its table, and how split_blocks uses it."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.config import BlockConfig, Config
from bilingual.context import Context
from bilingual.document import BLOCK_LABELS, Document
from bilingual.errors import DataError
from bilingual.page import label_layer
from bilingual.page.blocks import label_lines, split_blocks
from bilingual.page.label_layer import features, learned_labels, probabilities, read_model


def _rules(texts: list[str]) -> list[tuple[str, str]]:
    return [(rule.name, rule.label) for _, rule in label_lines("\n".join(texts))]


def test_features_describe_the_line_its_place_and_its_neighbours() -> None:
    texts = ["Start | Money | Games | Autos", "HARBOR WEATHER DESK", "2031.07.09 오후 3:05",
             "문의: kim.harbor@example.org", "그는 항구에서 배를 기다리며 오래도록 바다를 바라보았다고 전해졌다."]
    rules = [("r1", "navigation"), ("r2", "headline"), ("r3", "dateline"), ("r4", "byline"), ("r5", "body")]
    feats = features(texts, rules)
    assert len(feats) == 5
    assert "sep=bar" in feats[0] and "prev=START" in feats[0] and "next=headline" in feats[0]
    assert "caps" in feats[1] and "rule=r2" in feats[1] and "lab=headline" in feats[1]
    assert "date" in feats[2] and "script=mixed" not in feats[1]
    assert "email" in feats[3] and "sep=colon" in feats[3]
    assert "end=ko-stop" in feats[4] and "next=END" in feats[4] and "script=ko" in feats[4]
    assert feats[4][0] == "rule=r5"  # the first feature names the rule (the layer's abstention reads it)


def test_cues_and_the_fifth_of_the_page() -> None:
    texts = ["Call our desk, tel: +44 20 7946 0958", "품종 | 무게 | 가격", "사과 | 3kg | 24,000원",
             "※ 이 글의 의견은 필자 개인의 것입니다", "Bora_99 정말 잘 읽었어요 2031.02.11 21:47",
             "▲ 부두에 도착한 어선", "More from the harbor desk", "“We will sail at dawn,” the captain said."]
    feats = features(texts, [("r", "other")] * len(texts))
    assert {"phone", "key-value", "cue=contact"} <= set(feats[0])
    assert {"cells=3", "cells-digits=none"} <= set(feats[1]) and "cells-digits=most" in feats[2]
    assert "open=note" in feats[3] and "time-end" in feats[4] and "cue=related" in feats[6]
    assert "open=arrow" in feats[5] and "open=quote" in feats[7]
    assert "fifth=0" in feats[0] and "fifth=4" in feats[7] and "fifth=1" in feats[3] and "fifth=2" in feats[4]
    long_page = features([f"line {k} of a long list" for k in range(label_layer.POSITION_LINES + 1)],
                         [("r", "body")] * (label_layer.POSITION_LINES + 1))
    assert not any(f.startswith("fifth=") for feats_ in long_page for f in feats_)
    quiet = features(["the harbor was calm", "nothing here at all"], [("r", "body")] * 2)[0]
    assert not {f for f in quiet if f.startswith(("cue=", "open=", "cells", "phone", "time-end", "key-value"))}


def test_features_of_a_page_without_lines_and_a_mismatch() -> None:
    assert features([], []) == []
    with pytest.raises(ValueError):
        features(["one line"], [])


def test_read_model_rejects_bad_rows_clearly() -> None:
    with pytest.raises(DataError, match="line 1"):
        read_model([(1, ["__labels__", "body", "other"])])
    with pytest.raises(DataError, match="line 2"):
        read_model([(2, ["lab=body", "1.0", "x"])])
    table, bias = read_model([(1, ["lab=body", *(["0.5"] * len(BLOCK_LABELS))])])
    assert bias == (0.0,) * len(BLOCK_LABELS) and table["lab=body"] == (0.5,) * len(BLOCK_LABELS)


def test_probabilities_follow_the_weights() -> None:
    footer = BLOCK_LABELS.index("footer")
    model = ({"ends-in-mail": tuple(3.0 if k == footer else 0.0 for k in range(len(BLOCK_LABELS)))},
             (0.0,) * len(BLOCK_LABELS))
    probs = probabilities(model, ["ends-in-mail", "unknown-feature"])
    assert abs(sum(probs) - 1) < 1e-9
    assert max(range(len(probs)), key=probs.__getitem__) == footer
    assert probabilities(model, []) == pytest.approx((1 / len(BLOCK_LABELS),) * len(BLOCK_LABELS))


def _toward(label: str, rule: str) -> label_layer.Model:
    """A model that moves every line of ``rule`` to ``label`` and has no weight for any other rule."""
    k = BLOCK_LABELS.index(label)  # type: ignore[arg-type]
    return {f"rule={rule}": tuple(9.0 if j == k else 0.0 for j in range(len(BLOCK_LABELS)))}, \
        (0.0,) * len(BLOCK_LABELS)


PAGE = ["Skip to main content", "Lighthouse Keepers Vote to Strike",
        "The keepers of the northern lights said on Sunday they would stop work for two days next month over pay, "
        "the first such vote in the service's history."]


def test_the_layer_relabels_only_rules_it_was_trained_on(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _rules(PAGE)
    assert [label for _, label in rules] == ["navigation", "headline", "body"]
    monkeypatch.setattr(label_layer, "weights", lambda: _toward("other", "prose"))
    monkeypatch.setattr(label_layer, "SECOND_PASS", False)
    out = learned_labels(PAGE, rules)
    assert out[2][0] == "other" and out[2][1] is not None and out[2][1] > 0.9
    assert out[0] == ("navigation", None) and out[1] == ("headline", None)  # rules the toy model never saw


def test_a_page_of_one_line_keeps_the_rules_label(monkeypatch: pytest.MonkeyPatch) -> None:
    line = ["The ferry to the outer islands was cancelled again this morning because of the heavy fog over the strait."]
    rules = _rules(line)
    assert rules[0] == ("prose", "body")
    monkeypatch.setattr(label_layer, "weights", lambda: _toward("navigation", "prose"))
    monkeypatch.setattr(label_layer, "SECOND_PASS", False)
    monkeypatch.setattr(label_layer, "NO_CHROME_AMONG_PROSE", False)  # two sentences: labels53's guard would keep body
    assert learned_labels(line, rules) == [("body", None)]
    assert learned_labels([*line, line[0] + " Again."], _rules([*line, line[0] + " Again."]))[0][0] == "navigation"


def test_split_blocks_records_a_relabel_and_can_go_without_the_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(label_layer, "weights", lambda: _toward("caption", "prose"))
    monkeypatch.setattr(label_layer, "SECOND_PASS", False)
    doc = Document.create("\n".join(PAGE))
    blocks = split_blocks(doc, Context.create()).blocks
    assert [b.label for b in blocks] == ["navigation", "headline", "caption"]
    assert "learned layer" in blocks[2].reason and 0 < blocks[2].confidence <= 1
    assert "learned layer" not in blocks[0].reason
    off = Context.create(config=Config(blocks=BlockConfig(learned_layer=False)))
    assert [b.label for b in split_blocks(doc, off).blocks] == ["navigation", "headline", "body"]


def test_the_shipped_table_loads() -> None:
    table, bias = label_layer.weights()
    assert len(bias) == len(BLOCK_LABELS) and any(f.startswith("rule=") for f in table)
    assert all(len(row) == len(BLOCK_LABELS) for row in table.values())


_SHAPE_LINES = [
    "", " ", "_", "a_b c__d", "Port of Varna, 3 cranes idle", "snake_case_name and CamelCase42 x9",
    "Tide table: 2029-3-4 06:15", "Filed 04.11.2030 by the harbour desk", "Ledger 1999 년 closed",
    "배는 7 월 14 일에 떠났다", "3월14일", "Meeting on Sept. 9 at the quay", "MEETING ON SEPT 9", "OCT.  12",
    "on mars 5 we land", "Decoration 12", "decoration12", "ſep 3 (long s)", "Nov3 no space", "marching 4 bands",
    "DEC 31st", "see 12:5 and 1:23", "١٢:٣٤ عند الميناء", "fullwidth ２０３０年１２月", "Ｎov ３",
    "İstanbul, Oct 4", "Kelvin sign K and ſ", "tab\tseparated\x1cfields\x1fhere", "a\u00a0b\u2003c",
    "항구 Harbor 항구 Bay", "lone \ud800 surrogate 12:30", "x-ray, re-entry; e.g. i.e.", "12 345 678", "2030/1/2",
]


@pytest.mark.parametrize("line", _SHAPE_LINES)
def test_counts_and_dates_agree_with_the_patterns(line: str) -> None:
    # the byte counts and the date test stand for these patterns; a line of each kind they might miscount
    counts = (len(label_layer._WORD.findall(line)), len(label_layer._HANGUL.findall(line)),
              len(label_layer._LATIN.findall(line)), len(label_layer._DIGIT.findall(line)))
    assert label_layer._counts(line) == counts
    assert label_layer._has_date(line) == (label_layer._DATE.search(line) is not None)


def test_lines_with_the_same_features_get_the_same_labels_however_many_are_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Harbor | Weather | Tides", "Harbor | Weather | Tides", "Ferries run late after the storm",
             "The pilots of the northern quay waited through the night for the wind to turn, and at dawn they set "
             "out one by one toward the breakwater where the cargo ships had anchored.", "Posted 2031.02.03 06:10",
             "Harbor | Weather | Tides", "Share | Print", "Share | Print", "Share | Print", "Ferries run late"]
    rules = _rules(texts)
    monkeypatch.setattr(label_layer, "SECOND_PASS", False)
    kept = learned_labels(texts, rules)
    for most in (1, 2, 3):
        monkeypatch.setattr(label_layer, "_SEEN_FEATURES", most)
        assert learned_labels(texts, rules) == kept
    model = label_layer.weights()
    assert kept == [(label, None) if name in label_layer.KEPT_RULES or f"rule={name}" not in model[0] else
                    (BLOCK_LABELS[max(range(len(p)), key=p.__getitem__)], max(p))
                    for (name, label), p in zip(rules, [probabilities(model, f) for f in features(texts, rules)],
                                                strict=True)]


def test_context_features_read_the_first_pass_around_the_line() -> None:
    feats = label_layer.context_features(["related", "headline"], "body", ["related"], "navigation")
    assert {"p1=body", "p1prev=related", "p1prev2=headline", "p1next=related", "p1next2=END",
            "p1prev=related|p1next=related", "p1=body|lab=navigation", "p1=body|same=0,0"} <= set(feats)
    edge = label_layer.context_features([], "navigation", ["navigation", "navigation", "body"], "navigation")
    assert {"p1prev=START", "p1prev2=START", "p1=navigation|same=0,2"} <= set(edge)
    assert "p1next2=navigation" in edge  # only CONTEXT lines ahead are read


def _toy_second(label: str, feature: str) -> label_layer.Model:
    """A second table that moves a line with ``feature`` to ``label`` and keeps the first pass's label elsewhere."""
    k = BLOCK_LABELS.index(label)  # type: ignore[arg-type]
    zero = (0.0,) * len(BLOCK_LABELS)
    keep = {f"p1={lab}": tuple(3.0 if j == i else 0.0 for j in range(len(BLOCK_LABELS)))
            for i, lab in enumerate(BLOCK_LABELS)}
    return {**keep, feature: tuple(9.0 if j == k else 0.0 for j in range(len(BLOCK_LABELS))), "rule=r": zero}, zero


def _first(labels: list[str], abstain: tuple[int, ...] = ()) -> list[tuple[str, str, list[str], tuple]]:
    return [("r", "other", ["rule=r"], (lab, None if i in abstain else 0.6)) for i, lab in enumerate(labels)]


def test_the_second_pass_relabels_a_line_by_its_neighbours_labels() -> None:
    # a line between two items of a list of other stories joins the list; a line the first pass left to its rule
    # keeps it, and the first pass's labels are what the neighbours read (not the second pass's)
    labels = ["body", "related", "caption", "related", "body", "related", "dateline", "related"]
    score = label_layer.Scorer(_toy_second("related", "p1prev=related|p1next=related"))
    out = list(label_layer.second_pass(score, _first(labels, abstain=(6,))))
    assert [lab for lab, _ in out] == ["body", "related", "related", "related", "related", "related", "dateline",
                                       "related"]
    assert out[6] == ("dateline", None) and out[2][1] is not None and out[2][1] > 0.9
    assert list(label_layer.second_pass(None, _first(labels))) == [(lab, 0.6) for lab in labels]
    assert list(label_layer.second_pass(score, [])) == []


def test_the_second_pass_reads_a_long_page_as_a_window() -> None:
    # the window read line by line gives what the whole page's labels give (a page of 60 lines, labels in a cycle)
    cycle = ["navigation", "headline", "byline", "body", "body", "related", "footer"]
    labels = [cycle[(3 * i) % len(cycle)] for i in range(60)]
    table = {f: tuple(float(len(f) % (j + 2)) for j in range(len(BLOCK_LABELS)))
             for i in range(60) for f in label_layer.context_features(labels[max(0, i - 2):i][::-1], labels[i],
                                                                      labels[i + 1:i + 3], "other")}
    table["rule=r"] = (0.0,) * len(BLOCK_LABELS)
    model = (table, (0.0,) * len(BLOCK_LABELS))
    got = list(label_layer.second_pass(label_layer.Scorer(model), _first(labels)))
    for i, (label, p) in enumerate(got):
        probs = probabilities(model, ["rule=r", *label_layer.context_features(
            labels[max(0, i - 2):i][::-1], labels[i], labels[i + 1:i + 3], "other")])
        assert (label, p) == (BLOCK_LABELS[max(range(len(probs)), key=probs.__getitem__)], max(probs))


def test_learned_labels_go_through_the_second_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Skip to main content", "Harbor pilots wait out the gale", "Filed by the harbor desk",
             "The pilots of the northern quay waited through the night for the wind to turn, and at dawn they set "
             "out one by one toward the breakwater where the cargo ships had anchored."]
    rules = _rules(texts)
    first_rules = {f"rule={name}" for name, _ in rules}
    zero = (0.0,) * len(BLOCK_LABELS)
    keep = {f"lab={lab}": tuple(3.0 if j == i else 0.0 for j in range(len(BLOCK_LABELS)))
            for i, lab in enumerate(BLOCK_LABELS)}
    monkeypatch.setattr(label_layer, "weights", lambda: ({**keep, **{f: zero for f in first_rules}}, zero))
    monkeypatch.setattr(label_layer, "second_weights", lambda: (
        {**{f: zero for f in first_rules}, **_toy_second("footer", "p1next=END")[0]}, zero))
    out = learned_labels(texts, rules)
    assert out[-1][0] == "footer" and [lab for lab, _ in out[:-1]] == [lab for _, lab in rules[:-1]]
    monkeypatch.setattr(label_layer, "SECOND_PASS", False)
    assert learned_labels(texts, rules)[-1][0] != "footer"


def test_the_shipped_second_table_loads() -> None:
    table, bias = label_layer.second_weights()
    assert len(bias) == len(BLOCK_LABELS) and any(f.startswith("p1=") for f in table)
    assert any(f.startswith("rule=") for f in table)


def test_shape_cues_of_widgets_players_and_item_letters() -> None:
    texts = ["Paid members only: sign in to keep reading", "▶ 기사 음성으로 듣기", "1:05 / 4:40",
             "오늘의 설문: 주 4일제에 찬성하십니까?", "Cast your vote below", "NZD/KRW 812.30 ▼1.25", "Gold +0.8%",
             "다. 안건 심의", "가) 회의 개요", "다음 주 일정은 미정이다", "The display was devoted to bronze bells"]
    feats = [set(f) for f in features(texts, [("r", "other")] * len(texts))]
    assert "cue=account" in feats[0] and "cue=player" in feats[1] and "timecode" in feats[2]
    assert "cue=poll" in feats[3] and "cue=poll" in feats[4]
    assert "change" in feats[5] and "change" in feats[6] and "change" not in feats[2]
    assert "open=ko-item" in feats[7] and "open=ko-item" in feats[8] and "open=ko-item" not in feats[9]
    assert not {f for f in feats[10] if f.startswith(("cue=", "change", "timecode", "open="))}


def test_a_table_row_repeats_a_neighbours_cells_and_holds_figures() -> None:
    texts = ["구분  1월  2월  3월", "수입  120  135  141", "Port | Ships | Tonnes", "Busan | 41 | 9,120",
             "Mokpo | 12 | 1,004", "Home | Ports | Ships | Weather", "He paused.  Then the ferry left at dawn."]
    feats = [set(f) for f in features(texts, [("r", "other")] * len(texts))]
    assert {"cells-as-next", "gaps=3"} <= feats[0] and "table-row" in feats[0]  # a header of figures (months)
    assert {"cells-as-prev", "table-row"} <= feats[1]
    assert "table-row" not in feats[2] and {"table-row", "cells-as-prev", "cells-as-next"} <= feats[3]
    assert "table-row" in feats[4] and "cells-as-next" not in feats[4]
    assert "table-row" not in feats[5] and "cells-as-prev" not in feats[5]  # four cells after three, no figures
    assert "gaps=1" in feats[6] and not {f for f in feats[6] if f.startswith(("cells", "table-row"))}


def _shipped_labels(text: str) -> list[str]:
    labelled = label_lines(text)
    return [label for label, _ in learned_labels([line.text for line, _ in labelled],
                                                 [(rule.name, rule.label) for _, rule in labelled])]


def test_the_shipped_layer_calls_data_lines_inside_an_article_other() -> None:
    # labels13: the label table's convention (a table or data row inside the article, not prose, is `other`) now
    # holds across the fragment sets the layer is trained on. Pages of our own, in shapes the fixtures lack.
    fares = ["Home | Travel | Islands", "Ferry fares to Ulleungdo rise 8 percent from April", "By Jane Roe",
             "April 2, 2031",
             "Ferry operators on the Pohang-Ulleungdo route will raise fares by 8 percent from April 1, citing fuel "
             "costs, the county office said Tuesday.",
             "Class | Adult | Child | Senior", "Economy | 72,500 won | 36,300 won | 58,000 won",
             "First | 98,000 won | 49,000 won | 78,400 won",
             "Residents of the island keep their 50 percent discount, officials said.",
             "Copyright © Island Post. All rights reserved."]
    labels = _shipped_labels("\n".join(fares))
    assert labels[6:8] == ["other", "other"]
    assert labels[4] == labels[8] == "body" and labels[0] == "navigation" and labels[1] == "headline"
    race = ["Sports | Running | Results", "Gyeongju half marathon: Kenyan pair sweep the titles", "By Min Park",
            "Oct. 12, 2031",
            "Two Kenyan runners won the men's and women's races of the Gyeongju half marathon on Sunday, in cool and "
            "windy weather.",
            "Men: Peter Kiprono 1:01:12", "Women: Ruth Chebet 1:09:40", "Finishers: 11,284",
            "The race returns on Oct. 10 next year, organizers said."]
    labels = _shipped_labels("\n".join(race))
    assert labels[5:8] == ["other"] * 3
    assert labels[4] == labels[8] == "body" and labels[1] == "headline"


# labels31: what fitting set u must not break (its footers are notes of the whole page written as prose); pages of our
# own, in shapes no fixture has: an article whose last paragraph, short and without a reporting verb, sits right above
# the footer (under rows of data, or under paragraphs), and a guide ending in a note on itself, in both languages
_LAST_PARAGRAPHS = [
    (["Home | Travel | Islands", "Ferry fares to Ulleungdo rise 8 percent from April", "By Jane Roe", "April 2, 2031",
      "Ferry operators on the Pohang-Ulleungdo route will raise fares by 8 percent from April 1, citing fuel costs.",
      "Class | Adult | Child | Senior", "Economy | 72,500 won | 36,300 won | 58,000 won",
      "First | 98,000 won | 49,000 won | 78,400 won",
      "Residents of the island keep their 50 percent discount under the new schedule.",
      "Copyright © Island Post. All rights reserved."], 8),
    (["홈 | 여행 | 섬", "울릉도 여객선 요금 4월부터 8% 오른다", "노제인 기자", "2031.04.02",
      "포항과 울릉도를 오가는 여객선 운임이 연료비 상승으로 4월 1일부터 8% 오른다.",
      "등급 | 어른 | 어린이 | 경로", "일반실 | 72,500원 | 36,300원 | 58,000원",
      "우등실 | 98,000원 | 49,000원 | 78,400원",
      "섬 주민은 새 요금표에서도 운임의 절반을 할인받는 혜택을 그대로 유지하게 된다.",
      "Copyright ⓒ 섬마을신문. All rights reserved."], 8),
    (["News | Environment", "Volunteers count 412 black-faced spoonbills on Ganghwa mudflats", "By Sora Lim",
      "Nov. 3, 2031",
      "Volunteers counting birds on the Ganghwa mudflats found 412 black-faced spoonbills this autumn, the highest "
      "tally since counts began in 2004 and nearly double the figure of a decade ago.",
      "The endangered birds breed on small rocky islets off the west coast and winter in Taiwan and southern Japan.",
      "The next count is planned for the spring migration in early April.",
      "Copyright © Western Sea Herald. All rights reserved."], 6),
    (["뉴스 | 환경", "강화 갯벌서 저어새 412마리 확인", "임소라 기자", "2031.11.03 10:20",
      "강화 갯벌에서 올가을 저어새 412마리가 관찰됐다. 2004년 조사를 시작한 이래 가장 많은 수로, 10년 전의 두 배 "
      "가까이 된다.",
      "멸종위기종인 저어새는 서해안의 작은 바위섬에서 번식하고 대만과 일본 남부에서 겨울을 난다.",
      "다음 조사는 봄철 이동 시기인 4월 초에 진행될 예정이다.", "ⓒ 서해신문 무단전재 및 재배포 금지"], 6),
]


@pytest.mark.parametrize(("lines", "last"), _LAST_PARAGRAPHS)
def test_the_shipped_layer_keeps_an_article_s_last_paragraph_above_the_footer_body(lines: list[str],
                                                                                   last: int) -> None:
    labels = _shipped_labels("\n".join(lines))
    assert labels[last] == "body" and labels[-1] == "footer" and labels[1] == "headline"


@pytest.mark.parametrize(("lines", "korean"), [
    (["Home > Help > Renters", "Getting your deposit back when you move out", "Updated June 2, 2031",
      "Your landlord must return your deposit within 14 days of the end of the lease, minus the cost of any damage "
      "beyond normal wear.",
      "If the landlord keeps part of the deposit, ask for an itemised list of repairs in writing.",
      "This page offers general guidance only and is not legal advice.",
      "Copyright © 2031 Tenant Help Desk. All rights reserved."], False),
    (["홈 > 생활안내 > 임대차", "이사 나갈 때 보증금 돌려받는 방법", "수정일 2031-06-02",
      "임대인은 계약이 끝난 날부터 14일 안에 보증금을 돌려줘야 하며, 통상적인 사용을 넘는 파손이 있으면 수리비를 뺄 수 "
      "있습니다.", "보증금 일부를 돌려받지 못했다면 수리 내역을 서면으로 요청하세요.",
      "본 안내는 일반적인 정보 제공을 위한 것으로 법률 자문을 대신하지 않습니다.",
      "Copyright © 2031 세입자 상담센터. All rights reserved."], True),
    (["Home > Guides > Kayaking", "Kayaking the Han River: what to bring",
      "Rental points at Ttukseom and Mangwon open at 9 a.m. and close an hour before sunset from April to October.",
      "This guide reflects the rules in force in 2031 and will be reviewed before next season.",
      "© 2031 Seoul Paddling Club"], False),
])
def test_the_shipped_layer_calls_a_guide_s_closing_note_footer_and_its_paragraphs_body(lines: list[str],
                                                                                       korean: bool) -> None:
    labels = _shipped_labels("\n".join(lines))
    assert labels[-2:] == ["footer", "footer"], korean
    assert labels[-3] == "body" and labels[1] == "headline"


def test_the_shipped_layer_keeps_prose_and_chrome_of_a_page_without_data_lines() -> None:
    blog = ["블로그 | 이웃 | 내 메뉴", "아이와 함께 간 과학관 나들이", "2031. 5. 5. 14:20",
            "어린이날을 맞아 아이와 함께 국립과학관에 다녀왔다. "
            "생각보다 사람이 많아서 조금 일찍 출발하길 잘했다는 생각이 들었다.",
            "전시관 안에서는 공룡 화석 모형 앞에서 한참을 떠나지 못했다. 아이가 가장 좋아한 곳도 역시 그곳이었다.",
            "공감 3 | 댓글 1 | 공유하기"]
    assert _shipped_labels("\n".join(blog)) == ["navigation", "headline", "dateline", "body", "body", "navigation"]


@pytest.mark.parametrize("line", ["Nurse: Please wait here for a moment.", "Guide : We turn left at the old mill?",
                                  "할머니 : 밥은 먹었니?", "관객: 다시 해 주세요!", "Coach: 끝까지 뛰어.",
                                  "Notice: Entry closes when the hall is full.", "기장: 곧 착륙합니다…"])
def test_a_field_whose_value_is_a_sentence_is_no_data_field(line: str) -> None:
    # a speaker's turn or a field holding a sentence (labels14): its own cue, neither `key-value` nor `sep=colon`
    (feats,) = features([line], [("r", "body")])
    assert "key-value=sentence" in feats
    assert "key-value" not in feats and "sep=colon" not in feats


@pytest.mark.parametrize("line", ["Runtime: 118 min", "배기량: 1,598cc", "Host: Seoul Arts Center", "Score: 3.5/5.",
                                  "Mike: OK.", "정답: ②", "Opening hours: 10:00-18:00."])
def test_a_data_field_keeps_its_field_cue_and_its_colon(line: str) -> None:
    # no sentence after the colon: a one-word value, a figure, a value that does not close like a sentence
    (feats,) = features([line], [("r", "body")])
    assert "key-value" in feats and "sep=colon" in feats
    assert "key-value=sentence" not in feats


def test_the_shipped_layer_keeps_the_turns_of_a_dialogue_as_prose() -> None:
    for lines in (["The ferry left an hour late because the fog had not lifted from the bay that morning.",
                   "Captain: We will reach the island in forty minutes.",
                   "Passenger: Is the sea going to get rougher?",
                   "Captain: Not today, the wind is dropping.",
                   "When the ferry docked, the fog was gone and the whole village seemed to be waiting on the pier."],
                  ["오래된 여객선은 안개가 걷히지 않아 한 시간이나 늦게 항구를 떠났고 승객들은 창가에 앉아 있었다.",
                   "선장 : 40분 뒤에 섬에 도착합니다.",
                   "승객 : 바다가 더 거칠어질까요?",
                   "선장 : 오늘은 아니에요, 바람이 잦아들고 있어요.",
                   "배가 부두에 닿았을 때 안개는 사라졌고 온 마을이 부두에서 배를 기다리는 듯했다."]):
        labels = [label for label, _ in learned_labels(lines, _rules(lines))]
        assert labels == ["body"] * 5, labels


def _word_cues_one_kind_at_a_time(text: str) -> list[str]:
    """The word cues of a line as every kind's words are tried in turn (the layer's own test, without the search for
    any of them first)."""
    low = text.lower()
    return [f"cue={name}" for name, words, alone in (*label_layer._CUE_WORDS, *label_layer._WIDGET_WORDS)
            if any(w in low for w in words) or any(w in low and label_layer._ALONE[w].search(low) for w in alone)]


def test_word_cues_are_those_of_each_kind_tried_in_turn() -> None:
    import random

    kinds = (*label_layer._CUE_WORDS, *label_layer._WIDGET_WORDS)
    words = sorted({w for _, ws, alone in kinds for w in (*ws, *alone)})
    # pieces of the words too (a word cut short is none), cases mixed, inside other words and between signs
    pieces = [*words, *(w[: max(1, len(w) // 2)] for w in words), *(w[len(w) // 2:] for w in words),
              "항구", "harbour", "Plays", "likes", "filed", " ", " ", ".", "|", ":", "2031", "은", "를"]
    rng = random.Random(38)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    lines = [line.upper() if rng.random() < 0.2 else line for line in lines]
    found = 0
    for line in lines:
        expected = _word_cues_one_kind_at_a_time(line)
        assert [c for c in label_layer._cues(line) if c.startswith("cue=")] == expected, line
        found += bool(expected)
    assert 300 < found < 2900  # lines with word cues and lines without, both many
    for name, ws, _ in kinds:  # each word names its kind, in any case, inside a longer line
        for w in ws:
            assert f"cue={name}" in label_layer._cues(f"오늘의 {w.upper()}는 없음"), w


def test_a_month_s_letters_match_in_any_case_only_themselves_lowered_or_the_long_s() -> None:
    # _has_date skips _DATE on a text without a month's letters in lower case and without ſ: every character that
    # the pattern's case (re.I) lets stand for a month's letter holds that letter in lower case, or is ſ
    import sys

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    letters = sorted(set("".join(label_layer._MONTHS)))
    odd = {c for x in letters for c in re.findall(x, every, re.I) if x not in c.lower()}
    assert odd == {label_layer._LONG_S}


def test_the_date_test_agrees_with_the_pattern_on_mixed_lines() -> None:
    import random

    words = ["Jan", "feb", "MAR", "aPr", "May", "juN", "jul.", "AUG", "Sept", "oct", "NOVEMBER", "dec", "ſep", "ſ",
             "\u212a", "İ", "ı", "j\u0301an", "부두", "항구에서", "월", "일", "년", "x", "ma", "r", "e", "3", "12",
             "2031", "٣", "２", "7월", "3일"]
    gaps = [" ", "  ", "", ".", "-", "/", ":", ". "]
    rng = random.Random(39)
    lines = ["".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    dated = 0
    for line in lines:
        expected = label_layer._DATE.search(line) is not None
        assert label_layer._has_date(line) == expected, line
        dated += expected
    assert 100 < dated < 4900  # most by a month's name (beside Korean text, after an ſ), the branch skipped


def test_the_place_buckets_are_the_first_edge_at_least_the_count() -> None:
    for edges in ((0, 1, 2, 5), (10, 20, 40, 80, 160), (1, 2, 3, 5, 10, 20), (0, 2, 5)):
        for count in range(-2, 200):
            first = next((k for k, edge in enumerate(edges) if count <= edge), len(edges))
            assert label_layer._bucket(count, edges) == first


def _toy_pair() -> tuple[label_layer.Model, label_layer.Model]:
    """Two tables of awkward weights (sums whose order shows), a feature with a row in one of them only."""
    width = len(BLOCK_LABELS)
    first = {f"f{k}": tuple((k + 1) * 0.1 + j * 1e-17 - (1e16 if k == 3 and j == 0 else 0.0) for j in range(width))
             for k in range(8)}
    second = {**{f: tuple(w * 3.3 for w in row) for f, row in first.items()}, "p1=body": (0.7,) * width}
    first["only-first"] = (1e16,) * width
    return (first, tuple(0.1 * j for j in range(width))), (second, tuple(-0.3 * j for j in range(width)))


def test_both_tables_sums_add_each_table_s_numbers_in_its_order() -> None:
    import random

    pair = _toy_pair()
    both = label_layer.BothSums(*pair)
    keys = [*pair[0][0], *pair[1][0], "unknown", "other-unknown"]
    rng = random.Random(39)
    for _ in range(2000):
        feats = [rng.choice(keys) for _ in range(rng.randint(0, 12))]
        # == on floats: the same numbers added in the same order, to the last bit
        assert both.first(feats) == label_layer.weighted_sums(pair[0], feats), feats
        assert both.second(feats) == label_layer.weighted_sums(pair[1], feats), feats
    shipped = label_layer.BothSums(label_layer.weights(), label_layer.second_weights())
    texts = ["Harbor | Tides | Ferries", "부두 소식", "Filed 2031.02.03 06:10 by the quay desk",
             "어선들은 새벽이 오기 전에 방파제를 지나 먼바다로 하나둘 떠나갔다고 선장은 전했다.", "More from the quay"]
    for feats in features(texts, _rules(texts)):
        assert shipped.first(feats) == label_layer.weighted_sums(label_layer.weights(), feats)
        assert shipped.second(feats) == label_layer.weighted_sums(label_layer.second_weights(), feats)


def test_learned_labels_are_those_of_each_table_scored_alone() -> None:
    pages = [["Harbor | Tides | Ferries", "QUAY NOTES", "Filed 2031.02.03 06:10 by the quay desk",
              "The pilots of the northern quay waited through the night for the wind to turn, and at dawn they set "
              "out one by one toward the breakwater.", "Tags: harbor, pilots", "© 2031 Quay Weekly"],
             ["전체메뉴 | 항구 | 날씨", "새벽 출항 늘어", "입력 2031.02.03 06:10",
              "어선들은 새벽이 오기 전에 방파제를 지나 먼바다로 하나둘 떠나갔다고 선장은 전했다.",
              "▲ 방파제를 지나는 어선", "많이 본 기사", "부두의 하루", "부두의 하루"]]
    for texts in pages:
        rules = _rules(texts)
        alone = list(label_layer.second_pass(
            label_layer.Scorer(label_layer.second_weights()),
            ((name, label, feats, label_layer.Scorer(label_layer.weights())(name, label, feats))
             for (name, label), feats in zip(rules, features(texts, rules), strict=True))))
        assert learned_labels(texts, rules) == alone
        assert learned_labels(texts, rules) == alone  # again, with the sums kept from the first call


def test_a_line_s_opening_mark_is_the_first_kind_that_lists_it() -> None:
    marks = {c for marks, _ in label_layer._OPENERS for c in marks}
    for first in [*marks, "", "7", "٣", "x", "부", " ", "[", "-"]:
        line = f"{first}부두 소식 3"
        kind = next((name for group, name in label_layer._OPENERS if first and first in group), None)
        kind = kind or ("digit" if first.isdigit() else None)
        assert [c for c in label_layer._cues(line) if c.startswith("open=")] == ([f"open={kind}"] if kind else [])


def test_a_kept_rule_s_label_is_never_replaced_by_a_table() -> None:
    # a table whose weights all but force `headline` for any line; a kept rule abstains (None) and keeps its label,
    # and a line of another rule with the same features is relabelled
    width = len(BLOCK_LABELS)
    headline = BLOCK_LABELS.index("headline")
    rows = {f: tuple(50.0 if j == headline else 0.0 for j in range(width))
            for f in ("rule=caption-before-translation", "rule=prose", "index=1")}
    score = label_layer.Scorer((rows, (0.0,) * width))
    feats = ["rule=caption-before-translation", "index=1"]
    assert "caption-before-translation" in label_layer.KEPT_RULES
    assert score("caption-before-translation", "caption", feats) == ("caption", None)
    label, p = score("prose", "body", ["rule=prose", "index=1"])
    assert label == "headline" and p is not None and p > 0.99


_FERRY = {"en": ["The night ferry left the island an hour late because of fog in the strait.",
                 "Passengers slept in the lounge while the crew checked the radar every few minutes.",
                 "Cabins | 140 | Decks | 2 | Crossing 3 h 10 min"],
          "ko": ["안개 때문에 밤배가 예정보다 한 시간 늦게 섬을 떠났다.",
                 "승객들은 라운지에서 잠을 청했고 승무원들은 몇 분마다 레이더를 확인했다.",
                 "운항 시간 | 3시간 10분 | 2층 | 객실 140개"]}


@pytest.mark.parametrize(("side", "last"), [
    ("en", "By dawn the fog had lifted, and the ferry tied up at the mainland pier just after six."),
    ("ko", "새벽이 되자 안개가 걷혔고 배는 여섯 시 조금 넘어 육지 부두에 닿았다.")])
def test_a_story_s_last_sentence_after_a_table_row_is_body(side: str, last: str) -> None:
    # labels24: the layer, which learned set r's closing notes by their place at a page's end, must not take a
    # story's last sentence there for one (the corpus test's page in this shape is a strict xfail: docs/blocks.md,
    # "Set r, run once" and "labels24 branch")
    lines = [*_FERRY[side], last]
    labels = [label for label, _ in learned_labels(lines, _rules(lines))]
    assert labels[:2] == ["body", "body"] and labels[3] == "body", labels  # the story's three sentences


_BUS = {"en": ["Island bus timetable changes on Monday",
               "Commuters on the east coast will wait less for the first bus of the day under the new timetable "
               "published by the county this week.",
               "The county said the change followed a survey of 2,000 riders over the summer months and would be "
               "reviewed in spring.",
               "Stop | First bus | Last bus", "Harbour Gate | 05:40 | 23:10", "Market Square | 05:52 | 23:22",
               "Download: Full timetable (PDF, 220 KB)"],
        "ko": ["섬 버스 첫차 시간 바뀐다",
               "군은 이번 주 공개한 새 시간표에 따라 동해안 노선 첫차가 20분 앞당겨진다고 밝혔으며 "
               "주민 설문을 반영했다고 설명했다.",
               "군 관계자는 여름 동안 주민 2000명에게 의견을 물었고 봄에 다시 검토하겠다고 말했다.",
               "정류장 | 첫차 | 막차", "항구입구 | 05:40 | 23:10", "시장광장 | 05:52 | 23:22",
               "※ 내돈내산으로 방문했으며 업체로부터 어떤 지원도 받지 않았습니다.", "첨부파일 시간표.hwp (220KB)"]}


@pytest.mark.parametrize("side", ["en", "ko"])
def test_a_kept_rule_s_line_keeps_its_label_at_a_page_s_end(side: str) -> None:
    # labels26: a table's head and rows, a reviewer's no-sponsor notice and a file to download after the text keep
    # the label their rule gives (other, footer, navigation by the label table); on set r the layer had turned such a
    # notice into body and a file into a byline (docs/log/blocks.md, "labels26 branch")
    lines = _BUS[side]
    rules = _rules(lines)
    labels = [label for label, _ in learned_labels(lines, rules)]
    assert labels[:3] == ["headline", "body", "body"], labels
    assert labels[3:6] == ["other"] * 3, labels
    assert labels[-1] == "navigation", labels
    if side == "ko":
        assert rules[-2] == ("disclaimer", "footer") and labels[-2] == "footer", labels


@pytest.mark.parametrize(("page", "first"), [
    # a short title over the article's own lines (a caption with its credit, a byline, a date): the page's title
    (["제주 감귤 첫 수확", "서귀포시 남원읍의 한 농장에서 농민들이 올해 첫 감귤을 따고 있다. (사진=제주도 제공)",
      "제주도는 올해 노지 감귤 생산량이 지난해보다 4% 늘어난 42만 톤으로 예상된다고 밝혔다. "
      "도는 품질 검사를 강화한다."],
     "headline"),
    (["동해안 해수욕장 개장", "2026.07.01 09:30",
      "강원 동해안 해수욕장 여든여 곳이 1일 일제히 문을 열었다. 도는 안전요원 천여 명을 배치해 8월 말까지 운영한다."],
     "headline"),
    # a site's name over its menu: chrome
    (["한빛시청", "시정소식", "민원안내", "분야별정보", "동해안 해수욕장 개장",
      "강원 동해안 해수욕장 여든여 곳이 1일 일제히 문을 열었다. 도는 안전요원 천여 명을 배치해 8월 말까지 운영한다."],
     "navigation"),
])
def test_a_page_s_first_line_is_a_title_over_the_article_and_a_site_s_name_over_chrome(
        page: list[str], first: str) -> None:
    labels = [b.label for b in split_blocks(Document.create("\n".join(page)), Context.create()).blocks]
    assert labels[0] == first


# -- perf65: the shape's features written once, the cue words by script (the same answers as before) -------------
def _plain_shape(text: str) -> tuple[list[str], bool]:
    """The line's shape as label_layer wrote it before perf65 (each feature formatted, the list interned): the
    reference the shape's tables must answer as."""
    chars = len(text)
    words, hangul, latin, digits = label_layer._counts(text)
    script = "ko" if hangul and hangul >= 3 * latin else "en" if latin and latin >= 3 * hangul else \
        "mixed" if hangul or latin else "none"
    ending = label_layer._ending(text)
    bucket = label_layer._bucket
    out = [f"len={bucket(chars, (10, 20, 40, 80, 160))}", f"words={bucket(words, (1, 2, 3, 5, 10, 20))}",
           f"script={script}", f"end={ending}",
           f"digits={bucket(digits, (0, 2, 5)) if 3 * digits < max(chars, 1) else 'many'}"]
    out += [f"sep={name}" for name, sign in label_layer._SEPARATORS.items() if sign in text]
    if ":" in text and label_layer._KEY_VALUE.match(text) and label_layer.sentence_value(text):
        out.remove("sep=colon")
    if digits and label_layer._DATE.search(text):
        out.append("date")
    if "@" in text and label_layer._EMAIL.search(text):
        out.append("email")
    if "." in text and any(cue in text.lower() for cue in label_layer._URL_CUES) and label_layer._URL.search(text):
        out.append("url")
    if text[:1] in "[(【<":
        out.append("opens-bracket")
    if label_layer._BULLET.match(text):
        out.append("bullet")
    if latin >= 2:
        if re.search("[a-z]", text) is None:
            out.append("caps")
        elif text[:1].isupper():
            content = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
            if content and sum(w[0].isupper() for w in content) * 4 >= 3 * len(content):
                out.append("title-case")
    long = len(text) >= 60 and ending in ("ko-stop", ".", "hangul") if hangul >= 10 else words >= 20
    return out, long


def _plain_cue_words(text: str) -> list[str]:
    """The kinds of cue words of a line as label_layer found them before perf65: every word tried on every line."""
    low = text.lower()
    found = {w for w in label_layer._EVERY_CUE_WORD if w in low}
    return [feature for feature, words, alone in label_layer._CUE_KINDS
            if not found.isdisjoint(words) or any(w in found and label_layer._ALONE[w].search(low) for w in alone)]


_PIECES = ["Harbor", "FERRY", "tide", "Ⓐrrivals", "Ölmez", "ſtorm", "\u212aelp", "İzmir", "ıslet", "Mr.", "U.S.",
           "Wednesday", "Mar 4", "March 14", "décembre", "2031.07.09", "9:05", "12/31/2031", "3,200", "45%", "7",
           "항구", "사진", "관련 기사", "댓글", "구독하기", "많이 본", "편집자", "ㅋㅋ", "東海", "カモメ",
           "photo", "Courtesy", "more", "Also", "likes", "comments", "vote", "press@harbor.test", "www.harbor.test",
           "HTTP://HARBOR", ".kr", "|", ">", "·", "•", "/", ":", "=", ",", "—", "(", "[", "“", "”", "’s", "'", "※",
           "▲", "-", "1.", "  ", "\t", "Tel", "Editor's note:", "sign in", "listen", "Podcast", "quiz", "Poll"]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14), st.sampled_from(["", ".", "다.", "?", " 3"]))
@settings(max_examples=400, deadline=None)
def test_shape_and_cue_words_answer_as_the_plain_ones(pieces: list[str], end: str) -> None:
    # perf65: the shape's features come from tables written once (their strings interned once), its title case from
    # the words' first letters filtered in C, the cue words of a line without Hangul tried among the ASCII ones only;
    # every line gets the features it got before (a feature dropped or a Korean word skipped on a line that holds it
    # fails this)
    for text in (" ".join(pieces) + end, "".join(pieces) + end):
        text = text.strip()
        assert label_layer._shape(text) == _plain_shape(text), text
        assert [c for c in label_layer._cues(text) if c.startswith("cue=")] == _plain_cue_words(text), text


def test_shape_features_are_the_interned_ones_of_the_tables() -> None:
    # each line's list holds the tables' own strings (no string formatted nor interned a line); fails before perf65
    feats, _ = label_layer._shape("Harbor Ferry Timetable Changes | Coastal Routes, 2031.07.09")
    assert feats[0] is label_layer._LEN_FEATURES[3] and feats[1] is label_layer._WORDS_FEATURES[4]
    assert feats[2] is label_layer._SCRIPT_FEATURES["en"] and feats[3] is label_layer._END_FEATURES["digit"]
    assert all(f is sys.intern(f) for f in feats)
    assert "title-case" in feats and "date" in feats and "sep=bar" in feats


def test_cue_words_of_a_line_without_hangul_are_the_ascii_ones() -> None:
    # every cue word beyond ASCII holds a Hangul syllable, so a line without one is tried for the ASCII words only;
    # fails before perf65 (no such list)
    ascii_words = set(label_layer._ASCII_CUE_WORDS)
    others = set(label_layer._EVERY_CUE_WORD) - ascii_words
    assert ascii_words and others and all(w.isascii() for w in ascii_words)
    assert all(re.search("[가-힣]", w) for w in others), others
    # an English line with curly quotes (not ASCII) still finds its words; a Korean one its Korean and ASCII words
    assert "cue=photo" in label_layer._cues("“Harbor at dawn,” photo by the ferry desk")
    assert {"cue=photo", "cue=comment"} <= set(label_layer._cues("사진 제공 · 댓글 3 · photo"))


def test_rules_that_read_a_relation_between_lines_keep_their_label() -> None:
    """labels46: labels26's test run again on sets a-ab: these rules were right on every line they fired on."""
    for name in ("attachment", "crumb-title", "customer-review", "dash-pair", "form-field"):
        assert name in label_layer.KEPT_RULES, name
    page = ["Join the apiary volunteers", "Tell us a little about yourself and we will be in touch.",
            "First name", "Last name", "Email address", "Send"]
    rules = [("headline", "headline"), ("prose", "body"), ("form-field", "other"), ("form-field", "other"),
             ("form-field", "other"), ("form-submit", "navigation")]
    learned = label_layer.learned_labels(page, rules)
    assert [learned[i] for i in (2, 3, 4)] == [("other", None)] * 3


_SHORT_SENTENCES = [
    "The kettle is on the stove.", "Mina opened the window.", "The cat sleeps on the chair.", "Our garden is small.",
    "Tom and Ben are cousins.", "The river was cold.", "She likes green tea.", "We walked to the market.",
    "The bread is still warm.", "He found his keys.", "The bus was late again.", "My uncle fixes old radios.",
    "The lamp is broken.", "They painted the fence.", "Snow fell all night.", "The dog wants a walk.",
    "I wrote a letter to my aunt.", "The shop closes early.", "Her shoes are red.", "We ate noodles for lunch.",
    "The clock stopped at noon.", "His brother plays the drum.", "The pond froze in January.",
    "Grandma knits warm hats.", "The train left on time.", "Ducks swim in the lake."]


def test_short_sentences_among_sentences_are_not_made_headlines() -> None:
    """labels49: a page of short sentences, each closed by a full stop: the layer read ``prev-end=.`` and a short
    line before as a subheading's place and called some of them headlines; none is one."""
    out = learned_labels(_SHORT_SENTENCES, _rules(_SHORT_SENTENCES))
    assert [t for t, (label, _) in zip(_SHORT_SENTENCES, out, strict=True) if label == "headline"] == []


def test_the_guard_on_a_sentence_among_sentences_keeps_the_rule_s_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the layer would call such a line a headline, the line keeps the rule's label and no probability (an
    abstention), whatever that label is."""
    texts = ["A ferry leaves the pier at dawn.", "Gulls follow it.", "The crossing takes an hour."]
    rules = [("short-sentence", "body"), ("fallback", "other"), ("short-sentence", "body")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (
        ("headline", 0.9) for _ in lines))  # a layer that calls every line a headline
    # labels55: the rules' other given back is a plain sentence among sentences, body (NO_DATA_FOR_PLAIN_TEXT)
    assert learned_labels(texts, rules) == [("headline", 0.9), ("body", None), ("headline", 0.9)]
    monkeypatch.setattr(label_layer, "NO_DATA_FOR_PLAIN_TEXT", False)
    assert learned_labels(texts, rules) == [("headline", 0.9), ("other", None), ("headline", 0.9)]
    monkeypatch.setattr(label_layer, "NO_TITLE_AMONG_PROSE", False)
    assert learned_labels(texts, rules)[1] == ("headline", 0.9)


@pytest.mark.parametrize(("texts", "expected"), [
    (["We met at noon.", "The hall was full.", "Everyone sang."], True),
    (["우리는 정오에 만났다.", "강당은 가득 찼다.”", "모두 노래했다."], True),
    (["We met at noon.", "Was the hall full?", "Everyone sang."], False),  # a question, not a full stop
    (["We met at noon.", "The hall was full.", "Seats and tickets"], False),  # the next line is no sentence
    (["Opening hours", "The hall was full.", "Everyone sang."], False),  # nor the line before
    (["A. Bring your card.", "Q. 카드를 잃어버렸어요.", "A. Call the desk."], False),  # a FAQ's question line
    (["We met at noon.", "Doors open at 7 p.m.", "Everyone sang."], False),  # an abbreviation's stop
    (["We met at noon.", "The list goes on...", "Everyone sang."], False),  # a text cut short
])
def test_a_sentence_among_sentences(texts: list[str], expected: bool) -> None:
    assert label_layer.sentence_among_sentences(texts, 1) is expected
    assert not label_layer.sentence_among_sentences(texts, 0)  # a page's first and last lines have one neighbour
    assert not label_layer.sentence_among_sentences(texts, 2)


def test_the_guard_on_reported_speech_keeps_the_rule_s_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """labels50: where the layer would call a line that reports speech a footer, the line keeps the rule's label and
    no probability; a footer of the page's own voice below it stays the layer's."""
    texts = ["Night buses return to the coast road", "Two routes resume on Friday after the bridge repairs.",
             "Drivers will stop at every village on the way, the transport office said.",
             "마을버스 요금은 그대로라고 군청이 밝혔다.", "© 2031 Coast Road Gazette. All rights reserved."]
    rules = [("headline", "headline"), ("prose", "body"), ("prose", "body"), ("prose", "body"),
             ("copyright", "footer")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (
        ("footer", 0.8) for _ in lines))  # a layer that calls every line a footer
    monkeypatch.setattr(label_layer, "NO_CHROME_AMONG_PROSE", False)  # labels53's guard reads no speech: off here
    assert learned_labels(texts, rules) == [("footer", 0.8), ("footer", 0.8), ("body", None), ("body", None),
                                            ("footer", 0.8)]
    monkeypatch.setattr(label_layer, "NO_FOOTER_FOR_REPORTED_SPEECH", False)
    assert learned_labels(texts, rules)[2:4] == [("footer", 0.8), ("footer", 0.8)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The lighthouse reopens in May, the trust said.", True),
    ("“We were lucky,” says the skipper.", True),
    ("According to the coastguard, no one was hurt.", True),
    ("등대는 5월에 다시 문을 연다고 재단이 전했다.", True),
    ("선장은 “운이 좋았다”고 말했다.", True),
    ("This page is not a substitute for advice from your doctor.", False),
    ("본 행사는 등대재단의 후원으로 열립니다.", False),
    ("Copyright © Lighthouse Trust. All rights reserved.", False),
])
def test_a_line_that_reports_speech(text: str, expected: bool) -> None:
    assert label_layer.reports_speech(text) is expected


def test_the_guard_on_a_heading_over_prose_keeps_the_rule_s_headline(monkeypatch: pytest.MonkeyPatch) -> None:
    """labels50: where the layer would call the rules' headline over a paragraph a menu's item, the headline stays;
    a line of chrome over the same paragraph (a counter, a share strip, a booking button) stays the layer's."""
    paragraph = "The orchard opens its gates to pickers every weekend until the last apples are gone in November."
    texts = ["Background", paragraph, "Read 4 min", paragraph, "Book a Tour", paragraph, "Outlook",
             "Ladders and baskets"]
    rules = [("section-heading", "headline"), ("prose", "body"), ("deck", "headline"), ("prose", "body"),
             ("deck", "headline"), ("prose", "body"), ("deck", "headline"), ("fallback", "other")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (
        ("navigation", 0.7) for _ in lines))  # a layer that calls every line navigation
    out = learned_labels(texts, rules)
    assert out[0] == ("headline", None)
    assert out[2] == out[4] == ("navigation", 0.7)  # a counter's digit, a button's verb and object
    assert out[6] == ("navigation", 0.7)  # no paragraph under it
    monkeypatch.setattr(label_layer, "NO_MENU_OVER_PROSE", False)
    assert learned_labels(texts, rules)[0] == ("navigation", 0.7)


_PIER = "The pier will close for repairs from March, and the ferry will call at the old quay instead."
_FESTIVAL = ("올해 축제는 강변 공원에서 사흘 동안 열리며, 모든 공연은 무료로 볼 수 있습니다. "
             "주차장은 공원 입구와 체육관 옆 두 곳에 마련됩니다.")


@pytest.mark.parametrize(("line", "below", "expected"), [
    ("Summary", _PIER, True),
    ("행사 개요", _FESTIVAL, True),
    ("Summary", "Ferry times", False),  # no paragraph below
    ("Summary", _PIER.rstrip("."), False),  # not ended as a sentence
    ("Page 2/5", _PIER, False),
    ("Share | Print", _PIER, False),
    ("URL 복사", _FESTIVAL, False),
    ("Reserve your seat", _PIER, False),
])
def test_a_heading_over_prose(line: str, below: str, expected: bool) -> None:
    rules = [("deck", "headline"), ("prose", "body")]
    assert label_layer.heading_over_prose([line, below], rules, 0) is expected
    assert not label_layer.heading_over_prose([line, below], [rules[0], ("fallback", "other")], 0)


def test_the_guard_on_an_address_makes_a_link_a_footer(monkeypatch: pytest.MonkeyPatch) -> None:
    """labels51: where the layer would call a line that holds a street address a link to another page, it is the
    publisher's particulars (footer, no probability); a link without one stays the layer's."""
    texts = ["Willow Bend Rowing Club", "Winter erg league starts in January",
             "Crews of four race 2,000 metres on the machines every Tuesday night.", "More club news",
             "Willow Bend Rowing Club · 14 Quarry Lane, Eastmoor · (555) 010-2233"]
    rules = [("masthead", "navigation"), ("headline", "headline"), ("prose", "body"), ("related-head", "related"),
             ("fallback", "other")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (
        ("related", 0.6) for _ in lines))  # a layer that calls every line a link to another page
    out = learned_labels(texts, rules)
    assert out[3] == ("related", 0.6)
    assert out[4] == ("footer", None)
    monkeypatch.setattr(label_layer, "NO_LINK_FOR_AN_ADDRESS", False)
    assert learned_labels(texts, rules)[4] == ("related", 0.6)


@pytest.mark.parametrize(("text", "expected"), [
    ("Willow Bend Rowing Club · 14 Quarry Lane, Eastmoor", True),
    ("Eastmoor Town Hall, 3 Civic Centre Way", True),
    ("Parts counter: 880 Kiln Rd. (side door)", True),
    ("Office at 62 North Harbour Avenue, second floor", True),
    ("Read more: the 12 best rowing machines", False),
    ("Lane 4 closed for repairs", False),
    ("Winter Road Safety Tips", False),
    ("강변로 14 조정클럽 사무실", False),  # a Korean address is not this shape (no English street kind)
])
def test_a_line_that_holds_a_street_address(text: str, expected: bool) -> None:
    assert label_layer.holds_street_address(text) is expected


@pytest.mark.parametrize("page", [
    ["Many families like quiet parks in the autumn.", "The paths are wide and flat.",
     "Children ride bikes near the pond.", "Parents sit on the benches and talk.", "Some of them bring a picnic.",
     "The ducks wait for bread.", "They are also easy to feed.", "Can you bring more bread next time?"],
    ["A lot of students like the new library.", "It opens at eight.", "The chairs are soft.",
     "Some people study there all day.", "It is also cheap to print.", "Many more books arrive each week.",
     "Would you like to come with me?"],
    ["여러 사람이 가을 공원을 좋아한다.", "길은 넓고 평평하다.", "아이들은 연못 근처에서 자전거를 탄다.",
     "부모들은 벤치에 앉아 이야기한다.", "일부는 도시락을 가져온다.", "오리들은 빵을 기다린다.",
     "다음에는 빵을 더 가져올래?"],
])
def test_the_shipped_layer_makes_no_chrome_of_lone_sentences(page: list[str]) -> None:
    """labels53: a short page of sentences, one a line (a document of the review's pairs): no line is a menu's item,
    a link to another story or the page's foot (the base's layer called the last lines related: their place at the
    page's end, a word of a list's cue, ``more``, ``also``)."""
    labelled = label_lines("\n".join(page))
    out = learned_labels([line.text for line, _ in labelled], [(rule.name, rule.label) for _, rule in labelled])
    assert [label for label, _ in out if label in ("navigation", "related", "footer")] == []


def test_the_guard_on_chrome_among_prose_keeps_the_rule_s_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """labels53: where the layer would call a sentence among sentences chrome, it keeps the rule's label and no
    probability; a sentence next to the rules' own chrome line (a copyright line) is the layer's."""
    texts = ["The ferry runs twice a day.", "It leaves the pier at nine.", "Tickets are sold on board.",
             "The crossing takes an hour.", "© 2031 Coast Road Gazette. All rights reserved."]
    rules = [("prose", "body"), ("short-sentence", "body"), ("short-sentence", "body"), ("short-sentence", "body"),
             ("footer", "footer")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (("navigation", 0.8) for _ in lines))
    assert learned_labels(texts, rules) == [("body", None), ("body", None), ("body", None), ("navigation", 0.8),
                                            ("navigation", 0.8)]
    monkeypatch.setattr(label_layer, "NO_CHROME_AMONG_PROSE", False)
    assert learned_labels(texts, rules)[0] == ("navigation", 0.8)


@pytest.mark.parametrize(("texts", "rules", "expected"), [
    (["We met at noon.", "Was the hall full?", "Everyone sang."], ["body", "other", "body"], True),
    (["우리는 정오에 만났다.", "강당은 가득 찼다.”", "모두 노래했다."], ["body", "body", "body"], True),
    (["Was the hall full?", "Everyone sang."], ["body", "body"], True),  # the page's edge is no chrome
    (["We met at noon.", "The hall was full.", "Seats and tickets"], ["body", "body", "body"], False),  # no sentence
    (["Similar threads", "Was the hall full?", "Everyone sang."], ["other", "body", "body"], False),  # a list's head
    (["We met at noon.", "Was the hall full?", "Everyone sang."], ["body", "body", "other"], False),  # not the text
    (["We met at noon.", "Log in to reply.", "© 2031 The Gazette."], ["body", "body", "footer"], False),  # a footer
    (["We met at noon.", "Sign up for our newsletter", "Everyone sang."], ["body", "body", "body"], False),
])
def test_a_sentence_among_the_text_s_sentences(texts: list[str], rules: list[str], expected: bool) -> None:
    i = 1 if len(texts) == 3 else 0
    assert label_layer.prose_among_prose(texts, [("r", label) for label in rules], i) is expected


def test_the_guard_on_data_among_prose_keeps_the_rule_s_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """labels53: where the layer would call a sentence among sentences a data line over the rules' body, it keeps
    body; a field opened by its key and a colon stays the layer's ``other``."""
    texts = ["We met at noon.", "Jimmy and Timmy were twins.", "Venue: the old town hall.", "Everyone sang."]
    rules = [("prose", "body"), ("short-sentence", "body"), ("short-sentence", "body"), ("short-sentence", "body")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (("other", 0.7) for _ in lines))
    assert learned_labels(texts, rules) == [("body", None), ("body", None), ("other", 0.7), ("body", None)]
    monkeypatch.setattr(label_layer, "NO_DATA_AMONG_PROSE", False)
    assert learned_labels(texts, rules)[1] == ("body", None)  # labels55: a plain line among the text, body
    monkeypatch.setattr(label_layer, "NO_DATA_FOR_PLAIN_TEXT", False)
    assert learned_labels(texts, rules)[1] == ("other", 0.7)


# labels54: a list of other pages whose heading the layer reads runs on over the items the rules took for data.
_SHOP_TAIL = ["Ratings and Reviews", "Lovely little app, works offline", "Other Apps By Brightfern",
              "Moorings: Harbour Guide", "Swellcast: Surf Forecast", "© 2031 App Corner. All rights reserved."]
_SHOP_RULES = [("section-heading", "headline"), ("fallback", "other"), ("fallback", "other"),
               ("field-line", "other"), ("field-line", "other"), ("footer", "footer")]


def test_a_related_heading_s_items_are_related() -> None:
    labels = ["headline", "other", "related", "other", "other", "footer"]
    assert list(label_layer.related_list_items(_SHOP_TAIL, _SHOP_RULES, labels)) == [(2, 3), (2, 4)]


def _plain_related_list_items(texts: list[str], rules: list[tuple[str, str]], labels: list[str]) -> set[int]:
    """The lines labels54's guard makes related, every heading's run read from the heading (the reference)."""
    out = set()
    for i in range(len(texts)):
        if labels[i] != "related" or rules[i][1] == "related" or (i and labels[i - 1] == "related") \
                or not label_layer._list_heading(texts[i]):
            continue
        j = i + 1
        while j < len(texts) and (labels[j] == "related" or (
                labels[j] == "other" and rules[j][1] == "other" and label_layer._list_item(texts[j]))):
            if labels[j] == "other":
                out.add(j)
            j += 1
    return out


_LIST_LINES = st.tuples(st.sampled_from(["Other Apps By Brightfern", "Moorings: Harbour Guide",
                                         "Moorings is free today.", "Call 0161 555 0142", "More stories", "Contents"]),
                        st.sampled_from(["other", "related", "headline"]),
                        st.sampled_from(["other", "related", "body"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LIST_LINES, max_size=14))
def test_related_list_items_reads_each_run_once_with_the_same_lines(page: list[tuple[str, str, str]]) -> None:
    """stop 59 (lead): the next heading is looked for after a run, not inside it (quadratic on a page of alternating
    labels), and the guard makes the same lines related as reading every heading's run (each line once, no repeat)."""
    texts = [t for t, _, _ in page]
    rules = [("r", rule) for _, rule, _ in page]
    labels = [label for _, _, label in page]
    found = [j for _, j in label_layer.related_list_items(texts, rules, labels)]
    assert len(found) == len(set(found))
    assert set(found) == _plain_related_list_items(texts, rules, labels)


def test_a_heading_inside_a_run_does_not_read_the_run_again() -> None:
    """stop 59 (lead): a second heading inside a run (after an item the rules took for data) only runs on over the
    rest of the same run: each item once, under the run's first heading."""
    texts = ["Other Apps By Brightfern", "Moorings: Harbour Guide", "More stories", "Swellcast: Surf Forecast"]
    rules = [("r", "other")] * 4
    labels = ["related", "other", "related", "other"]
    assert list(label_layer.related_list_items(texts, rules, labels)) == [(0, 1), (0, 3)]
    assert _plain_related_list_items(texts, rules, labels) == {1, 3}


@pytest.mark.parametrize(("index", "label"), [
    (2, "other"),  # no heading the layer calls related
])
def test_no_list_without_the_layer_s_heading(index: int, label: str) -> None:
    labels = ["headline", "other", "related", "other", "other", "footer"]
    labels[index] = label
    assert list(label_layer.related_list_items(_SHOP_TAIL, _SHOP_RULES, labels)) == []


def test_the_rules_own_list_and_its_data_are_left_alone() -> None:
    """The rules' own related heading (their list, their items) is theirs: the guard reads only a heading the rules
    did not see; and a line of data under it (an address, a phone, a sentence, cells between bars) ends the run."""
    labels = ["headline", "other", "related", "other", "other", "footer"]
    rules = list(_SHOP_RULES)
    rules[2] = ("related-heading", "related")
    assert list(label_layer.related_list_items(_SHOP_TAIL, rules, labels)) == []
    for item in ("Call 0161 555 0142 for bookings", "Write to apps@brightfern.example", "Moorings is free today.",
                 "Moorings | 4.8 | Free", "Visit www.brightfern.example"):
        texts = [*_SHOP_TAIL[:3], item, *_SHOP_TAIL[4:]]
        assert list(label_layer.related_list_items(texts, _SHOP_RULES, labels)) == []


@pytest.mark.parametrize("heading", ["Customer questions about 2 items", "Read the full terms and conditions here",
                                     "Other apps."])
def test_a_list_s_heading_is_short_with_no_figure(heading: str) -> None:
    texts = [*_SHOP_TAIL[:2], heading, *_SHOP_TAIL[3:]]
    labels = ["headline", "other", "related", "other", "other", "footer"]
    assert list(label_layer.related_list_items(texts, _SHOP_RULES, labels)) == []


def test_the_guard_makes_the_items_related(monkeypatch: pytest.MonkeyPatch) -> None:
    layer = ["headline", "other", "related", "other", "other", "footer"]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: ((label, 0.6) for label in layer))
    assert [label for label, _ in learned_labels(_SHOP_TAIL, _SHOP_RULES)] == [
        "headline", "other", "related", "related", "related", "footer"]
    monkeypatch.setattr(label_layer, "RELATED_LIST_RUNS_ON", False)
    assert [label for label, _ in learned_labels(_SHOP_TAIL, _SHOP_RULES)] == layer


@pytest.mark.parametrize(("line", "label"), [
    ("Ruth: I left the keys on the table.", "body"),  # a speaker's turn: one word before the colon
    ("B : Then we can walk home.", "body"),
    ("엄마 : 열쇠는 식탁 위에 있어.", "body"),
    ("Harbour Road: closed to traffic until noon.", "other"),  # a field's key of two words
    ("Gate 4: closed to traffic until noon.", "other"),  # a key with a figure
    ("Venue: the old town hall.", "other"),  # a field's value, not opened as a sentence
])
def test_a_speaker_s_turn_among_sentences_is_no_data_line(monkeypatch: pytest.MonkeyPatch, line: str,
                                                         label: str) -> None:
    """labels54: the guard on data among prose takes a dialogue's turn (one word and a colon before the sentence)
    back to the rules' body; a field's key (two words or more, or a figure) or a value not opened as a sentence keeps
    the layer's ``other``."""
    texts = ["We met at noon.", line, "Everyone sang."]
    rules = [("prose", "body"), ("short-sentence", "body"), ("short-sentence", "body")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (("other", 0.7) for _ in lines))
    assert learned_labels(texts, rules)[1][0] == label


# labels55: a plain line of the text is body whoever left it other; the rules' deck under a field is a field.
def test_a_plain_line_holds_no_data_mark() -> None:
    for text in ("It is a very important builing.", "침술이 많은 비용이 드는 이유", "“그렇게 말하지 마.",
                 "I even have my feet pickled!"):
        assert label_layer.plain_sentence(text), text
    for text in ("Doors open at 7 p.m.", "Venue: the old town hall.", "Fares | Adults | Children", "· 구절판 1조",
                 "햄릿 - 한지오", "(단위: 건)", "Reply to @mina", "Part one; part two"):
        assert not label_layer.plain_sentence(text), text


def test_the_guard_on_a_plain_line_makes_it_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the layer leaves a line ``other`` (its own label or the rules' kept), a plain line among the text is
    body: a rule's body between sentences whatever its end, or ending like a sentence beside a salutation or a
    speaker's turn; a rule's other ending like a sentence between sentences; a speaker's turn between sentences.
    A line with a figure, a field's key, or chrome beside it stays other."""
    texts = ["The storm reached the coast late on Sunday night.", "Dear Mr. Jones,", "It is a very important building.",
             "I will be grateful if you could send me the list of rooms.", "B : OK.", "They left at dawn.",
             "이건 운일 리가 없어.", "We walked home.", "Doors open at 7 p.m.", "The hall was full.",
             "Unit B-4: Thanks for the notice.", "Everyone sang.", "Reply", "Is it the soil?", "The end came fast."]
    rules = [("prose", "body"), ("letter-closing", "body"), ("short-sentence", "body"), ("prose", "body"),
             ("fallback", "other"), ("short-sentence", "body"), ("fallback", "other"), ("short-sentence", "body"),
             ("short-sentence", "body"), ("short-sentence", "body"), ("fallback", "other"),
             ("short-sentence", "body"), ("chrome", "navigation"), ("fallback", "other"), ("short-sentence", "body")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (("other", 0.6) for _ in lines))
    got = [label for label, _ in learned_labels(texts, rules)]
    assert got[2] == "body"  # beside a salutation the rules call body
    assert got[4] == "body"  # a speaker's turn between sentences
    assert got[6] == "body"  # a rule's other, closed as a sentence between sentences
    assert got[8] == "other"  # a figure: a data line's mark
    assert got[10] == "other"  # a key with a figure: a comment's handle, no speaker
    assert got[13] == "other"  # chrome above it: no text around
    monkeypatch.setattr(label_layer, "NO_DATA_FOR_PLAIN_TEXT", False)
    assert [label for label, _ in learned_labels(texts, rules)][2] == "other"


def test_a_title_line_among_the_text_is_body_where_the_rules_call_it_body(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["이제 곡예사가 밧줄을 타고 있다.", "침술이 많은 비용이 드는 이유",
             "각 손마다 끝에 다섯 개의 손가락이 있다."]
    rules = [("short-sentence", "body"), ("short-in-article", "body"), ("short-sentence", "body")]
    monkeypatch.setattr(label_layer, "second_pass", lambda score, lines: (("other", 0.6) for _ in lines))
    assert [label for label, _ in learned_labels(texts, rules)] == ["body", "body", "body"]
    # a rule's other that does not end like a sentence stays the layer's (a glossary's line)
    rules[1] = ("fallback", "other")
    assert learned_labels(texts, rules)[1] == ("other", 0.6)


def test_a_deck_under_a_field_written_without_a_colon_is_a_field() -> None:
    """The shipped tables and rules, through ``split_blocks``: a Korean notice's last field right over its first
    paragraph (``참가비 무료`` under ``대상 …``) and a listing's under its price; a news article's one-line deck under
    its title stays a headline, and a section's heading under a field with a colon too."""
    def labels(page: str) -> list[str]:
        doc = split_blocks(Document.create(page), Context.create())
        return [b.label for b in doc.blocks]

    notice = "\n".join(["알림마당 > 공지사항", "누리동 주민 겨울 김장 나눔 행사 안내", "일시 12월 12일(토) 오전 10시",
                        "장소 누리동 주민센터 앞마당", "대상 누리동 주민 누구나", "참가비 무료",
                        "올해도 누리동 부녀회와 주민센터가 함께 김장 나눔 행사를 엽니다. 담근 김치는 홀몸 어르신과 "
                        "저소득 가정 200곳에 전달됩니다.", "앞치마와 고무장갑은 주민센터에서 준비합니다.", "목록"])
    assert labels(notice)[2:6] == ["other"] * 4
    listing = "\n".join(["동네장터", "원목 책상 (120cm) 팝니다", "가구/인테리어 · 3일 전", "80,000원", "가격 제안 불가",
                         "이사 때문에 내놓습니다. 2년 사용했고 상판에 작은 긁힘이 하나 있어요. 직접 가지러 오셔야 "
                         "합니다.", "평일 저녁이나 주말에 거래 가능해요."])
    assert labels(listing)[3:5] == ["other", "other"]
    news = "\n".join(["Home | World | Business | Sport", "Harbour ferry fares to rise in March",
                      "Commuters face the first increase in six years", "By Anna Keller", "March 2, 2027",
                      "The county's harbour ferry will raise its fares by 40 cents in March, the transit board "
                      "decided on Tuesday after a long debate.", "© 2027 Harbour Times"])
    assert labels(news)[1:3] == ["headline", "headline"]
    rules = [("deck", "headline")] * 3
    assert not label_layer.deck_under_field(["Title", "Address: 220 Forrer Blvd", "Dates & Times"], rules, "other", 2)
    assert label_layer.deck_under_field(["Title", "District West Northamptonshire", "Post town NORTHAMPTON"], rules,
                                        "other", 2)
    assert not label_layer.deck_under_field(["Title", "District West Northamptonshire", "Post town NORTHAMPTON"],
                                            rules, "headline", 2)
