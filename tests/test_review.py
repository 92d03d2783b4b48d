"""Translation review: the checks on hand-made pairs, quiet on real translations, and bad input."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, read_lines

import bilingual
from bilingual import SegmentRef, process, read_bilingual_file, review, review_pairs

SOURCE = "조태열 장관이 9일 블링컨 장관을 만났다."


def codes(pairs: list[tuple[str, str]], **kwargs: str) -> list[str]:
    return sorted(f.code for f in review_pairs(pairs, **kwargs).findings)


def test_a_correct_translation_is_quiet() -> None:
    assert codes([(SOURCE, "Minister Cho Tae-yul met Secretary Blinken on the 9th.")]) == []


def test_another_person_is_a_name_mismatch() -> None:
    found = review_pairs([(SOURCE, "Minister Cho Tae-yong met Secretary Blinken on the 9th.")]).findings
    expected = [("name-mismatch", "error", ("cho-tae-yul", "cho-tae-yong"))]
    assert [(f.code, f.severity, f.entities) for f in found] == expected
    assert found[0].target_span == (9, 21)


def test_one_style_note_for_each_spelling_in_the_translation() -> None:
    found = review_pairs([("토니 블링컨 장관은 말했다. 블링컨 장관은 떠났다.",
                           "Secretary Tony Blinken spoke. Tony Blinken then left.")]).findings
    assert [(f.code, f.target_span) for f in found] == [("name-style", (10, 22)), ("name-style", (30, 42))]


def test_house_style_and_particles() -> None:
    found = review_pairs([("윤석열 대통령은 블링컨과 만났다.", "President Yoon Seok-yeol met Blinken.")]).findings
    assert [(f.code, f.severity, f.values) for f in found] == [("name-style", "info", ("윤석열", "Yoon Seok-yeol"))]


def test_numbers_are_normalized_before_comparison() -> None:
    pair = ("1억1천만 달러를 12조3천억 원 예산에서 썼다.", "It spent $110 million of a 12.3 trillion won budget.")
    assert codes([pair]) == []
    assert codes([("1억1천만 달러를 썼다.", "It spent $120 million.")]) == ["number-mismatch"]
    assert codes([("물가가 1992년 이후 3.5% 올랐다.", "Prices rose 3.5 percent since 1993.")]) == ["number-mismatch"]


def test_unknown_people_are_compared_by_name_similarity() -> None:
    assert codes([("김철수 씨가 말했다.", "Kim Chul-soo said.")]) == []
    # a given name sharing one syllable (수) fits at best as a very unusual spelling: a warning naming it
    assert codes([("김철수 씨가 말했다.", "Mr. Kim Young-soo said.")]) == ["name-spelling"]
    # another family name and no syllable in common: another person
    assert codes([("김철수 씨가 말했다.", "Mr. Park Dong-hyun said.")]) == ["name-mismatch"]


def test_unusual_but_real_spellings_are_warnings_not_errors() -> None:
    """Official National Assembly styles and spellings people carry: never 'another person'."""
    for ko, en in (("정세균 의원이 말했다.", "Rep. Chung Sye-kyun said."),
                   ("하태경 의원이 말했다.", "Rep. HA Tae Keung said."),
                   ("홍철호 의원이 말했다.", "Rep. Hong, Chul Ho said."),
                   ("조원진 의원이 말했다.", "Rep. CHO Won jin said.")):
        review = bilingual.review_pairs([(ko, en)], kb=bilingual.KnowledgeBase([]))
        assert not [f for f in review.findings if f.severity == "error"], (en, review.findings)


def test_figures_spelled_out() -> None:
    assert codes([("100만 명이 모였다.", "One million people gathered.")]) == []
    assert codes([("100만 명이 모였다.", "Ten million people gathered.")]) == ["number-mismatch"]
    assert codes([("세 명이 숨졌다.", "Three people died.")]) == []


def test_a_missing_name_and_untranslated_hangul() -> None:
    assert codes([(SOURCE, "The minister met Secretary Blinken on the 9th.")]) == ["name-missing"]
    assert codes([(SOURCE, "Minister Cho Tae-yul met Secretary Blinken on the 9th 장관.")]) == ["untranslated"]
    assert codes([(SOURCE, 'Minister Cho Tae-yul met Secretary Blinken on the 9th ("장관").')]) == []


def test_omission() -> None:
    long_source = SOURCE + " 두 장관은 북한의 도발에 대응하기 위한 공동 사업에 합의했다고 외교부가 밝혔다."
    found = review_pairs([(long_source, "Minister Cho Tae-yul met Secretary Blinken on the 9th.")]).findings
    assert [f.code for f in found] == ["omission"]
    assert found[0].source_span is not None and long_source[found[0].source_span[0]:].startswith("두 장관은")
    assert codes([(SOURCE, "")]) == ["omission"]


def test_english_source_and_korean_target() -> None:
    pairs = [("Minister Cho Tae-yul met Secretary Blinken on the 9th.", "조태용 실장이 9일 블링컨 장관을 만났다.")]
    assert codes(pairs, source_lang="en", target_lang="ko") == ["name-mismatch"]


def test_whole_documents_in_english_reviewed_against_korean() -> None:
    source = "Minister Cho Tae-yul met Secretary Blinken on the 9th. They agreed on a $110 million project."
    target = "조태열 장관은 9일 블링컨 장관을 만났다. 두 장관은 1억5천만 달러 규모의 사업에 합의했다."
    result = review(source, target, source_lang="en", target_lang="ko")
    assert [(p.source_segments, p.target_segments) for p in result.pairs] == [((0,), (0,)), ((1,), (1,))]
    assert [(f.code, f.pair) for f in result.findings] == [("number-mismatch", 1)]


def test_whole_documents_are_paired_first() -> None:
    source = (FIXTURES / "review" / "example.ko").read_text(encoding="utf-8")
    target = (FIXTURES / "review" / "example.en").read_text(encoding="utf-8")
    result = review(source, target)
    groups = [(p.source_segments, p.target_segments) for p in result.pairs]
    # the stray "양국 관계." after the last English sentence is a sentence of its own, with no source: it is
    # still checked, and its Hangul reported
    assert groups == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((), (4,)), ((4,), ())]
    by_code = {f.code: f.pair for f in result.findings}
    assert by_code["name-mismatch"] == 0 and by_code["number-mismatch"] == 1 and by_code["omission"] == 5
    assert by_code["untranslated"] == 4 and result.pairs[4].target == "양국 관계."
    assert result.has_errors and result.counts()["error"] == 2


def test_a_page_with_both_languages_is_paired_inside_itself(seed_pages: dict[str, str]) -> None:
    doc = process(seed_pages["003_859991c246c8114b"])
    assert len(doc.pairs) == 1
    pair = doc.pairs[0]
    assert doc.text[pair.source_start:pair.source_end].startswith("토니 블링컨")
    assert doc.text[pair.target_start:pair.target_end].startswith("U.S. Secretary of State Tony Blinken")
    # the caption's translation is right; only the house style of "Tony Blinken" is noted
    assert [(f.code, doc.text[slice(*f.target_span)]) for f in doc.findings if f.target_span] == \
        [("name-style", "Tony Blinken")]
    # pages in one language have no pairs
    assert process(seed_pages["000_6eea625292a1b46d"]).pairs == ()


def test_a_page_of_our_own_pairs_both_ways_and_finds_the_wrong_amount() -> None:
    text = (FIXTURES / "review" / "bilingual_page.txt").read_text(encoding="utf-8")
    doc = process(text)
    pairs = [(p.source_lang, p.target_lang, doc.text[p.target_start:p.target_end][:20]) for p in doc.pairs]
    assert pairs == [("ko", "en", "Foreign Minister Par"), ("en", "ko", "두 장관은 내년 봄 서울에서 다시 만")]
    assert [(f.code, f.pair, f.values) for f in doc.findings] == [("number-mismatch", 0, ("3억 달러", "$350 million"))]


def test_real_translations_are_mostly_quiet() -> None:
    ko = read_lines(FIXTURES / "corpus" / "news-dev-300.ko")
    en = read_lines(FIXTURES / "corpus" / "news-dev-300.en")
    found = review_pairs(list(zip(ko, en, strict=True))).findings
    errors = [f for f in found if f.code in ("name-mismatch", "number-mismatch")]
    assert len(errors) / len(ko) < 0.03, [f.message for f in errors]


@pytest.mark.parametrize("pair", [("", ""), ("", "text only on one side"), ("ㅋㅋㅋ", "lol"), ("\x00\x01", "<>&")])
def test_bad_segments_do_not_crash(pair: tuple[str, str]) -> None:
    result = review_pairs([pair])
    assert len(result.pairs) == 1


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="one Korean and one English"):
        review_pairs([], source_lang="ko", target_lang="ko")
    with pytest.raises(TypeError, match="pair 0"):
        review_pairs([("only one",)])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        review(b"bytes", "text")  # type: ignore[arg-type]
    assert review("", "").pairs == ()


def test_review_pairs_carries_ids_and_every_finding_names_its_unit_and_segment() -> None:
    named = 0
    for path in sorted((FIXTURES / "xliff").glob("*.*")):
        if path.suffix == ".md":
            continue
        bitext = read_bilingual_file(path, source_lang="ko", target_lang="en") if path.suffix == ".tmx" \
            else read_bilingual_file(path)
        result = review_pairs(bitext.pairs, ids=bitext.refs(), source_lang=bitext.source_lang or "ko",
                              target_lang=bitext.target_lang or "en")
        assert [(p.unit, p.segment) for p in result.pairs] == [(s.unit, s.id) for s in bitext.segments]
        for finding in result.findings:
            pair = result.pairs[finding.pair]
            assert pair.unit is not None and pair.segment is not None
            assert f"unit {pair.unit}, segment {pair.segment}" in pair.where()
            named += 1
    assert named >= 4
    plain = review_pairs([("가", "a")], ids=[SegmentRef(unit="7")])
    assert (plain.pairs[0].unit, plain.pairs[0].segment, plain.pairs[0].where()) == ("7", None, "pair 0 (unit 7)")
    with pytest.raises(ValueError, match="ids has 2 entries but there are 1 pairs"):
        review_pairs([("가", "a")], ids=[SegmentRef(unit="1"), SegmentRef(unit="2")])
    with pytest.raises(ValueError, match="ids has 0 entries but there are more pairs"):
        review_pairs([("가", "a")], ids=[])
    with pytest.raises(TypeError, match="SegmentRef"):
        review_pairs([("가", "a")], ids=[("f", "u", "s")])  # type: ignore[list-item]


def test_review_pairs_reads_the_direction_and_says_so() -> None:
    from bilingual import review_pairs

    pairs = [("The ministry spent $120 million on 9 projects.", "외교부는 9개 사업에 1억2천만 달러를 썼다.")]
    detected = review_pairs(pairs)
    assert (detected.source_lang, detected.target_lang, detected.langs_detected) == ("en", "ko", True)
    assert [f.code for f in detected.findings] == []
    given = review_pairs(pairs, source_lang="en", target_lang="ko")
    assert not given.langs_detected and given.findings == ()
    wrong = review_pairs(pairs, source_lang="ko", target_lang="en")
    assert wrong.findings[0].code == "language-mismatch" and wrong.findings[0].severity == "warning"
