"""Titles before and after names (bilingual.names.titles)."""

from __future__ import annotations

from bilingual.names.titles import TITLE_PREFIX, english_person_only_title, strip_titles, title_prefix


def test_english_titles_only_people_bear() -> None:
    assert english_person_only_title("Mrs.") and english_person_only_title("former Sen.")
    assert english_person_only_title("Congresswoman")
    assert not english_person_only_title("Chairman") and not english_person_only_title("Mayor")
    assert not english_person_only_title("")


def test_strip_titles_leaves_the_name() -> None:
    assert strip_titles("Foreign Minister Cho Tae-yul") == "Cho Tae-yul"
    assert strip_titles("조태열 외교부 장관") == "조태열"


def test_a_chair_and_a_manager_are_titles() -> None:
    # mentions34: a board's chair (executive or not) and a team's manager before a name, not inside a body's name
    assert strip_titles("Executive Chair Kwon Ha-neul") == "Kwon Ha-neul"
    assert strip_titles("Chairwoman Okafor") == "Okafor"
    assert strip_titles("Manager Seo Dong-hyun") == "Seo Dong-hyun"
    assert strip_titles("Chairs Forum") == "Chairs Forum"


def test_title_prefix_is_the_pattern_match() -> None:
    # the memo and the whitespace pre-test give what the pattern gives, on texts of other shapes than the corpus's
    texts = ["Deputy Fisheries Minister Ola Berg", "deputy fisheries minister", "Archbishop\tOkonkwo",
             "Sgt.\u00a0Moreau", "Gov.\u2003Tran", "Governor", "Governor ", "Mayor-elect Quist", "Lt Gov. Abara",
             "Chief Risk Officer Ines", "ſenator Vance", "SENATOR VANCE", "Cellist Yo", "Cellists Yo", "",
             " Mayor Ruiz", "Former Trade and Energy Minister Dube", "Minister\n"]
    for text in texts + texts:  # twice: the remembered answer is the same
        expected = TITLE_PREFIX.match(text)
        found = title_prefix(text)
        assert (found is None) == (expected is None), text
        if found is not None and expected is not None:
            assert found.group() == expected.group() and found.end() == expected.end()


def test_strip_titles_as_the_pattern_substitutes() -> None:
    for name in ["Senator Amara Okafor", "Chief Executive Officer Lina Park", "Mayor", "Mayor ", "Dr. Dr. Ruiz",
                 "Ambassador\u00a0Halvorsen", "Coach  Ibáñez", "Rep.Quist"]:
        assert strip_titles(name) == (TITLE_PREFIX.sub("", name).strip() or name), name
