"""Romanized Korean names in the official form (family name in capitals, given-name syllables as words in any case)
and the comma form, read whole by the mentions stage; the words after them left to the sentence. Names and
sentences written for these tests (none from the fixtures)."""

from __future__ import annotations

import re

import pytest

import bilingual
from bilingual.entities.korean_name_forms import COMMA, OFFICIAL, korean_name_forms
from bilingual.tokens import Token

EMPTY = bilingual.KnowledgeBase([])


def people(sentence: str) -> list[str]:
    return [m.text for m in bilingual.process(sentence, kb=EMPTY).mentions if m.type == "person"]


def tokens(sentence: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), "punct" if m.group() in ",.;" else "word", None, "en", 0)
            for m in re.finditer(r"[\w-]+|[,.;]", sentence)]


@pytest.mark.parametrize(("sentence", "expect"), [
    # official form: the lower-case syllables are the given name's
    ("A question by SEO Jae hun came first.", ["SEO Jae hun"]),
    ("A motion by YOO Seung min failed.", ["YOO Seung min"]),
    ("The singer JANG na ra returned to the stage.", ["JANG na ra"]),
    ("YUN Ho jung and SHIN Dong gun signed it.", ["YUN Ho jung", "SHIN Dong gun"]),
    ("Rep. KWON Seong dong, the floor leader, objected.", ["KWON Seong dong"]),
    # comma form
    ("The paper by Jeon, Do-yeon appeared in March.", ["Jeon, Do-yeon"]),
    ("Ko, Eun Sook and Nam, Gi-ho led the study.", ["Ko, Eun Sook", "Nam, Gi-ho"]),
    ("Kang, Hye-won of the Bank of Korea presented the data.", ["Kang, Hye-won"]),
    ("Interviews were done by Shin, Yeong ho.", ["Shin, Yeong ho"]),
])
def test_the_whole_name_is_one_person(sentence: str, expect: list[str]) -> None:
    assert people(sentence) == expect


@pytest.mark.parametrize(("sentence", "expect"), [
    # the next word of the sentence is not a syllable of the name
    ("The deal was praised by SONG Ji-hoon in Busan.", ["SONG Ji-hoon"]),
    ("JUNG Woo in Incheon said no on Friday.", ["JUNG Woo"]),
    ("SHIN Ye won the gold medal.", ["SHIN Ye"]),
    ("KANG Min and YOON So-ra voted.", ["KANG Min", "YOON So-ra"]),
])
def test_the_words_after_the_name_stay_out(sentence: str, expect: list[str]) -> None:
    assert people(sentence) == expect


@pytest.mark.parametrize("sentence", [
    "The plant moved from Daegu, Korea in 1998.",
    "Han, who chairs the panel, declined.",
    "Choi, Kang and Yoon were absent.",
    "Oh, Jin-woo Baek and Ye-na Moon arrived late.",  # a name in given-name-first order after the comma
    "Lim, Kang Ho-dong and two others were named.",  # a common family name begins the next person's name
    "The shop at Song, Jung-gu closed.",  # an address: a district after the comma
    "JUNG WOO IN SEOUL TODAY",  # a sentence in capitals
])
def test_no_name_is_made_across_the_comma_or_of_capitals_alone(sentence: str) -> None:
    found = korean_name_forms(sentence, tokens(sentence), shouting=sentence.isupper())
    assert found == {}


def test_the_forms_and_where_they_end() -> None:
    s = "Kim, Seo-yeon met CHOI Dong hyuk."
    assert korean_name_forms(s, tokens(s)) == {0: (3, COMMA), 4: (7, OFFICIAL)}
    assert [(m.text, m.type) for m in bilingual.process(s, kb=EMPTY).mentions] == [
        ("Kim, Seo-yeon", "person"), ("CHOI Dong hyuk", "person")]


def test_an_official_form_links_to_the_kb_person() -> None:
    kb = bilingual.KnowledgeBase.from_records([{"id": "p", "type": "person", "name": "배수진"}])
    doc = bilingual.process("Rep. BAE Su jin spoke first.", kb=kb)
    assert [(m.text, m.entity_id, m.title) for m in doc.mentions] == [("BAE Su jin", "p", "Rep.")]
