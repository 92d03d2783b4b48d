"""The form checks reviewers know from QA tools, on the text of one pair: placeholders, URLs and e-mail
addresses, repeated words, spacing, unpaired quotes and brackets, a segment left untranslated.

Each rule is one row of :data:`FORMAT_CHECKS` (its finding code, and a function of the two texts); a profile
(:mod:`bilingual.qa.profile`) can switch any of them off.

>>> [(f.code, f.values) for f in check_format(0, "{0}님, 환영합니다.", "Welcome, {1}.")]
[('placeholder-mismatch', ('{0}', '{1}'))]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from bilingual.document import SEVERITY, Finding, FindingCode

Span = tuple[int, int]
Hit = tuple[str, Span | None, Span | None, tuple[str, ...]]
"""What a rule found: a message, the source and target spans, the values involved."""

_PLACEHOLDER = re.compile(r"\{\d+\}|\{[A-Za-z_][\w.]*\}|(?<![\d.])%(?:\d+\$)?[sdif@](?![A-Za-z])"
                          r"|</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'“”‘’()\[\]{}가-힣]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TRAILING = ".,;:!?)]}"
_REPEATED = re.compile(r"(?<![\w'’-])([A-Za-z]{2,}|(?-i:[가-힣]){2,})\s+\1(?![\w'’-])", re.IGNORECASE)
_ALLOWED_REPEATS = frozenset({"that", "had", "is", "bye", "very", "so", "no", "yes", "ha", "knock", "many", "more",
                              "far", "again", "over", "round", "really", "little", "long", "step", "day", "go"})
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"), ("«", "»"))


def _placeholders(source: str, target: str) -> list[Hit]:
    """``{0}``, ``{name}``, ``%s``, ``%1$d`` and inline tags written in the text: the same on both sides."""
    s = Counter(m.group(0) for m in _PLACEHOLDER.finditer(source))
    t = Counter(m.group(0) for m in _PLACEHOLDER.finditer(target))
    return _differences("placeholder", s, t, source, target, _PLACEHOLDER)


def _urls(source: str, target: str) -> list[Hit]:
    """Web addresses and e-mail addresses: copied as they are."""
    s = Counter(_url(m.group(0)) for m in _URL.finditer(source))
    t = Counter(_url(m.group(0)) for m in _URL.finditer(target))
    return _differences("address", s, t, source, target, _URL)


def _url(text: str) -> str:
    return text.rstrip(_TRAILING).casefold()


def _differences(what: str, s: Counter[str], t: Counter[str], source: str, target: str,
                 pattern: re.Pattern[str]) -> list[Hit]:
    if s == t:
        return []
    key = _url if pattern is _URL else (lambda x: x)
    missing = list((s - t).elements())
    extra = list((t - s).elements())
    s_span = next(((m.start(), m.end()) for m in pattern.finditer(source) if missing and key(m.group(0)) == missing[0]),
                  None)
    t_span = next(((m.start(), m.end()) for m in pattern.finditer(target) if extra and key(m.group(0)) == extra[0]),
                  None)
    if missing and extra:
        message = f"the source has the {what} {missing[0]!r} but the translation has {extra[0]!r}"
    elif missing:
        message = f"the {what} {missing[0]!r} of the source is not in the translation"
    else:
        message = f"the {what} {extra[0]!r} of the translation is not in the source"
    return [(message, s_span, t_span, tuple(missing[:1] + extra[:1]))]


def _repeated_words(source: str, target: str) -> list[Hit]:
    """A word written twice in a row in the translation (the the), unless the source repeats it too or it is
    a repetition English uses (had had, very very)."""
    out: list[Hit] = []
    for m in _REPEATED.finditer(target):
        word = m.group(1)
        if word.casefold() in _ALLOWED_REPEATS or re.search(rf"{re.escape(word)}\s+{re.escape(word)}", source,
                                                             re.IGNORECASE):
            continue
        out.append((f"{word!r} is written twice in a row", None, (m.start(), m.end()), (m.group(0),)))
    return out


def _spacing(source: str, target: str) -> list[Hit]:
    """Two spaces in a row in the translation (not in the source), and space at the start or end of one side
    and not the other."""
    out: list[Hit] = []
    double = re.search(r"(?<=\S)  +(?=\S)", target)
    if double is not None and not re.search(r"\S  +\S", source):
        out.append(("two spaces in a row in the translation", None, (double.start(), double.end()), ()))
    for where, s_edge, t_edge in (("start", _lead(source), _lead(target)), ("end", _trail(source), _trail(target))):
        if s_edge != t_edge and source.strip() and target.strip() and not _padding(s_edge, t_edge):
            out.append((f"space at the {where}: {s_edge!r} in the source, {t_edge!r} in the translation",
                        None, None, (s_edge, t_edge)))
    return out


def _padding(s_edge: str, t_edge: str) -> bool:
    """Two or more spaces at an edge of one side where the other has none: the layout of the file the text came
    from (padded lines, fixed columns), not the one space a segment keeps to join the next."""
    return (not s_edge and len(t_edge) >= 2) or (not t_edge and len(s_edge) >= 2)


def _lead(text: str) -> str:
    return text[:len(text) - len(text.lstrip(" \t"))]  # spaces a reviewer types, not the page's no-break spaces


def _trail(text: str) -> str:
    return text[len(text.rstrip(" \t")):]


def _unpaired(source: str, target: str) -> list[Hit]:
    """A bracket or quotation mark the translation opens and does not close (or closes without opening), where
    the source has them paired (a segment cut from a longer text may carry half a pair of its own). Straight
    double quotes are not counted: news sentences open a quotation that a later sentence closes; nor is one
    curly mark written for both ends an even number of times (:func:`_one_mark_for_both`)."""
    out: list[Hit] = []
    for left, right in _PAIRS:
        if left in source and _balanced(source, left, right) and not _balanced(target, left, right) \
                and not _one_mark_for_both(target, left, right):
            at = _unbalanced_at(target, left, right)
            out.append((f"{left}…{right} not paired in the translation", None, (at, at + 1), (left + right,)))
    return out


def _one_mark_for_both(text: str, left: str, right: str) -> bool:
    """A translation that writes one curly quotation mark for both ends (”great concern”, as a text whose
    opening marks were lost in a conversion does), each quotation closed: an even number of that one mark and
    none of the other. Read as straight quotes are, it is paired."""
    if left in "([{「『《«":
        return False
    marks = text.count(left), text.count(right)
    return 0 in marks and sum(marks) % 2 == 0


def _balanced(text: str, left: str, right: str) -> bool:
    depth = 0
    for c in text:
        if c == left:
            depth += 1
        elif c == right:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _unbalanced_at(text: str, left: str, right: str) -> int:
    opened: list[int] = []
    for k, c in enumerate(text):
        if c == left:
            opened.append(k)
        elif c == right:
            if not opened:
                return k
            opened.pop()
    return opened[-1] if opened else 0


def _untranslated(source: str, target: str) -> list[Hit]:
    """The translation is the source, word for word (a figure, a name or an address alone may stay as it is)."""
    s, t = source.strip(), target.strip()
    if not s or s != t or len(re.findall(r"[^\W\d_]", s)) < 4 or _URL.fullmatch(s):
        return []
    return [("the translation is the source text, untranslated", (0, len(source)), (0, len(target)), ())]


FORMAT_CHECKS: tuple[tuple[FindingCode, Callable[[str, str], list[Hit]]], ...] = (
    ("same-as-source", _untranslated),
    ("placeholder-mismatch", _placeholders),
    ("url-mismatch", _urls),
    ("unpaired-mark", _unpaired),
    ("repeated-word", _repeated_words),
    ("spacing", _spacing),
)
"""The form checks in order: each finding code and the rule that finds it."""


def check_format(index: int, source: str, target: str) -> list[Finding]:
    """Every form check on one pair; a segment left untranslated gets no other form finding."""
    findings: list[Finding] = []
    for code, rule in FORMAT_CHECKS:
        for message, s_span, t_span, values in rule(source, target):
            findings.append(Finding(code=code, severity=SEVERITY[code], pair=index, message=message,
                                    source_span=s_span, target_span=t_span, values=values))
        if findings and code == "same-as-source":
            return findings
    return findings
