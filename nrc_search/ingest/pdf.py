"""PDF text layer -> paragraphs in reading order -> a Document.

pypdfium2 (PDFium's bindings; Apache-2.0/BSD, not AGPL, and fast: the speed target is 20 pages
a second) gives each text line with its box. Here the lines are put in reading order (a page's
full-width lines, then the left column, then the right), running headers and footers are
dropped (lines that repeat at the top or bottom of many pages, page numbers, document symbols,
job numbers), and paragraphs are rebuilt from first-line indents and vertical gaps, with words
hyphenated across lines rejoined. UN verbatim records go to `unrecord`; any other PDF takes the
plain-text path. A PDF without a text layer raises UnreadableFile naming OCR as the missing step.
No whoosh, rich or click.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from nrc_search.errors import UnreadableFile
from nrc_search.model import Document

# Page furniture, e.g. "S/PV.9301", "A/77/PV.5", "2/25", "23-10021 (E)", "- 3 -", "Page 3 of 9".
_FURNITURE = re.compile(
    r"^(?:[AS]/(?:\d+/)?PV\.\d+(?:\s*\(Resumption \d+\))?|\d+\s*/\s*\d+|\d{2}-\d{5}(?:\s*\([A-Z]\))?|"
    r"[-–]?\s*\d{1,4}\s*[-–]?|page \d+(?: of \d+)?)$",
    re.I,
)
# A running header that starts or ends with the symbol, e.g.
# "S/PV.9301 Maintenance of international peace and security 10/04/2023" (and mirrored).
_SYMBOL_HEADER = re.compile(r"^[AS]/(?:\d+/)?PV\.\d+\s.{0,120}$|^.{0,120}\s[AS]/(?:\d+/)?PV\.\d+$")
# The end of a line that breaks a word: "commit-", or PDFium's marks for a soft hyphen.
_BROKEN = ("-", "\xad", "\ufffe", "\x02")
_DIGITS = re.compile(r"\d+")
# One line of PDFium's page text: it ends lines with "\r\n", or with "\ufffe" where a word is
# hyphenated across the line end ("commit\ufffeted"; the mark stays on the first line).
_TEXT_LINE = re.compile(r"[^\r\n\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02]")


@dataclass
class _Line:
    left: float
    bottom: float
    right: float
    top: float
    text: str
    column: int = 0  # 0 full width, 1 left, 2 right


def parse_pdf(path: Path) -> Document:
    """Read a PDF's text layer into a Document (UN verbatim records get their own reader)."""
    from nrc_search.ingest import parse_text
    from nrc_search.ingest.unrecord import parse_record, symbol_of

    pages = read_pages(path)
    symbol = symbol_of([ln.text for ln in pages[0]])
    paragraphs = _paragraphs(_without_furniture(pages))
    if symbol:
        return parse_record(paragraphs, symbol, str(path))
    return parse_text("\n\n".join(paragraphs) + "\n", str(path))


def read_pages(path: Path) -> list[list[_Line]]:
    """Each page's text lines in reading order; raises UnreadableFile for a scan or a bad file."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise UnreadableFile(f"{path}: not a readable PDF file ({exc})") from exc
    try:
        pages = [_page_lines(pdf[k]) for k in range(len(pdf))]
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(f"{path}: damaged PDF file ({exc})") from exc
    finally:
        pdf.close()
    if not any(pages):
        raise UnreadableFile(
            f"{path}: no text layer (a scanned PDF?); run OCR on it first "
            "(e.g. `ocrmypdf in.pdf out.pdf`) and ingest the result"
        )
    return pages


def _page_lines(page) -> list[_Line]:
    width = page.get_width()
    textpage = page.get_textpage()
    try:
        pieces = _pieces(textpage, width)
    finally:
        textpage.close()
        page.close()
    return _reading_order(_merged(pieces, width), width)


def _pieces(textpage, width: float) -> list[_Line]:
    """The page's text lines (as PDFium breaks them) with their boxes.

    One text read for the page, then each line's boxes by its character range: forty times
    faster than reading the text of every box. A line whose boxes sit in both columns (drawn
    row by row) is split box by box.
    """
    text = textpage.get_text_range()
    mid = width / 2
    pieces = []
    for m in _TEXT_LINE.finditer(text):
        rects = [textpage.get_rect(i) for i in range(textpage.count_rects(m.start(), len(m[0])))]
        if not rects or not m[0].strip():
            continue
        sides = {1 if r[2] <= mid + 4 else 2 if r[0] >= mid - 4 else 0 for r in rects}
        if sides == {1, 2}:
            for left, bottom, right, top in rects:
                piece = textpage.get_text_bounded(left, bottom, right, top)
                pieces.append(_Line(left, bottom, right, top, piece))
            continue
        left, right = min(r[0] for r in rects), max(r[2] for r in rects)
        bottom, top = min(r[1] for r in rects), max(r[3] for r in rects)
        pieces.append(_Line(left, bottom, right, top, m[0]))
    return [p for p in pieces if p.text.strip()]


def _merged(pieces: list[_Line], width: float) -> list[_Line]:
    """Pieces on one baseline and in one column become one line (a bold label, then the text)."""
    mid = width / 2
    for p in pieces:
        p.column = 1 if p.right <= mid + 4 else 2 if p.left >= mid - 4 else 0
    rows: list[list[_Line]] = []  # pieces on one baseline
    for p in sorted(pieces, key=lambda p: -p.bottom):
        if rows and abs(rows[-1][0].bottom - p.bottom) <= 2.5:
            rows[-1].append(p)
        else:
            rows.append([p])
    groups: list[list[_Line]] = []
    for row in rows:
        if any(p.column == 0 for p in row):  # a full-width line: one line, whatever its pieces
            for p in row:
                p.column = 0
            groups.append(row)
        else:  # two columns side by side stay apart
            groups += [g for g in ([p for p in row if p.column == c] for c in (1, 2)) if g]
    lines = []
    for group in groups:
        group.sort(key=lambda p: p.left)
        text = " ".join(
            " ".join(p.text.replace("\r", " ").replace("\n", " ").split()) for p in group
        )
        first = group[0]
        lines.append(
            _Line(
                first.left, first.bottom, max(p.right for p in group), first.top, text, first.column
            )
        )
    return lines


def _reading_order(lines: list[_Line], width: float) -> list[_Line]:
    """Top to bottom; between full-width lines, the left column before the right."""
    lines.sort(key=lambda ln: -ln.top)
    out: list[_Line] = []
    band: list[_Line] = []
    for line in lines:
        if line.column == 0:
            out += sorted(band, key=lambda ln: (ln.column, -ln.top))
            band = []
            out.append(line)
        else:
            band.append(line)
    return out + sorted(band, key=lambda ln: (ln.column, -ln.top))


def _without_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages less their running headers and footers.

    A line is furniture when it is a page number, symbol or job number, or when its text (digits
    aside) sits at the top or bottom of at least two pages and a third of them.
    """
    edge: Counter[str] = Counter()
    for page in pages:
        edge.update({_shape(ln.text) for ln in _edges(page)})
    common = {s for s, n in edge.items() if n >= 2 and n >= len(pages) / 3}
    out = []
    for page in pages:
        edges = {id(ln) for ln in _edges(page)}
        out.append(
            [
                ln
                for ln in page
                if not _FURNITURE.match(ln.text.strip())
                and not _SYMBOL_HEADER.match(ln.text.strip())
                and not (id(ln) in edges and _shape(ln.text) in common)
            ]
        )
    return out


def _edges(page: list[_Line]) -> list[_Line]:
    """The top three and bottom three lines of a page, by position."""
    by_top = sorted(page, key=lambda ln: -ln.top)
    return by_top[:3] + by_top[-3:]


def _shape(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).lower())


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Lines joined into paragraphs: a new one at a first-line indent or a wide vertical gap."""
    paragraphs: list[list[str]] = []
    for page in pages:
        margins = _margins(page)
        heights = sorted(ln.top - ln.bottom for ln in page)
        height = heights[len(heights) // 2] if heights else 0.0
        previous: _Line | None = None
        for line in page:
            indent = line.left - margins.get(line.column, line.left)
            gap = previous.bottom - line.top if previous else 0.0
            if not paragraphs or indent > 6 or gap > 0.6 * height:
                paragraphs.append([])
            paragraphs[-1].append(line.text.strip())
            previous = line
    return [p for p in (_join(lines) for lines in paragraphs) if p]


def _margins(page: list[_Line]) -> dict[int, float]:
    """Each column's left margin: the left edge most of its lines share."""
    margins: dict[int, float] = {}
    for column in (0, 1, 2):
        lefts = Counter(round(ln.left) for ln in page if ln.column == column)
        if lefts:
            margins[column] = min(x for x, n in lefts.items() if n >= max(lefts.values()) / 3)
    return margins


def _join(lines: list[str]) -> str:
    """ "inter-" + "national" -> "international"; "Secretary-" + "General" keeps its hyphen."""
    out = ""
    for line in lines:
        if out.endswith(_BROKEN) and line[:1].islower() and out[-2:-1].isalpha():
            out = out[:-1] + line
        elif out.endswith(_BROKEN[1:]):  # PDFium marks every line-end hyphen this way
            out = out[:-1] + "-" + line
        elif out.endswith("-") and out[-2:-1].isalpha() and line[:1].isupper():
            out += line  # "Secretary-" + "General"
        else:
            out = f"{out} {line}" if out else line
    return " ".join(out.split())
