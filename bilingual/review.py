"""Translation review: pair Korean and English segments and report name and number inconsistencies.

>>> source = "조태열 장관이 9일 블링컨 장관을 만났다."
>>> r = review_pairs([(source, "Minister Cho Tae-yong met Secretary Blinken on the 10th.")])
>>> sorted((f.code, f.severity) for f in r.findings)
[('name-mismatch', 'error'), ('number-mismatch', 'error')]
>>> review_pairs([(source, "Minister Cho Tae-yul met Secretary Blinken on the 9th.")]).findings
()

Each side is processed by the pipeline (repair, routing, Kiwi or the English path, mentions linked to the
KB); then every pair is checked by :func:`check_pair`. :func:`review` first pairs the sentences of two
whole documents (:mod:`bilingual.align`). :func:`pair_translations` is the pipeline stage that finds a
block followed by its translation inside one page and reviews that pair.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bilingual.align import Segment, align
from bilingual.document import SEVERITY, Document, Finding, FindingCode, Lang, Mention, Model, Pair, Sentence
from bilingual.hangul import has_syllable
from bilingual.kb import KnowledgeBase, exact_key, korean_person_name, normal_key, strip_particle
from bilingual.names import common_given_syllables, parse_name, spelling_key, surname_index
from bilingual.numbers import Quantity, comparable, find_numbers, same_value
from bilingual.transcription import transcription_key, transcription_score

EN_PER_KO = 2.0
"""English characters per Korean character in a translation: the median over the 1,000 news-dev pairs."""
OMISSION_RATIO = 0.4  # a target below this share of its expected length has lost something
OMISSION_SENTENCE_SHARE = 0.9  # ... or below this share, with more whole sentences in the source than the target
MIN_OMISSION_SOURCE = 20  # shorter sources vary too much in length to judge
MIN_SENTENCE = 20  # shorter "sentences" (네., 왜?) are not counted as sentences a translation must have
_KOREAN_SENTENCE_END = re.compile(r"(?:다|요|까|죠|가|나|지|네|냐|군|자|라|오)[.?!]+['\"”’」』)\]]*(?=\s|$)")
_NAME_TYPES = frozenset({"person", "org", "place"})
_SPELLING_METHODS = frozenset({"exact", "normalized", "romanization", "transcription"})  # a full name was read
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|'[^']*'|「[^」]*」|『[^』]*』")
_HANGUL_RUN = re.compile(r"[가-힣ㄱ-ㆎ]+(?:[\s·]+[가-힣ㄱ-ㆎ]+)*")
_CAPITALIZED = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}")
_HANGUL_WORD = re.compile(r"[가-힣]+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]{2,}")


class ReviewPair(Model):
    """One source segment (or group of sentences) and its translation, as processed."""

    index: int
    source: str
    target: str
    source_segments: tuple[int, ...]
    """Which input segments (or sentences of the source document) this pair holds; empty if unpaired."""
    target_segments: tuple[int, ...]
    source_mentions: tuple[Mention, ...] = ()
    target_mentions: tuple[Mention, ...] = ()


class Review(Model):
    """The pairs reviewed and what was found in them (``finding.pair`` indexes :attr:`pairs`)."""

    source_lang: Lang
    target_lang: Lang
    pairs: tuple[ReviewPair, ...]
    findings: tuple[Finding, ...]

    def counts(self) -> dict[str, int]:
        """Findings by code and by severity: ``{"name-mismatch": 2, …, "error": 3, …}``."""
        out = Counter(f.code for f in self.findings) + Counter(f.severity for f in self.findings)
        return dict(sorted(out.items()))

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


# -- entry points ------------------------------------------------------------------------------------------
def _check_langs(source_lang: str, target_lang: str) -> tuple[Lang, Lang]:
    if {source_lang, target_lang} != {"ko", "en"}:
        raise ValueError(f"review needs one Korean and one English side (source_lang/target_lang 'ko' and 'en'), "
                         f"not {source_lang!r} and {target_lang!r}")
    return source_lang, target_lang  # type: ignore[return-value]


def review_pairs(pairs: Iterable[tuple[str, str]], *, kb: KnowledgeBase | None = None, source_lang: str = "ko",
                 target_lang: str = "en") -> Review:
    """Review segments that are already aligned: an iterable of ``(source, target)`` strings.

    An empty source or target is reviewed like any other (an empty target is an omission)."""
    from bilingual.pipeline import process

    src_lang, tgt_lang = _check_langs(source_lang, target_lang)
    kb = kb or KnowledgeBase.default()
    reviewed: list[ReviewPair] = []
    findings: list[Finding] = []
    for index, item in enumerate(pairs):
        if not (isinstance(item, tuple | list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise TypeError(f"pair {index} is not a (source, target) pair of strings: {item!r:.80}")
        source_doc, target_doc = process(item[0], kb=kb), process(item[1], kb=kb)
        side_s = Side.of(source_doc, src_lang)
        side_t = Side.of(target_doc, tgt_lang)
        reviewed.append(ReviewPair(index=index, source=source_doc.text, target=target_doc.text,
                                   source_segments=(index,), target_segments=(index,),
                                   source_mentions=side_s.mentions, target_mentions=side_t.mentions))
        findings += check_pair(index, side_s, side_t, kb)
    return Review(source_lang=src_lang, target_lang=tgt_lang, pairs=tuple(reviewed), findings=tuple(findings))


def review(source_text: str, target_text: str, *, kb: KnowledgeBase | None = None, source_lang: str = "ko",
           target_lang: str = "en") -> Review:
    """Review two whole documents: pair their sentences first (one-to-one, one-to-two, two-to-one or
    unpaired, with numbers and entities as anchors), then check every pair. An unpaired source sentence
    is an omission; an unpaired target sentence has no source and is only listed as a pair."""
    from bilingual.pipeline import process

    src_lang, tgt_lang = _check_langs(source_lang, target_lang)
    for name, value in (("source_text", source_text), ("target_text", target_text)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be str, not {type(value).__name__}")
    kb = kb or KnowledgeBase.default()
    source_doc, target_doc = process(source_text, kb=kb), process(target_text, kb=kb)
    s_spans, t_spans = _sentence_spans(source_doc, src_lang), _sentence_spans(target_doc, tgt_lang)
    s_segs = [_segment(source_doc, span, src_lang) for span in s_spans]
    t_segs = [_segment(target_doc, span, tgt_lang) for span in t_spans]
    ratio = EN_PER_KO if src_lang == "ko" else 1 / EN_PER_KO
    reviewed: list[ReviewPair] = []
    findings: list[Finding] = []
    for index, (s_group, t_group) in enumerate(align(s_segs, t_segs, ratio=ratio)):
        s_span = _join(s_spans, s_group)
        t_span = _join(t_spans, t_group)
        side_s = Side.of(source_doc, src_lang, s_span)
        side_t = Side.of(target_doc, tgt_lang, t_span)
        reviewed.append(ReviewPair(index=index, source=side_s.text, target=side_t.text, source_segments=s_group,
                                   target_segments=t_group, source_mentions=side_s.mentions,
                                   target_mentions=side_t.mentions))
        if s_group:
            findings += check_pair(index, side_s, side_t, kb)
    return Review(source_lang=src_lang, target_lang=tgt_lang, pairs=tuple(reviewed), findings=tuple(findings))


def pair_translations(doc: Document, kb: KnowledgeBase) -> Document:
    """The pairing stage: a block followed by its translation on the same page (the Korean caption and then
    the English one) becomes a :class:`Pair`, and is reviewed into :attr:`Document.findings`.

    Two neighbouring blocks pair when one is Korean and the other English, neither is navigation, a list
    of related stories or a footer, the lengths fit a translation, and they share an anchor (a number or
    an entity)."""
    pairs: list[Pair] = []
    findings: list[Finding] = []
    usable = [b for b in doc.blocks if b.label not in ("navigation", "related", "footer") and b.route is not None
              and b.route.lang in ("ko", "en") and b.duplicate_of is None]
    used: set[int] = set()
    for first, second in itertools.pairwise(usable):
        if first.index in used or second.index != first.index + 1 or first.route is None or second.route is None:
            continue
        if first.route.lang == second.route.lang:
            continue
        s_lang, t_lang = first.route.lang, second.route.lang
        ratio = EN_PER_KO if s_lang == "ko" else 1 / EN_PER_KO
        fit = (second.end - second.start) / max(1.0, (first.end - first.start) * ratio)
        if not 0.5 <= fit <= 2.0:
            continue
        shared = _segment(doc, (first.start, first.end), s_lang).anchors & \
            _segment(doc, (second.start, second.end), t_lang).anchors
        if not shared:
            continue
        used |= {first.index, second.index}
        index = len(pairs)
        pairs.append(Pair(source_start=first.start, source_end=first.end, target_start=second.start,
                          target_end=second.end, source_lang=s_lang, target_lang=t_lang,
                          score=round(min(1.0, 0.5 + 0.15 * len(shared)), 3),
                          reason=f"block {second.index} follows block {first.index} in the other language, "
                                 f"{fit:.2f} of the expected length, sharing {', '.join(sorted(shared))}"))
        side_s = Side.of(doc, s_lang, (first.start, first.end))
        side_t = Side.of(doc, t_lang, (second.start, second.end))
        findings += [f.model_copy(update={
            "source_span": _shift(f.source_span, first.start), "target_span": _shift(f.target_span, second.start)})
            for f in check_pair(index, side_s, side_t, kb)]
    if not pairs:
        return doc
    return doc.evolve(pairs=tuple(pairs), findings=tuple(findings))


def _shift(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    return None if span is None else (span[0] + by, span[1] + by)


# -- one side of a pair ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Side:
    """The text of one side of a pair, its language, its mentions (offsets relative to ``text``), its
    numbers and its sentence spans."""

    text: str
    lang: Lang
    mentions: tuple[Mention, ...]
    numbers: tuple[Quantity, ...]
    sentences: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, doc: Document, lang: Lang, span: tuple[int, int] | None = None) -> Side:
        start, end = span if span is not None else (0, len(doc.text))
        text = doc.text[start:end]
        mentions = tuple(m.model_copy(update={"start": m.start - start, "end": m.end - start})
                         for m in _inside(doc.mentions, start, end))
        sentences = tuple((max(s.start, start) - start, min(s.end, end) - start) for s in _overlapping(doc, start, end)
                          if doc.text[s.start:s.end].strip())
        return cls(text, lang, mentions, tuple(find_numbers(text, lang)), sentences)


def _inside(mentions: tuple[Mention, ...], start: int, end: int) -> list[Mention]:
    """The mentions within ``[start, end)`` (the mentions stage writes them in text order, so this is a
    binary search)."""
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    out = []
    for m in mentions[first:]:
        if m.start >= end:
            break
        if m.end <= end:
            out.append(m)
    return out


def _overlapping(doc: Document, start: int, end: int) -> list[Sentence]:
    """The sentences overlapping ``[start, end)`` (in text order: a binary search, then a short scan)."""
    first = bisect.bisect_right(doc.sentences, start, key=lambda s: s.end)
    out = []
    for s in doc.sentences[first:]:
        if s.start >= end:
            break
        out.append(s)
    return out


def _sentence_spans(doc: Document, lang: Lang) -> list[tuple[int, int]]:
    """The sentences of a document's text blocks (navigation, related stories and footers left out); Korean
    ones by :func:`_korean_sentences`, since the aligner needs what a translator translates."""
    skipped = {"navigation", "related", "footer"}
    if lang != "ko":
        return [(s.start, s.end) for s in doc.sentences
                if doc.blocks[s.block].label not in skipped and doc.text[s.start:s.end].strip()]
    return [(a, b) for block in doc.blocks if block.label not in skipped
            for a, b, _ in _korean_sentences(doc.text, block.start, block.end)]


def _join(spans: list[tuple[int, int]], group: tuple[int, ...]) -> tuple[int, int]:
    if not group:
        return (0, 0)
    return spans[group[0]][0], spans[group[-1]][1]


def _segment(doc: Document, span: tuple[int, int], lang: Lang) -> Segment:
    start, end = span
    inside = _inside(doc.mentions, start, end)
    text = doc.text[start:end]
    return Segment(end - start, _anchors(text, inside, lang), _hints(text, inside, lang))


def _anchors(text: str, mentions: Iterable[Mention], lang: Lang) -> frozenset[str]:
    """What a stretch of text shares with its translation: numbers written in digits (a spelled "two" is too
    common to anchor anything), entities, and people's family names."""
    anchors = {_number_anchor(q) for q in find_numbers(text, lang) if any(c.isdigit() for c in q.text)}
    for m in mentions:
        if m.entity_id:
            anchors.add(m.entity_id)
        if m.type == "person" and (family := _family_name(m)) is not None:
            anchors.add(f"family:{family}")
    return frozenset(anchors)


def _hints(text: str, mentions: Iterable[Mention], lang: Lang) -> frozenset[str]:
    """Latin words a Korean text keeps (Smith, Oxford, FDA), and the sounds of names it transcribes
    (폴란드 ~ Poland): weaker evidence than anchors, since most have no counterpart."""
    words = _LATIN_WORD.findall(text)
    hints = {f"word:{w.casefold()}" for w in words if lang == "ko" or w[0].isupper()}
    names = [m.text for m in mentions if m.lang == "ko"] if lang == "ko" else [w for w in words if w[0].isupper()]
    hints |= {f"sound:{key}" for name in names if len(key := transcription_key(name)) >= 3}
    return frozenset(hints)


def _family_name(m: Mention) -> str | None:
    """A person's family name in Hangul, from either script: 조 for 조태열, "Cho Tae-yong" and "Minister Cho"."""
    if m.lang == "ko":
        return m.text[0] if korean_person_name(m.text) or len(m.text) == 1 else None
    words = m.text.split()
    for word in (words[0], words[-1]) if words else ():
        options = surname_index().get(spelling_key(word))
        if options:
            return options[0][0]
    return None


def _number_anchor(q: Quantity) -> str:
    return f"{q.value:g}"


# -- checks ----------------------------------------------------------------------------------------------
def check_pair(index: int, source: Side, target: Side, kb: KnowledgeBase) -> list[Finding]:
    """Every check on one pair: names, numbers, untranslated Hangul, omission. An empty translation is
    one omission, not also a missing name for every name of the source."""
    if source.text.strip() and not target.text.strip():
        return _check_omission(index, source, target)
    findings = _check_names(index, source, target, kb)
    findings += _check_numbers(index, source, target)
    findings += _check_untranslated(index, target)
    findings += _check_omission(index, source, target)
    return findings


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
    s_open = [m for m in s_open if not _in_text(m, target, kb)]
    t_open = [t for t in t_open if not _in_text(t, source, kb)]
    # one note for each spelling in the translation of an entity the source names, with its first source mention
    for t in t_mentions:
        s_same = next((s for s in s_mentions if s.entity_id is not None and s.entity_id == t.entity_id), None)
        if s_same is not None and (style := _style(t, target.lang, kb)) is not None:
            findings.append(_finding(
                "name-style", index, f"{t.text!r} is {style} in the house style",
                source_span=(s_same.start, s_same.end), target_span=(t.start, t.end), entities=(t.entity_id or "",),
                values=(s_same.text, t.text)))
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
    for m in s_open:
        if _confident(m):
            findings.append(_finding(
                "name-missing", index, f"{_label(m, kb)} in the source has no counterpart in the translation",
                source_span=(m.start, m.end), entities=tuple(k for k in (_key(m),) if k), values=(m.text,)))
    for m in t_open:
        if _confident(m):
            findings.append(_finding(
                "name-missing", index, f"{_label(m, kb)} in the translation has no counterpart in the source",
                target_span=(m.start, m.end), entities=tuple(k for k in (_key(m),) if k), values=(m.text,)))
    return findings


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
    return len(m.text.split()) >= 2 and bool(parse_name(m.text, limit=1))


def _mismatch_partners(s: Mention, t: Mention) -> bool:
    return s.type == t.type and _confident(s) and _confident(t)


def _corresponds(s: Mention, t: Mention, kb: KnowledgeBase) -> bool:
    """Whether two mentions on the two sides name the same entity."""
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
        return entity is not None and any(names_correspond(n, other.text) for n in entity.all_names())
    return (s.cluster is not None and s.cluster == t.cluster) or names_correspond(s.text, t.text)


def names_correspond(a: str, b: str) -> bool:
    """Whether two spellings (in either script) can be one name: a Hangul name and a romanization that reads
    as it, a transcription and its original, a family name and the full name, or the same name spelled alike."""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return False
    a_ko, b_ko = has_syllable(a), has_syllable(b)
    if a_ko == b_ko:
        ka, kb_ = normal_key(a), normal_key(b)
        if ka and ka == kb_:
            return True
        words_a, words_b = set(exact_key(a).split()), set(exact_key(b).split())
        return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)
    hangul, latin = (a, b) if a_ko else (b, a)
    hangul = hangul.replace(" ", "")
    words = latin.split()
    if korean_person_name(hangul) and len(words) >= 2:
        readings = parse_name(latin, limit=10)
        if readings:
            # a Korean name and a romanized Korean name: the romanization decides, not the sound of it
            # ("Kim Young-soo" sounds a little like 김철수, but reads as 김영수)
            return any(c.hangul == hangul for c in readings)
    # where a Latin name has its family name: first (Cho Tae-yul), or last after a hyphenated given name
    family = [words[0]] + ([words[-1]] if len(words) == 2 and "-" in words[0] else []) if words else []
    if len(hangul) <= 2:
        # a family name: 조 ~ Cho, or 조 ~ "Cho Tae-yul"
        surnames = surname_index()
        for word in family:
            if any(h == hangul for h, _ in surnames.get(spelling_key(word), ())):
                return True
    if korean_person_name(hangul) and len(words) == 1:
        surname = hangul[0]
        if any(h == surname for h, _ in surname_index().get(spelling_key(words[0]), ())):
            return True  # "Cho" for 조태열
    if transcription_score(hangul, latin) >= 0.75:
        return True
    # a foreign family name alone: 라이스 ~ "Condoleezza Rice"
    return len(words) > 1 and len(hangul) >= 2 and transcription_score(hangul, words[-1]) >= 0.8


def _in_text(m: Mention, other: Side, kb: KnowledgeBase) -> bool:
    """Whether the other side's text holds the mention's name in some form, where its mentions did not.

    A KB entity is looked for by its own names in the other side's script; any other name by spellings
    that correspond (:func:`names_correspond`)."""
    # the other side's mentions were compared already: "Cho" inside "Cho Tae-yong" is not 조태열
    text = list(other.text)
    for o in other.mentions:
        text[o.start:o.end] = " " * (o.end - o.start)
    rest = "".join(text)
    entity = kb.get(m.entity_id) if m.entity_id else None
    if entity is not None:
        own = [n for n in entity.all_names() if has_syllable(n) == (other.lang == "ko")]
        if other.lang == "ko":
            return any(n.replace(" ", "") in rest.replace(" ", "") for n in own)
        lowered = rest.casefold()
        return any(re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", lowered) for n in own)
    if other.lang == "en":
        pieces = [p.group(0) for p in _CAPITALIZED.finditer(rest)]
        pieces += [w for p in pieces for w in p.split()]
    else:
        words = [w.group(0) for w in _HANGUL_WORD.finditer(rest)]
        pieces = words + [strip_particle(w) for w in words]
    return any(names_correspond(m.text, piece) for piece in pieces if piece)


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
    s_open = list(source.numbers)
    t_open: list[Quantity] = []
    for q in target.numbers:
        match = next((s for s in s_open if same_value(s, q)), None)
        if match is None:
            t_open.append(q)
        else:
            s_open.remove(match)
    findings: list[Finding] = []
    # a number on each side that the other lacks, of kinds that can be compared: one was changed
    for s in s_open:
        # the likeliest replacement: the same unit first, then the nearest in size ($150 million for $110 million)
        options = [t for t in t_open if comparable(s, t)]
        if not options:
            continue
        partner = min(options, key=lambda t: (t.unit != s.unit, abs(math.log((abs(t.value) + 1) / (abs(s.value) + 1)))))
        t_open.remove(partner)
        findings.append(_finding(
            "number-mismatch", index, f"the source says {s.text!r} ({_show(s)}) but the translation says "
            f"{partner.text!r} ({_show(partner)})", source_span=(s.start, s.end),
            target_span=(partner.start, partner.end), values=(s.text, partner.text)))
    return findings


def _show(q: Quantity) -> str:
    value = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:,}"
    return value + (f" {q.unit}" if q.unit else "")


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
    whole = _whole_sentences(source)
    if len(whole) > len(_whole_sentences(target)) and share < OMISSION_SENTENCE_SHARE:
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


def _whole_sentences(side: Side) -> list[tuple[int, int]]:
    """The whole sentences of one side of at least MIN_SENTENCE characters, for counting them against the
    other side's: Korean ones from :func:`_korean_sentences` (ended ones only), English ones from the
    English path."""
    if side.lang != "ko":
        return [(a, b) for a, b in side.sentences if len(side.text[a:b].strip()) >= MIN_SENTENCE]
    return [(a, b) for a, b, ended in _korean_sentences(side.text, 0, len(side.text))
            if ended and b - a >= MIN_SENTENCE]


def _korean_sentences(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Korean sentences in ``text[start:end]``: stretches ending in a sentence-final ending and a full stop
    (…했다., …입니까?), trimmed, and whether each ended so (the rest of the stretch need not). Not the
    tokenizer's sentences, which also break at quotes and parentheses (\"클리퍼\" | 와 관련된…): these
    are what a translator translates, or drops."""
    out: list[tuple[int, int, bool]] = []
    ends = [(m.end(), True) for m in _KOREAN_SENTENCE_END.finditer(text, start, end)]
    for stop, ended in [*ends, (end, False)]:
        piece = text[start:stop]
        if piece.strip():
            out.append((start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip()), ended))
        start = stop
    return out
