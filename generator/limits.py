"""What keeps one build from stalling or clashing with another.

- ``time_limit``: one pathological input cannot stall a build. Every walk over a parse is
  bounded; this is the net under them. On the main thread (the CLI, ``mkdocs build`` and
  ``mkdocs serve`` all build there) a timer signal interrupts the work wherever it is; elsewhere
  the work runs unlimited.
- ``ProjectLock``: one build at a time per project (``mkdocs serve`` and ``research-site build``
  in two terminals share the cache's folder); a second build waits for the first.
"""
from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.research_site")


class TimeLimitExceeded(Exception):
    """The work took longer than its limit and was stopped."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` inside the block once ``seconds`` have passed."""
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise TimeLimitExceeded(f"stopped after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class ProjectLock:
    """An exclusive lock on a file (``flock``: the system drops it when the process ends, even
    when killed, so a crashed build never leaves the project locked)."""

    def __init__(self, path: Path):
        self.path = path
        self.handle = None

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # not on this system: builds are not kept apart
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            log.info(f"research-site: another build of this project is running ({holder}); "
                        f"waiting for it to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()}\n")
        handle.flush()
        self.handle = handle

    def release(self) -> None:
        if self.handle is not None:
            import fcntl

            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None
