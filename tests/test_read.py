"""read.py: bytes to text (encodings, binary refusal, size limit, HTML main content)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from nrc_search.errors import UnreadableFile
from nrc_search.ingest import MAX_BYTES, parse_file, read_file
from nrc_search.ingest.read import decode, html_extract, looks_like_html

TEXT = "LAVROV: Café, naïve — “quoted” déjà vu.\nMr. Ivanov: Ça va.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf32", "cp1252"],
)
def test_encodings_decode_to_the_same_text(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(data)
    assert read_file(path) == TEXT


def test_latin1_accents_survive(tmp_path: Path) -> None:
    text = "Le ministre de la Défense a déclaré à Bruxelles que la réunion était très utile. " * 5
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("latin-1"))
    assert "Défense a déclaré à Bruxelles" in read_file(path)


def test_windows_newlines_become_unix(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Q: Why?\r\nA: Because.\r\n")
    assert read_file(path) == "Q: Why?\nA: Because.\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x00\x10" * 50, "binary"),
    ],
)
def test_binary_files_renamed_txt_are_refused(data: bytes, reason: str, tmp_path: Path) -> None:
    path = tmp_path / "renamed.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile, match=reason) as err:
        read_file(path)
    assert str(path) in str(err.value)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(UnreadableFile, match="too large"):
        read_file(path)


@pytest.mark.parametrize("make", ["missing", "directory"])
def test_missing_files_and_directories_are_unreadable(make: str, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    if make == "directory":
        path.mkdir()
    with pytest.raises(UnreadableFile, match=str(path)):
        read_file(path)


def test_decode_refuses_nul_bytes_in_the_middle() -> None:
    with pytest.raises(UnreadableFile):
        decode(b"Q: hello\n" * 2000 + b"\x00\x00\x00\x00\x00\x00\x00\x00", "x.txt")


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  <html lang=en><p>x</p></html>", True),
        ("Q: Is <b> a tag?\nA: Yes.", False),
    ],
)
def test_html_is_sniffed_from_the_start_of_the_file(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_html_page_keeps_main_content_and_drops_nav_and_footer() -> None:
    doc = parse_file(Path(__file__).parent / "fixtures" / "html_nato_page.html")
    text = " ".join(t.text for t in doc.turns)
    assert "Georgia is a valued partner" in text
    assert "Multimedia" not in text and "Privacy" not in text and "All rights reserved" not in text
    assert doc.turns[0].speaker == "Anders Fogh Rasmussen"


def test_html_in_a_txt_file_is_sniffed(tmp_path: Path) -> None:
    src = (Path(__file__).parent / "fixtures" / "html_news_page.html").read_bytes()
    path = tmp_path / "page.txt"
    path.write_bytes(src)
    doc = parse_file(path)
    assert doc.title == "Medvedev, Obama discuss missile defence"
    assert not any("Related stories" in t.text or "<p>" in t.text for t in doc.turns)


_SPEECH = "The Council deplores the adoption of the law and urges the authorities to withdraw it."


@pytest.mark.parametrize(
    "page",
    [
        # the speech in a <div>, a teaser <article> beside it
        "<html><body><div class='content'><h1>Statement on Georgia</h1><p>15 May 2024</p>"
        f"<div><p>{_SPEECH}</p><p>{_SPEECH} Again.</p></div></div>"
        "<article><h3>Related content</h3><p>EU-Georgia Association Council, 6 March 2024</p>"
        "</article></body></html>",
        # a layout table the extractor flattens into one line
        "<html><body><table><tr><td><a href='/'>Home</a></td><td>"
        f"<p>Statement on Georgia</p><p>15 May 2024</p><p>{_SPEECH}</p><p>{_SPEECH} Again.</p>"
        "</td></tr></table></body></html>",
    ],
)
def test_html_speech_beside_a_teaser_or_in_a_layout_table_keeps_its_paragraphs(page: str) -> None:
    text, _ = html_extract(page)
    pars = [p for p in text.split("\n\n") if p.strip()]
    assert _SPEECH in pars and "Related content" not in text


def test_html_one_paragraph_per_div_far_from_the_heading_keeps_the_whole_speech() -> None:
    pars = "".join(f"<div class='p'><p>{_SPEECH} Number {k}.</p></div>" for k in range(12))
    page = (
        "<html><body><div><div><div><div><div><h1>Remarks</h1></div></div></div></div></div>"
        f"<p>Teaser line elsewhere on the page.</p><section><div>{pars}</div></section></body></html>"
    )
    text, _ = html_extract(page)
    assert all(f"{_SPEECH} Number {k}." in text for k in range(12))
