"""Where the time of ``process()`` goes, function by function: cProfile of one stage (or all) on a corpus side.

A diagnostic for issue 12's speed work, not a benchmark: cProfile's own cost inflates every call (several times for
small functions), so read the shares and the order, not the seconds. ``--first-sight`` profiles the text as a
process meets it the first time (warmed on the fixture pages only); without it, the second of two runs (the memos
of names, routes and similarity filled by the first, as in bench_end_to_end.py's best of three).

    python benchmarks/profile_stages.py [--side en|ko] [--stage NAME] [--first-sight] [--top N] [--sort tottime]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats

from _common import ROOT
from bench_end_to_end import news

import bilingual
from bilingual.context import Context
from bilingual.document import Document
from bilingual.memory import collector_paused
from bilingual.stages import STAGES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--side", choices=("en", "ko"), default="en")
    parser.add_argument("--stage", choices=[s.__name__ for s in STAGES], help="profile this stage only (default all)")
    parser.add_argument("--first-sight", action="store_true", help="the text's first run in this process")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    args = parser.parse_args()
    for page in sorted((ROOT / "fixtures" / "pages").glob("*.txt")):  # Kiwi, langdetect, the KB and its indexes
        bilingual.process(page.read_text(encoding="utf-8"))
    text, where = news(args.side)
    if not args.first_sight:
        bilingual.process(text)
    context = Context.create()
    doc = Document.create(text)
    profile = cProfile.Profile()
    with collector_paused():
        for stage in STAGES:
            profiled = args.stage is None or stage.__name__ == args.stage
            if profiled:
                profile.enable()
            doc = stage(doc, context)
            if profiled:
                profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats(args.sort).print_stats(args.top)
    print(f"{where}, stage {args.stage or 'all'}, {'first sight' if args.first_sight else 'second run'}:")
    print(out.getvalue().replace(str(ROOT) + "/", ""))


if __name__ == "__main__":
    main()
