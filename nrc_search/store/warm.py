"""One open searcher per index folder and thread, kept while the committed index is unchanged.

Opening an index (marker, size checks, table of contents, every segment's files) costs ~10 ms
at 100k turns, and a searcher's caches (idf, decoded postings in `extras`) are lost with it. A
process that searches many times (`nrc serve`, a library user) keeps both. Before each use the
folder is looked at (one `scandir`: each file's name, size and mtime); a commit, a --rebuild
or a damaged file changes that, and the next search opens the index afresh, with every check
`open_index` makes.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nrc_search.errors import UsageError
from nrc_search.store.generations import open_index


@dataclass
class _Open:
    stamp: tuple
    searcher: Any
    extras: dict = field(default_factory=dict)


_local = threading.local()


def _stamp(path: Path) -> tuple:
    """Each file's name, size, mtime and inode; a file a commit removes meanwhile is left out
    (its going changes the stamp all the same)."""
    files = []
    with os.scandir(path) as entries:
        for e in entries:
            try:
                st = e.stat()
            except FileNotFoundError:
                continue
            files.append((e.name, st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(sorted(files))


@contextlib.contextmanager
def searcher(path: Path) -> Iterator[tuple[Any, dict]]:
    """(a BM25F searcher of the committed index at `path`, a dict that lives as long as it)."""
    from whoosh.scoring import BM25F

    opened: dict[Path, _Open] = _local.__dict__.setdefault("opened", {})
    key = path.resolve()
    stamp = _stamp(key) if key.is_dir() else ()
    current = opened.get(key)
    if current is None or current.stamp != stamp:
        if current is not None:
            opened.pop(key)
            with contextlib.suppress(Exception):
                current.searcher.close()
        handle = open_index(path, keep=True)
        kept = handle.checked  # a BM25F searcher, as below
        current = _Open(stamp, kept if kept is not None else handle.ix.searcher(weighting=BM25F()))
        opened[key] = current
    try:
        yield current.searcher, current.extras
    except UsageError:
        raise  # the request was wrong, not the index
    except BaseException:
        opened.pop(key, None)  # a failure may have come from the files: open afresh next time
        with contextlib.suppress(Exception):
            current.searcher.close()
        raise


def forget() -> None:
    """Close every searcher this thread keeps (tests; a process about to fork)."""
    opened: dict[Path, _Open] = _local.__dict__.get("opened", {})
    for current in opened.values():
        with contextlib.suppress(Exception):
            current.searcher.close()
    opened.clear()
