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
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.query import Term
from whoosh.support.charset import accent_map

from nrc_search import whoosh_fixes
from nrc_search.analysis import analyzer
from nrc_search.errors import IndexBusy, IndexCorrupt, IndexForeign, IndexMissing, NrcError
from nrc_search.model import DocInfo, Document, Turn

whoosh_fixes.apply()

SCHEMA_VERSION = 3  # 2: lean schema, turn texts zlib'd per document; 3: year terms
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
    """One Whoosh document per turn, plus one per source document and the meta records.

    Lean on purpose (the index was twice the size of SQLite's): a turn indexes only the terms
    searches use and stores one short tuple (`r`); its text is stored once per source document,
    zlib'd (`blob` on the doc record), and a turn keeps its (start, end) in it. `type` and `key`
    exist only on the few doc and meta records; a turn is found through `doc_id` and its `n`.
    `date` holds "YYYY-MM-DD" (one term per turn; ranges are TermRanges).
    """
    return Schema(
        key=ID(stored=True, unique=True),  # records only: "doc:<doc_id>", META_ID, REGISTRY_ID
        type=ID(),  # records only: "doc" | "meta"
        doc_id=ID(),
        speaker=TEXT(analyzer=_name_analyzer()),
        speaker_key=ID(),
        attribution=ID(),
        date=ID(),
        year=ID(),  # "YYYY": --since/--until cover whole years with a few terms, not every day
        text=TEXT(analyzer=analyzer(), phrase=True),
        r=STORED(),  # turns: (doc_id, i), the turn's row in its doc record
        blob=STORED(),  # doc records: zlib of the turn texts joined by "\n"
        rows=STORED(),  # doc records: zlib of JSON rows, one per turn (see doc_records)
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


def doc_records(doc_id: str, doc: Document, digest: str) -> Iterator[dict]:
    """The Whoosh documents of one source document: its record, then its turns.

    The record keeps, zlib'd, the turns' texts joined by newlines (`blob`) and one row per turn
    (`rows`: n, speaker, role, attribution, flags, start, end); a turn stores only (doc_id, i),
    its place in those rows. Names repeat within a document, so they compress to little.
    """
    rows, pos = [], 0
    for turn in doc.turns:
        flags = list(turn.flags) or None
        rows.append([turn.n, turn.speaker, turn.role, turn.attribution, flags, pos])
        pos += len(turn.text) + 1
        rows[-1].append(pos - 1)
    yield {
        "type": "doc",
        "key": f"doc:{doc_id}",
        "doc_id": doc_id,
        "data": json.dumps(doc_data(doc, digest)),
        "blob": zlib.compress("\n".join(t.text for t in doc.turns).encode("utf-8"), 6),
        "rows": zlib.compress(json.dumps(rows, separators=(",", ":")).encode("utf-8"), 6),
    }
    for i, turn in enumerate(doc.turns):
        yield turn_record(doc_id, doc, turn, i)


def turn_record(doc_id: str, doc: Document, turn: Turn, i: int) -> dict:
    """The Whoosh fields of one turn (what it says is indexed here, stored in the doc record)."""
    record: dict = {
        "doc_id": doc_id,
        "attribution": turn.attribution,
        "text": turn.text,
        "r": (doc_id, i),
    }
    if turn.speaker:
        record["speaker"] = turn.speaker
        record["speaker_key"] = turn.speaker.lower()
    if doc.date:
        record["date"] = doc.date
        record["year"] = doc.date[:4]
    return record


def add_document(writer, doc_id: str, doc: Document, digest: str) -> None:
    for record in doc_records(doc_id, doc, digest):
        writer.add_document(**record)


def doc_data(doc: Document, digest: str) -> dict:
    return {**doc.header(), "hash": digest, "turns": len(doc.turns)}


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
        docs[fields["key"][4:]] = json.loads(fields["data"])
    return docs


def read_meta(searcher) -> dict:
    fields = searcher.document(key=META_ID)
    return json.loads(fields["data"]) if fields else {}


def meta_record(meta: dict) -> dict:
    return {"type": "meta", "key": META_ID, "data": json.dumps(meta)}


def read_registry(searcher) -> dict:
    """The stored speaker registry (kept apart from the meta record, which every search reads)."""
    fields = searcher.document(key=REGISTRY_ID)
    return json.loads(fields["data"]) if fields else {}


def registry_record(registry: dict) -> dict:
    return {"type": "meta", "key": REGISTRY_ID, "data": json.dumps(registry)}


def read_doc(searcher, doc_id: str) -> dict | None:
    fields = searcher.document(key=f"doc:{doc_id}")
    return json.loads(fields["data"]) if fields else None


def delete_doc(writer, doc_id: str) -> None:
    writer.delete_by_term("doc_id", doc_id)


def records_query():
    """Matches the doc and meta records (every record has a `type`; no turn has one)."""
    from whoosh.query import Or

    return Or([Term("type", "doc"), Term("type", "meta")])


def count_turns(searcher) -> int:
    """Live turns: live documents minus the records (doc_count skips replaced documents)."""
    records = sum(1 for _ in searcher.document_numbers(type="doc"))
    records += sum(1 for _ in searcher.document_numbers(type="meta"))
    return searcher.doc_count() - records


class Turns:
    """Reads turns back for one searcher from the doc records' rows and texts, cached.

    A turn comes back as the dict of fields nrc has always shown: turn_id, doc_id, n, speaker,
    role, attribution, flags, day and (when asked) text. Each document's rows and texts are
    decompressed at most once per Turns object.
    """

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self._docs: dict[str, dict] = {}
        self._rows: dict[str, list] = {}
        self._texts: dict[str, str] = {}
        self._numbers: dict[str, dict[int, int]] = {}

    def _fields(self, doc_id: str) -> dict:
        if doc_id not in self._docs:
            self._docs[doc_id] = self.searcher.document(key=f"doc:{doc_id}") or {}
        return self._docs[doc_id]

    def doc(self, doc_id: str) -> dict:
        """The doc record's data ({} when the document is gone)."""
        data = self._fields(doc_id).get("data")
        if isinstance(data, str):
            data = self._docs[doc_id]["data"] = json.loads(data)
        return data or {}

    def _rows_of(self, doc_id: str) -> list:
        if doc_id not in self._rows:
            packed = self._fields(doc_id).get("rows")
            self._rows[doc_id] = json.loads(zlib.decompress(packed)) if packed else []
        return self._rows[doc_id]

    def _text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            blob = self._fields(doc_id).get("blob")
            self._texts[doc_id] = zlib.decompress(blob).decode("utf-8") if blob else ""
        return self._texts[doc_id]

    def turn(self, docnum: int, *, text: bool = True) -> dict | None:
        """The fields of the turn stored as Whoosh document `docnum` (None for a record)."""
        r = self.searcher.stored_fields(docnum).get("r")
        if r is None:
            return None
        doc_id, i = r
        n, speaker, role, attribution, flags, start, end = self._rows_of(doc_id)[i]
        fields = {
            "type": "turn",
            "turn_id": f"{doc_id}:{n}",
            "doc_id": doc_id,
            "n": n,
            "speaker": speaker,
            "role": role,
            "attribution": attribution,
            "flags": flags or [],
            "day": self.doc(doc_id).get("date"),
        }
        if text:
            fields["text"] = self._text(doc_id)[start:end]
        return fields

    def numbers(self, doc_id: str) -> dict[int, int]:
        """Turn number -> Whoosh document number, for the live turns of `doc_id`."""
        if doc_id not in self._numbers:
            found = {}
            rows = self._rows_of(doc_id)
            for docnum in self.searcher.document_numbers(doc_id=doc_id):
                r = self.searcher.stored_fields(docnum).get("r")
                if r is not None and r[1] < len(rows):
                    found[rows[r[1]][0]] = docnum
            self._numbers[doc_id] = found
        return self._numbers[doc_id]

    def find(self, turn_id: str) -> dict | None:
        """The turn "DOC_ID:N", or None."""
        doc_id, _, n = turn_id.rpartition(":")
        if not doc_id or not n.isdigit():
            return None
        docnum = self.numbers(doc_id).get(int(n))
        return None if docnum is None else self.turn(docnum)


def term(field: str, value: str) -> Term:
    return Term(field, value)


@contextlib.contextmanager
def reading(path: Path) -> Iterator[None]:
    """Turn the damage Whoosh finds halfway through a search into the one-line rebuild hint."""
    from whoosh.reading import CorruptIndexError

    try:
        yield
    except (CorruptIndexError, zlib.error, EOFError) as exc:
        raise IndexCorrupt(
            f"{path}: the index cannot be read ({_brief(exc)}). Run `nrc ingest --rebuild`."
        ) from exc


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
