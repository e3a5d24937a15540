"""The Whoosh index: schema, opening, the marker file, the ingest lock; the only writer.

An index folder holds `nrc-index.json` (the marker: format, schema version, current generation)
and Whoosh files named after the generation (`_g3_12.toc`, `g3_abc123.seg`). `--rebuild` writes
a new generation and switches the marker atomically, so an interrupted rebuild leaves the old
index whole. Parsing lives in `ingest/`; this module only stores what it is given.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer
from whoosh.fields import DATETIME, ID, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.query import Term
from whoosh.support.charset import accent_map

from nrc_search import whoosh_fixes
from nrc_search.analysis import analyzer
from nrc_search.errors import IndexBusy, IndexCorrupt, IndexForeign, IndexMissing, NrcError
from nrc_search.model import DocInfo, Document, Turn

whoosh_fixes.apply()

SCHEMA_VERSION = 1
MARKER = "nrc-index.json"
LOCKFILE = "nrc.lock"
FORMAT = "nrc-search-index"
META_ID = "__meta__"  # small facts every search reads (speaker renames)
REGISTRY_ID = "__speakers__"  # the speaker registry: read by ingest, `--speaker` and `speakers`

# Files nrc's Whoosh writes for a generation: "_g1_3.toc", "g1_k2j3h4.seg", "g1_WRITELOCK",
# and what a killed writer leaves: the "g1.tmp" pool folder, a "_g1_4.toc.1732634.12" temp TOC.
_GEN_FILE = re.compile(
    r"^_?(?P<gen>g\d+)(?:(?P<junk>\.tmp|_\d+\.toc\.[0-9.]+)"
    r"|_[0-9a-z]+\.[A-Za-z0-9_.]+|_WRITELOCK)$"
)


def _name_analyzer():
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


def make_schema() -> Schema:
    """One Whoosh document per turn, plus one per source document and one meta record."""
    return Schema(
        type=ID(stored=True),  # "turn" | "doc" | "meta"
        turn_id=ID(stored=True, unique=True),
        doc_id=ID(stored=True),
        n=NUMERIC(stored=True, signed=False),
        speaker=TEXT(analyzer=_name_analyzer(), stored=True),
        speaker_key=ID(),
        role=STORED(),
        attribution=ID(stored=True),
        flags=STORED(),
        date=DATETIME(),
        day=STORED(),
        text=TEXT(analyzer=analyzer(), stored=True, phrase=True),
        data=STORED(),  # doc and meta records: a JSON string
    )


class _SteadyIndex(whoosh_index.FileIndex):
    """A Whoosh index whose readers survive a concurrent commit or --rebuild.

    Whoosh opens column files (stored fields, field lengths) lazily, so a searcher that read the
    TOC just before a commit merged segments away finds their files gone halfway through a
    search. Here every file is opened when the reader is made (open files outlive deletion),
    and a reader that lost the race is made again, following the marker to a new generation.
    """

    def reader(self, reuse=None):
        problem: BaseException | None = None
        for attempt in range(8):
            reader = None
            try:
                reader = super().reader(reuse=reuse)
                _warm(reader)
                return reader
            except Exception as exc:  # OSError, a vanished column, or a TOC a rebuild removed
                problem = exc
                if reader is not None:
                    reader.close()
            time.sleep(0.01 * (attempt + 1))
            generation = (_read_marker(Path(self.storage.folder)) or {}).get("generation")
            if generation and generation != self.indexname:
                self.indexname = str(generation)
        raise IndexCorrupt(
            f"{self.storage.folder}: the index cannot be read ({_brief(problem)}). "
            "Run `nrc ingest --rebuild`."
        ) from problem


def _warm(reader) -> None:
    """Open every lazily opened file of every segment; raise when one has vanished."""
    for leaf, _ in reader.leaf_readers():
        perdoc = getattr(leaf, "_perdoc", None)
        if perdoc is None or not leaf.doc_count_all():
            continue
        leaf.stored_fields(0)  # TypeError when the stored column is gone
        for name in leaf.schema.scorable_names():
            leaf.doc_field_length(0, name)
            if leaf.field_length(name) and f"_{name}_len" not in perdoc._colfiles:
                raise FileNotFoundError(f"the {name} lengths of a segment vanished")


def _open_generation(path: Path, generation: str) -> whoosh_index.FileIndex:
    storage = FileStorage(str(path))
    if not storage.index_exists(indexname=generation):
        raise whoosh_index.EmptyIndexError(f"no generation {generation} in {path}")
    return _SteadyIndex(storage, indexname=generation)


@dataclass
class IndexHandle:
    """An opened index and the folder it lives in."""

    path: Path
    ix: whoosh_index.Index
    generation: str


def index_path(path: str | os.PathLike[str] | None) -> Path:
    return Path(path or os.environ.get("NRC_INDEX") or "index")


def _read_marker(path: Path) -> dict | None:
    marker = path / MARKER
    if not marker.exists():
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorrupt(
            f"{marker}: unreadable marker ({exc}). Run `nrc ingest --rebuild`."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise IndexForeign(f"{path} is not an nrc index. Use another --index folder.")
    return data


def _write_marker(path: Path, generation: str | None) -> None:
    """Replace the marker atomically (write a temp file, fsync, rename)."""
    data = {"format": FORMAT, "schema": SCHEMA_VERSION, "generation": generation}
    tmp = path / f".{MARKER}.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path / MARKER)


def _foreign_files(path: Path) -> list[str]:
    ignore = {MARKER, LOCKFILE, ".gitkeep"}
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
    _sweep(path, committed_generation(path))


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


def open_index(path: Path) -> IndexHandle:
    """Open the committed state of the index at `path` for reading."""
    if not path.is_dir() or not exists(path):
        raise IndexMissing(f"No index at {path}/. Run `nrc ingest` first.")
    for attempt in range(3):
        marker = _read_marker(path) or {}
        if marker.get("schema") != SCHEMA_VERSION:
            raise IndexForeign(
                f"{path} was built by another version of nrc (schema {marker.get('schema')}, "
                f"this nrc reads {SCHEMA_VERSION}). Run `nrc ingest --rebuild`."
            )
        generation = str(marker.get("generation") or "")
        if not generation:
            raise IndexMissing(
                f"No index at {path}/ yet: the first `nrc ingest` there is still running or "
                "was interrupted. Run `nrc ingest` (add --wait SECONDS to wait for it)."
            )
        try:
            handle = IndexHandle(path, _open_generation(path, generation), generation)
            check_readable(handle)
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
                f"{path}: the index cannot be opened ({_brief(exc)}). Run `nrc ingest --rebuild`."
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
    _write_marker(handle.path, handle.generation)
    if old and old != handle.generation:
        _remove_generation(handle.path, str(old))


def _remove_generation(path: Path, generation: str) -> None:
    for name in os.listdir(path):
        if name.startswith((f"_{generation}_", f"{generation}_")):
            with contextlib.suppress(OSError):
                (path / name).unlink()


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


# --- records --------------------------------------------------------------------------------


def turn_record(doc_id: str, doc: Document, turn: Turn) -> dict:
    """The Whoosh fields of one turn."""
    record: dict = {
        "type": "turn",
        "turn_id": f"{doc_id}:{turn.n}",
        "doc_id": doc_id,
        "n": turn.n,
        "attribution": turn.attribution,
        "text": turn.text,
    }
    if turn.speaker:
        record["speaker"] = turn.speaker
        record["speaker_key"] = turn.speaker.lower()
    if turn.role:
        record["role"] = turn.role
    if turn.flags:
        record["flags"] = list(turn.flags)
    if doc.date:
        record["date"] = _to_datetime(doc.date)
        record["day"] = doc.date
    return record


def _to_datetime(day: str):
    from datetime import datetime

    return datetime.strptime(day, "%Y-%m-%d")


def doc_record(doc_id: str, doc: Document, digest: str) -> dict:
    data = {
        "source": doc.source,
        "hash": digest,
        "title": doc.title,
        "date": doc.date,
        "date_inferred": doc.date_inferred,
        "kind": doc.kind,
        "place": doc.place,
        "participants": list(doc.participants),
        "turns": len(doc.turns),
    }
    return {"type": "doc", "turn_id": f"doc:{doc_id}", "doc_id": doc_id, "data": json.dumps(data)}


def doc_info(doc_id: str, data: dict) -> DocInfo:
    return DocInfo(
        doc_id=doc_id,
        source=data["source"],
        title=data.get("title"),
        date=data.get("date"),
        kind=data.get("kind", "unknown"),
        turns=data.get("turns", 0),
    )


def read_docs(searcher) -> dict[str, dict]:
    """doc_id -> the doc record's data, for every indexed document."""
    docs = {}
    for fields in searcher.documents(type="doc"):
        docs[fields["doc_id"]] = json.loads(fields["data"])
    return docs


def read_meta(searcher) -> dict:
    fields = searcher.document(turn_id=META_ID)
    return json.loads(fields["data"]) if fields else {}


def meta_record(meta: dict) -> dict:
    return {"type": "meta", "turn_id": META_ID, "data": json.dumps(meta)}


def read_registry(searcher) -> dict:
    """The stored speaker registry (kept apart from the meta record, which every search reads)."""
    fields = searcher.document(turn_id=REGISTRY_ID)
    if fields:
        return json.loads(fields["data"])
    return read_meta(searcher).get("speakers", {})  # indexes written before the split


def registry_record(registry: dict) -> dict:
    return {"type": "meta", "turn_id": REGISTRY_ID, "data": json.dumps(registry)}


def read_doc(searcher, doc_id: str) -> dict | None:
    fields = searcher.document(turn_id=f"doc:{doc_id}")
    return json.loads(fields["data"]) if fields else None


def delete_doc(writer, doc_id: str) -> None:
    writer.delete_by_term("doc_id", doc_id)


def turn_fields(searcher, turn_id: str) -> dict | None:
    return searcher.document(turn_id=turn_id)


def doc_turn_ids(searcher, doc_id: str) -> list[int]:
    """Whoosh document numbers of a document's turns, in turn order."""
    found = []
    for docnum in searcher.document_numbers(doc_id=doc_id):
        fields = searcher.stored_fields(docnum)
        if fields.get("type") == "turn":
            found.append((fields["n"], docnum))
    return [d for _, d in sorted(found)]


def count_turns(searcher) -> int:
    """Live turns; doc_frequency would also count turns replaced since the last segment merge."""
    return sum(1 for _ in searcher.document_numbers(type="turn"))


def term(field: str, value: str) -> Term:
    return Term(field, value)


def check_readable(handle: IndexHandle) -> None:
    """Fail early, with the rebuild hint, when a committed index cannot be read."""
    try:
        with handle.ix.searcher() as s:
            read_meta(s)
    except NrcError:
        raise
    except Exception as exc:
        raise IndexCorrupt(
            f"{handle.path}: the index cannot be read ({_brief(exc)}). Run `nrc ingest --rebuild`."
        ) from exc
