"""`nrc ingest`: find files, skip unchanged ones by hash, parse in worker processes, write turns.

One file that cannot be read is a warning, never the end of the run. Speakers are canonicalised
here, in file order; big runs hand the documents to shard writer processes (`shards.py`), small
ones write in-process. Either way one TOC write commits the run: an exception, Ctrl-C or kill
before it leaves the previous index as it was.
Reports progress through a callback so the CLI can draw a bar; prints nothing itself.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NoReturn

from nrc_search import shards, store
from nrc_search.discover import discover
from nrc_search.errors import (
    IndexBusy,
    IndexCorrupt,
    IndexMissing,
    NrcError,
    Terminated,
    UnreadableFile,
)
from nrc_search.ingest import MAX_BYTES, SUFFIXES, max_bytes, parse_documents
from nrc_search.ingest.speakers import SpeakerRegistry
from nrc_search.model import Document
from nrc_search.seeds import is_seed, seed_twin, seeds_dir

Progress = Callable[[int, int, str], None]  # done, total, current file (or COMMITTING)
COMMITTING = ""  # the `current` value while the index is being written to disk
LIMIT_MB = 64  # Whoosh's posting buffer per writer: 256 was no faster and held ~230 MiB more
SHARD_MIN_FILES = 32  # fewer files are written in-process: starting shard processes costs ~0.5 s


@dataclass
class IngestSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0  # files of a type nrc cannot read, each named in a warning
    rows_skipped: int = 0  # malformed rows of turn datasets, each named in a warning
    pruned: int = 0
    turns: int = 0  # turns written in this run
    total_turns: int = 0  # turns in the index afterwards
    speakers: int = 0
    documents: int = 0
    warnings: list[str] = field(default_factory=list)
    note: str | None = None  # what a run without PATH read (the seeds, or the held documents)


@dataclass
class Parsed:
    path: Path
    digest: str
    doc: Document | None = None
    error: str | None = None
    more: tuple[Document, ...] = ()  # a turn dataset's other meetings
    notes: tuple[str, ...] = ()  # a turn dataset's malformed rows, one line each


def file_digest(path: Path) -> str:
    """Content hash of a file, read in chunks (never whole, never past the size limit)."""
    h = hashlib.blake2b(digest_size=16)
    read, limit = 0, max_bytes(path)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):  # (1 MB: a 1 MB buffer a file)
            read += len(chunk)
            if read > limit:  # it grew since it was measured
                raise UnreadableFile(f"{path}: {_too_large(read, limit)}")
            h.update(chunk)
    return h.hexdigest()


def _too_large(size: int, limit: int = MAX_BYTES) -> str:
    return f"larger than {limit // (1 << 20)} MB ({size:,} bytes or more), skipped"


def _regular_size(path: Path) -> int:
    """The size of a regular file; refuses FIFOs and devices, which would block or never end."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise UnreadableFile(f"{path}: {kind} (a pipe, socket or device?), skipped")
    return info.st_size


def _usable_size(path: Path) -> int:
    """The size of a file nrc will read; refused from its size alone (never read or hashed)."""
    size, limit = _regular_size(path), max_bytes(path)  # turn datasets may be larger
    if size > limit:
        raise UnreadableFile(f"{path}: {_too_large(size, limit)}")
    if size == 0:
        raise UnreadableFile(f"{path}: empty file, skipped")
    return size


def _parse_one(path: Path, columns: dict[str, str] | None = None) -> Parsed:
    try:
        _usable_size(path)
        digest = file_digest(path)
        found, notes = parse_documents(path, columns)
        docs = [d for d in found if d.turns]
        if not docs:
            raise UnreadableFile(f"{path}: no text to index (blank, or only boilerplate)")
        return Parsed(path, digest, docs[0], more=tuple(docs[1:]), notes=tuple(notes))
    except NrcError as exc:
        return Parsed(path, "", error=str(exc))
    except OSError as exc:
        return Parsed(path, "", error=f"{path}: {exc.strerror or exc}")
    except Exception as exc:  # a parser bug on one file must not stop the run
        return Parsed(path, "", error=f"{path}: could not be parsed ({type(exc).__name__}: {exc})")


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=shards.spawn_context(),
        initializer=shards.worker_init,
        initargs=(os.getpid(),),
    )


def _parse_all(paths: list[Path], jobs: int, columns: dict | None = None) -> Iterator[Parsed]:
    parse = functools.partial(_parse_one, columns=columns) if columns else _parse_one
    if jobs <= 1 or len(paths) < 8:
        yield from map(parse, paths)
        return
    pool = _pool(jobs)
    try:
        with shards.sigint_ignored():  # workers start with Ctrl-C ignored, even while importing
            results = pool.map(parse, paths, chunksize=4)
        yield from results
    except BrokenProcessPool:
        raise NrcError(
            "A parser process died (out of memory?); the index is unchanged. "
            "Try again with --jobs 1 to find the file."
        ) from None
    finally:
        # On Ctrl-C or an error, do not wait for the files still queued.
        pool.shutdown(wait=True, cancel_futures=True)


def ingest(
    index_dir: Path,
    paths: list[Path],
    *,
    rebuild: bool = False,
    prune: bool = False,
    wait: float = 0.0,
    jobs: int | None = None,
    speakers_file: Path | None = None,
    progress: Progress | None = None,
    columns: dict[str, str] | None = None,
) -> IngestSummary:
    """Bring the index at `index_dir` up to date with `paths` (`columns`: turn datasets' fields).

    No `paths`: a new, empty index gets the bundled seeds; an index that holds documents
    re-reads them (their files, as recorded), so `--rebuild` and `--prune` never swap the
    user's documents for the seeds.
    """
    summary = IngestSummary()
    jobs = jobs or min(2, os.cpu_count() or 1)
    with contextlib.suppress(IndexCorrupt):
        store.exists(index_dir)  # refuse a folder of the user's own files before writing there
    with (
        _terminate_as_interrupt(),
        store.ingest_lock(index_dir, wait),
        store.reading(index_dir),
        store.no_space(index_dir),
    ):
        store.claim(index_dir, rebuild=rebuild)
        fresh = rebuild or store.committed_generation(index_dir) is None
        with _discard_on_failure(index_dir), contextlib.ExitStack() as stack:
            old = _previous(index_dir, rebuild, stack)
            if not paths:
                paths = _default_paths(
                    index_dir, old, prune=prune, rebuild=rebuild, summary=summary
                )
            skipped: list[str] = []
            files = discover(paths, summary.warnings, skipped)
            summary.failed = len(summary.warnings)
            summary.warnings += skipped
            summary.skipped = len(skipped)
            handle = store.create_generation(index_dir) if fresh else store.open_index(index_dir)
            sources = _write(
                handle,
                files,
                summary,
                old=old,
                prune=prune,
                jobs=jobs,
                speakers_file=speakers_file,
                progress=progress,
                columns=columns,
            )
        if fresh:
            store.switch_generation(handle)
        else:
            store.record_files(handle)
        store.write_sources(index_dir, sources)
    return summary


@contextlib.contextmanager
def _discard_on_failure(index_dir: Path) -> Iterator[None]:
    """A run that fails (a full disk, Ctrl-C) removes the files it wrote before it ends."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):
            store.discard_failed(index_dir)
        raise


@dataclass
class _Old:
    """What the index held before this run: doc records and their turns (for ids to stay)."""

    docs: dict[str, dict] = field(default_factory=dict)
    turns: store.Turns | None = None


def _previous(index_dir: Path, rebuild: bool, stack: contextlib.ExitStack) -> _Old | None:
    """The committed index's documents, open for the run; None when there is none (or, for a
    --rebuild, when it cannot be read: the rebuild then starts from nothing)."""
    if store.committed_generation(index_dir) is None:
        return None
    if rebuild:
        handle = store.open_previous(index_dir)
        if handle is None:
            return None
    else:
        handle = store.open_index(index_dir)  # raises the rebuild hint when it is damaged
    searcher = stack.enter_context(handle.ix.searcher())
    try:
        return _Old(store.read_docs(searcher), store.Turns(searcher))
    except Exception:
        if not rebuild:
            raise
        return None


def _default_paths(
    index_dir: Path, old: _Old | None, *, prune: bool, rebuild: bool, summary: IngestSummary
) -> list[Path]:
    """The files to read when no PATH is given: the seeds for a new index, else those it holds."""
    if store.committed_generation(index_dir) is None:
        seeds = seeds_dir()
        summary.note = f"no PATH given; indexing the {_count_seeds(seeds)} bundled seed documents"
        return [seeds]
    sources = sorted({d["source"] for d in old.docs.values()}) if old else None
    sources = sources if sources is not None else store.read_sources(index_dir)
    if sources is None:
        raise NrcError(
            f"{index_dir}: cannot tell which files the index holds (it cannot be read). "
            f"Name them: nrc ingest --rebuild PATH... --index {index_dir}"
        )
    summary.note = f"no PATH given; re-reading the {len(sources):,} documents the index holds"
    found = []
    for source in sources:
        path = Path(source)
        if path.is_file():
            found.append(path)
        elif (seed := _seed_twin(path)) is not None:
            found.append(seed)  # a seed installed elsewhere since (a reinstall moved it)
        elif not prune:
            fate = "left out of the rebuilt index" if rebuild else "kept (--prune drops it)"
            summary.warnings.append(f"{source}: indexed before, now missing; {fate}")
    return found


def _count_seeds(seeds: Path) -> int:
    return sum(1 for p in seeds.iterdir() if p.name.lower().endswith(SUFFIXES))


def _seed_twin(path: Path) -> Path | None:
    """The bundled seed of the same name as `path`, when `path` was a seed (now gone)."""
    try:
        return seed_twin(path, seeds_dir())
    except NrcError:
        return None


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (timeout, cron, systemd) ends an ingest the way Ctrl-C does: cleanly, index whole."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write(
    handle, files, summary, *, old, prune, jobs, speakers_file, progress, columns=None
) -> list[str]:
    """Write the run into `handle`'s generation in one commit; the sources it then holds."""
    with handle.ix.searcher() as searcher:
        docs = store.read_docs(searcher)
        meta = store.read_meta(searcher)
        registry = SpeakerRegistry.from_dict(store.read_registry(searcher))
    known = old.docs if old else {}
    ids = _Ids(docs, known)
    if speakers_file:
        registry.load_aliases(speakers_file)
    todo = [p for p in files if _changed(p, docs.get(ids.by_file.get(_key(p), "")), summary)]
    writer = _writer(handle)
    sharded = None

    def add(doc_id: str, doc: Document, digest: str, next_n: int | None) -> None:
        if sharded:
            sharded.add(doc_id, doc, digest, next_n)
        else:
            store.add_document(writer, doc_id, doc, digest, next_n)

    try:
        sharded = _shards(handle, jobs, len(todo))
        for done, parsed in enumerate(_parse_all(todo, jobs, columns), 1):
            if progress:
                progress(done, len(todo), str(parsed.path))
            _store_one(writer, add, parsed, registry, ids, old, summary)
        if prune:
            _prune(writer, docs, summary)
        if progress:
            progress(len(todo), len(todo), COMMITTING)
        meta.pop("speakers", None)
        meta["renames"] = _renames(registry, docs)
        writer.update_document(**store.meta_record(meta))
        for record in store.registry_records(_registry_data(registry, docs)):
            writer.update_document(**record)
        if sharded:
            store.commit_with_segments(writer, sharded.finish())
        else:
            writer.commit()
    except BaseException:
        if sharded:
            sharded.abort()
        with contextlib.suppress(Exception):
            writer.cancel()
        raise
    with handle.ix.searcher() as searcher:
        summary.total_turns = store.count_turns(searcher)
    summary.documents = len(docs)
    summary.speakers = len(registry.people())
    return sorted(d["source"] for d in docs.values())


class _Ids:
    """Which document id a file gets: the one it had (by path, or by content when it moved, or
    in the index being rebuilt), else a new one from its name."""

    def __init__(self, docs: dict[str, dict], known: dict[str, dict]) -> None:
        self.docs = docs  # the documents of the generation being written (a live view)
        self._held = known | docs
        self.by_path = {_key(Path(d["source"]), d.get("part")): i for i, d in self._held.items()}
        self.by_file = {_key(Path(d["source"])): i for i, d in self._held.items()}  # one per file
        self._moved: dict[str, str] | None = None  # content hash -> id, of vanished files
        self._reserved = set(known)  # ids of the index being rebuilt, kept for their own files

    def _moved_away(self, digest: str) -> str | None:
        """The document whose file vanished and whose content was `digest` (a moved file)."""
        if self._moved is None:  # only once a file is new: a stat per held document
            self._moved = {
                d.get("hash", ""): i
                for i, d in self._held.items()
                if not d.get("part") and not Path(d["source"]).is_file()
            }
        return self._moved.pop(digest, None)

    def of(self, path: Path, digest: str, part: str | None = None) -> str:
        """The id of `path` (of its meeting `part`, for a turn dataset)."""
        key = _key(path, part)
        doc_id = self.by_path.get(key) or (None if part else self._moved_away(digest))
        if doc_id is None:
            name = (
                Path(_SLUG.sub("-", part) + ".part") if part else path
            )  # "A/77/PV.5" -> A-77-PV.5
            doc_id = store.make_doc_id(name, _Taken(self.docs, self._reserved))
        self.by_path[key] = doc_id
        self.by_file[_key(path)] = doc_id
        return doc_id

    def drop_stale_parts(self, writer, path: Path, parts: set[str]) -> None:
        """Forget the meetings of the dataset at `path` that it no longer has."""
        for doc_id, data in list(self.docs.items()):
            if data["source"] == str(path) and data.get("part") not in parts:
                store.delete_doc(writer, doc_id)
                self.by_path.pop(_key(path, data.get("part")), None)
                del self.docs[doc_id]


class _Taken:
    """The ids in use, without copying the (possibly large) dict of documents per new file."""

    def __init__(self, docs: dict, reserved: set[str]) -> None:
        self.docs, self.reserved = docs, reserved

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.docs or doc_id in self.reserved


def _key(path: Path, part: str | None = None) -> str:
    """A document's identity: its resolved path; a bundled seed's, its name (installs move it);
    a turn dataset's meeting, the dataset's path and the meeting ("debates.csv#A/77/PV.5")."""
    key = f"seed:{path.name}" if is_seed(path) else str(path)
    return f"{key}#{part}" if part else key


# Characters a document id made from a dataset's meeting value does not keep.
_SLUG = re.compile(r"[^A-Za-z0-9_.-]+")


def _shards(handle, jobs: int, files: int) -> shards.ShardWriters | None:
    """Shard writer processes (one per job) for a run big enough to repay starting them."""
    if jobs <= 1 or files < SHARD_MIN_FILES:
        return None
    return shards.ShardWriters(handle.path, handle.generation, jobs, LIMIT_MB)


def _writer(handle):
    """Whoosh's writer, its WRITELOCK taken here so that a writer that fails while starting (a
    full disk) never keeps the lock for the rest of the process."""
    from whoosh.writing import SegmentWriter

    lock = handle.ix.lock("WRITELOCK")
    if not lock.acquire():
        raise IndexBusy(f"{handle.path} is locked by another program writing to it.")
    try:
        writer = SegmentWriter(
            handle.ix, _lk=False, limitmb=LIMIT_MB, compound=False, codec=store.codec()
        )
        store.term_pool(writer, LIMIT_MB)
    except BaseException:
        lock.release()
        raise
    writer.writelock = lock  # released by the writer's commit or cancel
    return writer


def _registry_data(registry, docs: dict[str, dict]) -> dict:
    """The registry as stored, with the lookup `--speaker` reads instead of rebuilding it."""
    from nrc_search import catalog

    stored = {name.lower() for data in docs.values() for name in data.get("participants", ())}
    return {**registry.to_dict(), "lookup": catalog.speaker_lookup(registry, stored)}


def _renames(registry, docs: dict[str, dict]) -> dict[str, str]:
    """Stored speaker names that now resolve to someone else (a surname seen before the full name).

    Each document record lists the names its turns were stored under (`participants`). Search
    maps hits through this small dict instead of rebuilding the registry per query.
    """
    stored = {name for data in docs.values() for name in data.get("participants", ())}
    renames = {}
    for name in sorted(stored):
        target = registry.resolve(name)
        if target != name:
            renames[name] = target
    return renames


def _changed(path: Path, data: dict | None, summary: IngestSummary) -> bool:
    if data is None or data.get("source") != str(path):
        return True
    try:
        _usable_size(path)  # a file that grew past the limit is refused by the parse step
        if file_digest(path) == data.get("hash"):
            summary.unchanged += 1
            return False
    except (OSError, NrcError):
        pass  # the parse step reports it
    return True


def _store_one(writer, add, parsed: Parsed, registry, ids: _Ids, old, summary) -> None:
    """Canonicalise one parsed file's speakers (here, in file order) and hand it to `add`."""
    if parsed.error or parsed.doc is None:
        summary.failed += 1
        summary.warnings.append(parsed.error or f"{parsed.path}: could not be parsed")
        return
    summary.warnings += parsed.notes
    summary.rows_skipped += len(parsed.notes)
    docs = (parsed.doc, *parsed.more)
    if parsed.doc.part is not None:  # a turn dataset: one document per meeting
        ids.drop_stale_parts(writer, parsed.path, {d.part for d in docs if d.part})
    for doc in docs:
        _store_doc(writer, add, parsed, doc, registry, ids, old, summary)


def _store_doc(writer, add, parsed: Parsed, doc: Document, registry, ids, old, summary) -> None:
    doc = registry.canonicalize(doc)
    doc_id = ids.of(parsed.path, parsed.digest, doc.part)
    if doc_id in ids.docs:
        store.delete_doc(writer, doc_id)
        summary.updated += 1
    else:
        summary.added += 1
    doc, next_n = _numbered(doc, doc_id, old)
    doc = Document(**{**doc.__dict__, "source": str(parsed.path)})
    add(doc_id, doc, parsed.digest, next_n)
    ids.docs[doc_id] = store.doc_data(doc, parsed.digest, next_n)
    summary.turns += len(doc.turns)


def _numbered(doc: Document, doc_id: str, old: _Old | None) -> tuple[Document, int | None]:
    """`doc` with the turn numbers its unchanged turns had before (new turns get new ones)."""
    before = old.docs.get(doc_id) if old else None
    if old is None or old.turns is None or before is None:
        return doc, None
    try:
        keyed = old.turns.keyed(doc_id)
    except Exception:  # an old record nrc cannot read back: number afresh
        return doc, None
    free = max([before.get("next_n", 0), *(n + 1 for n, _ in keyed)])
    keys = [store.turn_key(t.speaker, t.text) for t in doc.turns]
    numbers, free = store.keep_numbers(keyed, keys, max(free, 1))
    turns = tuple(replace(t, n=n) for t, n in zip(doc.turns, numbers, strict=True))
    return replace(doc, turns=turns), free


def _prune(writer, docs: dict, summary: IngestSummary) -> None:
    """Drop the documents whose file is gone, or is now a folder or something else."""
    for doc_id, data in list(docs.items()):
        path = Path(data["source"])
        if not path.is_file() and _seed_twin(path) is None:
            store.delete_doc(writer, doc_id)
            del docs[doc_id]
            summary.pruned += 1


def missing_index(index_dir: Path, *, from_env: bool) -> NoReturn:
    """Raise the one-line error for an --index / NRC_INDEX folder that holds no index."""
    given = "NRC_INDEX names" if from_env else "--index names; NRC_INDEX sets the default"
    raise IndexMissing(
        f"No index at {index_dir}/ (the folder {given}). "
        f"Check the folder, or build one there: nrc ingest PATH --index {index_dir}"
    )
