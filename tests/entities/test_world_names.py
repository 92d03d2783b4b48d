"""Foreign people named in Latin letters without a title, by the given and family names of many languages
(``bilingual.entities.world_names``, ``gazetteer.world_name_shape`` and the particles of ``english_names``;
sentences and names made up for these tests)."""

from __future__ import annotations

import bilingual
from bilingual.entities.gazetteer import world_name_shape
from bilingual.entities.world_names import japanese_name, particles_end, world_family_name, world_given_name


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


def test_the_lists_hold_names_of_other_languages_and_no_common_word_brand_or_place() -> None:
    assert world_given_name("Wouter") and world_given_name("Jeroen")
    assert world_family_name("Kowalski") and world_family_name("Esposito") and world_family_name("Heuvel")
    # an English common word, brands named after people, a city, a Korean family name's spelling
    for word in ("Brink", "Porsche", "Suzuki", "Toyota", "Honda", "Osaka", "Park", "Kim"):
        assert not world_family_name(word) and not world_given_name(word), word


def test_particles_end_after_one_particle_and_at_most_two_inner_ones() -> None:
    assert particles_end("Wouter van den Heuvel".split(), 1) == 3
    assert particles_end("Ana de la Fuente".split(), 1) == 3
    assert particles_end("Wouter Heuvel".split(), 1) == 1
    assert particles_end("Anna den Hartog".split(), 1) == 1  # "den" alone opens nothing


def test_a_japanese_family_name_after_a_word_in_japanese_syllables_is_a_person() -> None:
    assert japanese_name("Tomonori", "Watanabe") and japanese_name("Shunsuke", "Yamamoto")
    assert not japanese_name("Newport", "Watanabe") and not japanese_name("Tomonori", "Kowalski")
    found = typed("On the second day of the trial, Tomonori Watanabe told the court he had never seen the letter.")
    assert found.get("Tomonori Watanabe") == "person"


def test_a_family_name_after_a_word_of_no_list_and_no_japanese_shape_is_no_evidence() -> None:
    assert world_name_shape("Quorvan Kowalski") is None  # Quorvan is in no list: the name stays untyped


def test_a_family_name_with_its_particles_stays_whole() -> None:
    found = typed("The club appointed Wouter van den Heuvel as head coach after a poor run of results in the autumn.")
    assert found.get("Wouter van den Heuvel") == "person"
    assert "Heuvel" not in found and "Wouter" not in found


def test_a_romance_particle_joins_only_after_a_listed_given_name() -> None:
    assert world_name_shape("Jeroen de Lange") is not None
    assert world_name_shape("Punta del Este") is None
    found = typed("Tourists crowded the beaches of Punta del Este in January as the summer season peaked there.")
    assert "person" not in found.values()


def test_a_romance_particle_wants_both_names_listed_and_the_title_before_stays_out() -> None:
    assert world_name_shape("Marta de Oliveira") is not None
    assert world_name_shape("Marta de Quintanilha") is None  # a family name no list holds: a place or a club
    found = typed("Rabobank chief economist Wouter van den Heuvel said the rate cut came too late for farmers.")
    assert found.get("Wouter van den Heuvel") == "person"


def test_a_brand_or_a_place_before_a_model_or_a_family_name_is_no_person() -> None:
    for name in ("Porsche Macan", "Suzuki Jimny", "Toyota Esposito", "Osaka Kowalski"):
        assert world_name_shape(name) is None, name
    found = typed("Sales of the Suzuki Jimny rose sharply in Europe last year as buyers turned to small cars.")
    assert "person" not in found.values()


def test_a_typed_name_keeps_its_type() -> None:
    # a head word and a locative type the name before the lists are read
    found = typed("Investors sued Esposito Holdings in Milan, and shares of the company fell by a fifth on Monday.")
    assert found.get("Esposito Holdings") == "org"
