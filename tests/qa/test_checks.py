"""The checks on a pair of sides, built by hand (no pipeline, no Kiwi): names by similarity, and figures."""

from __future__ import annotations

import bilingual
from bilingual.document import Mention
from bilingual.entities.kb import KnowledgeBase
from bilingual.qa.checks import check_pair, check_unpaired_target
from bilingual.qa.numbers import find_numbers
from bilingual.qa.sides import Side

EMPTY = KnowledgeBase([])


def person(text: str, name: str, lang: str) -> Mention:
    start = text.index(name)
    return Mention(start=start, end=start + len(name), text=name, type="person", lang=lang,  # type: ignore[arg-type]
                   entity_id=None, score=0.0, method="unlinked", reasons=())


def side(text: str, lang: str, *names: str) -> Side:
    return Side(text, lang, tuple(person(text, n, lang) for n in names),  # type: ignore[arg-type]
                tuple(find_numbers(text, lang)), ((0, len(text)),))


def codes(source: Side, target: Side) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in check_pair(0, source, target, EMPTY)]


def test_names_are_compared_by_similarity() -> None:
    ko = side("정세균 의원이 말했다.", "ko", "정세균")
    assert codes(ko, side("Rep. Jeong Se-gyun said.", "en", "Jeong Se-gyun")) == []
    # a real but unusual spelling: a warning naming it, never another person
    assert codes(ko, side("Rep. Chung Sye-kyun said.", "en", "Chung Sye-kyun")) == [("name-spelling", "warning")]
    # another family name, no syllable in common: another person
    assert codes(ko, side("Rep. Park Dong-hyun said.", "en", "Park Dong-hyun")) == [("name-mismatch", "error")]


def test_a_name_the_mentions_missed_is_looked_for_in_the_text() -> None:
    ko = side("정세균 의원이 말했다.", "ko", "정세균")
    assert codes(ko, side("Rep. Jeong Se-gyun said.", "en")) == []


def test_figures() -> None:
    assert codes(side("9일 만났다.", "ko"), side("They met on the 9th.", "en")) == []
    assert codes(side("9일 만났다.", "ko"), side("They met on the 10th.", "en")) == [("number-mismatch", "error")]


def test_another_person_with_the_same_family_name_is_caught() -> None:
    # the family name alone ("Seo") must not stand for the source's full name when the target names someone else
    ko = side("서민아 장관이 말했다.", "ko", "서민아")
    assert codes(ko, side("Minister Seo Jae-hoon said.", "en", "Seo Jae-hoon")) == [("name-mismatch", "error")]
    # ... nor the last word of a Korean name read as a foreign family name (에서 is a particle, not "Yeseo")
    ko = side("서민아 장관이 부산에서 말했다.", "ko", "서민아")
    assert codes(ko, side("Minister Seo Yeseo spoke in Busan.", "en", "Seo Yeseo")) == [("name-mismatch", "error")]


def test_a_linked_person_is_compared_with_the_hangul_it_writes() -> None:
    kb = KnowledgeBase.from_records([{"id": "p", "type": "person", "name": "Moon Hee-sang", "name_ko": "문희상"}])
    text = "문희상 의장이 말했다."
    ko = Side(text, "ko", (Mention(start=0, end=3, text="문희상", type="person", lang="ko", entity_id="p", score=1.0,
                                   method="exact", reasons=()),), (), ((0, len(text)),))
    en = side("Speaker Moon Ha-eun said.", "en", "Moon Ha-eun")
    assert [(f.code, f.severity) for f in check_pair(0, ko, en, kb)] == [("name-mismatch", "error")]
    en = side("Speaker Moon Hee-sang said.", "en", "Moon Hee-sang")
    assert [f.code for f in check_pair(0, ko, en, kb)] == []


def test_a_name_the_mentions_stage_could_not_type_is_still_compared() -> None:
    ko = side("서민아 씨가 말했다.", "ko", "서민아")
    text = "Seo Jae-hoon said."
    other = Mention(start=0, end=12, text="Seo Jae-hoon", type="other", lang="en", entity_id=None, score=0.0,
                    method="unlinked", reasons=())
    en = Side(text, "en", (other,), (), ((0, len(text)),))
    assert codes(ko, en) != []


def test_a_translation_sentence_without_a_source_is_checked_for_hangul() -> None:
    # an English sentence the aligner left unpaired: Hangul outside quotation marks is untranslated, quoted
    # Hangul (a title cited in the original) and an English-only sentence are not
    found = check_unpaired_target(3, side("The talks ended; 회담 종료 발표 'in 서울' later.", "en"))
    assert [(f.code, f.pair, f.values) for f in found] == [("untranslated", 3, ("회담 종료 발표",))]
    assert check_unpaired_target(0, side("A sentence added in translation.", "en")) == []
    assert check_unpaired_target(0, side("'다시 만나요'라는 노래.", "ko")) == []


def test_no_spelling_note_for_a_western_name_against_a_hangul_word_found_by_search() -> None:
    # an English given name makes "Harold Whitfield" a person; the Hangul side has no name, and a word found by
    # searching it (깃발을, which name similarity finds a "possible" fit) is no spelling of it: only a name sure to
    # be a person's is searched for
    review = bilingual.review_pairs([("그는 깃발을 흔들었다.", "Harold Whitfield waved a flag.")])
    assert "name-spelling" not in [f.code for f in review.findings]


def test_no_spelling_warning_for_a_foreign_name_in_hangul() -> None:
    # the spelling model reads Korean names: a foreign name transcribed into Hangul is no unusual spelling
    ko = side("가도와치 루이치 교수가 말했다.", "ko", "가도와치 루이치")
    en = side("Professor Ryuichi Kadowaki said.", "en", "Ryuichi Kadowaki")
    assert ("name-spelling", "warning") not in codes(ko, en)


def test_no_spelling_warning_for_a_foreign_name_in_latin_against_a_korean_shaped_word() -> None:
    # a Chinese or Western name in the translation is no spelling of a Hangul word that happens to have a Korean
    # name's shape (지난해 "last year" has 지 as a family name); a Korean name in either order still gets its note
    ko = side("지난해 성장률은 2.1%였다.", "ko")
    assert ("name-spelling", "warning") not in codes(ko, side("Jiang Yu said growth was 2.1% last year.", "en",
                                                              "Jiang Yu"))
    ko = side("정세균 의원이 말했다.", "ko", "정세균")
    assert codes(ko, side("Rep. Sye-kyun Chung said.", "en", "Sye-kyun Chung")) == [("name-spelling", "warning")]
