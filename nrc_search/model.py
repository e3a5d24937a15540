"""Plain values passed between nrc's stages: documents, turns, speakers, search requests and results.

Stdlib only. Nothing here knows about Whoosh, rich or click; `export.py` is the one place that
turns these values into JSON, and `render.py` the one place that turns them into terminal output.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

#: How a turn's words reached the page.
ATTRIBUTIONS = ("verbatim", "quoted", "reported", "narration")

#: Kinds of document the segmenter recognises.
KINDS = ("transcript", "statement", "news", "record", "unknown")


@dataclass(frozen=True)
class Turn:
    """One speaker turn (or one paragraph of a news story) in a document."""

    n: int  # 1-based position in the document
    speaker: str | None  # canonical full name; None for narration or an unknown speaker
    role: str | None
    attribution: str  # one of ATTRIBUTIONS
    text: str
    label: str | None = None  # the label exactly as printed ("Mr. Ivanov"), if any
    flags: tuple[str, ...] = ()  # e.g. ("question",), ("interpreted",)
    start: float | None = None  # seconds from the start of the recording (captions)
    end: float | None = None
    language: str | None = None  # the language spoken, when the record says ("French")


@dataclass(frozen=True)
class Document:
    """The parse of one file: metadata plus its turns."""

    source: str  # the path it was read from
    title: str | None
    date: str | None  # YYYY-MM-DD, None when the document gives none
    kind: str = "unknown"  # one of KINDS
    date_inferred: bool = False  # True when part of the date was inferred (no year in the dateline)
    place: str | None = None
    participants: tuple[str, ...] = ()
    turns: tuple[Turn, ...] = ()
    dropped: tuple[str, ...] = ()  # boilerplate removed before segmenting, for inspection
    part: str | None = None  # one meeting of a turn dataset (source holds many), else None

    def header(self) -> dict:
        """The document's own fields (everything but its turns) as plain values."""
        return {
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "date_inferred": self.date_inferred,
            "kind": self.kind,
            "place": self.place,
            "participants": list(self.participants),
            **({"part": self.part} if self.part else {}),
        }


@dataclass(frozen=True)
class Speaker:
    """A canonical person as the index knows them."""

    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    turns: int = 0
    docs: int = 0


@dataclass(frozen=True)
class DocInfo:
    """One indexed document, as `nrc docs` lists it."""

    doc_id: str
    source: str
    title: str | None
    date: str | None
    kind: str
    turns: int


@dataclass(frozen=True)
class SearchRequest:
    """What the user asked for; the library's way in: `search(index_dir, SearchRequest(...))`.

    `since` and `until` (inclusive) take a `datetime.date` (a `datetime` counts as its day) or a
    "YYYY", "YYYY-MM" or "YYYY-MM-DD" string; a date is kept as its "YYYY-MM-DD" string, and a
    bad string is refused by `search` with a UsageError. `speakers` and `docs` are tuples of
    names or ids (any of them matches); a single string is taken as a tuple of one.
    """

    query: str
    speakers: tuple[str, ...] = ()
    since: str | datetime.date | None = None  # after __post_init__: str | None
    until: str | datetime.date | None = None
    docs: tuple[str, ...] = ()
    limit: int = 10
    offset: int = 0
    sort: str = "relevance"  # or "date"
    context: int = 0
    facets: tuple[str, ...] = ()
    all: bool = False
    narration: bool = False  # also search the outlet's own words in news stories
    with_question: bool = False  # give each answer the question it answers (Hit.question)

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, datetime.datetime):
                value = value.date()
            if isinstance(value, datetime.date):
                object.__setattr__(self, name, value.isoformat())
        for name in ("speakers", "docs", "facets"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, (value,) if isinstance(value, str) else tuple(value))


@dataclass(frozen=True)
class Excerpt:
    """A fragment of a turn with the matched words as [start, end) character offsets."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class ContextTurn:
    """A neighbouring turn shown around a hit (`--context N`)."""

    turn_id: str
    n: int
    speaker: str | None
    role: str | None
    text: str


@dataclass(frozen=True)
class Hit:
    rank: int
    score: float
    turn_id: str
    doc_id: str
    n: int
    title: str | None
    date: str | None
    speaker: str | None
    role: str | None
    attribution: str
    text: str
    excerpts: tuple[Excerpt, ...]
    source: str
    before: tuple[ContextTurn, ...] = ()
    after: tuple[ContextTurn, ...] = ()
    duplicates: tuple[str, ...] = ()  # turn ids of the same statement published elsewhere
    start: float | None = None  # seconds into the recording (captions), else None
    end: float | None = None
    question: ContextTurn | None = None  # with --with-question: the question this turn answers

    @property
    def excerpt(self) -> Excerpt:
        return self.excerpts[0] if self.excerpts else Excerpt("")


@dataclass(frozen=True)
class SearchResults:
    request: SearchRequest
    total: int
    hits: tuple[Hit, ...]
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)  # term -> forms searched
    suggestion: str | None = None  # "did you mean" when nothing matched
    facets: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    total_exact: bool = True  # False when an engine stopped counting: `total` is "at least"
    facet_collapsed: int = 0  # duplicate turns the facets counted once
