"""``evaluation/blocks_corpus.py``: each side of a sentence corpus read as one page, its labels counted and its
lines labelled ``other`` listed (a small corpus of our own in a temporary folder; no ``../shared``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

EN = ["The river rose overnight and flooded the lower streets of the old market town.",
      "Runtime | 118 min | 2 acts | 15 min break",
      "Shopkeepers carried their goods upstairs while volunteers filled sandbags by the bridge.",
      "By noon the water had started to fall, and the first stalls opened again in the afternoon."]
KO = ["밤사이 강물이 불어나 오래된 시장 마을의 아랫길이 물에 잠겼다.",
      "상영 시간 | 118분 | 2막 | 휴식 15분",
      "상인들은 물건을 위층으로 옮겼고 자원봉사자들은 다리 옆에서 모래주머니를 채웠다.",
      "정오쯤 물이 빠지기 시작했고 오후에는 첫 가게들이 다시 문을 열었다."]


def _corpus(folder: Path) -> None:
    for side, lines in (("en", EN), ("ko", KO)):
        (folder / f"general-dev.{side}").write_text("\n".join(lines[:2]) + "\n\n", encoding="utf-8")
        (folder / f"news-dev.{side}").write_text("\n".join(lines[2:]) + "\n", encoding="utf-8")


def test_each_side_is_one_page_counted_by_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from evaluation import blocks_corpus

    _corpus(tmp_path)
    assert blocks_corpus.side_lines(tmp_path, "en") == EN  # the parts in order, the empty line left out
    for layer in (True, False):
        got = blocks_corpus.labels(EN, layer=layer)
        assert len(got) == 4 and got[0] == got[2] == got[3] == "body"
    assert blocks_corpus.main(["--corpus", str(tmp_path), "--show", "body"]) == 0
    out = capsys.readouterr().out
    assert "## en: 4 lines" in out and "## ko: 4 lines" in out
    rows = [row for row in out.splitlines() if row.startswith("  ")]
    for side, lines in (("en", EN), ("ko", KO)):
        for i, line in enumerate(lines):  # body is shown and other always: each line listed once, by its label
            listed = [row for row in rows if row.startswith(f"  {side} #{i} ")]
            assert len(listed) <= 1 and all(row.endswith(line[:90]) for row in listed)
            assert all(row.split()[2] in ("body:", "other:") for row in listed)
    assert sum(row.startswith("  en #") for row in rows) >= 3  # the three sentences at least
    counts = out.split("both sides: ")[1].splitlines()[0]
    assert sum(int(part.split()[1]) for part in counts.split(", ")) == 8
    other = int(out.split("prose lines labelled other: ")[1].split()[0])
    assert other == sum(" other: " in row for row in rows)


# An xfail from stop 40 (footer, p 0.57) to labels25 (body, p 0.59), again from stop 49 (set aa's tune half in the
# layer's training: footer) to labels45 (set ab in the training: body again), and again from labels47's part 1 (sets
# ac and ad in the training: footer, p 0.54) to labels50's part 1 (set af in the training: body again), and again
# from labels51's part 1 (set ag in the training: footer) to labels54 (set aj in the training: body again); the rules
# say body, the layer's second pass has weighed either way by a little (docs/log/blocks.md, "labels45 branch",
# "labels47 branch", "labels50 branch", "labels51 branch", "labels54 branch").
def test_a_sentence_ending_a_page_after_a_data_row_is_body() -> None:
    sys.path.insert(0, str(ROOT))
    from evaluation import blocks_corpus

    page = [EN[0], EN[2], EN[1], EN[3]]  # the data row right before the page's last sentence
    assert blocks_corpus.labels(page, layer=True)[3] == "body"


def test_a_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from evaluation import blocks_corpus

    with pytest.raises(SystemExit, match="not found"):
        blocks_corpus.main(["--corpus", str(tmp_path)])
