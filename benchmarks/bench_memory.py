"""Where the memory of one huge document goes: Python's allocations (tracemalloc) held after each stage and at the
peak within it, then while the record is written, for a single-line input of the size given (bench_huge.py's line).
Everything loaded once per process is loaded first, on a small line, outside the trace. Also the Korean path with
and without one shared ``str`` per distinct form, tag and lemma (``korean.analyze_iter(strings=...)``). Prints;
never asserts. tracemalloc slows the run several times.

With ``--rss`` (Linux), instead: the process's resident memory above what it held before the document, after each
stage and at its peak within it (the kernel's high-water mark, reset before each stage), then while the record
(``--record compact``, the default, or ``full``) is written to a file as ``bilingual process -o FILE`` writes it. That
counts what tracemalloc does not see (Kiwi's and pydantic's own allocations, memory freed but kept by the allocator),
which is what ``bench_huge.py`` reports.

    python benchmarks/bench_memory.py [--mb 1] [--lang mixed|ko|en] [--rss [--record compact|full]]
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
import tracemalloc

from bench_huge import line_of

from bilingual.api import process_in
from bilingual.context import Context
from bilingual.document import Document
from bilingual.formats.records import PROFILES, json_body, only_fields, to_json_line

try:
    from bilingual.formats.records import json_pieces
except ImportError:  # an older package on PYTHONPATH (a base measured with this script): records built whole
    json_pieces = None  # type: ignore[assignment]
from bilingual.lang import korean
from bilingual.memory import collector_paused
from bilingual.stages import STAGES


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def stages(text: str) -> None:
    context = Context.create()
    # every lazy load (Kiwi, langdetect's profiles, the KB's indexes, the name tables) outside the trace: what is
    # traced is what this document costs
    process_in(context, line_of(0.02))
    tracemalloc.start()
    doc = Document.create(text)
    held, _ = tracemalloc.get_traced_memory()
    print(f"  Document.create: held {mb(held)}")
    with collector_paused():
        for stage in STAGES:
            tracemalloc.reset_peak()
            doc = stage(doc, context)
            held, peak = tracemalloc.get_traced_memory()
            print(f"  {stage.__name__}: held {mb(held)} after it, peak {mb(peak)} during it")
    print(f"  the document holds {len(doc.tokens):,} tokens, {len(doc.sentences):,} sentences, "
          f"{len(doc.mentions):,} mentions")
    for profile, fields in (("full", None), ("--compact", PROFILES["compact"])):
        tracemalloc.reset_peak()
        out = io.StringIO()
        out.write(to_json_line(doc, fields=fields))
        held, peak = tracemalloc.get_traced_memory()
        print(f"  writing the {profile} record ({mb(len(out.getvalue().encode()))}): peak {mb(peak)}")
        del out
        if json_pieces is not None:
            tracemalloc.reset_peak()
            with tempfile.TemporaryFile() as file:
                for piece in json_pieces(doc, fields=fields):
                    file.write(piece)
                held, peak = tracemalloc.get_traced_memory()
                print(f"  writing the {profile} record in pieces to a file ({mb(file.tell())}): peak {mb(peak)}")
    tracemalloc.stop()


def interning(text: str) -> None:
    names = Context.create().kb.tokenizer_names()
    korean.analyze(["서울에서 회담이 열렸다."], names=names)
    for label, strings in (("a str per morpheme", None), ("one shared str per distinct value", {})):
        tracemalloc.start()
        out = list(korean.analyze_iter([text], names=names, strings=strings))
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        tokens = sum(len(s.tokens) for s in out[0])
        print(f"  Korean path, {label}: {tokens:,} morphemes held in {mb(held)} (peak {mb(peak)})")
        del out


def _resident() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(value.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")  # the high-water mark back to the resident size now


def resident(text: str, record: str = "compact") -> None:
    context = Context.create()
    process_in(context, line_of(0.02))  # every lazy load first, as in stages()
    base, _ = _resident()
    print(f"  resident before the document: {base:.0f} MB; below, MB above it")
    with collector_paused():
        doc: Document | None = Document.create(text)
        for stage in STAGES:
            _reset_peak()
            t0 = time.perf_counter()
            doc = stage(doc, context)  # type: ignore[arg-type]
            now, peak = _resident()
            print(f"  {stage.__name__}: {now - base:.0f} after it, peak {peak - base:.0f} during it "
                  f"({time.perf_counter() - t0:.1f} s)")
        _reset_peak()
        # as the command does: what the record leaves out goes before it is made; then, writing to a file, the record
        # in pieces (an older package: built whole, the document let go before the newline is added)
        fields = None if record == "full" else PROFILES["compact"]
        doc = only_fields(doc, fields)  # type: ignore[arg-type]
        with tempfile.TemporaryFile() as file:
            if json_pieces is not None:
                for piece in json_pieces(doc, fields=fields):
                    file.write(piece)
                how = "in pieces"
            else:
                body = json_body(doc, fields=fields)
                doc = None
                file.write(body + b"\n")
                how = "whole"
            now, peak = _resident()
            print(f"  writing the {record} record {how} ({mb(file.tell())}): peak {peak - base:.0f} during it")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--lang", choices=("mixed", "ko", "en"), default="mixed",
                        help="the line (bench_huge.py's): both sides of the corpus in pairs, or one side alone")
    parser.add_argument("--rss", action="store_true", help="resident memory by stage instead (Linux)")
    parser.add_argument("--record", choices=("compact", "full"), default="compact",
                        help="with --rss: the record written (default compact, as bench_huge.py; full: the default)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    text = line_of(args.mb, args.lang)
    if args.rss:
        print(f"{args.mb:g} MB single {args.lang} line ({len(text):,} characters), resident memory by stage:")
        resident(text, args.record)
        print(f"(total {time.perf_counter() - t0:.0f} s; bench_memory.py --rss)")
        raise SystemExit(0)
    print(f"{args.mb:g} MB single {args.lang} line ({len(text):,} characters), Python allocations by tracemalloc:")
    stages(text)
    interning(text)
    print(f"(total {time.perf_counter() - t0:.0f} s; bench_memory.py)")
