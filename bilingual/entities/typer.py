"""A learned typer for the names the rules leave ``other``: person, org, place or other by a weighted sum.

The rules of :func:`bilingual.entities.gazetteer.mention_type` type a name not in the knowledge base by evidence (a
head, a title, the gazetteer, a cue); a proper noun with none of it is ``other``
(:data:`~bilingual.entities.gazetteer.NO_EVIDENCE`). Such names are re-typed here by a multinomial logistic regression
over cheap features (:func:`features`): the name's shape (script, word count, length, capitals; its own letters or
syllables only with ``letters``), the words around it in the raw text (the particle on it, the word before and after,
a short window), the lists the code already holds (an English given name first, a Hangul name of a person's shape
or of a loanword's) and the learned measure of a word transcribed from a foreign language
(:func:`bilingual.names.foreign_word.transcribed`). The weights are a table in ``bilingual/data/mention_typer.tsv``
fitted by ``training/train_mention_typer.py`` on the gold mentions of ``fixtures/mentions/``; scoring is a dot
product and a softmax, no library. Below the threshold of its class the name stays ``other`` (abstention). Only
names typed ``other`` for want of evidence are read: a law, a work, an event, a model's code keep the type their rule
gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bilingual.document import Mention, MentionType
from bilingual.entities.gazetteer import (
    NO_EVIDENCE,
    english_given_names,
    foreign_name_in_hangul,
    korean_name_shape,
    loanword_shape,
)
from bilingual.files import data_rows
from bilingual.linear import LinearModel, read_linear_model, softmax
from bilingual.names.foreign_word import transcribed

CLASSES: tuple[MentionType, ...] = ("person", "org", "place", "other")
THRESHOLDS: dict[str, float] = {"person": 0.9, "org": 0.8, "place": 0.8}
"""The least probability at which a name is re-typed to each class (chosen on the leave-one-file-out cross-validation
of ``evaluation/mention_types_eval.py --cv-files``, docs/log/kb.md "typer14 branch"); below it the name stays
``other``."""
LETTERS = False
"""Whether the name's own letters or syllables are features: off, since in the cross-validation with the names of
the held-out file left out of training they gained nothing and the model learned names, not shapes."""
WINDOW = 40
"""Characters read on each side of a name for the words around it."""

_WORD = re.compile(r"[\w'’.&-]+|[^\w\s]")
_HANGUL = re.compile("[가-힣]")
_PARTICLE = re.compile("[가-힣]{1,4}")


Model = LinearModel
"""A weight per class for each feature, and the biases."""


@lru_cache(maxsize=1)
def weights() -> Model:
    """The shipped table (``bilingual/data/mention_typer.tsv``): its row ``__classes__`` names the columns, the row
    ``__bias__`` holds the biases, every other row a feature's weights."""
    return read_model((number, row) for number, row in data_rows("mention_typer.tsv"))


def read_model(rows: Iterable[tuple[int, list[str]]]) -> Model:
    """A model from the rows of a table in the shipped format (a clear :class:`DataError` on a bad row)."""
    return read_linear_model(rows, CLASSES, "__classes__", "mention_typer.tsv")


def features(text: str, start: int, end: int, letters: bool = LETTERS) -> list[str]:
    """The features of the name ``text[start:end]``: its shape (script, words, length, capitals), the words around
    it, list hits, and with ``letters`` its own letters or syllables (n-grams, first and last, last word)."""
    name = text[start:end]
    hangul = bool(_HANGUL.search(name))
    words = name.split()
    out = [f"script={'ko' if hangul else 'en'}", f"nwords={min(len(words), 4)}"]
    if hangul:
        solid = name.replace(" ", "")
        out.append(f"len={min(len(solid), 7)}")
        if letters:
            out += [f"first={solid[0]}", f"last={solid[-1]}", f"last2={solid[-2:]}"]
            for w in words:
                padded = f"^{w}$"
                out += [f"syl={s}" for s in w]
                out += [f"bi={padded[k:k + 2]}" for k in range(len(padded) - 1)]
            out += [f"lastword={words[-1]}"] if len(words) > 1 else []
        if korean_name_shape(solid):
            out.append("list=korean-name-shape")
        if foreign_name_in_hangul(name):
            out.append("list=foreign-name")
        if loanword_shape(solid):
            out.append("list=loanword")
        if transcribed(name):
            out.append("list=transcribed")
        after = text[end:end + WINDOW]
        particle = _PARTICLE.match(after)
        out.append(f"particle={particle.group() if particle else '-' + after[:1].strip()}")
        rest = after[particle.end():] if particle else after
        following = rest.split(None, 1)[0] if rest.strip() else ""
        if following:
            out += [f"next={following}", f"next2={following[:2]}"]
        before = text[max(0, start - WINDOW):start].split()
        if before:
            out += [f"prev={before[-1]}", f"prev2={before[-1][-2:]}"]
    else:
        lower = [w.lower() for w in words]
        if letters:
            out += [f"w={w}" for w in lower]
            for w in lower:
                padded = f"^{w}$"
                out += [f"tri={padded[k:k + 3]}" for k in range(len(padded) - 2)]
            out += [f"suf3={lower[-1][-3:]}", f"lastword={lower[-1]}"]
        out.append("shape=" + " ".join("A" if w.isupper() else "Aa" if w[:1].isupper() else "a" for w in words))
        if words[0] in english_given_names():
            out.append("list=given-name")
        left: list[str] = _WORD.findall(text[max(0, start - WINDOW):start])
        right: list[str] = _WORD.findall(text[end:end + WINDOW])
        if left:
            out.append(f"prev={left[-1].lower()}")
        if len(left) > 1:
            out.append(f"prevprev={left[-2].lower()} {left[-1].lower()}")
        if right:
            out.append(f"next={right[0].lower()}")
        if len(right) > 1:
            out.append(f"nextnext={right[0].lower()} {right[1].lower()}")
        out += [f"win={w.lower()}" for w in left[-4:] + right[:4] if w[:1].isalpha()]
    return sorted(set(out))


def probabilities(feats: list[str], model: Model | None = None) -> dict[str, float]:
    """The model's probability of each class for these features (a softmax over the summed weights); ``model``: the
    shipped one when ``None``."""
    table, bias = weights() if model is None else model
    sums = list(bias)
    for f in sorted(set(feats)):  # one order of summing, whatever the caller's: the same floats every time
        row = table.get(f)
        if row is not None:
            for k, w in enumerate(row):
                sums[k] += w
    return dict(zip(CLASSES, softmax(sums), strict=True))


def retypable(m: Mention) -> bool:
    """Whether the rules left ``m`` ``other`` for want of evidence (not linked, no candidates, the rules' last
    word), the only names this typer reads."""
    return m.type == "other" and m.entity_id is None and not m.candidates and m.method == "unlinked" \
        and any(r.endswith(NO_EVIDENCE) for r in m.reasons)


def choose(probs: dict[str, float], thresholds: dict[str, float] | None = None) -> MentionType | None:
    """The class to re-type to, or ``None`` (abstain: the name stays ``other``)."""
    limits = THRESHOLDS if thresholds is None else thresholds
    kind = max(CLASSES, key=lambda c: probs[c])
    if kind == "other" or probs[kind] < limits[kind]:
        return None
    return kind


def retype_unknown(text: str, mentions: list[Mention], model: Model | None = None,
                   thresholds: dict[str, float] | None = None) -> list[Mention]:
    """The mentions, with the names the rules left ``other`` for want of evidence re-typed where the model is sure
    (``model`` and ``thresholds``: the shipped ones when ``None``)."""
    out: list[Mention] = []
    for m in mentions:
        if retypable(m):
            probs = probabilities(features(text, m.start, m.end), model)
            kind = choose(probs, thresholds)
            if kind is not None:
                m = m.model_copy(update={"type": kind, "reasons": (
                    *m.reasons, f"typed {kind} by the learned typer (p={probs[kind]:.2f}; the name's letters and "
                                "the words around it)")})
        out.append(m)
    return out
