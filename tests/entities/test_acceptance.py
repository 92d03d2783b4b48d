"""The acceptance rule (:func:`bilingual.entities.acceptance.accept`) on candidates of our own, and the second look
at a `possible` romanization of a Korean person's name."""

from __future__ import annotations

from bilingual.entities.acceptance import EVIDENCE_MARGIN, Candidate, accept, second_look_fits, with_conventions


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


def test_a_close_candidate_read_only_by_mixing_conventions_is_left_out_of_a_tie() -> None:
    def cands(x: bool | None, y: bool | None, z: bool | None = None) -> dict[str, Candidate]:
        out = {"x": Candidate(entity_id="x", score=0.86, method="fuzzy", evidence=20.0, mixed_conventions=x),
               "y": Candidate(entity_id="y", score=0.87, method="fuzzy", evidence=20.5, mixed_conventions=y)}
        if z is not None:
            out["z"] = Candidate(entity_id="z", score=0.85, method="fuzzy", evidence=20.2, mixed_conventions=z)
        return out

    assert accept(cands(False, True)).entity_id == "x"  # y reads the query only by mixing: x is left
    assert accept(cands(True, False)).entity_id == "y"
    assert accept(cands(False, False)).entity_id is None  # both read in one convention: a tie, as before
    assert accept(cands(True, True)).entity_id is None  # neither: a tie
    assert accept(cands(False, None)).entity_id is None  # one not looked at: the evidence alone, a tie
    assert accept(cands(False, True, False)).entity_id is None  # two left, neither leading the other on evidence


def test_conventions_are_looked_at_for_a_romanized_query_and_close_korean_names_only() -> None:
    found = {"남서현": Candidate(entity_id="남서현", score=0.866, method="romanization", evidence=22.6),
             "남소현": Candidate(entity_id="남소현", score=0.877, method="romanization", evidence=24.7)}
    fitted = {"남서현": "남서현", "남소현": "남소현"}
    marked = with_conventions("Nam Sohyun", found, fitted)
    assert marked["남서현"].mixed_conventions is True and marked["남소현"].mixed_conventions is False
    assert with_conventions("남소현", found, fitted) == found  # a Hangul query: nothing to read
    far = {**found, "남서현": found["남서현"].model_copy(update={"score": 0.7})}
    assert with_conventions("Nam Sohyun", far, fitted) == far  # not close: never compared
    across = {**found, "남서현": found["남서현"].model_copy(update={"method": "transcription"})}
    assert with_conventions("Nam Sohyun", across, fitted) == across
