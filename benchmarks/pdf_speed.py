"""PDF ingest speed: a generated set of UN-verbatim-record-like PDFs, 1,000 pages by default.

Each record (tests/pdfgen.py) has a cover page, running headers with the document symbol,
footers, and two columns of labelled speeches with hyphenated line ends, about 40 pages; a
speech runs to four paragraphs, so a page holds a few turns as in a real S/PV record.
Measures (1) extraction alone (pypdfium2 lines -> reading order -> paragraphs), (2) the whole
parse (plus segmentation, cover facts, languages) in this process, and (3) `nrc ingest` end to
end (parse workers + index writes) as a subprocess. Prints pages per second; target >= 20.

    python benchmarks/pdf_speed.py [--pages 1000] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from measure import run  # noqa: E402

from nrc_search.ingest import parse_file  # noqa: E402
from nrc_search.ingest.pdf import _paragraphs, _without_furniture, read_pages  # noqa: E402
from tests.pdfgen import SPEECHES_S, un_record  # noqa: E402

WORK = ROOT / "benchmarks" / "work"
# Each labelled speech followed by three more paragraphs of the same speaker.
SPEECHES = [
    part
    for label, text in SPEECHES_S
    for part in ([(label, text)] + [("", text)] * 3 if label else [(label, text)])
]
TARGET = 20.0  # pages per second


def corpus(pages: int) -> tuple[Path, int]:
    """Records of ~40 pages until `pages` pages are written (cached by size)."""
    import pypdfium2 as pdfium

    folder, count = WORK / f"pdf-{pages}", WORK / f"pdf-{pages}.pages"
    if folder.exists() and count.exists():
        return folder, int(count.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    total, k = 0, 0
    while total < pages:
        path = folder / f"S_PV.{9000 + k}.pdf"
        path.write_bytes(un_record(9000 + k, speeches=SPEECHES, repeat=28))
        total += len(pdfium.PdfDocument(str(path)))
        k += 1
    count.write_text(str(total))
    return folder, total


def timed(fn, files: list[Path]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) to run `fn` on every file."""
    started, cpu = time.perf_counter(), time.process_time()
    for path in files:
        fn(path)
    return time.perf_counter() - started, time.process_time() - cpu


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=None, help="passed to nrc ingest --jobs")
    args = ap.parse_args(argv)
    folder, pages = corpus(args.pages)
    files = sorted(folder.glob("*.pdf"))
    extract = timed(lambda p: _paragraphs(_without_furniture(read_pages(p))), files)
    parse = timed(parse_file, files)
    nrc = str(Path(sys.executable).with_name("nrc"))
    cmd = [nrc, "ingest", str(folder), "--index", str(WORK / "pdf-index"), "--rebuild"]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    ingest = run(cmd)
    if ingest.returncode != 0:
        raise SystemExit(f"nrc ingest failed ({ingest.returncode}): {ingest.stdout[-500:]}")
    print(f"{len(files)} PDFs, {pages:,} pages ({folder}); load average {os.getloadavg()[0]:.1f}")
    print(f"{'stage':28} {'wall s':>7} {'pages/s':>8} {'CPU s':>7} {'pages/CPU-s':>11}  target")
    for name, (wall, cpu) in (
        ("extract (1 process)", extract),
        ("parse_file (1 process)", parse),
        ("nrc ingest end to end", (ingest.wall, ingest.cpu)),
    ):
        rate = pages / wall
        print(
            f"{name:28} {wall:7.2f} {rate:8.1f} {cpu:7.2f} {pages / cpu:11.1f}  "
            f"{'ok' if rate >= TARGET else 'SLOW'} (>= {TARGET:.0f}/s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
