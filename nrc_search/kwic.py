"""`nrc kwic`: a concordance, one line per match with its left and right context.

Every match in every matching turn (a phrase is one match), duplicates of a statement collapsed
into its first publication as in `nrc search`. Returns plain values; `render_views` draws them and
`export_views` writes them as JSON/JSONL/CSV.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from nrc_search import matches
from nrc_search.corpus import Corpus
from nrc_search.errors import UsageError
from nrc_search.model import SearchRequest

SORTS = ("date", "left", "right", "speaker")
# Runs of whitespace, e.g. a line break inside a turn: one space in a concordance line.
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class KwicLine:
    turn_id: str
    doc_id: str
    n: int
    title: str | None
    date: str | None
    speaker: str | None
    role: str | None
    attribution: str
    left: str
    match: str
    right: str
    start: int  # [start, end) of the match in the turn's text
    end: int
    duplicates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Concordance:
    request: SearchRequest
    width: int
    sort: str
    turns: int  # matching turns after collapsing duplicates
    total: int  # matches (concordance lines) before --limit
    lines: tuple[KwicLine, ...]


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text)


def context(text: str, start: int, end: int, width: int) -> tuple[str, str]:
    """`width` characters of flattened text left of `start` and right of `end`."""
    left = _flat(text[max(0, start - width * 2) : start])
    right = _flat(text[end : end + width * 2])
    return left[-width:] if len(left) > width else left, right[:width]


def kwic(
    index_dir: Path, req: SearchRequest, *, width: int = 40, sort: str = "date"
) -> Concordance:
    """The concordance of `req.query` under its filters (`req.limit` lines unless `req.all`)."""
    from nrc_search.search import build_query

    if sort not in SORTS:
        raise UsageError(f"--sort {sort!r}: use one of {', '.join(SORTS)}.")
    if width < 5:
        raise UsageError("--width must be at least 5 characters.")
    with Corpus(index_dir) as corpus:
        q = matches.said(build_query(corpus.searcher, req)[0])
        found = matches.units(q, corpus.searcher.reader())
        turns = matches.collapse(corpus.searcher, q)
        lines = [line for fields in turns.kept for line in _lines(corpus, fields, found, width)]
    lines.sort(key=_SORT_KEYS[sort])
    shown = lines if req.all else lines[req.offset : req.offset + req.limit]
    return Concordance(req, width, sort, len(turns.kept), len(lines), tuple(shown))


def _lines(corpus: Corpus, fields: dict, found: matches.Units, width: int):
    text = fields["text"]
    doc = fields["_doc"]
    for start, end in matches.spans(text, found):
        left, right = context(text, start, end, width)
        yield KwicLine(
            turn_id=fields["turn_id"],
            doc_id=fields["doc_id"],
            n=fields["n"],
            title=doc.get("title"),
            date=fields.get("day"),
            speaker=corpus.look.speaker(fields.get("speaker")),
            role=fields.get("role"),
            attribution=fields.get("attribution") or "verbatim",
            left=left,
            match=_flat(text[start:end]),
            right=right,
            start=start,
            end=end,
            duplicates=tuple(fields.get("duplicates", ())),
        )


def _words_key(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def _place(line: KwicLine) -> tuple:
    return (line.date or "9999", line.doc_id, line.n, line.start)


_SORT_KEYS = {
    "date": _place,
    "left": lambda ln: (tuple(reversed(_words_key(ln.left))), _place(ln)),  # nearest word first
    "right": lambda ln: (_words_key(ln.right), _place(ln)),
    "speaker": lambda ln: ((ln.speaker or "\uffff").lower(), _place(ln)),
}
