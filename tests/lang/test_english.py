"""The English path: sentence splitting with the news fixes, tokens with offsets, measured on real text."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, read_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.lang import english
from bilingual.tokens import Token

SENTENCE_CASES = [
    ("By. Choi Young Hoon", ["By. Choi Young Hoon"]),
    ("By. Choi Yoon Sun\nDaniel Kim", ["By. Choi Yoon Sun\nDaniel Kim"]),
    ("Foreign Minister Cho met Antony J. Blinken in Washington, D.C. on Thursday. They talked.",
     ["Foreign Minister Cho met Antony J. Blinken in Washington, D.C. on Thursday.", "They talked."]),
    ("Gen. Kim arrived on Jan. 5. He left.", ["Gen. Kim arrived on Jan. 5.", "He left."]),
    ("The U.S. and the ROK agreed. Talks resume in May.", ["The U.S. and the ROK agreed.", "Talks resume in May."]),
    ("the South Korea-U.S. Foreign Ministers’ Meeting and the ROK-U.S.-Japan summit. Next.",
     ["the South Korea-U.S. Foreign Ministers’ Meeting and the ROK-U.S.-Japan summit.", "Next."]),
    ("1. During his visit, the minister met Blinken. 2. They agreed.",
     ["1. During his visit, the minister met Blinken.", "2. They agreed."]),
    ("", []),
]


@pytest.mark.parametrize("text,expect", SENTENCE_CASES)
def test_sentences(text: str, expect: list[str]) -> None:
    assert [text[s:e] for s, e in english.sentences(text)] == expect


def test_boundary_f1_on_real_paragraphs() -> None:
    lines = [ln.strip() for ln in read_lines(FIXTURES / "corpus" / "news-dev-300.en") if ln.strip()]
    tp = fp = fn = 0
    for i in range(0, len(lines), 5):
        group = lines[i:i + 5]
        text = " ".join(group)
        gold, pos = set(), 0
        for sentence in group[:-1]:
            pos += len(sentence) + 1
            gold.add(pos)
        found = {s for s, _ in english.sentences(text)[1:]}
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, f1


def test_tokens_are_substrings_with_offsets() -> None:
    text = "South Korea’s Foreign Minister Cho Tae-yul met U.S. officials; aid rose 3.5% to $110 million."
    toks = english.tokens(text)
    assert all(text[s:e] == form for s, e, form, _ in toks)
    forms = [f for _, _, f, _ in toks]
    assert forms[:4] == ["South", "Korea", "’s", "Foreign"]
    assert "Tae-yul" in forms and "U.S." in forms and "3.5%" in forms and "110" in forms


@pytest.mark.parametrize("text", [
    "South Korea’s Foreign Minister Cho met U.S. officials.",  # a possessive: split off
    "Seoul's mayor and the Koreas' talks; it's 3.5% o'clock",
    "No possessive here: aid rose 3.5% to $110 million (1st) — “fine”…",
    "",
])
def test_tokens_match_the_pattern_one_match_at_a_time(text: str) -> None:
    """With or without an apostrophe (the fast path for none), the tokens are the pattern's matches, a possessive
    ('s or ’s after a word of more than two characters with it) split into the word and its ending."""
    expected: list[tuple[int, int, str, str]] = []
    for m in english._TOKEN.finditer(text):
        form, (start, end), tag = m.group(), m.span(), m.lastgroup or "symbol"
        if tag == "word" and len(form) > 2 and form[-1] in "sS" and form[-2] in "'’":
            expected += [(start, end - 2, form[:-2], "word"), (end - 2, end, form[-2:], "word")]
        else:
            expected.append((start, end, form, tag))
    assert english.tokens(text) == expected


# -- perf65: a sentence's tokens made as the document's rows in one step -------------------------------------------
_TOKEN_PIECES = ["Harbor", "ferry's", "FERRY’S", "it's", "'s", "’S", "a'b", "U.S.", "A.B.C.", "x.", "3.5%", "1,200",
                 "2nd", "$", "€", "—", "“", "”", "...", "-", "ſtorm", "Ölmez", "항구", "東海", "_", "e.g.", "O'Neil",
                 "Korea–Japan", "\u00a0", "\t", "\n"]


@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=12), st.lists(st.sampled_from(_TOKEN_PIECES), max_size=3),
       st.lists(st.sampled_from(_TOKEN_PIECES), max_size=3), st.integers(0, 7))
@settings(max_examples=400, deadline=None)
def test_tokens_at_are_the_tokens_of_the_stretch_moved(body: list[str], before: list[str], after: list[str],
                                                       sentence: int) -> None:
    # tokens_at reads the stretch in place (the pattern between start and end, no copy): every token as tokens()
    # gives it for the stretch alone, moved by its start, in the sentence, English, no lemma; the text around the
    # stretch (a word or a possessive glued to its ends) changes nothing. Fails before perf65 (no tokens_at).
    stretch = " ".join(body)
    head, tail = "".join(before), "".join(after)
    text = head + stretch + tail
    start, end = len(head), len(head) + len(stretch)
    strings: dict[str, str] = {}
    rows = english.tokens_at(text, start, end, sentence, strings)
    assert rows == [Token(start + s, start + e, form, tag, None, "en", sentence)
                    for s, e, form, tag in english.tokens(stretch)]
    assert all(strings[t.form] is t.form for t in rows)  # each form the one str of the document's strings


def test_tokens_at_shares_a_form_across_sentences() -> None:
    text = "Harbor ferries sail. The harbor's Harbor office opened."
    strings: dict[str, str] = {}
    first = english.tokens_at(text, 0, 20, 0, strings)
    second = english.tokens_at(text, 21, len(text), 1, strings)
    assert [t.form for t in second] == ["The", "harbor", "'s", "Harbor", "office", "opened", "."]
    assert second[3].form is first[0].form and {t.sentence for t in second} == {1}
