"""Write a :class:`~bilingual.review.Review` as JSON, CSV, or one self-contained HTML report.

All three carry every finding (the same counts); the HTML escapes everything that came from the input,
so a ``<script>`` in a segment is shown as text.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import TextIO

from bilingual.document import SEVERITY, Finding, Mention
from bilingual.names.matching import names_correspond
from bilingual.qa.result import Review, ReviewPair, SegmentRef

CSV_FIELDS = ("pair", "file", "unit", "segment", "state", "code", "severity", "message", "source_start", "source_end",
              "target_start", "target_end",
              "entities", "values", "source", "target")


def write_json(review: Review, out: TextIO) -> None:
    """The whole review (pairs, mentions, findings) as one JSON document, with the counts."""
    data = review.model_dump(mode="json")
    data["counts"] = review.counts()
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection)."""


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: a string that would start a formula gets a leading ``'`` (OWASP's
    advice; spreadsheets hide the quote). Numbers and other strings are written as they are; the JSON report
    keeps the exact text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(review: Review, out: TextIO) -> None:
    """One row a finding, with the texts of its pair; cells that would start a formula are neutralized."""
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for f in review.findings:
        pair = review.pairs[f.pair]
        s, t = f.source_span or (None, None), f.target_span or (None, None)
        writer.writerow([csv_cell(v) for v in (
            f.pair, pair.file, pair.unit, pair.segment, pair.state, f.code, f.severity, f.message,
            s[0], s[1], t[0], t[1], " ".join(f.entities), " | ".join(f.values), pair.source, pair.target)])


_PALETTE = ("#ffe08a", "#b8e1ff", "#c8f2c2", "#ffc9de", "#e0ccff", "#ffd3b0", "#c2f0ee", "#f0e6a8", "#d7d7ff",
            "#f5c2c2", "#cde8b5", "#bfe3f5")
_SEVERITIES = ("error", "warning", "info")
_CODES = tuple(SEVERITY)  # errors first

_STYLE = """
body{font:15px/1.45 system-ui,"Noto Sans CJK KR","Noto Sans KR","Malgun Gothic","Apple SD Gothic Neo",sans-serif;
margin:0 1.5rem 3rem;color:#222}
h1{font-size:1.4rem}table.summary{border-collapse:collapse;margin:.5rem 0 1rem}
table.summary td,table.summary th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
.filters{position:sticky;top:0;background:#fff;padding:.6rem 0;border-bottom:1px solid #ddd;z-index:1}
.filters label{margin-right:.9rem;white-space:nowrap}
.pair{display:grid;grid-template-columns:1fr 1fr 1fr;gap:1rem;border-bottom:1px solid #eee;padding:.7rem 0}
.pair.hidden,.finding.hidden{display:none}.side{white-space:pre-wrap}
.n{color:#888;font-size:.8rem}mark{border-radius:3px;padding:0 2px}
.finding{margin:0 0 .4rem;padding:.2rem .4rem;border-left:4px solid #999;list-style:none}
.finding.error{border-color:#c62828;background:#fdecea}.finding.warning{border-color:#ef8f00;background:#fff4e0}
.finding.info{border-color:#1e70c8;background:#e8f1fb}ul.findings{margin:0;padding:0}
"""

_SCRIPT = """
(function () {
  var boxes = document.querySelectorAll('.filters input[type=checkbox]');
  function checked(kind) {
    var on = {};
    document.querySelectorAll('.filters input[data-' + kind + ']').forEach(function (b) {
      if (b.checked) { on[b.getAttribute('data-' + kind)] = true; }
    });
    return on;
  }
  function apply() {
    var codes = checked('code'), severities = checked('severity');
    var showClean = document.getElementById('show-clean').checked;
    var query = document.getElementById('search').value.trim().toLowerCase();
    var visible = 0;
    document.querySelectorAll('.pair').forEach(function (pair) {
      var shown = 0, findings = pair.querySelectorAll('.finding');
      var found = !query || (pair.getAttribute('data-ref') || '').toLowerCase().indexOf(query) >= 0 ||
        pair.textContent.toLowerCase().indexOf(query) >= 0;
      findings.forEach(function (f) {
        var on = found && codes[f.getAttribute('data-code')] && severities[f.getAttribute('data-severity')];
        f.classList.toggle('hidden', !on);
        if (on) { shown += 1; }
      });
      visible += shown;
      pair.classList.toggle('hidden', !(shown > 0 || (found && showClean && findings.length === 0)));
    });
    document.getElementById('visible-count').textContent = String(visible);
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  document.getElementById('search').addEventListener('input', apply);
  apply();
})();
"""


def _mention_key(m: Mention) -> str | None:
    return m.entity_id or m.cluster


def _keys(pair: ReviewPair) -> dict[tuple[str, int], str]:
    """A colour key for every mention of a pair: its entity or cluster, and for a name on one side that
    corresponds to one on the other (조태열 and "Cho Tae-yul" in a KB without them), the other's key."""
    keys: dict[tuple[str, int], str] = {}
    for m in pair.source_mentions:
        if (key := _mention_key(m)) is not None:
            keys[("source", m.start)] = key
    source_keys = set(keys.values())
    for t in pair.target_mentions:
        key = _mention_key(t)
        if key not in source_keys:
            match = next((s for s in pair.source_mentions if _mention_key(s) is not None
                          and names_correspond(s.text, t.text)), None)
            key = _mention_key(match) if match is not None else key
        if key is not None:
            keys[("target", t.start)] = key
    return keys


def _highlighted(text: str, mentions: tuple[Mention, ...], side: str, keys: dict[tuple[str, int], str],
                 colours: dict[str, str]) -> str:
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < pos or m.end > len(text):
            continue
        key = keys.get((side, m.start))
        out.append(html.escape(text[pos:m.start]))
        if key is None:
            out.append(html.escape(text[m.start:m.end]))
        else:
            colour = colours.setdefault(key, _PALETTE[len(colours) % len(_PALETTE)])
            out.append(f'<mark style="background:{colour}" data-entity="{html.escape(key)}" '
                       f'title="{html.escape(key)}">{html.escape(text[m.start:m.end])}</mark>')
        pos = m.end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _finding_html(f: Finding) -> str:
    return (f'<li class="finding {f.severity}" data-code="{f.code}" data-severity="{f.severity}">'
            f"<b>{f.code}</b> ({f.severity}): {html.escape(f.message)}</li>")


def _where(pair: ReviewPair) -> str:
    """The pair's number, and its file, unit and segment when it comes from a translator's file."""
    return html.escape(pair.where().replace("pair ", "#", 1))


def render_html(review: Review, *, title: str = "bilingual review") -> str:
    """The report as one HTML page with its style and script inline (no external resources)."""
    counts = review.counts()
    by_pair: dict[int, list[Finding]] = {}
    for f in review.findings:
        by_pair.setdefault(f.pair, []).append(f)
    buf = io.StringIO()
    w = buf.write
    w(f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
      f"<style>{_STYLE}</style></head><body>\n<h1>{html.escape(title)}</h1>\n")
    w(f"<p>{len(review.pairs)} pairs ({review.source_lang} → {review.target_lang}), "
      f'<span id="total-count">{len(review.findings)}</span> findings.</p>\n')
    w('<table class="summary"><tr><th>code</th><th>severity</th><th>findings</th></tr>')
    for code in _CODES:
        w(f'<tr><td>{code}</td><td>{SEVERITY[code]}</td><td data-count="{code}">{counts.get(code, 0)}</td></tr>')
    w("</table>\n<div class=\"filters\">Codes: ")
    for code in _CODES:
        w(f'<label><input type="checkbox" data-code="{code}" checked> {code}</label>')
    w("<br>Severities: ")
    for severity in _SEVERITIES:
        w(f'<label><input type="checkbox" data-severity="{severity}" checked> {severity}</label>')
    w('<label><input type="checkbox" id="show-clean"> pairs without findings</label>'
      '<br><label>Find (unit, segment, file or text): <input type="search" id="search"></label>'
      ' — <span id="visible-count">0</span> findings shown</div>\n')
    for pair in review.pairs:
        findings = by_pair.get(pair.index, [])
        keys = _keys(pair)
        colours: dict[str, str] = {}  # per pair, in order of appearance: two entities of a pair never share one
        ref = html.escape(SegmentRef(pair.file, pair.unit, pair.segment, pair.state).label())
        w(f'<section class="pair" id="pair-{pair.index}" data-findings="{len(findings)}" data-ref="{ref}">'
          f'<div class="side source" lang="{review.source_lang}"><span class="n">{_where(pair)}</span> '
          f"{_highlighted(pair.source, pair.source_mentions, 'source', keys, colours)}</div>"
          f'<div class="side target" lang="{review.target_lang}">'
          f"{_highlighted(pair.target, pair.target_mentions, 'target', keys, colours)}</div>"
          f'<ul class="findings">{"".join(_finding_html(f) for f in findings)}</ul></section>\n')
    w(f"<script>{_SCRIPT}</script>\n</body></html>\n")
    return buf.getvalue()


def write_html(review: Review, out: TextIO, *, title: str = "bilingual review") -> None:
    out.write(render_html(review, title=title))
