"""``multiprocessing``'s fork server started as a fork of the calling process, not as a new interpreter.

The standard fork server (``multiprocessing.forkserver``) is a fresh interpreter that imports its preload modules: for
the pool's Kiwi server (:mod:`bilingual.engines.kiwi_fork`) that is the whole pipeline again, which the calling process
has already imported (0.3-0.4 CPU s measured, before Kiwi's own load); and at the end of a run the
server's interpreter shuts down (Kiwi's model freed, every module torn down) while the command's caller waits for its
standard streams to close. :func:`start_by_fork` starts the same server (the same loop, ``forkserver.main``, and the
same preload) in a fork of this process, so it inherits what is imported and loaded here, and it leaves with
``os._exit`` once the calling process and the workers are gone. Every ``forkserver`` context of the process then uses
it: workers are forked from it exactly as from the standard one.

Forking is done only where it is safe: a POSIX system with a fork server, called from the main thread while no other
Python thread exists (a process forked while another thread holds a lock can hang), and no server running yet. The
child is a fork of the caller: it inherits its open files as a ``fork`` start method's child would (it writes nothing
to them: it never returns into the caller's code, flushes no buffer and runs no ``atexit`` handler), and the standard
streams are flushed and garbage collected before the fork, so that no buffered output is written twice.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import socket
import sys
import threading
import traceback
from multiprocessing import connection, forkserver, resource_tracker, util
from typing import Any, NoReturn


def can_fork_here() -> bool:
    """Whether :func:`start_by_fork` may fork this process now: a fork server exists on this system, this is the main
    thread and no other Python thread is alive."""
    return hasattr(os, "fork") and "forkserver" in multiprocessing.get_all_start_methods() \
        and threading.current_thread() is threading.main_thread() and threading.active_count() == 1


def start_by_fork() -> bool:
    """Start this process's fork server (the one every ``forkserver`` context uses, with the preload set by
    ``set_forkserver_preload``) as a fork of this process; whether it did. It does not when the server is already
    running, or forking is not safe here (:func:`can_fork_here`): the standard server then starts as usual, when the
    first worker is started."""
    server: Any = forkserver._forkserver  # the module's one server, whose state connect_to_new_process reads
    internals: Any = connection  # arbitrary_address is not in the typing stubs
    if not can_fork_here():
        return False
    with server._lock:
        if server._forkserver_pid is not None:
            return False
        resource_tracker.ensure_running()  # as ensure_running does: the workers share the caller's tracker
        preload = [name for name in server._preload_modules if name != "__main__"]  # __main__ is here already
        address = internals.arbitrary_address("AF_UNIX")
        listener = socket.socket(socket.AF_UNIX)
        try:
            listener.bind(address)
            if not util.is_abstract_socket_namespace(address):
                os.chmod(address, 0o600)
            listener.listen()
            alive_r, alive_w = os.pipe()  # the caller and every worker hold the write end; EOF stops the server
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(AttributeError, OSError, ValueError):
                    stream.flush()
            gc.collect()  # no garbage with a buffered file in it for the child to finalize
            pid = os.fork()
            if pid == 0:
                _serve(listener, alive_r, alive_w, preload)
            os.close(alive_r)
        finally:
            listener.close()
        server._forkserver_address = address
        server._forkserver_alive_fd = alive_w
        server._forkserver_pid = pid
    return True


def _serve(listener: socket.socket, alive_r: int, alive_w: int, preload: list[str]) -> NoReturn:
    """In the forked child: the standard server's loop on the listener, then leave without running the caller's
    exit handlers or finalizing its objects."""
    code = 1
    try:
        os.close(alive_w)
        forkserver.main(listener.detach(), alive_r, preload)
    except SystemExit:  # the loop's normal end: every process holding the "alive" pipe has exited
        code = 0
    except BaseException:
        traceback.print_exc()
        with contextlib.suppress(AttributeError, OSError, ValueError):
            sys.stderr.flush()
    finally:
        os._exit(code)
