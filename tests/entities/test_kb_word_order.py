"""A Latin name's words read in reverse order (given name first) only for people (link25 branch): a place's or
organization's name is read as written, a place of several Hangul words (an address) in both orders. Names of the
branch's own, in none of the fixtures."""

from __future__ import annotations

import pytest

from bilingual.entities.kb import Entity, KnowledgeBase

TOWN_AND_PERSON = KnowledgeBase([Entity(id="namwon", type="place", name="남원"),
                                 Entity(id="nam-won-seok", type="person", name="남원석")])


def _linked(kb: KnowledgeBase, query: str) -> str | None:
    link = kb.link(query)
    return None if link is None else link.entity_id


def test_a_person_s_words_reversed_do_not_link_a_place() -> None:
    # "Won Nam" is 남원 only with its last word read first: a convention of people's names, not of a town's
    assert _linked(TOWN_AND_PERSON, "Won Nam") != "namwon"


@pytest.mark.parametrize("query,entity", [
    ("Nam Won", "namwon"), ("Namwon", "namwon"),  # the place as written
    ("Won-seok Nam", "nam-won-seok"), ("Nam Won-seok", "nam-won-seok"),  # a person in either order
])
def test_places_as_written_and_people_in_either_order_still_link(query: str, entity: str) -> None:
    assert _linked(TOWN_AND_PERSON, query) == entity


def test_a_japanese_person_given_name_first_still_links() -> None:
    kb = KnowledgeBase([Entity(id="hiroshi", type="person", name="나카무라 히로시"),
                        Entity(id="nakamura-town", type="place", name="나카무라")])
    assert _linked(kb, "Hiroshi Nakamura") == "hiroshi"
    assert _linked(kb, "Nakamura") == "nakamura-town"


def test_an_organization_is_read_as_written() -> None:
    kb = KnowledgeBase([Entity(id="air-busan", type="org", name="에어부산")])
    assert _linked(kb, "Air Busan") == "air-busan"
    assert _linked(kb, "Busan Air") is None


def test_a_place_of_several_hangul_words_keeps_the_address_order() -> None:
    # Korean writes the larger unit first (서울 중구), English the smaller: both orders are a place's
    kb = KnowledgeBase([Entity(id="seoul-jung-gu", type="place", name="서울 중구")])
    assert _linked(kb, "Seoul Jung-gu") == "seoul-jung-gu"
    assert _linked(kb, "Jung-gu Seoul") == "seoul-jung-gu"
