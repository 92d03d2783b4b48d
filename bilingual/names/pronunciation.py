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
   - the same after 사이시옷 inside a noun (제30항 3): 깻잎 [깬닙] kkaennip, 나뭇잎 [나문닙];
   - ㄱ ㄷ ㅂ ㅈ before ㅎ aspirated when the ㅎ belongs to a verb or an ending (제12항 [붙임 1], 제17항 [붙임]):
     잡히|어 [자펴] japyeo, 굳히|다 [구치다] guchida, 생각|하|다 saenggakada; ㅅ ㅊ ㅌ (read [ㄷ]) before it are
     [ㅌ] (제12항 [붙임 2]: 숱하다 [수타다], 깨끗하다). In nouns RR keeps the ㅎ (RR 3.1.4 다만: 묵호 Mukho,
     집현전 Jiphyeonjeon), and so does MR;
   - a final before a content morpheme beginning with 아 어 오 우 위 is made representative first, then moves
     (제15항): 헛|웃음 [허두슴], 넋|없다 [너겁따], and inside a noun (Sino-Korean syllables never end in these
     finals, so such a noun is a native compound): 겉옷 [거돋], 값어치 [가버치];
   - ㄺ at the end of a verb stem before ㄱ is [ㄹ] (제11항 다만): 맑|게 [말께] malge, 얽|거나;
   - ㄹ of a one-syllable Sino-Korean bound morpheme (란 량 력 례 로 론 료 류) after a noun of two syllables or
     more that ends in ㄴ is [ㄴ] (제20항 다만, which lists ten examples): 판단|력 [판단녁], 비관|론, 신문|로
     Sinmunno. The noun is Kiwi's: the word split there, or, where Kiwi reads the whole word as one morpheme
     (판단력/NNG, 신문로/NNP), the word without its last syllable read as one noun (판단/NNG). A prefix before a
     noun that has ㄴㄹ inside stays [ㄹㄹ] (대|혼란 [대홀란], 재|분류). 령 is left to the lexical list: it is both
     令, an order ([ㄴㄴ]: 동원령, listed), and 嶺, a mountain pass ([ㄹㄹ]: 대관령 [대괄령], which the standard
     names under the main rule; 마천령 Machŏllyŏng), and Kiwi does not tell them apart (마천|령 as 소환|령).

Two rules of the standard name what they apply to and need no morphemes: the stem 밟- before a consonant is [밥]
(제10항 다만: 밟고 [밥꼬], 밟는 [밤는]), and seven letter names carry a final of their own into a vowel (제16항:
디귿이 [디그시], 키읔을 [키으글]). Two more answers come from the same analysis, for :mod:`bilingual.names.romanize`:
:func:`unit_suffix` (is the last syllable its own noun morpheme: 인왕|리 Inwang-ri, not 싫|어도 or 옷|맵시) and
:func:`tensed` (ㄹ + ㄷ ㅈ inside one noun morpheme, read tense by 제26항: 팔당 [팔땅], which MR writes P'altang).

Kiwi is asked only about words that have such a boundary (a final consonant before ㅎ or a vowel, ㄹ before ㄱ ㄷ
ㅈ, or a last syllable that may be a unit), of at most :data:`MAX_MORPHOLOGY` syllables, and each word once (cached):
a text without such words never loads it.

>>> respell("생산량"), respell("솜이불을")
('생산냥', '솜니불을')
>>> respell("학여울", morphology=False), respell("밟고")
('학여울', '밥고')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bilingual.errors import DataError
from bilingual.files import data_rows
from bilingual.names.hangul import FINALS, INITIALS, MEDIALS, compose, decompose, is_syllable

MAX_MORPHOLOGY = 40
"""Longest word (in syllables) sent to Kiwi; longer runs are not words, and keep the letter rules only."""

_Y_VOWELS = frozenset("ㅣㅑㅕㅛㅠ")  # 이 야 여 요 유: the syllables before which ㄴ is added
_BEFORE_H = {"ㄱ": ("", "ㅋ"), "ㄷ": ("", "ㅌ"), "ㅂ": ("", "ㅍ"), "ㅈ": ("", "ㅊ"), "ㄺ": ("ㄹ", "ㅋ"),
             "ㄼ": ("ㄹ", "ㅍ"), "ㄵ": ("ㄴ", "ㅊ"), "ㅅ": ("", "ㅌ"), "ㅊ": ("", "ㅌ"), "ㅌ": ("", "ㅌ")}
"""A final before ㅎ in a verb: what stays in the final, and the aspirate the ㅎ becomes (ㅅ ㅊ ㅌ: 제12항 [붙임 2])."""
_REPRESENTATIVE_LETTER = {"ㅅ": "ㄷ", "ㅆ": "ㄷ", "ㅈ": "ㄷ", "ㅊ": "ㄷ", "ㅌ": "ㄷ", "ㄲ": "ㄱ", "ㅋ": "ㄱ",
                          "ㅍ": "ㅂ", "ㄳ": "ㄱ", "ㄵ": "ㄴ", "ㄺ": "ㄱ", "ㄻ": "ㅁ", "ㄼ": "ㄹ", "ㄽ": "ㄹ",
                          "ㄾ": "ㄹ", "ㄿ": "ㅂ", "ㅄ": "ㅂ"}
"""제15항: a final that is not its own representative sound, and the letter of that sound (옷 [옫], 넋 [넉])."""
_PLAIN_VOWELS = frozenset("ㅏㅓㅗㅜㅟ")  # 제15항: content morphemes beginning with 아 어 오 우 위
_STEM_FINALS = {"밟": "밥"}
"""제10항 다만: the stem 밟- is [밥] before a consonant (밟다 [밥따], 밟는 [밤는]); before a vowel it is not (밟아)."""
_LETTER_NAMES = {"디귿": "ㅅ", "지읒": "ㅅ", "치읓": "ㅅ", "키읔": "ㄱ", "티읕": "ㅅ", "피읖": "ㅂ", "히읗": "ㅅ"}
"""제16항: the names of these letters carry this final into a vowel that follows (디귿이 [디그시], 키읔을 [키으글],
피읖에 [피으베]); the names of the other letters follow the general rule (기역이 [기여기])."""
_UNIT_SYLLABLES = frozenset("도시군구읍면리동")  # RR 3.5's units: :func:`unit_suffix` is asked about these
_CONTENT = frozenset({"NNG", "NNP", "XR", "VV", "VA"})
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
    out: dict[str, ListedWord] = {}
    for number, cols in data_rows(name):
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
    for k in range(len(word) - 1):
        if word[k] in _STEM_FINALS and decompose(word[k + 1])[0] != "ㅇ":
            chars[k] = _STEM_FINALS[word[k]]
        elif k and word[k - 1:k + 1] in _LETTER_NAMES and decompose(word[k + 1])[0] == "ㅇ":
            a, b, _ = decompose(chars[k])
            chars[k] = compose(a, b, _LETTER_NAMES[word[k - 1:k + 1]])
    if morphology and any(kind != "t" for _, kind in _sites(word)):
        for k, change in _morpheme_changes(word):
            if not fixed[k]:
                if change == "n":
                    _, medial, final = decompose(chars[k])
                    chars[k] = compose("ㄴ", medial, final)
                elif change == "r":
                    a, b, c = decompose(chars[k - 1])
                    chars[k - 1] = compose(a, b, _REPRESENTATIVE_LETTER.get(c, c))
                elif change == "g":
                    a, b, _ = decompose(chars[k - 1])
                    chars[k - 1] = compose(a, b, "ㄹ")
                elif change == "l":
                    _, medial, final = decompose(chars[k])
                    chars[k] = compose("ㄴ", medial, final)
                else:
                    a, b, c = decompose(chars[k - 1])
                    _, medial, final = decompose(chars[k])
                    rest, aspirate = _BEFORE_H[c]
                    if c == "ㄷ" and medial == "ㅣ":
                        aspirate = "ㅊ"  # 굳히다 [구치다] (제17항 [붙임])
                    chars[k - 1] = compose(a, b, rest)
                    chars[k] = compose(aspirate, medial, final)
    return "".join(chars)


def analyze_words(words: Iterable[str], *, tensing: bool = False) -> None:
    """Ask Kiwi about every word of ``words`` that has a morpheme site (or may end in a unit) and was not asked
    about before, in one batch (Kiwi's own threads): :func:`bilingual.names.romanize.romanize` calls it before it
    respells a text's words. ``tensing``: also the words whose only site is ㄹ before ㄷ ㅈ (MR writes 제26항)."""
    todo = sorted({w for w in words if w not in _ANALYSES and _asks_kiwi(w, tensing)})
    _analyze(todo)


def _analyze(todo: list[str]) -> None:
    if not todo:
        return
    from bilingual.lang.korean import get_kiwi

    if len(_ANALYSES) + len(todo) > _MAX_CACHED:
        _ANALYSES.clear()
        _STEM_NOUNS.clear()
    kiwi = get_kiwi()
    analysed = [(word, [(t.tag, t.start, t.start + t.len) for t in tokens])
                for word, tokens in zip(todo, kiwi.tokenize(todo), strict=True)]
    stems = sorted({stem for word, tokens in analysed for stem in _stems_to_ask(word, tokens)} - _STEM_NOUNS.keys())
    for stem, tokens in zip(stems, kiwi.tokenize(stems) if stems else (), strict=True):
        _STEM_NOUNS[stem] = len(tokens) == 1 and tokens[0].tag in _NOUN_RIGHT and tokens[0].len == len(stem)
    for word, tokens in analysed:
        _ANALYSES[word] = _analysis_of(word, tokens)


def _stems_to_ask(word: str, tokens: list[tuple[str, int, int]]) -> list[str]:
    """The stems Kiwi is asked about for 제20항 다만: where one noun of three syllables or more ends in a bound
    morpheme in ㄹ (판단력/NNG), the noun without that syllable (판단)."""
    return [word[start:k] for k, kind in _sites(word) if kind == "l"
            for tag, start, end in tokens if end == k + 1 and start <= k - 2 and tag in _NOUN_RIGHT]


def _asks_kiwi(word: str, tensing: bool) -> bool:
    return 2 <= len(word) <= MAX_MORPHOLOGY and _has_kiwi_site(word, tensing)  # long runs are never cached


@lru_cache(maxsize=65536)
def _has_kiwi_site(word: str, tensing: bool) -> bool:
    return _unit_candidate(word) or any(kind != "t" or tensing for _, kind in _sites(word))


def _unit_candidate(word: str) -> bool:
    return len(word) >= 3 and word[-1] in _UNIT_SYLLABLES


def unit_suffix(word: str) -> bool | None:
    """Is the last syllable of ``word`` (a unit's syllable: 도 시 군 구 읍 면 리 동) its own noun morpheme?
    ``True``: Kiwi reads it apart (인왕|리); ``False``: it ends a verb, an ending or a particle (싫|어도), or the tail
    of a longer morpheme that starts inside the word (옷|맵시, 혁신|도시); ``None``: Kiwi reads the whole word as one
    morpheme (제주도, 왕십리), or was not asked (not a candidate, or longer than :data:`MAX_MORPHOLOGY`)."""
    if not _unit_candidate(word) or len(word) > MAX_MORPHOLOGY:
        return None
    return _analysis(word).unit


def tensed(word: str) -> frozenset[int]:
    """Syllables of ``word`` whose ㄷ or ㅈ follows ㄹ inside one noun morpheme, read tense (제26항: 갈등 [갈뜽],
    팔당 [팔땅]; not a syllable repeated, 다만: 절절): McCune–Reischauer writes them voiceless (P'altang)."""
    if len(word) > MAX_MORPHOLOGY or not any(kind == "t" for _, kind in _sites(word)):
        return frozenset()
    return _analysis(word).tensed


@lru_cache(maxsize=65536)
def _sites(word: str) -> tuple[tuple[int, str], ...]:
    """Boundaries (index of the second syllable) where a morpheme rule could apply: ``"n"`` (a final before
    이 야 여 요 유), ``"h"`` (ㄱ ㄷ ㅂ ㅈ ㅅ ㅊ ㅌ before ㅎ), ``"r"`` (a final that is not its own sound before
    아 어 오 우 위), ``"g"`` (ㄺ before ㄱ), ``"t"`` (ㄹ before ㄷ ㅈ) or ``"l"`` (ㄴ before a bound morpheme in ㄹ,
    two syllables or more into the word)."""
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
            elif initial == _IEUNG and medial in _PLAIN_MEDIALS and previous_final in _LINKING_FINALS:
                out.append((k, "r"))
            elif initial == _HIEUT and previous_final in _BEFORE_H_FINALS:
                out.append((k, "h"))
            elif initial == _KIYEOK and previous_final == _RIEUL_KIYEOK:
                out.append((k, "g"))
            elif initial in _TENSING_INITIALS and previous_final == _RIEUL:
                out.append((k, "t"))
            elif previous_final == _NIEUN_FINAL and k >= 2 and char in _BOUND_RIEUL:
                out.append((k, "l"))
        previous_final = final
    return tuple(out)


_IEUNG, _HIEUT, _KIYEOK = INITIALS.index("ㅇ"), INITIALS.index("ㅎ"), INITIALS.index("ㄱ")
_TENSING_INITIALS = frozenset({INITIALS.index("ㄷ"), INITIALS.index("ㅈ")})
_Y_MEDIALS = frozenset(MEDIALS.index(v) for v in _Y_VOWELS)
_PLAIN_MEDIALS = frozenset(MEDIALS.index(v) for v in _PLAIN_VOWELS)
_HIEUT_FINAL, _RIEUL, _NIEUN_FINAL = FINALS.index("ㅎ"), FINALS.index("ㄹ"), FINALS.index("ㄴ")
_BOUND_RIEUL = frozenset("란량력례로론료류")
"""제20항 다만: one-syllable Sino-Korean bound morphemes in ㄹ (欄 量 力 例 禮 路 論 料 類, and 亂 of 임진란) whose ㄹ
is [ㄴ] after a noun ending in ㄴ; the standard's examples are 의견란 임진란 생산량 결단력 공권력 동원령 상견례 횡단로
이원론 입원료 구근류 (령 is left to the list: 令 and 嶺 read differently, module docstring)."""
_BOUND_TAGS = frozenset({"NNG", "NNB", "XSN", "XSM"})
"""Kiwi's tags of such a morpheme read apart (횡단|로/NNG, 이원|론/XSN, 서소문|로/XSM)."""
_RIEUL_KIYEOK, _SIOT = FINALS.index("ㄺ"), FINALS.index("ㅅ")
_BEFORE_H_FINALS = frozenset(FINALS.index(f) for f in _BEFORE_H)
_LINKING_FINALS = frozenset(FINALS.index(f) for f in _REPRESENTATIVE_LETTER)


@dataclass(frozen=True)
class _Analysis:
    changes: tuple[tuple[int, str], ...]  # (syllable index, "n" | "h" | "r" | "g" | "l")
    unit: bool | None
    tensed: frozenset[int]


_ANALYSES: dict[str, _Analysis] = {}
_STEM_NOUNS: dict[str, bool] = {}  # a stem of :func:`_stems_to_ask`: does Kiwi read it as one noun?
_MAX_CACHED = 100_000


def _analysis(word: str) -> _Analysis:
    found = _ANALYSES.get(word)
    if found is None:
        _analyze([word])
        found = _ANALYSES[word]
    return found


def _morpheme_changes(word: str) -> tuple[tuple[int, str], ...]:
    """The morpheme rules that apply to ``word``: (syllable index, ``"n"``, ``"h"``, ``"r"``, ``"g"`` or ``"l"``)."""
    return _analysis(word).changes


def _analysis_of(word: str, tokens: list[tuple[str, int, int]]) -> _Analysis:
    changes: list[tuple[int, str]] = []
    tense: set[int] = set()
    for k, kind in _sites(word):
        left = any(end == k and tag in _NOUN_LEFT for tag, _, end in tokens)
        if kind == "n":
            if (ord(word[k - 1]) - 0xAC00) % 28 == _SIOT:  # 사이시옷 (제30항 3): inside a noun, or between nouns
                inside = any(start < k < end and tag in _NOUN_RIGHT for tag, start, end in tokens)
                if inside or (left and any(start == k and tag in _NOUN_RIGHT for tag, start, _ in tokens)):
                    changes.append((k, "n"))
                continue
            # a noun of two syllables or more: a one-syllable one is too often a Sino-Korean root read without ㄴ
            # (녹양 Nogyang); the standard's lexical list has the others (식용유, 휘발유)
            right = any(start == k and end - start >= 2 and tag in _NOUN_RIGHT for tag, start, end in tokens)
            if left and right:
                changes.append((k, "n"))
        elif kind == "r":
            # a boundary Kiwi shows, or one inside a noun: Sino-Korean syllables never end in these finals, so a
            # noun that has one before a vowel is a native compound (겉|옷 [거돋], 값|어치 [가버치])
            inside = any(start < k < end and tag in _NOUN_RIGHT for tag, start, end in tokens)
            if inside or (left and any(start == k and tag in _CONTENT for tag, start, _ in tokens)):
                changes.append((k, "r"))
        elif kind == "g":
            stem = any(start < k == end and tag.startswith("V") for tag, start, end in tokens)
            if stem and any(start == k and tag.startswith("E") for tag, start, _ in tokens):
                changes.append((k, "g"))
        elif kind == "t":
            if word[k - 1] != word[k] and any(start < k < end and tag in _NOUN_RIGHT for tag, start, end in tokens):
                tense.add(k)
        elif kind == "l":
            # a noun of two syllables or more, then the morpheme read apart (이원|론); or one noun ending in it whose
            # stem is a noun of its own (판단력: 판단). Not a prefix before a noun with ㄴㄹ inside (대|혼란)
            noun = any(end == k and end - start >= 2 and tag in _NOUN_RIGHT for tag, start, end in tokens)
            apart = noun and any(start == k and end == k + 1 and tag in _BOUND_TAGS for tag, start, end in tokens)
            if apart or any(_STEM_NOUNS.get(word[start:k]) for tag, start, end in tokens
                            if end == k + 1 and start <= k - 2 and tag in _NOUN_RIGHT):
                changes.append((k, "l"))
        else:
            covering = [tag for tag, start, end in tokens if start <= k < end]
            if covering and all(tag.startswith(_VERBAL) for tag in covering):
                changes.append((k, "h"))
    return _Analysis(tuple(changes), _unit_reading(word, tokens), frozenset(tense))


def _unit_reading(word: str, tokens: list[tuple[str, int, int]]) -> bool | None:
    if not _unit_candidate(word):
        return None
    last = len(word) - 1
    covering = [(tag, start, end) for tag, start, end in tokens if start <= last < end]
    if any(tag.startswith("J") for tag, _, _ in covering):
        return False  # a particle: 서울시|도
    # an ending of a verb (싫|어도, 하|ㄹ지라도); not after the copula, which Kiwi also finds in places (북|이|면)
    verbal = any(tag.startswith(("E", "V")) or (tag.startswith("XS") and tag != "XSN") for tag, _, _ in covering)
    if verbal and not any(tag == "VCP" for tag, _, _ in tokens):
        return False
    if any(0 < start < last for _, start, _ in covering):
        return False
    if any(start == last and tag in _UNIT_TAGS for tag, start, _ in covering):
        return True
    return None


_UNIT_TAGS = frozenset({"NNG", "NNB", "NNP", "XSN"})
