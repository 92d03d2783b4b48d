"""The size of the record ``bilingual process`` writes, full and ``--compact``, against the page's size.

    python benchmarks/bench_record_size.py
"""

from __future__ import annotations

import argparse

from _common import ROOT

import bilingual
from bilingual.formats.records import PROFILES, to_json_line


def main() -> None:
    ratios, compact_share = [], []
    for page in sorted((ROOT / "fixtures" / "pages").glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        doc = bilingual.process(text, source=page.name)
        full = len(to_json_line(doc).encode())
        compact = len(to_json_line(doc, fields=PROFILES["compact"]).encode())
        size = len(text.encode())
        ratios.append(full / size)
        compact_share.append(compact / full)
        print(f"{page.name}: page {size:,} B, record {full:,} B (x{full / size:.1f}), --compact {compact:,} B "
              f"({100 * compact / full:.0f} % of the record)")
    print(f"fixture pages: the record is x{min(ratios):.0f}-x{max(ratios):.0f} the page; --compact is "
          f"{100 * min(compact_share):.0f}-{100 * max(compact_share):.0f} % of the record")


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__,  # --help; no options
                            formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    main()
