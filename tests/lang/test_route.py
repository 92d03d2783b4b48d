"""The router: hand-written cases, determinism across processes, runs, bad input."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from conftest import FIXTURES, read_lines
from hypothesis import given
from hypothesis import strategies as st

import bilingual
from bilingual.lang.route import route, split_runs

CASES = [ln.split("\t") for ln in read_lines(FIXTURES / "route" / "cases.tsv") if not ln.startswith("#")]


@pytest.mark.parametrize("expect,text,why", CASES, ids=[c[2] for c in CASES])
def test_case(expect: str, text: str, why: str) -> None:
    r = route(text)
    assert r.lang == expect, r.reason
    assert 0 <= r.confidence <= 1 and r.reason


def test_romanized_names_always_english() -> None:
    names = [n for n in read_lines(FIXTURES / "route" / "romanized_names.txt") if not n.startswith("#")]
    assert len(names) > 30
    assert {n: route(n).lang for n in names if route(n).lang != "en"} == {}


def test_same_answer_in_every_process() -> None:
    texts = [ln.split("\t", 1)[1] for ln in read_lines(FIXTURES / "route" / "other_languages.tsv")
             if not ln.startswith("#")]
    texts += read_lines(FIXTURES / "corpus" / "news-dev-300.en")[:40]
    script = ("import sys, json; from bilingual.lang.route import route; "
              "print(json.dumps([route(t).model_dump() for t in json.load(sys.stdin)]))")
    import json
    outputs = set()
    for seed in ("1", "2"):
        proc = subprocess.run([sys.executable, "-c", script], input=json.dumps(texts), capture_output=True,
                              text=True, env={"PYTHONHASHSEED": seed, "PATH": ""}, check=True, timeout=120)
        outputs.add(proc.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == [route(t).model_dump() for t in texts]


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        route(b"bytes")  # type: ignore[arg-type]


def test_long_inputs_do_not_crash() -> None:
    assert route("The ministers met in Seoul on Thursday. " * 25_000).lang == "en"  # 1 MB line
    assert route("word " * 200_000).lang in ("en", "other")  # no evidence either way; no crash
    assert route("가나다 " * 250_000).lang == "ko"
    assert route("ㅋ" * 100_000).lang == "ko"


def test_runs_of_the_issue_example() -> None:
    text = "블링컨(Antony Blinken) 美 국무장관"
    runs = [(text[s:e].strip(" ()"), r.lang) for s, e, r in split_runs(text)]
    assert runs == [("블링컨", "ko"), ("Antony Blinken", "en"), ("美 국무장관", "ko")]


def test_korean_sentence_quoting_english() -> None:
    text = '그는 "We will faithfully implement the agreement"라고 말했다.'
    langs = [(text[s:e], r.lang) for s, e, r in split_runs(text)]
    assert [lang for _, lang in langs] == ["ko", "en", "ko"]
    assert "faithfully implement" in langs[1][0]


def test_lone_latin_word_stays_in_korean_run() -> None:
    text = "조태열 장관은 APEC에서 블링컨 장관을 만났다."
    assert [(s, e, r.lang) for s, e, r in split_runs(text)] == [(0, len(text), "ko")]


def test_runs_cover_every_block_in_order(seed_pages: dict[str, str]) -> None:
    for page in seed_pages.values():
        doc = bilingual.process(page)
        for block in doc.blocks:
            runs = [r for r in doc.runs if r.block == block.index]
            assert runs[0].start == block.start and runs[-1].end == block.end
            assert all(a.end == b.start for a, b in itertools.pairwise(runs))
            assert block.route is not None


def test_seed_caption_routes() -> None:
    page = (FIXTURES / "pages" / "003_859991c246c8114b.txt").read_text(encoding="utf-8")
    doc = bilingual.process(page)
    captions = [b for b in doc.blocks if b.label == "caption"]
    assert [b.route.lang for b in captions if b.route] == ["ko", "en"]


@pytest.mark.parametrize("text", ["a" * 100_000, ("QUJDREVGR0g=" * 10_000), "x@" * 50_000, "a.b+c" * 20_000])
def test_long_words_and_blobs_route_in_linear_time(text: str) -> None:
    # the address rule was tried from every position of a run (route("a" * 100_000) took 54 s); now a run is
    # tried once. benchmarks/bench_complexity.py measures the growth; here the answer must be unchanged
    assert route(text).lang in ("en", "other", "und")


def test_addresses_are_still_found_inside_text() -> None:
    from bilingual.lang.route import _URL_OR_EMAIL
    found = [m.group() for m in _URL_OR_EMAIL.finditer("메일 kim.cho+news@yna.co.kr, 사이트 www.yna.co.kr 및 a@b")]
    assert found == ["kim.cho+news@yna.co.kr,", "www.yna.co.kr"] or found == ["kim.cho+news@yna.co.kr",
                                                                             "www.yna.co.kr"]


@pytest.mark.parametrize("text", ["Poet Ko Un dies at 92.", "Ulsan Hyundai sacks manager Hong Myung-bo.",
                                  "Nexon posted record quarterly sales in Pangyo."])
def test_names_do_not_make_a_short_english_sentence_foreign(text: str) -> None:
    from bilingual.lang.route import decide

    assert decide(text).lang == "en"


@pytest.mark.parametrize("text", ["Eda Yıldız runs a kebab shop in Busan.", "Şükrü Öztürk opened a bakery in Daegu.",
                                  "Coach Mário Gonçalves praised his young squad."])
def test_an_accented_name_does_not_make_a_short_english_sentence_foreign(text: str) -> None:
    # langdetect reads the first two as Turkish with certainty; the accented letters are in names only
    from bilingual.lang.route import decide

    assert decide(text).lang == "en"


@pytest.mark.parametrize("text", ["Sur la côte, Müller a ouvert un café.", "Três pessoas ficaram feridas em Busan.",
                                  "Ärzte warnen vor Hitze in Daegu."])
def test_accented_words_in_lower_case_or_first_keep_a_sentence_foreign(text: str) -> None:
    from bilingual.lang.route import decide

    assert decide(text).lang == "other"


@pytest.mark.parametrize("text", ["Der Botschafter besuchte gestern das Parlament in Seoul.",
                                  "Il governo coreano ha annunciato nuove misure economiche.",
                                  "Regeringen i Stockholm ska öka stödet till Ukraina."])
def test_foreign_sentences_with_names_stay_foreign(text: str) -> None:
    from bilingual.lang.route import decide

    assert decide(text).lang == "other"


_WORD_PIECES = ["Seoul", "WWW.", "www.", "Www.Example.com", "http://x.kr/a", "HTTPS://Y", "kim@mofa.go.kr", "A@B.CO",
                "@", "://", "Straße", "İstanbul", "K", "ſ", "it’s", "don't", "Nvidia's", "서울", "3.5%", " ", ", ", "-",
                "É"]


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=10))
def test_words_are_the_lowered_words_outside_urls_and_emails(pieces: list[str]) -> None:
    """Facts.words (lowered at once for ASCII text, the URL search skipped when none can be there) is its
    definition: each word outside URLs and e-mail addresses, lowered, with ’ written '."""
    from bilingual.text.scripts import script_counts

    route_module = sys.modules["bilingual.lang.route"]  # the package exports route(), the function, by that name

    text = "".join(pieces)
    expected = [w.lower().replace("’", "'")
                for w in route_module._WORDS.findall(route_module._URL_OR_EMAIL.sub(" ", text))]
    assert route_module.Facts(text, script_counts(text)).words == expected
    if route_module._URL_OR_EMAIL.search(text):
        assert route_module._may_hold_url_or_email(text)


def test_runs_of_a_long_mixed_line_are_its_pieces_in_each_language() -> None:
    # a long line alternating Korean and English sentences (the huge-line shape): one run per sentence, in order,
    # the English ones routed en, covering the line
    ko, en = "조태열 외교부 장관이 서울에서 말했다. ", "The minister said on Monday that the talks would go on. "
    text = (ko + en) * 3000
    runs = split_runs(text)
    assert [(s, e) for s, e, _ in runs] == [(i * len(ko + en) + a, i * len(ko + en) + b)
                                            for i in range(3000) for a, b in ((0, len(ko)), (len(ko), len(ko + en)))]
    assert [r.lang for _, _, r in runs] == ["ko", "en"] * 3000


def test_the_runs_of_a_document_share_one_route_per_distinct_route() -> None:
    ko = "외교부 장관이 서울에서 회담 결과를 설명했다. "
    en = "The minister explained the result of the talks in Seoul. "
    doc = bilingual.process((ko + en) * 50)
    assert [r.route.lang for r in doc.runs] == ["ko", "en"] * 50
    assert len({id(r.route) for r in doc.runs}) == len({r.route for r in doc.runs}) == 2
    assert [doc.text[r.start:r.end].strip() for r in doc.runs] == [ko.strip(), en.strip()] * 50


_ROUTED_PIECES = ["The", "the", "of", "and", "der", "und", "les", "que", "Seoul", "Straße", "it’s", "don't", "İstanbul",
                  "www.example.kr", "kim@mofa.go.kr", "서울", "2025", ", ", ". ", " ", " ", "-", "É"]


@given(st.lists(st.sampled_from(_ROUTED_PIECES), max_size=40))
def test_a_long_texts_words_are_counted_as_a_short_texts_are_listed(pieces: list[str]) -> None:
    """mem32: past LISTED_LENGTH characters the words are counted as they are found, not listed: the same count and the
    same function-word hits, so the same route."""
    from bilingual.text.scripts import script_counts

    route_module = sys.modules["bilingual.lang.route"]
    text = "".join(pieces)
    listed = route_module.Facts(text, script_counts(text))
    expected = (len(listed.words), dict(listed.hits))
    decided = route_module.decide(text)
    original = route_module.LISTED_LENGTH
    route_module.LISTED_LENGTH = -1  # every text "long"
    try:
        counted = route_module.Facts(text, script_counts(text))
        assert (counted.word_count, counted.hits) == expected
        assert "words" not in counted.__dict__  # never listed
        assert route_module.decide(text) == decided
    finally:
        route_module.LISTED_LENGTH = original


def test_a_huge_english_line_routes_as_before_without_listing_its_words() -> None:
    route_module = sys.modules["bilingual.lang.route"]
    line = ("Officials in Busan said the new ferry to Fukuoka would start in May, and that the port was ready. "
            "Ticket prices were not announced yet. ") * 1200
    assert len(line) > route_module.LISTED_LENGTH
    facts = route_module.Facts(line.strip(), route_module.script_counts(line.strip()))
    assert facts.word_count == 1200 * 25 and facts.hits["en"] > 0 and "words" not in facts.__dict__
    decided = route(line)
    assert (decided.lang, decided.reason) == ("en", f"English function words ({facts.hits['en']} of 30000 words)")


def test_a_huge_documents_runs_are_held_compact_and_read_as_validated_ones() -> None:
    # mem33: past LISTED_LENGTH characters each run is made compact as it is found (memory.compact_record), the same
    # values as a run validated from them, the route shared by the runs that have an equal one; a page's runs are
    # validated from dicts as before. mem36: past columns.COMPACT_AFTER runs they are held as columns (each run read
    # is made then: the same values, the same shared route), below it as compact records
    from bilingual.columns import COMPACT_AFTER
    from bilingual.context import Context
    from bilingual.document import Document, Run
    from bilingual.lang.route import route_blocks
    from bilingual.memory import compact_record
    from bilingual.page.blocks import split_blocks
    from bilingual.text.scripts import LISTED_LENGTH

    def shares_keys(run: Run) -> bool:  # a dictionary of shared keys (PEP 412) has the size of a compact copy's
        return sys.getsizeof(run.__dict__) == sys.getsizeof(compact_record(Run(**run.model_dump())).__dict__)

    context = Context.create()
    page = ("목포항 여객선(Mokpo Ferry Terminal)이 오늘 운항을 멈췄다.\nThe port reopened at noon.\n"
            "부산 (Busan Port) 역시.")
    huge = page.replace("\n", " ") * (LISTED_LENGTH // len(page) + 1)
    fewer = page.replace("\n", " ") * (COMPACT_AFTER // 8)  # a huge line with fewer runs than COMPACT_AFTER
    small, large, middle = (route_blocks(split_blocks(Document.create(text), context), context)
                            for text in (page, huge, fewer + " " * LISTED_LENGTH))
    assert len(small.runs) >= 4 and len(large.runs) > COMPACT_AFTER >= len(middle.runs) > 1_000
    assert not any(map(shares_keys, small.runs)) and not small.runs.compact
    assert large.runs.compact and not middle.runs.compact and all(map(shares_keys, middle.runs))
    for run in (*large.runs, *middle.runs):
        assert Run(**run.model_dump()) == run
        assert run.model_dump_json() == Run(**run.model_dump()).model_dump_json()
    assert [(r.start, r.end, r.block, r.route) for r in large.runs] == [
        (run.start, run.end, run.block, run.route) for run in large.runs[:]]
    english = [run.route for run in large.runs if run.route.lang == "en"]
    assert len(english) >= 2 and all(r is english[0] for r in english[1:] if r == english[0])


def test_jamo_only_is_told_as_by_counting_the_jamo() -> None:
    """perf43: a Korean text is jamo only exactly when its Hangul letters are all jamo; a syllable, found first,
    rules that out without counting the jamo. Checked against the count on mixed texts of syllables, jamo of both
    blocks, other Hangul (extended jamo, half-width), unassigned code points of the Hangul ranges and Latin."""
    import importlib
    import random

    from bilingual.text.scripts import script_counts

    route_module = importlib.import_module("bilingual.lang.route")  # the package's ``route`` is the function
    pieces = ["가", "힣", "ㄱ", "ㅋㅋ", "\u1100", "\u11a8", "\u318f", "\ua960", "\ud7b0", "\uffa1", "\uffbf", "a",
              "Seoul", " ", "!", "1", "北"]
    rng = random.Random(43)
    told = set()
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))).strip()
        facts = route_module.Facts(text, script_counts(text))
        got = route_module._jamo_or_hangul(facts)
        counts = facts.counts
        if not (counts.hangul and counts.hangul * 3 >= counts.latin):
            expected = None
        elif counts.hangul == len(route_module._JAMO.findall(text)):
            expected = ("ko", 0.7, "Hangul jamo only")
        else:
            expected = ("ko", 0.99, "Hangul" + (" with Han characters" if counts.han else ""))
        assert (got and (got.lang, got.confidence, got.reason)) == expected, text
        told.add(expected and expected[2])
    assert told == {None, "Hangul jamo only", "Hangul", "Hangul with Han characters"}


def test_function_words_tallied_as_word_by_word() -> None:
    """perf43: the function words of each language counted over the words that are some are the counts of every
    word looked up in turn, and the words counted are all of them."""
    import importlib
    import random

    from bilingual.text.scripts import script_counts

    route_module = importlib.import_module("bilingual.lang.route")
    stock = [w for words in route_module._FUNCTION_WORDS.values() for w in sorted(words)][::3]
    stock += ["harbour", "Busan", "ferry", "fees", "don't", "l'été", "über", "met", "war"]
    rng = random.Random(44)
    for _ in range(2000):
        text = " ".join(rng.choice(stock) for _ in range(rng.randint(0, 30)))
        facts = route_module.Facts(text, script_counts(text))
        hits = dict.fromkeys(route_module._EXCLUSIVE, 0)
        for word in facts.words:
            for lang in route_module._LANGS_OF_WORD.get(word, ()):
                hits[lang] += 1
        assert facts.word_count == len(facts.words)
        assert list(facts.hits.items()) == list(hits.items()), text
        if any(hits[k] for k in hits if k != "en"):
            assert facts.foreign == max((k for k in hits if k != "en"), key=lambda k: hits[k])


def test_a_huge_documents_runs_are_columns_of_the_values_split_runs_gives() -> None:
    # mem35: a run of a huge document started at the same int object its predecessor in the block ended at; mem36:
    # past columns.COMPACT_AFTER runs they are held as columns (no int object per position at all); the values
    # are those of the runs as split_runs gives them
    from bilingual.context import Context
    from bilingual.document import Document
    from bilingual.lang.route import route_blocks, split_runs
    from bilingual.page.blocks import split_blocks
    from bilingual.text.scripts import LISTED_LENGTH

    context = Context.create()
    piece = "Reuters 통신(Reuters News)은 전했다 that the talks in Geneva stalled; 협상은 멈췄다. "
    text = piece * (LISTED_LENGTH // len(piece) + 2)
    doc = route_blocks(split_blocks(Document.create(text), context), context)
    block = doc.blocks[0]
    assert len(doc.blocks) == 1 and len(doc.runs) > 2_000
    expected = [(block.start + s, block.start + e) for s, e, _ in split_runs(doc.block_text(block))]
    assert [(run.start, run.end) for run in doc.runs] == expected
    pairs = list(zip(doc.runs, doc.runs[1:], strict=False))
    adjacent = [(a, b) for a, b in pairs if a.end == b.start]
    assert len(adjacent) == len(pairs)  # split_runs covers its text
    assert doc.runs.compact and all(run.block == 0 for run in doc.runs)


def test_route_blocks_gives_each_block_its_route_as_model_copy_does(monkeypatch: pytest.MonkeyPatch) -> None:
    # perf65: each block with its route made by memory.record_with, not pydantic's model_copy: the same fields, the
    # same set of fields given, and no model_copy asked (which fails before perf65)
    from bilingual.context import Context
    from bilingual.document import Block, Document
    from bilingual.lang.route import route_blocks
    from bilingual.page.blocks import split_blocks

    text = ("Harbor ferries sail at dawn\n블링컨(Antony Blinken) 美 국무장관은 항구를 찾았다.\n"
            "Quiz: tides of the bay\n© 2031")
    context = Context.create()
    doc = split_blocks(Document.create(text), context)
    copies: list[Block] = []
    original = Block.model_copy
    monkeypatch.setattr(Block, "model_copy", lambda self, *a, **k: copies.append(self) or original(self, *a, **k))
    routed = route_blocks(doc, context)
    assert copies == []
    for block, was in zip(routed.blocks, doc.blocks, strict=True):
        expected = original(was, update={"route": route(doc.block_text(was))})
        assert block == expected and block.model_fields_set == expected.model_fields_set
        assert block.model_dump_json() == expected.model_dump_json()
