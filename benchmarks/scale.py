"""Scale benchmark: nrc ingest and nrc search at 10k / 100k / 1M turns vs SQLite FTS5 and rg.

    . /work/venv/bin/activate
    python benchmarks/scale.py --sizes 10k,100k,1M          # ~15 min at 1M on 2 cores

Builds (once, cached) UN verbatim-record meeting files from the UN General Debate Corpus
(ungdc_corpus.py), times `nrc ingest`, six queries warm in-process (the library) and end to end
(fresh `nrc search ... --json`), the same queries in SQLite FTS5 and ripgrep, and `nrc --help`
startup; prints one table per size and writes benchmarks/results-<date>.md. Never run by tests.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import report
from baselines import Query, build_sqlite, rg_available, sqlite_count, sqlite_warm
from measure import du, median, p95, repeat, run
from startup import measure_startup
from ungdc_corpus import WORK, build_all, parse_size

HERE = Path(__file__).resolve().parent
ONE_SHOT_SCRIPT = (
    "import sqlite3,sys\ncon=sqlite3.connect(sys.argv[1])\n"
    "print(len(con.execute(sys.argv[2],sys.argv[3:]).fetchall()))\n"
)


def queries(manifest: dict) -> list[Query]:
    """The six benchmark queries; the speaker is this set's busiest unambiguous speaker."""
    return [
        Query("rare term", ("chernobyl",)),
        Query("two-term AND", ("nuclear", "disarmament")),
        Query("phrase, frequent words", ("international", "community"), phrase=True),
        Query("very common term (~10%)", ("peace",)),
        Query("term + speaker filter", ("peace",), speaker=busiest_speaker(manifest)),
        Query("term + date filter", ("security",), since="2000", until="2009"),
    ]


def busiest_speaker(manifest: dict) -> str:
    """The surname of the set's busiest speaker whose surname no other top speaker shares."""
    names = [n for n, _ in manifest["top_speakers"] if n != "The President"]
    surnames = [n.split()[-1].lower() for n in names]
    for name, key in zip(names, surnames, strict=True):
        if surnames.count(key) == 1 and not name.startswith("Representative"):
            return name.split()[-1]
    return names[0].split()[-1]


def warm_impl(spec: str) -> Callable[[Path, Query], int] | None:
    """'module:function' taking (index_dir, SearchRequest); None when it cannot be imported."""
    try:
        mod_name, fn_name = spec.split(":")
        fn = getattr(importlib.import_module(mod_name), fn_name)
        from nrc_search.model import SearchRequest
    except (ImportError, AttributeError, ValueError) as e:
        print(f"warm in-process column skipped: {e}", file=sys.stderr)
        return None

    def call(ix: Path, q: Query) -> int:
        words = " ".join(q.words)
        req = SearchRequest(
            query=f'"{words}"' if q.phrase else words,
            speakers=(q.speaker,) if q.speaker else (),
            since=q.since,
            until=q.until,
            limit=10,
        )
        return fn(ix, req).total

    return call


def timed(fn: Callable[[], object], reps: int) -> list[float]:
    """Seconds of each of `reps` calls after one warm-up call."""
    fn()
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def bench_ingest(nrc: str, corpus: Path, ix: Path, jobs: int | None) -> dict:
    if ix.exists():
        shutil.rmtree(ix)
    cmd = [nrc, "ingest", str(corpus / "meetings"), "--index", str(ix), "--rebuild"]
    r = run([*cmd, "--jobs", str(jobs)] if jobs else cmd)
    if r.returncode not in (0, 1):
        raise SystemExit(f"nrc ingest failed ({r.returncode}): {' '.join(cmd)}")
    return {"wall": r.wall, "cpu": r.cpu, "rss": r.peak_rss, "size": du(ix), "rc": r.returncode}


def bench_query(
    q: Query,
    nrc: str,
    ix: Path,
    db: Path,
    corpus: Path,
    args: argparse.Namespace,
    warm: Callable[[Path, Query], int] | None,
    con: sqlite3.Connection,
) -> dict:
    row: dict = {"query": q.name, "args": q.nrc_args(), "sqlite_hits": sqlite_count(db, q)}
    if warm:
        row["nrc_hits"] = warm(ix, q)
        ts = timed(lambda: warm(ix, q), args.warm_reps)
        row |= {"nrc_warm": median(ts), "nrc_warm_p95": p95(ts)}
    runs = repeat([nrc, "search", *q.nrc_args(), "--json", "--index", str(ix)], args.runs)
    row |= {"nrc_fresh": median([r.wall for r in runs]), "nrc_rss": max(r.peak_rss for r in runs)}
    if args.serve:  # the same fresh process, answered by a running `nrc serve`
        with served(nrc, ix):
            sruns = repeat([nrc, "search", *q.nrc_args(), "--json", "--index", str(ix)], args.runs)
        row |= {
            "nrc_served": median([r.wall for r in sruns]),
            "nrc_served_rss": max(r.peak_rss for r in sruns),
        }
    if runs[-1].returncode in (0, 1):
        row["nrc_hits"] = json.loads(runs[-1].stdout or "{}").get("total", row.get("nrc_hits"))
    row["sqlite_warm"] = median(timed(lambda: sqlite_warm(con, q), args.warm_reps))
    sql, params = q.fts()
    shots = repeat([sys.executable, "-c", ONE_SHOT_SCRIPT, str(db), sql, *params], args.runs)
    row["sqlite_oneshot"] = median([r.wall for r in shots])
    if rg_available():
        cmd = q.rg(corpus / "meetings")
        rgs = repeat(cmd, args.runs)
        row |= {
            "rg": median([r.wall for r in rgs]),
            "rg_cmd": cmd,
            "rg_lines": len(rgs[-1].stdout.splitlines()),
        }
    return row


@contextlib.contextmanager
def served(nrc: str, ix: Path):
    """`nrc serve` on `ix` for the duration of the block."""
    from nrc_search.serve import socket_path

    proc = subprocess.Popen(
        [nrc, "serve", "--index", str(ix), "--idle-timeout", "600"], stderr=subprocess.DEVNULL
    )
    sock = socket_path(ix)
    deadline = time.monotonic() + 120
    while not sock.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    try:
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def bench_size(n: int, corpus: Path, nrc: str, args: argparse.Namespace) -> dict:
    manifest = json.loads((corpus / "manifest.json").read_text())
    ix, db = WORK / f"index-{n}", WORK / f"fts-{n}.db"
    print(
        f"== {n:,} turns: {manifest['meetings']} files, {manifest['bytes'] / 2**20:.0f} MiB",
        file=sys.stderr,
    )
    res: dict = {
        "size": n,
        "turns": manifest["turns"],
        "files": manifest["meetings"],
        "bytes": manifest["bytes"],
    }
    if args.skip_ingest and ix.exists():
        res["ingest"] = None
    else:
        res["ingest"] = bench_ingest(nrc, corpus, ix, args.jobs)
        print(f"   nrc ingest {res['ingest']['wall']:.1f}s", file=sys.stderr)
    if not db.exists() or not args.skip_ingest:
        res["sqlite_build"] = build_sqlite(corpus / "turns.jsonl", db)
    res["sqlite_size"] = du(db)
    warm = warm_impl(args.warm_impl)
    rows = []
    with sqlite3.connect(db) as con:
        for q in queries(manifest):
            rows.append(bench_query(q, nrc, ix, db, corpus, args, warm, con))
            print(f"   {q.name}: {rows[-1]['nrc_fresh']:.3f}s", file=sys.stderr)
    res["queries"] = rows
    return res


def environment(python: str) -> dict:
    def version(cmd: list[str]) -> str:
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
            return out.splitlines()[0] if out else "?"
        except OSError:
            return "missing"

    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "rg": version(["rg", "--version"]),
        "nrc": version([str(Path(python).parent / "nrc"), "--version"]),
        "date": dt.date.today().isoformat(),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="10k,100k,1M")
    p.add_argument(
        "--backend",
        choices=("whoosh", "opensearch"),
        default="whoosh",
        help="opensearch: the OpenSearch backend next to Whoosh (opensearch_bench.py)",
    )
    p.add_argument("--runs", type=int, default=5, help="fresh-process runs per query (median)")
    p.add_argument("--warm-reps", type=int, default=20, help="in-process repetitions per query")
    p.add_argument("--warm-impl", default="nrc_search.search:search")
    p.add_argument("--jobs", type=int, default=None, help="passed to nrc ingest --jobs")
    p.add_argument("--skip-ingest", action="store_true", help="reuse existing indexes")
    p.add_argument("--serve", action="store_true", help="also time fresh searches via nrc serve")
    p.add_argument("--nrc", default=str(Path(sys.executable).parent / "nrc"))
    p.add_argument("--out", type=Path, default=HERE / f"results-{dt.date.today()}.md")
    args = p.parse_args()
    if args.backend == "opensearch":
        import opensearch_bench

        opensearch_bench.main(["--sizes", args.sizes])
        return
    if not rg_available():
        print(
            "ripgrep (rg) not found: the rg column is skipped (apt-get install ripgrep)",
            file=sys.stderr,
        )
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    corpora = build_all(sizes)
    results = {
        "env": environment(sys.executable),
        "startup": measure_startup(args.nrc, sys.executable).__dict__,
        "sizes": [bench_size(n, c, args.nrc, args) for n, c in zip(sizes, corpora, strict=True)],
    }
    (WORK / f"results-{dt.date.today()}.json").write_text(json.dumps(results, indent=1))
    md = report.markdown(results)
    args.out.write_text(md)
    print(md)
    print(f"written: {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
