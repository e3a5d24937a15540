"""Analyst views at scale: nrc kwic / trend / similar / facets on the UNGDC benchmark corpus.

    python benchmarks/views.py --sizes 100k,1M          # reuses benchmarks/work/index-N

Builds (once, cached) the corpus with ungdc_corpus.py and indexes it with `nrc ingest` unless
benchmarks/work/index-N exists (scale.py writes the same folders). Times each view in-process
(the library, warm: median of --warm-reps) and end to end (a fresh `nrc ... --format json`,
median of --runs, with peak RSS). `trend` is also timed once with its word-count cache removed
(the first trend on a new index reads every stored text). Prints one markdown table per size
with the load average, since on a shared machine the wall time grows with the load and the CPU
time of the process much less; the target is <= 2 s per view at 1M turns. Never run by tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from measure import median, repeat, run
from ungdc_corpus import WORK, build_all, parse_size

TARGET = 2.0  # seconds, fresh process, at 1M turns


def _views() -> dict[str, tuple[list[str], Callable[[Path], object]]]:
    """name -> (CLI arguments, the same view through the library)."""
    from nrc_search.kwic import kwic
    from nrc_search.model import SearchRequest
    from nrc_search.trend import trend

    return {
        "kwic rare term: `chernobyl`": (
            ["kwic", "chernobyl"],
            lambda ix: kwic(ix, SearchRequest("chernobyl", all=True)),
        ),
        'trend by year, phrase: `"nuclear disarmament"`': (
            ["trend", '"nuclear disarmament"', "--by", "year"],
            lambda ix: trend(ix, ['"nuclear disarmament"'], SearchRequest("")),
        ),
        'trend by year, frequent phrase: `"international community"`': (
            ["trend", '"international community"', "--by", "year"],
            lambda ix: trend(ix, ['"international community"'], SearchRequest("")),
        ),
        'trend by speaker (top 20): `"nuclear disarmament"`': (
            ["trend", '"nuclear disarmament"', "--by", "speaker"],
            lambda ix: trend(ix, ['"nuclear disarmament"'], SearchRequest(""), by="speaker"),
        ),
        'trend by year, two queries: `chernobyl` `"arms race"`': (
            ["trend", "chernobyl", '"arms race"', "--by", "year"],
            lambda ix: trend(ix, ["chernobyl", '"arms race"'], SearchRequest("")),
        ),
    }


def first_turn(ix: Path, query: str) -> str:
    """The longest of the query's top 10 hits: a statement with something to be similar to."""
    from nrc_search.model import SearchRequest
    from nrc_search.search import search

    hits = search(ix, SearchRequest(query, limit=10)).hits
    return max(hits, key=lambda h: (len(h.text), h.turn_id)).turn_id


def timed(fn: Callable[[], object], reps: int) -> float:
    fn()
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def ensure_index(n: int, nrc: str) -> Path:
    ix = WORK / f"index-{n}"
    if not (ix / "nrc-index.json").exists():
        (corpus,) = build_all([n])
        print(f"   indexing {corpus} ...", file=sys.stderr)
        r = run([nrc, "ingest", str(corpus / "meetings"), "--index", str(ix), "--rebuild"])
        if r.returncode not in (0, 1):
            raise SystemExit(f"nrc ingest failed ({r.returncode})")
    return ix


def bench(n: int, args: argparse.Namespace) -> list[dict]:
    from nrc_search.corpus import CACHE
    from nrc_search.model import SearchRequest
    from nrc_search.similar import similar

    ix = ensure_index(n, args.nrc)
    cache = ix / CACHE
    cache.unlink(missing_ok=True)
    views = _views()
    rows: list[dict] = []
    trend_args = views['trend by year, phrase: `"nuclear disarmament"`'][0]
    cold = run([args.nrc, *trend_args, "--format", "json", "--index", str(ix)])
    rows.append({"view": "trend, first run on a new index (builds the word-count cache)",
                 "fresh": cold.wall, "cpu": cold.cpu, "rss": cold.peak_rss, "warm": None,
                 "size": None})  # fmt: skip
    turn = first_turn(ix, "chernobyl")
    views[f"similar of a turn: `{turn}`"] = (
        ["similar", turn],
        lambda ix: similar(ix, turn, SearchRequest("")),
    )
    facets = [a for f in ("year", "month", "speaker", "outlet") for a in ("--facet", f)]
    views["search with 4 facets: `chernobyl` year/month/speaker/outlet"] = (
        ["search", "chernobyl", *facets],
        None,
    )
    for name, (cli_args, fn) in views.items():
        runs = repeat([args.nrc, *cli_args, "--format", "json", "--index", str(ix)], args.runs)
        out = runs[-1].stdout
        size = _size(out)
        warm = timed(lambda fn=fn: fn(ix), args.warm_reps) if fn else None
        rows.append({"view": name, "fresh": median([r.wall for r in runs]),
                     "cpu": median([r.cpu for r in runs]), "rss": max(r.peak_rss for r in runs),
                     "warm": warm, "size": size})  # fmt: skip
        print(f"   {name}: {rows[-1]['fresh']:.2f}s", file=sys.stderr)
    return rows


def _size(out: str) -> str:
    try:
        data = json.loads(out)
    except ValueError:
        return "?"
    if "lines" in data:
        return f"{data['total']:,} lines"
    if "buckets" in data:
        return f"{len(data['buckets'])} buckets, {sum(t['turns'] for t in data['totals']):,} turns"
    if "hits" in data:
        return f"{len(data['hits'])} hits" + (f" of {data['total']:,}" if "total" in data else "")
    return "?"


def table(n: int, turns: int, rows: list[dict], load: tuple[float, float]) -> str:
    out = [
        f"**{turns:,} turns** (target at 1M: each view <= {TARGET:.0f} s in a fresh process; "
        f"load average during the run {load[0]:.1f}-{load[1]:.1f} on {os.cpu_count()} cores)",
        "",
        "| view | output | fresh process, wall (median) | its CPU time | peak RSS "
        "| warm, in-process (median) |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        warm = "—" if r["warm"] is None else f"{r['warm'] * 1000:,.0f} ms"
        out.append(
            f"| {r['view']} | {r['size'] or '—'} | {r['fresh'] * 1000:,.0f} ms | "
            f"{r['cpu'] * 1000:,.0f} ms | {r['rss'] / 2**20:.0f} MiB | {warm} |"
        )
    return "\n".join(out) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100k,1M")
    p.add_argument("--runs", type=int, default=3, help="fresh-process runs per view (median)")
    p.add_argument("--warm-reps", type=int, default=3, help="in-process repetitions per view")
    p.add_argument("--nrc", default=str(Path(sys.executable).parent / "nrc"))
    args = p.parse_args()
    for n in (parse_size(s) for s in args.sizes.split(",")):
        print(f"== {n:,} turns", file=sys.stderr)
        before = os.getloadavg()[0]
        rows = bench(n, args)
        after = os.getloadavg()[0]
        manifest = json.loads((WORK / f"corpus-{n}" / "manifest.json").read_text())
        print(table(n, manifest["turns"], rows, (min(before, after), max(before, after))))


if __name__ == "__main__":
    main()
