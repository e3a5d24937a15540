"""How fast can Whoosh itself index nrc's turn records? A floor for `nrc ingest`, per writer setup.

Feeds the turns of a built corpus (turns.jsonl, no parsing, no speaker registry) into an index
with nrc's own schema and prints turns/s for one writer configuration, e.g.

    python benchmarks/whoosh_floor.py 100000 --limit 50000 --limitmb 256
    python benchmarks/whoosh_floor.py 100000 --limit 50000 --procs 2 --multisegment

Imports nrc_search.store for the schema only. A diagnostic, not part of scale.py's table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import time
from pathlib import Path

from ungdc_corpus import WORK
from whoosh.fields import ID, STORED, Schema
from whoosh.filedb.filestore import FileStorage

from nrc_search.store import make_schema


def lean_schema() -> Schema:
    """nrc's schema with one term per turn for `n` (stored only) and `date` (an ISO day ID)."""
    schema = make_schema()
    schema.remove("n")
    schema.add("n", STORED())
    schema.remove("date")
    schema.add("date", ID())
    return schema


def records(turns_jsonl: Path, limit: int) -> list[dict]:
    out = []
    with turns_jsonl.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            d = json.loads(line)
            out.append(
                {
                    "type": "turn",
                    "turn_id": f"{d['doc']}:{d['n']}",
                    "doc_id": d["doc"],
                    "n": d["n"],
                    "attribution": "verbatim",
                    "text": d["text"],
                    "speaker": d["speaker"],
                    "speaker_key": d["speaker"].lower(),
                    "date": dt.datetime.fromisoformat(d["date"]),
                    "day": d["date"],
                }
            )
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("size", type=int, help="which built corpus (benchmarks/work/corpus-N)")
    p.add_argument("--limit", type=int, default=50_000)
    p.add_argument("--limitmb", type=int, default=256)
    p.add_argument("--procs", type=int, default=1)
    p.add_argument("--multisegment", action="store_true")
    p.add_argument("--batch", type=int, default=0, help="commit(merge=False) every N turns")
    p.add_argument("--lean", action="store_true", help="n stored only, date as an ID")
    p.add_argument("--optimize", action="store_true", help="merge all segments at the end")
    a = p.parse_args()
    recs = records(WORK / f"corpus-{a.size}" / "turns.jsonl", a.limit)
    ix_dir = WORK / "floor-index"
    shutil.rmtree(ix_dir, ignore_errors=True)
    ix_dir.mkdir(parents=True)
    ix = FileStorage(str(ix_dir)).create_index(lean_schema() if a.lean else make_schema())
    if a.lean:
        for r in recs:
            r["date"] = r["day"]
    t0 = time.perf_counter()
    kw: dict = {"limitmb": a.limitmb, "compound": False}
    if a.procs > 1:
        kw |= {"procs": a.procs, "multisegment": a.multisegment}
    w = ix.writer(**kw)
    for i, r in enumerate(recs, 1):
        w.add_document(**r)
        if a.batch and i % a.batch == 0 and i < len(recs):
            w.commit(merge=False)
            w = ix.writer(**kw)
    t1 = time.perf_counter()
    w.commit(merge=False) if a.batch else w.commit()
    t2 = time.perf_counter()
    segments = len(ix.latest_generation() and ix._segments())
    if a.optimize:
        ix.optimize()
        t3 = time.perf_counter()
        print(f"{segments} segments, optimize (merge to one) {t3 - t2:.1f}s")
        t2 = t3
    print(
        f"{len(recs)} turns, lean={a.lean} limitmb={a.limitmb} procs={a.procs} multisegment={a.multisegment}:"
        f" add {t1 - t0:.1f}s + commit {t2 - t1:.1f}s = {t2 - t0:.1f}s, "
        f"{len(recs) / (t2 - t0):,.0f} turns/s -> 1M turns in {1e6 / len(recs) * (t2 - t0):.0f}s"
        f" (if linear)"
    )


if __name__ == "__main__":
    main()
