"""Name keys: the exact and normalized keys every index is built and queried with."""

from __future__ import annotations

import pytest

from bilingual.names.keys import exact_key, korean_person_name, normal_key, strip_particle


@pytest.mark.parametrize("a,b", [
    ("Cho Tae-yul", "Tae-yul CHO"), ("Cho Tae Yul", "cho taeyul"), ("Moon Jae-in", "Jae-in Moon"),
    ("Yōko Kamikawa", "Kamikawa, Yoko"), ("조 태열", "태열 조"), ("Namgung Min-su", "Min-su Namgung"),
])
def test_normal_key_folds_case_hyphens_spacing_diacritics_and_where_the_name_starts(a: str, b: str) -> None:
    assert normal_key(a) == normal_key(b) != ""


@pytest.mark.parametrize("a,b", [
    ("Won Ji-min", "Won Min-ji"), ("Kim Yeon-su", "Kim Su-yeon"), ("Lee Hae Jin", "Lee Jin Hae"),
    ("이 지민", "이 민지 "),
])
def test_normal_key_keeps_the_order_of_a_given_names_syllables(a: str, b: str) -> None:
    assert normal_key(a) != normal_key(b)


def test_normal_key_of_long_or_empty_text_is_linear_and_total() -> None:
    assert normal_key("") == "" and normal_key(" - ") == ""
    many = " ".join(f"w{i}" for i in range(5000))
    assert normal_key(many) == "".join(sorted(many.split()))


def test_other_keys() -> None:
    assert exact_key("Cho  Tae-yul ") == "cho tae-yul"
    assert korean_person_name("조태열") and not korean_person_name("블링컨")
    assert strip_particle("블링컨과") == "블링컨" and strip_particle("과") == "과"
