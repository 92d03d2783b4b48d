"""The command line: records for every input, errors as records, determinism, schema."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES

import bilingual
from bilingual.cli import main
from bilingual.formats.records import ErrorRecord

PAGES = FIXTURES / "pages"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "bilingual", *args], input=stdin,
                          capture_output=True, timeout=120, check=False)


def records(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_process_directory_writes_valid_records(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["process", str(PAGES), "-o", str(out)]) == 0
    recs = records(out)
    assert len(recs) == len(list(PAGES.glob("*.txt")))
    for rec in recs:
        doc = bilingual.Document.model_validate(rec)
        assert doc.blocks


def test_one_bad_file_among_many(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text("A headline\nSome body text that is long enough to count.", "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 \xff\xfe")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["process", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"),
                 str(tmp_path / "missing.txt"), "-o", str(out)])
    assert code == 1
    recs = records(out)
    assert len(recs) == 4
    bad = ErrorRecord.model_validate(recs[0])
    assert bad.error.code == "invalid_utf8" and "offset 3" in bad.error.message
    assert bilingual.Document.model_validate(recs[1]).source.endswith("good.txt")  # type: ignore[union-attr]
    assert bilingual.Document.model_validate(recs[2]).text == ""
    assert ErrorRecord.model_validate(recs[3]).error.code == "not_found"
    assert "4 inputs, 2 processed, 2 failed" in capsys.readouterr().err


def test_a_named_directory_with_no_matching_file_is_said_not_silently_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text("Seoul hosted the talks on Monday.", "utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.md").write_text("not a page", "utf-8")  # not *.txt
    out = tmp_path / "out.jsonl"
    assert main(["process", str(tmp_path / "pages"), str(tmp_path / "notes"), "-o", str(out)]) == 0
    assert [Path(str(r["source"])).name for r in records(out)] == ["a.txt"]
    err = capsys.readouterr().err
    assert f"{tmp_path / 'notes'}: a directory with no file matching *.txt" in err
    assert str(tmp_path / "pages") + ":" not in err  # a directory with pages is not named
    assert main(["process", str(tmp_path / "notes"), "--glob", "*.md", "-o", str(out)]) == 0
    assert "no file matching" not in capsys.readouterr().err


def test_same_run_twice_is_byte_identical_and_jobs_do_not_matter(tmp_path: Path) -> None:
    a, b, c = (tmp_path / n for n in ("a.jsonl", "b.jsonl", "c.jsonl"))
    assert main(["process", str(PAGES), "-o", str(a)]) == 0
    assert main(["process", str(PAGES), "-o", str(b)]) == 0
    assert main(["process", str(PAGES), "-o", str(c), "--jobs", "2"]) == 0
    assert a.read_bytes() == b.read_bytes() == c.read_bytes()


def test_stdin_and_module_entry_point() -> None:
    proc = run("process", "-", stdin=b"Thursday\\'s news")
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    assert rec["source"] == "-" and rec["text"] == "Thursday's news"


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == bilingual.Document.model_json_schema()


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    proc = run("process", str(tmp_path))  # a directory with no .txt files
    assert proc.returncode == 2
    assert proc.stderr.decode().strip().startswith("bilingual: error [usage]: no input files")
    assert proc.stderr.decode().strip().count("\n") == 0  # one line, not the empty directory said twice
    assert "*.txt" in proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    assert run("process", "x", "--jobs", "0").returncode == 2


def test_progress_bar_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["process", str(PAGES), "-o", str(tmp_path / "o.jsonl"), "--progress"]) == 0
    err = capsys.readouterr().err
    n = len(list(PAGES.glob("*.txt")))
    assert f"{n}/{n}" in err


def test_romanize_and_parse_name_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["romanize", "종로구", "독립문"]) == 0
    assert capsys.readouterr().out.strip() == "Jongno-gu dongnimmun"
    assert main(["romanize", "--system", "mr", "--no-diacritics", "평양"]) == 0
    assert capsys.readouterr().out.strip() == "pyongyang"
    assert main(["romanize", "--name", "--style", "mr", "조태열"]) == 0
    assert capsys.readouterr().out.strip() == "Cho T'ae-yŏl"
    assert main(["romanize", "--variants", "--limit", "3", "조태열"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Cho Tae-yul", "Cho Tae Yul", "Cho Taeyul"]
    assert main(["parse-name", "--json", "Cho", "Tae-yul"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["hangul"] == "조태열"
    assert main(["parse-name", "Antony", "Blinken"]) == 1
    assert "no candidates" in capsys.readouterr().err
    assert main(["romanize", "--name", "abc"]) == 2
    assert "not a Korean name" in capsys.readouterr().err
    assert main(["romanize", "--variants", "abc"]) == 1
    assert "no variants" in capsys.readouterr().err


def test_link_and_kb_validate_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", "Jo", "Tae-yeol"]) == 0
    assert json.loads(capsys.readouterr().out)["entity_id"] == "cho-tae-yul"
    assert main(["link", "Cho"]) == 1
    assert json.loads(capsys.readouterr().out)["entity_id"] is None
    kb = tmp_path / "kb.jsonl"
    kb.write_text('{"id": "x", "type": "person", "name": "조태열"}\n', encoding="utf-8")
    assert main(["link", "--kb", str(kb), "Cho Tae Yul"]) == 0
    assert json.loads(capsys.readouterr().out)["entity_id"] == "x"
    assert main(["kb", "validate", str(kb)]) == 0
    kb.write_text('{"id": "x", "type": "robot", "name": "R2"}\n', encoding="utf-8")
    assert main(["kb", "validate", str(kb)]) == 2
    assert "line 1: field 'type'" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_process_with_a_kb_file(tmp_path: Path, jobs: str) -> None:
    kb = tmp_path / "kb.jsonl"
    kb.write_text('{"id": "fm", "type": "person", "name": "조태열"}\n', encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("Foreign Minister Cho Tae-yul met reporters in Seoul on Friday afternoon.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["process", str(page), "--kb", str(kb), "--jobs", jobs, "-o", str(out)]) == 0
    doc = bilingual.Document.model_validate_json(out.read_text(encoding="utf-8"))
    assert [(m.text, m.entity_id, m.type) for m in doc.mentions] == [("Cho Tae-yul", "fm", "person"),
                                                                      ("Seoul", None, "place")]  # no places in it


def test_review_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review_dir = Path(__file__).resolve().parent.parent / "fixtures" / "review"
    out = {kind: tmp_path / f"r.{kind}" for kind in ("json", "csv", "html")}
    args = ["review", str(review_dir / "example.ko"), str(review_dir / "example.en")]
    assert main([*args, "--json", str(out["json"]), "--csv", str(out["csv"]), "--html", str(out["html"])]) == 1
    findings = json.loads(out["json"].read_text(encoding="utf-8"))["findings"]
    rows = out["csv"].read_text(encoding="utf-8").splitlines()
    assert len(findings) == len(rows) - 1 == out["html"].read_text(encoding="utf-8").count('class="finding ')
    assert "error" in capsys.readouterr().err
    assert main([*args, "--fail-on", "never"]) == 0
    assert "name-mismatch" in capsys.readouterr().out
    assert main(["review", str(review_dir / "example.tmx")]) == 1
    assert "number-mismatch" in capsys.readouterr().out
    # aligned plain files with different line counts: an error naming both counts
    assert main([*args, "--aligned"]) == 2
    assert "has 5 lines but" in capsys.readouterr().err
    assert main(["review", str(review_dir / "example2.xlf"), "--aligned", "--progress"]) == 1
    captured = capsys.readouterr()
    assert "name-mismatch" in captured.out and "2/2" in captured.err
    bad = tmp_path / "bad.xlf"
    bad.write_text("<xliff>\n<file>\n</xliff>", encoding="utf-8")
    assert main(["review", str(bad)]) == 2
    assert "line 3" in capsys.readouterr().err


def test_review_of_translators_files(capsys: pytest.CaptureFixture[str]) -> None:
    xliff = Path(__file__).resolve().parent.parent / "fixtures" / "xliff"
    trados = str(xliff / "trados-briefing.sdlxliff")
    assert main(["review", trados, "--fail-on", "never"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines and all("unit " in line and "segment " in line for line in lines)
    assert any("unit a1f0c2d3-0000-4a1b-9c8d-000000000003, segment 3)\twarning\tomission" in ln for ln in lines)
    assert not any("segment 2)" in ln and "name-" in ln for ln in lines)  # revisions accepted: Yoon, 11th
    assert '2 segments of translate="no" units skipped' in captured.err
    main(["review", trados, "--fail-on", "never", "--revisions", "original"])
    original = capsys.readouterr().out
    assert any("segment 2)" in ln and "number-mismatch" in ln for ln in original.splitlines())
    main(["review", trados, "--fail-on", "never", "--states", "Translated,ApprovedTranslation"])
    captured = capsys.readouterr()
    assert "omission" not in captured.out and "1 segments left out by --states" in captured.err
    assert "4 pairs" in captured.err
    tmx = str(xliff / "multilingual.tmx")
    main(["review", tmx, "--source-lang", "ko", "--target-lang", "en-GB", "--fail-on", "never"])
    assert "used ko-KR" in capsys.readouterr().err
    assert main(["review", tmx, "--target-lang", "en-AU"]) == 2
    assert "holds en-US, en-GB, ko-KR" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["review", tmx, "--target-lang", "ja"])


def test_review_finds_what_markup_hid(capsys: pytest.CaptureFixture[str]) -> None:
    memoq = Path(__file__).resolve().parent.parent / "fixtures" / "xliff" / "memoq-briefing.mqxliff"
    main(["review", str(memoq), "--fail-on", "never"])
    lines = capsys.readouterr().out.splitlines()
    found = {(ln.split("unit ")[1].split(",")[0], ln.split("\t")[2]) for ln in lines}
    # the name hidden by an <img alt="조태열 장관"> code on both sides; the target of only codes; no omission
    # raised by a long source-only code (unit 3); the translate="no" unit 6 not reviewed; 외교부 rendered
    # "Foreign Ministry" (unit 1), one of the bundled KB's names for it: no terminology finding
    assert found == {("2", "name-missing"), ("4", "omission")}


def test_review_reports_a_bad_unit_and_tag_mismatches_and_reviews_the_rest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    units = ('<trans-unit id="a"><source>박진 장관은 부산을 방문했다.</source>'
             "<target>Minister Park Jin visited Busan.</target></trans-unit>"
             '<trans-unit id="t7"><source>가. 나.</source><seg-source><mrk mtype="seg" mid="1">가.</mrk> '
             '<mrk mtype="seg" mid="2">나.</mrk></seg-source><target><mrk mtype="seg" mid="1">A.</mrk> '
             '<mrk mtype="seg" mid="3">B.</mrk></target></trans-unit>'
             '<trans-unit id="c"><source><bpt id="1">&lt;b&gt;</bpt>박진<ept id="1">&lt;/b&gt;</ept> 장관은 '
             "서울에 있다.</source><target>Minister Park Jin is in Seoul.</target></trans-unit>"
             '<trans-unit id="d"><source>조태열 장관은 서울에 있다.</source>'
             "<target>Minister Park Jin is in Seoul.</target></trans-unit>")
    path = tmp_path / "bad-unit.xlf"
    path.write_text('<xliff version="1.2"><file source-language="ko" target-language="en"><body>'
                    f"{units}</body></file></xliff>", encoding="utf-8")
    assert main(["review", str(path)]) == 1
    captured = capsys.readouterr()
    found = {(ln.split("unit ")[1].split(",")[0].rstrip(")"), ln.split("\t")[2]) for ln in captured.out.splitlines()}
    assert ("t7", "invalid-unit") in found and ("c", "tag-mismatch") in found
    assert ("d", "name-mismatch") in found or ("d", "name-missing") in found  # units after the bad one reviewed
    assert not any(unit == "a" for unit, _ in found)
    assert "unit t7 could not be read" in captured.err and "4 pairs" in captured.err


# -- issue 15: no input destroyed; distinct exit statuses ---------------------------------------------------------
def _err_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    return lines[0]


def test_process_refuses_an_output_that_is_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "x.txt"
    page.write_text("조태열 장관이 Blinken을 만났다.\n", encoding="utf-8")
    (tmp_path / "sym.txt").symlink_to(page)
    (tmp_path / "hard.txt").hardlink_to(page)
    for inp, out in ((page, page), (page, tmp_path / "sym.txt"), (page, tmp_path / "hard.txt"),
                     (tmp_path / "sym.txt", tmp_path / "." / "x.txt")):
        assert main(["process", str(inp), "-o", str(out)]) == 2
        line = _err_line(capsys)
        assert "[output_is_input]" in line and str(inp) in line and str(out) in line
    assert page.read_text(encoding="utf-8") == "조태열 장관이 Blinken을 만났다.\n"


def test_process_never_reads_its_own_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First page.\n", encoding="utf-8")
    out = tmp_path / "out.txt"  # matches the directory's *.txt
    assert main(["process", str(tmp_path), "-o", str(out)]) == 0
    first = out.read_bytes()
    assert main(["process", str(tmp_path), "-o", str(out)]) == 0
    assert out.read_bytes() == first and len(first.splitlines()) == 1


def test_process_output_is_replaced_only_when_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"{i}.txt").write_text(f"Page {i}.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    import bilingual.cli as cli
    real, calls = cli.finish_document, []

    def interrupted(*args: object, **kwargs: object) -> bilingual.Document:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(cli, "finish_document", interrupted)
    assert main(["process", str(tmp_path / "in"), "-o", str(out)]) == 130
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]


def test_review_refuses_to_overwrite_its_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ko, en = tmp_path / "a.ko", tmp_path / "a.en"
    ko.write_text("조태열 장관\n", encoding="utf-8")
    en.write_text("Minister Cho Tae-yul\n", encoding="utf-8")
    for option in ("--html", "--json", "--csv"):
        assert main(["review", str(ko), str(en), option, str(ko)]) == 2
        assert "[output_is_input]" in _err_line(capsys)
    assert ko.read_text(encoding="utf-8") == "조태열 장관\n"


def test_exit_statuses_are_distinct(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    ko, en = tmp_path / "a.ko", tmp_path / "a.en"
    ko.write_text("&#1;조태열 장관\n", encoding="utf-8")  # once an IndexError traceback, exit 1
    en.write_text("Minister Cho Tae-yong\n", encoding="utf-8")
    assert main(["review", str(ko), str(en), "--aligned"]) == 1  # a finding
    capsys.readouterr()
    ko.write_text("&#1;\n", encoding="utf-8")  # neither side reads as Korean: a usage error, not a crash
    assert main(["review", str(ko), str(en), "--aligned"]) == 2
    assert "[usage]" in _err_line(capsys)
    import bilingual.cli as cli

    def bug(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")
    monkeypatch.setattr(cli, "review_pairs", bug)
    assert main(["review", str(ko), str(en), "--aligned", "--source-lang", "ko"]) == cli.EXIT_INTERNAL_ERROR == 70
    assert "internal error" in capsys.readouterr().err
# -- the batch path: bad inputs among good ones, every engine ---------------------------------------------
@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str], list[str]]:
    """60 good pages and five bad inputs among them: (all paths, good paths, bad paths)."""
    folder = tmp_path_factory.mktemp("mixed")
    good = []
    for i in range(60):
        path = folder / f"good{i:02}.txt"
        path.write_text(f"Headline {i}\nMinister Cho met Blinken in Seoul on day {i}.\n서울에서 {i}일 회담이 열렸다.",
                        "utf-8")
        good.append(str(path))
    bad = {"binary.bin": bytes(range(256)) * 8, "nul.txt": b"text\x00with a NUL", "huge.txt": b"big " * 1000,
           "latin1.txt": b"caf\xe9"}
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    bad_paths = [str(folder / n) for n in bad] + [str(folder / "missing.txt")]
    paths = list(good)
    for k, p in enumerate(bad_paths):
        paths.insert(7 + 11 * k, p)
    return paths, good, bad_paths


@pytest.mark.timeout(300)
@pytest.mark.parametrize("engine", [["--jobs", "1"], ["--jobs", "2"], ["--engine", "dask", "--jobs", "2"]])
def test_bad_inputs_get_error_records_and_good_ones_match_a_clean_run(
        engine: list[str], mixed: tuple[list[str], list[str], list[str]], tmp_path: Path) -> None:
    paths, good, bad = mixed
    clean, out = tmp_path / "clean.jsonl", tmp_path / "out.jsonl"
    assert main(["process", *good, "-o", str(clean)]) == 0
    assert main(["process", *paths, "-o", str(out), "--max-bytes", "3000", *engine]) == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(paths)
    errors = {json.loads(ln)["source"]: json.loads(ln)["error"]["code"] for ln in lines if '"error":{' in ln[:600]}
    assert errors == dict(zip(bad, ["invalid_utf8", "binary", "too_large", "invalid_utf8", "not_found"],
                              strict=True))
    assert [ln for ln in lines if json.loads(ln)["source"] in good] == clean.read_text(encoding="utf-8").splitlines()


def test_record_inputs_pass_other_fields_through(tmp_path: Path) -> None:
    dump = tmp_path / "crawl.jsonl"
    dump.write_text("\n".join([
        json.dumps({"url": "https://x/1", "body": "Minister Cho met Blinken.", "n": 1}),
        "{not json",
        json.dumps({"url": "https://x/3", "n": 3}),
        "",
        json.dumps({"url": "https://x/4", "body": "서울에서 회담이 열렸다.", "tags": ["a", "b"]}, ensure_ascii=False),
    ]), "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["process", str(dump), "--text-field", "body", "--id-field", "url", "-o", str(out)]) == 1
    recs = records(out)
    assert [r["source"] for r in recs] == ["https://x/1", f"{dump}:2", "https://x/3", "https://x/4"]
    assert recs[0]["meta"] == {"n": 1} and recs[3]["meta"] == {"tags": ["a", "b"]}
    assert [r.get("error", {}).get("code") for r in recs] == [None, "invalid_record", "invalid_record", None]  # type: ignore[attr-defined]
    doc = bilingual.Document.model_validate({k: v for k, v in recs[0].items() if k != "meta"})
    assert doc == bilingual.process("Minister Cho met Blinken.", source="https://x/1")


def test_compact_and_fields_leave_out_the_bulk_and_stay_documents(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("Seoul Hosts Talks\nCho Tae-yul met Antony Blinken in Seoul on Monday.", "utf-8")
    full, compact, some = (tmp_path / n for n in ("full.jsonl", "compact.jsonl", "some.jsonl"))
    assert main(["process", str(page), "-o", str(full)]) == 0
    assert main(["process", str(page), "-o", str(compact), "--compact"]) == 0
    assert main(["process", str(page), "-o", str(some), "--fields", "mentions"]) == 0
    doc = bilingual.Document.model_validate(records(full)[0])
    small = bilingual.Document.model_validate(records(compact)[0])
    assert small.tokens == () and small.runs == () and small.sentences == () and doc.tokens
    assert small == doc.model_copy(update={"tokens": (), "runs": (), "sentences": ()})
    assert set(records(some)[0]) == {"id", "original_text", "text", "mentions"}
    page_out = tmp_path / "page.jsonl"
    assert main(["process", str(sorted(PAGES.glob("*.txt"))[0]), "-o", str(page_out), "--compact"]) == 0
    full_page = bilingual.process((sorted(PAGES.glob("*.txt"))[0]).read_text("utf-8"))
    assert page_out.stat().st_size < len(full_page.model_dump_json().encode()) / 2  # a real page: under half


def test_a_record_that_leaves_fields_out_is_the_bytes_of_the_whole_document_written_with_those_fields(
        tmp_path: Path) -> None:
    # the command lets the left-out fields go before it writes the record: the line is still the document's with
    # those fields, byte for byte, for a mixed page with repairs, runs in both languages and mentions
    from bilingual.context import Context
    from bilingual.formats.records import PROFILES, check_fields, to_json_bytes
    from bilingual.stages import run_stages

    page = tmp_path / "mixed.txt"
    page.write_text("조태열 외교부 장관은 \u00a0서울에서 블링컨(Antony Blinken) 美 국무장관과 만났다.\n"
                    "Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken in Seoul on Monday.\n"
                    "\ufb01nally ＡＰＥＣ 회의가 열렸다.", "utf-8")
    doc = run_stages(bilingual.Document.create(page.read_text("utf-8"), source=str(page)), Context.create())
    assert doc.runs and doc.mentions and doc.repairs and len(doc.tokens) > 20
    for argv, fields in ((["--compact"], PROFILES["compact"]),
                         (["--fields", "mentions,tokens"], check_fields(["mentions", "tokens"]))):
        out = tmp_path / "out.jsonl"
        assert main(["process", str(page), "-o", str(out), *argv]) == 0
        assert out.read_bytes() == to_json_bytes(doc, fields=fields)


@pytest.mark.parametrize("argv", [["--fields", "tokens,nonsense"], ["--compact", "--fields", "text"],
                                  ["--scheduler", "tcp://x:1"], ["--max-bytes", "0"]])
def test_bad_process_options_are_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["process", str(PAGES), *argv]) == 2
    assert "error [usage]" in capsys.readouterr().err


def test_progress_moves_within_one_long_input(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from bilingual.engines.progress import Progress

    monkeypatch.setattr(Progress, "INTERVAL", 0)  # draw on every report
    page = tmp_path / "long.txt"
    page.write_text("Minister Cho met Secretary Blinken in Seoul. 조태열 장관이 블링컨 장관을 만났다. " * 300,
                    encoding="utf-8")  # one line: one block
    assert main(["process", str(page), "-o", str(tmp_path / "o.jsonl"), "--progress"]) == 0
    err = capsys.readouterr().err
    steps = set(re.findall(r"0/1 \(0 failed, [\d.]+/s\) · input 1: (\w+ \d+)%", err))
    assert {s.split()[0] for s in steps} >= {"repair", "split_sentences", "find_mentions"}
    assert len({s for s in steps if s.startswith("split_sentences")}) > 10  # it moves during the stage
    assert "1/1 (0 failed" in err


def test_record_lines_come_back_from_workers_as_bytes_in_order_and_a_killed_worker_loses_none() -> None:
    # The command's transfer path: each worker builds its records' lines as UTF-8 bytes (cli._record_line) and the
    # parent writes them as they come. In input order, the same bytes as in this process, and none lost to a kill.
    import os
    import signal

    from bilingual.cli import _record_line
    from bilingual.context import Context
    from bilingual.engines.pool import WorkerPool
    from bilingual.formats.inputs import read_input

    pages = [read_input(str(p)) for p in sorted(PAGES.glob("*.txt")) if p.name.startswith(("en_", "00"))]
    inputs = [p for p in pages if not re.search("[가-힣]", p.text or "")] * 6  # English: spawned lanes, no Kiwi wait
    context = Context.create()
    expected = [_record_line(context, i) for i in inputs]
    with WorkerPool(2, context=context, window=4) as pool:
        results = pool.imap(_record_line, inputs, chunk_items=1)
        got = [next(results)]
        os.kill(pool.pids()[0], signal.SIGKILL)
        got += list(results)
        assert pool.restarts >= 1
    assert got == expected and all(isinstance(line, bytes) for line, _ in got)


def test_lines_are_written_as_bytes_where_the_stream_takes_them_and_decoded_elsewhere() -> None:
    import io

    from bilingual.cli import _line_writer

    line = '{"text":"서울"}\n'.encode()
    raw = io.BytesIO()
    wrapper = io.TextIOWrapper(raw, encoding="utf-8")
    wrapper.write("before\n")  # text written earlier comes first
    _line_writer(wrapper)(line)
    wrapper.flush()
    assert raw.getvalue() == b"before\n" + line
    text = io.StringIO()  # no byte buffer (a replaced sys.stdout)
    _line_writer(text)(line)
    assert text.getvalue() == '{"text":"서울"}\n'
    latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")  # not UTF-8: through the text layer, which refuses
    with pytest.raises(UnicodeEncodeError):
        _line_writer(latin)(line)


def test_j2_with_first_steps_in_the_caller_writes_the_bytes_of_j1_for_a_mixed_batch_with_bad_inputs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # -j 2's calling process runs the stages before the Korean path of Korean inputs while the lanes wait for Kiwi
    # (held back a second here, as while the fork server loads it); a worker finishes them. Nothing may change.
    import time

    import bilingual.cli as cli
    from bilingual.engines.pool import WorkerPool

    folder = tmp_path / "in"
    folder.mkdir()
    for page in sorted(PAGES.glob("*.txt")):
        (folder / page.name).write_bytes(page.read_bytes())
    (folder / "k1.txt").write_text("대구시청 앞 광장\n시민 200여 명이 7일 오후 모였다.\nDaegu, Dec 7", encoding="utf-8")
    (folder / "k2.txt").write_text("「공지」 접수는 10일까지\n문의: 02-123-4567", encoding="utf-8")
    (folder / "bad_utf8.txt").write_bytes(b"\xc0\xc1 not UTF-8 \xfe")
    (folder / "bad_binary.txt").write_bytes(b"PK\x03\x04\x00\x00 zip")
    (folder / "empty.txt").write_bytes(b"")
    missing = str(tmp_path / "missing.txt")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["process", str(folder), missing, "-o", str(one)]) == 1

    fork = WorkerPool._fork_kiwi_worker

    def late(self: WorkerPool, old: object) -> object:
        time.sleep(1.0)
        return fork(self, old)  # type: ignore[arg-type]

    ahead: list[str] = []
    route = cli._route_line

    def spy(context: object, item: object) -> object:
        ahead.append(item.source)  # type: ignore[attr-defined]
        return route(context, item)  # type: ignore[arg-type]

    monkeypatch.setattr(WorkerPool, "_fork_kiwi_worker", late)
    monkeypatch.setattr("bilingual.engines.pool.FIRST_STEPS_IN_CALLER", True)  # off by default (docs/batch.md)
    monkeypatch.setattr(cli, "_route_line", spy)
    assert main(["process", str(folder), missing, "-o", str(two), "--jobs", "2"]) == 1
    assert two.read_bytes() == one.read_bytes()
    out = records(one)
    assert len(out) == len(list(folder.iterdir())) + 1
    assert [r["error"]["code"] for r in out if "error" in r] == ["binary", "invalid_utf8", "not_found"]  # type: ignore[index]
    assert any(Path(source).name.startswith(("k", "ko_")) for source in ahead)  # first steps ran in the caller


@pytest.mark.parametrize("argv", [[], ["--compact"], ["--fields", "mentions,tokens"]])
def test_records_written_in_pieces_to_a_file_are_the_lines_written_to_a_pipe(tmp_path: Path, argv: list[str]) -> None:
    # -j 1 to a file writes each record in pieces (never built whole); to a pipe, whole: the same bytes
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"url": "a", "body": "조태열 장관이 서울에서 블링컨(Antony Blinken) 장관을 만났다.\nPrices rose 3% in May.",
         "tags": ["ü", "\"q\""], "n": 1.5},
        {"url": "b", "body": 7},
        {"url": "c", "body": "say \"hi\" \\ \u2028 \x01 end. " * 400, "x": None}]), "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["process", str(dump), "--text-field", "body", "--id-field", "url", "-o", str(out), *argv]) == 1
    piped = run("process", str(dump), "--text-field", "body", "--id-field", "url", *argv)
    assert piped.returncode == 1 and piped.stdout == out.read_bytes()
    lines = out.read_bytes().split(b"\n")  # not splitlines(): a text may hold U+2028, written as it is
    assert lines.pop() == b"" and [json.loads(x).get("meta") for x in lines] == [{"tags": ["ü", "\"q\""], "n": 1.5},
                                                                               None, {"x": None}]


def _poison_records_of_bad_inputs(monkeypatch: pytest.MonkeyPatch, text: str, kind: str, lang: str) -> None:
    """Make the record of every input whose source names "bad" hold a mention pydantic cannot write (``text``, a lone
    surrogate), added after the tokens, so that writing it fails half-way."""
    import bilingual.cli as cli
    from bilingual.document import Mention

    real = cli.only_fields

    def poisoned(doc: bilingual.Document, fields: frozenset[str] | None) -> bilingual.Document:
        if "bad" not in (doc.source or ""):
            return real(doc, fields)
        bad = Mention.model_construct(start=0, end=1, text=text, type=kind, lang=lang, entity_id=None,
                                      score=0.5, method="unlinked", reasons=())
        return real(doc.model_copy(update={"mentions": (*doc.mentions, bad)}), fields)

    monkeypatch.setattr(cli, "only_fields", poisoned)


def test_a_record_that_fails_half_written_is_cut_off_and_becomes_an_error_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a value pydantic cannot write (a lone surrogate in a mention, after the tokens were written): what was
    # written of the record goes, its error record takes its place, the other inputs are whole
    _poison_records_of_bad_inputs(monkeypatch, "\ud800", "person", "en")
    for name in ("a.txt", "bad.txt", "c.txt"):
        text = "조태열 장관이 서울에서 블링컨 장관을 만났다. Minister Cho met Blinken. " * 50
        (tmp_path / name).write_text(text, "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["process", *(str(tmp_path / n) for n in ("a.txt", "bad.txt", "c.txt")), "-o", str(out)]) == 1
    recs = records(out)
    assert [Path(str(r["source"])).name for r in recs] == ["a.txt", "bad.txt", "c.txt"]
    assert recs[1]["error"]["code"] == "processing_failed"  # type: ignore[index]
    assert "surrogates not allowed" in recs[1]["error"]["message"]  # type: ignore[index]
    assert recs[0]["tokens"] and recs[2] == {**recs[0], "source": recs[2]["source"], "id": recs[2]["id"]}


def test_a_record_input_with_a_lone_surrogate_in_another_field_is_processed(tmp_path: Path) -> None:
    dump = tmp_path / "in.jsonl"
    dump.write_text('{"text": "Minister Cho met Blinken.", "u": "x\\ud800y"}\n{"text": "Second one."}\n', "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["process", str(dump), "--text-field", "text", "-o", str(out)]) == 0
    recs = records(out)
    assert recs[0]["meta"] == {"u": "x\ud800y"} and "meta" not in recs[1] and len(recs) == 2


# -- huge records spooled through a file (bilingual.engines.spool): -j 2, Dask, and one process to a pipe --------------
def _spool_inputs(folder: Path) -> list[str]:
    """Inputs of our own: two long mixed texts (records of tens of KB), short ones, a missing file."""
    long_text = ("정의용 전 실장이 목포에서 기자회견을 열었다. Former adviser Chung Eui-yong spoke in Mokpo "
                 "on Tuesday, citing a 4.5% rise. \"물가가 오른다\"고 말했다.\n") * 40
    texts = {"long1.txt": long_text, "short1.txt": "Rain is forecast for Gangneung.",
             "long2.txt": long_text.replace("목포", "여수").replace("Mokpo", "Yeosu"), "short2.txt": "강릉에 비."}
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    paths = [str(folder / n) for n in texts]
    paths.insert(2, str(folder / "absent.txt"))
    return paths


def _count_copies(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the command's spool small (records above 2,000 bytes go through a file) and count the spooled records it
    copies (their sizes)."""
    import bilingual.cli as cli
    import bilingual.engines.spool as spool

    monkeypatch.setattr(spool, "SPOOL_BYTES", 2_000)
    copied: list[int] = []
    real = cli.copy_spooled

    def counting(record: spool.Spooled, write: object) -> None:
        copied.append(record.size)
        real(record, write)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "copy_spooled", counting)
    return copied


@pytest.mark.timeout(300)
@pytest.mark.parametrize("engine", [["--jobs", "2"], ["--engine", "dask", "--jobs", "2"]])
def test_records_spooled_by_workers_are_the_bytes_of_the_one_process_run(
        engine: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    paths = _spool_inputs(tmp_path / "in")
    one, many = tmp_path / "one.jsonl", tmp_path / "out" / "many.jsonl"
    assert main(["process", *paths, "-o", str(one)]) == 1
    copied = _count_copies(monkeypatch)
    assert main(["process", *paths, "-o", str(many), *engine]) == 1
    assert many.read_bytes() == one.read_bytes()
    lines = one.read_bytes().split(b"\n")[:-1]
    assert sorted(copied) == sorted(len(x) + 1 for x in lines if len(x) + 1 > 2_000)  # the two long records
    assert len(copied) == 2
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["many.jsonl"]  # the spool directory went


# -- huge file inputs sent to the workers as paths (bilingual.engines.paths) ------------------------------------------
@pytest.mark.timeout(300)
@pytest.mark.parametrize("engine", [["--jobs", "2"], ["--engine", "dask", "--jobs", "2"]])
def test_huge_inputs_sent_as_paths_give_the_bytes_of_the_one_process_run(
        engine: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # with the limit at 1,000 bytes: big Korean, English and mixed pages (and a big binary and a big non-UTF-8 file)
    # go as paths, small ones and a missing one as before; the output is the bytes of -j 1, and the parent read
    # none of the big ones
    import bilingual.cli as cli
    import bilingual.engines.paths as paths_module

    big_ko = "양양군은 설악산 케이블카 공사를 내년 봄에 시작한다고 밝혔다. 주민 설명회는 두 차례 열린다.\n" * 20
    big_en = "Yangyang county said work on the Seoraksan cable car would start next spring, after two hearings.\n" * 15
    files: dict[str, str | bytes] = {
        "01_big_ko.txt": big_ko, "02_small.txt": "Snow closed the Hangyeryeong pass.", "03_big_en.txt": big_en,
        "04_small_ko.txt": "한계령이 눈으로 통제됐다.", "05_big_mixed.txt": big_en + big_ko,
        "06_big_binary.txt": big_en.encode() + b"\x00" + big_en.encode(),
        "07_big_latin1.txt": big_en.encode() + "café".encode("latin-1"), "09_small.txt": "Ferries resumed."}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    paths = [str(tmp_path / n) for n in files]
    paths.insert(7, str(tmp_path / "08_absent.txt"))
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    assert main(["process", *paths, "-o", str(one)]) == 1
    monkeypatch.setattr(cli, "PATH_BYTES", 1_000)
    read_here: list[str] = []
    real = paths_module.read_input

    def spy(source: str, **kwargs: Any) -> Any:
        read_here.append(Path(source).name)
        return real(source, **kwargs)

    monkeypatch.setattr(paths_module, "read_input", spy)
    assert main(["process", *paths, "-o", str(many), *engine]) == 1
    assert many.read_bytes() == one.read_bytes()
    assert read_here == ["02_small.txt", "04_small_ko.txt", "08_absent.txt", "09_small.txt"]
    records = [json.loads(x) for x in one.read_text("utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == [Path(p).name for p in paths]
    assert [r["error"]["code"] for r in records if "error" in r] == ["binary", "invalid_utf8", "not_found"]


class _Pipe(io.RawIOBase):
    """Standard output as a pipe: written to, never seekable."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, b: Any) -> int:
        self.data += bytes(b)
        return len(b)


def _pipe_as_stdout(monkeypatch: pytest.MonkeyPatch) -> tuple[_Pipe, io.TextIOWrapper]:
    """Standard output replaced by a text stream over a pipe that cannot seek (what it received, and the stream)."""
    pipe = _Pipe()
    stdout = io.TextIOWrapper(io.BufferedWriter(pipe), encoding="utf-8", newline="\n")
    monkeypatch.setattr(sys, "stdout", stdout)
    return pipe, stdout


def test_one_process_to_a_pipe_spools_a_huge_record_and_a_failure_mid_record_writes_only_its_error_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a pipe cannot be cut back: a record above the limit is written in pieces to a file and reaches the pipe only
    # once complete; one that fails half-way (a mention pydantic cannot write, after its tokens) leaves nothing but
    # its error record
    import tempfile

    paths = _spool_inputs(tmp_path)
    paths.append(str(tmp_path / "long_bad.txt"))
    (tmp_path / "long_bad.txt").write_text((tmp_path / "long1.txt").read_text("utf-8"), "utf-8")
    _poison_records_of_bad_inputs(monkeypatch, "\udc80", "place", "ko")
    to_file = tmp_path / "file.jsonl"
    assert main(["process", *paths, "-o", str(to_file)]) == 1  # seekable: written in pieces, cut back on failure
    copied = _count_copies(monkeypatch)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    pipe, stdout = _pipe_as_stdout(monkeypatch)
    assert main(["process", *paths]) == 1
    stdout.flush()
    assert bytes(pipe.data) == to_file.read_bytes()
    assert len(copied) == 2  # the two long records that did not fail
    last = json.loads(bytes(pipe.data).split(b"\n")[-2])
    assert last["error"]["code"] == "processing_failed" and "surrogates not allowed" in last["error"]["message"]
    assert list((tmp_path / "tmp").iterdir()) == []  # the spool directory went, the failed record's file before it


def test_lines_decoded_for_a_stream_of_another_kind_may_come_in_blocks_cut_anywhere() -> None:
    from bilingual.cli import _line_writer

    out = io.StringIO()  # no byte buffer: written decoded
    data = '{"text":"부산 — Busan ü 🙂"}\n'.encode()
    write = _line_writer(out)
    for i in range(len(data)):
        write(data[i:i + 1])  # every multi-byte character cut
    write(data)
    assert out.getvalue() == data.decode() * 2


def test_without_a_spool_directory_the_records_are_written_whole_and_the_command_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import tempfile

    paths = _spool_inputs(tmp_path)
    to_file = tmp_path / "file.jsonl"
    assert main(["process", *paths, "-o", str(to_file)]) == 1
    copied = _count_copies(monkeypatch)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no such folder"))
    pipe, stdout = _pipe_as_stdout(monkeypatch)
    assert main(["process", *paths]) == 1
    stdout.flush()
    assert bytes(pipe.data) == to_file.read_bytes() and copied == []
    assert "no spool directory (No such file or directory): huge records are built whole" in capsys.readouterr().err
