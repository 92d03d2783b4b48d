"""Entities: the knowledge base, and the mentions stage that links names in the text to it.

- :mod:`~bilingual.entities.kb` — canonical entities, and the indexes and tiers that gather a name's candidates
- :mod:`~bilingual.entities.retrieval_keys` — the keys the KB indexes names by (consonant classes, forms, edits)
- :mod:`~bilingual.entities.acceptance` — the one acceptance rule: link the clear best candidate, or abstain
- :mod:`~bilingual.entities.evidence` — the words around a name that say its type: ordered tables of cues
- :mod:`~bilingual.entities.organizations` — organizations named without a head: a general list, group companies
- :mod:`~bilingual.entities.gazetteer` — a mention's type from evidence: organization heads, places, a person's shape
- :mod:`~bilingual.entities.historic_states` — the historical states of Korea and China's dynasties, typed place
- :mod:`~bilingual.entities.mentions` — the mentions stage: find, link, resolve short forms, cluster unknowns
- :mod:`~bilingual.entities.name_spans` — the stage's candidates (:class:`NameSpan`, a span and its evidence)
- :mod:`~bilingual.entities.english_names` / :mod:`~bilingual.entities.korean_names` — the candidates of each language
- :mod:`~bilingual.entities.other_country` — another country's body under a generic name (중국 외교부) is not linked
- :mod:`~bilingual.entities.family_names` — a person named again by the family name alone after the full name
- :mod:`~bilingual.entities.transcribed_names` — foreign names written in Hangul, found and typed by their evidence
- :mod:`~bilingual.entities.lone_names` — one capitalized Latin word inside an English sentence kept as a name
- :mod:`~bilingual.entities.world_names` — given and family names of many languages (Faker's lists): a foreign
  person's last evidence, and the particles that keep "Jaap van Zweden" whole
- :mod:`~bilingual.entities.typer` — the learned typer for names the rules leave ``other`` (off by default)
"""

from bilingual.entities.acceptance import Candidate, Link, accept
from bilingual.entities.gazetteer import mention_type
from bilingual.entities.kb import Entity, KnowledgeBase
from bilingual.entities.mentions import find_mentions

__all__ = ["Candidate", "Entity", "KnowledgeBase", "Link", "accept", "find_mentions", "mention_type"]
