"""What the README shows is what the library does."""

from __future__ import annotations

from conftest import ROOT

import bilingual


def test_library_example() -> None:
    doc = bilingual.process("Cho and Blinken met on Thursday\\'s sidelines.&nbsp\nDaniel Kim Views")
    assert doc.text == "Cho and Blinken met on Thursday's sidelines. \nDaniel Kim Views"
    assert [r.kind for r in doc.repairs] == ["escaped_quote", "html_entity"]
    assert doc.to_original(23, 33) == (23, 34)
    assert [(b.label, doc.block_text(b)) for b in doc.blocks] == [
        ("body", "Cho and Blinken met on Thursday's sidelines."), ("byline", "Daniel Kim Views")]
    assert bilingual.route("Yoon Suk Yeol").lang == "en"
    doc = bilingual.process("블링컨(Antony Blinken) 美 국무장관이 서울에 왔다.")
    assert [(doc.text[r.start:r.end], r.route.lang) for r in doc.runs] == [
        ("블링컨", "ko"), ("(Antony Blinken) ", "en"), ("美 국무장관이 서울에 왔다.", "ko")]
    assert [(t.form, t.tag) for t in doc.tokens][:4] == [
        ("블링컨", "NNP"), ("(", "punct"), ("Antony", "word"), ("Blinken", "word")]
    assert bilingual.romanize("종로구 독립문") == "Jongno-gu dongnimmun"
    assert bilingual.romanize_name("조태열", style="common") == "Cho Tae-yul"
    assert [c.hangul for c in bilingual.parse_name("Cho Tae Yul")][:1] == ["조태열"]
    assert bilingual.transcription_score("블링컨", "Blinken") > 0.9
    assert bilingual.KnowledgeBase.default().link("Jo Tae-yeol").entity_id == "cho-tae-yul"  # type: ignore[union-attr]
    review = bilingual.review_pairs([("조태열 장관이 9일 방한했다.", "Minister Cho Tae-yong arrived on the 10th.")])
    assert [f.code for f in review.findings] == ["name-mismatch", "number-mismatch"]
    docs = list(bilingual.process_many(["first page …", ("page2.txt", "second page …")], jobs=2))
    assert [d.source for d in docs] == [None, "page2.txt"]


def test_readme_names_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ("pip install . && bilingual process fixtures/pages -o out/pages.jsonl && bilingual review "
            "fixtures/review/example.ko fixtures/review/example.en --html out/review.html --fail-on never") in readme
    assert '<!-- test-command -->\n```bash\npip install -e ".[test]" && pytest\n```' in readme
