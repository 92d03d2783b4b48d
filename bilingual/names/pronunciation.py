"""The pronunciation step of romanization: what the spelling of a word does not show.

Both RR (notice 2000-8, 1.1) and MR romanize the *standard pronunciation* (표준 발음법, 1988). Most of it follows
from the letters at each syllable boundary, and :mod:`bilingual.names.romanize` applies those rules. Two kinds of
change need more than the letters, and this module writes them into the word (a *respelling* in Hangul) before
those rules run:

1. Lexical exceptions listed by the standard itself, in ``bilingual/data/pronunciation.tsv`` with their article:
   the added ㄴ of compounds (제29항: 솜이불 [솜니불], 물약 [물략]) and ㄹ read as ㄴ (제20항 다만: 생산량 [생산냥]).
2. Rules that need the word's morphemes, read from Kiwi (through :func:`bilingual.lang.korean.get_kiwi`):

   - ㄴ added where a noun (or a prefix or adverb) ending in a consonant meets a noun beginning with 이 야 여 요 유
     (제29항): 학|여울 [항녀울] Hangnyeoul, 한|여름, 직행|열차;
   - ㄱ ㄷ ㅂ ㅈ before ㅎ aspirated when the ㅎ belongs to a verb or an ending (제12항 [붙임 1], 제17항 [붙임]):
     잡히|어 [자펴] japyeo, 굳히|다 [구치다] guchida, 생각|하|다 saenggakada. In nouns RR keeps the ㅎ
     (RR 3.1.4 다만: 묵호 Mukho, 집현전 Jiphyeonjeon), and so does MR.

Kiwi is asked only about words that have such a boundary (a final consonant before ㅎ, or before 이 야 여 요 유), of
at most :data:`MAX_MORPHOLOGY` syllables, and each word once (cached): a text without such words never loads it.

>>> respell("생산량"), respell("솜이불을")
('생산냥', '솜니불을')
>>> respell("학여울", morphology=False)
'학여울'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bilingual.errors import DataError
from bilingual.names.hangul import FINALS, INITIALS, MEDIALS, compose, decompose, is_syllable

MAX_MORPHOLOGY = 40
"""Longest word (in syllables) sent to Kiwi; longer runs are not words, and keep the letter rules only."""

_Y_VOWELS = frozenset("ㅣㅑㅕㅛㅠ")  # 이 야 여 요 유: the syllables before which ㄴ is added
_BEFORE_H = {"ㄱ": ("", "ㅋ"), "ㄷ": ("", "ㅌ"), "ㅂ": ("", "ㅍ"), "ㅈ": ("", "ㅊ"), "ㄺ": ("ㄹ", "ㅋ"),
             "ㄼ": ("ㄹ", "ㅍ"), "ㄵ": ("ㄴ", "ㅊ")}
"""A final before ㅎ in a verb: what stays in the final, and the aspirate the ㅎ becomes."""
_NOUN_LEFT = frozenset({"NNG", "NNP", "XPN", "MAG", "XR", "NR", "MM"})
_NOUN_RIGHT = frozenset({"NNG", "NNP"})
_VERBAL = ("V", "XSV", "XSA", "E")  # tag prefixes: verbs, adjectives, their suffixes and endings


@dataclass(frozen=True)
class ListedWord:
    word: str
    respelling: str
    rule: str


@lru_cache(maxsize=1)
def exceptions() -> dict[str, ListedWord]:
    """The lexical exceptions of ``bilingual/data/pronunciation.tsv``, validated on first use."""
    name = "pronunciation.tsv"
    text = resources.files("bilingual.data").joinpath(name).read_text(encoding="utf-8")
    out: dict[str, ListedWord] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        where = f"bilingual/data/{name}, line {number}"
        if len(cols) != 4:
            raise DataError(f"{where}: expected 4 tab-separated columns, found {len(cols)}")
        word, respelling, rule, _ = cols
        if not word or not all(is_syllable(c) for c in word + respelling) or len(word) != len(respelling):
            raise DataError(f"{where}: {word!r} and {respelling!r} must be Hangul words of the same length")
        if not rule.startswith("제"):
            raise DataError(f"{where}: rule {rule!r} is not an article of the standard (제N항)")
        if word in out:
            raise DataError(f"{where}: {word} is listed twice")
        out[word] = ListedWord(word, respelling, rule)
    return out


@lru_cache(maxsize=1)
def _by_prefix() -> dict[str, tuple[ListedWord, ...]]:
    """The listed words by their first two syllables, longest first (one dictionary look-up per position)."""
    index: dict[str, list[ListedWord]] = {}
    for listed in exceptions().values():
        index.setdefault(listed.word[:2], []).append(listed)
    return {k: tuple(sorted(v, key=lambda x: -len(x.word))) for k, v in index.items()}


def respell(word: str, *, morphology: bool = True) -> str:
    """``word`` (Hangul syllables only) with the changes of the standard pronunciation that its letters do not
    show written in; the result has the same length. ``morphology=False`` applies the lexical list only."""
    if len(word) < 2:
        return word
    if len(word) <= MAX_MORPHOLOGY:
        return _respell_word(word, morphology)
    return _respell(word, morphology=False)  # not a word: the list only, in linear time


@lru_cache(maxsize=65536)
def _respell_word(word: str, morphology: bool) -> str:
    return _respell(word, morphology=morphology)


def _respell(word: str, *, morphology: bool) -> str:
    chars = list(word)
    fixed = [False] * len(word)  # boundaries (before syllable i) that a listed word settles
    index = _by_prefix()
    i = 0
    while i < len(word) - 1:  # linear: one look-up per position, and a few comparisons where a prefix matches
        step = 1
        for listed in index.get(word[i:i + 2], ()):
            if word.startswith(listed.word, i):
                n = len(listed.word)
                chars[i:i + n] = listed.respelling
                for k in range(i + 1, i + n):
                    fixed[k] = True
                step = n
                break
        i += step
    if morphology and _sites(word):
        for k, change in _morpheme_changes(word):
            if not fixed[k]:
                if change == "n":
                    _, medial, final = decompose(chars[k])
                    chars[k] = compose("ㄴ", medial, final)
                else:
                    a, b, c = decompose(chars[k - 1])
                    _, medial, final = decompose(chars[k])
                    rest, aspirate = _BEFORE_H[c]
                    if aspirate == "ㅌ" and medial == "ㅣ":
                        aspirate = "ㅊ"  # 굳히다 [구치다] (제17항 [붙임])
                    chars[k - 1] = compose(a, b, rest)
                    chars[k] = compose(aspirate, medial, final)
    return "".join(chars)


def analyze_words(words: Iterable[str]) -> None:
    """Ask Kiwi about every word of ``words`` that has a morpheme site and was not asked about before, in one batch
    (Kiwi's own threads): :func:`bilingual.names.romanize.romanize` calls it before it respells a text's words."""
    todo = sorted({w for w in words if 2 <= len(w) <= MAX_MORPHOLOGY and w not in _CHANGES and _sites(w)})
    if not todo:
        return
    from bilingual.lang.korean import get_kiwi

    if len(_CHANGES) + len(todo) > _MAX_CACHED:
        _CHANGES.clear()
    for word, tokens in zip(todo, get_kiwi().tokenize(todo), strict=True):
        _CHANGES[word] = _changes(word, [(t.tag, t.start, t.start + t.len) for t in tokens])


def _sites(word: str) -> list[tuple[int, str]]:
    """Boundaries (index of the second syllable) where a morpheme rule could apply: ``"n"`` (a final before
    이 야 여 요 유) or ``"h"`` (ㄱ ㄷ ㅂ ㅈ before ㅎ)."""
    out: list[tuple[int, str]] = []
    previous_final = -1
    for k, char in enumerate(word):
        index = ord(char) - 0xAC00
        if not 0 <= index < 11172:
            previous_final = -1
            continue
        initial, medial, final = index // 588, (index % 588) // 28, index % 28
        if k and previous_final > 0:
            if initial == _IEUNG and medial in _Y_MEDIALS and previous_final != _HIEUT_FINAL:
                out.append((k, "n"))
            elif initial == _HIEUT and previous_final in _BEFORE_H_FINALS:
                out.append((k, "h"))
        previous_final = final
    return out


_IEUNG, _HIEUT = INITIALS.index("ㅇ"), INITIALS.index("ㅎ")
_Y_MEDIALS = frozenset(MEDIALS.index(v) for v in _Y_VOWELS)
_HIEUT_FINAL = FINALS.index("ㅎ")
_BEFORE_H_FINALS = frozenset(FINALS.index(f) for f in _BEFORE_H)


_CHANGES: dict[str, tuple[tuple[int, str], ...]] = {}
_MAX_CACHED = 100_000


def _morpheme_changes(word: str) -> tuple[tuple[int, str], ...]:
    """The morpheme rules that apply to ``word``: (syllable index, ``"n"`` or ``"h"``)."""
    found = _CHANGES.get(word)
    if found is None:
        analyze_words([word])
        found = _CHANGES[word]
    return found


def _changes(word: str, tokens: list[tuple[str, int, int]]) -> tuple[tuple[int, str], ...]:
    changes: list[tuple[int, str]] = []
    for k, kind in _sites(word):
        if kind == "n":
            left = any(end == k and tag in _NOUN_LEFT for tag, _, end in tokens)
            # a noun of two syllables or more: a one-syllable one is too often a Sino-Korean root read without ㄴ
            # (녹양 Nogyang); the standard's lexical list has the others (식용유, 휘발유)
            right = any(start == k and end - start >= 2 and tag in _NOUN_RIGHT for tag, start, end in tokens)
            if left and right:
                changes.append((k, "n"))
        else:
            covering = [tag for tag, start, end in tokens if start <= k < end]
            if covering and all(tag.startswith(_VERBAL) for tag in covering):
                changes.append((k, "h"))
    return tuple(changes)
