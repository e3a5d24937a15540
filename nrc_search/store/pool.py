"""Whoosh's posting pool with its runs written a chunk of postings at a time.

Whoosh sorts an ingest's postings in memory up to `limitmb`, then writes the sorted batch to a
run file and merges the runs at commit. Its runs hold one pickle per posting: at a million
turns that is ~50 million `pickle.dump` and as many `pickle.load` calls, a quarter of the
ingest's CPU. Here a run is written as pickled lists of CHUNK postings and read back a list at
a time: the same postings in the same order, a few thousand pickle calls, and the merge still
holds one chunk per run in memory.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.writing import PostingPool

CHUNK = 4096


class ChunkedPostingPool(PostingPool):
    def add(self, item) -> None:
        """Whoosh's, without its type assertions: the same size estimate (a posting tuple's
        bytes in memory, for `limitmb`), worked out in one sum."""
        self.fieldnames.add(item[0])
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f, items: Iterable[Any]) -> None:
        batch: list = []
        for item in items:
            batch.append(item)
            if len(batch) >= CHUNK:
                pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
                batch = []
        if batch:
            pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    batch = pickle.load(f)
                except EOFError:
                    return
                yield from batch
        finally:
            f.close()
            self._remove_run(path)


def chunked_pool(writer, limitmb: int) -> None:
    """Give a new SegmentWriter the chunked pool (before anything is added to it)."""
    writer.pool = ChunkedPostingPool(writer._tempstorage, writer.newsegment, limitmb=limitmb)
