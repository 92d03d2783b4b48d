"""Reading translators' files at 10,000 and 100,000 units: time and time per unit (linear means the 100k time
is about 10x the 10k time), beside the bare defusedxml parse of the same bytes (the raw dependency; the cyclic
garbage collector paused for both, as the reader pauses it).

    python benchmarks/bench_bitext.py [--units 10000 100000]

Files are generated in memory: a Trados-shaped XLIFF 1.2 (seg-source with two <mrk mtype="seg"> a unit, <g>,
<x/>, <bpt>/<ept>, a tracked change), an XLIFF 2.1 (two segments a unit, <pc>, <ph>, originalData) and a
three-language TMX (<bpt>/<ept>, <ph>).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import best_of
from defusedxml import ElementTree as SafeET

from bilingual.formats.bitext import read_bilingual_xml


def xliff1(n: int) -> bytes:
    unit = ('<trans-unit id="u{i}"><source><g id="1">조태열 장관은 {i}일</g> 회담했다. 물가가 3.5% 올랐다.</source>'
            '<seg-source><mrk mtype="seg" mid="1"><g id="1">조태열 장관은 {i}일</g><x id="2"/> 회담했다.</mrk> '
            '<mrk mtype="seg" mid="2"><bpt id="3">&lt;b&gt;</bpt>물가가<ept id="3">&lt;/b&gt;</ept> 3.5% 올랐다.</mrk>'
            '</seg-source><target><mrk mtype="seg" mid="1"><g id="1">Minister Cho Tae-yul</g><x id="2"/> held talks '
            'on the <mrk mtype="x-sdl-deleted">{i}th</mrk><mrk mtype="x-sdl-added">{i}st</mrk>.</mrk> '
            '<mrk mtype="seg" mid="2"><bpt id="3">&lt;b&gt;</bpt>Prices<ept id="3">&lt;/b&gt;</ept> rose 3.5 percent.'
            "</mrk></target></trans-unit>\n")
    body = "".join(unit.format(i=i) for i in range(n))
    return (f'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.docx" '
            f'source-language="ko" target-language="en"><body>\n{body}</body></file></xliff>').encode()


def xliff2(n: int) -> bytes:
    unit = ('<unit id="u{i}"><originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data>'
            '<data id="d3">&lt;br/&gt;</data></originalData><segment id="1" state="translated"><source>'
            '<pc id="1" dataRefStart="d1" dataRefEnd="d2">박진</pc> 장관은 <ph id="2" dataRef="d3"/>발언했다.</source>'
            '<target><pc id="1" dataRefStart="d1" dataRefEnd="d2">Minister Park Jin</pc> spoke<ph id="2" '
            'dataRef="d3"/>today.</target></segment><segment id="2"><source>\n   물가가 {i}% 올랐다.\n</source>'
            "<target>\n   Prices rose {i} percent.\n</target></segment></unit>\n")
    body = "".join(unit.format(i=i) for i in range(n))
    return (f'<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" trgLang="en">'
            f'<file id="f1">\n{body}</file></xliff>').encode()


def tmx(n: int) -> bytes:
    unit = ('<tu tuid="{i}"><tuv xml:lang="ko-KR"><seg><bpt i="1">&lt;b&gt;</bpt>박진 장관<ept i="1">&lt;/b&gt;</ept>은'
            '<ph x="2">&lt;br/&gt;</ph>{i}일 말했다.</seg></tuv><tuv xml:lang="en-US"><seg><bpt i="1">&lt;b&gt;</bpt>'
            'Minister Park Jin<ept i="1">&lt;/b&gt;</ept> spoke<ph x="2">&lt;br/&gt;</ph>on the {i}th.</seg></tuv>'
            '<tuv xml:lang="en-GB"><seg>Minister Park Jin spoke on {i} March.</seg></tuv></tu>\n')
    body = "".join(unit.format(i=i) for i in range(n))
    return f'<tmx version="1.4"><header srclang="ko-KR"/><body>\n{body}</body></tmx>'.encode()


def _parse_paused(data: bytes) -> object:
    """The bare parse under the same conditions as the reader: the cyclic garbage collector paused."""
    gc.disable()
    try:
        return SafeET.fromstring(data)
    finally:
        gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print("| file | units | segments | MB | read s | µs/unit | bare defusedxml parse s | read / parse |")
    print("|---|---|---|---|---|---|---|---|")
    per_unit: dict[str, list[float]] = {}
    for name, make, options in (("XLIFF 1.2 (Trados shape)", xliff1, {}), ("XLIFF 2.1", xliff2, {}),
                                ("TMX, 3 languages", tmx, {"target_lang": "en-US"})):
        for n in args.units:
            data = make(n)
            segments = len(read_bilingual_xml(data, name=name, **options).segments)  # type: ignore[arg-type]
            read = best_of(lambda data=data, options=options: read_bilingual_xml(data, name="b", **options),
                           repeat=1 if n > 50_000 else 2)
            parse = best_of(lambda data=data: _parse_paused(data), repeat=1 if n > 50_000 else 2)
            per_unit.setdefault(name, []).append(read / n * 1e6)
            print(f"| {name} | {n:,} | {segments:,} | {len(data) / 1e6:.1f} | {read:.2f} | {read / n * 1e6:.0f} | "
                  f"{parse:.2f} | {read / parse:.1f} |")
    for name, figures in per_unit.items():
        print(f"{name}: µs/unit at {args.units[-1]:,} / at {args.units[0]:,} = {figures[-1] / figures[0]:.2f}")


if __name__ == "__main__":
    main()
