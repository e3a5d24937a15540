"""PDF text layer: UN verbatim records in reading order, cover page facts, scans refused with OCR named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.errors import UnreadableFile
from nrc_search.ingest import parse_file
from nrc_search.ingest.pdf import _join
from tests.pdfgen import Line, pdf_bytes, scan_pdf, un_record


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "S_PV.9301.pdf"
    path.write_bytes(un_record(repeat=3))  # 3 rounds of speeches: several two-column pages
    return path


def test_cover_page_gives_meeting_date_and_place(record: Path) -> None:
    doc = parse_file(record)
    assert doc.title == "S/PV.9301: Security Council, 9301st meeting"
    assert (doc.date, doc.place, doc.kind) == ("2023-04-10", "New York", "record")


def test_labels_become_speakers_and_the_language_is_metadata(record: Path) -> None:
    doc = parse_file(record)
    speeches = [t for t in doc.turns if t.attribution == "verbatim"]
    assert [(t.speaker, t.role, t.language) for t in speeches[:5]] == [
        ("Mr. Nebenzia", "President", "Russian"),  # "The President", named on the cover
        ("Mrs. Thomas-Greenfield", "United States of America", None),
        ("Mr. Zhang Jun", "China", "Chinese"),
        ("Mr. De Riviere", "France", "French"),
        ("Mr. Nebenzia", "President", "Russian"),
    ]
    assert all("spoke in" not in t.text for t in doc.turns)
    assert "interpreted" in speeches[2].flags


def test_headers_footers_and_symbols_are_gone_and_hyphens_rejoined(record: Path) -> None:
    text = "\n".join(t.text for t in parse_file(record).turns)
    for furniture in ("S/PV.9301", "10/04/2023", "23-10021", "/4"):
        assert furniture not in text
    assert "committed to the principles" in text  # "commit-" + "ted" across a line end
    assert "Secretary-General" in text  # a real hyphen stays
    assert "- " not in text


def test_two_columns_read_left_then_right(tmp_path: Path) -> None:
    left = [Line(56, 700 - 12 * k, f"left{k} words here") for k in range(5)]
    right = [Line(306, 700 - 12 * k, f"right{k} words here") for k in range(5)]
    mixed = [ln for pair in zip(left, right, strict=True) for ln in pair]  # drawn row by row
    path = tmp_path / "cols.pdf"
    path.write_bytes(pdf_bytes([[Line(56, 780, "Two columns, 3 March 2021"), *mixed]]))
    words = " ".join(t.text for t in parse_file(path).turns).split()
    order = [w for w in words if w.startswith(("left", "right"))]
    assert order == [f"left{k}" for k in range(5)] + [f"right{k}" for k in range(5)]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["inter-", "national law"], "international law"),
        (["the Secretary-", "General said"], "the Secretary-General said"),
        (["commit\x02", "ted to"], "committed to"),
        (["the Secretary\x02", "General"], "the Secretary-General"),
        (["one line", "and the next"], "one line and the next"),
    ],
)
def test_line_ends_are_joined(lines: list[str], joined: str) -> None:
    assert _join(lines) == joined


def test_a_scan_without_text_layer_names_ocr(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf())
    with pytest.raises(UnreadableFile, match="OCR"):
        parse_file(scan)
    (tmp_path / "ok.pdf").write_bytes(un_record())
    result = run("ingest", str(tmp_path), "--index", str(tmp_path / "ix"))
    assert result.exit_code == 1
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("nrc: warning:")]
    assert len(warnings) == 1 and "scan.pdf" in warnings[0] and "no text layer" in warnings[0]
    assert "1 added" in result.stderr


def test_a_damaged_pdf_is_one_warning(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(UnreadableFile, match="PDF"):
        parse_file(bad)


def test_a_record_is_searchable_by_speaker_with_its_language(record: Path, tmp_path: Path) -> None:
    index = tmp_path / "ix"
    assert run("ingest", str(record), "--index", str(index)).exit_code == 0
    out = run(
        "search", "accountability", "--speaker", "De Riviere", "--json", "--index", str(index)
    )
    hits = json.loads(out.stdout)["hits"]
    assert hits and {h["speaker"] for h in hits} == {"Mr. De Riviere"}
    assert hits[0]["date"] == "2023-04-10"
    seg = json.loads(run("segment", str(record), "--format", "json").stdout)
    assert {t.get("language") for t in seg["turns"]} == {None, "Russian", "Chinese", "French"}


def test_a_general_assembly_record_names_its_chair_from_the_cover(tmp_path: Path) -> None:
    path = tmp_path / "A_77_PV.5.pdf"
    path.write_bytes(un_record(5, assembly=True))
    doc = parse_file(path)
    assert doc.title == "A/77/PV.5: General Assembly, 5th plenary meeting"
    assert (doc.date, doc.place) == ("2022-09-20", "New York")
    speeches = [(t.speaker, t.role, t.language) for t in doc.turns if t.attribution == "verbatim"]
    assert speeches == [
        ("Mr. Korosi", "President", None),  # not the head of State the heading names
        # the label's one-word office gives way to the one the heading introduces him with
        ("Joseph R. Biden", "President of the United States of America", None),
        (None, "Acting President", "Arabic"),
        ("Mr. Aboul Gheit", "League of Arab States", "Arabic"),
    ]
    headings = [t.text for t in doc.turns if t.attribution == "narration"]
    assert "General debate" in headings
