"""Time of three steps of the mentions stage as a document grows (issue 12: every stage linear in the input): the
public bodies' short forms found in a text (``organizations.public_short_forms``), those short forms re-typed among
the mentions (``mentions._public_short_forms``) and events named in quotes (``mentions._quoted_events``). Each size is
4x the one before: a linear step takes about 4x the time, a quadratic one about 16x. CPU seconds of the step alone.

    python benchmarks/bench_mention_steps.py [--sizes 1000,4000,16000]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import bilingual
from bilingual.entities import mentions as stage
from bilingual.entities.organizations import public_short_forms


def _cpu(step: Callable[..., object], *args: object) -> float:
    start = time.process_time()
    step(*args)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,4000,16000", help="sentences per text, comma-separated")
    sizes = [int(n) for n in parser.parse_args(argv).sizes.split(",")]
    short = "기보와 신보는 보증 한도를 늘렸다. "
    quoted = "시는 '한강 달빛 축제'를 열었다. "
    for n in sizes:
        text = short * n
        line = f"{n} sentences ({len(text):,} characters): public_short_forms {_cpu(public_short_forms, text):.3f} s"
        if n <= 4000:  # the two steps over a processed document (Kiwi's time not counted)
            doc = bilingual.process(text)
            cpu = _cpu(stage._public_short_forms, doc.text, list(doc.mentions))
            line += f"; _public_short_forms over {len(doc.mentions):,} mentions {cpu:.3f} s"
            doc = bilingual.process(quoted * n)
            events = [(m.start, m.end) for m in doc.mentions if m.type == "other"]
            cpu = _cpu(stage._quoted_events, doc.text, list(doc.mentions), events)
            line += f"; _quoted_events ({len(events):,} events) {cpu:.3f} s"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
