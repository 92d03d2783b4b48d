"""The progress line: a bar when the total is known, a count when it is not (record inputs)."""

from __future__ import annotations

import io

from bilingual.engines.progress import Progress


def test_a_bar_with_a_total_and_a_count_without() -> None:
    out = io.StringIO()
    bar = Progress(4, enabled=True, stream=out, interval=0)
    for bad in (False, True, False, False):
        bar.advance(failed=bad)
    bar.close()
    assert "4/4 (1 failed" in out.getvalue() and "[" + "#" * 30 + "]" in out.getvalue()
    out = io.StringIO()
    count = Progress(None, enabled=True, stream=out, interval=0)
    count.advance()
    count.close()
    assert "\r1 done (0 failed" in out.getvalue() and "/" not in out.getvalue().split("(")[0]
