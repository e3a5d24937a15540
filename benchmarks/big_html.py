"""A 10 MB HTML page through nrc's reader: wall time and peak memory (target: < 5 s, < 300 MB).

    python benchmarks/big_html.py              # 10 MB, the issue's size
    python benchmarks/big_html.py --mb 2 5 10  # a row per size

Builds a page the way news and ministry sites are built (navigation, a header, an <article>
of speaker paragraphs with inline links and emphasis, a side bar, a footer, scripts), runs
`nrc segment PAGE --format json` in a fresh process (measure.run: wall, CPU, peak RSS of the
process tree) and prints a table. Then, in this process, the time of each stage of
`read.html_extract` (trafilatura, the dense-block second opinion) for the largest size.
Never run by tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from measure import run

SPEAKERS = ["MR. LAVROV", "SECRETARY GENERAL RASMUSSEN", "MS. PSAKI", "QUESTION"]
WORDS = [
    "missile",
    "defence",
    "cooperation",
    "treaty",
    "sanctions",
    "summit",
    "partners",
    "council",
    "security",
    "arrangement",
    "dialogue",
    "ministers",
    "transparency",
    "verification",
    "guarantees",
    "Europe",
]


def paragraph(i: int) -> str:
    words = " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(60))
    speaker = SPEAKERS[i % len(SPEAKERS)]
    return (
        f'<p><strong>{speaker}:</strong> On item {i}, <a href="/n/{i}">{words[:80]}</a> '
        f"<em>{words[80:200]}</em> {words[200:]}.</p>\n"
    )


def page(megabytes: float) -> str:
    head = (
        "<!DOCTYPE html><html><head><title>Press conference, Brussels, 8 June 2011</title>"
        '<meta name="date" content="2011-06-08"><script>var x = 1;</script></head><body>'
        "<nav><ul>"
        + "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(200))
        + "</ul></nav><header><h1>Press conference, Brussels, 8 June 2011</h1></header>"
        '<main><article><div class="byline">Press office</div>\n'
    )
    tail = (
        "</article></main><aside>"
        + "".join(f'<p><a href="/r/{i}">Related story {i}</a></p>' for i in range(100))
        + "</aside><footer><p>Copyright. All rights reserved.</p></footer></body></html>\n"
    )
    body, size, i = [], len(head) + len(tail), 0
    while size < megabytes * 1_000_000:
        body.append(paragraph(i))
        size += len(body[-1])
        i += 1
    return head + "".join(body) + tail


def stages(html: str) -> list[tuple[str, float]]:
    """CPU seconds of each stage of read.html_extract, in this process (trafilatura's own
    extraction is what read.py skips for pages over read.LARGE_HTML)."""
    import trafilatura

    from nrc_search.ingest.pagetext import dense_text
    from nrc_search.ingest.read import html_extract

    out = []
    for name, fn in (
        ("trafilatura.bare_extraction", lambda: trafilatura.bare_extraction(html)),
        ("pagetext.dense_text", lambda: dense_text(html)),
        ("read.html_extract (all)", lambda: html_extract(html)),
    ):
        start = time.process_time()
        fn()
        out.append((name, time.process_time() - start))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[10.0])
    args = parser.parse_args()
    nrc = Path(sys.executable).with_name("nrc")
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall > cpu when shared)"
    )
    print(f"{'size':>8} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'turns':>7}  cpu<5s, <300MB?")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.mb:
            path = Path(tmp) / f"page-{mb:g}mb.html"
            html = page(mb)
            path.write_text(html, encoding="utf-8")
            r = run([str(nrc), "segment", str(path), "--format", "json"])
            turns = r.stdout.count('"speaker":') if r.returncode == 0 else -1
            ok = r.returncode == 0 and r.cpu < 5 and r.peak_rss < 300e6
            print(
                f"{path.stat().st_size / 1e6:7.1f}M {r.wall:8.2f} {r.cpu:8.2f} "
                f"{r.peak_rss / 1e6:8.0f} {turns:7}  {'yes' if ok else 'NO'}"
            )
        print(f"\nCPU of each stage at {args.mb[-1]:g} MB (in-process):")
        for name, seconds in stages(html):
            print(f"  {name:32} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
