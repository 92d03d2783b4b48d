"""XLIFF 1.2 and 2.x: segments by mid, translate="no" at every level, states, and bad units named."""

from __future__ import annotations

import re

import pytest

from bilingual.errors import InputError
from bilingual.formats.bitext import read_bilingual_xml

X1 = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.docx"><body>{}</body>'
      "</file></xliff>")
X2 = ('<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" trgLang="en">'
      '<file id="f">{}</file></xliff>')


def unit(body: str, attrs: str = 'id="t1"') -> str:
    return X1.format(f"<trans-unit {attrs}>{body}</trans-unit>")


def test_target_segments_pair_by_mid_not_by_order() -> None:
    bitext = read_bilingual_xml(unit(
        '<source>가. 나.</source><seg-source><mrk mtype="seg" mid="a">가.</mrk> <mrk mtype="seg" mid="b">나.</mrk>'
        '</seg-source><target><mrk mtype="seg" mid="b">B.</mrk> <mrk mtype="seg" mid="a">A.</mrk></target>'),
        name="t.xlf")
    assert bitext.pairs == [("가.", "A."), ("나.", "B.")]
    assert [(s.file, s.unit, s.id) for s in bitext.segments] == [("a.docx", "t1", "a"), ("a.docx", "t1", "b")]
    assert bitext.ids == ["t1.a", "t1.b"]


@pytest.mark.parametrize("target", ["", "<target/>", '<target xml:lang="en">\n  </target>'])
def test_a_missing_or_empty_target_gives_empty_targets_for_every_segment(target: str) -> None:
    bitext = read_bilingual_xml(unit('<source>가. 나.</source><seg-source><mrk mtype="seg" mid="1">가.</mrk>'
                                     f'<mrk mtype="seg" mid="2">나.</mrk></seg-source>{target}'), name="t.xlf")
    assert bitext.pairs == [("가.", ""), ("나.", "")]


@pytest.mark.parametrize(("body", "match"), [
    ('<source>가. 나.</source><seg-source><mrk mtype="seg" mid="1">가.</mrk><mrk mtype="seg" mid="2">나.</mrk>'
     '</seg-source><target><mrk mtype="seg" mid="1">A.</mrk><mrk mtype="seg" mid="9">B.</mrk></target>',
     r"mids do not match \(only in seg-source: 2; only in target: 9\)"),
    ('<source>가. 나.</source><seg-source><mrk mtype="seg" mid="1">가.</mrk><mrk mtype="seg" mid="2">나.</mrk>'
     "</seg-source><target>A. B.</target>", "has 2 segments"),
    ('<source>가.</source><seg-source><mrk mtype="seg" mid="1">가.</mrk><mrk mtype="seg" mid="1">나.</mrk>'
     "</seg-source>", "mid 1 used twice"),
    ('<source><bpt id="1">&lt;b&gt;</bpt>가</source><target>A</target>', "never closed"),
    ('<source>가</source><target>A<ept id="3">&lt;/b&gt;</ept></target>', "not open"),
    ('<source><ph id="1">a</ph><x id="1"/>가</source><target>A</target>', "used twice"),
])
def test_inconsistent_units_are_refused_naming_the_unit(body: str, match: str) -> None:
    with pytest.raises(InputError, match=match) as error:
        read_bilingual_xml(unit(body, 'id="u-42"'), name="bad.xlf")
    assert error.value.code == "invalid_segment" and "unit u-42" in str(error.value)
    good = '<trans-unit id="{}"><source>좋다.</source><target>Good.</target></trans-unit>'
    data = X1.format(good.format("a") + f'<trans-unit id="u-42">{body}</trans-unit>' + good.format("z"))
    bitext = read_bilingual_xml(data, name="bad.xlf", invalid="record")  # the rest of the file is still read
    assert bitext.ids == ["a", "u-42", "z"]
    assert bitext.pairs == [("좋다.", "Good."), ("", ""), ("좋다.", "Good.")]
    ((index, reason),) = bitext.problems
    assert index == 1 and re.search(match, reason) and bitext.segments[1].unit == "u-42"


def test_translate_no_is_inherited_and_counted() -> None:
    body = ('<group translate="no"><trans-unit id="1"><source>가</source></trans-unit>'
            '<group translate="yes"><trans-unit id="2"><source>나</source></trans-unit></group></group>'
            '<trans-unit id="3" translate="no"><source>다</source><seg-source><mrk mtype="seg" mid="1">다</mrk>'
            '<mrk mtype="seg" mid="2">라</mrk></seg-source></trans-unit><trans-unit id="4"><source>마</source>'
            "</trans-unit>")
    bitext = read_bilingual_xml(X1.format(body), name="t.xlf")
    assert (bitext.ids, bitext.skipped) == (["2", "4"], 3)


def test_xliff2_translate_no_file_and_state_and_preserve_inherited() -> None:
    data = ('<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" trgLang="en" '
            'xml:space="preserve"><file id="a" translate="no"><unit id="1"><segment><source>가</source></segment>'
            '</unit></file><file id="b"><unit id="2"><segment id="x" state="final"><source> 나  다 </source>'
            "<target>B</target></segment></unit></file></xliff>")
    bitext = read_bilingual_xml(data, name="t.xlf")
    assert bitext.pairs == [(" 나  다 ", "B")]
    assert (bitext.skipped, bitext.segments[0].state, bitext.segments[0].file) == (1, "final", "b")


def test_xliff2_codes_spanning_segments_balance_within_the_unit() -> None:
    ok = X2.format('<unit id="u"><segment><source><sc id="1"/>가.</source></segment>'
                   '<segment><source>나.<ec startRef="1"/></source></segment></unit>')
    assert len(read_bilingual_xml(ok, name="t.xlf").segments) == 2
    bad = X2.format('<unit id="u9"><segment><source><sc id="1"/>가.</source></segment></unit>')
    with pytest.raises(InputError, match="unit u9: <sc> '1' in the source is never closed"):
        read_bilingual_xml(bad, name="t.xlf")


def test_unit_ids_are_numbered_when_missing() -> None:
    bitext = read_bilingual_xml(X1.format("<trans-unit><source>가</source></trans-unit>" * 2), name="t.xlf")
    assert [s.unit for s in bitext.segments] == ["1", "2"]


def test_deeply_nested_markup_is_read_and_nested_subs_refused_cleanly() -> None:
    n = 5000  # far deeper than Python's recursion limit
    deep = X1.format('<trans-unit id="d"><source>' + "".join(f'<g id="{i}">a' for i in range(n)) + "</g>" * n
                     + "</source></trans-unit>")
    bitext = read_bilingual_xml(deep, name="deep.xlf")
    assert (bitext.pairs[0][0], len(bitext.segments[0].source.codes)) == ("a" * n, 2 * n)
    subs = ('<tmx><body><tu tuid="s"><tuv xml:lang="ko"><seg>' + "<ph>a<sub>b" * 3000 + "</sub></ph>" * 3000
            + '</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>')
    with pytest.raises(InputError, match="nested too deeply") as error:
        read_bilingual_xml(subs, name="subs.tmx")
    assert error.value.code == "invalid_segment"


def test_a_sub_inside_a_sub_is_one_segment_each() -> None:
    data = X1.format('<trans-unit id="s"><source>가<ph id="1">&lt;a title="<sub>나<ph id="2">&lt;b title="<sub>다'
                     "</sub>\"&gt;</ph></sub>\"&gt;</ph></source><target>A</target></trans-unit>")
    bitext = read_bilingual_xml(data, name="s.xlf")
    assert bitext.pairs == [("가", "A"), ("나", ""), ("다", "")]
    assert bitext.ids == ["s", "s.1/sub1", "s.1/sub2"]
