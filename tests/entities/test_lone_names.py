"""One capitalized Latin word inside an English sentence kept as a name of unknown kind
(``bilingual.entities.lone_names``; sentences and names made up for these tests)."""

from __future__ import annotations

import bilingual
from bilingual.entities.lone_names import lone_latin_name
from bilingual.entities.name_spans import NameSpan


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


def _span(text: str, word: str, **flags: object) -> NameSpan:
    start = text.index(word)
    return NameSpan(start, start + len(word), "en", **flags)  # type: ignore[arg-type]


def test_an_unknown_word_after_a_word_in_lower_case_is_kept_as_other() -> None:
    assert typed("Players spent six hours a day playing Quorvalt last week.").get("Quorvalt") == "other"
    assert typed("The firm said its Zendrix platform was down.").get("Zendrix") == "other"
    assert typed("Fans streamed the final on Twinkloo after 9 p.m.").get("Twinkloo") == "other"


def test_after_a_number_and_in_mixed_case() -> None:
    assert typed("Orders for 40 Skyvane drones arrived late.").get("Skyvane") == "other"
    assert "BrightPay" in typed("Users of BrightPay lost access overnight.")  # found (typed by what it holds)


def test_a_word_that_opens_the_sentence_is_left_out() -> None:
    assert "Quorvalt" not in typed("Quorvalt went offline for an hour.")
    assert "Residents" not in typed("Residents waited outside for hours.")
    assert "Zendrix" not in typed("Costs rose. Zendrix fell sharply after that.")


def test_months_days_languages_and_nationalities_are_no_names() -> None:
    out = typed("The vote was moved to Thursday and the law takes effect in March.")
    assert "Thursday" not in out and "March" not in out
    assert "English" not in typed("Most of the staff speak English at work.")
    assert "Norwegian" not in typed("She met a Norwegian delegation at noon.")
    assert "I" not in typed("He asked whether I would come.")


def test_the_predicate_on_spans() -> None:
    text = "Sales on Plumora rose while Mr Kim watched."
    assert lone_latin_name(text, _span(text, "Plumora"))
    assert not lone_latin_name(text, _span(text, "Plumora", headline=True))  # a title-case headline
    assert not lone_latin_name(text, _span(text, "Plumora", title="CEO"))  # a title kept apart: not of this rule
    assert not lone_latin_name(text, _span(text, "Mr"))
    code = "The firm tested the X9 prototype."
    assert not lone_latin_name(code, _span(code, "X9"))  # a code with digits: the model rules' business
    shout = "It runs on NEXA."
    assert not lone_latin_name(shout, _span(shout, "NEXA"))  # an acronym: typed by the gazetteer, or not at all


def test_a_word_the_evidence_types_keeps_its_type() -> None:
    assert typed("The ship docked in Brellport on Monday.").get("Brellport") == "place"


def test_a_word_after_a_connector_inside_a_longer_name_is_left_to_the_rules_of_that_name() -> None:
    text = "The final is at the Stade des Glaciers on Friday."
    assert not lone_latin_name(text, _span(text, "Glaciers"))
    assert "Glaciers" not in typed(text)


def test_adjectives_and_nouns_of_peoples_and_faiths_are_no_names() -> None:
    out = typed("Police said a Kurdish farming cooperative and several Shiite families were moved.")
    assert "Kurdish" not in out and "Shiite" not in out
    assert "Estonians" not in typed("The festival drew thousands of Estonians last week.")


def test_a_word_before_a_number_and_a_sentence_after_a_year_are_left_out() -> None:
    assert "Level" not in typed("Forecasters rated it a Level 3 alert overnight.")
    assert "Asked" not in typed("He said the plant would close by 2031. Asked why, he declined to answer.")



def test_a_word_after_and_is_left_to_the_rule_of_coordinated_names() -> None:
    text = "It was run by the Office of Audits and Inspections last year."
    assert not lone_latin_name(text, _span(text, "Inspections"))


def test_a_comma_ends_the_name_before_a_connector() -> None:
    text = "Mira Okonkwo, the Zendrix founder, spoke first."
    assert lone_latin_name(text, _span(text, "Zendrix"))


def test_a_title_alone_is_no_name() -> None:
    text = "It was signed by the Chairman and the board on Friday."
    assert not lone_latin_name(text, _span(text, "Chairman"))


def test_a_word_of_latin_letters_beyond_ascii_mentions45() -> None:
    text = "Officials said Ærøby would host the talks."
    assert lone_latin_name(text, _span(text, "Ærøby"))
    text = "Savers at the Bank of Świętoszów lost money."  # after a name and a connector: a longer name's end
    assert not lone_latin_name(text, _span(text, "Świętoszów"))
    text = "Fans of ÆRØ cheered."  # no small letter: an acronym's shape, as in ASCII
    assert not lone_latin_name(text, _span(text, "ÆRØ"))
    text = "Visitors said 東京 was crowded."  # not Latin letters
    assert not lone_latin_name(text, _span(text, "東京"))


def test_a_word_after_a_name_in_the_possessive_mentions71() -> None:
    """mentions71: a capitalized word after a name's possessive (a maker's product, a company's site) is a name; the
    possessive opens no sentence."""
    text = "Zelvora's Quintrix outsold its rivals."
    assert lone_latin_name(text, _span(text, "Quintrix"))
    text = "Novrak Labs' Tessalin won approval."
    assert lone_latin_name(text, _span(text, "Tessalin"))
    text = "Korea's President spoke first."  # a title alone is no name
    assert not lone_latin_name(text, _span(text, "President"))


def test_a_word_after_a_comma_before_said_is_kept() -> None:
    """mentions73: one capitalized word after a comma and before the verb of a reporting clause (", Oxvale said.") is
    the report's source, kept (and typed an organization by the mentions stage), though no word in lower case stands
    right before it."""
    found = {m.text: m.type for m in bilingual.process("Catches have halved, Oxvale said in a report.").mentions}
    assert found.get("Oxvale") == "org"
