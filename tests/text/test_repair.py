"""Repair: hand-written cases, negative fixtures from real text, idempotence, legacy Korean."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, read_jsonl, read_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.config import Config, RepairConfig
from bilingual.context import Context
from bilingual.document import Document
from bilingual.text.repair import repair, repair_text

CASES = read_jsonl(FIXTURES / "repair" / "cases.jsonl")
CORPUS = FIXTURES / "corpus"

CONTEXT = Context.create()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, object]) -> None:
    doc = repair(Document.create(str(case["input"])), CONTEXT)
    assert doc.text == case["expect"]
    assert [r.kind for r in doc.repairs] == case["kinds"]
    assert [f.kind for f in doc.flags] == case.get("flags", [])
    for r in doc.repairs:
        assert r.reason
        assert doc.original_text[r.original_start:r.original_end] == r.original
        assert doc.text[r.start:r.end] == r.replacement


@pytest.mark.parametrize("name", ["news-dev-300.ko", "news-dev-300.en", "general-dev-200.ko", "general-dev-200.en"])
def test_clean_real_text_is_unchanged(name: str) -> None:
    """Professional Korean and English text: only real defects (NBSP, entities, full width) change."""
    defects = ("\u00a0", "&", "\uff08", "\uff09", "\uff05", "\uff5e")
    lines = [ln for ln in read_lines(CORPUS / name) if not any(d in ln for d in defects)]
    assert len(lines) > 150
    changed = [ln for ln in lines if repair_text(ln)[0] != ln]
    assert changed == []


@pytest.mark.parametrize("name", ["news-dev-300.ko", "general-dev-200.ko"])
def test_legacy_korean_round_trip_on_real_lines(name: str) -> None:
    """Real Korean lines, garbled as EUC-KR bytes read as Latin-1, come back exactly."""
    restored = total = 0
    for line in read_lines(CORPUS / name):
        try:
            garbled = line.encode("euc-kr").decode("latin-1")
        except UnicodeEncodeError:
            continue  # a character EUC-KR cannot encode
        if garbled == line or "\u00a0" in line:
            continue
        total += 1
        text, _, _ = repair_text(garbled)
        restored += text == line
    assert total > 100
    assert restored / total >= 0.97, f"{restored}/{total}"


def test_legacy_korean_modes() -> None:
    garbled = "Á¶ÅÂ¿­ ¿Ü±³ºÎ Àå°ü"
    def context(mode: str) -> Context:
        return Context.create(config=Config(repair=RepairConfig(legacy_korean=mode)))  # type: ignore[arg-type]

    assert repair(Document.create(garbled), context("off")).flags == ()
    flagged = repair(Document.create(garbled), context("flag"))
    assert flagged.text != "조태열 외교부 장관"
    assert [f.suggestion for f in flagged.flags] == ["조태열", "외교부", "장관"]


def test_utf8_mojibake_is_left_to_ftfy() -> None:
    # "Ã©" is the UTF-8 of "é" read as Latin-1; the EUC-KR reading must not win.
    assert repair_text("cafÃ© au lait")[0] == "café au lait"


def test_no_entities_option() -> None:
    doc = repair(Document.create("a&amp;b"), Context.create(config=Config(repair=RepairConfig(decode_entities=False))))
    assert doc.text == "a&amp;b"


PIECES = st.sampled_from(["Thursday\\'s", "&nbsp", "&amp;", "&amp;nbsp;", "\u00a0", "\u200b", "â€™",
                          "ì¡°íƒœì—´", "Á¶ÅÂ¿­", "\u1100\u1161", "\r\n", "\x00", "ＡＢ", "ﬁ", "조태열", "Cho",
                          " ", "\n", "“q”", "e\u0301", "\x1b[1m", "&#39;", "&", "\\"])


@settings(max_examples=300)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_repair_is_idempotent(text: str) -> None:
    once = repair(Document.create(text), CONTEXT)
    twice = repair(Document.create(once.text), CONTEXT)
    assert twice.text == once.text
    assert twice.repairs == ()


@given(st.text(max_size=80))
def test_repair_never_raises_and_maps_back(text: str) -> None:
    doc = repair(Document.create(text), CONTEXT)
    assert doc.to_original(0, len(doc.text)) == (0, len(text))


def test_long_single_line_is_repaired() -> None:
    line = ("Koreaâ€™s talks&nbsp; " * 50_000)  # ~1 MB, no newline
    text, mapping, _ = repair_text(line)
    assert text == "Korea’s talks  " * 50_000
    assert len(mapping.edits) == 100_000


# -- issue 15: total over str, idempotent, convergence detected right ---------------------------------------------
def _entity_code_points_html_drops() -> list[int]:
    import html
    return [c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF and html.unescape(f"&#{c};") == ""]


def test_entities_of_controls_and_noncharacters_are_removed_not_a_crash() -> None:
    dropped = _entity_code_points_html_drops()
    assert len(dropped) == 94  # C0 controls, U+007F, U+FDD0-FDEF, U+xFFFE/xFFFF: html.unescape gives ""
    for code in dropped:
        for entity in (f"&#{code};", f"&#{code}", f"&#x{code:x};", f"&#X{code:X}"):
            text, _, _ = repair_text(f"a {entity} b")
            assert text == "a  b", entity


def test_nul_between_words_becomes_a_space() -> None:
    assert repair_text("Cho\0 met\0Blinken")[0] == "Cho met Blinken"
    assert repair_text("\0Cho\0\0met\0")[0] == "Cho met"


@pytest.mark.parametrize("text", ["&#38#38#38#38#38", "&#38;#38;#38;#38;#38;#38;#38;#38;#38;#38;lt;",
                                  "&amp;amp;amp;amp;amp;amp;nbsp;x", "&amp;&amp;amp;"])
def test_nested_entities_are_decoded_in_one_pass(text: str) -> None:
    once, mapping, flags = repair_text(text)
    assert not flags
    assert repair_text(once)[0] == once
    assert len(mapping.edits) >= 1 and "#" not in once and "amp" not in once


def test_exactly_max_rounds_is_converged_and_one_more_is_not() -> None:
    # "&amp;" followed by "&#92;" style chains need one round each when a pass cannot see them together:
    # an escaped quote behind entities: \&#39; -> \' (round 1, markup) -> ' (round 2)
    text = "x\\&#39;s"
    assert repair_text(text, RepairConfig(max_rounds=2)) == repair_text(text, RepairConfig(max_rounds=9))
    assert not repair_text(text, RepairConfig(max_rounds=2))[2]  # two rounds sufficed: not flagged
    result, _, flags = repair_text(text, RepairConfig(max_rounds=1))
    assert [f[4] for f in flags] == ["repair_not_converged"] and repair_text(result)[0] != result


def test_surrogates_become_u_fffd_one_for_one_and_are_flagged() -> None:
    doc = repair(Document.create("a\ud800b \udcff\udcfe"), CONTEXT)
    assert doc.original_text == "a\ufffdb \ufffd\ufffd" and doc.text == doc.original_text
    assert [(f.kind, f.start, f.end) for f in doc.flags] == [("surrogate_replaced", 1, 2),
                                                              ("surrogate_replaced", 4, 6)]
    assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_ftfy_is_imported_only_when_a_line_may_need_it() -> None:
    """Cold start: an ASCII or Hangul text never loads ftfy; a line with mojibake does, and is repaired."""
    import subprocess
    import sys

    code = ("import sys, bilingual; bilingual.process('Seoul hosts talks.\\n서울에서 회담이 열렸다.'); "
            "print('ftfy' in sys.modules); print(bilingual.process('donâ€™t').text, 'ftfy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:2] == ["False", "don’t True"]
