"""The whole index as the views need it: every document's turns, word counts and outlet, cached.

`Corpus` opens a searcher and reads the document records through `store.Turns`. Word counts
(index tokens per turn, the denominators of `nrc trend`) and outlets are computed once per
document content hash and kept in `.nrc-views-cache.json` inside the index folder, so the next
trend reads one small file instead of every stored text. The cache is only an optimisation: it
is rebuilt when missing or unreadable, and a read-only index folder simply goes without it.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh.scoring import BM25F

from nrc_search import buckets, store
from nrc_search.matches import word_count

CACHE = ".nrc-views-cache.json"
CACHE_VERSION = 1


@dataclass(frozen=True)
class DocStats:
    """Per document: the word count of each turn (in turn order) and its outlet."""

    words: tuple[int, ...]
    outlet: str | None
    speech_words: int  # words of the turns that are not narration
    speech_turns: int


class Corpus:
    """An open searcher plus cached per-document facts; use as a context manager."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._stack = contextlib.ExitStack()
        self._cache: dict[str, dict] | None = None
        self._dirty = False

    def __enter__(self) -> Corpus:
        from nrc_search.search import _Lookup  # the search's own name resolution and turn cache

        handle = store.open_index(self.index_dir)
        self._stack.enter_context(store.reading(self.index_dir))
        self.searcher = self._stack.enter_context(handle.ix.searcher(weighting=BM25F()))
        self.look = _Lookup(self.searcher)
        self.turns = self.look.turns
        self._docs: dict[str, dict] | None = None
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self._dirty and not exc[0]:
                self._save()
        finally:
            self._stack.close()

    def docs(self) -> dict[str, dict]:
        """doc_id -> document record data, every live document."""
        if self._docs is None:
            self._docs = store.read_docs(self.searcher)
        return self._docs

    def doc(self, doc_id: str) -> dict:
        """A document's data with its outlet under "_outlet"."""
        data = self.turns.doc(doc_id)
        if "_outlet" not in data:
            data["_outlet"] = self.stats(doc_id, data).outlet
        return data

    def rows(self, doc_id: str) -> list:
        """The stored rows of a document's turns: [n, speaker, role, attribution, flags, start, end]."""
        return self.turns._rows_of(doc_id)

    def stats(self, doc_id: str, data: dict | None = None) -> DocStats:
        data = data if data is not None else self.turns.doc(doc_id)
        digest = str(data.get("hash") or doc_id)
        cache = self._load()
        entry = cache.get(digest)
        if entry is None:
            text = self.turns._text(doc_id)
            rows = self.rows(doc_id)
            words = [word_count(text[r[5] : r[6]]) for r in rows]
            speech = [w for r, w in zip(rows, words, strict=True) if r[3] != "narration"]
            entry = {
                "words": words,
                "outlet": buckets.outlet(data, text[:400]),
                "speech": [sum(speech), len(speech)],
            }
            cache[digest] = entry
            self._dirty = True
        speech_words, speech_turns = entry["speech"]
        return DocStats(tuple(entry["words"]), entry["outlet"], speech_words, speech_turns)

    def turn_rows(self, doc_id: str) -> Iterator[tuple[list, int]]:
        """(row, words) for every turn of a document."""
        words = self.stats(doc_id).words
        yield from zip(self.rows(doc_id), words, strict=True)

    def _path(self) -> Path:
        return self.index_dir / CACHE

    def _load(self) -> dict[str, dict]:
        if self._cache is None:
            self._cache = {}
            with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
                data = json.loads(self._path().read_text(encoding="utf-8"))
                if data.get("version") == CACHE_VERSION:
                    self._cache = dict(data["docs"])
        return self._cache

    def _save(self) -> None:
        """Keep only the live documents' entries; write atomically; never fail the command."""
        live = {str(d.get("hash") or k) for k, d in self.docs().items()}
        docs = {k: v for k, v in self._load().items() if k in live}
        tmp = self.index_dir / f"{CACHE}.{os.getpid()}"
        with contextlib.suppress(OSError):
            tmp.write_text(
                json.dumps({"version": CACHE_VERSION, "docs": docs}, separators=(",", ":")),
                encoding="utf-8",
            )
            os.replace(tmp, self._path())
        with contextlib.suppress(OSError):
            tmp.unlink()
