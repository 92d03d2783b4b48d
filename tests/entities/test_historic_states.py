"""The historical states of Korea and the dynasties of China, typed ``place`` (mentions23), on names of my own."""

from __future__ import annotations

import pytest

import bilingual
from bilingual.entities.gazetteer import mention_type
from bilingual.entities.historic_states import historic_state


@pytest.mark.parametrize(("name", "expect"), [
    ("백제", True), ("발해", True), ("대한제국", True), ("명나라", True), ("Goguryeo", True), ("Paekche", True),
    ("Joseon Dynasty", True), ("조선 왕조", True), ("Ming dynasty", True), ("Silla Kingdom", True),
    ("Ming", False), ("Han", False), ("Song", False), ("Chosun", False), ("고려대", False), ("조선일보", False),
    ("진한", False), ("나라", False), ("Dynasty", False), ("Kaya", False),
])
def test_historic_states(name: str, expect: bool) -> None:
    assert historic_state(name) is expect


def test_a_state_is_a_place_not_a_person_by_its_shape() -> None:
    # two syllables of a Korean name's shape (고 + 려), a proper noun of Kiwi's: the list outweighs the shape
    assert mention_type("고려", "ko", proper_noun=True)[0] == "place"
    assert mention_type("신라", "ko", proper_noun=True)[0] == "place"
    # the words around a name still come first: a country's ministers are a body's
    assert mention_type("가야", "ko", proper_noun=True, org_context=True)[0] == "org"


@pytest.mark.parametrize(("text", "name"), [
    ("백제의 왕궁터로 알려진 부여 관북리 유적을 다시 발굴한다.", "백제"),
    ("The celadon vase dates from the Goryeo period.", "Goryeo"),
])
def test_states_in_sentences(text: str, name: str) -> None:
    types = {m.text: m.type for m in bilingual.process(text).mentions}
    assert types.get(name) == "place"
