"""Write a :class:`~bilingual.review.Review` as JSON, CSV, or one self-contained HTML report.

All three carry every finding (the same counts); the HTML escapes everything that came from the input,
so a ``<script>`` in a segment is shown as text.

The HTML report: a chart of the findings per code (CSS bars, no script library); three columns with headings
(source, translation, findings) that stack into one at phone widths; each pair's findings sorted by severity,
each linked to the text it refers to, which is highlighted in the pair (and links back to the finding); the
unit and segment ids of a translator's file shown and found by the search box; figures as the texts write them.
Korean needs a font with Hangul: the style names Noto Sans CJK KR (Debian's ``fonts-noto-cjk``), Noto Sans KR,
Malgun Gothic and Apple SD Gothic Neo before the generic family.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
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
_RANK = {severity: rank for rank, severity in enumerate(_SEVERITIES)}
_CODES = tuple(SEVERITY)  # errors first
KOREAN_FONTS = ('"Noto Sans CJK KR"', '"Noto Sans KR"', '"Source Han Sans KR"', '"Malgun Gothic"',
                '"Apple SD Gothic Neo"', '"NanumGothic"')
"""Fonts with Hangul, named in the report's style before the generic family (Debian: ``fonts-noto-cjk``)."""
NARROW = 760
"""Below this width (CSS pixels) the three columns of a pair stack into one."""

_FONTS = ",".join(KOREAN_FONTS)
_STYLE = f"""
body{{font:15px/1.45 system-ui,{_FONTS},sans-serif;margin:0 1.5rem 3rem;color:#222}}
:lang(ko){{font-family:{_FONTS},system-ui,sans-serif}}
h1{{font-size:1.4rem}}table.summary{{border-collapse:collapse;margin:.5rem 0 1rem}}
table.summary td,table.summary th{{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}}
td.bar{{min-width:12rem}}.bar span{{display:block;height:.8rem;border-radius:2px}}
.bar .error{{background:#c62828}}.bar .warning{{background:#ef8f00}}.bar .info{{background:#1e70c8}}
.filters{{position:sticky;top:0;background:#fff;padding:.6rem 0;border-bottom:1px solid #ddd;z-index:1}}
.filters label{{margin-right:.9rem;white-space:nowrap}}
.pair,.columns{{display:grid;grid-template-columns:1fr 1fr 1fr;gap:1rem;padding:.7rem 0}}
.pair{{border-bottom:1px solid #eee}}.columns{{font-weight:600;border-bottom:2px solid #ccc}}
.pair.hidden,.finding.hidden{{display:none}}.side{{white-space:pre-wrap;overflow-wrap:anywhere}}
.n{{color:#666;font-size:.8rem}}.ref{{color:#555;font-size:.8rem;font-family:ui-monospace,monospace}}
mark{{border-radius:3px;padding:0 2px}}
a.hit{{color:inherit;text-decoration:none;border-bottom:3px solid #999}}
a.hit:target,.finding:target{{outline:2px solid #333}}
a.hit.error{{border-color:#c62828;background:#fdecea}}a.hit.warning{{border-color:#ef8f00;background:#fff4e0}}
a.hit.info{{border-color:#1e70c8;background:#e8f1fb}}
.finding{{margin:0 0 .4rem;padding:.2rem .4rem;border-left:4px solid #999;list-style:none}}
.finding.error{{border-color:#c62828;background:#fdecea}}.finding.warning{{border-color:#ef8f00;background:#fff4e0}}
.finding.info{{border-color:#1e70c8;background:#e8f1fb}}ul.findings{{margin:0;padding:0}}
.finding .go{{font-size:.8rem;margin-left:.4rem}}
.side::before,.findings::before{{display:none;content:attr(data-label);color:#666;font-size:.75rem;font-weight:600}}
@media (max-width:{NARROW}px){{body{{margin:0 .6rem 2rem}}.pair,.columns{{grid-template-columns:1fr;gap:.4rem}}
.columns{{display:none}}.side::before,.findings::before{{display:block}}.filters{{position:static}}
table.summary{{width:100%;font-size:.8rem}}table.summary td,table.summary th{{padding:.15rem .3rem}}
td.bar{{min-width:0;width:25%}}.filters label{{white-space:normal}}#search{{max-width:100%;box-sizing:border-box}}}}
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


def _finding_html(f: Finding, number: int, text_lengths: tuple[int, int]) -> str:
    """One finding, with links to the spans of the pair's texts it refers to."""
    links = "".join(f' <a class="go" href="#{side[0]}-{number}">{label}</a>'
                    for side, label, span, length in (("source", "source text", f.source_span, text_lengths[0]),
                                                      ("target", "translation", f.target_span, text_lengths[1]))
                    if _usable(span, length))
    return (f'<li class="finding {f.severity}" id="finding-{number}" data-code="{f.code}" '
            f'data-severity="{f.severity}"><b>{f.code}</b> ({f.severity}): {html.escape(f.message)}{links}</li>')


def _usable(span: tuple[int, int] | None, length: int) -> bool:
    return span is not None and 0 <= span[0] < span[1] <= length


def _marked(text: str, mentions: tuple[Mention, ...], side: str, keys: dict[tuple[str, int], str],
            colours: dict[str, str], hits: list[tuple[int, Finding]]) -> str:
    """The text with its mentions in their entity colours and the spans of the findings (``(number, finding)``)
    highlighted, each span linking to its finding and carrying the anchor the finding links to. The text is cut
    at every boundary of a span or a mention, so they may overlap."""
    spans = [(n, f, span) for n, f in hits
             if (span := f.source_span if side == "source" else f.target_span) is not None
             and _usable(span, len(text))]
    if not spans:
        return _highlighted(text, mentions, side, keys, colours)
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start >= (kept[-1].end if kept else 0) and m.end <= len(text):
            kept.append(m)
    cuts = sorted({0, len(text)} | {p for _, _, (a, b) in spans for p in (a, b)}
                  | {p for m in kept for p in (m.start, m.end)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = html.escape(text[a:b])
        mention = next((m for m in kept if m.start <= a and b <= m.end), None)
        key = keys.get((side, mention.start)) if mention is not None else None
        if key is not None:
            colour = colours.setdefault(key, _PALETTE[len(colours) % len(_PALETTE)])
            piece = (f'<mark style="background:{colour}" data-entity="{html.escape(key)}" '
                     f'title="{html.escape(key)}">{piece}</mark>')
        covering = sorted((x for x in spans if x[2][0] <= a and b <= x[2][1]), key=lambda x: _RANK[x[1].severity])
        anchors = "".join(f'<span id="{side[0]}-{n}"></span>' for n, _, span in spans if span[0] == a)
        if covering:
            n, f, _ = covering[0]
            numbers = " ".join(str(x[0]) for x in covering)
            piece = (f'<a class="hit {f.severity}" href="#finding-{n}" data-findings="{numbers}" '
                     f'title="{html.escape(f.code)}">{piece}</a>')
        out.append(anchors + piece)
    return "".join(out)


def _where(pair: ReviewPair) -> str:
    """The pair's number, and its file, unit and segment when it comes from a translator's file."""
    return html.escape(pair.where().replace("pair ", "#", 1))


def render_html(review: Review, *, title: str = "bilingual review") -> str:
    """The report as one HTML page with its style and script inline (no external resources)."""
    counts = review.counts()
    by_pair: dict[int, list[tuple[int, Finding]]] = {}
    for number, f in enumerate(review.findings):
        by_pair.setdefault(f.pair, []).append((number, f))
    for findings in by_pair.values():
        findings.sort(key=lambda x: _RANK[x[1].severity])  # errors first; the order of the checks within one
    buf = io.StringIO()
    w = buf.write
    w(f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
      f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
      f"<style>{_STYLE}</style></head><body>\n<h1>{html.escape(title)}</h1>\n")
    w(f"<p>{len(review.pairs)} pairs ({review.source_lang} → {review.target_lang}), "
      f'<span id="total-count">{len(review.findings)}</span> findings.</p>\n')
    top = max([counts.get(code, 0) for code in _CODES] + [1])
    w('<table class="summary" aria-label="findings per code"><tr><th>code</th><th>severity</th><th>findings</th>'
      "<th>chart</th></tr>")
    for code in _CODES:
        n = counts.get(code, 0)
        w(f'<tr><td>{code}</td><td>{SEVERITY[code]}</td><td data-count="{code}">{n}</td>'
          f'<td class="bar"><span class="{SEVERITY[code]}" data-bar="{code}" style="width:{100 * n / top:.1f}%">'
          "</span></td></tr>")
    w("</table>\n<div class=\"filters\">Codes: ")
    for code in _CODES:
        w(f'<label><input type="checkbox" data-code="{code}" checked> {code}</label>')
    w("<br>Severities: ")
    for severity in _SEVERITIES:
        w(f'<label><input type="checkbox" data-severity="{severity}" checked> {severity}</label>')
    w('<label><input type="checkbox" id="show-clean"> pairs without findings</label>'
      '<br><label>Find (unit, segment, file or text): <input type="search" id="search"></label>'
      ' — <span id="visible-count">0</span> findings shown</div>\n')
    labels = (f"Source ({review.source_lang})", f"Translation ({review.target_lang})", "Findings")
    w('<div class="columns" role="row">' + "".join(f'<div role="columnheader">{h}</div>' for h in labels) + "</div>\n")
    for pair in review.pairs:
        findings = by_pair.get(pair.index, [])
        keys = _keys(pair)
        colours: dict[str, str] = {}  # per pair, in order of appearance: two entities of a pair never share one
        ref = html.escape(SegmentRef(pair.file, pair.unit, pair.segment, pair.state).label())
        lengths = (len(pair.source), len(pair.target))
        w(f'<section class="pair" id="pair-{pair.index}" data-findings="{len(findings)}" data-ref="{ref}">'
          f'<div class="side source" lang="{review.source_lang}" data-label="{labels[0]}">'
          f'<span class="n">{_where(pair)}</span> '
          f"{_marked(pair.source, pair.source_mentions, 'source', keys, colours, findings)}</div>"
          f'<div class="side target" lang="{review.target_lang}" data-label="{labels[1]}">'
          f"{_marked(pair.target, pair.target_mentions, 'target', keys, colours, findings)}</div>"
          f'<ul class="findings" data-label="{labels[2]}">'
          f'{"".join(_finding_html(f, n, lengths) for n, f in findings)}</ul></section>\n')
    w(f"<script>{_SCRIPT}</script>\n</body></html>\n")
    return buf.getvalue()


def write_html(review: Review, out: TextIO, *, title: str = "bilingual review") -> None:
    out.write(render_html(review, title=title))
