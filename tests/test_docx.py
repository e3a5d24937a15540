"""Word files and pages saved from a browser go through the same document model as text."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from nrc_search.errors import UnreadableFile
from nrc_search.ingest import parse_file

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_word_briefing_reads_like_its_text(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Joint press conference, Berlin, 3 May 2019", 1)
    word.add_paragraph("Mr. Maas (Germany): We discussed the treaty at length.")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Mr. Le Drian (France):"
    table.cell(0, 1).text = "France agrees."
    path = tmp_path / "press.docx"
    word.save(str(path))
    doc = parse_file(path)
    assert doc.date == "2019-05-03"
    assert [(t.speaker, t.role, t.text) for t in doc.turns] == [
        ("Mr. Maas", "Germany", "We discussed the treaty at length."),
        ("Mr. Le Drian", "France", "France agrees."),
    ]


def test_the_word_fixture_keeps_bold_labels_and_table_rows() -> None:
    doc = parse_file(FIXTURES / "state_briefing_word.docx")
    assert [t.speaker for t in doc.turns] == ["Ned Price", None, "Ned Price", None, "Ned Price"]
    assert doc.turns[3].text == "And on the talks in Antalya?"


def test_a_docx_that_is_not_a_word_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04" + bytes(64))
    with pytest.raises(UnreadableFile, match="ZIP"):
        parse_file(bad)


def test_a_saved_mhtml_page_is_read_as_its_html() -> None:
    doc = parse_file(FIXTURES / "kremlin_saved_page.mhtml")
    assert doc.title == "Press statements following Russian-Finnish talks"
    assert doc.date == "2017-08-22"
    assert [t.speaker for t in doc.turns] == [
        "Sauli Niinistö",
        "Vladimir Putin",
        None,
        "Vladimir Putin",
    ]
    assert not any("Creative Commons" in t.text or "Home" in t.text for t in doc.turns)


def test_an_html_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    page = tmp_path / "page.TXT"
    page.write_text(
        "<!-- saved from url=(0030)https://www.nato.int/cps/en -->\n<html><head><title>Doorstep"
        "</title></head><body><p>Doorstep, Brussels, 4 April 2014</p><p>Mr. Smith (France): "
        "We want dialogue on missile defence.</p></body></html>",
        encoding="utf-8",
    )
    doc = parse_file(page)
    assert [t.speaker for t in doc.turns] == ["Mr. Smith"]
    assert "<p>" not in doc.turns[0].text
