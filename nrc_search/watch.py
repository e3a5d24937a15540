"""`nrc watch`: saved searches that report only what is new since their last run.

Stored in `nrc-watches.json` inside the index folder (version 1):

    {"version": 1, "watches": {"NAME": {"query": "missile defence", "speakers": ["lavrov"],
      "since": null, "until": null, "docs": [], "narration": true, "speech_only": false,
      "created": "2026-12-01T10:00:00Z", "last_run": null, "seen": ["<text>@<doc>", ...]}}}

A hit is known by its words and its document's content (`text_hash(turn)@doc hash`), never by
position: re-ingesting unchanged files, renumbered turns or a rebuilt index bring nothing new,
and the same statement in a newly ingested document is new. `add` records the hits already
there, so the first `run` reports only what came after.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from nrc_search import matches
from nrc_search.corpus import Corpus
from nrc_search.errors import NrcError, UsageError
from nrc_search.model import Hit, SearchRequest

FILE = "nrc-watches.json"
LOCK = ".nrc-watches.lock"
VERSION = 1
# A watch name: letters, digits and - _ . (e.g. "lavrov-abm"), at most 64 characters.
_NAME = re.compile(r"^[\w.-]{1,64}$")


@dataclass(frozen=True)
class Watch:
    name: str
    request: SearchRequest
    created: str
    last_run: str | None
    seen: int  # hits recorded at the last run (or at add)


@dataclass(frozen=True)
class WatchRun:
    watch: Watch
    new: tuple[Hit, ...]  # hits not there at the last run, duplicates collapsed


def _now() -> str:
    return (
        dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    )


def _stored_request(entry: dict) -> SearchRequest:
    return SearchRequest(
        query=entry["query"],
        speakers=tuple(entry.get("speakers") or ()),
        since=entry.get("since"),
        until=entry.get("until"),
        docs=tuple(entry.get("docs") or ()),
        narration=bool(entry.get("narration")),
        speech_only=_speech_only(entry),
        all=True,
    )


def _speech_only(entry: dict) -> bool:
    """A watch saved before narration was searched by default ("narration": false, no
    "speech_only") keeps meaning what it meant then: speech only."""
    if "speech_only" in entry:
        return bool(entry["speech_only"])
    return "narration" in entry and not entry["narration"]


def _entry(req: SearchRequest) -> dict:
    return {
        "query": req.query,
        "speakers": list(req.speakers),
        "since": req.since,
        "until": req.until,
        "docs": list(req.docs),
        "narration": not req.speech_only,
        "speech_only": req.speech_only,
    }


@contextlib.contextmanager
def _locked(index_dir: Path) -> Iterator[dict]:
    """The watches file's content under an exclusive lock; written back (atomically) on success."""
    if not index_dir.is_dir():
        raise NrcError(f"No index at {index_dir}/. Run `nrc ingest` first.")
    try:
        fd = os.open(index_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise NrcError(f"Cannot write to {index_dir}/ ({exc.strerror or exc}).") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        data = _read(index_dir)
        before = json.dumps(data, sort_keys=True)
        yield data
        if json.dumps(data, sort_keys=True) != before:
            _write(index_dir, data)
    finally:
        os.close(fd)


def _read(index_dir: Path) -> dict:
    path = index_dir / FILE
    if not path.exists():
        return {"version": VERSION, "watches": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise NrcError(f"{path}: unreadable ({exc}). Fix or delete the file.") from exc
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise NrcError(f"{path}: not an nrc watches file of version {VERSION}.")
    data.setdefault("watches", {})
    return data


def _write(index_dir: Path, data: dict) -> None:
    path = index_dir / FILE
    tmp = index_dir / f".{FILE}.{os.getpid()}"
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise NrcError(f"Cannot write {path} ({exc.strerror or exc}).") from exc


def _watch(name: str, entry: dict) -> Watch:
    return Watch(
        name,
        _stored_request(entry),
        entry.get("created", ""),
        entry.get("last_run"),
        len(entry.get("seen", ())),
    )


def add(index_dir: Path, name: str, req: SearchRequest) -> Watch:
    """Save `req` as watch `name`, with the hits it has now as already seen."""
    if not _NAME.match(name):
        raise UsageError(f"Bad watch name {name!r}: use letters, digits, '-', '_' or '.' (max 64).")
    req = replace(req, all=True)
    keys = _hit_keys(index_dir, req)  # also checks the query and the filters
    with _locked(index_dir) as data:
        if name in data["watches"]:
            raise UsageError(f"A watch named {name!r} exists; `nrc watch rm {name}` first.")
        entry = {**_entry(req), "created": _now(), "last_run": None, "seen": sorted(keys)}
        data["watches"][name] = entry
    return _watch(name, entry)


def list_watches(index_dir: Path) -> list[Watch]:
    data = _read(index_dir) if index_dir.is_dir() else {"watches": {}}
    return [_watch(n, e) for n, e in sorted(data["watches"].items())]


def remove(index_dir: Path, name: str) -> None:
    with _locked(index_dir) as data:
        if name not in data["watches"]:
            raise UsageError(f"No watch named {name!r}.{_known(data)}")
        del data["watches"][name]


def _known(data: dict) -> str:
    names = sorted(data["watches"])
    return f" Watches: {', '.join(names)}." if names else " There are no watches (`nrc watch add`)."


def run(index_dir: Path, name: str | None = None, *, update: bool = True) -> list[WatchRun]:
    """Run one watch (or all): the hits that were not there at its last run; then remember them."""
    with _locked(index_dir) as data:
        if name is not None and name not in data["watches"]:
            raise UsageError(f"No watch named {name!r}.{_known(data)}")
        names = [name] if name else sorted(data["watches"])
        out = []
        for n in names:
            entry = data["watches"][n]
            req = _stored_request(entry)
            seen = set(entry.get("seen", ()))
            keys, new = _new_hits(index_dir, req, seen)
            if update:
                entry["seen"], entry["last_run"] = sorted(keys), _now()
            out.append(WatchRun(_watch(n, entry), new))
    return out


def _key(fields: dict, doc: dict) -> str:
    return f"{matches.text_hash(fields['text'])}@{str(doc.get('hash') or fields['doc_id'])[:16]}"


def _hit_keys(index_dir: Path, req: SearchRequest) -> set[str]:
    return _new_hits(index_dir, req, None)[0]


def _new_hits(index_dir: Path, req: SearchRequest, seen: set[str] | None):
    """Every hit's key, and (unless `seen` is None) the hits whose key is not in `seen`."""
    from nrc_search.search import _hit, _match_terms, build_query

    with Corpus(index_dir) as corpus:
        q, _ = build_query(corpus.searcher, req)
        keys: set[str] = set()
        new: list[dict] = []
        for fields in matches.matching_turns(corpus.searcher, q):
            key = _key(fields, fields["_doc"])
            keys.add(key)
            if seen is not None and key not in seen:
                new.append(fields)
        if seen is None or not new:
            return keys, ()
        new.sort(key=lambda f: (f.get("day") or "9999", f["doc_id"], f["n"]))
        fresh = matches.Collapsed()  # the earliest copy shown, the others as its duplicates
        for fields in new:
            fresh.add(fields)
        terms = _match_terms(corpus.searcher, q)
        hits = tuple(
            replace(
                _hit(corpus.look, i, 0.0, f, terms, 0),
                duplicates=tuple(f.get("duplicates", ())),
            )
            for i, f in enumerate(fresh.kept, 1)
        )
    return keys, hits
