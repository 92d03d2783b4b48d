"""Reading XLIFF 1.2 and 2.x, TMX and parallel plain text; malformed files are errors naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES

from bilingual.errors import InputError
from bilingual.formats.bitext import pair_lines, read_bilingual_file, read_bilingual_xml, read_parallel_text


def aligned_lines(source: Path, target: Path) -> list[tuple[str, str]]:
    return pair_lines(*read_parallel_text(source, target), source=source, target=target)


def test_xliff_1_2_with_inline_markup() -> None:
    bitext = read_bilingual_file(FIXTURES / "review" / "example.xlf")
    assert (bitext.source_lang, bitext.target_lang, bitext.ids) == ("ko", "en", ["1", "2", "3"])
    assert bitext.pairs[2] == ("박진 장관은 기자회견에서 발언했다.",
                               "Minister Park Jin spoke at a press conference <script>alert(1)</script>.")


def test_xliff_2_and_tmx() -> None:
    x2 = read_bilingual_file(FIXTURES / "review" / "example2.xlf")
    assert (x2.source_lang, x2.target_lang, len(x2.pairs), x2.ids) == ("ko", "en", 2, ["u1", "u2"])
    tmx = read_bilingual_file(FIXTURES / "review" / "example.tmx")
    assert (tmx.source_lang, tmx.target_lang, tmx.ids) == ("ko", "en", ["1", "2"])
    assert tmx.pairs[1] == ("블링컨 장관은 서울에 도착했다.", "Secretary Blinken arrived in Seoul.")


def test_a_unit_without_target_is_kept() -> None:
    bitext = read_bilingual_xml('<xliff version="1.2"><file><body><trans-unit id="a"><source>하나</source>'
                                "</trans-unit></body></file></xliff>", name="t.xlf")
    assert bitext.pairs == [("하나", "")]


@pytest.mark.parametrize(("data", "code", "match"), [
    ('<xliff version="1.2">\n<file>\n<body><trans-unit></body></file></xliff>', "malformed_xml", "line 3"),
    ("<html></html>", "unknown_format", "<html>"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff>&a;</xliff>', "unsafe_xml", "refused"),
])
def test_bad_files(data: str, code: str, match: str) -> None:
    with pytest.raises(InputError, match=match) as error:
        read_bilingual_xml(data, name="bad.xlf")
    assert error.value.code == code and "bad.xlf" in str(error.value)


def test_mismatched_line_counts_name_both(tmp_path: Path) -> None:
    (tmp_path / "a.ko").write_text("하나\n둘\n셋\n", encoding="utf-8")
    (tmp_path / "b.en").write_text("one\ntwo\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a.ko has 3 lines but .*b.en has 2"):
        aligned_lines(tmp_path / "a.ko", tmp_path / "b.en")
    (tmp_path / "b.en").write_bytes(b"\xff\xfe bad")
    with pytest.raises(InputError, match=r"b\.en: not valid UTF-8"):
        aligned_lines(tmp_path / "a.ko", tmp_path / "b.en")


# --- translators' files in the shapes memoQ, Trados Studio, Phrase, XLIFF 2 and TMX tools write -----------------

XLIFF = FIXTURES / "xliff"

# Gold, written by hand from the files: how many segments a CAT tool shows (translate="no" units left out,
# each <sub> flow its own segment) and the text a reader sees of a few of them, by label.
GOLD: dict[str, tuple[int, int, dict[str, tuple[str, str]]]] = {
    "memoq-briefing.mqxliff": (5, 1, {
        "2": ("조태열 장관은 11일 블링컨 국무장관과 회담했다.",
              "The minister held talks with Secretary of State Blinken on the 11th."),
        "4": ("양국은 공급망 협력을 강화하기로 했다.", ""),
        "5": ("제목 1 1", "Heading 1 1")}),
    "trados-briefing.sdlxliff": (5, 2, {
        "a1f0c2d3-0000-4a1b-9c8d-000000000002": ("제목 1 1", "Heading 1 1"),
        "a1f0c2d3-0000-4a1b-9c8d-000000000003.2": (
            "윤석열 대통령은 11일 용산에서 기시다 총리와 회담했다.",
            "President Yoon Suk Yeol held talks with Prime Minister Kishida in Yongsan on the 11th."),
        "a1f0c2d3-0000-4a1b-9c8d-000000000003.3": ("양국 정상은 공동성명을 채택했다.", "")}),
    "phrase-press.mxliff": (2, 0, {  # the third unit is m:locked="true": not reviewed, counted as locked
        "hX1a9zB2:0": ("외교부 보도자료", "Ministry of Foreign Affairs Press Release"),
        "hX1a9zB2:1": ("박진 장관은 2023년 5월 3일 부산을 방문했다.",
                       "Minister Park Jin visited Busan on May 3, 2023.")}),
    "xliff2-briefing.xlf": (7, 1, {
        "u1.s1": ("박진 장관은 기자회견에서 발언했다.", "Minister Park Jin spoke at a press conference."),
        "u3": ("조태열 장관은 블링컨 장관과 만났다.", "Minister Cho Tae-yul met Secretary Blinken."),
        "u4": ("  두 칸  띄어쓰기", "  two  spaces"),
        "u6.1": ("외교부\u00a0누리집을 참조하라.", "See the Foreign Ministry\u00a0website."),
        "u6.2": ("서울에서 발표했다.", "It was announced in Seoul.")}),
    "multilingual.tmx": (6, 0, {
        "2": ("Minister Park Jin spoke to reporters.", "박진 장관은 기자들에게 말했다."),
        "3": ("See the notice.", "공지를 보라."),
        "3.1/sub1": ("Ministry of Foreign Affairs website", "외교부 누리집"),
        "4": ("Prices rose 3.5 percent.", "물가가 3.5% 올랐다."),
        "5": ("", "")}),
    "utf16-doctype-cdata.xlf": (2, 0, {
        "n1": ("<공지> 회의는 오후 3시에 시작한다.", "<Notice> The meeting starts at 3 p.m.")}),
}


def test_every_fixture_has_gold() -> None:
    assert sorted(GOLD) == sorted(p.name for p in XLIFF.iterdir() if p.name not in ("SOURCE.md",))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_fixture_segments_match_the_gold(name: str) -> None:
    count, skipped, texts = GOLD[name]
    bitext = read_bilingual_file(XLIFF / name)
    assert (len(bitext.segments), bitext.skipped) == (count, skipped)
    assert bitext.locked == (1 if name == "phrase-press.mxliff" else 0)
    by_label = dict(zip(bitext.ids, bitext.pairs, strict=True))
    for label, pair in texts.items():
        assert by_label[label] == pair


def _independent_count(path: Path) -> int:
    """Segments counted with lxml XPath, written apart from the reader: XLIFF 1.2 trans-units outside
    translate="no" (one segment each, or one a <mrk mtype="seg"> of their seg-source), XLIFF 2 segments of
    such units, TMX units; plus the most <sub> flows either side of a segment holds. A unit a tool locked
    (Phrase m:locked, memoQ mq:locked) is left out too."""
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    ns = {"x": root.nsmap.get(None) or ""}
    tag = etree.QName(root).localname
    if tag == "tmx":
        return sum(1 + max(int(tu.xpath("count(tuv[@xml:lang='en-US']//sub)")),
                           int(tu.xpath("count(tuv[@xml:lang='ko-KR']//sub)")))
                   for tu in root.xpath("//tu"))
    keep = "not(ancestor-or-self::*[@translate='no']) and not(@*[local-name()='locked'][.='true' or .='locked'])"
    if root.get("version", "").startswith("2"):
        return int(root.xpath(f"count(//x:unit[{keep}]/x:segment)", namespaces=ns))
    if ns["x"]:
        units = root.xpath(f"//x:trans-unit[{keep}]", namespaces=ns)
        return sum(max(1, int(u.xpath("count(x:seg-source//x:mrk[@mtype='seg'])", namespaces=ns)))
                   for u in units)
    return len(root.xpath(f"//trans-unit[{keep}]"))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_round_trip_counts_agree_with_an_independent_count(name: str) -> None:
    assert len(read_bilingual_file(XLIFF / name).segments) == _independent_count(XLIFF / name) == GOLD[name][0]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_review_text_never_holds_code_data(name: str) -> None:
    bitext = read_bilingual_file(XLIFF / name)
    datas = {c.data for s in bitext.segments for side in (s.source, s.target) for c in side.codes if c.data}
    assert datas, "every fixture has codes with native data"
    for segment in bitext.segments:
        for side in (segment.source, segment.target):
            assert not any(data in side.text for data in datas if len(data) > 2)
            assert all(0 <= code.position <= len(side.text) for code in side.codes)


def test_codes_are_kept_for_a_tag_check() -> None:
    memoq = read_bilingual_file(XLIFF / "memoq-briefing.mqxliff")
    untranslated = memoq.segments[3]
    assert [(c.kind, c.id, c.data) for c in untranslated.target.codes] == [("open", "1", "<i>"),
                                                                          ("close", "1", "</i>")]
    trados = read_bilingual_file(XLIFF / "trados-briefing.sdlxliff")
    heading = trados.segments[0].target
    assert [(c.kind, c.id, c.data, c.position) for c in heading.codes] == [
        ("open", "5", '<cf bold="True">', 0), ("close", "5", "</cf>", 9), ("standalone", "6", "<tab/>", 9),
        ("open", "7", "", 10), ("close", "7", "", 11)]
    x2 = read_bilingual_file(XLIFF / "xliff2-briefing.xlf")
    assert [(c.kind, c.tag, c.data) for c in x2.segments[5].source.codes] == [
        ("open", "sc", '<a href="https://www.mofa.go.kr">')]
    assert [(c.kind, c.tag, c.data) for c in x2.segments[6].source.codes] == [("close", "ec", "</a>")]


def test_states_are_kept() -> None:
    states = {name: [s.state for s in read_bilingual_file(XLIFF / name).segments]
              for name in ("memoq-briefing.mqxliff", "trados-briefing.sdlxliff", "phrase-press.mxliff")}
    assert states == {
        "memoq-briefing.mqxliff": ["ManuallyConfirmed", "ManuallyConfirmed", "Proofread", "PartiallyEdited",
                                   "NotStarted"],
        "trados-briefing.sdlxliff": ["ApprovedTranslation", "Translated", "Draft", "ApprovedTranslation", "Translated"],
        "phrase-press.mxliff": ["confirmed", "unconfirmed"]}
    kept, left_out = read_bilingual_file(XLIFF / "trados-briefing.sdlxliff").only_states({"translated"})
    assert (len(kept.segments), left_out, {s.unit[-1] for s in kept.segments}) == (2, 3, {"3", "4"})


def test_tracked_changes_accepted_or_original() -> None:
    accepted = read_bilingual_file(XLIFF / "trados-briefing.sdlxliff")
    original = read_bilingual_file(XLIFF / "trados-briefing.sdlxliff", revisions="original")
    assert original.pairs[1][1] == ("President Moon Jae-in held talks with Prime Minister Kishida in Yongsan "
                                    "on the 10th.")
    assert accepted.pairs[1][1].startswith("President Yoon Suk Yeol") and "10th" not in accepted.pairs[1][1]
    x2 = read_bilingual_file(XLIFF / "xliff2-briefing.xlf", revisions="original")
    assert x2.pairs[4] == ("2월 물가가 3.5% 올랐다.", "Prices rose 3 percent in February.")
    with pytest.raises(ValueError, match="revisions"):
        read_bilingual_file(XLIFF / "xliff2-briefing.xlf", revisions="rejected")  # type: ignore[arg-type]


def test_a_dtd_is_read_but_entities_still_refused() -> None:
    data = (XLIFF / "utf16-doctype-cdata.xlf").read_bytes().decode("utf-16")
    with_entity = data.replace("<!DOCTYPE xliff PUBLIC", '<!DOCTYPE xliff [<!ENTITY boom "x">]><!-- PUBLIC').replace(
        "xliff.dtd\">", "xliff.dtd -->")
    with pytest.raises(InputError, match="refused") as error:
        read_bilingual_xml(with_entity.replace('encoding="UTF-16"', 'encoding="UTF-8"').encode(), name="e.xlf")
    assert error.value.code == "unsafe_xml"


# --- real translators' files from other projects (fixtures/xliff-real, MIT; see its SOURCE.md) -----------------

REAL = FIXTURES / "xliff-real"

# Gold written by reading each file (not from the reader's output): segments a CAT tool shows, and the text a
# reader sees of some of them, by label. XLIFF 1.2 keeps its whitespace (xml:space="default" leaves it to the
# tool); XLIFF 2 without xml:space="preserve" is normalized as its spec says.
REAL_GOLD: dict[str, tuple[int, dict[str, tuple[str, str]]]] = {
    "python-tmx/standard.tmx": (2, {"tu1": ("Hello world", "Bonjour le monde"),
                                    "tu2": ("Press OK.", "Appuyez sur OK.")}),
    "python-tmx/namespaces.tmx": (1, {"tu1": ("Text in English", "Texte en français")}),
    "oasis-xliff2/everything-core.xlf": (5, {
        "tu1.1": ("Sample segment.", "Exemple de segment."),
        "tu1.2": ("Segment's content.", "Contenu du segment."),
        "tu3": ("Bolded text", ""),
        "tu2": ("special text and more\n.", "")}),
    "oasis-xliff2/withReorderedCodes.xlf": (9, {"1": ("text", "text"), "3.2": ("", ""), "5": ("", "")}),
    "oasis-xliff2/withXmlSpace.xlf": (1, {"1": ("source", "target")}),
    "oasis-xliff2/sample1.xlf": (1, {"1": ("Press the TAB key.", "Drücken Sie die TAB-TASTE.")}),
    "oasis-xliff2/withCDataSections.xlf": (1, {"1": ("source & and < etc.", "target & and < etc.")}),
    "symfony/resources.xlf": (5, {"1": ("foo", "bar"), "2": ("extra", ""), "3": ("key", ""),
                                  "5": ("skipped", "skipped")}),
    "symfony/resources-2.0-clean.xlf": (4, {"FrtCNPU": ("key.with.cdata", "<source> & <target>"),
                                            "pL305WR": ("key", "")}),
    "locize/with-metadata-and-ref.xlf": (1, {"welcome": ("Welcome", "Willkommen")}),
    "locize/example_native-span12.xliff": (3, {
        "key1": ("Hello \n          \n        ", "Hallo \n          \n        "),
        "key.nested": ("\n           Data Manager\n        ", "\n           Daten Manager\n        ")}),
    "locize/example_standalone12.xliff": (1, {
        "key1": ("Hello \n          \n        ", "Hallo \n          \n        ")}),
    "locize/example_marker12.xliff": (1, {
        "key1": ("Hello \n          \n        ", "Hallo \n          \n        ")}),
    "locize/example_angular12.xliff": (2, {
        "27515543696334242": ("Welcome (\n)> \n", ""),
        "224564336508490126": ("{VAR_PLURAL, plural, =0 {noone} =1 {number one} other {anyone}}", "")}),
    "locize/example_generic-span-start-end.xliff": (1, {
        "key1": ("This is bold text", "Dies ist fett formatierter Text")}),
    "locize/example_codepoint.xliff": (1, {"key1": ("Key 1\x03", "Llave 1\x03")}),
}
# The codes a reader must find (kind and native data), written from the files.
REAL_CODES: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("python-tmx/standard.tmx", "tu2"): [("open", "<b>"), ("close", "</b>")],
    ("oasis-xliff2/everything-core.xlf", "tu2"): [("open", "[b [#$tu3]   ]"), ("close", "[/b [#t3end]   ]"),
                                                 ("placeholder", "[rtl-data   ]")],
    ("locize/example_native-span12.xliff", "key2"): [("placeholder", "{doctype}")],
    ("locize/example_marker12.xliff", "key1"): [("placeholder", "ABrandName")],
    ("locize/example_angular12.xliff", "27515543696334242"): [
        ("standalone", "{{ count }}"),
        ("standalone", "{count, plural, =0 {noone} =1 {number one} other     {anyone}}")],
    ("locize/example_generic-span-start-end.xliff", "key1"): [("open", ""), ("close", "")],
}


def _real_count(path: Path) -> int:
    """Segments counted with lxml XPath, apart from the reader: TMX units; XLIFF 1.2 trans-units and XLIFF 2
    segments whose nearest translate attribute is not "no" (an XLIFF 1.2 unit with a seg-source counts its
    <mrk mtype="seg">)."""
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    default = root.nsmap.get(None)
    ns = {"x": default} if default else {}
    p = "x:" if default else ""
    keep = "not(ancestor-or-self::*[@translate][1][@translate='no'])"
    if etree.QName(root).localname == "tmx":
        return int(root.xpath("count(//tu)"))
    if root.get("version", "").startswith("2"):
        return int(root.xpath(f"count(//{p}unit[{keep}]/{p}segment)", namespaces=ns))
    return sum(max(1, int(u.xpath(f"count({p}seg-source//{p}mrk[@mtype='seg'])", namespaces=ns)))
               for u in root.xpath(f"//{p}trans-unit[{keep}]", namespaces=ns))


def test_every_real_file_has_gold() -> None:
    assert sorted(REAL_GOLD) == sorted(str(p.relative_to(REAL)) for p in REAL.rglob("*.*")
                                       if p.suffix in (".xlf", ".xliff", ".tmx"))
    assert len(REAL_GOLD) >= 15


@pytest.mark.parametrize("name", sorted(REAL_GOLD))
def test_real_file_segments_match_the_gold_and_an_independent_count(name: str) -> None:
    count, texts = REAL_GOLD[name]
    bitext = read_bilingual_file(REAL / name)
    assert len(bitext.segments) == len(bitext.pairs) == _real_count(REAL / name) == count
    by_label = dict(zip(bitext.ids, bitext.pairs, strict=True))
    for label, pair in texts.items():
        assert by_label[label] == pair
    by_unit = {s.unit: s for s in bitext.segments}
    for (file, unit), codes in REAL_CODES.items():
        if file == name:
            assert [(c.kind, c.data) for c in by_unit[unit].source.codes] == codes


@pytest.mark.parametrize("name", sorted(REAL_GOLD))
def test_real_file_review_text_never_holds_code_data(name: str) -> None:
    bitext = read_bilingual_file(REAL / name)
    for segment in bitext.segments:
        datas = {c.data for side in (segment.source, segment.target) for c in side.codes if len(c.data) > 2}
        for side in (segment.source, segment.target):
            assert not any(data in side.text for data in datas)
            assert all(0 <= code.position <= len(side.text) for code in side.codes)
