"""Tests of bilingual.names.translated_words: a name whose Hangul translates words of the Latin (fx47 branch)."""

import pytest

from bilingual.names.similarity import name_similarity
from bilingual.names.translated_words import FIRST_ONLY, WORDS, acronym_of_translation, translated_cores


def test_a_name_of_translated_words_only_has_empty_cores() -> None:
    assert translated_cores("국제통화기금", "International Monetary Fund") == (
        "", "", "국제 ~ International, 통화 ~ Monetary, 기금 ~ Fund")


def test_a_transcribed_core_is_kept_on_both_sides_in_either_order() -> None:
    assert translated_cores("교도통신", "Kyodo News")[:2] == ("교도", "Kyodo")
    assert translated_cores("베르사유 궁전", "Palace of Versailles")[:2] == ("베르사유", "Versailles")
    assert translated_cores("남수단", "South Sudan")[:2] == ("수단", "Sudan")


@pytest.mark.parametrize(("hangul", "latin"), [
    ("세계은행", "Citibank"),               # no English word of the table
    ("은행", "Bank"),                       # one translated word alone is a common noun
    ("수단남", "South Sudan"),              # a compass word only at the start
    ("당나귀", "Party Donkey"),             # a word of one syllable other than a compass word only at the end
    ("국제통화기금", "Cup International Fund Bank"),  # the Latin's core in pieces (Cup, Bank)
])
def test_what_is_not_read_as_translated(hangul: str, latin: str) -> None:
    assert translated_cores(hangul, latin) is None


def test_a_word_the_latin_lacks_is_left_in_the_core_for_the_spelling_to_judge() -> None:
    assert translated_cores("세계은행", "World Bank Group")[:2] == ("은행", "Bank Group")
    assert translated_cores("국제통화기금", "International Fund")[:2] == ("국제통화", "International")


def test_the_table_is_well_formed() -> None:
    for korean, english, example in WORDS:
        assert korean and all("\uac00" <= c <= "\ud7a3" for c in korean)
        assert english and all(p == p.casefold().strip() for p in english)
        assert example
    assert all(len(w) == 1 for w in FIRST_ONLY)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("국제노동기구", "ILO"), ("식량농업기구", "FAO"), ("국제해사기구", "IMO"), ("세계은행", "WB"),
])
def test_an_acronym_of_the_translated_names_english_is_the_same_name(hangul: str, latin: str) -> None:
    assert acronym_of_translation(hangul, latin) is not None
    for a, b in ((hangul, latin), (latin, hangul)):
        fit = name_similarity(a, b)
        assert fit.verdict == "same" and fit.reasons[0].startswith("acronym of the translated name's English")


@pytest.mark.parametrize(("hangul", "latin"), [
    ("국제통화기금", "IMO"),      # another body's initials
    ("국제노동기구", "ILOX"),     # a letter more
    ("노동", "L"),               # one letter is no acronym
    ("스탠퍼드대", "SU"),         # a transcribed core has no initial here
])
def test_what_is_no_acronym_of_a_translation(hangul: str, latin: str) -> None:
    assert acronym_of_translation(hangul, latin) is None


def test_new_words_adjectives_in_ean_and_of_the() -> None:
    assert translated_cores("유럽경제공동체", "European Economic Community")[:2] == ("유럽", "European")
    assert translated_cores("감비아 공화국", "Republic of the Gambia")[:2] == ("감비아", "Gambia")
    for hangul, latin in (("유럽경제공동체", "European Economic Community"),
                          ("감비아 공화국", "Republic of the Gambia"),
                          ("유럽투자은행", "European Investment Bank"), ("카리브 공동체", "Caribbean Community")):
        assert name_similarity(hangul, latin).verdict == "same", (hangul, latin)
    assert name_similarity("유럽투자은행", "European Central Bank").verdict != "same"
    assert name_similarity("감비아 공화국", "Republic of the Congo").verdict != "same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("영국항공", "British Airways"), ("일본항공", "Japan Airlines"), ("호주 국립대", "Australian National University"),
    ("미국 해군", "United States Navy"), ("중국개발은행", "China Development Bank"),
    ("인도국민군", "Indian National Army"),
])
def test_a_countrys_own_korean_name_is_a_translated_word(hangul: str, latin: str) -> None:
    # 중국, 인도, 영국 … are Sino-Korean words, not transcriptions of China, India, Britain (fx50)
    for a, b in ((hangul, latin), (latin, hangul)):
        fit = name_similarity(a, b)
        assert fit.verdict == "same" and any(r.startswith("words translated") for r in fit.reasons)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("영국항공", "Japan Airlines"),        # another country
    ("인도항공", "Indonesia Airlines"),    # Indonesia is no India
    ("중국", "China"),                    # one translated word alone: the countries' table's, not this one's
])
def test_a_countrys_korean_name_fits_only_its_own_english(hangul: str, latin: str) -> None:
    cores = translated_cores(hangul, latin)
    assert cores is None or cores[0]
    assert name_similarity(hangul, latin).verdict != "same" or hangul == "중국"


@pytest.mark.parametrize(("hangul", "latin", "read"), [
    # the phrase after `of` / `for` written before the word it qualifies (fx52): names of my own
    ("국제적십자위원회", "International Committee of the Red Cross",
     "국제 ~ International, 적십자 ~ Red Cross, 위원회 ~ Committee"),
    ("세계인권재단", "World Foundation for Human Rights", "세계 ~ World, 인권 ~ Human Rights, 재단 ~ Foundation"),
    ("유엔식량기구", "Food Organization of the United Nations",
     "유엔 ~ United Nations, 식량 ~ Food, 기구 ~ Organization"),
])
def test_a_phrase_after_of_is_read_where_korean_writes_it(hangul: str, latin: str, read: str) -> None:
    assert translated_cores(hangul, latin) == ("", "", read)
    assert name_similarity(hangul, latin).verdict == "same"
    assert name_similarity(latin, hangul).verdict == "same"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("국제위원회", "International Committee of the Red Cross"),   # a word of the Latin left unread
    ("적십자위원회국제", "International Committee of the Red Cross"),  # a word where neither order puts it
    ("국제적십자기금", "International Committee of the Red Cross"),  # another body's word
    ("하버드대", "University Harvard"),                           # no `of`: the English order alone
])
def test_what_the_korean_order_of_a_genitive_does_not_read(hangul: str, latin: str) -> None:
    read = translated_cores(hangul, latin)
    assert read is None or read[0]  # never a name of translated words only
    assert name_similarity(hangul, latin).verdict != "same"
    assert name_similarity(latin, hangul).verdict != "same"


def test_a_core_moved_with_its_genitive_is_still_one_run_of_the_latin() -> None:
    assert translated_cores("바르도위원회", "Committee of Bardo")[:2] == ("바르도", "Bardo")
    assert translated_cores("국제바르도위원회", "International Committee of Bardo")[:2] == ("바르도", "Bardo")
