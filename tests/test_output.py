"""What nrc writes where: -o FILE (formats, .xlsx, whole or not at all), a full device, piped
tables one line per row, matched words marked, --color, and hostile text shown escaped."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search import console
from nrc_search.cli import main
from nrc_search.export import CSV_FIELDS

DEV_FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not DEV_FULL.exists(), reason="needs /dev/full")


def run(*args: str, index: Path | None = None, env: dict | None = None):
    argv = list(args) + (["--index", str(index)] if index else [])
    return CliRunner(env=env).invoke(main, argv, catch_exceptions=False)


def one_error_line(result) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("nrc: error: "), lines
    assert "internal error" not in lines[0]
    return lines[0]


# --- -o FILE ----------------------------------------------------------------------------


def test_xlsx_is_a_real_spreadsheet_with_the_hits(seed_index: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "hits.xlsx"
    result = run("search", "libya", "--all", "-o", str(out), index=seed_index)
    assert result.exit_code == 0, result.output
    expect = json.loads(run("search", "libya", "--all", "--json", index=seed_index).stdout)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "hits"
    assert rows[0] == CSV_FIELDS
    got = [dict(zip(CSV_FIELDS, row, strict=True)) for row in rows[1:]]
    assert [r["turn_id"] for r in got] == [h["turn_id"] for h in expect["hits"]]
    assert [r["text"] for r in got] == [h["text"] for h in expect["hits"]]
    assert [r["rank"] for r in got] == list(range(1, len(got) + 1))
    assert isinstance(got[0]["score"], float)


def test_format_xlsx_wins_over_the_extension(seed_index: Path, tmp_path: Path) -> None:
    out = tmp_path / "hits.data"
    result = run("search", "libya", "--format", "xlsx", "-o", str(out), index=seed_index)
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:2] == b"PK"  # a zip, as every .xlsx is


def test_xlsx_keeps_a_formula_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "f.txt").write_text(
        'Press conference, Brussels, 8 June 2011\n\nMR. SMITH (France): =HYPERLINK("http://x") zorblax\n',
        encoding="utf-8",
    )
    index = tmp_path / "ix"
    assert run("ingest", str(folder), index=index).exit_code == 0
    out = tmp_path / "f.xlsx"
    assert run("search", "zorblax", "-o", str(out), index=index).exit_code == 0
    cell = load_workbook(out).active.cell(row=2, column=CSV_FIELDS.index("text") + 1)
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://x") zorblax'


@pytest.mark.parametrize("name", ["hits.xls", "hits.html", "hits"])
def test_an_unknown_extension_is_an_error_naming_file_and_choices(
    seed_index: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    result = run("search", "libya", "-o", str(out), index=seed_index)
    assert result.exit_code == 2
    line = one_error_line(result)
    assert str(out) in line
    assert ".txt .json .jsonl .csv .xlsx" in line and "--format" in line
    assert not out.exists()


def test_txt_is_the_table_one_line_per_row(seed_index: Path, tmp_path: Path) -> None:
    out = tmp_path / "hits.txt"
    assert run("search", "sectoral approach", "-o", str(out), index=seed_index).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "«sectoral approach»" in text and "\x1b" not in text


def test_output_into_a_missing_folder(seed_index: Path, tmp_path: Path) -> None:
    out = tmp_path / "nope" / "hits.csv"
    result = run("search", "libya", "-o", str(out), index=seed_index)
    assert result.exit_code == 2
    assert one_error_line(result) == (
        f"nrc: error: cannot write {out}: the folder {out.parent}/ does not exist."
    )


@needs_dev_full
def test_output_onto_a_full_device(seed_index: Path) -> None:
    result = run(
        "search", "nato", "--all", "-o", str(DEV_FULL), "--format", "csv", index=seed_index
    )
    assert result.exit_code == 2
    assert one_error_line(result) == "nrc: error: cannot write /dev/full: no space left on device."


@needs_dev_full
@pytest.mark.parametrize("args", [["search", "nato", "--json"], ["search", "nato"], ["docs"]])
def test_stdout_onto_a_full_device(seed_index: Path, args: list[str]) -> None:
    with DEV_FULL.open("w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "nrc_search", *args, "--index", str(seed_index)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert proc.returncode == 2
    assert proc.stderr == (
        "nrc: error: cannot write to standard output: no space left on device.\n"
    )


def test_ctrl_c_while_writing_keeps_the_previous_file(
    seed_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "hits.csv"
    out.write_text("the old export\n", encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(console.os, "fsync", interrupted)
    result = run("search", "nato", "-o", str(out), index=seed_index)
    assert result.exit_code == 130
    assert out.read_text(encoding="utf-8") == "the old export\n"
    assert sorted(os.listdir(tmp_path)) == ["hits.csv"]


def test_a_full_disk_while_writing_keeps_the_previous_file(
    seed_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "hits.json"
    out.write_text("{}", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(console.os, "fsync", full)
    result = run("search", "nato", "-o", str(out), index=seed_index)
    assert result.exit_code == 2
    assert one_error_line(result) == (
        f"nrc: error: cannot write {out}: no space left on device; the previous file is unchanged."
    )
    assert out.read_text(encoding="utf-8") == "{}"
    assert sorted(os.listdir(tmp_path)) == ["hits.json"]


# --- piped tables -----------------------------------------------------------------------


def test_docs_piped_is_one_line_per_document(seed_index: Path) -> None:
    docs = json.loads(run("docs", "--format", "json", index=seed_index).stdout)
    lines = run("docs", index=seed_index).stdout.splitlines()
    assert lines[0].split() == ["id", "date", "kind", "turns", "title"]
    assert len(lines) == len(docs) + 1
    for doc, line in zip(docs, lines[1:], strict=True):
        assert line.startswith(doc["doc_id"] + "  ")
        assert line.endswith(doc["title"])  # `nrc docs | grep Sochi` shows the id
    assert max(len(line) for line in lines) > 100  # not wrapped at 80 columns


def test_speakers_piped_is_one_line_per_speaker(seed_index: Path) -> None:
    people = json.loads(run("speakers", "--format", "json", index=seed_index).stdout)
    lines = run("speakers", index=seed_index).stdout.splitlines()
    assert len(lines) == len(people) + 1
    for person, line in zip(people, lines[1:], strict=True):
        assert line.startswith(person["name"] + "  ")
        assert line.split()[-2:] == [str(person["turns"]), str(person["docs"])]


def test_search_piped_marks_matches_one_hit_per_block(seed_index: Path) -> None:
    data = json.loads(run("search", "sectoral approach", "--json", index=seed_index).stdout)
    out = run("search", "sectoral approach", index=seed_index).stdout
    blocks = out.strip("\n").split("\n\n")[1:]  # after the header
    assert len(blocks) == len(data["hits"])
    for hit, block in zip(data["hits"], blocks, strict=True):
        lines = block.splitlines()  # head, title and id, the excerpt on one line
        assert lines[0].startswith(f"{hit['rank']:>3}. ") and hit["speaker"] in lines[0]
        assert lines[1].endswith(f"· {hit['turn_id']}")
        assert ("«" in lines[2] and "»" in lines[2]) is bool(hit["highlights"])
    assert "«sectoral approach»" in blocks[0]


def test_color_always_styles_and_never_marks(seed_index: Path) -> None:
    colored = run("search", "libya", "--color", "always", index=seed_index).stdout
    assert "\x1b[1;30;43mLibya\x1b[0m" in colored
    assert "«" not in colored


@pytest.mark.parametrize("env", [{"FORCE_COLOR": "1"}, {"NO_COLOR": "", "FORCE_COLOR": "1"}])
def test_force_color_colours_a_pipe(seed_index: Path, env: dict) -> None:
    assert "\x1b[" in run("docs", index=seed_index, env=env).stdout


@pytest.mark.parametrize("args", [["--color", "never"], []])
def test_no_color_env_or_never_keeps_a_pipe_plain(seed_index: Path, args: list[str]) -> None:
    result = run("docs", *args, index=seed_index, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert "\x1b" not in result.stdout


# --- hostile text: escaped on the terminal, exact in JSON ----------------------------------

EVIL_TITLE = "Meeting on \u202eevil\x1b[2J title, Brussels, 8 June 2011"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "doc\u202e\x1bname.txt").write_text(
        f"{EVIL_TITLE}\n\nMR. SMITH (Fr\u2066ance): zorblax is here, said \x1b]0;x\x07.\n\n"
        "MR. JONES (Germany): zorblax too.\n",
        encoding="utf-8",
    )
    (folder / "empty\nnrc: 5 added\x1b[2J.txt").write_bytes(b"")
    return folder


def test_a_file_name_cannot_forge_a_warning_line(hostile: Path, tmp_path: Path) -> None:
    result = run("ingest", str(hostile), index=tmp_path / "ix")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines  # one warning, one summary
    assert lines[0] == (
        f"nrc: warning: {hostile}/empty\\x0anrc: 5 added\\x1b[2J.txt: empty file, skipped"
    )


def test_titles_roles_and_text_are_escaped_in_tables_and_exact_in_json(
    hostile: Path, tmp_path: Path
) -> None:
    index = tmp_path / "ix"
    run("ingest", str(hostile), index=index)
    for args in (["docs"], ["speakers"], ["search", "zorblax"], ["show", "doc-name:1"]):
        out = run(*args, index=index).stdout
        assert not any(c in out for c in "\x1b\x07\u202e\u2066"), (args, out)
    docs = run("docs", index=index).stdout
    assert "Meeting on \\u202eevil\\x1b[2J title" in docs
    assert "Fr\\u2066ance" in run("speakers", index=index).stdout
    assert "said \\x1b]0;x\\x07." in run("search", "zorblax", index=index).stdout
    assert json.loads(run("docs", "--format", "json", index=index).stdout)[0]["title"] == EVIL_TITLE
    shown = json.loads(run("show", "doc-name:1", "--format", "json", index=index).stdout)
    assert shown["text"] == "zorblax is here, said \x1b]0;x\x07."
    assert shown["source"].endswith("doc\u202e\x1bname.txt")
