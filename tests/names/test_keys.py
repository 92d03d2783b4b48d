"""Name keys: the exact and normalized keys every index is built and queried with, and the letter signature that
pre-tests them."""

from __future__ import annotations

import hashlib
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilingual.entities.kb import KnowledgeBase
from bilingual.names.keys import (
    exact_key,
    korean_person_name,
    letter_signature,
    normal_key,
    strip_particle,
    variant_signatures_bound,
)
from bilingual.names.romanized import name_variants, spelling_key, tables, variant_pieces


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


def test_signature_ignores_case_spacing_punctuation_and_order() -> None:
    assert letter_signature("Ban Ki-moon") == letter_signature("ki moon, BAN") == letter_signature("Moon-Ki Ban")
    assert letter_signature("Ban Ki-moon") != letter_signature("Ban Ki-mun")
    assert letter_signature("") == letter_signature("  -- ") == 0
    assert letter_signature("Ban Ki-moon\u00a0") is None  # not ASCII: no pre-test, always ask the index


def test_signature_is_additive_over_pieces() -> None:
    text = "Secretary-General Ban Ki-moon of the U.N. 2007"
    pieces = [text[:9], text[9:23], text[23:31], text[31:]]
    assert sum(letter_signature(p) or 0 for p in pieces) % 2 ** 64 == letter_signature(text)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.' ", max_size=30)


@given(words)
def test_a_text_with_either_key_of_a_name_has_its_signature(text: str) -> None:
    # whatever matches a name by exact_key or normal_key has the signature of that key: the pre-test never says no
    # to a real match
    shuffled = text.split()
    random.Random(len(text)).shuffle(shuffled)
    other = " ".join(shuffled).upper()
    if normal_key(other) == normal_key(text) or exact_key(other) == exact_key(text):
        assert letter_signature(other) == letter_signature(text)


def test_every_name_of_a_kb_passes_the_pre_test_in_any_ascii_spelling_it_has() -> None:
    kb = KnowledgeBase.from_records([
        {"id": "ban", "type": "person", "name": "Ban Ki-moon", "aliases": ["the former U.N. chief", "반기문"]},
        {"id": "un", "type": "org", "name": "United Nations", "aliases": ["U.N.", "the UN"]}])
    for query in ("ban ki moon", "Ki-moon Ban", "THE FORMER U.N. CHIEF", "u.n.", "The UN", "Nations United"):
        signature = letter_signature(query)
        assert signature is not None and kb.has_name(query) and kb.may_have_name(signature), query
    assert not kb.may_have_name(letter_signature("Ban Ki-mun") or 0)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_the_signature_is_the_sum_of_each_letter_and_digit_weight(text: str) -> None:
    # the definition written out (a weight per ASCII letter or digit, case folded, summed modulo 2**64), held to the
    # implementation on any ASCII text (perf30 sums them in C)
    def weight(char: str) -> int:
        return int.from_bytes(hashlib.blake2b(char.encode(), digest_size=8).digest(), "big")

    expected = sum(weight(c) for c in text.lower() if c.isascii() and c.isalnum()) % 2 ** 64
    assert letter_signature(text) == expected


def _random_hangul_names(seed: int, count: int) -> list[str]:
    """Korean-shaped names of random syllables after a known surname (one or two syllables; spaces sometimes), and
    some text that is no name: none of them a name of the fixtures."""
    rng = random.Random(seed)
    surnames = sorted(tables().surnames)
    out = []
    for _ in range(count):
        given = "".join(chr(0xAC00 + rng.randrange(11172)) for _ in range(rng.choice((1, 2, 2, 2, 3, 4))))
        out.append(rng.choice(surnames) + rng.choice(("", "", "", " ")) + given)
    return [*out, "", "abc", "조태열 윤석열", "조태열씨", "가" * 9, "ㅈㅌㅇ"]


@pytest.mark.parametrize("limit", [1, 5, 24, 48, 100])
def test_the_bound_holds_the_signature_of_every_spelling_of_a_name(limit: int) -> None:
    unbounded = 0
    for hangul in _random_hangul_names(limit, 400):
        bound = variant_signatures_bound(hangul, limit=limit)
        spellings = name_variants(hangul, limit=limit)
        if bound is None:  # a piece whose spelling key is not in ASCII letters: no bound
            unbounded += 1
            firsts, seconds = variant_pieces(hangul, limit=limit)
            assert not all(spelling_key(piece).isascii() for piece in firsts + seconds)
            continue
        # a spelling in ASCII by its signature; one with a breve (Tae-yŏl) by its normal key's, which is ASCII
        signatures = {letter_signature(v) if v.isascii() else letter_signature(normal_key(v)) for v in spellings}
        assert signatures <= bound, hangul
        if not spellings:
            assert bound == frozenset(), hangul
    assert unbounded == 0  # the pieces' spelling keys are ASCII (breves spelled out: ŏ eo, ŭ eu)


def test_the_bound_is_the_pairs_of_a_surnames_and_a_given_names_spellings() -> None:
    breve = variant_signatures_bound("조태열", limit=48)  # taeyŏl is among its given name's spellings
    assert breve is not None and letter_signature("Cho Taeyeol") in breve  # as its normal key spells it
    assert "Cho Tae-yŏl" in name_variants("조태열", limit=48)
    bound = variant_signatures_bound("윤석열", limit=48)
    assert bound is not None
    assert letter_signature("Yoon Suk-yeol") in bound and letter_signature("Yun Seokyeol") in bound
    assert letter_signature("Yoon Suk-yong") not in bound and letter_signature("Park Suk-yeol") not in bound
    assert variant_signatures_bound("조태열 윤석열", limit=48) == frozenset()  # two names: no spelling
    for surname in ("조", "남궁", "김"):  # a surname alone: its spellings only
        alone = variant_signatures_bound(surname, limit=48)
        assert alone is None or alone == {letter_signature(v) for v in name_variants(surname, limit=48)}


@pytest.mark.parametrize(("initials", "word"), [("U.S.", "Su"), ("U.N.", "Nu"), ("E.U.", "Ue")])
def test_initials_keep_their_order_so_a_short_name_is_no_acronym_read_backwards(initials: str, word: str) -> None:
    assert normal_key(initials) == normal_key(initials.replace(".", ""))  # U.S. and US: one key
    assert normal_key(initials) != normal_key(word)


def test_a_surname_that_spells_an_acronym_backwards_links_to_no_country() -> None:
    import bilingual

    doc = bilingual.process("Su said the ferry would sail at noon.")
    assert all(m.entity_id != "united-states" for m in doc.mentions)
