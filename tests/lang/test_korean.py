"""The Korean path: offsets into doc.text, shared characters, multi-word nouns, chunks, laziness."""

from __future__ import annotations

import itertools
import subprocess
import sys
import unicodedata

import pytest
from conftest import FIXTURES, read_lines

import bilingual
from bilingual.lang import korean


def test_tokens_point_into_the_document() -> None:
    lines = read_lines(FIXTURES / "corpus" / "news-dev-300.ko")[:60]
    doc = bilingual.process("\n".join(lines))
    ko = [t for t in doc.tokens if t.lang == "ko"]
    assert len(ko) > 1000
    # Nouns, numbers and Latin letters are never contracted, so their spans are exactly their forms;
    # verbs and endings may share a syllable (한 -> 하 + ᆫ, 왔 -> 오 + 었).
    uncontracted = [t for t in ko if t.tag.startswith("NN") or t.tag in ("SL", "SN")]
    assert len(uncontracted) > 500
    assert [t for t in uncontracted if doc.text[t.start:t.end] != t.form] == []
    for t in ko:
        assert t.start <= t.end  # an elided copula (사과다 -> 사과 + 이 + 다) has an empty span
    for t in ko:
        sentence = doc.sentences[t.sentence]
        assert sentence.start <= t.start <= t.end <= sentence.end
        assert t.lemma


def test_one_character_two_morphemes() -> None:
    doc = bilingual.process("그가 왔다.")
    forms = [(t.form, t.tag, doc.text[t.start:t.end]) for t in doc.tokens]
    assert ("오", "VV", "왔") in forms and ("었", "EP", "왔") in forms


def test_multi_word_proper_noun_is_kept() -> None:
    doc = bilingual.process("토니 블링컨 미국 국무장관이 서울에 왔다.")
    assert ("토니 블링컨", "NNP") in [(t.form, t.tag) for t in doc.tokens]


def test_decomposed_hangul_is_composed_before_kiwi() -> None:
    nfd = unicodedata.normalize("NFD", "조태열 장관이 블링컨 장관을 만났다.")
    doc = bilingual.process(nfd)
    assert "조태열" in [t.form for t in doc.tokens]
    with pytest.raises(ValueError, match="NFC"):
        korean.analyze([nfd])


def test_long_line_is_chunked_and_complete() -> None:
    sentence = "조태열 외교부 장관은 블링컨 국무장관과 회담했다. "
    text = sentence * 2_000  # ~56k characters on one line
    spans = korean.chunks(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert max(e - s for s, e in spans) <= korean.CHUNK
    result = korean.analyze([text])[0]
    assert len(result) == 2_000
    starts = [s.start for s in result]
    assert starts == sorted(starts)


def test_english_only_document_never_loads_kiwi() -> None:
    code = ("import bilingual, bilingual.lang.korean as k; "
            "d = bilingual.process(open(0).read()); print(k.kiwi_loaded(), len(d.tokens) > 100)")
    page = (FIXTURES / "pages" / "002_4cbd73018c4d70a9.txt").read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code], input=page, capture_output=True, text=True,
                          check=True, timeout=120)
    assert proc.stdout.split() == ["False", "True"]


PRELOAD_SCRIPT = """
import os, sys
from bilingual.lang import korean

texts = sys.stdin.read().split("\\n")
names = frozenset({"조태열", "김민석"})
expected = korean.analyze(texts, names=names)  # a Kiwi with worker threads, in this process
korean.preload_kiwi(names)
here = korean.analyze(texts, names=names) == expected  # now the preloaded one, one string at a time
pid = os.fork()
if pid == 0:  # the threaded Kiwi would hang here; the child must forget it and use the preloaded one
    os._exit(0 if korean.analyze(texts, names=names) == expected and not korean._analyzers else 1)
_, status = os.waitpid(pid, 0)
print(here, os.waitstatus_to_exitcode(status), sum(len(s.tokens) for doc in expected for s in doc))
"""


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this platform")
def test_a_preloaded_kiwi_analyses_alike_and_works_in_a_forked_child() -> None:
    lines = read_lines(FIXTURES / "corpus" / "news-dev-300.ko")[:40]
    lines += ["조태열 장관과 김민석 총리가 만났다.", "", "美 국무장관 블링컨(Blinken)이 서울에 왔다. " * 150]
    proc = subprocess.run([sys.executable, "-c", PRELOAD_SCRIPT], input="\n".join(lines), capture_output=True,
                          text=True, check=True, timeout=180)
    here, child, tokens = proc.stdout.split()
    assert (here, child) == ("True", "0") and int(tokens) > 1000


WITHOUT_THREADS_SCRIPT = """
import sys
from bilingual.lang import korean

texts = sys.stdin.read().split("\\n")
names = frozenset({"조태열"})
korean.analyze_without_threads()
here = korean.analyze(texts, names=names)
print(korean.kiwi_loaded(), names in korean._preloaded)  # no Kiwi with threads was loaded: the preloaded kind was
korean._preloaded.clear()
korean._without_threads = False  # now a Kiwi with threads, as a process that did not ask gets
threaded = korean.analyze(texts, names=names)
print(korean.kiwi_loaded() and here == threaded, sum(len(s.tokens) for doc in here for s in doc))
"""


def test_a_worker_without_kiwi_threads_analyses_alike() -> None:
    lines = [*read_lines(FIXTURES / "corpus" / "news-dev-300.ko")[:40], "조태열 장관이 서울에 왔다."]
    proc = subprocess.run([sys.executable, "-c", WITHOUT_THREADS_SCRIPT], input="\n".join(lines),
                          capture_output=True, text=True, check=True, timeout=180)
    first, second = proc.stdout.splitlines()
    assert first == "False True"
    same, tokens = second.split()
    assert same == "True" and int(tokens) > 500


def _kiwi_sentences(text: str) -> list[list[tuple[str, str, int, int, str]]]:
    """Kiwi's own tokens of ``text`` (one piece: under korean.CHUNK characters), grouped by its sentence numbers."""
    grouped: list[list[tuple[str, str, int, int, str]]] = []
    position = None
    for tok in korean.get_kiwi().tokenize(text):
        if tok.sent_position != position:
            grouped.append([])
            position = tok.sent_position
        grouped[-1].append((tok.form, tok.tag, tok.start, tok.start + tok.len, tok.lemma))
    return grouped


def test_tokens_iter_makes_kiwis_tokens_into_the_documents_numbered_as_the_caller_goes() -> None:
    # texts with several sentences, verbs (lemmas with 다), nothing to analyse, and sentences of the caller's own
    # (an English run's) between two Korean texts: each text's rows are at its base and numbered from numbered()
    texts = ["", "그는 어제 서울에 갔다. 회의는 짧았다! 왜?", "  \n ", "김민수 교수가 책을 읽었습니다.\n날씨가 추웠다.",
             "가"]
    bases = [0, 7, 90, 200, 1_000_000]
    taken: list[object] = ["an earlier sentence"]
    got = korean.tokens_iter(texts, strings={}, bases=bases, lang="ko", numbered=taken.__len__)
    for text, base, (spans, rows) in zip(texts, bases, got, strict=True):
        expected = _kiwi_sentences(text) if text.strip() else []
        assert spans == [(base + s[0][2], base + s[-1][3]) for s in expected]
        assert rows == [(base + start, base + end, form, tag, lemma, "ko", len(taken) + k)
                        for k, sentence in enumerate(expected) for form, tag, start, end, lemma in sentence]
        taken += spans
        taken.append("an English sentence")
    assert sum(isinstance(x, tuple) for x in taken) == 3 + 2 + 1  # several sentences in a text, numbered on


def test_analyze_iter_gives_each_texts_sentences_as_kiwi_does() -> None:
    texts = ["회의는 짧았다. 그러나 결론은 났다.", "", "이 책은 좋다."]
    got = list(korean.analyze_iter(texts, strings={}))
    assert [[s.tokens for s in sentences] for sentences in got] == [_kiwi_sentences(t) if t else [] for t in texts]
    assert [[(s.start, s.end) for s in sentences] for sentences in got] == [
        [(s[0][2], s[-1][3]) for s in _kiwi_sentences(t)] if t else [] for t in texts]


def test_unknown_word_tells_a_guess_from_a_word_kiwi_knows() -> None:
    """mentions65: a name Kiwi has never seen, read alone as one common noun, is out of its vocabulary; a common noun
    of its dictionary is not, nor a word it cuts in two."""
    assert korean.unknown_word("변우현") and not korean.unknown_word("공무원") and not korean.unknown_word("정부 발표")
