"""TMX with many languages: two picked by the flags or the header, variants matched exactly and named."""

from __future__ import annotations

import pytest

from bilingual.errors import InputError
from bilingual.formats.bitext import read_bilingual_xml


def tmx(*units: dict[str, str], srclang: str = "*all*") -> str:
    tus = "".join("<tu>" + "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>' for lang, text in u.items())
                  + "</tu>" for u in units)
    return f'<tmx version="1.4"><header srclang="{srclang}"/><body>{tus}</body></tmx>'


FOUR = tmx({"en-GB": "colour", "ko": "색", "en-US": "color", "ja": "色"})


@pytest.mark.parametrize(("flags", "pair", "note"), [
    (("ko", "en-US"), ("색", "color"), None),
    (("ko", "en-gb"), ("색", "colour"), None),
    (("EN_us", "ko"), ("color", "색"), None),
])
def test_variants_are_matched_exactly(flags: tuple[str, str], pair: tuple[str, str], note: str | None) -> None:
    bitext = read_bilingual_xml(FOUR, name="m.tmx", source_lang=flags[0], target_lang=flags[1])
    assert bitext.pairs == [pair]


def test_a_base_language_in_two_variants_is_refused_unless_the_header_says() -> None:
    with pytest.raises(InputError, match=r"en is held in several variants \(en-GB, en-US\).*holds en-GB, ko, "
                                         r"en-US, ja") as error:
        read_bilingual_xml(FOUR, name="m.tmx", source_lang="ko", target_lang="en")
    assert error.value.code == "unsupported_tmx"
    header = FOUR.replace('srclang="*all*"', 'srclang="EN-US"')
    bitext = read_bilingual_xml(header, name="m.tmx", source_lang="ko", target_lang="en")
    assert bitext.pairs == [("색", "color")]
    assert bitext.notes == ["target language en: used en-US (the file also holds en-GB)"]


def test_header_srclang_and_the_only_language_of_another_base() -> None:
    data = tmx({"ko-KR": "회담", "en-US": "talks"}, {"ko-KR": "서울", "en-US": "Seoul"}, srclang="en-US")
    bitext = read_bilingual_xml(data, name="t.tmx")
    assert (bitext.source_lang, bitext.target_lang, bitext.pairs) == ("en", "ko", [("talks", "회담"),
                                                                                  ("Seoul", "서울")])
    three = data.replace("</body>", '<tu><tuv xml:lang="ko-KP"><seg>서울</seg></tuv></tu></body>')
    with pytest.raises(InputError, match="holds ko-KR, en-US, ko-KP"):
        read_bilingual_xml(three, name="t.tmx")
    assert read_bilingual_xml(three, name="t.tmx", target_lang="ko-KP").pairs[2] == ("", "서울")


@pytest.mark.parametrize(("flags", "match"), [
    (("zh", None), r"no source language zh \(the file holds en-GB, ko, en-US, ja\)"),
    (("ja", None), r"expected two languages to review, the file holds en-GB, ko, en-US, ja"),
    (("ko", "en-AU"), r"no target language en-AU \(the file holds en-GB, ko, en-US, ja\)"),
    (("ko", "ko"), "both ko"),
])
def test_errors_name_the_languages_held(flags: tuple[str, str | None], match: str) -> None:
    with pytest.raises(InputError, match=match):
        read_bilingual_xml(FOUR, name="m.tmx", source_lang=flags[0], target_lang=flags[1])


def test_a_unit_missing_one_language_is_kept_empty() -> None:
    bitext = read_bilingual_xml(tmx({"ko": "가", "en": "a"}, {"ko": "나"}), name="t.tmx")
    assert bitext.pairs == [("가", "a"), ("나", "")]
    assert bitext.ids == ["1", "2"]


@pytest.mark.parametrize(("data", "match"), [
    ('<tmx><body><tu tuid="t5"><tuv xml:lang="ko"><seg>가</seg></tuv><tuv xml:lang="en"/></tu></body></tmx>',
     "tu t5: the <tuv> for en has no <seg>"),
    ('<tmx><body><tu tuid="t6"><tuv xml:lang="ko"><seg>가</seg></tuv><tuv xml:lang="KO"><seg>나</seg></tuv>'
     "</tu></body></tmx>", "tu t6: two <tuv> for KO"),
    ('<tmx><body><tu tuid="t7"><tuv xml:lang="ko"><seg><bpt i="1">[</bpt>가</seg></tuv><tuv xml:lang="en">'
     "<seg>a</seg></tuv></tu></body></tmx>", "tu t7: <bpt> '1' in the source is never closed"),
])
def test_bad_units_are_refused_naming_them(data: str, match: str) -> None:
    with pytest.raises(InputError, match=match) as error:
        read_bilingual_xml(data, name="bad.tmx")
    assert error.value.code == "invalid_segment"
    good = '<tu tuid="ok"><tuv xml:lang="ko"><seg>가</seg></tuv><tuv xml:lang="en"><seg>a</seg></tuv></tu>'
    bitext = read_bilingual_xml(data.replace("<body>", "<body>" + good), name="bad.tmx", invalid="record",
                                source_lang="ko", target_lang="en")
    assert bitext.pairs == [("가", "a"), ("", "")]
    ((index, reason),) = bitext.problems
    assert index == 1 and match.split(": ", 1)[1] in reason
