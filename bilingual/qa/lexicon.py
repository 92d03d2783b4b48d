"""Which English words a Korean sentence's words translate into: a table of lexical translation
probabilities t(English word | Korean morpheme) and t(Korean morpheme | English word), learned by IBM Model 1
in both directions from real sentence pairs (``training/train_translation_model.py``; the table is
``bilingual/data/translation_model.tsv``).

The aligner uses it as evidence that two sentences are translations of each other, beside their lengths:
the share of one side's content words that the other side's words can translate into. One normalizer per
language builds the table and queries it: :func:`korean_words` (Kiwi's content morphemes: nouns, verb and
adjective stems, numbers) and :func:`english_words` (lowercased, lightly lemmatized words, stopwords out).

>>> sorted(english_words("The ministers said they were meeting in Seoul on Tuesday's talks."))
['meet', 'minister', 'seoul', 'talk', 'tuesday']
>>> "government" in default_lexicon().reach(["정부"])
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

from bilingual.document import Token

CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "SN", "XR", "MAG", "NR"})
"""Kiwi's tags of the morphemes that carry content: common and proper nouns, verb and adjective stems,
numbers (digits and number words), roots and adverbs."""
MIN_PROBABILITY = 0.1
"""A Korean morpheme and an English word reach each other when t(word | morpheme) or t(morpheme | word) is at
least this."""

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves s t mr mrs ms one say""".split())
"""Function words with no Korean morpheme of their own (and "say", in nearly every news sentence, so no
evidence of which sentence is which)."""

_IRREGULAR = {"said": "say", "says": "say", "made": "make", "took": "take", "taken": "take", "went": "go",
              "gone": "go", "got": "get", "held": "hold", "met": "meet", "told": "tell", "left": "leave",
              "came": "come", "gave": "give", "given": "give", "found": "find", "thought": "think",
              "men": "man", "women": "woman", "children": "child", "people": "people", "won": "win",
              "began": "begin", "begun": "begin", "brought": "bring", "bought": "buy", "knew": "know",
              "known": "know", "saw": "see", "seen": "see", "became": "become", "ran": "run", "sent": "send",
              "spent": "spend", "built": "build", "felt": "feel", "kept": "keep", "lost": "lose", "paid": "pay"}


def english_word(word: str) -> str:
    """One English word lowercased and reduced to a stem by a few suffix rules (ministers → minister,
    meeting → meet, studies → study, talked → talk, closed and close → clos: a final e goes, so that the
    forms of one verb meet); the same rules build and query the table."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _IRREGULAR.get(w, w)
    if len(w) <= 3 or not w.isalpha():
        return w
    w = _suffixes_off(w)
    return w[:-1] if len(w) > 3 and w.endswith("e") and not w.endswith("ee") else w


def _suffixes_off(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and any(v in w[:-len(suffix)] for v in "aeiouy"):
            stem = w[:-len(suffix)]
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]  # planned → plan, meeting keeps its ee
            return stem
    return w


def english_words(text: str) -> frozenset[str]:
    """The content words of an English text, normalized (see :func:`english_word`), stopwords out (as written
    or once normalized: "said" is "say")."""
    words = (m.group() for m in _WORD.finditer(text))
    return frozenset(w for w in (english_word(word) for word in words if word.casefold() not in STOPWORDS)
                     if w not in STOPWORDS)


KOREAN_STOPWORDS = frozenset("하 있 되 없 않 같 위하 대하 통하 의하 관하 따르 보 주 내 말 이 그 저 더 또 및 등 지 받"
                             .split())
"""Light verbs and adjectives (하다, 있다, 되다, 위하다 …), and nouns and adverbs so common that they say nothing
of which sentence translates which (말 in ~라고 말했다, 더, 또)."""


def korean_words(tokens: Iterable[Token]) -> frozenset[str]:
    """The content morphemes of Korean tokens (Kiwi's forms, Latin words lowercased), stopwords out."""
    return frozenset(w for w in (korean_word(t.form) for t in tokens if t.lang == "ko" and t.tag in CONTENT_TAGS)
                     if w not in KOREAN_STOPWORDS)


def korean_word(form: str) -> str:
    return form.casefold()


@dataclass(frozen=True)
class Lexicon:
    """Which English words each Korean morpheme translates into, and back: the pairs of the table with either
    probability at least MIN_PROBABILITY."""

    forward: Mapping[str, frozenset[str]]
    backward: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, rows: Iterable[Entry]) -> Lexicon:
        forward: dict[str, set[str]] = {}
        backward: dict[str, set[str]] = {}
        for ko, en, p_en, p_ko in rows:
            if max(p_en, p_ko) >= MIN_PROBABILITY:
                forward.setdefault(ko, set()).add(en)
                backward.setdefault(en, set()).add(ko)
        return cls({ko: frozenset(ens) for ko, ens in forward.items()},
                   {en: frozenset(kos) for en, kos in backward.items()})

    def reach(self, korean: Iterable[str]) -> frozenset[str]:
        """The English words that some of these Korean morphemes translate into (and the morphemes
        themselves, for numbers and Latin words written alike on both sides)."""
        out: set[str] = set()
        for k in korean:
            out.add(k)
            out.update(self.forward.get(k, ()))
        return frozenset(out)

    def known(self, words: Iterable[str], lang: str) -> frozenset[str]:
        """The words the table can say something about: those it translates, and figures, which a translation
        keeps as they are, and Latin words a Korean text keeps (IBM). The rest is no evidence either way, so the
        aligner does not count it."""
        if lang == "ko":
            return frozenset(w for w in words if w in self.forward or w.isascii())
        return frozenset(w for w in words if w in self.backward or w[0].isdigit())

    def reach_back(self, english: Iterable[str]) -> frozenset[str]:
        """The Korean morphemes that translate into some of these English words (and the words themselves)."""
        out: set[str] = set()
        for e in english:
            out.add(e)
            out.update(self.backward.get(e, ()))
        return frozenset(out)


Entry = tuple[str, str, float, float]
"""One row of the table: Korean morpheme, English word, t(English | Korean), t(Korean | English)."""


def read_table(text: str) -> list[Entry]:
    """The table's lines, ``korean<TAB>english<TAB>t(e|k)<TAB>t(k|e)`` (a line of three fields has t(e|k) only);
    ``#`` lines are comments."""
    rows: list[Entry] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        ko, en, *p = line.split("\t")
        rows.append((ko, en, float(p[0]), float(p[1]) if len(p) > 1 else 0.0))
    return rows


@functools.cache
def default_lexicon() -> Lexicon:
    """The bundled table (read once per process)."""
    text = resources.files("bilingual").joinpath("data/translation_model.tsv").read_text("utf-8")
    return Lexicon.of(read_table(text))
