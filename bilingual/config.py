"""Options for the pipeline stages. Every option is explicit; the defaults are documented choices."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Options(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RepairConfig(_Options):
    """How the repair stage treats text (see ``docs/repair.md`` for why these defaults)."""

    fix_character_width: bool = True
    """Full-width Latin letters and digits become ASCII; half-width Hangul and Kana become normal width."""
    decode_entities: bool = True
    """Decode HTML entities, with or without the semicolon (``&nbsp``, ``&amp;``, ``&#39;``)."""
    legacy_korean: Literal["repair", "flag", "off"] = "repair"
    """EUC-KR/CP949 bytes read as Latin-1: repair where the evidence is clear (else flag), only flag, or ignore."""
    max_rounds: int = 4
    """Repairs are re-run until nothing changes (``&amp;nbsp;`` needs two rounds), at most this often."""


class BlockConfig(_Options):
    """How pages are split into blocks."""

    near_duplicate_ratio: float = 0.9
    """Two blocks whose normalized text is at least this similar are duplicates."""
    learned_layer: bool = True
    """Relabel the rules' labels by the learned layer over them (``bilingual/page/label_layer.py``): trained on
    page fragments each labelled by the rules of their first run, it labelled sets of fragments by new writers
    better than the rules did in every "time travel" (docs/log/blocks.md, "labels9 branch"); two passes since
    labels11 (a second table over the first's labels of the lines around)."""


class MentionConfig(_Options):
    """Where the mentions stage looks for names."""

    skip_page_chrome: bool = True
    """Skip the blocks labelled navigation, related stories and footer (a page's chrome). The review turns this off:
    a segment of a translation is a sentence, not a page, and a short one (``외교부가 밝혔다.``) may look like a
    menu."""
    learned_typer: bool = False
    """Re-type the names the rules leave ``other`` for want of evidence (an unknown proper noun) by the learned typer
    of :mod:`bilingual.entities.typer` (person, organization or place by the name's shape and the words around it;
    below its threshold a name stays ``other``). Off by default: in the leave-one-file-out cross-validation over the
    gold files (the held-out file's names left out of training) it typed 13 more of 3,153 mentions right, no file
    worse, but on the news corpus most of the names it re-types are wrong (foreign people in Hangul made places or
    organizations, "Time Warner" a person; docs/log/kb.md, "typer14 branch")."""


class Config(_Options):
    """All stage options. ``Config()`` gives the defaults."""

    repair: RepairConfig = RepairConfig()
    blocks: BlockConfig = BlockConfig()
    mentions: MentionConfig = MentionConfig()
