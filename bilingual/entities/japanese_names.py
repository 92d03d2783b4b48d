"""Japanese people named in Hangul: a family name and a given name, both written in the Hangul of Japanese kana.

Korean writes Japanese names by the kana-to-Hangul table of the loanword orthography (외래어 표기법, chapter 2, table 4:
일본어의 가나와 한글 대조표): every syllable is one of the table's (아 이 우 에 오, 가/카 기/키 …, 샤 슈 쇼, 료 …),
with no final consonant but ㄴ for ん and ㅅ for っ. Many Japanese family names are also the names of towns (다카하시,
마쓰모토, 이토 are places of the gazetteer), and Kiwi cuts some of them up (마쓰 + 이 + 다), so neither the gazetteer
nor Kiwi's tags tell a person from a place there. Two words of that shape one space apart, the first a proper noun of
Kiwi's, neither a listed place other than a foreign town nor an organization, are one person's name (니시무라 료타,
다카하시 미오); a city or a country keeps the pair apart (요코하마 신주쿠, 오사카 난바: places in a city).
"""

from __future__ import annotations

import re

from bilingual.document import Token
from bilingual.entities.gazetteer import listed_place, strong_listed_place
from bilingual.entities.name_spans import NameSpan
from bilingual.entities.organizations import known_organization
from bilingual.names.foreign_word import transcribed
from bilingual.names.hangul import compose, decompose
from bilingual.names.titles import KOREAN_TITLE_ALTERNATION, KOREAN_TITLES

_KANA_ROWS = ("아이우에오 가기구게고 카키쿠케코 사시스세소 자지즈제조 다지쓰데도 타치쓰테토 "
              "나니누네노 하히후헤호 바비부베보 파피푸페포 마미무메모 야유요 라리루레로 와 "
              "갸규교 캬큐쿄 샤슈쇼 자주조 차추초 냐뉴뇨 햐휴효 뱌뷰뵤 퍄퓨표 먀뮤묘 랴류료")
"""The syllables of the kana-to-Hangul table (외래어 표기법 표 4), word-initial and medial forms together."""
_FINALS = ("", "ㄴ", "ㅅ")
"""Final consonants a transcription of Japanese has: none, ㄴ for ん and ㅅ for っ."""
_PARTICLE_TAGS = frozenset({"JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX", "JC"})


def _kana_syllables() -> frozenset[str]:
    out: set[str] = set()
    for syllable in _KANA_ROWS.replace(" ", ""):
        initial, vowel, _ = decompose(syllable)
        out.update(compose(initial, vowel, final) for final in _FINALS)
    return frozenset(out)


KANA_SYLLABLES = _kana_syllables()


def japanese_shape(word: str) -> bool:
    """Whether a Hangul word of two to five syllables is written only in the syllables of the kana table (다카하시,
    료타, 신주쿠), as a Japanese name or word transcribed into Hangul is, and reads as transcribed from a foreign
    language (:func:`bilingual.names.foreign_word.transcribed`): with ㄴ for ん many Sino-Korean words fit the table
    as well (한라산, 산간, 분교), and the measure tells them apart (it misses a few Japanese names too: 겐지, 신지)."""
    return 2 <= len(word) <= 5 and KANA_SYLLABLES.issuperset(word) and transcribed(word)  # the table's: syllables


_KOREAN_UNITS = ("구", "군", "동", "읍", "면")
"""Korean administrative units below a city (a Japanese family name of the kana table rarely ends so)."""
_WORD = re.compile(r"\S+")
_PLACE_AFTER = re.compile(r"(?:에서|에|로|으로)(?![가-힣])|\s?(?:시|주|현|섬|해변|거리|지역|일대|공항|역)"
                          r"(?:[은는이가을를의에도와과]|에서)?(?![가-힣])")
"""A locative or a word of a place right after the pair (산타 모니카에서, 산타 모니카 해변): two transcribed words
that fit the kana table may be a place of another language."""


def japanese_names(text: str, tokens: list[Token], out: list[NameSpan]) -> list[NameSpan]:
    """The candidates with each Japanese full name in Hangul (:func:`japanese_shape`, both words) as one candidate
    of its own, replacing the candidates inside it; the given name ends before a particle Kiwi found (료타가), but
    for 로, which ends given names (겐타로). The family name carries no particle, and Kiwi reads the given name as a
    noun (not 베이조스가 세운, a name and a verb)."""
    if not tokens:
        return out
    joined: list[NameSpan] = []
    starts: dict[int, Token] = {}
    for token in tokens:  # the cheap tests first: a proper noun that starts a word of kana syllables
        if token.tag != "NNP" or token.form[:1] not in KANA_SYLLABLES \
                or (token.start > 0 and not text[token.start - 1].isspace()):
            continue
        first = _WORD.match(text, token.start)
        if first is None or not japanese_shape(first.group()) or not text.startswith(" ", first.end()):
            continue
        starts = starts or {t.start: t for t in tokens}
        second = _WORD.match(text, first.end() + 1)
        if second is None or any(t.tag in _PARTICLE_TAGS for t in tokens if first.start() < t.start < first.end()) \
                or not starts.get(second.start(), token).tag.startswith(("NN", "NR")):
            continue  # 베이조스가 세운: a particle on the first word, a verb for the second
        end = next((t.start for t in tokens if second.start() < t.start < second.end() and t.tag in _PARTICLE_TAGS),
                   second.end())
        if text[end:second.end()] == "로" and japanese_shape(second.group()):
            end = second.end()  # 겐타로, 이치로: 郎 ends given names, and a person rarely takes the particle 로
        given = text[second.start():end]
        if end != second.end() and not any(t.end == end for t in tokens):
            continue
        by_title = not japanese_shape(given) and _kana_table_word(given) and _TITLE_AFTER.match(text, end) \
            and starts.get(second.start(), token).tag == "NNG" and starts[second.start()].end == end \
            and given not in KOREAN_TITLES  # 다나카 고문 변호사: a title, not a given name
        if not (japanese_shape(given) or by_title) \
                or any(_named_otherwise(w) for w in (first.group(), given)) or _PLACE_AFTER.match(text, end):
            continue
        joined.append(NameSpan(first.start(), end, "ko", kiwi_proper_noun=True, japanese=True,
                               reasons=["a Japanese name in the Hangul of kana"]))
    if not joined:
        return out
    kept = [c for c in out if not any(c.start < j.end and j.start < c.end for j in joined)]
    return sorted(kept + joined, key=lambda c: (c.start, c.end))


_TITLE_AFTER = re.compile(r"\s(?:" + KOREAN_TITLE_ALTERNATION + r")"
                          r"(?:에게|에서|으로|[은는이가을를의에도와과로])?(?![가-힣])")
"""A person's title right after the pair, alone or with its particle (사토 고지 사장이): a given name that Kiwi reads as
one Korean common noun (고지, 高地 or 告知; so not transcribed by :func:`japanese_shape`'s measure either) is read as
one when the title says a person is named, and it is no title itself (mentions59)."""


def _kana_table_word(word: str) -> bool:
    """Whether a Hangul word of two to five syllables is written only in the syllables of the kana table, transcribed
    or not (고지, 겐지, 신지)."""
    return 2 <= len(word) <= 5 and KANA_SYLLABLES.issuperset(word)


def _named_otherwise(word: str) -> bool:
    """A country, a region or a city of the gazetteer, or an organization of the list: not part of a person's name
    (a small town of the same name is: 다카하시, 이토; so is a word shaped like a Korean unit, 고바야시 in 시, but not a
    listed Korean district, county, quarter or township: 마포구 와우산로 is a road in a district)."""
    return strong_listed_place(word) or known_organization(word) is not None \
        or (word.endswith(_KOREAN_UNITS) and listed_place(word))
