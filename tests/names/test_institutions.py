"""An institution's common noun, translated rather than transcribed (fx19 branch), on names written for these tests."""

from __future__ import annotations

import pytest

from bilingual.entities.kb import KnowledgeBase
from bilingual.names.institutions import institution_core, institution_cores
from bilingual.names.similarity import name_similarity


@pytest.mark.parametrize(("hangul", "latin", "said"), [
    ("하버드대", "Harvard University", "대 ~ University"),
    ("글래스고대", "University of Glasgow", "대 ~ University"),
    ("프린스턴대학교", "Princeton University", "대학교 ~ University"),
    ("구겐하임 미술관", "Guggenheim Museum", "미술관 ~ Museum"),
    ("히스로 공항", "Heathrow Airport", "공항 ~ Airport"),
    ("캘리포니아 공과대학", "California Institute of Technology", "공과대학 ~ Institute of Technology"),
])
def test_an_institution_and_its_noun_fit_once_the_nouns_are_set_aside(hangul: str, latin: str, said: str) -> None:
    cores = institution_cores(hangul, latin)
    assert cores is not None and cores[2] == said
    result = name_similarity(hangul, latin, kind="org")
    assert result.verdict == "same", result
    assert result.reasons[0].startswith(f"common noun of an institution set aside: {said}")
    assert name_similarity(latin, hangul).score == result.score  # either order


@pytest.mark.parametrize(("hangul", "latin"), [
    ("하버드", "Harvard University"),  # a noun on one side only: nothing set aside (unlike a place's 섬, 강)
    ("하버드대", "Harvard"),
    ("하버드대", "Princeton University"),  # the cores must still fit
    ("대", "University"),  # nothing left of the Hangul
    ("캐나다", "Canada University"),  # 다 is not 대
    ("하버드대", "University Harvard"),  # the noun first, without "of": not the English order
])
def test_a_noun_on_one_side_or_another_name_is_not_made_to_fit(hangul: str, latin: str) -> None:
    assert institution_cores(hangul, latin) is None or (hangul == "하버드대" and latin == "Princeton University")
    assert name_similarity(hangul, latin).verdict != "same"


def test_a_korean_persons_name_ending_in_dae_is_read_as_before() -> None:
    # 김영대 ends in 대 but its Latin spelling has no noun: the Korean reading, untouched
    result = name_similarity("김영대", "Kim Young-dae")
    assert result.verdict == "same" and not any("institution" in r for r in result.reasons)


def test_institution_core() -> None:
    assert [institution_core(n) for n in ("글래스고대", "University of Glasgow", "Guggenheim Museum", "구겐하임 미술관",
                                          "the Museum of London", "한대", "Glasgow", "", "대")] \
        == ["글래스고", "Glasgow", "Guggenheim", "구겐하임", "London", None, None, None, None]


def test_the_kb_links_an_institution_across_its_noun_both_ways() -> None:
    # look-alikes without the noun and other universities among the entities; 하버드대 is shaped like a Korean
    # person's name (하 a surname), so it needs its core, which reads as a transcription, to be keyed
    latin_names = (("harvard", "Harvard University"), ("glasgow", "University of Glasgow"),
                   ("guggenheim", "Guggenheim Museum"), ("hubbard", "Hubbard"), ("glassboro", "Glassboro"),
                   ("princeton", "Princeton University"), ("gugen", "Gugenheim Park"))
    latin = KnowledgeBase.from_records([{"id": i, "type": "org", "name": n} for i, n in latin_names])
    assert [getattr(latin.link(q), "entity_id", None) for q in ("하버드대", "글래스고대", "구겐하임 미술관")] \
        == ["harvard", "glasgow", "guggenheim"]
    hangul_names = (("harvard", "하버드대"), ("glasgow", "글래스고대"), ("guggenheim", "구겐하임 미술관"),
                    ("princeton", "프린스턴대"), ("hubbard", "허버드"))
    hangul = KnowledgeBase.from_records([{"id": i, "type": "org", "name": n} for i, n in hangul_names])
    assert [getattr(hangul.link(q), "entity_id", None)
            for q in ("Harvard University", "University of Glasgow", "Guggenheim Museum")] \
        == ["harvard", "glasgow", "guggenheim"]


def test_institution_core_of_a_latin_name_is_every_phrase_tried_in_order() -> None:
    """The cheap test before the phrases (perf33: the name's first and last words against the phrases' own) gives
    what trying every phrase of NOUNS in order gives, on random names made of the phrases' words, "the", "of",
    other words, case changes and trailing punctuation."""
    import random

    from bilingual.names.institutions import NOUNS, _without

    def every_phrase(name: str) -> str | None:
        words = name.split()
        folded = [w.casefold().strip(".,") for w in words]
        for _, english in NOUNS:
            for phrase in english:
                found = _without(words, folded, tuple(phrase.split())) if words else None
                if found is not None:
                    return found[0]
        return None

    pool = [*sorted({w for _, english in NOUNS for p in english for w in p.split()}),
            "the", "The", "of", "Of", "Seoul", "Kyung", "Hee", "Arts", "National", "Science", "Tech", "Park", "Han"]
    rng = random.Random(33)
    names = set()
    for _ in range(6000):
        words = [rng.choice(pool) for _ in range(rng.randint(1, 5))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.3 else w for w in words]
        if rng.random() < 0.2:
            words[-1] += rng.choice((".", ",", ".,"))
        names.add(" ".join(words))
    assert sum(every_phrase(n) is not None for n in names) > 500  # the phrases are met often enough to be tested
    for name in sorted(names):
        assert institution_core(name) == every_phrase(name), name
