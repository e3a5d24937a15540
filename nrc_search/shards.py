"""Worker processes for `nrc ingest`: set-up shared by parsers and shard writers; shard writing.

A shard writer is a spawn-started process that analyses the documents the parent hands it and
writes them into one Whoosh segment of its own; the parent, which holds the ingest lock and
Whoosh's write lock and has made the deletions, commits one TOC listing every segment. Until that
commit nothing the shards wrote is part of the index, so a kill at any moment leaves the previous
index whole. Speakers are canonicalised in the parent, in file order, before a document is
handed over: names come out as in a serial ingest. No rich, no click.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from nrc_search import store
from nrc_search.errors import NrcError
from nrc_search.model import Document

QUEUE_PER_SHARD = 8  # documents waiting per shard: bounds the parent's memory


def worker_init(parent: int) -> None:
    """Set up a worker process: Ctrl-C is the parent's business, and it dies with the parent.

    Ctrl-C (and systemd's SIGTERM) reaches the whole process group; only the parent handles it
    (no worker tracebacks, no broken pool), then stops its workers.
    After `kill -9` of the parent, an idle worker would wait for tasks forever; a watchdog thread
    sees the parent change and exits.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
    """Ignore SIGINT and SIGTERM while worker processes are spawned: they inherit that from
    their first byte. (A signal that arrives meanwhile is lost to the parent too; it lasts
    only as long as starting the processes.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


#: The resource tracker frees the semaphores of a run that Ctrl-C or SIGTERM ended, then warns
#: about them on stderr ("There appear to be 1 leaked semaphore objects"): it did the cleanup,
#: the user needs no warning. The option reaches the tracker through the interpreter flags it is
#: started with.
_TRACKER_QUIET = "ignore::UserWarning:multiprocessing.resource_tracker"


def spawn_context():
    # "spawn", not "fork": a forked child inherits the ingest lock's descriptor and keeps the
    # index locked after the parent is killed; "forkserver" children outlive a killed parent.
    if _TRACKER_QUIET not in sys.warnoptions:
        sys.warnoptions.append(_TRACKER_QUIET)
    return multiprocessing.get_context("spawn")


def _shard_main(folder: str, generation: str, limitmb: int, tasks, results, parent: int) -> None:
    """A shard process: add every (doc_id, Document, digest, next_n) from `tasks` to one new segment."""
    worker_init(parent)
    try:
        from whoosh.writing import SegmentWriter

        ix = store.open_for_shard(Path(folder), generation)
        writer = SegmentWriter(ix, _lk=False, limitmb=limitmb, compound=False, codec=store.codec())
        store.term_pool(writer, limitmb)
        while (item := tasks.get()) is not None:
            store.add_document(writer, *item)
        if writer._added:
            results.put(("ok", writer._finalize_segment()))
        else:
            writer._close_segment()
            results.put(("ok", None))
    except BaseException as exc:  # reported to the parent, which cancels the whole run
        code = exc.errno if isinstance(exc, OSError) else None
        results.put(("error", (code, f"{type(exc).__name__}: {exc}")))


class ShardWriters:
    """`count` shard processes writing segments of `generation` in `folder`."""

    def __init__(self, folder: Path, generation: str, count: int, limitmb: int) -> None:
        ctx = spawn_context()
        self._tasks = ctx.Queue(maxsize=QUEUE_PER_SHARD * count)
        self._results = ctx.Queue()
        args = (str(folder), generation, limitmb, self._tasks, self._results, os.getpid())
        self._procs = [
            ctx.Process(target=_shard_main, args=args, daemon=True) for _ in range(count)
        ]
        with sigint_ignored():  # shards start with Ctrl-C ignored, even while importing
            for proc in self._procs:
                proc.start()

    def add(self, doc_id: str, doc: Document, digest: str, next_n: int | None = None) -> None:
        self._put((doc_id, doc, digest, next_n))

    def _put(self, item) -> None:
        while True:
            try:
                self._tasks.put(item, timeout=0.5)
                return
            except queue.Full:
                self._check_alive()

    def _check_alive(self, *, gone: bool = False) -> None:
        """Raise when a shard was killed or failed, or (`gone`) ended without reporting."""
        if gone or any(p.exitcode not in (None, 0) for p in self._procs):
            raise NrcError(
                "An index writer process died (out of memory?); the index is unchanged. "
                "Try again with --jobs 1."
            )

    def finish(self) -> list:
        """Wait for every shard; their finished segments (none from a shard that got nothing)."""
        for _ in self._procs:
            self._put(None)
        segments, pending, idle = [], len(self._procs), 0
        while pending:
            try:
                status, value = self._results.get(timeout=0.5)
            except queue.Empty:
                # A shard reports, then ends: all ended and still nothing to read means one died.
                idle = idle + 1 if None not in [p.exitcode for p in self._procs] else 0
                self._check_alive(gone=idle > 4)
                continue
            if status != "ok":
                code, message = value
                if code is not None:  # a full disk: the parent says it once, as for its own writes
                    raise OSError(code, os.strerror(code))
                raise NrcError(
                    f"An index writer process failed ({message}); the index is unchanged."
                )
            pending -= 1
            if value is not None:
                segments.append(value)
        for proc in self._procs:
            proc.join()
        return segments

    def abort(self) -> None:
        """Stop every shard now (an error or Ctrl-C in the parent); their files are left to sweep."""
        self._tasks.cancel_join_thread()  # never block the parent's exit on undelivered work
        for proc in self._procs:
            with contextlib.suppress(Exception):
                proc.kill()
        for proc in self._procs:
            with contextlib.suppress(Exception):
                proc.join(timeout=5)
