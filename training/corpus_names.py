"""Propose real (Hangul name, Latin spelling as written) pairs from the aligned lines of ``../shared/corpus/``.

The corpus (1,720 human-translated Korean–English sentence pairs, CC BY-SA 3.0; ``../shared/corpus/SOURCE.md``)
spells real people and places in both scripts on the same line pair. This script proposes pairs; a person then
checks them and keeps only those where the English line really spells that name: on the sim8 branch every proposed
pair was read, and its line pair where the pair alone did not settle it (``fixtures/names/corpus_names.tsv`` holds
the kept pairs, with its count of the 256 of 1,242 proposals rejected and why).

Run from the repository root: ``python training/corpus_names.py [--out PATH]`` (default: stdout; about 40 s of CPU).
It needs ``../shared/corpus`` and writes the same bytes on every run (with the same name model): one row per
proposal, ``file``, ``line`` (1-based, the same in the ``.ko`` and ``.en`` files), ``hangul``, ``latin``,
``score``, ``verdict``, ``shape``.

How. On the Korean line, every word loses the particle it ends in (``bilingual.names.keys.strip_particle``) and a
full name the honorific 씨 after it; a word of 2–4 syllables that starts with a known family name
(``korean_person_name``) is a Korean full name (``shape`` ``korean``), any other word of 2–6 syllables, and two
such words in a row (토니 블링컨), a foreign name (``foreign``). On the English line every run of 1–3 capitalized
words (a lower-case piece after a hyphen belongs to its word: ``Kim Dae-jung``) is a span, without the titles
before it (``bilingual.names.titles.strip_titles``, and Senator) and a possessive ``'s`` after it. Each Hangul name
is scored with ``name_similarity`` against every span of its line and keeps its best span (highest score, then
most evidence, then first on the line); it is proposed when the verdict is ``same``, or ``possible`` for a Korean
full name against a span of 2 or more words (an unusual spelling of a Korean name). The scorer is the shipped
model, so a pair it already reads well is easy to find and an unusual spelling is found as ``possible``; the
reading by a person, not the score, decides what is kept.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilingual.names.keys import korean_person_name, strip_particle  # noqa: E402
from bilingual.names.similarity import name_similarity  # noqa: E402
from bilingual.names.titles import strip_titles  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FILES = ("news-dev", "general-dev")
MAX_SPAN_WORDS = 3

_HANGUL_WORD = re.compile(r"[가-힣]+")
_LATIN_WORD = re.compile(r"[A-Z][A-Za-z'’]*(?:-[A-Za-z'’]+)*")
_MORE_TITLES = re.compile(r"^(?:Senator|Sen\.|Minster)\s+")  # titles strip_titles leaves (Minster: the corpus's typo)
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_WORD_OR_BREAK = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z'’]+)*|[^\sA-Za-z]+")


@dataclass(frozen=True)
class Candidate:
    file: str
    line: int
    hangul: str
    latin: str
    score: float
    verdict: str
    shape: str  # "korean" (a Korean full name by its family name) or "foreign"

    def row(self) -> str:
        return "\t".join((self.file, str(self.line), self.hangul, self.latin, f"{self.score:.3f}", self.verdict,
                          self.shape))


def hangul_names(line: str) -> list[tuple[str, str]]:
    """The Hangul names a Korean line may hold, in order, each once: ``(name, shape)``."""
    words: list[str | None] = []  # None: something that is not a Hangul word breaks a two-word name
    for token in line.split():
        match = _HANGUL_WORD.fullmatch(token.strip(".,\"'“”‘’()[]<>《》「」·:;!?"))
        word = strip_particle(match.group()) if match else None
        if word is not None and word.endswith("씨") and korean_person_name(word[:-1]):
            word = word[:-1]  # 박동선씨: the honorific 씨 after a full name
        words.append(word)
    out: dict[str, str] = {}
    for i, word in enumerate(words):
        if word is None:
            continue
        if 2 <= len(word) <= 4 and korean_person_name(word):
            out.setdefault(word, "korean")
        elif 2 <= len(word) <= 6:
            out.setdefault(word, "foreign")
        before = words[i - 1] if i else None
        raw_before = line.split()[i - 1] if i else ""
        if before is not None and before == raw_before and 1 <= len(before) <= 6 and 2 <= len(word) <= 6:
            out.setdefault(f"{before} {word}", "foreign")  # 토니 블링컨 (the first word bare, no particle)
    return list(out.items())


def latin_spans(line: str) -> list[str]:
    """Every run of 1 to ``MAX_SPAN_WORDS`` capitalized words of an English line (a lower-case piece after a hyphen
    belongs to its word, Dae-jung), in order of their start, each once."""
    tokens = _WORD_OR_BREAK.findall(line)
    spans: dict[str, None] = {}
    for i in range(len(tokens)):
        run: list[str] = []
        for token in tokens[i:i + MAX_SPAN_WORDS]:
            if not _LATIN_WORD.fullmatch(token):
                break
            run.append(_POSSESSIVE.sub("", token) or token)
            span = _MORE_TITLES.sub("", strip_titles(" ".join(run)))
            spans.setdefault(span or " ".join(run))
    return list(spans)


def propose(file: str, number: int, korean: str, english: str) -> list[Candidate]:
    """The proposals of one line pair: each Hangul name with its best-fitting span, when it fits (module doc)."""
    spans = latin_spans(english)
    out: list[Candidate] = []
    for hangul, shape in hangul_names(korean):
        best: tuple[float, float, int] | None = None
        chosen = ""
        verdict = "different"
        for i, span in enumerate(spans):
            fit = name_similarity(hangul, span)
            wanted = "same" if shape == "foreign" or " " not in span else "possible"
            rank = (fit.score, fit.evidence or 0.0, -i)
            if fit.verdict in ("same", wanted) and (best is None or rank > best):
                best, chosen, verdict = rank, span, fit.verdict
        if best is None:
            continue
        out.append(Candidate(file, number, hangul, chosen, best[0], verdict, shape))
    return out


def mine(corpus: Path = CORPUS) -> list[Candidate]:
    """Every proposal of the corpus, file by file and line by line."""
    if not corpus.is_dir():
        raise SystemExit(f"the corpus is needed in {corpus} (../shared/corpus beside the repository); not found")
    out: list[Candidate] = []
    for name in FILES:
        korean = (corpus / f"{name}.ko").read_text("utf-8").splitlines()
        english = (corpus / f"{name}.en").read_text("utf-8").splitlines()
        if len(korean) != len(english):
            raise SystemExit(f"{name}: {len(korean)} Korean lines but {len(english)} English lines")
        for number, (ko, en) in enumerate(zip(korean, english, strict=True), start=1):
            out.extend(propose(name, number, ko, en))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help="write the proposals to FILE (default: standard output)")
    out = parser.parse_args(argv).out
    rows = "".join(c.row() + "\n" for c in mine())
    header = "file\tline\thangul\tlatin\tscore\tverdict\tshape\n"
    if out is not None:
        out.write_text(header + rows, "utf-8")
    else:
        sys.stdout.write(header + rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
