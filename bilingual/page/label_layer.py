"""A learned layer over the labelling rules: cheap features of a labelled line and its neighbours, scored by a table.

The rules of :mod:`bilingual.page.blocks` label every line; this module describes each line as a list of binary
features (the rule that fired and its label, the line's shape, its place on the page, its neighbours' shapes and
labels) and scores them with a multinomial logistic regression stored as a table (a weight per label for each
feature, a dot product and a softmax, no library at run time). ``evaluation/blocks_time_travel.py`` measures whether
such a layer, trained only on the fragments written before a set, labels that set better than the rules alone
(docs/log/blocks.md, "labels9 branch"). A second table then re-decides each line from the same features and the first
table's labels of the lines around it (:func:`context_features`, :func:`second_pass`; docs/blocks.md, "labels11
branch").
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import islice

from bilingual.document import BLOCK_LABELS, BlockLabel
from bilingual.files import data_rows
from bilingual.linear import LinearModel, read_linear_model, softmax
from bilingual.page.sentence_end import CLOSERS, ends_sentence
from bilingual.text.counts import ascii_letters, digits, hangul_syllables, word_runs

Model = LinearModel
"""A weight per label (in :data:`bilingual.document.BLOCK_LABELS`' order) for each feature, and the biases."""

_DATE = re.compile(r"\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}\s*년|"
                   r"\d{1,2}\s*월\s*\d{1,2}\s*일|"
                   r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}:\d{2}", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_URL = re.compile(r"https?://|www\.|\.(?:com|kr|org|net)\b", re.I)
_URL_CUES = ("http", "www.", ".com", ".kr", ".org", ".net")  # one of them is in every match: a cheap test first
_NUMERIC_DATE = re.compile(r"\d(?:\d{3}[-./]\s?\d{1,2}[-./]\s?\d{1,2}|\d?[./]\d{1,2}[./]\d{4}|\d{3}\s*년|"
                           r"\d?\s*월\s*\d{1,2}\s*일|\d?:\d{2})")
"""The branches of :data:`_DATE` that begin with a digit, the digit factored out (so the engine skips to digits):
a text has a match of :data:`_DATE` if and only if it has one of these or of its month branch (:func:`_has_date`)."""
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_HANGUL = re.compile("[가-힣]")
_LATIN = re.compile("[A-Za-z]")
_DIGIT = re.compile(r"\d")
_ASCII_LOWER = re.compile("[a-z]")
_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"\s*(?:[•·▶▷►■□◆◇○●▲△※\-*–—]|\d{1,2}[.)])")
_SEPARATORS = {"bar": "|", "gt": ">", "dot": "·", "bullet": "•", "slash": "/", "colon": ":", "eq": "=",
               "comma": ",", "dash": "—", "paren": "(", "bracket": "["}


def _bucket(n: int, edges: Sequence[int]) -> int:
    """The index of the first edge at least ``n`` (``len(edges)`` past the last): the edges are in increasing order,
    so it is where ``n`` would go among them, to the left of an equal edge."""
    return bisect_left(edges, n)


def _ending(text: str) -> str:
    text = text.rstrip("\"”’')]》」 ")
    if not text:
        return "none"
    last = text[-1]
    if last == "." and len(text) > 1 and text[-2] in "다요":
        return "ko-stop"
    if last in ".?!:;,":
        return last
    if last.isdigit():
        return "digit"
    if _HANGUL.match(last):
        return "hangul"
    if _LATIN.match(last):
        return "latin"
    return "sign"


def _counts(text: str) -> tuple[int, int, int, int]:
    """How many runs of ``\\w``, Hangul syllables, ASCII letters and ``\\d`` digits ``text`` has (the counts of
    :data:`_WORD`, :data:`_HANGUL`, :data:`_LATIN` and :data:`_DIGIT`, taken by :mod:`bilingual.text.counts`)."""
    return (word_runs(text), hangul_syllables(text), ascii_letters(text),
            digits(text))


_LONG_S = "\u017f"
"""ſ, the one character beyond ASCII that a month's letters match in :data:`_DATE`'s case (``re.I``: it is an
``s``) without holding that letter in lower case (every other such character lowers to the letter it matches)."""


def _has_date(text: str) -> bool:
    """Whether :data:`_DATE` finds a date in ``text``: its digit-led branches first (:data:`_NUMERIC_DATE`), the
    whole pattern only where its month branch may match (only with a month's first three letters in the lower-cased
    text, or an ſ, :data:`_LONG_S`)."""
    if _NUMERIC_DATE.search(text) is not None:
        return True
    lower = text.lower()
    if not any(map(lower.__contains__, _MONTHS)) and _LONG_S not in text:
        return False
    return _DATE.search(text) is not None


_LEN_EDGES = (10, 20, 40, 80, 160)
_WORDS_EDGES = (1, 2, 3, 5, 10, 20)
_DIGITS_EDGES = (0, 2, 5)
_LEN_FEATURES = tuple(sys.intern(f"len={k}") for k in range(len(_LEN_EDGES) + 1))
_WORDS_FEATURES = tuple(sys.intern(f"words={k}") for k in range(len(_WORDS_EDGES) + 1))
_DIGITS_FEATURES = tuple(sys.intern(f"digits={k}") for k in range(len(_DIGITS_EDGES) + 1))
_MANY_DIGITS = sys.intern("digits=many")
_SCRIPT_FEATURES = {script: sys.intern(f"script={script}") for script in ("ko", "en", "mixed", "none")}
_END_FEATURES = {ending: sys.intern(f"end={ending}")
                 for ending in ("none", "ko-stop", *".?!:;,", "digit", "hangul", "latin", "sign")}
_SEPARATOR_FEATURES = tuple((sys.intern(f"sep={name}"), sign) for name, sign in _SEPARATORS.items())
_SEP_COLON = sys.intern("sep=colon")
_DATE_FEATURE, _EMAIL_FEATURE, _URL_FEATURE = sys.intern("date"), sys.intern("email"), sys.intern("url")
_OPENS_BRACKET, _BULLET_FEATURE = sys.intern("opens-bracket"), sys.intern("bullet")
_CAPS, _TITLE_CASE = sys.intern("caps"), sys.intern("title-case")
"""The features of a line's shape, each written and interned once (perf65: the f-strings and the interning of every
line's list were a third of :func:`_shape`)."""


def _shape(text: str) -> tuple[list[str], bool]:
    """The line's own shape (length, words, script, separators, digits, dates, e-mail, URL, brackets, ending,
    capitals), and whether it is a paragraph of prose (the rules' own test is finer; this one is only a feature).
    Every feature is one of the interned strings above (each line's list shares them)."""
    chars = len(text)
    words, hangul, latin, digits = _counts(text)
    script = "ko" if hangul and hangul >= 3 * latin else "en" if latin and latin >= 3 * hangul else \
        "mixed" if hangul or latin else "none"
    ending = _ending(text)
    out = [_LEN_FEATURES[_bucket(chars, _LEN_EDGES)], _WORDS_FEATURES[_bucket(words, _WORDS_EDGES)],
           _SCRIPT_FEATURES[script], _END_FEATURES[ending],
           _DIGITS_FEATURES[_bucket(digits, _DIGITS_EDGES)] if 3 * digits < max(chars, 1) else _MANY_DIGITS]
    out += [feature for feature, sign in _SEPARATOR_FEATURES if sign in text]
    if ":" in text and _KEY_VALUE.match(text) and sentence_value(text):
        out.remove(_SEP_COLON)  # a speaker's or a field's colon before a sentence separates no items
    if digits and _has_date(text):  # every kind of date has a digit
        out.append(_DATE_FEATURE)
    if "@" in text and _EMAIL.search(text):
        out.append(_EMAIL_FEATURE)
    if "." in text and any(map(text.lower().__contains__, _URL_CUES)) and _URL.search(text):
        out.append(_URL_FEATURE)
    if text[:1] in "[(【<":
        out.append(_OPENS_BRACKET)
    if _BULLET.match(text):
        out.append(_BULLET_FEATURE)
    if latin >= 2:
        if _ASCII_LOWER.search(text) is None:
            out.append(_CAPS)
        elif text[:1].isupper():
            # the first letters of the words of more than three characters that open with a letter (a word longer
            # than one character opens with w[0], as with w[:1]): three in four of them capitals
            content = list(filter(str.isalpha, [w[0] for w in text.split() if len(w) > 3]))
            if content and sum(map(str.isupper, content)) * 4 >= 3 * len(content):
                out.append(_TITLE_CASE)
    long = len(text) >= 60 and ending in ("ko-stop", ".", "hangul") if hangul >= 10 else words >= 20
    return out, long


_PHONE = re.compile(r"\d\d\)?[ -]\d{3,4}[ -]\d{4}\b")
"""A phone number's last three groups (``+82 2-123-4567``, ``(02) 730 1234``, ``043-830-3182``)."""
_KEY_VALUE = re.compile(r"[^:：]{1,24}[:：]\s*\S")


def sentence_value(text: str) -> bool:
    """Whether the line, a field (:data:`_KEY_VALUE`), holds a sentence after its first colon: a speaker's turn
    (``Mike: All right.``, ``남편 : 아내가 부엌에서 잃어버렸지.``) or a field whose value is prose
    (``Admission: Free with museum entry.``), told from a data field (``품목: 전기요``, ``Attendance: 24,117``,
    ``화요일: 09:00~22:00``, ``Monday-Friday: 9 a.m.-6 p.m.``): the value ends like a sentence
    (:func:`~bilingual.page.sentence_end.ends_sentence`, the rules' definition), has two words or more (one Korean
    word of two syllables or more: ``좋아.``), and fewer than a quarter of its characters are digits."""
    value = re.split("[:：]", text, maxsplit=1)[1].strip()
    if not ends_sentence(value) or 4 * sum(c.isdigit() for c in value) >= len(value):
        return False
    return " " in value or hangul_syllables(value) >= 2
_TIME_AT_END = re.compile(r"(?:\d{1,2}:\d{2}|\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?)\s*\)?$")
_CUE_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("related", ("관련", "related", "latest", "다른 기사", "더보기", "인기", "많이 본", "추천", "recommended",
                 "popular", "read next", "also"), ("more",)),
    ("contact", ("contact", "문의", "담당", "전화", "press@", "media", "inquir", "연락"), ("tel",)),
    ("note", ("editor's note", "editors note", "편집자", "note:", "disclaimer", "views expressed", "책임", "본지",
              "reproduc", "무단"), ()),
    ("comment", ("댓글", "답글", "좋아요", "reply", "replies"), ("comment", "like")),
    ("photo", ("photo", "사진", "제공", "courtesy", "자료"), ("file",)),
)
"""Words that open or name a kind of line in either language, looked for in the line in lower case: a list of other
stories, a contact, a note or disclaimer, reader comments, a photo's credit (each kind: words found anywhere, and
short words that count only standing alone, :data:`_ALONE`). A cue is only a feature: the table learns what it is
worth next to the rule that fired and the line's place."""
_ALONE = {"play": re.compile(r"\bplay\b"), "vote": re.compile(r"\bvotes?\b"),
          "more": re.compile(r"\bmore\b"), "tel": re.compile(r"\btel\b"), "comment": re.compile(r"comments?\b"),
          "like": re.compile(r"\blikes?\b"), "file": re.compile(r"\bfile\b")}
_OPENERS = (("※", "note"), ("■□◆◇", "box"), ("▲△▶▷►", "arrow"), ("“\"‘'", "quote"))
_OPENER_OF = {mark: name for marks, name in reversed(_OPENERS) for mark in marks}
"""Each mark of :data:`_OPENERS` and its kind (the first kind that lists it)."""
_CHANGE = re.compile(r"[▲▼△▽]\s?\d|[+\-−]\d+(?:\.\d+)?%")
"""A figure's change, as a ticker or a rates box shows it (``▲6.05``, ``-2.31%``)."""
_TIMECODE = re.compile(r"\d:\d{2}\s*/\s*\d{1,2}:\d{2}")
"""A player's elapsed and total time (``0:00 / 3:12``)."""
_GAP = re.compile(r"\S(?: {2,}|\t)(?=\S)")
"""A wide gap between two items (two spaces or more, or a tab): the cells of a table or a ticker without bars."""
_SOURCE_LABEL = re.compile(
    r"\W{0,3}(?:(?:기준|as\s+of)\s+[^·|;]{1,24}\s*[·|;,]\s*)?(?:자료|출처|(?:자료|데이터)\s*제공|sources?|data\s+source)\s*[:：=]",
    re.I)
"""labels25: a source's label opening the line (``자료: …``, ``Source: …``, ``기준 15:30 · 자료: …``): under a table its
legend (body), at the page's foot the site's credit (footer); no field of the article's data (``other``)."""
_KO_ENUM = re.compile(r"[가나다라마바사아자차카타파하]\s?[.)]\s")
"""A Korean item letter opening a line (``나. 부의안건``)."""
_WIDGET_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("account", ("subscribe", "subscriber", "sign in", "log in", "sign up", "구독", "로그인", "회원가입"), ()),
    ("player", ("listen", "audio", "podcast", "듣기", "재생"), ("play",)),
    ("poll", ("poll", "survey", "quiz", "설문", "투표", "퀴즈", "만족"), ("vote",)),
)
"""Words of widgets (:data:`_CUE_WORDS`' kinds): an account or paywall, an audio player, a poll or a quiz."""
_ANY_CUE_WORD = re.compile("|".join(map(re.escape, sorted(
    {w for _, words, alone in (*_CUE_WORDS, *_WIDGET_WORDS) for w in (*words, *alone)}))))
"""Any word of :data:`_CUE_WORDS` and :data:`_WIDGET_WORDS` (standing alone or not): every cue of theirs needs one in
the line, and most Korean lines have none, so one search rules them all out before the words are tried kind by kind."""
_CUE_KINDS = tuple((sys.intern(f"cue={name}"), frozenset(words), alone)
                   for name, words, alone in (*_CUE_WORDS, *_WIDGET_WORDS))
"""Each kind of :data:`_CUE_WORDS` and :data:`_WIDGET_WORDS`, in order: its feature, its words, its words that count
only standing alone."""
_EVERY_CUE_WORD = tuple(sorted({w for _, words, alone in _CUE_KINDS for w in (*words, *alone)}))
"""Every word of :data:`_CUE_KINDS`, each once: a line's are found in one pass, then the kinds read from them."""
_ASCII_CUE_WORDS = tuple(w for w in _EVERY_CUE_WORD if w.isascii())
"""The words of :data:`_EVERY_CUE_WORD` in ASCII: the others are Korean, each with a Hangul syllable (:data:`_HANGUL`),
so a line without one holds none of them."""


def _cues(text: str) -> list[str]:
    """The line's cues beyond its shape (kept apart from :func:`_shape`): a phone number, a time or date closing it
    (a comment's stamp), a short label and a colon opening it (``품목: …``, ``Media contact: …``; a field whose value
    is a sentence, :func:`sentence_value`, is a cue of its own, not a field's), its cells between
    bars and how many hold figures, the mark it opens with (※, a box, an arrow, a quotation mark, a figure), and
    :data:`_CUE_WORDS`."""
    out = []
    has_digit = _DIGIT.search(text) is not None
    if has_digit:
        if _PHONE.search(text):
            out.append("phone")
        if _TIME_AT_END.search(text[-40:]):  # a stamp closes the line: its tail is enough
            out.append("time-end")
    if _KEY_VALUE.match(text):
        out.append("key-value=sentence" if sentence_value(text) else "key-value")
    if "|" in text:
        cells = text.split("|")
        figures = sum(_DIGIT.search(c) is not None for c in cells)
        out.append(f"cells={min(len(cells), 5)}")
        out.append(f"cells-digits={'none' if not figures else 'some' if 2 * figures < len(cells) else 'most'}")
    first = text[:1]
    opener = _OPENER_OF.get(first) or ("digit" if first.isdigit() else None)
    if opener:
        out.append(f"open={opener}")
    low = text.lower()
    # the words in the line, each word tested once (not once per kind that lists it, nor through a generator per
    # kind): a kind's word is in the line if and only if it is among them. Each Korean word holds a Hangul syllable,
    # so a line without one is tried for the ASCII words only (perf65: an English line, ASCII or with curly quotes);
    # on a line with Hangul the cheap test first (a Korean line seldom holds any of the words)
    if text.isascii() or _HANGUL.search(low) is None:
        found = set(filter(low.__contains__, _ASCII_CUE_WORDS))
    elif _ANY_CUE_WORD.search(low) is not None:
        found = set(filter(low.__contains__, _EVERY_CUE_WORD))
    else:
        found = set()
    if found:
        out += [feature for feature, words, alone in _CUE_KINDS
                if not found.isdisjoint(words) or any(w in found and _ALONE[w].search(low) for w in alone)]
    if has_digit:
        if _CHANGE.search(text):
            out.append("change")
        if ":" in text and _TIMECODE.search(text):
            out.append("timecode")
    gaps = len(_GAP.findall(text)) if "  " in text or "\t" in text else 0
    if gaps:
        out.append(f"gaps={min(gaps, 3)}")
    if _KO_ENUM.match(text):
        out.append("open=ko-item")
    if _SOURCE_LABEL.match(text):
        out.append("open=source")
    return [sys.intern(f) for f in out]




def _cell_count(text: str) -> int:
    """How many cells the line holds as a table row: items between bars, or between wide gaps (:data:`_GAP`); 0 for
    a line of neither."""
    if "|" in text:
        return text.count("|") + 1
    if "  " in text or "\t" in text:
        return len(_GAP.findall(text)) + 1
    return 0


POSITION_LINES = 40
"""The fifth of the page a line is in is read on pages of at most this many lines (every fragment has fewer): on a
long page a fifth is hundreds of lines, and the corpus's sentences read as one page of 720 lines had their first fifth
called headlines."""


def _position(i: int, n: int) -> list[str]:
    """Which fifth of a short page the line ``i`` of ``n`` is in (the indices from the top and the bottom only tell
    the first and last few lines apart); nothing on a page longer than :data:`POSITION_LINES`."""
    return [f"fifth={min(4, 5 * i // n)}"] if n <= POSITION_LINES else []


def features(texts: Sequence[str], rules: Sequence[tuple[str, str]]) -> list[list[str]]:
    """The features of each line of a page: ``texts`` are its non-empty lines (stripped), ``rules`` the name and
    label of the rule that labelled each one."""
    return list(iter_features(texts, rules))


def iter_features(texts: Sequence[str], rules: Sequence[tuple[str, str]]) -> Iterator[list[str]]:
    """:func:`features` one line at a time (a page of 100,000 lines holds only its lines' shapes and cues, shared
    strings)."""
    n = len(texts)
    if len(rules) != n:
        raise ValueError(f"{n} lines but {len(rules)} rules' labels")
    described = [_shape(t) for t in texts]
    # the cues of every line before the first is scored, as the shapes: each pattern runs over the lines one after
    # the other while its code is warm (line by line between the tables' lookups, ~2 ms more on 1,000 lines; perf43)
    cues = [tuple(_cues(t)) for t in texts]  # most lines have none: the one empty tuple
    cells = [_cell_count(t) for t in texts]
    shapes = [d[0] for d in described]
    long = [d[1] for d in described]
    first = next((i for i in range(n) if long[i]), n)
    last = next((i for i in range(n - 1, -1, -1) if long[i]), -1)
    for i, (name, label) in enumerate(rules):
        prev = rules[i - 1][1] if i else "START"
        nxt = rules[i + 1][1] if i + 1 < n else "END"
        where = "no-prose" if first == n else "top" if i < first else "end" if i > last else "article"
        own = shapes[i]
        f = [*_labels_features(name, label, prev, nxt, where), _INDEX[_bucket(i, _PLACE_EDGES)],
             _FROM_END[_bucket(n - 1 - i, _PLACE_EDGES)]]
        f += own
        f += _label_shape(label, *own[:4])
        f += cues[i]
        f += _position(i, n)
        if cells[i] >= 3:
            as_prev = i > 0 and cells[i - 1] == cells[i]
            as_next = i + 1 < n and cells[i + 1] == cells[i]
            if as_prev:
                f.append("cells-as-prev")
            if as_next:
                f.append("cells-as-next")
            if (as_prev or as_next) and _DIGIT.search(texts[i]):
                f.append("table-row")
        if i == 0 and n > 1 and rules[1][1] in _ARTICLE_LABELS:
            f.append(_FIRST_OVER_ARTICLE)
        if i:
            f += _neighbour_shape("prev", long[i - 1], *shapes[i - 1][:4])
        if i + 1 < n:
            f += _neighbour_shape("next", long[i + 1], *shapes[i + 1][:4])
        yield f


_ARTICLE_LABELS = frozenset({"byline", "dateline", "body", "caption"})
_FIRST_OVER_ARTICLE = sys.intern("first-next=article")
"""labels27: the page's first line (no chrome above it) over a line the rules call one of the article's own (its byline,
date, text or a picture's caption): a page's title, where a site's name opens a page over its menu (``한미 외교장관
회담`` over a caption pair). The fragments whose first line main's rules read as a headline: 66 gold site names, 40
over chrome, 23 over a title, 3 over other lines, **none** over the article's lines; 54 gold titles, 49 over the
article's lines, 5 over another title, none over chrome. One feature for the four labels, so that a caption under a
first line weighs as a byline or a date under it does; a feature for every kind of line under the first (chrome, a
title, other too) was tried and not kept (time travel d-s: 6 lines right, 9 wrong against 4 and 3; docs/log/blocks.md,
"labels27 branch")."""


# The features that repeat from line to line, written once (bounded: a page of rare combinations writes them again).
_PLACE_EDGES = (0, 1, 2, 5)
_INDEX = tuple(f"index={k}" for k in range(len(_PLACE_EDGES) + 1))
_FROM_END = tuple(f"from-end={k}" for k in range(len(_PLACE_EDGES) + 1))


@lru_cache(maxsize=4096)
def _labels_features(name: str, label: str, prev: str, nxt: str, where: str) -> tuple[str, ...]:
    """The rule, its label and its neighbours' labels, and the line's place against the article, as features."""
    return (f"rule={name}", f"lab={label}", f"prev={prev}", f"next={nxt}", f"lab={label}|prev={prev}",
            f"lab={label}|next={nxt}", f"where={where}", f"lab={label}|where={where}")


@lru_cache(maxsize=4096)
def _label_shape(label: str, *shape: str) -> tuple[str, ...]:
    """The rule's label with each of the first features of the line's shape."""
    return tuple(f"lab={label}|{s}" for s in shape)


@lru_cache(maxsize=4096)
def _neighbour_shape(side: str, long: bool, *shape: str) -> tuple[str, ...]:
    """A neighbour's (``prev`` or ``next``) first features of its shape and whether it is a paragraph of prose."""
    return (*(f"{side}-{s}" for s in shape), f"{side}-long={long}")


CONTEXT = 2
"""The second pass reads the first pass's labels of this many lines on each side of a line."""


def context_features(before: Sequence[str], own: str, after: Sequence[str], rule_label: str) -> list[str]:
    """The second pass's features of a line beyond :func:`features`: the first pass's label of the line (``own``),
    of the lines before it (``before``, nearest first) and after it (``after``, nearest first), up to
    :data:`CONTEXT` each side (``START``/``END`` past the page's edges), their pairs, how many lines on each side
    carry the line's own label, and the line's first-pass label against the rule's (``rule_label``)."""
    b = [*before[:CONTEXT], "START", "START"][:CONTEXT]
    a = [*after[:CONTEXT], "END", "END"][:CONTEXT]
    same_before = next((k for k, x in enumerate(b) if x != own), CONTEXT)
    same_after = next((k for k, x in enumerate(a) if x != own), CONTEXT)
    out = [f"p1={own}", f"p1prev={b[0]}", f"p1next={a[0]}", f"p1prev2={b[1]}", f"p1next2={a[1]}",
           f"p1={own}|p1prev={b[0]}", f"p1={own}|p1next={a[0]}", f"p1prev={b[0]}|p1next={a[0]}",
           f"p1={own}|same={same_before},{same_after}", f"p1={own}|lab={rule_label}"]
    return [sys.intern(f) for f in out]


@lru_cache(maxsize=4096)
def _context(before: tuple[str, ...], own: str, after: tuple[str, ...], rule_label: str) -> list[str]:
    """:func:`context_features`, kept for the few combinations of labels a page repeats (callers do not change it)."""
    return context_features(before, own, after, rule_label)


def read_model(rows: Iterable[tuple[int, list[str]]], name: str = "block_labels.tsv") -> Model:
    """A model from the rows of a table (``__labels__``: the columns; ``__bias__``; a row per feature); a clear
    :class:`DataError` on a bad row."""
    return read_linear_model(rows, BLOCK_LABELS, "__labels__", name)


def weighted_sums(model: Model, feats: Iterable[str]) -> tuple[float, ...]:
    """Each label's bias and weights of these features, summed in this order (features without a row left out)."""
    table, bias = model
    rows = [bias, *filter(None, map(table.get, feats))]  # a row is never empty: a weight for each label
    return tuple(map(sum, zip(*rows, strict=True)))


def probabilities(model: Model, feats: Iterable[str]) -> tuple[float, ...]:
    """Each label's probability for a line with these features (a softmax of the weighted sums)."""
    return tuple(softmax(weighted_sums(model, feats)))


THRESHOLD = 0.0
"""The least probability at which the layer's label replaces the rule's: 0, its most probable label (chosen by the
leave-one-set-out cross-validation over all sets, ``evaluation/blocks_time_travel.py --cv-all``)."""


MIN_LINES = 2
"""The layer reads pages of at least this many lines: a page of one line has no neighbours and no place on a page to
read, and on the corpus's sentences taken one a record it called titles and short sentences navigation (so their
names were not looked for); a one-line page keeps the rules' label. No fragment of sets c-f has one line, so the
time-travel figures are the same with or without it."""
KEEP_UNSEEN_RULES = True
"""Whether a line labelled by a rule the layer has no weight for (a rule that did not fire in its training lines, as
they were labelled at each set's first run) keeps the rule's label (chosen by the same cross-validation)."""
KEPT_RULES = frozenset({
    "caption-before-translation", "speaker-turn", "figures-row",
    # labels26: every rule that fired on sets d-m (current rules) and was right on every line it fired on there
    "announcement-item", "attachment-file", "author-bio", "author-box", "bold-speaker", "byline", "byline-email",
    "caption-credit", "caption-marker", "caption-opener", "contact-line", "content-note", "counter",
    "department-contact", "disclaimer", "faq-question", "feedback", "field-line", "heading-over-data",
    "interview-question", "market-strip", "menu-item", "menu-run", "operator-number", "pagination", "part-heading",
    "picture-credit", "press-contact", "related-heading", "related-inline", "section-label", "source-line",
    "speaker-mark", "table-header", "table-row", "table-under-header", "timeline-entry", "tip-line", "widget",
    # stop 42: right on every line it fired on in every set (five, sets p-t), overridden there on two by the layer
    "units-line",
    # labels46: the same test again on sets a-ab (every rule right on every line it fired on, overridden by the layer
    # on some): a form's field label, a crumb's title, a customer's review, a cast list's pair, a release's enclosure
    "attachment", "crumb-title", "customer-review", "dash-pair", "form-field",
})
"""Rules whose label the layer never replaces: their evidence is a relation between two lines that the layer's
features do not see. ``caption-before-translation`` calls a Korean line a caption because the next line is its English
translation with a photo credit (the seed pages' shape); the layer reads only the neighbour's shape, and on a line at
the top of a page under the title its position features outweigh the rule (docs/log/blocks.md, "Set o, run once").
``speaker-turn`` calls a line a dialogue's turn because the turns around it bring a speaker back; retrained with set p,
whose FAQ questions read ``Q: …?``, the layer took a turn ending in a question mark for a heading (docs/log/blocks.md,
"Set p, run once"). ``figures-row`` (labels25) fired in the training lines only at set r's first run, on two lines,
both a table's title (``<… 도시락 매출 증가율>``, ``Q1 2025 by the numbers``: headlines by the label table, read by
``heading-over-data`` now): learned from its two misfires, the layer turned rows of figures inside the text into
headlines (docs/log/blocks.md, "labels25 branch").

labels26 added every rule that, with the rules of its checkout, fired on the fragments of sets d-m and was right on
every line it fired on there (chosen on d-m; n-r reported): on those sets under time travel the layer had overridden
such rules only wrongly (a table's head read as navigation, a caption with its credit as navigation or body, an
interview's question as a headline), and on set r it turned a notice, a tip line and a file to download
(docs/log/blocks.md, "labels26 branch"). ``units-line`` (stop 42) fires on a table's units in brackets (``(단위: 건)``,
``(in billions of won, consolidated)``), a line the layer's features cannot tell from a table's bracketed title over
its rows (a headline by the label table): retrained with set t, the layer read such lines as headlines
(docs/log/blocks.md, "Set t, run once"). labels46 ran labels26's test again on every set (a-ab, the rules of its
base): five more rules were right on every line they fired on and the layer had only ever overridden them wrongly (a
form's field label as a headline or navigation, the title under a crumb as navigation, a customer's quoted review as a
footer, a cast list's ``role - actor`` pair as a headline, a release's ``붙임 …`` enclosure line as navigation or a
footer); each reads a relation between lines (fields next to each other, the crumb's last item, a run of pairs)
that the layer's features do not see (docs/log/blocks.md, "labels46 branch")."""


_SEEN_FEATURES = 1024
"""The most distinct feature lists of a page whose probabilities :func:`learned_labels` keeps while it reads the page
(news pages repeat them: 578 distinct lists for 1,000 lines of English news); a page of 100,000 lines holds no more."""


@lru_cache(maxsize=1)
def weights() -> Model:
    """The shipped table (``bilingual/data/block_labels.tsv``, written by ``training/train_block_labels.py``)."""
    return read_model(data_rows("block_labels.tsv"))


SECOND_PASS = True
"""Whether a second table re-decides each line with the first pass's labels of the lines around it
(:func:`context_features`; docs/log/blocks.md, "labels11 branch")."""


@lru_cache(maxsize=1)
def second_weights() -> Model:
    """The second pass's table (``bilingual/data/block_labels_second.tsv``, written by
    ``training/train_block_labels.py`` from first-pass labels each made by a table that had not seen the line's set)."""
    return read_model(data_rows("block_labels_second.tsv"), "block_labels_second.tsv")


Decision = tuple[BlockLabel, float | None]


Sums = Callable[[list[str]], tuple[float, ...]]
"""A table's weighted sums of a line's features (:func:`weighted_sums` with the table, or :class:`BothSums`' half)."""


class BothSums:
    """Both tables' weighted sums of a line's features from one lookup of each feature: the two passes score the
    same features (the second adds its context after them), so each feature's rows of the two tables are kept side
    by side in one row and summed together. A column's sum adds the same numbers in the same order as
    :func:`weighted_sums` with its own table (a feature without a row in either table is left out of both; a line
    with a feature that has a row in one table only is summed table by table). The sums of the page's distinct
    feature lists are kept, at most :data:`_SEEN_FEATURES` at a time, for the second pass to read after the first (and
    for the next pages: a sum depends on the features alone)."""

    def __init__(self, first: Model, second: Model) -> None:
        (table1, bias1), (table2, bias2) = first, second
        self.models = first, second
        self.width = len(bias1)
        self.table = {key: table1[key] + table2[key] for key in table1.keys() & table2.keys()}
        self.in_one = table1.keys() ^ table2.keys()
        self.bias = bias1 + bias2
        self.seen: dict[tuple[str, ...], tuple[float, ...]] = {}

    def both(self, feats: list[str]) -> tuple[float, ...]:
        """The first table's sums, then the second's."""
        key = tuple(feats)
        sums = self.seen.get(key)
        if sums is None:
            if len(self.seen) >= _SEEN_FEATURES:
                self.seen.clear()
            rows = list(map(self.table.get, feats))
            if None in rows:
                if not self.in_one.isdisjoint(feats):
                    sums = self.seen[key] = weighted_sums(self.models[0], feats) + weighted_sums(self.models[1], feats)
                    return sums
                rows = [row for row in rows if row is not None]
            sums = self.seen[key] = tuple(map(sum, zip(self.bias, *rows, strict=True)))
        return sums

    def first(self, feats: list[str]) -> tuple[float, ...]:
        return self.both(feats)[:self.width]

    def second(self, feats: list[str]) -> tuple[float, ...]:
        return self.both(feats)[self.width:]


class Scorer:
    """A table's decision for a line's features: its most probable label, or the rule's where the table has no weight
    for the rule (:data:`KEEP_UNSEEN_RULES`, ``None``), where the rule is one of :data:`KEPT_RULES` (``None``), or does
    not reach :data:`THRESHOLD`. The probabilities of the
    page's distinct feature lists are kept, and so are their weighted sums for a line scored with features beyond
    them (the second pass's context: only those are added), at most :data:`_SEEN_FEATURES` of each at a time. The
    weighted sums of a line's features are ``sums`` (default: :func:`weighted_sums` with the table)."""

    def __init__(self, model: Model, sums: Sums | None = None) -> None:
        self.model = model
        self.weighted_sums: Sums = sums if sums is not None else partial(weighted_sums, model)
        self.seen: dict[tuple[str, ...], tuple[float, ...]] = {}
        self.sums: dict[tuple[str, ...], tuple[float, ...]] = {}

    def __call__(self, name: str, label: str, feats: list[str], extra: Sequence[str] = ()) -> Decision:
        table = self.model[0]
        if name in KEPT_RULES:
            return label, None  # type: ignore[return-value]  # the rule reads two lines; the layer does not
        if KEEP_UNSEEN_RULES and f"rule={name}" not in table:
            return label, None  # type: ignore[return-value]  # a rule the table was never trained on keeps its label
        key = tuple(feats)
        if extra:
            sums = self.sums.get(key)
            if sums is None:
                if len(self.sums) >= _SEEN_FEATURES:
                    self.sums.clear()
                sums = self.sums[key] = self.weighted_sums(feats)
            # the extra rows added after the line's own, in order: the same sums as weighted_sums(feats + extra)
            probs = tuple(softmax(list(map(sum, zip(sums, *filter(None, map(table.get, extra)), strict=True)))))
        else:
            cached = self.seen.get(key)  # not ``probs``: a compiled module checks the annotation (bench_compiled.py)
            if cached is None:
                if len(self.seen) >= _SEEN_FEATURES:
                    self.seen.clear()
                cached = self.seen[key] = tuple(softmax(self.weighted_sums(feats)))  # probabilities(model, feats)
            probs = cached
        best = probs.index(max(probs))  # the first most probable (as max over the indices by probability)
        if probs[best] >= THRESHOLD:
            return BLOCK_LABELS[best], probs[best]
        return label, probs[BLOCK_LABELS.index(label)]  # type: ignore[return-value]


def second_pass(score: Scorer | None, lines: Iterable[tuple[str, str, list[str], Decision]]) -> Iterator[Decision]:
    """Each line's decision by the second table (``score``; ``None``: the first pass's decisions as they are) from
    ``lines``, each a rule's name and label, the line's features and the first pass's decision. A line the first pass
    left to its rule (``None``) keeps it. Reads :data:`CONTEXT` lines ahead and keeps as many behind: a page of
    100,000 lines holds no more than a few lines' features at a time."""
    ahead: deque[tuple[str, str, list[str], Decision]] = deque()
    behind: deque[str] = deque(maxlen=CONTEXT)  # the first pass's labels of the lines before, nearest first

    def decide() -> Decision:
        name, label, feats, first = ahead.popleft()
        if score is None or first[1] is None:
            out = first
        else:
            context = _context(tuple(behind), first[0], tuple(x[3][0] for x in islice(ahead, CONTEXT)), label)
            out = score(name, label, feats, context)
        behind.appendleft(first[0])
        return out

    for line in lines:
        ahead.append(line)
        if len(ahead) > CONTEXT:
            yield decide()
    while ahead:
        yield decide()


def learned_labels(texts: Sequence[str], rules: Sequence[tuple[str, str]]) -> list[Decision]:
    """The shipped layer's label of each line and its probability: the first table's decision, re-decided by the
    second (:data:`SECOND_PASS`); the rules' own label where a table does not reach :data:`THRESHOLD` (with its
    probability of it) or abstains (``None``: a rule the first table has no weight for, :data:`KEEP_UNSEEN_RULES`, or
    a page shorter than :data:`MIN_LINES`)."""
    if len(texts) < MIN_LINES:
        return [(label, None) for _, label in rules]  # type: ignore[misc]
    if SECOND_PASS:
        sums = _both_sums(weights(), second_weights())
        first, second = Scorer(sums.models[0], sums.first), Scorer(sums.models[1], sums.second)
    else:
        first, second = Scorer(weights()), None
    lines = ((name, label, feats, first(name, label, feats))
             for (name, label), feats in zip(rules, iter_features(texts, rules), strict=True))
    out = list(second_pass(second, lines))
    for i, ((label, _), (_, rule_label)) in enumerate(zip(out, rules, strict=True)):
        if NO_TITLE_AMONG_PROSE and label == "headline" and rule_label != "headline" \
                and sentence_among_sentences(texts, i):
            out[i] = (rule_label, None)  # type: ignore[assignment]  # NO_TITLE_AMONG_PROSE: the rule's label
        elif NO_FOOTER_FOR_REPORTED_SPEECH and label == "footer" and rule_label != "footer" \
                and reports_speech(texts[i]):
            out[i] = (rule_label, None)  # type: ignore[assignment]  # NO_FOOTER_FOR_REPORTED_SPEECH: the rule's label
        elif NO_MENU_OVER_PROSE and label == "navigation" and rule_label == "headline" \
                and heading_over_prose(texts, rules, i):
            out[i] = (rule_label, None)  # type: ignore[assignment]  # NO_MENU_OVER_PROSE: the rule's headline
        elif NO_LINK_FOR_AN_ADDRESS and label == "related" and holds_street_address(texts[i]):
            out[i] = ("footer", None)  # NO_LINK_FOR_AN_ADDRESS: a publisher's particulars
        elif NO_CHROME_AMONG_PROSE and label in _CHROME and rule_label not in _CHROME \
                and prose_among_prose(texts, rules, i):
            out[i] = (rule_label, None)  # type: ignore[assignment]  # NO_CHROME_AMONG_PROSE: the rule's label
        elif NO_DATA_AMONG_PROSE and label == "other" and rule_label == "body" and prose_among_prose(texts, rules, i) \
                and (_KEY_VALUE.match(texts[i]) is None or _SPEAKER_TURN.match(texts[i]) is not None):
            out[i] = (rule_label, None)  # type: ignore[assignment]  # NO_DATA_AMONG_PROSE: the rule's body
        if NO_DECK_UNDER_A_FIELD and out[i][0] == "headline" and i \
                and deck_under_field(texts, rules, out[i - 1][0], i):
            out[i] = ("other", None)  # NO_DECK_UNDER_A_FIELD: a field of the list above
        if NO_DATA_FOR_PLAIN_TEXT and out[i][0] == "other" and plain_text_among_prose(texts, rules, i):
            out[i] = ("body", None)  # NO_DATA_FOR_PLAIN_TEXT: a line of the text, whoever left it other
    if RELATED_LIST_RUNS_ON:
        for _heading, j in related_list_items(texts, rules, [label for label, _ in out]):
            out[j] = ("related", None)  # RELATED_LIST_RUNS_ON: an item of the list the layer opened
    return out


_QUESTION_LABEL = re.compile(r"\s*(?:Q\s?\d{0,3}|질문\s?\d{0,3})\s*[.:：)]", re.I)
"""A question's label opening a line (``Q. …``, ``Q3: …``, ``질문 2) …``): a FAQ's question, a headline by the label
table even when it is written as a sentence closed by a full stop (``Q. 카드를 잃어버렸어요.``)."""


def closes_with_stop(text: str) -> bool:
    """Whether the line ends like a sentence (:func:`~bilingual.page.sentence_end.ends_sentence`, the rules'
    definition) with a full stop (``.``, ``。``; not a question or an exclamation mark, nor a Korean predicate's
    ellipsis) and does not open with a question's label (:data:`_QUESTION_LABEL`).

    >>> closes_with_stop("The parks are beautiful."), closes_with_stop("외교부가 밝혔다.”")
    (True, True)
    >>> closes_with_stop("Can I return it late?"), closes_with_stop("Q. 카드를 잃어버렸어요.")
    (False, False)
    >>> closes_with_stop("Doors open at 8 p.m."), closes_with_stop("The list goes on...")
    (False, False)
    """
    core = text.rstrip(CLOSERS + " \t\u3000")
    return core.endswith((".", "。")) and not core.endswith("..") and ends_sentence(text) \
        and _QUESTION_LABEL.match(text) is None


def sentence_among_sentences(texts: Sequence[str], i: int) -> bool:
    """Whether line ``i`` of the page closes with a full stop (:func:`closes_with_stop`) between two lines that end
    like sentences (:func:`~bilingual.page.sentence_end.ends_sentence`): a sentence of prose among prose, which the
    label table calls body (a title is not written so). :data:`NO_TITLE_AMONG_PROSE` counts the fixtures' gold."""
    return 0 < i < len(texts) - 1 and ends_sentence(texts[i - 1]) and ends_sentence(texts[i + 1]) \
        and closes_with_stop(texts[i])


NO_TITLE_AMONG_PROSE = True
"""labels49 (issue 14, item 2): the layer's ``headline`` is not taken for a line the rules did not call a headline
when it is a sentence among sentences (:func:`sentence_among_sentences`); the line keeps the rules' label (an
abstention, as where a table does not reach :data:`THRESHOLD`). The table reads the shape one feature at a time:
``end=.`` weighs for body, but ``prev-end=.``, a short line before it (``prev-long=False``) and a place far from the
page's end (``from-end=4``) weigh for a headline (a subheading after a paragraph, in the fragments' short pages); on
the sentence corpus read as one page a short sentence after a short sentence (``The parks are beautiful.``) came out
a headline, from the first pass or from the second reading a first-pass ``other`` alone among body lines. The
fixtures' gold lines of the shape (the rules of labels49's base): body 569, caption 14, other 13, footer 7, byline
3, related 2, navigation 1, headline 3 (two pull quotes closing with ``.”``, a ``Name: "…."`` quote), none of the
three turned into a headline by the layer; the guard changes no fixture line. Applied after the second pass, so the
tables (fitted by ``training/train_block_labels.py``, whose ``layer_labels`` does not apply it) are unchanged
(docs/log/blocks.md, "labels49 branch"). Tried and not kept: the shape as a feature of the tables (retrained: 11
fixture lines broken, 8 fixed, and the corpus's English headlines only 151 → 125)."""


_REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|according to)\b|(?:밝혔|말했|전했|설명했)다", re.I)
"""A reporting verb: the line attributes what it says to someone (``…, officials said.``, ``…고 군청이 밝혔다.``)."""


def reports_speech(text: str) -> bool:
    """Whether the line attributes its words to a speaker (:data:`_REPORTED_SPEECH`): a story's sentence, which the
    label table never calls a footer (a footer is a note of the page or its publisher, in its own voice).

    >>> reports_speech("Fares stay, the county said."), reports_speech("할인은 유지된다고 군이 밝혔다.")
    (True, True)
    >>> reports_speech("Copyright © The Harbour Times."), reports_speech("본 센터는 시의 지원으로 운영됩니다.")
    (False, False)
    """
    return _REPORTED_SPEECH.search(text) is not None


NO_FOOTER_FOR_REPORTED_SPEECH = True
"""labels50 (issue 14, item 2): the layer's ``footer`` is not taken for a line the rules did not call a footer when it
reports speech (:func:`reports_speech`); the line keeps the rules' label (an abstention, as
:data:`NO_TITLE_AMONG_PROSE`). Set af's prose footers (a clinic's side-effect caution, a funding statement, a
drinking warning, a forum's safety disclaimer), once trained on, pulled an article's last paragraph above a copyright
line toward footer (``tests/page/test_label_layer.py``'s ferry-fares page: ``…, officials said.``), as set u's did
(``training/train_block_labels.py``'s ``NOT_TRAINED``). Counted on every fixture line with the tables of labels50's
part 1: no gold footer reports speech (of 17,723 fragment lines); the layer's footer over another rule's label on a
line that does falls on one line, gold body (set b's ``The weather agency said the heat wave …``). Applied after the
second pass, so the tables are unchanged (docs/log/blocks.md, "labels50 branch")."""


_NOT_A_HEADING = re.compile(r"[\d|▶►▷>/·•@#]|\burl\b|\b(?:book|apply|register|reserve|buy|subscribe|download|join|"
                            r"watch|view|sign\s+up)\s+(?:a|an|the|your|our|now|online|here|today)\b", re.I)
"""What a section's heading does not hold and a page's chrome often does: a digit (a counter, a page number, a time),
a menu's or a player's separator or arrow, an address's ``@``/``#``, a share button's ``URL``, or a button's verb
with its object (``Book a Visit``)."""
PROSE_AFTER = 60
"""How long (characters) the line under a heading must be, ending as a sentence, to count as a paragraph."""


def heading_over_prose(texts: Sequence[str], rules: Sequence[tuple[str, str]], i: int) -> bool:
    """Whether line ``i`` is a section's heading by its shape and place: the line below is a paragraph (the rules call
    it body, it ends as a sentence, :data:`PROSE_AFTER` characters or more), and the line holds nothing of a page's
    chrome (:data:`_NOT_A_HEADING`): ``Summary``, ``About the role``, ``Notice`` over their text."""
    if i + 1 >= len(texts) or rules[i + 1][1] != "body" or _NOT_A_HEADING.search(texts[i]) is not None:
        return False
    below = texts[i + 1]
    return len(below) >= PROSE_AFTER and ends_sentence(below)


NO_MENU_OVER_PROSE = True
"""labels50 (issue 14, item 2): where the rules call a line a headline and the layer navigation, the rules' headline
is kept when the line is a heading over a paragraph by shape (:func:`heading_over_prose`). The tables read a short
line of a few words among chrome (``Summary``, ``Acknowledgements``, ``Notice``, ``Key points``: one-word section
heads) as a menu's item from its length and words alone, one feature at a time. Counted on the fragments of the
trained sets (sets a–af; labels50's tables, before the chrome test): lines where the rules say headline and the layer
navigation over such a paragraph: 17, gold headline 8, navigation 8 (a page counter ``2/5``, ``읽는 데 6분``, a view
count, ``D-6``, a player's ``▶ 1:58 | Watch: …``, two blog share strips ``URL 복사 | 이웃추가``, a ``관람 예약 Book a
Visit`` button), byline 1 (a library's customer-services line, wrong either way); the chrome test leaves all 8
navigation lines to the layer and takes 7 of the 8 headlines (``Class Notes: 1980s`` holds digits)
(docs/log/blocks.md, "labels50 branch")."""


_STREET_ADDRESS = re.compile(r"\b\d{1,5} (?:[A-Z][a-z]+ ){1,3}(?:Street|St\.|Road|Rd\.|Drive|Dr\.|Avenue|Ave\.|"
                             r"Boulevard|Blvd\.?|Lane|Ln\.|Way)(?=\W|$)")
"""An English street address: a house number, one to three capitalised words and a street's kind (``210 Orchard
Street``, ``1 Municipal Drive``, ``1120 Harbor Blvd``)."""


def holds_street_address(text: str) -> bool:
    """Whether the line holds a street address (:data:`_STREET_ADDRESS`).

    >>> holds_street_address("Maple Falls Library · 210 Orchard Street, Maple Falls")
    True
    >>> holds_street_address("More from Maple Falls"), holds_street_address("Route 9 Road Closures")
    (False, False)
    """
    return _STREET_ADDRESS.search(text) is not None


NO_LINK_FOR_AN_ADDRESS = True
"""labels51 (issue 14, item 2): where the layer calls a line ``related`` and it holds a street address
(:func:`holds_street_address`), it is labelled ``footer``: a line with an address is the publisher's particulars at
the foot, or a field of the page, never a link to another page of the site. Counted on every fixture line before the
change: no gold ``related`` line holds one (of 18,426); 74 that do are gold ``footer`` 50, ``other`` 23 (fields with
their key, ``Where: …``, ``Address: …``, and rows of a list), ``headline`` 1. The layer retrained with set ag read
three publishers' address lines at a page's foot as ``related`` (a library, a vet, a township: set ag). Applied after
the second pass, so the tables are unchanged (docs/log/blocks.md, "labels51 branch")."""


_PAIRED: list[BothSums] = []
"""The last tables' :class:`BothSums` (the shipped tables are read once, so their side-by-side rows are built once)."""


def _both_sums(first: Model, second: Model) -> BothSums:
    """A :class:`BothSums` of these two tables, the last one again if it was built for the same tables."""
    paired = _PAIRED[-1] if _PAIRED else None
    if paired is None or paired.models[0] is not first or paired.models[1] is not second:
        paired = BothSums(first, second)
        _PAIRED[:] = [paired]
    return paired


_CHROME = frozenset({"navigation", "related", "footer"})
"""The labels of a page's chrome: what the review leaves out of the text it aligns and checks."""


def _prose_neighbour(texts: Sequence[str], rules: Sequence[tuple[str, str]], j: int) -> bool:
    """Whether line ``j`` is a line of the text around a sentence: the rules call it body, and it ends like a
    sentence; past the page's edge, a line of nothing (no chrome either)."""
    if j < 0 or j >= len(texts):
        return True
    return rules[j][1] == "body" and ends_sentence(texts[j])


def prose_among_prose(texts: Sequence[str], rules: Sequence[tuple[str, str]], i: int) -> bool:
    """Whether line ``i`` ends like a sentence between two lines (or the page's edge) that the rules call body and
    that end like sentences too: a sentence of the text, which no chrome's evidence around it makes a menu's
    item, a link to another story or the page's foot."""
    return ends_sentence(texts[i]) and _prose_neighbour(texts, rules, i - 1) and _prose_neighbour(texts, rules, i + 1)


NO_CHROME_AMONG_PROSE = True
"""labels53 (issue 14, item 2): the layer's ``navigation``, ``related`` or ``footer`` is not taken for a line the
rules did not call chrome when it is a sentence among sentences (:func:`prose_among_prose`); the line keeps the
rules' label (an abstention, as :data:`NO_TITLE_AMONG_PROSE`). On a short page of sentences one a line (the review's
documents of sentence pairs) the tables read chrome from the line's place alone (``fifth=0``, ``where=top``,
``fifth=4``, ``index=4``, ``where=no-prose``) and from a cue word that prose holds as often (``like``: a comment's
button, ``more``, ``also``: a list of other stories), one feature at a time: ``A lot of people like software
encryption.`` came out navigation, ``This is often more effective than dieting.`` related. Chrome's evidence is
around the line: the fixtures' sentence-shaped chrome (a forum's notice, a licence, a disclaimer, a list's thread
titles) sits next to a line the rules call chrome or no sentence (a copyright line, ``이전글 …``, ``Similar
threads``). Counted on every fragment line of the trained sets with the shipped tables: 44 lines end like a sentence
where the layer says chrome over a rule's other label (gold footer 31, navigation 4, related 4, body 3, other 2);
none of them has the shape, so the guard changes no fixture line (with the rules' ``other`` counted as the text
around, one would break: a thread's title under ``Similar threads``). Applied after the second pass, so the tables
are unchanged (docs/log/blocks.md, "labels53 branch")."""


_SPEAKER_TURN = re.compile(r"\s*[^\W\d_]{1,20}\s?[:：]\s+[A-Z가-힣\"“'‘]")
"""labels54: a speaker's turn of a dialogue, one word (a name, a letter, a role: ``Mike: All right.``, ``A : If I
were you, …``, ``남편 : …``) and a colon before a sentence that opens as one (a capital, a Hangul syllable, a quote):
no field's key, for :data:`NO_DATA_AMONG_PROSE` (``Venue: the old town hall.`` is a field's)."""


NO_DATA_AMONG_PROSE = True
"""labels53: the layer's ``other`` is not taken for a line the rules call body when it is a sentence among sentences
(:func:`prose_among_prose`) and no field (no key and colon opening it, :data:`_KEY_VALUE`): a data line is not
written as a sentence between two more. On the fixtures' trained sets one line has the shape without the key test
(gold other, a match report's ``Wexford Park: Tries – …``, a field); with it, none. On the sentence corpus read as one
page the layer's ``other`` over a rule's body among sentences fell from 19 English lines to 4 (``Jimmy and Timmy were
identical twins.``; the four left open with a speaker and a colon) (docs/log/blocks.md, "labels53 branch"). labels54:
a key of one word with no figure before a sentence opened by a capital is a speaker's (:data:`_SPEAKER_TURN`),
not a field's: the guard takes such a turn among sentences too (three lines of the corpus the tables retrained with
set aj read as data, ``Mike: All right.``; no fixture line: the three the key test keeps there have a key of two
words or more, or a figure)."""


_DATA_MARK = re.compile(r"[\d|:：=·•→–—@#(;/]|\s-\s|^[^\w\"“'‘]")
"""labels55: a mark a data line holds and a plain sentence does not: a figure, a field's colon, a cell's bar, an
``=``, a dot or an arrow between items, a dash between a name and its value, an address's ``@``/``#``, a bracket, a
semicolon or a slash, or a line opened by a mark that is no quotation mark (a bullet, a box, a star)."""


def plain_sentence(text: str) -> bool:
    """Whether the line holds none of a data line's marks (:data:`_DATA_MARK`): words and the marks of a sentence
    alone (``It is a very important builing.``, ``침술이 많은 비용이 드는 이유``, ``“그렇게 말하지 마.``)."""
    return _DATA_MARK.search(text) is None


def _text_neighbour(texts: Sequence[str], rules: Sequence[tuple[str, str]], j: int) -> bool:
    """Whether line ``j`` is text around a line, read loosely: the page's edge, a line the rules call body (whatever
    its end: ``Dear Mr. Jones,``), or a line that ends like a sentence and that the rules call no chrome (a speaker's
    turn the rules left ``other``: ``B : OK.``)."""
    if j < 0 or j >= len(texts):
        return True
    label = rules[j][1]
    return label == "body" or (label not in _CHROME and ends_sentence(texts[j]))


def plain_text_among_prose(texts: Sequence[str], rules: Sequence[tuple[str, str]], i: int) -> bool:
    """Whether line ``i`` is a plain line of the text (:func:`plain_sentence`) by its place among the text: where the
    rules call it body, between two sentences the rules call body (:func:`_prose_neighbour`) whatever its own end,
    or, ending like a sentence itself, between two lines of text read loosely (:func:`_text_neighbour`); where the
    rules left it ``other``, ending like a sentence between two sentences the rules call body; and, whatever the
    rules said, a speaker's turn (:data:`_SPEAKER_TURN`, not plain: a colon) closed as a sentence between two
    such sentences."""
    text, label = texts[i], rules[i][1]
    if label not in ("body", "other"):
        return False
    strict = _prose_neighbour(texts, rules, i - 1) and _prose_neighbour(texts, rules, i + 1)
    if not plain_sentence(text):
        return strict and ends_sentence(text) and _SPEAKER_TURN.match(text) is not None
    if label == "other":
        return strict and ends_sentence(text)
    return strict or (ends_sentence(text) and _text_neighbour(texts, rules, i - 1)
                      and _text_neighbour(texts, rules, i + 1))


NO_DATA_FOR_PLAIN_TEXT = True
"""labels55 (issue 14, item 2): the layer's ``other`` is not taken for a plain line of the text
(:func:`plain_text_among_prose`): it is ``body``. A data line holds a data line's marks (a figure, a key's colon, a
bar, a dash between a name and its value, a bullet); a line of words alone among sentences is a sentence of the text,
or a title the corpus does not mark. The tables retrained with set aj (labels54) read a short line among sentences
as data from its place alone (``index=4``, ``from-end=4``, ``digits=0`` against body, and in the second table a
first-pass ``other`` alone among body lines, ``p1=other|p1next=body``, which before the retrain moved it to a headline
instead): ``It is a very important builing.``, ``I even have my feet pickled!``, ``침술이 많은 비용이 드는 이유``.
Counted on every fragment line of the trained sets with the shipped tables: no line has the shape where the layer
says ``other`` (docs/log/blocks.md, "labels55 branch"). Applied after the second pass, so the tables are unchanged."""


_FIELD_KEY_MARK = re.compile(r"[:：|]")


def field_written_plain(text: str) -> bool:
    """Whether ``text`` is written as a field without a key's colon or a cell's bar: it opens with a word's
    character, holds neither mark and does not end like a sentence (``District West Northamptonshire``, ``장소
    마산항 제1부두 …``, ``150,000원``)."""
    return _FIELD_KEY_MARK.search(text) is None and text[:1].isalnum() and not ends_sentence(text)


def deck_under_field(texts: Sequence[str], rules: Sequence[tuple[str, str]], above: str, i: int) -> bool:
    """Whether line ``i`` is a field of the list above it where the rules read a deck: the rule ``deck`` labelled
    it, it holds no colon, and the line above is one the layer calls ``other`` (``above``: its label) written as a
    field without a colon or a bar (:func:`field_written_plain`): a title stands over a page's fields, never under
    one written as it is."""
    return i > 0 and rules[i][0] == "deck" and above == "other" and _FIELD_KEY_MARK.search(texts[i]) is None \
        and field_written_plain(texts[i - 1])


NO_DECK_UNDER_A_FIELD = True
"""labels55 (issue 14, item 2): a line the rules read as a deck (a title-like line under the headline, before the
article) and the layer leaves a headline is ``other`` when it stands under a field written without a colon that the
layer reads as data (:func:`deck_under_field`): ``Post town NORTHAMPTON`` under ``District West Northamptonshire``,
``입장료 무료`` under ``장소 마산항 …``, ``가격 제안 불가`` under ``150,000원`` — the last of a page's fields right
over its first paragraph, which the layer reads as a heading over prose. Under fields written with a colon the line
is a section's heading as often (``Dates & Times`` under ``Address: …``, ``등록비 Registration Fees`` under ``장소
Venue: …``, ``The question`` under ``Type: …``): those keep the headline. Counted on every fragment line of the
trained sets with the shipped tables: 5 lines take it, gold other 4 (sets ab, af, aj twice), body 1 (a key-points
box's sentence, a headline before: wrong either way) (docs/log/blocks.md, "labels55 branch"). Applied after the
second pass, so the tables are unchanged."""


def _list_heading(text: str) -> bool:
    """Whether ``text`` is shaped as a short heading: six words or fewer, forty characters or fewer, no digit, not
    closed by a full stop."""
    return len(text) <= 40 and len(text.split()) <= 6 and _DIGIT.search(text) is None \
        and not text.rstrip().endswith(".")


def _list_item(text: str) -> bool:
    """Whether ``text`` is shaped as a list's item that links another page: fourteen words or fewer, a hundred
    characters or fewer, not closed by a full stop, no e-mail or web address, no phone number, no bar between
    cells."""
    return len(text) <= 100 and len(text.split()) <= 14 and not text.rstrip().endswith(".") and "|" not in text \
        and "@" not in text and _URL.search(text) is None and _PHONE.search(text) is None


def related_list_items(texts: Sequence[str], rules: Sequence[tuple[str, str]],
                       labels: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The lines :data:`RELATED_LIST_RUNS_ON` makes ``related``, each as (its list's heading, the line): under a
    heading the layer calls ``related`` where the rules did not (:func:`_list_heading`, the line above it not
    ``related``), the run of lines that are ``related`` or that the rules and the layer call ``other`` and are shaped
    as items (:func:`_list_item`); the run ends at the first other line. A heading inside a run would only run on
    over the rest of it, so the next heading is looked for after the run: each line is read once (a page of
    alternating labels read every run again from each of its headings, quadratic)."""
    n = len(texts)
    i = 0
    while i < n:
        if labels[i] != "related" or rules[i][1] == "related" or (i and labels[i - 1] == "related") \
                or not _list_heading(texts[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (labels[j] == "related"
                         or (labels[j] == "other" and rules[j][1] == "other" and _list_item(texts[j]))):
            if labels[j] == "other":
                yield i, j
            j += 1
        i = j


RELATED_LIST_RUNS_ON = True
"""labels54 (issue 14, item 2): a list of other pages whose heading the layer reads (``More By This Developer``,
``Similar vacancies``, ``다른 전시 Other Exhibitions``, ``Upcoming defences``: the rules call it other or a
section's heading) runs on over the items the rules took for data by their shape — a title with a colon
(``Knotwise: Sailing Knots``, ``PhD Studentship: …``, ``지난 전시: …`` by ``field-line``), a date and a title (``Dec
15 – MSc defence: …`` by ``timeline-entry``) — and the layer left ``other``: each is ``related``, as the label
table's related row has every item under its heading (:func:`related_list_items`). Counted on every fragment line of
the trained sets: 7 lines take it, all gold related (sets ab, ac, ad, aj); a looser run, after any line the layer calls
related, took 5 more that are gold other or navigation (a store's hours under the rules' own list, a clinic's staff
under an item the layer called related). Applied after the second pass, so the tables are unchanged
(docs/log/blocks.md, "labels54 branch")."""
