"""The index is not a trust boundary: nrc opens only folders it created, and says how to recover.

Whoosh stores fields (and the schema) with pickle, so opening a foreign index can run code. These
tests plant a payload that would create a file if unpickled and check that nrc never loads it.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from whoosh import index as whoosh_index

from nrc_search import store
from nrc_search.cli import main
from nrc_search.errors import IndexCorrupt

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(result, *needles: str) -> None:
    """Exit 2, exactly one line on stderr, no traceback, and each needle in it."""
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), repr(result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


class Payload:
    """Unpickling this creates `path`: proof that a pickle from the folder was loaded."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def plant_index(folder: Path, sentinel: Path, indexname: str = "MAIN") -> None:
    """A real Whoosh index with nrc's schema whose meta record unpickles into `Payload`."""
    folder.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(folder), store.make_schema(), indexname=indexname)
    with ix.writer() as w:
        w.add_document(type="meta", key=store.META_ID, data=Payload(sentinel))
        w.add_document(doc_id="x", r=("x", 0), text="missile defence")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_the_planted_payload_would_run_if_loaded(tmp_path: Path) -> None:
    """Control: with a marker forged next to it, opening the index does load the pickle."""
    folder, sentinel = tmp_path / "forged", tmp_path / "pwned"
    plant_index(folder, sentinel, indexname="g1")
    (folder / store.MARKER).write_text(
        json.dumps({"format": store.FORMAT, "schema": store.SCHEMA_VERSION, "generation": "g1"})
    )
    with pytest.raises(IndexCorrupt):  # the payload returns a file, not the JSON nrc expects
        store.open_index(folder)
    assert sentinel.exists()


@pytest.mark.parametrize(
    "command",
    [
        ["search", "missile"],
        ["search", "missile", "--json"],
        ["docs"],
        ["speakers"],
        ["show", "x:1"],
        ["ingest", str(SEEDS)],
    ],
)
def test_a_foreign_whoosh_index_is_never_opened(tmp_path: Path, command: list[str]) -> None:
    folder, sentinel = tmp_path / "foreign", tmp_path / "pwned"
    plant_index(folder, sentinel)
    before = snapshot(folder)
    result = run(*command, "--index", str(folder))
    one_line_error(result, "--index", "did not create")
    assert not sentinel.exists(), "nrc unpickled data from a folder it did not create"
    assert snapshot(folder) == before


def test_rebuild_refuses_a_foreign_folder_and_deletes_nothing(tmp_path: Path) -> None:
    folder, sentinel = tmp_path / "foreign", tmp_path / "pwned"
    plant_index(folder, sentinel)
    (folder / "notes.txt").write_text("my own notes\n")
    (folder / "g1_notes.txt").write_text("named like an nrc file\n")
    before = snapshot(folder)
    result = run("ingest", str(SEEDS), "--rebuild", "--index", str(folder))
    one_line_error(result, "--rebuild will not delete")
    assert snapshot(folder) == before
    assert not (folder / store.MARKER).exists()
    assert not sentinel.exists()


def test_rebuild_refuses_a_folder_of_plain_user_files(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.docx").write_bytes(b"PK\x03\x04 not really")
    result = run("ingest", str(SEEDS), "--rebuild", "--index", str(folder))
    one_line_error(result, "--index")
    assert sorted(os.listdir(folder)) == ["thesis.docx"]


@pytest.fixture
def own_index(tmp_path: Path, seed_index: Path) -> Path:
    """A writable copy of the session's seed index."""
    target = tmp_path / "own"
    shutil.copytree(seed_index, target)
    return target


def set_marker(folder: Path, **changes) -> None:
    marker = folder / store.MARKER
    data = json.loads(marker.read_text())
    marker.write_text(json.dumps({**data, **changes}))


def search_total(folder: Path, query: str = "missile") -> int:
    result = run("search", query, "--json", "--index", str(folder))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["total"]


def test_another_schema_version_asks_for_rebuild(own_index: Path) -> None:
    set_marker(own_index, schema=store.SCHEMA_VERSION + 1)
    for command in (["search", "missile"], ["docs"], ["ingest", str(SEEDS)]):
        one_line_error(run(*command, "--index", str(own_index)), "nrc ingest --rebuild")
    result = run("ingest", str(SEEDS), "--rebuild", "--index", str(own_index))
    assert result.exit_code == 0, result.output
    assert search_total(own_index) > 0


def test_a_marker_of_another_program_is_refused(own_index: Path) -> None:
    (own_index / store.MARKER).write_text(json.dumps({"format": "something-else"}))
    one_line_error(run("search", "missile", "--index", str(own_index)), "not an nrc index")


def test_a_garbled_marker_asks_for_rebuild_and_rebuild_repairs_it(own_index: Path) -> None:
    expected = search_total(own_index)
    (own_index / store.MARKER).write_bytes(b"\x00{not json")
    one_line_error(run("search", "missile", "--index", str(own_index)), "--rebuild")
    result = run("ingest", str(SEEDS), "--rebuild", "--index", str(own_index))
    assert result.exit_code == 0, result.output
    assert search_total(own_index) == expected


def whoosh_files(folder: Path, suffix: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(suffix))


@pytest.mark.parametrize(
    "suffix", [".toc", ".trm", ".pst", "_stored.col", "_text_len.col", "_speaker_len.col", ".col"]
)
@pytest.mark.parametrize("how", ["empty", "half"])
def test_a_damaged_index_gives_one_line_and_rebuild_repairs_it(
    own_index: Path, suffix: str, how: str
) -> None:
    expected = search_total(own_index)
    files = whoosh_files(own_index, suffix)
    assert files, sorted(os.listdir(own_index))
    for path in files:
        with path.open("r+b") as fh:
            fh.truncate(0 if how == "empty" else path.stat().st_size // 2)
    for command in (
        ["search", "missile"],
        ["search", "missile", "--json"],
        ["search", "sectoral approach", "--facet", "speaker", "--context", "1"],
        ["docs"],
        ["speakers"],
    ):
        one_line_error(run(*command, "--index", str(own_index)), "nrc ingest --rebuild")
    one_line_error(run("ingest", str(SEEDS), "--index", str(own_index)), "--rebuild")
    result = run("ingest", str(SEEDS), "--rebuild", "--index", str(own_index))
    assert result.exit_code == 0, result.output
    assert search_total(own_index) == expected


def test_deleted_index_files_ask_for_rebuild(own_index: Path) -> None:
    for path in whoosh_files(own_index, ".toc"):
        path.unlink()
    one_line_error(run("search", "missile", "--index", str(own_index)), "--rebuild")
    assert run("ingest", str(SEEDS), "--rebuild", "--index", str(own_index)).exit_code == 0
    assert search_total(own_index) > 0


def test_the_index_folder_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "index"
    target.write_text("not a folder")
    result = run("search", "missile", "--index", str(target))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert target.read_text() == "not a folder"
