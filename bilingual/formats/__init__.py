"""Formats: the edges where files come in and go out.

- :mod:`~bilingual.formats.inputs` — paths (files, directories, standard input) to texts, never raising
- :mod:`~bilingual.formats.records` — JSON Lines records: a document, or an error record
- :mod:`~bilingual.formats.bitext` — translators' files: XLIFF 1.2/2.x, TMX, parallel plain text
- :mod:`~bilingual.formats.segments` — the segment model: text, inline codes as objects, file/unit/segment ids
- :mod:`~bilingual.formats.xliff` — XLIFF 1.2 and 2.x as CAT tools read them (segments, revisions, translate="no")
- :mod:`~bilingual.formats.tmx` — TMX with any number of languages (two picked, variants matched exactly)
- :mod:`~bilingual.formats.report` — review reports: JSON, CSV, self-contained HTML
- :mod:`~bilingual.formats.annotate` — findings written back into XLIFF as ITS 2.0 Localization Quality Issues
- :mod:`~bilingual.formats.output` — output files written atomically, never over an input
"""

from typing import TYPE_CHECKING, Any

from bilingual.formats.bitext import Bitext, pair_lines, read_bilingual_file, read_bilingual_xml, read_parallel_text
from bilingual.formats.inputs import Input, expand_paths, read_input
from bilingual.formats.output import atomic_writer, check_outputs, same_file
from bilingual.formats.records import ErrorRecord, error_record, to_json_line
from bilingual.formats.report import render_html, write_csv, write_html, write_json
from bilingual.formats.segments import Code, Content, Segment

if TYPE_CHECKING:
    from bilingual.formats.annotate import annotate_xliff


def __getattr__(name: str) -> Any:
    """``annotate_xliff`` on first use: it needs lxml, which ``import bilingual`` should not pay for."""
    if name == "annotate_xliff":
        from bilingual.formats.annotate import annotate_xliff
        return annotate_xliff
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Bitext", "Code", "Content", "ErrorRecord", "Input", "Segment", "annotate_xliff", "atomic_writer",
           "check_outputs", "error_record", "expand_paths", "pair_lines", "read_bilingual_file", "read_bilingual_xml",
           "read_input", "read_parallel_text", "render_html", "same_file", "to_json_line", "write_csv", "write_html",
           "write_json"]
