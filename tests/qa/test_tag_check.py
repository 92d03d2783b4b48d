"""The inline-code check: codes missing, extra, changed or closed out of order; moved codes are fine."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from bilingual.formats.segments import Dialect, InlineReader
from bilingual.qa.tag_check import check_tags


def findings(source: str, target: str, dialect: Dialect = "xliff1") -> list[str]:
    s = InlineReader(dialect, where="u").read(ET.fromstring(f"<s>{source}</s>"))
    t = InlineReader(dialect, where="u").read(ET.fromstring(f"<t>{target}</t>"))
    return [f.message for f in check_tags(3, s.codes, t.codes)]


@pytest.mark.parametrize(("source", "target", "dialect"), [
    ('<g id="1">가</g> 나<x id="2"/>', 'B<x id="2"/> <g id="1">A</g>', "xliff1"),  # moved with the words
    ('<bpt id="1">&lt;b&gt;</bpt>가<ept id="1">&lt;/b&gt;</ept><ph id="2">{0}</ph>',
     '<ph id="2">{0}</ph> <bpt id="1">&lt;b&gt;</bpt>A<ept id="1">&lt;/b&gt;</ept>', "xliff1"),
    ('<pc id="1">가<ph id="2"/></pc><sc id="3"/>나<ec startRef="3"/>', '<sc id="3"/>B<ec startRef="3"/>'
     '<pc id="1">A<ph id="2"/></pc>', "xliff2"),
    ('<bpt i="1" x="1">&lt;b&gt;</bpt>가<ept i="1">&lt;/b&gt;</ept>',  # a TMX tool renumbered the target's codes
     '<bpt i="2" x="1">&lt;b&gt;</bpt>A<ept i="2">&lt;/b&gt;</ept>', "tmx"),
    ("가나다", "ABC", "xliff1"),
])
def test_the_same_codes_in_another_order_are_no_finding(source: str, target: str, dialect: Dialect) -> None:
    assert findings(source, target, dialect) == []


def test_missing_extra_and_changed_codes() -> None:
    assert findings('가<x id="1"/>나<x id="2"/>', 'A<x id="1"/>B') == [
        "the code <x> 2 of the source is not in the translation"]
    assert findings("가나", 'A<ph id="9">&lt;br/&gt;</ph>B') == [
        "the code <ph> 9 ('<br/>') in the translation is not in the source"]
    assert findings('<ph id="1">{name}</ph>님', 'Dear <ph id="1">{nom}</ph>') == [
        "the code <ph> 1 ('{name}') has other native data in the translation: '{nom}'"]
    two = findings('<x id="1"/><x id="2"/><x id="3"/>가', "A")
    assert two == ["the code <x> 1 of the source is not in the translation (and 2 more)"]


def test_codes_closed_out_of_order() -> None:
    b, i = '<bpt id="1">&lt;b&gt;</bpt>', '<bpt id="2">&lt;i&gt;</bpt>'
    end_b, end_i = '<ept id="1">&lt;/b&gt;</ept>', '<ept id="2">&lt;/i&gt;</ept>'
    source, crossed = f"{b}{i}가{end_i}{end_b}", f"{b}{i}A{end_b}{end_i}"
    assert findings(source, crossed) == [
        "the code <ept> 1 ('</b>') closes out of order in the translation (the source nests its codes)"]
    assert findings('<sc id="1"/>가<ec startRef="1"/>', '<ec startRef="1"/>A<sc id="1"/>', "xliff2") == [
        "the code <ec> 1 closes out of order in the translation (the source nests its codes)"]


def test_protected_text_must_stay_as_it_is() -> None:
    assert findings('<mrk mtype="protected">Acme</mrk> 제품', 'The <mrk mtype="protected">Acme</mrk> product') == []
    assert findings('<mrk id="m1" translate="no">Acme</mrk> 제품', 'The <mrk id="m2" translate="no">ACME</mrk>',
                    "xliff2") == ["the protected text 'Acme' of the source is not in the translation",
                                  "the protected text 'ACME' in the translation is not in the source"]


def test_codes_nested_ten_deep_are_compared() -> None:
    nest = "".join(f'<g id="{i}">' for i in range(10)) + "가" + "</g>" * 10
    assert findings(nest, nest.replace("가", "A")) == []
    assert findings(nest, nest.replace('<g id="7">', '<g id="70">')) == [
        "the code <g> 7 of the source is not in the translation (and 1 more)",
        "the code <g> 70 in the translation is not in the source (and 1 more)"]


def test_findings_carry_pair_positions_and_values() -> None:
    s = InlineReader("xliff1", where="u").read(ET.fromstring('<s>가나<x id="1"/>다</s>'))
    (finding,) = check_tags(5, s.codes, ())
    assert (finding.code, finding.severity, finding.pair, finding.source_span) == ("tag-mismatch", "error", 5, (2, 2))
    assert finding.values == ("the code <x> 1",)


def test_the_check_can_be_switched_off_in_a_profile() -> None:
    from bilingual.qa.profile import parse_profile
    from bilingual.qa.result import Review, ReviewPair

    s = InlineReader("xliff1", where="u").read(ET.fromstring('<s>가<x id="1"/></s>'))
    pair = ReviewPair(index=0, source="가", target="A", source_segments=(0,), target_segments=(0,))
    review = Review(source_lang="ko", target_lang="en", pairs=(pair,), findings=tuple(check_tags(0, s.codes, ())))
    assert [f.code for f in review.findings] == ["tag-mismatch"]
    assert parse_profile("[checks]\ntag-mismatch = false\n", "qa.toml").apply(review).findings == ()
