"""Another country's body under a generic name: 중국 외교부 is China's foreign ministry, not the KB's 외교부.

An organization in the knowledge base may carry ``country``, the id of the place it belongs to (the bundled KB
gives it to South Korea's ministries and offices and to the U.S. State Department). When a mention linked to such
an entity comes right after a mention of a *different* place, with nothing between them but a space, 의 or a
possessive (중국 외교부, 중국의 외교부, China's Ministry of Foreign Affairs), the link is withdrawn: the mention stays,
as an organization not in the KB, and its reasons say why. The same country (한국 외교부), a place in it (Seoul's
Foreign Ministry, when the KB gives Seoul ``country``) or no country before the name leaves the link as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bilingual.document import Mention

if TYPE_CHECKING:
    from bilingual.entities.kb import KnowledgeBase

_BETWEEN = re.compile(r" ?|의 ?|['’]s ")
"""What may stand between a country's name and its body's name: nothing, a space, 의, a possessive."""


def unlink_other_countries(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` in text order, with the links of bodies named right after another country withdrawn."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        entity = kb.get(m.entity_id) if m.entity_id is not None else None
        before = mentions[i - 1] if i else None
        if (entity is not None and entity.country is not None and before is not None
                and before.type == "place" and before.entity_id is not None
                and entity.country not in (before.entity_id, _country_of(before.entity_id, kb))
                and before.end <= m.start and _BETWEEN.fullmatch(text[before.end:m.start])):
            reason = (f"after {before.text} ({before.entity_id}): {m.text} is that country's body, not "
                      f"{entity.id} ({entity.country})")
            m = m.model_copy(update={"entity_id": None, "score": 0.0, "method": "unlinked",
                                     "reasons": (*m.reasons, reason)})
        out.append(m)
    return out


def _country_of(place_id: str, kb: KnowledgeBase) -> str | None:
    place = kb.get(place_id)
    return None if place is None else place.country
