"""A foreign person's name in Hangul right after a word that says what a person does (mentions24): ``배드민턴 선수
아궁 수산토가``, ``가수 X Y``. The tokenizer often cuts such a name into words it tags as common nouns or leaves
``other`` for want of evidence; when one to three Hangul words right after the role word, written together, are read as
transcribed from a foreign language (:func:`bilingual.names.foreign_word.transcribed`, without a particle at the end)
and a mention that nothing typed ends the run (the others inside it are of no evidence, or persons by a shape), the words are one person's name: one mention, typed ``person``. A place, a body or a
name the KB links is never inside (those mentions are typed by evidence), so 가수 아이유 or 선수 김민수 are left as
they were.
"""

from __future__ import annotations

import re

from bilingual.document import Mention
from bilingual.entities.gazetteer import NO_EVIDENCE, is_place
from bilingual.names.foreign_word import transcribed
from bilingual.names.keys import PARTICLE
from bilingual.names.titles import KOREAN_OCCUPATIONS

ROLE_WORDS = KOREAN_OCCUPATIONS | frozenset("선수 감독 코치 주장 미드필더 공격수 수비수 골키퍼 투수 타자 기수".split())
"""Words right before a person's name that say what the person does (선수 X, 미드필더 X, 가수 X)."""
_ROLE = re.compile(r"(?<![가-힣])(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r") (?=[가-힣])")
_WORD = re.compile(r"[가-힣]+")
MAX_WORDS = 3
_JOINED = re.compile("(?:과|와|은|는|을|를|의|에서|에게|하고)$")
"""Particles that end a noun phrase (not 이, 가, 로, 도, which end foreign names too: 페드로, 마리아 …)."""


def _no_evidence(m: Mention) -> bool:
    return m.type == "other" and m.entity_id is None and not m.candidates and bool(m.reasons) \
        and NO_EVIDENCE in m.reasons[-1]


def people_after_a_role(text: str, mentions: list[Mention]) -> list[Mention]:
    """Foreign names in Hangul right after a role word, as one person's mention (see the module)."""
    out = list(mentions)
    for role in _ROLE.finditer(text):
        start = role.end()
        words = []
        at = start
        for _ in range(MAX_WORDS):
            match = _WORD.match(text, at)
            if match is None:
                break
            words.append(match)
            if text[match.end():match.end() + 1] != " ":
                break
            at = match.end() + 1
        if not words:
            continue
        # the run ends at the end of the last mention that starts inside the words
        inside = [m for m in out if start <= m.start < words[-1].end()]
        if not inside or not all(_no_evidence(m) or (m.type == "person" and m.entity_id is None) for m in inside) \
                or all(m.type == "person" for m in inside):
            continue
        end = max(m.end for m in inside)
        if any(m.start < start < m.end or m.start < end < m.end for m in out):
            continue
        name = text[start:end]
        if any(_JOINED.search(w.group()) for w in words if w.end() < end
               and not any(m.start <= w.start() and w.end() <= m.end for m in inside)):
            continue  # 선수 손흥민과 토트넘 홋스퍼: a particle that joins or marks a case ends a name
        solid = name.replace(" ", "")
        if not transcribed(PARTICLE.sub("", solid) or solid) or is_place(name):
            continue
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            mention = inside[0].model_copy(update={"type": "person", "reasons": (
                *inside[0].reasons, f"a foreign person's name after the role word {role.group().strip()!r}")})
        else:
            mention = Mention(start=start, end=end, text=name, type="person", lang="ko", entity_id=None, score=0.0,
                              method="unlinked", reasons=(
                                  "not in the knowledge base; a foreign person's name in transcribed words after "
                                  f"the role word {role.group().strip()!r}",))
        out = [m for m in out if m not in inside] + [mention]
    return sorted(out, key=lambda m: (m.start, m.end))
