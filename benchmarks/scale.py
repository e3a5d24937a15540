"""Scale benchmark: nrc ingest and nrc search at 10k-3M turns vs SQLite FTS5, sqlite-utils, rg.

    pip install -e ".[bench]"                   # sqlite-utils, for its column; apt-get install ripgrep
    nice -n 10 python benchmarks/scale.py --sizes 10k,100k --serve --runs 3 --warm-reps 5
    python benchmarks/scale.py --sizes 10k,100k,1M,3M --serve     # a quiet machine: ~1.5 h or more

Builds (once, cached in benchmarks/work/) UN verbatim-record meeting files from the UN General
Debate Corpus (ungdc_corpus.py; 3M = its turns cut shorter), times `nrc ingest`, six queries warm
in-process (the library) and end to end (a fresh `nrc search ... --json`, by itself and with
`--serve` answered by one running `nrc serve`, whose peak RSS is read before it stops), the same
queries in SQLite FTS5 (warm and one-shot), a fresh `sqlite-utils search` and ripgrep, and
`nrc --help` start-up. Prints per size a table (wall time, CPU in parentheses), then the issue
14 targets with met / NOT met and the scaling curve across the sizes run, judged on `--clock`
(wall, or cpu on a busy machine), and writes benchmarks/results-<date>-<sizes>.md. Never run by
tests. --skip-ingest reuses an index that answers the common query (else ingests it again);
the SQLite dbs are built when missing or older than the corpus (--rebuild-sqlite: always).
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
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import report
from baselines import (
    Query,
    build_sqlite,
    build_sqlite_utils,
    rg_available,
    rg_count,
    sqlite_count,
    sqlite_warm,
)
from measure import du, median, p95, proc_cpu, proc_hwm, repeat, run
from startup import measure_startup
from ungdc_corpus import WORK, build_all, parse_size

HERE = Path(__file__).resolve().parent
# Fresh `nrc search` runs that must answer by themselves, even if an `nrc serve` is running.
UNSERVED = {**os.environ, "NRC_NO_SERVE": "1"}
SERVED = {k: v for k, v in os.environ.items() if k != "NRC_NO_SERVE"}
ONE_SHOT_SCRIPT = (
    "import sqlite3,sys\ncon=sqlite3.connect(sys.argv[1])\n"
    "print(len(con.execute(sys.argv[2],sys.argv[3:]).fetchall()))\n"
)


def queries(manifest: dict, speaker: str | None = None) -> list[Query]:
    """The six benchmark queries; the speaker is `speaker`, else this set's busiest unambiguous
    speaker (scale.py passes the smallest set's, present in every larger one, so that the
    speaker filter asks the same question at every size of the curve)."""
    return [
        Query("rare term", ("chernobyl",)),
        Query("two-term AND", ("nuclear", "disarmament")),
        Query("phrase, frequent words", ("international", "community"), phrase=True),
        Query("very common term (~10%)", ("peace",)),
        Query("term + speaker filter", ("peace",), speaker=speaker or busiest_speaker(manifest)),
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
    return timed_cpu(fn, reps)[0]


def timed_cpu(fn: Callable[[], object], reps: int) -> tuple[list[float], list[float]]:
    """(wall seconds, CPU seconds of this process) of each of `reps` calls after a warm-up."""
    fn()
    walls, cpus = [], []
    for _ in range(reps):
        t, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return walls, cpus


def bench_ingest(nrc: str, corpus: Path, ix: Path, jobs: int | None) -> dict:
    if ix.exists():
        shutil.rmtree(ix)
    cmd = [nrc, "ingest", str(corpus / "meetings"), "--index", str(ix), "--rebuild"]
    r = run([*cmd, "--jobs", str(jobs)] if jobs else cmd, env=UNSERVED)
    if r.returncode not in (0, 1):
        raise SystemExit(f"nrc ingest failed ({r.returncode}): {' '.join(cmd)}")
    return {"wall": r.wall, "cpu": r.cpu, "rss": r.peak_rss, "size": du(ix), "rc": r.returncode}


def fresh(cmd: list[str] | str, runs: int, env: dict[str, str] | None = None) -> dict:
    """Median wall and CPU seconds, and the peak RSS, of `runs` fresh processes."""
    return _summary(repeat(cmd, runs, env=env))


def fresh_in_turn(cmds: dict[str, tuple[list[str], dict[str, str] | None]], runs: int) -> dict:
    """`fresh` of each command, their runs taken in turn (a b c a b c ...) after one warm-up
    each: a machine whose speed drifts during a run (this one's did by a third within
    minutes) then slows or speeds every engine alike, not whichever ran last."""
    for cmd, env in cmds.values():
        run(cmd, env=env, sample=False)
    runs_of: dict[str, list] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, (cmd, env) in cmds.items():
            runs_of[name].append(run(cmd, env=env))
    return {name: _summary(rs) for name, rs in runs_of.items()}


def _summary(rs: list) -> dict:
    return {
        "wall": median([r.wall for r in rs]),
        "cpu": median([r.cpu for r in rs]),
        "rss": max(r.peak_rss for r in rs),
        "rc": rs[-1].returncode,
        "stdout": rs[-1].stdout,
    }


def nrc_search_cmd(nrc: str, q: Query, ix: Path) -> list[str]:
    return [nrc, "search", *q.nrc_args(), "--json", "--index", str(ix)]


def postings(ix: Path, q: Query) -> int:
    """The postings of the query's words (a phrase of two common words: its pair's list),
    what an engine must read or skip through: the scaling curve's reference for the query
    (its hits can shrink while its lists grow, as with the 3M set's shorter turns)."""
    from nrc_search.analysis import pair_term, terms
    from nrc_search.store.warm import searcher

    words = [t for w in q.words for t in terms(w)]
    with searcher(ix) as (s, _):
        if q.phrase and len(words) == 2 and (n := s.doc_frequency("pairs", pair_term(*words))):
            return n
        return sum(s.doc_frequency("text", w) for w in words)


def bench_query(
    q: Query,
    nrc: str,
    ix: Path,
    dbs: tuple[Path, Path | None],
    corpus: Path,
    args: argparse.Namespace,
    warm: Callable[[Path, Query], int] | None,
    con: sqlite3.Connection,
) -> dict:
    """Every engine on one query, without `nrc serve` (bench_served adds that)."""
    db, su_db = dbs
    row: dict = {"query": q.name, "args": q.nrc_args(), "sqlite_hits": sqlite_count(db, q)}
    if warm:
        row["nrc_hits"] = warm(ix, q)
        row["postings"] = postings(ix, q)
        walls, cpus = timed_cpu(lambda: warm(ix, q), args.warm_reps)
        row |= {"nrc_warm": median(walls), "nrc_warm_p95": p95(walls), "nrc_warm_cpu": median(cpus)}
    sql, params = q.fts()
    cmds: dict = {
        "nrc": (nrc_search_cmd(nrc, q, ix), UNSERVED),
        "shot": ([sys.executable, "-c", ONE_SHOT_SCRIPT, str(db), sql, *params], None),
    }
    if su_db:
        su_cmd = [args.sqlite_utils, "search", str(su_db), "turns", q.sqlite_utils()]
        cmds["su"] = ([*su_cmd, "--limit", "10"], None)
    got = fresh_in_turn(cmds, args.runs)
    f = got["nrc"]
    row |= {"nrc_fresh": f["wall"], "nrc_fresh_cpu": f["cpu"], "nrc_rss": f["rss"]}
    if f["rc"] in (0, 1):
        row["nrc_hits"] = json.loads(f["stdout"] or "{}").get("total", row.get("nrc_hits"))
    walls, cpus = timed_cpu(lambda: sqlite_warm(con, q), args.warm_reps)
    row |= {"sqlite_warm": median(walls), "sqlite_warm_cpu": median(cpus)}
    shot = got["shot"]
    row |= {"sqlite_oneshot": shot["wall"], "sqlite_oneshot_cpu": shot["cpu"]}
    if su_db:
        su = got["su"]
        row |= {"su": su["wall"], "su_cpu": su["cpu"], "su_query": q.sqlite_utils()}
        row["su_rows"] = len(json.loads(su["stdout"] or "[]")) if su["rc"] == 0 else None
    if rg_available():
        rg = q.rg(corpus / "meetings")
        g = fresh(rg, args.runs)
        row |= {
            "rg": g["wall"],
            "rg_cpu": g["cpu"],
            "rg_cmd": rg,
            "rg_lines": rg_count(g["stdout"]),
        }
    return row


def bench_served(
    rows: list[dict], qs: list[Query], nrc: str, ix: Path, runs: int, db: Path
) -> dict:
    """Fresh `nrc search --json` answered by one `nrc serve` for all queries: each row gets the
    served wall time, the client's CPU plus the server's share, and the client's peak RSS, and
    SQLite's one-shot time again, measured in turn with the served runs (the target compares
    the two); the result is the server's own peak RSS (VmHWM before it is stopped) and
    start-up time."""
    with served(nrc, ix) as (proc, ready):
        out: dict = {"start": ready}
        idle = proc_cpu(proc.pid)  # start-up and warm-up: not the queries' work
        for row, q in zip(rows, qs, strict=True):
            cmd = nrc_search_cmd(nrc, q, ix)
            sql, params = q.fts()
            shot_cmd = [sys.executable, "-c", ONE_SHOT_SCRIPT, str(db), sql, *params]
            run(cmd, env=SERVED, sample=False)  # warm-up: its postings into the server's caches
            run(shot_cmd, sample=False)
            rs, shots, server = [], [], 0.0
            for _ in range(runs):  # in turn; the server's CPU counted around its own runs only
                before = proc_cpu(proc.pid)
                rs.append(run(cmd, env=SERVED))
                server += (proc_cpu(proc.pid) - before) / runs
                shots.append(run(shot_cmd))
            row |= {
                "sqlite_oneshot_beside_served": median([r.wall for r in shots]),
                "sqlite_oneshot_beside_served_cpu": median([r.cpu for r in shots]),
                "nrc_served": median([r.wall for r in rs]),
                "nrc_served_cpu": median([r.cpu for r in rs]) + server,
                "nrc_served_server_cpu": server,
                "nrc_served_rss": max(r.peak_rss for r in rs),
                "nrc_served_hits": json.loads(rs[-1].stdout or "{}").get("total"),
            }
        out["rss"] = proc_hwm(proc.pid)
        out["cpu"] = proc_cpu(proc.pid) - idle
        out["answered"] = out["cpu"] > 0 and all(
            r["nrc_served_hits"] == r.get("nrc_hits") for r in rows
        )  # the server did the work, and said what the CLI says by itself
    return out


@contextlib.contextmanager
def served(nrc: str, ix: Path):
    """`nrc serve` on `ix` for the duration of the block: (the process, seconds until ready)."""
    try:
        from nrc_search.serve import socket_path

        sock = socket_path(ix)
    except ImportError:  # the server's module moved: its documented place in the index folder
        sock = ix / ".nrc-serve.sock"
    if sock.exists():
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(sock))
            except OSError:
                sock.unlink()  # a server that was killed left it: the new one's is awaited
            else:
                raise SystemExit(f"an nrc serve already answers for {ix} ({sock}): stop it first")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [nrc, "serve", "--index", str(ix), "--idle-timeout", "1800"], stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    while not sock.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    if not sock.exists() or proc.poll() is not None:  # none, or another one already serves
        proc.kill()
        raise SystemExit(f"nrc serve did not start for {ix} (exit {proc.wait()})")
    try:
        yield proc, time.perf_counter() - start
    finally:
        proc.send_signal(signal.SIGINT)  # as Ctrl-C: it removes its socket on the way out
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def usable(nrc: str, ix: Path, qs: list[Query]) -> bool:
    """True when `ix` answers the most common of the queries (a half-built index does not)."""
    if not ix.exists():
        return False
    common = next(q for q in qs if q.name.startswith("very common"))
    r = run(nrc_search_cmd(nrc, common, ix), env=UNSERVED, sample=False)
    ok = r.returncode == 0 and json.loads(r.stdout or "{}").get("total", 0) > 0
    if not ok:
        print(
            f"   {ix} does not answer `{' '.join(common.nrc_args())}`: ingesting", file=sys.stderr
        )
    return ok


def stale(db: Path, corpus: Path, args: argparse.Namespace) -> bool:
    """Whether a SQLite db must be built: missing, older than the corpus's turns, or asked for
    (the dbs depend on the corpus only, so a run that re-times nrc reuses them)."""
    turns = corpus / "turns.jsonl"
    return args.rebuild_sqlite or not db.exists() or db.stat().st_mtime < turns.stat().st_mtime


def bench_size(n: int, corpus: Path, nrc: str, args: argparse.Namespace) -> dict:
    manifest = json.loads((corpus / "manifest.json").read_text())
    ix, db, su_db = WORK / f"index-{n}", WORK / f"fts-{n}.db", WORK / f"fts-{n}-sqlite-utils.db"
    print(
        f"== {n:,} turns: {manifest['meetings']} files, {manifest['bytes'] / 2**20:.0f} MiB",
        file=sys.stderr,
    )
    t0 = time.perf_counter()
    res: dict = {
        "size": n,
        "turns": manifest["turns"],
        "files": manifest["meetings"],
        "bytes": manifest["bytes"],
        "method": manifest.get("method", "sample"),
    }
    qs = queries(manifest, args.speaker)
    if args.skip_ingest and usable(nrc, ix, qs):
        res["ingest"] = None
    else:
        res["ingest"] = bench_ingest(nrc, corpus, ix, args.jobs)
        print(f"   nrc ingest {res['ingest']['wall']:.1f}s", file=sys.stderr)
    res["index_size"] = du(ix)
    if stale(db, corpus, args):
        res["sqlite_build"] = build_sqlite(corpus / "turns.jsonl", db)
    res["sqlite_size"] = du(db)
    if args.sqlite_utils and stale(su_db, corpus, args):
        res["su_build"] = build_sqlite_utils(corpus / "turns.jsonl", su_db, args.sqlite_utils)
    warm = warm_impl(args.warm_impl)
    rows = []
    with sqlite3.connect(db) as con:
        for q in qs:
            dbs = (db, su_db if args.sqlite_utils else None)
            rows.append(bench_query(q, nrc, ix, dbs, corpus, args, warm, con))
            print(f"   {q.name}: {rows[-1]['nrc_fresh']:.3f}s", file=sys.stderr)
    if args.serve:
        res["serve"] = bench_served(rows, qs, nrc, ix, args.runs, db)
        print(f"   nrc serve peak RSS {res['serve']['rss'] / 2**20:.0f} MiB", file=sys.stderr)
    res["queries"] = rows
    res["seconds"] = time.perf_counter() - t0
    res["load"] = os.getloadavg()[0]
    return res


def environment(python: str, sqlite_utils: str | None) -> dict:
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
        "sqlite_utils": version([sqlite_utils, "--version"]) if sqlite_utils else "missing",
        "date": dt.date.today().isoformat(),
        "load": os.getloadavg()[0],
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="10k,100k,1M", help="any of 10k,100k,1M,3M (or 250k...)")
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
    p.add_argument(
        "--speaker",
        help="the speaker filter's surname (default: the smallest size's busiest speaker, "
        "so every size asks the same question; EBAN is the issue's 1M query)",
    )
    p.add_argument("--skip-ingest", action="store_true", help="reuse existing indexes")
    p.add_argument(
        "--rebuild-sqlite",
        action="store_true",
        help="build the SQLite dbs again (else kept while the corpus is unchanged)",
    )
    p.add_argument("--serve", action="store_true", help="also time fresh searches via nrc serve")
    p.add_argument("--nrc", default=str(Path(sys.executable).parent / "nrc"))
    p.add_argument(
        "--sqlite-utils",
        default=shutil.which("sqlite-utils", path=str(Path(sys.executable).parent))
        or shutil.which("sqlite-utils"),
        help="the sqlite-utils command (pip install -e '.[bench]'); its column is skipped without",
    )
    p.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="what the targets and the scaling curve judge: wall seconds, or (a busy machine) "
        "CPU seconds of the measured processes (nrc serve's share included)",
    )
    p.add_argument("--out", type=Path, help="default: benchmarks/results-<date>-<sizes>.md")
    args = p.parse_args()
    args.out = args.out or HERE / f"results-{dt.date.today()}-{args.sizes.replace(',', '-')}.md"
    if args.backend == "opensearch":
        import opensearch_bench

        opensearch_bench.main(["--sizes", args.sizes])
        return
    if not args.sqlite_utils:
        print(
            "sqlite-utils not found: its column is skipped (pip install -e '.[bench]')",
            file=sys.stderr,
        )
    if not rg_available():
        print(
            "ripgrep (rg) not found: the rg column is skipped (apt-get install ripgrep)",
            file=sys.stderr,
        )
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    corpora = build_all(sizes)
    if not args.speaker:
        smallest = corpora[sizes.index(min(sizes))]
        args.speaker = busiest_speaker(json.loads((smallest / "manifest.json").read_text()))
    print(f"speaker filter: --speaker {args.speaker}", file=sys.stderr)
    results = {
        "clock": args.clock,
        "env": environment(sys.executable, args.sqlite_utils),
        "startup": measure_startup(args.nrc, sys.executable).__dict__,
        "sizes": [bench_size(n, c, args.nrc, args) for n, c in zip(sizes, corpora, strict=True)],
    }
    saved = WORK / f"results-{dt.date.today()}-{args.sizes.replace(',', '-')}.json"
    saved.write_text(json.dumps(results, indent=1))
    md = report.markdown(results)
    args.out.write_text(md)
    print(md)
    print(f"written: {args.out} (and {saved})", file=sys.stderr)


if __name__ == "__main__":
    main()
