"""Raw file -> Document: read (encodings, HTML), clean (boilerplate), meta (title, date),
segment (speaker turns). Pure: imports no whoosh, rich or click.

    from nrc_search.ingest import parse_file
    doc = parse_file(Path("seeds/000_d1db97aa885e651d.txt"))
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from nrc_search.ingest import dates, learned_titles
from nrc_search.ingest.clean import Cleaned, clean
from nrc_search.ingest.learned_titles import Choice
from nrc_search.ingest.meta import Header, file_date, file_year, read_header
from nrc_search.ingest.read import MAX_BYTES, html_extract, looks_like_html, read_file
from nrc_search.ingest.segment import Segmented, segment
from nrc_search.ingest.sniff import SUFFIX_KINDS, kind_of
from nrc_search.ingest.titles import site_name
from nrc_search.model import Document

#: File suffixes `nrc ingest` reads by name; other files are recognised by content (`sniff`).
SUFFIXES = tuple(SUFFIX_KINDS)
_HTML_SUFFIXES = (".html", ".htm")


def parse_text(text: str, source: str, *, html: bool = False) -> Document:
    """Parse decoded text (or an HTML page, with html=True) into a Document."""
    return read_stages(text, source, html=html).doc


@dataclass(frozen=True)
class Stages:
    """What each stage made of one text: `explain.py` shows it block by block."""

    text: str  # the text read (after HTML extraction)
    cleaned: Cleaned
    header: Header
    segmented: Segmented
    doc: Document
    retitled: Choice | None = None  # the learned title chooser's, where it overruled the rules


def read_stages(text: str, source: str, *, html: bool = False) -> Stages:
    """The parse of `text`, with the cleaned lines, header and turns it came from."""
    hint = None
    if html:
        text, hint = html_extract(text)
    raw = text.split("\n")
    cleaned = clean(raw)
    header = read_header(cleaned.lines, raw[:80])
    if cleaned.title and (header.title is None or site_name(header.title)):
        header.title = cleaned.title  # printed twice at the top: the page's own heading
    df = header.day_first  # not in English: "04/11/2022" is 4 November
    if (
        header.date is None
        and cleaned.published
        and (ymd := dates.full_date(cleaned.published, df))
    ):
        header.date = dates.iso(ymd)  # "- Published" / "- 1 March 2022", taken out as a field
    header.date = header.date or dates.updated_date(cleaned.dropped[:40], df)  # "Updated 8:41 ..."
    header.date = header.date or dates.stamp_date(cleaned.dropped[:15], df)  # "02/10/2023 | Press"
    ymd = dates.full_date(hint) if hint else None
    if ymd and (
        header.date is None or (header.date_inferred and header.date[5:] == dates.iso(ymd)[5:])
    ):
        header.date = dates.iso(ymd)  # the page's metadata date, when it prints none (or no year)
    header.site = "\n".join(cleaned.dropped[:40])
    header.year = file_year(source)
    _date_from_name(header, source)
    body = cleaned.lines[header.body_start :]
    seg = segment(body, header)
    participants = tuple(dict.fromkeys(t.speaker for t in seg.turns if t.speaker))
    heads = _not_taken(header.lines, [t.text for t in seg.turns], body)
    doc = Document(
        source=source,
        title=header.title,
        date=header.date,
        kind=seg.kind,
        date_inferred=header.date_inferred,
        place=header.place,
        participants=participants,
        turns=seg.turns,
        dropped=(*cleaned.dropped, *heads, *header.captions, *seg.dropped),
    )
    turns = [t.text for t in seg.turns]
    choice = learned_titles.choose(text, header.title, cleaned.why, header.lines, turns)
    if choice is not None:
        doc = replace(doc, title=choice.title)
    return Stages(text, cleaned, header, seg, doc, choice)


def _not_taken(heads: list[str], turns: list[str], body: list[str]) -> list[str]:
    """The header lines no turn took: a line more often a turn than the body holds it is
    a header line the segmenter took (an interview's first question, read as its heading)."""
    out, turns = [], list(turns)
    for line in heads:
        if turns.count(line) > sum(line.strip() in x for x in body):
            turns.remove(line)  # (taken once)
        else:
            out.append(line)
    return out


def _date_from_name(header: Header, source: str) -> None:
    """The file name's date where the text gives none (inferred), and its year where the
    text's date has no year of its own ("12 September" in "..._2019.txt")."""
    named = file_date(source)
    if header.date is None and named:
        header.date, header.date_inferred = named, True
    elif header.date and header.date_inferred and header.year and header.date[:4] != header.year:
        header.date = header.year + header.date[4:]


def read_path(path: Path) -> tuple[str, bool]:
    """(decoded text, is HTML) for a file: HTML by suffix or by sniffing the start."""
    path = Path(path)
    text = read_file(path)
    return text, path.suffix.lower() in _HTML_SUFFIXES or looks_like_html(text)


def parse_file(path: Path) -> Document:
    """Read and parse one file; its reader is chosen by suffix and first bytes (`sniff`)."""
    path = Path(path)
    kind = kind_of(path)
    if kind in _READERS:
        return _READERS[kind](path)
    if kind == "dataset":
        docs, _ = parse_documents(path)
        return docs[0] if len(docs) == 1 else _joined(path, docs)
    text = read_file(path)
    if kind == "captions":
        from nrc_search.ingest.captions import parse_captions

        return parse_captions(text, str(path))
    if kind == "mhtml":
        from nrc_search.ingest.mhtml import mhtml_to_html

        return parse_text(mhtml_to_html(text, str(path)), str(path), html=True)
    html = kind == "html" or path.suffix.lower() in _HTML_SUFFIXES or looks_like_html(text)
    return parse_text(text, str(path), html=html)


def parse_documents(
    path: Path, columns: dict[str, str] | None = None
) -> tuple[list[Document], list[str]]:
    """(documents, warnings): one Document per file, or one per meeting of a turn dataset
    (.jsonl/.csv, columns mapped by `columns`) with a warning per malformed row skipped."""
    path = Path(path)
    if kind_of(path) != "dataset":
        return [parse_file(path)], []
    from nrc_search.ingest.datasets import read_dataset

    data = read_dataset(path, columns or {})
    return data.docs, data.warnings


def max_bytes(path: Path) -> int:
    """The size limit for `path`: MAX_BYTES, or more for a turn dataset (many meetings)."""
    if SUFFIX_KINDS.get(Path(path).suffix.lower()) == "dataset":
        from nrc_search.ingest.datasets import MAX_BYTES as DATASET_MAX

        return DATASET_MAX
    return MAX_BYTES


def _pdf(path: Path) -> Document:
    from nrc_search.ingest.pdf import parse_pdf

    return parse_pdf(path)


def _docx(path: Path) -> Document:
    from nrc_search.ingest.docx import docx_text

    return parse_text(docx_text(path), str(path))


_READERS = {"pdf": _pdf, "docx": _docx}


def _joined(path: Path, docs: list[Document]) -> Document:
    """A dataset's meetings as one Document (for `nrc segment`), turns numbered in file order."""
    from dataclasses import replace

    turns = [t for d in docs for t in d.turns]
    turns = [replace(t, n=k) for k, t in enumerate(turns, 1)]
    return Document(
        source=str(path),
        title=path.name,
        date=None,
        kind="record",
        participants=tuple(dict.fromkeys(t.speaker for t in turns if t.speaker)),
        turns=tuple(turns),
    )


__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "max_bytes",
    "parse_documents",
    "parse_file",
    "parse_text",
    "read_file",
]
