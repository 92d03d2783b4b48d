"""The language router: Korean path, English path, another language, or nothing to decide.

Script first (lingua's habit): Hangul means Korean, Kana Japanese, Han alone Chinese, and Han mixed
into Korean (尹, 美, 北 in headlines) stays Korean. Latin script is English unless the text is long
enough to tell it from another Latin-script language, where function words decide and langdetect
breaks the remaining ties. Short Latin strings — menu items, bylines, romanized Korean names — go to
the English path: langdetect calls "Yoon Suk Yeol" Finnish and "Font Size" German.

>>> route("조태열 외교부 장관").lang, route("Cho Tae-yul").lang, route("北").lang, route("2024-11-22").lang
('ko', 'en', 'other', 'und')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from bilingual.columns import RecordBuilder
from bilingual.document import Document, Lang, Route, Run
from bilingual.lang import langid
from bilingual.memory import record_with
from bilingual.text.scripts import (
    HANGUL,
    JAMO,
    LATIN,
    LISTED_LENGTH,
    SYLLABLES,
    ScriptCounts,
    script_counts,
    segment_spans,
    syllables_only,
)

if TYPE_CHECKING:
    from bilingual.context import Context

# An address starts only where a run of its characters starts (the look-behind) and never gives characters back
# (possessive ``++``): tried from every position of a long word or a base64 blob it would take quadratic time.
_URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+", re.IGNORECASE)
# A Korean particle or ending glued to a Latin word: "APEC에서", "Judy와", "(NSFFQS)의".
_PARTICLE_ON_LATIN = re.compile(f"[{LATIN}][)\\]'\"’”]?[{HANGUL}]")
_WORD_TOKEN = re.compile(r"[\"'(“‘]?[^\W\d_]+(?:[-'’][^\W\d_]+)*[.,;:!?\"')”’]*")
_ACCENTED_LETTER = re.compile(r"[^\W\d_A-Za-z]")
_JAMO = re.compile(f"[{JAMO}]")
_SYLLABLE = re.compile(f"[{SYLLABLES}]")
_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")

# Function words: frequent, short, and different between the Latin-script languages we meet.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is that for on with as was by at it from be are this an have has had not but "
        "or which were will its their his her they he she we you been would said also who more than about "
        "after into over can there what when all if no one so up out our may should could your my me i am "
        "do does did how why where too very just them these those then because i'm it's don't can't "
        "didn't doesn't isn't won't that's there's he's she's we're they're you're let's".split()
    ),
    "de": frozenset("der die das und ist nicht ein eine mit sich auf für von dem den des zu im auch "
                    "werden wird wurde bei nach aus oder sind war über einen einer wie noch nur".split()),
    "fr": frozenset("le la les et est des une un du dans pour que qui pas sur au avec ce il elle sont "
                    "par plus ne se son aux ont été cette mais ou leur nous vous".split()),
    "es": frozenset("el la los las y es en que del una un por con para se su al lo como más pero sus "
                    "le ya fue este ha sí porque esta entre cuando muy sin sobre".split()),
    "it": frozenset("il la le di che è e un una per non con del della sono si gli dei nel alla anche "
                    "come più ma ha lo questo essere".split()),
    "pt": frozenset("o a os as de que e do da em um uma para com não no na por mais dos das se ao "
                    "como mas foi ele ela são também".split()),
    "nl": frozenset("de het een en van in is dat op te zijn voor met niet aan er ook als maar om bij "
                    "door wordt werd nog naar".split()),
}
# Only words that belong to one side count: "in", "a", "no" are English and German, French or Spanish alike.
_OTHERS: frozenset[str] = frozenset().union(*(v for k, v in _FUNCTION_WORDS.items() if k != "en"))
_EXCLUSIVE = {lang: (words - _OTHERS if lang == "en" else words - _FUNCTION_WORDS["en"])
              for lang, words in _FUNCTION_WORDS.items()}


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    languages: dict[str, tuple[str, ...]] = {}
    for lang, words in _EXCLUSIVE.items():
        for word in words:
            languages[word] = (*languages.get(word, ()), lang)
    return languages


_LANGS_OF_WORD = _languages_of_words()
"""The languages each exclusive function word belongs to (:data:`_EXCLUSIVE` inverted: one look-up per word)."""
# Latin-script text this long (in words) can be told apart from other Latin-script languages.
LONG_LATIN_WORDS = 5
_MIN_COMMON_WORDS = LONG_LATIN_WORDS
"""Fewer words in lower case than this (the rest are names) cannot tell English from another language, as
fewer Latin-script words in all cannot (:data:`LONG_LATIN_WORDS`)."""
_ALSO_ENGLISH_WORDS = frozenset({"met", "war"})
"""Function words of another language that are common English words too (Dutch met, German war): no evidence
against English when langdetect is asked."""


@lru_cache(maxsize=4096)
def _route(lang: str, confidence: float, reason: str) -> Route:
    """The route of these values: one record for each (a route is frozen, and most texts get one of a few reasons;
    a record validated once, not once a text)."""
    return Route(lang=lang, confidence=confidence, reason=reason)


_CACHED_LENGTH = 200  # short strings (menu items, names, bylines) repeat; long ones are not kept


def route(text: str) -> Route:
    """Decide which path ``text`` goes to. Same input, same answer, in every process."""
    if not isinstance(text, str):
        raise TypeError(f"route() needs str, not {type(text).__name__}")
    return _route_short(text) if len(text) <= _CACHED_LENGTH else decide(text)


@lru_cache(maxsize=65536)
def _route_short(text: str) -> Route:
    return decide(text)


@dataclass
class Facts:
    """What the routing rules read of a text: the text without surrounding space, its letters by script,
    and (for Latin-script text) its words and function-word hits. Only read by the rules (not frozen: one is built
    for every text routed, and a frozen dataclass costs several times as much to build)."""

    text: str
    counts: ScriptCounts

    def _word_text(self) -> str:
        """The text the words are read from: web and e-mail addresses blanked out."""
        return _URL_OR_EMAIL.sub(" ", self.text) if _may_hold_url_or_email(self.text) else self.text

    @cached_property
    def words(self) -> list[str]:
        text = self._word_text()
        if text.isascii():  # the same words, lowered once: in ASCII, lower() keeps every letter a letter and in place
            return _WORDS.findall(text.lower())
        return [w.lower().replace("’", "'") for w in _WORDS.findall(text)]

    def _each_word(self) -> Iterator[str]:
        """The words of :attr:`words`, one at a time: a huge text's are never all held."""
        text = self._word_text()
        if text.isascii():
            return (m.group() for m in _WORDS.finditer(text.lower()))
        return (m.group().lower().replace("’", "'") for m in _WORDS.finditer(text))

    @cached_property
    def _tally(self) -> tuple[int, dict[str, int]]:
        """How many words, and the exclusive function words of each language among them: from :attr:`words` for a
        text of up to :data:`LISTED_LENGTH` characters, else counted as they are found (mem32: a 5 MB line of English
        held a list of its 840,000 words, about 50 MB, at the routing stage's peak)."""
        hits = dict.fromkeys(_EXCLUSIVE, 0)  # in the order of _EXCLUSIVE, which breaks ties in :attr:`foreign`
        if len(self.text) <= LISTED_LENGTH:
            words = self.words  # the words that are function words found in C, only they gone through
            for langs in filter(None, map(_LANGS_OF_WORD.get, words)):
                for lang in langs:
                    hits[lang] += 1
            return len(words), hits
        count = 0
        for w in self._each_word():
            count += 1
            for lang in _LANGS_OF_WORD.get(w, ()):
                hits[lang] += 1
        return count, hits

    @property
    def word_count(self) -> int:
        """The number of :attr:`words` (a short text's list is made for it, as the rules read it first)."""
        return len(self.words) if len(self.text) <= LISTED_LENGTH else self._tally[0]

    @property
    def hits(self) -> dict[str, int]:
        """Exclusive function words of each language among the words."""
        return self._tally[1]

    @cached_property
    def foreign(self) -> str:
        """The language other than English with the most function-word hits."""
        hits = self.hits
        return max((k for k in hits if k != "en"), key=hits.__getitem__)


def _may_hold_url_or_email(text: str) -> bool:
    """Whether :data:`_URL_OR_EMAIL` may match in ``text``: each of its matches holds ``://``, ``@`` or ``www.`` in
    either case (no other character folds to ``w``); without them its search, tried at every word, is skipped."""
    return "@" in text or "://" in text or "www." in text.lower()


RouteRule = tuple[str, Callable[[Facts], Route | None]]


def _jamo_or_hangul(f: Facts) -> Route | None:
    if not (f.counts.hangul and f.counts.hangul * 3 >= f.counts.latin):
        return None
    # jamo are Hangul, syllables are Hangul and no jamo: with a syllable the jamo are fewer than the Hangul, and the
    # first syllable is found near the start of a Korean text where the jamo are counted over all of it
    if _SYLLABLE.search(f.text) is None and f.counts.hangul == len(_JAMO.findall(f.text)):
        return _route("ko", 0.7, "Hangul jamo only")
    return _route("ko", 0.99, "Hangul" + (" with Han characters" if f.counts.han else ""))


def _function_words(f: Facts) -> Route | None:
    en, foreign = f.hits["en"], f.hits[f.foreign]
    if en >= 2 and en > foreign:
        return _route("en", 0.97, f"English function words ({en} of {f.word_count} words)")
    if foreign >= 2 and foreign > en:
        return _route("other", 0.9, f"{f.foreign} function words ({foreign} of {f.word_count} words)")
    if en >= 1 and foreign == 0 and not _ACCENTED_LETTER.search(f.text):
        return _route("en", 0.9, "an English function word, no foreign ones, no accented letters")
    return None


def _langdetect(f: Facts) -> Route:
    detected = langid.detect(f.text)
    if detected is None:
        return _route("en", 0.6, "langdetect could not tell; Latin script goes to the English path")
    lang, prob = detected
    if lang == "en":
        return _route("en", min(0.95, prob), f"langdetect: en ({prob:.2f})")
    if prob >= 0.9 and f.hits["en"] <= 1:
        # Names carry no evidence of a language (langdetect reads "Swimmer Yang Ji-min won gold in Los Angeles."
        # as Afrikaans, and "Los" is a Spanish article): only the words in lower case count, the sentence's first
        # word with them.
        # An accented letter counts in the same words, not in a name: the first word only when the next is in
        # lower case ("Eda Yıldız runs a kebab shop in Busan.", "Şükrü Öztürk opened a bakery." are English
        # about people with Turkish names; "Ärzte warnen vor Hitze." is German).
        words = _WORDS.findall(f.text)
        common = [w for w in words if w[:1].islower()]
        plain = {w.lower() for i, w in enumerate(words) if i == 0 or w[:1].islower()} - _ALSO_ENGLISH_WORDS
        first_is_name = len(words) > 1 and words[1][:1].isupper()
        if any(plain & words_of for other, words_of in _EXCLUSIVE.items() if other != "en") \
                or any(_ACCENTED_LETTER.search(w) for i, w in enumerate(words)
                       if w[:1].islower() or (i == 0 and not first_is_name)):
            return _route("other", round(prob * 0.9, 3),
                          f"langdetect: {lang} ({prob:.2f}), a foreign function word or accented letters")
        if len(common) < _MIN_COMMON_WORDS:
            return _route("en", 0.6, f"langdetect said {lang} ({prob:.2f}), but only {len(common)} words are not "
                                     "names; English path")
        again = langid.detect(" ".join(common))
        if again is not None and again[0] == "en":
            return _route("en", 0.6, f"langdetect said {lang} ({prob:.2f}), en on the words that are not names; "
                                     "English path")
        return _route("other", round(prob * 0.9, 3), f"langdetect: {lang} ({prob:.2f}), no English function words")
    return _route("en", 0.6, f"langdetect said {lang} ({prob:.2f}) without support; English path")


def _when(test: Callable[[Facts], object], lang: Lang, confidence: float, reason: str
          ) -> Callable[[Facts], Route | None]:
    return lambda f: _route(lang, confidence, reason) if test(f) else None


def _not_words(f: Facts) -> bool:
    tokens = f.text.split()
    return sum(bool(_WORD_TOKEN.fullmatch(t)) for t in tokens) < 0.5 * len(tokens)


ROUTE_RULES: tuple[RouteRule, ...] = (
    ("empty", _when(lambda f: not f.text, "und", 1.0, "empty or whitespace only")),
    ("no-letters", _when(lambda f: f.counts.letters == 0, "und", 1.0, "no letters (digits, punctuation or symbols)")),
    ("url-or-email", _when(lambda f: _URL_OR_EMAIL.fullmatch(f.text), "und", 1.0, "a URL or e-mail address")),
    ("kana", _when(lambda f: f.counts.kana and f.counts.kana >= f.counts.hangul, "other", 0.98, "Kana: Japanese")),
    ("hangul", _jamo_or_hangul),
    ("particle-on-latin", _when(lambda f: f.counts.hangul and _PARTICLE_ON_LATIN.search(f.text), "ko", 0.9,
                                "Korean particle or ending attached to a Latin word")),
    ("han", _when(lambda f: not f.counts.hangul and f.counts.han and f.counts.han >= f.counts.latin, "other", 0.9,
                  "Han characters without Hangul or Kana: Chinese")),
    ("other-script", _when(lambda f: f.counts.other > f.counts.latin, "other", 0.95,
                           "a script other than Hangul, Latin, Kana or Han")),
    # Latin script from here on (mostly Latin with some Hangul: English text quoting a Korean name or term)
    ("latin-with-hangul", _when(lambda f: f.counts.hangul > 0, "en", 0.85,
                                "mostly Latin script with a little Hangul: English path")),
    ("short-latin", _when(lambda f: f.word_count < LONG_LATIN_WORDS, "en", 0.85,
                          "short Latin-script text (menu item, byline, name): English path")),
    ("function-words", _function_words),
    ("title-case", _when(lambda f: _title_case(f.text), "en", 0.8,
                         "capitalized words without function words (names, a title): English path")),
    ("not-words", _when(_not_words, "en", 0.5, "mostly tokens that are not words (symbols, codes): no language to "
                                               "tell; English path")),
    ("langdetect", _langdetect),
)
"""The routing rules, in order: the first that gives a route decides. Script rules come first; langdetect
is asked only by the last rule, for longer Latin-script text that nothing else could tell."""


def decide(text: str) -> Route:
    """:func:`route` without its cache of short strings (for measuring it)."""
    stripped = text.strip()
    facts = Facts(stripped, script_counts(stripped))
    for _, rule in ROUTE_RULES:
        found = rule(facts)
        if found is not None:
            return found
    raise AssertionError("the last routing rule always decides")  # pragma: no cover


def _title_case(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return len(words) > 0 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


# -- runs: a block that mixes languages ------------------------------------------------------------
_OPENERS = "([{“‘\"'「『《〈"


def split_runs(text: str, whole: Route | None = None) -> list[tuple[int, int, Route]]:
    """Split ``text`` into runs of one language each: ``(start, end, route)``, covering all of it.

    Hangul and Han inside a Korean text form Korean runs; Latin phrases form English (or other)
    runs. In a text routed to Korean, a single Latin word (an acronym, a name with a particle:
    ``APEC에서``) stays inside the Korean run — Kiwi tags it — while two or more Latin words in a row
    (``블링컨(Antony Blinken)``, a quoted English sentence) become a run of their own.

    >>> text = "블링컨(Antony Blinken) 美 국무장관"
    >>> [(text[s:e], r.lang) for s, e, r in split_runs(text)]
    [('블링컨', 'ko'), ('(Antony Blinken) ', 'en'), ('美 국무장관', 'ko')]
    """
    if not text:
        return []
    whole = whole or route(text)  # the caller may already have routed the whole text
    if not text.isascii() and syllables_only(text):
        return [(0, len(text), whole)]  # Hangul syllables the only letters: one script, one run (as below)
    counts = script_counts(text)
    if sum(1 for n in (counts.hangul + counts.han, counts.latin, counts.kana, counts.other) if n) <= 1:
        return [(0, len(text), whole)]  # one script (or none): one run
    korean_text = whole.lang == "ko"
    # the segments are gone through as they are found, never held (a huge line has one per word): a first pass
    # for whether any is Hangul, then 1. one class per segment and 2. consecutive segments of one class grouped
    # (what lies between them belongs to the group)
    has_hangul = any(script == "hangul" for _, _, script in segment_spans(text))
    groups: list[list[Any]] = []  # [start, end, class]
    for start, end, script in segment_spans(text):
        cls = "ko" if script == "hangul" or (script == "han" and has_hangul) else script  # latin, kana, han, other
        if groups and groups[-1][2] == cls:
            groups[-1][1] = end
        else:
            groups.append([start, end, cls])
    # 3. a lone Latin word inside Korean text joins its Korean neighbours
    if korean_text and len(groups) > 1:
        merged: list[list[Any]] = []
        for g in groups:
            lone_latin = g[2] == "latin" and " " not in text[g[0]:g[1]].strip()
            if lone_latin and merged and merged[-1][2] == "ko":
                merged[-1][1] = g[1]
            elif merged and g[2] == "ko" and merged[-1][2] == "latin" \
                    and " " not in text[merged[-1][0]:merged[-1][1]].strip() \
                    and (len(merged) == 1 or merged[-2][2] != "latin"):
                merged[-1][1] = g[1]
                merged[-1][2] = g[2]
            else:
                merged.append(g)
        groups = merged
    # 4. boundaries: the gap after a group goes with it, except openers that start the next group
    bounds = [0]
    for prev, nxt in pairwise(groups):
        cut = nxt[0]
        while cut > prev[1] and text[cut - 1] in _OPENERS:
            cut -= 1
        bounds.append(cut)
    bounds.append(len(text))
    runs: list[tuple[int, int, Route]] = []
    for (start, end), g in zip(pairwise(bounds), groups, strict=True):
        cls = g[2]
        r = whole if cls == "ko" and korean_text else route(text[start:end])
        if runs and runs[-1][2].lang == r.lang:
            runs[-1] = (runs[-1][0], end, runs[-1][2])
        else:
            runs.append((start, end, r))
    return runs


def route_blocks(doc: Document, context: Context) -> Document:
    """The routing stage: a route for every block and the language runs inside it."""
    blocks = []
    runs: list[dict[str, object]] = []
    # a huge document's runs go into columns as they are found (columns.RecordBuilder: past a few thousand runs, ints
    # in arrays and an index into the shared routes, ~20 bytes a run; mem36); a page's (no news page is that long)
    # validated from dicts, a few µs a run less
    compact = len(doc.text) > LISTED_LENGTH
    built = RecordBuilder(Run)
    shared_routes: dict[Route, Route] = {}  # one Route object per distinct route: a huge block has thousands of runs
    routes = shared_routes.setdefault
    for block in doc.blocks:
        text = doc.block_text(block)
        whole = route(text)
        # the block with its route, as model_copy makes it (a route decided here is valid; perf65: without
        # pydantic's copy, a few µs a block)
        blocks.append(record_with(block, route=whole))
        for start, end, r in split_runs(text, whole):
            if compact:
                built.append(block.start + start, block.start + end, block.index, routes(r, r))
            else:
                runs.append({"start": block.start + start, "end": block.start + end, "block": block.index,
                             "route": routes(r, r)})
    return doc.evolve(blocks=tuple(blocks), runs=built.build() if compact else runs)
