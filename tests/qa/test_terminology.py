"""The KB as a glossary: organizations and places rendered by their KB names, both ways."""

from __future__ import annotations

import pytest

from bilingual import review_pairs
from bilingual.document import Mention
from bilingual.entities.kb import KnowledgeBase
from bilingual.qa.terminology import check_terminology, glossary_names, rendered

KB = KnowledgeBase.from_records([
    {"id": "fm", "type": "org", "name": "Foreign Ministry", "name_ko": "외교부", "aliases": ["MOFA", "외무부"]},
    {"id": "kr", "type": "place", "name": "Korea", "name_ko": "한국", "aliases": []},
    {"id": "hq", "type": "org", "name": "본부", "aliases": []},
    {"id": "kim", "type": "person", "name": "Kim Min-su", "name_ko": "김민수", "aliases": []},
])


def mention(text: str, start: int, entity: str, lang: str = "ko") -> Mention:
    return Mention(start=start, end=start + len(text), text=text, type="org", lang=lang,  # type: ignore[arg-type]
                   entity_id=entity, score=1.0, method="exact", reasons=())


def test_glossary_names_are_the_target_scripts() -> None:
    fm = KB.get("fm")
    assert fm is not None
    assert glossary_names(fm, "en") == ("Foreign Ministry", "MOFA")
    assert glossary_names(fm, "ko") == ("외교부", "외무부")


@pytest.mark.parametrize(("name", "text", "lang", "found"), [
    ("Foreign Ministry", "the foreign  ministry said", "en", True),
    ("Korea", "Korean officials", "en", True),
    ("Korea", "Koreana Hotel", "en", False),
    ("MOFA", "mofa said", "en", False),  # an acronym only as written
    ("MOFA", "MOFA's view", "en", True),
    ("China", "Chinese officials", "en", True),
    ("Turkey", "the Turkish army", "en", True),
    ("China", "Chin", "en", False),
    ("United States", "American officials", "en", True),
    ("New York", "held in NY.", "en", True),
    ("New York", "N.Y. police", "en", True),
    ("New York", "any police", "en", False),
    ("외교부", "외교 부 대변인", "ko", True),
    ("외교부", "외교관", "ko", False),
])
def test_rendered(name: str, text: str, lang: str, found: bool) -> None:
    assert (rendered(name, text, lang) is not None) == found  # type: ignore[arg-type]


def test_a_place_or_organization_without_its_glossary_name_is_a_warning() -> None:
    source = "외교부는 한국 정부가 밝혔다고 했다."
    ms = (mention("외교부", 0, "fm"), mention("한국", 5, "kr"), mention("외교부", 0, "fm"))
    found = check_terminology(3, source, ms, "The State Council said the government of Korea announced it.", (),
                              "en", KB)
    assert [(f.code, f.severity, f.pair, f.source_span, f.entities) for f in found] == [
        ("terminology", "warning", 3, (0, 3), ("fm",))]
    assert "'Foreign Ministry' or 'MOFA'" in found[0].message


def test_a_target_mention_linked_to_the_entity_counts_as_rendered() -> None:
    ms = (mention("외교부", 0, "fm"),)
    linked = (mention("the ministry", 4, "fm", "en"),)
    assert check_terminology(0, "외교부가 밝혔다.", ms, "Yes, the ministry said.", linked, "en", KB) == []


def test_countries_are_not_checked_and_a_title_may_carry_the_name() -> None:
    kb = KnowledgeBase.from_records([
        {"id": "cn", "type": "place", "name": "China", "name_ko": "중국"},
        {"id": "fm", "type": "org", "name": "Ministry of Foreign Affairs", "name_ko": "외교부"}])
    ms = (mention("중국", 0, "cn"), mention("외교부", 3, "fm"))
    source = "중국 외교부 장관이 왔다."
    assert check_terminology(0, source, ms, "The country's foreign minister came.", (), "en", kb) == []
    found = check_terminology(0, "중국 외교부 장관이 왔다.", ms, "The country's trade minister came.", (), "en", kb)
    assert [f.entities for f in found] == [("fm",)]
    # without a title after it, the name itself is expected
    ms = (mention("외교부", 0, "fm"),)
    assert [f.entities for f in check_terminology(0, "외교부가 밝혔다.", ms, "Foreign officials said.", (), "en", kb)] \
        == [("fm",)]


def test_a_mention_not_written_as_a_glossary_name_is_not_checked() -> None:
    ms = (mention("외교", 0, "fm"),)  # linked from a short form
    assert check_terminology(0, "외교 당국이 밝혔다.", ms, "Officials said.", (), "en", KB) == []


def test_people_and_entities_without_names_in_the_target_script_are_not_checked() -> None:
    ms = (mention("본부", 0, "hq"), Mention(start=3, end=6, text="김민수", type="person", lang="ko", entity_id="kim",
                                            score=1.0, method="exact", reasons=()))
    assert check_terminology(0, "본부 김민수 씨", ms, "Mr. Park of headquarters", (), "en", KB) == []


def test_english_to_korean() -> None:
    ms = (mention("Foreign Ministry", 4, "fm", "en"),)
    source = "The Foreign Ministry said."
    assert check_terminology(0, source, ms, "외무부가 밝혔다.", (), "ko", KB) == []
    found = check_terminology(0, source, ms, "국무부가 밝혔다.", (), "ko", KB)
    assert [f.values for f in found] == [("Foreign Ministry", "외교부", "외무부")]


def test_review_pairs_with_the_bundled_kb() -> None:
    result = review_pairs([("외교부는 성명을 냈다.", "The Ministry of Foreign Affairs issued a statement."),
                           ("외교부는 성명을 냈다.", "The foreign office issued a statement."),
                           ("외교부는 그날 성명을 냈다.", "The Foreign Ministry issued a statement that day.")])
    assert [f.pair for f in result.findings if f.code == "terminology"] == [1]
    back = review_pairs([("The Ministry of Foreign Affairs issued a statement.", "외교부는 성명을 냈다.")],
                        source_lang="en", target_lang="ko")
    assert not any(f.code == "terminology" for f in back.findings)
    wrong = review_pairs([("The Ministry of Foreign Affairs issued a statement.", "통일부는 성명을 냈다.")],
                         source_lang="en", target_lang="ko")
    assert [f.code for f in wrong.findings if f.code == "terminology"] == ["terminology"]


def test_a_segment_is_a_sentence_whatever_its_page_label() -> None:
    # a one-line segment looks like a menu item to the page rules; the review still finds its organization
    result = review_pairs([("외교부가 밝혔다.", "The foreign office said."), ("외교부가 밝혔다.", "MOFA said.")], kb=KB)
    assert [f.pair for f in result.findings if f.code == "terminology"] == [0]


def test_a_place_that_begins_a_longer_name_the_translation_renders_whole() -> None:
    kb = KnowledgeBase.from_records([{"id": "busan", "type": "place", "name": "Busan", "name_ko": "부산"},
                                     {"id": "seoul", "type": "place", "name": "Seoul", "name_ko": "서울"}])

    def codes(source: str, target: str, *target_mentions: Mention) -> list[str]:
        return [f.code for f in check_terminology(0, source, (mention("부산", 0, "busan"),), target, target_mentions,
                                                  "en", kb)]

    # a transcribed name after the place, written in the translation: the newspaper, not the city
    assert codes("부산 헤럴드는 보도했다.", "The Herald reported.") == []
    # the source's Latin gloss of the longer name, or a comma-separated part of it, written in the translation
    assert codes("부산 항만 당국(Port Authority of Pusan)은 밝혔다.", "The Port Authority of Pusan said.") == []
    assert codes("부산 항만 당국(Port Authority of Pusan, PAP)은 밝혔다.", "The PAP said.") == []
    # a common noun after the place is no longer name, and a transcription the translation lacks proves nothing
    assert codes("부산 시내에서 만났다.", "They met downtown.") == ["terminology"]
    assert codes("부산 헤럴드는 보도했다.", "The Post reported.") == ["terminology"]
    assert codes("부산에서 만났다.", "They met in Pusan harbour.") == ["terminology"]
    # the longer name ends at the first particle: a later word that sounds like a word of the translation is not in it
    assert codes("부산 대표단은 헤럴드를 읽었다.", "The delegation read the Herald.") == ["terminology"]
    # ... and no excuse when the translation puts another place of the KB there: a mention linked to it, or an
    # unlinked name that begins with it
    herald = Mention(start=4, end=16, text="Seoul Herald", type="org", lang="en", entity_id=None, score=0.0,
                     method="unlinked", reasons=())
    assert codes("부산 헤럴드는 보도했다.", "The Seoul Herald reported.", herald) == ["terminology"]
    assert codes("부산 헤럴드는 보도했다.", "The Herald of Seoul reported.", mention("Seoul", 14, "seoul", "en")) == \
        ["terminology"]
    assert codes("부산 헤럴드는 보도했다.", "The Busan Herald reported.") == []  # the place itself: rendered
