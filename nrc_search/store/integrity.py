"""An index folder's integrity beyond Whoosh: file sizes, leftovers of a failed run, a full disk.

Whoosh never rewrites a file it wrote, so the marker records each committed file's size and a
truncated segment is caught by a stat before Whoosh reads it. A failed run's segment files are
removed at once (a full disk needs the space back). `nrc-sources.json` lists the documents' files
so that `--rebuild` without PATH can re-read them even when the index itself is damaged.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

from nrc_search.errors import IndexCorrupt, NrcError

SOURCES = "nrc-sources.json"


def rebuild_hint(path: Path | str) -> str:
    """The fix for a damaged or outdated index; --rebuild without PATH re-reads its files."""
    return f"Run `nrc ingest --rebuild --index {shlex.quote(str(path))}`."


# A segment file of generation g3: "g3_k2j3h4sz.trm", "g3_k2j3h4sz._stored.col".
_SEGMENT_FILE = re.compile(r"^(?P<gen>g\d+)_(?P<segid>[0-9a-z]+)\.[A-Za-z0-9_.]+$")
# A TOC file of generation g3: "_g3_12.toc".
_TOC_FILE = re.compile(r"^_(?P<gen>g\d+)_(?P<n>\d+)\.toc$")


def _listed(path: Path, generation: str) -> tuple[set[str], str | None]:
    """(segment ids, TOC file name) of `generation`'s newest TOC."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    storage = FileStorage(str(path))
    toc = TOC.read(storage, generation)
    segids = {seg.segid for seg in toc.segments if hasattr(seg, "segid")}
    return segids, f"_{generation}_{toc.generation}.toc"


def file_sizes(path: Path, generation: str) -> dict[str, int]:
    """name -> size of every file of `generation`'s committed state."""
    segids, toc = _listed(path, generation)
    sizes = {}
    for name in os.listdir(path):
        m = _SEGMENT_FILE.match(name)
        if name == toc or (m and m["gen"] == generation and m["segid"] in segids):
            with contextlib.suppress(OSError):
                sizes[name] = (path / name).stat().st_size
    return sizes


def check_sizes(path: Path, marker: dict) -> None:
    """Raise the rebuild hint when a committed file is shorter or longer than it was written."""
    for name, size in (marker.get("files") or {}).items():
        try:
            actual = (path / name).stat().st_size
        except FileNotFoundError:
            continue  # merged away by a later commit (Whoosh reports a file that should be there)
        except OSError:
            continue
        if actual != size:
            raise IndexCorrupt(
                f"{path}: the index cannot be read ({name} is {actual:,} bytes, it was written "
                f"as {size:,}: damaged). {rebuild_hint(path)}"
            )


def remove_unlisted(path: Path, generation: str) -> None:
    """Delete the files of `generation` that its committed TOC does not list (the segments of a
    run that failed or was killed). Call only under the ingest lock."""
    try:
        segids, toc = _listed(path, generation)
    except Exception:
        return
    for name in os.listdir(path):
        m = _SEGMENT_FILE.match(name)
        t = _TOC_FILE.match(name)
        stale_segment = m and m["gen"] == generation and m["segid"] not in segids
        stale_toc = t and t["gen"] == generation and name != toc
        if stale_segment or stale_toc:
            with contextlib.suppress(OSError):
                (path / name).unlink()


@contextlib.contextmanager
def no_space(path: Path) -> Iterator[None]:
    """An OSError while writing (a full disk, a read-only folder) becomes one line."""
    try:
        yield
    except OSError as exc:
        raise NrcError(
            f"cannot write the index at {path}: {describe(exc)}; the index is unchanged"
        ) from exc


def describe(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on device"
    reason = exc.strerror or str(exc) or type(exc).__name__
    return reason[:1].lower() + reason[1:]


def write_sources(path: Path, sources: list[str]) -> None:
    """Record the documents' files beside the index (atomically; best effort)."""
    tmp = path / f".{SOURCES}.{os.getpid()}"
    try:
        tmp.write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path / SOURCES)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def read_sources(path: Path) -> list[str] | None:
    """The documents' files as of the last ingest, or None when not recorded."""
    try:
        data = json.loads((path / SOURCES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return [s for s in data if isinstance(s, str)] if isinstance(data, list) else None
