"""Tiny PDF writer for tests and benchmarks: UN-verbatim-record-like PDFs with a real text layer.

Writes PDF 1.4 by hand (Helvetica, WinAnsi text placed line by line), so the tests need no PDF
library of their own: a cover page, a running header with the document symbol, a footer with
the page number and job number, two columns with indented paragraphs and words hyphenated at
line ends. `scan_pdf` makes a page with no text layer at all (what a scanner produces).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

WIDTH, HEIGHT = 595.0, 842.0  # A4 in points
SIZE = 10.0
LEADING = 12.0


@dataclass(frozen=True)
class Line:
    x: float
    y: float  # baseline, from the bottom of the page
    text: str
    size: float = SIZE


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[Line], shapes: bool) -> bytes:
    out = []
    if shapes:  # grey boxes where a scanner would put the page image: no text at all
        out += [b"0.5 g", *(f"72 {y} 451 9 re f".encode() for y in range(100, 760, 14))]
    for line in lines:
        out.append(
            b"BT /F1 %s Tf %.2f %.2f Td (%s) Tj ET"
            % (str(line.size).encode(), line.x, line.y, _escape(line.text))
        )
    return b"\n".join(out)


def pdf_bytes(pages: list[list[Line]], *, scanned: bool = False) -> bytes:
    """A PDF whose page k shows the lines of pages[k] (or only grey boxes when scanned)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for lines in pages:
        stream = _content([] if scanned else lines, scanned)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (WIDTH, HEIGHT, content_id)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (k, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def scan_pdf(pages: int = 2) -> bytes:
    """A PDF of page images only: no text layer."""
    return pdf_bytes([[] for _ in range(pages)], scanned=True)


# -- UN verbatim records ---------------------------------------------------------------------

COVER_S = [
    "United Nations",
    "Security Council",
    "Seventy-eighth year",
    "{meeting}{suffix} meeting",
    "Monday, 10 April 2023, 3 p.m.",
    "New York",
    "President: Mr. Nebenzia . . . . . . . . . . . . . . . . . . . (Russian Federation)",
    "Members: Albania . . . . . . . . . . . . . . . . . . . Mr. Hoxha",
    "China . . . . . . . . . . . . . . . . . . . . . . Mr. Zhang Jun",
    "France . . . . . . . . . . . . . . . . . . . . . . Mr. De Riviere",
    "Agenda",
    "Maintenance of international peace and security",
    "This record contains the text of speeches delivered in English and of the translation of",
    "speeches delivered in other languages. The final text will be printed in the Official",
    "Records of the Security Council. Corrections should be submitted to the original languages",
    "only. They should be incorporated in a copy of the record and sent under the signature of a",
    "member of the delegation concerned to the Chief of the Verbatim Reporting Service.",
]

SPEECHES_S = [
    ("", "The meeting was called to order at 3.05 p.m."),
    ("", "Adoption of the agenda"),
    ("", "The agenda was adopted."),
    (
        "The President (spoke in Russian):",
        "I welcome the Secretary-General and the other briefers to this meeting of the Council "
        "on the maintenance of international peace and security. I now give the floor to "
        "Mrs. Thomas-Greenfield.",
    ),
    (
        "Mrs. Thomas-Greenfield (United States of America):",
        "I thank the President for convening this meeting. The United States remains committed "
        "to the principles of the Charter and to multilateral cooperation on disarmament, "
        "non-proliferation and the protection of civilians in armed conflict. We call on every "
        "member of the Council to respect international humanitarian law.",
    ),
    (
        "",
        "Let me turn to the humanitarian situation, which continues to deteriorate. "
        "Humanitarian workers must have safe and unhindered access to people in need.",
    ),
    (
        "Mr. Zhang Jun (China) (spoke in Chinese):",
        "China supports the efforts of the Secretary-General. The international community "
        "should promote dialogue and consultation and address the root causes of conflict "
        "through political means, including the sectoral approach to confidence-building.",
    ),
    (
        "Mr. De Riviere (France) (spoke in French):",
        "France thanks the presidency for organizing this debate. The protection of "
        "humanitarian personnel is an obligation under international law, and France will "
        "continue to support accountability mechanisms.",
    ),
    (
        "The President (spoke in Russian):",
        "I shall now make a statement in my capacity as the representative of the Russian "
        "Federation. We believe that the Council must return to genuine dialogue.",
    ),
    ("", "The meeting rose at 5.10 p.m."),
]


COVER_A = [
    "United Nations",
    "General Assembly",
    "Seventy-seventh session",
    "{meeting}{suffix} plenary meeting",
    "Tuesday, 20 September 2022, 3 p.m.",
    "New York",
    "President: Mr. Korosi . . . . . . . . . . . . . . . . . . . . . . . . . (Hungary)",
    "The meeting was called to order at 3 p.m.",
]

SPEECHES_A = [
    ("", "Agenda item 8"),
    ("", "General debate"),
    ("", "Address by Mr. Joseph R. Biden, President of the United States of America"),
    (
        "",
        "Mr. Joseph R. Biden, President of the United States of America, was escorted into the General Assembly Hall.",
    ),
    (
        "The President:",
        "On behalf of the General Assembly, I have the honour to welcome to the United Nations "
        "the President of the United States of America, and to invite him to address the Assembly.",
    ),
    (
        "President Biden:",
        "We meet again this year in a world at an inflection point. We stand in solidarity "
        "against aggression, and we support the sovereignty and territorial integrity of every "
        "Member State.",
    ),
    (
        "The Acting President (spoke in Arabic):",
        "I now call on His Excellency Mr. Ahmed Aboul Gheit, who will speak on behalf of the "
        "League of Arab States.",
    ),
    (
        "Mr. Aboul Gheit (League of Arab States) (spoke in Arabic):",
        "The Arab world calls for a just and lasting settlement and for the protection of "
        "civilians, in accordance with international law.",
    ),
    ("", "The meeting rose at 6.05 p.m."),
]


@dataclass
class _Writer:
    """Lays text out in two columns over pages, with headers and footers."""

    symbol: str
    job: str
    date: str
    pages: list[list[Line]]
    col: int = 0
    y: float = 0.0
    top: float = HEIGHT - 90
    bottom: float = 70.0
    chars: int = 48  # characters per column line

    def new_page(self) -> None:
        n = len(self.pages) + 1
        header = [
            Line(56, HEIGHT - 50, self.symbol),
            Line(200, HEIGHT - 50, "Maintenance of international peace and security"),
            Line(470, HEIGHT - 50, self.date),
        ]
        footer = [Line(56, 40, f"{n}/{{total}}"), Line(480, 40, self.job)]
        self.pages.append(header + footer)
        self.col, self.y = 0, self.top

    def line(self, text: str, indent: float = 0.0) -> None:
        if self.y < self.bottom:
            if self.col == 0:
                self.col, self.y = 1, self.top
            else:
                self.new_page()
        x = (56 if self.col == 0 else 56 + 250) + indent
        self.pages[-1].append(Line(x, self.y, text))
        self.y -= LEADING

    def paragraph(self, text: str) -> None:
        """Wrapped to the column, the first line indented, long words hyphenated at line ends."""
        lines = textwrap.wrap(text, self.chars, break_on_hyphens=False)
        lines = _hyphenate(lines, self.chars)
        for k, line in enumerate(lines):
            self.line(line, indent=14.0 if k == 0 else 0.0)


def _hyphenate(lines: list[str], width: int) -> list[str]:
    """Split the first long word of the next line across the line end ("inter- national")."""
    out = list(lines)
    for k in range(len(out) - 1):
        nxt = out[k + 1].split(" ", 1)
        word = nxt[0]
        room = width - len(out[k]) - 2
        if len(word) >= 9 and word.isalpha() and word.islower() and room >= 4:
            cut = min(room, len(word) - 3)
            out[k] = f"{out[k]} {word[:cut]}-"
            out[k + 1] = " ".join([word[cut:], *nxt[1:]])
    return out


def ordinal(n: int) -> str:
    """The English ordinal suffix: 9301 -> "st", 12 -> "th"."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def un_record(
    meeting: int = 9301,
    *,
    speeches: list[tuple[str, str]] | None = None,
    repeat: int = 1,
    assembly: bool = False,
) -> bytes:
    """An S/PV (or, with assembly=True, A/77/PV) verbatim record: a cover page, then the
    speeches in two columns."""
    symbol = f"A/77/PV.{meeting}" if assembly else f"S/PV.{meeting}"
    job, date = ("22-59500", "20/09/2022") if assembly else ("23-10021", "10/04/2023")
    speeches = speeches or (SPEECHES_A if assembly else SPEECHES_S)
    cover = [Line(56, 800, "United Nations"), Line(420, 800, symbol, 14)]
    y = 760.0
    for text in (COVER_A if assembly else COVER_S)[1:]:
        cover.append(Line(56, y, text.format(meeting=meeting, suffix=ordinal(meeting))))
        y -= 18 if y > 420 else 11
    cover.append(Line(56, 60, f"{job} (E)"))
    w = _Writer(symbol, job, date, [cover])
    w.new_page()
    for _ in range(repeat):
        for label, text in speeches:
            w.paragraph(f"{label} {text}".strip())
    total = len(w.pages)
    pages = [
        [Line(ln.x, ln.y, ln.text.replace("{total}", str(total)), ln.size) for ln in page]
        for page in w.pages
    ]
    return pdf_bytes(pages)
