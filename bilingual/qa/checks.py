"""The checks on one pair of sides: names, numbers, terminology, untranslated Hangul, omissions, form.

A check reads two :class:`~bilingual.qa.sides.Side` objects (text, mentions, numbers, sentences) and the
knowledge base, and returns :class:`~bilingual.document.Finding` records; it needs no pipeline, so it can
be tested on sides built by hand.

>>> from bilingual.entities.kb import KnowledgeBase
>>> from bilingual.qa.numbers import find_numbers
>>> src = Side("9일 만났다.", "ko", (), tuple(find_numbers("9일 만났다.", "ko")), ((0, 7),))
>>> tgt = Side("They met on the 10th.", "en", (), tuple(find_numbers("They met on the 10th.", "en")), ((0, 21),))
>>> [f.code for f in check_pair(0, src, tgt, KnowledgeBase([]))]
['number-mismatch']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bilingual.document import SEVERITY, Finding, FindingCode, Lang, Mention
from bilingual.entities.kb import KnowledgeBase
from bilingual.names.hangul import has_syllable
from bilingual.names.keys import korean_person_name, strip_particle
from bilingual.names.matching import name_fit, names_correspond
from bilingual.names.romanized import common_given_syllables, parse_name, romanize_name, spelling_key, surname_index
from bilingual.names.similarity import NameSimilarity
from bilingual.names.titles import strip_titles
from bilingual.qa.format_checks import check_format
from bilingual.qa.number_check import check_numbers
from bilingual.qa.sides import EN_PER_KO, Side, whole_sentences
from bilingual.qa.swapped_names import check_country_swaps, check_swaps
from bilingual.qa.terminology import check_terminology
from bilingual.text.scripts import JAMO, SYLLABLES

OMISSION_RATIO = 0.4  # a target below this share of its expected length has lost something
OMISSION_SENTENCE_SHARE = 0.9  # ... or below this share, with more whole sentences in the source than the target
MIN_OMISSION_SOURCE = 20  # shorter sources vary too much in length to judge
_NAME_TYPES = frozenset({"person", "org", "place"})
_SPELLING_METHODS = frozenset({"exact", "normalized", "romanization", "transcription", "fuzzy"})  # a full name was read
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|'[^']*'|「[^」]*」|『[^』]*』")
_HANGUL_RUN = re.compile(f"[{SYLLABLES}{JAMO}]+(?:[\\s·]+[{SYLLABLES}{JAMO}]+)*")
_CAPITALIZED = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}")
_HANGUL_WORD = re.compile(f"[{SYLLABLES}]+")


# -- checks ----------------------------------------------------------------------------------------------
def check_pair(index: int, source: Side, target: Side, kb: KnowledgeBase) -> list[Finding]:
    """Every check on one pair: names, numbers, untranslated Hangul, omission. An empty translation is
    one omission, not also a missing name for every name of the source."""
    if source.text.strip() and not target.text.strip():
        return _check_omission(index, source, target)
    findings = _check_names(index, source, target, kb)
    findings += _check_numbers(index, source, target)
    terms = check_terminology(index, source.text, source.mentions, target.text, target.mentions, target.lang, kb)
    findings += _check_untranslated(index, target)
    omissions = _check_omission(index, source, target)
    # a term inside the one sentence (of several) reported missing is that omission, not a second finding
    parts = [o.source_span for o in omissions if o.source_span != (0, len(source.text))]
    findings += [f for f in terms if not any(_within(f.source_span, span) for span in parts)]
    findings += omissions
    findings += check_format(index, source.text, target.text)
    return findings


def check_unpaired_target(index: int, target: Side) -> list[Finding]:
    """The checks that need no source, on a translation sentence the aligner left without one: Hangul left in
    an English translation (``untranslated``). The other checks compare the two sides, and a sentence with no
    source has nothing to be compared with."""
    return _check_untranslated(index, target)


def _within(span: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
    return span is not None and outer is not None and outer[0] <= span[0] and span[1] <= outer[1]


def _finding(code: FindingCode, index: int, message: str, **fields: object) -> Finding:
    return Finding(code=code, severity=SEVERITY[code], pair=index, message=message, **fields)


def _key(m: Mention) -> str | None:
    return m.entity_id or m.cluster


def _label(m: Mention, kb: KnowledgeBase) -> str:
    entity = kb.get(m.entity_id) if m.entity_id else None
    if entity is None:
        return repr(m.text)
    return f"{m.text!r} ({entity.name})" if m.text != entity.name else repr(m.text)


def _check_names(index: int, source: Side, target: Side, kb: KnowledgeBase) -> list[Finding]:
    s_mentions = [m for m in source.mentions if m.type in _NAME_TYPES]
    t_mentions = [m for m in target.mentions if m.type in _NAME_TYPES]
    findings: list[Finding] = []
    s_open = [m for m in s_mentions if not any(_corresponds(m, t, kb) for t in t_mentions)]
    t_open = [t for t in t_mentions if not any(_corresponds(s, t, kb) for s in s_mentions)]
    # a name the other side's mentions missed may still be in its text ("Lawrence" for 로렌스)
    found_s = {id(m): _in_text(m, target, kb) for m in s_open}
    found_t = {id(t): _in_text(t, source, kb) for t in t_open}
    s_open = [m for m in s_open if found_s[id(m)] is None]
    t_open = [t for t in t_open if found_t[id(t)] is None]
    # one note for each spelling in the translation of an entity the source names, with its first source mention
    for t in t_mentions:
        s_same = next((s for s in s_mentions if s.entity_id is not None and s.entity_id == t.entity_id), None)
        if s_same is not None and (style := _style(t, target.lang, kb)) is not None:
            findings.append(_finding(
                "name-style", index, f"{t.text!r} is {style} in the house style",
                source_span=(s_same.start, s_same.end), target_span=(t.start, t.end), entities=(t.entity_id or "",),
                values=(s_same.text, t.text)))
    # a person's name that fits its counterpart only as an unusual spelling: a warning naming what was expected
    findings += _spelling_notes(index, source, target, s_mentions, t_mentions, found_s, found_t, kb)
    # a person named on one side and a different person in the same place on the other: the wrong name
    for s in list(s_open):
        partner = next((t for t in t_open if _mismatch_partners(s, t)), None)
        if partner is None:
            continue
        s_open.remove(s)
        t_open.remove(partner)
        findings.append(_finding(
            "name-mismatch", index,
            f"the source names {_label(s, kb)} but the translation names {_label(partner, kb)}, another "
            f"{'person' if s.type == 'person' else s.type}",
            source_span=(s.start, s.end), target_span=(partner.start, partner.end),
            entities=tuple(k for k in (_key(s), _key(partner)) if k), values=(s.text, partner.text)))
    # a place or organization rendered in no form, another of its kind in its stead (bilingual.qa.swapped_names)
    findings += check_swaps(index, source, target, kb)
    # a country rendered in no form, another country in its stead, compared by identity (placecheck2 branch)
    findings += check_country_swaps(index, source, target, kb)
    # a person the other side's mentions did not find, but whose place holds another person's name
    for m, side, other in [(m, "source", target) for m in s_open] + [(t, "target", source) for t in t_open]:
        if not _confident(m):
            continue
        wrong = _other_person(m, other)
        if wrong is not None:
            start, end, text = wrong
            spans = {"source_span": (m.start, m.end), "target_span": (start, end)} if side == "source" else \
                {"source_span": (start, end), "target_span": (m.start, m.end)}
            names = (m.text, text) if side == "source" else (text, m.text)
            findings.append(_finding(
                "name-mismatch", index, f"the source names {names[0]!r} but the translation names {names[1]!r}, "
                "another person", entities=tuple(k for k in (_key(m),) if k), values=names, **spans))
            continue
        findings.append(_finding(
            "name-missing", index, f"{_label(m, kb)} in the {side} has no counterpart in the "
            f"{'translation' if side == 'source' else 'source'}",
            entities=tuple(k for k in (_key(m),) if k), values=(m.text,),
            **({"source_span": (m.start, m.end)} if side == "source" else {"target_span": (m.start, m.end)})))
    return findings


def _spelling_notes(index: int, source: Side, target: Side, s_mentions: list[Mention], t_mentions: list[Mention],
                    found_s: dict[int, _Found | None], found_t: dict[int, _Found | None],
                    kb: KnowledgeBase) -> list[Finding]:
    """``name-spelling`` warnings: a person's name in one script whose counterpart in the other fits it only as
    a ``possible`` spelling (Chung Sye-kyun for 정세균 fits; a reviewer should check it), with the spelling the
    reading would usually give; only for a Korean name on both sides (a family name and one or two syllables in
    Hangul, a romanized Korean full name in Latin), since the spelling model reads Korean names, not foreign ones
    (워커 ~ Stephen Walker; 지난해 ~ "Jiang Yu")."""
    notes: list[Finding] = []
    seen: set[tuple[int, int, bool]] = set()
    fits: list[tuple[Mention, tuple[int, int], str, NameSimilarity, bool]] = []
    for s in s_mentions:
        for t in t_mentions:
            if s.type == "person" and _corresponds(s, t, kb) and (fit := _cross_fit(s.text, t.text)) is not None:
                fits.append((s, (t.start, t.end), t.text, fit, True))
        if (found := found_s.get(id(s))) is not None and s.type == "person" and _confident(s):
            fits.append((s, (found.start, found.end), found.text, found.fit, True))
    for t in t_mentions:  # a counterpart found by searching the text: only for a name sure to be a person's
        if (found := found_t.get(id(t))) is not None and t.type == "person" and _confident(t):
            fits.append((t, (found.start, found.end), found.text, found.fit, False))
    for m, (start, end), text, fit, m_in_source in fits:
        if fit.verdict != "possible" or (start, end, m_in_source) in seen:
            continue
        seen.add((start, end, m_in_source))
        hangul, latin = (m.text, text) if has_syllable(m.text) else (text, m.text)
        if not has_syllable(hangul) or has_syllable(latin) or not korean_person_name(hangul.replace(" ", "")) \
                or not _korean_name_spelled(latin):
            continue  # a foreign name in either script (워커, 가도와치 루이치; Jiang Yu, Jay Leno) is no Korean name
        usual = romanize_name(hangul.replace(" ", ""), style="common")
        spans = {"source_span": (m.start, m.end), "target_span": (start, end)} if m_in_source else \
            {"source_span": (start, end), "target_span": (m.start, m.end)}
        notes.append(_finding(
            "name-spelling", index, f"{latin!r} is an unusual spelling of {hangul}"
            + (f" (usually {usual!r})" if usual and usual != latin else "") + f": {'; '.join(fit.reasons[1:4])}",
            values=(m.text, text) if m_in_source else (text, m.text), **spans))
    return notes


def _cross_fit(a: str, b: str) -> NameSimilarity | None:
    """The fit of two full names in different scripts (short forms are not spellings)."""
    if has_syllable(a) == has_syllable(b):
        return None
    hangul, latin = (a, b) if has_syllable(a) else (b, a)
    if len(hangul.replace(" ", "")) < 2 or len(latin.split()) < 2:
        return None
    return name_fit(a, b)


def _other_person(m: Mention, other: Side) -> tuple[int, int, str] | None:
    """Where the other side holds another person's full name that its mentions did not find: a Hangul word that
    reads as a Korean name with common given-name syllables, or a capitalized run that reads as a romanized Korean
    name. Only when the mention is a Korean name itself, and exactly one such name is there."""
    if m.lang == "ko":
        if not korean_person_name(m.text.replace(" ", "")):
            return None
        names = [(c.start(), c.end(), c.group(0)) for c in _CAPITALIZED.finditer(_outside_mentions(other))
                 if _romanized_korean_name(c.group(0))]
    else:
        if not _romanized_korean_name(m.text):
            return None
        names = []
        for w in _HANGUL_WORD.finditer(_outside_mentions(other)):
            word = strip_particle(w.group(0))
            if len(word) == 3 and korean_person_name(word) and all(c in common_given_syllables() for c in word[1:]):
                names.append((w.start(), w.start() + len(word), word))
    return names[0] if len(names) == 1 else None


def _outside_mentions(side: Side) -> str:
    """The side's text with its mentions of names blanked out (they were compared already; a mention typed
    ``other``, such as a romanized name the mentions stage could not type, was not)."""
    text = list(side.text)
    for o in side.mentions:
        if o.type not in _NAME_TYPES:
            continue
        text[o.start:o.end] = " " * (o.end - o.start)
    return "".join(text)


def _short(m: Mention) -> bool:
    return len(m.text.split()) == 1 and (m.lang != "ko" or len(m.text) <= 2)


def _confident(m: Mention) -> bool:
    """Whether a mention is sure enough to report missing: a person linked to the KB, or the full name of a
    Korean person (in Hangul, or romanized). Places and organizations are often rendered by an adjective
    or a pronoun (미국 → "American", "Washington"), and foreign names in Hangul are often split by the
    tokenizer, so their absence is not reported."""
    if m.type != "person":
        return False
    if m.entity_id is not None:
        return True
    if m.lang == "ko":
        # a three-syllable Korean name whose given-name syllables are common ones: 김정일, not 사우디 or 이집트;
        # two syllables (호주, 송전, 인도) are as often a word or a place as a name
        name = m.text.replace(" ", "")
        return len(name) == 3 and korean_person_name(name) and all(s in common_given_syllables() for s in name[1:])
    return _romanized_korean_name(m.text)


def _romanized_korean_name(text: str) -> bool:
    """A Korean person's name in Latin letters: two or three words, the first or last a Korean family name
    (Kim Jian, Sumi Jo, Hong Chul Ho), or any spelling that reads back as a Korean name."""
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    surnames = surname_index()
    return spelling_key(words[0]) in surnames or spelling_key(words[-1]) in surnames or \
        bool(parse_name(text, limit=1))


def _full_korean_name(text: str) -> bool:
    """A romanized Korean full name, family name first, once titles are dropped (Minister Kang Yeseo; not
    Minister Cho, a family name alone)."""
    words = strip_titles(text).replace(",", " ").split()
    return 2 <= len(words) <= 3 and spelling_key(words[0]) in surname_index()


def _korean_name_spelled(text: str) -> bool:
    """A romanized Korean full name in either order: family name first (:func:`_full_korean_name`), or a hyphenated
    given name before it (Tae-yul Cho); not "Jiang Yu" or "Jay Leno", whose last word only looks like one."""
    words = strip_titles(text).replace(",", " ").split()
    return _full_korean_name(text) or (
        len(words) == 2 and "-" in words[0] and spelling_key(words[1]) in surname_index())


def _mismatch_partners(s: Mention, t: Mention) -> bool:
    return s.type == t.type and _confident(s) and _confident(t)


def _corresponds(s: Mention, t: Mention, kb: KnowledgeBase) -> bool:
    """Whether two mentions on the two sides name the same entity (a person is never an organization or a place)."""
    if s.type != t.type and "other" not in (s.type, t.type):
        return False
    if s.entity_id is not None and t.entity_id is not None:
        if s.entity_id == t.entity_id:
            return True
        # a family name alone on both sides (조 장관, Minister Cho) was resolved within each document; if the
        # documents disagree about who it is, the error is where the full name was given, not here
        return _short(s) and _short(t) and names_correspond(s.text, t.text)
    for a, b in ((s, t), (t, s)):
        if a.entity_id is not None and a.entity_id in b.candidates:
            return True  # "Cho" could be either of two people, one of them the other side's
    if s.candidates and set(s.candidates) & set(t.candidates):
        return True
    if s.entity_id is not None or t.entity_id is not None:
        known = s if s.entity_id is not None else t
        other = t if known is s else s
        entity = kb.get(known.entity_id or "")
        if entity is None:
            return False
        # the entity's names in the other script first: a spelling is judged against the Hangul it writes (Yoon
        # Ha-eun is not 윤석열), not against another spelling by the letters they share (Yoon Suk Yeol)
        names = entity.all_names()
        across = [n for n in names if has_syllable(n) != has_syllable(other.text)]
        return any(names_correspond(n, other.text) for n in across or names)
    return (s.cluster is not None and s.cluster == t.cluster) or names_correspond(s.text, t.text)


@dataclass(frozen=True)
class _Found:
    """Where the other side's text holds a name its mentions did not find, and how well it fits."""

    start: int
    end: int
    text: str
    fit: NameSimilarity


def _in_text(m: Mention, other: Side, kb: KnowledgeBase) -> _Found | None:
    """Where the other side's text holds the mention's name in some form, where its mentions did not.

    A KB entity is looked for by its own names in the other side's script; any other name by spellings
    that fit (:func:`name_fit`), the best fit first."""
    # the other side's mentions were compared already: "Cho" inside "Cho Tae-yong" is not 조태열
    rest = _outside_mentions(other)
    entity = kb.get(m.entity_id) if m.entity_id else None
    if entity is not None:
        own = [n for n in entity.all_names() if has_syllable(n) == (other.lang == "ko")]
        exact = NameSimilarity(score=1.0, verdict="same", reasons=(f"a name of {entity.name}",))
        for n in own:
            pattern = r"\s*".join(re.escape(c) for c in n.replace(" ", "")) if other.lang == "ko" else \
                rf"(?<!\w){re.escape(n)}(?!\w)"
            if (hit := re.search(pattern, rest, flags=re.IGNORECASE)) is not None:
                return _Found(hit.start(), hit.end(), hit.group(0), exact)
        return None
    pieces: list[tuple[int, int, str]] = []
    if other.lang == "en":
        for p in _CAPITALIZED.finditer(rest):
            pieces.append((p.start(), p.end(), p.group(0)))
            if not _full_korean_name(p.group(0)):  # "Kang" of "Kang Yeseo" is not 강나현's family name alone
                pieces += [(p.start() + w.start(), p.start() + w.end(), w.group(0))
                           for w in re.finditer(r"\S+", p.group(0))]
    else:
        for w in _HANGUL_WORD.finditer(rest):
            pieces.append((w.start(), w.end(), w.group(0)))
            stripped = strip_particle(w.group(0))
            if stripped != w.group(0):
                pieces.append((w.start(), w.start() + len(stripped), stripped))
        if _full_korean_name(m.text):  # a Korean full name is written in Hangul as one (not as 말했다)
            pieces = [p for p in pieces if korean_person_name(p[2])]
    found = [(fit, start, end, text) for start, end, text in pieces
             if text and (fit := name_fit(m.text, text)) is not None]
    if not found:
        return None
    fit, start, end, text = max(found, key=lambda f: (f[0].verdict == "same", f[0].score, -f[1]))
    return _Found(start, end, text, fit)


def _style(t: Mention, lang: Lang, kb: KnowledgeBase) -> str | None:
    """How a correctly linked person's full name should be spelled, if this spelling differs."""
    entity = kb.get(t.entity_id or "")
    if entity is None or entity.type != "person" or t.method not in _SPELLING_METHODS:
        return None
    canonical = entity.name if lang == "en" else entity.name_ko
    if canonical is None or t.text == canonical:
        return None
    if lang == "en" and len(t.text.split()) < 2:
        return None  # a family name alone is a short form, not a spelling
    if lang == "ko" and len(t.text.replace(" ", "")) < len(canonical.replace(" ", "")):
        return None
    return f"spelled {canonical!r}"


def _check_numbers(index: int, source: Side, target: Side) -> list[Finding]:
    return check_numbers(index, source, target)


def _check_untranslated(index: int, target: Side) -> list[Finding]:
    if target.lang != "en":
        return []
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(target.text)]
    return [_finding("untranslated", index, f"Hangul left in the translation: {m.group(0)!r}",
                     target_span=(m.start(), m.end()), values=(m.group(0),))
            for m in _HANGUL_RUN.finditer(target.text)
            if not any(a <= m.start() and m.end() <= b for a, b in quoted)]


def _check_omission(index: int, source: Side, target: Side) -> list[Finding]:
    s_len, t_len = len(source.text.strip()), len(target.text.strip())
    if s_len == 0:
        return []
    ratio = EN_PER_KO if source.lang == "ko" else 1 / EN_PER_KO
    expected = s_len * ratio
    if t_len == 0:
        return [_finding("omission", index, "the source has no translation", source_span=(0, len(source.text)))]
    if s_len < MIN_OMISSION_SOURCE:
        return []
    share = t_len / expected
    whole = whole_sentences(source)
    if len(whole) > len(whole_sentences(target)) and share < OMISSION_SENTENCE_SHARE:
        # more whole sentences than the translation has, and too short for all of them: one was dropped,
        # most likely the one whose absence best explains the translation's length
        a, b = min(whole, key=lambda span: abs(math.log((t_len + 10) / ((s_len - (span[1] - span[0])) * ratio + 10))))
        return [_finding("omission", index, f"the translation has {share:.0%} of the length the source suggests; "
                         f"the sentence {source.text[a:b].strip()[:60]!r} seems to be missing",
                         source_span=(a, b), values=(f"{share:.2f}",))]
    if share >= OMISSION_RATIO:
        return []
    return [_finding("omission", index, f"the translation has {share:.0%} of the length the source suggests",
                     source_span=(0, len(source.text)), values=(f"{share:.2f}",))]
