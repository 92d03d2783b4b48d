"""The fork server started as a fork of the calling process: workers inherit what the caller holds, nothing is
written twice, the server leaves with the caller, and it is not forked where that is unsafe."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bilingual.engines import fork_server
from bilingual.engines.pool import kiwi_forks

pytestmark = pytest.mark.skipif(kiwi_forks() is None or not sys.platform.startswith("linux"),
                                reason="needs a fork server (and /proc, to name the processes)")

SCRIPT = r"""
import json, multiprocessing, os, sys, time
from multiprocessing import forkserver

from bilingual.engines.fork_server import start_by_fork

MARK = []  # set at run time: a fresh interpreter importing this script would see it empty

def where(queue) -> None:
    parent = os.getppid()
    with open(f"/proc/{parent}/cmdline", "rb") as f:
        queue.put((MARK, parent, f.read()))

if __name__ == "__main__":
    MARK.append("set by the caller")
    out = open(sys.argv[1], "w", encoding="utf-8")
    out.write("unflushed line\n")  # still in the buffer when the server is forked
    sys.stdout.write("stdout before the fork\n")  # not flushed by hand
    forks = multiprocessing.get_context("forkserver")
    started = start_by_fork()
    again = start_by_fork()  # one server per process
    server = forkserver._forkserver._forkserver_pid
    queue = forks.SimpleQueue()
    workers = [forks.Process(target=where, args=(queue,)) for _ in range(3)]
    for worker in workers:
        worker.start()
    results = [queue.get() for _ in workers]
    for worker in workers:
        worker.join()  # each leaves normally (flushing its standard streams, as a worker does)
    out.write("last line\n")
    out.close()
    with open(f"/proc/{os.getpid()}/cmdline", "rb") as f:
        mine = f.read()
    print(json.dumps({"started": started, "again": again, "server": server, "mine": mine.decode(),
                      "results": [[m, p, c.decode()] for m, p, c in results]}))
"""


def test_workers_are_forked_from_a_fork_of_the_caller_and_nothing_is_written_twice(tmp_path: Path) -> None:
    script, written = tmp_path / "script.py", tmp_path / "written.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(written)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    first, last = proc.stdout.splitlines()
    assert first == "stdout before the fork"  # once: flushed before the fork, never again by the server or workers
    report = json.loads(last)
    assert report["started"] is True and report["again"] is False
    for mark, parent, cmdline in report["results"]:
        assert mark == ["set by the caller"]  # the worker has the caller's state: forked from its fork
        assert parent == report["server"] and cmdline == report["mine"]  # ...by a server that is the caller forked
    assert written.read_text(encoding="utf-8") == "unflushed line\nlast line\n"
    # and the server left with the caller: it holds the captured pipes, which subprocess.run read to their end


def test_no_fork_outside_the_main_thread_or_beside_another_thread() -> None:
    answers: list[bool] = []
    worker = threading.Thread(target=lambda: answers.append(fork_server.start_by_fork()))
    worker.start()
    worker.join()
    assert answers == [False]  # not from a thread other than the main one
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not fork_server.can_fork_here() and fork_server.start_by_fork() is False
    finally:
        release.set()
        other.join()


COMMAND = r"""
import json, os, signal, sys
from multiprocessing import forkserver

from bilingual.engines.pool import WorkerPool
from tests.engines.test_fork_server import kiwi_and_parent

if __name__ == "__main__":
    items = [f"서울 {i}" if i % 2 == 0 else f"page {i}" for i in range(60)]
    with WorkerPool(2, window=4, server_from_caller=True) as pool:
        results = pool.imap(kiwi_and_parent, items, chunk_items=1, caller=True)
        got = [next(results)]  # Korean: a worker forked with Kiwi ran it; kill it
        os.kill(got[0][1], signal.SIGKILL)
        got += list(results)
        restarts = pool.restarts
    server = forkserver._forkserver._forkserver_pid
    with open(f"/proc/{server}/cmdline", "rb") as f:
        forked = f.read() == open(f"/proc/{os.getpid()}/cmdline", "rb").read()
    print(json.dumps({"got": got, "restarts": restarts, "forked": forked, "server": server, "me": os.getpid()}))
"""


def kiwi_and_parent(context: object, item: str) -> tuple[str, int, int, bool]:
    """The item, the pid that ran it, its parent, and whether that process has the fork server's Kiwi."""
    import os

    from bilingual.lang import korean

    return item, os.getpid(), os.getppid(), bool(korean._preloaded)


@pytest.mark.timeout(300)
def test_a_pool_with_the_server_forked_from_the_caller_loses_nothing_when_a_worker_is_killed(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    script = tmp_path / "command.py"
    script.write_text(COMMAND, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=280, check=False,
                          cwd=root, env={**__import__("os").environ, "PYTHONPATH": str(root)})
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.splitlines()[-1])
    items = [f"서울 {i}" if i % 2 == 0 else f"page {i}" for i in range(60)]
    assert [g[0] for g in report["got"]] == items  # every item exactly once, in input order
    assert report["restarts"] >= 1 and report["forked"]
    korean = [g for g in report["got"] if not g[0].isascii()]
    assert all(has for _, _, _, has in korean)  # every Korean item ran with the server's Kiwi, no load of its own
    assert any(parent == report["server"] for _, _, parent, _ in korean)
