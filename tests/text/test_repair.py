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
