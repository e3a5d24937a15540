"""Bytes to text: size limit, binary sniffing, encoding detection, HTML to main-content text.

Raises `UnreadableFile` for anything that is not a readable transcript. Imports trafilatura
lazily (HTML only), so plain-text ingest never pays for it. No whoosh, rich or click.
"""

from __future__ import annotations

import codecs
import re
import stat
from html import unescape
from pathlib import Path

from nrc_search.errors import UnreadableFile
from nrc_search.ingest.pagetext import dense_text

#: Files larger than this (20 MiB) are refused: no real transcript is that big, and a
#: log or dump renamed .txt would swamp the index.
MAX_BYTES = 20 * 1024 * 1024

# Magic numbers of binary formats that users rename to .txt by mistake.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx/odt?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old MS Office file",
    b"{\\rtf": "an RTF file",
    b"\x7fELF": "an executable",
    b"7z\xbc\xaf": "a 7z archive",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# An HTML document's start, e.g. "<!DOCTYPE html>" or "<html lang=en>".
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


def read_file(path: Path) -> str:
    """The text of `path`, decoded; raises UnreadableFile(f"{path}: <reason>")."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise UnreadableFile(f"{path}: not a regular file (a pipe or a device)")
        if info.st_size > MAX_BYTES:
            raise UnreadableFile(f"{path}: too large ({info.st_size:,} bytes; limit {MAX_BYTES:,})")
        with path.open("rb") as fh:  # never more than the limit, even if the file grows
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise UnreadableFile(f"{path}: too large (over {MAX_BYTES:,} bytes)")
    except IsADirectoryError as e:
        raise UnreadableFile(f"{path}: is a directory") from e
    except FileNotFoundError as e:
        raise UnreadableFile(f"{path}: no such file") from e
    except PermissionError as e:
        raise UnreadableFile(f"{path}: permission denied") from e
    except OSError as e:
        raise UnreadableFile(f"{path}: {e.strerror or e}") from e
    return decode(data, str(path))


def decode(data: bytes, source: str = "<bytes>") -> str:
    """Decode bytes: BOM, then strict UTF-8, then charset detection; newlines become \\n."""
    reason = binary_reason(data)
    if reason:
        raise UnreadableFile(f"{source}: {reason}, not text")
    text = _decode(data)
    if text is None:
        raise UnreadableFile(f"{source}: unknown text encoding")
    if "\x00" in text:
        raise UnreadableFile(f"{source}: binary data, not text")
    return normalize(text)


# Characters that print as nothing and split a word or a speaker label when kept: zero-width
# space/non-joiner/joiner, word joiner, a BOM inside the text, soft hyphen ("LAV\u200bROV:").
# (A regex, not str.translate: translate looks every character up in a dict, 14 MB/s.)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalize(text: str) -> str:
    """Newlines as \\n, invisible characters out: the one text normalisation of reading."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.isascii() else _INVISIBLE.sub("", text)


def binary_reason(data: bytes) -> str | None:
    """Why `data` is binary (e.g. "a PDF file"), or None when it looks like text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:8192]
    if b"\x00" in head and _utf16_guess(head) is None:
        return "binary data"
    return None


def _utf16_guess(head: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text leaves every other byte NUL."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return None
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decode(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    guess = _utf16_guess(data[:8192])
    if guess:
        return data.decode(guess, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> str | None:
    """Legacy encodings: ask charset-normalizer, preferring cp1252 (Western web pages)."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    codecs_found = [m.encoding for m in matches]
    # Short Western text often scores a hair better as cp1250 ("naďve"): when cp1252 is a
    # plausible reading, take it; Cyrillic or Polish text does not list it.
    codec = "cp1252" if not codecs_found or "cp1252" in codecs_found else codecs_found[0]
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


def looks_like_html(text: str) -> bool:
    """True for a page that starts like HTML (used when the suffix does not say)."""
    return bool(_HTML_START.match(text[:2048].encode("utf-8", "replace")))


def html_to_text(html: str) -> str:
    """Main content of an HTML page as plain text, with its title as the first line."""
    return html_extract(html)[0]


def html_extract(html: str) -> tuple[str, str | None]:
    """(main content as text, the page's metadata date or None).

    trafilatura drops navigation, footers, comments and link lists; when it finds nothing
    (a tiny page), fall back to the page's visible text. The metadata date is only a
    fallback for the caller: a date printed in the page itself is more trustworthy.
    """
    import trafilatura

    if len(html) > LARGE_HTML:
        return _large_page(html)
    doc = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        with_metadata=True,
        deduplicate=True,
    )
    body, title, date = _fields(doc)
    if not body:
        body = trafilatura.html2txt(html) or ""
    body = body.replace("\n", "\n\n")  # one line per block element: make each a paragraph
    dense, pars = dense_text(html)
    if dense and len(dense) * 2 >= len(body) and _misplaced(body, dense, pars, title or ""):
        body = dense  # the extractor kept a teaser or flattened a layout table (never a sliver)
    head = [title] if title and title not in body[:500] else []
    byline = _byline(html, doc) or _dropped_byline(body + "\n" + (title or ""), dense, pars)
    if byline and byline not in body[:2000]:  # who speaks, which the extractor leaves out
        if head:
            head.append(byline)
        else:
            first, _, rest = body.partition("\n\n")
            body = f"{first}\n\n{byline}\n\n{rest}"
    return normalize("\n\n".join([*head, body]).strip() + "\n"), date


#: Pages over 2 MB of HTML skip trafilatura's extraction, whose time grows faster than the page
#: (1 s of CPU at 2 MB, 13.5 s at 10 MB; benchmarks/big_html.py): the densest block of
#: paragraphs (pagetext.dense_text, linear) is the body, and trafilatura's metadata the title.
LARGE_HTML = 2_000_000


def _large_page(html: str) -> tuple[str, str | None]:
    import trafilatura

    dense, _ = dense_text(html)
    meta = trafilatura.extract_metadata(html)
    title, date = (meta.title, meta.date) if meta is not None else (None, None)
    body = dense or trafilatura.html2txt(html) or ""
    head = [title] if title and title not in body[:500] else []
    return normalize("\n\n".join([*head, body]).strip() + "\n"), date


def _dropped_byline(body: str, dense: str, pars: list[str]) -> str | None:
    """An official's name and title printed above the speech that the extractor left out,
    e.g. "Ambassador Linda Thomas-Greenfield / U.S. Representative to the United Nations"."""
    if not pars:
        return None
    flat = " ".join(body.split())
    for block in dense.split("\n\n"):
        if block.startswith(pars[0][:60]):
            return None
        lines = "\n" in block or not block.endswith((".", "!", "?"))  # not a sentence
        official = lines and len(block) < 300 and _OFFICIAL.search(block)
        if official and " ".join(block.split()) not in flat:
            return block
    return None


def _misplaced(body: str, dense: str, pars: list[str], title: str) -> bool:
    """The extractor's text misses a third of the densest block's paragraphs as paragraphs
    of its own, or opens with lines from elsewhere on the page before the first of them."""
    lines = [" ".join(s.split()) for s in body.split("\n") if s.strip()]
    starts = {s[:60] for s in lines}
    total = sum(len(p) for p in pars) or 1
    found = sum(len(p) for p in pars if p[:60] in starts)
    if found < 0.67 * total:
        return True
    first = next((k for k, s in enumerate(lines) if s[:60] == pars[0][:60]), 0)
    known = " ".join(dense.split()) + " " + title
    return any(len(s) > 3 and s not in known for s in lines[:first])


# A byline element, e.g. <p class="byline">The Hon Richard Marles MP, Deputy Prime Minister</p>.
_BYLINE = re.compile(
    r"<(p|div|span)\b[^>]*\bclass=[\"'][^\"']*\b(?:byline|author)\b[^\"']*[\"'][^>]*>(.*?)</\1>",
    re.I | re.S,
)
_TAG = re.compile(r"<[^>]+>")
# An official's title in a byline (a reporter's byline names no one who speaks), e.g.
# "Deputy Prime Minister and Minister for Defence", "Ambassador", "Richard Marles MP".
_OFFICIAL = re.compile(
    r"\b(?:Minister|Secretary|President|Ambassador|Spokes(?:person|man|woman)|Chancellor|"
    r"Commissioner|Envoy|Representative|Governor|Senator|Premier|MP|MEP)\b"
)


def _byline(html: str, doc: object) -> str | None:
    """The page's byline as printed, else the author the extractor read from metadata."""
    m = _BYLINE.search(html)
    text = " ".join(unescape(_TAG.sub(" ", m.group(2))).split()) if m else ""
    if not 3 < len(text) < 200:
        author = getattr(doc, "author", None) if doc is not None else None
        text = author.replace("; ", ", ") if isinstance(author, str) else ""
    return text if _OFFICIAL.search(text) else None


def _fields(doc: object) -> tuple[str, str | None, str | None]:
    if doc is None:
        return "", None, None
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    body = get("text") or ""
    return body, get("title"), get("date")
