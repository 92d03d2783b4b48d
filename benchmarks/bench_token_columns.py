"""The memory of building one huge document's token columns: Python's allocations (tracemalloc) held by the store
and at the peak while the :class:`~bilingual.tokens.TokenBuilder` fills it, sentence by sentence through
``TokenBuilder.extend``, for synthetic news-shaped tokens (20 a sentence, 6 characters apart; forms from a vocabulary
of 80,000, 40 tags, a lemma on every other token, two languages; fixed seed). Run it with another checkout first on
``PYTHONPATH`` to compare (docs/performance.md, mem29). Prints; never asserts.

    python benchmarks/bench_token_columns.py [--tokens 200000,1000000,4000000]
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc

from bilingual.tokens import TokenBuilder, TokenStore


def sentences(n: int, seed: int = 29) -> list[tuple[list[int], list[int], list[str], list[str], list[str | None]]]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(80_000)]
    tags = [f"T{i}" for i in range(40)]
    out = []
    offset = 0
    for first in range(0, n, 20):
        k = min(20, n - first)
        starts = [offset + 6 * i for i in range(k)]
        forms = [vocabulary[min(int(rng.paretovariate(0.6)), 80_000) - 1] for _ in range(k)]
        out.append((starts, [s + 5 for s in starts], forms, [rng.choice(tags) for _ in range(k)],
                    [f if i % 2 else None for i, f in enumerate(forms)]))
        offset = starts[-1] + 7
    return out


def build(given: list[tuple[list[int], list[int], list[str], list[str], list[str | None]]]) -> TokenStore:
    builder = TokenBuilder()
    for number, (starts, ends, forms, tags, lemmas) in enumerate(given):
        builder.extend(starts, ends, forms, tags, lemmas, "ko" if number % 3 else "en", number)
    return builder.build()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokens", default="200000,1000000,4000000", help="token counts (default 200000,1000000,"
                                                                           "4000000)")
    args = parser.parse_args()
    for n in (int(s) for s in args.tokens.split(",")):
        given = sentences(n)
        t0 = time.perf_counter()
        build(given)  # untraced: the time
        seconds = time.perf_counter() - t0
        tracemalloc.start()
        store = build(given)
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        widths = "".join(getattr(store, f"_{c}").typecode for c in ("starts", "ends", "sentences", "forms", "tags",
                                                                      "lemmas", "langs"))
        print(f"{n:>9,} tokens: held {held / 1e6:6.1f} MB ({held / n:4.1f} B a token), peak while building "
              f"{peak / 1e6:6.1f} MB ({peak / n:4.1f} B a token); column types {widths}; built in {seconds:.2f} s "
              "(untraced)")
        del store, given


if __name__ == "__main__":
    main()
