"""The bytes a processed huge document holds, field by field (``sys.getsizeof`` of every object reached from the
field, each object counted once, in field order), for bench_huge.py's single line of the size given, and how many
distinct objects hold its runs' routes and its mentions' names and reasons. Prints; never asserts.

    python benchmarks/bench_document_sizes.py [--mb 1]
"""

from __future__ import annotations

import argparse
import sys

from bench_huge import line_of

from bilingual.api import process_in
from bilingual.context import Context
from bilingual.tokens import TokenStore


def deep_size(value: object, seen: set[int]) -> int:
    """Bytes of ``value`` and of what it holds, skipping objects already in ``seen`` (added as counted)."""
    if id(value) in seen:
        return 0
    seen.add(id(value))
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in value.items())
    elif isinstance(value, list | tuple | set | frozenset):
        size += sum(deep_size(x, seen) for x in value)
    elif isinstance(value, TokenStore):
        size += sum(deep_size(getattr(value, name), seen) for name in TokenStore.__slots__)
    elif hasattr(value, "__pydantic_fields_set__"):
        size += deep_size(value.__dict__, seen) + deep_size(value.__pydantic_fields_set__, seen)
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args()
    doc = process_in(Context.create(), line_of(args.mb))
    print(f"{args.mb:g} MB single line, the document's objects by field:")
    seen: set[int] = set()
    total = 0
    for name in type(doc).model_fields:
        value = getattr(doc, name)
        size = deep_size(value, seen)
        total += size
        if size >= 10_000:
            count = f" ({len(value):,})" if hasattr(value, "__len__") else ""
            print(f"  {name}{count}: {size / 1e6:.2f} MB")
    print(f"  in all: {total / 1e6:.2f} MB")
    print(f"  Route objects of the runs: {len({id(r.route) for r in doc.runs}):,} "
          f"({len({r.route for r in doc.runs}):,} distinct); mentions' name objects "
          f"{len({id(m.text) for m in doc.mentions}):,} ({len({m.text for m in doc.mentions}):,} distinct), "
          f"reasons {len({id(m.reasons) for m in doc.mentions}):,} ({len({m.reasons for m in doc.mentions}):,})")


if __name__ == "__main__":
    main()
