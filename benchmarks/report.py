"""Turn scale.py's measurements into Markdown: one table per size, ratios, and the targets.

Pure formatting over the results dict that scale.py also saves as JSON, so a saved run can be
re-rendered: `python benchmarks/report.py benchmarks/work/results-<date>.json`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MIB = 2**20


def ms(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x * 1000:,.0f} ms" if x >= 0.1 else f"{x * 1000:.1f} ms"


def ratio(a: float | None, b: float | None) -> str:
    return "—" if not a or not b else f"{a / b:.2f}×"


def query_table(size: dict) -> list[str]:
    out = [
        "| query | hits nrc / SQLite | nrc warm median (p95) | nrc fresh | nrc peak RSS "
        "| SQLite warm | SQLite one-shot | rg | nrc/SQLite | nrc/rg |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    served = [r for r in size["queries"] if "nrc_served" in r]
    for r in size["queries"]:
        warm = f"{ms(r.get('nrc_warm'))} ({ms(r.get('nrc_warm_p95'))})" if "nrc_warm" in r else "—"
        out.append(
            f"| {r['query']}: `{' '.join(r['args'])}` | {r.get('nrc_hits', '?'):,} / "
            f"{r['sqlite_hits']:,} | {warm} | {ms(r['nrc_fresh'])} | {r['nrc_rss'] / MIB:.0f} MiB"
            f" | {ms(r['sqlite_warm'])} | {ms(r['sqlite_oneshot'])} | {ms(r.get('rg'))} | "
            f"{ratio(r['nrc_fresh'], r['sqlite_oneshot'])} | {ratio(r['nrc_fresh'], r.get('rg'))} |"
        )
    if served:
        out += [
            "",
            "| query (a fresh `nrc search --json` answered by `nrc serve`) | served | "
            "served peak RSS | served/SQLite one-shot | unserved |",
            "|---|---|---|---|---|",
        ]
        out += [
            f"| {r['query']} | {ms(r['nrc_served'])} | {r['nrc_served_rss'] / MIB:.0f} MiB | "
            f"{ratio(r['nrc_served'], r['sqlite_oneshot'])} | {ms(r['nrc_fresh'])} |"
            for r in served
        ]
    return out


def ingest_lines(size: dict) -> list[str]:
    ing = size.get("ingest")
    sq = f"SQLite FTS5 build {size['sqlite_build']:.1f} s, " if "sqlite_build" in size else ""
    if not ing:
        return [
            f"nrc ingest: not re-run (--skip-ingest). {sq}db {size['sqlite_size'] / MIB:.0f} MiB."
        ]
    return [
        f"`nrc ingest` of {size['files']:,} files ({size['bytes'] / MIB:.0f} MiB): "
        f"**{ing['wall']:.1f} s** wall, {ing['cpu']:.1f} s CPU "
        f"({ing['cpu'] / ing['wall']:.2f} cores), peak RSS (process tree) "
        f"{ing['rss'] / MIB:.0f} MiB, index {ing['size'] / MIB:.0f} MiB. "
        f"{sq}db {size['sqlite_size'] / MIB:.0f} MiB: index/SQLite = "
        f"{ing['size'] / size['sqlite_size']:.2f}×."
    ]


def check(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def targets(res: dict) -> list[str]:
    """The issue's targets, judged at the largest size measured."""
    size = res["sizes"][-1]
    q = {r["query"].split(":")[0]: r for r in size["queries"]}

    def vs_sql(name: str, limit: float) -> tuple[str, bool]:
        r = q[name]
        return f"{r['nrc_fresh'] / r['sqlite_oneshot']:.2f}× ≤ {limit}×", r[
            "nrc_fresh"
        ] <= limit * r["sqlite_oneshot"]

    rows = [
        ("rare term ≤ 2× SQLite one-shot", *vs_sql("rare term", 2)),
        ("two-term AND ≤ 2× SQLite one-shot", *vs_sql("two-term AND", 2)),
        ("phrase of frequent words ≤ 4×", *vs_sql("phrase, frequent words", 4)),
        ("very common term ≤ 1× SQLite", *vs_sql("very common term (~10%)", 1)),
    ]
    rss = max(r["nrc_rss"] for r in size["queries"])
    rows.append(("peak RSS of one `nrc search` ≤ 64 MiB", f"{rss / MIB:.0f} MiB", rss <= 64 * MIB))
    st = res["startup"]
    worst = max(st["help"], st["version"]) / st["click"]
    rows.append(("`nrc --help`/`--version` ≤ 1.3× `import click`", f"{worst:.2f}×", worst <= 1.3))
    rows.append(
        (
            "--help/--version import neither whoosh nor rich",
            repr(st["heavy"]),
            all(v == "" for v in st["heavy"].values()),
        )
    )
    ing = size.get("ingest")
    if ing:
        rows += [
            ("ingest ≤ 240 s", f"{ing['wall']:.0f} s", ing["wall"] <= 240),
            (
                "ingest uses both cores (CPU/wall ≥ 1.5)",
                f"{ing['cpu'] / ing['wall']:.2f}",
                ing["cpu"] / ing["wall"] >= 1.5,
            ),
            ("ingest peak memory ≤ 1 GiB", f"{ing['rss'] / MIB:.0f} MiB", ing["rss"] <= 2**30),
            (
                "index ≤ 1.2× SQLite",
                f"{ing['size'] / size['sqlite_size']:.2f}×",
                ing["size"] <= 1.2 * size["sqlite_size"],
            ),
        ]
    r = q["two-term AND"]
    rows.append(
        (
            "two-term AND ≥ 20× faster than rg",
            ratio(r.get("rg"), r["nrc_fresh"]),
            None if "rg" not in r else r["rg"] >= 20 * r["nrc_fresh"],
        )
    )
    out = [f"Targets at {size['turns']:,} turns:", "", "| target | measured | |", "|---|---|---|"]
    return out + [f"| {name} | {got} | {check(ok)} |" for name, got, ok in rows]


def markdown(res: dict) -> str:
    env, st = res["env"], res["startup"]
    lines = [
        f"# nrc scale benchmark, {env['date']}",
        "",
        f"{env['cpus']} CPUs, Python {env['python']}, SQLite {env['sqlite']}, {env['rg']}, "
        f"{env['nrc']}. Corpus: UN General Debate Corpus 1946-2024 cut into UN "
        "verbatim-record meeting files (`benchmarks/ungdc_corpus.py`).",
        "",
    ]
    for size in res["sizes"]:
        lines += [
            f"## {size['turns']:,} turns",
            "",
            *ingest_lines(size),
            "",
            *query_table(size),
            "",
        ]
    lines += [
        f"Startup (fresh process, median of 10): `nrc --help` {ms(st['help'])}, "
        f'`nrc --version` {ms(st["version"])}, `python -c "import click"` '
        f"{ms(st['click'])}; whoosh/rich imported: {st['heavy']}.",
        "",
        *targets(res),
        "",
        "nrc fresh = `nrc search ... --json` in a new process (median of 5, top 10 with "
        "excerpts and the total count). SQLite one-shot = a new python process opening "
        "the FTS5 db (`tokenize='porter'`) and fetching the top 10 by `bm25()` with "
        "`snippet()`. rg = `rg -i -w` over the same meeting files, all matching lines "
        "(one turn per line); two-term AND = `rg -i -w A | rg -i -w B`; speaker = a "
        "regex on the line's label; date = `-g` globs on the file names' years.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(json.loads(Path(sys.argv[1]).read_text())))
