"""Titles before and after names (bilingual.names.titles)."""

from __future__ import annotations

from bilingual.names.titles import (
    KOREAN_PERSON_ONLY_TITLES,
    KOREAN_TITLES,
    TITLE_PREFIX,
    english_person_only_title,
    strip_titles,
    title_prefix,
)


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


def test_japanese_ministers_titles_in_sang_and_a_subsidiarys_head_are_titles() -> None:
    # titles56: a Japanese cabinet minister's title in 상 (相) and 법인장 are stripped as 장관 is
    assert strip_titles("오카베 농림상은") == "오카베"
    assert strip_titles("니시오카 후생노동상") == "니시오카"
    assert strip_titles("다카하타 외무상") == "다카하타"
    assert strip_titles("마르셀 오베르뉴 법인장") == "마르셀 오베르뉴"
    assert {"방위상", "경제산업상", "국토교통상", "총무상"} <= KOREAN_PERSON_ONLY_TITLES
    assert "법인장" in KOREAN_TITLES and "법인장" not in KOREAN_PERSON_ONLY_TITLES


def test_words_ending_in_sang_are_no_titles() -> None:
    # titles56: 상 alone and words that end in it (a video, an award, a summit, "in terms of the environment") are not
    # titles; nothing is stripped from a name before them
    for word in ("상", "영상", "현상", "대상", "이상", "세상", "수상", "정상", "외상",
                 "재무상", "환경상", "법무상", "디지털상"):
        assert word not in KOREAN_TITLES
        assert strip_titles(f"한솔 {word}") == f"한솔 {word}"


def test_ranks_after_a_name_are_titles() -> None:
    """mentions62: a prosecutor's, a judge's, a director's, the police's, the army's and the civil service's ranks
    after a Korean name; not the words that are everyday nouns as well (검사: a test; 이사: a move; 경위, 소위,
    대장)."""
    for rank in ("부장검사", "차장검사", "부장판사", "수석부장판사", "대표이사", "상무이사", "총경", "경무관", "소령",
                 "대령", "준장", "서기관", "주무관", "선임행정관"):
        assert rank in KOREAN_TITLES, rank
    for word in ("검사", "이사", "경위", "경사", "경감", "소위", "중위", "대장", "소장", "상사", "주사"):
        assert word not in KOREAN_TITLES, word
    assert strip_titles("오민태 부장검사") == "오민태" and strip_titles("하윤석 총경은") == "하윤석"
