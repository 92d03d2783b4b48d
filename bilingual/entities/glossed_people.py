"""Foreign people named with their other form in parentheses (mentions24): two passes over the found mentions.

- A name and its real name: ``X(본명 Y)``, ``X (real name Y)`` — only a person has a real name, so the name before is a
  person's (a stage name, a player's nickname: 지뉴(본명 조르지 산투스)) and the name after 본명 is one person's full
  name, one mention however many words the tokenizer cut it into (바트자르갈 간바타르).
- A Hangul name and its Latin spelling: ``리즈키 프라타마(Rizky Pratama)``, a Latin name of two or three words that
  nothing typed, filling the parentheses after Hangul words it transcribes (each read as transcribed from a foreign
  language by :func:`bilingual.names.foreign_word.transcribed`, the pair read by
  :func:`bilingual.names.transcription.transcription_score`), is a person's when a person's word stands beside it: an
  occupation or 선수 right before the Hangul, 씨 or a title right after the parentheses, or a given name of the
  package's lists as the Latin name's first word. The Hangul words become that person's mention too (the tokenizer
  often reads them as common nouns, so they were no candidates). A company glossed so (칼파AI(KalpaAI)) is one word,
  or has its head, and is left alone.
"""

from __future__ import annotations

import re

from bilingual.document import Mention
from bilingual.entities.gazetteer import NO_EVIDENCE, given_name, is_place
from bilingual.names.foreign_word import transcribed
from bilingual.names.titles import KOREAN_OCCUPATIONS, KOREAN_TITLES
from bilingual.names.transcription import transcription_score

GLOSS_FLOOR = 0.5
"""The least transcription score of a Hangul name and the Latin name in parentheses after it (as in
``mentions._people_glossed_in_parentheses``)."""
_REAL_NAME = re.compile(r"\(\s*(?:본명|real\s+name)\s*[:：]?\s*([^()\s][^()]{0,40}?)\s*\)")
"""Parentheses that give a real name (본명 Y, real name Y)."""
_NAME_WORDS = re.compile(r"[가-힣]+(?: [가-힣]+){0,3}|[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)?"
                         r"(?: [^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)?){0,3}")
"""A name of one to four words of letters (Hangul or another script), no digits."""
_PERSON_BEFORE = KOREAN_OCCUPATIONS | frozenset("선수 감독 코치 기수 씨름선수 대표팀 주장".split())
"""Words right before a Hangul name that say it is a person's (배드민턴 선수 X, 가수 X)."""
_PERSON_AFTER = re.compile(r"\s?(?:씨|선수|감독|코치|" + "|".join(sorted(KOREAN_TITLES, key=len, reverse=True))
                           + r")(?![가-힣])|\s?(?:씨|선수)(?=[은는이가을를의와과도])")
"""씨, 선수 or a title right after the closing parenthesis ((Eda Yıldız) 씨는)."""
_LATIN_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){1,2}")
_HANGUL_WORD = re.compile("[가-힣]{2,}")


def _no_evidence(m: Mention) -> bool:
    return m.type == "other" and m.entity_id is None and not m.candidates and bool(m.reasons) \
        and NO_EVIDENCE in m.reasons[-1]


def _person(m: Mention, why: str) -> Mention:
    return m.model_copy(update={"type": "person", "reasons": (*m.reasons, why)})


def _new_person(text: str, start: int, end: int, why: str) -> Mention:
    lang = "ko" if _HANGUL_WORD.search(text[start:end]) else "en"
    return Mention(start=start, end=end, text=text[start:end], type="person", lang=lang, entity_id=None, score=0.0,
                   method="unlinked", reasons=(f"not in the knowledge base; {why}",))


def people_by_their_real_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """``X(본명 Y)``: X, a mention right before the parentheses that nothing links, is a person; Y, the real name, is
    one person's mention (the mentions inside it replaced). Only where the parentheses say 본명 or "real name"."""
    if "본명" not in text and "real name" not in text:  # the cheap test
        return mentions
    out = list(mentions)
    for match in _REAL_NAME.finditer(text):
        name_start, name_end = match.span(1)
        if _NAME_WORDS.fullmatch(match.group(1)) is None:
            continue
        before = match.start() - (1 if text[match.start() - 1:match.start()] == " " else 0)
        for k, m in enumerate(out):
            if m.end == before and m.entity_id is None and m.type != "person":
                out[k] = _person(m, "a person by the real name given in parentheses after it (본명, real name)")
        inside = [m for m in out if name_start <= m.start and m.end <= name_end]
        if len(inside) == 1 and inside[0].start == name_start and inside[0].end == name_end \
                and (inside[0].type == "person" or inside[0].entity_id is not None):
            continue
        if any(m.start < name_end and name_start < m.end and not (name_start <= m.start and m.end <= name_end)
               for m in out):
            continue  # a mention across the parenthesis: left as it is
        out = [m for m in out if not (name_start <= m.start and m.end <= name_end)]
        out.append(_new_person(text, name_start, name_end, "a person's real name (after 본명 or \"real name\")"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _hangul_before(text: str, end: int, words: int) -> tuple[int, str] | None:
    """The ``words`` space-separated Hangul words that end at ``end`` (a name right before "("), or None."""
    head_start = max(0, end - 12 * words - 1)
    parts = text[head_start:end].split(" ")
    if len(parts) < words or (len(parts) == words and head_start > 0):
        return None
    name = parts[-words:]
    if not all(_HANGUL_WORD.fullmatch(w) for w in name):
        return None
    joined = " ".join(name)
    return end - len(joined), joined


def _word_before(text: str, start: int) -> str:
    head = text[max(0, start - 20):start].rstrip()
    return head.rsplit(" ", 1)[-1] if head else ""


def people_glossed_in_latin(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Latin name of two or three words left ``other`` for want of evidence, filling the parentheses right after
    Hangul words that transcribe it, is a person with the Hangul words when a person's word stands beside them (an
    occupation or 선수 before, 씨 or a title after) or its first word is a given name of the package's lists; the
    Hangul words become a mention of that person (replacing mentions inside them that nothing typed)."""
    out = list(mentions)
    for latin in mentions:
        if latin.start < 2 or text[latin.start - 1] != "(" or text[latin.end:latin.end + 1] != ")" \
                or not _no_evidence(latin) or _LATIN_NAME.fullmatch(latin.text) is None:
            continue
        open_at = latin.start - 1
        words = latin.text.split()
        found = None
        for n in range(len(words), 0, -1):
            hangul = _hangul_before(text, open_at, n)
            if hangul is not None and all(transcribed(w) for w in hangul[1].split()) \
                    and not is_place(hangul[1]) and transcription_score(hangul[1], latin.text) >= GLOSS_FLOOR:
                found = hangul
                break
        if found is None:
            continue
        start, hangul_text = found
        if _word_before(text, start) not in _PERSON_BEFORE and _PERSON_AFTER.match(text, latin.end + 1) is None \
                and not given_name(words[0]):
            continue
        overlapping = [m for m in out if m.start < open_at and start < m.end]
        if any(not (start <= m.start and m.end <= open_at) or not (_no_evidence(m) or m.type == "person")
               for m in overlapping):
            continue  # a mention typed by evidence, or across the name's edge: left as it is
        out = [m for m in out if m is not latin and m not in overlapping]
        out.append(_person(latin, f"a person's Latin name glossing the Hangul {hangul_text!r} before it, a person's "
                                  "word beside them"))
        if len(overlapping) == 1 and overlapping[0].start == start and overlapping[0].end == open_at:
            m = overlapping[0]
            out.append(m if m.type == "person" else _person(m, f"the Hangul of {latin.text!r} after it"))
        else:
            out.append(_new_person(text, start, open_at,
                                   f"a foreign person's name in Hangul, glossed by {latin.text!r} in parentheses "
                                   "after it, a person's word beside them"))
    return sorted(out, key=lambda m: (m.start, m.end))
