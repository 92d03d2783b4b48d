"""Romanization of Korean words: Revised Romanization (RR, 2000) and McCune–Reischauer (MR, 1939).

Rules from the published systems (Ministry of Culture and Tourism notice 2000-8 for RR; McCune and
Reischauer, *The Romanization of the Korean Language*, 1939): letters, the representative final
sounds, and the sound changes between syllables of a word — liaison, palatalization (같이 gachi),
aspiration after ㅎ (좋다 jota) but not before it in nouns (묵호 Mukho, 집현전 Jiphyeonjeon),
nasalization (독립문 dongnimmun, 종로 jongno) and lateralization (신라 silla). RR writes a hyphen before
administrative units (종로구 Jongno-gu). MR voices ㄱㄷㅂㅈ between voiced sounds and marks aspirates
with an apostrophe and ㅓ ㅡ with a breve (독립문 tongnimmun, 부산 pusan).

>>> romanize("신라 종로 독립문 같이 좋다 묵호 집현전")
'silla jongno dongnimmun gachi jota mukho jiphyeonjeon'
>>> romanize("종로구"), romanize("독립문", system="mr"), romanize("부산", system="mr", capitalize=True)
('Jongno-gu', 'tongnimmun', 'Pusan')
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from bilingual.memory import collector_paused
from bilingual.names.hangul import decompose
from bilingual.names.pronunciation import analyze_words, respell, tensed, unit_suffix
from bilingual.text.scripts import SYLLABLES

System = Literal["rr", "mr"]
NameJoin = Literal["separate", "joined"]

RR_INITIAL = {"ㄱ": "g", "ㄲ": "kk", "ㄴ": "n", "ㄷ": "d", "ㄸ": "tt", "ㄹ": "r", "ㅁ": "m", "ㅂ": "b", "ㅃ": "pp",
              "ㅅ": "s", "ㅆ": "ss", "ㅇ": "", "ㅈ": "j", "ㅉ": "jj", "ㅊ": "ch", "ㅋ": "k", "ㅌ": "t", "ㅍ": "p",
              "ㅎ": "h"}
RR_VOWEL = {"ㅏ": "a", "ㅐ": "ae", "ㅑ": "ya", "ㅒ": "yae", "ㅓ": "eo", "ㅔ": "e", "ㅕ": "yeo", "ㅖ": "ye",
            "ㅗ": "o", "ㅘ": "wa", "ㅙ": "wae", "ㅚ": "oe", "ㅛ": "yo", "ㅜ": "u", "ㅝ": "wo", "ㅞ": "we",
            "ㅟ": "wi", "ㅠ": "yu", "ㅡ": "eu", "ㅢ": "ui", "ㅣ": "i"}
MR_VOWEL = {**RR_VOWEL, "ㅓ": "ŏ", "ㅕ": "yŏ", "ㅝ": "wŏ", "ㅡ": "ŭ", "ㅢ": "ŭi"}
# Voiceless MR initials; between voiced sounds ㄱㄷㅂㅈ become g d b j.
MR_INITIAL = {**RR_INITIAL, "ㄱ": "k", "ㄷ": "t", "ㅂ": "p", "ㅈ": "ch", "ㅉ": "tch", "ㅊ": "ch'", "ㅋ": "k'",
              "ㅌ": "t'", "ㅍ": "p'"}
MR_VOICED = {"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "j"}

# The seven representative final sounds.
_REPRESENTATIVE = {"": "", "ㄱ": "K", "ㄲ": "K", "ㅋ": "K", "ㄳ": "K", "ㄺ": "K", "ㄴ": "N", "ㄵ": "N", "ㄶ": "N",
                   "ㄷ": "T", "ㅅ": "T", "ㅆ": "T", "ㅈ": "T", "ㅊ": "T", "ㅌ": "T", "ㅎ": "T", "ㄹ": "L", "ㄼ": "L",
                   "ㄽ": "L", "ㄾ": "L", "ㅀ": "L", "ㅁ": "M", "ㄻ": "M", "ㅂ": "P", "ㅍ": "P", "ㅄ": "P", "ㄿ": "P",
                   "ㅇ": "NG"}
_FINAL_ROMAN = {"": "", "K": "k", "T": "t", "P": "p", "N": "n", "L": "l", "M": "m", "NG": "ng"}
_SPLIT = {"ㄳ": ("ㄱ", "ㅅ"), "ㄵ": ("ㄴ", "ㅈ"), "ㄺ": ("ㄹ", "ㄱ"), "ㄻ": ("ㄹ", "ㅁ"), "ㄼ": ("ㄹ", "ㅂ"),
          "ㄽ": ("ㄹ", "ㅅ"), "ㄾ": ("ㄹ", "ㅌ"), "ㄿ": ("ㄹ", "ㅍ"), "ㅄ": ("ㅂ", "ㅅ")}
_ASPIRATE = {"ㄱ": "ㅋ", "ㄷ": "ㅌ", "ㅈ": "ㅊ"}
_NASAL = {"K": "ㅇ", "T": "ㄴ", "P": "ㅁ"}
# RR writes a hyphen before these units, and no sound change across it.
# 리 and 가 are left out: too many names end in them without being units (왕십리 Wangsimni, 을지로3가); 리 is a unit
# only where Kiwi reads it as a morpheme of its own (인왕|리 Inwang-ri), 가 only after a number.
ADMINISTRATIVE_UNITS = frozenset("도시군구읍면동")
NOT_UNITS = frozenset(
    "도시 입구 출구 당시 역시 연구 가구 인구 항구 창구 요구 기구 도구 친구 측면 표면 화면 국면 반면 운동 활동 행동 "
    "자동 노동 감동 변동 작동 출동 태도 속도 온도 시도 보도 의도 각도 밀도 용도 정도 반도 열도 군도 적도 궤도".split())
"""Common nouns that end in a unit's syllable: a word ending in one is not a place with a unit (혁신도시, 을지로입구,
한반도, 경제활동)."""
NUMBERED_UNITS = frozenset("동가리")
"""Units written after a number (봉천 1동, 종로 2가), where they are never part of a name."""
TWO_SYLLABLE_SURNAMES = frozenset({"남궁", "선우", "제갈", "황보", "독고", "사공", "서문", "동방"})
_HANGUL_RUN = re.compile(f"[{SYLLABLES}]+")


_DOUBLE_FINALS = frozenset("ㄳㄵㄶㄺㄻㄼㄽㄾㄿㅀㅄ")
_PLAIN = str.maketrans({"ŏ": "o", "ŭ": "u", "'": ""})


def name_jamo_letters(jamo: str, voiced: bool | None = None) -> frozenset[str]:
    """The letters each official system writes for one jamo of a Korean name, lower case, no diacritics: RR as it
    writes a name (notice 2000-8, 제3장 제4항: no sound change inside a name, so a vowel is its letters of 제2장 제1항,
    an initial its letters of 제2장 제2항, and a final its representative sound's (표준 발음법 제9항) as 제2장 제2항
    붙임 1 and 2 write it at the end of a syllable: k t p, l), and McCune–Reischauer without
    its breve and apostrophe (ŏ o, ŭ u, k' k; ㄱ ㄷ ㅂ ㅈ voiced after a vowel, a nasal or ㄹ, voiceless elsewhere).
    ``jamo``: an initial, a vowel, or a final marked ``_`` (``_ㅊ``); ``voiced``: whether an initial follows a voiced
    sound (``None``: not known, both MR forms). The spelling the systems prescribe for the jamo, whatever names a
    table has seen (빛 bit, 꽃 kkot, 뜰 tteul, 꺽 kkeok / kkok). None for a final of two consonants (ㄺ ㄶ ㄼ ...):
    which of the two is heard depends on what follows (표준 발음법 제10, 11항: 닭 dak, 맑게 malge), so no letter is
    the jamo's own."""
    if jamo.startswith("_"):
        return frozenset() if jamo[1:] in _DOUBLE_FINALS else frozenset({_FINAL_ROMAN[_REPRESENTATIVE[jamo[1:]]]})
    if jamo in RR_VOWEL:
        return frozenset({RR_VOWEL[jamo], MR_VOWEL[jamo].translate(_PLAIN)})
    if jamo not in RR_INITIAL:
        return frozenset()
    mr = {MR_INITIAL[jamo]} if voiced is not True or jamo not in MR_VOICED else set()
    if voiced is not False and jamo in MR_VOICED:
        mr.add(MR_VOICED[jamo])
    return frozenset({RR_INITIAL[jamo], *(m.translate(_PLAIN) for m in mr)})


def _boundary(final: str, initial: str, next_vowel: str) -> tuple[str, str]:
    """The sound change where ``final`` meets the next syllable's ``initial``."""
    if initial == "ㅇ":
        if final in ("", "ㅇ"):
            return final, initial
        if final == "ㅎ":
            return "", "ㅇ"  # 좋아 joa
        if final in ("ㄶ", "ㅀ"):
            return "", "ㄴ" if final == "ㄶ" else "ㄹ"  # 많이 mani, 싫어 sireo
        if next_vowel == "ㅣ" and final in ("ㄷ", "ㅌ", "ㄾ"):  # palatalization: 굳이 guji, 같이 gachi
            return ("ㄹ" if final == "ㄾ" else ""), ("ㅈ" if final == "ㄷ" else "ㅊ")
        if final in _SPLIT:
            return _SPLIT[final]  # 읽어 ilgeo
        return "", final  # liaison
    if final in ("ㅎ", "ㄶ", "ㅀ"):
        rest = {"ㅎ": "", "ㄶ": "ㄴ", "ㅀ": "ㄹ"}[final]
        if initial in _ASPIRATE:
            return rest, _ASPIRATE[initial]  # 좋다 jota, 많고 manko
        if initial == "ㅅ":
            return rest, "ㅆ"  # 좋소 josso
        if initial == "ㄴ":
            return ("ㄹ", "ㄹ") if final == "ㅀ" else ("ㄴ", "ㄴ")  # 놓는 nonneun
        return rest, initial
    if initial == "ㅎ":
        return final, initial  # nouns keep ㅎ after ㄱㄷㅂ: 묵호 mukho, 집현전 jiphyeonjeon
    rep = _REPRESENTATIVE[final]
    if initial == "ㄹ":
        if rep in ("N", "L"):
            return "ㄹ", "ㄹ"  # 신라 silla, 울릉 ulleung
        if rep in ("M", "NG"):
            return final, "ㄴ"  # 종로 jongno, 침략 chimnyak
        if rep in _NASAL:
            return _NASAL[rep], "ㄴ"  # 독립 dongnip, 협력 hyeomnyeok
    if initial in ("ㄴ", "ㅁ"):
        if rep in _NASAL:
            return _NASAL[rep], initial  # 백마 baengma, 합니다 hamnida
        if rep == "L" and initial == "ㄴ":
            return "ㄹ", "ㄹ"  # 설날 seollal
    return final, initial


def _pronounce(word: str, *, sound_changes: bool) -> list[tuple[str, str, str]]:
    """(initial, medial, representative final) per syllable, after the sound changes."""
    syllables = [list(decompose(c)) for c in word]
    if sound_changes:
        for i in range(len(syllables) - 1):
            final, initial = _boundary(syllables[i][2], syllables[i + 1][0], syllables[i + 1][1])
            syllables[i][2], syllables[i + 1][0] = final, initial
    return [(a, b, _REPRESENTATIVE[c]) for a, b, c in syllables]


def romanize_word(word: str, system: System = "rr", *, sound_changes: bool = True, diacritics: bool = True,
                  voiced_start: bool = False, voiceless: frozenset[int] = frozenset()) -> str:
    """Romanize one word of Hangul syllables (no spaces, no other characters), by its letters: the sound changes
    at each syllable boundary, but not those that need the word's morphemes (see :func:`romanize`). ``voiceless``:
    syllables whose ㄱ ㄷ ㅂ ㅈ MR writes voiceless even between voiced sounds (read tense: 제26항, 팔당 P'altang)."""
    parts: list[str] = []
    previous = "V" if voiced_start else ""  # the previous syllable's final sound, or "V" after a vowel
    previous_vowel = ""
    for i, (initial, medial, final) in enumerate(_pronounce(word, sound_changes=sound_changes)):
        if initial == "ㄹ" and previous == "L":
            onset = "l"
        elif system == "rr":
            onset = RR_INITIAL[initial]
        else:
            voiced = (i > 0 or voiced_start) and previous in ("V", "N", "L", "M", "NG") and i not in voiceless
            onset = MR_VOICED[initial] if voiced and initial in MR_VOICED else MR_INITIAL[initial]
            if initial == "ㅅ" and medial == "ㅟ":
                onset = "sh"
            if previous == "N" and initial == "ㄱ":
                onset = "'g"  # MR tells n'g from ng
        vowel = RR_VOWEL[medial] if system == "rr" else MR_VOWEL[medial]
        if system == "mr" and i > 0 and medial == "ㅔ" and onset == "" and previous == "V" \
                and previous_vowel in ("ㅏ", "ㅗ"):
            vowel = "ë"  # MR tells 아에 aë from ㅐ ae, and 오에 oë from ㅚ oe
        parts.append(onset + vowel + _FINAL_ROMAN[final])
        previous = final or "V"
        previous_vowel = medial
    out = "".join(parts)
    if system == "mr" and not diacritics:
        out = strip_diacritics(out)
    return out


def strip_diacritics(text: str) -> str:
    """Drop MR's breves and apostrophes: ``t'ae-yŏl`` -> ``tae-yol``."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("'", "").replace("’", "")


def romanize(text: str, *, system: System = "rr", diacritics: bool = True, units: bool = True,
             capitalize: bool = False, morphology: bool = True, names: NameJoin | None = None) -> str:
    """Romanize the Hangul in ``text``; every other character passes through unchanged.

    ``system``: ``"rr"`` (Revised Romanization) or ``"mr"`` (McCune–Reischauer). Each word is first respelled by
    its standard pronunciation (:func:`bilingual.names.pronunciation.respell`: the standard's lexical lists, and
    with ``morphology=True`` the rules that need Kiwi's morphemes), then romanized with the sound changes between
    its syllables. ``diacritics=False`` drops MR's breves, diaereses and apostrophes. ``units``: a word of three or
    more syllables ending in an administrative unit (도 시 군 구 읍 면 동), or 동 가 리 right after a number, is a
    place name: ``종로구`` -> ``Jongno-gu``, ``종로 2가`` -> ``jongno 2-ga`` (RR 3.5: a hyphen, no sound change across
    it). ``capitalize`` capitalizes every romanized word (for proper nouns, RR 3.3). ``names``: the text is
    personal names (RR 3.4: surname first, capitalized, no sound change inside a name): each Hangul word is a name,
    its given name ``"separate"`` (``Min Yong-ha``) or ``"joined"`` (``Min Yongha``), as
    :func:`bilingual.names.romanized.romanize_name` writes it.
    """
    if not isinstance(text, str):
        raise TypeError(f"romanize() needs str, not {type(text).__name__}")
    if system not in ("rr", "mr"):
        raise ValueError(f"system must be 'rr' or 'mr', not {system!r}")
    if names not in (None, "separate", "joined"):
        raise ValueError(f"names must be 'separate' or 'joined', not {names!r}")
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)

    with collector_paused():  # a long text is many small acyclic objects (bilingual/memory.py)
        return _romanize_runs(text, system, diacritics, units, capitalize, morphology, names)


def _romanize_runs(text: str, system: System, diacritics: bool, units: bool, capitalize: bool, morphology: bool,
                   names: NameJoin | None) -> str:
    if morphology and names is None:  # one batch for Kiwi, not one call per word
        analyze_words(_HANGUL_RUN.findall(text), tensing=system == "mr")

    def word_form(word: str, voiced_start: bool = False) -> str:
        voiceless = tensed(word) if morphology and system == "mr" else frozenset()
        return romanize_word(respell(word, morphology=morphology), system, diacritics=diacritics,
                             voiced_start=voiced_start, voiceless=voiceless)

    def is_place(word: str) -> bool:
        """RR 3.5: a word of three or more syllables that ends in a unit, read apart by Kiwi where it can tell."""
        if not units or len(word) < 3 or word[-2:] in NOT_UNITS:
            return False
        if word[-1] not in ADMINISTRATIVE_UNITS and word[-1] != "리":
            return False
        apart = unit_suffix(word) if morphology else None
        return apart is True if word[-1] == "리" else apart is not False

    def one(match: re.Match[str]) -> str:
        word = match.group()
        if names is not None:
            return _name_form(word, system, names, diacritics=diacritics)
        if units and len(word) == 1 and word in NUMBERED_UNITS and match.start() > 0 \
                and text[match.start() - 1].isdigit():
            return "-" + word_form(word, voiced_start=system == "mr")  # 1동 1-dong, 2가 2-ga
        if is_place(word):
            stem = word_form(word[:-1])
            voiced = decompose(word[-2])[2] in ("", "ㄴ", "ㄹ", "ㅁ", "ㅇ")
            unit = word_form(word[-1], voiced_start=voiced)
            return stem[:1].upper() + stem[1:] + "-" + unit
        out = word_form(word)
        return out[:1].upper() + out[1:] if capitalize else out

    return _HANGUL_RUN.sub(one, text)


def _name_form(word: str, system: System, names: NameJoin, *, diacritics: bool) -> str:
    """One Hangul word read as a personal name (RR 3.4): surname (one syllable, or two for a word of three or
    more that begins with a two-syllable surname) and given name, no sound change between syllables."""
    surname_length = 2 if len(word) >= 3 and word[:2] in TWO_SYLLABLE_SURNAMES else 1
    surname, given = word[:surname_length], word[surname_length:]
    parts = []
    voiced = False
    for syllable in given:
        parts.append(romanize_word(syllable, system, sound_changes=False, diacritics=diacritics,
                                   voiced_start=system == "mr" and voiced))
        voiced = decompose(syllable)[2] in ("", "ㄴ", "ㄹ", "ㅁ", "ㅇ")
    sur = romanize_word(surname, system, sound_changes=False, diacritics=diacritics)
    joined = ("-" if names == "separate" else "").join(parts)
    return sur[:1].upper() + sur[1:] + (" " + joined[:1].upper() + joined[1:] if joined else "")
