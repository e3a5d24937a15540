"""The ingest lock of an index folder: one writer at a time, never stale (flock)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from nrc_search.errors import IndexBusy, NrcError

LOCKFILE = "nrc.lock"


@contextlib.contextmanager
def ingest_lock(path: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the folder's ingest lock; the kernel drops it when the process dies, so it never goes stale."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path / LOCKFILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise NrcError(f"Cannot write to {path}/ ({exc.strerror or exc}).") from exc
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                    raise IndexBusy(
                        f"{path} is being updated by another nrc process (pid {pid}). "
                        "Wait for it, or pass --wait SECONDS."
                    ) from None
                time.sleep(0.1)
            except OSError as exc:  # e.g. ENOLCK: a file system without locks
                raise NrcError(f"Cannot lock {path / LOCKFILE} ({exc.strerror or exc}).") from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)
