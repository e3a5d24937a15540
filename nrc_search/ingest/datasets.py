"""Turn-level datasets (.jsonl, .csv, .tsv, a .json list) -> one Document per meeting.

Rows are speeches already split by someone else (the UN General Debate corpus, UNSC debates,
ParlaMint exports): each row is one turn, kept as it is, never re-segmented. Columns are found
by their usual names or named with `--columns speaker=name,date=date,text=speech,doc=meeting`.
Rows sharing a `doc` value form one document, in file order. A malformed row (bad JSON, a
missing text, a short CSV row) is reported by its line number and skipped; the rest are read.
Stdlib only: no whoosh, rich or click.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nrc_search.errors import UnreadableFile, UsageError
from nrc_search.ingest import dates
from nrc_search.model import Document, Turn

#: Datasets may be far larger than one transcript; this many bytes at most (1 GiB).
MAX_BYTES = 1 << 30

#: The fields a row can give, and the column names each is found under when not mapped.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "speech", "content", "body", "utterance", "transcript", "statement"),
    "speaker": ("speaker", "name", "speaker_name", "person", "name of person speaking"),
    "role": ("role", "post", "position", "speaker_role", "function"),
    "date": ("date", "day", "meeting_date", "speech_date"),
    "doc": ("doc", "document", "meeting", "meeting_id", "doc_id", "debate", "session_id"),
    "title": ("title", "agenda", "topic", "subject"),
    "place": ("place", "location", "city"),
    "year": ("year",),
}
# "1970", the whole date a year column gives.
_YEAR = re.compile(r"^\s*(1[89]\d\d|20\d\d)\s*$")
# "2022-09-20" or "2022-09-20T10:00:00Z".
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass
class Dataset:
    """The documents read from one dataset file and one warning per skipped row."""

    docs: list[Document] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_columns(spec: str | None) -> dict[str, str]:
    """ "speaker=name,date=date,text=speech" -> {"speaker": "name", ...}; raises UsageError."""
    if not spec:
        return {}
    mapping = {}
    for pair in spec.split(","):
        ours, eq, theirs = pair.partition("=")
        ours, theirs = ours.strip().lower(), theirs.strip()
        if not eq or not theirs or ours not in FIELDS:
            raise UsageError(
                f"--columns {spec!r}: expected FIELD=COLUMN pairs separated by commas, "
                f"with FIELD one of {', '.join(FIELDS)}"
            )
        mapping[ours] = theirs
    return mapping


def read_dataset(path: Path, columns: dict[str, str]) -> Dataset:
    """Every well-formed row of `path` as a turn, grouped into documents by their `doc` value."""
    path = Path(path)
    rows = _rows(path)
    out = Dataset()
    mapping: dict[str, str] | None = None
    groups: dict[str, list[tuple[int, dict]]] = {}
    for line, row in rows:
        if isinstance(row, str):
            out.warnings.append(f"{path}:{line}: {row}, row skipped")
            continue
        if mapping is None:
            mapping = _mapping(path, list(row), columns)
        values = {ours: _cell(row.get(theirs)) for ours, theirs in mapping.items()}
        if not values.get("text"):
            out.warnings.append(
                f"{path}:{line}: no text in column {mapping['text']!r}, row skipped"
            )
            continue
        key = values.get("doc") or values.get("date") or values.get("year") or path.stem
        groups.setdefault(key, []).append((line, values))
    if mapping is None:
        raise UnreadableFile(f"{path}: no rows in the dataset")
    out.docs = [_document(path, key, group) for key, group in groups.items()]
    return out


def _rows(path: Path) -> Iterator[tuple[int, dict | str]]:
    """(line number, the row as a dict, or why it is malformed) for each row."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(f"{path}: too large ({size:,} bytes; limit {MAX_BYTES:,})")
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            f"{path}: a dataset must be UTF-8 ({exc.reason} at byte {exc.start})"
        ) from exc
    except OSError as exc:
        raise UnreadableFile(f"{path}: {exc.strerror or exc}") from exc
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return _csv_rows(text, "\t" if suffix == ".tsv" else None)
    if text.lstrip().startswith("["):
        return _json_list(path, text)
    return _jsonl_rows(text)


def _jsonl_rows(text: str) -> Iterator[tuple[int, dict | str]]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, f"not valid JSON ({exc.msg})"
            continue
        yield n, row if isinstance(row, dict) else "not a JSON object"


def _json_list(path: Path, text: str) -> Iterator[tuple[int, dict | str]]:
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    for n, row in enumerate(rows, 1):  # a JSON list has no line per row: number the rows
        yield n, row if isinstance(row, dict) else "not a JSON object"


def _csv_rows(text: str, delimiter: str | None) -> Iterator[tuple[int, dict | str]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # one speech can be a long cell
    if delimiter is None:
        first = text.split("\n", 1)[0]
        delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    start = reader.line_num
    try:
        for cells in reader:
            line = start + 1
            start = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                yield line, f"{len(cells)} fields where the header has {len(header)}"
                continue
            yield line, dict(zip(header, cells, strict=True))
    except csv.Error as exc:
        yield reader.line_num, f"malformed CSV ({exc})"


def _mapping(path: Path, names: list[str], columns: dict[str, str]) -> dict[str, str]:
    """Our field -> the dataset's column, from --columns or the usual names."""
    by_lower = {n.strip().lower(): n for n in names}
    mapping = {}
    for ours, theirs in columns.items():
        if theirs not in names and theirs.lower() not in by_lower:
            raise UnreadableFile(
                f"{path}: no column {theirs!r} (for {ours}); its columns are {', '.join(names)}"
            )
        mapping[ours] = theirs if theirs in names else by_lower[theirs.lower()]
    for ours, usual in FIELDS.items():
        if ours not in mapping:
            found = next((by_lower[u] for u in usual if u in by_lower), None)
            if found and found not in mapping.values():
                mapping[ours] = found
    if "text" not in mapping:
        raise UnreadableFile(
            f"{path}: no text column among {', '.join(names)}; "
            "name it with --columns text=COLUMN (and speaker=, date=, doc=)"
        )
    return mapping


def _cell(value: object) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text.strip() or None


def _date(values: dict) -> tuple[str | None, bool]:
    """(YYYY-MM-DD, inferred) from the date column, or a year column (1 January, inferred)."""
    raw = values.get("date") or ""
    m = _ISO.match(raw)
    if m:
        ymd = (int(m[1]), int(m[2]), int(m[3]))
        if dates.valid(ymd):
            return dates.iso(ymd), False
    if raw and (ymd2 := dates.full_date(raw)):
        return dates.iso(ymd2), False
    year = values.get("year") or (raw if _YEAR.match(raw) else "")
    if _YEAR.match(year or ""):
        return f"{int(year):04d}-01-01", True
    return None, False


def _document(path: Path, key: str, rows: list[tuple[int, dict]]) -> Document:
    first = rows[0][1]
    date, inferred = _date(first)
    turns = tuple(
        Turn(
            n=k,
            speaker=values.get("speaker"),
            role=values.get("role"),
            attribution="verbatim",
            text=values["text"],
        )
        for k, (_, values) in enumerate(rows, 1)
    )
    return Document(
        source=str(path),
        title=first.get("title") or key,
        date=date,
        kind="record",
        date_inferred=inferred,
        place=first.get("place"),
        participants=tuple(dict.fromkeys(t.speaker for t in turns if t.speaker)),
        turns=turns,
        part=key,
    )
