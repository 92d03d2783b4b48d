"""Words inside a name that say its kind, for names the knowledge base, the gazetteer and the heads leave untyped.

Each rule is a convention of how names of a kind are written, not a list of names (typer26 branch, docs/kb.md):

- **A company's word at the end of an English name** (:data:`ENGLISH_COMPANY_ENDS`): ``Bros.`` (a firm
  of brothers: Warner Bros.; a name's end, never a person's family name), ``Re`` after a place or a
  people's adjective (a reinsurer: Swiss Re, Munich Re), ``Pictures``, ``Records``, ``Films`` (studios and labels).
- **A word for a newspaper in a European language** anywhere in a Latin name (:data:`NEWSPAPER_WORDS`: Dagblad,
  Zeitung, Gazette, Gazzetta, Diario, Jornal …), as Times or Ilbo end one in English and Korean.
- **A club by its city and a nickname of two words** (Kolkata Knight Riders, Toronto Blue Jays): the one-word
  nickname is :func:`bilingual.entities.gazetteer.city_team`'s.
- **A place's generic word in English** (:data:`ENGLISH_LANDFORM_ENDS`: Desert, Glacier, Canyon, Volcano, Plateau
  …) at the end, or ``Fort`` first (Fort Worth, Fort Nelson: a town grown round a fort).
- **A studio's or a label's word in Hangul**: 스튜디오 before a name written with it (스튜디오드래곤), or …픽처스,
  …레코즈, …브러더스, …익스프레스 at its end (:data:`KOREAN_COMPANY_ENDS`).
- **Latin initials before a Hangul name** (J.K. 롤링, 마크 J. 헤이든: the initials of given names, as in an English
  name written with them; :func:`latin_initials_before`, read by
  :func:`bilingual.entities.evidence.korean_cue_before` as a person's cue), not a country's (U.S., D.C.).
- **Names joined by an ampersand** (Kim & Chang, Latham & Watkins, Procter & Gamble): a partnership or a company
  named after its founders; a person's name holds no ``&`` (lead, stop 36).
- **A place named by a direction**: 북, 남, 동, 서 before a place of the gazetteer written with it (북다르푸르주,
  동아시아), and the two poles (남극, 북극).

:func:`kind_by_words` is called from one place, :func:`bilingual.entities.gazetteer.mention_type`, after the
words around the name and before a person's shape, so that such a word outweighs a name's shape (Warner Bros was a
person: Warner is a given name) and never outweighs a title or a cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from bilingual.document import MentionType

ENGLISH_COMPANY_ENDS = frozenset("Bros Bros. Pictures Records Films".split())
"""Last words of English company names that no person's name ends in: a firm of brothers, a film studio, a record
label, a film distributor."""
REINSURER = "Re"
"""A reinsurer's word after its city or its people's adjective (Swiss Re, Munich Re, Hannover Re)."""
NEWSPAPER_WORDS = frozenset(
    "Dagblad Dagbladet Nieuwsblad Zeitung Tageblatt Gazette Gazzetta Corriere Diario Jornal Courant Tidende "
    "Avisen Rundschau Allgemeine Kurier".split())
"""Words for a newspaper (daily, gazette, courier, review) in Dutch, Danish, German, English, Italian, Spanish and
Portuguese, which name a newspaper wherever they stand in its name (Het Financieele Dagblad, Süddeutsche Zeitung,
Corriere della Sera)."""
ENGLISH_LANDFORM_ENDS = frozenset("Desert Glacier Canyon Volcano Plateau Steppe Savanna Fjord Lagoon Oasis Atoll "
                                  "Archipelago Delta Basin Gorge Marsh Swamp".split())
"""Generic words of landforms that end a place's name in English (Atacama Desert, Perito Moreno Glacier); not
``Park`` or ``Hall`` (family names) nor the words the gazetteer already reads (Island, Mountain, River …)."""
_FORT = re.compile(r"Fort\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
KOREAN_STUDIO_LEAD = "스튜디오"
KOREAN_COMPANY_ENDS = ("픽처스", "레코즈", "레코드사", "브러더스", "익스프레스")
"""Ends of Korean transcriptions of company names: pictures (a film studio), records (a label), brothers (a firm),
express (a carrier or a shop: 아메리칸익스프레스, 알리익스프레스)."""
_DIRECTIONS = ("북", "남", "동", "서")
POLES = frozenset({"남극", "북극"})
"""The poles (the Antarctic, the Arctic): places, written as one word of a direction and 극."""
_CAPITALIZED = re.compile(r"[A-Z][a-z]+")
_PARTNERS = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)* & [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*")
"""Capitalized words on both sides of `` & ``: a firm's name (no person's name holds an ampersand)."""
_INITIALS_BEFORE = re.compile(r"(?:^|[^\w.])((?:[A-Z]\.\s?){1,3})\s$")
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. U.A.E. R.O.K. P.R. N.Y. L.A.".split())


def latin_initials_before(before: str) -> bool:
    """Whether the text right before a Hangul name ends in the initials of given names in Latin letters and a space
    (``J.K. ``, ``J. ``): a person's name written as English writes it with initials (J.K. 롤링), not a country's
    or a city's initials (U.S., D.C.)."""
    if not before.endswith(". "):  # the cheap test first
        return False
    match = _INITIALS_BEFORE.search(before)
    return match is not None and match.group(1).replace(" ", "") not in _PLACE_INITIALS


@dataclass(frozen=True)
class PlaceTests:
    """The gazetteer's tests that some conventions read (a place, a country, a people's adjective, a Korean person's
    shape), handed in by :func:`bilingual.entities.gazetteer.mention_type`: this module is read by the gazetteer and
    by the evidence it reads, so it does not import the gazetteer (no import cycle)."""

    is_place: Callable[[str], bool]
    weak_place: Callable[[str], bool]
    is_country: Callable[[str], bool]
    demonym: Callable[[str], bool]
    korean_name_shape: Callable[[str], bool]
    not_team_plurals: Container[str]


def kind_by_words(name: str, places: PlaceTests | None = None) -> tuple[MentionType, str] | None:
    """The type a word inside ``name`` gives it, and why, or ``None`` (see the module's conventions). Without
    ``places`` the conventions that need to know a place (Re after a place, a club by its city, a direction before a
    place) do not fire."""
    if name.isascii() or _latin(name):
        return _latin_kind(name, places)
    if " " in name or not all("가" <= c <= "힣" for c in name):
        return None
    return _hangul_kind(name, places)


def _latin(name: str) -> bool:
    return not any("가" <= c <= "힣" for c in name)


def _latin_kind(name: str, places: PlaceTests | None) -> tuple[MentionType, str] | None:
    words = name.split()
    if len(words) < 2:
        return None
    if _PARTNERS.fullmatch(name):
        return "org", "a firm by the names joined by & in its name (Kim & Chang, Procter & Gamble)"
    last = words[-1]
    if last in ENGLISH_COMPANY_ENDS and _CAPITALIZED.fullmatch(words[-2]):
        return "org", f"a company by the word at the end of its name ({last}: a firm, a studio, a label)"
    if last == REINSURER and len(words) == 2 and places is not None \
            and (places.is_place(words[0]) or places.demonym(words[0])):
        return "org", "a reinsurer by Re after its city or its people's adjective (Swiss Re)"
    if any(w in NEWSPAPER_WORDS for w in words):
        return "org", "a newspaper by a word for a newspaper in its name (Dagblad, Zeitung, Gazette)"
    if last in ENGLISH_LANDFORM_ENDS and all(_CAPITALIZED.fullmatch(w) for w in words[:-1]):
        return "place", f"a place by the generic word at the end of its name ({last})"
    if _FORT.fullmatch(name):
        return "place", "a place by Fort before its name (a town grown round a fort)"
    if places is not None and len(words) == 3 and all(_CAPITALIZED.fullmatch(w) for w in words[1:]) \
            and last not in places.not_team_plurals and re.fullmatch(r"[A-Z][a-z]+[^su\W]s", last) \
            and places.is_place(words[0]) and not places.weak_place(words[0]) and not places.is_country(words[0]) \
            and not places.is_place(name):
        return "org", "a club by its city and a nickname of two words, the last a plural (Toronto Blue Jays)"
    return None


def _hangul_kind(solid: str, places: PlaceTests | None) -> tuple[MentionType, str] | None:
    if solid.startswith(KOREAN_STUDIO_LEAD) and len(solid) >= len(KOREAN_STUDIO_LEAD) + 2:
        return "org", "a studio by 스튜디오 before its name, written with it (스튜디오드래곤)"
    if solid.endswith(KOREAN_COMPANY_ENDS) and any(
            solid.endswith(e) and len(solid) - len(e) >= 2 for e in KOREAN_COMPANY_ENDS):
        return "org", "a company by the transcribed word at the end of its name (…픽처스, …레코즈, …익스프레스)"
    if solid in POLES:
        return "place", "a pole (남극, 북극)"
    if places is not None and solid.startswith(_DIRECTIONS) and len(solid) >= 4 and places.is_place(solid[1:]) \
            and not places.korean_name_shape(solid):
        return "place", "a place by a direction before a place written with it (북다르푸르주, 동아시아)"
    return None
