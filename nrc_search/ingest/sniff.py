"""What kind of file is this: by its suffix first, then by its first bytes.

`kind_of(path)` names the reader a file goes to ("text", "html", "mhtml", "captions", "pdf",
"docx", "dataset") or raises `Unsupported` with the reason a user reads in the warning line
("unsupported type .rtf"). Reads at most the first 8 KiB, and never opens a pipe or a device.
Stdlib only: no whoosh, rich or click.
"""

from __future__ import annotations

import re
import stat
import zipfile
from pathlib import Path

from nrc_search.errors import UnreadableFile

HEAD = 8192

# Suffix -> reader. Text suffixes are still checked by content (a .txt that holds WebVTT).
SUFFIX_KINDS = {
    **dict.fromkeys((".txt", ".text", ".md", ".markdown", ".rst", ".asc"), "text"),
    **dict.fromkeys((".html", ".htm", ".xhtml"), "html"),
    **dict.fromkeys((".mhtml", ".mht"), "mhtml"),
    **dict.fromkeys((".vtt", ".webvtt", ".srt"), "captions"),
    ".pdf": "pdf",
    ".docx": "docx",
    **dict.fromkeys((".jsonl", ".ndjson", ".csv", ".tsv"), "dataset"),
}

# Suffixes refused without reading, with what to do instead.
_REFUSED = {
    ".rtf": "save it as .docx or .txt",
    ".doc": "save it as .docx",
    ".odt": "save it as .docx",
    ".pages": "export it as .docx",
    ".xls": "export the sheet as .csv",
    ".xlsx": "export the sheet as .csv",
    ".ods": "export the sheet as .csv",
    ".ppt": "export it as PDF",
    ".pptx": "export it as PDF",
    ".mp4": "ingest its captions (.vtt/.srt)",
    ".mkv": "ingest its captions (.vtt/.srt)",
    ".webm": "ingest its captions (.vtt/.srt)",
    ".mov": "ingest its captions (.vtt/.srt)",
    ".mp3": "ingest a transcript of it",
    ".wav": "ingest a transcript of it",
    ".m4a": "ingest a transcript of it",
}

# Magic numbers -> (kind, or None when refused; what it is).
_MAGIC = (
    (b"%PDF", "pdf", "a PDF file"),
    (b"{\\rtf", None, "an RTF file"),
    (b"\x89PNG", None, "a PNG image"),
    (b"\xff\xd8\xff", None, "a JPEG image"),
    (b"GIF8", None, "a GIF image"),
    (b"\x1f\x8b", None, "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", None, "an old MS Office file"),
    (b"\x7fELF", None, "an executable"),
    (b"7z\xbc\xaf", None, "a 7z archive"),
)

# A WebVTT file's first line: "WEBVTT", "WEBVTT - Kind: captions" (after an optional BOM).
_WEBVTT = re.compile(r"^\ufeff?WEBVTT(?:[ \t]|$)", re.M)
# An SRT cue's first lines: "1\n00:00:04,140 --> 00:00:06,430".
_SRT = re.compile(r"\A\ufeff?\s*\d+[ \t]*\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")
# An MHTML (saved "Web page, single file") header: "MIME-Version: 1.0" near the top.
_MHTML = re.compile(r"^MIME-Version:\s*1\.0", re.I | re.M)
_HTML = re.compile(
    r"\A\ufeff?\s*(?:<!--.*?-->\s*)*(?:<!doctype html|<html|<head|<body)", re.I | re.S
)


# Text that is data or code, not a transcript: skipped in a folder walk, with this reason.
_NOT_TRANSCRIPTS = {
    ".json": "JSON that is not a list of rows",
    ".xml": "XML data",
    ".yaml": "YAML data",
    ".yml": "YAML data",
    ".toml": "settings",
    ".ini": "settings",
    ".cfg": "settings",
    ".py": "source code",
    ".js": "source code",
    ".css": "a style sheet",
    ".sh": "a shell script",
}


class Unsupported(UnreadableFile):
    """A file nrc has no reader for ("unsupported type .rtf")."""


def skip_reason(path: Path) -> str | None:
    """Why a folder walk skips `path` ("unsupported type .rtf (...)"), or None to read it.

    Known suffixes are taken without reading (the reader reports a bad file as a failure);
    other files are recognised by their first bytes.
    """
    suffix = path.suffix.lower()
    if suffix in SUFFIX_KINDS:
        return None
    try:
        kind_of(path)
    except Unsupported as exc:
        return str(exc)
    return None


def kind_of(path: Path) -> str:
    """The reader for `path`, or raise Unsupported(f"{path}: <reason>")."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _REFUSED:
        raise Unsupported(f"{path}: unsupported type {suffix} ({_REFUSED[suffix]})")
    head = _head(path)
    if head is None:  # a pipe, a device or a missing file: the reader says which
        return SUFFIX_KINDS.get(suffix, "text")
    kind = kind_of_bytes(head, suffix, str(path))
    if kind == "text" and suffix in _NOT_TRANSCRIPTS:
        if suffix == ".json" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            return "dataset"
        raise Unsupported(f"{path}: unsupported type {suffix} ({_NOT_TRANSCRIPTS[suffix]})")
    return kind


def kind_of_bytes(head: bytes, suffix: str = "", source: str = "<bytes>") -> str:
    """The reader for a file whose first bytes are `head` (suffix lower-case, with its dot)."""
    for magic, kind, what in _MAGIC:
        if head.startswith(magic):
            if kind is None:
                raise Unsupported(f"{source}: unsupported type ({what})")
            return kind
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(source, suffix)
    text = _text_head(head)
    if text is None and suffix in SUFFIX_KINDS:
        return SUFFIX_KINDS[suffix]  # its reader says what is wrong ("binary data, not text")
    if text is None:
        raise Unsupported(f"{source}: unsupported type {suffix or '(no extension)'} (binary data)")
    by_content = _text_kind(text)
    if by_content:
        return by_content
    known = SUFFIX_KINDS.get(suffix)
    if known == "captions":
        return "captions"  # a caption file with a stray first line: the reader says what is wrong
    return known or "text"


def _text_kind(text: str) -> str | None:
    if _WEBVTT.match(text) or _SRT.match(text):
        return "captions"
    if _HTML.match(text):
        return "html"
    if _MHTML.search(text[:2000]) and "Content-Type:" in text[:4000]:
        return "mhtml"
    return None


def _zip_kind(source: str, suffix: str) -> str:
    """A .docx is a ZIP with word/document.xml; any other ZIP is refused."""
    try:
        with zipfile.ZipFile(source) as z:
            if "word/document.xml" in z.namelist():
                return "docx"
    except (OSError, zipfile.BadZipFile, ValueError):
        pass
    what = "a ZIP archive" if suffix in ("", ".zip", ".txt") else f"a ZIP archive ({suffix})"
    raise Unsupported(f"{source}: unsupported type ({what}; unpack it or save as .docx)")


def _head(path: Path) -> bytes | None:
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        with path.open("rb") as fh:
            return fh.read(HEAD)
    except OSError:
        return None


def _text_head(head: bytes) -> str | None:
    """The head decoded as text when it is text (UTF-8/16 or a legacy 8-bit code), else None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd):
            return head.decode("utf-16-le", "replace")
        if even.count(0) > 0.9 * len(even):
            return head.decode("utf-16-be", "replace")
        return None
    text = head.decode("utf-8", "replace")
    # control characters counted in the bytes: in UTF-8 a byte below 32 is that character
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return text if controls <= len(text) // 100 else None


_CONTROLS = bytes(i for i in range(32) if chr(i) not in "\n\r\t\f")
