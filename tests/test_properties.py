"""Laws that hold for every string, checked with hypothesis over arbitrary text (surrogates, controls,
noncharacters and private use included) and over pieces of scraped text that trip each stage.

Profiles (``tests/conftest.py``): ``ci`` (the default: 2,000 examples a property, fixed seed) and ``long``
(``HYPOTHESIS_PROFILE=long pytest tests/test_properties.py``: 50,000 a property, random seed).
"""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import bilingual
from bilingual import Document, KnowledgeBase
from bilingual.config import RepairConfig
from bilingual.errors import NotANameError
from bilingual.text.repair import repair_text

# Every code point: surrogates (category Cs) are excluded by hypothesis unless asked for.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
PIECE_LIST = [
    "&#1;", "&#x7f", "&#xFDD0;", "&#38", "#38", "&amp;", "amp;", "&nbsp", ";", "&", "\\'", "\\", "\x00", "\r\n",
    "\u2028", "\u0085", "\ud800", "\udfff", "\ud83d\ude00", "\ufffe", "\U0010ffff", "\ue000", "\x1b[1m", "\u200b",
    "\u00a0", "â€™", "ì¡°íƒœì—´", "Á¶ÅÂ¿­", "\u1100\u1161", "e\u0301", "ＡＢ", "ﬁ", "조태열", "블링컨", "Cho Tae-yul",
    "Blinken", "Yoon Suk Yeol", "외교부 장관", "Foreign Minister", "1억1천만 달러", "$110 million", "12.3%", "3일",
    "www.", "http://x.kr/", "a@b.co", "QUJD", " ", "\n", "\n\n", ".", "(", ")", "“", "”", "美", "ㅋㅋ",
]
PIECES = st.sampled_from(PIECE_LIST)
TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=40),
    st.lists(st.one_of(PIECES, st.text(ANY_CHAR, max_size=3)), max_size=12).map("".join),
)
SHORT = st.one_of(st.text(ANY_CHAR, max_size=12), st.lists(PIECES, max_size=3).map("".join))


@given(TEXT)
def test_spans_map_back_and_json_round_trips(text: str) -> None:
    """Two laws of every processed document, checked on each example (processing is the expensive part):
    every span maps back as docs/document.md promises, and the JSON round trip is exact and equal."""
    doc = bilingual.process(text)
    n, n_orig = len(doc.text), len(doc.original_text)
    assert n_orig == len(text)  # surrogates are stored one for one: offsets into the caller's string hold
    assert doc.to_original(0, n) == (0, n_orig)
    assert doc.from_original(0, n_orig) == (0, n)
    spans = [(b.start, b.end) for b in doc.blocks] + [(t.start, t.end) for t in doc.tokens]
    spans += [(x.start, x.end) for x in (*doc.runs, *doc.sentences, *doc.mentions)]
    repaired = [(r.start, r.end) for r in doc.repairs]
    for start, end in spans:
        s, e = doc.to_original(start, end)
        assert 0 <= s <= e <= n_orig
        if not any((a < end and start < b) or (a == b and start <= a <= end) for a, b in repaired):
            assert doc.original_text[s:e] == doc.text[start:end]  # exact away from repairs
    for r in doc.repairs:  # each repair maps back onto what it replaced (the text's ends map to the original's)
        if 0 < r.start < r.end < n:
            assert doc.to_original(r.start, r.end) == (r.original_start, r.original_end)
        assert doc.original_text[r.original_start:r.original_end] == r.original
    data = doc.model_dump_json()
    back = Document.model_validate_json(data)
    assert back == doc and back.model_dump_json() == data
    doc.to_original(0, n)  # the private offset cache of one of them is filled: still equal
    assert back == doc and hash(back) == hash(doc)


@given(TEXT)
def test_repair_is_idempotent_and_convergence_is_detected(text: str) -> None:
    """``process(d.text).text == d.text`` whenever repair says it converged (the text of a processed document
    is the repair stage's; the later stages only add spans), and it says so exactly when it did."""
    options = RepairConfig()
    repaired, _, flags = repair_text(text, options)
    again, mapping, _ = repair_text(repaired, options)
    converged = not any(kind == "repair_not_converged" for *_, kind in flags)
    assert converged == (again == repaired) or not converged
    if converged:
        assert again == repaired and not mapping.edits
    # with every round it needs, it converges: the flag means "more rounds were needed", never a false alarm
    generous, _, generous_flags = repair_text(text, RepairConfig(max_rounds=50))
    assert not any(kind == "repair_not_converged" for *_, kind in generous_flags)
    if converged:
        assert generous == repaired


@given(SHORT, SHORT)
def test_no_public_function_crashes_on_any_string(a: str, b: str) -> None:
    kb = KnowledgeBase.default()
    for call in (
        lambda: bilingual.route(a),
        lambda: bilingual.romanize(a),
        lambda: bilingual.romanize(a, system="mr"),
        lambda: bilingual.parse_name(a),
        lambda: bilingual.name_variants(a),
        lambda: bilingual.transcription_score(a, b),
        lambda: kb.link(a),
    ):
        call()
    with contextlib.suppress(NotANameError):  # documented, with a code: not a Korean name in Hangul syllables
        bilingual.romanize_name(a)
    result = bilingual.review_pairs([(a, b)])
    result.model_dump_json()  # every report can be written


DETERMINISM = """
import hashlib, sys
import bilingual
texts = sys.stdin.buffer.read().decode("utf-8", "surrogatepass").split("\\x1e")
out = [bilingual.process(t, source=str(i)).model_dump_json() for i, t in enumerate(texts)]
out.append(bilingual.review_pairs([(t, u) for t, u in zip(texts[:100], texts[100:200])]).model_dump_json())
print(hashlib.sha256("\\n".join(out).encode()).hexdigest(), len(texts))
"""


def random_texts(count: int, seed: int) -> list[str]:
    """``count`` texts of arbitrary code points and scraped-text pieces (a plain generator: one batch for two
    interpreters, where hypothesis would start two interpreters per example)."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randrange(12)):
            if rng.random() < 0.5:
                parts.append(rng.choice(PIECE_LIST))
            else:
                parts.append("".join(chr(rng.choice((rng.randrange(0x80), rng.randrange(0x3400),
                                                     rng.randrange(0x110000)))) for _ in range(rng.randrange(1, 6))))
        texts.append("".join(parts).replace("\x1e", ""))
    return texts


def _run_both(texts: list[str], seeds: tuple[str, str]) -> list[str]:
    """The digest each of two fresh interpreters (run side by side) prints for ``texts``."""
    data = "\x1e".join(texts).encode("utf-8", "surrogatepass")
    runs = [subprocess.Popen([sys.executable, "-c", DETERMINISM], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONHASHSEED": seed}) for seed in seeds]
    outputs = [run.communicate(data, timeout=1200)[0].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    return outputs


def test_output_is_the_same_in_two_fresh_interpreters() -> None:
    """As many texts as the profile's examples a property, processed (and reviewed) in two fresh interpreters
    with different hash seeds: the same bytes."""
    profile = settings()
    texts = random_texts(profile.max_examples, seed=0 if profile.derandomize else random.randrange(2**32))
    first, second = _run_both(texts, ("1", "2"))
    assert first == second and first.split()[1] == str(len(texts))
