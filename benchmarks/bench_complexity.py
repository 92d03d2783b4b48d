"""Complexity: every public function over the input shapes that once took super-linear time, at 1x, 10x and 100x.

Prints the time at each size and the growth factor of each tenfold step (target: at most 15x, i.e. linear with
room for noise on a shared machine). Shapes: one long word, a base64 blob, many figures, alternating scripts,
many capitals, long names, unequal sentence counts. Run: ``python benchmarks/bench_complexity.py [FUNCTION...]``.
Memo caches are emptied before every timed call (see ``_clear_caches``). Times are CPU time of this process
(``time.process_time``, all its threads): on a shared machine, wall time also counts the slices other programs
ran, which can make a 2 ms call take 20 ms and a growth factor mean nothing.
Benchmarks print; they never assert.
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from collections.abc import Callable

import bilingual
from bilingual import KnowledgeBase
from bilingual.errors import BilingualError
from bilingual.names import similarity_keys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
import itertools

from _common import best_of

TARGET = 15.0
SIZES = (1, 10, 100)


def _shape(unit: str, base: int) -> Callable[[int], str]:
    """``unit`` repeated to ``base * scale`` characters."""
    return lambda scale: (unit * (base * scale // len(unit) + 1))[:base * scale]


def _many_figures_ko(scale: int) -> str:
    """Sixty sentences of two figures each at 1x: 6,000 sentences, 12,000 figures at 100x."""
    return "".join(f"{i}억{i % 9 + 1}천만 달러와 {i}.5%가 늘었다. " for i in range(60 * scale))


def _many_figures_en(scale: int) -> str:
    return "".join(f"${i}{i % 9 + 1}0 million and {i + 1}.5% rose. " for i in range(60 * scale))


def _sentences(lang: str, count: int) -> str:
    if lang == "ko":
        return " ".join(f"조태열 장관이 {i}일 블링컨을 만났다." for i in range(count))
    return " ".join(f"Cho met Blinken on day {i}." for i in range(count))


KB = KnowledgeBase.default()
CASES: list[tuple[str, str, Callable[[int], object]]] = []
LONG_WORD = _shape("a", 1_000)
BASE64 = _shape("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MjEyMzQ1Njc4OTArLz0=", 1_000)
ALTERNATING = _shape("가a", 1_000)
CAPITALS = _shape("Ab ", 1_000)
HANGUL_NAME = _shape("조태열", 100)
LATIN_NAME = _shape("Cho Tae Yul ", 100)
for shape_name, make in (("one long word", LONG_WORD), ("base64 blob", BASE64), ("alternating scripts", ALTERNATING),
                         ("many capitals", CAPITALS), ("many figures", _many_figures_ko)):
    CASES.append(("process", shape_name, lambda s, make=make: bilingual.process(make(s))))
    CASES.append(("route", shape_name, lambda s, make=make: bilingual.route(make(10 * s))))
CASES += [
    ("romanize", "long Hangul word", lambda s: bilingual.romanize(HANGUL_NAME(30 * s))),
    ("romanize", "alternating scripts", lambda s: bilingual.romanize(ALTERNATING(3 * s))),
    ("romanize_name", "long name", lambda s: bilingual.romanize_name(HANGUL_NAME(30 * s))),
    ("name_variants", "long name", lambda s: bilingual.name_variants(HANGUL_NAME(30 * s))),
    ("parse_name", "long name", lambda s: bilingual.parse_name(LATIN_NAME(30 * s))),
    ("parse_name", "one long word", lambda s: bilingual.parse_name(LONG_WORD(10 * s))),
    ("name_similarity", "long names", lambda s: bilingual.name_similarity(HANGUL_NAME(30 * s), LATIN_NAME(30 * s))),
    ("similarity_keys", "long name", lambda s: similarity_keys(LATIN_NAME(30 * s))),
    # 1x is 300 characters a side: below that the comparison band (32 cells either side of the diagonal) is not yet
    # full, so the cost per character still rises to its bound (a constant) between 30 and 300 characters
    ("transcription_score", "long names",
     lambda s: bilingual.transcription_score(HANGUL_NAME(3 * s), LATIN_NAME(3 * s))),
    ("KnowledgeBase.link", "long name", lambda s: KB.link(LATIN_NAME(30 * s))),
    ("KnowledgeBase.link", "long Hangul name", lambda s: KB.link(HANGUL_NAME(30 * s))),
    ("review_pairs", "many figures", lambda s: bilingual.review_pairs([(_many_figures_ko(s), _many_figures_en(s))])),
    # the aligner's band is 60 sentences either side of the diagonal (121 cells a row, fewer where it is clipped at
    # the edges of the matrix): 1x starts at three band widths, where clipping no longer makes a document cheaper per
    # sentence. Unequal counts: 360 against 180 at 1x; 100x is 36,000 against 18,000 (the 4,000 against
    # 2,000 took 172 s). Many figures: 360 sentences a side at 1x.
    ("review", "unequal sentence counts", lambda s: bilingual.review(_sentences("ko", 360 * s),
                                                                     _sentences("en", 180 * s))),
    ("review", "many figures", lambda s: bilingual.review(_many_figures_ko(6 * s), _many_figures_en(6 * s))),
]


def _clear_caches() -> None:
    """Empty the library's memo caches (lru_cache with more than one entry; data tables stay loaded), so that a
    repeated run is timed as a first one: a cache hit is not what this benchmark measures."""
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and obj.cache_parameters()["maxsize"] != 1:
            obj.cache_clear()


def _timed(call: Callable[[int], object], scale: int, repeat: int) -> tuple[float, str]:
    """Best of ``repeat`` timed calls, and how the call ended: ``ok`` or the code of the library's documented error
    (refusing a 3,000-syllable "name" is a correct answer, and its time counts like any other)."""
    outcome = "ok"

    def run() -> None:
        nonlocal outcome
        _clear_caches()
        gc.collect()
        started = time.process_time()
        try:
            call(scale)
        except BilingualError as error:
            outcome = error.code
        run.elapsed = min(run.elapsed, time.process_time() - started)  # type: ignore[attr-defined]
    run.elapsed = float("inf")  # type: ignore[attr-defined]
    best_of(run, repeat=repeat)
    return float(run.elapsed), outcome  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("only", nargs="*", metavar="FUNCTION", help="names of functions to run (default: all)")
    only = parser.parse_args().only
    bilingual.process("조태열 장관이 Blinken을 만났다.")  # load Kiwi before timing
    started = time.perf_counter()
    worst = 0.0
    print(f"| function | shape | {' | '.join(f'{s}x CPU s' for s in SIZES)} | growth per 10x |")
    print("|---|---|" + "---|" * len(SIZES) + "---|")
    for function, shape, call in CASES:
        if only and function not in only:
            continue
        times: list[float] = []
        outcomes: set[str] = set()
        for size in SIZES:
            # best of 5 at 1x; above it best of 3 when the call before was short (noise on a shared machine is a
            # scheduler slice, as long as a whole small call), one call otherwise (review at 100x takes minutes)
            repeat = 5 if not times else (3 if times[-1] < 1.0 else 1)
            elapsed, outcome = _timed(call, size, repeat)
            times.append(elapsed)
            outcomes.add(outcome)
        # a step from a time too small to measure says nothing about growth: floor it at 1 ms
        growth = [max(b, 1e-3) / max(a, 1e-3) for a, b in itertools.pairwise(times)]
        worst = max(worst, *growth)
        print(f"| {function} | {shape} | {' | '.join(f'{t:.4f}' for t in times)} | "
              f"{' , '.join(f'x{g:.1f}' for g in growth)} |"
              + ("" if outcomes == {"ok"} else f" ({', '.join(sorted(outcomes))})"), flush=True)
    print(f"\nworst growth per 10x step: x{worst:.1f} (target <= x{TARGET:.0f}); "
          f"total {time.perf_counter() - started:.0f} s; bench_complexity.py")


if __name__ == "__main__":
    main()
