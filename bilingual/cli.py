"""The ``bilingual`` command: a thin shell over the library.

Each subcommand is one library call; library errors become one clear line on stderr and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import dataclasses
import functools
import json
import os
import sys
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, BinaryIO, TextIO

from bilingual.api import review, review_bitext, review_pairs
from bilingual.context import Context
from bilingual.document import Document, Severity
from bilingual.engines import pool as pool_module
from bilingual.engines.paths import PATH_BYTES, FileInput, input_or_path, item_korean, item_size, read_file_input
from bilingual.engines.pool import Failed, Split, WorkerPool
from bilingual.engines.progress import Progress
from bilingual.engines.spool import Spool, Spooled, copy_spooled, spool_directory, spool_pieces
from bilingual.entities.kb import KnowledgeBase
from bilingual.errors import BilingualError, UsageError
from bilingual.formats.bitext import Bitext, pair_lines, read_bilingual_file, read_parallel_text
from bilingual.formats.inputs import DEFAULT_MAX_BYTES, Input, expand_paths, read_input, read_records
from bilingual.formats.output import atomic_writer, check_outputs, same_file
from bilingual.formats.records import (
    PROFILES,
    check_fields,
    json_body,
    json_pieces,
    only_fields,
    record_for_error,
    to_json_bytes,
)
from bilingual.formats.report import write_csv, write_html, write_json
from bilingual.names.romanize import romanize
from bilingual.names.romanized import name_variants, parse_name, romanize_name
from bilingual.names.similarity import name_similarity
from bilingual.qa.direction import guess_lang
from bilingual.qa.profile import load_profile
from bilingual.stages import finish_document, route_document
from bilingual.version import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 70, 130
"""Exit statuses: success; findings or failed inputs (the result says so); a usage or input error (one line
with its code); an unexpected error, a bug (70, sysexits' EX_SOFTWARE: with its traceback); interrupted."""


Line = tuple[bytes | Spooled, bool]
"""A record's JSON line in UTF-8 (or, with a :class:`Spool`, a record above its limit as the file it was written to),
and whether it is an error record."""


@dataclasses.dataclass(frozen=True)
class _Unwritten:
    """A document whose record is still to be written: in pieces, straight to the output (:func:`_write_pieces`)."""

    source: str
    doc: Document
    fields: frozenset[str] | None
    meta: dict[str, Any] | None


@dataclasses.dataclass(frozen=True)
class _Routed:
    """An input whose document has been through the stages before the Korean path (:func:`_route_line`)."""

    source: str
    doc: Document
    meta: dict[str, Any] | None


def _record_line(context: Context, item: Input | FileInput, fields: frozenset[str] | None = None,
                 spool: Spool | None = None) -> Line:
    """The JSON line for one input, in UTF-8 (built in the worker, so only its bytes cross back, and the parent
    writes them as they are), and whether it failed. With ``spool``, a record larger than its limit is written in
    pieces to a file of the spool's and comes back as that file (:class:`Spooled`), never built whole. Never
    raises."""
    return _finish_line(context, _route_line(context, item), fields, spool)


def _route_line(context: Context, item: Input | FileInput) -> _Routed | Line:
    """:func:`_record_line`'s first step, which needs no Kiwi (run by the calling process of ``-j 2`` while the
    workers wait for it): the input's document through the stages before the Korean path, or its error line. A
    :class:`FileInput` (a huge file sent as its path) is read here, in the worker."""
    if isinstance(item, FileInput):
        item = read_file_input(item)
    if item.error is not None:
        return to_json_bytes(record_for_error(item.source, item.error), meta=item.meta), True
    assert item.text is not None
    try:
        return _Routed(item.source, route_document(Document.create(item.text, source=item.source), context), item.meta)
    except Exception as exc:  # a bug must not drop the other inputs: record it and go on
        return to_json_bytes(record_for_error(item.source, exc), meta=item.meta), True


def _finish_line(context: Context, routed: _Routed | Line, fields: frozenset[str] | None = None,
                 spool: Spool | None = None) -> Line:
    """:func:`_record_line`'s second step: the rest of the stages and the line (or its spooled file)."""
    if not isinstance(routed, _Routed):
        return routed
    try:
        doc = only_fields(finish_document(routed.doc, context), fields)  # what the record leaves out goes now
        if spool is not None:  # in pieces: a file is removed if a piece fails, and the error record written instead
            return spool_pieces(json_pieces(doc, fields=fields, meta=routed.meta), spool), False
        body = json_body(doc, fields=fields, meta=routed.meta)
        del doc  # its tokens, sentences and mentions go before the newline is added (which copies the record)
        return body + b"\n", False
    except Exception as exc:
        return to_json_bytes(record_for_error(routed.source, exc), meta=routed.meta), True


def _unwritten(context: Context, item: Input | FileInput,
               fields: frozenset[str] | None = None) -> tuple[bytes | Spooled | _Unwritten, bool]:
    """The document of one input, left unwritten (its record is written in pieces by :func:`_write_pieces`), or
    the error line of an input that failed, and whether it failed. Never raises."""
    routed = _route_line(context, item)
    if not isinstance(routed, _Routed):
        return routed
    try:
        doc = only_fields(finish_document(routed.doc, context), fields)  # what the record leaves out goes now
        return _Unwritten(routed.source, doc, fields, routed.meta), False
    except Exception as exc:
        return to_json_bytes(record_for_error(routed.source, exc), meta=routed.meta), True


def _write_pieces(output: BinaryIO, record: _Unwritten) -> bool:
    """Write ``record``'s line to the seekable ``output`` a piece at a time (:func:`json_pieces`: the same bytes as
    the line, which is never built whole), and say whether it became an error record: if writing fails, what was
    written of it is cut off and its error record written instead."""
    start = output.tell()
    try:
        for piece in json_pieces(record.doc, fields=record.fields, meta=record.meta):
            output.write(piece)
        return False
    except Exception as exc:
        output.seek(start)
        output.truncate()
        output.write(to_json_bytes(record_for_error(record.source, exc), meta=record.meta))
        return True


def _by_path(args: argparse.Namespace) -> int | None:
    """Above how many bytes a file input goes to the worker as its path (:mod:`bilingual.engines.paths`): with
    ``-j N`` and with Dask's local cluster, whose workers see this machine's files; ``None`` (texts, as before) with
    one process and for a cluster given by ``--scheduler`` (its workers may be on other machines)."""
    if args.text_field is not None or args.id_field is not None:
        return None
    if (args.engine == "local" and args.jobs > 1) or (args.engine == "dask" and args.scheduler is None):
        return PATH_BYTES
    return None


def _inputs(args: argparse.Namespace, sources: Sequence[str],
            by_path: int | None = None) -> Iterator[Input | FileInput]:
    """Every input, read lazily: files as texts (or, above ``by_path`` bytes, as paths for the worker to read), or
    with --text-field/--id-field each line of a JSON Lines file."""
    if args.text_field is None and args.id_field is None:
        if by_path is not None:
            return (input_or_path(s, max_bytes=args.max_bytes, above=by_path) for s in sources)
        return (read_input(s, max_bytes=args.max_bytes) for s in sources)
    return (i for s in sources
            for i in read_records(s, text_field=args.text_field or "text", id_field=args.id_field,
                                  max_bytes=args.max_bytes))


def _records(args: argparse.Namespace, inputs: Iterator[Input | FileInput], context: Context,
             fields: frozenset[str] | None, *, unwritten: bool = False,
             spool: Spool | None = None) -> Generator[tuple[bytes | Spooled | _Unwritten, bool], None, None]:
    """Each input's line (in input order), or with ``unwritten`` and one process, its document to write. With
    ``spool``, a record larger than its limit is its spooled file (made by the worker, or by this process)."""
    if unwritten and args.jobs == 1 and args.engine == "local":
        yield from (_unwritten(context, i, fields) for i in inputs)
        return
    held: deque[str] = deque()
    if args.engine == "dask":
        from bilingual.engines.dask import DaskRunner

        with DaskRunner(context, jobs=args.jobs, scheduler=args.scheduler) as runner:
            print(f"bilingual: Dask cluster ready in {runner.startup_seconds:.1f} s", file=sys.stderr)
            # the workers of a cluster given by --scheduler may be on other machines: they send every record whole
            spooled = spool if args.scheduler is None else None
            yield from _lines(runner.imap(functools.partial(_record_line, fields=fields, spool=spooled),
                                          _held(inputs, held), size=item_size, korean=item_korean), held)
        return
    function = functools.partial(_record_line, fields=fields, spool=spool)
    if args.jobs == 1:
        yield from (function(context, i) for i in inputs)
        return
    split: Split[Input | FileInput, _Routed | Line, Line] = Split(
        _route_line, functools.partial(_finish_line, fields=fields, spool=spool))
    # each worker receives the context (and its KB) once; the Kiwi fork server is this process forked (it holds only
    # the pipeline): no second interpreter importing it again, and a server that leaves without tearing Kiwi down
    with WorkerPool(args.jobs, context=context, server_from_caller=True) as pool:
        yield from _lines(pool.imap(function, _held(inputs, held), caller=True, size=item_size, korean=item_korean,
                                    split=split if pool_module.FIRST_STEPS_IN_CALLER else None), held)


def _held(inputs: Iterator[Input | FileInput], held: deque[str]) -> Iterator[Input | FileInput]:
    """The inputs, remembering the source of each one in flight (to name it if its worker dies)."""
    for item in inputs:
        held.append(item.source)
        yield item


def _lines(outcomes: Iterator[Line | Failed], held: deque[str]) -> Iterator[Line]:
    for outcome in outcomes:
        source = held.popleft()
        if isinstance(outcome, Failed):
            yield to_json_bytes(record_for_error(source, outcome.error)), True
        else:
            yield outcome


def _seekable_bytes(out: TextIO) -> BinaryIO | None:
    """The byte buffer of ``out`` when records can be written to it in pieces: a UTF-8 stream with "\\n" line ends
    over a seekable file (so that a record that fails half-written can be cut off); else None."""
    buffer = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "")
    try:
        seekable = buffer is not None and buffer.seekable()
    except (OSError, ValueError):
        seekable = False
    return buffer if seekable and encoding == "utf8" and os.linesep == "\n" else None


def _line_writer(out: TextIO) -> Callable[[bytes], object]:
    """Write UTF-8 lines to a text stream: to its byte buffer as they are, where writing "\\n" as text would write
    the same bytes (a UTF-8 stream with "\\n" line ends; its text layer is flushed first), else decoded. Bytes may
    come in blocks cut anywhere (a spooled record's, :func:`copy_spooled`): a character cut in two is decoded once
    its second part has come."""
    buffer = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "")
    if buffer is None or encoding != "utf8" or os.linesep != "\n":
        decoder = codecs.getincrementaldecoder("utf-8")()
        return lambda data: out.write(decoder.decode(data))
    out.flush()
    return buffer.write  # type: ignore[no-any-return]


def _fields(args: argparse.Namespace) -> frozenset[str] | None:
    if args.fields is not None and args.compact:
        raise UsageError("give --fields or --compact, not both")
    if args.compact:
        return PROFILES["compact"]
    if args.fields is None:
        return None
    try:
        return check_fields(f.strip() for f in args.fields.split(",") if f.strip())
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def cmd_process(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {args.jobs}")
    if args.max_bytes is not None and args.max_bytes < 1:
        raise UsageError(f"--max-bytes must be at least 1, not {args.max_bytes}")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    fields = _fields(args)
    records = args.text_field is not None or args.id_field is not None
    context = Context.create(kb=_kb(args.kb))
    to_file = args.output not in (None, "-")
    # Named inputs (and the KB) may not be the output; a directory never yields the output as an input.
    check_outputs([("-o", args.output)] if to_file else [], [*args.paths, *([args.kb] if args.kb else [])])
    pattern = args.glob or ("*.jsonl" if records else "*.txt")
    empty: list[str] = []  # named directories with no matching file
    sources = [s for s in expand_paths(args.paths, pattern=pattern, on_empty=empty.append)
               if not (to_file and s != "-" and same_file(s, args.output))]
    if not sources:  # one line says it all
        raise UsageError(f"no input files found in {', '.join(args.paths)} (none matching {pattern})")
    for directory in empty:
        print(f"bilingual: {directory}: a directory with no file matching {pattern} (nothing read from it)",
              file=sys.stderr)
    progress = Progress(None if records else len(sources), enabled=args.progress)
    if progress.enabled and args.jobs == 1 and args.engine == "local":  # the stages run here: the bar moves within
        context = dataclasses.replace(context, progress=progress.within)  # each input (workers do not report)
    failed = total = 0
    with contextlib.ExitStack() as stack:
        out: TextIO = stack.enter_context(atomic_writer(args.output)) if to_file else sys.stdout
        write = _line_writer(out)
        output = _seekable_bytes(out)
        spool = None
        if output is None or args.jobs > 1 or args.engine == "dask":  # records made whole elsewhere: spooled if huge
            near = os.path.dirname(os.path.abspath(args.output)) if to_file else None
            try:
                spool = stack.enter_context(spool_directory(near))
            except OSError as exc:  # nowhere to spool (TMPDIR missing or read-only): every record whole, as before
                print(f"bilingual: no spool directory ({exc.strerror or exc}): huge records are built whole in memory",
                      file=sys.stderr)
        # closed before the spool directory is removed: the workers are stopped first
        inputs = _inputs(args, sources, _by_path(args))  # huge files as paths, for the workers to read
        lines = stack.enter_context(contextlib.closing(
            _records(args, inputs, context, fields, unwritten=output is not None, spool=spool)))
        try:
            for line, bad in lines:
                if isinstance(line, _Unwritten):  # one process writing to a file: in pieces, never built whole
                    assert output is not None
                    bad = _write_pieces(output, line)
                elif isinstance(line, Spooled):  # complete in its file: copied a block at a time, then removed
                    copy_spooled(line, write)
                else:
                    write(line)  # each record as soon as it is ready, in input order
                del line  # the document goes before the next input is read
                total += 1
                failed += bad
                progress.advance(failed=bad)
        finally:
            progress.close()
    ok = total - failed
    print(f"bilingual: {total} inputs, {ok} processed, {failed} failed"
          + (f" -> {args.output}" if args.output not in (None, "-") else ""), file=sys.stderr)
    return 1 if failed else 0


def cmd_romanize(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    if args.variants:
        variants = name_variants(text, limit=args.limit)
        for variant in variants:
            print(variant)
        if not variants:
            print("bilingual: not a Korean name in Hangul syllables (no variants)", file=sys.stderr)
            return 1
    elif args.name:
        # a text that is not one name raises NotANameError here as in the library (exit 2, code not_a_name)
        print(romanize_name(text, style=args.style or args.system or "rr",
                            names="joined" if args.joined else "separate"))
    else:
        print(romanize(text, system=args.system or "rr", diacritics=not args.no_diacritics))
    return 0


def cmd_parse_name(args: argparse.Namespace) -> int:
    candidates = parse_name(" ".join(args.text), limit=args.limit)
    if args.json:
        print(json.dumps([{"hangul": c.hangul, "score": c.score, "reasons": list(c.reasons)} for c in candidates],
                         ensure_ascii=False))
    else:
        for c in candidates:
            print(f"{c.hangul}\t{c.score:.3f}\t{'; '.join(c.reasons)}")
    if not candidates:
        print("bilingual: not a romanized Korean name (no candidates)", file=sys.stderr)
        return 1
    return 0


def cmd_similarity(args: argparse.Namespace) -> int:
    result = name_similarity(args.first, args.second, kind=args.kind)
    if args.json:
        print(json.dumps(result.model_dump(), ensure_ascii=False))
    else:
        print(f"{result.score:.3f}\t{result.verdict}")
        for reason in result.reasons:
            print(f"  {reason}")
    return 0 if result.verdict != "different" else 1


def _kb(path: str | None) -> KnowledgeBase:
    return KnowledgeBase.load(path) if path else KnowledgeBase.default()


def cmd_link(args: argparse.Namespace) -> int:
    link = _kb(args.kb).link(" ".join(args.text))
    print(json.dumps(None if link is None else link.model_dump(), ensure_ascii=False, indent=2))
    return 0 if link is not None and link.entity_id is not None else 1


def cmd_kb_validate(args: argparse.Namespace) -> int:
    kb = KnowledgeBase.load(args.file)
    print(f"{args.file}: {len(kb)} entities, valid")
    return 0


def _guess_lang(lines: Sequence[str]) -> str:
    """The language of a side whose file does not say, as the library reads it (:func:`guess_lang`): Korean,
    or else English, so that a mistake is reported by review as a pair of languages it does not take."""
    return guess_lang(lines) or "en"


def _with_progress(pairs: Sequence[tuple[str, str]], enabled: bool | None) -> Iterator[tuple[str, str]]:
    progress = Progress(len(pairs), enabled=enabled)
    try:
        for pair in pairs:
            yield pair
            progress.advance()
    finally:
        progress.close()


def _check_langs(source_lang: str, target_lang: str, source: str, target: str) -> None:
    """A pair of languages review cannot take (guessed or given) is a usage error, not a crash."""
    if {source_lang, target_lang} != {"ko", "en"}:
        raise UsageError(f"{source} reads as {source_lang!r} and {target} as {target_lang!r}: review needs one "
                         "Korean and one English side (say which with --source-lang and --target-lang)")


_FAIL_ON: dict[str, tuple[Severity, ...]] = {"error": ("error",), "warning": ("error", "warning"), "never": ()}


def _review_lang(value: str) -> str:
    """A review language on the command line: ``ko`` or ``en``, or a regional variant (``en-GB``) to pick from
    a TMX that holds several."""
    base = value.lower().replace("_", "-").split("-")[0]
    if base not in ("ko", "en") or not all(part.isalnum() for part in value.replace("_", "-").split("-")):
        raise argparse.ArgumentTypeError(f"expected ko or en (or a variant such as en-GB), not {value!r}")
    return value


def _base(lang: str | None) -> str | None:
    return lang.lower().replace("_", "-").split("-")[0] if lang else None


def _read_translators_file(args: argparse.Namespace) -> Bitext:
    """The segments of one XLIFF/TMX file, filtered by ``--states``; what was skipped is said on stderr."""
    bitext = read_bilingual_file(args.files[0], source_lang=args.source_lang, target_lang=args.target_lang,
                                 revisions=args.revisions, invalid="record")
    notes = list(bitext.notes)
    if bitext.skipped:
        notes.append(f'{bitext.skipped} segments of translate="no" units skipped')
    if bitext.locked:
        notes.append(f"{bitext.locked} locked segments skipped")
    if bitext.protected:
        notes.append(f"{bitext.protected} spans of text marked not to translate kept as protected codes")
    for index, reason in bitext.problems:
        notes.append(f"unit {bitext.segments[index].unit} could not be read (reported as invalid-unit): {reason}")
    if args.states:
        wanted = {s.strip() for s in args.states.split(",") if s.strip()}
        bitext, left_out = bitext.only_states(wanted)
        notes.append(f"{left_out} segments left out by --states {','.join(sorted(wanted))}")
    for note in notes:
        print(f"bilingual: {args.files[0]}: {note}", file=sys.stderr)
    return bitext


def cmd_review(args: argparse.Namespace) -> int:
    check_outputs([("--json", args.json), ("--csv", args.csv), ("--html", args.html), ("--annotate", args.annotate)],
                  [*args.files, *([args.kb] if args.kb else [])])
    if args.annotate and len(args.files) != 1:
        raise UsageError("--annotate writes the findings into one XLIFF file: give one .xlf/.xliff file")
    kb = _kb(args.kb)
    source_lang, target_lang = _base(args.source_lang), _base(args.target_lang)
    profile = load_profile(args.profile) if args.profile else None
    if len(args.files) == 1:
        bitext = _read_translators_file(args)
        source_lang = source_lang or bitext.source_lang or _guess_lang([s for s, _ in bitext.pairs])
        target_lang = target_lang or bitext.target_lang or _guess_lang([t for _, t in bitext.pairs])
        if {source_lang, target_lang} != {"ko", "en"}:
            raise UsageError(f"{args.files[0]}: review needs one Korean and one English side, not {source_lang} "
                             f"and {target_lang} (choose them with --source-lang and --target-lang)")
        result = review_bitext(bitext, kb=kb, source_lang=source_lang, target_lang=target_lang,
                               pairs=_with_progress(bitext.pairs, args.progress))
        title = f"bilingual review: {args.files[0]}"
    elif len(args.files) == 2:
        if args.states or args.revisions != "accepted":
            raise UsageError("--states and --revisions apply to an XLIFF or TMX file, not to two plain-text files")
        source, target = args.files
        lines_s, lines_t = read_parallel_text(source, target)
        source_lang = source_lang or _guess_lang(lines_s)
        target_lang = target_lang or _guess_lang(lines_t)
        _check_langs(source_lang, target_lang, source, target)
        if args.aligned:
            pairs = pair_lines(lines_s, lines_t, source=source, target=target)
            result = review_pairs(_with_progress(pairs, args.progress), kb=kb, source_lang=source_lang,
                                  target_lang=target_lang)
        else:
            result = review("\n".join(lines_s), "\n".join(lines_t), kb=kb, source_lang=source_lang,
                            target_lang=target_lang)
        title = f"bilingual review: {source} → {target}"
    else:
        raise UsageError("review takes SOURCE TARGET (two plain-text files) or one .xlf/.xliff/.tmx file")
    if profile is not None:
        result = profile.apply(result)
    writers: list[tuple[str | None, Callable[[TextIO], None], str | None]] = [
        (args.json, lambda out: write_json(result, out), None),
        (args.csv, lambda out: write_csv(result, out), ""),  # the csv module writes its own line ends
        (args.html, lambda out: write_html(result, out, title=title), None)]
    for option, write, newline in writers:
        if option:
            with atomic_writer(option, newline=newline) as out:
                write(out)
    if args.annotate:
        from bilingual.formats.annotate import annotate_xliff  # lxml on first use, not at start-up
        annotated, unplaced = annotate_xliff(args.files[0], args.annotate, bitext.segments, result.findings)
        print(f"bilingual: {annotated} findings written into {args.annotate} as ITS quality issues"
              + (f" ({unplaced} on units without an id could not be placed)" if unplaced else ""), file=sys.stderr)
    if not (args.json or args.csv or args.html):
        for f in result.findings:
            print(f"{result.pairs[f.pair].where()}\t{f.severity}\t{f.code}\t{f.message}")
    counts = result.counts()
    summary = ", ".join(f"{counts[k]} {k}" for k in ("error", "warning", "info") if k in counts) or "no findings"
    written = [o for o in (args.json, args.csv, args.html) if o]
    print(f"bilingual: {len(result.pairs)} pairs, {summary}" + (f" -> {', '.join(written)}" if written else ""),
          file=sys.stderr)
    fail: tuple[Severity, ...] = _FAIL_ON[args.fail_on]
    return 1 if fail and result.has_severity(*fail) else 0


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(Document.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bilingual",
        description="Prepare scraped Korean/English news text for translation review.",
    )
    parser.add_argument("--version", action="version", version=f"bilingual {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("process", help="repair and label pages; one JSON Lines record per input",
                       description="Read files, directories (recursively) and - (stdin); write one "
                                   "JSON Lines record per input: a document, or an error record "
                                   "with the path and the reason. Exit status 1 if any input failed.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write records here (default: stdout)")
    p.add_argument("--glob", default=None, metavar="PATTERN",
                   help="which files to take from directories (default: *.txt, or *.jsonl for record inputs)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1); with --engine dask, the local cluster's workers")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local worker processes (default) or a Dask cluster (pip install 'bilingual[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a running scheduler (tcp://HOST:8786); default: a local cluster")
    p.add_argument("--text-field", metavar="FIELD",
                   help="inputs are JSON Lines files of records; the text is in FIELD (default: text)")
    p.add_argument("--id-field", metavar="FIELD",
                   help="record inputs: FIELD names each record (its source); other fields are passed through "
                        "under \"meta\"")
    p.add_argument("--fields", metavar="LIST",
                   help="comma-separated document fields to write (id, original_text and text always are)")
    p.add_argument("--compact", action="store_true",
                   help="leave out tokens, runs and sentences (under half the full record on a news page)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"refuse an input above N bytes with a too_large record (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--kb", metavar="FILE", help="link mentions to this JSON Lines knowledge base "
                                             "(default: the bundled one)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: only when stderr is a terminal)")
    p.set_defaults(func=cmd_process)

    r = sub.add_parser("romanize", help="romanize Korean text or a Korean name",
                       description="Romanize the Hangul in TEXT (RR by default). With --name, TEXT is a "
                                   "personal name; with --variants, print its plausible Latin spellings.")
    r.add_argument("text", nargs="+", metavar="TEXT")
    r.add_argument("--system", choices=["rr", "mr"], default=None, help="rr (default) or mr")
    r.add_argument("--name", action="store_true", help="romanize TEXT as a personal name")
    r.add_argument("--style", choices=["rr", "mr", "common"], default=None,
                   help="with --name: rr, mr, or common (default: rr, or --system if given)")
    r.add_argument("--joined", action="store_true",
                   help="with --name: write the given name joined (Min Yongha), not hyphenated (Min Yong-ha)")
    r.add_argument("--variants", action="store_true", help="print the plausible spellings of the name")
    r.add_argument("--limit", type=int, default=24, help="with --variants: at most this many (default 24)")
    r.add_argument("--no-diacritics", action="store_true", help="with mr: drop breves and apostrophes")
    r.set_defaults(func=cmd_romanize)

    pn = sub.add_parser("parse-name", help="read a romanized Korean name back into Hangul",
                        description="Print the Hangul readings of a romanized Korean name, best first: "
                                    "hangul, score, reasons. Exit status 1 when there are none.")
    pn.add_argument("text", nargs="+", metavar="TEXT")
    pn.add_argument("--limit", type=int, default=10)
    pn.add_argument("--json", action="store_true", help="print JSON")
    pn.set_defaults(func=cmd_parse_name)

    sm = sub.add_parser("similarity", help="how well two writings of a name fit (any scripts)",
                        description="Print the score (0-1), the verdict (same, possible, different) and the "
                                    "alignment of two writings of a name: Hangul or Latin, Korean or foreign. "
                                    "Exit status 1 when the verdict is different.")
    sm.add_argument("first", metavar="A")
    sm.add_argument("second", metavar="B")
    sm.add_argument("--kind", choices=["person", "place", "org"], help="what the name names (optional)")
    sm.add_argument("--json", action="store_true", help="print JSON")
    sm.set_defaults(func=cmd_similarity)

    lk = sub.add_parser("link", help="link a name (any spelling or script) to a knowledge-base entity",
                        description="Print the link of TEXT as JSON: entity_id (null when abstaining), score, "
                                    "method, reasons, candidates. Exit status 1 when nothing is linked.")
    lk.add_argument("text", nargs="+", metavar="TEXT")
    lk.add_argument("--kb", metavar="FILE", help="a JSON Lines knowledge base (default: the bundled one)")
    lk.set_defaults(func=cmd_link)

    kb = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True, metavar="KB_COMMAND")
    kv = kb_sub.add_parser("validate", help="check a JSON Lines knowledge base; errors name the line and field")
    kv.add_argument("file", metavar="FILE")
    kv.set_defaults(func=cmd_kb_validate)

    rv = sub.add_parser("review", help="check a translation for name and number inconsistencies",
                        description="Review SOURCE TARGET (two plain-text files: whole documents whose sentences "
                                    "are paired, or with --aligned one segment a line) or one XLIFF/TMX file. "
                                    "Findings go to --json, --csv and --html, or to stdout. Exit status 1 when "
                                    "there are findings of severity error (see --fail-on).")
    rv.add_argument("files", nargs="+", metavar="FILE", help="SOURCE TARGET, or FILE.xlf|FILE.xliff|FILE.tmx")
    rv.add_argument("--aligned", action="store_true", help="plain-text files are aligned line by line")
    rv.add_argument("--kb", metavar="FILE", help="a JSON Lines knowledge base (default: the bundled one)")
    rv.add_argument("--json", metavar="FILE", help="write the whole review as JSON")
    rv.add_argument("--csv", metavar="FILE", help="write the findings as CSV")
    rv.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    rv.add_argument("--annotate", metavar="FILE",
                    help="write the XLIFF file again with each finding as a W3C ITS 2.0 Localization Quality Issue "
                         "on its segment (never over the input)")
    rv.add_argument("--source-lang", type=_review_lang, metavar="LANG",
                    help="ko or en (default: from the file, or guessed); in a TMX, a variant such as en-GB")
    rv.add_argument("--target-lang", type=_review_lang, metavar="LANG",
                    help="ko or en (default: from the file, or guessed); in a TMX, a variant such as en-GB")
    rv.add_argument("--revisions", choices=["accepted", "original"], default="accepted",
                    help="tracked changes in an XLIFF: review them accepted (default) or the original text")
    rv.add_argument("--states", metavar="LIST",
                    help="review only segments in these states, comma-separated (XLIFF state, Trados sdl:conf, "
                         "memoQ mq:status; e.g. translated,reviewed)")
    rv.add_argument("--profile", metavar="FILE", help="a TOML file switching checks off ([checks] code = false)")
    rv.add_argument("--fail-on", choices=["error", "warning", "never"], default="error",
                    help="exit 1 when a finding of this severity (or worse) is found (default: error)")
    rv.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar on stderr for aligned segments (default: only when stderr is a terminal)")
    rv.set_defaults(func=cmd_review)

    s = sub.add_parser("schema", help="print the JSON Schema of a document record")
    s.set_defaults(func=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BilingualError as exc:
        print(f"bilingual: error [{exc.code}]: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"bilingual: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("bilingual: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: say so, with the traceback, and never with a status a result can have
        traceback.print_exc(file=sys.stderr)
        print(f"bilingual: internal error (a bug, please report it): {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL_ERROR
