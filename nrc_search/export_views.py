"""The analyst views (kwic, trend, similar, watch) as JSON, JSONL and CSV. Never imports rich.

Every JSON document carries `"version": 1` and a `"view"` name. Shapes:

- kwic:    {"version", "view": "kwic", "query", "turns", "total", "width", "sort",
            "lines": [{"turn_id", "doc_id", "n", "title", "date", "speaker", "role",
                       "attribution", "left", "match", "right", "start", "end", "duplicates"}]}
- trend:   {"version", "view": "trend", "queries": [...], "by", "collapsed": [...],
            "buckets": [{"bucket", "words", "turns_all", "counts": [{"query", "turns",
                         "matches", "per_10k"}]}], "totals": [{"query", "turns", "matches", "per_10k"}]}
- similar: {"version", "view": "similar", "turn": <hit>, "key_terms": [{"term", "weight"}],
            "copies": [turn ids], "hits": [<hit> + "shared_terms", "similarity", "near_duplicate"]}
- watch:   {"version", "view": "watch", "watches": [{"name", "query", "new", "hits": [<hit>]}]}

<hit> is the hit object of `nrc search --format json` (export.hit_dict).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from nrc_search.export import CSV_FIELDS, hit_dict, safe_cell

if TYPE_CHECKING:  # the printers need the shapes only; each command imports its own view
    from nrc_search.kwic import Concordance
    from nrc_search.similar import Similar
    from nrc_search.trend import Trend
    from nrc_search.watch import Watch, WatchRun

VERSION = 1
KWIC_FIELDS = (
    "turn_id", "doc_id", "n", "title", "date", "speaker", "role", "attribution",
    "left", "match", "right", "start", "end", "duplicates",
)  # fmt: skip


def _dump(d: dict | list) -> str:
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


def _line(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False) + "\n"


def _csv(header, rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def kwic_line(line) -> dict:
    d = asdict(line)
    d["duplicates"] = list(line.duplicates)
    return d


def kwic_dict(c: Concordance) -> dict:
    return {
        "version": VERSION,
        "view": "kwic",
        "query": c.request.query,
        "turns": c.turns,
        "total": c.total,
        "width": c.width,
        "sort": c.sort,
        "lines": [kwic_line(ln) for ln in c.lines],
    }


def kwic_out(c: Concordance, fmt: str) -> str:
    if fmt == "json":
        return _dump(kwic_dict(c))
    if fmt == "jsonl":
        return "".join(_line(kwic_line(ln)) for ln in c.lines)
    rows = []
    for ln in c.lines:
        d = kwic_line(ln)
        d["duplicates"] = " ".join(ln.duplicates)
        rows.append([d.get(k) for k in KWIC_FIELDS])
    return _csv(KWIC_FIELDS, rows)


def _count(query: str, cell) -> dict:
    return {"query": query, "turns": cell.turns, "matches": cell.matches, "per_10k": cell.per_10k}


def trend_dict(tr: Trend) -> dict:
    return {
        "version": VERSION,
        "view": "trend",
        "queries": list(tr.queries),
        "by": tr.by,
        "collapsed": list(tr.collapsed),
        "buckets": [
            {
                "bucket": row.bucket,
                "words": row.words,
                "turns_all": row.all_turns,
                "counts": [_count(q, c) for q, c in zip(tr.queries, row.cells, strict=True)],
            }
            for row in tr.rows
        ],
        "totals": [_count(q, c) for q, c in zip(tr.queries, tr.totals, strict=True)],
        "words": tr.words,
        "hidden_buckets": tr.hidden,
    }


def trend_out(tr: Trend, fmt: str) -> str:
    if fmt == "json":
        return _dump(trend_dict(tr))
    if fmt == "jsonl":
        return "".join(
            _line({"bucket": r.bucket, "words": r.words, **_count(q, c)})
            for r in tr.rows
            for q, c in zip(tr.queries, r.cells, strict=True)
        )
    header = ["bucket", "words", "turns_all"]
    for q in tr.queries:
        tag = f"{q} " if len(tr.queries) > 1 else ""
        header += [f"{tag}turns", f"{tag}matches", f"{tag}per_10k"]
    rows = []
    for r in tr.rows:
        row: list = [r.bucket, r.words, r.all_turns]
        for c in r.cells:
            row += [c.turns, c.matches, "" if c.per_10k is None else c.per_10k]
        rows.append(row)
    return _csv(header, rows)


def similar_hit(sh) -> dict:
    d = hit_dict(sh.hit)
    d.update(
        shared_terms=list(sh.shared), similarity=sh.similarity, near_duplicate=sh.near_duplicate
    )
    return d


def similar_dict(s: Similar) -> dict:
    source = hit_dict(s.source)
    for key in ("rank", "score", "excerpt", "highlights"):
        source.pop(key, None)
    return {
        "version": VERSION,
        "view": "similar",
        "turn": source,
        "key_terms": [{"term": t, "weight": w} for t, w in s.key_terms],
        "copies": list(s.copies),
        "hits": [similar_hit(h) for h in s.hits],
    }


SIMILAR_FIELDS = (*CSV_FIELDS, "shared_terms", "similarity", "near_duplicate")


def similar_out(s: Similar, fmt: str) -> str:
    if fmt == "json":
        return _dump(similar_dict(s))
    if fmt == "jsonl":
        return "".join(_line(similar_hit(h)) for h in s.hits)
    rows = []
    for h in s.hits:
        d = similar_hit(h)
        d["shared_terms"] = " ".join(h.shared)
        rows.append([d.get(k) for k in SIMILAR_FIELDS])
    return _csv(SIMILAR_FIELDS, rows)


def watch_dict(w: Watch) -> dict:
    r = w.request
    return {
        "name": w.name,
        "query": r.query,
        "speakers": list(r.speakers),
        "since": r.since,
        "until": r.until,
        "docs": list(r.docs),
        "narration": not r.speech_only,  # the outlet's own words are searched
        "speech_only": r.speech_only,
        "created": w.created,
        "last_run": w.last_run,
        "seen": w.seen,
    }


def watches_json(watches: list[Watch]) -> str:
    return _dump([watch_dict(w) for w in watches])


def runs_out(runs: list[WatchRun], fmt: str) -> str:
    if fmt == "json":
        return _dump(
            {
                "version": VERSION,
                "view": "watch",
                "watches": [
                    {
                        "name": r.watch.name,
                        "query": r.watch.request.query,
                        "new": len(r.new),
                        "hits": [hit_dict(h) for h in r.new],
                    }
                    for r in runs
                ],
            }
        )
    if fmt == "jsonl":
        return "".join(_line({"watch": r.watch.name, **hit_dict(h)}) for r in runs for h in r.new)
    rows = [[r.watch.name, *(hit_dict(h).get(k) for k in CSV_FIELDS)] for r in runs for h in r.new]
    return _csv(("watch", *CSV_FIELDS), rows)
