"""Foreign names written in Hangul that the knowledge base does not hold (매디슨 스퀘어 가든, 파스카굴라 시), found
and typed by what is around them (issue 14, mentions16).

Whether a word is transcribed from a foreign language is :func:`bilingual.names.foreign_word.transcribed`, a learned
measure. Here: a run of transcribed nouns one space apart, the first a proper noun of Kiwi's, is one candidate
(:func:`join_runs`: 벨로니아 | 스퀘어 | 가든에서 is one place by its locative); a transcribed name followed by an
administrative unit or a word of a place written apart (브렌토빌 시는, 트렐로니 주 정부, 타스빌라 항에서, 베르솔린
지역에) is a place, and one after a compound of a class of companies (방산업체 헌팅턴 잉걸스) an organization
(:func:`add_transcribed_cues`). Without evidence the run stays ``other``: the measure says "foreign",
never "person", "place" or "organization".
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingual.document import Token
from bilingual.entities.evidence import Cue, korean_cue, korean_cue_before
from bilingual.entities.gazetteer import is_country, is_place, listed_place, org_head
from bilingual.entities.name_spans import NameSpan, locative_after
from bilingual.entities.organizations import known_organization
from bilingual.names.foreign_word import transcribed
from bilingual.names.titles import KOREAN_PERSON_ONLY_TITLES

PLACE_WORD_AFTER = re.compile(r"^\s(?:시|주|항|성|현|지역|지방|일대|섬|해협|반도)"
                              r"(?:[을를이가은는에의도과와로]|에서|으로)?(?=[\s.,]|$)")
"""A word of a place written apart after a name: an administrative unit (시, 주, 성, 현; not 군, which follows a
young man's name, nor 도, also a particle), a harbour (항), a region (지역, 지방, 일대), an island, a strait, a
peninsula (not 만, a particle when written apart by mistake)."""
PLACE_WORD_CUE = Cue("ko-transcribed-place-word", "place", "strong")
MUSEUM_VENUE_AFTER = re.compile(r"^\s(?:박물관|미술관)(?:에서|에)(?=[\s.,]|$)")
"""A museum or a gallery written apart after a transcribed name, with a locative particle (루브르 박물관에서 … 사건이
일어난): the venue where something happens, a place (the fixtures' convention; a museum that acts, 국립현대미술관은 …
연다, is an organization, and stays untyped here without the particle: mentions50)."""
CLASS_COMPOUND_BEFORE = re.compile(r"[가-힣](?:업체|기업|회사|제조사|운영사)\s$")
"""A compound ending in a word of a class of companies right before a name (방산업체 X, 반도체기업 X): read only
before a transcribed name, since a Korean company's name may end so too (신한은행 정상혁 행장 is why the class words
of :mod:`bilingual.entities.evidence` must stand alone there)."""
CLASS_COMPOUND_CUE = Cue("ko-transcribed-class-before", "org", "strong")


_HANGUL_WORD = re.compile("[가-힣]{2,}")
"""A word of two Hangul syllables or more (the range of precomposed syllables, 가 to 힣)."""


def _hangul_word(word: str) -> bool:
    return _HANGUL_WORD.fullmatch(word) is not None


@lru_cache(maxsize=65536)  # a function of the word and the bundled tables alone, asked of most proper nouns
def _joinable(word: str) -> bool:
    return _hangul_word(word) and transcribed(word) and known_organization(word) is None and org_head(word) is None


def _later_word(word: str) -> bool:
    """A word that may go on a run: transcribed, and no country or listed place (푸틴 | 러시아 stay two names)."""
    return _joinable(word) and not is_country(word) and not listed_place(word)


def _evidence(text: str, start: int, end: int, last: NameSpan) -> bool:
    """Whether the run ``text[start:end]`` has evidence of a kind around it: a title only people hold after it
    (루이즈 필리페 스콜라리 감독 is no such run: a club's name may end it, as in 리 클리포드 콴타스 회장), 에 or 에서 on
    it (not 로, which also follows a person's name: 고이즈미 주니치로 is one name), a strong cue after it, a word of a
    place after it or of a class of organizations before it."""
    after = text[end:end + 80]
    cue = korean_cue(after)
    return last.title in KOREAN_PERSON_ONLY_TITLES or last.title_beyond in KOREAN_PERSON_ONLY_TITLES \
        or (last.locative and after.startswith("에")) \
        or (cue is not None and cue.strength == "strong") or PLACE_WORD_AFTER.match(after) is not None \
        or korean_cue_before(text[max(0, start - 9):start]) is not None \
        or CLASS_COMPOUND_BEFORE.search(text[max(0, start - 6):start]) is not None


def join_runs(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """The candidates with each run of transcribed nouns one space apart made one (매디슨 | 스퀘어 | 가든, 헌팅턴 |
    잉걸스): the run starts at a one-word proper noun with no title and goes on through whole words that Kiwi reads
    as nouns (proper or common: 잉걸스) and the measure reads as transcribed, none an organization of the general
    list nor ending in an organization's head, no country or listed place, nor the start of a name of two words
    already found; the run takes the title and the locative of its last word. Only a run with evidence around it is
    joined (:func:`_evidence`); without it the words stay apart, as before (팀 쿡과 사티아 | 나델라는 … 참석했다). A
    listed place does not start a run (이탈리아 | 마렌치아 stay two names)."""
    by_start: dict[int, int] = {}  # filled when a run may start (in most sentences none does)
    starts: dict[int, int] = {}
    result: list[NameSpan] = []
    skip_until = -1
    for c in out:
        if c.start < skip_until:
            continue
        name = text[c.start:c.end]
        if not (c.kiwi_proper_noun and c.title is None and " " not in name and _joinable(name)
                and not is_place(name)):
            result.append(c)
            continue
        if not by_start:
            by_start = {t.start: k for k, t in enumerate(tokens)}
            starts = {d.start: k for k, d in enumerate(out)}
        end, last, j = c.end, c, by_start.get(c.start)
        while j is not None:
            j = next((k for k in range(j, len(tokens)) if tokens[k].start >= end), None)
            if j is None or tokens[j].start != end + 1 or tokens[j].tag not in ("NNP", "NNG"):
                break
            k = j
            while k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].tag in ("NNP", "NNG"):
                k += 1
            word = text[tokens[j].start:tokens[k].end]
            if not _later_word(word) or (k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end
                                       and tokens[k + 1].tag.startswith(("V", "X"))):
                break
            found = starts.get(tokens[j].start)
            if found is not None and (out[found].end != tokens[k].end or " " in text[out[found].start:out[found].end]):
                break
            end = tokens[k].end
            last = out[found] if found is not None else NameSpan(tokens[j].start, end, "ko",
                                                                  locative=locative_after(tokens, k + 1))
            j = k + 1
        if end == c.end or not _evidence(text, c.start, end, last):
            result.append(c)
            continue
        skip_until = end
        result.append(NameSpan(c.start, end, "ko", title=last.title, kiwi_proper_noun=True, locative=last.locative,
                               title_beyond=last.title_beyond,
                               reasons=["a run of words transcribed from a foreign language"]))
    return result


def add_transcribed_cues(text: str, out: list[NameSpan]) -> None:
    """A transcribed name with no other cue and no title gets a place cue before a word of a place written apart
    (:data:`PLACE_WORD_AFTER`: 브렌토빌 시는, 타스빌라 항에서) or a museum where something happens
    (:data:`MUSEUM_VENUE_AFTER`: 루브르 박물관에서), an organization cue after a compound of a class of
    companies (:data:`CLASS_COMPOUND_BEFORE`: 방산업체 헌팅턴 잉걸스)."""
    for c in out:
        name = text[c.start:c.end]
        if c.cue is not None or c.title is not None or not c.kiwi_proper_noun \
                or not all(_hangul_word(w) for w in name.split()) or not transcribed(name):
            continue
        if PLACE_WORD_AFTER.match(text[c.end:c.end + 8]) or MUSEUM_VENUE_AFTER.match(text[c.end:c.end + 8]):
            c.cue = PLACE_WORD_CUE
        elif CLASS_COMPOUND_BEFORE.search(text[max(0, c.start - 6):c.start]):
            c.cue = CLASS_COMPOUND_CUE
