"""The form checks: placeholders, addresses, repeated words, spacing, unpaired marks, untranslated segments."""

from __future__ import annotations

import pytest

from bilingual.qa.format_checks import FORMAT_CHECKS, check_format


def codes(source: str, target: str) -> list[str]:
    return [f.code for f in check_format(0, source, target)]


@pytest.mark.parametrize(("source", "target", "code"), [
    ("%s 파일을 %d개 열었다.", "Opened %d files in %s.", None),
    ("%s 파일을 열었다.", "Opened the file.", "placeholder-mismatch"),
    ("<g id='1'>굵게</g> 쓴다", "write <g id='1'>bold</g>", None),
    ("<x id='2'/>를 누르세요", "Press it", "placeholder-mismatch"),
    ("{user}님 안녕하세요", "Hello {usr}", "placeholder-mismatch"),
    ("자세한 내용은 www.mofa.go.kr 참조.", "See www.mofa.go.kr.", None),
    ("자세한 내용은 www.mofa.go.kr 참조.", "See www.mofa.go.com.", "url-mismatch"),
    ("문의: press@korea.kr", "Contact press@corea.kr", "url-mismatch"),
    ("그가 떠났다.", "He had had enough.", None),
    ("그가 떠났다.", "He left the the city.", "repeated-word"),
    ("그가 떠났다.", "He left  the city.", "spacing"),
    ("그가 떠났다. ", "He left.", "spacing"),
    ("그가 (서울을) 떠났다.", "He left (Seoul.", "unpaired-mark"),
    ("그가 “서울”을 떠났다.", "He left ”Seoul.", "unpaired-mark"),
    ("그가 “서울”을 떠났다.", "He left ”Seoul” and ”Busan.", "unpaired-mark"),
    # one curly mark written for both ends (a conversion lost the opening ones): paired, like straight quotes
    ("그가 “서울”을 떠났다.", "He left ”Seoul”.", None),
    ("그가 (서울을) 떠났다.", "He left )Seoul).", "unpaired-mark"),  # brackets have no such reading
    ("그가 떠났다.  ", "He left.", None),  # a line padded with spaces: the layout of the file
    ("그가 떠났다.", "He left.   ", None),
    ("그가 떠났다.", "He left. ", "spacing"),
    ("그가 떠났다.", "He left (Seoul.", None),  # the source has no brackets: a piece of a longer text
    ("The Korea Herald reports", "The Korea Herald reports", "same-as-source"),
    ("BBC", "BBC", None),
    ("2008", "2008", None),
])
def test_form_checks(source: str, target: str, code: str | None) -> None:
    assert codes(source, target) == ([code] if code else [])


def test_an_untranslated_segment_gets_no_other_form_finding() -> None:
    assert codes("the the  end", "the the  end") == ["same-as-source"]


def test_every_rule_has_its_own_code() -> None:
    assert len({code for code, _ in FORMAT_CHECKS}) == len(FORMAT_CHECKS)
