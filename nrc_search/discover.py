"""Which files `nrc ingest` reads under the given paths: an iterative walk, symlinks followed once.

A walk keeps its own stack (1,000 nested folders are fine), follows a symlinked folder unless it
leads back to a folder already walked (a loop: named in a warning), and names every folder it
cannot list. Files are resolved and kept once, in walk order. Stdlib only.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from nrc_search.ingest.sniff import skip_reason

INDEX_MARKER = "nrc-index.json"  # store.MARKER (store imports whoosh; this module must not)


def discover(
    paths: Iterable[Path], warnings: list[str], skipped: list[str] | None = None
) -> list[Path]:
    """Files to ingest under `paths`: recursive, readable types, resolved, each once.

    A file in a folder of a type nrc has no reader for is named, with the reason, in `skipped`
    ("notes/memo.rtf: unsupported type .rtf (...)"); a file named by the user is always tried.
    """
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            for file in walk(path, warnings, skipped):
                _add(file, found, warnings)
        elif path.exists() or path.is_symlink():
            _add(path, found, warnings)
        else:
            warnings.append(f"{path}: no such file or folder")
    return list(found)


def walk(root: Path, warnings: list[str], skipped: list[str] | None = None) -> Iterator[Path]:
    """Files nrc can read under `root` (by suffix or content, `sniff`), depth first, sorted by
    name, hidden ones skipped; the others named in `skipped`."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except OSError as exc:
            warnings.append(f"{folder}: folder cannot be read ({exc.strerror or exc})")
            continue
        if (info.st_dev, info.st_ino) in seen:
            warnings.append(
                f"{folder}: symlinked folder leads to a folder already read (a loop?), skipped"
            )
            continue
        seen.add((info.st_dev, info.st_ino))
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            warnings.append(f"{folder}: folder cannot be read ({exc.strerror or exc})")
            continue
        if any(e.name == INDEX_MARKER for e in entries):
            continue  # an nrc index (./index inside the folder ingested): nrc's files, not text
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry):
                folders.append(Path(entry.path))
            elif _readable(Path(entry.path), skipped):
                yield Path(entry.path)
        stack.extend(reversed(folders))


def _readable(path: Path, skipped: list[str] | None) -> bool:
    """False (the reason added to `skipped`) for a file of a type nrc has no reader for."""
    reason = skip_reason(path)
    if reason and skipped is not None:
        skipped.append(reason)
    return reason is None


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False  # a broken link: `_add` names it when its name has a known suffix


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
