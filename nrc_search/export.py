"""SearchResults and Documents -> JSON, JSONL, CSV, XLSX. The one place that shapes machine output.

JSON shape of `nrc search --format json` (version 1):

    {"version": 1, "query": "...", "total": 2,
     "variants": {"sectoral": ["sectorial"]}, "suggestion": null,
     "hits": [{"rank": 1, "score": 9.1, "turn_id": "004_fbef40a881d0f922:9",
               "doc_id": "004_fbef40a881d0f922", "title": "...", "date": "2011-07-06",
               "speaker": "Sergei Lavrov", "role": "Russian Foreign Minister",
               "attribution": "quoted", "n": 9, "text": "<the whole turn>",
               "excerpt": "<fragment>", "highlights": [[12, 20]], "source": "/path/file.txt",
               "kind": "quote", "label": null, "question": false, "questioner": null,
               "outlet": null, "missing": []}]}

`total` counts the turns with every word; `partial` the turns with only some of them, shown
after those, each with the words it lacks in `missing`.

`highlights` are [start, end) character offsets into `excerpt`. A hit from a caption file also
has "start" and "end": seconds into the recording where the turn is spoken. JSONL prints one hit
object per line. CSV has one row per hit, no markup, and neutralizes cells a spreadsheet would run as a
formula. Never imports rich.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import asdict

from nrc_search.model import Document, Hit, SearchResults, Turn

JSON_VERSION = 1
CSV_FIELDS = (
    "rank",
    "score",
    "turn_id",
    "doc_id",
    "title",
    "date",
    "speaker",
    "role",
    "attribution",
    "kind",
    "label",
    "question",
    "questioner",
    "outlet",
    "missing",
    "excerpt",
    "text",
    "source",
    "start",
    "end",
)


def hit_dict(hit: Hit) -> dict:
    d = {
        "rank": hit.rank,
        "score": hit.score,
        "turn_id": hit.turn_id,
        "doc_id": hit.doc_id,
        "n": hit.n,
        "title": hit.title,
        "date": hit.date,
        "speaker": hit.speaker,
        "role": hit.role,
        "attribution": hit.attribution,
        "text": hit.text,
        "excerpt": hit.excerpt.text,
        "highlights": [list(span) for span in hit.excerpt.spans],
        "source": hit.source,
        "kind": hit.kind,
        "label": hit.label,
        "question": hit.is_question,
        "questioner": hit.questioner,
        "outlet": hit.outlet,
        "missing": list(hit.missing),
    }
    if hit.start is not None or hit.end is not None:
        d["start"], d["end"] = hit.start, hit.end
    if hit.duplicates:
        d["duplicates"] = list(hit.duplicates)
    if hit.question:
        d["question_turn"] = asdict(hit.question)
    if hit.before or hit.after:
        d["context"] = {
            "before": [asdict(t) for t in hit.before],
            "after": [asdict(t) for t in hit.after],
        }
    return d


def results_dict(results: SearchResults) -> dict:
    d = {
        "version": JSON_VERSION,
        "query": results.request.query,
        "total": results.total,
        "total_exact": results.total_exact,
        "partial": results.partial,
        "offset": results.request.offset,
        "variants": {k: list(v) for k, v in results.variants.items()},
        "suggestion": results.suggestion,
        "hits": [hit_dict(h) for h in results.hits],
    }
    if results.notes:
        d["notes"] = list(results.notes)
    if results.facets:
        d["facets"] = {
            k: [{"value": v, "count": c} for v, c in rows] for k, rows in results.facets.items()
        }
        d["facets_collapsed"] = results.facet_collapsed  # duplicates counted once
    return d


# A pair of offsets spread over four lines by indent=2: "[\n    36,\n    44\n  ]".
_PAIR = re.compile(r"\[\s+(\d+),\s+(\d+)\s+\]")


def to_json(results: SearchResults) -> str:
    """Indented for reading; offset pairs kept on one line. (Raw newlines never occur inside JSON strings.)"""
    text = json.dumps(results_dict(results), ensure_ascii=False, indent=2)
    return _PAIR.sub(r"[\1, \2]", text) + "\n"


# Characters that str.splitlines() and some JSONL readers treat as line ends inside a string.
_LINE_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def to_jsonl(results: SearchResults) -> str:
    """One hit per line; no character inside a line can be mistaken for a line end."""
    return "".join(
        json.dumps(hit_dict(h), ensure_ascii=False).translate(_LINE_SEPARATORS) + "\n"
        for h in results.hits
    )


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will show as text, never evaluate ("=HYPERLINK(...)" -> "'=HYPERLINK(...)")."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def _turns_cell(turns) -> str:
    """Context turns in one CSV cell: "N Speaker: text", one per line."""
    return "\n".join(f"{c.n} {c.speaker or '(unattributed)'}: {c.text}" for c in turns)


def to_csv(results: SearchResults) -> str:
    """One row per hit; `--context N` adds context_before/context_after, `--with-question` question_turn."""
    req = results.request
    extra = (("context_before", "context_after") if req.context else ()) + (
        ("question_turn",) if req.with_question else ()
    )
    out = io.StringIO()
    import csv  # here: only CSV output needs it

    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((*CSV_FIELDS, *extra))
    for hit in results.hits:
        row = hit_dict(hit)
        row["missing"] = "; ".join(row["missing"])
        row["question"] = "yes" if row["question"] else ""
        row["context_before"], row["context_after"] = (
            _turns_cell(hit.before),
            _turns_cell(hit.after),
        )
        row["question_turn"] = _turns_cell([hit.question] if hit.question else [])
        writer.writerow([safe_cell(row.get(name)) for name in (*CSV_FIELDS, *extra)])
    return out.getvalue()


XLSX_CELL_LIMIT = 32_767  # characters in one spreadsheet cell (Excel's own limit)
_XLSX_WIDTHS = {"title": 40, "speaker": 24, "role": 24, "excerpt": 80, "text": 80, "source": 40}


def to_xlsx(results: SearchResults) -> bytes:
    """The CSV's columns as a spreadsheet: header row frozen and filtered, one row per hit.

    XlsxWriter is imported here only: no other output pays for it. Text cells are written as
    strings, never as formulas, URLs or numbers, so "=HYPERLINK(...)" stays text with no quote
    prefix and control characters are kept (as the format's _xHHHH_ escapes); a cell longer
    than Excel's limit is cut there, ending in "…".
    """
    import xlsxwriter

    out = io.BytesIO()
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    book = xlsxwriter.Workbook(out, {**options, "strings_to_numbers": False})
    sheet = book.add_worksheet("hits")
    bold = book.add_format({"bold": True})
    for col, name in enumerate(CSV_FIELDS):
        sheet.write_string(0, col, name, bold)
        sheet.set_column(col, col, _XLSX_WIDTHS.get(name, 12))
    for row, hit in enumerate(results.hits, start=1):
        values = hit_dict(hit)
        for col, name in enumerate(CSV_FIELDS):
            _xlsx_cell(sheet, row, col, values.get(name))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(results.hits), len(CSV_FIELDS) - 1)
    book.close()
    return out.getvalue()


def _xlsx_cell(sheet, row: int, col: int, value: object) -> None:
    if value is None or value is False:
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        sheet.write_number(row, col, value)
        return
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    text = "yes" if value is True else str(value)
    if len(text) > XLSX_CELL_LIMIT:
        text = text[: XLSX_CELL_LIMIT - 1] + "…"
    sheet.write_string(row, col, text)


FORMATTERS: dict[str, Callable[[SearchResults], str | bytes]] = {
    "json": to_json,
    "jsonl": to_jsonl,
    "csv": to_csv,
    "xlsx": to_xlsx,
}


def document_dict(doc: Document) -> dict:
    """`nrc segment --format json`."""
    return {
        **doc.header(),
        "turns": [
            {
                "n": t.n,
                "speaker": t.speaker,
                "role": t.role,
                "attribution": t.attribution,
                "label": t.label,
                "flags": list(t.flags),
                "text": t.text,
                **_turn_extras(t),
            }
            for t in doc.turns
        ],
        **({"part": doc.part} if doc.part else {}),
    }


def _turn_extras(turn: Turn) -> dict:
    """Recording times (captions) and the language spoken (UN records), only where known."""
    extra: dict = {}
    if turn.start is not None or turn.end is not None:
        extra["start"], extra["end"] = turn.start, turn.end
    if turn.language:
        extra["language"] = turn.language
    return extra


def document_json(
    doc: Document, *, dropped: bool = False, reasons: list[tuple[str, str]] | None = None
) -> str:
    d = document_dict(doc)
    if dropped:
        d["dropped"] = list(doc.dropped)
    if dropped and reasons is not None:  # why each dropped line went, in the same order
        d["dropped_reasons"] = [{"line": line, "reason": r} for line, r in reasons]
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


def explain_json(source: str, rows: list) -> str:
    """`nrc segment FILE --explain --format json`: {"source", "blocks": [Row.to_dict()]}."""
    d = {"source": source, "blocks": [r.to_dict() for r in rows]}
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


def rows_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
