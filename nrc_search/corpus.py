"""The whole index as the views need it: every document's date, kind, outlet and word counts, cached.

`Corpus` opens a searcher and reads turns through `store.Turns`. The per-document facts the
trend denominators need (date, kind, content hash, outlet, index tokens per turn) live in
`.nrc-views-cache.json` inside the index folder, stamped with the index's commit: while the
index is unchanged a trend reads that one file instead of every stored text. After an ingest the
document list is read again and only documents with a new content hash are counted again. The
cache is only an optimisation: rebuilt when missing or unreadable; a read-only folder goes without.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from whoosh.scoring import BM25F

from nrc_search import buckets, store
from nrc_search.matches import word_count

CACHE = ".nrc-views-cache.json"
CACHE_VERSION = 4  # bump when what is cached (outlet rules, word counts) changes
_FACTS = ("date", "kind", "source", "hash", "outlet", "publisher", "site", "participants")


@dataclass(frozen=True)
class DocStats:
    """Per document: its outlet and the words and turns of its speech and narration."""

    outlet: str | None
    speech: tuple[int, int]  # (words, turns) of the turns that are not narration
    narration: tuple[int, int]
    pairs: tuple[tuple[str | None, str | None, int, int], ...]  # speech by (speaker, role)


class Corpus:
    """An open searcher plus cached per-document facts; use as a context manager."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._stack = contextlib.ExitStack()
        self._cache: dict | None = None
        self._dirty = False
        self._docs: dict[str, dict] | None = None

    def __enter__(self) -> Corpus:
        from nrc_search.search import _Lookup  # the search's own name resolution and turn cache

        handle = store.open_index(self.index_dir)
        self._stamp = f"{handle.generation}:{handle.ix.latest_generation()}"  # before the reader
        self._stack.enter_context(store.reading(self.index_dir))
        self.searcher = self._stack.enter_context(handle.ix.searcher(weighting=BM25F()))
        self.look = _Lookup(self.searcher)
        self.turns = self.look.turns
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self._dirty and not exc[0]:
                self._save()
        finally:
            self._stack.close()

    def docs(self) -> dict[str, dict]:
        """doc_id -> {date, kind, source, hash, ...} for every live document (from the cache
        while the index is unchanged, else from the document records)."""
        if self._docs is None:
            cache = self._load()
            if cache.get("stamp") == self._stamp and isinstance(cache.get("docs"), dict):
                self._docs = cache["docs"]
            else:
                self._docs = {
                    doc_id: {k: data[k] for k in _FACTS if k in data}
                    for doc_id, data in store.read_docs(self.searcher).items()
                }
                cache["docs"], cache["stamp"] = self._docs, self._stamp
                self._dirty = True
        return self._docs

    def facts(self, doc_id: str) -> dict:
        """The cached facts of a document with "_outlet" (reads no record while cached)."""
        data = self.docs()[doc_id]
        return {**data, "_outlet": self.stats(doc_id, data).outlet}

    def stats(self, doc_id: str, data: dict | None = None) -> DocStats:
        data = data if data is not None else self.docs().get(doc_id) or self.turns.doc(doc_id)
        digest = str(data.get("hash") or doc_id)
        stats = self._load().setdefault("stats", {})
        entry = stats.get(digest)
        if entry is None:
            entry = self._count(doc_id, data)
            stats[digest] = entry
            self._dirty = True
        return DocStats(
            entry["outlet"],
            tuple(entry["speech"]),  # type: ignore[arg-type]
            tuple(entry["narration"]),  # type: ignore[arg-type]
            tuple(tuple(p) for p in entry["pairs"]),  # type: ignore[misc]
        )

    def _count(self, doc_id: str, data: dict) -> dict:
        """Words and turns per (speaker, role) of a document's speech, and of its narration."""
        once = store.Turns(self.searcher)  # dropped afterwards: a first trend reads every text
        text = once._text(doc_id)
        pairs: dict[tuple[str | None, str | None], list[int]] = {}
        narration = [0, 0]
        for row in once._rows_of(doc_id):
            _, speaker, role, attribution, _, start, end = row
            words = word_count(text[start:end])
            cell = (
                narration
                if attribution == "narration"
                else pairs.setdefault((speaker, role), [0, 0])
            )
            cell[0] += words
            cell[1] += 1
        return {
            "outlet": buckets.outlet(data, text[:400]),
            "speech": [sum(c[0] for c in pairs.values()), sum(c[1] for c in pairs.values())],
            "narration": narration,
            "pairs": [[sp, role, w, t] for (sp, role), (w, t) in pairs.items()],
        }

    def _path(self) -> Path:
        return self.index_dir / CACHE

    def _load(self) -> dict:
        if self._cache is None:
            self._cache = {}
            with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
                data = json.loads(self._path().read_text(encoding="utf-8"))
                if data.get("version") == CACHE_VERSION:
                    self._cache = data
        return self._cache

    def _save(self) -> None:
        """Keep only the live documents' entries; write atomically; never fail the command."""
        cache = self._load()
        live = {str(d.get("hash") or k) for k, d in self.docs().items()}
        stats = {k: v for k, v in cache.get("stats", {}).items() if k in live}
        data = {"version": CACHE_VERSION, "stamp": cache.get("stamp"), "docs": cache.get("docs")}
        data["stats"] = stats
        tmp = self.index_dir / f"{CACHE}.{os.getpid()}"
        with contextlib.suppress(OSError):
            tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
            os.replace(tmp, self._path())
        with contextlib.suppress(OSError):
            tmp.unlink()
