"""The acceptance rule (:func:`bilingual.entities.acceptance.accept`) on candidates of our own, and the second look
at a `possible` romanization of a Korean person's name."""

from __future__ import annotations

from bilingual.entities.acceptance import (
    CROWD_BELOW,
    CROWD_SIZE,
    CROWD_WINDOW,
    EVIDENCE_MARGIN,
    PART_FIT_DISCOUNT,
    Candidate,
    accept,
    crowded,
    kb_name_reading,
    part_fit,
    second_look_fits,
    second_look_on_kb_reading,
    without_part_fits,
)
from bilingual.names.similarity import ONE_PLACE


def test_accept_links_a_clear_lead_in_evidence_and_abstains_otherwise() -> None:
    def cands(second: float | None) -> dict[str, Candidate]:
        return {"x": Candidate(entity_id="x", score=0.86, method="romanization", evidence=20.0),
                "y": Candidate(entity_id="y", score=0.87, method="romanization", evidence=second)}

    assert accept(cands(20.0 - EVIDENCE_MARGIN - 0.1)).entity_id == "x"  # lower score, clearly better evidence
    assert accept(cands(20.0 - EVIDENCE_MARGIN + 0.1)).entity_id is None  # close in both: abstain
    assert accept(cands(None)).entity_id is None  # one fit is not by similarity: not comparable, abstain
    low = {"x": Candidate(entity_id="x", score=0.55, method="romanization", evidence=30.0),
           "y": Candidate(entity_id="y", score=0.56, method="romanization", evidence=1.0)}
    assert accept(low).entity_id is None  # evidence never lifts a fit below the acceptance score


def test_reading_share_is_added_to_the_evidence_of_close_candidates() -> None:
    def cands(x: float | None, y: float | None) -> dict[str, Candidate]:
        return {"x": Candidate(entity_id="x", score=0.86, method="romanization", evidence=20.0, reading_share=x),
                "y": Candidate(entity_id="y", score=0.87, method="romanization", evidence=20.0, reading_share=y)}

    assert accept(cands(-0.1, -0.1 - EVIDENCE_MARGIN - 0.1)).entity_id == "x"
    assert accept(cands(-0.1, -0.1 - EVIDENCE_MARGIN + 0.1)).entity_id is None
    assert accept(cands(-0.1, None)).entity_id is None  # a share missing on one: the evidence alone, a tie


def test_a_lead_in_evidence_is_compared_with_the_close_candidates_only() -> None:
    close = {"x": Candidate(entity_id="x", score=0.85, method="romanization", evidence=22.0),
             "y": Candidate(entity_id="y", score=0.84, method="romanization", evidence=19.0)}
    far = Candidate(entity_id="z", score=0.69, method="fuzzy", evidence=25.0)  # far behind on score
    assert accept({**close, "z": far}).entity_id == "x"
    tied = {**close, "y": close["y"].model_copy(update={"evidence": 21.5})}  # x leads y by less than the margin
    assert accept(tied).entity_id is None


def test_second_look_fits_one_unusual_given_name_syllable_only() -> None:
    assert second_look_fits("윤재혁", "Yoon Jae-hyek") and second_look_fits("Yoon Jae-hyek", "윤재혁")
    assert not second_look_fits("윤재호", "Yoon Jae-hi")  # `hi` reads as 희, a common given-name syllable
    assert second_look_fits("윤재혁", "Yoon Jae-hiek")  # the consonants of `hyeok`, vowel letters of no known spelling
    assert not second_look_fits("윤재석", "Yoon Jae-yea")  # reads as nothing; not 석's consonants
    assert not second_look_fits("윤재혁", "Yoon Jae-hyuk")  # `same`: no second look needed
    assert not second_look_fits("윤재혁", "Yun Jei-hyek")  # two unusual syllables
    assert not second_look_fits("Yoon Jae-hyek", "Yoon Jae-hyek")  # no Hangul
    assert not second_look_fits("", "윤재혁")


def test_second_look_on_kb_reading_reads_the_kb_spelling_as_its_hangul() -> None:
    # link27: `hyek` is no learned spelling of 혁; the KB's RR spelling reads as 문태혁, and the query fits it on a
    # second look (one unusual given-name syllable, 혁's consonants)
    found = second_look_on_kb_reading("Moon Tae-hyek", "Mun Tae-hyeok")
    assert found is not None and found[0] == "문태혁" and 0.6 < found[1] < 0.79  # the query's own fit: `possible`
    assert second_look_on_kb_reading("Moon Tae-hi", "Mun Tae-ho") is None  # `hi` reads as 희: a neighbour's spelling
    assert second_look_on_kb_reading("Moon Tae-hyuk", "Mun Tae-hyeok") is None  # `same` already: no second look
    assert second_look_on_kb_reading("문태혁", "Mun Tae-hyeok") is None  # a Hangul query: the romanization rule's case
    assert second_look_on_kb_reading("Moon Tae-hyek", "Mun Tae-ho") is None  # 문태호 is no fit of `hyek`


def test_kb_name_reading_is_the_hangul_a_romanized_korean_name_stands_for() -> None:
    # link28: the first reading the KB's own spelling fits as `same`; nothing for a Hangul name or a name no Korean
    # reading fits
    assert kb_name_reading("I Dong-yeop") == "이동엽"
    assert kb_name_reading("Gim Ha-neul") == "김하늘"
    assert kb_name_reading("이동엽") is None
    assert kb_name_reading("Angela Merkel") is None


def test_crowded_is_a_bad_best_with_company_under_it() -> None:
    # fx28: the retrieval's abstention where the best fits badly and others score close under it
    low = CROWD_BELOW - 0.2
    company = [low - CROWD_WINDOW / 2] * CROWD_SIZE
    assert crowded(iter([0.01] * 500 + company + [low]))  # any order, any iterable of scores
    assert not crowded([low, *company[1:], low - CROWD_WINDOW - 0.01])  # one too few within the window
    assert not crowded([CROWD_BELOW + 0.01, *company])  # a good fit: only the margin rule decides
    assert not crowded([low, *company][:CROWD_SIZE])  # fewer candidates than the crowd needs
    assert not crowded([])
    assert crowded([low] * (CROWD_SIZE + 1))  # a tie at the top is company too


def test_a_one_word_latin_name_is_a_part_fit_of_a_hangul_name_of_several_words_only() -> None:
    # fx31: names of our own, none of the tune halves' (Stepney, Annino)
    assert part_fit("로버트 드 니로", "Robertson") and part_fit("에마 톰프슨", "Emmathon")
    assert not part_fit("에마 톰프슨", "Emma Thompson")  # as many words as the query (or more)
    assert not part_fit("에마 톰프슨", "엠마톰슨")  # a Hangul name: Hangul writes words together at will
    assert not part_fit("톰프슨", "Thompson")  # a query of one word: nothing to read across
    assert not part_fit("Emma Thompson", "Thompson")  # a Latin query: its Hangul may well be one word
    assert not part_fit("에마 톰프슨", "") and not part_fit("", "Emma")


def test_without_part_fits_discounts_only_the_part_fits_in_place() -> None:
    names = ["Emma Thompson", "Emmathon", "엠마톰슨", "Tomsk"]
    scores = [0.81, 0.84, 0.5, 0.2]
    got = without_part_fits("에마 톰프슨", names, scores)
    assert got[0] == 0.81 and got[2] == 0.5  # a whole name of as many words, and a Hangul name: unchanged
    assert got[1] < got[0] and abs(got[1] - 0.84 * PART_FIT_DISCOUNT) < 1e-6
    assert abs(got[3] - 0.2 * PART_FIT_DISCOUNT) < 1e-6
    assert scores == [0.81, 0.84, 0.5, 0.2]  # the caller's list is not changed
    assert without_part_fits("톰프슨", names, scores) == scores  # a one-word query: no part fit
    assert without_part_fits("Emma Thompson", names, scores) == scores
    assert without_part_fits("에마 톰프슨", [], []) == []


def test_accept_ranks_a_part_fit_rival_at_its_discount_for_the_query_given() -> None:
    # fx32: the KB's candidates say which name they fitted; names of our own, none of the tune halves'
    def fit(i: str, score: float, fitted: str | None, method: str = "transcription") -> Candidate:
        return Candidate(entity_id=i, score=score, method=method, evidence=15.0, verdict="same", fitted=fitted)

    found = {"one": fit("one", 0.87, "Marikuri"), "two": fit("two", 0.80, "Marie Curie")}
    assert accept(found).entity_id == "one"  # no query: scores as found (the rule of every caller before fx32)
    link = accept(found, query="마리 퀴리")
    assert link.entity_id == "two"
    rival = next(c for c in link.candidates if c.entity_id == "one")
    assert abs(rival.score - 0.87 * PART_FIT_DISCOUNT) < 1e-4 and "Marikuri" in rival.reason
    assert found["one"].score == 0.87  # the caller's candidates are not changed
    assert accept(found, query="퀴리").entity_id == "one"  # a one-word query: nothing read across a space
    assert accept(found, query="Marie Curie").entity_id == "one"  # a Latin query
    exact = {"one": Candidate(entity_id="one", score=1.0, method="exact"), "two": found["two"]}
    assert accept(exact, query="마리 퀴리").entity_id == "one"  # fitted nothing by similarity: no discount
    alone = {"one": fit("one", 0.87, "Marikuri")}
    assert accept(alone, query="마리 퀴리").entity_id == "one"  # still linked alone, as 0.87 × 0.8 ≥ MIN_ACCEPT
    low = {"one": fit("one", 0.70, "Marikuri")}
    assert accept(low, query="마리 퀴리").entity_id is None  # 0.70 × 0.8 is under MIN_ACCEPT
    tied = {"one": fit("one", 0.87, "Marikuri"), "two": fit("two", 0.87 * PART_FIT_DISCOUNT + 0.03, "Mari Curie")}
    assert accept(tied, query="마리 퀴리").entity_id is None  # discounted, still within MARGIN: abstain


def test_a_fit_through_another_name_of_a_place_never_leads_by_evidence() -> None:
    # 토리노 fits a club named Torino directly and the city Turin through GeoNames' Torino (names of our own): the
    # place's evidence is Torino's spelling, which does not say which of the two the query names
    via = f"'토리노' ~ 'Turin': same (0.97; Turin ~ Torino: {ONE_PLACE}; foreign name transcribed (learned table))"
    club = Candidate(entity_id="club", score=0.86, method="transcription", evidence=9.0, reason="'토리노' ~ 'Torino'")
    city = Candidate(entity_id="city", score=0.87, method="transcription", evidence=20.0, reason=via)
    assert accept({"club": club, "city": city}).entity_id is None
    plain = city.model_copy(update={"reason": "'토리노' ~ 'Turin': same"})
    assert accept({"club": club, "city": plain}).entity_id == "city"  # the same fit by spelling leads by evidence
    alone = accept({"city": city, "club": club.model_copy(update={"score": 0.7})})
    assert alone.entity_id == "city"  # no candidate close to it: linked
