"""The Dask engine on a real LocalCluster of two worker processes (dask[distributed] is in the test extra)."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import pytest

import bilingual
from bilingual.context import Context
from bilingual.engines.dask import DaskRunner, process_bag
from bilingual.engines.pool import Failed, kiwi_forks
from bilingual.formats.records import ErrorRecord

pytestmark = pytest.mark.timeout(240)  # nothing may hang


def slow_echo(context: Context, item: str) -> tuple[str, int]:
    time.sleep(0.05)
    return item, os.getpid()


@pytest.fixture(scope="module")
def runner() -> Iterator[DaskRunner]:
    with DaskRunner(Context.create(), jobs=2) as r:
        yield r


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(runner: DaskRunner) -> None:
    items = [f"item {i}" for i in range(80)]
    results = runner.imap(slow_echo, items, size=lambda _: 10**6)  # one item a chunk: many tasks in flight
    got = [next(results) for _ in range(4)]
    pids = runner.client.run(os.getpid)
    os.kill(next(iter(pids.values())), signal.SIGKILL)
    got += list(results)
    assert not any(isinstance(g, Failed) for g in got)
    assert [g[0] for g in got] == items  # type: ignore[index]  # every input exactly once, in input order
    assert len({g[1] for g in got}) >= 2  # type: ignore[index]  # the work really ran on several processes


def test_documents_are_identical_to_the_single_process_run(runner: DaskRunner) -> None:
    from bilingual.engines.items import process_item

    texts = ["블링컨(Antony Blinken) 美 국무장관이 서울에 왔다.", "Cho Tae-yul met Blinken in Seoul on Monday.", "x"]
    out = list(runner.imap(process_item, texts))
    assert out == [bilingual.process(t) for t in texts]


def test_process_bag_keeps_order_and_records_bad_items(runner: DaskRunner) -> None:
    items = ["Seoul Hosts Talks\nThe talks began on Monday.", None, ("b.txt", "조태열 장관"), b"bytes",
             {"text": "not a pair"}]
    bag = db.from_sequence(items, npartitions=2)
    out = runner.client.compute(process_bag(bag)).result()  # on the cluster's worker processes
    assert len(out) == len(items)
    assert out[0] == bilingual.process(items[0])  # type: ignore[arg-type]
    assert out[2] == bilingual.process("조태열 장관", source="b.txt")
    assert out[4] == bilingual.process("not a pair")
    bad = [o for o in out if isinstance(o, ErrorRecord)]
    assert [(b.source, b.error.code) for b in bad] == [("partition 0 item 1", "not_text"),
                                                        ("partition 1 item 0", "not_text")]
    assert "decode bytes" in bad[1].error.message


def test_records_with_an_id_field() -> None:
    bag = db.from_sequence([{"id": 3, "body": "Seoul"}, {"id": 4}], npartitions=1)
    out = process_bag(bag, text_field="body", id_field="id", kb=bilingual.KnowledgeBase([])).compute(
        scheduler="sync")
    assert isinstance(out[0], bilingual.Document) and out[0].source == "3"
    assert isinstance(out[1], ErrorRecord) and out[1].source == "4" and out[1].error.code == "not_text"


def test_chunks_of_one_kind_come_back_in_input_order(runner: DaskRunner) -> None:
    items = [f"서울 {i}" if i % 3 == 0 else f"Seoul {i}" for i in range(90)]
    out = list(runner.imap(slow_echo, items, chunk_items=7))  # 13 Korean and other chunks, out of input order
    assert [o[0] for o in out] == items  # type: ignore[index]


def _has_kiwi() -> bool:
    return "kiwipiepy" in sys.modules  # imported on the first Korean text, whichever Kiwi the process uses


def _stealing(dask_scheduler: object) -> bool:
    return "stealing" in dask_scheduler.extensions  # type: ignore[attr-defined]


def _kiwi_preloaded() -> bool:
    from bilingual.lang import korean

    return bool(korean._preloaded)  # a Kiwi the process did not load itself: it came with the fork


def kiwi_echo(context: Context, item: str) -> tuple[str, int, bool]:
    time.sleep(0.02)
    return item, os.getpid(), _kiwi_preloaded()


@pytest.mark.skipif(kiwi_forks() is None, reason="no fork server on this platform")
def test_workers_forked_with_kiwi_share_the_korean_work() -> None:
    """With the bundled KB, the local cluster's workers are forked from the server that has loaded Kiwi: each has it
    before its first task, and once no English is waiting both take Korean work (docs/batch.md)."""
    texts = [f"Cho met Blinken on day {i}." if i % 10 == 0 else f"조태열 장관이 {i}일 서울에서 회담했다."
             for i in range(120)]
    with DaskRunner(Context.create(), jobs=2) as fresh:  # no worker restarted yet (a restarted one is spawned)
        assert fresh.forked
        assert list(fresh.client.run(_kiwi_preloaded).values()) == [True, True]
        out = list(fresh.imap(kiwi_echo, texts, chunk_items=4))
    assert [o[0] for o in out] == texts  # type: ignore[index]
    korean_pids = {o[1] for o, t in zip(out, texts, strict=True) if "조" in t}  # type: ignore[index]
    assert len(korean_pids) == 2  # both workers did Korean work
    assert all(o[2] for o in out)  # type: ignore[index]  # and neither loaded a Kiwi of its own


def test_with_another_kb_the_workers_are_spawned_and_only_the_korean_lane_loads_kiwi() -> None:
    """A KB whose names are not the bundled one's gets nothing from the fork server's Kiwi: the workers are spawned,
    and work stealing is off in the cluster the runner starts, so a waiting Korean task is not moved to the worker
    that works on English, which would load a second Kiwi for it (docs/batch.md)."""
    from bilingual.engines.items import process_item

    kb = bilingual.KnowledgeBase([])
    texts = [f"조태열 장관이 {i}일 서울에서 회담했다." if i % 2 else f"Cho met Blinken in Seoul on day {i}."
             for i in range(40)]
    with DaskRunner(Context.create(kb=kb), jobs=2) as fresh:  # workers that have not seen Korean text yet
        assert not fresh.forked
        assert not fresh.client.run_on_scheduler(_stealing)
        assert list(fresh.client.run(_has_kiwi).values()) == [False, False]
        out = list(fresh.imap(process_item, texts, chunk_items=4))
        assert out == [bilingual.process(t, kb=kb) for t in texts]
        assert sorted(fresh.client.run(_has_kiwi).values()) == [False, True]


_BROKEN_SERVER = '''
import multiprocessing.context
import bilingual
from bilingual.context import Context
from bilingual.engines.dask import DaskRunner
from bilingual.engines.items import process_item

set_preload = multiprocessing.context.BaseContext.set_forkserver_preload
multiprocessing.context.BaseContext.set_forkserver_preload = lambda self, names: set_preload(self, ["exploding"])
texts = ["조태열 장관이 서울에서 회담했다.", "Cho met Blinken in Seoul."]
if __name__ == "__main__":
    with DaskRunner(Context.create(), jobs=2) as runner:
        out = list(runner.imap(process_item, texts))
        print("forked" if runner.forked else "spawned", out == [bilingual.process(t) for t in texts])
'''


@pytest.mark.skipif(kiwi_forks() is None, reason="no fork server on this platform")
def test_a_fork_server_that_dies_loading_leaves_spawned_workers(tmp_path: Path) -> None:
    """When the fork server's preload raises (Kiwi's model unreadable, out of memory), no worker can be forked from
    it and ``distributed`` says "Nanny failed to start": the runner starts the cluster again with spawned workers,
    which load what they need themselves, and the run's output is the single-process run's. In a fresh interpreter:
    a process has one fork server, and this test's must be the broken one."""
    import subprocess

    folder = os.fspath(tmp_path)
    with open(os.path.join(folder, "exploding.py"), "w", encoding="utf-8") as module:
        module.write("raise RuntimeError('the preload failed')\n")
    script = os.path.join(folder, "run.py")
    with open(script, "w", encoding="utf-8") as f:
        f.write(_BROKEN_SERVER)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([folder, os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, script], capture_output=True, text=True, timeout=200, env=env, cwd=folder)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["spawned", "True"]


def spooled_line(context: Context, item: str, spool: object = None) -> object:
    """A task that writes a line of its own in 500-byte pieces through ``spool``: "NAME:SIZE", SIZE bytes of NAME
    repeated; with ":die-once:MARK" its worker kills itself half-way through the first time (leaving MARK)."""
    from bilingual.engines.spool import Spool, spool_pieces

    assert isinstance(spool, Spool)
    name, size, *how = item.split(":")
    body = (name.encode() * int(size))[:int(size) - 1] + b"\n"

    def pieces() -> Iterator[bytes]:
        for start in range(0, len(body), 500):
            if start > len(body) // 2 and how[:1] == ["die-once"] and not os.path.exists(how[1]):
                Path(how[1]).touch()
                os.kill(os.getpid(), signal.SIGKILL)
            yield body[start:start + 500]

    return spool_pieces(pieces(), spool)


def test_huge_records_come_back_spooled_and_a_worker_killed_mid_record_writes_it_once(
        runner: DaskRunner, tmp_path: Path) -> None:
    import functools

    from bilingual.engines.spool import Spooled, copy_spooled, spool_directory

    mark = tmp_path / "killed-once"
    items = ["gunsan:6000", "daegu:40", f"sokcho:30000:die-once:{mark}", "jinju:12000", "iksan:900"]
    with spool_directory(str(tmp_path), limit=1_000) as spool:
        results = list(runner.imap(functools.partial(spooled_line, spool=spool), items, size=lambda _: 10**6))
        assert mark.exists()  # the worker died half-way through "sokcho", once
        assert [type(r).__name__ for r in results] == ["Spooled", "bytes", "Spooled", "Spooled", "bytes"]
        out: list[bytes] = []
        for result in results:
            if isinstance(result, Spooled):
                copy_spooled(result, out.append, block=4096)
            else:
                assert isinstance(result, bytes)
                out.append(result)
        assert len(os.listdir(spool.directory)) == 1  # only the killed worker's half file is left
    expected = [(n.encode() * int(s))[:int(s) - 1] + b"\n" for n, s, *_ in (i.split(":") for i in items)]
    assert b"".join(out) == b"".join(expected)  # every record exactly once, in input order
    assert [p.name for p in tmp_path.iterdir()] == ["killed-once"]
