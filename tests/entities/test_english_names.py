"""The English candidates of the mentions stage, before linking and typing (sentences written for these tests)."""

from __future__ import annotations

import pytest

import bilingual
from bilingual.context import Context
from bilingual.entities.english_names import english_candidates
from bilingual.entities.name_spans import NameSpan


def spans(text: str) -> dict[str, NameSpan]:
    doc = bilingual.process(text)
    tokens = [t for t in doc.tokens if t.sentence == 0]
    return {doc.text[c.start:c.end]: c for c in english_candidates(doc.text, tokens, Context.create().kb)}


def test_a_title_is_split_off_the_name() -> None:
    found = spans("Agriculture Minister Song Mi-ryung visited a farm in Naju on Friday.")
    assert found["Song Mi-ryung"].title == "Agriculture Minister"
    assert "Agriculture Minister Song Mi-ryung" not in found


def test_a_person_of_a_body_is_two_names_and_the_person_has_evidence() -> None:
    found = spans("Researcher Park Seo-yeon of Pusan National University said the data were new.")
    assert found["Park Seo-yeon"].person_context
    assert "Pusan National University" in found


def test_an_officer_after_a_company_is_evidence_of_an_organization() -> None:
    found = spans("Doosan Enerbility CEO Park Ji-won announced the deal.")
    assert found["Doosan Enerbility"].org_context
    assert found["Park Ji-won"].title == "CEO"


def test_coordinated_names_share_the_words_after_the_last() -> None:
    found = spans("Shares of Intel and Qualcomm shares fell on Tuesday.")
    assert found["Intel"].org_context and found["Qualcomm"].org_context


@pytest.mark.parametrize("text", ["CHUNCHEON, Aug. 4 (Yonhap) -- Heavy rain closed roads.",
                                  "OSAKA (Kyodo) - The expo opened."])
def test_a_dateline_place_in_capitals_is_marked(text: str) -> None:
    first = next(iter(spans(text).values()))
    assert first.dateline


def test_a_capitalized_word_in_a_sentence_of_prose_is_no_dateline() -> None:
    found = spans("Officials in Daegu said NATO would meet.")
    assert not any(c.dateline for c in found.values())
