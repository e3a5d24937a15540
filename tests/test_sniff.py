"""No silent skips: every file in a folder is indexed or named in a warning, by suffix or by content."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest import parse_file
from nrc_search.ingest.sniff import Unsupported, kind_of, kind_of_bytes
from tests.pdfgen import un_record

TRANSCRIPT = "Press briefing, Brussels, 8 June 2011\n\nMr. Smith (France): {word} treaty.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def warnings(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.startswith("nrc: warning: ")]


@pytest.mark.parametrize(
    ("head", "suffix", "kind"),
    [
        (b"WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", ".txt", "captions"),
        (b"\xef\xbb\xbfWEBVTT - Kind: captions\n", "", "captions"),
        (b"1\r\n00:00:01,000 --> 00:00:02,000\r\nhi\r\n", "", "captions"),
        (b"%PDF-1.7\n", ".txt", "pdf"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "", "html"),
        (b"<!-- saved from url=(0014)about:internet -->\n<html>", ".txt", "html"),
        (
            b"From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;",
            "",
            "mhtml",
        ),
        (b"Mr. Smith (France): hello.\n", "", "text"),
        ("Сергей Лавров: Добрый день.\n".encode(), ".text", "text"),
        ("Déclaration\n".encode("cp1252"), "", "text"),
        ("Hello".encode("utf-16"), "", "text"),
    ],
)
def test_kinds_by_content(head: bytes, suffix: str, kind: str) -> None:
    assert kind_of_bytes(head, suffix) == kind


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        (b"{\\rtf1\\ansi hello}", "RTF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (bytes(range(256)) * 4, "binary"),
        (b"PK\x03\x04" + bytes(40), "ZIP"),
    ],
)
def test_binary_heads_are_refused_with_a_reason(head: bytes, reason: str) -> None:
    with pytest.raises(Unsupported, match=reason):
        kind_of_bytes(head, "")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("memo.rtf", "unsupported type .rtf"),
        ("deck.pptx", "unsupported type .pptx"),
        ("data.json", ".json"),
    ],
)
def test_refused_suffixes(tmp_path: Path, name: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(Unsupported, match=reason.replace(".", r"\.")):
        kind_of(path)


def test_a_json_list_is_a_dataset(tmp_path: Path) -> None:
    path = tmp_path / "turns.json"
    path.write_text('[{"speaker": "A", "text": "hello"}]', encoding="utf-8")
    assert kind_of(path) == "dataset"


@pytest.fixture
def eight(tmp_path: Path) -> Path:
    """The issue's folder: eight transcripts in eight forms, one of which nrc cannot read."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "briefing.vtt").write_text(
        "WEBVTT\n\n00:00:04.500 --> 00:00:07.000\n<v Oana Lungescu>Good morning, aardvark.\n",
        encoding="utf-8",
    )
    (folder / "news.srt").write_text(
        "1\n00:00:01,000 --> 00:00:03,000\n>> BUFFALO TONIGHT.\n", encoding="utf-8"
    )
    (folder / "record.pdf").write_bytes(un_record())
    word = docx.Document()
    word.add_paragraph("Press conference, Brussels, 9 June 2011")
    word.add_paragraph("Mr. Jones (Germany): The dingo question is settled.")
    word.save(str(folder / "minutes.docx"))
    (folder / "memo.rtf").write_bytes(b"{\\rtf1\\ansi echidna}")
    (folder / "notes.markdown").write_text(TRANSCRIPT.format(word="flamingo"), encoding="utf-8")
    (folder / "transcript").write_text(TRANSCRIPT.format(word="gazelle"), encoding="utf-8")
    (folder / "BRIEF.TXT").write_text(TRANSCRIPT.format(word="hyena"), encoding="utf-8")
    return folder


def test_a_folder_of_eight_forms_indexes_seven_and_names_the_eighth(
    eight: Path, tmp_path: Path
) -> None:
    index = tmp_path / "ix"
    result = run("ingest", str(eight), "--index", str(index))
    assert result.exit_code == 1, result.output  # something could not be used
    assert warnings(result) == [
        f"nrc: warning: {eight / 'memo.rtf'}: unsupported type .rtf (save it as .docx or .txt)"
    ]
    assert "7 added" in result.stderr and "0 failed, 1 skipped" in result.stderr
    docs = json.loads(run("docs", "--format", "json", "--index", str(index)).stdout)
    assert sorted(Path(d["source"]).name for d in docs) == [
        "BRIEF.TXT",
        "briefing.vtt",
        "minutes.docx",
        "news.srt",
        "notes.markdown",
        "record.pdf",
        "transcript",
    ]
    for word in ("aardvark", "buffalo", "dingo", "flamingo", "gazelle", "hyena", "accountability"):
        found = run("search", word, "--json", "--index", str(index))
        assert json.loads(found.stdout)["total"] >= 1, word


def test_the_vtt_named_directly_is_one_speaker_with_its_first_cue(eight: Path) -> None:
    doc = parse_file(eight / "briefing.vtt")
    assert [(t.speaker, t.text, t.start) for t in doc.turns] == [
        ("Oana Lungescu", "Good morning, aardvark.", 4.5)
    ]


def test_a_folder_of_readable_files_exits_0(tmp_path: Path) -> None:
    folder = tmp_path / "ok"
    folder.mkdir()
    (folder / "a.text").write_text(TRANSCRIPT.format(word="ibis"), encoding="utf-8")
    result = run("ingest", str(folder), "--index", str(tmp_path / "ix"))
    assert result.exit_code == 0, result.output
    assert warnings(result) == [] and "skipped" not in result.stderr


def test_an_rtf_named_by_the_user_is_a_failure_with_its_reason(tmp_path: Path) -> None:
    rtf = tmp_path / "memo.rtf"
    rtf.write_bytes(b"{\\rtf1 x}")
    result = run("ingest", str(rtf), "--index", str(tmp_path / "ix"))
    assert result.exit_code == 1
    assert len(warnings(result)) == 1 and "unsupported type .rtf" in warnings(result)[0]
    assert "1 failed" in result.stderr


def test_an_index_inside_the_folder_is_not_read_as_transcripts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TRANSCRIPT.format(word="jackal"), encoding="utf-8")
    index = tmp_path / "index"
    assert run("ingest", str(tmp_path), "--index", str(index)).exit_code == 0
    again = run("ingest", str(tmp_path), "--index", str(index))  # index/ now holds nrc's files
    assert again.exit_code == 0, again.output
    assert warnings(again) == [] and "1 unchanged" in again.stderr
