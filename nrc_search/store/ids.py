"""Identity in the index: document ids from file names, and turn numbers kept across re-ingests.

A document id is whole words of the file name ("2013-06-04_nato_ministerial"), never cut inside
a word; a second file of the same name gets a short suffix derived from its own path, so no id
depends on the order files were found in. A re-ingested document keeps its id, and every turn
whose speaker and text are unchanged keeps its number; new turns get numbers never used before
in that document. Stdlib only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Sequence
from pathlib import Path

MAX_ID = 48  # characters of the file name kept, in whole words

# Runs of characters an id may not hold, e.g. the spaces and commas of "Press release, 4 June".
_SLUG = re.compile(r"[^A-Za-z0-9_.-]+")
# A separator between words of a slug: "_" in "2013-06-04_nato", "-" or "." elsewhere.
_SEP = re.compile(r"[-_.]")


def make_doc_id(path: Path, taken: Container[str]) -> str:
    """A short, readable id from the file name, unique among `taken` ("004_fbef40a881d0f922")."""
    base = _whole_words(_slug(path.stem)) or "doc"
    if base not in taken:
        return base
    import hashlib  # here: a search never makes an id, and hashlib loads OpenSSL (2 ms)

    digest = hashlib.blake2b(str(path).encode("utf-8", "surrogateescape"), digest_size=8)
    for size in (4, 6, 8, 16):
        doc_id = f"{base}-{digest.hexdigest()[:size]}"
        if doc_id not in taken:
            return doc_id
    k = 2
    while f"{base}-{k}" in taken:
        k += 1
    return f"{base}-{k}"


def _slug(stem: str) -> str:
    folded = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    return _SLUG.sub("-", folded).strip("-.")


def _whole_words(slug: str) -> str:
    """`slug` cut to MAX_ID characters at a separator (a single long first word stays whole)."""
    if len(slug) <= MAX_ID:
        return slug
    cut = max((m.start() for m in _SEP.finditer(slug, 0, MAX_ID + 1)), default=0)
    return slug[:cut].rstrip("-_.") if cut else _SEP.split(slug, 1)[0]


def keep_numbers(
    old: Sequence[tuple[int, str]], new: Sequence[str], next_free: int
) -> tuple[list[int], int]:
    """Turn numbers for the `new` turn keys: an unchanged turn keeps its old number.

    `old` is (number, key) in document order, `new` the keys of the re-read document; a key is
    a turn's speaker and text. Turns that are new or changed get numbers from `next_free` on,
    so a number never names two different statements. Returns (numbers, the next free number).
    """
    import difflib  # here: only a re-ingest of a changed document needs it

    matcher = difflib.SequenceMatcher(None, [k for _, k in old], list(new), autojunk=False)
    numbers: list[int | None] = [None] * len(new)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            numbers[block.b + k] = old[block.a + k][0]
    out = []
    for n in numbers:
        if n is None:
            n, next_free = next_free, next_free + 1
        out.append(n)
    return out, next_free


def turn_key(speaker: str | None, text: str) -> str:
    return f"{speaker or ''}\x00{text}"
