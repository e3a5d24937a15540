"""An index folder: its marker file, its generations, opening and committing them.

A folder holds `nrc-index.json` (the marker: format, schema version, current generation) and
Whoosh files named after the generation (`_g3_12.toc`, `g3_abc123.seg`). `--rebuild` writes a
new generation and switches the marker atomically, so an interrupted rebuild leaves the old
index whole. A folder without nrc's marker is never opened (Whoosh stores pickles).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from nrc_search.errors import IndexCorrupt, IndexForeign, IndexMissing, NrcError
from nrc_search.store.integrity import (
    SOURCES,
    check_sizes,
    file_sizes,
    rebuild_hint,
    remove_unlisted,
)
from nrc_search.store.lock import LOCKFILE
from nrc_search.store.postings import StoredReader
from nrc_search.store.records import read_meta
from nrc_search.store.schema import SCHEMA_VERSION, make_schema

MARKER = "nrc-index.json"

FORMAT = "nrc-search-index"

# Files nrc's Whoosh writes for a generation: "_g1_3.toc", "g1_k2j3h4.seg", "g1_WRITELOCK",
# and what a killed writer leaves: the "g1.tmp" pool folder, a "_g1_4.toc.1732634.12" temp TOC.
_GEN_FILE = re.compile(
    r"^_?(?P<gen>g\d+)(?:(?P<junk>\.tmp|_\d+\.toc\.[0-9.]+)"
    r"|_[0-9a-z]+\.[A-Za-z0-9_.]+|_WRITELOCK)$"
)


class _SteadyIndex(whoosh_index.FileIndex):
    """A Whoosh index whose readers survive a concurrent commit or --rebuild, and fail fast.

    Whoosh opens column files (stored fields, field lengths) lazily, so a searcher that read the
    TOC just before a commit merged segments away finds their files gone halfway through a
    search. Here every file is opened when the reader is made (open files outlive deletion).
    A reader that failed is made again only when the index changed meanwhile (a new TOC, or the
    marker switched to a new generation); when nothing changed the files are damaged, and the
    rebuild hint comes at once. (Whoosh's own `reader` retries every OSError for 0.5 s; this one
    replaces it.)
    """

    def reader(self, reuse=None):
        problem: BaseException | None = None
        for _ in range(8):
            before = self._state()
            reader = None
            try:
                info = self._read_toc()
                reader = self._reader(
                    self.storage, info.schema, info.segments, info.generation, reuse=reuse
                )
                _warm(reader)
                return reader
            except Exception as exc:  # OSError, a vanished column, or a TOC a rebuild removed
                problem = exc
                if reader is not None:
                    reader.close()
                reuse = None
            after = self._state()
            if after[0] and after[0] != self.indexname:
                self.indexname = after[0]  # a --rebuild switched generations: follow it
            elif after == before:
                break  # nothing moved under this reader: the files themselves are damaged
        raise IndexCorrupt(
            f"{self.storage.folder}: the index cannot be read ({_brief(problem)}). "
            f"{rebuild_hint(self.storage.folder)}"
        ) from problem

    def _state(self) -> tuple[str, int]:
        """(the marker's generation, the newest TOC number): what a commit or rebuild changes."""
        try:
            generation = str(
                (_read_marker(Path(self.storage.folder)) or {}).get("generation") or ""
            )
        except NrcError:
            generation = ""
        try:
            toc = whoosh_index.TOC._latest_generation(self.storage, self.indexname)
        except Exception:
            toc = -2
        return generation, toc


def _warm(reader) -> None:
    """Open every lazily opened file of every segment; raise when one has vanished."""
    for leaf, _ in reader.leaf_readers():
        perdoc = getattr(leaf, "_perdoc", None)
        if perdoc is None or not leaf.doc_count_all():
            continue
        last = leaf.doc_count_all() - 1
        leaf.stored_fields(0)  # TypeError when the stored column is gone
        stored = perdoc._readers.get("_stored")
        if isinstance(stored, StoredReader):
            stored.raw(last)  # the column's end is there (not decoded: it may be the registry)
        else:
            leaf.stored_fields(last)
        for name in leaf.schema.scorable_names():
            leaf.doc_field_length(0, name)
            if leaf.field_length(name) and f"_{name}_len" not in perdoc._colfiles:
                raise FileNotFoundError(f"the {name} lengths of a segment vanished")


def _open_generation(path: Path, generation: str) -> whoosh_index.FileIndex:
    storage = FileStorage(str(path))
    if not storage.index_exists(indexname=generation):
        raise whoosh_index.EmptyIndexError(f"no generation {generation} in {path}")
    return _SteadyIndex(storage, indexname=generation)


def open_for_shard(path: Path, generation: str) -> whoosh_index.FileIndex:
    """The generation a shard process writes a segment of (the parent holds the locks)."""
    return whoosh_index.FileIndex(FileStorage(str(path)), indexname=generation)


def commit_with_segments(writer, segments: list) -> None:
    """Commit `writer` (its own additions, deletions and merges) plus segments written elsewhere.

    The same steps as SegmentWriter.commit, with the shard processes' finished segments added to
    the one TOC it writes: that write is the single moment the new content becomes the index.
    """
    try:
        final = writer._merge_segments(None, None, None)
        if writer._added:
            final.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(final + segments)
    except Exception:
        writer._cleanup_on_error()
        raise
    writer._finish()


@dataclass
class IndexHandle:
    """An opened index and the folder it lives in."""

    path: Path
    ix: whoosh_index.Index
    generation: str
    checked: Any = None  # the searcher that checked it could be read, for open_index(keep=True)


def _read_marker(path: Path) -> dict | None:
    marker = path / MARKER
    if not marker.exists():
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorrupt(f"{marker}: unreadable marker ({exc}). {rebuild_hint(path)}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise IndexForeign(f"{path} is not an nrc index. Use another --index folder.")
    return data


def _write_marker(path: Path, generation: str | None, files: dict[str, int] | None = None) -> None:
    """Replace the marker atomically (write a temp file, fsync, rename).

    `files` are the sizes of the committed generation's files (Whoosh never rewrites a file), so
    a truncated segment is told from a whole one by a stat, before Whoosh reads it.
    """
    data: dict = {"format": FORMAT, "schema": SCHEMA_VERSION, "generation": generation}
    if files:
        data["files"] = files
    tmp = path / f".{MARKER}.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path / MARKER)


def _foreign_files(path: Path) -> list[str]:
    ignore = {MARKER, LOCKFILE, SOURCES, ".gitkeep"}
    return [n for n in os.listdir(path) if n not in ignore and not n.startswith(".")]


def _ours(name: str) -> bool:
    """True for a file nrc writes: a generation's Whoosh files, temp folders and leftovers."""
    return bool(_GEN_FILE.match(name))


def committed_generation(path: Path) -> str | None:
    """The generation searches read, or None when no ingest has committed yet."""
    if not exists(path):
        return None
    generation = (_read_marker(path) or {}).get("generation")
    return str(generation) if generation else None


def claim(path: Path, *, rebuild: bool = False) -> None:
    """Make `path` an nrc folder before any Whoosh file is written (call under the ingest lock).

    An empty folder gets a provisional marker (no generation yet), so a first ingest that is
    killed halfway is recognised and redone. A folder holding files nrc did not create is
    refused, even with --rebuild: nrc never deletes or mixes with the user's files. With
    --rebuild, an unreadable marker is replaced when every other file is nrc's own.
    """
    path.mkdir(parents=True, exist_ok=True)
    try:
        known = exists(path)
    except IndexCorrupt:
        if not rebuild or not all(_ours(n) for n in _foreign_files(path)):
            raise
        _write_marker(path, None)
        known = True
    if not known:
        _write_marker(path, None)
    discard_failed(path)


def discard_failed(path: Path) -> None:
    """Delete what failed or interrupted runs left: other generations, temp folders and TOCs,
    and segments the committed TOC does not list (a full disk needs the space back). Call only
    under the ingest lock."""
    keep = committed_generation(path)
    _sweep(path, keep)
    if keep:
        remove_unlisted(path, keep)


def _sweep(path: Path, keep: str | None) -> None:
    """Delete what interrupted runs left behind: other generations, temp folders, temp TOCs."""
    for name in os.listdir(path):
        m = _GEN_FILE.match(name)
        if not m or (keep and m["gen"] == keep and not m["junk"]):
            continue
        target = path / name
        with contextlib.suppress(OSError):
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            else:
                target.unlink()
    for name in os.listdir(path):
        if name.startswith(f".{MARKER}."):
            with contextlib.suppress(OSError):
                (path / name).unlink()


def exists(path: Path) -> bool:
    """True when `path` holds an nrc index (checked, so a foreign folder raises)."""
    if not path.is_dir():
        return False
    marker = _read_marker(path)
    if marker is None:
        if _foreign_files(path):
            raise IndexForeign(
                f"{path} holds files nrc did not create (no {MARKER}); nrc opens only its own "
                "indexes, since a Whoosh index can run code when opened, and --rebuild will not "
                "delete them. Use an empty or new --index folder."
            )
        return False
    return True


def open_index(path: Path, *, keep: bool = False) -> IndexHandle:
    """Open the committed state of the index at `path` for reading; with `keep`, the searcher
    that checked it can be read stays open as `handle.checked` (a search uses it: one open of
    the segments, not two)."""
    if not path.is_dir() or not exists(path):
        raise IndexMissing(f"No index at {path}/. Build one: nrc ingest PATH --index {path}")
    for attempt in range(3):
        marker = _read_marker(path) or {}
        if marker.get("schema") != SCHEMA_VERSION:
            raise IndexForeign(
                f"{path} was built by another version of nrc (schema {marker.get('schema')}, "
                f"this nrc reads {SCHEMA_VERSION}). {rebuild_hint(path)}"
            )
        generation = str(marker.get("generation") or "")
        if not generation:
            raise IndexMissing(
                f"No index at {path}/ yet: the first `nrc ingest` there is still running or "
                "was interrupted. Run that `nrc ingest PATH` again (add --wait SECONDS to wait "
                "for a running one)."
            )
        try:
            check_sizes(path, marker)
            handle = IndexHandle(path, _open_generation(path, generation), generation)
            handle.checked = check_readable(handle, keep=keep)
            return handle
        except Exception as exc:  # Whoosh raises many types for damaged files
            # A --rebuild may have switched generations between reading the marker and opening.
            if attempt < 2 and (_read_marker(path) or {}).get("generation") != marker.get(
                "generation"
            ):
                continue
            if isinstance(exc, NrcError):
                raise
            raise IndexCorrupt(
                f"{path}: the index cannot be opened ({_brief(exc)}). {rebuild_hint(path)}"
            ) from exc
    raise AssertionError("unreachable")


def _brief(exc: BaseException) -> str:
    """One line about a Whoosh failure, short enough for a one-line error."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def create_generation(path: Path) -> IndexHandle:
    """Create a fresh, empty generation beside the current one (not yet switched to)."""
    path.mkdir(parents=True, exist_ok=True)
    current = (_read_marker(path) or {}).get("generation") or "g0"
    number = int(re.sub(r"\D", "", str(current)) or 0) + 1
    generation = f"g{number}"
    _remove_generation(path, generation)
    storage = FileStorage(str(path))
    ix = storage.create_index(make_schema(), indexname=generation)
    return IndexHandle(path, ix, generation)


def switch_generation(handle: IndexHandle) -> None:
    """Make `handle`'s generation the current one, then delete the old one's files."""
    old = (_read_marker(handle.path) or {}).get("generation")
    _write_marker(handle.path, handle.generation, file_sizes(handle.path, handle.generation))
    if old and old != handle.generation:
        _remove_generation(handle.path, str(old))


def record_files(handle: IndexHandle) -> None:
    """After a commit to the current generation: the marker records its files' sizes."""
    _write_marker(handle.path, handle.generation, file_sizes(handle.path, handle.generation))


def open_previous(path: Path) -> IndexHandle | None:
    """The committed generation, for --rebuild to learn what it held (its schema unchecked);
    None when there is none or it cannot be read."""
    try:
        generation = committed_generation(path)
        if not generation:
            return None
        handle = IndexHandle(path, _open_generation(path, generation), generation)
        check_readable(handle)
        return handle
    except Exception:
        return None


def _remove_generation(path: Path, generation: str) -> None:
    for name in os.listdir(path):
        if name.startswith((f"_{generation}_", f"{generation}_")):
            with contextlib.suppress(OSError):
                (path / name).unlink()


@contextlib.contextmanager
def reading(path: Path) -> Iterator[None]:
    """Turn the damage Whoosh finds halfway through a search into the one-line rebuild hint."""
    from whoosh.reading import CorruptIndexError

    try:
        yield
    except (CorruptIndexError, zlib.error, EOFError) as exc:
        raise IndexCorrupt(
            f"{path}: the index cannot be read ({_brief(exc)}). {rebuild_hint(path)}"
        ) from exc


def check_readable(handle: IndexHandle, *, keep: bool = False) -> Any:
    """Fail early, with the rebuild hint, when a committed index cannot be read; with `keep`,
    return the (BM25F) searcher that read it, open."""
    from whoosh.scoring import BM25F

    s = None
    try:
        s = handle.ix.searcher(weighting=BM25F())
        read_meta(s)
    except Exception as exc:
        if s is not None:
            s.close()
        if isinstance(exc, NrcError):
            raise
        raise IndexCorrupt(
            f"{handle.path}: the index cannot be read ({_brief(exc)}). {rebuild_hint(handle.path)}"
        ) from exc
    if keep:
        return s
    s.close()
    return None
