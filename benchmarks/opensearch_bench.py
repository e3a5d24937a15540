"""The OpenSearch backend next to the Whoosh store, on the same UNGDC meeting files, in one run.

    python benchmarks/scale.py --backend opensearch --sizes 100k,1M
    python benchmarks/opensearch_bench.py --sizes 100k          # the same, directly

Uses NRC_OPENSEARCH_URL when set; otherwise starts the local 2-node test cluster
(tools/opensearch-local.sh, 512 MiB heap per node) and stops it afterwards. For each size it
times the raw-file ingest into each engine (wall, CPU, peak RSS of the nrc process; for
OpenSearch also the nodes' resident memory), then the six scale.py queries warm in one process
(median and p95 of top-10 with excerpts and the total) and end to end as a fresh
`nrc search ... --json` process. Prints one table per size. Never run by tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from measure import du, median, p95, repeat, run
from scale import queries, timed
from ungdc_corpus import WORK, build_all, parse_size

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "opensearch-local.sh"
INGEST = (
    "import sys\nfrom pathlib import Path\nfrom nrc_search.opensearch import writer\n"
    "from nrc_search.opensearch.client import target\n"
    "if __name__ == '__main__':\n"
    "    s = writer.ingest(target(sys.argv[1], sys.argv[2]), [Path(sys.argv[3])], rebuild=True,"
    " replicas=int(sys.argv[4]))\n"
    "    print(s.total_turns)\n"
)


def node_rss(state: Path) -> int:
    """Resident bytes of the local cluster's JVMs now (0 when the cluster is not ours)."""
    total = 0
    for pidfile in state.glob("node-*.pid"):
        try:
            pages = int(Path(f"/proc/{pidfile.read_text().strip()}/statm").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            continue
        total += pages * os.sysconf("SC_PAGE_SIZE")
    return total


def request(q, limit: int = 10):
    from nrc_search.model import SearchRequest

    words = " ".join(q.words)
    return SearchRequest(
        query=f'"{words}"' if q.phrase else words,
        speakers=(q.speaker,) if q.speaker else (),
        since=q.since,
        until=q.until,
        limit=limit,
    )


def bench(n: int, corpus: Path, url: str, state: Path, args) -> dict:
    from nrc_search.opensearch.client import target
    from nrc_search.opensearch.reader import Collection
    from nrc_search.search import search

    manifest = json.loads((corpus / "manifest.json").read_text())
    ix = WORK / f"index-os-cmp-{n}"
    shutil.rmtree(ix, ignore_errors=True)
    nrc = str(Path(sys.executable).parent / "nrc")
    out: dict = {"size": n, "turns": manifest["turns"], "files": manifest["meetings"]}
    w = run([nrc, "ingest", str(corpus / "meetings"), "--index", str(ix)])
    out["whoosh_ingest"] = {"wall": w.wall, "cpu": w.cpu, "rss": w.peak_rss, "size": du(ix)}
    collection = f"bench-{n}"
    peak = [0]
    r = run([sys.executable, "-c", INGEST, url, collection, str(corpus / "meetings"), "1"])
    peak[0] = node_rss(state)
    if r.returncode:
        raise SystemExit(f"OpenSearch ingest failed: {r.stdout[-500:]}")
    out["os_ingest"] = {"wall": r.wall, "cpu": r.cpu, "rss": r.peak_rss, "nodes_rss": peak[0]}
    coll = Collection(target(url, collection))
    stats = coll.client.indices.stats(index=coll.index)["_all"]["total"]["store"]["size_in_bytes"]
    out["os_ingest"]["size"] = stats
    rows = []
    for q in queries(manifest):
        req = request(q)
        row: dict = {"query": q.name, "whoosh_hits": search(ix, req).total}
        row["os_hits"] = coll.search(req).total
        wt = timed(lambda req=req: search(ix, req), args.warm_reps)
        ot = timed(lambda req=req: coll.search(req), args.warm_reps)
        row |= {
            "whoosh_warm": median(wt),
            "whoosh_p95": p95(wt),
            "os_warm": median(ot),
            "os_p95": p95(ot),
        }
        cmd = [nrc, "search", *q.nrc_args(), "--json"]
        wf = repeat([*cmd, "--index", str(ix)], args.runs)
        of = repeat(
            [*cmd, "--backend", "opensearch", "--url", url, "--collection", collection], args.runs
        )
        row |= {
            "whoosh_fresh": median([x.wall for x in wf]),
            "os_fresh": median([x.wall for x in of]),
            "whoosh_fresh_rss": max(x.peak_rss for x in wf),
            "os_fresh_rss": max(x.peak_rss for x in of),
            "os_cli_rc": of[-1].returncode,
        }
        rows.append(row)
        print(
            f"   {q.name}: whoosh {row['whoosh_warm'] * 1e3:.1f} ms, os {row['os_warm'] * 1e3:.1f} ms",
            file=sys.stderr,
        )
    out["queries"] = rows
    out["nodes_rss_after"] = node_rss(state)
    coll.client.indices.delete(index=f"{coll.t.alias}-*", ignore=[404])
    shutil.rmtree(ix, ignore_errors=True)
    return out


def _ms(x: float) -> str:
    return f"{x * 1e3:.1f} ms" if x < 1 else f"{x:.2f} s"


def _mib(b: int) -> str:
    return f"{b / 2**20:,.0f} MiB"


def table(res: dict) -> str:
    wi, oi = res["whoosh_ingest"], res["os_ingest"]
    lines = [
        f"### {res['turns']:,} turns ({res['files']:,} files)",
        "",
        "| | Whoosh | OpenSearch (2 nodes, replicas 1) |",
        "|---|---|---|",
        f"| ingest wall | {wi['wall']:.1f} s ({res['turns'] / wi['wall']:,.0f} turns/s) | "
        f"{oi['wall']:.1f} s ({res['turns'] / oi['wall']:,.0f} turns/s) |",
        f"| ingest CPU (nrc process tree) | {wi['cpu']:.1f} s | {oi['cpu']:.1f} s (plus the nodes') |",
        f"| peak RSS, nrc | {_mib(wi['rss'])} | {_mib(oi['rss'])} |",
        f"| nodes' RSS | - | {_mib(oi['nodes_rss'])} after ingest |",
        f"| index size | {_mib(wi['size'])} | {_mib(oi['size'])} (primaries + replicas) |",
        "",
        "| query | hits Whoosh / OS | Whoosh warm median (p95) | OS warm median (p95) "
        "| Whoosh fresh | OS fresh | fresh RSS Whoosh / OS |",
        "|---|---|---|---|---|---|---|",
    ]
    for q in res["queries"]:
        lines.append(
            f"| {q['query']} | {q['whoosh_hits']:,} / {q['os_hits']:,} | {_ms(q['whoosh_warm'])} "
            f"({_ms(q['whoosh_p95'])}) | {_ms(q['os_warm'])} ({_ms(q['os_p95'])}) | "
            f"{_ms(q['whoosh_fresh'])} | {_ms(q['os_fresh'])}"
            f"{'' if q['os_cli_rc'] in (0, 1) else ' (CLI failed)'} | "
            f"{_mib(q['whoosh_fresh_rss'])} / {_mib(q['os_fresh_rss'])} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100k")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--warm-reps", type=int, default=10)
    p.add_argument(
        "--out",
        type=Path,
        default=ROOT / "benchmarks" / f"results-opensearch-{time.strftime('%Y-%m-%d')}.md",
    )
    args, _ = p.parse_known_args(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    corpora = build_all(sizes)
    url = os.environ.get("NRC_OPENSEARCH_URL")
    state = Path(os.environ.get("NRC_OPENSEARCH_STATE", "/tmp/nrc-opensearch-bench"))
    started = False
    if not url:
        env = {**os.environ, "NRC_OPENSEARCH_STATE": str(state)}
        line = subprocess.run(
            [str(SCRIPT), "start", "2"], env=env, capture_output=True, text=True, check=True
        )
        url = line.stdout.strip().splitlines()[-1].split("=", 1)[1]
        started = True
    try:
        results = [bench(n, c, url, state, args) for n, c in zip(sizes, corpora, strict=True)]
    finally:
        if started:
            subprocess.run(
                [str(SCRIPT), "stop"],
                env={**os.environ, "NRC_OPENSEARCH_STATE": str(state)},
                check=False,
            )
    md = "## OpenSearch backend next to Whoosh\n\n" + "\n".join(table(r) for r in results)
    args.out.write_text(md)
    print(md)


if __name__ == "__main__":
    main()
