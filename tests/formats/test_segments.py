"""The segment model: text a reader sees, inline codes as codes (kinds, ids, data, positions), word boundaries,
whitespace, and the checks on paired codes and ids."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.errors import InputError
from bilingual.formats.segments import Code, Dialect, InlineReader, check_codes

CodeRow = tuple[str, str | None, str, int]


def read(xml: str, dialect: Dialect = "xliff1", **options: object) -> tuple[str, list[CodeRow]]:
    content = InlineReader(dialect, where="u", **options).read(ET.fromstring(xml))  # type: ignore[arg-type]
    return content.text, [(c.kind, c.id, c.data, c.position) for c in content.codes]


def test_xliff1_codes_of_every_kind() -> None:
    text, codes = read('<t>A<g id="1">b</g>c<bx id="2"/>d<ex id="2"/><ph id="3">{0}</ph>e'
                       '<it id="4" pos="open">&lt;i&gt;</it>f<bpt id="5" rid="9">[</bpt>g'
                       '<ept id="6" rid="9">]</ept></t>')
    assert text == "Abcd efg"
    assert codes == [("open", "1", "", 1), ("close", "1", "", 2), ("open", "2", "", 3), ("close", "2", "", 4),
                     ("placeholder", "3", "{0}", 4), ("open", "4", "<i>", 6), ("open", "9", "[", 7),
                     ("close", "9", "]", 8)]


def test_xliff2_codes_refer_to_original_data_and_cp_is_a_character() -> None:
    text, codes = read('<t><pc id="1" dataRefStart="a" dataRefEnd="b">굵게</pc><cp hex="1F600"/>'
                       '<ph id="2" dataRef="c"/>끝<sc id="3" isolated="yes"/></t>', "xliff2",
                       data={"a": "<b>", "b": "</b>", "c": "<br>"})
    assert text == "굵게\U0001f600끝"
    assert codes == [("open", "1", "<b>", 0), ("close", "1", "</b>", 2), ("placeholder", "2", "<br>", 3),
                     ("open", "3", "", 4)]


def test_tmx_sub_is_its_own_content_and_not_in_the_code_text() -> None:
    reader = InlineReader("tmx", where="tu 1")
    content = reader.read(ET.fromstring('<seg>Click <ph x="1">&lt;img alt="<sub>Logo of the ministry</sub>"&gt;'
                                        "</ph> here</seg>"))
    assert content.text == "Click  here"
    assert [c.text for c in reader.subflows] == ["Logo of the ministry"]


def test_a_standalone_code_between_words_is_a_boundary_but_not_before_punctuation() -> None:
    assert read('<t>Heading 1<x id="1"/>1</t>')[0] == "Heading 1 1"
    assert read('<t>percent<x id="1"/>.</t>')[0] == "percent."
    assert read('<t>bold<g id="1">face</g></t>')[0] == "boldface"  # a paired code is no boundary


def test_whitespace_is_normalized_without_preserve() -> None:
    text, codes = read('<t>\n   물가가   <ph id="1" dataRef="d"/>\n  올랐다.\n  </t>', "xliff2", preserve=False,
                       data={"d": "<br/>"})
    assert text == "물가가 올랐다."
    assert codes == [("placeholder", "1", "<br/>", 4)]
    assert read("<t>  two  spaces </t>", "xliff2")[0] == "  two  spaces "


def test_revisions_accepted_or_original() -> None:
    xml = ('<t>on the <mrk mtype="x-sdl-deleted">10th</mrk><mrk mtype="x-sdl-added">11th</mrk>'
           '<mrk mtype="comment">.</mrk></t>')
    assert read(xml)[0] == "on the 11th."
    assert read(xml, revisions="original")[0] == "on the 10th."


@pytest.mark.parametrize(("xml", "dialect"), [
    ('<t>Call <mrk mtype="protected">Acme Cloud</mrk> now</t>', "xliff1"),
    ('<t>Call <mrk mid="1" mtype="x-brand" translate="no">Acme Cloud</mrk> now</t>', "xliff1"),
    ('<t>Call <mrk id="m1" translate="no">Acme <pc id="1">Cloud</pc></mrk> now</t>', "xliff2"),
])
def test_text_not_to_translate_is_a_protected_code(xml: str, dialect: str) -> None:
    text, codes = read(xml, dialect)
    assert text == "Call now"
    assert [(kind, data, position) for kind, _, data, position in codes] == [("placeholder", "Acme Cloud", 5)]


def test_phrase_textual_codes_only_for_listed_ids() -> None:
    text, codes = read("<t>{1&gt;굵게&lt;1} {2}와 {9}</t>", textual={"1": "<b>", "2": "<br/>"})
    assert text == "굵게 와 {9}"
    assert [c[:2] for c in codes] == [("open", "1"), ("close", "1"), ("standalone", "2")]


def test_a_bad_cp_names_the_unit() -> None:
    with pytest.raises(InputError, match=r"unit 4.*zz") as error:
        InlineReader("xliff2", where="unit 4").read(ET.fromstring('<t><cp hex="zz"/></t>'))
    assert error.value.code == "invalid_segment"


def code(kind: str, id_: str | None, tag: str = "bpt", isolated: bool = False) -> Code:
    return Code(kind=kind, id=id_, tag=tag, data="", position=0, isolated=isolated)  # type: ignore[arg-type]


@pytest.mark.parametrize(("codes", "match"), [
    ([code("open", "1")], r"<bpt> '1' in the target is never closed"),
    ([code("close", "1", "ept")], "closes a code that is not open"),
    ([code("open", "1"), code("close", "1", "ept"), code("placeholder", "1", "ph")], "'1' is used twice"),
    ([code("open", "1", "g"), code("close", "1", "g"), code("open", "1", "g")], "'1' is used twice"),
    ([code("open", None)], "has no id"),
])
def test_unbalanced_or_repeated_codes_are_refused_naming_the_unit(codes: list[Code], match: str) -> None:
    with pytest.raises(InputError, match=match) as error:
        check_codes(codes, name="f.xlf", where="unit 12", side="target")
    assert "unit 12" in str(error.value) and error.value.code == "invalid_segment"


def test_balanced_and_isolated_codes_pass() -> None:
    check_codes([code("open", "1"), code("open", "2"), code("close", "2", "ept"), code("close", "1", "ept"),
                 code("close", "3", "it", isolated=True), code("placeholder", None, "ut")],
                name="f.xlf", where="unit 1", side="source")


# Inline content of random shape: words, and codes whose data holds '§' (never in words).
_WORDS = st.text(alphabet="가나다abc123 .", min_size=0, max_size=6).map(lambda s: s.replace("<", ""))


@st.composite
def inline(draw: st.DrawFn, depth: int = 0, prefix: str = "c") -> tuple[str, str, int]:
    """(markup, the words in order, the number of codes)."""
    parts: list[tuple[str, str, int]] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "x", "ph", "g", "bpt"] if depth < 3 else ["text", "x", "ph"]))
        n = draw(st.integers(0, 10**6))
        i = f"{prefix}.{len(parts)}"  # unique: the path to the code
        if kind == "text":
            word = draw(_WORDS)
            parts.append((word, word, 0))
        elif kind == "x":
            parts.append((f'<x id="{i}"/>', "", 1))
        elif kind == "ph":
            parts.append((f'<ph id="{i}">&lt;§{n}&gt;</ph>', "", 1))
        else:
            markup, words, codes = draw(inline(depth + 1, i))
            if kind == "g":
                parts.append((f'<g id="{i}">{markup}</g>', words, codes + 2))
            else:
                parts.append((f'<bpt id="{i}">§[</bpt>{markup}<ept id="{i}">§]</ept>', words, codes + 2))
    return "".join(p[0] for p in parts), "".join(p[1] for p in parts), sum(p[2] for p in parts)


@given(inline())
@settings(max_examples=200, deadline=None)
def test_random_markup_text_holds_every_word_and_no_code_data(case: tuple[str, str, int]) -> None:
    markup, words, count = case
    content = InlineReader("xliff1", where="u").read(ET.fromstring(f"<t>{markup}</t>"))
    assert "§" not in content.text
    assert content.text.replace(" ", "") == words.replace(" ", "")
    assert len(content.codes) == count
    positions = [c.position for c in content.codes]
    assert positions == sorted(positions) and all(0 <= p <= len(content.text) for p in positions)
    assert all("§" in c.data for c in content.codes if c.tag in ("ph", "bpt", "ept"))
    check_codes(list(content.codes), name="f", where="u", side="source")
