"""Golden outputs of the seed pages: a readable summary of what each stage decided.

They change only on purpose: after a deliberate change, run ``python tests/golden.py`` and review
the diff of ``fixtures/golden/`` before committing it. The block labels themselves are checked
against hand labels elsewhere (``fixtures/blocks/``); the goldens catch any other drift.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import bilingual

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
GOLDEN = ROOT / "fixtures" / "golden"


def summary(doc: bilingual.Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "repairs": [[r.kind, r.original, r.replacement, r.original_start] for r in doc.repairs],
        "flags": [[f.kind, f.original_start, f.original_end] for f in doc.flags],
        "blocks": [[b.label, b.duplicate_of, doc.block_text(b)[:60]] for b in doc.blocks],
    }


def render(name: str) -> str:
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    doc = bilingual.process(text, source=f"{name}.txt")
    return json.dumps(summary(doc), ensure_ascii=False, indent=1) + "\n"


def names() -> list[str]:
    return sorted(p.stem for p in PAGES.glob("0*.txt"))


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for name in names():
        (GOLDEN / f"{name}.json").write_text(render(name), encoding="utf-8")
        print("wrote", GOLDEN / f"{name}.json")
