"""Word files (.docx) -> text in reading order, for the same parse as a plain transcript.

python-docx reads the body: paragraphs and table cells in document order, one block each;
page headers, footers and comments stay out. Imported only when a .docx is read.
No whoosh, rich or click.
"""

from __future__ import annotations

from pathlib import Path

from nrc_search.errors import UnreadableFile


def docx_text(path: Path) -> str:
    """The body text of a .docx, one paragraph per block; the document title first if it has one."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise UnreadableFile(f"{path}: not a readable Word file ({exc})") from exc
    except Exception as exc:  # lxml and zipfile errors on a damaged file
        raise UnreadableFile(f"{path}: damaged Word file ({type(exc).__name__}: {exc})") from exc
    blocks = [b for b in _blocks(document) if b]
    title = (document.core_properties.title or "").strip()
    if title and not any(title in b for b in blocks[:3]):
        blocks.insert(0, title)
    if not blocks:
        raise UnreadableFile(f"{path}: the Word file has no text")
    return "\n\n".join(blocks) + "\n"


def _blocks(document) -> list[str]:
    """Paragraphs and table rows in the order they appear in the body."""
    from docx.table import Table

    out = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = dict.fromkeys(c.text.strip() for c in row.cells)  # merged cells repeat
                out.append(" ".join(c for c in cells if c))
        else:
            out.append(item.text.strip())
    return out
