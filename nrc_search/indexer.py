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
import stat
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from nrc_search import shards, store
from nrc_search.errors import IndexBusy, IndexCorrupt, NrcError, UnreadableFile
from nrc_search.ingest import max_bytes, parse_documents
from nrc_search.ingest.sniff import skip_reason
from nrc_search.ingest.speakers import SpeakerRegistry
from nrc_search.model import Document

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


@dataclass
class Parsed:
    path: Path
    digest: str
    doc: Document | None = None
    error: str | None = None
    more: tuple[Document, ...] = ()  # a turn dataset's other meetings
    notes: tuple[str, ...] = ()  # a turn dataset's malformed rows, one line each


def discover(
    paths: Iterable[Path], warnings: list[str], skipped: list[str] | None = None
) -> list[Path]:
    """Files to ingest under `paths`: recursive, readable types, resolved, each once, sorted.

    A file in a folder that nrc cannot read ("unsupported type .rtf") is named in `warnings`
    and, with its reason, in `skipped`; a file named by the user is always tried.
    """
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            onerror = _walk_error(warnings)
            for root, dirs, files in os.walk(path, onerror=onerror, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and _readable(Path(root) / name, skipped):
                        _add(Path(root) / name, found, warnings)
        elif path.exists() or path.is_symlink():
            _add(path, found, warnings)
        else:
            warnings.append(f"{path}: no such file or folder")
    return list(found)


def _readable(path: Path, skipped: list[str] | None) -> bool:
    """False (with the reason in `skipped`) for a file of a type nrc has no reader for."""
    reason = skip_reason(path)
    if reason and skipped is not None:
        skipped.append(reason)
    return reason is None


def _walk_error(warnings: list[str]) -> Callable[[OSError], None]:
    """os.walk skips a folder it cannot list; say so instead of losing its files silently."""

    def record(exc: OSError) -> None:
        warnings.append(f"{exc.filename}: folder cannot be read ({exc.strerror or exc})")

    return record


def _add(path: Path, found: dict[Path, None], warnings: list[str]) -> None:
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        reason = (
            "symlink loop"
            if isinstance(exc, RuntimeError) or "loop" in str(exc).lower()
            else "broken link or missing file"
        )
        warnings.append(f"{path}: {reason}")
        return
    found[resolved] = None


def file_digest(path: Path) -> str:
    """Content hash of a file, read in chunks (never whole)."""
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _regular_size(path: Path) -> int:
    """The size of a regular file; refuses FIFOs and devices, which would block or never end."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise UnreadableFile(f"{path}: {kind} (a pipe, socket or device?), skipped")
    return info.st_size


def _parse_one(path: Path, columns: dict[str, str] | None = None) -> Parsed:
    try:
        size = _regular_size(path)
        limit = max_bytes(path)
        if size > limit:
            raise UnreadableFile(f"{path}: larger than {limit // (1 << 20)} MB, skipped")
        if size == 0:
            raise UnreadableFile(f"{path}: empty file, skipped")
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


_SLUG = re.compile(r"[^A-Za-z0-9_.-]+")


def make_doc_id(path: Path, taken: Collection[str]) -> str:
    """A short, readable id from the file name, unique in the index ("004_fbef40a881d0f922")."""
    base = _SLUG.sub("-", path.stem).strip("-.")[:48] or "doc"
    doc_id, k = base, 2
    while doc_id in taken:
        doc_id, k = f"{base}-{k}", k + 1
    return doc_id


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
    """Bring the index at `index_dir` up to date with `paths` (`columns`: turn datasets' fields)."""
    summary = IngestSummary()
    skipped: list[str] = []
    files = discover(paths, summary.warnings, skipped)
    summary.warnings += skipped
    summary.skipped = len(skipped)
    summary.failed += len(summary.warnings) - len(skipped)
    jobs = jobs or min(2, os.cpu_count() or 1)
    with contextlib.suppress(IndexCorrupt):
        store.exists(index_dir)  # refuse a folder of the user's own files before writing there
    with store.ingest_lock(index_dir, wait), store.reading(index_dir):
        store.claim(index_dir, rebuild=rebuild)
        fresh = rebuild or store.committed_generation(index_dir) is None
        handle = store.create_generation(index_dir) if fresh else store.open_index(index_dir)
        if not fresh:
            store.check_readable(handle)
        _write(
            handle,
            files,
            summary,
            prune=prune,
            jobs=jobs,
            speakers_file=speakers_file,
            progress=progress,
            columns=columns,
        )
        if fresh:
            store.switch_generation(handle)
    return summary


def _write(handle, files, summary, *, prune, jobs, speakers_file, progress, columns=None) -> None:
    with handle.ix.searcher() as searcher:
        docs = store.read_docs(searcher)
        meta = store.read_meta(searcher)
        registry = SpeakerRegistry.from_dict(store.read_registry(searcher))
    by_path = {_doc_key(data): doc_id for doc_id, data in docs.items()}
    by_file = {data["source"]: doc_id for doc_id, data in docs.items()}
    if speakers_file:
        registry.load_aliases(speakers_file)
    todo = [p for p in files if _changed(p, docs.get(by_file.get(str(p), "")), summary)]
    writer = _writer(handle)
    sharded = _shards(handle, jobs, len(todo))

    def add(doc_id: str, doc: Document, digest: str) -> None:
        if sharded:
            sharded.add(doc_id, doc, digest)
        else:
            store.add_document(writer, doc_id, doc, digest)

    try:
        for done, parsed in enumerate(_parse_all(todo, jobs, columns), 1):
            if progress:
                progress(done, len(todo), str(parsed.path))
            _store_one(writer, add, parsed, registry, docs, by_path, summary)
        if prune:
            _prune(writer, docs, files, summary)
        if progress:
            progress(len(todo), len(todo), COMMITTING)
        meta.pop("speakers", None)
        meta["renames"] = _renames(registry, docs)
        writer.update_document(**store.meta_record(meta))
        writer.update_document(**store.registry_record(registry.to_dict()))
        if sharded:
            store.commit_with_segments(writer, sharded.finish())
        else:
            writer.commit()
    except BaseException as exc:
        if sharded:
            sharded.abort()
        with contextlib.suppress(Exception):
            writer.cancel()
        if isinstance(exc, OSError):
            raise NrcError(
                f"Cannot write the index at {handle.path}/ ({exc.strerror or exc}); "
                "the previous index is unchanged."
            ) from exc
        raise
    with handle.ix.searcher() as searcher:
        summary.total_turns = store.count_turns(searcher)
    summary.documents = len(docs)
    summary.speakers = len(registry.people())


def _shards(handle, jobs: int, files: int) -> shards.ShardWriters | None:
    """Shard writer processes (one per job) for a run big enough to repay starting them."""
    if jobs <= 1 or files < SHARD_MIN_FILES:
        return None
    return shards.ShardWriters(handle.path, handle.generation, jobs, LIMIT_MB)


def _writer(handle):
    from whoosh.index import LockError

    try:
        return handle.ix.writer(limitmb=LIMIT_MB, compound=False)
    except LockError:
        raise IndexBusy(f"{handle.path} is locked by another program writing to it.") from None
    except OSError as exc:
        raise NrcError(
            f"Cannot write the index at {handle.path}/ ({exc.strerror or exc})."
        ) from exc


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
    if data is None:
        return True
    try:
        _regular_size(path)
        if file_digest(path) == data.get("hash"):
            summary.unchanged += 1
            return False
    except (OSError, NrcError):
        pass  # the parse step reports it
    return True


def _store_one(writer, add, parsed: Parsed, registry, docs, by_path, summary) -> None:
    """Canonicalise one parsed file's speakers (here, in file order) and hand it to `add`."""
    if parsed.error or parsed.doc is None:
        summary.failed += 1
        summary.warnings.append(parsed.error or f"{parsed.path}: could not be parsed")
        return
    summary.warnings += parsed.notes
    summary.rows_skipped += len(parsed.notes)
    if parsed.doc.part is not None:  # a turn dataset: forget the meetings it no longer has
        _drop_stale_parts(writer, parsed, docs, by_path)
    for doc in (parsed.doc, *parsed.more):
        _store_doc(writer, add, parsed, doc, registry, docs, by_path, summary)


def _doc_key(data: dict) -> str:
    """A stored document's identity: its file, and for a turn dataset the meeting in it."""
    return data["source"] + (f"#{data['part']}" if data.get("part") else "")


def _drop_stale_parts(writer, parsed: Parsed, docs, by_path) -> None:
    source = str(parsed.path)
    keep = {f"{source}#{d.part}" for d in (parsed.doc, *parsed.more) if d is not None}
    for doc_id, data in list(docs.items()):
        if data["source"] == source and _doc_key(data) not in keep:
            store.delete_doc(writer, doc_id)
            by_path.pop(_doc_key(data), None)
            del docs[doc_id]


def _store_doc(
    writer, add, parsed: Parsed, doc: Document, registry, docs, by_path, summary
) -> None:
    doc = registry.canonicalize(doc)
    source = str(parsed.path)
    key = source + (f"#{doc.part}" if doc.part else "")
    doc_id = by_path.get(key)
    if doc_id is None:
        name = Path(_SLUG.sub("-", doc.part) + ".part") if doc.part else parsed.path
        doc_id = make_doc_id(name, docs.keys())  # a live view: no copy per document
        by_path[key] = doc_id
        summary.added += 1
    else:
        store.delete_doc(writer, doc_id)
        summary.updated += 1
    doc = Document(**{**doc.__dict__, "source": source})
    add(doc_id, doc, parsed.digest)
    docs[doc_id] = store.doc_data(doc, parsed.digest)
    summary.turns += len(doc.turns)


def _prune(writer, docs: dict, files: list[Path], summary: IngestSummary) -> None:
    for doc_id, data in list(docs.items()):
        if not Path(data["source"]).exists():
            store.delete_doc(writer, doc_id)
            del docs[doc_id]
            summary.pruned += 1


def seeds_dir() -> Path:
    """The seed documents that ship with nrc (installed package, or the source checkout)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise NrcError(
        "The bundled seed documents are missing from this installation; reinstall nrc-search."
    )
