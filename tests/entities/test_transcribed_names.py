"""Foreign names in Hangul that the KB does not hold, found and typed by what is around them
(``bilingual.entities.transcribed_names``; sentences and names made up for these tests)."""

from __future__ import annotations

import pytest

import bilingual
from bilingual.entities import transcribed_names


def typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in bilingual.process(text).mentions}


def test_a_run_of_transcribed_words_with_a_locative_is_one_place() -> None:
    assert typed("공연은 벨로니아 스퀘어 가든에서 열린다.") == {"벨로니아 스퀘어 가든": "place"}


def test_a_transcribed_name_before_a_unit_or_a_harbour_written_apart_is_a_place() -> None:
    assert typed("브렌토빌 시는 새 공장을 유치했다.") == {"브렌토빌": "place"}
    assert typed("회사는 타스빌라 항에서 선박을 인도했다.") == {"타스빌라": "place"}
    assert typed("트렐로니 주 정부는 지원을 약속했다.")["트렐로니"] == "place"


def test_a_word_only_starting_like_a_unit_is_no_place_word() -> None:
    assert typed("벨토닉스 시가총액이 크게 늘었다.").get("벨토닉스") != "place"


def test_a_transcribed_run_after_a_compound_of_a_class_of_companies_is_an_organization() -> None:
    assert typed("미국 방산업체 카르벤 우드스와 협약을 맺었다.")["카르벤 우드스"] == "org"


def test_a_transcribed_word_before_ssi_is_a_person() -> None:
    assert typed("모렌스키 씨는 기자들에게 말했다.") == {"모렌스키": "person"}


def test_a_hangul_name_before_ssi_is_a_person_never_a_body() -> None:
    # a name Korean does not read as transcribed (two syllables, a Thai given name) was typed org by 씨 as a title
    assert typed("태국인 근로자 뽄삭 씨는 공장에서 일한다.").get("뽄삭") == "person"
    assert typed("라오스에서 온 깜퐁 씨가 말했다.").get("깜퐁") == "person"
    assert typed("서울 씨티은행은 지점을 닫았다.").get("서울") != "person"


def test_a_latin_name_with_turkish_polish_or_vietnamese_letters_has_a_name_shape() -> None:
    assert typed("Defne Yılmaz opened a bakery in Daegu with her sister.").get("Defne Yılmaz") == "person"
    assert typed("Tomasz Kałużny praised the team after the final.").get("Tomasz Kałużny") == "person"


def test_without_evidence_a_transcribed_name_is_other_never_a_person() -> None:
    assert typed("스벤토르프가 우승했다.") == {"스벤토르프": "other"}


def test_no_run_without_evidence_and_none_across_a_country() -> None:
    # 바르키나: transcribed, no person's name of mecab-ko-dic (바스키아, which is, makes the pair a person since
    # mentions19: tests/entities/test_foreign_people.py)
    found = typed("오르텔로 바르키나는 어제 도착했다.")
    assert "오르텔로 바르키나" not in found
    found = typed("브렌토프 러시아 대통령은 방한했다.")
    assert "브렌토프 러시아" not in found and found.get("러시아") == "place"


def test_korean_names_before_the_same_words_are_untouched() -> None:
    assert typed("김도훈 씨는 기자들에게 말했다.") == {"김도훈": "person"}
    assert "박서윤 시" not in typed("박서윤 시의원이 발언했다.")


def test_a_transcribed_name_after_a_foreign_state_is_a_place_inside_it() -> None:
    assert typed("회사는 텍사스주 벨로톤 공장을 지었다.")["벨로톤"] == "place"
    assert typed("캘리포니아주 벨로톤 주지사는 말했다.")["벨로톤"] == "person"  # a title still makes a person


@pytest.mark.parametrize(("word", "expect"), [
    ("가힣", True), ("헌팅턴", True),  # the range's two ends, a word of three
    ("가", False), ("", False),  # one syllable, none
    ("가\u11a8", False), ("ㄱㄴ", False), ("가\ud7a4", False),  # a trailing jamo, compatibility jamo, past 힣
    ("가나\n", False), ("가 나", False), ("가나A", False),  # a newline after it (no fullmatch of $), a space, Latin
])
def test_a_hangul_word_is_two_syllables_or_more_and_nothing_else(word: str, expect: bool) -> None:
    assert transcribed_names._hangul_word(word) is expect


def test_a_museum_written_apart_with_a_locative_after_a_transcribed_name_is_a_place() -> None:
    # mentions50: the venue where something happens; without the locative particle the museum may act (an org)
    assert typed("관람객 수천 명이 베르셀로 미술관에 몰렸다.")["베르셀로"] == "place"
    assert typed("어제 토르빌라 박물관에서 화재가 났다.")["토르빌라"] == "place"
    assert typed("토르빌라 박물관은 새 전시를 연다고 밝혔다.").get("토르빌라") != "place"
