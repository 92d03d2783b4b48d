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

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bilingual.errors import DataError
from bilingual.names.hangul import compose, decompose, is_syllable

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
def _longest_exception() -> int:
    return max((len(w) for w in exceptions()), default=0)


def respell(word: str, *, morphology: bool = True) -> str:
    """``word`` (Hangul syllables only) with the changes of the standard pronunciation that its letters do not
    show written in; the result has the same length. ``morphology=False`` applies the lexical list only."""
    if len(word) < 2:
        return word
    chars = list(word)
    fixed = [False] * len(word)  # boundaries (before syllable i) that a listed word settles
    longest = _longest_exception()
    table = exceptions()
    i = 0
    while i < len(word) - 1:  # linear: at most `longest` look-ups per position
        for n in range(min(longest, len(word) - i), 1, -1):
            found = table.get(word[i:i + n])
            if found is not None:
                chars[i:i + n] = found.respelling
                for k in range(i + 1, i + n):
                    fixed[k] = True
                i += n - 1
                break
        i += 1
    if morphology and len(word) <= MAX_MORPHOLOGY and _sites(word):
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


def _sites(word: str) -> list[tuple[int, str]]:
    """Boundaries (index of the second syllable) where a morpheme rule could apply: ``"n"`` (a final before
    이 야 여 요 유) or ``"h"`` (ㄱ ㄷ ㅂ ㅈ before ㅎ)."""
    out: list[tuple[int, str]] = []
    previous = decompose(word[0])
    for k in range(1, len(word)):
        current = decompose(word[k])
        if previous[2] and previous[2] != "ㅎ" and current[0] == "ㅇ" and current[1] in _Y_VOWELS:
            out.append((k, "n"))
        elif previous[2] in _BEFORE_H and current[0] == "ㅎ":
            out.append((k, "h"))
        previous = current
    return out


@lru_cache(maxsize=65536)
def _morpheme_changes(word: str) -> tuple[tuple[int, str], ...]:
    """The morpheme rules that apply to ``word``: (syllable index, ``"n"`` or ``"h"``)."""
    from bilingual.lang.korean import get_kiwi

    tokens = [(t.tag, t.start, t.start + t.len) for t in get_kiwi().tokenize(word)]
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
